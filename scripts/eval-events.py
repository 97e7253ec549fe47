#!/usr/bin/env python3
"""Measures event coding on the public development data (never copied into the program).

CASE 2021 task 2 (`case2021-subtypes-dev.tsv`, 510 snippets): each snippet goes through the same
reading as `archive extract - --type txt` (`archive-eval events --pipeline`); the first event's
ACLED sub-event type is compared with the snippet's label mapped to ACLED's (the map in
../shared/eval/README.md). For the non-ACLED labels (DIPLO, ATTRIB, NATURAL_DISASTER,
MAN_MADE_DISASTER, ORG_CRIME, OTHER) the right answer is no ACLED event; our own `Other` kinds
(statement, threat…) count as no ACLED event there. Prints accuracy and the confusion of the ten
most common labels. The snippets are cut in two halves by a hash of their id: half 1 may be read
(`--errors` prints its mistakes only), half 2 is held out and only counted.

WikiEvents dev (`wikievents-dev.jsonl`, 20 articles): recall of the `Conflict.Attack.*` events at
sentence level (a violent event reported in the trigger's sentence) and of their `Place`
arguments (the place named among the event's location, region or country, compared folded).

ACLED (`acled-dev.jsonl`, 12,781 rows): each row's `notes` goes through the same reading as
`archive extract - --type txt`; the first event is compared with ACLED's coding: an event found,
event_type, sub_event_type, country, admin1, location (folded names; a region is matched against
every spelling the gazetteer has for it), the date (over the notes that write a full date) and
fatalities (none counts as 0). Rows are split by a hash of their event_id into `train` (4/5, what
the event model learns from) and `check` (1/5, never learned from); both are printed.

ACLED actors, over the notes whose first event is found: (a) named-actor agreement: of ACLED's
actor1/actor2 that are named (not generic: `GENERIC`, ACLED's labels of people by role and of a
state's forces with a country, `Protesters (Kenya)`, `Military Forces of Kenya (2022-)`; a state's
named unit after the bracket and a militia's people, `Pokot Ethnic Militia`, are names), the share
our actor on the same side names, and on either side (`actor_matches`: folded words, `al-`
dropped, a plural `s`, our words inside the label's or its name inside ours, initials); (b) actor
precision: of our actor1/actor2, the share either of ACLED's labels holds, and the count of ours
that are none of ACLED's, split by whether ACLED has protesters, rioters or civilians on that side
(whose organisations it records as associated actors, which the data lacks). `--show-actors N`
lists the commonest of the others on train; `--actors-from DUMP` prints these figures from a dump.

BBC (`corpus/bbc`, 2,225 articles): events per 1,000 articles in each folder, read as `archive
ingest` reads a text file. Business, entertainment, sport and tech report almost no ACLED event,
so what comes out of them is false alarms. Files are split like ACLED's (`train`: numbers not
ending in 0 or 5, which the model learns from as general news; `check`: the others).

Throughput: entities + events over the WikiEvents texts, repeated (`archive-eval events --repeat`).

    swift build -c release --product archive-eval
    python3 scripts/eval-events.py [--eval ../shared/eval/events] [--errors 20] [--only acled,bbc,case,wiki]
        [--dump notes.jsonl]   # each ACLED note with both codings, for reading mistakes
        [--show-actors 40] [--actors-from notes.jsonl]
"""
import hashlib
import math
import re
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


def case_half(key):
    """A CASE snippet's half by a hash of its id: 1 is read and tuned on, 2 is held out (only counted)."""
    return 1 + int(hashlib.sha1(("case:" + key).encode()).hexdigest(), 16) % 2


def case(folder, errors, half=1):
    rows = []
    with open(os.path.join(folder, "case2021-subtypes-dev.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                rows.append((parts[0], parts[1], parts[2]))
    found = run(["--pipeline"], [{"id": i, "text": t} for i, t, _ in rows])
    confusion = collections.Counter()
    right = collections.Counter()
    halves = collections.Counter()
    wrong = []
    for i, text, label in rows:
        gold = ACLED.get(label, NONE)
        got = first_acled(found.get(i, []))
        h = case_half(i)
        halves[h] += 1
        if h == half:
            confusion[(label, got)] += 1
        if got == gold:
            right[h] += 1
        elif h == half:
            wrong.append((label, got, text))
    n, ok = len(rows), right[1] + right[2]
    print(f"CASE 2021 sub-event types: accuracy {ok / n:.3f} ({ok}/{n}); half 1 (tuned on) {right[1] / halves[1]:.3f} "
          f"({right[1]}/{halves[1]}), half 2 (held out) {right[2] / halves[2]:.3f} ({right[2]}/{halves[2]})")
    labels = collections.Counter(label for i, _, label in rows if case_half(i) == half)
    print(f"\nconfusion of the ten most common labels of half {half} (label: n, right, what else was given):")
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


RES = os.path.join(HERE, "..", "Sources", "Archive", "Resources")
NOISE = {"governorate", "province", "provincia", "region", "state", "of", "muhafazat", "mayorality", "oblast",
         "district", "department", "county", "prefecture", "city", "municipality", "wilaya", "autonomous",
         "republic", "the", "al", "an", "as", "ash", "ad", "at", "ar", "az", "el", "and", "division", "oblast'"}


# French words of direction in a region's name, as ACLED writes Cameroon's (`Nord-Ouest`): the
# region ISO names in English (`North-West`) is the same region.
DIRECTIONS = {"nord": "north", "sud": "south", "ouest": "west", "est": "east"}


def loose(text):
    """Folded, without the words for `province`, doubled letters or a final h: spellings meet.
    An apostrophe is no break between words (`Murang'a` is `Muranga`), and `q` meets `k` (`Beqaa`,
    `Bekaa`: one Arabic letter written two ways)."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['\u2018\u2019\u02bc`]", "", text).replace("q", "k")
    words = [DIRECTIONS.get(w, w) for w in re.split(r"[^a-z0-9]+", text) if w and w not in NOISE]
    out = []
    for word in words:
        word = re.sub(r"(.)\1+", r"\1", word)
        word = re.sub(r"(ska|ska|sk|ka)$", "", word) if len(word) > 6 else word
        out.append(word[:-1] if word.endswith("h") and len(word) > 3 else word)
    return " ".join(out)


def spellings():
    """Every spelling places.tsv has for a name: the display names eval output uses → all variants.
    A region named after its country (`South Lebanon`) is also that name less the country's
    (`South`): a coder writing in the country names it so."""
    table = collections.defaultdict(set)
    rows = []
    for line in open(os.path.join(RES, "places.tsv"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) >= 3:
            rows.append(fields)
    # Region names event coding reads besides places.tsv (region-names.tsv: code, country, the
    # name shown, names), joined to the region's line.
    extra = os.path.join(RES, "region-names.tsv")
    if os.path.exists(extra):
        lines = {fields[0]: i for i, fields in enumerate(rows)}
        for line in open(extra, encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(fields) < 4:
                continue
            names = "|".join(n for n in [fields[2]] + fields[3].split("|") if n)
            if fields[0] in lines:
                code, country, have = rows[lines[fields[0]]]
                rows[lines[fields[0]]] = [code, country, have + "|" + names]
            else:
                rows.append([fields[0], fields[1], names])
    countries = collections.defaultdict(set)
    for code, country, names in rows:
        if len(code) == 2:
            countries[code].update(loose(n) for n in names.split("|"))
    for code, country, names in rows:
        variants = {loose(x) for x in names.split("|")}
        if "-" in code:
            for v in list(variants):
                for c in countries.get(country, ()):
                    if c and c != v and f" {c} " in f" {v} ":
                        variants.add(" ".join(f" {v} ".replace(f" {c} ", " ").split()))
        for v in names.split("|"):
            table[v].update(variants)
    return table


def split_of(key):
    return "check" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0 else "train"


DATE = re.compile(r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December),? (\d{4})\b")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def kilometres(lat1, lon1, lat2, lon2):
    """Great-circle distance (haversine, mean earth radius 6,371 km), as the program measures it."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(a)))


def print_distances(split, rows):
    """Share within 25 km of ACLED's point and the median distance, over the notes where an event
    was found and over all notes; a note whose event was put nowhere (or not found) counts as
    missed, infinitely far."""
    def summary(values):
        values = sorted(d if d is not None else math.inf for d in values)
        within = sum(1 for d in values if d <= 25) / max(len(values), 1)
        median = values[len(values) // 2] if values else math.nan
        return f"within 25 km {within:.3f}, median {median:.1f} km ({len(values)} notes)"

    found = [d for d, f in rows if f]
    placed = sum(1 for d in found if d is not None)
    print(f"ACLED points ({split}): notes with an event found: {summary(found)}, {placed} of them placed; "
          f"all notes: {summary([d for d, _ in rows])}")


# ACLED's generic actors: a kind of people or a state's forces, with a country in brackets
# (`Protesters (Kenya)`, `Police Forces of Kenya (2022-)`, `Unidentified Armed Group (Somalia)`,
# `Militia (Pro-Government)`). The codebook names these by role, not by a name a text gives.
GENERIC = re.compile(r"^(Protesters|Rioters|Civilians|Unidentified .+|Militia|(Islamist|Muslim|Christian|Hindu|Buddhist|Tribal|"
                     r"Indigenous|Gang|Vigilante) Militia|Private Security Forces|Government of .+|Pirates|Prisoners|"
                     r"Labou?r Group|Journalists|Lawyers|Students|Teachers|Women|Health Workers|Farmers|Fishers|Refugees/IDPs|"
                     r"Self-Defense Group|Opposition Rebels|Rebels|Anti-Drug Vigilantes|Sole Perpetrator|Mutiny of .+|"
                     r"(Police|Military) Forces of .+)$")
# ACLED's people by role, whose organisations it records as associated actors (not in the data).
PEOPLE = re.compile(r"^(Protesters|Rioters|Civilians) \(")
# `Military Forces of Libya (2014-) Haftar Faction`: a state's forces with a named unit after the bracket.
STATE_UNIT = re.compile(r"^(Police|Military) Forces of .+?\([^)]*\)\s+(.+)$")
# `Pokot Ethnic Militia (Kenya)`: a militia named by its people, clan or place.
NAMED_MILITIA = re.compile(r"^(.+?) (Ethnic|Communal|Clan|Sub-Clan|Tribal|Cult|Sect|Political|Indigenous) Militia$")
# Words that alone name no one: an actor of only these is matched only whole (`Islamic State`).
WEAK = {"armed", "united", "national", "force", "forces", "democratic", "people", "peoples", "popular", "front", "movement",
        "party", "group", "unit", "liberation", "army", "islamic", "state", "council", "union", "coalition", "alliance",
        "resistance", "new", "of", "the", "and", "for", "in", "government", "republic", "military", "militia", "special"}


def actor_words(text):
    """Folded words of a name: case, accents, hyphens and quotes gone; `al-`/`el-` dropped; a plural
    `s` and doubled letters gone (`al-Shabaab`, `Al Shabab`, `Shabaab` meet)."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['\u2018\u2019\u02bc`\"]", "", text)
    out = []
    for w in re.split(r"[^a-z0-9]+", text):
        if not w or w in ("al", "el", "the"):
            continue
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(re.sub(r"(.)\1+", r"\1", w))
    return out


def label_names(label):
    """The names one ACLED label gives a text to match, or [] for a generic label. A label with
    `and/or` is each of its parts; `QSD: Syrian Democratic Forces` is both the letters and the name."""
    names = []
    for part in (label or "").split(" and/or "):
        part = part.strip()
        unit = STATE_UNIT.match(part)
        if unit:
            part = unit.group(2)
        bare = re.sub(r"\s*\([^)]*\)", "", part).strip()
        if not unit and GENERIC.match(bare):
            continue
        militia = NAMED_MILITIA.match(bare)
        if militia:
            names.append(militia.group(1))
        for piece in bare.split(": ", 1) if ": " in bare else [bare]:
            names.append(piece)
            if " - " in piece:
                names.append(piece.split(" - ")[0])
    return [n for n in (actor_words(n) for n in names) if n]


def within(small, big):
    return len(small) <= len(big) and any(big[i:i + len(small)] == small for i in range(len(big) - len(small) + 1))


def actor_matches(ours, label, names=None):
    """Whether our actor is ACLED's label: the same words, our words inside the label's (not only
    words such as `Armed` or `Forces`), the label's name inside ours (`Suspected al Shabaab`), or our
    letters the initials of its name (`SDF`)."""
    w = actor_words(ours)
    if not w or not label:
        return False
    names = label_names(label) if names is None else names
    whole = actor_words(label)
    strong = any(x not in WEAK for x in w)
    for n in names + [whole]:
        if w == n or strong and within(w, n):
            return True
        if n is not whole and any(x not in WEAK for x in n) and within(n, w):
            return True
        if len(w) == 1 and len(n) > 1 and len(w[0]) == len(n) and w[0] == "".join(x[0] for x in n):
            return True
    return False


def actor_figures(rows, show=0):
    """Named-actor agreement and actor precision over (split, notes, gold, ours) of the notes whose
    first event is found."""
    for split in ("train", "check"):
        named = same = either = ours_n = contained = beside_people = 0
        strays = collections.Counter()
        examples = collections.defaultdict(list)
        for s, notes, gold, e in rows:
            if s != split or not e:
                continue
            mine = [e.get("actor1"), e.get("actor2")]
            for k, side in (("actor1", 0), ("actor2", 1)):
                names = label_names(gold.get(k))
                if not names:
                    continue
                named += 1
                same += actor_matches(mine[side], gold[k], names)
                either += any(actor_matches(a, gold[k], names) for a in mine)
            for side, a in enumerate(mine):
                if not a:
                    continue
                ours_n += 1
                if any(actor_matches(a, gold.get(k)) for k in ("actor1", "actor2")):
                    contained += 1
                elif PEOPLE.match(gold.get(("actor1", "actor2")[side]) or ""):
                    # `members of X staged a protest`: ACLED codes `Protesters (…)` and X as an
                    # associated actor, which the data leaves out; X may be right.
                    beside_people += 1
                else:
                    strays[a] += 1
                    examples[a].append((gold.get("actor1"), gold.get("actor2"), notes))
        print(f"ACLED actors ({split}): named actors {named}, ours the same side {same / max(named, 1):.3f} ({same}), "
              f"either side {either / max(named, 1):.3f} ({either}); our actors {ours_n}, in ACLED's labels "
              f"{contained / max(ours_n, 1):.3f} ({contained}), none of ACLED's {ours_n - contained} "
              f"({beside_people} where ACLED has protesters, rioters or civilians on that side, {ours_n - contained - beside_people} others)")
        if show and split == "train":
            for a, n in strays.most_common(show):
                g1, g2, notes = examples[a][0]
                print(f"  {n:>4} {a!r}: ACLED {g1!r} / {g2!r}: {notes[:150]}")


def acled(folder, errors, dump=None, show_actors=0):
    rows = [json.loads(line) for line in open(os.path.join(folder, "acled-dev.jsonl"), encoding="utf-8")]
    found = run(["--pipeline"], [{"id": r["event_id"], "text": r["notes"]} for r in rows])
    names = spellings()
    fields = ["event found", "event_type", "sub_event_type", "country", "admin1", "location", "date", "fatalities"]
    score = {s: collections.Counter() for s in ("train", "check")}
    total = {s: collections.Counter() for s in ("train", "check")}
    # Kilometres from ACLED's point to ours, per note; None where we put the note's event nowhere.
    distances = {s: [] for s in ("train", "check")}
    precision = {s: collections.Counter() for s in ("train", "check")}
    wrong = collections.defaultdict(list)
    confusion = collections.Counter()
    actors = []
    for r in rows:
        split = split_of(r["event_id"])
        events = found.get(r["event_id"], [])
        e = events[0] if events else {}

        def place_right(ours, gold):
            if not ours or not gold:
                return False
            g = loose(gold)
            return g in names.get(ours, set()) | {loose(ours)}

        m = DATE.search(r["notes"])
        note_date = f"{m.group(3)}-{MONTHS.index(m.group(2)) + 1:02d}-{int(m.group(1)):02d}" if m else None
        location = loose(e.get("location"))
        gold_locations = {loose(r["location"])} | {loose(p) for p in r["location"].split(" - ")}
        checks = {
            "event found": bool(events),
            "event_type": e.get("event_type") == r["event_type"],
            "sub_event_type": e.get("sub_event_type") == r["sub_event_type"],
            "country": place_right(e.get("country"), r["country"]),
            "admin1": place_right(e.get("admin1"), r["admin1"]),
            "location": bool(location) and location in gold_locations,
            "fatalities": (e.get("fatalities") or 0) == int(r["fatalities"] or 0),
        }
        if note_date and note_date == r["event_date"]:
            checks["date"] = e.get("event_date") == r["event_date"]
        confusion[(r["sub_event_type"], e.get("sub_event_type", NONE))] += 1
        actors.append((split, r["notes"], r, e))
        if r.get("latitude") is not None and r.get("longitude") is not None:
            point = (e.get("latitude"), e.get("longitude"))
            distances[split].append((kilometres(float(r["latitude"]), float(r["longitude"]), *point)
                                     if None not in point else None, bool(events)))
            precision[split][(r.get("geo_precision"), e.get("geo_precision"))] += 1
        if dump:
            km = distances[split][-1][0] if r.get("latitude") is not None and r.get("longitude") is not None else None
            dump.write(json.dumps({"event_id": r["event_id"], "split": split, "notes": r["notes"], "checks": checks,
                                   "km": km, "gold": {k: r.get(k) for k in ("event_type", "sub_event_type", "country",
                                   "admin1", "location", "event_date", "fatalities", "latitude", "longitude",
                                   "geo_precision", "actor1", "actor2")}, "ours": e}, ensure_ascii=False) + "\n")
        for k, ok in checks.items():
            total[split][k] += 1
            score[split][k] += ok
            if not ok:
                wrong[k].append((r, e))
    for split in ("train", "check"):
        n = total[split]["event found"]
        print(f"ACLED notes ({split}, {n} rows): " + ", ".join(
            f"{k} {score[split][k] / max(total[split][k], 1):.3f}" for k in fields))
    for split in ("train", "check"):
        print_distances(split, distances[split])
    actor_figures(actors, show_actors)
    if errors:
        for split in ("train", "check"):
            print(f"  geo_precision ({split}, ACLED's → ours): " + ", ".join(
                f"{a}→{b} {n}" for (a, b), n in sorted(precision[split].items(), key=lambda x: -x[1])[:10]))
        labels = collections.Counter(r["sub_event_type"] for r in rows)
        print("  confusion (label: n, right, what else was given):")
        for label, n in labels.most_common(12):
            others = [(got, c) for (l, got), c in confusion.most_common() if l == label and got != label]
            print(f"    {label:<36} {n:>5}  right {confusion[(label, label)]:>5}  " + "; ".join(f"{g} {c}" for g, c in others[:4]))
        for k in fields:
            for r, e in wrong[k][:errors]:
                gold = {"event found": r["sub_event_type"], "event_type": r["event_type"], "sub_event_type": r["sub_event_type"],
                        "country": r["country"], "admin1": r["admin1"], "location": r["location"], "date": r["event_date"],
                        "fatalities": r["fatalities"]}[k]
                ours = {"event found": None, "event_type": e.get("event_type"), "sub_event_type": e.get("sub_event_type"),
                        "country": e.get("country"), "admin1": e.get("admin1"), "location": e.get("location"),
                        "date": e.get("event_date"), "fatalities": e.get("fatalities")}[k]
                print(f"  ✗ {k}: {gold!r} → {ours!r}: {r['notes'][:160]}")


def bbc(corpus, errors):
    records, folder_of, texts = [], {}, {}
    for folder in sorted(os.listdir(corpus)):
        path = os.path.join(corpus, folder)
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            raw = open(os.path.join(path, name), "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
            key = f"{folder}/{name}"
            folder_of[key] = folder
            records.append({"id": key, "text": text})
            texts[key] = text
    found = run(["--pipeline"], records)
    counts = collections.Counter()
    articles = collections.Counter()
    examples = []
    for key, folder in folder_of.items():
        number = int(re.sub(r"\D", "", key.split("/")[1]) or 0)
        split = "check" if number % 5 == 0 else "train"
        articles[(folder, split)] += 1
        events = found.get(key, [])
        counts[(folder, split)] += len(events)
        if folder != "politics":
            examples += [(key, e) for e in events]
    print("\nBBC events per 1,000 articles (train / check):")
    for folder in sorted({f for f, _ in articles}):
        cells = [f"{1000 * counts[(folder, s)] / max(articles[(folder, s)], 1):.1f}" for s in ("train", "check")]
        print(f"  {folder:<14} {cells[0]:>7} / {cells[1]:>7}   ({sum(counts[(folder, s)] for s in ('train', 'check'))} events, "
              f"{sum(articles[(folder, s)] for s in ('train', 'check'))} articles)")
    general = [f for f in ("business", "entertainment", "sport", "tech")]
    n = sum(articles[(f, s)] for f in general for s in ("train", "check"))
    c = sum(counts[(f, s)] for f in general for s in ("train", "check"))
    print(f"  business+entertainment+sport+tech: {1000 * c / max(n, 1):.1f} per 1,000 articles")
    for key, e in examples[:errors]:
        print(f"  ✗ {key}: {e['sub_event_type']} {e.get('kind') or ''} {e.get('confidence', '')}: {e.get('notes', '')[:150]}")


def throughput(docs):
    stdin = "".join(json.dumps({"id": d["doc_id"], "text": d["text"]}) + "\n" for d in docs)
    out = subprocess.run([BIN, "events", "--repeat", "20"], input=stdin, capture_output=True, text=True, check=True)
    print("\nthroughput (one core, release, WikiEvents texts × 20): " + out.stdout.strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=os.path.join(HERE, "..", "..", "shared", "eval", "events"))
    ap.add_argument("--errors", type=int, default=0, help="print this many mistakes of each set")
    ap.add_argument("--dump", help="write each ACLED note with ACLED's coding, ours and the checks to this JSON-lines file")
    ap.add_argument("--bbc", default=os.path.join(HERE, "..", "..", "shared", "eval", "corpus", "bbc"))
    ap.add_argument("--only", default="acled,bbc,case,wiki", help="which sets, comma-separated")
    ap.add_argument("--case-half", type=int, default=1, choices=(1, 2),
                    help="whose CASE mistakes --errors prints: half 1 is the one to read; half 2 is held out")
    ap.add_argument("--show-actors", type=int, default=0, metavar="N",
                    help="list the N commonest of our train actors that are none of ACLED's, with a note each")
    ap.add_argument("--actors-from", metavar="DUMP", help="print only the actor figures of a --dump file; runs nothing")
    ap.add_argument("--binary", help="the archive-eval to measure (default: .build/release/archive-eval)")
    args = ap.parse_args()
    if args.actors_from:
        rows = [json.loads(line) for line in open(args.actors_from, encoding="utf-8")]
        actor_figures([(r["split"], r["notes"], r["gold"], r["ours"]) for r in rows], args.show_actors)
        return
    if args.binary:
        global BIN
        BIN = args.binary
    if not os.path.exists(BIN):
        sys.exit("build first: swift build -c release --product archive-eval")
    only = set(args.only.split(","))
    if "acled" in only:
        with open(args.dump, "w", encoding="utf-8") if args.dump else open(os.devnull, "w") as dump:
            acled(args.eval, args.errors, dump if args.dump else None, args.show_actors)
    if "bbc" in only:
        bbc(args.bbc, args.errors)
    if "case" in only:
        case(args.eval, args.errors, args.case_half)
    if "wiki" in only:
        throughput(wikievents(args.eval, args.errors))


if __name__ == "__main__":
    main()
