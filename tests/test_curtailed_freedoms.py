"""Limiting or curtailing movement, gatherings, freedoms or the press is a COERCE (restrict);
limiting exports or spending is none."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

RESTRICTED = {
    "curtailed_movement": "Redland authorities curtailed the movement of journalists in the "
                          "border region.",
    "limits_freedom": "The new law limits freedom of expression in Lorania, critics said.",
}
NONE = {
    "limited_spending": "The Lorania government limited spending on defense this year.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**RESTRICTED, **NONE})


@pytest.mark.parametrize("key", sorted(RESTRICTED))
def test_curtailed_freedoms_are_a_restriction(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "COERCE")
    assert found and found[0].mode == "COERCE/restrict", \
        [(e.type, e.trigger.text, e.mode) for e in results[key].events]


def test_limited_spending_is_no_coercion(results: dict[str, Extraction]) -> None:
    assert not of_type(results["limited_spending"], "COERCE")
