"""A warning of the consequences, risks or dangers of a state of affairs names no party and no
party's act: no THREATEN. A warning to a party, of a party's act, of consequences with a
condition or with nothing more ("warned of serious consequences") stays a threat."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _types(pipeline, text: str) -> list[str]:
    return [ev.type for ev in _events(pipeline, text)]


@pytest.mark.parametrize("text", [
    "The Velmar president warned of the consequences of climate change for farmers.",
    "Velmar's foreign minister warned of the dangers of rising sea levels.",
    "Scientists in Velmar warned about the risks of drought in the coming months.",
    "The Velmar prime minister warned of the economic impact of inflation.",
])
def test_a_warning_about_a_state_of_affairs_is_no_threat(pipeline, text):
    assert "THREATEN" not in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Velmar president warned Borovia of the consequences of its actions.",
    "The Velmar president warned of the consequences of any attack on its territory.",
    "The Velmar president warned of dire consequences if Borovia crossed the border.",
    "The Velmar president warned of the consequences of Borovia's decision to close the border.",
    "The Velmar president warned of serious consequences.",
])
def test_a_warning_to_a_party_or_of_a_party_act_stays_a_threat(pipeline, text):
    assert "THREATEN" in _types(pipeline, text)
