"""Format detection from content."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Literal

from uprkit.errors import ReadError, UnsupportedFormatError

Format = Literal["pdf", "docx", "html", "text"]

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I | re.S)


def detect_format(data: bytes, name: str | None = None) -> Format:
    """Say which reader fits ``data``. The file name only settles ties; content decides."""
    head = data[:2048]
    if head.lstrip(b"\x00\t\r\n \xef\xbb\xbf")[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
        except zipfile.BadZipFile as exc:
            raise ReadError("corrupt zip container (not a readable .docx)", name) from exc
        if "word/document.xml" in names:
            return "docx"
        raise UnsupportedFormatError("zip archive that is not a Word .docx document", name)
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise UnsupportedFormatError("legacy binary Word/OLE file (.doc); save it as .docx or PDF", name)
    if _HTML_START.match(head.lstrip(b"\xef\xbb\xbf")):
        return "html"
    if name and name.lower().endswith((".docx",)):
        raise ReadError("not a valid .docx file (it is not a zip container)", name)
    if name and name.lower().endswith(".pdf"):
        raise ReadError("not a valid PDF file (no %PDF- header)", name)
    return "text"
