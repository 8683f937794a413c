#!/usr/bin/env python3
"""Compile the Phoenix (PETRARCH2) actor and agent dictionaries into compact package data.

    python scripts/build_phoenix_actors.py [--resources ../shared/resources/petrarch2]

Reads Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
Phoenix.MilNonState.actors.txt and Phoenix.agents.txt (MIT licence, Open Event
Data Alliance, see their LICENSE) and writes
src/eventwire/data/actors_phoenix.json.gz:

- ``places``: lower-case place name -> ISO-3 country, from the synonyms of each
  country record (cities, provinces, regions);
- ``actors``: one row per person or organisation, ``[name, kind, [[country, sector,
  start, end], ...]]`` with ISO dates ('' = open); the undated default comes last;
- ``index``: lower-case name or synonym -> row number;
- ``agents``: lower-case generic agent noun (with regular plurals) -> PLOVER sector.

The file records its source and licence. The registry loads it lazily and uses
it only for mentions its own entries do not link.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

import pycountry

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "eventwire" / "data" / "actors_phoenix.json.gz"
DEFAULT_RESOURCES = REPO.parent / "shared" / "resources" / "petrarch2"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt")
AGENTS_FILE = "Phoenix.agents.txt"
SOURCE = ("PETRARCH2 Phoenix dictionaries (github.com/openeventdata/petrarch2, "
          "CountryInfo.140130 and later edits)")
LICENCE = "MIT License, Copyright (c) 2014 Open Event Data Alliance"
CODE_RE = re.compile(r"\[([A-Z~\-]{3,}[A-Z]*)\s*([<>]?\d{6,8}(?:-\d{6,8})?)?\s*\]")
COMMENT_RE = re.compile(r"#.*$")
PLOVER_SECTORS = {"GOV", "MIL", "ELI", "MED", "BUS", "CVL", "REB", "OPP", "IGO", "NGO", "JUD",
                  "LEG", "COP", "SPY", "REF", "EDU", "LAB", "AID", "ENV", "HLH", "CRM", "REL"}
CAMEO_SECTOR = {"UAF": "REB", "PTY": "OPP", "AGR": "BUS", "DEV": "GOV", "MUS": "REL",
                "CHR": "REL", "JEW": "REL", "HIN": "REL", "BUD": "REL", "RAD": "REB",
                "INS": "REB", "SEP": "REB", "MOD": "GOV", "HRI": "NGO", "PRS": "GOV",
                "FRM": "GOV", "ATG": "JUD"}
SPECIAL = {"IGO", "NGO", "IMG", "MNC"}
MIN_PLACE_LEN = 4
PERSON_MARK = "countryinfo"  # people in the country file carry "# CountryInfo.txt"
ORG_FILES = ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
ORG_WORD_MIN = 15  # an organisation word names at least this many organisations …
ORG_WORD_RATIO = 5  # … and at least five times as many organisations as people
GIVEN_NAME_MIN = 5  # a one-word name starting this many people's names is a given name
# CAMEO country codes of states today that differ from ISO 3166 (the registry's codes):
# Timor-Leste is TMP in CAMEO, TLS in ISO; Kosovo, with no ISO code, is the World Bank's KSV
# in Phoenix and the user-assigned XKX (the code the EU and the registry use) here
CAMEO_TO_ISO = {"TMP": "TLS", "KSV": "XKX"}
ISO3 = {c.alpha_3 for c in pycountry.countries} | set(CAMEO_TO_ISO.values())


def phrase(raw: str) -> str:
    """A dictionary phrase as text: underscores to spaces, case kept upper."""
    return " ".join(raw.replace("_", " ").split())


def parse_date(raw: str) -> str:
    """A YYMMDD or YYYYMMDD date as ISO (two-digit years: >= 30 is 19xx)."""
    raw = raw.strip()
    if len(raw) == 6:
        yy = int(raw[:2])
        raw = (f"19{raw[:2]}" if yy >= 30 else f"20{raw[:2]}") + raw[2:]
    if len(raw) != 8:
        return ""
    y, m, d = raw[:4], raw[4:6], raw[6:8]
    m = m if "01" <= m <= "12" else "01"
    d = d if "01" <= d <= "31" else "01"
    return f"{y}-{m}-{d}"


def iso_code(code: str) -> str:
    """A CAMEO code with its country part in ISO form ('TMPGOV' -> 'TLSGOV')."""
    country = code.strip("~-")[:3]
    return CAMEO_TO_ISO[country] + code.strip("~-")[3:] if country in CAMEO_TO_ISO else code


def decode(raw: bytes) -> str:
    """One dictionary line as text: UTF-8 where it is ('MESÛD_BARZANÎ'), else Latin-1."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def restriction(code: str, when: str | None) -> list[str]:
    """[code, start, end] of a dated restriction ('' = open)."""
    code = iso_code(code)
    if not when:
        return [code, "", ""]
    if when.startswith("<"):
        return [code, "", parse_date(when[1:])]
    if when.startswith(">"):
        return [code, parse_date(when[1:]), ""]
    a, _, b = when.partition("-")
    return [code, parse_date(a), parse_date(b)]


def display(name: str) -> str:
    """A display form of an upper-case dictionary name (acronyms stay upper case)."""
    return name if len(name) <= 5 and " " not in name else name.title()


def read_actor_file(path: Path) -> tuple[list[dict], dict[str, str]]:
    """Records ({names, codes, default, person}) and country-level place names of one file."""
    records: list[dict] = []
    current: dict | None = None
    for line in map(decode, path.read_bytes().splitlines()):
        body = COMMENT_RE.sub("", line).rstrip()
        if not body.strip():
            continue
        if body.startswith(("\t", " ")) and body.strip().startswith("["):
            if current is not None:
                for code, when in CODE_RE.findall(body):
                    current["codes"].append(restriction(code, when))
            continue
        if body.startswith("+"):
            name = phrase(CODE_RE.sub("", body[1:]))
            if current is not None and name:
                current["names"].append(name)
            continue
        codes = CODE_RE.findall(body)
        name = phrase(CODE_RE.sub("", body))
        if not name:
            continue
        current = {"names": [name], "codes": [], "default": "",
                   "marked": PERSON_MARK in line.lower()}
        records.append(current)
        for code, when in codes:
            if when:
                current["codes"].append(restriction(code, when))
            else:
                current["default"] = iso_code(code)
    places: dict[str, str] = {}
    for rec in records:
        country = _country_of_record(rec) if "Countries" in path.name else None
        if country is not None:
            rec["country"] = True
            for name in rec["names"]:
                if len(name) >= MIN_PLACE_LEN:
                    places.setdefault(name.lower(), country)
    return records, places


def _country_of_record(rec: dict) -> str | None:
    """The ISO-3 code of a country record: its current code is a bare country code
    ('BOTSWANA [BWA]', 'UKRAINE ... [UKR >911221]'); people (marked as taken from
    CountryInfo) never are."""
    if rec["marked"]:
        return None
    current = rec["default"] or next((c for c, start, end in reversed(rec["codes"])
                                      if not end), "")
    return current if current in ISO3 else None


def _is_person(rec: dict, spans: list[list[str]], org_words: set[str]) -> bool:
    """A record of the country file names a person: marked as taken from CountryInfo, or
    dated with a sector and no organisation word in its name ('SYRIAN_NATIONAL_COUNCIL')."""
    if rec["marked"]:
        return True
    dated = any(sp[2] or sp[3] for sp in spans)
    words = set(rec["names"][0].split())
    return dated and all(sp[1] for sp in spans) and not words & org_words


def organisation_words(resources: Path) -> set[str]:
    """Words frequent in the organisation dictionaries' names and rare in people's names
    ('PARTY', 'FRONT', 'COUNCIL'): a dated record naming one is no person."""
    orgs: Counter[str] = Counter()
    for name in ORG_FILES:
        for rec in read_actor_file(resources / name)[0]:
            orgs.update({w for w in rec["names"][0].split() if len(w) > 2})
    people: Counter[str] = Counter()
    for rec in read_actor_file(resources / ACTOR_FILES[0])[0]:
        if rec["marked"]:
            people.update(set(rec["names"][0].split()))
    return {w for w, n in orgs.items() if n >= ORG_WORD_MIN and people[w] * ORG_WORD_RATIO < n}


def sector_of(code: str) -> str | None:
    """The PLOVER sector of a CAMEO agent code ('~GOVMED' -> GOV)."""
    code = code.strip("~")
    for i in range(0, len(code), 3):
        part = code[i:i + 3]
        if part in PLOVER_SECTORS:
            return part
        if part in CAMEO_SECTOR:
            return CAMEO_SECTOR[part]
    return None


def plural(word: str) -> str:
    """The regular plural PETRARCH generates."""
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("ss", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


def read_agents(path: Path) -> dict[str, str]:
    """Generic agent nouns (and plurals) -> PLOVER sector."""
    subst: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for line in map(decode, path.read_bytes().splitlines()):
        body = COMMENT_RE.sub("", line).strip()
        m = re.match(r"^(!\w+!)\s*=\s*(.+)$", body)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[([^\]]+)\]", body)
        if not m or "~" not in m.group(3):
            continue
        sector = sector_of(m.group(3))
        if sector is None:
            continue
        stems = [m.group(1)]
        for mark, words in subst.items():
            if mark in m.group(1):
                stems = [m.group(1).replace(mark, w) for w in words]
        for stem in stems:
            text = phrase(stem).lower()
            if not text or "!" in text:
                continue
            forms = [text]
            irregular = (m.group(2) or "").strip("{}").strip()
            if m.group(2) is None and stem == m.group(1):
                forms.append(plural(text))
            elif irregular:
                forms.append(phrase(irregular).lower())
            for f in forms:
                out.setdefault(f, sector)
    return out


def _convert(code: str, start: str, end: str) -> list[str] | None:
    """[country, sector, start, end] of a CAMEO actor code ('HTIGOV' -> HTI, GOV)."""
    code = code.strip("~-")
    if len(code) < 3 or not code[:3].isalpha():
        return None
    country = code[:3]
    rest = code[3:]
    if country not in SPECIAL and country not in ISO3:
        return None  # CAMEO-only codes (regions, religions) name no country
    if country in SPECIAL:
        sector = country if country in ("IGO", "NGO") else (sector_of(rest) or "REB")
    else:
        sector = sector_of(rest) or ""
    return [country, sector, start, end]


def _org_kind(span: list[str]) -> str:
    """The registry kind of an organisation from its code."""
    country, sector = span[0], span[1]
    if country == "IGO":
        return "igo"
    if country == "NGO":
        return "ngo"
    return {"REB": "armed_group", "MED": "media", "BUS": "business", "OPP": "party",
            "MIL": "military"}.get(sector, "group")


def build(resources: Path) -> dict:
    """The compiled package data."""
    rows: list[list] = []
    index: dict[str, int] = {}
    places: dict[str, str] = {}
    org_words = organisation_words(resources)
    for name in ACTOR_FILES:
        records, found = read_actor_file(resources / name)
        for k, v in found.items():
            places.setdefault(k, v)
        for rec in records:
            if rec.get("country") or not (rec["codes"] or rec["default"]):
                continue
            spans = [_convert(c, a, b) for c, a, b in rec["codes"]]
            if rec["default"]:
                spans.append(_convert(rec["default"], "", ""))
            spans = [sp for sp in spans if sp is not None]
            if not spans:
                continue
            person = "Countries" in name and _is_person(rec, spans, org_words)
            kind = "person" if person else _org_kind(spans[-1])
            row = len(rows)
            rows.append([display(rec["names"][0]), kind, spans])
            for n in rec["names"]:
                index.setdefault(n.lower(), row)
    for key in given_names(rows, index):
        del index[key]
    return {"schema": "eventwire.actors.phoenix/1", "source": SOURCE, "licence": LICENCE,
            "built_by": "scripts/build_phoenix_actors.py",
            "places": dict(sorted(places.items())), "agents": read_agents(resources / AGENTS_FILE),
            "actors": rows, "index": index}


def given_names(rows: list[list], index: dict[str, int]) -> list[str]:
    """One-word names of people that start many other people's names ('Albert', 'Hassan',
    'Abdullah'): a mention of one names nobody in particular."""
    first: Counter[str] = Counter(k.split()[0] for k, r in index.items()
                                  if " " in k and rows[r][1] == "person")
    return [k for k, r in index.items() if " " not in k and rows[r][1] == "person"
            and first[k] >= GIVEN_NAME_MIN]


def main() -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--resources", type=Path, default=DEFAULT_RESOURCES)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    data = build(args.resources)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    args.out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"wrote {args.out}: {len(data['actors'])} actors, {len(data['index'])} names, "
          f"{len(data['places'])} places, {len(data['agents'])} agent nouns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
