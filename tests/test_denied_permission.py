"""A party told it is not allowed or not permitted to act is restricted: a passive 'allow' or
'permit' under a negation, with a party as subject and an act as infinitive, is COERCE mode
restrict, asserted (the negation is the restriction itself), the party its target. A source's
formula ('not allowed to speak to the media'), a thing as subject, a permission given and a
normative 'cannot be allowed to' are no restriction asserted."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "journalist": "The Velmar editor is not allowed to leave Norland.",
    "leaders": "Opposition leaders are not permitted to hold rallies in the capital.",
    "reporters": "Foreign reporters were not allowed to enter the region.",
    "reported": "Rights groups said the activist was not permitted to leave Velmar after "
                "his release.",
    "longer": "Women are no longer allowed to work in most offices.",
    "formula": "He is not allowed to speak to the media.",
    "anonymity": "Two aides, who requested anonymity, said they were not permitted to talk "
                 "with journalists.",
    "thing": "It is not allowed to import such goods.",
    "given": "Residents were allowed to return to their homes.",
    "normative": "Norland cannot be allowed to acquire nuclear weapons, the minister said.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["journalist", "leaders", "reporters", "reported", "longer"])
def test_a_party_not_allowed_to_act_is_restricted(results, key: str) -> None:
    found = of_type(results[key], "COERCE")
    assert [e.mode for e in found] == ["COERCE/restrict"], TEXTS[key]
    assert [e.modality for e in found] == ["asserted"], TEXTS[key]


def test_the_restricted_party_is_the_target(results) -> None:
    (e,) = of_type(results["leaders"], "COERCE")
    assert [p.text for p in e.target] == ["Opposition leaders"]


def test_the_act_not_allowed_is_part_of_the_restriction(results) -> None:
    assert [e.type for e in results["leaders"].events] == ["COERCE"]


@pytest.mark.parametrize("key", ["formula", "anonymity", "thing", "given"])
def test_no_restriction(results, key: str) -> None:
    assert not of_type(results[key], "COERCE"), TEXTS[key]


def test_a_normative_cannot_asserts_no_restriction(results) -> None:
    assert all(e.modality != "asserted" for e in of_type(results["normative"], "COERCE"))
