"""One readable line per event: evidence clause, composed phrase, sentence window."""

from __future__ import annotations

from typing import Any

from eventwire.fuse.describe import clause, composed, describe, display_name, tidy, window
from eventwire.views import present

SENTENCE = ("ISLAMABAD, May 7 (Wire) - India struck nine sites in Pakistan and Pakistani "
            "Kashmir early on Wednesday, the army said.")


def span(text: str, part: str, base: int = 0) -> dict[str, Any]:
    """The span of ``part`` inside ``text``."""
    i = text.index(part)
    return {"start": base + i, "end": base + i + len(part), "text": part}


def mention(text: str, trigger: str, source: list[str], target: list[str],
            **extra: Any) -> dict[str, Any]:
    """A mention dict with spans over ``text`` (the sentence starts at offset 100)."""
    return {"sentence": {"start": 100, "end": 100 + len(text), "text": text},
            "trigger": span(text, trigger, 100),
            "source": [span(text, s, 100) for s in source],
            "target": [span(text, t, 100) for t in target], **extra}


def test_clause_runs_from_source_to_target_and_place() -> None:
    m = mention(SENTENCE, "struck", ["India"], ["Pakistan"],
                location=span(SENTENCE, "Pakistani Kashmir", 100),
                attributes={"counts": [{"count": 9, "span": span(SENTENCE, "nine sites", 100)}]})
    assert clause(m) == "India struck nine sites in Pakistan and Pakistani Kashmir"


def test_clause_keeps_modality_words_and_drops_attribution() -> None:
    text = "An official said the envoy would meet Prime Minister Jane Roe on Thursday."
    m = mention(text, "meet", ["envoy"], ["Jane Roe"])
    assert clause(m) == "The envoy would meet Prime Minister Jane Roe"


def test_no_clause_when_the_source_sits_in_an_apposition() -> None:
    text = "Smith, a longtime ally of Redland, has been negotiating on the group's behalf."
    assert clause(mention(text, "negotiating", ["Redland"], [])) is None


def test_names_found_in_the_sentence_when_spans_are_missing() -> None:
    m = mention("Officials said Redland shelled Blueland overnight.", "shelled", [], [])
    m.pop("source")
    m.pop("target")
    assert clause(m, ["Redland"], ["Blueland"]) == "Redland shelled Blueland"


def test_composed_phrase_follows_modality_and_avoids_repeats() -> None:
    ev = {"type": "ASSAULT", "mode": "ASSAULT/aerial", "modality": "asserted",
          "source": [{"id": "country:AAA", "name": "Redland"}],
          "target": [{"name": "at least 11 people"}],
          "attributes": {"counts": [{"span": {"text": "at least 11 people"}}]}}
    assert composed(ev) == "Redland carried out air strikes on at least 11 people"
    planned = {"type": "CONSULT", "mode": "CONSULT/phone", "modality": "planned",
               "source": [{"name": "A"}], "target": [{"name": "B"}, {"name": "C"}]}
    assert composed(planned) == "A will speak by phone with B and C"
    negated = {"type": "RETREAT", "modality": "negated", "source": [{"name": "A"}]}
    assert composed(negated) == "A did not pull back"


def test_window_for_events_without_a_source() -> None:
    text = "Fighting has continued throughout the envoy's visit."
    assert window(mention(text, "Fighting", [], [])) == \
        "Fighting has continued throughout the envoy's visit"


def test_describe_is_never_a_bare_type() -> None:
    for ev in ({"type": "AGREE", "mentions": []},
               {"type": "AGREE", "modality": "asserted", "participants": [{"name": "A"}]},
               {"type": "ASSAULT", "mentions": [{"trigger": {"text": "clashes"}}]}):
        text = describe(ev)
        assert text and text not in present.QUADS and text.upper() != text


def test_tidy_and_display_names() -> None:
    assert tidy("BEIRUT/JERUSALEM, Nov 27 (Wire) - and a truce held, officials said.") == \
        "A truce held"
    assert tidy("14:05 GMT: the “talks” began in") == "The “talks” began"
    assert display_name({"id": "country:PSE", "name": "Palestine, State of"}) == \
        "State of Palestine"
    assert display_name({"name": "More than 3,600 people"}) == "more than 3,600 people"


def test_composed_names_each_actor_once() -> None:
    ev = {"type": "ASSAULT", "mode": "ASSAULT/firearms", "modality": "asserted",
          "source": [{"name": "Redland"}, {"name": "Blueland"}], "target": [{"name": "Redland"}]}
    assert composed(ev) == "Redland and Blueland opened fire"
    call = {"type": "CONSULT", "mode": "CONSULT/phone", "modality": "asserted",
            "source": [{"name": "Jane Roe"}, {"name": "Roe"}], "target": [{"name": "B"}]}
    assert composed(call) == "Jane Roe spoke by phone with B"


def test_composed_without_a_source_leads_with_the_noun() -> None:
    ev = {"type": "CONSULT", "modality": "planned", "target": [{"name": "Redland"}]}
    assert composed(ev) == "Planned talks with Redland"
    assert "Unnamed" not in describe({"type": "ASSAULT", "modality": "asserted",
                                      "target": [{"name": "Blueland"}], "mentions": []})
