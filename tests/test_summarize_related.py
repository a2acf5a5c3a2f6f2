"""The same point made by several stakeholders in their own words: written once, the others cited with "See also"
(uprkit.summarize.related), and the points that share words but are not the same point."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from uprkit.read import read_document
from uprkit.summarize.draft import DraftOptions, draft_summary
from uprkit.summarize.model import Summary
from uprkit.summarize.verify import verify_summary


def _draft(folder: Path, manifest: str | None = None, **files: str) -> tuple[Summary, dict[str, str]]:
    texts = {f"{name}.txt": text for name, text in files.items()}
    for file, text in texts.items():
        (folder / file).write_text(text, encoding="utf-8")
    if manifest is not None:
        (folder / "stakeholders.csv").write_text(manifest, encoding="utf-8")
    return draft_summary(folder, DraftOptions(country="KAZ", session=48)), texts


def _credited(s: Summary) -> list[tuple[list[str], list[str], str]]:
    return [(x.stakeholders, [a.stakeholder for a in x.see_also], x.text) for x in s.iter_sentences() if x.stakeholders]


def test_a_recommendation_in_other_words_is_cited_with_see_also(tmp_path: Path) -> None:
    s, texts = _draft(
        tmp_path,
        AI=("1. Journalists are prosecuted for their reporting on corruption.\n\n"
            "2. The Government should define a timetable for the withdrawal of the armed forces from public security "
            "tasks and strengthen the civilian police.\n"),
        HRW=("1. Prisons remain overcrowded, with 140 per cent occupancy.\n\n"
             "2. We recommend that Kazakhstan present a timetable for the withdrawal of the armed forces from public "
             "security.\n"),
    )
    (sentence,) = [x for x in s.iter_sentences() if x.stakeholders and "timetable" in x.text]
    assert sentence.stakeholders == ["AI"] and [a.stakeholder for a in sentence.see_also] == ["HRW"]
    assert s.endnotes[sentence.endnote - 1].text == "AI, para. 2. See also HRW, para. 2."
    assert sentence.see_also[0].text.startswith("We recommend that Kazakhstan present a timetable")
    # the other points stay, each its own stakeholder's
    assert any(x[0] == ["HRW"] and "overcrowded" in x[2] for x in _credited(s))
    assert verify_summary(s, texts).faithfulness == 1.0


def test_an_instrument_and_an_action_spelt_otherwise_are_the_same_words(tmp_path: Path) -> None:
    """ "Ratify the Optional Protocol to the Convention against Torture" and "Become a party to OP-CAT": the
    instrument is one word however it is spelt, and so is the action asked for."""
    s, _ = _draft(
        tmp_path,
        AI=("1. Prisons remain overcrowded, with 140 per cent occupancy.\n\n"
            "2. The Government should ratify the Optional Protocol to the Convention against Torture.\n"),
        HRW=("1. Journalists are prosecuted for defamation.\n\n2. We urge Kazakhstan to become a party to OP-CAT.\n"),
        JS1=("1. Ratify the International Convention on the Protection of the Rights of All Migrant Workers and "
             "Members of Their Families.\n\n2. Women face violence at home.\n"),
    )
    (sentence,) = [x for x in s.iter_sentences() if x.stakeholders and ("Torture" in x.text or "OP-CAT" in x.text)]
    assert {*sentence.stakeholders, *(a.stakeholder for a in sentence.see_also)} == {"AI", "HRW"}
    assert any(x[0] == ["JS1"] and not x[1] and "Migrant Workers" in x[2] for x in _credited(s))


def test_the_same_figure_in_other_words_is_cited_with_see_also(tmp_path: Path) -> None:
    s, _ = _draft(
        tmp_path,
        AI=("1. More than 111,000 persons are registered as missing, and more than 52,000 bodies remain unidentified "
            "in forensic services and common graves.\n\n2. Prisons remain overcrowded.\n"),
        HRW=("1. Over 111,000 people remain missing, and some 52,000 bodies are still unidentified.\n\n"
             "2. Journalists are prosecuted for defamation.\n"),
    )
    (sentence,) = [x for x in s.iter_sentences() if "111,000" in x.text]
    assert sentence.stakeholders == ["AI"] and [a.stakeholder for a in sentence.see_also] == ["HRW"]


def test_points_that_share_words_but_not_the_point_stay_apart(tmp_path: Path) -> None:
    """Another treaty, another action asked for, other figures or years, other people, the opposite sense."""
    s, _ = _draft(
        tmp_path,
        AI=("1. The Government should ratify the Optional Protocol to the Convention against Torture without delay.\n\n"
            "2. In 2022, 12 journalists were killed in the country.\n\n"
            "3. The Government should guarantee access to inclusive education for girls with disabilities in rural "
            "areas.\n\n"
            "4. Kazakhstan has ratified the Convention on the Rights of Persons with Disabilities.\n"),
        HRW=("1. The Government should establish the national preventive mechanism under the Optional Protocol to the "
             "Convention against Torture without delay.\n\n"
             "2. In 2023, 19 journalists were killed in the country.\n\n"
             "3. The Government should guarantee access to inclusive education for migrant children in rural areas.\n\n"
             "4. Kazakhstan has not ratified the Convention on the Rights of Persons with Disabilities.\n"),
        JS1=("1. The Government should ratify the International Convention on the Protection of the Rights of All "
             "Migrant Workers and Members of Their Families without delay.\n"),
    )
    credited = _credited(s)
    assert all(not also for _, also, _ in credited), credited
    for words in ("ratify the Optional Protocol", "national preventive mechanism", "Migrant Workers", "12 journalists",
                  "19 journalists", "girls with disabilities", "migrant children", "had ratified", "had not ratified"):
        assert sum(words in text for _, _, text in credited) == 1, words


def test_a_point_with_a_figure_the_other_lacks_is_not_cited_with_see_also(tmp_path: Path) -> None:
    """CJA's "Thirteen journalists were murdered in 2022, and impunity … exceeds 90 per cent" is no "See also" under
    another's impunity figure: its thirteen murders would be lost."""
    s, _ = _draft(
        tmp_path,
        AI=("1. Impunity for crimes against journalists exceeds 90 per cent: of 1,390 investigations opened since 2010, "
            "only 29 led to a conviction.\n\n2. Prisons remain overcrowded.\n"),
        HRW=("1. Thirteen journalists were murdered in 2022, and impunity for these crimes exceeds 90 per cent.\n\n"
             "2. Women face violence at home.\n"),
    )
    assert any(who == ["HRW"] and "thirteen journalists" in text.lower() for who, _, text in _credited(s))


def test_the_first_sentence_of_a_run_is_cited_with_see_also_and_the_run_goes_on(tmp_path: Path) -> None:
    """The Ugandan set: FFI's "At least 54 people were killed … in November 2020. FFI documented the torture of 37
    opposition supporters …" was one run, unlike CEOU's point as a whole: its first sentence, the same killings in
    other words with the same figure of the same people, is now cited with "See also" under CEOU's, and FFI's second
    sentence is drafted on its own."""
    s, texts = _draft(
        tmp_path,
        CEOU=("1. On 18 and 19 November 2020, security forces shot dead at least 54 people during protests that followed "
              "the arrest of a presidential candidate. Most of the victims were bystanders.\n\n"
              "2. Prisons remain overcrowded.\n"),
        FFI=("1. At least 54 people were killed by the police and the military when they suppressed the protests of "
             "November 2020. FFI documented the torture of 37 opposition supporters in detention between January and "
             "March 2021.\n\n2. Journalists are prosecuted for defamation.\n"),
    )
    credited = _credited(s)
    (killed,) = [x for x in credited if "54 people" in x[2]]
    assert killed[0] == ["CEOU"] and killed[1] == ["FFI"]
    assert (["FFI"], [], "FFI documented the torture of 37 opposition supporters in detention between January and "
            "March 2021.") in credited
    assert verify_summary(s, texts).faithfulness == 1.0


def test_a_figure_of_another_thing_or_a_names_number_joins_nothing(tmp_path: Path) -> None:
    """The same figure counting other things ("up to 180 days" / "180 asylum applications"), a law's number ("Act
    732"), and a run whose second sentence leans on its first ("… in a fire … The guards did not open the cell when
    the fire started") stay apart."""
    s, _ = _draft(
        tmp_path,
        AAS=("1. In 2023 the Asylum Office granted protection to only 8 persons, although 180 asylum applications were "
             "lodged in the country's asylum centres.\n\n2. Prisons remain overcrowded.\n"),
        GDM=("1. Asylum seekers whose applications were rejected were held in the asylum centres for up to 180 days in "
             "2023. Conditions there were poor.\n\n2. Journalists are prosecuted for defamation.\n"),
        JS1=("1. Allocate adequate resources to the Victims Support Fund established under the Domestic Violence Act "
             "(Act 732).\n"),
        WRAC=("1. Amend the Domestic Violence Act (Act 732) to explicitly criminalise marital rape.\n"),
    )
    credited = _credited(s)
    assert all(not also and len(who) == 1 for who, also, _ in credited), credited


def test_the_same_figure_in_other_notations_or_rounded_is_one_point(tmp_path: Path) -> None:
    """The Nepalese set: "5.4 million people" and "54 lakh people" are one figure, and so are "more than 63,000
    complaints" and "63,718 complaints"; "9,000" and "9,500" are two."""
    s, _ = _draft(
        tmp_path,
        AI=("1. An estimated 5.4 million people aged 16 and above do not hold citizenship certificates.\n\n"
            "2. By mid-2020 the Truth and Reconciliation Commission had received more than 63,000 complaints, yet not a "
            "single case has been resolved.\n\n"
            "3. Prisons hold more than 9,000 inmates in places built for 4,000.\n"),
        HRW=("1. About 54 lakh people of voting age lack a citizenship certificate.\n\n"
             "2. The Truth and Reconciliation Commission had received 63,718 complaints by mid-2020, yet not one of "
             "them has been resolved.\n\n"
             "3. Prisons hold more than 9,500 inmates in places built for 4,000.\n"),
    )
    credited = _credited(s)
    assert any(who == ["AI"] and also == ["HRW"] and "5.4 million" in text for who, also, text in credited)
    assert any(also == ["HRW"] or also == ["AI"] for who, also, text in credited if "Reconciliation" in text)
    assert not any(also for who, also, text in credited if "9," in text)


def test_an_officers_review_of_the_runs_edge_sentences(tmp_path: Path) -> None:
    """An officer's review of the Nepalese draft: HRFN's "loans at interest rates of up to 36 per cent a year" cited
    "See also" DHRF's "About 36 per cent of Dalit households are landless" (a share says what of after it), and JS2's
    "A child born to a Nepali mother and a foreign father can only acquire citizenship by naturalisation" cited under
    another's point, though its next paragraph goes on "… this affects thousands of children"."""
    s, texts = _draft(
        tmp_path,
        HRFN=("1. Many families who rebuilt their homes took loans at interest rates of up to 36 per cent a year, "
              "and the reconstruction grant fell far short of the cost.\n\n2. Prisons remain overcrowded.\n"),
        DHRF=("1. Dalit families were excluded from relief after the earthquake. About 36 per cent of Dalit households "
              "are landless.\n\n2. Journalists are prosecuted for defamation.\n"),
        ECI=("1. A child born to a Nepali mother and a foreign father can only acquire citizenship by naturalisation "
             "under article 11(7) of the Constitution.\n\n2. Women face violence at home.\n"),
        JS2=("1. The Constitution of 2015 denies women the right to pass citizenship to their children on an equal "
             "basis. A child born to a Nepali mother and a foreign father can only acquire citizenship by "
             "naturalisation.\n\n2. In the Terai, where marriages across the border with India are common, this "
             "affects thousands of children of Madhesi mothers.\n"),
    )
    credited = _credited(s)
    assert not any(also for who, also, text in credited if "36 per cent" in text), credited
    # what points back to the sentence before (a run's last sentence is not cited elsewhere before it, nor a whole
    # point before its next paragraph opening so): "this affects", "these provisions"; not "such as", "31 such arrests"
    from uprkit.summarize.related import _POINTS_BACK

    assert _POINTS_BACK.search("In the Terai, where marriages across the border are common, this affects many children")
    assert _POINTS_BACK.search("These provisions are used against journalists.")
    assert not _POINTS_BACK.search("Expand alternatives to imprisonment, such as electronic monitoring.")
    assert not _POINTS_BACK.search("PRC documented 31 such arrests in 2022, and this year more.")
    assert any(who == ["JS2"] and "by naturalisation" in text for who, also, text in credited), credited
    assert verify_summary(s, texts).faithfulness == 1.0


def test_the_accredited_nhri_is_never_cited_with_see_also_under_others(tmp_path: Path) -> None:
    manifest = ("abbreviation,name,kind,status,file\nNHRC,National Human Rights Commission,nhri,A,NHRC.txt\n"
                "AI,Amnesty International,ngo,,AI.txt\nHRW,Human Rights Watch,ngo,,HRW.txt\n")
    s, _ = _draft(
        tmp_path, manifest,
        NHRC=("1. The Government should define a timetable for the withdrawal of the armed forces from public security "
              "tasks.\n\n2. The Ombudsman's budget was cut.\n"),
        AI=("1. We recommend that Kazakhstan present a timetable for the withdrawal of the armed forces from public "
            "security.\n\n2. Prisons remain overcrowded.\n"),
        HRW="1. Journalists are prosecuted for defamation.\n",
    )
    credited = _credited(s)
    assert any(who == ["NHRC"] and not also and "timetable" in text for who, also, text in credited)
    assert any(who == ["AI"] and not also and "timetable" in text for who, also, text in credited)


DATA = Path(__file__).parent / "data"
_WORDS = re.compile(r"\W+")


def _norm(text: str) -> str:
    return _WORDS.sub(" ", text.lower()).strip()


def _members_of(sentence, group: dict) -> set[str]:
    """The members of a truth group whose key phrase is in the words a sentence cites for them (credited or
    "See also")."""
    spans = [*sentence.sources, *sentence.see_also]
    return {
        m["stakeholder"] for m in group["members"]
        if any(s.stakeholder == m["stakeholder"] and any(_norm(k) in _norm(s.text) for k in m["keys"]) for s in spans)
    }


#: The traps of the kept merge sets the draft falls into (two stakeholders cited for them in one sentence),
#: measured 2026-12-06, each with its cause:
#: - Ghana T26: TMCF's "Amend the Minerals and Mining Act, 2006 (Act 703) to require the free, prior and informed
#:   consent …" is cited with "See also" under JS1's "amend … (Act 703) to require holders of mining leases to
#:   reclaim mined-out lands …": the same law and action, another requirement, which the Act's long name outweighs.
#: (Georgia's T35, JS2's "17 women … in 2022. … 24 women … in 2023.", consecutive sentences drafted as one run, is
#: one stakeholder's, which this count does not see.)
_TRAPS_FALLEN_INTO: dict[str, set[str]] = {"gha": {"T26"}, "geo": set()}


@pytest.mark.parametrize(
    ("name", "country", "session", "nhri", "joined_at_least"),
    [("gha", "GHA", 42, "CHRAJ", 13), ("geo", "GEO", 51, "PDO", 8)],
)
def test_a_merge_set_against_its_ground_truth(name: str, country: str, session: int, nhri: str,
                                              joined_at_least: int) -> None:
    """tests/data/submissions_gha and submissions_geo: two review helpers' sets of 16 submissions each, with the
    points several stakeholders make (32 and 35) and traps (37 and 40). Before related.py 3 and 1 groups were
    joined (a sentence crediting all, or "See also"); 13 and 8 are now. No trap is joined but those listed, the
    draft stays faithful, and the accredited NHRI is merged with no one."""
    folder = DATA / f"submissions_{name}"
    truth = json.loads((DATA / f"submissions_{name}_truth.json").read_text(encoding="utf-8"))
    summary = draft_summary(folder, DraftOptions(country=country, session=session), manifest=folder / "stakeholders.csv")
    sentences = [s for s in summary.iter_sentences() if s.stakeholders]
    joined = {g["id"] for g in truth["merges"] if any(len(_members_of(s, g)) == len(g["members"]) for s in sentences)}
    fallen = {g["id"] for g in truth["traps"] if any(len(_members_of(s, g)) >= 2 for s in sentences)}
    assert fallen <= _TRAPS_FALLEN_INTO[name]
    assert len(joined) >= joined_at_least, sorted(joined)
    texts = {p.name: read_document(p).text for p in folder.iterdir() if p.suffix in {".pdf", ".docx", ".txt"}}
    assert verify_summary(summary, texts).faithfulness == 1.0
    assert not [s.text for s in sentences if nhri in s.stakeholders and len(s.stakeholders) > 1]
    assert not [s.text for s in sentences if any(a.stakeholder == nhri for a in s.see_also)]


def test_particulars_read_figures_years_negation_and_action() -> None:
    from uprkit.summarize.related import Particulars

    p = Particulars.of("Fifty-three journalists and twenty four bloggers were fined 2,000 lari in 2023; thirteen were "
                       "detained.", recommendation=False)
    assert p.numbers == {"53", "24", "2000", "13"} and p.years == {"2023"}
    assert not Particulars.of("Bring to justice not only the perpetrators but also those who ordered the attacks "
                              "without further delay.", recommendation=True).negated
    assert Particulars.of("Kazakhstan has not ratified OP-CAT.", recommendation=False).negated
    # a denial sets two points against each other only where the other speaks of what it denies
    ratified = Particulars.of("Kazakhstan ratified OP-CAT in 2008.", recommendation=False)
    assert Particulars.of("Kazakhstan has not yet ratified OP-CAT.", recommendation=False).differs(ratified)
    assert Particulars.of("There is no independent body to oversee the police.", recommendation=False).differs(
        Particulars.of("An independent body oversees the police.", recommendation=False))
    # the Ugandan set: JS1's "without a hearing" and the Cambodian set: ALNHR's "will not allow" denied nothing the
    # other said, and each pair was written twice
    assert not Particulars.of("The NGO Bureau suspended the operations of 54 organisations without a hearing.",
                              recommendation=False).differs(
        Particulars.of("The suspension of 54 organisations by the NGO Bureau targeted groups working on elections.",
                       recommendation=False))
    assert not Particulars.of("The Government has stated that it will not allow Cases 003 and 004 to proceed at the "
                              "ECCC.", recommendation=False).differs(
        Particulars.of("Statements by the Government opposing Cases 003 and 004 have obstructed the ECCC.",
                       recommendation=False))
    # "Law No. 30151" denies nothing; "has still not been passed" denies "pass" (the stem of "pass" is "pass")
    assert not Particulars.of("Repeal Law No. 30151.", recommendation=True).denied
    assert Particulars.of("The Legislative Instrument has still not been passed.", recommendation=False).differs(
        Particulars.of("Pass the Legislative Instrument without further delay.", recommendation=False))
    assert Particulars.of("Revoke the legislation adopted in 2024.", recommendation=True).action == "repeal"
    assert Particulars.of("Become a party to OP-CAT.", recommendation=True).action == "ratify"
    assert Particulars.of("Accept the Revised European Social Charter's complaints procedure.", recommendation=True).action is None
    # another special procedure: the bundled Uzbekistan example cited LICA's "accept the pending request of the Special
    # Rapporteur on torture to visit the country …" with "See also" under MFWCA's "extend an invitation to the Special
    # Rapporteur on the promotion and protection of the right to freedom of opinion and expression"
    expression = Particulars.of("Extend an invitation to the Special Rapporteur on the promotion and protection of the right "
                                "to freedom of opinion and expression, whose request has been pending since 2005.",
                                recommendation=True)
    torture = Particulars.of("Accept the pending request of the Special Rapporteur on torture to visit the country.",
                             recommendation=True)
    assert expression.mandates == {"freedom", "opinion", "expression"} and torture.mandates == {"torture"}
    assert expression.differs(torture)
    assert not expression.differs(Particulars.of("Invite the Special Rapporteur on freedom of expression to visit.",
                                                 recommendation=True))
    # people named by what they do: the Philippines set cited LEN's teachers with "See also" under PAPF's journalists
    journalists = Particulars.of("Release journalists detained on fabricated charges.", recommendation=True)
    teachers = Particulars.of("Release those detained solely for their work as teachers.", recommendation=True)
    assert not journalists.holds(teachers) and not teachers.holds(journalists)


def test_a_stakeholders_own_recommendation_restated_in_its_list_is_drafted_once(tmp_path: Path) -> None:
    """A review of a Ghanaian set: "CRANG urges the Government to prohibit corporal punishment of children in all
    settings, including the home and schools." in the text and "Prohibit by law all corporal punishment of children
    in every setting;" in the closing list were drafted as two sentences. The fuller wording is written once; a
    restatement that names something the other does not ("300 probation officers" and "before the end of 2022",
    each its own) or asks for something else stays."""
    s, texts = _draft(
        tmp_path,
        CRANG=("1. Corporal punishment remains lawful in the home.\n\n"
               "2. CRANG urges the Government to prohibit corporal punishment of children in all settings, including "
               "the home and schools.\n\n"
               "3. CRANG urges Parliament to pass the Non-Custodial Sentencing Bill before the end of 2022.\n\n"
               "4. CRANG urges Parliament to pass the Legal Aid Bill and to fund the Legal Aid Commission.\n\n"
               "5. Recommendations\n\nWe recommend that the Government:\n"
               "(a) Prohibit by law all corporal punishment of children in every setting;\n"
               "(b) Pass the Non-Custodial Sentencing Bill without further delay;\n"
               "(c) Pass the Legal Aid Bill and fund 300 probation officers;\n"
               "(d) Train teachers in positive discipline in every setting.\n"),
    )
    drafted = [x.text for x in s.iter_sentences() if x.stakeholders == ["CRANG"]]
    assert len([t for t in drafted if "corporal punishment of children" in t]) == 1
    assert drafted.count("CRANG urged Parliament to pass the Non-Custodial Sentencing Bill before the end of 2022.") == 1
    assert not any("without further delay" in t for t in drafted)
    assert len([t for t in drafted if "Legal Aid Bill" in t]) == 2
    assert any("positive discipline" in t for t in drafted)
    assert verify_summary(s, texts).faithfulness == 1.0


def test_a_short_recommendation_said_whole_inside_a_longer_one_is_cited_with_see_also(tmp_path: Path) -> None:
    """(review of a cycle-2 set) HRW's "Pass the Anti-Torture Bill" stood alone beside AI's "Ensure that the
    Anti-Torture Bill is passed without delay and that torture is defined as a criminal offence …": too short to
    be 0.40 alike, though all it says is in the longer one."""
    s, _ = _draft(
        tmp_path,
        AI=("1. Prisons remain overcrowded, with 140 per cent occupancy.\n\n"
            "2. Ensure that the Anti-Torture Bill is passed without delay and that torture is defined as a criminal "
            "offence in line with the Convention against Torture, with penalties that reflect its gravity.\n"),
        HRW=("1. Journalists are prosecuted for defamation.\n\n2. Pass the Anti-Torture Bill.\n"),
    )
    (sentence,) = [x for x in s.iter_sentences() if x.stakeholders and "Anti-Torture Bill" in x.text]
    assert sentence.stakeholders == ["AI"] and [a.stakeholder for a in sentence.see_also] == ["HRW"]


def test_a_request_that_states_recommend_and_the_same_recommendation_in_the_list_are_drafted_once(tmp_path: Path) -> None:
    """(review of a Nigeria cycle-2 set) GIEACPC's lead box "We hope the Working Group will note with concern the
    legality of corporal punishment of children in Kazakhstan and make a specific recommendation that legislation
    be enacted to explicitly prohibit …" and its recommendation 3.1 "We recommend that Kazakhstan enact legislation
    to explicitly prohibit …" were both drafted: the request was compared with its frame's words ("note",
    "concern", "legality"), not with what it asks for; and "enact legislation to explicitly prohibit …" asks for
    what the law is to do, no action that sets it apart from "prohibit …" or "enact legislation"."""
    from uprkit.summarize.related import Particulars

    s, _ = _draft(
        tmp_path,
        GIEACPC=(
            "We hope the Working Group will note with concern the legality of corporal punishment of children in "
            "Kazakhstan and make a specific recommendation that legislation be enacted to explicitly prohibit all "
            "corporal punishment of children in all settings, including the home, as a matter of priority.\n\n"
            "1 Legality of corporal punishment\n\n1.1 Corporal punishment is lawful in the home under the Code on "
            "Marriage and Family.\n\n2 Recommendation\n\n2.1 We recommend that Kazakhstan enact legislation to "
            "explicitly prohibit all corporal punishment of children in all settings, including the home, and repeal "
            "all legal defences for its use.\n"
        ),
    )
    recommended = [t.split(" recommended ", 1)[1] for _, _, t in _credited(s) if " recommended " in t]
    assert recommended == [
        "that Kazakhstan enact legislation to explicitly prohibit all corporal punishment of children in all settings, "
        "including the home, and repeal all legal defences for its use."
    ]
    assert Particulars.of("Enact legislation to criminalise torture.", recommendation=True).action is None
    assert Particulars.of("Enact the Refugees Bill.", recommendation=True).action == "adopt"
