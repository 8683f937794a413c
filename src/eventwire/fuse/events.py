"""Cross-article event fusion: one record per real-world occurrence.

Conservative by design. A mention joins an existing event only when type,
mode and participants agree and the dates say it is the same occurrence:
both precise and overlapping, or (inside one article) not contradicting each
other. Mentions from different articles without date evidence stay apart and
get a "possibly the same as" link with a score — unless they share
distinctive content (the same commitment with the same duration, the same
counts), in which case they merge and any date disagreement is flagged, or,
with no date at all on either side, their articles share a story (then a
mention joins only an event whose every other-article report it links to).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from sqlalchemy import Connection, and_, bindparam, case, delete, func, insert, select, update

from eventwire.extract.episodes import (
    EPISODE_MAX_DAYS,
    EPISODE_TYPES,
    START_FROM,
    episode_cue,
    from_start,
    nth_day_number,
    nth_day_of,
    started_by,
    stated_start,
)
from eventwire.fuse import candidates as cands
from eventwire.fuse import coref, index
from eventwire.fuse.background import (
    mark_story_background,
    mention_countries,
    story_countries,
    story_starts,
)
from eventwire.fuse.build import ANCHORS_KEY, build_event, extractions
from eventwire.fuse.conflicts import (
    ANY_ACT,
    LINKED_MIN,
    agreement_report,
    denied_acts,
    linked_disagreements,
    trigger_stems,
)
from eventwire.fuse.dates import (
    ENTRY_FROM,
    PRECISE_DAYS,
    before_span,
    date_range,
    range_gap,
    range_overlap,
    range_width,
    reach,
)
from eventwire.fuse.mentions import (
    EPISODE_MARK,
    PLANNED,
    STORY_STARTS,
    Mention,
    coverage,
    failed_agreement,
    identity_score,
    make_mention,
    participant_keys,
    same_people,
)
from eventwire.fuse.promises import Written
from eventwire.store import driver_rows, in_chunks, insert_rows, jsontext, set_json_key
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s

STRONG_IDENTITY = 2  # shared distinctive attributes that identify one occurrence
PRIVATE_PARTY_LINK = 0.7  # undated reports naming the same unregistered party link from this
#   (ECB+ tune topics: 63 of 64 such pairs at >= 0.7 are one occurrence, 105 of 109 at >= 0.6)
RECORD_MERGE_MIN = 0.56  # two records whose strongest cross-outlet link reaches this merge
POSSIBLY_SAME_MIN = 0.3
MAX_POSSIBLY_SAME = 5
OUTLIER_DAYS = 365
MAX_SCORES = 100_000  # remembered pair scores (then forgotten): an 8-article update scores
# about 6,000 pairs and finds half of its lookups here, a 128-article one about 28,000 (37,000
# computed when 20,000 were kept); at most about 20 MB
WRITE_SLICE = 200  # events built and written together (their articles' extract objects in memory)
WRITE_MENTIONS = 1000  # ... and at most this many mentions of theirs (and as many articles)
CHAIN_LINK = 0.1  # a report linking under this to an event's report of another article...
CHAIN_MIN = 3  # ... (at least this many scored) ...
CHAIN_SHARE = 0.5  # ... refused (dates unable to tell) by more than this share of them does not
#   join it (``chained``)
MAX_COMPARED = 12  # mentions of a larger event compared with others: its first and its newest
OWN_REPORTS = "own_reports"  # memo: the acts a mention's article reports as done
DENIAL_DAYS = 7  # widest date range of a report and another outlet's denial read as one occurrence
CLEAR_DAYS = 2  # own date ranges at most this wide that share no day are different days
NEAR_CHARS = 400  # undated mentions of one article this close may be one occurrence
ADJACENT_DAYS = 1  # own day-level dates of two outlets this far apart may be one occurrence
# dated differently (time zones, "late on Thursday" against "Friday", the report's day)
TOLERATED_DAYS = 3  # two outlets' own days of one person's act this far apart may be one
# occurrence whose date they disagree on (``tolerated_pair``), when all else matches strongly
AGAIN_RE = re.compile(r"\b(?:again|once more|second|another)\b")  # lower case: not "Second Army"
SAME_FIGURES = 2  # numbers two sentences of one article share when they retell one occurrence
ORDINALS = frozenset(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                      "ninth", "tenth", "eleventh", "twelfth"))
ORDINAL_RE = re.compile(r"\b(?:[a-z]+|\d+(?:st|nd|rd|th))\b")  # words, and numerals told as ordinals
REPEAT_RE = re.compile(r"\b(?:for the ([a-z]+|\d+(?:st|nd|rd|th)) time|again|once more)\b")
# an adverbial telling a further occurrence ("a second" and "another" after a trigger mostly
# tell its object, "arrested a second suspect": ``told_as_another`` reads them before it only)
CLAUSE_END_RE = re.compile(r"[,;:.!?\"“”()]|\b(?:and|but|while|who|which|after|before|when|"
                           r"because|since|as|although|said|says)\b")  # a clause's end
FRONTED_WORDS = 4  # words before a sentence-opening adverbial ("Sunday, for the second time, ...")
AGREE = "AGREE"
MUTUAL_TYPES = frozenset(("CONSULT", "AGREE", "COOPERATE"))  # "A met B" is "B met A"
YIELDING, CAPTURE = "CONCEDE", "COERCE"  # a side's surrender and the other side's capture of it
YIELD_LEMMAS = frozenset(("surrender", "capitulate"))  # CAMEO 0874, retreat or surrender militarily
CAPTURE_MODE = "arrest"  # the COERCE mode of arrests, detentions and captures (plover_modes.json)
FAILED = "REJECT"  # an agreement its parties failed to reach (``mentions.failed_agreement``)
CONDITIONAL_TYPES = {YIELDING: (CAPTURE,), CAPTURE: (YIELDING,), AGREE: (FAILED,),
                     "RETREAT": (FAILED,), FAILED: (AGREE, "RETREAT")}  # pairs of types that may tell one occurrence when the
#   mentions say so (``yield_pair``, ``failure_pair``), never by type alone
HALT, HALT_MODE = "RETREAT", "ceasefire"  # a truce as the halt itself (``extract.truces``)
EARLIER_MENTION = "earlier-mention"  # a date taken from an earlier sentence's day
IN_FORCE_HEADS = frozenset(("take", "begin", "start", "come", "go", "enter", "kick"))  # verbs a
#   truce is the subject of when it comes into force ("took effect", "began at midnight", "came
#   into force", "went into effect", "entered into force", "kicked in")
WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)?")
DISTINCT_WORDS = frozenset(("another", "second", "third", "new", "fresh", "separate", "further",
                            "renewed", "earlier", "previous", "first", "original"))
AGREE_VERBS = frozenset(("agree", "approve", "accept", "sign", "reach", "endorse", "ratify",
                         "conclude", "seal", "strike", "clinch", "back", "support", "welcome"))
DETERMINERS = frozenset(("the", "a", "an", "this", "that", "its", "their", "his", "her", "our",
                         "to", "any", "such"))
PHRASE_ENDS = frozenset(("from", "in", "at", "on", "between", "with", "for", "by", "under",
                         "until", "till", "through", "taking", "that", "which", "after", "before",
                         "and", "if", "when", "while", "as"))  # where the content's phrase ends
TRUCE_NOUNS = frozenset(("ceasefire", "cease-fire", "truce", "armistice"))
DEAL_NOUNS = frozenset(("agreement", "deal", "accord", "pact", "treaty", "arrangement"))
EXTENSION_NOUNS = frozenset(("extension", "prolongation", "renewal"))
EXTENDED_RE = re.compile(r"\b(?:remain|remains|continue|continues|stay|stays)\b[^.;]{0,30}?"
                         r"\b(?:until|till|through)\b|\b(?:extend|extends|extended|extending)\b",
                         re.I)  # the truce word lists: plover_patterns.json, truce
STEM_CHARS = 5
STEM_ENDINGS = frozenset(("", "e", "d", "ed", "s", "es", "ing", "al", "ion", "sion", "tion",
                          "ment", "ance", "ence", "ure"))
YEAR_ONLY_RE = re.compile(r"(?:1[89]|20)\d\d")
YEAR_PREPOSITION_RE = re.compile(r"\b(?:in|during|of|early|late|mid)[\s-]*$", re.I)
RECENT_RE = re.compile(r"\b(recent|recently|latest|just|this week|yesterday)\b", re.I)


@dataclass
class Fusion:
    """Events of the relevant types held in memory during one update."""

    groups: dict[str, list[Mention]] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    by_key: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (type, key) -> ids
    next_seq: int = 1
    loaded: int = 0  # stored events loaded during the update (``candidates.MAX_LOADED``)
    new: list[str] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)
    common: frozenset[str] = frozenset()  # names too frequent to identify an occurrence

    spans: dict[str, list[str]] = field(default_factory=dict)  # id -> union of date ranges
    roots: dict[str, set[str]] = field(default_factory=dict)  # id -> articles of its mentions
    stories: dict[str, set[str]] = field(default_factory=dict)  # id -> stories of its mentions
    aliases: dict[str, str] = field(default_factory=dict)  # merged id -> surviving id
    days: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # id -> distinct
    # mention days (a repeated day once: ``near`` and ``gap`` read each day of a large event)
    identity: dict[str, set[str]] = field(default_factory=dict)  # id -> distinctive attributes
    early: dict[str, set[str]] = field(default_factory=dict)  # id -> earliest keyed events
    scores: dict[tuple[str, str], float] = field(default_factory=dict)  # mention pair -> link
    scored: dict[str, frozenset[str]] = field(default_factory=dict)  # mention id of a remembered
    # pair -> its sentence's words (``forget_links``)
    undated: dict[tuple[str, str], float] = field(default_factory=dict)  # mention pair -> its
    # probability without word statistics (``undated_score``: no vocabulary, never stale)
    keys: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # id -> its by_key keys
    order: dict[str, list[str]] = field(default_factory=dict)  # id of an event held in part ->
    # ids of all its mentions, in order (``whole``)
    hidden: dict[str, tuple[bool, bool]] = field(default_factory=dict)  # id -> whether a mention
    # not held is dated by its text, or called recent (``eligible``)
    fresh_roots: set[str] = field(default_factory=set)  # articles of the update's new mentions
    compared_memo: dict[str, tuple[tuple[int, int, int], list[Mention]]] = field(
        default_factory=dict)  # id -> (its group list and length, ``compared`` of it)
    version: int = 0  # changes whenever an event is indexed by another mention or merged
    found: dict[str, tuple[int, list[str]]] = field(default_factory=dict)  # mention id ->
    # (``version``, its ``candidates``): asked again while no event changed, they are the same
    found_for: dict[str, tuple[tuple[int, int, int], list[str]]] = field(default_factory=dict)
    # event id -> ((``version``, its group list and length), its ``event_candidates``)
    by_day: dict[int, set[str]] = field(default_factory=dict)  # day -> ids of events one of
    # whose ``days`` intervals covers it (``near_ids``)
    by_root: dict[str, set[str]] = field(default_factory=dict)  # article -> ids (``roots``)
    by_identity: dict[str, set[str]] = field(default_factory=dict)  # attribute -> ids
    flag_keys: dict[tuple[str, ...], frozenset[tuple[str, str]]] = field(
        default_factory=dict)  # mention ids of a record -> ``conflicts.flag_keys`` of it
    conn: Connection | None = field(default=None, repr=False)
    acts: dict[str, frozenset[tuple[str, frozenset[str]]]] = field(default_factory=dict)
    # article of a stored denial -> the acts it reports as done (``mark_stored_reports``)

    def mark_stored_reports(self, mentions: Iterable[Mention]) -> None:
        """Mark the negated mentions read from the store with the acts their articles report
        as done (``own_report``), as ``mark_own_reports`` marks an update's new ones, so that a
        stored denial pairs with a report arriving after it as a report stored before pairs
        with an arriving denial; the articles' asserted mentions are read once per update
        (``candidates.asserted_acts``, by the indexed article id)."""
        todo = [m for m in mentions if m.modality == "negated" and OWN_REPORTS not in m.memo]
        if not todo or self.conn is None:
            return
        need = sorted({m.article for m in todo} - set(self.acts))
        if need:
            read = cands.asserted_acts(self.conn, need)
            for art in need:
                self.acts[art] = frozenset(read.get(art, ()))
        for m in todo:
            m.memo[OWN_REPORTS] = self.acts[m.article]

    def link(self, m: Mention, o: Mention) -> float:
        """``cross_link`` of two mentions, computed once per pair (it is symmetric) until the
        vocabulary changes (``forget_links``) or ``MAX_SCORES`` pairs are remembered."""
        key = (m.id, o.id) if m.id <= o.id else (o.id, m.id)
        score = self.scores.get(key)
        if score is None:
            if len(self.scores) >= MAX_SCORES:
                self.scores.clear()
                self.scored.clear()
            score = self.scores[key] = cross_link(m, o, self.common)
            self.scored[m.id], self.scored[o.id] = cands.sentence_words(m), \
                cands.sentence_words(o)
        return score

    def undated_link(self, m: Mention, o: Mention) -> float:
        """``coref.link_probability`` of two mentions without the update's vocabulary (what
        ``undated_score`` reads), computed once per pair (it is symmetric) until
        ``MAX_SCORES`` pairs are remembered."""
        key = (m.id, o.id) if m.id <= o.id else (o.id, m.id)
        score = self.undated.get(key)
        if score is None:
            if len(self.undated) >= MAX_SCORES:
                self.undated.clear()
            score = self.undated[key] = coref.link_probability(m, o)
        return score

    def story_only(self, m: Mention, o: Mention) -> bool:
        """Whether two mentions' link rests on their story alone (``link_verdict``: "story",
        or "trigger": one story's trigger word); asked only of links that reach the
        threshold."""
        if not same_story(m, o):
            return False
        if m.range or o.range:
            return same_trigger_in_story(m, o) and \
                link_verdict(m, o, self.common)[0] == "trigger"
        return link_verdict(m, o, self.common)[0] in ("story", "trigger")

    def compared(self, eid: str) -> list[Mention]:
        """The mentions of an event that link it to others: the first two (of two articles) of
        each repeated report (``candidates.comparison_key``), and of a larger event at most
        ``MAX_COMPARED``, its first and its newest."""
        group = self.groups[eid]
        if len(group) < 2:
            return group
        key = (id(group), len(group), MAX_COMPARED)  # a group only grows (or is swapped)
        memo = self.compared_memo.get(eid)
        if memo is not None and memo[0] == key:
            return memo[1]
        found = distinct(group)
        if len(found) > MAX_COMPARED:
            found = found[:1] + found[1 - MAX_COMPARED:]
        self.compared_memo[eid] = (key, found)
        return found

    def whole(self, eid: str) -> list[Mention]:
        """All mentions of an event, in order (those not held are read from the store)."""
        if eid not in self.order:
            return self.groups[eid]
        held = {m.id: m for m in self.groups[eid]}
        read = cands.mentions_by_id(self.conn, [i for i in self.order[eid] if i not in held])
        self.mark_stored_reports(read.values())
        return [held.get(i) or read[i] for i in self.order[eid]]

    def eligible(self, eid: str) -> bool:
        """``outlier_eligible`` over all mentions of an event."""
        dated, recent = self.hidden.get(eid, (False, False))
        group = self.groups[eid]
        return (dated or any(date_range(m.date) for m in group)) and \
            (recent or any(called_recent(m) for m in group))

    def add_stored(self, eid: str, group: list[Mention]) -> None:
        """Add a stored event: index it by all its mentions, but hold only those ``held``
        keeps (the others are read again only when the whole event is needed)."""
        kept = {id(m) for m in held(group, self.fresh_roots)}
        for m in group:
            self.note(eid, m)
            if id(m) in kept:
                self.groups.setdefault(eid, []).append(m)
        rest = [m for m in group if id(m) not in kept]
        if rest:
            self.order[eid] = [m.id for m in group]
            self.hidden[eid] = (any(date_range(m.date) for m in rest),
                                any(called_recent(m) for m in rest))

    def forget_links(self, words: set[str]) -> None:
        """Drop the remembered pair scores of mentions with one of these words (their word
        frequencies changed; a score reads the frequencies of its two sentences' words)."""
        stale = {mid for mid, have in self.scored.items() if not have.isdisjoint(words)}
        if stale:
            self.scores = {k: v for k, v in self.scores.items()
                           if k[0] not in stale and k[1] not in stale}
            for mid in stale:
                del self.scored[mid]

    def add(self, eid: str, m: Mention) -> None:
        """Put a mention into an event and index the event by participants and story."""
        self.groups.setdefault(eid, []).append(m)
        if eid in self.order:
            self.order[eid].append(m.id)
        self.note(eid, m)

    def note(self, eid: str, m: Mention) -> None:
        """Index an event by one of its mentions: participants, story, days, attributes."""
        self.version += 1
        self.types.setdefault(eid, m.type)
        self.roots.setdefault(eid, set()).add(m.root)
        self.by_root.setdefault(m.root, set()).add(eid)
        if m.story:
            self.stories.setdefault(eid, set()).add(m.story)
        mine = cands.intervals(m)
        have = self.days.get(eid)
        if have is None:
            self.days[eid] = list(dict.fromkeys(mine))
        elif any(iv not in have for iv in mine):  # a repeated day is kept once
            self.days[eid] = list(dict.fromkeys([*have, *mine]))
        by_day = self.by_day  # a set is made only for a day no event was noted on
        for lo, hi in mine:
            for day in range(lo, hi + 1):
                events = by_day.get(day)
                if events is None:
                    by_day[day] = {eid}
                else:
                    events.add(eid)
        attrs = cands.identity_keys(m)
        self.identity.setdefault(eid, set()).update(attrs)
        for k in attrs:
            self.by_identity.setdefault(k, set()).add(eid)
        if m.range:
            lo, hi = self.spans.get(eid, m.range)
            self.spans[eid] = [min(lo, m.range[0]), max(hi, m.range[1])]
        keys = index_keys(m)
        if keys:
            kind, by_key = m.type, self.by_key
            held = self.keys.setdefault(eid, set())
            for k in keys:
                tk = (kind, k)
                events = by_key.get(tk)
                if events is None:
                    by_key[tk] = {eid}
                else:
                    events.add(eid)
                held.add(tk)

    def absorb(self, keep: str, gone: str) -> str:
        """Merge two events: the younger one's mentions move into the older one, whose id
        survives (the other id becomes its alias); return the surviving id."""
        if int(gone[1:]) < int(keep[1:]):
            keep, gone = gone, keep
        self.version += 1
        if keep in self.order or gone in self.order:
            self.order[keep] = self.order.get(keep, [m.id for m in self.groups[keep]]) + \
                self.order.pop(gone, [m.id for m in self.groups[gone]])
            a, b = self.hidden.pop(gone, (False, False)), self.hidden.get(keep, (False, False))
            self.hidden[keep] = (a[0] or b[0], a[1] or b[1])
        self.groups[keep].extend(self.groups.pop(gone))
        for tk in self.keys.pop(gone, set()):
            self.by_key.get(tk, set()).discard(gone)
            self.by_key.setdefault(tk, set()).add(keep)
            self.keys.setdefault(keep, set()).add(tk)
        for root in self.roots.get(gone, ()):
            self.by_root[root].discard(gone)
            self.by_root[root].add(keep)
        for lo, hi in self.days.get(gone, ()):
            for day in range(lo, hi + 1):
                self.by_day[day].discard(gone)
                self.by_day[day].add(keep)
        for k in self.identity.get(gone, ()):
            self.by_identity[k].discard(gone)
            self.by_identity[k].add(keep)
        self.roots.setdefault(keep, set()).update(self.roots.pop(gone, set()))
        if gone in self.stories:
            self.stories.setdefault(keep, set()).update(self.stories.pop(gone))
        self.days[keep] = list(dict.fromkeys([*self.days.get(keep, ()), *self.days.pop(gone, ())]))
        self.identity.setdefault(keep, set()).update(self.identity.pop(gone, set()))
        span = self.spans.pop(gone, None)
        if span:
            lo, hi = self.spans.get(keep, span)
            self.spans[keep] = [min(lo, span[0]), max(hi, span[1])]
        self.types.pop(gone, None)
        self.touched.discard(gone)
        self.touched.add(keep)
        if gone in self.new:
            self.new.remove(gone)
        self.aliases[gone] = keep
        return keep

    def resolve(self, eid: str) -> str:
        """The id an event merged during this update lives on under."""
        while eid in self.aliases:
            eid = self.aliases[eid]
        return eid

    def near(self, eid: str, m: Mention) -> bool:
        """Whether an event can be compared with a mention: near it in time, from the same
        article, or sharing a distinctive attribute (``candidates`` module)."""
        return m.root in self.roots.get(eid, ()) or \
            cands.near(cands.intervals(m), self.days.get(eid, ())) or \
            bool(self.identity.get(eid, set()) & cands.identity_keys(m))

    def near_ids(self, m: Mention, ids: set[str]) -> set[str]:
        """Those of ``ids`` that ``near`` allows, found through the day, article and attribute
        indexes (``by_day``, ``by_root``, ``by_identity``) instead of event by event."""
        found = ids & self.by_root.get(m.root, set())
        for k in cands.identity_keys(m):
            found |= ids & self.by_identity.get(k, set())
        days: set[int] = set()
        for lo, hi in cands.intervals(m):
            days.update(range(lo - cands.NEAR_DAYS, hi + cands.NEAR_DAYS + 1))
        for day in days:
            events = self.by_day.get(day)
            if events:
                found |= ids & events
        return found

    def in_window(self, eid: str, m: Mention) -> bool:
        """Whether an event can be the mention's occurrence by date (or shares its article)."""
        if m.root in self.roots.get(eid, ()):
            return True
        span = self.spans.get(eid)
        if not span or not m.range:  # undated on one side: only within the same story
            return bool(m.story) and m.story in self.stories.get(eid, ())
        return bool(range_overlap(span, m.range))

    def candidates(self, m: Mention) -> list[str]:
        """Events of a compatible type sharing a participant (or country) or the story, near
        in time; at most ``candidates.MAX_CANDIDATES`` of them, the closest first
        (``closeness``)."""
        memo = self.found.get(m.id)
        if memo is not None and memo[0] == self.version:
            return list(memo[1])
        out: set[str] = set()
        for t in compatible_with(m.type):
            for k in index_keys(m):
                out |= self.by_key.get((t, k), set())
        near = list(self.near_ids(m, out))
        if len(near) > cands.MAX_CANDIDATES:
            near = sorted(near, key=self.closeness_to(m))[:cands.MAX_CANDIDATES]
        found = sorted(near, key=lambda e: int(e[1:]))
        self.found[m.id] = (self.version, found)
        return list(found)

    def event_candidates(self, eid: str) -> list[str]:
        """The candidates of an event's compared mentions, at most
        ``candidates.MAX_CANDIDATES`` of them, the closest to one of those first (asked again
        while no event changed and the event's mention list is the same, they are the same)."""
        key = (self.version, id(self.groups[eid]), len(self.groups[eid]))
        memo = self.found_for.get(eid)
        if memo is not None and memo[0] == key:
            return list(memo[1])
        group = self.compared(eid)
        out = {o for m in group for o in self.candidates(m)} - {eid}
        if len(out) > cands.MAX_CANDIDATES:
            keys = [self.closeness_to(m) for m in group]
            out = set(sorted(out, key=lambda o: min(k(o) for k in keys))
                      [:cands.MAX_CANDIDATES])
        found = sorted(out, key=lambda e: int(e[1:]))
        self.found_for[eid] = (key, found)
        return list(found)

    def closeness(self, eid: str, m: Mention) -> tuple[int, int, int, int, int]:
        """How close an event is to a mention, smallest first: from the same article, sharing
        a distinctive attribute, in the same story, days apart, then the newest event."""
        return (0 if m.root in self.roots.get(eid, ()) else 1,
                0 if self.identity.get(eid, set()) & cands.identity_keys(m) else 1,
                0 if m.story and m.story in self.stories.get(eid, ()) else 1,
                cands.gap(cands.intervals(m), self.days.get(eid, ())), -int(eid[1:]))

    def closeness_to(self, m: Mention) -> Any:
        """``closeness(eid, m)`` as a function of the event id alone, with what it reads of
        the mention and of the indexes looked up once (a sort key over many events)."""
        root, story = m.root, m.story
        own = cands.identity_keys(m)
        mine = cands.intervals(m)
        roots, identity, stories, days = self.roots, self.identity, self.stories, self.days
        far, empty = cands.FAR_GAP, frozenset()

        def key(eid: str) -> tuple[int, int, int, int, int]:
            gap = None  # ``cands.gap``, without a generator per event
            for blo, bhi in days.get(eid, ()):
                for lo, hi in mine:
                    apart = blo - hi if blo - hi > lo - bhi else lo - bhi
                    if gap is None or apart < gap:
                        gap = apart if apart > 0 else 0
            return (0 if root in roots.get(eid, empty) else 1,
                    1 if identity.get(eid, empty).isdisjoint(own) else 0,
                    0 if story and story in stories.get(eid, empty) else 1,
                    far if gap is None else gap, -int(eid[1:]))

        return key

    def outlier_candidates(self, eid: str) -> list[str]:
        """The candidates of an event's first mention plus the earliest stored events and the
        new events that share its keys (``load_earliest``): what a date-outlier check
        compares."""
        m = self.groups[eid][0]
        out = set(self.candidates(m))
        early = self.early.get(eid, set()) | set(self.new)
        if early:
            for t in compatible_with(m.type):
                for k in index_keys(m):
                    out |= self.by_key.get((t, k), set()) & early
        return sorted(out, key=lambda e: int(e[1:]))


def distinct(group: list[Mention]) -> list[Mention]:
    """The mentions of an event that differ in what a link score reads
    (``candidates.comparison_key``): the first of each repeated report, and a second from
    another article (pairs within one article are not scored), in order."""
    kept: dict[Any, list[Mention]] = {}
    for m in group:
        same = kept.setdefault(cands.comparison_key(m), [])
        if not same or (len(same) == 1 and same[0].root != m.root):
            same.append(m)
    return [m for m in group if any(m is o for o in kept[cands.comparison_key(m)])]


def held(group: list[Mention], fresh_roots: set[str]) -> list[Mention]:
    """The mentions of a stored event held in memory during an update: those that link it to
    others (``distinct``) and those of the update's own articles (each of the others repeats
    a held one in all a link score and a date check read; the event's keys, days, articles
    and stories are noted from every mention)."""
    if len(group) < 2:  # one mention is its own distinct report
        return list(group)
    kept = {id(m) for m in distinct(group)}
    return [m for m in group if id(m) in kept or m.root in fresh_roots]


def index_keys(m: Mention) -> set[str]:
    """Keys a mention is found by: participant keys, participant countries, its story
    (computed once per mention and story)."""
    memo = m.memo.get("index_keys")
    if memo is None or memo[0] != m.story:
        keys = {k for ks in cands.participant_keys(m) for k in ks}
        if m.story:
            keys.add("story:" + m.story)
        memo = m.memo["index_keys"] = (m.story, frozenset(keys))
    return set(memo[1])


def compatible_with(kind: str) -> list[str]:
    """The event types that can describe the same occurrence as ``kind`` (itself first), and
    those that can when the two mentions say so (``CONDITIONAL_TYPES``: ``yield_pair``)."""
    listed = sorted(t for pair in coref.compatible_types() if kind in pair
                    for t in pair if t != kind)
    return [kind] + listed + [t for t in CONDITIONAL_TYPES.get(kind, ()) if t not in listed]


def yield_pair(m: Mention, o: Mention) -> bool:
    """A side's surrender and the other side's capture of it, told by two reports ("the
    soldiers surrendered to Thai troops" against "the army's detention of 20 soldiers",
    "rebels laid down their arms and surrendered" against "troops captured the rebels"):
    one asserted CONCEDE whose trigger is a surrender (``YIELD_LEMMAS``) and one asserted
    COERCE of the arrest mode (arrest, detention, capture), both dated to a day or two
    (``CLEAR_DAYS``) that the two ranges share, with the roles reversed (the one who yields
    is the one captured, or the one yielded to is the captor: ``coref.reversed_roles``).
    The two types never tell one occurrence otherwise (a surrender of a claim, an arrest of
    someone else), so the pair is no compatible type pair of the model."""
    if {m.type, o.type} != {YIELDING, CAPTURE}:
        return False
    y, c = (m, o) if m.type == YIELDING else (o, m)
    if y.modality != "asserted" or c.modality != "asserted" or \
            trigger_lemma(y) not in YIELD_LEMMAS or not (c.mode or "").endswith(CAPTURE_MODE):
        return False
    if not y.range or not c.range or range_width(y.range) > CLEAR_DAYS or \
            range_width(c.range) > CLEAR_DAYS or not range_overlap(y.range, c.range):
        return False
    return coref.reversed_roles(*coref.role_countries(y), *coref.role_countries(c))


def in_force(m: Mention) -> bool:
    """A truce told as coming into force: an asserted or planned ceasefire halt (RETREAT,
    ceasefire mode) whose trigger is the subject of a verb of beginning (``IN_FORCE_HEADS``:
    "the ceasefire took effect at midnight", "the truce is due to begin at 04:00")."""
    info = (m.data.get("attributes") or {}).get("trigger_info") or {}
    return m.type == HALT and (m.mode or "").endswith(HALT_MODE) and \
        m.modality in ("asserted", "planned") and info.get("dep") == "nsubj" and \
        str(info.get("head") or "").lower() in IN_FORCE_HEADS


def told_day(m: Mention) -> bool:
    """Whether a mention is dated by words of its own sentence (not by tense, nor by a day an
    earlier sentence of its article named)."""
    return own_dated(m) and not m.when["from"].startswith(EARLIER_MENTION)


def other_act_agreed(m: Mention) -> bool:
    """Whether an agreement's commitment names an act other than a truce ("agreed to hold
    talks", "agreed to release the soldiers", "agreed to deploy observers"): its content type
    given and not the ceasefire halt."""
    c = m.attributes.get("commitment")
    if not isinstance(c, dict) or not c.get("content_type"):
        return False
    return c["content_type"] != HALT or not str(c.get("content_mode") or "").endswith(HALT_MODE)


def agreed_in_force(m: Mention, o: Mention) -> bool:
    """An agreement to a truce and the truce coming into force on the day it was agreed
    ("the two leaders agreed on Monday to a ceasefire" against "the ceasefire took effect at
    midnight on Monday"), told by two reports: one AGREE (asserted or planned; not to another
    act, ``other_act_agreed``) and one truce coming into force (``in_force``), both dated by
    their own sentence (``told_day``) to at most ``CLEAR_DAYS`` that share a day, the countries of one's parties all among the
    other's (or one names none), no two places in different countries and no people of
    different countries in one role. An agreement and its truce's start on a later day
    (agreed late on Tuesday, in force at 4 a.m. on Wednesday), a truce only announced, a
    truce and a violation of it, and a truce between other sides stay apart. The pair links
    at the merge threshold (``link_verdict``: ``in_force``) and one article telling both does
    not keep them apart (``same_article_decision``)."""
    if in_force(o) and m.type == AGREE:
        m, o = o, m
    if not (in_force(m) and o.type == AGREE and o.modality in ("asserted", "planned")) or \
            other_act_agreed(o):
        return False
    if not (told_day(m) and told_day(o)) or range_width(m.range) > CLEAR_DAYS or \
            range_width(o.range) > CLEAR_DAYS or not range_overlap(m.range, o.range):
        return False
    ca, cb = frozenset().union(*coref.role_countries(m)), frozenset().union(*coref.role_countries(o))
    if ca and cb and not (ca <= cb or cb <= ca):
        return False
    pa = str(((m.data.get("location") or {}).get("country")) or "").upper()
    pb = str(((o.data.get("location") or {}).get("country")) or "").upper()
    return not (pa and pb and pa != pb) and not coref.contradictory(m, o)


def yield_records(a: list[Mention], b: list[Mention]) -> bool:
    """Whether two records are a surrender and the capture it ended in (``yield_pair``
    between a mention of each)."""
    return any(yield_pair(x, y) for x in a for y in b)


def modality_group(m: Mention) -> str:
    """asserted, negated or planned (planned and hypothetical together)."""
    return "planned" if m.modality in PLANNED else m.modality


def modes_compatible(a: Mention, b: Mention) -> bool:
    """Same mode, or one of them has none and is no meeting held in a place while the other
    is a call (``call_and_meeting``)."""
    if call_and_meeting(a, b):
        return False
    return not a.mode or not b.mode or a.mode == b.mode


PHONE_MODE = "CONSULT/phone"  # a conversation at a distance


def call_and_meeting(a: Mention, b: Mention) -> bool:
    """A call and a meeting held in a place: one CONSULT its own words tell as a call (phone
    mode from its trigger: "spoke by telephone", not a mode inferred from the article or the
    setting) and the other, without a mode of its own, told with the place it was held in
    ("met face to face in X", "held talks in X"). The parties who call each other also meet,
    often on the same day; a call has no place where it was held."""
    if a.type != "CONSULT" or b.type != "CONSULT":
        return False
    return any(x.mode == PHONE_MODE and not x.attributes.get("mode_from") and told_as_call(x)
               and not y.mode and bool(y.data.get("location")) for x, y in ((a, b), (b, a)))


CALL_WORDS = frozenset(("call", "phone", "telephone", "ring", "speak", "talk", "phone-call",
                        "phonecall", "teleconference", "videoconference", "conversation"))


def told_as_call(m: Mention) -> bool:
    """Whether the mention's own trigger word tells a conversation at a distance ("spoke by
    telephone", "the call"); a meeting noun that took a phone mode from a verb around it ("a
    meeting ... was called off") is no call. True when the trigger's lemma is not stored."""
    lemma = trigger_lemma(m)
    return not lemma or lemma in CALL_WORDS


def same_article_verdict(m: Mention, o: Mention) -> str:
    """'merge', 'maybe' or 'no' for two mentions of one article (or its reprints)."""
    return same_article_decision(m, o)[0]


def same_article_decision(m: Mention, o: Mention) -> tuple[str, bool]:
    """``same_article_verdict`` with whether a 'no' rests on something that tells the two
    apart (types, modes, participants, modality, own dates sharing no day: True) or only on
    the absence of anything tying them (undated, far apart, no shared figures or named
    people: False). Where dates cannot tell, two mentions of the article's trigger word for
    its occurrence (``same_trigger_in_story``: one in the lead) are a 'maybe' whatever their
    participants: the article tells its occurrence again, not always naming everyone."""
    if m.type != o.type:
        return ("maybe", False) if retold(m, o) or agreed_in_force(m, o) else ("no", True)
    if ordinals_differ(m, o):
        return "no", True  # "the fifth round" and "the sixth round"
    if opposed_acts(m, o) and not restated(m, o):
        return "no", True  # an act and the answer to it: "A struck B after B shelled A"
    if agreed_act(m, o) or agreed_act(o, m):
        return "merge", False  # an agreement to an act and the act it agrees to
    if one_episode_told(m, o):
        return "maybe", False  # an episode's start, days and tallies in one article
    if vaguely_dated(m, o) and same_trigger_in_story(m, o) and modes_compatible(m, o):
        return "maybe", False  # the article's word for its occurrence, told again
    if not modes_compatible(m, o) or (
            coverage(m.keys, o.keys) < 1.0 and not parts_of_one_report(m, o) and
            not unnamed_same_day(m, o) and not same_sides_near(m, o) and
            not one_entry_day(m, o)):
        return ("maybe", False) if unnamed_lead(m, o) else ("no", True)
    if modality_group(m) != modality_group(o) and not (plan_made(m, o) or plan_made(o, m)):
        return "no", True
    dates = range_overlap(m.range, o.range) if own_dated(m) and own_dated(o) else None
    if dates is not None:
        return ("merge", False) if dates else ("no", True)
    if restated(m, o):
        return "merge", False
    if other_entries(m, o):
        return "maybe", False  # two stamps of a live page: nearness ties nothing
    if sentence_distance(m, o) <= NEAR_CHARS or same_entry(m, o):
        return "merge", False
    if same_people(m.keys, o.keys) and named_people(m) and named_people(o):
        return "merge", False  # the same named people, undated, further apart in one article
    return "no", False


def one_entry_day(m: Mention, o: Mention) -> bool:
    """Two mentions of one timestamped entry of a live page, both dated only by that entry's
    day (``dates.ENTRY_FROM``): an entry is one item of news, so two acts of one type it
    tells on its day are one occurrence even when they name different parties ("the
    governments have accepted the proposal ... the pact was concluded with a mediator").
    Only a mutual act (``MUTUAL_TYPES``: talks, a deal, cooperation), which each side's
    account names from its own end: two sanctions, accusations or aid pledges an entry tells
    of two different parties are two acts."""
    return m.type == o.type and m.type in MUTUAL_TYPES and same_entry(m, o) and \
        m.when_from == ENTRY_FROM and o.when_from == ENTRY_FROM and m.range == o.range


def unnamed_same_day(m: Mention, o: Mention) -> bool:
    """Two mentions of one article told with one trigger word (``one_word_for``: the parse's
    lemma, or two cue words of the mode both carry, "truce" and "ceasefire"), one of
    which names no participant, both dated by their own words to one day (``day_dated``),
    the same day: "Truce in Varosia from Friday" over "the Varosian army and the rebels
    agreed a truce that begins on Friday". A report that names no one does not tell its
    occurrence apart from the one its article names with the same word for that day, so
    the other's parties are no reason to keep the two apart (modes and modality still
    decide). Another word ("the accord" beside "the deal"), a wider range or two named
    sets of parties that differ are left to the other rules."""
    if m.keys and o.keys:
        return False
    return one_word_for(m, o) and day_dated(m) and day_dated(o) and \
        bool(range_overlap(m.range, o.range))


MODES_FILE = "plover_modes.json"  # each type's modes with the cue words that tell them


@lru_cache(maxsize=1)
def mode_words() -> dict[tuple[str, str], frozenset[str]]:
    """(type, mode name) -> the lemmas that name that kind of act ("RETREAT", "ceasefire") ->
    {"ceasefire", "truce", "armistice", ...}), from the lexicon's mode cues."""
    path = resources.files("eventwire.data").joinpath(MODES_FILE)
    modes = json.loads(path.read_text(encoding="utf-8"))["modes"]
    return {(kind, name): frozenset(w.lower() for w in cues)
            for kind, named in modes.items() for name, cues in named.items()}


def unnamed_lead(m: Mention, o: Mention) -> bool:
    """Two mentions of one article's lead told with one trigger word (``one_word_for``), one
    naming no participant and dated only by its tense (a range of days up to publication),
    the other dated to one day within that range: a headline "Shelling along the border
    kills four" over "Osterlich forces shelled border posts on Monday". A headline names its
    occurrence without its parties and without its day, so neither tells the two apart;
    another word, two named sets of parties, or a day outside the headline's range do."""
    if bool(m.keys) == bool(o.keys):
        return False
    bare, named = (m, o) if not m.keys else (o, m)
    return in_lead(bare) and in_lead(named) and one_word_for(bare, named) and \
        day_dated(named) and not day_dated(bare) and bool(bare.range) and \
        bool(range_overlap(bare.range, named.range))


def one_word_for(m: Mention, o: Mention) -> bool:
    """Two mentions told with one trigger word (the parse's lemma), or with two words that
    name one kind of act of their type: both triggers cue words of the mode both mentions
    carry ("truce" and "ceasefire", RETREAT/ceasefire). Words the mode lists name that act
    and nothing else, so an outlet's "truce" in its headline and "ceasefire" in its lead are
    one word told twice; words of no mode ("accord" and "deal") stay two words."""
    lemma, other = trigger_lemma(m), trigger_lemma(o)
    if not lemma or not other:
        return False
    if lemma == other:
        return True
    if m.type != o.type or not m.mode or m.mode != o.mode or "/" not in m.mode:
        return False
    cues = mode_words().get(tuple(m.mode.split("/", 1)), frozenset())
    return lemma in cues and other in cues


def same_sides_near(m: Mention, o: Mention) -> bool:
    """Two mentions of one article, in one sentence or a few lines apart (``NEAR_CHARS``, or
    one live-page entry), whose sources share a country through the actor registry and whose
    targets do too, neither told as a further act (``told_as_another``): "the premier warned
    that Osterlich would strike the militia", "Osterlich jets struck militia targets overnight
    ... eleven residents were killed in three hamlets". One side's act told again names its parties
    by another word (a leader for his state, a unit for its army, the dead for the group
    struck), so key sets that share only half their keys do not tell the two apart; dates,
    modes and modality still decide. Participants on one side only, countries that differ in
    a role, or one country on both sides (police and rioters of one state: the registry's
    countries cannot tell its parties apart) leave the coverage test to decide."""
    if not (sentence_distance(m, o) <= NEAR_CHARS or same_entry(m, o)) or other_entries(m, o):
        return False
    (sa, ta), (sb, tb) = coref.role_countries(m), coref.role_countries(o)
    if not (sa and ta and sb and tb) or not (sa & sb and ta & tb) or sa & ta or sb & tb:
        return False  # one country on both sides (a domestic act): countries tell nothing
    return not (told_as_another(m) or told_as_another(o))


def opposed_acts(m: Mention, o: Mention) -> bool:
    """Two mentions of one directed type (not ``MUTUAL_TYPES``) whose sides are swapped: each
    names linked sources and targets, the two sources share no country nor do the two
    targets, and one's sources are among the other's targets and the reverse ("the army
    strikes militia targets after mortar fire" and "the militia fired mortar shells at an
    army position": an act and the answer to it, one article telling both). A fighting
    episode (``Mention.episode``: clashes go both ways) is no such pair."""
    if m.type != o.type or m.type in MUTUAL_TYPES or m.episode or o.episode:
        return False
    (sa, ta), (sb, tb) = coref.role_countries(m), coref.role_countries(o)
    if not (sa and ta and sb and tb) or sa & sb or ta & tb:
        return False
    return bool(sa & tb) and bool(ta & sb)


def agreed_act(agreement: Mention, act: Mention) -> bool:
    """Two mentions of one article that name one agreed act in two ways: an agreement whose
    content (the ``commitment`` action: "has agreed to the extension", "accepted the truce",
    "signed the deal") names the other mention's act, by its trigger word or its governing
    verb, or a nominalisation of either ("the extension" of "the truce was extended" or of
    "the ceasefire will remain in effect until 18 February"; "the withdrawal" of "troops will
    withdraw"), or both are words for a truce, or both for a deal. Both are agreements (one
    type), in one modality group, their own date ranges (when both have them) overlap, their
    participants' countries (when both name any) are shared, and the article does not tell
    the act as a distinct one ("another truce", "a second extension", "a new deal")."""
    if agreement.type != AGREE or act.type != AGREE or agreement is act or \
            modality_group(agreement) != modality_group(act):
        return False
    action = (((agreement.data.get("attributes") or {}).get("commitment") or {})
              .get("action") or {}).get("text") or ""
    words = WORD_RE.findall(action.lower())
    if not words or DISTINCT_WORDS & set(words):
        return False
    phrase = words[:next((i for i, w in enumerate(words) if i and w in PHRASE_ENDS), len(words))]
    heads = [w for w in phrase if w not in DETERMINERS]  # its verb or noun first, its noun last
    if not heads or not any(act_named(w, act) for w in {heads[0], heads[-1]}) or \
            told_as_another(act):
        return False
    if own_dated(agreement) and own_dated(act) and not range_overlap(agreement.range, act.range):
        return False
    if coref.contradictory(agreement, act):
        return False
    (sa, ta), (sb, tb) = coref.role_countries(agreement), coref.role_countries(act)
    return not (sa | ta) or not (sb | tb) or bool((sa | ta) & (sb | tb))


def act_named(content: str, act: Mention) -> bool:
    """Whether an agreement's content word names a mention's act: the act's trigger word or
    the verb governing it, a word of one stem with either ("extension" and "extend",
    "withdrawal" and "withdraw"), an extension ("the extension") of a truce its sentence says
    goes on until a later day, or two words for a truce or for a deal."""
    info = (act.data.get("attributes") or {}).get("trigger_info") or {}
    lemma, head = str(info.get("lemma") or "").lower(), str(info.get("head") or "").lower()
    if lemma in AGREE_VERBS:
        return False  # another agreeing, not the act agreed to
    named = {w for w in (lemma, head) if w and w not in AGREE_VERBS}
    if any(one_stem(content, w) for w in named):
        return True
    if content in EXTENSION_NOUNS and lemma in TRUCE_NOUNS | DEAL_NOUNS and \
            EXTENDED_RE.search(str((act.data.get("sentence") or {}).get("text") or "")):
        return True
    return any(content in group and lemma in group for group in (TRUCE_NOUNS, DEAL_NOUNS))


def one_stem(a: str, b: str) -> bool:
    """Two words of one stem: equal, or one a verb the other nominalises (a shared start of at
    least ``STEM_CHARS`` letters, the rest a verb or noun ending: extend / extension,
    withdraw / withdrawal, agree / agreement)."""
    if a == b:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= STEM_CHARS and all(w[n:] in STEM_ENDINGS for w in (a, b))


def ordinal(m: Mention) -> str:
    """The ordinal among the two words before a mention's trigger ("the fifth round", "his
    2nd arrest"; "" without one; found once per mention: every pair scored asks it)."""
    found = m.memo.get("ordinal")
    if found is None:
        sent = m.data.get("sentence") or {}
        text, start = str(sent.get("text") or ""), int(sent.get("start") or 0)
        at = int((m.data.get("trigger") or {}).get("start") or start) - start
        found = m.memo["ordinal"] = next(
            (w for w in ORDINAL_RE.findall(text[max(0, at - 40):at].lower())[-2:]
             if w in ORDINALS or w[:1].isdigit()), "")
    return found


def times(m: Mention) -> str:
    """The ordinal of "for the second (third, 4th) time" on a mention's clause
    (``clause_repeat``), "" without one. Kept apart from ``ordinal``: "the 81st ceremony"
    numbers the occurrence, "for the second time" the person's turn at it."""
    told = clause_repeat(m)
    return told if told in ORDINALS or told[:1].isdigit() else ""


def clause_repeat(m: Mention) -> str:
    """How the clause governing a mention's trigger tells its act as a further occurrence:
    the ordinal of "for the second (third, 4th) time", or "again", "once more" ("" when it
    does not; "first" for "for the first time"). Read after the trigger
    up to the clause's end ("was arrested again", "hosting the gala for the second time") and
    in an adverbial opening the sentence ("For the second time in a month, a player was
    arrested"; "Sunday, once more, ..."), not in another clause before the trigger ("after he
    was arrested again, he resigned" tells nothing of the resignation)."""
    found = m.memo.get("repeat")
    if found is None:
        sent = m.data.get("sentence") or {}
        text, start = str(sent.get("text") or "").lower(), int(sent.get("start") or 0)
        trig = m.data.get("trigger") or {}
        at = int(trig.get("start") or start) - start
        end = max(at, int(trig.get("end") or start) - start)
        after = text[end:]
        cut = CLAUSE_END_RE.search(after)
        spans = [after[:cut.start()] if cut else after]
        opening = text[:max(0, at)]
        hit = REPEAT_RE.search(opening)
        if hit and len(WORD_RE.findall(opening[:hit.start()])) <= FRONTED_WORDS and \
                not CLAUSE_END_RE.search(opening[:hit.start()].replace(",", " ")):
            spans.append(opening[hit.start():])
        found = ""
        for span in spans:
            hit = REPEAT_RE.search(span)
            if hit:
                found = hit.group(1) or hit.group(0)
                break
        m.memo["repeat"] = found
    return found


def ordinals_differ(m: Mention, o: Mention) -> bool:
    """Whether two mentions are told with different ordinals ("the fifth round" against "the
    sixth round", "a second arrest" against "the first arrest"), or with different turns on
    their clauses (``times``: "for the second time" against "for the first time"): two
    occurrences of one kind in a series, however alike their sentences."""
    a, t = ordinal(m), times(m)
    return (bool(a) and a != (ordinal(o) or a)) or (bool(t) and t != (times(o) or t))


def told_as_another(m: Mention) -> bool:
    """Whether a mention's sentence tells its act as a further one: "another", "second",
    "new" or the like among the two words before its trigger."""
    sent = m.data.get("sentence") or {}
    text, start = str(sent.get("text") or ""), int(sent.get("start") or 0)
    at = int((m.data.get("trigger") or {}).get("start") or start) - start
    return bool(DISTINCT_WORDS & set(WORD_RE.findall(text[max(0, at - 40):at].lower())[-2:]))


def kept_apart_in_article(m: Mention, group: list[Mention]) -> bool:
    """Whether a mention's own article keeps it out of an event: one of the event's mentions
    from that article rules the merge out (``same_article_decision``). A mention that only
    lacks a tie to one of them (undated, far apart) is not kept out when it restates another
    of them (``restated``: the same figures, overlapping ranges): the lead, a later entry
    raising the toll and the headline are one occurrence even when the headline shares only
    one figure with the entry. A 'no' that a record of an episode's first day, or of a day
    within the episode its own article tells, waives (``start_record``, ``held_record``,
    ``start_waives``) keeps nothing out, nor does one from a noun told as
    planned that a verb of the record tells as made (``plan_made``: the verb answers for it)."""
    unlinked = False
    joined = None
    for o in group:
        if o.root != m.root or identity_score(m, o) >= STRONG_IDENTITY:
            continue
        if o.modality in PLANNED and any(v is not o and v.root == o.root and plan_made(v, o)
                                         for v in group):
            continue  # a plan its record's own verb tells as made: that verb answers for it
        verdict, told_apart = same_article_decision(m, o)
        if verdict == "no" and start_waives(m, o):
            if joined is None:
                joined = start_record([m], group) or start_record(group, [m]) or \
                    held_record([m], group) or held_record(group, [m])
            if joined:
                continue  # the first day of the episode the event holds, or its episode
        if verdict == "no":
            if told_apart:
                return True
            unlinked = True
    return unlinked and not any(o.root == m.root and restated(m, o) and
                                same_article_verdict(m, o) == "merge" for o in group)


def other_entries(m: Mention, o: Mention) -> bool:
    """Two mentions in different timestamped entries of one live page ("16:30 GMT: ...",
    "19:05 GMT: ..."): each entry tells what was new at its time, so two entries a few
    lines apart are not one occurrence for being near (own dates, the same figures or
    the cross-article link still join them; nothing keeps them apart either)."""
    return m.entry is not None and o.entry is not None and m.entry != o.entry


def same_entry(m: Mention, o: Mention) -> bool:
    """Two mentions of one timestamped entry of a live page: one item of news."""
    return m.entry is not None and m.entry == o.entry


def parts_of_one_report(m: Mention, o: Mention) -> bool:
    """Two mentions of one sentence that tell one occurrence: one trigger is a noun the
    other's verb governs ("its strikes had targeted the depots"; "the militia's raid,
    three rockets fired at the depot") and no role names parties on both sides that share
    no one. A noun in another role ("the protest turned violent as crowds rioted") or two
    clauses ("was struck as the gunman targeted rivals") stay two occurrences."""
    if sentence_distance(m, o) != 0 or not (governs(m, o) or governs(o, m)):
        return False
    for role in ("source", "target"):
        a, b = role_keys(m, role), role_keys(o, role)
        if a and b and not any(x & y for x in a for y in b):
            return False
    return True


def plan_made(verb: Mention, noun: Mention) -> bool:
    """A noun told as planned that an asserted verb of its own type governs in one sentence,
    with no role naming parties on both sides that share no one (``parts_of_one_report``):
    "the ceasefire was agreed at the meeting", "the deal they signed": the verb tells the
    commitment made, and the noun is that commitment, not a second one still to come."""
    return verb.type == noun.type and verb.modality == "asserted" and \
        noun.modality in PLANNED and governs(verb, noun) and parts_of_one_report(verb, noun)


def governs(verb: Mention, noun: Mention) -> bool:
    """Whether a mention's trigger is a noun whose parse head is the other's trigger word
    (``trigger_info``: tag, head and lemma)."""
    info = (noun.data.get("attributes") or {}).get("trigger_info") or {}
    head = ((verb.data.get("attributes") or {}).get("trigger_info") or {}).get("lemma")
    return str(info.get("tag") or "").startswith("NN") and bool(head) and \
        info.get("head") == head


def role_keys(m: Mention, role: str) -> list[frozenset[str]]:
    """The identity keys of a mention's participants in one role ("source" or "target")."""
    return [k for k in (participant_keys(p) for p in m.data.get(role) or []) if k]


def restated(m: Mention, o: Mention) -> bool:
    """Two mentions of one article whose sentences state the same figures (at least
    ``SAME_FIGURES`` numbers, years and single digits aside) and whose ranges overlap: the
    article retells one occurrence ("killed 22 and wounded 124" in the lead and again in a
    later entry), however far apart the two sentences are."""
    shared = coref.derived(m)["numbers"] & coref.derived(o)["numbers"]
    return len(shared) >= SAME_FIGURES and bool(range_overlap(m.range, o.range))


def retold(m: Mention, o: Mention) -> bool:
    """Two mentions of one article typed differently that may still be one occurrence told
    twice ("a deal was reached" and "the truce"): compatible types, one modality group, and
    their own dates, when both have them, overlap. Such a pair never merges by rule but does
    not keep two records apart that other outlets link."""
    if not coref.types_compatible(m.type, o.type) or modality_group(m) != modality_group(o):
        return False
    return not (own_dated(m) and own_dated(o)) or bool(range_overlap(m.range, o.range))


def named_people(m: Mention) -> bool:
    """Whether a mention names a person among its participants."""
    return bool(coref.person_countries(m.participants()))


def own_dated(m: Mention) -> bool:
    """Whether a mention's date range comes from its own time expression or date claim."""
    return bool(m.when) and not m.when["from"].startswith("tense")


def sentence_distance(m: Mention, o: Mention) -> int:
    """Characters between the starts of two mentions' sentences."""
    a, b = (m.data.get("sentence") or {}), (o.data.get("sentence") or {})
    return abs(int(a.get("start") or 0) - int(b.get("start") or 0))


def dates_contradict(m: Mention, o: Mention) -> bool:
    """Both mentions have their own day-level date ranges (a day, or a night that may be
    dated to either of two days: at most ``CLEAR_DAYS`` wide) and they share no day, not even
    across the midnight a day named at its edge touches ("late on Friday" and Saturday); or
    their own dates, each within one year, fall in different years (``years_contradict``)."""
    if not (own_dated(m) and own_dated(o)):
        return False
    if range_width(m.range) <= CLEAR_DAYS and range_width(o.range) <= CLEAR_DAYS and \
            not range_overlap(m.range, o.range) and \
            not range_overlap(reach(m.range, m.when_from), reach(o.range, o.when_from)):
        return True
    return years_contradict(m, o) or day_parts_apart(m, o)


DAY_PART_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI)$")  # "Thursday morning"
DAY_PARTS = ("MO", "MI", "AF", "EV", "NI")  # in the order of the day
DAY_PARTS_APART = 2  # parts this far apart in that order share no hour ("morning", "evening")


def day_part(m: Mention) -> tuple[str, int] | None:
    """The day and the part of it (its index in ``DAY_PARTS``) a mention's own date names
    ("on Thursday morning": TimeML's 2026-03-05TMO), or None."""
    found = DAY_PART_RE.match(m.date or "")
    return (found[1], DAY_PARTS.index(found[2])) if found else None


def day_parts_apart(m: Mention, o: Mention) -> bool:
    """Both mentions' own dates name one day and parts of it that share no hour: the morning
    and the evening, the morning and the afternoon, the afternoon and the night (neighbouring
    parts, "evening" and "night", "midday" and "afternoon", may tell one hour). "Spoke by
    telephone on Thursday morning ... held talks on Thursday evening": two occurrences, one
    day, the same parties."""
    a, b = day_part(m), day_part(o)
    return a is not None and b is not None and a[0] == b[0] and \
        abs(a[1] - b[1]) >= DAY_PARTS_APART


def years_contradict(m: Mention, o: Mention) -> bool:
    """Both mentions' own date ranges lie each within one calendar year (a year, a month, a
    day: "hosted the ceremony in 2007", "in November 2001") and the years differ: two
    occurrences of one kind, years apart, however alike their words and however the undated
    reports between them link. Wider ranges ("the 1990s", "since 2001") tell nothing, nor
    does a bare year not told as a time ("in 2007", "during 2011"): a year before a noun is
    often a model or a name ("his 2008 sedan", "the 2010 class")."""
    return own_dated(m) and own_dated(o) and m.range[0][:4] == m.range[1][:4] and \
        o.range[0][:4] == o.range[1][:4] and m.range[0][:4] != o.range[0][:4] and \
        year_told(m) and year_told(o)


def year_told(m: Mention) -> bool:
    """Whether a mention's own date is more than a bare year, or a bare year after a
    preposition of time ("in 2007", "during 2011")."""
    span = (m.when or {}).get("span") or {}
    if not YEAR_ONLY_RE.fullmatch((span.get("text") or "").strip()):
        return True
    return bool(YEAR_PREPOSITION_RE.search(before_span(m.data, span)))


BLOCKED = frozenset(("types", "negation", "people", "ordinals", "modes", "answered",
                     "vague_below", "vague_modality", "vague_blind"))  # verdicts of ``link_verdict`` that never link


def cross_link(m: Mention, o: Mention, common: frozenset[str] = frozenset()) -> float:
    """The coreference probability of two mentions from different articles. When their date
    ranges do not both exist or are both too wide to tell occurrences apart, the link needs
    the stricter vague-date threshold, one modality and a shared number or distinctive name
    (else 0)."""
    verdict, p = link_verdict(m, o, common)
    return 0.0 if verdict in BLOCKED else p


def link_verdict(m: Mention, o: Mention, common: frozenset[str] = frozenset()
                 ) -> tuple[str, float]:
    """Which rule decides the link of two mentions from different articles, with the model's
    probability: ``identity`` (shared distinctive attributes, 1.0), ``dated`` or ``vague``
    (the probability decides, against ``threshold`` or ``vague_threshold``), or a rule
    that keeps them apart (``BLOCKED``): incompatible ``types``, one side ``negation``,
    contradictory ``people``, and for vaguely dated pairs a probability under the vague
    threshold (``vague_below``), two modality groups (``vague_modality``) or no shared
    number, distinctive name or unregistered party (``vague_blind``), unless neither has a
    date range, their articles were placed in one story and neither names a registered person
    (``story``: the story is the context that dates or shared content would give; leaders meet
    and call again and again; ``event_link`` keeps such links from chaining). A vaguely dated
    pair under the vague threshold links at it (``trigger``) when both tell one story's
    occurrence with one trigger word, one of them in its article's lead
    (``same_trigger_in_story``; chaining is kept in check the same way)."""
    if identity_score(m, o) >= STRONG_IDENTITY and m.type == o.type:
        return "identity", 1.0
    if yield_pair(m, o) and not coref.contradictory(m, o):
        return "yield", coref.threshold()
    if failure_pair(m, o):
        return "failure", coref.threshold()
    if not coref.types_compatible(m.type, o.type):
        return "types", 0.0
    if "negated" in (m.modality, o.modality) and m.modality != o.modality and \
            not denial_pair(m, o):
        return "negation", 0.0
    if coref.contradictory(m, o):  # contradictory participants
        return "people", 0.0
    if ordinals_differ(m, o):
        return "ordinals", 0.0
    if call_and_meeting(m, o):
        return "modes", 0.0
    if answered_apart(m, o):
        return "answered", 0.0
    p = coref.link_probability(m, o, common)
    if "negated" in (m.modality, o.modality) and m.modality != o.modality:
        return "denial", max(p, coref.threshold())
    if episode_pair(m, o):
        return "episode", max(p, coref.threshold())
    if agreed_in_force(m, o):
        return "in_force", max(p, coref.merge_threshold())
    if actor_denial(m, o) or actor_denial(o, m):
        return "denied", max(p, coref.threshold())
    if not vaguely_dated(m, o):
        return "dated", p
    if p < coref.vague_threshold() and same_trigger_in_story(m, o):
        return "trigger", coref.vague_threshold()
    if p < coref.vague_threshold():
        return "vague_below", p
    if modality_group(m) != modality_group(o):
        return "vague_modality", p
    if not (coref.shares_distinctive(m, o, common) or
            (p >= PRIVATE_PARTY_LINK and coref.shares_private_party(m, o, common))):
        if not m.range and not o.range and same_story(m, o) and \
                not (registered_person(m) or registered_person(o)):
            return "story", p
        return "vague_blind", p
    return "vague", p


def answers(m: Mention) -> dict[str, Any] | None:
    """What a mention's sentence tells it answers (``extract.responses``: "in retaliation
    for the shelling", "in response to the rocket attack", "to avenge the killing"), or
    None."""
    found = (m.data.get("attributes") or {}).get("answers")
    return found if isinstance(found, dict) else None


def answered_apart(m: Mention, o: Mention) -> bool:
    """A response and the act it answers: one mention told as the answer to another act
    (``answers``) and the other an act of the response's type by the response's target
    against its source (the countries of its sources among the response's targets and none
    among its sources, its targets, when linked, among the response's sources), the answered
    act being of that type and by those sides as far as its own article tells them. A
    retaliation is another act than the one it answers, even on one day between the same two
    sides; two reports of one retaliation (the same sides in the same roles) and plain reports
    of one act are no such pair."""
    return _answers_act(m, o) or _answers_act(o, m)


def _answers_act(response: Mention, act: Mention) -> bool:
    """Whether ``act`` is the act ``response`` answers (see ``answered_apart``)."""
    note = answers(response)
    if note is None or act.type != response.type or \
            note.get("type") not in (None, response.type):
        return False
    (rs, rt), (as_, at) = coref.role_countries(response), coref.role_countries(act)
    if not (as_ & rt) or as_ & rs or (at and rs and not at & rs):
        return False
    told = frozenset(note.get("source") or ())
    return not told or bool(told & as_)


def denial_pair(m: Mention, o: Mention) -> bool:
    """An outlet's report of an act and another outlet's denial of it ("signed the deal" against
    "no deal was signed", "withdrew" against "did not withdraw"): one asserted and one negated
    mention of one type, from different outlets (a denial in the claim's own article, or by
    the same outlet, is no dispute), whose date ranges share a day and are at most
    ``DENIAL_DAYS`` wide, between the same sides (a country among both mentions' sources, and
    the countries of one's participants within the other's: "agreed with" puts a party among
    the sources or the targets), and the denial's own article does not report the act by the
    same party (``own_report``). Such a pair is one occurrence whose
    happening is disputed (``conflicts.happened_conflicts``); a plan and its cancellation is
    no pair (a plan is not asserted), nor a deed and its later reversal on other days."""
    if {m.modality, o.modality} != {"asserted", "negated"} or m.type != o.type or \
            not m.outlet or not o.outlet or m.outlet == o.outlet or m.root == o.root or \
            not range_overlap(m.range, o.range) or \
            max(range_width(m.range), range_width(o.range)) > DENIAL_DAYS:
        return False
    if own_report(m if m.modality == "negated" else o):
        return False  # its own article reports the act: a qualified account, no denial
    (sa, ta), (sb, tb) = coref.role_countries(m), coref.role_countries(o)
    ua, ub = sa | ta, sb | tb
    return bool(sa & sb) and (ua <= ub or ub <= ua)


def failure_pair(m: Mention, o: Mention) -> bool:
    """An outlet's report that an agreement was made and another outlet's report that its
    parties failed to reach it ("agreed a truce on Thursday" against "failed to agree on a
    truce on Thursday", ``mentions.failed_agreement``): one occurrence whose happening is
    disputed, as for ``denial_pair``. The agreement (``conflicts.agreement_report``: an
    AGREE, or a truce told as the halt, RETREAT in ceasefire mode) is asserted and
    precisely dated, the
    failure's date range shares its day, the two come from different outlets and have a
    country among both mentions' sides."""
    if failed_agreement(o):
        m, o = o, m
    if not failed_agreement(m) or not agreement_report(o) or \
            not m.outlet or not o.outlet or m.outlet == o.outlet or m.root == o.root or \
            not range_overlap(m.range, o.range) or range_width(o.range) > DENIAL_DAYS:
        return False
    (sa, ta), (sb, tb) = coref.role_countries(m), coref.role_countries(o)
    return bool((sa | ta) & (sb | tb))


def actor_denial(d: Mention, r: Mention) -> bool:
    """Whether ``d`` is an actor's denial of the act ``r`` reports, from another outlet: its
    trigger "deny" (or "reject" / "dismiss" a claim or an accusation) followed by the act
    (``conflicts.denied_acts``: "denied firing on the soldiers", "denied that its troops
    fired", "denied its ships had rammed the boat", "denied responsibility for the attack"),
    ``r`` an asserted report whose trigger's words are among the denied ones (or any act when
    the denial is of taking part), a country among both mentions' sources, and date ranges
    sharing a day, the denial's at most ``DENIAL_DAYS`` wide (an undated denial takes its
    article's last week). Such a pair is one occurrence whose happening is disputed
    (``conflicts.denied_conflicts``); it links at the threshold even when the denial names no
    date of its own."""
    if r.modality != "asserted" or not r.outlet or not d.outlet or r.outlet == d.outlet or \
            r.root == d.root or not d.range or not r.range or \
            not range_overlap(d.range, r.range) or range_width(d.range) > DENIAL_DAYS:
        return False
    found = denied_acts(d)
    if not found or denied_acts(r) is not None:
        return False
    stems, _ = found
    if not (trigger_stems(r) & stems or ANY_ACT in stems):
        return False
    return bool(coref.role_countries(d)[0] & coref.role_countries(r)[0])


def episode_pair(m: Mention, o: Mention, theirs: bool = True) -> bool:
    """Two mentions of one fighting episode: both clashes told as an episode (a range
    derived "+episode:", ``extract.episodes``: "clashes continued on Friday", "the fighting
    began on Thursday", "a fifth day of fighting"), of one type and modality group, whose
    ranges share a day, between the same sides (the countries of one's sources and targets
    within the other's; a mention without linked countries never pairs: within one story,
    fighting and other attacks of those days stay to the model). Outlets tell such
    an episode day by day, and its days are one occurrence; a one-day strike by one side
    is no episode mention and stays its own record."""
    if EPISODE_MARK not in m.when_from or EPISODE_MARK not in o.when_from or \
            m.type != o.type or m.modality != "asserted" or o.modality != "asserted" or \
            not range_overlap(m.range, o.range):
        return False
    sa, sb = episode_sides(m), episode_sides(o, story=theirs)
    return bool(sa and sb) and (sa <= sb or sb <= sa)


def one_episode_told(m: Mention, o: Mention) -> bool:
    """Two mentions of one article that tell one fighting episode: both episode mentions
    that pair (``episode_pair``: one type, asserted, ranges sharing a day, the same sides,
    a mention naming none taking its two-sided story's pair), so the article's account of
    its start ("the clashes erupted on Tuesday"), a later day ("exchanges of fire continued
    on Friday") and its tally ("five days of fighting have killed 31") are one occurrence
    however far apart its sentences are. A one-day strike or raid in the same article is no
    episode mention and keeps its own record, as do episodes of other sides or of days
    that do not meet."""
    return episode_pair(m, o) and episode_pair(o, m)


def episode_covers(m: Mention, o: Mention, group: list[Mention]) -> bool:
    """Whether the days of ``o`` lie within the range of an episode mention of ``group``
    that ``m``, itself an episode mention, pairs with (``episode_pair``): a day of the
    episode's fighting its record already holds ("opened fire at 8.20am" on the first day
    of "the fighting began on Thursday") does not keep out a report of a later day of the
    same episode ("fighting continued on Sunday"). A mention told as one day (a strike
    by one side) gets that allowance only when it tells the first day of an episode mention
    of ``group`` (``episodes_started``): the start is one day of the episode, and the
    episode's later days do not keep its record out."""
    if not o.range:
        return False
    if EPISODE_MARK not in m.when_from:
        return any(e is not o and e.range[0] <= o.range[0] and o.range[1] <= e.range[1]
                   for e in episodes_started(m, group) + episodes_holding(m, group))
    return any(e is not m and e is not o and EPISODE_MARK in e.when_from and e.range and
               e.range[0] <= o.range[0] and o.range[1] <= e.range[1] and
               episode_pair(m, e, theirs=False)
               for e in group)


def episode_start_day(e: Mention) -> str | None:
    """The first day of the fighting episode an asserted episode mention states: from a date
    of its text ("the clashes erupted on Thursday", "three days of clashes that started on 2
    May": ``extract.episodes.stated_start``) or from its article's or story's stated start
    (derivations ``episode-start`` and ``story-start``); None for a range from tense alone
    or counted back from the report."""
    if EPISODE_MARK not in e.when_from or not e.range or e.modality != "asserted":
        return None
    if e.when_from.startswith((START_FROM, "story-start")):
        return e.range[0]
    return stated_start(e.range, e.when_from)


def day_dated(m: Mention) -> bool:
    """Whether a mention has its own date range of a day (or a night: ``CLEAR_DAYS``)."""
    return own_dated(m) and range_width(m.range) <= CLEAR_DAYS


def episodes_started(m: Mention, group: list[Mention]) -> list[Mention]:
    """The episode mentions of ``group`` whose first day ``m`` tells: ``m`` is an asserted
    clash of a fighting type that is no episode mention, its own date is a day
    (``day_dated``) holding the start the episode mention states (``episode_start_day``),
    and its sides (the countries of its participants and of the pair its clause names) are
    among the episode's. "Troops opened fire at dawn on Thursday" is the first day of "the
    fighting that began on Thursday" between the same two countries."""
    if m.modality != "asserted" or m.type not in EPISODE_TYPES or \
            EPISODE_MARK in m.when_from or not day_dated(m):
        return []
    sides = episode_sides(m, story=False)
    if not sides:
        return []
    out = []
    for e in group:
        if e is m or e.type != m.type:
            continue
        start = episode_start_day(e)
        if start is not None and m.range[0] <= start <= m.range[1] and \
                sides <= episode_sides(e):
            out.append(e)
    return out


def episodes_holding(m: Mention, group: list[Mention]) -> list[Mention]:
    """The episode mentions of ``group`` from ``m``'s own article whose days hold the day
    ``m`` tells: ``m`` is an asserted clash of a fighting type that is no episode mention,
    its own date is a day (``day_dated``) within the range of an asserted episode mention of
    its type and its article, and its sides are among that episode's. An article that tells
    "the fighting entered its fourth day" and "troops shelled border positions on Sunday"
    within those days tells the shelling as a day of its episode; an article that tells no
    episode leaves its one-day strikes to themselves, and so does a sentence that tells the
    act as a new one ("the first reported clash along the coast", "a new attack":
    ``told_as_novel``): a new front or a fresh attack is an occurrence of its own."""
    if m.modality != "asserted" or m.type not in EPISODE_TYPES or \
            EPISODE_MARK in m.when_from or not day_dated(m) or told_as_novel(m):
        return []
    sides = episode_sides(m, story=False)
    if not sides:
        return []
    return [e for e in group
            if e is not m and e.root == m.root and e.type == m.type and e.range and
            e.modality == "asserted" and EPISODE_MARK in e.when_from and
            e.range[0] <= m.range[0] and m.range[1] <= e.range[1] and
            sides <= episode_sides(e)]


def start_record(a: list[Mention], b: list[Mention]) -> bool:
    """Whether the mentions ``a`` are a record of the first day of an episode mention of
    ``b`` (``episodes_started``): one of them tells that day, none is an episode mention or
    of another type, each range holds the start, and their sides are among the episode's.
    One article's parts of such a record and of the episode's record are one occurrence
    unless both are acts with a day of their own (``start_waives``): an episode's start is one of its
    days, while two acts an article dates apart, or two of one day it tells apart, stay
    two records."""
    found = next((e for x in a for e in episodes_started(x, b)), None)
    if found is None:
        return False
    start = episode_start_day(found)
    assert start is not None
    for x in a:
        if x.modality != "asserted" or x.type != found.type or EPISODE_MARK in x.when_from or \
                (x.range and not x.range[0] <= start <= x.range[1]):
            return False
    sides = frozenset().union(*(episode_sides(x, story=False) for x in a))
    return sides <= episode_sides(found)


def told_as_novel(m: Mention) -> bool:
    """Whether a mention's sentence tells something as new, further or earlier ("first",
    "new", "another", "second", "fresh", "separate": ``DISTINCT_WORDS``), anywhere in it."""
    text = str((m.data.get("sentence") or {}).get("text") or "").lower()
    return bool(DISTINCT_WORDS & set(WORD_RE.findall(text)))


def held_record(a: list[Mention], b: list[Mention]) -> bool:
    """Whether the mentions ``a`` are a record of one day of an episode mention of ``b``
    (``episodes_holding``): one of them tells that day, none is an episode mention or of
    another type, each range lies within the episode's, and their sides are among the
    episode's. Like the episode's first day (``start_record``), a later day of its fighting
    told as one act ("troops shelled border positions on Sunday") is one of its days."""
    found = next((e for x in a for e in episodes_holding(x, b)), None)
    if found is None:
        return False
    for x in a:
        if x.modality != "asserted" or x.type != found.type or EPISODE_MARK in x.when_from or \
                (x.range and not found.range[0] <= x.range[0] <= x.range[1] <= found.range[1]):
            return False
    sides = frozenset().union(*(episode_sides(x, story=False) for x in a))
    return sides <= episode_sides(found)


def start_waives(x: Mention, y: Mention) -> bool:
    """Whether a same-article 'no' between a start record's mention and an episode record's
    (``start_record``) is waived: at most one of the two is an act with a day of its own (an
    episode mention's days are the episode's, not an act's)."""
    return not (act_day(x) and act_day(y))


def act_day(m: Mention) -> bool:
    """Whether a mention tells an act on a day of its own: no episode mention, and its own
    date a day (``day_dated``)."""
    return EPISODE_MARK not in m.when_from and day_dated(m)


def episode_sides(m: Mention, story: bool = True) -> frozenset[str]:
    """The countries on the sides of an episode mention: those of its linked sources and
    targets, and the pair its clause names ("Thai-Cambodian fighting", "clashes between X
    and Y": ``attributes.episode_sides``, ``extract.episodes.episode_sides``). A mention
    that names no side ("Fighting continued regardless.") takes the two sides of the
    two-sided dispute its story is about (``STORY_SIDES``), unless the place it names lies
    in a third country."""
    named = ((m.data.get("attributes") or {}).get("episode_sides") or {}).get("countries")
    own = frozenset().union(*coref.role_countries(m)) | frozenset(named or ())
    if own or not m.story or not story:
        return own
    known = STORY_SIDES.get()
    pair = known.sides(m.story) if known else frozenset()
    place = str(((m.data.get("location") or {}).get("country")) or "").upper()
    return frozenset() if place and place not in pair else pair


def trigger_lemma(m: Mention) -> str:
    """The lemma of a mention's trigger word as the parse gave it ("" when not stored)."""
    info = (m.data.get("attributes") or {}).get("trigger_info") or {}
    return str(info.get("lemma") or "").lower()


def same_trigger_in_story(m: Mention, o: Mention) -> bool:
    """Two mentions of one story told with the same trigger word (``same_word``: the same
    lemma, "arrested" and "arrest"), one of them in its article's lead, where a report names
    the occurrence it is about: when dates cannot tell occurrences apart, a story's reports
    naming its lead occurrence with that word mostly report that occurrence
    (``link_verdict``: "trigger")."""
    return (in_lead(m) or in_lead(o)) and same_word(m, o)


def same_word(m: Mention, o: Mention) -> bool:
    """Two mentions of one story, type and modality group whose triggers share a lemma."""
    lemma = trigger_lemma(m)
    return bool(lemma) and lemma == trigger_lemma(o) and same_story(m, o) and \
        m.type == o.type and modality_group(m) == modality_group(o)


def in_lead(m: Mention) -> bool:
    """Whether a mention's trigger sits in its article's lead (``trigger_info`` position)."""
    info = (m.data.get("attributes") or {}).get("trigger_info") or {}
    return info.get("position") == "lead"


BRANCHES: ContextVar[dict[str, dict[str, str]] | None] = ContextVar("branches", default=None)
# article -> {split key: side} of the articles of the stories an update fuses
# (``stories.mark_branches``), set by ``fuse_mentions``


class StorySides:
    """The principal pair of each story (``two_sided``), read from the store the first time
    a mention of that story asks (most updates have no episode mention naming no side)."""

    def __init__(self, conn: Connection | None = None,
                 known: dict[str, frozenset[str]] | None = None) -> None:
        self.conn, self.known = conn, dict(known or {})

    def sides(self, story: str) -> frozenset[str]:
        if story not in self.known:
            self.known[story] = load_story_sides(self.conn, {story}).get(story, frozenset()) \
                if self.conn is not None else frozenset()
        return self.known[story]


class StoryStarts:
    """The first days of fighting episodes each story states (``extract.episodes.stated_start``:
    "the clashes erupted on Thursday", "entered a third day on Saturday", "since Thursday"),
    read from the store the first time a mention of that story asks, and the range they give
    a mention of the story that tells the start or counts the days without a date of its own
    (``redate``)."""

    def __init__(self, conn: Connection | None = None,
                 known: dict[str, list[tuple[str, str, dict[str, Any] | None]]] | None = None
                 ) -> None:
        self.conn, self.known = conn, dict(known or {})

    def starts(self, story: str) -> list[tuple[str, str, dict[str, Any] | None]]:
        """(day, article, evidence span) of each start the story's articles state."""
        if story not in self.known:
            self.known[story] = load_story_starts(self.conn, story) \
                if self.conn is not None else []
        return self.known[story]

    def start(self, story: str, published: str | None) -> tuple[str, str, Any] | None:
        """The start a report published on ``published`` refers to: the day most of the
        story's articles state among those at most ``EPISODE_MAX_DAYS`` before the report
        (ties: the earliest); None without one."""
        if not published:
            return None
        pub = dt.date.fromisoformat(published[:10])
        near = [x for x in self.starts(story)
                if 0 <= (pub - dt.date.fromisoformat(x[0])).days <= EPISODE_MAX_DAYS]
        if not near:
            return None
        votes = Counter(day for day, _ in {(d, a) for d, a, _ in near})
        best = min(votes, key=lambda d: (-votes[d], d))
        return next(x for x in near if x[0] == best)

    def redate(self, m: Mention) -> dict[str, Any] | None:
        """The range of a mention dated by tense from its story's stated episode start: "The
        clashes began when soldiers opened fire" (the start up to the report), "as fighting
        entered a third day" (the start to that day), "On the second day of fighting, troops
        shelled a depot" (that day); derivation ``story-start+...``, the evidence the start's
        statement (its article in the span). None when the mention tells none of these or
        the story states no start."""
        if m.modality != "asserted" or "+episode:since" in m.when_from:
            return None
        sent = m.data.get("sentence") or {}
        text, base = str(sent.get("text") or ""), int(sent.get("start") or 0)
        trig = m.data.get("trigger") or {}
        at = int(trig.get("start") or base) - base
        end = int(trig.get("end") or base) - base
        cue = ((m.data.get("date") or {}).get("range_cue") or {})
        kind, n = "", 0
        if "+episode:began" in m.when_from:
            if cue.get("end") is None or not started_by(text, int(cue["end"]) - base):
                return None
            kind = "began"
        elif "+episode:nth-day" in m.when_from:
            got = episode_cue(text, at, end)
            if got is None or got[0] != "nth-day":
                return None
            kind, n = "nth-day", got[1] + 1
        elif m.type in EPISODE_TYPES and (found := nth_day_of(text)) is not None and \
                not (found.start() <= at and end <= found.end()):
            kind, n = "day", nth_day_number(found)
        else:
            return None
        start = self.start(m.story, m.published) if m.story else None
        if start is None:
            return None
        rng = from_start(start[0], m.published, kind, n)
        if rng is None:
            return None
        mark = {"began": "+episode:began", "nth-day": "+episode:nth-day", "day": "+nth-day"}[kind]
        return {"range": rng, "from": "story-start" + mark,
                "span": {**(start[2] or {}), "article": start[1]}}


def story_starts_sql(n_types: int) -> str:
    """The driver's query of ``load_story_starts`` for ``n_types`` clash types (parameters:
    the types, then the story): each mention of the story's articles, its date only when
    its type and modality can state a start."""
    marks = ", ".join("?" * n_types)
    return ("SELECT m.article_id, m.type, m.modality, CASE WHEN m.type IN (" + marks + ")"
            " AND m.modality = 'asserted' THEN json_quote(json_extract(m.data, '$.\"date\"'))"
            " END FROM mentions AS m JOIN story_articles AS sa ON m.article_id = sa.article_id"
            " WHERE sa.story_id = ?")


def load_story_starts(conn: Connection, story: str
                      ) -> list[tuple[str, str, dict[str, Any] | None]]:
    """(day, article, evidence span) of each episode start the stored asserted clash mentions
    of a story's articles state (``extract.episodes.stated_start``). The type and modality are
    tested on the rows of the story's articles, not in SQL's condition: with a type condition
    SQLite's planner walks the type index (every stored attack) rather than the story's
    articles, a cost that grows with the record (about 0.1 s a story at 100,000 events). The
    date is read (its mention's JSON parsed) only for a row of those types and modality, in a
    ``CASE`` of the selected column: the other rows of the story cost no JSON work."""
    sa = ft.story_articles
    m = s.mentions.c
    types = sorted(EPISODE_TYPES)
    if conn.dialect.name == "sqlite":  # plain rows through the driver, the date decoded here
        rows: Iterable[tuple[Any, ...]] = [
            (article, kind, modality, None if date is None else jsontext.loads(date))
            for article, kind, modality, date in driver_rows(
                conn, story_starts_sql(len(types)), (*types, story))]
    else:
        wanted = and_(m.type.in_(types), m.modality == "asserted")
        rows = conn.execute(
            select(m.article_id, m.type, m.modality, case((wanted, m.data["date"])))
            .join(sa, m.article_id == sa.c.article_id)
            .where(sa.c.story_id == story))
    out = []
    for article, kind, modality, date in rows:
        if kind not in EPISODE_TYPES or modality != "asserted":
            continue
        date = date or {}
        day = stated_start(date.get("range"), str(date.get("range_from") or ""))
        if day is not None:
            out.append((day, article, date.get("range_span")))
    return sorted(out, key=lambda x: (x[0], x[1]))


STORY_SIDES: ContextVar[StorySides | None] = ContextVar("story_sides", default=None)
# the story pairs of an update's fusion, set by ``fuse_mentions``
STORY_SIDE_SHARE = 0.5  # each side among the linked countries of over this share of the
# story's mentions that link any country


def two_sided(named: list[frozenset[str]]) -> frozenset[str]:
    """The two principal countries of a story from the linked countries of its mentions
    (sources and targets, those naming any): the two named most, when each is named by more
    than ``STORY_SIDE_SHARE`` of them (a border war, a strike and its reprisal); empty for a
    story about one country, or about one country and many others."""
    named = [u for u in named if u]
    counts = Counter(c for u in named for c in u).most_common(3)
    if len(counts) < 2 or counts[1][1] <= STORY_SIDE_SHARE * len(named) or \
            (len(counts) > 2 and counts[2][1] == counts[1][1]):
        return frozenset()
    return frozenset(c for c, _ in counts[:2])


def load_story_sides(conn: Connection, stories: set[str]) -> dict[str, frozenset[str]]:
    """The principal pair of each of these stories (``two_sided``), from the linked
    countries of all the mentions of its articles stored so far."""
    sa = ft.story_articles
    named: dict[str, list[frozenset[str]]] = {}
    for part in in_chunks(sorted(stories)):
        for story, source, target in conn.execute(
                select(sa.c.story_id, s.mentions.c.data["source"], s.mentions.c.data["target"])
                .join(s.mentions, s.mentions.c.article_id == sa.c.article_id)
                .where(sa.c.story_id.in_(part))):
            named.setdefault(story, []).append(
                coref.countries(source or []) | coref.countries(target or []))
    return {k: pair for k, v in named.items() if (pair := two_sided(v))}


def same_story(m: Mention, o: Mention) -> bool:
    """Whether two mentions' articles were placed in one story."""
    return bool(m.story) and m.story == o.story


def branches_apart(m: Mention, o: Mention) -> bool:
    """Whether two mentions' articles lie on different sides of a split of their story that
    the merge step undid (``stories.mark_branches``): two groups linked too weakly to be one
    story for sure, so records of the two sides merge only on more than the story
    (``groups_compatible``)."""
    marks = BRANCHES.get()
    if not marks:
        return False
    a, b = marks.get(m.article), marks.get(o.article)
    return bool(a and b) and any(b.get(k, side) != side for k, side in a.items())


def load_branches(conn: Connection, stories: set[str]) -> dict[str, dict[str, str]]:
    """The split sides (``stories.mark_branches``) of the marked articles of these stories."""
    sa = ft.story_articles
    out: dict[str, dict[str, str]] = {}
    for part in in_chunks(sorted(stories)):
        for aid, marks in conn.execute(
                select(sa.c.article_id, sa.c.profile["marks"].label("marks"))
                .where(sa.c.story_id.in_(part), sa.c.profile["marks"].is_not(None))):
            if marks:
                out[aid] = dict(str(x).rsplit(":", 1) for x in marks)
    return out


def registered_person(m: Mention) -> bool:
    """Whether a mention names a person the actor registry knows (a leader or minister, who
    meets, calls and speaks again and again within one story)."""
    for p in m.participants():
        actor = p.get("actor") or {}
        if actor.get("id") and (actor.get("kind") == "person" or
                                coref.PERSON_ID_RE.match(str(actor["id"]))):
            return True
    return False


def pair_score(m: Mention, o: Mention, link: Any) -> float:
    """Link strength of two mentions: within one article by rule, across articles by model
    (``link(m, o)``: ``cross_link``)."""
    if m.root == o.root:
        return 1.0 if same_article_verdict(m, o) == "merge" else 0.0
    return link(m, o)


def event_link(m: Mention, group: list[Mention], link: Any,
               compared: list[Mention] | None = None, story_only: Any = None) -> float:
    """The strongest link of a mention to an event's mentions (0 when one of the event's
    mentions from the mention's own article rules the merge out); ``link(m, o)`` scores a
    cross-article pair. With ``compared`` (``Fusion.compared``), only those of the event's
    mentions and those of the mention's own article are scored. With ``story_only(m, o)``
    (``Fusion.story_only``), a mention whose links to the event that reach the threshold all
    rest on the story alone must link to each of the scored mentions of other articles at the
    vague threshold (complete linkage: undated reports of one story do not chain), or share
    its trigger word (``same_word``). A mention that most of the scored mentions of other
    articles refuse where dates cannot tell (``chained``) does not join through
    the others."""
    if kept_apart_in_article(m, group):
        return 0.0
    if own_dated(m):  # else no date of the event's mentions contradicts the mention's
        for o in group:
            if dates_contradict(m, o) and identity_score(m, o) < STRONG_IDENTITY and \
                    not episode_covers(m, o, group) and not episode_covers(o, m, group):
                return 0.0
    scored = group
    if compared is not None:
        seen = {o.id for o in compared}
        scored = compared + [o for o in group if o.root == m.root and o.id not in seen]
    scores = [(o, pair_score(m, o, link)) for o in scored]
    best = max((p for _, p in scores), default=0.0)
    if best >= coref.threshold() and chained(m, scores):
        return 0.0
    if story_only is not None and best >= coref.threshold() and \
            all(story_only(m, o) for o, p in scores if p >= coref.threshold()) and \
            any(o.root != m.root and p < coref.vague_threshold() and not same_word(m, o)
                for o, p in scores):
        return 0.0
    return best


def chained(m: Mention, scores: list[tuple[Mention, float]]) -> bool:
    """Whether more than ``CHAIN_SHARE`` of an event's scored reports from other articles (at
    least ``CHAIN_MIN``) refuse the mention where dates cannot tell (``vaguely_dated``; a
    link under ``CHAIN_LINK``: a vague pair's link is 0 when a rule of ``link_verdict`` or
    the vague threshold refuses it), whatever words tell it: the mention reached the event
    through a few members alone, and joining it would link it to the many it was compared
    with and refused (merge transitively only through strong links). Dated pairs do not
    count: their reports of one occurrence differ in detail and still link to other members
    at the dated threshold."""
    others = [p < CHAIN_LINK and vaguely_dated(m, o) for o, p in scores if o.root != m.root]
    return len(others) >= CHAIN_MIN and sum(others) > CHAIN_SHARE * len(others)


def load_groups(conn: Connection, mentions: list[Mention]) -> Fusion:
    """The stored events that can be candidates of the given mentions, with their mentions."""
    fusion = Fusion(conn=conn, fresh_roots={m.root for m in mentions})
    fusion.next_seq = (conn.execute(select(func.max(ft.events.c.seq))).scalar() or 0) + 1
    load_candidates(conn, fusion, mentions)
    return fusion


def load_candidates(conn: Connection, fusion: Fusion, mentions: list[Mention]) -> None:
    """Add the stored events that can be candidates of these mentions (indexed lookups), the
    closest first while the update's ``candidates.MAX_LOADED`` allows (once it loaded that
    many, nothing is ranked: no ranking would load more; the key rows of the padding's time
    buckets are read only when the closer ones leave room, ``ranked_candidates``)."""
    budget = cands.MAX_LOADED - fusion.loaded
    if budget <= 0:
        return
    held = set(fusion.groups) | set(fusion.aliases)
    ranks = cands.ranked_candidates(conn, mentions, compatible_with, budget, held)
    for eid in set(ranks) & held:
        del ranks[eid]
    load_candidates_by_id(conn, fusion, set(cands.nearest(ranks, budget)))


def load_earliest(conn: Connection, fusion: Fusion, eid: str) -> None:
    """Load the earliest stored events sharing a key with an event's first mention."""
    m = fusion.groups[eid][0]
    ids = cands.earliest_events(conn, m, compatible_with(m.type))
    fresh = sorted(ids - set(fusion.groups) - set(fusion.aliases), key=cands.seq_of)
    load_candidates_by_id(conn, fusion, set(fresh[:max(0, cands.MAX_LOADED - fusion.loaded)]))
    fusion.early[eid] = ids


def load_candidates_by_id(conn: Connection, fusion: Fusion, ids: set[str]) -> None:
    """Add stored events (with all their mentions) that are not loaded yet (nor merged away
    during this update)."""
    ids = ids - set(fusion.groups) - set(fusion.aliases)
    fusion.loaded += len(ids)
    for eid, group in cands.event_groups(conn, sorted(ids)):
        fusion.mark_stored_reports(group)
        fusion.add_stored(eid, group)


def new_mentions(conn: Connection, article_ids: list[str]) -> list[Mention]:
    """The mentions of newly added articles, in ingest order."""
    if not article_ids:
        return []
    q = (select(s.mentions.c.id, s.mentions.c.data, s.articles.c.id.label("article_id"),
                s.articles.c.duplicate_of, s.articles.c.published, s.articles.c.url,
                s.articles.c.ingested_at, ft.story_articles.c.story_id, s.articles.c.site)
         .join(s.articles, s.articles.c.id == s.mentions.c.article_id)
         .join(ft.story_articles, ft.story_articles.c.article_id == s.articles.c.id, isouter=True)
         .where(s.mentions.c.article_id.in_(article_ids))
         .where(s.mentions.c.id.not_in(select(ft.event_mentions.c.mention_id)))
         .order_by(s.articles.c.seq, s.mentions.c.idx))
    found = [cands.with_ingest_day(make_mention(
        r.id, {"id": r.article_id, "duplicate_of": r.duplicate_of, "published": r.published,
               "url": r.url, "site": r.site}, r.data, r.story_id), r.ingested_at)
        for r in conn.execute(q)]
    mark_own_reports(found)
    return found


def mark_own_reports(mentions: list[Mention]) -> None:
    """Remember on each mention the acts its article reports as done (asserted: type and
    countries of the sources): a negated mention of an act its own article reports by a
    source of the same country ("its troops left the border towns" and "the army failed to
    finish its pullout") denies nothing another outlet reports (``denial_pair``); another
    party's act of that type ("a deal the two other capitals struck" beside "the government
    did not agree") does not count."""
    told: dict[str, set[tuple[str, frozenset[str]]]] = {}
    for m in mentions:
        if m.modality == "asserted":
            told.setdefault(m.article, set()).add((m.type, coref.role_countries(m)[0]))
    for m in mentions:
        m.memo[OWN_REPORTS] = frozenset(told.get(m.article, ()))


def own_report(m: Mention) -> bool:
    """Whether a mention's article reports its act as done (``mark_own_reports``): the same
    type by a source of a country the mention's sources name (or naming no country). A
    mention not marked (neither new in the update nor loaded from the store by it,
    ``Fusion.mark_stored_reports``) counts as reporting it."""
    if OWN_REPORTS not in m.memo:
        return True
    mine = coref.role_countries(m)[0]
    return any(typ == m.type and (not who or not mine or bool(who & mine))
               for typ, who in m.memo.get(OWN_REPORTS, ()))


def place(fusion: Fusion, m: Mention) -> str:
    """Put a mention into the event it links to most strongly, or a new one; return its id.
    When it links strongly to several events that do not rule each other out (nor refuse
    each other's reports where dates cannot tell, ``records_chained``), those events are one
    occurrence told twice and merge (the oldest id survives); so do the events it
    links to that hold another article's report of its trigger word in its story where dates
    cannot tell (``told_with_word``), when it joins one of them."""
    scores: dict[str, float] = {}
    for eid in fusion.candidates(m):
        if other_story(fusion, eid, m):
            continue
        if not fusion.in_window(eid, m) and not any(
                identity_score(m, o) >= STRONG_IDENTITY for o in fusion.groups[eid]):
            continue
        score = event_link(m, fusion.groups[eid], fusion.link, fusion.compared(eid),
                           fusion.story_only)
        if score >= coref.threshold():
            scores[eid] = score
    moved = day_apart_event(fusion, m, scores)
    if moved:
        best = moved
    elif not scores:
        best = f"e{fusion.next_seq}"
        fusion.next_seq += 1
        fusion.new.append(best)
    else:
        best = strongest(scores, fusion.groups, m)
        strong = coref.merge_threshold()
        worded = told_with_word(scores, fusion.groups, m)
        if scores[best] >= strong or best in worded:
            for other in sorted(scores, key=lambda e: int(e[1:])):
                if scores[other] < strong and not (best in worded and other in worded):
                    continue
                other = fusion.resolve(other)
                if other != best and groups_compatible(fusion.whole(best),
                                                       fusion.whole(other), fusion.common) \
                        and not records_chained(fusion, best, other):
                    best = fusion.absorb(best, other)
    fusion.add(best, m)
    fusion.touched.add(best)
    return best


def records_chained(fusion: Fusion, a: str, b: str) -> bool:
    """Whether more than ``CHAIN_SHARE`` of the pairs across two events' compared reports of
    different articles (at least ``CHAIN_MIN``) refuse each other where dates cannot tell
    (``vaguely_dated``, a link under ``CHAIN_LINK``, or one linked only by the trigger rule
    of ``link_verdict``: one story's trigger word, no link on content): a mention linking
    strongly to both bridges two occurrences its two events' reports tell apart, and they
    stay two (as ``chained`` keeps one report out of an event: merge transitively only
    through strong links)."""
    pairs = [fusion.link(x, y) < CHAIN_LINK or
             link_verdict(x, y, fusion.common)[0] == "trigger" for x in fusion.compared(a)
             for y in fusion.compared(b) if x.root != y.root and vaguely_dated(x, y)]
    return len(pairs) >= CHAIN_MIN and sum(pairs) > CHAIN_SHARE * len(pairs)


def day_apart(m: Mention, o: Mention) -> bool:
    """Two mentions whose own day-level dates share no day but are at most
    ``ADJACENT_DAYS`` apart."""
    return dates_contradict(m, o) and range_gap(m.range, o.range) <= ADJACENT_DAYS


def day_apart_link(m: Mention, o: Mention, common: frozenset[str] = frozenset()) -> float:
    """The link probability of two mentions of different outlets whose own dates are a day
    apart and that name people, the participants of one all among the other's, read as if
    the second were dated like the first (the day's difference forgiven, everything else
    scored as usual); 0 for any other pair, or one the link rules keep apart (two types: an
    agreement and the truce that followed it a day later are two occurrences; two modality
    groups, people of different countries)."""
    if m.outlet == o.outlet or m.root == o.root or not day_apart(m, o) or \
            not (named_people(m) and named_people(o)) or coverage(m.keys, o.keys) < 1.0 or \
            m.type != o.type or modality_group(m) != modality_group(o) or \
            coref.contradictory(m, o) or answered_apart(m, o):
        return 0.0
    own = coref.derived(o)
    moved = replace(o, memo={**o.memo, "coref": {**own, "range": m.range,
                                                  "width": coref.known_width(m.range)}})
    return coref.link_probability(m, moved, common)


def day_apart_score(fusion: Fusion, m: Mention, eid: str) -> float:
    """How strongly an event's reports of the day before or after link to a mention dated
    by its own day (``day_apart_link``, at most ``ADJACENT_DAYS`` apart): 0 unless every
    mention of the event its date contradicts is another outlet's, a day apart, and none of
    them rules the merge out otherwise (the mention's own article, people of different
    countries, a negation against an assertion)."""
    group = fusion.groups[eid]
    apart = [o for o in group if dates_contradict(m, o)]
    if not apart or any(o.outlet == m.outlet or not day_apart(m, o) for o in apart) or \
            kept_apart_in_article(m, group) or any(
                coref.contradictory(m, o) or ("negated" in (m.modality, o.modality) and
                                              m.modality != o.modality) for o in group):
        return 0.0
    return max((day_apart_link(m, o, fusion.common) for o in fusion.compared(eid)),
               default=0.0)


def day_apart_event(fusion: Fusion, m: Mention, scores: dict[str, float]) -> str | None:
    """The event a mention joins though other outlets dated it a day apart ("sat down with
    him on November 20" against three outlets' "met him on Thursday, November 21"): its
    reports link to the mention at the dated threshold with the day's difference forgiven
    (``day_apart_score``), more strongly than the mention links to any event (``scores``)
    or to any other such event, and no event the mention links to holds another article's
    report of the same people (the same people met on its own day too: two occurrences,
    "met him for a second straight day"). The dates' difference becomes the record's date
    conflict."""
    if not own_dated(m) or range_width(m.range) > CLEAR_DAYS or not named_people(m) or any(
            coverage(m.keys, o.keys) == 1.0 and named_people(o)
            for eid in scores for o in fusion.groups[eid] if o.root != m.root):
        return None  # the same people's event of the mention's own day: two occurrences
    best = max(scores.values(), default=0.0)
    found, top = None, max(best, coref.threshold())
    for eid in fusion.candidates(m):
        if other_story(fusion, eid, m):
            continue
        score = day_apart_score(fusion, m, eid)
        if score > top or (score == top and found is None and best < top):
            found, top = eid, score
    return found


def shared_person(m: Mention, o: Mention) -> bool:
    """Whether two mentions name one person among their participants: a registered person of
    one id, or a party the registry does not know that both name by the same surname and one
    writes as a full name (two or more capitalised words: "Arlen Mosk"; a state or a group,
    "Castrane", "the army", is no person)."""
    def people(x: Mention) -> set[str]:
        out = set()
        for p in x.participants():
            actor = p.get("actor") or {}
            if actor.get("id"):
                if actor.get("kind") == "person" or coref.PERSON_ID_RE.match(str(actor["id"])):
                    out.add("id:" + str(actor["id"]))
            elif len(coref.CAP_RE.findall(p.get("text") or "")) >= 2:
                out |= {k for k in participant_keys(p) if k.startswith("name:")}
        return out

    def keys(x: Mention) -> set[str]:
        return {k for p in x.participants() for k in participant_keys(p)}

    mine, theirs = people(m), people(o)
    return bool(mine & theirs) or bool((mine - {k for k in mine if k.startswith("id:")})
                                       & keys(o)) or \
        bool((theirs - {k for k in theirs if k.startswith("id:")}) & keys(m))


def told_again(m: Mention) -> bool:
    """Whether a mention's sentence tells its act as a repeated or further one ("spoke again",
    "a second call", "another meeting"; ``told_as_another`` reads the words before the trigger
    only)."""
    return told_as_another(m) or bool(AGAIN_RE.search(m.sentence or ""))


def known_outlet(m: Mention) -> bool:
    """Whether a mention's outlet is known from its article's site name or URL (else it is the
    article id, and two articles without either may be one outlet's)."""
    return bool(m.outlet) and m.outlet not in (m.article, m.root)


def day_outlets(group: list[Mention]) -> set[str]:
    """The outlets that date a record by its own day (``CLEAR_DAYS`` wide at most)."""
    return {m.outlet for m in group if own_dated(m) and range_width(m.range) <= CLEAR_DAYS}


def tolerated_pair(m: Mention, o: Mention) -> bool:
    """Two reports by different outlets that may be one occurrence whose day they disagree on
    (``TOLERATED_DAYS``): one type and mode, both asserted, their own day-level dates apart
    (``dates_contradict``) by at most ``TOLERATED_DAYS``, the participants of one all among
    the other's with one person both name (``shared_person``: a leader's call, a named
    official's visit; states and armies act again and again within days), no contradictory
    people, and neither told as a repeated or further act (``told_again``)."""
    return m.outlet != o.outlet and m.root != o.root and known_outlet(m) and known_outlet(o) and \
        m.type == o.type and m.mode == o.mode and \
        m.modality == "asserted" and o.modality == "asserted" and dates_contradict(m, o) and \
        range_gap(m.range, o.range) <= TOLERATED_DAYS and \
        coverage(m.keys, o.keys) == 1.0 and shared_person(m, o) and \
        not coref.contradictory(m, o) and not told_again(m) and not told_again(o) and \
        not answered_apart(m, o)


def tolerated_link(m: Mention, o: Mention, common: frozenset[str] = frozenset()) -> float:
    """The link probability of a ``tolerated_pair`` read as if both were dated alike (the
    disagreeing day forgiven, everything else scored as usual); 0 for any other pair."""
    if not tolerated_pair(m, o):
        return 0.0
    own = coref.derived(o)
    moved = replace(o, memo={**o.memo, "coref": {**own, "range": m.range,
                                                  "width": coref.known_width(m.range)}})
    return coref.link_probability(m, moved, common)


def tolerated_waiver(a: list[Mention], b: list[Mention]) -> Any:
    """For two records that ``join_tolerated`` may merge, the pairs whose own dates may
    disagree (``waive`` of ``groups_compatible``), or None when an outlet dates them apart
    itself: every pair of their mentions whose own days differ must be of different outlets
    and at most ``TOLERATED_DAYS`` apart, and no mention of either is told as a repeated act.
    Days more than ``ADJACENT_DAYS`` apart are one outlet's against two or more that agree
    (one record dated by its own day by a single outlet, the other by several): two lone
    outlets' days two or three days apart may tell two calls."""
    gap = 0
    for x in a:
        for y in b:
            if dates_contradict(x, y):
                if x.outlet == y.outlet or x.root == y.root or \
                        range_gap(x.range, y.range) > TOLERATED_DAYS:
                    return None
                gap = max(gap, range_gap(x.range, y.range))
    counts = sorted((len(day_outlets(a)), len(day_outlets(b))))
    if gap > ADJACENT_DAYS and (counts[0] != 1 or counts[1] < 2):
        return None  # days further apart: one outlet's day against the others' only
    if any(told_again(x) for x in a + b if own_dated(x)):
        return None
    return lambda x, y: x.outlet != y.outlet and range_gap(x.range, y.range) <= TOLERATED_DAYS


def tolerated_score(fusion: Fusion, a: str, b: str, fresh: set[str]) -> float:
    """The strongest ``tolerated_link`` between a new mention (id in ``fresh``) of one record
    and a mention of the other."""
    best = 0.0
    for m in fusion.compared(a):
        for o in fusion.compared(b):
            if m.id in fresh or o.id in fresh:
                best = max(best, tolerated_link(m, o, fusion.common))
    return best


def join_tolerated(fusion: Fusion, fresh: set[str]) -> None:
    """Merge two records that are one occurrence but for the day different outlets give it
    (15 June against 18 June for one leaders' call): a new mention (``fresh``) of one links
    to a mention of the other at ``coref.merge_threshold`` with the day forgiven
    (``tolerated_link``), each record is the other's only such record, and nothing else
    rules the merge out (``groups_compatible`` with the tolerated pairs' dates waived,
    ``tolerated_waiver``: no outlet dates the two apart itself). The dates' difference is
    then the record's date conflict (``conflicts.date_conflicts``)."""
    strong = coref.merge_threshold()
    found: dict[str, dict[str, float]] = {}
    for eid in sorted(fusion.touched, key=lambda e: int(e[1:])):
        if eid not in fusion.groups:
            continue
        mine = [m for m in fusion.groups[eid] if m.id in fresh and own_dated(m)]
        for other in {o for m in mine for o in fusion.candidates(m)} - {eid}:
            if other not in fusion.groups or stories_apart(fusion.groups[eid],
                                                           fusion.groups[other]):
                continue
            score = tolerated_score(fusion, eid, other, fresh)
            if score >= strong:
                found.setdefault(eid, {})[other] = score
                found.setdefault(other, {})[eid] = score
    for a in sorted(found, key=lambda e: int(e[1:])):
        if len(found[a]) != 1:
            continue
        b = next(iter(found[a]))
        if len(found.get(b, {})) != 1:
            continue
        a2, b2 = fusion.resolve(a), fusion.resolve(b)
        if a2 == b2 or a2 not in fusion.groups or b2 not in fusion.groups:
            continue
        one, two = fusion.whole(a2), fusion.whole(b2)
        waive = tolerated_waiver(one, two)
        if waive is not None and groups_compatible(one, two, fusion.common, waive=waive):
            fusion.absorb(a2, b2)


def other_story(fusion: Fusion, eid: str, m: Mention) -> bool:
    """Whether an event is of another story than a mention of another article (events of
    different stories never link; ``split_by_story`` splits those a story's repair divides)."""
    if not m.story or m.root in fusion.roots.get(eid, ()):
        return False
    have = fusion.stories.get(eid)
    return bool(have) and m.story not in have


def stories_apart(a: list[Mention], b: list[Mention]) -> bool:
    """Whether two events' mentions share no story (both placed in stories)."""
    sa = {m.story for m in a if m.story}
    sb = {m.story for m in b if m.story}
    return bool(sa) and bool(sb) and sa.isdisjoint(sb)


def strongest(scores: dict[str, float], groups: dict[str, list[Mention]], m: Mention) -> str:
    """The event of ``scores`` (ids of events a mention links to, with the link) that the
    mention joins: the strongest link, except that a report of the deed (asserted) joins the
    strongest of the events holding a report before an event told only as a plan, a
    hypothesis or a denial ("troops pulled out of the villages" links more strongly to a
    statement that Lebanon would press for the withdrawal, whose sentence names the same
    leaders, than to the other outlets' reports of the pullout that day). Where dates cannot
    tell, the events holding another article's report of the mention's own trigger word in
    one story (``same_trigger_in_story``) come first: "killed" joins the killing's record,
    not the shooting's that its sentence links to more strongly."""
    order = lambda e: (scores[e], -int(e[1:]))  # noqa: E731
    pool = told_with_word(scores, groups, m) or list(scores)
    best = max(pool, key=order)
    told = [e for e in pool if any(o.modality == "asserted" for o in groups[e])]
    if m.modality == "asserted" and told and best not in told:
        return max(told, key=order)
    return best


def told_with_word(scores: dict[str, float], groups: dict[str, list[Mention]],
                   m: Mention) -> list[str]:
    """The events of ``scores`` holding another article's report of a mention's own trigger
    word in its story, where dates cannot tell them apart (``same_trigger_in_story``)."""
    return [e for e in scores if any(o.root != m.root and vaguely_dated(m, o) and
                                     same_trigger_in_story(m, o) for o in groups[e])]


def record_link(fusion: Fusion, a: str, b: str, fresh: set[str]) -> float:
    """The strongest cross-article link between a new mention (id in ``fresh``) of one event
    and a mention of the other, among pairs whose dates are precise enough to object
    (vaguely dated links were calibrated apart and never join records)."""
    best = 0.0
    theirs = fusion.compared(b)
    for m in fusion.compared(a):
        mine = m.id in fresh
        for o in theirs:
            if m.root != o.root and (mine or o.id in fresh) and not vaguely_dated(m, o):
                score = fusion.link(m, o)
                if score > best:
                    best = score
    return best


def join_linked(fusion: Fusion, fresh: set[str]) -> None:
    """Merge touched events into candidates they link to strongly (``RECORD_MERGE_MIN``)
    through a mention new in this update (``fresh``: mention ids; older pairs were compared
    when they arrived) when no pair of their mentions rules it out: two outlets' reports of
    one occurrence that no single new mention bridged. Strongest links first; the oldest id
    survives."""
    links = []
    for eid in sorted(fusion.touched, key=lambda e: int(e[1:])):
        mine = [m for m in fusion.groups[eid] if m.id in fresh]
        for other in {o for m in mine for o in fusion.candidates(m)} - {eid}:
            score = record_link(fusion, eid, other, fresh)
            if score >= RECORD_MERGE_MIN:
                links.append((score, eid, other))
    for _, a, b in sorted(links, key=lambda x: (-x[0], int(x[1][1:]), int(x[2][1:]))):
        a, b = fusion.resolve(a), fusion.resolve(b)
        if a != b and a in fusion.groups and b in fusion.groups and \
                any(fusion.in_window(a, m) for m in fusion.whole(b)) and \
                groups_compatible(fusion.whole(a), fusion.whole(b)):
            fusion.absorb(a, b)


def groups_compatible(a: list[Mention], b: list[Mention], common: Any = frozenset(),
                      waive: Any = None) -> bool:
    """Whether two events may be one occurrence: compatible types and no pair of their
    mentions that rules it out (one article's mentions kept apart, unless one event is the
    first day of the other's episode, or a day within an episode its own article tells, and
    the pair has at most one own day: ``start_record``, ``held_record``;
    own day-level ranges sharing no days outside an episode that holds them; people of
    different countries in one role; a negated against an asserted one), and,
    when they hold reports of two sides of a story's undone split (``branches_apart``), a link
    across the sides on more than the story (``branch_linked``). With ``waive(x, y)``, the
    own dates of the pairs it holds for do not rule the merge out (``join_tolerated``)."""
    if not (coref.types_compatible(a[0].type, b[0].type) or yield_records(a, b) or
            any(failure_pair(x, y) for x in a for y in b)) or \
            stories_apart(a, b):
        return False
    if BRANCHES.get() and any(branches_apart(x, y) for x in a for y in b) and \
            not branch_linked(a, b, common, apart_only=True):
        return False
    joined: bool | None = None
    for x in a:
        for y in b:
            if x.root == y.root and same_article_verdict(x, y) == "no" and \
                    identity_score(x, y) < STRONG_IDENTITY:
                if start_waives(x, y) and joined is None:
                    joined = start_record(a, b) or start_record(b, a) or \
                        held_record(a, b) or held_record(b, a)
                if not (joined and start_waives(x, y)):
                    return False
            if (dates_contradict(x, y) and not episode_covers(x, y, a + b) and
                    not episode_covers(y, x, a + b) and not (waive and waive(x, y))) or \
                    coref.contradictory(x, y) or ordinals_differ(x, y) or answered_apart(x, y):
                return False
            if "negated" in (x.modality, y.modality) and x.modality != y.modality and \
                    not denial_pair(x, y):
                return False
    return True


def possibly_same(fusion: Fusion, eid: str,
                  among: set[str] | None = None) -> list[dict[str, Any]]:
    """Other events that may be the same occurrence (link probability over the pairs of
    their compared mentions, ``Fusion.compared``), best first; with ``among``, only those of
    these candidate events."""
    group = fusion.compared(eid)
    out = []
    if among is None:
        others = set(fusion.event_candidates(eid))
    else:
        others = among - {eid}
    mine = None
    for other in sorted(others, key=lambda e: int(e[1:])):
        og = fusion.compared(other)
        score = 0.0
        for m in group:
            for o in og:
                if m.root != o.root:
                    p = fusion.link(m, o)
                    if p > score:
                        score = p
        if score < POSSIBLY_SAME_MIN:
            if mine is None:
                mine = dating(group)
            if undated_pair(mine, dating(og)):
                score = max(score, undated_score(group, og, fusion.undated_link))
        if score >= POSSIBLY_SAME_MIN:
            out.append({"event": other, "score": round(score, 3)})
    out.sort(key=lambda d: (-d["score"], d["event"]))
    return out[:MAX_POSSIBLY_SAME]


Dating = tuple[Mention, str, str, bool, bool]


def dating(group: list[Mention]) -> list[Dating]:
    """Per mention what ``undated_pair`` compares: the mention, its root article, its type,
    whether it has no date range and whether its range is wider than ``PRECISE_DAYS`` (read
    once per mention, not once per pair)."""
    out = []
    for m in group:
        r = m.range
        out.append((m, m.root, m.type, not r, bool(r) and range_width(r) > PRECISE_DAYS))
    return out


def undated_pair(group: list[Dating], other: list[Dating]) -> bool:
    """Whether any pair of two events' mentions (``dating``) from two articles is of one type,
    vaguely dated (``vaguely_dated``: either undated, or both ranges wide) and the smaller
    participant list all matched (``coverage`` 1.0): the pairs ``undated_score`` may show."""
    for m, root, kind, bare, wide in group:
        for o, o_root, o_kind, o_bare, o_wide in other:
            if root != o_root and kind == o_kind and (bare or o_bare or (wide and o_wide)) \
                    and coverage(m.keys, o.keys) == 1.0:
                return True
    return False


def compared(fusion: Fusion, eid: str, links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The links, each strong one with the points where the two records' outlets disagree
    (``disagrees``: conflict flags over both records)."""
    for link in links:
        if link["score"] >= LINKED_MIN and link["event"] in fusion.groups:
            found = linked_disagreements(fusion.whole(eid), fusion.whole(link["event"]),
                                         fusion.flag_keys)
            if found:
                link["disagrees"] = found
    return links


def vaguely_dated(m: Mention, o: Mention) -> bool:
    """Either mention has no date range, or both ranges are too wide to tell days apart."""
    return not m.range or not o.range or \
        min(range_width(m.range), range_width(o.range)) > PRECISE_DAYS


def undated_score(group: list[Mention], other: list[Mention], link: Any = None) -> float:
    """The model's probability for undated or vaguely dated mention pairs (shown, never merged;
    ``link(m, o)``: ``coref.link_probability`` without word statistics, e.g. remembered per
    pair by ``Fusion.undated_link``)."""
    link = link or coref.link_probability
    return max(link(m, o) for m in group for o in other if m.root != o.root)


def known_range(group: list[Mention]) -> tuple[str, str] | None:
    """First and last day an event's mentions date it to (publication fallbacks included)."""
    ranges = [date_range(m.date or m.fallback_date) for m in group]
    ranges = [r for r in ranges if r]
    if not ranges:
        return None
    return min(r[0] for r in ranges).isoformat(), max(r[1] for r in ranges).isoformat()


def outlier_eligible(group: list[Mention]) -> bool:
    """Whether an event can carry a date-outlier flag: dated by its text, called recent."""
    return any(date_range(m.date) for m in group) and any(called_recent(m) for m in group)


def called_recent(m: Mention) -> bool:
    """Whether a mention's sentence calls the event recent."""
    return bool(RECENT_RE.search((m.data.get("sentence") or {}).get("text") or ""))


def date_outlier(fusion: Fusion, eid: str) -> dict[str, Any] | None:
    """A flag when an event the text calls recent is dated long before every other dated
    event of its type between the same participants."""
    group = fusion.groups[eid]
    own = [m for m in group if date_range(m.date)]
    if not outlier_eligible(group):
        return None
    latest_own = max(date_range(m.date)[1] for m in own)
    others = []
    for other in fusion.outlier_candidates(eid):
        og = fusion.whole(other)
        if other == eid or not any(coverage(m.keys, o.keys) == 1.0 for m in group for o in og):
            continue
        rng = known_range(og)
        if rng:
            others.append((other, rng))
    if not others:
        return None
    earliest = min(dt.date.fromisoformat(r[0]) for _, r in others)
    if (earliest - latest_own).days <= OUTLIER_DAYS:
        return None
    values = [{"value": m.date, "articles": [m.article],
               "spans": [{"article": m.article, **((m.data.get("date") or {}).get("span") or {})}]}
              for m in own]
    values += [{"value": f"{r[0]}..{r[1]}", "articles": [], "events": [o], "spans": []}
               for o, r in others]
    return {"kind": "date_outlier",
            "message": f"a recent event dated {', '.join(sorted({m.date for m in own}))}, more "
                       f"than a year before every other dated {fusion.types[eid]} between the "
                       f"same participants (from {earliest.isoformat()})", "values": values}


def majority_story(group: list[Mention]) -> str | None:
    """The story most of an event's mentions come from."""
    stories = Counter(m.story for m in group if m.story)
    return stories.most_common(1)[0][0] if stories else None


def event_record(conn: Connection, fusion: Fusion, eid: str, now: str,
                 cache: dict[str, Any], aliases: list[str],
                 starts: dict[str, dt.date] | None = None,
                 own: dict[str, frozenset[str]] | None = None) -> dict[str, Any]:
    """The ``events`` row (without id and seq) of one fused event, built from its mentions;
    ``cache``: extract objects by article, ``aliases``: ids merged into it, ``starts``: the
    day each story was first reported (a record well before it is the story's background),
    ``own``: each story's own countries (a record of others told back is its background)."""
    group = fusion.groups[eid]
    story = majority_story(group)
    data = build_event(conn, eid, group, story, cache)
    if starts is not None and story:
        published = [d for d in (_day_of(m.published) for m in group) if d is not None]
        mark_story_background(data, starts.get(story), [m.data for m in group],
                              (own or {}).get(story, frozenset()), published,
                              [(cache.get(m.article) or {}).get(ANCHORS_KEY) or []
                               for m in group])
    data["possibly_same"] = compared(fusion, eid, possibly_same(fusion, eid))
    if aliases:
        data["aliases"] = aliases
    outlier = date_outlier(fusion, eid)
    if outlier:
        data["flags"].append(outlier)
    rng = data.get("date_range") or [None, None]
    return {"story_id": story, "type": data["type"], "mode": data["mode"],
            "modality": data["modality"], "date": data["date"], "date_min": rng[0],
            "date_max": rng[1], "data": data, "n_sources": data["n_sources"], "updated_at": now}


def _day_of(value: str | None) -> dt.date | None:
    """The calendar day of an ISO timestamp, or None."""
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def write_events(conn: Connection, fusion: Fusion, new: list[str], changed: list[str],
                 now: str, written: Written | None = None,
                 views: dict[str, Any] | None = None) -> tuple[set[str], set[str]]:
    """Build and store the new events (inserted) and the changed stored ones (updated), with
    their index rows, ``WRITE_SLICE`` events at a time (the extract objects they read are
    held for one slice); return their stories (before and after) and the ids of those that
    carry no commitment (``written``: also noted there with their participants). ``views``:
    ``build.event_view`` of articles already read in this update, not read again."""
    stories = set(stored_stories(conn, changed).values())
    plain: set[str] = set()
    fresh = set(new)
    unstored = [(majority_story(fusion.groups[eid]),
                 mention_countries([m.data for m in fusion.groups[eid]])) for eid in new]
    own = story_countries(conn, {x for x, _ in unstored} |
                          {majority_story(fusion.groups[eid]) for eid in changed}, unstored)
    for part in write_parts(fusion, new + changed):
        rows = write_slice(conn, fusion, [e for e in part if e in fresh],
                           [e for e in part if e not in fresh], now, own, views)
        stories |= {row["story_id"] for row in rows.values()}
        plain |= {eid for eid, row in rows.items() if not row["data"].get("commitments")}
        if written is not None:
            for row in rows.values():
                written.note_written(row["data"], row["date_min"])
    return stories, plain


def write_parts(fusion: Fusion, ids: list[str]) -> list[list[str]]:
    """``ids`` in slices of at most ``WRITE_SLICE`` events and, unless one event has more,
    ``WRITE_MENTIONS`` mentions."""
    parts: list[list[str]] = []
    size = 0
    for eid in ids:
        n = len(fusion.order.get(eid) or fusion.groups[eid])
        if not parts or len(parts[-1]) >= WRITE_SLICE or size + n > WRITE_MENTIONS:
            parts.append([])
            size = 0
        parts[-1].append(eid)
        size += n
    return parts


def write_slice(conn: Connection, fusion: Fusion, new: list[str], changed: list[str],
                now: str, own: dict[str, frozenset[str]] | None = None,
                views: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """Build and store some new and changed events in a few statements (each read whole
    while its slice is written; ``own``: each story's own countries; ``views``: the
    ``build.event_view`` of articles read already, the others read here); return their
    rows."""
    ids = new + changed
    held = {eid: fusion.groups[eid] for eid in ids if eid in fusion.order}
    for eid in held:
        fusion.groups[eid] = fusion.whole(eid)
    try:
        wanted = {m.article for eid in ids for m in fusion.groups[eid]}
        cache = {a: views[a] for a in wanted if a in views} if views else {}
        cache.update(extractions(conn, wanted - cache.keys()))
        aliases = aliases_of(conn, ids)
        starts = story_starts(conn, {majority_story(fusion.groups[eid]) for eid in ids})
        rows = {eid: event_record(conn, fusion, eid, now, cache, aliases.get(eid, []), starts,
                                  own) for eid in ids}
    finally:
        fusion.groups.update(held)
    if new:
        insert_rows(conn, ft.events, [{"id": eid, "seq": int(eid[1:]), **rows[eid]}
                                      for eid in new])
    if changed:  # one statement, executed for every changed event
        cols = list(rows[changed[0]])
        conn.execute(update(ft.events).where(ft.events.c.id == bindparam("b_id"))
                     .values({c: bindparam(f"b_{c}") for c in cols}),
                     [{"b_id": eid, **{f"b_{c}": rows[eid][c] for c in cols}}
                      for eid in changed])
    index.sync_events(conn, [(rows[eid]["data"], int(eid[1:]), rows[eid]["date_min"])
                             for eid in ids], changed)
    return rows


def stored_stories(conn: Connection, ids: list[str]) -> dict[str, str | None]:
    """The stored story of each of these events."""
    out: dict[str, str | None] = {}
    for part in in_chunks(ids):
        out.update((r.id, r.story_id) for r in conn.execute(
            select(ft.events.c.id, ft.events.c.story_id).where(ft.events.c.id.in_(part))))
    return out


def split_by_story(conn: Connection, moved: set[str]) -> list[str]:
    """Split the stored events of articles that moved to another story (a story's repair
    split or merged it) whose mentions now sit in several stories: the story most of its
    mentions are in (the earliest mention's on a tie) keeps the event, each other story's
    mentions become an event of their own (events of different stories never link). Return
    the ids of the events split and of those made (rows copied from the event split, to be
    rebuilt from their mentions)."""
    if not moved:
        return []
    em, mentions, sa = ft.event_mentions, s.mentions, ft.story_articles
    eids = sorted({r.event_id for part in in_chunks(sorted(moved)) for r in conn.execute(
        select(em.c.event_id).join(mentions, mentions.c.id == em.c.mention_id)
        .where(mentions.c.article_id.in_(part)))})
    by_event: dict[str, list[tuple[int, int, str, str | None]]] = {}
    for part in in_chunks(eids):
        for r in conn.execute(
                select(em.c.event_id, em.c.mention_id, sa.c.story_id, s.articles.c.seq,
                       mentions.c.idx)
                .join(mentions, mentions.c.id == em.c.mention_id)
                .join(s.articles, s.articles.c.id == mentions.c.article_id)
                .join(sa, sa.c.article_id == mentions.c.article_id, isouter=True)
                .where(em.c.event_id.in_(part))):
            by_event.setdefault(r.event_id, []).append((r.seq, r.idx, r.mention_id, r.story_id))
    next_seq = (conn.execute(select(func.max(ft.events.c.seq))).scalar() or 0) + 1
    out: list[str] = []
    for eid in eids:
        rows = sorted(by_event.get(eid, []))
        counts = Counter(r[3] for r in rows if r[3])
        if len(counts) < 2:
            continue
        first = {story: i for i, (_, _, _, story) in reversed(list(enumerate(rows)))}
        keep = min(counts, key=lambda st: (-counts[st], first[st]))
        row = conn.execute(select(ft.events).where(ft.events.c.id == eid)).mappings().one()
        out.append(eid)
        for story in sorted(counts, key=first.__getitem__):
            if story == keep:
                continue
            new = f"e{next_seq}"
            insert_rows(conn, ft.events, [{**row, "id": new, "seq": next_seq, "story_id": story,
                                           "data": {**row["data"], "id": new}}])
            next_seq += 1
            ids = [r[2] for r in rows if r[3] == story]
            for part in in_chunks(ids):
                for table in (em, ft.fuse_keys):
                    conn.execute(update(table).where(table.c.mention_id.in_(part))
                                 .values(event_id=new))
            out.append(new)
    return out


def split_by_branches(conn: Connection,
                      branches: list[tuple[str, frozenset[str], frozenset[str]]]) -> list[str]:
    """Split the stored events whose mentions come from both groups of articles that a
    story's split check separated and its merge step put back together (``branches``)
    when no pair of their mentions across the two groups links on more than the story
    (``branch_linked``): undated reports of one story link on the story alone
    (``link_verdict``: "story", "trigger"), and a story that holds two groups linked this
    weakly is no evidence that their reports tell one occurrence. The side holding most of
    the event's mentions (the earliest mention's on a tie) keeps the event and its id; the
    other side's mentions become an event of their own. Return the ids of the events split
    and of those made (as ``split_by_story``)."""
    side: dict[str, int] = {}
    for _, a, b in branches:
        side.update({aid: 1 for aid in a})
        side.update({aid: 2 for aid in b})
    if not side:
        return []
    em, mentions = ft.event_mentions, s.mentions
    by_event: dict[str, list[tuple[int, int, str, str]]] = {}
    for part in in_chunks(sorted(side)):
        for r in conn.execute(
                select(em.c.event_id, em.c.mention_id, s.articles.c.seq, mentions.c.idx,
                       mentions.c.article_id)
                .join(mentions, mentions.c.id == em.c.mention_id)
                .join(s.articles, s.articles.c.id == mentions.c.article_id)
                .where(mentions.c.article_id.in_(part))):
            by_event.setdefault(r.event_id, []).append(
                (r.seq, r.idx, r.mention_id, r.article_id))
    mixed = sorted(e for e, rows in by_event.items()
                   if {side[r[3]] for r in rows} == {1, 2})
    if not mixed:
        return []
    loaded = cands.mentions_by_id(conn, [r[2] for e in mixed for r in by_event[e]])
    common = cands.vocabulary(conn, {m.type for m in loaded.values()}, [],
                              list(loaded.values()))
    next_seq = (conn.execute(select(func.max(ft.events.c.seq))).scalar() or 0) + 1
    out: list[str] = []
    for eid in mixed:
        rows = sorted(by_event[eid])
        one = [loaded[r[2]] for r in rows if side[r[3]] == 1 and r[2] in loaded]
        two = [loaded[r[2]] for r in rows if side[r[3]] == 2 and r[2] in loaded]
        if branch_linked(one, two, common):
            continue
        counts = Counter(side[r[3]] for r in rows)
        first = next(side[r[3]] for r in rows)
        keep = first if counts[1] == counts[2] else max(counts, key=counts.__getitem__)
        ids = [r[2] for r in rows if side[r[3]] != keep]
        row = conn.execute(select(ft.events).where(ft.events.c.id == eid)).mappings().one()
        new = f"e{next_seq}"
        insert_rows(conn, ft.events, [{**row, "id": new, "seq": next_seq,
                                       "data": {**row["data"], "id": new}}])
        next_seq += 1
        for part in in_chunks(ids):
            for table in (em, ft.fuse_keys):
                conn.execute(update(table).where(table.c.mention_id.in_(part))
                             .values(event_id=new))
        out += [eid, new]
    return out


def branch_linked(one: list[Mention], two: list[Mention], common: Any,
                  apart_only: bool = False) -> bool:
    """Whether a mention of one group links to a mention of the other on more than their
    story (``link_verdict`` other than "story" and "trigger", at its threshold); with
    ``apart_only``, among pairs on two sides of a story's undone split (``branches_apart``)."""
    for m in one:
        for o in two:
            if m.root == o.root or (apart_only and not branches_apart(m, o)):
                continue
            verdict, p = link_verdict(m, o, common)
            if verdict in BLOCKED or verdict in ("story", "trigger"):
                continue
            if verdict in ("identity", "episode") or p >= coref.threshold():
                return True
    return False


def fuse_mentions(conn: Connection, article_ids: list[str], now: str,
                  moved: set[str] | None = None,
                  branches: list[tuple[str, frozenset[str], frozenset[str]]] | None = None,
                  views: dict[str, Any] | None = None) -> dict[str, Any]:
    """Merge the new articles' mentions into events (after splitting the events of
    articles that ``moved`` to another story by story, ``split_by_story``); return
    new/updated ids, stories, and the written events without commitments (``plain``).
    ``views``: ``build.event_view`` of articles the caller read already (``write_events``)."""
    index.ensure(conn)
    cands.ensure(conn)
    stories = {r.story_id for r in conn.execute(
        select(ft.story_articles.c.story_id).where(
            ft.story_articles.c.article_id.in_(sorted(set(article_ids)))))} - {None}
    token = BRANCHES.set(load_branches(conn, stories))
    sides = STORY_SIDES.set(StorySides(conn))
    starts = STORY_STARTS.set(StoryStarts(conn))
    try:
        return _fuse_mentions(conn, article_ids, now, moved, branches, views)
    finally:
        STORY_STARTS.reset(starts)
        STORY_SIDES.reset(sides)
        BRANCHES.reset(token)


def _fuse_mentions(conn: Connection, article_ids: list[str], now: str,
                   moved: set[str] | None,
                   branches: list[tuple[str, frozenset[str], frozenset[str]]] | None,
                   views: dict[str, Any] | None = None) -> dict[str, Any]:
    """``fuse_mentions`` with the split sides of its stories known."""
    split = split_by_story(conn, moved or set())
    split += [e for e in split_by_branches(conn, branches or []) if e not in split]
    mentions = new_mentions(conn, article_ids)
    fusion = load_groups(conn, mentions)
    if split:
        load_candidates_by_id(conn, fusion, set(split) - set(fusion.groups))
        fusion.touched.update(split)
    existing = set(fusion.groups)
    fusion.common = cands.vocabulary(
        conn, {t for m in mentions for t in compatible_with(m.type)}, mentions,
        [m for g in fusion.groups.values() for m in g])
    first_new = fusion.next_seq  # ids below it are stored events
    links = [(m.id, place(fusion, m)) for m in mentions]
    load_candidates(conn, fusion, [m for eid in fusion.touched & existing
                                   for m in fusion.groups[eid]])
    join_linked(fusion, {m.id for m in mentions})
    join_tolerated(fusion, {m.id for m in mentions})
    links = [(mid, fusion.resolve(eid)) for mid, eid in links]
    for eid in sorted(fusion.touched):
        if fusion.eligible(eid):
            load_earliest(conn, fusion, eid)
    fusion.forget_links(cands.add_words(conn, fusion.common,
                                        [m for g in fusion.groups.values() for m in g]))
    existing = {e for e in [*fusion.groups, *fusion.aliases] if int(e[1:]) < first_new}
    written = Written()
    written.note(conn, sorted((fusion.touched | set(fusion.aliases)) & existing))
    stories: set[str] = retire(conn, fusion, sorted(set(fusion.aliases) & existing,
                                                    key=lambda e: int(e[1:])), now)
    related: dict[str, set[str]] = {}  # untouched event -> touched events it is a candidate of
    for eid in fusion.touched:
        for o in fusion.event_candidates(eid):
            related.setdefault(o, set()).add(eid)
    written_stories, plain = write_events(conn, fusion, sorted(fusion.new, key=lambda e: int(e[1:])),
                                  sorted(fusion.touched & existing, key=lambda e: int(e[1:])),
                                  now, written, views)
    stories |= {s or "" for s in written_stories}
    refreshed = refresh_related(conn, fusion, related, existing, now)
    if links:
        insert_rows(conn, ft.event_mentions,
                    [{"mention_id": mid, "event_id": eid} for mid, eid in links])
        cands.record(conn, mentions, dict(links))
    return {"new": list(fusion.new),
            "updated": sorted((fusion.touched & existing) | set(refreshed)),
            "merged": {a: fusion.resolve(a) for a in sorted(set(fusion.aliases) & existing)},
            "stories": stories - {""}, "plain": plain, "written": written}


def retire(conn: Connection, fusion: Fusion, gone: list[str], now: str) -> set[str]:
    """Stored events merged into another during this update: their mentions move to the
    surviving event and their ids are kept as its aliases (links and exports resolve);
    return the stories they were in (a few statements for all of them)."""
    if not gone:
        return set()
    keep = [{"b_gone": eid, "b_keep": fusion.resolve(eid)} for eid in gone]
    stories = set(stored_stories(conn, gone).values())
    cands.move_rows(conn, keep)
    for table in (ft.event_mentions, ft.event_aliases):  # one statement, run for every event
        conn.execute(update(table).where(table.c.event_id == bindparam("b_gone"))
                     .values(event_id=bindparam("b_keep")), keep)
    conn.execute(insert(ft.event_aliases), [{"alias": k["b_gone"], "event_id": k["b_keep"],
                                             "merged_at": now} for k in keep])
    for part in in_chunks(gone):
        for table in index.INDEX_TABLES:
            conn.execute(delete(table).where(table.c.event_id.in_(part)))
        conn.execute(delete(ft.events).where(ft.events.c.id.in_(part)))
    return {sid or "" for sid in stories}


def aliases_of(conn: Connection, ids: list[str]) -> dict[str, list[str]]:
    """Ids of the stored events that were merged into each of these events."""
    found: dict[str, list[str]] = {}
    for part in in_chunks(ids):
        for r in conn.execute(select(ft.event_aliases.c.alias, ft.event_aliases.c.event_id)
                              .where(ft.event_aliases.c.event_id.in_(part))):
            found.setdefault(r.event_id, []).append(r.alias)
    return {eid: sorted(a, key=lambda a: int(a[1:]) if a[1:].isdigit() else 0)
            for eid, a in found.items()}


def refresh_related(conn: Connection, fusion: Fusion, related: dict[str, set[str]],
                    existing: set[str], now: str) -> list[str]:
    """Re-score the "possibly the same" links of untouched related events to the events this
    update changed; return the ids whose stored links changed. Only events that gain a link,
    may hold one to an updated event, or may link to a merged one are looked at (their
    stored links alone); only those whose links change are read whole and rewritten."""
    ids = sorted(set(related) & existing - fusion.touched - set(fusion.aliases),
                 key=lambda e: int(e[1:]))
    updated = fusion.touched & existing
    fresh = {eid: compared(fusion, eid, possibly_same(fusion, eid, among=related[eid]))
             for eid in ids}
    need = [eid for eid in ids if fresh[eid] or related[eid] & updated or fusion.aliases]
    texts: dict[str, tuple[str, Any]] = {}
    stored = stored_links(conn, need, texts)
    changed = {}
    for eid in need:
        if eid in stored:
            links = new_links(fusion, stored[eid], related[eid], fresh[eid])
            if links != stored[eid]:
                changed[eid] = links
    write_links(conn, changed, now, texts or None)
    return [eid for eid in need if eid in changed]


LINKS_PATH = '$."possibly_same"'


def stored_links(conn: Connection, ids: list[str],
                 texts: dict[str, tuple[str, Any]] | None = None
                 ) -> dict[str, list[dict[str, Any]]]:
    """The stored "possibly the same" links of these events (read without the rest of their
    data). ``texts``: on SQLite, also given each event's data as JSON text and the links'
    JSON type, what ``write_links`` rewrites them in (read in the same statement, through
    the driver, so that rewriting a link list reads no row again)."""
    links = ft.events.c.data["possibly_same"]
    out: dict[str, list[dict[str, Any]]] = {}
    if texts is not None and conn.dialect.name == "sqlite":
        for part in in_chunks(ids):
            for eid, raw_links, raw, kind in driver_rows(conn, links_sql(len(part)),
                                                         (LINKS_PATH, *part)):
                value = None if raw_links is None else jsontext.loads(raw_links)
                out[eid] = value or []
                texts[eid] = (raw, kind)
        return out
    for part in in_chunks(ids):
        out.update((r.id, r.links or []) for r in conn.execute(
            select(ft.events.c.id, links.label("links")).where(ft.events.c.id.in_(part))))
    return out


def new_links(fusion: Fusion, before: list[dict[str, Any]], changed: set[str],
              fresh: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An untouched event's links with those to the changed events replaced by their new
    scores (``fresh``; its other links keep their scores, links to merged events go)."""
    links = [d for d in before if d["event"] not in changed and d["event"] not in
             fusion.aliases] + fresh
    links.sort(key=lambda d: (-d["score"], d["event"]))
    return links[:MAX_POSSIBLY_SAME]


@lru_cache(maxsize=8)
def links_sql(n_ids: int) -> str:
    """``stored_links`` with the texts on SQLite: id, the links as SQLAlchemy reads the JSON
    path (``JSON_QUOTE(JSON_EXTRACT(...))``), the data's text and the links' JSON type
    (positional parameters: the links' path, the ids)."""
    return (f"SELECT id, JSON_QUOTE(JSON_EXTRACT(data, '{LINKS_PATH}')), CAST(data AS TEXT), "
            f"json_type(data, ?) FROM {ft.events.name} "
            f"WHERE id IN ({', '.join('?' * n_ids)})")


def write_links(conn: Connection, links: dict[str, list[dict[str, Any]]], now: str,
                texts: dict[str, tuple[str, Any]] | None = None) -> None:
    """Store new "possibly the same" links of events (only that key of each event's data
    written again, ``store.set_json_key``; ``texts``: their data's text and the links' JSON
    type as ``stored_links`` read them in this transaction)."""
    for part in in_chunks(sorted(links, key=lambda e: int(e[1:]))):
        set_json_key(conn, ft.events, "data", "possibly_same", {eid: links[eid] for eid in part},
                     read=texts, updated_at=now)


def clear(conn: Connection) -> None:
    """Remove every fused event, its mention links and its index rows."""
    cands.clear(conn)
    conn.execute(delete(ft.event_actors))
    conn.execute(delete(ft.event_text))
    conn.execute(delete(ft.event_types))
    conn.execute(delete(ft.event_mentions))
    conn.execute(delete(ft.event_aliases))
    conn.execute(delete(ft.events))
