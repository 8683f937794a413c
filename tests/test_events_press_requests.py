"""A reporter's request for comment is no REQUEST; requests between parties stay."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

PRESS = {
    "email_requesting": "The Norland foreign ministry did not reply to an email from reporters "
                        "requesting comment.",
    "request_for_updates": "A Velland ministry spokesperson, replying to a reporter's request "
                           "for updates, declined to say more.",
    "requests_for_comment": "The Velland embassy did not respond to requests for comment on "
                            "Tuesday.",
    "asked_to_comment": "A spokesman for the Norland army, asked to comment, said nothing.",
}
REQUESTS = {
    "requested_weapons": "Norland requested more air defense systems from Velland on Monday.",
    "requested_talks": "The opposition requested talks with the Norland government.",
    "asked_for_meeting": "Velland asked the United Nations for an emergency meeting.",
    "demanded_response": "Norland demanded a response from Velland to its proposal.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**PRESS, **REQUESTS})


@pytest.mark.parametrize("key", sorted(PRESS))
def test_press_requests_are_no_events(results: dict[str, Extraction], key: str) -> None:
    found = [e.type for e in results[key].events if e.type == "REQUEST"]
    assert found == [], f"{PRESS[key]} -> {found}"


@pytest.mark.parametrize("key", sorted(REQUESTS))
def test_requests_between_parties_stay(results: dict[str, Extraction], key: str) -> None:
    assert "REQUEST" in {e.type for e in results[key].events}, REQUESTS[key]
