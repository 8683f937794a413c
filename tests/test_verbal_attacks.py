"""A verb of attack used for criticism ('attacked the plan', 'sharply attacked X', 'attacked
the army for failing to ...') is an ACCUSE, as PETRARCH2's CAMEO dictionary codes it; a verb
of attack with a physical object stays an ASSAULT."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.extract.lexicon import build_lexicon
from eventwire.model import Extraction

SAID = {
    "plan": "The opposition leader attacked the government's budget plan on Tuesday.",
    "policy": "Critics targeted the new immigration policy in a series of speeches.",
    "decision": "Velland's foreign ministry attacked Norland's decision to close the border.",
    "passive_plan": "The plan was attacked by opposition lawmakers in parliament.",
    "sharply": "The prime minister sharply attacked the opposition leader in parliament.",
    "for_failing": "Rights groups attacked the government for failing to protect civilians.",
    "critics": "The president attacked his critics in a televised speech.",
    "over_policy": "The senator attacked the president over his immigration policy.",
}
FORCE = {
    "convoy": "Velland rebels attacked a military convoy near Varo on Tuesday.",
    "depot": "Norland drones targeted an ammunition depot in Varo.",
    "hospital": "A missile struck a hospital in Varo, killing six.",
    "base": "Rebels hit the Norland army base with rockets.",
    "positions": "Norland jets struck rebel positions and a weapons depot near Varo.",
    "troops_passive": "Troops were attacked in Varo on Tuesday.",
    "over_border": "Norland and Velland troops clashed over the disputed border town of Varo.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**SAID, **FORCE})


@pytest.mark.parametrize("key", sorted(SAID))
def test_attack_in_words_is_criticism(results: dict[str, Extraction], key: str) -> None:
    types = {e.type for e in results[key].events}
    assert "ASSAULT" not in types and "ACCUSE" in types, f"{SAID[key]} -> {types}"


@pytest.mark.parametrize("key", sorted(FORCE))
def test_attack_on_a_thing_stays_an_assault(results: dict[str, Extraction], key: str) -> None:
    types = {e.type for e in results[key].events}
    assert "ASSAULT" in types and "ACCUSE" not in types, f"{FORCE[key]} -> {types}"


def test_the_dictionary_lists_name_no_party() -> None:
    words = build_lexicon().verbal_attack
    assert {"attack", "strike", "hit", "target"} <= words["verbs"]
    assert {"policy", "decision", "plan"} <= words["objects"]
    assert not {"government", "convoy", "troop", "town", "base"} & words["objects"]
    assert "sharply" in words["manners"] and "failing" in words["reasons"]
