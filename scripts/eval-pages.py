#!/usr/bin/env python3
"""Measures the HTML extractor on the shared many-language pages (../shared/eval/pages).

For each page the truth lists strings that must be in the main text (`with`) and boilerplate
that must not (`without`), and where known the title and date. Prints: pages refused ("no
article text found", listed by reason), share of must-contain strings kept, share of
must-not-contain strings left out, headlines exactly right, dates right, and extraction speed
(pages/s and MB/s of extraction time in one process).

Whitespace is collapsed on both sides before a string is looked for, as trafilatura's own
evaluation does.

Usage: scripts/eval-pages.py [--binary PATH] [--no-build] [--refused] [--configuration debug]
"""
import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path("/work/shared/eval/pages")
SPACE = re.compile(r"\s+")


def squeeze(text):
    return SPACE.sub(" ", text or "").strip()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", help="an archive-eval binary to measure (default: this checkout's build)")
    parser.add_argument("--no-build", action="store_true", help="use the existing build")
    parser.add_argument("--refused", action="store_true", help="list every refused page with its reason")
    parser.add_argument("--configuration", default="release", choices=["release", "debug"])
    args = parser.parse_args()

    if args.binary:
        binary = Path(args.binary)
    else:
        if not args.no_build:
            subprocess.run(["swift", "build", "-c", args.configuration, "--product", "archive-eval"], cwd=ROOT, check=True)
        bin_dir = subprocess.run(["swift", "build", "-c", args.configuration, "--show-bin-path"], cwd=ROOT,
                                 capture_output=True, text=True, check=True).stdout.strip()
        binary = Path(bin_dir) / "archive-eval"

    truth = {v["file"]: v for v in json.loads((PAGES / "truth.json").read_text(encoding="utf-8")).values()}
    paths = sorted((PAGES / "html").iterdir())
    out = subprocess.run([str(binary), *map(str, paths)], capture_output=True, text=True, check=True)
    records = {Path(r["path"]).name: r for r in map(json.loads, out.stdout.splitlines())}

    kept = must = left_out = must_not = 0
    titles = titled = dates = dated = 0
    refused = []
    seconds = size = 0.0
    for path in paths:
        gold = truth.get(path.name)
        record = records.get(path.name, {})
        seconds += record.get("seconds", 0.0)
        size += path.stat().st_size
        if gold is None:
            continue
        if record.get("error"):
            refused.append((record["error"], path.name))
        body = squeeze(record.get("body"))
        for text in gold.get("with", []):
            must += 1
            kept += squeeze(text) in body
        for text in gold.get("without", []):
            must_not += 1
            left_out += squeeze(text) not in body
        if gold.get("title"):
            titled += 1
            titles += squeeze(record.get("title")) == squeeze(gold["title"])
        if gold.get("date"):
            dated += 1
            dates += (record.get("published") or "")[:10] == gold["date"][:10]

    n = len(paths)
    print(f"refused    {len(refused)} of {n} pages ({100 * len(refused) / n:.1f}%)")
    reasons = Counter(re.sub(r"\s*\(.*", "", r) if not r.startswith("no article") else r for r, _ in refused)
    for reason, count in reasons.most_common():
        print(f"  {count:3d}  {reason}")
    if args.refused:
        for reason, name in sorted(refused):
            print(f"  {name}: {reason}")
    print(f"with       {kept / max(1, must):.3f} of {must} must-contain strings kept")
    print(f"without    {left_out / max(1, must_not):.3f} of {must_not} must-not-contain strings left out")
    print(f"title      {titles / max(1, titled):.3f} of {titled} headlines exactly right")
    print(f"date       {dates / max(1, dated):.3f} of {dated} dates right (day)")
    print(f"speed      {n / max(seconds, 1e-9):.0f} pages/s, {size / 1e6 / max(seconds, 1e-9):.2f} MB/s extraction time")


if __name__ == "__main__":
    sys.exit(main())
