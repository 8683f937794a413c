"""'The United Nations Emergency Relief Coordinator': a post or organ named after a body is
that body's, never placed in the country its sentence names."""

from __future__ import annotations

import pytest
from pipeline_runs import countries, event_in

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "code"), [
    ("Jane Roe, the United Nations Emergency Relief Coordinator, urged the parties in Sudan "
     "to let aid workers in.", "IGO"),
    ("The United Nations Emergency Relief Coordinator urged Sudan to let aid workers into "
     "Darfur.", "IGO"),
    ("The African Union Commission chairman urged Sudan to let aid workers into Darfur.", "IGO"),
])
def test_an_igo_post_is_the_igos(pipeline, text, code):
    ev = event_in(pipeline, text, "REQUEST", "urged")
    assert countries(ev, "source") == {code}


def test_an_armed_groups_organ_is_the_groups(pipeline):
    ev = event_in(pipeline, "The Hamas Political Bureau rejected the Egyptian proposal on Monday.",
                  "REJECT", "rejected")
    assert countries(ev, "source") == {"PSE"}


def test_a_country_word_in_a_name_still_decides(pipeline):
    ev = event_in(pipeline, "The Nigerian Bar Association urged the government in Abuja to free "
                  "the journalists.", "REQUEST", "urged")
    assert countries(ev, "source") == {"NGA"}
