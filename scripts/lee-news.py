#!/usr/bin/env python3
"""Events on a second collection of news nobody tuned on: the Lee corpus of gensim's test data.

The Lee corpus (Lee, Pincombe and Welsh 2005) is ABC (Australia) news-mail items of late 2001 and
early 2002: bushfires, cricket, business, courts, politics, and the wars of the time (Afghanistan,
Israel and the Palestinian territories). It ships in the `gensim` wheel on PyPI as
`gensim/test/test_data/lee_background.cor` (300 items, one a line) and `lee.cor` (50 items); the
wheel is fetched with pip into a temporary folder (or read from `--wheel`) and nothing is copied into
the repository. Items have no headline and no date: each is read as a text file would be, without a
publication date, so rules that need one do not apply.

It is mixed news, not news without conflict: events per 1,000 items is no false-alarm rate here, the
events must be read. The split: odd lines of `lee_background.cor` (1, 3, …) are the half to read and
tune on; its even lines and all of `lee.cor` are held out (counted, never listed).

    python3 scripts/lee-news.py [--wheel gensim-4.4.0-….whl] [--binary COPY] [--list]
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "..", ".build", "release", "archive-eval")
MEMBERS = ("gensim/test/test_data/lee_background.cor", "gensim/test/test_data/lee.cor")


def load(wheel):
    if not wheel:
        folder = tempfile.mkdtemp(prefix="lee-news-")
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary", ":all:",
                        "gensim==4.4.0", "-d", folder], check=True)
        wheel = glob.glob(os.path.join(folder, "gensim-*.whl"))[0]
    z = zipfile.ZipFile(wheel)
    items = []
    for member in MEMBERS:
        name = os.path.basename(member).split(".")[0]
        for n, line in enumerate(z.read(member).decode("utf-8", "replace").splitlines(), 1):
            if line.strip():
                held = name == "lee" or n % 2 == 0
                items.append({"id": f"{name}:{n}", "half": "held" if held else "tune", "text": line.strip() + "\n"})
    return items


def run(binary, items):
    stdin = "".join(json.dumps({"id": i["id"], "text": i["text"]}) + "\n" for i in items)
    out = subprocess.run([binary, "events", "--pipeline"], input=stdin, capture_output=True, text=True, check=True)
    return {json.loads(line)["id"]: json.loads(line)["events"] for line in out.stdout.splitlines() if line.strip()}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wheel", help="the gensim 4.4.0 wheel, already downloaded")
    ap.add_argument("--binary", default=BIN)
    ap.add_argument("--list", action="store_true", help="print every event of the tuning half with its sentence")
    args = ap.parse_args()
    items = load(args.wheel)
    found = run(args.binary, items)
    print("events per 1,000 items (events/items); odd lines of lee_background tune, the rest held out")
    for half in ("tune", "held"):
        group = [i for i in items if i["half"] == half]
        n = sum(len(found.get(i["id"], [])) for i in group)
        print(f"  {half:<5} {1000 * n / len(group):7.1f} ({n}/{len(group)})")
    if args.list:
        for i in items:
            if i["half"] != "tune":
                continue
            for e in found.get(i["id"], []):
                print(f"\n[{i['id']}] {i['text'][:90]}")
                print(f"  {e['event_type']} / {e['sub_event_type']} {e.get('kind') or ''} {e.get('confidence', '')}"
                      f" {e.get('country') or ''} | {e.get('actor1') or ''} | {e.get('actor2') or ''}")
                print(f"  {e.get('notes', '')[:400]}")


if __name__ == "__main__":
    main()
