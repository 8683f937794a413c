"""Senses of attack verbs that are no attack: firing an official is a dismissal ('fired the
minister on Monday' is not 'fired on'), shooting a video is filming, seizing an opportunity
takes nothing."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

NO_ASSAULT = {
    "fire_minister": "The Blueland president fired the defence minister on Monday.",
    "fire_chief": "The Blueland president fired his chief of staff.",
    "shoot_video": "A Blueland journalist shot a video near the Redland border on Monday.",
    "seize_opportunity": "The Blueland government seized the opportunity to reform the tax "
                         "code.",
}
NO_COERCE = ("seize_opportunity",)
ASSAULT = {
    "fire_on": "Redland troops fired on Blueland protesters on Monday.",
    "fire_at": "Redland fired rockets at Blueland on Monday.",
    "shoot": "Redland police shot two Blueland protesters in Ossa.",
    "seize_place": "Blueland troops seized the airport in Ossa on Monday.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts({**NO_ASSAULT, **ASSAULT})


@pytest.mark.parametrize("key", sorted(NO_ASSAULT))
def test_no_assault(extracted: dict[str, Extraction], key: str) -> None:
    ex = extracted[key]
    assert not of_type(ex, "ASSAULT"), [(e.type, e.trigger.text) for e in ex.events]
    if key in NO_COERCE:
        assert not of_type(ex, "COERCE"), [(e.type, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize("key", sorted(ASSAULT))
def test_assault(extracted: dict[str, Extraction], key: str) -> None:
    ex = extracted[key]
    assert of_type(ex, "ASSAULT"), [(e.type, e.trigger.text) for e in ex.events]
