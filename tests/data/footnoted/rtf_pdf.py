"""What the fixture scripts of this folder share: RTF escaping and LibreOffice's conversion of an RTF file to the
PDF committed beside them."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


def rtf_escape(text: str) -> str:
    """``text`` for an RTF body: non-ASCII characters as ``\\uN?``, backslash and braces escaped."""
    return "".join(f"\\u{ord(ch)}?" if ord(ch) > 127 else "\\" + ch if ch in "\\{}" else ch for ch in text)


def footnote(text: str) -> str:
    """A raised, numbered note marker and its footnote, ``text`` already escaped for RTF."""
    return rf"{{\super\chftn}}{{\footnote\pard\plain\fs18{{\super\chftn}} {text}}}"


def place_notes(body: str, notes: Iterator[str], escape: Callable[[str], str] = rtf_escape) -> str:
    """``body`` (RTF) with each "^" made a footnote with the next of ``notes``, escaped with ``escape``."""
    while "^" in body:
        body = body.replace("^", footnote(escape(next(notes))), 1)
    return body


def write_pdf(rtf: str, name: str) -> None:
    """Convert ``rtf`` with LibreOffice to ``name`` (e.g. "JS1.pdf") in this folder."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit(f"{name} needs LibreOffice (soffice)")
    stem = Path(name).stem
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.rtf"
        src.write_text(rtf, encoding="ascii")
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True,
                       capture_output=True)
        shutil.copy(Path(tmp) / f"{stem}.pdf", Path(__file__).parent / name)
