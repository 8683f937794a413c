"""Taking, seizing, gaining, wresting or regaining control of a place or an installation is a
seizure, as PETRARCH2's CAMEO dictionary codes 'SEIZE / TAKE * CONTROL' (192, which
CAMEO2PLOVER maps to COERCE, mode seize); losing control of one is the same act told from its
target's side. Control of a body, a firm, a situation or a party's own land is none."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "took": "Castranian rebels took control of the town of Velmar on Sunday.",
    "regained": "Government forces regained control of the airport after two days of fighting.",
    "seized": "Militants seized control of the oil field near the border on Friday.",
    "gained": "The insurgents gained control over the northern province last month.",
    "lost": "The Veldorian army lost control of the border crossing to the rebels.",
    "parliament": "The Castranian opposition gained control of parliament in the election.",
    "company": "A Veldorian investor took control of the company last year.",
    "situation": "Police quickly took control of the situation in Velmar.",
    "own": "Under the deal the Castranian army will take control of its own territory.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["took", "regained", "seized", "gained", "lost"])
def test_control_of_a_place_is_a_seizure(results, key: str) -> None:
    seizures = of_type(results[key], "COERCE")
    assert [e.mode for e in seizures] == ["COERCE/seize"], TEXTS[key]
    assert [e.modality for e in seizures] == ["asserted"], TEXTS[key]


def test_the_seizing_party_is_the_source(results) -> None:
    (seizure,) = of_type(results["took"], "COERCE")
    assert [p.text for p in seizure.source] == ["Castranian"]
    assert [p.text for p in seizure.target] == ["Velmar"]


def test_control_lost_to_a_party_is_its_seizure(results) -> None:
    (seizure,) = of_type(results["lost"], "COERCE")
    assert [p.text for p in seizure.source] == ["rebels"]
    assert [p.text for p in seizure.target] == ["Veldorian"]


@pytest.mark.parametrize("key", ["parliament", "company", "situation", "own"])
def test_control_of_no_place_or_of_own_land_is_no_seizure(results, key: str) -> None:
    assert not of_type(results[key], "COERCE"), TEXTS[key]
    assert not of_type(results[key], "ASSAULT"), TEXTS[key]
