"""A promise that forces stay only for a while is not carried out by reports of them still
there (``promises.temporary_stay``)."""

from __future__ import annotations

import pytest
from fuse_helpers import add
from test_promise_verdicts import event, promise

from eventwire import fuse
from eventwire.fuse.promises import temporary_stay
from eventwire.model import ActorRef
from eventwire.store import Store

ARMY = ActorRef("country:RDL", "Redland", "RDL", "MIL")


def stay(text: str, kind: str = "MOBILIZE") -> dict:
    return {"kind": "plan", "promiser": [ARMY.id], "content_type": kind,
            "action": {"start": 0, "end": len(text), "text": text}}


@pytest.mark.parametrize("text", [
    "leave a few hundred troops temporarily at three posts",
    "that the soldiers would remain at the ridge for the time being",
    "keep its forces on the island for now",
])
def test_a_stay_for_a_while_is_temporary(text: str) -> None:
    assert temporary_stay(stay(text))


@pytest.mark.parametrize("text, kind", [
    ("leave a few hundred troops at three posts", "MOBILIZE"),
    ("deploy 800 troops along the frontier", "MOBILIZE"),
    ("close the border temporarily", "COERCE"),
    ("a temporary deployment to the ridge", "MOBILIZE"),
])
def test_other_promises_are_not(text: str, kind: str) -> None:
    assert not temporary_stay(stay(text, kind))


def _judged(store: Store, text: str) -> str:
    said = "Redland said its troops would remain at the ridge " + text + "."
    fuse.update(store, [add(store, event("p", "MOBILIZE", "2031-03-10", said, "planned",
                                         stay(said), source=ARMY))])
    fuse.update(store, [add(store, event("f", "MOBILIZE", "2031-03-20",
                                         "Redland troops remained at the ridge on Friday.",
                                         source=ARMY))])
    return promise(store)["status"]


def test_troops_still_there_leave_a_temporary_stay_open(store: Store) -> None:
    assert _judged(store, "temporarily") == "open"


def test_troops_still_there_keep_a_plain_stay(store: Store) -> None:
    assert _judged(store, "until the talks") == "kept"
