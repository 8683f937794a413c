"""A charge or demand refused in the passive is told as in the active: 'the accusations from
Y were dismissed by X' is Y's ACCUSE of X (the from-phrase its source, the one who dismisses
it its target) and X's REJECT of Y, as 'X dismissed the accusations from Y' is. A charge
refused by a party it names no author for keeps no made-up source."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "dismissed": ("The accusations from Beijing were dismissed by Taipei.", "ACCUSE", "CHN",
                  "TWN"),
    "rejected": ("The demands from Washington were rejected by Tehran.", "REQUEST", "USA",
                 "IRN"),
    "denied": ("The allegations by Moscow were denied by Kyiv.", "ACCUSE", "RUS", "UKR"),
    "active": ("Taipei dismissed the accusations from Beijing.", "ACCUSE", "CHN", "TWN"),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({k: v[0] for k, v in TEXTS.items()})


def _countries(ps: list) -> set[str | None]:
    return {p.actor.country for p in ps if p.actor is not None}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_the_refuser_is_the_target_of_the_refused_act(results: dict[str, Extraction],
                                                      key: str) -> None:
    text, etype, author, refuser = TEXTS[key]
    (act,) = of_type(results[key], etype)
    assert _countries(act.source) == {author}, text
    assert _countries(act.target) == {refuser}, text


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_the_refusal_is_the_refusers(results: dict[str, Extraction], key: str) -> None:
    text, _, author, refuser = TEXTS[key]
    (rej,) = of_type(results[key], "REJECT")
    assert _countries(rej.source) == {refuser}, text
    assert author in _countries(rej.target), text


def test_an_unnamed_author_stays_unnamed() -> None:
    (ex,) = run_texts({"t": "The accusations were dismissed by Taipei."}).values()
    (act,) = of_type(ex, "ACCUSE")
    assert not act.source
