#!/usr/bin/env bash
# Sets up, builds, ingests the example articles, then searches them, lists their entities and exports them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# A static Swift runtime: the binary starts in a third of the time (docs/performance.md).
swift build -c release --static-swift-stdlib --product archive
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/archive"
mkdir -p out
db=out/archive.sqlite
rm -f "$db" "$db-wal" "$db-shm"
"$bin" ingest --db "$db" examples/articles
echo
echo '$ archive search ashab --format table'
"$bin" search --db "$db" ashab --format table
echo
echo '$ archive search '"'"'convoy "Dhi Qar"'"'"' --since 2021-06-01 --format csv'
"$bin" search --db "$db" 'convoy "Dhi Qar"' --since 2021-06-01 --format csv
echo
echo '$ archive entities --top 10 --format table'
"$bin" entities --db "$db" --top 10 --format table
echo
echo '$ archive events --format table'
"$bin" events --db "$db" --format table
"$bin" export --db "$db" articles --format csv --output out/articles.csv
"$bin" export --db "$db" events --format csv --output out/events.csv
echo
echo "Wrote $db, out/articles.csv and out/events.csv."
echo "Binary: $bin  (try: $bin show 2 --db $db)"
