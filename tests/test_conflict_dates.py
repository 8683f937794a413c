"""Dates conflict only between reports that the event happened: a plan's day is when it
was to happen, not a source's statement of when it did."""

from __future__ import annotations

from test_fuse_coref import ENVOY, SPEAKER, event, mention

from eventwire.fuse.conflicts import date_conflicts

HELD = "The envoy Anna Envoy met Boris Speaker in the capital on Wednesday."
HELD_LATER = "Anna Envoy met Boris Speaker in the capital on Thursday, officials said."
PLANNED = "Anna Envoy would meet Boris Speaker in the capital on Thursday, an aide said."


def talks(aid: str, outlet: str, text: str, day: str, day_text: str,
          modality: str = "asserted") -> object:
    ev = event(text, "met" if "met" in text else "meet", "CONSULT", [("Anna Envoy", ENVOY)],
               [("Boris Speaker", SPEAKER)], day, day_text, modality)
    return mention(aid, "2024-11-21", outlet, ev)


def test_two_outlets_reporting_different_days_conflict() -> None:
    a = talks("a1", "wire", HELD, "2024-11-20", "Wednesday")
    b = talks("a2", "paper", HELD_LATER, "2024-11-21", "Thursday")
    (found,) = date_conflicts([a, b])
    assert {v["value"] for v in found["values"]} == {"2024-11-20", "2024-11-21"}


def test_a_planned_day_does_not_conflict_with_the_reported_one() -> None:
    a = talks("a1", "wire", HELD, "2024-11-20", "Wednesday")
    plan = talks("a2", "paper", PLANNED, "2024-11-21", "Thursday", "planned")
    assert date_conflicts([a, plan]) == []


def test_one_outlet_giving_two_days_is_no_conflict() -> None:
    a = talks("a1", "wire", HELD, "2024-11-20", "Wednesday")
    b = talks("a2", "wire", HELD_LATER, "2024-11-21", "Thursday")
    assert date_conflicts([a, b]) == []
