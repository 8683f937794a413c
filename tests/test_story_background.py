"""Story background: a record dated by its text more than a month before its story's first
report is written as background; one of the story's own days stays asserted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from fuse_helpers import ingested_records, told_with
from sqlalchemy import insert

from eventwire.fuse.background import (
    RECOUNTED_DAYS,
    STORY_BACKGROUND_DAYS,
    before_story,
    definite,
    foreign_background,
    in_passing,
    mention_countries,
    paragraph_anchors,
    paragraph_background,
    story_countries,
)
from eventwire.store import fuse_tables as ft

FIRST = dt.date(2025, 7, 25)


def record(end: str, modality: str = "asserted", date_from: str = "text") -> dict[str, Any]:
    return {"modality": modality, "date_from": date_from, "date_range": ["2025-01-01", end]}


def test_only_an_asserted_record_dated_by_its_text_well_before_the_story_is_background():
    old = (FIRST - dt.timedelta(days=STORY_BACKGROUND_DAYS + 1)).isoformat()
    near = (FIRST - dt.timedelta(days=STORY_BACKGROUND_DAYS)).isoformat()
    assert before_story(record(old), FIRST)
    assert not before_story(record(near), FIRST)
    assert not before_story(record(old, modality="planned"), FIRST)
    assert not before_story(record(old, date_from="publication"), FIRST)
    assert not before_story(record(old), None)


def told(dep: str, tag: str) -> dict[str, Any]:
    return {"attributes": {"trigger_info": {"dep": dep, "tag": tag}}}


def test_an_event_only_recounted_in_passing_is_background_a_week_before_the_story():
    """'a day after militants killed 26 people' (advcl), 'since the war in June' (pobj):
    recounted; 'Hochstein sat down with Netanyahu' (ROOT), 'clashes erupted' (nominal
    subject): reported."""
    assert in_passing(told("advcl", "VBD")) and in_passing(told("pobj", "NN"))
    assert not in_passing(told("ROOT", "VBD")) and not in_passing(told("nsubj", "NNS"))
    assert not in_passing({"attributes": {}})
    week = (FIRST - dt.timedelta(days=RECOUNTED_DAYS + 1)).isoformat()
    assert before_story(record(week), FIRST, [told("advcl", "VBD"), told("pobj", "NN")])
    assert not before_story(record(week), FIRST, [told("advcl", "VBD"), told("ROOT", "VBD")])
    assert not before_story(record(week), FIRST)
    days = (FIRST - dt.timedelta(days=RECOUNTED_DAYS)).isoformat()
    assert not before_story(record(days), FIRST, [told("advcl", "VBD")])


def test_a_war_months_before_the_story_is_its_background(cli: Any, tmp_path: Path):
    texts = [
        ("2025-07-25T09:00:00+00:00",
         "Redland and Blueland troops clashed along the border on Thursday, killing 12 "
         "soldiers, officials said."),
        ("2025-07-26T09:00:00+00:00",
         "Redland and Blueland troops clashed again along the border on Friday. Redland and "
         "Blueland fought a short war in April, when Redland jets bombed the Blueland capital."),
    ]
    rows = ingested_records(cli, tmp_path, texts, prefix="background", title="Border clashes",
                            slug="border")
    bombed, clashed = told_with(rows, "bombed"), told_with(rows, "clashed")
    assert bombed and all(r["modality"] == "background" for r in bombed)
    assert bombed[0]["attributes"]["story_first_report"] == "2025-07-25"
    assert clashed and all(r["modality"] == "asserted" for r in clashed)


def foreign(end: str, *countries: str) -> dict[str, Any]:
    return {**record(end), "participants": [{"name": c, "country": c} for c in countries]}


def noun(sentence: str, word: str, dep: str = "pobj") -> dict[str, Any]:
    start = 100 + sentence.index(word)
    return {"sentence": {"start": 100, "text": sentence},
            "trigger": {"start": start, "end": start + len(word), "text": word},
            "attributes": {"trigger_info": {"dep": dep, "tag": "NN"}}}


def test_a_definite_noun_names_an_event_the_reader_knows():
    assert definite(noun("The June Redland-Greenland ceasefire still holds.", "ceasefire",
                         "nsubj"))
    assert not definite(noun("A ceasefire was agreed on Monday.", "ceasefire", "nsubj"))


def test_an_event_of_other_countries_told_back_before_its_report_is_background():
    """'the June Redland-Greenland ceasefire' recounted in a Blueland-Yellowland story, a
    week before it starts: background; the story's own countries, or one dated after the
    article that reports it, are not."""
    own = frozenset({"BLU", "YEL"})
    day = [dt.date(2025, 7, 25)]
    told_back = [noun("Officials cited the June Redland-Greenland ceasefire as a model.",
                      "ceasefire", "dobj")]
    june = "2025-06-24"
    assert foreign_background(foreign(june, "RED", "GRE"), FIRST, own, told_back, day)
    assert not foreign_background(foreign(june, "RED", "BLU"), FIRST, own, told_back, day)
    assert not foreign_background(foreign(june, "RED"), FIRST, frozenset(), told_back, day)
    assert not foreign_background(foreign("2025-07-25", "RED"), FIRST, own, told_back, day)
    news = [noun("Redland and Greenland signed a ceasefire on June 24.", "signed", "ROOT")]
    news[0]["attributes"]["trigger_info"]["tag"] = "VBD"
    assert not foreign_background(foreign(june, "RED", "GRE"), FIRST, own, news, day)


def test_a_mediator_acting_inside_the_story_is_not_background():
    """A Redland envoy's talks dated inside the story's coverage, before the article that
    reports them ('the talks in Redland on Monday'), stay asserted unless every report
    recounts them in passing."""
    own = frozenset({"BLU", "YEL"})
    day = [dt.date(2025, 7, 30)]
    monday = "2025-07-28"
    talks = [noun("The talks hosted by Redland on Monday ended without a deal.", "talks",
                  "nsubj")]
    assert not foreign_background(foreign(monday, "RED"), FIRST, own, talks, day)
    recounted = [noun("A day after the talks hosted by Redland, fighting resumed.", "talks")]
    assert foreign_background(foreign(monday, "RED"), FIRST, own, recounted, day)


def test_a_story_has_the_countries_of_a_quarter_of_its_records(store: Any):
    """Blueland in every record of the story, Yellowland in two of eight (with one not
    stored yet), Redland in one: the story's own countries are Blueland and Yellowland; a
    story of too few records has none."""
    stored = {1: ["BLU", "YEL"], 2: ["BLU", "RED"], **{i: ["BLU"] for i in range(3, 8)}, 8: ["YEL"]}
    with store.begin() as conn:
        for seq, countries in stored.items():
            story = "s2" if seq == 8 else "s1"
            conn.execute(insert(ft.events).values(
                id=f"e{seq}", seq=seq, story_id=story, type="FIGHT", modality="asserted",
                data={}, n_sources=1, updated_at="t"))
            for pos, country in enumerate(countries):
                conn.execute(insert(ft.event_actors).values(
                    event_id=f"e{seq}", position=pos, event_seq=seq, type="FIGHT",
                    modality="asserted", country=country, role="source", ref={}))
        own = story_countries(conn, {"s1", "s2"}, [("s1", frozenset({"YEL"}))])
    assert own == {"s1": frozenset({"BLU", "YEL"}), "s2": frozenset()}
    assert mention_countries([{"source": [{"actor": {"country": "red"}}],
                               "target": [{"text": "troops"}]}]) == frozenset({"RED"})


def test_a_ceasefire_of_other_countries_recounted_in_a_border_story_is_background(
        cli: Any, tmp_path: Path):
    """'the September 8 ceasefire between India and Pakistan', two days before a Peru-Ecuador
    story starts, is its background; Brazil condemning the fighting inside the story's
    coverage is reported news and stays asserted."""
    texts = [
        ("2025-09-10T09:00:00+00:00",
         "Peruvian and Ecuadorian troops clashed along the border on Wednesday, killing four "
         "soldiers. Peru accused Ecuador of shelling a border post. Ecuador denied the charge "
         "and accused Peru of an incursion."),
        ("2025-09-11T09:00:00+00:00",
         "Peruvian and Ecuadorian troops clashed again along the border on Thursday. Peru's "
         "president met Ecuador's foreign minister in Lima on Thursday. Ecuador recalled its "
         "ambassador from Peru. Diplomats pointed to the September 8 ceasefire between India "
         "and Pakistan as a model for the talks."),
        ("2025-09-12T09:00:00+00:00",
         "Peru and Ecuador agreed on Friday to hold talks. Peruvian troops withdrew from the "
         "border post on Friday, Ecuador said. Brazil condemned the fighting on Thursday, "
         "officials said."),
    ]
    rows = ingested_records(cli, tmp_path, texts, prefix="foreign",
                            title="Peru Ecuador border clashes", slug="peru")

    def by_trigger(word: str) -> list[dict[str, Any]]:
        return told_with(rows, word)

    assert by_trigger("ceasefire") and all(r["modality"] == "background"
                                           for r in by_trigger("ceasefire"))
    assert by_trigger("condemned") and all(r["modality"] == "asserted"
                                           for r in by_trigger("condemned"))
    assert all(r["modality"] == "asserted" for r in by_trigger("clashed"))


PARAGRAPH = ("The war began on June 13, when Redland launched strikes on Blueland. Redland "
             "bombed three sites on June 22, before a ceasefire took effect on June 24.")


def event(word: str, day: str | None, dep: str, tag: str, modality: str = "asserted",
          text: str = PARAGRAPH, base: int = 100) -> dict[str, Any]:
    """An extracted event of ``text`` (a paragraph at offset ``base``) told by ``word``."""
    at = text.index(word)
    sent = max(text.rfind(". ", 0, at) + 2, 0) if text.rfind(". ", 0, at) >= 0 else 0
    return {"trigger": {"start": base + at, "end": base + at + len(word), "text": word},
            "sentence": {"start": base + sent}, "modality": modality,
            "date": {"from": "text", "range": [day, day]} if day else {"from": "article"},
            "attributes": {"trigger_info": {"dep": dep, "tag": tag}}}


def article(*events: dict[str, Any]) -> dict[str, Any]:
    return {"blocks": [{"kind": "paragraph", "start": 0, "end": 90},
                       {"kind": "paragraph", "start": 100, "end": 100 + len(PARAGRAPH)}],
            "events": list(events)}


def test_events_told_on_in_a_background_paragraph_are_the_story_s_background():
    """A paragraph that recounts a war begun 20 days before the story ('when Redland launched
    strikes', in passing) goes on to tell its later days: those told more than a week before
    the story are background too, however plainly ('Redland bombed', the sentence's root)."""
    first = dt.date(2025, 7, 3)
    strikes = event("strikes", "2025-06-13", "dobj", "NNS")
    bombed = event("bombed", "2025-06-22", "ROOT", "VBD")
    anchors = paragraph_anchors(article(strikes, bombed))
    assert [a[4] for a in anchors] == ["2025-06-13", "2025-06-22"]
    assert paragraph_background(record("2025-06-22"), first, [bombed], [anchors])
    # a week or less before the story, the story's own start: kept
    assert not paragraph_background(record("2025-06-27"), first, [bombed], [anchors])
    # no earlier report of the paragraph is background: kept
    alone = paragraph_anchors(article(bombed))
    assert not paragraph_background(record("2025-06-22"), first, [bombed], [alone])
    # the anchor told plainly (the sentence's root), not in passing: kept
    plain = paragraph_anchors(article(event("strikes", "2025-06-13", "ROOT", "VBD"), bombed))
    assert not paragraph_background(record("2025-06-22"), first, [bombed], [plain])
    # another report of the record, in a paragraph of news: kept
    news = event("bombed", "2025-06-22", "ROOT", "VBD", base=0)
    assert not paragraph_background(record("2025-06-22"), first, [bombed, news],
                                    [anchors, paragraph_anchors(article(news))])
    # ... unless that report is itself background in its article
    told_back = {**news, "modality": "background"}
    assert paragraph_background(record("2025-06-22"), first, [bombed, told_back],
                                [anchors, paragraph_anchors(article(told_back))])


def test_the_occurrence_several_reports_of_the_story_return_to_is_not_its_background():
    """A clash between the story's own sides six weeks before its first report that three of
    its articles report started the story; told by two, or with a third country, it is
    context."""
    from eventwire.fuse.background import ORIGIN_ARTICLES, mark_story_background, story_origin

    own = frozenset({"RED", "BLU"})
    old = (FIRST - dt.timedelta(days=STORY_BACKGROUND_DAYS + 12)).isoformat()

    def clash(*countries: str, articles: int = ORIGIN_ARTICLES) -> dict[str, Any]:
        return {**foreign(old, *countries), "articles": [f"a{i}" for i in range(articles)]}

    assert story_origin(clash("RED", "BLU"), own)
    assert not story_origin(clash("RED", "BLU", articles=ORIGIN_ARTICLES - 1), own)
    assert not story_origin(clash("RED", "GRE"), own)
    assert not story_origin(clash("RED", "BLU"), frozenset())
    assert not story_origin({**clash("RED", "BLU"), "modality": "planned"}, own)
    kept, told_once = clash("RED", "BLU"), clash("RED", "BLU", articles=1)
    mark_story_background(kept, FIRST, [], own)
    mark_story_background(told_once, FIRST, [], own)
    assert kept["modality"] == "asserted" and told_once["modality"] == "background"
