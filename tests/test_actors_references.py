"""References to actors: 'the country' and the owner of a plan act in the events they name."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events, _texts

from eventwire.annotate.nlp import load_nlp
from eventwire.extract.arguments import _pobjs, verb_subject
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "side", "country", "antecedent"), [
    ("Botswana has resumed trophy hunting. The country was criticized by animal rights "
     "groups in Europe.", "criticized", "target", "BWA", "Botswana"),
    ("Kenya sent police to Haiti last year. The country has also promised to deploy more "
     "officers.", "promised", "source", "KEN", "Kenya"),
    ("China warned Japan on Monday. The country also imposed sanctions on three firms.",
     "sanctions", "source", "CHN", "China"),
])
def test_the_country_refers_to_the_country_named_before(pipeline, text, trigger, side,
                                                        country, antecedent):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, side) == {country}
    (p,) = getattr(ev, side)
    assert p.text.lower() == "the country"
    assert p.actor.evidence == f"refers to: {antecedent}"


def test_the_country_without_a_named_one_takes_the_dateline():
    ev = _event(_events(Pipeline(), "MANILA - The country protested on Tuesday against the "
                                    "water cannon attack."), "protested")
    assert _countries(ev, "source") == {"PHL"}
    assert ev.source[0].actor.evidence.startswith("refers to: dateline")


def test_a_narrowed_country_noun_refers_to_nobody(pipeline):
    text = "China warned Japan on Monday. The neighbouring country imposed sanctions on firms."
    ev = _event(_events(pipeline, text), "sanctions")
    assert not any(p.actor and p.actor.evidence and p.actor.evidence.startswith("refers to")
                   for p in ev.source)


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Japan unveiled a plan to deploy missiles on its southern islands.", "deploy", "JPN"),
    ("The Biden administration announced plans to send troops to the border.", "send", "USA"),
    ("Russia launched an attempt to seize the airport on Friday.", "seize", "RUS"),
])
def test_the_owner_of_a_plan_acts_in_it(pipeline, text, trigger, country):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {country}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("North Korea announced its readiness to resume talks with Seoul.", "resume", "PRK"),
    ("Syria expressed willingness to negotiate with Israel.", "negotiate", "SYR"),
    ("Libya reaffirmed its determination to cooperate with the inquiry.", "cooperate", "LBY"),
])
def test_who_voices_the_will_to_act_acts(pipeline, text, trigger, country):
    # a noun of will ('readiness', 'willingness') owned or voiced by the subject
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {country}


def test_who_doubts_the_will_of_another_does_not_act():
    doc = load_nlp()("Germany questioned the willingness to negotiate with Iran.")
    negotiate = next(t for t in doc if t.lower_ == "negotiate")
    assert [t.text for t in verb_subject(negotiate)] != ["Germany"]


def test_who_rejects_a_plan_does_not_carry_it_out():
    doc = load_nlp()("Germany rejected a plan to deploy troops in Mali.")
    deploy = next(t for t in doc if t.lower_ == "deploy")
    assert [t.text for t in verb_subject(deploy)] != ["Germany"]


@pytest.mark.parametrize(("text", "trigger", "country", "evidence"), [
    ("Pakistan's prime minister said his government would expel the Afghan diplomats. "
     "Modi said India would respond.", "expel", "PAK", "possessor: Pakistan's prime minister"),
    ("Zelenskyy said his forces launched an attack near Pokrovsk. Putin has not commented.",
     "attack", "UKR", "possessor: Zelenskyy"),
    ("Russia said its troops had withdrawn from the village near Kharkiv, Ukrainian "
     "officials said.", "withdrawn", "RUS", "possessor: Russia"),
])
def test_a_possessive_pronoun_owns_the_generic_agent(pipeline, text, trigger, country,
                                                     evidence):
    ev = _event(_events(pipeline, text), trigger)
    (src,) = ev.source
    assert (src.actor.country, src.actor.evidence) == (country, evidence)


@pytest.mark.parametrize(("text", "trigger", "country", "evidence"), [
    ("The fighting was condemned by France, whose president urged both sides to stop.",
     "urged", "FRA", "possessor: France"),
    ("Turkey, whose troops attacked Kurdish positions last week, rejected the criticism.",
     "attacked", "TUR", "possessor: Turkey"),
    ("Poland, whose diplomats were expelled by Belarus, protested on Monday.",
     "expelled", "POL", "possessor: Poland"),
])
def test_whose_owns_the_generic_agent_for_the_clause_antecedent(pipeline, text, trigger,
                                                                country, evidence):
    ev = _event(_events(pipeline, text), trigger)
    side = "target" if trigger == "expelled" else "source"
    (p,) = getattr(ev, side)
    assert (p.actor.country, p.actor.evidence) == (country, evidence)


def test_whose_gives_an_event_noun_its_owner(pipeline):
    text = "Qatar, whose phone calls to both leaders on Saturday opened the way, said talks " \
           "would resume."
    ev = _event(_events(pipeline, text), "calls")
    assert _countries(ev, "source") == {"QAT"}


def test_a_question_whose_has_no_owner():
    from eventwire.extract.participants import relative_owner
    doc = load_nlp()("Whose troops attacked the village?")
    assert relative_owner(doc[0]) is None


def test_an_organisation_owns_its_fighters(pipeline):
    text = "The Baloch Liberation Army said its fighters attacked a train in Balochistan."
    (src,) = _event(_events(pipeline, text), "attacked").source
    assert src.text == "fighters" and src.actor.id == "org:bla"


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Vietnamese-led troops have recaptured a hill town, Laotian army sources said.",
     "recaptured", "VNM"),
    ("Hamas-run police arrested three men in Gaza, Israeli officials said.", "arrested", "PSE"),
    ("Russian-controlled troops shelled the village near Kherson, Ukrainian officials said.",
     "shelled", "RUS"),
    ("Saudi-led coalition jets bombed a market in Yemen.", "bombed", "SAU"),
    ("Kenyan-led mission police arrested four men in Haiti.", "arrested", "KEN"),
])
def test_who_leads_an_agent_owns_it(pipeline, text, trigger, country):
    (src,) = _event(_events(pipeline, text), trigger).source
    assert src.actor.country == country and src.actor.evidence.startswith("name: ")


def test_a_preposition_left_without_object_takes_the_noun_after_it():
    from spacy.tokens import Doc

    nlp = load_nlp()
    words = ["Peru", "granted", "asylum", "to", "five", "army", "officers", "hiding", "there"]
    heads = [1, 1, 1, 1, 6, 6, 7, 1, 7]
    deps = ["nsubj", "ROOT", "dobj", "prep", "nummod", "compound", "nsubj", "advcl", "advmod"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "NUM", "NOUN", "NOUN", "VERB", "ADV"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in _pobjs(doc[1], {"to"})] == ["officers"]
    doc = Doc(nlp.vocab, words=["talks", "to", "end", "it"], heads=[0, 0, 1, 2],
              deps=["ROOT", "prep", "pobj", "dobj"], pos=["NOUN", "ADP", "NOUN", "PRON"])
    assert [t.text for t in _pobjs(doc[0], {"to"})] == ["end"]


@pytest.mark.parametrize(("text", "trigger", "countries"), [
    ("The United States and North Korea held talks in Hanoi in February. Working-level talks "
     "in Stockholm broke down in October.", "talks", {"USA", "PRK"}),
    ("Taliban authorities banned books by women in Kabul. Writers said the ban was part of a "
     "larger crackdown on the press.", "crackdown", {"AFG"}),
])
def test_an_event_naming_no_actor_continues_the_earlier_one_of_its_type(pipeline, text, trigger,
                                                                      countries):
    found = [ev for ev in _events(pipeline, text) if trigger in ev.trigger.text]
    ev = found[-1]
    assert _countries(ev, "source") == countries
    assert all(p.inherited and p.actor.evidence.startswith("earlier event: ") for p in ev.source)
    assert ev.attributes["source_inherited"]["from"] == "earlier event"


def test_an_event_with_its_own_subject_continues_nothing(pipeline):
    text = ("The United States and North Korea held talks in Hanoi in February. China and "
            "Japan held talks in Tokyo in October.")
    ev = [e for e in _events(pipeline, text) if "talks" in e.trigger.text][-1]
    assert _countries(ev, "source") == {"CHN", "JPN"}
    assert not any(p.inherited for p in ev.source)


def test_an_event_naming_no_target_continues_the_same_actors_earlier_one(pipeline):
    text = ("Modi visited Mauritius in March. Analysts said Modi's visit was aimed at "
            "countering China.")
    ev = [e for e in _events(pipeline, text) if e.trigger.text == "visit"][-1]
    (tgt,) = ev.target
    assert tgt.actor.country == "MUS" and tgt.inherited
    assert tgt.actor.evidence == "earlier event: Mauritius"


def test_another_actors_event_passes_on_no_target(pipeline):
    text = ("Israeli jets struck Hezbollah positions in southern Lebanon on Monday. Turkey "
            "carried out more strikes on Tuesday, officials said.")
    ev = [e for e in _events(pipeline, text) if "strikes" in e.trigger.text][-1]
    assert ev.target == []


@pytest.mark.parametrize(("text", "country"), [
    ("Anna Turk", None), ("Jean French", None), ("Sarah English", None),
    ("Chinese officials", "CHN"), ("Bosnian Serb leader", "BIH"),
    ("Northern Irish police", "IRL"), ("Turkish Cypriot leader", "TUR"),
])
def test_a_demonym_after_a_given_name_is_a_family_name(text, country):
    import datetime as dt

    from eventwire.annotate.actors import default_registry

    ref = default_registry().match(text, dt.date(2025, 1, 1))
    assert (ref.country if ref else None) == country


@pytest.mark.parametrize(("text", "trigger", "country", "evidence"), [
    ("Pakistan has closed its airspace to Indian airlines. Tariq Hameed, the country's foreign "
     "minister, accused India of aggression on Friday.", "accused", "PAK", "refers to: Pakistan"),
    ("NAIROBI - Police dispersed protesters. The country's interior minister defended the "
     "police.", "defended", "KEN", "dateline: NAIROBI"),
])
def test_the_countrys_agent_belongs_to_the_country_named_before(pipeline, text, trigger,
                                                               country, evidence):
    (src,) = _event(_events(pipeline, text), trigger).source
    assert (src.actor.country, src.actor.evidence) == (country, evidence)


def test_the_countrys_agent_after_two_subjects_is_not_guessed(pipeline):
    text = "India and Pakistan held talks on Monday. The country's army chief praised the talks."
    ev = _event(_events(pipeline, text), "praised")
    assert not any(p.actor and str(p.actor.evidence).startswith("refers to")
                   for p in ev.source)


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Chile has closed its border with Peru. The country's Foreign Minister Alberto Ruiz "
     "accused Peru of violating the accord.", "accused", "CHL"),
    ("Norway expelled two diplomats on Monday. The nation's Defence Minister Ola Brekke "
     "condemned Russia on Tuesday.", "condemned", "NOR"),
])
def test_a_titled_person_of_the_country_takes_the_country_named_before(pipeline, text, trigger,
                                                                       country):
    ev = _event(_events(pipeline, text), trigger)
    (src,) = ev.source
    assert src.text.endswith(("Ruiz", "Brekke")) and src.actor.country == country
    assert src.actor.role and src.actor.role.endswith("minister")
    assert src.actor.evidence.startswith("refers to:")


@pytest.mark.parametrize(("text", "trigger", "bloc"), [
    ("Hungary refused to join the EU plan, and Budapest criticized the bloc on Tuesday.",
     "criticized", "org:eu"),
    ("ASEAN foreign ministers gathered in Jakarta. Myanmar's junta later accused the bloc of "
     "meddling.", "accused", "org:asean"),
])
def test_the_bloc_refers_to_the_bloc_named_before(pipeline, text, trigger, bloc):
    ev = _event(_events(pipeline, text), trigger)
    assert bloc in {p.actor.id for p in ev.target if p.actor}
    assert any(str(p.actor.evidence).startswith("refers to:") for p in ev.target if p.actor)


def test_the_bloc_without_a_named_bloc_links_nobody(pipeline):
    ev = _event(_events(pipeline, "Budapest criticized the bloc on Tuesday."), "criticized")
    assert not any(p.actor and p.actor.kind == "igo" for p in ev.target)


def test_a_bare_plural_title_is_the_last_two_people_named(pipeline):
    text = ("Brazilian President Lula met Chilean President Gabriel Boric in Brasilia on "
            "Monday. The presidents signed a trade pact.")
    ev = _event(_events(pipeline, text), "signed")
    assert _countries(ev, "source") == {"BRA", "CHL"}


def test_a_narrowed_plural_title_is_not_a_pair(pipeline):
    text = ("Brazilian President Lula met Chilean President Gabriel Boric in Brasilia on "
            "Monday. The new presidents of Peru and Bolivia signed a trade pact.")
    ev = _event(_events(pipeline, text), "signed")
    assert _countries(ev, "source") == {"PER", "BOL"}


@pytest.mark.parametrize(("text", "country"), [
    ("Tomas Varga, a Slovak farmer, accused the police of beatings.", "SVK"),  # opens the text
    ("On Monday Tomas Varga, a Slovak farmer, accused the police of beatings.", "SVK"),
    ("Tomas Varga accused the police of beatings.", None),  # no description, no country
])
def test_a_described_person_opening_the_text_takes_the_apposition_country(pipeline, text,
                                                                          country):
    (src,) = _event(_events(pipeline, text), "accused").source
    assert src.text == "Tomas Varga"
    assert (src.actor.country if src.actor else None) == country


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Somali soldiers surrounded two al-Shabaab militants in Mogadishu. Four of them blew "
     "themselves up.", "blew", "SOM"),
    ("Police in Kenya arrested six protesters. Two of them attacked the officers.",
     "attacked", "KEN"),
    ("Chadian troops captured 40 Boko Haram fighters. Many of them attacked a checkpoint.",
     "attacked", "NGA"),
    ("Chadian troops captured 40 Boko Haram fighters. Some of them attacked a checkpoint.",
     "attacked", "NGA"),
])
def test_a_part_of_them_is_a_part_of_the_group_named_before(pipeline, text, trigger, country):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {country}


def test_a_part_of_a_group_naming_nobody_reaches_no_further_back(pipeline):
    ev = _event(_events(pipeline, "Russian forces fired at the border posts, and three of "
                                  "those were destroyed."), "destroyed")
    assert "Russian forces" not in _texts(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "country", "words"), [
    ("Bosnian Serb forces shelled the town on Monday.", "shelled", "BIH", "Bosnian Serb forces"),
    ("Kosovo Serb protesters attacked the police on Monday.", "attacked", "XKX",
     "Kosovo Serb protesters"),
    ("Serb forces shelled the town on Monday.", "shelled", "SRB", "Serb forces"),
])
def test_a_people_after_a_country_word_is_of_that_country(pipeline, text, trigger, country,
                                                          words):
    (src,) = _event(_events(pipeline, text), trigger).source
    assert (src.text, src.actor.country) == (words, country)


def test_a_peoples_leader_is_no_office_holder_of_the_state(pipeline):
    (src,) = _event(_events(pipeline, "The Bosnian Serb leader criticised the court on "
                                       "Monday."), "criticised").source
    assert src.actor.country == "BIH" and src.actor.kind == "state"


def _agent_entities(text: str):
    from eventwire.model import Article
    (ex,) = list(Pipeline().run([Article(id="t", text=text, published="2025-05-07")]))
    return [e for e in ex.entities if e.actor is not None]


@pytest.mark.parametrize(("text", "word", "country", "antecedent"), [
    ("LIMA, March 3 - Ecuador's foreign ministry summoned the Peruvian ambassador over the "
     "border incident. The ministry said the patrol had crossed without permission.",
     "ministry", "ECU", "Ecuador's foreign ministry"),
    ("SANTIAGO - Bolivia's army closed two crossings on Monday after a shootout. The army "
     "accused smugglers of firing first.", "army", "BOL", "Bolivia's army"),
    ("QUITO - The Colombian government recalled its envoy. Later the government demanded an "
     "apology.", "government", "COL", None),
])
def test_a_definite_body_noun_refers_to_the_body_named_just_before(text, word, country,
                                                                   antecedent):
    ents = [e for e in _agent_entities(text) if e.text.lower() == word]
    assert ents and ents[-1].actor.country == country
    if antecedent:
        assert ents[-1].actor.evidence == f"refers to: {antecedent}"


def test_a_definite_body_noun_with_two_bodies_before_keeps_the_dateline():
    text = ("LIMA - Ecuador's foreign ministry and Chile's foreign ministry met on Monday. "
            "The ministry said talks would continue.")
    (e,) = [e for e in _agent_entities(text) if e.text.lower() == "ministry"]
    assert e.actor.country == "PER"
