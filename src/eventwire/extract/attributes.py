"""Event attributes from the clause: date, location, duration, counts and amounts."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from eventwire.annotate.doccache import (
    children,
    column,
    conjuncts,
    has_child,
    span_ents,
    tokens_in,
)
from eventwire.annotate.times import committed_start
from eventwire.extract.background import NAMING_DEPS, dates_other, subject_time, time_tokens
from eventwire.extract.episodes import (
    EPISODE_TYPES,
    START_FROM,
    both_sides,
    episode_cue,
    episode_range,
    episode_sides,
    from_start,
    is_clash,
    nth_day_number,
    nth_day_of,
    started_by,
    stated_start,
)
from eventwire.extract.event_context import PLACE_LABELS, EventContext
from eventwire.extract.tables import row_date_cell
from eventwire.fuse.dates import (
    AFTER_CLAUSE_CHARS,
    AFTER_CLAUSE_RE,
    ENTRY_FROM,
    PAST_DAYS,
    STRETCH_FROM,
    after_interval,
    cue_between,
    date_range,
    duration_days,
    iso,
    mention_range,
    state_end,
    stretch_reach,
)
from eventwire.model import EventMention, Extraction, Span, TimeExpr

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90, "hundred": 100,
    "a": 1, "an": 1, "several": None, "dozens": None, "hundreds": None, "thousands": None,
}
MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
UNITS = {"second": ("PT", "S"), "minute": ("PT", "M"), "hour": ("PT", "H"), "day": ("P", "D"),
         "week": ("P", "W"), "fortnight": ("P", "W"), "month": ("P", "M"), "year": ("P", "Y")}
DURATION_RE = re.compile(  # not a clock time: '15:35 hours', '1700 hours'
    r"\b(?<!:)(?!(?:[01]\d|2[0-3])[0-5]\d\s*h)(\d+(?:\.\d+)?|"
    + "|".join(w for w in NUMBER_WORDS if NUMBER_WORDS[w] and len(w) > 2)
    + r")"
    r"[\s-]+(second|minute|hour|day|week|fortnight|month|year)s?\b", re.IGNORECASE)
OFFSET_RE = re.compile(  # 'two days after the strike', 'a week later': a distance in time
    r"^[\s,]*(?:after|before|later|earlier|ago|since|prior|into|on from|from now)\b",
    re.IGNORECASE)
DATE_TYPES = ("DATE", "TIME")
DEADLINE_PREPS = ("within", "by", "before", "until")
WHEN_WORDS = ("when",)  # "in late May, when soldiers opened fire": the clause shares the time
CLAUSE_CLIMB = 4  # heads climbed from a trigger to the clause it heads
CLAUSE_STOPS = ("ccomp", "parataxis", "xcomp")
NOUN_CLAUSE_DEPS = ("relcl", "acl")  # a clause describing a noun ("Aoun, elected in January")
CLIMB_LIMIT = 10  # heads climbed from a trigger to its sentence's root
SUBORDINATE_DEPS = ("ccomp", "parataxis", "xcomp", "advcl", "relcl", "acl", "csubj", "pcomp")
ADVERB_DEPS = ("npadvmod", "tmod")  # a bare date adverb ("Tuesday", "last week")
NOMINAL_POS = ("NOUN", "PROPN")
OBJECT_DEPS = ("dobj", "attr", "oprd")  # an object the parser hung a verb's date on
TEMPORAL_PREPS = ("in", "on", "during", "at")
OBJECT_PP_DEPTH = 2  # nouns of an object's prepositional phrases a verb's date may hang on
DATED_NOUNS = frozenset({  # nouns of acts and documents that carry a date of their own
    "attack", "strike", "meeting", "talks", "summit", "visit", "vote", "election", "session",
    "report", "statement", "agreement", "deal", "truce", "ceasefire", "decision", "order",
    "ruling", "raid", "clash", "protest", "call", "speech", "announcement", "deadline",
    "offensive", "war", "incident", "shooting", "bombing", "killing", "arrest", "seizure"})
RESPONSE_NOUNS = frozenset({"response", "reply", "retaliation", "reprisal", "revenge"})  # "in
# response to X", "in retaliation for X": X came first
TEMPORAL_MARKS = ("when", "while", "after", "before", "since", "until", "once", "as")
FRAME_LEAD_RE = re.compile(r"\W*(?:(?:on|in|at|during|by|early|late|earlier|later)\s+)?",
                           re.IGNORECASE)
COUNT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos")
NOT_COUNT_ENTS = ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY")
EXPIRY_VERBS = frozenset({"expire", "lapse", "end", "elapse"})  # a period reaching its end
PERIOD_NOUNS = frozenset({"period", "deadline", "window", "truce", "ceasefire", "term",
                          "mandate", "clock", "moratorium", "phase", "pause", "extension"})
PURPOSE_PREPS = frozenset({"for", "to"})  # "the period for the withdrawal": due at its end
PERIOD_CLIMB = 6  # heads climbed from a trigger to the subject of an expiry
NARRATIVE_PRONOUNS = ("it", "they", "this", "that")  # a subject taking up what came before
ENTRY_CLOCK_RE = re.compile(  # the clock stamp opening a live page's entry ("16:30 GMT: ")
    r"[ \t]*(?:Updated:?\s*)?(?P<h>\d{1,2})[:.](?P<min>\d{2})[ \t]*(?P<zone>GMT|UTC|local(?: time)?"
    r"|[AP]M)?[ \t]*[:\-\u2013\u2014][ \t]", re.I)
CLOCK_LINE_RE = re.compile(r"\n[ \t]*\d{1,2}[:.]\d{2}\b")  # a line opening with a clock time
UTC_ZONES = frozenset({"GMT", "UTC"})
NARRATIVE_PAST_DAYS = 7  # a date ending this long before the report is background narrative
# "extended the truce until 3 March", "the truce, extended to Friday", "an extension of the
# deal through June", "will remain in effect until the end of the month": the date is the new
# end of what is extended, a deadline, not the day of the extension
EXTENSION_PREPS = frozenset({"until", "till", "til", "to", "through", "thru"})
EXTENSION_WORDS = frozenset({"extend", "prolong", "renew", "extension", "prolongation",
                             "renewal"})
STAY_VERBS = frozenset({"remain", "stay", "continue", "be"})  # "... in effect / in force"
IN_EFFECT_NOUNS = frozenset({"effect", "force", "place"})
VALID_WORDS = frozenset({"valid", "effective", "operative"})
APPROX_WORDS = ("about", "approximately", "around", "nearly", "some", "roughly", "almost",
                "estimated", "up", "least", "more", "over")


COUNT_UNITS = {w: i for i, w in enumerate(  # every number word a count is written with
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
COUNT_TENS = {w: 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}


def number_value(text: str) -> float | None:
    """The numeric value of '41', '1,000', 'two', '580 million', 'Eighteen', 'Twenty-one'
    (None if not a number). Case does not matter (a count opens a sentence capitalised) and a
    tens word joined to a unit by a hyphen or a space is one number ('forty-two': 42)."""
    words = text.lower().replace(",", "").replace("-", " ").split()
    total: float | None = None
    tens = False  # the last word was a tens word a unit word adds to
    for w in words:
        if re.fullmatch(r"\d+(\.\d+)?", w):
            total, tens = float(w), False
        elif w in MULTIPLIERS and total is not None:
            total, tens = total * MULTIPLIERS[w], False
        elif w in COUNT_TENS:
            total, tens = float(COUNT_TENS[w]), True
        elif w in COUNT_UNITS and tens and total is not None:
            total, tens = total + COUNT_UNITS[w], False
        elif w in COUNT_UNITS and COUNT_UNITS[w]:
            total, tens = float(COUNT_UNITS[w]), False
        elif w in NUMBER_WORDS and NUMBER_WORDS[w]:
            total, tens = float(NUMBER_WORDS[w]), False
    return total


def duration_value(text: str) -> str | None:
    """The ISO 8601 duration of '75-minute', '30 days', 'two-week' (None if none)."""
    m = DURATION_RE.search(text)
    if not m:
        return None
    n = number_value(m.group(1))
    unit = m.group(2).lower()
    if n is None:
        return None
    if unit == "fortnight":
        n *= 2
    prefix, suffix = UNITS[unit]
    return f"{prefix}{int(n) if n == int(n) else n}{suffix}"


def _time_root(doc: Any, t: TimeExpr) -> Any:
    """The syntactic root token of a time expression in ``doc`` (found once per document and
    expression: every event of the sentence asks)."""
    key = ("eventwire", "time_root", t.start, t.end)
    i = doc.user_data.get(key)
    if i is None:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        i = doc.user_data[key] = span.root.i if span is not None else -1
    return doc[i] if i >= 0 else None


def _attached_to(root: Any, anchors: set[int]) -> bool:
    """True when the first content head above ``root`` (skipping preps) is an anchor.

    A bare date adverb the parser hung on the object of a verb ("attacked a train
    Tuesday": ``Tuesday`` npadvmod of ``train``) belongs to that verb."""
    t = root
    for _ in range(4):
        if t.head == t:
            return False
        t = t.head
        if t.i in anchors:
            return True
        if _object_date(root, t, anchors):
            return True
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.i in anchors:
            return True  # "the lawsuit filed in February": the participle's date is the noun's
        if t.pos_ in ("VERB", "AUX") or (t.pos_ == "NOUN" and t.dep_ != "pobj"):
            return False
    return False


def _object_date(root: Any, t: Any, anchors: set[int]) -> bool:
    """A date the parser hung on the object of an anchor verb instead of the verb: a bare
    date adverb ("attacked a train Tuesday") or a temporal preposition ("seized power in
    August"); never a date that names the object ("the 1999 treaty", "the treaty of 1999")."""
    if t.pos_ not in NOMINAL_POS or t.dep_ not in OBJECT_DEPS or t.head.i not in anchors:
        return False
    if root.dep_ in ADVERB_DEPS and root.head.i == t.i:
        return True
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in TEMPORAL_PREPS and \
        (prep.head.i == t.i or _inside_object(prep.head, t))


def _inside_object(noun: Any, obj: Any) -> bool:
    """A noun of the object's own prepositional phrases, up to ``OBJECT_PP_DEPTH`` deep ("seized
    a boat with six crew on board *on Saturday*", "attacked a convoy of aid trucks *on
    Friday*"): the parser hung the verb's date on a noun of the object, which a day does not
    describe. Never a noun that is an act or a document of its own (``DATED_NOUNS``: "the
    talks of the summit on Monday")."""
    n = noun
    for _ in range(OBJECT_PP_DEPTH):
        if n.pos_ not in NOMINAL_POS or n.dep_ != "pobj" or n.lemma_.lower() in DATED_NOUNS:
            return False
        prep = n.head
        if prep.dep_ != "prep" or prep.head.i == n.i:
            return False
        n = prep.head
        if n.i == obj.i:
            return True
    return False


def _in_effect(verb: Any) -> bool:
    """Whether a verb states a measure stays in effect ("remain in effect", "stay in force",
    "remain valid")."""
    if verb.lemma_ not in STAY_VERBS:
        return False
    for c in verb.children:
        if c.dep_ == "acomp" and c.lemma_ in VALID_WORDS:
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and \
                any(g.dep_ == "pobj" and g.lemma_ in IN_EFFECT_NOUNS for g in c.children):
            return True
    return False


def extension_end(root: Any) -> bool:
    """Whether a time expression's root is the new end of an extension: the object of
    'until / to / through / till' on an extend / prolong / renew verb or noun (directly or
    on its object: "extended the truce until March 3", "an extension of the truce to
    Friday") or on a stay-in-effect verb ("will remain in force until June")."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in EXTENSION_PREPS:
        return False
    h = prep.head
    for _ in range(3):
        if h.lemma_.lower() in EXTENSION_WORDS or _in_effect(h):
            return True
        if h.pos_ in ("VERB", "AUX"):  # "announced an extension of the truce until X"
            return any(c.dep_ == "dobj" and c.lemma_.lower() in EXTENSION_WORDS
                       for c in h.children)
        if h.head == h:
            return False
        if h.pos_ in NOMINAL_POS or (h.dep_ == "prep" and h.lower_ == "of"):
            h = h.head  # the extended thing's noun: "extended [the truce] until"
        else:
            return False
    return False


def extension_deadline(ctx: EventContext, sent: Any, idx: set[int]) -> dict[str, Any] | None:
    """The new end an extension attached to one of the tokens ``idx`` sets, as a deadline
    {value, span, of: "extension"} (None when there is none); an agreement to extend
    ("agreed to prolong the deal through June") sets it too."""
    doc = sent.doc
    idx = idx | {c.i for i in idx for c in doc[i].children if c.dep_ == "xcomp"}
    for t in _sentence_times(ctx, sent):
        root = _time_root(sent.doc, t)
        if root is None or not (t.type in DATE_TYPES and t.value or t.point) or \
                not extension_end(root):
            continue
        prep = root.head
        if prep.head.i in idx or _attached_to(root, idx) or _attached_to(prep, idx):
            return {"value": t.point or t.value, "span": ctx.span(t.start, t.end).to_dict(),
                    "of": "extension"}
    return None


def _sentence_times(ctx: EventContext, sent: Any) -> list[TimeExpr]:
    """The time expressions inside a sentence."""
    return [t for t in ctx.ex.times if sent.start_char <= t.start < sent.end_char]


def attached_date(ctx: EventContext, sent: Any, idx: set[int]) -> TimeExpr | None:
    """The first DATE or TIME of the sentence attached to one of the tokens ``idx``."""
    return _attached_date(ctx, sent, idx)


def _attached_date(ctx: EventContext, sent: Any, idx: set[int]) -> TimeExpr | None:
    """The first DATE or TIME of the sentence attached to one of the tokens ``idx``."""
    for t in _sentence_times(ctx, sent):
        root = _time_root(sent.doc, t)
        if (t.type in DATE_TYPES or t.point) and root is not None and \
                (root.i in idx or _attached_to(root, idx)) and not extension_end(root):
            return t
    return None


def statement_date(ctx: EventContext, verb: Any) -> dict[str, Any] | None:
    """The date of the statement a reporting verb makes ("said *on Friday* that its troops
    would not withdraw"): the time expression attached to the verb, or None."""
    found = _attached_date(ctx, verb.sent, {verb.i})
    return text_date(ctx, found, "statement") if found is not None else None


def text_date(ctx: EventContext, t: TimeExpr, via: str) -> dict[str, Any]:
    """The event date taken from time expression ``t``, with how it was attached."""
    return {"value": t.point or t.value, "span": ctx.span(t.start, t.end).to_dict(),
            "from": "text", "via": via}


def _conjunct_head(trigger: Any) -> Any | None:
    """The verb a coordinated verb shares its clause with ("sentenced X ... and banned
    him": ``sentenced``), when both are in the same tense; else None."""
    if trigger.dep_ != "conj" or trigger.pos_ != "VERB" or trigger.head.pos_ != "VERB":
        return None
    return trigger.head if trigger.head.tag_ == trigger.tag_ else None


def _participles(trigger: Any) -> set[int]:
    """Participle clauses that happen with the trigger's verb ("rejected the warrant,
    telling journalists on Wednesday ...", "X, also speaking in May, called ..."): -ing
    clauses on the verb or its subject without a temporal conjunction ("after meeting X
    on Monday" has its own time)."""
    if trigger.pos_ != "VERB":
        return set()
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    clauses = [c for c in trigger.children if c.dep_ == "advcl"] + \
        [c for s in subjects for c in s.children if c.dep_ == "acl"]
    return {c.i for c in clauses if c.tag_ == "VBG"
            and not any(m.dep_ == "mark" or (m.dep_ == "advmod" and m.lower_ in TEMPORAL_MARKS)
                        for m in c.children)}


def _participle_host(trigger: Any) -> Any | None:
    """The verb a free -ing clause holding the trigger goes with ("attacked a train on
    Tuesday, taking many hostages": ``attacked``; "shelled the town on Monday, killing
    five"): what the clause tells happens with it. None for a clause a temporal conjunction
    opens ("after meeting X on Monday" has its own time) and for a trigger in no such
    clause."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBG" or trigger.dep_ != "advcl" or \
            trigger.head.pos_ != "VERB" or trigger.head.i == trigger.i:
        return None
    if any(m.dep_ == "mark" or (m.dep_ == "advmod" and m.lower_ in TEMPORAL_MARKS)
           for m in trigger.children):
        return None
    return trigger.head


def _means_host(trigger: Any) -> Any | None:
    """The verb a by-gerund clause holding the trigger tells the means of ("responded on
    Thursday by deploying troops", "retaliated two days later by expelling the envoy",
    "marked the day by firing a missile"): the act and its means are one occurrence, so the
    clause has the verb's time. None for any other trigger."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBG" or trigger.dep_ != "pcomp":
        return None
    prep = trigger.head
    if prep.lower_ != "by" or prep.dep_ not in ("prep", "agent") or prep.head == prep or \
            prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _main_clause(trigger: Any) -> bool:
    """Whether the trigger belongs to its sentence's main clause (no subordinate, reported
    or infinitive clause between it and the root)."""
    t = trigger
    for _ in range(CLIMB_LIMIT):
        if t.head == t:
            return True
        if t.dep_ in SUBORDINATE_DEPS:
            return False
        t = t.head
    return False


def _frame_date(ctx: EventContext, sent: Any, trigger: Any) -> TimeExpr | None:
    """A date that opens the sentence before a comma ("Last month, a court sentenced X"):
    it frames the main clause, however the parser attached it."""
    times = [t for t in _sentence_times(ctx, sent) if (t.type in DATE_TYPES and t.value)
             or t.point]
    if not times or not _main_clause(trigger):
        return None
    first = times[0]
    head = ctx.ex.article.text[sent.start_char:first.start]
    tail = ctx.ex.article.text[first.end:first.end + 2]
    if FRAME_LEAD_RE.fullmatch(head) and tail.startswith(",") and first.end <= trigger.idx:
        return first
    return None


def _row_date(ctx: EventContext, sent: Any) -> TimeExpr | None:
    """The date in the date cell of the chronology row the sentence was read from."""
    cell = row_date_cell(ctx.blocks, ctx.text, sent.start_char)
    if cell is None:
        return None
    return next((t for t in ctx.ex.times if cell[0] <= t.start < cell[1] and
                 ((t.type in DATE_TYPES and t.value) or t.point)), None)


def _narrative_date(ctx: EventContext, sent: Any, trigger: Any) -> TimeExpr | None:
    """The date of the sentence before, for a simple past event (or a noun event) in a
    sentence with no time of its own whose main clause is a simple past with a pronoun
    subject taking it up ("Their second summit was in February 2019. It ended quickly when
    X rejected ..."): the narrative stays at the past time just named when that lies before
    the week of the report, in the same paragraph, and is the only date there."""
    doc, published = ctx.ex.doc, ctx.ex.article.published_date
    if trigger is None or published is None or sent.doc is not doc or sent.start == 0 or \
            _sentence_times(ctx, sent):
        return None
    root = sent.root
    verbs = (root,) if trigger.pos_ in NOMINAL_POS else (trigger, root)
    if any(v.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in v.children)
           for v in verbs) or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NARRATIVE_PRONOUNS
            for c in root.children):
        return None
    before = doc[sent.start - 1].sent
    dates = [t for t in _sentence_times(ctx, before) if t.type in DATE_TYPES]
    if len(dates) != 1 or "\n" in ctx.ex.article.text[dates[0].end:sent.start_char]:
        return None
    days = date_range(dates[0].value)
    if days is None or days[1] >= published - dt.timedelta(days=NARRATIVE_PAST_DAYS):
        return None
    return dates[0]


def _cause_object(trigger: Any) -> bool:
    """Whether a noun trigger is what its clause acts over or answers ("the premier was
    suspended on Tuesday over a leaked call", "summoned the envoy on Monday over the shelling",
    "struck on Friday in response to the rocket fire", "in retaliation for the raid"): the
    clause's date then only bounds it from above (``fuse.dates``: via "cause")."""
    if trigger is None or trigger.pos_ not in NOMINAL_POS:
        return False
    t = trigger
    for _ in range(3):  # through "the leak of the call", "over the killing of"
        if t.dep_ != "pobj" or t.head.dep_ != "prep":
            return False
        prep = t.head
        if prep.lower_ == "over":  # on the verb, on its date ("sacked last week over a
            return True  # recorded conversation") or on a noun of dispute ("the row over")
        if prep.lower_ in ("to", "for") and prep.head.lemma_.lower() in RESPONSE_NOUNS:
            return True
        if prep.lower_ != "of":
            return False
        t = prep.head
    return False


def _subject_date(ctx: EventContext, sent: Any, trigger: Any) -> TimeExpr | None:
    """The date of an occurrence that is the subject of the trigger's simple past verb, or of
    the verb it is coordinated with, when the verb has no date of its own ("Monday's strike
    killed three soldiers", "Saturday's attack on the depot wounded 12 and destroyed two
    trucks", "last week's raid was carried out by ..."): what the occurrence did happened
    when it did (``background.subject_time``)."""
    if trigger is None:
        return None
    by_tok = time_tokens(sent.doc, _sentence_times(ctx, sent))
    if not by_tok:
        return None
    for verb in (trigger, _conjunct_head(trigger)):
        found = subject_time(verb, by_tok) if verb is not None else None
        if found is not None:
            return found
    return None


SINCE = frozenset({"since"})


def _since_then_date(ctx: EventContext, sent: Any, trigger: Any) -> TimeExpr | None:
    """The date "since then" takes up, for a mention in its clause: the date written last
    before it in its own sentence ("Talks collapsed in March, and the rebels have attacked
    three posts since then"), else, when its sentence has none before it, the one date of the
    sentence before, in the same paragraph ("The border was closed on 3 May. Since then,
    Lakeland has halted fuel imports and Riverland has shut its crossings."): the mention
    lies between that date and the report (``fuse.dates``: via "since-then")."""
    doc = ctx.ex.doc
    if trigger is None or sent.doc is not doc:
        return None
    since = next((t for t in tokens_in(sent, SINCE, "lower") if t.i + 1 < sent.end
                  and doc[t.i + 1].lower_ == "then"), None)
    if since is None:
        return None
    verb = since.head
    if not (verb.i == trigger.i or any(a.i == verb.i for a in trigger.ancestors)
            or any(c.i == trigger.i for c in verb.conjuncts)):
        return None
    earlier = [t for t in _sentence_times(ctx, sent) if t.end <= since.idx]
    if earlier:  # the time named last before it ("said on Tuesday that they looted shops
        last = earlier[-1]  # in April and have attacked two convoys since then": April)
        return last if last.type in DATE_TYPES and date_range(last.value) else None
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    dates = [t for t in _sentence_times(ctx, before) if t.type in DATE_TYPES
             and date_range(t.value)]
    if len(dates) != 1 or "\n" in ctx.ex.article.text[dates[0].end:sent.start_char]:
        return None
    return dates[0]


def event_date(ctx: EventContext, anchors: list[Any], sent: Any) -> dict[str, Any]:
    """The date of an event: the DATE attached to its clause (its trigger, clause head or
    support verb; the verb it is coordinated with; a date framing the main clause), else
    the article's date."""
    idx = {a.i for a in anchors if a is not None}
    trigger = anchors[0]
    mine = _attached_date(ctx, sent, {trigger.i}) if trigger is not None else None
    if mine is not None:  # the trigger's own date before its clause head's
        return text_date(ctx, mine, "attached")
    own = _attached_date(ctx, sent, idx)
    if own is not None:
        return text_date(ctx, own, "cause" if _cause_object(trigger) else "attached")
    occurrence = _subject_date(ctx, sent, anchors[0])
    if occurrence is not None:
        return text_date(ctx, occurrence, "subject")
    shared = _when_clause_date(ctx, anchors[0], sent)
    if shared is not None:
        return shared
    then = _since_then_date(ctx, sent, anchors[0])
    if then is not None:  # before the date of a verb it is coordinated with ("looted shops
        return text_date(ctx, then, "since-then")  # in April and have attacked since then")
    head = _conjunct_head(anchors[0]) if anchors[0] is not None else None
    if head is not None:
        found = _attached_date(ctx, sent, {head.i})
        if found is not None:
            return text_date(ctx, found, "coordinated verb")
    same = _participles(anchors[0]) if anchors[0] is not None else set()
    found = _attached_date(ctx, sent, same) if same else None
    if found is not None:
        return text_date(ctx, found, "participle clause")
    host = _participle_host(anchors[0]) if anchors[0] is not None else None
    found = _attached_date(ctx, sent, {host.i}) if host is not None else None
    if found is not None:
        return text_date(ctx, found, "participle clause")
    host = _means_host(anchors[0]) if anchors[0] is not None else None
    found = _attached_date(ctx, sent, {host.i}) if host is not None else None
    if found is not None:
        return text_date(ctx, found, "means clause")
    frame = _frame_date(ctx, sent, anchors[0]) if anchors[0] is not None else None
    if frame is not None:
        return text_date(ctx, frame, "sentence frame")
    row = _row_date(ctx, sent)
    if row is not None:
        return text_date(ctx, row, "table row")
    earlier = _narrative_date(ctx, sent, anchors[0])
    if earlier is not None:
        return text_date(ctx, earlier, "previous sentence")
    published = ctx.ex.article.published
    if published:
        return {"value": published[:10], "from": "article"}
    return {"value": None}


def date_ranges_component(ex: Extraction, ctx: Any) -> None:
    """Pipeline component: give each event's date the day range its evidence allows
    (``date.range`` [first, last], ``date.range_from``, how it was derived, and
    ``date.range_span``, the evidence span): the attached time expression, a stated
    interval or ordering cue, else the tense bounds against the publication day (a past
    report in the week before it, not on it). Fusion reads this stored range."""
    deadlines = _deadline_spans(ex)
    for ev in ex.events:
        if (_dated_by_deadline(ev, deadlines) or _dated_by_start(ex.doc, ev)) and \
                ex.article.published:
            ev.date = {"value": ex.article.published[:10], "from": "article"}
        claims = [c.to_dict() for c in ev.claims
                  if c.kind != "date" or not (_other_things_date(ex.doc, c.span, ev.trigger)
                                              or _extension_claim(ex.doc, c.span)
                                              or _deadline_claim(ev, c.span)
                                              or _in_deadline(ev, c.span, deadlines)
                                              or (c.span is not None and _start_set_by(
                                                  ex.doc, ev, c.span.start, c.span.end)))]
        data = {"modality": ev.modality, "date": ev.date, "sentence": ev.sentence.to_dict(),
                "trigger": ev.trigger.to_dict(), "claims": claims,
                "attributes": {"trigger_info": ev.attributes.get("trigger_info") or {}}}
        claims = data["claims"] = _nearest_clause_claims(ex.doc, data, ev.trigger)
        found = mention_range(data, ex.article.published)
        if found is not None and found["from"] == "tense:past" and ev.modality == "asserted":
            found = _stretched(ex, ev, found)
        if found is not None:
            found = entry_day(ex, ev, found)
            found = period_start(ex, ev.trigger, found)
        if found is not None:  # a fresh dict: mentions of one trigger may share one
            moved_start(ev, found)
            found, cue = _episode(ex, ev, found)
            own = [c for c in claims if c.get("kind") != "date" or not
                   _other_clause_date(ex.doc, c.get("span"), ev.trigger)]
            ev.date = {**ev.date, **(claimed_date(ev.date, found, own) or {}),
                       "range": found["range"], "range_from": found["from"],
                       "range_span": found["span"]}
            if cue is not None:
                ev.date["range_cue"] = cue
            if "+episode:" in found["from"] and getattr(ctx, "registry", None) is not None:
                _episode_sides(ex, ev, ctx.registry)
    episode_start_dates(ex)
    offset_clause_dates(ex.events)
    earlier_mention_dates(ex)
    sequel_dates(ex)


ANAPHORIC_DETS = frozenset({"the", "that", "this", "these", "those"})


def earlier_mention_dates(ex: Extraction) -> None:
    """An undated asserted noun mention that refers back ("claimed responsibility for the
    attack", "the initial attack") takes the one day its article's earlier asserted mentions
    of that type are dated to by their text; two different days date nothing."""
    published = ex.article.published
    if ex.doc is None or not published:
        return
    pub = iso(dt.date.fromisoformat(published[:10]))
    events = sorted(ex.events, key=lambda e: e.trigger.start)
    for i, ev in enumerate(events):
        if ev.modality != "asserted" or ev.date.get("range_from") != "tense:past" or \
                ev.date.get("from") != "article":
            continue
        span = ex.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        tok = span.root if span is not None and len(span) else None
        if tok is None or tok.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in tok.children):
            continue
        earlier = [e for e in events[:i] if e.type == ev.type and e.modality == "asserted"
                   and _text_dated(e) and e.trigger.start < ev.trigger.start]
        days = {tuple(e.date["range"]) for e in earlier}
        if len(days) != 1:
            continue
        ((lo, hi),) = days
        if lo != hi or lo > pub:
            continue
        ev.date = {**ev.date, "value": lo, "from": "text", "via": "earlier mention",
                   "range": [lo, lo], "range_from": "earlier-mention",
                   "range_span": earlier[-1].date.get("range_span")}


# A sentence opening with a time counted from the event told just before: (first, last) days
# after that event's day ("Hours later" may run past midnight; "the next day": one day on).
SEQUEL_RE = re.compile(
    r"[\s\"'“]*(?:(?P<same>(?:(?:a\s+few|several|some|\w+)\s+)?(?:minutes|moments)\s+later|"
    r"(?:later|early|late)\s+that\s+(?:day|morning|afternoon|evening|night)|"
    r"later\s+in\s+the\s+day|that\s+(?:same\s+)?(?:morning|afternoon|evening|night))|"
    r"(?P<hours>(?:(?:a\s+few|several|some|\w+)\s+)?hours\s+later)|"
    r"(?P<next>(?:the\s+)?(?:next|following)\s+(?:day|morning)|(?:a|one)\s+day\s+later))\b",
    re.IGNORECASE)


def _sequel_days(text: str) -> tuple[int, int, int] | None:
    """The (first, last) days after the event before that a sentence's opening cue places
    its own, with the cue's length; None without such a cue."""
    m = SEQUEL_RE.match(text)
    if m is None:
        return None
    lo, hi = (0, 0) if m["same"] else (0, 1) if m["hours"] else (1, 1)
    return lo, hi, m.end()


def _depth(doc: Any, ev: Any) -> int:
    """How far below its sentence's root an event's trigger stands."""
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return 99
    return sum(1 for _ in span.root.ancestors)


def sequel_dates(ex: Extraction) -> None:
    """A sentence opening with a time counted from the event told in the sentence before
    ("Hours later, ...", "The next day, ...", "That evening, ...", "A day later, ...") dates
    its events from that event's resolved day, however that day was found (its own date,
    an earlier sentence, a table row, an earlier mention of it), so a chain of such
    sentences keeps counting; the event before is the one standing highest in its
    sentence's parse, and its mentions there must agree on one day. An event of the
    sentence dated only by tense, or by the cue itself, takes that day (range from
    "sequel"); without a resolved day before, the event keeps its tense range."""
    if ex.doc is None:
        return
    sents = list(ex.doc.sents)
    starts = [s.start_char for s in sents]
    by_sentence: dict[int, list[Any]] = {}
    for ev in ex.events:
        if ev.sentence is not None and ev.sentence.start is not None:
            by_sentence.setdefault(ev.sentence.start, []).append(ev)
    for i in range(1, len(sents)):
        group = by_sentence.get(starts[i])
        if not group:
            continue
        got = _sequel_days(sents[i].text)
        before = by_sentence.get(starts[i - 1])
        if got is None or not before:
            continue
        top = min(_depth(ex.doc, e) for e in before)
        main = [e for e in before if _depth(ex.doc, e) == top]
        days = {tuple(e.date.get("range") or ()) for e in main}
        if len(days) != 1 or any(e.date.get("from") != "text" for e in main):
            continue
        ((day, *rest),) = days
        if not rest or rest[0] != day:
            continue
        lo, hi, cue_end = got
        rng = _shift_range([day, day], lo, hi)
        cue = (starts[i], starts[i] + cue_end)
        for ev in group:
            span = ev.date.get("range_span") or {}
            on_cue = span.get("start") is not None and cue[0] <= span["start"] < cue[1]
            if ev.modality != "asserted" or not (
                    on_cue or str(ev.date.get("range_from") or "").startswith("tense")):
                continue
            ev.date = {**ev.date, "range": rng, "range_from": "sequel",
                       "range_span": main[0].date.get("range_span")}
            if rng[0] == rng[1]:
                ev.date.update({"value": rng[0], "from": "text", "via": "sequel"})


STRETCH_CUE_CHARS = 12  # how far before a duration its "for" is looked for


def _present_perfect(tok: Any) -> bool:
    """Whether a verb is in the present perfect ("has detained", "have been held")."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and
                                     c.tag_ in ("VBZ", "VBP") for c in tok.children)


def _stretched(ex: Extraction, ev: Any, found: dict[str, Any]) -> dict[str, Any]:
    """An undated past mention whose verb has a duration told back from the report ("have
    killed dozens over the past three months", "has held him for two years": present
    perfect): the range from that many days before the report up to it (``tense:stretch``,
    the duration as evidence span); other ranges pass unchanged."""
    published = ex.article.published
    if ex.doc is None or not published or not found.get("range"):
        return found
    trig = ex.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if trig is None or not len(trig):
        return found
    verb, idx = trig.root, {t.i for t in trig}
    sent = verb.sent
    for t in ex.times:
        if t.type != "DURATION" or not sent.start_char <= t.start < sent.end_char:
            continue
        root = _time_root(ex.doc, t)
        if root is None or not (root.i in idx or _attached_to(root, idx)):
            continue
        before = ex.article.text[max(0, t.start - STRETCH_CUE_CHARS):t.start]
        days = stretch_reach(t.value, t.text, before, _present_perfect(verb))
        if days and days > PAST_DAYS:
            pub = dt.date.fromisoformat(published[:10])
            return {"range": [iso(pub - dt.timedelta(days=days)), iso(pub)],
                    "from": STRETCH_FROM, "span": Span.of(ex.article.text, t.start,
                                                          t.end).to_dict()}
    return found


def entry_day(ex: Extraction, ev: Any, found: dict) -> dict:
    """The day of an asserted act told without a date of its own in a live page's
    timestamped entry ("16:30 GMT: The ministry says it is recalling its envoy"): an entry
    tells what was new when it was written, on the page's day, not in the week before it.
    A stamp in GMT or UTC no later than the page's publication clock is of the publication
    day, a later one of the day before (the page ran past midnight); a stamp of another
    clock, or a page without a zoned publication time, holds both days. The range stays a
    tense bound (``ENTRY_FROM``): it narrows the week but never keeps two reports apart.
    A clock line between the stamp and the mention that the entry rule does not read
    ("17:05 GMT (Monday): ...") leaves the tense bounds as they were, and so does fighting
    (``EPISODE_TYPES``): an entry's strike is one day of an episode, which the episode
    rules date."""
    entry = ev.attributes.get("entry")
    if found.get("from") != "tense:past" or ev.modality != "asserted" or entry is None or \
            ev.type in EPISODE_TYPES:
        return found
    text = ex.article.text
    stamp = ENTRY_CLOCK_RE.match(text, entry)
    try:
        pub = dt.datetime.fromisoformat(ex.article.published_at or "")
    except ValueError:
        return found
    if stamp is None or CLOCK_LINE_RE.search(text, stamp.end(), ev.trigger.start):
        return found
    zoned = pub.tzinfo is not None
    if zoned:
        pub = pub.astimezone(dt.UTC)
    day = pub.date()
    if zoned and (stamp["zone"] or "").upper() in UTC_ZONES:
        later = (int(stamp["h"]), int(stamp["min"])) > (pub.hour, pub.minute)
        lo = hi = day - dt.timedelta(days=1) if later else day
    else:
        lo, hi = day - dt.timedelta(days=1), day
    return {"range": [iso(lo), iso(hi)], "from": ENTRY_FROM, "span": None}


def episode_start_dates(ex: Extraction) -> None:
    """Date from the start of a fighting episode its article states the mentions that tell
    its start or count its days without a date of their own. The start is the one first
    day the article's asserted clash mentions state from a date of the text
    (``episodes.stated_start``: "the clashes erupted on Tuesday", "entered a third day on
    Thursday", "since Tuesday"), or the day a start clause itself names ("the fighting
    began when troops opened fire on the morning of 13 May"); two different stated starts
    (two episodes) date nothing. Then "The clashes began when soldiers opened fire" takes
    the start up to the report (``+episode:began``), "as fighting entered a third day" the
    start to its third day (``+episode:nth-day``), and an act told "on the second day of
    fighting" that day alone (``+nth-day``); the derivation is ``episode-start``, the
    evidence span the statement of the start and ``range_cue`` the cue of the mention."""
    published = ex.article.published
    starts: dict[str, Any] = {}
    began = []
    for ev in ex.events:
        how = str(ev.date.get("range_from") or "")
        if ev.modality != "asserted" or ev.type not in EPISODE_TYPES:
            continue
        day = stated_start(ev.date.get("range"), how)
        if day is not None:
            starts.setdefault(day, ev.date.get("range_span"))
        elif how.startswith("tense") and "+episode:began" in how and _started_by(ev):
            began.append(ev)
    for ev in began:
        found = _start_clause_day(ex, ev)
        if found is not None:
            starts.setdefault(found[0], found[1])
    if len(starts) != 1:
        return
    ((start, span),) = starts.items()
    for ev in ex.events:
        how = str(ev.date.get("range_from") or "")
        if ev.modality != "asserted" or not how.startswith("tense") or "+episode:since" in how \
                or ev.sentence is None or ev.sentence.start is None or not ev.sentence.text:
            continue
        text, base = ev.sentence.text, ev.sentence.start
        at, end = ev.trigger.start - base, ev.trigger.end - base
        rng, kind, cue = None, "", ev.date.get("range_cue")
        if "+episode:began" in how and _started_by(ev):
            rng, kind = from_start(start, published, "began"), "+episode:began"
        elif "+episode:nth-day" in how:
            got = episode_cue(text, at, end)
            if got is not None and got[0] == "nth-day":
                rng, kind = from_start(start, published, "nth-day", got[1] + 1), "+episode:nth-day"
        elif (m := nth_day_of(text)) is not None and not (m.start() <= at and end <= m.end()):
            rng, kind = from_start(start, published, "day", nth_day_number(m)), "+nth-day"
            cue = Span.of(ex.article.text, base + m.start(), base + m.end()).to_dict()
        if rng is None:
            continue
        ev.date = {**ev.date, "range": rng, "range_from": START_FROM + kind, "range_span": span}
        if cue is not None:
            ev.date["range_cue"] = cue
        if rng[0] == rng[1] and ev.date.get("from") == "article":
            ev.date = {**ev.date, "value": rng[0], "from": "text", "via": "episode start"}


def _started_by(ev: Any) -> bool:
    """Whether a clash mention's start cue goes on with the act that started it ("began
    when ...", ``episodes.started_by``)."""
    cue = ev.date.get("range_cue") or {}
    if cue.get("end") is None or ev.sentence is None or ev.sentence.start is None:
        return False
    return started_by(ev.sentence.text, int(cue["end"]) - ev.sentence.start)


DAY_NAMED_RE = re.compile(  # a time of day that names its day ("the morning of 13 May")
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|"
    r"jul|aug|sep|sept|oct|nov|dec|yesterday|today|tonight|last\s+night)\b", re.I)


def _start_clause_day(ex: Extraction, ev: Any) -> tuple[str, dict[str, Any]] | None:
    """The one day a start clause after a clash mention's start cue names ("began when troops
    opened fire on the morning of 13 May"), with its span; None when the clause names no
    day, more than one, or a day after the report."""
    cue_end = int((ev.date.get("range_cue") or {}).get("end") or 0)
    days = []
    for t in ex.times:
        if not (cue_end <= t.start < ev.sentence.end) or t.type not in DATE_TYPES or \
                (t.type != "DATE" and not DAY_NAMED_RE.search(t.text)):
            continue  # a bare clock time ("at about 9 a.m.") names no day
        rng = date_range(t.value)
        if rng is not None and rng[0] == rng[1]:
            days.append((rng[0], t))
    if len({d for d, _ in days}) != 1:
        return None
    day, t = days[0]
    published = ex.article.published
    if published and day > dt.date.fromisoformat(published[:10]):
        return None
    return iso(day), Span.of(ex.article.text, t.start, t.end).to_dict()


def _episode(ex: Extraction, ev: Any, found: dict[str, Any]
             ) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """A clash mention's range widened over the fighting episode its text tells
    (``episodes.episode_range``), with the episode cue's span; else the range unchanged."""
    lemma = str((ev.attributes.get("trigger_info") or {}).get("lemma") or "")
    sent = ev.sentence
    if not is_clash(ev.type, lemma) or sent is None or sent.start is None or not sent.text:
        return found, None
    base = sent.start
    got = episode_range(found, sent.text, ev.trigger.start - base, ev.trigger.end - base,
                        ex.article.published)
    if got is None:
        return found, None
    widened, at = got
    return widened, (Span.of(ex.article.text, base + at[0], base + at[1]).to_dict()
                     if at is not None else None)


def _episode_sides(ex: Extraction, ev: Any, registry: Any) -> None:
    """Note the two countries an episode mention's clause names as the clash's sides
    (``episodes.episode_sides``: "Thai-Cambodian fighting", "clashes between X and Y"), or
    refers to together when its sentence or the one before names two (``episodes.both_sides``:
    "along their border", "the two countries") as
    ``attributes.episode_sides`` {countries, span}: fusion pairs episode mentions by them
    when the participants name fewer."""
    sent = ev.sentence
    base = sent.start
    at, end = ev.trigger.start - base, ev.trigger.end - base
    found = episode_sides(sent.text, at, end, registry.cue)
    if found is None:
        found = both_sides(sent.text, at, end, _sentence_before(ex, base), registry.cue)
    if found is not None:
        codes, lo, hi = found
        ev.attributes["episode_sides"] = {
            "countries": codes, "span": Span.of(ex.article.text, base + lo, base + hi).to_dict()}


def _sentence_before(ex: Extraction, start: int) -> str:
    """The sentence before the one starting at ``start`` when both lie in one paragraph
    (no line break between them), else ""."""
    if ex.doc is None:
        return ""
    prev = None
    for s in ex.doc.sents:
        if s.start_char >= start:
            break
        prev = s
    if prev is None or "\n" in ex.article.text[prev.end_char:start]:
        return ""
    return prev.text


TEXT_RANGES = ("time_expression", "date_claim")  # a range read from a date of the text
CLAUSE_STOP_RE = re.compile(r"[,;:]")  # where an interval clause ends


def _text_dated(ev: Any) -> bool:
    """Whether an event's range comes from a date of its text (not tense or the report)."""
    return str(ev.date.get("range_from") or "").startswith(TEXT_RANGES) and \
        isinstance(ev.date.get("range"), list)


def _shift_range(rng: list[str], lo_days: int, hi_days: int) -> list[str]:
    """A [first, last] day range moved by the given days at each end."""
    lo, hi = (dt.date.fromisoformat(d) for d in rng)
    return [iso(lo + dt.timedelta(days=lo_days)), iso(hi + dt.timedelta(days=hi_days))]


def _set_offset_range(ev: Any, rng: list[str], how: str, span: Any) -> None:
    """Give an event the range stated through an interval from another event of its
    sentence; a single day becomes its date too when it had none of its own."""
    ev.date = {**ev.date, "range": rng, "range_from": how, "range_span": span}
    if rng[0] == rng[1] and ev.date.get("from") == "article":
        ev.date = {**ev.date, "value": rng[0], "from": "text", "via": "interval"}


def offset_clause_dates(events: list[Any]) -> None:
    """Dates through a stated interval between two events of one sentence ("expelled the
    diplomats on Wednesday, a day after militants killed 26": the killing on Tuesday;
    "expelled the diplomats a day after militants killed 26 on Tuesday": the expulsion on
    Wednesday): the event of the "after" clause lies that interval before the event it
    modifies (the nearest one before the cue, else the first after the clause: "A day after
    X, Y ..."), and takes its dated range when it has none
    of its own from the text; the modified event takes the clause event's range moved
    forward when it has none ("less than a week after": up to that far; "nearly a week
    after": five to seven days)."""
    by_sentence: dict[int, list[Any]] = {}
    for ev in events:
        if ev.sentence is not None and ev.sentence.start is not None:
            by_sentence.setdefault(ev.sentence.start, []).append(ev)
    for base, group in by_sentence.items():
        if len(group) < 2:
            continue
        text = group[0].sentence.text or ""
        for m in AFTER_CLAUSE_RE.finditer(text):
            got = after_interval(m)
            if got is None or (m["bound"] or "").lower() == "more":
                continue
            near, far = got
            inside = [e for e in group if m.end() <= e.trigger.start - base <=
                      m.end() + AFTER_CLAUSE_CHARS and not
                      CLAUSE_STOP_RE.search(text, m.end(), e.trigger.start - base)]
            before = [e for e in group if e.trigger.start - base < m.start()]
            stop = CLAUSE_STOP_RE.search(text, m.end())  # "A day after X, Y ...": Y
            after = [e for e in group if stop is not None and e.trigger.start - base > stop.end()]
            if not inside or not (before or after):
                continue
            main = max(before, key=lambda e: e.trigger.start) if before else \
                min(after, key=lambda e: e.trigger.start)
            if _text_dated(main):
                for ev in inside:
                    if not _text_dated(ev):
                        _set_offset_range(ev, _shift_range(main.date["range"], -far, -near),
                                          "offset:main-clause", main.date.get("range_span"))
            elif str(main.date.get("range_from") or "").startswith("tense:past"):
                dated = next((e for e in inside if _text_dated(e)), None)
                if dated is not None:
                    _set_offset_range(main, _shift_range(dated.date["range"], near, far),
                                      "offset:after-clause", dated.date.get("range_span"))


def _expiring_period(trig: Any) -> Any | None:
    """The period noun whose expiry the trigger's noun phrase describes, when the trigger
    sets the period rather than names it or what is due at its end ("the 60-day period
    set by the truce expired": the truce; not "the withdrawal period" nor "the period for
    the withdrawal"); else None."""
    tok, path = trig, []
    for _ in range(PERIOD_CLIMB):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in EXPIRY_VERBS:
            break
        path.append(tok)
        tok = tok.head
    else:
        return None
    if tok.i == trig.i or tok.lemma_.lower() not in PERIOD_NOUNS or not path:
        return None
    if path[-1].dep_ in ("compound", "amod", "nmod") or any(
            t.dep_ == "prep" and t.lower_ in PURPOSE_PREPS for t in path):
        return None
    return tok


def period_start(ex: Extraction, trigger: Any, found: dict[str, Any]) -> dict[str, Any]:
    """The range of an event that set a period of stated length whose expiry is dated ("the
    60-day period set by the truce expired on 3 May": the truce began 60 days before): the
    expiry's date is the period's end, so the event lies that length before it. Other
    ranges pass unchanged."""
    span = found.get("span")
    if ex.doc is None or not span or found["from"].startswith(("tense", "cue", "offset")):
        return found
    trig = ex.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    period = _expiring_period(trig.root) if trig is not None and len(trig) else None
    if period is None:
        return found
    lo, hi = period.left_edge.idx, period.right_edge.idx + len(period.right_edge)
    if lo <= span["start"] < hi:
        return found  # a date inside the period's own description dates the setting
    days = next((duration_days(t.value) for t in ex.times if t.type == "DURATION"
                 and lo <= t.start < hi and duration_days(t.value)), None)
    if not days:
        return found
    first, last = (dt.date.fromisoformat(d) - dt.timedelta(days=days) for d in found["range"])
    return {**found, "range": [first.isoformat(), last.isoformat()],
            "from": found["from"] + "+period-start"}


def claimed_date(date: dict[str, Any], found: dict[str, Any], claims: list[dict[str, Any]]
                 ) -> dict[str, Any] | None:
    """The date of an event that has no day of its own (the publication-date fallback, or
    a value such as PAST_REF) when its range is exactly the days of a date claim about it
    ("the strike on Saturday, which officials said killed 29": Saturday): that claim's
    value and span, so the event's date and its range agree; also when "early", "mid" or
    "late" narrowed the range within the claim's days ("announced plans in late January":
    January, with the range its second half). None otherwise, and when the range was moved
    off the claim's days (a weekday pushed a week, a night spread)."""
    if date.get("from") != "article" and date_range(date.get("value")) is not None:
        return None
    if found["from"] not in ("date_claim", "date_claim+part") or not found.get("span"):
        return None
    claim = next((c for c in claims if c.get("kind") == "date" and c.get("span") == found["span"]),
                 None)
    days = date_range(claim.get("value")) if claim else None
    if claim is None or days is None or not (
            iso(days[0]) <= found["range"][0] and found["range"][1] <= iso(days[1])):
        return None
    return {"value": claim["value"], "span": found["span"], "from": "text", "via": "date claim"}


def _other_clause_date(doc: Any, span: dict[str, Any] | None, trigger: Any) -> bool:
    """Whether a date claim's time expression belongs to another clause than the event's:
    a clause describing some other noun, which the trigger is not in ("rebels ambushed
    the convoy sent north in March": the sending; "Aoun, elected in January, pledged":
    the election), or a report the event is the content of ("Earlier this week, the
    minister said troops had shelled a village": the saying)."""
    if doc is None or not span:
        return False
    trig = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    date = doc.char_span(span["start"], span["end"], alignment_mode="expand")
    if trig is None or date is None:
        return False
    verb = _governing_verb(date.root)
    return verb is not None and (_other_noun_clause(verb, trig.root) or
                                 _reports(verb, trig.root))


def _nearest_clause_claims(doc: Any, data: dict[str, Any], trigger: Any
                           ) -> list[dict[str, Any]]:
    """The claims of a mention without the date claims of clauses farther up than another
    dated clause above it: a mention in a clause nested inside other clauses takes the date of
    the nearest clause that has one ("X was ousted in December, but violence that began on 6
    March, when troops clashed with rebels, killed hundreds": the clash is March, not
    December; "said on Sunday that the truce would begin on Tuesday": Tuesday). Only claims
    that date a clause count (not a state's end, not a date an ordering cue puts the mention
    after); claims of clauses off the mention's path stay as they are."""
    claims = data.get("claims") or []
    if doc is None or sum(c.get("kind") == "date" for c in claims) < 2:
        return claims
    trig = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if trig is None or not len(trig):
        return claims
    path = [trig.root.i]  # the trigger and every head above it, nearest first
    t = trig.root
    for _ in range(CLIMB_LIMIT):
        if t.head == t:
            break
        t = t.head
        path.append(t.i)
    depth: dict[int, int] = {}  # claim index -> how far up its clause's verb is
    for n, c in enumerate(claims):
        span = c.get("span")
        if c.get("kind") != "date" or not span or not date_range(c.get("value")) or \
                state_end(data, span) or cue_between(data, span) is not None:
            continue
        date = doc.char_span(span["start"], span["end"], alignment_mode="expand")
        verb = _governing_verb(date.root) if date is not None and len(date) else None
        if verb is not None and verb.i in path:
            depth[n] = path.index(verb.i)
    if len(set(depth.values())) < 2:
        return claims
    nearest = min(depth.values())
    return [c for n, c in enumerate(claims) if depth.get(n, nearest) == nearest]


def _governing_verb(tok: Any) -> Any | None:
    """The first verb above a token (None at the root without one)."""
    for _ in range(CLIMB_LIMIT):
        if tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _other_noun_clause(verb: Any, trigger: Any) -> bool:
    """Whether ``verb`` heads a clause on a noun other than the trigger (or the noun the
    trigger names a part of: "the ceasefire deal, signed in May") that the trigger is not in."""
    if verb.dep_ not in NOUN_CLAUSE_DEPS or verb.i == trigger.i:
        return False
    noun = verb.head
    if noun.i == trigger.i or (trigger.head.i == noun.i and trigger.dep_ in NAMING_DEPS):
        return False
    return not any(t.i == trigger.i for t in verb.subtree)


def _reports(verb: Any, trigger: Any) -> bool:
    """Whether the trigger sits in a clause complement of ``verb`` (what was said)."""
    tok = trigger
    for _ in range(CLIMB_LIMIT):
        if tok.head == tok or tok.i == verb.i:
            return False
        if tok.dep_ == "ccomp" and tok.head.i == verb.i:
            return True
        tok = tok.head
    return False


def moved_start(ev: Any, found: dict[str, Any]) -> None:
    """A commitment started on the event's own weekday ('would meet him on Thursday') starts
    on the day its range moved that weekday to (a week ahead when the tagger resolved it to
    the past)."""
    c = ev.attributes.get("commitment")
    lo, hi = found["range"]
    if isinstance(c, dict) and "+weekday" in found["from"] and lo == hi and \
            c.get("start") and c["start"] == ev.date.get("value"):
        c["start"] = lo


def _extension_claim(doc: Any, span: Any) -> bool:
    """Whether a date claim is the new end of an extension (``extension_end``): it dates
    no event of the sentence."""
    if doc is None or span is None:
        return False
    date = doc.char_span(span.start, span.end, alignment_mode="expand")
    return date is not None and extension_end(date.root)


def _deadline_spans(ex: Extraction) -> list[tuple[int, int]]:
    """The character spans of the deadlines of the article's commitments ('by November 15')."""
    out = []
    for ev in ex.events:
        c = ev.attributes.get("commitment")
        dl = ((c or {}).get("spans") or {}).get("deadline") if isinstance(c, dict) else None
        if dl:
            out.append((dl["start"], dl["end"]))
    return out


def _in_deadline(ev: EventMention, span: Any, deadlines: list[tuple[int, int]]) -> bool:
    """Whether a date claim of an agreement lies in the deadline of one of the article's
    commitments (``_dated_by_deadline``)."""
    return ev.type == "AGREE" and span is not None and \
        any(a <= span.start and span.end <= b for a, b in deadlines)


def _dated_by_deadline(ev: EventMention, deadlines: list[tuple[int, int]]) -> bool:
    """Whether an agreement took its date from the deadline of a commitment ("under the
    agreement, X will withdraw its troops by November 15", "X agreed to pull back by
    November 15, while Y promised to reopen the road": the reading of the act as agreed, the
    coordinated promise): a commitment is made when it is stated, never on the day something
    falls due (the act itself, read as planned, keeps the day)."""
    if ev.type != "AGREE" or not isinstance(ev.date, dict):
        return False
    span = ev.date.get("span")
    start = span.get("start") if isinstance(span, dict) else getattr(span, "start", None)
    end = span.get("end") if isinstance(span, dict) else getattr(span, "end", None)
    return start is not None and end is not None and \
        any(a <= start and end <= b for a, b in deadlines)


def _dated_by_start(doc: Any, ev: EventMention) -> bool:
    """Whether an agreement, order or announcement took its date from the start or end it
    set ("agreed on Sunday to a ceasefire from midnight on Wednesday", "ordered a curfew
    starting Friday": ``times.committed_start`` on the event's own trigger): the act is
    made when it is stated, not on the day what it sets begins or ends."""
    if not isinstance(ev.date, dict):
        return False
    span = ev.date.get("span")
    start = span.get("start") if isinstance(span, dict) else getattr(span, "start", None)
    end = span.get("end") if isinstance(span, dict) else getattr(span, "end", None)
    return _start_set_by(doc, ev, start, end)


def _start_set_by(doc: Any, ev: EventMention, start: int | None, end: int | None) -> bool:
    """Whether the char span is a start or end that the agreement's own trigger sets (a date
    claim of it, ``_dated_by_start``, is no date of the act)."""
    if ev.type != "AGREE" or doc is None or start is None or end is None or ev.trigger is None:
        return False
    verb = committed_start(doc, start, end)
    return verb is not None and verb.idx <= ev.trigger.start < verb.idx + len(verb.text)


def _deadline_claim(ev: EventMention, span: Any) -> bool:
    """Whether a date claim lies in the deadline of what the event promises ("promised to
    remove the roadblocks by November 20": the promise was made before the 20th, not on
    it): the term of a commitment never dates its making."""
    c = ev.attributes.get("commitment")
    dl = ((c or {}).get("spans") or {}).get("deadline") if isinstance(c, dict) else None
    return bool(dl) and span is not None and dl["start"] <= span.start and span.end <= dl["end"]


def _other_things_date(doc: Any, span: Any, trigger: Any) -> bool:
    """Whether a date claim dates something other than the event (see ``dates_other``),
    unless the text shows it is a time adverbial or the event's own clause's date
    (``_own_time``)."""
    if doc is None or span is None:
        return False
    trig = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    date = doc.char_span(span.start, span.end, alignment_mode="expand")
    if trig is None or date is None or _own_time(doc, date, trig.root):
        return False
    return dates_other(doc, span.start, span.end, trig.root)


def _own_time(doc: Any, date: Any, trigger: Any) -> bool:
    """Whether a date the parse hangs on a noun is still a time, not a thing's name: it
    follows a temporal preposition ("On Wednesday Qatar's prime minister told ...": the
    parse made it part of the name), its parse head is no word (a table cell "| 21 Nov |
    X meets Y": the bar is no noun), or the trigger's clause is a "when" clause right after
    the date ("May 2000, when the army withdrew")."""
    root = date.root
    if root.dep_ in NAMING_DEPS:
        if date.start > 0 and doc[date.start - 1].lower_ in TEMPORAL_PREPS:
            return True
        if not any(ch.isalpha() for ch in root.head.text):
            return True
    return _when_after(doc, date, trigger)


def _when_after(doc: Any, date: Any, trigger: Any) -> bool:
    """Whether the trigger's clause opens with "when" right after the date ("May 2000, when
    the army withdrew"): the clause tells what happened then, whatever its parse head."""
    after = date.end + (1 if date.end < len(doc) and doc[date.end].text == "," else 0)
    if after >= len(doc) or doc[after].lower_ not in WHEN_WORDS:
        return False
    t = trigger
    for _ in range(CLAUSE_CLIMB + 1):
        if any(c.i == after for c in t.children):
            return True
        if t.head == t or t.dep_ in CLAUSE_STOPS:
            return False
        t = t.head
    return False


def _time_at(ctx: EventContext, tok: Any, sent: Any) -> TimeExpr | None:
    """The date or time expression of the sentence that covers token ``tok``."""
    for t in _sentence_times(ctx, sent):
        if t.type in DATE_TYPES and t.value and t.start <= tok.idx < t.end:
            return t
    return None


def _when_clause_date(ctx: EventContext, trigger: Any, sent: Any) -> dict[str, Any] | None:
    """The date of the clause a "when" clause describes: "in late May, when soldiers opened
    fire" (the clause hangs from the date), "collapsed on Tuesday when troops opened fire"
    (it modifies a verb with its own date) or "since the June war, when jets struck the
    airport" (it modifies a noun with its own date). None when the trigger is in no such
    clause."""
    t = trigger
    for _ in range(CLAUSE_CLIMB):
        if t is None or t.head == t or t.dep_ in CLAUSE_STOPS:
            return None
        if t.dep_ in ("relcl", "acl", "advcl"):
            break
        t = t.head
    else:
        return None
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ in WHEN_WORDS for c in t.children):
        return None
    found = _time_at(ctx, t.head, sent)
    if found is None and (t.dep_ == "advcl" or t.head.pos_ in ("NOUN", "PROPN")):
        for cand in _sentence_times(ctx, sent):
            root = _time_root(sent.doc, cand)
            if cand.type in DATE_TYPES and root is not None and _attached_to(root, {t.head.i}):
                found = cand
                break
    if found is None:
        return None
    return {"value": found.value, "span": ctx.span(found.start, found.end).to_dict(),
            "from": "text", "via": "when-clause"}


def event_location(ctx: EventContext, anchors: list[Any], date: str | None
                   ) -> dict[str, Any] | None:
    """The place after 'in/at/near/along/across' attached to the trigger or its clause verb,
    the nearest attachment first; a place phrase leads on to the place it names ('along the
    border near Surin', 'in Oddar Meanchey province', 'the village of Ban Phue')."""
    preps = ctx.lexicon.cue("location_preps")
    for anchor in anchors:
        if anchor is None or not has_child(anchor, "prep", preps):
            continue  # the document's index spares walking the children
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for obj in prep.children:
                loc = _place_of(ctx, obj, date, preps)
                if loc is not None:
                    return loc
    return None


PLACE_NOUN_DEPS = ("compound", "amod", "nmod", "poss")  # 'Koroma province', "Tyre's suburbs"
INNER_PLACE_PREPS = ("on",)  # 'at a position on Mount Dov'
CLAUSE_PLACE_DEPS = ("relcl", "acl")  # 'the attack, which took place in X', 'shelling reported in X'


def clause_location(ctx: EventContext, trigger: Any, date: str | None) -> dict[str, Any] | None:
    """A place named by a clause on the trigger noun ('the attack, which took place in
    Sisaket province'); a reporting clause's place ('the attack, reported in Bangkok') is
    where it was told, not where it happened."""
    reporting = ctx.lexicon.cue("reporting_verbs")
    clauses = [c for c in trigger.children if c.dep_ in CLAUSE_PLACE_DEPS
               and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() not in reporting]
    return event_location(ctx, clauses, date) if clauses else None


WHERE_CLIMB = 2  # heads from a trigger up to the relative clause 'where' opens


def where_location(ctx: EventContext, anchors: list[Any], date: str | None
                   ) -> dict[str, Any] | None:
    """The place a relative clause opened by 'where' hangs on, for an event told in that
    clause ('flew to Varo, *where* he held talks with X', 'came from Norton, where he held two
    meetings'): the clause says the act happened there."""
    for anchor in anchors:
        t = anchor
        for _ in range(WHERE_CLIMB):
            if t is None or t.head.i == t.i:
                break
            if t.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where"
                                         for c in t.children):
                return _place_of(ctx, t.head, date) or _where_name(ctx, t.head, date)
            t = t.head
    return None


def _where_name(ctx: EventContext, tok: Any, date: str | None) -> dict[str, Any] | None:
    """A proper name 'where' follows, as a place whatever its entity label (a capital the
    tagger took for a person: '[Ashgabat], where he held talks'), when the places table or
    the registry gives it a country."""
    if tok.pos_ != "PROPN":
        return None
    country = ctx.place_country(tok.text, date)
    if not country:
        return None
    return {"text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text), "country": country}


def struck_place(ctx: EventContext, nouns: list[Any], date: str | None
                 ) -> dict[str, Any] | None:
    """The town or site an attack noun subject was made on ('an air strike on the Koroma
    district of Tyre killed ...'); a state or group after 'on' is who was struck."""
    for noun in nouns:
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "on":
                continue
            for obj in prep.children:
                loc = _place_of(ctx, obj, date)
                ents = ctx.by_char.get(loc["start"], []) if loc is not None else []
                if loc is not None and all(e.actor is None or e.actor.kind == "place"
                                           for e in ents):
                    return {**loc, "from": "attack noun"}
    return None


def _place_of(ctx: EventContext, tok: Any, date: str | None, preps: Any = (),
              depth: int = 0) -> dict[str, Any] | None:
    """A location dict for the place named at ``tok`` ('Istanbul', 'the city of Kirkuk')."""
    named = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
             for g in p.children if g.dep_ == "pobj"]
    for t in (tok, *named, *[c for c in tok.children if c.dep_ in PLACE_NOUN_DEPS]):
        ent = ctx.entity(t)
        if ent is not None and (ent.label in PLACE_LABELS or
                                (ent.actor is not None and ent.actor.kind == "place")):
            loc: dict[str, Any] = {"text": ent.text, "start": ent.start, "end": ent.end}
            country = ctx.place_country(ent.text, date)
            if country:
                loc["country"] = country
            return loc
    if depth == 0 and ctx.entity(tok) is None:  # 'along the border near Surin'
        for p in tok.children:
            if p.dep_ == "prep" and (p.lower_ in preps or p.lower_ in INNER_PLACE_PREPS):
                for g in p.children:
                    if g.dep_ == "pobj":
                        loc = _place_of(ctx, g, date, preps, depth + 1)
                        if loc is not None:
                            return loc
    return None


def event_duration(ctx: EventContext, trigger: Any, sent: Any) -> dict[str, Any] | None:
    """The duration modifying the trigger ('75-minute conversation', 'lasted two hours'); a
    distance in time from another event ('two days after they met') is none."""
    first = next((t for t in trigger.subtree if t.i < trigger.i), None) \
        if trigger.left_edge.i < trigger.i else None  # no word before it: no subtree walk
    if first is not None:
        start, end = first.idx, trigger.idx
        m = DURATION_RE.search(ctx.text[start:end])
        if m and not OFFSET_RE.match(ctx.text[start + m.end():start + m.end() + 12]):
            value = duration_value(m.group(0))
            s, e = start + m.start(), start + m.end()
            return {"value": value, "span": ctx.span(s, e).to_dict()}
    for t in _sentence_times(ctx, sent):
        root = _time_root(sent.doc, t)
        if t.type == "DURATION" and root is not None and _attached_to(root, {trigger.i}) \
                and root.head.lower_ not in DEADLINE_PREPS and DURATION_RE.search(t.text) \
                and not OFFSET_RE.match(ctx.text[t.end:t.end + 12]):
            return {"value": t.value, "span": ctx.span(t.start, t.end).to_dict()}
    return None


def _count_of(ctx: EventContext, noun: Any) -> dict[str, Any] | None:
    """A count attribute for a noun with a numeric modifier ('41 Russian aircraft')."""
    if not has_child(noun, "nummod"):
        return None  # most nouns have none: the document's index spares walking the children
    nums = [c for c in noun.children if c.dep_ == "nummod" and c.ent_type_ not in NOT_COUNT_ENTS]
    if not nums:
        return None
    num = nums[0]
    words = [t for t in num.subtree if t.dep_ != "advmod" or t.lower_ not in APPROX_WORDS]
    value = number_value(" ".join(t.text for t in words))
    if value is None:
        return None
    start = min(t.idx for t in num.subtree)
    out: dict[str, Any] = {"count": int(value) if value == int(value) else value,
                           "of": noun.lemma_.lower(),
                           "span": ctx.span(start, noun.idx + len(noun.text)).to_dict()}
    if any(t.lower_ in APPROX_WORDS for t in num.subtree):
        out["approximate"] = True
    return out


def event_counts(ctx: EventContext, trigger: Any, clause: Any) -> list[dict[str, Any]]:
    """Counted things in the trigger's clause: '41 aircraft', 'at least 156 people'."""
    heads = [trigger]
    doc = trigger.doc
    kids, deps = children(doc), column(doc, "dep")
    for verb in (clause, trigger):
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        own, pobjs, objs = [], [], []  # one walk over the children, kept in this order
        for j in kids[verb.i]:
            dep = deps[j]
            if dep in COUNT_DEPS:
                own.append(j)
            if dep in ("prep", "agent"):
                pobjs.extend(g for g in kids[j] if deps[g] == "pobj")
            if dep in ("advcl", "conj"):
                objs.extend(o for o in kids[j] if deps[o] in ("dobj", "nsubjpass"))
        heads += [doc[j] for j in own + pobjs + objs]
    out, seen = [], set()
    for noun in heads:
        for n in (noun, *conjuncts(noun)):
            count = _count_of(ctx, n)
            if count is not None and n.i not in seen:
                seen.add(n.i)
                out.append(count)
    return out


def event_amounts(ctx: EventContext, sent: Any, trigger: Any) -> list[dict[str, Any]]:
    """Money amounts in the trigger's subtree or clause ('$50,000', '580 million shillings')."""
    out = []
    money = [ent for ent in span_ents(sent) if ent.label_ == "MONEY"]
    if not money:
        return out
    clause = {t.i for t in trigger.head.subtree} if trigger.head != trigger else set()
    own = {t.i for t in trigger.subtree}
    for ent in money:
        if ent.root.i in clause or ent.root.i in own:
            item: dict[str, Any] = {"text": ent.text,
                                    "span": ctx.span(ent.start_char, ent.end_char).to_dict()}
            value = number_value(re.sub(r"[^\d.,a-zA-Z ]", " ", ent.text))
            if value is not None:
                item["value"] = value
            out.append(item)
    return out
