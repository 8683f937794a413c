"""'call' with a predicative adjective names or judges something; it is no phone call."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "The opposition, which called it unconstitutional, vowed to fight the bill.",
    "The ministry called the decision illegal.",
    "Lorani officials called the report baseless.",
])
def test_calling_something_an_adjective_is_no_call(pipeline, text):
    assert not [ev for ev in _events(pipeline, text) if ev.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Erdogan called Putin on Tuesday.",
    "Biden called Netanyahu early on Sunday.",
])
def test_a_phone_call_is_still_a_call(pipeline, text):
    assert [ev for ev in _events(pipeline, text) if ev.type == "CONSULT"]
