"""AGREE and SUPPORT are acts of parties: a wished-for or acted-on agreement, agreeing with a
view or assuring of a fact, and a thing that 'supports' or 'promises' report none."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

TEXTS = {
    # sought or acted on: no AGREE from the agreement noun
    "wants": "The Lorania government wants a deal with the rebels before the election.",
    "hopes": "The minister said Lorania hopes for a deal with Velland by June.",
    "enforces": "Velland's army is enforcing the ceasefire agreement along the river.",
    "sponsored": "The countries that sponsored the accord met in Geneva on Monday.",
    # made or renewed: AGREE
    "reached": "Lorania and Velland reached a deal on fishing rights on Monday.",
    "approved": "Lorania's cabinet approved the agreement with Velland on Sunday.",
    "reaffirmed": "Both leaders reaffirmed their commitment to the ceasefire.",
    # agreeing with a view, assuring of a fact: no AGREE
    "view": "Most economists agree that the currency is overvalued.",
    "with_view": "The minister said he agreed with the opposition leader that the budget "
                 "was too small.",
    "fact": "Officials in Velland assured reporters that the water was safe.",
    # agreeing to act: AGREE
    "to_act": "Lorania and Velland agreed on Tuesday to reopen their border crossings.",
    "that_should": "The two sides agreed that their armies should withdraw from the valley.",
    "assured_would": "Velland's president assured Lorania that its troops would not cross "
                     "the river.",
    "role_noun": "The participants agreed to meet every month.",
    # a thing as the subject, a purpose: no SUPPORT / AGREE
    "data": "The data support the view that the economy is slowing.",
    "constitution": "The new constitution guarantees freedom of the press.",
    "plan": "The plan promises to lift growth in the region.",
    "purpose": "Money from the sale will be used to support wildlife conservation.",
    # a party supports: SUPPORT
    "party": "Velland said it supports Lorania's bid for a seat on the council.",
    "experts": "Most experts back the reform.",
    "envoys": "Lorania sent envoys to support the talks.",
    # defending a decision, a right or a party is verbal support (CAMEO 052), a place or
    # oneself is not (CAMEO 074)
    "decision": "The foreign minister defended the decision to close the embassy.",
    "right": "Velland defended Lorania's right to build the dam.",
    "city": "Velland's forces are defending the city against the rebel offensive.",
    "itself": "Lorania has the right to defend itself, the minister said.",
    "police": "The interior minister of Velland defended the police.",
    # an invitation asks for an act; 'invite' with a thing as object asks nothing
    "invite_to": "Velland invited Lorania's president to join the peace talks in March.",
    "invite_thing": "Closing the border will invite problems for the farmers of Lorania.",
    # a party's backing stated as a clause is support; a participle that describes a group
    # by who backs it, or by what it backs, names an allegiance and reports no act
    "by_party": "Lorania's rebels were backed by Velland throughout the war.",
    "party_backs": "Velland backed the rebels in the north of Lorania.",
    "backed_rebels": "Rebels backed by Velland seized the airport.",
    "those_backing": "Those backing the reform in Lorania say it will pass.",
    "by_weapons": "The fighters, backed by air support, retook the village.",
    # a relation noun is an event as what a verb makes, gives, states or receives, not as a
    # subject, a prepositional object or a modifier in passing
    "sent_aid": "Velland sent humanitarian aid to Lorania on Monday.",
    "aid_arrived": "The first aid from Velland arrived in the Lorania capital on Friday.",
    "aid_delivered": "Food aid was delivered by Velland to the northern villages.",
    "aid_sent_by": "The aid sent by Velland reached the border town.",
    "expressed_support": "The Velland president expressed support for Lorania's bid.",
    "with_support": "With support from Velland, the agency stored food in the valley.",
    "under_deal": "Under the agreement with Velland, Lorania pays for the water.",
    "cooperation_subject": "Lorania's naval cooperation with Velland is growing.",
    "aid_conditional": "Velland made its aid to Lorania conditional on reforms.",
    "relief_operations": "Relief operations in Lorania were hampered by floods.",
    "started_relief": "Aid agencies started relief operations in the valley of Lorania.",
    "took_effect": "The agreement that took effect on Wednesday ended the fighting in Lorania.",
    "dated_deal": "The new plan builds on Monday's agreement between Lorania and Velland.",
    "do_deal": "The Lorania president is ready to do a deal with Velland, an envoy said.",
    "convoys": "Velland said aid convoys entered the north of Lorania on Sunday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _has(ex: Extraction, etype: str, trigger: str) -> bool:
    return any(e.type == etype and trigger in e.trigger.text and
               e.modality in ("asserted", "planned") for e in ex.events)


@pytest.mark.parametrize(("key", "noun"), [
    ("wants", "deal"), ("hopes", "deal"), ("enforces", "agreement"), ("sponsored", "accord"),
])
def test_a_sought_or_acted_on_agreement_is_no_agree(results, key: str, noun: str) -> None:
    assert not _has(results[key], "AGREE", noun)


@pytest.mark.parametrize(("key", "trigger"), [
    ("reached", "deal"), ("approved", "agreement"), ("reaffirmed", "commitment"),
])
def test_a_made_agreement_stays_agree(results, key: str, trigger: str) -> None:
    assert _has(results[key], "AGREE", trigger)


@pytest.mark.parametrize(("key", "verb"), [
    ("view", "agree"), ("with_view", "agreed"), ("fact", "assured"),
])
def test_agreeing_with_a_view_or_assuring_a_fact_is_no_agree(results, key: str,
                                                              verb: str) -> None:
    assert not _has(results[key], "AGREE", verb)


@pytest.mark.parametrize(("key", "verb"), [
    ("to_act", "agreed"), ("that_should", "agreed"), ("assured_would", "assured"),
    ("role_noun", "agreed"),
])
def test_agreeing_to_act_is_agree(results, key: str, verb: str) -> None:
    assert _has(results[key], "AGREE", verb)


@pytest.mark.parametrize(("key", "etype", "verb"), [
    ("data", "SUPPORT", "support"), ("constitution", "AGREE", "guarantees"),
    ("plan", "AGREE", "promises"), ("purpose", "SUPPORT", "support"),
    ("envoys", "SUPPORT", "support"),  # the aim of sending them: the sending is the act
])
def test_a_thing_or_a_purpose_supports_nothing(results, key: str, etype: str,
                                               verb: str) -> None:
    assert not _has(results[key], etype, verb)


@pytest.mark.parametrize(("key", "verb"), [
    ("party", "supports"), ("experts", "back"),
])
def test_a_party_supports(results, key: str, verb: str) -> None:
    assert _has(results[key], "SUPPORT", verb)


@pytest.mark.parametrize(("key", "fires"), [
    ("decision", True), ("right", True), ("police", True), ("city", False), ("itself", False),
])
def test_defending_a_decision_is_support_defending_a_place_is_not(results, key: str,
                                                                  fires: bool) -> None:
    assert _has(results[key], "SUPPORT", "defend") is fires


@pytest.mark.parametrize(("key", "fires"), [
    ("by_party", True), ("party_backs", True), ("backed_rebels", False),
    ("those_backing", False), ("by_weapons", False),
])
def test_backing_needs_a_party_and_a_clause(results, key: str, fires: bool) -> None:
    assert _has(results[key], "SUPPORT", "backed") is fires


@pytest.mark.parametrize(("key", "fires"), [("invite_to", True), ("invite_thing", False)])
def test_an_invitation_asks_for_an_act(results, key: str, fires: bool) -> None:
    assert _has(results[key], "REQUEST", "invite") is fires


@pytest.mark.parametrize(("key", "etype", "noun", "fires"), [
    ("sent_aid", "AID", "aid", True), ("aid_arrived", "AID", "aid", True),
    ("aid_delivered", "AID", "aid", True), ("aid_sent_by", "AID", "aid", True),
    ("expressed_support", "SUPPORT", "support", True),
    ("started_relief", "AID", "relief", True), ("took_effect", "AGREE", "agreement", True),
    ("dated_deal", "AGREE", "agreement", True), ("do_deal", "AGREE", "deal", True),
    ("convoys", "AID", "aid", True),
    ("with_support", "SUPPORT", "support", False), ("under_deal", "AGREE", "agreement", False),
    ("cooperation_subject", "COOPERATE", "cooperation", False),
    ("aid_conditional", "AID", "aid", False), ("relief_operations", "AID", "relief", False),
])
def test_a_relation_noun_is_an_event_only_when_made_given_or_received(
        results, key: str, etype: str, noun: str, fires: bool) -> None:
    assert _has(results[key], etype, noun) is fires
