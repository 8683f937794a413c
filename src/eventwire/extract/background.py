"""Background events: what an article recounts from well before it was written.

News copy explains the present with the past ("since 2008, when riots near the
border killed guards", "the independence of June 1991", "nearly six months after he
was killed"). Such mentions are real but old; they are not part of the covered
sequence and must not become asserted records. An event is background when

- the time expression the text attaches to it (on its own clause, on the noun a
  relative clause hangs from, or the date a "when" clause describes) ends more than
  ``BACKGROUND_DAYS`` before the article's publication; or
- its clause is placed a long interval before the main event ("six months after
  he was killed") or long ago without a date ("years ago", "decades ago", "long ago"); or
- it is a tally over a period that began long ago ("2,000 people have died
  since the fighting began in May 2022", "displaced since 2009"); or
- it has no time of its own and every dated expression in its sentence is that old
  ("the plan laid out in an address in March 2018").

Without a publication date nothing is background (there is no "now" to compare).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from eventwire.fuse.dates import date_range, duration_days

BACKGROUND = "background"
BACKGROUND_DAYS = 120  # events ending this long before publication are history, not news
NEWS_CLAUSE_DAYS = 365  # ... but a main clause dated within the year still reports its act
CLIMB_LIMIT = 8
DATE_TYPES = ("DATE", "TIME")
OFFSET_MARKS = ("after", "since", "before")
TEMPORAL_MARKS = ("after", "since", "before", "until", "while", "as", "once")
STOP_DEPS = ("ccomp", "parataxis")
NOMINAL_POS = ("NOUN", "PROPN")
NAMING_DEPS = ("nummod", "compound", "amod", "nmod", "poss")  # "the 1999 treaty"
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj")
ONSET_VERBS = ("begin", "start", "erupt", "break", "launch", "flare", "ignite")  # a course's start
BIRTH_WORDS = frozenset({"born"})  # a birth date never dates an event
FIRST_WORDS = frozenset({"first", "last", "only"})  # "the first strike since 2006" is news
PART_OF_YEAR_RE = re.compile(r"^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$")  # "the spring of 1979"
DECADE_RE = re.compile(r"^(\d{2,3})$")  # TIMEX3 decades ("201": the 2010s) and centuries ("19")
PERIOD_PREPS = ("during", "throughout")  # "during the 2011 clashes": the period the clause is in
TEMPORAL_RELATIVES = ("when", "where")  # "the 2008 crisis, when troops occupied the town"
RELATIVE_PREPS = ("in", "during", "after")  # "the 1962 war, in which X captured the passes"
VAGUE_PAST_UNITS = ("years", "decades", "generations", "centuries", "long")  # "years ago"
LABEL_BLOCKS = ("list_item", "paragraph")  # "- 2008: Troops clash ...": a dated timeline entry
LABEL_GAP_RE = re.compile(r"^[\s:.,;|\-\u2013\u2014*\u2022]*$")  # what may follow a label
LABEL_LEAD_RE = re.compile(r"^[\s|\-\u2013\u2014*\u2022]*$")  # what may precede it
YEAR_RE = re.compile(r"^[\s|\-\u2013\u2014*\u2022]*((?:1[89]|20)\d\d)\b")  # "- 2011: ..."
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
MONTH_VALUE_RE = re.compile(r"^\d{4}-\d{2}$")  # a TIMEX3 month: "2025-06"
LABEL_SEP_RE = re.compile(r"^\s?[:|\-\u2013\u2014]\s")  # "2011: ", "May 2011 - "


def time_tokens(doc: Any, times: list[Any]) -> dict[int, Any]:
    """Token index -> the time expression it belongs to (dates only)."""
    out: dict[int, Any] = {}
    for t in times:
        if t.type not in DATE_TYPES or not t.value:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            for tok in span:
                out[tok.i] = t
    return out


def _attached_time(tok: Any, by_tok: dict[int, Any]) -> Any | None:
    """The date attached to ``tok`` itself: it is part of one, or one hangs from it
    through a preposition or as a bare noun phrase ('in May 2000', 'last May')."""
    if tok.i in by_tok:
        return by_tok[tok.i]
    for child in tok.children:
        if child.dep_ in ("npadvmod", "tmod", "nmod", "advmod") and child.i in by_tok:
            return by_tok[child.i]
        if child.dep_ == "prep" and child.lower_ != "since":  # "since 2006" starts a period
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in by_tok:
                    return by_tok[obj.i]
                if obj.dep_ == "pobj" and child.lower_ in PERIOD_PREPS:
                    named = naming_time(obj, by_tok)
                    if named is not None:
                        return named
    return None


def naming_time(noun: Any, by_tok: dict[int, Any]) -> Any | None:
    """The date that names a period noun ("the 2011 clashes", "the 1962 war")."""
    return next((by_tok[c.i] for c in noun.children
                 if c.dep_ in NAMING_DEPS and c.i in by_tok), None)


def _temporal_relative(clause: Any) -> bool:
    """A relative clause that says when something happened: "when ...", "in which ..."."""
    for c in clause.children:
        if c.dep_ == "advmod" and c.lower_ in TEMPORAL_RELATIVES:
            return True
        if c.dep_ == "prep" and c.lower_ in RELATIVE_PREPS and any(
                o.dep_ == "pobj" and o.lower_ == "which" for o in c.children):
            return True
    return False


def clause_time(trigger: Any, by_tok: dict[int, Any], reporting: frozenset[str]) -> Any | None:
    """The date the text attaches to an event: on the trigger, on the heads of its
    clause, or on the noun (or date) a relative clause of it hangs from."""
    t = trigger
    for _ in range(CLIMB_LIMIT):
        found = _attached_time(t, by_tok)
        if found is not None:
            return found
        if t.head == t or t.dep_ in STOP_DEPS:
            return None
        if t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL_MARKS
                                     for c in t.children):
            return None  # a subordinate time clause has its own time
        if t.dep_ in ("relcl", "acl"):
            found = _attached_time(t.head, by_tok)
            if found is None and t.dep_ == "relcl" and _temporal_relative(t):
                found = naming_time(t.head, by_tok)  # "the 2008 crisis, when troops ..."
            return found
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in reporting:
            return None
    return None


def _vague_past(trigger: Any, reporting: frozenset[str]) -> Any | None:
    """The 'ago' of an undated long interval on the event's clause ("years ago, rebels
    attacked", "decades ago", "long ago"); a counted one ("two years ago") is a date."""
    t = trigger
    for _ in range(CLIMB_LIMIT):
        for c in t.children:
            if c.dep_ == "advmod" and c.lower_ == "ago" and any(
                    x.lower_ in VAGUE_PAST_UNITS and not any(n.dep_ == "nummod" for n in x.children)
                    for x in c.children):
                return c
            if c.dep_ == "prep" and c.lower_ == "in" and any(
                    x.dep_ == "pobj" and x.lower_ == "past" and
                    not any(m.dep_ == "amod" for m in x.children) for x in c.children):
                return c  # 'in the past, both armies have shelled ...'; not 'the recent past'
        if t.head == t or t.dep_ in STOP_DEPS or t.dep_ in ("advcl", "relcl", "acl"):
            return None
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in reporting:
            return None
    return None


def subject_time(trigger: Any, by_tok: dict[int, Any]) -> Any | None:
    """The date of an occurrence named as the subject (or passive agent) of a past verb,
    which the verb's event is part of: "the 2011 clashes killed 18 people", "the war in
    1999 displaced thousands", "were killed in the 2008 fighting" is dated by its own
    phrase already."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ != "VBD" for c in trigger.children):
        return None  # a simple past (or a past passive): no perfect, present or modal
    nouns = [c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    nouns += [o for c in trigger.children if c.dep_ == "agent"
              for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    for noun in nouns:
        found = naming_time(noun, by_tok) or _attached_time(noun, by_tok)
        if found is not None:
            return found
    return None


def _recent_again(doc: Any, time: Any, by_tok: dict[int, Any], published: dt.date) -> bool:
    """True when a date coordinated with the event's date is recent: 'imposed sanctions in
    2019 and again in January' is news, not history."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    phrase = root.head if root.dep_ == "pobj" else root  # 'in 2019' or '2019'
    others = [*phrase.conjuncts, *(c for c in phrase.head.children
                                   if c.dep_ in ("prep", "npadvmod") and c.i != phrase.i
                                   and c.lower_ != "since")]
    for other in others:
        for tok in other.subtree:
            found = by_tok.get(tok.i)
            if found is not None and found is not time and last_day(found.value) and \
                    not old_date(found.value, published):
                return True
    return False


def _offset_days(trigger: Any, times: list[Any]) -> int | None:
    """Days between the event and the main clause in 'five months after he was killed'."""
    t = trigger
    for _ in range(CLIMB_LIMIT):
        marks = [c for c in t.children if c.dep_ in ("mark", "prep") and c.lower_ in OFFSET_MARKS]
        if marks:
            for c in [*t.children, *(g for m in marks for g in m.children)]:
                if c.dep_ == "npadvmod":  # on the clause, or on its mark ('[two years] after')
                    days = _duration_at(c, times)
                    if days:
                        return days
            return None
        if t.head == t or t.dep_ in STOP_DEPS or t.dep_ == "advcl":
            return None
        t = t.head
    return None


def _since_old(trigger: Any, by_tok: dict[int, Any], published: dt.date) -> Any | None:
    """The old date of a "since" phrase or clause on the event's clause ("have been killed
    since the war began in October 2023"): a tally over a period that started long ago.
    "The first strike since 2006" is a new event, not a tally."""
    t = trigger
    for _ in range(CLIMB_LIMIT):
        for child in t.children:
            if not _is_since(child):
                continue
            if any(x.lower_ in FIRST_WORDS or x.tag_ in ("JJS", "RBS") or _superlative(x)
                   for x in t.doc[t.left_edge.i:child.i]):
                return None
            dates = [by_tok[x.i] for x in child.subtree if x.i in by_tok]
            if dates and all(old_date(d.value, published) for d in dates):
                return dates[0]
        onset = _old_onset(t, by_tok, published)
        if onset is not None:
            return onset
        if t.head == t or t.dep_ in STOP_DEPS or t.dep_ in ("advcl", "relcl", "acl"):
            return None
        t = t.head
    return None


def _old_onset(verb: Any, by_tok: dict[int, Any], published: dt.date) -> Any | None:
    """The old date of a subject that began long ago, on a verb in the perfect ("the war,
    which began in October 2023, has killed thousands"): a tally over the subject's whole
    course, as with "since"; the verb's own recent date ("has killed three this week") makes
    it news."""
    if verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None
    for subj in verb.children:
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for clause in subj.children:
            if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in ONSET_VERBS:
                continue
            inside = {x.i for x in clause.subtree}
            dates = [by_tok[i] for i in sorted(inside) if i in by_tok]
            rest = [d for i, d in by_tok.items() if i not in inside and
                    verb.sent.start <= i < verb.sent.end]
            if dates and all(old_date(d.value, published) for d in dates) and \
                    not any(last_day(d.value) and not old_date(d.value, published) for d in rest):
                return dates[0]
    return None


def _superlative(tok: Any) -> bool:
    """A modifier in '-est' the tagger took for a noun ('the [bloodiest] fighting since')."""
    return tok.dep_ == "amod" and tok.lower_.endswith("est") and len(tok.lower_) > 5


def _is_since(tok: Any) -> bool:
    """A "since" phrase ("since 2019") or clause ("since the war began")."""
    if tok.lower_ == "since" and tok.dep_ == "prep":
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since"
                                       for c in tok.children)


def _duration_at(tok: Any, times: list[Any]) -> int | None:
    """Length in days of a DURATION time expression covering ``tok``."""
    for t in times:
        if t.type == "DURATION" and t.start <= tok.idx < t.end:
            return duration_days(t.value)
    return None


def dates_other(doc: Any, start: int, end: int, trigger: Any) -> bool:
    """Whether the date at [start, end) dates something other than the event at token
    ``trigger``: it names a thing ("the 1999 treaty", "the treaty of 1999"), a birth
    ("born in 1950"), or sits in a relative clause the trigger is not in ("officials,
    who took office in 2019, protested": the clause describes a participant)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root, head = span.root, span.root.head
    if head.i != trigger.i and head.pos_ in NOMINAL_POS and root.dep_ in NAMING_DEPS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in NOMINAL_POS and \
            head.head.i != trigger.i:
        return True
    tok = root
    for _ in range(CLIMB_LIMIT):
        if tok.head == tok:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    else:
        return False
    if tok.lower_ in BIRTH_WORDS:
        return True
    if tok.dep_ != "relcl":
        return False
    noun = tok.head  # the participant the clause describes: an argument of the trigger,
    return (noun.head.i == trigger.i and noun.dep_ in ARGUMENT_DEPS) or \
        (trigger.head.i == noun.i and trigger.dep_ == "acl")  # or the noun it hangs from


def last_day(value: str | None) -> dt.date | None:
    """The last day a TIMEX3 date value can denote: calendar dates, and the parts of a year
    ("1979-SP", "2019-Q3": at the latest the year's end), decades ("201": the 2010s) and
    centuries ("19")."""
    rng = date_range(value)
    if rng is not None:
        return rng[1]
    if not isinstance(value, str):
        return None
    if m := PART_OF_YEAR_RE.match(value):
        return dt.date(int(m[1]), 12, 31)
    if m := DECADE_RE.match(value):
        return dt.date(int(m[1] + "9" * (4 - len(m[1]))), 12, 31)
    return None


def past_month(value: str | None, published: dt.date) -> bool:
    """True when a date value is a whole calendar month ("in June": "2025-06") before the
    month of ``published``: news names the day of what it reports, a bare past month
    recounts."""
    if not isinstance(value, str) or not MONTH_VALUE_RE.match(value):
        return False
    year, month = int(value[:4]), int(value[5:7])
    return (year, month) < (published.year, published.month)


def definite(noun: Any) -> bool:
    """Whether a noun (or the noun a compound modifies: "the detention centre") refers to a
    known thing ("the war", "its ceasefire"), not to one the sentence introduces ("an
    earlier lawsuit")."""
    for _ in range(CLIMB_LIMIT):
        if noun.dep_ != "compound" or noun.head.i == noun.i:
            break
        noun = noun.head
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETS) or c.dep_ == "poss"
               for c in noun.children)


def _described_by(trigger: Any, by_tok: dict[int, Any], published: dt.date) -> Any | None:
    """The past month ("in June", "last month") of an event told as a description of a known
    thing rather than as news: a definite event noun dated on itself ("the war in June",
    "the June offensive") or by its relative clause ("the ceasefire that Trump announced in
    June"), or the verb of such a clause on a definite noun; None otherwise."""
    if trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ in NOMINAL_POS and \
            definite(trigger.head):
        found = _attached_time(trigger, by_tok)
        return found if found is not None and past_month(found.value, published) else None
    if trigger.pos_ not in NOMINAL_POS or not definite(trigger):
        return None
    found = _attached_time(trigger, by_tok) or naming_time(trigger, by_tok)
    for clause in (c for c in trigger.children if c.dep_ in ("relcl", "acl")):
        found = found or next((by_tok[t.i] for t in clause.subtree if t.i in by_tok), None)
    return found if found is not None and past_month(found.value, published) else None


def old_date(value: str | None, published: dt.date, days: int = BACKGROUND_DAYS) -> bool:
    """True when a date value ends more than ``days`` (BACKGROUND_DAYS) before
    ``published``."""
    last = last_day(value)
    return last is not None and (published - last).days > days


def _main_clause(trigger: Any) -> bool:
    """True for a verb that is the sentence's main clause (its root, or a verb coordinated
    with it): what the article tells as its own report ("In March, the army *shelled* the
    town"), not a clause that recounts beside it ("since", "when", "after", a relative clause,
    the complement of "recall")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    t = trigger
    for _ in range(CLIMB_LIMIT):
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    return t.dep_ == "ROOT"


def label_time(text: str, blocks: list[Any], start: int,
               times: list[Any]) -> tuple[str, int, int] | None:
    """The date (value, start, end) that labels the entry a sentence at ``start`` belongs
    to ("2008: Troops clash near the temple", "- May 2011 - Shelling kills 20"): a date
    expression, or a bare year, that opens its list item or paragraph and is set off from
    the entry's text by a colon or a dash (or, when the sentence starts after it, by any
    punctuation)."""
    block = next((b for b in blocks if b.start <= start < b.end or (
        start < b.start and LABEL_LEAD_RE.match(text[start:b.start]))), None)  # '- ' bullet
    if block is None or block.kind not in LABEL_BLOCKS:
        return None
    lead = text[block.start:block.end]
    found = [(t.value, t.start, t.end) for t in times
             if t.type in DATE_TYPES and t.value and block.start <= t.start < block.end
             and LABEL_LEAD_RE.match(text[block.start:t.start])]
    if not found and (m := YEAR_RE.match(lead)):
        found = [(m[1], block.start + m.start(1), block.start + m.end(1))]
    for value, s, e in found:
        after = text[e:start] if e <= start else ""
        if (after.strip() and LABEL_GAP_RE.match(after)) or LABEL_SEP_RE.match(text[e:e + 4]):
            return value, s, e
    return None


def old_label(text: str, blocks: list[Any], start: int, times: list[Any],
              published: dt.date | None) -> dict[str, Any] | None:
    """Background evidence from the date labelling a timeline entry, when it is old."""
    label = label_time(text, blocks, start, times) if published is not None else None
    if label is None or published is None or not old_date(label[0], published):
        return None
    return {"how": "label", "value": label[0], "start": label[1], "end": label[2]}


def background_evidence(trigger: Any, sent: Any, times: list[Any], published: dt.date | None,
                        reporting: frozenset[str]) -> dict[str, Any] | None:
    """Why the event at ``trigger`` is background (None when it is not):
    ``{"how": "since"|"vague"|"attached"|"described"|"subject"|"offset"|"sentence", "value"?,
    "start"?, "end"?}``."""
    if published is None:
        return None
    own = [t for t in times if sent.start_char <= t.start < sent.end_char]
    by_tok = time_tokens(sent.doc, own)
    since = _since_old(trigger, by_tok, published)
    if since is not None:
        return {"how": "since", "value": since.value, "start": since.start, "end": since.end}
    ago = _vague_past(trigger, reporting)
    if ago is not None:
        first = min(ago.subtree, key=lambda x: x.i)
        last = max(ago.subtree, key=lambda x: x.i)
        return {"how": "vague", "value": "PAST_REF", "start": first.idx,
                "end": last.idx + len(last.text)}
    attached = clause_time(trigger, by_tok, reporting)
    news = _main_clause(trigger)
    if attached is not None and old_date(attached.value, published) and \
            not _recent_again(sent.doc, attached, by_tok, published) and \
            not (news and not old_date(attached.value, published, NEWS_CLAUSE_DAYS)):
        return {"how": "attached", "value": attached.value, "start": attached.start,
                "end": attached.end}
    described = _described_by(trigger, by_tok, published)
    if described is not None:
        return {"how": "described", "value": described.value, "start": described.start,
                "end": described.end}
    if attached is not None:
        return None
    subject = subject_time(trigger, by_tok)
    if subject is not None and old_date(subject.value, published) and \
            not (news and not old_date(subject.value, published, NEWS_CLAUSE_DAYS)):
        return {"how": "subject", "value": subject.value, "start": subject.start,
                "end": subject.end}
    days = _offset_days(trigger, own)
    if days is not None and days > BACKGROUND_DAYS:
        return {"how": "offset", "days": days}
    dated = [t for t in own if t.type in DATE_TYPES and date_range(t.value)
             and not dates_other(sent.doc, t.start, t.end, trigger)]
    if dated and all(old_date(t.value, published) for t in dated) and \
            not (news and not any(old_date(t.value, published, NEWS_CLAUSE_DAYS) for t in dated)):
        return {"how": "sentence", "value": dated[0].value, "start": dated[0].start,
                "end": dated[0].end}
    return None
