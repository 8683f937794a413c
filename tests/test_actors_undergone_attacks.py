"""Who an attack hits when the victim is the subject of the verb the attack hangs from
('came under', 'lost ... in'), and who fired when the parser hangs the nationality on the
weapon noun ('a Pakistani drone strike')."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Ukraine came under a massive Russian missile attack overnight.", "attack", "RUS", "UKR"),
    ("Kyiv is under a fresh wave of Russian drone attacks.", "attacks", "RUS", "UKR"),
    ("Georgia came under a sustained Russian cyber attack last week.", "attack", "RUS", "GEO"),
])
def test_the_subject_of_came_under_is_hit_by_the_modifier(pipeline, text, trigger, source,
                                                         target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}
    assert _countries(ev, "target") == {target}


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Pakistan lost two aircraft in the Indian strikes, officials said.", "strikes", "IND",
     "PAK"),
    ("Ukraine lost three soldiers in a Russian drone strike near Kharkiv.", "strike", "RUS",
     "UKR"),
    ("Israel lost a tank in a Hezbollah ambush near the border.", "ambush", "LBN", "ISR"),
])
def test_who_lost_something_in_anothers_attack_was_hit(pipeline, text, trigger, source,
                                                      target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}
    assert target in _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("The Indian army lost two soldiers in an attack by Pakistani troops on Sunday.", "attack",
     "PAK", "IND"),
    ("Ukraine lost a helicopter in a strike by Russian forces on Tuesday night.", "strike",
     "RUS", "UKR"),
    ("The Kenyan army lost four soldiers in an ambush by al-Shabab last Friday.", "ambush",
     "SOM", "KEN"),
])
def test_a_time_after_the_attack_is_no_target_of_it(pipeline, text, trigger, source, target):
    """'an attack by Y on Sunday': the day is no target, so who lost something in it is."""
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}
    assert _countries(ev, "target") == {target}


def test_who_lost_something_in_its_own_assault_attacked(pipeline):
    ev = _event(_events(pipeline, "Russia lost dozens of tanks in a failed assault on the "
                                  "town."), "assault")
    assert _countries(ev, "source") == {"RUS"}
    assert "Russia" not in [p.text for p in ev.target]


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Four Indian civilians died in a Pakistani drone strike in Kashmir.", "strike", "PAK"),
    ("An Iranian drone attack hit a tanker off Oman.", "hit", "IRN"),
    ("Two Lebanese shepherds died in an Israeli drone strike near the border.", "strike",
     "ISR"),
])
def test_a_nationality_on_the_weapon_noun_fired_it(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Iran threatened to retaliate if attacked by Israel.", "threatened", "ISR"),
    ("Venezuela warned it would respond forcefully if provoked by Guyana.", "warned", "GUY"),
    ("Russia threatened sanctions if it is attacked by NATO.", "threatened", "IGO"),
    ("Turkey warned that it would launch an offensive unless Kurdish fighters withdrew.",
     "warned", "TUR"),
])
def test_a_threat_answers_whoever_its_condition_names(pipeline, text, trigger, target):
    ev = _event(_events(pipeline, text), trigger)
    assert target in _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "sources"), [
    ("Condemnation poured in from Turkey, Qatar and Iran after the raid.", "Condemnation",
     {"TUR", "QAT", "IRN"}),
    ("Strong criticism of the plan also came from Germany.", "criticism", {"DEU"}),
    ("The sharpest criticism came from the Egyptian foreign ministry.", "criticism", {"EGY"}),
])
def test_an_attitude_that_came_from_someone_is_theirs(pipeline, text, trigger, sources):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == sources


@pytest.mark.parametrize(("text", "trigger", "weapon", "hit"), [
    ("Security forces fired tear gas at protesters in Nairobi on Tuesday.", "fired",
     "tear gas", "protesters"),
    ("Police fired water cannon at demonstrators in Tbilisi.", "fired", "water cannon",
     "demonstrators"),
])
def test_the_weapon_inside_an_aimed_phrase_is_no_target(pipeline, text, trigger, weapon, hit):
    """'fired tear gas at X': the gas is what was fired, X is hit."""
    ev = _event(_events(pipeline, text), trigger)
    assert weapon not in [p.text for p in ev.target]
    assert hit in [p.text for p in ev.target]
