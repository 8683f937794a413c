"""A mention nested in clauses inside clauses takes the date claim of the nearest clause
above it that has one, not the date of a clause farther up (the main clause, the statement
reporting it); a date that only ends a state is no clause's date and leaves the others. A
free -ing clause happens with the verb it goes with and takes that verb's date."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.model import Extraction

TEXTS = {
    "relative": "The president was ousted in December, but the unrest that began on 6 March "
                "in the hills, where soldiers clashed with rebels, has killed hundreds.",
    "reported": "Two officials told reporters on Wednesday that 40 prisoners, including 23 men "
                "held at the army's detention camp, were flown to the capital on Tuesday.",
    "free_ing": "Militants attacked a crowded passenger train Tuesday in the southern "
                "province, taking many hostages.",
    "after_ing": "The minister rejected the plan on Tuesday after meeting the envoy.",
    "state_end": "The minister said on Monday that the blockade, which the navy imposed on the "
                 "port, would remain in force until 3 March.",
}
PUBLISHED = "2025-06-05"  # a Thursday


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "trigger", "day", "span"), [
    ("relative", "clashed", "2025-03-06", "6 March"),  # not December, the main clause's
    ("reported", "detention", "2025-06-03", "Tuesday"),  # not Wednesday, the telling's
])
def test_the_nearest_dated_clause_dates_the_mention(
        results: dict[str, Extraction], key: str, trigger: str, day: str, span: str) -> None:
    date = by_trigger(results[key], trigger).date
    assert date["range"] == [day, day] and date["range_from"] == "date_claim"
    assert date["value"] == day and date["span"]["text"] == span


def test_a_state_end_is_no_nearer_clause_date(results: dict[str, Extraction]) -> None:
    """'until 3 March' ends the blockade; the statement on Monday still bounds it."""
    date = by_trigger(results["state_end"], "blockade").date
    assert date["range_from"] == "tense:before-statement"
    assert date["range"][1] == "2025-06-02"


def test_a_free_ing_clause_takes_the_date_of_its_verb(results: dict[str, Extraction]) -> None:
    date = by_trigger(results["free_ing"], "taking").date
    assert date["value"] == "2025-06-03" and date["via"] == "participle clause"
    assert date["span"]["text"] == "Tuesday" and date["range"] == ["2025-06-03", "2025-06-03"]


def test_an_ing_clause_after_a_conjunction_keeps_its_own_time(
        results: dict[str, Extraction]) -> None:
    """'after meeting the envoy': the meeting came before Tuesday, not on it."""
    date = by_trigger(results["after_ing"], "meeting").date
    assert date["value"] != "2025-06-03" and date.get("via") != "participle clause"
