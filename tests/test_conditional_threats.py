"""A harmful act set on an if/unless condition ('sanctions could follow if X does not
withdraw', 'could strike unless X pulls back') is a THREATEN of its doer or, when the act
names none, of the speaker, against the condition's subject; a cooperative or neutral act
under a condition ('will help if asked', 'talks will resume if the weather allows') and an
analyst's forecast are none."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

THREATS = {
    "follow": ("Sanctions could follow if Karthania does not release the prisoners, "
               "the Veloria foreign minister said."),
    "could_verb": "Veloria could impose new sanctions on Karthania unless it ends the blockade.",
    "may_strike": "The Veloria army may strike Karthania if its troops cross the border.",
    "will_cut": "Veloria will cut ties with Karthania unless Karthania stops the patrols.",
}
NOT_THREATS = {
    "help": "Veloria will help Karthania if asked, the minister said.",
    "talks": "Talks between Veloria and Karthania will resume if the weather allows.",
    "aid": "Veloria could send aid to Karthania if the roads reopen.",
    "forecast": ("Analysts in Veloria expect that sanctions could follow if Karthania does "
                 "not release the prisoners."),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**THREATS, **NOT_THREATS})


def _threats(ex: Extraction) -> list:
    return [e for e in ex.events if e.type == "THREATEN"]


@pytest.mark.parametrize("key", sorted(THREATS))
def test_conditional_harm_is_threat(results: dict[str, Extraction], key: str) -> None:
    found = _threats(results[key])
    assert found, (THREATS[key], results[key].events)
    assert any(p.text == "Karthania" or "Karthania" in p.text
               for e in found for p in e.target), found


@pytest.mark.parametrize("key", sorted(NOT_THREATS))
def test_conditional_help_or_forecast_is_no_threat(results: dict[str, Extraction],
                                                   key: str) -> None:
    assert not _threats(results[key]), (NOT_THREATS[key], results[key].events)


def test_speaker_threatens_when_act_names_no_doer(results: dict[str, Extraction]) -> None:
    found = _threats(results["follow"])
    assert any("Veloria" in p.text for e in found for p in e.source), found
