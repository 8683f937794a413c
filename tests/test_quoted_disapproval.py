"""Disapproval in reported speech: the CAMEO 110-112 vocabulary the build script lists, and
the ACCUSE a quoted evaluation or attitude makes (speaker as source) when the speaker or the
criticised party is a known actor; an attitude may be an adjective or a passive ('we are
troubled by', 'we were dismayed by')."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_cameo_lexicon.py"
DICTIONARY = """\
####### SYNONYM SETS #######

&OPPOSITION
+OPPONENT

####### VERB PATTERNS #######

---  SAY   [---]  ---
EXPRESS
VOICE
- * DISMAY                                            [111]         # VOICE
- * {STRONG UNEASE}                                   [110]         # VOICE
- * &OPPOSITION                                       [111]         # VOICE
- * HOPE                                              [013]         # VOICE

---  SLAM   [111]  ---
SLAM
- * (AS UNACCEPTABLE)                                 [111]         # SLAM
- * (AS FRIENDLY)                                     [051]         # SLAM

---  CALL   [---]  ---
CALL
- * LIAR                                              [111]         # CALL
- * WORLD (AGAINST)                                   [113]         # CALL

######## TRANSFORMATIONS ##########
"""
TABLE = "11: ACCUSE\n111: ACCUSE, disapprove,\n05: SUPPORT\n"

TEXTS = {
    "evaluation": '"The sanctions Washington imposed on our companies are unacceptable," '
                  "the Chinese foreign ministry spokesman said.",
    "attitude": '"Their arrests of journalists reflect the fear the Belarusian government has '
                'of a free press," Tsikhanouskaya said.',
    "name_not_evaluation": '"Our soldiers killed 33 terrorists near the border," the Pakistani '
                           "army spokesman said.",
    "motive": '"I left the village for fear of reprisals," a farmer from Mali said.',
    "not_quoted": "The sanctions were unacceptable to many Chinese firms.",
    "private_feeling": "Losing the harvest came as a shock, the farmer said, because the rains "
                       "had been good.",
    "private_on_party": '"The tax the Kenyan government imposed is unacceptable," a farmer '
                        "near Nakuru said.",
    "attitude_adjective": '"We are deeply troubled by the steps Caracas has taken," the '
                          "Colombian foreign minister said.",
    "attitude_passive": '"We were dismayed by the vote in Kampala," the Kenyan envoy said.',
    "private_adjective": '"I am so disappointed," the coach said after the match.',
    "attributive_adjective": '"The parties concerned will meet in Geneva," the Swiss envoy '
                             "said.",
}


@pytest.fixture(scope="module")
def words(tmp_path_factory) -> dict[str, list[str]]:
    spec = importlib.util.spec_from_file_location("build_cameo_lexicon", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    tmp = tmp_path_factory.mktemp("cameo")
    (tmp / "verbs.txt").write_text(DICTIONARY, encoding="latin-1")
    (tmp / "table.txt").write_text(TABLE, encoding="utf-8")
    return module.build(tmp / "verbs.txt", tmp / "table.txt")["disapproval"]


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def test_attitude_nouns_come_from_expressing_patterns(words) -> None:
    assert words["nouns"] == ["dismay", "unease"]  # not 'hope' (013), not a synonym set


def test_evaluations_come_from_as_and_naming_patterns(words) -> None:
    assert words["evaluations"] == ["liar", "unacceptable"]  # not 'friendly', not 113 'world'


def test_quoted_evaluation_is_an_accusation_by_the_speaker(results) -> None:
    found = of_type(results["evaluation"], "ACCUSE")
    assert len(found) == 1 and found[0].mode == "ACCUSE/disapprove"
    assert found[0].trigger.text == "unacceptable"
    assert {p.actor.country for p in found[0].source if p.actor} == {"CHN"}


def test_quoted_attitude_takes_the_criticised_party_as_target(results) -> None:
    found = of_type(results["attitude"], "ACCUSE")
    assert len(found) == 1 and found[0].trigger.text == "fear"
    assert [p.text for p in found[0].source] == ["Tsikhanouskaya"]
    assert "BLR" in {p.actor.country for p in found[0].target if p.actor}


def test_private_speaker_criticising_a_party_is_an_accusation(results) -> None:
    found = of_type(results["private_on_party"], "ACCUSE")
    assert len(found) == 1 and "KEN" in {p.actor.country for p in found[0].target if p.actor}


@pytest.mark.parametrize("key", ["attitude_adjective", "attitude_passive"])
def test_quoted_attitude_adjective_or_passive_is_an_accusation(results, key: str) -> None:
    found = of_type(results[key], "ACCUSE")
    assert len(found) == 1 and found[0].mode == "ACCUSE/disapprove", TEXTS[key]
    assert found[0].source and found[0].source[0].actor is not None


@pytest.mark.parametrize("key", ["name_not_evaluation", "motive", "not_quoted",
                                 "private_feeling", "private_adjective",
                                 "attributive_adjective"])
def test_no_quoted_disapproval(results, key: str) -> None:
    assert not of_type(results[key], "ACCUSE"), TEXTS[key]
