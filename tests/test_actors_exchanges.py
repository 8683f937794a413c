"""Participants of reciprocal acts, receiving, moving goods, buying weapons and aimed drills."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _event(pipeline, text: str, trigger: str):
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2025-05-07")]))
    found = [ev for ev in ex.events if trigger in ev.trigger.text]
    assert found, [ev.trigger.text for ev in ex.events]
    return found[0]


def _countries(ev, side: str) -> set[str | None]:
    return {p.actor.country if p.actor else None for p in getattr(ev, side)}


@pytest.mark.parametrize(("text", "trigger", "parties"), [
    ("Armenia and Azerbaijan blamed each other for the clashes.", "blamed", {"ARM", "AZE"}),
    ("Peru and Ecuador accused one another of violating the truce.", "accused", {"PER", "ECU"}),
    ("Guatemala and Belize traded accusations over the river incident.", "accusations",
     {"GTM", "BLZ"}),
    ("Israel and Hezbollah exchanged fire across the frontier.", "exchanged fire",
     {"ISR", "LBN"}),
])
def test_a_reciprocal_act_targets_every_party(pipeline, text, trigger, parties):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "source") == parties
    assert _countries(ev, "target") == parties


def test_a_one_sided_act_of_a_joint_subject_keeps_no_reciprocal_target(pipeline):
    ev = _event(pipeline, "Peru and Ecuador accused the rebels of violating the truce.",
                "accused")
    assert not _countries(ev, "target") & {"PER", "ECU"}


@pytest.mark.parametrize(("text", "trigger", "giver", "receiver"), [
    ("Ukraine is receiving intelligence from Washington.", "receiving", "USA", "UKR"),
    ("Jordan received satellite intelligence from France last year.", "received", "FRA", "JOR"),
])
def test_the_subject_of_receiving_is_the_target(pipeline, text, trigger, giver, receiver):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "source") == {giver}
    assert _countries(ev, "target") == {receiver}


@pytest.mark.parametrize(("text", "trigger", "target", "origin"), [
    ("The United States sent weapons from Germany to Ukraine.", "sent", "UKR", "DEU"),
    ("Canada sent aid from Kenya to Somalia on Monday.", "sent", "SOM", "KEN"),
])
def test_the_origin_of_what_is_sent_is_no_target(pipeline, text, trigger, target, origin):
    ev = _event(pipeline, text, trigger)
    assert target in _countries(ev, "target")
    assert origin not in _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "buyer", "seller"), [
    ("Turkey's purchase of Russian missiles angered Washington.", "purchase", "TUR", "RUS"),
    ("Poland's acquisition of South Korean tanks was completed in 2023.", "acquisition",
     "POL", "KOR"),
    ("If we buy Chinese J-10 jets, our allies will object.", "buy", None, "CHN"),
])
def test_the_maker_of_bought_weapons_is_the_seller(pipeline, text, trigger, buyer, seller):
    ev = _event(pipeline, text, trigger)
    assert seller in _countries(ev, "target")
    if buyer is not None:
        assert _countries(ev, "source") == {buyer}


@pytest.mark.parametrize("text", [
    "China conducted military drills encircling Taiwan on Monday.",
    "China staged military drills around Taiwan on Monday.",
])
def test_drills_aimed_at_a_state_target_it_and_stay_one_sided(pipeline, text):
    ev = _event(pipeline, text, "drills")
    assert ev.type == "MOBILIZE"
    assert _countries(ev, "source") == {"CHN"}
    assert _countries(ev, "target") == {"TWN"}


def test_drills_of_two_countries_stay_joint(pipeline):
    ev = _event(pipeline, "Chinese and Russian warships held naval drills near Japan.", "drills")
    assert ev.type == "COOPERATE"


@pytest.mark.parametrize(("text", "trigger", "agent", "undergoer"), [
    ("Backed by Russian air power, Syrian forces pushed into the rebel enclave.", "Backed",
     "RUS", "SYR"),
    ("Accused by Washington of rigging the vote, the Venezuelan government resigned.",
     "Accused", "USA", "VEN"),
    ("Criticised by Germany over the deal, Hungary defended its position.", "Criticised",
     "DEU", "HUN"),
])
def test_an_opening_participle_with_an_agent_is_passive(pipeline, text, trigger, agent,
                                                        undergoer):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "source") == {agent}
    assert _countries(ev, "target") == {undergoer}
