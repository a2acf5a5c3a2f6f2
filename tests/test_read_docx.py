"""DOCX reader: body order, automatic numbering as text, note references and note bodies, errors."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from uprkit.errors import ReadError
from uprkit.model import Document
from uprkit.read import read_bytes, read_document
from uprkit.read.docx import read_docx
from uprkit.read.docx_numbering import format_number

DATA = Path(__file__).parent / "data"
ENDNOTES = DATA / "kaz3_endnotes.docx"
FOOTNOTES = DATA / "kaz3_footnotes.docx"

ENDNOTES_BODY = [
    "Kazakhstan*",
    "Summary prepared by the Office of the High Commissioner for Human Rights",
    "The present report is a summary of 16 stakeholders\u2019 submissions1 to the universal periodic review.",
    "I.\tBackground and framework",
    "A.\tScope of international obligations",
    "1.\tJoint Submission (JS)1 recommended the ratification of ICCPR\u2013OP 2.2 JS3 urged Kazakhstan to "
    "ratify the CRPD.3",
    "B.\tConstitutional and legislative framework",
    "2.\tJS1 noted that in 2008 the Supreme Court adopted a regulation:",
    "(a) on international treaties;",
    "(b) on human rights standards.4",
    "II.\tPromotion and protection of human rights on the ground",
    "A.\tCooperation with human rights mechanisms",
    "3.\tAccording to JS1, recommendations of treaty bodies were rarely implemented.5",
    "JS1\tJoint submission 1 by6 three NGOs",
    "AI\tAmnesty International",
]
ENDNOTES_NOTES = [
    "The stakeholders listed at the end of the present report have contributed information.",
    "JS1, p. 3.",
    "JS3, para. 12.",
    "JS1, pp. 4-5.",
    "JS1, p. 6; see also AI, p. 2.",
    "Civil society: JS1.",
]


def rezip(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    """A copy of a zip with some members replaced (or dropped, for None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename in replace:
                content = replace[info.filename]
                if content is not None:
                    dst.writestr(info.filename, content)
            else:
                dst.writestr(info, src.read(info))
    return out.getvalue()


def member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read(name)


def assert_offsets(doc: Document) -> None:
    for marker in doc.note_markers:
        assert doc.text[marker.start : marker.end] == str(marker.number)
    for note in doc.notes:
        assert doc.text[note.start : note.end] == note.text
        assert doc.text[: note.start].endswith(f"\n{note.number} ")
    for page in doc.pages:
        assert 0 <= page.start <= page.end <= len(doc.text)


@pytest.fixture(scope="module")
def doc() -> Document:
    return read_document(ENDNOTES)


def test_read_docx_body_lines_with_numbering(doc: Document) -> None:
    assert doc.format == "docx"
    lines = doc.text.split("\n")
    assert lines[: len(ENDNOTES_BODY)] == ENDNOTES_BODY
    assert lines[len(ENDNOTES_BODY)] == "Notes"


def test_read_docx_endnotes(doc: Document) -> None:
    assert_offsets(doc)
    assert [note.number for note in doc.notes] == [1, 2, 3, 4, 5, 6]
    assert [note.text for note in doc.notes] == ENDNOTES_NOTES
    note_lines = doc.text.split("\n")[len(ENDNOTES_BODY) + 1 : -1]
    assert note_lines == [f"{i} {text}" for i, text in enumerate(ENDNOTES_NOTES, start=1)]
    assert doc.text.endswith("6 Civil society: JS1.\n")


def test_read_docx_note_markers_follow_reference_order(doc: Document) -> None:
    assert [m.number for m in doc.note_markers] == [1, 2, 3, 4, 5, 6]
    contexts = [doc.text[m.start - 5 : m.end] for m in doc.note_markers]
    assert contexts == ["sions1", "OP 2.2", "CRPD.3", "ards.4", "nted.5", " 1 by6"]
    # the custom "*" footnote on the title is neither numbered nor listed
    assert "not edited" not in doc.text


def test_read_docx_metadata(doc: Document) -> None:
    assert doc.metadata == {
        "title": "Summary prepared by OHCHR: Kazakhstan",
        "author": "United Nations",
        "paragraphs": "15",
        "header": "A/HRC/WG.6/7/KAZ/3",
        "note_series": "endnotes",
        "page_breaks": "rendered",
    }


def test_read_docx_pages_from_rendered_page_breaks(doc: Document) -> None:
    assert [p.number for p in doc.pages] == [1, 2]
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    assert doc.pages[0].end == doc.pages[1].start
    assert doc.text[doc.pages[1].start :].startswith("B.\tConstitutional and legislative framework\n")
    assert doc.page_at(doc.text.index("Scope of")) == 1
    assert doc.page_at(doc.text.index("Civil society")) == 2


def test_read_docx_footnotes_only() -> None:
    doc = read_document(FOOTNOTES)
    assert_offsets(doc)
    assert doc.text.split("\n") == [
        "Submission to the universal periodic review of Kazakhstan",
        "1.\tThe coalition1 submits the following information.",
        "7.\tNumbering restarted with a start override.",
        "8.\tNext item.2",
        "(i) first inserted roman",  # hidden and deleted runs left out
        "(ii) second roman",
        "(iii) third roman with a tab\u2192\tend",
        "Notes",
        "1 Coalition of NGOs, Almaty.",
        "2 See www.example.org.",
        "",
    ]
    assert [(m.number, doc.text[m.start - 4 : m.end]) for m in doc.note_markers] == [
        (1, "tion1"),
        (2, "tem.2"),
    ]
    assert doc.metadata["note_series"] == "footnotes"
    assert doc.metadata["paragraphs"] == "7"
    assert doc.pages == []


def test_read_docx_footnotes_and_endnotes_are_separate_series() -> None:
    data = ENDNOTES.read_bytes()
    body = member(data, "word/document.xml").replace(b'w:customMarkFollows="1" ', b"")
    doc = read_docx(rezip(data, {"word/document.xml": body}), "both.docx")
    assert_offsets(doc)
    assert doc.text.startswith("Kazakhstan1*\n")  # footnote 1, then the "*" run that followed it
    assert [m.number for m in doc.note_markers] == [1, 2, 3, 4, 5, 6]  # endnotes only
    assert doc.text.index("Kazakhstan1") not in {m.start - 10 for m in doc.note_markers}
    assert [note.text for note in doc.notes] == ENDNOTES_NOTES
    assert doc.text.endswith(
        "Footnotes\n1 *The present document was not edited before being sent to the translation services.\n"
    )


def test_read_docx_without_numbering_or_notes_parts() -> None:
    data = rezip(
        FOOTNOTES.read_bytes(),
        {"word/numbering.xml": None, "word/footnotes.xml": None, "word/_rels/document.xml.rels": None},
    )
    doc = read_docx(data, "plain.docx")
    assert doc.text.split("\n")[:3] == [
        "Submission to the universal periodic review of Kazakhstan",
        "The coalition1 submits the following information.",
        "Numbering restarted with a start override.",
    ]
    assert doc.notes == []
    assert "Notes" not in doc.text
    # references without note bodies are still references
    assert [doc.text[m.start - 4 : m.end] for m in doc.note_markers] == ["tion1", "tem.2"]


def test_read_docx_not_a_zip() -> None:
    with pytest.raises(ReadError) as info:
        read_document(DATA / "not_a_zip.docx")
    assert info.value.message == "not a valid .docx file (it is not a zip container)"
    with pytest.raises(ReadError) as info:
        read_docx((DATA / "not_a_zip.docx").read_bytes(), "x.docx")
    assert info.value.message == "not a valid .docx file (it is not a zip container)"


def test_read_docx_truncated_zip() -> None:
    data = ENDNOTES.read_bytes()
    with pytest.raises(ReadError) as info:
        read_docx(data[: len(data) // 2], "cut.docx")
    assert info.value.message.startswith("corrupt or truncated .docx (broken zip container")
    with pytest.raises(ReadError, match="corrupt zip container"):
        read_bytes(data[: len(data) // 2], "cut.docx")


def test_read_docx_missing_document_part() -> None:
    data = rezip(ENDNOTES.read_bytes(), {"word/document.xml": None})
    with pytest.raises(ReadError) as info:
        read_docx(data, "empty.docx")
    assert info.value.message == "not a Word .docx document (no word/document.xml in the zip)"


def test_read_docx_malformed_document_xml() -> None:
    data = rezip(ENDNOTES.read_bytes(), {"word/document.xml": b"<w:document><w:body>"})
    with pytest.raises(ReadError) as info:
        read_docx(data, "bad.docx")
    assert info.value.message.startswith("malformed XML in .docx (")


def test_read_docx_malformed_endnotes_xml() -> None:
    data = rezip(ENDNOTES.read_bytes(), {"word/endnotes.xml": b"<w:endnotes"})
    with pytest.raises(ReadError) as info:
        read_docx(data, "bad.docx")
    assert info.value.message.startswith("malformed XML in /word/endnotes.xml (")


def test_read_docx_ole_container() -> None:
    with pytest.raises(ReadError, match="OLE container"):
        read_docx(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "protected.docx")


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (12, "decimal", "12"),
        (4, "upperRoman", "IV"),
        (1994, "upperRoman", "MCMXCIV"),
        (9, "lowerRoman", "ix"),
        (1, "upperLetter", "A"),
        (27, "upperLetter", "AA"),
        (2, "lowerLetter", "b"),
        (3, "decimalZero", "03"),
        (11, "ordinal", "11th"),
        (22, "ordinal", "22nd"),
        (5, "none", ""),
        (5, "chineseCounting", "5"),
    ],
)
def test_read_docx_format_number(n: int, fmt: str, expected: str) -> None:
    assert format_number(n, fmt) == expected


def _with_text_box(paragraph_text: str, box_text: str) -> bytes:
    """A Word file whose paragraph anchors a text box, written twice as Word does: as a drawing (mc:Choice)
    and as VML for older readers (mc:Fallback)."""
    from docx import Document as WordDocument
    from lxml import etree

    word = WordDocument()
    word.add_heading("Land and memory", level=1)
    p = word.add_paragraph(paragraph_text)
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    box = f'<w:txbxContent xmlns:w="{w}"><w:p><w:r><w:t>{box_text}</w:t></w:r></w:p></w:txbxContent>'
    run = etree.fromstring(
        f'<w:r xmlns:w="{w}" xmlns:mc="{mc}"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{box}'
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    p._p.append(run)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def test_read_docx_text_box_once_after_its_paragraph() -> None:
    doc = read_docx(_with_text_box("The army still occupies land.", "Case study: 3,027 acres remain occupied."), "x.docx")
    assert doc.text.splitlines()[:3] == ["Land and memory", "The army still occupies land.",
                                         "Case study: 3,027 acres remain occupied."]
    assert doc.text.count("3,027") == 1
    assert doc.heading_lines == [0]  # "Heading 1"
