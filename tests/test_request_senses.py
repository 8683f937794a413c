"""Senses of requesting verbs that ask for nothing: 'insist' is a REQUEST only when it insists
on something or its that-clause asks for an act (a subjunctive or a deontic modal), not when
it states a fact; 'want' asks for an act when another party is to do it ('wants Redland to
withdraw'), not when it names the subject's own aim ('wants to join'); 'plead guilty / not guilty / innocent' is a plea in court, not an appeal."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

REQUESTS = {
    "insist_on": "The Blueland minister insisted on the return of the refugees on Monday.",
    "insist_subjunctive": "The Blueland minister insisted that Redland withdraw its troops from "
                          "the border.",
    "insist_passive_subjunctive": "Blueland insisted that the talks be held in Oslo.",
    "insist_modal": "The Blueland minister insisted that Redland should release the prisoners.",
    "plead_with": "The Blueland rebels pleaded with the Redland army to stop the shelling.",
    "want_party_to": "Blueland wants Redland to pull its troops out of the border villages.",
    "want_passive_to": "The Blueland farmers want the Redland checkpoints to be removed.",
}
NONE = {
    "insist_fact": "The Blueland minister insisted that his army had not crossed the border.",
    "insist_present": "The Blueland minister insists that the Redland report is false.",
    "plead_not_guilty": "The former Redland general pleaded not guilty to war crimes charges "
                        "on Monday.",
    "plead_guilty": "A Blueland soldier pleaded guilty to the killing of a Redland farmer.",
    "want_own_aim": "Blueland wants to join the Redland trade pact, its president said.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts({**REQUESTS, **NONE})


@pytest.mark.parametrize("key", sorted(REQUESTS))
def test_request(extracted: dict[str, Extraction], key: str) -> None:
    ex = extracted[key]
    assert of_type(ex, "REQUEST"), [(e.type, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize("key", sorted(NONE))
def test_no_request(extracted: dict[str, Extraction], key: str) -> None:
    ex = extracted[key]
    assert not of_type(ex, "REQUEST"), [(e.type, e.trigger.text) for e in ex.events]
