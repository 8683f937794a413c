"""A charge told as 'held X responsible / accountable / liable' is an ACCUSE of the holder
against X, whichever way the parser hangs the adjective (its own subject, or after the verb's
object); a vow of revenge or of a hard response is a THREATEN, not a promise (AGREE)."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "holds": "Kenya holds Uganda responsible for the massacre at the border post.",
    "held": "The Malian government held the rebels accountable for the deaths of the villagers.",
    "said_held": "Washington said it held Tehran fully responsible for the attacks on its troops.",
    "will_hold": "Peru will hold Chile accountable for the raid.",
    "lead": "The Kenyan team held the lead for most of the game.",
    "door": "The Kenyan minister held the door open for the delegation.",
    "suspects": "The Kenyan police held the suspects overnight.",
    "revenge": "Hamas vowed revenge for the killing of its commander.",
    "retaliation": "The militia pledged retaliation against the Malian army.",
    "vengeance": "The Afghan elders swore vengeance on the attackers.",
    "response": "Pakistan vowed a strong response to any Indian aggression.",
    "reply": "The Malian minister promised a reply to the letters of the farmers.",
    "reform": "The Malian president vowed reforms of the tax system.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,source,target", [
    ("holds", "Kenya", "Uganda"), ("held", "government", "rebels"),
    ("said_held", "Washington", "Tehran"), ("will_hold", "Peru", "Chile")])
def test_holding_a_party_responsible_is_a_charge(results: dict[str, Extraction], key: str,
                                                 source: str, target: str) -> None:
    found = of_type(results[key], "ACCUSE")
    assert found, TEXTS[key]
    assert any(source in (p.text or "") for p in found[0].source), found[0].source
    assert any(target in (p.text or "") for p in found[0].target), found[0].target


def test_a_charge_held_for_the_future_is_no_assertion(results: dict[str, Extraction]) -> None:
    assert of_type(results["will_hold"], "ACCUSE")[0].modality != "asserted"


@pytest.mark.parametrize("key", ["lead", "door", "suspects"])
def test_holding_without_responsibility_is_no_charge(results: dict[str, Extraction],
                                                     key: str) -> None:
    assert not of_type(results[key], "ACCUSE"), TEXTS[key]


@pytest.mark.parametrize("key", ["revenge", "retaliation", "vengeance", "response"])
def test_a_vow_of_revenge_is_a_threat(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "THREATEN"), TEXTS[key]
    assert not of_type(results[key], "AGREE"), TEXTS[key]


@pytest.mark.parametrize("key", ["reply", "reform"])
def test_a_promised_reply_or_reform_is_no_threat(results: dict[str, Extraction],
                                                 key: str) -> None:
    assert not of_type(results[key], "THREATEN"), TEXTS[key]
