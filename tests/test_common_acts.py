"""An act noun whose copula says how common such acts are names the kind, not one act
('protests are common in the capital'); one act pointed at and judged stays an event."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "protests_common": "Protests are common in the capital.",
    "attacks_rare": "Attacks are rare in the north of the country.",
    "clashes_routine": "Clashes have become routine along the border.",
    "such_attacks": "Such attacks are unusual in the capital.",
    "occurrence": "Kidnappings remain a common occurrence in the region.",
    "one_protest": "The protest was peaceful.",
    "one_attack": "The attack was unusual because it targeted a school.",
    "monday_protests": "The protests on Monday were the largest in years.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize(("key", "etype"), [
    ("protests_common", "PROTEST"), ("attacks_rare", "ASSAULT"),
    ("clashes_routine", "ASSAULT"), ("such_attacks", "ASSAULT"), ("occurrence", "ASSAULT")])
def test_how_common_acts_are_is_no_event(results, key: str, etype: str) -> None:
    assert not of_type(results[key], etype), TEXTS[key]


@pytest.mark.parametrize(("key", "etype"), [
    ("one_protest", "PROTEST"), ("one_attack", "ASSAULT"), ("monday_protests", "PROTEST")])
def test_one_act_judged_stays_an_event(results, key: str, etype: str) -> None:
    assert of_type(results[key], etype), TEXTS[key]
