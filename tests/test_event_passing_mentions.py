"""Mentions of harm that are no attack: a storm named by its bare name after the text called
it a cyclone, and a place graded as the hardest hit."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

TEXTS = {
    "named_storm": "Cyclone Mara killed dozens of people in Norland in December. Velland "
                   "avoided a hit from the storm but was struck by Mara two days later.",
    "copula_storm": "Talia is the third cyclone to reach Norland this year. Talia struck the "
                    "Velland coast on Monday.",
    "jets_struck": "Norland jets struck Varo in December, killing six people.",
    "hardest_hit": "Farmers in Varo will be the hardest hit if Velland imposes the ban.",
    "worst_hit": "The worst-hit villages lie along the Norland border.",
}


@pytest.fixture(scope="module")
def results():
    return run_texts(TEXTS)


def test_a_storm_named_by_its_bare_name_is_no_attacker(results) -> None:
    assert not of_type(results["named_storm"], "ASSAULT")
    assert not of_type(results["copula_storm"], "ASSAULT")
    assert of_type(results["jets_struck"], "ASSAULT")


@pytest.mark.parametrize("key", ["hardest_hit", "worst_hit"])
def test_the_hardest_hit_is_no_attack(results, key) -> None:
    assert not of_type(results[key], "ASSAULT")


def test_an_item_of_a_topic_list_is_no_event() -> None:
    found = run_texts({"topic_list": "The paper spoke with the retired general about his "
                                     "tour of Kenya, French backing for the rebel-held north, "
                                     "Russia’s aggression at sea and its deals with Iran."})
    assert not of_type(found["topic_list"], "ASSAULT")


def test_information_about_aid_is_no_aid() -> None:
    found = run_texts({
        "figures": "The Velland ministry gave reporters figures of the money it spent.",
        "details": "Norland officials provided details of the weapons on Monday.",
        "package": "Norland sent a package of aid to Velland on Monday.",
        "amount": "Norland gave Velland $500 million in aid.",
    })
    assert not of_type(found["figures"], "AID")
    assert not of_type(found["details"], "AID")
    assert of_type(found["package"], "AID")
    assert of_type(found["amount"], "AID")
