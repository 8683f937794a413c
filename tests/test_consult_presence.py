"""A conversation whose own sentence places its parties together (landed in, flew to,
face to face, at a summit) is held in person: no phone mode is inferred for it from the
setting or from a call the article tells elsewhere."""

from __future__ import annotations

import pytest
from test_fuse_coref import ENVOY, SPEAKER, event

from eventwire.extract.resolve import infer_consult_modes

CALL = "Anna Envoy spoke by phone with Boris Speaker on Monday."


def talks(text: str, trigger: str = "held talks"):
    return event(text, trigger, "CONSULT", [("Anna Envoy", ENVOY)],
                 [("Boris Speaker", SPEAKER)])


@pytest.mark.parametrize("text", [
    "Anna Envoy, who landed in Oskar on Tuesday, held talks with Boris Speaker.",
    "Anna Envoy arrived in the capital and held talks with Boris Speaker.",
    "Anna Envoy flew to the region and held talks with Boris Speaker on Tuesday.",
    "Anna Envoy held talks face to face with Boris Speaker on Tuesday.",
    "Anna Envoy held talks with Boris Speaker at the regional summit on Tuesday.",
    "Anna Envoy held talks with Boris Speaker while visiting the region.",
])
def test_talks_told_in_person_are_not_inferred_phone(text: str) -> None:
    ev = talks(text)
    infer_consult_modes([ev])
    assert ev.mode != "CONSULT/phone" and ev.attributes.get("in_person") == "sentence"


def test_a_call_elsewhere_does_not_make_in_person_talks_a_call() -> None:
    call = talks(CALL, "spoke")
    call.mode = "CONSULT/phone"
    ev = talks("Anna Envoy, who landed in Oskar on Tuesday, held talks with Boris Speaker.")
    infer_consult_modes([call, ev])
    assert call.mode == "CONSULT/phone" and ev.mode is None


def test_unplaced_talks_between_two_countries_are_still_inferred_phone() -> None:
    ev = talks("Anna Envoy held talks with Boris Speaker on Tuesday.")
    infer_consult_modes([ev])
    assert ev.mode == "CONSULT/phone" and ev.attributes["mode_from"] == "inferred"


def test_talks_by_phone_after_landing_stay_unplaced() -> None:
    ev = talks("Anna Envoy held talks by phone with Boris Speaker after landing in Oskar.")
    infer_consult_modes([ev])
    assert ev.mode == "CONSULT/phone" and "in_person" not in ev.attributes


def test_a_stated_call_after_landing_stays_a_call() -> None:
    call = talks("Anna Envoy spoke by phone with Boris Speaker after landing in Oskar.",
                 "spoke")
    call.mode = "CONSULT/phone"
    infer_consult_modes([call])
    assert call.mode == "CONSULT/phone" and "mode_from" not in call.attributes


def test_calling_for_calm_is_no_call() -> None:
    ev = talks("Anna Envoy landed in Oskar, held talks with Boris Speaker and called for calm.")
    infer_consult_modes([ev])
    assert ev.mode is None and ev.attributes.get("in_person") == "sentence"
