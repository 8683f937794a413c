"""Closing or suspending news media is COERCE/censor (CAMEO 1721, restrictions on freedom of
expression) and imposing controls or measures on people COERCE/restrict (CAMEO 172 'impose
control'); closing other things, or controls named without being imposed, are not."""

from __future__ import annotations

import pytest

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

CENSOR, RESTRICT = "COERCE/censor", "COERCE/restrict"
CASES = [
    ("The Varnian authorities closed four opposition newspapers on Monday.", CENSOR),
    ("Dravia's security service shut down two news websites and a radio station.", CENSOR),
    ("The Zelvan regulator suspended the independent broadcaster for a month.", CENSOR),
    ("The junta in Lisk closed 12 media outlets linked to the rebels.", CENSOR),
    ("The Varnian government imposed strict controls on the border crossings.", RESTRICT),
    ("Dravia's rulers have imposed harsh measures against women and girls.", RESTRICT),
]
OTHER_CASES = [
    "The Varnian company closed its factory in Lisk on Friday.",
    "The Zelvan museum shut its doors for repairs.",
    "Passport controls at the Dravian border were slow on Monday.",
]
DATE = "2024-03-04"


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = {f"c{i}": s for i, (s, _) in enumerate(CASES)}
    texts.update({f"o{i}": s for i, s in enumerate(OTHER_CASES)})
    arts = [Article(id=k, text=v, published=DATE, published_from="input")
            for k, v in texts.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


@pytest.mark.parametrize("i", range(len(CASES)))
def test_media_closure_or_imposed_control_is_coerce(results: dict[str, Extraction],
                                                    i: int) -> None:
    modes = [e.mode for e in results[f"c{i}"].events if e.type == "COERCE"]
    assert CASES[i][1] in modes, CASES[i][0]


@pytest.mark.parametrize("i", range(len(OTHER_CASES)))
def test_other_closures_are_no_coercion(results: dict[str, Extraction], i: int) -> None:
    types = [e.type for e in results[f"o{i}"].events]
    assert "COERCE" not in types, OTHER_CASES[i]
