"""A known act that a statement assigns to a party is that speaker's charge (ACCUSE), not a new
report of the act; the act told as news stays."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _types(pipeline, text: str) -> list[str]:
    return [ev.type for ev in _events(pipeline, text)]


@pytest.mark.parametrize("text", [
    "Rebels shelled the port on Monday. The mayor said the shelling was a provocation "
    "by the army.",
    "Gunmen attacked a convoy near the border. Officials believe the attack was "
    "planned by militants based in the hills.",
    "A bomb hit the market on Friday. Police said the organisers of the bombing were "
    "based abroad.",
])
def test_an_act_assigned_to_a_party_in_speech_is_a_charge(pipeline, text):
    second = [ev for ev in _events(pipeline, text) if ev.sentence.start > 30]
    assert "ACCUSE" in [ev.type for ev in second]
    assert "ASSAULT" not in [ev.type for ev in second]


def test_the_charge_names_the_speaker_and_the_doer(pipeline):
    text = ("Rebels shelled the port on Monday. The mayor of Odesa said the shelling was a "
            "provocation by Russia.")
    charges = [ev for ev in _events(pipeline, text) if ev.type == "ACCUSE"]
    assert charges and charges[0].mode == "ACCUSE/allege"
    assert any(p.actor is not None and p.actor.country == "RUS" for p in charges[0].target)
    assert "mayor" in " ".join(p.text for p in charges[0].source)


@pytest.mark.parametrize("text", [
    "Officials said the attack was carried out at dawn.",  # no party named as its doer
    "Police said the attack was carried out by two gunmen from the north.",  # the act told
    "Officials said Tuesday's bombing was claimed by the Islamic State.",  # the doer's claim
    "The attack was a blunder by the army.",  # the narrator's own account, no statement
    "Officials said the army launched an attack that was condemned by the UN.",  # a new act
])
def test_an_act_told_without_a_charge_stays(pipeline, text):
    assert "ASSAULT" in _types(pipeline, text)


@pytest.mark.parametrize(("text", "act"), [
    ("Amnesty International said Israel's strikes on the camp were a war crime.", "ASSAULT"),
    ("\"The army's raid on the village was cruel,\" the mayor of Odesa said.", "ASSAULT"),
])
def test_an_act_a_quoted_disapproval_judges_is_its_object(pipeline, text, act):
    types = _types(pipeline, text)
    assert "ACCUSE" in types and act not in types


def test_an_act_beside_a_disapproval_stays(pipeline):
    text = ("Israeli jets struck the camp on Monday, and Amnesty International said the "
            "decision was a war crime.")
    types = _types(pipeline, text)
    assert "ASSAULT" in types


def test_who_an_act_befalls_is_charged_with_nothing(pipeline):
    text = "Gunmen attacked a bus. Officials said the survivors of the attack were taken to hospital."
    assert "ACCUSE" not in _types(pipeline, text)
