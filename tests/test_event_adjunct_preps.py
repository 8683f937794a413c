"""A lexicon entry's preposition is the verb's own complement, never a time, channel or
occasion adjunct: 'called X on Monday' is a call, 'called on X to ...' a demand."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

TEXTS = {
    "on_weekday": "The Velland premier called Ivo Tasko on Monday.",
    "on_weekday_night": "The Norland president called his Velland counterpart on Tuesday night.",
    "in_morning": "Ana Brel called Ivo Tasko in the morning and thanked him for the aid.",
    "on_phone": "Ana Brel called Ivo Tasko on the phone on Wednesday.",
    "insisted_day": "Velland insisted on Sunday that its drills were purely defensive.",
    "called_on": "The United Nations called on Norland to withdraw its troops from Varo.",
    "called_on_day": "Ivo Tasko called on Velland on Friday to accept the truce.",
    "called_day_for": "Ivo Tasko called on Tuesday for talks without preconditions.",
    "called_for_day_of": "The opposition called for a day of mourning in Varo.",
    "insisted_on": "Velland insisted on guarantees for the truce in Varo.",
    "remain_until": "Norland troops will remain in three positions near Varo until March.",
}


@pytest.fixture(scope="module")
def results():
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["on_weekday", "on_weekday_night", "in_morning", "on_phone",
                                 "insisted_day"])
def test_a_time_or_channel_meets_no_preposition_condition(results, key) -> None:
    assert not of_type(results[key], "REQUEST"), TEXTS[key]


@pytest.mark.parametrize("key", ["on_weekday", "on_weekday_night", "in_morning", "on_phone"])
def test_a_call_with_a_time_stays_a_call(results, key) -> None:
    calls = of_type(results[key], "CONSULT")
    assert any(e.mode == "CONSULT/phone" for e in calls), TEXTS[key]


@pytest.mark.parametrize("key", ["called_on", "called_on_day", "called_day_for",
                                 "called_for_day_of", "insisted_on"])
def test_the_verbs_own_preposition_still_counts(results, key) -> None:
    assert of_type(results[key], "REQUEST"), TEXTS[key]


def test_a_time_word_keeps_its_time_object(results) -> None:
    assert of_type(results["remain_until"], "MOBILIZE")
