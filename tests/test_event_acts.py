"""How many events a sentence tells: coordinated acts on their own objects stay apart, a
definite event named in a circumstance phrase is reported, an interview is no
consultation."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "later_detained": "Police arrested five protesters in Varo and later detained two "
                      "reporters at the airport.",
    "others_blew_up": "Troops shot two gunmen near the Varo border, and three other fighters "
                      "blew themselves up.",
    "ambushed_and_killed": "Rebels ambushed a convoy near Varo and killed 12 soldiers.",
    "attacked_killing": "Norland troops attacked the town of Varo on Monday, killing four "
                        "people.",
    "after_the_attack": "The train driver was taken to a hospital in Varo after the initial "
                        "attack.",
    "after_an_attack": "The train driver was taken to a hospital in Varo after an attack.",
    "outlet_spoke_with": "Reuters spoke with the Norland foreign minister about the border.",
    "minister_spoke_with": "The Norland foreign minister spoke with the Velland president "
                           "about the border.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,etype", [("later_detained", "COERCE"),
                                       ("others_blew_up", "ASSAULT")])
def test_coordinated_acts_with_their_own_objects_stay_apart(results, key, etype) -> None:
    assert len(of_type(results[key], etype)) == 2


@pytest.mark.parametrize("key", ["ambushed_and_killed", "attacked_killing"])
def test_an_act_and_its_result_told_of_one_subject_are_one_event(results, key) -> None:
    assert len(of_type(results[key], "ASSAULT")) == 1


def test_a_definite_event_in_a_circumstance_phrase_is_reported(results) -> None:
    found = of_type(results["after_the_attack"], "ASSAULT")
    assert [(e.trigger.text, e.modality) for e in found] == [("attack", "asserted")]
    assert not of_type(results["after_an_attack"], "ASSAULT")


def test_a_conversation_with_a_news_outlet_is_an_interview(results) -> None:
    assert not of_type(results["outlet_spoke_with"], "CONSULT")
    assert of_type(results["minister_spoke_with"], "CONSULT")
