#!/usr/bin/env python3
"""Trains the entity tagger (Sources/Archive/Extract/EntityTagger.swift): an averaged
perceptron over hashed features with first-order Viterbi decoding over BIO tags (PER, ORG, LOC
and MISC; MISC is learned so that its words are not taken for the others, and dropped after).

Learns from CoNLL-2003 English eng.train (Reuters RCV1 news; research use under the CoNLL-2003
shared task / Reuters corpus agreement), prints the eng.testa F1 after each epoch (the default
of 9 epochs was chosen on it), and writes the weights as a C file
(Sources/CEntityModel/entity_model.c) and the tags of TEST_TEXTS as a test fixture.
Deterministic: fixed seed and order (a second run writes a byte-identical C file). The C file also
records a digest of the lines each list was read from (`archive_entity_model_inputs`), which
EntityModelInputsTests compares with the resources shipped: change a list the features read, and
the test fails until the weights are retrained.

Each document is rebuilt as the evaluation rebuilds it (tokens joined by a space, sentences by a
newline) and tokenized by a port of EntityTokenizer, so the tokens are the ones the Swift side
sees. Features are FNV-1a hashes over UTF-8 bytes, mixed with a template number into a table of
2^BITS rows of 9 int8 weights (times STEP); the Swift side computes the same numbers (EntityTaggerTests
checks the tags of both on sentences of its own).

    python3 scripts/train-entity-tagger.py [--conll DIR] [--epochs N] [--holdout]
    python3 scripts/train-entity-tagger.py --folds 5 --fold-models /tmp/folds   # cross-validation models
    python3 scripts/train-entity-tagger.py --tag "Some text ."   # tags with the last trained model
                                                                  # (.build/entity-model.npz)
"""
import argparse
import os
import random
import struct
import sys
import time

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
RES = os.path.join(ROOT, "Sources", "Archive", "Resources")
OUT_C = os.path.join(ROOT, "Sources", "CEntityModel", "entity_model.c")
BITS = 18
ROWS = 1 << BITS
TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
NT = len(TAGS)
M64 = (1 << 64) - 1
FNV0 = 0xcbf29ce484222325
FNVP = 0x100000001b3

# ---------------------------------------------------------------- tokenizer (EntityTokenizer port)
ABBREV = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "st", "sen", "rep", "gov", "prof", "jr", "sr", "no", "sgt",
          "capt", "maj", "mt", "ft", "inc", "corp", "co", "vs", "v", "rev", "adm", "brig", "cmdr", "gens"}
APOS = {0x27, 0x2018, 0x2019, 0x02BB, 0x02BC, 0x02BE, 0x02BF, 0x0060, 0x00B4}
OPENERS = {0x201C, 0x22, 0x2018, 0x27, 0x3A, 0x2022, 0x2013, 0x2014, 0x2A, 0x23}


def is_word_char(c):
    o = ord(c)
    if o < 0x80:
        return c.isalnum()
    return c.isalpha() or c.isnumeric()


def is_upper(c):
    return ("A" <= c <= "Z") if ord(c) < 0x80 else c.isupper()


def is_lower(c):
    return ("a" <= c <= "z") if ord(c) < 0x80 else c.islower()


class Tok:
    __slots__ = ("start", "end", "text", "lower", "word", "sent", "initial", "cap", "allcaps", "letters", "tag")


def tokenize(s):
    out = []
    i, sent, brk = 0, 0, False
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\n":
            brk = True; i += 1; continue
        if c in " \t\r" or (ord(c) >= 0x80 and c.isspace()):
            i += 1; continue
        if brk and out:
            sent += 1
        brk = False
        start = i
        t = Tok()
        if is_word_char(c):
            i += 1
            while i < n:
                if is_word_char(s[i]):
                    i += 1; continue
                joins = s[i] == "-" or ord(s[i]) in APOS
                if joins and i + 1 < n and is_word_char(s[i + 1]):
                    i += 2; continue
                if s[i] == "." and (i - start == 1 or (i >= 2 and s[i - 2] == ".")) and is_upper(s[i - 1]):
                    i += 1; continue
                break
            end = i
            if end - start > 2 and s[end - 1] in "sS" and ord(s[end - 2]) in APOS:
                end -= 2; i = end
            t.word = True
        else:
            i += 1
            end = i
            t.word = False
        t.start, t.end, t.text, t.sent = start, end, s[start:end], sent
        up = sum(1 for ch in t.text if is_upper(ch))
        lo = sum(1 for ch in t.text if is_lower(ch))
        t.lower = t.text.lower() if t.word and up else t.text
        if t.word and up and all(ord(ch) < 0x80 for ch in t.text):
            t.lower = "".join(chr(ord(ch) + 32) if "A" <= ch <= "Z" else ch for ch in t.text)
        t.cap = t.word and is_upper(t.text[0])
        # `al-Mayadeen`, `el-Sisi`: the article is lowercase, the name is not.
        if t.word and not t.cap and end - start > 3 and s[start] in "ae" and s[start + 1] == "l" and s[start + 2] == "-" \
                and is_upper(s[start + 3]):
            t.cap = True
        t.allcaps = t.word and up >= 2 and lo == 0
        t.letters = up + lo
        t.initial = False
        out.append(t)
        if not t.word and c in ".!?…":
            prev = out[-2] if len(out) >= 2 else None
            if not (prev is not None and prev.word and prev.end == start and prev.lower in ABBREV):
                brk = True
    last = -1
    for k, t in enumerate(out):
        if t.word:
            opener = k > 0 and not out[k - 1].word and len(out[k - 1].text) == 1 and ord(out[k - 1].text) in OPENERS
            t.initial = last != t.sent or opener
            last = t.sent
    return out


def sentences(toks):
    out, cur = [], []
    for t in toks:
        if cur and t.sent != cur[0].sent:
            out.append(cur); cur = []
        cur.append(t)
    if cur: out.append(cur)
    return out


# ---------------------------------------------------------------- word lists
LIST_BITS = ["titles", "orgheads", "orgcues", "placeheads", "placecues", "places-suffix", "sportverbs", "positions",
             "demonyms", "stop", "events", "firstnames", "particles", "connectors", "modifiers", "common"]
PARTICLES = ["al", "el", "bin", "ibn", "bint", "de", "da", "del", "della", "di", "van", "von",
             "der", "den", "du", "le", "la", "dos", "das", "ben", "y", "ul", "ad", "as", "ar"]
CONNECTORS = ["of", "for", "&", "on"]


def fnv(b, h=FNV0):
    for x in b:
        h = ((h ^ x) * FNVP) & M64
    return h


# The resources the features read, and for entity-words.txt the sections read: a digest of the lines
# read from each is written into the C file, and EntityModelInputsTests recomputes it from the
# resources the binary carries, so weights trained on other lists cannot go unnoticed.
INPUTS = ["entity-words.txt", "firstnames.txt", "places.tsv", "outlets.tsv"]
READ_SECTIONS = LIST_BITS + ["orgs", "regions"]


def read_lines(name):
    """The lines of a resource that the lists are made of: no blank or comment line, and in
    entity-words.txt only the sections READ_SECTIONS names (each under its `[section]` line)."""
    out, section = [], ""
    for line in open(os.path.join(RES, name), encoding="utf-8").read().split("\n"):
        if not line or line.startswith("#"): continue
        if name == "entity-words.txt":
            if line.startswith("["): section = line[1:-1]
            if section not in READ_SECTIONS: continue
        out.append(line)
    return out


def input_digests():
    """FNV-1a (64 bits) of each input's lines read, joined by newlines: [(name, digest)]."""
    return [(name, fnv("\n".join(read_lines(name)).encode())) for name in INPUTS]


def load_lists():
    masks = {}

    def add(word, name):
        masks[word] = masks.get(word, 0) | (1 << LIST_BITS.index(name))

    places, orgs = set(), set()
    section = ""
    for line in read_lines("entity-words.txt"):
        if line.startswith("["): section = line[1:-1]; continue
        if section == "orgs":
            canon, _, rest = line.partition("=")
            for name in [canon] + [x for x in rest.split("|") if x]:
                orgs.add(name)
            continue
        if section == "regions":
            places.update(x for x in line.split("|") if x)
            continue
        for w in line.split(" "):
            if w: add(w, section)
    for line in read_lines("firstnames.txt"): add(line, "firstnames")
    for w in PARTICLES: add(w, "particles")
    for w in CONNECTORS: add(w, "connectors")
    for line in read_lines("places.tsv"):
        f = line.split("\t")
        if len(f) == 3: places.update(x for x in f[2].split("|") if x)
    for line in read_lines("outlets.tsv"):
        f = line.split("\t")
        if len(f) >= 2:
            name = f[1].split(" (")[0]
            orgs.add(name)

    def keys(names):
        out = set()
        for name in names:
            toks = [t for t in tokenize(name)]
            if not toks or len(toks) > 4 or not toks[0].word: continue
            out.add(fnv(" ".join(t.lower for t in toks).encode()))
        return out

    return masks, keys(places), keys(orgs)


# ---------------------------------------------------------------- features
def mix(template, value):
    h = (value ^ ((template * 0x9E3779B97F4A7C15) & M64)) & M64
    h = (h * 0xFF51AFD7ED558CCD) & M64
    h ^= h >> 33
    return h & (ROWS - 1)


def comb(a, b):
    return ((a * FNVP) & M64) ^ b


def shape(text):
    out, last = [], None
    for ch in text:
        if is_upper(ch): k = 0x58  # X
        elif is_lower(ch): k = 0x78  # x
        elif "0" <= ch <= "9": k = 0x64  # d
        elif ord(ch) < 0x80: k = ord(ch)
        else: k = 0x3F  # ?
        if k != last: out.append(k)
        last = k
    return bytes(out)


BOS, EOS = 1, 2


class Feat:
    """Per-token hashed feature rows for one document (list of sentences of Tok)."""

    def __init__(self, masks, placekeys, orgkeys):
        self.masks, self.placekeys, self.orgkeys = masks, placekeys, orgkeys

    def document(self, sents):
        # Document level: words written capitalised inside a sentence, and written in lowercase.
        capmid, lowseen = set(), set()
        info = []
        for s in sents:
            words = [t for t in s if t.word]
            lettered = [t for t in words if t.letters >= 2]
            caps = sum(1 for t in lettered if t.allcaps)
            capsline = caps >= 1 and caps * 10 >= len(lettered) * 7
            long_ = [t for t in words if t.end - t.start > 3]
            titleline = len(long_) >= 4 and all(t.cap for t in long_)
            info.append((capsline, titleline))
            for t in words:
                h = fnv(t.lower.encode())
                if t.cap and not t.initial and not capsline and not titleline: capmid.add(h)
                elif is_lower(t.text[0]): lowseen.add(h)
        rows = []
        for s, (capsline, titleline) in zip(sents, info):
            rows.append(self.sentence(s, capsline, titleline, capmid, lowseen))
        return rows

    def sentence(self, s, capsline, titleline, capmid, lowseen):
        n = len(s)
        lw = [t.lower.encode() for t in s]
        hw = [fnv(b) for b in lw]
        hs = [fnv(shape(t.text)) for t in s]
        lists = [self.masks.get(t.lower, 0) for t in s]
        gp = [0] * n
        go = [0] * n
        for k in range(n):
            if not (s[k].cap or s[k].allcaps): continue
            h = FNV0
            for j in range(k, min(n, k + 4)):
                if j > k: h = fnv(b" ", h)
                h = fnv(lw[j], h)
                if h in self.placekeys: self._mark(gp, k, j)
                if h in self.orgkeys: self._mark(go, k, j)

        def W(i): return hw[i] if 0 <= i < n else (BOS if i < 0 else EOS)
        def S(i): return hs[i] if 0 <= i < n else (BOS if i < 0 else EOS)
        def L(i): return lists[i] if 0 <= i < n else 0
        out = []
        for i in range(n):
            t = s[i]
            f = [mix(0, 0), mix(1, hw[i]), mix(2, W(i - 1)), mix(3, W(i + 1)), mix(4, W(i - 2)), mix(5, W(i + 2)),
                 mix(6, hs[i]), mix(7, S(i - 1)), mix(8, S(i + 1)), mix(9, S(i - 2)), mix(10, S(i + 2)),
                 mix(11, comb(W(i - 1), hw[i])), mix(12, comb(hw[i], W(i + 1))),
                 mix(13, comb(S(i - 1), hs[i])), mix(14, comb(hs[i], S(i + 1))),
                 mix(15, comb(comb(S(i - 1), hs[i]), S(i + 1)))]
            b = lw[i]
            for k in range(1, 5):
                if len(b) >= k:
                    f.append(mix(15 + k, fnv(b[:k])))
                    f.append(mix(19 + k, fnv(b[-k:])))
            f.append(mix(24, fnv(t.text.encode())))
            flags = (1 if t.initial else 0) | (2 if capsline else 0) | (4 if titleline else 0)
            f.append(mix(25, comb(flags, hs[i])))
            if flags: f.append(mix(26, comb(flags, hw[i])))
            for (tpl, m) in ((29, L(i)), (30, L(i - 1)), (31, L(i + 1))):
                bit = 0
                while m:
                    if m & 1: f.append(mix(tpl, bit))
                    m >>= 1; bit += 1
            if gp[i]: f.append(mix(32, gp[i]))
            if go[i]: f.append(mix(33, go[i]))
            if t.word and (t.cap or t.allcaps):
                d = (1 if hw[i] in capmid else 0) | (2 if hw[i] in lowseen else 0)
                f.append(mix(34, comb(d, flags)))
                f.append(mix(35, comb(d, hs[i])))
            f.append(mix(36, comb(W(i - 1), hs[i])))
            f.append(mix(37, comb(hs[i], W(i + 1))))
            out.append(f)
        return out

    @staticmethod
    def _mark(g, k, j):
        if j == k:
            if not g[k]: g[k] = 3
            return
        g[k] = 1
        for m in range(k + 1, j + 1): g[m] = 2


# ---------------------------------------------------------------- data
from conll import documents as conll_documents, rebuild  # noqa: E402  (scripts/conll.py)


def labelled(path, feat):
    """[(features per sentence: int32 array (n, F) padded with ROWS, gold tag ids, tokens)] per doc."""
    docs = []
    for doc in conll_documents(path):
        text, gold = rebuild(doc)
        toks = tokenize(text)
        tags = [0] * len(toks)
        spans = sorted(gold)
        si, last = 0, None
        for idx, t in enumerate(toks):
            while si < len(spans) and spans[si][1] <= t.start: si += 1
            if si < len(spans) and spans[si][0] <= t.start and t.end <= spans[si][1]:
                g = spans[si]
                inside = last == g and toks[idx - 1].sent == t.sent
                tags[idx] = TAGS.index(("I-" if inside else "B-") + g[2])
                last = g
            else:
                last = None
        for t, y in zip(toks, tags): t.tag = y
        sents = sentences(toks)
        rows = feat.document(sents)
        docs.append((text, gold, [(pad(r), np.array([t.tag for t in s], dtype=np.int64), s) for r, s in zip(rows, sents)]))
    return docs


def pad(rows):
    width = max(len(r) for r in rows)
    a = np.full((len(rows), width), ROWS, dtype=np.int64)
    for i, r in enumerate(rows): a[i, :len(r)] = r
    return a


# ---------------------------------------------------------------- model
ALLOWED = np.zeros((NT + 1, NT), dtype=bool)  # row NT: the start
for p in range(NT + 1):
    for y in range(NT):
        if TAGS[y].startswith("I-"):
            ALLOWED[p, y] = p < NT and TAGS[p] != "O" and TAGS[p][2:] == TAGS[y][2:]
        else:
            ALLOWED[p, y] = True
NEG = -1e18


def viterbi(E, T):
    """E: (n, NT) emissions; T: (NT + 1, NT) transitions (row NT from the start)."""
    n = E.shape[0]
    Tm = np.where(ALLOWED, T, NEG)
    score = Tm[NT] + E[0]
    back = np.zeros((n, NT), dtype=np.int64)
    for i in range(1, n):
        cand = score[:, None] + Tm[:NT]
        back[i] = cand.argmax(0)
        score = cand.max(0) + E[i]
    y = [int(score.argmax())]
    for i in range(n - 1, 0, -1): y.append(int(back[i, y[-1]]))
    return y[::-1]


class Perceptron:
    def __init__(self):
        self.W = np.zeros((ROWS + 1, NT), dtype=np.float64)
        self.U = np.zeros_like(self.W)
        self.T = np.zeros((NT + 1, NT))
        self.UT = np.zeros_like(self.T)
        self.c = 1

    def emissions(self, F, W=None):
        return (self.W if W is None else W)[F].sum(1)

    def update(self, F, gold, pred):
        c = self.c
        for i in range(len(gold)):
            g, p = gold[i], pred[i]
            pg = gold[i - 1] if i else NT
            pp = pred[i - 1] if i else NT
            if g != p:
                np.add.at(self.W, (F[i], g), 1); np.add.at(self.U, (F[i], g), c)
                np.add.at(self.W, (F[i], p), -1); np.add.at(self.U, (F[i], p), -c)
            if g != p or pg != pp:
                self.T[pg, g] += 1; self.UT[pg, g] += c
                self.T[pp, p] -= 1; self.UT[pp, p] -= c
        self.W[ROWS] = 0; self.U[ROWS] = 0

    def averaged(self):
        W = self.W - self.U / self.c
        T = self.T - self.UT / self.c
        W[ROWS] = 0
        return W, T


# Weights are stored as int8 levels times STEP (127 levels of 258 span int16's range): a row is 9
# bytes, so the table the tagger reads stays in cache; transitions keep int16 on the same scale.
STEP = 258


def quantise(W, T):
    m = max(np.abs(W).max(), np.abs(T).max())
    Wq = np.clip(np.round(W * 127.0 / m), -127, 127).astype(np.int64) * STEP
    Tq = np.clip(np.round(T * 127.0 * STEP / m), -32767, 32767).astype(np.int64)
    Wq[ROWS] = 0
    return Wq, Tq


def decode(F, Wq, Tq):
    return viterbi(Wq[F].sum(1).astype(np.int64), Tq.astype(np.int64) if False else Tq)


def spans_of(tags, sent):
    out, cur = [], None
    for t, y in zip(sent, tags):
        name = TAGS[y]
        if name == "O" or name.startswith("B-"):
            if cur: out.append(tuple(cur)); cur = None
            if name.startswith("B-"): cur = [t.start, t.end, name[2:]]
        elif cur is None:
            cur = [t.start, t.end, name[2:]]
        else:
            cur[1] = t.end
    if cur: out.append(tuple(cur))
    return out


def score(docs, Wq, Tq):
    tp = fp = fn = 0
    per = {k: [0, 0, 0] for k in ("PER", "ORG", "LOC")}
    for text, gold, sents in docs:
        pred = set()
        for F, _, s in sents:
            pred.update(x for x in spans_of(decode(F, Wq, Tq), s) if x[2] != "MISC")
        g = {x for x in gold if x[2] != "MISC"}
        for x in pred:
            if x in g: per[x[2]][0] += 1
            else: per[x[2]][1] += 1
        for x in g - pred: per[x[2]][2] += 1
    def f1(a, b, c):
        p = a / max(1, a + b); r = a / max(1, a + c)
        return 2 * p * r / max(1e-9, p + r)
    tp = sum(v[0] for v in per.values()); fp = sum(v[1] for v in per.values()); fn = sum(v[2] for v in per.values())
    return f1(tp, fp, fn), {k: round(f1(*v), 3) for k, v in per.items()}


def train(docs, epochs, dev=None, log=""):
    model = Perceptron()
    order = [s for d in docs for s in d[2]]
    rng = random.Random(15)
    best = None
    for e in range(epochs):
        rng.shuffle(order)
        errors = 0
        t0 = time.time()
        for F, gold, _ in order:
            E = model.emissions(F)
            pred = viterbi(E, model.T)
            if pred != list(gold):
                errors += 1
                model.update(F, gold, pred)
            model.c += 1
        line = f"{log}epoch {e + 1}: {errors} sentences wrong, {time.time() - t0:.0f} s"
        if dev is not None:
            Wq, Tq = quantise(*model.averaged())
            f, per = score(dev, Wq, Tq)
            line += f"; dev F1 {f:.4f} {per}"
        print(line, flush=True)
    return model


def blob_of(Wq, Tq, placekeys, orgkeys):
    rows = (Wq[:ROWS] // STEP).astype(np.int8)
    nonzero = np.nonzero(np.any(rows != 0, axis=1))[0].astype(np.uint32)
    # Layout (little-endian): "ETG2", rows bits, tags, nonzero count, place keys, org keys, STEP;
    # transitions (tags+1)*tags int16; the nonzero rows' numbers (uint32, ascending); their
    # weights (tags int8 each, to be multiplied by STEP); place keys, org keys (uint64, ascending).
    pk, ok = sorted(placekeys), sorted(orgkeys)
    blob = bytearray(b"ETG2")
    blob += struct.pack("<6I", BITS, NT, len(nonzero), len(pk), len(ok), STEP)
    blob += Tq.astype("<i2").tobytes()
    blob += nonzero.astype("<u4").tobytes()
    blob += rows[nonzero].astype("<i1").tobytes()
    blob += np.array(pk, dtype="<u8").tobytes() + np.array(ok, dtype="<u8").tobytes()
    return blob, len(nonzero)


def write_c(Wq, Tq, placekeys, orgkeys, path):
    blob, nonzero = blob_of(Wq, Tq, placekeys, orgkeys)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write("// Generated by scripts/train-entity-tagger.py; do not edit. Averaged-perceptron weights learned\n"
                "// from CoNLL-2003 English eng.train (Reuters RCV1 news; research use under the CoNLL-2003\n"
                "// shared task / Reuters corpus agreement).\n#include \"entity_model.h\"\n\n"
                f"static const unsigned char model[{len(blob) + 1}] =\n")
        # Hex escapes in string literals: compiled at once, and no run of numbers reads as text.
        for k in range(0, len(blob), 48):
            f.write('    "' + "".join(f"\\x{b:02x}" for b in blob[k:k + 48]) + '"\n')
        f.write(";\n\nconst unsigned char *archive_entity_model(unsigned long *size) {\n"
                f"    *size = {len(blob)};\n    return model;\n}}\n")
        # What the weights were learned with: each input, the sections read, the digest of its lines.
        f.write("\nconst char *archive_entity_model_inputs(void) {\n    return\n")
        for name, digest in input_digests():
            sections = ",".join(READ_SECTIONS) if name == "entity-words.txt" else "-"
            f.write(f'        "{name}\\t{sections}\\t{digest:016x}\\n"\n')
        f.write("        ;\n}\n")
    return len(blob), nonzero


# Sentences written for EntityTaggerTests: the Swift tagger must give each token the tag the
# script gives it (Tests/ArchiveTests/Fixtures/entity-tagger.tsv, rewritten with the model).
TEST_TEXTS = [
    "Maria Lopez , a spokeswoman for Vantor Holdings , said on Tuesday that the firm would open an office in Lisbon .",
    "Former Chelsea striker Tom Bradley joined Dynamo Kiev after long talks with Ajax .",
    "Shares of Microsoft and Google rose in New York while the Nikkei slipped in Tokyo.",
    "José Álvarez met officials of the Banco Central in São Paulo on Friday.",
    "The U.S. envoy said Iraq's government and the al-Nujaba movement had agreed to a truce.",
    "RUGBY LEAGUE - WARRINGTON SIGN FIJIAN WINGER FROM CANTERBURY\nWarrington said on Monday they had signed Apisai Tora.",
    "Kellerman won the hill stage. Officials said Kellerman had trained in Kenya for months before the Tour.",
    "Prime Minister Helen Carver told the Labour Party conference in Brighton that the NHS needed money.",
]


FIXTURE = os.path.join(ROOT, "Tests", "ArchiveTests", "Fixtures", "entity-tagger.tsv")


def write_fixture(feat, Wq, Tq, path=FIXTURE):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Written by scripts/train-entity-tagger.py with the model it trained: text, then the tag of each token.\n")
        for text in TEST_TEXTS:
            sents = sentences(tokenize(text))
            tags = []
            for s, rows in zip(sents, feat.document(sents)):
                tags += [TAGS[y] for y in decode(pad(rows), Wq, Tq)]
            f.write(text.replace("\n", "\\n") + "\t" + " ".join(tags) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--conll", default=os.path.join(ROOT, "..", "shared", "eval", "conll2003"))
    ap.add_argument("--epochs", type=int, default=9)
    ap.add_argument("--holdout", action="store_true", help="also train on 90%% of eng.train and score the other 10%%")
    ap.add_argument("--holdout-model", help="with --holdout: write the 90%% model's blob to this file, for "
                    "`archive-eval entities --model FILE` (scripts/eval-entities.py --tenth --model FILE)")
    ap.add_argument("--folds", type=int, help="cross-validation: train N models, the k-th on the documents i %% N != k "
                    "of eng.train, write each one's blob to --fold-models DIR/fold-K.bin and stop "
                    "(scripts/eval-entities.py --folds N --fold-models DIR scores each on the documents it left out)")
    ap.add_argument("--fold-models", help="with --folds: the folder the blobs go to")
    ap.add_argument("--tag", help="tag this text with the model in --model and print token/TAG")
    ap.add_argument("--model", default=os.path.join(ROOT, ".build", "entity-model.npz"))
    ap.add_argument("--write-to", help="write the C file and the test fixture into this folder instead of the repository")
    args = ap.parse_args()
    out_c, fixture = OUT_C, FIXTURE
    if args.write_to:
        out_c, fixture = (os.path.join(args.write_to, os.path.basename(p)) for p in (OUT_C, FIXTURE))
    masks, pk, ok = load_lists()
    feat = Feat(masks, pk, ok)
    if args.tag is not None:
        z = np.load(args.model)
        Wq, Tq = z["W"], z["T"]
        toks = tokenize(args.tag)
        sents = sentences(toks)
        for s, rows in zip(sents, feat.document(sents)):
            tags = decode(pad(rows), Wq, Tq)
            print(" ".join(f"{t.text}/{TAGS[y]}" for t, y in zip(s, tags)))
        return
    t0 = time.time()
    train_docs = labelled(os.path.join(args.conll, "eng.train"), feat)
    dev_docs = labelled(os.path.join(args.conll, "eng.testa"), feat)
    print(f"features: {time.time() - t0:.0f} s, {len(train_docs)} train documents, {len(dev_docs)} dev", flush=True)
    if args.folds:
        os.makedirs(args.fold_models, exist_ok=True)
        for k in range(args.folds):
            fit = [d for i, d in enumerate(train_docs) if i % args.folds != k]
            held = [d for i, d in enumerate(train_docs) if i % args.folds == k]
            m = train(fit, args.epochs, log=f"fold {k}: ")
            Wq, Tq = quantise(*m.averaged())
            f, per = score(held, Wq, Tq)
            print(f"fold {k}: tagger alone on its {len(held)} documents left out: F1 {f:.4f} {per}", flush=True)
            with open(os.path.join(args.fold_models, f"fold-{k}.bin"), "wb") as out:
                out.write(blob_of(Wq, Tq, pk, ok)[0])
        return
    if args.holdout:
        fit = [d for i, d in enumerate(train_docs) if i % 10 != 9]
        held = [d for i, d in enumerate(train_docs) if i % 10 == 9]
        m = train(fit, args.epochs, log="90% ")
        f, per = score(held, *quantise(*m.averaged()))
        print(f"held-out 10% of eng.train: F1 {f:.4f} {per}", flush=True)
        if args.holdout_model:
            with open(args.holdout_model, "wb") as out:
                out.write(blob_of(*quantise(*m.averaged()), pk, ok)[0])
    model = train(train_docs, args.epochs, dev=dev_docs)
    Wq, Tq = quantise(*model.averaged())
    f, per = score(train_docs, Wq, Tq)
    print(f"eng.train F1 {f:.4f} {per}")
    f, per = score(dev_docs, Wq, Tq)
    print(f"eng.testa F1 {f:.4f} {per}")
    os.makedirs(os.path.dirname(args.model), exist_ok=True)
    np.savez_compressed(args.model, W=Wq, T=Tq)

    size, nz = write_c(Wq, Tq, pk, ok, out_c)
    write_fixture(feat, Wq, Tq, fixture)
    print(f"wrote {out_c}: {size} bytes, {nz} nonzero rows of {ROWS}")


if __name__ == "__main__":
    main()
