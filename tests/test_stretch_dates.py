"""A span told back from the report ("in recent weeks", "over the past three months", "has
held him for two years") dates an undated past event from that far back up to the report,
not to the week before it."""

from __future__ import annotations

from eventwire.fuse.dates import STRETCH_FROM, stretch_reach
from eventwire.model import Article
from eventwire.pipeline import Pipeline

PUBLISHED = "2025-04-25"


def _dates(*texts: str) -> list[dict[str, dict]]:
    arts = [Article(id=str(i), text=t, published=PUBLISHED) for i, t in enumerate(texts)]
    return [{e.trigger.text: e.date for e in ex.events} for ex in Pipeline().run(arts)]


def test_an_unmeasured_recent_span_reaches_back_by_its_unit() -> None:
    assert stretch_reach("PAST_REF", "recent weeks") == 42
    assert stretch_reach("PAST_REF", "the past few months") == 183
    assert stretch_reach("PAST_REF", "recently") is None  # names no span
    assert stretch_reach("PXM", "months", "held him for ", perfect=True) == 183


def test_a_measured_duration_counts_only_back_from_now() -> None:
    assert stretch_reach("P3M", "the past three months") == 90
    assert stretch_reach("P2Y", "two years", "has held him for ", perfect=True) == 730
    # a simple past "held him for two years" may lie anywhere before the report
    assert stretch_reach("P2Y", "two years", "held him for ") is None
    assert stretch_reach("P2Y", "two years", "within ") is None


def test_recent_weeks_and_the_past_months_date_the_event_up_to_the_report() -> None:
    (recent,), (past,) = (list(d.values()) for d in _dates(
        "Militants attacked the convoy in recent weeks.",
        "Rebels attacked a dozen villages over the past three months."))
    assert recent["range"] == ["2025-03-14", PUBLISHED] and recent["range_from"] == STRETCH_FROM
    assert past["range"] == ["2025-01-25", PUBLISHED] and past["range_from"] == STRETCH_FROM
    assert past["range_span"]["text"] == "the past three months"


def test_for_a_span_reaches_back_only_in_the_present_perfect() -> None:
    perfect, simple = _dates("The army has detained the opposition leader for two years.",
                             "The army detained the opposition leader for two years.")
    assert perfect["detained"]["range"] == ["2023-04-26", PUBLISHED]
    assert simple["detained"]["range_from"] == "tense:past"


def test_a_span_within_the_default_week_keeps_the_tense_bounds() -> None:
    (days,) = _dates("Militants attacked the convoy in recent days.")
    assert days["attacked"]["range"] == ["2025-04-18", PUBLISHED]
    assert days["attacked"]["range_from"] == "tense:past"
