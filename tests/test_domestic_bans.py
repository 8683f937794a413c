"""A ban is typed by what it bans: a ban on protests, rallies, parties, books, the media or
women's work is COERCE (mode ban; CAMEO 1721-1722), told by the noun alone ("the ban on
opposition rallies took effect") or by a verb of imposing ("imposed a ban on political
parties", "the ban on protests was extended"), one event, no SANCTION beside it; a ban on
imports or flights stays SANCTION (CAMEO 16x), and a ban that is only discussed stays unreal."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

COERCIVE = {
    "noun": "The ban on opposition rallies took effect on Monday.",
    "imposed": "The junta imposed a ban on political parties.",
    "imposed_protests": "The government imposed a ban on protests in the capital.",
    "extended": "The government's ban on protests was extended for another month.",
    "announced": "The ministry announced a ban on books by foreign authors.",
}
TRADE = {
    "imports": "The EU imposed a ban on Russian oil imports.",
    "flights": "Washington announced a ban on flights from the region.",
}
UNREAL = {
    "would": "A ban on protests would be unconstitutional, the court said.",
    "considered": "The minister said a ban on the party was not being considered.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**COERCIVE, **TRADE, **UNREAL})


def _types(ex: Extraction) -> list[tuple[str, str, str]]:
    return [(e.type, e.modality, e.trigger.text) for e in ex.events]


def _real(ex: Extraction, etype: str) -> list:
    return [e for e in of_type(ex, etype) if e.modality in ("asserted", "planned")]


@pytest.mark.parametrize("key", sorted(COERCIVE))
def test_a_domestic_ban_is_coercion(results: dict[str, Extraction], key: str) -> None:
    bans = _real(results[key], "COERCE")
    assert len(bans) == 1 and bans[0].mode == "COERCE/ban", _types(results[key])
    assert not of_type(results[key], "SANCTION"), _types(results[key])


@pytest.mark.parametrize("key", sorted(TRADE))
def test_a_trade_ban_is_a_sanction(results: dict[str, Extraction], key: str) -> None:
    assert _real(results[key], "SANCTION"), _types(results[key])
    assert not of_type(results[key], "COERCE"), _types(results[key])


@pytest.mark.parametrize("key", sorted(UNREAL))
def test_a_discussed_ban_is_not_real(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "COERCE") and not _real(results[key], "COERCE"), \
        _types(results[key])
