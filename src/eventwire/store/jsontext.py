"""Decoding of stored JSON text: ``orjson`` where it decodes exactly as the standard library.

Everything the store holds is written by ``json.dumps`` (SQLAlchemy's JSON type and the
extraction writer), so the standard library's ``json.loads`` defines what it means.
``orjson.loads`` gives the same values faster, except for what ``json.dumps`` may write and
orjson reads otherwise: ``NaN``, ``Infinity`` and lone UTF-16 surrogate escapes (orjson refuses
them) and integers beyond 64 bits (orjson reads them as floats, silently). Text with a run of
19 digits or more (the only way to write such an integer; found on a copy with every digit
made ``0``, cheaper than a regular expression) and text orjson refuses are decoded by
``json.loads``, so the values never depend on which decoder read them.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
LONG_NUMBER = b"0" * 19  # digits enough for an integer orjson may not read as one


def loads(text: str | bytes) -> Any:
    """The value of JSON ``text``, exactly as ``json.loads`` reads it."""
    raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else bytes(text)
    if LONG_NUMBER not in raw.translate(DIGITS_AS_ZERO):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    return json.loads(text)
