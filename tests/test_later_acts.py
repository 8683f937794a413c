"""A coordinated verb set later in time and acting on an object of its own is an act apart
from every act told before it in the sentence, wherever the parser hung the coordination
('killed six gunmen who had stormed a hotel and later killed 20 rebels in airstrikes': the
killing, the storming and the later killing); 'lay siege' is an ASSAULT like 'besiege'. One verb telling attacks on coordinated targets,
each on its own day ('struck Kharkiv on Monday and Odesa on Tuesday'), gives one ASSAULT
per target and day."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

TEXTS = {
    "relative": "Security forces killed six attackers who stormed a hotel in the town and later "
                "killed at least 50 militants in airstrikes.",
    "siege_relative": "Troops killed five gunmen who laid siege to a police station in the "
                      "north and later killed 20 rebels in airstrikes.",
    "later": "Rebels ambushed a convoy and later killed 12 soldiers at a checkpoint.",
    "result": "Rebels ambushed a convoy and killed 12 soldiers.",
    "siege": "Six attackers laid siege to a hotel in the town.",
}
COUNTS = {"relative": 3, "siege_relative": 3, "later": 2, "result": 1, "siege": 1}


@pytest.fixture(scope="module")
def runs():
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_assaults_apart(runs, key):
    assert len(of_type(runs[key], "ASSAULT")) == COUNTS[key]


DAYS = {
    "cities": "Russian missiles struck Kharkiv on Monday and Odesa on Tuesday.",
    "posts": "Rebels attacked a police post in Goma on Monday and an army base in Bunia on "
             "Wednesday.",
    "one_day": "Israeli jets struck a house in Gaza City and a school in Rafah on Monday.",
}


@pytest.fixture(scope="module")
def day_runs():
    return run_texts(DAYS)


def test_one_attack_per_target_and_day(day_runs):
    first, second = of_type(day_runs["cities"], "ASSAULT")
    assert [p.text for p in first.target] == ["Kharkiv"]
    assert [p.text for p in second.target] == ["Odesa"]
    assert (first.date["value"], second.date["value"]) == ("2025-06-02", "2025-06-03")
    assert [p.text for p in second.source] == [p.text for p in first.source]


def test_each_attack_keeps_its_place(day_runs):
    first, second = of_type(day_runs["posts"], "ASSAULT")
    assert (first.location or {}).get("text") == "Goma"
    assert (second.location or {}).get("text") == "Bunia"


def test_targets_of_one_day_stay_one_attack(day_runs):
    assert len(of_type(day_runs["one_day"], "ASSAULT")) == 1
