"""A side's surrender and the other side's capture of it, told by two outlets: one record,
typed as the capture; other surrenders and captures stay apart."""

from __future__ import annotations

import dataclasses

import pytest
from test_fuse_coref import article, event, mention

from eventwire import fuse
from eventwire.fuse import build, events, queries
from eventwire.model import ActorRef, EventMention
from eventwire.store import Store

BORDIA = ActorRef("country:BOR", "Bordia", "BOR", kind="state")
SYLVANIA = ActorRef("country:SYL", "Sylvania", "SYL", kind="state")
KESTRIA = ActorRef("country:KES", "Kestria", "KES", kind="state")

SURRENDERED = ("A group of Sylvanian soldiers surrendered to Bordian troops near the Varo pass "
               "on Tuesday afternoon, the Bordian army said.")
LAID_DOWN = ("The Sylvanian soldiers laid down their weapons and surrendered without a fight "
             "on Tuesday, an army spokesman said.")
DETAINED = "Sylvania condemned the Bordian army's detention of 20 of its soldiers on 4 March."
CAPTURED = "Bordian troops captured 18 Sylvanian soldiers near the Varo pass on Tuesday."
LATER = "Bordian troops captured another 12 Sylvanian soldiers near the Varo pass on Friday."
REBELS = "Kestrian rebels surrendered to Sylvanian troops on Tuesday near the Ilm river."


def typed(ev: EventMention, kind: str | None = None, lemma: str | None = None) -> EventMention:
    """The mention with a mode and its trigger's lemma (what extraction stores)."""
    attrs = dict(ev.attributes)
    if lemma:
        attrs["trigger_info"] = {"lemma": lemma}
    return dataclasses.replace(ev, mode=kind or ev.mode, attributes=attrs)


def surrender(text: str = SURRENDERED, who: tuple[str, ActorRef] = ("Sylvanian", SYLVANIA),
              to: tuple[str, ActorRef] | None = ("Bordian", BORDIA), date: str = "2025-03-04",
              day: str = "Tuesday") -> EventMention:
    return typed(event(text, "surrendered", "CONCEDE", [who], [to] if to else [], date, day),
                 lemma="surrender")


def capture(text: str = CAPTURED, date: str = "2025-03-04", day: str = "Tuesday",
            captor: tuple[str, ActorRef] = ("Bordian", BORDIA),
            captive: tuple[str, ActorRef] = ("Sylvanian", SYLVANIA),
            trigger: str = "captured") -> EventMention:
    return typed(event(text, trigger, "COERCE", [captor], [captive], date, day),
                 kind="COERCE/arrest", lemma="capture")


def test_a_surrender_and_the_capture_of_the_same_side_are_one_occurrence() -> None:
    a = mention("a1", "2025-03-04", "north", surrender())
    b = mention("a2", "2025-03-05", "south", capture())
    assert events.yield_pair(a, b) and events.yield_pair(b, a)
    verdict, p = events.link_verdict(a, b)
    assert verdict == "yield" and p > 0


def test_the_captive_alone_or_the_captor_alone_reverses_the_roles() -> None:
    told = mention("a1", "2025-03-05", "north", surrender(LAID_DOWN, to=None))
    detained = capture(DETAINED, "2025-03-04", "4 March", captive=("Sylvania", SYLVANIA),
                       trigger="detention")
    assert events.yield_pair(told, mention("a2", "2025-03-05", "south", detained))


@pytest.mark.parametrize("other", [
    capture(LATER, "2025-03-07", "Friday"),  # another day: another capture
    capture(CAPTURED, captor=("Sylvanian", SYLVANIA), captive=("Bordian", BORDIA)),  # same sides
    typed(capture(), kind="COERCE/curfew"),  # no arrest
])
def test_other_days_sides_or_coercions_are_no_pair(other: EventMention) -> None:
    a = mention("a1", "2025-03-04", "north", surrender())
    assert not events.yield_pair(a, mention("a2", "2025-03-08", "south", other))


def test_a_surrender_of_a_claim_or_a_planned_one_is_no_pair() -> None:
    b = mention("a2", "2025-03-05", "south", capture())
    conceded = typed(surrender(), lemma="concede")
    assert not events.yield_pair(mention("a1", "2025-03-04", "north", conceded), b)
    planned = dataclasses.replace(surrender(), modality="planned")
    assert not events.yield_pair(mention("a1", "2025-03-04", "north", planned), b)


def test_a_third_partys_surrender_to_the_captor_is_no_pair() -> None:
    rebels = surrender(REBELS, who=("Kestrian", KESTRIA), to=("Sylvanian", SYLVANIA))
    b = mention("a2", "2025-03-05", "south", capture())  # Bordia captures Sylvanians
    assert not events.yield_pair(mention("a1", "2025-03-04", "north", rebels), b)


@pytest.mark.parametrize("first", ["surrender", "capture"])
def test_two_outlets_surrender_and_capture_make_one_capture_record(store: Store,
                                                                    first: str) -> None:
    told = {"surrender": ("north", surrender(), SURRENDERED),
            "capture": ("south", capture(), CAPTURED)}
    order = [first, "capture" if first == "surrender" else "surrender"]
    ids = [article(store, f"a{i}", f"2025-03-0{4 + i}", told[k][0], told[k][1], text=told[k][2])
           for i, k in enumerate(order)]
    fuse.update(store, ids)
    (ev,) = queries.list_events(store)
    assert sorted(ev["articles"]) == ["a0", "a1"]
    assert ev["type"] == "COERCE"


def test_a_capture_on_another_day_keeps_its_own_record(store: Store) -> None:
    ids = [article(store, "a1", "2025-03-04", "north", surrender(), text=SURRENDERED),
           article(store, "a2", "2025-03-08", "south", capture(LATER, "2025-03-07", "Friday"),
                   text=LATER)]
    fuse.update(store, ids)
    assert sorted(e["type"] for e in queries.list_events(store)) == ["COERCE", "CONCEDE"]


def test_the_record_type_of_a_surrender_and_its_capture_is_the_capture() -> None:
    a = mention("a1", "2025-03-04", "north", surrender())
    b = mention("a2", "2025-03-05", "south", capture())
    assert build.record_type([a, b]) == "COERCE"
    assert build.record_type([a]) == "CONCEDE"
