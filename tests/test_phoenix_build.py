"""The Phoenix dictionary build: people, countries and given names are told apart."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from eventwire.annotate.actors import default_registry

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_phoenix_actors.py"

COUNTRIES = """\
UKRAINE_
+KHARKIV_
+DONBAS_
\t[USRUKR <910824]
\t[UKRUNR 910824-911221]
\t[UKR >911221]
LEONID_KUCHMA_  # CountryInfo.txt
\t[UKRELI 560101-921013]
\t[UKRGOV 940719-050123]
ALBERT_  # CountryInfo.txt
\t[MCOELI 760101-050331]
\t[MCOELI]
ALBERT_ONE_  # CountryInfo.txt
\t[FRAGOV 010101-020101]
ALBERT_TWO_  # CountryInfo.txt
\t[FRAGOV 010101-020101]
XI_JINPING
\t[CHNGOV >20121115]
SYRIAN_NATIONAL_COUNCIL_ #
\t[SYROPP >110801]
"""
INTERNATIONAL = "SYRIAN_DEMOCRATIC_COUNCIL_ [SYROPP]\nARAB_COUNCIL_ [IGO]\n"
MILNONSTATE = "REVOLUTIONARY_COUNCIL_ [SYRREB]\n"
AGENTS = "POLICE_ [~COP]\n"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_phoenix_actors", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _compiled(build, tmp_path, monkeypatch) -> dict:
    monkeypatch.setattr(build, "ORG_WORD_MIN", 2)
    monkeypatch.setattr(build, "GIVEN_NAME_MIN", 2)
    for name, text in (("Phoenix.Countries.actors.txt", COUNTRIES),
                       ("Phoenix.International.actors.txt", INTERNATIONAL),
                       ("Phoenix.MilNonState.actors.txt", MILNONSTATE),
                       ("Phoenix.agents.txt", AGENTS)):
        (tmp_path / name).write_text(text, encoding="latin-1")
    return build.build(tmp_path)


def _kind(data: dict, name: str) -> str | None:
    row = data["index"].get(name)
    return None if row is None else data["actors"][row][1]


def test_a_country_with_dated_codes_is_a_country_and_its_names_places(build, tmp_path,
                                                                       monkeypatch):
    data = _compiled(build, tmp_path, monkeypatch)
    assert _kind(data, "ukraine") is None and _kind(data, "kharkiv") is None
    assert data["places"]["kharkiv"] == "UKR" and data["places"]["donbas"] == "UKR"


def test_people_are_marked_or_dated_with_sectors(build, tmp_path, monkeypatch):
    data = _compiled(build, tmp_path, monkeypatch)
    assert _kind(data, "leonid kuchma") == "person"
    assert _kind(data, "xi jinping") == "person"
    assert _kind(data, "syrian national council") != "person"  # an organisation word


def test_a_one_word_given_name_links_nobody(build, tmp_path, monkeypatch):
    data = _compiled(build, tmp_path, monkeypatch)
    assert "albert" not in data["index"]
    assert _kind(data, "albert one") == "person"


def test_the_package_data_follows_these_rules():
    reg = default_registry()
    assert reg.phoenix.actor("Albert", dt.date(2024, 1, 1)) is None
    assert reg.phoenix.actor("Hassan", dt.date(2024, 1, 1)) is None
    assert reg.phoenix.place("Kharkiv") == "UKR" and reg.phoenix.place("Yerevan") == "ARM"
    isis = reg.phoenix.actor("ISIS", dt.date(2024, 1, 1))
    assert isis is not None and isis.kind != "person"


NEW_STATES = """\
FREELAND_  [TMP]
+FREETOWNE_
\t[TMPOCC <990830]
ANNA_BELLWETHER_  # CountryInfo.txt
\t[TMPGOV 020520-070520]
\t[TMPELI]
OTHERLAND [KSV] # World Bank code
+OTHERSBURG
\t[KSV >080217]
"""


def test_cameo_codes_of_todays_states_become_iso(build, tmp_path, monkeypatch):
    """CAMEO's TMP (Timor-Leste) and KSV (Kosovo) are read as the ISO / registry codes TLS
    and XKX: the country's places and its people keep a country instead of being dropped."""
    monkeypatch.setattr(build, "ORG_WORD_MIN", 2)
    for name, text in (("Phoenix.Countries.actors.txt", NEW_STATES),
                       ("Phoenix.International.actors.txt", INTERNATIONAL),
                       ("Phoenix.MilNonState.actors.txt", MILNONSTATE),
                       ("Phoenix.agents.txt", AGENTS)):
        (tmp_path / name).write_text(text, encoding="latin-1")
    data = build.build(tmp_path)
    assert data["places"]["freetowne"] == "TLS" and data["places"]["othersburg"] == "XKX"
    row = data["actors"][data["index"]["anna bellwether"]]
    assert row[1] == "person" and {sp[0] for sp in row[2]} == {"TLS"}
    assert ["TLS", "GOV", "2002-05-20", "2007-05-20"] in row[2]


def test_utf8_lines_keep_their_letters_and_latin1_lines_still_read(build, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setattr(build, "ORG_WORD_MIN", 2)
    utf8 = "ZEPHYRIA_ [UKR]\nPAŞA_ÖZGÜR_  # CountryInfo.txt\n\t[UKRGOV 010101-020101]\n"
    latin1 = "JOSÉ_PÉREZ_  # CountryInfo.txt\n\t[UKRGOV 010101-020101]\n"
    countries = utf8.encode() + latin1.encode("latin-1")
    (tmp_path / "Phoenix.Countries.actors.txt").write_bytes(countries)
    for name, text in (("Phoenix.International.actors.txt", INTERNATIONAL),
                       ("Phoenix.MilNonState.actors.txt", MILNONSTATE),
                       ("Phoenix.agents.txt", AGENTS)):
        (tmp_path / name).write_text(text, encoding="latin-1")
    data = build.build(tmp_path)
    assert _kind(data, "paşa özgür") == "person"
    assert _kind(data, "josé pérez") == "person"


def test_the_package_data_knows_timor_leste_and_kosovo():
    reg = default_registry()
    assert reg.phoenix.place("Dili") == "TLS" and reg.phoenix.place("Pristina") == "XKX"
    gusmao = reg.phoenix.actor("Xanana Gusmao", dt.date(2010, 1, 1))
    assert gusmao is not None and gusmao.country == "TLS"
