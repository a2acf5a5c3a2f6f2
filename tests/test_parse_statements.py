"""Who is credited with each statement of a stakeholder summary (uprkit.parse.statements).

The cases come from the made-up summaries of a review (ZWE, MNG, PER, TUN: /tmp/s8/rt) and from the real
summaries under ../shared/data; each test builds a small summary around the sentence, with its list of
stakeholders and its endnotes, so that the parse runs end to end.
"""

from __future__ import annotations

from uprkit.model import ParsedReport, Stakeholder
from uprkit.parse import parse_document
from uprkit.parse.stakeholders import StakeholderRegistry
from uprkit.parse.statements import _named_in_full
from uprkit.read import read_bytes

_HEAD = """United Nations A/HRC/WG.6/41/TUN/3
General Assembly
Distr.: General
Human Rights Council
Working Group on the Universal Periodic Review
Forty-first session
Summary of stakeholders’ submissions on Tunisia
Report of the Office of the United Nations High Commissioner for Human Rights
I. Background
1. The present report is a summary of 11 stakeholders’ submissions.1
II. Information provided by stakeholders
A. Scope of international obligations
"""
_LIST = """Notes
1 The stakeholders listed below have contributed information for this summary; the full texts of all
original submissions are available at: www.ohchr.org.
Civil society
Individual submissions:
AI Amnesty International, London, United Kingdom of Great Britain and Northern Ireland;
ASF Avocats sans frontières, Brussels (Belgium);
APF France handicap APF France handicap, Paris (France);
CHRA Combined Harare Residents Association, Harare (Zimbabwe);
HRW Human Rights Watch, Geneva (Switzerland);
ICJ International Commission of Jurists, Geneva (Switzerland);
LTDH Ligue tunisienne des droits de l’homme, Tunis (Tunisia);
ZimRights Zimbabwe Human Rights Association, Harare (Zimbabwe).
Joint submissions:
JS2 Joint submission 2 submitted by: CIVICUS, Johannesburg (South Africa); Al Bawsala;
JS4 Joint submission 4 submitted by: Mnemty; Damj, Tunis (Tunisia).
Regional intergovernmental organization(s):
CoE-Commissioner Council of Europe Commissioner for Human Rights, Strasbourg (France).
"""


def _summary(paragraph: str, notes: list[str]) -> ParsedReport:
    """A summary whose paragraph 2 is ``paragraph``; its markers 2, 3 … cite ``notes`` in order."""
    text = _HEAD + "2. " + paragraph + "\n" + _LIST + "".join(f"{i} {n}\n" for i, n in enumerate(notes, 2))
    return parse_document(read_bytes(text.encode(), "A_HRC_WG.6_41_TUN_3.txt"))


def _credits(paragraph: str, notes: list[str]) -> list[tuple[list[str], str | None, list[int]]]:
    report = _summary(paragraph, notes)
    assert not report.warnings, report.warnings
    (para,) = [p for p in report.paragraphs if p.number == 2]
    return [(st.sources, st.verb, st.endnotes) for st in para.statements]


def test_parse_statements_a_full_name_before_its_abbreviation_in_a_group_subject() -> None:
    """A/HRC/WG.6/34/SVN/3 para. 3, "JS2 and the Commissioner for Human Rights (CoE-Commissioner) recommended …",
    was credited to CoE-Commissioner alone: the full name is not the list's, so "JS2 and the Commissioner for Human
    Rights (" did not read as a coordination. The same in A/HRC/WG.6/33/BRN/3 para. 2 ("JS2 and Center for Global
    Nonkiling (CGNK)")."""
    assert _credits(
        "JS2 and the Commissioner for Human Rights (CoE-Commissioner) recommended that Tunisia ratify the 1961 "
        "Convention.2 JS2 and Avocats Sans Frontieres (ASF) recommended that Tunisia accede to the Convention.3",
        ["JS2, p. 4; CoE-Commissioner, p. 2.", "JS2, p. 5; ASF, p. 1."],
    ) == [(["JS2", "CoE-Commissioner"], "recommended", [2]), (["JS2", "ASF"], "recommended", [3])]
    # a clause with a verb between the two is no coordination
    assert _credits(
        "JS2 noted that the Commissioner for Human Rights (CoE-Commissioner) had recommended ratification.2",
        ["JS2, p. 4."],
    ) == [(["JS2"], "noted", [2])]


def test_parse_statements_the_authors_of_a_joint_submission_are_its_subject() -> None:
    """Made-up ZWE para. 30, "… on donor funding.58 The authors of JS4 also noted that the informal sector …59",
    and PER para. 31, "The authors of joint submission 6 recommended …": no subject was read ("of" before a
    stakeholder ruled it out, and "joint submission" had to be capitalised), so each sentence was glued to the
    statement before it and its locator lost. Real A/HRC/WG.6/43/FRA/3 para. 72, "The authors of joint
    submissions 14 and 15 denounced …", was credited to JS14 and JS5 from its endnote's misprint."""
    assert _credits(
        "JS4 stated that the response to the drought depended on donor funding.2 The authors of JS4 also noted that "
        "the informal sector employed over 80 per cent of the workforce.3 The authors of joint submission 4 "
        "recommended that Tunisia adopt a protocol.4 The authors of joint submissions 2 and 4 denounced identity "
        "checks.5",
        ["JS4, pp. 7-8.", "JS4, p. 9.", "JS4, para. 12.", "JS2, p. 3; JS4, p. 5."],
    ) == [
        (["JS4"], "stated", [2]),
        (["JS4"], "noted", [3]),
        (["JS4"], "recommended", [4]),
        (["JS2", "JS4"], "denounced", [5]),
    ]
    # a stakeholder after "of" is still no subject
    assert _credits("The report of JS4 recommended that Tunisia adopt a protocol.2", ["JS4, p. 9."]) == [
        (["JS4"], None, [2])
    ]


def test_parse_statements_the_mission_is_the_body_with_mission_in_its_name() -> None:
    """A/HRC/WG.6/32/AFG/2 paras. 15, 16, 25: "The Mission recommended …" (UNAMA, the United Nations Assistance
    Mission in Afghanistan) was credited to "Office of the United Nations High Commissioner for Refugees (UNHCR)",
    whose abbreviation holds "mission" inside "Commissioner"."""
    reg = StakeholderRegistry()
    reg.add(Stakeholder(abbreviation="UNAMA", name="United Nations Assistance Mission in Afghanistan", kind="un"))
    reg.add(Stakeholder(abbreviation="Office of the United Nations High Commissioner for Refugees (UNHCR)",
                        name=None, kind="un"))
    reg.add(Stakeholder(abbreviation="Committee against Torture", name="Committee against Torture", kind="un"))
    assert _named_in_full(reg, "Mission") == "UNAMA"
    assert _named_in_full(reg, "Committee") == "Committee against Torture"
    assert _named_in_full(reg, "Country team") == "Country team"


def test_parse_statements_reporting_verbs_of_echoes_and_conclusions() -> None:
    """Made-up TUN para. 12, "…allegations of torture.20 ASF and HRW made similar recommendations.21", and the
    real A/HRC/WG.6/41/BRA/3 para. 28 ("JS10 made a similar recommendation."), A/HRC/WG.6/34/SVN/3 para. 12 ("JS3
    concluded that …") and A/HRC/WG.6/47/CRI/3 para. 45 ("ECLJ defended Costa Rica’s abortion legislation."): the
    verb was not a reporting verb, so the sentence was glued to the statement before it and credited to its
    stakeholder."""
    assert _credits(
        "AI recommended that Tunisia investigate allegations of torture.2 ASF and HRW made similar recommendations.3 "
        "JS4 made a similar recommendation.4 LTDH concluded that the law did not meet the standards.5 ICJ defended "
        "the reform of the courts.6",
        ["AI, p. 3.", "ASF, p. 2; HRW, p. 4.", "JS4, p. 7.", "LTDH, p. 6.", "ICJ, para. 3."],
    ) == [
        (["AI"], "recommended", [2]),
        (["ASF", "HRW"], "made similar recommendations", [3]),
        (["JS4"], "made a similar recommendation", [4]),
        (["LTDH"], "concluded", [5]),
        (["ICJ"], "defended", [6]),
    ]
    report = _summary("AI recommended a moratorium.2 ASF and HRW made similar recommendations.3", ["AI, p. 3.",
                                                                                                 "ASF, p. 2."])
    assert [st.act for p in report.paragraphs if p.number == 2 for st in p.statements] == [
        "recommendation", "recommendation"]


def test_parse_statements_a_group_or_no_one_as_subject_mid_paragraph() -> None:
    """Made-up TUN para. 13, "…subject to judicial review.23 It was recommended that Tunisia lift the state of
    emergency.24" (note 24: LTDH and ICJ), and PER para. 24, "…in rural areas.44 Other stakeholders made similar
    recommendations.45": the sentence was glued to the statement before it and credited to its stakeholder (AI,
    JS5); the group's own endnote was never read. Real: A/HRC/WG.6/43/FRA/3 para. 40 "A number of stakeholders
    recommended …" (credited to FAP), A/HRC/WG.6/47/CRI/3 paras. 20 and 48 "Two submissions …", para. 92
    "Similar recommendations were made in two other submissions."."""
    assert _credits(
        "AI stated that travel bans were not subject to judicial review.2 It was recommended that Tunisia lift the "
        "state of emergency.3 Other stakeholders made similar recommendations.4 Several stakeholders also "
        "recommended that Tunisia repeal the decree.5 Similar recommendations were made in two other submissions.6",
        ["AI, p. 12.", "LTDH, p. 6; ICJ, para. 34.", "HRW, p. 2; JS2, p. 3. See also AI, p. 4.", "ASF, p. 5; HRW, p. 1.",
         "JS2, p. 1; JS4, p. 2."],
    ) == [
        (["AI"], "stated", [2]),
        (["LTDH", "ICJ"], "recommended", [3]),
        (["HRW", "JS2"], "made similar recommendations", [4]),
        (["ASF", "HRW"], "recommended", [5]),
        (["JS2", "JS4"], "similar recommendations were made", [6]),
    ]
    # "They also …" continues a group whose endnote is still to come; an opening sentence with neither subject nor
    # endnote belongs to the group after it
    assert _credits(
        "Despite a new law, cases of violence increased. Several submissions stated that defenders were threatened. "
        "They also denounced attacks by officials.2 AI recalled that Tunisia had the most killings.3",
        ["HRW, p. 2; JS2, p. 3.", "AI, p. 1."],
    ) == [(["HRW", "JS2"], "stated", [2]), (["AI"], "recalled", [3])]


def test_parse_statements_a_subject_its_own_endnote_confirms() -> None:
    """A/HRC/WG.6/48/SVN/3 para. 66, "AI conducted a survey in 2023 that revealed …88", and A/HRC/WG.6/47/CRI/3
    para. 74, "Defence for Children International recommended …100" (the list names DNI otherwise), were glued to
    the statement before them (CoE-GREVIO, JS9): the verb is no reporting verb, or the name is not the list's.
    Such a sentence is now a statement of its own when its endnote cites others than the statement before."""
    assert _credits(
        "ICJ noted that the definition of rape was amended.2 AI conducted a survey in 2023 that revealed "
        "misconceptions.3 Lawyers Without Borders recommended training for judges.4 The Ministry of Justice reported "
        "that 30 judges had been trained.5 It was presented to parliament in 2019.",
        ["ICJ, p. 2.", "AI, p. 4.", "ASF, p. 2.", "ASF, p. 3."],
    ) == [
        (["ICJ"], "noted", [2]),
        (["AI"], None, [3]),
        (["ASF"], "recommended", [4, 5]),
    ]


def test_parse_statements_the_first_word_of_a_listed_abbreviation_the_notes_cite() -> None:
    """A/HRC/WG.6/43/FRA/3: the list gives "ADF International" and "APF France handicap", the endnotes and the
    text "ADF, para. 10" and "APF recommended …": para. 63 was credited to no one, para. 49 "ECLJ and ADF noted …"
    and "ADF reminded France …" to ECLJ alone."""
    assert _credits(
        "LTDH noted the adoption of the bill.2 APF recommended a national disability strategy.3 APF and ICJ noted that "
        "the law restricted home-schooling.4",
        ["LTDH, p. 2.", "APF, p. 3.", "APF, p. 4; ICJ, para. 7."],
    ) == [
        (["LTDH"], "noted", [2]),
        (["APF France handicap"], "recommended", [3]),
        (["APF France handicap", "ICJ"], "noted", [4]),
    ]


def test_parse_statements_have_or_has_with_an_adverb_before_the_verb() -> None:
    """A/HRC/WG.6/43/FRA/3 para. 49, "ADF and ECLJ have both recommended France modify its legislation …": "have"
    took the space the adverb needed, so "have both recommended" and "has also stated" were no reporting verbs."""
    assert _credits(
        "AI noted the adoption of the bill.2 ICJ and HRW have both recommended that Tunisia act.3 LTDH has also "
        "stated that it would.4",
        ["AI, p. 1.", "ICJ, p. 2; HRW, p. 3.", "LTDH, p. 5."],
    ) == [(["AI"], "noted", [2]), (["ICJ", "HRW"], "recommended", [3]), (["LTDH"], "stated", [4])]


def test_parse_statements_two_reporting_clauses_in_one_sentence() -> None:
    """Made-up ZWE para. 28, "…from the streets of Harare in 2015 without consultation54 and ZimRights reported that
    vendors who resisted had been beaten …55", was one statement of CHRA with endnotes [54, 55]; ZimRights was lost.
    Real: A/HRC/WG.6/43/FRA/3 para. 25 "ODVV recommended … including Muslims32 and MAAT recommended …", A/HRC/WG.6/
    28/UKR/3 para. 54 "…marital rights and obligations86, while ADFI expressed …", A/HRC/WG.6/20/SVN/3 para. 65
    "…human rights framework107, CoE-ACFC called on …"."""
    assert _credits(
        "The Combined Harare Residents Association (CHRA) stated that traders had been removed without consultation2 "
        "and ZimRights reported that vendors had been beaten.3 AI recommended a law on unions4, while ASF expressed its "
        "opposition to it.5 Noting the lack of data6, ICJ and HRW encouraged the authorities to collect it.7",
        ["CHRA, p. 3.", "ZimRights, para. 12.", "AI, p. 2.", "ASF, p. 4.", "ICJ, p. 1.", "ICJ, p. 2; HRW, p. 5."],
    ) == [
        (["CHRA"], "stated", [2]),
        (["ZimRights"], "reported", [3]),
        (["AI"], "recommended", [4]),
        (["ASF"], "expressed", [5]),
        (["ICJ", "HRW"], "encouraged", [6, 7]),
    ]
    report = _summary("JS4 noted that traders had been removed2 and ZimRights reported that vendors had been beaten.3",
                      ["JS4, p. 3.", "ZimRights, para. 12."])
    (first, second) = [st for p in report.paragraphs if p.number == 2 for st in p.statements]
    # the two tile the sentence, as every paragraph's statements do
    assert (first.text, second.text) == ("JS4 noted that traders had been removed",
                                         "and ZimRights reported that vendors had been beaten.")
    assert first.end <= second.start


def test_parse_statements_an_unknown_abbreviation_in_brackets_after_the_subject() -> None:
    """A/HRC/WG.6/43/FRA/3 para. 39, "…, ATD Fourth World (ATDFW) recommended developing such policies …66", was
    glued to CGT-FO: the list gives the abbreviation "ATD Fourth World", and the bracketed "(ATDFW)" the finder
    does not know stood between the name and its verb (the same in BRA para. 16, "Renata Juliana Faé Barp (RJFB)
    stated")."""
    assert _credits(
        "AI recommended raising the minimum wage.2 In order to reach the poorest, Ligue tunisienne des droits de "
        "l’homme (LTDHx) recommended developing such policies.3",
        ["AI, p. 2.", "LTDH, p. 3."],
    ) == [(["AI"], "recommended", [2]), (["LTDH"], "recommended", [3])]
