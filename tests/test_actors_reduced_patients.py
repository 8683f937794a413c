"""Who undergoes and who does a reduced passive: 'X were among those arrested by Y', a
weapon 'fired by Y' as an attack's by-agent, 'X had its assets frozen by Y'."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _texts(ev, side: str) -> list[str]:
    return [p.text for p in getattr(ev, side)]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Two Chilean journalists were among those arrested by Peruvian police on Monday.",
     "arrested", "PER", "CHL"),
    ("Among those detained by Thai police were two Cambodian workers.", "detained",
     "THA", "KHM"),
    ("Four Thai soldiers were among the people wounded by Cambodian shelling.", "wounded",
     "KHM", "THA"),
])
def test_the_copula_subject_is_among_those_who_undergo_it(pipeline, text, trigger, source,
                                                          target):
    ev = event_of(pipeline, text, trigger)
    assert source in side_countries(ev, "source")
    assert target in side_countries(ev, "target")


def test_among_those_without_agent_names_no_doer_but_its_victims(pipeline):
    ev = event_of(pipeline, "Three Nigerian soldiers were among those killed in the ambush.",
                  "killed")
    assert "NGA" in side_countries(ev, "target")
    assert not any("those" in t for t in _texts(ev, "target"))


def test_those_without_a_copula_is_no_participant(pipeline):
    ev = event_of(pipeline, "Those arrested by Kenyan police in Nairobi were freed on Friday.",
                  "arrested")
    assert "KEN" in side_countries(ev, "source")
    assert not any("Those" in t for t in _texts(ev, "target"))


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Israel was hit by rockets fired by Hezbollah on Monday.", "hit", "LBN"),
    ("Kyiv was struck overnight by drones launched by Russia.", "struck", "RUS"),
    ("A bomb planted by Taliban fighters killed four soldiers near the border.", "killed",
     "AFG"),
    ("The market was destroyed by bombs dropped by Sudanese army jets.", "destroyed", "SDN"),
])
def test_who_fired_the_weapon_does_the_attack(pipeline, text, trigger, source):
    ev = event_of(pipeline, text, trigger)
    assert source in side_countries(ev, "source")


def test_an_agent_hired_by_another_keeps_its_own_act(pipeline):
    # 'hire' is no act of firing: the gunmen attack, not the ministry that hired them
    ev = event_of(pipeline, "The convoy was attacked by gunmen hired by the Ruritanian "
                  "ministry.", "attacked")
    assert any("gunmen" in t for t in _texts(ev, "source"))


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Pakistan saw its proposal rejected by India on Monday.", "rejected", "PAK"),
    ("The Nigerian company had its assets frozen by the United States.", "assets frozen",
     "NGA"),
])
def test_whose_thing_it_is_undergoes_it(pipeline, text, trigger, target):
    ev = event_of(pipeline, text, trigger)
    assert target in side_countries(ev, "target")


def test_a_thing_the_subject_does_not_own_leaves_the_subject_out(pipeline):
    ev = event_of(pipeline, "Kenya saw the proposal rejected by Uganda.", "rejected")
    assert "KEN" not in side_countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    # the parser reads the demonym as the object of 'in' and the gerund as a clause
    ("Three Thai soldiers were wounded in Cambodian shelling on Monday.", "wounded", "KHM",
     "THA"),
    ("Two villagers were killed during Russian shelling overnight.", "killed", "RUS", None),
])
def test_a_demonym_read_as_the_object_of_in_names_the_attacker(pipeline, text, trigger,
                                                               source, target):
    ev = event_of(pipeline, text, trigger)
    assert side_countries(ev, "source") == {source}
    if target is not None:
        assert side_countries(ev, "target") == {target}


def test_heavy_shelling_names_no_attacker(pipeline):
    ev = event_of(pipeline, "Three soldiers were wounded in heavy shelling on Monday.",
                  "wounded")
    assert not side_countries(ev, "source")


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Nigeria's president was the subject of sharp criticism from the opposition.",
     "criticism", "NGA"),
    ("Kenya has become the object of harsh criticism from Uganda.", "criticism", "KEN"),
])
def test_the_subject_of_criticism_is_its_target(pipeline, text, trigger, target):
    ev = event_of(pipeline, text, trigger)
    assert target in side_countries(ev, "target")


def test_the_subject_of_talks_is_no_party(pipeline):
    ev = event_of(pipeline, "Ukraine was the subject of talks between Washington and Moscow.",
                  "talks")
    assert "UKR" not in side_countries(ev, "target") | side_countries(ev, "source")
