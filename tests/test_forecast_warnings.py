"""A warning of the warner's own action is a THREATEN; a warning about what another party
or thing will do is a forecast and no event."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "own_action": "Warsaw is warning it could turn to Korea for new tanks.",
    "warned_of": "Turkey warned Washington of severe consequences on Monday.",
    "passive": "The Pakistani army spokesman warned that the attackers will not be spared.",
    "own_side": "Tunis's police chief warned that Tunisian police will no longer allow "
                "marches.",
    "other_party": "The French minister warned that Russia could cut gas supplies to "
                   "Poland.",
    "thing": "Canadian officials warn the flood is simply too large to contain.",
    # no 'that': the parser takes the clause's subject for the warning's object
    "bare_economy": "Experts warned the economy faces a recession.",
    "bare_camps": "Aid groups warned the camps lack clean water.",
    "bare_region": "Analysts warned the region risks a wider war.",
    "addressee": "The envoy warned Moscow it would respond to any incursion.",
    # the warner's own forces or arms under a modal: a threat of military force (CAMEO 138)
    "own_jets": "Norland warned on Monday that its jets could strike Varo positions.",
    "our_troops": "The defence minister warned that our troops will respond to any provocation.",
    "their_fighters": "The rebels warned that their fighters would attack the convoy.",
    "prices": "Norland warned that prices could rise.",
    "own_economy": "Norland warned that its economy would suffer.",
    "other_troops": "The Norland minister warned that Varo's troops could attack the border.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["own_action", "warned_of", "passive", "own_side",
                                 "addressee", "own_jets", "our_troops", "their_fighters"])
def test_warning_of_own_action_is_a_threat(results, key: str) -> None:
    assert of_type(results[key], "THREATEN"), TEXTS[key]


@pytest.mark.parametrize("key", ["other_party", "thing", "bare_economy", "bare_camps",
                                 "bare_region", "prices", "own_economy", "other_troops"])
def test_forecast_is_no_threat(results, key: str) -> None:
    assert not of_type(results[key], "THREATEN"), TEXTS[key]
