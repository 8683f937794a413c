"""A party's conduct judged by its effect in quoted or reported speech ('poses a threat to',
'undermines', 'destabilises', 'endangers', 'threatens the stability of') is the speaker's
charge (ACCUSE) of that party; a negated or hedged judgment, the speaker's own conduct, a
thing with no party and the narrator's own words give no charge."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _charges(pipeline, text: str) -> list:
    return [ev for ev in _events(pipeline, text) if ev.type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Velmar officials said Borovia poses a serious threat to regional peace.",
    "The Velmar minister said the Borovian strikes threaten the sovereignty of Velmar.",
    "The Velmar foreign ministry said Borovia was undermining the ceasefire.",
    "\"Borovia is destabilising the whole region,\" the Velmar president said.",
    "Velmar said the Borovian government endangers the truce.",
    "Anna Kestrel, a Velmar senator, said Borovia's leader has ignored the court, "
    "weakening the courts and threatening the unity of Velmar.",
])
def test_an_effect_a_speaker_tells_of_another_party_is_a_charge(pipeline, text):
    charges = _charges(pipeline, text)
    assert charges and charges[0].mode == "ACCUSE/allege"
    speaker = " ".join(p.text for p in charges[0].source)
    assert ("Velmar" in speaker or "Kestrel" in speaker) and "Borovia" not in speaker
    assert "Borovia" in " ".join(p.text for p in charges[0].target)
    assert "THREATEN" not in [ev.type for ev in _events(pipeline, text)]


@pytest.mark.parametrize("text", [
    "The storm threatens the harvest, Velmar officials said.",
    "Velmar officials said inflation undermines growth.",
    "The Velmar minister said Borovia poses no threat to its neighbours.",
    "The Velmar minister said Borovia does not threaten the stability of the region.",
    "The Velmar minister said Borovia could undermine the talks.",
    "\"We threaten the security of no one,\" the Borovian general said.",
    "Borovia is undermining the ceasefire.",
])
def test_no_charge_without_a_judged_party(pipeline, text):
    assert not _charges(pipeline, text)


@pytest.mark.parametrize("text", [
    "The fighting between Borovian factions threatens the stability of the whole region, "
    "Velmar officials said.",
    "\"The Borovian militia keeps raiding farms and threatening the territorial integrity of "
    "Velmar,\" the Velmar president said.",
    "Borovia's actions threaten the security of Velmar.",
])
def test_a_state_of_things_threatened_is_no_threat(pipeline, text):
    assert "THREATEN" not in [ev.type for ev in _events(pipeline, text)]


@pytest.mark.parametrize("text", [
    "Borovia threatened Velmar with new strikes on Monday.",
    "The Borovian foreign minister threatened to close the border with Velmar on Monday.",
])
def test_a_warning_to_a_party_stays_a_threat(pipeline, text):
    assert "THREATEN" in [ev.type for ev in _events(pipeline, text)]
