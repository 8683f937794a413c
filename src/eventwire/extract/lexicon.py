"""PLOVER trigger lexicons and cue lists, loaded from package data (JSON).

The files live in ``eventwire/data/plover_*.json`` and are documented in
``eventwire/data/EVENTS.md``. Users extend them by passing extra JSON files
of the same shape to :func:`load_lexicon` (their entries are tried first).
``plover_cameo.json`` (built by ``scripts/build_cameo_lexicon.py`` from
PETRARCH2's CAMEO verb dictionary) adds verb phrase patterns and verb defaults
for the lemmas the curated lexicon lacks.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

DATA_PACKAGE = "eventwire.data"
LEXICON_FILE = "plover_lexicon.json"
CAMEO_FILE = "plover_cameo.json"
ORIGIN_CURATED, ORIGIN_CAMEO = "curated", "cameo"
KEEP_CAMEO = "keep_cameo"  # an entry that leaves the CAMEO senses of its lemmas in place
MODES_FILE = "plover_modes.json"
CONTEXTS_FILE = "plover_contexts.json"
PATTERNS_FILE = "plover_patterns.json"
PLACES_FILE = "plover_places.json"
COMMITMENTS_FILE = "plover_commitments.json"
POLARITY_FILE = "events_polarity.json"  # VADER valences (scripts/build_polarity_lexicon.py)
POLAR = "polar"  # the disapproval kind of strongly negative evaluative words
CONDITION_KEYS = ("prep", "particle", "object", "modifier", "xcomp", "future", "object_actor",
                  "object_modifier",
                  "object_place", "xcomp_any", "xcomp_negated", "no_object", "source_in", "prep_object",
                  "governor", "marker", "naming", "intransitive", "prep_place", "source_person",
                  "feeling", "prep_target", "question", "mandative", "infinitive_subject",
                  "object_and_prep", "helped_party", "object_control", "denied_permission",
                  "litotes", "obliged")


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: a lemma of one part of speech with its type, mode and conditions."""

    lemma: str
    pos: str
    type: str | None  # None: the phrase is known not to be a PLOVER event
    mode: str | None = None
    prep: tuple[str, ...] = ()
    particle: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    object_modifier: tuple[str, ...] = ()  # a modifier of the matched object: "[air] strikes"
    modifier: tuple[str, ...] = ()
    xcomp: tuple[str, ...] = ()
    xcomp_negated: tuple[str, ...] = ()  # an infinitive complement told not to happen:
    # 'told residents [not to return]'
    future: bool = False
    object_actor: bool = False
    object_place: bool = False
    xcomp_any: bool = False
    no_object: bool = False
    litotes: bool = False  # negated, with an infinitive of no help: 'will [not hesitate] to act'
    needs_context: bool = False
    needs_particular: bool = False  # (nouns) an event only when it names a party or is tied to
    # one time and place: 'violence in Varo on Saturday', not 'violence is never the answer'
    source_not: tuple[str, ...] = ()
    object_not: tuple[str, ...] = ()  # an object lemma that rules the entry out: 'troops and medics'
    source_in: tuple[str, ...] = ()
    prep_object: tuple[tuple[str, str], ...] = ()  # ("in", "clash"): "died in clashes"
    governor: tuple[str, ...] = ()  # (nouns) the verb it is the object of: "[pose] a threat"
    marker: tuple[str, ...] = ()  # a subordinating word of the verb: "[as] opposed to"
    naming: bool = False  # the verb names something: "a militia called X", "called it a Y"
    intransitive: bool = False  # no object or complement: "the population [declined]"
    prep_place: tuple[str, ...] = ()  # one of these prepositions with a place: "flew [to] Oslo"
    source_person: bool = False  # the clause's subject is a person or one of ``source_in``
    feeling: bool = False  # (nouns) used as a feeling: "greeted [with] relief", "relief [at]"
    prep_target: tuple[str, ...] = ()  # one of these prepositions, on the verb or its object,
    # with an actor or a place: 'launched drones [at] Kyiv', not 'launched a drone at a fair'
    denied_permission: bool = False  # a passive told not to be allowed to act: 'the editor is
    # [not allowed] to leave Norland' (a restriction asserted; see triggers)
    question: bool = False  # its complement is an indirect question: 'asked [whether] X ...'
    mandative: bool = False  # its that-clause asks for an act: 'insisted that X [withdraw]',
    # 'insisted that X [should] go', not the statement 'insisted that X had not crossed'
    infinitive_subject: bool = False  # a to-infinitive with a subject of its own, the party
    # asked to act: 'wants Redland [to withdraw]', 'want the hunts [to be stopped]'
    object_and_prep: bool = False  # both an ``object`` and one of the ``prep``s (either alone
    # is enough otherwise): 'leave troops [at] the posts', not 'left three soldiers dead'
    helped_party: bool = False  # the verb's object, or the subject of its bare infinitive, is a
    # party: a country, a people or an organisation ('helped [Redland] build a port')
    object_control: bool = False  # the object is control of a place or an installation:
    # 'took [control] of the town', not 'took control of the company' nor 'of its own territory'
    obliged: bool = False  # the verb is an obligation laid on its subject ('publishers [must]
    # obtain permission', '[are required to] submit books for review'): a rule, not a choice
    reversed: bool = False  # the roles are reversed: the subject undergoes the event, a
    # from- or by-phrase names who does it ('X came [under fire] from Y', 'X faced [pressure]')
    origin: str = ORIGIN_CURATED
    cameo: str | None = None

    @cached_property
    def conditional(self) -> bool:
        """True when the entry only fires under extra conditions (worked out once per entry)."""
        return any(bool(getattr(self, k)) for k in CONDITION_KEYS)


@dataclass
class Lexicon:
    """Trigger entries by (pos, lemma) plus the cue tables of the other data files."""

    entries: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    modes: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    contexts: dict[str, list[str]] = field(default_factory=dict)
    context_defaults: dict[str, list[str]] = field(default_factory=dict)
    patterns: dict[str, Any] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)
    commitments: dict[str, Any] = field(default_factory=dict)
    curated: frozenset[tuple[str, str]] = frozenset()  # (pos, lemma) of the curated entries
    cameo_types: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    disapproval: dict[str, frozenset[str]] = field(default_factory=dict)  # CAMEO 110-112:
    # "nouns" of attitude ('express dismay') and "evaluations" ('dismiss X as fabrication'),
    # with the attitude "adjectives" and "passives" of plover_patterns.json ('we are alarmed')
    verbal_attack: dict[str, frozenset[str]] = field(default_factory=dict)  # CAMEO 111 readings
    # of the verbs of attack: "objects", "reasons", "manners" (extract/verbal_attacks.py)
    _cues: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, repr=False,
                                                         compare=False)
    _context_sets: dict[str, frozenset[str]] | None = field(default=None, repr=False,
                                                            compare=False)
    plans: dict[tuple[str, str], tuple[Any, ...]] = field(default_factory=dict, repr=False,
                                                          compare=False)  # triggers.py
    _lemmas: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def candidates(self, pos: str, lemma: str) -> list[Entry]:
        """Entries for ``lemma`` as ``pos`` ("verb"/"noun"), conditional ones first."""
        return self.entries.get((pos, lemma.lower()), [])

    def lemmas(self) -> frozenset[str]:
        """Every lemma with entries, whatever its part of speech (gathered once)."""
        if self._lemmas is None:
            self._lemmas = frozenset(lemma for _, lemma in self.entries)
        return self._lemmas

    def cameo_vote(self, pos: str, lemma: str, etype: str) -> str:
        """How the CAMEO dictionary reads ``lemma``: 'same' type, 'other' types or 'none'."""
        types = self.cameo_types.get((pos, lemma.lower()))
        return "none" if not types else "same" if etype in types else "other"

    def is_curated(self, pos: str, lemma: str) -> bool:
        """True when the curated lexicon (or a user file) has entries for ``lemma`` as ``pos``."""
        return (pos, lemma.lower()) in self.curated

    def context_sets(self) -> dict[str, frozenset[str]]:
        """The keywords of each PLOVER context as a set, in the order of ``contexts``."""
        if self._context_sets is None:
            self._context_sets = {name: frozenset(words) for name, words in self.contexts.items()}
        return self._context_sets

    def cue(self, *path: str) -> frozenset[str]:
        """The lower-cased cue words from plover_patterns.json at ``path`` (read once per path)."""
        words = self._cues.get(path)
        if words is None:
            node: Any = self.patterns
            for key in path:
                node = node.get(key, {}) if isinstance(node, dict) else {}
            words = frozenset(str(w).lower() for w in node) if isinstance(node, list) else frozenset()
            self._cues[path] = words
        return words


def _read_package_json(name: str) -> dict[str, Any]:
    """Read one JSON file of the package data."""
    return json.loads(resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8"))


def _pairs(values: list[str]) -> tuple[tuple[str, str], ...]:
    """'prep noun' strings as (prep, noun) pairs."""
    return tuple(tuple(v.lower().split(" ", 1)) for v in values if " " in v)  # type: ignore[misc]


def _entries_of(spec: dict[str, Any], origin: str = ORIGIN_CURATED) -> list[Entry]:
    """Expand one JSON entry (several lemmas) into Entry objects."""
    needs = {w.lower() for w in spec.get("needs_context", [])}
    particular = {w.lower() for w in spec.get("needs_particular", [])}
    out = []
    for lemma in spec["lemmas"]:
        out.append(Entry(
            lemma=lemma.lower(), pos=spec["pos"], type=spec["type"], mode=spec.get("mode"),
            prep=tuple(spec.get("prep", ())), particle=tuple(spec.get("particle", ())),
            object=tuple(spec.get("object", ())), modifier=tuple(spec.get("modifier", ())),
            object_modifier=tuple(spec.get("object_modifier", ())),
            xcomp=tuple(spec.get("xcomp", ())),
            xcomp_negated=tuple(spec.get("xcomp_negated", ())), future=bool(spec.get("future", False)),
            object_actor=bool(spec.get("object_actor", False)),
            object_place=bool(spec.get("object_place", False)),
            xcomp_any=bool(spec.get("xcomp_any", False)),
            no_object=bool(spec.get("no_object", False)),
            litotes=bool(spec.get("litotes", False)),
            needs_context=lemma.lower() in needs,
            needs_particular=lemma.lower() in particular,
            source_not=tuple(spec.get("source_not", ())),
            object_not=tuple(spec.get("object_not", ())),
            source_in=tuple(spec.get("source_in", ())),
            prep_object=_pairs(spec.get("prep_object", [])),
            governor=tuple(spec.get("governor", ())),
            marker=tuple(spec.get("marker", ())),
            naming=bool(spec.get("naming", False)),
            intransitive=bool(spec.get("intransitive", False)),
            prep_place=tuple(spec.get("prep_place", ())),
            source_person=bool(spec.get("source_person", False)),
            feeling=bool(spec.get("feeling", False)),
            prep_target=tuple(spec.get("prep_target", ())),
            question=bool(spec.get("question", False)),
            denied_permission=bool(spec.get("denied_permission", False)),
            mandative=bool(spec.get("mandative", False)),
            infinitive_subject=bool(spec.get("infinitive_subject", False)),
            object_and_prep=bool(spec.get("object_and_prep", False)),
            helped_party=bool(spec.get("helped_party", False)),
            object_control=bool(spec.get("object_control", False)),
            obliged=bool(spec.get("obliged", False)),
            reversed=bool(spec.get("reversed", False)),
            origin=origin, cameo=spec.get("cameo"),
        ))
    return out


def _index(specs: list[dict[str, Any]], cameo: list[dict[str, Any]] = ()
           ) -> dict[tuple[str, str], list[Entry]]:
    """Index entries by (pos, lemma), keeping file order but conditional entries first.
    CAMEO entries only index lemmas the curated lexicon does not know: they add
    coverage and never change how a curated trigger is read. A lemma known only from
    entries marked ``keep_cameo`` (a phrase read before the dictionary's senses: 'closed
    the border') keeps its CAMEO entries after the curated ones. Role-reversed phrases
    ('come under fire', 'face pressure') are indexed whatever the lemma: the curated
    lexicon reads the verb in its own sense and has no reading of the phrase. They come
    first: a phrase of the verb with its preposition and noun ('came under fire from X') is
    more specific than a condition on the subject alone ('troops came': military aid)."""
    index: dict[tuple[str, str], list[Entry]] = {}
    for spec in specs:
        for entry in _entries_of(spec):
            index.setdefault((entry.pos, entry.lemma), []).append(entry)
    curated = _curated_keys(specs)
    for spec in cameo:
        for entry in _entries_of(spec, ORIGIN_CAMEO):
            if (entry.pos, entry.lemma) not in curated or entry.reversed:
                index.setdefault((entry.pos, entry.lemma), []).append(entry)
    for key, items in index.items():
        index[key] = [e for e in items if e.conditional and e.reversed] + \
            [e for e in items if e.conditional and not e.reversed] + \
            [e for e in items if not e.conditional]
    return index


def _curated_keys(specs: Iterable[dict[str, Any]]) -> frozenset[tuple[str, str]]:
    """(pos, lemma) of the curated entries, without lemmas only ``keep_cameo`` entries name.
    (The strongly negative words stay evaluations unless an entry triggers on the word alone:
    'violence' is an ASSAULT only as 'sexual violence', and a charge word otherwise.)"""
    return frozenset((s["pos"], w.lower()) for s in specs if not s.get(KEEP_CAMEO)
                     for w in s["lemmas"])


def _cameo_types(cameo: list[dict[str, Any]]) -> dict[tuple[str, str], frozenset[str]]:
    """The PLOVER types the CAMEO dictionary gives each (pos, lemma), whatever the pattern."""
    out: dict[tuple[str, str], set[str]] = {}
    for spec in cameo:
        for lemma in spec["lemmas"]:
            out.setdefault((spec["pos"], lemma.lower()), set()).add(spec["type"])
    return {k: frozenset(v) for k, v in out.items()}


def _merge_modes(base: dict[str, dict[str, list[str]]], extra: dict[str, Any]) -> None:
    """Merge user mode cues into ``base`` (user cues first)."""
    for etype, modes in extra.items():
        merged = dict(modes)
        for mode, cues in base.get(etype, {}).items():
            merged.setdefault(mode, cues)
        base[etype] = merged


def build_lexicon(extra_files: tuple[str, ...] = ()) -> Lexicon:
    """Build a Lexicon from the package data and optional user files (same JSON shapes)."""
    specs: list[dict[str, Any]] = []
    modes = _read_package_json(MODES_FILE)["modes"]
    context_data = _read_package_json(CONTEXTS_FILE)
    contexts = context_data["contexts"]
    defaults = context_data.get("type_defaults", {})
    places = _read_package_json(PLACES_FILE)["places"]
    for path in extra_files:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        specs.extend(data.get("entries", []))
        _merge_modes(modes, data.get("modes", {}))
        contexts.update(data.get("contexts", {}))
        places.update(data.get("places", {}))
    specs.extend(_read_package_json(LEXICON_FILE)["entries"])
    cameo_doc = _read_package_json(CAMEO_FILE)
    cameo = cameo_doc["entries"]
    patterns = _read_package_json(PATTERNS_FILE)
    return Lexicon(
        entries=_index(specs, cameo), cameo_types=_cameo_types(cameo),
        curated=_curated_keys(specs), modes=modes, contexts=contexts, context_defaults=defaults,
        patterns=patterns,
        places={k.lower(): v for k, v in places.items()},
        commitments=_read_package_json(COMMITMENTS_FILE),
        disapproval=_word_lists(cameo_doc.get("disapproval", {}),
                                patterns.get("disapproval_attitudes", {}),
                                patterns.get("disapproval_charges", {}),
                                _polar_words(_read_package_json(POLARITY_FILE),
                                             _curated_keys(s for s in specs
                                                           if not s.get("modifier")))),
        verbal_attack={k: frozenset(v) for k, v in cameo_doc.get("verbal_attack", {}).items()},
    )


def _polar_words(doc: dict[str, Any], curated: frozenset[tuple[str, str]]) -> dict[str, list[str]]:
    """The words whose VADER valence is at or under the file's ``negative_max`` (strong
    negative evaluations: 'unacceptable', 'brutal'), without the curated triggers' lemmas."""
    limit = doc.get("negative_max")
    if limit is None:
        return {}
    return {POLAR: [w for w, v in doc.get("negative", {}).items() if v <= limit
                    and ("adj", w) not in curated and ("noun", w) not in curated
                    and ("verb", w) not in curated]}


def _word_lists(*tables: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """The word lists of several tables, a kind's lists joined."""
    out: dict[str, frozenset[str]] = {}
    for table in tables:
        for kind, words in table.items():
            out[kind] = out.get(kind, frozenset()) | frozenset(words)
    return out


def load_lexicon(extra_files: tuple[str, ...] = ()) -> Lexicon:
    """The cached Lexicon for the package data plus ``extra_files``: one per list of files,
    however the list is passed (``load_lexicon()`` and ``load_lexicon(())`` are the same
    Lexicon, built once)."""
    return _cached_lexicon(tuple(extra_files))


@lru_cache(maxsize=8)
def _cached_lexicon(extra_files: tuple[str, ...]) -> Lexicon:
    """``build_lexicon`` once per tuple of files."""
    return build_lexicon(extra_files)
