"""Charges said of something in reported speech: a party that says a vote was a sham, a
law unconstitutional, claims baseless, an arrest warrant politically motivated, or dismisses
allegations as lies accuses (ACCUSE, the speaker as the source); so does one that highlights
or stresses a party's violation or breach, which is then no new act of its own. A verdict of truth or fairness charges as a modifier too
('these baseless challenges', 'a sham trial'), a verdict of legality does not ('illegal
fishing'). None when the clause is
negated or denied, when the adverb that makes the word a charge is missing ('highly
motivated'), or for a rule stated of an impersonal 'it' ('it is illegal to cross')."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "sham": "Chile's prime minister said the referendum was a sham.",
    "motivated": "Chile's foreign minister told reporters that the arrest warrant was "
                 "politically motivated.",
    "baseless": "The Chilean ministry said Peru's claims were baseless.",
    "unconstitutional": "Chile says the new Peruvian law is unconstitutional.",
    "lies": "Chile dismissed the allegations as lies.",
    "illegal": "Peru said the election was illegal and demanded a new vote.",
    "negated": "The vote was not a sham, Chile's president said.",
    "denied": "Chile denied that the vote was a sham.",
    "rule": "Chile's president said it was illegal to cross the border at night.",
    "unqualified": "Peru's president said the team was highly motivated.",
    "valid": "Chile's president said the election was valid.",
    "highlighted": "The Chilean minister highlighted Peru's violation of the border treaty.",
    "stressed": "Chile stressed Peru's repeated breaches of the accord.",
    "stressed_no_charge": "Chile's president stressed the importance of the accord.",
    "attributive": "\"We will keep fending off these baseless legal challenges,\" Chile's "
                   "interior ministry said.",
    "sham_trial": "Chile's foreign minister said Peru had staged a sham trial of the activists.",
    "attributive_unsaid": "The sham trial ended on Monday.",
    "illegal_attributive": "Chile's president said illegal fishing had fallen.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["sham", "motivated", "baseless", "unconstitutional", "lies",
                                 "illegal", "attributive", "sham_trial"])
def test_a_charge_said_is_an_accusation(results: dict[str, Extraction], key: str) -> None:
    found = [e for e in of_type(results[key], "ACCUSE") if e.modality == "asserted"]
    assert found, TEXTS[key]
    assert found[0].source, TEXTS[key]


def test_the_owner_of_what_is_charged_is_the_target(results: dict[str, Extraction]) -> None:
    found = of_type(results["baseless"], "ACCUSE")
    assert any("Peru" in (p.text or "") for p in found[0].target), found[0].target


@pytest.mark.parametrize("key", ["highlighted", "stressed"])
def test_a_charge_emphasised_is_an_accusation_and_no_new_act(results: dict[str, Extraction],
                                                             key: str) -> None:
    found = of_type(results[key], "ACCUSE")
    assert found and any("Peru" in (p.text or "") for p in found[0].target), TEXTS[key]
    assert not of_type(results[key], "REJECT"), TEXTS[key]


@pytest.mark.parametrize("key", ["negated", "denied", "rule", "unqualified", "valid",
                                 "stressed_no_charge", "attributive_unsaid",
                                 "illegal_attributive"])
def test_no_charge_no_accusation(results: dict[str, Extraction], key: str) -> None:
    assert not [e for e in of_type(results[key], "ACCUSE") if e.modality == "asserted"], TEXTS[key]
