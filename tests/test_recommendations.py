"""Working Group report recommendations (issue 3): the parsing helpers on small strings, the committed real
excerpts in tests/data/wg/ (cut by tests/data/wg/make_wg_excerpts.py), the ``uprkit recommendations`` and
``uprkit parse`` commands, and the real reports and addenda in ../shared/data (skipped where it is absent).

Every expected figure comes from the documents themselves, never from the parser's output: item numbers as
printed in the reports, positions as the addenda list them, totals as the addenda state them ("254
recommendations … of which 217 are supported and 37 noted").
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import DATA, KAZ_NAME, SHARED_DATA, SHARED_SKIP_REASON, parse_cached
from hypothesis import given, settings
from hypothesis import strategies as st

from uprkit import countries
from uprkit.layout.clean import CleanText
from uprkit.model import Document, ParsedReport, Position, Recommendation
from uprkit.parse import parse_document, parse_file
from uprkit.parse.addendum import apply_positions, expand_refs, extract_positions, join_addendum
from uprkit.parse.metadata import wg_session_and_country, wg_session_of_council_session
from uprkit.parse.recommendation_items import parse_states, split_item
from uprkit.parse.recommendations import extract_recommendations, group_position
from uprkit.read import read_document
from uprkit.recommendations import RecommendationTable, recommendations_table
from uprkit.render.report import SCHEMA_RESOURCE

WG = DATA / "wg"
C4_REPORT = WG / "excerpt_A_HRC_59_15.txt"
C4_ADDENDUM = WG / "excerpt_A_HRC_59_15_Add.1.txt"
C1_REPORT = WG / "excerpt_A_HRC_14_15.txt"
C1_ADDENDUM = WG / "excerpt_A_HRC_14_15_Add.1.txt"
SMR_REPORT = WG / "excerpt_sanmarino2010.txt"

SVN = SHARED_DATA / "slovenia-human-rights-tracker"
TXTS = SHARED_DATA / "uprs" / "v.1" / "Data" / "raw-data" / "txts"

POSITIONS = {"supported", "noted", "pending", "rejected"}
FURNITURE = re.compile(r"A/HRC/\d+/\d+|GE\.\d\d-\d{5}")


def clean(text: str) -> CleanText:
    c = CleanText()
    c.append(text, 0)
    return c


def by_number(recs: list[Recommendation]) -> dict[str, Recommendation]:
    out = {r.number: r for r in recs}
    assert len(out) == len(recs), "recommendation numbers repeat"
    return out


def numbers(para: int, count: int) -> list[str]:
    return [f"{para}.{k}" for k in range(1, count + 1)]


def flat(text: str) -> str:
    return " ".join(text.split())


def listed(text: str, start: str, end: str, para: int) -> list[str]:
    """The recommendation numbers an addendum lists between two phrases, read independently of the parser:
    "1–5, 14– 16", "122.17-18", "122.34- 35", "150 – 152", "140.35. 140.36"."""
    t = flat(text)
    i = t.index(start) + len(start)
    j = t.index(end, i)
    out: list[str] = []
    for token in re.split(r",\s*|\.\s+(?=\d)|\s+and\s+", t[i:j].strip(" .:")):
        m = re.fullmatch(r"(?:(\d{2,3})\.)?(\d{1,3})(?:\s*[–-]\s*(?:\d{2,3}\.)?(\d{1,3}))?", token.strip())
        assert m is not None, f"not a reference: {token!r}"
        assert m.group(1) in (None, str(para)), token
        a, b = int(m.group(2)), int(m.group(3) or m.group(2))
        out.extend(f"{para}.{k}" for k in range(a, b + 1))
    return out


def stated(text: str, pattern: str) -> int:
    m = re.search(pattern, flat(text))
    assert m is not None, f"the document does not say {pattern!r}"
    return int(m.group(1))


# =========================================================================================== expand_refs


@pytest.mark.parametrize(
    ("listing", "expected"),
    [
        ("134.1-134.20", numbers(134, 20)),
        ("1–5, 14–16", ["1", "2", "3", "4", "5", "14", "15", "16"]),
        ("122.17-18", ["122.17", "122.18"]),
        ("140.35. 140.36", ["140.35", "140.36"]),
        ("122.34- 35", ["122.34", "122.35"]),  # A/HRC/43/15/Add.1 paragraph 4
        ("150 – 152", ["150", "151", "152"]),  # A/HRC/28/15/Add.1 paragraph 4
        ("122.62-\n            66", [f"122.{k}" for k in range(62, 67)]),  # a range across a line break
        ("141–143,122.146", ["141", "142", "143", "122.146"]),
        ("140.7, 140.8, 140.9", ["140.7", "140.8", "140.9"]),
        ("5., 6., 7., 8., 9.", ["5", "6", "7", "8", "9"]),  # cycle 1 number column
    ],
)
def test_expand_refs_examples(listing: str, expected: list[str]) -> None:
    assert expand_refs(listing) == expected


_DASH = st.sampled_from(["-", "–", "—", " - ", " – ", "- ", " –"])


@settings(max_examples=200, deadline=None)
@given(para=st.integers(10, 999), a=st.integers(1, 300), length=st.integers(0, 120), dash=_DASH)
def test_expand_refs_full_range_property(para: int, a: int, length: int, dash: str) -> None:
    b = min(a + length, 999)
    assert expand_refs(f"{para}.{a}{dash}{para}.{b}") == [f"{para}.{k}" for k in range(a, b + 1)]


@settings(max_examples=200, deadline=None)
@given(para=st.integers(10, 999), a=st.integers(1, 300), length=st.integers(0, 120), dash=_DASH)
def test_expand_refs_short_range_property(para: int, a: int, length: int, dash: str) -> None:
    b = min(a + length, 999)
    assert expand_refs(f"{para}.{a}{dash}{b}") == [f"{para}.{k}" for k in range(a, b + 1)]


@settings(max_examples=200, deadline=None)
@given(
    refs=st.lists(
        st.tuples(st.integers(10, 999), st.integers(1, 999)).map(lambda t: f"{t[0]}.{t[1]}"),
        min_size=1,
        max_size=30,
        unique=True,
    ),
    sep=st.sampled_from([", ", ",", "; ", ". ", ",\n            ", " and "]),
)
def test_expand_refs_list_keeps_every_number_in_order(refs: list[str], sep: str) -> None:
    assert expand_refs(sep.join(refs)) == refs


# =========================================================================================== parse_states


def test_parse_states_keeps_bosnia_and_herzegovina_whole() -> None:
    assert parse_states("Bosnia and Herzegovina") == (["Bosnia and Herzegovina"], ["BIH"])


def test_parse_states_list_with_and_inside_names() -> None:
    names, codes = parse_states("Czech Republic, Slovakia and Bosnia and Herzegovina") or ([], [])
    assert codes == ["CZE", "SVK", "BIH"]
    assert names[1:] == ["Slovakia", "Bosnia and Herzegovina"]
    assert names[0] == countries.by_code("CZE").name  # type: ignore[union-attr]  # normalised name
    assert parse_states("Antigua and Barbuda, Trinidad and Tobago and Saint Kitts and Nevis") == (
        ["Antigua and Barbuda", "Trinidad and Tobago", "Saint Kitts and Nevis"],
        ["ATG", "TTO", "KNA"],
    )


def test_parse_states_oxford_comma() -> None:
    # equatorialguinea2010.txt, recommendation 71.2: "(Slovenia, Argentina, and Sweden)"
    result = parse_states("Slovenia, Argentina, and Sweden")
    assert result is not None
    assert result[1] == ["SVN", "ARG", "SWE"], result


@pytest.mark.parametrize(
    "written",
    ["the Bolivarian Republic of Venezuela", "Bolivarian Republic of Venezuela", "Venezuela",
     "Venezuela (Bolivarian Republic of)"],
)
def test_parse_states_venezuela_in_every_spelling(written: str) -> None:
    venezuela = countries.lookup("Venezuela")
    assert venezuela is not None and venezuela.iso3 == "VEN"
    assert countries.lookup(written) == venezuela
    assert parse_states(written) == ([venezuela.name], ["VEN"])


def test_parse_states_names_with_brackets_and_apostrophes() -> None:
    assert parse_states("Senegal, Sierra Leone, Venezuela (Bolivarian\nRepublic of), Peru, Uruguay") == (
        ["Senegal", "Sierra Leone", "Venezuela (Bolivarian Republic of)", "Peru", "Uruguay"],
        ["SEN", "SLE", "VEN", "PER", "URY"],
    )
    assert parse_states("Iran (Islamic Republic of)") == (["Iran (Islamic Republic of)"], ["IRN"])
    assert (parse_states("Lao People’s Democratic Republic") or ([], []))[1] == ["LAO"]
    assert (parse_states("Côte d’Ivoire") or ([], []))[1] == ["CIV"]
    assert (parse_states("United Kingdom of Great Britain and Northern\nIreland") or ([], []))[1] == ["GBR"]


@pytest.mark.parametrize("content", ["No. 118", "ICRMW", "Palermo Protocol", "OP-CAT", "2005-2013", "ILO", ""])
def test_parse_states_is_none_for_other_brackets(content: str) -> None:
    assert parse_states(content) is None


def test_parse_states_keeps_unknown_names_with_no_code() -> None:
    assert parse_states("France, Atlantis") == (["France", "Atlantis"], ["FRA", None])


def test_parse_states_does_not_drop_a_known_state_beside_unknown_names() -> None:
    # a misspelt list: France is a State, the two other names are unknown, none may disappear
    result = parse_states("France, Atlantis and Utopia")
    assert result is not None, "the whole list was dropped"
    names, codes = result
    assert "France" in names and "FRA" in codes
    assert {"Atlantis", "Utopia"} <= set(names)
    assert [c for n, c in zip(names, codes, strict=True) if n in ("Atlantis", "Utopia")] == [None, None]


_STATES = sorted(
    (c for c in countries.all_countries() if c.un_member or c.iso3 in ("VAT", "PSE")), key=lambda c: c.iso3
)


@settings(max_examples=200, deadline=None)
@given(
    picked=st.lists(st.sampled_from(_STATES), min_size=1, max_size=5, unique_by=lambda c: c.iso3),
    seps=st.lists(st.sampled_from([", ", " and ", ",\n", "; "]), min_size=4, max_size=4),
)
def test_parse_states_property_any_list_of_states(picked: list[countries.Country], seps: list[str]) -> None:
    content = picked[0].name
    for sep, c in zip(seps, picked[1:], strict=False):
        content += sep + c.name
    assert parse_states(content) == ([c.name for c in picked], [c.iso3 for c in picked])


# =========================================================================================== split_item


def test_split_item_drops_the_trailing_states_from_the_text() -> None:
    text, states, codes, parts = split_item("To sign and ratify OP-ICESCR (Spain);")
    assert text == "To sign and ratify OP-ICESCR"
    assert (states, codes, parts) == (["Spain"], ["ESP"], [])


def test_split_item_one_states_recommendations_run_together_are_parts() -> None:
    # A/HRC/8/29 (Algeria 2008), paragraph 69: one item a State, its further recommendations after "; recommends"
    text, states, _, parts = split_item(
        "That the State strengthen its efforts to protect women’s rights; recommends that Algeria cooperate with "
        "special procedures mandate holders; recommends that steps be taken to guarantee the rights of detainees "
        "(United Kingdom of Great Britain and Northern Ireland);"
    )
    assert [p.text for p in parts] == [
        "That the State strengthen its efforts to protect women’s rights",
        "That Algeria cooperate with special procedures mandate holders",
        "That steps be taken to guarantee the rights of detainees",
    ]
    assert all(p.recommending_state_codes == ["GBR"] for p in parts) and states == ["United Kingdom of Great Britain and Northern Ireland"]
    _, _, _, parts = split_item(
        "That Algeria take initiatives to strengthen gender mainstreaming. It also recommended that the State pursue "
        "its efforts to combat poverty (Nigeria);"
    )
    assert [p.text for p in parts][1] == "That the State pursue its efforts to combat poverty"
    # a recommendation that merely mentions recommending stays whole
    text, _, _, parts = split_item("Implement the recommendations of the treaty bodies (Brazil);")
    assert parts == [] and text == "Implement the recommendations of the treaty bodies"


def test_split_item_leaves_out_the_next_items_bullet() -> None:
    # a tracker page's "<ul><li>131.1 Ratify … (Viet Nam);</li>": each item a "• 131.1 …" line, so the next
    # item's bullet ends this one
    text, states, _, parts = split_item("Ratify the Convention against Discrimination in Education (Türkiye) "
                                        "(Viet Nam); •")
    assert (text, states, parts) == ("Ratify the Convention against Discrimination in Education",
                                     ["Türkiye", "Viet Nam"], [])


def test_recommendations_of_a_bulleted_html_list(tmp_path: Path) -> None:
    page = tmp_path / "A_HRC_56_9.ul.html"
    page.write_text(
        "<html><body><article><p>United Nations A/HRC/56/9</p><p>General Assembly</p><h1>Report of the Working "
        "Group on the Universal Periodic Review</h1><p>Mexico</p><h2>Introduction</h2><p>1. The Working Group on "
        "the Universal Periodic Review held its forty-fifth session from 22 January to 2 February 2024.<sup><a "
        "href='#fn1'>1</a></sup></p><h2>II. Conclusions and/or recommendations</h2>"
        "<p>131. The following recommendations will be examined by Mexico, which will provide responses in due "
        "time, but no later than the fifty-sixth session of the Human Rights Council:</p><ul>"
        "<li>131.1 Ratify the Convention against Discrimination in Education (Türkiye) (Viet Nam);</li>"
        "<li>131.2 Adopt a new national human rights action plan (Estonia);</li>"
        "<li>131.3 Submit its overdue reports to the treaty bodies (Lithuania).</li></ul>"
        "<p>132. All conclusions and/or recommendations contained in the present report reflect the position of "
        "the submitting State(s) and/or the State under review.</p></article><div id='fn1'><p>1 "
        "A/HRC/WG.6/45/MEX/1.</p></div></body></html>", encoding="utf-8")
    assert [(r.number, r.text) for r in parse_file(page).recommendations] == [
        ("131.1", "Ratify the Convention against Discrimination in Education"),
        ("131.2", "Adopt a new national human rights action plan"),
        ("131.3", "Submit its overdue reports to the treaty bodies")]


def test_split_item_several_states_one_recommendation() -> None:
    text, states, codes, parts = split_item("Ratify OP-ICESCR (Maldives) (Portugal);")
    assert text == "Ratify OP-ICESCR"
    assert (states, codes) == (["Maldives", "Portugal"], ["MDV", "PRT"])
    assert parts == []


def test_split_item_keeps_non_state_brackets_and_joins_lines() -> None:
    item = (
        "To ratify the ILO Equality of Treatment (Social Security) Convention,\n1962 (No. 118) and the ILO Prevention"
        " of Major Industrial Accidents\nConvention, 1993 (No. 174) (Argentina);"
    )
    text, states, codes, parts = split_item(item)
    assert text == (
        "To ratify the ILO Equality of Treatment (Social Security) Convention, 1962 (No. 118) and the ILO Prevention"
        " of Major Industrial Accidents Convention, 1993 (No. 174)"
    )
    assert (states, codes, parts) == (["Argentina"], ["ARG"], [])


def test_split_item_nested_brackets_in_a_state_name() -> None:
    text, states, codes, _ = split_item("Ratify ICRMW (Senegal, Sierra Leone, Venezuela (Bolivarian\nRepublic of), Peru, Uruguay);")
    assert text == "Ratify ICRMW"
    assert codes == ["SEN", "SLE", "VEN", "PER", "URY"]
    assert states[2] == "Venezuela (Bolivarian Republic of)"


def test_split_item_several_texts_each_with_its_states_become_parts() -> None:
    # A/HRC/14/15 paragraph 111, item 35
    item = (
        "To strengthen measures to combat violence against women and girls\n(Azerbaijan); to continue to promote the "
        "comprehensive strategy to prevent\nand eliminate all forms of violence against women and girls (Italy); to "
        "continue\nto make progress in implementing measures and programmes aimed at\npreventing and eliminating all "
        "forms of violence against women and girls\n(Colombia);"
    )
    text, states, codes, parts = split_item(item)
    assert (states, codes) == (["Azerbaijan", "Italy", "Colombia"], ["AZE", "ITA", "COL"])
    assert [(p.recommending_states, p.recommending_state_codes) for p in parts] == [
        (["Azerbaijan"], ["AZE"]),
        (["Italy"], ["ITA"]),
        (["Colombia"], ["COL"]),
    ]
    assert parts[0].text == "To strengthen measures to combat violence against women and girls"
    assert parts[1].text.endswith("prevent and eliminate all forms of violence against women and girls")
    assert parts[2].text.startswith("to continue to make progress")
    for p in parts:
        assert "(" not in p.text and "\n" not in p.text
    assert "\n" not in text and "(Italy)" not in text


def test_split_item_unknown_state_is_kept() -> None:
    text, states, codes, _ = split_item("Ratify OP-CAT (France, Atlantis);")
    assert text == "Ratify OP-CAT"
    assert (states, codes) == (["France", "Atlantis"], ["FRA", None])


# =========================================================================================== group_position


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        # cycle 1
        ("The recommendations formulated during the interactive dialogue and listed below enjoy the support of "
         "Kazakhstan", "supported"),
        ("The following recommendations will be examined by Kazakhstan, which will provide responses in due course, "
         "but no later than the fourteenth session of the Human Rights Council, to be held in June 2010", "pending"),
        ("The following recommendations did not enjoy the support of San Marino", "rejected"),
        ("The recommendations below did not enjoy the support of Hungary", "rejected"),
        ("The recommendations formulated during the interactive dialogue and listed below will be examined by "
         "Slovenia, which will provide responses in due course, but no later than the fourteenth session of the "
         "Human Rights Council, to be held in June 2010", "pending"),
        # cycle 2
        ("The recommendations formulated during the interactive dialogue/listed below have been examined by "
         "Kazakhstan and enjoy the support of Kazakhstan", "supported"),
        ("The following recommendations enjoy the support of Kazakhstan, which considers that they have already been "
         "implemented", "supported"),
        ("The recommendations listed below will be examined by Slovenia which will provide responses in due time, "
         "but no later than the twenty-eighth session of the Human Rights Council in March 2015", "pending"),
        ("The following recommendations will be examined by Kazakhstan which will provide responses in due time. The "
         "response of Kazakhstan to these recommendations will be included in the outcome report adopted by the "
         "Human Rights Council at its twenty-fifth session", "pending"),
        ("The following recommendations did not enjoy the support of Kazakhstan and would thus be noted", "noted"),
        ("Nicaragua considers that the following recommendations cannot be accepted and would thus be noted",
         "noted"),
        ("The recommendations listed below have been noted by San Marino", "noted"),
        # cycles 3 and 4
        ("The recommendations formulated during the interactive dialogue/listed below have been examined by Slovenia "
         "and enjoy the support of Slovenia", "supported"),
        ("The following recommendations will be examined by Slovenia, which will provide responses in due time, but "
         "no later than the forty-third session of the Human Rights Council", "pending"),
        ("The following recommendations will be examined by Slovenia, which will provide responses in due time, but "
         "no later than the fifty-ninth session of the Human Rights Council", "pending"),
        ("The following recommendations enjoy the support of Fiji", "supported"),
        ("The following recommendations will be noted by Australia", "noted"),
        ("The following recommendations were rejected by Lebanon based on one or more of the following reasons",
         "rejected"),
    ],
)
def test_group_position_standard_intros(intro: str, expected: Position) -> None:
    assert group_position(intro) == expected


# =========================================================================================== extract_recommendations


SYNTHETIC_REPORT = (
    "Introduction 1. The Working Group on the Universal Periodic Review held its seventh session from 8 to 19 "
    "February 2010. The review of Kazakhstan was held at the 9th meeting. "
    "II. Conclusions and/or recommendations "
    "95. The recommendations formulated during the interactive dialogue and listed below enjoy the support of "
    "Kazakhstan: 1. To sign and ratify the Optional Protocol (Spain); 2. To ratify OP-CAT (France, Atlantis); "
    "3. To abolish the death penalty (Czech Republic, Slovakia and Bosnia and Herzegovina); "
    "96. The following recommendations will be examined by Kazakhstan, which will provide responses in due course: "
    "1. To consider adhering to the Convention (Algeria); 2. To join the declaration (the Bolivarian Republic of "
    "Venezuela); "
    "97. The following recommendations did not enjoy the support of Kazakhstan: 1. To repeal the law (Canada). "
    "98. All conclusions and/or recommendations set out in the present report reflect the positions of the "
    "submitting State(s) and/or the State under review."
)


DIALOGUE_REPORT = (
    "Introduction 1. The Working Group on the Universal Periodic Review held its third session. "
    "23. Poland stressed that the situation of human rights defenders is of great concern. It recommended that "
    "the Government take effective measures to allow them to register. Poland noted that the propiska system "
    "restricts access to housing and recommended the abolition of the legislation and practices arising from it. "
    "24. The Holy See commended Turkmenistan on its mechanisms. The Holy See encouraged the authorities of "
    "Turkmenistan to investigate the recruitment of children. "
    "25. Sweden recommended that Turkmenistan: (a) release all prisoners of conscience; (b) allow monitors. "
    "26. Referencing Turkmenistan's law on associations, Belgium recommended that Turkmenistan review the "
    "registration rules (Act No. 2/AN/92) for associations. "
    "27. Norway noted the progress made. It recommended that Turkmenistan revoke travel bans. "
    "28. With regard to travel, Turkmenistan stated that there was no ban in national law. "
    "II. Conclusions and/or recommendations "
    "69. The recommendations formulated during the interactive dialogue and listed below enjoy the support of "
    "Turkmenistan: 1. \tTo bring Turkmenistan's laws into line with articles 3 and 4 of the International "
    "Covenant on Civil and Political Rights (Canada); 2. \tTo comply with its obligations (Italy); "
    "3. To ratify the Optional Protocol (Poland) and to set clear time frames (Brazil). "
    "70. Recommendations noted in the report in paragraphs 23 (last sentence), 24, 25 (b), 26, 27 (d) and 28 above did not "
    "enjoy the support of Turkmenistan. "
    "71.All conclusions and/or recommendations contained in the present report reflect the position of the "
    "submitting State(s) and/or the State under review."
)


def test_extract_recommendations_items_references_and_trims_from_real_report_wordings() -> None:
    recs, _ = extract_recommendations(clean(DIALOGUE_REPORT))
    r = by_number(recs)
    # "articles 3 and 4 of" are no item numbers (as "14 and 15" in Turkmenistan 2009, A/HRC/10/79, 69.12)
    assert [n for n in r if n.startswith("69.")] == ["69.1", "69.2", "69.3"]
    assert r["69.1"].text.endswith("articles 3 and 4 of the International Covenant on Civil and Political Rights")
    assert r["69.2"].recommending_states == ["Italy"]
    # "23 (last sentence)", a paragraph without "recommended", "25 (b)"
    assert [r[n].text for n in ("70.1", "70.2", "70.3")] == [
        "the abolition of the legislation and practices arising from it",
        "investigate the recruitment of children",
        "allow monitors",
    ]
    assert [r[n].recommending_state_codes for n in ("70.1", "70.2", "70.3")] == [["POL"], ["VAT"], ["SWE"]]
    # the speaker after an opening phrase; "No." is no sentence end; "27 (d)" where paragraph 27 has no letters
    assert (r["70.4"].recommending_state_codes, r["70.4"].text) == (
        ["BEL"], "review the registration rules (Act No. 2/AN/92) for associations")
    assert (r["70.5"].recommending_state_codes, r["70.5"].text) == (["NOR"], "revoke travel bans")
    assert "71" not in r["70.5"].text and "All conclusions" not in r["69.3"].text
    # a paragraph where a State speaks but recommends nothing gets no recommending State (not the State under review)
    assert r["70.6"].recommending_state_codes == []


def test_extract_recommendations_last_item_stops_at_a_glued_paragraph_number() -> None:
    text = (
        "II. Conclusions and/or recommendations 71. The following recommendations will be examined by Grenada: "
        "1. To ratify the Convention (Spain); 2. To report to the treaty bodies to which it is a party (Jamaica). "
        "72.All conclusions and/or recommendations contained in the present report reflect the position of the "
        "submitting State(s)."
    )
    recs, _ = extract_recommendations(clean(text))
    last = by_number(recs)["71.2"]
    assert (last.text, last.recommending_states) == ("report to the treaty bodies to which it is a party", ["Jamaica"])


def test_split_item_cuts_at_states_followed_by_and_to() -> None:
    # A/HRC/8/31 (the Netherlands, 2008), 78.7 and 78.1
    _, states, _, parts = split_item("Accede to the ICRMW (Egypt, Peru, Algeria) and to increase its efforts (Algeria);")
    assert [(p.text, p.recommending_states) for p in parts] == [
        ("Accede to the ICRMW", ["Egypt", "Peru", "Algeria"]), ("to increase its efforts", ["Algeria"])]
    _, states, _, parts = split_item(
        "To ratify the Convention (France); to ratify the Optional Protocol (Brazil) and to set time frames (Russian Federation);")
    assert states == ["France", "Brazil", "Russian Federation"] and len(parts) == 3


def test_split_item_cuts_where_the_next_recommendation_starts_with_its_verb() -> None:
    # A/HRC/22/?? (Algeria 2012), 129.81: recommendations run together without semicolons
    _, states, _, parts = split_item(
        "Develop programmes for youth (Djibouti),keep on building housing (Iran); develop the health sector (Sudan) "
        "step up job creation (China) and provide training (Viet Nam);")
    assert [(p.text, p.recommending_states) for p in parts] == [
        ("Develop programmes for youth", ["Djibouti"]), ("keep on building housing", ["Iran (Islamic Republic of)"]),
        ("develop the health sector", ["Sudan"]), ("step up job creation", ["China"]),
        ("provide training", ["Viet Nam"])]
    # "support from …" is a noun, not the next recommendation's verb
    _, states, _, parts = split_item(
        "Continue to seek technical assistance (Algeria) and support from the international community (Sudan);")
    assert parts == [] and states == ["Sudan", "Algeria"]
    # several verbs sharing one object stay one recommendation (Samoa 2011, 75.3; Ireland 2011, 106.1)
    _, states, _, parts = split_item(
        "Sign (Germany, Spain), and ratify (Germany, Spain, Maldives) the International Covenant on Economic, Social "
        "and Cultural Rights (Germany, Spain, Maldives);")
    assert parts == [] and states == ["Germany", "Spain", "Maldives"]
    _, states, _, parts = split_item(
        "Complete the ratification process (Indonesia), consider the ratification (Chile, Ecuador), ratify the "
        "Convention on the Rights of Persons with Disabilities (Austria, Canada);")
    assert parts == [] and set(states) == {"Indonesia", "Chile", "Ecuador", "Austria", "Canada"}


def test_split_item_part_keeps_the_states_named_inside_it() -> None:
    # Ireland 2011, 106.2: "Become a party (Estonia), consider accession (Brazil) …, ratify OP-CAT (France) and set up …"
    _, states, _, parts = split_item(
        "Become a party (Estonia), consider accession (Brazil), ratify the Optional Protocol (France, Greece) and set "
        "up a national preventive mechanism (Switzerland);")
    assert [(p.text.split(" (")[0], p.recommending_states) for p in parts] == [
        ("Become a party", ["France", "Greece", "Estonia", "Brazil"]),
        ("set up a national preventive mechanism", ["Switzerland"])]
    assert states == ["France", "Greece", "Estonia", "Brazil", "Switzerland"]


def test_extract_recommendations_leaves_out_page_footnotes_annex_and_cover_notes() -> None:
    text = (
        "II. Conclusions and/or recommendations 95. The recommendations formulated during the interactive dialogue "
        "have been examined by Sweden and enjoy its support: 95.1. Continue its efforts to ensure full respect for "
        "human rights (Palestine); \n7 \tThe recommendation as read during the interactive dialogue: “Establish a "
        "national human rights institution” (Djibouti). \n95.2. Ratify the Rome Statute (Slovenia) including ** "
        "Conclusions and recommendations have not been edited. incorporating its crimes (Latvia); \n"
        "95.3. Implement the recommendations of the Special Rapporteur (France); \n94.4 Review its legislation "
        "(Mexico); \n95.5. Contribute to the right to development (Pakistan); Annex [English only] "
        "[end conclusions and/or recommendations]"
    )
    recs, _ = extract_recommendations(clean(text))
    r = by_number(recs)
    assert list(r) == numbers(95, 5)  # "94.4": a misprint of 95.4 where 95.4 is expected
    assert (r["95.1"].text, r["95.1"].recommending_states) == (
        "Continue its efforts to ensure full respect for human rights", ["State of Palestine"])
    assert "edited" not in r["95.2"].text and r["95.2"].recommending_states == ["Latvia", "Slovenia"]
    assert r["95.4"].recommending_states == ["Mexico"]
    assert r["95.5"].text == "Contribute to the right to development"


# a page-laid-out text (pdftotext -layout): page 2 ends with an item cut in two and the page-foot footnote on an
# item above it; page 3 goes on with the item (A/HRC/16/5, 84.18, in the made-up Mongolia 2010 report)
PAGE_FOOT_REPORT = """\
               United Nations                                                               A/HRC/16/5
               General Assembly                                                           Distr.: General

Human Rights Council
Sixteenth session

              Report of the Working Group on the Universal Periodic
              Review

              Mongolia

GE.11-10002
\f                                                                                                  A/HRC/16/5

   Introduction
    1.     The Working Group on the Universal Periodic Review held its ninth session from 1 to
    12 November 2010. The review of Mongolia was held on 5 November 2010.

II.  Conclusions and/or recommendations

    84.    The recommendations formulated during the interactive dialogue and
    listed below have been examined by Mongolia and enjoy its support:
        84.1.      Combat the exploitation of children working as jockeys in
        horse racing (Portugal)1;
        84.2.      Ensure that the activities of mining companies do not


           1 The recommendation as read during the interactive dialogue: combat the
             exploitation of children working as jockeys in horse racing (Portugal).


                                                                                                             2
\fA/HRC/16/5


              negatively affect the right to health of local communities, including herders
              (Colombia);
              84.3.      Guarantee equal pay for work of equal value (Ghana);

    85.    All conclusions and/or recommendations contained in the present report reflect the position of
    the submitting State(s) and/or the State under review.

                                                                                                             3
"""


def test_extract_recommendations_an_item_goes_on_after_a_page_foot_footnote(tmp_path: Path) -> None:
    path = tmp_path / "A_HRC_16_5.txt"
    path.write_text(PAGE_FOOT_REPORT, encoding="utf-8")
    doc = parse_file(path)
    r = by_number(doc.recommendations)
    assert list(r) == numbers(84, 3)
    assert (r["84.2"].text, r["84.2"].recommending_state_codes) == (
        "Ensure that the activities of mining companies do not negatively affect the right to health of local "
        "communities, including herders", ["COL"])
    assert r["84.1"].recommending_state_codes == ["PRT"]
    assert not any("as read during" in p.text for p in doc.paragraphs)  # the footnote left the body


def test_extract_recommendations_a_number_in_the_text_equal_to_the_next_item_is_no_label() -> None:
    # "18 years" at a line start and "30 per cent" inside a line are the numbers of the items that follow: the
    # printed labels "126.18" and "126.30" are the boundaries
    special = {
        17: "Raise the minimum age of marriage to\n18 years for both girls and boys (Antigua and Barbuda, Chile);",
        29: "Increase the representation of women in the National Assembly to at least 30 per cent by the next\n"
            "general elections (Angola);",
    }
    items = "\n".join(f"126.{k} {special.get(k, f'Take measure number {k} (Latvia);')}" for k in range(1, 32))
    text = ("II. Conclusions and/or recommendations 126. The following recommendations will be examined by Malawi:\n"
            + items + " 127. All conclusions and/or recommendations contained in the present report reflect …")
    recs, warnings = extract_recommendations(clean(text))
    r = by_number(recs)
    assert list(r) == numbers(126, 31)
    assert (r["126.17"].text, r["126.17"].recommending_states) == (
        "Raise the minimum age of marriage to 18 years for both girls and boys", ["Antigua and Barbuda", "Chile"])
    assert r["126.29"].text.endswith("to at least 30 per cent by the next general elections")
    assert [(r[n].text, r[n].recommending_states) for n in ("126.18", "126.30")] == [
        ("Take measure number 18", ["Latvia"]), ("Take measure number 30", ["Latvia"])]
    assert not warnings


def test_extract_recommendations_a_label_glued_to_its_text_is_taken_where_it_is_the_next_number() -> None:
    # a LibreOffice PDF of Slovenia's A/HRC/59/15: pdfium gives "140.100Step up efforts …" (the wider label left no
    # gap for a space); every item from 140.100 on ran into 140.99, 24,985 characters and 80 States
    items = "\n".join(
        f"140.{k}{' ' if k < 100 else ''}Take measure number {k} (Latvia);" for k in range(1, 104)
    )
    text = ("II. Conclusions and/or recommendations 140. The following recommendations will be examined by Slovenia:\n"
            + items + " Review the 2020Act (Chile); 141. All conclusions and/or recommendations contained in …")
    recs, warnings = extract_recommendations(clean(text))
    r = by_number(recs)
    assert list(r) == numbers(140, 103)
    assert (r["140.100"].text, r["140.100"].recommending_states) == ("Take measure number 100", ["Latvia"])
    assert r["140.103"].text == "Take measure number 103; Review the 2020Act"  # "2020Act": no label of its own
    assert not warnings


def test_extract_recommendations_warns_of_an_implausibly_long_item() -> None:
    # an item longer than any in the corpus has swallowed the items after it, their labels not read
    text = ("II. Conclusions and/or recommendations 140. The following recommendations will be examined by Slovenia:\n"
            "140.1 Take measure number 1 (Latvia);\n140.2 " + "Take further measures; " * 150 + "(Cyprus);"
            " 141. All conclusions and/or recommendations contained in …")
    recs, warnings = extract_recommendations(clean(text))
    assert [r.number for r in recs] == ["140.1", "140.2"]
    assert [w.code for w in warnings] == ["recommendation-too-long"]
    assert warnings[0].message == (
        "recommendation 140.2 is 3,448 characters long: the items after it may have run into it")


def test_extract_recommendations_referenced_paragraph_gives_every_recommendation_of_its_speaker() -> None:
    # Ghana 2008 (A/HRC/8/36), paragraphs 30 and 38, and Morocco 2008's "paragraph 72 and paragraph 65"
    text = (
        "I. Summary of the proceedings 30. Mexico recommended that Ghana adopt a legal moratorium on the use of the "
        "death penalty. It also recommended Ghana to ratify the Second Optional Protocol. 31. Canada welcomed the "
        "report. It further recommended that Ghana remove the death penalty from its legislation. 32. Chile "
        "recommended that Ghana establish an institution. II. Conclusions and/or recommendations 33. The "
        "recommendations in paragraph 30 and paragraph 32 enjoy the support of Ghana."
    )
    recs, _ = extract_recommendations(clean(text))
    assert [(r.text, r.recommending_state_codes) for r in recs] == [
        ("adopt a legal moratorium on the use of the death penalty", ["MEX"]),
        ("ratify the Second Optional Protocol", ["MEX"]),
        ("establish an institution", ["CHL"]),
    ]


def test_extract_recommendations_unbracketed_sentence_reference_and_a_closing_remark() -> None:
    # Algeria 2008 (A/HRC/8/29), paragraphs 69-70
    text = (
        "I. Summary of the proceedings 55. Slovenia welcomed the report. It asked how Algeria intends to implement "
        "recommendations by the Committee against Torture. It recommended that Algeria ratify the OP-CAT. "
        "56. Mexico asked about prisons. It recommended that Algeria adopt a law on asylum. "
        "II. Conclusions and/or recommendations 69. The recommendations below enjoy the support of Algeria: "
        "1. That Algeria take initiatives to strengthen women's rights (Nigeria). With respect to special "
        "procedures, Algeria will consider the requests for visits of mandate-holders. 70. Other recommendations "
        "noted in the report in paragraphs 55, 56, last sentence, and 63 above did not enjoy the support of Algeria."
    )
    recs, _ = extract_recommendations(clean(text))
    r = by_number(recs)
    assert r["69.1"].text == "That Algeria take initiatives to strengthen women's rights"
    assert [(x.text, x.recommending_state_codes) for x in recs if x.paragraph == 70] == [
        ("ratify the OP-CAT", ["SVN"]), ("adopt a law on asylum", ["MEX"])]


def test_extract_recommendations_footnotes_in_other_wordings_and_glued_markers() -> None:
    # Peru 2012 119.5-119.6 (note 7 before item 119.6 after 119.5: here note 4 after 119.2 is no item 4), Lesotho
    # 2010 ("Recommendation originally read:"), Finland 2012 89.45 ("(Ecuador)1;")
    text = (
        "II. Conclusions and/or recommendations 119. The recommendations below enjoy the support of Peru: "
        "119.1. Prohibit child labour under the age of 15 (Honduras); \n119.2. Repeal criminal defamation laws "
        "(Netherlands)4; \n 4 The recommendation as read during the interactive dialogue: “Repeal criminal "
        "defamation laws; and engage with human rights defenders (Netherlands)”. \n119.3. Guarantee the full "
        "recognition of sexual and reproductive rights (France); \n119.4. Prioritize enacting the Children's Bill "
        "(United Kingdom); \n1 \tRecommendation originally read: “Develop additional programmes” (Slovakia). "
        "\n119.5. Consider ratifying the ICRMW of 1990 (Ecuador)1; \n 1 The original recommendation read as follows: "
        "ratify the ICRMW (Ecuador)."
    )
    recs, _ = extract_recommendations(clean(text))
    r = by_number(recs)
    assert list(r) == numbers(119, 5)
    assert [(r[n].text, r[n].recommending_states) for n in ("119.2", "119.3", "119.4", "119.5")] == [
        ("Repeal criminal defamation laws", ["Netherlands (Kingdom of the)"]),
        ("Guarantee the full recognition of sexual and reproductive rights", ["France"]),
        ("Prioritize enacting the Children's Bill", ["United Kingdom of Great Britain and Northern Ireland"]),
        ("Consider ratifying the ICRMW of 1990", ["Ecuador"]),
    ]


def test_markers_a_weak_late_candidate_does_not_hide_a_strong_one() -> None:
    from uprkit.layout.markers import _Candidate, choose_markers

    # "(Djibouti)2;" (glued, strong) then the footnote's own number "2 The recommendation …" (weak), then 3
    cands = [
        _Candidate(1, 10, 11, 0, False, 1.0),
        _Candidate(2, 20, 21, 1, False, 1.0),
        _Candidate(2, 30, 31, 2, False, 0.3),
        _Candidate(3, 40, 41, 3, False, 1.0),
    ]
    assert [(m.number, m.start) for m in choose_markers(cands)] == [(1, 10), (2, 20), (3, 40)]


def test_markers_leave_paragraph_references_alone() -> None:
    from uprkit.layout.markers import _SPACED

    assert [m.group(1) for m in _SPACED.finditer("paragraphs 21 (c); 26 (b); 27 (b) and 28 (c) above")] == []
    assert [m.group(1) for m in _SPACED.finditer("in its submission. 12 The Government")] == ["12"]


def test_extract_recommendations_three_cycle1_groups() -> None:
    recs, _ = extract_recommendations(clean(SYNTHETIC_REPORT))
    got = [(r.number, r.paragraph, r.position) for r in recs]
    assert got == [
        ("95.1", 95, "supported"), ("95.2", 95, "supported"), ("95.3", 95, "supported"),
        ("96.1", 96, "pending"), ("96.2", 96, "pending"),
        ("97.1", 97, "rejected"),
    ]
    r = by_number(recs)
    assert r["95.3"].recommending_state_codes == ["CZE", "SVK", "BIH"]
    assert r["96.2"].recommending_state_codes == ["VEN"]
    assert r["96.2"].recommending_states == [countries.by_code("VEN").name]  # type: ignore[union-attr]
    assert r["97.1"].text.endswith("repeal the law")
    for rec in recs:
        assert rec.group is not None and rec.group.startswith("The ")
        assert not re.search(r"\([^()]*\)$", rec.text)
        assert rec.position_source == "report"


def test_extract_recommendations_reports_unknown_state_names() -> None:
    recs, warnings = extract_recommendations(clean(SYNTHETIC_REPORT))
    r = by_number(recs)["95.2"]
    assert (r.recommending_states, r.recommending_state_codes) == (["France", "Atlantis"], ["FRA", None])
    assert any("Atlantis" in w.message and "95.2" in w.message for w in warnings), warnings


def test_extract_recommendations_lone_unknown_name_is_reported_not_dropped() -> None:
    text = SYNTHETIC_REPORT.replace("(Algeria)", "(Atlantis)")
    recs, warnings = extract_recommendations(clean(text))
    r = by_number(recs)["96.1"]  # the recommendation is still there
    assert "Atlantis" in r.recommending_states or "Atlantis" in r.text
    if "Atlantis" in r.recommending_states:
        assert r.recommending_state_codes[r.recommending_states.index("Atlantis")] is None
    assert any("96.1" in w.message for w in warnings), warnings


def test_wg_session_and_country_from_the_introduction() -> None:
    assert wg_session_and_country(SYNTHETIC_REPORT) == (7, "KAZ")
    # an ordinal broken at its hyphen at a line's end (A/HRC/30/6, made-up Mongolia 2015)
    assert wg_session_and_country(
        "Report of the Working Group on the Universal Periodic Review Mongolia Introduction\n1. The Working Group "
        "on the Universal Periodic Review held its twenty-\nsecond session from 4 to 15 May 2015.") == (22, "MNG")


@pytest.mark.parametrize(
    ("council", "session"),
    [(8, None), (10, 3), (14, 7), (19, 12), (20, None), (21, 13), (28, 20), (34, 26), (43, 34), (46, 36), (50, 40),
     (51, None), (52, 41), (59, 48)],
)
def test_wg_session_of_council_session(council: int, session: int | None) -> None:
    # the Slovenia reports: A/HRC/14/15 (7th session), 28/15 (20th), 43/15 (34th), 59/15 (48th)
    assert wg_session_of_council_session(council) == session


ADDENDUM_HEAD = (
    "United Nations A/HRC/43/7/Add.1\nGeneral Assembly Distr.: General\n14 February 2020\n\nHuman Rights Council\n"
    "Forty-third session\n24 February–20 March 2020\nAgenda item 6\nUniversal periodic review\n\n"
    "Report of the Working Group on the Universal Periodic Review\n\nPlurinational State of Bolivia\n\nAddendum\n\n"
    "Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State under "
    "review\n\n1. The Plurinational State of Bolivia received 212 recommendations{where}. The State has examined the "
    "remaining 40 recommendations and provides its responses below.\nRecommendation 115.1: Supported.\n"
)


@pytest.mark.parametrize(
    ("where", "session", "cycle"),
    [("", 34, 3), (" during the thirty-fourth session of the Working Group", 34, 3),
     (" during the thirty-fifth session of the Working Group", 35, 3)],
)
def test_addendum_cycle_from_the_council_session_and_session_where_named(
    tmp_path: Path, where: str, session: int | None, cycle: int
) -> None:
    # the Council session in the symbol (43) gives the cycle; the Working Group session is the one the text names,
    # or else the one whose outcomes the Council session named on the cover ("Forty-third session") adopted (34)
    path = tmp_path / "A_HRC_43_7_Add.1.txt"
    path.write_text(ADDENDUM_HEAD.format(where=where), encoding="utf-8")
    doc = parse_file(path)
    assert (doc.kind, doc.symbol, doc.session, doc.cycle) == ("wg_report_addendum", "A/HRC/43/7/Add.1", session, cycle)
    assert [(r.number, r.position) for r in doc.recommendations] == [("115.1", "supported")]


def test_addendum_symbol_from_the_docx_header_wins_over_one_its_text_cites() -> None:
    # a DOCX addendum with its masthead in the first-page header: paragraph 1 cites the previous cycle's addendum
    # ("… 175 of the 199 recommendations it received (A/HRC/34/7/Add.1)"), which was taken for its own symbol
    body = ADDENDUM_HEAD.split("\n\n", 1)[1].format(
        where=" (its third cycle: it supported 175 of the 199 recommendations it received (A/HRC/34/7/Add.1))")
    header = "A/HRC/43/7/Add.1\nUnited Nations\tA/HRC/43/7/Add.1\nGeneral Assembly\tDistr.: General"
    doc = parse_document(Document(text=body, format="docx", metadata={"header": header}))
    assert (doc.kind, doc.symbol, doc.cycle) == ("wg_report_addendum", "A/HRC/43/7/Add.1", 3)
    # no header: the symbol the text cites in brackets is another document's, and this one prints none
    assert parse_document(Document(text=body, format="docx")).symbol is None


def test_an_addendum_without_its_own_symbol_citing_its_report_is_an_addendum(tmp_path: Path) -> None:
    # a one-line extraction without the masthead (made-up Mongolia 2010): paragraph 1 cites "(A/HRC/16/5)"; the
    # report's cover note "Previously issued as document A/HRC/WG.6/9/L.3" (as mongolia2011.txt) is not its symbol
    addendum = tmp_path / "mongolia2011_add.txt"
    addendum.write_text(
        "Distr.: General 2 March 2011 Original: English General Assembly Human Rights Council Sixteenth session "
        "Universal Periodic Review Report of the Working Group on the Universal Periodic Review* Mongolia Addendum "
        "Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State under "
        "review\r1. The Government has carefully examined the 2 recommendations contained in paragraph 85 of the "
        "report of the Working Group (A/HRC/16/5), and its responses are set out below.\r"
        "2. Recommendation 85.1: Mongolia accepts this recommendation. Recommendation 85.2: Noted.\r",
        encoding="utf-8")
    doc = parse_file(addendum)
    assert (doc.kind, doc.symbol, doc.country) == ("wg_report_addendum", None, "MNG")
    assert [(r.number, r.position) for r in doc.recommendations] == [("85.1", "supported"), ("85.2", "noted")]
    report = tmp_path / "mongolia2011.txt"
    report.write_text(
        "Report of the Working Group on the Universal Periodic Review* Mongolia\r* Previously issued as document "
        "A/HRC/WG.6/9/L.3.\rIntroduction\r1. The Working Group on the Universal Periodic Review held its ninth "
        "session from 1 to 12 November 2010.\rII. Conclusions and/or recommendations\r85. The recommendations "
        "listed below will be examined by Mongolia, which will provide responses in due time:\r85.1. Ratify the "
        "Convention (Latvia);\r85.2. Abolish the death penalty (France).\r86. All conclusions and/or "
        "recommendations contained in the present report reflect the position of the submitting State(s).\r",
        encoding="utf-8")
    table = recommendations_table(report, addendum)
    assert table.report.symbol is None
    assert [(r.number, r.position) for r in table.recommendations] == [("85.1", "supported"), ("85.2", "noted")]


# =========================================================================================== extract_positions


def test_extract_positions_by_list() -> None:
    # A/HRC/59/15/Add.1 paragraphs 2-5, shortened
    text = (
        "2. Slovenia received 254 recommendations from UN member states. With this document, Slovenia sets out its "
        "position and rationale on all recommendations, of which 217 are supported and 37 noted. "
        "I. Accepted recommendations 3. The Government accepts the following recommendations: 140.7, 140.8, 140.9, "
        "140.35. 140.36, 140.39, 140.41. 140.42, 140.254. "
        "II. Accepted recommendations that Slovenia considers already implemented or in the process of "
        "implementation 4. The Government accepts the following recommendations and provides some additional "
        "information about the implementation: 140.11, 140.12, 140.252. 140.11-14 The 1961 Convention on the "
        "Reduction of Statelessness was ratified on 30 January 2025. "
        "III. Noted recommendations 5. The Government takes note of recommendations 140.1, 140.2, 140.253 and "
        "wishes to provide the following information: 140.1-2 By the end of 2024, 99.9% of all cases were resolved."
    )
    positions, _ = extract_positions(clean(text))
    supported = ["140.7", "140.8", "140.9", "140.35", "140.36", "140.39", "140.41", "140.42", "140.254", "140.11",
                 "140.12", "140.252"]
    expected = {**dict.fromkeys(supported, "supported"), **dict.fromkeys(["140.1", "140.2", "140.253"], "noted")}
    assert {k: v for k, v in positions.items() if k in expected} == expected
    # 140.13 and 140.14 are only in a note heading after paragraph 4: supported there too, if read at all
    assert {positions.get("140.13"), positions.get("140.14")} <= {None, "supported"}
    # counts, dates and percentages are not recommendation numbers
    assert not set(positions) - set(expected) - {"140.13", "140.14"}, positions


def test_extract_positions_by_range() -> None:
    # A/HRC/28/15/Add.1 paragraphs 2, 3 and 5, shortened
    text = (
        "2. The Government of Slovenia accepts 142 recommendations. For the time being, the Government of the "
        "Republic of Slovenia notes 21 recommendations. I. Accepted recommendations 3. The Government of the "
        "Republic of Slovenia accepts the recommendations 1–5, 14– 16, 20–23, 150 – 152, 161. III. Noted "
        "recommendations 5. For the time being, the Government of the Republic of Slovenia notes recommendations "
        "6–13, 17, 19, 163. The Government of Slovenia wishes to provide the following additional information. "
        "Recs. 6–13 The Government of the Republic of Slovenia is currently not planning to ratify the Convention."
    )
    positions, _ = extract_positions(clean(text))
    supported = [*map(str, range(1, 6)), "14", "15", "16", "20", "21", "22", "23", "150", "151", "152", "161"]
    noted = [*map(str, range(6, 14)), "17", "19", "163"]
    assert positions == {**dict.fromkeys(supported, "supported"), **dict.fromkeys(noted, "noted")}


def test_extract_positions_by_full_range() -> None:
    text = (
        "The recommendations 134.1-134.20 enjoy the support of Ruritania. "
        "The Government notes recommendations 134.21–134.25 and 134.27. "
        "The Government accepts recommendations 122.17-18 and 122.62- 66."
    )
    positions, _ = extract_positions(clean(text))
    expected = {
        **dict.fromkeys(numbers(134, 20), "supported"),
        **dict.fromkeys(["134.21", "134.22", "134.23", "134.24", "134.25", "134.27"], "noted"),
        **dict.fromkeys(["122.17", "122.18", "122.62", "122.63", "122.64", "122.65", "122.66"], "supported"),
    }
    assert positions == expected


def test_extract_positions_in_prose() -> None:
    # A/HRC/14/15/Add.1, shortened, as one clean line
    text = (
        "Slovenia welcomes the recommendations made during its Universal Periodic Review on 16 February 2010. After "
        "evaluating the recommendations, its answers are as follows: "
        "1. Slovenia cannot, at this point in time, make a definitive statement. Slovenia already guarantees most "
        "of the rights contained in the Convention to migrant workers. "
        "2. Slovenia accepts the recommendation. The issue of ratifying the Convention is under review in Slovenia. "
        "5., 6., 7., 8., 9. The Slovenian Government accepts these recommendations. The draft Family Code adopted "
        "by the Government in December 2009 equates same-sex civil partnership with other family unions. "
        "84. Slovenia cannot accept the recommendation for the following reasons: the Citizenship Act took effect "
        "on 25 June 1991. "
        "88. Slovenia does not accept this recommendation, as it is incomprehensible and contrary. "
        "93. Slovenia cannot accept the recommendation. The rights of the German-speaking community are adequately "
        "regulated. "
        "94., 95. Slovenia accepts these recommendations and has already designed and implemented various measures."
    )
    positions, warnings = extract_positions(clean(text))
    expected = {
        "1": "pending",
        "2": "supported",
        **dict.fromkeys(["5", "6", "7", "8", "9", "94", "95"], "supported"),
        **dict.fromkeys(["84", "88", "93"], "rejected"),
    }
    assert positions == expected
    unclear = [w for w in warnings if re.search(r"recommendation (?:\d+\.)?1\b", w.message)]
    assert unclear, warnings


# =========================================================================================== joining


def _rec(number: str, position: Position | None) -> Recommendation:
    para = int(number.split(".")[0])
    return Recommendation(number=number, text="x", position=position,
                          position_source="report" if position else None, paragraph=para)


def test_apply_positions_by_full_number_and_warns_on_what_stays_open() -> None:
    recs = [_rec("121.1", "supported"), _rec("122.1", "pending"), _rec("122.2", "pending"), _rec("122.3", "pending")]
    warnings = apply_positions(recs, {"122.1": "supported", "122.2": "noted"})
    assert [(r.number, r.position) for r in recs] == [
        ("121.1", "supported"), ("122.1", "supported"), ("122.2", "noted"), ("122.3", "pending")
    ]
    assert [r.position_source for r in recs] == ["report", "addendum", "addendum", "report"]
    assert len(warnings) == 1 and "122.3" in warnings[0].message


def test_apply_positions_by_item_number_in_cycle_1() -> None:
    recs = [_rec("111.1", "pending"), _rec("111.2", "pending"), _rec("111.84", "pending")]
    apply_positions(recs, {"1": "pending", "2": "supported", "84": "rejected"})
    assert [r.position for r in recs] == ["pending", "supported", "rejected"]


def test_join_addendum_keeps_a_partial_note_given_by_item_number() -> None:
    # a cycle-1 addendum numbering 1, 2, 3 …: "partially accepts recommendation 26" is 90.26's note
    recs = [_rec("90.25", "pending"), _rec("90.26", "pending")]
    addendum = [Recommendation(number="25", text="", position="supported", position_source="addendum"),
                Recommendation(number="26", text="", position="supported", position_source="addendum",
                               position_note="partially supported")]
    join_addendum(recs, addendum)
    assert [(r.position, r.position_note) for r in recs] == [("supported", None), ("supported", "partially supported")]


def test_join_addendum_uses_the_addendum_report_positions() -> None:
    recs = [_rec("115.1", "pending"), _rec("115.2", "pending")]
    addendum = [Recommendation(number="115.1", text="", position="noted", position_source="addendum")]
    warnings = join_addendum(recs, addendum)
    assert [r.position for r in recs] == ["noted", "pending"]
    assert [w for w in warnings if "115.2" in w.message]


# =========================================================================================== committed excerpts


@pytest.fixture(scope="module")
def c4_joined() -> tuple[list[Recommendation], list[str]]:
    """The cycle-4 excerpt joined with its addendum excerpt (from the session-cached parses: the addendum is slow
    to parse, see the report of this module)."""
    recs = [r.model_copy(deep=True) for r in parse_cached(C4_REPORT).recommendations]
    warnings = join_addendum(recs, parse_cached(C4_ADDENDUM).recommendations)
    return recs, [w.code for w in warnings]


@pytest.fixture(scope="module")
def c1_table() -> RecommendationTable:
    return recommendations_table(C1_REPORT, C1_ADDENDUM)


def _check_clean(recs: list[Recommendation]) -> None:
    for r in recs:
        assert r.position in POSITIONS, r.number
        assert r.text and r.text == " ".join(r.text.split()), r.number  # one clean line
        assert not FURNITURE.search(r.text), (r.number, r.text)
        assert r.recommending_states, r.number
        assert len(r.recommending_states) == len(r.recommending_state_codes), r.number
        assert None not in r.recommending_state_codes, (r.number, r.recommending_states)
        tail = re.search(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*[;.]?$", r.text)
        assert tail is None or parse_states(tail.group(1)) is None, (r.number, r.text)  # no trailing States


def test_excerpt_cycle4_report(parsed: Any) -> None:
    report: ParsedReport = parsed(C4_REPORT)
    assert (report.kind, report.symbol, report.country, report.session, report.cycle) == (
        "wg_report", "A/HRC/59/15", "SVN", 48, 4
    )
    recs = report.recommendations
    assert [r.number for r in recs] == numbers(140, 19)
    assert {r.paragraph for r in recs} == {140}
    assert {r.position for r in recs} == {"pending"}  # "will be examined by Slovenia"
    assert "will be examined by Slovenia" in (recs[0].group or "")
    r = by_number(recs)
    assert r["140.1"].text == (
        "Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of "
        "Their Families"
    )
    assert r["140.1"].recommending_state_codes == ["DZA", "CPV", "PRY", "SSD", "LKA", "TGO", "URY", "VEN"]
    assert r["140.7"].recommending_state_codes == ["MDV", "PRT"] and not r["140.7"].parts
    assert r["140.10"].text == (  # after the page break
        "Consider ratifying the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights"
    )
    assert r["140.11"].recommending_state_codes == ["MKD"]
    _check_clean(recs)


def test_excerpt_cycle4_offsets_point_at_the_items() -> None:
    doc = read_document(C4_REPORT)
    for r in parse_cached(C4_REPORT).recommendations:
        assert r.text[:25] in flat(doc.text[r.start : r.end]), r.number


def test_excerpt_cycle4_addendum_positions(parsed: Any) -> None:
    addendum: ParsedReport = parsed(C4_ADDENDUM)
    assert (addendum.kind, addendum.symbol) == ("wg_report_addendum", "A/HRC/59/15/Add.1")
    text = C4_ADDENDUM.read_text(encoding="utf-8")
    accepted = listed(text, "3. The Government accepts the following recommendations:",
                      "II. Accepted recommendations that Slovenia considers already implemented", 140)
    accepted += listed(text, "additional information about the implementation:", "140.11-14", 140)
    noted = listed(text, "takes note of recommendations", "and wishes to provide", 140)
    assert (len(accepted), len(noted)) == (stated(text, r"of which (\d+) are supported"),
                                           stated(text, r"supported and (\d+) noted"))
    expected = {**dict.fromkeys(accepted, "supported"), **dict.fromkeys(noted, "noted")}
    assert sorted(expected) == sorted(numbers(140, stated(text, r"received (\d+) recommendations")))
    got = {r.number: r.position for r in addendum.recommendations}
    assert got == expected


def test_excerpt_cycle4_joined(c4_joined: tuple[list[Recommendation], list[str]]) -> None:
    recs, warnings = c4_joined
    got = {r.number: (r.position, r.position_source) for r in recs}
    noted = {"140.1", "140.2", "140.3", "140.4", "140.5", "140.6"}
    assert got == {n: ("noted" if n in noted else "supported", "addendum") for n in numbers(140, 19)}
    assert warnings == []


def test_excerpt_cycle1_report(parsed: Any) -> None:
    report: ParsedReport = parsed(C1_REPORT)
    assert (report.kind, report.symbol, report.country, report.session, report.cycle) == (
        "wg_report", "A/HRC/14/15", "SVN", 7, 1
    )
    recs = report.recommendations
    assert [r.number for r in recs] == numbers(111, 15)
    assert {(r.paragraph, r.position) for r in recs} == {(111, "pending")}
    r = by_number(recs)
    assert r["111.1"].recommending_state_codes == ["DZA", "EGY", "BIH", "ARG"]
    assert r["111.1"].text.endswith("of the Convention on Migrant Workers and Members of Their Families")
    assert r["111.3"].recommending_state_codes == ["ARG"]
    assert r["111.3"].text.endswith("Major Industrial Accidents Convention, 1993 (No. 174)")
    assert r["111.14"].recommending_state_codes == ["GBR"]
    assert r["111.15"].recommending_state_codes == ["GBR"]  # "(United Kingdom)"
    _check_clean(recs)


def test_excerpt_cycle1_addendum_in_prose(parsed: Any) -> None:
    addendum: ParsedReport = parsed(C1_ADDENDUM)
    assert (addendum.kind, addendum.symbol) == ("wg_report_addendum", "A/HRC/14/15/Add.1")
    got = {r.number.split(".")[-1]: r.position for r in addendum.recommendations}
    # 1: "cannot, at this point in time, make a definitive statement"; 3: one convention accepted, the other
    # left open; 15: "agrees with the importance of"; the others: "accepts"
    assert set(got) == {str(k) for k in range(1, 16)}, sorted(got)
    assert got.pop("1") == "pending"
    assert got.pop("3") in POSITIONS and got.pop("15") in POSITIONS
    assert set(got.values()) == {"supported"}
    assert [w for w in addendum.warnings if re.search(r"recommendation (?:111\.)?1\b", w.message)]


def test_excerpt_cycle1_joined(c1_table: RecommendationTable) -> None:
    r = by_number(c1_table.recommendations)
    assert r["111.1"].position == "pending"
    for k in (2, 4, *range(5, 15)):
        assert (r[f"111.{k}"].position, r[f"111.{k}"].position_source) == ("supported", "addendum"), k
    unclear = [(f, w) for f, w in c1_table.warnings if re.search(r"recommendation (?:111\.)?1\b", w.message)]
    assert unclear and unclear[0][0] == str(C1_ADDENDUM)


def test_excerpt_san_marino_three_cycle1_groups(parsed: Any) -> None:
    report: ParsedReport = parsed(SMR_REPORT)
    assert (report.kind, report.symbol, report.country, report.session, report.cycle) == (
        "wg_report", "A/HRC/14/9", "SMR", 7, 1
    )
    recs = report.recommendations
    assert [r.number for r in recs] == numbers(70, 11) + numbers(71, 3) + numbers(72, 3)
    assert Counter((r.paragraph, r.position) for r in recs) == {
        (70, "supported"): 11, (71, "pending"): 3, (72, "rejected"): 3
    }
    groups = {r.paragraph: r.group or "" for r in recs}
    assert "enjoy the support of San Marino" in groups[70]
    assert "will be examined by San Marino" in groups[71]
    assert "did not enjoy the support of San Marino" in groups[72]
    r = by_number(recs)
    assert r["70.1"].recommending_state_codes == ["SVN", "ESP", "MAR", "CHL", "BLR"]
    assert not r["70.1"].parts
    assert r["70.9"].recommending_state_codes == ["VAT"]
    # 72.1 joins four texts, each with its own State
    assert [p.recommending_state_codes for p in r["72.1"].parts] == [["CZE"], ["CHL"], ["BRA"], ["ESP"]]
    assert r["72.1"].recommending_state_codes == ["CZE", "CHL", "BRA", "ESP"]
    assert "’" in r["72.2"].text  # "San Marino’s", a Mac Roman apostrophe read right
    # the last item ends at its States: paragraph 73 "(Comment on 72.1) San Marino is not in a position to accept
    # …" and paragraph 81 are not part of it
    assert r["72.3"].text.endswith("mainstreamed in policy- and decision-making"), r["72.3"].text[-120:]
    _check_clean(recs)


# =========================================================================================== command line


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    env.pop("UPRKIT_MAX_BYTES", None)
    return subprocess.run(
        [sys.executable, "-m", "uprkit.cli", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60,
    )


REQUIRED = ["number", "paragraph", "text", "recommending_states", "recommending_state_codes", "position"]


def test_cli_recommendations_csv() -> None:
    result = run("recommendations", C4_REPORT, C4_ADDENDUM, "--format", "csv")
    assert result.returncode == 0, result.stderr
    reader = csv.DictReader(io.StringIO(result.stdout))
    assert set(REQUIRED) <= set(reader.fieldnames or []), reader.fieldnames
    rows = list(reader)
    assert [row["number"] for row in rows] == numbers(140, 19)
    assert {row["paragraph"] for row in rows} == {"140"}
    assert [row["position"] for row in rows] == ["noted"] * 6 + ["supported"] * 13
    first = rows[0]
    assert first["recommending_state_codes"].split("; ") == ["DZA", "CPV", "PRY", "SSD", "LKA", "TGO", "URY", "VEN"]
    assert len(first["recommending_states"].split("; ")) == 8
    assert rows[6]["text"].startswith("Ratify the Optional Protocol to the International Covenant on Economic")
    for row in rows:
        assert "\n" not in row["text"] and not row["text"].endswith(")"), row["number"]


def test_cli_recommendations_json_warns_on_an_unclear_position() -> None:
    result = run("recommendations", C1_REPORT, C1_ADDENDUM, "--format", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert {"recommendations", "warnings"} <= set(doc)
    recs = doc["recommendations"]
    assert [r["number"] for r in recs] == numbers(111, 15)
    for r in recs:
        assert set(REQUIRED) <= set(r), r
        assert r["position"] in POSITIONS and isinstance(r["recommending_states"], list)
        assert isinstance(r["paragraph"], int)
    assert recs[0]["position"] == "pending"
    assert recs[1]["position"] == "supported"
    unclear = [w for w in doc["warnings"] if re.search(r"recommendation (?:111\.)?1\b", w["message"])]
    assert unclear and {"file", "code", "message"} <= set(unclear[0])
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("Warning: ")]
    assert [ln for ln in lines if re.search(r"recommendation (?:111\.)?1\b", ln)], result.stderr
    assert len(lines) == len(doc["warnings"])


def test_cli_recommendations_without_addendum() -> None:
    result = run("recommendations", SMR_REPORT, "-f", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    got = Counter((r["paragraph"], r["position"]) for r in doc["recommendations"])
    assert got == {(70, "supported"): 11, (71, "pending"): 3, (72, "rejected"): 3}
    assert [w for w in doc["warnings"] if w["code"].startswith("position")], doc["warnings"]  # 3 await a response
    assert "Warning: " in result.stderr


@pytest.fixture(scope="module")
def garbage(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad")
    nul = folder / "garbage.bin"
    nul.write_bytes(bytes(range(256)) * 8)
    noise = folder / "noise.txt"
    noise.write_bytes(bytes((i * 7919 + 13) % 255 + 1 for i in range(5000)))
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    return {"nul": nul, "noise": noise, "empty": empty, "missing": folder / "no_such_report.txt"}


@pytest.mark.parametrize(
    ("args", "bad"),
    [
        (["missing"], 0),
        ([str(DATA / KAZ_NAME)], 0),  # a stakeholder summary, not a Working Group report
        ([str(C1_ADDENDUM)], 0),  # an addendum given as the report
        (["nul"], 0),
        (["noise"], 0),
        (["empty"], 0),
        ([str(C4_REPORT), "missing"], 1),
        ([str(C4_REPORT), str(C1_REPORT)], 1),  # a report given as the addendum
        ([str(C4_REPORT), "nul"], 1),
        ([str(C4_REPORT), str(C1_ADDENDUM)], 1),  # the addendum of another review
    ],
    ids=["missing", "not-wg", "addendum-as-report", "nul-bytes", "noise", "empty", "missing-addendum",
         "report-as-addendum", "garbage-addendum", "addendum-of-another-report"],
)
def test_cli_recommendations_bad_input(garbage: dict[str, Path], args: list[str], bad: int) -> None:
    paths = [str(garbage.get(a, a)) for a in args]
    result = run("recommendations", *paths)
    assert result.returncode != 0
    assert result.stdout == ""
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("Error: ")]
    assert errors, result.stderr
    assert errors[0].startswith(f"Error: {paths[bad]}: "), result.stderr
    assert "Traceback" not in result.stderr


def test_cli_parse_wg_report_and_addendum() -> None:
    result = run("parse", C4_REPORT, C1_ADDENDUM, "--quiet")
    assert result.returncode == 0, result.stderr
    report, addendum = json.loads(result.stdout)
    schema = json.loads(resources.files("uprkit").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8"))
    for doc in (report, addendum):
        jsonschema.validate(doc, schema)
        ParsedReport.model_validate(doc)
    assert (report["kind"], report["symbol"]) == ("wg_report", "A/HRC/59/15")
    assert [r["number"] for r in report["recommendations"]] == numbers(140, 19)
    first = report["recommendations"][0]
    assert set(REQUIRED) <= set(first)
    assert first["paragraph"] == 140 and first["position"] == "pending"
    assert (addendum["kind"], addendum["symbol"]) == ("wg_report_addendum", "A/HRC/14/15/Add.1")
    positions = {r["number"]: r["position"] for r in addendum["recommendations"]}
    assert positions["1"] == "pending" and positions["2"] == "supported"


# =========================================================================================== ../shared/data

shared = pytest.mark.shared


def _shared_file(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(SHARED_SKIP_REASON if not SHARED_DATA.is_dir() else f"{path} not present")
    return path


@pytest.fixture(scope="module")
def kaz2010() -> ParsedReport:
    return parse_cached(_shared_file(TXTS / "kazakhstan2010.txt"))


@shared
def test_shared_kazakhstan_2010_groups(kaz2010: ParsedReport) -> None:
    # A/HRC/14/10: paragraph 95 "… listed below enjoy the support of Kazakhstan:" items 1-102; paragraph 96 is
    # a statement ("Kazakhstan considers that recommendations Nos. 7, 8 … have already been implemented"), not a
    # group; paragraph 97 "… will be examined by Kazakhstan, which will provide responses in due course" items
    # 1-26; paragraph 98 "All conclusions …". There is no "did not enjoy the support" group in this report.
    r = kaz2010
    assert (r.kind, r.symbol, r.country, r.session, r.cycle) == ("wg_report", "A/HRC/14/10", "KAZ", 7, 1)
    assert [x.number for x in r.recommendations] == numbers(95, 102) + numbers(97, 26)
    assert len(r.recommendations) == 128
    assert Counter((x.paragraph, x.position) for x in r.recommendations) == {
        (95, "supported"): 102, (97, "pending"): 26
    }
    recs = by_number(r.recommendations)
    assert "enjoy the support of Kazakhstan" in (recs["95.1"].group or "")
    assert "will be examined by Kazakhstan" in (recs["97.1"].group or "")
    assert recs["95.1"].recommending_state_codes == ["BRA"]
    assert recs["95.2"].text.endswith("Optional Protocol to the International Covenant on Economic, Social and "
                                      "Cultural Rights")
    assert recs["95.98"].recommending_state_codes == ["LAO"]  # "Lao People’s Democratic Republic", cp1252
    assert recs["95.102"].recommending_state_codes == ["MAR"]
    assert recs["97.25"].recommending_state_codes == ["USA"]
    assert recs["97.26"].recommending_state_codes == ["CAN"]
    assert recs["97.26"].text.endswith("including the filing of civil and criminal libel suits")
    _check_clean(r.recommendations)


@shared
def test_shared_san_marino_2010_three_groups() -> None:
    # A/HRC/14/9: 70 "enjoy the support" items 1-11, 71 "will be examined" 1-32, 72 "did not enjoy" 1-13
    r = parse_cached(_shared_file(TXTS / "sanmarino2010.txt"))
    assert [x.number for x in r.recommendations] == numbers(70, 11) + numbers(71, 32) + numbers(72, 13)
    assert Counter((x.paragraph, x.position) for x in r.recommendations) == {
        (70, "supported"): 11, (71, "pending"): 32, (72, "rejected"): 13
    }
    # the last item stops at "(Argentina);": paragraphs 73-80 ("(Comment on 72.13) San Marino is not in a position
    # to accept …") and 81 follow it
    last = by_number(r.recommendations)["72.13"]
    assert last.text.endswith("deprived of the benefits provided to nationals in the same situation"), last.text[-150:]
    assert last.recommending_state_codes == ["ARG"]


@shared
@pytest.mark.parametrize(
    ("name", "para", "count"),
    [
        # "126. The following recommendations did not enjoy the support of Kazakhstan and would thus be noted:"
        ("kazakhstan2014.txt", 126, 51),
        # "117. Nicaragua considers that the following recommendations cannot be accepted and would thus be noted:"
        ("nicaragua2014.txt", 117, 31),
    ],
)
def test_shared_groups_that_would_thus_be_noted(name: str, para: int, count: int) -> None:
    r = parse_cached(_shared_file(TXTS / name))
    group = [x for x in r.recommendations if x.paragraph == para]
    assert [x.number for x in group] == numbers(para, count)
    assert "would thus be noted" in (group[0].group or "")
    assert {x.position for x in group} == {"noted"}


@shared
def test_shared_oxford_comma_states() -> None:
    # equatorialguinea2010.txt item 71.2: "… (Chile, Slovenia, Sweden, Argentina, Spain, and France); Aiming at
    # the Abolition of the Death Penalty (Slovenia, Argentina, and Sweden); … (France);"
    r = by_number(parse_cached(_shared_file(TXTS / "equatorialguinea2010.txt")).recommendations)["71.2"]
    assert set(r.recommending_state_codes) == {"CHL", "SVN", "SWE", "ARG", "ESP", "FRA"}, r.recommending_states
    assert not [s for s in r.recommending_states if s.startswith("and ")]


@shared
@pytest.mark.parametrize(
    ("name", "number", "words"),
    [
        # numbers of a list were taken for endnote markers and cut from the text (audit of 2026-12-05)
        ("netherlands2012.txt", "98.14", "articles 26 (c), 37 and 40 of the CRC"),
        ("eritrea2014.txt", "122.107", "articles 9, 12, 19, 21"),
        ("eritrea2014.txt", "122.175", "Millennium Development Goals 4, 5 and 6"),
        ("afghanistan2014.txt", "137.30", "articles 20, 21 and 22 of CAT"),
        # … and numbers an abbreviation introduces
        ("switzerland2012.txt", "123.6", "ILO Convention No. 189"),
        ("ireland2011.txt", "107.42", "general comment No. 8 (2006)"),
        ("ghana2008.txt", "68.3", "Art. 14 (4) of the Constitution"),
    ],
)
def test_shared_numbers_of_the_text_are_not_endnote_markers(name: str, number: str, words: str) -> None:
    r = by_number(parse_cached(_shared_file(TXTS / name)).recommendations)[number]
    assert words in r.text, r.text


@shared
@pytest.mark.parametrize(
    ("name", "number", "text"),
    [
        # "(a) Sri Lanka accept … as soon as possible; Greece also recommended that (b) Sri Lanka issue …"
        ("srilanka2008.txt", "84.23", "accept an independent international human rights mechanism on the ground as soon as possible"),
        ("srilanka2008.txt", "84.24", "issue a standing invitation to all special procedures"),
        # "It recommended to Sri Lanka to investigate …"
        ("srilanka2008.txt", "84.15",
         "investigate the role of security forces in child recruitment and hold those responsible accountable"),
    ],
)
def test_shared_dialogue_items_without_addressee_or_next_lead_in(name: str, number: str, text: str) -> None:
    assert by_number(parse_cached(_shared_file(TXTS / name)).recommendations)[number].text == text


@shared
def test_shared_the_state_under_review_recommends_nothing_to_itself() -> None:
    # costarica2010.txt paragraph 90 refers to Costa Rica's own concluding remarks; malawi2011.txt paragraph 106
    # "refers to the responses that it provided in paragraphs 59, 77 and 78": answers, not recommendations
    costa_rica = parse_cached(_shared_file(TXTS / "costarica2010.txt")).recommendations
    assert not [r.text for r in costa_rica if r.recommending_state_codes == ["CRI"]]
    malawi = parse_cached(_shared_file(TXTS / "malawi2011.txt")).recommendations
    assert not [r.text for r in malawi if r.paragraph == 106]


@shared
def test_shared_a_later_request_of_the_same_speaker_is_a_recommendation_too() -> None:
    # srilanka2008.txt paragraph 36, referred to by paragraph 83: "The Holy See encouraged the authorities of Sri
    # Lanka to investigate … The Holy See requested Sri Lanka to share the findings of the special bodies …"
    items = [r for r in parse_cached(_shared_file(TXTS / "srilanka2008.txt")).recommendations if r.paragraph == 83]
    holy_see = [r.text for r in items if r.recommending_states == ["Holy See"]]
    assert len(holy_see) == 2 and holy_see[1].startswith("share the findings of the special bodies"), holy_see


def test_marker_candidates_skip_numbers_of_a_list_and_after_an_abbreviation() -> None:
    from uprkit.layout.lines import split_lines
    from uprkit.layout.markers import collect_candidates

    def numbers(text: str) -> list[int]:
        return [c.number for c in collect_candidates(split_lines(text), 0, 10**6, text)]

    assert numbers("Harmonize laws, in particular articles 9, 12, 19, 21 (Mexico); ratify it") == []
    assert numbers("Ratify ILO Convention No. 29 (1930) concerning forced labour") == []
    assert numbers("Lift its reservations to articles 26 (c), 37 and 40 of the CRC") == []
    # markers still: after a sentence, a run of markers, a marker alone on its line
    assert numbers("as the Principles say. 10 HRORS noted") == [10]
    assert numbers("owing to constraints.3, 4 The State") == [3, 4]
    assert numbers("bodies\n1, 2\n") == [2]


# ------------------------------------------------------------------------------------------- Slovenia


#: cycle -> (report symbol file stem, Working Group session, [(group paragraph, items, position in the report)])
SLOVENIA = {
    1: ("A_HRC_14_15", 7, [(111, 97, "pending")]),
    2: ("A_HRC_28_15", 20, [(115, 163, "pending")]),
    3: ("A_HRC_43_15", 34, [(121, 58, "supported"), (122, 157, "pending")]),
    4: ("A_HRC_59_15", 48, [(140, 254, "pending")]),
}

#: cycles 2-4: what each addendum's paragraphs 1-5 state, read independently of the parser
#: (phrases delimiting the lists, regexes of the stated totals)
ADDENDUM_LISTS: dict[int, dict[str, Any]] = {
    2: {
        "accepted": [
            ("3. The Government of the Republic of Slovenia accepts the recommendations", "II. Accepted"),
            ("4. The Government of the Republic of Slovenia accepts the recommendations",
             "Slovenia considers that they are already implemented"),
        ],
        "noted": [("the Government of the Republic of Slovenia notes recommendations",
                   "The Government of Slovenia wishes")],
        "total": r"report contains (\d+) recommendations",
        "supported_total": r"accepts (\d+) recommendations",
        "noted_total": r"notes (\d+) recommendations",
    },
    3: {
        "accepted": [
            ("3. The Government accepts the following recommendations", "Accepted recommendations that Slovenia"),
            ("4. The Government accepts the following recommendations",
             "Slovenia considers that they are already implemented"),
        ],
        "noted": [("the Government notes recommendations", "The Government wishes")],
        "total": r"remaining (\d+) recommendations",
        "supported_total": r"of which (\d+) are now supported",
        "noted_total": r"now supported and (\d+) noted",
    },
    4: {
        "accepted": [
            ("3. The Government accepts the following recommendations:",
             "II. Accepted recommendations that Slovenia considers already implemented"),
            ("additional information about the implementation:", "140.11-14"),
        ],
        "noted": [("takes note of recommendations", "and wishes to provide")],
        "total": r"received (\d+) recommendations",
        "supported_total": r"of which (\d+) are supported",
        "noted_total": r"supported and (\d+) noted",
    },
}


@pytest.fixture(scope="module")
def slovenia() -> dict[int, RecommendationTable]:
    """Each Slovenian report joined with its addendum: every file parsed once for the module."""
    if not SVN.is_dir():
        pytest.skip(SHARED_SKIP_REASON)
    return {
        cycle: recommendations_table(SVN / f"{stem}.txt", SVN / f"{stem}_Add.1.txt")
        for cycle, (stem, _, _) in SLOVENIA.items()
    }


@shared
@pytest.mark.parametrize("cycle", sorted(SLOVENIA))
def test_shared_slovenia_numbers_in_sequence(slovenia: dict[int, RecommendationTable], cycle: int) -> None:
    stem, session, groups = SLOVENIA[cycle]
    table = slovenia[cycle]
    r = table.report
    assert (r.kind, r.symbol, r.country, r.session, r.cycle) == (
        "wg_report", "/".join(stem.split("_")), "SVN", session, cycle
    )
    assert table.addendum is not None and table.addendum.kind == "wg_report_addendum"
    assert table.addendum.symbol == "/".join(stem.split("_")) + "/Add.1"
    expected = [n for para, count, _ in groups for n in numbers(para, count)]
    assert [x.number for x in r.recommendations] == expected
    for para, count, position in groups:
        group = [x for x in r.recommendations if x.paragraph == para]
        assert len(group) == count and {x.position for x in group} == {position}, para
    _check_clean(r.recommendations)


@shared
@pytest.mark.parametrize("cycle", [2, 3, 4])
def test_shared_slovenia_positions_from_the_addendum_lists(slovenia: dict[int, RecommendationTable], cycle: int) -> None:
    stem, _, groups = SLOVENIA[cycle]
    para, count, _ = groups[-1]  # the group the addendum answers
    text = (SVN / f"{stem}_Add.1.txt").read_text(encoding="utf-8")
    spec = ADDENDUM_LISTS[cycle]
    accepted = [n for a, b in spec["accepted"] for n in listed(text, a, b, para)]
    noted = [n for a, b in spec["noted"] for n in listed(text, a, b, para)]
    # the lists agree with the addendum's own totals and cover the group exactly once
    assert len(accepted) == stated(text, spec["supported_total"])
    assert len(noted) == stated(text, spec["noted_total"])
    assert sorted(accepted + noted) == sorted(numbers(para, count)) and count == stated(text, spec["total"])
    expected: dict[str, Position] = {**dict.fromkeys(accepted, "supported"), **dict.fromkeys(noted, "noted")}
    table = slovenia[cycle]
    got = {x.number: x.position for x in table.recommendations if x.paragraph == para}
    wrong = {n: (got.get(n), p) for n, p in expected.items() if got.get(n) != p}
    assert not wrong, f"{len(wrong)} positions differ (got, expected): {dict(list(wrong.items())[:10])}"
    assert Counter(x.position for x in table.recommendations) == Counter(
        {"supported": len(accepted) + sum(c for p, c, pos in groups if p != para), "noted": len(noted)}
    )
    assert not [w for _, w in table.warnings if w.code == "position-pending"]


#: A/HRC/14/15/Add.1 answers each item in prose: 84 and 93 "Slovenia cannot accept the recommendation", 88
#: "does not accept"; 1 "cannot, at this point in time, make a definitive statement" (left open). 3, 32 and 58 accept
#: part and refuse or leave open the rest, 15 "agrees with the importance of" (not checked). Every other item: "accepts".
C1_REJECTED = {84, 88, 93}
C1_UNCLEAR = {1}
C1_MIXED = {3, 15, 32, 58}


@shared
def test_shared_slovenia_cycle1_positions_in_prose(slovenia: dict[int, RecommendationTable]) -> None:
    table = slovenia[1]
    got = {int(x.number.split(".")[1]): x.position for x in table.recommendations}
    for k in range(1, 98):
        if k in C1_MIXED:
            assert got[k] in POSITIONS
            continue
        expected = "rejected" if k in C1_REJECTED else "pending" if k in C1_UNCLEAR else "supported"
        assert got[k] == expected, f"111.{k}: got {got[k]}, the addendum says {expected}"
    unclear = [w for _, w in table.warnings if re.search(r"recommendation (?:111\.)?1\b", w.message)]
    assert unclear, [w.message for _, w in table.warnings]


@shared
@pytest.mark.parametrize("cycle", sorted(SLOVENIA))
def test_shared_slovenia_addendum_gives_positions_only_for_real_recommendations(
    slovenia: dict[int, RecommendationTable], cycle: int
) -> None:
    table = slovenia[cycle]
    assert table.addendum is not None
    real = {x.number for x in table.recommendations}
    real |= {x.number.split(".")[1] for x in table.recommendations}  # cycles 1 and 2 answer by item number
    invented = sorted({x.number for x in table.addendum.recommendations} - real)
    assert not invented, f"the addendum's positions name recommendations the report does not have: {invented}"


@shared
def test_shared_slovenia_spot_checks(slovenia: dict[int, RecommendationTable]) -> None:
    c1 = by_number(slovenia[1].recommendations)
    assert [p.recommending_state_codes for p in c1["111.35"].parts] == [["AZE"], ["ITA"], ["COL"]]
    assert c1["111.84"].recommending_state_codes == ["CZE"]
    c2 = by_number(slovenia[2].recommendations)
    assert c2["115.8"].text == "Ratify ICRMW"
    assert c2["115.8"].recommending_state_codes == ["SEN", "SLE", "VEN", "PER", "URY"]
    assert c2["115.6"].recommending_state_codes == ["IRN"]
    c4 = by_number(slovenia[4].recommendations)
    assert c4["140.7"].recommending_state_codes == ["MDV", "PRT"] and not c4["140.7"].parts
    assert c4["140.254"].text == "Strengthen measures to reduce statelessness and ensure the protection of stateless persons"
    assert c4["140.254"].recommending_state_codes == ["IRQ"]
    assert c4["140.1"].recommending_state_codes[-1] == "VEN"  # "(Bolivarian Republic of Venezuela)"
