"""Quotes and attribution: who said what, direct and indirect, with spans.

``quotes_component`` fills ``ex.quotes``. Indirect speech comes from the
dependency parse (``quotes_deps``); quoted passages from their quotation
marks (``quotes_marks``). A candidate whose content is essentially a quoted
passage becomes a direct quote spanning the whole passage (over sentences and
paragraphs); quoted passages no candidate covers are attributed through a
cue in their own sentence, a colon introduction ("Trump wrote on Truth
Social: ...") or the attribution between the halves of a split quote.
Speakers are linked to actors and pronouns resolved (``quotes_speaker``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from eventwire.annotate.focus import focus_of
from eventwire.extract.quotes_deps import Candidate, candidates, cue_span, is_passive, source_of
from eventwire.extract.quotes_lexicon import Cues, load_cues
from eventwire.extract.quotes_marks import Marked, find_quotes
from eventwire.extract.quotes_speaker import SpeakerResolver, line_bounds
from eventwire.model import Extraction, Quote, Span

MIN_QUOTE_WORDS = 3  # shorter unattributed quoted passages are scare quotes or titles
DIRECT_RATIO = 0.2  # words outside the marks, per quoted word, for a candidate to be direct
TABLE_PIPES = 2  # a line with this many pipes is a table row, not prose
MIN_CONTENT_CHARS = 3
UNPARSED_SOURCE_KINDS = frozenset({"clause", "object", "prep", "intent"})
RELATIVES = frozenset({"who", "which", "that", "what"})
AGENT_KINDS = frozenset({"object", "prep", "intent", "stance"})
TRANSCRIPT = re.compile(r"^[\"“]?([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}):[ \t]+(\S.*)$",
                        re.M)
DASH_ATTRIBUTION = re.compile(
    r"[ \t\u00a0]*(―|—|–|--)[ \t\u00a0]*([A-Z][\w.'-]*(?:[ \u00a0][A-Z][\w.'-]*){0,4})[ \t\u00a0.]*$",
    re.M)  # a quotation closed by "― Name" at the end of its line
MAX_SPLIT_GAP = 120  # characters between the halves of a split quote
WORD = re.compile(r"[^\W_]+")
OPTION_CUES = "cues_file"
ADJACENT_CHARS = 80  # how far from a quotation its attribution ("he said") is looked for
ADJACENT_TOKENS = 8
QUOTE_OPENERS = frozenset({"“", "‘", '"', "'", "``"})
QUOTE_CLOSERS = frozenset({"”", "’", '"', "'", "''"})
SENTENCE_END = frozenset({".", "!", "?", "\n", "\n\n"})
NOUN_POS = frozenset({"PROPN", "NOUN", "PRON"})


def _words(text: str) -> int:
    """Number of words in ``text``."""
    return len(WORD.findall(text))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _noun_near(tokens: list[Any], verb: Any) -> Any:
    """The head of the first noun phrase after ``verb`` among ``tokens`` ("said James Acton")."""
    for tok in tokens:
        if tok.i > verb.i and tok.pos_ in NOUN_POS:
            head = tok
            while head.head.i != head.i and head.head.pos_ in NOUN_POS and head.dep_ == "compound":
                head = head.head
            return head
    return None


def _outside_words(text: str, span: tuple[int, int], marks: list[Marked]) -> int:
    """Words of ``span`` that lie outside the quoted passages ``marks``."""
    keep = []
    pos = span[0]
    for m in sorted(marks, key=lambda m: m.start):
        keep.append(text[pos:max(pos, m.start)])
        pos = max(pos, m.end)
    keep.append(text[pos:span[1]])
    return _words(" ".join(keep))


class QuoteBuilder:
    """Builds the Quote list of one article."""

    def __init__(self, ex: Extraction, ctx: Any, cues: Cues) -> None:
        self.ex = ex
        self.text = ex.article.text
        self.cues = cues
        self.marks = find_quotes(self.text)
        self.speakers = SpeakerResolver(ex, ctx)
        self.quotes: list[Quote] = []
        self.used: set[int] = set()  # indices of marks already attributed

    def _quote(self, cand: Candidate, content: tuple[int, int], direct: bool) -> Quote:
        """A Quote for ``cand`` with the given content span."""
        speaker, mention, via = None, None, None
        if cand.source is not None:
            speaker, mention = self.speakers.speaker(cand.source)
        if cand.via is not None:
            via, _ = self.speakers.speaker(cand.via)
        written = mention if mention is not None and speaker is not None and (
            mention.start, mention.end) != (speaker.start, speaker.end) else None
        return Quote(speaker=speaker, cue=Span.of(self.text, *cand.cue),
                     content=Span.of(self.text, *content), direct=direct, via=via,
                     mention=written)

    def _marks_in(self, span: tuple[int, int]) -> list[int]:
        """Indices of quoted passages overlapping ``span``."""
        return [i for i, m in enumerate(self.marks) if _overlap(m.inner, span) > 0]

    def add_candidate(self, cand: Candidate) -> None:
        """Turn a parse candidate into one or more quotes (direct when it is quoted)."""
        lo, hi = line_bounds(self.text, cand.cue[0])
        if self.text.count("|", lo, hi) >= TABLE_PIPES:
            return
        if cand.source is not None and not lo <= cand.source.idx < hi:
            cand.source = self._line_source(cand.cue[0], lo)
        if cand.source is None and cand.kind in UNPARSED_SOURCE_KINDS and not self._passive(cand):
            cand.source = self._source_before(cand.cue[0], lo)
        if cand.kind in AGENT_KINDS and (cand.source is None or not self.speakers.is_agent(
                cand.source, self.cues.source_nouns)):
            return
        if self._mark_holding(cand.cue[0]) is not None:
            return  # a cue inside a quotation belongs to the quoted speaker's words
        idx = self._marks_in(cand.content)
        marks = [self.marks[i] for i in idx]
        if marks and (cand.kind == "relay" or self._is_direct(cand.content, marks)):
            mixed = self._mixed_span(cand, marks, lo, hi)
            if mixed is not None:
                self.used.update(idx)
                self.quotes.append(self._quote(cand, mixed, True))
                return
            for i in idx:
                if cand.kind != "relay":
                    self.used.add(i)
                self.quotes.append(self._quote(cand, self.marks[i].inner, True))
            return
        start, end = max(cand.content[0], lo), min(cand.content[1], hi)
        if end - start < MIN_CONTENT_CHARS:
            return
        for i in idx:
            m = self.marks[i]
            if m.inner_start < start and _overlap(m.inner, cand.content) > 0:
                start = min(start, m.start)
            end = max(end, m.end) if m.end > end else end
            self.used.add(i)
        self.quotes.append(self._quote(cand, (start, end), False))
        if cand.extra is not None and lo <= cand.extra[0] and cand.extra[1] <= hi:
            self.quotes.append(self._quote(cand, cand.extra, False))

    def _mixed_span(self, cand: Candidate, marks: list[Marked], lo: int,
                    hi: int) -> tuple[int, int] | None:
        """Content and quotations as one span when the content has words outside the marks.

        ("said the decision “will force us to ...”"); None for a plain or split quotation.
        """
        first, last = marks[0], marks[-1]
        if first.start < cand.cue[0] < last.end:
            return None
        if _outside_words(self.text, cand.content, marks) == 0:
            return None
        start = max(lo, min(cand.content[0], first.start))
        end = min(hi, max(cand.content[1], last.end))
        return (start, end) if end > start else None

    def _mark_holding(self, pos: int) -> int | None:
        """Index of the quoted passage whose inner span holds ``pos``."""
        for i, m in enumerate(self.marks):
            if m.inner_start <= pos < m.inner_end:
                return i
        return None

    def _passive(self, cand: Candidate) -> bool:
        """True when the cue is a passive verb ("was told")."""
        span = self.ex.doc.char_span(*cand.cue, alignment_mode="expand")
        return span is not None and any(is_passive(t) for t in span)

    def _source_before(self, cue_start: int, line_start: int) -> Any:
        """A name or pronoun right before an unparsed cue ("... the Post Trump said that")."""
        doc = self.ex.doc
        span = doc.char_span(line_start, cue_start, alignment_mode="contract")
        toks = [t for t in (span or []) if not (t.dep_ in ("aux", "neg") or t.pos_ == "ADV")]
        if not toks or toks[-1].pos_ not in ("PROPN", "PRON") or toks[-1].lower_ in RELATIVES:
            return None
        return toks[-1]

    def _line_source(self, cue_start: int, line_start: int) -> Any:
        """The last person or organisation named on the cue's line before the cue."""
        best = None
        for ent in self.speakers.entities:
            if ent.start >= cue_start:
                break
            if ent.start >= line_start and ent.label in ("PERSON", "ORG"):
                best = ent
        if best is None:
            return None
        span = self.ex.doc.char_span(best.start, best.end, alignment_mode="expand")
        return span.root if span is not None else None

    def _is_direct(self, span: tuple[int, int], marks: list[Marked]) -> bool:
        """True when ``span`` is essentially the quoted passages ``marks``."""
        outside = _outside_words(self.text, span, marks)
        quoted = sum(_words(self.text[m.inner_start:m.inner_end]) for m in marks)
        return outside <= max(1, DIRECT_RATIO * quoted)

    def _sentence_cue(self, mark: Marked) -> Candidate | None:
        """A speech verb outside the passage, in a sentence the passage touches."""
        doc = self.ex.doc
        for sent in doc.sents:
            if sent.end_char <= mark.start - 1 or sent.start_char >= mark.end + 1:
                continue
            for tok in sent:
                if mark.start <= tok.idx < mark.end:
                    continue
                lemma = tok.lemma_.lower()
                if tok.pos_ in ("VERB", "AUX") and (lemma in self.cues.intro_verbs
                                                    or lemma in self.cues.clause_verbs):
                    src = source_of(tok)
                    if src is not None and not (mark.start <= src.idx < mark.end):
                        return Candidate(cue_span(tok), mark.inner, src, "sentence")
        return None

    def _speech_verb(self, tok: Any) -> bool:
        """True for a speech or report verb that can introduce a quotation."""
        lemma = tok.lemma_.lower()
        return tok.pos_ in ("VERB", "AUX") and (lemma in self.cues.intro_verbs
                                               or lemma in self.cues.clause_verbs)

    def _tokens_between(self, start: int, end: int) -> list[Any]:
        """Tokens starting in [start, end)."""
        span = self.ex.doc.char_span(start, end, alignment_mode="contract")
        return list(span) if span is not None else []

    def _adjacent_cue(self, mark: Marked) -> Candidate | None:
        """A speech verb right after the passage ("..." he said) or right before it (he said, "...")."""
        lo, hi = line_bounds(self.text, mark.start)
        after_end = min(hi, mark.end + ADJACENT_CHARS)
        after = self._tokens_between(mark.end, after_end)
        for tok in after[:ADJACENT_TOKENS]:
            if tok.text in QUOTE_OPENERS or tok.text in SENTENCE_END:
                break
            if self._speech_verb(tok):
                src = source_of(tok) or _noun_near(after, tok)
                if src is not None:
                    return Candidate(cue_span(tok), mark.inner, src, "adjacent")
                break
        before = self._tokens_between(max(lo, mark.start - ADJACENT_CHARS), mark.start)
        if not before or before[-1].text not in (",", ":"):
            return None
        for tok in reversed(before[-ADJACENT_TOKENS:]):
            if tok.text in QUOTE_CLOSERS or tok.text in SENTENCE_END:
                break
            if self._speech_verb(tok):
                src = source_of(tok)
                if src is not None:
                    return Candidate(cue_span(tok), mark.inner, src, "adjacent")
                break
        return None

    def _colon_intro(self, mark: Marked) -> Candidate | None:
        """"X said:" / "X wrote on Truth Social:" just before the passage."""
        before = self.text[:mark.start].rstrip()
        if not before.endswith(":"):
            return None
        colon = len(before) - 1
        for tok in reversed(list(self.ex.doc.char_span(0, colon + 1, alignment_mode="expand")
                                 or [])):
            if tok.idx < colon - 200 or tok.text == "\n":
                break
            if tok.pos_ in ("VERB", "AUX"):
                src = source_of(tok)
                if src is not None:
                    return Candidate(cue_span(tok), mark.inner, src, "colon")
        return None

    def _split_half(self, k: int) -> Quote | None:
        """The quote whose passage precedes passage ``k`` with only its attribution between."""
        mark = self.marks[k]
        before = [q for q in self.quotes if q.direct and q.cue is not None
                  and q.content.end <= mark.start]
        if not before:
            return None
        q = max(before, key=lambda q: q.content.end)
        gap = self.text[q.content.end:mark.start]
        if len(gap) <= MAX_SPLIT_GAP and "\n" not in gap and q.cue.start >= q.content.end:
            return q
        return None

    def attribute_marks(self) -> None:
        """Attribute quoted passages that no parse candidate covered."""
        for k, mark in enumerate(self.marks):
            if k in self.used or self._covered(mark):
                continue
            if _words(self.text[mark.inner_start:mark.inner_end]) < MIN_QUOTE_WORDS:
                continue
            half = self._split_half(k)
            if half is not None:
                self.quotes.append(Quote(half.speaker, half.cue,
                                         Span.of(self.text, *mark.inner), True, half.via,
                                         half.mention))
                continue
            cand = (self._adjacent_cue(mark) or self._colon_intro(mark)
                    or self._sentence_cue(mark))
            if cand is not None:
                self.quotes.append(self._quote(cand, mark.inner, True))

    def add_transcript_lines(self) -> None:
        """Interview transcripts and headline attributions: "PENCE: Well, ...", "Poll: ..."."""
        for m in TRANSCRIPT.finditer(self.text):
            name_start, name_end = m.span(1)
            if not self._transcript_name(m.group(1), name_start, name_end):
                continue
            content = (m.start(2), m.end(2) - (len(m.group(2)) - len(m.group(2).rstrip())))
            if any(q.content.start <= content[0] < q.content.end for q in self.quotes):
                continue
            self.used.update(i for i, mk in enumerate(self.marks)
                             if m.start() <= mk.start <= content[0])
            speaker = self.speakers.participant(name_start, name_end)
            self.quotes.append(Quote(speaker, Span.of(self.text, name_end, name_end + 1),
                                     Span.of(self.text, *content), True))

    def _transcript_name(self, name: str, start: int, end: int) -> bool:
        """True when a line prefix before a colon names a speaker or a source."""
        if name.isupper() and len(name) > 1:
            return True
        if name.lower() in self.cues.source_nouns:
            return True
        return self.speakers.entity_in(start, end) is not None

    def add_dash_attributions(self) -> None:
        """Quotations closed by a dash and a name at the end of their line: "“...” ― Name"."""
        for k, mark in enumerate(self.marks):
            if k in self.used or self._covered(mark):
                continue
            lo, hi = line_bounds(self.text, mark.end)
            m = DASH_ATTRIBUTION.match(self.text, mark.end, hi)
            if m is None:
                continue
            self.used.add(k)
            speaker = self.speakers.participant(*m.span(2))
            self.quotes.append(Quote(speaker, Span.of(self.text, *m.span(1)),
                                     Span.of(self.text, *mark.inner), True))

    def _covered(self, mark: Marked) -> bool:
        """True when an existing quote's content already contains the passage."""
        return any(q.content.start <= mark.inner_start and mark.inner_end <= q.content.end
                   for q in self.quotes)

    def build(self) -> list[Quote]:
        """All quotes of the article, in text order, without duplicates."""
        for cand in candidates(self.ex.doc, self.cues):
            self.add_candidate(cand)
        self.add_transcript_lines()
        self.add_dash_attributions()
        self.quotes.sort(key=lambda q: q.content.start)
        self.attribute_marks()
        self.quotes = self.past_dateline(self.quotes)
        return _dedupe(sorted(self.quotes, key=lambda q: (q.content.start, q.content.end)))

    def past_dateline(self, quotes: list[Quote]) -> list[Quote]:
        """The quotes with no span in the article's dateline ('YEREVAN, May 14 (Herald) -'):
        the dateline gives no speaker and says nothing, so a speaker or a content the parser
        ran across its dash starts after it ('[YEREVAN, May 14 (Herald) -] Armenia and
        Azerbaijan have agreed ...'), and a speaker inside it is none."""
        focus = focus_of(self.ex.doc)
        line = focus.dateline if focus is not None else None
        if line is None:
            return quotes
        text = self.ex.article.text

        def after(start: int, end: int) -> int | None:
            if not line.start <= start < line.end:
                return start
            past = line.end
            while past < end and (text[past].isspace() or text[past] in "-\u2013\u2014:"):
                past += 1
            return past if past < end else None

        out = []
        for q in quotes:
            begin = after(q.content.start, q.content.end)
            if begin is None:
                continue  # the content is the dateline itself
            if begin != q.content.start:
                q = replace(q, content=Span(begin, q.content.end, text[begin:q.content.end]))
            if q.speaker is not None:
                sp = after(q.speaker.start, q.speaker.end)
                if sp is None:
                    q = replace(q, speaker=None)
                elif sp != q.speaker.start:
                    q = replace(q, speaker=self.speakers.participant(sp, q.speaker.end))
            out.append(q)
        return out


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """Drop quotes with the same content span as an earlier one."""
    seen: set[tuple[int, int]] = set()
    out = []
    for q in quotes:
        key = (q.content.start, q.content.end)
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


def extract_quotes(ex: Extraction, ctx: Any = None) -> list[Quote]:
    """The quotes of a parsed article (``ex.doc`` must be set)."""
    options = getattr(ctx, "options", None) or {}
    cues = load_cues(options.get(OPTION_CUES))
    return QuoteBuilder(ex, ctx, cues).build()


def quotes_component(ex: Extraction, ctx: Any) -> None:
    """Pipeline component: fill ``ex.quotes``."""
    ex.quotes = extract_quotes(ex, ctx)
