#!/usr/bin/env python3
"""Writes the country outlines `archive map` draws events over:
Sources/Archive/Resources/outlines.tsv, from Natural Earth's 1:110m admin-0 countries (public
domain) as the PyPI package geopandas 0.14.4 ships them (`naturalearth_lowres`; later versions
dropped the data set). Only the standard library is needed: the shapefile and its table are read here.

    pip download --no-deps geopandas==0.14.4 -d /tmp/ne
    (cd /tmp/ne && unzip -q -o geopandas-0.14.4-py3-none-any.whl 'geopandas/datasets/naturalearth_lowres/*')
    python3 scripts/make-outlines.py --shapes /tmp/ne/geopandas/datasets/naturalearth_lowres/naturalearth_lowres

(the wheel's SHA-256: 3bb6473cb59d51e1a7fe2dbc24a1a063fb0ebdeddf3ce08ddbf8c7ddc99689aa).

One ring a line, countries in the order of their ISO 3166-1 alpha-3 code (Natural Earth's `-99`
for the few it gives none, then by name), rings largest first:
    ISO3 <TAB> name <TAB> x,y x,y ...
in hundredths of a degree of longitude (x) and latitude (y), each point after the first written as
its difference from the one before (smaller numbers: the file is a quarter of the size). Points
that fall on the same hundredth as the one before are dropped, and so is a ring that shrinks
below three points. Deterministic: the same input gives the same bytes.
"""
import argparse
import os
import struct

SCALE = 100  # hundredths of a degree: ~1 km, finer than the 1:110m shapes themselves


def read_dbf(path, encoding):
    """The records of a dBASE III table as dicts of stripped strings, in the table's encoding."""
    with open(path, "rb") as f:
        data = f.read()
    count, header_size, record_size = struct.unpack("<xxxxIHH", data[:12])
    fields = []
    offset = 32
    while data[offset] != 0x0D:
        name = data[offset:offset + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[offset + 16]))
        offset += 32
    records = []
    for i in range(count):
        start = header_size + i * record_size + 1  # a record begins with its deletion flag
        record = {}
        for name, length in fields:
            record[name] = data[start:start + length].decode(encoding).strip()
            start += length
        records.append(record)
    return records


def dbf_encoding(path):
    """The table's text encoding, as its .cpg file names it (Natural Earth's says ISO-8859-1)."""
    try:
        with open(path, encoding="ascii") as f:
            return f.read().strip() or "ascii"
    except FileNotFoundError:
        return "ascii"


def read_polygons(path):
    """Each shape of a polygon shapefile as a list of rings, a ring a list of (lon, lat)."""
    with open(path, "rb") as f:
        data = f.read()
    shapes = []
    offset = 100
    while offset < len(data):
        _, length = struct.unpack(">II", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + 2 * length]
        offset += 8 + 2 * length
        shape_type = struct.unpack("<i", body[:4])[0]
        if shape_type == 0:
            shapes.append([])
            continue
        if shape_type not in (5, 15, 25):
            raise SystemExit(f"{path}: shape type {shape_type} is not a polygon")
        parts_count, points_count = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{parts_count}i", body[44:44 + 4 * parts_count]))
        base = 44 + 4 * parts_count
        points = [struct.unpack("<dd", body[base + 16 * k:base + 16 * k + 16]) for k in range(points_count)]
        bounds = parts + [points_count]
        shapes.append([points[bounds[k]:bounds[k + 1]] for k in range(parts_count)])
    return shapes


def quantised(ring):
    out = []
    for lon, lat in ring:
        point = (round(lon * SCALE), round(lat * SCALE))
        if not out or out[-1] != point:
            out.append(point)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()  # the closing point: SVG closes a path itself
    return out


def area(ring):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))) / 2


def encoded(ring):
    words = [f"{ring[0][0]},{ring[0][1]}"]
    words += [f"{x1 - x0},{y1 - y0}" for (x0, y0), (x1, y1) in zip(ring, ring[1:])]
    return " ".join(words)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shapes", required=True, help="the shapefile's path without .shp/.dbf")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "Sources", "Archive", "Resources", "outlines.tsv"))
    args = parser.parse_args()

    records = read_dbf(args.shapes + ".dbf", dbf_encoding(args.shapes + ".cpg"))
    shapes = read_polygons(args.shapes + ".shp")
    if len(records) != len(shapes):
        raise SystemExit(f"{len(records)} records but {len(shapes)} shapes")
    countries = sorted(zip(records, shapes), key=lambda pair: (pair[0]["iso_a3"] == "-99", pair[0]["iso_a3"], pair[0]["name"]))
    lines = []
    for record, rings in countries:
        kept = [r for r in (quantised(ring) for ring in rings) if len(r) >= 3]
        kept.sort(key=lambda r: (-area(r), r))
        for ring in kept:
            lines.append(f"{record['iso_a3']}\t{record['name']}\t{encoded(ring)}")
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    points = sum(len(line.split("\t")[2].split(" ")) for line in lines)
    print(f"{args.out}: {len(countries)} countries, {len(lines)} rings, {points} points, {os.path.getsize(args.out)} bytes")


if __name__ == "__main__":
    main()
