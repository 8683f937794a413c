"""'X told Y to do Z' is a REQUEST from X to Y (a directive); 'told reporters that ...' and
'told journalists to expect ...' are statements to the press, not directives."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

FIRES = {
    "named": "The Brazilian president told Venezuela to withdraw its troops from the border.",
    "negated": "The Japanese government told Seoul not to hold the drills near the islands.",
    "body": "The Chilean interior minister told the protesters to leave the square.",
    "states": "The Commission told the member states not to close their borders.",
}
SILENT = {
    "press_that": "The Brazilian president told reporters that talks would resume on Monday.",
    "press_to": "The Chilean interior minister told reporters to expect a deal within days.",
    "news": "The Japanese foreign minister told the BBC that Tokyo was ready for talks.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**FIRES, **SILENT})


def _told(ex: Extraction) -> list:
    return [e for e in of_type(ex, "REQUEST") if e.trigger.text == "told"]


@pytest.mark.parametrize("key", sorted(FIRES))
def test_a_directive_tell_is_a_request_to_its_object(results, key: str) -> None:
    found = _told(results[key])
    assert len(found) == 1, FIRES[key]
    assert found[0].modality == "asserted" and found[0].target, FIRES[key]


def test_the_party_told_is_the_target(results) -> None:
    found = _told(results["named"])[0]
    assert {p.actor.country for p in found.source if p.actor} == {"BRA"}
    assert {p.actor.country for p in found.target if p.actor} == {"VEN"}


@pytest.mark.parametrize("key", sorted(SILENT))
def test_telling_the_press_is_no_request(results, key: str) -> None:
    assert not _told(results[key]), SILENT[key]
