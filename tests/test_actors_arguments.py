"""Participants in context: passives, raising, support verbs, pronouns and unnamed victims."""

from __future__ import annotations

import pytest
from pipeline_runs import countries as _countries

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text: str, title: str | None = None, published: str = "2025-05-07"):
    (ex,) = list(pipeline.run([Article(id="t", text=text, title=title, published=published)]))
    return ex.events


def _event(events, trigger: str):
    found = [ev for ev in events if trigger in ev.trigger.text]
    assert found, [ev.trigger.text for ev in events]
    return found[0]


def _texts(ev, side: str) -> list[str]:
    return [p.text for p in getattr(ev, side)]


def _sides(ev, side: str) -> set[str | None]:
    """The countries of an event side's participants (None for one without an actor)."""
    return {p.actor.country if p.actor is not None else None for p in getattr(ev, side)}


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Chilean officials said hundreds of troops were deployed to the border on Monday.",
     "deployed", "troops"),
    ("Peruvian police were mobilised across the capital after the protest.",
     "mobilised", "police"),
])
def test_passive_mobilisation_has_its_subject_as_source(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert any(source in t for t in _texts(ev, "source"))
    assert not any(source in t for t in _texts(ev, "target"))


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Chilean President Gabriel Boric is scheduled to travel to Lima for talks with "
     "Peruvian officials.", "talks", "Gabriel Boric"),
    ("The Bolivian army was ordered to attack the rebel camp.", "attack", "army"),
])
def test_subject_of_a_passive_governs_its_infinitive(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert any(source in t for t in _texts(ev, "source"))


def test_noun_object_of_a_verb_that_is_no_trigger_here_takes_its_subject(pipeline):
    # 'distribute' triggers only with other objects (food, supplies): here it supports 'relief'
    ev = _event(_events(pipeline, "Kenyan aid agencies distributed relief in the north."),
                "relief")
    assert _texts(ev, "source") and "agencies" in _texts(ev, "source")[0]


def test_what_came_under_attack_is_the_target(pipeline):
    text = "A Peruvian army convoy came under attack near the border on Tuesday."
    ev = _event(_events(pipeline, text), "attack")
    assert _countries(ev, "target") == {"PER"}
    assert all(p.text != "convoy" and "convoy" not in p.text for p in ev.source)


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("The Ecuadorian navy came under attack from Colombian guerrillas.", "attack", "COL", "ECU"),
    ("Paraguayan posts came under shelling from Bolivian troops.", "shelling", "BOL", "PRY"),
    ("Venezuela was hit by new sanctions from Canada.", "sanctions", "CAN", "VEN"),
])
def test_who_comes_under_or_is_hit_by_an_act_from_someone_undergoes_it(pipeline, text,
                                                                      trigger, source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert (_countries(ev, "source"), _countries(ev, "target")) == ({source}, {target})


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("The Peruvian consul was expelled from Bolivia on Monday.", "expelled", "BOL", "PER"),
    ("Dozens of Nicaraguan workers were deported from Costa Rica.", "deported", "CRI", "NIC"),
])
def test_the_state_someone_is_expelled_from_expels(pipeline, text, trigger, source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert (_countries(ev, "source"), _countries(ev, "target")) == ({source}, {target})


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Chile hosted the Peruvian president in Santiago for talks on Friday.", "talks",
     "PER", "CHL"),
    ("Bolivia invited Paraguay's foreign minister for consultations on the border.",
     "consultations", "PRY", "BOL"),
    ("Ecuador welcomed the Colombian leader for a two-day visit.", "visit", "COL", "ECU"),
])
def test_a_guest_hosted_for_talks_meets_the_host(pipeline, text, trigger, source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert (_countries(ev, "source"), _countries(ev, "target")) == ({source}, {target})


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("In Lima, the Peruvian president met the visiting Chilean foreign minister.", "met",
     "CHL", "PER"),
    ("Bolivia's president held talks with the visiting Ecuadorian leader on Monday.", "talks",
     "ECU", "BOL"),
    ("The Peruvian president met the Chilean foreign minister in Lima.", "met", "PER", "CHL"),
    ("The visiting Chilean foreign minister met the Peruvian president.", "met", "CHL", "PER"),
    # 'visiting' as the event's own verb: its object is the host, not a guest
    ("The Chilean foreign minister, visiting Lima on Monday, signed a fishing accord.",
     "visiting", "CHL", "PER"),
])
def test_a_visiting_guest_is_the_source_of_the_meeting(pipeline, text, trigger, source, target):
    # PLOVER codebook, CONSULT mode visit: the visitor is the ACTOR, the host the RECIPIENT
    ev = _event(_events(pipeline, text), trigger)
    assert (_countries(ev, "source"), _countries(ev, "target")) == ({source}, {target})


@pytest.mark.parametrize(("text", "trigger", "ally"), [
    ("Fighting continued in Chile this week.\n\nBolivian troops, together with Peruvian "
     "soldiers, attacked villages on Monday.", "attacked", "PER"),
    ("Fighting continued in Chile this week.\n\nBolivian police, alongside Peruvian guards, "
     "raided a camp on Tuesday.", "raided", "PER"),
    ("Fighting continued in Chile this week.\n\nBolivian troops, along with Peruvian "
     "soldiers, attacked villages on Monday.", "attacked", "PER"),
    ("Fighting continued in Chile this week.\n\nBolivian troops attacked villages on Monday "
     "jointly with Peruvian soldiers.", "attacked", "PER"),
])
def test_who_acts_with_the_attacker_gives_no_country_to_its_victims(pipeline, text, trigger,
                                                                     ally):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {"BOL", ally}  # a co-source
    assert ally not in _countries(ev, "target")


def test_pronoun_prefers_the_subject_of_the_nearest_sentence(pipeline):
    text = ("Chilean President Gabriel Boric met Peruvian President Dina Boluarte on Monday. "
            "He is due to fly to Bolivia on Friday for talks with its leaders.")
    ev = _event(_events(pipeline, text, published="2024-05-07"), "talks")
    assert _countries(ev, "source") == {"CHL"}


def test_unnamed_victims_are_placed_where_the_attack_happens(pipeline):
    text = ("Gunmen attacked a bus carrying miners in northern Peru on Tuesday. "
            "A roadside bomb killed 11 miners in the same province the next day.")
    events = _events(pipeline, text, title="Attacks on miners in Peru")
    assert _countries(_event(events, "attacked"), "target") == {"PER"}
    assert _countries(_event(events, "killed"), "target") == {"PER"}


def test_victims_are_not_given_the_attackers_country(pipeline):
    text = "Chilean troops shelled villages in Peru on Tuesday."
    ev = _event(_events(pipeline, text), "shelled")
    assert _countries(ev, "source") == {"CHL"}
    assert _countries(ev, "target") == {"PER"}


def test_unnamed_targets_of_talks_stay_unplaced(pipeline):
    ev = _event(_events(pipeline, "Peruvian officials held talks with farmers on Monday."),
                "talks")
    assert not any(p.actor and (p.actor.evidence or "").startswith("scene") for p in ev.target)


def test_fighting_between_two_sides(pipeline):
    text = "Thousands fled after fighting between rebels and Chadian forces in the north."
    ev = _event(_events(pipeline, text), "fighting")
    assert any("rebels" in t for t in _texts(ev, "source"))
    assert _countries(ev, "target") == {"TCD"}


def test_between_phrase_on_a_participle_of_the_event_noun(pipeline):
    text = ("The raid lasted all night, with clashes reported between Kenyan police and "
            "Somali militants near the town.")
    ev = _event(_events(pipeline, text), "clashes")
    assert _countries(ev, "source") == {"KEN"}
    assert _countries(ev, "target") == {"SOM"}


def test_city_modifying_talks_is_the_place_not_a_party(pipeline):
    text = ("Chilean President Gabriel Boric will join the Geneva talks with Peruvian "
            "officials on Tuesday.")
    ev = _event(_events(pipeline, text, published="2024-05-07"), "talks")
    assert "Geneva" not in _texts(ev, "source")
    assert _countries(ev, "source") == {"CHL"}


def test_both_leaders_are_the_two_people_named_before(pipeline):
    text = ("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima. "
            "The two presidents are closely cooperating on migration.")
    ev = _event(_events(pipeline, text, published="2024-05-07"), "cooperating")
    assert _countries(ev, "source") == {"CHL", "PER"}


def test_possessive_pronoun_refers_to_its_clause_subject(pipeline):
    ev = _event(_events(pipeline, "Chile reaffirmed its support for the Bolivian government."),
                "support")
    assert _countries(ev, "source") == {"CHL"}


def test_agentless_arrest_is_by_the_authorities_where_it_happens(pipeline):
    events = _events(pipeline, "Two journalists were arrested in Istanbul on Monday.")
    ev = _event(events, "arrested")
    assert _countries(ev, "source") == {"TUR"}
    assert ev.source[0].actor.sector == "GOV"
    assert ev.source[0].actor.evidence.startswith("authorities")


def test_arrest_of_a_person_is_not_the_reason_clause(pipeline):
    text = "Chilean prosecutors ordered the arrest of Peruvian President Dina Boluarte for " \
           "ignoring a summons."
    ev = _event(_events(pipeline, text, published="2024-05-07"), "arrest")
    assert _countries(ev, "target") == {"PER"}


def test_name_in_apposition_names_the_participant(pipeline):
    text = "In Chad, Boric met with the new president, Mahamat Deby."
    ev = _event(_events(pipeline, text), "met")
    assert _countries(ev, "target") == {"TCD"} and _texts(ev, "target") == ["Mahamat Deby"]


def test_a_person_set_off_by_commas_after_a_role_names_the_participant(pipeline):
    # the parse does not hang the name on the role noun as an apposition
    text = "France's foreign minister on Monday met the chief of the armed forces, " \
           "General Joseph Aoun, in Beirut."
    ev = _event(_events(pipeline, text), "met")
    assert "person:joseph-aoun" in {p.actor.id for p in ev.target if p.actor}
    text = "France's foreign minister on Monday met the chief of the armed forces, " \
           "a veteran officer, in Beirut."
    ev = _event(_events(pipeline, text), "met")
    assert not any(p.actor and p.actor.kind == "person" for p in ev.target)


def test_victims_are_placed_in_the_country_they_are_in_not_near(pipeline):
    text = "Chadian rebels attacked ten villages in northeastern Chad, near the Cameroon border."
    ev = _event(_events(pipeline, text), "attacked")
    assert _countries(ev, "target") == {"TCD"}


def test_passive_withdrawal_has_its_subject_as_source(pipeline):
    ev = _event(_events(pipeline, "Hundreds of Peruvian troops were withdrawn from the border."),
                "withdrawn")
    assert _countries(ev, "source") == {"PER"}


def test_nominal_with_a_verbal_complement_keeps_its_clause_subject(pipeline):
    text = "Chilean and Peruvian negotiators return to Lima this week for talks on limiting fishing."
    ev = _event(_events(pipeline, text), "talks")
    assert {"CHL", "PER"} <= _countries(ev, "source")


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Nurses began a hunger strike to demand the removal of Peruvian President Dina "
     "Boluarte.", "strike", "PER"),
    ("Students staged protests in Lima in protest of the Chilean government's new border "
     "rules.", "protests", "CHL"),
])
def test_protest_target_is_whom_the_demand_addresses(pipeline, text, trigger, target):
    ev = _event(_events(pipeline, text, published="2024-05-07"), trigger)
    assert target in _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Peruvian police carried out a series of arrests in Lima.", "arrests", "PER"),
    ("Chile launched a wave of attacks on rebel camps.", "attacks", "CHL"),
])
def test_series_noun_is_transparent_for_the_verb(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}


def _argument_words(text: str, trigger: str) -> tuple[list[str], list[str]]:
    """Source and target words the parse gives a trigger (before linking and filtering)."""
    from eventwire.annotate.nlp import load_nlp
    from eventwire.extract.arguments import arguments_of
    from eventwire.extract.lexicon import load_lexicon
    from eventwire.extract.triggers import find_triggers

    lexicon = load_lexicon(())
    (sent,) = list(load_nlp()(text).sents)
    trig = next(t for t in find_triggers(sent, lexicon) if t.token.text == trigger)
    args = arguments_of(trig, lexicon)
    return [t.text for t in args.source], [t.text for t in args.target]


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("The Peruvian minister accused Chilean officials of attacking the border post.",
     "attacking", "officials"),
    ("Peru blamed Chilean troops for shelling the village.", "shelling", "troops"),
    ("The Bolivian militia was accused of attacking villages near the border.",
     "attacking", "militia"),
    ("Chilean senators led a group of lawmakers in calling on the Peruvian president to resign.",
     "calling", "senators"),
    ("The Bolivian rebels took credit for attacking a police convoy.", "attacking", "rebels"),
])
def test_gerund_after_a_preposition_has_its_controller_as_source(text, trigger, source):
    assert _argument_words(text, trigger)[0] == [source]


def test_gerund_agent_of_a_passive_is_no_controlled_clause(pipeline):
    text = "Thousands of villagers were displaced by fighting between Chilean and Bolivian gangs."
    ev = _event(_events(pipeline, text), "fighting")
    assert {"CHL", "BOL"} <= _countries(ev, "source") | _countries(ev, "target")


def test_member_of_a_group_in_a_relative_clause_is_the_source(pipeline):
    text = "Peru and Chile are among the countries that have banned imports of Bolivian timber."
    ev = _event(_events(pipeline, text), "banned")
    assert {"PER", "CHL"} <= _countries(ev, "source")


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Peruvian police opened fire to disperse Bolivian protesters near the border.",
     "opened fire", "BOL"),
    ("Peruvian troops were deployed to the border to push back Chilean smugglers.",
     "deployed", "CHL"),
])
def test_object_of_a_purpose_clause_is_the_target(pipeline, text, trigger, target):
    ev = _event(_events(pipeline, text), trigger)
    assert target in _countries(ev, "target")


def test_purpose_clause_of_a_request_gives_no_target(pipeline):
    text = "Peru demanded a meeting of the Andean council to discuss Chile's new border rules."
    ev = _event(_events(pipeline, text), "demanded")
    assert "CHL" not in _countries(ev, "target")


def test_subject_of_a_threat_condition_is_the_target(pipeline):
    text = ("Bolivian farmers threatened to block the highways unless Peru lifted its new "
            "import tariffs.")
    ev = _event(_events(pipeline, text), "threatened")
    assert "PER" in _countries(ev, "target")


def test_fighting_between_parties_as_subject_of_a_verb(pipeline):
    text = "Heavy battles raged between Chilean police and Bolivian smugglers on Sunday."
    ev = _event(_events(pipeline, text), "battles")
    assert (_countries(ev, "source") | _countries(ev, "target")) >= {"CHL", "BOL"}


def test_merged_mention_with_named_parties_is_no_context_mention():
    from eventwire.extract.resolve import reduce_sentence_events
    from eventwire.model import ActorRef, EventMention, Participant, Span

    text = "The envoy held two meetings with the speaker in the talks."
    envoy = Participant(4, 9, "envoy", ActorRef("person:a", "A", "USA", kind="person"))
    speaker = Participant(37, 44, "speaker", ActorRef("person:b", "B", "LBN", kind="person"))
    sent = Span.of(text, 0, len(text))
    talks = EventMention("CONSULT", Span.of(text, 52, 57), sent, source=[envoy],
                         target=[speaker], confidence=0.8,
                         attributes={"participants_from": "context", "context_trigger": {}})
    meetings = EventMention("CONSULT", Span.of(text, 10, 27), sent, source=[envoy],
                            target=[speaker], confidence=0.6)
    (merged,) = reduce_sentence_events([talks, meetings])
    assert "participants_from" not in merged.attributes


@pytest.mark.parametrize(("text", "trigger", "mediator", "parties"), [
    ("Oman's sultan launched a mediation effort on Friday between Eritrea and Djibouti.",
     "mediation", "OMN", {"ERI", "DJI"}),
    ("Ghana brokered a ceasefire between Togo and Benin last month.", "brokered", "GHA",
     {"TGO", "BEN"}),
    ("Kenyan officials said Norway is ready to mediate between Ethiopians and Somalis.",
     "mediate", "NOR", {"ETH", "SOM"}),
    # the same mediation told with a participle: the mediator is still the source
    ("The peace deal brokered by Ghana between Togo and Benin held.", "brokered", "GHA",
     {"TGO", "BEN"}),
    ("Talks mediated by Norway between Sudan and Chad resumed in Oslo.", "Talks", "NOR",
     {"SDN", "TCD"}),
])
def test_the_parties_of_a_mediation_are_its_targets(pipeline, text, trigger, mediator, parties):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {mediator}
    assert _countries(ev, "target") == parties


@pytest.mark.parametrize(("text", "country"), [
    ("After landing in Peru, the cameraman was detained at the airport for two days.", "PER"),
    ("Tomas Varga was arrested at a checkpoint in the south of Chad on Sunday.", "TCD"),
])
def test_authorities_where_an_agentless_arrest_happens_make_it(pipeline, text, country):
    ev = _event(_events(pipeline, text), "detained" if "detained" in text else "arrested")
    (src,) = ev.source
    assert src.actor.country == country and src.actor.sector == "GOV"
    assert src.actor.evidence.startswith("authorities where it happened")


def test_an_agentless_arrest_with_no_place_in_its_sentence_has_no_source(pipeline):
    ev = _event(_events(pipeline, "A Chilean cameraman was arrested on Monday."), "arrested")
    assert ev.source == []


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Chile will impose tariffs if Peru raises its duties.", "tariffs", "PER"),
    ("If Hamas breaks the agreement and tries to rearm, we will attack, the Egyptian officer "
     "said.", "attack", "PSE"),
    ("A Canadian spokesman warned that sanctions may come if Hanoi proceeds with the launch.",
     "sanctions", "VNM"),
])
def test_a_punitive_act_on_condition_targets_the_conditions_subject(pipeline, text, trigger,
                                                                   target):
    ev = _event(_events(pipeline, text), trigger)
    assert target in _countries(ev, "target")


def test_a_condition_whose_subject_may_be_the_actor_gives_no_target(pipeline):
    text = "If Israel judges that the army is not acting, it could resume strikes."
    ev = _event(_events(pipeline, text), "strikes")
    assert "ISR" not in _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Venezuela received humanitarian aid from Colombia on Monday.", "aid", {"COL"}, {"VEN"}),
    ("Kenya got repeated threats from France last week.", "threats", {"FRA"}, {"KEN"}),
    ("Nepal accepted humanitarian aid from India after the floods.", "aid", {"IND"}, {"NPL"}),
    ("Ukraine secured a pledge of air defence systems from Germany.", "pledge", {"DEU"}, {"UKR"}),
    ("Egypt won assurances from Sudan about the dam.", "assurances", {"SDN"}, {"EGY"}),
    ("Kenya gained a promise of debt relief from China.", "promise", {"CHN"}, {"KEN"}),
    ("Peru earned praise from Brazil for the deal.", "praise", {"BRA"}, {"PER"}),
])
def test_the_receiver_of_an_event_noun_is_its_target_and_the_giver_its_source(
        pipeline, text, trigger, source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == source and _countries(ev, "target") == target


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Kenya welcomed the aid from France.", "aid", {"FRA"}, {"KEN"}),
    ("Ghana welcomed humanitarian assistance from Japan on Monday.", "assistance", {"JPN"},
     {"GHA"}),
    ("The Kenyan president welcomed the aid from France.", "aid", {"FRA"}, {"KEN"}),
    ("Peru thanked Chile for the aid.", "aid", {"CHL"}, {"PER"}),
    ("Bolivia thanked Argentina for its military support.", "support", {"ARG"}, {"BOL"}),
    ("Kenya thanked France for the humanitarian assistance it sent.", "assistance", {"FRA"},
     {"KEN"}),
    ("Chile sent aid to Peru.", "aid", {"CHL"}, {"PER"}),
    ("France gave military assistance to Kenya.", "assistance", {"FRA"}, {"KEN"}),
])
def test_aid_its_receiver_thanks_for_or_welcomes_is_given_by_the_thanked_or_from_party(
        pipeline, text, trigger, source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == source and _countries(ev, "target") == target


def test_the_thanks_for_aid_stay_the_thanker_s_support_of_the_thanked(pipeline):
    ev = _event(_events(pipeline, "Peru thanked Chile for the aid."), "thanked")
    assert ev.type == "SUPPORT"
    assert _countries(ev, "source") == {"PER"} and _countries(ev, "target") == {"CHL"}


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("The talks collapsed after threats from North Korea.", "threats", {"PRK"}),
    ("Cuba rejected demands from Washington to release the prisoners.", "demands", {"USA"}),
    ("The vote went ahead despite protests from Serbia.", "protests", {"SRB"}),
])
def test_a_stated_act_noun_comes_from_the_party_of_its_from_phrase(pipeline, text, trigger,
                                                                   source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == source
    assert not source & _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("The peace deal between Rwanda and Congo was signed in Washington.", "deal", {"RWA"},
     {"COD"}),
    ("The accord between Chile and Peru was signed in Lima.", "accord", {"CHL"}, {"PER"}),
])
def test_the_parties_of_a_signed_deal_are_those_between_whom_it_is(pipeline, text, trigger,
                                                                   source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == source and _countries(ev, "target") == target


def test_an_event_noun_received_from_nobody_named_has_the_receiver_as_target(pipeline):
    ev = _event(_events(pipeline, "Peru received emergency aid on Monday."), "aid")
    assert not ev.source and _countries(ev, "target") == {"PER"}


def test_accepting_without_a_giver_keeps_the_subject_as_the_doer(pipeline):
    ev = _event(_events(pipeline, "Sudan accepted the ceasefire proposal on Monday."),
                "accepted")
    assert _countries(ev, "source") == {"SDN"}


@pytest.mark.parametrize(("text", "source"), [
    ("Thousands of Peruvian troops were dispatched to the border on Monday.", "troops"),
    ("Chilean security forces and firefighters had been dispatched to the scene.", "forces"),
])
def test_a_trigger_word_inside_the_passive_subject_still_names_the_source(pipeline, text,
                                                                            source):
    ev = _event(_events(pipeline, text), "dispatched")
    assert any(source in t for t in _texts(ev, "source"))


def test_a_mediation_subject_keeps_its_parties_as_targets(pipeline):
    ev = _event(_events(pipeline, "Oman's mediation between Iran and Bahrain continued on "
                                  "Monday."), "mediation")
    assert _countries(ev, "source") == {"OMN"}
    assert _countries(ev, "target") == {"IRN", "BHR"}


def test_the_owner_of_a_passive_trigger_noun_acts(pipeline):
    ev = _event(_events(pipeline, "Norway's sanctions against Belarus were extended on "
                                  "Monday."), "sanctions")
    assert _countries(ev, "source") == {"NOR"}
    assert _countries(ev, "target") == {"BLR"}


def test_aid_for_a_country_targets_it(pipeline):
    ev = _event(_events(pipeline, "Denmark pledged new aid for Ukraine on Monday."), "aid")
    assert _countries(ev, "target") == {"UKR"}


def test_days_of_an_event_are_the_event_for_its_verb(pipeline):
    ev = _event(_events(pipeline, "Greek and Turkish warships on Monday launched five days "
                                  "of naval drills in the Aegean Sea."), "drills")
    assert _countries(ev, "source") == {"GRC", "TUR"}


@pytest.mark.parametrize("text", [
    "Chilean officials welcomed the release of forty Bolivian fishermen on Friday.",
    "Peru completed the release of forty Bolivian fishermen on Friday.",
])
def test_whoever_a_release_frees_is_its_target(pipeline, text):
    ev = _event([e for e in _events(pipeline, text) if e.type == "RETREAT"], "release")
    assert "fishermen" in _texts(ev, "target")
    assert "fishermen" not in _texts(ev, "source")


def test_a_withdrawal_of_troops_keeps_the_troops_as_source(pipeline):
    ev = _event(_events(pipeline, "Peru announced the withdrawal of its troops on Friday."),
                "withdrawal")
    assert "troops" in " ".join(_texts(ev, "source"))


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Airstrikes carried out by Colombia hit rebel camps near the border.", "Airstrikes", "COL"),
    ("The raids, conducted by Peruvian police, targeted two villages.", "raids", "PER"),
])
def test_by_agent_of_a_participle_on_a_one_sided_act_is_its_source(pipeline, text, trigger,
                                                                     source):
    ev = _event(_events(pipeline, text), trigger)
    assert source in _countries(ev, "source")


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("The ambush, claimed by Colombian rebels, left four soldiers dead.", "ambush", "COL"),
    ("The raid, claimed by Peruvian guerrillas, targeted two villages.", "raid", "PER"),
])
def test_claimer_in_a_participle_on_an_attack_is_its_source(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert source in _countries(ev, "source")


def test_a_located_killing_by_a_claimed_attack_keeps_the_claimer(pipeline):
    # the place is the residence of unnamed perpetrators only: the claimer is named
    events = _events(pipeline, "A car bombing claimed by Chilean militants killed nine people "
                               "in La Paz on Sunday.")
    killed = [ev for ev in events if ev.type == "ASSAULT"]
    assert killed and all("CHL" in _countries(ev, "source") for ev in killed)
    assert all("BOL" not in _countries(ev, "source") for ev in killed)


def test_by_agent_of_a_participle_that_is_an_event_itself_is_not_the_source(pipeline):
    # 'condemned' is an ACCUSE of its own: Chile condemned the attack, it did not attack
    events = _events(pipeline, "The attack condemned by Chile killed five soldiers.")
    assert all("CHL" not in _countries(ev, "source") for ev in events if ev.type == "ASSAULT")


def test_a_truce_noun_keeps_its_parties_when_a_mediator_is_named(pipeline):
    # the parties stop fighting, not the mediator: only talks take the mediator as source
    ev = _event(_events(pipeline, "The truce between Peru and Ecuador, brokered by Brazil, "
                                  "took effect."), "truce")
    assert "BRA" not in _countries(ev, "source") | _countries(ev, "target")


def test_third_party_participle_agent_of_an_event_between_parties_is_no_party(pipeline):
    # a broker of a truce is no party to it ('brokered by X' is no source of the halt)
    events = _events(pipeline, "The truce brokered by Brazil collapsed last week.")
    assert all("BRA" not in _countries(ev, "source") for ev in events
               if ev.type in ("AGREE", "RETREAT"))


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Chilean aircraft hit what the ministry called a Bolivian arms depot.", "hit", "BOL"),
    ("Colombian planes bombed what the army said were several rebel camps in Venezuela.",
     "bombed", "VEN"),
    ("Peru condemned what it called Chilean aggression.", "condemned", "CHL"),
])
def test_a_free_relative_object_stands_for_the_phrase_it_names(pipeline, text, trigger, target):
    ev = _event(_events(pipeline, text), trigger)
    assert target in _countries(ev, "target")


def test_a_that_clause_still_gives_its_subject_as_addressee(pipeline):
    ev = _event(_events(pipeline, "Chile demanded that Peru withdraw its troops."), "demanded")
    assert _countries(ev, "target") == {"PER"}


def test_noun_misparsed_as_subject_of_a_participle_keeps_its_light_verb(pipeline):
    # the parser reads 'drills' as the subject of a clause 'drills encircling Guyana'
    text = ("Shortly after the summit ended, Venezuela conducted the air drills encircling "
            "Guyana and called them a lesson.")
    ev = _event(_events(pipeline, text), "drills")
    assert _countries(ev, "source") == {"VEN"}


def test_reporting_verb_over_a_participle_clause_is_no_light_verb(pipeline):
    text = ("Shortly after the summit ended, Brazil reported the air drills encircling "
            "Guyana and called them a lesson.")
    events = [ev for ev in _events(pipeline, text) if "drills" in ev.trigger.text]
    assert all("BRA" not in _countries(ev, "source") for ev in events)


@pytest.mark.parametrize("text", [
    "The ambush was claimed by the Karen National Union on Sunday.",
    "The Karen National Union claimed the ambush near the border.",
    "The Karen National Union claimed responsibility for the ambush near the border.",
    "The Karen National Union took credit for the ambush near the border.",
])
def test_claim_of_responsibility_names_the_attacker(pipeline, text):
    ev = _event(_events(pipeline, text), "ambush")
    assert any("Karen National Union" in t for t in _texts(ev, "source"))


def test_claimant_of_a_report_is_not_the_attacker(pipeline):
    text = "Bolivian officials claimed the ambush had been staged by smugglers."
    ev = _event(_events(pipeline, text), "ambush")
    assert not any("officials" in t for t in _texts(ev, "source"))


def test_claimed_attack_keeps_the_victims_of_the_attack_it_names(pipeline):
    text = ("Gunmen attacked Paraguayan soldiers near the border on Monday, killing three. "
            "On Tuesday the Shining Path claimed the attack.")
    events = _events(pipeline, text)
    ev = _event(events[1:], "attack")
    assert any("Shining Path" in t for t in _texts(ev, "source"))
    assert _countries(ev, "target") == {"PRY"}


def test_origin_of_a_weapon_makes_no_party(pipeline):
    ev = _event(_events(pipeline, "The rebels attacked the town with Brazilian-made drones."),
                "attacked")
    assert "BRA" not in _countries(ev, "source") | _countries(ev, "target")
    assert not any("drones" in t for t in _texts(ev, "target"))


def test_country_named_without_origin_word_still_places_the_agent(pipeline):
    ev = _event(_events(pipeline, "The rebels attacked the town with Brazilian drones."),
                "attacked")
    assert _countries(ev, "source") == {"BRA"}


@pytest.mark.parametrize(("text", "target"), [
    ("Bolivian troops shelled the village with heavy artillery on Monday.", "artillery"),
    ("Chilean police attacked the marchers with tear gas.", "gas"),
])
def test_means_of_force_is_no_target(pipeline, text, target):
    ev = [e for e in _events(pipeline, text) if e.type in ("ASSAULT", "COERCE")][0]
    assert not any(target in t for t in _texts(ev, "target"))


def test_party_fought_with_is_a_target(pipeline):
    ev = _event(_events(pipeline, "Bolivian police clashed with Peruvian smugglers."), "clashed")
    assert "PER" in _countries(ev, "target")


def test_group_placed_in_a_capital_is_the_group_not_the_government(pipeline):
    ev = _event(_events(pipeline, "Protesters in Asuncion demanded the resignation of the mayor."),
                "demanded")
    (src,) = ev.source
    assert src.text == "Protesters"
    assert (src.actor.country, src.actor.sector) == ("PRY", "CVL")


def test_a_sentence_initial_label_is_found_once_per_sentence() -> None:
    """'Lee Ann: Xi threatened ...': the words of the label before its colon are a label,
    the words after it and a colon deep in the sentence are not."""
    from eventwire.annotate.nlp import load_nlp
    from eventwire.extract.arguments import is_label

    doc = load_nlp()("Lee Ann: Xi threatened the port. The envoy said: talks resume.")
    words = {t.text: is_label(t) for t in doc}
    assert words["Lee"] and words["Ann"]
    assert not words["Xi"] and not words["threatened"]
    assert not words["envoy"] and not words["talks"]  # 'said:' ends no label


def test_bare_the_countries_are_the_two_countries_just_named(pipeline):
    text = ("Kenya and Tanzania signed a customs accord on Monday. Officials said "
            "the countries had upgraded their relations.")
    ev = _event(_events(pipeline, text), "upgraded")
    assert _countries(ev, "source") == {"KEN", "TZA"}


def test_bare_the_countries_among_three_named_is_nobody(pipeline):
    text = ("Kenya, Uganda and Tanzania signed a customs accord on Monday. Officials said "
            "the countries had upgraded their relations.")
    ev = _event(_events(pipeline, text), "upgraded")
    assert not ({"KEN", "TZA", "UGA"} <= _countries(ev, "source"))



def test_a_bare_definite_noun_takes_the_owner_of_its_earlier_mention(pipeline):
    text = ("Chile's navy moved its patrol ship to the northern port on Monday. "
            "Crews loaded supplies for two days. On Wednesday the ship seized "
            "three fishing boats near the maritime border.")
    ev = _event(_events(pipeline, text), "seized")
    assert _countries(ev, "source") == {"CHL"}
    assert ev.source[0].actor.evidence.startswith("refers to:")


def test_a_bare_definite_noun_after_an_ownerless_description_takes_nothing(pipeline):
    text = ("Chile's navy inspected a patrol ship on Monday. Then a rusty old ship entered "
            "the port. On Wednesday the ship seized three fishing boats near the border.")
    ev = _event(_events(pipeline, text), "seized")
    assert not any((p.actor and (p.actor.evidence or "").startswith("refers to:"))
                   for p in ev.source)


@pytest.mark.parametrize("text", [
    "Kenya criticized how Uganda is handling the border dispute.",
    "Kenyan officials have voiced sharp criticism about how Uganda manages the lake.",
])
def test_a_criticism_told_as_a_how_clause_targets_its_doer(pipeline, text):
    ev = next(ev for ev in _events(pipeline, text) if ev.type == "ACCUSE")
    assert _countries(ev, "target") == {"UGA"}


def test_a_criticism_with_a_named_object_keeps_it(pipeline):
    ev = next(ev for ev in _events(pipeline, "Kenya criticized Uganda over the dispute.")
              if ev.type == "ACCUSE")
    assert _countries(ev, "target") == {"UGA"}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("The Kenyan government imposed a curfew on Monday after riots in the capital.",
     "curfew", "KEN"),
    ("Chile's interior ministry said it was prepared to impose martial law if the riots "
     "spread.", "martial law", "CHL"),
])
def test_emergency_measure_targets_the_states_own_population(pipeline, text, trigger, country):
    ev = _event(_events(pipeline, text), trigger)
    (tgt,) = ev.target
    assert (tgt.actor.country, tgt.actor.sector) == (country, "CVL")
    assert tgt.actor.evidence.startswith("domestic measure")


def test_emergency_measure_on_a_named_place_keeps_that_place(pipeline):
    ev = _event(_events(pipeline, "Israel imposed a curfew on the town of Hebron in the "
                                  "West Bank on Monday."), "curfew")
    assert "ISR" not in _countries(ev, "target")


def test_a_siege_is_no_measure_at_home(pipeline):
    ev = _event(_events(pipeline, "Russian forces imposed a siege in March."), "siege")
    assert "RUS" not in _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Serbia and Hungary agreed to a truce on Monday.", "agreed", {"SRB", "HUN"}),
    ("Serbia and Hungary failed to agree on the new border crossings.", "agree",
     {"SRB", "HUN"}),
])
def test_conjoined_parties_of_a_mutual_act_are_its_joint_source(pipeline, text, trigger,
                                                                 source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == source
    assert not _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Norway and Sweden offered to mediate between the two sides.", "offered",
     {"NOR", "SWE"}),
    ("Ghana and Togo agreed to cooperate on fishing rights.", "agreed", {"GHA", "TGO"}),
])
def test_conjoined_parties_of_a_joint_act_toward_nobody_have_no_target(pipeline, text, trigger,
                                                                       source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == source
    assert not _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Norway and Sweden condemned Belarus on Monday.", "condemned", {"NOR", "SWE"}, {"BLR"}),
    ("Ghana and Togo pledged aid to Niger.", "pledged", {"GHA", "TGO"}, {"NER"}),
])
def test_conjoined_parties_of_a_joint_act_toward_a_third_party_have_it_as_target(
        pipeline, text, trigger, source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == source
    assert _countries(ev, "target") == target


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Peruvian and Bolivian troops clashed near the border on Sunday.", "clashed",
     {"PER", "BOL"}),
    ("Ghana and Togo clashed over fishing rights.", "clashed", {"GHA", "TGO"}),
])
def test_conjoined_sides_of_a_fight_are_its_joint_source(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == source
    assert not _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Kenyan and Somali officials met in Nairobi on Tuesday.", "met", {"KEN"}, {"SOM"}),
    ("Chilean President Gabriel Boric and Peruvian President Dina Boluarte met in Lima.",
     "met", {"CHL"}, {"PER"}),
])
def test_conjoined_sides_of_a_meeting_are_source_and_target(
        pipeline, text, trigger, source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == source
    assert _countries(ev, "target") == target


def test_conjoined_subject_of_a_one_sided_act_stays_the_source(pipeline):
    ev = _event(_events(pipeline, "Kenyan and Somali troops attacked the militant camp."),
                "attacked")
    assert {"KEN", "SOM"} <= _countries(ev, "source")
    assert "Kenyan" not in _texts(ev, "target") and "Somali" not in _texts(ev, "target")


def test_conjoined_subject_of_a_mutual_phrase_or_noun_has_no_partner_target(pipeline):
    ev = _event(_events(pipeline, "Kenya and Somalia held talks in Nairobi."), "talks")
    assert _countries(ev, "source") == {"KEN", "SOM"}
    assert not _countries(ev, "target")


def test_reduced_passive_verb_of_an_event_between_parties_takes_no_agent_as_source(pipeline):
    # the verb trigger ("deal brokered") reads like the noun: its agent is a third party
    events = _events(pipeline, "The peace deal brokered by Ecuador held through Monday.")
    assert all("ECU" not in _countries(ev, "source") for ev in events
               if ev.type in ("AGREE", "RETREAT", "CONSULT"))


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("The Chilean delegation was denied visas by Peru.", "denied", "PER", "CHL"),
    ("The Bolivian minister was refused entry by Argentina on Monday.", "refused", "ARG",
     "BOL"),
    ("The Peruvian dissident was granted asylum by Chile.", "granted", "CHL", "PER"),
])
def test_by_phrase_on_a_retained_object_is_the_passive_s_agent(pipeline, text, trigger, source,
                                                              target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}
    assert target in _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Chile has been the target of repeated attacks by Peruvian rebels.", "attacks", "PER",
     "CHL"),
    ("Bolivia became the victim of Chilean airstrikes.", "airstrikes", "CHL", "BOL"),
    ("Peru bore the brunt of the Bolivian offensive.", "offensive", "BOL", "PER"),
    ("Chile, the target of repeated raids by Peruvian rebels, closed the border.", "raids",
     "PER", "CHL"),
])
def test_the_target_or_victim_of_an_act_undergoes_it(pipeline, text, trigger, source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}
    assert _countries(ev, "target") == {target}


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("A Chilean village was attacked and burned by Peruvian rebels.", "attacked", "PER"),
    ("The Bolivian journalists were arrested and beaten by Chilean police.", "arrested",
     "CHL"),
    ("The Peruvian convoy was ambushed and destroyed by Bolivian militiamen.", "ambushed",
     "BOL"),
])
def test_coordinated_passives_share_the_last_one_s_by_phrase(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}


def test_a_conjunct_with_its_own_subject_keeps_its_by_phrase(pipeline):
    ev = _event(_events(pipeline, "The Chilean town was attacked on Monday and the market "
                                  "was burned by Peruvian soldiers."), "attacked")
    assert "PER" not in _countries(ev, "source")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Peru suffered heavy Chilean shelling overnight.", "shelling", "CHL", "PER"),
    ("Bolivia faced heavy Peruvian shelling near the border.", "shelling", "PER", "BOL"),
    ("Chile endured Bolivian strikes.", "strikes", "BOL", "CHL"),
])
def test_who_suffers_or_faces_an_attack_undergoes_it(pipeline, text, trigger, source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}
    assert _countries(ev, "target") == {target}


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("NATO ally Turkey condemned the coup in Niger.", "condemned", "TUR"),
    ("The AU's chair, Angola, condemned the coup in Niger.", "condemned", "AGO"),
    ("Russia's ally, Belarus, condemned the coup in Niger.", "condemned", "BLR"),
    ("NATO condemned the coup in Niger.", "condemned", "IGO"),
    ("The NATO chief, Jane Doe, condemned the coup in Niger.", "condemned", "IGO"),
])
def test_a_state_in_apposition_to_a_role_noun_acts(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    # one attack: the rockets fired from Lebanon are the hitting's source
    ("Israel was hit by rockets fired from Lebanon.", "hit", {"LBN"}, {"ISR"}),
    ("Militants fired mortars from Syria at the Turkish town.", "fired", set(), {"TUR"}),
])
def test_where_a_strike_is_fired_from_is_no_target(pipeline, text, trigger, source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert source <= _countries(ev, "source") and _countries(ev, "target") == target
