"""The ingest stage: sources in, cleaned and structured ``model.Article`` objects out.

``read_sources`` reads paths, directories, URLs, feeds and stdin and yields one
``Article`` per article or one ``InputError`` per bad input, in order, without
ever raising for bad input. ``build_article`` turns one text (or HTML page)
into an Article: cleanup -> structure -> metadata -> identity.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from eventwire.ingest.cleanup import clean_text, clean_title
from eventwire.ingest.dedup import content_id
from eventwire.ingest.errors import InputError
from eventwire.ingest.guards import (
    MAX_TEXT_CHARS,
    TextTooLong,
    check_length,
    check_tokens,
    clean_field,
    guard_text,
    valid_unicode,
)
from eventwire.ingest.html import extract_html
from eventwire.ingest.metadata import (
    detect_language,
    find_outlet,
    find_published,
    guess_title,
    language_flag,
    parse_date,
    parse_datetime,
)
from eventwire.ingest.readers import MAX_FILE_BYTES, RawRecord, read_source
from eventwire.ingest.structure import find_blocks
from eventwire.model import Article, Flag

__all__ = ["InputError", "build_article", "read_sources", "MAX_FILE_BYTES", "MAX_TEXT_CHARS"]

PUBLISHED_SOURCES = ("input", "html", "text")
PUBLISHED_YEARS = (1800, 2199)  # a given publication date outside these years is not believed


def _given_date(published: str, published_from: str | None) -> tuple[str | None, str | None]:
    """A given publication date normalised to ISO with its origin (None when unparseable)."""
    value = parse_date(published)
    if value and not PUBLISHED_YEARS[0] <= int(value[:4]) <= PUBLISHED_YEARS[1]:
        value = None
    origin = published_from if published_from in PUBLISHED_SOURCES else "input"
    return (value, origin) if value else (None, None)


def _date_flag(published: str) -> Flag:
    """A flag for a given publication date that could not be read."""
    return Flag(kind="metadata", message=f"unreadable publication date {published!r} ignored",
                data={"published": published})


def build_article(text: str, *, id: str | None = None, title: str | None = None,
                  published: str | None = None, published_from: str | None = None,
                  url: str | None = None, site: str | None = None, source: str | None = None,
                  is_html: bool = False) -> Article:
    """One Article from text or HTML: cleanup, blocks, metadata and id; InputError if empty."""
    name = source or id or url or "text"
    id, title, url, site = clean_field(id), clean_field(title), clean_field(url), clean_field(site)
    published = clean_field(published)
    flags: list[Flag] = []
    if is_html:
        doc = extract_html(valid_unicode(text), name, url)
        text, url = doc.text, url or clean_field(doc.url)
        site, title = site or clean_field(doc.site), title or clean_field(doc.title)
        if not published and doc.published:
            published, published_from = clean_field(doc.published), "html"
    if not text or not text.strip():
        raise InputError(name, "empty")
    try:
        guarded = guard_text(text)
        text = guarded.text
        flags.extend(guarded.flags())
        cleaned, removed = clean_text(text)
        check_length(cleaned)
        check_tokens(cleaned)
    except TextTooLong as exc:
        raise InputError(name, str(exc)) from exc
    if not cleaned.strip():
        raise InputError(name, "no article text left after removing boilerplate")
    blocks = find_blocks(cleaned)
    iso, origin, span, stamp = None, None, None, None
    if published:
        iso, origin = _given_date(published, published_from)
        if iso is None:
            flags.append(_date_flag(published))
        else:
            stamp = parse_datetime(published)
    site = site or find_outlet(text)
    if iso is None:
        found = find_published(text, url)
        if found is not None:
            iso, origin, span = found.value, "text", found.span
    language, ratio = detect_language(cleaned)
    flag = language_flag(language, ratio)
    if flag is not None:
        flags.append(flag)
    return Article(
        id=id or content_id(cleaned), text=cleaned,
        title=clean_title(title) or guess_title(cleaned, blocks),
        published=iso, published_from=origin, url=url, site=site, source=source,
        language=language, blocks=blocks, removed=removed, flags=flags, published_span=span,
        published_at=stamp if stamp and stamp[:10] == iso else None,
    )


def _article(record: RawRecord) -> Article:
    """The Article of one raw record."""
    return build_article(record.text, id=record.id, title=record.title,
                         published=record.published, published_from=record.published_from,
                         url=record.url, site=record.site, source=record.source,
                         is_html=record.is_html)


def read_sources(sources: Iterable[str], *, allow_private: bool = False,
                 max_bytes: int = MAX_FILE_BYTES,
                 stdin: BinaryIO | io.TextIOBase | None = None) -> Iterator[Article | InputError]:
    """One Article per article read, one InputError per bad input; order kept, never raises."""
    for source in sources:
        for item in read_source(source, allow_private=allow_private, max_bytes=max_bytes,
                                stdin=stdin):
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield _article(item)
            except InputError as err:
                yield err
            except Exception as exc:  # untrusted input must never stop the other inputs
                yield InputError(item.source, f"could not be read ({exc.__class__.__name__})")
