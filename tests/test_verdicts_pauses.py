"""A court finding a party guilty or liable is a SANCTION (mode convict, as a conviction or a
sentence is), and pausing aid, talks or trade is the SANCTION suspending them is; finding
people or evidence is no event."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

VERDICTS = {
    "found_guilty": "A Moscow court found opposition politician Ilya Yashin guilty of spreading "
                    "false information about the army.",
    "was_found_guilty": "The former Lorania president was found guilty of embezzlement on Monday.",
    "found_liable": "The tribunal in Varo found the Redland company liable for the damage.",
}
PAUSES = {
    "paused_aid": "The United States paused military aid to Ukraine on Monday.",
    "paused_talks": "Redland paused talks with Lorania after the border incident.",
}
NONE = {
    "found_hikers": "Lorania found the missing hikers on Monday.",
    "found_no_evidence": "The inquiry found no evidence that Redland troops were involved.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**VERDICTS, **PAUSES, **NONE})


@pytest.mark.parametrize("key", sorted(VERDICTS))
def test_a_guilty_finding_is_a_conviction(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "SANCTION")
    assert found and found[0].mode == "SANCTION/convict", \
        [(e.type, e.trigger.text, e.mode) for e in results[key].events]
    assert found[0].modality == "asserted"


def test_the_court_is_the_source(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["found_guilty"], "SANCTION")
    assert any("court" in p.text for p in ev.source)


@pytest.mark.parametrize("key", sorted(PAUSES))
def test_a_pause_is_a_suspension(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "SANCTION")
    assert found and found[0].trigger.text.startswith("paused"), \
        [(e.type, e.trigger.text) for e in results[key].events]


@pytest.mark.parametrize("key", sorted(NONE))
def test_finding_things_is_no_sanction(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "SANCTION")
