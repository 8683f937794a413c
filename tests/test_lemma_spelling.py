"""The silent e of -ed / -ing / -es verb lemmas ('staged' is 'stage', 'hopped' stays 'hop')."""

from __future__ import annotations

import pickle

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.annotate.lemma_spelling import VerbSpelling, spelled_lemma
from eventwire.annotate.nlp import LEMMA_SPELLING, load_nlp

VERBS = frozenset({"stage", "stag", "hope", "hop", "scare", "scar", "visit", "bow", "plan",
                   "fix", "fixe", "go", "goe", "push", "pushe"})


@pytest.mark.parametrize("form, lemma, expected", [
    ("staged", "stag", "stage"),       # one syllable, single consonant: the e was dropped
    ("Staging", "stag", "stage"),
    ("hoped", "hop", "hope"),
    ("scared", "scar", "scare"),
    ("hopped", "hop", "hop"),          # doubled consonant: the stem has no e
    ("planned", "plan", "plan"),
    ("visited", "visit", "visit"),     # two syllables: no silent e to restore
    ("bowed", "bow", "bow"),           # w is never doubled
    ("stags", "stag", "stag"),         # not an -ed / -ing form
    ("quoted", "quot", "quot"),        # 'qu' head: not in the index either way
    ("hopes", "hop", "hope"),          # -es after a consonant other than s, x, z, ch, sh
    ("stages", "stag", "stage"),
    ("fixes", "fix", "fix"),           # x takes -es: no e to restore
    ("pushes", "push", "push"),
    ("goes", "go", "go"),
    ("hops", "hop", "hop"),            # plain -s
])
def test_spelled_lemma(form: str, lemma: str, expected: str) -> None:
    assert spelled_lemma(form, lemma, VERBS) == expected


def test_needs_the_verb_in_the_index() -> None:
    assert spelled_lemma("waged", "wag", VERBS) == "wag"  # 'wage' not in this index
    assert spelled_lemma("waged", "wag", VERBS | {"wage"}) == "wage"


@pytest.mark.parametrize("fast", [True, False])
def test_pipeline_lemmas(fast: bool) -> None:
    nlp = load_nlp(fast_rules=fast)
    assert LEMMA_SPELLING in nlp.pipe_names
    doc = nlp("Dock workers staged a strike as fighting raged, and he hopped on a bus.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["staged"] == "stage" and lemmas["raged"] == "rage"
    assert lemmas["hopped"] == "hop" and lemmas["fighting"] == "fight"
    assert lemmas["workers"] == "worker"
    doc = nlp("She hopes the union stages a strike, and he fixes the bus.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["hopes"] == "hope" and lemmas["stages"] == "stage"
    assert lemmas["fixes"] == "fix"


def test_pickles_without_memo() -> None:
    comp = VerbSpelling(VERBS)
    comp.memo[(1, 2)] = 4
    again = pickle.loads(pickle.dumps(comp))
    assert again.verbs == VERBS and again.memo == {}



def test_staged_strike_is_a_protest() -> None:
    ex = run_texts({"s": "Dock workers staged a strike at the port on Monday, the union said."})["s"]
    assert of_type(ex, "PROTEST") and not of_type(ex, "ASSAULT")
