"""The seed articles through the real pipeline: the events a reader expects from each."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.model import Article, EventMention, Extraction
from eventwire.pipeline import Pipeline

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"
LEADERS = {"USA", "RUS"}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeds() -> dict[str, Extraction]:
    arts = [Article(id=p.name[:3], text=p.read_text(encoding="utf-8"))
            for p in sorted(SAMPLES.glob("*.txt"))]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


def _countries(ev: EventMention) -> set[str]:
    return {p.actor.country for p in (*ev.source, *ev.target) if p.actor is not None}


def _leader_calls(ex: Extraction) -> list[EventMention]:
    return [e for e in ex.events if e.type == "CONSULT" and LEADERS <= _countries(e)]


@pytest.mark.parametrize("seed", ["000", "001", "003", "004"])
def test_phone_call_between_trump_and_putin(seeds: dict[str, Extraction], seed: str) -> None:
    calls = [e for e in _leader_calls(seeds[seed]) if e.mode == "CONSULT/phone"]
    assert any(e.modality == "asserted" for e in calls)


def test_seed_002_call_is_planned(seeds: dict[str, Extraction]) -> None:
    calls = _leader_calls(seeds["002"])
    assert any(e.modality == "planned" for e in calls)


def test_seed_000_no_agreement_reached(seeds: dict[str, Extraction]) -> None:
    text = seeds["000"].article.text
    start = text.index("No agreement or ceasefire was reached")
    here = [e for e in seeds["000"].events if e.sentence.start <= start < e.sentence.end]
    assert any(e.type == "AGREE" for e in here)
    assert not any(e.type == "AGREE" and e.modality == "asserted" for e in here)


def test_seed_000_implications_are_not_asserted(seeds: dict[str, Extraction]) -> None:
    text = seeds["000"].article.text
    lo = text.index("Key implications include:")
    hi = text.index("Diplomatic Aspect | Current Status")
    inside = [e for e in seeds["000"].events if lo <= e.trigger.start < hi]
    assert inside and all(e.modality != "asserted" for e in inside)


def test_seed_004_drone_assault_with_aircraft_count(seeds: dict[str, Extraction]) -> None:
    attacks = [e for e in seeds["004"].events if e.type == "ASSAULT" and e.mode == "ASSAULT/drone"]
    assert any("UKR" in {p.actor.country for p in e.source if p.actor}
               and "RUS" in {p.actor.country for p in e.target if p.actor} for e in attacks)
    counted = [c for e in attacks for c in e.attributes.get("counts", [])]
    assert any(c["count"] == 41 and c["of"] == "aircraft" for c in counted)


def test_seed_004_istanbul_meeting(seeds: dict[str, Extraction]) -> None:
    met = [e for e in seeds["004"].events if e.type == "CONSULT" and e.location
           and e.location.get("country") == "TUR"]
    assert met and {"RUS", "UKR"} <= _countries(met[0])


def test_seed_004_threat_and_duration(seeds: dict[str, Extraction]) -> None:
    threats = [e for e in seeds["004"].events if e.type == "THREATEN"]
    assert any("RUS" in {p.actor.country for p in e.source if p.actor} for e in threats)
    durations = [e.attributes["duration"]["value"] for e in _leader_calls(seeds["004"])
                 if "duration" in e.attributes]
    assert "PT75M" in durations


def test_seed_004_deadline(seeds: dict[str, Extraction]) -> None:
    deadlines = [e.attributes["commitment"] for e in seeds["004"].events
                 if e.attributes.get("commitment", {}).get("kind") == "deadline"]
    assert deadlines and deadlines[0]["deadline"] == "P2W"


def test_seed_003_putin_pledge(seeds: dict[str, Extraction]) -> None:
    pledges = [e for e in seeds["003"].events if "commitment" in e.attributes
               and e.attributes["commitment"]["kind"] == "pledge"]
    assert pledges
    c = pledges[0].attributes["commitment"]
    assert any(p.actor and p.actor.country == "RUS" for p in pledges[0].source)
    assert "energy infrastructure" in c["scope"] and c["duration"] == "P30D" and c["negative"]
