"""A deed a verb of permission or commission governs ('allowed the army to seize', 'hired men
to kill', 'feel free to visit') is not reported as done; an implicative verb's deed ('forced
the rebels to withdraw') is. Through the real pipeline on hand-built texts."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, run_texts

from eventwire.model import Extraction

TEXTS = {
    "allows": "The decree allows the army of Redland to seize property near the Varo border.",
    "authorized": "The council authorized Blueland troops to attack the rebel camp near Varo.",
    "were_permitted": "Redland police were permitted to arrest protesters in Varo.",
    "hired": "Prosecutors said Dren Valko hired two men to kill the mayor of Varo.",
    "paid": "The group paid militants to attack the Redland embassy in Varo.",
    "gerund": "The Redland parliament authorized attacking the rebel camps near Varo.",
    "gerund_law": "The new Blueland law permits detaining protesters without trial.",
    "feel_free": "\"I feel free to visit Redland whenever I want,\" Arman Tesk said.",
    "forced": "The Blueland army forced the rebels to withdraw from Varo.",
    "attacked": "Redland troops attacked the rebel camp near Varo on Monday.",
    "allowed_noun": "Blueland allowed the convoy to pass after Redland troops shelled the town.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger", [
    ("allows", "seize"), ("authorized", "attack"), ("were_permitted", "arrest"),
    ("hired", "kill"), ("paid", "attack"), ("feel_free", "visit"), ("gerund", "attacking"),
    ("gerund_law", "detaining")])
def test_a_deed_allowed_or_paid_for_is_not_reported_as_done(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "hypothetical"


@pytest.mark.parametrize("key,trigger", [
    ("forced", "withdraw"), ("attacked", "attacked"), ("allowed_noun", "shelled")])
def test_an_implicative_verb_or_a_deed_outside_the_infinitive_stays_asserted(
        extracted, key, trigger):
    assert modality(extracted[key], trigger) == "asserted"
