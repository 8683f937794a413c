"""Modality decision rules: background history, conditional consequents, hypothetical
subjects and speech, negated ability, analysis blocks; through the real pipeline."""

from __future__ import annotations

import pytest
from pipeline_runs import modality

from eventwire.extract.modality import _clause_as_object, _clause_prep
from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

DATE = "2025-01-25"
TEXTS = {
    "offset": "The funeral was held in Sidon on Sunday, nearly six months after he was killed "
              "in a drone strike.",
    "when_date": "Veterans still remember March 1991, when the army's withdrawal from the "
                 "valley came overnight.",
    "old_year": "Government jets bombed the bridge in 1999, when rebels had seized it.",
    "old_sentence": "The accord follows the framework set out in a speech in May 2019.",
    "recent": "Government jets bombed the bridge on Saturday. The army withdrew from the "
              "town last week.",
    "recent_background_clause": "The truce agreed on Tuesday ended clashes that had killed "
                                "40 people in March 2021.",
    "as_clause_headline": "African Union urges restraint as Ethiopian-Eritrean fighting spreads "
                          "to coast\n\nBy a correspondent",
    "risk": "A renewed border clash is the greatest risk for the valley.",
    "indefinite_modal": "A single contested strike could wreck the arrangement.",
    "definite_modal": "The strike on Monday could wreck the arrangement.",
    "unless": "Both states face US tariffs of 20% from March 1 unless they sign deals.",
    "if_consequent": "Redland will attack if the militia breaks the accord.",
    "if_present_strike": "\"If they rearm, we strike,\" the Redland defence minister said.",
    "conditional_threat": "Israel threatened to strike Beirut if Hezbollah fired again.",
    "modal_speech": "If troops stay, the rebels could claim they signed an accord.",
    "unable": "Parliament was unable to agree on a budget.",
    "no_subject": "The spokesman said no hostages were killed during the raid.",
    "no_object": "Police arrested nobody at the protest in Minsk.",
    "some_object": "Police arrested twelve activists at the protest in Minsk.",
    "since_clause": "The ministry says 900 people have been killed in the valley since the "
                    "rebels began shelling it in June 2021, most of them this month.",
    "since_phrase": "Rebel gunners have shelled the town almost daily since 2019, residents say.",
    "since_recent": "Twelve soldiers have been wounded since the truce took effect on Monday.",
    "first_since": "Rebel gunners shelled the capital on Sunday for the first time since 2006.",
    "season": "Farmers still recall the summer of 1988, when the militia burned the granary.",
    "decade": "Residents remember how soldiers looted the depot a decade ago.",
    "during_named": "During the 1994 crisis, the government expelled foreign reporters.",
    "during_recent": "During the clashes on Friday, police arrested twelve protesters.",
    "in_which": "The valley was split after the 1971 conflict, in which rebels captured the dam.",
    "named_not_temporal": "Redland tightened the 2019 embargo on Friday, which Blueland "
                          "protested.",
    "again_recent": "Washington imposed sanctions on the militia in 2019 and again in January.",
    "again_old": "Washington imposed sanctions on the militia in 2019 and again in 2021.",
    "remains_possible": "A renewed offensive remains possible, the analysts said.",
    "remains_stalled": "A new offensive remains stalled near the river.",
    "weighing": "The ministers are weighing new sanctions on the junta.",
    "imposing": "The ministers are imposing new sanctions on the junta.",
    "doubt_meet": "Diplomats doubt that the two presidents will meet this year.",
    "say_meet": "Diplomats say that the two presidents will meet this year.",
    "timeline": ("Key dates\n\n- 1998: Rebel gunners shell the dam on the river.\n"
                 "- March 2019 - Police arrest the union leaders in Minsk.\n"
                 "- 20 January: Government jets bomb the bridge near the border.\n"
                 "- Rebels seize the customs post, officials say."),
    "years_ago": "Years ago, rebels attacked the outpost near the dam.",
    "long_ago": "Rebels seized the customs post long ago, villagers said.",
    "described_rel": "The ceasefire that Redland announced in December has largely held, "
                     "diplomats said.",
    "described_noun": "The December offensive left the town in ruins, residents said.",
    "month_news": "Redland troops shelled the town in December, officials said. A December "
                  "offensive left the town in ruins.",
    "any_attack": "The kingdom reserves the right to retaliate against any attack.",
    "no_attack": "The army did not launch any attack on Monday.",
    "weeks_ago": "Two weeks ago, rebels attacked the outpost near the dam.",
    "inverted_should": "Should the truce collapse, the army would shell the border villages.",
    "inverted_were": "Were the rebels to attack the base, the army would respond.",
    "inverted_had": "Had the convoy been attacked, the aid would have been lost.",
    "inverted_after_comma": "The army would respond, should the rebels attack the base.",
    "plain_had": "Troops had withdrawn from the town, officials said.",
    "relative_had": "The army, which had attacked the base, withdrew on Friday.",
    "be_to": "Under the deal, the rebels are to release all prisoners.",
    "be_to_meet": "The president is to meet his counterpart on Monday.",
    "be_done": "The rebels were released on Monday.",
    "be_to_blame": "The rebels are to blame for the shelling of the depot.",
    "for_to": "The agreement calls for both sides to withdraw heavy weapons from the border.",
    "took_for_to": "It took three days for the army to retake the town.",
    "analysis": ("Possible Scenarios\n\nThe army strikes rebel positions near "
                 "the border.\n\nLatest news\n\nThe army struck rebel positions on Friday."),
    "dated_done": "The envoy signed the accord on Monday after meeting the rebel commanders.",
    "dated_future": "The envoy will sign the accord next week after meeting the rebel commanders.",
    "dated_refused": "The envoy did not sign the accord after meeting the rebel commanders.",
    "dated_wait": "The army will not wait for the monitors before attacking the rebel camps.",
    "dated_agreed": "The militia agreed to a truce on Sunday after attacking the army base.",
    "besides": "In addition to meeting the king, the envoy signed the accord on Monday.",
    "instead": "Instead of meeting the king, the envoy signed the accord on Monday.",
    "going_on": "A search of the valley has been going on for days with frequent exchange of "
                "fire reported between the army and the rebels.",
    "going_to": "The army is going to attack the rebel camps near the dam.",
    "went_on_to": "The army went on to shell the rebel camps near the dam on Sunday.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    """Each text through the real pipeline, published on DATE."""
    arts = [Article(id=k, text=v, published=DATE, published_from="input")
            for k, v in TEXTS.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}



@pytest.mark.parametrize("key,trigger", [("offset", "killed"), ("when_date", "withdrawal"),
                                         ("old_year", "bombed"), ("old_year", "seized")])
def test_events_dated_long_before_publication_are_background(extracted, key, trigger):
    ev = next(e for e in extracted[key].events if e.trigger.text.startswith(trigger))
    assert ev.modality == "background"
    assert ev.attributes["background"]["how"] in ("attached", "offset", "sentence")


@pytest.mark.parametrize("key,trigger", [("season", "burned"), ("decade", "looted"),
                                         ("during_named", "expelled"),
                                         ("in_which", "captured")])
def test_seasons_decades_and_named_periods_date_background(extracted, key, trigger):
    """A season or a decade ends when its year or decade ends; a period named by its year
    dates what happens 'during' it or in a 'when' / 'in which' clause hanging from it."""
    assert modality(extracted[key], trigger) == "background"


@pytest.mark.parametrize("key,trigger", [("years_ago", "attacked"), ("long_ago", "seized")])
def test_an_undated_long_ago_is_background(extracted, key, trigger):
    """'years ago' / 'long ago' place the clause long before publication without a date."""
    assert modality(extracted[key], trigger) == "background"


def test_a_finite_clause_after_as_is_no_content_of_the_request(extracted):
    """Headline style hangs 'as fighting spreads' under the requested noun as the object of
    'as': its finite verb makes it a clause of its own tense, outside what is urged; what
    a noun after 'as' ('serves as mediator') or another preposition is no such clause."""
    assert modality(extracted["as_clause_headline"], "fighting") == "asserted"

    class Tok:
        def __init__(self, lower_: str, tag_: str = "IN", dep_: str = "prep", head=None):
            self.lower_, self.tag_, self.dep_, self.head = lower_, tag_, dep_, head or self

    assert _clause_as_object(Tok("spreads", "VBZ", "pobj", Tok("as")))
    assert not _clause_as_object(Tok("mediator", "NN", "pobj", Tok("as")))
    assert not _clause_as_object(Tok("spreads", "VBZ", "pobj", Tok("like")))
    as_ = Tok("as")
    as_.children = [Tok("fighting", "VBG", "pcomp", as_)]  # 'urges calm as fighting spreads'
    assert _clause_prep(as_)
    as_.children = [Tok("mediator", "NN", "pobj", as_)]  # 'named him as mediator'
    assert not _clause_prep(as_)


def test_any_event_is_no_particular_event(extracted):
    assert modality(extracted["any_attack"], "attack") == "hypothetical"
    assert modality(extracted["no_attack"], "attack") == "negated"


def test_recent_period_and_plain_relative_clause_stay_asserted(extracted):
    assert modality(extracted["weeks_ago"], "attacked") == "asserted"
    assert modality(extracted["during_recent"], "arrested") == "asserted"
    assert modality(extracted["named_not_temporal"], "protested") == "asserted"


def test_an_event_dated_again_recently_is_news(extracted):
    assert modality(extracted["again_recent"], "imposed") == "asserted"
    assert modality(extracted["again_old"], "imposed") == "background"


def test_speculative_copula_consideration_and_doubt_are_hypothetical(extracted):
    """'remains possible' is a copula with a speculative complement; 'weigh' considers;
    'doubt' denies the belief, so no plan (and no intent) is reported."""
    assert modality(extracted["remains_possible"], "offensive") == "hypothetical"
    assert modality(extracted["weighing"], "sanctions") == "hypothetical"
    assert modality(extracted["doubt_meet"], "meet") == "hypothetical"
    assert not [e for e in extracted["doubt_meet"].events if e.type == "AGREE"]


def test_plain_copula_action_and_statement_keep_their_modality(extracted):
    assert modality(extracted["remains_stalled"], "offensive") == "asserted"
    assert modality(extracted["imposing"], "imposing") == "asserted"
    assert modality(extracted["say_meet"], "meet") == "planned"


def test_event_without_own_date_in_sentence_dated_only_long_ago_is_background(extracted):
    assert all(e.modality == "background" for e in extracted["old_sentence"].events)


def test_recent_events_stay_asserted(extracted):
    assert modality(extracted["recent"], "bombed") == "asserted"
    assert modality(extracted["recent"], "withdrew") == "asserted"


def test_only_the_old_clause_is_background(extracted):
    ex = extracted["recent_background_clause"]
    assert modality(ex, "truce") != "background"
    assert modality(ex, "killed") == "background"


def test_indefinite_event_under_risk_or_modal_is_hypothetical(extracted):
    assert modality(extracted["risk"], "clash") == "hypothetical"
    assert modality(extracted["indefinite_modal"], "strike") == "hypothetical"


def test_definite_event_subject_of_modal_stays_real(extracted):
    assert modality(extracted["definite_modal"], "strike") == "asserted"


def test_consequent_of_a_condition_is_hypothetical(extracted):
    assert modality(extracted["unless"], "tariffs") == "hypothetical"
    assert modality(extracted["if_consequent"], "attack") == "hypothetical"


def test_present_tense_consequent_read_as_an_attack_is_hypothetical(extracted):
    """'strike' may also strike a deal or a tone (speech-act readings in the lexicon), but
    read as an attack it is the condition's consequent, not an attack made."""
    attacks = [e for e in extracted["if_present_strike"].events if e.type == "ASSAULT"]
    assert attacks and all(e.modality == "hypothetical" for e in attacks)


def test_conditional_threat_is_still_a_real_threat(extracted):
    threat = [e for e in extracted["conditional_threat"].events if e.type == "THREATEN"]
    assert threat and threat[0].modality == "asserted"
    intent = [e for e in extracted["if_consequent"].events if e.type == "THREATEN"]
    assert intent and intent[0].modality == "asserted"


def test_content_of_a_hypothetical_statement_is_hypothetical(extracted):
    assert modality(extracted["modal_speech"], "signed") == "hypothetical"


@pytest.mark.parametrize("key,trigger", [("inverted_should", "truce"),
                                         ("inverted_were", "attack"),
                                         ("inverted_had", "attacked"),
                                         ("inverted_after_comma", "attack"),
                                         ("for_to", "withdraw")])
def test_condition_without_if_and_called_for_clause_are_hypothetical(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "hypothetical"


@pytest.mark.parametrize("key,trigger", [("be_to", "release"), ("be_to_meet", "meet")])
def test_be_to_infinitive_is_planned(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "planned"


@pytest.mark.parametrize("key,trigger", [("plain_had", "withdrawn"), ("relative_had", "attacked"),
                                         ("relative_had", "withdrew"), ("be_done", "released"),
                                         ("took_for_to", "retake")])
def test_past_perfect_passive_and_took_for_to_stay_asserted(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "asserted"


def test_to_blame_schedules_nothing(extracted):
    assert all(e.modality != "planned" for e in extracted["be_to_blame"].events)
    assert extracted["be_to_blame"].events


def test_inability_negates(extracted):
    assert modality(extracted["unable"], "agree") == "negated"


def test_an_event_whose_subject_or_object_is_no_one_is_negated(extracted):
    assert modality(extracted["no_subject"], "killed") == "negated"
    assert modality(extracted["no_object"], "arrested") == "negated"
    assert modality(extracted["some_object"], "arrested") == "asserted"


def test_analysis_heading_makes_its_section_hypothetical(extracted):
    evs = [e for e in extracted["analysis"].events if e.type == "ASSAULT"]
    assert [e.modality for e in evs] == ["hypothetical", "asserted"]


@pytest.mark.parametrize("key,trigger", [("since_clause", "killed"),
                                         ("since_phrase", "shelled")])
def test_tallies_since_a_date_long_ago_are_background(extracted, key, trigger):
    ev = next(e for e in extracted[key].events if e.trigger.text.startswith(trigger))
    assert ev.modality == "background" and ev.attributes["background"]["how"] == "since"


def test_tally_since_a_recent_day_or_a_first_since_stays_asserted(extracted):
    assert modality(extracted["since_recent"], "wounded") == "asserted"
    assert modality(extracted["first_since"], "shelled") == "asserted"


def test_an_old_date_labelling_a_timeline_entry_makes_it_background(extracted):
    """'- 1998: X shells the dam': the entry's label dates it, the year alone too."""
    ex = extracted["timeline"]
    shell = next(e for e in ex.events if e.trigger.text.startswith("shell"))
    assert shell.modality == "background" and shell.attributes["background"]["how"] == "label"
    assert modality(ex, "arrest") == "background"


def test_a_recent_label_or_no_label_keeps_a_timeline_entry_asserted(extracted):
    ex = extracted["timeline"]
    assert modality(ex, "bomb") == "asserted"
    assert modality(ex, "seize") == "asserted"


@pytest.mark.parametrize("key,expected", [("dated_done", "asserted"), ("dated_future", "planned"),
                                          ("dated_refused", "asserted")])
def test_a_dating_participle_is_an_act_with_the_modality_of_the_act_it_dates(extracted, key,
                                                                              expected):
    assert modality(extracted[key], "meeting") == expected


def test_a_participle_dating_a_refused_future_act_is_planned(extracted):
    assert modality(extracted["dated_wait"], "attacking") == "planned"


def test_a_dating_participle_takes_no_content_cue_of_the_act_it_dates(extracted):
    assert modality(extracted["dated_agreed"], "attacking") == "asserted"


@pytest.mark.parametrize("key", ["besides", "instead"])
def test_a_participle_after_another_preposition_is_no_act_of_its_own(extracted, key):
    assert not [e for e in extracted[key].events if e.trigger.text.lower() == "meeting"]


def test_cue_words_match_at_a_word_start_and_modals_only_whole() -> None:
    from eventwire.extract.modality import _has_cue

    cues = frozenset({"implication", "what next", "may", "could"})
    assert _has_cue("The Implications of the truce", cues)
    assert _has_cue("So, what next for the talks?", cues)
    assert not _has_cue("Complications at the border", cues)
    assert _has_cue("What may come after the vote", cues)
    assert not _has_cue("The Mayor's view", cues)
    assert not _has_cue("Clashes in May", cues)
    assert not _has_cue("Couldn't be clearer", frozenset({"could"}))
    assert not _has_cue("Anything", frozenset())


def test_going_on_reports_what_happens_and_going_to_plans(extracted):
    """'go' plans only the infinitive of 'going to': an operation 'going on with'
    exchanges of fire reports them, as 'went on to shell' does; 'is going to attack' plans
    the attack."""
    assert modality(extracted["going_on"], "exchange") == "asserted"
    assert modality(extracted["going_to"], "attack") == "planned"
    assert modality(extracted["went_on_to"], "shell") == "asserted"


def test_a_known_event_described_by_a_past_month_is_background(extracted):
    """A definite event noun dated to a past calendar month, on itself or by its relative
    clause ("the ceasefire that Redland announced in December", "the December offensive"),
    recounts; a clause or an indefinite noun of that month ("shelled the town in December",
    "a December offensive") still reports it."""
    assert modality(extracted["described_rel"], "ceasefire") == "background"
    assert extracted["described_rel"].events[0].attributes["background"]["how"] == "described"
    assert modality(extracted["described_noun"], "offensive") == "background"
    assert modality(extracted["month_news"], "shelled") == "asserted"
    assert modality(extracted["month_news"], "offensive") == "asserted"
