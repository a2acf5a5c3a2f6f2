"""Rebuild ``JS1.pdf``: a two-page submission with Word-style footnotes, made by LibreOffice from an RTF file
(run once; the PDF is committed). Run from this folder: ``python make_footnoted.py`` (needs ``soffice``).

The footnotes are what the passage splitter must keep out of the statements: note 10 is long enough that
LibreOffice carries its end over to the foot of page 2 (printed there above notes 11-16), and notes 1 and 13
start with a figure ("2019 Annual Report …", "12 of the 14 regions …").
"""

from __future__ import annotations

import random

from rtf_pdf import footnote, rtf_escape, write_pdf

TOPICS = [
    ("Torture and ill-treatment", [
        "Torture and other ill-treatment remain widespread in temporary detention facilities, in particular "
        "during the first hours after arrest",
        "In 2019 alone the Ombudsman received 214 complaints of torture, but only 12 criminal cases were opened",
        "The Government should ensure that every allegation of torture is promptly and impartially investigated",
    ]),
    ("Freedom of expression", [
        "Journalists continue to be prosecuted under the criminal defamation provisions of the Criminal Code",
        "The so-called \u201cfalse information\u201d offence was used against at least 30 bloggers",
        "The authorities should decriminalize defamation and repeal the false information offence",
    ]),
    ("Right to education", [
        "Roma children are still placed in segregated classes in several municipalities (in particular in the "
        "east of the country)",
        "The drop-out rate of Roma pupils exceeds 40 per cent in secondary schools",
        "The Ministry of Education should end the segregation of Roma pupils and provide free transport to mixed "
        "schools",
    ]),
    ("Women's rights", [
        "Domestic violence is not defined as a separate offence, and protection orders are rarely issued",
        "Shelters offer 120 places for a population of two million, far below the Council of Europe standard",
        "The State should ratify the Istanbul Convention without reservations and fund shelters in every region",
    ]),
]
NOTES = [
    "Human Rights Watch, World Report 2020 (New York, 2020), pp. 310-315, available at "
    "https://www.hrw.org/world-report/2020/country-chapters/example. The report documents 35 cases of "
    "ill-treatment in police custody between January 2018 and December 2019, including the case of a detainee "
    "who died in custody in the city of Example after being beaten by officers of the criminal police, and the "
    "subsequent failure of the prosecutor's office to open an investigation despite medical evidence.",
    "2019 Annual Report of the Ombudsman, p. 45.",
    "Ibid.",
    "Adil Soz Foundation, Monitoring of violations of freedom of speech, 2019.",
    "Committee against Torture, concluding observations (CAT/C/KAZ/CO/3), para. 12.",
    "European Roma Rights Centre, \u201cSegregation in schools\u201d, 2018, available at "
    "http://www.errc.org/example-report-on-segregation-in-schools-in-the-region-with-long-url.",
    "12 of the 14 regions have no shelter at all; see the submission's annex.",
]
CLOSING = (
    ", and that the situation has not improved since the previous review despite the commitments the Government "
    "accepted at that time and repeated in its national report"
)


def rtf() -> str:
    """The submission as RTF: 16 numbered paragraphs under four headings, a footnote on each."""
    rng = random.Random(3)
    lines = [
        r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}\fs24 ",
        r"{\pard\qc\b Joint submission 1 (JS1): Coalition for Justice \par}",
        r"{\pard The Coalition for Justice is a network of 25 non-governmental organizations founded in 2005. "
        r"This submission was prepared through consultations with members in 2020.\par}",
    ]
    number = 0
    for title, sentences in TOPICS:
        lines.append(rf"{{\pard\sb240\b {rtf_escape(title)}\par}}")
        first = sentences[0][0].lower() + sentences[0][1:]
        for sentence in [*sentences, f"Civil society organizations reported that {first}{CLOSING}"]:
            number += 1
            note = rtf_escape(rng.choice(NOTES))
            lines.append(rf"{{\pard\sb120 {number}. {rtf_escape(sentence)}.{footnote(note)}\par}}")
    lines.append("}")
    return "\n".join(lines)


def main() -> None:
    write_pdf(rtf(), "JS1.pdf")


if __name__ == "__main__":
    main()
