"""Stored JSON decodes to exactly what the standard library reads, whichever decoder reads it."""

import json
import math

import pytest

from eventwire.store import Store
from eventwire.store import fuse_tables as ft
from eventwire.store.jsontext import loads

SAMPLES = [
    {"text": "Talks in Doha", "start": 3, "end": 17, "score": 0.1, "tiny": 5e-324},
    ["Zürich", "\u00e9t\u00e9", "\U0001f600", -0.0, 1.7976931348623157e308, None, True],
    {"a": 1, "a2": {"b": [1, 2, {"c": "d"}]}, "n": 18446744073709551615},
    {"big": 123456789012345678901234567890, "neg": -9223372036854775809},  # beyond 64 bits
    {"id": "article-12345678901234567890"},  # a long digit run in a string
    ["\ud800 lone surrogate"],
]


@pytest.mark.parametrize("value", SAMPLES)
@pytest.mark.parametrize("ensure_ascii", [True, False])
def test_loads_equals_json_loads(value, ensure_ascii):
    text = json.dumps(value, ensure_ascii=ensure_ascii)
    got = loads(text)
    assert got == json.loads(text)
    assert repr(got) == repr(json.loads(text))  # same types: an int stays an int
    if ensure_ascii:
        assert repr(loads(text.encode("ascii"))) == repr(json.loads(text))


def test_big_integers_stay_integers():
    assert loads('{"n": 123456789012345678901234567890}') == {"n": 123456789012345678901234567890}
    assert type(loads("[-9223372036854775809]")[0]) is int


def test_non_finite_numbers_read_as_json_writes_them():
    got = loads(json.dumps([math.nan, math.inf, -math.inf]))
    assert math.isnan(got[0]) and got[1:] == [math.inf, -math.inf]


def test_invalid_json_still_raises():
    with pytest.raises(json.JSONDecodeError):
        loads('{"a": ')


def test_json_columns_read_back_what_was_written(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'j.db'}")
    summary = [{"text": "Ceasefire \u00e9t\u00e9 \U0001f600", "n": 123456789012345678901234567890,
                "x": math.inf, "s": "\udc00"}]
    with store.begin() as conn:
        conn.execute(ft.stories.insert().values(id="story-1", seq=1, title="t", summary=summary,
                                                profile={"n": 1}, updated_at=""))
    with store.engine.connect() as conn:
        row = conn.execute(ft.stories.select()).one()
    assert repr(row.summary) == repr(summary)
