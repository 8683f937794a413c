"""Claims: what an article (or a source it quotes) asserts about an event.

``claims_component`` fills ``ex.claims`` with normalised claims about
outcome (progress | no_progress | breakthrough), agreement (reached | none),
tone (productive | unproductive | constructive | tense | cordial), numbers
(duration as ISO 8601, counts of aircraft and the like, casualties) and
dates, from running text, headlines, bullet lists and summary tables
("Progress Towards Ceasefire | None"). Each claim keeps its span, the speaker
when it sits inside an attributed quote, and the event mention it is about:
one in the same sentence, else the nearest earlier one the sentence refers
to ("the call", "the talks"). The patterns are package data
(``data/claims.json``).
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire.annotate.regexscan import (
    first_char_guard,
    holds_folding,
    may_contain,
    required_words,
)
from eventwire.datenumbers import is_date_number
from eventwire.model import Claim, Extraction, Span

CLAIMS_FILE = Path(__file__).resolve().parent.parent / "data" / "claims.json"
IGNORECASE = int(re.IGNORECASE)  # an int: '&' with the flag enum itself runs Python code
TABLE_PIPES = 1  # a line with at least this many pipes (and two cells) is a table row
SEPARATOR_ROW = re.compile(r"^[\s|:\-]+$")
DATE_KINDS = ("DATE",)
CLOCK_WORD_RE = re.compile(r"\d:?\d|\d\s*[ap]\.?m|\bnoon\b|\bmidnight\b", re.IGNORECASE)
NAMED_DAY_RE = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|satur|sun)(?:day)?\b|"
                          r"\b(?:today|tomorrow|yesterday|tonight)\b|\b(?:jan|feb|mar|apr|may|"
                          r"jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|"
                          r"jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)  # a day a TIME names
REFERRING_KINDS = ("outcome", "agreement", "tone")  # judgements about earlier talks
ANAPHOR_RE = re.compile(r"\b(?:the|this|that|these)\s+$")


@dataclass(frozen=True)
class ClaimLexicon:
    """Compiled claim patterns and table vocabularies."""

    patterns: dict[str, list[tuple[str, re.Pattern]]]
    tone_context: re.Pattern
    numbers: list[tuple[str, re.Pattern]]
    number_words: dict[str, int]
    table_keys: dict[str, list[str]]
    table_values: dict[str, dict[str, list[str]]]
    event_nouns: re.Pattern
    event_types: frozenset[str]
    hedges: re.Pattern
    positive_values: frozenset[str]
    needs: dict[str, tuple[str, ...] | None] = field(default_factory=dict)  # pattern -> words


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> ClaimLexicon:
    """The claim lexicon from package data (or ``path``)."""
    data = json.loads(Path(path or CLAIMS_FILE).read_text(encoding="utf-8"))
    flags = re.IGNORECASE

    def compiled(pattern: str) -> re.Pattern:
        return first_char_guard(re.compile(pattern, flags))

    lex = ClaimLexicon(
        patterns={k: [(v, compiled(p)) for v, p in rows]
                  for k, rows in data["patterns"].items()},
        tone_context=compiled(data["tone_context"]),
        numbers=[(k, compiled(p)) for k, p, _ in data["numbers"]],
        number_words=data.get("number_words", {}),
        table_keys=data.get("table_keys", {}),
        table_values=data.get("table_values", {}),
        event_nouns=re.compile(data["event_nouns"], flags),
        event_types=frozenset(data.get("event_types", [])),
        hedges=re.compile(data.get("hedges", r"(?!)"), flags),
        positive_values=frozenset(data.get("positive_values", [])),
    )
    scanned = [p for rows in lex.patterns.values() for _, p in rows] + [p for _, p in lex.numbers]
    return dataclasses.replace(lex, needs={p.pattern: required_words(p) for p in scanned})


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text``."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _sentences(ex: Extraction) -> list[tuple[int, int]]:
    """Sentence bounds (from the parse when present, else lines), split at line breaks."""
    text = ex.article.text
    if ex.doc is not None:
        bounds = [(s.start_char, s.end_char) for s in ex.doc.sents]
    else:
        bounds = _lines(text)
    out = []
    for start, end in bounds:
        for lo, hi in _lines(text[start:end]):
            if text[start + lo:start + hi].strip():
                out.append((start + lo, start + hi))
    return out


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """True when ``span`` overlaps any of ``taken``."""
    return any(span[0] < e and s < span[1] for s, e in taken)


def text_claims(text: str, sent: tuple[int, int], lex: ClaimLexicon) -> list[Claim]:
    """Outcome, agreement and tone claims in one sentence."""
    start, end = sent
    chunk = text[start:end]
    out: list[Claim] = []
    for kind, rows in lex.patterns.items():
        if kind == "tone" and not lex.tone_context.search(chunk):
            continue
        taken: list[tuple[int, int]] = []
        for value, pattern in rows:
            for m in pattern.finditer(chunk):
                span = (start + m.start(), start + m.end())
                if value in lex.positive_values and _hedged(chunk, m.start(), lex):
                    continue
                if not _overlaps(span, taken):
                    taken.append(span)
                    out.append(Claim(kind, value, Span.of(text, *span)))
    return out


def _hedged(chunk: str, at: int, lex: ClaimLexicon) -> bool:
    """True when a positive outcome is only asked about or hoped for, not asserted."""
    return chunk.rstrip().endswith("?") or bool(lex.hedges.search(chunk[:at]))


def _number(token: str, words: dict[str, int]) -> int | None:
    """An integer from digits (with commas) or a number word."""
    token = token.replace(",", "").lower()
    if token.isdigit():
        return int(token)
    return words.get(token)


def number_claims(text: str, sent: tuple[int, int], lex: ClaimLexicon) -> list[Claim]:
    """Duration, count and casualty claims in one sentence."""
    start, end = sent
    chunk = text[start:end]
    out: list[Claim] = []
    for kind, pattern in lex.numbers:
        for m in pattern.finditer(chunk):
            n = _number(m.group(1), lex.number_words)
            if n is None or is_date_number(chunk, m.start(1), m.end(1)):
                continue
            span = Span.of(text, start + m.start(), start + m.end())
            out.append(Claim(kind, _number_value(kind, n, m.group(2).lower()), span))
    return out


def _number_value(kind: str, n: int, unit: str) -> Any:
    """The normalised value of a number claim."""
    if kind == "duration":
        return f"PT{n}{'M' if unit.startswith('minute') else 'H'}"
    if kind == "casualties":
        return {unit: n}
    return {"of": unit, "n": n}


def _row_cells(line: str) -> list[str]:
    """The cells of a pipe-table row."""
    return [c.strip() for c in line.strip().strip("|").split("|")]


def table_claims(text: str, lex: ClaimLexicon) -> list[Claim]:
    """Claims from summary-table rows such as "Progress Towards Ceasefire | None"."""
    out: list[Claim] = []
    for lo, hi in _lines(text):
        line = text[lo:hi]
        if line.count("|") < TABLE_PIPES or SEPARATOR_ROW.match(line):
            continue
        cells = _row_cells(line)
        if len(cells) < 2 or not cells[0]:
            continue
        claim = _row_claim(cells[0].lower(), cells[1].lower(), lex)
        if claim is not None:
            kind, value = claim
            end = lo + len(line.rstrip().rstrip("|").rstrip())
            out.append(Claim(kind, value, Span.of(text, lo, end)))
    return out


def _row_claim(key: str, value: str, lex: ClaimLexicon) -> tuple[str, str] | None:
    """(kind, value) of a table row whose key names an outcome, agreement or tone."""
    for kind, keys in lex.table_keys.items():
        if not any(re.search(rf"\b{re.escape(k)}", key) for k in keys):
            continue
        for norm, words in lex.table_values.get(kind, {}).items():
            if any(re.fullmatch(rf"{re.escape(w)}\b.*", value) for w in words):
                return kind, norm
    return None


def date_claims(ex: Extraction, sentences: list[tuple[int, int]]) -> list[Claim]:
    """Date claims: normalised dates in sentences that report an event."""
    triggers = [e.trigger.start for e in ex.events]
    out = []
    for t in ex.times:
        value = t.value if t.type in DATE_KINDS else _named_day(t)
        if not value:
            continue
        sent = next((s for s in sentences if s[0] <= t.start < s[1]), None)
        if sent and any(sent[0] <= p < sent[1] for p in triggers):
            out.append(Claim("date", value, Span(t.start, t.end, t.text)))
    return out


def _named_day(t: Any) -> str | None:
    """The day of a clock time that names it ("noon local time on Thursday", "5 a.m.
    tomorrow"), a date claim like the day alone; a bare clock time ("at 4 a.m.") names no
    day of its own and claims none (a part of day, "Monday evening", stays as before)."""
    if t.type != "TIME" or not t.value or not NAMED_DAY_RE.search(t.text) or \
            not CLOCK_WORD_RE.search(t.text):
        return None
    return t.value[:10] if re.fullmatch(r"\d{4}-\d\d-\d\dT.*", t.value) else None


def _speaker(claim: Claim, ex: Extraction) -> Any:
    """The speaker of the innermost attributed quote holding the claim, if any."""
    best = None
    for q in ex.quotes:
        if q.speaker is None:
            continue
        if q.content.start <= claim.span.start and claim.span.end <= q.content.end:
            if best is None or q.content.end - q.content.start < best.content.end - best.content.start:
                best = q
    return best.speaker if best else None


def _event_for(claim: Claim, sent: tuple[int, int] | None, ex: Extraction,
               lex: ClaimLexicon, lead: int | None = None) -> int | None:
    """The index of the event mention the claim is about, or None.

    ``lead`` is where the claim's context starts (its sentence, or the sentence
    before it in the same paragraph): a day named there picks, among the earlier
    events, the one held that day."""
    events = ex.events
    if not events:
        return None
    if sent is not None:
        same = [i for i, e in enumerate(events) if sent[0] <= e.trigger.start < sent[1]]
        if same:
            typed = [i for i in same if events[i].type in lex.event_types] or same
            best = min(typed, key=lambda i: abs(events[i].trigger.start - claim.span.start))
            if claim.kind not in REFERRING_KINDS or not _anaphoric(events[best], ex.article.text):
                return best
    text = ex.article.text
    scope = text[sent[0]:sent[1]] if sent else text[claim.span.start:claim.span.end]
    if sent is not None and not lex.event_nouns.search(scope) and not _is_row(claim, text):
        return None
    order = sorted((e.trigger.start, i) for i, e in enumerate(events)
                   if e.type in lex.event_types)
    k = bisect.bisect_left(order, (claim.span.start, -1))
    if k > 0:
        days = _named_days(ex, sent[0] if lead is None else lead, sent[1]) if sent else set()
        if days:  # "Wednesday's session ... the talks": the earlier talks held that day
            dated = [i for _, i in order[:k] if events[i].date.get("from") != "article"
                     and str(events[i].date.get("value") or "")[:10] in days]
            if dated:
                return dated[-1]
        return order[k - 1][1]
    return order[0][1] if order else None


def _anaphoric(event: Any, text: str) -> bool:
    """True for a bare definite reference to earlier talks ("the talks had made progress"):
    a trigger right after "the/this/that", without a date of its own (it is then resolved
    like a sentence without an event: to the earlier talks it refers to)."""
    before = text[max(0, event.trigger.start - 6):event.trigger.start].lower()
    return bool(ANAPHOR_RE.search(before)) and event.date.get("from") in (None, "article")


def _named_days(ex: Extraction, lo: int, hi: int) -> set[str]:
    """Days (YYYY-MM-DD) named by date expressions in text[lo:hi]."""
    return {str(t.value)[:10] for t in ex.times
            if t.type in DATE_KINDS and t.value and len(str(t.value)) >= 10
            and lo <= t.start < hi}


def _is_row(claim: Claim, text: str) -> bool:
    """True for claims read from a table row or list item."""
    lo = text.rfind("\n", 0, claim.span.start) + 1
    line = text[lo:text.find("\n", claim.span.start) if "\n" in text[claim.span.start:] else None]
    return "|" in line or line.lstrip().startswith(("-", "*", "•"))


def extract_claims(ex: Extraction, lex: ClaimLexicon | None = None) -> list[Claim]:
    """All claims of an article, with speakers and events attached."""
    lex = lex or load_lexicon()
    text = ex.article.text
    sentences = _sentences(ex)
    found: list[Claim] = []
    scan = _possible(lex, text)
    for sent in sentences:
        if text.count("|", *sent) >= TABLE_PIPES:
            continue
        found += text_claims(text, sent, scan) + number_claims(text, sent, scan)
    found += table_claims(text, lex) + date_claims(ex, sentences)
    starts = [s[0] for s in sentences]
    for claim in found:
        k = bisect.bisect_right(starts, claim.span.start) - 1
        sent = sentences[k] if k >= 0 and claim.span.start < sentences[k][1] else None
        claim.speaker = _speaker(claim, ex)
        lead = sentences[k - 1][0] if sent and k > 0 and \
            "\n" not in text[sentences[k - 1][1]:sent[0]] else None
        claim.event = _event_for(claim, sent, ex, lex, lead)
    return sorted(found, key=lambda c: (c.span.start, c.kind))


def _possible(lex: ClaimLexicon, text: str) -> ClaimLexicon:
    """``lex`` without the sentence patterns that cannot match anywhere in ``text`` (a word
    each match needs is absent), so its sentences are not searched for them."""
    lowered = text.lower()
    folds = holds_folding(text)  # once per text, not once per pattern

    def can(p: re.Pattern) -> bool:
        return may_contain(text, lex.needs.get(p.pattern), bool(p.flags & IGNORECASE),
                           lowered, folds)

    return dataclasses.replace(
        lex, patterns={k: [(v, p) for v, p in rows if can(p)] for k, rows in lex.patterns.items()},
        numbers=[(k, p) for k, p in lex.numbers if can(p)])


def claims_component(ex: Extraction, ctx: Any) -> None:
    """Pipeline component: fill ``ex.claims`` and each event's ``claims``."""
    options = getattr(ctx, "options", None) or {}
    ex.claims = extract_claims(ex, load_lexicon(options.get("claims_file")))
    for claim in ex.claims:
        if claim.event is not None:
            ex.events[claim.event].claims.append(claim)
