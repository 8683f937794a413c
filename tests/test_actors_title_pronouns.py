"""A personal pronoun whose antecedent is an unnamed office holder ('the former minister …
accused him'), placed by the article's context."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("SEOUL, South Korea — The court sentenced the former minister to seven years in prison "
     "on Monday. Prosecutors had accused him of taking bribes.", "accused", "KOR"),
    ("NAIROBI, Kenya — The opposition leader was detained on Friday. Supporters said police "
     "beat him.", "beat", "KEN"),
])
def test_the_pronoun_is_the_office_holder_named_before(pipeline, text, trigger, target):
    ev = event_of(pipeline, text, trigger)
    assert target in side_countries(ev, "target")
    assert any(w in p.text for p in ev.target for w in ("minister", "leader"))


def test_a_named_person_wins_over_an_office_noun(pipeline):
    ev = event_of(pipeline, "LIMA, Peru — The president met Jorge Quispe on Monday. Police "
                  "arrested him later.", "arrested")
    assert [p.text for p in ev.target] == ["Jorge Quispe"]


def test_an_office_noun_three_sentences_back_is_too_far(pipeline):
    ev = event_of(pipeline, "LIMA, Peru — The former minister left the country. The talks "
                  "resumed in May. The court opened a hearing. Police arrested him on "
                  "Friday.", "arrested")
    assert not any("minister" in p.text for p in ev.target)
