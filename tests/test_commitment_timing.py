"""Time phrases that are not commitments or durations, and promise verdicts by the promised
day: a deadline phrase under a verb in the past tense dates what happened; a distance in
time from another event is no duration; a plan's weekday moves with its event's range
(a week ahead when resolved to the past); an event that ended before the promised start is
not what was promised."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.fuse.promises import evaluate
from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

TEXTS = {
    "past_before": "An air strike flattened a tower in the capital before dawn on Saturday.",
    "past_within": "The army withdrew its troops from the two villages within three days.",
    "future_within": "Under the plan, the army withdraws its troops from the villages within "
                     "three days.",
    "decide_within": "The minister said he could decide on new tariffs on steel within two "
                     "weeks.",
    "would_meet": "An official said the envoy would meet the prime minister on Thursday.",
    "will_meet": "The envoy will meet the prime minister on Monday.",
    "offset": "The raid came two days after the envoy met the prime minister in the capital.",
    "lasting": "The envoy met the prime minister for two hours in the capital.",
}


@pytest.fixture(scope="module")
def runs() -> dict[str, Extraction]:
    arts = [Article(id=k, text=v, published="2025-03-05", published_from="input")
            for k, v in TEXTS.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


def commitments(ex: Extraction) -> list[dict]:
    return [e.attributes["commitment"] for e in ex.events if "commitment" in e.attributes]


def test_a_deadline_phrase_under_a_past_verb_is_no_commitment(runs) -> None:
    assert not [c for c in commitments(runs["past_before"]) if c["kind"] == "deadline"]
    assert not [c for c in commitments(runs["past_within"]) if c["kind"] == "deadline"]


def test_a_deadline_on_a_stated_action_carries_its_type(runs) -> None:
    # a plan's term is planned: its commitment is the plan, with the deadline
    found = [c for c in commitments(runs["future_within"]) if c["kind"] in ("deadline", "plan")]
    assert found and found[0]["deadline"] == "P3D"
    assert found[0]["content_type"] == "RETREAT"
    other = [c for c in commitments(runs["decide_within"]) if c["kind"] == "deadline"]
    assert other and other[0]["deadline"] == "P2W" and other[0]["content_type"] is None


def test_a_planned_weekday_resolved_to_the_past_starts_the_week_after(runs) -> None:
    # published on Wednesday 5 March: 'on Thursday' of a plan is 6 March, not 27 February
    assert {c["start"] for c in commitments(runs["would_meet"])} == {"2025-03-06"}
    assert {c["start"] for c in commitments(runs["will_meet"])} == {"2025-03-10"}


def durations(ex: Extraction, etype: str) -> list:
    return [e.attributes.get("duration") for e in ex.events if e.type == etype]


def test_a_distance_from_another_event_is_no_duration(runs) -> None:
    assert durations(runs["offset"], "CONSULT") == [None]
    (lasting,) = durations(runs["lasting"], "CONSULT")
    assert lasting and lasting["value"] == "PT2H"


WHO = {"id": "Q1", "name": "Amos Envoy", "country": "USA", "sector": "GOV"}
MADE = {"id": "e1", "type": "CONSULT", "date": "2025-03-05",
        "date_range": ["2025-03-05", "2025-03-05"], "source": [WHO], "participants": [WHO],
        "mentions": [{"article": "a1", "type": "CONSULT", "modality": "planned",
                      "sentence": {"text": "The envoy would meet the premier on Monday."}}]}
PLAN = {"kind": "plan", "promiser": ["Q1"], "content_type": "CONSULT",
        "action": {"text": "meet the premier on Monday"}, "start": "2025-03-10"}


def meeting(day: str) -> dict:
    """A meeting of the promiser on ``day``, reported by another article."""
    return {"id": "e2", "type": "CONSULT", "modality": "asserted", "date": day,
            "date_range": [day, day], "source": [WHO], "target": [],
            "mentions": [{"article": "a2", "type": "CONSULT", "modality": "asserted",
                          "sentence": {"text": "The envoy met the premier."}}]}


def test_an_event_before_the_promised_day_does_not_keep_a_plan() -> None:
    assert evaluate(PLAN, MADE, [meeting("2025-03-07")], None)[0] == "open"
    assert evaluate(PLAN, MADE, [meeting("2025-03-10")], None)[0] == "kept"


def own_record(day: str, said: str = "The envoy met the premier on Monday.",
               article: str = "a2") -> dict:
    """The plan's own record after another article's report of the meeting joined it."""
    return {**MADE, "date": day, "date_range": [day, day], "date_from": "text",
            "mentions": MADE["mentions"] + [{"article": article, "type": "CONSULT",
                                             "modality": "asserted",
                                             "sentence": {"text": said}}]}


def test_a_plan_merged_with_another_report_that_it_happened_is_kept() -> None:
    status, evidence = evaluate(PLAN, own_record("2025-03-10"), [], None, "a1")
    assert status == "kept" and evidence[0]["article"] == "a2"


def test_a_plan_merged_only_with_its_own_article_or_an_earlier_day_stays_open() -> None:
    assert evaluate(PLAN, own_record("2025-03-10", article="a1"), [], None, "a1")[0] == "open"
    assert evaluate(PLAN, own_record("2025-03-07"), [], None, "a1")[0] == "open"
    failed = own_record("2025-03-10", "The envoy failed to meet the premier on Monday.")
    assert evaluate(PLAN, failed, [], None, "a1")[0] != "kept"
    over_weeks = {**PLAN, "duration": "P2W"}
    assert evaluate(over_weeks, own_record("2025-03-10"), [], None, "a1")[0] == "open"


def test_a_plan_restated_in_another_record_does_not_keep_it() -> None:
    restated = meeting("2025-03-10")
    restated["mentions"][0].update(modality="planned", sentence={
        "text": "The envoy is to meet the premier on Monday."})
    assert evaluate(PLAN, MADE, [restated], None)[0] == "open"


def test_an_extension_moves_a_deadline_but_not_the_day_of_a_plan() -> None:
    moved = {"id": "e3", "type": "AGREE", "modality": "asserted", "date": "2025-03-12",
             "date_range": ["2025-03-12", "2025-03-12"], "source": [WHO], "target": [],
             "mentions": [{"article": "a3", "type": "AGREE", "modality": "asserted",
                           "sentence": {"text": "The envoy said the premier meeting was "
                                                "extended until 30 March."}}],
             "commitments": {"a3#0": {"kind": "agreement", "deadline": "2025-03-30"}}}
    later = meeting("2025-03-20")
    later["mentions"][0]["sentence"]["text"] = "The envoy met the premier again."
    by_day = evaluate(PLAN, MADE, [moved, later], dt.date(2025, 4, 1))
    assert not any(e["kind"] == "extended" for e in by_day[1])
    due = {**PLAN, "start": None, "deadline": "2025-03-15"}
    by_deadline = evaluate(due, MADE, [moved, later], dt.date(2025, 4, 1))
    assert any(e["kind"] == "extended" for e in by_deadline[1])


def test_a_plan_for_a_day_without_any_report_of_it_expires_not_breaks() -> None:
    other = meeting("2025-03-20")
    other["type"] = other["mentions"][0]["type"] = "ASSAULT"
    other["mentions"][0]["sentence"]["text"] = "The envoy's guards fired at a car."
    assert evaluate(PLAN, MADE, [other], dt.date(2025, 4, 1))[0] == "expired"
    due = {**PLAN, "deadline": "2025-03-12"}
    assert evaluate(due, MADE, [other], dt.date(2025, 4, 1))[0] == "broken"
