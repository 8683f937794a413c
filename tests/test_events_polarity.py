"""Strong negative evaluations from the VADER lexicon: a statement that calls a party or its
act strongly negative ('is brutal', 'called the decision cruel') is an ACCUSE of the
speaker against that party; a strong word about no party is none."""

from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.extract.lexicon import POLAR, load_lexicon

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_polarity_lexicon.py"
VADER_LINES = (
    "cruel\t-2.8\t0.6\t[-3, -3, -2, -3, -3, -3, -2, -3, -3, -3]\n"
    "sad\t-2.1\t0.5\t[-2, -2, -2, -3, -2, -2, -2, -2, -2, -2]\n"
    "meh\t-0.3\t0.5\t[0, 0, -1, 0, 0, 0, -1, 0, 0, -1]\n"
    "good\t1.9\t0.9\t[2, 2, 1, 3, 2, 2, 1, 2, 2, 2]\n"
    ":(\t-1.9\t1.1\t[-2, -1, -3, -2, -2, -1, -3, -2, -1, -2]\n"
)

TEXTS = {
    "judged_party": '"Venezuela\'s treatment of our fishermen is brutal," the Colombian foreign '
                    "minister said on Monday.",
    "indirect": "The Colombian foreign minister said Venezuela's treatment of fishermen was "
                "brutal.",
    "naming": "The Colombian president called Venezuela's decision cruel.",
    "naming_as": "The Colombian president described Venezuela's decision as cruel.",
    "dismiss_as": "Colombia's foreign minister dismissed Venezuela's claims as a fabrication.",
    "view_as": "The Colombian government viewed Venezuela's raids as brutal.",
    "dismiss_plain": "The Colombian president dismissed the report as outdated.",
    "coordinated": "Colombia's foreign minister dismissed Venezuela's claims as exaggerated and cruel.",
    "own": '"Our conduct in the valley was shameful," the Colombian defence minister said.',
    "no_party": '"The weather this week was terrible," the Colombian foreign minister said.',
    "mild": '"Venezuela\'s proposal is controversial," the Colombian foreign minister said.',
}


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("build_polarity_lexicon", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results():
    return run_texts(TEXTS)


def test_build_keeps_strongly_negative_single_words(script) -> None:
    doc = script.build(VADER_LINES, "9.9", floor=1.0)
    assert doc["negative"] == {"cruel": -2.8, "sad": -2.1}  # no mild, positive or emoticon
    assert "9.9" in doc["source"] and "MIT" in doc["licence"]
    assert doc["negative_max"] == script.NEGATIVE_MAX


def test_package_data_records_source_and_licence() -> None:
    doc = json.loads(resources.files("eventwire.data").joinpath("events_polarity.json")
                     .read_text(encoding="utf-8"))
    assert "vaderSentiment" in doc["source"] and doc["licence"].startswith("MIT")
    assert all(v <= -1.0 for v in doc["negative"].values())


def test_polar_words_follow_the_threshold_and_leave_triggers_out() -> None:
    polar = load_lexicon().disapproval[POLAR]
    assert "brutal" in polar and "cruel" in polar
    assert "worrisome" in polar  # -1.7
    assert "controversial" not in polar  # -0.8: over the threshold
    assert "kill" not in polar and "attack" not in polar  # curated triggers


def _countries(parts) -> set[str | None]:
    return {p.actor.country if p.actor else None for p in parts}


@pytest.mark.parametrize("key", ["judged_party", "indirect"])
def test_strong_evaluation_of_a_party_is_an_accusation(results, key) -> None:
    found = of_type(results[key], "ACCUSE")
    assert [e.trigger.text for e in found] == ["brutal"]
    assert _countries(found[0].source) == {"COL"}
    assert _countries(found[0].target) == {"VEN"}


@pytest.mark.parametrize("key", ["naming", "naming_as", "view_as", "coordinated"])
def test_naming_a_party_s_act_cruel_is_an_accusation(results, key) -> None:
    found = of_type(results[key], "ACCUSE")
    assert [e.trigger.text for e in found] in (["cruel"], ["brutal"])
    assert _countries(found[0].source) == {"COL"}
    assert _countries(found[0].target) == {"VEN"}


@pytest.mark.parametrize("key", ["no_party", "own"])
def test_strong_word_about_no_party_is_no_accusation(results, key) -> None:
    assert of_type(results[key], "ACCUSE") == []


def test_mild_word_is_no_accusation(results) -> None:
    assert of_type(results["mild"], "ACCUSE") == []


def test_dismissing_as_a_charge_is_also_an_accusation(results) -> None:
    """CAMEO codes 'DISMISS * (AS FABRICATION)' 111: the rejection accuses too."""
    ex = results["dismiss_as"]
    assert [e.trigger.text for e in of_type(ex, "REJECT")] == ["dismissed"]
    found = of_type(ex, "ACCUSE")
    assert [e.trigger.text for e in found] == ["fabrication"]
    assert _countries(found[0].source) == {"COL"} and _countries(found[0].target) == {"VEN"}


def test_dismissing_as_mildly_negative_without_a_party_is_no_accusation(results) -> None:
    assert of_type(results["dismiss_plain"], "ACCUSE") == []
