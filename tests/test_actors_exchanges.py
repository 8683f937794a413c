"""Participants of reciprocal acts, receiving, moving goods, buying weapons and aimed drills."""

from __future__ import annotations

import pytest
from test_actors_objects import _countries, _event

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "parties"), [
    ("Armenia and Azerbaijan blamed each other for the clashes.", "blamed", {"ARM", "AZE"}),
    ("Peru and Ecuador accused one another of violating the truce.", "accused", {"PER", "ECU"}),
    ("Guatemala and Belize traded accusations over the river incident.", "accusations",
     {"GTM", "BLZ"}),
    ("Israel and Hezbollah exchanged fire across the frontier.", "exchanged fire",
     {"ISR", "LBN"}),
])
def test_a_reciprocal_act_targets_every_party(pipeline, text, trigger, parties):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "source") == parties
    assert _countries(ev, "target") == parties


def test_a_one_sided_act_of_a_joint_subject_keeps_no_reciprocal_target(pipeline):
    ev = _event(pipeline, "Peru and Ecuador accused the rebels of violating the truce.",
                "accused")
    assert not _countries(ev, "target") & {"PER", "ECU"}


@pytest.mark.parametrize(("text", "trigger", "giver", "receiver"), [
    ("Ukraine is receiving intelligence from Washington.", "receiving", "USA", "UKR"),
    ("Jordan received satellite intelligence from France last year.", "received", "FRA", "JOR"),
])
def test_the_subject_of_receiving_is_the_target(pipeline, text, trigger, giver, receiver):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "source") == {giver}
    assert _countries(ev, "target") == {receiver}


@pytest.mark.parametrize(("text", "trigger", "target", "origin"), [
    ("The United States sent weapons from Germany to Ukraine.", "sent", "UKR", "DEU"),
    ("Canada sent aid from Kenya to Somalia on Monday.", "sent", "SOM", "KEN"),
])
def test_the_origin_of_what_is_sent_is_no_target(pipeline, text, trigger, target, origin):
    ev = _event(pipeline, text, trigger)
    assert target in _countries(ev, "target")
    assert origin not in _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "buyer", "seller"), [
    ("Turkey's purchase of Russian missiles angered Washington.", "purchase", "TUR", "RUS"),
    ("Poland's acquisition of South Korean tanks was completed in 2023.", "acquisition",
     "POL", "KOR"),
    ("If Ankara buys more Russian S-400s, Washington will respond.", "buys", "TUR", "RUS"),
])
def test_the_maker_of_bought_weapons_is_the_seller(pipeline, text, trigger, buyer, seller):
    ev = _event(pipeline, text, trigger)
    assert seller in _countries(ev, "target")
    if buyer is not None:
        assert _countries(ev, "source") == {buyer}


@pytest.mark.parametrize("text", [
    "China conducted military drills encircling Taiwan on Monday.",
    "China staged military drills around Taiwan on Monday.",
])
def test_drills_aimed_at_a_state_target_it_and_stay_one_sided(pipeline, text):
    ev = _event(pipeline, text, "drills")
    assert ev.type == "MOBILIZE"
    assert _countries(ev, "source") == {"CHN"}
    assert _countries(ev, "target") == {"TWN"}


def test_drills_of_two_countries_stay_joint(pipeline):
    ev = _event(pipeline, "Chinese and Russian warships held naval drills near Japan.", "drills")
    assert ev.type == "COOPERATE"


@pytest.mark.parametrize(("text", "trigger", "agent", "undergoer"), [
    ("Backed by Russian air power, Syrian forces pushed into the rebel enclave.", "Backed",
     "RUS", "SYR"),
    ("Accused by Washington of rigging the vote, the Venezuelan government resigned.",
     "Accused", "USA", "VEN"),
    ("Criticised by Germany over the deal, Hungary defended its position.", "Criticised",
     "DEU", "HUN"),
])
def test_an_opening_participle_with_an_agent_is_passive(pipeline, text, trigger, agent,
                                                        undergoer):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "source") == {agent}
    assert _countries(ev, "target") == {undergoer}


@pytest.mark.parametrize(("text", "attacker", "victim"), [
    ("An Israeli military spokesman said the strike targeted a Hezbollah commander.",
     "ISR", "LBN"),
    ("The Russian army said the strikes hit Ukrainian positions near Bakhmut.", "RUS", "UKR"),
    ("The Pakistani military said the strike killed 20 Afghan Taliban fighters.", "PAK", "AFG"),
])
def test_a_military_reporting_an_attack_on_another_country_made_it(pipeline, text, attacker,
                                                                   victim):
    ev = [e for e in _run(pipeline, text) if e.type == "ASSAULT"][0]
    assert _countries(ev, "source") == {attacker}
    assert victim in _countries(ev, "target")


def test_a_military_reporting_an_attack_on_its_own_country_is_no_attacker(pipeline):
    (ev,) = [e for e in _run(pipeline, "A Ukrainian military spokesman said the strike killed "
                                       "five civilians in Kharkiv.") if e.type == "ASSAULT"]
    assert ev.attributes.get("source_from") != "reporting military"


def _run(pipeline, text: str):
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2025-05-07")]))
    return ex.events


@pytest.mark.parametrize(("text", "trigger", "first", "others"), [
    ("The summit in Jeddah brought together officials from Saudi Arabia, Iran and Iraq.",
     "summit", "SAU", {"IRN", "IRQ"}),
    ("The meeting involved the foreign ministers of Egypt and Jordan.", "meeting",
     "EGY", {"JOR"}),
    ("The conference gathered leaders of Kenya, Uganda and Tanzania.", "conference",
     "KEN", {"UGA", "TZA"}),
])
def test_a_meeting_bringing_parties_together_is_between_them(pipeline, text, trigger, first,
                                                             others):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "source") == others | {first}
    assert not _countries(ev, "target")  # none of its joint parties is also the target


@pytest.mark.parametrize(("text", "trigger", "place", "holder"), [
    ("Ukraine launched drones at Russian-occupied Crimea on Sunday.", "launched", "UKR", "RUS"),
    ("Ukrainian forces shelled the Russian-held city of Donetsk.", "shelled", "UKR", "RUS"),
    ("Saudi jets bombed Houthi-controlled areas of Yemen.", "bombed", "YEM", None),
])
def test_who_holds_a_place_is_not_the_place(pipeline, text, trigger, place, holder):
    ev = _event(pipeline, text, trigger)
    assert place in _countries(ev, "target")
    assert holder not in _countries(ev, "target")
    assert not any(p.text.startswith(("Russian", "Houthi")) for p in ev.target)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Israel's demands and Hamas's refusal stalled the talks in Cairo.", "demands", "refusal"),
    ("Kyiv's rejection of the plan and Moscow's threats raised tensions.", "rejection",
     "threats"),
])
def test_positions_of_two_sides_set_against_each_other_address_each_other(pipeline, text,
                                                                          first, second):
    a, b = _event(pipeline, text, first), _event(pipeline, text, second)
    assert _countries(a, "target") == _countries(b, "source")
    assert _countries(b, "target") == _countries(a, "source")


def test_two_demands_going_opposite_ways_stay_two_events(pipeline):
    events = [e for e in _run(pipeline, "Seoul's call for a summit and Tokyo's demand for an "
                                        "apology did not mesh.") if e.type == "REQUEST"]
    assert sorted((min(_countries(e, "source")), min(_countries(e, "target")))
                  for e in events) == [("JPN", "KOR"), ("KOR", "JPN")]


def test_gifts_of_two_sides_are_not_addressed_to_each_other(pipeline):
    ev = _event(pipeline, "France's support and Germany's aid arrived on Monday.", "support")
    assert "DEU" not in _countries(ev, "target")


@pytest.mark.parametrize("text", [
    "Kenya welcomed Ethiopia's foreign minister for what officials described as talks on "
    "the dam.",
    "Kenya invited Ethiopia's foreign minister for what he called a frank meeting.",
])
def test_a_meeting_named_by_a_free_relative_is_hosted(pipeline, text):
    ev = [e for e in _run(pipeline, text) if e.type == "CONSULT"][0]
    assert _countries(ev, "source") == {"ETH"}
    assert _countries(ev, "target") == {"KEN"}


@pytest.mark.parametrize(("text", "trigger", "giver", "recipient"), [
    ("The EU offered Ukraine new loans.", "loans", "IGO", "UKR"),
    ("Pakistan offered India talks on Kashmir.", "talks", "PAK", "IND"),
])
def test_a_name_right_after_a_giving_verb_is_its_recipient(pipeline, text, trigger, giver,
                                                           recipient):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "source") == {giver}
    assert _countries(ev, "target") == {recipient}


@pytest.mark.parametrize(("text", "parties"), [
    ("Iran, Iraq sign prisoner exchange deal.", {"IRN", "IRQ"}),
    ("Egypt, Israel hold talks on Gaza border.", {"EGY", "ISR"}),
])
def test_a_headline_pair_joined_by_a_comma_is_the_subject(pipeline, text, parties):
    ev = _run(pipeline, text)[0]
    assert _countries(ev, "source") == parties


def test_an_apposition_closed_by_a_comma_is_no_headline_pair(pipeline):
    ev = _event(pipeline, "Putin, the Russian president, met Modi in Delhi.", "met")
    assert _countries(ev, "source") == {"RUS"}


def test_the_protector_does_not_do_what_it_protects_from(pipeline):
    ev = _event(pipeline, "The army protects villagers in Mali from raids by jihadists.",
                "raids")
    assert [p.text for p in ev.source] == ["jihadists"]
    assert [p.text for p in ev.target] == ["villagers"]


@pytest.mark.parametrize(("text", "trigger", "agent", "undergoer"), [
    ("The expulsion of Russian diplomats by Poland angered Moscow.", "expulsion", "POL", "RUS"),
    ("The arrest of a French journalist by Iranian police was condemned.", "arrest", "IRN",
     "FRA"),
])
def test_a_by_phrase_hung_on_the_of_object_is_the_agent(pipeline, text, trigger, agent,
                                                        undergoer):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "source") == {agent}
    assert _countries(ev, "target") == {undergoer}
