"""Headlines in title case ("Trump To Speak With Putin") re-parsed in sentence case.

spaCy's small model parses title-case text badly (it tags "Trump" as the
verb). A headline sentence is re-cased, keeping only words that name
actors or places, and parsed again; offsets stay those of the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc

from eventwire.annotate.doccache import doc_text
from eventwire.extract.event_context import EventContext
from eventwire.extract.tables import chronology_rows, row_date_cell

SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by",
               "as", "from", "vs", "via", "after", "over"}
WORD_RE = re.compile(r"[A-Za-z][\w'’.]*")
MIN_CONTENT_WORDS = 3
CAPITALISED_SHARE = 0.8


def is_headline(text: str) -> bool:
    """True for a title-case line: most content words capitalised, no closing period."""
    if text.rstrip().endswith("."):
        return False
    words = [w for w in WORD_RE.findall(text) if w.lower() not in SMALL_WORDS]
    if len(words) < MIN_CONTENT_WORDS:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= CAPITALISED_SHARE


def _keeps_case(ctx: EventContext, word: str) -> bool:
    """True when a word names an actor or place (or is an acronym) and keeps its capitals."""
    if len(word) > 1 and word.isupper():
        return True
    parts = [p for p in re.split(r"[-–]", word) if p]
    return all(ctx.link(p, ctx.ex.article.published) is not None
               or p.lower() in ctx.lexicon.places for p in parts)


def recase(ctx: EventContext, text: str) -> str:
    """The headline in sentence case, keeping the capitals of names."""
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        return word if _keeps_case(ctx, word) else word.lower()

    return WORD_RE.sub(fix, text)


def reparse_texts(ctx: EventContext, sent: Any) -> list[tuple[str, int]] | None:
    """What a title-case headline sentence is re-parsed as: (text, line offset) per line.

    None when the sentence is used as parsed. Each text is the line (re-cased
    when it is a headline) after as many spaces as its offset, so the parse
    keeps the article's offsets.
    """
    lines = doc_text(sent.doc)[sent.start_char:sent.end_char].split("\n")  # == sent.text
    if not any(is_headline(line) for line in lines):
        return None
    if not _may_trigger(ctx, sent):
        return None
    out = []
    offset = sent.start_char
    for line in lines:
        if line.strip():
            out.append((" " * offset + (recase(ctx, line) if is_headline(line) else line), offset))
        offset += len(line) + 1
    return out


def padded_doc(nlp: Any, text: str) -> Any:
    """``nlp.make_doc(text)`` for a text padded with spaces (and a line break) to keep the
    article's offsets: the padding is one white-space token, so only the rest goes through
    the tokenizer, whose affix rules cost time in proportion to the length of a
    white-space run it has not seen before (a few milliseconds for a line deep in an
    article)."""
    body = text.lstrip(" ")
    head = text[:len(text) - len(body)]
    if body.startswith("\n"):
        head, body = head + "\n", body[1:]
    if not head.startswith(" ") or not body or body[0].isspace():
        return nlp.make_doc(text)
    rest = nlp.make_doc(body)
    doc = Doc(nlp.vocab, words=[head, *(t.text for t in rest)],
              spaces=[False, *(bool(t.whitespace_) for t in rest)])
    for i, tok in enumerate(rest, 1):  # the norms the tokenizer's special cases set
        if tok.norm != tok.lex.norm:
            doc[i].norm_ = tok.norm_
    return doc


def _reparsed(doc: Any, offset: int) -> list[Any]:
    """The sentences of a re-parsed line (the padding before ``offset`` left out)."""
    out = []
    for s in doc.sents:
        if s.end_char <= offset or not s.text.strip():
            continue
        start = next(t.i for t in s if not t.is_space)
        out.append(doc[start:s.end])
    return out


def headline_sentences(ctx: EventContext, sent: Any, nlp: Any) -> Iterator[Any]:
    """The sentence itself, or its re-cased re-parse when it is a title-case headline."""
    plan = reparse_texts(ctx, sent)
    if plan is None:
        yield sent
        return
    for text, offset in plan:
        yield from _reparsed(nlp(text), offset)


Plans = list[list[tuple[str, int]] | None]  # sentence_plans of one article


def article_sentences(ctx: EventContext, sents: list[Any], nlp: Any,
                      parsed: tuple[Plans, list[Any]] | None = None) -> Iterator[Any]:
    """``headline_sentences`` of each sentence in order, all re-parses run as one batch;
    ``parsed`` is the article's ``sentence_plans`` and their docs when that batch ran
    already (``parse_plans``, with other articles' re-parses)."""
    if parsed is None:
        plans = sentence_plans(ctx, sents)
        parsed = plans, parse_plans(nlp, [plans])[0]
    plans = parsed[0]
    docs = iter(parsed[1])
    for sent, plan in zip(sents, plans, strict=True):
        if plan is None:
            yield sent
            continue
        for _text, offset in plan:
            yield from _reparsed(next(docs), offset)


def parse_plans(nlp: Any, articles: list[Plans]) -> list[list[Any]]:
    """The re-parsed docs of several articles' ``sentence_plans`` in one ``nlp.pipe`` (the
    model's cost per call is large against a headline's): one list per article, in order."""
    texts = [[text for plan in plans if plan for text, _ in plan] for plans in articles]
    flat = [padded_doc(nlp, t) for ts in texts for t in ts]
    docs = iter(nlp.pipe(flat) if flat else ())
    return [[next(docs) for _ in ts] for ts in texts]


def sentence_plans(ctx: EventContext, sents: list[Any]) -> Plans:
    """``reparse_texts`` of each sentence; a dated row of a chronology table is re-parsed as
    one sentence (``extract/tables.py``) in place of the sentences the parser cut it into,
    and a row whose date cell the times do not resolve is left out."""
    rows = chronology_rows(ctx.blocks, ctx.ex.article.text)
    plans: Plans = []
    seen: set[int] = set()
    for sent in sents:
        row = next((r for r in rows if sent.start_char < r[1] and r[0] < sent.end_char),
                   None) if rows else None  # a list item's marker opens its sentence
        if row is None:
            plans.append(reparse_texts(ctx, sent))
            continue
        pad = " " * (row[0] - 1) + "\n" if row[0] else ""  # a sentence of its own, no parse tree
        read = row[0] not in seen and _row_dated(ctx, row[0])
        plans.append([(pad + _row_case(ctx, row[2]), row[0])] if read else [])
        seen.add(row[0])
    return plans


def _row_dated(ctx: EventContext, offset: int) -> bool:
    """True when the date cell of the chronology row at ``offset`` holds a time expression
    the article's times resolve (a row whose day is unknown would be dated by the article)."""
    cell = row_date_cell(ctx.blocks, ctx.ex.article.text, offset)
    return cell is not None and any(cell[0] <= t.start < cell[1] and (t.value or t.point)
                                    for t in ctx.ex.times)


def _row_case(ctx: EventContext, text: str) -> str:
    """A table row's clause with its first word in lower case when that word is a trigger
    word ("Ceasefire takes effect": the capital is the cell's, not a name's)."""
    m = WORD_RE.search(text)
    low = m.group(0).lower() if m is not None else ""
    if m is None or not m.group(0)[0].isupper() or _keeps_case(ctx, m.group(0)) or \
            not (ctx.lexicon.is_curated("noun", low) or ctx.lexicon.is_curated("verb", low)):
        return text
    return text[:m.start()] + m.group(0).lower() + text[m.end():]


def _may_trigger(ctx: EventContext, sent: Any) -> bool:
    """True when some word of the sentence is a curated trigger lemma (else a re-parse is
    useless; the CAMEO dictionary's general verbs alone do not pay for a re-parse)."""
    lex = ctx.lexicon
    for t in sent:
        for word in {t.lemma_.lower(), t.lower_}:
            if lex.is_curated("verb", word) or lex.is_curated("noun", word):
                return True
    return False
