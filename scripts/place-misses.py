#!/usr/bin/env python3
"""Why ACLED notes' admin1 is missed where the country is right, and why their point is more than
25 km from ACLED's, from `scripts/eval-events.py --dump FILE`, in groups with counts and the
countries that make them up. Read `train` notes to find what to fix; report `check` counts.

admin1 groups (country right, admin1 wrong):
- `no region, a location`: the place was found but the table gives it no region (camps, villages);
- `no region, no location`: the event is placed by its country only;
- `ACLED's region under a name the gazetteer lacks`: no region of the country is spelt as ACLED
  spells it (`Xocavand` for Khojavend), split by whether our point is within 25 km of ACLED's
  (the same place under another name) or not;
- `another region, ACLED's named in the note`: a namesake or the wrong level of a chain taken;
- `another region, ACLED's not named`: within 25 km of ACLED's point (a border, or ACLED's admin1
  another level than ours: Uganda's districts) or farther.

25 km groups (an event found, more than 25 km off or no point): no point; wrong country; region
wrong; region right and the location ACLED's (the point off) or another place.

    python3 scripts/eval-events.py --only acled --dump /tmp/notes.jsonl
    python3 scripts/place-misses.py /tmp/notes.jsonl [train|check] [--show GROUP] [--country C]
"""
import argparse
import collections
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("eval_events", os.path.join(HERE, "eval-events.py"))
ev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ev)


def region_spellings():
    """Country name (as eval output writes it) → every loose spelling of its regions."""
    rows = []
    for line in open(os.path.join(ev.RES, "places.tsv"), encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(fields) >= 3:
            rows.append(fields)
    display = {code: names.split("|")[0] for code, _, names in rows if len(code) == 2}
    out = collections.defaultdict(set)
    for code, country, names in rows:
        if "-" in code and country in display:
            out[display[country]].update(ev.loose(n) for n in names.split("|"))
    return out


def admin1_group(r, regions):
    o, gold = r["ours"], r["gold"]
    if not o.get("admin1"):
        return "no region, a location" if o.get("location") else "no region, no location"
    near = r["km"] is not None and r["km"] <= 25
    if ev.loose(gold["admin1"]) not in regions.get(gold["country"], set()):
        return "ACLED's region under a name the gazetteer lacks, " + ("point within 25 km" if near else "point farther")
    if ev.loose(gold["admin1"]) in ev.loose(r["notes"]):
        return "another region, ACLED's named in the note"
    return "another region, ACLED's not named, " + ("point within 25 km" if near else "point farther")


def far_group(r):
    o, checks = r["ours"], r["checks"]
    if r["km"] is None:
        return "no point"
    if not checks["country"]:
        return "wrong country"
    if not checks["admin1"]:
        return "region wrong"
    return "region right, ACLED's location, point off" if checks["location"] else "region right, another place"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("split", nargs="?", default="train")
    ap.add_argument("--show", help="print the notes of the groups whose name holds this")
    ap.add_argument("--country")
    ap.add_argument("--limit", type=int, default=40)
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(args.dump) if line.strip()]
    rows = [r for r in rows if r["split"] == args.split and (not args.country or r["gold"]["country"] == args.country)]
    regions = region_spellings()
    admin1 = [(admin1_group(r, regions), r) for r in rows if r["ours"] and r["checks"]["country"] and not r["checks"]["admin1"]]
    far = [(far_group(r), r) for r in rows if r["ours"] and (r["km"] is None or r["km"] > 25)]
    for title, grouped in (("admin1 wrong, country right", admin1), ("more than 25 km off, an event found", far)):
        counts = collections.Counter(g for g, _ in grouped)
        print(f"{args.split}: {title}: {len(grouped)}")
        print("| group | notes | countries (most first) |")
        print("|---|---|---|")
        for group, n in counts.most_common():
            top = collections.Counter(r["gold"]["country"] for g, r in grouped if g == group).most_common(5)
            print(f"| {group} | {n} | {', '.join(f'{c} {k}' for c, k in top)} |")
        print()
    if args.show:
        shown = 0
        for group, r in admin1 + far:
            if args.show in group and shown < args.limit:
                shown += 1
                o = r["ours"]
                km = f"{r['km']:.0f} km" if r["km"] is not None else "no point"
                print(f"[{group}] {r['event_id']} gold {r['gold']['admin1']} / {r['gold']['location']}; "
                      f"ours {o.get('admin1')} / {o.get('location')} ({km})\n    {r['notes'][:400]}")


if __name__ == "__main__":
    main()
