"""Where a missed VOA gold event could come from: the gate, a dictionary verb, or neither."""

from __future__ import annotations

from eventwire.evaluation.voa_miss_sources import (
    code_types,
    dictionary_verbs,
    dictionary_words,
    miss_reason,
    miss_source,
    type_of,
    verb_table,
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


def test_own_codes_leave_out_the_verbs_that_only_inherit_their_blocks():
    own = dictionary_verbs(LINES, own_only=True)
    assert own["flog"] == "180" and own["observe"] == "042"
    assert "criticize" not in own and "warn" not in own


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


def _read(etype: str, lemma: str, start: int, end: int, modality: str = "asserted") -> dict:
    return _event(etype, start, end, modality) | {
        "attributes": {"trigger_info": {"lemma": lemma}}}


def test_the_reason_a_dictionary_verb_gave_no_matching_event():
    span = (0, 40)

    def why(shown, gated=(), curated=False, entries=()):
        return miss_reason("seize", "COERCE", span, list(shown), list(gated), _overlap,
                           curated, list(entries))
    assert why([_read("COERCE", "seize", 0, 40, "background")]) == "unreal"
    assert why([_read("COERCE", "seize", 0, 40)]) == "folded"  # matched to another gold event
    assert why([_read("ASSAULT", "seize", 0, 40)]) == "other type"
    assert why([], [_read("ASSAULT", "seize", 0, 40)]) == "gate"
    # another verb's event, or the verb's event in another sentence, says nothing of it
    assert why([_read("COERCE", "arrest", 0, 40), _read("COERCE", "seize", 41, 80)],
               curated=True) == "curated"
    assert why([], entries=[{"default": True, "needs_context": ["seize"]}]) == "default"
    assert why([], entries=[{"object": ["town"]}]) == "pattern"
    assert why([]) == "no entry"


def test_the_verb_table_counts_sentences_gold_and_reasons():
    rows = [([("COERCE", "seize"), ("COERCE", "seize")], {"COERCE"}, []),
            ([("COERCE", "seize"), ("CONSULT", "think")], set(), []),
            ([], set(), [("COERCE", "seize", "unreal"), ("COERCE", "seize", "gate")])]
    table = verb_table(rows)
    seize, think = table[("COERCE", "seize")], table[("CONSULT", "think")]
    assert (seize["sentences"], seize["gold"], seize["unreal"], seize["gate"]) == (2, 1, 1, 1)
    assert (think["sentences"], think["gold"]) == (1, 0)
