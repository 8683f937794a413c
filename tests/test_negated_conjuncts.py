"""Modality: a negating governor (stop, halt, cease, fail, refuse ...) negates what it
governs, not a second predicate coordinated with it ('halted fuel sales and recalled its
ambassador' reports the recall), while a negation word still spans both predicates and a
conjunct of the governed verb stays governed."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, run_texts

from eventwire.model import Extraction

TEXTS = {
    "stopped_halted": "Norland stopped buying Tarvosi rice and then halted imports of Tarvosi "
                      "fuel.",
    "halted_recalled": "Merin halted fuel sales to Lomar and recalled its ambassador.",
    "ceased_withdrew": "The brigade ceased fire and withdrew from the hill on Sunday.",
    "failed_imposed": "Norland failed to reach a deal and imposed new tariffs on Tarvos.",
    "not_both": "Norland did not attack the town and shell the depot.",
    "failed_both": "Merin failed to reach a deal and sign a truce with Lomar.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize(("key", "trigger", "etype"), [
    ("stopped_halted", "halted", "SANCTION"), ("halted_recalled", "recalled", "SANCTION"),
    ("ceased_withdrew", "withdrew", "RETREAT"), ("failed_imposed", "imposed", "SANCTION"),
])
def test_a_predicate_beside_a_negating_governor_is_done(results, key: str, trigger: str,
                                                        etype: str) -> None:
    assert modality(results[key], trigger, etype) == "asserted", TEXTS[key]


def test_what_the_governor_governs_stays_negated(results) -> None:
    # a deal its parties failed to reach is their rejection (CAMEO 'fail', 120), told as done,
    # never an AGREE read as done
    assert modality(results["failed_imposed"], "reach", "REJECT") == "asserted"
    assert not [e for e in results["failed_imposed"].events
                if e.type == "AGREE" and e.modality == "asserted"]


def test_a_negation_word_spans_both_predicates(results) -> None:
    assert modality(results["not_both"], "shell", "ASSAULT") == "negated"


def test_a_conjunct_of_the_governed_verb_stays_governed(results) -> None:
    assert modality(results["failed_both"], "sign", "AGREE") == "negated"
