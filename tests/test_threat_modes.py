"""A threat's mode is the kind of act it warns of (CAMEO2PLOVER's 13x codes): violence for an
attack, curfew / martial-law / ban for the coercive measure of that name, relations for cut
ties, restrict for a strike or an embargo; an ultimatum is relations whatever it demands."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.extract.lexicon import load_lexicon
from eventwire.extract.threat_modes import threat_mode
from eventwire.model import EventMention, Span

TEXTS = {
    "shell": "The rebels threatened to shell the border towns if the talks failed.",
    "attack": "The militia threatened on Friday to resume its attacks on the northern bases.",
    "terror": "The group threatened to resume terrorist activities across the region.",
    "curfew": "The governor threatened to impose a curfew in the northern city.",
    "martial": "The government said it was prepared to impose martial law in the province.",
    "ties": "The minister threatened to cut diplomatic ties with its neighbour.",
    "strike": "The farmers threatened to hold a general strike next month.",
    "embargo": "The council threatened to impose an oil embargo on the island.",
    "ultimatum": "The army issued an ultimatum to the rebels to halt their attacks.",
}
THREAT_MODES = {
    "shell": "THREATEN/violence",
    "attack": "THREATEN/violence",
    "terror": "THREATEN/violence",
    "curfew": "THREATEN/curfew",
    "martial": "THREATEN/martial-law",
    "ties": "THREATEN/relations",
    "strike": "THREATEN/restrict",
    "embargo": "THREATEN/restrict",
    "ultimatum": "THREATEN/relations",
}
@pytest.fixture(scope="module")
def runs():
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_threat_takes_the_mode_of_its_act(runs, key):
    threats = of_type(runs[key], "THREATEN")
    assert threats and {e.mode for e in threats} == {THREAT_MODES[key]}
    assert all(e.attributes.get("mode_from") == "threatened act" for e in threats)


def test_threat_mode_from_recorded_acts_only():
    lex = load_lexicon()
    bare = EventMention(type="THREATEN", trigger=Span(0, 6, "threat"), sentence=Span(0, 6, "threat"))
    assert threat_mode(bare, None, lex) is None
    arrest = replace(bare, attributes={"embedded": [
        {"type": "COERCE", "mode": None, "trigger": {"start": 0, "end": 6, "text": "arrest"}},
        {"type": "COERCE", "mode": "COERCE/curfew", "trigger": {"start": 0, "end": 6, "text": "x"}}]})
    assert threat_mode(arrest, None, lex) == "curfew"  # an act's own mode before a type's
    attack = replace(bare, attributes={"intent_of": {"type": "ASSAULT", "mode": None}})
    assert threat_mode(attack, None, lex) == "violence"
