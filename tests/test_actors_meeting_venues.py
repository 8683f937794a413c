"""'Foreign ministers of Muslim nations meeting in Istanbul': agents of a bloc of many states
are none of them, and a meeting's place is not its participants' country."""

from __future__ import annotations

import pytest
from pipeline_runs import countries, event_in

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "etype", "trigger", "venue"), [
    ("Foreign ministers of Muslim nations meeting in Istanbul condemned the Israeli raid.",
     "ACCUSE", "condemned", "TUR"),
    ("Leaders of Western nations meeting in Rome urged Iran to halt enrichment.", "REQUEST",
     "urged", "ITA"),
    ("Envoys of the Gulf Arab states met in Riyadh and urged Iran to stop its attacks.",
     "REQUEST", "urged", "SAU"),
])
def test_a_blocs_agents_take_no_venue(pipeline, text, etype, trigger, venue):
    ev = event_in(pipeline, text, etype, trigger)
    assert venue not in countries(ev, "source")


def test_a_named_group_meeting_somewhere_keeps_its_own_country(pipeline):
    ev = event_in(pipeline, "Leaders of the Indonesian opposition meeting in Jakarta urged the "
                  "president to resign.", "REQUEST", "urged")
    assert countries(ev, "source") == {"IDN"}
    assert all(p.text != "Jakarta" for p in ev.source)


def test_a_bloc_exemplified_by_one_state_is_that_states(pipeline):
    ev = event_in(pipeline, "Ministers of Islamic countries including Pakistan urged India to "
                  "talk.", "REQUEST", "urged")
    assert countries(ev, "source") == {"PAK"}


def test_residents_of_a_place_still_take_it(pipeline):
    ev = event_in(pipeline, "Protesters in Lima demanded the president's resignation.",
                  "PROTEST", "demanded")
    assert countries(ev, "source") == {"PER"}
