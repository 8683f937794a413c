"""The time-aware actor registry: countries, organisations and people with dated roles.

Package data (``data/actors_*.json``) plus user files (``--actors FILE``) are
validated on load; a bad record raises :class:`RegistryError` naming the file
and the record. See ``data/ACTORS.md`` for the schema.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

from eventwire.model import ActorRef

DATA_PACKAGE = "eventwire.data"
COUNTRIES_FILE = "actors_countries.json"
LEXICON_FILE = "actors_lexicon.json"
ACTOR_FILES = ("actors_orgs.json", "actors_people.json")
PHOENIX_FILE = "actors_phoenix.json.gz"  # compiled (gzip) by scripts/build_phoenix_actors.py
PHOENIX_AGENT_SECTORS = {"GOV", "MIL", "COP", "REB", "OPP", "JUD", "LEG", "SPY", "CVL", "REF",
                         "MED", "BUS", "EDU", "LAB", "HLH", "NGO", "IGO", "CRM"}
KINDS = {"person", "state", "government_body", "military", "igo", "ngo", "media",
         "armed_group", "party", "business", "group"}
SPECIAL_CODES = {"IGO", "NGO", "IMG", "MNC", "UNK"}
SECTORS = {"GOV", "MIL", "ELI", "MED", "BUS", "CVL", "REB", "OPP", "IGO", "NGO", "JUD",
           "LEG", "COP", "SPY", "REF", "EDU", "LAB", "AID", "ENV", "HLH", "CRM", "REL"}
OFFICE_SECTOR = {"commander-in-chief": "MIL", "chief of the general staff": "MIL",
                 "intelligence chief": "SPY"}
DEFAULT_LEADER = "president"
SUFFIXES = {"jr.", "jr", "sr.", "ii", "iii", "iv"}
SLUG_RE = re.compile(r"[^a-z0-9]+")


class RegistryError(ValueError):
    """A registry file or record is invalid."""


@dataclass(slots=True)
class Role:
    """An office held by a person between two dates (end exclusive, None = open)."""

    office: str
    country: str
    sector: str
    start: dt.date | None
    end: dt.date | None

    def holds(self, date: dt.date) -> bool:
        """Whether the role is held on ``date``."""
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass(slots=True)
class Actor:
    """One registry actor."""

    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    surnames: list[str] = field(default_factory=list)

    def roles_on(self, date: dt.date) -> list[Role]:
        """The roles held on ``date``."""
        return [r for r in self.roles if r.holds(date)]



def _acronym(text: str) -> bool:
    """Whether a name is written in capitals only ('CAR', 'U.S.', 'the' aside: not 'Chad')."""
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    word = " ".join(words)
    return any(ch.isalpha() for ch in word) and not any(ch.islower() for ch in word)

def slug(text: str) -> str:
    """A lower-case ASCII-ish slug for ids."""
    return SLUG_RE.sub("-", text.lower()).strip("-")


LEADING_ARTICLE_RE = re.compile(r"^the\s+", re.IGNORECASE)


def org_id(text: str) -> str:
    """The id of an organisation that no registry entry names: ``org:`` and the slug of its
    name without a leading "the", so "the Supreme Court" and "Supreme Court" are one
    participant (``org:supreme-court``)."""
    return f"org:{slug(LEADING_ARTICLE_RE.sub('', text.strip()))}"


def _parse_date(value: Any, where: str) -> dt.date | None:
    """Parse an ISO date or None, raising RegistryError with ``where`` on failure."""
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise RegistryError(f"{where}: bad date {value!r}") from exc


def _valid_country(code: Any) -> bool:
    """Whether ``code`` is an ISO 3166 alpha-3 code or a PLOVER special code."""
    return isinstance(code, str) and (code in SPECIAL_CODES or (
        len(code) == 3 and code.isupper() and code.isalpha()))


def _str_list(rec: dict[str, Any], key: str, where: str) -> list[str]:
    """``rec[key]`` as a list of strings (missing = empty)."""
    value = rec.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RegistryError(f"{where}: '{key}' must be a list of non-empty strings")
    return value


def _default_surnames(name: str) -> list[str]:
    """The surname of a personal name: its last token, skipping suffixes like Jr."""
    tokens = [t for t in name.split() if t.lower() not in SUFFIXES]
    return [tokens[-1]] if len(tokens) > 1 else []


def parse_role(rec: Any, person_country: str | None, where: str) -> Role:
    """Validate and build one role record."""
    if not isinstance(rec, dict) or not isinstance(rec.get("office"), str):
        raise RegistryError(f"{where}: a role needs an 'office' string")
    country = rec.get("country", person_country)
    if not _valid_country(country):
        raise RegistryError(f"{where}: role country {country!r} is not ISO-3 or a PLOVER code")
    office = rec["office"].lower()
    sector = rec.get("sector", OFFICE_SECTOR.get(office, "GOV"))
    if sector not in SECTORS:
        raise RegistryError(f"{where}: unknown sector {sector!r}")
    start = _parse_date(rec.get("start"), where)
    end = _parse_date(rec.get("end"), where)
    if start and end and end <= start:
        raise RegistryError(f"{where}: role ends ({end}) before it starts ({start})")
    return Role(office, country, sector, start, end)


def parse_actor(rec: Any, where: str) -> Actor:
    """Validate and build one actor record (person or organisation)."""
    if not isinstance(rec, dict):
        raise RegistryError(f"{where}: an actor record must be an object")
    name = rec.get("name")
    if not isinstance(name, str) or not name.strip():
        raise RegistryError(f"{where}: missing 'name'")
    where = f"{where} ({name})"
    kind = rec.get("kind", "person")
    if kind not in KINDS:
        raise RegistryError(f"{where}: unknown kind {kind!r}; expected one of {sorted(KINDS)}")
    country = rec.get("country")
    if country is not None and not _valid_country(country):
        raise RegistryError(f"{where}: country {country!r} is not ISO-3 or a PLOVER code")
    sector = rec.get("sector")
    if sector is not None and sector not in SECTORS:
        raise RegistryError(f"{where}: unknown sector {sector!r}")
    prefix = "person" if kind == "person" else "org"
    actor_id = rec.get("id") or f"{prefix}:{slug(name)}"
    roles_raw = rec.get("roles", [])
    if not isinstance(roles_raw, list):
        raise RegistryError(f"{where}: 'roles' must be a list")
    roles = [parse_role(r, country, f"{where} role {i}") for i, r in enumerate(roles_raw)]
    surnames = _str_list(rec, "surnames", where) if "surnames" in rec else (
        _default_surnames(name) if kind == "person" else [])
    return Actor(actor_id, name, kind, country, sector, _str_list(rec, "aliases", where),
                 roles, surnames)


def _read_json(path: Path | Any, label: str) -> Any:
    """Read JSON from a path or resource, raising RegistryError naming ``label``."""
    try:
        raw = path.read_bytes()
        if label.endswith(".gz"):
            raw = gzip.decompress(raw)
        return json.loads(raw.decode("utf-8"))
    except FileNotFoundError as exc:
        raise RegistryError(f"{label}: file not found") from exc
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{label}: unreadable ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise RegistryError(f"{label}: invalid JSON ({exc})") from exc


SUBDIVISIONS_FILE = "places_subdivisions.json"
SUBDIVISION_WORD_RE = re.compile(r"\s+(?:province|state|region|governorate|district|division)$")


def _package_file(name: str) -> Any:
    """A package data file as a Traversable."""
    return resources.files(DATA_PACKAGE).joinpath(name)


def country_name(code: str) -> str:
    """The common English name of an ISO-3 country code."""
    c = pycountry.countries.get(alpha_3=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


def pycountry_names() -> dict[str, list[str]]:
    """ISO-3 code -> English names from pycountry (comma forms dropped)."""
    out: dict[str, list[str]] = {}
    for c in pycountry.countries:
        names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        out[c.alpha_3] = [n for n in dict.fromkeys(names) if n and "," not in n]
    return out


def plural(demonym: str) -> list[str]:
    """Plural people-nouns for a demonym adjective ('Russian' -> 'Russians')."""
    if demonym.endswith(("ese", "sh", "ch", "ss", "Swiss")) or " " in demonym or \
            demonym.isupper():
        return []
    return [demonym + "s"]


@dataclass
class CountryInfo:
    """Names of one country used for linking."""

    code: str
    name: str
    names: list[str]
    demonyms: list[str]
    capitals: list[str]
    metonyms: dict[str, str]
    leader: str
    places: list[str] = field(default_factory=list)
    peoples: list[str] = field(default_factory=list)  # 'Yoruba', 'Zulu': a people of this state only


def parse_countries(data: Any, label: str) -> dict[str, CountryInfo]:
    """Validate the countries file and merge it with pycountry names."""
    if not isinstance(data, dict) or not isinstance(data.get("countries"), dict):
        raise RegistryError(f"{label}: expected an object with a 'countries' object")
    base = pycountry_names()
    out: dict[str, CountryInfo] = {}
    for code, rec in data["countries"].items():
        where = f"{label}: country {code}"
        if not _valid_country(code) or not isinstance(rec, dict):
            raise RegistryError(f"{where}: key must be an ISO-3 code and value an object")
        metonyms = rec.get("metonyms", {})
        if not isinstance(metonyms, dict) or not all(v in SECTORS for v in metonyms.values()):
            raise RegistryError(f"{where}: 'metonyms' must map text to a PLOVER sector")
        names = list(dict.fromkeys(base.get(code, []) + _str_list(rec, "aliases", where)))
        name = rec.get("name") or (country_name(code) if code in base else None)
        if not name:
            raise RegistryError(f"{where}: not in pycountry, so it needs a 'name'")
        names = list(dict.fromkeys([name, *names]))
        out[code] = CountryInfo(code, name, names, _str_list(rec, "demonyms", where),
                                _str_list(rec, "capitals", where), dict(metonyms),
                                rec.get("leader", DEFAULT_LEADER), _str_list(rec, "places", where),
                                _str_list(rec, "peoples", where))
    for code, names in base.items():
        if code not in out:
            out[code] = CountryInfo(code, names[0], names, [], [], {}, DEFAULT_LEADER)
    return out


def parse_actor_file(data: Any, label: str) -> tuple[list[Actor], dict[str, Any]]:
    """The actors of a file (``{"actors": [...]}`` or a list) and its optional countries."""
    records = data.get("actors", []) if isinstance(data, dict) else data
    if not isinstance(records, list):
        raise RegistryError(f"{label}: expected a list of actors or an object with 'actors'")
    actors = [parse_actor(r, f"{label}: record {i}") for i, r in enumerate(records)]
    countries = data.get("countries", {}) if isinstance(data, dict) else {}
    return actors, countries


HONORIFICS = frozenset({"sheikh", "sheik", "shaikh", "sir", "dr", "dr.", "mr", "mr.", "mrs",
                        "mrs.", "ms", "ms.", "lady", "dame"})  # no office: not part of a name
NAME_JOINER_RE = re.compile(r"[\s\-‐–]+")


def loose_key(name: str) -> str:
    """A lower-case name with hyphens read as spaces and no leading honorific, so that
    'Sheikh Hamad bin Khalifa al-Thani' and 'Hamad bin Khalifa Al Thani' share a key."""
    words = NAME_JOINER_RE.split(name.lower().strip())
    while len(words) > 2 and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(w for w in words if w)


class Phoenix:
    """The compiled Phoenix dictionaries: people with dated codes, organisations, places,
    generic agents. Used only for mentions the team's own registry does not link."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.places: dict[str, str] = data.get("places", {})
        self.agents: dict[str, str] = data.get("agents", {})
        self.rows: list[list[Any]] = data.get("actors", [])
        self.index: dict[str, int] = data.get("index", {})
        self._loose: dict[str, int] | None = None
        self._subdivisions: dict[str, str] | None = None
        self._called_subdivisions: dict[str, str] = {}

    @property
    def loose_index(self) -> dict[str, int]:
        """The index by loose keys (``loose_key``), keeping only keys of one actor."""
        if self._loose is None:
            rows: dict[str, set[int]] = {}
            for k, row in self.index.items():
                rows.setdefault(loose_key(k), set()).add(row)
            self._loose = {k: next(iter(v)) for k, v in rows.items() if len(v) == 1 and k}
        return self._loose

    @staticmethod
    def _out_of_office(name: str, spans: list[list[str]]) -> ActorRef | None:
        """A person none of whose dated codes covers the date: their own country (that of
        their latest national code) with sector ELI, as for the registry's people out of
        office; nobody when every code is international ('IGO')."""
        national = [s for s in spans if s[0] not in SPECIAL_CODES and len(s[0]) == 3]
        if not national:
            return None
        latest = max(national, key=lambda s: (s[3] or s[2], s[2]))
        return ActorRef(f"person:{slug(name)}", name, latest[0], "ELI", "person")

    def place(self, text: str) -> str | None:
        """The country of a place name (any case), if Phoenix lists it."""
        return self.places.get(text.lower().removeprefix("the ").strip())

    def subdivision(self, text: str, called: bool = False) -> str | None:
        """The country of a first-level subdivision ('Surin', 'Surin province', 'Borno
        State'; ISO 3166-2 names, ``places_subdivisions.json``) the Phoenix places lack;
        with ``called`` (the text calls it a district, province, region or state) also of a
        second-level one ('Mulanje district')."""
        if self._subdivisions is None:
            data = _read_json(_package_file(SUBDIVISIONS_FILE), SUBDIVISIONS_FILE)
            self._subdivisions = {k.lower(): v for k, v in data.get("places", {}).items()}
            self._called_subdivisions = {k.lower(): v for k, v in
                                         data.get("called_places", {}).items()}
        key = SUBDIVISION_WORD_RE.sub("", text.lower().removeprefix("the ").strip())
        found = self._subdivisions.get(key)
        return found if found is not None or not called else self._called_subdivisions.get(key)

    def actor(self, text: str, date: dt.date | None) -> ActorRef | None:
        """The actor named ``text`` as of ``date`` (open-ended codes when none is dated)."""
        key = text.lower().strip()
        row = self.index.get(key)
        if row is None and key.startswith("the "):
            row = self.index.get(key[4:])
        if row is None:  # 'Sheikh Hamad bin Khalifa al-Thani' is HAMAD_BIN_KHALIFA_AL_THANI
            row = self.loose_index.get(loose_key(key))
        if row is None:
            return None
        name, kind, spans = self.rows[row]
        on = (date or dt.date.today()).isoformat()
        dated = [s for s in spans if (s[2] or s[3]) and (not s[2] or s[2] <= on)
                 and (not s[3] or on < s[3])]
        undated = [s for s in spans if not s[2] and not s[3]]
        pick = (dated or undated or [None])[0]
        if pick is None and kind == "person":
            return self._out_of_office(name, spans)
        if pick is None:
            return None
        country, sector = pick[0], pick[1] or None
        if sector not in SECTORS:
            sector = None
        prefix = "person" if kind == "person" else "org"
        return ActorRef(f"{prefix}:{slug(name)}", name, country, sector, kind)


class Registry:
    """Actors, countries and the lexicon, indexed for fast lookup."""

    def __init__(self, actors: list[Actor], countries: dict[str, CountryInfo],
                 lexicon: dict[str, Any]) -> None:
        self.actors: dict[str, Actor] = {}
        for a in actors:
            self.actors[a.id] = a  # later files override earlier records with the same id
        self.countries = countries
        self.titles: dict[str, str] = {k.lower(): v for k, v in lexicon["titles"].items()}
        self.groups: dict[str, str] = {k.lower(): v for k, v in lexicon["groups"].items()}
        self.former: set[str] = {w.lower() for w in lexicon["former"]}
        self.modifiers: set[str] = {w.lower() for w in lexicon["modifiers"]}
        self._not_agents = {w.lower() for w in lexicon.get("not_agents", [])}
        self._own_agents = {k: v for k, v in self.groups.items() if k not in self._not_agents}
        for k, v in lexicon.get("agents", {}).items():
            self._own_agents.setdefault(k.lower(), v)
        self.ngo_heads: set[str] = {w.lower() for w in lexicon.get("ngo_heads", [])}
        self.ngo_name_heads: set[str] = {w.lower() for w in lexicon.get("ngo_name_heads", [])}
        self.blocs: dict[str, str] = dict(lexicon.get("blocs", {}))  # named body -> its bloc
        self.regions: set[str] = {w.lower() for w in lexicon.get("regions", [])}
        self.shared_names: dict[str, tuple[str, ...]] = {
            k: tuple(v) for k, v in lexicon.get("shared_names", {}).items()}
        self._agents: dict[str, str] | None = None
        self._agent_first: set[str] = set()
        self._phoenix: Phoenix | None = None
        self._build_indexes()
        self._matcher: Any = None

    # ----- loading -------------------------------------------------------------------
    @classmethod
    def load(cls, extra: list[str] | tuple[str, ...] = ()) -> Registry:
        """Package data plus user JSON files (later records override earlier ones)."""
        countries_data = _read_json(_package_file(COUNTRIES_FILE), COUNTRIES_FILE)
        lexicon = _read_json(_package_file(LEXICON_FILE), LEXICON_FILE)
        for key in ("titles", "groups", "former", "modifiers"):
            if key not in lexicon:
                raise RegistryError(f"{LEXICON_FILE}: missing '{key}'")
        actors: list[Actor] = []
        for name in ACTOR_FILES:
            found, _ = parse_actor_file(_read_json(_package_file(name), name), name)
            actors += found
        for path in extra:
            found, more = parse_actor_file(_read_json(Path(path), str(path)), str(path))
            actors += found
            countries_data["countries"].update(more)
        return cls(actors, parse_countries(countries_data, COUNTRIES_FILE), lexicon)

    def _build_indexes(self) -> None:
        """Alias, cue, surname and office-holder indexes."""
        self.alias_index: dict[str, list[str]] = {}
        self.lower_index: dict[str, list[str]] = {}
        self.surname_index: dict[str, list[str]] = {}
        self.holders: dict[tuple[str, str], list[tuple[Role, str]]] = {}
        for a in self.actors.values():
            for alias in [a.name, *a.aliases]:
                self._add_alias(alias, a.id)
            for s in a.surnames:
                self.surname_index.setdefault(s, []).append(a.id)
            for r in a.roles:
                self.holders.setdefault((r.country, r.office), []).append((r, a.id))
        # country cues: text -> (code, sector or None, kind of cue)
        self.cues: dict[str, tuple[str, str | None, str]] = {}
        self.cues_lower: dict[str, tuple[str, str | None, str]] = {}
        self.peoples: set[str] = set()  # lower-cased words for a people of one state ('yoruba')
        self.acronyms_lower: set[str] = set()  # lower-cased keys that only an acronym gave
        for c in self.countries.values():
            entries = [(n, None, "name") for n in c.names]
            entries += [(d, None, "demonym") for d in c.demonyms]
            entries += [(p, None, "people") for d in c.demonyms for p in plural(d)]
            entries += [(d, None, "demonym") for d in c.peoples]
            entries += [(p, None, "people") for d in c.peoples for p in plural(d)]
            self.peoples.update(w.lower() for d in c.peoples for w in (d, *plural(d)))
            entries += [(cap, "GOV", "capital") for cap in c.capitals]
            entries += [(m, s, "metonym") for m, s in c.metonyms.items()]
            entries += [(p, None, "place") for p in c.places]
            for text, sector, kind in entries:
                self.cues.setdefault(text, (c.code, sector, kind))
                if text.lower() not in self.cues_lower and _acronym(text):
                    self.acronyms_lower.add(text.lower())  # 'CAR', 'US': not 'car', 'us'
                self.cues_lower.setdefault(text.lower(), (c.code, sector, kind))
        # single-word country names, for typo-tolerant matching of strings ('Ethopia')
        self.fuzzy_cues = sorted({t for t, (_, _, k) in self.cues.items()
                                  if " " not in t and k == "name" and len(t) >= 5})
        self.fuzzy_memo: dict[str, str | None] = {}  # word -> its closest fuzzy cue, if any

    def _add_alias(self, alias: str, actor_id: str) -> None:
        """Index ``alias`` exactly and lower-cased."""
        for index, key in ((self.alias_index, alias), (self.lower_index, alias.lower())):
            ids = index.setdefault(key, [])
            if actor_id not in ids:
                ids.append(actor_id)

    # ----- lookup --------------------------------------------------------------------
    def resolve(self, actor_id: str, date: dt.date | None = None) -> ActorRef:
        """The ActorRef of ``actor_id`` as of ``date`` (today when None)."""
        if actor_id.startswith("country:"):
            return self.country_ref(actor_id.split(":", 1)[1])
        actor = self.actors[actor_id]
        if actor.kind != "person":
            return ActorRef(actor.id, actor.name, actor.country, actor.sector, actor.kind)
        roles = actor.roles_on(date or dt.date.today())
        if roles:
            r = self._main_role(roles)
            return ActorRef(actor.id, actor.name, r.country, r.sector, "person", r.office)
        return ActorRef(actor.id, actor.name, actor.country, "ELI", "person")

    @staticmethod
    def _main_role(roles: list[Role]) -> Role:
        """The most senior of several concurrent roles (national head offices first)."""
        rank = {"president": 0, "supreme leader": 0, "king": 0, "queen": 0, "emir": 0,
                "chancellor": 1, "prime minister": 1, "crown prince": 2}
        return sorted(roles, key=lambda r: rank.get(r.office, 5))[0]

    def country_ref(self, code: str, sector: str | None = None, role: str | None = None,
                    kind: str = "state") -> ActorRef:
        """The ActorRef of a state (optionally a sector of it, e.g. its government).

        A place inside a country (cue kind "place") keeps kind "place" so that
        consumers can tell a location from an actor.
        """
        info = self.countries.get(code)
        name = info.name if info else code
        return ActorRef(f"country:{code}", name, code, sector, "place" if kind == "place"
                        else "state", role)

    def holder(self, country: str, office: str, date: dt.date | None) -> str | None:
        """The id of the actor holding ``office`` of ``country`` on ``date``, if known."""
        if office == "leader":
            info = self.countries.get(country)
            office = info.leader if info else DEFAULT_LEADER
        on = date or dt.date.today()
        ids = {aid for role, aid in self.holders.get((country, office), []) if role.holds(on)}
        return ids.pop() if len(ids) == 1 else None

    def pick(self, ids: list[str], date: dt.date | None) -> str | None:
        """Disambiguate actors sharing an alias: the only one, or the only one in office."""
        if len(ids) == 1:
            return ids[0]
        on = date or dt.date.today()
        active = [i for i in ids if self.actors[i].roles_on(on)]
        return active[0] if len(active) == 1 else None

    def lookup(self, text: str, date: dt.date | None) -> str | None:
        """The actor id of an exact name or alias (case-sensitive first)."""
        ids = self.alias_index.get(text) or self.lower_index.get(text.lower())
        return self.pick(ids, date) if ids else None

    def cue(self, text: str) -> tuple[str, str | None, str] | None:
        """The (country, sector, cue kind) of a country name, demonym, capital or metonym."""
        found = self.cues.get(text)
        if found is not None:
            return found
        low = text.lower()
        if low in self.acronyms_lower and not _acronym(text):
            return None  # 'a car', 'attacked us': the common word, not 'CAR' or 'US'
        return self.cues_lower.get(low)

    def match(self, text: str, date: dt.date | None = None) -> ActorRef | None:
        """Link an arbitrary mention text to an actor as of ``date`` (None when unknown)."""
        from eventwire.annotate.linking import match_text

        return match_text(self, text, date)

    @property
    def phoenix(self) -> Phoenix:
        """The compiled Phoenix dictionaries, loaded on first use."""
        if self._phoenix is None:
            self._phoenix = Phoenix(_read_json(_package_file(PHOENIX_FILE), PHOENIX_FILE))
        return self._phoenix

    @property
    def agents(self) -> dict[str, str]:
        """Generic agent nouns -> sector: the lexicon's, then Phoenix's (loaded on first use)."""
        if self._agents is None:
            merged = dict(self._own_agents)
            for k, v in self.phoenix.agents.items():
                if v in PHOENIX_AGENT_SECTORS and k not in self._not_agents and \
                        k not in self.titles:
                    merged.setdefault(k, v)
            self._agents = merged
            self._agent_first = {k.split()[0] for k in merged}
        return self._agents

    @property
    def agent_first(self) -> set[str]:
        """First words of the generic agent nouns."""
        _ = self.agents
        return self._agent_first

    @property
    def matcher(self) -> Any:
        """A spaCy PhraseMatcher over all names, aliases and country cues (built lazily)."""
        if self._matcher is None:
            from eventwire.annotate.linking import build_matcher

            self._matcher = build_matcher(self)
        return self._matcher
