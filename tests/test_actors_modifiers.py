"""Country words that do not place an actor: sponsors, origins and stances inside a group's
name, countries inside what a speaker says, outlets and coordinated places."""

from __future__ import annotations

import pytest
from actor_helpers import actor_of, linked

from eventwire.annotate.actors import default_registry
from eventwire.annotate.focus import modifier_mention
from eventwire.annotate.nlp import load_nlp
from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def extracted(text: str) -> Extraction:
    (ex,) = list(Pipeline().run([Article(id="t", text=text, published="2025-05-07")]))
    return ex


def side_countries(ex: Extraction, trigger: str, side: str) -> set[str | None]:
    return {p.actor.country if p.actor else None for ev in ex.events
            if ev.trigger.text.startswith(trigger) for p in getattr(ev, side)}


@pytest.mark.parametrize("text, start, end, expected", [
    ("pro-Russian rebels", 4, 11, True),
    ("the anti-Pakistan militants", 9, 17, True),
    ("Iranian-backed militias", 0, 7, True),
    ("Saudi-aligned forces", 0, 5, True),
    ("Russian rebels", 0, 7, False),
    ("Vietnamese-led forces", 0, 10, False),  # the leader owns the forces
    ("a reproduction of Russian art", 18, 25, False),
])
def test_modifier_mentions(text, start, end, expected):
    assert modifier_mention(text, start, end) is expected


def test_a_stance_word_gives_no_country_to_its_group(nlp):
    ex = linked(nlp, "QUITO, May 2 (Newswire) - Pro-Chilean activists blocked a road on Monday.")
    assert actor_of(ex, "activists").country == "ECU"
    ex = linked(nlp, "QUITO, May 2 (Newswire) - Chilean activists blocked a road on Monday.")
    assert actor_of(ex, "Chilean activists").country == "CHL"


def test_an_opposed_country_is_not_the_group_s_country(nlp):
    reg = default_registry()
    assert reg.match("anti-Peru militants", None) is None or \
        reg.match("anti-Peru militants", None).country != "PER"
    assert reg.match("Peruvian militants", None).country == "PER"
    ex = linked(nlp, "LIMA, May 2 (Newswire) - Officials in Bolivia deny sheltering "
                     "anti-Peru militants.")
    ref = actor_of(ex, "militants")
    assert ref is None or ref.country != "PER"


def test_a_sponsor_named_in_an_unlinked_group_name_is_not_its_country(nlp):
    reg = default_registry()
    assert reg.match("the Bolivian-backed Frente Sur", None) is None or \
        reg.match("the Bolivian-backed Frente Sur", None).country != "BOL"
    assert reg.match("the Bolivian Frente Sur", None).country == "BOL"
    ex = linked(nlp, "Bolivian-backed militias attacked a convoy in Peru on Monday.")
    assert actor_of(ex, "militias").country == "PER"


def test_a_country_in_what_the_speaker_says_does_not_place_the_speaker(nlp):
    text = ("QUITO, May 2 (Newswire) - A senior official told reporters that Chile must "
            "withdraw its ambassador.")
    assert actor_of(linked(nlp, text), "official").country == "ECU"
    text = ("QUITO, May 2 (Newswire) - Chile must withdraw its ambassador, a senior official "
            "said on Monday.")
    assert actor_of(linked(nlp, text), "official").country == "ECU"
    # a place the speaker is in still places the speaker
    text = "QUITO, May 2 (Newswire) - A senior official in Chile told reporters the talks failed."
    assert actor_of(linked(nlp, text), "official").country == "CHL"


@pytest.mark.parametrize("said", [
    "the planners of the bombing are based in Chile",
    "the gunmen who carried out the raid were hiding in Arica",
    "the attackers had trained in camps in Chile",
])
def test_a_place_in_what_the_speaker_says_of_another_does_not_place_the_speaker(nlp, said):
    text = f"QUITO, May 2 (Newswire) - Security officials said {said}."
    assert actor_of(linked(nlp, text), "officials").country == "ECU"


def test_a_place_of_the_speaker_s_own_deed_still_places_it(nlp):
    text = "QUITO, May 2 (Newswire) - Police said they had arrested two men in Chile."
    assert actor_of(linked(nlp, text), "Police").country == "CHL"


def test_a_described_group_takes_its_noun_s_clause(nlp):
    text = ("QUITO, May 2 (Newswire) - Muslim hackers defaced hundreds of Chilean websites "
            "on Monday.")
    ref = actor_of(linked(nlp, text), "Muslim")
    assert ref is None or ref.country == "ECU"
    text = "Muslim hackers in Chile defaced hundreds of websites on Monday."
    assert actor_of(linked(nlp, text), "Muslim").country == "CHL"


@pytest.mark.parametrize("places, country", [
    ("in Chile and Bolivia", "PER"),  # two places: neither alone places the ministry
    ("in Chile", "CHL"),
])
def test_coordinated_places_are_all_places(nlp, places, country):
    text = f"LIMA, May 2 (Newswire) - The ministry held meetings {places} on Monday."
    assert actor_of(linked(nlp, text), "ministry").country == country


def test_an_outlet_is_a_medium_of_its_country_and_no_party(nlp):
    ref = default_registry().match("Voice of America", None)
    assert (ref.country, ref.kind) == ("USA", "media")
    ex = extracted("QUITO, May 2 (Newswire) - A senior official told VOA that Chile must "
                   "withdraw its ambassador.")
    for side in ("source", "target"):
        assert "USA" not in side_countries(ex, "must", side)


def test_a_protest_against_a_country_targets_it_and_is_not_by_it():
    ex = extracted("LIMA, May 2 (Newswire) - Anti-Chilean protests erupted in the capital "
                   "on Friday.")
    assert "CHL" in side_countries(ex, "protests", "target")
    assert "CHL" not in side_countries(ex, "protests", "source")
    ex = extracted("LIMA, May 2 (Newswire) - Chilean students staged a rally in the capital "
                   "on Friday.")
    assert "CHL" in side_countries(ex, "staged", "source")


def test_a_stance_word_is_never_the_source():
    ex = extracted("Pro-Chilean separatists shelled a village on Monday.")
    assert "CHL" not in side_countries(ex, "shelled", "source")
    ex = extracted("Chilean separatists shelled a village on Monday.")
    assert "CHL" in side_countries(ex, "shelled", "source")


@pytest.mark.parametrize("name, country", [
    ("Kataib Hezbollah", "IRQ"),  # not Lebanon's Hezbollah, whose name it contains
    ("Hezbollah", "LBN"),
    ("ISIS-K", "AFG"),
    ("the Islamic State", "IMG"),
    ("M23 rebels", "COD"),
    ("the Sinaloa cartel", "MEX"),
])
def test_armed_groups_and_gangs_of_one_country(name, country):
    ref = default_registry().match(name, None)
    assert ref is not None and ref.country == country


def test_a_titled_person_is_not_placed_by_what_they_say_but_by_where_they_go(nlp):
    text = ("Ecuador recalled its envoy on Sunday, and Ecuador's president cancelled a trip. "
            "Interior Minister Jorge Ramirez said Chile must withdraw its ambassador.")
    assert actor_of(linked(nlp, text), "Jorge Ramirez").country == "ECU"
    text = "Interior Minister Jorge Ramirez visited the Chilean border town on Monday."
    assert actor_of(linked(nlp, text), "Jorge Ramirez").country == "CHL"
