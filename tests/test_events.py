"""PLOVER event extraction: per-type patterns, modality, compound actors, nominal events,
attributes, commitments and attribution, through the real pipeline."""

from __future__ import annotations

import pytest

from eventwire.model import PLOVER_TYPES, Article, EventMention, Extraction
from eventwire.pipeline import Pipeline

DATE = "2025-06-05"
# One sentence per PLOVER type: (type, sentence, expected source country or None)
TYPE_CASES = [
    ("AGREE", "Russia and Ukraine agreed to exchange prisoners on Monday.", "RUS"),
    ("CONSULT", "French President Emmanuel Macron met Chinese President Xi Jinping in Paris.",
     "FRA"),
    ("SUPPORT", "Germany praised Poland for its handling of the border crisis.", "DEU"),
    ("CONCEDE", "Serbia lifted the night curfew in the province on Sunday.", "SRB"),
    ("COOPERATE", "Israeli intelligence shared evidence with the United States.", "ISR"),
    ("AID", "Japan sent humanitarian aid to Turkey after the earthquake.", "JPN"),
    ("RETREAT", "Russia withdrew its troops from the border region.", "RUS"),
    ("REQUEST", "The European Union urged Iran to resume talks.", None),
    ("ACCUSE", "China accused the Philippines of provoking the clash.", "CHN"),
    ("REJECT", "Iran rejected the proposal for a new nuclear deal.", "IRN"),
    ("THREATEN", "North Korea threatened to strike South Korea.", "PRK"),
    ("PROTEST", "Thousands of students demonstrated in Belgrade on Saturday.", None),
    ("SANCTION", "The United States imposed sanctions on Venezuela.", "USA"),
    ("MOBILIZE", "India deployed troops along the disputed border.", "IND"),
    ("COERCE", "Police arrested twelve opposition activists in Minsk.", None),
    ("ASSAULT", "Israeli jets bombed targets in southern Lebanon.", "ISR"),
]
# Multiword and conditional patterns: (text, type, mode or None)
PATTERN_CASES = [
    ("Thousands of teachers struck on Monday over pay.", "PROTEST", "PROTEST/strike-gen"),
    ("The army imposed a curfew in the capital.", "COERCE", "COERCE/curfew"),
    ("Ukraine called up reservists.", "MOBILIZE", "MOBILIZE/troops"),
    ("Chilean miners began a hunger strike outside the ministry.", "PROTEST",
     "PROTEST/strike-hun"),
    ("The European Union called for new sanctions against Belarus.", "REQUEST", None),
    ("Egyptian police opened fire on the demonstrators.", "ASSAULT", "ASSAULT/firearms"),
    ("Trump spoke by phone with Putin on Tuesday.", "CONSULT", "CONSULT/phone"),
    ("Syria recalled its ambassador from Jordan.", "SANCTION", "SANCTION/relations"),
]
SENTENCES = {
    "negated": "No agreement or ceasefire was reached during the conversation.",
    "did_not": "Russia did not agree to the ceasefire.",
    "planned": "Trump will meet Putin in Alaska next week.",
    "plans_to": "Trump has announced plans to speak with Putin.",
    "hypothetical": "A direct conversation could lead to a ceasefire between Russia and Ukraine.",
    "compound": "Meanwhile, Russian and Ukrainian officials met in Istanbul earlier in the week.",
    "between": "The phone call between Donald Trump and Vladimir Putin lasted two hours.",
    "nominal_sanctions": "The new sanctions on Russia took effect on Friday.",
    "context": ("Ukraine launched a drone attack on Russian airfields on Sunday. "
                "Reports estimate that 41 Russian aircraft were hit in the attack."),
    "duration": "Trump and Putin held a 75-minute conversation on Wednesday.",
    "pledge": ("Putin's pledge to refrain from attacks on Ukraine's energy infrastructure for "
               "30 days offers some hope."),
    "deadline": "Trump said he could decide on new sanctions on Russia within a two-week timeframe.",
    "threat": "He relayed Putin's firm stance, indicating that he will have to respond to the attacks.",
    "reported": "Zelensky said that Russia attacked Kyiv with drones overnight.",
    "intent": "Sweden will give Kenya a grant of 300 million shillings.",
    "quoted_we": '"We will respond to every attack," Zelensky said on Monday.',
    "could_begin": "Analysts say a new offensive could begin in the spring.",
    "if_fail": "If talks fail, the EU may impose further sanctions.",
    "not_attack": "Kyiv did not attack Belgorod, the ministry said.",
    "multilateral": "Officials from France, Germany and Italy held talks on Monday.",
    "arrest": "Police arrested twelve opposition activists in Minsk on Sunday.",
    "speculative": ("Key implications include:\n- NATO countries may accelerate defense "
                    "collaborations.\n- Russia imposed sanctions on Moldova."),
    "count_opens": ("Eighteen soldiers were wounded in the shelling of Varo on Monday. "
                    "Twenty-one people died in the attack on Kesta on Tuesday. "
                    "The strike killed forty-two civilians in Lorvan on Wednesday."),
}


def _run(texts: dict[str, str]) -> dict[str, Extraction]:
    """Run the real pipeline over one article per text."""
    arts = [Article(id=k, text=v, published=DATE, published_from="input")
            for k, v in texts.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = {f"type-{i}": s for i, (_, s, _) in enumerate(TYPE_CASES)}
    texts.update({f"pattern-{i}": s for i, (s, _, _) in enumerate(PATTERN_CASES)})
    texts.update(SENTENCES)
    return _run(texts)


def _of(ex: Extraction, etype: str) -> list[EventMention]:
    return [e for e in ex.events if e.type == etype]


def _countries(parts: list) -> set[str]:
    return {p.actor.country for p in parts if p.actor is not None}


@pytest.mark.parametrize("i", range(len(TYPE_CASES)))
def test_each_type_pattern(results: dict[str, Extraction], i: int) -> None:
    etype, _, country = TYPE_CASES[i]
    found = _of(results[f"type-{i}"], etype)
    assert found, f"{etype} not found in: {TYPE_CASES[i][1]}"
    if country is not None:
        assert any(country in _countries(e.source) for e in found)


@pytest.mark.parametrize("i", range(len(PATTERN_CASES)))
def test_multiword_patterns(results: dict[str, Extraction], i: int) -> None:
    text, etype, mode = PATTERN_CASES[i]
    found = _of(results[f"pattern-{i}"], etype)
    assert found, f"{etype} not found in: {text}"
    if mode is not None:
        assert found[0].mode == mode


def test_types_and_modalities_are_valid(results: dict[str, Extraction]) -> None:
    for ex in results.values():
        for ev in ex.events:
            assert ev.type in PLOVER_TYPES
            assert ev.modality in ("asserted", "negated", "planned", "hypothetical")
            assert 0.0 < ev.confidence < 1.0
            assert ex.article.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
            assert ev.sentence.start <= ev.trigger.start < ev.sentence.end


def test_negated_agreement_is_not_asserted(results: dict[str, Extraction]) -> None:
    agrees = _of(results["negated"], "AGREE")
    assert agrees and all(e.modality == "negated" for e in agrees)
    assert all(e.modality == "negated" for e in _of(results["did_not"], "AGREE"))


def test_planned_and_hypothetical(results: dict[str, Extraction]) -> None:
    assert any(e.modality == "planned" for e in _of(results["planned"], "CONSULT"))
    assert any(e.modality == "planned" for e in _of(results["plans_to"], "CONSULT"))
    ceasefire = _of(results["hypothetical"], "AGREE")  # a ceasefire between two parties
    assert ceasefire and all(e.modality == "hypothetical" for e in ceasefire)


def test_modality_of_subjects_and_conditions(results: dict[str, Extraction]) -> None:
    assert _of(results["could_begin"], "ASSAULT")[0].modality == "hypothetical"
    assert _of(results["if_fail"], "CONSULT")[0].modality == "hypothetical"
    assert _of(results["if_fail"], "SANCTION")[0].modality == "hypothetical"
    assert _of(results["not_attack"], "ASSAULT")[0].modality == "negated"


def test_first_person_in_quote_is_the_speaker(results: dict[str, Extraction]) -> None:
    threat = _of(results["quoted_we"], "THREATEN")[0]
    assert threat.modality == "asserted"
    assert threat.source and "Zelensky" in threat.source[0].text
    assert threat.attribution is not None and "Zelensky" in threat.attribution.text


def test_compound_actors_and_location(results: dict[str, Extraction]) -> None:
    met = _of(results["compound"], "CONSULT")[0]  # one side meets the other
    assert _countries(met.source) == {"RUS"} and _countries(met.target) == {"UKR"}
    assert met.location is not None and met.location["country"] == "TUR"
    assert met.date.get("from") == "text" and met.date["value"]


def test_multilateral_talks_and_arrest_mode(results: dict[str, Extraction]) -> None:
    talks = _of(results["multilateral"], "CONSULT")[0]
    assert _countries(talks.source) == {"FRA", "DEU", "ITA"}
    assert talks.mode == "CONSULT/multilateral"
    arrest = _of(results["arrest"], "COERCE")[0]
    assert arrest.mode == "COERCE/arrest"
    assert arrest.location is not None and arrest.location["country"] == "BLR"


def test_nominal_events(results: dict[str, Extraction]) -> None:
    call = _of(results["between"], "CONSULT")[0]
    assert call.mode == "CONSULT/phone"
    assert _countries(call.source) | _countries(call.target) == {"USA", "RUS"}
    sanction = _of(results["nominal_sanctions"], "SANCTION")[0]
    assert "RUS" in _countries(sanction.target)


def test_context_participants_and_counts(results: dict[str, Extraction]) -> None:
    attacks = _of(results["context"], "ASSAULT")
    first, later = attacks[0], attacks[-1]
    assert first.mode == "ASSAULT/drone" and "UKR" in _countries(first.source)
    assert "RUS" in _countries(first.target)
    assert "UKR" in _countries(later.source)
    assert later.attributes.get("participants_from") == "context" or \
        later.attributes.get("source_from") == "context"
    counts = later.attributes["counts"]
    assert counts[0]["count"] == 41 and counts[0]["of"] == "aircraft"


def test_counts_in_number_words(results: dict[str, Extraction]) -> None:
    # a count opening its sentence is capitalised, and a tens word joins its unit with a hyphen
    counts = {c["count"] for e in results["count_opens"].events
              for c in e.attributes.get("counts") or []}
    assert {18, 21, 42} <= counts
    assert not counts & {1, 2}


def test_duration_attribute(results: dict[str, Extraction]) -> None:
    conv = _of(results["duration"], "CONSULT")[0]
    assert conv.attributes["duration"]["value"] == "PT75M"


def test_pledge_commitment(results: dict[str, Extraction]) -> None:
    pledge = _of(results["pledge"], "AGREE")[0]
    c = pledge.attributes["commitment"]
    assert c["kind"] == "pledge" and c["negative"] is True
    assert c["duration"] == "P30D"
    assert "energy infrastructure" in c["scope"]
    assert "refrain from attacks" in c["action"]["text"]
    assert any("RUS" == p.actor.country for p in pledge.source if p.actor)


def test_deadline_commitment(results: dict[str, Extraction]) -> None:
    found = [e for e in results["deadline"].events if "commitment" in e.attributes]
    assert found
    c = found[0].attributes["commitment"]
    assert c["kind"] == "deadline" and c["deadline"] == "P2W"
    assert "within a two-week timeframe" in c["spans"]["deadline"]["text"]


def test_threat_from_future_response(results: dict[str, Extraction]) -> None:
    threat = _of(results["threat"], "THREATEN")[0]
    assert threat.modality == "asserted"
    assert "RUS" in _countries(threat.source)


def test_reported_event_keeps_attribution(results: dict[str, Extraction]) -> None:
    attack = _of(results["reported"], "ASSAULT")[0]
    assert attack.attribution is not None and "Zelensky" in attack.attribution.text
    assert attack.mode == "ASSAULT/drone"


def test_intent_is_coded_as_agree(results: dict[str, Extraction]) -> None:
    agree = _of(results["intent"], "AGREE")
    assert agree and agree[0].attributes["intent_of"]["type"] == "AID"
    assert "SWE" in _countries(agree[0].source)


def test_speculative_list_is_not_asserted(results: dict[str, Extraction]) -> None:
    ex = results["speculative"]
    assert ex.events
    assert all(e.modality != "asserted" for e in ex.events)


def test_contract_json(results: dict[str, Extraction]) -> None:
    d = results["compound"].to_dict()["events"][0]
    for key in ("type", "mode", "contexts", "source", "target", "trigger", "sentence", "date",
                "location", "attributes", "modality", "confidence"):
        assert key in d
    assert "diplomatic" in d["contexts"]


ODD_TEXTS = ["", "\n\n\n", "|a|b|\n|---|---|\n|x|y|", "Attack!!! ??? ...", "- \n- \n-",
             "He said they will.", "Talks. Talks. Talks.", "A" * 3000]


def test_odd_input_gives_no_crash_and_no_table_events() -> None:
    out = _run({f"odd-{i}": t for i, t in enumerate(ODD_TEXTS)})
    assert len(out) == len(ODD_TEXTS)
    assert out["odd-2"].events == []
    for ex in out.values():
        for ev in ex.events:
            assert ev.trigger.text == ex.article.text[ev.trigger.start:ev.trigger.end]


@pytest.mark.parametrize(("text", "country"), [
    ("Since March, the Baloch Liberation Army has stepped up attacks on police posts in "
     "Balochistan.", "PAK"),
    ("The port of Berbera has seen fewer bomb attacks than any other town in Somaliland.",
     None),
])
def test_a_nominal_trigger_takes_the_subject_of_the_verb_whose_object_it_is(
        text: str, country: str | None) -> None:
    [ex] = Pipeline().run([Article(id="n", text=text, published=DATE)])
    attacks = [e for e in ex.events if e.type == "ASSAULT"]
    if country is None:  # the city undergoes the attacks, it does not make them (and with
        assert not any(ev.source for ev in attacks)  # no party they are a generic mention)
        return
    [ev] = attacks
    assert [p.actor.country for p in ev.source if p.actor is not None] == [country]
