"""The summary's introduction: how many submissions were received, the note on the previous review's outcome,
and the NHRI section's mention, worded as each cycle's summaries word them.
"""

from __future__ import annotations

from dataclasses import dataclass

_SMALL = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _submissions(n: int, cycle: int = 3) -> str:
    """ "16 stakeholders' submissions"; cycle 1 spells out numbers below ten ("seven stakeholders' ...")."""
    count = _SMALL[n - 1] if cycle == 1 and 1 <= n <= 9 else str(n)
    return f"{count} stakeholder’s submission" if n == 1 else f"{count} stakeholders’ submissions"


STAKEHOLDER_LIST, PREVIOUS_OUTCOME = "stakeholders", "previous-outcome"


@dataclass(frozen=True)
class IntroSentence:
    """One sentence of the Office's opening paragraph, or the part of one up to an endnote marker, and the
    endnote it carries, if any (``STAKEHOLDER_LIST`` or ``PREVIOUS_OUTCOME``)."""

    text: str
    note: str | None = None


def outcome_note_first(cycle: int | None, session: int | None) -> bool:
    """Whether endnote 1 cites the previous review's outcome and the stakeholder list is endnote 2: from Working
    Group session 43 on (a cycle-4 draft without a session too)."""
    return (cycle or 0) >= 4 and (session is None or session >= 43)


def introduction(state: str, cycle: int, n: int, nhri_section: bool, session: int | None = None) -> list[IntroSentence]:
    """The Office's opening sentences, as each cycle words them, with the endnotes they carry.

    Cycles 1-3 cite the stakeholder list (endnote 1) after "a summary of N stakeholders' submissions". From
    Working Group session 43 on, the first sentence cites the outcome documents of the previous review
    (endnote 1) and the list moves to endnote 2 (France 2023, Costa Rica 2024, Slovenia 2025); sessions 41-42
    (Brazil 2022) keep the list first and add a sentence on the previous review, citing it in endnote 2."""
    if cycle <= 2:
        basis = (
            "It follows the structure of the general guidelines adopted by the Human Rights Council."
            if cycle == 1
            else "It follows the general guidelines adopted by the Human Rights Council in its decision 17/119."
        )
        return [
            # the list's endnote marker stands right after "submissions", as printed: the sentence is cut there
            IntroSentence(f"The present report is a summary of {_submissions(n, cycle)}", STAKEHOLDER_LIST),
            IntroSentence("to the universal periodic review."),
            IntroSentence(basis),
            IntroSentence(
                "It does not contain any opinions, views or suggestions on the part of the Office of the United "
                "Nations High Commissioner for Human Rights (OHCHR), nor any judgement or determination in relation "
                "to specific claims."
            ),
            IntroSentence(
                "The information included herein has been systematically referenced in endnotes and, to the extent "
                "possible, the original texts have not been altered."
            ),
            *(
                [
                    IntroSentence(
                        "Lack of information or focus on specific issues may be due to the absence of submissions by "
                        "stakeholders regarding these particular issues."
                    )
                ]
                if cycle == 1
                else [
                    IntroSentence(
                        "As provided for in Human Rights Council resolution 16/21, where appropriate, a separate "
                        "section is provided for contributions by the national human rights institution of the State "
                        "under review that is accredited in full compliance with the Paris Principles."
                    )
                ]
            ),
            IntroSentence("The full texts of all submissions received are available on the OHCHR website."),
            IntroSentence(
                "The report has been prepared taking into consideration the four-year periodicity of the first "
                "cycle of the review."
                if cycle == 1
                else "The report has been prepared taking into consideration the periodicity of the review and "
                "developments during that period."
            ),
        ]
    outcome_first = outcome_note_first(cycle, session)
    out = [
        IntroSentence(
            "The present report was prepared pursuant to Human Rights Council resolutions 5/1 and 16/21, taking "
            "into consideration the periodicity of the universal periodic review"
            + (" and the outcome of the previous review." if outcome_first else "."),
            PREVIOUS_OUTCOME if outcome_first else None,
        ),
        IntroSentence(f"It is a summary of {_submissions(n)}", STAKEHOLDER_LIST),
        IntroSentence(
            f"{'for' if cycle >= 4 else 'to'} the universal periodic review, presented in a summarized manner "
            "owing to word-limit constraints."
        ),
    ]
    if cycle >= 4 and not outcome_first:
        out.append(
            IntroSentence(
                "The report has been prepared taking into consideration the outcome of the previous review.",
                PREVIOUS_OUTCOME,
            )
        )
    if nhri_section:
        out.append(
            IntroSentence(
                "A separate section is provided for the contribution by the national human rights institution "
                "that is accredited in full compliance with the Paris Principles."
            )
        )
    return out


def previous_outcome_note(state: str, symbols: str | None) -> str:
    """The endnote citing the outcome documents of the previous review: the symbols as given, or a marked gap."""
    if symbols:
        text = symbols.strip()
        return text if text.endswith(".") else text + "."
    return (
        f"[Outcome of the previous review of {state}: the symbols of the report of the Working Group, its "
        "addendum and the report of the Human Rights Council session to be added.]"
    )
