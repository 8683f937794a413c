"""The deadline of a commitment never dates an agreement: not the agreement read from the act
it commits to ('under the accord, X will withdraw its troops by March 20'), nor a promise
coordinated with a clause that holds the deadline ('X agreed to pull back by March 20, while
Y promised to reopen the road'); the act itself, read as planned, keeps the day."""

from __future__ import annotations

import pytest

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

PUBLISHED = "2025-03-12"

TEXTS = {
    "under": "Under the accord, signed by the two foreign ministers, Norland will withdraw its "
             "troops from the valley by March 20.",
    "while": "Norland agreed to pull its forces back from the border by March 25, while "
             "Sudland promised to reopen the crossing within a week.",
    "hand": "Under the deal, the rebels will hand over their heavy weapons by March 30.",
    "dated": "On Monday the two sides agreed to exchange prisoners by the end of the month.",
    "from": "The two sides also agreed to a ceasefire along the border from midnight on Friday.",
    "starting": "Norland and Sudland agreed a truce in the valley starting Saturday.",
    "dated_from": "On Monday the two sides agreed to a truce in the valley from Friday.",
}


@pytest.fixture(scope="module")
def runs() -> dict[str, Extraction]:
    arts = [Article(id=k, text=v, published=PUBLISHED, published_from="input")
            for k, v in TEXTS.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


def agreements(ex: Extraction, trigger: str) -> list:
    return [e for e in ex.events if e.type == "AGREE" and e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize("key,trigger", [
    ("under", "withdraw"), ("while", "agreed"), ("while", "promised"), ("hand", "hand"),
    ("from", "agreed"), ("starting", "agreed"),  # the start it sets, ahead, is not its day
])
def test_a_deadline_never_dates_the_agreement(runs, key: str, trigger: str) -> None:
    found = agreements(runs[key], trigger)
    assert found, [(e.type, e.trigger.text) for e in runs[key].events]
    for ev in found:
        assert ev.date["range"][1] <= PUBLISHED, (key, trigger, ev.date)


def test_the_day_of_the_agreeing_stays(runs) -> None:
    (ev,) = agreements(runs["dated"], "agreed")
    assert ev.date["value"] == "2025-03-10"


def test_a_start_set_by_the_agreement_leaves_its_own_day(runs) -> None:
    (ev,) = agreements(runs["dated_from"], "agreed")
    assert ev.date["value"] == "2025-03-10"
