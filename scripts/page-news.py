#!/usr/bin/env python3
"""Events per 1,000 saved web pages: news and blogs in many languages that the event rules never learned from.

The pages are the three collections of saved pages in ../shared/eval: `pages/html` (442 pages of
trafilatura's evaluation), `extraction/html` (61, scrapinghub's benchmark) and `dates/html` (67,
htmldate's MediaCloud 2020 set). Each page goes through the extractor as `archive extract` and
`archive ingest` read it (`archive-eval PAGE…`: the article's body and publication date), and its
body through the event extractor with that date (`archive-eval events`, the body as given), as
`ArticleExtractor` does for a stored page. A page the extractor refuses has no events.

The pages are mixed news, not news without conflict: the events must be read. The split, per
collection, by the sorted file names: even index (0, 2, …) is the tuning half, which may be read;
odd index is held out (counted, never listed).

    python3 scripts/page-news.py [--binary COPY] [--list] [--dump FILE]
"""
import argparse
import collections
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "..", ".build", "release", "archive-eval")
EVAL = os.path.join(HERE, "..", "..", "shared", "eval")
COLLECTIONS = ("pages/html", "extraction/html", "dates/html")


def pages():
    out = []
    for collection in COLLECTIONS:
        folder = os.path.join(EVAL, collection)
        for index, name in enumerate(sorted(os.listdir(folder))):
            out.append({"collection": collection.split("/")[0], "path": os.path.join(folder, name),
                        "id": f"{collection.split('/')[0]}:{name}", "half": "tune" if index % 2 == 0 else "held"})
    return out


def extract(binary, items):
    """The article of each page as `archive extract` gives it: body, title, publication date."""
    records = {}
    for start in range(0, len(items), 100):
        batch = items[start:start + 100]
        out = subprocess.run([binary] + [i["path"] for i in batch], capture_output=True, text=True, check=True)
        for line in out.stdout.splitlines():
            r = json.loads(line)
            records[r["path"]] = r
    return records


def run(binary, items, records):
    lines = []
    for i in items:
        r = records.get(i["path"], {})
        if r.get("error") or not r.get("body"):
            continue
        record = {"id": i["id"], "text": r["body"]}
        if r.get("published"):
            record["published"] = r["published"][:10]
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    out = subprocess.run([binary, "events"], input="".join(lines), capture_output=True, text=True, check=True)
    return {json.loads(line)["id"]: json.loads(line)["events"] for line in out.stdout.splitlines() if line.strip()}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=BIN)
    ap.add_argument("--list", action="store_true", help="print every event of the tuning half with its sentence")
    ap.add_argument("--dump", help="write the tuning half's events, one JSON line a page, to FILE")
    args = ap.parse_args()

    items = pages()
    records = extract(args.binary, items)
    found = run(args.binary, items, records)
    articles, events = collections.Counter(), collections.Counter()
    for i in items:
        n = len(found.get(i["id"], []))
        for key in ((i["collection"], i["half"]), ("all", i["half"])):
            articles[key] += 1
            events[key] += n

    def cell(key):
        return f"{1000 * events[key] / articles[key]:7.1f} ({events[key]:>3}/{articles[key]:>4})" if articles[key] else ""

    print(f"events per 1,000 pages (events/pages); {len(items)} pages, "
          f"{sum(1 for i in items if records.get(i['path'], {}).get('error'))} refused by the extractor")
    print(f"  {'collection':<12} {'tune (even)':>19} {'held out (odd)':>19}")
    for name in ("pages", "extraction", "dates", "all"):
        print(f"  {name:<12} {cell((name, 'tune'))} {cell((name, 'held'))}")
    tuning = [i for i in items if i["half"] == "tune"]
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for i in tuning:
                r = records.get(i["path"], {})
                f.write(json.dumps({"id": i["id"], "title": r.get("title"), "language": r.get("language"),
                                    "events": found.get(i["id"], [])}, ensure_ascii=False) + "\n")
    if args.list:
        for i in tuning:
            r = records.get(i["path"], {})
            for e in found.get(i["id"], []):
                print(f"\n[{i['id']}] {(r.get('title') or '')[:90]} ({r.get('language') or '?'}, {r.get('published')})")
                print(f"  {e['event_type']} / {e['sub_event_type']} {e.get('kind') or ''} {e.get('confidence', '')}"
                      f" {e.get('country') or ''} | {e.get('actor1') or ''} | {e.get('actor2') or ''}")
                print(f"  {e.get('notes', '')[:400]}")


if __name__ == "__main__":
    main()
