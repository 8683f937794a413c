"""Terms of an agreement told in the present are its content (planned), not acts done."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

TEXTS = {
    "under": "Under the agreement, Ruritania withdraws its forces from the border within 60 days.",
    "says": "The deal says Ruritania pulls back its troops within two weeks and Freedonia "
            "releases all prisoners.",
    "stipulates": "The accord stipulates that Ruritania withdraws its forces from the border "
                  "within 60 days.",
    "list": "The main provisions of the agreement:\n"
            "- Ruritania withdraws its forces from the border within 60 days.\n"
            "- Freedonia releases all prisoners.\n",
    "heading": "The truce was signed on Monday.\n\nWhat the deal says\n"
               "Ruritania withdraws its forces from the border within 60 days.\n",
    "deadline": "Ruritania withdraws its forces from the border within two weeks.",
    "paragraph": "In theory it is simple. Ruritania withdraws its forces from the border.",
}
ACTS = {
    "past": "Under the deal, Ruritania withdrew its forces from the border last week.",
    "speaker": "The minister says Ruritania withdraws its forces from the border.",
    "done": "Ruritania withdrew its forces from the border within two weeks.",
    "later": "The main provisions of the agreement:\n"
             "- Ruritania withdraws its forces from the border within 60 days.\n\n"
             "Who watches it?\n\nLater on Monday, Ruritanian troops shelled the border town.\n",
}


@pytest.fixture(scope="module")
def results():
    return run_texts({**TEXTS, **ACTS}, published="2025-06-20")


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_terms_are_planned(results, key: str) -> None:
    evs = [e for e in results[key].events if e.type == "RETREAT"]
    assert evs and all(e.modality == "planned" for e in evs)


def test_acts_told_otherwise_stay_asserted(results) -> None:
    assert [e.modality for e in results["past"].events if e.type == "RETREAT"] == ["asserted"]
    assert [e.modality for e in results["speaker"].events if e.type == "RETREAT"] == ["asserted"]
    assert [e.modality for e in results["done"].events if e.type == "RETREAT"] == ["asserted"]
    [shelled] = [e for e in results["later"].events if e.type == "ASSAULT"]
    assert shelled.modality == "asserted"  # past the list and its lead, not a term
