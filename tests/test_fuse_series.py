"""Occurrences of a series stay apart: reports told with different ordinals
(``ordinals_differ``), and with different words (``coref.other_triggers``, a link feature)."""

from __future__ import annotations

from test_fuse_coref import event, mention
from test_fuse_story_links import CRASH
from test_fuse_story_links import report as story_report
from test_fuse_trigger_links import STATION
from test_fuse_trigger_links import report as word_report

from eventwire.fuse import coref
from eventwire.fuse.events import (
    BLOCKED,
    link_verdict,
    ordinal,
    ordinals_differ,
    same_article_verdict,
)
from eventwire.fuse.mentions import Mention

FIFTH = "Marek Olsson stopped Ivo Brandt in the fifth round of the title fight in Basel."
SIXTH = "Marek Olsson stopped Ivo Brandt in the sixth round of the title fight in Basel."
FIFTH_TOO = "Olsson floored Brandt near the end of the fifth round in Basel and the fight ended."


def bout(aid: str, text: str) -> Mention:
    """An undated ASSAULT told by its 'round', placed in one story."""
    m = mention(aid, None, aid, event(text, "round", "ASSAULT", [], []))
    m.story = "s1"
    return m


def test_ordinals_before_the_trigger_are_read() -> None:
    assert ordinal(bout("o1", FIFTH)) == "fifth"
    numeral = mention("o2", None, "o2", event("It was his 2nd arrest this year in Basel.",
                                              "arrest", "COERCE", [], []))
    assert ordinal(numeral) == "2nd"
    assert ordinal(story_report("o3", CRASH, "arrested", "s1")) == ""


def test_different_ordinals_keep_two_reports_apart() -> None:
    fifth, sixth, again = bout("r1", FIFTH), bout("r2", SIXTH), bout("r3", FIFTH_TOO)
    assert ordinals_differ(fifth, sixth) and not ordinals_differ(fifth, again)
    assert not ordinals_differ(fifth, story_report("r4", CRASH, "arrested", "s1"))
    assert link_verdict(fifth, sixth) == ("ordinals", 0.0) and "ordinals" in BLOCKED
    assert link_verdict(fifth, again)[0] != "ordinals"
    # within one article too
    same = bout("r1", SIXTH)
    same.root = fifth.root
    assert same_article_verdict(fifth, same) == "no"


def test_different_trigger_words_are_a_model_feature() -> None:
    lead = word_report("a1", CRASH, "arrested", "s1", "arrest", "lead")
    held = word_report("b1", STATION.replace("arrested", "detained"), "detained", "s1",
                       "detain", "lead")
    same = word_report("b2", STATION, "arrested", "s1", "arrest", "body")
    i = coref.FEATURES.index("other_trigger")
    assert coref.model()["features"][i] == "other_trigger"
    assert coref.other_triggers(lead, held) and coref.features(lead, held)[i] == 1.0
    assert not coref.other_triggers(lead, same)
    # a noun made from the verb is the same word ("the arrest" / "arrested", "killing" / "kill")
    noun = word_report("b3", STATION, "arrested", "s1", "arrests", "body")
    noun.data["trigger"]["text"] = "round-up"  # another stem, the lemma decides
    assert not coref.other_triggers(lead, noun)
    assert coref.one_family("kill", "killing") and coref.one_family("protester", "protest")
    assert not coref.one_family("kill", "skill") and not coref.one_family("ban", "band")
    vector = coref.features(lead, held)
    lifted = list(vector)
    lifted[i] = 0.0
    weights = coref.model()["vague_weights"]
    assert coref.probability(vector, weights) < coref.probability(lifted, weights)


def _worded(aid: str, text: str, trigger: str, lemma: str, kind: str = "ASSAULT") -> Mention:
    """An undated mention whose trigger's lemma is given (as the extractor records it)."""
    ev = event(text, trigger, kind, [], [])
    ev.attributes["trigger_info"] = {"lemma": lemma}
    return mention(aid, None, aid, ev)


def test_phrase_triggers_are_read_as_their_phrase() -> None:
    opened = _worded("p1", "A gunman opened fire on a crowd in Tovin on Friday.", "opened fire",
                     "open")
    gunned = _worded("p2", "A gunman gunned down two guards in Tovin.", "gunned down", "gun")
    shot = _worded("p3", "A gunman shot two guards in Tovin.", "shot", "shoot")
    held = _worded("p4", "Rebels took hostage two guards in Tovin.", "took hostage", "take")
    seized = _worded("p5", "Rebels seized two guards in Tovin.", "seized", "seize")
    met = _worded("p6", "The envoy met the guards in Tovin.", "met", "meet", "CONSULT")
    assert coref.phrase_codes(opened) == {"193"} and coref.phrase_codes(shot) == frozenset()
    # "opened fire" / "shot", "gunned down" / "shot": one CAMEO code, not different words
    # (nor synonyms: such pairs are seldom one occurrence, the link weights stay as fitted)
    assert not coref.other_triggers(opened, shot) and not coref.synonym_triggers(opened, shot)
    assert not coref.other_triggers(gunned, shot) and coref.phrase_related(gunned, shot)
    # a phrase of another code stays a different word ("took hostage" 181 / "opened fire" 193);
    # "took hostage" / "seized" share 181
    assert coref.other_triggers(held, opened) and not coref.other_triggers(held, seized)
    assert not coref.phrase_related(opened, met)
