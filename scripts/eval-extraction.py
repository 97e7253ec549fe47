#!/usr/bin/env python3
"""Measures the HTML extractor on the shared evaluation pages.

Main text: precision, recall and F1 over 4-word shingles of the body, computed the way the
scrapinghub article-extraction-benchmark (evaluate.py) does: tokens are `\\w+` runs (case kept,
as there), shingles are counted as multisets, each page's TP/FP/FN are normalised to sum to 1,
precision and recall are averaged over pages, and F1 is the harmonic mean of those averages.
Dates: share of pages whose published date is exactly the true day, wrong, or missing.
Speed: pages per second of extraction time in a release build (one process, one core).

Usage: scripts/eval-extraction.py [--no-build] [--binary PATH] [--worst N] [--lowercase] [--configuration debug]
"""
import argparse
import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from eval_binary import archive_eval

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path("/work/shared/eval")
TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text, lowercase, n=4):
    tokens = TOKEN.findall((text or "").lower() if lowercase else (text or ""))
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def tp_fp_fn(true, pred, lowercase):
    t, p = shingles(true, lowercase), shingles(pred, lowercase)
    tp = sum(min(t[k], p[k]) for k in t.keys() | p.keys())
    fp = sum(max(0, p[k] - t[k]) for k in p)
    fn = sum(max(0, t[k] - p[k]) for k in t)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def run_extractor(binary, paths):
    start = time.perf_counter()
    out = subprocess.run([str(binary), *map(str, paths)], capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    records = {Path(r["path"]).name: r for r in map(json.loads, out.stdout.splitlines())}
    return records, wall


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-build", action="store_true", help="use the existing release build")
    parser.add_argument("--binary", help="an archive-eval binary to measure (implies --no-build)")
    parser.add_argument("--worst", type=int, default=8, help="list the N pages with the lowest F1")
    parser.add_argument("--lowercase", action="store_true", help="lowercase before tokenizing")
    parser.add_argument("--configuration", default="release", choices=["release", "debug"],
                        help="debug measures quality sooner; speed is only meaningful in release")
    args = parser.parse_args()

    binary = archive_eval(args.binary, args.no_build, args.configuration)

    truth = json.loads((EVAL / "extraction/ground-truth.json").read_text(encoding="utf-8"))
    pages = sorted((EVAL / "extraction/html").glob("*.html"))
    records, wall_text = run_extractor(binary, pages)
    scores = []
    for page in pages:
        key = page.stem
        record = records.get(page.name, {})
        counts = tp_fp_fn(truth.get(key, {}).get("articleBody", ""), record.get("body", ""), args.lowercase)
        scores.append((key, counts, record.get("error")))
    with_pred = [c for _, c, _ in scores if c[0] + c[1] > 0]
    with_true = [c for _, c, _ in scores if c[0] + c[2] > 0]
    p = sum(precision(*c) for c in with_pred) / max(1, len(with_pred))
    r = sum(recall(*c) for c in with_true) / max(1, len(with_true))
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"main text  ({len(pages)} pages): F1={f1:.3f} precision={p:.3f} recall={r:.3f}"
          f"  [4-word shingle multisets, {'lowercased' if args.lowercase else 'case kept'}]")
    errors = [k for k, _, e in scores if e]
    if errors:
        print(f"  errors on {len(errors)} pages: {', '.join(k[:12] for k in errors)}")
    page_f1 = [(2 * precision(*c) * recall(*c) / max(1e-9, precision(*c) + recall(*c)), k, c) for k, c, _ in scores]
    for value, key, c in sorted(page_f1)[:args.worst]:
        print(f"  worst: {key[:16]} F1={value:.2f} P={precision(*c):.2f} R={recall(*c):.2f}")

    date_truth = json.loads((EVAL / "dates/truth.json").read_text(encoding="utf-8"))
    date_pages = sorted((EVAL / "dates/html").glob("*.html"))
    date_records, wall_dates = run_extractor(binary, date_pages)
    exact = wrong = missing = 0
    misses = []
    for page in date_pages:
        expected = date_truth.get(page.name, {}).get("date")
        # A page whose truth has no date (NaN) is right when no date is found.
        expected = expected if isinstance(expected, str) else None
        found = date_records.get(page.name, {}).get("published")
        if found == expected:
            exact += 1
        elif found is None:
            missing += 1
            misses.append(f"{page.name} missing (expected {expected})")
        else:
            wrong += 1
            misses.append(f"{page.name} wrong: {found} (expected {expected})")
    n = max(1, len(date_pages))
    no_text = sum(1 for r in date_records.values() if r.get("error", "").startswith("no article text"))
    print(f"dates      ({len(date_pages)} pages): exact={exact / n:.3f} wrong={wrong / n:.3f} missing={missing / n:.3f}"
          f"  ({no_text} pages have no article text; their date is read all the same)")
    for line in misses[:args.worst]:
        print(f"  {line}")

    all_records = list(records.values()) + list(date_records.values())
    seconds = sum(r.get("seconds", 0.0) for r in all_records)
    count = len(all_records)
    print(f"speed      ({count} pages): {count / max(seconds, 1e-9):.0f} pages/s extraction time "
          f"({count / (wall_text + wall_dates):.0f} pages/s wall clock incl. process start and file reads)")


if __name__ == "__main__":
    sys.exit(main())
