"""Conflicts by attribute kind: short reports of one event by two outlets, ingested through
the CLI into a SQLite store, disagree (or agree) on one attribute."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

PUBLISHED = ("2025-05-10T10:00:00+00:00", "2025-05-10T12:00:00+00:00")


def record_flags(cli: Any, tmp_path: Path, *texts: str) -> list[list[str]]:
    """The conflict flag kinds of each record holding every article, one article per text
    (each by its own outlet)."""
    src = tmp_path / "articles.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i, text in enumerate(texts):
            f.write(json.dumps({"id": f"k{i}", "title": f"Report {i}", "text": text,
                                "published": PUBLISHED[i % 2],
                                "url": f"https://outlet{i}.example/report/{i}"}) + "\n")
    db = str(tmp_path / "kinds.db")
    assert cli("ingest", str(src), "--db", db).exit_code == 0
    out = cli("events", "--all", "--format", "jsonl", "--db", db).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    return [[f["kind"] for f in r["flags"] if f["kind"].endswith("conflict")]
            for r in rows if len(r["articles"]) == len(texts)]


@pytest.mark.parametrize(("kind", "first", "second"), [
    ("duration_conflict",
     "Israeli and Hamas negotiators held talks in Doha on Friday that lasted three hours, "
     "Qatari officials said.",
     "Israeli and Hamas negotiators held talks in Doha on Friday that lasted eight hours, "
     "a diplomat briefed on the meeting said."),
    ("place_conflict",
     "Russian and Ukrainian delegations met in Istanbul on Friday to discuss a prisoner "
     "exchange.",
     "Russian and Ukrainian delegations met in Geneva on Friday to discuss a prisoner "
     "exchange."),
    ("number_conflict",
     "Russia attacked Ukraine with 90 drones overnight on Friday, the Ukrainian air force "
     "said. Most were shot down over Kyiv region.",
     "Russia attacked Ukraine with more than 200 drones overnight on Friday, according to "
     "officials in Kyiv. Most were shot down over Kyiv region."),
    ("number_conflict",
     "Fighting between Armenia and Azerbaijan along the border on Friday forced 20,000 people "
     "to flee their homes, Armenian officials said.",
     "Fighting between Armenia and Azerbaijan along the border on Friday displaced some "
     "140,000 people, according to the interior ministry."),
    ("number_conflict",
     "Russian drones struck the Ukrainian city of Sumy on Friday, wounding 40 people, the "
     "regional governor said.",
     "Russian drones struck the Ukrainian city of Sumy on Friday and injured 112 people, "
     "local officials said."),
    ("starter_conflict",
     "Armenian and Azerbaijani troops clashed near a hilltop border post on Friday. Armenia "
     "fired first, according to witnesses, and the fighting lasted an hour.",
     "Armenian and Azerbaijani troops clashed near a hilltop border post on Friday. Azerbaijan "
     "fired first, according to witnesses, and the fighting lasted an hour."),
    ("starter_conflict",
     "Indian and Pakistani soldiers exchanged fire in Kashmir on Monday. India blamed "
     "Pakistan for the clashes.",
     "Indian and Pakistani soldiers exchanged fire in Kashmir on Monday. Observers held "
     "India responsible for the fighting."),
    ("mediator_conflict",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday, officials said. It was brokered "
     "by Qatar alone.",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday, officials said. It was brokered "
     "by Turkey and Russia."),
    ("mediator_conflict",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday, officials said. Washington alone "
     "brokered it, according to diplomats.",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday, officials said. The United States "
     "and France brokered the deal."),
    ("outcome_conflict",
     "Serbian and Kosovar negotiators held talks in Brussels on Tuesday. It ended without "
     "agreement, diplomats said.",
     "Serbian and Kosovar negotiators held talks in Brussels on Tuesday. They were described "
     "as productive by both sides."),
    ("kept_conflict",
     "Armenia and Azerbaijan agreed to a ceasefire on Monday, officials said. The truce was "
     "violated within hours, residents said.",
     "Armenia and Azerbaijan agreed to a ceasefire on Monday, officials said. It largely held "
     "overnight, according to monitors."),
    ("kept_conflict",
     "A ceasefire between Armenia and Azerbaijan took effect at midnight on Monday and largely "
     "held overnight, officials said.",
     "A ceasefire between Armenia and Azerbaijan took effect at midnight on Monday but was "
     "violated within hours, officials said."),
    ("kept_conflict",
     "A ceasefire between Armenia and Azerbaijan took effect at midnight on Monday. Azerbaijani "
     "troops shelled two Armenian border posts after the ceasefire took effect, the Armenian "
     "army said on Tuesday.",
     "A ceasefire between Armenia and Azerbaijan took effect at midnight on Monday. No clashes "
     "have been reported along the border since the truce took effect, the Azerbaijani army "
     "said on Tuesday."),
    ("kept_conflict",
     "Armenia and Azerbaijan agreed on Monday to a ceasefire that took effect at midnight.\n\n"
     "The Armenian army said on Tuesday that Azerbaijani troops fired rockets at an outpost "
     "hours after the ceasefire took effect.",
     "Armenia and Azerbaijan agreed on Monday to a ceasefire that took effect at midnight. No "
     "clashes have been reported since the truce came into force, an Azerbaijani spokesman "
     "said on Tuesday."),
    ("starter_conflict",
     "Armenian and Azerbaijani troops clashed near the ridge on Thursday. Baku accused Armenian "
     "forces of instigating the clashes.",
     "Armenian and Azerbaijani troops clashed near the ridge on Thursday. The clashes on "
     "Thursday were initiated by Azerbaijani soldiers, Armenian officials said."),
    ("mediator_conflict",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday in talks mediated by Qatar, "
     "officials said.",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday in talks mediated by Turkey, "
     "officials said."),
    ("mediator_conflict",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday, with Qatar acting as mediator.",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday, with Turkey acting as mediator."),
    ("mediator_conflict",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday, officials said. The truce was "
     "brokered by Qatar.",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday, officials said. The ceasefire, "
     "brokered by Turkey, took effect at noon."),
    ("mediator_conflict",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday under Qatari mediation.",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday under Turkish mediation."),
    ("outcome_conflict",
     "Russian and Ukrainian delegations held talks in Istanbul on Friday that officials "
     "described as constructive.",
     "Russian and Ukrainian delegations held talks in Istanbul on Friday that yielded no "
     "result, diplomats said."),
    ("outcome_conflict",
     "Russian and Ukrainian delegations met in Istanbul on Friday for talks that officials "
     "described as productive.",
     "Russian and Ukrainian delegations met in Istanbul on Friday, but the talks ended with "
     "no progress, diplomats said."),
    ("starter_conflict",
     "Armenian and Azerbaijani troops clashed near the ridge on Monday after Armenian soldiers "
     "fired on an Azerbaijani patrol.",
     "Armenian and Azerbaijani troops clashed near the ridge on Monday after Azerbaijani soldiers "
     "fired on an Armenian patrol."),
    ("number_conflict",
     "Armenia deployed two F-16 fighter jets to strike Azerbaijani positions on Monday, the army "
     "said.",
     "Armenia deployed six F-16s to strike Azerbaijani positions on Monday, officials said."),
    ("duration_conflict",
     "Armenian and Azerbaijani troops clashed on the border on Monday; the fighting lasted two "
     "days, officials said.",
     "Armenian and Azerbaijani troops clashed on the border on Monday; the fighting lasted five "
     "days, officials said."),
    ("outcome_conflict",
     "Serbian and Kosovar negotiators held talks in Brussels on Tuesday. The session was "
     "constructive, an EU spokesman said.",
     "Serbian and Kosovar negotiators held talks in Brussels on Tuesday. The session broke up "
     "with no progress, according to diplomats."),
    ("starter_conflict",
     "Armenian and Azerbaijani troops clashed near the ridge on Thursday after Armenian forces "
     "launched an attack on an Azerbaijani outpost.",
     "Armenian and Azerbaijani troops clashed near the ridge on Thursday after Azerbaijani "
     "forces attacked Armenian positions."),
    ("mediator_conflict",
     "Thai and Cambodian officials held talks in Kuala Lumpur on Monday. The session was "
     "brokered by Singapore, officials said.",
     "Thai and Cambodian officials held talks in Kuala Lumpur on Monday mediated by "
     "Indonesia."),
    ("mediator_conflict",
     "Thailand and Cambodia agreed to a ceasefire on Monday. The ceasefire was brokered by the "
     "United States.",
     "Thailand and Cambodia agreed to a ceasefire on Monday. Malaysia alone brokered the "
     "ceasefire, officials said."),
    ("deal_conflict",
     "Armenian and Azerbaijani envoys met in Vienna on Monday and agreed to an immediate truce.",
     "Armenian and Azerbaijani envoys met in Vienna on Monday but failed to agree on a truce."),
])
def test_outlets_disagreeing_on_one_attribute_are_flagged(cli: Any, tmp_path: Path, kind: str,
                                                         first: str, second: str) -> None:
    flags = record_flags(cli, tmp_path, first, second)
    assert any(kind in f for f in flags), flags


@pytest.mark.parametrize(("first", "second"), [
    ("Russia attacked Ukraine with about 220 drones overnight on Friday, the Ukrainian air "
     "force said.",
     "Russia attacked Ukraine with more than 200 drones overnight on Friday, according to "
     "officials in Kyiv."),
    ("Armenia and Azerbaijan agreed to a ceasefire on Friday through US and Qatari "
     "facilitation.",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday through US facilitation."),
    ("Israeli and Hamas negotiators held talks in Qatar on Friday, officials said.",
     "Israeli and Hamas negotiators held talks in Doha on Friday, a diplomat said."),
    ("Armenian and Azerbaijani troops clashed near the ridge on Monday after a landmine "
     "wounded five Azerbaijani soldiers.",
     "Armenian and Azerbaijani troops clashed near the ridge on Monday after Armenian "
     "soldiers fired on an Azerbaijani patrol."),
    ("Armenia and Azerbaijan agreed to a ceasefire on Friday, officials said. Separately, "
     "Kenya and Ethiopia signed a trade agreement in Nairobi on Tuesday. The agreement was "
     "brokered by Qatar.",
     "Armenia and Azerbaijan agreed to a ceasefire on Friday, officials said. The truce was "
     "brokered by Turkey."),
    ("Serbian and Kosovar negotiators held talks in Brussels on Tuesday. Separately, Kenyan "
     "and Ethiopian officials met in Nairobi. That meeting was constructive, officials said.",
     "Serbian and Kosovar negotiators held talks in Brussels on Tuesday. The session broke up "
     "with no progress, according to diplomats."),
    ("Thai and Cambodian officials held talks in Kuala Lumpur on Monday. Separately, Lao and "
     "Vietnamese envoys met in Hanoi. That meeting was mediated by Singapore.",
     "Thai and Cambodian officials held talks in Kuala Lumpur on Monday mediated by "
     "Indonesia."),
    ("Armenia fired at least 20 rockets into Azerbaijan on Monday, the army said.",
     "Armenia fired more than 100 rockets into Azerbaijan on Monday, officials said."),
])
def test_compatible_statements_are_no_conflict(cli: Any, tmp_path: Path, first: str,
                                               second: str) -> None:
    flags = record_flags(cli, tmp_path, first, second)
    assert flags and not any(flags), flags


def talks(aid: str, outlet: str, place: str, country: str) -> Any:
    """A talks mention whose sentence places the meeting in ``place``."""
    from eventwire.fuse.mentions import make_mention
    text = f"The delegations met in {place} on Friday."
    at = text.index(place)
    data = {"type": "CONSULT", "modality": "asserted",
            "trigger": {"start": 15, "end": 18, "text": "met"},
            "sentence": {"start": 0, "end": len(text), "text": text},
            "location": {"text": place, "start": at, "end": at + len(place),
                         "country": country}, "source": [], "target": []}
    art = {"id": aid, "published": "2025-05-10", "url": f"https://{outlet}.example/{aid}"}
    return make_mention(f"{aid}#0", art, data, None)


def test_places_conflict_by_country_within_a_record_not_across_linked_records() -> None:
    from eventwire.fuse.conflicts import event_conflicts, linked_disagreements
    a, b = talks("a1", "wire", "Istanbul", "TUR"), talks("a2", "post", "Geneva", "CHE")
    (found,) = event_conflicts([a, b], [])
    assert found["kind"] == "place_conflict"
    assert [v["value"] for v in found["values"]] == ["Istanbul", "Geneva"]
    assert found["values"][0]["spans"][0]["sentence"]["text"].startswith("The delegations")
    assert event_conflicts([a, talks("a3", "post", "Ankara", "TUR")], []) == []
    assert event_conflicts([a, talks("a4", "wire", "Geneva", "CHE")], []) == []  # one outlet
    assert linked_disagreements([a], [b]) == []  # another place: another meeting


def test_talks_held_against_talks_called_off(cli: Any, tmp_path: Path) -> None:
    flags = record_flags(
        cli, tmp_path,
        "Thai and Cambodian defence ministers met in Kuala Lumpur on Monday as planned, "
        "officials said.",
        "A meeting of Thai and Cambodian defence ministers in Kuala Lumpur on Monday was called "
        "off at the last minute, officials said.")
    assert any("held_conflict" in f for f in flags), flags

