"""Material support is aid (CAMEO: RECEIVE / PLEDGE {FINANCIAL SUPPORT} 071 / 0331, ANNOUNCE
{MILITARY SUPPORT} 072; PLOVER AID); support without a material modifier stays SUPPORT."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

CASES = {
    "military_support": ("Redland sent military support to Moldavia on Friday.", "AID"),
    "financial_support": ("Lorania received financial support from the Nordic fund in May.",
                          "AID"),
    "verbal_support": ("Ombria voiced its support for the peace plan of Tarsia.", "SUPPORT"),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({k: v[0] for k, v in CASES.items()})


@pytest.mark.parametrize("key", sorted(CASES))
def test_support_type(results: dict[str, Extraction], key: str) -> None:
    text, etype = CASES[key]
    types = {e.type for e in results[key].events}
    assert etype in types, (text, types)
    other = {"AID": "SUPPORT", "SUPPORT": "AID"}[etype]
    assert other not in types, (text, types)
