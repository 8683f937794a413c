"""Actor readings of hand-built sentences where the nearest country is not the actor's: a
state attacked from outside, co-sources joined by 'along with', a group placed by its city,
a mission abroad and an attack its victims' state condemns."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "Militants fired rockets at Israel on Monday.",
    "Gunmen fired mortar shells into Chad overnight.",
    "Insurgents launched drones toward Ukraine on Sunday.",
])
def test_an_attacked_state_does_not_place_its_unnamed_attackers(pipeline, text):
    ev = event_of(pipeline, text, text.split()[1])
    assert ev.type == "ASSAULT"
    assert side_countries(ev, "source") <= {None}


def test_a_place_phrase_still_places_the_attackers(pipeline):
    ev = event_of(pipeline, "Militants in Lebanon fired rockets at Israel on Monday.", "fired")
    assert side_countries(ev, "source") == {"LBN"}
    assert side_countries(ev, "target") == {"ISR"}


def test_attackers_at_home_keep_their_place(pipeline):
    ev = event_of(pipeline, "Gunmen attacked a police station in Nigeria.", "attacked")
    assert side_countries(ev, "source") == {"NGA"}


@pytest.mark.parametrize("text", [
    "Russia, along with China, vetoed the resolution on Tuesday.",
    "Russia alongside China vetoed the resolution.",
    "Russia vetoed the resolution along with China.",
    "Russia, together with China, vetoed the resolution.",
])
def test_co_actors_joined_to_the_subject_are_co_sources(pipeline, text):
    ev = event_of(pipeline, text, "vetoed")
    assert side_countries(ev, "source") == {"RUS", "CHN"}
    assert not ev.target


def test_a_partner_before_the_subject_is_no_target(pipeline):
    ev = event_of(pipeline, "Together with France, Germany urged Iran to return to talks.",
                  "urged")
    assert side_countries(ev, "source") == {"DEU", "FRA"}
    assert side_countries(ev, "target") == {"IRN"}


def test_a_partner_met_with_stays_a_target(pipeline):
    ev = event_of(pipeline, "Germany met with France on Monday.", "met")
    assert side_countries(ev, "source") == {"DEU"}
    assert side_countries(ev, "target") == {"FRA"}


@pytest.mark.parametrize(("text", "code"), [
    ("Clerics in Qom condemned the attack.", "IRN"),
    ("Imams in Karachi denounced the cartoons.", "PAK"),
])
def test_religious_figures_placed_by_their_city(pipeline, text, code):
    ev = event_of(pipeline, text, text.split()[3])
    (src,) = ev.source
    assert src.text == text.split()[0]
    assert src.actor.country == code
    assert src.actor.sector == "REL"


@pytest.mark.parametrize(("text", "code"), [
    ("Israel condemned the attack on its embassy in Lima.", "ISR"),
    ("Chile denounced the raid on its consulate in La Paz.", "CHL"),
])
def test_a_mission_abroad_is_its_owners(pipeline, text, code):
    ev = event_of(pipeline, text, text.split()[1])
    assert side_countries(ev, "target") == {code}


@pytest.mark.parametrize("text", [
    "Chile condemned the attack on its soldiers.",
    "Nigeria denounced Sunday's deadly attack on its troops.",
])
def test_an_attack_condemned_by_the_victims_state_names_no_attacker(pipeline, text):
    ev = event_of(pipeline, text, "attack")
    assert not ev.source
    assert len(side_countries(ev, "target")) == 1


def test_an_unreported_attack_at_home_stays_domestic(pipeline):
    ev = event_of(pipeline, "BAMAKO, Mali — Gunmen attacked a village in the Mopti region, "
                            "killing 12 people.", "attacked")
    assert side_countries(ev, "source") == {"MLI"}


def test_a_state_fired_into_is_no_domestic_attackers(pipeline):
    ev = event_of(pipeline, "Gunmen fired mortar shells into Chad overnight.", "fired")
    assert [p.text for p in ev.source] == ["Gunmen"]
    assert side_countries(ev, "source") == set()
    assert side_countries(ev, "target") == {"TCD"}


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Aid workers evacuated the wounded from Gaza on Monday.", "evacuated", "PSE"),
    ("Rescuers airlifted the injured from the Syrian town of Madaya.", "airlifted", "SYR"),
])
def test_the_place_the_held_object_is_taken_from_is_the_target(pipeline, text, trigger, code):
    ev = event_of(pipeline, text, trigger)
    assert ev.type == "AID"
    assert side_countries(ev, "target") == {code}


def test_a_launch_site_stays_no_target(pipeline):
    ev = event_of(pipeline, "Militants fired rockets from Lebanon at Israel.", "fired")
    assert side_countries(ev, "target") == {"ISR"}


@pytest.mark.parametrize(("text", "group", "code"), [
    ("Preachers in Qom condemned the attack.", "Preachers", "IRN"),
    ("Shepherds in Iran condemned the decision.", "Shepherds", "IRN"),
])
def test_a_group_no_agent_list_knows_is_placed_by_its_city(pipeline, text, group, code):
    ev = event_of(pipeline, text, text.split()[3])
    (src,) = ev.source
    assert src.text == group
    assert src.actor.country == code
    assert src.actor.evidence.startswith("located:")


def test_a_member_of_a_named_body_stays_the_bodys(pipeline):
    ev = event_of(pipeline, "Preachers from Hamas condemned the attack.", "condemned")
    assert [p.actor.id for p in ev.source] == ["org:hamas"]
