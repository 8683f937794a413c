"""Which time expression dates which event: "when" clauses share the time of the clause
they describe, a relative clause keeps its own time, a stated interval dates a background
event ("a week after EVENT")."""

from __future__ import annotations

from typing import Any

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.fuse.dates import mention_range
from eventwire.model import EventMention, Extraction

PUBLISHED = "2025-06-05"  # a Thursday
TEXTS = {
    "when_date": "The talks collapsed in late May, when Israeli jets bombed a school in Gaza.",
    "when_verb": "Tensions flared on Monday, when Thai troops shelled a Cambodian village.",
    "when_noun": "Tensions have stayed high since the April war, when Redland jets bombed "
                 "the Blueland airport.",
    "when_noun_in": "Tensions have stayed high since the war in April, when Redland jets "
                    "bombed the Blueland airport.",
    "relative": "Russia, which has backed Syria since 2023, agreed to a ceasefire in November.",
    "no_when": "Israeli jets bombed a school in Gaza.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS, PUBLISHED)



def _range(ev: EventMention) -> list[str]:
    """The mention's day range as fusion derives it."""
    return mention_range(ev.to_dict(), PUBLISHED)["range"]


def test_when_clause_on_a_date_takes_that_date(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["when_date"], "bombed")
    assert ev.date.get("from") == "text" and ev.date["span"]["text"] == "May"
    assert _range(ev) == ["2025-05-16", "2025-05-31"]  # "late May": its second half


def test_when_clause_on_a_verb_takes_the_verb_date(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["when_verb"], "shelled")
    assert ev.date["span"]["text"] == "Monday"
    assert _range(ev) == ["2025-06-02", "2025-06-02"]


@pytest.mark.parametrize("key", ["when_noun", "when_noun_in"])
def test_when_clause_on_a_dated_noun_takes_its_date(results: dict[str, Extraction], key: str):
    """'since the April war, when jets bombed ...': the bombing was in April, not in the
    period since then."""
    ev = by_trigger(results[key], "bombed")
    assert ev.date.get("via") == "when-clause" and ev.date["span"]["text"] == "April"
    assert _range(ev) == ["2025-04-01", "2025-04-30"]


def test_without_when_clause_the_past_week_bounds_theby_trigger(
        results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["no_when"], "bombed")
    assert ev.date.get("from") == "article"
    assert _range(ev) == ["2025-05-29", "2025-06-05"]


def test_each_clause_keeps_its_own_time(results: dict[str, Extraction]) -> None:
    backed = by_trigger(results["relative"], "backed")
    agreed = by_trigger(results["relative"], "agreed")
    assert backed.date["span"]["text"] == "2023"
    assert agreed.date["span"]["text"] == "November"


def _after(text: str, day: str, value: str, trigger: str) -> dict[str, Any]:
    """A mention without its own time whose sentence names ``day`` before ``trigger``."""
    at = text.index(day)
    return {"type": "ASSAULT", "modality": "asserted", "sentence": {"text": text, "start": 0},
            "trigger": {"start": text.index(trigger), "text": trigger},
            "date": {"value": PUBLISHED, "from": "article"},
            "claims": [{"kind": "date", "value": value,
                        "span": {"start": at, "end": at + len(day), "text": day}}]}


@pytest.mark.parametrize(("text", "expected"), [
    ("India struck camps on Wednesday, a day after militants killed 26 people.",
     ["2025-06-03", "2025-06-03"]),
    ("India struck camps on Wednesday, two weeks after militants killed 26 people.",
     ["2025-05-21", "2025-05-21"]),
    ("India struck camps on Wednesday, 3 days after militants killed 26 people.",
     ["2025-06-01", "2025-06-01"]),
])
def test_stated_interval_dates_the_earlierby_trigger(text: str, expected: list[str]) -> None:
    r = mention_range(_after(text, "Wednesday", "2025-06-04", "killed"), PUBLISHED)
    assert r["range"] == expected and r["from"] == "offset:after"


def test_interval_before_an_event_dates_it_later() -> None:
    text = "Talks opened on Monday, two days before troops withdrew from the pass."
    r = mention_range(_after(text, "Monday", "2025-06-02", "withdrew"), PUBLISHED)
    assert r["range"] == ["2025-06-04", "2025-06-04"] and r["from"] == "offset:before"


def test_after_without_interval_only_bounds_theby_trigger() -> None:
    text = "Police arrested ten people on Friday after the crowd attacked a station."
    r = mention_range(_after(text, "Friday", "2025-05-30", "attacked"), PUBLISHED)
    assert r["range"] == ["2025-05-23", "2025-05-30"] and r["from"] == "tense:before-date"


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str],
         lemmas: list[str] | None = None) -> Any:
    """A parsed sentence built by hand (heads as absolute indices)."""
    import spacy
    from spacy.tokens import Doc
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas or [w.lower() for w in words])


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "attached"), [
    # "seized a boat with six crew on board on Saturday": the day hung on "crew"
    ("Guards seized a boat with six crew on board on Saturday".split(),
     [1, 1, 3, 1, 3, 6, 4, 6, 7, 6, 9],
     ["nsubj", "ROOT", "det", "dobj", "prep", "nummod", "pobj", "prep", "pobj", "prep", "pobj"],
     ["NOUN", "VERB", "DET", "NOUN", "ADP", "NUM", "NOUN", "ADP", "NOUN", "ADP", "PROPN"], True),
    # "attacked a convoy of aid trucks on Friday": the day hung on "trucks"
    ("Rebels attacked a convoy of aid trucks on Friday".split(),
     [1, 1, 3, 1, 3, 6, 4, 6, 7],
     ["nsubj", "ROOT", "det", "dobj", "prep", "compound", "pobj", "prep", "pobj"],
     ["NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "NOUN", "ADP", "PROPN"], True),
    # "welcomed the outcome of the talks on Monday": the talks have a day of their own
    ("Ministers welcomed the outcome of the talks on Monday".split(),
     [1, 1, 3, 1, 3, 6, 4, 6, 7],
     ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj"],
     ["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN"], False),
    # the day of a noun under the subject is no date of the verb
    ("Crews of boats on Monday left".split(),
     [5, 0, 1, 2, 3, 5],
     ["nsubj", "prep", "pobj", "prep", "pobj", "ROOT"],
     ["NOUN", "ADP", "NOUN", "ADP", "PROPN", "VERB"], False),
])
def test_date_hung_on_a_noun_of_the_object_dates_the_verb(
        words: list[str], heads: list[int], deps: list[str], pos: list[str],
        attached: bool) -> None:
    from eventwire.extract.attributes import _attached_to
    doc = _doc(words, heads, deps, pos)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    day = doc[len(words) - 1] if deps[-1] == "pobj" else doc[4]
    assert _attached_to(day, {verb.i}) is attached


def test_seizure_dated_by_the_day_after_its_object_phrase() -> None:
    text = ("Redland border forces seized a second Blueland fishing boat, the Aster, with six "
            "crew on board on Saturday, Blueland's foreign ministry said, hours after accusing "
            "a Redland patrol boat of firing on its inspectors.")
    ex = run_texts({"boat": text}, PUBLISHED)["boat"]
    ev = by_trigger(ex, "seized")
    assert ev.date.get("from") == "text" and ev.date["value"] == "2025-05-31"
