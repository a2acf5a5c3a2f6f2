"""Rebuild ``GPRC.pdf``: one page of a submission whose note markers stand in the middle of printed lines, made by
LibreOffice from an RTF file (run once; the PDF is committed). Run from this folder:
``python make_marker_mid_line.py`` (needs ``soffice``).

PDFium breaks the line after a raised marker ("… built for 9,945 prisoners.¹ Nsawam Medium Security" is read as
"prisoners.1" / " Nsawam Medium Security"), and a few capitalised words cut off so read like a heading. The
printed lines are fixed with manual line breaks, so that the words after the marker in paragraph 3 end the
line, as in the submission where they were first lost.
"""

from __future__ import annotations

from rtf_pdf import place_notes, rtf_escape, write_pdf

# each paragraph as its printed lines; "^" is where a footnote's marker stands, its note in NOTES
PARAGRAPHS = [
    ["1. The Ghana Penal Reform Centre (GPRC) is a non-governmental organisation based in Accra",
     "that works to improve conditions of detention and access to justice."],
    ["2. This submission draws on GPRC's prison visits in 2021 and 2022 and on data of the Ghana",
     "Prisons Service."],
    ["3. Overcrowding remains the most serious problem of Ghana's prisons. In May 2022, the",
     "prisons held 13,412 inmates in facilities built for 9,945 prisoners.^ Nsawam Medium Security",
     "Prison, built for 717 inmates, held 3,318.",
     "Only 6 of the 45 prisons have a resident medical officer.^ Tuberculosis and skin diseases are",
     "widespread in the overcrowded facilities."],
    ["4. The Non-Custodial Sentencing Bill has been pending since 2016. GPRC urges Parliament to",
     "pass the Bill before the end of 2022."],
]
NOTES = [
    "Ghana Prisons Service, Annual Report 2021, p. 14.",
    "GPRC prison visits, March to June 2022.",
]


def rtf() -> str:
    """The submission as RTF: a heading and four numbered paragraphs, their lines broken by hand."""
    notes = iter(NOTES)
    out = [
        r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}\fs22 ",
        r"{\pard\qc\b Ghana Penal Reform Centre (GPRC): submission to the UPR of Ghana\par}",
        r"{\pard\sb240\b B. Overcrowding and pre-trial detention\par}",
    ]
    for lines in PARAGRAPHS:
        body = r"\line ".join(rtf_escape(line) for line in lines)
        body = place_notes(body, notes)
        out.append(rf"{{\pard\sb120 {body}\par}}")
    out.append("}")
    return "\n".join(out)


def main() -> None:
    write_pdf(rtf(), "GPRC.pdf")


if __name__ == "__main__":
    main()
