"""Absorption: a trigger inside the complement of another trigger is part of that event.

"pledge to refrain from attacks" is one AGREE; "threatened to shell towns" one
THREATEN; purpose infinitives and participles sharing the subject ("staged
protests to demand ...") belong to the main act.
"""

from __future__ import annotations

from typing import Any

from eventwire.extract.agreements import thanked_for
from eventwire.extract.lexicon import ORIGIN_CAMEO
from eventwire.extract.triggers import Trigger, following_infinitive

MODIFIER_DEPS = ("compound", "amod", "nmod")
COMPLEMENT_DEPS = ("dobj", "xcomp", "ccomp", "prep", "pobj", "pcomp", "acl", "attr", "oprd",
                   "dative", "acomp", "conj")
SPEECH_ACTS = ("ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT")
SHARED_COMPLEMENT_DEPS = ("xcomp", "pcomp", "conj")  # "threatened to attack and [occupy]"
ANSWERED_TYPES = ("REQUEST", "ACCUSE")  # 'rejected calls for ...', 'denied the allegations'
REFUSAL_TYPE = "REJECT"
GIVEN_TYPES = ("AID", "SUPPORT")  # a gift thanked for stays an act of its giver
CONDEMNED_ACTS = ("ASSAULT", "COERCE")  # hostile acts a condemnation names as done
DISAPPROVAL = "disapprove"  # the mode of condemning verbs (condemn, denounce, deplore, ...)
VISIT = ("CONSULT", "visit")  # a trip: its type and mode
APPROVED_ACTS = ("CONSULT", "AGREE", "RETREAT")  # a meeting or visit, an agreement, a release
APPROVAL_VERBS = ("praise", "hail", "welcome", "applaud", "commend", "laud", "salute")
CREDITING_VERBS = ("credit",)  # 'credited X with / for brokering the truce': the act was done
ORDER_VERBS = ("order", "instruct", "command", "direct")  # 'ordered troops to seal the border'
MATERIAL_ACTS = ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "AID", "RETREAT", "COOPERATE")
TEMPORAL_LINKS = ("after", "before", "since", "upon", "while", "until", "when")
CIRCUMSTANCE_PREPS = ("following", "after", "since", "amid", "amidst", "despite", "during",
                      "until")
# 'in response to the shelling', 'in retaliation for the raid': the act answered is its own
RESPONSE_NOUNS = ("response", "retaliation", "reaction", "reply", "revenge", "reprisal")
MEETING_TYPE = "CONSULT"
ASSAULT = "ASSAULT"
ABDUCT = "abduct"  # the ASSAULT mode of hostage-taking: an act of its own beside an attack
DESTRUCTION = ("COERCE", "destroy")  # the lexicon's destruction of property: its own act too
DECISION_TYPES = ("AGREE", "REJECT")  # a body's decision on a deal, for or against it
DECISION_VERBS = ("vote",)  # lexicon: "vote on / for / against" a deal


def governor(trig: Trigger, tokens: dict[int, Trigger]) -> Trigger | None:
    """The trigger whose complement contains ``trig`` (it absorbs it), or None. A purpose
    adjunct of a light verb belongs to the verb's nominal trigger: 'staged protests [to
    demand] reforms', 'held talks [to discuss] the border'."""
    x = trig.token
    via_conj = False
    while x.head != x and not temporal_clause(x) and not circumstance_phrase(x) and \
            not appositive_clause(x) and (
            x.dep_ in COMPLEMENT_DEPS or adjunct_of_same_act(x) or noun_infinitive(x)):
        via_conj = x.dep_ == "conj"
        adjunct = x.dep_ == "advcl"
        x = x.head
        if x.i in tokens and not via_conj:
            if adjunct and _separate_speech_act(trig, tokens[x.i]):
                return None
            return tokens[x.i]
        if adjunct:
            light = next((tokens[c.i] for c in x.children if c.dep_ == "dobj"
                          and c.i in tokens and tokens[c.i].nominal), None)
            if light is None:  # 'responded to calls from X [to release] them'
                light = next((tokens[g.i] for c in x.children if c.dep_ == "prep"
                              for g in c.children if g.dep_ == "pobj" and g.i in tokens
                              and tokens[g.i].nominal and following_infinitive(g, x) is not None),
                             None)
            if light is not None:  # 'launched airstrikes, [accusing] X of ...' keeps the
                # charge as the verbal attack does ('bombed X, accusing ...')
                return None if _separate_speech_act(trig, light) else light
        if via_conj and x.pos_ in ("VERB", "AUX") and x.dep_ not in SHARED_COMPLEMENT_DEPS:
            return None  # 'attacked the town and [seized] the bridge': two acts
    return None


def appositive_clause(tok: Any) -> bool:
    """A clause spaCy hangs as the content of a later verb whose object noun stands between
    them: 'X accused Y of Z, [a charge] Y denied', 'X struck the port, [a claim] Y rejected'
    (the noun and its relative clause sum up the first clause, which is an act of its own,
    not what the later verb denies; an object never stands before its verb otherwise)."""
    if tok.dep_ != "ccomp" or tok.head.i <= tok.i:
        return False
    return any(c.dep_ == "dobj" and tok.i < c.i < tok.head.i for c in tok.head.children)


def circumstance_phrase(tok: Any) -> bool:
    """A phrase that sets a verb's act in time or against a circumstance names an act of its
    own, no complement: '[following] the attack on the convoy, police arrested five men',
    'rebels shelled the town [despite] the truce', 'talks stalled [during] the offensive'."""
    return tok.dep_ == "prep" and tok.lower_ in CIRCUMSTANCE_PREPS and \
        tok.head.pos_ in ("VERB", "AUX")


def adjunct_of_same_act(tok: Any) -> bool:
    """A purpose infinitive or participle sharing the subject: 'staged protests [to demand]',
    'demonstrated, [calling for] independence'."""
    if tok.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return False
    return tok.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def temporal_clause(tok: Any) -> bool:
    """A participle clause that dates the act it modifies is an act of its own: 'could be
    reached [after meeting] the premier', 'met the speaker [before heading] home', '[while
    visiting] the front'. A participle after another preposition stays part of its head
    ('in addition to meeting', 'instead of meeting', 'insisted on meeting')."""
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ == "pcomp":
        return tok.head.lower_ in TEMPORAL_LINKS
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TEMPORAL_LINKS
                                       for c in tok.children)


def noun_infinitive(tok: Any) -> bool:
    """A to-infinitive that completes a noun, which the parser often labels a relative clause:
    'calls [to lift] the blockade', 'an offer [to mediate]'."""
    return tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and tok.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _separate_speech_act(trig: Trigger, gov: Trigger) -> bool:
    """A participle that says something about a material act is a speech act of its own:
    'fought an insurgency, [accusing] the government of ...' is an ASSAULT and an ACCUSE,
    while 'demonstrated, [demanding] reforms' stays one PROTEST."""
    return trig.entry.type in SPEECH_ACTS and gov.entry.type in MATERIAL_ACTS and \
        not trig.nominal and trig.token.tag_ == "VBG"


def _answered_act(trig: Trigger, gov: Trigger) -> bool:
    """A call, demand or charge that a refusal or denial answers is another party's act of its
    own, not the refusal's content: 'rejected Velland's calls for a ceasefire' reports the
    calls (REQUEST) and their rejection (REJECT), 'dismissed the allegations of torture' the
    allegations (ACCUSE) and the denial. Only the refusal's direct object."""
    return trig.nominal and trig.entry.type in ANSWERED_TYPES and \
        gov.entry.type == REFUSAL_TYPE and trig.token.dep_ == "dobj" and \
        trig.token.head.i == gov.token.i


def _reduced_answer(trig: Trigger, gov: Trigger) -> bool:
    """A refusal told as a reduced passive of the noun it refuses, with its by-agent ('the
    proposal, [rejected] by Moscow last week, ...'): an act of its own, as the finite passive
    ('the proposal was rejected by Moscow'), not a word describing the noun."""
    tok = trig.token
    return trig.entry.type == REFUSAL_TYPE and not trig.nominal and tok.dep_ == "acl" and \
        tok.tag_ == "VBN" and tok.head.i == gov.token.i and \
        any(c.dep_ == "agent" for c in tok.children)


def _condemned_act(trig: Trigger, gov: Trigger) -> bool:
    """A material act that a condemnation names as its direct object is an act of its own, not
    the condemnation's content only: 'condemned the detention of 20 soldiers' reports the
    detention (COERCE) and the condemnation (ACCUSE), as 'denounced the shelling of the town'
    and 'deplored the killing of civilians' report the attack. Only a hostile act
    (``CONDEMNED_ACTS``: 'criticised the ceasefire' names the truce, no new act) and only a
    condemnation made by a verb of disapproval (condemn, denounce, deplore, criticise: not
    'blamed the attacks on militants', whose object is the charge's topic), not an infinitive
    ('failed to condemn the attacks', 'urged them to condemn'), whose object's modality the
    reading would take. A negated condemnation names a real act too ('has not condemned
    Russia's invasion'): the negation is the condemnation's (``unnegated_condemned_act``)."""
    verb = gov.token
    return condemned_object(trig, gov) and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def condemned_object(trig: Trigger, gov: Trigger) -> bool:
    """True for a nominal hostile act that is the direct object of a verb of disapproval
    ('condemned the killing of civilians', 'did not condemn the invasion')."""
    return trig.nominal and trig.entry.type in CONDEMNED_ACTS and \
        gov.entry.type == "ACCUSE" and gov.entry.mode == DISAPPROVAL and \
        trig.token.dep_ == "dobj" and trig.token.head.i == gov.token.i


def unnegated_condemned_act(trig: Trigger, triggers: list[Trigger]) -> bool:
    """True for a hostile act named by a negated condemnation ('China has *not condemned*
    Russia's invasion', 'did not condemn the killing of the protesters'): the act took place;
    only the condemnation is negated."""
    return any(condemned_object(trig, gov) and
               any(c.dep_ == "neg" for c in gov.token.children) for gov in triggers)


def _approved_act(trig: Trigger, gov: Trigger) -> bool:
    """A meeting, agreement or release that a verb of approval names as its direct object is
    an act of its own, not only the praise's content: 'praised his first summit with X'
    reports the summit (CONSULT) and the praise (SUPPORT), as 'hailed the agreement between X
    and Y' reports the agreement and 'applauded the release of the hostages' the release.
    Only ``APPROVED_ACTS`` and only the direct object of a verb of approval
    (``APPROVAL_VERBS``: 'backed the deal' or 'endorsed the plan' name a stance on it, no act
    told as done), not a negated verb nor an infinitive ('refused to hail the deal', 'urged
    them to welcome the talks'). A noun only planned or hoped for is no direct object of the
    verb ('welcomed plans for talks', 'welcomed the prospect of a meeting') or is read as
    planned by its own modifiers."""
    verb = gov.token
    return trig.nominal and trig.entry.type in APPROVED_ACTS and \
        verb.lemma_.lower() in APPROVAL_VERBS and trig.token.dep_ == "dobj" and \
        trig.token.head.i == verb.i and not any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ == "to") for c in verb.children)


def _thanked_gift(trig: Trigger, gov: Trigger) -> bool:
    """Aid or support a thanking names in its for-phrase is the thanked party's act of its own,
    not only the thanks' reason: 'X thanked Y for the aid' reports Y's aid to X (AID) and X's
    thanks (SUPPORT)."""
    if not trig.nominal or trig.entry.type not in GIVEN_TYPES:
        return False
    verb = thanked_for(trig.token)
    return verb is not None and verb.i == gov.token.i


def _credited_act(gov: Trigger) -> bool:
    """An act a party is credited with or for is told as done and stays an event of its own,
    beside the credit (SUPPORT): 'credited Ghana for playing a part in talks with Togo' reports
    the talks, 'credited Egypt with brokering the truce' the brokering."""
    return not gov.nominal and gov.token.lemma_.lower() in CREDITING_VERBS


def _ordered_act(trig: Trigger, gov: Trigger) -> bool:
    """An act a verb of ordering commands in its infinitive is an act of its own, planned
    beside the order (REQUEST): 'ordered the army to seal the border' reports the order and
    the sealing to come, as the reports that follow tell the act itself; 'urged X to
    withdraw' stays one REQUEST, whose act may never come. Only a verbal order whose
    infinitive complement (or a conjunct of it: 'to withdraw and to [free] the fishermen') is
    the trigger."""
    verb = trig.token
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return gov.entry.type == "REQUEST" and not gov.nominal and \
        gov.token.lemma_.lower() in ORDER_VERBS and not trig.nominal and \
        verb.dep_ == "xcomp" and verb.head.i == gov.token.i


def _answered_in_response(trig: Trigger, gov: Trigger) -> bool:
    """An act of another type that a verb answers 'in response to' or 'in retaliation for' is
    an act of its own, not the verb's content: 'closed the border in response to the
    [shelling]' reports the closure and the shelling. One of the same type stays absorbed
    ('struck Gaza in retaliation for the rocket attacks' is one ASSAULT told with its cause)."""
    if (trig.entry.type == gov.entry.type and not _own_doer(trig.token)) or gov.nominal:
        return False
    x = trig.token
    while x.head.i != x.i and x.i != gov.token.i:
        if x.dep_ == "pobj" and x.lemma_.lower() in RESPONSE_NOUNS and x.head.lower_ == "in" \
                and x.head.head.i == gov.token.i:
            return True
        x = x.head
    return False


def _own_doer(tok: Any) -> bool:
    """True for an answered act that names its own doer, by an agent phrase or a name
    before it ('in retaliation for a rocket attack [by] the militia', 'in response to
    [Norland's] shelling', 'for the [Hamas] raid'): the other side's act, told as the
    cause, is an event of its own (``extract.responses`` keeps the answer apart)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "by" and any(o.dep_ == "pobj" for o in c.children):
            return True
        if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN":
            return True
    return False


def _decided_at_meeting(trig: Trigger, gov: Trigger) -> bool:
    """A meeting held to vote on a deal reports the vote as an act of its own, not only the
    meeting's purpose: 'ministers meet on Friday [to vote] on the truce', 'the assembly will
    meet [to vote] against the pact' report the meeting (CONSULT) and the decision (AGREE or
    REJECT, planned as the purpose it is), so outlets telling only the vote ('the ministers
    backed the truce by nine votes to two') give the occurrence the same type. Only a verb
    trigger of a decision (``DECISION_VERBS``) in a to-infinitive of purpose on the meeting's
    own verb; 'met to discuss the truce' stays one CONSULT, and a decision noun ('met to
    approve the [deal]') stays the meeting's purpose, as its modality is read from the verb."""
    if gov.entry.type != MEETING_TYPE or trig.entry.type not in DECISION_TYPES or trig.nominal:
        return False
    verb = trig.token
    return verb.lemma_.lower() in DECISION_VERBS and verb.dep_ in ("advcl", "xcomp") and \
        verb.head.i == gov.token.i and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


RELEASE_TYPE = "RETREAT"
RELEASED_FROM = "from"


def _released_from(trig: Trigger, gov: Trigger) -> bool:
    """An act told in the from-phrase of a release (a RETREAT trigger) is an act of its own
    done before it, not the release's content: 'spoke after her release from [being
    jailed]', 'after their release from [being imprisoned] by X' report the detention
    (COERCE) and the release (RETREAT). A release of the same type stays one act."""
    if gov.entry.type != RELEASE_TYPE or trig.entry.type == RELEASE_TYPE:
        return False
    return released_from(trig.token, gov.token)


def released_from(tok: Any, release: Any) -> bool:
    """True when ``tok`` hangs in the from-phrase of the release word ``release``."""
    x = tok
    while x.head.i != x.i and x.head.i != release.i:
        x = x.head
    return x.head.i == release.i and x.dep_ == "prep" and x.lower_ == RELEASED_FROM


def _may_absorb(gov: Trigger, trig: Trigger) -> bool:
    """A trigger of the CAMEO dictionary never absorbs one of the curated lexicon."""
    return not (gov.entry.origin == ORIGIN_CAMEO and trig.entry.origin != ORIGIN_CAMEO)


def _in_phrase(trig: Trigger, owner: Trigger) -> bool:
    """True when ``trig`` is a word of ``owner``'s phrase or a noun modifier of one: 'suspended
    [aid] deliveries', 'ended [mediation] efforts', 'a sanctions threat'."""
    tok = trig.token
    if any(x.i == tok.i for x in owner.extra):
        return True
    return trig.nominal and tok.dep_ in MODIFIER_DEPS and any(
        x.i == tok.head.i for x in (owner.token, *owner.extra))


def visit_purpose(trig: Trigger, gov: Trigger) -> bool:
    """True for an act of another type a visit or a mission sent sets out to do ('sent envoys
    to X [to back] the talks', 'flew to Y [to sign] a deal'): the aim of the trip, its own
    intended event beside the visit, which tells only the journey."""
    from eventwire.extract.modality import purpose_aim  # modality reads this module
    return gov.entry.type == VISIT[0] and gov.entry.mode == VISIT[1] and \
        trig.entry.type != VISIT[0] and not trig.nominal and purpose_aim(trig.token)


RAID_TYPES = (ASSAULT, "COERCE")  # 'stormed the village', 'raided the village', 'a raid on it'


def captives_taken(trig: Trigger, gov: Trigger) -> bool:
    """True for an abduction told beside another assault or a raid as a clause of its own
    ('attacked a train, [taking] many hostages', 'stormed the village, killing 12 and
    [kidnapping] 30', 'raided the village, [abducting] 30'):
    the people carried off are a second act, not a detail of the attack (PLOVER's `abduct`
    mode)."""
    return trig.entry.type == ASSAULT and gov.entry.type in RAID_TYPES and \
        trig.entry.mode == ABDUCT and gov.entry.mode != ABDUCT and not trig.nominal and \
        trig.token.dep_ in ("advcl", "conj")


def property_destroyed(trig: Trigger, gov: Trigger) -> bool:
    """True for a destruction of property told beside an assault as a clause of its own
    ('attacked the village, [torching] dozens of homes', 'shelled the town and [burned] the
    market'): the property destroyed is a second act, not a detail of the attack (PLOVER's
    `destroy` mode; ``events._destruction_in_attack`` types it ASSAULT)."""
    return trig.entry.type == DESTRUCTION[0] and trig.entry.mode == DESTRUCTION[1] and \
        gov.entry.type == ASSAULT and not trig.nominal and trig.token.dep_ in ("advcl", "conj")


STOPPING_VERBS = ("stop", "halt", "cease", "end")  # 'to stop the killing of civilians'


def stopped_act(trig: Trigger) -> bool:
    """True for a particular hostile act a verb of stopping acts on ('called on the army to
    *stop the killing* of civilians', 'urged Norland to halt its attacks on the grid'): the
    act is going on, whatever becomes of the call to stop it, as is one a call for 'an end
    to' names ('demanded an end to the shelling of the city'); a definite or possessed noun
    only ('to stop attacks' may name none in particular)."""
    tok = trig.token
    if not trig.nominal or trig.entry.type not in CONDEMNED_ACTS or not any(
            (c.dep_ == "det" and c.lower_ in ("the", "its", "their")) or c.dep_ == "poss"
            for c in tok.children):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "to":  # 'an end to the shelling of the city'
        return tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() == "end"
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and \
        tok.head.lemma_.lower() in STOPPING_VERBS


def absorbed_by(triggers: list[Trigger]) -> dict[int, Trigger]:
    """Map trigger token index → governing trigger, for triggers another one absorbs."""
    by_token = {t.token.i: t for t in triggers}
    for t in triggers:
        for tok in t.extra:
            by_token.setdefault(tok.i, t)
    out = {}
    for t in triggers:
        owners = [o for o in triggers if o is not t and _in_phrase(t, o)]
        if owners:
            owner = next((o for o in owners if _may_absorb(o, t) and not _approved_act(t, o)),
                         None)  # 'welcomed the release' (SUPPORT) keeps the release
            if owner is not None:
                out[t.token.i] = owner
            continue
        gov = governor(t, by_token)
        if gov is not None and gov is not t and _may_absorb(gov, t) and \
                not any(x.i == gov.token.i for x in t.extra) and not _answered_act(t, gov) \
                and not _condemned_act(t, gov) and not _approved_act(t, gov) \
                and not _thanked_gift(t, gov) and not _credited_act(gov) \
                and not _decided_at_meeting(t, gov) and not captives_taken(t, gov) \
                and not property_destroyed(t, gov) and not stopped_act(t) \
                and not _ordered_act(t, gov) and not _answered_in_response(t, gov) \
                and not visit_purpose(t, gov) and not _reduced_answer(t, gov) \
                and not _released_from(t, gov):
            # a phrase word of ``t`` never absorbs it: 'the sanctions, [announced] by X'
            # is the verb's phrase, one SANCTION, which otherwise each would absorb
            out[t.token.i] = gov
    return out


def answered_by(triggers: list[Trigger]) -> dict[int, Trigger]:
    """Map trigger token index → the refusal or denial that answers it ('rejected [calls] for
    talks'), also as the passive's subject ('the allegations were denied by X'): the answered
    act stays an event of its own and is also the refusal's content."""
    by_token = {t.token.i: t for t in triggers}
    out = {}
    for t in triggers:
        gov = governor(t, by_token)
        if gov is not None and gov is not t and _answered_act(t, gov):
            out[t.token.i] = gov
        elif t.nominal and t.entry.type in ANSWERED_TYPES and t.token.dep_ == "nsubjpass":
            refusal = by_token.get(t.token.head.i)
            if refusal is not None and refusal.entry.type == REFUSAL_TYPE:
                out[t.token.i] = refusal  # 'the allegations were denied by X': made, refused
    return out


def root_governor(trig: Trigger, absorbed: dict[int, Trigger]) -> Trigger | None:
    """The top trigger that (transitively) absorbs ``trig``."""
    gov = absorbed.get(trig.token.i)
    seen = 0
    while gov is not None and gov.token.i in absorbed and seen < 10:
        gov = absorbed[gov.token.i]
        seen += 1
    return gov
