"""Build ``places_subdivisions.json``: first-level subdivisions (provinces, states,
regions, governorates) of every country, from the ISO 3166-2 data pycountry ships (itself
from Debian's iso-codes; LGPL-2.1), mapped to the ISO-3 code of their country.

Only names a news text writes as the ISO list does are kept: plain ASCII after dropping
accents (no transliteration marks such as ‘ ’ ʻ '), no comma-inverted forms ('Buryatiya,
Respublika'), at least five letters (not 'Nan', 'Chin', 'Shan'), not only words that name subdivisions
in three countries or more ('North', 'West', 'Central Region'), not named after a natural
feature ('Red Sea', 'White Nile', 'Coast', 'Delta': the feature is meant as often), held by
one country only
('Punjab', 'Northern' name several), and not a country name, alias, capital or demonym of
the country table. The linker consults them only for a span the tagger labels a place, after
the Phoenix places (``Phoenix.subdivision`` in ``annotate/registry.py``), so a name that is
also a word ('Delta', 'Plateau') links only where it is read as a place.

    python scripts/build_subdivision_places.py
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src/eventwire/data/places_subdivisions.json"
COUNTRIES = OUT.parent / "actors_countries.json"
MIN_LETTERS = 5
GENERIC_COUNTRIES = 3  # a word in subdivision names of this many countries is generic
FEATURE_WORDS = frozenset({"sea", "river", "rivers", "nile", "coast", "delta", "lake", "lakes",
                           "gulf", "bay", "island", "islands", "mountain", "mountains",
                           "valley", "desert", "plateau", "highlands", "lowlands"})
WORD_RE = re.compile(r"[a-z]+")
PLAIN_RE = re.compile(r"[A-Za-z][A-Za-z .\-]*[A-Za-z]")


def fold(name: str) -> str:
    """The name without accents ('Kasaï Central' -> 'Kasai Central')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main() -> None:
    table = json.loads(COUNTRIES.read_text())["countries"]
    taken = set()
    for code, rec in table.items():
        taken |= {w.lower() for k in ("aliases", "demonyms", "capitals") for w in rec.get(k, [])}
        taken.add(pycountry.countries.get(alpha_3=code).name.lower()
                  if pycountry.countries.get(alpha_3=code) else code.lower())
    taken |= {c.name.lower() for c in pycountry.countries}
    spread: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        for word in WORD_RE.findall(fold(sub.name).lower()):
            spread[word].add(sub.country_code)
    holders: dict[str, set[str]] = defaultdict(set)
    lower: dict[str, set[str]] = defaultdict(set)  # second-level: districts, provinces below
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        name = fold(sub.name)
        if not PLAIN_RE.fullmatch(name) or sum(c.isalpha() for c in name) < MIN_LETTERS:
            continue
        words = WORD_RE.findall(name.lower())
        if FEATURE_WORDS & set(words) or all(len(spread[w]) >= GENERIC_COUNTRIES for w in words):
            continue
        (holders if sub.parent_code is None else lower)[name].add(country.alpha_3)
    places = {name: next(iter(codes)) for name, codes in sorted(holders.items())
              if len(codes) == 1 and name.lower() not in taken}
    # a second-level name is kept only when no other country holds it at either level and
    # it is no first-level name; the linker reads it only where the text calls it a
    # district, province, region or state ('in Mulanje district')
    called = {name: next(iter(codes)) for name, codes in sorted(lower.items())
              if len(codes | holders.get(name, set())) == 1 and name not in holders
              and name.lower() not in taken}
    OUT.write_text(json.dumps({
        "version": 1,
        "source": f"ISO 3166-2 first-level subdivisions from pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else ''} "
                  "(data from Debian iso-codes)".replace("  ", " "),
        "licence": "LGPL-2.1 (pycountry, iso-codes)",
        "built_by": "scripts/build_subdivision_places.py",
        "doc": "Provinces, states and regions mapped to the ISO-3166 alpha-3 code of their "
               "country; consulted after the Phoenix places (ACTORS.md).",
        "places": places,
        "called_doc": "Second-level subdivisions (districts, provinces of a region) held by "
                      "one country, read only where the text calls them a district, "
                      "province, region or state.",
        "called_places": called,
    }, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(places)} subdivision places, {len(called)} second-level -> {OUT}")


if __name__ == "__main__":
    main()
