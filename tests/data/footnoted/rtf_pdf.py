"""What the fixture scripts of this folder share: RTF escaping and LibreOffice's conversion of an RTF file to the
PDF committed beside them."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path


def rtf_escape(text: str) -> str:
    """``text`` for an RTF body: non-ASCII characters as ``\\uN?``, backslash and braces escaped."""
    return "".join(f"\\u{ord(ch)}?" if ord(ch) > 127 else "\\" + ch if ch in "\\{}" else ch for ch in text)


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
