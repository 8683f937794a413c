"""A phrase trigger's stem is read from the word its lexicon entry keys on, not from the
phrase's last word: two reports of one suspension told as "suspended the minister from duty"
and "suspended the minister" share a stem. Invented sentences throughout."""

from __future__ import annotations

from eventwire.fuse.coref import trigger_stem
from eventwire.fuse.mentions import Mention


def mention(trigger: str, lemma: str | None) -> Mention:
    attributes: dict = {"trigger_info": {"lemma": lemma}} if lemma else {}
    data = {"type": "COERCE", "modality": "asserted", "source": [], "target": [],
            "sentence": {"text": trigger, "start": 0, "end": len(trigger)},
            "trigger": {"text": trigger, "start": 0, "end": len(trigger)},
            "attributes": attributes}
    return Mention(id="m1", article="a1", root="a1", data=data, story="s1",
                   outlet="wire.example", when=None)


def test_phrase_trigger_stem_is_its_keyed_verb() -> None:
    assert trigger_stem(mention("suspended the minister from duty", "suspend")) == "suspe"
    assert trigger_stem(mention("suspended the minister from duty", "suspend")) == \
        trigger_stem(mention("suspended", "suspend"))


def test_phrase_trigger_whose_verb_does_not_spell_its_lemma_takes_its_first_word() -> None:
    assert trigger_stem(mention("broke off ties", "sever")) == "broke"


def test_keyed_noun_of_a_phrase() -> None:
    assert trigger_stem(mention("air strikes", "strike")) == "strik"


def test_one_word_trigger_and_phrase_without_lemma() -> None:
    assert trigger_stem(mention("shelling", "shell")) == "shell"
    assert trigger_stem(mention("opened fire", None)) == "opene"
    assert trigger_stem(mention("", None)) == ""


def test_light_verb_phrase_takes_its_noun() -> None:
    assert trigger_stem(mention("held talks", "hold")) == trigger_stem(mention("talks", "talk"))
    assert trigger_stem(mention("carried out strikes", "carry")) == "strik"
