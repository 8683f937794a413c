"""Time expressions that count from the text's reference time (the last date it named)
rather than the publication date, and the tense of participle clauses."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import extract_times

ANCHOR = dt.date(2025, 6, 5)  # a Thursday


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _values(text: str, doc=None) -> dict[str, str | None]:
    """Expression text -> value, resolved against ANCHOR."""
    return {t.text: t.value for t in extract_times(text, ANCHOR, doc)}


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("On April 9, 2011, she became a colonel, and the following year she retired.",
     "the following year", "2012"),
    ("Rebels entered Maralo on March 3. The next day, the garrison withdrew.",
     "The next day", "2025-03-04"),
    ("The truce took effect on April 20. Three days earlier, shelling killed nine.",
     "Three days earlier", "2025-04-17"),
    ("Guards left the post on May 2. The day before, the bridge was mined.",
     "The day before", "2025-05-01"),
    ("The accord was signed in October 2016. That month, exports doubled.",
     "That month", "2016-10"),
    ("The pact was signed on Feb. 11, 2020. The previous week, envoys met.",
     "The previous week", "2020-W06"),
    ("Rebels entered Maralo on March 3. Later in the day, the garrison withdrew.",
     "Later in the day", "2025-03-03"),
])
def test_relative_expressions_count_from_the_last_date_named(text: str, expr: str,
                                                             value: str) -> None:
    assert _values(text)[expr] == value


def test_n_units_later_is_a_duration_reaching_a_point() -> None:
    text = "Rebels entered Maralo on March 3. Two days later, talks began. The next day, they broke up."
    found = {t.text: t for t in extract_times(text, ANCHOR)}
    later = found["Two days later"]
    assert (later.type, later.value, later.point) == ("DURATION", "P2D", "2025-03-05")
    assert later.to_dict()["point"] == "2025-03-05"
    assert found["The next day"].value == "2025-03-06"


def test_a_few_days_later_is_an_unmeasured_duration() -> None:
    found = {t.text: t for t in extract_times("A few days later, talks began.", ANCHOR)}
    assert (found["A few days later"].type, found["A few days later"].value) == ("DURATION", "PXD")


def test_a_coarse_reference_keeps_its_precision() -> None:
    found = _values("The dam opened in July 2018. The next day, the river fell.")
    assert found["The next day"] == "2018-07"


def test_without_a_reference_the_publication_date_anchors() -> None:
    assert _values("The next day, the garrison withdrew.")["The next day"] == "2025-06-06"


def test_a_reference_far_back_no_longer_anchors() -> None:
    filler = " ".join(["Residents queued for water at the pumps."] * 12)
    text = f"The siege began on March 3. {filler} The next day, aid arrived."
    assert _values(text)["The next day"] == "2025-06-06"


def test_the_day_before_an_event_is_no_reference_expression() -> None:
    found = _values("Markets fell on Oct. 14, 2024, the day before the vote.")
    assert "the day before" not in found


def test_next_week_still_counts_from_publication() -> None:
    found = _values("The pact was signed on Feb. 11, 2020. Envoys meet again next week.")
    assert found["next week"] == "2025-W24"


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Shares, which hit a peak set on Nov. 20, slid.", "Nov. 20", "2024-11-20"),
    ("For the year ended Oct. 31, the firm earned $4 million.", "Oct. 31", "2024-10-31"),
    ("The index has fluctuated, rising to a high in November.", "November", "2024-11"),
])
def test_participles_carry_past_tense(nlp, text: str, expr: str, value: str) -> None:
    assert _values(text, nlp(text))[expr] == value


def test_a_scheduling_participle_is_not_past(nlp) -> None:
    text = "The vote, expected in November, may be delayed."
    assert _values(text, nlp(text))["November"] == "2025-11"


def test_a_weekday_named_again_is_the_same_day(nlp) -> None:
    text = ("The envoy said Monday that talks will open Tuesday in Maralo. Aides said the "
            "agenda of Tuesday's talks was narrow.")
    found = [t.value for t in extract_times(text, ANCHOR, nlp(text)) if "Tuesday" in t.text]
    assert found == ["2025-06-10", "2025-06-10"]


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Output should recover in next year's first quarter.", "next year's first quarter",
     "2026-Q1"),
    ("Sales fell in last year's fourth quarter.", "last year's fourth quarter", "2024-Q4"),
    ("The plant opens in 2027's second quarter.", "2027's second quarter", "2027-Q2"),
    ("Talks resume in the first half of next year.", "the first half of next year", "2026-H1"),
])
def test_a_part_of_a_named_year(text: str, expr: str, value: str) -> None:
    assert _values(text)[expr] == value


def test_no_third_half() -> None:
    assert _values("Losses grew in last year's third half.")["last year"] == "2024"


def test_earlier_in_the_day_without_a_reference_is_the_publication_day() -> None:
    assert _values("Earlier in the day, the ferry resumed its crossings.")[
        "Earlier in the day"] == ANCHOR.isoformat()
