"""'X denounced as a crime Serbia's crackdown': an object moved after the 'as' complement is
still the verb's object."""

from __future__ import annotations

import pytest
from pipeline_runs import countries, event_in

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Albania on Friday denounced as a crime Serbia's crackdown on ethnic Albanians in Kosovo.",
     "denounced", "SRB"),
    ("Russia denounced as a provocation the deployment of NATO troops in Poland.", "denounced",
     "IGO"),
    ("China condemned as interference Washington's sanctions on its officials.", "condemned",
     "USA"),
])
def test_a_shifted_object_is_the_target(pipeline, text, trigger, target):
    ev = event_in(pipeline, text, "ACCUSE", trigger)
    assert target in countries(ev, "target")
