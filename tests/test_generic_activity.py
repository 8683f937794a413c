"""A gerund clause used as a subject names an activity in general ('Signing deals with
dictators tends to ...'): its events are hypothetical, while a bare gerund noun that did
something ('Fighting in Sudan has forced ...') stays an asserted event."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "generic_deal": "Signing deals with dictators usually helps the opposition, the Kenyan "
                    "analyst said.",
    "generic_aid": "Sending weapons to Ukraine was not the main topic of the meeting.",
    "fighting": "Fighting in Sudan has forced thousands of people to flee to Chad.",
    "real_deal": "Kenya signed a deal with Ethiopia on Monday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize(("key", "etype"), [("generic_deal", "AGREE"), ("generic_aid", "AID")])
def test_gerund_subject_is_not_asserted(results, key: str, etype: str) -> None:
    found = of_type(results[key], etype)
    assert all(e.modality == "hypothetical" for e in found), TEXTS[key]


@pytest.mark.parametrize(("key", "etype"), [("fighting", "ASSAULT"), ("real_deal", "AGREE")])
def test_events_that_happened_stay_asserted(results, key: str, etype: str) -> None:
    found = of_type(results[key], etype)
    assert found and found[0].modality == "asserted", TEXTS[key]
