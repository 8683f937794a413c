"""Two events of one sentence a stated interval apart ("on Wednesday, a day after X"): the
one with a date of its text dates the other through the interval."""

from __future__ import annotations

from eventwire.model import Article
from eventwire.pipeline import Pipeline


def _dates(*texts: str) -> list[dict[str, dict]]:
    arts = [Article(id=str(i), text=t, published="2025-04-25") for i, t in enumerate(texts)]
    return [{e.trigger.text: e.date for e in ex.events} for ex in Pipeline().run(arts)]


def test_the_clause_event_lies_the_interval_before_the_dated_event() -> None:
    first, second, third = _dates(
        "The government expelled three envoys on Wednesday, a day after gunmen killed 12 "
        "villagers near the border.",
        "The government expelled three envoys a day after gunmen killed 12 villagers near "
        "the border on Tuesday.",
        "The government expelled three envoys, two days after gunmen killed 12 villagers "
        "near the border.")
    killed = first["killed"]
    assert (killed["range"], killed["range_from"], killed["value"]) == \
        (["2025-04-22", "2025-04-22"], "offset:main-clause", "2025-04-22")
    expelled = second["expelled"]
    assert (expelled["range"], expelled["range_from"], expelled["value"]) == \
        (["2025-04-23", "2025-04-23"], "offset:after-clause", "2025-04-23")
    # neither dated by the text: the tense bounds stay
    assert third["expelled"]["range_from"] == "tense:past"
    assert third["killed"]["range_from"] == "tense:past+offset-clause"


def test_a_clause_opening_the_sentence_modifies_the_event_after_its_comma() -> None:
    first, second = _dates(
        "A day after gunmen killed 12 villagers near the border, the government expelled "
        "three envoys on Wednesday.",
        "Two days after gunmen killed 12 villagers on Monday, the government expelled three "
        "envoys.")
    assert first["killed"]["range"] == ["2025-04-22", "2025-04-22"]
    assert second["expelled"]["range"] == ["2025-04-23", "2025-04-23"]


def test_hours_after_puts_the_clause_event_that_day_or_the_night_before() -> None:
    first, second, third = _dates(
        "Police arrested three fishermen on Wednesday, hours after a ceasefire took effect.",
        "Rebels shelled the village on Wednesday, just two hours after the truce began.",
        "The strike on Wednesday came hours after the government accused the rebels of "
        "violating the truce.")
    assert first["ceasefire"]["range"] == ["2025-04-22", "2025-04-23"]
    assert first["arrested"]["range"] == ["2025-04-23", "2025-04-23"]
    assert second["truce"]["range"] == ["2025-04-22", "2025-04-23"]
    assert third["accused"]["range"] == ["2025-04-22", "2025-04-23"]
    assert third["accused"]["range_from"] == "offset:main-clause"


def test_an_approximate_interval_dates_the_clause_event_to_a_range() -> None:
    first, second = _dates(
        "The government expelled three envoys on Wednesday, nearly a week after gunmen killed "
        "12 villagers near the border.",
        "The government expelled three envoys on Wednesday, about two weeks after gunmen "
        "killed 12 villagers near the border.")
    assert first["killed"]["range"] == ["2025-04-16", "2025-04-18"]
    assert first["killed"]["range_from"] == "offset:main-clause"
    assert second["killed"]["range"] == ["2025-04-05", "2025-04-13"]


def test_an_exact_interval_keeps_one_day() -> None:
    (got,) = _dates("The government expelled three envoys on Wednesday, a week after gunmen "
                    "killed 12 villagers near the border.")
    assert got["killed"]["range"] == ["2025-04-16", "2025-04-16"]
