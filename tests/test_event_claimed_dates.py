"""An event without a day of its own takes the date claim its range comes from."""

from __future__ import annotations

import pytest

from eventwire.extract.attributes import claimed_date
from eventwire.model import Article
from eventwire.pipeline import Pipeline

MONDAY = {"start": 9, "end": 15, "text": "Monday"}
CLAIM = {"kind": "date", "value": "2025-03-10", "span": MONDAY}
FALLBACK = {"value": "2025-03-11", "from": "article"}


def found(rng: list[str], how: str = "date_claim", span: dict | None = MONDAY) -> dict:
    return {"range": rng, "from": how, "span": span}


def test_a_fallback_date_takes_the_claim_its_range_came_from() -> None:
    out = claimed_date(FALLBACK, found(["2025-03-10", "2025-03-10"]), [CLAIM])
    assert out == {"value": "2025-03-10", "span": MONDAY, "from": "text", "via": "date claim"}


def test_a_value_naming_no_days_takes_the_claim() -> None:
    vague = {"value": "PAST_REF", "from": "text", "via": "attached"}
    assert claimed_date(vague, found(["2025-03-10", "2025-03-10"]), [CLAIM])["value"] == \
        "2025-03-10"


def test_an_own_date_from_the_text_is_kept() -> None:
    own = {"value": "2025-03-09", "from": "text", "via": "attached"}
    assert claimed_date(own, found(["2025-03-10", "2025-03-10"]), [CLAIM]) is None


@pytest.mark.parametrize("rng", [["2025-03-17", "2025-03-17"],  # the weekday moved a week
                                 ["2025-03-10", "2025-03-11"]])  # a night spread to the next day
def test_a_range_moved_off_the_claims_days_keeps_the_fallback(rng: list[str]) -> None:
    assert claimed_date(FALLBACK, found(rng, "date_claim+weekday"), [CLAIM]) is None
    assert claimed_date(FALLBACK, found(rng), [CLAIM]) is None


def test_a_range_narrowed_within_the_claims_days_takes_the_claim() -> None:
    late = {"start": 30, "end": 42, "text": "late January"}
    month = {"kind": "date", "value": "2025-01", "span": late}
    out = claimed_date(FALLBACK, found(["2025-01-16", "2025-01-31"], "date_claim+part", late),
                       [month])
    assert out == {"value": "2025-01", "span": late, "from": "text", "via": "date claim"}
    # narrowed past the claim's days: not its date
    assert claimed_date(FALLBACK, found(["2025-01-16", "2025-02-02"], "date_claim+part", late),
                        [month]) is None


def test_a_range_from_tense_or_another_span_keeps_the_fallback() -> None:
    assert claimed_date(FALLBACK, found(["2025-03-04", "2025-03-11"], "tense:past", None),
                        [CLAIM]) is None
    other = {"start": 40, "end": 46, "text": "Sunday"}
    assert claimed_date(FALLBACK, found(["2025-03-10", "2025-03-10"], span=other),
                        [CLAIM]) is None


def dates(text: str) -> dict[str, dict]:
    ex = next(iter(Pipeline().run([Article(id="a", text=text, published="2025-03-11")])))
    return {e.trigger.text: e.date for e in ex.events}


def test_a_planned_truce_dated_by_its_claim_end_to_end() -> None:
    d = dates("The truce between the two militias is due to take effect at noon local time "
              "on Thursday.")["truce"]
    assert (d["value"], d["from"], d["via"], d["range"]) == \
        ("2025-03-13", "text", "date claim", ["2025-03-13", "2025-03-13"])


def test_a_claim_on_another_nouns_clause_leaves_the_fallback_end_to_end() -> None:
    d = dates("Rebels ambushed the convoy sent to Maralo in March.")["ambushed"]
    assert d["from"] == "article" and d["value"] == "2025-03-11"


def test_a_claim_dating_the_report_leaves_the_fallback_end_to_end() -> None:
    d = dates("Earlier on Monday, the governor said a drone strike had killed two farmers "
              "near the river.")["killed"]
    assert d["from"] == "article" and d["value"] == "2025-03-11"


def test_an_attached_date_is_not_replaced_end_to_end() -> None:
    d = dates("Gunmen attacked a convoy near the border on Sunday.")["attacked"]
    assert (d["value"], d["via"]) == ("2025-03-09", "attached")



def test_a_bare_clock_time_claims_no_day() -> None:
    text = "The curfew between the rival towns is due to start at 6 a.m., the council said."
    ex = next(iter(Pipeline().run([Article(id="a", text=text, published="2025-03-11")])))
    assert [c.value for c in ex.claims if c.kind == "date"] == []
