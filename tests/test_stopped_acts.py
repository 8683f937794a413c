"""A particular hostile act a call to stop names is going on: 'called on the army to stop the
killing of civilians' reports the killing (asserted, by the army) beside the call; an act
with no determiner ('agreed to stop attacks') may name none in particular and stays the
content of the call."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

STOPPED = {
    "called_on_to_stop": ("Rights groups called on the army to stop the killing of civilians "
                          "in the north.", "army"),
    "urged_to_halt_its": ("The UN urged Norland to halt its attacks on Velland's power grid.",
                          "Norland"),
}
END_TO = {
    "demanded_end_to": "Beland demanded an end to the shelling of the city.",
    "called_for_end_to": "The president called for an end to the fighting in the east.",
}
GENERIC = {
    "agreed_to_stop_attacks": "Norland agreed to stop attacks on energy infrastructure.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**{k: v[0] for k, v in STOPPED.items()}, **END_TO, **GENERIC})


@pytest.mark.parametrize("key", sorted(STOPPED))
def test_act_to_be_stopped_is_going_on(results: dict[str, Extraction], key: str) -> None:
    text, doer = STOPPED[key]
    found = [e for e in results[key].events if e.type == "ASSAULT"]
    assert [e.modality for e in found] == ["asserted"], text
    assert [p.text for p in found[0].source] == [doer], [p.text for p in found[0].source]
    assert "REQUEST" in {e.type for e in results[key].events}, text


@pytest.mark.parametrize("key", sorted(GENERIC))
def test_undetermined_act_stays_content(results: dict[str, Extraction], key: str) -> None:
    assert not [e for e in results[key].events if e.type == "ASSAULT"], GENERIC[key]


@pytest.mark.parametrize("key", sorted(END_TO))
def test_act_a_call_for_an_end_names_is_going_on(results: dict[str, Extraction],
                                                 key: str) -> None:
    found = [e.modality for e in results[key].events if e.type == "ASSAULT"]
    assert found == ["asserted"], END_TO[key]
