"""Phrases of three acts the single verbs already give: driving someone into exile is a
COERCE/deport ('forced the dissident into exile', as 'exiled'), handing down or passing a
sentence is a SANCTION/convict (as 'sentenced'), and coming out or speaking out in support or
in favour of something is a SUPPORT (as 'backed'); the verbs with other objects or phrases
are not."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

CASES = {
    "forced_exile": ("The Cuban government forced the dissident into exile.", "COERCE/deport"),
    "driven_exile": ("Thousands of Rohingya were driven into exile by the Burmese army.",
                     "COERCE/deport"),
    "hounded_exile": ("The writer was hounded into exile by the Iranian authorities.",
                      "COERCE/deport"),
    "handed_down": ("Iran's judiciary handed down death sentences to three protesters.",
                    "SANCTION/convict"),
    "handed_dative": ("A court in Moscow handed the journalist a 16-year sentence.",
                      "SANCTION/convict"),
    "passed": ("A military court in Egypt passed a sentence of life imprisonment on the activist.",
               "SANCTION/convict"),
    "came_out": ("China came out in support of the Russian proposal.", "SUPPORT"),
    "spoke_out": ("Brazil spoke out in favour of the Venezuelan opposition.", "SUPPORT"),
}
OTHER = {
    "sent_garden": "The teacher sent the pupils into the garden.",
    "read_sentence": "The teacher read the first sentence aloud.",
    "came_rain": "The Kenyan minister came out in the rain on Monday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = {k: v[0] for k, v in CASES.items()}
    texts.update(OTHER)
    return run_texts(texts)


@pytest.mark.parametrize("key", list(CASES))
def test_phrase_gives_its_act(results: dict[str, Extraction], key: str) -> None:
    want = CASES[key][1]
    etype = want.split("/")[0]
    found = of_type(results[key], etype)
    assert found, CASES[key][0]
    if "/" in want:
        assert found[0].mode == want


@pytest.mark.parametrize("key", list(OTHER))
def test_other_uses_give_none(results: dict[str, Extraction], key: str) -> None:
    assert not {e.type for e in results[key].events} & {"COERCE", "SANCTION", "SUPPORT"}, OTHER[key]
