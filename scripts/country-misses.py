#!/usr/bin/env python3
"""Why the country of ACLED notes is missed, from `scripts/eval-events.py --dump FILE`: no event
found; an event with no country, the note naming ACLED's place or region or neither; a wrong
country from a place of another country (a namesake), another country named in the note (raiders
`from` it, a border), a nationality word, or a currency. Counts per gold country. Read `train`
notes to find what to fix; report `check` figures.

    python3 scripts/eval-events.py --only acled --dump /tmp/notes.jsonl
    python3 scripts/country-misses.py /tmp/notes.jsonl [train|check]
"""
import json, sys, collections, re
rows = [json.loads(l) for l in open(sys.argv[1])]
split = sys.argv[2] if len(sys.argv) > 2 else "train"
tr = [r for r in rows if r["split"] == split]
miss = [r for r in tr if not r["checks"]["country"]]
def why(r):
    o = r["ours"]
    if not o: return "no event found"
    if not o.get("country"):
        locs = [r["gold"]["location"]] + r["gold"]["location"].split(" - ") + [r["gold"]["admin1"] or "@@"]
        named = any(l and l.lower() in r["notes"].lower() for l in locs)
        return "event, no country: ACLED's place or region named" if named else "event, no country: neither ACLED's place nor region named"
    c = o["country"]; n = r["notes"]
    if re.search(r"\b(dollars?|pounds?|euros?|rupees?|yuan)\b", n) and re.search(re.escape(c.split()[0][:5]), n) and not o.get("location"):
        return "wrong country: currency"
    if o.get("location"): return "wrong country: a place of another country (namesake)"
    if re.search(r"\b" + re.escape(c[:4]) + r"[a-z]*(an|i|ese|ish)s?\b", n) and not re.search(r"\b" + re.escape(c) + r"\b", n):
        return "wrong country: nationality word"
    if c in n: return "wrong country: that country named (origin, border, foreign party)"
    return "wrong country: other"
cat = collections.Counter(why(r) for r in miss)
print(f"{split}: {len(tr)} notes, {len(miss)} country misses")
for k, v in cat.most_common(): print(f"| {k} | {v} |")
gold = collections.Counter(r["gold"]["country"] for r in miss)
print("| gold country | misses | no event | event, no country | wrong country |")
for c, n in gold.most_common(8):
    ks = collections.Counter(why(r).split(":")[0] for r in miss if r["gold"]["country"] == c)
    print(f"| {c} | {n} | {ks['no event found']} | {ks['event, no country']} | {ks['wrong country']} |")
