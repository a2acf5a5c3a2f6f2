"""Tests for uprkit.countries (the package's country table)."""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

import pytest

from uprkit.countries import Country, all_countries, by_code, lookup, normalize_name

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
UPR_INFO_CSVS = SHARED_DATA / "uprs" / "v.2" / "Data" / "CSVs"

# Values of the export's From column that are not States (the recommending State was not recorded).
NON_STATE_FROM_VALUES = {"&#40;Unknown&#41;"}


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("the Bolivarian Republic of Venezuela", "VEN"),
        ("Venezuela", "VEN"),
        ("Venezuela (Bolivarian Republic of)", "VEN"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d\u2019Ivoire", "CIV"),
        ("Kazakhstan", "KAZ"),
        ("Republic of Kazakhstan", "KAZ"),
        ("Slovenia", "SVN"),
        ("The former Yugoslav Republic of Macedonia", "MKD"),
        ("Macedonia FYR", "MKD"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("United Kingdom", "GBR"),
        ("Holy See", "VAT"),
        ("State of Palestine", "PSE"),
        ("Palestine", "PSE"),
        ("Libyan Arab Jamahiriya", "LBY"),
        ("Swaziland", "SWZ"),
        ("Democratic Republic of Congo", "COD"),
        ("Republic of Congo", "COG"),
        ("DPR Korea", "PRK"),
        ("Korea", "KOR"),
        ("Netherlands", "NLD"),
        ("Kosovo", "XKX"),
    ],
)
def test_lookup_tricky_names(name: str, iso3: str) -> None:
    country = lookup(name)
    assert country is not None, name
    assert country.iso3 == iso3


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("  the Gambia. ", "GMB"),
        ("COTE D\u2019IVOIRE", "CIV"),
        ("St. Kitts & Nevis", "KNA"),
        ("St Vincent & the Grenadines", "VCT"),
        ("Saint Vincent and Grenadines", "VCT"),
        ("Guinea\u2013Bissau", "GNB"),
        ("Timor Leste", "TLS"),
        ("São Tomé and Príncipe", "STP"),
        ("Lao People\u2019s Democratic Republic", "LAO"),
        ("Iran, Islamic Republic of", "IRN"),
        ("U.K.", "GBR"),
        ("Norway;", "NOR"),
        ("South   Sudan", "SSD"),
        ("&#40;Holy See&#41;", "VAT"),
        # file-name forms (v.1 txts): lower case, no spaces
        ("antiguaandbarbuda", "ATG"),
        ("democraticrepublicofthecongo", "COD"),
        ("saintvincentandthegrenadines", "VCT"),
        ("cotedivoire", "CIV"),
    ],
)
def test_lookup_normalisation(name: str, iso3: str) -> None:
    country = lookup(name)
    assert country is not None, name
    assert country.iso3 == iso3


@pytest.mark.parametrize("name", ["", "   ", "the", "and", "(Unknown)", "&#40;Unknown&#41;", "Atlantis"])
def test_lookup_unknown(name: str) -> None:
    assert lookup(name) is None


def test_normalize_name() -> None:
    assert normalize_name("  The  Côte d\u2019Ivoire.") == "cote divoire"
    assert normalize_name("St. Kitts & Nevis") == normalize_name("Saint Kitts and Nevis")
    assert normalize_name("Guinea-Bissau") == normalize_name("Guinea Bissau")


def test_by_code() -> None:
    assert by_code("ven") == lookup("Venezuela")
    venezuela = by_code("VE")
    assert venezuela is not None and venezuela.iso3 == "VEN"
    kosovo = by_code("xkx")
    assert kosovo is not None and not kosovo.un_member and kosovo.iso2 == "XK"
    assert by_code("  civ ") is not None
    assert by_code("XXX") is None
    assert by_code("VENE") is None
    assert by_code("") is None


def test_country_record() -> None:
    country = by_code("VEN")
    assert isinstance(country, Country)
    assert (country.iso3, country.iso2, country.name, country.official_name, country.un_member) == (
        "VEN",
        "VE",
        "Venezuela (Bolivarian Republic of)",
        "Bolivarian Republic of Venezuela",
        True,
    )
    assert isinstance(country.aliases, tuple) and "Venezuela" in country.aliases
    assert country.names[:2] == (country.name, country.official_name)


def test_un_member_count() -> None:
    members = [c for c in all_countries() if c.un_member]
    assert len(members) == 193


def test_observers_and_other_entities() -> None:
    for iso3 in ("VAT", "PSE", "XKX"):
        country = by_code(iso3)
        assert country is not None and not country.un_member


def test_codes_unique_and_well_formed() -> None:
    countries = all_countries()
    iso3 = [c.iso3 for c in countries]
    iso2 = [c.iso2 for c in countries]
    assert len(set(iso3)) == len(iso3)
    assert len(set(iso2)) == len(iso2)
    assert all(len(code) == 3 and code.isascii() and code.isupper() for code in iso3)
    assert all(len(code) == 2 and code.isascii() and code.isupper() for code in iso2)


def test_every_spelling_resolves_to_its_own_country() -> None:
    """No name, official name or alias is shared by two rows (after normalisation)."""
    for country in all_countries():
        assert country.name and country.official_name
        for spelling in country.names:
            found = lookup(spelling)
            assert found is not None and found.iso3 == country.iso3, (spelling, country.iso3, found)


def test_all_countries_returns_a_copy() -> None:
    first = all_countries()
    first.clear()
    assert len(all_countries()) > 193


# --- the UPR Info export (../shared/data) ---------------------------------------------------------


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()


def _read_upr_info_csv(path: Path) -> list[dict[str, str]]:
    """The export uses old-Mac CR line endings and Mac Roman bytes (e.g. 0x8E for 'é')."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("mac_roman")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return list(csv.DictReader(io.StringIO(text)))


def _export_names(column: str) -> set[str]:
    if not UPR_INFO_CSVS.is_dir():
        pytest.skip(f"../shared/data not present: no UPR Info export at {UPR_INFO_CSVS}")
    paths = sorted(UPR_INFO_CSVS.glob("*.csv"))
    if not paths:
        pytest.skip(f"../shared/data not present: no CSV files in {UPR_INFO_CSVS}")
    names: set[str] = set()
    for path in paths:
        names.update(row[column] for row in _read_upr_info_csv(path) if row.get(column))
    return names


@pytest.mark.shared
def test_upr_info_to_column_resolves() -> None:
    names = _export_names("To")
    unresolved = sorted(name for name in names if lookup(name) is None)
    assert unresolved == []
    # the table itself carries these spellings (up to case and accents), not just the normaliser
    spellings = {_fold(spelling) for country in all_countries() for spelling in country.names}
    assert sorted(name for name in names if _fold(name) not in spellings) == []
    # the States under review are exactly the 193 UN Members, one spelling each
    resolved = [lookup(name) for name in names]
    iso3 = {country.iso3 for country in resolved if country is not None}
    assert len(iso3) == len(names)
    assert iso3 == {country.iso3 for country in all_countries() if country.un_member}


@pytest.mark.shared
def test_upr_info_from_column_resolves() -> None:
    names = _export_names("From") - NON_STATE_FROM_VALUES
    assert sorted(name for name in names if lookup(name) is None) == []


@pytest.mark.parametrize(
    ("iso3", "title", "prose"),
    [
        ("PHL", "the Philippines", "the Philippines"),
        ("IRN", "the Islamic Republic of Iran", "the Islamic Republic of Iran"),
        ("BOL", "the Plurinational State of Bolivia", "the Plurinational State of Bolivia"),
        ("GBR", "the United Kingdom of Great Britain and Northern Ireland", "the United Kingdom"),
        ("MDA", "the Republic of Moldova", "the Republic of Moldova"),
        ("COD", "the Democratic Republic of the Congo", "the Democratic Republic of the Congo"),
        ("NER", "the Niger", "the Niger"),
        ("KAZ", "Kazakhstan", "Kazakhstan"),
        ("SLB", "Solomon Islands", "Solomon Islands"),
        ("CIV", "Côte d'Ivoire", "Côte d'Ivoire"),
    ],
)
def test_a_state_is_named_with_its_article_in_running_text(iso3: str, title: str, prose: str) -> None:
    country = by_code(iso3)
    assert country is not None
    assert (country.in_title, country.in_prose) == (title, prose)


# French names, as the UN writes them in its French documents (UNSD M49 / UNTERM French short names)
@pytest.mark.parametrize(
    ("written", "iso3"),
    [("Pays-Bas (Royaume des)", "NLD"), ("Royaume des Pays-Bas", "NLD"), ("Saint-Siège", "VAT"),
     ("États-Unis d’Amérique", "USA"), ("Etats-Unis d'Amerique", "USA"),
     ("Royaume-Uni de Grande-Bretagne et d’Irlande du Nord", "GBR"), ("République de Corée", "KOR"),
     ("République populaire démocratique de Corée", "PRK"), ("Fédération de Russie", "RUS"),
     ("Côte d’Ivoire", "CIV"), ("Iran (République islamique d’)", "IRN"), ("République islamique d’Iran", "IRN"),
     ("Venezuela (République bolivarienne du)", "VEN"), ("Bolivie (État plurinational de)", "BOL"),
     ("Micronésie (États fédérés de)", "FSM"), ("République démocratique populaire lao", "LAO"),
     ("République-Unie de Tanzanie", "TZA"), ("Macédoine du Nord", "MKD"), ("Tchéquie", "CZE"),
     ("État de Palestine", "PSE"), ("Saint-Vincent-et-les Grenadines", "VCT"), ("Sao Tomé-et-Principe", "STP"),
     ("Dominique", "DMA"), ("République dominicaine", "DOM"), ("Niger", "NER"), ("Nigéria", "NGA"),
     ("Guinée", "GIN"), ("Guinée-Bissau", "GNB"), ("Guinée équatoriale", "GNQ"), ("Papouasie-Nouvelle-Guinée", "PNG"),
     ("Bélarus", "BLR"), ("Kirghizistan", "KGZ"), ("Palaos", "PLW"), ("Tunisie", "TUN")],
)
def test_countries_french_names_resolve(written: str, iso3: str) -> None:
    found = lookup(written)
    assert found is not None and found.iso3 == iso3


def test_countries_every_state_has_its_french_name() -> None:
    assert all(c.name_fr for c in all_countries())
    assert by_code("NLD").name_fr == "Pays-Bas (Royaume des)"  # type: ignore[union-attr]
    # the English spelling wins where both languages spell a name alike
    assert lookup("Niger").name == "Niger"  # type: ignore[union-attr]
    assert lookup("Ruritanie") is None
