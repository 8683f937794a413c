"""A charge made by naming: a party that calls something an occupation, a violation or
another charge, or describes it as one, accuses (ACCUSE, the naming verb's subject as the
source, the named thing's party as the target); a quoted charge as predicate ('was an
occupation') is one too, as is a charge stated by a verb that says what a thing is ('constitutes
a violation', 'amounted to a breach', 'was in breach of'), also where the parser reads 'called
the strikes a violation' as a clause. Naming without a charge makes none."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "called": "On Tuesday the president and the prime minister of Chile called the continued "
              "Peruvian presence an occupation.",
    "described_as": "The Chilean foreign ministry on Monday described the Peruvian raid as a "
                    "violation of the truce.",
    "quoted_predicate": "President Gabriel Boric said in a statement on Tuesday that any Peruvian "
                        "presence on Chilean land was an occupation.",
    "constitutes": "The Chilean foreign minister said on Friday that the Peruvian patrol "
                   "constitutes a clear violation of the border treaty.",
    "amounted_to": "Chile said the Peruvian flights over the valley amounted to a breach of the "
                   "accord.",
    "in_breach": "Chile said on Monday that Peru was in breach of the border treaty.",
    "tantamount": "Chile said the Peruvian flights were tantamount to a violation of the accord.",
    "misparsed": "Sweden called the Norwegian strikes a violation of the treaty.",
    "misparsed_ccomp": "Chile called the Peruvian strikes a provocation.",
    "misparsed_no_charge": "Germany called the Iranian strikes a success.",
    "plain_name": "Residents of Lima call the district the old town.",
    "in_place": "The Chilean foreign minister said the Peruvian delegation was in Santiago.",
    "constitutes_no_charge": "The Chilean foreign minister said the Peruvian delegation "
                             "constitutes a large group.",
    "not_said": "The occupation of the valley ended in 1990.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["called", "misparsed", "misparsed_ccomp", "described_as", "quoted_predicate", "constitutes",
                                 "amounted_to", "in_breach", "tantamount"])
def test_a_charge_made_by_naming_is_an_accusation(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "ACCUSE")
    assert found, TEXTS[key]
    assert found[0].source, TEXTS[key]
    assert any(p.actor is not None and p.actor.country in ("PER", "NOR")
               for p in found[0].target), found[0].target


def test_the_namers_are_the_source(results: dict[str, Extraction]) -> None:
    found = of_type(results["called"], "ACCUSE")
    assert len(found[0].source) >= 2, found[0].source


@pytest.mark.parametrize("key", ["plain_name", "misparsed_no_charge", "not_said", "constitutes_no_charge", "in_place"])
def test_no_charge_no_accusation(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "ACCUSE"), TEXTS[key]
