"""Events with no subject of their own: who acts is read from the construction around them."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "country"), [
    ("Norway played a key role in talks with the rebels in Colombia.", "NOR"),
    ("Qatar took part in talks with the Taliban on Monday.", "QAT"),
    ("The minister credited Ghana for playing a part in talks with Togo.", "GHA"),
])
def test_who_plays_a_role_in_an_event_takes_part_in_it(pipeline, text, country):
    ev = _event(_events(pipeline, text), "talks")
    assert _countries(ev, "source") == {country}


def test_progress_in_talks_names_no_party(pipeline):
    events = _events(pipeline, "Norway criticised the lack of progress in talks with the rebels.")
    assert not any(ev.type == "CONSULT" and "NOR" in _countries(ev, "source") for ev in events)


def test_the_owner_of_a_decision_by_phrase_acts_in_it(pipeline):
    ev = _event(_events(pipeline, "The decision by Russia to withdraw from the treaty drew "
                                  "criticism."), "withdraw")
    assert _countries(ev, "source") == {"RUS"}


def test_a_decision_criticised_by_someone_is_not_theirs(pipeline):
    ev = _event(_events(pipeline, "The decision to withdraw from the treaty was criticised by "
                                  "Germany."), "withdraw")
    assert "DEU" not in _countries(ev, "source")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Germany's move drew sharp criticism from France.", "criticism", "FRA", "DEU"),
    ("Iran faced new sanctions from the United States.", "sanctions", "USA", "IRN"),
    ("Hungary faced criticism from the European Commission over the law.", "criticism", "IGO",
     "HUN"),
    ("France voiced sharp criticism of Germany's move.", "criticism", "FRA", "DEU"),
])
def test_who_faces_or_draws_an_act_undergoes_it(pipeline, text, trigger, source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert (_countries(ev, "source"), _countries(ev, "target")) == ({source}, {target})


def test_an_unnamed_critic_is_not_the_criticised(pipeline):
    ev = _event(_events(pipeline, "The decision by Russia to withdraw from the treaty drew "
                                  "criticism."), "criticism")
    assert _countries(ev, "target") == {"RUS"} and "RUS" not in _countries(ev, "source")


def test_who_is_protected_from_attacks_undergoes_them(pipeline):
    ev = _event(_events(pipeline, "The new wall will shield Israel from rocket attacks."),
                "attacks")
    assert _countries(ev, "target") == {"ISR"}


def test_who_refrains_from_attacks_is_not_their_target(pipeline):
    ev = _event(_events(pipeline, "Hezbollah refrained from attacks on Israel."), "attacks")
    assert _countries(ev, "target") == {"ISR"}


def test_who_acts_after_a_one_sided_act_did_not_do_it(pipeline):
    ev = _event(_events(pipeline, "Following the attack on the convoy, Pakistan closed the "
                                  "border."), "attack")
    assert "PAK" not in _countries(ev, "source")


@pytest.mark.parametrize(("text", "country"), [
    ("After talks with Putin, Trump said progress had been made.", "USA"),
    ("Following talks with Xi, Biden flew home.", "USA"),
])
def test_who_acts_after_talks_took_part_in_them(pipeline, text, country):
    ev = _event(_events(pipeline, text), "talks")
    assert country in _countries(ev, "source")


@pytest.mark.parametrize(("text", "target"), [
    ("Hungary refused to lift its veto despite pressure from Germany.", "DEU"),
    ("Israel refused to halt the offensive despite appeals from Egypt.", "EGY"),
    ("Turkey refused to back down in the face of American pressure.", "USA"),
    ("Hungary refused to lift its veto despite pressure.", None),
    ("Hungary refused to lift its veto despite talks with Germany.", None),
])
def test_who_presses_for_what_is_refused_is_its_target(pipeline, text, target):
    ev = _event(_events(pipeline, text), "refused")
    assert _countries(ev, "target") == ({target} if target else set())


@pytest.mark.parametrize(("text", "country"), [
    ("Russian missiles struck Kyiv overnight. Two people were killed and ten wounded.", "UKR"),
    ("MOSCOW - Russian forces attacked Kharkiv. Three civilians were killed.", "UKR"),
    ("Russian missiles struck Kyiv overnight. Two people were killed and ten wounded in "
     "Russia.", "RUS"),  # the sentence places the victims itself
])
def test_unnamed_victims_are_of_the_country_their_attacker_attacks(pipeline, text, country):
    ev = _event(_events(pipeline, text), "killed")
    assert _countries(ev, "target") == {country}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Thai Prime Minister Paetongtarn Shinawatra said on Friday that talks would resume next "
     "week.", "talks", "THA"),
    ("Chinese Foreign Minister Wang Yi said that negotiations with Washington would continue.",
     "negotiations", "CHN"),
    ("\"There will be no talks until the shelling stops,\" Ukrainian Foreign Minister Andrii "
     "Sybiha said.", "talks", "UKR"),
    ("Kenyan President William Ruto said sanctions could follow if Uganda closed the border.",
     "sanctions", "KEN"),
])
def test_talks_or_a_threat_naming_nobody_are_the_speakers(pipeline, text, trigger, country):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {country}
    assert ev.source[0].inherited and ev.source[0].actor.evidence.startswith("speaker:")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Iran's foreign minister said sanctions had hurt ordinary people.", "sanctions"),
    ("Ukrainian officials said the attacks killed 20 people.", "killed"),
    ("The Malawian president said relief had arrived in the flooded districts.", "relief"),
])
def test_what_a_speaker_reports_of_others_is_not_theirs(pipeline, text, trigger):
    ev = _event(_events(pipeline, text), trigger)
    assert not any((p.actor.evidence or "").startswith("speaker:") for p in ev.source
                   if p.actor is not None)


def test_an_analyst_discussing_talks_is_no_party(pipeline):
    ev = _event(_events(pipeline, "Amnesty International spokesperson Jane Porter said that "
                                  "talks would resume next week."), "talks")
    assert ev.attribution is not None and ev.attribution.actor.country == "NGO"
    assert not any((p.actor.evidence or "").startswith("speaker:") for p in ev.source
                   if p.actor is not None)


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Kenyan President William Ruto said the gang members were charged with murder.",
     "charged", "KEN"),
    ("Chilean Foreign Minister Alberto van Klaveren said an apology had been demanded from "
     "Peru.", "demanded", "CHL"),
])
def test_a_charge_or_demand_naming_nobody_is_the_reporting_speakers(pipeline, text, trigger,
                                                                country):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {country}
    assert ev.source[0].actor.evidence.startswith("speaker")


def test_an_accusation_against_the_speakers_own_country_is_not_the_speakers(pipeline):
    ev = _event(_events(pipeline, "Kenyan President William Ruto said Kenya had been accused "
                                  "of hiding the rebels."), "accused")
    assert "KEN" not in _countries(ev, "source")
