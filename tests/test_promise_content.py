"""What a promise promised is recognised in a later report under another name of the same
content ('truce' promised, 'ceasefire' reported): package data ``content_synonyms``."""

from __future__ import annotations

from fuse_helpers import PUTIN, add
from test_promise_verdicts import event, promise

from eventwire import fuse
from eventwire.store import Store

MADE = "Putin said the truce is due to take effect on Thursday."
TRUCE = {"kind": "agreement", "promiser": [PUTIN.id], "action": None,
         "start": "2025-03-20T04:00", "content_type": "RETREAT",
         "spans": {"trigger": {"start": 15, "end": 20, "text": "truce"}}}


def test_a_truce_is_kept_by_a_report_that_the_ceasefire_took_effect(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "RETREAT", "2025-03-18", MADE, "planned",
                                         TRUCE))])
    fuse.update(store, [add(store, event("k", "RETREAT", "2025-03-20",
                                         "The ceasefire declared by Putin took effect at "
                                         "dawn."))])
    p = promise(store)
    assert p["status"] == "kept" and p["decided_by"]["article"] == "k"


def test_a_truce_is_broken_by_a_ceasefire_that_began_late(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "RETREAT", "2025-03-18", MADE, "planned",
                                         TRUCE))])
    fuse.update(store, [add(store, event("b", "RETREAT", "2025-03-20",
                                         "The ceasefire ordered by Putin began six hours "
                                         "later than planned."))])
    p = promise(store)
    assert p["status"] == "broken" and p["decided_by"]["cue"] == "later than planned"


def test_an_unrelated_report_does_not_decide_it(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "RETREAT", "2025-03-18", MADE, "planned",
                                         TRUCE))])
    fuse.update(store, [add(store, event("u", "RETREAT", "2025-03-20",
                                         "Putin withdrew the garrison from the island."))])
    assert promise(store)["status"] == "open"


def test_a_mode_written_without_its_type_is_the_same_mode(store: Store) -> None:
    agreed = {**TRUCE, "content_mode": "ceasefire", "start": None,
              "action": {"start": 0, "end": 9, "text": "ceasefire from midnight"}}
    fuse.update(store, [add(store, event("p", "AGREE", "2025-03-18",
                                         "Putin agreed to a ceasefire from midnight.",
                                         "asserted", agreed))])
    report = event("k", "RETREAT", "2025-03-19", "The ceasefire agreed by Putin is now in "
                   "force.")
    report.events[0].mode = "RETREAT/ceasefire"
    fuse.update(store, [add(store, report)])
    assert promise(store)["status"] == "kept"
