"""An armed force that fires, with no object, attacks: 'Velland said Norland troops fired
first'; a company that fires workers, a fired official or rockets fired from somewhere are
read by their own entries."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

TEXTS = {
    "troops_fired_first": ("Velland said Norland troops fired first.", ["ASSAULT"]),
    "fighters_fired_from": ("Norland said Velland fighters had fired from inside the school.",
                            ["ASSAULT"]),
    "army_fired_back": ("The Norland army fired back after the attack on its post.",
                        ["ASSAULT"]),
    "company_fired": ("The Norland company fired 200 workers last year.", []),
    "soldiers_were_fired": ("The Velland soldiers were fired from their jobs.", []),
    "coach_fired": ("The Velland coach was fired after the defeat.", []),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({k: t for k, (t, _) in TEXTS.items()})


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_an_armed_force_that_fires_attacks(results, key) -> None:
    assert sorted({e.type for e in results[key].events
                   if e.modality in ("asserted", "planned")}) == TEXTS[key][1]
