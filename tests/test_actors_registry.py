"""Registry loading, validation and role-dated lookup."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eventwire.annotate.actors import Registry, RegistryError, default_registry

D = dt.date


@pytest.fixture(scope="module")
def reg() -> Registry:
    return default_registry()


def test_every_pycountry_country_is_a_cue(reg: Registry) -> None:
    import pycountry

    for c in pycountry.countries:
        assert c.alpha_3 in reg.countries
    assert reg.cue("Russia")[0] == "RUS"
    assert reg.cue("Ukrainian")[0] == "UKR"
    assert reg.cue("Kyiv")[:2] == ("UKR", "GOV")
    assert reg.cue("Kiev")[0] == "UKR"
    assert reg.cue("the Kremlin")[:2] == ("RUS", "GOV")
    assert reg.cue("Downing Street")[:2] == ("GBR", "GOV")
    assert reg.cue("the Pentagon")[:2] == ("USA", "MIL")


def test_demonyms_and_capitals_cover_the_world(reg: Registry) -> None:
    sovereign = [c for c in reg.countries.values() if c.capitals]
    assert len(sovereign) > 190
    assert sum(1 for c in reg.countries.values() if c.demonyms) > 200


@pytest.mark.parametrize(("actor", "date", "sector", "role"), [
    ("Q22686", D(2018, 6, 1), "GOV", "president"),
    ("Q22686", D(2022, 6, 1), "ELI", None),
    ("Q22686", D(2025, 1, 20), "GOV", "president"),
    ("Q22686", D(2025, 1, 19), "ELI", None),
    ("Q6279", D(2023, 1, 1), "GOV", "president"),
    ("Q6279", D(2012, 1, 1), "GOV", "vice president"),
    ("Q7747", D(2010, 1, 1), "GOV", "prime minister"),
    ("Q7747", D(2005, 1, 1), "GOV", "president"),
    ("Q7747", D(2025, 5, 19), "GOV", "president"),
])
def test_resolve_is_dated(reg: Registry, actor: str, date: dt.date, sector: str,
                          role: str | None) -> None:
    ref = reg.resolve(actor, date)
    assert (ref.sector, ref.role) == (sector, role)


def test_igo_roles_resolve_to_igo(reg: Registry) -> None:
    ref = reg.resolve("person:mark-rutte", D(2025, 1, 1))
    assert (ref.country, ref.role) == ("IGO", "secretary-general")
    assert reg.resolve("person:mark-rutte", D(2020, 1, 1)).country == "NLD"


@pytest.mark.parametrize(("name", "date", "country", "sector", "role"), [
    ("Ishaq Dar", D(2025, 5, 10), "PAK", "GOV", "foreign minister"),
    ("Asim Munir", D(2025, 5, 10), "PAK", "MIL", "army chief"),
    ("Vikram Misri", D(2025, 5, 10), "IND", "GOV", "foreign secretary"),
    ("Joseph Aoun", D(2024, 10, 1), "LBN", "MIL", "army commander"),
    ("Joseph Aoun", D(2025, 3, 1), "LBN", "GOV", "president"),
    ("Tedros Adhanom Ghebreyesus", D(2020, 3, 1), "IGO", "GOV", "director-general"),
    ("Kristalina Georgieva", D(2020, 3, 1), "IGO", "GOV", "managing director"),
    ("Michel Barnier", D(2019, 3, 1), "IGO", "GOV", "chief brexit negotiator"),
    ("Michel Barnier", D(2024, 10, 1), "FRA", "GOV", "prime minister"),
    ("Najib Mikati", D(2024, 10, 1), "LBN", "GOV", "prime minister"),
    ("Najib Mikati", D(2025, 3, 1), "LBN", "ELI", None),
])
def test_later_office_holders_are_dated(reg: Registry, name: str, date: dt.date, country: str,
                                        sector: str, role: str | None) -> None:
    ref = reg.match(name, date)
    assert (ref.country, ref.sector, ref.role) == (country, sector, role)


def test_role_descriptions_find_later_office_holders(reg: Registry) -> None:
    assert reg.match("the Pakistani foreign minister", D(2025, 5, 10)).name == "Ishaq Dar"
    assert reg.match("the Lebanese prime minister", D(2024, 10, 1)).name == "Najib Mikati"


def test_holder_of_office(reg: Registry) -> None:
    assert reg.holder("USA", "president", D(2019, 1, 1)) == "Q22686"
    assert reg.holder("USA", "president", D(2023, 1, 1)) == "Q6279"
    assert reg.holder("RUS", "leader", D(2025, 5, 19)) == "Q7747"
    assert reg.holder("DEU", "leader", D(2019, 1, 1)) == "Q567"


def test_media_have_sector_med(reg: Registry) -> None:
    for name in ("TASS", "RIA Novosti", "Reuters", "AP", "AFP", "Xinhua", "Al Jazeera"):
        ref = reg.match(name)
        assert ref is not None and ref.sector == "MED", name


def _write(tmp_path, data) -> str:
    path = tmp_path / "extra.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_user_file_extends_registry(tmp_path) -> None:
    path = _write(tmp_path, {"actors": [{
        "name": "Jane Example", "country": "FRA", "aliases": ["J. Example"],
        "roles": [{"office": "foreign minister", "start": "2030-01-01"}]}]})
    reg = Registry.load(extra=[path])
    ref = reg.match("J. Example", D(2030, 6, 1))
    assert ref is not None and ref.id == "person:jane-example" and ref.role == "foreign minister"
    assert reg.match("J. Example", D(2029, 6, 1)).sector == "ELI"


@pytest.mark.parametrize(("record", "problem"), [
    ({"country": "FRA"}, "missing 'name'"),
    ({"name": "X", "country": "France"}, "not ISO-3"),
    ({"name": "X", "kind": "wizard"}, "unknown kind"),
    ({"name": "X", "country": "FRA", "roles": [{"office": "king", "start": "yesterday"}]},
     "bad date"),
    ({"name": "X", "country": "FRA",
      "roles": [{"office": "king", "start": "2020-01-01", "end": "2019-01-01"}]},
     "before it starts"),
    ({"name": "X", "aliases": "X"}, "list of non-empty strings"),
])
def test_validation_names_file_and_record(tmp_path, record: dict, problem: str) -> None:
    path = _write(tmp_path, {"actors": [record]})
    with pytest.raises(RegistryError) as err:
        Registry.load(extra=[path])
    assert path in str(err.value) and "record 0" in str(err.value) and problem in str(err.value)


def test_invalid_json_is_a_clear_error(tmp_path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RegistryError, match="bad.json: invalid JSON"):
        Registry.load(extra=[str(path)])


def test_a_phoenix_person_out_of_office_keeps_their_country():
    import datetime as dt

    from eventwire.annotate.registry import Phoenix

    ph = Phoenix({"actors": [["Jana Roe", "person", [["CHL", "GOV", "2001-01-01", "2005-01-01"],
                                                     ["CHL", "ELI", "1980-01-01", "2001-01-01"]]],
                             ["Omar Doe", "person", [["IGO", "IGO", "1999-01-01", "2004-01-01"]]]],
                  "index": {"jana roe": 0, "omar doe": 1}})
    ref = ph.actor("Jana Roe", dt.date(2024, 6, 1))
    assert (ref.country, ref.sector, ref.kind) == ("CHL", "ELI", "person")
    assert ph.actor("Jana Roe", dt.date(2003, 6, 1)).sector == "GOV"
    assert ph.actor("Omar Doe", dt.date(2024, 6, 1)) is None  # no national code to fall back on


def test_a_phoenix_name_matches_with_hyphens_and_honorifics_loosened():
    from eventwire.annotate.registry import Phoenix

    rows = [["Salim Bin Rashid Al Nour", "person", [["OMN", "GOV", "2001-01-01", ""]]],
            ["Karim Al Haddad", "person", [["JOR", "GOV", "2001-01-01", ""]]],
            ["Karim Al-Haddad", "person", [["LBN", "GOV", "2001-01-01", ""]]]]
    ph = Phoenix({"actors": rows, "index": {"salim bin rashid al nour": 0,
                                            "karim al haddad": 1, "karim al-haddad": 2}})
    day = dt.date(2010, 1, 1)
    for text in ("Salim bin Rashid al-Nour", "Sheikh Salim bin Rashid al-Nour"):
        assert ph.actor(text, day).country == "OMN"
    assert ph.actor("Karim Al-Haddad", day).country == "LBN"  # the exact key first
    assert ph.actor("Sheikh Karim al Haddad", day) is None  # two actors share the loose key
    assert ph.actor("Salim Nour", day) is None


def test_health_bodies_have_sector_hlh_not_media(reg: Registry) -> None:
    for name in ("ICRC", "the Red Cross", "Doctors Without Borders", "MSF",
                 "World Health Organization"):
        ref = reg.match(name)
        assert ref is not None and ref.sector == "HLH", name
    assert reg.match("Reuters").sector == "MED"  # a news agency stays media


@pytest.mark.parametrize(("name", "date", "country", "role"), [
    ("Volker Türk", "2024-03-01", "IGO", "high commissioner for human rights"),
    ("Christine Lagarde", "2015-03-01", "IGO", "managing director"),
    ("Christine Lagarde", "2024-03-01", "IGO", "president of the european central bank"),
    ("Valdis Dombrovskis", "2012-03-01", "LVA", "prime minister"),
    ("Valdis Dombrovskis", "2024-03-01", "IGO", "european commissioner"),
    ("Michelle Bachelet", "2024-03-01", "CHL", None),
    ("Didier Reynders", "2018-03-01", "BEL", "foreign minister"),
    ("Didier Reynders", "2022-03-01", "IGO", "european commissioner"),
    ("Paolo Gentiloni", "2022-03-01", "IGO", "european commissioner"),
    ("Nickolay Mladenov", "2018-03-01", "IGO", "special coordinator"),
])
def test_officials_of_international_bodies_hold_their_posts_on_the_date(name, date, country,
                                                                        role):
    import datetime as dt

    from eventwire.annotate.actors import default_registry

    ref = default_registry().match(name, dt.date.fromisoformat(date))
    assert (ref.country, ref.role) == (country, role)


def test_an_office_holder_with_a_common_surname_needs_a_full_mention():
    import datetime as dt

    from eventwire.annotate.actors import default_registry

    reg = default_registry()
    assert reg.match("Karim Khan", dt.date(2024, 3, 1)).country == "IGO"
    assert "Khan" not in reg.surname_index or all(
        reg.actors[i].name != "Karim Khan" for i in reg.surname_index["Khan"])


@pytest.mark.parametrize("name", ["ELN", "the ELN"])
def test_colombias_eln_is_a_colombian_armed_group(reg: Registry, name: str) -> None:
    ref = reg.match(name, D(2025, 1, 20))
    assert (ref.country, ref.sector) == ("COL", "REB")


@pytest.mark.parametrize(("name", "country"), [
    ("Kassala", "SDN"), ("Borno State", "NGA"), ("the Gezira", "SDN"), ("Kayes region", "MLI"),
    ("Punjab", None),  # a subdivision of two countries names neither
    ("Nan", None),  # too short to tell from a word or a name
    ("Ukrainian", None),  # a demonym is no subdivision
])
def test_first_level_subdivisions_name_their_country(reg: Registry, name: str,
                                                      country: str | None) -> None:
    assert reg.phoenix.subdivision(name) == country


@pytest.mark.parametrize(("name", "country"), [
    ("Mulanje district", "MWI"), ("Avellino province", "ITA"), ("Kasungu", "MWI"),
])
def test_second_level_subdivisions_only_when_called_so(reg: Registry, name: str,
                                                       country: str) -> None:
    assert reg.phoenix.subdivision(name, called=True) == country
    assert reg.phoenix.subdivision(name) is None


def test_a_first_level_name_keeps_its_reading_when_called(reg: Registry) -> None:
    assert reg.phoenix.subdivision("Borno State", called=True) == "NGA"


@pytest.mark.parametrize(("name", "date", "sector", "role"), [
    ("Pope John Paul II", D(1995, 6, 1), "GOV", "pope"),
    ("Pope John Paul", D(2003, 1, 1), "GOV", "pope"),
    ("John Paul II", D(2010, 1, 1), "ELI", None),
    ("Pope Benedict", D(2008, 5, 1), "GOV", "pope"),
    ("Benedict XVI", D(2012, 12, 1), "GOV", "pope"),
])
def test_earlier_popes_are_the_holy_sees(reg: Registry, name: str, date: dt.date, sector: str,
                                          role: str | None) -> None:
    # before, a titled 'Pope John Paul' outside the registry took the country of the
    # place its sentence names ('called for an end to the violence in Rwanda')
    ref = reg.match(name, date)
    assert (ref.country, ref.sector, ref.role) == ("VAT", sector, role)



@pytest.mark.parametrize(("name", "country", "sector"), [
    ("CSCE", "IGO", "GOV"),
    ("Conference on Security and Cooperation in Europe", "IGO", "GOV"),
    ("UNPROFOR", "IGO", "MIL"),
    ("ECOMOG", "IGO", "MIL"),
    ("KFOR", "IGO", "MIL"),
    ("AMISOM", "IGO", "MIL"),
    ("Warsaw Pact", "IGO", "MIL"),
    ("Paris Club", "IGO", "BUS"),
    ("Non-Aligned Movement", "IGO", "GOV"),
    ("ILO", "IGO", "LAB"),
    ("Food and Agriculture Organization", "IGO", "AID"),
    ("International Organization for Migration", "IGO", "REF"),
    ("Africa Watch", "NGO", "NGO"),
    ("International Helsinki Federation", "NGO", "NGO"),
])
def test_international_bodies_of_the_nineties_and_later(reg: Registry, name: str, country: str,
                                                         sector: str) -> None:
    # before: unlinked and placed by the sentence ('UNPROFOR accused ... Sarajevo' was
    # Bosnia's), or a capital in the name read as the state ('Warsaw Pact' Poland's,
    # 'International Helsinki Federation' Finland's government)
    ref = reg.match(name, D(1995, 6, 1))
    assert ref is not None and (ref.country, ref.sector) == (country, sector)


@pytest.mark.parametrize(("name", "country", "sector"), [
    ("International Criminal Tribunal for Rwanda", "IGO", "JUD"),
    ("Yugoslav war crimes tribunal", "IGO", "JUD"),
    ("European Court of Human Rights", "IGO", "JUD"),
    ("EBRD", "IGO", "BUS"),
    ("APEC", "IGO", "BUS"),
    ("Francophonie", "IGO", "GOV"),
    ("Group of 77", "IGO", "GOV"),
    ("International Olympic Committee", "NGO", "NGO"),
    ("World Council of Churches", "NGO", "REL"),
    ("World Jewish Congress", "NGO", "REL"),
    ("Save the Children", "NGO", "AID"),
])
def test_courts_banks_groupings_and_charities_are_linked(reg: Registry, name: str,
                                                        country: str, sector: str) -> None:
    # before: unlinked, or read as the state a word of the name names ('Yugoslav war crimes
    # tribunal' Serbia's, 'International Criminal Tribunal for Rwanda' Rwanda's, 'World
    # Jewish Congress' the U.S. Congress)
    ref = reg.match(name, D(1998, 1, 1))
    assert ref is not None and (ref.country, ref.sector) == (country, sector)


@pytest.mark.parametrize(("word", "code"), [
    ("Soviet Union", "RUS"), ("USSR", "RUS"), ("Soviet", "RUS"), ("Soviets", "RUS"),
    ("Czechoslovakia", "CZE"), ("Czechoslovak", "CZE"), ("Upper Volta", "BFA"),
    ("Rhodesia", "ZWE"), ("Rhodesian", "ZWE"), ("Zairian", "COD"),
])
def test_former_state_names_are_their_successors(reg: Registry, word: str, code: str) -> None:
    # as 'Yugoslavia' is Serbia's and 'Zaire' Congo's; before, 'Soviet' and 'Czechoslovakia'
    # named nobody and Phoenix placed 'Upper Volta' in Ghana
    assert reg.cue(word)[0] == code


@pytest.mark.parametrize(("name", "country"), [
    ("Kurdish Patriotic Union", "IRQ"),  # Phoenix's own entry for this rendering said Turkey
    ("PUK", "IRQ"),
    ("KDP", "IRQ"),
    ("YPG", "SYR"),
    ("PJAK", "IRN"),
    ("Organisation of Islamic Cooperation", "IGO"),
    ("Organization of Islamic Cooperation", "IGO"),
])
def test_kurdish_parties_and_the_oic_have_their_own_countries(reg: Registry, name: str,
                                                             country: str) -> None:
    ref = reg.match(name, D(2015, 1, 1))
    assert ref is not None and ref.country == country
