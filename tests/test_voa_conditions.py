"""The VOA condition report: why a sentence holds no trigger of a gold type."""

from __future__ import annotations

import pytest

from eventwire.annotate.nlp import load_nlp
from eventwire.evaluation.voa_conditions import NO_CANDIDATE, sentence_reason, word_reason
from eventwire.extract.lexicon import load_lexicon


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _reason(nlp, text: str, etype: str) -> str:
    doc = nlp(text)
    return sentence_reason(doc[:], etype, load_lexicon())[0]


def _word(nlp, text: str, word: str, etype: str):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return word_reason(tok, etype, load_lexicon())


def test_a_trigger_of_the_type_is_found(nlp):
    assert _word(nlp, "Norland troops attacked the border post.", "attacked", "ASSAULT") == \
        ("event word", "found")
    assert _reason(nlp, "Norland troops attacked the border post.", "ASSAULT") == \
        "event word: found"


def test_a_phrase_verb_without_its_object_fails_its_condition(nlp):
    kind, why = _word(nlp, "The minister said the talks were over.", "said", "ACCUSE")
    assert kind == "phrase only" and why.startswith("condition:")
    assert _word(nlp, "The minister said the move was an outrage.", "said", "ACCUSE") != \
        ("phrase only", "pos")


def test_a_word_without_an_entry_of_the_type_is_no_candidate(nlp):
    assert _word(nlp, "The weather was mild in Redtown.", "weather", "ASSAULT") is None
    assert _reason(nlp, "The weather was mild in Redtown.", "ASSAULT") == NO_CANDIDATE


def test_a_noun_read_only_as_a_verb_is_the_part_of_speech(nlp):
    kind, why = _word(nlp, "Rescue teams reached the village on Monday.", "Rescue", "AID")
    assert (kind, why) == ("event word", "pos")
    assert _word(nlp, "Norland sent teams to rescue the miners.", "rescue", "AID") == \
        ("event word", "found")


def test_the_failing_condition_of_each_entry_is_named(nlp):
    from eventwire.evaluation.voa_conditions import entry_failures

    doc = nlp("The minister said the talks were over.")
    tok = next(t for t in doc if t.text == "said")
    fails = entry_failures(tok, "ACCUSE", load_lexicon())
    assert fails and all(e.type == "ACCUSE" and e.lemma == "say" for e, _ in fails)
    assert {key for _, key in fails} & {"object", "prep_object", "source_in", "several"}


def test_an_entry_that_matches_is_no_failure(nlp):
    from eventwire.evaluation.voa_conditions import entry_failures

    doc = nlp("Norland troops attacked the border post.")
    tok = next(t for t in doc if t.text == "attacked")
    assert entry_failures(tok, "ASSAULT", load_lexicon()) == []


def _stages(text: str, word: str, etype: str) -> str:
    from eventwire.evaluation.voa_conditions import StageTrace, lost_stage, traced
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline

    trace = StageTrace()
    with traced(trace):
        list(Pipeline().run([Article(id="t", text=text, published="2025-06-05")]))
    tok = next(t for t in load_nlp()(text) if t.text == word)
    return lost_stage(trace.of(tok), etype)


def test_a_kept_trigger_is_traced_to_the_sentence_output():
    assert _stages("Norland troops attacked the border post on Monday.", "attacked",
                   "ASSAULT") == "kept in its sentence"


def test_a_negated_trigger_is_lost_to_its_modality():
    assert _stages("Norland troops did not attack the border post on Monday.", "attack",
                   "ASSAULT") == "modality negated"


def test_a_build_filter_is_named():
    assert _stages("A powerful storm hit the coast on Monday.", "hit",
                   "ASSAULT") == "build filter natural_event"


def test_a_mention_filter_is_named():
    assert _stages("Survivors described rape and torture at the hands of the militia.", "rape",
                   "ASSAULT") == "mention filter generic_mention"


def test_a_circumstance_noun_without_parties_is_named():
    assert _stages("After a meeting in Geneva, the two ministers issued a joint statement.",
                   "meeting", "CONSULT") == "no participants circumstance"


def test_a_retyped_or_absent_trigger_is_told_apart():
    from eventwire.evaluation.voa_conditions import NOT_TRIGGER, lost_stage

    assert lost_stage([], "ASSAULT") == NOT_TRIGGER
    assert lost_stage([("trigger", "AID")], "SUPPORT") == "retyped to AID"
    assert lost_stage([("trigger", "SUPPORT"), ("absorbed by", "REQUEST")], "SUPPORT") == \
        "absorbed by REQUEST"


def test_the_wrappers_are_removed_after_the_trace():
    from eventwire.evaluation.voa_conditions import StageTrace, traced
    from eventwire.extract import events

    real = events.build_event
    with traced(StageTrace()):
        assert events.build_event is not real
    assert events.build_event is real
