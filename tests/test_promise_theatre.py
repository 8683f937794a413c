"""A promise is judged on evidence from its own story, or from another story only when that
evidence happened at the promise's place (both places known) or involves a country of the
promise's event: a truce promised for one front is neither kept nor broken by a ceasefire
or a strike on another. Coverage of the promiser after a closed window still counts
wherever it is told."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwire.fuse.promises import evaluate, same_theatre

REDLAND = {"id": "country:RDL", "name": "Redland", "country": "RDL", "kind": "state"}
ISLE = {"text": "Kora Isle", "country": "KOR"}
COAST = {"text": "Vesta Coast", "country": "VES"}
TRUCE = {"kind": "agreement", "promiser": [REDLAND["id"]], "action": None,
         "start": "2025-05-10", "content_type": "RETREAT"}
NO_STRIKES = {"kind": "pledge", "promiser": [REDLAND["id"]], "negative": True,
              "action": {"text": "halt strikes on the island"}, "start": "2025-05-10",
              "duration": "P10D"}
TALKS = {"kind": "plan", "promiser": [REDLAND["id"]], "action": {"text": "hold talks"},
         "deadline": "2025-05-15", "content_type": "CONSULT"}


def event(eid: str, etype: str, day: str, sentence: str, story: str,
          location: dict[str, Any] | None = None, commitment: dict[str, Any] | None = None,
          modality: str = "asserted") -> dict[str, Any]:
    """An event record of Redland on one day, in a story, maybe at a place."""
    return {"id": eid, "type": etype, "mode": None, "modality": modality, "date": day,
            "date_range": [day, day], "source": [REDLAND], "target": [],
            "participants": [REDLAND], "story": story, "location": location,
            "mentions": [{"article": eid, "type": etype, "sentence": {"text": sentence}}],
            "commitments": {eid + "#0": commitment} if commitment else {}}


def judge(promise: dict[str, Any], evidence: list[dict[str, Any]],
          now: str = "2025-05-12") -> tuple[str, list[dict[str, Any]]]:
    """The verdict on the promise's commitment against the evidence events."""
    c = next(iter(promise["commitments"].values()))
    return evaluate(c, promise, [promise, *evidence], dt.date.fromisoformat(now))


def truce_promise() -> dict[str, Any]:
    return event("p", "RETREAT", "2025-05-09", "Redland agreed that the truce on the island "
                 "would take effect on Saturday.", "s1", ISLE, TRUCE, "planned")


def test_a_late_ceasefire_elsewhere_does_not_break_the_truce() -> None:
    late = event("o", "RETREAT", "2025-05-10", "The Redland ceasefire on the coast began six "
                 "hours later than planned.", "s2", COAST)
    status, evidence = judge(truce_promise(), [late])
    assert status != "broken" and all(e.get("event") != "o" for e in evidence)


def test_a_late_ceasefire_in_the_promise_story_breaks_it() -> None:
    late = event("o", "RETREAT", "2025-05-10", "The Redland ceasefire began six hours later "
                 "than planned.", "s1")
    status, evidence = judge(truce_promise(), [late])
    assert status == "broken" and evidence[0]["event"] == "o"


def test_another_story_at_the_promise_place_counts() -> None:
    late = event("o", "RETREAT", "2025-05-10", "The Redland ceasefire on the island began six "
                 "hours later than planned.", "s2", {"text": "Kora Isle", "country": "KOR"})
    assert judge(truce_promise(), [late])[0] == "broken"


def test_a_strike_on_another_front_does_not_break_a_pledge_to_halt_strikes() -> None:
    pledge = event("p", "REQUEST", "2025-05-09", "Redland pledged to halt strikes on the "
                   "island for ten days.", "s1", ISLE, NO_STRIKES, "planned")
    far = event("o", "ASSAULT", "2025-05-11", "Redland jets struck the island port of the "
                "coast rebels.", "s2", COAST)
    near = event("q", "ASSAULT", "2025-05-11", "Redland jets struck the island port.", "s1")
    assert judge(pledge, [far])[0] != "broken"
    assert judge(pledge, [far, near])[0] == "broken"


def test_coverage_in_another_story_still_closes_a_window() -> None:
    plan = event("p", "CONSULT", "2025-05-09", "Redland said it would hold talks on the "
                 "island by 15 May.", "s1", ISLE, TALKS, "planned")
    later = event("o", "ASSAULT", "2025-05-20", "Redland shelled the coast.", "s2", COAST)
    status, evidence = judge(plan, [later], now="2025-05-21")
    assert status == "broken" and evidence[0]["kind"] == "window_closed"


def test_events_without_a_story_or_place_are_not_excluded() -> None:
    promise = truce_promise()
    assert same_theatre({"story": None}, promise)
    assert same_theatre({"story": "s2", "location": None}, promise)  # nothing says elsewhere
    assert same_theatre({"story": "s2", "location": {"text": "kora isle"}}, promise)
    blue = {"id": "country:BLU", "name": "Blueland", "country": "BLU", "kind": "state"}
    assert not same_theatre({"story": "s2", "participants": [blue]}, promise)
    assert same_theatre({"story": "s2", "participants": [blue, REDLAND]}, promise)
