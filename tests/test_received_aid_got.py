"""Aid the subject gets ('Ukraine got military aid from Britain') is told like aid it
receives: AID from the from-phrase to the subject; aid the subject gets to a place
('struggled to get aid to Gaza') is brought by the subject, who is never its receiver."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts, side_countries

from eventwire.model import Extraction

GOT = {
    "military": ("Ukraine got military aid from Britain.", "GBR", "UKR"),
    "food": ("Jordan got food aid from Egypt.", "EGY", "JOR"),
    "received": ("Ukraine received military aid from Britain.", "GBR", "UKR"),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = {k: v[0] for k, v in GOT.items()}
    texts["brought"] = "Aid groups struggled to get aid to Gaza."
    return run_texts(texts)


@pytest.mark.parametrize("key", sorted(GOT))
def test_got_aid_from_a_giver(results: dict[str, Extraction], key: str) -> None:
    text, src, tgt = GOT[key]
    (ev,) = of_type(results[key], "AID")
    assert side_countries(ev, "source") == {src}, text
    assert side_countries(ev, "target") == {tgt}, text


def test_aid_got_to_a_place_is_not_received(results: dict[str, Extraction]) -> None:
    for ev in of_type(results["brought"], "AID"):
        assert "NGO" not in side_countries(ev, "target")  # the aid groups bring it
        assert "PSE" not in side_countries(ev, "source")
