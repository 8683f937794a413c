"""A future act asked about in an indirect question ('how X will respond is unclear', 'did not
say when the troops would withdraw') is hypothetical and promises nothing; the same act
stated, or a past act whose manner is asked about, keeps its modality."""

from __future__ import annotations

import pytest
from pipeline_runs import modality, of_type, run_texts

from eventwire.annotate.nlp import load_nlp
from eventwire.extract.modality import open_question
from eventwire.model import Extraction

TEXTS = {
    "to_what_extent": "To what extent Redland will defend its ally was not made clear.",
    "root_parse": "To what extent and in what way Redland will defend its longtime ally in its "
                  "dispute with Blueland, was not immediately made clear.",
    "how_subject": "How Blueland will respond to the request was not immediately clear.",
    "how_unclear": "It is unclear how Redland will support the plan.",
    "when_not_say": "Officials did not say when the troops would withdraw from Varo.",
    "which_country": "It is unclear which country will host the talks.",
    # stated futures and past acts asked about stay as they were
    "said_will": "Redland said it will withdraw its troops from the border next week.",
    "talks_resume": "The minister said the talks will resume on Monday.",
    "how_past": "It is unclear how the gunmen attacked the prison in Varo on Monday.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger", [
    ("to_what_extent", "defend"), ("root_parse", "defend"), ("how_subject", "respond"), ("how_unclear", "support"),
    ("when_not_say", "withdraw"), ("which_country", "talks"),
])
def test_a_future_act_asked_about_is_hypothetical(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "hypothetical"


@pytest.mark.parametrize("key", ["to_what_extent", "root_parse", "when_not_say"])
def test_a_future_act_asked_about_is_no_promise(extracted, key):
    assert not of_type(extracted[key], "AGREE")


def test_a_stated_future_is_still_a_promise(extracted):
    assert of_type(extracted["said_will"], "AGREE")


def test_a_stated_future_meeting_is_still_planned(extracted):
    assert modality(extracted["talks_resume"], "talks") == "planned"


def test_a_past_act_whose_manner_is_asked_about_happened(extracted):
    assert modality(extracted["how_past"], "attacked") == "asserted"


@pytest.mark.parametrize("text,verb,asked", [
    ("It is unclear how Redland will support the plan.", "support", True),
    ("Officials did not say when the troops would withdraw.", "withdraw", True),
    ("Redland backed the plan, which it said would help Blueland.", "help", False),
    ("Redland said it would help Blueland.", "help", False),
])
def test_open_question_reads_the_clause(text, verb, asked):
    doc = load_nlp()(text)
    (tok,) = [t for t in doc if t.text == verb]
    assert open_question(tok) is asked
