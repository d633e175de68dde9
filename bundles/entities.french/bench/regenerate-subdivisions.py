#!/usr/bin/env python3
"""Writes gazetteer/subdivisions.tsv: the first-level-like subdivisions of ISO 3166-2 (states,
provinces, regions, departments, counties, prefectures, governorates, ...) with their French
names, from Debian's iso-codes package (iso_3166-2.json and the French translation
iso_3166-2.mo; LGPL-2.1+, https://salsa.debian.org/iso-codes-team/iso-codes).

Kept: a name (French translation first, the ISO name as alias) that is capitalised, of two
letters or more per word, and is not already a country, place or organisation of the other
gazetteers, a given name, a stopword, a role word, a cardinal point or a country adjective of
the bundle's word lists (so `Nord`, `Victoria` or `Paris` are left to the rules that know them),
and, for a one-word name, not a lower-case word of Debian's wfrench or wamerican lists (`apt-get install wfrench wamerican`).
Subdivision types below a province (districts, municipalities, parishes, boroughs) are left out:
too many of them are common words. A name two subdivisions share is written once.

usage: bundles/entities.french/bench/regenerate-subdivisions.py   (then review and commit the diff)
"""
import gettext
import json
import os
import sys
import unicodedata

MODULE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXICON = os.path.join(MODULE, "src/main/resources/org/vigie/entities/french/internal/lexicon")
ISO = "/usr/share/iso-codes/json/iso_3166-2.json"
DICTS = ("/usr/share/dict/french", "/usr/share/dict/american-english")
TYPES = {"Province", "Region", "State", "Department", "County", "Governorate", "Prefecture",
         "Metropolitan department", "Administrative region", "Canton", "Republic", "Autonomous region",
         "Autonomous community", "Land", "Voivodship", "Metropolitan region", "Regional state",
         "Union territory", "Administrative territory", "Islands, groups of islands", "Dependency", "Emirate",
         "Geographical unit", "Geographical region", "Oblast", "Autonomous district", "Territory",
         "Overseas department", "Overseas collectivity", "Overseas region", "Island", "Autonomous province",
         "Autonomous republic", "Special administrative region", "Federal territory", "Federal district",
         "Capital territory", "Capital district", "Indigenous region", "Geographical entity", "Administrative atoll",
         "Overseas collectivity with special status", "Overseas territorial collectivity", "Outlying area"}


def fold(text):
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("\u2019", "'")
    return " ".join(text.lower().split())


def words(name):
    with open(os.path.join(LEXICON, name), encoding="utf-8") as f:
        return {fold(w) for line in f if not line.startswith("#") for w in line.split()}


def known_names():
    known = set()
    for name in ("countries.tsv", "places.tsv", "organizations.tsv", "laws.tsv"):
        with open(os.path.join(LEXICON, "gazetteer", name), encoding="utf-8") as f:
            for line in f:
                cells = line.rstrip("\n").split("\t")
                if line.startswith("#") or len(cells) < 2:
                    continue
                known.add(fold(cells[1]))
                known.update(fold(a) for a in cells[2].split("|") if a) if len(cells) > 2 else None
    return known


def demonym_forms():
    forms = set()
    with open(os.path.join(LEXICON, "demonyms.tsv"), encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cells) < 2:
                continue
            for adjective in cells[1].split("|"):
                a = fold(adjective)
                forms.update({a, a + "e", a + "s", a + "es", a + "ne", a + "nes"})
    return forms


def lexicon_words():
    """Lower-case words of Debian's wfrench and wamerican lists (GPL-2 and public domain): a
    subdivision named by a common word (Somme, Manche, Marche, Unité, Coast) is left out."""
    common = set()
    for name in DICTS:
        with open(name, encoding="utf-8") as f:
            common.update(fold(w) for w in (line.strip() for line in f) if w and w == w.lower())
    return common


def acceptable(name, excluded, common):
    parts = name.replace("-", " ").split()
    return (not (len(parts) == 1 and fold(name) in common) and name[:1].isupper() and all(len(p) >= 2 for p in parts) and len(name) >= 4
            and not any(c in name for c in "(),/[];") and fold(name) not in excluded
            and not (len(parts) == 1 and fold(name) in excluded))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(LEXICON, "gazetteer", "subdivisions.tsv")
    french = gettext.translation("iso_3166-2", localedir="/usr/share/locale", languages=["fr"])
    excluded = (known_names() | words("first-names.txt") | words("stopwords.txt") | words("roles.txt")
                | demonym_forms() | {"nord", "sud", "est", "ouest", "centre", "north", "south", "east", "west",
                                      "central", "capital", "western", "eastern", "northern", "southern"})
    common = lexicon_words()
    with open(ISO, encoding="utf-8") as f:
        subdivisions = json.load(f)["3166-2"]
    seen, rows = set(), []
    for s in subdivisions:
        if s["type"] not in TYPES:
            continue
        iso_name = s["name"].replace("\u2019", "'")
        name = french.gettext(s["name"]).replace("\u2019", "'")
        names = [n for n in dict.fromkeys([name, iso_name]) if acceptable(n, excluded, common) and fold(n) not in seen]
        if not names:
            continue
        seen.update(fold(n) for n in names)
        rows.append(f"LOCATION\t{names[0]}\t{'|'.join(names[1:])}\t\t{s['code']}")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# GENERATED by bench/regenerate-subdivisions.py from Debian's iso-codes (ISO 3166-2 names and their\n"
                "# French translations; LGPL-2.1+, https://salsa.debian.org/iso-codes-team/iso-codes). Do not edit.\n"
                "# States, provinces, regions, departments and the like; same format as places.tsv, with the\n"
                "# ISO 3166-2 code in a fifth column (the link `iso-2:CODE`).\n")
        f.write("\n".join(rows) + "\n")
    print(f"wrote {len(rows)} subdivisions to {out}")


if __name__ == "__main__":
    main()
