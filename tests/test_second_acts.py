"""The second act of a sentence: a speech act told beside a material act stays an event of
its own, whether the material act is a verb ('bombed X, accusing Y of ...') or a noun a light
verb carries ('launched airstrikes on X, accusing Y of ...')."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

TEXTS = {
    "airstrikes_accusing": "Norland launched airstrikes on Velland army posts on Monday, "
                           "accusing Velland of firing first.",
    "bombed_accusing": "Norland bombed Velland army posts on Monday, accusing Velland of "
                       "firing first.",
    "offensive_vowing": "Norland launched a ground offensive in Varo, vowing to destroy the "
                        "rebels.",
    "drills_warning": "Velland staged naval drills off its coast, warning Norland against "
                      "any attack.",
    "rally_demanding": "Protesters staged a rally in the capital of Velland, demanding the "
                       "release of political prisoners.",
    "talks_to_discuss": "Norland held talks with Velland to discuss the border dispute.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _types(results: dict[str, Extraction], key: str) -> list[str]:
    return sorted({e.type for e in results[key].events if e.modality in ("asserted", "planned")})


@pytest.mark.parametrize("key,types", [
    ("airstrikes_accusing", ["ACCUSE", "ASSAULT"]),
    ("bombed_accusing", ["ACCUSE", "ASSAULT"]),
    ("offensive_vowing", ["ASSAULT", "THREATEN"]),
    ("drills_warning", ["MOBILIZE", "THREATEN"])])
def test_a_speech_participle_beside_a_light_verb_act_is_its_own_event(results, key,
                                                                       types) -> None:
    assert _types(results, key) == types


def test_the_charge_beside_the_airstrikes_names_the_accused(results) -> None:
    accuse = [e for e in results["airstrikes_accusing"].events if e.type == "ACCUSE"]
    assert [p.text for p in accuse[0].source] == ["Norland"]
    assert [p.text for p in accuse[0].target] == ["Velland"]


@pytest.mark.parametrize("key,types", [
    ("rally_demanding", ["PROTEST"]), ("talks_to_discuss", ["CONSULT"])])
def test_the_aim_of_a_protest_or_a_meeting_stays_part_of_it(results, key, types) -> None:
    assert _types(results, key) == types


NAMINGS = {
    "act_of_aggression": ("Ukraine called the strike an act of aggression.", "aggression"),
    "act_of_terror_as": ("Ukraine described the strike as an act of terror.", "terror"),
    "terrorist_act": ("Ukraine called the strike a terrorist act.", "terrorist"),
    "as_barbaric": ("Ukraine described the strike as barbaric.", "barbaric"),
    "in_what_called": ("Russia shelled the town of Kupiansk, in what Ukraine called an act of "
                       "aggression.", "aggression"),
}
NOT_NAMINGS = {
    "act_as_subject": "Russia's act of aggression against Ukraine began in 2014.",
    "kind_of_praise": "Ukraine called the ruling a kind of victory.",
    "denied_act": "Russia denied that the strike was an act of terrorism.",
}


@pytest.fixture(scope="module")
def namings() -> dict[str, Extraction]:
    return run_texts({**{k: t for k, (t, _) in NAMINGS.items()}, **NOT_NAMINGS})


@pytest.mark.parametrize("key", sorted(NAMINGS))
def test_a_charge_said_through_a_light_noun_is_an_accusation(namings, key) -> None:
    accuse = [e for e in namings[key].events if e.type == "ACCUSE"]
    assert [e.trigger.text for e in accuse] == [NAMINGS[key][1]]
    assert [p.text for p in accuse[0].source] == ["Ukraine"]


def test_the_attack_beside_the_charge_keeps_its_own_act(namings) -> None:
    assert [e.type for e in namings["in_what_called"].events] == ["ASSAULT", "ACCUSE"]


@pytest.mark.parametrize("key", sorted(NOT_NAMINGS))
def test_a_light_noun_that_is_no_predicate_or_no_charge_makes_no_accusation(namings,
                                                                            key) -> None:
    assert not [e for e in namings[key].events if e.type == "ACCUSE"]


JUDGEMENTS = {
    "considers_illegitimate": ("Serbia considers the court illegitimate.", "asserted"),
    "not_free_and_fair": ("Russia said the election in Moldova was not free and fair.",
                          "asserted"),
    "neither_free_nor_fair": ("The European Union said the vote was neither free nor fair.",
                              "asserted"),
    "not_consider_legitimate": ("Putin will not cooperate because he does not consider the "
                                "court legitimate.", "asserted"),
    "quoted_not_legitimate": ('"The trial is not legitimate," Putin said.', "asserted"),
    "would_consider_illegal": ("Serbia would consider the vote illegal if troops stayed.",
                               "hypothetical"),
}
NO_JUDGEMENTS = {
    "was_fair": "Russia said the election in Moldova was fair.",
    "not_consider_illegal": "Serbia does not consider the vote illegal.",
    "considers_sanctions": "Russia considers sanctions against Moldova.",
}


@pytest.fixture(scope="module")
def judgements() -> dict[str, Extraction]:
    return run_texts({**{k: t for k, (t, _) in JUDGEMENTS.items()}, **NO_JUDGEMENTS})


@pytest.mark.parametrize("key", sorted(JUDGEMENTS))
def test_a_judgement_of_illegitimacy_is_an_accusation(judgements, key) -> None:
    accuse = [e for e in judgements[key].events if e.type == "ACCUSE"]
    assert [e.modality for e in accuse] == [JUDGEMENTS[key][1]]


def test_the_small_clause_names_what_is_judged(judgements) -> None:
    accuse = [e for e in judgements["considers_illegitimate"].events if e.type == "ACCUSE"]
    assert [p.text for p in accuse[0].source] == ["Serbia"]
    assert [p.text for p in accuse[0].target] == ["the court"]


def test_the_refusal_keeps_its_reason_as_a_second_act(judgements) -> None:
    assert sorted(e.type for e in judgements["not_consider_legitimate"].events) == [
        "ACCUSE", "REJECT"]


@pytest.mark.parametrize("key", sorted(NO_JUDGEMENTS))
def test_a_fair_vote_or_a_denied_charge_is_no_accusation(judgements, key) -> None:
    assert not [e for e in judgements[key].events if e.type == "ACCUSE"]


APPOSITIVES = {
    "charge_denied": ("Russia accused Ukraine of attacking the nuclear plant, a charge Kyiv "
                      "denied.", ["ACCUSE", "REJECT"]),
    "claim_denied": ("Israel said Hezbollah fired rockets at Haifa, a claim the group denied.",
                     ["ASSAULT", "REJECT"]),
    "denied_content": ("Russia denied that its troops had attacked the plant.", ["REJECT"]),
}


@pytest.fixture(scope="module")
def appositives() -> dict[str, Extraction]:
    return run_texts({k: t for k, (t, _) in APPOSITIVES.items()})


@pytest.mark.parametrize("key", sorted(APPOSITIVES))
def test_a_charge_summed_up_by_its_denial_stays_an_act(appositives, key) -> None:
    assert _types(appositives, key) == APPOSITIVES[key][1]


REPORTED_PARTICIPLES = {
    "reporter_accuses": ("Norland said on Monday that its soldiers would stay in the valley "
                         "past the deadline, accusing Velland of breaking the accord.",
                         "Norland"),
    "ministry_accuses": ("The Velland ministry said five people were killed in the strike, "
                         "accusing Norland of targeting civilians.", "The Velland ministry"),
    "attacker_accuses": ("Norland fired rockets at Velland army posts, accusing Velland of "
                         "violating the truce.", "Norland"),
}


@pytest.fixture(scope="module")
def reported() -> dict[str, Extraction]:
    return run_texts({k: t for k, (t, _) in REPORTED_PARTICIPLES.items()})


@pytest.mark.parametrize("key", sorted(REPORTED_PARTICIPLES))
def test_a_speech_participle_after_a_reported_clause_is_the_reporters(reported, key) -> None:
    accuse = [e for e in reported[key].events if e.type == "ACCUSE"]
    assert [p.text for p in accuse[0].source] == [REPORTED_PARTICIPLES[key][1]]
