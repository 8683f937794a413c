"""An event's date comes from the time expression attached to it in the parse, and its
range from its own evidence: misattached date adverbs, coordinated verbs, participle
clauses and sentence frames date the event; dates of other things (a treaty's year, a
birth, a relative clause) never do; an undated past report gets the week before
publication, not the publication day."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.extract.attributes import _frame_date
from eventwire.model import Article, Extraction

PUBLISHED = "2025-06-05"  # a Thursday
TEXTS = {
    "object_adverb": "Gunmen ambushed a crowded mountain bus Tuesday in the northern valley.",
    "object_prep": "The junta, which seized power in August 2021, arrested two editors.",
    "conjunct": "Last month, a Redland court convicted the mayor and banned him from office.",
    "participle_also": "The governor, also speaking in Maralo on Monday, condemned the raid.",
    "participle": "The governor rejected the summons, telling reporters in the port on Monday "
                  "that it was unlawful.",
    "frame": "Earlier this week, Redland troops shelled a border village.",
    "frame_reported": "Earlier this week, the minister said Redland troops had shelled a village.",
    "treaty_year": "Delegates signed the 1987 border treaty on Tuesday.",
    "treaty_of": "Delegates signed the treaty of 1987.",
    "birth": "The envoy, born in 1950, protested outside the palace.",
    "relative": "Officials, who took office in 2019, protested outside the palace.",
    "undated_past": "Redland troops shelled a border village.",
    "later": "Rebels entered Maralo on March 3. Two days later, Redland troops shelled the town.",
    "undated_planned": "The foreign minister will visit Blueland.",
    "noun_participle": "The ceasefire brokered by Blueland in April ended a year of fighting.",
    "other_participle": "Rebels ambushed the convoy sent to Maralo in March.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS, PUBLISHED)



@pytest.mark.parametrize(("key", "trigger", "span", "via"), [
    ("object_adverb", "ambushed", "Tuesday", "attached"),
    ("object_prep", "seized", "August 2021", "attached"),
    ("conjunct", "banned", "Last month", "coordinated verb"),
    ("participle", "rejected", "Monday", "participle clause"),
    ("participle_also", "condemned", "Monday", "participle clause"),
    ("treaty_year", "signed", "Tuesday", "attached"),
])
def test_the_attached_time_dates_theby_trigger(results: dict[str, Extraction], key: str,
                                           trigger: str, span: str, via: str) -> None:
    date = by_trigger(results[key], trigger).date
    assert date["from"] == "text" and date["span"]["text"] == span and date["via"] == via


def test_a_participle_on_a_noun_trigger_dates_it(results: dict[str, Extraction]) -> None:
    date = by_trigger(results["noun_participle"], "ceasefire").date
    assert date["via"] == "attached" and date["value"] == "2025-04"
    assert by_trigger(results["other_participle"], "ambushed").date["from"] == "article"


def test_n_days_later_dates_the_event_from_the_reference_time(
        results: dict[str, Extraction]) -> None:
    date = by_trigger(results["later"], "shelled").date
    assert date["value"] == "2025-03-05" and date["span"]["text"] == "Two days later"
    assert date["range"] == ["2025-03-05", "2025-03-05"]


def test_a_frame_does_not_date_a_reported_clause(results: dict[str, Extraction]) -> None:
    assert by_trigger(results["frame"], "shelled").date["span"]["text"] == "Earlier this week"
    assert by_trigger(results["frame_reported"], "shelled").date["from"] == "article"


@pytest.mark.parametrize(("text", "trigger", "framed"), [
    ("Earlier this week, Redland troops shelled a village.", "shelled", True),
    ("On Monday, Redland troops shelled a village.", "shelled", True),
    ("Redland troops shelled a village earlier this week, officials said.", "shelled", False),
    ("Earlier this week, officials said Redland troops shelled a village.", "shelled", False),
])
def test_a_date_opening_the_sentence_frames_its_main_clause(text: str, trigger: str,
                                                             framed: bool) -> None:
    from eventwire.annotate.nlp import load_nlp
    from eventwire.annotate.times import extract_times

    doc = load_nlp()(text)
    ex = Extraction(article=Article(id="x", text=text, published=PUBLISHED))
    ex.times = extract_times(text, ex.article.published_date, doc)
    ctx = SimpleNamespace(ex=ex)
    tok = next(t for t in doc if t.text == trigger)
    found = _frame_date(ctx, next(iter(doc.sents)), tok)
    assert (found is not None) == framed


@pytest.mark.parametrize(("key", "trigger"), [
    ("treaty_of", "signed"), ("birth", "protested"), ("relative", "protested")])
def test_dates_of_other_things_never_date_theby_trigger(results: dict[str, Extraction], key: str,
                                                    trigger: str) -> None:
    ev = by_trigger(results[key], trigger)
    assert ev.date["from"] == "article"
    assert ev.date["range"] == ["2025-05-29", "2025-06-05"]
    assert ev.modality != "background"


def test_an_undated_past_report_gets_the_week_before_publication(
        results: dict[str, Extraction]) -> None:
    date = by_trigger(results["undated_past"], "shelled").date
    assert date["value"] == PUBLISHED and date["from"] == "article"
    assert date["range"] == ["2025-05-29", "2025-06-05"] and date["range_from"] == "tense:past"


def test_an_undated_plan_gets_the_fortnight_after_publication(
        results: dict[str, Extraction]) -> None:
    ev = next(e for e in results["undated_planned"].events if e.modality == "planned")
    assert ev.date["range"] == ["2025-06-05", "2025-06-19"]
    assert ev.date["range_from"] == "tense:planned"


def test_an_attached_date_gives_its_own_range(results: dict[str, Extraction]) -> None:
    date = by_trigger(results["object_prep"], "seized").date
    assert date["range"] == ["2021-08-01", "2021-08-31"]
    assert date["range_from"] == "time_expression"
