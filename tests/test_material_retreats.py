"""Releases and resignations that happen are RETREAT (PLOVER: material concessions with
immediate consequences; CAMEO 0841 release persons), not CONCEDE (verbal concessions); a
promise to release stays a planned RETREAT beside its AGREE."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

CASES = {
    "freed_captives": ("Rebels in Lorania freed 12 captives on Thursday.", "RETREAT", "asserted"),
    "release_of": ("The army announced the release of 40 detained farmers in Ombria.",
                   "RETREAT", "asserted"),
    "resigned": ("Valdoria's interior minister resigned on Monday after the riots.",
                 "RETREAT", "asserted"),
    "stepped_down": ("The governor of Tarsia stepped down last week.", "RETREAT", "asserted"),
    "will_release": ("The junta said it will release the journalists next week.",
                     "RETREAT", "planned"),
    "concession": ("Ombria made a concession to the strikers on wages.", "CONCEDE", "asserted"),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({k: v[0] for k, v in CASES.items()})


@pytest.mark.parametrize("key", sorted(CASES))
def test_material_retreat(results: dict[str, Extraction], key: str) -> None:
    text, etype, modality = CASES[key]
    found = {(e.type, e.modality) for e in results[key].events}
    assert (etype, modality) in found, (text, found)
    if etype == "RETREAT":
        assert "CONCEDE" not in {t for t, _ in found}, (text, found)


def test_release_beside_a_truce_stays_apart() -> None:
    text = ("The truce between Lorania and Ombria took effect on Sunday, and Loranian rebels "
            "freed three captives hours later.")
    ex = run_texts({"t": text})["t"]
    modes = {e.mode for e in ex.events if e.type == "RETREAT"}
    assert {"RETREAT/ceasefire", "RETREAT/release"} <= modes, modes
