"""Bytes to text for untrusted input: BOM, UTF-8, detected legacy charset, or refusal."""

from __future__ import annotations

import re

from eventwire.ingest.errors import InputError

BOMS = (("utf-8-sig", b"\xef\xbb\xbf"), ("utf-32", b"\xff\xfe\x00\x00"),
        ("utf-32", b"\x00\x00\xfe\xff"), ("utf-16", b"\xff\xfe"), ("utf-16", b"\xfe\xff"))
BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x89PNG", b"GIF8", b"\xff\xd8\xff",
                b"BZh", b"\x7fELF", b"MZ", b"7z\xbc\xaf", b"Rar!", b"\xd0\xcf\x11\xe0")
MAX_CONTROL_RATIO = 0.01
MAX_CHAOS = 0.3
LEGACY_WESTERN = "cp1252"
LATIN_MAX = 0x24F
LATIN_SAMPLE_CHARS = 100_000
CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffe\uffff]")
NOT_TEXT = "not valid text (binary or unknown encoding)"


def control_ratio(text: str) -> float:
    """Share of characters that are control, surrogate or private-use characters."""
    if not text:
        return 0.0
    return sum(1 for _ in CONTROL_CHARS.finditer(text)) / len(text)


def _decode_bom(data: bytes) -> str | None:
    """Decode by byte-order mark, or None when there is none."""
    for encoding, bom in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError:
                return None
    return None


def _mostly_latin(text: str) -> bool:
    """True when the non-ASCII letters of ``text`` are (mostly) Latin letters."""
    letters = [c for c in text[:LATIN_SAMPLE_CHARS] if ord(c) > 127 and c.isalpha()]
    return not letters or sum(1 for c in letters if ord(c) <= LATIN_MAX) / len(letters) >= 0.5


def _detect(data: bytes) -> str | None:
    """Decode with charset detection; None when no plausible text encoding is found.

    Single-byte detection cannot tell cp1252 from its Latin cousins on short
    text, so Latin-script results use cp1252, the encoding of legacy Western pages.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > MAX_CHAOS:
        return None
    text = str(best)
    if _mostly_latin(text):
        try:
            return data.decode(LEGACY_WESTERN)
        except UnicodeDecodeError:
            return text
    return text


def decode_bytes(data: bytes, source: str) -> str:
    """Bytes to text: BOM, then UTF-8, then detected charset; InputError for binary data."""
    if data.startswith(BINARY_MAGIC):
        raise InputError(source, "binary file, not text")
    text = _decode_bom(data)
    if text is None:
        if b"\x00" in data:
            raise InputError(source, "binary file (contains NUL bytes)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect(data)
    if text is None or control_ratio(text) > MAX_CONTROL_RATIO:
        raise InputError(source, NOT_TEXT)
    return text
