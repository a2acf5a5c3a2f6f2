"""uprkit.classify.inputs: which arguments of ``uprkit classify`` are texts and which are files, and how files
and standard input are read (every line kept, encodings, refusals)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import DATA

from uprkit.classify.inputs import (
    TextSource,
    looks_like_path,
    read_lines,
    resolve_sources,
    split_lines,
    stdin_lines,
)
from uprkit.errors import ReadError


@pytest.mark.parametrize(
    ("argument", "path_like"),
    [
        ("recomendations.txt", True),
        ("data/recs", True),
        ("C:\\recs.csv", True),
        ("../shared/my recs.txt", True),
        ("Ratify the CRPD.", False),
        ("OP-CAT", False),
        ("ICCPR-OP 2", False),
        ("Abolish the death penalty (Australia);", False),
        ("e.g.", False),
        ("somedir", False),
    ],
)
def test_classify_inputs_looks_like_path(argument: str, path_like: bool) -> None:
    assert looks_like_path(argument) is path_like


def test_classify_inputs_resolve_sources(tmp_path: Path) -> None:
    recs = tmp_path / "recs.txt"
    recs.write_text("Ratify OP-CAT\n", encoding="utf-8")
    assert resolve_sources([str(recs), "Ratify the CRPD", "-"]) == [
        TextSource(path=str(recs)),
        TextSource(text="Ratify the CRPD"),
        TextSource(path="-"),
    ]
    assert resolve_sources(["nope.txt"], as_text=True) == [TextSource(text="nope.txt")]
    with pytest.raises(ReadError) as missing:
        resolve_sources(["Ratify the CRPD", str(tmp_path / "recomendations.txt")])
    assert missing.value.path == str(tmp_path / "recomendations.txt") and "no such file" in missing.value.message
    with pytest.raises(ReadError) as folder:
        resolve_sources([str(tmp_path)])
    assert folder.value.path == str(tmp_path) and "folder" in folder.value.message


def test_classify_inputs_every_line_kept_with_any_line_ending() -> None:
    assert split_lines("Ratify OP-CAT;\n\n   \nProtect journalists;\n\t\nRatify the CRPD.\n") == [
        "Ratify OP-CAT;", "", "", "Protect journalists;", "", "Ratify the CRPD."
    ]
    assert split_lines("a\r\n\r\nb\rc") == ["a", "", "b", "c"]
    assert split_lines("a\u2028b\x0cc\n") == ["a\u2028b\x0cc"]  # only \n, \r\n and \r end a line
    assert split_lines("") == []


def test_classify_inputs_latin1_file_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Protect réfugiés (Côte d'Ivoire);\n\n".encode("latin-1"))
    lines, encoding = read_lines(str(path))
    assert lines == ["Protect réfugiés (Côte d'Ivoire);", ""]
    assert encoding == "cp1252"
    utf8 = tmp_path / "utf8.txt"
    utf8.write_bytes("\ufeffRéfugiés\r\nx".encode())
    assert read_lines(str(utf8)) == (["Réfugiés", "x"], "utf-8-sig")


@pytest.mark.parametrize(
    ("name", "problem"),
    [("kaz3_excerpt.pdf", "a PDF, not plain text"), ("kaz3_footnotes.docx", "a Word document, not plain text")],
)
def test_classify_inputs_documents_refused(name: str, problem: str) -> None:
    with pytest.raises(ReadError) as exc:
        read_lines(str(DATA / name))
    assert exc.value.path == str(DATA / name) and exc.value.message.startswith(problem)


def test_classify_inputs_binary_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(ReadError, match="binary content"):
        read_lines(str(path))


def test_classify_inputs_stdin_lines() -> None:
    assert list(stdin_lines(io.BytesIO(b"\xef\xbb\xbfRatify CAT\r\n\r\n  \nR\xc3\xa9fugi\xc3\xa9s"))) == [
        "Ratify CAT", "", "", "Réfugiés"
    ]
    with pytest.raises(ReadError, match=r"line 2 is not UTF-8") as exc:
        list(stdin_lines(io.BytesIO(b"ok\nR\xe9fugi\xe9s\n")))
    assert exc.value.path == "<stdin>"
