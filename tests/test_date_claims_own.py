"""A date claim the parse hangs on a noun is still the event's own time when the text
shows it: a table row's date cell, a date after a temporal preposition that the parse
made part of a name, a date a "when" clause follows. Dates naming a thing stay aside.
Fusion reads the range extraction stored (one derivation)."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.fuse.mentions import make_mention
from eventwire.model import Extraction

TEXTS = {
    "table": "| 3 Mar | Pakistani army shells Indian posts near Uri |\n"
             "| 4 Mar | India and Pakistan agree to a truce |\n",
    "on_friday": "On Friday Norway's foreign minister, Anniken Huitfeldt, told reporters that "
                 "Colombia and the rebels had agreed to a truce.",
    "on_sunday": "On Sunday Turkey's president told a rally that Russia and Ukraine had agreed "
                 "to swap prisoners.",
    "when_advcl": "Villagers recalled the liberation of May 1994, when the occupying army "
                  "withdrew from the south.",
    "when_relcl": "The crowd remembered the war of July 2006, when Israeli jets bombed the "
                  "bridges.",
    "treaty_of": "Delegates signed the treaty of 1987.",
    "birth": "The envoy, born in 1950, protested outside the palace.",
}
PUBLISHED = "2025-06-05"  # a Thursday


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "trigger", "expected", "source"), [
    ("table", "shells", ["2025-03-03", "2025-03-03"], "date_claim"),
    ("table", "agree", ["2025-03-04", "2025-03-04"], "date_claim"),
    ("on_friday", "agreed", ["2025-05-30", "2025-05-30"], "date_claim"),
    ("on_sunday", "agreed", ["2025-06-01", "2025-06-01"], "date_claim"),
    ("when_advcl", "withdrew", ["1994-05-01", "1994-05-31"], "date_claim"),
    # a "when" clause on a dated noun takes the noun's time as its own attached date
    ("when_relcl", "bombed", ["2006-07-01", "2006-07-31"], "time_expression"),
])
def test_a_date_the_text_shows_is_a_time_dates_the_event(
        results: dict[str, Extraction], key: str, trigger: str, expected: list[str],
        source: str) -> None:
    date = by_trigger(results[key], trigger).date
    assert date["range"] == expected and date["range_from"] == source
    assert date["range_span"]["text"] in TEXTS[key]


@pytest.mark.parametrize(("key", "trigger"), [("treaty_of", "signed"), ("birth", "protested")])
def test_a_date_naming_a_thing_still_stays_aside(results: dict[str, Extraction], key: str,
                                                 trigger: str) -> None:
    date = by_trigger(results[key], trigger).date
    assert date["range"] == ["2025-05-29", "2025-06-05"] and date["range_from"] == "tense:past"
    assert date["range_span"] is None


def test_fusion_reads_the_stored_range(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["treaty_of"], "signed").to_dict()
    m = make_mention("m1", {"id": "a1", "published": PUBLISHED}, ev, None)
    assert m.range == ["2025-05-29", "2025-06-05"] and m.when["from"] == "tense:past"
    old = {**ev, "date": {k: v for k, v in ev["date"].items() if k != "range_span"}}
    derived = make_mention("m2", {"id": "a1", "published": PUBLISHED}, old, None)
    assert derived.range is not None  # a mention stored without the span: derived again
