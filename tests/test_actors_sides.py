"""Sides in context: what an actor acts on is not placed by the actor's own country, two
countries joined at a border are the two sides of an event there, and 'Zionist' names Israel."""

from __future__ import annotations

import datetime

import pytest
from test_actors_arguments import _countries, _events
from test_actors_arguments import _event as _found

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _event(pipeline, text: str, trigger: str):
    return _found(_events(pipeline, text), trigger)


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("BEIRUT - Israeli soldiers fired at protesters on Sunday.", "fired", "LBN"),
    ("ISLAMABAD - Indian troops detained two fishermen on Sunday.", "detained", "PAK"),
])
def test_object_not_placed_by_its_actor(pipeline, text, trigger, target):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "target") == {target}
    assert all("dateline" in (p.actor.evidence or "") for p in ev.target)


def test_subject_still_placed_by_its_object_place(pipeline):
    ev = _event(pipeline, "Chilean police arrested two protesters in Santiago.", "arrested")
    assert _countries(ev, "target") == {"CHL"}


@pytest.mark.parametrize(("text", "trigger", "sides"), [
    ("Fighting erupted along the Thai-Cambodian border on Thursday.", "Fighting",
     ({"THA"}, {"KHM"})),
    ("Clashes broke out on the Israel-Lebanon border on Sunday.", "Clashes",
     ({"ISR"}, {"LBN"})),
])
def test_border_pair_names_both_sides(pipeline, text, trigger, sides):
    ev = _event(pipeline, text, trigger)
    assert (_countries(ev, "source"), _countries(ev, "target")) == sides


def test_border_without_pair_names_nobody(pipeline):
    ev = _event(pipeline, "Clashes broke out on the border on Sunday.", "Clashes")
    assert not ev.target


@pytest.mark.parametrize(("text", "trigger"), [
    ("A Zionist air raid on the port of Hodeidah killed nine dock workers.", "killed"),
    ("Hamas said the Zionist enemy bombed a school in Gaza.", "bombed"),
])
def test_zionist_names_israel(pipeline, text, trigger):
    assert _countries(_event(pipeline, text, trigger), "source") == {"ISR"}


def test_zionist_regime_links_israel():
    from eventwire.annotate.actors import default_registry

    ref = default_registry().match("Zionist forces", datetime.date(2024, 11, 23))
    assert ref is not None and ref.country == "ISR"


def _article_events(pipeline, text: str):
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2024-05-03")]))
    return ex.events


ENEMY_ARTICLE = (
    "DAMASCUS, March 3 (StateWire) - Israeli warplanes struck an air defence battalion near "
    "Daraa on Monday, the army said.\n\nThe enemy also shelled the outskirts of Quneitra, "
    "wounding two soldiers, the statement said.\n\nAn enemy drone targeted a truck on the road "
    "to the airport, killing its driver.")


def test_the_enemy_is_the_attacker_of_the_article_side(pipeline):
    events = _article_events(pipeline, ENEMY_ARTICLE)
    for trigger in ("shelled", "targeted"):
        ev = next(e for e in events if e.trigger.text == trigger)
        assert _countries(ev, "source") == {"ISR"}
        assert all(p.actor.evidence.startswith("story enemy") for p in ev.source)


def test_enemy_with_no_attacker_named_stays_unplaced(pipeline):
    events = _article_events(pipeline, "The enemy shelled the outskirts of the town overnight.")
    ev = next(e for e in events if e.trigger.text == "shelled")
    assert not any(p.actor and (p.actor.evidence or "").startswith("story enemy")
                   for p in ev.source)


@pytest.mark.parametrize(("text", "trigger", "side", "country"), [
    ("RIYADH, March 3 (StateWire) - The Houthis said they targeted an enemy gathering near "
     "Jizan on Monday.\n\nSaudi jets struck Houthi positions near Saada, the Saudi army "
     "said.", "targeted", "target", "SAU"),
    ("HANOI, March 3 (StateWire) - The Chinese army said it struck enemy positions on the "
     "ridge on Monday.\n\nVietnamese troops fired at Chinese soldiers along the border, "
     "the statement said.", "struck", "target", "VNM"),
    ("NEW DELHI, March 3 (StateWire) - The Pakistani army said its forces repelled an enemy "
     "attack near the line of control.\n\nIndian troops shelled Pakistani villages on "
     "Monday, killing two, Pakistan said.", "attack", "source", "IND"),
    ("HANOI, March 3 (StateWire) - The Chinese army said it shelled the enemy's Dong Dang "
     "outpost on Monday.\n\nVietnamese troops fired at Chinese soldiers along the border, "
     "the statement said.", "shelled", "target", "VNM"),
])
def test_the_enemy_is_the_adversary_of_the_side_naming_it(pipeline, text, trigger, side,
                                                          country):
    ev = next(e for e in _article_events(pipeline, text) if e.trigger.text == trigger)
    enemy = [p for p in getattr(ev, side) if "enemy" in p.text or "Dong" in p.text]
    assert enemy and all(p.actor.country == country and
                         p.actor.evidence.startswith("side enemy") for p in enemy)


@pytest.mark.parametrize("text", [
    # two countries oppose the side naming 'the enemy': no one adversary
    ("HANOI, March 3 (StateWire) - The Chinese army said it struck enemy positions on the "
     "ridge.\n\nVietnamese troops fired at Chinese soldiers, the statement said.\n\n"
     "Indian troops shelled Chinese posts on Monday."),
    # the side naming 'the enemy' is not known
    ("HANOI, March 3 (StateWire) - Artillery struck enemy positions on the ridge.\n\n"
     "Vietnamese troops fired at Chinese soldiers, the statement said."),
])
def test_the_enemy_of_an_unclear_side_stays_unresolved(pipeline, text):
    ev = next(e for e in _article_events(pipeline, text) if e.trigger.text == "struck")
    assert not any(p.actor and (p.actor.evidence or "").startswith("side enemy")
                   for p in ev.source + ev.target)
    source = {p.actor.country for p in ev.source if p.actor}
    assert not any(p.actor and p.actor.country in source for p in ev.target
                   if "enemy" in p.text)  # never the naming side itself


@pytest.mark.parametrize(("text", "trigger", "sides"), [
    ("Thai soldiers fended off a Cambodian incursion near the temple.", "incursion",
     ({"KHM"}, {"THA"})),
    ("Israel said it had repelled a Hezbollah attack on its northern border.", "attack",
     ({"LBN"}, {"ISR"})),
])
def test_who_repels_an_attack_is_its_target(pipeline, text, trigger, sides):
    ev = _event(pipeline, text, trigger)
    assert (_countries(ev, "source"), _countries(ev, "target")) == sides


@pytest.mark.parametrize(("text", "country"), [
    ("CAR", "CAF"), ("C.A.R.", "CAF"), ("US", "USA"), ("Chad", "TCD"), ("chad", "TCD"),
    ("car", None), ("the car", None), ("Car", None), ("us", None),
])
def test_an_acronym_needs_its_capitals(text, country):
    from eventwire.annotate.actors import default_registry

    ref = default_registry().match(text, datetime.date(2024, 5, 1))
    assert (ref.country if ref is not None else None) == country


def test_a_car_attacked_is_no_country(pipeline):
    ev = _event(pipeline, "A drone struck a car near the town.", "struck")
    assert "CAF" not in _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "targets"), [
    ("The EU called for an immediate ceasefire between Israel and Hezbollah.", "called",
     {"ISR", "LBN"}),
    ("China demanded an end to the fighting between Thailand and Cambodia.", "demanded",
     {"THA", "KHM"}),
])
def test_a_call_for_an_event_between_parties_asks_them(pipeline, text, trigger, targets):
    assert _countries(_event(pipeline, text, trigger), "target") == targets


def test_a_between_party_is_not_inside_its_relative_clause(pipeline):
    text = ("Oman launched a mediation effort between Iran and Saudi Arabia, whose ties were "
            "strained by Riyadh's new alliance with Washington.")
    assert _countries(_event(pipeline, text, "mediation"), "target") == {"IRN", "SAU"}


AGREEMENT_ARTICLE = (
    "DOHA, March 3 - Qatari mediators said on Sunday that Armenia and Azerbaijan had agreed to "
    "a ceasefire along their border.\n\nOn Monday, Armenia's cabinet approved the agreement, "
    "the state news agency reported.")


def test_an_approved_agreement_is_made_with_the_earlier_partner(pipeline):
    events = _article_events(pipeline, AGREEMENT_ARTICLE)
    ev = next(e for e in events if e.trigger.text == "agreement")
    assert _countries(ev, "source") == {"ARM"}
    assert _countries(ev, "target") == {"AZE"}


def test_the_first_name_after_a_dateline_is_kept(pipeline):
    (ex,) = list(pipeline.run([Article(
        id="t", text="DOHA, March 3 - Armenia and Azerbaijan agreed on Sunday to a ceasefire.",
        published="2025-03-03")]))
    labels = {e.text: e.label for e in ex.entities}
    assert labels.get("Armenia") == "GPE" and labels.get("March 3") == "DATE"
    ev = next(e for e in ex.events if e.trigger.text == "agreed")
    assert {"ARM", "AZE"} <= _countries(ev, "source")


def test_the_enemy_launching_raids_is_the_attacker(pipeline):
    text = ("BEIRUT - Israeli jets struck the south on Sunday, the army said.\n\nThe enemy then "
            "launched a wave of raids on the towns of Haddatha and Yater.")
    ev = next(e for e in _article_events(pipeline, text) if e.trigger.text == "raids")
    assert _countries(ev, "source") == {"ISR"}


@pytest.mark.parametrize("text", [
    "Azerbaijan's cabinet unanimously approved the ceasefire agreement by 15 votes to 3.",
    "Azerbaijan's cabinet approved the ceasefire agreement by a narrow vote on Monday.",
])
def test_a_by_phrase_of_manner_is_no_actor(pipeline, text):
    assert _countries(_event(pipeline, text, "agreement"), "source") == {"AZE"}
