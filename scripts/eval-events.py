#!/usr/bin/env python3
"""Measures event coding on the public development data (never copied into the program).

CASE 2021 task 2 (`case2021-subtypes-dev.tsv`, 510 snippets): each snippet goes through the same
reading as `archive extract - --type txt` (`archive-eval events --pipeline`); the first event's
ACLED sub-event type is compared with the snippet's label mapped to ACLED's (the map in
../shared/eval/README.md). For the non-ACLED labels (DIPLO, ATTRIB, NATURAL_DISASTER,
MAN_MADE_DISASTER, ORG_CRIME, OTHER) the right answer is no ACLED event; our own `Other` kinds
(statement, threat…) count as no ACLED event there. Prints accuracy and the confusion of the ten
most common labels.

WikiEvents dev (`wikievents-dev.jsonl`, 20 articles): recall of the `Conflict.Attack.*` events at
sentence level (a violent event reported in the trigger's sentence) and of their `Place`
arguments (the place named among the event's location, region or country, compared folded).

Throughput: entities + events over the WikiEvents texts, repeated (`archive-eval events --repeat`).

    swift build -c release --product archive-eval
    python3 scripts/eval-events.py [--eval ../shared/eval/events] [--errors 20]
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "..", ".build", "release", "archive-eval")
ACLED = {
    "ARMED_CLASH": "Armed clash", "REM_EXPLOS": "Remote explosive/landmine/IED", "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb", "GRENADE": "Grenade", "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "CHEM_WEAP": "Chemical weapon", "ATTACK": "Attack", "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "SEX_VIOL": "Sexual violence", "PEACE_PROTEST": "Peaceful protest", "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters", "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence", "AGREEMENT": "Agreement", "ARREST": "Arrests", "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use", "HQ_ESTABLISHED": "Headquarters or base established",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory", "PROPERTY_DISTRUCT": "Looting/property destruction",
    "GOV_REGAINS_TERIT": "Government regains territory", "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
}
NONE = "(no ACLED event)"
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def run(args, records):
    stdin = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    out = subprocess.run([BIN, "events"] + args, input=stdin, capture_output=True, text=True, check=True)
    return {json.loads(line)["id"]: json.loads(line)["events"] for line in out.stdout.splitlines() if line.strip()}


def first_acled(events):
    for e in events:
        if e["sub_event_type"] != "Other":
            return e["sub_event_type"]
    return NONE


def case(folder, errors):
    rows = []
    with open(os.path.join(folder, "case2021-subtypes-dev.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                rows.append((parts[0], parts[1], parts[2]))
    found = run(["--pipeline"], [{"id": i, "text": t} for i, t, _ in rows])
    confusion = collections.Counter()
    right = 0
    wrong = []
    for i, text, label in rows:
        gold = ACLED.get(label, NONE)
        got = first_acled(found.get(i, []))
        confusion[(label, got)] += 1
        if got == gold:
            right += 1
        else:
            wrong.append((label, got, text))
    print(f"CASE 2021 sub-event types: accuracy {right / len(rows):.3f} ({right}/{len(rows)})")
    labels = collections.Counter(label for _, _, label in rows)
    print("\nconfusion of the ten most common labels (label: n, right, what else was given):")
    for label, n in labels.most_common(10):
        gold = ACLED.get(label, NONE)
        others = [(got, c) for (l, got), c in confusion.most_common() if l == label and got != gold]
        print(f"  {label:<22} {n:>3}  right {confusion[(label, gold)]:>3}  " + "; ".join(f"{g} {c}" for g, c in others[:4]))
    for label, got, text in wrong[:errors]:
        print(f"  ✗ {label} → {got}: {text[:140]}")


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().replace("-", " ").strip()


def wikievents(folder, errors):
    docs = [json.loads(line) for line in open(os.path.join(folder, "wikievents-dev.jsonl"), encoding="utf-8")]
    found = run(["--reports"], [{"id": d["doc_id"], "text": d["text"]} for d in docs])
    attacks = hit = places = place_hit = named = named_hit = 0
    misses = []
    for d in docs:
        # Sentence spans in characters (= Unicode scalars) from the sentence tokens.
        spans = [(s[0][0][1], s[0][-1][2]) for s in d["sentences"]]
        events = [e for e in found.get(d["doc_id"], []) if e["event_type"] in VIOLENT]
        entities = {m["id"]: m for m in d["entity_mentions"]}
        for m in d["event_mentions"]:
            if not m["event_type"].startswith("Conflict.Attack"):
                continue
            attacks += 1
            start, end = spans[m["trigger"]["sent_idx"]]
            ours = [e for e in events if e["start"] < end and start < e["end"]]
            if ours:
                hit += 1
            else:
                misses.append(d["text"][start:end])
            for arg in m["arguments"]:
                if arg["role"] != "Place":
                    continue
                places += 1
                raw = entities.get(arg["entity_id"], {}).get("text", arg["text"])
                text = fold(raw)
                names = [fold(e[k]) for e in ours for k in ("location", "admin1", "country") if e.get(k)]
                found_place = any(text and (text in n or n in text) for n in names)
                place_hit += found_place
                # A name, not a noun such as `city` or `street` that no place field can hold.
                if raw[:1].isupper():
                    named += 1
                    named_hit += found_place
    print(f"\nWikiEvents dev: Conflict.Attack recall at sentence level {hit / attacks:.3f} ({hit}/{attacks}); "
          f"Place recall {place_hit / max(places, 1):.3f} ({place_hit}/{places}), "
          f"of the Place arguments that are names {named_hit / max(named, 1):.3f} ({named_hit}/{named})")
    for text in misses[:errors]:
        print(f"  missed: {text[:140]}")
    return docs


def throughput(docs):
    stdin = "".join(json.dumps({"id": d["doc_id"], "text": d["text"]}) + "\n" for d in docs)
    out = subprocess.run([BIN, "events", "--repeat", "20"], input=stdin, capture_output=True, text=True, check=True)
    print("\nthroughput (one core, release, WikiEvents texts × 20): " + out.stdout.strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=os.path.join(HERE, "..", "..", "shared", "eval", "events"))
    ap.add_argument("--errors", type=int, default=0, help="print this many mistakes of each set")
    args = ap.parse_args()
    if not os.path.exists(BIN):
        sys.exit("build first: swift build -c release --product archive-eval")
    case(args.eval, args.errors)
    throughput(wikievents(args.eval, args.errors))


if __name__ == "__main__":
    main()
