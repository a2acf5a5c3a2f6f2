"""PDF text layer, page by page, through PDFium (pypdfium2).

``Document.text`` is the pages' text joined with :data:`PAGE_SEPARATOR` (``"\\n\\f\\n"``); each
:class:`~uprkit.model.Page` covers exactly one page's text, separators excluded. Within a page the text is
PDFium's, kept verbatim but for three repairs: line ends are ``"\\n"`` (PDFium gives ``"\\r\\n"``), the
hyphen PDFium folds into U+FFFE at a line end (removing the line break) is given back as ``"-\\n"``, so the
line reads as printed ("interna-" / "tional"), and the line break PDFium puts after a raised note marker in the
middle of a printed line ("prisoners.¹ Nsawam Medium Security" read as "prisoners.1" / " Nsawam Medium
Security") is taken out, so that a line of the text is a line of the page. Running headers, page numbers,
superscript note numbers and hyphenation are left for the layout stage.
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from uprkit.errors import ReadError
from uprkit.model import Document, NoteMarker, Page
from uprkit.read.sequence import note_references

__all__ = ["PAGE_SEPARATOR", "read_pdf"]

#: Put between two pages' text: a form feed on a line of its own.
PAGE_SEPARATOR = "\n\f\n"

#: How far from the end of the file the ``%%EOF`` marker is looked for before calling the file truncated.
_EOF_WINDOW = 16 * 1024

# PDFium keeps global state and is not thread-safe: one document at a time per process.
_PDFIUM_LOCK = threading.Lock()

_LOAD_ERRORS = {
    pdfium_c.FPDF_ERR_FILE: "file access error",
    pdfium_c.FPDF_ERR_FORMAT: "not a well-formed PDF",
    pdfium_c.FPDF_ERR_PAGE: "page not found or content error",
    pdfium_c.FPDF_ERR_UNKNOWN: "unknown error",
    pdfium_c.FPDF_ERR_SUCCESS: "no pages",
}


def read_pdf(data: bytes, name: str | None = None) -> Document:
    """Read the text layer of a PDF; raise :class:`ReadError` for corrupt, encrypted or image-only files."""
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise ReadError("corrupt or truncated PDF (no %%EOF end marker: the file seems cut short)", name)
    with _PDFIUM_LOCK, _open(data, name) as pdf:
        metadata = _metadata(pdf)
        read = list(_page_texts(pdf, name))
    page_texts = [text for text, _ in read]
    if any(_LONE_CAPITAL.search(text) for text in page_texts):  # the document's words counted only for a drop cap
        words = _words(page_texts)
        page_texts = [_drop_cap(text, words) for text in page_texts]
    parts: list[str] = []
    pages: list[Page] = []
    raised: list[NoteMarker] = []
    offset = 0
    for number, (page_text, (read_text, runs)) in enumerate(zip(page_texts, read, strict=True), start=1):
        if number > 1:
            parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        parts.append(page_text)
        pages.append(Page(number=number, start=offset, end=offset + len(page_text)))
        if page_text == read_text:  # (a page a drop cap was put back on keeps no places)
            raised += [NoteMarker(number=int(page_text[a:b]), start=offset + a, end=offset + b) for a, b in runs]
        offset += len(page_text)

    if not any(text.strip() for text in page_texts):
        raise ReadError("PDF has no text layer (scanned images?); run OCR first", name)
    empty = [str(page.number) for page, text in zip(pages, page_texts, strict=True) if not text.strip()]
    metadata["page_count"] = str(len(pages))
    if empty:
        metadata["pages_without_text"] = ",".join(empty)
    text = "".join(parts)
    return Document(
        text=text, source_path=name, format="pdf", pages=pages, metadata=metadata,
        raised_numbers=note_references(raised, text),
    )


@contextmanager
def _open(data: bytes, name: str | None) -> Iterator[pdfium.PdfDocument]:
    """Open ``data`` with PDFium, turning load failures into :class:`ReadError`; always close it."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise ReadError("encrypted PDF: a password is required", name) from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise ReadError("encrypted PDF: unsupported security handler", name) from exc
        reason = _LOAD_ERRORS.get(code, str(exc)) if code is not None else str(exc)
        raise ReadError(f"corrupt or truncated PDF ({reason})", name) from exc
    try:
        yield pdf
    finally:
        pdf.close()


def _page_texts(pdf: pdfium.PdfDocument, name: str | None) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """Each page's text and where in it its raised note references are (:func:`_raised`), loading and closing
    one page (and its text page) at a time."""
    for index in range(len(pdf)):
        try:
            page = pdf.get_page(index)
        except pdfium.PdfiumError as exc:
            raise ReadError(f"corrupt or truncated PDF (page {index + 1} cannot be loaded)", name) from exc
        try:
            textpage = page.get_textpage()
            try:
                raw, breaks = _page_text(textpage)
                runs = _raised(textpage, raw, breaks)
            finally:
                textpage.close()
        except pdfium.PdfiumError as exc:
            raise ReadError(f"corrupt or truncated PDF (page {index + 1} has unreadable text)", name) from exc
        finally:
            page.close()
        if not runs:
            yield _normalise(raw), []
            continue
        text, where = _normalise_mapped(raw)
        yield text, [(where[a], where[a] + (b - a)) for a, b in runs]


def _page_text(textpage: pdfium.PdfTextPage) -> tuple[str, list[int]]:
    """PDFium's text of a page without the line breaks it puts inside a printed line after a raised note marker,
    and the characters' indexes where those breaks were taken out."""
    count = textpage.count_chars()
    pieces: list[str] = []
    start = 0
    breaks: list[int] = []
    for at in _breaks_after_markers(textpage, count):
        pieces.append(textpage.get_text_range(start, at - start))
        start = at + 2  # the generated "\r\n"
        breaks.append(at)
    pieces.append(textpage.get_text_range(start, count - start) if count > start else "")
    return "".join(pieces), breaks


#: A run of figures in a page's text, and the character before it (not a line's start).
_FIGURES = re.compile(r"(?<=[^\s])\d+")


def _raised(textpage: pdfium.PdfTextPage, raw: str, breaks: list[int]) -> list[tuple[int, int]]:
    """Where in ``raw`` the page prints a note reference: the last one to three figures of a run that are smaller
    (:data:`_MARKER_SIZE`; by their boxes' heights where the page sets every font at size 1 and scales it) than the
    character before them and raised above its baseline ("in 2022²", read "20222"; "up to 3³ years";
    "prisoners.¹"). A note's own number at the foot of the page starts its line and is no reference.
    :func:`uprkit.read.sequence.note_references` then keeps those that are no unit's power and number the notes
    in order."""
    if len(raw) != textpage.count_chars() - 2 * len(breaks):
        return []  # a character PDFium gives as two (outside the basic plane): its places are not the text's
    out: list[tuple[int, int]] = []

    def index(position: int) -> int:  # the character's index in the text page: each break took out two
        c = position
        for at in breaks:
            if at > c:
                break
            c += 2
        return c

    def height(position: int) -> float:  # the font's size, or where the page scales a font of size 1 (cairo),
        size = float(pdfium_c.FPDFText_GetFontSize(textpage, index(position)))  # the character's box's height
        if size > 1.0:
            return size
        _, bottom, _, top = textpage.get_charbox(index(position), loose=True)
        return float(top - bottom)

    x, y = ctypes.c_double(), ctypes.c_double()

    def baseline(position: int) -> float:
        pdfium_c.FPDFText_GetCharOrigin(textpage, index(position), ctypes.byref(x), ctypes.byref(y))
        return float(y.value)

    for m in _FIGURES.finditer(raw):
        a, b = m.start(), m.end()
        base = max(a - 1, b - 4)
        heights = [height(k) for k in range(base, b)]  # the run's last figures, and the character before them
        first = next(
            (k for k in range(max(a, b - 3), b)
             if all(0 < h <= _MARKER_SIZE * heights[k - 1 - base] for h in heights[k - base :])),
            None,
        )
        if first is not None and baseline(first) > baseline(first - 1) + 0.2 * heights[first - 1 - base]:
            out.append((first, b))
    return out


#: A note marker is printed this much smaller than the text after it, at most (6.4 pt after 11 pt, 8.5 after 10.5).
_MARKER_SIZE = 0.85


def _breaks_after_markers(textpage: pdfium.PdfTextPage, count: int) -> Iterator[int]:
    """Where PDFium breaks a line after a superscript note marker though the printed line goes on: PDFium
    generates a ``"\r\n"`` when the baseline drops back after the raised marker ("… built for 9,945 prisoners.¹
    Nsawam Medium Security" / "Prison, built …" gives "prisoners.1" / " Nsawam Medium Security"). The break is
    the marker's when the character before it is smaller than the one after, raised above it, and the character
    after goes on to its right at the height of the same line, not at the start of the next one."""
    unicode = pdfium_c.FPDFText_GetUnicode
    generated = pdfium_c.FPDFText_IsGenerated
    size = pdfium_c.FPDFText_GetFontSize
    for at in range(1, count - 2):
        if unicode(textpage, at) != 13 or unicode(textpage, at + 1) != 10 or generated(textpage, at) != 1:
            continue
        before, after = at - 1, at + 2
        while after < count and unicode(textpage, after) == 32:
            after += 1  # the space that follows the marker
        if after >= count or generated(textpage, before) or generated(textpage, after):
            continue
        if not 0 < size(textpage, before) <= _MARKER_SIZE * size(textpage, after):
            continue
        left, bottom, right, top = textpage.get_charbox(before, loose=True)
        next_left, next_bottom, _, next_top = textpage.get_charbox(after, loose=True)
        height = next_top - next_bottom
        if bottom > next_bottom and bottom < next_top and right - 1 <= next_left <= right + height:
            yield at


def _normalise(text: str) -> str:
    """PDFium's page text with ``\\n`` line ends, folded line-end hyphens restored and no form feeds."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\ufffe\n", "\ufffe").replace("\ufffe", "-\n").replace("\f", "\n")


def _normalise_mapped(raw: str) -> tuple[str, list[int]]:
    """:func:`_normalise`, and where each character of ``raw`` is in its result."""
    out: list[str] = []
    where: list[int] = []
    at = 0
    i = 0
    while i < len(raw):
        ch = raw[i]
        where.append(at)
        if ch == "\r" and raw[i + 1 : i + 2] == "\n":
            where.append(at)
            out.append("\n")
            i += 2
            at += 1
            continue
        if ch == "\ufffe":
            out.append("-\n")
            at += 2
            if raw[i + 1 : i + 2] in ("\n", "\r"):  # the line end it folded: "\n", "\r\n" or a lone "\r"
                skip = 2 if raw[i + 1 : i + 3] == "\r\n" else 1
                where.extend([at] * skip)
                i += 1 + skip
                continue
            i += 1
            continue
        out.append("\n" if ch in "\r\f" else ch)
        at += 1
        i += 1
    text = "".join(out)
    return text, where


_WORD = re.compile(r"[A-Za-z]+")
#: A drop cap: one capital letter printed large on a line of its own, which PDFium gives apart from its word.
_LONE_CAPITAL = re.compile(r"^[ \t]*([A-Z])[ \t]*$", re.M)
#: How many lines from the lone letter the rest of its word may be.
_DROP_CAP_REACH = 12
#: Words an opening paragraph often starts with, a drop cap's word where the document does not use it again.
_OPENERS = frozenset(
    "since in on over during despite although while according following after before between across throughout "
    "today until under with without for from as at by this these many most more our we over every each".split()
)


def _words(page_texts: list[str]) -> Counter[str]:
    return Counter(w.lower() for text in page_texts for w in _WORD.findall(text))


def _drop_cap(text: str, words: Counter[str]) -> str:
    """The page's text with a drop cap put back at the head of its word: PDFium gives "ince Nepal's second review
    in 2015, CJIN has …" and, lines later, a line "S". A line of one capital letter joins a line within
    :data:`_DROP_CAP_REACH` lines that opens a paragraph (the line before it is empty or ends a sentence or a title,
    not a wrapped line's word or comma) with a word in lower case that the letter makes into one of
    :data:`_OPENERS` ("since") and that is used nowhere else in the document ("ince"): not a table's "N" before a
    wrapped "ever failed", nor a label "A" before "gain access"."""
    lines = text.split("\n")
    lone = [n for n, line in enumerate(lines) if _LONE_CAPITAL.fullmatch(line)]
    for at in reversed(lone):  # from the last, so that the places of those before stay right
        letter = lines[at].strip()
        for k in [*range(at - 1, max(-1, at - 1 - _DROP_CAP_REACH), -1), *range(at + 1, min(len(lines), at + 1 + _DROP_CAP_REACH))]:
            first = re.match(r"([a-z]+)\b", lines[k])
            if not first or (letter.lower() + first.group(1)) not in _OPENERS or words[first.group(1)] > 1:
                continue
            before = next((lines[b] for b in range(k - 1, -1, -1) if b != at), "")
            if re.search(r"[a-z,;\-]\s*$", before):
                continue  # the line goes on from the one before it: no paragraph's opening
            lines[k] = letter + lines[k]
            del lines[at]
            break
    return "\n".join(lines)


def _metadata(pdf: pdfium.PdfDocument) -> dict[str, str]:
    """Title and author from the document information dictionary, where set."""
    metadata: dict[str, str] = {}
    for key in ("Title", "Author"):
        value = str(pdf.get_metadata_value(key)).strip()
        if value:
            metadata[key.lower()] = value
    return metadata
