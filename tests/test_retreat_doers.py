"""Who does a RETREAT named by a noun: the announcer of a retreat named without its doer
('X announced a withdrawal from Y') retreats; the of-object of an evacuation is moved, not
the evacuator."""

from __future__ import annotations

from pipeline_runs import run_texts

from eventwire.model import Extraction

TEXTS = {
    "announced_withdrawal": "Ombria announced a withdrawal from Lorania on Tuesday.",
    "announced_retreat": "Valdoria announced a retreat from the border region on Monday.",
    "announced_of": "The United Nations announced the withdrawal of Valdorian troops from Tarsia.",
    "evacuation_of": "The evacuation of civilians from Port Arlen began on Monday.",
    "began_evacuation": "Ombria began the evacuation of civilians from Port Arlen on Monday.",
    "withdrawal_of": "The withdrawal of Valdorian troops from Tarsia was completed on Friday.",
}


def _retreat(ex: Extraction):
    found = [e for e in ex.events if e.type == "RETREAT"]
    assert found, [(e.type, e.trigger.text) for e in ex.events]
    return found[0]


def _sources() -> dict[str, list[str]]:
    results = run_texts(TEXTS)
    return {k: [p.text for p in _retreat(ex).source] for k, ex in results.items()}


SOURCES = None


def _source(key: str) -> list[str]:
    global SOURCES
    if SOURCES is None:
        SOURCES = _sources()
    return SOURCES[key]


def test_the_announcer_of_a_retreat_named_without_its_doer_retreats() -> None:
    assert _source("announced_withdrawal") == ["Ombria"]
    assert _source("announced_retreat") == ["Valdoria"]


def test_a_withdrawal_of_named_forces_is_theirs_not_the_announcers() -> None:
    assert "United Nations" not in " ".join(_source("announced_of"))
    assert _source("announced_of")


def test_the_evacuated_are_not_the_evacuators() -> None:
    assert _source("evacuation_of") == []
    assert _source("began_evacuation") == ["Ombria"]


def test_withdrawing_troops_stay_the_source() -> None:
    assert _source("withdrawal_of")


def test_the_announcer_of_a_ceasefire_is_still_no_party() -> None:
    (ex,) = run_texts({"c": "Foreign Secretary Tomas Ruiz announced the ceasefire on Monday."}).values()
    assert all("Ruiz" not in p.text for e in ex.events for p in (*e.source, *e.target))
