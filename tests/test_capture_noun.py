"""The noun 'capture' of people is an act: COERCE/arrest, or ASSAULT/abduct when its doer
(possessor or 'by' phrase) is an armed group, as the verb is; the capture of a place is no
arrest."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

CASES = {
    "condemned": ("Lorania condemned the capture of its soldiers by Tarsian troops on Tuesday.",
                  "COERCE/arrest"),
    "possessor": ("Lorania condemned the Tarsian army's capture of 20 Loranian soldiers.",
                  "COERCE/arrest"),
    "overshadowed": ("The talks were overshadowed by the capture of Loranian fishermen the same "
                     "day.", "COERCE/arrest"),
    "militants_by": ("The capture of two soldiers by militants on Tuesday angered Lorania.",
                     "ASSAULT/abduct"),
    "militants_poss": ("The militants' capture of two soldiers on Tuesday angered Lorania.",
                       "ASSAULT/abduct"),
    "town": ("The capture of the town by Tarsian troops on Tuesday angered Lorania.", None),
}


@pytest.fixture(scope="module")
def results() -> dict:
    return run_texts({k: v[0] for k, v in CASES.items()})


@pytest.mark.parametrize("key", sorted(CASES))
def test_capture_noun_mode(results: dict, key: str) -> None:
    text, mode = CASES[key]
    found = [e.mode for e in results[key].events if e.trigger.text.startswith("capture")]
    if mode is None:
        assert not [m for m in found if m == "COERCE/arrest"], (text, found)
    else:
        assert found == [mode], (text, found)
