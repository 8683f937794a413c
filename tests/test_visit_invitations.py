"""An invitation to visit is an AGREE (PLOVER's "invite a delegation to visit"; CAMEO codes an
invitation for negotiations 030, an intent to cooperate): "X invited Y to visit Z", "to come
to", "to attend", "invited Y to Paris". An invitation to any other act stays the REQUEST it
was ("invited Y to join the talks"), and "invite" with a thing as object asks nothing."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

INVITATIONS = {
    "to_visit": "Xi invited Putin to visit Beijing next year.",
    "to_come": "The Ruritanian king invited the Norland president to come to the capital.",
    "to_attend": "Egypt invited Jordan's foreign minister to attend the summit in Cairo.",
    "to_place": "Macron invited Zelensky to Paris.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**INVITATIONS,
                      "to_join": "Japan invited South Korea to join the peace talks.",
                      "thing": "Closing the border will invite problems for Norland's farmers."})


@pytest.mark.parametrize("key", sorted(INVITATIONS))
def test_invitations_to_visit_are_agree(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "AGREE"), [(e.type, e.trigger.text)
                                            for e in results[key].events]
    assert not of_type(results[key], "REQUEST")


def test_invitation_to_visit_names_host_and_guest(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["to_visit"], "AGREE")
    assert [p.text for p in ev.source] == ["Xi"]
    assert "Putin" in [p.text for p in ev.target]


def test_invitation_to_another_act_stays_a_request(results: dict[str, Extraction]) -> None:
    assert of_type(results["to_join"], "REQUEST")
    assert not of_type(results["to_join"], "AGREE")


def test_invite_with_a_thing_asks_nothing(results: dict[str, Extraction]) -> None:
    assert not [e for e in results["thing"].events if e.type in ("AGREE", "REQUEST")]
