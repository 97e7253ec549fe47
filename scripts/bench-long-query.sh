#!/usr/bin/env bash
# How a search's cost grows with the length of the query (issue 16: a 10,000-word query may cost at
# most 20 times a 1,000-word one). Builds a five-article archive whose first article holds 10,000
# distinct made-up words, then searches for the first 1,000 and for all 10,000 of them, and for a
# pasted text of 1,000 and 10,000 words that repeats 500 of them. Prints seconds (best of 3) and
# the ratios.
#
#     scripts/bench-long-query.sh [ARCHIVE_BINARY]     (default .build/release/archive)
set -euo pipefail
archive=${1:-.build/release/archive}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import random, sys, os
work = sys.argv[1]
random.seed(16)
consonants, vowels = "bcdfghjklmnpqrstvwxz", "aeiou"
words = []
seen = set()
while len(words) < 10000:
    w = "".join(random.choice(consonants) + random.choice(vowels) for _ in range(4))
    if w not in seen:
        seen.add(w)
        words.append(w)
os.makedirs(f"{work}/in")
with open(f"{work}/in/long.txt", "w") as f:
    f.write("A long list\n\n" + " ".join(words) + ".\n")
for i in range(4):
    with open(f"{work}/in/short{i}.txt", "w") as f:
        f.write(f"Short note {i}\n\nA short note about {' '.join(words[i * 7:i * 7 + 7])} and nothing else.\n")
for n in (1000, 10000):
    with open(f"{work}/distinct{n}.txt", "w") as f:
        f.write(" ".join(words[:n]))
    with open(f"{work}/pasted{n}.txt", "w") as f:
        f.write(" ".join(words[i % 500] for i in range(n)))
PY
"$archive" ingest --db "$work/a.sqlite" "$work/in" > /dev/null 2>&1
best() {
    local query best=999999 start end t
    query=$(cat "$1")
    for _ in 1 2 3; do
        start=$(date +%s.%N)
        "$archive" search --db "$work/a.sqlite" --format csv "$query" > /dev/null
        end=$(date +%s.%N)
        t=$(echo "$end - $start" | bc -l)
        if (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
    done
    printf '%.3f' "$best"
}
for kind in distinct pasted; do
    small=$(best "$work/${kind}1000.txt")
    large=$(best "$work/${kind}10000.txt")
    printf '%-8s 1,000 words: %6s s   10,000 words: %6s s   ratio %.1f\n' "$kind" "$small" "$large" "$(echo "$large / $small" | bc -l)"
done
