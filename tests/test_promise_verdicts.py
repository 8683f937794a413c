"""Promise verdicts across time: only evidence after the promise took effect and inside its
window counts; 'did not happen' reports break; closed windows decide by coverage."""

from __future__ import annotations

import pytest
from fuse_helpers import PUTIN, ZELENSKY, add, assault

from eventwire import fuse
from eventwire.fuse import queries
from eventwire.fuse.promises import promisee_of
from eventwire.model import Article, EventMention, Extraction, Participant, Span
from eventwire.store import Store


def event(aid: str, etype: str, date: str, sentence: str, modality: str = "asserted",
          commitment: dict | None = None, source=PUTIN) -> Extraction:
    """One article with one event by ``source`` (named in the sentence)."""
    ex = Extraction(article=Article(id=aid, text=sentence, title=f"Report {aid}",
                                    published=date))
    name = source.name.split()[-1]
    i = sentence.index(name)
    attrs = {"commitment": commitment} if commitment else {}
    ex.events = [EventMention(etype, Span.of(sentence, i, i + len(name)),
                              Span.of(sentence, 0, len(sentence)),
                              source=[Participant(i, i + len(name), name, source)],
                              date={"value": date}, modality=modality, attributes=attrs,
                              confidence=0.8)]
    return ex


def promise(store: Store) -> dict:
    """The single promise in the store."""
    (p,) = queries.list_promises(store)
    return p


CEASEFIRE = {"kind": "agreement", "promiser": [PUTIN.id], "action": None,
             "start": "2025-03-20T04:00", "content_type": "RETREAT"}
WITHDRAW = {"kind": "plan", "promiser": [PUTIN.id],
            "action": {"start": 0, "end": 8, "text": "withdraw troops from the border"},
            "deadline": "2025-04-01", "content_type": "RETREAT"}


def test_strike_before_the_ceasefire_starts_does_not_break_it(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "RETREAT", "2025-03-18",
                                         "Putin said the ceasefire is due to take effect on "
                                         "Thursday.", "planned", CEASEFIRE))])
    fuse.update(store, [add(store, assault("s1", "2025-03-19", "Putin ordered strikes on "
                                           "the port overnight."))])
    assert promise(store)["status"] == "open"


def test_ceasefire_reported_in_force_on_its_start_day_is_kept(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "RETREAT", "2025-03-18",
                                         "Putin said the ceasefire is due to take effect on "
                                         "Thursday.", "planned", CEASEFIRE))])
    fuse.update(store, [add(store, event("k", "RETREAT", "2025-03-20",
                                         "The ceasefire declared by Putin took effect at "
                                         "dawn."))])
    p = promise(store)
    assert p["status"] == "kept"
    assert p["decided_by"]["article"] == "k" and "took effect" in p["decided_by"]["text"]


def test_ceasefire_starting_late_is_broken(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "RETREAT", "2025-03-18",
                                         "Putin said the ceasefire is due to take effect on "
                                         "Thursday.", "planned", CEASEFIRE))])
    fuse.update(store, [add(store, event("b", "RETREAT", "2025-03-20",
                                         "The ceasefire ordered by Putin began six hours "
                                         "later than planned."))])
    p = promise(store)
    assert p["status"] == "broken" and p["decided_by"]["cue"] == "later than planned"


def test_report_that_it_did_not_happen_breaks_a_promise(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "RETREAT", "2025-03-10",
                                         "Putin will withdraw troops from the border by "
                                         "April 1.", "planned", WITHDRAW))])
    fuse.update(store, [add(store, event("n", "RETREAT", "2025-03-28",
                                         "Putin said the troops would not withdraw from the "
                                         "border.", "negated"))])
    p = promise(store)
    assert p["status"] == "broken" and p["decided_by"]["kind"] == "not_done"


def test_closed_window_with_later_coverage_and_no_fulfilment_is_broken(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "RETREAT", "2025-03-10",
                                         "Putin will withdraw troops from the border by "
                                         "April 1.", "planned", WITHDRAW))])
    fuse.update(store, [add(store, assault("later", "2025-04-10", "Putin ordered strikes on "
                                           "the port overnight.", published="2025-04-10"))])
    p = promise(store)
    assert p["status"] == "broken" and p["decided_by"]["kind"] == "window_closed"


def test_fulfilment_inside_the_window_keeps_it(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "RETREAT", "2025-03-10",
                                         "Putin will withdraw troops from the border by "
                                         "April 1.", "planned", WITHDRAW))])
    fuse.update(store, [add(store, event("f", "RETREAT", "2025-03-25",
                                         "Putin withdrew the troops from the border."))])
    fuse.update(store, [add(store, assault("later", "2025-04-10", "Putin ordered strikes on "
                                           "the port overnight.", published="2025-04-10"))])
    assert promise(store)["status"] == "kept"


def test_gradual_promise_stays_open_while_its_window_runs(store: Store) -> None:
    gradual = {**WITHDRAW, "deadline": "P60D"}
    fuse.update(store, [add(store, event("p", "RETREAT", "2025-03-10",
                                         "Putin will withdraw troops over 60 days.",
                                         "planned", gradual))])
    fuse.update(store, [add(store, event("f", "RETREAT", "2025-03-25",
                                         "Putin withdrew troops from one village."))])
    assert promise(store)["status"] == "open"


def test_promise_without_promiser_or_content_is_not_shown(store: Store) -> None:
    bare = {"kind": "agreement", "promiser": [], "action": None}
    fuse.update(store, [add(store, event("p", "RETREAT", "2025-03-10",
                                         "Zelensky welcomed the ceasefire.", "asserted", bare,
                                         source=ZELENSKY))])
    nothing = {"kind": "deadline", "promiser": [ZELENSKY.id], "action": None}
    fuse.update(store, [add(store, event("q", "RETREAT", "2025-03-11",
                                         "Zelensky praised the truce.", "asserted", nothing,
                                         source=ZELENSKY))])
    assert queries.list_promises(store) == []


MONTH_DEAL = {"kind": "agreement", "promiser": [PUTIN.id], "action": None, "start": "2025-03"}


def test_promise_for_a_period_is_due_by_its_end(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "AGREE", "2025-03-12",
                                         "Putin said he wants the deal done this month.",
                                         "planned", MONTH_DEAL))])
    assert promise(store)["end"] == "2025-03-31" and promise(store)["status"] == "open"
    fuse.update(store, [add(store, assault("later", "2025-04-10", "Putin ordered strikes on "
                                           "the port overnight.", published="2025-04-10"))])
    p = promise(store)
    assert p["status"] == "broken" and p["decided_by"]["kind"] == "window_closed"


EXTENSION = {"kind": "agreement", "promiser": [PUTIN.id],
             "action": {"start": 0, "end": 10, "text": "the withdrawal deadline"},
             "deadline": "2025-04-20"}


def promise_of(store: Store, article: str) -> dict:
    """The promise made in ``article``'s event."""
    events = {e["id"]: e for e in queries.list_events(store, limit=100)}
    return next(p for p in queries.list_promises(store)
                if article in events[p["event"]]["articles"])


def test_an_extension_moves_the_deadline(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "RETREAT", "2025-03-10",
                                         "Putin will withdraw troops from the border by "
                                         "April 1.", "planned", WITHDRAW))])
    fuse.update(store, [add(store, event("x", "AGREE", "2025-03-30",
                                         "Putin agreed to extend the withdrawal deadline "
                                         "until April 20.", "asserted", EXTENSION))])
    fuse.update(store, [add(store, event("f", "RETREAT", "2025-04-10",
                                         "Putin withdrew the troops from the border."))])
    fuse.update(store, [add(store, assault("later", "2025-04-25", "Putin ordered strikes on "
                                           "the port overnight.", published="2025-04-25"))])
    p = promise_of(store, "p")
    assert p["end"] == "2025-04-20" and p["status"] == "kept"
    assert any(e["kind"] == "extended" and e["article"] == "x" for e in p["evidence"])


def test_without_an_extension_a_late_fulfilment_does_not_keep_it(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "RETREAT", "2025-03-10",
                                         "Putin will withdraw troops from the border by "
                                         "April 1.", "planned", WITHDRAW))])
    fuse.update(store, [add(store, event("f", "RETREAT", "2025-04-10",
                                         "Putin withdrew the troops from the border."))])
    assert promise_of(store, "p")["status"] == "broken"


UKRAINE_SIDE = {"id": ZELENSKY.id, "name": ZELENSKY.name, "country": "UKR", "sector": "GOV"}
TRUCE = {"kind": "agreement", "promiser": [PUTIN.id], "promisee": [UKRAINE_SIDE],
         "action": None, "start": "2025-03-20T04:00", "content_type": "RETREAT",
         "content_mode": "RETREAT/ceasefire"}


def test_late_start_of_an_agreed_truce_told_by_the_other_party_breaks_it(store: Store) -> None:
    fuse.update(store, [add(store, event("p", "RETREAT", "2025-03-18",
                                         "Putin said the ceasefire with Zelensky is due to take "
                                         "effect on Thursday.", "planned", TRUCE))])
    fuse.update(store, [add(store, event("b", "RETREAT", "2025-03-20",
                                         "The ceasefire announced by Zelensky began six hours "
                                         "later than planned.", source=ZELENSKY))])
    p = promise_of(store, "p")
    assert p["status"] == "broken" and p["decided_by"]["article"] == "b"


def test_a_plan_is_not_decided_by_a_report_naming_only_its_promisee(store: Store) -> None:
    plan = {**WITHDRAW, "promisee": [UKRAINE_SIDE]}
    fuse.update(store, [add(store, event("p", "RETREAT", "2025-03-10",
                                         "Putin will withdraw troops from the border by "
                                         "April 1.", "planned", plan))])
    fuse.update(store, [add(store, event("n", "RETREAT", "2025-03-20",
                                         "Zelensky said the withdrawal from the border came "
                                         "later than planned.", source=ZELENSKY))])
    assert promise_of(store, "p")["status"] == "open"


def test_talks_told_inside_a_record_of_another_type_fulfil_a_promise_of_talks() -> None:
    from eventwire.fuse.promises import evaluate

    who = {"id": PUTIN.id, "name": PUTIN.name, "country": "RUS", "sector": "GOV"}
    made = {"id": "e1", "type": "CONSULT", "date": "2025-03-01",
            "date_range": ["2025-03-01", "2025-03-01"], "source": [who], "participants": [who],
            "mentions": []}
    talks = {"kind": "plan", "promiser": [PUTIN.id], "content_type": "CONSULT",
             "action": {"text": "hold talks in Geneva"}, "start": "2025-03-10"}
    held = {"id": "e2", "type": "REQUEST", "modality": "asserted", "date": "2025-03-10",
            "date_range": ["2025-03-10", "2025-03-10"], "source": [who], "target": [],
            "mentions": [{"type": "REQUEST", "sentence": {"text": "Putin asked for a pause."}},
                         {"type": "CONSULT", "sentence": {"text": "Putin held talks in Geneva "
                                                                  "on Monday."}}]}
    status, evidence = evaluate(talks, made, [held], None)
    assert status == "kept" and "Geneva" in evidence[0]["text"]
    held["mentions"][1]["type"] = "REQUEST"
    assert evaluate(talks, made, [held], None)[0] == "open"


def first_promise(store: Store) -> dict:
    """The promise made in article 'p'."""
    return next(p for p in queries.list_promises(store) if p["mention"].startswith("p#"))


def reported(store: Store, *reports: tuple) -> str:
    """The status of the promise made in 'p' after adding each report, in order:
    (article id, type, day, sentence[, modality, commitment])."""
    for r in reports:
        fuse.update(store, [add(store, event(*r))])
    return first_promise(store)["status"]


PROMISED_WITHDRAWAL = ("p", "RETREAT", "2025-03-10", "Putin will withdraw troops from the "
                       "border by April 1.", "planned", WITHDRAW)
PROMISED_CEASEFIRE = ("p", "RETREAT", "2025-03-18", "Putin said the ceasefire is due to take "
                      "effect on Thursday.", "planned", CEASEFIRE)


def test_a_restated_plan_is_no_fulfilment(store: Store) -> None:
    assert reported(store, PROMISED_WITHDRAWAL,
                    ("r", "RETREAT", "2025-03-25", "Putin is to withdraw the troops from the "
                     "border.", "asserted", WITHDRAW)) == "open"
    assert reported(store, ("f", "RETREAT", "2025-03-27",
                            "Putin withdrew the troops from the border.")) == "kept"


def test_a_report_that_the_ceasefire_is_due_to_start_keeps_nothing(store: Store) -> None:
    assert reported(store, PROMISED_CEASEFIRE,
                    ("d", "RETREAT", "2025-03-20", "The ceasefire declared by Putin is due to "
                     "take effect later in the day.")) == "open"
    assert reported(store, ("k", "RETREAT", "2025-03-20",
                            "The ceasefire declared by Putin took effect at dawn.")) == "kept"


def _counted(*counts: tuple[int, str, str]) -> dict:
    return {"attributes": {"counts": [{"count": n, "of": of, "span": {"text": text}}
                                      for n, of, text in counts]}}


def test_a_smaller_count_done_is_a_shortfall_of_the_promise() -> None:
    from eventwire.fuse.promises import shortfall
    c = {"action": {"text": "will repatriate 20 Velland soldiers through the crossing"}}
    promised = _counted((20, "soldier", "20 Velland soldiers"))
    assert shortfall(c, promised, _counted((2, "soldier", "two wounded soldiers"),
                                           (18, "other", "18 others"))) == "2 of 20 soldier"
    assert shortfall(c, promised, _counted((20, "soldier", "20 soldiers"))) is None
    assert shortfall(c, promised, _counted((2, "prisoner", "two prisoners"))) is None
    assert shortfall(c, promised, {}) is None
    other = _counted((20, "soldier", "20 soldiers in the north"))  # not in the promised act
    assert shortfall(c, other, _counted((2, "soldier", "two soldiers"))) is None
    plain = {"action": "will repatriate 20 Velland soldiers"}  # an action stored as text
    assert shortfall(plain, promised, _counted((2, "soldier", "two soldiers"))) == \
        "2 of 20 soldier"


def test_a_report_of_the_promised_type_decides_before_another_mention() -> None:
    from eventwire.fuse.promises import deciding_mention
    plan = {"type": "REJECT", "modality": "asserted",
            "sentence": {"text": "Velland will repatriate 20 soldiers, as the army rejected "
                                 "the claim."}}
    done = {"type": "RETREAT", "modality": "asserted",
            "sentence": {"text": "Velland returned two soldiers but still holds 18."}}
    record = {"mentions": [plan, done]}
    assert deciding_mention(record, {"soldiers"})[1] is plan
    assert deciding_mention(record, {"soldiers"}, "RETREAT")[1] is done


@pytest.mark.parametrize("said", [
    "The withdrawal of the troops from the border ordered by Putin did not happen.",
    "The pullback of troops from the border promised by Putin never materialised.",
    "The troop withdrawal from the border announced by Putin has not taken place.",
])
def test_an_asserted_report_that_the_promised_act_did_not_happen_breaks_it(
        store: Store, said: str) -> None:
    """'The withdrawal did not happen' is told as an asserted withdrawal; its cue makes it a
    report that the promise was not carried out, not one that it was."""
    assert reported(store, PROMISED_WITHDRAWAL, ("n", "RETREAT", "2025-04-01", said)) == "broken"
    assert first_promise(store)["decided_by"]["kind"] == "not_done"


def test_the_promiser_is_not_its_own_promisee() -> None:
    arm = {"id": "country:ARM", "name": "Armenia", "country": "ARM"}
    aze = {"id": "country:AZE", "name": "Azerbaijan", "country": "AZE"}
    pledge = {"kind": "pledge", "promiser": [arm], "promisee": [arm]}
    assert promisee_of(pledge, {"target": [arm]}, [arm]) == []
    assert promisee_of({"kind": "threat"}, {"target": [aze, arm]}, [aze]) == [arm]
    deal = {"kind": "agreement", "promisee": [aze]}
    assert promisee_of(deal, {"target": []}, [arm]) == [aze]
