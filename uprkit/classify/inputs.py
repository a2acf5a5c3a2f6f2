"""The texts ``uprkit classify`` labels: arguments that are texts, files of one text per line, standard input.

An argument naming an existing file is read as one text per line; any other argument is a text, unless it looks
like a file name ("recomendations.txt", "data/recs", no spaces) or names a folder: then it is an error, not a
text to classify. Every line of a file counts, empty or whitespace-only lines included, so that results can be
matched to lines. A file must be plain text: a PDF, a Word document, an HTML page or binary content is refused
with a :class:`~uprkit.errors.ReadError` naming the file. Text that is not UTF-8 is decoded as the encoding that
fits (UTF-16 with a byte-order mark, or a Western 8-bit code page such as cp1252 / Latin-1), and the encoding is
reported; standard input must be UTF-8.

>>> looks_like_path("recomendations.txt"), looks_like_path("Ratify the CRPD."), looks_like_path("OP-CAT")
(True, False, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from uprkit.errors import ReadError

__all__ = [
    "STDIN",
    "TextSource",
    "is_utf8",
    "looks_like_path",
    "read_lines",
    "resolve_sources",
    "split_lines",
    "stdin_lines",
]

STDIN = "-"
#: Longest argument that may be a file name (longer ones are always texts).
_MAX_PATH = 4096
_EXTENSION = r"\.[A-Za-z][A-Za-z0-9]{1,5}"
# one word with a path separator or a file extension; or any words with a separator and an extension
_PATH_LIKE = re.compile(rf"\A(?:[^\s/\\]*[/\\]\S*|[^\s/\\]+{_EXTENSION}|\S*[/\\].*{_EXTENSION})\Z")
# lines end at \n, \r\n or a bare \r (as Python's universal newlines; not at U+2028, U+0085 or a form feed)
_NEWLINE = re.compile(r"\r\n|\r|\n")
_KINDS = {"pdf": "a PDF", "docx": "a Word document", "html": "an HTML page"}
_UTF8 = ("utf-8", "utf-8-sig", "ascii")
_WESTERN = ("cp1252", "mac_roman", "latin-1")
_HIGH_BYTES = bytes(range(0x80, 0x100))
#: Below this share of bytes over 0x7f, a text that is not UTF-8 is read as a Western code page.
_MOSTLY_ASCII = 0.2


@dataclass(frozen=True)
class TextSource:
    """One argument: a text itself, a file of one text per line, or standard input (``path`` is ``"-"``)."""

    text: str | None = None
    path: str | None = None


def looks_like_path(argument: str) -> bool:
    """Whether an argument reads as a file name rather than a text: a path separator, or a file extension on
    a word with no spaces ("recomendations.txt", "data/recs", "C:\\recs.csv")."""
    return len(argument) < _MAX_PATH and _PATH_LIKE.match(argument.strip()) is not None


def resolve_sources(arguments: Sequence[str], *, as_text: bool = False) -> list[TextSource]:
    """What each argument is; raise :class:`ReadError` for a folder or a missing file name (before anything
    is read, so a typo in the last argument stops the command before any output)."""
    sources: list[TextSource] = []
    for argument in arguments:
        if as_text:
            sources.append(TextSource(text=argument))
            continue
        if argument == STDIN:
            sources.append(TextSource(path=STDIN))
            continue
        path = Path(argument) if len(argument) < _MAX_PATH and "\x00" not in argument else None
        try:
            is_dir = path is not None and path.is_dir()
            is_file = path is not None and path.is_file()
        except OSError:  # a name too long for the file system: a text
            is_dir = is_file = False
        if is_dir:
            raise ReadError("is a folder, not a file of texts (give the files in it)", argument)
        if is_file:
            sources.append(TextSource(path=argument))
        elif looks_like_path(argument):
            raise ReadError("no such file (to classify these words as a text, add --text)", argument)
        else:
            sources.append(TextSource(text=argument))
    return sources


def split_lines(text: str) -> list[str]:
    """The lines of a text, each stripped of surrounding whitespace, empty ones kept (a final newline ends
    the last line; it does not start an empty one)."""
    lines = _NEWLINE.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return [line.strip() for line in lines]


def read_lines(path: str) -> tuple[list[str], str]:
    """The lines of a plain-text file (see :func:`split_lines`) and the encoding it was read as."""
    from uprkit.read import MAX_BYTES
    from uprkit.read.detect import detect_format
    from uprkit.read.text import decode_text

    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(
                f"file too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB, "
                "set UPRKIT_MAX_BYTES to raise it)",
                path,
            )
        data = p.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read file ({exc.strerror or exc})", path) from exc
    if not data:
        return [], "utf-8"
    fmt = detect_format(data, path)
    if fmt != "text":
        raise ReadError(
            f"{_KINDS[fmt]}, not plain text with one text per line (uprkit parse --classify labels documents)",
            path,
        )
    text, encoding = decode_text(data, path)  # refuses binary content
    if not is_utf8(encoding) and not encoding.startswith("utf") and encoding not in _WESTERN:
        # mostly ASCII with a few 8-bit letters is a Western code page (French or Spanish recommendations),
        # whatever a detector guesses from so few bytes (it reads "Côte d'Ivoire" in Latin-1 as Big5)
        high = len(data) - len(data.translate(None, _HIGH_BYTES))
        if high < len(data) * _MOSTLY_ASCII:
            text, encoding = _western(data)
    return split_lines(text), encoding


def _western(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d are not cp1252
        return data.decode("latin-1"), "latin-1"


def stdin_lines(stream: BinaryIO | Iterable[bytes], name: str = "<stdin>") -> Iterator[str]:
    """The lines of standard input (bytes, UTF-8), stripped, empty ones kept; :class:`ReadError` naming the
    line that is not UTF-8."""
    number = 0
    for chunk in stream:  # a binary stream breaks at b"\n" only: a bare \r is split here
        for raw in _split_bytes(chunk):
            number += 1
            yield _decode_line(raw, number == 1, name, number)


def _split_bytes(data: bytes) -> list[bytes]:
    lines = re.split(rb"\r\n|\r|\n", data)
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def _decode_line(raw: bytes, first: bool, name: str, number: int) -> str:
    if first and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8").strip()
    except UnicodeDecodeError as exc:
        raise ReadError(f"line {number} is not UTF-8 (byte {exc.start + 1}); convert the input to UTF-8", name) from exc


def is_utf8(encoding: str) -> bool:
    return encoding.replace("_", "-").lower() in _UTF8
