"""General English forms of news events, on hand-built sentences: a participle clause that
adds an act, the act a retaliation answers, 'came under rocket fire', armed nouns as doers,
aid nouns that name agents and armed parties crossing a border."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events, _texts

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _types(events) -> list[tuple[str, str]]:
    return [(ev.type, ev.trigger.text) for ev in events]


@pytest.mark.parametrize(("text", "attack", "taking"), [
    ("Militants launched an attack on the town, taking 20 hostages.", "attack", "taking"),
    ("Gunmen launched an assault on the hotel, taking dozens of guests hostage.", "assault",
     "taking"),
])
def test_a_participle_clause_adds_an_abduction_to_the_attack_of_a_light_verb(
        pipeline, text, attack, taking):
    events = _events(pipeline, text)
    assert _event(events, attack).type == "ASSAULT", _types(events)
    assert _event(events, taking).mode == "ASSAULT/abduct"


@pytest.mark.parametrize(("text", "answering", "doer"), [
    ("Israel struck Lebanon in retaliation for a rocket attack by Hezbollah.", "struck",
     "LBN"),
    ("Ukraine shelled the depot in response to a drone attack by Russia.", "shelled", "RUS"),
])
def test_the_act_a_retaliation_answers_is_its_named_doers_own(pipeline, text, answering,
                                                              doer):
    events = _events(pipeline, text)
    assert len([ev for ev in events if ev.type == "ASSAULT"]) == 2, _types(events)
    answered = _event(events, "attack")
    assert _countries(answered, "source") == {doer}
    assert "answers" in _event(events, answering).attributes


def test_a_retaliation_for_an_attack_without_a_doer_stays_one_act(pipeline):
    events = _events(pipeline, "Israel struck Gaza in retaliation for the rocket attacks.")
    assert [ev.type for ev in events] == ["ASSAULT"]


@pytest.mark.parametrize(("text", "source", "target", "mode"), [
    ("Israel came under rocket fire from Gaza on Monday.", "PSE", "ISR", "ASSAULT/shelling"),
    ("Kyiv came under artillery fire overnight.", None, "UKR", "ASSAULT/shelling"),
    ("The government came under fire from militants on Monday.", None, None,
     "ASSAULT/firearms"),
])
def test_coming_under_armed_fire_is_an_assault_on_the_subject(pipeline, text, source, target,
                                                             mode):
    ev = _event(_events(pipeline, text), "came under")
    assert (ev.type, ev.mode) == ("ASSAULT", mode)
    if source:
        assert _countries(ev, "source") == {source}
    if target:
        assert _countries(ev, "target") == {target}


@pytest.mark.parametrize("text", [
    "Kyiv came under artillery fire overnight.",
    "Kharkiv came under heavy shelling on Tuesday.",
    "Ukrainian troops came under fire near the front line.",
])
def test_a_victim_coming_under_fire_is_not_its_own_attacker(pipeline, text):
    ev = next(ev for ev in _events(pipeline, text) if ev.type == "ASSAULT")
    assert _countries(ev, "target") == {"UKR"}
    assert not ev.source


def test_soldiers_placed_by_the_sentence_keep_the_domestic_attacker(pipeline):
    ev = _event(_events(pipeline, "Twelve soldiers came under attack in the Mopti region."),
                "attack")
    assert _countries(ev, "source") == {"MLI"}


@pytest.mark.parametrize("text", [
    "The minister came under heavy fire from lawmakers.",
    "The president came under fire from critics over the budget.",
])
def test_coming_under_fire_from_critics_stays_criticism(pipeline, text):
    assert all(ev.type != "ASSAULT" for ev in _events(pipeline, text))


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("Troops killed ten rebels when gunmen attacked a checkpoint.", "attacked", "gunmen"),
    ("Gunmen attacked the army on Monday.", "attacked", "Gunmen"),
    ("Fighters stormed the army base at dawn.", "stormed", "Fighters"),
])
def test_armed_nouns_are_the_doers_of_their_attacks(pipeline, text, trigger, doer):
    ev = _event(_events(pipeline, text), trigger)
    assert _texts(ev, "source") == [doer]


@pytest.mark.parametrize("text", [
    "Aid workers reached the town on Monday.",
    "Relief agencies warned of famine on Monday.",
    "Aid groups said food ran out.",
])
def test_an_aid_noun_naming_agents_is_no_aid(pipeline, text):
    assert all(ev.type != "AID" for ev in _events(pipeline, text))


def test_an_aid_convoy_still_tells_aid(pipeline):
    events = _events(pipeline, "An aid convoy reached the town on Monday.")
    assert any(ev.type == "AID" for ev in events)


@pytest.mark.parametrize("text", [
    "Russia said its troops crossed the border.",
    "Its soldiers crossed the border on Monday.",
])
def test_an_armed_party_crossing_a_border_is_given_no_aid(pipeline, text):
    assert all(ev.type != "AID" for ev in _events(pipeline, text))


def test_refugees_crossing_a_border_keep_the_dictionary_reading(pipeline):
    events = _events(pipeline, "Thousands of refugees crossed the border into Chad.")
    assert any(ev.type == "AID" for ev in events)


@pytest.mark.parametrize(("text", "raid"), [
    ("Gunmen carried out a raid on the village, kidnapping 30 people.", "raid"),
    ("Troops raided the village, abducting 30 people.", "raided"),
])
def test_an_abduction_beside_a_raid_is_its_own_act(pipeline, text, raid):
    events = _events(pipeline, text)
    assert _event(events, raid).type == "COERCE"
    assert _event(events, "ducting" if "abducting" in text else "kidnapping").mode == \
        "ASSAULT/abduct"


@pytest.mark.parametrize(("text", "taking"), [
    ("Rebels stormed the border post, taking six guards hostage.", "taking"),
    ("Gunmen seized the mine, holding ten workers hostage.", "holding"),
    ("Gunmen stormed the hotel and took twelve guests hostage.", "took"),
    ("Gunmen are holding ten workers hostage in the mine.", "holding"),
])
def test_taking_people_hostage_is_a_hostage_taking(pipeline, text, taking):
    ev = _event(_events(pipeline, text), taking)
    assert (ev.type, ev.mode) == ("ASSAULT", "ASSAULT/abduct")
    assert _texts(ev, "source") == [text.split()[0]]


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Gunmen attacked a police checkpoint.", "attacked", "police checkpoint"),
    ("Insurgents ambushed a military convoy on Monday.", "ambushed", "military convoy"),
    ("Rebels seized military positions near the town.", "seized", "military positions"),
])
def test_an_attacked_post_of_a_body_is_its_target(pipeline, text, trigger, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _texts(ev, "target") == [target]


def test_a_post_with_no_body_named_gives_no_target(pipeline):
    ev = _event(_events(pipeline, "Gunmen attacked a checkpoint."), "attacked")
    assert not ev.target


@pytest.mark.parametrize(("text", "trigger", "country", "sector"), [
    ("Gunmen attacked the police station in Kano on Sunday.", "attacked", "NGA", "COP"),
    ("Militants attacked the military convoy near Maiduguri on Sunday.", "attacked", "NGA",
     "MIL"),
    ("Gunmen attacked a police station in Kano on Sunday.", "attacked", "NGA", "COP"),
])
def test_a_post_placed_by_its_scene_keeps_the_body_that_mans_it(pipeline, text, trigger,
                                                                 country, sector):
    ev = _event(_events(pipeline, text), trigger)
    actors = [p.actor for p in ev.target if p.actor is not None]
    assert any((a.country, a.sector) == (country, sector) for a in actors), ev.target
