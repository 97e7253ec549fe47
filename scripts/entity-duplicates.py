#!/usr/bin/env python3
"""Duplicate names in an archive, as a reader of `archive entities` meets them: (a) one name with
several types (and how many of those do not involve a place of the gazetteer, where a country's
or a city's team is another referent); (b) one-word people whose word ends a person entity of
two or more words (a surname left apart from a full name). Whole archive, and the 200 entities
with most mentions; `-v` lists those of the top 200.

    python3 scripts/entity-duplicates.py archive.sqlite [-v]
"""

import sqlite3, sys, collections
db = sqlite3.connect(sys.argv[1])
rows = db.execute("""SELECT e.id, e.type, e.name, e.country, count(m.entity_id) FROM entities e
                     LEFT JOIN mention_spans m ON m.entity_id = e.id GROUP BY e.id""").fetchall()
top = sorted(rows, key=lambda r: -r[4])[:200]
def report(rs, label):
    by = collections.defaultdict(list)
    for r in rs: by[r[2].lower()].append(r)
    multi = {n: v for n, v in by.items() if len({x[1] for x in v}) > 1}
    nogaz = {n: v for n, v in multi.items() if sum(1 for x in v if not (x[1] == "place" and x[3])) > 1 and len({x[1] for x in v if not (x[1] == "place" and x[3])}) > 1}
    fulls = collections.defaultdict(list)
    for r in rows:
        w = r[2].lower().split()
        if r[1] == "person" and len(w) >= 2: fulls[w[-1]].append(r[2])
    sur = [r for r in rs if r[1] == "person" and len(r[2].split()) == 1 and r[2].lower() in fulls]
    print(f"{label}: {len(rs)} entities; names with two or more types: {len(multi)} ({len(nogaz)} without a gazetteer place); "
          f"one-word people with a full-name entity: {len(sur)} ({sum(r[4] for r in sur)} mentions)")
    return multi, sur
m, s = report(rows, "archive")
mt, st = report(top, "top 200")
if "-v" in sys.argv:
    for n, v in sorted(mt.items()): print("  types:", n, [(x[1], x[4]) for x in v])
    for r in sorted(st, key=lambda r: -r[4]): print("  surname:", r[2], r[4])
