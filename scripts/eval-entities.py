#!/usr/bin/env python3
"""Scores EntityExtractor on a CoNLL-2003 file: exact-span precision, recall and F1 for PER, ORG
and LOC (MISC is not scored), per type and micro-averaged over the three.

Each document (closed by a -DOCSTART- line) is rebuilt as text — tokens joined by a space,
sentences by a newline — and sent to `archive-eval entities` as JSON Lines; mention offsets
(Unicode scalars) are compared with the gold spans. Nothing of the CoNLL file goes into the program.

    swift build -c release --product archive-eval
    python3 scripts/eval-entities.py /work/shared/eval/conll2003/eng.testa [--errors 40]

Generalisation: `--tenth` scores every tenth document only (those `train-entity-tagger.py
--holdout` leaves out), `--model FILE` runs the tagger whose blob `--holdout-model FILE` wrote, and
`--without NAMES` switches rule families of the layer off (`archive-eval entities --rules` lists them).
"""
import argparse
import collections
import json
import os
import subprocess
import sys

TYPES = {"person": "PER", "org": "ORG", "place": "LOC"}


import conll  # noqa: E402  (scripts/conll.py)
from conll import documents  # noqa: E402


def rebuild(doc):
    """Text and gold PER, ORG and LOC spans (start, end, type) in code points."""
    text, gold = conll.rebuild(doc)
    return text, {g for g in gold if g[2] in ("PER", "ORG", "LOC")}


def count_kinds(gold, predicted, kinds):
    """Each wrong span once: `type` (right span, wrong type: gold->predicted), `span` (overlaps a
    gold name but not exactly; by the predicted type), `spurious` (overlaps none), `missed` (a gold
    name no prediction overlaps)."""
    def overlaps(a, b): return a[0] < b[1] and b[0] < a[1]
    for p in predicted - gold:
        same = [g for g in gold if g[:2] == p[:2]]
        if same: kinds[("type", f"{same[0][2]}->{p[2]}")] += 1
        elif any(overlaps(p, g) for g in gold): kinds[("span", p[2])] += 1
        else: kinds[("spurious", p[2])] += 1
    for g in gold - predicted:
        if not any(overlaps(p, g) for p in predicted): kinds[("missed", g[2])] += 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("conll")
    ap.add_argument("--binary", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "archive-eval"))
    ap.add_argument("--errors", type=int, default=0, help="print this many false positives and negatives")
    ap.add_argument("--tenth", action="store_true", help="score only every tenth document (the 10%% --holdout leaves out)")
    ap.add_argument("--model", help="tagger weights from train-entity-tagger.py --holdout-model")
    ap.add_argument("--folds", type=int, help="cross-validation: score every document of the file, the i-th with the "
                    "model DIR/fold-(i %% N).bin that train-entity-tagger.py --folds N left it out of")
    ap.add_argument("--fold-models", help="with --folds: the folder of the blobs")
    ap.add_argument("--kinds", action="store_true", help="count the errors by kind: a wrong type on the right span, "
                    "a span cut or overrun (overlapping a gold name), a name found where none is, a name missed")
    ap.add_argument("--without", help="rule families to switch off, comma-separated")
    args = ap.parse_args()
    docs = [rebuild(d) for d in documents(args.conll)]
    chosen = [i for i in range(len(docs)) if not args.tenth or i % 10 == 9]
    runs = [(chosen, args.model)]
    if args.folds:
        runs = [([i for i in chosen if i % args.folds == k], os.path.join(args.fold_models, f"fold-{k}.bin"))
                for k in range(args.folds)]
    out = []
    for ids, model in runs:
        payload = "".join(json.dumps({"id": i, "text": docs[i][0]}) + "\n" for i in ids)
        command = [args.binary, "entities"]
        if model: command += ["--model", model]
        if args.without: command += ["--without", args.without]
        run = subprocess.run(command, input=payload.encode(), capture_output=True, check=True)
        sys.stderr.write(run.stderr.decode())
        out += run.stdout.decode().splitlines()
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    errors = []
    kinds = collections.Counter()
    for line in out:
        record = json.loads(line)
        text, gold = docs[record["id"]]
        predicted = {(m["start"], m["end"], TYPES[m["type"]]) for m in record["mentions"]}
        if args.kinds: count_kinds(gold, predicted, kinds)
        for p in predicted:
            if p in gold: tp[p[2]] += 1
            else: fp[p[2]] += 1; errors.append(("FP", p[2], text[p[0]:p[1]], text[max(0, p[0] - 40):p[1] + 30]))
        for g in gold - predicted:
            fn[g[2]] += 1; errors.append(("FN", g[2], text[g[0]:g[1]], text[max(0, g[0] - 40):g[1] + 30]))

    def prf(a, b, c):
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    print(f"{'type':5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for kind in ("PER", "ORG", "LOC"):
        p, r, f = prf(tp[kind], fp[kind], fn[kind])
        print(f"{kind:5} {p:6.3f} {r:6.3f} {f:6.3f} {tp[kind] + fn[kind]:6d}")
    p, r, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f"{'micro':5} {p:6.3f} {r:6.3f} {f:6.3f} {sum(tp.values()) + sum(fn.values()):6d}")
    if args.kinds:
        for (kind, label), n in sorted(kinds.items(), key=lambda x: -x[1]):
            print(f"{kind:12} {label:10} {n:6d}")
    if args.errors:
        import random
        random.Random(0).shuffle(errors)
        for e in errors[: args.errors]:
            print(*e[:3], "|", e[3].replace("\n", " / "), sep="\t")


if __name__ == "__main__":
    main()
