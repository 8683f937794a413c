"""A readiness owed ('X must be ready to mediate', 'should be willing to negotiate') is an
obligation the speaker puts on X, a REQUEST, not X's promise; 'will be ready to' stays one."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

OWED = {
    "ready": "The Egyptian president said the United States must be ready to mediate between "
             "the two sides.",
    "willing": "The French president said Russia should be willing to negotiate with Ukraine.",
    "prepared": "The Qatari foreign minister said Israel must be prepared to release the "
                "prisoners.",
}
PROMISED = {
    "will_be_ready": "Russia said it will be ready to negotiate with Ukraine next month.",
    "is_prepared": "The Qatari foreign minister said Israel is prepared to release the "
                   "prisoners.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**OWED, **PROMISED})


@pytest.mark.parametrize("key", sorted(OWED))
def test_an_owed_readiness_is_a_request_by_the_speaker(results, key: str) -> None:
    ex = results[key]
    assert not of_type(ex, "AGREE"), OWED[key]
    (req,) = of_type(ex, "REQUEST")
    assert req.source and req.source[0].actor is not None and req.target, OWED[key]


@pytest.mark.parametrize("key", sorted(PROMISED))
def test_a_stated_readiness_stays_a_promise(results, key: str) -> None:
    ex = results[key]
    assert of_type(ex, "AGREE") and not of_type(ex, "REQUEST"), PROMISED[key]
