"""An agreement to a truce and the truce coming into force on the day it was agreed, told by two
outlets: one occurrence (``events.agreed_in_force``); a start on a later day, a truce only
announced, a violation, other parties and another place stay apart."""

from __future__ import annotations

import dataclasses

import pytest
from test_fuse_coref import article, event, mention

from eventwire import fuse
from eventwire.fuse import coref, events, queries
from eventwire.model import ActorRef, EventMention
from eventwire.store import Store

BORDIA = ActorRef("country:BOR", "Bordia", "BOR", kind="state")
SYLVANIA = ActorRef("country:SYL", "Sylvania", "SYL", kind="state")
KESTRIA = ActorRef("country:KES", "Kestria", "KES", kind="state")

AGREED = ("Bordia and Sylvania agreed on Monday to an immediate halt to the fighting along "
          "their border, officials said.")
IN_FORCE = "The ceasefire between Bordia and Sylvania took effect at midnight on Monday."
NEXT_DAY = "The ceasefire between Bordia and Sylvania took effect at 4 a.m. on Tuesday."
ANNOUNCED = "The ceasefire between Bordia and Sylvania was announced late on Monday."
PLANNED = "Bordia and Sylvania agreed that the guns would fall silent on 3 March."
OTHERS = "The ceasefire between Kestria and Sylvania took effect at midnight on Monday."
STRUCK = "Bordian artillery struck a Sylvanian border post on Monday, the army said."


def typed(ev: EventMention, mode: str | None = None, **info: str) -> EventMention:
    """The mention with a mode and its trigger's parse (what extraction stores)."""
    attrs = dict(ev.attributes)
    if info:
        attrs["trigger_info"] = dict(info)
    return dataclasses.replace(ev, mode=mode or ev.mode, attributes=attrs)


def agreement(text: str = AGREED, day: str = "Monday", date: str = "2025-03-03",
              modality: str = "asserted") -> EventMention:
    return typed(event(text, "agreed", "AGREE", [("Bordia", BORDIA)], [("Sylvania", SYLVANIA)],
                       date, day, modality=modality), lemma="agree", dep="ROOT", head="agree")


def truce(text: str = IN_FORCE, day: str = "Monday", date: str = "2025-03-03",
          head: str = "take", side: tuple[str, ActorRef] = ("Bordia", BORDIA)) -> EventMention:
    return typed(event(text, "ceasefire", "RETREAT", [side], [("Sylvania", SYLVANIA)], date,
                       day), mode="RETREAT/ceasefire", lemma="ceasefire", dep="nsubj",
                 head=head)


def test_an_agreement_and_its_truce_in_force_that_day_are_one_occurrence() -> None:
    a = mention("a1", "2025-03-04", "north", agreement())
    b = mention("a2", "2025-03-04", "south", truce())
    assert events.agreed_in_force(a, b) and events.agreed_in_force(b, a)
    verdict, p = events.link_verdict(a, b)
    assert verdict == "in_force" and p >= coref.merge_threshold()


def test_one_article_telling_both_does_not_keep_them_apart() -> None:
    a = mention("a1", "2025-03-04", "north", agreement())
    b = dataclasses.replace(mention("a1", "2025-03-04", "north", truce()), id="a1#1")
    assert events.same_article_verdict(a, b) == "maybe"


def test_a_planned_agreement_pairs_with_the_truce_it_sets() -> None:
    a = mention("a1", "2025-03-02", "north", agreement(PLANNED, "3 March", modality="planned"))
    assert events.agreed_in_force(a, mention("a2", "2025-03-04", "south", truce()))


@pytest.mark.parametrize("other", [
    truce(NEXT_DAY, "Tuesday", "2025-03-04"),  # in force the next day: a step of its own
    truce(ANNOUNCED, head="announce"),  # a truce announced, not coming into force
    truce(OTHERS, side=("Kestria", KESTRIA)),  # another pair of sides
    typed(event(STRUCK, "struck", "ASSAULT", [("Bordian", BORDIA)], [("Sylvanian", SYLVANIA)],
                "2025-03-03", "Monday")),  # a violation, not the truce
])
def test_other_days_acts_and_sides_are_no_pair(other: EventMention) -> None:
    a = mention("a1", "2025-03-04", "north", agreement())
    assert not events.agreed_in_force(a, mention("a2", "2025-03-05", "south", other))


def test_a_truce_dated_only_by_an_earlier_sentence_or_by_tense_is_no_pair() -> None:
    a = mention("a1", "2025-03-04", "north", agreement())
    b = mention("a2", "2025-03-04", "south", truce())
    earlier = dataclasses.replace(b, when={**b.when, "from": "earlier-mention"})
    assert not events.agreed_in_force(a, earlier)
    undated = typed(event("The ceasefire between Bordia and Sylvania took effect.", "ceasefire",
                          "RETREAT", [("Bordia", BORDIA)], [("Sylvania", SYLVANIA)]),
                    mode="RETREAT/ceasefire", lemma="ceasefire", dep="nsubj", head="take")
    assert not events.agreed_in_force(a, mention("a2", "2025-03-04", "south", undated))


def test_an_agreement_to_another_act_is_no_pair() -> None:
    talks = agreement()
    talks = dataclasses.replace(talks, attributes={
        **talks.attributes, "commitment": {"kind": "agreement", "content_type": "CONSULT"}})
    b = mention("a2", "2025-03-04", "south", truce())
    assert not events.agreed_in_force(mention("a1", "2025-03-04", "north", talks), b)
    halt = dataclasses.replace(talks, attributes={**talks.attributes, "commitment": {
        "kind": "agreement", "content_type": "RETREAT", "content_mode": "RETREAT/ceasefire"}})
    assert events.agreed_in_force(mention("a1", "2025-03-04", "north", halt), b)


def test_two_places_in_different_countries_are_no_pair() -> None:
    a = mention("a1", "2025-03-04", "north", agreement())
    b = mention("a2", "2025-03-04", "south", truce())
    a.data["location"] = {"name": "Vell", "country": "BOR"}
    b.data["location"] = {"name": "Ostra", "country": "KES"}
    assert not events.agreed_in_force(a, b)


def test_two_outlets_agreement_and_truce_in_force_make_one_record(store: Store) -> None:
    ids = [article(store, "a1", "2025-03-04", "north", agreement(), text=AGREED),
           article(store, "a2", "2025-03-04", "south", truce(), text=IN_FORCE)]
    fuse.update(store, ids)
    (ev,) = queries.list_events(store)
    assert sorted(ev["articles"]) == ["a1", "a2"] and ev["type"] == "AGREE"


def test_a_truce_in_force_the_next_day_keeps_its_own_record(store: Store) -> None:
    ids = [article(store, "a1", "2025-03-04", "north", agreement(), text=AGREED),
           article(store, "a2", "2025-03-05", "south", truce(NEXT_DAY, "Tuesday", "2025-03-04"),
                   text=NEXT_DAY)]
    fuse.update(store, ids)
    assert sorted(e["type"] for e in queries.list_events(store)) == ["AGREE", "RETREAT"]
