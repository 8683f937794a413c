"""Section headings that lost their line break: cut from the next sentence at cleanup, and
a heading inside the article with no clause makes no event."""

from __future__ import annotations

import pytest

from eventwire.extract.events import OPTION_ALL_EVENTS
from eventwire.ingest import build_article
from eventwire.ingest.cleanup import clean_text
from eventwire.pipeline import Pipeline

GLUED = [
    ("The talks ended on Monday. Recent attacks Since the start of the year, rebels have "
     "raided four towns.", "Recent attacks"),
    ("Trade rose by a third. Farm trade with Norland on rise While Velland has long bought "
     "grain there, Ostrava is now its main buyer.", "Farm trade with Norland on rise"),
    ('He said "it is over." Border dispute The quarrel over the river began in 1998 and '
     "never ended.", "Border dispute"),
    ("Radio stations closed On another front, the agency said it had arrested four men.",
     "Radio stations closed"),
]

NOT_HEADINGS = [
    "It rained. But I think the envoy was not expecting it at all, he said.",
    "Officials told The Associated Press that the talks would resume in June.",
    "The summit ended. Norland sent Made In Velland goods to the fair in June.",
    "VARO - A young soldier lost his foot when a mine exploded near the border.",
    "The vote passed. Now I am wearing a size that fits me better than before.",
    "Talks resumed. Officials said The changes would start next week.",
]


@pytest.mark.parametrize("text,heading", GLUED)
def test_a_glued_heading_gets_its_own_line(text, heading) -> None:
    cleaned, _ = clean_text(text)
    assert f"\n\n{heading}\n\n" in f"\n\n{cleaned}"
    assert cleaned.replace("\n", " ").split() == text.split()  # wording unchanged


@pytest.mark.parametrize("text", NOT_HEADINGS)
def test_a_sentence_is_not_cut(text) -> None:
    assert clean_text(text)[0] == text


@pytest.fixture(scope="module")
def extracted() -> dict:
    texts = {
        "label": "Norland said the border was calm. Recent attacks Since the start of the "
                 "year, rebels have raided four towns near Varo.",
        "demand": "Trade with Velland grew. Norland demand The changes in Velland's visa "
                  "policy have come as Norland firms hire more workers.",
        "headline": "Velland said the talks had failed.\n\nNorland strikes Varo\n\n"
                    "Norland jets struck targets in Varo on Monday.",
    }
    arts = [build_article(t, id=k, published="2025-03-10") for k, t in texts.items()]
    pipeline = Pipeline()
    pipeline.ctx.options[OPTION_ALL_EVENTS] = True  # candidates below the shown threshold too
    return {ex.article.id: ex for ex in pipeline.run(arts)}


def _in(ex, text: str) -> list:
    start = ex.article.text.index(text)
    return [e for e in ex.events if start <= e.trigger.start < start + len(text)]


def test_a_section_label_makes_no_event(extracted) -> None:
    assert [b.kind for b in extracted["label"].article.blocks] == [
        "paragraph", "heading", "paragraph"]
    assert not _in(extracted["label"], "Recent attacks")
    assert not _in(extracted["demand"], "Norland demand")


def test_a_headline_heading_keeps_its_event(extracted) -> None:
    assert [e.type for e in _in(extracted["headline"], "Norland strikes Varo")] == ["ASSAULT"]
