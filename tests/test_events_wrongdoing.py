"""A wrong that is a charge by its nature, told in speech of another party, is the speaker's
ACCUSE; so are 'took aim at' and a truce said to be broken."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _charges(pipeline, text: str):
    return [ev for ev in _events(pipeline, text) if ev.type == "ACCUSE"]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Ukraine said Russia had violated international law.", "Ukraine", "Russia"),
    ('"Russia is committing war crimes in Ukraine," the president said.', "president", "Russia"),
    ("The ministry said Washington was spreading disinformation.", "ministry", "Washington"),
    ('"Beijing is meddling in our elections," the Taiwanese president said.', "president",
     "Beijing"),
    ('"Pakistan harbors terrorists," the Indian minister said.', "minister", "Pakistan"),
])
def test_a_wrong_told_in_speech_is_the_speakers_charge(pipeline, text, source, target):
    charges = _charges(pipeline, text)
    assert charges, [ev.type for ev in _events(pipeline, text)]
    assert charges[0].mode == "ACCUSE/allege"
    assert any(source in p.text for p in charges[0].source)
    assert any(target in p.text for p in charges[0].target)


@pytest.mark.parametrize("text", [
    '"We have never violated international law," the minister said.',
    "Russia said it had not violated international law.",
    "International law was violated, the minister said.",
    "Russia violated international law when it invaded Ukraine.",
    "The minister said Israel was violating Lebanese sovereignty.",
])
def test_own_denied_passive_narrated_or_physical_wrongs_make_no_charge(pipeline, text):
    assert not _charges(pipeline, text)


@pytest.mark.parametrize(("text", "target"), [
    ("Russian police said Ukraine had broken the ceasefire.", "Ukraine"),
    ("Israel said Hezbollah broke the truce by firing rockets.", "Hezbollah"),
])
def test_a_truce_said_to_be_broken_is_a_charge(pipeline, text, target):
    events = _events(pipeline, text)
    charges = [ev for ev in events if ev.type == "ACCUSE"]
    assert charges and any(target in p.text for p in charges[0].target)
    assert "RETREAT" not in [ev.type for ev in events]


def test_taking_aim_at_a_party_is_criticism(pipeline):
    charges = _charges(pipeline, "Senators took aim at China over its trade practices.")
    assert charges and charges[0].mode == "ACCUSE/disapprove"
    assert any("China" in p.text for p in charges[0].target)


def test_soldiers_taking_aim_make_no_criticism(pipeline):
    assert not _charges(pipeline, "Soldiers took aim at the protesters and fired.")


@pytest.mark.parametrize(("text", "target"), [
    ("The Kremlin dismissed the report as Western propaganda.", None),
    ("Iran dismissed the U.S. proposal as a trick.", "U.S."),
    ("Russia dismissed Ukraine's statement as absurd.", "Ukraine"),
])
def test_dismissing_a_thing_as_something_is_disapproval_beside_the_rejection(
        pipeline, text, target):
    events = _events(pipeline, text)
    types = [ev.type for ev in events]
    assert "REJECT" in types and "ACCUSE" in types
    charge = next(ev for ev in events if ev.type == "ACCUSE")
    assert charge.mode == "ACCUSE/disapprove"
    if target:
        assert any(target in p.text for p in charge.target)


@pytest.mark.parametrize("text", [
    "Moscow dismissed the warning from NATO.",
    "The prime minister dismissed the ruling.",
])
def test_a_dismissal_without_an_as_phrase_is_the_rejection_alone(pipeline, text):
    assert not _charges(pipeline, text)


def test_a_dismissed_charge_is_one_accusation(pipeline):
    charges = _charges(pipeline, "China dismissed Washington's accusations as groundless.")
    assert len(charges) == 1


@pytest.mark.parametrize(("text", "source", "target"), [
    ("China expressed strong dissatisfaction with the U.S. arms sale to Taiwan.", "China", "U.S."),
    ("China expressed strong dissatisfaction with the decision by Washington.", "China",
     "Washington"),
    ("The EU voiced displeasure with Hungary's veto.", "EU", "Hungary"),
])
def test_an_expressed_attitude_is_the_speakers_disapproval_of_the_party(
        pipeline, text, source, target):
    charges = _charges(pipeline, text)
    assert len(charges) == 1
    assert charges[0].mode == "ACCUSE/disapprove"
    assert any(source in p.text for p in charges[0].source)
    assert any(target in p.text for p in charges[0].target)


@pytest.mark.parametrize("text", [
    "The province said it was charging 25% more for electricity sent to the United States.",
    "The airline charges a fee for checked bags.",
    "The company charges higher prices than its rivals.",
])
def test_charging_a_price_is_no_charge(pipeline, text):
    assert not _charges(pipeline, text)


def test_charging_a_party_with_a_crime_stays_a_charge(pipeline):
    charges = _charges(pipeline, "Russia charged the journalist with espionage.")
    assert charges and any("Russia" in p.text for p in charges[0].source)


@pytest.mark.parametrize("text", [
    "One survey found most Germans are concerned the conflict will spread elsewhere in Europe.",
    "Polls show many Europeans are concerned the Ukraine conflict will spread to their countries.",
    "Residents are concerned that the river will flood again, the mayor said.",
])
def test_a_worry_about_a_development_is_no_disapproval(pipeline, text):
    assert not _charges(pipeline, text)


@pytest.mark.parametrize(("text", "target"), [
    ('"We are concerned that Russia will invade," the British minister said.', "Russia"),
    ("The senator said she was very concerned about Iran's missile program.", "Iran"),
])
def test_concern_about_a_party_stays_disapproval(pipeline, text, target):
    charges = _charges(pipeline, text)
    assert charges and any(target in p.text for p in charges[0].target)


@pytest.mark.parametrize("text", [
    "The former prime minister seldom criticized the government in public.",
    "The minister rarely criticizes Norway's government.",
])
def test_a_seldom_or_rarely_done_act_is_negated(pipeline, text):
    charges = _charges(pipeline, text)
    assert charges and all(ev.modality == "negated" for ev in charges)
