#!/usr/bin/env bash
# The archive in a browser, checked as a person would see it: builds an archive from the example
# articles, writes its Datasette setup (`archive datasette`), starts Datasette with the
# datasette-cluster-map plugin on 127.0.0.1, asks the canned queries through Datasette's JSON API,
# takes a headless Chromium screenshot of the events page, and reads the page's DOM after the
# map's scripts have run: the map must be there with one marker per located event (markers the
# plugin clusters count as the number each cluster shows). Always stops the server it started.
#
#   bash scripts/check-datasette.sh            # out/datasette/events.png is the screenshot
#
# Installs what is missing: Chromium (Debian's chromium) and, in a virtualenv under
# ${ARCHIVE_DATASETTE_VENV:-$HOME/.cache/archive-datasette}, datasette and datasette-cluster-map.
# Chromium is kept off the network but for 127.0.0.1: the map's tiles do not load (the plugin
# fetches them from OpenStreetMap), the markers do. Environment: ARCHIVE (the binary; default: a
# debug build), PORT (default 8765), OUT (default out/datasette).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8765}"
out="${OUT:-out/datasette}"
venv="${ARCHIVE_DATASETTE_VENV:-$HOME/.cache/archive-datasette}"
mkdir -p "$out"

sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
if ! command -v chromium >/dev/null; then
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi
if [ ! -x "$venv/bin/datasette" ]; then
  # Debian's own python3 makes virtualenvs only with python3-venv.
  python3 -m venv "$venv" 2>/dev/null || {
    rm -rf "$venv"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
    python3 -m venv "$venv"
  }
  "$venv/bin/pip" install -q datasette datasette-cluster-map
fi
if [ -z "${ARCHIVE:-}" ]; then
  swift build --product archive >/dev/null
  ARCHIVE="$(swift build --show-bin-path)/archive"
fi

work="$(mktemp -d)"
server=""
stop() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap stop EXIT

db="$work/archive.sqlite"
status=0
"$ARCHIVE" ingest --db "$db" examples/articles >/dev/null || status=$?
[ "$status" -le 2 ] || { echo "ingest failed ($status)" >&2; exit 1; }
"$ARCHIVE" datasette --db "$db" --port "$port" >"$work/command" 2>/dev/null
echo "\$ $(cat "$work/command")"
located="$("$ARCHIVE" sql --db "$db" --format csv "SELECT count(*) FROM event_rows WHERE latitude IS NOT NULL AND longitude IS NOT NULL" | tail -n 1 | tr -d '\r')"

PATH="$venv/bin:$PATH" bash -c "exec $(cat "$work/command")" >"$work/datasette.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 60); do
  curl -sf "$base/-/versions.json" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$work/datasette.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf "$base/-/plugins.json" | grep -q datasette-cluster-map || { echo "datasette-cluster-map is not loaded" >&2; exit 1; }

fail=0
check() {  # check NAME CONDITION-IN-PYTHON URL: the JSON at URL (as `rows`) must satisfy the condition
  if curl -sf "$base$3" | python3 -c "import json,sys; rows=json.load(sys.stdin); sys.exit(0 if ($2) else 1)"; then
    echo "ok   $1"
  else
    echo "FAIL $1 ($base$3)"; fail=1
  fi
}
check "search finds the Kalsu Bridge story, with a snippet" \
  "any('Kalsu' in (r['snippet'] or '') and '**' in r['snippet'] for r in rows)" "/archive/search.json?query=Kalsu&_shape=array"
check "an empty search is no error, and no rows" "rows == []" "/archive/search.json?query=&_shape=array"
check "articles naming an entity by its name" "len(rows) >= 1 and all(r['entity'] for r in rows)" \
  "/archive/articles_naming.json?name=babil&_shape=array"
check "events per month: every month a row, as many events as the table" \
  "sum(r['events'] for r in rows) > 0 and all(len(r['month']) == 7 for r in rows)" "/archive/events_per_month.json?country=&_shape=array"
check "facets on source by default" "'source' in rows['facet_results']" "/archive/articles.json"
check "facets on event type and country by default" \
  "{'event_type', 'country'} <= set(rows['facet_results'])" "/archive/event_rows.json"
check "the events view has its located events ($located)" \
  "sum(1 for r in rows if r['latitude'] is not None) == $located" "/archive/event_rows.json?_shape=array&_size=max"

browser=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-background-networking
  --disable-component-update --disable-default-apps --disable-sync --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
  --virtual-time-budget=15000 --window-size=1280,1100)
page="$base/archive/event_rows"
"${browser[@]}" --screenshot="$out/events.png" "$page" >/dev/null 2>&1
"${browser[@]}" --dump-dom "$page" >"$out/events.html" 2>/dev/null
if python3 - "$out/events.html" "$located" <<'EOF'
import re
import sys
from html.parser import HTMLParser

class Markers(HTMLParser):
    """Leaflet's marker icons; a cluster's icon holds the number of markers in it."""
    def __init__(self):
        super().__init__()
        self.map = False
        self.single = 0
        self.clusters = []
        self.in_cluster = 0

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if "leaflet-container" in classes:
            self.map = True
        if "leaflet-marker-icon" in classes:
            if "marker-cluster" in classes:
                self.in_cluster = 1
            else:
                self.single += 1

    def handle_data(self, data):
        if self.in_cluster and data.strip().isdigit():
            self.clusters.append(int(data.strip()))
            self.in_cluster = 0

markers = Markers()
markers.feed(open(sys.argv[1], encoding="utf-8").read())
expected = int(sys.argv[2])
shown = markers.single + sum(markers.clusters)
print(f"     map: {markers.map}; markers: {markers.single} single + {len(markers.clusters)} clusters of {sum(markers.clusters)} = {shown}; located events: {expected}")
sys.exit(0 if markers.map and shown == expected and expected > 0 else 1)
EOF
then echo "ok   the events page holds the map and one marker per located event"
else echo "FAIL the events page's map or markers ($out/events.html)"; fail=1
fi
[ -s "$out/events.png" ] && echo "ok   screenshot: $out/events.png" || { echo "FAIL no screenshot"; fail=1; }
exit "$fail"
