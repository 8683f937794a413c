"""Text with no publication date: events the text asserts come out asserted, through the
pipeline and through ``eventwire extract``; only a plan or a condition is not."""

from __future__ import annotations

import json

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline

TEXT = ("Rebel fighters seized the border town on Monday after two days of fighting. "
        "Police arrested twelve people. The foreign minister met the envoy in the capital. "
        "The president said the army would retaliate if the attacks continued.")
ASSERTED = {"seized", "arrested", "met"}


def _modalities(events, text):
    return {text[e["trigger"]["start"]:e["trigger"]["end"]].split()[0]: e["modality"]
            for e in events}


@pytest.fixture(scope="module")
def extracted():
    out = list(Pipeline().run([Article(id="u", text=TEXT)]))
    assert len(out) == 1 and out[0].article.published is None
    return out[0]


def test_undated_text_keeps_asserted_events(extracted):
    found = {TEXT[e.trigger.start:e.trigger.end].split()[0]: e.modality
             for e in extracted.events}
    assert ASSERTED <= set(found)
    assert all(found[w] == "asserted" for w in ASSERTED)
    assert found.get("retaliate") != "asserted"


def test_undated_file_through_the_cli(cli, tmp_path):
    src = tmp_path / "undated.txt"
    src.write_text(TEXT + "\n")
    result = cli("extract", str(src))
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout.splitlines()[-1])
    assert doc["published"] is None
    found = _modalities(doc["events"], doc["text"])
    assert all(found.get(w) == "asserted" for w in ASSERTED)
