"""A record's participants keep the PLOVER sector the reports give, with where it came from."""

from __future__ import annotations

from typing import Any

from fuse_helpers import add, make_call

from eventwire import fuse
from eventwire.fuse import queries
from eventwire.fuse.build import actor_refs, resolve_commitment
from eventwire.fuse.mentions import Mention, make_mention
from eventwire.model import ActorRef
from eventwire.store import Store

STATE = ActorRef("country:RUT", "Ruritania", "RUT", None, "state")
ARMY = ActorRef("country:RUT", "Ruritania", "RUT", "MIL", "state")
CABINET = ActorRef("country:RUT", "Ruritania", "RUT", "GOV", "state")
BORDURIA = {"id": "country:BOR", "name": "Borduria", "country": "BOR", "kind": "state"}


def raid(aid: str, text: str, named: str, actor: ActorRef) -> Mention:
    """A fuse-stage ASSAULT mention whose source is ``named`` linked to ``actor``."""
    i = text.index(named)
    data: dict[str, Any] = {
        "type": "ASSAULT", "modality": "asserted",
        "trigger": {"start": 0, "end": 1, "text": text[0]},
        "sentence": {"start": 0, "end": len(text), "text": text},
        "source": [{"start": i, "end": i + len(named), "text": named, "actor": actor.to_dict()}],
        "target": [{"start": 0, "end": 8, "text": "Borduria", "actor": dict(BORDURIA)}]}
    art = {"id": aid, "published": "2025-03-05", "url": f"https://{aid}.example/{aid}"}
    return make_mention(f"{aid}#0", art, data, None)


STATE_TEXT = "Borduria said Ruritania shelled its border post."
ARMY_TEXT = "Borduria said the Ruritanian army shelled its border post."
CABINET_TEXT = "Borduria said the Ruritanian government ordered the shelling."


def test_the_state_named_bare_takes_the_sector_another_report_gives() -> None:
    refs = actor_refs([raid("a1", STATE_TEXT, "Ruritania", STATE),
                       raid("a2", ARMY_TEXT, "Ruritanian army", ARMY)], ("source", "target"))
    assert [r["id"] for r in refs] == ["country:RUT", "country:BOR"]
    assert refs[0]["sector"] == "MIL"
    assert refs[0]["sector_from"] == {"article": "a2", "start": 18, "end": 33,
                                      "text": "Ruritanian army"}
    assert "sector" not in refs[1] and "sector_from" not in refs[1]


def test_the_first_sector_given_stays_and_says_where_it_came_from() -> None:
    refs = actor_refs([raid("a1", CABINET_TEXT, "Ruritanian government", CABINET),
                       raid("a2", ARMY_TEXT, "Ruritanian army", ARMY)], ("source",))
    assert len(refs) == 1 and refs[0]["sector"] == "GOV"
    assert refs[0]["sector_from"]["article"] == "a1"


def test_a_mention_is_not_changed_by_the_record_taking_its_sector() -> None:
    bare = raid("a1", STATE_TEXT, "Ruritania", STATE)
    actor_refs([bare, raid("a2", ARMY_TEXT, "Ruritanian army", ARMY)], ("source",))
    assert "sector" not in bare.data["source"][0]["actor"]


def test_stored_reports_of_the_state_and_its_army_are_one_record_with_the_sector(
        store: Store) -> None:
    ids = [add(store, make_call("c1", date="2025-03-18", target=STATE)),
           add(store, make_call("c2", date="2025-03-18", target=ARMY))]
    fuse.update(store, ids)
    events = queries.snapshot(store)["events"]
    assert len(events) == 1 and sorted(events[0]["articles"]) == ["c1", "c2"]
    ruritania = next(p for p in events[0]["participants"] if p["id"] == "country:RUT")
    assert ruritania["sector"] == "MIL" and ruritania["sector_from"]["article"] == "c2"
    target = next(p for p in events[0]["target"] if p["id"] == "country:RUT")
    assert target["sector"] == "MIL"


def test_a_promiser_the_article_names_bare_takes_the_sector_of_the_mention() -> None:
    text = "The leaders of Ruritania and Borduria met. Both leaders pledged to open the border."
    m = raid("a1", text, "Ruritania", CABINET)
    entities = [{"start": 15, "end": 24, "text": "Ruritania", "label": "GPE",
                 "actor": STATE.to_dict()},
                {"start": 29, "end": 37, "text": "Borduria", "label": "GPE",
                 "actor": dict(BORDURIA)}]
    c = {"kind": "pledge", "promiser": ["country:RUT", "country:BOR"], "promisee": ["border"]}
    out = resolve_commitment(c, {"entities": entities}, m)
    assert out["promiser"][0]["sector"] == "GOV"
    assert out["promiser"][0]["sector_from"]["text"] == "Ruritania"
    assert "sector" not in out["promiser"][1]  # no participant gives Borduria a sector
    assert out["promisee"] == ["border"]
    assert "sector" not in entities[0]["actor"]  # the article's entity is not changed
    assert resolve_commitment(c, {"entities": entities})["promiser"][0] == STATE.to_dict()
