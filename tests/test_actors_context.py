"""Actors in context: generic agents take the country of their sentence, dateline or article."""

from __future__ import annotations

import pytest
from actor_helpers import actor_of, linked

from eventwire.annotate.actors import default_registry
from eventwire.annotate.focus import find_dateline
from eventwire.annotate.nlp import load_nlp
from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_agent_takes_the_country_named_in_its_sentence(nlp):
    ex = linked(nlp, "Police fired tear gas at crowds in Lima on Friday, witnesses said.")
    ref = actor_of(ex, "Police")
    assert (ref.country, ref.sector) == ("PER", "COP")
    assert ref.evidence.startswith("sentence")


def test_agent_takes_the_dateline_country(nlp):
    text = ("NAIROBI, June 3 (Newswire) - Security forces dispersed a crowd outside the "
            "parliament building. Officials said the crowd had gathered without a permit.")
    ex = linked(nlp, text)
    ref = actor_of(ex, "Security forces")
    assert (ref.country, ref.sector) == ("KEN", "COP")
    assert ref.evidence.startswith("dateline")
    assert actor_of(ex, "Officials").country == "KEN"


def test_agent_takes_the_article_focus(nlp):
    text = ("Bolivia's government faces a fuel shortage. Bolivia imports most of its diesel. "
            "Protesters blocked roads on Tuesday. The army cleared two of the blockades.")
    ex = linked(nlp, text, title="Fuel protests spread across Bolivia")
    assert actor_of(ex, "Protesters").country == "BOL"
    ref = actor_of(ex, "army")
    assert (ref.country, ref.sector) == ("BOL", "MIL")
    assert ref.evidence.startswith("article focus")


def test_agent_stays_unplaced_without_context(nlp):
    ex = linked(nlp, "Police said the road would reopen on Monday.")
    assert actor_of(ex, "Police") is None


def test_located_place_wins_over_other_countries(nlp):
    ex = linked(nlp, "Militants loyal to a Syrian commander attacked a checkpoint in Mosul, "
                     "officials in Baghdad said.")
    # two countries named: the location of the event decides
    assert actor_of(ex, "officials").country in ("IRQ",)


@pytest.mark.parametrize(("text", "agent", "country"), [
    ("LIMA - Peruvian officials said gunmen based in Ecuador carried out the raids.", "gunmen",
     "ECU"),
    ("QUITO - Officials said rebels operating in Colombia had crossed the river.", "rebels",
     "COL"),
    ("LIMA - Peru said smugglers from Bolivia had crossed the border.", "smugglers", "BOL"),
])
def test_a_place_phrase_after_the_agent_locates_it(nlp, text, agent, country):
    # the dateline and the article would place the agent elsewhere: its own place decides
    ref = actor_of(linked(nlp, text), agent)
    assert ref.country == country
    assert ref.evidence.startswith("located")


@pytest.mark.parametrize(("text", "agent", "country"), [
    ("LIMA - A delegation from Hezbollah arrived for talks with Peruvian officials.",
     "delegation", "LBN"),
    ("LIMA - Officials from the World Health Organization visited hospitals in Peru.",
     "Officials", "IGO"),
    ("QUITO - Fighters of the Islamic State were reported near the border.", "Fighters", "IMG"),
])
def test_a_body_after_from_or_of_owns_the_agent(nlp, text, agent, country):
    # the dateline would place the agent in Peru or Ecuador: the body it belongs to decides
    ref = actor_of(linked(nlp, text), agent)
    assert ref.country == country
    assert ref.evidence.startswith("member of")


@pytest.mark.parametrize(("text", "agent", "country"), [
    ("LIMA - A spokesman for the European Union criticised Peru.", "spokesman", "IGO"),
    ("QUITO - A spokeswoman for the UN refugee agency visited camps in Ecuador.",
     "spokeswoman", "IGO"),
    ("LIMA - A negotiator for Hezbollah met Peruvian officials.", "negotiator", "LBN"),
])
def test_a_body_after_for_owns_the_agent(nlp, text, agent, country):
    # 'a spokesman for X' speaks as a member of X; the body may name its own body noun
    # ('the UN refugee agency'); the dateline would place the agent in Peru or Ecuador
    ref = actor_of(linked(nlp, text), agent)
    assert ref.country == country
    assert ref.evidence.startswith("member of")


def test_a_place_after_for_owns_no_agent(nlp):
    # 'the envoy for Sudan': a portfolio, not a member of Sudan's government
    ref = actor_of(linked(nlp, "LIMA - The special envoy for Sudan met officials in Peru."),
                   "envoy")
    assert ref is None or ref.country != "SDN"


@pytest.mark.parametrize(("text", "agent", "country"), [
    ("Exiles protested against the government of Burma in Bangkok.", "government", "MMR"),
    ("Rebels held talks with officials of Ethiopia in Washington.", "officials", "ETH"),
    ("A delegation from Hamas in Cairo met Egyptian officials.", "delegation", "PSE"),
])
def test_the_owner_of_an_agent_wins_over_where_it_is(nlp, text, agent, country):
    # an of- / from-phrase naming whose the agent is decides before a place phrase after it
    ref = actor_of(linked(nlp, text), agent)
    assert ref.country == country
    assert ref.evidence.startswith(("of: ", "member of"))


@pytest.mark.parametrize(("text", "agent", "giver"), [
    ("France flew relief supplies to flood victims in Mozambique.", "victims", "FRA"),
    ("Britain flew tents to refugees on Monday in Kenya.", "refugees", "GBR"),
])
def test_the_giver_does_not_place_the_recipients(nlp, text, agent, giver):
    # what the subject sends or gives to an agent is no sign the agent is the subject's own
    ref = actor_of(linked(nlp, text), agent)
    assert ref is None or ref.country != giver


def test_victims_of_a_body_are_not_its_members(nlp):
    ref = actor_of(linked(nlp, "LIMA - Victims of the Islamic State gathered on Monday."),
                   "Victims")
    assert ref.country != "IMG"


@pytest.mark.parametrize(("text", "agent", "country"), [
    ("LIMA - Troops of the Russian army attacked a village near Kharkiv.", "Troops", "RUS"),
    ("QUITO - Forces of the Syrian government shelled a town in Turkey.", "Forces", "SYR"),
    ("LIMA - Warplanes of the Israeli enemy struck a house in Lebanon.", "Warplanes", "ISR"),
    ("QUITO - Soldiers of Ukraine shelled positions in Russia.", "Soldiers", "UKR"),
])
def test_a_state_in_an_of_phrase_owns_the_agent(nlp, text, agent, country):
    # the place the sentence names (or the dateline) would decide without the of-phrase
    ref = actor_of(linked(nlp, text), agent)
    assert ref.country == country
    assert ref.evidence.startswith("of: ")


def test_a_sponsor_in_an_of_phrase_owns_no_agent(nlp):
    ref = actor_of(linked(nlp, "LIMA - Fighters of the Iranian-backed army attacked Peru."),
                   "Fighters")
    assert ref is None or ref.country != "IRN"


def test_an_agent_place_phrase_needs_a_country_and_yields_to_an_owner(nlp):
    ex = linked(nlp, "LIMA - Police in the capital fired tear gas. Chilean troops in Peru "
                     "were withdrawn on Monday.")
    assert actor_of(ex, "Police").evidence.startswith("dateline")  # 'the capital': no country
    assert actor_of(ex, "troops").country == "CHL"  # 'Chilean troops' own country wins


@pytest.mark.parametrize(("text", "place", "country"), [
    ("SRINAGAR, May 7 (Wireline) - Shelling continued.", "SRINAGAR", "IND"),
    ("ISLAMABAD — The cabinet met on Monday.", "ISLAMABAD", "PAK"),
    ("KYIV/MOSCOW, Jan 4 (Agency) - Talks resumed.", "KYIV/MOSCOW", "UKR"),
    ("MARAVAL, Trinidad — Talks resumed.", "MARAVAL", "TTO"),
])
def test_datelines(text, place, country):
    d = find_dateline(text, default_registry())
    assert d is not None and d.place == place and d.country == country


def test_the_country_after_a_dateline_place_is_no_participant(nlp):
    ex = _events(nlp, "KADUNA, Nigeria — Gunmen killed nine herders in the north on "
                      "Tuesday, officials said.")
    (ev,) = [e for e in ex.events if e.trigger.text == "killed"]
    assert "Nigeria" not in [p.text for p in (*ev.source, *ev.target)]
    assert [p.actor.country for p in ev.source if p.actor] == ["NGA"]
    assert ev.source[0].actor.evidence.startswith("dateline")


def test_a_capitalised_agent_noun_read_as_a_name_is_still_placed(nlp):
    # the tagger reads the capitalised 'Gunmen' opening the sentence as a place name
    ex = _events(nlp, "KADUNA, Nigeria — Gunmen killed nine herders in the north on "
                      "Tuesday, officials said.")
    assert not [e for e in ex.entities if e.text == "Gunmen" and e.actor is None]


def test_no_dateline_in_ordinary_prose():
    assert find_dateline("The talks resumed - after a pause - on Monday.", default_registry()) \
        is None


def _events(nlp, text: str, published: str = "2025-05-07"):
    (ex,) = list(Pipeline().run([Article(id="t", text=text, published=published)]))
    return ex


def _parts(ev, side: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.actor.country if p.actor else None) for p in getattr(ev, side)]


def test_dateline_place_is_never_a_participant(nlp):
    ex = _events(nlp, "Border talks\n\nMARAVAL, May 7 (Wireline) - Northern troops shelled "
                      "border posts on Wednesday, the army said.")
    texts = [p.text for ev in ex.events for p in (*ev.source, *ev.target)]
    assert "MARAVAL" not in texts
    assert all(e.label == "DATELINE" for e in ex.entities if e.text == "MARAVAL")


def test_weapon_origin_is_not_a_target(nlp):
    ex = _events(nlp, "Chilean troops shot down two Israeli-made drones near the border.")
    targets = [c for ev in ex.events for _, c in _parts(ev, "target")]
    assert "ISR" not in targets


def test_country_word_starting_an_organisation_name_is_not_split(nlp):
    ex = linked(nlp, "Leaders of Bolivia Unida Renovada criticised the government on Monday.")
    ents = {e.text: e for e in ex.entities}
    assert "Bolivia Unida Renovada" in ents and "Bolivia" not in ents
    assert ents["Bolivia Unida Renovada"].actor.country == "BOL"
    assert ents["Bolivia Unida Renovada"].actor.kind != "state"


def test_hyphenated_party_name_stays_whole(nlp):
    ex = linked(nlp, "Supporters of Pakistan Tehreek-e-Insaf marched in Lahore.")
    assert any(e.text == "Pakistan Tehreek-e-Insaf" for e in ex.entities)
    assert not any(e.text == "Insaf" for e in ex.entities)


def test_announcer_is_not_a_participant_of_the_ceasefire(nlp):
    ex = _events(nlp, "Foreign Secretary Tomas Ruiz announced the ceasefire at a briefing.")
    ceasefire = [ev for ev in ex.events if ev.trigger.text == "ceasefire"]
    assert ceasefire and all("Tomas Ruiz" not in p.text for ev in ceasefire
                             for p in (*ev.source, *ev.target))


def test_foreign_office_takes_its_context_country(nlp):
    ex = linked(nlp, "The Foreign Office in Islamabad rejected the statement.")
    assert actor_of(ex, "Foreign Office").country == "PAK"
    ex = linked(nlp, "The Foreign Office in London summoned the ambassador.")
    assert actor_of(ex, "Foreign Office").country == "GBR"
    ex = linked(nlp, "The Foreign Office declined to comment.")
    assert actor_of(ex, "Foreign Office") is None


def test_titled_person_outside_the_registry_and_later_surname(nlp):
    text = ("Bolivian Interior Minister Carla Quispe met protest leaders on Monday. "
            "Later, Quispe said talks would continue.")
    ex = linked(nlp, text)
    first = actor_of(ex, "Carla Quispe")
    assert first is not None and first.country == "BOL" and first.role
    later = actor_of(ex, "Quispe", nth=1)
    assert later is not None and later.country == "BOL"


def test_agent_title_word_before_a_name_is_no_agent(nlp):
    ex = linked(nlp, "Peru's Foreign Minister Ana Ruiz spoke in Lima.")
    assert not any(e.text == "Minister" for e in ex.entities)


def test_title_without_country_word_takes_the_context_country(nlp):
    ex = linked(nlp, "In Santiago, Judge Marta Olivares ordered the release of two students.")
    ref = actor_of(ex, "Marta Olivares")
    assert ref is not None and ref.country == "CHL" and ref.sector == "JUD"
    assert ref.role == "judge" and ref.evidence


@pytest.mark.parametrize("text, person", [
    ("LIMA, May 2 (Newswire) - Minister Alvaro Pineda urged Chile to reopen the border.",
     "Alvaro Pineda"),
    ("LIMA, May 2 (Newswire) - General Tomas Ruiz accused Bolivia of arming smugglers.",
     "Tomas Ruiz"),
])
def test_a_titled_person_is_not_placed_by_the_party_it_addresses(nlp, text, person):
    ref = actor_of(linked(nlp, text), person)
    assert ref is not None and ref.country == "PER" and ref.evidence.startswith("dateline")


def test_pronoun_after_a_quote_refers_to_its_speaker(nlp):
    text = ("“We will not accept quotas,” Viktor Orban said at the summit. “Never.” "
            "“Not now, not later.” He rejected the plan on Friday.")
    ex = _events(nlp, text, published="2019-06-01")
    rejected = [ev for ev in ex.events if ev.trigger.text == "rejected"]
    assert rejected and rejected[0].source and rejected[0].source[0].actor.country == "HUN"


def test_lowercase_title_after_country_words(nlp):
    ex = linked(nlp, "Bolivian opposition leader Rosa Mamani called for new elections.")
    ref = actor_of(ex, "Rosa Mamani")
    assert ref is not None and ref.country == "BOL"


def test_named_owner_before_an_agent_wins_over_the_sentence(nlp):
    ex = linked(nlp, "Swiss doctors handed over medicine to a hospital in Lima.")
    assert actor_of(ex, "doctors").country == "CHE"


def test_country_word_inside_an_unlinked_name(nlp):
    ex = linked(nlp, "The Chilean Constitutional Tribunal overturned a Peruvian ruling.")
    ref = actor_of(ex, "Chilean Constitutional Tribunal")
    assert ref is not None and ref.country == "CHL"


def test_an_abbreviated_country_inside_an_unlinked_name_wins_over_the_article(nlp):
    ex = linked(nlp, "Officials of the U.S. Border Transit Office arranged the flights. "
                     "The Border Transit Office returned 120 migrants to Guatemala.")
    ref = actor_of(ex, "the U.S. Border Transit Office")
    assert ref is not None and ref.country == "USA" and ref.evidence == "name: U.S."


def test_rights_groups_are_ngos(nlp):
    ex = linked(nlp, "Rights groups criticised the new law in Lima on Friday.")
    ref = actor_of(ex, "Rights groups")
    assert ref is not None and ref.country == "NGO"


def test_description_after_a_name_places_the_person(nlp):
    ex = linked(nlp, "The panel heard Marta Olivares, a Chilean lawyer, on Monday.")
    ref = actor_of(ex, "Marta Olivares")
    assert ref is not None and ref.country == "CHL"


def test_apposition_title_places_the_person(nlp):
    ex = linked(nlp, "The plan was drafted by the province's governor, Rosa Mamani, "
                     "and criticised in Bolivia's parliament.")
    ref = actor_of(ex, "Rosa Mamani")
    assert ref is not None and ref.country == "BOL" and ref.role == "governor"


def test_country_name_mislabelled_as_a_person_is_the_country(nlp):
    ex = linked(nlp, "Underlining cooperation with Mauritius, a contingent joined the parade.")
    assert all(e.actor is None or e.actor.country == "MUS" for e in ex.entities
               if e.text == "Mauritius")


def test_agent_of_a_reduced_passive_is_the_source(nlp):
    ex = _events(nlp, "The report lists 250 songs banned by the Taliban in 2023.")
    bans = [ev for ev in ex.events if ev.trigger.text == "banned"]
    assert bans and any(p.actor and p.actor.country == "AFG" for p in bans[0].source)


def test_ethnic_group_is_placed_where_it_lives(nlp):
    reg = default_registry()
    ref = reg.match("ethnic Hungarians in Romania", None)
    assert ref is not None and ref.country == "ROU"
    ex = linked(nlp, "About 200 ethnic Hungarians protested on Sunday in Romania.")
    ref = actor_of(ex, "Hungarians")
    assert ref is not None and ref.country == "ROU"


@pytest.mark.parametrize(("text", "word", "country"), [
    ("The Hungarian minority in Romania protested against the new language law.",
     "Hungarian", "ROU"),
    ("Police in Moldova raided three Ukrainian-majority villages near the border.",
     "Ukrainian", "MDA"),
    ("Leaders of the Turkish minority rejected the plan on Monday.", "Turkish", None),
])
def test_a_minority_or_majority_is_a_people_not_its_state(nlp, text, word, country):
    ref = actor_of(linked(nlp, text), word)
    assert ref is not None and (ref.country, ref.sector) == (country, "CVL")


@pytest.mark.parametrize(("mention", "country"), [
    ("the Greek minority in Albania", "ALB"),
    ("Russian-majority towns in Estonia", "EST"),
    ("the Serb minority", None),
])
def test_a_minority_mention_links_to_where_the_people_live(mention, country):
    ref = default_registry().match(mention, None)
    assert (ref.country if ref is not None else None) == country


def test_an_unplaced_ethnic_group_is_no_state_in_an_event(nlp):
    ex = _events(nlp, "Ethnic Greeks rejected the proposal on Monday.")
    (ev,) = [ev for ev in ex.events if ev.trigger.text == "rejected"]
    (src,) = ev.source
    assert src.actor is not None and src.actor.country is None and src.actor.sector == "CVL"


def test_a_majority_owned_firm_keeps_its_country(nlp):
    ref = default_registry().match("a Chinese majority-owned company", None)
    assert ref is not None and ref.country == "CHN"


def test_shared_place_name_follows_the_article_focus(nlp):
    text = ("Lebanon's army sent troops into Beirut on Monday after a week of unrest in Lebanon. "
            "Lebanese officials met in Sidon. Gunmen in Tripoli attacked a checkpoint.")
    ref = actor_of(linked(nlp, text), "Tripoli")
    assert (ref.country, ref.kind) == ("LBN", "place")
    assert ref.evidence.startswith("article:")


def test_shared_place_name_follows_its_sentence(nlp):
    ref = actor_of(linked(nlp, "Militias clashed in Tripoli, the north Lebanese port, on Friday."),
                   "Tripoli")
    assert ref.country == "LBN"
    assert ref.evidence == "sentence: Lebanese"


def test_shared_place_name_keeps_its_default_in_its_own_country(nlp):
    text = ("Libya's rival governments traded accusations on Sunday. Libyan militias clashed "
            "across Libya. Gunmen in Tripoli attacked a checkpoint.")
    ref = actor_of(linked(nlp, text), "Tripoli")
    assert ref.country == "LBY"


def test_rights_organisations_are_non_governmental(nlp):
    ex = linked(nlp, "Chile rejected criticism from human rights organizations on Monday.")
    ref = actor_of(ex, "rights organizations")
    assert (ref.country, ref.sector) == ("NGO", "NGO")


def test_a_title_and_surname_name_the_office_holder(nlp):
    ex = _events(nlp, "Protesters in Nairobi demanded the resignation of President Ruto "
                      "on Friday.")
    ruto = [e for e in ex.entities if e.text == "Ruto"]
    assert ruto and ruto[0].actor is not None and ruto[0].actor.country == "KEN"
    assert ruto[0].actor.name == "William Ruto"


def test_a_town_read_as_a_person_is_a_place(nlp):
    ex = _events(nlp, "The rebels seized the town of Goma on Monday.")
    (ev,) = [e for e in ex.events if e.trigger.text == "seized"]
    assert [p.actor.country for p in ev.source if p.actor] == ["COD"]


def test_a_person_named_in_an_institution_name_is_not_linked(nlp):
    ex = _events(nlp, "The injured were taken to Queen Elizabeth Central Hospital in "
                      "Blantyre on Sunday.")
    assert not [e for e in ex.entities if e.actor is not None and e.actor.kind == "person"]


def test_a_country_possessing_an_international_body_before_an_agent_owns_it(nlp):
    ex = linked(nlp, "Peru's U.N. ambassador rejected the report on Monday.")
    ref = actor_of(ex, "ambassador")
    assert ref is not None and ref.country == "PER" and ref.evidence == "name: Peru"
    # with no country before it, the body owns its officials
    ex = linked(nlp, "U.N. officials rejected the report on Monday.")
    assert actor_of(ex, "officials").country == "IGO"


@pytest.mark.parametrize("text, country", [
    ("Peru's U.N. envoy rejected the report on Monday.", "PER"),
    ("Chile's NATO mission rejected the report on Monday.", "CHL"),
    ("Peru called a meeting, and its U.N. mission rejected the report.", "PER"),
    # not a post at the body: the body itself stays the participant
    ("The EU's foreign policy chief rejected the report on Monday.", "IGO"),
])
def test_a_post_at_an_international_body_belongs_to_its_country(nlp, text, country):
    ex = _events(nlp, text)
    (ev,) = [e for e in ex.events if e.trigger.text == "rejected"]
    assert [p.actor.country for p in ev.source if p.actor] == [country]


@pytest.mark.parametrize("text, agent, country", [
    # the country named as the other party does not place the agent: the dateline does
    ("QUITO, May 2 (Newswire) - The foreign minister criticised Chile on Monday.",
     "foreign minister", "ECU"),
    ("QUITO, May 2 (Newswire) - Police arrested two Chilean nationals on Monday.",
     "Police", "ECU"),
    ("QUITO, May 2 (Newswire) - Officials held talks with Chile on Monday.",
     "Officials", "ECU"),
    # nor the other party of a verb sharing the agent's subject
    ("QUITO, May 2 (Newswire) - Rebels seized the base, killing four Chilean soldiers.",
     "Rebels", "ECU"),
    ("QUITO, May 2 (Newswire) - Police raided the port and detained two Chilean sailors.",
     "Police", "ECU"),
    # a country named as the place of the event still places it
    ("QUITO, May 2 (Newswire) - Police arrested two men in Chile on Monday.",
     "Police", "CHL"),
    # but a side of a border says nothing of whose the agent is: the dateline does
    ("QUITO, May 2 (Newswire) - Police arrested two men near the Colombian border.",
     "Police", "ECU"),
])
def test_the_other_party_of_the_clause_does_not_place_an_agent(nlp, text, agent, country):
    ref = actor_of(linked(nlp, text), agent)
    assert ref is not None and ref.country == country


@pytest.mark.parametrize("text, agent, other", [
    ("Relief workers called on Myanmar's military to allow access.", "workers", "MMR"),
    ("Officials called on Nepal to reopen the crossing.", "Officials", "NPL"),
])
def test_whom_the_agent_calls_on_does_not_place_it(nlp, text, agent, other):
    ref = actor_of(linked(nlp, text), agent)
    assert ref is None or ref.country != other


def test_a_bare_title_is_an_office_holder_placed_by_its_context(nlp):
    ex = linked(nlp, "LIMA, May 2 (Newswire) - The president urged calm on Monday. "
                     "The foreign minister met diplomats in the capital.")
    ref = actor_of(ex, "president")
    assert (ref.country, ref.sector, ref.role) == ("PER", "GOV", "president")
    assert ref.evidence.startswith("dateline")
    assert actor_of(ex, "foreign minister").role == "foreign minister"


def test_a_bare_title_of_some_body_or_beside_a_name_is_not_placed(nlp):
    ex = linked(nlp, "LIMA, May 2 (Newswire) - The vice president of the football club "
                     "resigned on Monday.")
    assert actor_of(ex, "vice president") is None
    ex = linked(nlp, "LIMA, May 2 (Newswire) - The leader spoke on Monday.")
    assert actor_of(ex, "leader") is None


def test_agent_starts_hold_every_agent_and_bare_title(nlp):
    from eventwire.annotate.agents import _agent_at, _agent_starts, _bare_title_at
    from eventwire.annotate.doccache import column

    reg = default_registry()
    doc = nlp("The president met army officers and rights groups; the foreign minister and "
              "local police stayed home, while the weather was mild.")
    lowers = column(doc, "lower")
    starts = _agent_starts(reg, lowers)
    found = [i for i in range(len(doc)) if _agent_at(reg, doc, lowers, i) is not None
             or _bare_title_at(reg, doc, lowers, i, set()) is not None]
    assert found and set(found) <= set(starts)
    assert doc[found[0]].lower_ == "president"  # a bare title after 'the'
    assert lowers.index("army") in found  # an agent noun phrase
    assert lowers.index("met") not in starts  # neither an agent word nor after 'the'


@pytest.mark.parametrize(("text", "name"), [
    ("GABORONE, Botswana — The Elephant Protection Society criticized the hunting season.",
     "Elephant Protection Society"),
    ("The Wildlife Conservation Trust accused the government of Kenya of lying.",
     "Wildlife Conservation Trust"),
    ("The Foundation for Press Freedom in Colombia condemned the killing.",
     "Foundation for Press Freedom"),
])
def test_an_unlinked_civil_society_name_is_a_non_governmental_organisation(nlp, text, name):
    ref = actor_of(linked(nlp, text), name)
    assert ref is not None and (ref.country, ref.sector) == ("NGO", "NGO")


@pytest.mark.parametrize(("text", "name", "code"), [
    ("The Nigerian Bar Association urged the government to free the detained lawyers.",
     "Nigerian Bar Association", "NGA"),
    ("LIMA - The Kenya Wildlife Society accused poachers of killing two rhinos.",
     "Kenya Wildlife Society", "KEN"),
    ("The Ugandan Press Freedom Network said police beat two reporters in Kenya.",
     "Ugandan Press Freedom Network", "UGA"),
])
def test_a_civil_society_name_holding_a_country_word_is_that_countrys(nlp, text, name, code):
    # a domestic body is its country's, with the NGO sector, as PLOVER codes residence
    ref = actor_of(linked(nlp, text), name)
    assert ref is not None and (ref.country, ref.sector) == (code, "NGO")


def test_an_unlinked_name_of_another_kind_is_still_placed_by_its_context(nlp):
    ref = actor_of(linked(nlp, "The Committee for the Defence of Rights in Bolivia said the "
                                "talks would fail."), "Committee for the Defence of Rights")
    assert ref is None or ref.country != "NGO"


def test_a_place_the_text_calls_a_province_or_state_is_a_subdivision(nlp):
    ref = actor_of(linked(nlp, "LIMA - Gunmen attacked a village in Borno State on Monday."),
                   "Borno State")
    assert ref is not None and ref.country == "NGA"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Aid agencies distributed food to families in Mulanje district.", "Mulanje", "MWI"),
    ("Gunmen attacked a village in Chikwawa district on Monday.", "Chikwawa", "MWI"),
    ("Police in Avellino province arrested ten men.", "Avellino province", "ITA"),
])
def test_a_district_the_text_calls_so_is_a_place_of_its_country(nlp, text, name, country):
    ref = actor_of(linked(nlp, text), name)
    assert ref is not None and ref.country == country


def test_a_district_name_not_called_one_is_left_alone(nlp):
    ref = actor_of(linked(nlp, "Fighting broke out in Bradford on Monday."), "Bradford")
    assert ref is None


def test_a_bare_subdivision_name_is_not_read_as_one(nlp):
    # 'Guantanamo' alone names the U.S. base as often as the Cuban province
    ref = actor_of(linked(nlp, "Detainees were held at Guantanamo for years."), "Guantanamo")
    assert ref is None or ref.country != "CUB"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Farmers in Sindh protested against the new tax on Friday.", "Sindh", "PAK"),
    ("Police in Borno arrested ten men on Friday.", "Borno", "NGA"),
    ("Gunmen in Zamfara abducted ten students on Friday.", "Zamfara", "NGA"),
    # the tagger reads these as a place (LOC), a group (ORG) and a person
    ("Gunmen attacked a school in Zamfara.", "Zamfara", "NGA"),
    ("Gunmen attacked a checkpoint in Sinaloa.", "Sinaloa", "MEX"),
    ("Rebels attacked a police post in Rakhine.", "Rakhine", "MMR"),
])
def test_a_subdivision_named_as_where_people_are_is_a_place(nlp, text, name, country):
    ref = actor_of(linked(nlp, text), name)
    assert ref is not None and ref.country == country and ref.kind == "place"


def test_a_place_name_before_a_subdivision_name_keeps_its_reading(nlp):
    # 'Manchester' is a Jamaican parish too; the Phoenix place (England) comes first
    ref = actor_of(linked(nlp, "Fans gathered at Manchester on Saturday."), "Manchester")
    assert ref is None or ref.country != "JAM"


def test_guantanamo_after_in_is_still_not_the_province(nlp):
    ref = actor_of(linked(nlp, "Detainees in Guantanamo went on hunger strike."), "Guantanamo")
    assert ref is None or ref.country != "CUB"


def test_a_title_paired_with_its_holder_is_the_counterpart(nlp):
    # one prime minister is named: 'the prime minister' beside him is the other country's
    ex = linked(nlp, "Japan's prime minister called his Indian counterpart on Monday. "
                     "Modi and the prime minister agreed to expand trade.")
    ref = [e for e in ex.entities if e.text.endswith("minister")][-1].actor
    assert ref is not None and ref.country == "JPN"
    assert ref.evidence.startswith("counterpart")


def test_a_title_after_another_person_is_still_the_holder(nlp):
    ex = linked(nlp, "Modi spoke on Monday. The minister of state and the prime minister "
                     "agreed to expand trade.")
    ref = [e for e in ex.entities if e.text.endswith("prime minister")][-1].actor
    assert ref is not None and ref.country == "IND"


@pytest.mark.parametrize(("text", "phrase"), [
    ("China warned on Monday that Western governments were meddling in its affairs.",
     "governments"),
    ("Brazil closed its embassy. European countries called for calm in Brasilia.", "countries"),
    ("Chile expelled two diplomats. Latin American leaders met in Santiago on Friday.",
     "leaders"),
    ("Kenya sent troops to the border. African foreign ministers urged restraint in Nairobi.",
     "ministers"),
    ("Qatar hosted the talks. Arab officials in Doha said the deal was close.", "officials"),
    ("Fiji declared an emergency. Pacific leaders pledged aid to Fiji.", "leaders"),
])
def test_a_group_noun_after_a_region_word_takes_no_country_from_context(nlp, text, phrase):
    ex = linked(nlp, text)
    assert actor_of(ex, phrase) is None
    word = text[text.index(phrase) - 20:text.index(phrase)].split()[-1]
    word = word if word not in ("foreign",) else text.split(" foreign")[0].split()[-1]
    ref = actor_of(ex, word)
    assert ref is None or ref.country is None


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Nigeria hosted the summit. South African officials attended the talks in Abuja.",
     "officials", "ZAF"),
    ("LIMA - Peruvian officials said the talks would resume.", "officials", "PER"),
])
def test_a_country_demonym_before_a_group_noun_still_places_it(nlp, text, phrase, country):
    ref = actor_of(linked(nlp, text), phrase)
    assert ref is not None and ref.country == country


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Arab officials including Egypt's foreign minister condemned the strike.", "officials",
     "EGY"),
    ("Western governments, including France, imposed new sanctions.", "governments", "FRA"),
])
def test_a_regional_group_exemplified_by_one_country_takes_it(nlp, text, phrase, country):
    ref = actor_of(linked(nlp, text), phrase)
    assert ref is not None and ref.country == country
    assert ref.evidence.startswith("example")


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Bangui has seen new fighting. Rebels attacked towns in the central African nation.",
     "African", "CAF"),
    ("Manila filed a protest. The Southeast Asian nation summoned the envoy of Manila's rival.",
     "Southeast Asian", "PHL"),
])
def test_a_region_word_before_one_country_noun_keeps_its_context(nlp, text, word, country):
    ref = actor_of(linked(nlp, text), word)
    assert ref is not None and ref.country == country


def test_a_region_word_before_a_demonym_is_that_country_people(nlp):
    ref = actor_of(linked(nlp, "Asian Americans in the U.S. marched on Monday."), "Asian")
    assert ref is not None and ref.country == "USA"
    ref = actor_of(linked(nlp, "Western diplomats in Abuja said the toll was higher."),
                   "Western")
    assert ref is None or ref.country is None


@pytest.mark.parametrize(("text", "agent", "wrong"), [
    ("The government condemned the attack, which Russia carried out overnight.",
     "government", "RUS"),
    ("The government rejected the proposal that China had put forward last week.",
     "government", "CHN"),
    ("The ministry said it had summoned the envoy after Iranian forces seized a tanker.",
     "ministry", "IRN"),
    ("With the support of France, the government launched an offensive.", "government", "FRA"),
    ("The army launched an offensive with Russia's help.", "army", "RUS"),
    ("The president threatened retaliation for any attack by Iran.", "president", "IRN"),
    ("The government threatened sanctions over the seizure of tankers by Iran.", "government",
     "IRN"),
])
def test_an_actor_of_a_clause_below_the_agent_does_not_place_it(nlp, text, agent, wrong):
    # the only country named is another party's: neither the sentence nor the article
    # focus built from that one mention places the agent
    ref = actor_of(linked(nlp, text), agent)
    assert ref is None or ref.country != wrong


@pytest.mark.parametrize(("text", "agent", "country"), [
    ("Lebanon's cabinet met on Sunday. The government said it would file a complaint "
     "after Israeli jets struck a village.", "government", "LBN"),
    ("Peru's cabinet met on Monday. The ministry said it would protest after Chilean "
     "troops crossed the border.", "ministry", "PER"),
])
def test_the_article_focus_without_the_other_party_places_the_agent(nlp, text, agent, country):
    ref = actor_of(linked(nlp, text), agent)
    assert ref is not None and ref.country == country


@pytest.mark.parametrize(("text", "agent", "country"), [
    # the subject of a verb above the agent still places it
    ("Lebanese officials said the army had deployed troops along the border.", "army", "LBN"),
    # a country named as the agent's own object still leaves its place phrase
    ("Police arrested twenty Kenyan protesters in Nairobi.", "Police", "KEN"),
])
def test_the_agent_s_own_context_still_places_it(nlp, text, agent, country):
    ref = actor_of(linked(nlp, text), agent)
    assert ref is not None and ref.country == country


@pytest.mark.parametrize(("text", "agent", "country"), [
    ("Nigeria deployed troops to the Cameroonian border.", "troops", "NGA"),
    ("India deployed soldiers along the Chinese border.", "soldiers", "IND"),
    ("Israel withdrew troops from southern Lebanon.", "troops", "ISR"),
])
def test_forces_a_subject_moves_are_its_own(nlp, text, agent, country):
    ref = actor_of(linked(nlp, text), agent)
    assert ref is not None and ref.country == country
    assert ref.evidence.startswith("moved by")


@pytest.mark.parametrize(("text", "agent", "country"), [
    ("Protesters marched on Sunday to demand the resignation of the Algerian president.",
     "Protesters", "DZA"),
    ("Students gathered outside parliament to demand the release of Tunisian activists.",
     "Students", "TUN"),
])
def test_the_agent_s_own_purpose_still_places_it(nlp, text, agent, country):
    # 'to demand …' is the agent's own purpose: its countries still place it
    ref = actor_of(linked(nlp, text), agent)
    assert ref is not None and ref.country == country


@pytest.mark.parametrize(("text", "name"), [
    ("Pope John Paul called for an end to the violence in Rwanda.", "John Paul"),
    ("Pope Benedict urged Iraq to protect its Christians.", "Benedict"),
])
def test_a_titled_pope_is_not_placed_by_the_sentence(nlp, text, name):
    # the earlier popes are in the registry: no longer a titled stranger placed in Rwanda
    ref = actor_of(linked(nlp, text), name)
    assert ref is not None and ref.country == "VAT"


@pytest.mark.parametrize(("text", "name"), [
    ("The Paris Club agreed to reschedule Peru's debt.", "Paris Club"),
    ("The CSCE urged Armenia and Azerbaijan to observe the ceasefire.", "CSCE"),
    ("UNPROFOR accused the Bosnian Serbs of shelling Sarajevo.", "UNPROFOR"),
])
def test_an_international_body_is_not_placed_by_its_sentence(nlp, text, name):
    ref = actor_of(linked(nlp, text), name)
    assert ref is not None and ref.country == "IGO"


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Bosnian Serb gunmen attacked French UNPROFOR troops near Sarajevo.", "troops", "FRA"),
    ("Rebels fired on Kenyan AMISOM soldiers near Mogadishu.", "soldiers", "KEN"),
    ("Rebels attacked UNPROFOR troops near Bihac.", "troops", "IGO"),
])
def test_a_national_contingent_of_an_international_force_is_its_countrys(nlp, text, name,
                                                                        code):
    # 'French UNPROFOR troops': the country word before the force names the contingent,
    # as in "French U.N. peacekeepers"; without one the force's troops stay IGO
    ref = actor_of(linked(nlp, text), name)
    assert ref is not None and ref.country == code


@pytest.mark.parametrize(("text", "name", "country", "role"), [
    ("The Pope urged both sides to end the fighting in Ukraine.", "Pope", "VAT", "pope"),
    ("Officials in Manila said the Pope would visit the flooded provinces.", "Pope", "VAT",
     "pope"),
])
def test_a_bare_title_only_one_state_has_is_that_states(nlp, text, name, country, role):
    # 'the Pope' is the Holy See's, never the state its sentence or article names
    ref = actor_of(linked(nlp, text), name)
    assert ref is not None and ref.country == country and ref.role == role


def test_a_bare_pope_is_the_holder_on_the_article_date(nlp):
    ref = actor_of(linked(nlp, "The Pope urged Israel and the Palestinians to resume talks."),
                   "Pope")
    assert ref is not None and ref.kind == "person" and ref.name == "Pope Francis"


@pytest.mark.parametrize(("text", "name"), [
    ("Islamic countries meeting in Jakarta condemned the attack.", "Islamic"),
    ("Muslim nations gathered in Riyadh denounced the decision.", "Muslim"),
])
def test_states_named_by_their_faith_are_no_one_country(nlp, text, name):
    # a group of states named by religion is many states, not the host its sentence names
    ref = actor_of(linked(nlp, text), name)
    assert ref is None or not ref.country


def test_a_faith_word_before_other_nouns_is_still_placed(nlp):
    ref = actor_of(linked(nlp, "Islamic militants attacked a village in Algeria."), "militants")
    assert ref is not None and ref.country == "DZA"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Iraqi Kurdish leaders met Turkish officials in Ankara.", "Kurdish", "IRQ"),
    ("Syrian Kurdish fighters met American officers in Baghdad.", "Kurdish", "SYR"),
])
def test_a_state_word_before_a_people_word_places_it(nlp, text, name, country):
    # a people living in several states: the state word before it, not the meeting place
    ref = actor_of(linked(nlp, text), name)
    assert ref is not None and ref.country == country


@pytest.mark.parametrize(("text", "agent", "wrong"), [
    ("The rebels signed an Egyptian-brokered truce.", "rebels", "EGY"),
    ("The militants agreed to the Qatar-mediated deal.", "militants", "QAT"),
    ("The rebels joined the UN-backed talks on Monday.", "rebels", "IGO"),
    ("The militants attacked Israeli troops.", "militants", "ISR"),
])
def test_a_mediator_or_other_party_of_the_clause_does_not_place_the_agent(nlp, text, agent,
                                                                           wrong):
    ref = actor_of(linked(nlp, text), agent)
    assert ref is None or ref.country != wrong


def test_the_article_focus_without_the_mediator_places_the_agent(nlp):
    text = ("Fighting has raged across Sudan for two years. Sudan's army holds the capital. "
            "The rebels signed an Egyptian-brokered truce on Monday.")
    ref = actor_of(linked(nlp, text), "rebels")
    assert ref is not None and ref.country == "SDN"


@pytest.mark.parametrize(("text", "agent"), [
    ("According to Chilean officials, the militants fired rockets at a town on Tuesday.",
     "militants"),
    ("Chilean officials said the militants fired rockets at a town on Tuesday.", "militants"),
    ("The gunmen attacked a bus on Tuesday, Chilean police said.", "gunmen"),
    ("\u201cThe militia abducted twelve villagers,\u201d a Chilean official said.", "militia"),
    ("Chilean officials reported that gunmen had attacked a checkpoint on Sunday.", "gunmen"),
    ("Rebels seized two villages on Monday, according to the Chilean army.", "Rebels"),
])
def test_who_reports_an_armed_group_s_act_does_not_place_the_group(nlp, text, agent):
    # the teller of the act is not its doer: the only country named is the teller's
    ref = actor_of(linked(nlp, text), agent)
    assert ref is None or ref.country != "CHL"


@pytest.mark.parametrize(("text", "agent", "country"), [
    # a state's officials telling of a state body's act speak of their own body
    ("Police fired tear gas at protesters on Friday, Chilean officials said.", "Police", "CHL"),
    ("The Chilean interior ministry said police arrested ten men.", "police", "CHL"),
    # the group's own place phrase still places it
    ("Chilean officials said militants in Peru fired rockets at a town.", "militants", "PER"),
])
def test_a_reported_agent_keeps_its_own_context(nlp, text, agent, country):
    ref = actor_of(linked(nlp, text), agent)
    assert ref is not None and ref.country == country


def test_the_second_of_two_reported_armed_groups_is_not_placed_by_the_teller(nlp):
    ref = actor_of(linked(nlp, "Chilean officials said militants and gunmen fired rockets at "
                               "a town on Tuesday."), "gunmen")
    assert ref is None or ref.country != "CHL"


@pytest.mark.parametrize("text", [
    "According to the United Nations, the militia abducted twelve villagers on Monday.",
    "The United Nations said the militia abducted twelve villagers on Monday.",
])
def test_a_group_noun_does_not_refer_to_who_reports_its_act(nlp, text):
    # the teller is not the group: 'the militia' is no United Nations body
    (ev,) = [e for e in _events(nlp, text).events if e.trigger.text == "abducted"]
    assert all(p.actor is None or p.actor.country != "IGO" for p in ev.source)

