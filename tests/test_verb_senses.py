"""Senses of event verbs that are no event: firing an official is a dismissal ('fired the
minister on Monday' is not 'fired on'), shooting a video is filming, seizing an opportunity
takes nothing, blaming the weather accuses no party, hosting a final receives no visitor, a
heart or panic attack is an illness, a lightning strike that kills is a natural event, and
fighting back tears, striking a tone, killing a bill, targeting a growth rate or facing a
barrage of questions are figures of speech."""

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
NO_EVENT = {
    "blame_weather": "The Blueland leader blamed the weather for the poor harvest.",
    "host_final": "Blueland hosted the World Cup final on Sunday.",
    "heart_attack": "The Blueland president suffered a heart attack on Monday.",
    "panic_attack": "The Blueland minister suffered a panic attack in Ossa.",
    "lightning_strike": "A lightning strike killed two farmers in Blueland on Monday.",
    "fought_tears": "The Blueland prime minister fought back tears as she spoke.",
    "struck_tone": "The Blueland president struck a conciliatory tone on Monday.",
    "killed_bill": "Redland senators killed the bill on Monday.",
    "targeted_rate": "Redland targeted a 5% growth rate for next year.",
    "barrage_questions": "The Blueland president faced a barrage of questions from reporters.",
}
NO_COERCE = ("seize_opportunity",)
OTHER = {
    "blame_party": ("ACCUSE", "The Blueland president blamed Redland for the attack on Monday."),
    "blame_government": ("ACCUSE", "The Blueland president blamed the government for the "
                                   "crisis."),
    "staged_protest": ("PROTEST", "Redland students staged a protest in Ossa on Monday."),
}
ASSAULT = {
    "fire_on": "Redland troops fired on Blueland protesters on Monday.",
    "fire_at": "Redland fired rockets at Blueland on Monday.",
    "shoot": "Redland police shot two Blueland protesters in Ossa.",
    "seize_place": "Blueland troops seized the airport in Ossa on Monday.",
    "air_strike_killed": "A Redland air strike killed two farmers in Blueland on Monday.",
    "fought_rebels": "Blueland troops fought the Redland rebels near Ossa on Monday.",
    "killed_soldiers": "Redland rebels killed two Blueland soldiers near Ossa on Monday.",
    "barrage_rockets": "Redland fired a barrage of rockets at Blueland on Monday.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    other = {k: text for k, (_, text) in OTHER.items()}
    return run_texts({**NO_ASSAULT, **ASSAULT, **NO_EVENT, **other})


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


@pytest.mark.parametrize("key", sorted(NO_EVENT))
def test_no_event(extracted: dict[str, Extraction], key: str) -> None:
    ex = extracted[key]
    assert not ex.events, [(e.type, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize("key", sorted(OTHER))
def test_other_senses_kept(extracted: dict[str, Extraction], key: str) -> None:
    ex = extracted[key]
    assert of_type(ex, OTHER[key][0]), [(e.type, e.trigger.text) for e in ex.events]
