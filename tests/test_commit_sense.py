"""'Commit' pledges only with 'to': committing a deed ('committed atrocities', 'committed
crimes') is no AGREE, and the deed it governs is done, not planned."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "atrocities": "Rights groups said the militia committed atrocities in the village last month.",
    "violations": "Officials in Kinshasa said rebel units committed dozens of violations of the truce.",
    "crimes": "The tribunal found that the two commanders committed war crimes in Srebrenica.",
    "pledge": "Colombia's government committed to holding talks with the rebels next month.",
    "pledged_itself": "Chile committed itself to a new trade accord with Peru.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["atrocities", "violations", "crimes"])
def test_committing_a_deed_is_no_pledge(results, key: str) -> None:
    ex = results[key]
    assert not of_type(ex, "AGREE"), TEXTS[key]
    assert not any(e.modality == "planned" for e in ex.events), TEXTS[key]


@pytest.mark.parametrize("key", ["pledge", "pledged_itself"])
def test_committing_to_something_is_a_pledge(results, key: str) -> None:
    assert of_type(results[key], "AGREE"), TEXTS[key]
