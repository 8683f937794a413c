"""The CAMEO-derived trigger lexicon: the build script on a small dictionary, the package
data's provenance, and the lexicon's use of its phrase patterns."""

from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path

import pytest

from eventwire.extract.lexicon import ORIGIN_CAMEO, load_lexicon
from eventwire.extract.triggers import find_triggers

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_cameo_lexicon.py"
TABLE = """\
# CAMEO to PLOVER conversion table (test copy)
03: AGREE
036: AGREE,  , diplomatic # Express intent to meet or negotiate
10: REQUEST
100: REQUEST,  ,  # REQUEST
103: REQUEST, assist,  # Demand aid
17: COERCE
173: COERCE, arrest, legal # Arrest
19: ASSAULT
190: ASSAULT, , military # Use conventional military force
"""
DICTIONARY = """\
####### SYNONYM SETS #######

&FIGHT
+BATTLE
+SKIRMISH_

####### VERB PATTERNS #######

---  PERISH   [190]  ---
PERISH
EXPIRE
- * (IN &FIGHT)                                       [190]         # PERISH
- * (OF {NATURAL CAUSES})                             [---]         # PERISH
- * (BEFORE COURT)                                    [:173]        # PERISH

---  BEG   [---]  ---
BEG  [020]
IMPLORE
- * AID                                               [023]         # BEG
- * STATEMENT                                         [010]         # BEG
+BEG_OFF {+BEGGED_OFF}  [036]

---  MOVE   [---]  ---
MOVE
- &FIGHT * TO                                         [190]         # MOVE
- WILL NOT * (TO TALKS)                               [036]         # MOVE

######## TRANSFORMATIONS ##########
"""


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_cameo_lexicon", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(builder, tmp_path_factory) -> list[dict]:
    tmp = tmp_path_factory.mktemp("cameo")
    (tmp / "verbs.txt").write_text(DICTIONARY, encoding="latin-1")
    (tmp / "table.txt").write_text(TABLE, encoding="utf-8")
    return builder.build(tmp / "verbs.txt", tmp / "table.txt")["entries"]


def _find(entries: list[dict], **want) -> list[dict]:
    return [e for e in entries if all(e.get(k) == v for k, v in want.items())]


def test_prepositional_pattern_expands_synonym_sets(built) -> None:
    [entry] = _find(built, cameo="190", type="ASSAULT", lemmas=["expire", "perish"],
                    prep_object=["in battle", "in skirmish"])
    assert "needs_context" not in entry


def test_comment_line_inside_a_synonym_set_does_not_end_it(builder) -> None:
    sets = builder.read_synsets(["&COIN", "# a dated note", "+GROAT", "+FARTHING_", "",
                                 "+STRAY"])
    assert sets == {"&COIN": ["GROAT", "FARTHING"]}


def test_null_code_is_a_known_non_event(built) -> None:
    [entry] = _find(built, cameo="---")
    assert entry["type"] is None and "of cause" in entry["prep_object"]


def test_role_reversed_patterns_give_reversed_entries(built) -> None:
    [entry] = _find(built, cameo="173")
    assert entry["reversed"] is True and entry["type"] == "COERCE"
    assert entry["prep_object"] == ["before court"]
    assert all("reversed" not in e for e in built if e["cameo"] != "173")


def test_appeal_codes_map_as_demands_and_statements_are_not_events(built) -> None:
    assert _find(built, cameo="023", type="REQUEST", object=["aid"])
    assert _find(built, cameo="010", type=None, object=["statement"])


def test_only_verbs_with_their_own_code_get_a_default(built) -> None:
    defaults = _find(built, default=True)
    assert [(e["lemmas"], e["type"]) for e in defaults] == [(["beg"], "REQUEST")]
    assert defaults[0]["needs_context"] == ["beg"]


def test_multiword_verb_becomes_a_particle_condition(built) -> None:
    assert _find(built, lemmas=["beg"], particle=["off"], type="AGREE")


def test_pattern_naming_a_subject_holds_for_that_subject_only(built) -> None:
    [entry] = _find(built, lemmas=["move"], particle=["to"])
    assert entry["type"] == "ASSAULT" and "battle" in entry["source_in"]
    [talks] = _find(built, lemmas=["move"], prep_object=["to talk", "to talks"])
    assert "source_in" not in talks  # 'will not': no subject noun


def test_package_data_records_source_licence_and_version() -> None:
    doc = json.loads(resources.files("eventwire.data").joinpath("plover_cameo.json")
                     .read_text(encoding="utf-8"))
    assert "CAMEO.2.0" in doc["version"]
    assert doc["source"]["verbs_licence"].startswith("MIT")
    assert "CAMEO2PLOVER" in doc["source"]["mapping"]
    assert len(doc["entries"]) > 1000


@pytest.fixture(scope="module")
def nlp():
    from eventwire.annotate.nlp import load_nlp

    return load_nlp()


def _triggers(nlp, text: str):
    doc = nlp(text)
    return [t for sent in doc.sents for t in find_triggers(sent, load_lexicon())]


def test_cameo_phrase_pattern_finds_a_trigger_the_curated_lexicon_lacks(nlp) -> None:
    [trig] = [t for t in _triggers(nlp, "Two soldiers died in clashes with rebels near the town.")
              if t.token.lemma_ == "die"]
    assert trig.entry.type == "ASSAULT" and trig.entry.origin == ORIGIN_CAMEO
    assert "clashes" in trig.token.doc.text[trig.start:trig.end]


def test_cameo_null_pattern_blocks_the_verb_default(nlp) -> None:
    assert _triggers(nlp, "The old farmer died of natural causes last week.") == []


def test_curated_lemmas_keep_their_curated_reading(nlp) -> None:
    [trig] = _triggers(nlp, "Russian troops shelled the city on Monday.")
    assert trig.entry.origin != ORIGIN_CAMEO and trig.entry.type == "ASSAULT"


def test_keep_cameo_entries_leave_the_dictionary_senses_in_place(nlp) -> None:
    lex = load_lexicon()
    assert not lex.is_curated("verb", "trade")  # only 'keep_cameo' entries name it
    trade = lex.candidates("verb", "trade")
    origins = [e.origin for e in trade]
    assert origins[0] != ORIGIN_CAMEO and ORIGIN_CAMEO in origins  # curated phrase first
    [trig] = _triggers(nlp, "Border guards traded fire overnight near the pass.")
    assert trig.entry.type == "ASSAULT" and trig.entry.origin != ORIGIN_CAMEO


def _first_entry_in_order(tok, lexicon):
    """The first candidate entry ``tok`` satisfies, tried one by one, and what it matched."""
    from eventwire.extract.triggers import _lemma, _matches, _pos_of

    cache: dict = {}
    for entry in lexicon.candidates(_pos_of(tok) or "", _lemma(tok)):
        ok, extra = _matches(tok, entry, cache)
        if ok:
            return entry, extra
    return None


def test_entries_looked_up_by_key_match_as_entries_tried_in_order(nlp) -> None:
    from eventwire.extract.triggers import VERB_MODIFIER_DEPS, _pos_of, match_token

    lexicon = load_lexicon()
    doc = nlp("The minister led a delegation to the capital and controlled the border crossing. "
              "Three farmers died in clashes with the militia, and the army seized their land. "
              "The union's leaders called for a general strike and threatened to block the port.")
    checked = 0
    for tok in doc:
        pos = _pos_of(tok)
        if pos is None or (pos == "verb" and tok.dep_ in VERB_MODIFIER_DEPS):
            continue
        found = match_token(tok, lexicon)
        expected = _first_entry_in_order(tok, lexicon)
        if expected is None or expected[0].type is None:
            assert found is None
        else:
            assert found is not None and (found.entry, found.extra) == expected
            checked += 1
    assert checked >= 5


ATTACK_DICTIONARY = """\
&TOWN
+TOWN
+CITY

####### VERB PATTERNS #######

---  ATTACK   [190]  ---
ATTACK
STRIKE {STRIKES STRUCK STRIKING }
- * POLICY                                            [111]         # ATTACK
- * DECISION                                          [111]         # ATTACK
- * GOVERNMENT                                        [111]         # ATTACK
- * &TOWN                                             [111]         # ATTACK
- SHARPLY *                                           [111]         # ATTACK
- * (FOR FAILING)                                     [111]         # ATTACK
- * PLANS                                             [111]         # ATTACK
- * CRITICISM                                         [110]         # ATTACK
- * BASE                                              [190]         # ATTACK

---  FLOG   [180]  ---
FLOG
- * (FOR VIOLATING)                                   [1122]        # FLOG
- * ACCUSATION                                        [111]         # FLOG
"""


def test_verbal_attack_words_come_from_criticism_patterns_and_name_no_party(builder) -> None:
    lines = ATTACK_DICTIONARY.splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    words = builder.verbal_attack_words(
        builder.read_blocks(lines[start + 1:]), builder.read_synsets(lines[:start]),
        [{"attack", "strike", "target"}, {"beat", "flog"}], {"government"})
    assert words["verbs"] == ["attack", "strike", "target"]  # 'flog': one phrase only
    assert {"policy", "decision", "plan", "criticism"} <= set(words["objects"])
    assert not {"government", "town", "city", "base", "accusation"} & set(words["objects"])
    assert words["manners"] == ["sharply"] and words["reasons"] == ["failing"]
    assert words["manner_verbs"] == ["attack", "strike"]


def test_package_data_lists_the_verbal_attack_words() -> None:
    doc = json.loads(resources.files("eventwire.data").joinpath("plover_cameo.json")
                     .read_text(encoding="utf-8"))
    words = doc["verbal_attack"]
    assert "attack" in words["verbs"] and "policy" in words["objects"]
    assert "government" not in words["objects"]


@pytest.fixture(scope="module")
def pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline()


def _events(pipeline, text: str) -> list:
    from eventwire.model import Article

    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2025-05-07")]))
    return ex.events


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    ("The Valdorian government came under fire from Norland on Tuesday.", "ACCUSE", "Norland",
     "Valdorian"),
    ("Zentra has come under censure from Ostavia over the detentions.", "ACCUSE", "Ostavia",
     "Zentra"),
    ("The Valdorian president faces mounting pressure from Norland over the dispute.",
     "REQUEST", "Norland", "Valdorian"),
    ("Ostavia came under renewed pressure from Zentra to free the crew.", "REQUEST", "Zentra",
     "Ostavia"),
])
def test_role_reversed_phrase_makes_the_subject_the_target(pipeline, text, etype, source,
                                                           target) -> None:
    found = [ev for ev in _events(pipeline, text) if ev.type == etype
             and ev.attributes.get("trigger_info", {}).get("reversed")]
    assert found, [(ev.type, ev.trigger.text) for ev in _events(pipeline, text)]
    [ev] = found
    assert [p.text for p in ev.source] == [source]
    assert [p.text for p in ev.target] == [target]
    assert ev.modality == "asserted"


@pytest.mark.parametrize("text", [
    "The Zentran minister came under fire last week.",
    "The Valdorian plan came under heavy fire this week.",
    "She received a message from a friend in Norland.",
])
def test_role_reversed_phrase_needs_a_named_party_or_an_unambiguous_noun(pipeline,
                                                                        text) -> None:
    assert not [ev for ev in _events(pipeline, text)
                if ev.attributes.get("trigger_info", {}).get("reversed")]


def test_role_reversed_phrase_with_an_unambiguous_noun_needs_no_doer(pipeline) -> None:
    [ev] = [ev for ev in _events(pipeline, "The Zentran cabinet came under pressure over the deal.")
            if ev.attributes.get("trigger_info", {}).get("reversed")]
    assert ev.type == "REQUEST" and ev.source == [] and [p.text for p in ev.target] == ["Zentran"]


@pytest.mark.parametrize("text", [
    "Valdoria did not come under fire from Norland.",
    "The Zentran minister never came under pressure from Ostavia.",
])
def test_negated_role_reversed_phrase_is_no_asserted_event(pipeline, text) -> None:
    assert not [ev for ev in _events(pipeline, text)
                if ev.attributes.get("trigger_info", {}).get("reversed")
                and ev.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "The Valdorian army came under the command of a new general.",
    "The talks came under way in Norland on Monday.",
    "Zentran officials faced the press on Monday.",
])
def test_other_uses_of_the_verbs_are_not_read_reversed(pipeline, text) -> None:
    assert not [ev for ev in _events(pipeline, text)
                if ev.attributes.get("trigger_info", {}).get("reversed")]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Norland troops came under fire from Valdorian forces.", ["Valdorian"], ["Norland"]),
    ("Zentran soldiers came under heavy fire from Ostavian police, the army said.",
     ["Ostavian"], ["Zentran"]),
    ("A Valdorian patrol came under fire on Tuesday.", [], ["Valdorian"]),
    ("Zentran positions came under heavy fire overnight.", [], ["Zentran"]),
    ("The base came under fire from rebels.", ["rebels"], ["base"]),
])
def test_armed_or_physical_subject_under_fire_is_assaulted(pipeline, text, source,
                                                           target) -> None:
    [ev] = [ev for ev in _events(pipeline, text)
            if ev.attributes.get("trigger_info", {}).get("reversed")]
    assert ev.type == "ASSAULT"
    assert [p.text for p in ev.source] == source
    assert [p.text for p in ev.target] == target


@pytest.mark.parametrize("text", [
    "The Zentran minister came under fire from Valdorian lawmakers.",
    "The Valdorian government came under heavy fire from Norland over the deal.",
])
def test_party_under_fire_stays_criticism(pipeline, text) -> None:
    found = [ev for ev in _events(pipeline, text)
             if ev.attributes.get("trigger_info", {}).get("reversed")]
    assert found and all(ev.type == "ACCUSE" for ev in found)


def test_role_reversed_phrase_is_tried_before_a_subject_condition() -> None:
    lexicon = load_lexicon()
    entries = lexicon.candidates("verb", "come")
    first_plain = next(i for i, e in enumerate(entries) if e.conditional and not e.reversed)
    assert all(i < first_plain for i, e in enumerate(entries) if e.reversed)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Norland convoy was crossing the pass when it came under fire from Valdorian forces.",
     ["Valdorian"], ["Norland"]),
    ("Zentran troops were patrolling the border when they came under heavy fire from "
     "Ostavian police.", ["Ostavian"], ["Zentran"]),
    ("Zentran soldiers entered the village on Monday. They came under heavy fire from "
     "Valdorian gunmen.", ["Valdorian"], ["Zentran"]),
])
def test_pronoun_under_fire_is_read_through_its_antecedent(pipeline, text, source,
                                                           target) -> None:
    [ev] = [ev for ev in _events(pipeline, text)
            if ev.attributes.get("trigger_info", {}).get("reversed")]
    assert ev.type == "ASSAULT"
    assert any(s in p.text for p in ev.source for s in source), ev.source
    assert any(t in p.text for p in ev.target for t in target), ev.target


@pytest.mark.parametrize("text", [
    "The Zentran minister presented the plan when she came under fire from Valdorian "
    "lawmakers.",
    "The Valdorian government announced the deal on Monday. It came under fire from "
    "Norland.",
])
def test_pronoun_of_a_party_under_fire_stays_criticism(pipeline, text) -> None:
    found = [ev for ev in _events(pipeline, text)
             if ev.attributes.get("trigger_info", {}).get("reversed")]
    assert found and all(ev.type == "ACCUSE" for ev in found)


def test_noun_named_by_its_modifier_is_a_doer(pipeline) -> None:
    [ev] = [ev for ev in _events(pipeline, "Norland troops came under fire from Valdorian "
                                           "Front fighters.")
            if ev.attributes.get("trigger_info", {}).get("reversed")]
    assert ev.type == "ASSAULT" and ev.source


@pytest.mark.parametrize("text", [
    "Anna Berg, a senior firefighter from Norland, has flown in to help local crews.",
    "Jon Holm, a veteran rescuer, flew in from Velland on Monday.",
])
def test_subject_described_by_an_apposition_meets_a_subject_condition(nlp, text) -> None:
    [trig] = [t for t in _triggers(nlp, text) if t.token.lemma_ == "fly"]
    assert trig.entry.type == "AID" and "in" in trig.entry.particle


def test_named_subject_without_a_description_does_not_meet_it(nlp) -> None:
    assert not [t for t in _triggers(nlp, "Jon Holm flew in from Velland on Monday.")
                if t.token.lemma_ == "fly"]
