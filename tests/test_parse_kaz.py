"""The Kazakhstan summary (A/HRC/WG.6/7/KAZ/3) against the hand-made answer key (tests/data/kaz_answer_key.json).

These are the acceptance checks of the parse issue, stated exactly: metadata, the 53 numbered paragraphs under
their heading paths, the stakeholders credited per paragraph (at least 52 of 53 exactly right), the 16
stakeholders and the 10 names the text defines, endnote markers 1-142 on the paragraphs they belong to, and the
empty sections IV and V.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import SHARED_CORPUS

from uprkit.model import ParsedReport

ACTS = {"recommendation", "concern", "observation", "positive"}


def _key_paragraphs(kaz_key: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {p["number"]: p for p in kaz_key["paragraphs"]}


def test_parse_kaz_metadata(kaz_report: ParsedReport) -> None:
    assert kaz_report.symbol == "A/HRC/WG.6/7/KAZ/3"
    assert kaz_report.country == "KAZ"
    assert kaz_report.country_name == "Kazakhstan"
    assert kaz_report.session == 7
    assert kaz_report.cycle == 1
    assert kaz_report.kind == "stakeholder_summary"
    assert kaz_report.language == "en"
    assert kaz_report.format == "text"


def test_parse_kaz_stated_submission_count(kaz_report: ParsedReport, kaz_key: dict[str, Any]) -> None:
    assert kaz_key["stated_submission_count"] == 16
    assert kaz_report.stated_submission_count == 16


def test_parse_kaz_has_53_paragraphs_numbered_in_order(kaz_report: ParsedReport) -> None:
    assert [p.number for p in kaz_report.paragraphs] == list(range(1, 54))
    assert not [w for w in kaz_report.warnings if w.code == "paragraph-sequence"]


def test_parse_kaz_heading_path_of_every_paragraph(kaz_report: ParsedReport, kaz_key: dict[str, Any]) -> None:
    key = _key_paragraphs(kaz_key)
    wrong = {
        p.number: (p.heading_labels, key[p.number]["heading_labels"])
        for p in kaz_report.paragraphs
        if p.heading_labels != key[p.number]["heading_labels"]
    }
    assert wrong == {}


def test_parse_kaz_paragraph_headings_are_paths_of_parsed_headings(kaz_report: ParsedReport) -> None:
    paths = [h.path for h in kaz_report.headings]
    for p in kaz_report.paragraphs:
        assert p.headings in paths, p.number
        assert len(p.headings) == len(p.heading_labels)
    assert kaz_report.paragraph(17).headings == [
        "II. Promotion and protection of human rights on the ground",
        "B. Implementation of international human rights obligations",
        "2. Right to life, liberty and security of the person",
    ]
    assert kaz_report.paragraph(53).headings == ["III. Achievements, best practices, challenges and constraints"]


def test_parse_kaz_top_level_headings(kaz_report: ParsedReport) -> None:
    top = [(h.label, h.title) for h in kaz_report.headings if h.level == 1]
    assert top == [
        ("I", "Background and framework"),
        ("II", "Promotion and protection of human rights on the ground"),
        ("III", "Achievements, best practices, challenges and constraints"),
        ("IV", "Key national priorities, initiatives and commitments"),
        ("V", "Capacity-building and technical assistance"),
    ]
    second = [h.label for h in kaz_report.headings if h.level == 3 and h.path[1].startswith("B.")]
    assert second == [str(n) for n in range(1, 11)]


def test_parse_kaz_sections_iv_and_v_present_and_empty(kaz_report: ParsedReport, kaz_key: dict[str, Any]) -> None:
    assert kaz_key["empty_sections"] == ["IV", "V"]
    labels = [h.label for h in kaz_report.headings if h.level == 1]
    assert "IV" in labels
    assert "V" in labels
    assert not [p.number for p in kaz_report.paragraphs if p.heading_labels[0] in ("IV", "V")]


def _source_mismatches(report: ParsedReport, kaz_key: dict[str, Any]) -> dict[int, tuple[list[str], list[str]]]:
    key = _key_paragraphs(kaz_key)
    return {
        p.number: (p.sources, key[p.number]["sources"])
        for p in report.paragraphs
        if p.sources != key[p.number]["sources"]
    }


def test_parse_kaz_sources_at_least_52_of_53_right(kaz_report: ParsedReport, kaz_key: dict[str, Any]) -> None:
    """The issue's threshold: the stakeholders credited in at least 52 of the 53 paragraphs exactly right."""
    wrong = _source_mismatches(kaz_report, kaz_key)
    assert 53 - len(wrong) >= 52, wrong


def test_parse_kaz_sources_all_53_right(kaz_report: ParsedReport, kaz_key: dict[str, Any]) -> None:
    """The actual count today is 53 of 53: any regression shows here even while the threshold still passes."""
    assert _source_mismatches(kaz_report, kaz_key) == {}


def test_parse_kaz_16_stakeholders(kaz_report: ParsedReport, kaz_key: dict[str, Any]) -> None:
    expected = [s["abbreviation"] for s in kaz_key["stakeholders"]]
    got = [s.abbreviation for s in kaz_report.stakeholders]
    assert len(set(got)) == len(got) == 16
    assert set(got) == set(expected)
    credited = {src for p in kaz_report.paragraphs for src in p.sources}
    assert credited == set(expected)


def test_parse_kaz_stakeholder_names(kaz_report: ParsedReport, kaz_key: dict[str, Any]) -> None:
    expected = {s["abbreviation"]: s["name"] for s in kaz_key["stakeholders"]}
    got = {s.abbreviation: s.name for s in kaz_report.stakeholders}
    assert got == expected
    assert sum(1 for name in got.values() if name is not None) == 10


def test_parse_kaz_stakeholder_kinds(kaz_report: ParsedReport) -> None:
    kinds = {s.abbreviation: s.kind for s in kaz_report.stakeholders}
    assert {a for a, k in kinds.items() if k == "joint"} == {"JS1", "JS2", "JS3", "JS4"}
    assert kinds["AI"] == "ngo"
    assert all(s.counted for s in kaz_report.stakeholders)


def test_parse_kaz_endnotes_of_each_paragraph(kaz_report: ParsedReport, kaz_key: dict[str, Any]) -> None:
    key = _key_paragraphs(kaz_key)
    wrong = {
        p.number: (p.endnotes, key[p.number]["endnotes"])
        for p in kaz_report.paragraphs
        if p.endnotes != key[p.number]["endnotes"]
    }
    assert wrong == {}


def test_parse_kaz_endnote_markers_cover_1_to_142_once(kaz_report: ParsedReport, kaz_key: dict[str, Any]) -> None:
    assert kaz_report.introduction is not None
    assert kaz_report.introduction.endnotes == kaz_key["introduction_endnotes"] == [1]
    numbers = list(kaz_report.introduction.endnotes)
    for p in kaz_report.paragraphs:
        numbers.extend(p.endnotes)
    for h in kaz_report.headings:
        numbers.extend(h.endnotes)
    assert numbers == list(range(1, 143))


def test_parse_kaz_statement_endnotes_partition_paragraph_endnotes(kaz_report: ParsedReport) -> None:
    for p in kaz_report.paragraphs:
        assert [n for st in p.statements for n in st.endnotes] == p.endnotes, p.number


def test_parse_kaz_warns_that_endnote_texts_are_missing(kaz_report: ParsedReport) -> None:
    """The text file has the markers but not the notes: the parser says so instead of inventing citations."""
    assert kaz_report.endnotes == []
    codes = [w.code for w in kaz_report.warnings]
    assert "no-endnotes" in codes
    assert "no-stakeholder-list" in codes


def test_parse_kaz_statements_carry_verb_and_act(kaz_report: ParsedReport) -> None:
    statements = [st for p in kaz_report.paragraphs for st in p.statements]
    assert len(statements) >= 53
    for st in statements:
        assert st.act in ACTS
        assert st.verb, st.text
        assert st.sources, st.text


def test_parse_kaz_paragraph_1_statements_are_recommendations(kaz_report: ParsedReport) -> None:
    statements = kaz_report.paragraph(1).statements
    assert [(st.sources, st.verb, st.act, st.endnotes) for st in statements] == [
        (["JS1"], "recommended", "recommendation", [2]),
        (["JS3"], "urged", "recommendation", [3]),
        (["JS1"], "called upon", "recommendation", [4]),
    ]
    assert statements[0].text == "Joint Submission (JS)1 recommended the ratification of ICCPR–OP 2."


def test_parse_kaz_paragraph_6_is_positive_from_ai(kaz_report: ParsedReport) -> None:
    p = kaz_report.paragraph(6)
    assert p.sources == ["AI"]
    assert [st.act for st in p.statements] == ["positive"]
    assert p.statements[0].sources == ["AI"]
    assert p.statements[0].text.startswith("Amnesty International (AI) noted positive measures")


def test_parse_kaz_paragraph_16_first_statement_credits_js2_and_js1(kaz_report: ParsedReport) -> None:
    p = kaz_report.paragraph(16)
    first = p.statements[0]
    assert first.sources == ["JS2", "JS1"]
    assert first.endnotes == [30, 31]
    assert first.act == "observation"
    assert [st.act for st in p.statements] == ["observation", "observation", "concern", "recommendation"]


def test_parse_kaz_paragraph_gap_is_warned(kaz_path: Path) -> None:
    """A paragraph missing from the sequence (here paragraph 2 cut out) is reported, the rest still parsed."""
    from uprkit.parse import parse_document
    from uprkit.read import read_bytes

    text = kaz_path.read_text(encoding="utf-8")
    cut = text[: text.index("2. JS1 noted that in 2008")] + text[text.index("3. JS1 expressed concern") :]
    report = parse_document(read_bytes(cut.encode("utf-8"), "kaz_without_paragraph_2.txt"))
    assert [p.number for p in report.paragraphs] == [1, *range(3, 54)]
    assert ("paragraph-sequence", "paragraph 3 follows paragraph 1 (expected 2)") in [
        (w.code, w.message) for w in report.warnings
    ]


@pytest.mark.shared
def test_parse_kaz_fixture_is_the_shared_corpus_document(kaz_path: Path) -> None:
    original = SHARED_CORPUS / "A_HRC_WG.6_7_KAZ_3.txt"
    if not original.is_file():
        pytest.skip("../shared/corpus not present: the original of the Kazakhstan fixture is not in this checkout")
    assert kaz_path.read_bytes() == original.read_bytes()
