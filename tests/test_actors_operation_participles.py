"""A participle on an event noun ('an offensive targeting Y') is done by whoever does the noun."""

from __future__ import annotations

import pytest
from pipeline_runs import countries as _countries

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _event(pipeline, text: str, trigger: str):
    (ex,) = list(pipeline.run([Article(id="t", text=text, title=None, published="2025-05-07")]))
    found = [ev for ev in ex.events if ev.trigger.text == trigger]
    assert found, [ev.trigger.text for ev in ex.events]
    return found[0]


@pytest.mark.parametrize("text", [
    "The Chilean army launched an offensive targeting Peruvian positions near the border.",
    "Chilean forces began an operation targeting Peruvian rebel camps on Monday.",
    "Chilean troops mounted a campaign targeting Peruvian supply lines.",
])
def test_participle_on_an_event_noun_is_done_by_the_noun_s_doer(pipeline, text):
    ev = _event(pipeline, text, "targeting")
    assert _countries(ev, "source") == {"CHL"}
    assert "PER" in _countries(ev, "target")


def test_participle_on_a_thing_keeps_the_thing_as_its_doer():
    from eventwire.annotate.nlp import load_nlp
    from eventwire.extract.arguments import _operation_doers
    from eventwire.extract.lexicon import load_lexicon

    doc = load_nlp()("Chilean troops stopped a truck carrying Peruvian weapons.")
    truck = next(t for t in doc if t.lower_ == "truck")
    assert _operation_doers(truck, load_lexicon()) == []


@pytest.mark.parametrize(("text", "trigger", "victims"), [
    ("Chile carried out airstrikes overnight, killing 12 Peruvian soldiers.", "airstrikes",
     "PER"),
    ("Chilean police launched a crackdown, arresting dozens of Peruvian migrants.",
     "crackdown", "PER"),
    ("Chilean police launched a crackdown, arresting dozens of Chilean students.",
     "crackdown", "CHL"),
])
def test_act_naming_no_target_takes_the_victims_of_its_participle(pipeline, text, trigger,
                                                                  victims):
    ev = _event(pipeline, text, trigger)
    assert victims in _countries(ev, "target")
