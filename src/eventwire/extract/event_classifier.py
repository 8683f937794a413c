"""Event confidence: a logistic regression that confirms a candidate event.

Every candidate the lexicons find is scored from its type, trigger lemma and
lexicon origin (curated or CAMEO), the trigger pattern, which arguments were
found and linked to actors, modality and provenance notes, and its context: the
other candidates of its sentence, lead or body, inside a quotation or not, how
often its type recurs in the article, and whether the CAMEO dictionary reads the
trigger lemma as the same type. The weights are
package data (``data/event_classifier.json``) fitted by
``scripts/train_event_classifier.py`` on the tuning parts of the PLOVER and
VOA evaluation sets; inference is a sum of weights and a logistic function.
The probability is the event's ``confidence``: the share of events at that
confidence whose type is right (measured on the checking parts, see
EVENTS.md). Views show events at or above ``display_threshold()``.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import Any

from eventwire.extract.discourse import SAME_SENTENCE, TARGET_INHERITED_KEY, linked_by_discourse
from eventwire.model import EventMention

DATA_PACKAGE = "eventwire.data"
WEIGHTS_FILE = "event_classifier.json"
DEFAULT_THRESHOLD = 0.5
DEFAULT_CAMEO_FLOOR = 0.4
ORIGIN_CAMEO = "cameo"
PRIOR_STEP = 0.1
TRIGGER_GROUPS = frozenset({"type", "lemma", "origin", "pattern", "tag", "dep", "head", "intent"})
INFO_KEY = "trigger_info"
CONTEXT_KEYS = ("position", "quoted", "candidates", "types", "repeat")  # sentence/article context
MAX_COUNT = 3  # candidate counts above this share one feature
PRIOR_KEY = "pattern_score"  # the pattern-strength score, kept as evidence and feature
ASPECTUAL_VERBS = frozenset({"begin", "start", "continue", "keep", "resume", "proceed"})
CLAUSE_POS = ("VERB", "AUX")
SAME_SENTENCE_EVIDENCE = f"{SAME_SENTENCE}:"  # evidence of a partner of a coordinated verb


@lru_cache(maxsize=1)
def fitted_model() -> dict[str, Any]:
    """The fitted model (weights, bias, threshold), read once."""
    path = resources.files(DATA_PACKAGE).joinpath(WEIGHTS_FILE)
    return json.loads(path.read_text(encoding="utf-8"))


def clause_token(tok: Any) -> Any:
    """The token whose syntax (tag, dependency, head) describes the event's clause: the
    trigger itself, or the aspectual verb an infinitive or gerund trigger completes ('began
    to reinforce', 'have continued to demolish', 'kept firing'): an aspectual verb only
    places the event in time, so the clause reads as 'reinforced' or 'demolished' does."""
    t = tok
    while (t.dep_ == "xcomp" and t.head.i != t.i and t.head.pos_ in CLAUSE_POS
           and t.head.lemma_.lower() in ASPECTUAL_VERBS):
        t = t.head
    return t


def display_threshold() -> float:
    """The confidence at or above which the default views show an event."""
    return float(fitted_model().get("threshold", DEFAULT_THRESHOLD))


def cameo_floor() -> float:
    """The confidence a candidate found only by the CAMEO dictionary needs to be kept."""
    return float(fitted_model().get("cameo_floor", DEFAULT_CAMEO_FLOOR))


def confirmed(ev: EventMention) -> bool:
    """False for a CAMEO-only candidate the model does not confirm (curated triggers stay,
    and so do the dictionary's role-reversed phrases: 'came under fire', 'faced pressure',
    whose wording fixes the reading a bare verb of the dictionary lacks)."""
    info = ev.attributes.get(INFO_KEY) or {}
    return info.get("origin") != ORIGIN_CAMEO or bool(info.get("reversed")) \
        or ev.confidence >= cameo_floor()


def confirmed_events(events: list[EventMention]) -> list[EventMention]:
    """The events without unconfirmed CAMEO candidates and the intents derived from them."""
    dropped = {(ev.trigger.start, ev.trigger.end) for ev in events if not confirmed(ev)}
    return [ev for ev in events if confirmed(ev) and not _derived_from(ev, dropped)]


def _derived_from(ev: EventMention, triggers: set[tuple[int, int]]) -> bool:
    """True for an intent event derived from one of these trigger spans."""
    trig = (ev.attributes.get("intent_of") or {}).get("trigger") or {}
    return (trig.get("start"), trig.get("end")) in triggers


def _own(parts: list[Any], partnered: bool = False) -> list[Any]:
    """The participants the event's sentence names itself: not inherited ones, except, with
    ``partnered``, the partner taken from a verb the trigger is coordinated with ('X met Y
    and reached an agreement': Y is named by the same sentence, as the agreement's partner)."""
    return [p for p in parts
            if not getattr(p, "inherited", False) or (partnered and _coordinated(p))]


def _coordinated(p: Any) -> bool:
    """True for a participant inherited from another event of the same sentence."""
    return p.actor is not None and str(p.actor.evidence or "").startswith(SAME_SENTENCE_EVIDENCE)


def _partnered(ev: EventMention) -> bool:
    """True when the event's target was taken from a coordinated verb of its sentence."""
    return (ev.attributes.get(TARGET_INHERITED_KEY) or {}).get("from") == SAME_SENTENCE


def _linked(parts: list[Any], partnered: bool = False) -> bool:
    """True when some participant is linked to an actor with a country by its own sentence
    (a link only the discourse gives, 'the group' → an earlier name, does not count; with
    ``partnered``, a partner of a coordinated verb of the sentence does)."""
    return any(p.actor is not None and p.actor.country
               and ((partnered and _coordinated(p)) or not linked_by_discourse(p))
               for p in parts)


def _sector(parts: list[Any]) -> str:
    """The sector of the first linked participant ('GOV', 'MIL', ...), 'country' or 'none'."""
    for p in parts:
        if p.actor is not None:
            return p.actor.sector or ("country" if p.actor.country else "other")
    return "none" if not parts else "unlinked"


def trigger_features(t: str, lemma: str, origin: str, pattern: str,
                     info: dict[str, Any]) -> list[str]:
    """The features known from the trigger alone, before arguments are searched."""
    feats = [f"type={t}", f"lemma={lemma}", f"lemma={lemma}|type={t}",
             f"origin={origin}", f"origin={origin}|type={t}", f"pattern={pattern}"]
    if info:
        feats += [f"tag={info.get('tag')}", f"dep={info.get('dep')}", f"head={info.get('head')}",
                  f"tag={info.get('tag')}|type={t}"]
        if info.get("cameo"):
            feats.append(f"cameo={str(info['cameo'])[:2]}|type={t}")
    return feats


def features_of(ev: EventMention) -> list[str]:
    """The feature names that describe a candidate event."""
    t = ev.type
    a = ev.attributes
    prior = a.get(PRIOR_KEY)
    lex = a.get(INFO_KEY) or {}
    lemma = lex.get("lemma") or (a.get("intent_of") or {}).get("type", "").lower()
    origin = lex.get("origin") or ("intent" if "intent_of" in a else "other")
    partnered = _partnered(ev)  # the discourse is no evidence of type; a partner of a
    source, target = _own(ev.source), _own(ev.target, partnered)  # coordinated verb is
    src, tgt = bool(source), bool(target)
    feats = trigger_features(t, lemma, origin, a.get("pattern", "derived"), lex) + [
        f"args={int(src)}{int(tgt)}", f"args={int(src)}{int(tgt)}|type={t}",
        f"linked={int(_linked(source))}{int(_linked(target, partnered))}",
        f"modality={ev.modality}",
        f"from={a.get('participants_from') or a.get('source_from') or 'text'}",
        f"attributed={int(ev.attribution is not None)}",
        f"embedded={int(bool(a.get('embedded')))}",
        f"mode={int(ev.mode is not None)}",
        f"target_from={a.get('target_from', 'text')}",
    ]
    feats += [f"src_sector={_sector(source)}", f"tgt_sector={_sector(target)}"]
    feats += [f"{key}={lex[key]}" for key in CONTEXT_KEYS if key in lex]
    if "quoted" in lex:
        feats.append(f"quoted={lex['quoted']}|type={t}")
    if "cameo_vote" in lex:
        feats.append(f"cameo_vote={lex['cameo_vote']}|origin={origin}")
    if "repeat" in lex:
        feats.append(f"repeat={lex['repeat']}|type={t}")
    if "intent_of" in a:
        feats.append(f"intent={a['intent_of'].get('how')}|type={t}")
    if prior is not None:
        feats.append(f"prior={round(prior / PRIOR_STEP) * PRIOR_STEP:.1f}")
    return feats


def _group(feature: str) -> str:
    """A feature's group: its name without the value ('args=10|type=AID' → 'args|type=AID')."""
    name, _, rest = feature.partition("=")
    _, bar, suffix = rest.partition("|")
    return name + (bar + suffix if bar else "")


@lru_cache(maxsize=1)
def _group_maxima() -> dict[str, float]:
    """The largest weight in each feature group (at least 0: an unseen value weighs 0)."""
    out: dict[str, float] = {}
    for feature, w in fitted_model()["weights"].items():
        g = _group(feature)
        out[g] = max(out.get(g, 0.0), w)
    return out


def best_case(known: list[str], etype: str) -> float:
    """The highest probability a candidate with these trigger features can reach, whatever
    its arguments, modality and provenance turn out to be."""
    m = fitted_model()
    z = m["bias"] + sum(m["weights"].get(f, 0.0) for f in known)
    for w in _open_maxima(etype):
        z += w
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=64)
def _open_maxima(etype: str) -> tuple[float, ...]:
    """The largest weights of the groups a candidate of type ``etype`` still has open once
    its trigger is known (not the trigger's groups, nor another type's), in group order."""
    out = []
    for group, w in _group_maxima().items():
        base, _, suffix = group.partition("|")
        if base in TRIGGER_GROUPS or (suffix.startswith("type=") and suffix != f"type={etype}"):
            continue
        out.append(w)
    return tuple(out)


def probability(features: list[str]) -> float:
    """The model's probability that an event with these features is right."""
    m = fitted_model()
    z = m["bias"] + sum(map(m["weights"].get, features, repeat(0.0, len(features))))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def mark_shown(events: list[EventMention]) -> None:
    """Set ``shown``: whether each event reaches the display threshold of the views."""
    threshold = display_threshold()
    for ev in events:
        ev.shown = ev.confidence >= threshold


def note_sentence(events: list[EventMention]) -> None:
    """Record in each candidate's trigger info how many candidates (and types) its sentence has."""
    n, k = min(len(events), MAX_COUNT), min(len({e.type for e in events}), MAX_COUNT)
    for ev in events:
        info = ev.attributes.get(INFO_KEY)
        if isinstance(info, dict):
            info.setdefault("candidates", str(n))
            info.setdefault("types", str(k))


def rescore_in_article(events: list[EventMention]) -> None:
    """Score every event again knowing how often its type recurs in other sentences."""
    sentences: dict[str, set[int]] = {}
    for ev in events:
        sentences.setdefault(ev.type, set()).add(ev.sentence.start)
    for ev in events:
        info = ev.attributes.get(INFO_KEY)
        if not isinstance(info, dict):
            continue
        info["repeat"] = str(min(len(sentences[ev.type] - {ev.sentence.start}), MAX_COUNT - 1))
        ev.confidence = round(probability(features_of(ev)), 3)


def score_events(events: list[EventMention]) -> None:
    """Set each event's confidence from the model (the pattern-strength score is a feature)."""
    note_sentence(events)
    for ev in events:
        ev.attributes.setdefault(PRIOR_KEY, ev.confidence)
        ev.confidence = round(probability(features_of(ev)), 3)
