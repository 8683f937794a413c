"""The wounded evacuated are humanitarian aid: "evacuated the wounded" (the parse lemmatises
the noun "wounded" as the verb "wound"). A person taken to hospital for questioning,
prisoners taken to a detention centre and troops pulling out stay apart, and so does a report
that survivors of an attack were taken to hospital: the carrying has no doer named, and the
attack stays the event the sentence refers back to."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

AIDED = {
    "evacuated_wounded": "Norland helicopters evacuated the wounded from the besieged town.",
    "evacuated_injured": "Red Cross teams evacuated the injured from the town.",
}
OTHER = {
    "questioning": "Police took him to hospital for questioning.",
    "prisoners": "The army took the prisoners to a detention center.",
    "pulled_out": "Redland troops pulled out of the town on Friday.",
    "survivors": "Gunmen attacked a bus in Norland on Monday. Officials said the survivors of "
                 "Monday's attack had been taken to hospital.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**AIDED, **OTHER})


@pytest.mark.parametrize("key", sorted(AIDED))
def test_wounded_carried_are_aid(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "AID"), [(e.type, e.trigger.text) for e in results[key].events]


@pytest.mark.parametrize("key", sorted(AIDED))
def test_wounded_carried_are_no_retreat(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "RETREAT")


@pytest.mark.parametrize("key", sorted(OTHER))
def test_other_movements_are_no_aid(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "AID"), [(e.type, e.trigger.text)
                                              for e in results[key].events]
