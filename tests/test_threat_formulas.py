"""Threat formulas of news reports (CAMEO 13, threaten): a future use of force or military,
punitive or retaliatory action is a THREATEN of its doer ('will use force', 'would take
punitive action'), also behind the litotes 'will / would not hesitate to' ('said it would not
hesitate to take military action'). A past use of force, a future step of no force and a
'would' of a wish stay no threat."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

THREATS = {
    "use_force": "Veloria will use force to retake the island, the defence ministry said.",
    "not_hesitate_force": ("The general said the army will not hesitate to use force against "
                           "the armed groups."),
    "would_not_hesitate": ("Karthania said it would not hesitate to take military action "
                           "against the rebels."),
    "punitive_action": "Officials said they would take punitive action against the smugglers.",
}
NOT_THREATS = {
    "used_force": "The police used force to disperse the crowd on Sunday.",
    "steps_roads": "The council will take steps to repair the roads.",
    "use_reserves": "The central bank will use its reserves to defend the currency.",
    "would_like": "The minister would like to take decisive action on housing.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**THREATS, **NOT_THREATS})


@pytest.mark.parametrize("key", sorted(THREATS))
def test_future_force_is_a_threat(results: dict[str, Extraction], key: str) -> None:
    found = [e for e in of_type(results[key], "THREATEN") if e.modality == "asserted"]
    assert found, (THREATS[key], [(e.type, e.trigger.text) for e in results[key].events])


@pytest.mark.parametrize("key", sorted(NOT_THREATS))
def test_past_force_or_peaceful_step_is_no_threat(results: dict[str, Extraction],
                                                  key: str) -> None:
    assert not of_type(results[key], "THREATEN"), (
        NOT_THREATS[key], [(e.type, e.trigger.text) for e in results[key].events])


LITOTES = {
    "shut": ('"Should Norland escalate, our province won\'t hesitate to shut the pipeline," '
             "the governor said."),
    "raise_levy": "The premier told reporters that Ottawa would not hesitate to raise the levy.",
    "sanctions": "Veloria will not hesitate to impose new sanctions on Karthania, the minister said.",
}
NOT_LITOTES = {
    "help": "We will not hesitate to help our neighbours, the minister said.",
    "past_praise": "The minister did not hesitate to praise the new law.",
    "hesitated": "She hesitated to answer the question.",
}


@pytest.fixture(scope="module")
def litotes() -> dict[str, Extraction]:
    return run_texts({**LITOTES, **NOT_LITOTES})


@pytest.mark.parametrize("key", sorted(LITOTES))
def test_will_not_hesitate_to_harm_is_a_threat(litotes: dict[str, Extraction], key: str) -> None:
    found = [e for e in of_type(litotes[key], "THREATEN") if e.modality == "asserted"]
    assert found, (LITOTES[key], [(e.type, e.trigger.text) for e in litotes[key].events])


@pytest.mark.parametrize("key", sorted(NOT_LITOTES))
def test_hesitation_to_help_or_in_the_past_is_no_threat(litotes: dict[str, Extraction],
                                                        key: str) -> None:
    assert not of_type(litotes[key], "THREATEN"), (
        NOT_LITOTES[key], [(e.type, e.trigger.text) for e in litotes[key].events])
