"""Phrases the lexicon knows are no PLOVER event (journalistic formulas, publications,
assessments of a threat, the anonymity formula of a news source), beside the events that
share their words."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

NO_EVENT = {
    "declined_comment": ("The defence ministry declined comment on the report.", "REJECT"),
    "declined_to_respond": ("The embassy in Lima declined to respond to questions.", "REJECT"),
    "requests_for_comment": ("The ministry did not answer requests for comment.", "REQUEST"),
    "report_released": ("A survey released on Monday showed rising prices.", "RETREAT"),
    "released_findings": ("The panel released its findings in Geneva.", "RETREAT"),
    "poses_threat": ("Officials said the new missiles pose a threat to shipping.", "THREATEN"),
    "described_as_threat": ("The minister described the militia as a threat to peace.",
                            "THREATEN"),
    "requested_anonymity": ("A trader, who requested anonymity, said prices doubled.", "REQUEST"),
    "anonymity_to_discuss": ("Two officers, speaking on condition of anonymity to describe the "
                             "raid, said it lasted an hour.", "CONSULT"),
    "not_authorized": ("She spoke on condition of anonymity as she was not authorized to "
                       "talk about the matter.", "CONSULT"),
}
EVENT = {
    "released_hostages": ("The rebels released 30 hostages on Friday.", "RETREAT"),
    "issued_threat": ("North Korea issued a threat against Seoul on Sunday.", "THREATEN"),
    "refused_talks": ("Iran refused to discuss the proposal.", "REJECT"),
    "request_for_aid": ("Kenya sent a request for aid to the United Nations.", "REQUEST"),
    "requested_meeting": ("Iran requested a meeting of the Security Council.", "REQUEST"),
    "anonymous_source": ("Speaking on condition of anonymity, an official said Israel and Hamas "
                         "discussed a truce in Cairo.", "CONSULT"),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = {k: v[0] for k, v in {**NO_EVENT, **EVENT}.items()}
    return run_texts(texts)


@pytest.mark.parametrize("key", sorted(NO_EVENT))
def test_formulas_are_no_events(results: dict[str, Extraction], key: str) -> None:
    text, etype = NO_EVENT[key]
    assert etype not in {e.type for e in results[key].events}, text


@pytest.mark.parametrize("key", sorted(EVENT))
def test_events_sharing_the_words_stay(results: dict[str, Extraction], key: str) -> None:
    text, etype = EVENT[key]
    assert etype in {e.type for e in results[key].events}, text
