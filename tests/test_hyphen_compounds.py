"""A hyphen compound with a weapon-test prefix ('test-fired', 'test-launched', 'a
test-firing') is read as the compound's own lexicon word (MOBILIZE, weapons), never as the
'fire' or 'launch' of an attack; the same verbs without the prefix keep their readings."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "test_fired": "Blueland test-fired two ballistic missiles into the sea on Sunday.",
    "test_fired_said": "Blueland test-fired a cruise missile on Sunday, the Redland army said.",
    "test_launched": "The Blueland army test-launched a hypersonic missile on Monday.",
    "test_fired_name": "Blueland test-fired the Storm-7 on Monday.",
    "test_firing_noun": "The test-firing of the new rocket by Blueland was watched by its "
                        "leader on Monday.",
    "fired_at": "Blueland troops fired rockets at the Redland town on Monday.",
    "launched_attack": "Blueland launched an attack on the Redland border posts on Monday.",
    "spaced_test": "Blueland tested a new missile on Monday.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["test_fired", "test_fired_said", "test_launched",
                                 "test_fired_name", "test_firing_noun", "spaced_test"])
def test_weapon_test_is_mobilize(extracted: dict[str, Extraction], key: str) -> None:
    ex = extracted[key]
    assert [e.mode for e in of_type(ex, "MOBILIZE")] == ["MOBILIZE/weapons"], \
        [(e.type, e.trigger.text) for e in ex.events]
    assert not of_type(ex, "ASSAULT")


@pytest.mark.parametrize("key", ["fired_at", "launched_attack"])
def test_plain_fire_and_launch_stay_assault(extracted: dict[str, Extraction], key: str) -> None:
    ex = extracted[key]
    assert of_type(ex, "ASSAULT"), [(e.type, e.trigger.text) for e in ex.events]
    assert not of_type(ex, "MOBILIZE")


def test_compound_lemma_needs_the_hyphen_written_tight() -> None:
    from eventwire.annotate.nlp import load_nlp
    from eventwire.extract.triggers import compound_lemma

    doc = load_nlp()("They test-fired one. They test - fired one. They re-fired one.")
    lemmas = {t.text + str(t.i): compound_lemma(doc, t.i, t.lemma_.lower())
              for t in doc if t.lower_ == "fired"}
    assert sorted(lemmas.values()) == ["fire", "fire", "test-fire"]
