"""Conflicts between sources about one fused event.

Like is compared with like: values of one attribute (an outcome, whether an
agreement was reached, a count of the dead or of rockets, a duration, the
date, who started it, who mediated, where talks were held) stated by different
outlets about the same record. Values from one article or one outlet never
conflict with each other, and different attributes are never compared. Numbers
are compared as ranges ("at least 11" is 11 or more, "about 250" is 250 give or
take 15%). Each flag lists every value with its articles, outlets and spans; its
kind ends in "conflict".
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from types import SimpleNamespace
from typing import Any

from eventwire.datenumbers import clock_spans, is_date_number
from eventwire.fuse.dates import date_range, duration_days, range_overlap
from eventwire.fuse.mentions import Mention, countries, coverage, failed_agreement, value_of
from eventwire.fuse.summary import mask_abbreviations
from eventwire.fuse.who import (
    MEDIATED_TYPES,
    NEGATED_BEFORE_RE,
    TRIGGER_REACH,
    actors_in,
    article_starter,
    mediators,
    mediators_compatible,
    starter,
    starters_compatible,
)

LEXICON_FILE = "fuse_conflicts.json"
AT_LEAST_RE = re.compile(r"\b(at least|more than|over|upwards of|in excess of|no fewer than)\s*$",
                         re.I)
ABOUT_RE = re.compile(r"\b(about|around|some|nearly|roughly|approximately|almost|close to|"
                      r"an estimated|estimated)\s*$", re.I)
AT_MOST_RE = re.compile(r"\b(at most|up to|fewer than|less than|no more than|not more than|"
                        r"under)\s*$", re.I)
KIND_WHAT = {"held": "holding of the talks", "kept": "keeping of the truce"}  # a claim kind as a flag message names it
VENUE_TYPES = frozenset({"CONSULT", "AGREE"})  # events held at one place: talks, a signing
APART_KINDS = frozenset({"date_conflict", "place_conflict"})  # what tells two occurrences apart
COUNTED_SIDE_RE = re.compile(  # "12 Ruritanian civilians": the counted people's origin
    r"^\s+(?:more\s+|other\s+)?([A-Z][\w-]+)\s+(?:[a-z-]+\s+)?(?:civilian|soldier|troop|people|"
    r"person|national|citizen|fighter|militant|serviceman|servicemen|police|policemen|officer|"
    r"villager|resident|member|personnel|marine|guard)s?\b")
FOUGHT_TYPES = frozenset({"ASSAULT", "COERCE"})  # attacks, clashes, seizures: whose ground
TERRITORY_RE = re.compile(  # which side of a border it happened on: "inside Ruritanian territory"
    r"\b(?:in|inside|into|on|onto|within)\s+(?:the\s+)?(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)"
    r"(?:'s|\u2019s)?\s+(?:(?:own|sovereign)\s+)?(?:territory|soil|side\s+of\s+the\s+"
    r"(?:border|frontier|line))\b")
TERRITORY_MORE = (  # the same, told by a named country or one of its provinces
    re.compile(r"\b(?:inside|within)\s+(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\b"
               r"(?!\s*(?:'s|\u2019s|-))"),  # "deep inside Borduria"
    re.compile(r"\b(?:in|inside|within)\s+(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)"
               r"(?:'s|\u2019s)\s+(?:[A-Z][\w-]*\s+){1,3}(?:province|district|region|"
               r"prefecture|county|governorate)\b"),  # "in Borduria's Varo province"
)
PLACE_BEFORE_RE = re.compile(  # a place of a country the event is in: "in Varo province",
    r"\b(?:in|inside|within|on\s+the)\s+(?:the\s+)?(?:(?:north|south|east|west|central|"  # "on
    r"northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"  # the Varo
    r"south-?western)\s+)?$", re.I)  # border"
PLACE_AFTER_RE = re.compile(r"^(?:'s|\u2019s)?\s+(?:border|frontier|side)\b", re.I)  # "on the"
PLACE_NOUN_RE = re.compile(  # the place's noun, shown with it: "in Varo province"
    r"^(?:'s|\u2019s)?\s+(?:border|frontier|side|province|district|region|prefecture|county|"
    r"governorate|state)\b", re.I)
PLACE_KIND = "place"  # a linked place below a country: a province, district, town
TERRITORY_REACH = 2 * TRIGGER_REACH  # characters between the event's trigger and the phrase
OUTCOME_TYPES = {"CONSULT": ("outcome", "deal", "held"),  # type -> the sentence claims read for it
                 # a truce or pullout is also agreed to or not ("has agreed to the extension")
                 "RETREAT": ("completion", "agreement", "kept"),
                 # a truce or deal told as done holds or is broken ("violated the truce")
                 "AGREE": ("agreement", "kept")}
NEGATION_RE = re.compile(  # a negation at most three words before a phrase, in its clause
    r"(?:\b(?:no|not|never|without|little|any|cannot|failed\s+to|fail\s+to|unable\s+to|"
    r"refused\s+to)|n't)\s+(?:[\w-]+\s+){0,3}$")
REFER_NOUN = r"(?:deal|agreement|ceasefire|cease-fire|truce|accord)"
REFERRING_RE = re.compile(  # a sentence opening on the deal told before: "The truce, brokered by"
    r"^\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(" + REFER_NOUN + r")\b")
BROKERED_DEAL_RE = re.compile(  # a sentence naming who brokered "the deal" told before
    r"\b(?:mediated|brokered|facilitated)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(" + REFER_NOUN +
    r")\b", re.I)
TALKS_NOUN = r"(?:talks|meeting|session|discussions?|negotiations?|round|call|conversation|summit)"
REFERRING_TALKS_RE = re.compile(  # a sentence opening on the talks told before: "The session"
    r"^\W*(?:The|This|That|These|Those|Their|Both)\s+(?:[\w-]+\s+){0,2}?(" + TALKS_NOUN + r")\b")
TALKS_NOUN_RE = re.compile(  # other talks told: a talks noun or a verb of meeting
    r"\b(?:" + TALKS_NOUN + r"|met|meets?|spoke|talked|negotiated|convened|conferred)\b", re.I)
PRONOUN_REFER_RE = re.compile(  # the sentence right after a deal's says who brokered "it":
    r"^\W*(It|This)\s+(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:brokered|mediated|"  # "It
    r"facilitated)\b|\b(?:mediated|brokered|facilitated)\s+(it)\b")  # was brokered by Qatar"
PRONOUN_TALKS_RE = re.compile(  # "It ended without agreement", "They were productive"
    r"^\W*(?:It|They)\s+(?:(?:also|later|reportedly|eventually|finally)\s+)?(?:ended|broke\s+up|"
    r"concluded|closed|finished|went|yielded|produced|failed|made|achieved|was|were|proved|"
    r"lasted)\b")
PRONOUN_KEPT_RE = re.compile(r"^\W*It\s+(?:has\s+|had\s+|was\s+)?(?:largely\s+|mostly\s+)?"
                             r"(?:held|holding|violated|broken|collapsed|broke\s+down)\b")
DEAL_NOUN_RE = re.compile(r"\b" + REFER_NOUN + r"s?\b", re.I)
OWN_DEAL_RE = re.compile(  # a sentence telling a deal of its own
    r"\b(?:signed|agreed|reached|struck|sealed|announced|concluded)\b", re.I)
REFER_SENTENCES = 2  # how many sentences after an event's own a referring one is looked for
SHAPE_SENTENCES = 4  # ... and one telling what happened since a truce began (``referred_kept``)
NEGATION_CHARS = 40  # how far before a positive phrase a negation is looked for
NO_BREACH_RE = re.compile(r"(?:\b(?:no|not|never|without)|n't)\s+(?:[\w-]+\s+){0,2}$")
WARNING_RE = re.compile(r"\b(?:any|every|each|future|further|possible)\s+(?:[\w-]+\s+)?$")
TRUCE_W = r"(?:ceasefire|cease-fire|truce)"
THIS_TRUCE_GAP = (r"(?:(?!(?:\d{4}|previous|earlier|former|old|last|first|original)\b)[\w-]+\s+)"
                  r"{0,2}?")  # words before the truce's noun, not another truce's: "the 2011 truce"
QUIET_SINCE_RE = re.compile(  # a truce kept, told as quiet since it began: "no armed
    # clashes have occurred at any border post since the truce took effect", "not a single shot has
    # been fired since the truce", "the border has been calm since the ceasefire"
    r"(?:\b(?:no|not\s+a\s+single|not\s+one)\s+(?:[\w-]+\s+){0,2}?(?:clash(?:es)?|"
    r"confrontations?|fighting|attacks?|incidents?|violations?|breach(?:es)?|exchanges?\s+of\s+"
    r"fire|shots?|shooting|firing|shelling|hostilities|skirmish(?:es)?)\b|\b(?:has|have)\s+been\s+"
    r"(?:quiet|calm|peaceful)\b)[^.;]{0,80}?\bsince\s+the\s+" + THIS_TRUCE_GAP + TRUCE_W + r"\b",
    re.I)
BROKEN_AFTER_RE = re.compile(  # a truce broken, told as an attack after it began: "attacked
    # two border posts after the ceasefire took effect", "shelled the town despite the truce"
    r"\b(?:attacked|attacking|fired|firing|opened\s+fire|opening\s+fire|shelled|shelling|struck|"
    r"striking|clashed|launched|bombarded|bombarding|raided|stormed)\b[^.;]{0,100}?\b"
    r"(?:(?:after|since)\s+the\s+" + THIS_TRUCE_GAP + TRUCE_W + r"\s+(?:deadline|(?:had\s+)?"
    r"(?:took|taken)\s+effect|(?:had\s+)?(?:came|come)\s+into\s+(?:force|effect)|went\s+into\s+"
    r"(?:force|effect)|began|started|(?:was\s+)?due\s+to\s+(?:take|come))\b|despite\s+(?:the|a)\s+"
    + THIS_TRUCE_GAP + TRUCE_W + r"\b(?!\s+(?:talks|negotiations|proposal|plan|efforts?|"
    r"calls?|deal|agreement|bid|offer)\b))", re.I)
UNREAL_BEFORE_RE = re.compile(  # an attack only warned of or supposed: "if", "would", "any"
    r"\b(?:if|would|will|could|might|should|any|every|unless|whether)\b[^.;,]{0,40}$", re.I)
GAP_NEGATION_RE = re.compile(r"(?:\b(?:no|not|never|without)\b|n't)")  # in a phrase's gap
GAP = "\u2026"  # in a lexicon phrase: up to three words ("reached \u2026 agreement")
DENIED_RE = re.compile(r"\b(?:den(?:y|ies|ied|ying)|rejected\s+claims|dismissed\s+claims)\b[^.;]*$",
                       re.I)  # a statement denied: "denied that it had agreed"
UNREAL_RE = re.compile(  # a phrase hoped for, feared or supposed in its clause, not reported
    r"\b(?:expect(?:s|ed|ing)?|hop(?:e|es|ed|ing)\s+(?:for|to|of)|hopes\s+of|seek(?:s|ing)?|sought|"
    r"aim(?:s|ed|ing)?\s+(?:at|for|to)|fear(?:s|ed|ing)?|whether|if|unless|"
    r"push(?:es|ed|ing)?\s+for|call(?:s|ed|ing)?\s+for|in\s+search\s+of)\b[^.;,]*$", re.I)
SENTENCE_KINDS = frozenset({"outcome", "agreement", "completion", "held", "kept", "deal"})
DENIAL_CHARS = 40  # how far before a positive phrase a denial is looked for
ABOUT_SHARE = 0.15  # "about N" means N give or take this share
LINKED_MIN = 0.6  # "possibly the same" links this strong are compared (tune set: 5 of 7
#                   labelled pairs at >= 0.6 are one real event, 8 of 16 below)
QUALIFIER_CHARS = 30  # how far before a number its qualifier is looked for
TEXT_COUNTS = 4096  # sentences whose counted numbers are remembered (``text_counts``)
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
TENS_WORDS = {w: 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
VAGUE_RANGES = {  # "dozens of rockets": a range, not a number
    "dozens": (24.0, 99.0), "hundreds": (200.0, 999.0), "thousands": (2_000.0, 9_999.0),
    "tens of thousands": (20_000.0, 99_999.0)}
_UNIT_W = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_WORD_NUM = (r"(?:(?:half\s+an?|" + _UNIT_W + r")\s+dozen|(?:" + "|".join(TENS_WORDS) + r")(?:[\s-](?:" + _UNIT_W + r"))?|" + _UNIT_W +
             r"|an?\s+dozen|dozen|an?(?=\s+(?:hundred|thousand)))"
             r"(?:\s+(?:hundred|thousand|million)(?:\s+and\s+(?:" + _UNIT_W + r"))?)?")
NUMBER_RE = re.compile(
    r"\b(tens\s+of\s+thousands(?=\s+of\b)|(?:dozens|hundreds|thousands)(?=\s+of\b)|"
    r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:thousand|million)|\d+\.\d+|\d+|a\s+single|" + _WORD_NUM +
    r")\b", re.I)
ATTACKER_W = (  # armed people of a side that is no state's army: "about 30 gunmen", "more
    # than 80 armed men", "dozens of militants" (counted as ``attackers``)
    r"(?:gunm[ae]n|militants?|fighters?|insurgents?|rebels?|attackers?|assailants?|raiders?|"
    r"(?<=armed )m[ae]n|(?<=masked )m[ae]n)"
    # not a word naming another counted noun: "fighter jets", "rebel positions"
    r"(?!\s+(?:[a-z-]+\s+)?(?:jets?|(?:war)?planes?|aircraft|bombers?|helicopters?|positions?|"
    r"outposts?|points?|targets?|rockets?|missiles?|drones?|fighters?|troops|soldiers)\b)")
ACTOR_KINDS = frozenset({"troops", "attackers"})  # counts of a side's people who act, compared
#                                                   only within one participant role
ACTIVE_OBJECT_RE = re.compile(  # the hurt the counted people did: "30 gunmen killed four
    # officers", "killed the commander", "killed Sergeant Varo" (not "14 soldiers killed in")
    r"\s+(?:(?i:at\s+least|more\s+than|some|about|around|nearly|dozens\s+of|scores\s+of)\s+)?"
    r"(?:\d|(?i:an?|the|his|her|their|its|several|many|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b|[A-Z])")
MODEL_W = r"[A-Z][A-Za-z]{0,3}-\d+[A-Za-z]?"  # a model's name: "F-16", "BM-21", "Su-25"
THING_RE = re.compile(r"^\s*(?:(?:[a-z\-]+|" + MODEL_W + r")\s+){0,2}?(rockets?|projectiles?|"
                      r"missiles?|drones?|shells?|bombs?|"
                      r"mortars?|aircraft|(?:war)?planes?|bombers?|helicopters?|jets?|troops|"
                      r"soldiers|hostages|prisoners?|detainees?|captives?|POWs|targets?|positions?|"
                      r"outposts?|points?|" + ATTACKER_W + r")\b", re.I)
MODEL_THING_RE = re.compile(  # "six F-16s", "one F-16": the model names what is counted
    r"^\s*(?:[a-z\-]+\s+)?([A-Z][A-Za-z]{0,3}-\d+[A-Z]{0,2})(?:s|'s)?\b(?!-)")
FUNCTION_WORD_RE = re.compile(r"\b(?:to|and|or|the|an?|in|on|at|of|for|with|from|by|that|"
                              r"which|as|were|was|had|have|has)\b", re.I)
CASUALTY_RE = re.compile(r"\b((?:kill(?:ed|ing)?|dead|deaths?)\s+(?:or|and)\s+(?:wound\w*|injur\w*|"
                         r"hurt)|casualt(?:y|ies)|missing|kill\w*|dead|deaths?|died|martyr\w*|wound\w*|injur\w*|hurt|toll|"
                         r"lost\s+their\s+lives|fatalit(?:y|ies)|"
                         r"(?:claimed|took|cost|costing|claiming|taking)\s+the\s+lives|"
                         r"displac\w*|evacuat\w*|fled|flee\w*|homeless|uproot\w*|"
                         r"(?:from|out\s+of)\s+their\s+homes)", re.I)
NOT_COUNTED_RE = re.compile(  # a number of places or things is no count of people
    r"^\s*(?:[a-z\-]+\s+)?(?:homes?|houses?|buildings?|vehicles?|cars?|villages?|towns?|"
    r"schools?|hospitals?|districts?|provinces?|bridges?|tanks?)\b", re.I)
RANGE_JOINT_RE = re.compile(r"\s*(?:-|\u2013|\u2014|to|or)\s*", re.I)  # "10 to 12", "10-12"
RANGE_AND_RE = re.compile(r"\s+and\s+", re.I)  # "between 10 and 12"
HOUR_AFTER_RE = re.compile(  # an hour of the clock after a number: "5 a.m.", "2 to 3 pm"
    r"(?:\s*(?:-|\u2013|to|and|or)\s*\d{1,2}(?:[:.][0-5]\d)?)?\s?(?:[ap]\.m\.|[ap]m\b|"
    r"o'clock\b|hours?\s+(?:GMT|UTC|local)\b)", re.I)
PART_BEFORE_RE = re.compile(  # soldiers named as a part of the casualties before them
    r"\b(?:including|among\s+them|among\s+(?:the\s+)?(?:dead|victims|casualties|wounded|injured)"
    r"(?:\s+were)?|of\s+(?:them|whom)(?:\s+were)?)\s+(?:at\s+least\s+)?$", re.I)
CASUALTY_KINDS = frozenset({"killed", "wounded", "displaced", "casualties", "missing"})
TOTAL_REACH = 80  # how far around a casualty count a standing total's words are looked for
CLAUSE_END_RE = re.compile(r"[;:()]|,\s+(?:and\s+|but\s+|while\s+|as\s+|after\s+|when\s+)?"
                           r"(?=[a-z]+\s)")
BRINGING_RE = re.compile(  # "bringing the death toll since March to 45"
    r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|push(?:es|ing)?|pushed)\s+(?:the\s+|its\s+)?"
    r"(?:(?:overall|total|cumulative|death|casualty|official)\s+)*(?:toll|total|tally|count|number)"
    r"\b[^.;]{0,80}?\bto\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+)?$",
    re.I)
POPULATION_RE = re.compile(  # "a village of 300 residents": the people of a place
    r"\b(?:village|town|city|community|camp|population|home)\s+(?:of|to)\s+(?:about\s+|some\s+|"
    r"around\s+|nearly\s+|more\s+than\s+)?$", re.I)
_MONTH_W = ("January|February|March|April|May|June|July|August|September|October|November|"
            "December")
PERIOD_RE = re.compile(  # a period a total runs over: "since October 2023", "so far this year"
    # (not "since 3 May" or "since May 3": a day-dated start tells a fighting episode's running toll)
    r"\bsince\s+(?:early\s+|late\s+|mid-?\s*)?(?:(?:" + _MONTH_W + r")(?!\s+\d{1,2}\b)|\d{4}\b|"
    r"(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\b|the\s+(?:war|conflict|fighting|"
    r"hostilities|escalation|offensive|invasion)\s+(?:began|started|erupted|broke\s+out)\b)|"
    r"\b(?:so\s+far|thus\s+far)\s+(?:this|in)\s+(?:year|month|war|conflict)\b|"
    r"\bin\s+(?:the\s+)?(?:war|conflict)\s+(?:so\s+far|to\s+date)\b|"
    r"\b(?:overall|cumulative)\s+(?:death\s+)?(?:toll|total|tally)\b", re.I)
EARLIER_RE = re.compile(  # a clause about an occurrence days or weeks apart
    r"\b(?:days?|weeks?|months?|a\s+day|a\s+week)\s+(?:after|before)\b", re.I)
KIN_AGE_BEFORE_RE = re.compile(  # a person's age after who they are: "his son, 12"
    r"\b(?:man|woman|boy|girl|son|daughter|father|mother|wife|husband|child|brother|sister|"
    r"grandmother|grandfather|teenager|farmer|driver|soldier|shepherd)\s*,\s*$", re.I)
NAMED_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)\.?\s$")  # "Route 4": a name's number
NAME_NOUNS = frozenset(  # nouns that name numbered things: roads, units, texts, places
    "route highway road street avenue resolution article section paragraph clause chapter "
    "unit brigade division battalion regiment squadron company corps fleet building block "
    "tower gate checkpoint crossing outpost post hill point sector zone area camp base site "
    "station terminal platform flight kilometre kilometer km mile marker phase stage line "
    "bridge reactor plant runway pier berth apartment floor room no number".split())
BETWEEN_RE = re.compile(r"\bbetween\s+$", re.I)
CHANGE_BEFORE_RE = re.compile(  # "the toll rose from 10 to 12": a change, not a range
    r"(?:\b(?:rose|risen|rising|rises|climbed|increased|jumped|grew|went\s+up|fell|dropped|"
    r"revised|raised|lowered)\b[^.;]*|\bfrom\s+)$", re.I)
MODEL_RE = re.compile(r"\b[A-Z][A-Za-z]{0,3}-$")  # a model's number: "F-16", "S-400", "Su-35"
AGE_BEFORE_RE = re.compile(r"\b[A-Z][a-z]+,\s*$")  # a person's age after the name: "Bilal, 45,"
LIVES_RE = re.compile(r"^\s*(?:[a-z\-]+\s+)?lives\b", re.I)  # "33 (civilian) lives"
HURT_BEFORE_RE = re.compile(r"\b(kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|(?:claimed|took|cost|"
                            r"costing|claiming|taking)\s+the\s+lives\s+of)\s+"
                            r"(?:(?:along|together)\s+with\s+)?"  # "wounded along with two others"
                            r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|around\s+)?$",
                            re.I)
CAPTURE_BEFORE_RE = re.compile(  # "captured 18 soldiers", "handed back 18 Bordurian troops"
    r"\b(?:captur(?:ed|ing)|detain(?:ed|ing)|seiz(?:ed|ing)|arrest(?:ed|ing)|hold(?:s|ing)?|held|"
    r"took|taken|tak(?:es|ing)|fre(?:ed|eing)|releas(?:ed|ing)|return(?:ed|ing)|repatriat(?:ed|ing)|"
    r"hand(?:ed|ing)\s+(?:back|over)|"
    # a capture told as a noun: "the detention of 20 soldiers", "the capture of 18 troops"
    r"(?:detention|capture|arrest|surrender|seizure|abduction)\s+of)\s+(?:at\s+least\s+|"
    r"more\s+than\s+|some\s+|about\s+|around\s+|all\s+)?$", re.I)
CAPTURE_AFTER_RE = re.compile(  # "18 soldiers were captured / taken prisoner / in custody"
    r"^\s*(?:(?:were|was|ha(?:ve|s|d)\s+been|are|remain(?:ed)?)\s+)?"
    # a first act told with it: "laid down their weapons and surrendered", "were surrounded
    # and taken away" (words only: "were killed and 20 captured" counts the dead)
    r"(?:(?:[a-z-]+\s+){1,4}?and\s+(?:(?:were|was)\s+)?)?(?:captured|detained|"
    r"seized|arrested|held|freed|released|returned|repatriated|handed\s+(?:back|over)|"
    r"taken\s+(?:prisoner|captive|into\s+custody|away)|led\s+away|in\s+(?:\w+\s+)?custody|"
    r"surrendered)\b", re.I)
OWN_VERB_RE = re.compile(  # the number's own verb right after it, which a nearer casualty
    # word of another clause does not override: "two were killed and five others wounded",
    # "14 were hurt", "killed four and 20 captured" (a finite verb or one elided after "and",
    # not a participle describing the people: "kept 12 others captured last week in jail")
    r"^\s+(?:(?:others|more|people|civilians|residents|villagers)\s+)?(?P<aux>(?:were|was|are|is|"
    r"remain|ha(?:ve|d)\s+been)\s+)?(?:((?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured)|killed|"
    r"dead|died|wounded|injured|hurt|missing)|(captured|detained|taken\s+prisoner|"
    r"taken\s+captive))\b", re.I)
AND_BEFORE_RE = re.compile(r"\band\s+$", re.I)
CAPTURED_BARE_RE = re.compile(  # a capture verb right before a bare number: "captured 20"
    r"\b(?:captured|detained|took\s+prisoner|taken\s+prisoner)\s+(?:at\s+least\s+|more\s+than\s+|"
    r"some\s+|about\s+|around\s+)?$", re.I)
BARE_AFTER_RE = re.compile(r"^\s*(?:[,.;:)]|and\b|others\b|people\b|men\b|more\b|$)", re.I)
RELEASE_BEFORE_RE = re.compile(  # people let go: "freed 90 prisoners", "handed back 18",
    # or to be let go: "will hand over 20 soldiers", "agreed to release 20 soldiers"
    r"\b(?:fre(?:e|ed|eing|es)|releas(?:e|ed|ing|es)|return(?:ed|ing|s)?|repatriat(?:e|ed|ing|es)|"
    r"hand(?:ed|ing|s)?\s+(?:back|over)|swap(?:ped|ping|s)?|exchang(?:e|ed|ing|es))\s+"
    r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|around\s+|all\s+|another\s+)?$", re.I)
RELEASE_AFTER_RE = re.compile(  # "20 prisoners of war were freed", "84 POWs came home"
    r"^\s*(?:[\w-]+\s+){1,4}?(?:(?:(?:were|was|are|ha(?:ve|s|d)\s+been)\s+)?(?:freed|released|"
    r"repatriated|handed\s+(?:back|over)|exchanged|swapped|sent\s+home)|(?:came|went|returned|"
    r"were\s+sent)\s+home)\b", re.I)
HANDED_RE = re.compile(r"\bhand(?:ed|ing|s)?\s+$", re.I)  # "handed two soldiers back"
PARTICLE_RE = re.compile(r"^\s*(?:back|over)\b", re.I)
PARTITIVE_RE = re.compile(r"^\s*of\s+(?:the|its|their|those|these)\b", re.I)
HURT_AFTER_RE = re.compile(r"^\s*(?:(?:were|was|ha(?:ve|s|d)\s+been)\s+)?(killed|wounded|"
                           r"injured|hurt|died|dead)\b", re.I)
OTHER_AFTER_RE = re.compile(r"^\s+others?\b", re.I)  # "two other soldiers", "two others"
ONE_NAMED_RE = re.compile(  # the one the others are beside: "a soldier", "one civilian", a name
    r"\b(?:(?i:a|an|one)\s+(?:[a-z-]+\s+){0,2}?(?:soldier|civilian|man|woman|child|boy|girl|"
    r"officer|trooper|guard|fighter|policeman|resident|villager|person|member|commander|"
    r"sergeant|corporal|private|lieutenant|captain)|(?<!^)(?<![.!?]\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r"(?=\s+(?:was|is|had|has|lost|suffered|died|and|,)\b))")
TOLL_VERB_RE = re.compile(  # a toll whose verb governs the number: "The death toll from the
    # shelling of the district on Thursday rose to 15", "the number of wounded stood at 67"
    r"\b(?:(?:death\s+)?toll(?!\s+on\b)|number\s+of\s+(?:the\s+)?(dead|deaths|killed|wounded|injured|"
    r"displaced|evacuated|evacuees))\b[^.;:()]{0,100}?\b(?:has\s+|had\s+|have\s+)?"
    r"(?:rose|risen|rising|climbed|jumped|increased|grew|grown|swelled|stood|stands|reache[ds]|hit|"
    r"hits|was|is|now)\s+(?:to\s+|at\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|"
    r"about\s+|around\s+|nearly\s+)?$", re.I)
TOLL_NAMED_RE = re.compile(r"^\s*(?:[a-z]+\s+)?(dead|killed|deaths|wound\w*|injur\w*|"
                           r"displac\w*|evacuat\w*)\b", re.I)
TOLL_REACH = 130  # how far before a number its toll's subject may stand
CASUALTY_WINDOW = 40  # characters around a number searched for what it counts
SUBJECT_REACH = 140  # how far a set-off insertion may part a counted subject from its verb
SUBJECT_HURT_RE = re.compile(  # "32 people, most of them civilians, were killed"
    r"^\s+(?:people|civilians|persons|residents|villagers|soldiers|troops)\s*,[^,;.\d]{2,100},"
    r"\s*(?:(?:were|have\s+been|had\s+been)\s+(killed|wounded|injured)|(died))\b", re.I)
MEASURE_RE = re.compile(  # a number of a unit measures time, length or a share: no count
    r"^[\s-]*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|km|kilomet\w*|miles?|"
    r"met(?:re|er)s?|per\s*cent|percent|%|(?:percentage|basis)\s+points?)(?!\w)", re.I)
_N = r"(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(NUMBER_WORDS) + r")"
PARTS_RE = re.compile(  # "nine civilians and two police officers were killed": 11
    r"\b" + _N + r"\s+(?:of\s+(?:its|their|the)\s+)?((?:[a-z\-]+\s+)?[a-z\-]+)\s*(?:,\s*" + _N +
    r"\s+(?:[a-z\-]+\s+)?[a-z\-]+\s*)?,?\s+and\s+" + _N +
    r"\s+((?:[a-z\-]+\s+)?[a-z\-]+)\s+(?:(?:have|has|had)\s+been\s+|were\s+|was\s+)?"
    r"(kill\w*|wound\w*|injur\w*|died|dead|martyr\w*)\b", re.I)
FINITE_RE = re.compile(r"\b(?:were|was|are|is|have|has|had|been)\b", re.I)
VERB_PARTS_RE = re.compile(  # "killing five soldiers and three civilians": 8
    r"\b(kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing))\s+((?:at\s+least|more\s+than|"
    r"some|about|around|nearly)\s+)?" + _N + r"\s+((?:[a-z\-]+\s+)?[a-z\-]+)"
    r"(?:\s*,\s*" + _N + r"\s+((?:[a-z\-]+\s+)?[a-z\-]+))?,?\s+and\s+" + _N +
    r"\s+((?:[a-z\-]+\s+)?[a-z\-]+)\b", re.I)
OWN_CLAUSE_RE = re.compile(  # a listed number with a verb of its own: "12 more were injured"
    r"\S+\s+(?:[a-z-]+\s+)?(?:were|was|have|has|had|are)\b", re.I)
TOLL_START_RE = re.compile(  # a sentence that opens on a toll: "The death toll stood at 12"
    r"^\s*(?:The|This|That|Its)\s+(?:(?:death|casualty|overall|official|latest|final)\s+)?"
    r"(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|casualties|wounded|injured|displaced))\b",
    re.I)
UPDATE_RE = re.compile(  # a later report gives a risen total: "the death toll rose to 15"
    r"\b(?:rose|risen|rising|climbed|jumped|increased|grown|grew|swelled)\s+to\b|"
    r"\b(?:final|updated|revised|latest)\s+(?:death\s+|casualty\s+)?(?:toll|tally|count)\b",
    re.I)
PRELIMINARY_RE = re.compile(r"\b(?:preliminary|initial|early|first)\s+(?:death\s+)?"
                            r"(?:toll|tally|count|figures?)\b", re.I)
THING_NAMES = {"rocket": "projectiles", "projectile": "projectiles", "missile": "projectiles",
               "drone": "projectiles", "shell": "projectiles", "mortar": "projectiles",
               "bomb": "bombs",
               "aircraft": "aircraft", "plane": "aircraft", "jet": "aircraft",
               "warplane": "aircraft", "bomber": "aircraft", "helicopter": "aircraft",
               "troops": "troops", "soldiers": "troops", "target": "targets",
               # people held by the other side (hostages are counted apart: a swap trades
               # hostages for prisoners)
               "prisoner": "captured", "detainee": "captured", "captive": "captured",
               "pow": "captured", "pows": "captured",
               # places a force holds: "five hilltop positions", "five strategic points"
               "position": "positions", "outpost": "positions",
               "point": "positions",
               # armed people of a side that is no state's army (``ATTACKER_W``)
               **dict.fromkeys(("gunman", "gunmen", "militant", "fighter", "insurgent", "rebel",
                                "attacker", "assailant", "raider", "man", "men"), "attackers")}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The claim-polarity lexicon (package data)."""
    path = resources.files("eventwire.data").joinpath(LEXICON_FILE)
    return json.loads(path.read_text(encoding="utf-8"))


def norm(value: Any) -> str:
    """A comparable string form of a claim value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        inner = value.get("value", value.get("text"))
        return norm(inner) if inner is not None else json.dumps(value, sort_keys=True)
    return " ".join(str(value).lower().replace("_", " ").replace("-", " ").split())


def polarity(kind: str, value: Any) -> str:
    """The polarity group of a claim value (the value itself when the kind has no groups)."""
    groups = lexicon()["polarity"].get(kind)
    text = norm(value)
    if not groups:
        return text
    for group in ("negative", "positive"):  # negative first: "no progress" contains "progress"
        words = groups[group]
        if text in words or any(w in text for w in words if " " in w):
            return group
    for group in ("negative", "positive"):
        if any(w in text.split() for w in groups[group]):
            return group
    return text


def value_entry(value: Any, article: str, span: dict[str, Any] | None,
                outlet: str = "") -> dict[str, Any]:
    """One value of a conflict flag with its first source."""
    return {"value": value, "articles": [article], "outlets": [outlet] if outlet else [],
            "spans": [sourced_span(article, span)] if span else []}


def sourced_span(article: str, span: dict[str, Any]) -> dict[str, Any]:
    """A value's evidence: its article and the span's offsets and text (nothing else)."""
    return {"article": article, **{k: span[k] for k in ("start", "end", "text") if k in span}}


def add_value(groups: dict[str, dict[str, Any]], key: str, value: Any, article: str,
              span: dict[str, Any] | None, outlet: str = "") -> None:
    """Record one sourced value under its comparison key."""
    entry = groups.get(key)
    if entry is None:
        groups[key] = value_entry(value, article, span, outlet)
        return
    if article not in entry["articles"]:
        entry["articles"].append(article)
    if outlet and outlet not in entry["outlets"]:
        entry["outlets"].append(outlet)
    if span:
        entry["spans"].append(sourced_span(article, span))


def flag(kind: str, groups: dict[str, dict[str, Any]], what: str) -> dict[str, Any]:
    """A conflict flag listing every value and its sources."""
    shown = "; ".join(f"{v['value']} ({', '.join(v['articles'])})" for v in groups.values())
    return {"kind": kind, "message": f"sources disagree on the {what}: {shown}",
            "values": list(groups.values())}


def sources_of(entry: dict[str, Any]) -> set[str]:
    """The outlets behind a value (its articles when outlets are unknown)."""
    return set(entry.get("outlets") or entry["articles"])


def disagree(groups: dict[str, dict[str, Any]],
             compatible: Any = lambda a, b: a == b) -> bool:
    """Whether two incompatible values come from different outlets (never from one alone)."""
    keys = list(groups)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if compatible(a, b):
                continue
            sa, sb = sources_of(groups[a]), sources_of(groups[b])
            if not (len(sa) == 1 and sa == sb):  # an outlet on each side, not one alone
                return True
    return False


def outlet_map(mentions: list[Mention]) -> dict[str, str]:
    """article id -> outlet of the event's mentions."""
    return {m.article: m.outlet or m.root for m in mentions}


def claim_conflicts(claims: list[dict[str, Any]],
                    outlets: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Flags for claim kinds whose values fall into different groups across outlets."""
    outlets = outlets or {}
    # counts read from the text are compared as ranges with their qualifiers ("more than
    # 200 drones" and "about 220 drones" agree): by number_conflicts, not by a count
    # claim's bare value
    checked = set(lexicon()["checked_kinds"]) - {"date", "casualties", "duration", "count"}
    by_kind: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for c in claims:
        kind = c.get("kind")
        if kind not in checked:
            continue
        sub = kind
        if isinstance(c.get("value"), dict) and c["value"].get("what"):
            sub = f"{kind}:{norm(c['value']['what'])}"
        add_value(by_kind[sub], c.get("group") or polarity(kind, c.get("value")), c.get("value"),
                  c["article"],
                  c.get("span"), outlets.get(c["article"], c["article"]))
    return [flag(f"{sub.split(':')[0]}_conflict", groups,
                 KIND_WHAT.get(sub, sub.replace(":", " of ")))
            for sub, groups in by_kind.items() if disagree(groups)]


def happened_conflicts(mentions: list[Mention]) -> list[dict[str, Any]]:
    """A flag when one outlet reports the act (asserted) and another denies it (negated: "no
    agreement was reached", "did not withdraw") in one record (``events.denial_pair`` links
    such reports). An outlet that both reports and denies it (a denial in the claim's own
    article) takes no side. ``event_conflicts`` raises it only when no stated claim or
    outcome ("has agreed" against "did not agree") already shows the disagreement."""
    sides: dict[str, set[str]] = defaultdict(set)
    agreed = any(agreement_report(m) for m in mentions)
    told = {m.id: happening(m, agreed) for m in mentions}
    for m in mentions:
        if told[m.id]:
            sides[m.outlet or m.root].add(told[m.id])
    groups: dict[str, dict[str, Any]] = {}
    for m in mentions:
        outlet = m.outlet or m.root
        if len(sides[outlet]) != 1 or not told[m.id]:
            continue
        trig = m.data.get("trigger") or m.data.get("sentence") or {}
        span = {k: trig[k] for k in ("start", "end", "text") if k in trig}
        value = "happened" if told[m.id] == "asserted" else "did not happen"
        add_value(groups, told[m.id], value, m.article, span or None, outlet)
    return [flag("happened_conflict", groups, "occurrence")] \
        if len(groups) == 2 and disagree(groups) else []


def agreement_report(m: Mention) -> bool:
    """An asserted report that an agreement was made: an AGREE, or a truce told as the halt
    itself (RETREAT in ceasefire mode, which ``build.record_type`` counts as the agreement)."""
    return m.modality == "asserted" and (
        m.type == "AGREE" or (m.type == "RETREAT" and (m.mode or "").endswith("ceasefire")))


def happening(m: Mention, agreed: bool = True) -> str | None:
    """"asserted" or "negated" as a mention tells its act happened; an agreement its parties
    failed to reach (``failed_agreement``) is a negated one in a record that holds a report
    of the agreement (``agreed``); None for other modalities."""
    if m.modality == "asserted" and agreed and failed_agreement(m):
        return "negated"
    return m.modality if m.modality in ("asserted", "negated") else None


DENIAL_VERB_RE = re.compile(r"den(?:y|ies|ied|ying)|(?:reject|dismiss|refut)\w*", re.I)
DENIED_CLAIM_RE = re.compile(  # "rejected accusations ... that": a denial of a claim, not of a
    r"^\W*(?:\w+\W+){0,3}?(?:claims?|accusations?|allegations?|charges?|reports?|"
    r"assertions?|suggestions?)\b", re.I)  # proposal ("rejected a U.S. proposal")
STEM_END_RE = re.compile(r"(?:ing|ed|es|s|e)$")
INVOLVEMENT_RE = re.compile(  # a denial of taking part at all: "denied responsibility for"
    r"^\W*(?:(?:any|all|its|their|his|her)\s+)?(?:responsibility|involvement|role|part)\s+"
    r"(?:for|in)\b", re.I)
DENIED_WORD_RE = re.compile(  # a word of the denied clause that can tell the act: none right
    r"(?<![A-Za-z])(?<!\bthe )(?<!\ba )(?<!\ban )([A-Za-z]{4,})", re.I)  # after an article
ANY_ACT = "*"  # in ``denied_acts``: the denial covers whatever act the actor is reported doing


def stem(word: str) -> str:
    """A word without its inflection ("fire", "fired", "firing", "fires" -> "fir"), for
    matching a denied act with a report's trigger."""
    low = word.lower()
    if len(low) > 4:
        return STEM_END_RE.sub("", low)
    return low[:-1] if len(low) == 4 and low.endswith("e") else low


def denied_acts(m: Mention) -> tuple[frozenset[str], int] | None:
    """The stems of the words a denial mention's sentence denies, with where the denial ends:
    the words after its trigger up to the end of the clause ("denied firing rockets into
    the province", "rejected accusations that its forces had violated the truce"); None
    when the mention is no denial (its trigger no "deny", nor "reject" / "dismiss" / "refute"
    a claim, an accusation, an allegation or a report). Read once per mention."""
    if "denied_acts" not in m.memo:
        m.memo["denied_acts"] = read_denied_acts(m)
    return m.memo["denied_acts"]


def read_denied_acts(m: Mention) -> tuple[frozenset[str], int] | None:
    """``denied_acts`` of a mention, read from its trigger and sentence: the words up to the
    clause's first comma ("which denied that it had planted mines, had not responded": not
    "responded"), none right after an article (the act's object or a thing named, "violated
    the ceasefire": the denial is of violating, not of the ceasefire)."""
    trig, sent = m.data.get("trigger") or {}, m.data.get("sentence") or {}
    word = str(trig.get("text") or "")
    if not DENIAL_VERB_RE.fullmatch(word):
        return None
    text = str(sent.get("text") or "")
    at = int(trig.get("end", 0)) - int(sent.get("start", 0))
    if not 0 < at <= len(text):
        return None
    rest = re.split(r"[;:,]|\.\s", text[at:], maxsplit=1)[0]
    if not word.lower().startswith("den") and not DENIED_CLAIM_RE.match(rest):
        return None
    stems = {stem(w.group(1)) for w in DENIED_WORD_RE.finditer(rest)}
    if INVOLVEMENT_RE.match(rest):  # "denied responsibility for the attack": any act of it
        stems.add(ANY_ACT)
    return frozenset(stems), at


TRIGGER_PARTICLES = frozenset(  # closed-class words of a trigger phrase, never the act itself
    "into onto upon from with over across against toward towards down back near along "
    "about after before through within".split())


def trigger_stems(m: Mention) -> frozenset[str]:
    """The stems of a mention's trigger's words: its first word, and each other word of four
    letters or more that is no preposition or particle ("fired rockets into": "fir",
    "rocket"; "opened fire": "open", "fir")."""
    words = re.findall(r"[A-Za-z]+", str((m.data.get("trigger") or {}).get("text") or ""))
    return frozenset(stem(w) for i, w in enumerate(words)
                     if not i or len(w) >= 4 and w.lower() not in TRIGGER_PARTICLES)


def denied_conflicts(mentions: list[Mention]) -> list[dict[str, Any]]:
    """A flag when one outlet reports an act and another reports the actor's denial of it
    ("Borduria fired rockets into the province" against "Borduria denied firing rockets"): a
    denial mention (``denied_acts``) in the record, whose sources' countries are among those
    of an asserted report of another outlet, whose words after the denial hold that report's
    trigger's first word (inflected alike: "fired" / "firing", "violated" / "violating"), or
    any act of the record when it denies taking part ("denied responsibility for the attack",
    "denied any involvement in"). An outlet
    that both reports the act and the denial takes no side (a balanced account), and the
    denial's own article never counts as a report."""
    reports = [m for m in mentions if m.modality == "asserted" and denied_acts(m) is None]
    groups: dict[str, dict[str, Any]] = {}
    denied_by: set[str] = set()
    for d in mentions:
        found = denied_acts(d)
        who = countries(d.data.get("source") or [])
        if not found or not who:
            continue
        stems, _ = found
        told = [m for m in reports if who & countries(m.data.get("source") or []) and
                (trigger_stems(m) & stems or ANY_ACT in stems)]
        hits = [m for m in told if (m.outlet or m.root) != (d.outlet or d.root) and
                m.root != d.root]
        if not hits or len(hits) < len(told):
            continue  # none, or its own outlet reports the act too: a balanced account
        denied_by.add(d.outlet or d.root)
        add_value(groups, "denied", "denied", d.article, d.data.get("trigger"), d.outlet or d.root)
        for m in hits:
            add_value(groups, "happened", "happened", m.article, m.data.get("trigger"),
                      m.outlet or m.root)
    if len(groups) != 2 or sources_of(groups["happened"]) & denied_by:
        return []  # an outlet on both sides: its own balanced account, no dispute
    return [flag("happened_conflict", groups, "occurrence")] if disagree(groups) else []


def disputed(mentions: list[Mention]) -> bool:
    """Whether outlets dispute that a record's act happened (``happened_conflicts``)."""
    return bool(happened_conflicts(mentions))


def date_conflicts(mentions: list[Mention]) -> list[dict[str, Any]]:
    """A flag when outlets report the event happening on own dates that cannot denote the
    same day (a plan's day, 'would meet him on Thursday', is when it was to happen: it
    conflicts with no report of when it did). In a record of a fighting episode (a mention
    told as an episode, ``Mention.episode``) the days inside the episode's range are its days,
    not dates in dispute. A value is shown as its range when the range
    moved the written date (a planned weekday resolved to the week before)."""
    groups: dict[str, dict[str, Any]] = {}
    ranges: dict[str, list[str]] = {}
    for m in mentions:
        if m.when and not m.when["from"].startswith("tense") and m.modality == "asserted":
            lo, hi = m.range
            key = lo if lo == hi else f"{lo}..{hi}"
            ranges[key] = m.range
            written = date_range(m.date) if m.date else None
            shown = m.date if written and [d.isoformat() for d in written] == [lo, hi] else key
            add_value(groups, key, shown, m.article, m.when.get("span"), m.outlet or m.root)
    spans = [m.range for m in mentions if m.episode and m.range]

    def ok(a: str, b: str) -> bool:
        """Ranges that share a day, or two days of a fighting episode the record holds."""
        return bool(range_overlap(ranges[a], ranges[b])) or \
            any(within(ranges[a], s) for s in spans) and any(within(ranges[b], s) for s in spans)
    return [flag("date_conflict", groups, "date")] if disagree(groups, ok) else []


def within(inner: list[str], outer: list[str]) -> bool:
    """Whether the days of ``inner`` lie inside ``outer`` (ISO day ranges)."""
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def number_range(n: float, before: str, raw: str = "") -> tuple[float, float]:
    """The range a stated number denotes, from the words just before it ("at least 11":
    11 or more, "up to 20" or "no more than 20": 20 or fewer) or from the number itself
    ("dozens": 24 to 99) or a range it closes ("10 to 12": 10 to 12, "about 10 to 12" wider
    by ``ABOUT_SHARE``)."""
    vague = VAGUE_RANGES.get(" ".join(raw.lower().split()))
    if vague:
        return (vague[0], float("inf")) if AT_LEAST_RE.search(before) else vague
    if (low := range_low(raw)) is not None:  # "between 10 and 12": 10 to 12
        return (low * (1 - ABOUT_SHARE), n * (1 + ABOUT_SHARE)) if ABOUT_RE.search(before) \
            else (low, n)
    if AT_MOST_RE.search(before):  # before "more than": "no more than 5" is 5 or fewer
        return 0.0, n
    if AT_LEAST_RE.search(before):
        return n, float("inf")
    if ABOUT_RE.search(before):
        return n * (1 - ABOUT_SHARE), n * (1 + ABOUT_SHARE)
    return n, n


def range_low(raw: str) -> float | None:
    """The lower end of a range a count's text states ("10 to 12", "two or three": the first
    number, as ``stated_ranges`` joined it); None for one number."""
    parts = list(NUMBER_RE.finditer(raw))
    if len(parts) != 2 or parts[0].start() or parts[1].end() != len(raw):
        return None  # one number, or a list of parts ("11 civilians and one soldier")
    joint = raw[parts[0].end():parts[1].start()]
    if not (RANGE_JOINT_RE.fullmatch(joint) or RANGE_AND_RE.fullmatch(joint)):
        return None
    return number_value(parts[0].group(1))


def casualty_kind(word: str) -> str:
    """killed, wounded or displaced, from a casualty word ("260,000 people fled" counts
    the displaced, not the dead named further on); the dead and hurt counted together
    ("killed or wounded 30", "30 casualties") are ``casualties`` and people unaccounted for
    ``missing``, each compared only with its own kind."""
    word = word.lower()
    if word.startswith("casualt") or " or " in word or " and " in word:
        return "casualties"  # "killed or wounded", "30 casualties": the dead and hurt together
    if word.startswith("missing"):
        return "missing"
    if word.startswith(("wound", "injur", "hurt")):
        return "wounded"
    if word.startswith(("displac", "evacuat", "fled", "flee", "homeless", "uproot", "from",
                        "out")):
        return "displaced"
    return "killed"


def what_is_counted(text: str, start: int, end: int) -> str | None:
    """What a number at text[start:end] counts (``counted_thing``), with people held by the
    other side (``captured``) told apart from those it let go (``released``: "freed 90
    prisoners", "returned two soldiers", "20 POWs came home"), so a number still held is not
    compared with a number handed back ("returned two ... but still holds 18")."""
    what = counted_thing(text, start, end)
    before = text[max(0, start - 30):start]
    if what == "captured" and (RELEASE_BEFORE_RE.search(before) or HANDED_RE.search(before) or
                               RELEASE_AFTER_RE.match(text[end:end + 60])):
        return "released"
    return what


def counted_thing(text: str, start: int, end: int) -> str | None:
    """What a number at text[start:end] counts: the dead, the wounded, rockets, troops.

    The counted noun right after the number wins (an aircraft's model named before it: the
    model, "six F-16 jets" count F-16s as "one F-16" does); else the nearest casualty word
    within CASUALTY_WINDOW characters (before or after)."""
    if model := MODEL_THING_RE.match(text[end:end + 30]):
        noun = THING_RE.match(text[end + model.end():end + model.end() + 30])
        word = noun.group(1).lower() if noun and not FUNCTION_WORD_RE.search(
            noun.group(0)[:noun.start(1) - noun.start()]) else ""
        if THING_NAMES.get(word.rstrip("s"), "aircraft") == "aircraft":
            return model.group(1)  # "six F-16 jets" and "one F-16" count one model
    if (m := THING_RE.match(text[end:end + 30])) and PARTITIVE_RE.match(m.group(0)) and \
            THING_NAMES.get(m.group(1).lower().rstrip("s")) == "captured":
        return None  # "one of the captives": a part, not how many were held
    if m:
        word = m.group(1).lower()
        if THING_NAMES.get(word.rstrip("s"), THING_NAMES.get(word)) in ACTOR_KINDS:
            # "killing 14 soldiers", "12 militants were killed": the dead, not a force; "30
            # gunmen killed four officers": the force, who did the killing
            after = end + m.end()
            hurt = HURT_BEFORE_RE.search(text[max(0, start - 30):start]) or \
                HURT_AFTER_RE.match(text[after:after + 30])
            if hurt and hurt.re is HURT_AFTER_RE and not hurt.group(0).lstrip().lower().startswith(
                    ("were", "was", "ha")) and ACTIVE_OBJECT_RE.match(text, after + hurt.end()):
                hurt = None
            if hurt:
                return casualty_kind(hurt.group(1))
            if PART_BEFORE_RE.search(text[max(0, start - 30):start]) and \
                    CASUALTY_RE.search(text, max(0, start - 80), start):
                return None  # "killed 12, including three soldiers": a part, neither a force
                #              nor the toll
            before = text[max(0, start - 30):start]
            if CAPTURE_BEFORE_RE.search(before) or RELEASE_BEFORE_RE.search(before) or \
                    CAPTURE_AFTER_RE.match(text[end + m.end():end + m.end() + 60]) or \
                    (HANDED_RE.search(before) and PARTICLE_RE.match(text[end + m.end():end + m.end() + 8])):
                return "captured"  # "captured 18 soldiers": prisoners, not a force
        return THING_NAMES.get(word.rstrip("s"), THING_NAMES.get(word, word))
    if LIVES_RE.match(text[end:end + 30]):  # "has claimed 33 lives": the dead
        return "killed"
    own = OWN_VERB_RE.match(text[end:end + 40])  # "... and five others wounded"
    if own and (own.group("aux") or AND_BEFORE_RE.search(text[max(0, start - 6):start])):
        return "captured" if own.group(3) else casualty_kind(own.group(2))
    if CAPTURED_BARE_RE.search(text[max(0, start - 30):start]) and \
            BARE_AFTER_RE.match(text[end:end + 12]):  # "captured 20 and killed four"
        return "captured"
    if NOT_COUNTED_RE.match(text[end:end + 30]):  # "destroyed 20 homes and killed 4"
        return None
    if toll := TOLL_VERB_RE.search(text[max(0, start - TOLL_REACH):start]):
        named = TOLL_NAMED_RE.match(text[end:end + 30])  # "the toll stood at 40 wounded"
        return casualty_kind(named.group(1) if named else toll.group(1) or "toll")
    best: tuple[int, str] | None = None
    for c in CASUALTY_RE.finditer(text, max(0, start - CASUALTY_WINDOW),
                                  min(len(text), end + CASUALTY_WINDOW)):
        dist = c.start() - end if c.start() >= end else start - c.end()
        if best is None or dist < best[0]:
            best = (dist, casualty_kind(c.group(1)))
    if best is None and (late := SUBJECT_HURT_RE.match(text[end:end + SUBJECT_REACH])):
        return casualty_kind(late.group(1))  # "32 people, most of them ..., were killed"
    return best[1] if best else None


def counted(m: Mention) -> list[tuple[str, float, str, dict[str, Any] | None]]:
    """(what, number, qualifier text, span) of the numbers stated in a mention's sentence
    (read once per mention; each call gets its own span dicts)."""
    found = m.memo.get("counted")
    if found is None:
        found = m.memo["counted"] = read_counts(m)
    return [(what, n, before, dict(span) if span is not None else None)
            for what, n, before, span in found]


def read_counts(m: Mention) -> list[tuple[str, float, str, dict[str, Any] | None]]:
    """The numbers of ``counted``, read from the mention's sentence (``text_counts``: each
    span placed at the sentence's offset in the article)."""
    sent = m.data.get("sentence") or {}
    text, base = sent.get("text") or "", int(sent.get("start") or 0)
    return [(what, value, before, {"start": base + start, "end": base + end, "text": raw})
            for what, value, before, (start, end, raw) in text_counts(text)]


@lru_cache(maxsize=TEXT_COUNTS)
def text_counts(text: str) -> tuple[tuple[str, float, str, tuple[int, int, str]], ...]:
    """(what, number, qualifier text, (start, end, text) in the sentence) of the numbers a
    sentence states (remembered per sentence: the several events of one sentence and the
    reprints of a report read the same numbers)."""
    out = []
    clocks = clock_spans(text)
    numbers = [n for n in NUMBER_RE.finditer(text) if counts_anything(text, n, clocks)]
    joined = stated_ranges(text, numbers)
    for i, n in enumerate(numbers):
        if i in joined:  # the lower end of "between 10 and 12": read with the upper end
            continue
        value = number_value(n.group(1))
        what = what_is_counted(text, n.start(), n.end())
        first = numbers[joined_to(i, joined)]
        after = numbers[joined_to(i, joined) - 1].end() if joined_to(i, joined) else 0
        if what is None or what in CASUALTY_KINDS and (
                standing_total(text, after, first.start(), n.end()) or
                any(w in CASUALTY_KINDS for w, *_ in out) and earlier_event(text, after, first.start())):
            continue
        value += one_beside_others(text, n.start(), n.end(), what, out)
        before = text[max(0, first.start() - QUALIFIER_CHARS):first.start()]
        out.append((what, value, before, (first.start(), n.end(), text[first.start():n.end()])))
    out.extend((what, value, before, (span["start"], span["end"], span["text"]))
               for what, value, before, span in listed_totals(text, 0))
    return tuple(out)


def counts_anything(text: str, n: re.Match[str], clocks: list[tuple[int, int]]) -> bool:
    """Whether a number of ``text_counts`` may count something: not a date ("in 2019", "on 28
    May"), a clock time ("18:40", "5 a.m.", the "2" of "between 2 and 3 p.m."), a model's
    number ("F-16"), a person's age ("said Bilal, 45, ...") or a number of a unit ("had 60
    days to withdraw")."""
    if is_date_number(text, n.start(), n.end()):
        return False
    if any(lo <= n.start() < hi for lo, hi in clocks):  # "11:15 GMT: 15 killed"
        return False
    if HOUR_AFTER_RE.match(text, n.end()):  # "began at 5 a.m. and killed two", "2 to 3 pm"
        return False
    if MODEL_RE.search(text[max(0, n.start() - 6):n.start()]):  # "F-16 jets", "BM-21"
        return False
    if AGE_BEFORE_RE.search(text[max(0, n.start() - 30):n.start()]) and \
            text[n.end():n.end() + 1] in (",", ")"):
        return False
    if KIN_AGE_BEFORE_RE.search(text[max(0, n.start() - 30):n.start()]) and \
            text[n.end():n.end() + 1] in (",", ")", ".", ";", ""):
        return False  # "killed a man, 45, and his son, 12": ages
    if named_number(text, n.start()):  # "Route 4", "Resolution 1701", "Unit 8200"
        return False
    return not MEASURE_RE.match(text[n.end():n.end() + 24])


def joined_to(i: int, joined: set[int]) -> int:
    """The index of the first number of the count ending at ``numbers[i]`` (the lower end of
    a range ``stated_ranges`` joined to it, else ``i``)."""
    return i - 1 if i - 1 in joined else i


def standing_total(text: str, after: int, start: int, end: int) -> bool:
    """Whether the casualties counted at text[start:end] are a standing total over a period,
    not the toll of one event: "bringing the death toll to 1,200", "more than 3,600 people have
    been killed since October 2023", "killed so far this year", or the people of a place ("a
    village of 300 residents"). Such a total rises from report to report and is no toll two
    outlets of one strike can disagree on. ``after``: where the number before it ends (words
    before that belong to it: "the overall toll stood at 40 after the strike killed two")."""
    before = text[max(after, start - TOTAL_REACH):start]
    clause = CLAUSE_END_RE.split(text[end:end + TOTAL_REACH], maxsplit=1)[0]
    head = CLAUSE_END_RE.split(before)[-1]
    return bool(BRINGING_RE.search(before) or POPULATION_RE.search(before) or
                PERIOD_RE.search(clause) or PERIOD_RE.search(head))


def earlier_event(text: str, after: int, start: int) -> bool:
    """Whether the count at text[start] is told in a clause about another occurrence days or
    weeks apart ("killed two people on Monday, two days after a strike on the town killed
    nine", "a week after 30 people were killed in a similar attack"); ``text_counts`` asks only
    when the sentence counted casualties before it, the toll of the sentence's own event."""
    head = CLAUSE_END_RE.split(text[max(after, start - TOTAL_REACH):start])[-1]
    return bool(EARLIER_RE.search(head))


def named_number(text: str, start: int) -> bool:
    """Whether the number at text[start] is part of a name: right after a capitalised noun
    that names numbered things (``NAME_NOUNS``: "the strike on Route 4", "Resolution 1701",
    "Unit 8200", "Building 7", "Kilometre 12"); a title-case headline's verb ("Strike Kills
    12") is no such noun."""
    m = NAMED_BEFORE_RE.search(text, max(0, start - 30), start)
    return bool(m) and m.group(1).lower() in NAME_NOUNS


def stated_ranges(text: str, numbers: list[re.Match[str]]) -> set[int]:
    """Indexes in ``numbers`` of the lower ends of the ranges a sentence states ("between 10
    and 12 people", "10 to 12", "10-12", "two or three soldiers"): one count from the lower
    number to the upper one, not two counts of which the larger would stand for the outlet.
    A change ("the toll rose from 10 to 12") is no range, nor a pair whose first number is not
    the smaller."""
    out = set()
    for i in range(len(numbers) - 1):
        a, b = numbers[i], numbers[i + 1]
        between = text[a.end():b.start()]
        joint = RANGE_AND_RE.fullmatch(between) if BETWEEN_RE.search(text[:a.start()]) else \
            RANGE_JOINT_RE.fullmatch(between)
        if not joint or (between.strip() in ("-", "\u2013", "\u2014") and
                         not (a.group(1).isdigit() and b.group(1).isdigit())):
            continue
        if CHANGE_BEFORE_RE.search(text[max(0, a.start() - 30):a.start()]):
            continue
        low, high = number_value(a.group(1)), number_value(b.group(1))
        if low < high and a.group(1).lower() not in VAGUE_RANGES:
            out.add(i)
    return out


def one_beside_others(text: str, start: int, end: int, what: str,
                      found: list[tuple[str, float, str, tuple[int, int, str]]]) -> int:
    """1 when the casualties a number counts are "N other(s)" beside one person the sentence
    names or counts before them with the same hurt or none stated ("a soldier lost a foot and
    two other soldiers were hurt", "Sergeant Varo was wounded along with two others": 3 hurt);
    0 when the one before suffered otherwise ("one was killed and two others wounded": 2
    wounded) or was counted already (a number before of the same kind)."""
    if what not in ("killed", "wounded") or not OTHER_AFTER_RE.match(text[end:end + 8]):
        return 0
    head = text[:start]
    if not ONE_NAMED_RE.search(head) or any(w == what for w, *_ in found):
        return 0
    if any(casualty_kind(c.group(1)) != what for c in CASUALTY_RE.finditer(head)):
        return 0
    return 1


FIGHTING_W = (r"(?:fighting|clashes|hostilities|combat|war|conflict|battles?|bombardment|"
              r"shelling|talks|negotiations|offensive|exchanges?\s+of\s+fire)")
_DAYS_N = r"(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
DAYS_RE = re.compile(  # the length in days of fighting or talks a sentence states
    r"\b" + _DAYS_N + r"(?:\s+|-)days?\s+(?:of\s+(?:[a-z\-]+\s+)?" + FIGHTING_W + r"|(?:[a-z\-]+\s+)?"
    + FIGHTING_W + r")\b|\b" + FIGHTING_W + r",?\s+(?:that\s+|which\s+)?(?:had\s+|has\s+)?"
    r"(?:lasted|raged|went\s+on|continued)\s+(?:for\s+)?(?:(?:more|less)\s+than\s+|about\s+|"
    r"nearly\s+|some\s+)?" + _DAYS_N + r"\s+days?\b", re.I)


@lru_cache(maxsize=TEXT_COUNTS)
def stated_days(text: str) -> tuple[int, int, int] | None:
    """(days, start, end) of the length in days of fighting or talks a sentence states
    ("five days of fighting", "a four-day war", "the clashes lasted three days"); None when
    it states none (remembered per sentence, like ``text_counts``: a record's mentions are
    read again each time it is compared with another)."""
    if not (m := DAYS_RE.search(text)):
        return None
    raw = m.group(1) or m.group(2)
    n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw.lower())
    return (n, m.start(), m.end()) if n else None


def number_value(raw: str) -> float:
    """The value of a number written in digits, in words ('twenty-two', 'three hundred',
    'a dozen', 'two dozen', 'half a dozen') or both ('1.5 million'); a vague plural
    ('dozens') gives its range's lowest."""
    raw = " ".join(raw.lower().replace(",", "").replace("-", " ").split())
    if raw in VAGUE_RANGES:
        return VAGUE_RANGES[raw][0]
    total = current = 0.0
    for word in raw.split():
        if word in NUMBER_WORDS or word in TENS_WORDS:
            current += NUMBER_WORDS.get(word, TENS_WORDS.get(word, 0))
        elif word in ("a", "an", "single"):
            current = current or 1.0  # "half a dozen": the half stays
        elif word == "half":
            current = 0.5
        elif word == "dozen":
            current = (current or 1.0) * 12
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word in SCALE_WORDS:
            total += (current or 1.0) * SCALE_WORDS[word]
            current = 0.0
        elif word != "and":
            current = float(word)
    return total + current


def listed_totals(text: str, base: int) -> list[tuple[str, float, str, dict[str, Any]]]:
    """Totals of casualties listed in parts before or after one casualty verb ("11 civilians
    and one soldier have been killed", "killing 11 civilians and one soldier": 12 killed)."""
    out = []
    for m in PARTS_RE.finditer(text):
        if HURT_BEFORE_RE.search(text[max(0, m.start() - 30):m.start()]):
            continue  # "killed three people and 12 more were injured": the first is the dead
        if CASUALTY_RE.search(m.group(2)) or FINITE_RE.search(m.group(2)):
            continue  # "two were killed and five others wounded": a clause each, no list
        parts = [m.group(i) for i in (1, 3, 4) if m.group(i)]
        total = sum(number_value(p) for p in parts)
        before = text[max(0, m.start() - QUALIFIER_CHARS):m.start()]
        span = {"start": base + m.start(), "end": base + m.end(), "text": m.group(0)}
        out.append((casualty_kind(m.group(6)), total, before, span))
    for m in VERB_PARTS_RE.finditer(text):
        nouns = [m.group(i) for i in (4, 6, 8) if m.group(i)]
        if any(MEASURE_RE.match(n) or THING_RE.match(n) and not THING_RE.match(n).group(1)
               .lower().startswith(("troop", "soldier")) for n in nouns):
            continue  # "killing two people and 40 drones were downed": no list of the dead
        if OWN_CLAUSE_RE.match(text, m.start(7)):
            continue  # "killed three people and 12 more were injured": a clause of its own
        total = sum(number_value(m.group(i)) for i in (3, 5, 7) if m.group(i))
        before = text[max(0, m.start(3) - QUALIFIER_CHARS):m.start(3)]
        span = {"start": base + m.start(3), "end": base + m.end(), "text": text[m.start(3):m.end()]}
        out.append((casualty_kind(m.group(1)), total, before, span))
    return out


def report_day(m: Mention) -> str:
    """The publication day of a mention's article ('' when unknown)."""
    return (m.published or "")[:10]


def toll_timing(m: Mention, at: int) -> str:
    """How a mention's sentence presents the number at sentence offset ``at``: "update" (a
    risen or final total: "the toll rose to 15"), "preliminary" ("in a preliminary toll"),
    or ""."""
    text = m.sentence
    if UPDATE_RE.search(text[:at]):
        return "update"
    return "preliminary" if PRELIMINARY_RE.search(text) else ""


def is_update(early: dict[str, Any], late: dict[str, Any], ongoing: bool = False) -> bool:
    """Whether ``late`` is a risen total reported on a later day than ``early`` with update
    wording on either side (a rising toll is an update, not a contradiction); in the record
    of a fighting episode (``ongoing``) the toll of a later day is a running total without
    such wording."""
    return bool(early["day"] and late["day"] and late["first"] > early["last"]
                and late["lo"] > early["hi"] and (ongoing or "update" in late["timing"]
                                                  or "preliminary" in early["timing"]))


SPACE_RE = re.compile(r"\s*")


def next_sentence(text: str, end: int) -> dict[str, Any] | None:
    """The sentence after the one ending at text[end] (``sentence_around``), or None when
    the paragraph ends there."""
    at = SPACE_RE.match(text, end).end()
    if at >= len(text) or text.find("\n\n", end, at) >= 0:
        return None
    return sentence_around(text, at)


def toll_after(m: Mention, texts: dict[str, str] | None) -> list[tuple[Any, ...]]:
    """``count_facts`` of the toll an attack's report gives in the sentence right after
    its own when that sentence opens on the toll ("... clashed on Thursday. The death toll
    stood at 12."): the dead, wounded and displaced it counts; [] for other mentions."""
    text = (texts or {}).get(m.article) or ""
    end = int((m.data.get("sentence") or {}).get("end") or 0)
    if m.type != "ASSAULT" or not text or end <= 0:
        return []
    nxt = next_sentence(text, end)
    if nxt is None or not TOLL_START_RE.match(nxt["text"]):
        return []
    out = []
    for what, n, before, (lo_at, hi_at, raw) in text_counts(nxt["text"]):
        if what in ("killed", "wounded", "displaced"):
            span = {"start": nxt["start"] + lo_at, "end": nxt["start"] + hi_at, "text": raw}
            timing = "update" if UPDATE_RE.search(nxt["text"][:lo_at]) else \
                "preliminary" if PRELIMINARY_RE.search(nxt["text"]) else ""
            out.append(count_fact(what, n, before, span, timing))
    return out


NUMBER_AT_RE = re.compile(  # a later sentence giving the size of a group just told of:
    # "officials put the figure at 40", "the ministry gave the number as 12"
    r"\b(?:put|puts|putting|gave|gives|giving|placed|places|placing)\s+(?:the|their|its)\s+"
    r"(?:number|figure|total|count)\s+(?:at|as)\s+(?:at\s+least\s+|about\s+|around\s+|some\s+|"
    r"more\s+than\s+|nearly\s+)?$", re.I)
YIELD_TRIGGER_RE = re.compile(r"^(?:surrender|capitulat)", re.I)


def taken_after(m: Mention, texts: dict[str, str] | None) -> list[tuple[Any, ...]]:
    """``count_facts`` of how many were taken, told in the sentence right after a capture's or
    a surrender's report that counts no one ("A group of soldiers surrendered ... An army
    source puts the number at 18."): the ``captured`` count; [] for other mentions."""
    text = (texts or {}).get(m.article) or ""
    end = int((m.data.get("sentence") or {}).get("end") or 0)
    trigger = str((m.data.get("trigger") or {}).get("text") or "")
    if not text or end <= 0 or not (
            m.type == "COERCE" and m.data.get("mode") == "COERCE/arrest" or
            m.type == "CONCEDE" and YIELD_TRIGGER_RE.match(trigger)):
        return []
    if any(fact[0] == "captured" for fact in count_facts(m)):
        return []
    nxt = next_sentence(text, end)
    if nxt is None:
        return []
    for n in NUMBER_RE.finditer(nxt["text"]):
        before = nxt["text"][:n.start()]
        if NUMBER_AT_RE.search(before):
            span = {"start": nxt["start"] + n.start(), "end": nxt["start"] + n.end(),
                    "text": n.group(1)}
            return [count_fact("captured", number_value(n.group(1)), before, span, "")]
    return []


def number_conflicts(mentions: list[Mention],
                     texts: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Flags for counted things (dead, wounded, rockets) whose ranges differ across outlets.
    A larger number reported on a later day as a risen or final total (or after a
    preliminary one) updates the earlier number: a ``number_update`` flag, not a conflict.
    ``texts``: the articles' texts, for a toll told in the sentence after an attack's
    (``toll_after``) and how many were taken after a capture's or surrender's (``taken_after``)."""
    by_what: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    ranges: dict[str, tuple[float, float]] = {}
    timed: dict[tuple[str, str], dict[str, Any]] = {}
    largest: dict[tuple[str, str, str], tuple[Mention, float, tuple[Any, ...]]] = {}
    for m in mentions:  # per outlet the largest number of each thing (a total, not a part)
        for fact in count_facts(m) + (toll_after(m, texts) + taken_after(m, texts)
                                      if texts else []):
            what, n = fact[0], fact[1]
            # a side's people who act (troops, attackers) per participant role: the
            # attackers' count and the defenders' are two counts, not a total and a part
            role = counted_role(m, fact[3]) if what in ACTOR_KINDS else ""
            key = (m.outlet or m.root, what, role)
            if key not in largest or n > largest[key][1]:
                largest[key] = (m, n, fact)
    side: dict[str, str | None] = {}  # a value's people named by origin: "12 Ruritanian civilians"
    role_of: dict[str, str] = {}  # a value's participant role ("30 source": the attackers' 30)
    for (_, what, role), (m, _, fact) in largest.items():
        _, _, _, span, lo, hi, key, timing, shown = fact
        key = f"{key} {role}" if role else key
        role_of[key] = role
        ranges[key] = (lo, hi)
        side.setdefault(key, counted_side(m, span, texts))
        t = timed.setdefault((what, key), {"lo": lo, "hi": hi, "day": True, "first": "9999",
                                           "last": "", "timing": set()})
        day = report_day(m)
        t["day"] = t["day"] and bool(day)
        t["first"], t["last"] = min(t["first"], day or "9999"), max(t["last"], day)
        t["timing"].add(timing)
        add_value(by_what[what], key, shown, m.article, span, m.outlet or m.root)
    out = []
    ongoing = any(m.episode for m in mentions)  # an episode's tolls run on day by day
    for what, groups in by_what.items():
        def ok(a: str, b: str) -> bool:
            """Whether two number ranges share a value, or count the people of different
            sides ("12 Ruritanian civilians" and "one Bordurian soldier") or roles."""
            if side.get(a) and side.get(b) and side[a] != side[b]:
                return True
            if role_of.get(a) and role_of.get(b) and role_of[a] != role_of[b]:
                return True  # the attackers' count and the defenders'
            return ranges[a][0] <= ranges[b][1] and ranges[b][0] <= ranges[a][1]

        def updated(a: str, b: str, w: str = what) -> bool:
            """Whether two numbers agree or one updates the other."""
            return ok(a, b) or is_update(timed[(w, a)], timed[(w, b)], ongoing) or \
                is_update(timed[(w, b)], timed[(w, a)], ongoing)
        if disagree(groups, updated):
            out.append(flag("number_conflict", groups, f"number of {what}"))
        elif disagree(groups, ok):
            out.append(update_flag(groups, what, timed))
    return out


def counted_role(m: Mention, span: dict[str, Any] | None) -> str:
    """The participant role of the people a count of troops or attackers counts: "source" when
    the counted phrase holds or lies in the mention's source ("about 30 gunmen attacked", "more
    than 200 Veldorian troops attacked", "an attack by more than 80 armed men"), "target" for
    its target ("attacked about 40 Castranian soldiers"). Otherwise "unplaced" in an attack or
    clash (its two sides' counts are never compared, so an unplaced count is compared only
    with unplaced ones: "an outpost defended by 40 soldiers" is no count of the attackers), and
    "" in a one-sided act ("Veldoria massed 5,000 troops": compared with any count)."""
    fought = m.type in FOUGHT_TYPES
    if not span or span.get("start") is None:
        return "unplaced" if fought else ""
    start, end = int(span["start"]), int(span["end"])
    sent = m.data.get("sentence") or {}
    base, text = int(sent.get("start") or 0), sent.get("text") or ""
    if base <= end <= base + len(text) and (noun := THING_RE.match(text[end - base:end - base + 40])):
        end += noun.end()  # the counted phrase: "200 Veldorian troops"
    for role in ("source", "target"):
        for a in m.data.get(role) or []:
            if isinstance(a, dict) and a.get("start") is not None and \
                    int(a["start"]) < end and start < int(a.get("end") or 0):
                return role
    if fought and agent_of(m, text, start - base, end - base):
        return "source"
    return "unplaced" if fought else ""


PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being|is|are|get|got)\s+(?:[a-z]+ly\s+)?$", re.I)
BY_BEFORE_RE = re.compile(r"\bby\s+(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|"
                          r"up\s+to|an\s+estimated)\s+)?$", re.I)


def agent_of(m: Mention, text: str, start: int, end: int) -> bool:
    """Whether the counted phrase at text[start:end] (sentence offsets) is who carried out the
    mention's act when no argument of it says so: the subject right before an active trigger
    in its clause ("More than 80 armed men attacked the post") or the agent after "by" of a
    passive one ("the post was attacked on Monday by about 30 gunmen")."""
    trig = m.data.get("trigger") or {}
    base = int((m.data.get("sentence") or {}).get("start") or 0)
    if trig.get("start") is None:
        return False
    t0, t1 = int(trig["start"]) - base, int(trig.get("end") or trig["start"]) - base
    if not 0 <= t0 <= len(text):
        return False
    passive = bool(PASSIVE_BEFORE_RE.search(text[max(0, t0 - 30):t0]))
    if end <= t0:
        return not passive and not re.search(r"[;:.()]|,\s+(?:and|but|while|as|after|when)\b",
                                             text[end:t0])
    return start >= t1 and passive and bool(BY_BEFORE_RE.search(text[t1:start])) and \
        not re.search(r"[;:.()]", text[t1:start])


def counted_side(m: Mention, span: dict[str, Any] | None,
                 texts: dict[str, str] | None) -> str | None:
    """The origin word of the people a number counts, when it names them ("12 Ruritanian
    civilians", "one Bordurian soldier": "Ruritanian", "Bordurian"); None otherwise."""
    if not span or span.get("end") is None:
        return None
    sent = m.data.get("sentence") or {}
    start, end = int(sent.get("start") or 0), int(span["end"])
    text = sent.get("text") or ""
    after = text[end - start:end - start + 60] if start <= end <= start + len(text) else \
        ((texts or {}).get(m.article) or "")[end:end + 60]
    found = COUNTED_SIDE_RE.match(after)
    return found.group(1) if found else None


def count_facts(m: Mention) -> list[tuple[Any, ...]]:
    """What ``number_conflicts`` reads of each number of ``counted(m)``, computed once per
    mention (a record is compared with each record it may be, and written): (what, number,
    qualifier text, span, lowest, highest, comparison key, ``toll_timing``, the value shown).
    The spans are the mention's own: read, never changed."""
    found = m.memo.get("count_facts")
    if found is not None:
        return found
    if m.memo.get("counted") is None:
        m.memo["counted"] = read_counts(m)
    found = m.memo["count_facts"] = []
    sent_start = int((m.data.get("sentence") or {}).get("start") or 0)
    for what, n, before, span in m.memo["counted"]:
        at = int((span or {}).get("start", 0)) - sent_start
        found.append(count_fact(what, n, before, span, toll_timing(m, at)))
    return found


def count_fact(what: str, n: float, before: str, span: dict[str, Any] | None,
               timing: str) -> tuple[Any, ...]:
    """One fact of ``count_facts``: (what, number, qualifier text, span, lowest, highest,
    comparison key, timing, the value shown)."""
    raw = str((span or {}).get("text") or "")
    lo, hi = number_range(n, before, raw)
    key = f"{lo:g}..{hi:g}" if lo != hi else f"{n:g}"
    qualifier = (AT_MOST_RE.search(before) or AT_LEAST_RE.search(before)
                 or ABOUT_RE.search(before))
    low = range_low(raw)
    shown = raw.lower() if raw.lower() in VAGUE_RANGES else \
        f"{low:g} to {n:g}" if low is not None else f"{n:g}"
    shown = f"{qualifier.group(1)} {shown}" if qualifier else shown
    return (what, n, before, span, lo, hi, key, timing, shown)


def update_flag(groups: dict[str, dict[str, Any]], what: str,
                timed: dict[tuple[str, str], dict[str, Any]]) -> dict[str, Any]:
    """A flag for a number that later reports raised (values in the order reported)."""
    keys = sorted(groups, key=lambda k: (timed[(what, k)]["first"], timed[(what, k)]["lo"]))
    shown = " -> ".join(f"{groups[k]['value']} ({', '.join(groups[k]['articles'])}, "
                        f"{timed[(what, k)]['first']})" for k in keys)
    return {"kind": "number_update", "message": f"the number of {what} was updated: {shown}",
            "values": [groups[k] for k in keys]}


def duration_conflicts(mentions: list[Mention]) -> list[dict[str, Any]]:
    """Flags for event durations (hours and minutes: how long talks lasted; days the
    sentence states of fighting or talks, ``stated_days``) or commitment windows that
    differ across outlets."""
    by_key: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for m in mentions:
        items = [("duration", m.attributes.get("duration") or stated_duration(m))]
        sent = m.data.get("sentence") or {}
        days = stated_days(sent.get("text") or "")
        if days and not str(value_of(items[0][1]) or "").startswith("PT"):
            at = int(sent.get("start") or 0)
            items[0] = ("duration", {"value": f"P{days[0]}D", "stated": True, "span": {
                "start": at + days[1], "end": at + days[2],
                "text": sent["text"][days[1]:days[2]]}})
        c = m.attributes.get("commitment")
        if isinstance(c, dict):
            spans = c.get("spans") or {}
            items.append(("commitment duration", {"value": c.get("duration"),
                                                  "span": spans.get("duration")}))
        for key, raw in items:
            value = value_of(raw)
            if not value or (key == "duration" and not str(value).startswith("PT")
                             and not (isinstance(raw, dict) and raw.get("stated"))):
                continue  # other multi-day spans on an event are mostly distances between events
            span = (raw.get("span") if isinstance(raw, dict) else None) or m.data.get("sentence")
            comparable = str(duration_days(str(value)) or value)
            add_value(by_key[key], comparable, value, m.article, span, m.outlet or m.root)
    return [flag("duration_conflict", groups, key) for key, groups in by_key.items()
            if disagree(groups)]


def place_conflicts(mentions: list[Mention]) -> list[dict[str, Any]]:
    """A flag when outlets place talks or an agreement in different countries ("met in
    Istanbul" against "met in Geneva"); places in one country (a city and its country, two
    quarters of a city) are compatible, and a place whose country is unknown is not compared."""
    groups: dict[str, dict[str, Any]] = {}
    for m in mentions:
        loc = m.data.get("location")
        if m.type not in VENUE_TYPES or m.modality != "asserted" or not isinstance(loc, dict) \
                or not loc.get("country"):
            continue
        span = {k: loc[k] for k in ("start", "end", "text") if k in loc}
        add_value(groups, str(loc["country"]).upper(), loc.get("text"), m.article, span,
                  m.outlet or m.root)
    return [flag("place_conflict", groups, "place")] if disagree(groups) else []


def territory(m: Mention, entities: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The country on whose ground the sentence places an attack or clash ("opened fire on
    Bordurian soil", "inside Ruritania's territory", "on the Ruritanian side of the
    border", "deep inside Ruritania", "in Ruritania's Varo province", or in one of its linked
    places: "in Varo province", "in the northern Varo district", "on the Varo border"): the
    phrase nearest the trigger, within TERRITORY_REACH characters, naming one linked actor with a country
    and not negated ("not on Ruritanian soil"); None otherwise."""
    sent = m.data.get("sentence") or {}
    text, base = sent.get("text") or "", int(sent.get("start") or 0)
    trig = int((m.data.get("trigger") or {}).get("start", -10**9))
    best = None
    for found in (f for pattern in (TERRITORY_RE, *TERRITORY_MORE)
                  for f in pattern.finditer(text)):
        at = base + found.start()
        if abs(at - trig) > TERRITORY_REACH or NEGATED_BEFORE_RE.search(
                text[max(0, found.start() - 20):found.start()]):
            continue
        named = {str(c).upper() for e in actors_in(entities, base + found.start("who") - 1,
                                                   base + found.end("who") + 1)
                 if (c := (e.get("actor") or {}).get("country"))}
        if len(named) == 1 and (best is None or abs(at - trig) < best[0]):
            best = (abs(at - trig), named.pop(), {"start": at, "end": base + found.end(),
                                                  "text": found.group(0)})
    for e in entities:
        actor = e.get("actor") or {}
        if not base <= int(e.get("start", -1)) < int(e.get("end", 0)) <= base + len(text):
            continue
        at, end = int(e["start"]) - base, int(e["end"]) - base
        before = PLACE_BEFORE_RE.search(text[max(0, at - 40):at])
        if actor.get("kind") != PLACE_KIND or not actor.get("country") or before is None:
            continue
        if before.group(0).lower().startswith("on") and not PLACE_AFTER_RE.match(text[end:]):
            continue  # "on the Varo border", not "on the Varo road"
        start = max(0, at - 40) + before.start()
        if abs(base + start - trig) > TERRITORY_REACH or NEGATED_BEFORE_RE.search(
                text[max(0, start - 20):start]):
            continue
        noun = PLACE_NOUN_RE.match(text[end:])
        end += noun.end() if noun else 0
        if best is None or abs(base + start - trig) < best[0]:
            best = (abs(base + start - trig), str(actor["country"]).upper(),
                    {"start": base + start, "end": base + end, "text": text[start:end]})
    return best and {"country": best[1], "span": best[2]}


def territory_conflicts(mentions: list[Mention], entities: dict[str, list[dict[str, Any]]],
                        siblings: dict[str, list[tuple[int, str, int, int]]] | None = None
                        ) -> list[dict[str, Any]]:
    """A place flag when outlets put an attack or clash on different sides of a border
    ("inside Ruritanian territory" against "on Bordurian soil"; ``territory``). A mention
    whose trigger lies too far from the phrase takes the side its sentence gives another
    attack or clash of that sentence (``siblings``: per article, ``build.sentence_events``),
    when those read one country only."""
    groups: dict[str, dict[str, Any]] = {}
    for m in mentions:
        if m.type not in FOUGHT_TYPES or m.modality != "asserted":
            continue
        ents = entities.get(m.article) or []
        found = territory(m, ents)
        if found is None:
            read = {f["country"]: f for v in sibling_views(m, (siblings or {}).get(m.article)
                                                           or [], FOUGHT_TYPES)
                    if (f := territory(v, ents))}
            found = next(iter(read.values())) if len(read) == 1 else None
        if found:
            add_value(groups, found["country"], found["span"]["text"], m.article, found["span"],
                      m.outlet or m.root)
    return [flag("place_conflict", groups, "territory")] if disagree(groups) else []


def stated_duration(m: Mention) -> dict[str, Any] | None:
    """A duration in hours or minutes the mention's sentence states as a claim ("talks that
    lasted eight hours") when the event itself carries none; None when there is none."""
    for c in m.data.get("claims") or []:
        if c.get("kind") == "duration" and str(c.get("value") or "").startswith("PT"):
            return {"value": c["value"], "span": c.get("span")}
    return None


def participant_conflicts(mentions: list[Mention]) -> list[dict[str, Any]]:
    """A flag when outlets naming two or more linked participants name different ones."""
    full = [m for m in mentions if len(m.keys) >= 2]
    groups: dict[str, dict[str, Any]] = {}
    clash = False
    for i, m in enumerate(full):
        names = ", ".join(sorted(p.get("text", "") for p in m.participants()))
        add_value(groups, names.lower(), names, m.article, m.data.get("sentence"),
                  m.outlet or m.root)
        clash = clash or any(coverage(m.keys, o.keys) < 1.0 and o.root != m.root
                             for o in full[:i])
    return [flag("participant_conflict", groups, "participants")] if clash else []


def sentence_outcome(m: Mention, kinds: tuple[str, ...] | None = None) -> dict[str, Any] | None:
    """An outcome claim read from the sentence of talks ("made further progress" against
    "no breakthrough"), of a withdrawal ("completed" against "fell short") or of an
    agreement, a truce or a pullout ("has agreed to the extension" against "did not agree
    to extend it"), negative phrases first; None when the sentence states none. ``kinds``:
    the claim kinds looked for (default: every kind of the mention's type), in order."""
    for kind in OUTCOME_TYPES.get(m.type, ()) if kinds is None else kinds:
        found = sentence_claim(m, kind)
        if found is not None:
            return found
    return None


def sentence_claim(m: Mention, kind: str) -> dict[str, Any] | None:
    """The claim of one kind (outcome, completion, agreement) read from a mention's
    sentence (``sentence_outcome``)."""
    sent = m.data.get("sentence") or {}
    found = text_claim(sent.get("text") or "", kind)
    if found is None:
        return None
    group, phrase, i, j = found
    start = int(sent.get("start") or 0) + i
    return {"kind": kind, "value": phrase, "group": group, "article": m.article,
            "span": {"start": start, "end": start + j - i,
                     "text": (sent.get("text") or "")[i:j]}, "from": "sentence"}


@lru_cache(maxsize=TEXT_COUNTS)
def text_claim(text: str, kind: str) -> tuple[str, str, int, int] | None:
    """(group, phrase, start, end) of the claim of one kind a sentence states: its
    negative phrases first; a positive phrase after a negation in its clause ("did not
    produce a breakthrough") or after a denial ("denied that it had agreed") is negative; a
    negative phrase after a denial ("denied that the talks had collapsed") and any phrase
    hoped for, feared or supposed in its clause ("neither side expected a breakthrough",
    "feared the talks would collapse", "unclear whether progress was made") are not read
    (a forecast, "would not complete", is still read: an actor saying what it will not do)."""
    low = text.lower()
    for group in ("negative", "positive"):
        for phrase in lexicon()["sentence_" + kind][group]:
            if not may_hold(low, phrase):
                continue  # a word of the phrase is missing: no match (and no pattern built)
            hit = phrase_re(phrase).search(low)
            if hit is None:
                continue
            i = hit.start()
            if UNREAL_RE.search(low[max(0, i - NEGATION_CHARS):i]):
                continue  # "neither side expected a breakthrough": hoped for, not reported
            if kind == "kept" and group == "negative":  # "no violations of the truce": kept
                if WARNING_RE.search(low[max(0, i - NEGATION_CHARS):i]):
                    continue  # "any violation of the truce will be answered": a warning
                if NO_BREACH_RE.search(low[max(0, i - NEGATION_CHARS):i]):
                    return "positive", phrase, i, hit.end()
            if group == "negative" and DENIED_RE.search(low[max(0, i - DENIAL_CHARS):i]):
                continue  # "denied that the talks had collapsed": no statement they went well
            if group == "positive" and (negated_at(low, i) or GAP_NEGATION_RE.search(
                    hit.group(0)) or DENIED_RE.search(low[max(0, i - DENIAL_CHARS):i])):
                return "negative", phrase, i, hit.end()
            return group, phrase, i, hit.end()
    return kept_by_shape(text) if kind == "kept" else None


def kept_by_shape(text: str) -> tuple[str, str, int, int] | None:
    """Whether a truce held, told by what happened since it began rather than by a word for
    its holding (``text_claim`` for "kept"): quiet since ("no clashes have been reported since
    the truce came into force": positive) or an attack after it took effect or despite it
    ("attacked ... after the ceasefire took effect": negative; not when denied, negated or
    only warned of: "any attack after the truce took effect will be answered")."""
    if quiet := QUIET_SINCE_RE.search(text):
        return "positive", "quiet since the truce", quiet.start(), quiet.end()
    low = text.lower()
    for broken in BROKEN_AFTER_RE.finditer(text):
        i = broken.start()
        before = low[max(0, i - NEGATION_CHARS):i]
        if UNREAL_BEFORE_RE.search(before) or NO_BREACH_RE.search(before) or \
                DENIED_RE.search(low[max(0, i - DENIAL_CHARS):i]):
            continue
        return "negative", "attacked after the truce began", i, broken.end()
    return None


@lru_cache(maxsize=1024)
def phrase_words(phrase: str) -> tuple[tuple[str, ...], ...]:
    """Each word of a lexicon phrase as its alternatives ("a/b"): the literal texts of
    ``phrase_re``, one of each of which a text holds wherever the pattern matches it."""
    return tuple(tuple(w.split("/")) for part in phrase.split(GAP) for w in part.split())


def may_hold(low: str, phrase: str) -> bool:
    """Whether a (lower-cased) text holds one of the alternatives of every word of a phrase:
    false only where ``phrase_re`` cannot match, so ``text_claim`` tests a sentence's few
    possible phrases and compiles the patterns of those alone (the lexicons hold some 270
    phrases; compiling them all cost about 25 ms of CPU in each fusing process)."""
    return all(any(w in low for w in alternatives) for alternatives in phrase_words(phrase))


@lru_cache(maxsize=1024)
def phrase_re(phrase: str) -> re.Pattern[str]:
    """A lexicon phrase as a pattern: from a word's start (so "successful" is not read in
    "unsuccessful"), with up to three words at each gap mark and "a/b" for either word."""
    def words(part: str) -> str:
        return r"\s+".join("(?:" + "|".join(map(re.escape, w.split("/"))) + ")"
                           for w in part.split())
    parts = [words(p) for p in phrase.split(GAP)]
    return re.compile(r"(?<![\w-])" + r"\s+(?:[\w-]+\s+){0,3}?".join(parts))


def record_type(mentions: list[Mention]) -> str | None:
    """The type most of a record's mentions have (the first of them on a tie)."""
    counts = Counter(m.type for m in mentions)
    return max(counts, key=lambda t: counts[t]) if counts else None


def read_outcomes(mentions: list[Mention], claims: list[dict[str, Any]],
                  texts: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The outcomes read from the mentions' sentences (``sentence_outcome``) of the kinds
    their articles state no claim of (an extracted outcome claim is the article's word): the
    kinds of each mention's own type and of its record's type (an outlet's sentence about
    talks whose mention is typed otherwise still states their outcome). With ``texts``,
    talks whose article states no outcome in their sentences take the one told in a
    sentence of its own that refers back to them (``referred_outcome``). Whether talks took
    place (``held``) is read only from reports that are no plan (``planned_held``)."""
    stated = {(c["article"], c.get("kind")) for c in claims}
    shared_kinds = OUTCOME_TYPES.get(record_type(mentions) or "", ())
    read = [sentence_claim(m, kind) for m in mentions
            for kind in dict.fromkeys(OUTCOME_TYPES.get(m.type, ()) + shared_kinds)
            if (m.article, kind) not in stated and not planned_held(m, kind)]
    read = [c for c in read if c]
    if texts and record_type(mentions) in ("RETREAT", "AGREE"):
        found = stated | {(c["article"], c["kind"]) for c in read}
        for m in mentions:
            if m.type in ("RETREAT", "AGREE") and (m.article, "kept") not in found and \
                    not planned_held(m, "kept"):
                c = referred_kept(m, texts.get(m.article) or "")
                if c:
                    read.append(c)
                    found.add((m.article, "kept"))
    if texts and record_type(mentions) == "CONSULT":
        found = stated | {(c["article"], c["kind"]) for c in read}
        for m in mentions:
            for kind in OUTCOME_TYPES["CONSULT"]:
                if m.type == "CONSULT" and (m.article, kind) not in found and \
                        not planned_held(m, kind):
                    c = referred_outcome(m, texts.get(m.article) or "", kind)
                    if c:
                        read.append(c)
                        found.add((m.article, kind))
    return read


def planned_held(m: Mention, kind: str) -> bool:
    """Whether the kind is whether talks took place or a truce held and the mention is of a
    plan ("will meet on Monday as planned" says nothing of whether they did)."""
    return kind in ("held", "kept") and m.modality in ("planned", "hypothetical")


def referring_sentences(m: Mention, text: str) -> Iterator[dict[str, Any]]:
    """The REFER_SENTENCES sentences after a mention's own in its paragraph, in order (those
    that may refer back to its event)."""
    end = int((m.data.get("sentence") or {}).get("end") or 0)
    if not text or end <= 0:
        return
    for _ in range(REFER_SENTENCES):
        nxt = next_sentence(text, end)
        if nxt is None or nxt["end"] <= end:
            return
        yield nxt
        end = nxt["end"]


def referred_outcome(m: Mention, text: str, kind: str) -> dict[str, Any] | None:
    """The outcome of talks (``kind``: outcome or deal) told in a sentence of its own that
    refers back to them ("... met in Brussels on Tuesday. The session broke up with no
    progress."): one of the REFER_SENTENCES sentences after the mention's in its paragraph
    that opens on the talks ("The talks", "That meeting"; right after the mention's also
    "It" or "They" and a verb of how talks go: "It ended without agreement", "They were
    described as productive"), when no sentence between them tells other talks (a talks
    noun, "met", "spoke")."""
    for n, nxt in enumerate(referring_sentences(m, text)):
        if REFERRING_TALKS_RE.match(nxt["text"]) or (n == 0 and PRONOUN_TALKS_RE.match(nxt["text"])):
            found = text_claim(nxt["text"], kind)
            if found is None:
                return None
            group, phrase, i, j = found
            return {"kind": kind, "value": phrase, "group": group, "article": m.article,
                    "span": {"start": nxt["start"] + i, "end": nxt["start"] + j,
                             "text": nxt["text"][i:j]}, "from": "sentence"}
        if TALKS_NOUN_RE.search(nxt["text"]):
            return None  # other talks are told in between
    return None


def referred_kept(m: Mention, text: str) -> dict[str, Any] | None:
    """Whether a truce held, told in a sentence of its own that refers back to it ("... agreed
    to a ceasefire on Monday. The truce was violated within hours."): one of the
    REFER_SENTENCES sentences after the mention's in its paragraph that opens on the truce
    or deal ("The truce", "This ceasefire"; right after the mention's also "It") or tells
    what happened since it began (``kept_by_shape``: "... shelled two villages on Tuesday
    despite the truce"), when no sentence between them names another deal."""
    own_end = int((m.data.get("sentence") or {}).get("end") or 0)
    for n, nxt in enumerate(following_sentences(text, own_end, SHAPE_SENTENCES)):
        same_paragraph = n < REFER_SENTENCES and text.find("\n\n", own_end, nxt["start"]) < 0
        opening = same_paragraph and (REFERRING_RE.match(nxt["text"]) or
                                      (n == 0 and PRONOUN_KEPT_RE.match(nxt["text"])))
        # or a sentence that tells what happened since the truce began, naming it there
        # ("... took effect on Monday. Troops shelled two villages on Tuesday despite the truce."),
        # also in the paragraphs after
        if opening or kept_by_shape(nxt["text"]):
            found = text_claim(nxt["text"], "kept")
            if found is None:
                return None
            group, phrase, i, j = found
            return {"kind": "kept", "value": phrase, "group": group, "article": m.article,
                    "span": {"start": nxt["start"] + i, "end": nxt["start"] + j,
                             "text": nxt["text"][i:j]}, "from": "sentence"}
        if DEAL_NOUN_RE.search(nxt["text"]):
            return None  # another deal is told in between
    return None


def following_sentences(text: str, end: int, count: int) -> Iterator[dict[str, Any]]:
    """Up to ``count`` sentences after the one ending at text[end], across paragraphs."""
    for _ in range(count):
        at = SPACE_RE.match(text, end).end() if end < len(text) else len(text)
        if end <= 0 or at >= len(text):
            return
        nxt = sentence_around(text, at)
        if nxt["end"] <= end:
            return
        yield nxt
        end = nxt["end"]


def negated_at(text: str, i: int) -> bool:
    """Whether a positive phrase at text[i] is preceded in its clause by a negation ("no",
    "without", "did not produce a")."""
    return bool(NEGATION_RE.search(text[max(0, i - NEGATION_CHARS):i]))


def side_conflicts(mentions: list[Mention], entities: dict[str, list[dict[str, Any]]],
                   texts: dict[str, str] | None = None,
                   leads: dict[str, dict[str, Any] | None] | None = None,
                   siblings: dict[str, list[tuple[int, str, int, int]]] | None = None
                   ) -> list[dict[str, Any]]:
    """Flags when outlets name different mediators ("brokered by Washington alone" against
    "brokered by the United States and France") or a different side that started it. An
    article whose mentions here state no starter but whose lead attack (``leads``: per
    article, ``who.lead_attack``) is among them is read whole for a sentence of its own
    saying who started it (``texts``: the articles' texts). Each mention is read for what
    its own type or its record's type can state (``who.mediators``, ``who.starter``); an
    article whose mentions here name no mediator takes the one its sentence names for
    another event of the same kind (``siblings``: per article, ``build.sentence_events``;
    ``sibling_mediators``)."""
    out = []
    rtype = record_type(mentions)
    for kind, read, what in (("mediator_conflict", mediators, "mediators"),
                             ("starter_conflict", starter, "side that started it")):
        groups: dict[str, dict[str, Any]] = {}
        stated: dict[str, dict[str, Any]] = {}
        found_in: set[str] = set()
        for m in mentions:
            found = read(m, entities.get(m.article) or [], rtype)
            if found:
                found_in.add(m.article)
                add_side(groups, stated, found, m)
        if kind == "mediator_conflict":
            for m in mentions:
                if m.article in found_in:
                    continue
                found = referred_mediators(m, (texts or {}).get(m.article) or "",
                                           entities.get(m.article) or [], rtype) or \
                    sibling_mediators(m, (siblings or {}).get(m.article) or [],
                                      entities.get(m.article) or [], rtype)
                if found:
                    found_in.add(m.article)
                    add_side(groups, stated, found, m)
        if kind == "starter_conflict":
            for m in lead_mentions(mentions, leads or {}, found_in):
                found = article_starter((texts or {}).get(m.article) or "",
                                        entities.get(m.article) or [],
                                        (leads or {})[m.article]["sentences"], sentence_around)
                if found:
                    found_in.add(m.article)
                    add_side(groups, stated, found, m)
        if disagree(groups, lambda a, b, st=stated, k=kind: (
                mediators_compatible(st[a], st[b]) if k.startswith("mediator")
                else starters_compatible(a, b))):
            out.append(flag(kind, groups, what))
    return out


def sibling_views(m: Mention, events: list[tuple[int, str, int, int]],
                  types: frozenset[str]) -> Iterator[SimpleNamespace]:
    """The other events of the mention's sentence whose type is one of ``types``, each as a
    view the readers take for a mention (its type, the sentence, its trigger). ``events``:
    the article's events as (sentence start, type, trigger start, trigger end)."""
    sent = m.data.get("sentence") or {}
    at, trig = sent.get("start"), (m.data.get("trigger") or {}).get("start")
    for start, kind, t_start, t_end in events:
        if start == at and t_start != trig and kind in types:
            yield SimpleNamespace(data={"type": kind, "sentence": sent,
                                        "trigger": {"start": t_start, "end": t_end}})


def sibling_mediators(m: Mention, events: list[tuple[int, str, int, int]],
                      entities: list[dict[str, Any]], rtype: str | None) -> dict[str, Any] | None:
    """Who mediated, as the mention's sentence states it for another event of that sentence
    that is a deal, talks or a truce ("The talks were mediated by Qatar alone, and after
    long hours of discussion both sides agreed to a ceasefire": the phrase lies too far
    from the second trigger to be read for it), for a mention of such a type or in a record
    of one: one sentence's word on who brokered its talks and their deal. ``events``: the
    article's events as (sentence start, type, trigger start, trigger end); None when no
    other event of the sentence reads a mediator, or two read different ones."""
    if m.type not in MEDIATED_TYPES and rtype not in MEDIATED_TYPES:
        return None
    found: dict[str, dict[str, Any]] = {}
    for view in sibling_views(m, events, MEDIATED_TYPES):
        if read := mediators(view, entities, rtype):
            found["+".join(read["sides"]) + ("!" if read.get("complete") else "")] = read
    return next(iter(found.values())) if len(found) == 1 else None


def referred_mediators(m: Mention, text: str, entities: list[dict[str, Any]],
                       rtype: str | None) -> dict[str, Any] | None:
    """Who brokered a deal or truce, told in a sentence of its own that refers back
    to it ("... agreed to a truce on Friday. The truce was brokered by Qatar."): one of the
    REFER_SENTENCES sentences after the mention's in its paragraph that opens on the deal
    ("The deal", "This truce"; for talks also "The talks were mediated by Malaysia") or says
    who brokered it ("Malaysia alone brokered the ceasefire, officials said"; in the sentence
    right after the mention's also "It was brokered by Qatar", "Washington alone brokered
    it"), tells
    no deal of its own ("signed", "reached") and follows no sentence naming another deal
    or, for talks, other talks (then it may refer to that one)."""
    for i, nxt in enumerate(referring_sentences(m, text)):
        opening = REFERRING_RE.match(nxt["text"]) or BROKERED_DEAL_RE.search(nxt["text"]) or (
            REFERRING_TALKS_RE.match(nxt["text"]) if rtype == "CONSULT" else None) or (
            PRONOUN_REFER_RE.search(nxt["text"]) if i == 0 else None)
        if opening and not OWN_DEAL_RE.search(nxt["text"]):
            group = next(g for g in range(1, (opening.re.groups or 1) + 1)
                         if opening.group(g) is not None)
            noun = {"start": nxt["start"] + opening.start(group),
                    "end": nxt["start"] + opening.end(group)}
            view = SimpleNamespace(data={"type": m.type, "sentence": nxt, "trigger": noun})
            return mediators(view, entities, rtype)
        if DEAL_NOUN_RE.search(nxt["text"]) or (
                rtype == "CONSULT" and TALKS_NOUN_RE.search(nxt["text"])):
            return None  # another deal (or, for talks, other talks) is told in between
    return None


def add_side(groups: dict[str, dict[str, Any]], stated: dict[str, dict[str, Any]],
             found: dict[str, Any], m: Mention) -> None:
    """Record one outlet's statement of who mediated or started an event."""
    key = "+".join(found["sides"]) + ("!" if found.get("complete") else "")
    stated[key] = found
    shown = " and ".join(found["sides"]) + (" alone" if found.get("complete") else "")
    add_value(groups, key, shown, m.article, found["span"], m.outlet or m.root)


def lead_mentions(mentions: list[Mention], leads: dict[str, dict[str, Any] | None],
                  done: set[str]) -> list[Mention]:
    """The mentions that are their article's lead attack, for articles not in ``done``."""
    out = []
    for m in mentions:
        lead = leads.get(m.article)
        trig = int((m.data.get("trigger") or {}).get("start", -2))
        if lead and m.article not in done and trig == lead["trigger"] and \
                m.article not in {o.article for o in out}:
            out.append(m)
    return out


def event_conflicts(mentions: list[Mention], claims: list[dict[str, Any]],
                    entities: dict[str, list[dict[str, Any]]] | None = None,
                    texts: dict[str, str] | None = None,
                    leads: dict[str, dict[str, Any] | None] | None = None,
                    siblings: dict[str, list[tuple[int, str, int, int]]] | None = None
                    ) -> list[dict[str, Any]]:
    """Every conflict flag of one fused event (participants named differently by outlets
    are not a conflict: naming varies; who did it is compared through claims and the
    sentences' statements of who started or mediated it). ``entities``: each article's
    linked entities; ``texts``: each article's text (for the sentence of a claim made
    outside the mentions' sentences); ``leads``: each article's lead attack
    (``who.lead_attack``), whose record gets the article's own statement of who started it;
    ``siblings``: each article's events by sentence (``build.sentence_events``), for a
    mediator or a side of the border its sentence names for another of its events
    (``sibling_mediators``, ``territory_conflicts``). A record told by one source only
    (``one_source``) raises none, and is not read."""
    if one_source(mentions, claims):
        return []
    claims = [c for c in claims if not unreal_claim(c, texts)]
    claims = claims + read_outcomes(mentions, claims, texts)
    stated = claim_conflicts(claims, outlet_map(mentions))
    # an outcome the outlets state ("has agreed" against "did not agree") already shows it
    happened = [] if stated else (happened_conflicts(mentions) or denied_conflicts(mentions))
    return with_sentences(stated + date_conflicts(mentions) + happened
                          + number_conflicts(mentions, texts) + duration_conflicts(mentions)
                          + place_conflicts(mentions)
                          + territory_conflicts(mentions, entities or {}, siblings)
                          + side_conflicts(mentions, entities or {}, texts, leads, siblings),
                          mentions,
                          texts)


def one_source(mentions: list[Mention], claims: list[dict[str, Any]]) -> bool:
    """Whether every value a flag could set against another comes from one source, so that
    no flag can be raised: every flag needs ``disagree``, which needs two values whose
    sources differ or come from more than one outlet. A value read from a mention carries
    its ``outlet or root``; a claim's, the outlet of its article (``outlet_map``; the
    article itself when no mention is of it); one without an outlet counts its article. So
    mentions that share one non-empty outlet (or root), or all lie in one article, with
    claims only of their articles, can never disagree (a one-mention record, most of an
    update's new records, is one)."""
    keys = {m.outlet or m.root for m in mentions}
    articles = {m.article for m in mentions}
    if len(keys) != 1 or (not next(iter(keys)) and len(articles) != 1):
        return False
    return all(c.get("article") in articles for c in claims)


def unreal_claim(claim: dict[str, Any], texts: dict[str, str] | None) -> bool:
    """Whether an extracted claim of how something went (outcome, agreement, completion,
    holding, keeping, deal) is hoped for, feared or supposed in its clause ("neither side had
    expected the talks to bring a breakthrough"), as ``text_claim`` skips such a phrase."""
    span = claim.get("span") or {}
    text = (texts or {}).get(claim.get("article") or "")
    if claim.get("kind") not in SENTENCE_KINDS or not text or span.get("start") is None:
        return False
    at = int(span["start"])
    return bool(UNREAL_RE.search(text[max(0, at - NEGATION_CHARS):at]))


def with_sentences(flags: list[dict[str, Any]], mentions: list[Mention],
                   texts: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Each value span of the flags with the sentence it was read from: a mention's
    sentence, else the sentence around it in the article text (when given)."""
    for f in flags:
        for v in f["values"]:
            for span in v["spans"]:
                at = span.get("start")
                if at is None:
                    continue
                for m in mentions:
                    sent = m.data.get("sentence") or {}
                    if m.article == span.get("article") and \
                            int(sent.get("start", -1)) <= at < int(sent.get("end", -1)):
                        span["sentence"] = {k: sent.get(k) for k in ("start", "end", "text")}
                        break
                else:
                    text = (texts or {}).get(str(span.get("article"))) or ""
                    if 0 <= at < len(text):
                        span["sentence"] = sentence_around(text, at)
    return flags


def sentence_around(text: str, at: int) -> dict[str, Any]:
    """The sentence of ``text`` holding offset ``at`` (split at '. ', '? ', '! ' and lines,
    not after an initial or abbreviation such as 'U.S.', 'Mr.' or '5 a.m. Saturday')."""
    cut = mask_abbreviations(text)  # same length: masked periods never end a sentence
    start = max([i + len(mark) for mark in (". ", "? ", "! ")
                 if (i := cut.rfind(mark, 0, at)) >= 0]
                + [text.rfind("\n", 0, at) + 1, 0])
    ends = [i + 1 for i in (cut.find(mark, at) for mark in (". ", "? ", "! ")) if i >= 0]
    ends += [i for i in (text.find("\n", at),) if i >= 0]
    end = min(ends) if ends else len(text)
    return {"start": start, "end": end, "text": text[start:end]}


def own_flags(mentions: list[Mention]) -> list[dict[str, Any]]:
    """Conflict flags computable from mentions alone (numbers, dates, durations, outcomes)."""
    claims = [{"kind": c.get("kind"), "value": c.get("value"), "article": m.article,
               "span": c.get("span")} for m in mentions for c in m.data.get("claims") or []]
    if one_source(mentions, claims):
        return []
    claims += read_outcomes(mentions, claims)
    return (claim_conflicts(claims, outlet_map(mentions)) + date_conflicts(mentions)
            + number_conflicts(mentions) + duration_conflicts(mentions)
            + place_conflicts(mentions))


def flag_keys(mentions: list[Mention],
              memo: dict[tuple[str, ...], frozenset[tuple[str, str]]] | None = None
              ) -> frozenset[tuple[str, str]]:
    """(kind, message) of each of ``own_flags`` of some mentions; ``memo``: those already
    computed, by the mentions' ids in order (a record linked to several others is compared
    with each of them)."""
    key = tuple(m.id for m in mentions)
    found = memo.get(key) if memo is not None else None
    if found is None:
        found = frozenset((f["kind"], f["message"]) for f in own_flags(mentions))
        if memo is not None:
            memo[key] = found
    return found


def linked_disagreements(group: list[Mention], other: list[Mention],
                         memo: dict[tuple[str, ...], frozenset[tuple[str, str]]] | None = None
                         ) -> list[dict[str, Any]]:
    """Where a record and a record that is possibly the same occurrence disagree: flags
    over both records' mentions that neither record raises alone and that set a value
    of one record against a value of the other, from different outlets. Dates and places
    are not compared: different days or places are what tell two occurrences apart.
    ``memo``: ``flag_keys`` of records already compared (mention ids stand for fixed
    mention data)."""
    alone = flag_keys(group, memo) | flag_keys(other, memo)
    mine, theirs = {m.article for m in group}, {m.article for m in other}
    out = []
    for f in own_flags(group + other):
        arts = [set(v["articles"]) for v in f["values"]]
        if (f["kind"], f["message"]) in alone or f["kind"] in APART_KINDS:
            continue
        if any(a & mine for a in arts) and any(a & theirs for a in arts):
            out.append(f)
    return with_sentences(out, group + other)
