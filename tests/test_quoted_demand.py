"""Demands in reported speech: an obligation a speaker states for others (need to, necessary
to, a need to, want X to; should or must said to a named party) is a REQUEST (mode change)
from the speaker."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

FIRES = {
    "modal": "The German finance minister told Brussels that the European Commission should "
             "relax the deficit rules for two years.",
    "need_to": '"We need to reopen the crossings into Gaza," the Egyptian foreign minister said.',
    "necessary": "The French president said it might be necessary to reintroduce checks at "
                 "the border with Italy.",
    "need_noun": '"There will be a need to review every customs rule," the Irish trade minister '
                 "said.",
    "wish": '"I would like to see Beijing honour its commitments on trade," the Australian '
            "prime minister said.",
    "negative": "The Dutch prime minister told the Hungarian envoy that Hungary shouldn't block "
                "the budget without a vote.",
    "pronoun_party": "The Swedish finance minister told the Greek ministers that they must pay "
                     "their debts to the fund.",
    "passive": "The Spanish finance minister told the commissioners that the deficit rules "
               "should be relaxed for two years.",
    "party_needs": '"Serbia needs to recognise the election result," the Croatian foreign '
                   "minister said.",
}
SILENT = {
    # a modal said to nobody in particular states an opinion, not a demand on a party
    "modal_unaddressed": "The German finance minister said the European Commission should relax "
                         "the deficit rules for two years.",
    "must_unaddressed": '"They must pay their debts to the fund," the Swedish finance minister '
                        "said.",
    "shouldnt_unaddressed": '"Hungary shouldn\'t block the budget without a vote," the Dutch '
                            "prime minister said.",
    "own_need": '"I need to rest after the match," the Brazilian coach said.',
    "epistemic": '"It must be hard for the families of the sailors," the Norwegian prime '
                 "minister said.",
    "condition": '"If they must leave Kabul, they will," the British defence minister said.',
    "relative": "The refugees, who must be treated with dignity, reached Greece on Monday, "
                "the Greek migration minister said.",
    "past": '"We had to leave the town within an hour," the Ukrainian mayor said.',
    "blame": '"Russia should have acted sooner," the Finnish president said.',
    "question": '"Should Japan raise its defence budget?" the Japanese prime minister asked.',
    "not_reported": "The European Commission should relax the deficit rules for two years.",
    "agreement_content": "Hungarian and Romanian officials agreed on Tuesday that their two "
                         "countries should cooperate on the railway.",
    "public_advice": "Experts said that people should get their eyes tested every year.",
    "inverted_condition": "Should the talks in Vienna collapse, Moscow would resume its "
                          "offensive, the Ukrainian defence minister said.",
    "forecast": '"The economy should recover next year," the Italian finance minister said.',
    "opinion": '"Patience and dialogue must go hand in hand," the Kenyan president said.',
    # the press a statement is given to is no party the demand is said to
    "told_reporters": "The German finance minister told reporters that the European Commission "
                      "should relax the deficit rules for two years.",
    "told_outlet": '"They must pay their debts to the fund," the Swedish finance minister told '
                   "Reuters.",
    "told_conference": '"Hungary shouldn\'t block the budget without a vote," the Dutch prime '
                       "minister told a news conference.",
    "told_television": "The Spanish finance minister told state television that the deficit "
                       "rules should be relaxed for two years.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**FIRES, **SILENT})


def _demands(ex: Extraction) -> list:
    return [e for e in of_type(ex, "REQUEST") if e.mode == "REQUEST/change"]


@pytest.mark.parametrize("key", sorted(FIRES))
def test_quoted_obligation_is_a_request_by_the_speaker(results, key: str) -> None:
    found = _demands(results[key])
    assert len(found) == 1, FIRES[key]
    assert found[0].modality == "asserted"
    assert found[0].source and found[0].source[0].actor is not None, FIRES[key]


def test_obliged_party_is_the_target(results) -> None:
    found = _demands(results["modal"])[0]
    assert {p.actor.country for p in found.source if p.actor} == {"DEU"}
    assert any("Commission" in p.text for p in found.target)


@pytest.mark.parametrize("key", sorted(SILENT))
def test_no_quoted_demand(results, key: str) -> None:
    assert not _demands(results[key]), SILENT[key]


def test_a_need_on_we_targets_the_speakers_own_country(results) -> None:
    found = _demands(results["need_to"])[0]
    assert {p.actor.country for p in found.source if p.actor} == {"EGY"}
    assert [(p.text, p.actor.country, p.actor.kind) for p in found.target] == \
        [("We", "EGY", "state")]


def test_the_subject_of_needs_is_the_obliged_party(results) -> None:
    found = _demands(results["party_needs"])[0]
    assert {p.actor.country for p in found.source if p.actor} == {"HRV"}
    assert {p.actor.country for p in found.target if p.actor} == {"SRB"}
