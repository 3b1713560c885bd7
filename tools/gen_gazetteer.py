#!/usr/bin/python3
"""Generate herodote's gazetteer (data/geo/*.tsv) from Debian data.

Usage:
    /usr/bin/python3 tools/gen_gazetteer.py        # writes data/geo/{cities,admin1,countries}.tsv

Sources (all Debian packages; nothing is downloaded):
  - libgeonames0 + libgeonames-common (GeoNames "cities15000": every city of 15,000
    inhabitants or more, with its GeoNames id, first-level division, country,
    population and coordinates; data CC-BY-4.0 geonames.org).  The city table is
    compiled into libgeonames.so; we read it through the library's own C API
    (geonames_get_n_cities / geonames_get_city) with ctypes.
  - /usr/share/locale/fr/LC_MESSAGES/geonames.mo: French city names, keyed by GeoNames
    id (Pékin, Londres, Le Caire ...).
  - iso-codes (/usr/share/iso-codes/json/iso_3166-1.json): alpha-2 <-> alpha-3 codes
    and English country names.
  - tzdata (/usr/share/zoneinfo/zone.tab): coordinates for countries that have no
    city in the table (Vatican, Monaco, small islands).
  - herodote's own country dictionaries, [country] sections of
    data/dict/{fr,en}/countries*.actors: the names a country goes by in the press.

Output (tab-separated, UTF-8, '#' comment header):
  countries.tsv  iso3 iso2 name lat lon names_en names_fr
                 lat/lon: the population-weighted centre of the country's cities
                 (a population centroid, not a geographic one), else the mean of its
                 tzdata zone cities.  name: the first English dictionary name, else
                 the ISO name.  names_*: ' | '-separated names.
  admin1.tsv     adm1 iso3 name short lat lon
                 adm1 is the alpha-2 code + the GeoNames division code (GDELT's
                 ADM1Code shape); short drops the generic word (Oblast, Province ...);
                 lat/lon: population centroid of its cities.
  cities.tsv     id iso3 adm1 name name_fr lat lon population
                 id is the GeoNames id; name_fr the French name when it differs.

Re-run after a Debian data update or a change to the country dictionaries; commit the
output so that builds need nothing but the repository.
"""

import ast
import ctypes
import gettext
import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "geo")
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
GEONAMES_FR = "/usr/share/locale/fr/LC_MESSAGES/geonames.mo"
ZONE_TAB = "/usr/share/zoneinfo/zone.tab"

# Codes GeoNames uses that ISO 3166-1 does not have.
EXTRA_ISO = {"XK": ("XKX", "Kosovo")}

# Everyday names of cities that the GeoNames table spells another way (facts: the
# cities' own GeoNames records).  name -> GeoNames id.
CITY_ALIASES = {
    "en": {"New York City": "5128581", "Kiev": "703448", "Astana": "1526273",
           "Abu Dhabi": "292968", "Saigon": "1566083", "Kharkov": "706483",
           "Odessa": "698740", "Bombay": "1275339", "Peking": "1816670",
           "El Fasher": "379555", "El-Fasher": "379555", "El Geneina": "379303"},
    "fr": {"Kiev": "703448", "Astana": "1526273", "Abou Dhabi": "292968",
           "Khan Younès": "281124", "Koweït City": "285787", "Bombay": "1275339",
           "El-Facher": "379555", "El Facher": "379555", "El-Fasher": "379555", "El Fasher": "379555",
           "El-Geneina": "379303", "El Geneina": "379303"},
}

# Names of first-level divisions that the press uses and GeoNames does not give (French
# names, and the English "North Darfur" for GeoNames' "Northern Darfur"); facts: the
# divisions' own GeoNames records.  name -> adm1 code.  A name that is also a city
# elsewhere ("Tigré", Tigre in Argentina) means the division.
ADM1_ALIASES = {
    "en": {"North Darfur": "SD55", "South Darfur": "SD49", "West Darfur": "SD47", "East Darfur": "SD60",
           "South Kordofan": "SD50", "Crimea": "UA11", "Zaporizhzhia": "UA26"},
    "fr": {"Tigré": "ET53", "Crimée": "UA11", "Catalogne": "ES56", "Baloutchistan": "PK02",
           "Balouchistan": "PK02", "Sind": "PK05", "Tchétchénie": "RU12", "Daghestan": "RU17",
           "Koursk": "RU41", "Briansk": "RU10", "Nord-Kivu": "CD11", "Sud-Kivu": "CD12",
           "Nord-Sinaï": "EG27", "Sinaï-Nord": "EG27", "Ninive": "IQ15", "Louhansk": "UA14",
           "Zaporijia": "UA26", "Soumy": "UA21", "Tchernihiv": "UA02", "Darfour-Nord": "SD55",
           "Nord-Darfour": "SD55", "Darfour-Sud": "SD49", "Sud-Darfour": "SD49",
           "Darfour-Ouest": "SD47", "Darfour-Occidental": "SD47", "Darfour-Est": "SD60",
           "Darfour-Oriental": "SD60", "Darfour-Central": "SD61", "Kordofan-Sud": "SD50",
           "Sud-Kordofan": "SD50", "Kordofan-Nord": "SD56", "Nord-Kordofan": "SD56",
           "Kordofan-Occidental": "SD62", "Kordofan-Ouest": "SD62", "Nil Blanc": "SD41",
           "Nil Bleu": "SD42", "Extrême-Nord": "CM12"},
}

# Cities missing from cities15000 (public facts: GeoNames record and coordinates).
EXTRA_CITIES = [
    # id, iso2, adm1 code, name, lat, lon, population, French name
    ("4140963", "US", "DC", "Washington, D.C.", 38.89511, -77.03637, 689545, ""),
    ("6691831", "VA", "", "Vatican City", 41.90268, 12.45414, 829, "Cité du Vatican"),
]
# Names that mean the city in the press although another record has them too.
CITY_NAME_OVERRIDE = {"Washington": "4140963"}

ADM1_GENERIC = re.compile(
    r"\s+(Oblast|Oblast'|Province|Governorate|Region|Municipality|State|District|"
    r"Prefecture|Voivodeship|County|Department|Emirate|Krai|Kray|Autonomous Region|"
    r"Special Administrative Region|Capital Territory|Capital Region)$")


def geonames_cities():
    lib = ctypes.CDLL("libgeonames.so.0")
    glib = ctypes.CDLL("libglib-2.0.so.0")
    lib.geonames_get_n_cities.restype = ctypes.c_int
    lib.geonames_get_city.restype = ctypes.c_void_p
    lib.geonames_get_city.argtypes = [ctypes.c_int]
    lib.geonames_city_free.argtypes = [ctypes.c_void_p]
    glib.g_variant_print.restype = ctypes.c_void_p
    glib.g_variant_print.argtypes = [ctypes.c_void_p, ctypes.c_int]
    glib.g_free.argtypes = [ctypes.c_void_p]
    out = []
    for i in range(lib.geonames_get_n_cities()):
        city = lib.geonames_get_city(i)
        text = glib.g_variant_print(city, 0)
        # (id, name, adm1 code, adm1 name, iso2, country, timezone, population, lat, lon)
        out.append(ast.literal_eval(ctypes.string_at(text).decode("utf-8")))
        glib.g_free(text)
        lib.geonames_city_free(city)
    return out


def dict_country_names(lang):
    """{iso3: [names]} from the [country] sections of herodote's dictionaries."""
    names = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "dict", lang, "countries*.actors"))):
        section = None
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            m = re.match(r"^\[(\w+)\]$", line)
            if m:
                section = m.group(1)
                continue
            if section != "country" or " : " not in line:
                continue
            code, rest = line.split(" : ", 1)
            code = code.strip()
            if not re.fullmatch(r"[A-Z]{3}", code):
                continue
            rest = re.sub(r"\s+#.*$", "", rest)
            for n in rest.split("|"):
                n = n.strip()
                if n and n not in names.setdefault(code, []):
                    names[code].append(n)
    return names


def package_version(pkg):
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def clean(s):
    return re.sub(r"[\t\r\n]+", " ", s).strip()


def main():
    iso = json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]
    a2to3 = {c["alpha_2"]: c["alpha_3"] for c in iso}
    cname = {c["alpha_3"]: c.get("common_name", c["name"]) for c in iso}
    for a2, (a3, name) in EXTRA_ISO.items():
        a2to3[a2] = a3
        cname[a3] = name
    a3to2 = {v: k for k, v in a2to3.items()}
    fr_city = gettext.GNUTranslations(open(GEONAMES_FR, "rb"))._catalog

    rows = geonames_cities()
    cities = []
    for (gid, name, adm, admname, a2, _cn, _tz, pop, lat, lon) in rows:
        if a2 not in a2to3:
            print("skipped (unknown country %s): %s" % (a2, name), file=sys.stderr)
            continue
        fr = fr_city.get(gid, "")
        cities.append([gid, a2to3[a2], a2 + adm if adm else "", clean(name), lat, lon, int(pop),
                       clean(fr) if fr != name else "", clean(admname)])
    for (gid, a2, adm, name, lat, lon, pop, fr) in EXTRA_CITIES:
        if not any(c[0] == gid for c in cities):
            cities.append([gid, a2to3[a2], a2 + adm if adm else "", name, lat, lon, pop, fr, ""])
    cities.sort(key=lambda c: (c[1], c[3], c[0]))
    by_id = {c[0]: c for c in cities}

    # first-level divisions: population centroids of their cities
    adm1 = {}
    for c in cities:
        if not c[2] or not c[8]:
            continue
        a = adm1.setdefault(c[2], {"iso3": c[1], "name": c[8], "w": 0, "lat": 0.0, "lon": 0.0})
        w = max(c[6], 1)
        a["w"] += w
        a["lat"] += c[4] * w
        a["lon"] += c[5] * w

    # countries: population centroid, else the tzdata zone cities
    cw = {}
    for c in cities:
        w = max(c[6], 1)
        s = cw.setdefault(c[1], [0, 0.0, 0.0])
        s[0] += w
        s[1] += c[4] * w
        s[2] += c[5] * w
    zones = {}
    for line in open(ZONE_TAB, encoding="utf-8"):
        if line.startswith("#"):
            continue
        f = line.split("\t")
        m = re.match(r"([+-]\d{2})(\d{2})(\d{2})?([+-]\d{3})(\d{2})(\d{2})?$", f[1])
        if not m or f[0] not in a2to3:
            continue
        def dms(d, mi, se):
            sign = -1 if d.startswith("-") else 1
            return sign * (abs(int(d)) + int(mi) / 60 + int(se or 0) / 3600)
        zones.setdefault(a2to3[f[0]], []).append((dms(m.group(1), m.group(2), m.group(3)),
                                                  dms(m.group(4), m.group(5), m.group(6))))
    names = {"en": dict_country_names("en"), "fr": dict_country_names("fr")}
    city_names = {}
    for c in cities:
        for n in (c[3], c[7]):
            if n:
                city_names.setdefault(n.casefold(), set()).add(c[1])
    countries = []
    for a3 in sorted(set(a3to2)):
        if a3 in cw:
            w, la, lo = cw[a3]
            lat, lon = la / w, lo / w
        elif a3 in zones:
            lat = sum(z[0] for z in zones[a3]) / len(zones[a3])
            lon = sum(z[1] for z in zones[a3]) / len(zones[a3])
        else:
            print("skipped (no coordinates): %s %s" % (a3, cname[a3]), file=sys.stderr)
            continue
        per = {}
        for lang in ("en", "fr"):
            ns = list(names[lang].get(a3, []))
            if lang == "en" and cname[a3] not in ns:
                ns.insert(0, cname[a3])
            # a press name of a country that is also the name of one of its cities
            # ("Gaza") means the city; ISO names always mean the country
            ns = [n for n in ns if n == cname[a3] or a3 not in city_names.get(n.casefold(), ())]
            per[lang] = " | ".join(ns)
        # the display name (GDELT's FullName) is the press name, not the ISO form
        # ("Palestine", not "Palestine, State of")
        display = (names["en"].get(a3) or [cname[a3]])[0]
        countries.append([a3, a3to2[a3], display, lat, lon, per["en"], per["fr"]])

    os.makedirs(OUT, exist_ok=True)
    head = ("# GENERATED FILE - do not edit; run /usr/bin/python3 tools/gen_gazetteer.py\n"
            "# Sources: Debian libgeonames-common %s (GeoNames cities15000, CC-BY-4.0 geonames.org),\n"
            "# iso-codes %s, tzdata %s, herodote's data/dict/*/countries*.actors.\n"
            % (package_version("libgeonames-common"), package_version("iso-codes"),
               package_version("tzdata")))
    with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write(head + "# iso3\tiso2\tname\tlat\tlon\tnames_en\tnames_fr\n")
        for c in countries:
            f.write("%s\t%s\t%s\t%.4f\t%.4f\t%s\t%s\n" % tuple(c))
    with open(os.path.join(OUT, "admin1.tsv"), "w", encoding="utf-8") as f:
        f.write(head + "# adm1\tiso3\tname\tshort\tlat\tlon\n")
        for code in sorted(adm1):
            a = adm1[code]
            short = ADM1_GENERIC.sub("", a["name"])
            f.write("%s\t%s\t%s\t%s\t%.4f\t%.4f\n" % (code, a["iso3"], a["name"],
                                                       short if short != a["name"] else "",
                                                       a["lat"] / a["w"], a["lon"] / a["w"]))
    with open(os.path.join(OUT, "cities.tsv"), "w", encoding="utf-8") as f:
        f.write(head + "# id\tiso3\tadm1\tname\tname_fr\tlat\tlon\tpopulation\n")
        for c in cities:
            f.write("%s\t%s\t%s\t%s\t%s\t%.5f\t%.5f\t%d\n" % (c[0], c[1], c[2], c[3], c[7], c[4], c[5], c[6]))
    with open(os.path.join(OUT, "aliases.tsv"), "w", encoding="utf-8") as f:
        f.write(head + "# lang\tname\tid (GeoNames id of a city in cities.tsv, or the code of a "
                       "division in admin1.tsv)\n")
        for lang in ("en", "fr"):
            for n, gid in sorted(CITY_ALIASES[lang].items()):
                assert gid in by_id, (n, gid)
                f.write("%s\t%s\t%s\n" % (lang, n, gid))
            for n, code in sorted(ADM1_ALIASES[lang].items()):
                assert code in adm1, (n, code)
                f.write("%s\t%s\t%s\n" % (lang, n, code))
        for n, gid in sorted(CITY_NAME_OVERRIDE.items()):
            f.write("*\t%s\t%s\n" % (n, gid))
    print("gazetteer: %d countries, %d first-level divisions, %d cities -> %s"
          % (len(countries), len(adm1), len(cities), OUT))


if __name__ == "__main__":
    main()
