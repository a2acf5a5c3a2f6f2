"""Rebuild the binary submission fixtures (HRW.docx, and FH.pdf through LibreOffice) from the texts below.

Run from this folder: ``python make_fixtures.py`` (FH.pdf needs ``soffice`` on the PATH).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document

HRW = [
    ("h", "Human Rights Watch submission on Kazakhstan"),
    ("p", "Human Rights Watch is an independent, international organization that monitors human rights in more than 90 countries."),
    ("h", "Freedom of religion"),
    ("p", "1. The 2011 law on religion requires all religious communities to re-register, and unregistered worship is punished with fines."),
    ("p", "2. Kazakhstan should extend an invitation to the Special Rapporteur on freedom of religion or belief."),
    ("h", "Torture"),
    ("p", "3. Torture and other ill-treatment remain widespread in temporary detention facilities, in particular during the first hours after arrest."),
]
FH = [
    ("h", "Freedom House"),
    ("h", "Elections"),
    ("p", "No election held in Kazakhstan since independence has been judged free and fair by OSCE observers."),
    ("p", "The authorities must amend the electoral law to allow independent candidates to register."),
]


def build(lines: list[tuple[str, str]], path: Path) -> None:
    doc = Document()
    for kind, text in lines:
        if kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    doc.save(str(path))


def main() -> None:
    here = Path(__file__).parent
    build(HRW, here / "HRW.docx")
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("FH.pdf needs LibreOffice (soffice)")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "FH.docx"
        build(FH, src)
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True,
                       capture_output=True)
        shutil.copy(Path(tmp) / "FH.pdf", here / "FH.pdf")


if __name__ == "__main__":
    main()
