"""A nationality before a plain noun of a body's name ('a Chinese coast guard ship', 'Iranian
border guards') owns the agent noun after it, before any dateline or sentence context."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts, side_countries

from eventwire.model import Extraction

TEXTS = {
    "coast": "SINGAPORE (PWS) — Washington voiced support for Manila on Sunday after a Chinese "
             "coast guard ship fired a water cannon at a Philippine supply boat.",
    "border": "ANKARA (PWS) — Iranian border guards shot dead two Iraqi smugglers on Monday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger,owner", [
    ("coast", "fired", "CHN"),
    ("border", "shot", "IRN"),
])
def test_the_nationality_owns_the_agent(results: dict[str, Extraction], key: str, trigger: str,
                                        owner: str) -> None:
    assert side_countries(by_trigger(results[key], trigger), "source") == {owner}
