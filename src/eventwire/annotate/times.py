"""Time expressions: find them, normalise them to TIMEX3 values anchored on the publication date.

Candidates come from the rule grammar (:mod:`eventwire.annotate.timegrammar`)
and from spaCy's DATE/TIME entities; a weekday or bare month takes its
direction from the tense of the verb it attaches to ("met on Wednesday" is the
Wednesday before the anchor, "will meet on Wednesday" the one after).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from eventwire.annotate.doccache import doc_ents, doc_text, noun_in_use
from eventwire.annotate.focus import focus_of
from eventwire.annotate.regexscan import (
    StartScan,
    holds_folding,
    lowered_pattern,
    other_starts,
    required_words,
    start_scan,
)
from eventwire.annotate.timegrammar import (
    PARTS_OF_DAY,
    RULE_ORDER,
    RULES,
    TIME_UNITS,
    Rule,
    Value,
    duration,
    number,
    shifted,
    unit_of,
)
from eventwire.model import Extraction, TimeExpr

FUTURE_AUX = {"will", "wo", "'ll", "’ll", "shall"}
PAST_TAGS = {"VBD"}
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
MODAL_FORWARD = {"would", "could", "may", "might", "should", "must", "can", "to"}
VERB_POS = {"VERB", "AUX"}
NOUN_MODIFIER_DEPS = ("compound", "nmod", "amod")  # "a June agreement": the noun's date
SPACY_LABELS = {"DATE", "TIME"}
MAX_HEAD_HOPS = 4
PARTICIPLE_TAGS = ("VBG", "VBN")
PARTICIPLE_DEPS = ("advcl", "xcomp", "conj", "pcomp")  # a participle clause of a verb
PROSPECTIVE_VERBS = frozenset({"expect", "schedule", "plan", "due", "slate", "propose",
                               "intend", "design", "mean"})  # "the vote, expected Friday"
# with a present auxiliary these tell a schedule or a prediction too: "the vote is set for
# Tuesday", "rain is forecast for Thursday" (a bare "set" is past: "a high set on Aug. 6")
SCHEDULED_PARTICIPLES = PROSPECTIVE_VERBS | {"set", "forecast", "predict", "project",
                                             "anticipate"}
PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})
# verbs that move an event to a new date: the date they move it to ("postponed to Thursday",
# "delayed until Saturday", "rescheduled for Friday", "extended the deadline to Friday") is
# the new plan, still ahead whatever the tense of the move
RESCHEDULING_LEMMAS = frozenset({"postpone", "delay", "reschedule", "move", "push", "put",
                                 "defer", "shift", "adjourn", "extend", "bring", "advance"})
GOAL_PREPS = frozenset({"to", "until", "till", "for"})
REPORTING_LEMMAS = frozenset({"say", "tell", "report", "announce", "add", "claim", "state",
                              "confirm", "deny", "insist", "note", "write", "quote", "accuse"})
YEAR_BACK_RULES = {"year_ago", "ago"}
YEAR_RE = re.compile(r"\d{4}")
QUARTER_RE = re.compile(r"\d{4}-Q[1-4]")
MONTH_OR_DAY_RE = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
BARE_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
LEADING_JUNK_RE = re.compile(r"^(?:for|on|in|at|during|since|by|over)\s+", re.IGNORECASE)

SCHEDULE_LEMMAS = frozenset({"begin", "start", "expire", "resume", "open", "close", "end"})
# a phrase that names when what was agreed, ordered or announced is to start or end ("agreed
# to a truce from Wednesday", "ordered a curfew starting Friday", "tariffs effective
# Thursday", "a ceasefire to take effect on Friday", "to withdraw by Friday")
START_END_RE = re.compile(r"\b(?:from|starting|beginning|as\s+of|effective|until|till|by|"
                          r"(?:to\s+)?take\s+effect)\s+(?:(?:on|at)\s+)?$", re.IGNORECASE)
# acts that set something going from a date ahead of the act: that date is reckoned forward
COMMITTING_LEMMAS = frozenset({"agree", "order", "announce", "declare", "decide", "schedule",
                               "sign", "approve", "impose", "decree", "pledge", "promise",
                               "vow", "commit", "propose", "accept", "unveil", "introduce"})
HEADLINE_CLOSERS = ".!?\"”'’:"
TIME_OBJECT_DEPS = ("pobj", "npadvmod", "tmod", "obl")  # a time phrase's head under a verb
REPORTED_DEPS = ("ccomp", "parataxis")  # a reported clause on its reporting verb
REPORTED_CLAUSE_DEPS = ("ccomp", "xcomp", "parataxis")  # "told investors it might sell"
BACKSHIFTED_MODALS = frozenset({"would", "could", "might", "should"})
REPORT_DAY_RULES = ("weekday", "day_word", "month_day_year", "day_month_year")
SINCE_RE = re.compile(r"\bsince\s+$", re.IGNORECASE)  # "since Oct. 7": a start before now
CLOCK_SLIP_DAYS = 2  # a past event dated this close after publication is not last year's
LOCATING_PREPS = frozenset({"in", "on", "during"})  # a date that locates its verb's event
LONGER_PERIODS = frozenset({"P6M", "P9M"})  # reporting periods of a half and nine months
YEARLESS_RULES = ("month", "may", "month_day_year", "day_month_year")  # a month or day, no year
REF_WINDOW = 400  # characters back that a reference time stays current (about two sentences)
FOLLOWING_RE = re.compile(r"(?:(?:earlier|later)\s+(?:in\s+)?)?the\s+(?:following|previous|"
                          r"preceding|prior)\b", re.IGNORECASE)
THE_NEXT_RE = re.compile(r"(?:(?:earlier|later)\s+(?:in\s+)?)?the\s+next\b", re.IGNORECASE)
GRANULARITY = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "year": 4,
               "decade": 5, "century": 6}
REFERENCE_SHAPES = (
    (re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"), "day"),
    (re.compile(r"(?P<y>\d{4})-W(?P<w>\d\d)$"), "week"),
    (re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)$"), "month"),
    (re.compile(r"(?P<y>\d{4})$"), "year"),
)

BLANK_LINE_RE = re.compile(r"\n\s*\n")  # a paragraph break: no expression runs across it
CLOCK_DAY_RULES = frozenset({"clock_day", "clock_date"})  # a time of day, then its day

# The page's own clock: a bare clock time is resolved against the publication date and time
STAMP_LABEL_RE = re.compile(r"^\s*(?:last\s+)?(?:updated|modified|published|posted)\b", re.I)
STAMP_CLOCK_RE = re.compile(r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])[:.](?P<min>[0-5]\d)(?![\d]|[:.]\d)"
                            r"(?:\s*(?P<ampm>[ap])\.?m\b\.?)?", re.I)
ENTRY_STAMP_RE = re.compile(r"(?m)^(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)\s*(?:[A-Z]{2,4}\s*)?"
                            r"[:\u2014\u2013-]\s")  # "21:40 GMT: ..." opening a live entry
CLOCK_RULES = frozenset({"clock", "clock_hours"})  # a time of day with no day named
DAY_RULES = frozenset({"weekday", "day_word", "month_day_year", "day_month_year", "iso",
                       "numeric", "month_rel_year"})
DAY_BESIDE_CHARS = 30  # a day this close to a clock time, in its sentence, gives it its day
CLOCK_GAP_MINUTES = 180  # a planned time this much earlier than the writing time is tomorrow

Candidate = tuple[int, int, Rule, re.Match[str]]
# Each rule with the words of which every match holds one (None: none worked out) and whether it
# ignores case: a text without any of them is not searched (``regexscan.required_words``); and
# the rule's case-sensitive form for the lower-cased text (``regexscan.lowered_pattern``); and
# the scans of the rule and of that form that skip to the word starts (``regexscan.start_scan``)
RULE_WORDS = tuple((rule, required_words(rule.pattern), bool(rule.pattern.flags & re.IGNORECASE),
                    lower, start_scan(rule.pattern), lower and start_scan(lower))
                   for rule in RULES for lower in [lowered_pattern(rule.pattern)])
Reference = tuple[int, dt.date, str]  # (end offset, first day, unit)


def _rule_matches(rule: Rule, lower: re.Pattern[str], text: str, lowered: str,
                  scan: StartScan | None = None, starts: list[int] | None = None
                  ) -> list[re.Match[str]]:
    """The matches of ``rule`` in ``text``, found by ``lower`` (its case-sensitive lower-cased
    form) in ``lowered`` and re-made by the rule at each start for the groups; the rule's own
    scan if a re-made match differed (never expected: then the forms are not equivalent).
    ``scan`` is ``lower``'s ``StartScan``, with ``starts`` the ``other_starts`` of ``lowered``."""
    out = []
    spans = (scan.spans(lowered, starts) if scan is not None and starts is not None
             else [low.span() for low in lower.finditer(lowered)])
    for start, end in spans:
        m = rule.pattern.match(text, start)
        if m is None or m.end() != end:
            return list(rule.pattern.finditer(text))
        out.append(m)
    return out


def _scanned_matches(rule: Rule, scan: StartScan, text: str, starts: list[int]
                     ) -> list[re.Match[str]]:
    """``rule.pattern.finditer(text)`` found by its ``StartScan`` (``starts``: the
    ``other_starts`` of ``text``)."""
    match = rule.pattern.match
    return [match(text, start) for start, _end in scan.spans(text, starts)]  # type: ignore[misc]


DAY_SPAN_RULES = frozenset({"day_range", "month_day_range"})  # "19-20 Nov", "Nov 19-20"
CLOCK_AFTER_RE = re.compile(r"\s?[:.]\d")  # "Dec. 18 - 11:14 pm": a day and a clock time


def day_span(m: re.Match[str], text: str) -> bool:
    """Whether a match of a span of days is one: its first day before its last, and its
    last number no hour of a clock time ("Dec. 18 - 11:14 pm" is a day and a time; "a
    30-7 Oct. 19 loss" a score before a day). A match that is none is no candidate, so the
    day it holds is still found by the rules for one day."""
    first, last = (int(re.sub(r"\D", "", m[k])) for k in ("d1", "d2"))
    return first < last and CLOCK_AFTER_RE.match(text, m.end()) is None


def find_candidates(text: str, lower_scan: bool = True) -> list[Candidate]:
    """Longest non-overlapping rule matches over ``text``, in text order.

    A rule that ignores case is searched in its case-sensitive lower-cased form over the
    lower-cased text (the engine then skips by its literal characters) when lower-casing keeps
    every character one character and no character folds to an ASCII one ignoring case; a rule
    (or form) that opens with ``(?<![\\w-])`` is searched from the word starts after a space or a
    newline and tried at the few others (``regexscan.StartScan``). ``lower_scan=False``
    searches every rule as it is, with ``finditer`` (the same candidates)."""
    found: list[Candidate] = []
    lowered = text.lower()
    present: dict[str, bool] = {}  # trigger word -> in the text (rules share many)
    cased: dict[str, bool] = {}  # a case-sensitive rule's required word -> in the text
    folds: bool | None = None  # the text holds a non-ASCII letter that folds to an ASCII one
    scan_lowered: bool | None = None if lower_scan and len(lowered) == len(text) else False
    starts: list[int] | None = None  # regexscan.other_starts of the text
    lowered_starts: list[int] | None = None  # ... and of the lower-cased text
    for rule, words, fold, lower, word_scan, lower_word_scan in RULE_WORDS:
        if rule.needs and not any(present[w] if w in present else
                                  present.setdefault(w, w in lowered) for w in rule.needs):
            continue  # rule.applies(lowered) is False
        if words is not None:  # regexscan.may_contain, with the tests shared between rules
            if not fold:
                if not any(cased[w] if w in cased else cased.setdefault(w, w in text)
                           for w in words):
                    continue
            else:
                if folds is None:
                    folds = holds_folding(text)
                if not folds and not any(present[w] if w in present else
                                         present.setdefault(w, w in lowered) for w in words):
                    continue
        if lower is not None and scan_lowered is not False:
            if scan_lowered is None:
                if folds is None:
                    folds = holds_folding(text)
                scan_lowered = not folds
        if lower is not None and scan_lowered:
            if lower_word_scan is not None and lowered_starts is None:
                lowered_starts = other_starts(lowered)
            matches: Iterable[re.Match[str]] = _rule_matches(rule, lower, text, lowered,
                                                             lower_word_scan, lowered_starts)
        elif word_scan is not None and lower_scan:
            if starts is None:
                starts = other_starts(text)
            matches = _scanned_matches(rule, word_scan, text, starts)
        else:
            matches = rule.pattern.finditer(text)
        for m in matches:
            if m.end() > m.start() and not BLANK_LINE_RE.search(m[0]) and \
                    (rule.name not in DAY_SPAN_RULES or day_span(m, text)):
                found.append((m.start(), m.end(), rule, m))
    found.sort(key=lambda c: (-(c[1] - c[0]), RULE_ORDER[c[2].name], c[0]))
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    for c in found:
        if any(c[0] < e and s < c[1] for s, e in occupied):
            continue
        taken.append(c)
        occupied.append((c[0], c[1]))
    return sorted(taken, key=lambda c: c[0])


def _resolve(c: Candidate, anchor: dt.date | None, tense: str | None) -> Value | None:
    """Resolve one candidate to (type, value); None past the calendar's range (year 9999)."""
    try:
        return c[2].resolve(c[3], anchor, tense)
    except OverflowError:
        return None


def normalize(text: str, anchor: dt.date | None, tense: str | None = None
              ) -> tuple[str, str | None]:
    """The TIMEX3 (type, value) of one expression; value None when it cannot be resolved."""
    t = text.strip()
    if BARE_YEAR_RE.fullmatch(t):
        return "DATE", t
    for rule in RULES:
        m = rule.pattern.fullmatch(t)
        if m:
            out = rule.resolve(m, anchor, tense)
            if out:
                return out
    cands = find_candidates(t)
    for c in sorted(cands, key=lambda c: -(c[1] - c[0])):
        out = _resolve(c, anchor, tense)
        if out:
            return out
    return "DATE", None


def _span_root(doc: Any, start: int, end: int) -> Any | None:
    """The syntactic root of the tokens covering the char span, or None (no parse, no tokens)."""
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governing_verb(doc: Any, start: int, end: int) -> Any | None:
    """The verb governing the char span (None for a noun's modifier, or no verb near)."""
    tok = _span_root(doc, start, end)
    if tok is None:
        return None
    if tok.dep_ in NOUN_MODIFIER_DEPS and tok.head.pos_ in ("NOUN", "PROPN"):
        return None
    root = tok
    for _ in range(MAX_HEAD_HOPS):
        if tok.pos_ in VERB_POS and not noun_in_use(tok):  # 'whose phone [calls] on Saturday'
            break
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    if tok.pos_ not in VERB_POS or noun_in_use(tok):
        return None
    return _reporting_head(root, tok) or tok


def _reporting_head(root: Any, verb: Any) -> Any | None:
    """The reporting verb a time phrase standing between it and its reported clause's
    subject belongs to, where the parser hung it on the reported verb ("said on Monday it
    could cut jobs", "told reporters in January he would resign": the saying is dated, the
    clause's own time would follow its verb); None when the phrase is the clause's own."""
    head = verb.head
    if verb.dep_ not in REPORTED_CLAUSE_DEPS or head.i >= root.i or head.pos_ not in VERB_POS \
            or head.lemma_.lower() not in REPORTING_LEMMAS:
        return None
    phrase = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
    if phrase.head.i != verb.i or phrase.left_edge.i <= head.i:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or phrase.right_edge.i >= subjects[0].left_edge.i:
        return None
    return head


def tense_at(doc: Any, start: int, end: int) -> str | None:
    """'past', 'future', 'present' or None: the tense of the verb governing the char span;
    a present only for a time set on the verb itself ("begins on Sunday"), not one that
    dates a noun on the way ("a premium over Thursday's price")."""
    if _new_date(doc, start, end) or committed_start(doc, start, end) is not None:
        return "future"
    tok = _governing_verb(doc, start, end)
    tense = None if tok is None else _verb_tense(tok)
    if tense == "present" and not _on_verb(_span_root(doc, start, end), tok):
        return None
    return tense


def _new_date(doc: Any, start: int, end: int) -> bool:
    """Whether the char span is the date an event was moved to: the object of "to", "until"
    or "for" on a rescheduling verb ("the vote was postponed to Thursday", "the rally was
    put off until Saturday"); the date it was moved from keeps the verb's tense."""
    root = _span_root(doc, start, end)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in GOAL_PREPS:
        return False
    verb = root.head.head
    if verb.dep_ in ("prt", "advmod") and verb.head.i != verb.i:
        verb = verb.head  # "pushed back to", "brought forward to"
    if verb.dep_ == "acl" and _verb_beside(verb):
        return False  # a reduced participle: its clause tells the tense ("The truce, extended
        # to Friday, held on Wednesday" is a past Friday; "The vote, postponed to Thursday,
        # will decide" a coming one)
    return verb.pos_ in VERB_POS and verb.lemma_.lower() in RESCHEDULING_LEMMAS


def committed_start(doc: Any, start: int, end: int) -> Any | None:
    """The verb of agreeing, ordering or announcing when the char span is when something agreed, ordered or announced is to start or
    end ("agreed on Monday to a ceasefire from midnight on Wednesday", "ordered a curfew
    starting Friday", "agreed to withdraw by Friday"): reckoned forward from the act, not
    back by the act's past tense. The act is found up the head chain through nouns,
    prepositions, infinitives and bare participles; another finite verb on the way ("the
    fighting that started on Wednesday", "said troops had left by Friday") keeps its tense;
    None when it is not."""
    if doc is None or not START_END_RE.search(doc_text(doc)[max(0, start - 40):start]):
        return None
    tok = _span_root(doc, start, end)
    if tok is None:
        return None
    for _ in range(MAX_HEAD_HOPS + 2):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ not in VERB_POS:
            continue
        if tok.lemma_.lower() in COMMITTING_LEMMAS:
            return tok
        aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.tag_ in PARTICIPLE_TAGS and not aux or (tok.tag_ == "VB" and aux and
                                                       all(a.tag_ == "TO" for a in aux)):
            continue  # "starting Friday", "shops closed until", "to withdraw by Friday"
        return None
    return None


def _verb_beside(participle: Any) -> bool:
    """Whether the participle's sentence has another verb outside the participle's own
    phrase (a clause that tells the time; the small model may tag its past as a participle
    too), as a headline ("Vote postponed to Thursday") has not."""
    inside = {t.i for t in participle.subtree}
    return any(t.pos_ in VERB_POS and t.i not in inside for t in participle.sent)


def _on_verb(root: Any, verb: Any) -> bool:
    """Whether a time expression's root hangs on the verb directly or through a preposition
    and its object ("4 a.m." under "at"), not through a noun it dates ("Sunday's vote")."""
    if root is None or root.dep_ == "poss":
        return False
    t = root
    while t.i != verb.i:
        if t.i != root.i and t.pos_ != "ADP" and t.dep_ not in TIME_OBJECT_DEPS:
            return False
        if t.head.i == t.i:
            return False
        t = t.head
    return True


def _verb_tense(tok: Any) -> str | None:
    """'past', 'future', 'present' or None: the tense of one verb with its auxiliaries
    ('present': a simple or progressive present that can tell a scheduled event)."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX for a in aux) or (tok.lower_ in FUTURE_AUX):
        return "future"
    if tok.tag_ == "VBG" and any(a.lower_ in ("is", "are", "'s", "'re") for a in aux) and \
            tok.lower_ == "going":
        return "future"
    if tok.tag_ in PAST_TAGS or any(a.tag_ in PAST_TAGS for a in aux):
        return "past"
    if tok.tag_ == "VBN" and any(a.lower_ in ("has", "have", "had") for a in aux):
        return "past"
    if _scheduling_copula(tok):
        return "future"  # "talks are due on Friday", "the vote is set for Tuesday"
    # a base form, or a passive on "be" ("would be repaid", "to be signed"), looks ahead
    base = tok.tag_ == "VB" or (tok.tag_ == "VBN" and any(a.lower_ == "be" for a in aux) and
                                not any(a.lower_ in ("have", "has", "had") for a in aux))
    if base and any(a.tag_ == "MD" for a in aux):
        return "future"  # "said X would meet on Thursday": after the report, not before it
    if base and any(a.tag_ == "TO" for a in aux) and _scheduled_noun(tok.head):
        return "future"  # "with the truce due to start on Wednesday": the noun's schedule
    if base and any(a.lower_ in MODAL_FORWARD or a.tag_ == "TO" for a in aux):
        # an infinitive under a past clause ("agreed to buy the firm in January", "had been
        # due to expire Friday") is neither before nor after the publication date by its
        # form: no tense, so a month takes the nearest reading and a weekday the last one
        return None if _governed_by_past(tok) else "future"
    if (tok.tag_ in ("VBZ", "VBP") or (tok.tag_ == "VB" and _has_subject(tok))) and not aux:
        # a simple present dates what is scheduled ("the truce begins on Sunday"); a
        # reporting verb's present is the narrative one ("the ministry says Monday")
        if tok.lemma_.lower() in REPORTING_LEMMAS:
            return None
        if _headline(tok) and not _schedules(tok):
            return None  # a headline's present tells what happened ("Russia pounds Kyiv on Sunday")
        return "present"
    if tok.tag_ == "VB" and aux and all(a.lemma_.lower() == "do" and a.tag_ in PRESENT_TAGS
                                        for a in aux):
        return "present"  # "if they do not leave by Tuesday": a present with 'do'
    if aux and all(a.lower_ in PRESENT_AUX for a in aux) and (
            (tok.tag_ == "VBG" and tok.lemma_.lower() not in REPORTING_LEMMAS) or
            (tok.tag_ == "VBN" and tok.lemma_.lower() in SCHEDULED_PARTICIPLES)):
        return "present"  # "ministers are meeting on Monday", "the vote is scheduled Friday"
    if tok.tag_ in PARTICIPLE_TAGS and not aux:
        return _participle_tense(tok)
    return None


def _scheduled_noun(governor: Any) -> bool:
    """Whether an infinitive's governor is a word of schedule that describes a noun, not the
    predicate of a clause ("the truce, due to expire on Friday", "with talks scheduled to
    resume on Monday"; not "had been due to expire"): what it dates is ahead of the report,
    whatever the tense of the clause around the noun."""
    if governor.lemma_.lower() not in SCHEDULED_PARTICIPLES or governor.dep_ in ("acomp", "ROOT"):
        return False
    if governor.tag_ == "JJ":
        return True
    return governor.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass")
                                              for c in governor.children)


def _headline(tok: Any) -> bool:
    """Whether a verb stands in a headline: a line of its own with no closing punctuation."""
    sent = tok.sent
    text = doc_text(sent.doc)
    end = sent.end_char
    while end > sent.start_char and text[end - 1].isspace():
        end -= 1
    if end == sent.start_char or text[end - 1] in HEADLINE_CLOSERS:
        return False
    before = sent.start_char
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    return (before == 0 or text[before - 1] == "\n") and (after == len(text) or text[after] == "\n")


def _schedules(tok: Any) -> bool:
    """A verb that tells a schedule even in a headline: "truce begins at 4 a.m.", "takes effect"."""
    return tok.lemma_.lower() in SCHEDULE_LEMMAS or any(
        c.lemma_.lower() == "effect" for c in tok.children if c.dep_ in ("dobj", "pobj", "prep"))


def _scheduling_copula(tok: Any) -> bool:
    """A present "be" whose predicate is a scheduling word ("talks are due on Friday", "the
    vote is set for Tuesday"): what it dates is still ahead."""
    return tok.lemma_.lower() == "be" and tok.tag_ in PRESENT_TAGS and any(
        c.dep_ == "acomp" and c.lemma_.lower() in SCHEDULED_PARTICIPLES for c in tok.children)


def _has_subject(tok: Any) -> bool:
    """Whether a verb has a subject of its own: a base form with one and no auxiliary is a
    present the tagger took for an infinitive ("talks start tomorrow")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _participle_tense(tok: Any) -> str | None:
    """The tense of a bare participle: a past participle ("the year ended March 31", "a
    high set on Aug. 6", "the terms, announced Friday") is past unless it schedules
    ("expected Friday"); an -ing clause ("rising to a high in June") takes the tense of
    the clause it hangs from."""
    if tok.tag_ == "VBN":
        if tok.lemma_.lower() not in PROSPECTIVE_VERBS and not _set_for(tok):
            return "past"
        # "the summit, planned for Friday, will go ahead": the clause it is said in looks
        # ahead, and so does a plan standing alone ("Talks set for Friday", a headline);
        # under a past or present clause the plan alone tells no direction
        if tok.dep_ == "ROOT" or (tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and
                                  tok.head.pos_ not in VERB_POS):
            return "future"
        clause = tok.head.head if tok.dep_ == "acl" and tok.head.head.i != tok.head.i else None
        if clause is not None and clause.pos_ in VERB_POS and _verb_tense(clause) == "future":
            return "future"
        return None
    if tok.dep_ in PARTICIPLE_DEPS and tok.head.i != tok.i and tok.head.pos_ in VERB_POS:
        return _verb_tense(tok.head)
    return None


def _set_for(tok: Any) -> bool:
    """A bare "set" with a "for" phrase is a plan ("talks set for Friday"); "set on" or "set
    in" dates the setting ("a record set on Aug. 6")."""
    return tok.lemma_.lower() == "set" and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)


def _governed_by_past(tok: Any) -> bool:
    """Whether an infinitive hangs off a past-tense clause ('had been due to expire'); a
    participle with a present auxiliary keeps it out of a past clause above ("talks are set
    to resume on Monday, officials said": still ahead)."""
    head = tok.head
    for _ in range(MAX_HEAD_HOPS):
        if head.i == tok.i or head.head.i == head.i and head.pos_ not in VERB_POS:
            return False
        aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        if head.tag_ in PAST_TAGS or any(c.tag_ in PAST_TAGS for c in aux):
            return True
        if head.tag_ in PRESENT_TAGS or any(c.tag_ in PRESENT_TAGS for c in aux):
            return False  # "said talks are to be held on Monday", "... are due to resume"
        if aux or (head.pos_ == "VERB" and head.tag_ != "VBN"):
            return False  # a clause with a tense of its own: "are set to resume on Monday"
        tok, head = head, head.head
    return False


def _finite_past(doc: Any, start: int, end: int) -> bool:
    """Whether the char span dates a past-tense verb directly: the bare noun or the object
    of "in"/"on" under a simple past verb ("changed ... in December") or a bare past
    participle ("the quarter ended Oct. 31"); a goal or deadline ("extended to Nov. 20",
    "until mid-November", "payable Dec. 1"), a perfect ("has set Nov. 10 as the deadline"),
    an infinitive ("agreed to meet in December") or a scheduling verb is not."""
    tok = _span_root(doc, start, end)
    if tok is None:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in LOCATING_PREPS:
        tok = tok.head
    elif tok.dep_ not in ("npadvmod", "tmod", "obl"):
        return False
    verb = tok.head
    if verb.i == tok.i or verb.pos_ not in VERB_POS or verb.lemma_.lower() in PROSPECTIVE_VERBS:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (verb.tag_ == "VBD" and not aux) or (verb.tag_ == "VBN" and not aux)


def _past_before_anchor(c: Candidate, value: str | None, anchor: dt.date | None, doc: Any,
                        since: bool = False) -> str | None:
    """A month or day without a year told by a past verb lies before the publication date
    (TimeML resolves it against the DCT with the governing verb's tense): "changed ... in
    December" or "the quarter ended Oct. 31" in a late-October article is last year's; so
    is one after "since", which starts a period reaching up to now ("the worst day since
    Oct. 7" in a September article)."""
    if anchor is None or not value or c[2].name not in YEARLESS_RULES:
        return value
    groups = c[3].groupdict()
    if groups.get("year") or groups.get("rel") or not MONTH_OR_DAY_RE.fullmatch(value):
        return value
    if value <= anchor.isoformat()[:len(value)] or not (since or _finite_past(doc, c[0], c[1])):
        return value
    if len(value) == 10 and (dt.date.fromisoformat(value) - anchor).days <= CLOCK_SLIP_DAYS:
        return value  # a day just after the publication date: a time-zone or dateline slip
    earlier = f"{int(value[:4]) - 1:04d}{value[4:]}"
    try:
        dt.date.fromisoformat(earlier if len(earlier) == 10 else f"{earlier}-01")
    except ValueError:
        return value  # 29 February
    return earlier


def _report_verb(doc: Any, start: int, end: int) -> Any | None:
    """The past reporting verb a backshifted modal clause holding the char span hangs from
    ("officials said on Monday the envoy would travel on Friday": said), else None; "will"
    keeps the writer's present ("said Monday that talks will open Tuesday": still ahead)."""
    tok = _span_root(doc, start, end)
    for _ in range(MAX_HEAD_HOPS):
        if tok is None or tok.pos_ in VERB_POS or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok is None or tok.pos_ not in VERB_POS or not any(
            c.dep_ == "aux" and c.lower_ in BACKSHIFTED_MODALS for c in tok.children):
        return None
    head = tok.head
    return head if tok.dep_ in REPORTED_DEPS and head.tag_ in PAST_TAGS else None


def _bare_weekday(c: Candidate) -> bool:
    """Whether the candidate is a weekday with no week of its own ("Friday", "midnight on
    Friday"; not "last Friday", "Friday next week")."""
    if c[2].name == "weekday":
        return not (c[3]["rel"] or c[3]["week"])
    groups = c[3] if isinstance(c[3], dict) else c[3].groupdict()
    return c[2].name == "clock_day" and bool(groups.get("wd"))


def _report_day(c: Candidate, cands: list[Candidate], doc: Any, anchor: dt.date | None
                ) -> dt.date | None:
    """The day a future-in-past weekday counts from: the day of the statement it was said
    in, or of the agreement, order or announcement that set it going, when the text dates
    that act before the anchor ("said on Monday the envoy would travel on Friday": the
    Friday after that Monday; "agreed on Tuesday to a ceasefire from midnight on
    Wednesday": the Wednesday after that Tuesday), else None (the anchor)."""
    if anchor is None or not _bare_weekday(c):
        return None
    verb = _report_verb(doc, c[0], c[1]) or committed_start(doc, c[0], c[1])
    if verb is None:
        return None
    for other in cands:
        if other is c or other[2].name not in REPORT_DAY_RULES:
            continue
        span = doc.char_span(other[0], other[1], alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        if root is None or not (root.head.i == verb.i or (root.head.dep_ == "prep" and
                                                          root.head.head.i == verb.i)):
            continue
        res = _resolve(other, anchor, "past")
        day = res[1] if res and res[0] == "DATE" else None
        if day and len(day) == 10 and (when := dt.date.fromisoformat(day)) < anchor:
            return when
    return None


def _spacy_extra(doc: Any, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """spaCy DATE/TIME entities that no rule matched."""
    if doc is None:
        return []
    out = []
    for ent in doc_ents(doc):
        if ent.label_ in SPACY_LABELS and not any(
                ent.start_char < e and s < ent.end_char for s, e in taken):
            out.append((ent.start_char, ent.end_char, ent.label_))
    return out


def _lead(span_text: str) -> int:
    """Length of a leading preposition ('on ', 'for ') that TIMEX3 spans leave out."""
    m = LEADING_JUNK_RE.match(span_text)
    return m.end() if m and m.end() < len(span_text) else 0


def _period_comparison(c: Candidate, value: str | None, period: str | None) -> str | None:
    """'A year earlier' after a quarter is that quarter a year before (2024-Q3 -> 2023-Q3)."""
    if value is None or period is None or c[2].name not in YEAR_BACK_RULES:
        return value
    if not (YEAR_RE.fullmatch(value) or QUARTER_RE.fullmatch(value)) or \
            "year" not in c[3][0].lower():
        return value
    if c[2].name == "ago" and number_of(c) != 1:
        return value
    return f"{int(period[:4]) - 1}{period[4:]}"


def _period_in_view(c: Candidate, value: str | None, period: str | None,
                    quarter: str | None) -> str | None:
    """"The latest period" is the reporting quarter in view; "the 1988 quarter" that
    quarter's number in the year named, even after a longer period ("last year") took the
    view; "the 1989 period" the period in view in that year, its year when a longer period
    is in view or none was named."""
    name = c[2].name
    if name == "latest_period":
        return period or value
    if name != "year_period" or value is None:
        return value
    year = c[3]["year"]
    if c[3]["unit"].lower() == "quarter":
        seen = period or quarter
        return f"{year}{seen[4:]}" if seen else value
    return f"{year}{period[4:]}" if period else value


def _longer_period(c: Candidate, typ: str, value: str | None) -> bool:
    """Whether a candidate names a reporting period longer than a quarter, after which a
    comparison with "a year earlier" is at the year: a half or the nine months ("for the
    nine months", "the first half") or a year named relative to the publication date
    ("last year", "the year")."""
    if not value:
        return False
    if typ == "DURATION":
        return value in LONGER_PERIODS
    return c[2].name in ("relative_unit", "the_year", "year_part") and bool(
        re.fullmatch(r"\d{4}(?:-H[12])?", value))


def _unit_of(c: Candidate) -> str:
    """The calendar unit a reference-relative candidate counts in ('day', 'month', ...)."""
    groups = c[3].groupdict()
    unit = next((groups[k] for k in ("unit", "unit2", "unit3") if groups.get(k)), "day")
    unit = unit.lower().rstrip("s")
    return "day" if unit in PARTS_OF_DAY or unit in ("hour", "minute", "second") else unit


def _reference_relative(c: Candidate, tense: str | None = None) -> bool:
    """Whether a candidate counts from the text's reference time, not the publication
    date: "the next day", "that month", "two days later", "the following year", and "the
    next year" told in the past ("signed in 2019; the next year, it collapsed": 2020; "the
    next year will be hard" is the year after the publication date)."""
    name, text = c[2].name, c[3][0]
    if name == "ref_day":
        return True
    if name == "ago":
        return c[3]["dir"].lower() in ("later", "earlier", "after", "before")
    return name == "relative_unit" and bool(FOLLOWING_RE.match(text) or (
        tense == "past" and THE_NEXT_RE.match(text)))


def _reference_for(c: Candidate, ref: Reference | None, tense: str | None = None
                   ) -> tuple[dt.date, str | None] | None:
    """The reference date a reference-relative candidate resolves against (the last date
    mentioned within REF_WINDOW characters), with the reference's unit when it is coarser
    than the candidate's ("in June 2019 ... the next day" is only known to the month)."""
    if ref is None or not _reference_relative(c, tense) or c[0] - ref[0] > REF_WINDOW:
        return None
    need = GRANULARITY.get(_unit_of(c), GRANULARITY["day"])
    return ref[1], (ref[2] if GRANULARITY[ref[2]] > need else None)


def _truncate(value: str, unit: str) -> str:
    """A date value cut to a coarser unit (2019-06-14 at month -> 2019-06; a week at the
    month of its Monday, 2019-W11 -> 2019-03)."""
    week = re.fullmatch(r"(\d{4})-W(\d\d)", value)
    if week and unit in ("month", "year"):
        value = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat()
    keep = {"week": 10, "month": 7, "year": 4}.get(unit, len(value))
    if unit == "week":
        r = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
        if r:
            y, w, _ = dt.date(int(r[1]), int(r[2]), int(r[3])).isocalendar()
            return f"{y}-W{w:02d}"
    return value[:keep]


def _as_reference(c: Candidate, typ: str, value: str | None) -> Reference | None:
    """A dated expression as the new reference time: (end offset, first day, unit)."""
    if typ not in ("DATE", "TIME") or not value:
        return None
    for pattern, unit in REFERENCE_SHAPES:
        m = pattern.match(value)
        if m:
            try:
                return c[1], _first_day(m, unit), unit
            except ValueError:
                return None
    return None


def _first_day(m: re.Match[str], unit: str) -> dt.date:
    """The first day of a matched date value at its unit."""
    year = int(m["y"])
    if unit == "day":
        return dt.date(year, int(m["m"]), int(m["d"]))
    if unit == "week":
        return dt.date.fromisocalendar(year, int(m["w"]), 1)
    if unit == "month":
        return dt.date(year, int(m["m"]), 1)
    return dt.date(year, 1, 1)


def _same_weekday(c: Candidate, typ: str, value: str | None, seen: dict[str, str]
                  ) -> str | None:
    """A bare weekday named again in one article is the same day ("talks Tuesday ... the
    focus of Tuesday's talks"): its first bare mention's resolution is kept ("Monday of last
    week" names its own day)."""
    if c[2].name != "weekday" or typ != "DATE" or not value or c[3]["rel"] or c[3]["week"]:
        return value
    name = c[3]["wd"].lower()
    return seen.setdefault(name, value)


def _later_as_duration(c: Candidate, typ: str, value: str | None
                       ) -> tuple[str, str | None, str | None]:
    """"Three days later" is a DURATION (P3D, as TimeML annotates it) whose ``point`` is
    the date it reaches from the reference time; other candidates pass unchanged."""
    if c[2].name != "ago" or c[3]["dir"].lower() not in ("later", "after") or typ != "DATE":
        return typ, value, None
    n = number(c[3]["num"])
    span = duration(n, unit_of(c[3]["unit"])) if isinstance(n, int | float) else None
    return ("DURATION", span, value) if span else (typ, value, None)


def _in_from_now(c: Candidate, typ: str, value: str | None, tense: str | None,
                 anchor: dt.date | None, doc: Any) -> tuple[str, str | None]:
    """"In five years" on a future verb ("the bonds will be repaid in five years") is the
    date that far after the anchor, as TimeML annotates it (a DATE at the unit's
    granularity); "within five years", "in the next two weeks", a past verb ("built in five
    years"), an unmeasured count ("in a few days"), a range ("in a year or two") and an "in"
    on a noun or adjective ("the first vote in 20 years", "the highest in a decade") keep
    the DURATION."""
    if c[2].name != "duration" or typ != "DURATION" or tense != "future" or anchor is None \
            or doc is None or c[3][0].lower().startswith(("the ", "for ")) or \
            c[3]["half"] or c[3]["half2"]:
        return typ, value
    root = _span_root(doc, c[0], c[1])
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "in" or \
            root.head.head.pos_ not in VERB_POS or (
                root.i + 1 < len(doc) and doc[root.i + 1].lower_ in ("or", "to")):
        return typ, value  # "in a year or two": a range, no point
    n = number(c[3]["num"])
    unit = unit_of(c[3]["unit"])
    if not isinstance(n, int | float) or not float(n).is_integer() or unit in TIME_UNITS:
        return typ, value
    point = shifted(anchor, int(n), unit)
    return ("DATE", point) if point else (typ, value)


def number_of(c: Candidate) -> float | str | None:
    """The count of an 'N units ago' candidate."""
    return number(c[3]["num"])


def _tense_span(c: Candidate) -> tuple[int, int]:
    """The char span whose governing verb gives a candidate its tense: for a clock time
    followed by its day ("would open at 9:15 a.m. local time on Friday"), the clock's
    own number, which the verb governs even when a parse splits the rest off into a
    fragment of its own."""
    if c[2].name not in CLOCK_DAY_RULES:
        return c[0], c[1]
    groups = c[3].groupdict()
    ends = [c[3].end(g) for g in ("word", "min", "h") if groups.get(g)]
    return c[0], max(ends) if ends else c[1]


def _minutes(m: re.Match[str]) -> int | None:
    """Minutes after midnight of a stamp clock ("21:40", "6:15 pm")."""
    hh, mm = int(m["h"]), int(m["min"])
    ampm = (m.groupdict().get("ampm") or "").lower()
    if ampm == "p" and hh < 12:
        hh += 12
    if ampm == "a" and hh == 12:
        hh = 0
    return hh * 60 + mm if hh <= 23 else None


def _stamp_on_day(line: str, anchor: dt.date) -> bool:
    """Whether a page stamp line names no day other than the publication date ("Updated:
    March 4, 2025, 6:15 pm"; a numeric day may be written either way round)."""
    for c in find_candidates(line):
        if c[2].name == "numeric":
            m = c[3]
            y = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
            days = {(int(m["m"]), int(m["d"])), (int(m["d"]), int(m["m"]))}
            if y != anchor.year or (anchor.month, anchor.day) not in days:
                return False
        elif c[2].name in ("month_day_year", "day_month_year", "iso"):
            res = _resolve(c, anchor, None)
            if res and res[1] and res[1][:10] != anchor.isoformat():
                return False
    return True


def page_clock(stamps: list[str], text: str, anchor: dt.date | None) -> int | None:
    """The time of day the page was last written, in minutes after midnight: the latest
    clock of its publication or update stamps on the publication day ("Updated 21:40 GMT",
    "Published on: 04/03/2025 - 08:00 Modified: ... - 08:30") or of its live entries
    ("21:35 GMT: ..."); None when the page states none."""
    if anchor is None:
        return None
    found = [_minutes(m) for line in stamps if STAMP_LABEL_RE.match(line)
             and _stamp_on_day(line, anchor) for m in STAMP_CLOCK_RE.finditer(line)]
    found += [_minutes(m) for m in ENTRY_STAMP_RE.finditer(text)]
    known = [f for f in found if f is not None]
    return max(known) if known else None


def _writing_clock(at: int, text: str, page: int | None) -> int | None:
    """The time the text at offset ``at`` was written: the stamp of the live entry holding
    it ("16:05 GMT: ..."), else the page's own time."""
    entry = None
    for m in ENTRY_STAMP_RE.finditer(text, 0, at):
        entry = m
    return _minutes(entry) if entry is not None else page


def _day_beside(c: Candidate, cands: list[Candidate], text: str) -> bool:
    """Whether a day is named right beside a clock time in its sentence ("5 a.m. (0300 GMT)
    on Thursday", "Sunday at 8 p.m."): the day is then the text's, not the clock's."""
    for o in cands:
        if o is c or o[2].name not in DAY_RULES:
            continue
        gap = text[c[1]:o[0]] if o[0] >= c[1] else text[o[1]:c[0]]
        if len(gap) <= DAY_BESIDE_CHARS and not re.search(r"[.;!?\n]\s", gap + " "):
            return True
    return False


def _next_day_clock(c: Candidate, value: str | None, tense: str | None,
                    cands: list[Candidate], text: str, page: int | None) -> str | None:
    """A clock time with no day of its own under a future or scheduling present verb but
    well before the time its text was written ("the curfew will start at 5 a.m.", "the
    truce begins at 4 a.m." on a page written at 23:10) is the next day's: TimeML resolves
    it against the document's date and time. Not a past verb's (the text says nothing of
    the next day), not midnight (the boundary of two days, spread over both downstream)
    and not a clock with a day beside it."""
    if tense not in ("future", "present") or c[2].name not in CLOCK_RULES or not value or not re.fullmatch(
            r"\d{4}-\d\d-\d\dT\d\d:\d\d", value) or \
            (c[3].groupdict().get("word") or "").lower() == "midnight":
        return value
    written = _writing_clock(c[0], text, page)
    if written is None or _day_beside(c, cands, text):
        return value
    at = int(value[11:13]) * 60 + int(value[14:16])
    if written - at < CLOCK_GAP_MINUTES:
        return value
    day = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=1)
    return f"{day.isoformat()}{value[10:]}"


def extract_times(text: str, anchor: dt.date | None, doc: Any = None,
                  stamps: list[str] | None = None, published_clock: int | None = None,
                  dateline: tuple[int, int] | None = None) -> list[TimeExpr]:
    """All time expressions of ``text`` with TIMEX3 values; ``stamps``: the page's
    publication or update lines removed from the text ("Updated 21:40 GMT");
    ``published_clock``: the time of day of the given publication timestamp, in minutes
    after midnight (the page was written at the latest of it and its stamps);
    ``dateline``: the span of the dateline's date ("MOSCOW, June 4 (Wire) -"), the day
    the report was filed, which is no time expression of its text."""
    out: list[TimeExpr] = []
    cands = find_candidates(text)
    if dateline is not None:
        cands = [c for c in cands if not (c[0] < dateline[1] and dateline[0] < c[1])]
    page = page_clock(stamps or [], text, anchor)
    if published_clock is not None and anchor is not None:
        page = published_clock if page is None else max(page, published_clock)
    period: str | None = None  # the reporting quarter in view (a longer period clears it)
    quarter: str | None = None  # the last reporting quarter mentioned
    ref: Reference | None = None  # the last date the text mentioned: its reference time
    weekdays: dict[str, str] = {}  # weekday name -> the day its first bare mention resolved to
    for c in cands:
        tense = tense_at(doc, *_tense_span(c))
        base = _reference_for(c, ref, tense)
        said = _report_day(c, cands, doc, anchor) if tense == "future" else None
        res = _resolve(c, base[0] if base else said or anchor, tense)
        if res is None:
            continue
        typ, value = res
        value = _next_day_clock(c, value, tense, cands, text, page)
        since = bool(SINCE_RE.search(text[max(0, c[0] - 8):c[0]]))
        if tense == "past" or since:
            value = _past_before_anchor(c, value, anchor, doc, since)
        if base and base[1] and value:  # counted from a coarser reference: keep its precision
            typ, value = "DATE", _truncate(value, base[1])
        value = _same_weekday(c, typ, value, weekdays)
        ref = _as_reference(c, typ, value) or ref
        typ, value, point = _later_as_duration(c, typ, value)
        typ, value = _in_from_now(c, typ, value, tense, anchor, doc)
        value = _period_in_view(c, value, period, quarter)
        compared = _period_comparison(c, value, period)
        if compared == value and value and QUARTER_RE.fullmatch(value) and \
                c[2].name not in YEAR_BACK_RULES and c[2].name != "year_period":
            period = quarter = value
        elif _longer_period(c, typ, value):
            period = None  # "for the nine months ... a year earlier": the year before
        value = compared
        anchored = value is not None and anchor is not None and \
            (_resolve(c, None, tense) or ("", None))[1] is None
        start = c[0] + _lead(text[c[0]:c[1]])
        out.append(TimeExpr(start, c[1], text[start:c[1]], typ, value, anchored, point))
    taken = [(t.start, t.end) for t in out] + ([dateline] if dateline is not None else [])
    for s, e, label in _spacy_extra(doc, taken):
        typ, value = normalize(text[s:e], anchor, tense_at(doc, s, e))
        if value is None:
            continue
        out.append(TimeExpr(s, e, text[s:e], "TIME" if label == "TIME" and typ == "DATE"
                            else typ, value, anchor is not None))
    out.sort(key=lambda t: t.start)
    return out


def times_component(ex: Extraction, ctx: Any) -> None:
    """Pipeline component: fill ``ex.times`` anchored on the publication date."""
    focus = focus_of(ex.doc)
    dateline = focus.dateline.date if focus is not None and focus.dateline is not None else None
    ex.times = extract_times(ex.article.text, ex.article.published_date, ex.doc,
                             [r.text for r in ex.article.removed],
                             ex.article.published_clock, dateline)
