"""An organisation that no registry entry names gets one id however its name is told: with or
without a leading "the" ("The Nigerian Bar Association" and "Nigerian Bar Association" are
``org:nigerian-bar-association``), so fusion sees one participant. Hand-built sentences."""

from __future__ import annotations

from pipeline_runs import run_texts

from eventwire.annotate.registry import org_id


def test_org_id_drops_a_leading_article() -> None:
    assert org_id("the Supreme Court") == "org:supreme-court"
    assert org_id("The Supreme Court") == org_id("Supreme Court")
    assert org_id("Theatre Workers Union") == "org:theatre-workers-union"  # a word, no article
    assert org_id("the") == "org:the"  # nothing but the article: kept


def test_one_ad_hoc_organisation_told_two_ways_has_one_id() -> None:
    runs = run_texts({
        "a": "The Nigerian Bar Association condemned the arrest of three lawyers in Lagos.",
        "b": "Nigerian Bar Association condemned the arrest of three lawyers in Lagos.",
    })
    ids = {k: {e.actor.id for e in ex.entities if e.actor is not None and
               e.actor.id.startswith("org:")} for k, ex in runs.items()}
    assert ids["a"] == ids["b"] == {"org:nigerian-bar-association"}
