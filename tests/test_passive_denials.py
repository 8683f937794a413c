"""A denial in the passive is told as in the active: 'the allegations were denied by Kyiv' is
Kyiv's REJECT, and the allegations were still made (an asserted ACCUSE of Kyiv, as in 'Kyiv
denied the allegations'), not negated; 'reports that X shelled the town were denied by Y'
reports a disputed shelling (hypothetical), not one that took place. A negated passive denial
refuses nothing, and a claim not denied is reported as made."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "allegations": "The allegations were denied by Kyiv.",
    "active": "Kyiv denied the allegations.",
    "content": "The accusation that Iran supplied the drones was denied by Tehran.",
    "reports": "Reports that Russian troops shelled the town were denied by Moscow.",
    "not_denied": "The allegations were not denied by Kyiv.",
    "undisputed": "Reports that Russian troops shelled the town emerged on Monday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _countries(ps: list) -> set[str | None]:
    return {p.actor.country for p in ps if p.actor is not None}


@pytest.mark.parametrize("key", ["allegations", "active"])
def test_a_charge_denied_was_made_and_the_denier_refuses_it(results: dict[str, Extraction],
                                                            key: str) -> None:
    (charge,) = of_type(results[key], "ACCUSE")
    (denial,) = of_type(results[key], "REJECT")
    assert charge.modality == "asserted", TEXTS[key]
    assert _countries(charge.target) == {"UKR"}, TEXTS[key]
    assert denial.modality == "asserted" and _countries(denial.source) == {"UKR"}, TEXTS[key]


def test_a_charge_with_its_content_keeps_the_charged_party(results: dict[str, Extraction]) -> None:
    (charge,) = of_type(results["content"], "ACCUSE")
    assert charge.modality == "asserted"
    assert _countries(charge.target) == {"IRN"}


def test_a_denied_report_is_no_act_that_took_place(results: dict[str, Extraction]) -> None:
    assert all(ev.modality != "asserted" for ev in of_type(results["reports"], "ASSAULT"))
    (denial,) = of_type(results["reports"], "REJECT")
    assert _countries(denial.source) == {"RUS"}


def test_an_undisputed_report_stays_asserted(results: dict[str, Extraction]) -> None:
    found = of_type(results["undisputed"], "ASSAULT")
    assert found and all(ev.modality == "asserted" for ev in found)


def test_a_passive_not_denied_refuses_nothing(results: dict[str, Extraction]) -> None:
    (denial,) = of_type(results["not_denied"], "REJECT")
    assert denial.modality == "negated"
    (charge,) = of_type(results["not_denied"], "ACCUSE")
    assert charge.modality == "asserted"
