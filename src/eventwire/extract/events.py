"""PLOVER event extraction: the ``events_component`` of the per-article pipeline.

For each sentence: find triggers with the lexicons (extract/triggers.py),
let speech-act and policy triggers absorb the events they govern ("pledge to
refrain from attacks" is one AGREE), find source and target from the parse
(extract/arguments.py), link them to actors (extract/participants.py), then
add mode, contexts, date, location, attributes, modality, attribution,
commitments and a confidence. See ``eventwire/data/EVENTS.md``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from eventwire.annotate.agents import HARM_VERBS
from eventwire.annotate.doccache import sentence_words, tokens_in
from eventwire.annotate.focus import MEDIATOR_RE, focus_of
from eventwire.extract import attributes as attrs
from eventwire.extract.absorption import (
    absorbed_by,
    answered_by,
    released_from,
    root_governor,
    stopped_act,
    unnegated_condemned_act,
)
from eventwire.extract.agreements import (
    is_party,
    meeting_outcome,
    military_backing,
    no_commitment,
    no_doer,
    no_supporter,
    passing_relation,
    stated_terms,
    unmade_agreement,
)
from eventwire.extract.arguments import (
    ARMED_SECTORS,
    CAPTIVE_MODES,
    CEDED_PREPS,
    DOER_PREPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    Arguments,
    arguments_of,
    armed_or_physical,
    enabling_aid,
    joined_objects,
    names_party,
    reversed_doers,
    verb_subject,
)
from eventwire.extract.background import BACKGROUND, old_date
from eventwire.extract.bans import retype_bans
from eventwire.extract.clash_sides import clash_sides
from eventwire.extract.commitments import (
    FUTURE_AUX,
    attach_deadlines,
    build_commitment,
    commitment_kind,
    plan_commitment,
)
from eventwire.extract.conditions import commitment_condition
from eventwire.extract.discourse import (
    from_speaker,
    inherit_partner,
    inherit_source,
    inherit_target,
    own_participants,
    within_reach,
)
from eventwire.extract.effect_charges import (
    effect_doers,
    effect_lemmas,
    effect_predicate,
    effect_subject,
)
from eventwire.extract.episodes import leads_its_sentence, told_as_episode
from eventwire.extract.event_classifier import (
    best_case,
    cameo_floor,
    clause_token,
    confirmed_events,
    mark_shown,
    rescore_in_article,
    score_events,
    trigger_features,
)
from eventwire.extract.event_context import EventContext
from eventwire.extract.event_places import (
    NO_LOCATION_TARGET,
    PLACE_OBJECT_TYPES,
    attacked_place,
    authority_from_article,
    authority_from_location,
    direct_objects,
    domestic_target,
    event_subjects,
    location_target,
    mission_protest,
    released_by_own_state,
    residence_from_location,
    same_participant,
)
from eventwire.extract.forecasts import forecast_warning, state_warning
from eventwire.extract.formulas import reporting_formula
from eventwire.extract.headlines import article_sentences, parse_plans, sentence_plans
from eventwire.extract.intent import (
    conditional_threat,
    fold_action,
    folds_action,
    intent_event,
    speaker_token,
)
from eventwire.extract.interview import media_interview
from eventwire.extract.judged_refusals import judged_refusals
from eventwire.extract.lexicon import ORIGIN_CAMEO, Entry, Lexicon, load_lexicon
from eventwire.extract.memo import per_object
from eventwire.extract.modality import (
    ASSERTED,
    HYPOTHETICAL,
    NEGATED,
    PLANNED,
    SPEECH_ACT_TYPES,
    attempted_act,
    correlative_comparison,
    forecast,
    hedged,
    in_table,
    mark_background,
    mark_conditional,
    mark_recounted,
    mark_scheduled,
    modality_of,
    purpose_aim,
    section_label,
    standing_measure,
    syntactic_modality,
)
from eventwire.extract.modes import SKY_NOUNS, SKYWARD_PREPS, event_mode
from eventwire.extract.natural import (
    RESIGN_MODE,
    caused_resignation,
    generic_means,
    natural_event,
    no_attacker,
    no_party_causer,
    person_noun,
    scene_of_attack,
    violence_noun,
)
from eventwire.extract.participants import (
    NAME_SPLIT,
    participants_of,
    placed_by_context,
    split_names,
)
from eventwire.extract.particular import particular_occurrence, told_as_common
from eventwire.extract.patrols import party_patrol
from eventwire.extract.quotes_demand import demand_events
from eventwire.extract.quotes_disapproval import disapproval_events, judged, light_predicate
from eventwire.extract.quotes_refusal import refusal_events
from eventwire.extract.reception import countered_threat, ended_charge, met_with_reception
from eventwire.extract.references import charged_act, existing_agreement, referring
from eventwire.extract.reported_acts import harm_words, reported_acts
from eventwire.extract.resolve import (
    attribution_of,
    context_participants,
    infer_consult_modes,
    planned_antecedent,
    reduce_sentence_events,
    story_attackers,
    visitors_as_sources,
)
from eventwire.extract.responses import answered as answered_act
from eventwire.extract.tables import chronology_row
from eventwire.extract.threat_modes import threat_modes
from eventwire.extract.triggers import (
    PLACE_ENTS,
    PLACE_NOUNS,
    TIME_ENTS,
    Trigger,
    find_triggers,
    misread_degree,
    quantity_head,
)
from eventwire.extract.truces import (
    HAND_OVER_MODES,
    hand_over,
    into_agreement_noun,
    retype_truces,
    truce_context,
    truce_mention,
)
from eventwire.extract.ultimatums import search_threats, ultimatum_target, ultimatum_threat
from eventwire.extract.visits import PLACE_KIND, domestic_trip
from eventwire.extract.welcomed_acts import welcomed_acts
from eventwire.fuse.dates import AFTER_STATEMENT
from eventwire.model import EventMention, Extraction, Participant

OPTION_LEXICONS = "plover_lexicon_files"
ASSAULT_TYPE = "ASSAULT"  # what a role-reversed attack noun said of an armed subject reads as
DONE_TO_DEPS = ("dobj", "nsubjpass")  # the noun an act is done to
RELATIVE_DOERS = ("who", "that", "which")  # a relative clause's subject that is its head noun
REVERSED_KEY = "reversed"  # trigger_info of a role-reversed phrase ('came under fire')
OPTION_ALL_EVENTS = "all_events"  # keep CAMEO-only candidates the model does not confirm
COMMITMENT_MODALITIES = (ASSERTED, PLANNED)
SAID_PURPOSE_TYPES = ("REQUEST", "ACCUSE", "PROTEST", "REJECT")  # 'gathered to demand': said there
CONFIDENCE = {
    ("verbal", 2): 0.9, ("verbal", 1): 0.75, ("verbal", 0): 0.5,
    ("nominal", 2): 0.8, ("nominal", 1): 0.65, ("nominal", 0): 0.35,
    ("clause", 2): 0.7, ("clause", 1): 0.6, ("clause", 0): 0.35,
    ("context", 2): 0.5, ("context", 1): 0.45, ("context", 0): 0.35,
}
CONDITIONAL_BONUS = 0.05
LEAD_CHARS = 400  # sentences starting this early are the article's lead
VICTIM_TYPES = ("ASSAULT", "COERCE")  # an unnamed target is placed where the event happens
DEFINITE_DETS = ("the", "this", "that", "these", "those")
CHARGED_TYPES = ("ASSAULT", "COERCE", "THREATEN", "SANCTION")  # the hostile acts a statement may charge
CHARGE_TYPE, CHARGE_MODE = "ACCUSE", "allege"
CONDUCT_TYPE = "REJECT"  # defiance told by another: 'said X is defying the court' is a charge
FIRST_PERSON = ("i", "we", "us", "me")
CAMEO_ORIGIN = "cameo"  # the origin of a trigger read from PETRARCH2's dictionary alone
DATED_POSSESSORS = ("DATE", "TIME")
RETREAT_TYPE = "RETREAT"  # material concessions: only those that occur (PLOVER codebook)
RELEASE_TYPE, DETENTION_TYPE = "RETREAT", "COERCE"  # 'her release from being jailed by X'
VERBAL_SUPPORT_TYPE = "SUPPORT"  # verbal support: only support expressed (PLOVER codebook)
PROMISED_TYPES = (RETREAT_TYPE, VERBAL_SUPPORT_TYPE)  # a future one is the promise alone
SIGNED_TYPE, AGREEMENT_TYPE = "SUPPORT", "AGREE"  # signing an agreement (CAMEO 057) is SUPPORT
SIGNED_OBJECTS = ("agreement", "accord", "pact", "treaty")  # CAMEO's &TREATY synset
SHOW_OF_FORCE, JOINT_TYPE = "MOBILIZE", "COOPERATE"  # one party's exercise / a joint one
THREAT_TYPE = "THREATEN"
SIDED_LEMMAS = ("meet",)  # 'X and Y met' as 'X met Y': one side the source, the other the target
MAKER_DEPS = ("amod", "compound", "nmod")  # 'Russian S-400': the maker of a bought thing
RECIPROCAL_PRONOUNS = ("each other", "one another")
EXCHANGE_VERBS = ("trade", "exchange", "swap")  # 'X and Y traded accusations': each at the other
ATTACK_TYPE = "ASSAULT"
ABDUCT_VERBS = ("abduct", "kidnap", "hijack")  # hostage-taking beside an attack: an act of its own
HOSTAGE_VERBS = ("take", "hold", "seize")
HOSTAGE_NOUNS = ("hostage", "hostages")
HOSTAGE_DEPS = ("dobj", "oprd", "ccomp")  # 'taking six guards [hostage]' parsed as a clause
ABDUCT_MODE = "ASSAULT/abduct"
AID_TYPE = "AID"  # a participle of support between armed forces: military assistance
SUPPORT_TYPE = "SUPPORT"  # support a deed was done with: AID (_as_military_aid)
ATTACK_NOUN_TYPES = ("ASSAULT", "COERCE")  # trigger nouns that name an attack ('the raid')
MEETING_TYPE, INTENT_TYPE = "CONSULT", "AGREE"  # 'ready for talks': intent to meet (CAMEO 036)
READY_WORDS = ("ready", "open", "willing", "prepared", "available")
READY_PREPS = ("for", "to")
OPEN_DOOR_NOUNS = ("door",)  # 'left the door open to talks': ready for them
EXERCISE_LEMMAS = ("exercise", "war-game", "wargame", "drill", "maneuver", "manoeuvre", "patrol",
                   "game")
MEASURE_TYPES = ("SANCTION", "COERCE")  # a measure a party seeks to lift is in force
ATTEMPTED_TYPES = ("ASSAULT",)  # an attempted attack or assassination is coded (codebook)
CLAUSE_POS = ("VERB", "AUX")  # the head of a clause a nominal mention is the subject of
NOUN_POS = ("NOUN", "PROPN")  # the head noun of a compound ('the [ceasefire] arrangement')
OWN_OBJECT_DEPS = ("dobj", "nsubjpass")  # what a coordinated verb acts on by itself
OWN_SUBJECT_DEPS = ("nsubj", "nsubjpass")
DESCRIPTOR_DEPS = ("npadvmod", "nmod", "compound", "amod")  # inside a noun's modifier
DESCRIPTOR_TAGS = ("JJ", "VBN", "VBG", "AFX")  # 'war-[torn]', '[high]-threat', '[anti]-war'
TOPIC_PREPS = ("about", "regarding", "concerning")  # 'spoke about the withdrawal'
TOPIC_VERBS = ("speak", "talk", "ask", "comment", "testify", "answer", "inquire", "enquire",
               "chat", "joke", "remark", "lecture", "brief", "tell", "hear", "learn", "know",
               "think", "read", "care")  # verbs of speaking, asking or knowing about a topic
LATER_WORDS = ("later", "then", "again", "afterwards", "subsequently")
LIGHT_VERBS = ("have", "hold", "host", "carry", "conduct", "launch", "stage", "mount")
DAY_PREPS = ("on",)  # 'on Monday': the day of a coordinated act
PLACE_PREPS = ("in", "at", "near", "outside", "inside", "around")  # where a coordinated act is set
# the place nouns of a coordinated act: the trigger module's, and the places an attack or a
# meeting is set in beside them
ACT_PLACE_NOUNS = frozenset((*PLACE_NOUNS, "border", "state", "county", "camp", "market",
                             "neighborhood", "neighbourhood", "suburb", "port"))
PART_NOUNS = ("north", "south", "east", "west", "northeast", "northwest", "southeast",
              "southwest", "centre", "center")  # 'in the north'
SEPARATE_WORDS = ("separate", "separately", "unrelated", "different")  # 'In separate attacks, ...'
ANOTHER_WORDS = ("another",)  # '... and wounded five in another attack': an act of its own
BACKGROUND_PREPS = ("after", "since", "following", "amid", "amidst", "despite", "before", "during",
                    "until", "over")
# where a party is ('a boat [on] Lake Kivu', 'the town [in] North Kivu'), not who it is
SETTING_PREPS = ("in", "on", "at", "along", "off", "near", "across", "inside", "outside", "around")
GEOGRAPHIC_LABELS = ("LOC", "FAC")  # lakes, rivers, regions, mountains, roads, bridges


PREPARED_KEY = "eventwire.events.prepared"  # Doc.user_data: what prepare_events made

ENTRY_STAMP_RE = re.compile(  # the clock stamp opening a live page's entry ("16:30 GMT: ...")
    r"^[ \t]*(?:Updated:?\s*)?\d{1,2}[:.]\d{2}[ \t]*(?:GMT|UTC|local(?: time)?|[AP]M)?[ \t]*[:\-–—][ \t]",
    re.M)


def events_component(ex: Extraction, ctx: Any) -> None:
    """Pipeline component: fill ``ex.events`` with PLOVER event mentions."""
    ready = ex.doc.user_data.pop(PREPARED_KEY, None) if ex.doc is not None else None
    ectx, parsed = ready if ready is not None else (_event_context(ex, ctx), None)
    events = extract_events(ectx, parsed)
    for ev in events:  # the live-page entry each mention sits in, derived ones too
        entry = entry_of(ectx.text, ev.trigger.start)
        if entry is not None:
            ev.attributes["entry"] = entry
    rescore_in_article(events)
    mark_shown(events)
    ex.events.extend(events)


def _event_context(ex: Extraction, ctx: Any) -> EventContext:
    """The event extractor's lookups for one article under the pipeline's options."""
    options = getattr(ctx, "options", {}) or {}
    lexicon = load_lexicon(tuple(options.get(OPTION_LEXICONS, ())))
    ectx = EventContext.build(ex, lexicon, getattr(ctx, "registry", None))
    ectx.all_events = bool(options.get(OPTION_ALL_EVENTS))
    return ectx


def prepare_events(exs: list[Extraction], ctx: Any) -> None:
    """Pipeline batch step before ``events_component``: the headline re-parses of all the
    batch's articles in one call of the model; each article's lookups and re-parsed docs
    wait in its doc's ``user_data`` for the component."""
    from eventwire.annotate.nlp import load_nlp

    ready = [(ex, _event_context(ex, ctx)) for ex in exs if ex.doc is not None]
    plans = [sentence_plans(ectx, list(ex.doc.sents)) for ex, ectx in ready]
    for (ex, ectx), article_plans, docs in zip(ready, plans, parse_plans(load_nlp(), plans),
                                               strict=True):
        ex.doc.user_data[PREPARED_KEY] = (ectx, (article_plans, docs))


events_component.prepare_batch = prepare_events  # type: ignore[attr-defined]


def extract_events(ectx: EventContext, parsed: tuple[Any, list[Any]] | None = None
                   ) -> list[EventMention]:
    """All event mentions of the article, in text order (``parsed``: its headline re-parse
    plans and docs, when ``prepare_events`` ran them)."""
    from eventwire.annotate.nlp import load_nlp

    events: list[EventMention] = []
    for part in article_sentences(ectx, list(ectx.ex.doc.sents), load_nlp(), parsed):
        events.extend(sentence_events(ectx, part, events))
    infer_consult_modes(events)
    threat_modes(events, ectx.ex.doc, ectx.lexicon)
    visitors_as_sources(events, ectx.text)
    story_attackers(events, ectx.registry, focus_of(ectx.ex.doc), ectx.ex.doc)
    clash_sides(events, ectx)
    return events


def sentence_events(ectx: EventContext, sent: Any, previous: list[EventMention]
                    ) -> list[EventMention]:
    """The event mentions of one sentence."""
    if in_table(ectx.blocks, sent.start_char) and \
            chronology_row(ectx.blocks, ectx.text, sent.start_char) is None:
        return []  # a data table's rows are no sentences; a chronology's dated rows are
    if section_label(ectx.blocks, sent):
        return []
    triggers = retype_bans([_as_military_aid(t) for t in
                            retype_truces(find_triggers(sent, ectx.lexicon), ectx.lexicon)])
    absorbed = absorbed_by(triggers)
    answered = answered_by(triggers)
    for i, owner in into_agreement_noun(triggers).items():
        absorbed.setdefault(i, owner)  # 'the [ceasefire] agreement' is one AGREE
    out: list[EventMention] = []
    derived: list[EventMention] = []
    tokens: dict[int, Any] = {}  # the trigger token of each verbal or nominal mention
    effects, judged_by_effect = _effect_charges(ectx, sent, previous)
    for trig in triggers:
        if trig.token.i in absorbed or not (ectx.all_events or _may_be_confirmed(trig)):
            continue
        if trig.entry.reversed and not _reversed_reading(trig, ectx.lexicon):
            continue  # 'received a message from a friend', 'the minister came under fire'
        if trig.entry.reversed:
            trig = _undergone_assault(trig, ectx.lexicon)  # 'a convoy came under fire'
        if trig.token.i in judged_by_effect or _value_threatened(ectx, trig) or \
                _value_attacked(ectx, trig):
            continue  # '"X is undermining the truce," she said': the charge, not the truce
        charge = _charge(ectx, trig, sent, previous + out)
        if charge is not None:
            out.extend(charge)  # 'believes the attack was a plot by X': X is charged with it
            continue
        embedded = [t for t in triggers if root_governor(t, absorbed) is trig or
                    answered.get(t.token.i) is trig]
        ev = build_event(ectx, trig, sent, embedded, previous + out)
        if ev is not None and _cause_of_a_state(trig, ev):
            ev.modality = BACKGROUND  # 'villages affected by the fighting': told before
        if ev is not None:
            ev = _conduct_charge(ectx, trig, ev)  # '"they are defying the court," she said'
        if ev is not None and trig.entry.obliged and ev.modality in (HYPOTHETICAL, PLANNED):
            ev.modality = _rule_modality(ectx, trig)  # 'must obtain permission': a rule in force
        if ev is not None and trig.entry.denied_permission and ev.modality == NEGATED:
            ev.modality = syntactic_modality(trig.token, ectx.lexicon, negation=False)
            # 'is not allowed to leave': the negation is the restriction itself
        if ev is not None and ev.modality == NEGATED and unnegated_condemned_act(trig, triggers):
            ev.modality = syntactic_modality(trig.token, ectx.lexicon, negation=False)
            # 'has not condemned the invasion': the invasion took place
        if ev is not None and trig.token.i in answered and ev.modality == NEGATED:
            ev.modality = syntactic_modality(trig.token, ectx.lexicon, negation=False)
            # 'rejected calls for talks': the calls were made; the refusal negates only their aim
        if ev is not None and ev.type == AGREE_TYPE and ev.modality == NEGATED and \
                _failed_agreement(trig):
            ev = replace(ev, type=REJECT_TYPE, mode=None, modality=syntactic_modality(
                trig.token, ectx.lexicon, negation=False))
            # 'failed to reach agreement': CAMEO's 'fail' (120) is a rejection, told as done
        if ev is not None and protesters_speech(ev, trig.token, ectx.lexicon):
            if any(t.entry.type == PROTEST for t in triggers):
                continue  # 'marched through the capital and demanded ...': one PROTEST
            ev = replace(ev, type=PROTEST, mode=None)
        if ev is not None:
            tokens[id(ev)] = trig.token
        if ev is not None and mention_filter(ectx, trig, ev, triggers) is not None:
            continue  # 'calls for sanctions', 'at one summit', 'evacuation camps'
        if ev is not None:
            intents = _intent(ectx, ev, trig)
            for found in intents:
                ultimatum_target(ectx, found, previous + out)  # the side it was already warning
            if intents and (folds_action(intents[0], trig.token, ectx.lexicon) or
                            _promised_retreat(ev, intents[0])):
                fold_action(intents[0], ev)  # 'is willing to withdraw' is one AGREE
            else:
                out.append(ev)
                for day in _attacks_by_day(ectx, trig, ev):
                    tokens[id(day)] = trig.token
                    out.append(day)  # 'struck Kharkiv on Monday and Odesa on Tuesday'
                for mode in _coordinated_weapons(trig, ev, ectx.lexicon):
                    twin = replace(ev, mode=mode, source=list(ev.source), target=list(ev.target),
                                   attributes={**ev.attributes, WEAPONS_KEY: True})
                    tokens[id(twin)] = trig.token
                    out.append(twin)  # 'a bomb and gun attack': one ASSAULT per weapon
            derived.extend(intents)
    _destruction_in_attack(out, tokens)
    out += derived + effects
    # a dictionary-only ACCUSE ('expressed strong dissatisfaction': CAMEO 111, mostly below the
    # confidence gate) does not tell the sentence's charge; the quoted disapproval of the same
    # words, with its speaker and the party judged, takes its place
    guessed = [e for e in out if e.type == "ACCUSE" and
               (e.attributes.get("trigger_info") or {}).get("origin") == CAMEO_ORIGIN]
    accusations = disapproval_events(sent, ectx.ex.quotes,
                                     [e for e in out if not any(e is g for g in guessed)],
                                     ectx.lexicon.disapproval,
                                     lambda trig: build_event(ectx, trig, sent, [], previous + out),
                                     lambda tok: participants_of(ectx, tok, None))
    if accusations:
        out = [e for e in out if not any(e is g for g in guessed)]
    out = _without_judged_acts(out, accusations, tokens, sent) + accusations
    out += demand_events(sent, ectx.ex.quotes, out,
                         lambda trig: build_event(ectx, trig, sent, [], previous + out),
                         lambda tok: participants_of(ectx, tok, None),
                         ectx.registry.country_ref if ectx.registry is not None else None)
    out += welcomed_acts(sent, out, lambda trig: build_event(ectx, trig, sent, [], previous + out))
    out += refusal_events(sent, ectx.ex.quotes, out,
                          lambda trig: build_event(ectx, trig, sent, [], previous + out))
    out, judged = judged_refusals(sent, out, *_judging_words(ectx.lexicon),
                                  lambda trig: build_event(ectx, trig, sent, [], previous + out),
                                  lambda tok: participants_of(ectx, tok, None))
    out += judged
    out = reported_acts(sent, ectx.ex.quotes, out,
                        lambda trig: build_event(ectx, trig, sent, [], previous + out),
                        lambda tok: participants_of(ectx, tok, None),
                        harm_words(ectx.lexicon),
                        ectx.lexicon.patterns.get("wrongdoing", {}))
    out += search_threats(sent, out, lambda trig: build_event(ectx, trig, sent, [], previous + out),
                          ectx.lexicon, lambda tok: participants_of(ectx, tok, None))
    score_events(out)
    if not ectx.all_events:
        out = confirmed_events(out)
    lead = {id(ev) for ev in out if id(ev) in tokens and leads_its_sentence(ev, tokens[id(ev)])}
    out = _reduce(out, lambda a, b: _separate_acts(tokens.get(id(a)), tokens.get(id(b)))
                  or _opposite_directions(a, b) or _turned_sides(a, b)
                  or _done_by_its_object(tokens.get(id(a)), tokens.get(id(b)))
                  or _coordinated_means(a, b, tokens.get(id(a)), tokens.get(id(b)))
                  or _captives_apart(a, b, tokens.get(id(a)), tokens.get(id(b)))
                  or _answer_apart(tokens.get(id(a)), tokens.get(id(b)))
                  or _failure_apart(a, b, tokens.get(id(a)), tokens.get(id(b)))
                  or _destruction_apart(a, b)
                  or _days_apart(a, b, tokens.get(id(a)), tokens.get(id(b)))
                  or _partners_apart(a, b, tokens.get(id(a)), tokens.get(id(b))),
                  lambda e: id(e) in lead,
                  lambda a, b: _suffered_when(a, b, tokens.get(id(a)), tokens.get(id(b))))
    _share_coordinated_sides(out, tokens)
    _releaser_of_detention(out, tokens)
    out = _repeated_acts(ectx, sent, out, tokens)
    attach_deadlines(ectx, sent, out, lambda toks, date: _subject_participants(ectx, toks, date))
    return out


def mention_filter(ectx: EventContext, trig: Trigger, ev: EventMention,
                   triggers: list[Trigger]) -> str | None:
    """The name of the first rule by which a built mention is no event of its own ('calls for
    sanctions', 'at one summit', 'evacuation camps'), or None; ``sentence_events`` drops it."""
    rules: tuple[tuple[str, Callable[[], bool]], ...] = (
        ("generic_mention", lambda: _generic_mention(trig, ev, ectx.lexicon) and
         not told_as_episode(ev)),
        ("topic", lambda: _topic(trig)),
        ("descriptor", lambda: _descriptor(trig)),
        ("press_request", lambda: press_request(trig, ectx.lexicon)),
        ("medical_alert", lambda: medical_alert(trig, ectx.lexicon)),
        ("kind_modifier", lambda: _kind_modifier(trig, ev, triggers)),
        ("agent_kind", lambda: _agent_kind(ectx, trig, ev)),
        ("domestic_trip", lambda: domestic_trip(ev)),
        ("media_interview", lambda: media_interview(ev)),
        ("party_patrol", lambda: party_patrol(
            trig, triggers, lambda t: _undergone_assault(t, ectx.lexicon) if t.entry.reversed
            else t)),
    )
    return next((name for name, rule in rules if rule()), None)


def _repeated_acts(ectx: EventContext, sent: Any, out: list[EventMention],
                   tokens: dict[int, Any]) -> list[EventMention]:
    """An act its verb tells twice on two days ('imposed sanctions on him in 2023 and again in
    January', 'struck the port on Monday and again on Wednesday') is two events, the second
    dated by the date after 'and again' (via "again"); an act told once stays one."""
    doc = sent.doc
    times = [t for t in ectx.ex.times if sent.start_char <= t.start < sent.end_char]
    for ev in list(out):
        verb = tokens.get(id(ev))
        span = ev.date.get("span") if ev.date.get("from") == "text" else None
        if verb is None or verb.pos_ != "VERB" or not span:
            continue
        again = next((a for a in sent if a.i > verb.i and a.lower_ == "again" and a.i > sent.start
                      and doc[a.i - 1].lower_ == "and" and _in_clause_of(a, verb)), None)
        if again is None or again.idx < span["end"]:
            continue
        end = doc[min(again.i + 4, sent.end - 1)].idx
        later = next((t for t in times if again.idx < t.start <= end and t.start != span["start"]
                      and t.type in attrs.DATE_TYPES), None)
        if later is None:
            continue
        twin = replace(ev, date=attrs.text_date(ectx, later, "again"),
                       attributes=dict(ev.attributes), source=list(ev.source),
                       target=list(ev.target), contexts=list(ev.contexts))
        tokens[id(twin)] = verb
        out.insert(out.index(ev) + 1, twin)
    return out


def _in_clause_of(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` hangs in ``verb``'s clause: its heads reach the verb through no other
    verb."""
    head = tok.head
    while head.i != verb.i:
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return False
        head = head.head
    return True


def _as_military_aid(trig: Trigger) -> Trigger:
    """A participle of support between armed forces ('soldiers backed by allied troops') read
    as military AID, the entry it matched kept as ``retyped``; so is support a deed was done
    with ('with support from Y, X built ten clinics': Y's support paid for it, CAMEO 07)."""
    if trig.entry.type == SUPPORT_TYPE and trig.nominal and enabling_aid(trig.token):
        return Trigger(trig.token, replace(trig.entry, type=AID_TYPE, mode=None), nominal=True,
                       extra=trig.extra, retyped=trig.entry)
    if not military_backing(trig.entry.type, trig.token, trig.nominal):
        return trig
    return Trigger(trig.token, replace(trig.entry, type=AID_TYPE, mode=None), nominal=False,
                   extra=trig.extra, retyped=trig.entry)


def _reduce(events: list[EventMention],
            apart: Callable[[EventMention, EventMention], bool] | None = None,
            lead: Callable[[EventMention], bool] | None = None,
            joined: Callable[[EventMention, EventMention], bool] | None = None
            ) -> list[EventMention]:
    """Same-type mentions of one sentence merged into one event, keeping a release of captives
    or a resignation apart from another RETREAT ('the truce took effect and Hamas freed three
    hostages' is a halt and a release) and two acts ``apart`` tells apart; ``joined`` merges
    two the syntax tells as one act whatever their participants."""
    kept = reduce_sentence_events([e for e in events if not hand_over(e)], apart, lead, joined) + \
        reduce_sentence_events([e for e in events if hand_over(e)], apart, lead, joined)
    order = {id(e): i for i, e in enumerate(events)}
    return sorted(kept, key=lambda e: order[id(e)])


def _opposite_directions(a: EventMention, b: EventMention) -> bool:
    """Two mentions of one type going opposite ways between two sides ("X's call for A and
    Y's demand for B": X asks Y, Y asks X) are two acts, not one event told twice."""
    sa, ta = _side_codes(a.source), _side_codes(a.target)
    sb, tb = _side_codes(b.source), _side_codes(b.target)
    return bool(sa and sb) and sa == tb and sb == ta and not sa & sb


def _turned_sides(a: EventMention, b: EventMention) -> bool:
    """Two mentions of one type whose doers are named apart in the sentence and one of
    which acts on the other's doers ('forces killed the attackers who laid siege to the
    hotel': the siege by the attackers, the killing of them): two acts, however the two
    sides' countries are known."""
    sa = {(p.start, p.end) for p in a.source if not p.inherited}
    sb = {(p.start, p.end) for p in b.source if not p.inherited}
    if not sa or not sb or sa & sb:
        return False
    ta = {(p.start, p.end) for p in a.target}
    tb = {(p.start, p.end) for p in b.target}
    return bool(sb & ta) or bool(sa & tb)


def _side_codes(parts: list[Participant]) -> set[str]:
    """The countries of linked participants."""
    return {p.actor.country for p in parts if p.actor is not None and p.actor.country}


def _separate_acts(a: Any, b: Any) -> bool:
    """True for two coordinated verbs that each act on their own object when the second has
    its own subject or is set later in time ('shot two gunmen, and four others blew
    themselves up', 'arrested five protesters and later detained two reporters'): two
    acts, not one event told twice. A verb whose object the coordination shares ('attacked
    and killed them'), a result told with the same subject ('ambushed a bus and killed 18')
    or a nominal mention merges."""
    if a is None or b is None:
        return False
    a, b = _light_verb(a), _light_verb(b)
    if b.i < a.i:
        a, b = b, a
    if _later_act(a, b):
        return True
    if a.pos_ != "VERB" or b.pos_ != "VERB":
        return False
    if _own_clause_act(a, b) or _own_clause_act(b, a):
        return True
    if not ((b.head.i == a.i and b.dep_ == "conj") or
            (a.head.i == b.head.i and a.dep_ == b.dep_ == "conj")):
        return False
    if not all(any(c.dep_ in OWN_OBJECT_DEPS for c in v.children) for v in (a, b)):
        return False
    if _places_apart(a, b) or _own_days_apart(a, b) or _told_separate(a) or \
            _own_separate_phrase(b):
        return True
    return any(c.dep_ in OWN_SUBJECT_DEPS or (c.dep_ in ("advmod", "npadvmod") and
                                              c.lower_ in LATER_WORDS) for c in b.children)


def _stopper(tok: Any) -> Any:
    """Who is to stop an act ``stopped_act`` names, the doer of that act: the subject of the
    stopping verb, else the party a call or an urging names ('called on *the army* to stop
    the killing', 'urged *Norland* to halt its attacks'), else the subject of the verb the
    stopping completes ('Rebels vowed to end the attacks'); None when none is named."""
    verb = tok.head
    own = next((c for c in verb.children if c.dep_ in OWN_SUBJECT_DEPS), None)
    if own is not None or verb.dep_ != "xcomp":
        return own if own is not None and own.pos_ != "PRON" else None
    gov = verb.head
    named = next((c for c in gov.children if c.dep_ == "dobj"), None) or next(
        (o for c in gov.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
         for o in c.children if o.dep_ == "pobj"), None)
    if named is not None:
        return named
    return next((c for c in gov.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


def _own_clause_act(main: Any, sub: Any) -> bool:
    """True for a verb in an adverbial clause of another that tells an act of its own: the
    clause has a subject of its own, no pronoun, other than the main verb's, and both verbs
    act on their own objects ('a drone strike killed two militants, a day after an airstrike
    killed 12 fighters', 'troops killed ten rebels after gunmen attacked a checkpoint'). A
    clause whose subject is a pronoun may tell the same act ('killed 12 rebels when they
    stormed the base') and stays merged."""
    if sub.dep_ != "advcl" or sub.head.i != main.i:
        return False
    own = [c for c in sub.children if c.dep_ in OWN_SUBJECT_DEPS]
    if not own or any(c.pos_ == "PRON" for c in own):
        return False
    mains = {c.lemma_.lower() for c in main.children if c.dep_ in OWN_SUBJECT_DEPS}
    if any(c.lemma_.lower() in mains for c in own):
        return False
    return all(any(c.dep_ == "dobj" for c in v.children) for v in (main, sub))


def _act_places(verb: Any) -> set[str]:
    """The places a verb's act is set in: the objects of its place prepositions, or of those
    its object carries ('killed three people [in Kharkiv]', 'attacked a checkpoint [in the
    north]'); a date is no place."""
    heads = [verb] + [c for c in verb.children if c.dep_ in OWN_OBJECT_DEPS]
    return {" ".join(w.lower_ for w in o.subtree if w.dep_ != "det")
            for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
            for o in p.children if o.dep_ == "pobj" and _place_word(o)}


def _place_word(tok: Any) -> bool:
    """A noun naming a place: a place name, a place noun or a part of a country."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return False
    return tok.ent_type_ in PLACE_ENTS or tok.lemma_.lower() in ACT_PLACE_NOUNS or \
        tok.lemma_.lower() in PART_NOUNS


def _places_apart(a: Any, b: Any) -> bool:
    """True for two coordinated verbs each set in a place of its own ('killed three people in
    Kharkiv and wounded five in Odesa', 'shelled villages near the border and bombed a market
    in the capital'): two acts, whatever their subject."""
    pa, pb = _act_places(a), _act_places(b)
    return bool(pa and pb) and not pa & pb


def _act_days(verb: Any) -> set[str]:
    """The days a verb's act is dated by its own words: a date hung on the verb, bare ('struck
    the city Monday') or after a preposition ('on Monday'), or on the verb's object."""
    heads = [verb] + [c for c in verb.children if c.dep_ in OWN_OBJECT_DEPS]
    words = [c for h in heads for c in h.children if c.dep_ == "npadvmod"]
    words += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in DAY_PREPS
              for o in p.children if o.dep_ == "pobj"]
    return {" ".join(w.lower_ for w in o.subtree) for o in words if o.ent_type_ == "DATE"}


def _own_days_apart(a: Any, b: Any) -> bool:
    """True for two coordinated verbs each dated by a day of its own ('attacked an army post on
    Monday and ambushed a convoy on Wednesday'): two acts."""
    da, db = _act_days(a), _act_days(b)
    return bool(da and db) and not da & db


def _told_separate(verb: Any) -> bool:
    """True when the clause of coordinated verbs is introduced as separate acts ('In separate
    attacks, gunmen killed ... and bombed ...', 'Separately, ...')."""
    root = verb
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return any(w.lower_ in SEPARATE_WORDS for c in root.children
               if c.dep_ in ("prep", "advmod") and c.i < root.i for w in c.subtree)


def _own_separate_phrase(verb: Any) -> bool:
    """True when a coordinated verb's own phrase tells its act apart ('killed three villagers
    in Zamfara and wounded five others *in a separate attack* in Katsina', '... *in another
    raid*'): a preposition of the verb whose object a separate-word or 'another' marks."""
    return any(w.lower_ in SEPARATE_WORDS + ANOTHER_WORDS
               for p in verb.children if p.dep_ == "prep"
               for o in p.children if o.dep_ == "pobj"
               for w in o.children if w.dep_ in ("amod", "det"))


def _light_verb(tok: Any) -> Any:
    """The light verb a trigger noun is the object of ('had [lunch] with X', 'held [talks]',
    'carried out [raids]'), which is coordinated with the other acts of the sentence; any
    other trigger itself."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and \
            tok.head.lemma_.lower() in LIGHT_VERBS:
        return tok.head  # not 'rejected the [accusation]': the act rejected, told again
    return tok


def _partners_apart(a: EventMention, b: EventMention, ta: Any, tb: Any) -> bool:
    """True for two coordinated meetings each with a partner of its own ('met Scholz and had
    lunch with Meloni', 'received the Saudi envoy and later called Putin'): two meetings, not
    one told twice."""
    if ta is None or tb is None or a.type != MEETING_TYPE or b.type != MEETING_TYPE:
        return False
    va, vb = _light_verb(ta), _light_verb(tb)
    if va.i == vb.i or not (_conj_chain(va, vb) or _conj_chain(vb, va)):
        return False
    pa, pb = _partner_keys(a), _partner_keys(b)
    return bool(pa and pb) and not pa & pb


def _partner_keys(ev: EventMention) -> set[str]:
    """The partners a meeting names itself: linked actors by id, others by their words."""
    return {p.actor.id if p.actor is not None and p.actor.kind == "person" else p.text.lower()
            for p in ev.target if not p.inherited}


def _later_act(a: Any, b: Any) -> bool:
    """True when the later trigger ``b`` is a coordinated verb acting on an object of its own
    and set later in time ('... killed the six gunmen who had stormed a hotel and *later*
    killed 20 rebels in airstrikes'): its act is apart from every act told before it in the
    sentence outside its own clause, wherever the parser hung the coordination (on the
    relative clause here)."""
    if b.pos_ != "VERB" or b.dep_ != "conj" or a.i > b.i or b.left_edge.i <= a.i <= b.right_edge.i:
        return False
    if not any(c.dep_ in OWN_OBJECT_DEPS for c in b.children):
        return False
    return any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in LATER_WORDS for c in b.children)


def _coordinated_means(a: EventMention, b: EventMention, ta: Any, tb: Any) -> bool:
    """True for two coordinated triggers of one type told each with its own means ('carried
    out bombings and gun attacks', 'were shot, bombed and raped'): PLOVER codes one event per
    mode, so two modes named side by side are two acts, not one event told twice."""
    if ta is None or tb is None or not a.mode or not b.mode or a.mode == b.mode:
        return False
    if ta.i == tb.i:  # one attack noun told with two weapons ('a bomb and gun attack')
        return bool(a.attributes.get(WEAPONS_KEY) or b.attributes.get(WEAPONS_KEY))
    return _conj_chain(ta, tb) or _conj_chain(tb, ta)


WEAPONS_KEY = "weapons_coordinated"  # an ASSAULT told with a weapon of its own beside another
WEAPON_DEPS = ("compound", "nmod", "amod")


def _coordinated_weapons(trig: Trigger, ev: EventMention, lexicon: Lexicon) -> list[str]:
    """The other modes of an attack noun whose modifiers name coordinated weapons of
    different modes ('a bomb and gun attack', 'rocket and drone attacks'): PLOVER codes
    one event per mode, so the mention stands once per weapon (the first, its own mode,
    already made)."""
    if not trig.nominal or ev.type != ATTACK_TYPE or not ev.mode:
        return []
    cues = lexicon.modes.get(ATTACK_TYPE, {})
    for mod in trig.token.children:
        if mod.dep_ not in WEAPON_DEPS or not any(c.dep_ == "conj" for c in mod.children):
            continue
        modes = []
        for word in (mod, *mod.conjuncts):
            lemma = word.lemma_.lower()
            found = next((f"{ATTACK_TYPE}/{m}" for m, words in cues.items() if lemma in words),
                         None)
            if found is None:
                return []  # 'a bomb and [Tuesday] attack': a weapon each, or no split
            if found not in modes:
                modes.append(found)
        if len(modes) > 1 and ev.mode in modes:
            return [m for m in modes if m != ev.mode]
    return []


DAY_KEY = "attack_of_its_day"  # one of several attacks a verb tells, each on its own day


def _attacks_by_day(ectx: EventContext, trig: Trigger, ev: EventMention) -> list[EventMention]:
    """Attacks told by one verb on coordinated targets, each given its own day ('missiles
    struck Kharkiv on Monday and Odesa on Tuesday', 'rebels attacked a police post in Goma
    on Monday and an army base in Bunia on Wednesday'): one ASSAULT per target and day. The
    mention keeps the first target and day; a copy is made for each later pair, with its
    own place when one is attached to its target. The parser hangs a later target on the
    date before it or on the first target; the targets and the dates must alternate."""
    verb = trig.token
    if ev.type != ATTACK_TYPE or trig.nominal or verb.pos_ != "VERB":
        return []
    first = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if first is None:
        return []
    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    days = [t for t in ectx.ex.times if lo <= t.start < hi and t.value and
            t.type in attrs.DATE_TYPES and t.start > verb.idx]
    if len(days) < 2 or len({t.value for t in days}) < len(days):
        return []
    heads = [first] + [d for d in verb.subtree if d.dep_ == "conj" and d.ent_type_ != "DATE" and
                       d.pos_ in NOUN_POS and (d.head.i == first.i or d.head.ent_type_ == "DATE")]
    heads.sort(key=lambda t: t.i)
    if len(heads) != len(days):
        return []
    bounds = [(h.idx, t.start) for h, t in zip(heads, days, strict=True)]
    if any(a >= b for a, b in bounds) or any(days[k].start >= heads[k + 1].idx
                                            for k in range(len(heads) - 1)):
        return []  # target, its day, the next target, its day ...
    own = participants_of(ectx, first, days[0].value, expand=False)
    if own:
        ev.target = own
    ev.date = attrs.text_date(ectx, days[0], "attached")
    ev.attributes[DAY_KEY] = True
    out = []
    for head, day in zip(heads[1:], days[1:], strict=True):
        out.append(replace(ev, target=participants_of(ectx, head, day.value, expand=False),
                           source=list(ev.source), date=attrs.text_date(ectx, day, "attached"),
                           location=attrs.event_location(ectx, [head], day.value),
                           attributes=dict(ev.attributes)))
    return out


def _days_apart(a: EventMention, b: EventMention, ta: Any, tb: Any) -> bool:
    """True for two attacks ``_attacks_by_day`` told apart from one verb."""
    return ta is not None and tb is not None and ta.i == tb.i and \
        bool(a.attributes.get(DAY_KEY)) and bool(b.attributes.get(DAY_KEY))


def _captives_apart(a: EventMention, b: EventMention, ta: Any, tb: Any) -> bool:
    """True for an abduction told as a clause beside another assault, before or after it
    ('attacked a train, taking many hostages', 'stormed the village, killing 12 and
    kidnapping 30', 'abducted six aid workers and killed their driver'): two acts
    (``absorption.captives_taken``)."""
    if ta is None or tb is None or a.type != ATTACK_TYPE:
        return False
    for ev, tok, other, other_tok in ((a, ta, b, tb), (b, tb, a, ta)):
        if not _carried_off(ev, tok) or _carried_off(other, other_tok):
            continue
        if _clause_below(tok, _light_verb(other_tok)) or _clause_below(other_tok, _light_verb(tok)):
            return True  # 'launched an attack on the town, taking 20 hostages': the light verb
    return False


def _answer_apart(ta: Any, tb: Any) -> bool:
    """True when one mention is the act the other answers ('shelled the depot in response to
    a drone attack by Russia', 'struck in retaliation for the raid by X'): the answered act
    was kept as its own event (``absorption._own_doer``), so the two stay apart."""
    if ta is None or tb is None:
        return False
    for tok, other in ((ta, tb), (tb, ta)):
        verb = _light_verb(tok)
        found = answered_act(verb) if verb.pos_ in ("VERB", "AUX") else None
        if found is not None and found[0].i == other.i:
            return True
    return False


def _clause_below(tok: Any, top: Any) -> bool:
    """True when ``tok`` hangs on ``top`` through adverbial clauses and coordination alone
    ('attacked a train, [taking] hostages', 'abducted six workers and [killed] their
    driver')."""
    while tok.dep_ in ("advcl", "conj") and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == top.i:
            return True
    return False


DESTRUCTION_MODE = "COERCE/destroy"  # destruction of property told alone (PLOVER GSR codes it so)
ATTACK_DESTRUCTION_MODE = "ASSAULT/destroy"  # the same told as part of an armed attack
DESTRUCTION_KEY = "destruction_in_attack"


def _destruction_in_attack(events: list[EventMention], tokens: dict[int, Any]) -> None:
    """Destruction of property told as part of an armed attack ('said it had blown up tracks
    and taken 100 passengers hostage', 'stormed the village, torching homes', 'shelled the
    town and destroyed the bridge') is an ASSAULT of its own, mode ``destroy`` (PLOVER
    codebook): a destruction verb acting on an object of its own, coordinated with or
    hung as a clause on an attack verb (or the light verb of an attack noun) that acts on
    an object of its own too. Destruction told alone ('rebels blew up power lines') stays
    COERCE/destroy, as the PLOVER gold codes it; one the attack itself does ('the strike
    destroyed a school') is no second act (the attack is its subject, not coordinated)."""
    attacks = [tokens[id(e)] for e in events if e.type == ATTACK_TYPE and id(e) in tokens]
    for ev in events:
        tok = tokens.get(id(ev))
        if ev.type != ATTACK_NOUN_TYPES[1] or ev.mode != DESTRUCTION_MODE or tok is None or \
                tok.pos_ != "VERB" or not _acts_on_own_object(tok):
            continue
        for attack in attacks:
            verb = _light_verb(attack)
            if verb.i == tok.i or verb.pos_ != "VERB" or not _acts_on_own_object(verb):
                continue
            if _clause_below(tok, verb) or _clause_below(verb, tok):
                ev.type, ev.mode = ATTACK_TYPE, ATTACK_DESTRUCTION_MODE
                ev.attributes[DESTRUCTION_KEY] = True
                break


def _acts_on_own_object(verb: Any) -> bool:
    """Whether a verb names what it acts on itself: an object, a passive subject, or the
    object of its 'to' ('set fire [to] a school')."""
    if verb is None:
        return False
    return any(c.dep_ in OWN_OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ == "to" and
                                             any(o.dep_ == "pobj" for o in c.children))
               for c in verb.children)


def _destruction_apart(a: EventMention, b: EventMention) -> bool:
    """True for a destruction told as part of an attack (``_destruction_in_attack``) and the
    attack it is told with: two acts, as PLOVER codes one event per mode."""
    return (bool(a.attributes.get(DESTRUCTION_KEY)) != bool(b.attributes.get(DESTRUCTION_KEY))
            and a.type == b.type == ATTACK_TYPE)


def _carried_off(ev: EventMention, tok: Any) -> bool:
    """An abduction: a verb of carrying people off, or any verb trigger the lexicon reads as
    one ('held the passengers as hostages', 'took four villagers captive', 'militants
    captured two soldiers')."""
    return _abduction(tok) or (ev.mode == ABDUCT_MODE and tok.pos_ == "VERB")


def _abduction(tok: Any) -> bool:
    """A verb of carrying people off: 'kidnapped', 'abducting', 'took ... hostage'."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    return lemma in ABDUCT_VERBS or (lemma in HOSTAGE_VERBS and any(
        c.lemma_.lower() in HOSTAGE_NOUNS for c in tok.children if c.dep_ in HOSTAGE_DEPS))


def _share_coordinated_sides(events: list[EventMention], tokens: dict[int, Any]) -> None:
    """Acts kept apart by their means share the doers and targets the coordination names once
    ('villagers were shot, bombed and raped by the militia': each by the militia, each on the
    villagers): a side one of them lacks is taken from the first coordinated act that has it."""
    for ev in events:
        for other in events:
            if other is ev or other.type != ev.type or \
                    not _coordinated_means(ev, other, tokens.get(id(ev)), tokens.get(id(other))):
                continue
            if not ev.source and other.source:
                ev.source = list(other.source)
            if not ev.target and other.target and not ev.attributes.get(DESTRUCTION_KEY) and \
                    not (ev.mode == ABDUCT_MODE and _acts_on_own_object(tokens.get(id(ev)))):
                ev.target = list(other.target)  # not whom the other act hit: 'killed three
                # villagers and kidnapped 20 others', 'shot two guards and set fire to a school'


def _releaser_of_detention(events: list[EventMention], tokens: dict[int, Any]) -> None:
    """A release that names no releaser takes the doer of the detention its from-phrase ends
    ('spoke after her release from [being jailed] by Norland police', 'their release from
    being imprisoned by the militia'): who held the captive let them go (``absorption.
    _released_from`` keeps the detention an act of its own)."""
    for ev in events:
        tok = tokens.get(id(ev))
        if ev.type != RELEASE_TYPE or ev.source or tok is None:
            continue
        held = next((o for o in events if o.type == DETENTION_TYPE and o.source and
                     id(o) in tokens and released_from(tokens[id(o)], tok)), None)
        if held is not None:
            ev.source = list(held.source)


def _conj_chain(top: Any, tok: Any) -> bool:
    """True when ``tok`` is joined to ``top`` by coordination alone ('bombings and [gun]
    assaults', 'shot, bombed and raped'); a passive participle the parser hangs as a clause
    on the one before it in a list ('were shot, [bombed] and raped') counts as coordinated."""
    while (tok.dep_ == "conj" or _listed_participle(tok)) and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == top.i:
            return True
    return False


def _listed_participle(tok: Any) -> bool:
    """A past participle hung as a bare clause (no subordinator, no subject) on a past
    participle before it, after a comma: an item of a list of participles."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.head.tag_ == "VBN" and \
        tok.i > tok.head.i and tok.nbor(-1).text == "," and \
        not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in tok.children)


def _done_by_its_object(a: Any, b: Any) -> bool:
    """True when one verb's act is told in a relative clause on the other verb's object, done
    by that object ('forces killed the six attackers [who laid siege] to the hotel', 'police
    arrested the men [who attacked] the convoy', 'the gunmen [who stormed] the base were shot
    dead'): the object's own earlier act and the act done to it are two acts, whether or not
    either side is a known party (``_turned_sides`` needs both named). A noun trigger counts
    by the verb it is the object of ('[laid] siege'); an act noun that heads the relative
    clause is its doer's act told twice ('drew strikes [that killed] 11 people')."""
    triggers = {t.i for t in (a, b) if t is not None}
    a, b = _phrase_verb(a), _phrase_verb(b)
    if a is None or b is None:
        return False
    for main, rel in ((a, b), (b, a)):
        noun = rel.head
        if rel.dep_ == "relcl" and noun.head.i == main.i and noun.dep_ in DONE_TO_DEPS and \
                noun.i not in triggers and \
                any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_DOERS for c in rel.children):
            return True
    return False


def _phrase_verb(tok: Any) -> Any:
    """The verb of a trigger: itself, or the verb a noun trigger is the object of ('laid
    [siege]', 'launched [attacks]'); None for any other noun."""
    if tok is None or tok.pos_ == "VERB":
        return tok
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        return tok.head
    return None


def _generic_mention(trig: Trigger, ev: EventMention, lexicon: Lexicon) -> bool:
    """An indefinite nominal mention stated as real that names no party, in its sentence or
    through an earlier mention, and is not the subject of a clause of its own: a generic or
    topical mention ('wrote about calls for sanctions', 'said at one summit', 'asylum
    seekers', 'campaigned against import bans'), no event. A definite mention refers to a
    particular event ('the ceasefire arrangement', 'his first summit'); one that is the
    subject of its clause is reported as happening ('fighting erupted', 'talks resumed on
    Monday'); a hypothetical one ('a potential ceasefire') asserts nothing and may carry the
    deadline of a commitment: all three stay. The speaker reporting it names no party to it
    here ('X said at one summit')."""
    if not trig.nominal or (ev.source and not from_speaker(ev)) or ev.target or \
            ev.modality not in COMMITMENT_MODALITIES:
        return False
    tok = trig.token
    if meeting_outcome(tok, lexicon):
        return False  # 'the talks ended with an agreement': the meeting's agreement
    if stated_terms(tok, lexicon):
        return False  # 'an agreement under which X and Y will exchange prisoners'
    if _drawn_charge(trig):
        return False  # 'the law faced international condemnation'
    if _announced_truce(trig, ev):
        return False  # 'the prime minister announced a ceasefire on Monday'
    if _undergone(tok):
        return False  # 'the convoy came under attack': an attack on the convoy, told as done
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ in NOUN_POS else tok
    if _definite(tok) or _definite(phrase):
        return False
    if _bare_harm(trig):
        return False  # 'accounts of abductions and arrests': harm done, not a topic
    return not (phrase.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS and
                phrase.head.pos_ in CLAUSE_POS)


HARM_TYPES = ("ASSAULT", "COERCE")  # harm done to people: violence, detention, deportation
BARE_DEPS = ("det", "poss", "nummod")  # what a bare noun phrase has none of
OPPOSING_PREPS = ("against",)  # 'campaigned against torture', 'a law against kidnapping'


def _bare_harm(trig: Trigger) -> bool:
    """True for a noun of harm done to people (ASSAULT, COERCE) that is bare, with no
    determiner, possessive or number, and the object of a preposition, alone or in a list
    ('survivors of sexual violence', 'accounts of abductions and arbitrary arrests'): a mass
    noun or a bare plural of violence or detention names acts that were done, whoever did
    them, not a topic as an indefinite singular can ('at one summit', 'a call for talks').
    What a party campaigns or legislates against is a cause it argues ('a law against
    kidnapping'), not an act done: it stays generic."""
    if trig.entry.type not in HARM_TYPES:
        return False
    tok = trig.token
    phrase = tok
    while phrase.dep_ == "conj" and phrase.head.i != phrase.i and phrase.head.pos_ in NOUN_POS:
        phrase = phrase.head
    return phrase.dep_ == "pobj" and phrase.head.lower_ not in OPPOSING_PREPS and \
        not any(c.dep_ in BARE_DEPS for t in {tok, phrase} for c in t.children)


ANNOUNCING_VERBS = ("announce", "declare", "proclaim")


def _announced_truce(trig: Trigger, ev: EventMention) -> bool:
    """True for a ceasefire that is the object of a verb of announcing or declaring ('the
    prime minister announced a ceasefire', 'Malaysia announced an immediate ceasefire between
    the two countries'): a particular ceasefire made public, whether the announcer is a party
    or the mediator, not a topic."""
    tok = trig.token
    return truce_mention(ev) and tok.dep_ == "dobj" and \
        tok.head.lemma_.lower() in ANNOUNCING_VERBS


UNDERGOING_VERBS = ("come",)  # 'the convoy came under attack'


def _undergone(tok: Any) -> bool:
    """True for an event noun its clause's subject comes under ('the convoy *came under
    attack*', 'the train came under sustained attack while passing through a tunnel'): the
    subject undergoes that event, a particular one told as happening."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "under" and prep.head.pos_ == "VERB" and \
        prep.head.lemma_.lower() in UNDERGOING_VERBS


DRAWING_VERBS = ("face", "draw", "attract", "spark", "provoke", "trigger", "prompt", "earn",
                 "elicit")
CHARGE_TYPE = "ACCUSE"
GREETING_VERBS = ("meet", "greet", "receive")  # 'the plan was met with condemnation'


def _drawn_charge(trig: Trigger) -> bool:
    """True for a charge noun that a thing or a party faces, draws, sparks or provokes ('the law
    faced international condemnation', 'the plan drew widespread criticism', 'the verdict was
    met with condemnation'): a reaction told as having happened, not a topic, even when its
    sentence names no critic."""
    tok = trig.token
    if trig.entry.type != CHARGE_TYPE:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.i != tok.head.i:
        return tok.head.head.lemma_.lower() in GREETING_VERBS  # 'was met [with] condemnation'
    if tok.dep_ != "dobj":
        return False
    verb = tok.head.head if misread_degree(tok.head) else tok.head  # 'faces [growing] criticism'
    return verb.lemma_.lower() in DRAWING_VERBS


PROTEST = "PROTEST"
PROTEST_SPEECH_TYPES = ("REQUEST", "ACCUSE")
# who protests: a demand or charge these make is part of their protest (the PLOVER codebook
# notes under REQUEST and ACCUSE that protests, with their requests and disapproval, are
# PROTEST events)
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "rioter",
                             "picketer", "protesters", "protestors", "demonstrators",
                             "marchers", "rioters", "picketers"})
QUANTITY_KEY = "quantity_nouns"


def protesters_speech(ev: EventMention, tok: Any, lexicon: Lexicon) -> bool:
    """True for a verbal demand or charge whose subject is protesters ('thousands of
    protesters demanded his resignation', 'demonstrators accused the government of fraud',
    'protesters gathered and demanded new elections'): PLOVER codes a protest's demands and
    disapproval as the PROTEST, never as REQUEST or ACCUSE."""
    if ev.type not in PROTEST_SPEECH_TYPES or tok.pos_ not in CLAUSE_POS:
        return False
    verb = tok
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head  # 'gathered ... and [demanded]': the first verb's subject
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None:
        return False
    head = quantity_head(subj, lexicon.cue(QUANTITY_KEY))
    return head.lemma_.lower() in PROTESTER_NOUNS or head.lower_ in PROTESTER_NOUNS


def _descriptor(trig: Trigger) -> bool:
    """A noun joined by a hyphen to an adjective or a participle inside a modifier of another
    noun names a kind, not an event: 'a war-torn country', 'sanctions-hit firms', 'high-threat
    detainees', 'anti-war groups' (not 'a cease-fire', 'air-strikes')."""
    tok = trig.token
    if not trig.nominal or tok.dep_ not in DESCRIPTOR_DEPS:
        return False
    doc = tok.doc
    for hyph, partner in ((tok.i + 1, tok.i + 2), (tok.i - 1, tok.i - 2)):
        if 0 <= partner < len(doc) and 0 <= hyph < len(doc) and doc[hyph].tag_ == "HYPH" and \
                doc[partner].tag_ in DESCRIPTOR_TAGS:
            return True
    return False


AGREE_TYPE = "AGREE"
# PLOVER codes cyber attacks, hacking and website attacks as COERCE (mode cyber), not ASSAULT:
# they do no physical harm; an attack read with the ASSAULT mode cyber is retyped
CYBER_MODES = {"ASSAULT/cyber": ("COERCE", "COERCE/cyber")}
REJECT_TYPE = "REJECT"
FAILING_VERBS = frozenset({"fail"})


def _failed_agreement(trig: Trigger) -> bool:
    """True for an agreement its parties failed to reach: the trigger (or the verb whose
    object it is: 'reach [agreement]') is the infinitive complement of an unnegated 'fail'
    ('failed to reach agreement', 'failed to agree on a truce'). 'Did not reach an agreement'
    stays a negated AGREE."""
    return _failing_verb(trig.token) is not None


def _failing_verb(tok: Any) -> Any:
    """The unnegated 'fail' whose infinitive complement ``tok`` is, or whose complement's
    object it is ('failed to [agree]', 'failed to reach [agreement]'); None otherwise."""
    verb = tok
    if verb.dep_ in ("dobj", "attr") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    gov = verb.head
    if verb.dep_ == "xcomp" and gov is not verb and gov.lemma_.lower() in FAILING_VERBS \
            and gov.pos_ == "VERB" and not any(c.dep_ == "neg" for c in gov.children):
        return gov
    return None


def _failure_apart(a: EventMention, b: EventMention, ta: Any, tb: Any) -> bool:
    """True for an agreement its parties failed to reach (a REJECT) and a refusal told by a
    verb of its own ('Iran refused to sign after the negotiators failed to agree', 'failed
    to agree on a statement and rejected calls for talks'): two acts, kept apart however
    their parties are known. The failure told twice ('failed to agree and failed to reach
    a deal') merges."""
    if ta is None or tb is None or a.type != REJECT_TYPE or b.type != REJECT_TYPE:
        return False
    fa, fb = _failing_verb(ta), _failing_verb(tb)
    if (fa is None) == (fb is None):
        return False
    failed, other = (fa, tb) if fa is not None else (fb, ta)
    return other.i != failed.i and other.lemma_.lower() not in FAILING_VERBS


KIND_MODIFIER_TYPES = ("CONSULT", ATTACK_TYPE)  # 'a tour bus', 'an attack helicopter'
AREA_NOUNS = frozenset({"zone", "area"})  # 'a battle zone', 'combat areas'


def _kind_modifier(trig: Trigger, ev: EventMention, triggers: list[Trigger]) -> bool:
    """A visit or attack noun that only modifies another noun names a kind of thing, not an
    event: 'a tour bus slammed into a wall', 'attack helicopters flew over', 'a strike
    force'. It holds when the noun it modifies is no trigger itself ('the [attack] wave' is
    read from that trigger) and the mention names no party ('the Israeli strike victims'
    keeps its doer)."""
    tok = trig.token
    if not trig.nominal or ev.type not in KIND_MODIFIER_TYPES or tok.dep_ != "compound" or \
            tok.head.pos_ not in NOUN_POS or tok.head.i == tok.i:
        return False
    if tok.head.lemma_.lower() in AREA_NOUNS:
        return True  # 'held refugees in the [battle] zones of X': a kind of area, whatever its parties
    if any(t.token.i == tok.head.i or any(x.i == tok.head.i for x in t.extra) for t in triggers):
        return False
    return not ((ev.source and not from_speaker(ev)) or ev.target)


AGENT_KIND_TYPES = ("AID",)  # 'aid workers', 'relief agencies', 'humanitarian aid groups'


def _agent_kind(ectx: EventContext, trig: Trigger, ev: EventMention) -> bool:
    """An aid noun that only modifies a noun of people or bodies names who they are, not a
    delivery: 'aid workers said the camp was full', 'relief agencies warned of famine', 'an
    aid group' (an 'aid convoy' or 'aid shipment' still tells the aid sent). It holds when
    the mention names no party of its own."""
    tok = trig.token
    if not trig.nominal or ev.type not in AGENT_KIND_TYPES or tok.dep_ != "compound" or \
            tok.head.pos_ != "NOUN" or tok.head.i == tok.i:
        return False
    head = tok.head
    if not (is_party(head, _agents(ectx), ectx.lexicon) or person_noun(head)):
        return False
    return not ((ev.source and not from_speaker(ev)) or ev.target)


def _topic(trig: Trigger) -> bool:
    """A nominal mention that a verb of speaking, asking or knowing is about ('spoke about
    the withdrawal and the sanctions', 'asked the minister about the arrests'): a topic, not
    a report of the event. A noun's topic stays ('a column about calls from X for
    sanctions', 'his seriousness regarding a ceasefire within two weeks'), as does a cause
    ('brought about a ceasefire'). An item of a topic list the parser attached to the verb
    itself ('spoke with X about his trip, U.S. support for the island, China's aggression in
    the region') is a topic too."""
    if not trig.nominal:
        return False
    tok = trig.token
    if _in_topic_list(tok):
        return True
    while tok.dep_ in ("conj", "compound", "appos") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in TOPIC_PREPS and prep.dep_ == "prep" and \
        _topic_verb(prep.head)


PRESS_REQUEST_TYPE = "REQUEST"
PRESS_KEY = ("press_requests", "nouns")
REQUESTED_DEPS = ("dobj", "xcomp")  # 'requesting comment', 'asked to comment'
REQUESTED_PREPS = ("for",)  # 'a request for comment', 'asked for an interview'


def press_request(trig: Trigger, lexicon: Lexicon) -> bool:
    """True for a reporter's request for comment ('did not respond to a request for comment',
    'an email requesting comment', 'in response to a request for updates', 'asked to
    comment'): a REQUEST whose requested thing is a press noun (``press_requests`` in
    plover_patterns.json) is newsroom routine, no request between political actors. A
    request for talks, aid or a response to a demand stays."""
    if trig.entry.type != PRESS_REQUEST_TYPE:
        return False
    nouns = lexicon.cue(*PRESS_KEY)
    asked = [c for c in trig.token.children if c.dep_ in REQUESTED_DEPS]
    asked += [g for c in trig.token.children if c.dep_ == "prep" and
              c.lower_ in REQUESTED_PREPS for g in c.children if g.dep_ == "pobj"]
    return bool(asked) and all(a.lower_ in nouns or a.lemma_.lower() in nouns for a in asked)


CORRELATIVE = "correlative comparison"  # attributes.modality_from of such an event


ALERT_TYPE = "COERCE"
ALERT_KEY = "medical_alerts"
ALERT_PREPS = ("at", "in")


def medical_alert(trig: Trigger, lexicon: Lexicon) -> bool:
    """True for an emergency declared at or in a hospital ('an emergency has been declared at
    the city hospital to receive the injured', 'authorities declared an emergency in all
    hospitals of the province'): a medical alert for casualties, not a state of emergency
    imposed on a population (``medical_alerts`` in plover_patterns.json). 'Declared a state of
    emergency in the capital' stays a COERCE."""
    if trig.entry.type != ALERT_TYPE:
        return False
    nouns, places = lexicon.cue(ALERT_KEY, "nouns"), lexicon.cue(ALERT_KEY, "places")
    verb = trig.token
    alerts = [t for t in (verb, *trig.extra, *verb.children) if t.lemma_.lower() in nouns]
    if not alerts:
        return False
    return any(p.dep_ == "prep" and p.lower_ in ALERT_PREPS and
               any(g.dep_ == "pobj" and g.lemma_.lower() in places for g in p.children)
               for h in (verb, *alerts) for p in h.children)


def _in_topic_list(tok: Any) -> bool:
    """True when the noun follows a topic preposition of a topic verb ('spoke with X about')
    with no verb between: an item of the topic list however the parser attached it."""
    sent = tok.sent
    for prep in sent:
        if prep.i >= tok.i:
            return False
        if prep.lower_ not in TOPIC_PREPS or prep.dep_ != "prep":
            continue
        head = prep.head
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head.head  # 'spoke [with X] about'
        if _topic_verb(head) and not any(
                t.pos_ in CLAUSE_POS and t.dep_ != "amod" for t in tok.doc[prep.i + 1:tok.i]):
            return True
    return False


def _topic_verb(tok: Any) -> bool:
    """A verb of speaking, asking or knowing (``TOPIC_VERBS``)."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in TOPIC_VERBS


def _reversed_reading(trig: Trigger, lexicon: Lexicon) -> bool:
    """A role-reversed phrase holds when the doer its from- or by-phrase names is a party
    ('from Norland', 'by lawmakers'; not 'from a friend'), or no doer is named and its noun
    is no verb of attack too ('came under pressure'; 'came under fire' may be gunfire or
    criticism: read with a doer only)."""
    if trig.entry.type in RECEIVED_TYPES and _armed_subject(trig, lexicon):
        return False  # 'its troops crossed the border': an armed party receives no aid
    if trig.entry.obliged:
        return True  # 'must submit books for review by the censors': any authority grants it
    doers = reversed_doers(trig.token, CEDED_PREPS if trig.entry.object_control else DOER_PREPS)
    if doers:
        return any(names_party(d, lexicon) or (
            trig.entry.type == CRITICISM_TYPE and _voicing_body(d, lexicon)) for d in doers)
    return _attack_noun(trig, lexicon) is None or armed_or_physical(trig.token, lexicon) or \
        _armed_fire(trig, lexicon) or \
        _blamed_for(trig)  # 'Kyiv came under artillery fire overnight', 'under fire for X'


REASON_PREPS = ("for", "over")  # 'came under fire [for] the deal', '[over] his remarks'
SPAN_NOUNS = frozenset({"hour", "minute", "day", "night", "week", "month", "while", "time",
                        "period", "mile", "kilometre", "kilometer", "metre", "meter"})


def _blamed_for(trig: Trigger) -> bool:
    """True for a role-reversed phrase of criticism with a reason ('the minister came under
    fire [for] the deal', 'the government came under fire [over] its handling of the crisis'):
    a for- or over-phrase on the verb or its noun whose object is an act, a thing said or done,
    not a span of time or a place ('came under fire for hours', 'over the border'): blame, not
    gunfire."""
    if trig.entry.type != CRITICISM_TYPE:
        return False
    heads = [trig.token, *(t for t in trig.extra if t.pos_ == "NOUN")]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in REASON_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ == "pcomp" or (obj.dep_ == "pobj" and obj.pos_ == "NOUN" and
                                           obj.ent_type_ not in TIME_ENTS + PLACE_ENTS and
                                           obj.lemma_.lower() not in SPAN_NOUNS and
                                           obj.lemma_.lower() not in PLACE_NOUNS):
                    return True
    return False


RECEIVED_TYPES = ("AID",)  # role-reversed types whose subject is the one helped
CRITICISM_TYPE = "ACCUSE"  # 'came under fire from X' read as words
# Bodies and people that voice criticism without being a party of government, arms or
# opposition: 'came under fire from rights [groups]', 'from [critics]', 'from [journalists]'
VOICING_NOUNS = frozenset({
    "group", "organization", "organisation", "body", "agency", "watchdog", "ngo", "charity",
    "critic", "campaigner", "advocate", "lawyer", "expert", "analyst", "commentator",
    "scholar", "academic", "church", "cleric", "association", "coalition", "committee",
    "commission", "council", "court", "federation", "party"})
VOICING_SECTORS = ("CVL", "MED", "LAB", "EDU", "BUS")  # civilians, press, unions, schools, firms
# Modifiers that make a group an armed one: 'came under fire from an [armed] group'
ARMED_MODIFIERS = frozenset({"armed", "militant", "terrorist", "jihadist", "extremist", "rebel",
                             "insurgent", "islamist", "paramilitary", "criminal", "separatist"})


def _voicing_body(tok: Any, lexicon: Lexicon) -> bool:
    """True for a noun of a body or of people who voice criticism ('rights groups', 'critics',
    'residents', 'unions'): the doer of 'came under fire from X' read as words. Armed doers
    and weapons are read by ``_armed_fire`` (gunfire)."""
    if tok.pos_ != "NOUN" or any(c.dep_ in ("amod", "compound") and (
            c.lemma_.lower() in ARMED_MODIFIERS or c.lower_ in ARMED_MODIFIERS)
            for c in tok.children):
        return False
    lemma = tok.lemma_.lower()
    nouns = lexicon.patterns.get("sector_nouns", {})
    return lemma in VOICING_NOUNS or any(lemma in nouns.get(s, ()) for s in VOICING_SECTORS)


def _voiced(trig: Trigger, lexicon: Lexicon) -> bool:
    """True when every doer the from- or by-phrase names is a body that voices criticism
    ('the army came under fire from rights groups'): words, whoever its subject."""
    doers = reversed_doers(trig.token, DOER_PREPS)
    return bool(doers) and all(
        t.pos_ == "NOUN" and t.lemma_.lower() in VOICING_NOUNS and _voicing_body(t, lexicon)
        for t in doers)


def _armed_subject(trig: Trigger, lexicon: Lexicon) -> bool:
    """True when the subject of a role-reversed verb is a noun of an armed party ('its
    [troops] crossed the border', 'rebel [fighters] crossed the border'), which such a
    phrase does not tell as the one given aid or refuge ('refugees crossed the border')."""
    nouns = lexicon.patterns.get("sector_nouns", {})
    armed = {n for sector in ARMED_SECTORS for n in nouns.get(sector, ())}
    return any(s.lemma_.lower() in armed for s in verb_subject(trig.token))


def _attack_noun(trig: Trigger, lexicon: Lexicon) -> Entry | None:
    """The ASSAULT entry of the role-reversed phrase's noun when that noun is also a verb of
    attack ('fire', 'attack'), else None."""
    for t in trig.extra:
        if t.pos_ == "NOUN":
            for e in lexicon.candidates("verb", t.lemma_.lower()):
                if e.type == ASSAULT_TYPE:
                    return e
    return None


def _undergone_assault(trig: Trigger, lexicon: Lexicon) -> Trigger:
    """'Troops came under heavy fire', 'the convoy came under attack from X': a role-reversed
    phrase whose noun is also an attack, said of an armed or physical subject, is an ASSAULT
    on that subject (its doer, if named, the source); said of a person, a government or a
    thing said it stays the dictionary's criticism ('the minister came under fire')."""
    attack = _attack_noun(trig, lexicon)
    if attack is None or trig.entry.type == ASSAULT_TYPE or trig.entry.object_control or \
            not (armed_or_physical(trig.token, lexicon) or _armed_fire(trig, lexicon)) or \
            (_voiced(trig, lexicon) and not _armed_fire(trig, lexicon)) or \
            (_blamed_for(trig) and not _armed_fire(trig, lexicon)):
        return trig  # 'the army came under fire for its handling of the protests': blame
    return replace(trig, entry=replace(trig.entry, type=ASSAULT_TYPE, mode=attack.mode))


def _armed_fire(trig: Trigger, lexicon: Lexicon) -> bool:
    """True for a role-reversed attack noun that names its weapon ('came under [rocket] fire',
    'under [mortar] fire', 'under [sniper] fire') or whose doer is an armed party ('came under
    fire from [militants]'): gunfire, whoever its subject ('Israel came under rocket fire from
    Gaza'); criticism names neither ('the minister came under heavy fire from lawmakers')."""
    nouns = lexicon.patterns.get("sector_nouns", {})
    armed = {n for sector in ARMED_SECTORS for n in nouns.get(sector, ())}
    for t in trig.extra:
        if t.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod", "nmod") and
                                    _weapon(lexicon, c) for c in t.children):
            return True
    return any(d.lemma_.lower() in armed or _weapon(lexicon, d)
               for d in reversed_doers(trig.token, DOER_PREPS))


def _rule_modality(ectx: EventContext, trig: Trigger) -> str:
    """The modality of an obligation laid on a party ('publishers must obtain permission',
    'reporters are required to submit articles for review'): the rule is in force as the verb
    that lays it is; 'must' lays it now, a verb of obliging ('are required to', 'have to')
    has a modality of its own ('will be required to': planned)."""
    tok = trig.token
    if tok.dep_ == "xcomp" and tok.head.i != tok.i:
        return syntactic_modality(tok.head, ectx.lexicon)
    return HYPOTHETICAL if tok.sent.text.rstrip().endswith("?") else ASSERTED


def _may_be_confirmed(trig: Trigger) -> bool:
    """False for a CAMEO-only trigger that cannot reach the confirmation floor whatever its
    arguments turn out to be (not built: the model would drop it)."""
    if trig.entry.origin != ORIGIN_CAMEO or trig.entry.reversed:
        return True
    info = _trigger_info(trig)
    known = trigger_features(trig.entry.type, info["lemma"], info["origin"],
                             _pattern_name(trig), info)
    return best_case(known, trig.entry.type) >= cameo_floor()


def _promised_retreat(ev: EventMention, intent: EventMention) -> bool:
    """A retreat or a verbal support announced for the future ('will withdraw', 'will
    release the hostages', 'New Delhi would support the deal'): the PLOVER codebook counts
    only retreats that occur as RETREAT and only support expressed as SUPPORT; the promise is
    the derived intent (AGREE: 'indicate willingness or commitment to cooperate'), which
    keeps the action as its embedded one."""
    return ev.type in PROMISED_TYPES and ev.modality == PLANNED and intent.type == "AGREE"


def _pattern_name(trig: Trigger) -> str:
    """'verbal' / 'nominal', with '+condition' for a conditional entry."""
    return ("nominal" if trig.nominal else "verbal") + (
        "+condition" if trig.entry.conditional else "")


def _definite(tok: Any) -> bool:
    """True for a definite mention that refers back ('the call', 'these strikes', 'their talks');
    an indefinite one ('a rising call for ...') introduces a new event."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETS) or
               (c.dep_ == "poss" and (c.pos_ == "PRON" or c.ent_type_ in DATED_POSSESSORS))
               for c in tok.children)  # 'Tuesday's attack' refers back too


def _charge(ectx: EventContext, trig: Trigger, sent: Any, previous: list[EventMention]
            ) -> list[EventMention] | None:
    """For a known act that quoted or reported speech assigns to a party (``charged_act``):
    the speaker's ACCUSE (mode allege) of the doers it names, in place of the act ([] when
    the quote has no known speaker); None for any other trigger."""
    if trig.entry.type not in CHARGED_TYPES:
        return None
    quote = next((q for q in ectx.ex.quotes if q.content.start <= trig.start < q.content.end),
                 None)
    if quote is None:
        return None
    doers = charged_act(trig.token, trig.nominal,
                        lambda tok: is_party(tok, _agents(ectx), ectx.lexicon),
                        ectx.lexicon.cue("support_verbs"))
    if doers is None:
        return None
    if quote.speaker is None:
        return []
    entry = Entry(lemma=trig.entry.lemma, pos="noun", type=CHARGE_TYPE, mode=CHARGE_MODE,
                  origin=trig.entry.origin)
    ev = build_event(ectx, Trigger(trig.token, entry, nominal=True), sent, [], previous)
    if ev is None:
        return []
    date = ev.date.get("value")
    targets = [p for d in doers for t in (d, *d.conjuncts) for p in participants_of(ectx, t, date)]
    return [replace(ev, source=[quote.speaker], target=targets,
                    mode=f"{CHARGE_TYPE}/{CHARGE_MODE}")]


def _value_threatened(ectx: EventContext, trig: Trigger) -> bool:
    """True for 'threaten' whose object is a state of things (``threatened_values``: 'threatens
    the stability of the region', 'threatening the territorial integrity of Y'): an
    effect told, no warning to a party, so no THREATEN. In a quote with a party as doer it is
    the speaker's charge (``_effect_charges``); elsewhere it is no event."""
    tok = trig.token
    if trig.nominal or trig.entry.type != THREAT_TYPE or tok.lemma_.lower() != "threaten":
        return False
    values = ectx.lexicon.cue("disapproval_charges", "threatened_values")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in values for c in tok.children)


def _value_attacked(ectx: EventContext, trig: Trigger) -> bool:
    """True for an attack whose object is a value or a state of things (``threatened_values``:
    'attacking the independence of the courts', 'an assault on press freedom', 'attacks on
    democracy'): words against it, no use of force, so no ASSAULT. A physical target (a
    building, people, a town, forces) keeps it; the head noun of the object decides, so
    'an attack on security forces' stays an ASSAULT."""
    if trig.entry.type != ATTACK_TYPE:
        return False
    values = ectx.lexicon.cue("disapproval_charges", "threatened_values")
    tok = trig.token
    if not trig.nominal:
        objs = [c for c in tok.children if c.dep_ == "dobj"]
    else:
        objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                for g in c.children if g.dep_ == "pobj"]
    return bool(objs) and all(o.lemma_.lower() in values for o in objs)


def _conduct_charge(ectx: EventContext, trig: Trigger, ev: EventMention) -> EventMention | None:
    """A defiance verb (``conduct_verbs`` of ``disapproval_charges``: defy, resist, flout,
    violate ...) told as done, in quoted or reported speech whose speaker is not the doer,
    is the speaker's charge: '"they are defying the will of the people," the president said',
    'said X had violated the truce' give the speaker's ACCUSE (mode allege) of the doers, not
    their REJECT. The speaker's own defiance ('"we will resist," she said', 'said it resisted
    the pressure'), a planned or unreal one and defiance told by the narrator stay as they
    are; None when the quote has no known speaker."""
    if ev.type != CONDUCT_TYPE or trig.nominal or ev.modality != "asserted" or \
            trig.token.lemma_.lower() not in ectx.lexicon.cue("disapproval_charges", "conduct_verbs"):
        return ev
    quote = next((q for q in ectx.ex.quotes if q.content.start <= trig.start < q.content.end),
                 None)
    if quote is None:
        return ev
    if quote.speaker is None:
        return None
    if _own_conduct(quote, ev.source):
        return ev
    return replace(ev, type=CHARGE_TYPE, mode=f"{CHARGE_TYPE}/{CHARGE_MODE}",
                   source=[quote.speaker], target=list(ev.source))


@per_object
def _effect_lemmas(lexicon: Lexicon) -> frozenset[str]:
    """``effect_lemmas`` of the lexicon's ``disapproval_charges``, made once per lexicon."""
    return effect_lemmas(lambda name: lexicon.cue("disapproval_charges", name))


def _effect_charges(ectx: EventContext, sent: Any, previous: list[EventMention]
                    ) -> tuple[list[EventMention], set[int]]:
    """A party's conduct judged by its effect in quoted or reported speech ('said X poses a
    threat to the region', '"they are undermining the truce," she said', 'said the Thai
    strikes threaten Cambodia's sovereignty'; ``effect_predicate``) is the speaker's ACCUSE
    (mode allege) of that party; with the token indices it covers: the predicate, the
    judged object and a definite act in the subject, told before. The speaker's own
    conduct ('"we threaten no one's security"', 'said it undermined nothing'), a thing with no
    party ('the storm threatens the harvest') and the narrator's own words give nothing."""
    charges: list[EventMention] = []
    covered: set[int] = set()
    cues = ectx.lexicon.cue
    for verb in tokens_in(sent, _effect_lemmas(ectx.lexicon)):
        judged_obj = effect_predicate(verb, lambda name: cues("disapproval_charges", name))
        if judged_obj is None:
            continue
        found = effect_subject(verb)
        if found is None:
            continue
        subj, clause = found  # the quote of the clause that names the doer
        quote = next((q for q in ectx.ex.quotes
                      if q.content.start <= clause.idx < q.content.end), None)
        if quote is None or quote.speaker is None:
            continue
        doers = effect_doers(subj, lambda tok: is_party(tok, _agents(ectx), ectx.lexicon))
        if not doers:
            continue
        entry = Entry(lemma=verb.lemma_.lower(), pos="verb", type=CHARGE_TYPE, mode=CHARGE_MODE)
        ev = build_event(ectx, Trigger(verb, entry, nominal=False), sent, [], previous)
        if ev is None:
            continue
        date = ev.date.get("value")
        targets = [p for d in doers for t in (d, *d.conjuncts)
                   for p in participants_of(ectx, t, date)]
        if not targets or _own_conduct(quote, targets):
            continue
        charges.append(replace(ev, source=[quote.speaker], target=targets, modality="asserted",
                               mode=f"{CHARGE_TYPE}/{CHARGE_MODE}"))
        covered |= {verb.i} | {t.i for t in judged_obj.subtree}
        if subj not in doers and referring(subj):
            covered.add(subj.i)
    return charges, covered


def _own_conduct(quote: Any, doers: list[Participant]) -> bool:
    """True when the doers are the speaker: a first-person pronoun, the speaker's actor, or
    a pronoun of reported speech that refers back to the speaker ('X said it resisted')."""
    speaker = quote.speaker
    for p in doers:
        low = p.text.lower()
        if low in FIRST_PERSON or (speaker.actor is not None and p.actor is not None
                                   and p.actor.id == speaker.actor.id):
            return True
        if (speaker.start, speaker.end) == (p.start, p.end) or low == speaker.text.lower():
            return True
    return False


def _without_judged_acts(events: list[EventMention], accusations: list[EventMention],
                         tokens: dict[int, Any], sent: Any) -> list[EventMention]:
    """The events without a known hostile act that a quoted disapproval judges: in '"Israel's
    strikes were a war crime," she said' or '"the ban is going to be bad for us"' the strikes
    and the ban are what the speaker criticises (the ACCUSE), told before, not news."""
    if not accusations:
        return events  # nothing judged: every event stays
    cues = {t.idx: t for t in sent}
    judged_acts = {j.i for ev in accusations if ev.trigger.start in cues
                   for j in judged(light_predicate(cues[ev.trigger.start]))}
    charges = {cues[ev.trigger.start].i for ev in accusations if ev.trigger.start in cues
               and cues[ev.trigger.start].dep_ == "dobj"}  # 'highlighted X's [violations]'
    events = [ev for ev in events if not (id(ev) in tokens and tokens[id(ev)].i in charges)]
    named = {cues[ev.trigger.start].i for ev in accusations if ev.trigger.start in cues
             and cues[ev.trigger.start].dep_ in ("oprd", "pobj", "dobj", "appos")}  # 'called X an [attack]'
    events = [ev for ev in events if not (ev.type == "ASSAULT" and id(ev) in tokens
                                          and tokens[id(ev)].i in named)]
    if not judged_acts:
        return events
    return [ev for ev in events if not (
        ev.type in CHARGED_TYPES and id(ev) in tokens and tokens[id(ev)].i in judged_acts
        and referring(tokens[id(ev)]))]


SUFFERED_WHEN = ("when", "as")  # 'two soldiers were killed when drones struck a base'


def _suffered_when(a: EventMention, b: EventMention, ta: Any, tb: Any) -> bool:
    """True for a harm told in an agentless passive whose 'when' / 'as' clause tells the act
    that did it ('two soldiers were killed when drones struck a base', 'a school was damaged
    as rockets hit the town'): one act, the clause naming its doer, whatever the victims the
    two verbs name (the killed soldiers and the struck base)."""
    if ta is None or tb is None:
        return False
    for (ma, main), (_, sub) in (((a, ta), (b, tb)), ((b, tb), (a, ta))):
        if sub.dep_ == "advcl" and sub.head.i == main.i and not ma.source and \
                _agentless_passive(main) and any(
                    c.dep_ in ("mark", "advmod") and c.lower_ in SUFFERED_WHEN
                    for c in sub.children):
            return True
    return False


def _agentless_passive(tok: Any) -> bool:
    """A passive verb without a by-agent ('41 aircraft were hit')."""
    kids = list(tok.children)
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) and not any(
        c.dep_ == "agent" for c in kids)


CONTEXT_KEY, CONTEXT = "participants_from", "context"  # sides copied from an earlier mention


def _cause_of_a_state(trig: Trigger, ev: EventMention) -> bool:
    """An attack noun naming no party that is the by-agent of a participle describing
    something else ('villages affected by the fighting', 'families displaced by the
    violence', 'homes damaged in the shelling' is not one): the state of the thing is told,
    and the attack only referred to as its cause, as a circumstance phrase refers to one."""
    if not trig.nominal or ev.type != ATTACK_TYPE or \
            (ev.attributes.get(CONTEXT_KEY) != CONTEXT and
             any(not p.inherited for p in ev.source + ev.target)):
        return False  # sides from an earlier sentence or mention name none here
    t = trig.token
    while t.dep_ in ("conj", "compound") and t.head.i != t.i:
        t = t.head
    agent = t.head
    if t.dep_ != "pobj" or agent.dep_ != "agent":
        return False
    part = agent.head
    return part.tag_ == "VBN" and part.dep_ in ("acl", "amod") and part.head.pos_ in NOUN_POS


def _background(trig: Trigger) -> bool:
    """A nominal in a circumstance phrase ('after 12 days of battles', 'amid unrest')."""
    if not trig.nominal:
        return False
    t = trig.token
    while t.dep_ in ("pobj", "prep", "conj", "compound") and t.head != t:
        if t.dep_ == "pobj" and t.head.lower_ in BACKGROUND_PREPS:
            return True
        t = t.head
    return False


SAID_TYPES = ("THREATEN", "REQUEST", "REJECT")  # acts made by saying them: a threat, demand or
#   refusal in a reported clause ("X said on Tuesday that it would respond forcefully")
SAID_MODALS = ("will", "would", "must", "should", "shall", "wo", "'ll")  # the clause looks ahead


def _said_date(ectx: EventContext, trig: Trigger) -> dict[str, Any] | None:
    """The date of the statement whose reported clause holds the trigger (the time expression
    attached to the reporting verb: "said on Tuesday that ... would respond"), or None: a
    threat, demand or refusal is made when it is said."""
    if not any(c.dep_ == "aux" and c.lower_ in SAID_MODALS for c in trig.token.children):
        return None  # "said on Sunday that he had rejected it": the refusal came before
    spk = speaker_token(trig.token)
    if spk is None or spk.head.lemma_.lower() not in ectx.lexicon.cue("reporting_verbs"):
        return None
    return attrs.statement_date(ectx, spk.head)


def _skyward(tok: Any) -> bool:
    """True for the air or the sky a shot is fired into ('fired warning shots into the air',
    'shot in the air to disperse the crowd'): a direction, no party (it was linked to the
    dateline's state as a place)."""
    return tok.lemma_.lower() in SKY_NOUNS and tok.dep_ == "pobj" and \
        tok.head.lower_ in SKYWARD_PREPS and \
        not any(c.dep_ in ("compound", "amod", "poss") for c in tok.children)


def _governor_date(ectx: EventContext, trig: Trigger) -> dict[str, Any] | None:
    """The date of the past act whose infinitive holds a planned or hypothetical trigger
    ("Brazil offered on Friday to mediate", "threatened on Monday to close the strait",
    "vowed last week to retaliate", "moved troops on Monday to seize the town"): the time
    expression attached to that verb dates the offer, threat or vow, and the act it names
    comes no earlier (``via`` AFTER_STATEMENT); without it the day was read as the act's
    own and, the act being ahead, as the next Friday."""
    tok = trig.token
    if trig.nominal and tok.dep_ == "dobj":
        tok = tok.head  # 'offered on Friday to host talks': the verb the noun is object of
    elif trig.nominal:
        return None
    if tok.dep_ not in ("xcomp", "advcl") or tok.head.tag_ != "VBD" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None  # the parser hangs 'to mediate' after 'on Friday' as an adverbial
    found = attrs.attached_date(ectx, tok.sent, {tok.head.i})
    return attrs.text_date(ectx, found, AFTER_STATEMENT) if found is not None else None


WARNING_NOUNS = ("warning", "threat", "ultimatum", "pledge", "promise", "vow", "assurance")
AFTER_WARNING = AFTER_STATEMENT  # a date the act can come no earlier than: its warning's


def _warned_date(ectx: EventContext, trig: Trigger, via: str) -> dict[str, Any] | None:
    """The date of the warning, threat or pledge whose 'that' clause holds a looking-ahead
    verb trigger ("X's warning last week that Y would attack", "the threat on Monday that it
    would strike"), read from the words before the clause since the parser often hangs the
    clause elsewhere; None when there is none. The threat was made that day, and the act it
    names comes after it (``via`` AFTER_WARNING: fuse dates it from that day on)."""
    tok = trig.token
    if trig.nominal or not any(c.dep_ == "aux" and c.lower_ in SAID_MODALS
                               for c in tok.children):
        return None
    mark = tok.doc[min(t.i for t in tok.subtree)]  # 'that', a mark or (misparsed) advmod
    if mark.lower_ != "that" or mark.head.i != tok.i:
        return None
    doc, i = tok.doc, mark.i - 1
    while i >= tok.sent.start and i >= mark.i - 6 and doc[i].ent_type_ in ("DATE", "TIME"):
        i -= 1
    if i < tok.sent.start or doc[i].lemma_.lower() not in WARNING_NOUNS or doc[i].pos_ != "NOUN":
        return None
    found = attrs.attached_date(ectx, tok.sent, {doc[i].i})
    return attrs.text_date(ectx, found, via) if found is not None else None


def _intent(ectx: EventContext, ev: EventMention, trig: Trigger) -> list[EventMention]:
    """The PLOVER intent or request event a planned or obliged action implies, if any."""
    if ev.modality == ASSERTED or ev.attributes.get("modality_from") == CORRELATIVE:
        return []  # 'the harder X pushes, the less Y will concede': a rule, no one's intent
    spk = speaker_token(trig.token)
    speaker = participants_of(ectx, spk, ev.date.get("value")) if spk is not None else []
    if hedged(trig.token, ectx.lexicon):
        found = None  # 'could' doubts an intent, not a threat set on a condition
        if forecast(trig.token, ectx.lexicon):
            return []  # 'analysts say strikes could follow if ...': no party's threat
    else:
        found = intent_event(ev, trig.token, ectx.lexicon, ev.modality == "negated", speaker)
    if found is None and ev.modality == "hypothetical":
        found = conditional_threat(ev, trig.token, ectx.lexicon, speaker)
    if found is None and ev.modality == "hypothetical":
        found = ultimatum_threat(ev, trig.token, ectx.lexicon, speaker)
    said = attrs.statement_date(ectx, spk.head) if found is not None and spk is not None and \
        spk.head.lemma_.lower() in ectx.lexicon.cue("reporting_verbs") else None
    if found is not None and said is None:
        said = _warned_date(ectx, trig, "statement")  # 'X's warning last week that ...'
    if said is not None:  # a promise, threat or refusal is made when it is said
        found.date = said
    if found is not None and "commitment" not in found.attributes and found.type in (
            "THREATEN", "AGREE"):
        made = plan_commitment(ectx, ev, trig.token,
                               "threat" if found.type == "THREATEN" else "intent")
        if made is not None:
            condition = commitment_condition(trig.token, ectx.lexicon)
            if condition is not None:
                made["condition"] = condition
            found.attributes["commitment"] = made
    return [found] if found is not None else []


def _subject_participants(ectx: EventContext, toks: list[Any], date: str | None
                          ) -> list[Participant]:
    """Participants for subject tokens."""
    return [p for tok in toks for p in participants_of(ectx, tok, date)]


def _participants(ectx: EventContext, toks: list[Any], date: str | None, trig: Trigger,
                  expand: bool = True, scene: frozenset[str] | None = None
                  ) -> list[Participant]:
    """Participants for argument tokens, minus those overlapping the trigger phrase (a word
    of the phrase inside the trigger verb's subject, 'troops were dispatched', still names
    a participant)."""
    out: list[Participant] = []
    subject = {t.i for c in trig.token.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS
               for t in c.subtree} if trig.extra else set()
    taken = trig.entry.mode in CAPTIVE_MODES  # 'took 30 hostages': the hostages undergo it
    own = [(t.idx, t.idx + len(t.text)) for t in (trig.token, *trig.extra)
           if t.i not in subject and not (taken and t.i != trig.token.i)]
    for tok in toks:
        for p in participants_of(ectx, tok, date, expand, scene):
            if not all(p.end <= s or p.start >= e for s, e in own):
                p = _maker_alone(ectx, tok, trig, date)
            if p is not None and all((p.start, p.end) != (q.start, q.end) for q in out):
                out.append(p)
    return out


def _maker_alone(ectx: EventContext, tok: Any, trig: Trigger, date: str | None
                 ) -> Participant | None:
    """A nationality modifying a word of the trigger phrase, named alone when the name it
    begins runs into the trigger ('buy [Russian] S-400', whose name 'Russian S-400' is the
    bought thing): the maker, linked by the word itself."""
    if tok.dep_ not in MAKER_DEPS or tok.head not in trig.extra or tok in trig.extra:
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    words = ent if ent is not None and tok.head.i not in range(ent.start, ent.end) else \
        tok.doc[tok.i:tok.i + 1]  # 'South Korean', not 'Korean' alone
    start, end = words.start_char, words.end_char
    actor = ectx.link(words.text, date)
    return Participant(start, end, words.text, actor) if actor else None


def _co_agents(ectx: EventContext, trig: Trigger, args: Any, date: dict[str, Any]
               ) -> list[Participant]:
    """Who acts with the source: 'X, together with Y, attacked', 'X attacked alongside Y',
    'X, along with Y, shelled …' (the phrase on the source, the trigger or its clause, read as
    ``arguments.co_sources`` reads it: ``joined_objects``). Y is no victim, so its country is
    no place for the unnamed victims either."""
    heads = list(dict.fromkeys(t for t in (trig.token, args.clause, *args.source)
                               if t is not None))
    toks = [g for h in heads for g in joined_objects(h, trig.token)]
    return _participants(ectx, toks, date.get("value"), trig, False) if toks else []


def _linked_name_modifier(ectx: EventContext, tok: Any) -> list[Any]:
    """'Nigeria condemned the Boko Haram attack on a school', 'the al-Shabaab raid': a proper
    name compounded before an act of force that the tagger did not make an entity but the
    registry links to an actor (an armed group, a state or a body; not a place, where the
    act happens: 'the Mogadishu bombing') is who carries it out. Its last word is taken."""
    for c in reversed([c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]):
        if c.pos_ != "PROPN" or c.ent_type_:
            continue
        ent = ectx.entity(c)
        if ent is not None and ent.actor is not None and ent.actor.country and \
                ent.actor.kind != PLACE_KIND:
            return [c]
    return []


def _hyphened_pair(ectx: EventContext, tok: Any, date: str | None) -> list[Participant]:
    """'the U.S.-Ukraine talks', 'U.S.-China trade talks', 'the U.S.-Ukraine minerals deal':
    two names joined by a hyphen into one word before an event noun that names no party
    otherwise (the tokenizer keeps 'U.S.-Ukraine' whole, so no entity covers either name) are
    its parties, the first the source and the second the target, as for 'Russia-Ukraine
    talks' (both linked to actors that are no mere places: 'the Jeddah-Riyadh talks' names
    none). A pair the tokenizer splits but the tagger leaves half unnamed ('the
    Israel-Hezbollah ceasefire') is left alone: read so, it split the tuning story set's
    ceasefire records (fusion recall 0.703 -> 0.568)."""
    heads = [tok] + ([tok.head] if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else [])
    for head in heads:
        mods = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        mods += [g for c in mods if c.pos_ == "NOUN" for g in c.children
                 if g.dep_ == "compound" and g.i < c.i]  # 'the U.S.-Ukraine minerals deal'
        for c in mods:
            words = tok.doc[c.i:c.i + 1]  # one token: 'U.S.-Ukraine'
            if not NAME_SPLIT.search(words.text):
                continue
            pair = split_names(ectx, words.start_char, words.text, date)
            if len(pair) == 2 and all(p.actor is not None and p.actor.kind != PLACE_KIND
                                      for p in pair):
                return pair
    return []


def _clause_attackers(ectx: EventContext, trig: Trigger, source: list[Participant],
                      date: dict[str, Any]) -> list[Participant]:
    """Who strikes in the clause beside a passive act of harm naming no doer: 'two soldiers
    were killed when Russian drones struck a base', 'Russian missiles hit the base, and two
    soldiers were killed' (the subject of a verb of armed harm in the when-clause below the
    trigger, or of the verb the trigger is coordinated with). Its country is no place for
    the unnamed victims."""
    tok = trig.token
    if source or trig.nominal or not any(c.dep_ == "nsubjpass" for c in tok.children):
        return []
    verbs = [c for c in tok.children if c.dep_ == "advcl"]
    if tok.dep_ == "conj" and tok.head.i < tok.i:
        verbs.append(tok.head)
    subjects = [s for v in verbs if v.pos_ == "VERB" and v.lemma_.lower() in HARM_VERBS
                for s in v.children if s.dep_ == "nsubj"]
    return _participants(ectx, subjects, date.get("value"), trig, False) if subjects else []


def _hyphen_mediator(ectx: EventContext, p: Participant) -> bool:
    """'agreed to the Egypt-brokered truce', 'joined the UN-backed talks', 'accepted the
    Qatar-mediated deal': a name joined by a hyphen to a participle of mediation or backing
    is the go-between or the backer of what the act answers, never its target, however the
    parser hangs the truce phrase."""
    return MEDIATOR_RE.match(ectx.text, p.end) is not None


def _setting_place(ectx: EventContext, trig: Trigger, tok: Any, toks: list[Any]) -> bool:
    """'fired on a boat on Lake Kivu', 'attacked the town of Sake in North Kivu', 'ambushed a
    convoy on the Rusizi River': a place that is no state (a lake, a river, a region, a town),
    named in a locative phrase on another target of the act or on the verb beside its direct
    object, tells where the act happened, not who underwent it. A country so named stays a
    target ('attacked a base in Syria'), and so does a place the act is done on without another
    target ('fired on Goma')."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in SETTING_PREPS:
        return False
    ent = ectx.entity(tok)
    if ent is None or not (ent.label in GEOGRAPHIC_LABELS or
                           (ent.actor is not None and ent.actor.kind == PLACE_KIND)):
        return False
    others = [o for o in toks if not ent.start <= o.idx < ent.end]
    holders = {o.i for o in others} | {o.head.head.i for o in others
                                       if o.dep_ == "pobj" and o.head.lower_ == "of"}
    holder = tok.head.head
    if holder.i in holders:
        return True
    return holder == trig.token and any(o.dep_ == "dobj" and o.head == holder for o in others)


def _setting_location(ectx: EventContext, tok: Any, date: str | None) -> dict[str, Any] | None:
    """The location an act's setting place gives (``_setting_place``): the place's entity and
    its country."""
    ent = ectx.entity(tok)
    if ent is None:
        return None
    loc: dict[str, Any] = {"text": ent.text, "start": ent.start, "end": ent.end,
                           "from": "place phrase"}
    country = ectx.place_country(ent.text, date) or \
        (ent.actor.country if ent.actor is not None else None)
    if country:
        loc["country"] = country
    return loc


def _without_expanded_source(ectx: EventContext, toks: list[Any], named: list[Participant],
                             source: list[Participant], date: str | None, trig: Trigger,
                             scene: frozenset[str] | None) -> list[Participant]:
    """'Israel signed the deal between Israel and Egypt': a target that only the expansion of
    a coordinated name brought in ('Egypt' widened to 'Israel and Egypt') and that names the
    source again (the same name of the same actor) is dropped; a target named directly keeps
    to the usual overlap rule (``_partner_apart``)."""
    again = [p for p in named if p.actor is not None and any(
        s.actor is not None and s.actor.id == p.actor.id and s.text == p.text and
        (s.start, s.end) != (p.start, p.end) for s in source)]
    if not again:
        return named
    direct = {(p.start, p.end) for p in _participants(ectx, toks, date, trig, False, scene)}
    return [p for p in named if p not in again or (p.start, p.end) in direct]


def _partner_apart(source: list[Participant], target: list[Participant]
                   ) -> tuple[list[Participant], list[Participant]]:
    """Source and target without overlap. A party named both in a group subject and as the
    partner ('Following talks with X, both leaders ...') is the target when the group keeps
    somebody else; otherwise a target repeating a source is dropped."""
    shared = [p for p in source if any(same_participant(p, t) for t in target)]
    if shared and len(shared) < len(source):
        return [p for p in source if p not in shared], target
    return source, [p for p in target if not any(same_participant(p, s) for s in source)]


def _mutual_partners(trig: Trigger, subjects: list[Any], source: list[Participant]
                     ) -> tuple[list[Participant], list[Participant]]:
    """Source and target of a verb whose own coordinated subject names parties of several
    countries.
    A meeting ('Kenyan and Somali officials met', 'X and Y met'), which reads as 'X met Y':
    the first-named country's parties are the source, the others' the target, no party
    being both.
    Any other act of conjoined parties is a joint one: 'X and Y agreed to a truce', 'failed
    to agree', 'offered to mediate', 'pledged aid', 'agreed to cooperate', 'Kenyan and
    Somali troops clashed' keep every party as the source and take no target from among
    them (PLOVER's gold lists both as the source, with no target: its compound SRC/TAR
    actor).
    A nominal event and a subject that refers back ('they', 'both leaders') keep all
    parties as the source."""
    lemma = trig.token.lemma_.lower()
    if trig.nominal or lemma not in SIDED_LEMMAS:
        return source, []
    if any(t.pos_ in NOUN_POS for t in trig.extra) or not any(
            t.dep_ == "conj" for s in subjects if s.sent == trig.token.sent for t in s.subtree):
        return source, []
    partners = _partners_of_first(source)
    if not partners:
        return source, []
    others = {p.actor.country for p in partners if p.actor is not None}
    return [p for p in source if p.actor is None or p.actor.country not in others], partners


def _partners_of_first(source: list[Participant]) -> list[Participant]:
    """The parties of other countries than the first-named one, when there are several."""
    countries = [p.actor.country for p in source if p.actor and p.actor.country]
    if len(set(countries)) < 2:
        return []
    first = countries[0]
    return [replace(p) for p in source if p.actor and p.actor.country and p.actor.country != first]


def _reciprocal(tok: Any) -> bool:
    """Whether a token is part of the reciprocal pronoun 'each other' / 'one another'."""
    doc, i = tok.doc, tok.i
    pairs = [doc[j:j + 2].text.lower() for j in (i - 1, i) if 0 <= j and j + 2 <= len(doc)]
    return any(p in RECIPROCAL_PRONOUNS for p in pairs)


def _reciprocal_partners(trig: Trigger, args: Any, source: list[Participant]
                         ) -> list[Participant]:
    """The target of a reciprocal act of parties of several countries: 'X and Y accused each
    other', 'blamed one another for the clashes', 'fired at each other', 'X and Y traded
    accusations': each party did it to the other, so every party is also a target."""
    countries = {p.actor.country for p in source if p.actor and p.actor.country}
    if len(countries) < 2:
        return []
    heads = [t for t in (trig.token, args.support) if t is not None]
    words = [c for h in heads for c in h.children if c.dep_ in ("dobj", "dative", "prep")]
    words += [g for w in words if w.dep_ == "prep" for g in w.children if g.dep_ == "pobj"]
    verb = trig.token if not trig.nominal else args.support if args.support is not None else \
        trig.token.head if trig.token.dep_ == "dobj" else None
    exchanged = verb is not None and verb.lemma_.lower() in EXCHANGE_VERBS
    if not exchanged and not any(_reciprocal(w) for w in words):
        return []
    return [replace(p) for p in source if p.actor and p.actor.country]


def _contexts(lex: Lexicon, sent: Any, etype: str) -> list[str]:
    """PLOVER contexts whose keywords occur in the sentence, plus the type's defaults."""
    key = ("eventwire", "contexts", sent.start, sent.end)
    found = sent.doc.user_data.get(key)
    if found is None:  # once per sentence: its events share it
        lemmas = sentence_words(sent)
        found = sent.doc.user_data[key] = [name for name, words in lex.context_sets().items()
                                           if not lemmas.isdisjoint(words)]
    return list(dict.fromkeys([*lex.context_defaults.get(etype, []), *found]))


def _sentence_span(ectx: EventContext, sent: Any) -> tuple[int, int]:
    """Character range of a sentence without trailing whitespace."""
    text = ectx.text[sent.start_char:sent.end_char]
    return sent.start_char, sent.start_char + len(text.rstrip())


def _confidence(how: str, n_args: int, trig: Trigger) -> float:
    """A calibrated score from pattern strength: verbal > nominal > context > bare keyword."""
    base = CONFIDENCE[(how if how in ("verbal", "nominal", "clause", "context") else "nominal",
                       min(n_args, 2))]
    return min(0.99, base + (CONDITIONAL_BONUS if trig.entry.conditional else 0.0))


def _embedded_victims(ectx: EventContext, trig: Trigger, embedded: list[Trigger],
                      date: str | None) -> list[Participant]:
    """Who a harm the act holds befalls, for an attack or coercion naming no target of its
    own: 'X carried out airstrikes, killing 12 soldiers', 'X launched a crackdown, arresting
    dozens of migrants' (the participle is part of the act; its object is the act's
    victim). Only a victim whose own words give its country, not the text around it."""
    for e in embedded:
        if e.entry.type not in VICTIM_TYPES or e.nominal:
            continue
        eargs = arguments_of(e, ectx.lexicon, lambda tok: _names_a_place(ectx, tok))
        found = [p for p in _participants(ectx, eargs.target, date, e, eargs.expand)
                 if p.actor and p.actor.country and not placed_by_context(p.actor)]
        if found:
            return found
    return []


DOER_MODIFIER_TYPES = ("ASSAULT", "COERCE")  # acts of force: 'the Boko Haram attack'


@per_object
def _judging_words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """(``_judging_verbs``, the polar and evaluative words of ``disapproval``), made once per
    lexicon."""
    return (_judging_verbs(lexicon), lexicon.disapproval.get("polar", frozenset())
            | lexicon.disapproval.get("evaluations", frozenset()))


def _judging_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The verbs that judge what they name: 'deemed it unacceptable', 'described it as ...'."""
    words = lexicon.patterns.get("disapproval_charges", {})
    return frozenset(w for k in ("naming_verbs", "as_verbs", "small_clause_verbs")
                     for w in words.get(k, ()))


NAME_HOLDERS = frozenset({"act", "form", "kind", "case", "instance", "example"})  # 'an [act] of'
CHARGE_NAMED_TYPES = ("ASSAULT", "COERCE", "THREATEN")  # 'aggression', 'blackmail', 'a threat'
WH_TAGS = ("WP", "WDT")  # 'what he called a ...'


def _judging_verbs_of(lexicon: Lexicon) -> frozenset[str]:
    """``_judging_verbs`` of the lexicon, made once per lexicon."""
    return _judging_words(lexicon)[0]


def _named_as(trig: Trigger, verbs: frozenset[str]) -> bool:
    """'called the sanctions "aggression"', 'called the raid an act of aggression', 'described
    the blockade as warfare': a noun of force by which a party names something it judges is
    that party's charge (ACCUSE, from the disapproval words), not an attack or coercion. Not
    'what he called a wonderful meeting': a thing named by a wh-word is the occurrence."""
    if not trig.nominal or trig.entry.type not in CHARGE_NAMED_TYPES:
        return False
    tok = trig.token
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in NAME_HOLDERS:
        tok = tok.head.head
    if tok.dep_ == "oprd":
        verb = tok.head
        return verb.lemma_.lower() in verbs and any(
            c.dep_ == "dobj" and c.tag_ not in WH_TAGS for c in verb.children)
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        verb = tok.head.head
        if verb.dep_ == "dobj":
            verb = verb.head
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in verbs
    return False


def build_filter(ectx: EventContext, trig: Trigger, args: Arguments) -> str | None:
    """The name of the first rule by which a trigger tells no event ('a storm hit the coast',
    'the attack scene', 'an existing agreement' ...), or None; ``build_event`` drops it."""
    etype, tok, nominal = trig.entry.type, trig.token, trig.nominal
    party = lambda t: is_party(t, _agents(ectx), ectx.lexicon) or person_noun(t)  # noqa: E731
    weapon = lambda t: _weapon(ectx.lexicon, t)  # noqa: E731
    rules: tuple[tuple[str, Callable[[], bool]], ...] = (
        ("natural_event", lambda: natural_event(etype, tok, nominal, args.source, args.target,
                                                trig.extra)),
        ("scene_of_attack", lambda: scene_of_attack(etype, tok, nominal)),
        ("reporting_formula", lambda: reporting_formula(etype, tok)),
        ("forecast_warning", lambda: forecast_warning(etype, tok,
                                                      lambda a, b: _allied(ectx, a, b))),
        ("state_warning", lambda: state_warning(
            etype, tok, lambda lemma: bool(ectx.lexicon.candidates("noun", lemma)))),
        ("existing_agreement", lambda: trig.retyped is None and
         existing_agreement(etype, tok, nominal, args.support)),
        ("unmade_agreement", lambda: unmade_agreement(etype, tok, nominal, ectx.lexicon)),
        ("passing_relation", lambda: trig.retyped is None and
         passing_relation(etype, tok, nominal, ectx.lexicon)),
        ("no_commitment", lambda: no_commitment(etype, tok, nominal, ectx.lexicon)),
        ("no_supporter", lambda: no_supporter(etype, tok, nominal, _agents(ectx),
                                              ectx.lexicon)),
        ("met_with_reception", lambda: met_with_reception(etype, tok, nominal)),
        ("countered_threat", lambda: countered_threat(etype, tok, nominal)),
        ("named_as", lambda: _named_as(trig, _judging_verbs_of(ectx.lexicon))),
        ("ended_charge", lambda: ended_charge(etype, tok, nominal)),
        ("no_doer", lambda: no_doer(etype, tok, nominal, party, weapon)),
        # the subject of 'came under fire' is its target
        ("no_attacker", lambda: not trig.entry.reversed and
         no_attacker(etype, tok, nominal, party, weapon)),
        ("no_party_causer", lambda: not trig.entry.reversed and
         no_party_causer(etype, tok, nominal, party, weapon)),
        ("generic_means", lambda: generic_means(etype, tok, nominal)),
        ("caused_resignation", lambda: trig.entry.mode == RESIGN_MODE and
         caused_resignation(etype, tok, nominal, party, weapon)),
    )
    return next((name for name, rule in rules if rule()), None)


def build_event(ectx: EventContext, trig: Trigger, sent: Any, embedded: list[Trigger],
                previous: list[EventMention]) -> EventMention | None:
    """One EventMention for a trigger, or None when a context-only noun has no participants.
    Its participants are taken from earlier mentions of its own live-page entry only
    (``in_entry``)."""
    previous = in_entry(ectx.text, trig.start, previous)
    args = arguments_of(trig, ectx.lexicon, lambda tok: _names_a_place(ectx, tok))
    if trig.nominal and not args.source and trig.entry.type in DOER_MODIFIER_TYPES:
        args.source = _linked_name_modifier(ectx, trig.token)  # 'the Boko Haram attack'
    if build_filter(ectx, trig, args) is not None:
        return None
    anchors = [trig.token, args.clause, args.support]
    date = attrs.event_date(ectx, anchors, sent)
    if date.get("from") == "article" and trig.entry.type in SAID_TYPES:
        date = _said_date(ectx, trig) or date
    if date.get("from") == "article":
        date = _warned_date(ectx, trig, AFTER_WARNING) or date
    source = _participants(ectx, args.source, date.get("value"), trig, args.expand)
    source = [p for p in source if not _bare_instrument(ectx, p, args.source)]
    scene = frozenset(p.actor.country for p in source + _co_agents(ectx, trig, args, date) +
                      _clause_attackers(ectx, trig, source, date)
                      if p.actor and p.actor.country) \
        if trig.entry.type in VICTIM_TYPES else None
    settings = [t for t in args.target if _setting_place(ectx, trig, t, args.target)]
    targets = [t for t in args.target if t not in settings and not _skyward(t)]
    named = _participants(ectx, targets, date.get("value"), trig, args.expand, scene)
    named = [p for p in named if not _hyphen_mediator(ectx, p)]
    named = _without_expanded_source(ectx, targets, named, source, date.get("value"), trig,
                                     scene)
    source, target = _partner_apart(source, named)
    if not (source or target):  # 'the U.S.-Ukraine talks', 'the U.S.-Ukraine deal was signed'
        nouns = [trig.token] if trig.nominal else \
            [c for c in trig.token.children if c.dep_ == "nsubjpass" and c in trig.extra]
        pair = next((p for n in nouns if (p := _hyphened_pair(ectx, n, date.get("value")))), [])
        source, target = pair[:1], pair[1:]
    if not target:
        source, target = _mutual_partners(trig, args.source, source)
    if not target:
        target = _reciprocal_partners(trig, args, source)
    if not target and trig.entry.type in VICTIM_TYPES:
        target = _embedded_victims(ectx, trig, embedded, date.get("value"))
    if (trig.entry.needs_context or (_background(trig) and not _definite(trig.token))) \
            and not (source or target):
        return None
    if trig.entry.needs_particular and trig.nominal and not (source or target) and \
            not particular_occurrence(trig.token):  # 'violence is never the answer'
        return None
    if trig.nominal and told_as_common(trig.token):  # 'such attacks are rare in the north'
        return None
    s0, s1 = _sentence_span(ectx, sent)
    ready = _readiness(trig)
    if ready and not source:  # 'Lorania is open to dialogue': the copula's subject
        source = _participants(ectx, _ready_subjects(trig), date.get("value"), trig)
    aimed = {(p.start, p.end) for p in _participants(ectx, args.aimed, date.get("value"), trig)}
    etype = INTENT_TYPE if ready else _exercise_type(
        trig, source + [p for p in target if (p.start, p.end) not in aimed],
        lambda tok: participants_of(ectx, tok, date.get("value")))
    mode = _mode(ectx, trig, embedded, args, etype)
    if mode in CYBER_MODES:  # 'a cyber attack on the banks': PLOVER's COERCE, mode cyber
        etype, mode = CYBER_MODES[mode]
    ev = EventMention(
        type=etype, trigger=ectx.span(trig.start, trig.end), sentence=ectx.span(s0, s1),
        mode=mode,
        contexts=_contexts(ectx.lexicon, sent, etype),
        source=source, target=target, date=date,
        location=attrs.event_location(ectx, [trig.token, args.clause, args.support,
                                             *event_subjects(ectx, trig), *direct_objects(trig),
                                             *args.target],
                                      date.get("value")),
    )
    extended = attrs.extension_deadline(ectx, sent, {a.i for a in anchors if a is not None})
    if extended is not None:  # 'extended the truce until March 3': its new end
        ev.attributes["deadline"] = extended
    if ev.location is None and trig.nominal:  # 'the attack, which took place in X'
        ev.location = attrs.clause_location(ectx, trig.token, date.get("value"))
    if ev.location is None:  # 'flew to Varo, where he held talks with X': the clause's place
        ev.location = attrs.where_location(ectx, [trig.token, args.clause], date.get("value"))
    if ev.location is None and settings:  # 'fired on a boat on Lake Kivu': where it was
        ev.location = _setting_location(ectx, settings[0], date.get("value"))
    if not ev.target and ev.location is not None and ev.type not in NO_LOCATION_TARGET:
        place = location_target(ectx, ev)
        if place is not None and not any(same_participant(place, s) for s in ev.source):
            ev.target = [place]
            ev.attributes["target_from"] = "location"
    mission_protest(ectx, ev, trig, lambda tok, day: participants_of(ectx, tok, day))
    if ev.location is None:
        ev.location = attacked_place(ectx, ev)
    if ev.location is None and ev.type in PLACE_OBJECT_TYPES:
        ev.location = attrs.struck_place(ectx, event_subjects(ectx, trig), date.get("value"))
    home = domestic_target(ev)
    if home is not None:
        ev.target = [home]
        ev.attributes["target_from"] = "domestic measure"
    ev.modality, speculative = modality_of(trig.token, ectx.lexicon, ectx.blocks, ectx.text,
                                           trig.entry.future, trig.extra,
                                           speech=trig.entry.type in SPEECH_ACT_TYPES)
    if etype != trig.entry.type and etype == INTENT_TYPE and ev.modality == PLANNED:
        ev.modality = ASSERTED  # the readiness is stated now; the talks are its content
    if ev.modality in COMMITMENT_MODALITIES and etype not in SAID_PURPOSE_TYPES and \
            purpose_aim(trig.token):
        ev.modality = HYPOTHETICAL  # 'sent warships to support its allies': an aim, not a plan
    if ev.modality in (*COMMITMENT_MODALITIES, HYPOTHETICAL) and \
            correlative_comparison(trig.token):
        ev.modality = HYPOTHETICAL  # 'the more X bullies Y, the more support Y gets': a rule
        ev.attributes["modality_from"] = CORRELATIVE  # and no intent derived from it
    if ev.modality == HYPOTHETICAL and etype in ATTEMPTED_TYPES and not speculative and \
            attempted_act(trig.token, ectx.lexicon):
        ev.modality = ASSERTED  # 'tried to kill the envoy': an attempted attack is an attack
        ev.attributes["attempted"] = True
    if ev.modality in (HYPOTHETICAL, PLANNED, NEGATED) and stopped_act(trig):
        ev.modality = ASSERTED  # 'called on the army to stop the killing': it is going on
        ev.attributes["modality_from"] = "act to be stopped"
        if trig.token.dep_ == "dobj":
            doer = _stopper(trig.token)
            ev.source = participants_of(ectx, doer, ev.date.get("value")) if doer else []
    if ev.modality in (HYPOTHETICAL, PLANNED) and ev.date.get("from") == "article":
        ev.date = _governor_date(ectx, trig) or ev.date
    if ev.modality in (HYPOTHETICAL, PLANNED) and etype in MEASURE_TYPES and trig.nominal and \
            not speculative and standing_measure(trig.token):
        ev.modality = ASSERTED  # 'wants to resolve the freeze on grain': the freeze is in force
        ev.attributes["modality_from"] = "measure in force"
    mark_background(ectx, ev, trig.token, sent)
    mark_recounted(ectx, ev, trig.token)
    _mark_row_time(ectx, ev)
    mark_scheduled(ectx, ev, trig.token)
    mark_conditional(ectx, ev, trig.token)
    how = args.how if (source or target) else "nominal" if trig.nominal else "verbal"
    agentless = not trig.nominal and _agentless_passive(trig.token)
    authority_from_location(ectx, ev, agentless)  # its own sentence's place before context
    if trig.nominal and not (source or target) and _definite(trig.token):
        how = _from_context(ectx, ev, previous)
    elif not ev.source and trig.nominal and _definite(trig.token):
        _source_from_context(ectx, ev, previous)
    elif not ev.source and agentless:
        _source_from_context(ectx, ev, within_reach(ectx, ev, previous))
    authority_from_article(ectx, ev, agentless)  # no place, no doer before: the state's
    released_by_own_state(ev, agentless)
    residence_from_location(ectx, ev, trig, previous)
    if trig.nominal and ev.modality == ASSERTED and _definite(trig.token) and \
            planned_antecedent(ectx, ev, previous):
        ev.modality = PLANNED  # 'the Trump-Putin conversation' of an article about a plan
        ev.attributes["modality_from"] = "context"
    ev.attribution = attribution_of(ectx, trig.token, date.get("value"))
    ev.confidence = _confidence(how, bool(ev.source) + bool(ev.target), trig)
    _fill_attributes(ectx, ev, trig, args, sent, embedded, speculative, how)
    ev.attributes["trigger_info"].update(_place_in_article(ectx, trig, s0))
    ev.attributes["trigger_info"]["cameo_vote"] = ectx.lexicon.cameo_vote(
        trig.entry.pos, trig.entry.lemma, ev.type)
    inherit_source(ectx, ev, trig, args, previous)
    inherit_target(ectx, ev, trig, previous)
    _inherit_partner(ev, trig, args, previous)
    if not ev.target:  # 'X and Y traded accusations': the noun's source is the verb's subject
        ev.target = _reciprocal_partners(trig, args, ev.source)
    return ev


def _mark_row_time(ectx: EventContext, ev: EventMention) -> None:
    """An event of a chronology row is placed by the row's date: after the article's
    publication it is scheduled ("| 26 Jan | Deadline for the withdrawal |"), long before it
    background ("| 2006 | War between the two |"), as a dated list entry is."""
    published = ectx.ex.article.published_date
    if ev.modality != ASSERTED or ev.date.get("via") != "table row" or published is None:
        return
    value = str(ev.date.get("value") or "")
    if value[:10] > published.isoformat():
        ev.modality = PLANNED
    elif old_date(value, published):
        span = ev.date.get("span") or {}
        ev.modality = BACKGROUND
        ev.attributes["background"] = {"how": "label", "value": value,
                                       "start": span.get("start"), "end": span.get("end")}


def _mode(ectx: EventContext, trig: Trigger, embedded: list[Trigger], args: Arguments,
          etype: str) -> str | None:
    """The event's mode: a release's or a resignation's own (cue words of a truce in its
    sentence name another event), none for a retyped exercise, else from the entry and cues."""
    if etype != trig.entry.type:
        return None
    if trig.entry.mode in HAND_OVER_MODES:
        return f"{etype}/{trig.entry.mode}"
    return event_mode(ectx.lexicon, trig, embedded, args)


def _readiness(trig: Trigger) -> bool:
    """A consultation its party declares itself ready for ('open to dialogue', 'ready for
    talks'): CAMEO codes READY (FOR &NEGOTIATION) 036, an intent to meet or negotiate
    (PLOVER AGREE), not the meeting itself."""
    tok = trig.token
    if trig.entry.type != MEETING_TYPE or not trig.nominal or tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in READY_PREPS and prep.head.lemma_.lower() in READY_WORDS and \
        prep.head.pos_ == "ADJ"


def _ready_subjects(trig: Trigger) -> list[Any]:
    """The subject of the clause declaring itself ready ('[Lorania] is open to dialogue'); a
    door left open names the clause through its noun ('[Iran] left the door open to talks')."""
    verb = trig.token.head.head.head
    if verb.lemma_.lower() in OPEN_DOOR_NOUNS and verb.dep_ in DONE_TO_DEPS:
        verb = verb.head
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS]


def _exercise_type(trig: Trigger, parties: list[Participant],
                   linked: Callable[[Any], list[Participant]]) -> str:
    """The type of a trigger's event; a military exercise held by parties of two or more
    countries is a joint one ('French and Egyptian warships launched war games': CAMEO 062,
    COOPERATE), else the entry's type (an exercise of one party: CAMEO 150, MOBILIZE). The
    parties are the event's, else the subject of the verb the exercise is the object of."""
    etype = trig.entry.type
    if etype != SHOW_OF_FORCE or not trig.nominal or trig.entry.lemma not in EXERCISE_LEMMAS:
        return etype
    tok = trig.token
    while tok.dep_ in ("pobj", "prep") and tok.head.i != tok.i:  # 'five days [of] war games'
        tok = tok.head
    if not parties and tok.dep_ == "dobj":
        parties = [p for c in tok.head.children if c.dep_ in SUBJECT_DEPS
                   for t in (c, *c.conjuncts) for p in linked(t)]
    countries = {p.actor.country for p in parties if p.actor is not None and p.actor.country}
    return JOINT_TYPE if len(countries) > 1 else etype


def _inherit_partner(ev: EventMention, trig: Trigger, args: Arguments,
                     previous: list[EventMention]) -> None:
    """The partner of a coordinated earlier act ('X met Y and signed an agreement'). A signed
    agreement (SUPPORT, CAMEO 057) is an act between parties as an agreement is, so it is
    read as one for this rule."""
    signed = ev.type == SIGNED_TYPE and any(t.lemma_.lower() in SIGNED_OBJECTS for t in trig.extra)
    if signed:
        ev.type = AGREEMENT_TYPE
    try:
        inherit_partner(ev, trig, args, previous)
    finally:
        if signed:
            ev.type = SIGNED_TYPE


def _agents(ectx: EventContext) -> Any:
    """The registry's generic agent nouns (none without a registry)."""
    return ectx.registry.agents if ectx.registry is not None else {}


# vehicles of war that carry out an attack for whoever sends them
INSTRUMENT_VEHICLES = frozenset({"drone", "uav", "jet", "warplane", "aircraft", "plane", "bomber",
                                 "helicopter", "gunship", "tank", "warship", "ship", "vessel",
                                 "boat", "submarine", "frigate", "destroyer"})


def _bare_instrument(ectx: EventContext, p: Participant, toks: list[Any]) -> bool:
    """True for a source that is a weapon or a vehicle naming no party ('the drone struck the
    station', 'a warship fired on the boat'): an instrument, not a party; the doer is unknown.
    'A Ruritanian drone' names Ruritania, which the participant then is; a modified weapon ('an
    enemy drone', 'rebel rockets') may name its party through context, so it stays."""
    if p.actor is not None:
        return False
    return any(p.start <= t.idx < p.end and t.pos_ == "NOUN" and
               (t.lemma_.lower() in INSTRUMENT_VEHICLES or _weapon(ectx.lexicon, t))
               and not violence_noun(t) and not _agent_noun(t) and
               not any(c.dep_ in OWNER_DEPS for c in t.children) for t in toks)


OWNER_DEPS = ("amod", "compound", "poss", "nmod")  # 'an enemy drone', 'rebel rockets': a party


AGENT_SUFFIXES = ("man", "men", "er", "ers", "ist", "ists", "ant", "ants", "or", "ors")


def _agent_noun(tok: Any) -> bool:
    """A noun naming people who act, not a thing they act with: 'gunmen', 'bombers',
    'snipers', 'militants', 'attackers' (a weapon cue of an ASSAULT mode all the same)."""
    return tok.lower_.endswith(AGENT_SUFFIXES) or tok.lemma_.lower().endswith(AGENT_SUFFIXES)


def _weapon(lexicon: Lexicon, tok: Any) -> bool:
    """A noun naming a weapon or an attack: a cue of an ASSAULT mode ('bomb', 'drone',
    'artillery') or a noun that triggers an ASSAULT or a COERCE ('the raid', 'clashes')."""
    lemma = tok.lemma_.lower()
    if violence_noun(tok) or any(lemma in cues or tok.lower_ in cues
           for cues in lexicon.modes.get(ATTACK_TYPE, {}).values()):
        return True
    return any(e.type in ATTACK_NOUN_TYPES for e in lexicon.candidates("noun", lemma))


def _allied(ectx: EventContext, a: Any, b: Any) -> bool:
    """True when two tokens name parties linked to a common country."""
    countries = [{p.actor.country for p in participants_of(ectx, t, None)
                  if p.actor is not None and p.actor.country} for t in (a, b)]
    return bool(countries[0] & countries[1])


def _names_a_place(ectx: EventContext, tok: Any) -> bool:
    """True when the token's entity is a place inside a country (a city, a region)."""
    ent = ectx.entity(tok)
    return ent is not None and ent.actor is not None and ent.actor.kind == PLACE_KIND


def _place_in_article(ectx: EventContext, trig: Trigger, sent_start: int) -> dict[str, str]:
    """Where the trigger sits: lead or body of the article, inside a quotation or not."""
    lead = sent_start < LEAD_CHARS
    quoted = any(q.content.start <= trig.start < q.content.end for q in ectx.ex.quotes)
    return {"position": "lead" if lead else "body", "quoted": "1" if quoted else "0"}


def in_entry(text: str, at: int, previous: list[EventMention]) -> list[EventMention]:
    """The earlier mentions a mention of a live page's timestamped entry ("20:05 GMT:
    Israel's cabinet has approved the agreement") may take its parties from: those of its
    own entry and of the page's headline and intro above the first stamp, which frame every
    entry; not those of another entry, which tells another moment. Outside live pages,
    every earlier mention."""
    entry = entry_of(text, at)
    if entry is None:
        return previous
    first = entry_stamps(text)[0][0]
    return [p for p in previous if p.trigger.start < first or p.trigger.start >= entry]


def entry_of(text: str, at: int) -> int | None:
    """The start of the timestamped live-page entry a mention at ``at`` sits in, or None
    outside one (the headline and intro of a live page, any other article)."""
    starts, ends = entry_stamps(text)
    n = bisect_right(ends, at)  # the stamps that end before the mention
    return starts[n - 1] if n else None


@lru_cache(maxsize=4)
def entry_stamps(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the live-page entry stamps of a text, found once per text (the
    mentions of one article look them up by position)."""
    found = [(m.start(), m.end()) for m in ENTRY_STAMP_RE.finditer(text)]
    return tuple(a for a, _ in found), tuple(b for _, b in found)


def _from_context(ectx: EventContext, ev: EventMention, previous: list[EventMention]) -> str:
    """Take participants (and mode) from the closest earlier explicit mention of the same type."""
    found = context_participants(ectx, ev, truce_context(ev, previous))
    if found is None:
        return "nominal"
    ev.source, ev.target = own_participants(found.source), list(found.target)
    ev.attributes["participants_from"] = "context"
    ev.attributes["context_trigger"] = found.trigger.to_dict()
    if found.modality == PLANNED and ev.modality == ASSERTED:
        ev.modality = PLANNED  # 'the conversation' refers back to an announced one
        ev.attributes["modality_from"] = "context"
    if ev.mode is None and found.mode is not None:
        ev.mode = found.mode
        ev.attributes["mode_from"] = "context"
    return "context"


def _source_from_context(ectx: EventContext, ev: EventMention, previous: list[EventMention]
                         ) -> None:
    """Fill a missing source from the closest earlier mention of the same type."""
    found = context_participants(ectx, ev, truce_context(ev, previous), need_source=True)
    if found is None:
        return
    ev.source = own_participants(found.source)
    ev.attributes["source_from"] = "context"
    ev.attributes["context_trigger"] = found.trigger.to_dict()
    if ev.mode is None and found.mode is not None:
        ev.mode = found.mode
        ev.attributes["mode_from"] = "context"


def _fill_attributes(ectx: EventContext, ev: EventMention, trig: Trigger, args: Arguments,
                     sent: Any, embedded: list[Trigger], speculative: bool, how: str) -> None:
    """Duration, counts, amounts, embedded events, commitments and provenance notes."""
    a = ev.attributes
    duration = next((d for t in (trig.token, *trig.extra)
                     if (d := attrs.event_duration(ectx, t, sent)) is not None), None)
    if duration is not None:
        a["duration"] = duration
    counts = attrs.event_counts(ectx, trig.token, args.clause)
    if counts:
        a["counts"] = counts
    amounts = attrs.event_amounts(ectx, sent, trig.token)
    if amounts:
        a["amounts"] = amounts
    halts = [trig] if trig.retyped is not None else []  # an agreed truce embeds its halt
    if embedded or halts:
        a["embedded"] = [{"type": e.matched.type, "mode": e.matched.mode,
                          "trigger": ectx.span(e.start, e.end).to_dict()}
                         for e in (*halts, *embedded)]
    if speculative:
        a["speculative_context"] = True
    if how == "clause":
        a["participants_from"] = "clause"
    a["pattern"] = _pattern_name(trig)
    a["trigger_info"] = _trigger_info(trig)
    _commitment(ectx, ev, trig, args)


def _stated_threat(ev: EventMention, trig: Trigger) -> bool:
    """A threat made now whose content is the threatened act ('threatened to close the
    strait', 'warned that Israel would respond with force'): a commitment of the threatener,
    as a planned hostile act is."""
    if ev.type != THREAT_TYPE or ev.modality != ASSERTED or trig.nominal:
        return False
    return any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(
        a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in c.children))
        for c in trig.token.children)


def _trigger_info(trig: Trigger) -> dict[str, str]:
    """The lexicon entry and syntax behind a trigger (evidence, and features of the confidence)."""
    tok = clause_token(trig.token)
    info = {"lemma": trig.entry.lemma, "origin": trig.entry.origin, "tag": tok.tag_,
            "dep": tok.dep_, "head": tok.head.lemma_.lower()}
    if trig.entry.cameo:
        info["cameo"] = trig.entry.cameo
    if trig.entry.reversed:
        info[REVERSED_KEY] = "1"  # a role-reversed dictionary phrase: no CAMEO floor
    return info


def _commitment(ectx: EventContext, ev: EventMention, trig: Trigger, args: Arguments) -> None:
    """Attach a commitment block when the trigger promises, agrees or sets a deadline."""
    kind = commitment_kind(ectx, trig.token.lemma_.lower())
    conditional = "conditional" in ev.attributes
    if kind is not None and ev.type in ("AGREE", "THREATEN", "RETREAT") \
            and (ev.modality in COMMITMENT_MODALITIES or conditional):
        ev.attributes["commitment"] = build_commitment(ectx, ev, trig.token, kind)
    elif kind is None:
        found = plan_commitment(ectx, ev, trig.token) or (
            plan_commitment(ectx, ev, trig.token, "threat") if _stated_threat(ev, trig) else None)
        if found is not None:
            ev.attributes["commitment"] = found
    found = ev.attributes.get("commitment")
    if found is not None:
        condition = ev.attributes.get("conditional") or \
            commitment_condition(trig.token, ectx.lexicon)
        if condition is not None:
            found["condition"] = condition
