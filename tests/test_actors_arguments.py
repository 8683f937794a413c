"""Participants in context: passives, raising, support verbs, pronouns and unnamed victims."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text: str, title: str | None = None, published: str = "2025-05-07"):
    (ex,) = list(pipeline.run([Article(id="t", text=text, title=title, published=published)]))
    return ex.events


def _event(events, trigger: str):
    found = [ev for ev in events if trigger in ev.trigger.text]
    assert found, [ev.trigger.text for ev in events]
    return found[0]


def _countries(ev, side: str) -> set[str | None]:
    return {p.actor.country if p.actor else None for p in getattr(ev, side)}


def _texts(ev, side: str) -> list[str]:
    return [p.text for p in getattr(ev, side)]


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Chilean officials said hundreds of troops were deployed to the border on Monday.",
     "deployed", "troops"),
    ("Peruvian police were mobilised across the capital after the protest.",
     "mobilised", "police"),
])
def test_passive_mobilisation_has_its_subject_as_source(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert any(source in t for t in _texts(ev, "source"))
    assert not any(source in t for t in _texts(ev, "target"))


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Chilean President Gabriel Boric is scheduled to travel to Lima for talks with "
     "Peruvian officials.", "talks", "Gabriel Boric"),
    ("The Bolivian army was ordered to attack the rebel camp.", "attack", "army"),
])
def test_subject_of_a_passive_governs_its_infinitive(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert any(source in t for t in _texts(ev, "source"))


def test_noun_object_of_a_verb_that_is_no_trigger_here_takes_its_subject(pipeline):
    # 'distribute' triggers only with other objects (food, supplies): here it supports 'relief'
    ev = _event(_events(pipeline, "Kenyan aid agencies distributed relief in the north."),
                "relief")
    assert _texts(ev, "source") and "agencies" in _texts(ev, "source")[0]


def test_what_came_under_attack_is_the_target(pipeline):
    text = "A Peruvian army convoy came under attack near the border on Tuesday."
    ev = _event(_events(pipeline, text), "attack")
    assert _countries(ev, "target") == {"PER"}
    assert not ev.source


def test_pronoun_prefers_the_subject_of_the_nearest_sentence(pipeline):
    text = ("Chilean President Gabriel Boric met Peruvian President Dina Boluarte on Monday. "
            "He is due to fly to Bolivia on Friday for talks with its leaders.")
    ev = _event(_events(pipeline, text, published="2024-05-07"), "talks")
    assert _countries(ev, "source") == {"CHL"}


def test_unnamed_victims_are_placed_where_the_attack_happens(pipeline):
    text = ("Gunmen attacked a bus carrying miners in northern Peru on Tuesday. "
            "A roadside bomb killed 11 miners in the same province the next day.")
    events = _events(pipeline, text, title="Attacks on miners in Peru")
    assert _countries(_event(events, "attacked"), "target") == {"PER"}
    assert _countries(_event(events, "killed"), "target") == {"PER"}


def test_victims_are_not_given_the_attackers_country(pipeline):
    text = "Chilean troops shelled villages in Peru on Tuesday."
    ev = _event(_events(pipeline, text), "shelled")
    assert _countries(ev, "source") == {"CHL"}
    assert _countries(ev, "target") == {"PER"}


def test_unnamed_targets_of_talks_stay_unplaced(pipeline):
    ev = _event(_events(pipeline, "Peruvian officials held talks with farmers on Monday."),
                "talks")
    assert not any(p.actor and (p.actor.evidence or "").startswith("scene") for p in ev.target)


def test_fighting_between_two_sides(pipeline):
    text = "Thousands fled after fighting between rebels and Chadian forces in the north."
    ev = _event(_events(pipeline, text), "fighting")
    assert any("rebels" in t for t in _texts(ev, "source"))
    assert _countries(ev, "target") == {"TCD"}


def test_city_modifying_talks_is_the_place_not_a_party(pipeline):
    text = ("Chilean President Gabriel Boric will join the Geneva talks with Peruvian "
            "officials on Tuesday.")
    ev = _event(_events(pipeline, text, published="2024-05-07"), "talks")
    assert "Geneva" not in _texts(ev, "source")
    assert _countries(ev, "source") == {"CHL"}


def test_both_leaders_are_the_two_people_named_before(pipeline):
    text = ("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima. "
            "The two presidents are closely cooperating on migration.")
    ev = _event(_events(pipeline, text, published="2024-05-07"), "cooperating")
    assert _countries(ev, "source") == {"CHL", "PER"}


def test_possessive_pronoun_refers_to_its_clause_subject(pipeline):
    ev = _event(_events(pipeline, "Chile reaffirmed its support for the Bolivian government."),
                "support")
    assert _countries(ev, "source") == {"CHL"}


def test_agentless_arrest_is_by_the_authorities_where_it_happens(pipeline):
    events = _events(pipeline, "Two journalists were arrested in Istanbul on Monday.")
    ev = _event(events, "arrested")
    assert _countries(ev, "source") == {"TUR"}
    assert ev.source[0].actor.sector == "GOV"
    assert ev.source[0].actor.evidence.startswith("authorities")


def test_arrest_of_a_person_is_not_the_reason_clause(pipeline):
    text = "Chilean prosecutors ordered the arrest of Peruvian President Dina Boluarte for " \
           "ignoring a summons."
    ev = _event(_events(pipeline, text, published="2024-05-07"), "arrest")
    assert _countries(ev, "target") == {"PER"}


def test_name_in_apposition_names_the_participant(pipeline):
    text = "During his visit to Chad, Boric met with the new president, Mahamat Deby."
    ev = _event(_events(pipeline, text), "met")
    assert _countries(ev, "target") == {"TCD"}


def test_victims_are_placed_in_the_country_they_are_in_not_near(pipeline):
    text = "Chadian rebels attacked ten villages in northeastern Chad, near the Cameroon border."
    ev = _event(_events(pipeline, text), "attacked")
    assert _countries(ev, "target") == {"TCD"}


def test_passive_withdrawal_has_its_subject_as_source(pipeline):
    ev = _event(_events(pipeline, "Hundreds of Peruvian troops were withdrawn from the border."),
                "withdrawn")
    assert _countries(ev, "source") == {"PER"}


def test_nominal_with_a_verbal_complement_keeps_its_clause_subject(pipeline):
    text = "Chilean and Peruvian negotiators return to Lima this week for talks on limiting fishing."
    ev = _event(_events(pipeline, text), "talks")
    assert {"CHL", "PER"} <= _countries(ev, "source")


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Nurses began a hunger strike to demand the removal of Peruvian President Dina "
     "Boluarte.", "strike", "PER"),
    ("Students staged protests in Lima in protest of the Chilean government's new border "
     "rules.", "protests", "CHL"),
])
def test_protest_target_is_whom_the_demand_addresses(pipeline, text, trigger, target):
    ev = _event(_events(pipeline, text, published="2024-05-07"), trigger)
    assert target in _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Peruvian police carried out a series of arrests in Lima.", "arrests", "PER"),
    ("Chile launched a wave of attacks on rebel camps.", "attacks", "CHL"),
])
def test_series_noun_is_transparent_for_the_verb(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}
