"""PDF reader: page ranges, verbatim text layer, metadata and the errors for bad files."""

from __future__ import annotations

import contextlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from uprkit.errors import ReadError
from uprkit.model import Document
from uprkit.read import read_bytes, read_document
from uprkit.read.pdf import PAGE_SEPARATOR, _drop_cap, _normalise, _words, read_pdf

DATA = Path(__file__).parent / "data"
EXCERPT = DATA / "kaz3_excerpt.pdf"


@pytest.fixture(scope="module")
def doc() -> Document:
    return read_document(EXCERPT)


def test_read_pdf_format_and_metadata(doc: Document) -> None:
    assert doc.format == "pdf"
    assert doc.source_path == str(EXCERPT)
    assert doc.metadata == {
        "title": "Summary prepared by OHCHR: Kazakhstan",
        "author": "United Nations",
        "page_count": "3",
    }


def test_read_pdf_pages_cover_each_page_exactly(doc: Document) -> None:
    assert [p.number for p in doc.pages] == [1, 2, 3]
    assert doc.pages[0].start == 0
    assert doc.pages[-1].end == len(doc.text)
    for before, after in zip(doc.pages, doc.pages[1:], strict=False):
        assert doc.text[before.end : after.start] == PAGE_SEPARATOR
    pages = [doc.text[p.start : p.end] for p in doc.pages]
    assert PAGE_SEPARATOR.join(pages) == doc.text
    assert all("\f" not in page for page in pages)
    assert pages[0].startswith("United Nations\nA/HRC/WG.6/7/KAZ/3\nGeneral Assembly\n")
    assert pages[1].startswith("A/HRC/WG.6/7/KAZ/3\nPage 2\nB. Constitutional and legislative framework\n")
    assert pages[2].startswith("A/HRC/WG.6/7/KAZ/3\nPage 3\nNotes\n1 The stakeholders listed below")
    assert pages[2].endswith("5 JS1, p. 6; see also AI, p. 2.")


def test_read_pdf_page_at(doc: Document) -> None:
    assert doc.page_at(doc.text.index("Kazakhstan\n")) == 1
    assert doc.page_at(doc.text.index("2. JS1 noted")) == 2
    assert doc.page_at(doc.text.index("4 JS1, pp. 4-5.")) == 3


def test_read_pdf_text_is_verbatim_with_unix_line_ends(doc: Document) -> None:
    assert "\r" not in doc.text
    assert "\ufffe" not in doc.text
    lines = doc.text.split("\n")
    assert "I. BACKGROUND AND FRAMEWORK" in lines
    assert "A. Scope of international obligations" in lines
    numbered = [line[:3] for line in lines if line[:1].isdigit() and line[1:3] == ". "]
    assert numbered == ["1. ", "2. ", "3. "]
    assert "stakeholders\u2019 submissions1" in doc.text  # superscript glued, as PDFium lays it out
    assert "ICCPR\u2013OP 2.2" in doc.text


def test_read_pdf_keeps_a_printed_line_whole_after_a_raised_note_marker(doc: Document) -> None:
    # PDFium breaks the line after the superscript "2" ("… ICCPR–OP 2.2" / " JS3 urged Kazakhstan to ratify"), though
    # the printed line goes on; the break at the end of a printed line, after the marker "3", stays
    lines = doc.text.split("\n")
    assert "1. Joint Submission (JS)1 recommended the ratification of ICCPR\u2013OP 2.2 JS3 urged Kazakhstan to ratify" in lines
    assert "The present report is a summary of 16 stakeholders\u2019 submissions1 to the universal periodic review. It" in lines
    assert "the CRPD and OP-CRPD at the earliest opportunity.3" in lines


def test_read_pdf_restores_line_end_hyphen(doc: Document) -> None:
    assert "as well as interna-\ntional human rights standards.4" in doc.text


def test_read_pdf_normalise() -> None:
    assert _normalise("a\r\nb\rc") == "a\nb\nc"
    assert _normalise("interna\ufffetional") == "interna-\ntional"
    assert _normalise("interna\ufffe\r\ntional") == "interna-\ntional"
    assert _normalise("a\fb") == "a\nb"


def test_read_pdf_puts_a_drop_cap_back_at_the_head_of_its_word() -> None:
    """(a review of the Nepalese set) PDFium gives CJIN's drop cap as a line "S" after the paragraph whose first word
    it begins ("ince Nepal's second review …"), and the first sentence was lost."""
    text = read_document(DATA / "submissions_npl" / "CJIN_Nepal_UPR37_torture_custody.pdf").text
    assert "\nSince Nepal's second review in 2015, CJIN\n" in text
    assert "\nS\n" not in text
    page = "Title\nhe law\nT\nand he said\nA\nB. Cases\nnone of them"
    words = _words([page, "the", "nothing"])
    assert _drop_cap(page, words) == page  # "he" and "none" are words of their own: no drop cap's
    # (a review of the change) a table's cell or a label before a wrapped line is no drop cap, and with two lone
    # letters on a page no line is lost
    for page in ("CAT\nN\nThe State has signed the Convention but has\never failed to report since 2010.",
                 "Recommendations\nA\nEnsure that detainees are able to regain and\ngain access to lawyers."):
        assert _drop_cap(page, _words([page])) == page
    page = "ince the last review the State has done little.\nA\nS\nOther text here.\ngain access is rare."
    assert _drop_cap(page, _words([page])) == (
        "Since the last review the State has done little.\nA\nOther text here.\ngain access is rare.")


def test_read_pdf_encrypted() -> None:
    with pytest.raises(ReadError) as info:
        read_document(DATA / "kaz3_encrypted.pdf")
    assert info.value.message == "encrypted PDF: a password is required"
    assert info.value.path == str(DATA / "kaz3_encrypted.pdf")


def test_read_pdf_truncated() -> None:
    with pytest.raises(ReadError) as info:
        read_document(DATA / "kaz3_truncated.pdf")
    assert info.value.message.startswith("corrupt or truncated PDF (")


def test_read_pdf_corrupt_body() -> None:
    data = b"%PDF-1.7\n" + b"this is not a PDF object\n" * 40 + b"%%EOF\n"
    with pytest.raises(ReadError) as info:
        read_pdf(data, "bad.pdf")
    assert info.value.message == "corrupt or truncated PDF (not a well-formed PDF)"
    assert str(info.value) == "bad.pdf: corrupt or truncated PDF (not a well-formed PDF)"


def test_read_pdf_second_half_missing_even_with_good_start() -> None:
    data = EXCERPT.read_bytes()
    with pytest.raises(ReadError, match="corrupt or truncated PDF"):
        read_pdf(data[: len(data) - 200], "cut.pdf")


def test_read_pdf_no_text_layer() -> None:
    with pytest.raises(ReadError) as info:
        read_document(DATA / "no_text_layer.pdf")
    assert info.value.message == "PDF has no text layer (scanned images?); run OCR first"


def test_read_pdf_repeated_and_concurrent_reads_agree(doc: Document) -> None:
    data = EXCERPT.read_bytes()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: read_bytes(data, "x.pdf"), range(8)))
    assert all(result.text == doc.text and result.pages == doc.pages for result in results)


@pytest.mark.parametrize("fixture", ["kaz3_excerpt.pdf", "no_text_layer.pdf"])
def test_read_pdf_closes_each_page_before_the_next(fixture: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2 as pdfium

    live: set[int] = set()  # ids of open documents, pages and text pages
    most_alive = 0

    def tracked_close(cls: Any) -> None:
        original = cls.close

        def close(self: object, *args: object, **kwargs: object) -> object:
            live.discard(id(self))
            return original(self, *args, **kwargs)

        monkeypatch.setattr(cls, "close", close)

    def tracked_open(cls: Any, name: str) -> None:
        original = getattr(cls, name)

        def open_(self: object, *args: object, **kwargs: object) -> object:
            nonlocal most_alive
            result = original(self, *args, **kwargs)
            live.add(id(result))
            most_alive = max(most_alive, len(live))
            return result

        monkeypatch.setattr(cls, name, open_)

    for cls in (pdfium.PdfDocument, pdfium.PdfPage, pdfium.PdfTextPage):
        tracked_close(cls)
    tracked_open(pdfium.PdfDocument, "get_page")
    tracked_open(pdfium.PdfPage, "get_textpage")
    with contextlib.suppress(ReadError):
        read_document(DATA / fixture)
    assert most_alive == 2  # one page and its text page at a time
    assert live == set()  # every page and text page closed explicitly


@pytest.mark.parametrize("raw", ["a\r\nb\ufffe\r\nc", "x\ufffe\ny", "x\ufffe\rz 1", "x\ufffez\f2", "1\r2\r\n\r\n3", ""])
def test_read_pdf_normalise_mapped_is_normalise(raw: str) -> None:
    """The raised references' places are mapped through the page text's repairs: the mapped repair gives the same
    text as the plain one (it did not for a folded hyphen before a lone "\\r"), and every letter and figure's place."""
    from uprkit.read.pdf import _normalise, _normalise_mapped

    text, where = _normalise_mapped(raw)
    assert text == _normalise(raw) and len(where) == len(raw)
    assert all(text[where[i]] == ch for i, ch in enumerate(raw) if ch.isalnum())
