"""An attack verb or noun whose object is a value or a state of things ('attacking the
independence of the courts', 'an assault on press freedom', 'attacks on democracy') is words
against it, no ASSAULT; a physical target (a town, a base, forces, people) stays an ASSAULT."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "verb_value": "Norland's president attacked the independence of the Velland courts on Monday.",
    "noun_value": "The Velland union of scribes called the Norland law an assault on press freedom.",
    "plural_value": "The attacks on democracy by the Norland junta must stop, the Velland envoy said.",
    "verb_town": "Velland's forces attacked the town of Brisk on Monday.",
    "noun_base": "Norland launched an assault on the Velland army base.",
    "noun_forces": "Norland carried out an attack on Velland security forces near the border.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["verb_value", "noun_value", "plural_value"])
def test_an_attack_on_a_value_is_no_assault(results, key: str) -> None:
    assert not of_type(results[key], "ASSAULT"), TEXTS[key]


@pytest.mark.parametrize("key", ["verb_town", "noun_base", "noun_forces"])
def test_an_attack_on_a_physical_target_stays_an_assault(results, key: str) -> None:
    assert of_type(results[key], "ASSAULT"), TEXTS[key]
