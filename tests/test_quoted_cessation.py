"""A speaker's call for a hostile act to cease ('the fighting must stop', 'X should end its
occupation') is a REQUEST (mode change) from the speaker, addressed or not."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

FIRES = {
    "intransitive": "The Norwegian foreign minister said the fighting in the north must stop "
                    "at once.",
    "war_end": "The Brazilian president said the war between the two neighbours must end.",
    "occupation": "The Irish foreign minister said Morocco should end its occupation of the "
                  "disputed strip.",
    "offensive": "The Austrian chancellor said Armenia must halt its offensive in the valley.",
    "cease": "The Swiss president said the shelling of the border villages must cease.",
}
SILENT = {
    "forecast": "The Norwegian foreign minister said the rain should stop by the evening.",
    "trade": "The Irish trade minister said the talks on fishing quotas should end in May.",
    "blame": "The Swiss president said the shelling of the villages should have stopped "
             "sooner.",
    "condition": "The Austrian chancellor said that if the fighting must stop, the troops "
                 "would stay.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**FIRES, **SILENT})


def _demands(ex: Extraction) -> list:
    return [e for e in of_type(ex, "REQUEST") if e.mode == "REQUEST/change"]


@pytest.mark.parametrize("key", sorted(FIRES))
def test_a_call_for_an_act_to_cease_is_a_request(results, key: str) -> None:
    found = _demands(results[key])
    assert len(found) == 1, FIRES[key]
    assert found[0].modality == "asserted"
    assert found[0].source and found[0].source[0].actor is not None, FIRES[key]


def test_the_party_that_must_cease_is_the_target(results) -> None:
    found = _demands(results["occupation"])[0]
    assert {p.actor.country for p in found.target if p.actor} == {"MAR"}
    found = _demands(results["offensive"])[0]
    assert {p.actor.country for p in found.target if p.actor} == {"ARM"}


@pytest.mark.parametrize("key", sorted(SILENT))
def test_no_cessation_demand(results, key: str) -> None:
    assert not _demands(results[key]), SILENT[key]
