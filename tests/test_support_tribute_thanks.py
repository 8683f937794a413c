"""Support told by paying tribute or homage to a party and by expressing, voicing or
conveying gratitude, appreciation, thanks or approval; the same nouns outside such a verb
("thanks to the rain", "gave its approval to the merger") and paying a fine stay apart."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

SUPPORTED = {
    "tribute": "Jordan's king paid tribute to the slain Egyptian soldiers.",
    "homage": "The Ruritanian president paid homage to Norland's war dead.",
    "gratitude": "The Kenyan president expressed gratitude to Japan for its assistance.",
    "appreciation": "Egypt's foreign minister conveyed his appreciation to Qatar.",
    "approval": "The ministers voiced their approval of the Norland plan.",
    "thanks": "Ukraine's president extended his thanks to Poland for taking in refugees.",
}
OTHER = {
    "fine": "The company paid a fine to the regulator.",
    "thanks_to": "Thanks to the rain, the fires died down.",
    "regulator": "The regulator gave its approval to the merger.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**SUPPORTED, **OTHER})


@pytest.mark.parametrize("key", sorted(SUPPORTED))
def test_tribute_and_thanks_are_support(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "SUPPORT"), [(e.type, e.trigger.text)
                                              for e in results[key].events]


@pytest.mark.parametrize("key", sorted(OTHER))
def test_other_uses_are_no_support(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "SUPPORT"), [(e.type, e.trigger.text)
                                                  for e in results[key].events]


def test_gratitude_names_its_parties(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["gratitude"], "SUPPORT")
    assert [p.text for p in ev.source] == ["Kenyan president"]
    assert [p.text for p in ev.target] == ["Japan"]
