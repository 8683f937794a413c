"""An agreement whose start day is stated ("the truce begins at dawn on Friday") is carried
out by its own record's report, from another article, that it took effect that day, as a
plan for a stated day is: the promise is kept from the record even when the one who
announced it ("the mediator says the truce begins ...") is not a party to it. Invented
countries and people throughout."""

from __future__ import annotations

import datetime as dt

from eventwire.fuse.promises import held_in_own_record

FRIDAY = "2031-05-16"


def agreement(start: str | None = FRIDAY + "T04:00", kind: str = "agreement") -> dict:
    return {"kind": kind, "promiser": [{"id": "person:tomas-valdera", "name": "Tomas Valdera",
                                        "country": "RUR", "kind": "person"}],
            "promisee": [], "action": None, "scope": [], "negative": False, "start": start,
            "duration": None, "deadline": None, "content_type": "RETREAT",
            "content_mode": "RETREAT/ceasefire"}


def record(modality: str = "asserted", day: str = FRIDAY,
           said: str = "A truce between Varosia and the rebels took effect at dawn on "
                       "Friday.") -> dict:
    return {"id": "e1", "type": "RETREAT", "date_range": [day, day], "date_from": "text",
            "mentions": [
                {"article": "a1", "type": "RETREAT", "modality": "planned",
                 "sentence": {"text": "Valdera says truce begins at 4 a.m. on Friday"}},
                {"article": "a2", "type": "RETREAT", "modality": modality,
                 "sentence": {"text": said}}]}


def test_an_agreement_with_its_start_day_is_carried_out_by_its_record() -> None:
    found = held_in_own_record(agreement(), record(), "a1", dt.date(2031, 5, 15), None)
    assert found is not None and found["kind"] == "fulfils" and found["article"] == "a2"


def test_no_start_another_day_or_only_plans_carry_nothing() -> None:
    made = dt.date(2031, 5, 15)
    assert held_in_own_record(agreement(start=None), record(), "a1", made, None) is None
    assert held_in_own_record(agreement(), record(day="2031-05-14"), "a1", made, None) is None
    assert held_in_own_record(agreement(), record(modality="planned"), "a1", made, None) is None
    assert held_in_own_record(agreement(), record(said="The truce was delayed until noon on Friday."),
                              "a1", made, None) is None
    assert held_in_own_record(agreement(kind="pledge"), record(), "a1", made, None) is None
