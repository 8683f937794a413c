"""Event date ranges, cross-outlet merge and keep-apart rules, conflicts between outlets."""

from __future__ import annotations

import dataclasses
from typing import Any

from eventwire import fuse
from eventwire.fuse import coref, queries
from eventwire.fuse.conflicts import event_conflicts
from eventwire.fuse.dates import mention_range
from eventwire.fuse.mentions import Mention, make_mention
from eventwire.model import ActorRef, Article, EventMention, Extraction, Participant, Span
from eventwire.store import Store

ISRAEL = ActorRef("country:ISR", "Israel", "ISR", kind="state")
IDF = ActorRef("country:ISR", "Israel", "ISR", "MIL", kind="state")
LEBANON = ActorRef("country:LBN", "Lebanon", "LBN", kind="state")
ENVOY = ActorRef("Q1", "Anna Envoy", "USA", kind="person")
SPEAKER = ActorRef("Q2", "Boris Speaker", "LBN", kind="person")
RIVAL = ActorRef("Q3", "Carla Rival", "FRA", kind="person")


def event(text: str, trigger: str, kind: str, source: list[tuple[str, ActorRef]],
          target: list[tuple[str, ActorRef]], date: str | None = None,
          date_text: str | None = None, modality: str = "asserted") -> EventMention:
    """One event mention over ``text`` with participants found by their words."""
    def part(word: str, actor: ActorRef) -> Participant:
        i = text.index(word)
        return Participant(i, i + len(word), word, actor)

    i = text.index(trigger)
    when: dict[str, Any] = {"value": None}
    if date and date_text:
        j = text.index(date_text)
        when = {"value": date, "span": Span.of(text, j, j + len(date_text)).to_dict(),
                "from": "text"}
    return EventMention(kind, Span.of(text, i, i + len(trigger)), Span.of(text, 0, len(text)),
                        source=[part(w, a) for w, a in source],
                        target=[part(w, a) for w, a in target], date=when, modality=modality,
                        confidence=0.9)


def article(store: Store, aid: str, published: str, outlet: str, *events: EventMention,
            text: str) -> str:
    """Store one article of an outlet with its events."""
    art = Article(id=aid, text=text, title=f"Report {aid}", published=published,
                  url=f"https://{outlet}.example/{aid}")
    ex = Extraction(article=art)
    ex.events = list(events)
    store.add(ex, content_hash="h-" + aid)
    return aid


def mention(aid: str, published: str, outlet: str, ev: EventMention) -> Mention:
    """A fuse-stage mention of one hand-built event."""
    art = {"id": aid, "published": published, "url": f"https://{outlet}.example/{aid}"}
    return make_mention(f"{aid}#0", art, ev.to_dict(), None)


STRIKE_A = "An Israeli air strike on the Basta district of Beirut killed 29 people on Saturday."
STRIKE_B = ("The Israeli military struck a residential building in Basta before dawn on "
            "Saturday, killing at least 11 people.")
STRIKE_C = "Israel carried out a strike in Basta on Saturday that killed about 12 people."


def strike(text: str, trigger: str, source: str, actor: ActorRef = ISRAEL,
           date: str = "2024-11-23") -> EventMention:
    """An ASSAULT on Lebanon dated by its 'Saturday'."""
    return event(text, trigger, "ASSAULT", [(source, actor)], [("Basta", LEBANON)], date,
                 "Saturday")


# -- date ranges -------------------------------------------------------------------------

def test_attached_time_expression_gives_the_range() -> None:
    ev = strike(STRIKE_A, "strike", "Israeli").to_dict()
    r = mention_range(ev, "2024-11-25")
    assert r["range"] == ["2024-11-23", "2024-11-23"] and r["from"] == "time_expression"
    assert r["span"]["text"] == "Saturday"


def test_past_report_without_date_is_bounded_by_tense_not_pinned_to_publication() -> None:
    ev = event("Israel struck targets in the south.", "struck", "ASSAULT",
               [("Israel", ISRAEL)], []).to_dict()
    r = mention_range(ev, "2024-11-25")
    assert r["range"] == ["2024-11-18", "2024-11-25"] and r["from"] == "tense:past"


def test_planned_event_without_date_lies_after_publication() -> None:
    ev = event("The envoy will meet the speaker.", "meet", "CONSULT", [("envoy", ENVOY)],
               [("speaker", SPEAKER)], modality="planned").to_dict()
    assert mention_range(ev, "2024-11-20")["range"] == ["2024-11-20", "2024-12-04"]


def test_planned_weekday_resolved_to_the_past_moves_a_week_ahead() -> None:
    ev = event("The envoy would meet the speaker on Thursday.", "meet", "CONSULT",
               [("envoy", ENVOY)], [("speaker", SPEAKER)], "2024-11-14", "Thursday",
               modality="hypothetical").to_dict()
    r = mention_range(ev, "2024-11-20")
    assert r["range"] == ["2024-11-21", "2024-11-21"] and r["from"].endswith("+weekday")


def test_hypothetical_noun_keeps_the_past_weekday_its_sentence_gave() -> None:
    """'accused Redland of attacks on Saturday': an alleged past attack, hypothetical for the
    accusation, not a future one; a planned or hypothetical verb still moves ahead."""
    text = "Blueland accused Redland of attacks on Saturday."
    ev = event(text, "attacks", "ASSAULT", [], [], "2024-11-16", "Saturday",
               modality="hypothetical").to_dict()
    ev["attributes"] = {"trigger_info": {"tag": "NNS"}}
    r = mention_range(ev, "2024-11-18")
    assert r["range"] == ["2024-11-16", "2024-11-16"] and "+weekday" not in r["from"]
    ev["attributes"] = {"trigger_info": {"tag": "VB"}}
    assert mention_range(ev, "2024-11-18")["range"] == ["2024-11-23", "2024-11-23"]
    ev["attributes"], ev["modality"] = {"trigger_info": {"tag": "NNS"}}, "planned"
    assert mention_range(ev, "2024-11-18")["range"] == ["2024-11-23", "2024-11-23"]


def test_date_claim_of_the_mention_is_its_evidence() -> None:
    ev = strike(STRIKE_A, "strike", "Israeli").to_dict()
    ev["date"] = {"value": "2024-11-25", "from": "article"}
    ev["claims"] = [{"kind": "date", "value": "2024-11-23", "span": {"text": "Saturday"}}]
    r = mention_range(ev, "2024-11-25")
    assert r["range"] == ["2024-11-23", "2024-11-23"] and r["from"] == "date_claim"


def test_date_that_ends_a_state_is_not_the_event_date() -> None:
    text = "The envoy said the truce with the speaker would remain in effect until 18 March."
    ev = event(text, "said", "AGREE", [("envoy", ENVOY)], [("speaker", SPEAKER)],
               "2024-03-18", "18 March").to_dict()
    r = mention_range(ev, "2024-01-26")
    assert r["range"] == ["2024-01-19", "2024-01-26"] and r["from"] == "tense:past"
    ev = event("The envoy met the speaker on 18 March.", "met", "CONSULT", [("envoy", ENVOY)],
               [("speaker", SPEAKER)], "2024-03-18", "18 March").to_dict()
    assert mention_range(ev, "2024-03-20")["range"] == ["2024-03-18", "2024-03-18"]


def test_no_publication_and_no_date_gives_no_range() -> None:
    ev = event("Israel struck targets.", "struck", "ASSAULT", [("Israel", ISRAEL)], [])
    assert mention_range(ev.to_dict(), None) is None


# -- coreference ---------------------------------------------------------------------------

def test_same_strike_in_three_outlets_is_one_record_with_its_corroboration(store: Store) -> None:
    ids = [article(store, "a1", "2024-11-23", "wire", strike(STRIKE_A, "strike", "Israeli"),
                   text=STRIKE_A),
           article(store, "a2", "2024-11-24", "paper",
                   strike(STRIKE_B, "struck", "Israeli military", IDF), text=STRIKE_B),
           article(store, "a3", "2024-11-24", "wire", strike(STRIKE_C, "strike", "Israel"),
                   text=STRIKE_C)]
    fuse.update(store, ids)
    (ev,) = queries.list_events(store)
    assert ev["articles"] == ["a1", "a2", "a3"]
    assert ev["corroboration"]["outlets"] == 2
    assert {s["outlet"] for s in ev["corroboration"]["sources"]} == {"wire.example",
                                                                     "paper.example"}


def test_same_parties_on_different_days_stay_two_records(store: Store) -> None:
    later = STRIKE_A.replace("Saturday", "Tuesday")
    tuesday = event(later, "strike", "ASSAULT", [("Israeli", ISRAEL)], [("Basta", LEBANON)],
                    "2024-11-26", "Tuesday")
    ids = [article(store, "a1", "2024-11-23", "wire", strike(STRIKE_A, "strike", "Israeli"),
                   text=STRIKE_A),
           article(store, "a2", "2024-11-26", "paper", tuesday, text=later)]
    fuse.update(store, ids)
    assert len(queries.list_events(store)) == 2


def test_people_of_different_countries_in_one_role_never_merge() -> None:
    one = "Anna Envoy met Boris Speaker in Beirut on Tuesday."
    two = "Anna Envoy met Carla Rival in Beirut on Tuesday."
    a = mention("a1", "2024-11-19", "wire", event(one, "met", "CONSULT", [("Anna Envoy", ENVOY)],
                                                  [("Boris Speaker", SPEAKER)], "2024-11-19",
                                                  "Tuesday"))
    b = mention("a2", "2024-11-19", "paper", event(two, "met", "CONSULT",
                                                   [("Anna Envoy", ENVOY)],
                                                   [("Carla Rival", RIVAL)], "2024-11-19",
                                                   "Tuesday"))
    assert coref.contradictory(a, b)
    from eventwire.fuse.events import cross_link
    assert cross_link(a, b) == 0.0


def test_link_probability_rises_with_shared_evidence() -> None:
    a = mention("a1", "2024-11-23", "wire", strike(STRIKE_A, "strike", "Israeli"))
    b = mention("a2", "2024-11-24", "paper", strike(STRIKE_B, "struck", "Israeli military", IDF))
    far = event("Israel struck a camp in the north in March.", "struck", "ASSAULT",
                [("Israel", ISRAEL)], [], "2024-03", "March")
    c = mention("a3", "2024-11-24", "paper", far)
    assert coref.link_probability(a, b) >= coref.threshold() > coref.link_probability(a, c)


def test_model_file_has_weights_for_every_feature_and_provenance() -> None:
    model = coref.model()
    assert len(model["weights"]) == len(coref.FEATURES) == len(model["features"])
    assert 0 < model["threshold"] < 1 and model["provenance"]["pairs"] > 0


# -- conflicts ---------------------------------------------------------------------------

def kinds(flags: list[dict[str, Any]]) -> set[str]:
    """Kinds of flags."""
    return {f["kind"] for f in flags}


def test_at_least_is_a_range_and_different_counts_across_outlets_conflict() -> None:
    a = mention("a1", "2024-11-23", "wire", strike(STRIKE_A, "strike", "Israeli"))
    b = mention("a2", "2024-11-24", "paper", strike(STRIKE_B, "struck", "Israeli military", IDF))
    c = mention("a3", "2024-11-24", "radio", strike(STRIKE_C, "strike", "Israel"))
    assert event_conflicts([a, b], []) == []  # 29 lies in "at least 11"
    (flag,) = event_conflicts([a, c], [])  # 29 against "about 12"
    assert flag["kind"] == "number_conflict" and "killed" in flag["message"]
    assert sorted(v["value"] for v in flag["values"]) == ["29", "about 12"]
    assert {v["articles"][0] for v in flag["values"]} == {"a1", "a3"}
    assert all(v["spans"] and v["outlets"] for v in flag["values"])


def test_numbers_within_one_article_or_outlet_never_conflict() -> None:
    text = "Israeli strikes on Basta on Saturday killed 9 people, 5 in one street and 4 nearby."
    a = mention("a1", "2024-11-23", "wire", strike(text, "strikes", "Israeli"))
    b = mention("a2", "2024-11-24", "wire", strike(STRIKE_A, "strike", "Israeli"))
    assert event_conflicts([a], []) == []
    assert event_conflicts([a, b], []) == []  # one outlet


def test_a_record_of_one_source_is_not_read_for_conflicts_and_could_raise_none(
        monkeypatch: Any) -> None:
    from eventwire.fuse import conflicts
    a = mention("a1", "2024-11-23", "wire", strike(STRIKE_A, "strike", "Israeli"))
    c = mention("a3", "2024-11-24", "wire", strike(STRIKE_C, "strike", "Israel"))
    other = mention("a4", "2024-11-24", "radio", strike(STRIKE_C, "strike", "Israel"))
    claim = {"kind": "outcome", "value": "failed", "article": "a9", "span": None}
    assert conflicts.one_source([a], []) and conflicts.one_source([a, c], [])
    assert not conflicts.one_source([a, other], [])
    assert not conflicts.one_source([a], [claim])  # a claim of an article of no mention
    assert not conflicts.one_source([], [])
    unplaced = [dataclasses.replace(m, outlet="", root="") for m in (a, c)]
    assert not conflicts.one_source(unplaced, [])  # no outlet: each article its own source
    assert conflicts.one_source(unplaced[:1], [])
    # the skipped reading would have found nothing: the same records read in full
    monkeypatch.setattr(conflicts, "one_source", lambda mentions, claims: False)
    assert event_conflicts([a, c], []) == [] and conflicts.own_flags([a, c]) == []
    assert kinds(event_conflicts([a, other], [])) == {"number_conflict"}


def test_outcome_read_from_talks_sentences_conflicts_across_outlets() -> None:
    one = "Anna Envoy met Boris Speaker on Tuesday and the talks made further progress."
    two = "Anna Envoy met Boris Speaker on Tuesday but the meeting brought no breakthrough."
    same = "Anna Envoy met Boris Speaker on Tuesday in what aides called productive talks."

    def talks(aid: str, outlet: str, text: str) -> Mention:
        """A talks mention of one outlet."""
        return mention(aid, "2024-11-19", outlet, event(
            text, "met", "CONSULT", [("Anna Envoy", ENVOY)], [("Boris Speaker", SPEAKER)],
            "2024-11-19", "Tuesday"))

    assert "outcome_conflict" in kinds(event_conflicts(
        [talks("a1", "wire", one), talks("a2", "paper", two)], []))
    assert "outcome_conflict" not in kinds(event_conflicts(
        [talks("a1", "wire", one), talks("a3", "radio", same)], []))


def test_dates_conflict_only_between_outlets_and_only_when_disjoint() -> None:
    a = mention("a1", "2024-11-23", "wire", strike(STRIKE_A, "strike", "Israeli"))
    b = mention("a2", "2024-11-24", "paper", strike(STRIKE_B, "struck", "Israeli military", IDF,
                                                    date="2024-11-22"))
    month = event(STRIKE_C.replace("on Saturday", "in November"), "strike", "ASSAULT",
                  [("Israel", ISRAEL)], [("Basta", LEBANON)], "2024-11", "November")
    c = mention("a3", "2024-11-24", "radio", month)
    assert "date_conflict" in kinds(event_conflicts([a, b], []))
    assert "date_conflict" not in kinds(event_conflicts([a, c], []))


def test_completed_withdrawal_against_falling_short_is_a_completion_conflict() -> None:
    done = "Israeli forces completed their withdrawal from the villages on Tuesday."
    short = "Israeli forces withdrew from the villages on Tuesday, falling short of a full pullout."

    def pullout(aid: str, outlet: str, text: str) -> Mention:
        """A withdrawal mention of one outlet."""
        trigger = "withdrawal" if "withdrawal" in text else "withdrew"
        return mention(aid, "2025-02-18", outlet, event(
            text, trigger, "RETREAT", [("Israeli forces", IDF)], [], "2025-02-18", "Tuesday"))

    (flag,) = event_conflicts([pullout("a1", "wire", done), pullout("a2", "paper", short)], [])
    assert flag["kind"] == "completion_conflict"
    assert {v["value"] for v in flag["values"]} == {"completed their withdrawal", "falling short"}


def test_agreed_against_did_not_agree_is_an_agreement_conflict_across_outlets() -> None:
    texts = {"wire": "The prime minister confirmed on Sunday that Lebanon has agreed to the extension.",
             "paper": "Officials said on Sunday that Lebanon did not agree to the extension of the truce.",
             "radio": "Lebanon agreed to the extension on Sunday, the prime minister's office said."}
    day = "2025-01-26"
    said = {outlet: mention(f"a-{outlet}", day, outlet, event(
        text, "agree", "AGREE", [("Lebanon", LEBANON)], [], day, "Sunday"))
        for outlet, text in texts.items()}
    (flag,) = event_conflicts([said["wire"], said["paper"]], [])
    assert flag["kind"] == "agreement_conflict"
    assert {v["value"] for v in flag["values"]} == {"has agreed", "did not agree"}
    assert event_conflicts([said["wire"], said["radio"]], []) == []
    again = mention("a-wire2", day, "wire", event(
        texts["paper"], "agree", "AGREE", [("Lebanon", LEBANON)], [], day, "Sunday"))
    assert event_conflicts([said["wire"], again], []) == []  # one outlet never disagrees


# -- merging records -----------------------------------------------------------------------

RUBBLE = "Rescuers searched the rubble of an eight-storey building after the Israeli bombing."
BRIDGE = ("Rescuers searched the rubble of an eight-storey building after an Israeli air strike "
          "in Basta on Saturday killed 29 people.")


def test_a_report_linking_strongly_to_two_records_merges_them_keeping_the_older_id(
        store: Store) -> None:
    first = article(store, "a1", "2024-11-23", "wire", strike(STRIKE_A, "strike", "Israeli"),
                    text=STRIKE_A)
    rubble = event(RUBBLE, "bombing", "ASSAULT", [("Israeli", ISRAEL)], [])
    second = article(store, "a2", "2024-11-23", "paper", rubble, text=RUBBLE)
    fuse.update(store, [first, second])
    assert [e["id"] for e in queries.list_events(store)] == ["e1", "e2"]
    bridge = event(BRIDGE, "strike", "ASSAULT", [("Israeli", ISRAEL)], [("Basta", LEBANON)],
                   "2024-11-23", "Saturday")
    fuse.update(store, [article(store, "a3", "2024-11-24", "post", bridge,
                                text=BRIDGE)])
    (ev,) = queries.list_events(store)
    assert ev["id"] == "e1" and ev["aliases"] == ["e2"] and ev["articles"] == ["a1", "a2", "a3"]
    assert queries.get_event(store, "e2")["id"] == "e1"  # the merged id keeps resolving
    assert "e2" not in {e["event"] for e in ev["possibly_same"]}


def test_records_whose_people_contradict_stay_apart_even_through_a_vague_report(
        store: Store) -> None:
    one = "Anna Envoy met Boris Speaker in Beirut on Tuesday to discuss the truce."
    two = "Anna Envoy met Carla Rival in Beirut on Tuesday to discuss the truce."
    three = "Anna Envoy held talks in Beirut on Tuesday to discuss the truce."
    ids = [article(store, "a1", "2024-11-19", "wire",
                   event(one, "met", "CONSULT", [("Anna Envoy", ENVOY)],
                         [("Boris Speaker", SPEAKER)], "2024-11-19", "Tuesday"), text=one),
           article(store, "a2", "2024-11-19", "paper",
                   event(two, "met", "CONSULT", [("Anna Envoy", ENVOY)],
                         [("Carla Rival", RIVAL)], "2024-11-19", "Tuesday"), text=two)]
    fuse.update(store, ids)
    fuse.update(store, [article(store, "a3", "2024-11-20", "post",
                                event(three, "talks", "CONSULT", [("Anna Envoy", ENVOY)], [],
                                      "2024-11-19", "Tuesday"), text=three)])
    events = queries.list_events(store)
    assert len(events) == 2 and not any(e.get("aliases") for e in events)
    assert sorted(len(e["articles"]) for e in events) == [1, 2]


QUAKE_A = "Rescuers said the earthquake in Pisco killed 519 people and destroyed the cathedral."
QUAKE_B = ("The earthquake that struck Pisco killed 519 people, officials said, and destroyed "
           "the cathedral.")
QUAKE_C = "A storm flooded the coast of Chile, and officials said roads were closed."


def quake(text: str, trigger: str) -> EventMention:
    """An undated ASSAULT-typed report of a disaster (no time expression)."""
    return event(text, trigger, "ASSAULT", [], [])


def test_undated_reports_merge_only_when_everything_else_agrees_strongly() -> None:
    from eventwire.fuse.events import cross_link
    a = mention("u1", None, "wire", quake(QUAKE_A, "killed"))
    b = mention("u2", None, "paper", quake(QUAKE_B, "killed"))
    c = mention("u3", None, "post", quake(QUAKE_C, "flooded"))
    assert a.range is None and b.range is None
    assert cross_link(a, b) >= coref.vague_threshold() >= coref.threshold()
    assert cross_link(a, c) == 0.0  # below the stricter threshold: no link at all


def test_thresholds_are_ordered_and_types_fitted() -> None:
    model = coref.model()
    assert len(model["vague_weights"]) == len(coref.FEATURES)
    assert coref.threshold() <= coref.vague_threshold() and \
        coref.threshold() <= coref.merge_threshold()
    assert all(len(p) == 2 and p[0] != p[1] for p in model["compatible_types"])


def test_a_date_before_an_after_clause_bounds_the_event_from_above() -> None:
    text = "The deadline was extended to Sunday after Israeli fire killed 22 people."
    ev = event(text, "killed", "ASSAULT", [("Israeli", ISRAEL)], [], "2025-02-16", "Sunday")
    r = mention_range(ev.to_dict(), "2025-02-17")
    assert r["range"] == ["2025-02-09", "2025-02-16"] and r["from"] == "tense:before-date"
    own = "The strike, shortly after dawn on Sunday, killed 22 people."
    ev = event(own, "strike", "ASSAULT", [], [], "2025-02-16", "Sunday")
    assert mention_range(ev.to_dict(), "2025-02-17")["range"] == ["2025-02-16", "2025-02-16"]
    clause = "On Sunday, after talks collapsed, Israeli jets struck the port."
    ev = event(clause, "struck", "ASSAULT", [("Israeli", ISRAEL)], [], "2025-02-16", "Sunday")
    assert mention_range(ev.to_dict(), "2025-02-17")["from"] == "time_expression"


# -- sentence stems and type-compatibility labels ------------------------------------------

RETURN_A = "Israeli fire killed 17 people and wounded 90 as villagers tried to return."
RETURN_B = "The soldiers opened fire on the returnees, killing 19 and wounding over 100."


def test_words_sharing_a_stem_count_as_shared_wording() -> None:
    from eventwire.fuse.coref import content_words, cosine, stems
    wa, wb = content_words(RETURN_A), content_words(RETURN_B)
    assert not {"return", "returnees"} & wa & wb  # different words ...
    assert {"retur", "wound", "fire"} <= stems(wa) & stems(wb)  # ... one stem
    assert cosine(stems(wa), stems(wb)) > cosine(wa, wb) > 0


def test_stem_similarity_is_a_model_feature_and_raises_the_link() -> None:
    a = mention("r1", "2025-01-27", "wire",
                event(RETURN_A, "killed", "ASSAULT", [("Israeli", ISRAEL)], []))
    b = mention("r2", "2025-01-27", "paper",
                event(RETURN_B, "opened fire", "ASSAULT", [("soldiers", IDF)], []))
    vector = coref.features(a, b)
    i = coref.FEATURES.index("stem_similarity")
    assert vector[i] > 0
    assert coref.model()["features"][i] == "stem_similarity"
    lowered = list(vector)
    lowered[i] = 0.0
    weights = coref.model()["weights"]
    assert coref.probability(vector, weights) > coref.probability(lowered, weights)


def test_a_mention_typed_otherwise_counts_for_type_pairs_only_inside_the_quote() -> None:
    from eventwire.evaluation.fit_coref import in_quote
    text = "Israel said its troops would not complete the withdrawal by Friday, officials said."
    quote = (0, text.index(" by Friday"))
    refuse = {"type": "RETREAT", "trigger": {"start": text.index("withdrawal"),
                                             "end": text.index("withdrawal") + 10}}
    said = {"type": "ACCUSE", "trigger": {"start": text.index("officials said") + 10,
                                          "end": len(text) - 1}}
    assert in_quote(refuse, quote) and not in_quote(said, quote)


ARREST = "Police arrested Darren Pemberly over the warehouse fire in the harbour district."
ARREST_TOO = "Police said Darren Pemberly was arrested over the harbour warehouse fire."
SUSPECT = ActorRef("Q9", "Darren Pemberly", "GBR", kind="person")


def test_undated_reports_naming_one_unregistered_party_link() -> None:
    from eventwire.fuse.events import cross_link

    def undated(aid: str, text: str, actor: ActorRef | None) -> Mention:
        ev = event(text, "arrested", "COERCE", [("Police", None)], [("Darren Pemberly", actor)])
        return mention(aid, "", aid, ev)

    private = cross_link(undated("p1", ARREST, None), undated("p2", ARREST_TOO, None))
    assert private >= coref.vague_threshold()
    known = cross_link(undated("k1", ARREST, SUSPECT), undated("k2", ARREST_TOO, SUSPECT))
    assert known == 0.0  # a party of the registry identifies no occurrence by its name alone


def test_another_type_inside_a_quote_counts_only_when_no_trigger_of_its_type_is_there() -> None:
    from eventwire.evaluation.fit_coref import retyped_in_quote
    text = "The shelling came two days after the envoy met the premier in the capital."
    met = {"type": "CONSULT", "trigger": {"start": text.index("met"),
                                          "end": text.index("met") + 3}}
    shelling = {"type": "ASSAULT", "trigger": {"start": text.index("shelling"),
                                               "end": text.index("shelling") + 8}}
    whole = (0, len(text))
    assert retyped_in_quote([shelling, met], {"CONSULT"}, whole) == []  # the talks' own trigger
    met["type"] = "REQUEST"  # the meeting typed otherwise: both triggers tell the quote
    assert retyped_in_quote([shelling, met], {"CONSULT"}, whole) == [0, 1]
    assert retyped_in_quote([shelling, met], {"CONSULT"}, (text.index("the envoy"), len(text))) \
        == [1]


def test_type_pairs_of_coreferent_mentions_are_counted_per_source() -> None:
    from eventwire.evaluation.fit_coref import type_pair_table

    def labelled(aid: str, kind: str, label: str) -> tuple[Mention, str]:
        ev = event(STRIKE_A, "strike", kind, [("Israeli", ISRAEL)], [("Basta", LEBANON)])
        m = make_mention(f"{aid}#0", {"id": aid, "published": "2024-11-23", "url": None},
                         ev.to_dict(), None)
        return m, label

    rows = type_pair_table([labelled("a1", "ASSAULT", "T1"), labelled("a2", "COERCE", "T1"),
                            labelled("a3", "ASSAULT", "T1"), labelled("a4", "COERCE", "T2")])
    by = {r["types"]: r for r in rows}
    assert by["ASSAULT/COERCE"]["coreferent"] == 2 and by["ASSAULT/COERCE"]["pairs"] == 4
    assert by["same"]["coreferent"] == 1 and by["same"]["pairs"] == 2
    assert not by["ASSAULT/COERCE"]["compatible"] and by["same"]["compatible"]


PULLBACK_A = ("Israeli forces withdrew from the border villages of Lebanon on Tuesday but kept "
              "troops at three hilltop posts near Odaisseh.")
PULLBACK_B = ("The Israeli army stationed soldiers at three hilltop posts near Odaisseh on "
              "Tuesday after leaving the border villages of Lebanon.")


def test_withdrawal_and_troops_kept_behind_are_one_movement_across_outlets(
        store: Store) -> None:
    """A pullout told as a withdrawal (RETREAT) by one outlet and as the troops it left
    posted (MOBILIZE) by another is one record; the same posting on another day is not."""
    assert coref.types_compatible("MOBILIZE", "RETREAT")
    withdrew = event(PULLBACK_A, "withdrew", "RETREAT", [("Israeli forces", IDF)],
                     [("Lebanon", LEBANON)], "2025-02-18", "Tuesday")
    posted = event(PULLBACK_B, "stationed", "MOBILIZE", [("Israeli army", IDF)],
                   [("Lebanon", LEBANON)], "2025-02-18", "Tuesday")
    later = PULLBACK_B.replace("Tuesday", "Friday")
    posted_later = event(later, "stationed", "MOBILIZE", [("Israeli army", IDF)],
                         [("Lebanon", LEBANON)], "2025-02-21", "Friday")
    ids = [article(store, "a1", "2025-02-18", "wire", withdrew, text=PULLBACK_A),
           article(store, "a2", "2025-02-19", "paper", posted, text=PULLBACK_B),
           article(store, "a3", "2025-02-21", "daily", posted_later, text=later)]
    fuse.update(store, ids)
    assert sorted(e["articles"] for e in queries.list_events(store)) == [["a1", "a2"], ["a3"]]


def test_pairs_of_unlisted_types_are_scored_as_if_compatible() -> None:
    from eventwire.evaluation.fit_coref import other_type_links

    def labelled(aid: str, kind: str, label: str) -> tuple[Mention, str]:
        ev = event(STRIKE_A, "strike", kind, [("Israeli", ISRAEL)], [("Basta", LEBANON)])
        m = make_mention(f"{aid}#0", {"id": aid, "published": "2024-11-23", "url": None},
                         ev.to_dict(), None)
        return m, label

    assert not coref.types_compatible("ASSAULT", "SANCTION")
    rows = other_type_links([labelled("a1", "ASSAULT", "T1"), labelled("a2", "SANCTION", "T1"),
                             labelled("a3", "ASSAULT", "T1"), labelled("a4", "SANCTION", "T2"),
                             labelled("a5", "ASSAULT", "")])
    assert len(rows) == 1 and rows[0]["source"] == "stories"
    row = rows[0]
    assert row["pairs"] == 4 and row["coreferent"] == 2  # ASSAULT/ASSAULT and unlabelled left out
    assert row["dates"] == "dated" and row["best_coreferent"] > coref.merge_threshold()
    for name in ("dated", "merge"):  # one report told alike: every pair would link and merge
        assert row["links"][name]["links"] == 4 and row["links"][name]["coreferent"] == 2


# -- synonym triggers ---------------------------------------------------------------------

CLASH_A = "Thai and Cambodian troops clashed near the disputed border temple, officials said."
CLASH_B = "Soldiers of the two armies fought along the frontier, a military spokesman said."
CLASH_C = "Thai artillery shelled positions across the frontier, a spokesman said."
CLASH_D = "The troops clashed again along the frontier, a spokesman said."


def border(text: str, trigger: str, lemma: str) -> EventMention:
    """An undated ASSAULT report without participants, with its trigger's lemma."""
    ev = event(text, trigger, "ASSAULT", [], [])
    ev.attributes = {"trigger_info": {"lemma": lemma}}
    return ev


def test_triggers_of_one_cameo_synonym_list_are_a_model_feature() -> None:
    a = mention("y1", None, "wire", border(CLASH_A, "clashed", "clash"))
    b = mention("y2", None, "paper", border(CLASH_B, "fought", "fight"))
    c = mention("y3", None, "post", border(CLASH_C, "shelled", "shell"))
    d = mention("y4", None, "daily", border(CLASH_D, "clashed", "clash"))
    i = coref.FEATURES.index("synonym_trigger")
    assert coref.model()["features"][i] == "synonym_trigger"
    assert coref.synonym_triggers(a, b) and coref.features(a, b)[i] == 1.0
    assert not coref.synonym_triggers(a, c)  # shelling is not in the clash list
    assert not coref.synonym_triggers(a, d)  # one word: ``same_trigger`` counts it
    vector = coref.features(a, b)
    lowered = list(vector)
    lowered[i] = 0.0
    weights = coref.model()["vague_weights"]
    assert coref.probability(vector, weights) > coref.probability(lowered, weights)


def test_synonyms_count_only_for_the_type_that_lists_them() -> None:
    a = mention("y5", None, "wire", border(CLASH_A, "clashed", "clash"))
    other = event(CLASH_B, "fought", "PROTEST", [], [])
    other.attributes = {"trigger_info": {"lemma": "fight"}}
    b = mention("y6", None, "paper", other)
    assert not coref.synonym_triggers(a, b)


def test_an_extension_fits_vague_weights_too_and_keeps_the_earlier_report(monkeypatch) -> None:
    import numpy as np

    from eventwire.evaluation import fit_coref
    n = len(coref.FEATURES)
    i = coref.FEATURES.index("synonym_trigger")
    rng = np.random.default_rng(3)
    x = np.zeros((400, n))
    x[:, 0] = 1.0
    x[:, i] = rng.random(400) < 0.3
    y = ((rng.random(400) < 0.15) | (x[:, i] > 0) & (rng.random(400) < 0.6)).astype(float)
    vague = np.arange(400) % 2 == 0
    folds = np.arange(400) % fit_coref.FOLDS
    shipped = {"weights": [0.0] * n, "vague_weights": [0.0] * n, "threshold": 0.4,
               "vague_threshold": 0.45, "provenance": {"extended": {"features": ["old"]}}}
    monkeypatch.setattr(fit_coref, "pairs", lambda ex: (x, y, vague, None, None, folds, folds))
    monkeypatch.setattr(coref, "shipped_model", lambda: shipped)
    out = fit_coref.extended_model([], ["synonym_trigger"], vague_too=True)
    assert out["weights"][i] > 0 and out["vague_weights"][i] > 0
    assert out["weights"][0] == 0.0  # held
    assert out["provenance"]["earlier_extensions"] == [{"features": ["old"]}]
    assert out["provenance"]["extended_vague"]["pairs"] == int(vague.sum())
    only = fit_coref.extended_model([], ["synonym_trigger"])
    assert only["vague_weights"][i] == 0.0


def test_synonym_strikes_on_two_days_of_one_article_stay_two(store: Store) -> None:
    text = ("Israeli troops clashed with Lebanese forces in Basta on Thursday. "
            "On Friday Israeli soldiers fought Lebanese units in Basta again.")
    first = event(text, "clashed", "ASSAULT", [("Israeli troops", ISRAEL)],
                  [("Lebanese forces", LEBANON)], "2024-11-21", "Thursday")
    first.attributes = {"trigger_info": {"lemma": "clash"}}
    second = event(text, "fought", "ASSAULT", [("Israeli soldiers", ISRAEL)],
                   [("Lebanese units", LEBANON)], "2024-11-22", "Friday")
    second.attributes = {"trigger_info": {"lemma": "fight"}}
    other = "Israeli and Lebanese forces fought in Basta on Thursday, the army said."
    told = event(other, "fought", "ASSAULT", [("Israeli", ISRAEL)], [("Lebanese", LEBANON)],
                 "2024-11-21", "Thursday")
    told.attributes = {"trigger_info": {"lemma": "fight"}}
    ids = [article(store, "s1", "2024-11-22", "wire", first, second, text=text),
           article(store, "s2", "2024-11-22", "paper", told, text=other)]
    fuse.update(store, ids)
    events = queries.list_events(store)
    assert len(events) == 2
    assert sorted(e["articles"] for e in events) == [["s1"], ["s1", "s2"]]


def test_role_clash_and_reversal_read_countries_in_either_reading() -> None:
    isr, lbn, usa = frozenset({"ISR"}), frozenset({"LBN"}), frozenset({"USA"})
    none: frozenset[str] = frozenset()
    fra = frozenset({"FRA"})
    assert coref.clashing_roles(isr, lbn, usa, fra)  # apart straight and swapped
    assert not coref.clashing_roles(isr, lbn, lbn, isr)  # the swapped reading agrees
    assert not coref.clashing_roles(isr, lbn, isr, lbn)  # the straight reading agrees
    assert not coref.clashing_roles(isr, none, lbn, none)  # swapped reading has no clash
    assert coref.reversed_roles(isr, lbn, lbn, isr)
    assert not coref.reversed_roles(isr, lbn, isr, lbn)  # the same direction
    assert not coref.reversed_roles(isr, lbn, usa, none)  # sources apart, nothing swapped


def test_probability_is_the_logistic_of_the_weighted_sum_and_checks_lengths() -> None:
    import math

    import pytest

    vector, weights = [1.0, 0.5, 2.0], [0.3, -1.2, 0.7]
    z = 0.3 * 1.0 + -1.2 * 0.5 + 0.7 * 2.0
    assert coref.probability(vector, weights) == 1.0 / (1.0 + math.exp(-z))
    with pytest.raises(ValueError):
        coref.probability(vector, weights[:2])


def test_phrase_codes_match_every_joined_key() -> None:
    """The phrase table looked up per key gives what the table of every lemma joined with
    every object or particle of its entry gives, for each such key and for keys it lacks."""
    import json
    from importlib import resources

    from eventwire.fuse.coref import SYNONYMS_FILE, PhraseCodes, cameo_codes

    path = resources.files("eventwire.data").joinpath(SYNONYMS_FILE)
    joined: dict[tuple[str, str], set[str]] = {}
    for entry in json.loads(path.read_text(encoding="utf-8")).get("entries") or []:
        kind, code = entry.get("type") or "", str(entry.get("cameo") or "")[:3]
        if not kind or not code.isdigit() or entry.get("source_in") or entry.get("prep_object"):
            continue
        for extra in [*(entry.get("object") or []), *(entry.get("particle") or [])]:
            for w in entry.get("lemmas") or []:
                joined.setdefault((kind, f"{str(w).lower()} {str(extra).lower()}"),
                                  set()).add(code)
    table = cameo_codes()[1]
    assert len(joined) > 10_000
    for key, codes in joined.items():
        assert table.get(key, frozenset()) == codes, key
    assert table.get(("ASSAULT", "open fire")) == joined[("ASSAULT", "open fire")]
    missing = object()
    for key in [("ASSAULT", "open"), ("ASSAULT", "open  fire"), ("ASSAULT", "fire open"),
                ("ASSAULT", "open fire now"), ("", "open fire"), ("ASSAULT", " fire")]:
        assert key not in joined
        assert table.get(key, missing) is missing
    # a key splits at each of its spaces: a lemma of two words or an object of two words
    toy = PhraseCodes({("T", "set up"): [(frozenset({"camp"}), "010")],
                       ("T", "set"): [(frozenset({"up camp", "fire"}), "020")]})
    assert toy.get(("T", "set up camp")) == {"010", "020"}
    assert toy.get(("T", "set fire")) == {"020"}
    assert toy.get(("T", "set up")) == frozenset()


# -- a report told with other words than most of an event's reports ---------------------------

def test_report_in_other_words_linking_weakly_to_most_of_an_event_stays_out() -> None:
    """Refused by most of an event's reports where dates cannot tell (``chained``), whatever
    words tell it: told with other words ("struck" against "killed") or the same."""
    from eventwire.fuse.events import chained
    hit = mention("s1", None, "wire", quake("A driver struck a cyclist on Elm Road.", "struck"))
    killed = [mention(f"k{i}", None, "paper", quake(t, "killed")) for i, t in enumerate((
        "The cyclist was killed on Elm Road.", "A man was killed by a car.",
        "Police said the man was killed instantly."))]
    assert coref.other_triggers(hit, killed[0])
    assert chained(hit, [(k, 0.05) for k in killed])
    assert not chained(hit, [(k, 0.05) for k in killed[:2]])  # too few reports to refuse
    assert not chained(hit, [(killed[0], 0.5), (killed[1], 0.05), (killed[2], 0.5)])
    same = mention("k9", None, "post", quake("A second man was killed.", "killed"))
    assert chained(same, [(k, 0.05) for k in killed])  # one word: refused all the same


def test_verb_tables_read_once_give_each_table_as_read_alone() -> None:
    """``synsets`` and ``cameo_codes``'s lemma table, built in one pass over the verb
    dictionary, equal the tables each built from its own reading."""
    import json
    from importlib import resources

    from eventwire.fuse.coref import SYNONYMS_FILE, cameo_codes, synsets

    entries = json.loads(resources.files("eventwire.data").joinpath(SYNONYMS_FILE)
                         .read_text(encoding="utf-8")).get("entries") or []
    alone: dict[tuple[str, str], set[int]] = {}
    seen: dict[tuple[str, tuple[str, ...]], int] = {}
    words: dict[tuple[str, str], set[str]] = {}
    for entry in entries:
        lemmas = tuple(sorted(str(w).lower() for w in entry.get("lemmas") or []))
        if len(lemmas) >= 2:
            key = seen.setdefault((entry.get("type", ""), lemmas), len(seen))
            for w in lemmas:
                alone.setdefault((entry.get("type", ""), w), set()).add(key)
        kind, code = entry.get("type") or "", str(entry.get("cameo") or "")[:3]
        if kind and code.isdigit():
            for w in entry.get("lemmas") or []:
                words.setdefault((kind, str(w).lower()), set()).add(code)
    assert len(alone) > 1_000 and len(words) > 1_000
    assert synsets() == {k: frozenset(v) for k, v in alone.items()}
    assert cameo_codes()[0] == {k: frozenset(v) for k, v in words.items()}


def test_written_verb_tables_are_the_built_ones_and_never_read_stale(monkeypatch) -> None:
    """The verb tables written out as package data (``TABLES_FILE``) are what a build from the
    verb dictionary gives; written for another dictionary (or missing) they are not read and
    the tables are built instead."""
    from eventwire.fuse import coref

    stored, built = coref.stored_verb_tables(), coref.build_verb_tables()
    assert stored is not None
    assert stored[0] == built[0] and stored[1] == built[1]
    assert stored[2].entries == built[2].entries
    assert stored[2].get(("ASSAULT", "open fire")) == built[2].get(("ASSAULT", "open fire"))
    source = coref.verb_source()
    monkeypatch.setattr(coref, "verb_source", lambda: source + b" ")  # another dictionary
    assert coref.stored_verb_tables() is None
    monkeypatch.setattr(coref, "verb_source", lambda: source)
    monkeypatch.setattr(coref, "TABLES_FILE", "no-such-tables.marshal.gz")
    assert coref.stored_verb_tables() is None


def test_verb_tables_written_to_a_file_read_back(tmp_path) -> None:
    """``write_verb_tables`` writes a file whose tables decode to the built ones."""
    import marshal
    import zlib

    from eventwire.fuse import coref

    path = tmp_path / "tables.marshal.gz"
    assert coref.write_verb_tables(path) == path.stat().st_size
    header, synonyms, words, phrases = marshal.loads(zlib.decompress(path.read_bytes()))
    assert header == coref.tables_header(coref.verb_source())
    built = coref.build_verb_tables()
    assert (synonyms, words, phrases) == (built[0], built[1], built[2].entries)
