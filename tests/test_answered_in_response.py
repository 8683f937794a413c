"""An act of another type a verb answers 'in response to' or 'in retaliation for' is an event of
its own beside the verb's; one of the same type is the verb's act told with its cause; a host's
guest by office who came 'for' talks leaves the talks to tell the meeting."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

TEXTS = {
    "closure": "Lakeland closed the border on Monday in response to the shelling of its posts.",
    "arrest": "Police in Norland arrested five men in response to the attack on the market.",
    "same_type": "Norland struck the town in retaliation for the rocket attacks.",
    "hosted_for": "Chile hosted the Peruvian president in Santiago for talks on Friday.",
    "received": "Chile received the Peruvian president in Santiago on Friday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize(("key", "answered"), [("closure", "shelling"), ("arrest", "attack")])
def test_answered_act_of_another_type_is_its_own(results, key, answered) -> None:
    triggers = [e.trigger.text for e in results[key].events]
    assert any(answered in t for t in triggers), triggers
    assert len({e.type for e in results[key].events}) == 2, results[key].events


def test_same_type_answer_stays_one_act(results) -> None:
    events = results["same_type"].events
    assert [e.trigger.text for e in events if e.type == "ASSAULT"] == ["struck"], events


def test_guest_by_office_hosted_for_talks(results) -> None:
    talks = [e for e in results["hosted_for"].events if e.type == "CONSULT"]
    assert [e.trigger.text for e in talks] == ["talks"], talks
    received = [e for e in results["received"].events if e.type == "CONSULT"]
    assert [e.trigger.text for e in received] == ["received"], received
