"""Abductions, kidnappings, hijackings and hostage-taking are ASSAULT (mode abduct), as the
PLOVER codebook and CAMEO 181 code them; an arrest stays COERCE."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

CASES = {
    "took_hostage": ("Gunmen in Lorania took 30 bus passengers hostage on Tuesday.", "ASSAULT"),
    "holding_hostages": ("The militia said it was holding 12 hostages near Ombria.", "ASSAULT"),
    "kidnapped": ("Rebels kidnapped two engineers in northern Tarsia on Sunday.", "ASSAULT"),
    "hijacked": ("Pirates hijacked a cargo ship off the coast of Valdoria.", "ASSAULT"),
    "arrested": ("Police in Lorania arrested nine smugglers on Friday.", "COERCE"),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({k: v[0] for k, v in CASES.items()})


@pytest.mark.parametrize("key", sorted(CASES))
def test_abduction_type(results: dict[str, Extraction], key: str) -> None:
    text, etype = CASES[key]
    found = [e for e in results[key].events if e.type == etype]
    assert found, (text, [(e.type, e.trigger.text) for e in results[key].events])
    if etype == "ASSAULT":
        assert found[0].mode == "ASSAULT/abduct", (text, found[0].mode)
