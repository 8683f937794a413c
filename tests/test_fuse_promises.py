"""Promise tracking: open, broken, kept and expired, with evidence."""

from __future__ import annotations

from fuse_helpers import PUTIN, TRUMP, add, assault, make_call

from eventwire import fuse
from eventwire.fuse import queries
from eventwire.store import Store

PAUSE = {"commitment": {"promiser": {"text": "Vladimir Putin", "actor": PUTIN.to_dict()},
                        "promisee": {"text": "Donald Trump", "actor": TRUMP.to_dict()},
                        "action": "refrain from attacks on energy infrastructure",
                        "scope": "energy infrastructure", "duration": "P30D"}}


def only_promise(store: Store) -> dict:
    """The single promise in the store."""
    (p,) = queries.list_promises(store)
    return p


def test_promise_is_open_inside_its_window(store: Store) -> None:
    fuse.update(store, [add(store, make_call("a1", date="2025-03-18", attributes=PAUSE,
                                             published="2025-03-19"))])
    p = only_promise(store)
    assert p["status"] == "open" and p["kind"] == "refrain"
    assert (p["start"], p["end"], p["duration"]) == ("2025-03-18", "2025-04-17", "P30D")
    assert p["promiser"][0]["id"] == PUTIN.id and p["promisee"][0]["id"] == TRUMP.id
    assert queries.get_event(store, p["event"])["promises"][0]["id"] == p["id"]


def test_assault_on_scope_inside_window_breaks_it(store: Store) -> None:
    fuse.update(store, [add(store, make_call("a1", date="2025-03-18", attributes=PAUSE))])
    strike = assault("s1", "2025-03-25", "Putin ordered drones to strike energy infrastructure "
                     "in Kharkiv overnight.")
    fuse.update(store, [add(store, strike)])
    p = only_promise(store)
    assert p["status"] == "broken"
    (ev,) = p["evidence"]
    assert ev["kind"] == "breaks" and ev["date"] == "2025-03-25" and "energy" in ev["text"]


def test_assault_outside_scope_or_window_does_not_break_it(store: Store) -> None:
    fuse.update(store, [add(store, make_call("a1", date="2025-03-18", attributes=PAUSE))])
    other = assault("s1", "2025-03-25", "Putin ordered drones to strike a bridge in Kherson.")
    late = assault("s2", "2025-05-30", "Putin ordered drones to strike energy infrastructure "
                   "in Odesa.")
    fuse.update(store, [add(store, other), add(store, late)])
    p = only_promise(store)
    assert p["status"] == "kept"  # the window closed; the store covers Putin inside it
    assert p["evidence"][0]["kind"] == "window_closed"


def test_window_closing_without_coverage_expires(store: Store) -> None:
    fuse.update(store, [add(store, make_call("a1", date="2025-03-18", attributes=PAUSE,
                                             published="2025-06-01"))])
    p = only_promise(store)
    assert p["status"] == "expired" and p["evidence"][0]["date"] == "2025-04-17"


def test_promise_to_act_is_kept_by_a_matching_event(store: Store) -> None:
    talk = {"commitment": {"promiser": {"text": "Donald Trump", "actor": TRUMP.to_dict()},
                           "action": "speak with Putin about a ceasefire",
                           "deadline": "2025-06-01"}}
    fuse.update(store, [add(store, make_call("a1", date="2025-05-10", attributes=talk))])
    assert only_promise(store)["status"] == "open"
    fuse.update(store, [add(store, make_call("a2", date="2025-05-19",
                                             extra="They spoke about a ceasefire. "))])
    p = only_promise(store)
    assert p["kind"] == "do" and p["status"] == "kept"
    assert p["evidence"][0]["kind"] == "fulfils"


def test_cue_is_found_as_whole_words_first_in_order() -> None:
    """A cue phrase counts only as whole words ('held' is not in 'withheld'); of several, the
    first in sorted order is reported, wherever it stands in the text."""
    from eventwire.fuse.promises import cue_in

    cues = frozenset({"held", "remained in place"})
    assert cue_in("the truce remained in place and held", cues) == "held"
    assert cue_in("the truce remained in place", cues) == "remained in place"
    assert cue_in("aid was withheld for a week", cues) is None
    assert cue_in("it held.", cues) == "held"
    assert cue_in("", cues) is None
