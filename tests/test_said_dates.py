"""A threat, demand or refusal told in a reported clause looking ahead is made when it is said."""

from __future__ import annotations

from pipeline_runs import of_type, run_texts

TEXTS = {
    "threat": ("Ruritania's defence minister said on Tuesday that talks could go on for weeks and "
               "that his army would hit back hard at every breach."),
    "past": ("Freedonia's foreign minister said on Sunday that she had turned down an offer to "
             "keep Ruritanian soldiers in the hills."),
}


def test_a_threat_in_a_reported_clause_is_dated_by_the_statement() -> None:
    ex = run_texts(TEXTS, published="2025-08-02")
    [threat] = of_type(ex["threat"], "THREATEN")
    assert threat.date.get("via") == "statement" and threat.date["value"] == "2025-07-29"
    assert threat.date["range"] == ["2025-07-29", "2025-07-29"]


def test_a_refusal_told_in_the_past_perfect_keeps_the_time_before_the_statement() -> None:
    ex = run_texts(TEXTS, published="2025-08-02")
    [refusal] = of_type(ex["past"], "REJECT")
    assert refusal.date.get("via") != "statement"
    assert refusal.date["range"][1] <= "2025-07-27"
