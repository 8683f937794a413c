"""Where a missed VOA gold event could come from: the gate, a dictionary verb, or neither."""

from __future__ import annotations

from eventwire.evaluation.voa_miss_sources import (
    code_types,
    dictionary_verbs,
    dictionary_words,
    miss_source,
    type_of,
)

LINES = """####### SYNONYM SETS #######
&CURRENCY
+DOLLAR
####### VERB PATTERNS #######
---  DENOUNCE   [111]  ---
CRITICIZE
FLOG {FLOGS FLOGGING FLOGGED } [180]
- * BOMBING                                           [111]         # CRITICIZE

---  WARN   [130]  ---
WARN
---  THINK   [---]  ---
THINK
---  OBSERVE   [:140]  ---
OBSERVE [042:043]
######## TRANSFORMATIONS ##########
NOTAVERB [190]
""".splitlines()


def test_verbs_take_their_own_code_else_their_blocks():
    verbs = dictionary_verbs(LINES)
    assert verbs["criticize"] == "111" and verbs["warn"] == "130"
    assert verbs["flog"] == verbs["flogged"] == "180"  # own code, with its listed forms
    assert verbs["observe"] == "042"  # the active reading of '[042:043]'
    assert "think" not in verbs  # '---': no event
    assert "dollar" not in verbs and "notaverb" not in verbs  # synonym sets, transformations


def test_codes_map_to_types_by_their_longest_prefix():
    types = code_types([{"cameo": "111", "type": "ACCUSE"}, {"cameo": "13", "type": "THREATEN"},
                        {"cameo": "010", "type": None}])
    assert type_of("111", types) == "ACCUSE" and type_of("1311", types) == "THREATEN"
    assert type_of("010", types) is None and type_of("190", types) is None


def test_words_of_the_type_are_the_dictionary_verbs_mapped_to_it():
    verbs = {"criticize": "111", "warn": "130"}
    types = {"111": "ACCUSE", "130": "THREATEN"}
    lemmas = ["the", "minister", "criticize", "and", "warn", "Norland"]
    assert dictionary_words(lemmas, "ACCUSE", verbs, types) == ["criticize"]
    assert dictionary_words(lemmas, "AID", verbs, types) == []


def _event(etype: str, start: int, end: int, modality: str = "asserted") -> dict:
    return {"type": etype, "modality": modality, "sentence": {"start": start, "end": end}}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def test_a_candidate_only_the_ungated_run_has_is_the_gates():
    gold = (0, 40)
    gated = [_event("ACCUSE", 0, 40)]
    assert miss_source("ACCUSE", gold, [], gated, [], _overlap) == "gate"
    # a same-type event the default output has too was matched elsewhere, not gated
    assert miss_source("ACCUSE", gold, gated, gated, [], _overlap) == "none"
    # unreal or other-sentence candidates do not count
    other = [_event("ACCUSE", 0, 40, "hypothetical"), _event("ACCUSE", 41, 80)]
    assert miss_source("ACCUSE", gold, [], other, ["criticize"], _overlap) == "dictionary"
