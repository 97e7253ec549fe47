#!/usr/bin/env python3
"""Trains the event models (Sources/Archive/Resources/event-gate.tsv and event-types.tsv), two
multinomial logistic regressions over the program's own `EventFeatures`:

- the gate reads a sentence in which the trigger list found violence, a protest or a strategic
  development as an event or not. It weighs only evidence that holds for the language, not for
  one corpus's style: the triggers, the two words either side of the strongest one, the word lists
  the sentence touches, the kinds of names it holds and the article's topic — no bag of words.
- the type model reads an event's sentence as one of ACLED's sub-event types, from all the
  features, its lowercase words included.

What it learns from (neither is copied into the repository; only the weights are):
- events (both models): the first sentence of each ACLED note in ../shared/eval/events/acled-dev.jsonl whose
  event_id falls in the `train` part (4/5, by a hash; scripts/eval-events.py measures on the
  rest), labelled with ACLED's sub_event_type. ACLED's data is used under ACLED's terms of use.
- no event (the gate): every sentence with a trigger of the BBC news corpus (Greene & Cunningham 2006) in its business,
  entertainment, politics, sport and tech folders, files whose number does not end in 0 or 5.

Features are computed by the program itself (`archive-eval events --features --pipeline`), so
training and use see the same evidence (`EventFeatures`). Lowercase words only: a capitalised word
is a name, and a sentence's first word is kept only if the word is also seen in lowercase, so no
name is learned. Features seen fewer than MIN_COUNT times are dropped. Training is L-BFGS on
the L2-regularised log-loss from zero weights: deterministic. About a minute here.

    swift build -c release --product archive-eval
    python3 scripts/train-event-model.py [--eval ../shared/eval]
"""
import argparse
import collections
import hashlib
import json
import os
import subprocess
import sys

import numpy as np
from scipy import optimize, sparse

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "..", ".build", "release", "archive-eval")
RES = os.path.join(HERE, "..", "Sources", "Archive", "Resources")
GATE_FAMILIES = ("bias", "l", "r", "list", "t", "ent", "art")
KINDS = {"statement", "threat", "claim", "legislation", "withdrawal"}
MIN_COUNT = 3
MIN_CLASS = 8  # a sub-event type with fewer training notes is left to the rules
L2 = {"gate": 3.0, "types": 3.0}
NONE = "(none)"


def split_of(key):
    return "check" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0 else "train"


def features(records):
    stdin = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    out = subprocess.run([BIN, "events", "--features", "--pipeline"], input=stdin, capture_output=True, text=True, check=True)
    return {json.loads(line)["id"]: json.loads(line)["sentences"] for line in out.stdout.splitlines() if line.strip()}


def examples(folder):
    rows = [json.loads(line) for line in open(os.path.join(folder, "events", "acled-dev.jsonl"), encoding="utf-8")]
    rows = [r for r in rows if split_of(r["event_id"]) == "train"]
    found = features([{"id": r["event_id"], "text": r["notes"]} for r in rows])
    out = []
    for r in rows:
        sentences = found.get(r["event_id"], [])
        if sentences:
            out.append((sentences[0]["features"], r["sub_event_type"]))
    records = []
    corpus = os.path.join(folder, "corpus", "bbc")
    for topic in ("business", "entertainment", "politics", "sport", "tech"):
        for name in sorted(os.listdir(os.path.join(corpus, topic))):
            if int("".join(c for c in name if c.isdigit()) or 0) % 5 == 0:
                continue
            raw = open(os.path.join(corpus, topic, name), "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
            records.append({"id": f"{topic}/{name}", "text": text})
    negatives = 0
    for sentences in features(records).values():
        for s in sentences:
            out.append((s["features"], NONE))
            negatives += 1
    print(f"{len(out) - negatives} event sentences, {negatives} general-news sentences", file=sys.stderr)
    return out


def vocabulary(data, families=None):
    counts = collections.Counter(f for feats, _ in data for f in set(feats))
    keep = {f for f, n in counts.items() if n >= MIN_COUNT and not f.startswith(("w0:", "x:")) and (families is None or families(f))}
    return sorted(keep)


def gate_feature(f):
    """What holds for the language, not for one corpus's style: no bag of words, no reporting verbs
    (`said` is everywhere in news and nowhere in ACLED's notes), no people or organisations named,
    no lists of words that only qualify a trigger."""
    family, _, key = f.partition(":")
    if family not in GATE_FAMILIES:
        return False
    if family == "t":
        return key.startswith("w=") or (key.startswith("m=") and key[2:] not in KINDS)
    if family == "list":
        return not key.startswith("context-") and key not in ("negation", "future")
    if family == "ent":
        return key in ("place", "locative")
    return True


def triggered(feats):
    """A sentence the gate is asked about: a trigger of an ACLED sub-event type, not a reference."""
    return any(f.startswith("t:m=") and f[4:] not in KINDS for f in feats)


def train(data, vocab, classes, l2):
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for n, (feats, _) in enumerate(data):
        for f in feats:
            f = "w:" + f[3:] if f.startswith("w0:") else f
            if f in index:
                rows.append(n)
                cols.append(index[f])
                vals.append(1.0)
    X = sparse.csr_matrix((vals, (rows, cols)), shape=(len(data), len(vocab)))
    label = {c: i for i, c in enumerate(classes)}
    y = np.array([label[l] for _, l in data])
    Y = np.zeros((len(data), len(classes)))
    Y[np.arange(len(data)), y] = 1
    # Each class weighs as much as the square root of its size: rare types are not drowned.
    sizes = np.bincount(y, minlength=len(classes)).astype(float)
    sample = (np.sqrt(sizes) / sizes)[y]
    sample *= len(data) / sample.sum()
    k, d = len(classes), len(vocab)
    bias_col = index["bias:"]

    def loss(w):
        W = w.reshape(d, k)
        Z = X @ W
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        ll = -(sample * np.log(P[np.arange(len(y)), y] + 1e-12)).sum()
        G = X.T @ ((P - Y) * sample[:, None])
        reg = W.copy()
        reg[bias_col] = 0
        return ll + 0.5 * l2 * (reg ** 2).sum(), (G + l2 * reg).ravel()

    result = optimize.minimize(loss, np.zeros(d * k), jac=True, method="L-BFGS-B", options={"maxiter": 400})
    print(f"training loss {result.fun:.1f} after {result.nit} iterations", file=sys.stderr)
    return result.x.reshape(d, k)


def write(path, W, vocab, classes):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Written by scripts/train-event-model.py; do not edit. Multinomial logistic regression over\n")
        f.write("# EventFeatures; a row is a feature and its non-zero weights as class:weight.\n")
        f.write("classes\t" + "\t".join(classes) + "\n")
        for i, name in enumerate(vocab):
            cells = [f"{c}:{W[i, c]:.3f}" for c in range(len(classes)) if abs(W[i, c]) >= 0.005]
            if cells:
                f.write(f"{name}\t{' '.join(cells)}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=os.path.join(HERE, "..", "..", "shared", "eval"))
    args = ap.parse_args()
    if not os.path.exists(BIN):
        sys.exit("build first: swift build -c release --product archive-eval")
    data = examples(args.eval)
    gate = [(f, NONE if l == NONE else "event") for f, l in data if triggered(f)]
    print(f"gate: {sum(l != NONE for _, l in gate)} events, {sum(l == NONE for _, l in gate)} not", file=sys.stderr)
    events = [(f, l) for f, l in data if l != NONE]
    sizes = collections.Counter(l for _, l in events)
    for name, rows, classes, families in (
            ("gate", gate, [NONE, "event"], gate_feature),
            ("types", events, sorted(c for c, n in sizes.items() if n >= MIN_CLASS), None)):
        rows = [(f, l) for f, l in rows if l in classes]
        vocab = vocabulary(rows, families)
        W = train(rows, vocab, classes, L2[name])
        path = os.path.join(RES, f"event-{name}.tsv")
        write(path, W, vocab, classes)
        print(f"{name}: {len(vocab)} features, {len(classes)} classes → {path} ({os.path.getsize(path) // 1024} KB)", file=sys.stderr)


if __name__ == "__main__":
    main()
