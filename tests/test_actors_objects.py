"""Targets named by object pronouns, misattached agent phrases and participles on event nouns."""

from __future__ import annotations

import pytest
from pipeline_runs import countries as _countries

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


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Argentina imposed sanctions on Venezuela, accusing it of election fraud.",
     "accusing", "VEN"),
    ("Uruguay expelled diplomats from Paraguay, accusing them of espionage.",
     "accusing", "PRY"),
])
def test_an_object_pronoun_is_not_its_own_clause_subject(pipeline, text, trigger, target):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "target") == {target}


def test_an_object_pronoun_naming_a_thing_takes_no_actor(pipeline):
    (ex,) = list(pipeline.run([Article(id="t", published="2025-05-07", text=(
        "Chile signed the accord with Peru and ratified it on Monday."))]))
    assert not any(p.text == "it" for ev in ex.events for p in ev.target)


def test_a_place_is_no_antecedent_of_an_object_pronoun(pipeline):
    ev = _event(pipeline, "Soldiers raided the farmers in Mali, accusing them of hiding "
                "weapons.", "accusing")
    assert not any(p.text == "Mali" for p in ev.target)


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Raids by Ecuadorian soldiers against Colombian guerrillas went on for a week.",
     "Raids", "ECU", "COL"),
    ("Bombardments by Ethiopian jets on Eritrea resumed at dawn.",
     "Bombardments", "ETH", "ERI"),
])
def test_an_against_phrase_on_the_agent_is_the_target(pipeline, text, trigger, source, target):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "source") == {source}
    assert _countries(ev, "target") == {target}


def test_the_named_object_of_a_participle_on_the_event_is_its_target(pipeline):
    ev = _event(pipeline, "Rocket attacks pounding Ashkelon resumed on Sunday.", "attacks")
    assert _countries(ev, "target") == {"ISR"}


def test_drills_keep_their_source_when_parsed_as_a_participle_subject(pipeline):
    ev = _event(pipeline, "Turkey conducted large-scale naval drills encircling Cyprus on "
                "Friday.", "drills")
    assert ev.type == "MOBILIZE"
    assert _countries(ev, "source") == {"TUR"}


def test_a_relative_clause_on_an_apposition_is_about_the_name(pipeline):
    ev = _event(pipeline, "Officials praised Lena Virtanen, a Finnish nurse who was arrested "
                "in Belarus last spring.", "arrested")
    assert any(p.text == "Lena Virtanen" for p in ev.target)
    assert _countries(ev, "target") == {"FIN"}


def test_the_subject_undergoes_a_passive_gerund_under_its_noun(pipeline):
    ev = _event(pipeline, "Lena Virtanen, a Finnish nurse, fell ill after her release from "
                "being detained in Belarus.", "detained")
    assert _countries(ev, "target") == {"FIN"}


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Tbilisi police said Saakashvili's detention would last two months.", "detention",
     "Saakashvili"),
    ("Egyptian police confirmed Ahmed Saleh's arrest on Monday.", "arrest", "Ahmed Saleh"),
])
def test_the_possessor_of_an_act_done_to_someone_undergoes_it(pipeline, text, trigger, target):
    ev = _event(pipeline, text, trigger)
    assert any(target in p.text for p in ev.target)
    assert not any(target in p.text for p in ev.source)


def test_the_possessor_with_an_of_object_does_the_act(pipeline):
    ev = _event(pipeline, "Chile's expulsion of two Bolivian diplomats angered La Paz.",
                "expulsion")
    assert _countries(ev, "source") == {"CHL"}


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Canada froze part of a police training program for Haiti.", "froze", "HTI"),
    ("Germany halted a development aid package for Niger after the coup.", "halted", "NER"),
    ("Japan pledged $50 million in humanitarian assistance to Sudanese refugees in Chad.",
     "pledged", "SDN"),
])
def test_a_target_phrase_on_the_trigger_noun_names_the_target(pipeline, text, trigger, target):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "target") == {target}


def test_a_for_phrase_of_reason_is_no_target(pipeline):
    ev = _event(pipeline, "The United States imposed sanctions for human rights abuses.",
                "sanctions")
    assert not ev.target


def test_an_infinitive_of_purpose_targets_whom_its_verb_acts_on(pipeline):
    ev = _event(pipeline, "Beijing summoned the Japanese ambassador to protest the visit.",
                "protest")
    assert _countries(ev, "source") == {"CHN"}
    assert _countries(ev, "target") == {"JPN"}


def test_an_infinitive_of_purpose_keeps_its_own_object(pipeline):
    ev = _event(pipeline, "Kenya sent troops to fight al-Shabaab in Somalia.", "sent")
    assert "al-Shabaab" in [p.text for p in ev.target]


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Students demonstrated against a tuition increase announced by the Chilean government.",
     "demonstrated", "CHL"),
    ("Thousands of farmers protested in Quito against a land law passed by the Peruvian "
     "parliament.", "protested", "PER"),
])
def test_who_made_what_is_protested_is_the_target(pipeline, text, trigger, target):
    ev = _event(pipeline, text, trigger)
    assert target in _countries(ev, "target")


def test_its_is_not_a_plural_group_nor_its_nationality(pipeline):
    ev = _event(pipeline, "Djibouti said Eritrean troops had crossed into its territory and fired "
                "on its soldiers.", "fired")
    assert _countries(ev, "source") == {"ERI"}
    assert _countries(ev, "target") == {"DJI"}


def test_its_still_refers_to_a_singular_subject(pipeline):
    ev = _event(pipeline, "Armenia said Azerbaijani forces shelled its villages overnight.",
                "shelled")
    assert _countries(ev, "target") == {"ARM"}


def test_the_indirect_object_of_the_verb_of_an_event_noun_is_the_target(pipeline):
    ev = _event(pipeline, "China offered Pakistan a new loan.", "loan")
    assert _countries(ev, "source") == {"CHN"}
    assert _countries(ev, "target") == {"PAK"}


def test_a_relative_pronoun_object_stands_for_its_antecedent(pipeline):
    ev = _event(pipeline, "Burundi, which Rwanda accuses of harbouring rebels, denied the "
                "claim.", "accuses")
    assert _countries(ev, "source") == {"RWA"}
    assert _countries(ev, "target") == {"BDI"}


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Paraguay rejected the proposal made by Uruguay.", "rejected", "URY"),
    ("A truce proposed by Argentina was rejected by Chile on Monday.", "rejected", "ARG"),
    ("Peru criticised the law passed by the Bolivian Congress.", "criticised", "BOL"),
    ("Ecuador denied the accusation by Colombia.", "denied", "COL"),
    ("Chile rejected the offer by Argentina on Monday.", "rejected", "ARG"),
])
def test_the_author_of_what_a_response_answers_is_its_target(pipeline, text, trigger, target):
    assert target in _countries(_event(pipeline, text, trigger), "target")


def test_who_died_in_an_attack_is_its_victim(pipeline):
    ev = _event(pipeline, "Two Bolivian police officers died in an attack by Peruvian smugglers.",
                "attack")
    assert (_countries(ev, "source"), _countries(ev, "target")) == ({"PER"}, {"BOL"})


def test_an_act_of_a_blamed_attack_is_the_culprits(pipeline):
    ev = _event(pipeline, "Ecuador blamed Colombia for the attack that killed three soldiers.",
                "killed")
    assert _countries(ev, "source") == {"COL"}


def test_the_mediator_of_an_agreed_truce_is_no_target(pipeline):
    ev = _event(pipeline, "Peru and Ecuador agreed to a truce brokered by Brazil.", "agreed")
    assert "BRA" not in _countries(ev, "target") | _countries(ev, "source")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Ghana's accusation that Togo had armed the rebels was denied.", "accusation", "GHA",
     "TGO"),
    ("A visit by the Brazilian foreign minister to Bolivia was postponed.", "visit", "BRA",
     "BOL"),
])
def test_the_target_of_a_noun_in_its_clause_or_after_its_agent(pipeline, text, trigger,
                                                              source, target):
    ev = _event(pipeline, text, trigger)
    assert (_countries(ev, "source"), _countries(ev, "target")) == ({source}, {target})


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Peru lodged a formal protest over Chilean fishing boats.", "protest", "CHL"),
    ("Uruguay filed a protest against Argentina's new tariffs.", "protest", "ARG"),
])
def test_who_owns_what_a_protest_is_over_is_its_target(pipeline, text, trigger, target):
    assert _countries(_event(pipeline, text, trigger), "target") == {target}


def test_the_agent_of_a_participle_on_an_arrested_person_is_no_target(pipeline):
    # only responses answer an author: whoever hired the men is not arrested
    ev = _event(pipeline, "Police in Lima arrested three men hired by a Chilean company.",
                "arrested")
    assert "CHL" not in _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("The Armenian defence ministry said Azerbaijani forces opened fire on its troops.",
     "opened fire", "AZE", "ARM"),
    ("Armenia vowed to respond after an Azerbaijani strike killed two of its soldiers.",
     "killed", "AZE", "ARM"),
    ("Kenya's army said Somali militants attacked its base near the border.",
     "attacked", "SOM", "KEN"),
    ("The Malian government said Nigerien gunmen had ambushed its soldiers.",
     "ambushed", "NER", "MLI"),
])
def test_a_possessive_on_the_victim_of_an_attack_is_the_speaker_not_the_attacker(
        pipeline, text, trigger, source, target):
    ev = _event(pipeline, text, trigger)
    assert source in _countries(ev, "source")
    assert _countries(ev, "target") == {target}


def test_a_possessive_on_a_thing_the_actor_itself_moves_stays_its_own(pipeline):
    ev = _event(pipeline, "Peru said Chile had withdrawn its troops from the border.",
                "withdrawn")
    assert _countries(ev, "source") == {"CHL"}
