#!/usr/bin/env python3
"""Events per 1,000 documents on Reuters news of August 1996 that the event rules never learned from.

The documents are those of the CoNLL-2003 English files in ../shared/eval/conll2003: `eng.train`
(946 documents) and `eng.testa` (216). One token a line; a `-DOCSTART-` line closes a document; a
document's first sentence is its headline. Each document's text is rebuilt (the headline, a blank
line, then one sentence a paragraph, detokenised simply: no space before `, . ; : ) '`, `'s`, `n't`,
none after `(`) and read as `archive ingest` reads a text file (`archive-eval events --pipeline`).
Every document is given the publication date **1996-08-22** (eng.train is Reuters of late August
1996; the date of each story's own dateline differs from it by days at most).

Documents are sorted by their headline (the first rule that matches decides):
- **sport**: the headline opens with the name of a sport and a dash, as Reuters' sports desk wrote them
  (`SOCCER - …`, `CRICKET - …`, `RUGBY UNION - …`, `RTRS - Golf : …`);
- **markets and business**: the headline names a desk of the markets wire (`STOCKS`, `PRESS DIGEST`,
  `RESEARCH ALERT`, `OPTIONS`, `BALANCE`, `AFTER THE BELL`, …) or a word of money or trade
  (`pct`, `profit`, `shares`, `bonds`, `prices`, `dollar`, `Q2`, `$`, …): see BUSINESS below;
- **other**: the rest (politics, world news, crime, disasters, people): real events of 1996 are here.
A press digest lists a country's papers' headlines (politics among them); it is counted as markets
because Reuters filed it on the business wire, as the task that asked for this script said.

The split: eng.train documents of even index (0, 2, …) are the tuning half, which may be read; those
of odd index and all of eng.testa are held out (counted, never listed).

    python3 scripts/reuters-news.py [--binary COPY] [--list [--category sport|markets|other]] [--dump FILE]
"""
import argparse
import collections
import json
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "..", ".build", "release", "archive-eval")
CONLL = os.path.join(HERE, "..", "..", "shared", "eval", "conll2003")
PUBLISHED = "1996-08-22"

SPORTS = ("SOCCER|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|RUGBY UNION|RUGBY LEAGUE|RUGBY|ATHLETICS|"
          "MOTOR RACING|HORSE RACING|RALLYING|CYCLING|ICE HOCKEY|HOCKEY|BADMINTON|SWIMMING|MOTOCROSS|"
          "MOTORCYCLING|BOXING|AUSTRALIAN RULES|SQUASH|YACHTING|SAILING|ROWING|FENCING|JUDO|WRESTLING|"
          "NFL|NHL|NBA|AMERICAN FOOTBALL|FOOTBALL|SKIING|TABLE TENNIS|VOLLEYBALL|HANDBALL|GYMNASTICS|"
          "TRIATHLON|EQUESTRIANISM|SNOOKER|DARTS|MOTORSPORT|POLO|CHESS|OLYMPICS|SPORT|SPORTS")
SPORT = re.compile(rf"^(?:RTRS\s*-\s*)?(?:{SPORTS})\s*(?:-|:)", re.I)
# Desks of the markets wire, and words of money or trade in a headline.
DESKS = re.compile(r"\b(STOCKS?|PRESS DIGEST|RESEARCH ALERT|OPTIONS|BALANCE|AFTER THE BELL|FOREX|MONEY MARKETS?|"
                   r"BONDS?|FUTURES|METALS|GRAINS|SOFTS|OFFICIAL JOURNAL|FEATURE - ECONOMY)\b")
BUSINESS = re.compile(
    r"(\$|\b(pct|percent|profits?|net|revenues?|sales|earnings|results?|dividends?|div|EPS|Q[1-4]|H[12]|"
    r"shares?|stocks?|bourse|index|indices|Dow|Nikkei|bonds?|notes|yields?|rates?|prices?|markets?|trade|trading|"
    r"traders?|dollar|yen|mark|marks|peso|rupiah|won(?!')|riyal|rand|markka|currency|currencies|forex|debt|loans?|"
    r"credit|(?<!West )bank|banks|inflation|GDP|deficit|surplus|exports?|imports?|budget|tax|taxes|tariffs?|economy|"
    r"economic|output|stake|bids?|acquire|acquisition|merger|takeover|buyout|IPO|contract|"
    r"firm|company|Inc|Corp|Ltd|Plc|AG|NV|SA|crude|oil|gas|gold|copper|wheat|corn|rice|soybeans?|"
    r"cattle|hogs?|coffee|cocoa|sugar|cotton|tanker|freight|shipping|shipsales|fixtures|cargo|"
    r"forecast|outlook|quarter|fiscal|insurer|insurance|brokers?|analysts?|Moody|S&P|rating|rated|"
    r"refiner|refinery|airline|carrier|retailer|sets|issue|priced|steady|firmer|weaker|higher|lower|"
    r"rises?|falls?|gains?|slips?|climbs?|drops?|eases?)\b)", re.I)

CLOSE = {",", ".", ";", ":", ")", "'", "'s", "n't", "?", "!", "%"}


def documents(path):
    doc, sentence = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            if sentence:
                doc.append(sentence)
                sentence = []
            if doc:
                yield doc
            doc = []
        elif not line.strip():
            if sentence:
                doc.append(sentence)
                sentence = []
        else:
            sentence.append(line.split(" ")[0])
    if sentence:
        doc.append(sentence)
    if doc:
        yield doc


def detokenise(tokens):
    out = ""
    for token in tokens:
        if out and token not in CLOSE and not out.endswith("("):
            out += " "
        out += token
    return out


def category(headline):
    if SPORT.match(headline):
        return "sport"
    if DESKS.search(headline) or BUSINESS.search(headline):
        return "markets"
    return "other"


def load():
    docs = []
    for name in ("eng.train", "eng.testa"):
        for index, doc in enumerate(documents(os.path.join(CONLL, name))):
            headline = detokenise(doc[0])
            half = "tune" if name == "eng.train" and index % 2 == 0 else "held"
            text = headline + "\n\n" + "\n\n".join(detokenise(s) for s in doc[1:]) + "\n"
            docs.append({"id": f"{name}:{index}", "half": half, "category": category(headline),
                         "headline": headline, "text": text})
    return docs


def run(binary, docs):
    stdin = "".join(json.dumps({"id": d["id"], "text": d["text"], "published": PUBLISHED}) + "\n" for d in docs)
    out = subprocess.run([binary, "events", "--pipeline"], input=stdin, capture_output=True, text=True, check=True)
    return {json.loads(line)["id"]: json.loads(line)["events"] for line in out.stdout.splitlines() if line.strip()}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=BIN)
    ap.add_argument("--list", action="store_true", help="print every event of the tuning half with its sentence")
    ap.add_argument("--category", choices=["sport", "markets", "other"], help="which category --list prints")
    ap.add_argument("--heads", action="store_true", help="print the tuning half's headlines by category, and stop")
    ap.add_argument("--dump", help="write the tuning half's events, one JSON line a document, to FILE")
    args = ap.parse_args()

    docs = load()
    if args.heads:
        for d in docs:
            if d["half"] == "tune":
                print(f"{d['category']:<8} {d['id']:<14} {d['headline']}")
        return
    found = run(args.binary, docs)
    articles, events = collections.Counter(), collections.Counter()
    for d in docs:
        n = len(found.get(d["id"], []))
        for key in ((d["category"], d["half"]), ("all", d["half"])):
            articles[key] += 1
            events[key] += n

    def cell(key):
        return f"{1000 * events[key] / articles[key]:7.1f} ({events[key]:>3}/{articles[key]:>4})" if articles[key] else ""

    print(f"events per 1,000 documents (events/documents); {len(docs)} documents, published {PUBLISHED}")
    print(f"  {'category':<10} {'tune (train even)':>19} {'held out':>19}")
    for name in ("sport", "markets", "other", "all"):
        print(f"  {name:<10} {cell((name, 'tune'))} {cell((name, 'held'))}")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for d in docs:
                if d["half"] == "tune":
                    f.write(json.dumps({"id": d["id"], "category": d["category"], "headline": d["headline"],
                                        "events": found.get(d["id"], [])}, ensure_ascii=False) + "\n")
    if args.list:
        for d in docs:
            if d["half"] != "tune" or (args.category and d["category"] != args.category):
                continue
            for e in found.get(d["id"], []):
                print(f"\n[{d['category']}] {d['id']} {d['headline'][:90]}")
                print(f"  {e['event_type']} / {e['sub_event_type']} {e.get('kind') or ''} {e.get('confidence', '')}"
                      f" {e.get('country') or ''} | {e.get('actor1') or ''} | {e.get('actor2') or ''}")
                print(f"  {e.get('notes', '')[:400]}")


if __name__ == "__main__":
    main()
