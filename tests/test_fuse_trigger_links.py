"""Vaguely dated reports of one story told with one trigger word link (``same_trigger_in_story``)."""

from __future__ import annotations

from test_fuse_coref import event, mention

from eventwire.fuse import coref
from eventwire.fuse.candidates import with_ingest_day
from eventwire.fuse.events import cross_link, event_link, link_verdict, same_word, strongest
from eventwire.fuse.mentions import Mention

CRASH = "Police arrested a driver after a crash that killed a cyclist near the old bridge."
STATION = "Officers arrested a man at a bus station downtown late in the evening."
HELD = "Officers detained a man at a bus station downtown late in the evening."


def report(aid: str, text: str, trigger: str, story: str | None, lemma: str,
           position: str, modality: str = "asserted") -> Mention:
    """An undated arrest of a story, its trigger's lemma and place in the article given."""
    who = next(w for w in ("Police", "Officers") if w in text)
    m = mention(aid, "", aid, event(text, trigger, "COERCE", [(who, None)], [],
                                    modality=modality))
    m.data.setdefault("attributes", {})["trigger_info"] = {"lemma": lemma, "position": position}
    m.story = story
    return with_ingest_day(m, "2025-01-06T10:00:00")  # stored the same day (no other time)


def test_one_trigger_word_in_one_story_links_when_one_report_is_in_a_lead() -> None:
    a = report("a1", CRASH, "arrested", "s1", "arrest", "lead")
    b = report("b1", STATION, "arrested", "s1", "arrest", "body")
    p = coref.link_probability(a, b)
    assert p < coref.vague_threshold()  # the sentences alone do not link
    assert link_verdict(a, b) == ("trigger", coref.vague_threshold())
    assert cross_link(a, b) == coref.vague_threshold()
    # neither in its article's lead, another story, another word: the model decides as before
    body = report("a2", CRASH, "arrested", "s1", "arrest", "body")
    assert link_verdict(body, b)[0] == "vague_below"
    assert link_verdict(a, report("b2", STATION, "arrested", "s2", "arrest", "lead"))[0] \
        == "vague_below"
    held = report("b3", HELD, "detained", "s1", "detain", "lead")
    assert link_verdict(a, held)[0] == "vague_below"
    # a planned arrest is not the arrest told as done
    planned = report("b4", STATION, "arrested", "s1", "arrest", "lead", modality="planned")
    assert same_word(b, report("b5", CRASH, "arrested", "s1", "arrest", "body"))
    assert not same_word(a, planned)


def test_a_trigger_link_joins_an_event_only_when_it_agrees_with_all_its_reports() -> None:
    a = report("a1", CRASH, "arrested", "s1", "arrest", "lead")
    b = report("b1", STATION, "arrested", "s1", "arrest", "body")
    c = report("c1", STATION, "arrested", "s1", "arrest", "body")
    held = report("d1", HELD, "detained", "s1", "detain", "body")

    def link(m: Mention, o: Mention) -> float:
        return cross_link(m, o)

    def story_only(m: Mention, o: Mention) -> bool:
        return link_verdict(m, o)[0] == "trigger"

    assert event_link(a, [b], link, None, story_only) == coref.vague_threshold()
    assert event_link(a, [b, c], link, None, story_only) >= coref.vague_threshold()
    # a report of the same word that the mention links to under the threshold (neither in a
    # lead) does not object either
    body = report("e1", CRASH, "arrested", "s1", "arrest", "body")
    lead = report("f1", STATION, "arrested", "s1", "arrest", "lead")
    assert link(body, c) < coref.vague_threshold()
    assert event_link(body, [lead, c], link, None, story_only) == coref.vague_threshold()
    # a report told with another word that the mention does not link to: no chaining
    assert event_link(a, [b, held], link, None, story_only) == 0.0


def test_a_mention_joins_the_event_told_with_its_word_before_a_stronger_link() -> None:
    a = report("a1", CRASH, "arrested", "s1", "arrest", "lead")
    word = report("b1", STATION, "arrested", "s1", "arrest", "body")
    other = report("c1", HELD, "detained", "s1", "detain", "lead")
    groups = {"e1": [other], "e2": [word]}
    assert strongest({"e1": 0.9, "e2": coref.vague_threshold()}, groups, a) == "e2"
    # without a report of its word, the strongest link decides
    body = report("a2", CRASH, "arrested", "s1", "arrest", "body")
    assert strongest({"e1": 0.9, "e2": coref.vague_threshold()}, groups, body) == "e1"


def test_events_holding_reports_of_the_word_merge_through_a_mention_linking_to_both() -> None:
    from eventwire.fuse.events import Fusion, place

    fusion = Fusion()
    fusion.add("e1", report("b1", STATION, "arrested", "s1", "arrest", "lead"))
    fusion.add("e2", report("c1", STATION, "arrested", "s1", "arrest", "lead"))
    fusion.next_seq = 10
    # linked to both at the vague threshold only: under the merge threshold
    assert coref.vague_threshold() < coref.merge_threshold()
    got = place(fusion, report("a1", CRASH, "arrested", "s1", "arrest", "body"))
    assert got == "e1" and set(fusion.groups) == {"e1"} and len(fusion.groups["e1"]) == 3
    # another word: the mention joins one event and the other stays apart
    fusion = Fusion()
    fusion.add("e1", report("b1", STATION, "arrested", "s1", "arrest", "lead"))
    fusion.add("e2", report("c1", STATION, "arrested", "s1", "arrest", "lead"))
    fusion.next_seq = 10
    place(fusion, report("a2", CRASH, "arrested", "s2", "arrest", "lead"))
    assert {"e1", "e2"} <= set(fusion.groups)


def test_one_articles_reports_of_its_word_do_not_keep_each_other_out() -> None:
    from test_fuse_coref import SUSPECT

    from eventwire.fuse.events import same_article_decision

    text = ("Police arrested Darren Pemberly near the old bridge. Later in the evening officers "
            "said the arrest of Tom Harlow followed a crash that killed a cyclist.")

    def part(trigger: str, position: str, suspect: bool) -> Mention:
        ev = event(text, trigger, "COERCE", [("Police", None)],
                   [("Darren Pemberly", SUSPECT)] if suspect else [("Tom Harlow", None)])
        m = mention("a1", "", "a1", ev)
        m.data.setdefault("attributes", {})["trigger_info"] = {"lemma": "arrest",
                                                               "position": position}
        m.story = "s1"
        return m

    lead, later = part("arrested", "lead", True), part("arrest", "body", False)
    # the participants alone would tell them apart; the word keeps them together as a maybe
    assert same_article_decision(lead, later) == ("maybe", False)
    later.data["attributes"]["trigger_info"]["position"] = "body"
    lead.data["attributes"]["trigger_info"]["position"] = "body"
    assert same_article_decision(lead, later) == ("no", True)
