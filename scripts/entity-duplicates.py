#!/usr/bin/env python3
"""Duplicate names in an archive, as a reader of `archive entities` meets them: (a) one name with
several types (and how many of those do not involve a place of the gazetteer, where a country's
or a city's team is another referent); (b) one-word people whose word ends a person entity of
two or more words (a surname left apart from a full name); (c) people and organisations whose name
holds a title or role word before its last word (`Boss Graeme Souness`) or ends in a role that
ends no name (`Tory Treasurer`, `Labour Leader`), the name not ending in a head noun (`Office of the Deputy Prime Minister` is a name). Whole archive,
and the 200 entities with most mentions; `-v` lists those of the top 200, and every name of (c).

    python3 scripts/entity-duplicates.py archive.sqlite [-v]
"""

import sqlite3, sys, collections, os
db = sqlite3.connect(sys.argv[1])
lists, section = collections.defaultdict(set), ""
for line in open(os.path.join(os.path.dirname(__file__), "../Sources/Archive/Resources/entity-words.txt"), encoding="utf-8"):
    if line.startswith("["): section = line.strip()[1:-1]
    elif not line.startswith("#"): lists[section].update(line.split())
# The rules' role words beside [titles] (`EntitySpans.roleWords`).
titles = lists["titles"] | {"treasurer", "shadow", "boss", "detective"}
heads = lists["orgheads"] | lists["placeheads"]
# Titles that end no name (`King`, `Major`, `General` end surnames and firms).
ending = {"treasurer", "shadow", "boss", "detective", "secretary", "minister", "chancellor", "leader", "spokesman",
          "spokeswoman", "chairman", "president", "mp", "mps", "mep", "meps"}
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
    titled = [r for r in rs if r[1] != "place" and len(r[2].split()) >= 2 and r[2].split()[-1].lower() not in heads
              and (any(w.lower() in titles for w in r[2].split()[:-1]) or r[2].split()[-1].lower() in ending)]
    print(f"{label}: {len(rs)} entities; names with two or more types: {len(multi)} ({len(nogaz)} without a gazetteer place); "
          f"one-word people with a full-name entity: {len(sur)} ({sum(r[4] for r in sur)} mentions); "
          f"names with a title or role inside: {len(titled)} ({sum(r[4] for r in titled)} mentions)")
    return multi, sur, titled
m, s, ti = report(rows, "archive")
mt, st, _ = report(top, "top 200")
if "-v" in sys.argv:
    for n, v in sorted(mt.items()): print("  types:", n, [(x[1], x[4]) for x in v])
    for r in sorted(st, key=lambda r: -r[4]): print("  surname:", r[2], r[4])
    for r in sorted(ti, key=lambda r: (-r[4], r[2])): print("  titled:", r[1], r[2], r[4])
