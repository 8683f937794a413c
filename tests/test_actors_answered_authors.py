"""Whom a response answers when the answered thing is named with its author, and who voices
an attitude named with a from-phrase."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("The accusation by Serbia was rejected by Kosovo.", "rejected", "XKX", "SRB"),
    ("The proposal by Egypt was rejected by Hamas.", "rejected", "PSE", "EGY"),
    ("The claims of genocide by South Africa were rejected by Israel.", "rejected", "ISR",
     "ZAF"),
    ("The offer of talks by Seoul was turned down by Pyongyang.", "turned down", "PRK", "KOR"),
])
def test_a_passive_response_answers_the_author_of_its_subject(pipeline, text, trigger, source,
                                                              target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}
    assert _countries(ev, "target") == {target}


@pytest.mark.parametrize(("text", "target"), [
    ("Dodik refused to recognize the ruling by the Bosnian court.", "BIH"),
    ("Iran refused to comply with demands by the IAEA.", "IGO"),
    ("Hamas refused to accept the proposal by Egypt.", "EGY"),
])
def test_a_refusal_answers_the_author_of_what_it_refuses(pipeline, text, target):
    ev = _event(_events(pipeline, text), "refused")
    assert _countries(ev, "target") == {target}


def test_a_deadline_after_by_is_no_author(pipeline):
    ev = _event(_events(pipeline, "The government refused to hand over the weapons by Friday."),
                "refused")
    assert not ev.target


def test_an_owned_rejection_answers_the_author_of_its_object(pipeline):
    ev = _event(_events(pipeline, "Belgrade's rejection of the proposal by Pristina angered "
                                  "the EU."), "rejection")
    assert _countries(ev, "source") == {"SRB"}
    assert _countries(ev, "target") == {"XKX"}


@pytest.mark.parametrize("text", [
    "There has been mounting criticism of the deal from Hungary.",
    "The criticism of the election from Hungary angered Caracas.",
])
def test_a_from_phrase_on_the_criticised_thing_voices_the_criticism(pipeline, text):
    ev = _event(_events(pipeline, text), "criticism")
    assert _countries(ev, "source") == {"HUN"}


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Israel intercepted dozens of rockets fired by Hezbollah.", "fired", "ISR"),
    ("Qatar intercepted missiles fired by Iran on Monday.", "fired", "QAT"),
])
def test_who_intercepts_what_an_attack_fires_is_its_target(pipeline, text, trigger, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "target") == {target}


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("The test was condemned in a statement by Japan.", "condemned", {"JPN"}),
    ("The proposal was rejected in a letter from the Iranian foreign ministry.", "rejected",
     {"IRN"}),
    ("The attack was denounced in a joint statement by France and Germany.", "denounced",
     {"FRA", "DEU"}),
    ("The election was criticized in Washington's statement on Monday.", "criticized", {"USA"}),
])
def test_a_passive_statement_is_its_authors(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == source


def test_accusations_from_x_are_xs(pipeline):
    ev = _event(_events(pipeline, "The decision triggered accusations of bias from Russia."),
                "accusations")
    assert _countries(ev, "source") == {"RUS"}



@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Serbia put forward a plan that Kosovo refused.", "refused", "XKX", "SRB"),
    ("Israel saw its request rejected by Lebanon.", "rejected", "LBN", "ISR"),
    ("China had its proposal turned down by India.", "turned down", "IND", "CHN"),
])
def test_a_response_in_a_clause_answers_the_author_of_its_noun(pipeline, text, trigger, source,
                                                               target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}
    assert _countries(ev, "target") == {target}


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("A statement by the Brazilian foreign ministry condemned the coup in Bolivia.", "condemned",
     {"BRA"}),
    ("The communique issued by Egypt demanded that Ethiopia halt the filling of the dam.",
     "demanded", {"EGY"}),
    ("A joint statement released by Japan and Australia criticized China over the drills.",
     "criticized", {"JPN", "AUS"}),
    ("The letter, signed by Egypt and Jordan, called for an end to the blockade of Qatar.",
     "called for", {"EGY", "JOR"}),
    ("A report by the Canadian government accused India of interfering.", "accused", {"CAN"}),
    ("A statement by Brazil expressed strong support for Argentina.", "support", {"BRA"}),
])
def test_a_statement_subject_speaks_for_its_author(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == source


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Iran rejected the American demands.", "demands", {"USA"}, {"IRN"}),
    ("Serbia rejected the demands from Kosovo.", "demands", {"XKX"}, {"SRB"}),
    ("Russia denied Ukrainian allegations of war crimes.", "allegations", {"UKR"}, {"RUS"}),
    ("Moscow dismissed the Turkish accusations as lies.", "accusations", {"TUR"}, {"RUS"}),
    ("Israel retaliated for the Hezbollah rocket attacks.", "attacks", {"LBN"}, {"ISR"}),
    ("India reacted angrily to the Chinese incursions.", "incursions", {"CHN"}, {"IND"}),
    ("Mali responded to French sanctions by expelling the ambassador.", "sanctions", {"FRA"},
     {"MLI"}),
])
def test_who_answers_an_act_was_its_target(pipeline, text, trigger, source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == source
    assert _countries(ev, "target") == target


def test_an_answered_act_keeps_its_own_target(pipeline):
    ev = _event(_events(pipeline, "The army said it had avenged the rebel raid on the town."),
                "raid")
    assert not _countries(ev, "target")


@pytest.mark.parametrize(("text", "target"), [
    ("Mali fell victim to a wave of jihadist attacks.", {"MLI"}),
    ("Nigeria has seen a surge in attacks by Boko Haram.", {"NGA"}),
    ("Burkina Faso is struggling to contain jihadist attacks.", {"BFA"}),
    ("Kenya intercepted a Somali militant attack near the border.", {"KEN"}),
    ("Pakistan has been rocked by Taliban attacks.", {"PAK"}),
    ("Afghanistan has been plagued by attacks.", {"AFG"}),
])
def test_who_undergoes_an_attack_by_the_phrase_around_it(pipeline, text, target):
    ev = _event(_events(pipeline, text), "attack")
    assert _countries(ev, "target") == target


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Ukraine suffered heavy shelling overnight, officials said.", None, {"UKR"}),
    ("The town suffered shelling from Russian forces.", {"RUS"}, None),
])
def test_an_undergone_gerund_is_done_to_the_subject(pipeline, text, source, target):
    ev = _event(_events(pipeline, text), "shelling")
    if source is not None:  # a one-country story's attack may be a domestic one
        assert _countries(ev, "source") == source
    if target is not None:
        assert _countries(ev, "target") == target


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Israel accepted an Egyptian-proposed ceasefire.", "accepted", "EGY"),
    ("Hamas rejected the Egyptian-proposed truce.", "rejected", "EGY"),
    ("Israel rejected the Saudi-drafted plan.", "rejected", "SAU"),
])
def test_the_name_before_an_authoring_participle_is_the_author(pipeline, text, trigger, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "target") == {target}


def test_a_mediator_before_the_hyphen_is_no_author(pipeline):
    ev = _event(_events(pipeline, "Israel accepted the Qatar-mediated deal."), "accepted")
    assert "QAT" not in _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "mediator"), [
    ("Hamas agreed to the Egypt-brokered truce.", "agreed", "EGY"),
    ("Hamas accepted the Egypt-brokered truce.", "accepted", "EGY"),
    ("Hamas agreed to the Qatar-mediated deal.", "agreed", "QAT"),
    ("The rebels agreed to the UN-backed ceasefire.", "agreed", "IGO"),
    ("The Egyptian-brokered truce was accepted by Hamas.", "accepted", "EGY"),
])
def test_a_hyphened_mediator_or_backer_is_never_a_target(pipeline, text, trigger, mediator):
    ev = _event(_events(pipeline, text), trigger)
    assert mediator not in _countries(ev, "target")
