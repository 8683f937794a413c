"""Two same-type acts of one sentence stay apart when one is told in a relative clause on the
other's object and done by it ('the gunmen who stormed the base were shot dead', 'killed the
attackers who laid siege to the hotel'); a relative clause on the subject, a coordination
with a shared subject and a relative clause whose subject is not its head noun do not."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.annotate.nlp import load_nlp
from eventwire.extract.events import _done_by_its_object


def _tokens(sentence: str, first: str, second: str):
    doc = load_nlp()(sentence)
    return next(t for t in doc if t.text == first), next(t for t in doc if t.text == second)


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("The gunmen who stormed the base were shot dead by soldiers.", "stormed", "shot"),
    ("Norland forces killed the six attackers who laid siege to the hotel.", "killed", "siege"),
    ("Police arrested the men who attacked the convoy on Monday.", "arrested", "attacked"),
    ("Troops detained the fighters that shelled the village.", "detained", "shelled"),
])
def test_an_act_done_by_the_object_of_another_is_apart(sentence: str, first: str,
                                                        second: str) -> None:
    a, b = _tokens(sentence, first, second)
    assert _done_by_its_object(a, b) and _done_by_its_object(b, a)


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("The militants who stormed the base also attacked the barracks.", "stormed", "attacked"),
    ("Rebels attacked the town and killed ten soldiers.", "attacked", "killed"),
    ("Forces shelled the town which rebels had captured.", "shelled", "captured"),
    ("The mortar fire drew airstrikes that killed 11 people.", "airstrikes", "killed"),
])
def test_other_relative_clauses_and_coordinations_are_not(sentence: str, first: str,
                                                           second: str) -> None:
    a, b = _tokens(sentence, first, second)
    assert not _done_by_its_object(a, b)


def test_both_acts_are_read() -> None:
    ex = run_texts({"a": "The gunmen who stormed the base were shot dead by soldiers."})["a"]
    assert sorted(e.trigger.text.split()[0] for e in ex.events if e.type == "ASSAULT") == [
        "shot", "stormed"]
