"""An act a warning, threat or pledge names ("X's warning last week that Y would attack") comes
after the warning: it is dated from the warning's day on, and the threat it implies on that
day, not from the publication day."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.fuse.dates import mention_range
from eventwire.model import Article
from eventwire.pipeline import Pipeline

TEXT = ("The strikes were in line with Norland's warning last week that Norland would attack "
        "if Velland violated the agreement, officials said.")


@pytest.fixture(scope="module")
def events() -> list[Any]:
    ex = next(iter(Pipeline().run([Article(id="t", text=TEXT, published="2025-06-05")])))
    return ex.events


def test_warned_act_is_dated_from_the_warning_on(events: list[Any]) -> None:
    act = next(e for e in events if e.type == "ASSAULT" and e.trigger.text == "attack")
    assert act.modality == "hypothetical"
    assert act.date.get("via") == "after-statement"
    assert act.date["span"]["text"] == "last week"
    rng = mention_range(act.to_dict(), "2025-06-05")
    assert rng is not None and rng["range"] == ["2025-05-26", "2025-06-09"]
    assert rng["from"] == "tense:after-statement"


def test_threat_is_made_on_the_warning_s_day(events: list[Any]) -> None:
    threat = next(e for e in events if e.type == "THREATEN" and e.trigger.text == "attack")
    assert threat.date.get("via") == "statement"
    assert threat.date["span"]["text"] == "last week"


def test_plain_future_act_keeps_the_publication_day() -> None:
    text = "Officials said Norland would attack the border posts."
    ex = next(iter(Pipeline().run([Article(id="u", text=text, published="2025-06-05")])))
    act = next((e for e in ex.events if e.type == "ASSAULT"), None)
    assert act is None or act.date.get("via") != "after-statement"


def test_range_of_a_date_after_a_warning() -> None:
    data = {"modality": "hypothetical",
            "date": {"value": "2025-06-02", "from": "text", "via": "after-statement",
                     "span": {"start": 0, "end": 6, "text": "Monday"}},
            "trigger": {"start": 30, "end": 36, "text": "strike"},
            "sentence": {"start": 0, "end": 60, "text": "x" * 60}}
    rng = mention_range(data, "2025-06-05")
    assert rng["range"] == ["2025-06-02", "2025-06-16"]
