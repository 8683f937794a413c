"""Opposition or an outcry that a party or a thing faces, draws or sparks is a reaction told as
having happened (ACCUSE, disapprove), as outrage and backlash are; the parser's reading of a
participle of degree ('faces [increasing] opposition') as a verb of its own does not hide the
verb that governs the noun. 'The opposition' as a party is no reaction."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "growing": "The trophy hunts face increasing foreign opposition.",
    "from": "The new dam faced fierce opposition from fishermen downstream.",
    "outcry": "The executions sparked an international outcry.",
    "party": "The ruling party will face the opposition in the election.",
    "mounting": "The reform drew mounting outrage among teachers.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["growing", "from", "outcry", "mounting"])
def test_drawn_reaction_is_accuse(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "ACCUSE")
    assert found and found[0].modality == "asserted", TEXTS[key]


def test_the_opposition_as_party_is_no_reaction(results: dict[str, Extraction]) -> None:
    assert not of_type(results["party"], "ACCUSE"), TEXTS["party"]


def test_misread_degree_participle() -> None:
    from eventwire.annotate.nlp import load_nlp
    from eventwire.extract.triggers import misread_degree

    doc = load_nlp()("The hunts face increasing Western opposition.")
    part = next(t for t in doc if t.lower_ == "increasing")
    if part.dep_ in ("xcomp", "advcl", "ccomp"):  # the misreading this guards against
        assert misread_degree(part)
    doc = load_nlp()("The army kept increasing its forces.")
    assert not misread_degree(next(t for t in doc if t.lower_ == "increasing"))
