"""Rebuild ``columns.pdf``: a two-page submission set in two columns under a one-column title, made by LibreOffice
from an RTF file (run once; the PDF is committed). Run from this folder: ``python make_column_notes.py`` (needs
``soffice``).

LibreOffice prints a note at the foot of the column its marker is in, so PDFium reads a column's notes between the
column's last line and the next column's first. On page 1 the first column breaks off mid-sentence ("… reinstate
the mayors removed from" / notes 1-3 / "office without a final conviction."); on page 2 a column break ends the
first column with its paragraph, so its notes stand between paragraphs 8 and 9. Paragraph 6 has a sentence that
starts on a line of its own after a marker ("… in public schools.4" / "Trustees appointed in 2024 closed
municipal" / "Kurdish-language nurseries …"), which reads like a title in a narrow column.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from rtf_pdf import place_notes

TITLE = [
    "Mesopotamia Law Observatory (MHG)",
    "Submission to the Universal Periodic Review of T\u00fcrkiye, 49th session",
]
# (heading or None, paragraph with "^" where a note's marker stands); a paragraph "|" is a column break
PAGE_1 = [
    ("A. Introduction", "The Mesopotamia Law Observatory (MHG) is a network of 46 lawyers based in Diyarbak\u0131r, "
     "Mardin and Van that monitors the right to political participation in the south-eastern provinces."),
    ("B. Removal of elected mayors", "Since the local elections of 31 March 2024, the Ministry of Interior has "
     "removed 10 elected co-mayors from office and replaced them with governors acting as trustees.^ Between 2016 "
     "and 2019, 95 of the 102 municipalities won by the Peoples' Democratic Party in 2014 had been placed under "
     "trustees."),
    (None, "The removals were based on Decree Law No. 674, made permanent by Law No. 6758, which allows the Ministry "
     "to appoint a trustee when a mayor is investigated for terrorism-related offences, without a final "
     "judgment.^ In the case of the co-mayor of Mardin, the removal took place before any indictment had been "
     "filed."),
    (None, "In a 2020 opinion, the Venice Commission found that the replacement of mayors by trustees was not "
     "compatible with the European Charter of Local Self-Government.^"),
    (None, "T\u00fcrkiye should repeal article 45 of Law No. 5393 and reinstate the co-mayors removed from office "
     "without a final conviction. It should also ensure that any criminal proceedings against elected officials "
     "respect the presumption of innocence."),
    ("C. Use of Kurdish and other languages", "The Constitution still provides that no language other than "
     "Turkish shall be taught as a mother tongue in public schools.^\\line Trustees appointed in 2024 closed "
     "municipal Kurdish-language nurseries in Batman, Halfeti and Siirt and removed bilingual signs from municipal "
     "buildings."),
    (None, "Defendants who speak Kurdish at hearings are required to pay for their own interpreter unless they "
     "declare that they do not speak Turkish. MHG recommends that T\u00fcrkiye guarantee free interpretation in "
     "Kurdish in all court proceedings."),
]
PAGE_2 = [
    ("D. Freedom of assembly", "Governors banned all public gatherings in Diyarbak\u0131r for periods of 15 days on "
     "23 occasions in 2023.^ The bans were renewed without any assessment of a specific threat."),
    (None, "At least 140 people, among them 12 lawyers, were detained at a peaceful protest against the removal of "
     "the co-mayor of Van on 4 June 2024.^"),
    (None, "|"),
    (None, "MHG recommends that T\u00fcrkiye end blanket bans on assemblies and release everyone detained for taking "
     "part in peaceful protests."),
    (None, "It recommends amending article 42 of the Constitution to allow education in mother languages, "
     "including Kurdish, in public schools, as the Committee on the Rights of the Child has recommended.^"),
]
NOTES = [
    "MHG, database of removed mayors, updated 15 October 2024.",
    "Law No. 5393 on Municipalities, art. 45, as amended by Law No. 6758 of 2016.",
    "European Commission for Democracy through Law, Opinion No. 919/2018, CDL-AD(2020)011, paras. 109-110.",
    "Constitution of the Republic of T\u00fcrkiye, art. 42 (9).",
    "Diyarbak\u0131r Governorate, decisions published on its website, January to December 2023.",
    "Human Rights Association, Van branch, press statement of 5 June 2024.",
    "CRC/C/TUR/CO/4-5, para. 46 (b).",
]


def _rtf_escape(text: str) -> str:
    return "".join(f"\\u{ord(ch)}?" if ord(ch) > 127 else "\\" + ch if ch in "{}" else ch for ch in text)


def rtf() -> str:
    """The submission as RTF: a one-column title, then two columns of numbered paragraphs, a page each."""
    notes = iter(NOTES)
    out = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}\fs22 "]
    out += [rf"{{\pard\qc\b {_rtf_escape(line)}\par}}" for line in TITLE]
    out.append(r"\sect\sbknone\cols2\colsx567 ")
    number = 0
    for page, paragraphs in enumerate((PAGE_1, PAGE_2)):
        for k, (heading, body) in enumerate(paragraphs):
            if body == "|":
                out.append(r"\column ")
                continue
            if heading:
                brk = r"\pagebb" if page and not k else ""
                out.append(rf"{{\pard{brk}\sb120\keepn\b {_rtf_escape(heading)}\par}}")
            number += 1
            text = place_notes(_rtf_escape(body), notes, _rtf_escape)
            out.append(rf"{{\pard\sb120\qj {number}. {text}\par}}")
    out.append("}")
    return "\n".join(out)


def main() -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("columns.pdf needs LibreOffice (soffice)")
    here = Path(__file__).parent
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "columns.rtf"
        src.write_text(rtf(), encoding="ascii")
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True,
                       capture_output=True)
        shutil.copy(Path(tmp) / "columns.pdf", here / "columns.pdf")


if __name__ == "__main__":
    main()
