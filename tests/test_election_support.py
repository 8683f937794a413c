"""Electing somebody is a SUPPORT of the elected (CAMEO codes naming and electing envoys or
heads as support or cooperation); a participle with a date of its own reports the act,
while an undated participle of support names an allegiance."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

ELECTED = {
    "parliament_elected": "The Peruvian congress on Monday elected the central bank governor, "
                          "Ana Ruiz, as head of state.",
    "dated_participle": "Ruiz, elected earlier this month, told visitors the reforms would "
                        "continue.",
    "participle_in_month": "Ruiz, elected in May with a promise to curb crime, faces a hard test.",
}
NOT_ELECTED = {
    "elected_officials": "Elected officials met the farmers in Cusco on Tuesday.",
    "standing_allegiance": "Militias backed by Brazil since 2012 seized the port on Tuesday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**ELECTED, **NOT_ELECTED})


@pytest.mark.parametrize("key", sorted(ELECTED))
def test_an_election_is_support(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "SUPPORT")
    assert found and found[0].trigger.text.startswith("elected"), ELECTED[key]


def test_the_elected_is_the_target(results: dict[str, Extraction]) -> None:
    ev = of_type(results["parliament_elected"], "SUPPORT")[0]
    assert ev.date["value"] == "2025-06-02"
    assert ev.source and ev.target


@pytest.mark.parametrize("key", sorted(NOT_ELECTED))
def test_adjectives_and_standing_allegiances_are_no_support(results: dict[str, Extraction],
                                                            key: str) -> None:
    assert not of_type(results[key], "SUPPORT"), NOT_ELECTED[key]
