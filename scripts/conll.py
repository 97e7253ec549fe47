"""Reads a CoNLL-2003 file as the scripts use it: documents (closed by -DOCSTART- lines) of
sentences of (token, tag), rebuilt as text — tokens joined by a space, sentences by a newline —
with the gold spans in code points (= Unicode scalars, as the archive counts offsets).
Shared by scripts/eval-entities.py and scripts/train-entity-tagger.py."""


def documents(path):
    doc, sentence = [], []
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            if sentence: doc.append(sentence); sentence = []
            if doc: yield doc
            doc = []
        elif not line.strip():
            if sentence: doc.append(sentence); sentence = []
        else:
            parts = line.split()
            sentence.append((parts[0], parts[-1]))
    if sentence: doc.append(sentence)
    if doc: yield doc


def rebuild(doc):
    """Text and gold spans [(start, end, type)] in code points, MISC included, in text order."""
    text, gold, pos = [], [], 0
    for s_index, sentence in enumerate(doc):
        if s_index: text.append("\n"); pos += 1
        current = None
        for t_index, (token, tag) in enumerate(sentence):
            if t_index: text.append(" "); pos += 1
            start, end = pos, pos + len(token)
            text.append(token); pos = end
            kind = tag[2:] if tag != "O" else None
            if kind and current and current[2] == kind and not tag.startswith("B-"):
                current[1] = end
            else:
                if current: gold.append(tuple(current))
                current = [start, end, kind] if kind else None
        if current: gold.append(tuple(current))
    return "".join(text), gold
