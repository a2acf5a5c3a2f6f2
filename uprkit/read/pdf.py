"""PDF text layer, page by page, through PDFium (pypdfium2).

``Document.text`` is the pages' text joined with :data:`PAGE_SEPARATOR` (``"\\n\\f\\n"``); each
:class:`~uprkit.model.Page` covers exactly one page's text, separators excluded. Within a page the text is
PDFium's, kept verbatim but for two repairs: line ends are ``"\\n"`` (PDFium gives ``"\\r\\n"``), and the
hyphen PDFium folds into U+FFFE at a line end (removing the line break) is given back as ``"-\\n"``, so the
line reads as printed ("interna-" / "tional"). Running headers, page numbers, superscript note numbers and
hyphenation are left for the layout stage.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from uprkit.errors import ReadError
from uprkit.model import Document, Page

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
        page_texts = list(_page_texts(pdf, name))
    parts: list[str] = []
    pages: list[Page] = []
    offset = 0
    for number, page_text in enumerate(page_texts, start=1):
        if number > 1:
            parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        parts.append(page_text)
        pages.append(Page(number=number, start=offset, end=offset + len(page_text)))
        offset += len(page_text)
    if not any(text.strip() for text in page_texts):
        raise ReadError("PDF has no text layer (scanned images?); run OCR first", name)
    empty = [str(page.number) for page, text in zip(pages, page_texts, strict=True) if not text.strip()]
    metadata["page_count"] = str(len(pages))
    if empty:
        metadata["pages_without_text"] = ",".join(empty)
    return Document(text="".join(parts), source_path=name, format="pdf", pages=pages, metadata=metadata)


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


def _page_texts(pdf: pdfium.PdfDocument, name: str | None) -> Iterator[str]:
    """Each page's text, loading and closing one page (and its text page) at a time."""
    for index in range(len(pdf)):
        try:
            page = pdf.get_page(index)
        except pdfium.PdfiumError as exc:
            raise ReadError(f"corrupt or truncated PDF (page {index + 1} cannot be loaded)", name) from exc
        try:
            textpage = page.get_textpage()
            try:
                raw = textpage.get_text_range() if textpage.count_chars() > 0 else ""
            finally:
                textpage.close()
        except pdfium.PdfiumError as exc:
            raise ReadError(f"corrupt or truncated PDF (page {index + 1} has unreadable text)", name) from exc
        finally:
            page.close()
        yield _normalise(raw)


def _normalise(text: str) -> str:
    """PDFium's page text with ``\\n`` line ends, folded line-end hyphens restored and no form feeds."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\ufffe\n", "\ufffe").replace("\ufffe", "-\n").replace("\f", "\n")


def _metadata(pdf: pdfium.PdfDocument) -> dict[str, str]:
    """Title and author from the document information dictionary, where set."""
    metadata: dict[str, str] = {}
    for key in ("Title", "Author"):
        value = str(pdf.get_metadata_value(key)).strip()
        if value:
            metadata[key.lower()] = value
    return metadata
