"""More coercion told without a verb of arrest or ban: people forcibly returned, deported or
removed, migrants pushed or turned back (COERCE deport; CAMEO 174), an outlet forced or
ordered to close, a news blackout imposed (COERCE censor; CAMEO 1721), NGOs or charities shut
down or dissolved, an outlet designated a foreign agent (COERCE ban; CAMEO 1722). A verb
entry's modifier may be a manner adverb ('[forcibly] returned'). People displaced by fighting,
a station closed by a storm, a school closed for the holidays and a pushback against criticism
are none."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

COERCE = {
    "forcibly_returned": ("Ruritania has forcibly returned thousands of refugees.", "deport"),
    "forcibly_deported": ("The authorities forcibly deported the activists.", "deport"),
    "pushed_back": ("Lorania has been pushing migrants back to the desert.", "deport"),
    "turned_back": ("The coast guard turned back boats carrying refugees.", "deport"),
    "turned_away_passive": ("Lorani fishermen were turned away by the Ruritanian navy.",
                            "deport"),
    "turned_away_ship": ("Ruritania turned away a rescue ship carrying migrants.", "deport"),
    "turned_away_migrants": ("Hundreds of migrants were turned away at the border by police.",
                             "deport"),
    "forced_close": ("The government forced the newspaper to close.", "censor"),
    "ordered_suspend": ("The junta ordered the radio station to suspend its broadcasts.",
                        "censor"),
    "blackout": ("Authorities imposed a blackout on news from the region.", "censor"),
    "ngos": ("The government shut down more than 3,000 NGOs.", "ban"),
    "foreign_agent": ("Ruritania designated the outlet as a foreign agent.", "ban"),
}
NONE = {
    "displaced": "Thousands of people were forcibly displaced by the fighting.",
    "storm": "The storm forced the station to close for a day.",
    "school": "The school closed for the holidays.",
    "pushback": "He pushed back against the criticism.",
    "turned_away_face": "The minister turned away from the cameras.",
    "turned_away_fans": "The stadium turned away hundreds of fans.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**{k: v[0] for k, v in COERCE.items()}, **NONE})


def _types(ex: Extraction) -> list[tuple[str, str, str, str | None]]:
    return [(e.type, e.modality, e.trigger.text, e.mode) for e in ex.events]


@pytest.mark.parametrize("key", sorted(COERCE))
def test_coercion(results: dict[str, Extraction], key: str) -> None:
    found = [e for e in of_type(results[key], "COERCE") if e.modality == "asserted"]
    assert found and found[0].mode == f"COERCE/{COERCE[key][1]}", _types(results[key])


@pytest.mark.parametrize("key", sorted(NONE))
def test_not_coercion(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "COERCE"), _types(results[key])
