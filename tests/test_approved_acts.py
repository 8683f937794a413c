"""A meeting, agreement or release that a verb of approval names as its direct object ('praised
their first summit with X', 'welcomed the release of the hostages') is an event of its own
beside the praise, told as done and with its own parties; a planned or refused one is not."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "summit": "The Castranian president praised his first summit with the Veldorian leader "
              "Arlen Mosk on Tuesday.",
    "talks": "Velland's foreign minister hailed the talks between Castrane and Veldoria in "
             "Mirsk on Monday.",
    "release": "The United Nations welcomed the release of 20 Castranian soldiers on Tuesday.",
    "with": "Castrane welcomed the talks with Veldoria on the border dispute.",
    "plans": "The Union of Ostria welcomed plans for talks between Castrane and Veldoria.",
    "refused": "The Castranian president refused to praise the summit with the Veldorian "
               "leader.",
    "backed": "The Castranian parliament backed the agreement with Veldoria on Monday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["summit", "talks"])
def test_the_praised_meeting_is_reported_as_done(results, key: str) -> None:
    ex = results[key]
    assert [e.modality for e in of_type(ex, "CONSULT")] == ["asserted"], TEXTS[key]
    assert [e.modality for e in of_type(ex, "SUPPORT")] == ["asserted"], TEXTS[key]


def test_the_praiser_is_no_party_of_the_meeting(results) -> None:
    (meeting,) = of_type(results["talks"], "CONSULT")
    assert "minister" not in " ".join(p.text for p in meeting.source + meeting.target)


def test_the_welcoming_party_did_not_release_anyone(results) -> None:
    (release,) = of_type(results["release"], "RETREAT")
    assert release.modality == "asserted"
    assert "United Nations" not in [p.text for p in release.source]


def test_a_meeting_with_another_side_is_the_welcoming_party_s(results) -> None:
    (meeting,) = of_type(results["with"], "CONSULT")
    assert [p.text for p in meeting.source] == ["Castrane"]
    assert [p.text for p in meeting.target] == ["Veldoria"]


def test_welcomed_plans_stay_planned(results) -> None:
    assert [e.modality for e in of_type(results["plans"], "CONSULT")] == ["planned"]


def test_a_refused_praise_or_a_backing_keeps_its_object_inside(results) -> None:
    assert not of_type(results["refused"], "CONSULT")
    assert not of_type(results["backed"], "AGREE")
