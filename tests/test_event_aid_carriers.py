"""Relief carried by the verbs of carrying it ('airdropped food parcels', 'ferried medical
supplies', 'trucked aid', 'rushed food to the villages', 'flew aid to') is an AID, as 'sent
aid' is; the same verbs carrying people or troops are not."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

AID = {
    "airdrop": "Jordan airdropped food parcels over northern Gaza.",
    "ferry": "The Red Cross ferried medical supplies to the besieged city of Mariupol.",
    "rush": "The Pakistani government rushed food to the flooded villages in Sindh.",
    "truck": "The UN agency trucked aid to the refugee camps in Chad.",
    "fly": "Britain flew humanitarian aid to Turkey after the earthquake.",
}
OTHER = {
    "passengers": "The airline flew 300 passengers to London.",
    "supporters": "Buses ferried supporters to the rally in Lagos.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**AID, **OTHER})


@pytest.mark.parametrize("key", list(AID))
def test_carried_relief_is_aid(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "AID"), AID[key]


@pytest.mark.parametrize("key", list(OTHER))
def test_carried_people_are_no_aid(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "AID"), OTHER[key]
