"""Occupying a role, a niche, people's minds or a gray area of the law is a figure of speech,
no seizure of territory (PLOVER ASSAULT); troops occupying an area or a town still are."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

SEIZURE = {
    "occupied_area": "Norland troops occupied the area around the airport on Monday.",
    "occupied_town": "Russian forces occupied the town of Kherson overnight.",
}

FIGURE = {
    "gray_area": "Neither citizens nor foreigners, the settlers occupied a gray area under "
                 "Velland law.",
    "middle_ground": "The Norland party occupied the middle ground in the election.",
    "minds": "The dispute with Velland has occupied the minds of Norland diplomats for years.",
    "niche": "Velland occupies a niche in the regional arms market.",
    "role": "Norland occupies a central role in the Velland talks.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**SEIZURE, **FIGURE})


@pytest.mark.parametrize("key", sorted(SEIZURE))
def test_forces_occupying_a_place_assault(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "ASSAULT"), SEIZURE[key]


@pytest.mark.parametrize("key", sorted(FIGURE))
def test_figurative_occupation_is_no_assault(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "ASSAULT"), FIGURE[key]
