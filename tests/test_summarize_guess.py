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


def test_guess_stakeholder_reads_members_named_with_their_towns_and_states_on_the_cover(tmp_path: Path) -> None:
    """The Mexico review's JS2: "Submitted by:" over three entries "Name (ABBR), Town, State;" gave the members
    "Red de Albergues … (RAMS); Tapachula; Chiapas": a lower-case word inside a name ("Programa de Atención Legal
    a Migrantes de Tapachula") failed the list, and the fallback split the towns and states off as members."""
    from uprkit.summarize.stakeholder_guess import member_list

    st = guess_stakeholder(tmp_path / "JS_RAMS_CFDM_PALMT_Mexico_migrants_UPR45.pdf", _doc(
        "Joint Submission to the Universal Periodic Review of Mexico\nFourth cycle – 45th session of the Working Group\n"
        "Submitted by:\nRed de Albergues para Personas Migrantes del Sur (RAMS), Tapachula, Chiapas;\nColectivo "
        "Fronterizo de Defensa Migrante (CFDM), Ciudad Juárez, Chihuahua; and\nPrograma de Atención Legal a Migrantes "
        "de Tapachula (PALMT), Tapachula, Chiapas.\nContact: juridico@palmt.org.mx\nA. About this submission\n"
    ))
    assert (st.kind, st.members) == ("joint", [
        "Red de Albergues para Personas Migrantes del Sur (RAMS)", "Colectivo Fronterizo de Defensa Migrante (CFDM)",
        "Programa de Atención Legal a Migrantes de Tapachula (PALMT)",
    ])
    assert "members" in st.guessed
    assert member_list("Red de Albergues (RAMS), Tapachula, Chiapas; Colectivo Fronterizo (CFDM), Ciudad Juárez") == [
        "Red de Albergues (RAMS)", "Colectivo Fronterizo (CFDM)"
    ]


_JS1_COVER = (
    "Universal Periodic Review of Mexico – Fourth Cycle\n45th Session of the UPR Working Group, January–February 2024\n"
    "Joint submission of the Platform of Civil Society\nOrganizations for the UPR (Plataforma EPU-MX)\n"
    "submitted on behalf of 34 organizations listed in the Annex\nContact: Secretariat of the Plataforma EPU-MX, "
    "secretaria@plataformaepumx.org\nI. Introduction\n1. The Platform is a coalition of 34 Mexican organizations.\n"
    "2. The National Guard is composed mainly of military personnel.\nPage 1 of 2\n\f\n"
)


def test_guess_stakeholder_reads_the_members_an_annex_lists_under_headings_over_a_page_break(tmp_path: Path) -> None:
    """The Mexico review's JS1: "Joint submission of the Platform … (Plataforma EPU-MX)" / "submitted on behalf of
    34 organizations listed in the Annex", and the annex lists them with Word's bullets (U+F0B7 in the PDF) under
    the names of the states, wrapped, over a page break: the draft named "Joint submission 1" with no members."""
    annex = (
        "Annex: Member organizations of the Plataforma EPU-MX\nBaja California\n\uf0b7 Centro de Derechos Humanos de "
        "la Frontera Norte (CDHFN), Tijuana\nCiudad de México\n\uf0b7 Centro de Estudios sobre Seguridad y Derechos "
        "(CESED), Mexico City\nGuerrero\n\uf0b7 Centro de Derechos Humanos de la Montaña Tlachinollan Sur (CDHMTS), "
        "Tlapa de\nComonfort\n\uf0b7 Centro de Justicia para la Paz y el Desarrollo de Occidente (CEJUPDO), \n"
        "Guadalajara\nNuevo León\n\uf0b7 Ciudadanos en Apoyo a los Derechos Humanos del Noreste (CADHUNE), \n"
        "Monterrey\nPage 2 of 3\n\f\nYucatán\n\uf0b7 Equipo Indignación Península (EIP), Mérida\nPage 3 of 3\n"
    )
    st = guess_stakeholder(tmp_path / "Joint_Submission_Plataforma_EPU-MX_Mexico_UPR4.pdf", _doc(_JS1_COVER + annex))
    assert st.kind == "joint" and st.members == [
        "Platform of Civil Society Organizations for the UPR (Plataforma EPU-MX)",  # who sent it, first
        "Centro de Derechos Humanos de la Frontera Norte (CDHFN)", "Centro de Estudios sobre Seguridad y Derechos (CESED)",
        "Centro de Derechos Humanos de la Montaña Tlachinollan Sur (CDHMTS)",
        "Centro de Justicia para la Paz y el Desarrollo de Occidente (CEJUPDO)",
        "Ciudadanos en Apoyo a los Derechos Humanos del Noreste (CADHUNE)", "Equipo Indignación Península (EIP)",
    ]
    # an empty line ends the list: the numbered paragraphs after it are no members
    st = guess_stakeholder(tmp_path / "JS.pdf", _doc(
        _JS1_COVER + "Annex: Members\n• Alpha Network (AN), Tijuana\n• Beta Forum (BF), León\n\n1. Gamma Centre (GC) "
        "wrote this.\n"
    ))
    assert st.members[1:] == ["Alpha Network (AN)", "Beta Forum (BF)"]


def test_summarize_warns_where_a_joint_submissions_members_are_not_known(tmp_path: Path) -> None:
    """A cover that points to an annex uprkit cannot read (or none), and a cover that names no members: the list of
    stakeholders would name the coalition alone, or "Joint submission 2" alone, and nothing said so."""
    from uprkit.summarize.submissions import load_submissions

    (tmp_path / "Joint_Submission_Plataforma.txt").write_text(_JS1_COVER, encoding="utf-8")
    (tmp_path / "JS2.txt").write_text("Joint submission 2\n\n1. Torture is widespread in all prisons.\n", encoding="utf-8")
    (tmp_path / "JS3.txt").write_text(
        "Joint submission 3\nSubmitted by: Alpha Network (AN), Tijuana; Beta Forum (BF), León.\n\n1. Torture is "
        "widespread in all prisons.\n", encoding="utf-8")
    subs, _ = load_submissions(tmp_path)
    by = {s.stakeholder.abbreviation: s for s in subs}
    assert by["JS1"].stakeholder.members == ["Platform of Civil Society Organizations for the UPR (Plataforma EPU-MX)"]
    assert [(w.code, w.message) for w in by["JS1"].warnings] == [(
        "joint-members-unknown",
        "Joint_Submission_Plataforma.txt (JS1): its cover says its members are listed elsewhere (\"listed in the "
        "Annex\"), but that list could not be read, only Platform of Civil Society Organizations for the UPR "
        "(Plataforma EPU-MX); give them in --stakeholders (the 'members' column)",
    )]
    assert [w.message for w in by["JS2"].warnings] == [
        "JS2.txt (JS2): its members are not known: neither its cover nor an annex names them; give them in "
        "--stakeholders (the 'members' column)"
    ]
    assert by["JS3"].warnings == [] and by["JS3"].stakeholder.members == ["Alpha Network (AN)", "Beta Forum (BF)"]


def test_guess_stakeholder_a_members_line_ends_at_an_empty_line_and_a_coalition_wraps_its_abbreviation(tmp_path: Path) -> None:
    """ "Submitted by: …; Adil Soz" / "" / "Methodology": the heading after the empty line was a member's word
    ("Adil Soz Methodology"). "Joint submission by the People’s Forum on Economic and Social Rights" / "(PFESR) – a
    coalition of 14 organisations listed in the Annex" with an annex as a table: the coalition is known, not
    "People’s Forum on Economic" and "Social Rights"."""
    st = guess_stakeholder(tmp_path / "JS1.txt", _doc(
        "Joint Submission 1\n\nSubmitted by: Kazakhstan International Bureau for Human Rights and the Rule of Law; "
        "Charter for Human Rights; Adil Soz\n\nMethodology\nWe conducted interviews.\n"
    ))
    assert st.members == ["Kazakhstan International Bureau for Human Rights and the Rule of Law", "Charter for Human Rights",
                          "Adil Soz"]
    st = guess_stakeholder(tmp_path / "JS_PFESR_UPR42_LKA.pdf", _doc(
        "JOINT SUBMISSION\nUniversal Periodic Review of Sri Lanka\nJoint submission by the People’s Forum on Economic "
        "and Social Rights\n(PFESR) – a coalition of 14 organisations listed in the Annex\nContact: Centre for Social "
        "Justice and Equity\n\nAnnex: Members of the People’s Forum on Economic and Social\nRights\nNo. Organisation "
        "District Area of work\n1 Centre for Social Justice and Equity \n(CSJE)\nColombo Social protection\n"
    ))
    assert st.members == ["People’s Forum on Economic and Social Rights (PFESR)"]


def test_guess_stakeholder_reads_members_the_cover_numbers_after_the_coalition(tmp_path: Path) -> None:
    """The Kyrgyzstan set's joint submission: "Submitted by the Civic UPR Coalition of Kyrgyzstan, a coalition of 40
    civil" / "society organisations:" and forty numbered members wrapped at will over a page break: the members
    were the coalition and "a coalition of 40 civil"."""
    st = guess_stakeholder(tmp_path / "JS_CivicPlatform_UPR50_Kyrgyzstan.pdf", _doc(
        "JOINT SUBMISSION TO THE UNIVERSAL PERIODIC\nREVIEW OF THE KYRGYZ REPUBLIC\nSubmitted by the Civic UPR "
        "Coalition of Kyrgyzstan, a coalition of 4 civil \nsociety organisations:\n1. Ak-Bulak Rural Women’s \n"
        "Association, Naryn\n2. Bilim Jolu Public Foundation, Jalal-\nAbad\nPage 1 of 3\n\f\n3. Voters’ League of "
        "Kyrgyzstan, \nBishkek\n4. Umut Children’s Shelter, Karakol\nContact: Secretariat of the Civic UPR Coalition, "
        "Bishkek\nI. Introduction\n1. The Coalition brings together 4 organisations.\n"
    ))
    assert st.members == [
        "Civic UPR Coalition of Kyrgyzstan", "Ak-Bulak Rural Women’s Association, Naryn",
        "Bilim Jolu Public Foundation, Jalal-Abad", "Voters’ League of Kyrgyzstan, Bishkek", "Umut Children’s Shelter, Karakol",
    ]


def test_stakeholder_list_note_a_joint_submissions_place_is_its_coalitions_never_glued_to_a_members_town() -> None:
    """The Mexico review's list: "… Equipo Indignación Península (EIP), Mérida, Mexico City (Mexico)" (the manifest's
    place glued to the last member's town) and "JS2 Joint submission 2 submitted by: Joint submission on migrants and
    asylum seekers; Red de Albergues …, Tapachula, Tapachula (Mexico)" (a title listed as a submitter)."""
    from uprkit.summarize.stakeholder_note import stakeholder_list_note

    people = [
        SummaryStakeholder(abbreviation="JS1", name="Plataforma EPU (PEPU)", kind="joint", location="Mexico City (Mexico)",
                           members=["Centro Norte (CN), Tijuana", "Equipo Península (EIP), Mérida"]),
        SummaryStakeholder(abbreviation="JS2", name="Joint submission on migrants and asylum seekers", kind="joint",
                           location="Tapachula (Mexico)",
                           members=["Red de Albergues (RAMS), Tapachula", "Colectivo Fronterizo (CFDM), Ciudad Juárez"]),
        # the coalition among its members, without a place of its own: the place after it
        SummaryStakeholder(abbreviation="JS3", name="Bata Muna Coalition", kind="joint", location="Quezon City (Philippines)",
                           members=["Bata Muna Coalition (BMC)", "Online Child Safety (OCS)"]),
        # every member with its own place, none in the manifest's town: no place glued on
        SummaryStakeholder(abbreviation="JS4", name="Joint submission 4", kind="joint", location="Geneva (Switzerland)",
                           members=["Alpha (A), Lima", "Beta (B), Quito"]),
    ]
    assert stakeholder_list_note(people, 4).splitlines()[3:] == [
        "JS1\tJoint submission 1 submitted by: Plataforma EPU (PEPU), Mexico City (Mexico); Centro Norte (CN), Tijuana; "
        "Equipo Península (EIP), Mérida;",
        "JS2\tJoint submission 2 submitted by: Red de Albergues (RAMS), Tapachula (Mexico); Colectivo Fronterizo (CFDM), "
        "Ciudad Juárez;",
        "JS3\tJoint submission 3 submitted by: Bata Muna Coalition (BMC), Quezon City (Philippines); Online Child Safety "
        "(OCS);",
        "JS4\tJoint submission 4 submitted by: Alpha (A), Lima; Beta (B), Quito.",
    ]


def test_turkish_names_an_nhri_and_a_dotted_capital_i() -> None:
    from uprkit.summarize.institutions import is_nhri_name
    from uprkit.summarize.org_names import as_written

    assert is_nhri_name("TİHEK Türkiye İnsan Hakları ve Eşitlik Kurumu")
    assert is_nhri_name("Human Rights and Equality Institution of Türkiye")
    assert as_written("ENGELLİ HAKLARI DERNEĞİ") == "Engelli Haklari Derneği"  # no "i" with a combining dot


@pytest.mark.parametrize(
    ("stem", "text", "kind", "status"),
    [
        # (a reviewer of the Kenyan set: KHREC was drafted as civil society, with no section of its own)
        ("KHREC_UPR49_Kenya_NHRI_Report",
         "Kenya Human Rights and Equality Commission (KHREC)\n1. The Commission has been accredited with “A” status by the "
         "Global Alliance of National Human Rights Institutions (GANHRI) since 2005.\n", "nhri", "A"),
        ("Protector_of_Citizens_UPR4_Serbia",
         "Protector of Citizens of the Republic of Serbia\nThe Protector of Citizens has held A status with the Global "
         "Alliance of National Human Rights Institutions since 2010.\n", "nhri", "A"),
        ("NHRC_Bangladesh", "National Human Rights Commission, Bangladesh\nThe NHRC is accredited with “B”\nstatus by "
         "GANHRI.\n", "nhri", "B"),
        # a name alone is no accreditation, nor another body's status an NGO mentions
        ("NHRC_Bangladesh", "National Human Rights Commission, Bangladesh\nThe NHRC received 800 complaints.\n", "ngo", None),
        ("ASK_Bangladesh", "Ain o Salish Kendra (ASK)\nThe National Human Rights Commission, which is accredited with "
         "“B” status by GANHRI, has not visited prisons.\n", "ngo", None),
    ],
)
def test_an_institution_stating_its_accreditation_is_guessed_an_nhri(stem: str, text: str, kind: str, status: str | None) -> None:
    st = guess_stakeholder(Path(f"{stem}.txt"), _doc(text))
    assert (st.kind, st.status) == (kind, status)
    assert ("status" in st.guessed) == (status is not None)


def test_the_abbreviation_the_text_gives_its_name_beats_a_file_names_word() -> None:
    """(a review helper's Serbian set) "EcoForum_Bor_UPR_Serbia_2023.docx" was guessed "Bor", the town, and drafted
    "Bor noted that the concentration of sulphur dioxide in Bor …"; its text says "Eco-Forum Bor (EFB) is …"."""
    st = guess_stakeholder(Path("EcoForum_Bor_UPR_Serbia_2023.docx"), _doc(
        "Eco-Forum Bor\nContribution to the 4th Universal Periodic Review of Serbia\n1. Eco-Forum Bor (EFB) is a "
        "citizens' association founded in 2015.\n2. The concentration of sulphur dioxide in Bor exceeded the limit.\n"))
    assert (st.abbreviation, st.name) == ("EFB", "Eco-Forum Bor")


@pytest.mark.parametrize(
    ("stem", "cover", "abbr", "name"),
    [
        # the cover writes the name with its abbreviation: "submission" had been the stakeholder ("Submission noted …")
        ("submission", "Submission of the Open Media Union (OMU) to the Universal Periodic Review (UPR) of Kazakhstan\n"
         "1. OMU documented 35 arrests.", "OMU", "Open Media Union"),
        # a title naming its sender, whose initials the text writes: "UPR_submission_" had been the stakeholder
        ("UPR_submission_2023", "Submission of the Free Press Association to the UPR of Kazakhstan\n"
         "1. FPA documented 35 arrests.", "FPA", "Free Press Association"),
        # the same without the initials in the text: the name is the stakeholder
        ("Kazakhstan_UPR_report_final", "Report of the Free Press Association to the Human Rights Council\n"
         "1. We documented 35 arrests.", "Free Press Association", "Free Press Association"),
    ],
)
def test_guess_stakeholder_a_file_name_that_says_nothing(stem: str, cover: str, abbr: str, name: str) -> None:
    st = guess_stakeholder(Path(f"{stem}.txt"), _doc(cover))
    assert (st.abbreviation, st.name) == (abbr, name)
    assert {"abbreviation", "name"} <= set(st.guessed)


def test_guess_stakeholder_a_file_name_that_says_nothing_and_a_cover_that_says_nothing() -> None:
    """Nothing on the cover names a sender: the file's stem, as before (the draft lists it among its guesses)."""
    st = guess_stakeholder(Path("submission.txt"), _doc("1. Thirty-five journalists were arrested in 2022."))
    assert st.abbreviation == "submission" and st.guessed == ["abbreviation"]


@pytest.mark.parametrize(
    ("stem", "cover", "abbr", "name"),
    [
        # a helper's review: the first "Name (ABBR)" of the cover had been taken for the sender, a by-line over it
        ("submission", "Submission to the Universal Periodic Review (UPR)\nKazakhstan, 48th session\nSubmitted by: "
         "Free Press Association\n\n1. This report responds to the call of the Office of the High Commissioner for "
         "Human Rights (OHCHR).", "Free Press Association", "Free Press Association"),
        ("submission", "Free Press Association\nSubmission to the UPR of Kazakhstan\n\n1. Kazakhstan ratified the "
         "International Covenant on Civil and Political Rights (ICCPR).", "Free Press Association",
         "Free Press Association"),
        ("submission", "Submission to the UPR of Kazakhstan\nby the Committee to Protect Journalists (CPJ)\n\nSince the "
         "Committee against Torture (CAT) reviewed Kazakhstan …", "CPJ", "Committee to Protect Journalists"),
        ("submission (1)", "Submission of the Open Media Union (OMU) to the Universal Periodic Review (UPR)\n\nOMU "
         "documented arrests.", "OMU", "Open Media Union"),
        ("Sri_Lanka_UPR_submission", "Submission of the Open Media Union (OMU) to the UPR\n\nOMU documented.", "OMU",
         "Open Media Union"),
        ("KAZ_UPR_submission", "Submission of the Open Media Union (OMU) to the UPR\n\nOMU documented.", "OMU",
         "Open Media Union"),
        ("submission", "Submission of Article 19 to the UPR of Kazakhstan\n\nArticle 19 documented.", "Article 19",
         "Article 19"),
        # two-letter initials are not taken from a word in capitals ("AS")
        ("submission", "Submission of Adil Soz to the UPR of Kazakhstan\n\nADIL SOZ HAS DOCUMENTED, AS BEFORE.",
         "Adil Soz", "Adil Soz"),
        ("Kazakhstan UPR report final", "KAZAKHSTAN\nFree Press Association (FPA)\n\nText.", "FPA",
         "Free Press Association"),
    ],
)
def test_guess_stakeholder_a_file_name_that_says_nothing_and_the_covers_other_names(
    stem: str, cover: str, abbr: str, name: str
) -> None:
    st = guess_stakeholder(Path(f"{stem}.txt"), _doc(cover))
    assert (st.abbreviation, st.name) == (abbr, name)
    assert st.guessed.count("name") == 1


def test_guess_stakeholder_a_file_name_that_says_nothing_and_no_sender() -> None:
    """A UN report's author is no sender, and a joint submission keeps its members, not a name from its title."""
    st = guess_stakeholder(Path("report.txt"), _doc(
        "Report of the Special Rapporteur on the situation of human rights defenders to the Human Rights Council\n\nText."))
    assert st.abbreviation == "report" and st.name is None
    st = guess_stakeholder(Path("submission.txt"), _doc("Submission by our organization to the UPR of Kazakhstan\n\nText."))
    assert st.abbreviation == "submission" and st.name is None  # a name is written with capitals
    st = guess_stakeholder(Path("joint_submission.txt"), _doc(
        "Joint submission by the Kenya Human Rights Commission (KHRC), Article 19 Eastern Africa and Amnesty Kenya\n\n"
        "to the UPR of Kenya\n\n1. Text."))
    assert (st.abbreviation, st.kind, st.name) == ("JS", "joint", None)
