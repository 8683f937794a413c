"""A passive's by-phrase that the parser hangs on its to-infinitive complement names who did
the passive act: 'Aid workers were forced to flee by advancing rebels' (the rebels force them),
'Qatar was asked to mediate by Washington'. The complement keeps its own doer ('Troops were
ordered to withdraw by Moscow': the troops withdraw), and a time, a manner or the by of 'abide
by' / 'stand by X' names no one."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts, side_countries

from eventwire.model import Extraction

TEXTS = {
    "flee": "Aid workers were forced to flee by advancing rebels.",
    "mediate": "Qatar was asked to mediate by Washington.",
    "withdraw": "Troops were ordered to withdraw by Moscow.",
    "friday": "Residents were ordered to leave by Friday.",
    "stand": "Britain was asked to stand by Kyiv.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _source_texts(ev) -> list[str]:
    return [p.text for p in ev.source]


def test_the_complements_by_phrase_forces(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["flee"], "workers were forced")
    assert any("rebels" in t for t in _source_texts(ev))


def test_the_complements_by_phrase_asks(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["mediate"], "asked")
    assert side_countries(ev, "source") == {"USA"}
    assert side_countries(ev, "target") == {"QAT"}


def test_the_complement_keeps_its_own_doer(results: dict[str, Extraction]) -> None:
    ordered = by_trigger(results["withdraw"], "ordered")
    assert side_countries(ordered, "source") == {"RUS"}
    withdrawal = by_trigger(results["withdraw"], "withdraw")
    assert not any("Moscow" in t for t in _source_texts(withdrawal))


@pytest.mark.parametrize("key, word", [("friday", "Friday"), ("stand", "Kyiv")])
def test_a_time_or_a_phrasal_by_names_no_one(results: dict[str, Extraction], key: str,
                                             word: str) -> None:
    for ev in results[key].events:
        assert not any(word in t for t in _source_texts(ev)), TEXTS[key]
