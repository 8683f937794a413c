"""Readers: turn a source (file, directory, JSONL, HTML, URL, feed, stdin) into raw records.

Every reader yields ``RawRecord`` items and ``InputError`` items (one per bad
input) and never raises for bad input, so one broken file never stops the
others. Text is decoded as UTF-8 (BOM stripped), else by charset detection,
else refused.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from eventwire.ingest.decode import MAX_CONTROL_RATIO, control_ratio, decode_bytes
from eventwire.ingest.errors import InputError
from eventwire.ingest.feeds import FeedItem, looks_like_feed, parse_feed
from eventwire.ingest.fetch import MAX_URL_BYTES, Fetched, fetch_url
from eventwire.ingest.guards import MAX_JSON_DEPTH, json_depth

MAX_FILE_BYTES = 20 * 1024 * 1024
TEXT_EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
FEED_EXTENSIONS = frozenset({".xml", ".rss", ".atom"})
DIRECTORY_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS | FEED_EXTENSIONS
HTML_MARKERS = ("<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>", "<p ",
                "<meta", "<title")
FULL_HTML = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
READ_CHUNK = 1024 * 1024


@dataclass(slots=True)
class RawRecord:
    """One article as read: text (or HTML) plus what the input states about it."""

    text: str
    source: str
    is_html: bool = False
    id: str | None = None
    title: str | None = None
    published: str | None = None
    published_from: str | None = None
    url: str | None = None
    site: str | None = None


Item = RawRecord | InputError


# --- size and content -----------------------------------------------------------------------------

def _mb(n: int) -> str:
    """A byte count as megabytes for messages."""
    return f"{n / (1024 * 1024):.1f} MB"


def _too_large(source: str, size: int | None, cap: int) -> InputError:
    """The "too large" error."""
    size_text = _mb(size) if size is not None else f"more than {_mb(cap)}"
    return InputError(source, f"too large ({size_text} > {_mb(cap)} cap)")


def _require_content(text: str, source: str) -> str:
    """The text, or InputError "empty" when it is empty or whitespace only."""
    if not text.strip():
        raise InputError(source, "empty")
    return text


# --- sniffing -----------------------------------------------------------------------------

def load_json(line: str) -> object:
    """A JSON value parsed with a nesting limit; ValueError when malformed or too deep."""
    depth = json_depth(line)
    if depth > MAX_JSON_DEPTH:
        raise ValueError(f"nested {depth} levels deep (the limit is {MAX_JSON_DEPTH})")
    try:
        return json.loads(line)
    except RecursionError as exc:
        raise ValueError(f"nested too deeply (the limit is {MAX_JSON_DEPTH})") from exc


def _first_line(text: str) -> str:
    """The first non-blank line of a text, stripped."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def _looks_like_jsonl(text: str) -> bool:
    """True when the first non-blank line is JSON (any value) or a broken JSON object.

    A record stream whose first line is malformed or not an object is read as
    JSONL (and reported line by line), never stored as one plain-text article.
    """
    line = _first_line(text)
    if not line.startswith(("{", "[")):
        return False
    try:
        load_json(line)
        return True
    except ValueError:
        return line.startswith("{") and '":' in line.replace('" :', '":')


def sniff_kind(text: str) -> str:
    """Guess the kind of a document: "feed", "html", "jsonl" or "text"."""
    head = text.lstrip()[:2000].lower()
    if looks_like_feed(text):
        return "feed"
    if head.startswith("<") and any(m in head for m in HTML_MARKERS):
        return "html"
    if head.startswith(("{", "[")) and _looks_like_jsonl(text):
        return "jsonl"
    return "text"


def _kind_for_path(path: Path, text: str) -> str:
    """The document kind of a file: by extension, by content when the extension is unknown."""
    ext = path.suffix.lower()
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in FEED_EXTENSIONS:
        return "feed"
    if ext in TEXT_EXTENSIONS:
        return "html" if FULL_HTML.match(text) else "text"
    return sniff_kind(text)


# --- files --------------------------------------------------------------------------------

def read_file_bytes(path: Path, source: str, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a file, refusing files over ``max_bytes`` before reading them."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_large(source, size, max_bytes)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError(source, "no such file or directory") from exc
    except PermissionError as exc:
        raise InputError(source, "permission denied") from exc
    except IsADirectoryError as exc:
        raise InputError(source, "is a directory") from exc
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc.__class__.__name__})") from exc
    if len(data) > max_bytes:
        raise _too_large(source, None, max_bytes)
    return data


def _document_items(text: str, kind: str, source: str, *, allow_private: bool,
                    url: str | None = None) -> Iterator[Item]:
    """Records for a decoded document of a known kind (feeds expand to their items)."""
    if kind == "feed":
        yield from read_feed_text(text, source, allow_private=allow_private)
    elif kind == "jsonl":
        yield from _jsonl_lines(io.BytesIO(text.encode("utf-8")), source, MAX_FILE_BYTES)
    else:
        yield RawRecord(_require_content(text, source), source, is_html=kind == "html", url=url)


def read_file(path: Path, *, max_bytes: int = MAX_FILE_BYTES,
              allow_private: bool = False) -> Iterator[Item]:
    """The records of one file: text, Markdown, HTML, JSONL or feed."""
    source = str(path)
    if path.suffix.lower() in JSONL_EXTENSIONS:
        yield from read_jsonl(path, max_bytes=max_bytes)
        return
    try:
        text = _require_content(decode_bytes(read_file_bytes(path, source, max_bytes), source),
                                source)
    except InputError as err:
        yield err
        return
    yield from _document_items(text, _kind_for_path(path, text), source,
                               allow_private=allow_private)


def iter_directory(path: Path) -> Iterator[Path]:
    """Readable files under ``path`` by extension, recursively, sorted, hidden names skipped."""
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in DIRECTORY_EXTENSIONS:
                yield Path(root) / name


def read_directory(path: Path, *, max_bytes: int = MAX_FILE_BYTES,
                   allow_private: bool = False) -> Iterator[Item]:
    """The records of every readable file under a directory."""
    found = False
    for file in iter_directory(path):
        found = True
        yield from read_file(file, max_bytes=max_bytes, allow_private=allow_private)
    if not found:
        yield InputError(str(path), "directory has no .txt/.md/.html/.jsonl/.xml files")


# --- JSONL --------------------------------------------------------------------------------

def _optional_str(record: dict, key: str) -> str | None:
    """A string field of a JSONL record (numbers are converted; blanks become None)."""
    value = record.get(key)
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    value = str(value).strip()
    return value or None


OUTLET_FIELDS = ("site", "outlet", "source_name", "publisher", "source")
PATH_LIKE = re.compile(r"://|[/\\]|^\.|\.(?:jsonl?|ndjson|txt|md|html?|xml|rss|atom|csv)$", re.IGNORECASE)


def _outlet_field(record: dict) -> str | None:
    """The outlet a JSONL record names: its "site", else "outlet", "source_name", "publisher"
    or "source" (a {"name": ...} object too, as news APIs give it); a "source" (or any of them)
    holding a URL or a path names where the text was read from, not its outlet."""
    for key in OUTLET_FIELDS:
        value = record.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        value = _optional_str({key: value}, key)
        if value and not PATH_LIKE.search(value):
            return " ".join(value.split())
    return None


def jsonl_record(line: str, source: str) -> RawRecord:
    """One JSONL line {"id", "text", "title"?, "published"?, "url"?} as a record."""
    try:
        record = load_json(line)
    except ValueError as exc:
        raise InputError(source, f"malformed JSON ({exc.__class__.__name__}: {exc})") from exc
    if not isinstance(record, dict):
        raise InputError(source, "a JSONL line must be a JSON object")
    text, html = record.get("text"), record.get("html")
    body = text if isinstance(text, str) and text.strip() else html
    if not isinstance(body, str) or not body.strip():
        raise InputError(source, 'missing or empty "text"')
    published = _optional_str(record, "published")
    return RawRecord(
        text=body, source=source, is_html=body is html,
        id=_optional_str(record, "id"), title=_optional_str(record, "title"),
        published=published, published_from="input" if published else None,
        url=_optional_str(record, "url"), site=_outlet_field(record),
    )


def _read_line(fh: BinaryIO, max_bytes: int) -> tuple[bytes, bool]:
    """One line of at most ``max_bytes`` (the rest is skipped); returns (line, too_long)."""
    line = fh.readline(max_bytes + 1)
    if len(line) <= max_bytes or line.endswith(b"\n"):
        return line, False
    while True:
        rest = fh.readline(READ_CHUNK)
        if not rest or rest.endswith(b"\n"):
            return b"", True


def _jsonl_lines(fh: BinaryIO, name: str, max_bytes: int) -> Iterator[Item]:
    """Records of a JSONL stream, one InputError per bad line."""
    number, any_record = 0, False
    while True:
        raw, too_long = _read_line(fh, max_bytes)
        if not raw and not too_long:
            break
        number += 1
        source = f"{name}:{number}"
        if too_long:
            yield _too_large(source, None, max_bytes)
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        any_record = True
        try:
            yield jsonl_record(raw.decode("utf-8"), source)
        except UnicodeDecodeError:
            yield InputError(source, "not valid UTF-8")
        except InputError as err:
            yield err
    if not any_record:
        yield InputError(name, "empty")


def read_jsonl(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> Iterator[Item]:
    """Records of a JSONL file, streamed line by line (``max_bytes`` caps each line)."""
    source = str(path)
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        yield InputError(source, "no such file or directory")
        return
    except OSError as exc:
        yield InputError(source, f"cannot read ({exc.strerror or exc.__class__.__name__})")
        return
    with fh:
        yield from _jsonl_lines(fh, source, max_bytes)


# --- URLs and feeds -----------------------------------------------------------------------

def _fetched_text(fetched: Fetched, source: str) -> str:
    """The decoded body of a fetched document (declared charset first)."""
    if fetched.charset:
        try:
            text = fetched.body.decode(fetched.charset).lstrip("\ufeff")
            if b"\x00" not in fetched.body and control_ratio(text) <= MAX_CONTROL_RATIO:
                return _require_content(text, source)
        except (LookupError, UnicodeDecodeError):
            pass
    return _require_content(decode_bytes(fetched.body, source), source)


def _kind_for_type(content_type: str, text: str) -> str:
    """The document kind from a content type, sniffing when it is vague."""
    if "rss" in content_type or "atom" in content_type:
        return "feed"
    if "html" in content_type:
        return "html"
    return sniff_kind(text)


def read_url(url: str, *, allow_private: bool = False,
             max_bytes: int = MAX_URL_BYTES) -> Iterator[Item]:
    """The records of a URL: a page (HTML or text) or a feed's items."""
    try:
        fetched = fetch_url(url, allow_private=allow_private, max_bytes=max_bytes)
        text = _fetched_text(fetched, url)
    except InputError as err:
        yield err
        return
    kind = _kind_for_type(fetched.content_type, text)
    yield from _document_items(text, kind, url, allow_private=allow_private, url=fetched.url)


def _item_fallback(item: FeedItem, source: str, err: InputError) -> Item:
    """A record from the feed's own full content when fetching the link failed."""
    if item.content:
        return RawRecord(item.content, source, is_html=True, title=item.title,
                         published=item.published,
                         published_from="input" if item.published else None, url=item.link)
    return err


def _feed_item(item: FeedItem, feed_source: str, index: int, *, allow_private: bool) -> Item:
    """One feed item: its fetched page, else its full content, else an InputError."""
    source = item.link or f"{feed_source}#item{index}"
    if not item.link:
        return _item_fallback(item, source, InputError(source, "feed item has no link or content"))
    records = list(read_url(item.link, allow_private=allow_private))
    page = next((r for r in records if isinstance(r, RawRecord)), None)
    if page is None:
        err = next((r for r in records if isinstance(r, InputError)),
                   InputError(source, "no article"))
        return _item_fallback(item, source, err)
    page.title = item.title or page.title
    if item.published:
        page.published, page.published_from = item.published, "input"
    return page


def read_feed_text(text: str, source: str, *, allow_private: bool = False) -> Iterator[Item]:
    """Records for the items of an RSS/Atom feed document."""
    try:
        items = parse_feed(text, source)
    except InputError as err:
        yield err
        return
    if not items:
        yield InputError(source, "feed has no items")
    for index, item in enumerate(items, 1):
        yield _feed_item(item, source, index, allow_private=allow_private)


# --- stdin and dispatch -------------------------------------------------------------------

def read_stdin(stream: BinaryIO | io.TextIOBase | None = None, *,
               max_bytes: int = MAX_FILE_BYTES, allow_private: bool = False) -> Iterator[Item]:
    """Records from standard input: HTML, JSONL, a feed or plain text, auto-detected."""
    source = "stdin"
    stream = stream if stream is not None else sys.stdin.buffer
    try:
        data = stream.read(max_bytes + 1)
        if isinstance(data, str):
            data = data.encode("utf-8")
        if len(data) > max_bytes:
            raise _too_large(source, None, max_bytes)
        text = _require_content(decode_bytes(data, source), source)
    except InputError as err:
        yield err
        return
    kind = sniff_kind(text)
    if kind == "jsonl":
        yield from _jsonl_lines(io.BytesIO(text.encode("utf-8")), source, max_bytes)
    else:
        yield from _document_items(text, kind, source, allow_private=allow_private)


def is_url(source: str) -> bool:
    """True when the source names a URL (any scheme://), not a path."""
    return "://" in source and not Path(source).exists()


def read_source(source: str, *, allow_private: bool = False, max_bytes: int = MAX_FILE_BYTES,
                stdin: BinaryIO | io.TextIOBase | None = None) -> Iterator[Item]:
    """Records from one source: a path (file or directory), a URL or "-" for stdin."""
    if source == "-":
        yield from read_stdin(stdin, max_bytes=max_bytes, allow_private=allow_private)
    elif is_url(source):
        yield from read_url(source, allow_private=allow_private,
                            max_bytes=min(max_bytes, MAX_URL_BYTES))
    else:
        path = Path(source)
        if path.is_dir():
            yield from read_directory(path, max_bytes=max_bytes, allow_private=allow_private)
        else:
            yield from read_file(path, max_bytes=max_bytes, allow_private=allow_private)
