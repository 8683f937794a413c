"""Names of several countries' states, places or bodies take the reading their article supports."""

from __future__ import annotations

import pytest
from actor_helpers import actor_of, linked

from eventwire.annotate.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_bare_congo_follows_a_kinshasa_dateline(nlp):
    text = ("KINSHASA, Congo (AP) — Congo's government said Monday that gunmen raided a clinic "
            "in eastern Congo, wounding nine nurses.")
    ex = linked(nlp, text)
    assert actor_of(ex, "Congo", 1).country == "COD"
    assert actor_of(ex, "Congo", 2).country == "COD"
    assert actor_of(ex, "gunmen").country == "COD"


def test_bare_congo_follows_brazzaville(nlp):
    text = ("Officials in Brazzaville announced a new budget on Tuesday. Congo will borrow "
            "more from regional lenders next year.")
    ref = actor_of(linked(nlp, text), "Congo")
    assert (ref.country, ref.kind) == ("COG", "state")


def test_bare_congo_defaults_to_the_democratic_republic(nlp):
    ref = actor_of(linked(nlp, "Congo announced a vaccination drive on Wednesday."), "Congo")
    assert ref.country == "COD"


def test_congress_of_another_country_follows_its_article(nlp):
    text = ("LIMA, Peru (AP) — Lawmakers met until dawn on Thursday. Congress voted 87-20 to "
            "dismiss the president, citing moral incapacity.")
    ref = actor_of(linked(nlp, text), "Congress")
    assert (ref.country, ref.sector) == ("PER", "LEG")


def test_congress_keeps_its_default_without_other_evidence(nlp):
    text = "Congress passed a spending bill on Friday after a long night of debate."
    ref = actor_of(linked(nlp, text), "Congress")
    assert (ref.country, ref.sector) == ("USA", "LEG")


def test_georgia_is_the_us_state_in_an_article_from_its_capital_city(nlp):
    text = ("ATLANTA (AP) — Georgia election officials certified the count on Tuesday after "
            "a recount in two counties.")
    ref = actor_of(linked(nlp, text), "Georgia")
    assert (ref.country, ref.kind) == ("USA", "place")


def test_georgia_the_country_is_not_moved_by_us_mentions(nlp):
    text = ("WASHINGTON (AP) — The U.S. imposed sanctions on Tuesday on officials in Georgia "
            "over a crackdown on protesters, the State Department said.")
    ref = actor_of(linked(nlp, text), "Georgia")
    assert (ref.country, ref.kind) == ("GEO", "state")


def test_the_senate_of_another_country_follows_its_dateline(nlp):
    text = ("MANILA, Philippines (AP) — The Senate voted on Monday to reject the mining bill. "
            "The U.S. embassy declined to comment.")
    ref = actor_of(linked(nlp, text), "Senate")
    assert (ref.country, ref.sector) == ("PHL", "LEG")


def test_an_office_of_a_possessor_with_a_shared_name_follows_its_reading(nlp):
    text = ("BRAZZAVILLE, Congo (AP) — Congo's president opened a new port on Saturday, "
            "officials said.")
    ref = actor_of(linked(nlp, text), "Congo's president")
    assert (ref.country, ref.sector) == ("COG", "GOV")
