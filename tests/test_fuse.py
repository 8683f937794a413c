"""Fusion: stories, merge and no-merge of events, conflicts, incremental stable ids."""

from __future__ import annotations

from fuse_helpers import PUTIN, ZELENSKY, add, make_call

from eventwire import fuse
from eventwire.fuse import queries
from eventwire.store import Store


def events_by_article(store: Store) -> dict[str, str]:
    """article id -> event id (one event mention per test article)."""
    return {a: e["id"] for e in queries.list_events(store) for a in e["articles"]}


def flag_kinds(event: dict) -> set[str]:
    """Kinds of an event's flags."""
    return {f["kind"] for f in event["flags"]}


def test_same_dated_call_with_opposite_outcomes_is_one_event_with_conflict(store: Store) -> None:
    a = add(store, make_call("a1", date="2025-03-18", outcome="productive, agreement reached",
                             agreement=True))
    b = add(store, make_call("a2", date="2025-03-18", outcome="no agreement", agreement=False))
    fuse.update(store, [a, b])
    events = queries.list_events(store)
    assert len(events) == 1
    ev = events[0]
    assert ev["articles"] == ["a1", "a2"] and ev["n_sources"] == 2
    assert {"outcome_conflict", "agreement_conflict"} <= flag_kinds(ev)
    outcome = next(f for f in ev["flags"] if f["kind"] == "outcome_conflict")
    assert sorted(a for v in outcome["values"] for a in v["articles"]) == ["a1", "a2"]
    assert all(v["spans"] for v in outcome["values"])
    assert ev["date"] == "2025-03-18" and ev["date_range"] == ["2025-03-18", "2025-03-18"]


def test_same_outcome_is_no_conflict(store: Store) -> None:
    a = add(store, make_call("a1", date="2025-03-18", outcome="productive"))
    b = add(store, make_call("a2", date="2025-03-18", outcome="constructive progress"))
    fuse.update(store, [a, b])
    (ev,) = queries.list_events(store)
    assert "outcome_conflict" not in flag_kinds(ev)


def test_calls_on_different_days_stay_apart(store: Store) -> None:
    a = add(store, make_call("a1", date="2025-03-18"))
    b = add(store, make_call("a2", date="2025-06-04"))
    fuse.update(store, [a, b])
    by_article = events_by_article(store)
    assert by_article["a1"] != by_article["a2"]


def test_undated_calls_in_different_articles_are_possibly_the_same(store: Store) -> None:
    a = add(store, make_call("a1", date=None))
    b = add(store, make_call("a2", date=None))
    fuse.update(store, [a, b])
    events = queries.list_events(store)
    assert len(events) == 2
    links = {e["id"]: e["possibly_same"] for e in events}
    e1, e2 = sorted(links)
    assert links[e1][0]["event"] == e2 and 0 < links[e1][0]["score"] <= 1
    assert links[e2][0]["event"] == e1


def test_planned_call_does_not_merge_with_past_call_without_dates(store: Store) -> None:
    a = add(store, make_call("a1", date="2025-03-18"))
    b = add(store, make_call("a2", date=None, modality="planned"))
    fuse.update(store, [a, b])
    assert len(queries.list_events(store)) == 2


def test_planned_and_held_call_with_same_precise_date_merge(store: Store) -> None:
    a = add(store, make_call("a1", date="2025-05-19", modality="planned"))
    b = add(store, make_call("a2", date="2025-05-19"))
    fuse.update(store, [a, b])
    (ev,) = queries.list_events(store)
    assert ev["modality"] in ("asserted", "planned") and ev["n_sources"] == 2


def test_different_participants_do_not_merge(store: Store) -> None:
    a = add(store, make_call("a1", date="2025-03-18"))
    b = add(store, make_call("a2", date="2025-03-18", target=ZELENSKY))
    fuse.update(store, [a, b])
    assert len(queries.list_events(store)) == 2


def test_month_only_dates_are_not_enough_to_merge(store: Store) -> None:
    a = add(store, make_call("a1", date="2025-03"))
    b = add(store, make_call("a2", date="2025-03"))
    fuse.update(store, [a, b])
    events = queries.list_events(store)
    assert len(events) == 2
    assert events[0]["possibly_same"] and events[0]["date_range"] == ["2025-03-01", "2025-03-31"]


PLEDGE = {"commitment": {"promiser": {"text": "Vladimir Putin", "actor": PUTIN.to_dict()},
                         "action": "refrain from attacks on energy infrastructure",
                         "scope": "energy infrastructure", "duration": "P30D"}}


def test_shared_commitment_merges_and_flags_date_conflict(store: Store) -> None:
    a = add(store, make_call("a1", date="2025-03-18", attributes=PLEDGE))
    b = add(store, make_call("a2", date="2023-06", attributes=PLEDGE, date_text="in June 2023"))
    fuse.update(store, [a, b])
    (ev,) = queries.list_events(store)
    assert "date_conflict" in flag_kinds(ev)
    assert ev["date"] == "2025-03-18"
    values = {v["value"] for f in ev["flags"] if f["kind"] == "date_conflict" for v in f["values"]}
    assert values == {"2025-03-18", "2023-06"}
    assert {e["value"] for e in ev["date_evidence"]} == {"2025-03-18", "2023-06"}


def test_number_duration_and_participant_conflicts(store: Store) -> None:
    a = add(store, make_call("a1", date="2025-06-04", attributes={"minutes": 75,
                                                                 "duration": "PT75M"}))
    b = add(store, make_call("a2", date="2025-06-04", attributes={"minutes": 90,
                                                                 "duration": "PT90M"}))
    fuse.update(store, [a, b])
    (ev,) = queries.list_events(store)
    assert "duration_conflict" in flag_kinds(ev)
    ev2 = {"kind": "number", "value": {"value": 41, "what": "aircraft"}}
    from eventwire.fuse.conflicts import claim_conflicts
    claims = [{**ev2, "article": "x", "span": None},
              {"kind": "number", "value": {"value": 40, "what": "aircraft"}, "article": "y",
               "span": None}]
    assert [f["kind"] for f in claim_conflicts(claims)] == ["number_conflict"]


def test_participant_conflict_when_merged_by_content(store: Store) -> None:
    from eventwire.fuse.conflicts import participant_conflicts
    from eventwire.fuse.mentions import make_mention

    one = make_call("a1", date="2025-03-18").to_dict()["events"][0]
    two = make_call("a2", date="2025-03-18", target=ZELENSKY).to_dict()["events"][0]
    ms = [make_mention(f"{a}#0", {"id": a}, ev, None) for a, ev in (("a1", one), ("a2", two))]
    (flag,) = participant_conflicts(ms)
    assert flag["kind"] == "participant_conflict" and len(flag["values"]) == 2


def test_incremental_update_keeps_ids_and_joins_existing(store: Store) -> None:
    a = add(store, make_call("a1", date="2025-03-18", outcome="productive"))
    b = add(store, make_call("a2", date="2025-06-04"))
    first = fuse.update(store, [a, b])
    before = {e["id"]: e["articles"] for e in queries.list_events(store)}
    stories_before = [s["id"] for s in queries.list_stories(store)]
    c = add(store, make_call("a3", date="2025-03-18", outcome="no progress"))
    second = fuse.update(store, [c])
    after = {e["id"]: e["articles"] for e in queries.list_events(store)}
    assert set(before) <= set(after)
    ev = next(e for e, arts in before.items() if arts == ["a1"])
    assert after[ev] == ["a1", "a3"]
    assert first["events_new"] and not second["events_new"] and ev in second["events_updated"]
    stories_after = queries.list_stories(store)
    assert [s["id"] for s in stories_after][: len(stories_before)] == stories_before
    assert "a3" in stories_after[0]["articles"]
    assert fuse.update(store, [c])["articles"] == 0  # already fused: nothing happens


def test_rebuild_gives_the_same_ids(store: Store) -> None:
    ids = [add(store, make_call(f"a{i}", date=d)) for i, d in
           enumerate(["2025-03-18", "2025-06-04", "2025-03-18"])]
    fuse.update(store, ids[:2])
    fuse.update(store, ids[2:])
    before = {e["id"]: e["articles"] for e in queries.list_events(store)}
    fuse.rebuild(store)
    assert {e["id"]: e["articles"] for e in queries.list_events(store)} == before


def test_near_duplicate_joins_story_and_counts_once(store: Store) -> None:
    a = add(store, make_call("a1", date="2025-03-18"))
    b = add(store, make_call("a2", date="2025-03-18"), duplicate_of="a1")
    fuse.update(store, [a, b])
    (ev,) = queries.list_events(store)
    assert ev["articles"] == ["a1", "a2"] and ev["n_sources"] == 1
    (story,) = queries.list_stories(store)
    assert story["articles"] == ["a1", "a2"]


UNRELATED = ("Heavy rain flooded the harbour district of Lisbon overnight, and firefighters "
             "pumped water from basements near the fish market while the port stayed closed.")


def test_unrelated_article_opens_its_own_story(store: Store) -> None:
    from eventwire.model import Article, Extraction

    a = add(store, make_call("a1", date="2025-03-18"))
    b = add(store, make_call("a2", date="2025-03-18"))
    c = add(store, Extraction(article=Article(id="flood", text=UNRELATED, title="Floods")))
    fuse.update(store, [a, b, c])
    stories = queries.list_stories(store)
    assert sorted(len(s["articles"]) for s in stories) == [1, 2]
    call_story = next(s for s in stories if "a1" in s["articles"])
    assert call_story["title"] and call_story["summary"]
    assert all(x["article"] in ("a1", "a2") for x in call_story["summary"])
    first = call_story["summary"][0]
    assert store.article(first["article"])["text"][first["start"]: first["end"]] == first["text"]
    assert call_story["events"] and call_story["date_range"] == ["2025-03-18", "2025-03-18"]


def test_recent_call_dated_years_before_the_others_is_flagged(store: Store) -> None:
    text = ("Donald Trump spoke with Vladimir Putin by phone in June 2023, in their recent call. "
            "The White House said the call was long. Officials discussed the war.")
    old = add(store, make_call("a1", date="2023-06", date_text="in June 2023", text=text))
    new = add(store, make_call("a2", date="2025-03-18"))
    fuse.update(store, [old, new])
    by_article = events_by_article(store)
    flagged = queries.get_event(store, by_article["a1"])
    assert "date_outlier" in flag_kinds(flagged)
    assert "date_outlier" not in flag_kinds(queries.get_event(store, by_article["a2"]))


def test_summary_sentences_keep_abbreviations_whole() -> None:
    from eventwire.fuse.summary import sentences

    text = "Former U.S. President Trump met Mr. Putin in Helsinki. Talks ended early! Bullet |"
    assert [text[a:b] for a, b in sentences(text)] == [
        "Former U.S. President Trump met Mr. Putin in Helsinki.", "Talks ended early!"]


def test_bcubed_scores() -> None:
    from eventwire.evaluation.ecbplus import bcubed

    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    assert bcubed(gold, {"a": 1, "b": 1, "c": 2, "d": 2})["f1"] == 1.0
    lumped = bcubed(gold, {"a": 1, "b": 1, "c": 1, "d": 1})
    assert lumped["recall"] == 1.0 and lumped["precision"] == 0.5
    split = bcubed(gold, {"a": 1, "b": 2, "c": 3, "d": 4})
    assert split["precision"] == 1.0 and split["recall"] == 0.5
