"""Unlinked people placed by the body the words after their name make them part of."""

from __future__ import annotations

import pytest
from actor_helpers import actor_of, linked

from eventwire.annotate.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("text, name, country", [
    ("The raid killed Abdi Warsame Nur, a senior al-Shabaab commander, officials said.",
     "Abdi Warsame Nur", "SOM"),
    ("Yusuf Karadag, a Hezbollah spokesman, denied the report on Monday.",
     "Yusuf Karadag", "LBN"),
    ("Greta Lindqvist, head of the Kurdistan Workers' Party delegation, left early.",
     "Greta Lindqvist", "TUR"),
])
def test_a_post_in_a_named_body_places_the_person(nlp, text, name, country):
    ref = actor_of(linked(nlp, text), name)
    assert ref is not None and ref.country == country
    assert ref.evidence.startswith("member of:")


@pytest.mark.parametrize("text, name", [
    ("Peter Hallam, a longtime critic of Hezbollah, wrote the foreword.", "Peter Hallam"),
    ("Nora Bell, the special envoy for Syria, arrived on Sunday.", "Nora Bell"),
    ("Mira Osei, and the head of Hezbollah's council, met in private.", "Mira Osei"),
])
def test_other_relations_to_a_body_place_nobody(nlp, text, name):
    ref = actor_of(linked(nlp, text), name)
    assert ref is None or not (ref.evidence or "").startswith("member of:")



def test_a_country_with_a_curly_possessive_is_that_country(nlp):
    ex = linked(nlp, "Ruto, who was guest of honour at Mauritius’s Independence Day "
                     "parade on Friday, praised the island.")
    ref = actor_of(ex, "Mauritius’s")
    assert ref is not None and ref.country == "MUS"


@pytest.mark.parametrize("text, name, later, country", [
    ("Hamas official Yusra Adwan spoke on Monday. Adwan accused Israel of blocking aid.",
     "Yusra Adwan", "Adwan", "PSE"),
    ("Senior Taliban official Abdul Karim Haidari spoke in Doha. Haidari criticised "
     "Pakistan.",
     "Abdul Karim Haidari", "Haidari", "AFG"),
    ("Hezbollah's spokesman Yusuf Karadag spoke on Monday. Karadag denied the report.",
     "Yusuf Karadag", "Karadag", "LBN"),
])
def test_a_body_before_a_title_places_the_person(nlp, text, name, later, country):
    ex = linked(nlp, text)
    ref = actor_of(ex, name)
    assert ref is not None and ref.country == country and ref.kind == "person"
    assert ref.evidence.startswith("member of:")
    assert actor_of(ex, later, 1) == ref


def test_a_person_before_a_title_owns_no_one(nlp):
    ex = linked(nlp, "Trump adviser Yusuf Karadag left early.")
    ref = actor_of(ex, "Yusuf Karadag")
    assert ref is None or not (ref.evidence or "").startswith("member of:")


def test_houthi_as_a_modifier_is_the_group(nlp):
    ref = actor_of(linked(nlp, "Houthi spokesman Nabil Qassem said the group fired missiles."),
                   "Nabil Qassem")
    assert ref is not None and ref.country == "YEM"


@pytest.mark.parametrize("text, name, country", [
    ("Marta Kovalenko, spokesperson for the Ukrainian navy, said the fleet withdrew.",
     "Marta Kovalenko", "UKR"),
    ("Nigeria's army spokesman Yusuf Karadag said troops withdrew.", "Yusuf Karadag", "NGA"),
    ("Tomas Rivera, the interior minister of the Philippines, resigned.", "Tomas Rivera", "PHL"),
])
def test_a_country_after_a_post_or_before_a_title_places_the_person(nlp, text, name, country):
    ref = actor_of(linked(nlp, text), name)
    assert ref is not None and ref.country == country


def test_a_state_after_for_is_a_portfolio(nlp):
    ref = actor_of(linked(nlp, "Nora Bell, the special envoy for the Sudan, arrived."),
                   "Nora Bell")
    assert ref is None or ref.country != "SDN"
