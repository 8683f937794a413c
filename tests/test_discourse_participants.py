"""Participants given by the discourse: continued accounts, responses, interviews, acronyms."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.annotate.focus import Focus
from eventwire.extract.event_classifier import features_of
from eventwire.extract.interview import interview_turns
from eventwire.extract.resolve import story_attackers
from eventwire.model import ActorRef, EventMention, Participant, Span
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _countries(parts) -> set[str | None]:
    return {p.actor.country if p.actor else None for p in parts}


def test_a_shell_noun_subject_continues_the_previous_sentence(pipeline):
    text = ("Somalia's media regulator said Thursday that it shut nine radio stations. "
            "This latest announcement followed an earlier crackdown on 25 news blogs.")
    ev = _event(_events(pipeline, text), "crackdown")
    assert _countries(ev.source) == {"SOM"}
    (src,) = ev.source
    assert src.inherited and src.actor.evidence.startswith("previous sentence: ")
    assert text[src.start:src.end] == src.text and src.end < text.index("This latest")
    assert ev.attributes["source_inherited"]["from"] == "previous sentence"
    assert ev.to_dict()["source"][0]["inherited"] is True


def test_a_sentence_with_its_own_subject_inherits_nothing(pipeline):
    text = ("Somalia's media regulator said Thursday that it shut nine radio stations. "
            "The city has suffered an earlier crackdown on 25 news blogs.")
    ev = _event(_events(pipeline, text), "crackdown")
    assert _inherited_from(ev) not in ("previous sentence", "earlier event")


def test_no_inheritance_across_a_paragraph_break(pipeline):
    text = ("Somalia's media regulator said Thursday that it shut nine radio stations.\n\n"
            "This latest announcement followed an earlier crackdown on 25 news blogs.")
    ev = _event(_events(pipeline, text), "crackdown")
    assert _inherited_from(ev) not in ("previous sentence", "earlier event")


CRACKDOWNS = ("Somalia's police said Thursday that they detained nine journalists. "
              "The city has suffered {} crackdown on 25 news blogs.")


@pytest.mark.parametrize("words, continued", [
    ("an earlier", False), ("another", False), ("a previous", False), ("a", True),
])
def test_another_occurrence_does_not_continue_the_one_before(pipeline, words, continued):
    """'an earlier crackdown', 'another crackdown': an event noun the text marks as another
    occurrence does not take the source of the same-type event before it as its own; 'a
    crackdown' does."""
    ev = _event(_events(pipeline, CRACKDOWNS.format(words)), "crackdown")
    assert (_inherited_from(ev) == "earlier event") is continued


def _inherited_from(ev) -> str | None:
    return (ev.attributes.get("source_inherited") or {}).get("from")


def test_inherited_participants_are_no_evidence_for_the_confidence(pipeline):
    text = ("Somalia's media regulator said Thursday that it shut nine radio stations. "
            "This latest announcement followed an earlier crackdown on 25 news blogs.")
    ev = _event(_events(pipeline, text), "crackdown")
    assert ev.source and "args=01" in features_of(ev)


def test_a_response_answers_whoever_did_the_act_it_names(pipeline):
    text = ("Bosnian state prosecutors issued an arrest warrant for Dodik on Tuesday. "
            "Dodik rejected the arrest warrant on Wednesday.")
    ev = _event(_events(pipeline, text), "rejected")
    assert "BIH" in _countries(ev.target)
    inherited = [p for p in ev.target if p.inherited]
    assert inherited and inherited[0].text == "Bosnian state prosecutors"
    assert ev.attributes["target_inherited"]["type"] == "COERCE"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Peru accused Bolivia of smuggling arms, an accusation which La Paz rejected on Monday.",
     "rejected"),
    ("Peru accused Bolivian soldiers of firing across the border, a charge that La Paz "
     "denied.", "denied"),
])
def test_a_response_in_a_relative_clause_answers_the_act_it_modifies(pipeline, text, trigger):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev.source) == {"BOL"}
    assert "PER" in _countries(ev.target)
    assert ev.attributes["target_inherited"]["type"] == "ACCUSE"


def test_an_indefinite_object_is_no_reference_to_an_earlier_act(pipeline):
    text = ("Bosnian state prosecutors issued an arrest warrant for Dodik on Tuesday. "
            "Dodik rejected a new arrest warrant on Wednesday.")
    ev = _event(_events(pipeline, text), "rejected")
    assert not any(p.inherited for p in ev.target)


def test_the_partner_of_both_leaders_is_the_target(pipeline):
    text = ("Indian Prime Minister Narendra Modi arrived in Colombo on Friday. Following "
            "talks with Sri Lankan President Anura Kumara Dissanayake, both leaders also "
            "reaffirmed their support for regional fisheries.")
    ev = _event(_events(pipeline, text), "talks")
    assert _countries(ev.source) == {"IND"}
    assert _countries(ev.target) == {"LKA"}


def test_speakers_in_a_meeting_frame_took_part_in_it(pipeline):
    text = "In a meeting with publishers, Taliban officials said that books need permission."
    ev = _event(_events(pipeline, text), "meeting")
    assert "AFG" in _countries(ev.source)


INTERVIEW = ("Jane Porter, former U.S. deputy trade representative, visited Seoul. "
             "HOST: On your trip to Korea, you met with the new president, Lee Jae-myung. "
             "What was on the table? Jane Porter, former U.S. deputy trade representative: "
             "Our point was simple. I had met Mr. Lee before. "
             "HOST: How do you read the tariffs? Porter: They were expected.")


def test_interview_turns_are_found_with_their_speakers():
    turns = interview_turns(INTERVIEW)
    assert [t.key for t in turns] == ["HOST", "Porter", "HOST", "Porter"]
    assert INTERVIEW[turns[1].label_start:turns[1].name_end] == "Jane Porter"


def test_an_ordinary_article_has_no_turns():
    assert interview_turns("Officials said: the talks will resume. Note: nothing else.") == []


def test_first_and_second_person_in_an_interview(pipeline):
    events = _events(pipeline, INTERVIEW)
    you_met = [ev for ev in events if ev.trigger.text == "met"]
    assert len(you_met) == 2
    for ev in you_met:  # 'you met' in the question, 'I had met' in the answer
        assert _countries(ev.source) == {"USA"}
        assert ev.source[0].actor.evidence.startswith("interview turn: ")
    assert not any(p.text == "HOST" for ev in events for p in (*ev.source, *ev.target))


def test_a_first_person_wish_in_an_interview_is_the_turn_speaker_s(pipeline):
    text = INTERVIEW + (" HOST: And Beijing? Porter: We can't speak for them."
                        " I really would like to see Japan do more on steel.")
    events = _events(pipeline, text)
    wish = [ev for ev in events if ev.type == "REQUEST" and "see" in ev.trigger.text]
    assert wish, [(ev.type, ev.trigger.text) for ev in events]
    assert _countries(wish[0].source) == {"USA"}
    assert wish[0].source[0].actor.evidence.startswith("interview turn: ")


def test_an_acronym_takes_the_actor_of_the_name_it_abbreviates(pipeline):
    text = ("Washington flew the migrants home at the request of officials with the U.S. "
            "Immigration and Customs Enforcement. Last month, ICE deported 120 migrants "
            "to Guatemala.")
    ev = _event(_events(pipeline, text), "deported")
    assert [p.text for p in ev.source] == ["ICE"]
    assert _countries(ev.source) == {"USA"}


def test_initials_of_organisation_names():
    from eventwire.annotate.agents import initials
    assert initials("Baloch Liberation Army") == ["BLA"]
    assert "ICE" in initials("U.S. Immigration and Customs Enforcement")
    assert initials("Hamas") == []
    assert initials("the ministry of defence") == []


def test_a_definite_group_noun_refers_to_the_organisation_named_before(pipeline):
    text = ("The Baloch Liberation Army said it carried out the bombing. "
            "The group also opposes foreign mining in the region.")
    ev = _event(_events(pipeline, text), "opposes")
    (src,) = ev.source
    assert src.text == "group" and src.actor.evidence == "refers to: The Baloch Liberation Army"


def test_a_group_noun_with_no_organisation_before_stays_unlinked(pipeline):
    text = ("A group of protesters gathered outside parliament. "
            "The group then marched to the Foreign Ministry.")
    ev = _event(_events(pipeline, text), "marched")
    assert not any(p.actor is not None and p.actor.evidence and
                   p.actor.evidence.startswith("refers to") for p in ev.source)


def test_it_opening_a_sentence_is_the_previous_sentences_subject(pipeline):
    text = "Pakistan closed the border crossing on Monday. It also expelled two diplomats."
    ev = _event(_events(pipeline, text), "expelled")
    assert _countries(ev.source) == {"PAK"}


def test_a_pronoun_after_a_paragraph_break_is_not_resolved_across_it(pipeline):
    text = "Pakistan closed the border crossing on Monday.\n\nIt also expelled two diplomats."
    ev = _event(_events(pipeline, text), "expelled")
    assert "PAK" not in _countries(ev.source)


def test_a_pronoun_opening_a_paragraph_takes_no_story_source_of_any_type(pipeline):
    for first in ("Pakistan shut its airspace to Indian flights on Monday.",
                  "Pakistan expelled two Indian diplomats on Monday.",
                  "Pakistan accused India of shelling a border village on Monday."):
        text = first + "\n\nIt also recalled its envoy."
        ev = _event(_events(pipeline, text), "recalled")
        assert "PAK" not in _countries(ev.source), first


def test_a_dated_mention_of_an_event_refers_back_to_it(pipeline):
    text = ("The Baloch Liberation Army attacked a passenger train in Balochistan on Tuesday. "
            "Police officials said the survivors of Tuesday's attack had been taken to hospital.")
    events = _events(pipeline, text)
    later = [ev for ev in events if ev.trigger.text == "attack"]
    assert later and _countries(later[0].source) == {"PAK"}
    assert later[0].attributes.get("participants_from") == "context"


def test_a_coordinated_agreement_has_the_partner_of_the_meeting(pipeline):
    text = ("Last week, Cameroonian officials met Chadian officials in Bangui and signed an "
            "agreement to jointly combat insecurity.")
    ev = _event(_events(pipeline, text), "signed")
    assert _countries(ev.source) == {"CMR"}
    assert "TCD" in _countries(ev.target)
    assert all(p.inherited for p in ev.target if p.actor and p.actor.country == "TCD")
    assert ev.attributes["target_inherited"]["type"] == "CONSULT"


def test_a_coordinated_hostile_act_gets_no_partner(pipeline):
    text = "Cameroonian officials met Chadian officials in Bangui and arrested two smugglers."
    ev = _event(_events(pipeline, text), "arrested")
    assert "TCD" not in _countries(ev.target)


def test_an_event_named_by_the_subject_acts_through_its_source(pipeline):
    text = ("Somali forces launched airstrikes in the Hiraan region on Thursday. NISA said the "
            "airstrikes targeted the Damasha area and killed a senior al-Shabab leader.")
    events = _events(pipeline, text)
    killed = [ev for ev in events if ev.trigger.text == "killed" or any(
        t["text"] == "killed" for t in ev.attributes.get("also_triggers", []))]
    assert killed and all(_countries(ev.source) == {"SOM"} for ev in killed)


def test_the_two_countries_are_the_last_two_parties_named(pipeline):
    text = ("Indian Prime Minister Narendra Modi held talks with Bangladesh's leader in New "
            "Delhi on Monday. The two countries agreed to expand trade.")
    ev = _event(_events(pipeline, text), "agreed")
    assert _countries(ev.source) == {"IND", "BGD"}
    assert all(p.actor.evidence.startswith("refers to: ") for p in ev.source)


def test_both_sides_without_two_parties_named_stay_unlinked(pipeline):
    ev = _event(_events(pipeline, "Both sides agreed to expand trade on Monday."), "agreed")
    assert not any(p.actor is not None and p.actor.country for p in ev.source)


def test_a_response_skips_earlier_acts_nobody_is_named_for(pipeline):
    text = ("Rights groups filed lawsuits against the government in January. An earlier "
            "complaint alleged that detainees were abused. The department has dismissed "
            "the allegations.")
    ev = _event(_events(pipeline, text), "dismissed")
    assert "NGO" in _countries([p for p in ev.target if p.inherited])


def test_an_east_asian_family_name_comes_first():
    from eventwire.annotate.agents import _surname
    assert _surname("Lai Ching-te") == "Lai"
    assert _surname("Moon Jae-in") == "Moon"
    assert _surname("Jovenel Moise") == "Moise"
    assert _surname("Jean-Pierre Raffarin") == "Raffarin"
    assert _surname("Robert O'Brien") == "O'Brien"


def test_a_later_east_asian_family_name_resolves_to_the_person(pipeline):
    text = ("Jane Porter met the new president, Lai Ching-te, in Taipei on Monday. "
            "Porter said she had met Dr. Lai before.")
    events = [ev for ev in _events(pipeline, text) if ev.trigger.text == "met"]
    assert "TWN" in _countries(events[-1].target)


ONE_COUNTRY_STORY = ("Peru's government deployed troops to the Ayacucho region of Peru on Monday. "
                     "Officials in Lima said the deployment would last a month. "
                     "Fresh sanctions against the smuggling networks are now awaiting a vote "
                     "in Peru. The Peruvian interior ministry said the region remained calm.")


def test_an_event_naming_no_actor_takes_the_story_actor(pipeline):
    ev = _event(_events(pipeline, ONE_COUNTRY_STORY, title="Peru tightens security"), "sanctions")
    assert _countries(ev.source) == {"PER"}
    (src,) = ev.source
    assert src.inherited and src.actor.evidence == "story: Peru's government"
    assert ev.attributes["source_inherited"]["from"] == "story"


def test_no_story_actor_when_the_sentence_names_another_country(pipeline):
    text = ONE_COUNTRY_STORY.replace("the smuggling networks", "Chile")
    ev = _event(_events(pipeline, text, title="Peru tightens security"), "sanctions")
    assert "PER" not in _countries(ev.source)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Germany condemned the attack on Monday.", "attack"),
    ("Egypt condemned the bombing and called for restraint.", "bombing"),
    ("Peru's government deployed police to the border on Monday. Peru's president denounced "
     "the attack on a police station.", "attack"),
])
def test_who_condemns_an_act_is_no_story_actor_of_it(pipeline, text, trigger):
    """'Germany condemned the attack': the judge of an act is not who did it."""
    ev = _event(_events(pipeline, text), trigger)
    assert not any((p.actor.evidence or "").startswith("story:") for p in ev.source
                   if p.actor is not None)


def test_no_story_actor_in_a_story_about_two_countries(pipeline):
    text = ("Peru's government deployed troops to the border with Ecuador on Monday. "
            "Ecuador's army said it had moved tanks to the border. Ecuador and Peru "
            "traded accusations. Fresh sanctions against the smuggling networks are now "
            "awaiting a vote.")
    ev = _event(_events(pipeline, text, title="Peru and Ecuador on edge"), "sanctions")
    assert not ev.source


def test_they_continues_the_first_event_of_the_sentence_before(pipeline):
    text = ("The rebels withdrew into the hills of northern Chad last week. They raided a "
            "market on Sunday, killing four traders. They also burned dozens of huts.")
    ev = _event(_events(pipeline, text, title="Rebels in Chad"), "burned")
    assert _countries(ev.source) == {"TCD"}
    assert all(p.inherited and p.actor.evidence.startswith("previous sentence")
               for p in ev.source)


def test_they_after_a_coordinated_subject_is_both_parties(pipeline):
    text = ("Serbia and Hungary held talks in Szeged on Monday. They agreed to meet again "
            "in the autumn.")
    ev = _event(_events(pipeline, text), "agreed")
    assert _countries(ev.source) == {"SRB", "HUN"}


def test_they_prefers_the_acting_subject_to_the_reporter(pipeline):
    text = ("The Houthis fired three drones at a tanker on Friday, the British navy said. "
            "They have struck several vessels since March.")
    ev = _event(_events(pipeline, text), "struck")
    assert _countries(ev.source) == {"YEM"}


def test_it_does_not_take_a_plural_noun(pipeline):
    text = ("The Sudanese army says its soldiers fired warning shots near the border on "
            "Monday. It accuses the militia of sending saboteurs.")
    ev = _event(_events(pipeline, text), "accuses")
    assert not any(p.text == "soldiers" for p in ev.source)


def test_its_opening_a_subject_is_the_previous_sentences_subject(pipeline):
    text = ("Denmark pledged new aid for Ukraine on Monday. Its troops were deployed to "
            "Latvia.")
    ev = _event(_events(pipeline, text), "deployed")
    assert _countries(ev.source) == {"DNK"}


# A generic attacker placed by its sentence in its own victim's country takes the country
# of the article's named attackers of that victim; a domestic conflict keeps the place.
def _bombers(pipeline, text: str) -> list:
    """The sources of the "bombed" event of ``text``."""
    return _event(_events(pipeline, text), "bombed").source


def test_unnamed_jets_striking_a_country_are_its_named_attacker(pipeline):
    text = ("The Turkish army shelled Kurdish militia posts in northern Syria on Monday.\n\n"
            "Warplanes bombed the Kurdish militia depots across northern Syria later that "
            "evening, residents said.")
    (src,) = _bombers(pipeline, text)
    assert src.actor.country == "TUR" and src.actor.evidence.startswith("story attacker: ")


def test_a_domestic_attacker_keeps_the_place_country(pipeline):
    text = ("The Syrian army shelled Kurdish militia posts in northern Syria on Monday.\n\n"
            "The Turkish army shelled Kurdish militia posts in northern Syria on Tuesday.\n\n"
            "Warplanes bombed the Kurdish militia depots across northern Syria later that "
            "evening, residents said.")
    assert "TUR" not in _countries(_bombers(pipeline, text))


def test_without_a_named_attacker_the_context_country_stays(pipeline):
    text = ("Warplanes bombed the Kurdish militia depots across northern Syria on Monday "
            "evening, residents said.")
    assert not any(p.actor and (p.actor.evidence or "").startswith("story attacker")
                   for p in _bombers(pipeline, text))


# An attack naming no attacker, whose place and victims are of one country, in an article
# naming no foreign attacker, is of that country (a domestic conflict).
def _killers(pipeline, text: str) -> list:
    """The sources of the "killed" event of ``text``."""
    return _event(_events(pipeline, text), "killed").source


def test_an_unnamed_attacker_of_a_domestic_attack_is_of_its_country(pipeline):
    text = ("BAMAKO - Twelve soldiers were killed in an attack on an army post in the Mopti "
            "region on Sunday, an army official said.")
    (src,) = _killers(pipeline, text)
    assert src.actor.country == "MLI" and src.actor.evidence == "domestic attack: Mali"


def test_a_cross_border_attack_keeps_no_guessed_attacker(pipeline):
    text = ("Twelve Malian soldiers were killed in an attack in northern Burkina Faso on "
            "Sunday, an army official said.")
    assert not _killers(pipeline, text)


def test_a_foreign_attacker_in_the_article_keeps_no_guessed_attacker(pipeline):
    text = ("BAMAKO - Twelve soldiers were killed in an attack on an army post in the Mopti "
            "region on Sunday, an army official said.\n\nThe government called for "
            "calm.\n\nLast month Burkinabe militiamen attacked a Malian army post near the "
            "border.")
    assert not _killers(pipeline, text)


def test_victims_on_both_sides_keep_no_guessed_attacker(pipeline):
    text = ("BAMAKO - Twelve soldiers were killed in an attack on an army post in the Mopti "
            "region on Sunday, an army official said.\n\nThe government called for "
            "calm.\n\nOn Monday two Burkinabe border guards were killed in an ambush in "
            "northern Burkina Faso.")
    assert not _killers(pipeline, text)


@pytest.mark.parametrize("text", [
    "The bombing of the depot was reported by Bolivian radio on Monday.",
    "Following the attack on the convoy, Pakistan closed the border.",
    "Twelve soldiers were killed in an attack on Sunday, Malian radio reported.",
    "Twelve soldiers were killed in an attack on Sunday.\n\nLater, Mali closed its border.",
])
def test_a_reporter_or_a_later_actor_does_not_place_a_domestic_attack(pipeline, text):
    ev = next(e for e in _events(pipeline, text) if e.type == "ASSAULT")
    assert not any((p.actor.evidence or "").startswith("domestic attack")
                   for p in ev.source if p.actor)


def _attack(sentence: str, trigger: str):
    """An ASSAULT mention of ``trigger`` in ``sentence``, with a victim and no attacker."""
    at = sentence.index(trigger)
    victim = Participant(0, 8, "soldiers", ActorRef("country:MLI", "Mali", "MLI", kind="place"))
    return EventMention("ASSAULT", Span(at, at + len(trigger), trigger),
                        Span(0, len(sentence), sentence), target=[victim])


@pytest.mark.parametrize("sentence,guessed", [
    ("Soldiers died when the post in Mali was struck by a drone strike.", True),
    ("Soldiers died in the enemy's deadly strike on the post in Mali.", False),
    ("Soldiers died as the officials said its strike hit the post in Mali.", False),
])
def test_a_possessed_attack_noun_keeps_no_guessed_attacker(sentence, guessed):
    ev = _attack(sentence, "strike")
    story_attackers([ev], None, Focus())
    assert bool(ev.source) is guessed


# A generic agent placed only by its context yields to a linked person in apposition, also
# one the parse hangs on its of-object.
LEAD = ("ISLAMABAD - Pakistani officials met in Lahore on Monday. Pakistan's army deployed in "
        "Quetta. ")


def test_a_person_apposed_to_a_placed_title_is_the_participant(pipeline):
    text = LEAD + ("The defence minister of the neighbouring state, Rajnath Singh, threatened "
                   "on Tuesday that India would strike Pakistan hard.")
    ev = _event(_events(pipeline, text), "threatened")
    assert _countries(ev.source) == {"IND"}


def test_a_placed_title_without_a_name_keeps_its_context_country(pipeline):
    text = LEAD + ("The defence minister of the neighbouring state threatened on Tuesday that "
                   "India would strike Pakistan hard.")
    ev = _event(_events(pipeline, text), "threatened")
    assert _countries(ev.source) == {"PAK"}


def test_inner_words_of_a_long_name_may_be_its_family_name():
    from eventwire.annotate.agents import _inner_surnames
    assert _inner_surnames("Carlos Mendez Arce") == ["Mendez"]
    assert _inner_surnames("Luiz Inacio Lula da Silva") == ["Inacio", "Lula"]
    assert _inner_surnames("Mohammed bin Salman") == []
    assert _inner_surnames("Jovenel Moise") == []


@pytest.mark.parametrize(("later", "country"), [
    ("Mendez accused Peruvian smugglers of attacking a police post.", "BOL"),  # first family name
    ("Arce accused Peruvian smugglers of attacking a police post.", "BOL"),  # the last word
    ("Gomez accused Peruvian smugglers of attacking a police post.", None),  # nobody named before
])
def test_a_later_spanish_family_name_resolves_to_the_person(pipeline, later, country):
    text = ("Interior Minister Carlos Mendez Arce visited the Bolivian border town on Monday. "
            + later)
    ev = _event(_events(pipeline, text), "accused")
    assert {p.actor.country if p.actor else None for p in ev.source} == {country}


@pytest.mark.parametrize("appos", [
    "Bolivia's interior minister", "the Bolivian interior minister",
    "the interior minister of Bolivia"])
def test_an_apposed_office_gives_the_person_its_role_and_country(appos):
    from eventwire.annotate.actors import link_component
    from eventwire.annotate.nlp import load_nlp
    from eventwire.model import Article, Extraction
    text = (f"Officials met on Monday. Carlos Mendez Arce, {appos}, visited the border town. "
            "Mendez accused smugglers of attacking a police post.")
    ex = Extraction(article=Article(id="t", text=text, published="2024-03-02"),
                    doc=load_nlp()(text))
    link_component(ex, None)
    people = [e for e in ex.entities if "Mendez" in e.text]
    assert [(e.actor.country, e.actor.sector, e.actor.role) for e in people] == \
        [("BOL", "GOV", "interior minister")] * 2


def test_an_apposed_description_without_office_gives_no_role():
    from eventwire.annotate.actors import link_component
    from eventwire.annotate.nlp import load_nlp
    from eventwire.model import Article, Extraction
    text = "Officials met on Monday. Carlos Mendez Arce, a Bolivian farmer, visited the town."
    ex = Extraction(article=Article(id="t", text=text, published="2024-03-02"),
                    doc=load_nlp()(text))
    link_component(ex, None)
    (person,) = [e for e in ex.entities if "Mendez" in e.text]
    assert (person.actor.country, person.actor.sector, person.actor.role) == ("BOL", "ELI", None)


PAIR_MEETING = ("French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on "
                "Monday. The meeting came a week after Russia cut gas deliveries to Europe. ")


def test_they_of_a_joint_act_are_both_sides_of_the_earlier_meeting(pipeline):
    text = PAIR_MEETING + "They discussed the cuts and agreed to pool gas purchases."
    events = _events(pipeline, text)
    for trigger in ("discussed", "agreed"):
        ev = _event(events, trigger)
        assert _countries(ev.source) == {"FRA"} and _countries(ev.target) == {"DEU"}
        assert ev.attributes["source_inherited"]["from"] == "earlier event"
        assert all(p.inherited for p in (*ev.source, *ev.target))


def test_they_of_an_act_of_one_side_is_not_the_pair(pipeline):
    text = PAIR_MEETING + "They cut deliveries again on Sunday."
    (ev,) = [e for e in _events(pipeline, text) if e.trigger.start > text.index("They")]
    assert not {"FRA", "DEU"} & _countries((*ev.source, *ev.target))


def test_they_in_a_third_party_quotation_is_not_the_pair(pipeline):
    text = PAIR_MEETING + '"They discussed nothing new," a Russian spokesman said.'
    ev = _event(_events(pipeline, text), "discussed")
    assert not {"FRA", "DEU"} & _countries((*ev.source, *ev.target))


def test_they_reported_by_one_side_is_the_pair(pipeline):
    text = PAIR_MEETING + "Macron said they discussed the cuts."
    ev = _event(_events(pipeline, text), "discussed")
    assert _countries(ev.source) | _countries(ev.target) == {"FRA", "DEU"}


def test_they_after_a_paragraph_break_is_not_the_pair(pipeline):
    text = PAIR_MEETING + "\n\nThey discussed the cuts."
    ev = _event(_events(pipeline, text), "discussed")
    assert "source_inherited" not in ev.attributes or \
        ev.attributes["source_inherited"]["from"] != "earlier event"


def test_a_live_page_entry_takes_no_parties_from_another_entry(pipeline):
    text = ("Live: talks resume in Geneva\n\n"
            "14:10 GMT: Pakistan's army attacked three Indian posts in Kashmir.\n\n"
            "12:05 GMT: Officials in Delhi say the attack was the heaviest in years.")
    later = [e for e in _events(pipeline, text) if e.trigger.text == "attack"]
    assert later and not later[0].source and not later[0].target
    # the same two reports without the entries' stamps: one account, its parties continued
    plain = text.replace("14:10 GMT: ", "").replace("12:05 GMT: ", "")
    later = [e for e in _events(pipeline, plain) if e.trigger.text == "attack"]
    assert later and _countries(later[0].source) == {"PAK"}


def test_a_live_page_entry_takes_parties_from_the_headline(pipeline):
    text = ("Live: Pakistan's army attacked three Indian posts in Kashmir\n\n"
            "14:10 GMT: Talks resumed in Geneva.\n\n"
            "12:05 GMT: Officials in Delhi say the attack was the heaviest in years.")
    later = [e for e in _events(pipeline, text) if e.trigger.text == "attack"]
    assert later and _countries(later[0].source) == {"PAK"}


# A threat, sanction or demand naming no target is addressed to the story's other side.
DISPUTE = ("Turkey and the United States are at odds over Turkey's purchase of Russian missiles. "
           "Turkey says the United States is an unreliable ally. The United States says Turkey "
           "ignored its partners. ")
SUDAN = ("Sudan's army and a rival force have fought for months across Sudan. Fighting in "
         "Sudan's capital has displaced millions. ")


def test_a_sanction_in_a_two_sided_dispute_targets_the_other_side(pipeline):
    ev = _event(_events(pipeline, DISPUTE + "Washington imposed sanctions on Friday."),
                "sanctions")
    (tgt,) = ev.target
    assert tgt.actor.country == "TUR" and tgt.inherited
    assert tgt.actor.evidence.startswith("story counterpart: ")
    assert tgt.text == tgt.actor.name != ev.trigger.text  # named by its country, not the trigger
    assert ev.attributes["target_inherited"]["from"] == "story counterpart"


def test_a_third_country_in_the_sentence_blocks_the_counterpart(pipeline):
    text = DISPUTE + "Washington imposed sanctions on Friday, Germany said."
    assert not _event(_events(pipeline, text), "sanctions").target


def test_a_foreign_demand_in_a_one_country_story_targets_that_country(pipeline):
    text = SUDAN + "The United Nations called for an immediate ceasefire on Monday."
    assert _countries(_event(_events(pipeline, text), "called").target) == {"SDN"}


def test_a_demand_of_the_story_country_itself_gets_no_counterpart(pipeline):
    text = SUDAN + "Sudan's army called for an immediate ceasefire on Monday."
    assert not _event(_events(pipeline, text), "called").target


def test_a_party_appeal_in_a_dispute_is_not_addressed_to_the_other_side(pipeline):
    text = ("Kenya and Somalia dispute their maritime border. Kenya says Somalia broke the "
            "talks. Somalia says Kenya ignored the court. Kenya appealed for more humanitarian "
            "aid on Monday.")
    assert not _event(_events(pipeline, text), "appealed").target


def test_the_counterpart_is_the_group_the_speaker_side_targets_most(pipeline):
    text = ("Israel and Lebanon traded fire across the border. Israel struck Hezbollah in "
            "Lebanon on Monday. Israel accused Hezbollah of firing rockets. Lebanon says Israel "
            "broke the truce. Israel warned on Tuesday it would respond forcefully.")
    ev = _event(_events(pipeline, text), "warned")
    assert [p.actor.name for p in ev.target] == ["Hezbollah"]


@pytest.mark.parametrize("text", [
    "Ethiopia accused Eritrea of shelling the border town.\n\nKenyan Foreign Minister Ana Lutz "
    "said on Monday that talks would resume. Eritrean soldiers were accused of looting villages.",
    "Ethiopia accused Eritrea of shelling the border town.\n\nEritrean soldiers were accused of "
    "looting villages.",
    "Peru accused Chile of spying on its navy.\n\nChilean officials were blamed for the leak, "
    "reports said.",
])
def test_an_agentless_charge_in_a_new_paragraph_does_not_inherit_the_accuser(pipeline, text):
    ev = [e for e in _events(pipeline, text) if e.type == "ACCUSE"][-1]
    assert not ev.source, [p.text for p in ev.source]


@pytest.mark.parametrize(("text", "accuser"), [
    ("Ethiopia accused Eritrea of shelling the border town. Eritrean soldiers were also accused "
     "of looting villages.", "ETH"),
    ("Peru accused Chile of spying on its navy. Chilean officials were also blamed for the leak.",
     "PER"),
])
def test_an_agentless_charge_in_the_accusers_paragraph_continues_the_accuser(pipeline, text,
                                                                              accuser):
    ev = [e for e in _events(pipeline, text) if e.type == "ACCUSE"][-1]
    assert [p.actor.country for p in ev.source if p.actor] == [accuser]


@pytest.mark.parametrize(("text", "doer"), [
    ("The Sudanese army said it had retaken the city. The paramilitaries were accused of "
     "looting homes before they withdrew.", "paramilitaries"),
    ("Somalia closed its embassy. Eritrean troops were accused of attacking a school, after "
     "which they withdrew.", "Eritrean troops"),
    ("Somali forces raided the camp. Eritrean soldiers were seen in the town before they "
     "withdrew.", "Eritrean soldiers"),
])
def test_they_after_a_passive_subject_is_that_subject(pipeline, text, doer):
    ev = _event(_events(pipeline, text), "withdrew")
    assert [p.text for p in ev.source] == [doer]


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("The Chilean foreign ministry summoned the Peruvian ambassador. It demanded an "
     "explanation for the raid.", "demanded", "CHL"),
    ("The Bolivian army closed the border crossing on Monday. It accused Peru of planting "
     "mines.", "accused", "BOL"),
])
def test_it_opening_a_sentence_is_the_body_the_sentence_before_names(pipeline, text, trigger,
                                                                    source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev.source) == {source}


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Chile said Peru had rejected its request.", "request", "CHL"),
    ("Bolivia said Chile had dismissed its demand for talks.", "demand", "BOL"),
])
def test_a_possessive_in_what_a_verb_answers_is_not_the_answerer(pipeline, text, trigger,
                                                                source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev.source) == {source}


def test_a_possessive_of_a_verb_s_own_act_is_its_subject(pipeline):
    ev = _event(_events(pipeline, "The Chilean leaders reaffirmed their commitment to the "
                                  "truce."), "commitment")
    assert _countries(ev.source) == {"CHL"}
