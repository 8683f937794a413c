"""What the conflict comparison reads in one sentence: counted things named by a model,
lengths in days of fighting, and outcomes or agreements in varied phrasings."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.fuse.conflicts import stated_days, text_claim, text_counts


@pytest.mark.parametrize(("text", "what", "n"), [
    ("The air force sent six F-16 fighter jets over the border on Friday.", "F-16", 6),
    ("The air force scrambled a single F-16 on Friday.", "F-16", 1),
    ("The air force sent two F-16s to bomb the depot.", "F-16", 2),
    ("A dozen BM-21 rockets landed near the town.", "projectiles", 12),
    ("More than 40 Grad rockets landed near the town.", "projectiles", 40),
    ("The jets dropped four bombs on the bridge.", "bombs", 4),
    ("Redland said 14 of its civilians and one soldier were killed.", "killed", 15),
    ("Missiles struck the city on Tuesday and claimed the lives of 15 people.", "killed", 15),
    ("The shelling, which took the lives of three civilians, hit the market.", "killed", 3),
    ("The clashes have cost the lives of 2,000 soldiers.", "killed", 2000),
    ("The strike on the depot caused 15 fatalities, the governor said.", "killed", 15),
    ("Officials reported nine fatalities after the raid.", "killed", 9),
    ("Ruritanian troops captured 18 Bordurian soldiers near the pass.", "captured", 18),
    ("Twenty Bordurian soldiers were taken prisoner on Tuesday.", "captured", 20),
    ("Ruritania is holding 18 Bordurian soldiers, the ministry said.", "captured", 18),
    ("Ruritania handed back 18 Bordurian soldiers on Friday.", "released", 18),
    ("18 Bordurian soldiers surrendered on Tuesday, the army said.", "captured", 18),
    ("Ruritania said 18 Bordurian soldiers laid down their weapons and surrendered.",
     "captured", 18),
    ("Borduria said 20 Bordurian soldiers were surrounded and taken away on Tuesday.",
     "captured", 20),
    ("Twelve Bordurian soldiers were ambushed and captured near the pass.", "captured", 12),
    ("The army said 20 prisoners of war were freed.", "released", 20),
    ("Borduria said 84 POWs came home.", "released", 84),
    ("Ruritania returned two soldiers on Friday but still holds 18 Bordurian soldiers.",
     "captured", 18),
    ("Ruritania returned two soldiers on Friday but still holds 18 Bordurian soldiers.",
     "released", 2),
    ("Ruritania will hand over 20 Bordurian soldiers on Friday.", "released", 20),
    ("Ruritania agreed to release 20 Bordurian soldiers.", "released", 20),
    ("Ruritania handed two wounded Bordurian soldiers back on Friday.", "released", 2),
    ("Ruritania handed 20 soldiers a medal on Friday.", "troops", 20),
    ("Ruritania deployed 5,000 troops to the border.", "troops", 5000),
    ("Some 200 soldiers took positions on the ridge.", "troops", 200),
    ("Borduria freed 90 prisoners and the rebels released three hostages.", "hostages", 3),
])
def test_counted_things_named_by_a_model(text: str, what: str, n: int) -> None:
    assert any(w == what and v == n for w, v, *_ in text_counts(text)), text_counts(text)


@pytest.mark.parametrize(("text", "counts"), [
    ("Two soldiers were killed and five others wounded in the blast.",
     [("killed", 2), ("wounded", 5)]),
    ("Eight people lost their lives and 14 were hurt in the strike.",
     [("killed", 8), ("wounded", 14)]),
    ("Four Bordurian soldiers were killed and 20 captured on Tuesday.",
     [("killed", 4), ("captured", 20)]),
    ("Ruritanian troops captured 20 and killed four, the army said.",
     [("captured", 20), ("killed", 4)]),
    ("The raid killed three people and 12 more were injured.",
     [("killed", 3), ("wounded", 12)]),
    ("The strike killed eight and wounded 14.", [("killed", 8), ("wounded", 14)]),
])
def test_a_number_s_own_verb_wins_over_a_nearer_casualty_word(
        text: str, counts: list[tuple[str, int]]) -> None:
    assert [(w, v) for w, v, *_ in text_counts(text)] == counts


def test_people_still_held_are_not_compared_with_people_let_go() -> None:
    from eventwire.fuse.conflicts import number_conflicts
    from eventwire.fuse.mentions import Mention

    def report(aid: str, text: str) -> Mention:
        return Mention(id=f"{aid}#0", article=aid, root=aid, story=None, published="2025-08-01",
                       data={"type": "RETREAT", "sentence": {"start": 0, "end": len(text),
                                                             "text": text},
                             "trigger": {"start": 0, "end": 1, "text": "x"}})
    held = report("a", "Ruritania returned two soldiers on Friday but still holds 18 Bordurian "
                  "soldiers.")
    held.outlet = "wire"
    same = report("b", "Ruritania handed back two Bordurian soldiers on Friday.")
    same.outlet = "radio"
    other = report("c", "Ruritania handed back 20 Bordurian soldiers on Friday.")
    other.outlet = "daily"
    assert number_conflicts([held, same]) == []
    assert [f["kind"] for f in number_conflicts([held, other])] == ["number_conflict"]


def test_a_participle_describing_the_people_is_not_their_own_verb() -> None:
    text = "Ruritania freed three soldiers on Friday but kept 12 others captured last week in jail."
    assert ("captured", 12) not in [(w, v) for w, v, *_ in text_counts(text)]


def test_one_of_the_captives_is_no_count_of_the_held() -> None:
    assert text_counts("Two of the prisoners were freed on Monday.") == ()
    assert text_counts("The mother of one of the captives spoke to reporters outside.") == ()


def test_a_model_number_is_no_count() -> None:
    assert text_counts("An F-16 bombed the depot on Friday.") == ()


@pytest.mark.parametrize(("text", "days"), [
    ("The truce ended five days of fighting along the border.", 5),
    ("It was the worst flare-up since a four-day war in 2008.", 4),
    ("The clashes, which lasted three days, displaced thousands.", 3),
    ("Fighting that raged for 6 days ended on Monday.", 6),
    ("The talks lasted two days.", 2),
])
def test_days_of_fighting_or_talks(text: str, days: int) -> None:
    found = stated_days(text)
    assert found and found[0] == days


@pytest.mark.parametrize("text", [
    "The strike came two days after the attack.",
    "The army must withdraw within 15 days.",
])
def test_days_between_events_are_no_length(text: str) -> None:
    assert stated_days(text) is None


def test_how_talks_went_and_whether_they_gave_a_deal_are_read_apart() -> None:
    mixed = "The talks were productive, though no deal was reached."
    assert text_claim(mixed, "outcome")[0] == "positive"
    assert text_claim(mixed, "deal")[0] == "negative"
    assert text_claim("The talks made no progress.", "deal") is None
    assert text_claim("The talks ended with an agreement on a truce.", "outcome") is None


@pytest.mark.parametrize(("kind", "group", "text"), [
    ("deal", "positive", "The talks ended with a deal on a ceasefire."),
    ("deal", "negative", "The talks yielded no agreement."),
    ("deal", "negative", "The talks broke up without agreement."),
])
def test_deals_of_talks(kind: str, group: str, text: str) -> None:
    found = text_claim(text, kind)
    assert found and found[0] == group, found


@pytest.mark.parametrize(("kind", "group", "text"), [
    ("outcome", "positive", "The talks were a success, officials said."),
    ("outcome", "positive", "The negotiators made considerable progress on the key issues."),
    ("deal", "positive", "The leaders met on Monday and agreed to an immediate ceasefire."),
    ("deal", "positive", "The meeting resulted in an agreement on a ceasefire."),
    ("outcome", "negative", "The meeting was unsuccessful."),
    ("outcome", "negative", "The talks did not produce a breakthrough."),
    ("outcome", "negative", "The talks were not productive, an official said."),
    ("deal", "negative", "The leaders met on Monday but failed to agree on a ceasefire."),
    ("outcome", "negative", "Negotiators left empty-handed."),
    ("outcome", "positive", "The talks, which were not held in public, were productive."),
    ("outcome", "positive", "The envoys met on Monday; the talks were described as very positive."),
    ("outcome", "negative", "The talks were not very positive, an aide said."),
    ("outcome", "negative", "The talks were tense and ended without a joint statement."),
    ("agreement", "negative", "The two sides reached no agreement on Monday."),
    ("agreement", "positive", "The two sides reached a ceasefire agreement."),
    ("agreement", "positive", "The leaders signed a truce on Monday."),
    ("agreement", "positive", "A ceasefire was agreed late on Monday."),
    ("agreement", "negative", "No ceasefire was agreed on Monday."),
    ("agreement", "negative", "The two countries failed to reach a ceasefire."),
    ("agreement", "negative", "The sides did not sign any agreement."),
    ("agreement", "negative", "The army rejected the ceasefire proposal."),
    ("agreement", "negative", "Talks ended without a ceasefire deal."),
    ("outcome", "negative", "The meeting ended in acrimony."),
    ("outcome", "negative", "Officials said the talks were a failure."),
    ("outcome", "negative", "The session ended with no clear outcome."),
    ("outcome", "negative", "The two sides remained at odds after the talks."),
    ("outcome", "negative", "The meeting did not go well, a diplomat said."),
    ("outcome", "negative", "A senior official called the talks disappointing."),
    ("outcome", "negative", "The envoys left Geneva with nothing to show for it."),
    ("outcome", "positive", "Negotiators said they had narrowed their differences."),
    ("outcome", "positive", "Officials called the meeting a good first step."),
    ("outcome", "positive", "The two ministers struck a positive tone after the talks."),
    ("outcome", "positive", "Negotiators met on Saturday for talks both sides called positive."),
    ("outcome", "positive", "Officials termed the meeting useful."),
    ("outcome", "negative", "Officials did not call the meeting useful."),
    ("outcome", "positive", "The talks produced a joint statement on border patrols."),
    ("outcome", "positive", "The two ministers issued a joint declaration after the meeting."),
    ("outcome", "negative", "The talks ended without a joint statement, officials said."),
    ("outcome", "negative", "The ministers failed to issue a joint communique."),
    ("outcome", "negative", "The phone call on Sunday was tense and ended badly, aides said."),
    ("outcome", "negative", "The meeting went badly, a diplomat said."),
    ("outcome", "negative", "The envoys held a frosty meeting in Geneva."),
    ("outcome", "negative", "The talks were acrimonious, two officials said."),
    ("outcome", "negative", "Their conversation ended on a sour note."),
    ("outcome", "negative", "The session ended abruptly when one delegation walked away."),
    ("outcome", "positive", "The talks, held as the border remained tense, were productive."),
    ("outcome", "negative", "The meeting ended in a stalemate, diplomats said."),
    ("outcome", "negative", "The talks ended with both sides still far apart."),
    ("outcome", "positive", "The talks broke the stalemate and made progress."),
    ("outcome", "positive", "The two leaders held a warm and friendly meeting."),
    ("agreement", "negative", "The government refused to sign the extension."),
    ("agreement", "negative", "Borduria declined to sign the accord on Friday."),
    ("completion", "positive", "Ruritanian troops pulled out of all the border villages."),
    ("completion", "negative", "The withdrawal was only partial, residents said."),
    ("completion", "negative", "The army partially withdrew from the ridge."),
])
def test_outcomes_and_agreements_in_varied_phrasings(kind: str, group: str, text: str) -> None:
    found = text_claim(text, kind)
    assert found and found[0] == group, found


def test_a_toll_in_the_sentence_after_an_attack_is_compared() -> None:
    from eventwire.fuse.conflicts import event_conflicts
    from eventwire.fuse.mentions import make_mention

    def attack(aid: str, outlet: str, toll: str) -> tuple[object, str]:
        first = "Armenian and Azerbaijani troops clashed on the border on Friday."
        text = f"{first} The death toll stood at {toll}, officials said."
        data = {"type": "ASSAULT", "modality": "asserted",
                "trigger": {"start": 33, "end": 40, "text": "clashed"},
                "sentence": {"start": 0, "end": len(first), "text": first},
                "source": [], "target": []}
        art = {"id": aid, "published": "2025-05-10", "url": f"https://{outlet}.example/{aid}"}
        return make_mention(f"{aid}#0", art, data, None), text

    (a, ta), (b, tb) = attack("a1", "wire", "12"), attack("a2", "post", "more than 30")
    texts = {"a1": ta, "a2": tb}
    (found,) = event_conflicts([a, b], [], texts=texts)
    assert found["kind"] == "number_conflict"
    assert [v["value"] for v in found["values"]] == ["12", "more than 30"]
    c, tc = attack("a3", "post", "about 12")
    assert event_conflicts([a, c], [], texts={"a1": ta, "a3": tc}) == []
    assert event_conflicts([a, b], []) == []  # the sentence after is read in the texts only


def test_tolls_of_the_people_of_different_sides_do_not_conflict() -> None:
    from eventwire.fuse.conflicts import event_conflicts
    from eventwire.fuse.mentions import make_mention

    def attack(aid: str, outlet: str, toll: str) -> object:
        text = f"Border clashes on Friday killed {toll}, officials said."
        data = {"type": "ASSAULT", "modality": "asserted",
                "trigger": {"start": 7, "end": 14, "text": "clashes"},
                "sentence": {"start": 0, "end": len(text), "text": text},
                "source": [], "target": []}
        art = {"id": aid, "published": "2025-05-10", "url": f"https://{outlet}.example/{aid}"}
        return make_mention(f"{aid}#0", art, data, None)

    ours = attack("a1", "wire", "12 Ruritanian civilians")
    theirs = attack("a2", "post", "one Bordurian soldier")
    assert event_conflicts([ours, theirs], []) == []
    same_side = attack("a3", "radio", "three Ruritanian civilians")
    (found,) = event_conflicts([ours, same_side], [])
    assert found["kind"] == "number_conflict"
    unnamed = attack("a4", "daily", "two people")
    (found,) = event_conflicts([ours, unnamed], [])
    assert found["kind"] == "number_conflict"


@pytest.mark.parametrize(("group", "text"), [
    ("positive", "The defence ministers met in Kuala Lumpur on Monday as planned."),
    ("positive", "The summit went ahead despite the shelling."),
    ("positive", "The talks, which had been postponed twice, finally took place on Monday."),
    ("negative", "The meeting in Kuala Lumpur on Monday was called off at the last minute."),
    ("negative", "The talks were postponed after the shelling."),
    ("negative", "The meeting was not held on Monday, officials said."),
    ("negative", "The planned round of talks did not go ahead."),
    ("negative", "Officials said the meeting never took place."),
    ("negative", "The promised call never happened, aides said."),
    ("negative", "The meeting did not happen as planned."),
    ("negative", "The summit was shelved after the shelling."),
    ("negative", "The Norland envoy cancelled his visit to Velland on Monday."),
    ("negative", "Velland called off the planned summit after the shelling."),
    ("negative", "Norland scrapped the talks at the last minute, aides said."),
])
def test_whether_talks_took_place(group: str, text: str) -> None:
    found = text_claim(text, "held")
    assert found and found[0] == group, found


def test_a_statement_made_jointly_is_no_outcome_of_talks() -> None:
    assert text_claim("The leaders said in a joint statement that the talks would go on.",
                      "outcome") is None


def test_a_cancelled_thing_that_is_no_event_states_nothing_of_talks() -> None:
    assert text_claim("Norland cancelled the licences of three Velland outlets.", "held") is None


def test_talks_held_against_a_visit_an_outlet_says_was_cancelled() -> None:
    from eventwire.fuse.conflicts import event_conflicts
    from eventwire.fuse.mentions import make_mention

    def visit(aid: str, text: str, word: str) -> Any:
        i = text.index(word)
        data = {"type": "CONSULT", "modality": "asserted", "source": [], "target": [],
                "trigger": {"start": i, "end": i + len(word), "text": word},
                "sentence": {"start": 0, "end": len(text), "text": text}}
        art = {"id": aid, "published": "2025-03-02", "url": f"https://{aid}.example/{aid}"}
        return make_mention(f"{aid}#0", art, data, None)

    held = visit("a1", "The Norland envoy visited Velland on Monday as planned.", "visited")
    off = visit("b1", "The Norland envoy cancelled his visit to Velland on Monday.", "visit")
    also_off = visit("c1", "Norland's envoy called off his visit to Velland on Monday.", "visit")
    assert [f["kind"] for f in event_conflicts([held, off], [])] == ["held_conflict"]
    assert not event_conflicts([off, also_off], [])


def test_the_leaders_meeting_states_nothing_of_whether_it_was_cancelled() -> None:
    assert text_claim("The leaders held talks in Geneva on Monday.", "held") is None


def test_talks_planned_as_scheduled_are_no_report_that_they_took_place() -> None:
    from eventwire.fuse.conflicts import event_conflicts
    from eventwire.fuse.mentions import make_mention

    def talks(aid: str, text: str, modality: str) -> Any:
        i = text.index("meet")
        data = {"type": "CONSULT", "modality": modality, "source": [], "target": [],
                "trigger": {"start": i, "end": i + 4, "text": "meet"},
                "sentence": {"start": 0, "end": len(text), "text": text}}
        art = {"id": aid, "published": "2025-03-02", "url": f"https://{aid}.example/{aid}"}
        return make_mention(f"{aid}#0", art, data, None)

    cancelled = talks("b1", "A meeting of the ministers on Monday was called off.", "asserted")
    planned = talks("a1", "The ministers will meet on Monday as planned.", "planned")
    held = talks("a1", "The ministers meet on Monday as planned.", "asserted")
    assert not event_conflicts([planned, cancelled], [])
    assert [f["kind"] for f in event_conflicts([held, cancelled], [])] == ["held_conflict"]


@pytest.mark.parametrize(("text", "what", "n"), [
    ("The death toll from Bordurian shelling of the Varo district on Thursday rose to 15, "
     "officials said.", "killed", 15),
    ("The number of wounded in the attacks on the border villages has risen to 67.",
     "wounded", 67),
    ("The toll from the strikes, which also wounded dozens, climbed to at least 29.",
     "killed", 29),
    ("The toll stood at 40 wounded.", "wounded", 40),
    ("The number of displaced people has reached 130,000, the agency said.", "displaced",
     130000),
])
def test_a_toll_is_read_through_its_verb_however_far_the_toll_word(text: str, what: str,
                                                                   n: int) -> None:
    assert [(w, v) for w, v, *_ in text_counts(text)] == [(what, n)]


@pytest.mark.parametrize(("text", "group"), [
    ("A ceasefire between Ruritania and Borduria took effect at midnight and largely held "
     "overnight.", "positive"),
    ("The truce has held since Monday, officials said.", "positive"),
    ("No violations of the truce were reported overnight, the army said.", "positive"),
    ("The ceasefire took effect at midnight but was violated within hours.", "negative"),
    ("Ruritania accused Bordurian troops of violating the ceasefire on Tuesday.", "negative"),
    ("The truce collapsed after two days of calm.", "negative"),
    ("Any violation of the ceasefire will be met with force, the minister said.", None),
    ("Ceasefire talks were held in the capital on Monday.", None),
    # told by what happened since the truce began
    ("No armed clashes have occurred at any border post since the truce took effect, the "
     "ministry said.", "positive"),
    ("No clashes have been reported since the truce came into force at midnight.", "positive"),
    ("Not a single shot has been fired since the truce, residents said.", "positive"),
    ("The border has been calm since the ceasefire began on Monday.", "positive"),
    ("Bordurian forces shelled two Ruritanian border posts after the ceasefire took effect, "
     "the army said.", "negative"),
    ("Ruritanian troops shelled two villages on Tuesday despite the truce.", "negative"),
    ("Artillery fire struck the town hours after the truce had come into force.", "negative"),
    ("Borduria denied that its forces attacked any position after the ceasefire took effect.",
     None),
    ("Any attack after the ceasefire took effect would be answered, the army warned.", None),
    ("Ruritanian troops shelled two villages on Tuesday despite the ceasefire talks.", None),
    ("Bordurian forces attacked the town before the ceasefire took effect.", None),
    ("The border has been calm since the 2011 ceasefire, residents said.", None),
    ("No clashes had been reported since the previous truce.", None),
])
def test_whether_a_truce_held_is_read_from_its_sentence(text: str, group: str | None) -> None:
    found = text_claim(text, "kept")
    assert (found[0] if found else None) == group, found


def _deal_then(text_after: str) -> tuple[Any, str, list[dict[str, Any]]]:
    """A deal mention, the article text with ``text_after`` following its sentence, and the
    linked entity for Qatar."""
    from eventwire.fuse.mentions import Mention
    first = "Ruritania and Borduria agreed to a ceasefire on Friday, officials said."
    text = first + " " + text_after
    m = Mention(id="a#0", article="a", root="a", story=None, data={
        "type": "AGREE", "sentence": {"start": 0, "end": len(first), "text": first},
        "trigger": {"start": 23, "end": 29, "text": "agreed"}})
    at = text.index("Qatar")
    ents = [{"text": "Qatar", "start": at, "end": at + 5, "label": "GPE",
             "actor": {"id": "country:QAT", "country": "QAT", "kind": "state"}}]
    return m, text, ents


@pytest.mark.parametrize(("after", "sides"), [
    ("It was brokered by Qatar alone.", ["QAT"]),
    ("Qatar alone brokered it, diplomats said.", ["QAT"]),
    # "it" refers to the sentence right before only: here the trade deal
    ("Separately, two other states signed a trade pact on Tuesday. It was brokered by Qatar.",
     None),
])
def test_a_mediator_of_it_in_the_next_sentence_is_the_deals(after: str,
                                                             sides: list[str] | None) -> None:
    from eventwire.fuse.conflicts import referred_mediators
    m, text, ents = _deal_then(after)
    found = referred_mediators(m, text, ents, "AGREE")
    assert (found["sides"] if found else None) == sides, found


@pytest.mark.parametrize(("after", "value"), [
    ("It ended without agreement, diplomats said.", "negative"),
    ("They were described as productive by both sides.", "positive"),
    ("It rained heavily in the capital.", None),
    # "it" two sentences on is not read for the talks
    ("Officials toured the old town afterwards. It ended without agreement.", None),
])
def test_how_talks_went_told_of_them_as_it_in_the_next_sentence(after: str,
                                                                 value: str | None) -> None:
    from eventwire.fuse.conflicts import referred_outcome
    from eventwire.fuse.mentions import Mention
    first = "Ruritanian and Bordurian negotiators held talks in the capital on Tuesday."
    m = Mention(id="a#0", article="a", root="a", story=None, data={
        "type": "CONSULT", "sentence": {"start": 0, "end": len(first), "text": first},
        "trigger": {"start": 40, "end": 45, "text": "talks"}})
    found = referred_outcome(m, first + " " + after, "outcome")
    assert (found["group"] if found else None) == value, found


@pytest.mark.parametrize(("after", "value"), [
    ("The truce was violated within hours, residents said.", "negative"),
    ("It largely held overnight, according to monitors.", "positive"),
    ("It rained overnight.", None),
    # another deal told in between: the truce is not what the later sentence refers to
    ("The two capitals also signed a trade agreement. The truce was violated within hours.",
     None),
    # a sentence telling what happened since the truce began, naming it on the way
    ("Bordurian troops shelled two villages on Tuesday despite the truce.", "negative"),
    ("No clashes have been reported along the border since the ceasefire took effect.",
     "positive"),
    ("The two capitals also signed a trade agreement. Bordurian troops shelled two villages "
     "on Tuesday despite the truce.", None),
    # ... also in a later paragraph, while no other deal is told in between
    ("Officials in both capitals welcomed it.\n\nBordurian troops shelled two border posts "
     "hours after the ceasefire took effect, the army said.", "negative"),
    ("Officials in both capitals welcomed it.\n\nNo clashes have been reported along the "
     "border since the truce came into force.", "positive"),
    ("Officials welcomed it.\n\nThe two capitals also signed a trade agreement.\n\n"
     "Bordurian troops shelled two border posts after the ceasefire took effect.", None),
    # a sentence opening on "The truce" is read in the paragraph only
    ("Officials welcomed it.\n\nThe truce was violated within hours.", None),
])
def test_whether_a_truce_held_told_of_it_in_a_later_sentence(after: str,
                                                             value: str | None) -> None:
    from eventwire.fuse.conflicts import referred_kept
    from eventwire.fuse.mentions import Mention
    first = "Ruritania and Borduria agreed to a ceasefire on Monday, officials said."
    m = Mention(id="a#0", article="a", root="a", story=None, data={
        "type": "AGREE", "sentence": {"start": 0, "end": len(first), "text": first},
        "trigger": {"start": 23, "end": 29, "text": "agreed"}})
    found = referred_kept(m, first + " " + after)
    assert (found["group"] if found else None) == value, found


def test_a_phrase_is_tested_only_when_the_text_holds_each_of_its_words() -> None:
    """``may_hold`` is false only where the phrase's pattern cannot match: every lexicon
    phrase written out (each alternative of each word, a gap filled) holds and matches, and
    with any one word left out neither holds nor matches; ``text_claim`` reads the same
    claims as reading every phrase's pattern."""
    import itertools

    from eventwire.fuse.conflicts import (
        GAP,
        lexicon,
        may_hold,
        phrase_re,
        phrase_words,
        text_claim,
    )

    phrases = sorted({p for k, v in lexicon().items() if k.startswith("sentence_")
                      for group in ("negative", "positive") for p in v.get(group, [])})
    assert len(phrases) > 100
    written = []
    for phrase in phrases:
        slots = phrase_words(phrase)
        for choice in itertools.islice(itertools.product(*slots), 4):
            text = "they said " + " ".join(choice) + " on monday"
            if GAP in phrase:  # the pattern allows words at a gap
                parts, at = [], 0
                for part in phrase.split(GAP):
                    n = len(part.split())
                    parts.append(" ".join(choice[at:at + n]))
                    at += n
                text = "they said " + " the two ".join(parts) + " on monday"
            assert may_hold(text, phrase) and phrase_re(phrase).search(text), (phrase, text)
            written.append(text)
            for i in range(len(choice)):
                gone = "they said " + " ".join(choice[:i] + choice[i + 1:]) + " on monday"
                if not any(w in gone for w in slots[i]):
                    assert not may_hold(gone, phrase)
                    assert phrase_re(phrase).search(gone) is None

    def every_pattern(text: str, kind: str) -> object:
        import eventwire.fuse.conflicts as conflicts
        held = conflicts.may_hold
        conflicts.may_hold = lambda low, phrase: True
        try:
            return text_claim.__wrapped__(text, kind)
        finally:
            conflicts.may_hold = held

    kinds = [k[len("sentence_"):] for k in lexicon() if k.startswith("sentence_")]
    found = 0
    for text in written[::7]:
        for kind in kinds:
            claim = text_claim.__wrapped__(text, kind)
            assert claim == every_pattern(text, kind), (text, kind)
            found += claim is not None
    assert found > 10
