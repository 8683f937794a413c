"""A person one report calls by one word only, read as the registered person the other report
names in full: participant overlap for reports of one call or meeting by different outlets."""

from __future__ import annotations

import dataclasses

from test_fuse_coref import event

from eventwire import fuse
from eventwire.fuse import coref, queries
from eventwire.fuse.mentions import Mention, make_mention
from eventwire.model import ActorRef, Article, EventMention, Extraction
from eventwire.store import Store

MEDIATOR = ActorRef("Q901", "Tomas Valdera", "KES", kind="person")
LEADER_B = ActorRef("Q902", "Ivo Marek", "BOR", kind="person")
LEADER_S = ActorRef("Q903", "Anna Lenk", "SYL", kind="person")
COUSIN = ActorRef("Q904", "Ivo Valdera", "KES", kind="person")


def call(text: str, trigger: str, parts: list[tuple[str, ActorRef | None]], date: str | None,
         date_text: str | None) -> EventMention:
    """A CONSULT mention over ``text`` with participants found by their words."""
    ev = event(text, trigger, "CONSULT", parts[:1], parts[1:], date, date_text)
    return dataclasses.replace(ev, mode="CONSULT/phone")


def mention(aid: str, published: str, ev: EventMention) -> Mention:
    """A fuse-stage mention of one hand-built event."""
    art = {"id": aid, "published": published, "url": f"https://{aid}.example/{aid}"}
    return make_mention(f"{aid}#0", art, ev.to_dict(), None)


def store_article(store: Store, aid: str, published: str, ev: EventMention, text: str) -> str:
    """Store one article (its own outlet) with one event."""
    art = Article(id=aid, text=text, title=f"Report {aid}", published=published,
                  url=f"https://{aid}.example/{aid}")
    ex = Extraction(article=art)
    ex.events = [ev]
    store.add(ex, content_hash="h-" + aid)
    return aid


FULL = ("Kestrian Prime Minister Tomas Valdera telephoned Ivo Marek and Anna Lenk on Thursday "
        "night and offered to host talks between the two capitals.")
GIVEN = "Tomas, who had telephoned both leaders on Thursday, said he was ready to host talks."
GIVEN_LATER = "Tomas, who telephoned both leaders again on Monday, said talks could begin soon."


def full_call() -> EventMention:
    return call(FULL, "telephoned", [("Tomas Valdera", MEDIATOR), ("Ivo Marek", LEADER_B),
                                     ("Anna Lenk", LEADER_S)], "2025-03-06", "Thursday")


def given_call(text: str = GIVEN, date: str = "2025-03-06", day: str = "Thursday"
               ) -> EventMention:
    return call(text, "telephoned", [("Tomas", None), ("leaders", None)], date, day)


def test_a_given_name_alone_is_the_registered_person_of_the_other_report() -> None:
    a = mention("a1", "2025-03-07", full_call())
    b = mention("a2", "2025-03-08", given_call())
    da, db = coref.derived(a), coref.derived(b)
    assert not da["parties"] & db["parties"]
    assert "id:Q901" in coref.resolved_parties(db, da)
    share = coref.features(a, b)[coref.FEATURES.index("participants")]
    assert share >= 0.5


def test_a_word_no_registered_name_of_the_other_report_holds_stays_unresolved() -> None:
    a = mention("a1", "2025-03-07", full_call())
    other = GIVEN.replace("Tomas", "Petra")
    b = mention("a2", "2025-03-08", call(other, "telephoned", [("Petra", None), ("leaders", None)],
                                         "2025-03-06", "Thursday"))
    assert coref.resolved_parties(coref.derived(b), coref.derived(a)) == \
        coref.derived(b)["parties"]
    assert coref.features(a, b)[coref.FEATURES.index("participants")] == 0.0


def test_two_registered_people_sharing_a_name_word_are_not_matched_by_it() -> None:
    a = mention("a1", "2025-03-07", full_call())
    text = "Ivo Valdera telephoned Ivo Marek on Thursday."
    b = mention("a2", "2025-03-08", call(text, "telephoned", [("Ivo Valdera", COUSIN),
                                                              ("Ivo Marek", LEADER_B)],
                                         "2025-03-06", "Thursday"))
    da, db = coref.derived(a), coref.derived(b)
    assert coref.resolved_parties(da, db) == da["parties"]
    assert coref.resolved_parties(db, da) == db["parties"]


def test_two_outlets_reports_of_one_call_by_full_and_given_name_are_one_record(
        store: Store) -> None:
    ids = [store_article(store, "a1", "2025-03-07", full_call(), FULL),
           store_article(store, "a2", "2025-03-08", given_call(), GIVEN)]
    fuse.update(store, ids)
    (ev,) = queries.list_events(store)
    assert ev["articles"] == ["a1", "a2"]


def test_the_same_call_partners_on_another_day_stay_apart(store: Store) -> None:
    later = given_call(GIVEN_LATER, "2025-03-10", "Monday")
    ids = [store_article(store, "a1", "2025-03-07", full_call(), FULL),
           store_article(store, "a2", "2025-03-11", later, GIVEN_LATER)]
    fuse.update(store, ids)
    assert len(queries.list_events(store)) == 2


def test_a_particle_of_a_full_name_resolves_nothing() -> None:
    sheikh = ActorRef("Q905", "Salim bin Rashid", "QAT", kind="person")
    text = "Salim bin Rashid telephoned Ivo Marek on Thursday."
    a = mention("a1", "2025-03-07", call(text, "telephoned", [("Salim bin Rashid", sheikh),
                                                              ("Ivo Marek", LEADER_B)],
                                         "2025-03-06", "Thursday"))
    other = "Bin, a spokesman, said the call took place on Thursday."
    b = mention("a2", "2025-03-08", call(other, "call", [("Bin", None)], "2025-03-06",
                                         "Thursday"))
    assert coref.resolved_parties(coref.derived(b), coref.derived(a)) == \
        coref.derived(b)["parties"]


def test_a_given_name_with_a_possessive_ending_is_resolved_too() -> None:
    a = mention("a1", "2025-03-07", full_call())
    text = "Tomas's call to both leaders on Thursday was his first since the clashes began."
    b = mention("a2", "2025-03-08", call(text, "call", [("Tomas's", None)], "2025-03-06",
                                         "Thursday"))
    assert "id:Q901" in coref.resolved_parties(coref.derived(b), coref.derived(a))
