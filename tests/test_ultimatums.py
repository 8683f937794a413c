"""An ultimatum: a party's own future act set on a negated condition ('will buy its aircraft
elsewhere if the freeze is not lifted', 'unless') is a THREATEN of its doer, whatever the
act's type; none without a party's statement, a future, or a negated condition, and none for
a positive condition ('will buy if the price is right')."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

THREATS = {
    "if_not": ('"Veloria will buy Tessan aircraft if the Karthania freeze is not lifted," '
               "said Ilan Dorvek, a Veloria adviser."),
    "unless": ("Veloria will buy its fighter jets from Tessa unless Karthania ends the freeze, "
               "the Veloria defence minister said."),
    "cannot": ("Veloria will hold talks with Tessa on new supplies if the Karthania parts cannot "
               "be delivered, the Veloria minister said."),
}
NOT_THREATS = {
    "if_positive": "Veloria will buy Tessan aircraft if the price is right, the minister said.",
    "plain_buy": "Veloria will buy Tessan aircraft, the Veloria defence minister said.",
    "forecast_buy": ("Analysts expect that Veloria will buy Tessan aircraft if the Karthania "
                     "freeze is not lifted."),
    "refusal": ("Veloria will not buy any more Karthania aircraft unless the ban is lifted, "
                "the Veloria minister said."),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**THREATS, **NOT_THREATS})


def _threats(ex: Extraction) -> list:
    return [e for e in ex.events if e.type == "THREATEN"]


@pytest.mark.parametrize("key", sorted(THREATS))
def test_ultimatum_is_threat(results: dict[str, Extraction], key: str) -> None:
    found = _threats(results[key])
    assert found, (THREATS[key], results[key].events)
    assert all(e.modality == "asserted" for e in found), found
    assert any("Veloria" in p.text or "Dorvek" in p.text for e in found for p in e.source), found


@pytest.mark.parametrize("key", sorted(NOT_THREATS))
def test_no_threat_without_statement_future_or_negated_condition(
        results: dict[str, Extraction], key: str) -> None:
    assert not _threats(results[key]), (NOT_THREATS[key], results[key].events)


WARNING = "Chile warned Peru of severe consequences over the fishing dispute. "
ULTIMATUM = ('"Chile will buy Argentine aircraft if the export freeze is not lifted," '
             "said a Chilean adviser.")
BETWEEN = {
    # events found between the warning and the ultimatum: the window is counted in sentences
    "events": ("Chilean police arrested two fishermen and the navy seized a boat, while Peru "
               "expelled a Chilean diplomat and recalled its ambassador. Peruvian troops "
               "attacked a patrol, rebels raided a village, and the government imposed a curfew "
               "and banned protests. "),
    "far": ("The talks began in 2019. The two fleets share the same waters. Fishing is a large "
            "industry in both countries. Prices have risen this year. "),
}


def _ultimatum_targets(between: str) -> set[str | None]:
    """The countries of the targets of the ultimatum after the warning and ``between``."""
    ex = run_texts({"t": WARNING + between + ULTIMATUM})["t"]
    ultimatum = [e for e in ex.events if e.type == "THREATEN" and "buy" in e.trigger.text]
    assert ultimatum, ex.events
    return {p.actor.country if p.actor is not None else None for e in ultimatum for p in e.target}


@pytest.mark.parametrize("between", ["", BETWEEN["events"]])
def test_ultimatum_continues_the_earlier_threat_of_its_side(between: str) -> None:
    assert "PER" in _ultimatum_targets(between)


def test_ultimatum_does_not_reach_a_threat_far_back() -> None:
    assert "PER" not in _ultimatum_targets(BETWEEN["far"])
