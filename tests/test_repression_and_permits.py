"""Repression, permits, suspensions and checkpoints told without the usual verbs of arrest or
sanction: "cracked down on", "suppressed the protests" (CAMEO 170 SUPPRESS), a revoked licence
or visa, a stripped citizenship (CAMEO 172 administrative sanctions), a disqualified candidate
(CAMEO 1722), a checkpoint set up, the closure of a newspaper or a border, and people who remain
in custody are COERCE; a member suspended from a bloc, or its membership suspended, is
SANCTION (PLOVER: "expel an entity from a group, organization ..."). Sports, fires, drugs and
a law's provisions are not events of either type."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

COERCE = {
    "crack_down": "Police cracked down on protesters in the capital on Monday.",
    "clamp_down": "The government clamped down on dissent after the vote.",
    "suppressed": "Security forces suppressed the protests in the capital.",
    "quelled": "The army quelled the unrest in the northern provinces.",
    "silenced": "The regime silenced independent journalists.",
    "revoked_licence": "The government revoked the licenses of three newspapers.",
    "suspended_licence": "The authorities suspended the newspaper's license for three months.",
    "cancelled_visas": "Authorities cancelled the visas of foreign journalists.",
    "withdrew_accreditation": "The ministry withdrew the accreditation of the foreign correspondent.",
    "stripped": "The government stripped the activist of his citizenship.",
    "immunity": "The lawmaker was stripped of his parliamentary immunity on Tuesday.",
    "disqualified": "The election commission disqualified three opposition candidates.",
    "disqualified_from": "The former mayor was disqualified from the election.",
    "remain_custody": "Three journalists remain in detention after the raid.",
    "languish": "Dozens of protesters are still languishing in jail.",
    "checkpoints": "The army set up checkpoints on the main roads into the city.",
    "erected": "Several border checkpoints have been erected to stop the rebels.",
    "closure_media": "The government ordered the closure of two radio stations.",
    "closure_border": "Ruritania announced the closure of all border crossings with Lorania.",
}
ARRESTS = ("remain_custody", "languish")  # the one held is the target, not the source
SANCTION = {
    "suspended_from": "The African Union suspended Niger from the bloc on Monday.",
    "membership": "The regional bloc suspended Guinea's membership after the coup.",
    "passive_from": "Mali was suspended from the African Union after the coup.",
}
NONE = {
    "fire": "Firefighters suppressed the fire quickly.",
    "drug": "The drug suppresses the immune system.",
    "fears": "The minister quelled fears of a shortage.",
    "passport": "He renewed his passport last month.",
    "race": "The athlete was disqualified from the race for a false start.",
    "stayed": "He remained in the capital for talks.",
    "factory": "The closure of the factory cost 300 jobs.",
    "road": "The closure of the road for repairs angered residents.",
}
UNREAL = {
    "law": "The law allows the ministry to revoke licences of outlets that spread false news.",
    "could": "The government could revoke his visa if he keeps criticising it.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**COERCE, **SANCTION, **NONE, **UNREAL})


def _types(ex: Extraction) -> list[tuple[str, str, str]]:
    return [(e.type, e.modality, e.trigger.text) for e in ex.events]


def _real(ex: Extraction, etype: str) -> list:
    return [e for e in of_type(ex, etype) if e.modality in ("asserted", "planned")]


@pytest.mark.parametrize("key", sorted(COERCE))
def test_coercion(results: dict[str, Extraction], key: str) -> None:
    assert _real(results[key], "COERCE"), _types(results[key])


@pytest.mark.parametrize("key", ARRESTS)
def test_still_held_is_the_target(results: dict[str, Extraction], key: str) -> None:
    ev = _real(results[key], "COERCE")[0]
    assert ev.mode == "COERCE/arrest" and ev.target and not ev.source, _types(results[key])


@pytest.mark.parametrize("key", sorted(SANCTION))
def test_suspension_from_a_body(results: dict[str, Extraction], key: str) -> None:
    assert _real(results[key], "SANCTION"), _types(results[key])
    assert not of_type(results[key], "COERCE"), _types(results[key])


@pytest.mark.parametrize("key", sorted(NONE))
def test_not_coercion(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "COERCE"), _types(results[key])
    assert not of_type(results[key], "SANCTION"), _types(results[key])


@pytest.mark.parametrize("key", sorted(UNREAL))
def test_a_possible_revocation_is_not_real(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "COERCE") and not _real(results[key], "COERCE"), \
        _types(results[key])
