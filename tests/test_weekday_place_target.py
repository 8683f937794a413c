"""'Russian forces shelled Kherson Sunday': the parser reads the place and the weekday as one
noun phrase headed by the weekday, a time adverbial of the verb; the place is the target."""

from __future__ import annotations

import pytest

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

DATE = "2024-06-10"
# text, event type, source country, target country
CASES = [
    ("Russian forces shelled Kherson Sunday.", "ASSAULT", "RUS", "UKR"),
    ("Russian forces shelled Kherson on Sunday.", "ASSAULT", "RUS", "UKR"),
    ("Russian troops shelled Kharkiv Monday.", "ASSAULT", "RUS", "UKR"),
    ("Israeli jets struck Beirut Friday.", "ASSAULT", "ISR", "LBN"),
    ("Turkish jets struck Kobani Monday.", "ASSAULT", "TUR", "SYR"),
]


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    arts = [Article(id=f"w{i}", text=t, published=DATE, published_from="input")
            for i, (t, _, _, _) in enumerate(CASES)]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


@pytest.mark.parametrize("i", range(len(CASES)))
def test_place_before_weekday_is_target(results: dict[str, Extraction], i: int) -> None:
    text, etype, source, target = CASES[i]
    events = [e for e in results[f"w{i}"].events if e.type == etype]
    assert events, text
    ev = events[0]
    assert {p.actor.country for p in ev.source if p.actor} == {source}, text
    assert {p.actor.country for p in ev.target if p.actor} == {target}, text
    assert not any(p.text.endswith(("Sunday", "Monday", "Friday")) for p in ev.target), text


def test_weekday_alone_gives_no_target() -> None:
    ex = list(Pipeline().run([Article(id="w", text="Protesters gathered in Lima Sunday.",
                                      published=DATE, published_from="input")]))[0]
    for ev in ex.events:
        assert not any("Sunday" in p.text for p in ev.target)
