"""Argument slots the parse offers beyond a verb's own subject: the possessor state of an
office holder, the culprit an event noun is attributed to, the noun a stative participle
('involved in') modifies, and the speaker of a reported clause's misattached conjunct."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events, _texts

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def test_a_possessor_state_names_the_office_holders_country(pipeline):
    ev = _event(_events(pipeline, "Jordan's King Abdullah met the Chilean envoy in "
                                  "Amman on Monday."), "met")
    assert _countries(ev, "source") == {"JOR"}


def test_a_possessor_of_the_same_country_keeps_the_person(pipeline):
    events = _events(pipeline, "Saudi Arabia's King Salman met the Chilean envoy in "
                               "Riyadh on Monday.")
    ev = _event(events, "met")
    assert _countries(ev, "source") == {"SAU"}
    assert any(p.actor is not None and p.actor.kind == "person" for p in ev.source)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The bombing of the depot was blamed on Bolivian rebels.", "bombing"),
    ("The ambush, blamed on Bolivian rebels, left the road closed for a week.", "ambush"),
    ("The attack on the convoy was attributed to Bolivian rebels.", "attack"),
    ("The ambush, which Peru blamed on Bolivian rebels, left the road closed.", "ambush"),
])
def test_the_culprit_an_event_noun_is_attributed_to_does_it(pipeline, text, trigger):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {"BOL"}
    assert "Bolivian rebels" in _texts(ev, "source")


def test_an_event_noun_reported_by_a_party_is_not_attributed_to_it(pipeline):
    ev = _event(_events(pipeline, "The bombing of the depot was reported by Bolivian "
                                  "radio on Monday."), "bombing")
    assert "BOL" not in _countries(ev, "source")


@pytest.mark.parametrize(("text", "source"), [
    ("Peru reassigned Peruvian officials involved in negotiations with Chile.", "PER"),
    ("Chilean diplomats engaged in talks with Bolivia returned home.", "CHL"),
])
def test_the_noun_a_stative_participle_modifies_takes_part(pipeline, text, source):
    ev = next(e for e in _events(pipeline, text) if e.type == "CONSULT")
    assert _countries(ev, "source") == {source}


def test_a_reduced_passive_with_its_agent_gives_the_agent(pipeline):
    ev = next(e for e in _events(pipeline, "Peruvian officials invited by Chile to the talks "
                                           "left Lima on Monday.") if e.type == "CONSULT")
    assert "PER" not in _countries(ev, "source")


@pytest.mark.parametrize(("text", "source"), [
    ("The Chilean minister said the blockade was illegal and demanded its removal.", "CHL"),
    ("The Peruvian envoy said the embargo was unjust and demanded an apology.", "PER"),
])
def test_a_conjunct_of_a_reported_clause_about_an_event_is_the_speakers(pipeline, text,
                                                                        source):
    ev = _event(_events(pipeline, text), "demanded")
    assert _countries(ev, "source") == {source}


def test_a_conjunct_of_a_reported_clause_about_actors_stays_theirs(pipeline):
    ev = _event(_events(pipeline, "The Chilean minister said the Bolivian rebels were armed "
                                  "and attacked the town."), "attacked")
    assert _countries(ev, "source") == {"BOL"}


def test_a_common_noun_given_a_known_name_stands_for_it(pipeline):
    ev = _event(_events(pipeline, "A militia known as Hezbollah attacked the village."),
                "attacked")
    assert _texts(ev, "source") == ["Hezbollah"]
    assert _countries(ev, "source") == {"LBN"}


def test_a_given_name_unknown_to_the_registry_keeps_the_nouns_own_country(pipeline):
    ev = _event(_events(pipeline, "A Chilean militia called the Red Hand attacked the "
                                  "village."), "attacked")
    assert _countries(ev, "source") == {"CHL"}


def test_both_sides_names_the_two_parties_of_the_story_further_back(pipeline):
    text = ("Peru and Chile signed a truce in May. The truce held for weeks. Trade resumed "
            "across the border. Fishing boats returned to the bay. On Sunday both sides "
            "accused each other of breaking it.")
    ev = _event(_events(pipeline, text), "accused")
    assert _countries(ev, "source") == {"PER", "CHL"}


def test_both_sides_with_no_two_parties_named_gets_no_country(pipeline):
    ev = _event(_events(pipeline, "On Sunday both sides accused each other of breaking the "
                                  "truce."), "accused")
    assert _countries(ev, "source") <= {None}


def test_the_by_agent_of_a_verb_an_event_noun_is_the_passive_subject_of_does_it(pipeline):
    ev = _event(_events(pipeline, "The talks in Quito were hosted by Ecuador."), "talks")
    assert "ECU" in _countries(ev, "source")


def test_an_event_noun_reported_by_someone_is_not_theirs(pipeline):
    ev = _event(_events(pipeline, "The attack on the convoy was reported by Chilean radio."),
                "attack")
    assert "CHL" not in _countries(ev, "source")


def test_a_subjectless_passive_gerund_is_undergone_by_the_clause_subject(pipeline):
    ev = _event(_events(pipeline, "Peru named Juan Perez, a Peruvian student who fell ill "
                                  "after being detained in Chile."), "detained")
    assert "PER" in _countries(ev, "target")


def test_a_passive_gerund_with_its_own_subject_keeps_it(pipeline):
    ev = _event(_events(pipeline, "Chilean police were seen detaining Bolivian traders in "
                                  "Arica."), "detaining")
    assert "BOL" in _countries(ev, "target")
