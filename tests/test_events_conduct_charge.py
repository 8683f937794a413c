"""Defiance that a speaker tells of another party (defy, resist, flout, violate ...) is the
speaker's charge (ACCUSE), not a REJECT; the speaker's own defiance, a planned one and
defiance told by the narrator stay REJECT."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events
from test_events_charged import _types

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "\"They are defying the will of the people,\" the Velmar president said of the "
    "Borovian leaders.",
    "The Velmar foreign ministry said Borovia had violated the truce overnight.",
    "Velmar's prime minister told reporters that Borovia was resisting every effort at "
    "mediation.",
    "\"Borovia flouted the embargo again,\" said Anna Kestrel, the Velmar trade minister.",
    "Critics argue the junta has repeatedly breached the ceasefire agreement.",
    "According to the Velmar president, Borovia is defying the court.",
    "\"The regime keeps defying the court and the people,\" Anna Kestrel, a Velmar senator, "
    "told reporters.",
])
def test_defiance_told_by_another_is_a_charge(pipeline, text):
    types = _types(pipeline, text)
    assert "ACCUSE" in types
    assert "REJECT" not in types


def test_the_charge_names_the_speaker_and_the_defiant_party(pipeline):
    text = "The Velmar foreign ministry said Borovia had violated the truce overnight."
    charges = [ev for ev in _events(pipeline, text) if ev.type == "ACCUSE"]
    assert charges and charges[0].mode == "ACCUSE/allege"
    assert "Velmar" in " ".join(p.text for p in charges[0].source)
    assert "Borovia" in " ".join(p.text for p in charges[0].target)


@pytest.mark.parametrize("text", [
    "Borovia defied the court order on Monday.",  # the narrator's account
    "\"We defied the ban,\" said the leader of the Borovian opposition.",  # the speaker's own
    "Borovia said it resisted the pressure from Velmar.",  # reported, the speaker's own
    "\"We will resist any pressure from Borovia,\" the Velmar president said.",  # planned
])
def test_own_or_narrated_defiance_stays_a_refusal(pipeline, text):
    types = _types(pipeline, text)
    assert "REJECT" in types
    assert "ACCUSE" not in types
