"""An undated noun mention that refers back to an event its article dated earlier ("claimed
responsibility for the attack") takes that event's day; two different days date nothing."""

from __future__ import annotations

from eventwire.model import Article
from eventwire.pipeline import Pipeline

PUBLISHED = "2025-03-20"


def _events(text: str) -> list:
    (ex,) = Pipeline().run([Article(id="0", text=text, published=PUBLISHED)])
    return sorted(ex.events, key=lambda e: e.trigger.start)


def test_the_attack_takes_the_day_of_the_attack_told_before() -> None:
    evs = _events("Gunmen attacked a passenger train in the northern hills on Tuesday, officials "
                  "said.\n\nA separatist group claimed responsibility for the attack.")
    later = next(e for e in evs if e.trigger.text == "attack")
    assert later.type == "ASSAULT"
    assert later.date["value"] == "2025-03-18" and later.date["via"] == "earlier mention"
    assert later.date["range"] == ["2025-03-18", "2025-03-18"]
    assert later.date["range_from"] == "earlier-mention"


def test_two_differently_dated_attacks_leave_the_reference_undated() -> None:
    evs = _events("Gunmen attacked a passenger train in the northern hills on Tuesday. Rebels "
                  "attacked a border post on Sunday.\n\nA separatist group claimed responsibility "
                  "for the attack.")
    later = next(e for e in evs if e.trigger.text == "attack")
    assert later.date["range_from"] == "tense:past"


def test_an_indefinite_noun_is_a_new_event() -> None:
    evs = _events("Gunmen attacked a passenger train in the northern hills on Tuesday. Police "
                  "said an attack on a convoy followed.")
    other = [e for e in evs if e.trigger.text == "attack"]
    assert other and all(e.date["range_from"] == "tense:past" for e in other)
