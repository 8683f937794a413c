"""Armed forces backed or supported by other armed forces ('government soldiers backed by
allied troops', 'Norland forces, supported by Velland aircraft') receive military assistance:
an AID from the backers to the backed. Backing named by a party that is no force ('rebels
backed by Velland'), by a thing ('backed by air support') or of people that are no force
('candidates backed by the party') stays no event, as an allegiance named."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

TEXTS = {
    "troops": "Norland soldiers backed by Velland troops recaptured the town of Tamar on Monday.",
    "aircraft": "Norland forces, supported by Velland aircraft and local militias, launched an "
                "offensive against the rebels in Tamar on Sunday.",
    "party": "Rebels backed by Velland seized the airport of Tamar on Monday.",
    "thing": "The fighters, backed by air support, retook the village of Tamar.",
    "people": "Candidates backed by the ruling party of Norland won most seats on Sunday.",
}


@pytest.fixture(scope="module")
def results():
    return run_texts(TEXTS)


def _aid(ex):
    return [e for e in ex.events if e.type == "AID"]


@pytest.mark.parametrize(("key", "backer", "backed"), [
    ("troops", "Velland", "Norland"), ("aircraft", "Velland", "Norland"),
])
def test_forces_backing_forces_give_military_aid(results, key: str, backer: str,
                                                   backed: str) -> None:
    found = _aid(results[key])
    assert len(found) == 1
    ev = found[0]
    assert any(backer in p.text for p in ev.source)
    assert any(backed in p.text for p in ev.target)
    assert not any(e.type == "SUPPORT" for e in results[key].events)


@pytest.mark.parametrize("key", ["party", "thing", "people"])
def test_other_backing_is_no_aid(results, key: str) -> None:
    assert not _aid(results[key])
    assert not any(e.type == "SUPPORT" and e.trigger.text.startswith("backed")
                   for e in results[key].events)
