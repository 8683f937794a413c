"""A recognition or an acceptance refused as a standing position is a REJECT (PLOVER: all
rejections and refusals): the present with 'do' ('X does not recognize Y's independence') or
the perfect ('X has never recognized Y'); a recognition of a state's independence or a court's
authority is SUPPORT (CAMEO RECOGNIZE * INDEPENDENCE, 054)."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _real(pipeline, text: str) -> list[tuple[str, str]]:
    return [(ev.type, ev.modality) for ev in _events(pipeline, text)]


@pytest.mark.parametrize("text", [
    "Serbia does not recognize Kosovo's independence.",
    "Putin said Russia does not recognize the authority of the International Criminal Court.",
    "Iran has never recognized Israel.",
    "Armenia and Azerbaijan do not recognize each other's borders, and Georgia does not "
    "recognise the government in Abkhazia.",
])
def test_a_standing_refusal_is_a_reject(pipeline, text):
    assert ("REJECT", "asserted") in _real(pipeline, text)


@pytest.mark.parametrize("text", [
    "Serbia did not recognize Kosovo's independence in 2008.",
    "Serbia will recognize Kosovo's independence only after a deal.",
    "Iran recognized the new government in Kabul on Monday.",
])
def test_no_standing_refusal(pipeline, text):
    assert ("REJECT", "asserted") not in _real(pipeline, text)


def test_recognizing_independence_is_support(pipeline):
    assert ("SUPPORT", "asserted") in _real(
        pipeline, "France recognized Kosovo's independence on Monday.")


@pytest.mark.parametrize("text", [
    "Germany called the Iranian strikes a violation of international law.",
    "Chile called the Peruvian strikes a breach of the accord.",
])
def test_strikes_named_as_something_are_no_strike_called(pipeline, text):
    """'called [the strikes] [a violation]', parsed as a clause, names the strikes: no PROTEST."""
    assert "PROTEST" not in [t for t, _ in _real(pipeline, text)]


def test_a_strike_called_is_a_protest(pipeline):
    assert "PROTEST" in [t for t, _ in _real(pipeline, "Unions called a general strike for Monday.")]
