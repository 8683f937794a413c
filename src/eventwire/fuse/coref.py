"""Cross-document event coreference: how likely two mentions report one occurrence.

A pair of mentions is described by a fixed feature vector (type compatibility,
participants through countries and actor ids, date ranges, shared numbers and
names, sentence similarity); a logistic model fitted on labelled mention pairs
(``python -m eventwire.evaluation.fit_coref``, package data ``fuse_coref.json``)
turns it into a probability. Fusion links two mentions when the probability
reaches the model's threshold, which was chosen for precision.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import math
import operator
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.datenumbers import clock_spans
from eventwire.fuse.conflicts import counted
from eventwire.fuse.dates import PRECISE_DAYS, range_gap, range_overlap, range_width, reach
from eventwire.fuse.mentions import NAME_WORD_RE, PLANNED, TITLE_WORDS, Mention, countries

MODEL_FILE = "fuse_coref.json"
SYNONYMS_FILE = "plover_cameo.json"  # CAMEO verb synsets with the PLOVER type of each
TABLES_FILE = "plover_cameo_tables.marshal.gz"  # ``verb_tables`` of SYNONYMS_FILE, written out
TABLES_FORMAT = 1  # (``write_verb_tables``; read only while SYNONYMS_FILE is the one it was made of)
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]+")
NUMBER_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,]*\d)")
CAP_RE = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*\b")
STOP = frozenset("""the and for that with from this have has had was were will would said says
says about after before their there they them into over under than been being also which
while where when what who whom whose more most some such only other then than its it's his
her our your very just last first second third since until amid during against between
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december today yesterday week weeks month months
year years day days night morning evening""".split())
CAP_STOP = frozenset("""The A An In On At But And Or It He She They We This That These Those
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Mr Mrs Ms Dr President Prime Minister
According Officials Earlier Later Meanwhile However""".split())
FEATURES = ("bias", "same_type", "compatible_type", "mode_clash", "modality_clash",
            "participants", "no_participants", "role_clash", "date_text_overlap",
            "date_overlap", "date_text_disjoint", "date_gap", "date_width", "same_day",
            "numbers", "names", "similarity", "same_trigger", "undated", "vague",
            "rare_similarity", "stem_similarity", "role_reversed", "date_share", "counts_near",
            "synonym_trigger", "other_trigger")
UNDATED, VAGUE = FEATURES.index("undated"), FEATURES.index("vague")
PERSON_ID_RE = re.compile(r"^Q\d+$")
COMMON_SHARE = 0.05  # a name in more than this share of the compared sentences is not distinctive
COMMON_MIN = 3
STEM_CHARS = 5  # words sharing their first five letters share a stem (return / returnees)
SENTENCES_HELD = 4096  # sentences whose words, numbers and names are remembered (the several
#   events of one sentence and the reprints of a report read the same ones)
FAMILY_ENDINGS = frozenset(("", "s", "es", "ed", "ing", "ings", "er", "ers", "ion", "ions",
                            "ation", "ment", "al"))  # what a word adds to the one it is made from
COUNT_TOLERANCE = 0.25  # counts of one thing this close (share of the larger) may tell one occurrence


_ACTIVE: list[dict[str, Any]] = []  # a model being fitted, in use instead of the shipped one


def model() -> dict[str, Any]:
    """The coreference model in use: the shipped one, or one being fitted (``fitting``)."""
    return _ACTIVE[-1] if _ACTIVE else shipped_model()


@lru_cache(maxsize=1)
def shipped_model() -> dict[str, Any]:
    """The fitted coreference model (package data)."""
    path = resources.files("eventwire.data").joinpath(MODEL_FILE)
    return json.loads(path.read_text(encoding="utf-8"))


@contextmanager
def fitting(candidate: dict[str, Any]) -> Iterator[None]:
    """Use a model under construction (its compatible types, weights, thresholds) instead of
    the shipped one while the block runs: a fit never reads the file it will replace."""
    _ACTIVE.append(candidate)
    compatible_types.cache_clear()
    try:
        yield
    finally:
        _ACTIVE.pop()
        compatible_types.cache_clear()


@lru_cache(maxsize=1)
def compatible_types() -> frozenset[frozenset[str]]:
    """Pairs of event types that can describe one occurrence differently."""
    return frozenset(frozenset(p) for p in model()["compatible_types"])


def types_compatible(a: str, b: str) -> bool:
    """Same type or a listed pair of types that may describe one occurrence."""
    return a == b or frozenset((a, b)) in compatible_types()


@lru_cache(maxsize=SENTENCES_HELD)
def content_words(text: str) -> frozenset[str]:
    """Lower-case content words of a sentence."""
    return frozenset(w.lower() for w in WORD_RE.findall(text)
                     if len(w) > 2 and w.lower() not in STOP)


@lru_cache(maxsize=SENTENCES_HELD)
def numbers(text: str) -> frozenset[str]:
    """Numbers stated in a sentence (years, single digits and the parts of clock times,
    "18:40 GMT", excluded)."""
    out = set()
    clocks = clock_spans(text)
    for m in NUMBER_RE.finditer(text):
        if any(s <= m.start() < e for s, e in clocks):
            continue
        n = m.group(1).replace(",", "")
        if len(n) == 4 and n[:2] in ("19", "20"):
            continue
        if n not in {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}:
            out.add(n)
    return frozenset(out)


@lru_cache(maxsize=SENTENCES_HELD)
def stems(words: frozenset[str]) -> frozenset[str]:
    """The stems (first letters) of a sentence's content words."""
    return frozenset(w[:STEM_CHARS] for w in words)


def cosine(a: frozenset[str], b: frozenset[str]) -> float:
    """Set cosine of two word sets (0 when either is empty)."""
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


@lru_cache(maxsize=SENTENCES_HELD)
def names(text: str) -> frozenset[str]:
    """Capitalised words of a sentence that may name a place, person or operation."""
    return frozenset(w for w in CAP_RE.findall(text) if w not in CAP_STOP)


def role_reversed(a: Mention, b: Mention) -> bool:
    """The roles are swapped: one's sources are the other's targets (and the reverse where
    both are named) while the sources share no country ("Israel struck Lebanon" against
    "Hezbollah fired at Israel": two attacks in opposite directions)."""
    return reversed_roles(*role_countries(a), *role_countries(b))


def reversed_roles(sa: frozenset[str], ta: frozenset[str], sb: frozenset[str],
                   tb: frozenset[str]) -> bool:
    """``role_reversed`` of two mentions' source and target countries."""
    if not (sa and sb) or sa & sb:
        return False
    return bool(sa & tb or ta & sb) and not (ta and tb and ta & tb and not (sa & tb))


def date_share(ra: list[str] | None, rb: list[str] | None) -> float:
    """Days both ranges allow over days either allows (1.0: the same range, 0.0: disjoint or
    undated), so two precise equal dates count more than two overlapping vague ones."""
    if not ra or not rb or not range_overlap(ra, rb):
        return 0.0
    inner = range_width([max(ra[0], rb[0]), min(ra[1], rb[1])]) + 1
    outer = range_width([min(ra[0], rb[0]), max(ra[1], rb[1])]) + 1
    return inner / outer


def role_clash(a: Mention, b: Mention) -> bool:
    """Both name linked sources (or targets) and they share no country, in either reading."""
    return clashing_roles(*role_countries(a), *role_countries(b))


def clashing_roles(sa: frozenset[str], ta: frozenset[str], sb: frozenset[str],
                   tb: frozenset[str]) -> bool:
    """``role_clash`` of two mentions' source and target countries (or people's countries:
    ``contradictory``)."""
    return (clash(sa, sb) or clash(ta, tb)) and (clash(sa, tb) or clash(ta, sb))


def clash(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two non-empty country sets without a common member."""
    return bool(x) and bool(y) and not (x & y)


class Vocabulary(frozenset):
    """The names too frequent among the compared sentences to identify one occurrence, with
    the document frequency of every content word among those sentences (for IDF weights)."""

    df: dict[str, int]
    n: int

    def __new__(cls, common: frozenset[str] = frozenset(), df: dict[str, int] | None = None,
                n: int = 0) -> Vocabulary:
        """A frozenset of common names carrying word frequencies."""
        out = super().__new__(cls, common)
        out.df, out.n = df or {}, n
        return out

    def idf(self, word: str) -> float:
        """Smoothed inverse document frequency of a word (1.0 without statistics)."""
        return math.log((self.n + 1) / (self.df.get(word, 0) + 1)) + 1.0 if self.n else 1.0

    def square(self, word: str) -> float:
        """The squared IDF weight of a word (remembered until ``forget``)."""
        memo = self.__dict__.setdefault("_squares", {})
        value = memo.get(word)
        if value is None:
            value = memo[word] = self.idf(word) ** 2
        return value

    def norm(self, words: frozenset[str]) -> float:
        """The sum of the squared IDF weights of a word set (remembered until ``forget``)."""
        memo = self.__dict__.setdefault("_norms", {})
        value = memo.get(words)
        if value is None:
            value = memo[words] = sum(self.square(w) for w in words)
        return value

    def forget(self) -> None:
        """Drop the remembered weights (the word frequencies changed)."""
        self.__dict__.pop("_squares", None)
        self.__dict__.pop("_norms", None)


def vocabulary(sentences: list[str]) -> Vocabulary:
    """Common names and word document frequencies of the compared sentences."""
    df: dict[str, int] = {}
    for text in sentences:
        for w in content_words(text):
            df[w] = df.get(w, 0) + 1
    return Vocabulary(common_names(sentences), df, len(sentences))


def weighted_similarity(wa: frozenset[str], wb: frozenset[str], common: frozenset[str]) -> float:
    """IDF-weighted cosine of two sentences' content words (rare shared words count most)."""
    if not wa or not wb:
        return 0.0
    if isinstance(common, Vocabulary):
        return sum(common.square(w) for w in wa & wb) / math.sqrt(common.norm(wa) *
                                                                  common.norm(wb))
    return cosine(wa, wb)


def common_names(sentences: list[str]) -> frozenset[str]:
    """Names too frequent among the compared sentences to identify one occurrence."""
    df: dict[str, int] = {}
    for text in sentences:
        for n in names(text):
            df[n] = df.get(n, 0) + 1
    limit = max(COMMON_MIN, COMMON_SHARE * len(sentences))
    return frozenset(n for n, c in df.items() if c > limit)


def party_set(m: Mention, keys: list[frozenset[str]] | None = None) -> frozenset[str]:
    """Everything identifying a mention's participants: countries, actor ids, name keys
    (``keys``: its ``country_keys``, when already computed)."""
    return frozenset(k for ks in (country_keys(m) if keys is None else keys) for k in ks)


def bare_names(m: Mention) -> frozenset[str]:
    """Lower-case single-word names of a mention's participants that the actor registry did
    not link ("Tomas", "Mr Tomas", "Tomas's": a person called by one name, often the given
    one)."""
    out = set()
    for p in m.participants():
        if (p.get("actor") or {}).get("id"):
            continue
        words = [w.removesuffix("'s").removesuffix("'")
                 for w in NAME_WORD_RE.findall(p.get("text") or "")]
        words = [w for w in words if w.lower() not in TITLE_WORDS]
        if len(words) == 1 and words[0][:1].isupper():
            out.add(words[0].lower())
    return frozenset(out)


def person_names(m: Mention, keyed: list[frozenset[str]] | None = None
                 ) -> dict[str, frozenset[str]]:
    """Each capitalised word (three letters or more) of the full name (two words or more) of a
    registered person among a mention's participants -> that participant's keys (actor id, name
    key, country; ``keyed``: the mention's ``country_keys``, when already computed)."""
    out: dict[str, frozenset[str]] = {}
    for p, keys in zip(m.participants(), country_keys(m) if keyed is None else keyed,
                       strict=False):
        actor = p.get("actor") or {}
        kind = actor.get("kind") or ("person" if PERSON_ID_RE.match(str(actor.get("id"))) else "")
        if kind != "person" or not actor.get("id"):
            continue
        words = NAME_WORD_RE.findall(actor.get("name") or "")
        if len(words) < 2:
            continue
        for w in words:  # particles ("bin", "da") and initials name no one alone
            if w[:1].isupper() and len(w) > 2:
                out.setdefault(w.lower(), keys)
    return out


def resolved_parties(da: dict[str, Any], db: dict[str, Any]) -> frozenset[str]:
    """``da``'s participant keys, a person it names by one word only ("Tomas") read as the
    registered person of the other mention whose full name holds that word ("Tomas Valdera"):
    the keys the name would have had if the registry had linked it in its own article."""
    found = [db["people"][w] for w in da["bare"] if w in db["people"]]
    return da["parties"].union(*found) if found else da["parties"]


def overlap_share(pa: frozenset[str], pb: frozenset[str]) -> float:
    """Share of the smaller participant set found in the other (0 when either is empty)."""
    return len(pa & pb) / min(len(pa), len(pb)) if pa and pb else 0.0


def person_countries(parts: list[dict[str, Any]]) -> frozenset[str]:
    """Countries of the named people among participants (an actor without a kind counts as
    a person when its id is a Wikidata item)."""
    out = set()
    for p in parts:
        actor = p.get("actor") or {}
        kind = actor.get("kind") or ("person" if PERSON_ID_RE.match(str(actor.get("id"))) else "")
        if kind == "person" and actor.get("country"):
            out.add(str(actor["country"]).upper())
    return frozenset(out)


def contradictory(a: Mention, b: Mention) -> bool:
    """People of different countries in the same role, in either reading of the roles
    (Trump–Putin against Trump–Zelensky); naming of states and groups is too loose for this."""
    return clashing_roles(*role_people(a), *role_people(b))


def role_countries(m: Mention) -> tuple[frozenset[str], frozenset[str]]:
    """Countries of a mention's linked sources and targets (computed once per mention)."""
    found = m.memo.get("role_countries")
    if found is None:
        found = m.memo["role_countries"] = (countries(m.data.get("source") or []),
                                            countries(m.data.get("target") or []))
    return found


def role_people(m: Mention) -> tuple[frozenset[str], frozenset[str]]:
    """Countries of a mention's named people among sources and targets (computed once per
    mention)."""
    found = m.memo.get("role_people")
    if found is None:
        found = m.memo["role_people"] = (person_countries(m.data.get("source") or []),
                                         person_countries(m.data.get("target") or []))
    return found


def country_keys(m: Mention) -> list[frozenset[str]]:
    """Participant keys extended with the participant's country (Indian Army ~ India)."""
    out = []
    for p, keys in zip(m.participants(), m.keys, strict=False):
        country = (p.get("actor") or {}).get("country")
        out.append(keys | {"c:" + str(country).upper()} if country else keys)
    return out or list(m.keys)


def modality_group(m: Mention) -> str:
    """asserted, negated or planned (planned and hypothetical together)."""
    return "planned" if m.modality in PLANNED else m.modality


@lru_cache(maxsize=1)
def synsets() -> dict[tuple[str, str], frozenset[int]]:
    """(PLOVER type, lemma) -> the CAMEO verb synsets (entry numbers of the CAMEO dictionary's
    synonym lists, package data ``plover_cameo.json``) that give the lemma that type."""
    return verb_tables()[0]


class PhraseCodes:
    """(PLOVER type, "lemma word") -> the CAMEO codes of the phrase entries of that type whose
    lemma is the key's words before a space and whose object or particle is the words after
    it, looked up when asked (and remembered) from the entries indexed by type and lemma,
    instead of every lemma joined with every object of its entry beforehand (about 100,000
    keys, most never asked: building them took about a third of a CPU second per process).
    Gives what a dictionary of those joined keys gives for every key: a key reads as each of
    its splits at a space into lemma and word, and the codes of all of them are united."""

    def __init__(self, entries: dict[tuple[str, str], list[tuple[frozenset[str], str]]]
                 ) -> None:
        """``entries``: (type, lower-cased lemma) -> (lower-cased objects and particles,
        code) of each phrase entry giving the lemma that type."""
        self.entries = entries
        self.found: dict[tuple[str, str], frozenset[str]] = {}

    def get(self, key: tuple[str, str], default: frozenset[str] = frozenset()
            ) -> frozenset[str]:
        """The codes of one (type, "lemma word") key, or ``default`` when no entry gives it."""
        codes = self.found.get(key)
        if codes is None:
            kind, text = key
            out: set[str] = set()
            at = text.find(" ")
            while at >= 0:
                extra = text[at + 1:]
                for extras, code in self.entries.get((kind, text[:at]), ()):
                    if extra in extras:
                        out.add(code)
                at = text.find(" ", at + 1)
            codes = self.found[key] = frozenset(out)
        return codes if codes else default


@lru_cache(maxsize=1)
def cameo_codes() -> tuple[dict[tuple[str, str], frozenset[str]], PhraseCodes]:
    """The CAMEO event codes of the verb dictionary (package data ``plover_cameo.json``):
    (PLOVER type, lemma) -> the codes of every entry giving the lemma that type, and (PLOVER
    type, "lemma word") -> the codes of the phrase entries whose object or particle is the
    word ("open fire" 193, "gun down" 193, "take hostage" 181: ``PhraseCodes``)."""
    return verb_tables()[1:]


VerbTables = tuple[dict[tuple[str, str], frozenset[int]], dict[tuple[str, str], frozenset[str]],
                   PhraseCodes]


@lru_cache(maxsize=1)
def verb_tables() -> VerbTables:
    """``synsets`` and both tables of ``cameo_codes``: as written out from the verb dictionary
    (``stored_verb_tables``: 13-16 ms of CPU to read, against about 50 ms to build), or built
    from it (``build_verb_tables``) when that file is missing or was made of another
    dictionary. A fusing process needs them all on its first scored pair."""
    return stored_verb_tables() or build_verb_tables()


def verb_source() -> bytes:
    """The verb dictionary's file as stored (package data ``SYNONYMS_FILE``)."""
    return resources.files("eventwire.data").joinpath(SYNONYMS_FILE).read_bytes()


def tables_header(source: bytes) -> tuple[int, int, str]:
    """What a written-out table file must begin with to be read for this verb dictionary: the
    format, the ``marshal`` format and the dictionary's SHA-256."""
    return TABLES_FORMAT, marshal.version, hashlib.sha256(source).hexdigest()


def stored_verb_tables() -> VerbTables | None:
    """``verb_tables`` as ``write_verb_tables`` wrote them (package data ``TABLES_FILE``), or
    None when the file is missing, unreadable, or was made of another verb dictionary (or
    format): the tables are then built again, never read stale."""
    try:
        data = resources.files("eventwire.data").joinpath(TABLES_FILE).read_bytes()
        header, synonyms, words, phrases = marshal.loads(zlib.decompress(data))
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return None
    if header != tables_header(verb_source()):
        return None
    return synonyms, words, PhraseCodes(phrases)


def write_verb_tables(path: Any) -> int:
    """Write ``build_verb_tables`` of the verb dictionary to ``path`` (``TABLES_FILE`` in the
    package data: ``scripts/build_verb_tables.py``, run after the dictionary changes), with the header that ties it to the
    dictionary; the bytes written."""
    synonyms, words, phrases = build_verb_tables()
    data = zlib.compress(marshal.dumps((tables_header(verb_source()), synonyms, words,
                                        phrases.entries)), 9)
    with open(path, "wb") as f:
        f.write(data)
    return len(data)


def build_verb_tables() -> VerbTables:
    """``synsets`` and both tables of ``cameo_codes`` from one read of the verb dictionary
    (one JSON decoding and one lower-casing of each entry's lemmas for the three)."""
    synonyms: dict[tuple[str, str], set[int]] = {}
    seen: dict[tuple[str, tuple[str, ...]], int] = {}
    words: dict[tuple[str, str], set[str]] = {}
    phrases: dict[tuple[str, str], list[tuple[frozenset[str], str]]] = {}
    for entry in json.loads(verb_source().decode("utf-8")).get("entries") or []:
        lemmas = [str(w).lower() for w in entry.get("lemmas") or []]
        if len(lemmas) >= 2:  # a synonym list
            listed = tuple(sorted(lemmas))
            key = seen.setdefault((entry.get("type", ""), listed), len(seen))
            for w in listed:
                synonyms.setdefault((entry.get("type", ""), w), set()).add(key)
        kind, code = entry.get("type") or "", str(entry.get("cameo") or "")[:3]
        if not kind or not code.isdigit():
            continue
        for w in lemmas:
            words.setdefault((kind, w), set()).add(code)
        if entry.get("source_in") or entry.get("prep_object"):
            continue
        extras = frozenset(str(extra).lower() for extra in
                           [*(entry.get("object") or []), *(entry.get("particle") or [])])
        if extras:
            for w in lemmas:
                phrases.setdefault((kind, w), []).append((extras, code))
    return ({k: frozenset(v) for k, v in synonyms.items()},
            {k: frozenset(v) for k, v in words.items()}, PhraseCodes(phrases))


def phrase_codes(m: Mention) -> frozenset[str]:
    """The CAMEO codes of a light-verb or particle trigger read as its phrase ("opened fire" is
    "open fire", "gunned down" "gun down"): the trigger's lemma with one of its later words
    that a phrase entry of the mention's type names (empty for one-word triggers)."""
    lemma = trigger_lemma(m)
    words = WORD_RE.findall((m.data.get("trigger") or {}).get("text") or "")[1:]
    table = cameo_codes()[1]
    out: set[str] = set()
    for w in words:
        out |= table.get((m.type, f"{lemma} {w.lower()}"), frozenset())
    return frozenset(out)


def phrase_related(a: Mention, b: Mention) -> bool:
    """Two triggers of one type, one or both phrases, that share a CAMEO code: the phrase's
    code against the other phrase's or the other lemma's ("opened fire" 193 and "shot",
    which the dictionary gives 190 and 193)."""
    da, db = derived(a), derived(b)
    if da["type"] != db["type"] or not (da["phrase"] or db["phrase"]):
        return False
    words = cameo_codes()[0]
    ca = da["phrase"] or words.get((da["type"], da["lemma"]), frozenset())
    cb = db["phrase"] or words.get((db["type"], db["lemma"]), frozenset())
    return bool(ca & cb)


def trigger_lemma(m: Mention) -> str:
    """The lemma of a mention's trigger word (its last word, lower-cased, without one)."""
    info = (m.data.get("attributes") or {}).get("trigger_info") or {}
    lemma = info.get("lemma")
    if lemma:
        return str(lemma).lower()
    words = WORD_RE.findall((m.data.get("trigger") or {}).get("text") or "")
    return words[-1].lower() if words else ""


def synonym_triggers(a: Mention, b: Mention) -> bool:
    """Two mentions of one type whose triggers differ ("clashed" / "fighting") but are
    synonyms of the CAMEO verb dictionary for that type (one synonym list gives both)."""
    da, db = derived(a), derived(b)
    if da["type"] != db["type"] or not da["lemma"] or not db["lemma"] or \
            da["stem"] == db["stem"]:
        return False
    table = synsets()
    return bool(table.get((da["type"], da["lemma"]), frozenset()) &
                table.get((db["type"], db["lemma"]), frozenset()))


def other_triggers(a: Mention, b: Mention, synonyms: bool | None = None) -> bool:
    """Two mentions told with different words: their triggers share no stem, no lemma and no
    CAMEO synonym list ("shot" / "charged", "rioted" / "joined a vigil"), and a light-verb or
    particle trigger read as its phrase shares no CAMEO code with the other ("opened fire" and
    "gunned down" are not other words than "shot": ``phrase_related``). Reports of one story
    name its several occurrences with several words; where dates cannot tell them apart, the
    word is the surest sign of which one a report is about. ``synonyms``: what
    ``synonym_triggers`` already said of the pair, when the caller asked it."""
    da, db = derived(a), derived(b)
    if not da["stem"] or not db["stem"] or da["stem"] == db["stem"]:
        return False
    if da["lemma"] and db["lemma"] and one_family(da["lemma"], db["lemma"]):
        return False  # "killing" / "kill", "shooting" / "shoot": a noun of the verb
    if synonyms is None:
        synonyms = synonym_triggers(a, b)
    return not synonyms and not phrase_related(a, b)


def one_family(a: str, b: str) -> bool:
    """Two lemmas of one word: equal, or the longer the shorter (three letters or more) with
    a verb or noun ending ("kill" / "killing", "arrest" / "arrests", "protest" / "protester")."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short) and long_[len(short):] in FAMILY_ENDINGS


LIGHT_VERBS = frozenset({"hold", "have", "make", "take", "give", "conduct", "carry", "stage",
                         "launch", "pay", "do"})  # the noun after them names the act


def trigger_stem(m: Mention) -> str:
    """The first five letters of the trigger's head word: a one-word trigger's word, or in a
    phrase trigger the word its lexicon entry keys on (``trigger_info`` lemma: "suspended"
    of "suspended the minister from duty", "broke" of "broke off ties" by its first word
    when no word spells the lemma), not the phrase's last word ("duty"), so two reports of
    one act told with one verb share a stem whatever follows it. A light verb's phrase
    ('held talks', 'carried out strikes') takes its noun, the word a nominal report uses."""
    words = WORD_RE.findall((m.data.get("trigger") or {}).get("text") or "")
    if len(words) < 2:
        return words[0][:5].lower() if words else ""
    lemma = str(((m.data.get("attributes") or {}).get("trigger_info") or {}).get("lemma") or "")
    head = lemma.split()[0].lower()[:3] if lemma.strip() else ""
    if lemma.strip().lower() in LIGHT_VERBS:
        return words[-1][:5].lower()  # 'held talks': the noun names the act, as 'the talks' does
    word = next((w for w in words if head and w.lower().startswith(head)), words[0])
    return word[:5].lower()


def derived(m: Mention) -> dict[str, Any]:
    """What the features read from one mention, computed once per mention."""
    if "coref" not in m.memo:
        # the words may have been read for the word statistics already (``sentence_words``)
        words = m.memo.get("words") or content_words(m.sentence)
        rng, keys = m.range, country_keys(m)
        m.memo["coref"] = {"keys": keys, "words": words, "stems": stems(words),
                           "numbers": numbers(m.sentence), "names": names(m.sentence),
                           "parties": party_set(m, keys), "stem": trigger_stem(m),
                           "bare": bare_names(m), "people": person_names(m, keys),
                           "lemma": trigger_lemma(m), "phrase": phrase_codes(m),
                           "counts": stated_counts(m),
                           "type": m.type, "mode": m.mode, "group": modality_group(m),
                           "range": rng, "width": known_width(rng),
                           "text": bool(m.when) and not m.when["from"].startswith("tense")}
    return m.memo["coref"]


def stated_counts(m: Mention) -> dict[str, float]:
    """The largest number a mention's sentence states of each counted thing (killed, wounded,
    rockets: ``conflicts.counted``)."""
    out: dict[str, float] = {}
    for what, n, _, _ in counted(m):
        out[what] = max(n, out.get(what, 0.0))
    return out


def counts_near(a: dict[str, float], b: dict[str, float]) -> bool:
    """Whether two mentions state counts of one thing within ``COUNT_TOLERANCE`` of each other
    (22 and 24 killed, some 250 and more than 300 rockets): outlets count one occurrence
    differently, so close counts tell for it as equal ones do, and never against it."""
    return any(abs(a[k] - b[k]) <= COUNT_TOLERANCE * max(a[k], b[k]) for k in a.keys() & b.keys())


def known_width(rng: list[str] | None) -> int | None:
    """``range_width`` of a range (None without one, or when its days do not parse)."""
    try:
        return range_width(rng) if rng else None
    except (TypeError, ValueError):
        return None


def features(a: Mention, b: Mention, common: frozenset[str] = frozenset()) -> list[float]:
    """The feature vector of a mention pair, in FEATURES order (``common``: names that do
    not count as distinctive)."""
    da, db = derived(a), derived(b)
    ka, kb = da["keys"], db["keys"]
    ra, rb = da["range"], db["range"]
    ta, tb = da["type"], db["type"]
    ma, mb = da["mode"], db["mode"]
    text_a, text_b = da["text"], db["text"]
    dates = range_overlap(ra, rb)
    if dates is False:  # a day named at its edge read as the day across midnight it touches
        xa, xb = reach(ra, a.when_from), reach(rb, b.when_from)
        if range_overlap(xa, xb):
            ra, rb, dates = xa, xb, True
    dated = bool(ra and rb)
    narrow = min(da["width"], db["width"]) if dated else 0
    wa, wb = da["words"], db["words"]
    sim = cosine(wa, wb)
    roles = (*role_countries(a), *role_countries(b))
    synonym = synonym_triggers(a, b)
    return [
        1.0,
        float(ta == tb),
        float(ta != tb and types_compatible(ta, tb)),
        float(bool(ma and mb and ma != mb)),
        float(da["group"] != db["group"]),
        overlap_share(resolved_parties(da, db), resolved_parties(db, da)),
        float(not ka or not kb),
        float(clashing_roles(*roles)),
        float(bool(dates) and text_a and text_b),
        float(bool(dates)),
        float(dates is False and text_a and text_b),
        math.log1p(range_gap(ra, rb)) if ra and rb else 0.0,
        math.log1p(narrow) if dated else 3.0,
        float(dated and ra == rb and ra[0] == ra[1]),
        min(len(da["numbers"] & db["numbers"]), 2) / 2,
        min(len(da["names"] & db["names"] - common), 3) / 3,
        sim,
        float(bool(da["stem"]) and da["stem"] == db["stem"]),
        float(not ra or not rb),
        float(dated and narrow > PRECISE_DAYS),
        weighted_similarity(wa, wb, common),
        cosine(da["stems"], db["stems"]),
        float(reversed_roles(*roles)),
        date_share(ra, rb),
        float(counts_near(da["counts"], db["counts"])),
        float(synonym),
        float(other_triggers(a, b, synonym)),
    ]


def shares_distinctive(a: Mention, b: Mention, common: frozenset[str] = frozenset()) -> bool:
    """Whether two mentions share a number or a distinctive name (not among ``common``, not
    a participant's): what undated reports need before dates-blind linking may join them."""
    da, db = derived(a), derived(b)
    own = participant_words(a) | participant_words(b)
    return bool(da["numbers"] & db["numbers"]) or bool(da["names"] & db["names"] - common - own)


def shares_private_party(a: Mention, b: Mention, common: frozenset[str] = frozenset()) -> bool:
    """Whether two mentions share the name (not among ``common``) of a party the actor
    registry does not know: a private person or a small group, who unlike states, leaders
    and ministries is rarely in the news twice for events of one type."""
    da, db = derived(a), derived(b)
    known = participant_words(a, registered=True) | participant_words(b, registered=True)
    unknown = (participant_words(a) | participant_words(b)) - known
    shared = unknown & da["names"] & db["names"] - common
    return bool(shared & (inner_names(a.sentence) | inner_names(b.sentence)))


def inner_names(text: str) -> frozenset[str]:
    """Capitalised words of a sentence after its first word (capitalised as names, not as the
    start of the sentence: "Police arrested ..." names nobody)."""
    first = re.search(r"\S", text)
    return frozenset(m.group() for m in CAP_RE.finditer(text)
                     if not first or m.start() != first.start())


def participant_words(m: Mention, registered: bool = False) -> frozenset[str]:
    """Capitalised words of a mention's participants (its parties name no occurrence); with
    ``registered``, of those linked to the actor registry only."""
    return frozenset(w for p in m.participants()
                     if not registered or (p.get("actor") or {}).get("id") for w in CAP_RE.findall(
        (p.get("text") or "") + " " + ((p.get("actor") or {}).get("name") or "")))


def probability(vector: list[float], weights: list[float]) -> float:
    """The logistic model's probability for one feature vector."""
    if len(weights) != len(vector):
        raise ValueError(f"{len(vector)} features against {len(weights)} weights")
    z = sum(map(operator.mul, weights, vector))  # the generator's sum, in the same order
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def link_probability(a: Mention, b: Mention, common: frozenset[str] = frozenset()) -> float:
    """How likely two mentions of compatible types report one occurrence."""
    if not types_compatible(a.type, b.type):
        return 0.0
    vector = features(a, b, common)
    vague = vector[UNDATED] or vector[VAGUE]
    return probability(vector, model()["vague_weights" if vague else "weights"])


def threshold() -> float:
    """The probability at which two mentions are linked (chosen for precision)."""
    return float(model()["threshold"])


def vague_threshold() -> float:
    """The probability at which two mentions link when either has no date range or both
    ranges are wider than a week (chosen for a higher precision: dates cannot object)."""
    return max(threshold(), float(model().get("vague_threshold", 1.01)))


def merge_threshold() -> float:
    """The link probability a mention needs to each of two events to merge them."""
    return float(model().get("merge_threshold", threshold()))
