"""Fighting told as an episode: the days a clash mention spans.

Outlets report a multi-day exchange of fire between two states day by day ("clashes
continued on Friday", "the fighting began on Thursday", "a fifth day of clashes", "five
days of fighting", "since Thursday"). Such a mention names the episode, not one day of it,
so its range reaches from the episode's stated start (or back by the days the text counts)
to the mention's own last day, or to the report when the text says it began on a day and
goes on. Fusion reads the widened range, and links two episode mentions of one pair of
sides whose ranges share a day (``fuse.events.episode_pair``); a one-day strike by one side
keeps its own day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from eventwire.fuse.dates import OFFSET_COUNTS, iso

EPISODE_TYPES = frozenset({"ASSAULT"})
CLASH_LEMMAS = frozenset({  # both sides acting on each other: fighting nouns and clash verbs
    "fight", "fighting", "clash", "skirmish", "firefight", "battle", "hostility",
    "hostilities", "exchange", "combat", "gunfight", "shootout",
    "trade"})  # "traded fire": typed as an attack, trading is only ever an exchange of fire
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}
COUNT_WORDS = {k: v for k, v in OFFSET_COUNTS.items() if v > 1}
PERFECT_RE = re.compile(r"^\W*(?:[\w-]+\s+){0,6}?(?:have|has)\s+(?:now\s+)?(?:already\s+)?[a-z]+ed\b|"
                        r"^\W*(?:[\w-]+\s+){0,6}?(?:have|has)\s+(?:now\s+)?(?:left|seen|driven)\b",
                        re.I)  # "five days of fighting have killed 30": counted up to now
LOOKED_BACK_RE = re.compile(r"\b(?:on|by|during)\s*$", re.I)  # "on the third day of the
# fighting, troops retook the post": a day looked back on, not the report's ("entered a
# third day", "now in its third day")
REPORT_LAG_DAYS = 1  # a counted day is the report's own day or the day before
EPISODE_MAX_DAYS = 31  # a counted episode longer than this is a war's history, not a spell
AFTER_CHARS = 60  # how far after the trigger its clause's episode verb is looked for
BEFORE_CHARS = 40  # how far before the trigger an episode modifier is looked for
NTH = r"(?P<nth>" + "|".join(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
COUNT = r"(?P<n>" + "|".join(COUNT_WORDS) + r"|\d{1,2})"
NTH_DAY_RE = re.compile(  # "for a fifth day", "on the third straight day of", "entered its 4th day"
    r"\b(?:a|the|its|their)\s+" + NTH + r"\s+(?:(?:straight|consecutive|successive|full)\s+)?"
    r"day\b", re.I)
DAYS_OF_RE = re.compile(  # "five days of fighting", "three-day clashes", "after 4 days of"
    r"\b" + COUNT + r"(?:\s+days\s+of|-day)\s+(?:[\w-]+\s+){0,2}$", re.I)
FOR_DAYS_RE = re.compile(  # "clashed for three days", "fighting for the past four days",
    # "the clashes lasted five days", "fighting that lasted for four days"
    r"^\s*(?:[\w-]+\s+){0,3}?(?:for|lasted|lasting)\s+(?:for\s+)?(?:the\s+(?:past|last)\s+)?" +
    COUNT +
    r"\s+(?:(?:straight|consecutive|successive)\s+)?days\b", re.I)
SUBJECT_PP = (  # the trigger's own modifier before its verb ("clashes between X and Y continued")
    r"^\W*(?:(?:between|along|on|near|in|at|around|across|over|with|involving)\b[^,;.]{0,50}?\s)?")
START_RE = re.compile(  # "the fighting began on Thursday", "clashes that erupted on Monday"
    SUBJECT_PP + r"\W*(?:(?:that|which)\s+)?(?P<cue>(?:(?:has|have|had)\s+)?(?:began|begun|begin|started|erupted|"
    r"broke\s+out|flared(?:\s+up)?))\b", re.I)
GOES_ON_RE = re.compile(  # "the fighting continued", "clashes raged on", "fighting spread to"
    SUBJECT_PP + r"\W*(?:(?:that|which)\s+)?(?P<cue>(?:(?:has|have|had)\s+(?:been\s+)?)?(?:continued|continues|"
    r"continuing|continue|raged|rages|raging|rage|persisted|persists|persist|dragged\s+on|"
    r"drags\s+on|drag\s+on|spread|spreads|spreading|escalated|escalates|escalate|intensified|"
    r"intensifies|intensify|resumed|resumes|resume|entered|enters|enter))\b",
    re.I)
GOES_ON_BEFORE_RE = re.compile(  # "continued fighting", "renewed clashes", "ongoing fighting"
    r"\b(?:continued|continuing|continue\s+to|continued\s+to|ongoing|renewed|fresh|"
    r"resumed|persistent|days-long|weeks-long)\s+(?:\w+\s+){0,2}$", re.I)
TOLL_BEFORE_RE = re.compile(  # "the death toll from the fighting", "the toll of the clashes"
    r"\b(?:death\s+|casualty\s+)?toll\s+(?:from|of|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I)
CLAUSE_END_RE = re.compile(r"[;:]|,\s")
SIDE_KINDS = frozenset({"name", "demonym"})  # a country named as such, not its capital
WORD = r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?"
PAIR_RE = re.compile(  # "Thai-Cambodian fighting", "the Israel–Lebanon border", "Indo-Pak"
    r"\b(?P<a>[A-Z][\w'’]*)\s*[-–—/]\s*(?P<b>[A-Z][\w'’]*)\b")
BETWEEN_RE = re.compile(  # "between Thailand and Cambodia", "between Thai and Cambodian troops"
    r"\bbetween\s+(?:the\s+)?(?P<a>" + WORD + r")(?:\s+[a-z]+)?\s+and\s+(?:the\s+)?(?P<b>" +
    WORD + r")")
SIDE_FRONT_RE = re.compile(r"\s+(?:border|frontier|boundary|front|line|ceasefire\s+line)s?\b", re.I)
SIDES_BEFORE = 60  # how far before the trigger a pair of sides is looked for
SIDES_AFTER = 80  # and after it


def _clause_after(text: str, end: int) -> str:
    """The words after the trigger up to ``AFTER_CHARS``, cut at a clause break."""
    after = text[end:end + AFTER_CHARS]
    m = CLAUSE_END_RE.search(after)
    return after[:m.start()] if m else after


def _clause_before(text: str, at: int) -> str:
    """The words before the trigger back to ``BEFORE_CHARS``, cut at a clause break."""
    before = text[max(0, at - BEFORE_CHARS):at]
    cuts = list(CLAUSE_END_RE.finditer(before))
    return before[cuts[-1].end():] if cuts else before


def _number(word: str, table: dict[str, int]) -> int | None:
    """A count or ordinal word or numeral as a number."""
    word = word.lower()
    if word in table:
        return table[word]
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else None


def episode_cue(text: str, at: int, end: int) -> tuple[str, int, int, int] | None:
    """The episode cue of a clash mention whose trigger runs from ``at`` to ``end`` in its
    sentence ``text``: (kind, days back from the mention's first day, cue start, cue end),
    or None. Kinds: "nth-day" (a fifth day: 4 days back), "days-of" (five days of: 4 back),
    "began" (the start is the mention's own day; the range reaches the report), "goes-on"
    (continued, renewed, ongoing: at least the day before), "toll" (the death toll from the
    fighting: a tally of the episode, its own days)."""
    after, before = _clause_after(text, end), _clause_before(text, at)
    window_lo = at - len(before)
    for m in NTH_DAY_RE.finditer(text[window_lo:end + len(after)]):
        n = _number(m["nth"], ORDINALS)
        if n and 1 < n <= EPISODE_MAX_DAYS:
            return "nth-day", n - 1, window_lo + m.start(), window_lo + m.end()
    m = DAYS_OF_RE.search(before)
    if m:
        n = _number(m["n"], COUNT_WORDS)
        if n and 1 < n <= EPISODE_MAX_DAYS:
            return "days-of", n - 1, window_lo + m.start(), window_lo + m.end()
    m = FOR_DAYS_RE.search(after)
    if m:
        n = _number(m["n"], COUNT_WORDS)
        if n and 1 < n <= EPISODE_MAX_DAYS:
            return "days-of", n - 1, end + m.start(), end + m.end()
    m = START_RE.search(after)
    if m:
        return "began", 0, end + m.start("cue"), end + m.end("cue")
    m = GOES_ON_RE.search(after)
    if m:
        return "goes-on", 1, end + m.start("cue"), end + m.end("cue")
    m = GOES_ON_BEFORE_RE.search(before)
    if m:
        return "goes-on", 1, window_lo + m.start(), window_lo + m.end()
    m = TOLL_BEFORE_RE.search(before)
    if m:
        return "toll", 0, window_lo + m.start(), window_lo + m.end()
    return None


def _side(word: str, country: Callable[[str], tuple[str, str | None, str] | None]
          ) -> str | None:
    """The country a word names as a country or its people (``country``: the registry's
    ``cue``), or None; a two-word name is tried whole, then by its first word."""
    for w in (word, word.split()[0]):
        found = country(w)
        if found is not None and found[2] in SIDE_KINDS:
            return found[0]
    return None


def episode_sides(text: str, at: int, end: int,
                  country: Callable[[str], tuple[str, str | None, str] | None]
                  ) -> tuple[list[str], int, int] | None:
    """The two sides of a clash the trigger's own clause names as a pair of countries
    ("Thai-Cambodian fighting", "fighting along the Armenia-Azerbaijan border", "clashes
    between Thai and Cambodian troops"), with the pair's span in the sentence ``text``;
    None when no such pair of two different countries is said there. ``country``: the
    registry's ``cue`` (country, sector, kind)."""
    lo = at - len(_clause_before(text, at))
    lo = max(lo, at - SIDES_BEFORE)
    after = text[end:end + SIDES_AFTER]
    cut = re.search(r"[;:.]", after)
    hi = end + (cut.start() if cut else len(after))
    window = text[lo:hi]
    for rx in (PAIR_RE, BETWEEN_RE):
        for m in rx.finditer(window):
            a, b = _side(m["a"], country), _side(m["b"], country)
            if a and b and a != b and _of_the_clash(text, at, end, lo + m.start(), lo + m.end(),
                                                    rx is BETWEEN_RE):
                return sorted((a, b)), lo + m.start(), lo + m.end()
    return None


def _of_the_clash(text: str, at: int, end: int, lo: int, hi: int, between: bool) -> bool:
    """Whether a pair of countries at ``lo``..``hi`` qualifies the clash at ``at``..``end``
    rather than another noun ("Israeli-Egyptian talks"): a pair before the trigger is
    followed by it (up to two words between: "Thai-Cambodian border fighting"); a pair
    after it names a border or front ("along the Armenia-Azerbaijan border"); "between X
    and Y" follows the trigger or its place ("clashes on the border between X and Y")."""
    if hi <= at:
        return bool(re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}", text[hi:at]))
    if between:
        return lo - end <= SIDES_AFTER // 2
    return bool(SIDE_FRONT_RE.match(text[hi:]))


def is_clash(event_type: str, lemma: str) -> bool:
    """Whether a mention tells both sides acting on each other (a fighting noun or clash
    verb typed as an attack)."""
    return event_type in EPISODE_TYPES and lemma.lower() in CLASH_LEMMAS


NOUN_PATH_DEPS = frozenset({"pobj", "prep", "compound", "amod", "nmod", "appos", "conj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def told_as_episode(ev: Any) -> bool:
    """Whether an event mention is a clash its clause tells as an episode (a cue of
    ``episode_cue``: "five days of fighting", "fighting continued"): a particular spell of
    fighting, never a generic mention even when no party is named."""
    lemma = str((ev.attributes.get("trigger_info") or {}).get("lemma") or "")
    sent = ev.sentence
    if not is_clash(ev.type, lemma) or sent is None or sent.start is None or not sent.text:
        return False
    at = ev.trigger.start - sent.start
    return episode_cue(sent.text, at, at + (ev.trigger.end - ev.trigger.start)) is not None


def leads_its_sentence(ev: Any, tok: Any) -> bool:
    """Whether an event mention is a clash noun told as an episode (a cue of
    ``episode_cue`` in its clause) that heads its sentence: the subject of its main verb,
    alone or inside its subject, or of the clause a report verb reports ("the fighting
    began on Thursday when troops opened fire, the army said",
    "five days of fighting have killed 30"), or a headline's head. Such a mention stands
    for the episode, so when its sentence tells the episode's start or toll on another word
    of its type the clash noun carries the merged mention (``resolve.reduce_sentence_events``);
    a clash in a subordinate clause ("fired 250 rockets, ... since the fighting began")
    leaves the sentence to its main event. ``tok``: the trigger's token."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or not told_as_episode(ev):
        return False
    node = tok
    for _ in range(4):
        if node.dep_ == "ROOT":
            return True
        if node.dep_ in SUBJECT_DEPS:  # of the main verb, or of the clause a report reports
            verb = node.head
            return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT")
        if node.dep_ not in NOUN_PATH_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return False


def episode_range(found: dict[str, Any], text: str, at: int, end: int,
                  published: str | None) -> tuple[dict[str, Any], tuple[int, int] | None] | None:
    """The range of a clash mention told as an episode (``found``: its range as
    ``fuse.dates.mention_range`` gave it; ``at``/``end``: the trigger in the sentence
    ``text``), with the episode cue's position in the sentence (None for "since", whose
    date is the range's evidence already); None when the text marks no episode. The
    derivation gains "+episode:KIND". A range from the text's own date reaches back by the
    days the cue counts ("a fifth day": 4; "continued": 1) and, for an episode that "began"
    on its date, up to the report; a range from tense already spans the days before the
    report and is kept."""
    if not found.get("range"):
        return None
    first, last = (dt.date.fromisoformat(d) for d in found["range"])
    cue = episode_cue(text, at, end)
    if cue is None:
        if found["from"] == "tense:since-date" and (last - first).days <= EPISODE_MAX_DAYS:
            return {**found, "from": found["from"] + "+episode:since"}, None
        return None
    kind, back, lo_at, hi_at = cue
    if found["from"] == "tense:past" and published and (
            (kind == "nth-day" and not LOOKED_BACK_RE.search(text[:lo_at])) or
            (kind == "days-of" and PERFECT_RE.match(_clause_after(text, end)))):
        # "as fighting entered a third day", "five days of fighting have killed 30": the
        # count runs to the report's day or the day before (a report of the day, or of the
        # next morning), and back by the days it counts; "five days of fighting killed 30"
        # may look back on a spell that ended days before
        pub = dt.date.fromisoformat(published[:10])
        lo = max(first, pub - dt.timedelta(days=REPORT_LAG_DAYS + back))
        if lo <= last:
            return {**found, "range": [iso(lo), iso(last)],
                    "from": found["from"] + "+episode:" + kind + "+report-day"}, (lo_at, hi_at)
    if found["from"].startswith("tense"):
        return {**found, "from": found["from"] + "+episode:" + kind}, (lo_at, hi_at)
    if kind == "days-of" and START_RE.search(_clause_after(text, end)):
        # "three days of clashes that started on 2 May": the date starts the count
        last = max(last, first + dt.timedelta(days=back))
        return {**found, "range": [iso(first), iso(last)],
                "from": found["from"] + "+episode:days-from"}, (lo_at, hi_at)
    first -= dt.timedelta(days=back)
    if kind == "began" and published:
        pub = dt.date.fromisoformat(published[:10])
        if pub > last and (pub - first).days <= EPISODE_MAX_DAYS:
            last = pub
    return {**found, "range": [iso(first), iso(last)],
            "from": found["from"] + "+episode:" + kind}, (lo_at, hi_at)


BOTH_SIDES_RE = re.compile(  # "along their border", "the two countries", "both sides", "the neighbours"
    r"\b(?:(?:their|the\s+two\s+countries['’]?|the\s+shared)\s+(?:(?:shared|common|disputed|contested|"
    r"mutual)\s+)?(?:border|frontier|boundary)s?|(?:the|both)\s+(?:two\s+)?(?:countries|nations|"
    r"neighbou?rs|sides|armies|militaries|states)|the\s+two\s+(?:sides|neighbou?rs|armies|militaries))\b",
    re.I)
NAME_RE = re.compile(r"\b[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?")


def countries_named(text: str, country: Callable[[str], tuple[str, str | None, str] | None]
                    ) -> set[str]:
    """The countries ``text`` names as a country or its people ("Cambodia", "Thai
    troops"); a capital or a metonym names no side."""
    found: set[str] = set()
    for m in NAME_RE.finditer(text):
        side = _side(m.group(), country)
        if side is not None:
            found.add(side)
    return found


def both_sides(text: str, at: int, end: int, context: str,
               country: Callable[[str], tuple[str, str | None, str] | None]
               ) -> tuple[list[str], int, int] | None:
    """The two sides of a clash whose own clause refers to them together ("fighting along
    their border", "clashes between the two countries", "both sides traded fire", "the
    neighbours' fighting") when its sentence ``text``, else ``context`` (the sentence
    before it in its paragraph), names exactly two countries: the pair, with the reference's
    span in ``text``; None otherwise. A sentence naming one or three countries leaves the
    reference unresolved unless the sentence before names that country and one other; a
    reference outside the trigger's clause is none."""
    lo = max(at - len(_clause_before(text, at)), at - SIDES_BEFORE)
    after = text[end:end + SIDES_AFTER]
    cut = re.search(r"[;:.]", after)
    hi = end + (cut.start() if cut else len(after))
    m = BOTH_SIDES_RE.search(text, lo, hi)
    if m is None:
        return None
    named = countries_named(text, country)
    if len(named) != 2:
        before = countries_named(context, country) if len(named) < 2 else set()
        if len(before) != 2 or not named <= before:
            return None  # a third country, or a side the sentence before does not pair
        named = before
    return sorted(named), m.start(), m.end()


START_FROMS = ("+episode:began", "+episode:nth-day", "+episode:days-from", "+episode:since")
# derivations of a range whose first day is the episode's stated start
TEXT_FROMS = ("time_expression", "date_claim", "tense:since-date")  # a date of the text
STARTED_BY_RE = re.compile(  # "began when troops opened fire", "erupted after a patrol was shot at"
    r"^\s*(?:(?:early|late|shortly|just)\s+)?(?:when|after|as|with)\b", re.I)
NTH_DAY_OF_RE = re.compile(  # "on the third day of fighting", "by the fifth day of the clashes"
    r"\b(?:on|by|during|in)\s+(?:the\s+)?" + NTH + r"\s+(?:(?:straight|consecutive|successive|full)"
    r"\s+)?day\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>" + "|".join(sorted(CLASH_LEMMAS)) +
    r"|clashes|battles|skirmishes|exchanges|fights)\b", re.I)
START_FROM = "episode-start"  # the derivation of a range dated from the article's stated start


def stated_start(rng: list[str] | None, how: str) -> str | None:
    """The first day of a fighting episode a clash mention's range states from a date of its
    text: "the clashes erupted on Tuesday" (``+episode:began``), "entered a third day on
    Thursday" (``+episode:nth-day``: two days before), "three days of clashes that started
    on 2 May" (``+episode:days-from``), "since Tuesday" (``+episode:since``); None for a
    range from tense alone or a count back from the report ("entered a third day")."""
    if not rng or not how.startswith(TEXT_FROMS) or "+report-day" in how or \
            not any(k in how for k in START_FROMS):
        return None
    return rng[0]


def started_by(text: str, cue_end: int) -> bool:
    """Whether the start cue that ends at ``cue_end`` in ``text`` goes on with the act that
    started the episode ("The clashes began when soldiers opened fire", "erupted after",
    "began with an artillery barrage"): the sentence tells the start, not a date of it."""
    return bool(STARTED_BY_RE.match(text[cue_end:]))


def nth_day_of(text: str) -> re.Match[str] | None:
    """The phrase of ``text`` that dates it by a day of a fighting episode ("On the second
    day of fighting, troops fired mortars"; "by the fifth day of the clashes"): its ``nth``
    group is the ordinal; None when there is none."""
    m = NTH_DAY_OF_RE.search(text)
    if m is None:
        return None
    n = _number(m["nth"], ORDINALS)
    return m if n and 1 < n <= EPISODE_MAX_DAYS else None


def nth_day_number(m: re.Match[str]) -> int:
    """The day an ``nth_day_of`` phrase counts (the third day: 3)."""
    return _number(m["nth"], ORDINALS) or 0


def from_start(start: str, published: str | None, kind: str, n: int = 0
               ) -> list[str] | None:
    """The range an episode mention takes from its article's stated start day: "began"
    (the clashes began when ...): the start up to the report, when the report lies at most
    ``EPISODE_MAX_DAYS`` after it, else the start itself; "nth-day" (the ``n``th day): from
    the start to that day; "day" (an act on the ``n``th day): that day alone. None when the
    day counted lies after the report."""
    first = dt.date.fromisoformat(start)
    pub = dt.date.fromisoformat(published[:10]) if published else None
    if kind == "began":
        last = pub if pub is not None and first <= pub and \
            (pub - first).days <= EPISODE_MAX_DAYS else first
        return [iso(first), iso(last)]
    day = first + dt.timedelta(days=n - 1)
    if pub is not None and day > pub:
        return None
    return [iso(first if kind == "nth-day" else day), iso(day)]
