"""'India backed the agreement between Britain and Mauritius': the parties of the thing a
response answers, named by a between-phrase on it, are whom the response answers."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("India backed the agreement between Britain and Mauritius.", "backed", "IND",
     {"GBR", "MUS"}),
    ("China welcomed the truce between Ethiopia and Eritrea.", "welcomed", "CHN",
     {"ETH", "ERI"}),
    ("The United States rejected the pact between Russia and Iran.", "rejected", "USA",
     {"RUS", "IRN"}),
    ("Germany praised the accord between Serbia and Kosovo.", "praised", "DEU",
     {"SRB", "XKX"}),
])
def test_the_parties_of_the_answered_deal_are_the_target(pipeline, text, trigger, source,
                                                        target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}
    assert _countries(ev, "target") == target


def test_a_party_that_answers_is_not_its_own_target(pipeline):
    ev = _event(_events(pipeline, "Hamas agreed to the truce between Hamas and Israel."),
                "agreed")
    assert _countries(ev, "target") == {"ISR"}


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Israel signed the deal between Israel and Egypt.", "signed", "ISR", {"EGY"}),
    ("Britain welcomed the agreement between Britain and Mauritius.", "welcomed", "GBR",
     {"MUS"}),
    ("Serbia rejected the accord between Serbia and Kosovo.", "rejected", "SRB", {"XKX"}),
])
def test_the_expansion_of_a_coordinated_name_does_not_bring_the_source_back(
        pipeline, text, trigger, source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}
    assert _countries(ev, "target") == target


def test_a_state_body_may_still_act_on_its_own_country_s_people(pipeline):
    ev = _event(_events(pipeline, "Israeli police arrested Israeli protesters."), "arrested")
    assert _countries(ev, "target") == {"ISR"}
