"""What carries out an untyped pledge: a threat, accusation, demand or refusal naming its
words carries out nothing, and a scope word is matched as a word, not as letters inside
another ('unit' in 'ammunition')."""

from __future__ import annotations

from eventwire.fuse.promises import evaluate, word_in


def test_a_scope_word_is_matched_as_a_word() -> None:
    assert word_in("barricade", "the barricades stayed")
    assert not word_in("unit", "they seized rifles and ammunition")


WHO = {"id": "country:AAA", "name": "Atlantis", "country": "AAA", "sector": "GOV"}
PLEDGE = {"kind": "agreement", "promiser": [WHO["id"]], "content_type": None,
          "action": {"text": "reduce the number of checkpoints"},
          "scope": ["number", "checkpoint"]}


def _made() -> dict:
    return {"id": "e1", "type": "AGREE", "date": "2025-03-01",
            "date_range": ["2025-03-01", "2025-03-01"], "source": [WHO], "participants": [WHO],
            "mentions": []}


def _report(etype: str, sentence: str) -> dict:
    return {"id": "e2", "type": etype, "modality": "asserted", "date": "2025-03-10",
            "date_range": ["2025-03-10", "2025-03-10"], "source": [WHO], "target": [],
            "mentions": [{"type": etype, "modality": "asserted",
                          "sentence": {"text": sentence}}]}


def test_a_threat_or_accusation_carries_out_no_pledge() -> None:
    done = _report("REDUCE", "Atlantis cut the number of checkpoints on Monday.")
    assert evaluate(dict(PLEDGE), _made(), [done], None)[0] == "kept"
    for etype, said in (("THREATEN", "Atlantis warned it could raise the number of "
                                     "checkpoints."),
                        ("ACCUSE", "Atlantis blamed its rival for the number of "
                                   "checkpoints.")):
        assert evaluate(dict(PLEDGE), _made(), [_report(etype, said)], None)[0] == "open"
