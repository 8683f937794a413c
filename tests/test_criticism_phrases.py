"""Criticism told by verbs of ridicule or disparagement (CAMEO 111: mock, demonize,
disparage, belittle, malign, pillory) and by the idioms 'took issue with', 'took exception /
offence to', 'took umbrage at', 'took X to task' is an ACCUSE (mode disapprove). 'Took the
issue up with', 'took the issue to', 'a mock trial' and 'took the town' are not."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "demonized": "The Kenyan opposition demonized the Ugandan president.",
    "mocked": "Pyongyang mocked the South Korean president.",
    "disparaged": "The Kenyan minister disparaged the Ugandan proposal.",
    "issue": "India took issue with Pakistan's remarks.",
    "exception": "China took exception to the Japanese statement.",
    "offence": "China took offence at the Japanese remarks.",
    "task": "Poland took Germany to task over the pipeline.",
    "taken_up": "The issue was taken up with Uganda.",
    "took_up": "The Kenyan minister took the issue up with Uganda.",
    "issue_to": "The Kenyan delegation took the issue to the United Nations.",
    "mock_trial": "The Kenyan students staged a mock trial of the president.",
    "town": "The Kenyan army took the town.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,source,target", [
    ("demonized", "opposition", "president"), ("mocked", "Pyongyang", "South Korean"),
    ("disparaged", "minister", "Ugandan"), ("issue", "India", "Pakistan"),
    ("exception", "China", "Japanese"), ("offence", "China", "Japanese"),
    ("task", "Poland", "Germany")])
def test_criticism_phrases_are_charges(results: dict[str, Extraction], key: str, source: str,
                                       target: str) -> None:
    found = of_type(results[key], "ACCUSE")
    assert found, TEXTS[key]
    assert any(source in (p.text or "") for p in found[0].source), found[0].source
    assert any(target in (p.text or "") for p in found[0].target), found[0].target


@pytest.mark.parametrize("key", ["taken_up", "took_up", "issue_to", "mock_trial", "town"])
def test_other_uses_are_no_charge(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "ACCUSE"), TEXTS[key]
