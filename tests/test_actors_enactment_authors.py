"""A law, decree or set of rules that acts ('The decree bans …') is acted through its maker."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events, _sides

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("KABUL — The Taliban issued a decree on Monday. The decree bans women from working for "
     "aid groups.", "bans", "AFG"),
    ("BISHKEK — Kyrgyzstan adopted new rules last month. The rules restrict foreign funding "
     "of media outlets.", "restrict", "KGZ"),
    ("The Hungarian government passed a law that bans gay content.", "bans", "HUN"),
])
def test_the_maker_of_a_law_does_what_it_does(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _sides(ev, "source") == {source}
    assert all("enacted by" in str(p.actor.evidence) for p in ev.source)


def test_a_law_nobody_is_told_to_have_made_names_nobody(pipeline):
    """'Rights groups condemned the law, which bans …': no maker in reach, no source."""
    events = _events(pipeline, "Rights groups condemned the law, which bans gay content.")
    ev = _event(events, "bans")
    assert not any(p.actor is not None and "enacted by" in str(p.actor.evidence)
                   for p in ev.source)


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("The Security Council adopted a resolution on Friday. The resolution demands that "
     "Israel halt its operations.", "demands", "IGO"),
    ("Human Rights Watch released a report on Tuesday. The report accused Ethiopian troops "
     "of killing civilians.", "accused", "NGO"),
    ("The African Union issued a communique after the meeting. The communique urged Sudan's "
     "army to agree a truce.", "urged", "IGO"),
    ("Amnesty International released a report that accuses Israeli forces of killing "
     "civilians.", "accuses", "NGO"),
])
def test_a_document_speaks_for_who_issued_it(pipeline, text, trigger, source):
    """'X released a report. The report accuses …': the report's charge is X's."""
    ev = _event(_events(pipeline, text), trigger)
    assert _sides(ev, "source") == {source}
    assert all("enacted by" in str(p.actor.evidence) for p in ev.source)


def test_a_document_nobody_issued_keeps_its_own_words(pipeline):
    """'Russia rejected a UN report that accused …': no issuer told; the report's name
    still reads it as the UN's."""
    ev = _event(_events(pipeline, "Russia rejected a UN report that accused its troops of "
                                  "war crimes."), "accused")
    assert _sides(ev, "source") == {"IGO"}


def test_a_document_someone_dismissed_is_not_theirs(pipeline):
    """'Israel dismissed the report. The report accused …': who dismisses a report did not
    issue it."""
    ev = _event(_events(pipeline, "Israel dismissed the report. The report accused Israeli "
                                  "forces of killing civilians."), "accused")
    assert "ISR" not in _sides(ev, "source")
