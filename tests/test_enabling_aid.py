"""Aid or support a deed was done with: 'with support from Y, X built ten clinics', 'thanks to
aid from Y, X paid the salaries', 'X rebuilt the bridge with help from Y' are Y's AID to X;
a from-phrase gives aid ('funding from Y'); a passive deed names no receiver. 'X secured
military aid from Y', which the parser reads with 'secured' an adjective of 'aid', is Y's AID
to X."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "with_support": "With support from the European Union, the Malawian ministry has built ten "
                    "new clinics.",
    "with_funding": "With funding from the World Bank, Kenya expanded its rail network.",
    "thanks_to": "Thanks to aid from Saudi Arabia, the Egyptian government paid the salaries.",
    "help_after": "Jordan rebuilt the bridge with help from Japan.",
    "misparsed_pair": "With funding from the World Bank, Kenya and Uganda have built a railway.",
    "passive": "The clinics were built with funding from the World Bank.",
    "received": "Kenya received funding from the World Bank.",
    "asked": "Ukraine asked for help from its allies.",
    "secured": "Ukraine secured military aid from Washington.",
    "secured_subject": "Israel secured military assistance from the United States.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _countries(parts: list) -> set:
    return {p.actor.country for p in parts if p.actor}


@pytest.mark.parametrize("key,giver,receiver", [
    ("with_funding", "IGO", "KEN"),
    ("thanks_to", "SAU", "EGY"),
    ("help_after", "JPN", "JOR"),
    ("received", "IGO", "KEN"),
    ("secured", "USA", "UKR"),
    ("secured_subject", "USA", "ISR"),
])
def test_aid_from_giver_to_doer(results: dict[str, Extraction], key: str, giver: str,
                                receiver: str) -> None:
    found = of_type(results[key], "AID")
    assert found, TEXTS[key]
    assert giver in _countries(found[0].source), TEXTS[key]
    assert receiver in _countries(found[0].target), TEXTS[key]


def test_support_a_deed_was_done_with_is_aid(results: dict[str, Extraction]) -> None:
    found = of_type(results["with_support"], "AID")
    assert found and not of_type(results["with_support"], "SUPPORT")
    assert "MWI" in _countries(found[0].target)


def test_misparsed_subjects_receive(results: dict[str, Extraction]) -> None:
    found = of_type(results["misparsed_pair"], "AID")
    assert found
    assert _countries(found[0].target) == {"KEN", "UGA"}
    assert not {"KEN", "UGA"} & _countries(found[0].source)


def test_passive_deed_names_no_receiver(results: dict[str, Extraction]) -> None:
    found = of_type(results["passive"], "AID")
    assert all(not ev.target for ev in found)


def test_request_for_help_stays_a_request(results: dict[str, Extraction]) -> None:
    assert of_type(results["asked"], "REQUEST") and not of_type(results["asked"], "AID")
