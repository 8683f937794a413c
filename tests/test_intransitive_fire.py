"""An armed force that fires, with no object, attacks: 'Velland said Norland troops fired
first'; a company that fires workers, a fired official or rockets fired from somewhere are
read by their own entries."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

TEXTS = {
    "troops_fired_first": ("Velland said Norland troops fired first.", ["ASSAULT"]),
    "fighters_fired_from": ("Norland said Velland fighters had fired from inside the school.",
                            ["ASSAULT"]),
    "army_fired_back": ("The Norland army fired back after the attack on its post.",
                        ["ASSAULT"]),
    "company_fired": ("The Norland company fired 200 workers last year.", []),
    "soldiers_were_fired": ("The Velland soldiers were fired from their jobs.", []),
    "coach_fired": ("The Velland coach was fired after the defeat.", []),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({k: t for k, (t, _) in TEXTS.items()})


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_an_armed_force_that_fires_attacks(results, key) -> None:
    assert sorted({e.type for e in results[key].events
                   if e.modality in ("asserted", "planned")}) == TEXTS[key][1]


RETURNED = {  # fire returned or answered with fire is an attack by who returns it
    "troops_returned_fire": ("Norland troops returned fire on Sunday, the army said.",
                             ["ASSAULT"], "Norland"),
    "soldiers_returned_gunfire": ("Velland soldiers returned gunfire near the bridge.",
                                  ["ASSAULT"], "Velland"),
    "soldiers_responded_with_fire": ("The Norland soldiers responded with fire.",
                                     ["ASSAULT"], "Norland"),
    "militia_retaliated_with_gunfire": ("The Velland militia retaliated with gunfire.",
                                        ["ASSAULT"], "Velland"),
    "shop_returned_extinguishers": ("The shop returned fire extinguishers to the supplier.",
                                    [], None),
    "store_returned_alarm": ("The store returned the fire alarm it had bought.", [], None),
    "minister_responded_with_fire": ("The minister responded with fire to the criticism.",
                                     [], None),
}


@pytest.fixture(scope="module")
def returned() -> dict[str, Extraction]:
    return run_texts({k: t for k, (t, _, _) in RETURNED.items()})


@pytest.mark.parametrize("key", sorted(RETURNED))
def test_returned_fire_is_an_attack_by_who_returns_it(returned, key) -> None:
    text, types, doer = RETURNED[key]
    found = [e for e in returned[key].events if e.type == "ASSAULT"
             and e.modality in ("asserted", "planned")]
    assert sorted({e.type for e in found}) == types
    if doer is not None:
        assert any(doer in p.text for e in found for p in e.source)


FIRED_AT = {  # fire returned is aimed at who fired first, when the sentence says so
    "returned_after": ("Norland soldiers returned fire after Velland troops opened fire on "
                       "their post.", "Velland"),
    "responded_when": ("Norland soldiers responded with gunfire when Velland rebels attacked "
                       "their camp.", "Velland"),
    "returned_and_later": ("Norland troops returned fire on Sunday, and Velland forces later "
                           "shelled the town.", None),
}


@pytest.fixture(scope="module")
def fired_at() -> dict[str, Extraction]:
    return run_texts({k: t for k, (t, _) in FIRED_AT.items()})


@pytest.mark.parametrize("key", sorted(FIRED_AT))
def test_fire_returned_is_aimed_at_who_fired_first(fired_at, key) -> None:
    (ev,) = [e for e in fired_at[key].events if e.trigger.text.startswith(("returned",
                                                                           "responded"))]
    first = FIRED_AT[key][1]
    if first is None:
        assert not ev.target
    else:
        assert ev.target and all(first in p.text and p.inherited for p in ev.target)
        assert ev.attributes["target_inherited"] == {"from": "fire returned"}
