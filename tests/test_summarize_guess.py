"""Who a submission is from where no manifest says (``summarize/stakeholder_guess.py``): names, abbreviations,
kinds and the members of joint submissions, read from small made-up covers; and how the list of stakeholders
prints a joint submission (``summarize/stakeholder_note.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from uprkit.model import Document, Page
from uprkit.summarize.model import SummaryStakeholder
from uprkit.summarize.stakeholder_guess import guess_stakeholder, looks_like_nhri


def _doc(text: str, *, format: str = "text", title: str | None = None) -> Document:
    pages, start = [], 0
    for n, chunk in enumerate(text.split("\f"), start=1):
        pages.append(Page(number=n, start=start, end=start + len(chunk)))
        start += len(chunk) + 1
    return Document(text=text, pages=pages, format=format, metadata={"title": title} if title else {})


@pytest.mark.parametrize(
    ("abbr", "name", "nhri"),
    [
        # the UN's languages (and Portuguese): the note on the NHRI's own section is not for English names only
        ("CNDH", "Comisión Nacional de los Derechos Humanos", True),
        ("CONADEH", "Comisionado Nacional de los Derechos Humanos", True),
        ("DP", "Defensoría del Pueblo de la Nación", True),
        ("PDDH", "Procuraduría para la Defensa de los Derechos Humanos", True),
        ("INDH", "Instituto Nacional de Derechos Humanos", True),
        ("CNCDH", "Commission nationale consultative des droits de l'homme", True),
        ("CNDH", "Conseil national des droits de l'Homme", True),
        ("DDD", "Défenseur des droits", True),
        ("PJ", "Provedor de Justiça", True),
        ("Ombudsman", "Уполномоченный по правам человека в Российской Федерации", True),
        ("NCHR", "المجلس القومي لحقوق الإنسان", True),
        ("HKHRC", "香港人权委员会", True),
        ("KHREC", "Kenya Human Rights and Equality Commission", True),
        # regional commissions are regional intergovernmental organizations, never an NHRI
        ("IACHR", "Inter-American Commission on Human Rights", False),
        ("ACHPR", "African Commission on Human and Peoples' Rights", False),
        ("CIDH", "Comisión Interamericana de Derechos Humanos", False),
        ("OSCE/ODIHR", "Office for Democratic Institutions and Human Rights", False),
        ("EU-FRA", "European Union Agency for Fundamental Rights", False),
        ("CoE-Commissioner", "Commissioner for Human Rights of the Council of Europe", False),
        # and a non-governmental organization is none either
        ("CMDPDH", "Comisión Mexicana de Defensa y Promoción de los Derechos Humanos", False),
        ("CEPLEX", "Centre for Journalism and Freedom of Expression", False),
    ],
)
def test_guess_stakeholder_looks_like_nhri_in_the_uns_languages_never_a_regional_body(abbr: str, name: str, nhri: bool) -> None:
    assert looks_like_nhri(SummaryStakeholder(abbreviation=abbr, name=name)) is nhri


def test_guess_stakeholder_a_regional_commission_is_regional_and_no_nhri(tmp_path: Path) -> None:
    """The Mexico review's IACHR was said to look like an NHRI ("… Commission on Human Rights") and named
    "Universal Periodic Review of Mexico The Inter-American Commission on Human Rights": "Inter-American" gave one
    initial, so the name was taken as its line, joined to the title above it for the line's "The". The OSCE's
    ODIHR was listed as civil society."""
    st = guess_stakeholder(tmp_path / "IACHR_Contribution_UPR_Mexico_4th_cycle.pdf", _doc(
        "OEA/Ser.L/V/II – IACHR contribution to the UPR of Mexico\nORGANIZATION OF AMERICAN STATES\n"
        "INTER-AMERICAN COMMISSION ON HUMAN RIGHTS\nContribution of the Inter-American Commission on Human Rights to "
        "the fourth\ncycle of the Universal Periodic Review of Mexico\nThe Inter-American Commission on Human Rights "
        "(IACHR) presents below excerpts of its\nmost recent reports on the human rights situation in Mexico.\n"
    ))
    assert (st.abbreviation, st.kind, st.name) == ("IACHR", "regional", "Inter-American Commission on Human Rights")
    assert not looks_like_nhri(st)
    st = guess_stakeholder(tmp_path / "ODIHR_contribution_UPR_Kyrgyzstan_2025.docx", _doc(
        "OSCE Office for Democratic Institutions and Human Rights (ODIHR)\nContribution to the UPR of Kyrgyzstan\n"
    ))
    assert (st.abbreviation, st.kind) == ("ODIHR", "regional")


def test_guess_stakeholder_a_name_on_its_line_is_not_joined_to_the_title_above_for_its_the() -> None:
    from uprkit.summarize.stakeholder_guess import spelled_out

    text = "Submission to the Universal Periodic Review of Mexico\nThe Citizens Observatory (OCM) presents this report.\n"
    assert spelled_out("OCM", text) == "Citizens Observatory"
    # a name wrapped after a small word is still read whole
    assert spelled_out("ADHR", "ALLIANCE FOR THE DEFENCE OF\nHUMAN RIGHTS (ADHR)\n") == "Alliance for the Defence of Human Rights"


def test_guess_stakeholder_a_name_and_its_abbreviation_on_the_cover_win_over_a_file_stem_of_several_words(tmp_path: Path) -> None:
    """The Mexico review's "Consejo Maya Peninsular - UPR Mexico 2023.txt" opening "CONSEJO REGIONAL INDIGENA MAYA
    DE LA PENINSULA (CRIMP)" was cited as "Consejo Maya Peninsular" 17 times; a stem that is an acronym keeps it,
    and a title with its abbreviation is no name."""
    cover = "CONSEJO REGIONAL INDIGENA MAYA DE LA PENINSULA (CRIMP)\nSubmission to the Universal Periodic Review of Mexico\n"
    st = guess_stakeholder(tmp_path / "Consejo Maya Peninsular - UPR Mexico 2023.txt", _doc(cover))
    assert (st.abbreviation, st.name) == ("CRIMP", "Consejo Regional Indigena Maya de la Peninsula")
    st = guess_stakeholder(tmp_path / "CMP_UPR_Mexico.txt", _doc(cover))
    assert st.abbreviation == "CMP"
    st = guess_stakeholder(tmp_path / "Human_Rights_Watch_Mexico.txt", _doc("Universal Periodic Review (UPR)\nHuman Rights Watch\n"))
    assert st.abbreviation == "Human Rights Watch"


def test_guess_stakeholder_a_site_named_by_the_abbreviation_is_named_as_its_text_spells_it_out(tmp_path: Path) -> None:
    """The Mexico review's CEPLEX web page, whose title ends "| CEPLEX", was named "CEPLEX", though its text
    opens with "the Centre for Journalism and Freedom of Expression (CEPLEX)"."""
    doc = _doc(
        "This is the text of the submission that the Centre for Journalism and Freedom of Expression (CEPLEX) sent "
        "to the Office of the High Commissioner for Human Rights.\nIntroduction\nCEPLEX documented 42 killings.\n",
        format="html", title="Mexico: submission to the UN Universal Periodic Review (4th cycle) | CEPLEX",
    )
    st = guess_stakeholder(tmp_path / "ceplex-upr-mexico-2023.html", doc)
    assert (st.abbreviation, st.name) == ("CEPLEX", "Centre for Journalism and Freedom of Expression")
