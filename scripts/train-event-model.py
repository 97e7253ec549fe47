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

Cross-validation (`--cv K`) chooses L2, MIN_COUNT and the feature families the type model reads: the
`train` notes are cut into K folds by a second hash of their event_id (the `check` notes are never
read), a model is trained on K - 1 folds and scored on the fold it did not see, and the figure is
the share of held-out notes whose first sentence it types right (sub-event type, event type). With
`--pipeline`, the held-out fold is also read by the whole program with the fold's weights
(`ARCHIVE_EVENT_MODELS`, a folder holding both files), so the figure is what the rules and the
model give together, as scripts/eval-events.py scores it. `--grid` tries every setting below.

    swift build -c release --product archive-eval
    python3 scripts/train-event-model.py [--eval ../shared/eval] [--binary BIN] [--cache FILE]
    python3 scripts/train-event-model.py --cv 5 [--grid] [--pipeline] [--no-write]
"""
import argparse
import collections
import hashlib
import json
import os
import subprocess
import sys
import tempfile

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
# What the type model reads (families of `EventFeatures`); chosen by `--cv 5 --grid`.
TYPE_FAMILIES = ("bias", "w", "l", "r", "list", "t", "ent", "art")
# One change at a time from the chosen setting (a full product takes hours on this machine):
# L2, MIN_COUNT, the bag of words left out, the trigger's window in its place or beside it.
GRID = [{"l2": l2, "min_count": n, "families": f} for l2, n, f in (
    (3.0, 3, TYPE_FAMILIES), (1.0, 3, TYPE_FAMILIES), (10.0, 3, TYPE_FAMILIES), (3.0, 10, TYPE_FAMILIES),
    (3.0, 3, ("bias", "l", "r", "list", "t", "ent", "art")), (3.0, 3, ("bias", "win", "l", "r", "list", "t", "ent", "art")),
    (3.0, 3, TYPE_FAMILIES + ("win",)))]
NONE = "(none)"


def split_of(key):
    return "check" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0 else "train"


def fold_of(key, k):
    """A train note's fold: a hash independent of the split's, so every fold is a fair sample of `train`."""
    return int(hashlib.sha1(("fold:" + key).encode()).hexdigest(), 16) % k


def features(records):
    stdin = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    out = subprocess.run([BIN, "events", "--features", "--pipeline"], input=stdin, capture_output=True, text=True, check=True)
    return {json.loads(line)["id"]: json.loads(line)["sentences"] for line in out.stdout.splitlines() if line.strip()}


def notes(folder):
    rows = [json.loads(line) for line in open(os.path.join(folder, "events", "acled-dev.jsonl"), encoding="utf-8")]
    return [r for r in rows if split_of(r["event_id"]) == "train"]


def examples(folder, cache=None):
    """(id, features, label) of each train note's first sentence and of every BBC sentence with features."""
    if cache and os.path.exists(cache):
        return [tuple(x) for x in json.load(open(cache, encoding="utf-8"))]
    rows = notes(folder)
    found = features([{"id": r["event_id"], "text": r["notes"]} for r in rows])
    out = []
    for r in rows:
        sentences = found.get(r["event_id"], [])
        if sentences:
            out.append((r["event_id"], sentences[0]["features"], r["sub_event_type"]))
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
    for key, sentences in sorted(features(records).items()):
        for s in sentences:
            out.append((key, s["features"], NONE))
            negatives += 1
    print(f"{len(out) - negatives} event sentences, {negatives} general-news sentences", file=sys.stderr)
    if cache:
        json.dump(out, open(cache, "w", encoding="utf-8"))
    return out


def vocabulary(data, families=None, min_count=MIN_COUNT):
    counts = collections.Counter(f for _, feats, _ in data for f in set(feats))
    keep = {f for f, n in counts.items() if n >= min_count and not f.startswith(("w0:", "x:")) and (families is None or families(f))}
    return sorted(keep)


def reads(families):
    """The type model's families as a test of a feature's name (`w0`, a capitalised first word, is `w`)."""
    return lambda f: f.partition(":")[0] in families


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


def matrix(data, vocab):
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for n, (_, feats, _) in enumerate(data):
        # Counts, as the program adds a word's weights each time it reads the word.
        for f in ("w:" + f[3:] if f.startswith("w0:") else f for f in feats):
            if f in index:
                rows.append(n)
                cols.append(index[f])
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(data), len(vocab)))


def train(data, vocab, classes, l2):
    X = matrix(data, vocab)
    label = {c: i for i, c in enumerate(classes)}
    y = np.array([label[l] for _, _, l in data])
    Y = np.zeros((len(data), len(classes)))
    Y[np.arange(len(data)), y] = 1
    # Each class weighs as much as the square root of its size: rare types are not drowned.
    sizes = np.bincount(y, minlength=len(classes)).astype(float)
    sample = (np.sqrt(sizes) / np.maximum(sizes, 1))[y]
    sample *= len(data) / sample.sum()
    k, d = len(classes), len(vocab)
    bias_col = vocab.index("bias:")

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


def fit(data, settings, models=("gate", "types")):
    """The models from (id, features, label) rows: the gate over triggered sentences, event or not, and
    the type model over the notes' sentences, with the settings' L2, MIN_COUNT and families."""
    gate = [(i, f, NONE if l == NONE else "event") for i, f, l in data if triggered(f)]
    events = [(i, f, l) for i, f, l in data if l != NONE]
    sizes = collections.Counter(l for _, _, l in events)
    out = {}
    for name, rows, classes, families, l2, min_count in (
            ("gate", gate, [NONE, "event"], gate_feature, L2["gate"], MIN_COUNT),
            ("types", events, sorted(c for c, n in sizes.items() if n >= MIN_CLASS), reads(settings["families"]),
             settings["l2"], settings["min_count"])):
        if name in models:
            rows = [r for r in rows if r[2] in classes]
            vocab = vocabulary(rows, families, min_count)
            out[name] = (train(rows, vocab, classes, l2), vocab, classes)
    return out


def predict(model, rows):
    W, vocab, classes = model
    return [classes[c] for c in np.asarray((matrix(rows, vocab) @ W).argmax(axis=1)).ravel()]


def cross_validate(data, k, settings, folder=None, kinds=None, gates=None):
    """Held-out figures over the K folds of the train notes: the type model alone on the first sentence
    (sub-event type, event type) and, with `folder`, the whole program's first event (found, type, sub-type)
    with a gate also trained without the fold (kept in `gates` for the next setting)."""
    score = collections.Counter()
    by_id = {r["event_id"]: r for r in notes(folder)} if folder else {}
    for fold in range(k):
        held = [r for r in data if r[2] != NONE and fold_of(r[0], k) == fold]
        rest = [r for r in data if r[2] == NONE or fold_of(r[0], k) != fold]
        models = fit(rest, settings, ("types",))
        if folder:
            if fold not in gates:
                gates[fold] = fit(rest, settings, ("gate",))["gate"]
            models["gate"] = gates[fold]
        for (_, _, gold), got in zip(held, predict(models["types"], held)):
            score["model sub"] += got == gold
            score["model type"] += kinds.get(got) == kinds.get(gold)
        score["model n"] += len(held)
        if folder:
            rows = [r for i, r in sorted(by_id.items()) if fold_of(i, k) == fold]
            for r, e in zip(rows, first_events(models, rows)):
                score["found"] += bool(e)
                score["type"] += e.get("event_type") == r["event_type"]
                score["sub"] += e.get("sub_event_type") == r["sub_event_type"]
            score["n"] += len(rows)
    figures = {"model sub": score["model sub"] / score["model n"], "model type": score["model type"] / score["model n"]}
    if folder:
        figures.update({key: score[key] / score["n"] for key in ("found", "type", "sub")})
    return figures


def first_events(models, rows):
    """Each note's first event as the program codes it with these weights (`ARCHIVE_EVENT_MODELS`)."""
    with tempfile.TemporaryDirectory() as folder:
        for name, (W, vocab, classes) in models.items():
            write(os.path.join(folder, f"event-{name}.tsv"), W, vocab, classes)
        stdin = "".join(json.dumps({"id": r["event_id"], "text": r["notes"]}, ensure_ascii=False) + "\n" for r in rows)
        out = subprocess.run([BIN, "events", "--pipeline"], input=stdin, capture_output=True, text=True, check=True,
                             env=dict(os.environ, ARCHIVE_EVENT_MODELS=folder))
    found = {}
    for line in out.stdout.splitlines():
        if line.strip():
            x = json.loads(line)
            found[x["id"]] = x["events"][0] if x["events"] else {}
    return [found.get(r["event_id"], {}) for r in rows]


def main():
    global BIN
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=os.path.join(HERE, "..", "..", "shared", "eval"))
    ap.add_argument("--binary", help="the archive-eval that computes the features (default: .build/release/archive-eval)")
    ap.add_argument("--cache", help="keep the features in this file and read them from it when it exists")
    ap.add_argument("--cv", type=int, help="cross-validate over this many folds of the train notes")
    ap.add_argument("--grid", action="store_true", help="with --cv: every setting of GRID")
    ap.add_argument("--pipeline", action="store_true", help="with --cv: score the whole program on each held-out fold")
    ap.add_argument("--no-write", action="store_true", help="leave the weight files as they are")
    args = ap.parse_args()
    BIN = args.binary or BIN
    if not os.path.exists(BIN):
        sys.exit("build first: swift build -c release --product archive-eval")
    data = examples(args.eval, args.cache)
    chosen = {"l2": L2["types"], "min_count": MIN_COUNT, "families": TYPE_FAMILIES}
    if args.cv:
        kinds = {r["sub_event_type"]: r["event_type"] for r in notes(args.eval)}
        gates = {}
        grid = GRID if args.grid else [chosen]
        for settings in grid:
            figures = cross_validate(data, args.cv, settings, args.eval if args.pipeline else None, kinds, gates)
            print(f"l2 {settings['l2']:<5} min_count {settings['min_count']:<3} families {','.join(settings['families']):<28} "
                  + ", ".join(f"{key} {value:.4f}" for key, value in figures.items()), flush=True)
    if args.no_write:
        return
    for name, (W, vocab, classes) in fit(data, chosen).items():
        path = os.path.join(RES, f"event-{name}.tsv")
        write(path, W, vocab, classes)
        print(f"{name}: {len(vocab)} features, {len(classes)} classes → {path} ({os.path.getsize(path) // 1024} KB)", file=sys.stderr)


if __name__ == "__main__":
    main()
