"""``uprkit.bench.recommendations``: the UPR Info export loader, session mapping, pair counting, text matching,
and one run on three real reports (figures computed, values not checked: the parser is still being written)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED_DATA, SHARED_SKIP_REASON

from uprkit.bench.recommendations import Pair, markdown, match_group, pairs_of, run
from uprkit.bench.text_match import normalize_text, similarity
from uprkit.bench.upr_export import (
    ExportRow,
    ReviewYears,
    decode_export_bytes,
    export_session,
    file_country_year,
    load_export,
    load_review_years,
)
from uprkit.model import Position, Recommendation, RecommendationPart

HEADER = b"To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session"


def _csv(*rows: bytes) -> bytes:
    return b"\r".join((HEADER, *rows)) + b"\r"


@pytest.fixture()
def export_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "CSVs"
    folder.mkdir()
    (folder / "14-17.csv").write_bytes(
        _csv(
            # Mac Roman: 0x99 is "o" with circumflex, 0x8E "e" with acute
            b'Kazakhstan,Asia,"OIC, CIS","Ratify the CRPD, as soon as possible",C\x99te d\'Ivoire,Africa,AU,Accepted,5,'
            b'"Disabilities,International instruments",17',
            b"Kazakhstan,Asia,OIC,Abolish the death penalty,France,WEOG,EU,Noted,5,Death penalty,17",
            b"Kazakhstan,Asia,OIC,Strengthen the r\x8egime of the ombudsman,&#40;Unknown&#41;,,,,3,NHRI,17",
        )
    )
    (folder / "17-20.csv").write_bytes(
        _csv(
            # identical to a row of 14-17.csv (the two files overlap on session 17)
            b"Kazakhstan,Asia,OIC,Abolish the death penalty,France,WEOG,EU,Noted,5,Death penalty,17",
            b"Republic of Korea,Asia,,Ratify OP-CAT,Bolivarian Republic of Venezuela,GRULAC,,Accepted,4,Torture,18",
        )
    )
    (folder / "voluntary.csv").write_bytes(_csv(b"Kazakhstan,Asia,OIC,Pledge,Kazakhstan,Asia,OIC,,,,17"))
    return folder


# --------------------------------------------------------------------------------------------- the export


def test_decode_export_bytes_utf8_first_then_mac_roman() -> None:
    assert decode_export_bytes("Côte".encode()) == "Côte"
    assert decode_export_bytes(b"C\x99te") == "Côte"
    assert decode_export_bytes("é".encode() + b" r\x8egime") == "é régime"  # mixed: each run decoded on its own
    assert decode_export_bytes(b"\xef\xbb\xbfTo") == "To"


def test_load_export(export_dir: Path) -> None:
    ex = load_export(export_dir)
    assert ex.files == ["14-17.csv", "17-20.csv"]  # voluntary.csv left out
    assert ex.rows_read == 5
    assert ex.duplicates_dropped == 1
    assert len(ex.rows) == 4
    assert set(ex.groups) == {("KAZ", 17), ("KOR", 18)}
    kaz = ex.groups[("KAZ", 17)]
    assert [r.state for r in kaz] == ["CIV", "FRA", None]
    assert kaz[0].text == "Ratify the CRPD, as soon as possible"  # quoted comma kept, CR line ends read
    assert kaz[0].state_name == "Côte d'Ivoire"
    assert kaz[0].issue == "Disabilities,International instruments"
    assert kaz[2].text == "Strengthen the régime of the ombudsman"
    assert kaz[2].state_name == "(Unknown)"
    assert kaz[2].response is None  # blank response kept as None
    assert [r.response for r in kaz[:2]] == ["Accepted", "Noted"]
    assert ex.groups[("KOR", 18)][0].state == "VEN"
    assert ex.unresolved_from == {"(Unknown)": 1}
    summary = ex.summary()
    assert summary["sessions"] == {"17": 3, "18": 1}
    assert summary["responses"] == {"(blank)": 1, "Accepted": 2, "Noted": 1}


def test_load_review_years_and_sessions(tmp_path: Path) -> None:
    years_csv = tmp_path / "upr-years.csv"
    years_csv.write_bytes(
        b"country,review1,review2,report1,report2\rKazakhstan,2010,2014,2010,2014\rAndorra,2010,2015,2011,.\r"
    )
    years = load_review_years(years_csv)
    assert years == {"KAZ": ReviewYears(2010, 2014), "AND": ReviewYears(2011, None)}
    assert export_session("KAZ", 2010, {7, 20}, years) == (7, "upr-years.csv")
    assert export_session("KAZ", 2014, {7, 20}, years) == (20, "upr-years.csv")
    assert export_session("AND", 2011, {10}, years) == (10, "upr-years.csv")
    assert export_session("FRA", 2008, {2, 15}, years) == (2, "file year")  # no row: up to 2011 is cycle 1
    assert export_session("FRA", 2013, {2, 15}, years) == (15, "file year")
    assert export_session("AND", 2015, {10}, years)[0] is None  # cycle 2 not in the export
    assert export_session("KAZ", None, {7}, years)[0] is None


def test_file_country_year() -> None:
    assert file_country_year(Path("kazakhstan2010.txt")) == ("KAZ", 2010)
    assert file_country_year(Path("republicofkorea2012.txt")) == ("KOR", 2012)
    assert file_country_year(Path("saintvincentandthegrenadines2011.txt")) == ("VCT", 2011)
    assert file_country_year(Path("guinea-bissau2010.txt")) == ("GNB", 2010)
    assert file_country_year(Path("Macedonia2014.txt")) == ("MKD", 2014)


# --------------------------------------------------------------------------------------------- pairs


def _rec(
    number: str,
    text: str,
    codes: list[str | None],
    position: Position | None = None,
    parts: list[RecommendationPart] | None = None,
) -> Recommendation:
    return Recommendation(
        number=number,
        text=text,
        recommending_states=[c or "Atlantis" for c in codes],
        recommending_state_codes=codes,
        position=position,
        parts=parts or [],
    )


def test_pairs_of_counts_each_state_once_per_part() -> None:
    recs = [
        _rec("95.1", "Ratify the CRPD", ["FRA", "DEU", "FRA"], "supported"),  # France named twice: one pair
        _rec("95.2", "Abolish the death penalty", [], "noted"),  # no State named: one unknown pair
        _rec("95.3", "Free text", [None, None]),  # the same unknown name twice: one pair
        _rec(
            "95.4",
            "Consider ratifying the CRPD; ratify the CRPD",
            ["SVN", "KOR", "SVN"],
            "pending",
            parts=[
                RecommendationPart(
                    text="Consider ratifying the CRPD", recommending_states=["Slovenia"], recommending_state_codes=["SVN"]
                ),
                RecommendationPart(
                    text="Ratify the CRPD",
                    recommending_states=["Republic of Korea", "Slovenia", "Korea"],
                    recommending_state_codes=["KOR", "SVN", "KOR"],
                ),
            ],
        ),
    ]
    pairs = pairs_of(recs)
    assert [(p.number, p.state) for p in pairs] == [
        ("95.1", "FRA"),
        ("95.1", "DEU"),
        ("95.2", None),
        ("95.3", None),
        ("95.4", "SVN"),
        ("95.4", "KOR"),
        ("95.4", "SVN"),  # Slovenia in both parts: one pair per part
    ]
    assert pairs[4].texts == ("Consider ratifying the CRPD", "Consider ratifying the CRPD; ratify the CRPD")
    assert pairs[0].position == "supported" and pairs[4].position == "pending"


# --------------------------------------------------------------------------------------------- matching


def test_normalize_text_and_similarity() -> None:
    assert normalize_text("To ratify the  Women’s Convention (CEDAW);") == "ratify the womens convention cedaw"
    assert similarity("Ratify the CRPD.", "to ratify the CRPD") == 1.0
    assert similarity("Ratify the CRPD", "Ratify CRPD") == pytest.approx(0.8)
    assert similarity("Ratify the CRPD", "Abolish the death penalty") < 0.5
    assert similarity("", "Ratify") == 0.0


def _row(text: str, state: str | None, response: str | None = "Accepted") -> ExportRow:
    return ExportRow(to="KAZ", session=7, text=text, state=state, state_name=state or "(Unknown)", response=response)


def test_match_group() -> None:
    recs = [
        _rec("95.1", "Ratify the Convention on the Rights of Persons with Disabilities", ["FRA", "DEU"], "supported"),
        _rec("95.2", "Abolish the death penalty in all circumstances", ["ITA"], "noted"),
        _rec("95.3", "Strengthen the national human rights institution", ["BRA"], "pending"),
        _rec("95.4", "Invite the Special Rapporteur on torture to visit the country", ["CAN"], "rejected"),
        _rec("95.5", "Continue its efforts to combat trafficking in persons", ["EGY"]),
    ]
    rows = [
        _row("To ratify the Convention on the Rights of Persons with Disabilities.", "FRA"),  # exact: State, position
        _row("Ratify the Convention on the Rights of Persons with Disabilities", "DEU"),  # multi-State item: tie
        _row("Abolish the death penalty in all the circumstances", "ITA"),  # near text; noted, not Accepted
        _row("Abolish the death penalty in all circumstances", "ESP", "Noted"),  # matched to Italy's item: State disagrees
        _row("Strengthen the national human rights institution", "BRA"),  # pending
        _row("Invite the Special Rapporteur on torture to visit the country", "CAN", "Noted"),  # rejected = Noted
        _row("Continue its efforts to combat trafficking in persons", "EGY"),  # no position
        _row("Continue efforts on trafficking", "EGY", None),  # too different: unmatched
        _row("Adopt a law on domestic violence", "SWE"),  # unmatched
    ]
    pairs = pairs_of(recs)
    g = match_group(rows, pairs)
    assert (g.ours, g.theirs) == (6, 9)
    assert (g.matched, g.unmatched) == (7, 2)
    assert [m.state_agrees for m in g.matches] == [True, True, True, False, True, True, True, False, False]
    assert g.state_agree == 6
    assert g.matches[2].score == pytest.approx(similarity(rows[2].text, recs[1].text))
    assert 0.8 <= g.matches[2].score < 1.0
    assert g.matches[3].pair is not None and g.matches[3].pair.state == "ITA"
    assert [m.position_agrees for m in g.matches] == [True, True, False, True, None, True, None, None, None]
    assert (g.position_known, g.position_agree) == (5, 4)
    assert (g.pending, g.no_position, g.response_blank) == (1, 1, 0)


def test_match_group_prefers_the_exports_state_on_equal_text() -> None:
    pairs = [
        Pair("1.1", "FRA", ("Ratify OP-CAT",), "supported"),
        Pair("1.2", "DEU", ("Ratify OP-CAT",), "noted"),
        Pair("1.3", None, ("Ratify OP-CAT and establish a national preventive mechanism",), None),
    ]
    g = match_group([_row("Ratify OP-CAT", "DEU", "Noted"), _row("Ratify OP-CAT", "ITA")], pairs)
    first, second = g.matches
    assert first.state_agrees and first.pair is not None and first.pair.number == "1.2"
    assert first.position_agrees is True
    assert not second.state_agrees and second.pair is not None and second.pair.number == "1.1"


def test_match_group_threshold_and_empty() -> None:
    g = match_group([_row("Ratify the CRPD", "FRA")], [])
    assert (g.matched, g.unmatched, g.ours) == (0, 1, 0)
    pairs = [Pair("1", "FRA", ("Ratify CRPD",), "supported")]
    assert match_group([_row("Ratify the CRPD", "FRA")], pairs).matched == 1  # 0.8: at the threshold
    assert match_group([_row("Ratify the CRPD", "FRA")], pairs, threshold=0.81).matched == 0


# --------------------------------------------------------------------------------------------- shared data

REPORTS = ["kazakhstan2010.txt", "republicofkorea2012.txt", "burkinafaso2009.txt"]


@pytest.mark.shared
def test_run_on_three_reports() -> None:
    if not (SHARED_DATA / "uprs").is_dir():
        pytest.skip(SHARED_SKIP_REASON)
    result = run(SHARED_DATA, files=REPORTS)
    s = result["summary"]
    assert isinstance(s, dict)
    assert s["reports"] == 3 and s["reports_evaluated"] == 3
    assert s["parse_errors"] == {}
    reports = result["reports"]
    assert isinstance(reports, list)
    by_file = {r["file"]: r for r in reports}
    assert set(by_file) == set(REPORTS)
    assert (by_file["kazakhstan2010.txt"]["country"], by_file["kazakhstan2010.txt"]["session"]) == ("KAZ", 7)
    assert (by_file["republicofkorea2012.txt"]["country"], by_file["republicofkorea2012.txt"]["session"]) == ("KOR", 14)
    assert (by_file["burkinafaso2009.txt"]["country"], by_file["burkinafaso2009.txt"]["session"]) == ("BFA", 3)
    assert by_file["kazakhstan2010.txt"]["theirs"] == 129  # the export's rows for Kazakhstan, session 7
    for r in reports:
        assert r["theirs"] > 0 and isinstance(r["hit"], bool)
        assert r["matched"] + r["unmatched"] == r["theirs"]
    assert s["rows"] == sum(r["theirs"] for r in reports)
    assert s["count_hit_share"] is not None and 0.0 <= float(s["count_hit_share"]) <= 1.0
    for key in ("state_agreement", "position_agreement"):
        assert s[key] is None or 0.0 <= float(s[key]) <= 1.0
    assert isinstance(s["parse_seconds"], float)
    export = result["export"]
    assert isinstance(export, dict) and export["rows_read"] > 40000
    assert "| figure | result | target |" in markdown(result)
