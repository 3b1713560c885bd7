#!/usr/bin/python3
"""Generate herodote's base country dictionaries from Debian's iso-codes.

Usage:
    /usr/bin/python3 tools/gen_countries.py            # write the two .gen.actors files
    /usr/bin/python3 tools/gen_countries.py --check FILE [FILE ...]

Generation reads
    /usr/share/iso-codes/json/iso_3166-1.json              (English names, alpha-3 codes)
    /usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo          (French translations)
and writes data/dict/en/countries.gen.actors and data/dict/fr/countries.gen.actors
(format: docs/dictionaries.md, section [country]).

--check validates hand-written actor files: section headers, the `CODES : names`
shape, that every country prefix is an ISO 3166-1 alpha-3 code (or XKX, Kosovo),
IGO codes, role suffixes, date ranges, leading articles, and that no normalized
name is given two different codes within a section kind across the files checked.
It exits 1 on any error.

Standard library only.
"""

import gettext
import json
import os
import re
import subprocess
import sys
import unicodedata

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
FR_MO = "/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = {
    "en": os.path.join(ROOT, "data", "dict", "en", "countries.gen.actors"),
    "fr": os.path.join(ROOT, "data", "dict", "fr", "countries.gen.actors"),
}

EXTRA_CODES = {"XKX"}  # Kosovo: not in ISO 3166-1, user-assigned code used by CAMEO/EU

# ---------------------------------------------------------------------------
# Fixes for quirks of the iso-codes data, per language.
#   DROP: names never emitted (ambiguous with another state, a common word, a
#         first name, a US state, or an untranslated English string in the .mo).
#   ADD:  names added to a code (a French translation the .mo lacks or gets wrong).
# Everyday press variants (USA, Britain, Syrie, Turquie ...) live in the
# hand-written countries.actors files, not here.
# ---------------------------------------------------------------------------
DROP = {
    "en": {
        "Congo",          # Republic of the Congo or DR Congo: ambiguous in wire copy
        "Korea",          # North or South
        "Jersey",         # New Jersey
    },
    "fr": {
        "Congo", "Corée", "Jersey",
        "Syria",          # untranslated common_name in the .mo (Syrie is added)
        "Republic of Türkiye",  # untranslated official_name in the .mo
        "Maurice",        # first name; keep "île Maurice", "République de Maurice"
        "Dominique",      # first name; keep "Commonwealth de la Dominique"
        "Grenade",        # also Granada (Spain) and the weapon
        "Réunion",        # common noun "réunion" (meeting); keep "île de la Réunion"
        "Christmas",      # keep "île Christmas"
        "Salomon",        # first/family name; keep "îles Salomon"
        "Keeling",        # keep "îles Cocos"
    },
}
# Names dropped for one code only.
DROP_CODE = {
    "en": {},
    # "Saint-Martin (partie néerlandaise)": the bare name belongs to the French part (MAF)
    "fr": {"SXM": {"Saint-Martin"}},
}
ADD = {
    "fr": {
        "SYR": ["République arabe syrienne", "Syrie"],
        "TUR": ["République de Turquie", "Turquie"],
        "LAO": ["République démocratique populaire lao"],
        "SXM": ["Sint Maarten"],
        "MAC": ["Macao"],
        "TLS": ["Timor-Leste"],
        "VIR": ["îles Vierges des États-Unis", "îles Vierges américaines"],
        "MUS": ["île Maurice", "République de Maurice"],
        "FLK": ["îles Falkland"],
        "VNM": ["Vietnam"],
    },
    "en": {},
}

# Parenthesised qualifiers that are not names ("Saint Martin (French part)").
QUALIFIERS = re.compile(
    r"^(french part|dutch part|partie française|partie néerlandaise)$", re.I)
# Trailing comma qualifiers dropped outright ("Taiwan, Province of China").
COMMA_QUALIFIERS = re.compile(r"^(province of china|province de chine)$", re.I)


def norm(s):
    """Normalization used for duplicate/conflict detection (mirrors docs/dictionaries.md)."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold()
    s = re.sub(r"\s*-\s*", " - ", s)
    s = re.sub(r"'\s*", "' ", s)
    return " ".join(s.split())


def strip_article(name, lang):
    if lang == "en":
        return re.sub(r"^(the|The)\s+", "", name)
    name = re.sub(r"^(l'|l’|L'|L’)", "", name)
    return re.sub(r"^(le|la|les|Le|La|Les)\s+", "", name)


def ucfirst(s):
    return s[:1].upper() + s[1:] if s else s


def fr_island_case(name):
    """French: 'Îles Marshall' -> 'îles Marshall' (lower case matches either case)."""
    return re.sub(r"^Î(les?)\b", r"î\1", name)


def join_fr(prefix, base):
    """'République islamique d'' + 'Iran' -> "République islamique d'Iran"."""
    if prefix.endswith("'") or prefix.endswith("’"):
        return prefix[:-1] + "'" + base
    return prefix + " " + base


def split_parens(name):
    """Return (name without parenthesised parts, [names derived from them])."""
    extra = []
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*(.*)$", name)
    if not m:
        return name, extra
    before, inside, after = m.group(1).strip(), m.group(2).strip(), m.group(3).strip()
    rest = (before + " " + after).strip() if after and not after.startswith(",") else before + after
    rest = " ".join(rest.split())
    if QUALIFIERS.match(inside):
        return rest, extra
    if after and not after.startswith(","):
        # "Cocos (Keeling) Islands": the parenthesised word replaces the one before it
        extra.append(" ".join(before.split()[:-1] + [inside, after]).strip())
    else:
        extra.append(ucfirst(inside))
    return rest, extra


def variants(name, lang):
    """All usable names derived from one iso-codes string."""
    if not name:
        return []
    out = []
    name = strip_article(name.strip(), lang)
    name, extra = split_parens(name)
    for e in extra:
        out.extend(variants(e, lang))
    if "," in name:
        base, after = [p.strip() for p in name.split(",", 1)]
        if COMMA_QUALIFIERS.match(after):
            out.append(base)
        elif re.search(r"\s(and|et)\s", after):
            # a list: "Bonaire, Sint Eustatius and Saba"
            out.append(name)
            out.append(base)
        elif lang == "en" and re.search(r"\bof( the)?$", after):
            pre = re.sub(r"^(the|The)\s+", "", after)
            out.append(pre + " " + base)
            out.append(base)
        elif lang == "en" and len(after.split()) == 1:
            out.append(after + " " + base)      # "British Virgin Islands"
        elif lang == "fr" and re.search(r"(\sde|\sdu|\sdes|\sde la|\sd'|\sd’)$", after):
            out.append(join_fr(ucfirst(after), base))
            out.append(base)
        elif lang == "fr" and re.match(r"^Îles?$", after):
            out.append(after.lower() + " " + base)   # "îles Åland"
            out.append(base)
        # otherwise ("Syrienne, République arabe"): no safe reading, skip
    else:
        out.append(name)
    res = []
    for n in out:
        n = strip_article(n, lang)
        if lang == "fr":
            n = fr_island_case(n)
        n = " ".join(n.replace("\u2019", "'").split())
        if n:
            res.append(n)
    if lang == "en":  # "Republic of the Congo" -> also "Republic of Congo"
        res += [re.sub(r"\bof the ", "of ", n) for n in res if " of the " in n]
    return res


def load_iso():
    with open(ISO_JSON, encoding="utf-8") as f:
        return json.load(f)["3166-1"]


def iso_codes():
    return {e["alpha_3"] for e in load_iso()} | EXTRA_CODES


def package_version():
    try:
        v = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                           capture_output=True, text=True, check=True).stdout.strip()
        return v or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def build(lang, entries, tr):
    names = {}  # code -> ordered list of names
    for e in entries:
        code = e["alpha_3"]
        lst = []
        for key in ("name", "common_name", "official_name"):
            s = e.get(key)
            if not s:
                continue
            if lang == "fr":
                s = tr.gettext(s)
            lst.extend(variants(s, lang))
        lst.extend(ADD.get(lang, {}).get(code, []))
        seen, clean = set(), []
        for n in lst:
            k = norm(n)
            if n in DROP[lang] or n in DROP_CODE[lang].get(code, ()) or k in seen:
                continue
            seen.add(k)
            clean.append(n)
        names[code] = clean
    # a normalized name given to two codes is ambiguous: drop it everywhere
    owners = {}
    for code, lst in names.items():
        for n in lst:
            owners.setdefault(norm(n), set()).add(code)
    for k, codes in sorted(owners.items()):
        if len(codes) > 1:
            print(f"gen_countries: {lang}: '{k}' is ambiguous ({', '.join(sorted(codes))}), dropped",
                  file=sys.stderr)
            for code in codes:
                names[code] = [n for n in names[code] if norm(n) != k]
    return names


def write(lang, names, version):
    path = OUT[lang]
    os.makedirs(os.path.dirname(path), exist_ok=True)
    label = {"en": "English", "fr": "French"}[lang]
    src = ISO_JSON if lang == "en" else f"{ISO_JSON} + {FR_MO}"
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# GENERATED FILE - do not edit; changes go to countries.actors (hand-written).\n")
        f.write(f"# Generated by: /usr/bin/python3 tools/gen_countries.py\n")
        f.write(f"# Source: Debian package iso-codes {version} ({src}).\n")
        f.write(f"# Facts: ISO 3166-1 alpha-3 codes and {label} names via Debian iso-codes.\n")
        f.write("# Format: docs/dictionaries.md. Ambiguous or word-like names are dropped by the\n")
        f.write("# generator (see DROP/ADD in tools/gen_countries.py).\n\n")
        f.write("[country]\n")
        for code in sorted(names):
            if names[code]:
                f.write(f"{code} : {' | '.join(names[code])}\n")
    return path


def generate():
    entries = load_iso()
    with open(FR_MO, "rb") as f:
        tr = gettext.GNUTranslations(f)
    version = package_version()
    for lang in ("en", "fr"):
        names = build(lang, entries, tr)
        path = write(lang, names, version)
        n = sum(1 for v in names.values() if v)
        print(f"wrote {os.path.relpath(path, ROOT)}: {n} entries, "
              f"{sum(len(v) for v in names.values())} names")


# ---------------------------------------------------------------------------
# --check
# ---------------------------------------------------------------------------
KINDS = {"country", "adjective", "place", "igo", "group", "person"}
ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "BUS", "MED", "EDU",
         "HLH", "REF", "LAB", "ELI", "SPY", "CRM", "NGO", "HRI", "AGR", "ENV", "REL",
         "MOD", "RAD", "INS", "SEP", "UAF", "IGO", "PTY", "DEV", "SET", "IRG"}
REGIONS = {"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU",
           "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA",
           "SAF", "WAF", "WST"}  # CAMEO 1.1b3 international region codes
ARTICLES = re.compile(r"^(le|la|les|l'|l’|the)(\s|$)|^(l'|l’)", re.I)
DATE = r"\d{4}-\d{2}-\d{2}"
CODE_RE = re.compile(rf"^([A-Z]{{3,}})(\s+({DATE})?\.\.({DATE})?)?$")


def check_code(code, valid):
    """Return an error string or None."""
    if code.startswith("IGO") or code.startswith("NGO") or code.startswith("IMG"):
        return None if len(code) >= 3 and len(code) % 3 == 0 else f"bad international code {code}"
    if len(code) % 3:
        return f"code {code} is not made of 3-letter parts"
    head, roles = code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]
    if head not in valid and head not in REGIONS:
        return f"{head} is not an ISO 3166-1 alpha-3 code (nor XKX, nor a CAMEO region)"
    for r in roles:
        if r not in ROLES:
            return f"unknown role code {r} in {code}"
    return None


def check(files):
    valid = iso_codes()
    errors = 0
    seen = {}  # (kind, normalized name) -> (code string, file:line)
    counts = {}
    for path in files:
        kind = None
        with open(path, encoding="utf-8") as f:
            for ln, raw in enumerate(f, 1):
                where = f"{path}:{ln}"
                line = re.sub(r"\s#.*$", "", raw.rstrip("\n")).strip()
                if not line or line.startswith("#"):
                    continue
                m = re.match(r"^\[(\w+)\]$", line)
                if m:
                    kind = m.group(1)
                    if kind not in KINDS:
                        print(f"{where}: unknown section [{kind}]")
                        errors += 1
                    continue
                if kind is None:
                    print(f"{where}: entry before any [section]")
                    errors += 1
                    continue
                if " : " not in line:
                    print(f"{where}: missing ' : ' between codes and names")
                    errors += 1
                    continue
                codes_s, names_s = line.split(" : ", 1)
                codes = [c.strip() for c in codes_s.split(",")]
                ok = True
                for c in codes:
                    m = CODE_RE.match(c)
                    if not m:
                        print(f"{where}: bad code/date spec '{c}'")
                        ok = False
                        continue
                    err = check_code(m.group(1), valid)
                    if err:
                        print(f"{where}: {err}")
                        ok = False
                names = [n.strip() for n in names_s.split(" | ")]
                for n in names:
                    if not n:
                        print(f"{where}: empty name")
                        ok = False
                    elif "|" in n:
                        print(f"{where}: '|' must be written ' | ' in '{n}'")
                        ok = False
                    elif ARTICLES.match(n):
                        print(f"{where}: leading article in '{n}'")
                        ok = False
                    if kind == "adjective" and "/fr/" in path and n[:1].isupper():
                        print(f"{where}: French adjective '{n}' should be lower case")
                        ok = False
                if not ok:
                    errors += 1
                    continue
                counts[(path, kind)] = counts.get((path, kind), 0) + 1
                for n in names:
                    # adjectives, countries and places share one name space for matching
                    key = norm(n)
                    prev = seen.get(key)
                    if prev and prev[0] != codes_s:
                        print(f"{where}: '{n}' coded {codes_s} here but {prev[0]} at {prev[1]}")
                        errors += 1
                    elif not prev:
                        seen[key] = (codes_s, where)
    for (path, kind), n in sorted(counts.items()):
        print(f"{path}: [{kind}] {n} entries")
    print(f"check: {errors} error(s)")
    return 1 if errors else 0


def main(argv):
    if len(argv) > 1 and argv[1] == "--check":
        if len(argv) < 3:
            print("usage: gen_countries.py --check FILE [FILE ...]", file=sys.stderr)
            return 2
        return check(argv[2:])
    if len(argv) > 1:
        print(__doc__, file=sys.stderr)
        return 2
    generate()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
