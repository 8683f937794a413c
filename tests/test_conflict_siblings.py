"""A sentence's word on who mediated, read for another event of that sentence: talks and
the deal reached at them told in one sentence, the mediator named near the talks' trigger
only, the deal's report by another outlet naming other mediators."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_conflict_kinds import record_flags


@pytest.mark.parametrize(("first", "second"), [
    ("The talks in Doha on Friday were mediated by Qatar alone, and after many long hours of "
     "discussion Armenian and Azerbaijani envoys finally agreed to a ceasefire.",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday in talks mediated by Turkey and "
     "Qatar."),
    ("Negotiators from Armenia and Azerbaijan met in Istanbul on Friday under Turkish "
     "mediation, and at the end of a long day of hard bargaining both delegations agreed to "
     "a ceasefire.",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday in talks mediated by Qatar."),
    ("Egypt and Qatar mediated the talks in Cairo on Sunday, which went on past midnight "
     "before the Israeli and Hamas delegations agreed to a six-week truce.",
     "Israel and Hamas agreed to a truce on Sunday in talks mediated by Egypt alone."),
])
def test_a_mediator_named_for_the_talks_holds_for_the_deal_of_the_sentence(
        cli: Any, tmp_path: Path, first: str, second: str) -> None:
    flags = record_flags(cli, tmp_path, first, second)
    assert any("mediator_conflict" in f for f in flags), flags


def test_the_same_mediators_told_for_the_talks_agree(cli: Any, tmp_path: Path) -> None:
    flags = record_flags(
        cli, tmp_path,
        "The talks in Doha on Friday were mediated by Qatar, and after many long hours of "
        "discussion Armenian and Azerbaijani envoys finally agreed to a ceasefire.",
        "Armenia and Azerbaijan agreed to a ceasefire on Friday in talks mediated by Qatar and "
        "Turkey.")
    assert flags and not any(flags), flags
