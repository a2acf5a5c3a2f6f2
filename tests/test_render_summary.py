"""Rendering a Summary (uprkit.render.summary) on the KAZ fixture (uprkit.summarize.fixtures)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from importlib import resources
from pathlib import Path
from typing import Any

import docx
import jsonschema
import pytest
from bs4 import BeautifulSoup
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from uprkit.model import ParsedReport
from uprkit.parse import parse_file
from uprkit.render.summary import (
    cover,
    ordinal_words,
    render_summary,
    session_line,
    summary_to_html,
    summary_to_json,
    summary_to_markdown,
    write_summary_docx,
)
from uprkit.render.summary_docx import draft_report_comment
from uprkit.render.summary_json import SUMMARY_SCHEMA_RESOURCE, summary_schema_json
from uprkit.render.summary_markdown import escape_markdown
from uprkit.summarize.fixtures import example_report, example_summary, summary_from_parsed
from uprkit.summarize.model import SUMMARY_SCHEMA_VERSION, NotIncluded, Summary

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
PARAGRAPHS = list(range(1, 54))
ENDNOTES = list(range(1, 143))
FORMATS_DIR = Path(__file__).parent / "data" / "formats"
SCRIPT = "<script>alert(1)</script>"


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def kaz_parsed() -> ParsedReport:
    return example_report()


@pytest.fixture(scope="module")
def kaz() -> Summary:
    return example_summary()


@pytest.fixture(scope="module")
def kaz_md(kaz: Summary) -> str:
    return summary_to_markdown(kaz)


@pytest.fixture(scope="module")
def kaz_html(kaz: Summary) -> BeautifulSoup:
    return BeautifulSoup(summary_to_html(kaz), "lxml")


@pytest.fixture(scope="module")
def kaz_docx(kaz: Summary, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "kaz.docx"
    write_summary_docx(kaz, path)
    return path


def _expected_headings(summary: Summary) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in summary.iter_sections()]


def _paragraph_numbers(summary: Summary) -> list[int]:
    return [p.number for s in summary.iter_sections() for p in s.paragraphs]


# --------------------------------------------------------------------------------------------- fixture


def test_fixture_summary_from_parsed_keeps_the_published_structure(
    kaz: Summary, kaz_parsed: ParsedReport
) -> None:
    assert kaz.symbol == "A/HRC/WG.6/7/KAZ/3"
    assert (kaz.country, kaz.country_name, kaz.session, kaz.cycle) == ("KAZ", "Kazakhstan", 7, 1)
    assert kaz.submission_count == 16
    assert len(kaz.stakeholders) == 16
    assert _paragraph_numbers(kaz) == PARAGRAPHS
    assert [h for _, h in _expected_headings(kaz)] == [h.text for h in kaz_parsed.headings]
    assert [s.label for s in kaz.sections] == ["I", "II", "III", "IV", "V"]
    ii_b = kaz.sections[1].sections[1]
    assert ii_b.heading == "B. Implementation of international human rights obligations"
    assert [s.label for s in ii_b.sections] == [str(n) for n in range(1, 11)]
    assert all(s.level == 3 for s in ii_b.sections)


def test_fixture_summary_from_parsed_places_every_endnote_once_in_order(kaz: Summary) -> None:
    assert [n.number for n in kaz.endnotes] == ENDNOTES
    assert [s.endnote for s in kaz.iter_sentences() if s.endnote is not None] == ENDNOTES
    assert kaz.introduction[0].text == "The present report is a summary of 16 stakeholders’ submissions"
    assert kaz.introduction[0].endnote == 1
    assert kaz.endnotes[0].text.startswith("The stakeholders listed below have contributed information")
    assert "JS1\tJoint submission 1;" in kaz.endnotes[0].text.splitlines()
    # the text extraction lost the notes: they are rebuilt, and the summary says so
    assert "synthesised-endnotes" in {w.code for w in kaz.warnings}


def test_fixture_summary_from_parsed_cuts_statements_at_inner_markers(kaz: Summary) -> None:
    para16 = next(p for s in kaz.iter_sections() for p in s.paragraphs if p.number == 16)
    first, second = para16.sentences[:2]
    assert (first.text, first.endnote, first.stakeholders) == ("JS2", 30, ["JS2"])
    assert second.text.startswith("and JS1 noted that torture") and second.endnote == 31
    assert second.stakeholders == ["JS1"]
    assert para16.text.startswith("JS2 and JS1 noted that torture, psychological pressure")
    para19 = next(p for s in kaz.iter_sections() for p in s.paragraphs if p.number == 19)
    assert [s.endnote for s in para19.sentences][:3] == [45, 46, 47]
    assert para19.sentences[0].text.endswith("in penal reform,")
    assert para19.sentences[1].text.startswith("there have been a number of cases")


def test_fixture_summary_from_parsed_keeps_the_published_words(
    kaz: Summary, kaz_parsed: ParsedReport
) -> None:
    ours = {p.number: p.text for s in kaz.iter_sections() for p in s.paragraphs}
    assert ours == {p.number: p.text for p in kaz_parsed.paragraphs}
    assert " ".join(s.text for s in kaz.introduction) == kaz_parsed.introduction.text  # type: ignore[union-attr]


def test_fixture_summary_from_parsed_without_the_source_text_still_places_every_note(
    kaz_parsed: ParsedReport,
) -> None:
    """No document and no readable source_path: statements are cut at sentence ends instead of markers."""
    summary = summary_from_parsed(kaz_parsed.model_copy(update={"source_path": None}))
    assert [s.endnote for s in summary.iter_sentences() if s.endnote is not None] == ENDNOTES
    assert _paragraph_numbers(summary) == PARAGRAPHS
    para19 = next(p for s in summary.iter_sections() for p in s.paragraphs if p.number == 19)
    assert para19.sentences[1].text == "Alternatives to imprisonment remain rarely imposed."


def test_fixture_summary_from_parsed_sources_follow_the_citations() -> None:
    """The DOCX rebuild of the KAZ summary has endnote texts: sources get their page and paragraph."""
    summary = summary_from_parsed(parse_file(FORMATS_DIR / "kaz3_full.docx"))
    assert [s.endnote for s in summary.iter_sentences() if s.endnote is not None] == ENDNOTES
    by_note = {s.endnote: s for s in summary.iter_sentences() if s.endnote is not None}
    note2 = by_note[2]
    assert summary.endnotes[1].text == "JS1, p. 5."
    assert [(x.stakeholder, x.file, x.page, x.paragraph) for x in note2.sources] == [
        ("JS1", "JS1.txt", 5, None)
    ]
    assert note2.sources[0].text == "Joint Submission (JS)1 recommended the ratification of ICCPR–OP 2."
    assert (note2.sources[0].start, note2.sources[0].end) == (0, 0)
    note3 = by_note[3]
    assert summary.endnotes[2].text == "JS3, para. 22."
    assert [(x.stakeholder, x.page, x.paragraph) for x in note3.sources] == [("JS3", None, "22")]
    assert note3.sources[0].locator == "para. 22"
    assert not any(w.code == "synthesised-endnotes" for w in summary.warnings)
    assert _paragraph_numbers(summary) == PARAGRAPHS


# --------------------------------------------------------------------------------------------- front


def test_render_summary_session_line_in_words() -> None:
    assert session_line(7) == "Seventh session"
    assert session_line(27) == "Twenty-seventh session"
    assert session_line(40) == "Fortieth session"
    assert session_line(None) is None
    assert ordinal_words(12) == "twelfth"


def test_render_summary_cover_by_cycle(kaz: Summary) -> None:
    front = cover(kaz)
    assert front.symbol == "A/HRC/WG.6/7/KAZ/3"
    assert front.body_lines[-1] == "Seventh session"
    assert front.title_lines[0].text.startswith("Summary prepared by the Office of the United Nations High")
    assert front.title_lines[1].text == "Kazakhstan*"  # the asterisk's note goes at the foot of page 1
    assert front.note == "* The present document was not edited before being sent to United Nations translation services."
    later = kaz.model_copy(update={"cycle": 4, "symbol": None, "session": None, "title": "Summary of x on Y"})
    front4 = cover(later)
    assert front4.symbol == "[draft]"
    assert front4.body_lines == ["Human Rights Council", "Working Group on the Universal Periodic Review"]
    assert [(x.text, x.bold) for x in front4.title_lines] == [
        ("Summary of x on Y*", True),
        ("Report of the Office of the United Nations High Commissioner for Human Rights", False),
    ]
    assert front4.note == "* The present document is being issued without formal editing."


# --------------------------------------------------------------------------------------------- markdown


def test_render_summary_markdown_paragraphs_headings_and_footnotes(kaz: Summary, kaz_md: str) -> None:
    body, _, notes = kaz_md.partition("\n---\n")
    assert [int(n) for n in re.findall(r"(?m)^(\d+)\. ", body)] == PARAGRAPHS
    headings = [(len(h) - 1, t) for h, t in re.findall(r"(?m)^(#{2,4}) (.+)$", body)]
    assert headings == [(lvl, escape_markdown(t)) for lvl, t in _expected_headings(kaz)]
    assert headings[0] == (1, "I. Background and framework")
    assert [int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", body)] == ENDNOTES
    definitions = dict(re.findall(r"(?m)^\[\^(\d+)\]: (.*)$", notes))
    assert [int(n) for n in definitions] == ENDNOTES
    for note in kaz.endnotes:
        assert definitions[str(note.number)].rstrip() == escape_markdown(note.text.splitlines()[0])
    assert body.startswith('<div align="right">A/HRC/WG.6/7/KAZ/3</div>')
    assert "submissions[^1] to the universal periodic review." in body
    assert "\n## IV. Key national priorities, initiatives and commitments\n\nN/A\n" in body


# --------------------------------------------------------------------------------------------- HTML


def test_render_summary_html_paragraphs_headings_and_notes(kaz: Summary, kaz_html: BeautifulSoup) -> None:
    soup = kaz_html
    paras = soup.select("p.para")
    assert [p["id"] for p in paras] == [f"para-{n}" for n in PARAGRAPHS]
    assert [p.select_one(".para-number").get_text().strip() for p in paras] == [f"{n}." for n in PARAGRAPHS]
    headings = soup.select("article > h2, article > h3, article > h4")
    assert [(int(h.name[1]) - 1, h.get_text()) for h in headings] == _expected_headings(kaz)
    assert headings[0]["id"] == "sec-i" and soup.find(id="sec-ii-b-1") is not None
    assert len({h["id"] for h in headings}) == len(headings)
    refs = soup.select("sup.note-ref a")
    assert [a.get_text() for a in refs] == [str(n) for n in ENDNOTES]
    assert [a["href"] for a in refs] == [f"#note-{n}" for n in ENDNOTES]
    for note in kaz.endnotes:
        li = soup.find(id=f"note-{note.number}")
        assert li is not None
        assert _norm(note.text) in _norm(li.get_text(" "))
        assert li.select_one("a.back")["href"] == f"#ref-{note.number}"
        assert soup.find(id=f"ref-{note.number}") is not None
    assert soup.select_one(".cover .symbol").get_text() == "A/HRC/WG.6/7/KAZ/3"
    assert soup.find("html")["lang"] == "en" and soup.find("style") is not None


def test_render_summary_html_sentences_carry_provenance(kaz: Summary, kaz_html: BeautifulSoup) -> None:
    spans = kaz_html.select("span.sentence")
    sentences = kaz.iter_sentences()
    assert len(spans) == len(sentences)
    for span, sentence in zip(spans, sentences, strict=True):
        assert span.get_text() == sentence.text
        assert span["data-stakeholders"].split(" ") == [
            a.replace(" ", "\u00a0") for a in sentence.stakeholders
        ] or (not sentence.stakeholders and span["data-stakeholders"] == "")
        assert json.loads(span["data-sources"]) == [s.model_dump(mode="json") for s in sentence.sources]
    forum = next(s for s in spans if "Forum" in s["data-stakeholders"])
    assert forum["data-stakeholders"] == "Forum\u00a018"


def _with_hostile_text(summary: Summary) -> Summary:
    hostile = summary.model_copy(deep=True)
    sentence = hostile.sections[0].sections[0].paragraphs[0].sentences[0]
    sentence.text = f'JS1 noted {SCRIPT} & "quotes" *stars* [^9]'
    sentence.sources[0].text = f"{SCRIPT}\"'>"
    sentence.stakeholders = ['JS1"><b>']
    hostile.sections[0].title = "Background <b>and</b> framework"
    hostile.endnotes[1].text = f"JS1, p. 5 {SCRIPT}"
    hostile.not_included = [NotIncluded(file="late.docx", reason="received after the deadline")]
    return hostile


def test_render_summary_html_escapes_every_value(kaz: Summary) -> None:
    hostile = _with_hostile_text(kaz)
    page = summary_to_html(hostile)
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    soup = BeautifulSoup(page, "lxml")
    assert soup.find_all("script") == [] and soup.find_all("b") == []
    span = soup.select("p.para span.sentence")[0]
    assert span.get_text() == f'JS1 noted {SCRIPT} & "quotes" *stars* [^9]'
    assert span["data-stakeholders"] == 'JS1"><b>'
    assert json.loads(span["data-sources"])[0]["text"] == f"{SCRIPT}\"'>"
    assert soup.find(id="sec-i").get_text() == "I. Background <b>and</b> framework"
    assert " ".join(soup.find(id="note-2").get_text(" ").split()).startswith(f"2 JS1, p. 5 {SCRIPT}")
    # the draft report stays out of the UN document; only the files not included are named, in a note after it
    assert "late.docx" not in str(soup.find("article"))
    assert soup.select_one("aside.draft-note").get_text() == (
        "Draft note, not part of the document. Not included: late.docx (received after the deadline)."
    )


def test_render_summary_markdown_escapes_markup(kaz: Summary) -> None:
    md = summary_to_markdown(_with_hostile_text(kaz))
    assert "<script>" not in md
    assert (
        r"JS1 noted \<script\>alert(1)\</script\> & \"quotes\" \*stars\* \[^9\][^2]".replace(r"\"", '"') in md
    )
    assert r"## I. Background \<b\>and\</b\> framework" in md
    # after the endnotes, the drafter's note on what the draft leaves out
    assert md.rstrip().endswith("*Draft note, not part of the document.* Not included: late.docx (received after the deadline).")


# --------------------------------------------------------------------------------------------- JSON


def test_render_summary_json_round_trips_and_validates(kaz: Summary) -> None:
    text = summary_to_json(kaz)
    assert Summary.model_validate_json(text) == kaz
    schema = json.loads(
        resources.files("uprkit").joinpath(SUMMARY_SCHEMA_RESOURCE).read_text(encoding="utf-8")
    )
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)
    errors = list(validator(schema).iter_errors(json.loads(text)))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    doc = json.loads(text)
    assert len(doc["endnotes"]) == 142 and doc["schema_version"] == SUMMARY_SCHEMA_VERSION == "1.2"


def test_render_summary_json_schema_file_matches_the_model() -> None:
    shipped = resources.files("uprkit").joinpath(SUMMARY_SCHEMA_RESOURCE).read_text(encoding="utf-8")
    assert shipped == summary_schema_json(), "regenerate uprkit/schema/summary-1.2.schema.json"


def test_render_summary_json_schema_rejects_unknown_fields(kaz: Summary) -> None:
    schema = json.loads(summary_schema_json())
    doc = json.loads(summary_to_json(kaz))
    doc["sections"][0]["colour"] = "blue"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema)


# --------------------------------------------------------------------------------------------- DOCX


def _endnotes_part(document: Any) -> Any:
    rels = [r for r in document.part.rels.values() if r.reltype == RT.ENDNOTES]
    assert len(rels) == 1, "one endnotes relationship"
    part = rels[0].target_part
    assert part.partname == "/word/endnotes.xml"
    assert part.content_type == CT.WML_ENDNOTES
    return part


def _note_text(note: Any) -> str:
    lines = []
    for p in note.findall("w:p", NS):
        pieces = []
        for run in p.findall("w:r", NS):  # not w:pPr/w:tabs/w:tab, a tab stop
            for el in run.iter(f"{{{W}}}t", f"{{{W}}}tab"):
                pieces.append("\t" if el.tag == f"{{{W}}}tab" else el.text or "")
        lines.append("".join(pieces))
    return "\n".join(lines)


def test_render_summary_docx_has_real_endnotes(kaz: Summary, kaz_docx: Path) -> None:
    document = docx.Document(str(kaz_docx))
    root = etree.fromstring(_endnotes_part(document).blob)
    notes = root.findall("w:endnote", NS)
    kinds = [(n.get(f"{{{W}}}id"), n.get(f"{{{W}}}type")) for n in notes[:2]]
    assert kinds == [("-1", "separator"), ("0", "continuationSeparator")]
    assert notes[0].find(".//w:separator", NS) is not None
    by_id = {int(n.get(f"{{{W}}}id")): n for n in notes[2:]}
    assert sorted(by_id) == ENDNOTES
    for endnote in kaz.endnotes:
        note = by_id[endnote.number]
        first = note.find("w:p", NS)
        assert first.find("w:pPr/w:pStyle", NS).get(f"{{{W}}}val") == "EndnoteText"
        run = first.find("w:r", NS)
        assert run.find("w:endnoteRef", NS) is not None
        assert run.find("w:rPr/w:rStyle", NS).get(f"{{{W}}}val") == "EndnoteReference"
        lines = [line for line in endnote.text.splitlines() if line.strip()]
        assert _note_text(note) == "\t" + "\n".join(lines)
    refs = [int(r.get(f"{{{W}}}id")) for r in document.element.body.iter(f"{{{W}}}endnoteReference")]
    assert refs == ENDNOTES  # each points to an existing note, in order: Word prints the same numbers
    styles = document.styles
    assert styles["Endnote Text"].style_id == "EndnoteText"
    assert styles["Endnote Reference"].style_id == "EndnoteReference"
    assert styles["Endnote Reference"].font.superscript is True
    settings = document.settings.element
    assert settings.find("w:endnotePr/w:numFmt", NS).get(f"{{{W}}}val") == "decimal"
    assert [e.get(f"{{{W}}}id") for e in settings.findall("w:endnotePr/w:endnote", NS)] == ["-1", "0"]
    sect = document.sections[0]._sectPr
    assert sect.find("w:endnotePr/w:numFmt", NS).get(f"{{{W}}}val") == "decimal"


def test_render_summary_docx_layout(kaz: Summary, kaz_docx: Path) -> None:
    document = docx.Document(str(kaz_docx))
    paragraphs = document.paragraphs
    texts = [p.text for p in paragraphs]
    assert texts[:3] == [
        "Human Rights Council",
        "Working Group on the Universal Periodic Review",
        "Seventh session",
    ]
    assert texts[3].startswith("Summary prepared by the Office of the United Nations High Commissioner")
    assert texts[4] == "Kazakhstan*" and all(r.bold for r in paragraphs[4].runs)
    assert texts[5].startswith("The present report is a summary of 16 stakeholders’ submissions to the")
    section = document.sections[0]
    assert section.first_page_header.paragraphs[0].text == "A/HRC/WG.6/7/KAZ/3"
    assert section.first_page_footer.paragraphs[0].text.startswith("* The present document was not edited")
    assert section.header.paragraphs[0].text == "A/HRC/WG.6/7/KAZ/3"
    headings = [
        (int(p.style.name.split()[-1]), p.text.replace("\t", " "))
        for p in paragraphs
        if p.style.name.startswith("Heading")
    ]
    assert headings == _expected_headings(kaz)
    body = [p.text for p in paragraphs if p.style.name == "Normal"]
    numbered = [int(m.group(1)) for t in body if (m := re.match(r"(\d+)\.\t", t))]
    assert numbered == PARAGRAPHS
    para1 = next(p for p in paragraphs if p.text.startswith("1.\t"))
    assert para1.paragraph_format.first_line_indent < 0  # hanging indent
    assert para1.text.startswith("1.\tJoint Submission (JS)1 recommended the ratification of ICCPR–OP 2. JS3")
    assert texts.count("N/A") == 2
    assert texts[-1] == "Notes" and all(r.bold for r in paragraphs[-1].runs)  # over the endnotes, as printed
    assert document.styles["Normal"].font.name == "Times New Roman"
    comments = document.core_properties.comments
    assert (
        comments.startswith(f"Draft: {kaz.word_count} of 5350 body words.")
        and "synthesised-endnotes" in comments
    )
    assert document.core_properties.identifier == "A/HRC/WG.6/7/KAZ/3"


def test_render_summary_docx_keeps_text_literal(kaz: Summary, tmp_path: Path) -> None:
    hostile = _with_hostile_text(kaz)
    path = tmp_path / "hostile.docx"
    write_summary_docx(hostile, path)
    document = docx.Document(str(path))
    assert any(SCRIPT in p.text for p in document.paragraphs)
    assert "late.docx (received after the deadline)" in document.core_properties.comments
    assert all("late.docx" not in p.text for p in document.paragraphs)


def test_render_summary_docx_comment_fits_core_properties(kaz: Summary) -> None:
    many = kaz.model_copy(
        update={"not_included": [NotIncluded(file=f"f{i}.pdf", reason="late") for i in range(40)]}
    )
    comment = draft_report_comment(many)
    assert len(comment) == 255 and comment.endswith("…")


def _cover(report: ParsedReport) -> tuple[object, ...]:
    return report.symbol, report.country, report.session, report.cycle, report.kind


def _statements(report: ParsedReport) -> list[tuple[object, ...]]:
    """Every statement of a parse as the summary gives it: paragraph, headings, credits, verb, act, notes, text."""
    return [
        (p.number, tuple(p.headings), tuple(st.sources), st.verb, st.act, tuple(st.endnotes), _norm(st.text))
        for p in report.paragraphs
        for st in p.statements
    ]


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_render_summary_reads_back_as_it_was_parsed(
    kaz_parsed: ParsedReport, kaz: Summary, fmt: str, tmp_path: Path
) -> None:
    """Each format uprkit writes is a UPR document uprkit reads: parsed back, the summary gives every statement
    with the same paragraph, headings, credits, verb, act and notes, the same stakeholders, and no warning. Read
    back before, the Markdown had no notes ("endnote markers (1-142) but the endnote texts are missing"), the HTML's
    notes began with their numbers ("98AI") and its list ran into one line, and all three credited "Forum" for
    the list's "Forum 18;"."""
    again = parse_file(render_summary(kaz, fmt, tmp_path / f"draft.{fmt}"))  # a name that tells nothing
    assert [w.message for w in again.warnings] == []
    # the cover's symbol and session (the HTML's cover, a <header> in its <article>, was left out as a site's banner)
    assert _cover(again) == _cover(kaz_parsed) == ("A/HRC/WG.6/7/KAZ/3", "KAZ", 7, 1, "stakeholder_summary")
    assert _statements(again) == _statements(kaz_parsed)
    assert sorted(st.abbreviation for st in again.stakeholders) == sorted(st.abbreviation for st in kaz_parsed.stakeholders)
    assert [n.number for n in again.endnotes] == ENDNOTES


PDF_SKIP = (
    "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui to run this check"
)


@pytest.mark.skipif(shutil.which("soffice") is None, reason=PDF_SKIP)
def test_render_summary_docx_converts_to_pdf_with_libreoffice(
    kaz_parsed: ParsedReport, kaz: Summary, kaz_docx: Path, tmp_path: Path
) -> None:
    import pypdfium2 as pdfium

    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(kaz_docx)],
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    pdf_path = tmp_path / "kaz.pdf"
    assert pdf_path.exists(), result.stderr or result.stdout
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    flat = _norm(text.replace("\r", "\n"))
    for _, heading in _expected_headings(kaz):
        assert _norm(heading) in flat, heading
    numbers = [int(n) for n in re.findall(r"(?m)^\s*(\d+)\.\s", text.replace("\r", "\n"))]
    assert all(n in numbers for n in PARAGRAPHS)
    for note in kaz.endnotes:
        first_line = note.text.splitlines()[0]
        assert f"{note.number} {_norm(first_line)}" in flat, note.number
    assert "Kazakhstan" in flat and "A/HRC/WG.6/7/KAZ/3" in flat and "Seventh session" in flat
    # and the PDF reads back as the summary was parsed (its text layer keeps no column gap in the stakeholder list:
    # "PRI-Central Asia Penal Reform International-Central Asia;" is split where the text's own definition says)
    again = parse_file(pdf_path)
    assert [w.message for w in again.warnings] == []
    assert _cover(again) == _cover(kaz_parsed)
    assert _statements(again) == _statements(kaz_parsed)
    assert sorted(st.abbreviation for st in again.stakeholders) == sorted(st.abbreviation for st in kaz_parsed.stakeholders)


# --------------------------------------------------------------------------------------------- dispatch


def test_render_summary_writes_each_format(kaz: Summary, tmp_path: Path) -> None:
    written = {fmt: render_summary(kaz, fmt, tmp_path) for fmt in ("docx", "md", "html", "json")}
    assert {p.name for p in written.values()} == {
        "A_HRC_WG.6_7_KAZ_3.docx",
        "A_HRC_WG.6_7_KAZ_3.md",
        "A_HRC_WG.6_7_KAZ_3.html",
        "A_HRC_WG.6_7_KAZ_3.json",
    }
    assert written["md"].read_text(encoding="utf-8") == summary_to_markdown(kaz)
    assert written["json"].read_text(encoding="utf-8") == summary_to_json(kaz)
    out = render_summary(kaz.model_copy(update={"symbol": None}), "html", tmp_path / "sub" / "draft.html")
    assert out == tmp_path / "sub" / "draft.html" and "[draft]" in out.read_text(encoding="utf-8")
    assert (
        render_summary(kaz.model_copy(update={"symbol": None}), "md", tmp_path).name == "summary-KAZ-draft.md"
    )
    with pytest.raises(ValueError, match="unknown summary format"):
        render_summary(kaz, "pdf", tmp_path)  # type: ignore[arg-type]


def test_render_summary_output_is_deterministic(kaz: Summary) -> None:
    again = example_summary()
    assert summary_to_html(again) == summary_to_html(kaz)
    assert summary_to_markdown(again) == summary_to_markdown(kaz)


def test_render_summary_stakeholder_list_keeps_abbreviation_and_name_apart(kaz: Summary, kaz_md: str) -> None:
    from uprkit.render.summary_html import render_html

    assert "JS1&emsp;&emsp;Joint submission 1" in kaz_md  # a tab would collapse into "JS1 Joint submission 1"
    page = render_html(kaz)
    # the style sheet sets the abbreviation in a column; read without it (a screen reader, a copy, a parser) the
    # two stay apart, and each entry is a line of its own
    assert '<div class="note-line"><span class="note-abbr">JS1&emsp;&emsp;</span>Joint submission 1' in page

