"""A date that an ordering cue puts an event before or after keeps its grain: a month
bounds the event by the whole month, not by its first days."""

from __future__ import annotations

from test_fuse_coref import ISRAEL, LEBANON, event

from eventwire.fuse.dates import mention_range

PUBLISHED = "2024-04-20"
LATER = ("The first convoys reached the border crossing in February, some waiting for weeks "
         "before troops closed it.")
EARLIER = "The envoy returned to the capital in February after the border talks collapsed."


def test_an_event_after_a_month_runs_past_its_end() -> None:
    ev = event(LATER, "closed", "COERCE", [("troops", ISRAEL)], [], "2024-02", "February")
    r = mention_range(ev.to_dict(), PUBLISHED)
    assert r["from"] == "tense:after-date"
    assert r["range"] == ["2024-02-01", "2024-03-14"]


def test_an_asserted_event_after_a_month_ends_by_the_report() -> None:
    ev = event(LATER, "closed", "COERCE", [("troops", ISRAEL)], [], "2024-02", "February")
    assert mention_range(ev.to_dict(), "2024-03-05")["range"] == ["2024-02-01", "2024-03-05"]
    planned = event(LATER, "closed", "COERCE", [("troops", ISRAEL)], [], "2024-02", "February",
                    modality="planned")
    assert mention_range(planned.to_dict(), "2024-03-05")["range"] == ["2024-02-01",
                                                                      "2024-03-14"]


def test_an_event_before_a_month_reaches_its_last_day() -> None:
    ev = event(EARLIER, "talks", "CONSULT", [("envoy", LEBANON)], [], "2024-02", "February")
    r = mention_range(ev.to_dict(), PUBLISHED)
    assert r["from"] == "tense:before-date"
    assert r["range"] == ["2024-01-25", "2024-02-29"]


def test_a_part_of_the_month_narrows_what_the_cue_orders_against() -> None:
    text = "The envoy returned to the capital in early February after the border talks collapsed."
    ev = event(text, "talks", "CONSULT", [("envoy", LEBANON)], [], "2024-02", "February")
    assert mention_range(ev.to_dict(), PUBLISHED)["range"] == ["2024-01-25", "2024-02-15"]


def test_a_single_day_keeps_its_week_before_and_two_weeks_after() -> None:
    text = "The envoy returned to the capital on 9 February after the border talks collapsed."
    ev = event(text, "talks", "CONSULT", [("envoy", LEBANON)], [], "2024-02-09", "9 February")
    assert mention_range(ev.to_dict(), PUBLISHED)["range"] == ["2024-02-02", "2024-02-09"]
    text = "Troops reached the crossing on 9 February, days before the army closed it."
    ev = event(text, "closed", "COERCE", [("army", ISRAEL)], [], "2024-02-09", "9 February")
    assert mention_range(ev.to_dict(), PUBLISHED)["range"] == ["2024-02-09", "2024-02-23"]
