"""Record confidences and their calibration table (``evaluation.record_calibration``)."""

from __future__ import annotations

import pytest

from eventwire.evaluation.record_calibration import bin_label, calibration, record_features
from eventwire.fuse.mentions import Mention


def report(mid: str, confidence: float, outlet: str, root: str | None = None,
           modality: str = "asserted") -> Mention:
    """A mention of a talks report with its confidence, outlet and modality."""
    article = mid.split("#")[0]
    return Mention(id=mid, article=article, root=root or article, outlet=outlet,
                   data={"type": "CONSULT", "modality": modality, "confidence": confidence})


def test_independent_outlets_combine_as_noisy_or():
    f = record_features([report("a1#0", 0.5, "wire.example"),
                         report("b1#2", 0.4, "paper.example")])
    assert f["outlets"] == 2
    assert f["best"] == pytest.approx(0.5)
    assert f["noisy_or"] == pytest.approx(1 - 0.5 * 0.6)


def test_one_outlet_counts_once_with_its_best_report():
    f = record_features([report("a1#0", 0.5, "wire.example"),
                         report("a2#1", 0.6, "wire.example"),
                         report("c3#0", 0.3, "", root="a2")])  # a reprint without a site
    assert f["outlets"] == 2
    assert f["noisy_or"] == pytest.approx(1 - 0.4 * 0.7)


def test_reports_of_no_occurrence_add_nothing():
    f = record_features([report("a1#0", 0.9, "wire.example", modality="hypothetical"),
                         report("b1#0", 0.8, "paper.example", modality="negated"),
                         report("c1#0", 0.2, "daily.example", modality="planned")])
    assert f == {"best": pytest.approx(0.2), "outlets": 1, "noisy_or": pytest.approx(0.2)}
    assert record_features([report("a1#0", 0.9, "wire.example", modality="negated")]) == \
        {"best": 0.0, "outlets": 0, "noisy_or": 0.0}


def test_bins_are_closed_below():
    assert bin_label(0.1) == "<0.3"
    assert bin_label(0.3) == "0.3-0.5"
    assert bin_label(0.656) == "0.656-0.8"
    assert bin_label(0.95) == ">=0.8"


def test_calibration_counts_records_that_hit_one_event():
    rows = [{"best": 0.9, "shown": True, "truths": ["T1"]},
            {"best": 0.85, "shown": True, "truths": ["T1", "T2"]},
            {"best": 0.82, "shown": True, "truths": []},
            {"best": 0.4, "shown": False, "truths": ["T3"]}]
    table = calibration(rows, "best")
    assert [b["bin"] for b in table] == ["0.3-0.5", ">=0.8"]
    top = table[1]
    assert (top["records"], top["shown"], top["hitting"], top["one_event"]) == (3, 3, 2, 1)
    assert top["share"] == pytest.approx(0.33)
    assert table[0]["share"] == 1.0
