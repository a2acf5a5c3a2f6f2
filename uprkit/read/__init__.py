"""Readers: one per format, each turning a file into a :class:`~uprkit.model.Document`.

The format is detected from the content (magic bytes, markup), the file name being only a hint.
"""

from __future__ import annotations

import os
from pathlib import Path

from uprkit.errors import ReadError
from uprkit.model import Document
from uprkit.read.detect import detect_format

#: Largest file read whole. Larger files are refused with a clear error rather than risking memory. A UPR
#: document is well under 1 MB of text and a few MB as PDF or DOCX; the limits leave a wide margin.
MAX_BYTES = int(os.environ.get("UPRKIT_MAX_BYTES", str(64 * 1024 * 1024)))
#: Largest plain-text or HTML file (text is parsed whole; about 60 bytes of working memory a character).
MAX_TEXT_BYTES = int(os.environ.get("UPRKIT_MAX_TEXT_BYTES", str(16 * 1024 * 1024)))

__all__ = ["MAX_BYTES", "MAX_TEXT_BYTES", "read_bytes", "read_document", "detect_format"]


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read any supported file into a Document; raise :class:`ReadError` naming the problem."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise ReadError("no such file", name)
    if p.is_dir():
        raise ReadError("is a directory, not a file", name)
    size = p.stat().st_size
    if size == 0:
        raise ReadError("empty file", name)
    if size > MAX_BYTES:
        raise ReadError(
            f"file too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB, "
            "set UPRKIT_MAX_BYTES to raise it)",
            name,
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read file ({exc.strerror or exc})", name) from exc
    return read_bytes(data, name)


def read_bytes(data: bytes, name: str | None = None) -> Document:
    """Read a file's content (``name`` is used for messages and as a format hint)."""
    if not data:
        raise ReadError("empty file", name)
    fmt = detect_format(data, name)
    if fmt in ("text", "html") and len(data) > MAX_TEXT_BYTES:
        raise ReadError(
            f"text file too large ({len(data) / 1e6:.1f} MB; the limit for text and HTML is "
            f"{MAX_TEXT_BYTES / 1e6:.0f} MB, set UPRKIT_MAX_TEXT_BYTES to raise it)",
            name,
        )
    if fmt == "pdf":
        from uprkit.read.pdf import read_pdf

        return read_pdf(data, name)
    if fmt == "docx":
        from uprkit.read.docx import read_docx

        return read_docx(data, name)
    if fmt == "html":
        from uprkit.read.html import read_html

        return read_html(data, name)
    from uprkit.read.text import read_text

    return read_text(data, name)
