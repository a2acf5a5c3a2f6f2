"""Format detection: content decides, the file name is only a hint."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import SHARED_DATA, SHARED_SKIP_REASON

from uprkit.errors import ReadError, UnsupportedFormatError
from uprkit.read import detect_format, read_bytes, read_document
from uprkit.read.text import decode_text

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("fixture", "lying_name", "expected"),
    [
        ("kaz3_excerpt.pdf", "report.txt", "pdf"),
        ("kaz3_endnotes.docx", "report.bin", "docx"),
        ("kaz3_footnotes.html", "page.txt", "html"),
        ("latin1.txt", "notes.html", "text"),
    ],
)
def test_read_detect_from_content_when_the_name_lies(
    fixture: str, lying_name: str, expected: str, tmp_path: Path
) -> None:
    data = (DATA / fixture).read_bytes()
    assert detect_format(data, lying_name) == expected
    assert read_bytes(data, lying_name).format == expected
    path = tmp_path / lying_name
    shutil.copyfile(DATA / fixture, path)
    doc = read_document(path)
    assert doc.format == expected
    assert doc.source_path == str(path)


def test_read_detect_pdf_after_leading_junk() -> None:
    data = (DATA / "kaz3_excerpt.pdf").read_bytes()
    assert detect_format(b"\r\n" + data, None) == "pdf"


def test_read_detect_latin1_text() -> None:
    doc = read_document(DATA / "latin1.txt")
    assert doc.format == "text"
    assert doc.text.startswith("Human Rights Council, Gen\u00e8ve.\nS\u00e3o Tom\u00e9 and Pr\u00edncipe")
    assert doc.metadata["encoding"] in ("cp1252", "latin_1", "iso8859_1", "latin-1")


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("mac_roman", "mac_roman"), ("cp1252", "cp1252")],
)
def test_read_detect_dashes_between_digits_decide_the_code_page(encoding: str, expected: str) -> None:
    # a one-line addendum with CR line ends, as the raw-data texts, and no "’" inside a word: the en dash of its
    # ranges is "Ð" read as cp1252 where the file is Mac Roman, "ñ" read as Mac Roman where it is cp1252
    text = ("Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State "
            "under review\rMongolia supports the following recommendations: 107.2–107.6, 107.11–107.15 and 107.20.\r"
            "Mongolia notes recommendations 107.7–107.10. The plan for 2011–2015 is adopted.\r")
    doc = read_bytes(text.encode(encoding), "A_HRC_30_6_Add.1.txt")
    assert (doc.metadata["encoding"], doc.text) == (expected, text)


def test_read_detect_every_raw_data_report_is_mac_roman() -> None:
    # the 262 one-line reports of uprs/v.1 (Mac Roman, CR line ends) decode as such, dashes between digits or not
    txts = SHARED_DATA / "uprs" / "v.1" / "Data" / "raw-data" / "txts"
    if not txts.is_dir():
        pytest.skip(SHARED_SKIP_REASON)
    decoded = {p.name: decode_text(p.read_bytes(), p.name) for p in sorted(txts.glob("*.txt"))}
    assert len(decoded) == 262
    assert {name for name, (_, encoding) in decoded.items() if encoding != "mac_roman"} == set()
    assert not [name for name, (text, _) in decoded.items() if re.search(r"\d[ÐÑ]\d|[a-z]Õ[a-z]", text)]


def test_read_detect_docx_name_without_zip() -> None:
    with pytest.raises(ReadError) as info:
        read_document(DATA / "not_a_zip.docx")
    assert info.value.message == "not a valid .docx file (it is not a zip container)"
    # the same bytes under a neutral name are plain text
    assert read_bytes((DATA / "not_a_zip.docx").read_bytes(), "notes.txt").format == "text"


def test_read_detect_pdf_name_without_pdf() -> None:
    with pytest.raises(ReadError, match="no %PDF- header"):
        read_bytes(b"just text", "report.pdf")


def test_read_detect_legacy_ole() -> None:
    with pytest.raises(UnsupportedFormatError, match="legacy binary Word/OLE"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "protected.docx")


def test_read_detect_empty_and_missing(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="empty file"):
        read_bytes(b"", "x.pdf")
    with pytest.raises(ReadError, match="no such file"):
        read_document(tmp_path / "missing.pdf")
