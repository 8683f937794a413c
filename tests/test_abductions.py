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


@pytest.mark.parametrize(("text", "target"), [
    ("In Niger, gunmen took 30 hostages at a school.", "hostages"),
    ("The jihadists said they were holding over 100 hostages in Burkina Faso.", "hostages"),
])
def test_the_hostages_taken_are_the_target(text: str, target: str) -> None:
    (ex,) = run_texts({"t": text}).values()
    found = [e for e in ex.events if e.mode == "ASSAULT/abduct"]
    assert found, [(e.type, e.trigger.text) for e in ex.events]
    assert target in [p.text.split()[-1] for p in found[0].target]
