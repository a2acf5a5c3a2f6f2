"""The same document parses to the same structure whatever its format.

A/HRC/WG.6/7/KAZ/3 rebuilt whole from its text extraction as a PDF, a DOCX and an HTML page
(``tests/data/make_format_fixtures.py``; the files are in ``tests/data/formats/``) must give what the text
gives and what the hand-made answer key (``tests/data/kaz_answer_key.json``) says: 53 numbered paragraphs
under the cycle-1 headings, endnote markers 1-142, 142 endnotes whose citations resolve, and the 16
stakeholders of the list in endnote 1.

Where a format fails because of a reader or parser bug, the test is marked ``xfail(strict=True)`` with the
bug in the reason; the assertion itself is not weakened.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

from uprkit.model import Document, ParsedReport
from uprkit.parse import parse_file
from uprkit.read import read_document
from uprkit.read.pdf import PAGE_SEPARATOR

DATA = Path(__file__).resolve().parent / "data"
FORMATS = DATA / "formats"
FIXTURES = {
    "pdf": FORMATS / "kaz3_full.pdf",
    "docx": FORMATS / "kaz3_full.docx",
    "html": FORMATS / "kaz3_full.html",
}
LAYOUT = FORMATS / "kaz3_full.layout.json"
KEY: dict[str, Any] = json.loads((DATA / "kaz_answer_key.json").read_text(encoding="utf-8"))
KEY_PARAGRAPHS: dict[int, dict[str, Any]] = {p["number"]: p for p in KEY["paragraphs"]}
KEY_STAKEHOLDERS: dict[str, str | None] = {s["abbreviation"]: s["name"] for s in KEY["stakeholders"]}

# ------------------------------------------------------------------------------------ known bugs (xfail)

def formats(*names: str, **xfail: str) -> list[Any]:
    """Parameters for the formats ``names`` (all three by default), strict xfail where a bug is known."""
    out = []
    for name in names or tuple(FIXTURES):
        marks = [pytest.mark.xfail(strict=True, reason=xfail[name])] if name in xfail else []
        out.append(pytest.param(name, marks=marks, id=name))
    return out


def fixture_path(fmt: str) -> Path:
    path = FIXTURES[fmt]
    if not path.exists():
        pytest.skip(
            f"{path.relative_to(DATA.parent.parent)} is missing: run tests/data/make_format_fixtures.py"
        )
    return path


@functools.cache
def _parse(path: Path) -> ParsedReport:
    return parse_file(path)


def report_of(fmt: str) -> ParsedReport:
    """The parsed fixture (cached for the module; treat it as read-only)."""
    return _parse(fixture_path(fmt))


# ------------------------------------------------------------------------------------ metadata


@pytest.mark.parametrize("fmt", formats())
def test_formats_metadata(fmt: str) -> None:
    report = report_of(fmt)
    assert report.format == fmt
    assert report.symbol == "A/HRC/WG.6/7/KAZ/3"
    assert report.country == "KAZ"
    assert report.session == 7
    assert report.cycle == 1
    assert report.kind == "stakeholder_summary"
    assert report.stated_submission_count == 16


# ------------------------------------------------------------------------------------ structure


@pytest.mark.parametrize("fmt", formats())
def test_formats_paragraphs_and_headings(fmt: str) -> None:
    report = report_of(fmt)
    assert [p.number for p in report.paragraphs] == list(range(1, 54))
    wrong = {
        p.number: (p.heading_labels, KEY_PARAGRAPHS[p.number]["heading_labels"])
        for p in report.paragraphs
        if p.heading_labels != KEY_PARAGRAPHS[p.number]["heading_labels"]
    }
    assert wrong == {}


@pytest.mark.parametrize("fmt", formats())
def test_formats_paragraph_sources(fmt: str) -> None:
    report = report_of(fmt)
    assert len(report.paragraphs) == 53
    wrong = {
        p.number: (p.sources, KEY_PARAGRAPHS[p.number]["sources"])
        for p in report.paragraphs
        if p.sources != KEY_PARAGRAPHS[p.number]["sources"]
    }
    assert len(wrong) <= 1, wrong


@pytest.mark.parametrize("fmt", formats())
def test_formats_paragraph_endnotes(fmt: str) -> None:
    report = report_of(fmt)
    assert report.introduction is not None
    assert report.introduction.endnotes == KEY["introduction_endnotes"]
    got = {p.number: p.endnotes for p in report.paragraphs}
    assert got == {n: p["endnotes"] for n, p in KEY_PARAGRAPHS.items()}


# ------------------------------------------------------------------------------------ notes and stakeholders


@pytest.mark.parametrize("fmt", formats())
def test_formats_endnotes_citations_resolve(fmt: str) -> None:
    report = report_of(fmt)
    assert [n.number for n in report.endnotes] == list(range(1, 143))
    citations = [c for n in report.endnotes if n.number != 1 for c in n.citations]
    assert len(citations) >= 141  # every note 2-142 cites at least one stakeholder
    resolved = [c for c in citations if c.resolved in KEY_STAKEHOLDERS]
    assert len(resolved) >= 0.97 * len(citations), [
        (c.source, c.resolved) for c in citations if c.resolved not in KEY_STAKEHOLDERS
    ]


@pytest.mark.parametrize(
    "fmt", formats()
)
def test_formats_stakeholder_list_abbreviations(fmt: str) -> None:
    report = report_of(fmt)
    listed = [s for s in report.stakeholders if s.origin == "list"]
    assert sorted(s.abbreviation for s in listed) == sorted(KEY_STAKEHOLDERS)
    assert sum(1 for s in listed if s.counted) == 16


@pytest.mark.parametrize(
    "fmt",
    formats(),
)
def test_formats_stakeholder_list_names(fmt: str) -> None:
    report = report_of(fmt)
    listed = {s.abbreviation: s for s in report.stakeholders if s.origin == "list"}
    assert set(KEY_STAKEHOLDERS) <= set(listed)
    wrong = {
        abbr: (listed[abbr].name, name)
        for abbr, name in KEY_STAKEHOLDERS.items()
        if name is not None and listed[abbr].name != name
    }
    assert wrong == {}
    joint = sorted(abbr for abbr, st in listed.items() if st.kind == "joint")
    assert joint == ["JS1", "JS2", "JS3", "JS4"]


# ------------------------------------------------------------------------------------ pages and offsets


@pytest.mark.parametrize("fmt", formats("pdf", "docx"))
def test_formats_paragraph_pages(fmt: str) -> None:
    """The PDF prints page numbers; the DOCX records Word's rendered page breaks (set where the PDF breaks).
    HTML has no pages."""
    report = report_of(fmt)
    pages = [p.page for p in report.paragraphs]
    assert None not in pages
    assert pages == sorted(pages)  # type: ignore[type-var]
    layout = json.loads(LAYOUT.read_text(encoding="utf-8"))
    assert {p.number: p.page for p in report.paragraphs} == {
        int(n): page for n, page in layout["paragraph_pages"].items()
    }


@pytest.mark.parametrize("fmt", formats())
def test_formats_offsets(fmt: str) -> None:
    """Page ranges, the readers' note markers and notes, and the report's endnote markers point at the
    verbatim text they stand for."""
    path = fixture_path(fmt)
    doc: Document = read_document(path)
    text = doc.text
    previous_end = 0
    for number, page in enumerate(doc.pages, start=1):
        assert page.number == number
        assert previous_end <= page.start <= page.end <= len(text)
        assert doc.page_at(page.start) == number or page.start == page.end
        previous_end = page.end
    if fmt == "pdf":
        assert len(doc.pages) == json.loads(LAYOUT.read_text(encoding="utf-8"))["pdf_pages"]
        assert doc.pages[0].start == 0 and doc.pages[-1].end == len(text)
        assert PAGE_SEPARATOR.join(text[p.start : p.end] for p in doc.pages) == text
        assert all("\f" not in text[p.start : p.end] for p in doc.pages)
    for marker in doc.note_markers:
        assert text[marker.start : marker.end] == str(marker.number), marker
    for note in doc.notes:
        assert text[note.start : note.end] == note.text, note.number
    report = report_of(fmt)
    spans = [n.marker for n in report.endnotes if n.marker is not None]
    assert len(spans) == 142
    for endnote in report.endnotes:
        assert endnote.marker is not None
        assert endnote.marker.text == str(endnote.number)
        assert text[endnote.marker.start : endnote.marker.end] == endnote.marker.text
