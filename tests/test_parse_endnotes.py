"""Endnotes of the documents in ../shared/data as the parser reads them: the citations inside a summary's notes
(each stakeholder with its own place, written as the summaries write them), the markers that tie them to the text,
and the lines joined around them."""

from __future__ import annotations

import pytest

from uprkit.model import Stakeholder
from uprkit.parse.citations import normalise_locator, parse_citations
from uprkit.parse.stakeholders import StakeholderRegistry

_LISTED = ["JS3", "JS9", "JS11", "JS28", "IACHR", "HRORS", "EU-FRA", "OSCE/ODIHR", "CoE-GREVIO", "CoE-CoP",
           "CoE-ACFC", "CoE-CM", "CGNK", "JS2", "FPTAC", "AfroLeaders"]


@pytest.fixture(scope="module")
def registry() -> StakeholderRegistry:
    reg = StakeholderRegistry()
    for abbreviation in _LISTED:
        reg.add(Stakeholder(abbreviation=abbreviation, name=None, kind="ngo"))
    return reg


def _cited(note: str, registry: StakeholderRegistry) -> list[tuple[str | None, str | None, bool]]:
    citations, _ = parse_citations(note, registry, "stakeholder_summary")
    return [(c.resolved, c.locator, c.see_also) for c in citations]


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("para1", "para. 1"),  # A/HRC/WG.6/29/BRB/3, note 30
        ("page14", "p. 14"),  # A/HRC/WG.6/20/SVN/3, note 75
        ("page, 5", "p. 5"),  # A/HRC/WG.6/33/BRN/3, note 7
        ("paras, 31–35", "paras. 31-35"),  # A/HRC/WG.6/41/BRA/3, note 145
        ("para. F", "para. F"),  # a lettered paragraph, not "para" and a sentence (BRA/3, note 9)
        ("p. 1(Violence against women: an EU-wide survey", "p. 1"),  # SVN/3 (20), note 44: a title follows
        ("p. 6 (Fundamental rights report)", "p. 6"),
        ("p. 3. Second report", "p. 3"),
        ("para. 21(a)", "para. 21(a)"),
        ("pages 3-4", "pp. 3-4"),
    ],
)
def test_locator_spellings(written: str, normalised: str) -> None:
    assert normalise_locator(written) == normalised


def test_see_also_without_a_full_stop(registry: StakeholderRegistry) -> None:
    """A/HRC/WG.6/34/SVN/3, note 19: HRORS was read into JS3's locator and EU-FRA lost its "See also"."""
    assert _cited("JS3, p. 4 See also HRORS, paras.11-13 and EU-FRA, p. 9.", registry) == [
        ("JS3", "p. 4", False), ("HRORS", "paras. 11-13", True), ("EU-FRA", "p. 9", True)]


def test_a_stakeholder_document_with_a_year_is_not_a_un_symbol(registry: StakeholderRegistry) -> None:
    """A/HRC/WG.6/34/SVN/3, notes 25, 29 and 74: "OSCE/ODIHR Elections Report of 2018" names OSCE/ODIHR."""
    assert _cited("OSCE/ODIHR Elections Report of 2018, p. 2.", registry) == [("OSCE/ODIHR", "p. 2", False)]
    assert _cited("CoE-ACFC, p. 2 and paras. 51, 56 and 57. See also CoE-CM, p. 2 and the OSCE/ODIHR Elections "
                  "Report of 2018, pp. 2, 9 and 15.", registry) == [
        ("CoE-ACFC", "p. 2 and paras. 51, 56 and 57", False), ("CoE-CM", "p. 2", True),
        ("OSCE/ODIHR", "pp. 2, 9 and 15", True)]


def test_a_stakeholder_cited_without_a_place_after_another(registry: StakeholderRegistry) -> None:
    """A/HRC/WG.6/41/BRA/3, note 179: JS11 was read into JS9's locator."""
    assert _cited("IACHR p. 3. See also JS9 pp. 7–8 and JS11; JS28 paras. 11 and 15.", registry) == [
        ("IACHR", "p. 3", False), ("JS9", "pp. 7-8", True), ("JS11", None, True), ("JS28", "paras. 11 and 15", True)]


def test_a_place_after_the_semicolon_belongs_to_the_source_before_it(registry: StakeholderRegistry) -> None:
    """A/HRC/WG.6/48/SVN/3, note 92: "CoE-GREVIO, para. 123 and CoE-CoP; para. 5."."""
    assert _cited("CoE-GREVIO, para. 123 and CoE-CoP; para. 5.", registry) == [
        ("CoE-GREVIO", "para. 123", False), ("CoE-CoP", "para. 5", False)]


def test_a_known_stakeholder_after_a_comma_is_a_citation_of_its_own(registry: StakeholderRegistry) -> None:
    assert _cited("JS2, para. 13, CGNK.", registry) == [("JS2", "para. 13", False), ("CGNK", None, False)]
    # an unknown word stays where it is: it may be part of the place
    assert _cited("JS2, para. 13, Annex.", registry) == [("JS2", "para. 13, Annex", False)]
    # a name that starts like a place ("ARTICLE 19") is not the place of the source before it
    assert _cited("JS2; ARTICLE 19, p. 3.", registry)[0] == ("JS2", None, False)


def test_keywords_without_their_full_stop(registry: StakeholderRegistry) -> None:
    assert _cited("JS2, page 3 and CGNK, page, 5.", registry) == [("JS2", "p. 3", False), ("CGNK", "p. 5", False)]
    assert _cited("FPTAC, pp 1. See also AfroLeaders, pp. 6 and 7", registry) == [
        ("FPTAC", "pp. 1", False), ("AfroLeaders", "pp. 6 and 7", True)]


# ------------------------------------------------------------------------------------------ endnote markers


def _markers(text: str, notes: int | None) -> list[tuple[int, str]]:
    """(number, the text up to and including the marker's digits) of every marker found."""
    from uprkit.layout.lines import split_lines
    from uprkit.layout.markers import find_markers

    lines = split_lines(text)
    return [(m.number, text[: m.end][-(m.end - m.start) - 12 :]) for m in find_markers(lines, 0, len(lines), text, notes)]


def test_marker_between_a_name_and_its_verb() -> None:
    """A/HRC/WG.6/29/BRB/3 para. 12 "JS3 40 reported" and A/HRC/WG.6/34/SVN/3 para. 55 "CoE-Commissioner 104
    made": the marker was left in the text and the statement credited to no one."""
    text = "AI noted a gap.1 JS3 2 reported that discrimination was common.3 CoE-Commissioner 4 made similar remarks.5\n"
    assert [n for n, _ in _markers(text, 5)] == [1, 2, 3, 4, 5]


def test_marker_glued_to_a_year() -> None:
    """A/HRC/WG.6/20/SVN/1 para. 33 "as of 1 January 201036" is the year 2010 and note 36."""
    text = "The plan was adopted.1 It applies as of 1 January 20102 and ends in 2014.3\n"
    found = _markers(text, 3)
    assert [n for n, _ in found] == [1, 2, 3]
    assert found[1][1] == "s of 1 January 20102"[-13:]  # the marker is the one digit after the year


def test_marker_after_a_comma_after_a_year() -> None:
    """A made-up A/HRC/WG.6/2/GHA/3 para. 9: "the Persons with Disability Act in 2006,17 but noted" left "17" in
    the text; a thousands group after a comma is three digits and never a year ("1,500,000")."""
    text = "The plan was adopted.1 JS1 welcomed the Act in 2006,2 but noted 1,500,000 unregistered persons.3\n"
    assert [n for n, _ in _markers(text, 3)] == [1, 2, 3]


def test_spaced_and_year_candidates_need_the_notes() -> None:
    """Without note texts to confirm them, such numbers stay text: "JS3 14 reported", "20102"."""
    text = "The plan was adopted in 20101 and JS3 2 reported it.\n"
    assert _markers(text, None) == []
    assert [n for n, _ in _markers(text, 2)] == [1, 2]  # with the notes found, both are candidates


# ------------------------------------------------------------------------------------- lines joined


def test_recommendation_numbers_and_counts_at_a_line_end_are_no_markers() -> None:
    """LibreOffice PDFs of addenda: "131.126–131.149" / "and …" read "131.126–131. and" with marker 149 (18
    recommendations lost their position), "supported" / "175 of the 199" lost its 175, and "140.82-85, 87" gave
    marker 87; each with "endnote markers (1-…) but the endnote texts are missing"."""
    text = ("7. Côte d’Ivoire supports recommendations 131.91–131.119, 131.126–131.149\n"
            "and 131.151–131.200. It notes 131.120 to 131.125\n"
            "and 131.201. During the third cycle, Malawi supported\n"
            "175 of the 199 recommendations it received.\n"
            "140.82-85, 87\n"
            "Slovenia implements anti-trafficking measures. See 140.82, 87\n")
    assert _markers(text, None) == []
    # still markers: after a range of ages or years, and after a full stop
    text = "Most victims were aged 13 to 35.1 The plan runs 2010-2015, 2 The Act was passed.3\n"
    assert [n for n, _ in _markers(text, 3)] == [1, 2, 3]


def test_without_the_notes_a_lone_number_far_along_the_sequence_is_no_marker() -> None:
    """A report without notes: a lone "27" after 26 unmarked notes ("from" / "27 October") is the text's own
    number; a lone "arrest.3" is still taken (two notes before it unmarked)."""
    assert _markers("It held its session from\n27 October to 7 November 2014.\n", None) == []
    assert [n for n, _ in _markers("Torture is common after arrest.3 Detainees lack lawyers.\n", None)] == [3]


def test_the_last_page_number_of_a_document_without_notes_is_no_marker() -> None:
    """A/HRC/59/15/Add.1 ends "… on a case-by-case basis." and the last page's "7": the parse warned of "endnote
    markers (1-7) but the endnote texts are missing"."""
    from uprkit.model import Document
    from uprkit.parse import parse_document

    pages = [f"A/HRC/59/15/Add.1\n\n{k}. The Government notes recommendation 140.{k}.\n\n{k}\n" for k in range(1, 8)]
    doc = parse_document(Document(text="\f\n".join(pages)))
    assert [p.number for p in doc.paragraphs] == list(range(1, 8))
    assert not [w.message for w in doc.warnings if "marker" in w.message]


def test_bracketed_markers_are_markers() -> None:
    text = "The plan was adopted.[1] It applies now.[2] And more.[3]\n"
    assert [n for n, _ in _markers(text, 3)] == [1, 2, 3]


def test_a_spaced_dash_at_the_end_of_a_line_keeps_its_space() -> None:
    from uprkit.layout.clean import build_clean
    from uprkit.layout.lines import split_lines

    text = "     59.    The authorities -\n            in particular the police - acted.\n"
    assert build_clean(text, split_lines(text), {}, vocabulary=set()).text == (
        "59. The authorities - in particular the police - acted.")


def test_a_word_broken_at_a_hyphen_is_joined_without_the_next_line_indent() -> None:
    """The Slovenia tracker's texts indent every line: "in co-" + "        operation" was "co- operation" (and
    "CoE- Commissioner", "re- defines") in 58 places."""
    from uprkit.layout.clean import build_clean
    from uprkit.layout.lines import split_lines

    text = ("     59.    The authorities should act, in co-\n"
            "            operation with the Roma, and the CoE-\n"
            "            Commissioner agreed. The Act re-\n"
            "            defines the rules and the\n"
            "            courts apply them.\n")
    lines = split_lines(text)
    clean = build_clean(text, lines, {}, vocabulary={"redefines"})
    assert clean.text == ("59. The authorities should act, in co-operation with the Roma, and the CoE-Commissioner "
                          "agreed. The Act redefines the rules and the courts apply them.")


def test_a_range_of_figures_broken_at_its_en_dash_is_joined_without_a_space() -> None:
    """A LibreOffice PDF of A/HRC/59/15, 140.42: "Suppression 2024–" / "2028 (Djibouti)" read "2024– 2028"; a dash
    between words keeps its space."""
    from uprkit.layout.clean import build_clean
    from uprkit.layout.lines import split_lines

    text = ("140.42 Implement the National Programme 2024–\n"
            "2028 and the plan for 2020 –\n"
            "2025, as agreed –\n"
            "2023 was a good year (Djibouti);\n")
    assert build_clean(text, split_lines(text), {}, vocabulary=set()).text == (
        "140.42 Implement the National Programme 2024–2028 and the plan for 2020 – 2025, as agreed – 2023 was a good "
        "year (Djibouti);")


def test_a_symbol_year_run_over_the_line_is_not_an_attachment() -> None:
    """A/HRC/WG.6/34/SVN/3, note 1: "Resolution CM/ResCMN" / "(2018)12 on the implementation …" made a stakeholder
    "2018" and cut the Committee of Ministers' document."""
    from uprkit.parse.stakeholder_list import parse_list_note

    lines = [
        "Regional intergovernmental organization(s):",
        "CoE                 The Council of Europe, Strasbourg (France);",
        "                    Attachments:",
        "                    (CoE-CM) Committee of Ministers, Resolution CM/ResCMN",
        "                    (2018)12 on the implementation of the Framework",
        "                    Convention, adopted on 24 October 2018;",
    ]
    found = {st.abbreviation: st for st in parse_list_note(lines)}
    assert "2018" not in found
    assert found["CoE-CM"].documents == [
        "Committee of Ministers, Resolution CM/ResCMN (2018)12 on the implementation of the Framework Convention, "
        "adopted on 24 October 2018"]


def test_an_endnote_number_after_the_running_header_is_no_page_number() -> None:
    """A made-up A/HRC/WG.6/41/KEN/3: endnotes 11 and 92 stood three lines after the running header and were taken
    for page numbers, so note 10 read "KNCHR, paras. 15–16. KNCHR, para. 17."."""
    from uprkit.layout.lines import mark_furniture, split_lines

    symbol = "A/HRC/WG.6/41/KEN/3"
    text = (
        f"         9\n            KNCHR, para. 14.\n                    6\n{symbol}\n\n\n"
        f"         10\n            KNCHR, paras. 15–16.\n                    7\n{symbol}\n\n\n"
        f"         11\n            KNCHR, para. 17.\n                    8\n{symbol}\n\n\n"
        f"         92\n            MRG, p. 6.\n"
    )
    lines = split_lines(text)
    mark_furniture(lines, symbol)
    assert [ln.stripped for ln in lines if ln.kind == "page_number"] == ["6", "7", "8"]


def test_a_body_named_in_full_with_its_abbreviation_in_brackets_is_the_subject() -> None:
    """A made-up A/HRC/WG.6/37/GEO/3 para. 22: "The Venice Commission of the Council of Europe (CoE-VC)
    recommended …" was credited to no one (the group ran from "Council of Europe" after "of the") and joined to
    the JS3 statement before it."""
    from uprkit.parse.statements import _credit, mention_finder

    reg = StakeholderRegistry()
    reg.add(Stakeholder(abbreviation="CoE", name="Council of Europe", kind="regional"))
    reg.add(Stakeholder(abbreviation="CoE-VC", name=None, kind="regional"))
    sentence = "The Venice Commission of the Council of Europe (CoE-VC) recommended that judges be selected on merit."
    assert _credit(sentence, mention_finder(reg).find(sentence))[:2] == (["CoE-VC"], "recommended")
    other = "A report of the Council of Europe recommended that judges be selected on merit."
    assert _credit(other, mention_finder(reg).find(other))[0] == []


def test_a_regional_body_after_another_bodys_attachments_is_an_entry_of_its_own() -> None:
    """A made-up A/HRC/WG.6/37/GEO/3, flat list: OSCE/ODIHR was read into CoE-VC's document."""
    from uprkit.parse.stakeholder_list import parse_list_note

    lines = [
        "Regional intergovernmental organization(s):",
        "CoE The Council of Europe, Strasbourg (France);",
        "Attachments:",
        "(CoE-VC) European Commission for Democracy through Law (Venice",
        "Commission), Urgent Opinion on the selection of judges, CDL-AD(2019)024;",
        "OSCE/ODIHR Office for Democratic Institutions and Human Rights of the",
        "Organization for Security and Co-operation in Europe, Warsaw (Poland).",
    ]
    found = {st.abbreviation: st for st in parse_list_note(lines)}
    assert found["CoE-VC"].documents == [
        "European Commission for Democracy through Law (Venice Commission), Urgent Opinion on the selection of judges, "
        "CDL-AD(2019)024"]
    assert (found["OSCE/ODIHR"].kind, found["OSCE/ODIHR"].counted, found["OSCE/ODIHR"].location) == (
        "regional", True, "Warsaw (Poland)")


def test_joint_submission_members_with_short_names_and_cycle_1_lists() -> None:
    """Made-up GEO and GHA summaries: "CIVICUS, Johannesburg (South Africa)" was dropped as a place, and cycle 1's
    "Joint submission: A, Accra, Ghana; B; C" gave no members."""
    from uprkit.parse.stakeholder_list import parse_list_note

    lines = [
        "Joint submissions:",
        "JS8 Joint submission 8 submitted by: CIVICUS, Johannesburg (South Africa); Free Press Georgia,",
        "Tbilisi (Georgia); Temida, Tbilisi (Georgia); Tbilisi (Georgia);",
        "JS1 Joint submission: Ghana Federation of the Disabled, Accra, Ghana; Ghana Association of the",
        "Blind; Ghana National Association of the Deaf;",
    ]
    found = {st.abbreviation: st for st in parse_list_note(lines)}
    assert found["JS8"].members == ["CIVICUS", "Free Press Georgia", "Temida"]
    assert found["JS1"].members == [
        "Ghana Federation of the Disabled", "Ghana Association of the Blind", "Ghana National Association of the Deaf"]


def test_a_note_line_broken_after_a_hyphen_runs_on_without_a_space() -> None:
    """The review's PDFs of A/HRC/WG.6/28/UKR/3 and the texts of 29/BRB/3 and 20/SVN/3: "p. 3-" / "4)" read
    "p. 3- 4)", "102.4-" / "102.18" read "102.4- 102.18", "paras. 8–" / "11" read "paras. 8– 11"; a spaced dash
    and a suspended hyphen keep their space."""
    from uprkit.parse.report import _join_note_parts

    assert _join_note_parts(["CoE, p. 3 (see report of CoE Commissioner, p. 3-", "4); JS2, p. 1-9."]) == (
        "CoE, p. 3 (see report of CoE Commissioner, p. 3-4); JS2, p. 1-9.")
    assert _join_note_parts(["See A/HRC/23/11, paras. 102.1-102.2, 102.4-", "102.18.", "JS40 paras. 8–", "11."]) == (
        "See A/HRC/23/11, paras. 102.1-102.2, 102.4-102.18. JS40 paras. 8–11.")
    assert _join_note_parts(["Organization for Security and Co-", "operation in Europe, Eastern-", "Ukrainian"]) == (
        "Organization for Security and Co-operation in Europe, Eastern-Ukrainian")
    assert _join_note_parts(["EU Member States - May 2010 -", "pp. 50-51; pre-", "and post-natal care"]) == (
        "EU Member States - May 2010 - pp. 50-51; pre- and post-natal care")


def test_a_submission_citing_the_last_review_in_a_footnote_is_no_un_document() -> None:
    """(review of a cycle-2 set) `uprkit parse` took an NGO submission for the Working Group report A/HRC/11/26
    (cycle 1), and another for the summary A/HRC/WG.6/4/NGA/3, from the symbol its footnote 1 cites on page 1. A
    UN document prints its own symbol in its first lines, and its masthead says what it is."""
    from uprkit.layout.lines import find_symbol

    submission = (
        "Joint Submission to the Universal Periodic Review of Nigeria\n17th Session of the UPR Working Group\n"
        "Submitted by the Coalition Against Torture and Extrajudicial Killings (CATEK)\n\n"
        + "1. During its first review in February 2009, Nigeria accepted recommendations to end torture.1\n" * 6
        + "1 A/HRC/11/26, paras. 88-89; A/HRC/11/26/Add.1.\n"
    )
    assert find_symbol(submission) is None
    report = "A\nUnited Nations\n/HRC/WG.6/28/UKR/2\nGeneral Assembly\nDistr.: General\n4 September 2017\n"
    assert find_symbol(report) == "A/HRC/WG.6/28/UKR/2"
    assert find_symbol("General Assembly\nDistr.: General\n" + "x " * 400 + "A/HRC/14/15\n") == "A/HRC/14/15"
    assert find_symbol("Some notes\n", "A_HRC_WG.6_7_KAZ_3.txt") == "A/HRC/WG.6/7/KAZ/3"
