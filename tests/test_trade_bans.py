"""CAMEO reads a ban on trade as a sanction: banning imports, exports, sales or aid is a
SANCTION (CAMEO 16x, "BAN * IMPORTS"), while banning people, parties or publications stays
COERCE (CAMEO 1721/1722)."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "banned_import": "Cameroon banned the import of poultry from Nigeria on Monday.",
    "ban_on_exports": "The ban on exports of Ukrainian grain to Hungary angered Kyiv.",
    "export_ban": "Ghana's export ban hurt traders from Togo.",
    "banned_party": "Uganda banned the main opposition party on Monday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["banned_import", "ban_on_exports", "export_ban"])
def test_trade_ban_is_a_sanction(results, key: str) -> None:
    ex = results[key]
    assert of_type(ex, "SANCTION") and not of_type(ex, "COERCE"), TEXTS[key]


def test_banning_a_party_stays_coercion(results) -> None:
    ex = results["banned_party"]
    assert of_type(ex, "COERCE") and not of_type(ex, "SANCTION")
