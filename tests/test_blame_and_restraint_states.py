"""Criticism spoken out about, and coercion told as a state rather than by a verb of the act.

Public criticism spoken out or lashed out about or over something (CAMEO 111), as against or
at it; criticism in support of something is none. Adjectives of verbs the lexicon reads, with
the preposition of their object: supportive of (SUPPORT), grateful or thankful to or for
(SUPPORT, as 'thank'), dismissive of (REJECT, as 'dismiss'), hostile to (ACCUSE, as
'critical of'); the bare adjective ('a supportive ally', 'a hostile crowd') is none.

Coercion as a state: a place under curfew or lockdown (COERCE; CAMEO 1724 curfew), a town under
siege (ASSAULT), restrictions or curbs on people, the press or freedoms (COERCE; CAMEO 172), a
group declared illegal (COERCE ban). A prison sentence or term being served is a standing
state of an earlier verdict, no new act (none); so are trade restrictions, restrictions eased
and a term in office.
"""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

FOUND = {
    "spoke_out_about": ("Rights groups have spoken out about the abuses in the camps.",
                        "ACCUSE", "spoken out"),
    "lashed_out_over": ("The president lashed out over the decision to close the port.",
                        "ACCUSE", "lashed out"),
    "supportive": ("Lorania has been supportive of the peace plan.", "SUPPORT", "supportive"),
    "grateful": ("Lorania is grateful to Ruritania for its help.", "SUPPORT", "grateful"),
    "dismissive": ("The minister was dismissive of the report.", "REJECT", "dismissive"),
    "hostile": ("Ruritania remains hostile to the new government in Lorania.", "ACCUSE",
                "hostile"),
    "under_curfew": ("The northern city remains under curfew after the unrest.", "COERCE",
                     "remains under curfew"),
    "under_lockdown": ("The province has been under lockdown for two weeks.", "COERCE",
                       "been under lockdown"),
    "under_siege": ("The border town remains under siege after the attack.", "ASSAULT",
                    "remains under siege"),
    "restrictions_on": ("The regime has placed restrictions on foreign journalists.",
                        "COERCE", "restrictions"),
    "declared_illegal": ("The opposition party was declared illegal on Tuesday.", "COERCE",
                         "declared"),
    "protesters_under_curfew": ("The protesters remain under curfew in the capital.", "COERCE",
                                "remain under curfew"),
}
NONE = {
    "in_support": ("The minister spoke out in support of the plan.", "ACCUSE"),
    "bare_supportive": ("Lorania has been a supportive ally of the union.", "SUPPORT"),
    "bare_hostile": ("A hostile crowd gathered outside the court.", "ACCUSE"),
    "trade": ("Trade restrictions on steel imports hurt the industry.", "COERCE"),
    "eased": ("The government eased restrictions on women.", "COERCE"),
    "office": ("She served two terms as president of the council.", "COERCE"),
    "under_review": ("The plan remains under review by the committee.", "COERCE"),
    "serving_sentence": ("The journalist is serving a seven-year sentence for his posts.",
                         "COERCE"),
    "serving_prison_term": ("The former mayor is serving a prison term in the capital.",
                            "COERCE"),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**{k: v[0] for k, v in FOUND.items()}, **{k: v[0] for k, v in NONE.items()}})


def _events(ex: Extraction) -> list[tuple[str, str, str]]:
    return [(e.type, e.modality, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize("key", sorted(FOUND))
def test_found(results: dict[str, Extraction], key: str) -> None:
    _, etype, trigger = FOUND[key]
    assert any(e.type == etype and e.trigger.text.startswith(trigger) and
               e.modality == "asserted" for e in results[key].events), _events(results[key])


@pytest.mark.parametrize("key", sorted(NONE))
def test_none(results: dict[str, Extraction], key: str) -> None:
    assert not [e for e in results[key].events if e.type == NONE[key][1]], \
        _events(results[key])


def test_state_undergone_by_the_subject(results: dict[str, Extraction]) -> None:
    ev = next(e for e in results["protesters_under_curfew"].events if e.type == "COERCE")
    assert [p.text for p in ev.target] == ["protesters"] and not ev.source
