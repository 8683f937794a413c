"""Event confidence: an aspectual verb ('began to', 'continued to', 'kept') only places the
event in time, so the clause's syntax, not the bare infinitive's, feeds the model."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.model import Extraction

TEXTS = {
    "began": "The border guards began to reinforce their posts along the canal.",
    "finite": "The border guards reinforced their posts along the canal.",
    "continued": "Militia fighters have continued to torch farms near the old mill.",
    "kept": "Gunmen kept firing at the relief convoy outside Goma.",
    "wants": "The border guards want to reinforce their posts along the canal.",
    "tried": "The border guards tried to reinforce their posts along the canal.",
}

@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)

@pytest.mark.parametrize("key,trigger,tag", [("began", "reinforce", "VBD"),
                                             ("continued", "torch", "VBN"),
                                             ("kept", "firing", "VBD")])
def test_aspectual_complement_takes_the_clause_syntax(extracted, key, trigger, tag):
    info = by_trigger(extracted[key], trigger).attributes["trigger_info"]
    assert info["tag"] == tag and info["dep"] == "ROOT"

def test_aspectual_complement_is_as_confident_as_the_finite_verb(extracted):
    began = by_trigger(extracted["began"], "reinforce")
    finite = by_trigger(extracted["finite"], "reinforced")
    assert began.modality == "asserted" == finite.modality
    assert abs(began.confidence - finite.confidence) < 0.05

@pytest.mark.parametrize("key", ["wants", "tried"])
def test_other_governors_keep_the_infinitive_syntax(extracted, key):
    info = by_trigger(extracted[key], "reinforce").attributes["trigger_info"]
    assert info["tag"] == "VB" and info["dep"] == "xcomp"
