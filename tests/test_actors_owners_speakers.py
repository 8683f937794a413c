"""Owners and speakers: a part of a possessed group, a named body's possessed agent, a
body's unnamed sources, and the side reporting an attack that names no victim."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "country", "owner"), [
    ("Thai troops fired on Cambodian positions on Thursday. Cambodia said three of its "
     "soldiers were killed.", "killed", "KHM", "Cambodia"),
    ("Cambodia said two of its soldiers were wounded in clashes with Thai troops.",
     "wounded", "KHM", "Cambodia"),
    ("The Indian army said one of its drones was shot down by Pakistan.", "shot", "IND",
     "Indian army"),
    ("Hezbollah said four of its fighters were killed in Israeli strikes.", "killed", "LBN",
     "Hezbollah"),
])
def test_a_part_of_a_possessed_group_belongs_to_the_speaker(pipeline, text, trigger,
                                                             country, owner):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "target") == {country}
    assert ev.target[0].actor.evidence == f"possessor: {owner}"


@pytest.mark.parametrize(("text", "trigger", "side", "country"), [
    ("The EU's top diplomat met with Chinese Foreign Minister Wang Yi.", "met", "source",
     "IGO"),
    ("The EU's top diplomat held talks with Wang Yi.", "talks", "source", "IGO"),
    ("The African Union's envoy met Sudanese army chief Abdel Fattah al-Burhan.", "met",
     "source", "IGO"),
])
def test_a_named_possessor_owns_the_agent_not_the_sentence(pipeline, text, trigger, side,
                                                           country):
    assert _countries(_event(_events(pipeline, text), trigger), side) == {country}


@pytest.mark.parametrize(("text", "trigger", "country", "sector"), [
    ("Government sources accused the opposition of inciting violence, the Kenyan newspaper "
     "reported.", "accused", "KEN", "GOV"),
    ("Security sources in Kabul accused the group of planning the bombing.", "accused",
     "AFG", "COP"),
    ("Military sources accused the rebels of shelling the border post near Goma.",
     "accused", None, "MIL"),
    ("Police sources in Lagos accused the protesters of looting shops.", "accused", "NGA",
     "COP"),
])
def test_a_bodys_unnamed_sources_are_its_agents(pipeline, text, trigger, country, sector):
    ev = _event(_events(pipeline, text), trigger)
    (p,) = ev.source
    assert p.text.lower().endswith("sources")
    assert p.actor is not None and p.actor.sector == sector
    if country is not None:
        assert p.actor.country == country


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Israel said Hezbollah fired 30 rockets on Sunday.", "fired", "ISR"),
    ("Thailand said Cambodian troops opened fire first.", "opened fire", "THA"),
    ("Armenia said Azerbaijani forces shelled overnight.", "shelled", "ARM"),
])
def test_the_reporting_side_is_the_victim_of_an_attack_naming_none(pipeline, text,
                                                                    trigger, country):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "target") == {country}
    assert ev.target[0].inherited
    assert ev.target[0].actor.evidence.startswith("speaker: ")


@pytest.mark.parametrize(("text", "trigger"), [
    # a third party reporting the war of two others
    ("Russian forces pounded Ukrainian cities again. Ukraine said Russian troops attacked "
     "Kupiansk. Russia denied targeting civilians in Ukraine. U.S. officials said Russian "
     "forces fired missiles overnight.", "fired missiles"),
    # a third country in the sentence may be the one attacked
    ("Israel said Hezbollah fired rockets from Syria on Sunday.", "fired"),
    # a body without a state reports others' attacks
    ("The UN said Hezbollah fired 30 rockets on Sunday.", "fired"),
])
def test_no_reporting_victim_for_third_parties(pipeline, text, trigger):
    ev = _event(_events(pipeline, text), trigger)
    assert not any(p.actor is not None and str(p.actor.evidence or "").startswith("speaker: ")
                   for p in ev.target)


@pytest.mark.parametrize(("text", "trigger", "victim", "country"), [
    ("The assault left dozens of Sudanese civilians dead.", "assault", "Sudanese civilians",
     "SDN"),
    ("The attack left 12 Malian soldiers dead and 30 wounded.", "attack", "Malian soldiers",
     "MLI"),
    ("An airstrike on Sunday left at least 20 Palestinians dead, health officials said.",
     "airstrike", "Palestinians", "PSE"),
    ("Clashes left five Indian soldiers injured.", "Clashes", "Indian soldiers", "IND"),
])
def test_the_toll_an_attack_left_is_its_victim(pipeline, text, trigger, victim, country):
    ev = _event(_events(pipeline, text), trigger)
    assert [p.text for p in ev.target] == [victim]
    assert _countries(ev, "target") == {country}


def test_what_an_attack_left_without_a_toll_is_no_victim(pipeline):
    ev = _event(_events(pipeline, "The attack left the town in ruins."), "attack")
    assert not ev.target


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("The Kremlin has consistently denied the accusations.", "accusations", "RUS"),
    ("Moscow rejected the demands on Monday.", "demands", "RUS"),
    ("Kenya dismissed the allegations and the criticism.", "allegations", "KEN"),
])
def test_who_refuses_a_charge_naming_no_one_is_charged_not_its_author(pipeline, text,
                                                                     trigger, country):
    ev = _event(_events(pipeline, text), trigger)
    assert not ev.source
    assert _countries(ev, "target") == {country}
    assert ev.target[0].actor.evidence.startswith("denier: ")


def test_a_refused_charge_keeps_its_earlier_author(pipeline):
    evs = _events(pipeline, "Peru accused Chile of violating the treaty on Monday. Chile "
                            "denied the accusation.")
    ev = _event(evs, "accusation")
    assert _countries(ev, "source") == {"PER"}
    assert _countries(ev, "target") == {"CHL"}
