"""A promise made at talks ("the ministers met ... and agreed to keep talking") is not kept by
the talks it was made at: a CONSULT event of the day the promise was made, told by the
article the promise is told in (other outlets may tell it too), is its occasion; talks on a
later day, or talks of that day told only by other articles, still count. Invented actors."""

from __future__ import annotations

import datetime as dt
from typing import Any

from test_scale_promises import LINKED

from eventwire.fuse import promises as pm

DAY = "2031-05-13"


def talks(eid: str, day: str, *articles: str) -> dict[str, Any]:
    return {"id": eid, "type": "CONSULT", "date": day, "date_range": [day, day],
            "modality": "asserted", "participants": [LINKED[0]], "source": [LINKED[0]],
            "target": [], "mentions": [{"article": a, "type": "CONSULT", "modality": "asserted",
                                        "sentence": {"text": "the ministers kept talking"}}
                                       for a in articles]}


def promise() -> tuple[dict[str, Any], dict[str, Any]]:
    ev = {"id": "e1", "type": "AGREE", "date": DAY, "date_range": [DAY, DAY],
          "participants": [LINKED[0]], "source": [LINKED[0]], "target": [],
          "commitments": {}}
    c = {"promiser": {"text": "x", "actor": LINKED[0]}, "kind": "agreement",
         "content_type": "CONSULT", "action": "keep talking"}
    return c, ev


def test_the_talks_a_promise_was_made_at_do_not_keep_it() -> None:
    c, ev = promise()
    own = talks("e2", DAY, "a1", "a2")
    now = dt.date(2031, 5, 15)
    status, evidence = pm.evaluate(c, ev, [own], now, "a1")
    assert status != "kept" and not any(e.get("event") == "e2" for e in evidence)
    assert pm.evaluate(c, ev, [own], now, None)[0] == "kept"  # no article to tell it by


def test_later_talks_or_talks_told_elsewhere_still_keep_it() -> None:
    c, ev = promise()
    now = dt.date(2031, 5, 30)
    later = talks("e3", "2031-05-20", "a1", "a3")
    assert pm.evaluate(c, ev, [talks("e2", DAY, "a1"), later], now, "a1")[0] == "kept"
    assert pm.evaluate(c, ev, [talks("e4", DAY, "a5")], now, "a1")[0] == "kept"
    assert not pm.own_occasion(talks("e4", DAY, "a5"), "a1")
    assert pm.own_occasion(talks("e2", DAY, "a5", "a1"), "a1")
