"""Conditional commitments: an offer or pledge that holds only under a condition is not an
asserted agreement, and its promise is decided only by a report that it was carried out."""

from __future__ import annotations

import pytest
from fuse_helpers import PUTIN, add, assault
from test_promise_verdicts import event, promise

from eventwire import fuse
from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline
from eventwire.store import Store

DATE = "2025-01-25"
CONDITIONAL = {
    "if_offer": "The European ministers offered to extend the deadline if Tehran resumed "
                "inspections.",
    "unless_offer": "Ankara offered to reopen the crossing unless the militias resumed shelling.",
    "provided_that": "The rebels agreed to release the hostages provided that the army "
                     "withdrew from the valley.",
    "on_condition": "Moscow pledged to lift the blockade on condition that Kyiv halted its "
                    "drone attacks.",
    "as_long_as": "The government promised to free the detainees as long as the protests "
                  "stayed peaceful.",
    "provided": "The rebels agreed to free the hostages, provided the army withdrew from the "
                "valley.",
    "only_after": "Moscow pledged to reopen the port only after Kyiv halted its drone attacks.",
    "only_once": "The government promised to free the detainees only once the protests ended.",
}
PLAIN = {
    "plain_offer": "The European ministers offered to extend the deadline by two weeks.",
    "plain_agree": "The rebels agreed to release the hostages on Tuesday.",
    "plain_pledge": "Moscow pledged to lift the blockade within a week.",
    "plain_after": "Moscow pledged to reopen the port after Kyiv halted its drone attacks.",
    "plain_provided": "The rebels agreed to free the hostages, and provided food to the "
                      "villagers.",
}
NESTED = {
    "nested": "Border commanders from both armies will hold a short meeting at 9am tomorrow, "
              "to be followed by a meeting of military envoys if both armies agree.",
    "nested_talks": "The two ministers will meet in Geneva on Monday, to be followed by "
                    "technical talks if the first round goes well.",
}
AGREED_NOUN = {  # an agreement to a thing (no offered act) under a condition of its own clause
    "noun_if": "Redland agreed to an immediate ceasefire, if Blueland does the same.",
    "noun_condition": "The rebels accepted the truce on condition that the army leaves the "
                      "town.",
}
AGREED_NOUN_PLAIN = {
    "noun_even_if": "Redland and Blueland agreed to a ceasefire on Monday, even if it remains "
                    "fragile.",
    "noun_later_if": "Redland and Blueland agreed to a ceasefire on Monday. If it holds, "
                     "refugees will return.",
}
THREATS = {
    "threat": "Israel threatened to strike Beirut if Hezbollah fired again.",
    "will_if": "Redland will attack if the militia breaks the accord, its president said.",
}
TRIGGERS = {"if_offer": "offered", "unless_offer": "offered", "provided_that": "agreed",
            "on_condition": "pledged", "as_long_as": "promised", "plain_offer": "offered",
            "plain_agree": "agreed", "plain_pledge": "pledged", "provided": "agreed",
            "only_after": "pledged", "only_once": "promised", "plain_after": "pledged",
            "plain_provided": "agreed"}
CUES = {"if_offer": "if", "unless_offer": "unless", "provided_that": "provided that",
        "on_condition": "on condition that", "as_long_as": "as long as", "provided": "provided",
        "only_after": "only after", "only_once": "only once"}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    """Each text through the real pipeline."""
    texts = {**CONDITIONAL, **PLAIN, **THREATS, **NESTED, **AGREED_NOUN, **AGREED_NOUN_PLAIN}
    arts = [Article(id=k, text=v, published=DATE, published_from="input")
            for k, v in texts.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


def offer(ex: Extraction, key: str):
    """The offer event of one text."""
    found = [e for e in ex.events if e.trigger.text.lower() == TRIGGERS[key]]
    assert found, [e.trigger.text for e in ex.events]
    return found[0]


@pytest.mark.parametrize("key", sorted(CONDITIONAL))
def test_conditional_offer_is_not_an_asserted_agreement(extracted, key: str) -> None:
    ev = offer(extracted[key], key)
    assert ev.modality == "hypothetical"
    assert ev.attributes["conditional"]["cue"] == CUES[key]
    assert ev.attributes["conditional"]["text"].startswith(CUES[key].split()[0])
    commitment = ev.attributes.get("commitment")
    assert commitment and commitment["condition"]["cue"] == CUES[key]


@pytest.mark.parametrize("key", sorted(PLAIN))
def test_unconditional_offer_stays_asserted(extracted, key: str) -> None:
    ev = offer(extracted[key], key)
    assert ev.modality == "asserted" and "conditional" not in ev.attributes


@pytest.mark.parametrize("key", sorted(AGREED_NOUN))
def test_an_agreement_to_a_thing_under_its_own_condition_is_not_asserted(extracted, key):
    agree = [e for e in extracted[key].events if e.type == "AGREE"]
    assert agree and all(e.modality == "hypothetical" for e in agree)
    assert agree[0].attributes["conditional"]["cue"] in ("if", "on condition that")


@pytest.mark.parametrize("key", sorted(AGREED_NOUN_PLAIN))
def test_a_concession_or_a_later_condition_leaves_the_agreement_asserted(extracted, key):
    agree = [e for e in extracted[key].events if e.type == "AGREE"]
    assert agree and all(e.modality == "asserted" for e in agree)


@pytest.mark.parametrize("key", sorted(NESTED))
def test_a_condition_on_a_later_step_does_not_qualify_the_plan(extracted, key: str) -> None:
    first = extracted[key].events[0]
    assert first.modality == "planned"
    assert "condition" not in (first.attributes.get("commitment") or {})


def test_a_threat_stays_an_asserted_threat(extracted) -> None:
    threat = [e for e in extracted["threat"].events if e.type == "THREATEN"]
    assert threat and threat[0].modality == "asserted"
    implied = [e for e in extracted["will_if"].events if e.type == "THREATEN"]
    assert implied and implied[0].modality == "asserted"
    assert implied[0].attributes["commitment"]["condition"]["cue"] == "if"


WITHDRAW_IF = {"kind": "pledge", "promiser": [PUTIN.id],
               "action": {"start": 0, "end": 8, "text": "withdraw troops from the border"},
               "deadline": "2025-04-01", "content_type": "RETREAT",
               "condition": {"cue": "if", "start": 0, "end": 5,
                             "text": "if Kyiv halts its drone attacks"}}
PLEDGE = "Putin pledged to withdraw troops from the border by April 1 if Kyiv halts its attacks."


def test_conditional_promise_is_kept_when_carried_out(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "AGREE", "2025-03-10", PLEDGE, "hypothetical",
                                         WITHDRAW_IF))])
    fuse.update(store, [add(store, event("f", "RETREAT", "2025-03-25",
                                         "Putin withdrew the troops from the border."))])
    p = promise(store)
    assert p["status"] == "kept" and p["decided_by"]["article"] == "f"
    assert p["condition"] == "if Kyiv halts its drone attacks"


def test_conditional_promise_is_not_broken_by_a_closed_window(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "AGREE", "2025-03-10", PLEDGE, "hypothetical",
                                         WITHDRAW_IF))])
    fuse.update(store, [add(store, assault("later", "2025-04-10", "Putin ordered strikes on "
                                           "the port overnight.", published="2025-04-10"))])
    p = promise(store)
    assert p["status"] == "expired" and p["decided_by"]["kind"] == "conditional"


def test_conditional_promise_is_not_broken_by_a_refusal(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "AGREE", "2025-03-10", PLEDGE, "hypothetical",
                                         WITHDRAW_IF))])
    fuse.update(store, [add(store, event("n", "RETREAT", "2025-03-28",
                                         "Putin said the troops would not withdraw from the "
                                         "border.", "negated"))])
    assert promise(store)["status"] == "open"


def test_unconditional_promise_is_still_broken_by_a_refusal(store: Store) -> None:
    plain = {k: v for k, v in WITHDRAW_IF.items() if k != "condition"}
    fuse.update(store, [add(store, event("p", "AGREE", "2025-03-10", PLEDGE, "planned",
                                         plain))])
    fuse.update(store, [add(store, event("n", "RETREAT", "2025-03-28",
                                         "Putin said the troops would not withdraw from the "
                                         "border.", "negated"))])
    assert promise(store)["status"] == "broken"


def test_a_plan_only_after_or_provided_something_promises_nothing_yet() -> None:
    texts = {"only_after": "Redland will sign the accord only after Blueland agrees to withdraw.",
             "plain": "Redland will sign the accord after talks in Geneva next week."}
    arts = [Article(id=k, text=v, published=DATE, published_from="input")
            for k, v in texts.items()]
    out = {ex.article.id: ex for ex in Pipeline().run(arts)}
    intents = {k: [e for e in ex.events if e.type == "AGREE" and e.modality == "asserted"
                   and "intent_of" in e.attributes] for k, ex in out.items()}
    assert intents["only_after"] == []
    assert intents["plain"]
