#!/usr/bin/env python3
"""Measures what `archive search` means by an acronym and an amount, on a corpus folder.

    scripts/eval-search.py CORPUS [--archive .build/release/archive] [--db /tmp/eval-search.sqlite]

Ingests CORPUS into a fresh archive, then reports:
- `US` precision: the share of its hits whose title or body has US or U.S. as a word in capitals;
- `U.S.` recall: the share of the articles writing U.S. that the query `U.S.` finds;
- for each amount given with --amount (default £600m, $1.13bn): whether the first hit writes it.
- with --arabic, for each pair of spellings below, whether a query in one finds every article
  writing the other.
Every copy of a story is counted (--all-copies). Prints one line per figure. Our own test articles
are in Tests/ArchiveTests/Fixtures/search (U.S., amounts, Arabic).
"""
import argparse
import csv
import io
import os
import re
import sqlite3
import subprocess
import sys


def search(archive, db, query):
    out = subprocess.run([archive, "search", "--db", db, "--all-copies", "--limit", "1000000", "--format", "csv", query],
                         check=True, capture_output=True, text=True).stdout
    return [int(row["id"]) for row in csv.DictReader(io.StringIO(out))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--archive", default=".build/release/archive")
    parser.add_argument("--db", default="/tmp/eval-search.sqlite")
    parser.add_argument("--amount", action="append")
    parser.add_argument("--arabic", action="store_true")
    args = parser.parse_args()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(args.db + suffix):
            os.remove(args.db + suffix)
    subprocess.run([args.archive, "ingest", "--db", args.db, args.corpus], check=False, capture_output=True)
    texts = {row[0]: (row[1] or "") + "\n" + row[2]
             for row in sqlite3.connect(args.db).execute("SELECT id, title, body FROM articles")}

    capitals = re.compile(r"(?<![A-Za-z0-9.])(US|U\.S\.?)(?![A-Za-z0-9])")
    hits = search(args.archive, args.db, "US")
    right = sum(1 for i in hits if capitals.search(texts[i]))
    print(f"US: {len(hits)} hits, {right} with US or U.S. in capitals: precision {right / max(1, len(hits)):.3f}")
    written = {i for i, text in texts.items() if capitals.search(text)}
    print(f"US: {len(written)} articles write US or U.S., {len(written & set(hits))} found: recall "
          f"{len(written & set(hits)) / max(1, len(written)):.3f}")

    dotted = re.compile(r"(?<![A-Za-z])U\.S\.")
    relevant = {i for i, text in texts.items() if dotted.search(text)}
    found = set(search(args.archive, args.db, "U.S.")) & relevant
    recall = f"{len(found) / len(relevant):.3f}" if relevant else "n/a (no article writes it)"
    print(f"U.S.: {len(relevant)} articles write it, {len(found)} found: recall {recall}")

    for amount in args.amount or ["£600m", "$1.13bn"]:
        hits = search(args.archive, args.db, amount)
        written = re.compile(r"(?<![\w$£€¥])" + re.escape(amount) + r"(?![\w])")
        first = bool(hits) and bool(written.search(texts[hits[0]]))
        total = sum(1 for text in texts.values() if written.search(text))
        print(f"{amount}: {len(hits)} hits, {total} articles write it, first hit writes it: {first}")

    if args.arabic:
        for query, written in ARABIC_PAIRS:
            relevant = {i for i, text in texts.items() if written in text}
            found = set(search(args.archive, args.db, query)) & relevant
            print(f"{query} finds {written}: {len(found)} of {len(relevant)}")


# (query, a spelling articles write): hamza, article and proclitics, taa marbuta, alef maqsura,
# tatweel, Arabic-Indic and Persian digits, Persian kaf.
ARABIC_PAIRS = [
    ("اصحاب", "أصحاب"), ("أصحاب", "اصحاب"), ("كهف", "الكهف"), ("كهف", "بالكهف"), ("الكهف", "بالكهف"),
    ("مدرسه", "مدرسة"), ("المدرسة", "مدرسة"), ("مستشفي", "المستشفى"), ("المستشفى", "المستشفي"),
    ("طريق", "الطريـــق"), ("1435", "١٤٣٥"), ("١٤٣٥", "1435"), ("1435", "۱۴۳۵"), ("كتاب", "کتاب"),
]


if __name__ == "__main__":
    sys.exit(main())
