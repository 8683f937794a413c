"""A proper name that only names a site ('the Tharjath pumping station', 'the Heglig oil
field', 'the Rasbeni refinery') is no group of the sentence's country and no participant of
its own: the site is the target, placed as any unnamed target is."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts, side_countries

from eventwire.model import Extraction

PUBLISHED = "2025-06-07"

TEXTS = {
    "station": "Gunmen attacked the Marun pumping station in Khuzestan province on Sunday, "
               "killing three guards.",
    "field": "Rebel fighters seized the Kalembe oil field on Friday after a day of fighting.",
    "refinery": "Drones struck the Rasbeni refinery overnight, officials in Norland said.",
    "dam": "Soldiers were sent to protect the Ostrava dam from attacks by the militia.",
    "owner": "Ukrainian drones hit a Russian oil refinery in Ryazan on Monday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS, published=PUBLISHED)


@pytest.mark.parametrize("key,trigger,name", [
    ("station", "attacked", "Marun"),
    ("field", "seized", "Kalembe"),
    ("refinery", "struck", "Rasbeni"),
    ("dam", "Soldiers were sent", "Ostrava"),
])
def test_a_site_name_is_no_party(results: dict[str, Extraction], key: str, trigger: str,
                                 name: str) -> None:
    ev = by_trigger(results[key], trigger)
    for p in ev.source + ev.target:
        assert p.text != name
        assert p.actor is None or p.actor.kind != "group" or name not in p.text


def test_a_named_site_is_placed_as_a_target(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["station"], "attacked")
    assert any("station" in p.text for p in ev.target)


def test_a_linked_owner_of_a_site_stays(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["owner"], "hit")
    assert "RUS" in side_countries(ev, "target")
