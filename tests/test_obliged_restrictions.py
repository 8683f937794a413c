"""A permit, a licence or a review laid on a party as an obligation ('publishers must obtain
permission from the ministry', 'reporters are required to obtain accreditation', 'outlets must
submit articles for review') is a restriction in force: COERCE (restrict), with the authority
of the from- or by-phrase as source and the obliged party as target. A permission obtained or
sought by choice, or an obligation only possible ('may seek approval'), is none."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "must": "Printers must obtain permission from the ministry before printing any leaflet.",
    "required": "Foreign reporters are required to obtain accreditation from the army.",
    "have_to": "Aid groups have to seek approval from the military authorities for every convoy.",
    "review": "Newspapers must submit their articles for review before publication.",
    "obtained": "The company obtained permission to build the plant.",
    "may": "Norland may seek approval from its partners to use the missiles.",
    "sought": "The farmers sought permission to cross the border.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["must", "required", "have_to", "review"])
def test_obligation_is_restriction(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "COERCE")
    assert found, TEXTS[key]
    assert (found[0].mode or "").endswith("restrict") and found[0].modality == "asserted", TEXTS[key]


def test_authority_is_source(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["have_to"], "COERCE")
    assert [p.text for p in ev.source] == ["military authorities"]
    assert [p.text for p in ev.target] == ["Aid groups"]


@pytest.mark.parametrize("key", ["obtained", "may", "sought"])
def test_no_obligation_no_restriction(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "COERCE"), TEXTS[key]


def test_obliged() -> None:
    from eventwire.annotate.nlp import load_nlp
    from eventwire.extract.triggers import obliged

    nlp = load_nlp()
    for text, yes in (("Publishers must obtain a licence.", True),
                      ("Publishers are required to obtain a licence.", True),
                      ("Publishers have to obtain a licence.", True),
                      ("Publishers obtained a licence.", False),
                      ("Publishers want to obtain a licence.", False)):
        tok = next(t for t in nlp(text) if t.lemma_ == "obtain")
        assert obliged(tok) is yes, text
