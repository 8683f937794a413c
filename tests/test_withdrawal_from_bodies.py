"""A party withdrawing from an agreement or an organisation cuts a relation: SANCTION, as
PETRARCH2's CAMEO dictionary codes 'WITHDRAW (FROM ACCORD / AGREEMENT / COALITION / PACT /
TREATY)' (161) and 'PULL OUT' (160, 161). Troops withdrawing from a place stay a RETREAT,
and a person leaving a post at a body is none."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "pulled": "Norland pulled out of the nuclear deal on Tuesday.",
    "walked": "Valdoria walked away from the trade agreement last week.",
    "withdrew": "Castrania withdrew from the regional bloc on Monday.",
    "left": "Norland left the alliance on Friday after a referendum.",
    "quit": "Valdoria quit the treaty after the vote.",
    "will": "Castrania announced it will withdraw from the International Criminal Court.",
    "troops": "Norland's troops pulled out of the town on Monday.",
    "army": "The Valdorian army withdrew from the border area.",
    "post": "After leaving the EU bureaucracy last spring, the former commissioner wrote "
            "a book.",
    "meeting": "The delegates left the council meeting early.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["pulled", "walked", "withdrew", "left", "quit", "will"])
def test_leaving_an_agreement_or_a_body_is_a_sanction(results, key: str) -> None:
    found = of_type(results[key], "SANCTION")
    assert len(found) == 1, TEXTS[key]
    assert found[0].modality in ("asserted", "planned"), TEXTS[key]
    assert not of_type(results[key], "RETREAT"), TEXTS[key]


def test_the_leaving_party_is_the_source(results) -> None:
    (e,) = of_type(results["pulled"], "SANCTION")
    assert [p.text for p in e.source] == ["Norland"]


@pytest.mark.parametrize("key", ["troops", "army"])
def test_troops_leaving_a_place_retreat(results, key: str) -> None:
    assert of_type(results[key], "RETREAT"), TEXTS[key]
    assert not of_type(results[key], "SANCTION"), TEXTS[key]


@pytest.mark.parametrize("key", ["post", "meeting"])
def test_leaving_a_post_or_a_room_is_none(results, key: str) -> None:
    assert not of_type(results[key], "SANCTION"), TEXTS[key]
