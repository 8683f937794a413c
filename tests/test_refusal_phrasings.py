"""Refusals told by a phrasal verb ('brushed aside the proposal', 'shrugged off the warnings',
'balked at the plan', 'scoffed at the charges') and a course of action a speaker calls out of
the question, off the table or not an option are REJECT; the act so refused is negated. Dust
brushed off a coat, an injury shrugged off, a deal 'not out of the question', a state off the
table for years, 'there is no alternative' and a closure put as a consequence stay no
refusal."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

REFUSED = {
    "brushed_aside": "Moscow brushed aside the proposal.",
    "brushed_off": "The Kremlin brushed off the criticism as propaganda.",
    "shrugged_off": "Ruritania shrugged off the warnings.",
    "waved_aside": "The minister waved aside calls for his resignation.",
    "balked": "Hamas balked at the proposal.",
    "scoffed": "Beijing scoffed at the accusations.",
    "question": "The president said a ceasefire is out of the question.",
    "table": "Removing the sanctions is off the table, the minister said.",
    "table_target": "Lifting the sanctions on Ruritania is off the table, the minister said.",
    "option": "\"Cherry picking is not an option,\" the negotiator said.",
    "no_option": "\"Military action is no option for us,\" the chancellor told reporters.",
}
NOT_REFUSED = {
    "dust": "He brushed off the dust from his coat.",
    "injury": "The striker shrugged off a knee injury.",
    "scoffed_alone": "The crowd scoffed.",
    "not_out": "The minister said a deal is not out of the question.",
    "an_option": "\"Talks are an option,\" he said.",
    "narrator": "The issue remained off the table for years.",
    "no_alternative": "\"There is no alternative to negotiations,\" the envoy said.",
    "consequence": "The spokesman said that if talks fail, a ceasefire would be out of the "
                   "question.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**REFUSED, **NOT_REFUSED})


def _types(ex: Extraction) -> list[tuple[str, str, str]]:
    return [(e.type, e.modality, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize("key", sorted(REFUSED))
def test_refusals(results: dict[str, Extraction], key: str) -> None:
    assert [e for e in of_type(results[key], "REJECT") if e.modality == "asserted"], \
        _types(results[key])


@pytest.mark.parametrize("key", sorted(NOT_REFUSED))
def test_no_refusal(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "REJECT"), _types(results[key])


def test_the_speaker_refuses(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["question"], "REJECT")
    assert [p.text for p in ev.source] == ["The president"]


def test_the_refused_act_is_negated(results: dict[str, Extraction]) -> None:
    truces = of_type(results["question"], "RETREAT")
    assert truces and all(e.modality == "negated" for e in truces), _types(results["question"])


def test_the_refused_act_gives_the_target(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["table_target"], "REJECT")
    assert [p.text for p in ev.target] == ["Ruritania"], _types(results["table_target"])
