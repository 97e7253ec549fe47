#!/usr/bin/env python3
"""Measures the HTML extractor on the shared many-language pages (../shared/eval/pages).

For each page the truth lists strings that must be in the main text (`with`) and boilerplate
that must not (`without`), and where known the title and date. Prints: pages refused ("no
article text found", listed by reason), share of must-contain strings kept, share of
must-not-contain strings left out, headlines exactly right, dates right, and extraction speed
(pages/s and MB/s of extraction time in one process).

Whitespace is collapsed on both sides before a string is looked for, as trafilatura's own
evaluation does.

Usage: scripts/eval-pages.py [--binary PATH] [--no-build] [--refused] [--failures with|without|title|date]
       [--configuration debug]
"""
import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from eval_binary import archive_eval

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
    parser.add_argument("--failures", choices=["with", "without", "title", "date"], action="append",
                        help="list every page failing this figure (repeatable): the strings missed or kept, the "
                             "headline or date given and expected")
    parser.add_argument("--configuration", default="release", choices=["release", "debug"])
    args = parser.parse_args()

    binary = archive_eval(args.binary, args.no_build, args.configuration)

    truth = {v["file"]: v for v in json.loads((PAGES / "truth.json").read_text(encoding="utf-8")).values()}
    paths = sorted((PAGES / "html").iterdir())
    out = subprocess.run([str(binary), *map(str, paths)], capture_output=True, text=True, check=True)
    records = {Path(r["path"]).name: r for r in map(json.loads, out.stdout.splitlines())}

    kept = must = left_out = must_not = 0
    titles = titled = dates = dated = 0
    refused = []
    failures = {kind: [] for kind in (args.failures or [])}
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
            found = squeeze(text) in body
            kept += found
            if not found and "with" in failures:
                failures["with"].append((path.name, f"missing {squeeze(text)[:80]!r}"))
        for text in gold.get("without", []):
            must_not += 1
            absent = squeeze(text) not in body
            left_out += absent
            if not absent and "without" in failures:
                failures["without"].append((path.name, f"kept {squeeze(text)[:80]!r}"))
        if gold.get("title"):
            titled += 1
            right = squeeze(record.get("title")) == squeeze(gold["title"])
            titles += right
            if not right and "title" in failures:
                failures["title"].append((path.name, f"gave {squeeze(record.get('title'))[:70]!r} "
                                                     f"expected {squeeze(gold['title'])[:70]!r}"))
        if gold.get("date"):
            dated += 1
            right = (record.get("published") or "")[:10] == gold["date"][:10]
            dates += right
            if not right and "date" in failures:
                failures["date"].append((path.name, f"gave {record.get('published')} expected {gold['date'][:10]}"))

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
    for kind, rows in failures.items():
        print(f"failing {kind}: {len(rows)}")
        for name, what in rows:
            print(f"  {name}: {what}")
    print(f"speed      {n / max(seconds, 1e-9):.0f} pages/s, {size / 1e6 / max(seconds, 1e-9):.2f} MB/s extraction time")


if __name__ == "__main__":
    sys.exit(main())
