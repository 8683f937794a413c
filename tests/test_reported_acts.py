"""Speech acts told by the form of a clause: a party's negated acceptance or recognition is
its REJECT, a statement that a party was behind, is responsible for, to blame for or guilty
of a harmful act is the speaker's ACCUSE (mode allege) of that party."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

REFUSALS = {
    "future": "Peru said it would not accept Chile's new maritime boundary.",
    "never": "Serbia will never accept the independence of Kosovo, the Serbian president said.",
    "present": "Venezuela does not accept the jurisdiction of the court in The Hague.",
    "recognise": "The Armenian prime minister said Armenia does not recognise Azerbaijan's "
                 "new constitution.",
    "cannot": '"Mali cannot accept the presence of foreign troops on its soil," the Malian '
              "foreign minister said.",
    "army": "The Moroccan army would not accept the UN observers, the Moroccan government "
             "said.",
    "coordinated": "Peru received the Chilean envoy on Monday but will not accept Chile's "
                   "new maritime boundary.",
}
NO_REFUSAL = {
    "accepted": "Peru said it accepted the new maritime boundary drawn by the panel.",
    "condition": "If Peru does not accept the new maritime boundary, the talks will end, the "
                 "Chilean minister said.",
    "question": "Will Peru not accept the new maritime boundary?",
    "guess": "Peru might not accept the new maritime boundary, analysts said.",
    "no_party": "The grieving farmer said he could not accept the loss of his cattle.",
    "past": "Peru did not accept Chile's new maritime boundary in 2014.",
    "no_partys_thing": "The Peruvian minister said Peru would not accept any delays in the vote.",
    "relative": "The Chilean minister criticised the boundary, which Peru does not accept, "
                "on Monday.",
    # one refusal per sentence: the refusal the sentence tells already
    "told_already": "The Peruvian president rejected the proposal on Monday, telling the "
                    "Chilean envoy that Peru would not accept the new maritime boundary.",
}
CHARGES = {
    "behind": "The Israeli foreign minister said Iran was behind the bombing of the embassy "
              "in Buenos Aires.",
    "responsible": "The Thai army said Cambodian troops were responsible for the attack on the "
                   "border post.",
    "to_blame": "The Pakistani prime minister said India was to blame for the violence in the "
                "valley.",
    "direct": '"Russia is responsible for the deaths of these civilians," the Polish president '
              "said.",
}
NO_CHARGE = {
    "negated": "The Israeli foreign minister said Iran was not behind the bombing of the "
               "embassy in Buenos Aires.",
    "duty": "The Thai army said Cambodian troops were responsible for security along the "
            "border.",
    "backing": "The French president said France was behind the Ukrainian government.",
    "narrator": "Iran was behind the bombing of the embassy in Buenos Aires.",
    "self": '"We are responsible for the attack on the border post," the rebel commander said.',
    # a thing of a party ('Turkish ambitions') is no party charged
    "thing_of_party": "The Greek minister said Turkish ambitions were behind the attack on the "
                      "border post.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**REFUSALS, **NO_REFUSAL, **CHARGES, **NO_CHARGE})


def _clause_acts(ex: Extraction, etype: str) -> list:
    return [e for e in of_type(ex, etype)
            if (e.attributes.get("trigger_info") or {}).get("origin") == "clause form"
            or e.trigger.text.split()[0].lower() in ("accept", "recognise", "recognize")]


@pytest.mark.parametrize("key", sorted(REFUSALS))
def test_negated_acceptance_is_a_refusal(results, key: str) -> None:
    found = _clause_acts(results[key], "REJECT")
    assert len(found) == 1, REFUSALS[key]
    assert found[0].modality == "asserted"
    assert found[0].source and found[0].source[0].actor is not None, REFUSALS[key]


@pytest.mark.parametrize("key", sorted(NO_REFUSAL))
def test_no_refusal(results, key: str) -> None:
    assert not [e for e in _clause_acts(results[key], "REJECT") if e.modality == "asserted"], \
        NO_REFUSAL[key]


def test_refused_things_owner_is_the_target(results) -> None:
    found = _clause_acts(results["never"], "REJECT")[0]
    assert {p.actor.country for p in found.source if p.actor} == {"SRB"}
    assert any("Kosovo" in p.text for p in found.target)


@pytest.mark.parametrize("key", sorted(CHARGES))
def test_responsibility_is_the_speakers_charge(results, key: str) -> None:
    found = _clause_acts(results[key], "ACCUSE")
    assert len(found) == 1, CHARGES[key]
    assert found[0].modality == "asserted"
    assert found[0].mode == "ACCUSE/allege"


def test_speaker_is_the_source_and_the_party_the_target(results) -> None:
    found = _clause_acts(results["to_blame"], "ACCUSE")[0]
    assert {p.actor.country for p in found.source if p.actor} == {"PAK"}
    assert {p.actor.country for p in found.target if p.actor} == {"IND"}
    assert not [e for e in of_type(results["to_blame"], "ACCUSE") if e is not found]


def test_the_act_stays_an_event(results) -> None:
    assert of_type(results["behind"], "ASSAULT")


@pytest.mark.parametrize("key", sorted(NO_CHARGE))
def test_no_charge(results, key: str) -> None:
    assert not _clause_acts(results[key], "ACCUSE"), NO_CHARGE[key]
