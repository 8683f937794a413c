"""'Trump called Putin on Tuesday.' parsed as a name described by a participle ('a man called
John'), or 'Macron called Zelensky on Friday' with the callee as a predicate: the sentence's
own verb is a call between the two. Hand-built sentences."""

from __future__ import annotations

import pytest
from pipeline_runs import event_in

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _ids(parts) -> set[str | None]:
    return {p.actor.id if p.actor is not None else p.text for p in parts}


@pytest.mark.parametrize(("text", "caller", "callee"), [
    ("Trump called Putin on Tuesday.", "Trump", "Putin"),
    ("Macron called Zelensky on Friday to discuss the war.", "Macron", "Zelensky"),
    ("Ana Brel called Ivo Tasko on the phone on Wednesday.", "Ana Brel", "Ivo Tasko"),
])
def test_a_call_misparsed_as_naming_is_a_call(pipeline, text, caller, callee):
    ev = event_in(pipeline, text, "CONSULT", "called")
    assert [p.text for p in ev.source] == [caller]
    assert [p.text for p in ev.target] == [callee]


@pytest.mark.parametrize("text", [
    "A man called John Smith was arrested on Monday.",
    "Critics called Smith a traitor.",
    "The magazine called Smith the most powerful man in Europe.",
])
def test_naming_stays_naming(pipeline, text):
    (ex,) = pipeline.run([Article(id="a", text=text, published="2025-05-07",
                                 published_from="input")])
    assert not [e for e in ex.events if e.type == "CONSULT"]
