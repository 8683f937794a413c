"""Sexual abuse told by a noun with 'sexual' or by a verb with 'sexually' is an ASSAULT of
mode sexual: the manner names what the act is, whatever the verb's own mode."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

SEXUAL = {
    "sexually_abused": "Lorania soldiers sexually abused women in the camps near Varo, a UN "
                       "report said.",
    "sexual_abuse_noun": "The UN report documented sexual abuse of children by Redland troops "
                         "in Varo.",
    "sexually_assaulted": "Redland troops sexually assaulted detainees in the Varo prison.",
}
OTHER = {
    "abused": "Lorania guards abused prisoners in the Varo jail, a UN report said.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**SEXUAL, **OTHER})


@pytest.mark.parametrize("key", sorted(SEXUAL))
def test_sexual_abuse_is_a_sexual_assault(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "ASSAULT")
    assert found and found[0].mode == "ASSAULT/sexual", \
        [(e.type, e.trigger.text, e.mode) for e in results[key].events]
    assert found[0].modality == "asserted"


def test_abuse_without_a_sexual_manner_keeps_its_mode(results: dict[str, Extraction]) -> None:
    found = of_type(results["abused"], "ASSAULT")
    assert found and found[0].mode == "ASSAULT/torture"
