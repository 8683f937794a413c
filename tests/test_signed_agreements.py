"""Signing, ratifying or finalizing an agreement is SUPPORT (PLOVER codebook; CAMEO 057
"sign formal agreement"); reaching a deal, promising to sign and signing a truce stay AGREE, as
does signing an agreement that is a truce or a peace ("a ceasefire agreement", "a peace accord")."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

SUPPORT = {
    "signed_agreement": "Vellmark and Osran signed an agreement on Monday to expand grain trade.",
    "signed_pacts": "The two prime ministers signed six pacts to boost cooperation in farming.",
    "ratified_treaty": "Osran ratified the border treaty with Vellmark on Friday.",
    "trade_agreement": "Vellmark signed a trade agreement with Osran on Tuesday.",
    "defence_pact": "Osran signed a defence pact with Vellmark last week.",
}
AGREE = {
    "reached": "Vellmark and Osran reached an agreement on grain exports on Monday.",
    "promised_to_sign": "Vellmark has promised to sign the treaty next month.",
    "signed_truce": "Vellmark and Osran signed a truce in Kestrel on Monday.",
    "ceasefire_agreement": "The rebels signed a ceasefire agreement with Osran on Monday.",
    "truce_agreement": "Vellmark signed a truce agreement with Osran in Kestrel.",
    "peace_accord": "Vellmark and Osran signed a peace accord on Friday.",
    "peace_treaty": "Osran ratified the peace treaty with Vellmark on Sunday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**SUPPORT, **AGREE})


@pytest.mark.parametrize("key", sorted(SUPPORT))
def test_signing_an_agreement_is_support(results: dict[str, Extraction], key: str) -> None:
    types = [e.type for e in results[key].events]
    assert "SUPPORT" in types and "AGREE" not in types, SUPPORT[key]


@pytest.mark.parametrize("key", sorted(AGREE))
def test_reaching_or_promising_stays_agree(results: dict[str, Extraction], key: str) -> None:
    types = [e.type for e in results[key].events]
    assert "AGREE" in types and "SUPPORT" not in types, AGREE[key]
