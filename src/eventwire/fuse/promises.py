"""Promise tracking: every commitment becomes a promise that is open, kept, broken or expired.

A promise to refrain from something ("no strikes on energy infrastructure for
30 days") is broken by a later asserted ASSAULT/COERCE event by the promiser
inside the window that touches the promised scope; when the window has closed
without one it is kept if the store covers the promiser during the window, and
expired (cannot be judged) otherwise. A promise to do something is kept by a
matching later event by the promiser before the deadline and expired when
the deadline passes without one. "Now" is the latest date the store knows
about, so results do not depend on when the command runs.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections import ChainMap
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Text,
    bindparam,
    cast,
    delete,
    func,
    insert,
    or_,
    select,
    union,
)
from sqlalchemy import text as sql_text

from eventwire.fuse.dates import date_range, duration_days
from eventwire.fuse.index import actor_rows, type_rows
from eventwire.fuse.mentions import NAME_WORD_RE, TITLE_WORDS, text_of
from eventwire.fuse.promise_cues import content_synonyms, cue_lexicon
from eventwire.store import driver_rows, in_chunks
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s
from eventwire.store.jsontext import loads as json_loads

REFRAIN_WORDS = frozenset({"refrain", "not", "no", "halt", "stop", "pause", "suspend", "cease",
                           "avoid", "never", "end", "freeze", "moratorium", "without"})
BREAKING_TYPES = frozenset({"ASSAULT", "COERCE"})
JUDGED_MODALITIES = ("asserted", "negated")  # 'did not happen' reports count
NAMED_CONTENT = ("agreement", "pledge", "ultimatum")
STATED_KINDS = ("plan", "threat", "intent")
OWN_RECORD_KINDS = (*STATED_KINDS, "agreement")  # commitments a record's own later report can
#   carry out when they state their day: a plan, and an agreement's start ("the truce begins
#   at 4 a.m. on Wednesday", carried out by another outlet's "the truce took effect")
TEMPORARY_CUES = (" temporarily ", " for the time being ", " for now ", " provisionally ")
#   a stay promised for a while only (``temporary_stay``)
SAID_ONLY_TYPES = ("AGREE", "THREATEN", "ACCUSE", "REQUEST", "REJECT")  # an agreement, threat,
# accusation, demand or refusal carries out no pledge it names the words of
MIN_SCOPE_SHARE = 0.25  # an untyped pledge is matched by an event naming a quarter of its scope  # the trigger names what is promised
STATE_SECTORS = ("GOV", "MIL")  # a leader's or army's promise binds their state
SCOPE_STOP = frozenset({"attacks", "attack", "strikes", "strike", "from", "with", "that", "this",
                        "their", "days", "hours"})
WORD_RE = re.compile(r"[A-Za-z]{4,}")
JUDGED_META = "promises_as_of"  # the "now" the stored promises were judged at
KEYS_META = "promise_keys"  # present once ``promise_keys`` covers every stored promise
JOINT_KINDS = ("agreement",)  # what an agreement promises is done by all its parties
ODD_LOWER = ("\u0130", "\u212a", "\\u0130", "\\u212a", "\\u212A")  # characters (raw and
# as JSON escapes) whose lower case holds an ASCII letter: ``naming`` keeps events with them
NO_EVENT = ""  # ``deciding_type`` of a promise no other event can decide
FOLDED_KINDS = frozenset({"breaks", "not_done", "held", "fulfils", "extended", "window_closed",
                          "coverage"})  # evidence items ``Prior.refold`` keeps or writes again

Pool = Callable[[dict[str, Any], dict[str, Any]], list[dict[str, Any]]]
_FACTS: dict[int, tuple[dict[str, Any], dict[str, Any]]] | None = None  # while ``judging``:
# id of an event dict -> (the dict, what ``_fact`` computed of it)


@contextmanager
def judging() -> Iterator[None]:
    """Within: what ``_fact`` computes of an event dict (its participants' keys, its text, its
    places and countries) is computed once per dict. The dicts must not change meanwhile (a
    refresh reads them, decoded once, from its ``EventCache``)."""
    global _FACTS
    outer, _FACTS = _FACTS, {} if _FACTS is None else _FACTS
    try:
        yield
    finally:
        _FACTS = outer


def _fact(o: dict[str, Any], name: str, compute: Callable[[dict[str, Any]], Any]) -> Any:
    """``compute(o)``, remembered per event dict while ``judging`` (a pool's events are read
    again by every promise judged against it: the remembered value is found in one look-up
    of the dict's entry and one of the name)."""
    facts = _FACTS
    if facts is None:
        return compute(o)
    entry = facts.get(id(o))
    if entry is None or entry[0] is not o:
        entry = facts[id(o)] = (o, {})
    memo = entry[1]
    found = memo.get(name, _UNSET)
    if found is _UNSET:
        found = memo[name] = compute(o)
    return found


_UNSET = object()  # ``_fact``: no value remembered yet


def actor_refs(value: Any, known: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """ActorRefs from a commitment field: actor ids or names (resolved against ``known``
    participants), participant spans, ActorRefs, or lists of them."""
    if value is None:
        return []
    if isinstance(value, list):
        return [r for v in value for r in actor_refs(v, known)]
    if isinstance(value, str):
        for ref in known or []:
            if value in (ref.get("id"), ref.get("name")):
                return [ref]
        return [{"id": None, "name": value}]
    if isinstance(value, dict):
        if isinstance(value.get("actor"), dict):
            return [value["actor"]]
        if "id" in value or "name" in value:
            return [value]
        if value.get("text"):
            return actor_refs(value["text"], known)
    return []


def value_of(value: Any) -> str | None:
    """A TIMEX value from a commitment field (string or time dict)."""
    if isinstance(value, dict):
        value = value.get("value")
    return value if isinstance(value, str) else None


def keys_of(refs: list[dict[str, Any]]) -> set[str]:
    """Identity keys (actor ids and surnames) of actor refs."""
    out = set()
    for r in refs:
        if r.get("id"):
            out.add("id:" + str(r["id"]))
        if r.get("country") and r.get("sector") in STATE_SECTORS and r.get("kind") != "state":
            out.add("id:country:" + str(r["country"]))
        words = [w.lower() for w in NAME_WORD_RE.findall(r.get("name") or "")
                 if w.lower() not in TITLE_WORDS]
        if words:
            out.add("name:" + words[-1])
    return out


def event_keys(ev: dict[str, Any], role: str) -> frozenset[str]:
    """Identity keys of an event's participants in one role."""
    return _fact(ev, role, ROLE_KEYS[role])


ROLE_KEYS: dict[str, Callable[[dict[str, Any]], frozenset[str]]] = {
    role: (lambda e, role=role: frozenset(keys_of(e.get(role) or [])))
    for role in ("source", "target")}  # ``event_keys`` computed, by role


def has_type(o: dict[str, Any], etype: str | None) -> bool:
    """Whether an event is of a type or holds a mention of it (a talks report merged into a
    record typed by its first mention, a request, still tells of the talks)."""
    return bool(etype) and (o.get("type") == etype or any(
        m.get("type") == etype for m in o.get("mentions") or []))


def party_keys(c: dict[str, Any], ev: dict[str, Any], promiser: set[str]) -> set[str]:
    """Identity keys of the parties whose reports tell of what was promised: the promiser,
    and for an agreement also its other parties (a ceasefire's late start told with only
    the other side named is a report on the same truce)."""
    if c.get("kind") not in JOINT_KINDS or not c.get("content_type"):
        return promiser
    return promiser | keys_of(actor_refs(c.get("promisee"), ev.get("participants")))


def window(c: dict[str, Any], ev: dict[str, Any]) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of a commitment's window (a deadline may be a date or a duration)."""
    start_r = date_range(value_of(c.get("start"))) or date_range(ev.get("date"))
    if start_r is None and ev.get("date_range"):
        start_r = date_range(ev["date_range"][0])
    start = start_r[0] if start_r else None
    deadline = value_of(c.get("deadline"))
    if date_range(deadline):
        return start, date_range(deadline)[1]
    days = duration_days(value_of(c.get("duration"))) or duration_days(deadline)
    if start and days:
        return start, start + dt.timedelta(days=min(days, (dt.date.max - start).days))
    stated = date_range(value_of(c.get("start")))
    if stated and stated[1] > stated[0]:  # "done this month", "next week": due by its end
        return start, stated[1]
    return start, None


def kind_of(c: dict[str, Any]) -> str:
    """'refrain' for commitments not to do something, else 'do'."""
    if c.get("negative") is True:
        return "refrain"
    if c.get("kind") in STATED_KINDS:
        return "do"  # a stated plan or threat says itself whether it is negative
    words = {w.lower() for w in NAME_WORD_RE.findall(text_of(c.get("action")))}
    return "refrain" if words & REFRAIN_WORDS else "do"


def scope_words(c: dict[str, Any]) -> set[str]:
    """Content words of a commitment's scope (else its action)."""
    text = text_of(c.get("scope")) or text_of(c.get("action"))
    return {w.lower() for w in WORD_RE.findall(text)} - SCOPE_STOP - REFRAIN_WORDS


def event_text(ev: dict[str, Any]) -> str:
    """All mention sentences and target names of an event, lower-cased."""
    return _fact(ev, "text", _event_text)


def _event_text(ev: dict[str, Any]) -> str:
    """``event_text``, computed."""
    parts = [(m.get("sentence") or {}).get("text") or "" for m in ev.get("mentions") or []]
    parts += [t.get("name") or "" for t in ev.get("target") or []]
    return " ".join(parts).lower()


def held_cue(o: dict[str, Any]) -> str | None:
    """The first cue in an event's text that what was promised held (``cue_in`` of
    ``event_text``), once per event dict while ``judging``."""
    return _fact(o, "held cue", _held_cue)


def _held_cue(o: dict[str, Any]) -> str | None:
    """``held_cue``, computed."""
    return cue_in(event_text(o), cue_lexicon()["held"])


def content_words(c: dict[str, Any]) -> set[str]:
    """Content words of what is promised: its action and its trigger ('ceasefire'), with the
    words that name the same content ('truce' for 'ceasefire')."""
    text = text_of(c.get("action")) + " " + text_of((c.get("spans") or {}).get("trigger"))
    words = {w.lower() for w in WORD_RE.findall(text)} - SCOPE_STOP - REFRAIN_WORDS
    synonyms = content_synonyms()
    return words.union(*(synonyms.get(w, frozenset()) for w in words))


def participant_keys(o: dict[str, Any]) -> set[str]:
    """Identity keys of an event's participants in either role."""
    return event_keys(o, "source") | event_keys(o, "target")


def in_window(ev: dict[str, Any], start: dt.date | None, end: dt.date | None) -> bool:
    """Whether an event's date range overlaps a window (open ends allowed)."""
    rng = ev.get("date_range")
    if not rng or start is None:
        return False
    lo, hi = dt.date.fromisoformat(rng[0]), dt.date.fromisoformat(rng[1])
    return hi >= start and (end is None or lo <= end)


def as_of(conn: Connection) -> dt.date | None:
    """The latest date the store has coverage from: the newest publication date (event dates
    only when no article is dated; planned events lie in the future and are no coverage)."""
    published = conn.execute(select(func.max(s.articles.c.published))).scalar()
    value = published or conn.execute(select(func.max(ft.events.c.date_max))).scalar()
    return dt.date.fromisoformat(value[:10]) if value else None


def made_on(ev: dict[str, Any], c: dict[str, Any] | None = None) -> dt.date | None:
    """The day a promise was made: as the commitment states it (a stated plan: the day it
    was reported), else the first day of its event (an agreement: the day it was made)."""
    made = date_range(value_of((c or {}).get("made")))
    if made:
        return made[0]
    rng = ev.get("date_range")
    if rng:
        return dt.date.fromisoformat(rng[0])
    r = date_range(ev.get("date"))
    return r[0] if r else None


def judge_window(c: dict[str, Any], ev: dict[str, Any]) -> tuple[dt.date | None, dt.date | None]:
    """The window a promise is judged in: from its start (else the day it was made) to its
    deadline; a promise with a start time and no deadline ('takes effect at 04:00 on
    Wednesday') is due on its start day."""
    # once per commitment dict while ``judging`` (each commitment belongs to one event)
    return _fact(c, "judge window", lambda _: _judge_window(c, ev))


def _judge_window(c: dict[str, Any], ev: dict[str, Any]) -> tuple[dt.date | None, dt.date | None]:
    """``judge_window``, computed."""
    start, end = window(c, ev)
    made = made_on(ev, c)
    if end is None and start is not None and value_of(c.get("start")) and made and start > made:
        end = start
    return start, end


def cue_in(text: str, cues: frozenset[str]) -> str | None:
    """The first cue phrase found in a lower-cased text (as whole words; the pattern is tried
    only where the phrase occurs at all)."""
    return next((cue for cue in sorted_cues(cues) if cue in text and cue_pattern(cue).search(text)),
                None)


@lru_cache(maxsize=64)
def sorted_cues(cues: frozenset[str]) -> tuple[str, ...]:
    """A cue set in the order ``cue_in`` tries it."""
    return tuple(sorted(cues))


@lru_cache(maxsize=4096)
def cue_pattern(cue: str) -> re.Pattern[str]:
    """The whole-word pattern of one cue phrase."""
    return re.compile(r"\b" + re.escape(cue) + r"\b")


def _item(kind: str, o: dict[str, Any], cue: str | None = None,
          mention: dict[str, Any] | None = None) -> dict[str, Any]:
    """One piece of evidence: the deciding event, its date, and the article and sentence
    that decide (``mention``, else the event's first mention)."""
    m = mention or (o.get("mentions") or [{}])[0]
    out = {"kind": kind, "event": o["id"], "date": o.get("date"),
           "article": m.get("article") or (o.get("articles") or [None])[0],
           "text": (m.get("sentence") or {}).get("text", "")}
    if cue:
        out["cue"] = cue
    return out


def deciding_mention(o: dict[str, Any], words: set[str], ctype: str | None = None
                     ) -> tuple[str, dict[str, Any]] | None:
    """The first reported (asserted or negated) mention of ``o`` whose sentence names what
    was promised (any such mention when nothing is named) and does not schedule it ('is
    due to take effect'), with its lower-cased sentence: cues count only there. Mentions of
    the promised type ``ctype`` come first (a record of a return of soldiers that also holds
    another outlet's rejection told beside the plan is decided by a report of the return)."""
    lex = cue_lexicon()
    mentions = list(o.get("mentions") or [])
    if ctype:
        mentions.sort(key=lambda m: m.get("type") != ctype)
    for m in mentions:
        text = ((m.get("sentence") or {}).get("text") or "").lower()
        if m.get("modality", "asserted") not in JUDGED_MODALITIES:
            continue  # a plan or a hypothesis merged into the record tells nothing done
        if cue_in(text, lex["scheduled"]) and not cue_in(text, lex["held"]):
            continue  # 'the truce is due to take effect': it is yet to happen
        if not words or any(w in text for w in words):
            return text, m
    return None


def _first_day(o: dict[str, Any]) -> dt.date | None:
    """First day of an event's date range."""
    rng = o.get("date_range")
    return dt.date.fromisoformat(rng[0]) if rng else None


def _sorted(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Evidence in date order (undated last)."""
    return sorted(items, key=lambda e: str(e.get("date") or "9999"))


def _last_day(o: dict[str, Any]) -> dt.date | None:
    """Last day of an event's date range."""
    rng = o.get("date_range")
    return dt.date.fromisoformat(rng[1]) if rng else None


def held_in_own_record(c: dict[str, Any], ev: dict[str, Any], made_in: str | None,
                       made: dt.date | None, end: dt.date | None) -> dict[str, Any] | None:
    """Evidence that a plan for a stated day was carried out, from the promise's own record:
    the record merged the plan ('the envoy would meet the premier on Thursday', or an
    agreement's stated start, 'the truce begins on Wednesday') with another
    article's report that it happened, of the promised type, and its own date is that day
    or later (not past the deadline). A plan carried out over a period, a conditional one,
    or a report that says it was not done does not count."""
    ctype, rng = c.get("content_type"), ev.get("date_range")
    stated = date_range(value_of(c.get("start")))
    if not (ctype and made_in and stated and rng and rng[0] == rng[1]
            and c.get("kind") in OWN_RECORD_KINDS and ev.get("date_from") == "text") \
            or gradual(c) or condition_of(c):
        return None
    day = dt.date.fromisoformat(rng[0])
    if day < stated[0] or (made and day < made) or (end and day > end):
        return None
    lex = cue_lexicon()
    for m in ev.get("mentions") or []:
        said = ((m.get("sentence") or {}).get("text") or "").lower()
        if m.get("article") != made_in and m.get("type") == ctype and \
                m.get("modality") == "asserted" and not cue_in(said, lex["unfulfilled"]) and \
                not cue_in(said, lex["pending"]):
            return _item("fulfils", ev, None, m)
    return None


def evaluate(c: dict[str, Any], ev: dict[str, Any], events: list[dict[str, Any]],
             now: dt.date | None, made_in: str | None = None
             ) -> tuple[str, list[dict[str, Any]]]:
    """Status and evidence (the deciding item first) of one promise, from the promiser's
    events after the promise was made: a breach or a 'did not happen' report breaks
    it, a matching event inside the window (or a report that it held) keeps it, a
    closed window decides by the coverage after it. An event that ended before a stated
    start ('will meet on Thursday') is not what was promised. ``made_in``: the article the
    promise was made in (``held_in_own_record``)."""
    kind = kind_of(c)
    start, end = judge_window(c, ev)
    made = made_on(ev, c) or start
    promiser = keys_of(actor_refs(c.get("promiser"), ev.get("participants"))) or \
        event_keys(ev, "source")
    words = content_words(c)
    extension = extended(events, ev, made, end, promiser, words,
                         theatre=True) if has_deadline(c) else None
    if extension is not None:
        end = dt.date.fromisoformat(extension["deadline"])
    breaks, keeps, later, after = fold(c, ev, events, start, end, made, promiser, words,
                                       made_in)
    if kind == "do" and not temporary_stay(c) and \
            (own := held_in_own_record(c, ev, made_in, made, end)) is not None:
        keeps.append(own)
    closed = end is not None and now is not None and now > end
    ext = [extension] if extension is not None else []
    if condition_of(c):
        return conditional_verdict(c, keeps, closed, end, ext)
    if breaks:
        return "broken", _sorted(breaks) + _sorted(keeps) + ext
    if keeps and (kind == "refrain" or closed or not gradual(c)):
        return "kept", _sorted(keeps) + ext
    if closed:
        note = {"kind": "window_closed", "date": end.isoformat(),
                "text": f"the window closed on {end.isoformat()}"}
        if (later and not day_plan(c)) or (kind == "refrain" and after):
            note["text"] += (" with later coverage of the promiser and no breach"
                             if kind == "refrain" else " without a report that it was done")
            return ("kept" if kind == "refrain" else "broken"), [note] + _sorted(
                [_item("coverage", o) for o in later][:1]) + ext
        note["text"] += " without " + ("a fulfilling event" if kind == "do" else
                                       "coverage of the promiser to judge it")
        return "expired", [note] + ext
    return "open", _sorted(keeps) + ext


def fold(c: dict[str, Any], ev: dict[str, Any], events: list[dict[str, Any]],
         start: dt.date | None, end: dt.date | None, made: dt.date | None,
         promiser: set[str], words: set[str], made_in: str | None = None
         ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], bool]:
    """What the pool events tell a promise (``evaluate``), each on its own: the breaches and
    the reports that it was carried out (in the pool's order), the promiser's asserted
    events after the window's end, and whether any dated event of the promiser came from the
    promise on. An event of the day the promise was made, told only by the article it was
    made in (``made_in``) among others, is the occasion it was made at ("the ministers held
    talks ... and agreed to keep talking"), not a report that it was carried out."""
    kind = kind_of(c)
    scope = scope_words(c)
    ctype = c.get("content_type")
    cmode = c.get("content_mode") or (ev.get("mode") if ctype == ev.get("type") else None)
    parties = party_keys(c, ev, promiser)
    breaks: list[dict[str, Any]] = []
    keeps: list[dict[str, Any]] = []
    later: list[dict[str, Any]] = []
    after = False  # a dated event of the promiser from the promise on
    stated_start = bool(value_of(c.get("start")))
    plan_day = day_plan(c)
    sig = (kind, frozenset(promiser), frozenset(parties), ctype, cmode, frozenset(words),
           frozenset(scope), c.get("kind") in STATED_KINDS, theatre_of(ev),
           None if gradual(c) else promised_counts(c, ev))
    eid = ev["id"]
    for o in events:
        d = _fact(o, sig, lambda o: digest(o, sig))
        if d is None or o["id"] == eid:
            continue  # not the promiser's (or a party's) report, or the promise's own event
        first = d[0]
        if first is None or made is None or first < made:
            continue  # only what happened after the promise was made counts
        after = True
        if made_in and first == made and own_occasion(o, made_in):
            continue
        if end is not None and first > end:
            if d[2]:
                later.append(o)  # coverage of the promiser, wherever it is told
            if not d[3]:
                continue
        if not d[4]:
            continue  # told in another story about another place, or only as a plan: it
            #           covers the promiser but is no evidence on the promise
        if kind == "refrain":
            if (start is not None and first < start) or d[5] is None:
                continue
            breaks_it, item = d[5]
            (breaks if breaks_it else keeps).append(dict(item))
            continue
        if stated_start and start is not None and (d[1] or first) < start:
            continue  # done before the day it was promised for: another occurrence
        found = d[5]
        if found is None:
            continue
        mention, by_party, failed, pending_cue, short, negated, keep = found
        due = end is not None and first >= end
        pending = pending_cue if due else None
        refused = negated and end is not None
        occasion = due or (plan_day and start is not None and first >= start)
        if by_party and (refused or failed or pending or (short and occasion)):
            breaks.append(_item("not_done", o, failed or pending or short, mention))
        elif keep is not None and not temporary_stay(c):
            keeps.append(dict(keep))
    return breaks, keeps, later, after


def word_in(word: str, text: str) -> bool:
    """Whether ``text`` has a word starting with ``word`` ('barricade' in 'the barricades'),
    not only the letters inside another word ('unit' in 'ammunition')."""
    return re.search(r"\b" + re.escape(word), text) is not None


def own_occasion(o: dict[str, Any], made_in: str) -> bool:
    """Whether event ``o`` is talks or a meeting (CONSULT) told by the article ``made_in``
    (``fold``): the meeting a promise told in that article was made at, on its day."""
    return o.get("type") == "CONSULT" and \
        any(m.get("article") == made_in for m in o.get("mentions") or [])


Sig = tuple[Any, ...]  # what ``digest`` reads of a promise (``evaluate``)
Digest = tuple[Any, ...] | None


def theatre_of(ev: dict[str, Any]) -> tuple[Any, ...]:
    """What ``same_theatre`` reads of a promise's event: its story, places and countries."""
    return ev.get("story"), place_keys(ev), theatre_countries(ev)


def in_theatre(o: dict[str, Any], theatre: tuple[Any, ...]) -> bool:
    """``same_theatre(o, ev)`` from ``theatre_of(ev)``."""
    se, pe, ce = theatre
    so = o.get("story")
    if not so or not se or so == se:
        return True
    po = place_keys(o)
    if po and pe:
        return bool(po & pe)
    co = theatre_countries(o)
    return not co or not ce or bool(co & ce)


def digest(o: dict[str, Any], sig: Sig) -> Digest:
    """What one pool event tells a promise, apart from the promise's dates (``evaluate``
    compares those): None when it is no report by the promiser (or a party) at all, else
    ``(first day, last day, asserted, a held report of the type, evidence in the promise's
    theatre, outcome)``; the outcome of a refrain promise is ``(breaks, item)`` or None, that
    of a promise to act ``(mention, by a party, failed cue, pending cue, shortfall, negated,
    fulfilling item or None)`` or None. Promises of one promiser, type, content and theatre
    share it (computed once per event and ``sig`` while ``judging``)."""
    kind, promiser, parties, ctype, cmode, words, scope, stated, theatre, promised = sig
    modality = o.get("modality")
    if modality not in JUDGED_MODALITIES:
        return None
    source = event_keys(o, "source")
    typed = has_type(o, ctype)
    if not (promiser & source or (typed and promiser & event_keys(o, "target") and held_cue(o))
            or (parties != promiser and typed and parties & participant_keys(o))):
        return None
    asserted = modality == "asserted"
    typed_held = typed and bool(held_cue(o))
    first = _first_day(o)
    if first is None:
        return first, None, asserted, typed_held, False, None
    theatre_ok = in_theatre(o, theatre) and not only_planned(o)
    outcome: Any = None
    if not theatre_ok:
        return first, _last_day(o), asserted, typed_held, False, None
    text = event_text(o)
    by_promiser = bool(promiser & source)
    if kind == "refrain":
        if by_promiser:
            touches = not scope or any(w in text for w in scope)
            if asserted and touches and (o["type"] in BREAKING_TYPES or typed):
                outcome = (True, _item("breaks", o))
            elif asserted and typed_held:
                outcome = (False, _item("held", o, held_cue(o)))
        return first, _last_day(o), asserted, typed_held, True, outcome
    if ctype:
        found = deciding_mention(o, set(words), ctype) if typed and (
            not cmode or not o.get("mode") or same_mode(o["mode"], cmode)) else None
    else:
        hit = [w for w in scope if word_in(w, text)]
        found = deciding_mention(o, set()) if (
            scope and len(hit) >= MIN_SCOPE_SHARE * len(scope) and o["type"] not in SAID_ONLY_TYPES
            and not stated) else None
    if found is not None:
        lex = cue_lexicon()
        said, mention = found
        by_party = by_promiser or (typed and bool(parties & participant_keys(o)))
        pending = cue_in(said, lex["pending"])
        short = None if promised is None else short_of(promised, o)
        keep = None if not asserted or pending or short else _item(
            "fulfils", o, cue_in(said, lex["held"]), mention)
        outcome = (mention, by_party, cue_in(said, lex["unfulfilled"]), pending, short,
                   modality == "negated", keep)
    return first, _last_day(o), asserted, typed_held, True, outcome


def _counts(o: dict[str, Any]) -> list[tuple[str, float]]:
    """(noun, number) of the counts an event states ('two wounded soldiers': soldier, 2)."""
    return [(str(x["of"]), float(x["count"]))
            for x in (o.get("attributes") or {}).get("counts") or []
            if isinstance(x, dict) and isinstance(x.get("count"), int | float) and x.get("of")]


def shortfall(c: dict[str, Any], ev: dict[str, Any], o: dict[str, Any]) -> str | None:
    """A part of what was promised, not all of it: the promise counts what it will do ('will
    repatriate 20 soldiers', 'to free 50 prisoners') and the event done counts fewer of the
    same ('returned two soldiers'): '2 of 20 soldier'. None when either names no count or
    any report of the event counts as many."""
    return short_of(promised_counts(c, ev), o)


def promised_counts(c: dict[str, Any], ev: dict[str, Any]) -> tuple[tuple[str, float], ...]:
    """(noun, number) of the counts a promise's action states, in the order its event
    states them (``shortfall``)."""
    action = c.get("action")
    action = str((action.get("text") if isinstance(action, dict) else action) or "").lower()
    if not action:
        return ()
    promised: dict[str, float] = {}
    for x in (ev.get("attributes") or {}).get("counts") or []:
        text = ((x.get("span") or {}).get("text") or "").lower() if isinstance(x, dict) else ""
        if text and text in action and isinstance(x.get("count"), int | float) and x.get("of"):
            promised[str(x["of"])] = float(x["count"])
    return tuple(promised.items())


def short_of(counts: tuple[tuple[str, float], ...], o: dict[str, Any]) -> str | None:
    """``shortfall`` from the promised counts (``promised_counts``)."""
    if not counts:
        return None
    promised = dict(counts)
    done: dict[str, float] = {}
    for of, n in _counts(o):
        if of in promised:
            done[of] = max(n, done.get(of, 0.0))
    for of, n in done.items():
        if n < promised[of]:
            return f"{n:g} of {promised[of]:g} {of}"
    return None


def only_planned(o: dict[str, Any]) -> bool:
    """Whether every mention of an event states it as a plan ('the rebels are to free 12
    hostages'): what is to be done is no evidence that it was done or not done."""
    cs = [c for c in (o.get("commitments") or {}).values() if isinstance(c, dict)]
    return bool(cs) and len(cs) >= len(o.get("mentions") or []) and \
        all(c.get("kind") == "plan" for c in cs)


def place_keys(ev: dict[str, Any]) -> frozenset[str]:
    """Where an event happened: its location's name and country (empty when unknown)."""
    return _fact(ev, "place", _place_key_set)


def _place_key_set(ev: dict[str, Any]) -> frozenset[str]:
    """``place_keys``, computed."""
    return frozenset(_place_keys(ev))


def _place_keys(ev: dict[str, Any]) -> set[str]:
    """``place_keys``, computed."""
    loc = ev.get("location")
    if not isinstance(loc, dict):
        return set()
    return {k for k in ("name:" + str(loc.get("text") or "").lower(),
                        "country:" + str(loc.get("country") or "").upper())
            if not k.endswith(":")}


def same_theatre(o: dict[str, Any], ev: dict[str, Any]) -> bool:
    """Whether an event can bear on a promise made in ``ev``: it belongs to the same story;
    or, told in another story, it happened at the same place (when both places are known)
    or involves a country the promise's event does (a truce promised for one front is
    neither kept nor broken by a ceasefire or a strike on another)."""
    so, se = o.get("story"), ev.get("story")
    if not so or not se or so == se:
        return True
    po, pe = place_keys(o), place_keys(ev)
    if po and pe:
        return bool(po & pe)
    co, ce = theatre_countries(o), theatre_countries(ev)
    return not co or not ce or bool(co & ce)


def theatre_countries(ev: dict[str, Any]) -> frozenset[str]:
    """The countries an event involves: its participants' and its location's."""
    return _fact(ev, "countries", _theatre_country_set)


def _theatre_country_set(ev: dict[str, Any]) -> frozenset[str]:
    """``theatre_countries``, computed."""
    return frozenset(_theatre_countries(ev))


def _theatre_countries(ev: dict[str, Any]) -> set[str]:
    """``theatre_countries``, computed."""
    out = {str(p.get("country")).upper() for p in ev.get("participants") or []
           if isinstance(p, dict) and p.get("country")}
    loc = ev.get("location")
    if isinstance(loc, dict) and loc.get("country"):
        out.add(str(loc["country"]).upper())
    return out


def same_mode(a: str, b: str) -> bool:
    """Whether two PLOVER modes are one, written with or without their type
    ('RETREAT/ceasefire' and 'ceasefire')."""
    return a.rsplit("/", 1)[-1].lower() == b.rsplit("/", 1)[-1].lower()


def condition_of(c: dict[str, Any]) -> str | None:
    """The condition a commitment holds under ('if Iran resumed cooperation'), if any."""
    cond = c.get("condition")
    return text_of(cond) or None if isinstance(cond, dict) else None


def conditional_verdict(c: dict[str, Any], keeps: list[dict[str, Any]], closed: bool,
                        end: dt.date | None, ext: list[dict[str, Any]]
                        ) -> tuple[str, list[dict[str, Any]]]:
    """A conditional commitment is decided only by a report that it was carried out (which
    shows the condition was met): kept; neither a breach nor a closed window decides it
    while the condition is not reported met (open, or expired once the window closed)."""
    if keeps:
        return "kept", _sorted(keeps) + ext
    note = {"kind": "conditional", "text": f"conditional ({condition_of(c)}); no report "
                                           "that the condition was met and it was carried out"}
    if closed and end is not None:
        note["date"] = end.isoformat()
        return "expired", [note] + ext
    return "open", [note] + ext


def extended(events: list[dict[str, Any]], ev: dict[str, Any], made: dt.date | None,
             end: dt.date | None, promiser: set[str], words: set[str],
             theatre: bool = False) -> dict[str, Any] | None:
    """The report that moved a promise's deadline ("the arrangement will remain in effect
    until 18 February"): an event after the promise was made and not after the new
    deadline, with the promiser among its participants, naming what was promised, with
    an extension cue and a commitment dated after the old deadline (its deadline, or
    the day it runs until); the latest such deadline wins. Evidence item with
    ``deadline``. With ``theatre``, only events told in the promise's theatre count
    (``same_theatre``, asked of those that pass the cheaper tests)."""
    if end is None or made is None:
        return None
    cues = cue_lexicon()["extension"]
    best: dict[str, Any] | None = None
    for o in extending(events):
        first = _first_day(o)
        if o["id"] == ev["id"] or first is None or first < made:
            continue
        if not promiser & (event_keys(o, "source") | event_keys(o, "target")):
            continue
        if theatre and not same_theatre(o, ev):
            continue
        text = event_text(o)
        cue = cue_in(text, cues)
        if not cue or (words and not any(w in text for w in words)):
            continue
        for c in (o.get("commitments") or {}).values():
            for key in ("deadline", "start"):
                new = date_range(value_of((c or {}).get(key)))
                if new and new[1] > end and first <= new[1] and (
                        best is None or new[1].isoformat() > best["deadline"]):
                    best = {**_item("extended", o, cue), "deadline": new[1].isoformat()}
    return best


def extending(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events of a pool whose text holds an extension cue, in the pool's order: those
    ``extended`` can take (the cue does not depend on the promise). Found once per pool
    list while ``judging`` (the commitments of one promiser share it); outside, the pool."""
    if _FACTS is None:
        return events
    held = _fact(events, "extending", _extending)  # type: ignore[arg-type]
    return held[1] if held[0] == len(events) else _extending(events)[1]


def _extending(events: list[dict[str, Any]]) -> tuple[int, list[dict[str, Any]]]:
    """``extending``, computed: the pool's length and its events with an extension cue."""
    cues = cue_lexicon()["extension"]
    return len(events), [o for o in events if cue_in(event_text(o), cues)]


def day_plan(c: dict[str, Any]) -> bool:
    """A stated plan for one day ('will meet on Tuesday') without a deadline or period: no
    report of it afterwards is no evidence that it did not happen."""
    return c.get("kind") in STATED_KINDS and bool(value_of(c.get("start"))) and \
        not has_deadline(c)


def has_deadline(c: dict[str, Any]) -> bool:
    """Whether a commitment sets a deadline or a period that an extension can move (a plan
    for a day, 'will meet on Tuesday', has none)."""
    return bool(value_of(c.get("deadline")) or value_of(c.get("duration")))


def temporary_stay(c: dict[str, Any]) -> bool:
    """A promise that forces stay somewhere only for a while ('would leave troops temporarily
    at the posts', 'will remain for the time being'): what it commits to is their leaving,
    so reports of the forces still there do not carry it out; it stays open."""
    if c.get("content_type") != "MOBILIZE":
        return False
    text = " ".join(re.findall(r"[a-z]+", text_of(c.get("action")).lower()))
    return any(cue in f" {text} " for cue in TEMPORARY_CUES)


def gradual(c: dict[str, Any]) -> bool:
    """A promise carried out over a period ('withdraw over 60 days', 'free 33 hostages in
    42 days'): one fulfilling event does not complete it before the window closes."""
    return bool(value_of(c.get("duration"))) or bool(duration_days(value_of(c.get("deadline"))))


def shown(c: dict[str, Any], ev: dict[str, Any]) -> bool:
    """Whether a commitment is a promise to show: it needs a promiser and a content (an
    action, or a promised start, deadline or duration)."""
    promiser = actor_refs(c.get("promiser"), ev.get("participants"))
    content = text_of(c.get("action")) or c.get("kind") in NAMED_CONTENT or any(
        value_of(c.get(k)) for k in ("start", "deadline", "duration"))
    return bool(promiser) and bool(content)


def same_commitment(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two commitments of one event promise the same action."""
    wa = {w.lower() for w in WORD_RE.findall(text_of(a.get("action")))}
    wb = {w.lower() for w in WORD_RE.findall(text_of(b.get("action")))}
    return not wa or not wb or len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def promise_rows(events: list[dict[str, Any]], now: dt.date | None, stamp: str,
                 pool: Pool | None = None, prior: Prior | None = None) -> list[dict[str, Any]]:
    """One promise row per distinct commitment of every event; ``pool(c, ev)`` gives the
    events a commitment is judged against (default: ``events``); ``prior``: the stored
    promises an update's events are folded into where they can be (``Prior.refold``)."""
    rows = []
    for ev in events:
        made: list[dict[str, Any]] = []
        for mention_id, c in (ev.get("commitments") or {}).items():
            if not isinstance(c, dict) or not shown(c, ev) or any(same_commitment(c, o)
                                                                  for o in made):
                continue
            made.append(c)
            pid = f"p-{ev['id']}" + ("" if len(made) == 1 else f"-{len(made)}")
            made_in = str(mention_id).rsplit("#", 1)[0]
            folded = prior.refold(c, ev, mention_id, made_in) if prior else None
            if folded is STORED:  # the stored row stands (``resolve_stored``)
                rows.append({"id": pid, "event_id": ev["id"], "mention_id": mention_id,
                             "status": None, "data": STORED, "updated_at": stamp})
                continue
            status, evidence = folded or (judge(c, ev, pool, now, made_in) if pool else
                                          evaluate(c, ev, events, now, made_in))
            start, end = judge_window(c, ev)
            moved = next((e["deadline"] for e in evidence if e.get("kind") == "extended"), None)
            end = dt.date.fromisoformat(moved) if moved else end
            promiser = actor_refs(c.get("promiser"), ev.get("participants")) \
                or ev.get("source") or []
            data = {"id": pid, "event": ev["id"], "mention": mention_id,
                    "promiser": promiser,
                    "promisee": promisee_of(c, ev, promiser),
                    "kind": kind_of(c), "commitment": c.get("kind"),
                    "action": text_of(c.get("action")) or None,
                    "scope": text_of(c.get("scope")) or None,
                    "start": start.isoformat() if start else None,
                    "end": end.isoformat() if end else None,
                    "duration": value_of(c.get("duration")) or (
                        value_of(c.get("deadline")) if duration_days(value_of(c.get("deadline")))
                        else None), "status": status,
                    "content_type": c.get("content_type"),
                    "condition": condition_of(c),
                    "made": day.isoformat() if (day := made_on(ev, c)) else None,
                    "decided_by": evidence[0] if evidence and status != "open" else None,
                    "evidence": evidence}
            rows.append({"id": pid, "event_id": ev["id"], "mention_id": mention_id,
                         "status": status, "data": data, "updated_at": stamp})
    return rows


def promisee_of(c: dict[str, Any], ev: dict[str, Any],
                promiser: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Whom a promise is made to: the commitment's promisee (else the event's target),
    without the promiser itself ('Armenia pledged to withdraw its troops' is no promise to
    Armenia; an ultimatum of Azerbaijan's ministry told under a Baku dateline is none to
    Azerbaijan)."""
    own = {r.get("id") for r in promiser if r.get("id")}
    return [r for r in (actor_refs(c.get("promisee"), ev.get("participants"))
                        or ev.get("target") or []) if r.get("id") not in own]


NO_COMMITMENTS = '"commitments": {}}'  # how the stored JSON of a fused event without
# commitments ends (``committing_sql``)
TAIL_KINDS = frozenset({"window_closed", "extended"})  # evidence of a verdict that the pool's
# events after the window can change (``judge``)


def judge(c: dict[str, Any], ev: dict[str, Any], pool: Pool, now: dt.date | None,
          made_in: str | None) -> tuple[str, list[dict[str, Any]]]:
    """``evaluate(c, ev, pool(c, ev), now, made_in)``, judged first without the events of the
    pool that can only tell of a closed window or an extension (``Candidates.head``): when
    the verdict is neither (no ``window_closed`` or ``extended`` item), those events change
    nothing and the pool is not read whole."""
    head = pool.head(c, ev) if isinstance(pool, Candidates) else None
    if head is not None:
        status, evidence = evaluate(c, ev, head, now, made_in)
        if not any(e.get("kind") in TAIL_KINDS for e in evidence):
            return status, evidence
    return evaluate(c, ev, pool(c, ev), now, made_in)


class Prior:
    """The stored promises of an update's refresh, into which the update's events are folded
    instead of judging the promise again against its whole pool (``refold``)."""

    def __init__(self, stored: StoredPromises, written: set[str],
                 pool: Candidates, now: dt.date | None, before: Any = _UNSET) -> None:
        """``stored``: event id -> its stored promises' data; ``written``: the ids of the
        events the update wrote or retired (as ``Written.ids``); ``now``: as ``evaluate``'s;
        ``before``: the "now" the stored rows were judged at (``judged_as_of``; not given:
        every promise is folded, none taken as stored)."""
        self.stored, self.written, self.pool, self.now = stored, written, pool, now
        self.before = before

    def refold(self, c: dict[str, Any], ev: dict[str, Any], mention_id: str,
               made_in: str | None) -> tuple[str, list[dict[str, Any]]] | None:
        """Status and evidence of a stored promise with the update folded in, equal to
        ``evaluate`` against its whole pool; None when it must be judged so. Each breach and
        fulfilment item is decided by its own event: the stored items of events the update
        did not write stay, those of events it wrote or retired go, and the pool's events it
        wrote are judged (``fold``) and placed in the pool's order (``_sorted``: by date, then
        that order). That decides a promise without a condition whose window has no end, or is
        a plan for one day (``day_plan``: no coverage after it counts), or whose end an
        extension can move while that extension stays the stored one (the update's events
        extend it no further) and a breach or a fulfilment, or a window still open, decides
        it (a closed window without them is decided by the coverage after it: judged against
        the pool). When the update's pool events add no item, no stored item's event was
        written and the window is closed or open as it was at the stored judgement, the
        stored status and evidence list come back as they are (``unchanged``)."""
        start, end = judge_window(c, ev)
        kind, dated = kind_of(c), has_deadline(c)
        own_id, written = ev["id"], self.written
        if own_id in written or condition_of(c):
            return None
        found = self.stored.find(own_id, mention_id)
        if found is None:
            return None
        status, raw = found
        summary = None if raw is None else self.stored.summary(raw)
        old: dict[str, Any] | None = None
        if summary is None or "extended" in summary[0]:  # read from the decoded row
            old = self.stored.decoded(own_id, mention_id)
            assert old is not None
            evidence = old.get("evidence") or []
            kinds = {e.get("kind") for e in evidence}
            named = {e.get("event") for e in evidence if e.get("kind") != "window_closed"}
        else:
            kinds, named = summary
        if not kinds <= FOLDED_KINDS:
            return None  # an item the fold does not know: judge it against the pool
        moved = None
        if "extended" in kinds:
            ext = [e for e in evidence if e.get("kind") == "extended"]  # (decoded)
            if len(ext) > 1 or ext[0].get("event") in written:
                return None
            moved = ext[0]
        seq_of = self.pool.seq_of
        if None in named:
            return None  # an item without its event: judge it against the pool
        dropped = not named.isdisjoint(written)  # an item of an event the update wrote or
        # retired (a coverage item's too)
        lacking = named.difference(seq_of) - written - {own_id}
        if lacking:  # their place in the pool's order, read (none: no longer indexed)
            self.pool.seqs(lacking)  # type: ignore[arg-type]
            if not lacking <= seq_of.keys():
                return None  # no longer indexed: judge it against the pool
        members, new = self.pool.among(c, ev, written)
        made = made_on(ev, c) or start
        promiser = keys_of(actor_refs(c.get("promiser"), ev.get("participants"))) or \
            event_keys(ev, "source")
        words = content_words(c)
        if dated and extended(new, ev, made, end, promiser, words, theatre=True) is not None:
            return None  # the update's events may move the window's end
        if moved is not None:
            end = dt.date.fromisoformat(moved["deadline"])
        more_breaks, more_keeps, later, after = fold(c, ev, new, start, end, made, promiser,
                                                     words, made_in)
        closed = end is not None and self.now is not None and self.now > end
        if self.unchanged(status, kind, closed, end, dropped or bool(more_breaks or more_keeps
                                                                     or later), after):
            return STORED
        if old is None:
            old = self.stored.decoded(own_id, mention_id)
            assert old is not None
            evidence = old.get("evidence") or []
        breaks = [e for e in evidence if e.get("kind") in ("breaks", "not_done")
                  and e["event"] != own_id and e["event"] not in written] + more_breaks
        keeps = [e for e in evidence if e.get("kind") in ("held", "fulfils")
                 and e["event"] != own_id and e["event"] not in written] + more_keeps
        last = float("inf")
        own = held_in_own_record(c, ev, made_in, made, end) \
            if kind == "do" and not temporary_stay(c) else None
        if own is not None:
            keeps.append(own)

        def placed(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return sorted(items, key=lambda e: (str(e.get("date") or "9999"), last if e is own
                                                else members.get(e["event"])
                                                if e["event"] in members else seq_of[e["event"]]))
        ext = [moved] if moved is not None else []
        if breaks:
            return "broken", placed(breaks) + placed(keeps) + ext
        if keeps and (kind == "refrain" or closed or not gradual(c)):
            return "kept", placed(keeps) + ext
        if closed and end is not None:
            return self.closed(c, old, end, later, after, ChainMap(members, seq_of), ext)
        return "open", placed(keeps) + ext

    def unchanged(self, status: Any, kind: str, closed: bool, end: dt.date | None,
                  changed: bool, after: bool) -> bool:
        """Whether ``refold`` comes to the stored row's status and evidence as they are: the
        update's pool events add no breach, fulfilment or later coverage and no stored item
        was of an event it wrote or retired (``changed`` false), the window was closed or
        open at the stored judgement (``before``) as it is now, and (a closed refrain window)
        no event of the promiser after the promise can turn an expired verdict into a kept
        one. The stored evidence was placed as ``refold`` places it, so the same items come
        back in the same order."""
        if changed or self.before is _UNSET or not isinstance(status, str):
            return False
        before = self.before
        was_closed = end is not None and isinstance(before, dt.date) and before > end
        if closed != was_closed:
            return False
        return not (closed and kind == "refrain" and after)


    def closed(self, c: dict[str, Any], old: dict[str, Any], end: dt.date,
               later: list[dict[str, Any]], after: bool, order: dict[str, int],
               ext: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]] | None:
        """``evaluate``'s verdict on a closed window without a breach or a fulfilment, from
        the update's events (``later``, ``after``) and what the stored row shows of the
        others: its ``coverage`` item (the promiser's first asserted event after the window
        in the pool's order) and its note (whether any event of the promiser came after the
        promise). None when the stored row does not show it (it was decided otherwise, or the
        event it names was written by the update)."""
        kind = kind_of(c)
        plan = day_plan(c)
        cover: dict[str, Any] | None = None
        if kind == "refrain" or not plan:  # the coverage after the window decides
            note = next((e for e in old.get("evidence") or []
                         if e.get("kind") == "window_closed"), None)
            cover = next((e for e in old.get("evidence") or [] if e.get("kind") == "coverage"),
                         None)
            if note is None or (cover is not None and (cover.get("event") in self.written
                                                       or cover.get("event") not in order)):
                return None
            if kind == "refrain" and "with later coverage" in str(note.get("text")):
                if cover is None:
                    return None  # the event that came after the promise is not shown
                after = True
            if later and (cover is None or order[later[0]["id"]] < order[cover["event"]]):
                cover = _item("coverage", later[0])
        note = {"kind": "window_closed", "date": end.isoformat(),
                "text": f"the window closed on {end.isoformat()}"}
        if (cover is not None and not plan) or (kind == "refrain" and (after or cover)):
            note["text"] += (" with later coverage of the promiser and no breach"
                             if kind == "refrain" else " without a report that it was done")
            return ("kept" if kind == "refrain" else "broken"), [note] + (
                [cover] if cover is not None else []) + ext
        note["text"] += " without " + ("a fulfilling event" if kind == "do" else
                                       "coverage of the promiser to judge it")
        return "expired", [note] + ext



STORED: Any = object()  # ``Prior.refold``: the stored row's status and evidence stand
EVIDENCE_KEY = '"evidence": ['  # the last key of a stored promise's JSON text
KIND_RE = re.compile(r'"kind": "([^"\\]*)"')
EVENT_RE = re.compile(r'"event": "([^"\\]*)"')


def evidence_summary(raw: str) -> tuple[set[str], set[str]] | None:
    """The kinds and the events of the evidence items in a stored promise's JSON text (as
    ``json.dumps`` writes it: every key quoted, no quote unescaped inside a string, the
    evidence list last), read without decoding it; None when the text is not so (an escape
    in a kind or an event id, no evidence key)."""
    at = raw.rfind(EVIDENCE_KEY)
    if at < 0:
        return None
    tail = raw[at + len(EVIDENCE_KEY):]
    if not tail.startswith(("]", '{"kind": "')):
        return None
    kinds, named = KIND_RE.findall(tail), EVENT_RE.findall(tail)
    if len(kinds) != tail.count('"kind": "') or len(named) != tail.count('"event": "'):
        return None  # an escape inside a kind or an event id
    return set(kinds), set(named)


ITEM_START = '{"kind": "'  # how an evidence item's JSON text starts
ITEM_SEP = "}, " + ITEM_START  # between two evidence items of a stored promise's JSON text


def evidence_texts(raw: str, count: int) -> list[str] | None:
    """The JSON texts of the ``count`` evidence items of a stored promise's text, in order, as
    ``json.dumps`` wrote them (each item a flat object whose first key is ``kind``, so an item
    starts exactly where an unescaped ``{"kind": "`` does); None when the text is not so (the
    evidence list not last, another layout, another number of items)."""
    at = raw.rfind(EVIDENCE_KEY)
    if at < 0 or not raw.endswith("]}"):
        return None
    body = raw[at + len(EVIDENCE_KEY):-2]
    if not body:
        return [] if count == 0 else None
    if not body.startswith(ITEM_START) or not body.endswith("}") or \
            body.count(ITEM_START) != count:
        return None
    parts = body[len(ITEM_START):-1].split(ITEM_SEP)
    return [ITEM_START + part + "}" for part in parts] if len(parts) == count else None


def encoded(data: dict[str, Any], old: dict[str, Any] | None, raw: str | None) -> str:
    """``json.dumps(data)``, the stored text of a promise judged again: the evidence items it
    keeps from its stored row (``old``, decoded from ``raw``; the same dicts) are copied from
    ``raw`` instead of encoded again (a promise's evidence list may hold thousands of items
    with their sentences). The rest is encoded; text not as ``json.dumps`` writes it
    (``evidence_texts``) is not copied from."""
    evidence = data.get("evidence")
    old_items = (old or {}).get("evidence")
    if raw is None or not isinstance(evidence, list) or not isinstance(old_items, list) or \
            next(reversed(data)) != "evidence":
        return json.dumps(data)
    texts = evidence_texts(raw, len(old_items))
    if texts is None:
        return json.dumps(data)
    kept = {id(item): text for item, text in zip(old_items, texts, strict=True)}
    head = json.dumps({k: v for k, v in data.items() if k != "evidence"})
    items = ", ".join(kept.get(id(e)) or json.dumps(e) for e in evidence)
    return (head[:-1] + ", " if len(head) > 2 else "{") + '"evidence": [' + items + "]}"


class StoredPromises:
    """The stored promises a refresh read, per event id: their text (``raw``: (promise id,
    JSON text) in stored order), decoded on first use (``get``). An update reads only those of
    the events it judges again (whether an event holds promises and its window ends come from
    ``promises.event_id`` and ``promise_keys``), so the others are neither read nor decoded."""

    def __init__(self) -> None:
        """None read yet."""
        self.raw: dict[str, list[tuple[str, str, str, str]]] = {}  # event id -> (promise id,
        # mention id, status, JSON text) of each of its stored promises
        self.data: dict[str, list[dict[str, Any]]] = {}
        self.summaries: dict[str, Any] = {}  # JSON text -> its ``evidence_summary``

    def add(self, event_id: str, pid: str, mention_id: str, status: str, raw: str) -> None:
        """One stored promise row as read."""
        self.raw.setdefault(event_id, []).append((pid, mention_id, status, raw))

    def get(self, event_id: str, default: Any = None) -> Any:
        """The decoded data of an event's stored promises (``default`` when it has none)."""
        found = self.data.get(event_id)
        if found is None:
            if event_id not in self.raw:
                return default
            found = self.data[event_id] = [json_loads(r[3]) for r in self.raw[event_id]]
        return found

    def summary(self, raw: str) -> tuple[set[str], set[str]] | None:
        """``evidence_summary`` of a stored promise's text, once per text."""
        found = self.summaries.get(raw, _UNSET)
        if found is _UNSET:
            found = self.summaries[raw] = evidence_summary(raw)
        return found  # type: ignore[return-value]

    def find(self, event_id: str, mention_id: str) -> tuple[str, str | None] | None:
        """The status and JSON text (None when only decoded data is held) of the first stored
        promise of an event made in mention ``mention_id``; None when there is none."""
        if event_id in self.raw:
            return next(((r[2], r[3]) for r in self.raw[event_id] if r[1] == mention_id), None)
        d = self.decoded(event_id, mention_id)
        return None if d is None else (d.get("status"), None)

    def decoded(self, event_id: str, mention_id: str) -> dict[str, Any] | None:
        """The decoded data of that promise (``find``)."""
        return next((d for d in self.get(event_id, ()) if d.get("mention") == mention_id),
                    None)

    def encoded(self, event_id: str, data: dict[str, Any]) -> str:
        """``json.dumps(data)`` of a promise of an event judged again, copying the evidence it
        keeps from the stored text of the event's first stored promise of the same mention
        (``encoded``; the one ``decoded`` gives)."""
        held = self.data.get(event_id) or ()
        at = next((i for i, d in enumerate(held) if d.get("mention") == data.get("mention")),
                  None)
        if at is None:
            return json.dumps(data)
        return encoded(data, held[at], self.raw[event_id][at][3])

    def __getitem__(self, event_id: str) -> list[dict[str, Any]]:
        """As ``get``, for an event with stored promises."""
        return self.get(event_id, [])

    def unchanged(self, event_id: str, data: list[dict[str, Any]]) -> bool:
        """Whether the promises judged again for an event are those stored, promise for
        promise and in order (their data equal as decoded: every value the judgement writes
        is a string, None, or copied from a decoded event or stored promise, and its dicts
        are built in one key order, so equal data is also equal text)."""
        return self.get(event_id) == data


class EventCache:
    """Event dicts read from the store by id, each decoded once per refresh."""

    def __init__(self, conn: Connection) -> None:
        """An empty cache over one connection."""
        self.conn = conn
        self.data: dict[str, dict[str, Any]] = {}
        self.lacking: set[tuple[str, str]] = set()  # (id, type) of events read with a type
        # filter (``get``) that hold no mention of that type, left undecoded

    def get(self, ids: list[str], etype: str | None = None,
            keep: Callable[[str, str], bool] | None = None,
            typed: bool = False) -> list[dict[str, Any]]:
        """The events with these ids (in the given order), reading the missing ones; with
        ``etype``, only those of that type or holding a mention of it (``has_type``): the
        others are neither read nor decoded (``event_types`` tells which they are; ``typed``:
        the ids were read through ``event_types`` with that type, so none is tested again).
        ``keep(type, json)``: events read now are decoded (and returned) only when it holds
        of their type and stored JSON text (those decoded before are returned whatever it
        says)."""
        missing = [i for i in dict.fromkeys(ids)
                   if i not in self.data and (etype is None or (i, etype) not in self.lacking)]
        et = ft.event_types.c
        for part in in_chunks(missing):
            wanted = part
            if etype is not None and not typed:  # left out by the type test
                typed = set(self.conn.execute(select(et.event_id).where(
                    et.type == etype, et.event_id.in_(part))).scalars())
                self.lacking.update((i, etype) for i in part if i not in typed)
                wanted = [i for i in part if i in typed]
                if not wanted:
                    continue
            self.data.update((eid, json_loads(raw)) for eid, kind, raw in event_texts(
                self.conn, wanted) if keep is None or keep(kind, raw))
        return [self.data[i] for i in ids if i in self.data and (
            etype is None or has_type(self.data[i], etype))]


def event_texts(conn: Connection, ids: list[str]) -> list[tuple[str, str, str]]:
    """(id, type, stored JSON text) of the events with these ids; on SQLite read through the
    driver's cursor (a pool's events are thousands of long texts, and a result row object
    and a compiled statement per read cost more than the test most of them fail)."""
    if conn.dialect.name != "sqlite":
        e = ft.events.c
        return [tuple(r) for r in conn.execute(select(e.id, e.type, cast(e.data, Text))
                                               .where(e.id.in_(ids)))]
    return driver_rows(conn, event_texts_sql(len(ids)), tuple(ids))


@lru_cache(maxsize=64)
def event_texts_sql(n_ids: int) -> str:
    """``event_texts`` as SQLite text for this many ids (positional parameters)."""
    return (f"SELECT id, type, CAST(data AS TEXT) FROM {ft.events.name} "
            f"WHERE id IN ({', '.join('?' * n_ids)})")


def names_in_json(words: frozenset[str]) -> ColumnElement[bool]:
    """The test, in the database, that an event's stored JSON names one of ``words`` (case
    aside) or holds one of the characters whose lower case is an ASCII letter (so every event
    whose ``event_text`` holds one of the words passes it), without decoding the event."""
    data = cast(ft.events.c.data, Text)
    tests = [data.ilike(f"%{w}%", escape="\\") for w in sorted(words)]
    tests += [data.contains(ch, autoescape=True) for ch in ODD_LOWER]
    return or_(*tests)


def commitment_event_ids(conn: Connection, stamp: str) -> list[str]:
    """Ids (in event order) of the events that may carry a commitment: those that already
    have a promise and those written by the current update (``updated_at == stamp``)."""
    e = ft.events.c
    marked = select(e.id, e.seq).where(e.id.in_(select(ft.promises.c.event_id)))
    written = select(e.id, e.seq).where(e.updated_at == stamp)
    found = {r.id: r.seq for q in (marked, written) for r in conn.execute(q)}
    return sorted(found, key=found.__getitem__)


def participant_rows(conn: Connection, column: str, value: str,
                     first: str) -> list[tuple[str, str, int, str]]:
    """``(date_min, date_max, seq, id)`` of the asserted (or negated), dated events with a
    participant whose ``column`` of ``event_actors`` equals ``value`` and that end on or after
    day ``first`` (ISO), each once; on SQLite read through the driver (a state's record in a
    window can be thousands of rows)."""
    ea = ft.event_actors.c
    if conn.dialect.name == "sqlite":
        return driver_rows(conn, participant_rows_sql(ea[column].name), (
            value, first, *JUDGED_MODALITIES))
    q = (select(ea.date_min, ea.date_max, ea.event_seq, ea.event_id).distinct()
         .where(*window_test(ea[column] == value, first)))
    return [tuple(r) for r in conn.execute(q)]


def window_test(who: ColumnElement[bool], first: str) -> list[ColumnElement[bool]]:
    """The ``event_actors`` rows of a promiser (``who``) that a judgement from day ``first``
    reads: asserted (or negated), dated, ending on or after ``first``."""
    ea = ft.event_actors.c
    return [who, ea.date_max >= first, ea.modality.in_(JUDGED_MODALITIES),
            ea.date_min.is_not(None)]


def window_sql(column: str, alias: str = "") -> str:
    """``window_test`` as SQLite text on ``event_actors`` (under ``alias``; positional
    parameters: the value, the first day, the ``JUDGED_MODALITIES``)."""
    a = f"{alias}." if alias else ""
    return (f"{a}{column} = ? AND {a}date_max >= ? AND {a}modality IN "
            f"({', '.join('?' * len(JUDGED_MODALITIES))}) AND {a}date_min IS NOT NULL")


@lru_cache(maxsize=8)
def participant_rows_sql(column: str) -> str:
    """``participant_rows`` as SQLite text (positional parameters: the value, the first day,
    the ``JUDGED_MODALITIES``)."""
    return ("SELECT DISTINCT date_min, date_max, event_seq, event_id FROM "
            f"{ft.event_actors.name} WHERE {window_sql(column)}")


def typed_participant_ids(conn: Connection, column: str, value: str, first: str,
                          etype: str, until: str | None = None) -> dict[str, tuple[int, str]]:
    """The events (id -> (sequence number, last day)) of ``participant_rows(conn, column,
    value, first)`` that are of type ``etype`` or hold a mention of it (``event_types``), joined in the
    database: a state's events in a long window are tens of thousands, those of one type a
    fraction of them. With ``until`` (an ISO day), only those whose row ends before it."""
    ea, et = ft.event_actors.c, ft.event_types.c
    if conn.dialect.name == "sqlite":
        return {r[0]: (r[1], r[2]) for r in driver_rows(
            conn, typed_participants_sql(ea[column].name, until is not None),
            (etype, value, first, *JUDGED_MODALITIES, *([until] if until is not None else [])))}
    q = (select(ea.event_id, ea.event_seq, ea.date_max).distinct()
         .join(ft.event_types, (et.event_id == ea.event_id) & (et.type == etype))
         .where(*window_test(ea[column] == value, first)))
    if until is not None:
        q = q.where(ea.date_max < until)
    return {r.event_id: (r.event_seq, r.date_max) for r in conn.execute(q)}


@lru_cache(maxsize=8)
def typed_participants_sql(column: str, bounded: bool = False) -> str:
    """``typed_participant_ids`` as SQLite text (positional parameters: the type, the value,
    the first day, the ``JUDGED_MODALITIES``, and with ``bounded`` the day the rows end
    before). The type is tested per participant row in
    the type-major index (``ft.TYPES_BY_TYPE``: one type's rows lie together, so the
    probes of a long window read that type's few pages, not a page of the event-major key
    per event, and the participant index is still chosen for the window)."""
    ea, et = ft.event_actors.name, ft.event_types.name
    return (f"SELECT DISTINCT a.event_id, a.event_seq, a.date_max FROM {ea} AS a "
            f"WHERE EXISTS (SELECT 1 FROM {et} AS t INDEXED BY {ft.TYPES_BY_TYPE} WHERE "
            f"t.type = ? AND t.event_id = a.event_id) AND {window_sql(column, 'a')}"
            + (" AND a.date_max < ?" if bounded else ""))


def named_participant_ids(conn: Connection, lookups: list[tuple[str, str]], first: str,
                          words: frozenset[str]) -> dict[str, int]:
    """The events (id -> sequence number) of ``participant_rows`` for every ``(column,
    value)`` of ``lookups`` (read together: a union of the actor-id and name-key windows,
    each event once) whose stored JSON may name one of ``words`` (``names_in_json``),
    filtered in the database: of a state's tens of thousands of events in a long window
    only those naming what was promised are read."""
    if not words or not lookups:
        return {}
    ea, e = ft.event_actors.c, ft.events.c
    by_column: dict[str, list[str]] = {}
    for column, value in lookups:
        by_column.setdefault(column, []).append(value)
    parts = [select(ea.event_id, ea.event_seq).where(*window_test(ea[column].in_(values), first))
        for column, all_values in sorted(by_column.items())
        for values in in_chunks(sorted(set(all_values)))]
    window = union(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
    q = (select(window.c.event_id, window.c.event_seq)
         .join(ft.events, e.id == window.c.event_id).where(names_in_json(words)))
    return {r.event_id: r.event_seq for r in conn.execute(q)}


class ActorEvents:
    """The asserted, dated events of one participant key, sorted by first day, with the
    longest date span among them (so a window bounds the first day from both sides)."""

    def __init__(self, rows: list[Any]) -> None:
        """Index rows of ``(date_min, date_max, seq, id)``."""
        self.rows = sorted(rows, key=lambda r: (r[0], r[2]))
        self.firsts = [r[0] for r in self.rows]
        self.span = longest_span(self.rows)
        self.by_id: dict[str, tuple[str, int]] | None = None  # id -> (latest last day, seq)

    def ending_from(self, first: str, ids: set[str]) -> dict[str, int]:
        """The events among ``ids`` (id -> sequence number) with a row ending on or after
        day ``first``: those of ``overlapping(start, None)`` (``first``: start's ISO day)."""
        if self.by_id is None:
            self.by_id = {}
            for r in self.rows:
                if r[1] is not None and (r[3] not in self.by_id or r[1] > self.by_id[r[3]][0]):
                    self.by_id[r[3]] = (r[1], r[2])
        found = {}
        for i in self.by_id.keys() & ids:
            end, seq = self.by_id[i]
            if end >= first:
                found[i] = seq
        return found

    def overlapping(self, start: dt.date, end: dt.date | None) -> list[Any]:
        """The rows whose date range overlaps ``[start, end]`` (open end allowed)."""
        lo = 0 if self.span is None else bisect.bisect_left(
            self.firsts, (start - self.span).isoformat())
        hi = len(self.rows) if end is None else bisect.bisect_right(self.firsts, end.isoformat())
        first = start.isoformat()
        return [r for r in self.rows[lo:hi] if r[1] is not None and r[1] >= first]


def longest_span(rows: list[Any]) -> dt.timedelta | None:
    """The longest date_max - date_min among rows; None when a date does not parse."""
    longest = dt.timedelta(0)
    for r in rows:
        if r[1] is None or r[1] == r[0]:
            continue
        try:
            longest = max(longest, dt.date.fromisoformat(r[1]) - dt.date.fromisoformat(r[0]))
        except ValueError:
            return None
    return longest


# The distinct participant name keys in order, one index probe per name (each the least key
# after the one before) instead of a scan of every participant row.
NAME_KEYS_SQL = sql_text(
    "WITH RECURSIVE names(n) AS (SELECT min(name_key) FROM event_actors UNION ALL "
    "SELECT (SELECT min(name_key) FROM event_actors WHERE name_key > names.n) FROM names "
    "WHERE names.n IS NOT NULL) SELECT n FROM names WHERE n IS NOT NULL")


def distinct_name_keys(conn: Connection) -> list[str]:
    """The distinct non-null ``event_actors.name_key`` values, sorted."""
    return list(conn.execute(NAME_KEYS_SQL).scalars())


class Candidates:
    """The events a commitment can be judged against, found through ``event_actors``:
    asserted events with a participant matching the promiser (by actor id or by surname
    inside the participant's name) whose dates overlap the promise window."""

    def __init__(self, conn: Connection, cache: EventCache) -> None:
        """Candidate finder over one connection, sharing an event cache."""
        self.conn, self.cache = conn, cache
        self.names: list[str] | None = None
        self.by_surname: dict[str, list[str]] = {}
        self.by_key: dict[tuple[str, str], tuple[str, ActorEvents]] = {}  # (column, value) ->
        # (the first day read from, the events read)
        self.pools: dict[tuple[Any, ...], list[dict[str, Any]]] = {}  # (lookups, first day,
        # deciding type) -> the pool (commitments of one promiser share it)
        self.typed: dict[tuple[str, str, str], tuple[str, dict[str, tuple[int, str]]]] = {}
        # (column, value, type) -> (the first day read from, those events of that type: id ->
        # (seq, last day))
        self.orders: dict[tuple[Any, ...], dict[str, int]] = {}  # pool key -> its event ids
        # in event order, each with its place in it
        self.seq_of: dict[str, int] = {}  # event id -> its sequence number (``seqs``)
        self.indexed: tuple[set[str], Any] | None = None  # ``index_of``: its events, read

    def name_keys(self, surname: str) -> list[str]:
        """The distinct participant name keys that contain ``surname`` (once per surname)."""
        if self.names is None:
            self.names = distinct_name_keys(self.conn)
        found = self.by_surname.get(surname)
        if found is None:
            found = self.by_surname[surname] = [n for n in self.names if surname in n]
        return found

    def events_of(self, column: str, value: str, start: dt.date) -> ActorEvents:
        """The asserted, dated events with a participant whose ``column`` equals ``value``
        that end on or after ``start`` or earlier (read from the participant index by last
        day, so the read covers the window, not the participant's record; once per
        participant unless a later call starts earlier: ``ActorEvents.overlapping`` keeps
        those of a window)."""
        first = start.isoformat()
        held = self.by_key.get((column, value))
        if held is None or first < held[0]:
            held = self.by_key[(column, value)] = (
                first, ActorEvents(participant_rows(self.conn, column, value, first)))
        return held[1]

    def of_type(self, column: str, value: str, start: dt.date, etype: str,
                filtered: bool = True) -> dict[str, int]:
        """The events (id -> sequence number) of ``events_of(column, value, start)
        .overlapping(start, None)`` that are of type ``etype`` or hold a mention of it (read
        once per participant and type; a later call that starts earlier reads only the
        events ending before the day read from, ``until``: those ending on or after it are
        held already)."""
        first = start.isoformat()
        held = self.typed.get((column, value, etype))
        if held is None:
            held = self.typed[(column, value, etype)] = (
                first, typed_participant_ids(self.conn, column, value, first, etype))
        elif first < held[0]:
            earlier = typed_participant_ids(self.conn, column, value, first, etype, held[0])
            held = self.typed[(column, value, etype)] = (first, {**earlier, **held[1]})
        if not filtered:  # read only (``among`` filters the events it needs)
            return {}
        return {i: q for i, (q, end) in held[1].items() if end >= first}

    def spec(self, c: dict[str, Any], ev: dict[str, Any]) -> tuple[Any, ...] | None:
        """What the pool of commitment ``c`` made in ``ev`` is read by: ``(promiser lookups,
        first day, deciding type, deciding words, content words, breach filter)`` (the key
        commitments of one promiser share a pool by); None when no event can decide it."""
        start, etype = pool_start(c, ev)
        if start is None or etype == NO_EVENT:
            return None
        ids, surnames = promiser_lookups(c, ev)
        lookups = [("actor_id", k) for k in sorted(ids)]
        lookups += [("name_key", n) for k in sorted(surnames) for n in self.name_keys(k)]
        words = deciding_words(c, ev)
        content = frozenset(content_words(c)) if etype and words is None else None
        return tuple(lookups), start, etype, words, content, breach_filter(c, ev)

    def ids(self, key: tuple[Any, ...]) -> dict[str, int]:
        """The ids of a pool (``spec``), in event order, each with its place in that order
        (read once per pool)."""
        held = self.orders.get(key)
        if held is None:
            lookups, start, etype, words, _, _ = key
            if etype is not None:  # only events of the type can decide it (``decode``)
                found = {i: q for col, v in lookups
                         for i, q in self.of_type(col, v, start, etype).items()}
            elif words is not None:  # only the events that name what was promised
                found = named_participant_ids(self.conn, list(lookups), start.isoformat(),
                                              words)
            else:
                found = {r[3]: r[2] for col, v in lookups
                         for r in self.events_of(col, v, start).overlapping(start, None)}
            held = self.orders[key] = {i: n for n, i in enumerate(
                sorted(found, key=found.__getitem__))}
        return held

    def decode(self, key: tuple[Any, ...], ids: list[str]) -> list[dict[str, Any]]:
        """The events of ``ids`` (of the pool ``key``) that can bear on its promises, decoded
        (``EventCache.get``), in the order given."""
        _, _, etype, _, content, breach = key
        if breach is not None:  # decode only possible breaches and reports of the content
            return self.cache.get(ids, keep=breach_test(*breach))
        if content:  # a typed promise: decided by a mention naming what was promised
            return self.cache.get(ids, etype, keep=naming_test(content), typed=etype is not None)
        return self.cache.get(ids, etype, typed=etype is not None)

    def __call__(self, c: dict[str, Any], ev: dict[str, Any]) -> list[dict[str, Any]]:
        """Candidate evidence events of commitment ``c`` made in event ``ev``, in event order
        (only those that can decide it: ``deciding_type``)."""
        key = self.spec(c, ev)
        if key is None:
            return []
        pool = self.pools.get(key)
        if pool is None:
            pool = self.pools[key] = self.decode(key, list(self.ids(key)))
        return pool

    def head(self, c: dict[str, Any], ev: dict[str, Any]) -> list[dict[str, Any]] | None:
        """The pool of commitment ``c`` made in ``ev`` without its events after the window
        (``judge``), decoded, in event order: for a promise to act with no content type and a
        window end whose pool is every event of its promiser from its start (no deciding type
        or words), an event whose first day is after the end can only be coverage after the
        window (``fold``'s ``later``: no content type, so no report that it held) or, if it
        carries commitments of its own, the report of an extension (``extended``); those that
        may carry commitments (``committing_sql``) stay. None for other promises, a pool
        read whole already, or one with nothing to leave out; on SQLite only."""
        if self.conn.dialect.name != "sqlite" or kind_of(c) != "do" or c.get("content_type"):
            return None
        end = judge_window(c, ev)[1]
        key = self.spec(c, ev)
        if end is None or key is None or key in self.pools:
            return None
        lookups, start, etype, words, content, breach = key
        if etype is not None or words is not None or content or breach is not None:
            return None
        order = self.ids(key)
        last = end.isoformat()
        firsts = {r[3]: r[0] for col, v in lookups
                  for r in self.events_of(col, v, start).overlapping(start, None)}
        after = [i for i in order if _after_day(firsts.get(i), last)]
        if not after:
            return None
        kept = set()
        for part in in_chunks(after):
            kept.update(r[0] for r in driver_rows(self.conn, committing_sql(len(part)),
                                                  tuple(part)))
        left = set(after) - kept
        return self.cache.get([i for i in order if i not in left])

    def among(self, c: dict[str, Any], ev: dict[str, Any], wanted: set[str]
              ) -> tuple[dict[str, int], list[dict[str, Any]]]:
        """The pool of commitment ``c`` made in ``ev`` as ``Prior.refold`` needs it, without
        reading the whole pool: its events among ``wanted``, each with its sequence number
        (the pool's order), and those events decoded, in that order (the place of the pool's
        other events is in ``seq_of``, read by ``seqs``)."""
        key = self.spec(c, ev)
        if key is None:
            return {}, []
        lookups, start, etype, _, _, _ = key
        first = start.isoformat()
        events, by_key = self.index_of(wanted)
        members: dict[str, int] = {}
        for lookup in lookups:
            for i, date_min, date_max, modality in by_key.get(lookup, ()):
                if modality in JUDGED_MODALITIES and date_min is not None and \
                        date_max is not None and date_max >= first and (
                            etype is None or etype in events[i][1]):
                    members[i] = events[i][0]
        return members, self.decode(key, sorted(members, key=members.__getitem__))

    def index_of(self, wanted: set[str]) -> tuple[dict[str, tuple[int, set[str]]],
                                                  dict[tuple[str, str], list[tuple[Any, ...]]]]:
        """The participant index rows of events, read once per set of events: per event its
        sequence number and types (``event_types``), and per ``(column, value)`` lookup the
        rows ``(event id, first day, last day, modality)`` with that actor id or name key
        (``among`` tests them as a pool's reads do: ``window_test``, the type join)."""
        if self.indexed is not None and self.indexed[0] is wanted:
            return self.indexed[1]
        ea, et = ft.event_actors.c, ft.event_types.c
        events: dict[str, tuple[int, set[str]]] = {}
        by_key: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
        for part in in_chunks(sorted(wanted)):
            for r in self.conn.execute(select(ea.event_id, ea.event_seq, ea.actor_id,
                                              ea.name_key, ea.date_min, ea.date_max,
                                              ea.modality).where(ea.event_id.in_(part))):
                events.setdefault(r.event_id, (r.event_seq, set()))
                row = (r.event_id, r.date_min, r.date_max, r.modality)
                if r.actor_id is not None:
                    by_key.setdefault(("actor_id", r.actor_id), []).append(row)
                if r.name_key is not None:
                    by_key.setdefault(("name_key", r.name_key), []).append(row)
            for r in self.conn.execute(select(et.event_id, et.type).where(
                    et.event_id.in_(part))):
                if r.event_id in events:
                    events[r.event_id][1].add(r.type)
        self.indexed = (wanted, (events, by_key))
        self.seq_of.update((i, v[0]) for i, v in events.items())
        return events, by_key

    def seqs(self, ids: set[str]) -> dict[str, int]:
        """The sequence numbers (``event_actors.event_seq``, a pool's order) of events."""
        missing = sorted(set(ids).difference(self.seq_of))
        ea = ft.event_actors.c
        for part in in_chunks(missing):
            if self.conn.dialect.name == "sqlite":  # through the driver: many plain rows
                self.seq_of.update(driver_rows(self.conn, seqs_sql(len(part)), tuple(part)))
                continue
            self.seq_of.update((r.event_id, r.event_seq) for r in self.conn.execute(
                select(ea.event_id, ea.event_seq).distinct().where(ea.event_id.in_(part))))
        return {i: self.seq_of[i] for i in ids if i in self.seq_of}


def _after_day(first: str | None, last: str) -> bool:
    """Whether a stored first day (``events.date_min``, the first day of the event's
    ``date_range``) is after ISO day ``last``; False for any text not of the form YYYY-MM-DD
    (such an event is kept, ``Candidates.head``)."""
    return first is not None and len(first) == 10 and first[4] == "-" and first[7] == "-" \
        and first > last


@lru_cache(maxsize=64)
def committing_sql(n_ids: int) -> str:
    """The ids, among this many events, that may carry commitments (``Candidates.head``): all
    but those whose stored JSON ends with an empty ``commitments`` (the last key ``json.dumps``
    writes of a fused event: text ending so holds no other commitments), as SQLite text
    (positional parameters)."""
    e = ft.events
    return (f"SELECT {e.c.id.name} FROM {e.name} WHERE {e.c.id.name} IN "
            f"({', '.join('?' * n_ids)}) AND substr({e.c.data.name}, -{len(NO_COMMITMENTS)}) "
            f"<> '{NO_COMMITMENTS}'")


@lru_cache(maxsize=64)
def seqs_sql(n_ids: int) -> str:
    """``Candidates.seqs`` as SQLite text for this many ids (positional parameters)."""
    ea = ft.event_actors
    return (f"SELECT DISTINCT {ea.c.event_id.name}, {ea.c.event_seq.name} FROM {ea.name} "
            f"WHERE {ea.c.event_id.name} IN ({', '.join('?' * n_ids)})")


@lru_cache(maxsize=64)
def stored_sql(n_ids: int) -> str:
    """The stored promise rows of this many events (``refresh_promises``: event id, promise
    id, mention id, status, JSON text) as SQLite text (positional parameters)."""
    p = ft.promises
    return (f"SELECT {p.c.event_id.name}, {p.c.id.name}, {p.c.mention_id.name}, "
            f"{p.c.status.name}, CAST({p.c.data.name} AS TEXT) FROM {p.name} "
            f"WHERE {p.c.event_id.name} IN ({', '.join('?' * n_ids)})")


@lru_cache(maxsize=64)
def event_seqs_sql(n_ids: int) -> str:
    """(id, sequence number) of this many events as SQLite text (``indexed``)."""
    e = ft.events
    return (f"SELECT {e.c.id.name}, {e.c.seq.name} FROM {e.name} "
            f"WHERE {e.c.id.name} IN ({', '.join('?' * n_ids)})")


def breach_filter(c: dict[str, Any], ev: dict[str, Any]
                  ) -> tuple[frozenset[str], str | None] | None:
    """What an event must be to bear on a promise to refrain from something whose window has
    no end (no coverage after it counts, and no deadline to extend): of a breaking type and
    naming one of the scope words (any, without scope words), or holding a mention of the
    content type (``evaluate``: only such events breach it or report it held). The scope
    words and the content type; None for other promises."""
    if kind_of(c) != "refrain" or judge_window(c, ev)[1] is not None:
        return None
    return frozenset(scope_words(c)), c.get("content_type") or None


def names_any(raw: str, words: frozenset[str]) -> bool:
    """Whether an event's stored JSON text may hold one of ``words`` (lower-case words with
    no character JSON escapes) in its ``event_text`` or a mention sentence: it holds one, the
    case aside, or a character whose lower case is an ASCII letter, raw or escaped."""
    low = raw.lower()
    return any(w in low for w in words) or any(ch in raw for ch in ODD_LOWER)


def naming_test(words: frozenset[str]) -> Callable[[str, str], bool]:
    """``EventCache.get``'s ``keep`` for events that must name one of ``words``."""
    return lambda etype, raw: names_any(raw, words)


def breach_test(words: frozenset[str], ctype: str | None) -> Callable[[str, str], bool]:
    """``EventCache.get``'s ``keep`` for ``breach_filter``: an event of a breaking type naming
    one of ``words`` (any without words), or one whose JSON names ``ctype`` quoted."""
    quoted = f'"{ctype}"' if ctype else None

    def keep(etype: str, raw: str) -> bool:
        return (etype in BREAKING_TYPES and (not words or names_any(raw, words))) or \
            (quoted is not None and quoted in raw)
    return keep


def deciding_type(c: dict[str, Any], ev: dict[str, Any]) -> str | None:
    """The content type every event that can bear on a promise holds, when only such events
    can (``evaluate``): a promise to do something of a type, with no deadline an extension
    could move and no window end after which coverage of the promiser counts; ``NO_EVENT``
    for such a stated plan without a type (only its own record can decide it). None when
    any of the promiser's events may count."""
    if kind_of(c) != "do" or has_deadline(c) or judge_window(c, ev)[1] is not None:
        return None
    if c.get("content_type"):
        return c["content_type"]
    return NO_EVENT if c.get("kind") in STATED_KINDS else None


def deciding_words(c: dict[str, Any], ev: dict[str, Any]) -> frozenset[str] | None:
    """The scope words one of which an event must name to bear on a promise, when only such
    events can (``evaluate``): an untyped promise to do something, not a stated plan, with
    no deadline an extension could move and no window end after which coverage counts, is
    decided only by an event naming a share of its scope. None when other events may count."""
    if kind_of(c) != "do" or c.get("content_type") or has_deadline(c) or \
            judge_window(c, ev)[1] is not None or c.get("kind") in STATED_KINDS:
        return None
    return frozenset(scope_words(c))


def promiser_lookups(c: dict[str, Any], ev: dict[str, Any]) -> tuple[set[str], set[str]]:
    """The actor ids and surnames a commitment's candidate events are found by (the
    promiser's; an agreement's also its other parties')."""
    # once per commitment dict while ``judging`` (each commitment belongs to one event)
    return _fact(c, "promiser lookups", lambda _: _promiser_lookups(c, ev))


def _promiser_lookups(c: dict[str, Any], ev: dict[str, Any]) -> tuple[set[str], set[str]]:
    """``promiser_lookups``, computed."""
    keys = keys_of(actor_refs(c.get("promiser"), ev.get("participants"))) or \
        event_keys(ev, "source")
    keys = party_keys(c, ev, keys)
    return {k[3:] for k in keys if k.startswith("id:")}, \
        {k[5:] for k in keys if k.startswith("name:")}


def affected(ev: dict[str, Any], written: Written, now: dt.date | None,
             before: dt.date | None | bool, stored: list[dict[str, Any]]) -> bool:
    """Whether an event's promises may judge differently than when they were stored: the
    event was written, an event written by this update (as it was or as it is) can be in
    the pool of one of its commitments (``reaches``), or "now" moved past a stored window's
    end. An event written by the update that shares a promiser but cannot enter the pool
    (undated, a plan or a hypothesis, ended before the window, not of the type a typed pool
    reads) changes nothing the promise is judged on."""
    if ev["id"] in written.ids:
        return True
    for c in (ev.get("commitments") or {}).values():
        if isinstance(c, dict) and reaches(c, ev, written):
            return True
    if now == before:
        return False
    if now is None or before is None:
        return True
    lo, hi = min(now, before).isoformat(), max(now, before).isoformat()
    return any(lo <= (p.get("end") or "") < hi for p in stored)


def pool_start(c: dict[str, Any], ev: dict[str, Any]) -> tuple[Any, str]:
    """The first day of the pool commitment ``c`` made in ``ev`` is judged by (the earlier of
    its window's start and the day it was made; None without either) and the pool's deciding
    type: what ``Candidates.spec`` reads and ``reaches`` tests against."""
    # once per commitment dict while ``judging`` (each commitment belongs to one event)
    return _fact(c, "pool start", lambda _: _pool_start(c, ev))


def _pool_start(c: dict[str, Any], ev: dict[str, Any]) -> tuple[Any, str]:
    """``pool_start``, computed."""
    start, _ = judge_window(c, ev)
    made = made_on(ev, c)
    start = min(d for d in (start, made) if d) if (start or made) else None
    return start, deciding_type(c, ev)


def reaches(c: dict[str, Any], ev: dict[str, Any], written: Written) -> bool:
    """Whether an event written by the update (before or after it) can be in the pool
    ``Candidates`` reads for commitment ``c``: one of its participant index rows matches a
    promiser lookup (an actor id, or a name key holding a surname), is asserted or negated
    and dated, and ends on or after the pool's first day, and (a typed pool) the event is
    of the pool's type or holds a mention of it. A pool ``Candidates`` leaves empty (no
    first day, ``NO_EVENT``) is reached by no event."""
    start, etype = pool_start(c, ev)
    if start is None or etype == NO_EVENT:
        return False
    first = start.isoformat()
    ids, surnames = promiser_lookups(c, ev)
    marks = [m for i in ids for m in written.reach_ids.get(i, ())]
    marks += [m for n in surnames for m in written.surname_marks(n)]
    return any(end >= first and (etype is None or etype in types) for end, types in marks)


class Written:
    """What an update changed among the events promises are judged on: the written and
    retired events, the actor ids and name keys of their participants before and after
    (``note`` reads them from ``event_actors``), and per participant key what a pool
    tests of those rows (``reach_ids``, ``reach_names``)."""

    def __init__(self) -> None:
        """Nothing written yet."""
        self.ids: set[str] = set()
        self.actor_ids: set[str] = set()
        self.name_keys: set[str] = set()
        self.reach_ids: dict[str, set[tuple[str, frozenset[str]]]] = {}  # actor id ->
        # (last day, the event's types) of each written participant row a promise pool can
        # read (asserted or negated, dated)
        self.reach_names: dict[str, set[tuple[str, frozenset[str]]]] = {}  # name key -> the
        # same
        self.by_surname: dict[str, list[tuple[str, frozenset[str]]]] = {}

    def mark(self, actor_id: str | None, name_key: str | None, date_min: str | None,
             date_max: str | None, modality: str | None, types: frozenset[str]) -> None:
        """Add one participant index row of a written event."""
        if actor_id:
            self.actor_ids.add(actor_id)
        if name_key:
            self.name_keys.add(name_key)
        if modality not in JUDGED_MODALITIES or date_min is None or date_max is None:
            return  # no pool reads it (``window_test``)
        self.by_surname.clear()
        if actor_id:
            self.reach_ids.setdefault(actor_id, set()).add((date_max, types))
        if name_key:
            self.reach_names.setdefault(name_key, set()).add((date_max, types))

    def surname_marks(self, surname: str) -> list[tuple[str, frozenset[str]]]:
        """``reach_names`` of every written name key that holds ``surname`` (as a promise
        pool's lookup by surname finds them), once per surname."""
        found = self.by_surname.get(surname)
        if found is None:
            found = self.by_surname[surname] = [
                m for key, held in self.reach_names.items() if surname in key for m in held]
        return found

    def note(self, conn: Connection, ids: list[str]) -> None:
        """Add events and the participants their index rows name now."""
        self.ids.update(ids)
        ea, et = ft.event_actors.c, ft.event_types.c
        for part in in_chunks(sorted(set(ids))):
            types: dict[str, set[str]] = {}
            for r in conn.execute(select(et.event_id, et.type).where(et.event_id.in_(part))):
                types.setdefault(r.event_id, set()).add(r.type)
            for r in conn.execute(select(ea.event_id, ea.actor_id, ea.name_key, ea.date_min,
                                         ea.date_max, ea.modality).where(
                                             ea.event_id.in_(part))):
                self.mark(r.actor_id, r.name_key, r.date_min, r.date_max, r.modality,
                          frozenset(types.get(r.event_id, ())))

    def note_written(self, data: dict[str, Any], date_min: str | None = None) -> None:
        """Add an event just written and the participants its index rows name (taken from
        the rows written, ``index.actor_rows`` and ``index.type_rows``, not read back;
        ``date_min``: its row's first day, else that of its date range)."""
        self.ids.add(data["id"])
        if date_min is None:
            date_min = (data.get("date_range") or [None])[0]
        types = frozenset(r["type"] for r in type_rows(data))
        for r in actor_rows(data, 0, date_min):
            self.mark(r["actor_id"], r["name_key"], r["date_min"], r["date_max"],
                      r["modality"], types)


def refresh_promises(conn: Connection, stamp: str, plain: set[str] | None = None,
                     written: Written | None = None) -> int:
    """Re-evaluate the promises whose inputs changed (``written``; every promise without it,
    or when the store has no record of when they were judged) against the events that can
    bear on them; return how many promises there are. Only the commitment events an update
    may affect (``indexed``: found through ``promise_keys``) and the promisers' events from
    each window's start are read (``plain``: ids of events known to carry no commitment, not
    read); the other promises keep their stored rows. A store without a complete
    ``promise_keys`` (made before it) reads every commitment event once and fills it."""
    cache = EventCache(conn)
    now = as_of(conn)
    before = judged_as_of(conn)
    full = written is None or before is False or not keys_complete(conn) or (
        now != before and (now is None or before is None))
    if full:
        ids = commitment_event_ids(conn, stamp)
    else:
        assert written is not None and not isinstance(before, bool)
        ids = indexed(conn, stamp, written, now, before)
    ids = [i for i in ids if i not in (plain or ())]
    events = [ev for ev in cache.get(ids) if ev.get("commitments")]
    keep: set[str] = set()
    stored = StoredPromises()
    if written is not None and before is not False:
        p, k = ft.promises.c, ft.promise_keys.c
        q = select(p.event_id, p.id, p.mention_id, p.status, cast(p.data, Text))
        if full:
            for row in conn.execute(q):
                stored.add(*row)
            held = set(stored.raw)
            ends = {eid: [{"end": d.get("end")} for d in stored[eid]] for eid in held} \
                if now != before else {}
        else:  # which events hold promises, and their window ends from the index
            held, ends = set(), {}
            for part in in_chunks(sorted(set(ids) | written.ids)):
                held.update(conn.execute(select(p.event_id).distinct().where(
                    p.event_id.in_(part))).scalars())
                if now != before:
                    for eid, end in conn.execute(select(k.event_id, k.value).where(
                            k.kind == "end", k.event_id.in_(part))):
                        ends.setdefault(eid, []).append({"end": end})
        with judging():
            keep = {ev["id"] for ev in events if ev["id"] in held and not affected(
                ev, written, now, before, ends.get(ev["id"], []))}
        if not full:  # the stored promises of the events judged again, and only those
            for part in in_chunks(sorted(held - keep)):
                rows = driver_rows(conn, stored_sql(len(part)), tuple(part)) \
                    if conn.dialect.name == "sqlite" else conn.execute(q.where(
                        p.event_id.in_(part)))
                for row in rows:
                    stored.add(*row)
    judged = [ev for ev in events if ev["id"] not in keep]
    candidates = Candidates(conn, cache)
    prior = None if full or written is None else Prior(stored, written.ids, candidates, now,
                                                        before)
    if prior is not None:  # the stored evidence's order, read at once
        named: set[str] = set()
        for ev in judged:
            for r in stored.raw.get(ev["id"], ()):
                summary = stored.summary(r[3])
                named.update(summary[1] if summary is not None else
                             {e.get("event") for e in json_loads(r[3]).get("evidence") or ()})
        named.discard(None)
        candidates.seqs(named - written.ids)
    with judging():
        rows = promise_rows(judged, now, stamp, candidates, prior)
    same = resolve_stored(rows, stored)  # events whose promises come out as stored: left as
    # they are
    new: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        new.setdefault(r["event_id"], []).append(r["data"])
    if not full and written is not None:
        same |= {eid for eid, data in new.items()
                 if eid not in same and eid not in written.ids and stored.unchanged(eid, data)}
    if full:
        drop = set(conn.execute(select(ft.promises.c.event_id).distinct()).scalars()) - keep
    else:
        drop = (set(stored.raw) - keep - same) | orphans(conn)
    for part in in_chunks(sorted(drop)):
        conn.execute(delete(ft.promises).where(ft.promises.c.event_id.in_(part)))
        conn.execute(delete(ft.promise_keys).where(ft.promise_keys.c.event_id.in_(part)))
        conn.execute(delete(ft.promise_reach).where(ft.promise_reach.c.event_id.in_(part)))
    rows = [r for r in rows if r["event_id"] not in same]
    if rows and conn.dialect.name == "sqlite":  # written as text: the evidence a promise
        # keeps copied from its stored text (``StoredPromises.encoded``)
        conn.execute(insert(ft.promises).values(data=bindparam("data", type_=Text)), [
            {**r, "data": stored.encoded(r["event_id"], r["data"])} for r in rows])
    elif rows:
        conn.execute(insert(ft.promises), rows)
    if full:  # the whole index, from every event with stored promises
        conn.execute(delete(ft.promise_keys))
        conn.execute(delete(ft.promise_reach))
        new.update((ev["id"], stored[ev["id"]]) for ev in events if ev["id"] in keep)
    indexed_events = [ev for ev in events if ev["id"] in new and ev["id"] not in same]
    key_rows = [k for ev in indexed_events for k in promise_key_rows(ev, new[ev["id"]])]
    if key_rows:
        conn.execute(insert(ft.promise_keys), key_rows)
    reach = [row for ev in indexed_events for row in reach_rows(ev)]
    if reach:
        conn.execute(insert(ft.promise_reach), reach)
    if full:
        conn.execute(delete(s.meta).where(s.meta.c.key == KEYS_META))
        conn.execute(insert(s.meta).values(key=KEYS_META, value="1"))
    mark_judged(conn, now)
    return conn.execute(select(func.count()).select_from(ft.promises)).scalar() or 0


def resolve_stored(rows: list[dict[str, Any]], stored: StoredPromises) -> set[str]:
    """The events all of whose promises ``Prior.refold`` found to stand as stored (``STORED``)
    and whose stored rows are those promises, one each in the same order: their rows are left
    as they are, undecoded. The ``STORED`` rows of other events get their stored status and
    data (decoded), as ``promise_rows`` would build them from the same verdict."""
    by_event: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_event.setdefault(r["event_id"], []).append(r)
    same = set()
    for eid, rs in by_event.items():
        if not any(r["data"] is STORED for r in rs):
            continue
        held = [(x[0], x[1]) for x in stored.raw.get(eid, ())]
        if all(r["data"] is STORED for r in rs) and held == [
                (r["id"], r["mention_id"]) for r in rs] and len({m for _, m in held}) == len(held):
            same.add(eid)
            continue
        for r in rs:
            if r["data"] is STORED:
                r["data"] = stored.decoded(eid, r["mention_id"])
                r["status"] = r["data"]["status"]
    return same


def promise_key_rows(ev: dict[str, Any], data: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The ``promise_keys`` rows of an event with stored promises (``data``): the actor ids
    and surnames of its commitments' promisers (``promiser_lookups``, what ``affected``
    compares with an update's participants) and its promises' window ends."""
    keys: set[tuple[str, str]] = set()
    for c in (ev.get("commitments") or {}).values():
        if isinstance(c, dict):
            ids, surnames = promiser_lookups(c, ev)
            keys.update(("id", i) for i in ids)
            keys.update(("name", n) for n in surnames)
    keys.update(("end", d["end"]) for d in data if d.get("end"))
    return [{"kind": k, "value": v, "event_id": ev["id"]} for k, v in sorted(keys)]


def reach_rows(ev: dict[str, Any]) -> list[dict[str, str]]:
    """The ``promise_reach`` rows of an event with stored promises: per commitment whose pool
    an event can enter (``pool_start``: a first day, not ``NO_EVENT``), its promiser lookups
    (``promiser_lookups``) with the pool's first day and deciding type ("": any), what
    ``reaches`` tests a written participant row against."""
    rows: set[tuple[str, str, str, str]] = set()
    for c in (ev.get("commitments") or {}).values():
        if not isinstance(c, dict):
            continue
        start, etype = pool_start(c, ev)
        if start is None or etype == NO_EVENT:
            continue
        first, ids, surnames = start.isoformat(), *promiser_lookups(c, ev)
        rows.update(("id", i, first, etype or "") for i in ids)
        rows.update(("name", n, first, etype or "") for n in surnames)
    return [{"kind": k, "value": v, "first_day": f, "type": t, "event_id": ev["id"]}
            for k, v, f, t in sorted(rows)]


def fill_reach(conn: Connection) -> int:
    """Fill ``promise_reach`` from every event with stored promises (a store made before the
    table: its migration step, run once when the table is made; each such event decoded
    once); return how many rows were written."""
    p = ft.promises.c
    ids = sorted(set(conn.execute(select(p.event_id).distinct()).scalars()))
    n = 0
    for part in in_chunks(ids):  # a cache per part: the events are not kept
        with judging():
            rows = [row for ev in EventCache(conn).get(part) for row in reach_rows(ev)]
        if rows:
            conn.execute(insert(ft.promise_reach), rows)
            n += len(rows)
    return n


def keys_complete(conn: Connection) -> bool:
    """Whether ``promise_keys`` covers every stored promise (filled by a refresh of this
    code; a store made before it has none until its first refresh)."""
    return conn.execute(select(s.meta.c.value).where(s.meta.c.key == KEYS_META)).first() \
        is not None


def indexed(conn: Connection, stamp: str, written: Written, now: dt.date | None,
            before: dt.date | None) -> list[str]:
    """Ids (in event order) of the events whose promises an update may affect
    (``affected``), found through ``promise_reach`` and ``promise_keys``: the events written
    by it (``updated_at == stamp``, or ``written``), those with a commitment whose pool a
    written participant row can enter (``reaches``: a promiser among the row's actor id or a
    surname inside its name key, the row ending on or after the pool's first day, of the
    pool's type), and those with a window end between the old and the new "now"; the other
    commitment events are not read."""
    k, e, r = ft.promise_keys.c, ft.events.c, ft.promise_reach.c
    found = set(written.ids)
    tested: dict[tuple[str, str, str, str], bool] = {}  # (kind, key, first day, type) -> reached

    def reached(kind: str, value: str, first: str, etype: str,
                marks: Iterable[tuple[str, frozenset[str]]]) -> bool:
        """Whether a written row among ``marks`` enters a pool from ``first`` of ``etype``
        ("": any type), as ``reaches`` tests it (once per key, first day and type)."""
        hit = tested.get((kind, value, first, etype))
        if hit is None:
            hit = tested[(kind, value, first, etype)] = any(
                end >= first and (not etype or etype in types) for end, types in marks)
        return hit

    for part in in_chunks(sorted(written.reach_ids)):
        for eid, value, first, etype in conn.execute(select(
                r.event_id, r.value, r.first_day, r.type).where(
                    r.kind == "id", r.value.in_(part))):
            if eid not in found and reached("id", value, first, etype,
                                            written.reach_ids[value]):
                found.add(eid)
    if written.reach_names:
        names = list(conn.execute(select(r.value).where(r.kind == "name").distinct()).scalars())
        marks = {n: m for n in names if (m := written.surname_marks(n))}
        for part in in_chunks(sorted(marks)):
            for eid, value, first, etype in conn.execute(select(
                    r.event_id, r.value, r.first_day, r.type).where(
                        r.kind == "name", r.value.in_(part))):
                if eid not in found and reached("name", value, first, etype, marks[value]):
                    found.add(eid)
    if now != before and now is not None and before is not None:
        lo, hi = min(now, before).isoformat(), max(now, before).isoformat()
        found.update(conn.execute(select(k.event_id).where(
            k.kind == "end", k.value >= lo, k.value < hi)).scalars())
    seqs = {r.id: r.seq for r in conn.execute(select(e.id, e.seq).where(e.updated_at == stamp))}
    for part in in_chunks(sorted(found - set(seqs))):
        if conn.dialect.name == "sqlite":  # through the driver: thousands of plain rows
            seqs.update(driver_rows(conn, event_seqs_sql(len(part)), tuple(part)))
            continue
        seqs.update((r.id, r.seq) for r in conn.execute(
            select(e.id, e.seq).where(e.id.in_(part))))
    return sorted(seqs, key=seqs.__getitem__)


def orphans(conn: Connection) -> set[str]:
    """Event ids of stored promises whose event is no longer stored."""
    p, e = ft.promises.c, ft.events.c
    return set(conn.execute(select(p.event_id).distinct().where(
        ~select(e.id).where(e.id == p.event_id).exists())).scalars())


def judged_as_of(conn: Connection) -> dt.date | None | bool:
    """The "now" the stored promises were judged at (None: no date; False: not recorded)."""
    row = conn.execute(select(s.meta.c.value).where(s.meta.c.key == JUDGED_META)).first()
    if row is None:
        return False
    return dt.date.fromisoformat(row.value) if row.value else None


def mark_judged(conn: Connection, now: dt.date | None) -> None:
    """Record the "now" the stored promises were judged at."""
    conn.execute(delete(s.meta).where(s.meta.c.key == JUDGED_META))
    conn.execute(insert(s.meta).values(key=JUDGED_META, value=now.isoformat() if now else ""))
