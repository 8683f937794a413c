"""A possible event weighed in reported speech: an unspecific event noun that is the active
subject of a 'would' clause judging it or its effect ('a ceasefire would save lives', 'any
talks would be pointless') is hypothetical; one told to take place, last or be held ('a
meeting would take place on Monday', 'an agreement would be signed'), or a particular one
('the talks would be decisive'), stays a reported plan."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, run_texts

from eventwire.model import Extraction

HYPOTHETICAL = {
    "ceasefire_save": ("ceasefire", '"A ceasefire would save lives," the Blueland foreign '
                                    'minister said on Monday.'),
    "any_talks": ("talks", '"Any talks with Redland would be pointless," the Blueland '
                           'president said.'),
    "meeting_mistake": ("meeting", "The Blueland president said a meeting with the Redland "
                                   "leader would be a mistake."),
}
PLANNED = {
    "meeting_take_place": ("meeting", "The Blueland president said a meeting with the Redland "
                                      "leader would take place on Monday."),
    "agreement_signed": ("agreement", "The Blueland president said an agreement with Redland "
                                      "would be signed next week."),
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts({k: text for k, (_, text) in {**HYPOTHETICAL, **PLANNED}.items()})


@pytest.mark.parametrize("key", sorted(HYPOTHETICAL))
def test_weighed_event_is_hypothetical(extracted: dict[str, Extraction], key: str) -> None:
    assert modality(extracted[key], HYPOTHETICAL[key][0]) == "hypothetical"


@pytest.mark.parametrize("key", sorted(PLANNED))
def test_reported_plan_stays_planned(extracted: dict[str, Extraction], key: str) -> None:
    assert modality(extracted[key], PLANNED[key][0]) == "planned"
