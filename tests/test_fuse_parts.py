"""One sentence telling one occurrence in two mentions (a noun and the verb governing it), and
one sentence telling two (labels of the coreference fit)."""

from __future__ import annotations

from typing import Any

from eventwire.fuse.events import same_article_verdict
from eventwire.fuse.mentions import Mention, make_mention

RAID = ("The militia's first raid in a month, three rockets fired at the Velmar depot on "
        "Sunday, drew Ostrian shelling that killed 6 people in Kesh that night.")
VELMAR = {"id": "country:VLM", "name": "Velmaria", "country": "VLM", "kind": "state"}
OSTRIA = {"id": "country:OST", "name": "Ostria", "country": "OST", "kind": "state"}
MILITIA = {"id": "org:militia", "name": "Militia", "country": "VLM", "kind": "group"}


def part(text: str, word: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    """A participant found by its word in the sentence (sentence offsets are article ones)."""
    i = text.index(word)
    return {"start": i, "end": i + len(word), "text": word, "actor": actor}


def raid_mention(idx: int, trigger: str, source: list[dict[str, Any]],
                 target: list[dict[str, Any]], parse: tuple[str, str, str],
                 text: str = RAID) -> Mention:
    """An ASSAULT mention of article r1 in ``text`` with its parties and the parse of its
    trigger (lemma, tag, head)."""
    i = text.index(trigger)
    lemma, tag, head = parse
    data = {"type": "ASSAULT", "mode": None, "modality": "asserted",
            "attributes": {"trigger_info": {"lemma": lemma, "tag": tag, "head": head}},
            "trigger": {"start": i, "end": i + len(trigger), "text": trigger},
            "sentence": {"start": 0, "end": len(text), "text": text},
            "source": source, "target": target}
    art = {"id": "r1", "published": "2025-04-14", "url": "https://r1.example/news"}
    return make_mention(f"r1#{idx}", art, data, None)


RAID_NOUN = ("raid", "NN", "fire")  # the noun "raid" hangs on the verb "fired"
FIRED = ("fire", "VBN", "fire")
KILLED = ("kill", "VBD", "shelling")


def test_a_noun_and_the_verb_that_governs_it_tell_one_report() -> None:
    raid = raid_mention(0, "raid", [part(RAID, "militia", MILITIA)], [], RAID_NOUN)
    fired = raid_mention(1, "fired at", [], [part(RAID, "Velmar", VELMAR)], FIRED)
    assert same_article_verdict(raid, fired) == "merge"


def test_a_noun_governed_by_another_word_stays_apart() -> None:
    raid = raid_mention(0, "raid", [part(RAID, "militia", MILITIA)], [], ("raid", "NN", "draw"))
    fired = raid_mention(1, "fired at", [], [part(RAID, "Velmar", VELMAR)], FIRED)
    assert same_article_verdict(raid, fired) == "no"


def test_two_named_sources_of_one_sentence_stay_two_occurrences() -> None:
    shelling = raid_mention(0, "shelling", [part(RAID, "militia", MILITIA)], [],
                            ("shelling", "NN", "kill"))
    killed = raid_mention(2, "killed", [part(RAID, "Ostrian", OSTRIA)],
                          [part(RAID, "people", VELMAR)], KILLED)
    assert same_article_verdict(shelling, killed) == "no"


def test_a_noun_and_its_verb_in_different_sentences_stay_apart() -> None:
    raid = raid_mention(0, "raid", [part(RAID, "militia", MILITIA)], [], RAID_NOUN)
    other = "Later, rockets were fired at the Velmar depot."
    shift = len(RAID) + 1
    fired = raid_mention(1, "fired at", [], [part(other, "Velmar", VELMAR)], FIRED, other)
    for p in fired.data["target"]:
        p["start"] += shift
        p["end"] += shift
    fired.data["sentence"]["start"] += shift
    fired.data["sentence"]["end"] += shift
    assert same_article_verdict(raid, fired) == "no"


def test_a_sentence_telling_two_truth_events_labels_a_mention_by_its_trigger() -> None:
    from eventwire.evaluation.fit_coref import sentence_label
    assert sentence_label([("T1", False)]) == "T1"  # one event: its sentence decides
    assert sentence_label([("T1", True), ("T2", False)]) == "T1"  # the quote with the trigger
    assert sentence_label([("T1", False), ("T2", False)]) == ""  # undecided: left out
