"""A relative clause the parser hangs on the against-party of the noun phrase it describes
('X's charges against Y, which Y denied') is about the phrase's head noun."""

from __future__ import annotations

import pytest
from pipeline_runs import countries as _countries
from pipeline_runs import event_in as _event

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "denier", "accuser"), [
    ("Chile's charges against Peru, which Peru denied, were dropped.", "denied", "PER", "CHL"),
    ("The accusations by Argentina against Brazil, which were rejected by Brazil, drew "
     "criticism.", "rejected", "BRA", "ARG"),
])
def test_denial_misattached_to_the_against_party_answers_the_accuser(
        pipeline, text, trigger, denier, accuser):
    ev = _event(pipeline, text, "REJECT", trigger)
    assert _countries(ev, "source") == {denier}
    assert _countries(ev, "target") == {accuser}


def test_relative_clause_on_a_named_object_still_takes_it(pipeline):
    ev = _event(pipeline, "Peru criticised Chile, which Bolivia supports.", "SUPPORT", "supports")
    assert _countries(ev, "target") == {"CHL"}
