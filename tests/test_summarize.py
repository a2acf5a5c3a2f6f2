"""Drafting the summary: each stage alone (passages, reported speech, verify), the whole pipeline on a folder of
small submissions (text, DOCX, PDF and a broken PDF), and the command line."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA
from docx import Document as WordDocument

from uprkit.errors import UprkitError
from uprkit.model import Document, Page
from uprkit.read import read_document
from uprkit.summarize.candidates import Point, is_boilerplate, points_of, proper_nouns
from uprkit.summarize.clauses import starts_with_verb
from uprkit.summarize.draft import DraftOptions, draft_summary
from uprkit.summarize.model import Summary
from uprkit.summarize.passages import split_passages
from uprkit.summarize.speech import report
from uprkit.summarize.verify import verify_summary

#: Six made-up submissions written to read like real ones, also drafted by ``uprkit demo``.
UZB_EXAMPLE = Path(__file__).resolve().parents[1] / "uprkit" / "examples" / "submissions-uzb30"

SUBMISSIONS = DATA / "submissions"


# --------------------------------------------------------------------------------------------- passages


def _doc(text: str) -> Document:
    pages, start = [], 0
    for n, chunk in enumerate(text.split("\f"), start=1):
        pages.append(Page(number=n, start=start, end=start + len(chunk)))
        start += len(chunk) + 1
    return Document(text=text, pages=pages)


def test_passages_keep_offsets_pages_and_paragraph_numbers() -> None:
    text = (
        "Freedom of expression\n1. Journalists are prosecuted.12 Defamation is a crime, e.g. under art. 5 of the\n"
        "Criminal Code.\n\n2. Women hold 11.1 per cent of seats.\n\n3. The Government should act.\f"
        "4. Torture remains widespread.\n"
    )
    doc = _doc(text)
    passages = split_passages(doc, file="X.txt", stakeholder="X")
    assert [p.text for p in passages] == [
        "Journalists are prosecuted.",
        "Defamation is a crime, e.g. under art. 5 of the Criminal Code.",
        "Women hold 11.1 per cent of seats.",
        "The Government should act.",
        "Torture remains widespread.",
    ]
    assert [p.paragraph for p in passages] == ["1", "1", "2", "3", "4"]
    assert [p.page for p in passages] == [1, 1, 1, 1, 2]
    assert {p.heading for p in passages} == {"Freedom of expression"}
    for p in passages:
        assert " ".join(text[p.start : p.end].split()).startswith(p.text[:20])


def test_passages_drop_a_marker_glued_to_a_figure_where_a_sentence_follows() -> None:
    """ "3,088.9 Small communities …" is 3,088 and note 9 ("fell from 4,551 to 3,088.9." was drafted, a figure the
    submission never gave); a decimal that ends the paragraph, or inside a sentence, stays."""
    doc = _doc(
        "1. The number fell from 4,551 to 3,088.9 Small communities were banned. The channel K+.13 In addition, "
        "sites are blocked.\n\n2. The budget was 1,250.5 million. The average was 3,088.9\n"
    )
    texts = [p.text for p in split_passages(doc, file="X.txt", stakeholder="X")]
    assert texts == [
        "The number fell from 4,551 to 3,088.",
        "Small communities were banned.",
        "The channel K+.",
        "In addition, sites are blocked.",
        "The budget was 1,250.5 million.",
        "The average was 3,088.9",
    ]


def test_passages_a_recommendations_number_does_not_end_a_sentence() -> None:
    """ "recommendation 133.40 (Denmark)" was cut after "133." with "40" read as a note marker, and the draft said
    "noted that (Denmark) to ensure …"."""
    doc = _doc(
        "1. In 2013 Uzbekistan supported recommendation 133.40 (Denmark) to ensure that allegations are investigated. "
        "It did not support recommendations 135.45 (France) and 135.46 (Netherlands) to decriminalise same-sex relations.\n"
    )
    assert [p.text for p in split_passages(doc, file="X.txt", stakeholder="X")] == [
        "In 2013 Uzbekistan supported recommendation 133.40 (Denmark) to ensure that allegations are investigated.",
        "It did not support recommendations 135.45 (France) and 135.46 (Netherlands) to decriminalise same-sex relations.",
    ]


def test_passages_a_finding_and_the_submitters_request_in_one_sentence_are_two() -> None:
    """(the Peruvian review set) "… were still waiting for justice, and the Coalition calls on Peru to provide them
    with comprehensive reparations" was drafted "JS3 noted that … and the Coalition calls on Peru …": a recommendation
    hidden in a note. Another body's request, a short clause and a quotation stay whole."""
    doc = _doc(
        "1. The women who were forcibly sterilised in the 1990s are still waiting for justice, and the Coalition calls "
        "on Peru to provide them with comprehensive reparations. Detention conditions in prisons have worsened since 2016; we "
        "therefore recommend that Peru adopt a plan. The law is vague, and it urges the State to amend it. The State "
        "promised to act, and the Committee against Torture urges it to do so. A mother said: “we have waited twenty "
        "years for the truth, and we call on the State to help”.\n"
    )
    passages = split_passages(doc, file="X.txt", stakeholder="JS3")
    assert [p.text for p in passages] == [
        "The women who were forcibly sterilised in the 1990s are still waiting for justice",
        "the Coalition calls on Peru to provide them with comprehensive reparations.",
        "Detention conditions in prisons have worsened since 2016",
        "we therefore recommend that Peru adopt a plan.",
        "The law is vague, and it urges the State to amend it.",
        "The State promised to act, and the Committee against Torture urges it to do so.",
        "A mother said: “we have waited twenty years for the truth, and we call on the State to help”.",
    ]
    assert all(doc.text[p.start : p.end] == p.text for p in passages[:4])
    points = points_of(passages, stakeholder_order=0, state="Peru", self_names=("JS3", "the Coalition"))
    assert [p.reported.sentence("JS3") for p in points[:2]] == [
        "JS3 noted that the women who were forcibly sterilised in the 1990s were still waiting for justice.",
        "JS3 called on Peru to provide them with comprehensive reparations.",
    ]


def test_passages_keep_a_quotation_of_several_sentences_whole() -> None:
    """A witness's words stay a quotation: cut into sentences, "I paid" became "it paid" and the submitter borrowed
    the money; a note marker after the closing quotation mark ends the sentence and is dropped."""
    doc = _doc(
        "1. A man told RCA: “The officer said he would call my father unless I paid 2,000 dollars. I borrowed the "
        "money from three friends.”6 None of the victims filed a complaint.\n"
    )
    passages = split_passages(doc, file="X.txt", stakeholder="X")
    assert [p.text for p in passages] == [
        "A man told RCA: “The officer said he would call my father unless I paid 2,000 dollars. I borrowed the money "
        "from three friends.”",
        "None of the victims filed a complaint.",
    ]
    r = report(passages[0].text, state="Uzbekistan")
    assert r is not None and "“The officer said he would call my father unless I paid" in r.predicate
    assert report("We were not allowed to open the coffin.”", state="Uzbekistan") is None  # a quotation's end


def test_a_testimony_standing_alone_is_left_out_with_its_speaker() -> None:
    """A witness's words quoted alone were drafted as the submitter's ("ARDN noted that “They hung me upside
    down …”"), and a speaker's line without a stop ran into the next sentence ("… – Father of a 14-year-old girl,
    Camp 4, May 2022 Refugees are also targeted …"). The published summaries quote no testimony; a quotation the
    submitter introduces ("A man told RCA: “…”") says whose words they are and stays, and so does a quotation in
    the third person, as the summaries quote reports."""
    filler = "".join(f"{i}. Police in county {i} used force against protesters in {2010 + i}.\n" for i in range(1, 10))
    doc = _doc(
        filler + "10. Parents told us that they marry their daughters early.\n"
        "“Every night I was afraid someone would take her. With a husband she is protected.” – Father of a "
        "14-year-old girl, Camp 4, May 2022\n"
        "Refugees are also targeted by traffickers.\n"
        "11. “My son came home with burns on his arms. The police said he had fallen.” (Interview with a mother, Garissa)\n"
        "12. A man told RCA: “The officer said he would call my father.”\n"
        "13. “They hung me upside down and beat the soles of my feet.”\n– Former detainee, Nairobi, March 2024\n"
        "14. “The main target of these attacks has been a specific ethnic group.”\n"
    )
    passages = split_passages(doc, file="X.txt", stakeholder="X")
    assert "“Every night I was afraid someone would take her. With a husband she is protected.” – Father of a " \
        "14-year-old girl, Camp 4, May 2022" in [p.text for p in passages]
    points = points_of(passages, stakeholder_order=0, state="Kenya")
    assert [p.source_text for p in points][9:] == [
        "Parents told us that they marry their daughters early.",
        "Refugees are also targeted by traffickers.",
        "A man told RCA: “The officer said he would call my father.”",
        "“The main target of these attacks has been a specific ethnic group.”",  # a report's words, no testimony
    ]


def test_passages_of_a_pdf_with_testimonies_a_numbered_title_and_a_paper_named_in_a_recommendation() -> None:
    """A review of a Kenyan PDF: a testimony's speaker in brackets on the next line ran into the next testimony, a
    speaker's line after a dash took paragraph 8's number ("Former detainee, Nairobi, March 2024 8."), a
    numbered title ran into the next paragraph ("Conditions of detention and access to lawyers 13. Access …"),
    and a recommendation naming "this report" was left out as words about the paper."""
    doc = _doc(
        "6. Torture in custody is routine.\n"
        "7. Families told MJC of their search for their relatives:\n“I went to every police station. They told me\n"
        "they do not know my son.”\n(Interview with a mother, Kwale, April 2023)\n“I was held in a room for 23 days.”\n"
        "– Former detainee, Nairobi, March 2024\n"
        "8. Monitor groups documented a sharp rise in abductions.\n"
        "4. Conditions of detention and access to lawyers\n"
        "13. Access to a lawyer within 24 hours of arrest is not respected.\n"
        "17. Donors should suspend that funding until the cases documented in this report have been investigated.\n"
    )
    passages = split_passages(doc, file="X.txt", stakeholder="MJC")
    kept = [(p.paragraph, p.heading, p.text) for p in passages if not is_boilerplate(p)]
    assert kept == [
        ("6", None, "Torture in custody is routine."),
        ("7", None, "Families told MJC of their search for their relatives: “I went to every police station. They told me "
                    "they do not know my son.”"),
        ("7", None, "Former detainee, Nairobi, March 2024"),  # a speaker's line: points_of leaves it out
        ("8", None, "Monitor groups documented a sharp rise in abductions."),
        ("13", "4. Conditions of detention and access to lawyers", "Access to a lawyer within 24 hours of arrest is not respected."),
        ("17", "4. Conditions of detention and access to lawyers",
         "Donors should suspend that funding until the cases documented in this report have been investigated."),
    ]
    points = points_of(passages, stakeholder_order=0, state="Kenya", self_names=("MJC",))
    assert not any("Former detainee" in p.source_text or "Interview" in p.source_text for p in points)


def test_passages_leave_out_a_pdf_tables_cells_read_as_short_lines() -> None:
    """A PDF table whose cells are words comes out one cell a line; the draft had "MJC noted that date of
    disappearance Allegation Status A. H. M., 27, boda boda rider 14 February 2021, …" and "HEARC noted that no.
    14/2019 Abdi Farah and 22 others v. Kenya … not complied with 15. Compliance with provisional measures …". The
    prose around it, its last line before the table among it, stays, and paragraph 15 keeps its number."""
    prose = (
        "13. The Council has examined the periodic reports of Kenya and adopted concluding observations on them in\n"
        "May 2022, after a dialogue with the delegation that took place at its sixteenth ordinary session in Banjul.\n"
        "Kenya has not submitted the follow-up information on four priority recommendations, which was due in\n"
        "May 2023, and has not replied to the reminders that the Council sent in August and in December 2023.\n"
    )
    table = (
        "14. The following communications concerning Kenya are pending before the Council or awaiting\n"
        "implementation:\n"
        "Communication Parties Subject Status of implementation\n"
        "No. 14/2019 Abdi Farah and 22\nothers v. Kenya\nForced relocation of\nrefugees to Dadaab\n"
        "Decided in 2023; not\nimplemented\nNo. 3/2023 Sengwer Community\nCouncil v. Kenya\nEvictions from\n"
        "Embobut forest\nProvisional measures\nordered; not complied\nwith\n"
        "15. Compliance with provisional measures is a particular concern. In Communication No. 3/2023, the\n"
        "Council ordered on 2 February 2023 that no further evictions take place in Embobut forest.\n"
    )
    doc = _doc(prose + prose.replace("13.", "12.", 1) + table)
    passages = split_passages(doc, file="X.txt", stakeholder="HEARC")
    texts = [p.text for p in passages]
    assert "The following communications concerning Kenya are pending before the Council or awaiting implementation:" in texts
    assert not any("Abdi Farah" in t or "Sengwer" in t or "Parties Subject" in t for t in texts)
    assert [(p.paragraph, p.in_list) for p in passages if p.text.startswith("Compliance")] == [("15", False)]


def test_a_recommendations_tables_rows_are_items_under_their_area() -> None:
    """The African Commission's "Area | Recommendation" table read as lines: the draft had "ACHPR noted that state
    reporting Submit without further delay …" and "ACHPR recommended implementation of decisions Establish …"."""
    doc = _doc(
        "E. Recommendations\nThe African Commission recommends that Nigeria:\nArea Recommendation\n"
        "State reporting Submit without further delay its combined seventh and eighth periodic\nreport.\n"
        "Death penalty Establish an official moratorium on executions with a view to\nabolition.\n"
        "Civic space Review the Cybercrimes Act 2015 to bring it in line with article 9 of the African Charter.\n"
    )
    passages = [p for p in split_passages(doc, file="X.txt", stakeholder="ACHPR") if not is_boilerplate(p)]
    assert [(p.heading, p.text, p.in_list) for p in passages] == [
        ("State reporting", "Submit without further delay its combined seventh and eighth periodic report.", True),
        ("Death penalty", "Establish an official moratorium on executions with a view to abolition.", True),
        ("Civic space", "Review the Cybercrimes Act 2015 to bring it in line with article 9 of the African Charter.", True),
    ]
    points = points_of(passages, stakeholder_order=0, state="Nigeria")
    assert points[1].reported.sentence("ACHPR") == (
        "ACHPR recommended that Nigeria establish an official moratorium on executions with a view to abolition."
    )
    # sentences that look like rows are none: the round trip had "EU-FRA recommended that Slovenia act prohibited
    # discrimination …" from "The Protection against Discrimination Act prohibited discrimination …"
    prose = _doc(
        "The Protection against Discrimination Act prohibited discrimination on the grounds of sexual orientation.\n"
        "Slovenia adopted the Act in 2016.\n"
        "The Protection against Discrimination Act applies to all areas of life.\n"
    )
    assert [p.heading for p in split_passages(prose, file="X.txt", stakeholder="EU-FRA")] == [None, None, None]


def test_passages_of_a_text_set_in_narrow_columns() -> None:
    """A two-column PDF (a review of a Guatemalan set): a paragraph's short first line was taken for a heading and
    lost ("5. Between January 2020 and March" / "2024, ATIC documented …" was drafted "JS1 reported that 2024, ATIC
    documented …"), and a Roman-numbered title wrapped onto a word in lower case was read as the list's item (iv)
    ("JS1 recommended criminalisation of indigenous authorities")."""
    column = (
        "I. Introduction\n1. The Alianza por los Territorios\n(ATIC) brings together twelve\n"
        "indigenous and peasant organisations.\n"
        "II. Agrarian conflict and forced\nevictions\n"
        "3. In the third cycle, Guatemala\nreceived 14 recommendations on the\nland rights of indigenous peoples\n"
        "and supported 11 of them. No such\nlegislation has been adopted.\n"
        "5. Between January 2020 and March\n2024, ATIC documented 38 forced\nevictions affecting 2,310 families\n"
        "in Alta Verapaz, Izabal and other\ndepartments of the country.\n"
        "14. ATIC recommends that the State:\n(i) conclude the consultation with\nthe Xinka people; (ii) recognise the\n"
        "ancestral authorities of the\nIndigenous Peoples.\n"
        "IV. Criminalisation of indigenous\nauthorities\n"
        "15. Between 2020 and 2023, at least\n87 indigenous authorities and\ncommunity leaders faced criminal\n"
        "proceedings for usurpation and for\ncoercion or illegal detention.\n"
    )
    passages = split_passages(_doc(column), file="X.txt", stakeholder="JS1")
    got = {(p.paragraph, p.heading, p.text) for p in passages if not is_boilerplate(p)}
    assert ("5", "II. Agrarian conflict and forced evictions",
            "Between January 2020 and March 2024, ATIC documented 38 forced evictions affecting 2,310 families in "
            "Alta Verapaz, Izabal and other departments of the country.") in got
    assert ("15", "IV. Criminalisation of indigenous authorities",
            "Between 2020 and 2023, at least 87 indigenous authorities and community leaders faced criminal "
            "proceedings for usurpation and for coercion or illegal detention.") in got
    assert not any("Criminalisation" in t for _, _, t in got)


def test_a_joint_submission_named_by_its_coalition_is_the_coalition_in_its_text(tmp_path: Path) -> None:
    """Without a manifest, a coalition's cover ("Submitted by the Alianza por los Territorios (ATIC), a coalition
    of 12 organisations: A (AA); B (BB); …") gives the members, abbreviations that do not spell the initials
    too; "ATIC recommends that Guatemala …" is JS1 recommending, and JS1 is first named "JS1", as most summaries
    do (the list of stakeholders says who it is), not by its coalition; the Procurador de los Derechos Humanos is named so and looks like an NHRI."""
    from uprkit.summarize.stakeholder_guess import looks_like_nhri
    from uprkit.summarize.submissions import load_submissions

    (tmp_path / "JS_ATIC_EPU_Guatemala.txt").write_text(
        "JOINT SUBMISSION\nSubmitted by the Alianza por los Territorios (ATIC), a coalition of 3\norganisations:\n"
        "Parlamento Xinka de Santa Rosa y Jalapa (PAXIN); Comité de Desarrollo Campesino del Polochic\n"
        "(CODECAP); Bufete Jurídico para la Tierra y el Territorio (BJTT).\n\n"
        "1. Forced evictions continue in Alta Verapaz.\n2. ATIC recommends that Guatemala adopt a moratorium on "
        "forced evictions.\n3. ATIC thanks the communities of Río Sauce for their testimonies.\n", encoding="utf-8")
    (tmp_path / "PDH_Informe_EPU_Guatemala.txt").write_text(
        "PROCURADOR DE LOS DERECHOS HUMANOS (PDH)\n\n1. Malnutrition affects 46.5 per cent of children.\n",
        encoding="utf-8")
    subs, _ = load_submissions(tmp_path)
    by = {s.stakeholder.abbreviation: s.stakeholder for s in subs}
    assert by["JS1"].members == [
        "Alianza por los Territorios (ATIC)", "Parlamento Xinka de Santa Rosa y Jalapa (PAXIN)",
        "Comité de Desarrollo Campesino del Polochic (CODECAP)", "Bufete Jurídico para la Tierra y el Territorio (BJTT)",
    ]
    assert by["PDH"].name == "Procurador de los Derechos Humanos" and looks_like_nhri(by["PDH"])
    s = draft_summary(tmp_path, DraftOptions(country="GTM", session=47))
    texts = [x.text for x in s.iter_sentences() if x.stakeholders == ["JS1"]]
    assert texts[0].startswith("JS1 ") and not any("Alianza" in t for t in texts)
    assert "JS1 recommended that Guatemala adopt a moratorium on forced evictions." in texts
    assert not any("thanks" in t for t in texts)


def test_passages_a_figure_out_of_sequence_at_a_pdf_lines_start_is_no_paragraph_number() -> None:
    """(review) A figure that a PDF's line starts with was taken for a paragraph number: "2. Of the 192
    recommendations Kenya supported in 2015, the coalition assessed" / "140. It found that 31 …" lost its first
    sentence (taken for a numbered title) and its locator ("JS2 noted that it found that 31 …", cited "p. 1"), and
    "… has not ratified ILO Convention No." / "169. The Community Land Act …" was drafted "… ILO Convention No.".
    A number out of sequence after a line that ends no sentence, which the next numbered line takes up again, is
    the text's; a paragraph in sequence after an abbreviation's stop keeps its number."""
    doc = _doc(
        "B. Follow-up\n"
        "1. The coalition has engaged with the UPR since 2010.\n"
        "2. Of the 192 recommendations Kenya supported in 2015, the coalition assessed\n"
        "140. It found that 31 had been fully implemented.\n"
        "3. Kenya does not recognise indigenous peoples, and has not ratified ILO Convention No.\n"
        "169. The Community Land Act, 2016 provides for the registration of community land.\n"
        "4. The Act was criticised by the Committee, see para.\n"
        "5. The coalition recommends that Kenya implement the Act.\n"
    )
    assert [(p.paragraph, p.heading, p.text) for p in split_passages(doc, file="JS2.pdf", stakeholder="JS2")] == [
        ("1", "B. Follow-up", "The coalition has engaged with the UPR since 2010."),
        ("2", "B. Follow-up", "Of the 192 recommendations Kenya supported in 2015, the coalition assessed 140."),
        ("2", "B. Follow-up", "It found that 31 had been fully implemented."),
        ("3", "B. Follow-up", "Kenya does not recognise indigenous peoples, and has not ratified ILO Convention No. 169."),
        ("3", "B. Follow-up", "The Community Land Act, 2016 provides for the registration of community land."),
        ("4", "B. Follow-up", "The Act was criticised by the Committee, see para."),
        ("5", "B. Follow-up", "The coalition recommends that Kenya implement the Act."),
    ]


def test_a_web_pages_numbered_titles_between_numbered_paragraphs_are_headings() -> None:
    """A web page numbering its titles and its paragraphs in two series: "1. Deportations from the United States
    and Mexico" after paragraph 1 was drafted "RSN-G noted that deportations from the United States and Mexico."."""
    doc = _doc(
        "1. The network has welcomed returned migrants since 2014.\n"
        "1. Deportations from the United States and Mexico\n"
        "2. Guatemala is the country of origin of one of the largest groups of deported persons.\n"
        "3. Deportees arrive handcuffed.\n"
        "2. Reception and reintegration in Guatemala\n"
        "4. There is still no reintegration strategy.\n"
    )
    got = [(p.paragraph, p.heading, p.text) for p in split_passages(doc, file="X.txt", stakeholder="RSN-G")]
    assert got[1:] == [
        ("2", "1. Deportations from the United States and Mexico",
         "Guatemala is the country of origin of one of the largest groups of deported persons."),
        ("3", "1. Deportations from the United States and Mexico", "Deportees arrive handcuffed."),
        ("4", "2. Reception and reintegration in Guatemala", "There is still no reintegration strategy."),
    ]


def test_passages_join_a_word_broken_at_a_line_end_but_keep_a_compounds_hyphen() -> None:
    doc = _doc("1. A 26-\nyear-old man was detained and interro-\ngated for two days by order of the Attorney-\nGeneral.\n")
    assert [p.text for p in split_passages(doc, file="X.txt", stakeholder="X")] == [
        "A 26-year-old man was detained and interrogated for two days by order of the Attorney-General."
    ]


def test_passages_read_a_sentence_on_over_the_page_without_its_notes_and_running_header() -> None:
    """A sentence broken by the page's footnote and the next page's running header reads on: the draft said
    "… honour and dignity of 1 Law of the Republic of Uzbekistan No. ZRU-78 …" and "noted that MFWCA – UPR
    submission: Uzbekistan (30th session) citizens”, and …". Offsets stay those of the full text."""
    head = "MFWCA – UPR submission: Uzbekistan (30th session)\n"
    text = (
        head + "1. The Constitution prohibits censorship.1\n2. A blogger must not publish information that "
        "“discredits the honour and dignity of\n1 Law No. ZRU-78 “On Mass Media” of 15 January 2007, arts. 6 and\n13.\n"
        "Page 1 of 3\n\f\n" + head + "citizens”, and is liable for comments.2 Bloggers are prosecuted.\n"
        "2 Law No. ZRU-373 of 4 September 2014.\nPage 2 of 3\n\f" + head + "3. Websites are blocked.\nPage 3 of 3\n"
    )
    passages = split_passages(_doc(text), file="X.pdf", stakeholder="X")
    assert [p.text for p in passages] == [
        "The Constitution prohibits censorship.",
        "A blogger must not publish information that “discredits the honour and dignity of citizens”, and is liable "
        "for comments.",
        "Bloggers are prosecuted.",
        "Websites are blocked.",
    ]
    broken = passages[1]
    assert (broken.page, broken.end_page, broken.paragraph) == (1, 2, "2")
    assert text[broken.start :].startswith("A blogger") and text[: broken.end].endswith("comments.2")


def test_passages_items_numbered_1_in_a_paragraph_numbered_15_are_a_list() -> None:
    """Where paragraphs are numbered "12.", lines "1)", "2)" are a list's items in the paragraph above them, cited
    at it ("para. 15"), not paragraphs 1 and 2 of their own."""
    doc = _doc(
        "1. Women face violence.\n\n2. Girls marry early.\n\n3. Shelters are few.\n\n"
        "4. The Centre urges the Government to:\n1) adopt a law on domestic violence;\n2) raise the age of marriage.\n"
    )
    passages = split_passages(doc, file="X.txt", stakeholder="X")
    items = passages[-2:]
    assert [p.text for p in items] == ["adopt a law on domestic violence;", "raise the age of marriage."]
    assert {p.paragraph for p in items} == {"4"}
    assert all(p.in_list and p.lead == "The Centre urges the Government to:" for p in items)


def test_passages_a_sub_heading_between_list_items_is_a_heading() -> None:
    doc = _doc(
        "Recommendations\n(c) Release all persons detained for their religion or belief;\nRights of LGBT persons\n"
        "(d) Repeal article 120 of the Criminal Code;\n"
    )
    passages = split_passages(doc, file="X.txt", stakeholder="X")
    assert [p.text for p in passages] == [
        "Release all persons detained for their religion or belief;", "Repeal article 120 of the Criminal Code;"
    ]
    assert passages[1].heading == "Rights of LGBT persons"


def test_passages_join_over_a_page_break_only_a_sentence_that_goes_on() -> None:
    """A page that ends without a full stop is joined to the next only where that one goes on in lower case: a
    heading or a numbered paragraph at the top of the next page starts afresh."""
    doc = _doc(
        "A. Torture\n- Investigate all allegations of torture promptly\nPage 1 of 3\n\f\nB. Freedom of expression\n"
        "- adopt a comprehensive law\nPage 2 of 3\n\f\n5. Torture persists in prisons.\nPage 3 of 3\n"
    )
    passages = split_passages(doc, file="X.pdf", stakeholder="X")
    assert [(p.heading, p.text) for p in passages] == [
        ("A. Torture", "Investigate all allegations of torture promptly"),
        ("B. Freedom of expression", "adopt a comprehensive law"),
        ("B. Freedom of expression", "Torture persists in prisons."),
    ]


def test_passages_keep_a_decimal_before_a_unit_and_quotation_marks_that_do_not_pair() -> None:
    doc = _doc(
        "1. The average income was 2,651.5 USD per person in 2017. Prices rose.\n\n"
        "2. The “foreign agents\" law imposes fines. Courts upheld every fine.\n\n"
        "3. The so-called ”foreign agents” law imposes fines.\n"
    )
    assert [p.text for p in split_passages(doc, file="X.txt", stakeholder="X")] == [
        "The average income was 2,651.5 USD per person in 2017.", "Prices rose.",
        "The “foreign agents\" law imposes fines.", "Courts upheld every fine.",
        "The so-called ”foreign agents” law imposes fines.",
    ]
    assert report("The so-called ”foreign agents” law imposes fines.", state="Kazakhstan") is not None


def test_passages_a_sentences_first_line_is_no_heading() -> None:
    """Lines a PDF broke before a figure or after a title-like phrase are a sentence's start, not headings (the
    draft lost "Nigeria supported recommendation", "Although no executions have been carried out since December",
    "In Kirikiri Maximum Security Custodial", "The Commission notes the progress of the Hydrocarbon …")."""
    doc = _doc(
        "Death penalty\nIt noted 50 of them.\nNigeria supported recommendation\n148.12 (Ghana) to end torture.\n\n"
        "Although no executions have been carried out since December\n2016, when three men were hanged, governors "
        "threaten to sign warrants.\n\nIn Kirikiri Maximum Security Custodial\nCentre in Lagos, cells are overcrowded.\n\n"
        "The Commission notes the progress of the Hydrocarbon Pollution Remediation Project\n(HYPREP) in Ogoniland.\n"
    )
    passages = split_passages(doc, file="X.txt", stakeholder="X")
    assert [p.text for p in passages] == [
        "It noted 50 of them.",
        "Nigeria supported recommendation 148.12 (Ghana) to end torture.",
        "Although no executions have been carried out since December 2016, when three men were hanged, governors "
        "threaten to sign warrants.",
        "In Kirikiri Maximum Security Custodial Centre in Lagos, cells are overcrowded.",
        "The Commission notes the progress of the Hydrocarbon Pollution Remediation Project (HYPREP) in Ogoniland.",
    ]
    assert {p.heading for p in passages} == {"Death penalty"}


def test_passages_list_items_carry_their_lead_in() -> None:
    doc = _doc("Recommendations\nWe urge the Government to:\n- adopt a law on domestic violence;\n- free all detainees.\n")
    items = [p for p in split_passages(doc, file="X.txt", stakeholder="X") if p.in_list]
    assert [p.text for p in items] == ["adopt a law on domestic violence;", "free all detainees."]
    assert {p.lead for p in items} == {"We urge the Government to:"}


def test_passages_a_footnote_marker_after_a_year_goes_but_decimals_stay() -> None:
    doc = _doc("1. The authorities blocked 1,200 websites since 2022.14 In 2023, 2.14 per cent were restored.\n")
    assert [p.text for p in split_passages(doc, file="X.txt", stakeholder="X")] == [
        "The authorities blocked 1,200 websites since 2022.", "In 2023, 2.14 per cent were restored."]


def test_passages_a_wrapped_line_is_not_a_heading() -> None:
    doc = _doc("Elections\nNo election held since independence has been judged free\nand fair by observers.\n")
    (p,) = split_passages(doc, file="X.txt", stakeholder="X")
    assert p.heading == "Elections"
    assert p.text == "No election held since independence has been judged free and fair by observers."


def test_passages_a_street_number_on_the_cover_is_no_paragraph_number() -> None:
    doc = _doc(
        "Association for Justice\n35 Boulevard du Roi Albert II, 1000 Brussels, Belgium and elsewhere\n\n"
        "Submission to the universal periodic review.\n\n1. Torture remains widespread.\n\n"
        "2. Trials are unfair.\n\n3. The Government should act.\n\nRecommendations\n"
        "1. Ratify OP-CAT.\n\n2. Reform the courts.\n"
    )
    passages = split_passages(doc, file="X.txt", stakeholder="X")
    cited = {p.text: p.paragraph for p in passages}
    assert cited["Submission to the universal periodic review."] is None
    assert [cited[t] for t in ("Torture remains widespread.", "Trials are unfair.", "The Government should act.")] == [
        "1", "2", "3"]
    assert [cited["Ratify OP-CAT."], cited["Reform the courts."]] == ["1", "2"]  # a list numbered on its own


def test_passages_a_short_submission_of_numbered_paragraphs_is_cited_by_paragraph() -> None:
    doc = _doc("10. The prisons are overcrowded. It recommended improving conditions.\n\n11. Detainees lack care.\n")
    assert [p.paragraph for p in split_passages(doc, file="X.txt", stakeholder="X")] == ["10", "10", "11"]


def test_passages_a_figure_starting_a_line_stays_in_the_text() -> None:
    doc = _doc("Torture is common.\n\n2 cases were prosecuted in 2020 and 5 in 2021.\n\nNobody was convicted.\n\nCourts are slow.\n")
    passages = split_passages(doc, file="X.txt", stakeholder="X")
    assert "2 cases were prosecuted in 2020 and 5 in 2021." in [p.text for p in passages]
    assert {p.paragraph for p in passages} == {None}


@pytest.mark.parametrize(
    ("numbers", "kept"),
    [
        (["35", None, "1", "2", "2.1", "3"], [2, 3, 4, 5]),  # a street number on the cover
        (["1.1", "1.2", "2.1", "1", "2"], [0, 1, 2, 3, 4]),  # sub-numbered, then recommendations 1, 2
        (["2", "3", "4", "5", "6", "1", "2"], [0, 1, 2, 3, 4, 5, 6]),  # "1. Introduction" was a heading
        (["1", "2", "3", "3", "5"], [0, 1, 2, 3, 4]),  # a number printed twice
        (["1", "2", "15", "3", "4"], [0, 1, 3, 4]),
        (["10"], [0]),
        (["10", "47", "48"], [0, 1, 2]),
        (["10", "11", "11.1", "11bis", "11ter", "12"], [0, 1, 2, 3, 4, 5]),  # paragraphs added between two
    ],
)
def test_passages_paragraph_numbers_in_sequence(numbers: list[str | None], kept: list[int]) -> None:
    from uprkit.summarize.blocks import paragraph_sequence

    assert sorted(paragraph_sequence(numbers)) == kept


def test_passages_a_paragraph_added_between_two_is_cited_as_numbered() -> None:
    doc = _doc("11. The authorities arrested 45 journalists in 2021.\n\n11bis. Since then, three more journalists "
               "were detained.\n\n11 bis. A further detention was reported.\n\n12. The Government should release them.\n")
    passages = split_passages(doc, file="X.txt", stakeholder="X")
    assert [(p.paragraph, p.text[:14]) for p in passages] == [
        ("11", "The authoritie"), ("11bis", "Since then, th"), ("11bis", "A further dete"), ("12", "The Government"),
    ]


def test_passages_a_numbered_title_over_its_first_sub_paragraph_is_a_heading() -> None:
    # a joint submission lost everything from "1. Introduction" to 3.3, its recommendations too: the titles were
    # read as sentences, so the "Introduction" heading, which leaves its passages out, ran on over them
    doc = _doc(
        "1. Introduction\n1.1 This joint submission was prepared by the Bata Muna Coalition for Child Rights (BMC)\n"
        "and six member organisations.\n2. Juvenile justice and the minimum age of criminal responsibility\n"
        "2.1 In January 2019, the House of Representatives approved a bill lowering the minimum\nage of criminal "
        "responsibility from 15 to 12 years.\n2.2 The coalition recommends that the Philippines maintain the minimum "
        "age of\ncriminal responsibility at 15 years.\n"
    )
    passages = split_passages(doc, file="X.pdf", stakeholder="JS1")
    assert [(p.paragraph, p.heading, is_boilerplate(p)) for p in passages] == [
        ("1.1", "1. Introduction", True),
        ("2.1", "2. Juvenile justice and the minimum age of criminal responsibility", False),
        ("2.2", "2. Juvenile justice and the minimum age of criminal responsibility", False),
    ]
    # should a heading still be missed, a recommendation under "Introduction" is not left out with it
    under_introduction = split_passages(_doc("1. Introduction\n1.1 The coalition recommends that the Philippines "
                                             "maintain the age of criminal responsibility at 15.\n"), file="X", stakeholder="X")
    assert [is_boilerplate(p) for p in under_introduction] == [False]


def test_passages_a_sentence_reads_on_over_a_page_that_goes_on_with_a_number_or_after_a_dangling_word() -> None:
    doc = _doc(
        "6. Soldiers have camped in school buildings, in violation of Republic Act\n\f\nNo. 7610, which "
        "prohibits the use of schools for military purposes.\n7. He was acquitted in\n\f\nMay 2023 after 22 "
        "months in detention.\n8. LEN recommends that the Philippines:\n\f\n8.1 end the red-tagging of "
        "teachers;\n8.2 release the teachers.\n9. A court sentenced the former presidential candidate Abdel-\n\f\n"
        "Moneim Abou El-Fotouh to 15 years.\n10. The law subjects associations to close control by the Ministry of "
        "Social\n\f\nSolidarity and the security services.\n"
    )
    passages = split_passages(doc, file="X.pdf", stakeholder="LEN")
    texts = [p.text for p in passages]
    assert "Soldiers have camped in school buildings, in violation of Republic Act No. 7610, which prohibits the use of schools for military purposes." in texts
    assert "He was acquitted in May 2023 after 22 months in detention." in texts
    assert [(p.paragraph, p.text) for p in passages if p.in_list] == [("8.1", "end the red-tagging of teachers;"), ("8.2", "release the teachers.")]
    # a name broken at its hyphen, and a line of running text over a capitalised word, read on over the page
    assert "A court sentenced the former presidential candidate Abdel-Moneim Abou El-Fotouh to 15 years." in texts
    assert ("The law subjects associations to close control by the Ministry of Social Solidarity and the security "
            "services.") in texts


def test_passages_under_a_heading_a_line_filling_the_column_is_a_paragraphs_and_a_figures_marker_goes() -> None:
    """An executive summary set in a narrow column: its first lines were taken for headings under "Executive
    summary" ("This submission assesses Egypt's human rights record since its third" / "UPR in November 2019.
    Despite …"), so it was drafted; "noted 78.1" kept note 1, which was read into the text at the page's foot."""
    body = "\n".join(["Torture remains widespread in police stations and prisons across"] * 20)
    doc = _doc(
        "Executive summary\nThis submission assesses Egypt’s human rights record since its third\nUPR in November 2019. "
        "Despite the launch of a National Human Rights\nStrategy, detention continued.\nA. Follow-up to the previous "
        "review\n1. During its third UPR, Egypt received 372 recommendations, of\nwhich it supported 294 and noted 78.1"
        "\n Egypt supported recommendations to ensure fair trials and to prevent\ntorture in places of detention.\n"
        "1 A/HRC/43/16 and A/HRC/43/16/Add.1.\n\f\n2. " + body + ".\n"
    )
    passages = split_passages(doc, file="X.pdf", stakeholder="GJW")
    assert {p.heading for p in passages if p.text.startswith("This submission")} == {"Executive summary"}
    texts = [p.text for p in passages]
    assert "During its third UPR, Egypt received 372 recommendations, of which it supported 294 and noted 78." in texts
    assert not any("A/HRC/43/16" in t for t in texts)


def test_passages_a_table_of_prose_is_read_cell_by_cell_under_its_rows_topic() -> None:
    """A Word table "Issue | Situation | Recommendation" whose cells are sentences was left out whole, with its
    recommendations; a table of figures still is."""
    doc = Document(text=(
        "1. The table below sets out our assessment.\nIssue\tSituation\tRecommendation\n"
        "Female genital mutilation (FGM)\tFGM was criminalised in 2008. Only 17 cases reached the courts in 2022 and "
        "2023.\tEnforce Law No. 10 of 2021 against medical professionals. Fund community awareness programmes in "
        "Upper Egypt.\nYear\tCases\tConvictions\n2022\t17\t2\n"
        # a follow-up table quotes the recommending State's words: none is the submitter's
        "Recommendation (A/HRC/44/9)\tSubject\tStatus\tAssessment\n142.12 (Denmark)\tRatify the Optional Protocol "
        "to the Convention against Torture\tNot implemented\tNo instrument of ratification was deposited. No bill has "
        "been tabled.\n"
    ), pages=[Page(number=1, start=0, end=600)], format="docx")
    passages = split_passages(doc, file="X.docx", stakeholder="NWRF")
    assert [(p.heading, p.in_list, p.text) for p in passages[1:]] == [
        ("Female genital mutilation (FGM)", False, "FGM was criminalised in 2008."),
        ("Female genital mutilation (FGM)", False, "Only 17 cases reached the courts in 2022 and 2023."),
        ("Female genital mutilation (FGM)", True, "Enforce Law No. 10 of 2021 against medical professionals."),
        ("Female genital mutilation (FGM)", True, "Fund community awareness programmes in Upper Egypt."),
    ]
    points = points_of(passages, stakeholder_order=0, state="Egypt")
    assert [p.reported.predicate for p in points][-2:] == [
        "recommended that Egypt enforce Law No. 10 of 2021 against medical professionals.",
        "recommended that Egypt fund community awareness programmes in Upper Egypt.",
    ]


def test_candidates_numbered_recommendations_r1_and_recommendation_n() -> None:
    """ "R.1 Egypt must release …" lost its number into "r." and ran into R.2; "Recommendation 4: We call upon the
    House of Representatives to repeal articles" was taken for a heading and its recommendation lost."""
    doc = _doc(
        "Recommendations\nR.1 Egypt must release all journalists detained for the peaceful expression of their\n"
        "opinions.\nR.2 The Egyptian authorities are urged to lift the blocking of websites.\nRecommendation 4: We "
        "call upon the House of Representatives to repeal articles\n80(d) and 102 bis of the Penal Code on “false "
        "news”.\n"
    )
    points = points_of(split_passages(doc, file="X.pdf", stakeholder="TFCR"), stakeholder_order=0, state="Egypt")
    assert [p.reported.predicate for p in points] == [
        "recommended that Egypt release all journalists detained for the peaceful expression of their opinions.",
        "urged the Egyptian authorities to lift the blocking of websites.",
        "called on the House of Representatives to repeal articles 80(d) and 102 bis of the Penal Code on “false news”.",
    ]


def test_candidates_a_list_within_a_list_stays_under_the_lead_that_asks() -> None:
    """Nested bullets (•, –, o): the items below a topic ("Protect environmental defenders:") or a gist ("stop
    …, in particular:") are asked of whom the lead names; a lead to someone else starts its own list."""
    doc = _doc(
        "4. Recommendations\nWe urge the Government to:\n• Protect environmental defenders:\n– adopt the Human Rights "
        "Defenders Protection Bill;\n– stop the filing of criminal charges against peaceful protesters, in "
        "particular:\no withdraw the charges under the Anti-Terrorism Act;\nWe call on Greenridge Nickel Mining "
        "Corporation to:\n• stop its operations in Claver.\n"
    )
    passages = split_passages(doc, file="X.pdf", stakeholder="MEDN")
    proper = proper_nouns(doc.text)
    points = points_of(passages, stakeholder_order=0, state="the Philippines", proper=proper)
    assert [p.reported.predicate for p in points] == [
        "urged the Government to adopt the Human Rights Defenders Protection Bill.",
        "urged the Government to stop the filing of criminal charges against peaceful protesters.",
        "urged the Government to withdraw the charges under the Anti-Terrorism Act.",
        "called on Greenridge Nickel Mining Corporation to stop its operations in Claver.",
    ]


def test_passages_a_figure_in_a_numbered_submission_is_no_paragraph_number() -> None:
    doc = _doc("1. Violence is common.\n\n2. It is rarely punished.\n1 in 3 women experienced violence.\n\n"
               "3. Courts are slow.\n150 persons were detained.\n")
    passages = split_passages(doc, file="X.txt", stakeholder="X")
    cited = {p.text: p.paragraph for p in passages}
    assert cited["1 in 3 women experienced violence."] == "2"
    assert cited["150 persons were detained."] == "3"
    short = split_passages(_doc("Torture is common.\n\n2 police officers were convicted in 2020.\n"), file="X.txt",
                           stakeholder="X")
    assert [(p.text, p.paragraph) for p in short][-1] == ("2 police officers were convicted in 2020.", None)


def test_passages_a_pdf_table_with_spaced_columns_is_kept_apart() -> None:
    doc = _doc("1. Complaints are not investigated.\nYear     Complaints     Prosecutions\n2019     125     3\n"
               "Right to education\n2. Roma children are placed in special schools.\n3. Schools lack teachers.\n")
    passages = split_passages(doc, file="X.txt", stakeholder="X")
    roma = next(p for p in passages if p.text.startswith("Roma"))
    assert (roma.paragraph, roma.heading) == ("2", "Right to education")


def test_passages_footnotes_at_the_foot_of_a_page_and_markers_after_a_full_stop() -> None:
    # the text pypdfium2 reads from a two-page submission with footnotes (LibreOffice PDF of a Word file)
    doc = _doc(
        "Association for Justice: submission on Kazakhstan\n1. The law on religion requires all religious "
        "communities to re-register, and \nunregistered worship is punished with fines.1\n2. Kazakhstan should "
        "extend an invitation to the Special Rapporteur on \nfreedom of religion.\n3. Torture and other "
        "ill-treatment remain widespread in temporary detention\nfacilities.2\n1 Human Rights Watch, World Report "
        "2020, p. 3.\n2 Ibid.\n\f\n4. Journalists are prosecuted for defamation, which remains a criminal "
        "\noffence.3\n5. The Government should decriminalize defamation.\n6. Peaceful protesters were detained "
        "in 2019 and 2020.4\n3 Adil Soz, Annual report 2019.\n4 OSCE/ODIHR, Report on the 2019 elections."
    )
    passages = split_passages(doc, file="AJ.pdf", stakeholder="AJ")
    assert [(p.page, p.paragraph, p.text[:24]) for p in passages] == [
        (1, "1", "The law on religion requi"[:24]),
        (1, "2", "Kazakhstan should extend"),
        (1, "3", "Torture and other ill-tre"[:24]),
        (2, "4", "Journalists are prosecut"),
        (2, "5", "The Government should de"[:24]),
        (2, "6", "Peaceful protesters were"),
    ]


def test_passages_a_wrapped_line_starting_with_a_marker_number_is_kept() -> None:
    doc = _doc("1. Floods struck in 2019.2 Many people were affected, and\n2 million of them lost their homes.\n"
               "2. Aid was slow.\n3. Nobody was compensated.\n")
    texts = [p.text for p in split_passages(doc, file="X.txt", stakeholder="X")]
    assert "Many people were affected, and 2 million of them lost their homes." in texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph opening with a figure that is also a footnote number stays
        ("1. Journalists are prosecuted and defamation is a crime.2\n2 cases were opened in 2019 alone.\n2 HRW.\n",
         [("1", "Journalists are prosecuted and defamation is a crime."), ("1", "2 cases were opened in 2019 alone.")]),
        # paragraphs numbered without dots, each carrying its marker: the notes are only the lines below
        ("3 Torture is widespread.3\n4 Defamation remains an offence.4\n5 The Government should act.\n"
         "3 HRW, World Report 2020.\n4 Adil Soz.\n",
         [("3", "Torture is widespread."), ("4", "Defamation remains an offence."), ("5", "The Government should act.")]),
        # a sentence ending with its marker is no heading
        ("1. Torture is widespread.1\nThe Government should promptly ratify OPCAT.2\n2. Defamation is a crime.\n",
         [("1", "Torture is widespread."), ("1", "The Government should promptly ratify OPCAT."),
          ("2", "Defamation is a crime.")]),
        # notes under a "Notes" heading or a rule
        ("1. Torture is widespread.1\n2. The Government should act.2\n\nNotes\n1 Human Rights Watch, Report.\n2 Adil Soz.\n",
         [("1", "Torture is widespread."), ("2", "The Government should act.")]),
        ("1. Torture is widespread.1\n2. The Government should act.2\n____\n1 Human Rights Watch, Report.\n2 Adil Soz.\n",
         [("1", "Torture is widespread."), ("2", "The Government should act.")]),
    ],
)
def test_passages_footnotes_and_markers_hostile_cases(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.paragraph, p.text) for p in split_passages(_doc(text), file="X.pdf", stakeholder="X")] == expected


def test_passages_of_a_libreoffice_pdf_leave_out_footnotes_carried_over_or_starting_with_a_figure() -> None:
    # tests/data/footnoted/make_footnoted.py: note 10 ends at the foot of page 2, above notes 11-16; notes 1
    # and 13 start with a figure ("1 2019 Annual Report …", "13 12 of the 14 regions …")
    from uprkit.read import read_document

    doc = read_document(DATA / "footnoted" / "JS1.pdf")
    assert "after being beaten" in doc.text and "1 2019 Annual Report" in doc.text
    passages = split_passages(doc, file="JS1.pdf", stakeholder="JS1")
    numbered = [p for p in passages if p.paragraph is not None]
    assert [p.paragraph for p in numbered] == [str(n) for n in range(1, 17)]
    assert [p.page for p in numbered] == [1] * 10 + [2] * 6
    shown = " ".join(p.text for p in passages)
    for note in ("Annual Report", "Ibid", "Committee against Torture", "after being beaten", "medical evidence"):
        assert note not in shown
    assert numbered[-1].text.endswith("repeated in its national report.")


def test_passages_of_a_pdf_keep_the_words_after_a_note_marker_in_mid_line() -> None:
    # tests/data/footnoted/make_marker_mid_line.py: "… built for 9,945 prisoners.¹ Nsawam Medium Security" / "Prison,
    # built for 717 inmates, held 3,318.": PDFium broke the line after the marker, and "Nsawam Medium Security", a
    # line of its own, was taken for a heading and lost (the draft said "GPRC noted that prison, built for 717 …")
    from uprkit.read import read_document

    passages = split_passages(read_document(DATA / "footnoted" / "GPRC.pdf"), file="GPRC.pdf", stakeholder="GPRC")
    assert [(p.paragraph, p.text) for p in passages if p.paragraph == "3"] == [
        ("3", "Overcrowding remains the most serious problem of Ghana's prisons."),
        ("3", "In May 2022, the prisons held 13,412 inmates in facilities built for 9,945 prisoners."),
        ("3", "Nsawam Medium Security Prison, built for 717 inmates, held 3,318."),
        ("3", "Only 6 of the 45 prisons have a resident medical officer."),
        ("3", "Tuberculosis and skin diseases are widespread in the overcrowded facilities."),
    ]
    assert [p.paragraph for p in passages] == ["1", "2", "3", "3", "3", "3", "3", "4", "4"]
    assert not [p.text for p in passages if "Annual Report" in p.text or "March to June" in p.text]


def test_passages_of_a_two_column_pdf_leave_out_the_notes_at_the_foot_of_a_column() -> None:
    # tests/data/footnoted/make_column_notes.py: LibreOffice prints a column's notes at its foot, so PDFium reads
    # them before the next column's first line: notes 1-4 cut "… nurseries in Batman, Halfeti" / "and Siirt …"
    # (page 1), notes 5-6 stand between paragraphs 9 and 10 (page 2). The notes were drafted as findings ("MHG noted
    # that 2 Law No. 5393 …") and the sentence they cut was drafted with them
    from uprkit.read import read_document
    from uprkit.summarize.page_notes import left_out_lines

    doc = read_document(DATA / "footnoted" / "columns.pdf")
    assert "Halfeti\n1 MHG, database" in doc.text and "June 2024.6\n5 Diyarbak" in doc.text
    passages = split_passages(doc, file="columns.pdf", stakeholder="MHG")
    shown = " ".join(p.text for p in passages)
    for note in ("database of removed", "6758 of 2016", "919/2018", "art. 42 (9)", "Governorate", "press statement",
                 "CRC/C/TUR"):
        assert note not in shown
    assert any(p.text.endswith("nurseries in Batman, Halfeti and Siirt and removed bilingual signs from municipal "
                               "buildings.") for p in passages)
    assert [(p.paragraph, p.text[:20]) for p in passages[-3:]] == [
        ("9", "At least 140 people,"), ("10", "MHG recommends that "), ("11", "It recommends amendi")]
    # ``verify`` leaves the same lines out of the words a sentence run over them cites
    left = {doc.text[a:b].strip() for a, b in left_out_lines(doc.text)}
    assert {"4 Constitution of the Republic of Türkiye, art. 42 (9).", "5 June 2024."} <= left


def test_passages_a_sentence_on_a_line_of_its_own_in_a_narrow_column_is_no_heading() -> None:
    # tests/data/footnoted/make_column_notes.py: "… in public schools.4" / "Trustees appointed in 2024 closed
    # municipal" / "Kurdish-language nurseries in …": the line, short as a column is narrow, was taken for a heading
    # and lost (the draft said "MHG noted that Kurdish-language nurseries in Batman …", cited by page)
    from uprkit.read import read_document

    passages = split_passages(read_document(DATA / "footnoted" / "columns.pdf"), file="columns.pdf", stakeholder="MHG")
    assert [p.text for p in passages if p.paragraph == "6"] == [
        "The Constitution still provides that no language other than Turkish shall be taught as a mother tongue in "
        "public schools.",
        "Trustees appointed in 2024 closed municipal Kurdish-language nurseries in Batman, Halfeti and Siirt and removed "
        "bilingual signs from municipal buildings.",
    ]
    assert [p.paragraph for p in passages if p.paragraph] == ["1", "2", "2", "3", "3", "4", "5", "5", "6", "6", "7",
                                                              "7", "8", "8", "9", "10", "11"]
    assert [p.heading for p in passages if p.paragraph == "7"] == ["C. Use of Kurdish and other languages"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the column breaks off mid-sentence: its note stands in the sentence, which reads on over it
        ("1. Mayors were removed.1 Trustees were appointed in\n1 MHG, database of removed mayors, 2024.\n"
         "all 10 municipalities.\n2. The bans go on.\n",
         [("1", "Mayors were removed."), ("1", "Trustees were appointed in all 10 municipalities."),
          ("2", "The bans go on.")]),
        # the column ends with its paragraph: the next paragraph follows its notes
        ("1. Mayors were removed.1\n1 MHG, database of removed mayors, 2024.\n2. The bans go on.\n",
         [("1", "Mayors were removed."), ("2", "The bans go on.")]),
        # a list numbered without dots under a lead-in is no column's notes, though its numbers are markers above
        # (nor is its last item alone, under the next paragraph's number)
        ("1. Shelters are few.1 Courts are slow.2\n2. KDA recommends that the Government:\n1 Open more shelters.\n"
         "2 Train judges.\n3. The bans go on.\n",
         [("1", "Shelters are few."), ("1", "Courts are slow."), ("2", "KDA recommends that the Government:"),
          ("2", "1 Open more shelters."), ("2", "Train judges."), ("3", "The bans go on.")]),
    ],
)
def test_passages_notes_at_the_foot_of_a_column(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.paragraph, p.text) for p in split_passages(_doc(text), file="X.pdf", stakeholder="X")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a footnote that starts with a figure, where the next note follows it
        ("1. Torture is widespread.1\n2. The Government should act.2\n1 2019 Annual Report of the Ombudsman.\n"
         "2 Ibid.\n",
         [("1", "Torture is widespread."), ("2", "The Government should act.")]),
        # ... but a paragraph numbered without a dot that opens with a figure stays
        ("2 Torture is widespread.3\n3 300 people were detained.\n4 The Government should act.\n",
         [("2", "Torture is widespread."), ("3", "300 people were detained."), ("4", "The Government should act.")]),
        # the end of the previous page's last footnote, printed above this page's notes
        ("1. Torture is widespread.1\n1 Human Rights Watch, World Report 2020, which documents\n\f"
         "2. The Government should act.2\nthe case of a detainee who died in custody.\n2 Ibid.\n",
         [("1", "Torture is widespread."), ("2", "The Government should act.")]),
        # ... where the previous page's notes end with a full stop, a lower-case line is no such remainder
        ("1. Torture is widespread.1\n1 Human Rights Watch, World Report 2020.\n\f"
         "2. The Government should act in the\nfollowing way.2\n2 Ibid.\n",
         [("1", "Torture is widespread."), ("2", "The Government should act in the following way.")]),
        # Word's endnotes in Roman numerals: markers glued to the full stop, notes "i …", "ii …" at the end
        ("Torture\n1. Torture is widespread.i\n2. The Government should act.ii\nExpression\n3. Journalists are "
         "prosecuted.iii\n\fi Human Rights Watch, World Report 2020.\nii Ibid.\niii Adil Soz, Annual report.\n",
         [("1", "Torture is widespread."), ("2", "The Government should act."), ("3", "Journalists are prosecuted.")]),
        # endnotes numbered "1.", "2." under a "Notes" heading, or using exactly the text's markers
        ("1. Torture is widespread.1\n2. The Government should act.2\nEndnotes\n1. Human Rights Watch.\n2. Ibid.\n",
         [("1", "Torture is widespread."), ("2", "The Government should act.")]),
        ("1. Torture is widespread.1\n2. The Government should act.2\n\f1. Human Rights Watch, Report.\n2. Ibid.\n",
         [("1", "Torture is widespread."), ("2", "The Government should act.")]),
        # a closing list of recommendations is no endnotes, even where the text's markers count 1, 2, 3
        ("1. Torture is widespread.1\n2. Defamation is a crime.2\n3. Protesters were detained.3\nRecommendations\n"
         "1. Ratify OPCAT.\n2. Decriminalize defamation.\n3. Release the protesters.\n",
         [("1", "Torture is widespread."), ("2", "Defamation is a crime."), ("3", "Protesters were detained."),
          ("1", "Ratify OPCAT."), ("2", "Decriminalize defamation."), ("3", "Release the protesters.")]),
        ("1. Torture is widespread.1\n2. Defamation is a crime.2\n3. Protesters were detained.3\nWe recommend that "
         "the Government:\n1. Ratify OPCAT.\n2. Decriminalize defamation.\n3. Release the protesters.\n",
         [("1", "Torture is widespread."), ("2", "Defamation is a crime."), ("3", "Protesters were detained."),
          ("3", "We recommend that the Government:"), ("1", "Ratify OPCAT."), ("2", "Decriminalize defamation."),
          ("3", "Release the protesters.")]),
        # a numbered sentence ending with a bracketed marker is no numbered heading; a bracketed marker ends a sentence
        ("1. Torture is widespread.\n2. Journalists are prosecuted.[2]\n3. The Government should act.\n",
         [("1", "Torture is widespread."), ("2", "Journalists are prosecuted."), ("3", "The Government should act.")]),
        ("1. They were held incommunicado.[2] Lawyers are denied access.\n",
         [("1", "They were held incommunicado."), ("1", "Lawyers are denied access.")]),
        # (review) the previous page's note ends without a stop, but the lower-case line on this page is running
        # text: its line above ends with a bracket, and it carries a marker of its own
        ("1. Journalists are prosecuted for defamation.1\n1 CAT/C/KAZ/CO/3, para. 12\n\f2. In 2021 the Committee "
         "against Torture (CAT)\nrecommended an independent inquiry into the deaths.2\n2 Ibid.\n",
         [("1", "Journalists are prosecuted for defamation."),
          ("2", "In 2021 the Committee against Torture (CAT) recommended an independent inquiry into the deaths.")]),
        ("1. Journalists are prosecuted.1\n1 Adil Soz, report of 2019\n3\n\f2. Bloggers were fined etc.\nand the "
         "Law on Mass Media was amended.\n",
         [("1", "Journalists are prosecuted."), ("2", "Bloggers were fined etc. and the Law on Mass Media was amended.")]),
        # (review) Word's plain-text export: markers "[1]" in the text, the notes "[1] …" under a rule at the end;
        # a UN symbol's "Add.1" is no glued marker
        ("1. In 2009 Nigeria rejected the recommendations (A/HRC/11/26/Add.1, p. 3).[1]\n2. Prisoners wait for "
         "years.[2]\n\n________________\n\n[1] A/HRC/11/26/Add.1, Views on conclusions.\n[2] ANN prison visits, "
         "Kirikiri Maximum Security Prison, November 2012.\n",
         [("1", "In 2009 Nigeria rejected the recommendations (A/HRC/11/26/Add.1, p. 3)."),
          ("2", "Prisoners wait for years.")]),
    ],
)
def test_passages_footnotes_carried_over_endnotes_and_roman_markers(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.paragraph, p.text) for p in split_passages(_doc(text), file="X.pdf", stakeholder="X")] == expected


def test_passages_a_marker_with_a_space_before_it_over_a_note_at_the_page_foot_is_a_marker() -> None:
    """(review) LibreOffice's justified lines give a marker with a space before it ("… Coast regions. 3 Few of", "…
    constitutionality. 5" at the line's end, "… by the police, 1 to ensure"): the note "3 KNCHR, Case Register …"
    was drafted as a statement, and "… constitutionality. 5 The Commission recommends …" as one observation, its
    recommendation lost. Figures that are no markers stay: "in 2019 3 people", "Article 5", "No. 5", a date, and
    a figure after a comma where no note of its number stands below."""
    doc = _doc(
        "1. Kenya received 253 recommendations and supported 192 of them.1 It made no plan.\n"
        "2. The police killed 152 people in the Coast regions. 3 Few of these cases reached the courts,\n"
        "although in 2019 3 people were charged under Article 5 of Act No. 5 and, in 2018, 4 were acquitted.\n"
        "3. The Act was suspended pending a petition challenging its constitutionality. 2\n"
        "The Commission recommends that the State amend the Act.\n"
        "1 A/HRC/29/10.\n2 Petition No. 206 of 2018.\n3 KNCHR, Case Register, June 2019.\n\f"
        "4. Kenya supported recommendations to prosecute police killings, 4 to stop evictions, and to\n"
        "protect refugees. On 1 April, 5 June and 6 July, 5 courts ruled.\n"
        "4 A/HRC/29/10, recommendations 142.84 and 142.86.\n"
    )
    passages = split_passages(doc, file="KNCHR.pdf", stakeholder="KNCHR")
    assert [(p.paragraph, p.text) for p in passages] == [
        ("1", "Kenya received 253 recommendations and supported 192 of them."),
        ("1", "It made no plan."),
        ("2", "The police killed 152 people in the Coast regions."),
        ("2", "Few of these cases reached the courts, although in 2019 3 people were charged under Article 5 of Act "
              "No. 5 and, in 2018, 4 were acquitted."),
        ("3", "The Act was suspended pending a petition challenging its constitutionality."),
        ("3", "The Commission recommends that the State amend the Act."),
        ("4", "Kenya supported recommendations to prosecute police killings, to stop evictions, and to protect "
              "refugees."),
        ("4", "On 1 April, 5 June and 6 July, 5 courts ruled."),
    ]


def test_passages_a_sentence_broken_off_on_a_dangling_word_reads_on_over_the_pages_notes() -> None:
    """(review) A page ending "We recommend that the Government adopt and implement the", its note 1 below, the next
    page going on "National Action Plan on Business …" with a capital: the note was taken for a wrapped line and
    drafted inside the recommendation ("… adopt and implement the 1 Centre for Justice … v. Attorney General …"),
    and the rest drafted apart ("JS9 noted that national Action Plan …"). A line wrapped after such a word at a
    page's foot, where the next page starts a numbered paragraph, stays text."""
    doc = _doc(
        "6. Kenya began developing a plan in 2016.1 We recommend that the Government adopt and implement the\n"
        "1 CJGEA & 9 others v. Attorney General, Petition No. 1 of 2016.\n\f"
        "National Action Plan on Business and Human Rights.\n"
        "7. Floods struck in 2019.2 Many people lost their homes in the\n"
        "2 Districts of Kano and Kaduna.\n\f"
        "8. The Government should compensate them.\n"
    )
    assert [(p.paragraph, p.text) for p in split_passages(doc, file="JS9.pdf", stakeholder="JS9")] == [
        ("6", "Kenya began developing a plan in 2016."),
        ("6", "We recommend that the Government adopt and implement the National Action Plan on Business and Human "
              "Rights."),
        ("7", "Floods struck in 2019."),
        ("7", "Many people lost their homes in the 2 Districts of Kano and Kaduna."),
        ("8", "The Government should compensate them."),
    ]


def test_display_text_keeps_web_addresses_and_abbreviations_that_look_like_roman_markers() -> None:
    from uprkit.summarize.sentences import display_text

    assert display_text("See www.saeima.lv and para.iv of the law.") == "See www.saeima.lv and para.iv of the law."
    assert display_text("Detainees were beaten.iv The police denied it.") == "Detainees were beaten. The police denied it."
    # (review) a UN symbol's last part is no glued marker: "A/HRC/11/26/Add.1" was drafted "A/HRC/11/26/Add."
    assert display_text("It has been pending since 2012.iii Police Force Order 237 allows it.") == (
        "It has been pending since 2012. Police Force Order 237 allows it.")
    symbols = "It accepted them (A/HRC/11/26/Add.1, p. 3); see CCPR/C/KAZ/CO/1/Rev.1, E/CN.4/2006/Corr.1 and A/HRC/L.10."
    assert display_text(symbols) == symbols


def test_passages_a_table_row_does_not_swallow_the_next_heading_or_paragraph() -> None:
    doc = _doc(
        "1. Complaints of torture are not investigated.\nYear\tComplaints\tProsecutions\n2019\t125\t3\n"
        "2020\t140\t2\nRight to education\n2. Roma children are placed in special schools.\n"
        "3. Schools lack teachers.\n"
    )
    passages = split_passages(doc, file="X.txt", stakeholder="X")
    last = passages[-2]
    assert last.text == "Roma children are placed in special schools."
    assert (last.paragraph, last.heading) == ("2", "Right to education")
    assert not any("Right to education" in p.text for p in passages)


# --------------------------------------------------------------------------------------------- reported speech

SPEECH = [
    ("We are deeply concerned that torture is widespread.", {}, "concern",
     "expressed concern that torture was widespread."),
    ("The Government should ratify the OP-CAT.", {}, "recommendation",
     "recommended that the Government ratify the OP-CAT."),
    ("Kazakhstan train all penal officials.", {}, "recommendation", "recommended that Kazakhstan train all penal officials."),
    ("adopt a law on domestic violence;", {"lead": "We recommend that the Government:"}, "recommendation",
     "recommended that the Government adopt a law on domestic violence."),
    ("establish an independent NHRI.", {"lead": "We urge the authorities to:"}, "recommendation",
     "urged the authorities to establish an independent NHRI."),
    ("Ratify the CRPD.", {"recommendation_context": True}, "recommendation", "recommended that Kazakhstan ratify the CRPD."),
    ("The ratification of ICCPR-OP 2.", {}, "recommendation", "recommended the ratification of ICCPR-OP 2."),
    ("Kazakhstan to abolish the death penalty.", {}, "recommendation", "called on Kazakhstan to abolish the death penalty."),
    ("The law should be amended.", {}, "recommendation", "recommended that the law be amended."),
    ("We welcome the new Ombudsman law.", {}, "positive", "welcomed the new Ombudsman law."),
    ("Furthermore, we have documented 15 cases.", {}, "observation", "reported that it had documented 15 cases."),
    ("Amnesty International remains concerned about reports of torture.", {"self_names": ("Amnesty International",)},
     "concern", "expressed concern about reports of torture."),
    ("Despite the reform, courts are not independent.", {}, "observation",
     "noted that despite the reform, courts were not independent."),
    ("We regret the adoption of the law.", {}, "concern", "regretted the adoption of the law."),
    ("We strongly condemn the attacks on journalists.", {}, "concern", "condemned the attacks on journalists."),
    ("We call for the release of all political prisoners.", {}, "recommendation",
     "called for the release of all political prisoners."),
    ("We strongly recommend the Government to ratify the OP-CAT.", {}, "recommendation",
     "recommended that the Government ratify the OP-CAT."),
    ("The Government should, as a matter of priority, adopt a law.", {}, "recommendation",
     "recommended that the Government, as a matter of priority, adopt a law."),
    # recommendations written as gerunds or nouns, as submissions list them ("ensuring" is "ensure" + "ing")
    ("Ensuring access to adequate housing for Roma.", {}, "recommendation",
     "recommended ensuring access to adequate housing for Roma."),
    ("Stepping up the development of community-based care.", {}, "recommendation",
     "recommended stepping up the development of community-based care."),
    ("Deinstitutionalisation of children with disabilities.", {}, "recommendation",
     "recommended deinstitutionalisation of children with disabilities."),
    ("The authorities to make additional efforts to identify victims.", {}, "recommendation",
     "called on the authorities to make additional efforts to identify victims."),
    ("The Government is encouraged to invite the Special Rapporteur.", {}, "recommendation",
     "encouraged the Government to invite the Special Rapporteur."),
    ("The State is called upon to ratify the OP-CAT.", {}, "recommendation", "called upon the State to ratify the OP-CAT."),
    ("Our organization documented 45 cases of torture in 2020.", {}, "observation",
     "reported that it documented 45 cases of torture in 2020."),
    # the submitter naming itself with a verb in the past: credited with that act, as the summaries write it
    # ("JS6 was particularly concerned by …", A/HRC/WG.6/28/UKR/3 para. 49; "CPJ ranked …", AFG/3 para. 25)
    ("JS6 was particularly concerned by the impact of the conflict on journalists.", {"self_names": ("JS6",)},
     "concern", "was particularly concerned by the impact of the conflict on journalists."),
    ("CPJ ranked Kazakhstan as the seventh in its Impunity Index.", {"self_names": ("CPJ",)}, "observation",
     "ranked Kazakhstan as the seventh in its Impunity Index."),
    ("Amnesty International welcomed the adoption of the law.", {"self_names": ("Amnesty International", "AI")},
     "positive", "welcomed the adoption of the law."),
    ("JS2 were concerned that our members are harassed.", {"self_names": ("JS2",)}, "concern",
     "was concerned that its members were harassed."),
    # … but not a description of the organization, a negation, or past advocacy told as such
    ("JS1 was founded in 1998 to monitor prisons.", {"self_names": ("JS1",)}, "observation",
     "noted that JS1 was founded in 1998 to monitor prisons."),
    ("AI was not concerned by the new law.", {"self_names": ("AI",)}, "observation",
     "noted that AI was not concerned by the new law."),
    ("AI asked the Government to respond, but it never did.", {"self_names": ("AI",)}, "observation",
     "noted that AI asked the Government to respond, but it never did."),
    # a clause keeps "noted that" and moves into the past
    ("Women in rural areas, in particular, have no access to health care.", {}, "observation",
     "noted that women in rural areas, in particular, had no access to health care."),
    # plural present verbs that are never nouns move into the past too, not after "to", a modal or "not"
    ("The authorities continue to harass defenders and cases do not appear in statistics.", {}, "observation",
     "reported that the authorities continued to harass defenders and cases did not appear in statistics."),
    ("We are concerned that arrests continue.", {}, "concern", "expressed concern that arrests continued."),
    ("Protection of human rights defenders is weak.", {}, "observation",
     "noted that protection of human rights defenders was weak."),
    # "we" becomes "it", and its verb in the present agrees ("it need more data" before); past forms, modals and
    # the plural of a joint submission stay
    ("We need more data on prison conditions.", {}, "observation", "noted that it needs more data on prison conditions."),
    # a name with "to" and a capital is no call ("called on the National Task Force to end …" before)
    ("The National Task Force to End Local Communist Armed Conflict has been at the centre of the campaign.", {},
     "observation", "noted that the National Task Force to End Local Communist Armed Conflict had been at the centre of the campaign."),
    # someone else's recommendation told in the past is no subjunctive of the submitter's (an officer's review of the
    # Ghanaian set: "JS2 recommended that the Constitution Review Commission recommended in 2011 …")
    ("The Constitution Review Commission recommended in 2011 that the death penalty be abolished.", {}, "observation",
     "noted that the Constitution Review Commission recommended in 2011 that the death penalty be abolished."),
    # a long subject before "should be" (an officer's review of the Ghanaian draft: GIEACPC's was "noted that …")
    ("Legal provisions defending the use of corporal punishment in childrearing, including section 41 of the Criminal "
     "Offences Act and the relevant provisions of the Children's Act, should be repealed.", {}, "recommendation",
     "recommended that legal provisions defending the use of corporal punishment in childrearing, including section 41 "
     "of the Criminal Offences Act and the relevant provisions of the Children's Act, be repealed."),
    # a list's bullet opening with a verb that is a noun too ("JS1 noted that post a trained nurse …")
    ("Post a trained nurse to every CHPS compound.", {"recommendation_context": True}, "recommendation",
     "recommended that Kazakhstan post a trained nurse to every CHPS compound."),
    # an infinitive of the subject's before the sentence's own verb is no call ("called on the Legislative Instrument
    # to implement Act 715 has still not been passed" in the Ghanaian set)
    ("The Legislative Instrument to implement Act 715 has still not been passed, sixteen years after the Act was "
     "adopted.", {}, "observation", "noted that the Legislative Instrument to implement Act 715 had still not been "
     "passed, sixteen years after the Act was adopted."),
    ("The Government to ensure that the law is enforced.", {}, "recommendation",
     "called on the Government to ensure that the law is enforced."),
    # the submitter's label over its words goes; a past recommendation quoted with its status is reported so
    ("PAPF assessment: Since May 2017, 23 journalists have been killed.", {}, "observation",
     "noted that since May 2017, 23 journalists had been killed."),
    ("Recommendations: Lift all travel bans imposed on women human rights defenders.", {}, "recommendation",
     "recommended that Kazakhstan lift all travel bans imposed on women human rights defenders."),
    ("Recommendation 133.45 (Norway): ‘Ensure that journalists can work freely’ – Status: not implemented.", {},
     "observation", "noted that recommendation 133.45 (Norway), ‘Ensure that journalists can work freely’, had not been implemented."),
    ("The Council recommends the adoption of a law on freedom of information.", {"self_names": ("the Council",)},
     "recommendation", "recommended the adoption of a law on freedom of information."),
    # the submitter's support for a bill is its call, in its words
    ("The Commission supports the adoption of the Human Rights Defenders Protection Bill.", {"self_names": ("the Commission",)},
     "recommendation", "supported the adoption of the Human Rights Defenders Protection Bill."),
    # and for the abolition of a penalty (a review of the Ghanaian draft: "CHRAJ noted that it supports the abolition
    # of the death penalty and recommends that …" before)
    ("The Commission supports the abolition of the death penalty and recommends that Kazakhstan abolish it for all "
     "crimes.", {"self_names": ("CHRAJ", "the Commission")}, "recommendation",
     "supported the abolition of the death penalty and recommended that Kazakhstan abolish it for all crimes."),
    # "we" meaning the people, not the submitter: "We Egyptians …", "We, workers and their lawyers, …", "our
    # country", "millions of us" (were "it Egyptians", "it, workers …", "its country", "millions of it")
    ("We Egyptians have seen the value of our wages fall since 2022.", {"proper": frozenset({"Egyptians"})},
     "observation", "noted that Egyptians had seen the value of their wages fall since 2022."),
    ("We, workers and their lawyers, cannot form independent unions freely.", {}, "observation",
     "noted that workers and their lawyers could not form independent unions freely."),
    ("Our country spends more on interest payments than on health, and millions of us depend on the ration card.",
     {}, "observation",
     # an irregular verb moves into the past too ("spends" stayed), and so does a verb after "millions of them"
     "noted that the country spent more on interest payments than on health, and millions of them depended on the ration card."),
    # a name's number "I" is no pronoun; "that is," is no verb to move into the past
    ("On 15 September 2021, Pre-Trial Chamber I of the Court authorised an investigation.", {}, "observation",
     "noted that on 15 September 2021, Pre-Trial Chamber I of the Court authorised an investigation."),
    ("Many of them were red-tagged, that is, publicly accused of being communists.", {}, "observation",
     "noted that many of them were red-tagged, that is, publicly accused of being communists."),
    ("We try to monitor trials, but we lack access.", {}, "observation",
     "noted that it tries to monitor trials, but it lacks access."),
    # irregular verbs move into the past ("women hold", "falls far short" stayed in the present beside a past: the
    # Nepalese set and others), their past taken by ``verify`` for the verb
    ("Women hold 23 per cent of the seats in the National Assembly.", {}, "observation",
     "noted that women held 23 per cent of the seats in the National Assembly."),
    ("Children as young as seven carry and mould bricks for up to 12 hours a day.", {}, "observation",
     "noted that children as young as seven carried and moulded bricks for up to 12 hours a day."),
    ("The reconstruction grant of Rs 3 lakh falls far short of the cost of a house.", {}, "observation",
     "noted that the reconstruction grant of Rs 3 lakh fell far short of the cost of a house."),
    ("Civil society estimates that 54 lakh people lack a citizenship certificate.", {}, "observation",
     "noted that civil society estimated that 54 lakh people lacked a citizenship certificate."),
    ("We also know of 12 cases and we focus on children.", {}, "observation",
     "reported that it also knows of 12 cases and it focuses on children."),
    ("We do not know how many people were detained.", {}, "observation",
     "noted that it did not know how many people were detained."),
    ("We sought access and we should be heard.", {}, "observation", "noted that it sought access and it should be heard."),
    # … an adverb, a noun or a past after "we" stays; contractions agree before the backshift; "Annex I" is a numeral
    ("We then contacted the police and we supply legal aid.", {}, "observation",
     "noted that it then contacted the police and it supplies legal aid."),
    ("We don't have access and we aren't informed.", {}, "observation",
     "noted that it didn't have access and it wasn't informed."),
    ("Annex I lists the cases we monitor and document.", {}, "observation",
     "reported that annex I lists the cases it monitors and documents."),
    ("We ask that we be allowed to visit.", {}, "observation", "noted that it asks that it be allowed to visit."),
    # asking, urging "respectfully", "Finally, …": recommendations as the summaries write them
    ("We ask that all those responsible be brought to justice.", {}, "recommendation",
     "asked that all those responsible be brought to justice."),
    # (the summaries under ../shared/data call on or urge; none "asked the Government to")
    ("Finally, we ask the Government to protect places of worship.", {}, "recommendation",
     "called on the Government to protect places of worship."),
    ("We respectfully urge the Government to act on early warnings.", {}, "recommendation",
     "urged the Government to act on early warnings."),
    ("We once again call on the Government to act.", {}, "recommendation", "called on the Government to act."),
    ("We need more data on prison conditions.", {"plural": True}, "observation",
     "noted that they need more data on prison conditions."),
    # who "we" are, said after it, is left out ("it, the undersigned, call on …" before); people the submitter
    # speaks as are the subject ("it Roma women face …" before)
    ("We, the undersigned organizations, are concerned that torture is widespread.", {}, "concern",
     "expressed concern that torture was widespread."),
    ("We, the undersigned, call on the Government to ratify the CAT.", {}, "recommendation",
     "called on the Government to ratify the CAT."),
    ("We, as civil society, recommend that the Government adopt a law.", {}, "recommendation",
     "recommended that the Government adopt a law."),
    # (their "face" after a plural noun is moved into the past, as the published summaries write it: "noted that
    # LGBTIQ+ people faced …")
    ("We Roma women face discrimination in employment.", {"proper": frozenset({"Roma"})}, "observation",
     "noted that Roma women faced discrimination in employment."),
    ("As Roma women, we face discrimination in employment.", {"proper": frozenset({"Roma"})}, "observation",
     "noted that Roma women faced discrimination in employment."),
    ("We women face discrimination.", {}, "observation", "noted that women faced discrimination."),
    ("As Roma women, we face discrimination when we apply for jobs.", {"proper": frozenset({"Roma"})}, "observation",
     "noted that Roma women faced discrimination when they applied for jobs."),
    # a reporting verb said by name is the submitter speaking only before "that"
    ("HRW reports on torture were dismissed as biased.", {"self_names": ("HRW",)}, "observation",
     "noted that HRW reports on torture were dismissed as biased."),
    # a sentence with a subject of its own under a list's lead-in is not the lead's predicate ("recommended that
    # the Government of Kazakhstan we call on the Human Rights Council …" before)
    ("The coalition also calls on the Human Rights Council to publish the outcome.",
     {"lead": "We recommend that the Government of Kazakhstan:", "self_names": ("JS1",)}, "recommendation",
     "called on the Human Rights Council to publish the outcome."),
    ("The Government should ratify the CAT.", {"lead": "We recommend that the Government of Kazakhstan:"},
     "recommendation", "recommended that the Government ratify the CAT."),
    ("Torture remains widespread.", {"lead": "We recommend that the Government:"}, "observation",
     "noted that torture remained widespread."),
    ("The adoption of a law on domestic violence;", {"lead": "We recommend that the Government:"}, "recommendation",
     "recommended the adoption of a law on domestic violence."),
    ("decriminalize defamation;", {"lead": "We recommend that the Government:"}, "recommendation",
     "recommended that the Government decriminalize defamation."),
    ("the ratification of the CAT;", {"lead": "We urge the Government to consider:"}, "recommendation",
     "urged the Government to consider the ratification of the CAT."),
    # a note that something is worth noting is a note ("noted that it was worth noting that …" before)
    ("It is worth noting that the Special Rapporteur visited in 2014.", {}, "observation",
     "noted that the Special Rapporteur visited in 2014."),
    ("Regrettably, we must note that progress has been limited.", {}, "concern",
     "noted with regret that progress had been limited."),
    ("We would like to stress that the law is vague.", {}, "observation", "stressed that the law was vague."),
    # a lead-in in which the submitter names itself ("MFWCA urges the Government of Uzbekistan to:"), and verbs
    # the lexicon lacked ("noted that transfer the licensing …", "noted that Simplify the registration …" before)
    ("immediately and unconditionally release all journalists;",
     {"lead": "MFWCA urges the Government of Kazakhstan to:", "self_names": ("MFWCA",)}, "recommendation",
     "urged the Government of Kazakhstan to immediately and unconditionally release all journalists."),
    ("transfer the licensing of lawyers to a bar association.",
     {"lead": "LICA recommends that the Government of Kazakhstan:", "self_names": ("LICA",)}, "recommendation",
     "recommended that the Government of Kazakhstan transfer the licensing of lawyers to a bar association."),
    ("Simplify the registration of NGOs.", {"recommendation_context": True}, "recommendation",
     "recommended that Kazakhstan simplify the registration of NGOs."),
    # … words that are nouns too open one only in a list or under a Recommendations heading (a review found
    # "recommended that Kazakhstan lower courts routinely ignore …")
    ("Lower courts routinely ignore complaints of torture.", {}, "observation",
     "noted that lower courts routinely ignored complaints of torture."),  # (a verb after "routinely", in the past)
    ("Record numbers of people were detained in 2022.", {}, "observation",
     "noted that record numbers of people were detained in 2022."),
    ("Invest in inclusive education for Roma children.", {"recommendation_context": True}, "recommendation",
     "recommended that Kazakhstan invest in inclusive education for Roma children."),
    # … but a noun spelled as a verb opens no recommendation
    ("Review of the law is pending before parliament.", {}, "observation",
     "noted that review of the law was pending before parliament."),
    ("Change is slow in rural areas.", {}, "observation", "noted that change was slow in rural areas."),
    # … nor one whose noun phrase a finite verb follows (a review found "recommended that Kazakhstan draft laws
    # 4128 and 4129 restrict …")
    ("Draft laws 4128 and 4129 restrict the registration of NGOs.", {}, "observation",
     "noted that draft laws 4128 and 4129 restrict the registration of NGOs."),
    ("Draft legislation on data protection remains pending.", {}, "observation",
     "noted that draft legislation on data protection remained pending."),
    ("Support for victims is inadequate.", {}, "observation", "noted that support for victims was inadequate."),
    ("Monitor groups documented 42 cases.", {}, "observation", "reported that monitor groups documented 42 cases."),
    ("Support groups say that women are afraid.", {}, "observation",
     "noted that support groups say that women were afraid."),
    # … while an imperative's object, a participle after it or a clause of its own leaves it an imperative
    ("Ensure victims are compensated.", {}, "recommendation", "recommended that Kazakhstan ensure victims are compensated."),
    ("Protect journalists targeted by online harassment.", {}, "recommendation",
     "recommended that Kazakhstan protect journalists targeted by online harassment."),
    ("Prosecute officers found guilty of torture.", {}, "recommendation",
     "recommended that Kazakhstan prosecute officers found guilty of torture."),
    ("Strengthen efforts to ensure children are registered.", {}, "recommendation",
     "recommended that Kazakhstan strengthen efforts to ensure children are registered."),
    ("Investigate and prosecute officers who have killed protesters.", {}, "recommendation",
     "recommended that Kazakhstan investigate and prosecute officers who have killed protesters."),
    ("Amend section 24 of the Cybercrimes Act 2015 and release all those detained.", {}, "recommendation",
     "recommended that Kazakhstan amend section 24 of the Cybercrimes Act 2015 and release all those detained."),
    ("Support for women journalists who are harassed online is not available from any State body.", {}, "observation",
     "noted that support for women journalists who were harassed online was not available from any State body."),
    ("Support for girls who escape forced marriage is limited to a few rescue centres.", {}, "observation",
     "noted that support for girls who escape forced marriage was limited to a few rescue centres."),
    ("Draft legislation on whistle-blowers, the Whistleblower Protection Bill, 2021, remains pending.", {}, "observation",
     "noted that draft legislation on whistle-blowers, the Whistleblower Protection Bill, 2021, remained pending."),
    ("Release persons who are detained without charge.", {}, "recommendation",
     "recommended that Kazakhstan release persons who are detained without charge."),
    ("Amend the Penal Code whose provisions are vague.", {}, "recommendation",
     "recommended that Kazakhstan amend the Penal Code whose provisions are vague."),
    # a relative clause with a subject of its own (the round trip lost JS2's recommendation on Brunei)
    ("Prohibit the death penalty for any crime in which the person accused is not proved to have killed.", {},
     "recommendation",
     "recommended that Kazakhstan prohibit the death penalty for any crime in which the person accused is not proved "
     "to have killed."),
    # an item with a subject of its own under "… recommends that:" is addressed to that subject ("recommended that
    # Kenya donors supporting conservation in Kenya make …" before)
    ("Donors supporting conservation should make their funding conditional on consent.",
     {"lead": "The Coalition further recommends that:"}, "recommendation",
     "recommended that donors supporting conservation make their funding conditional on consent."),
    # a list written on one line after its lead-in is one recommendation ("noted that the Government should: (a)
    # repeal …" before)
    ("The Government should: (a) repeal sections 22 and 23; (b) amend the Public Order Act; and (c) ensure that "
     "attacks are investigated.", {}, "recommendation",
     "recommended that the Government (a) repeal sections 22 and 23; (b) amend the Public Order Act; and (c) ensure "
     "that attacks are investigated."),
    ("MJC recommends that the Government: a. Ratify the ICPPED; b. Establish a commission of inquiry.",
     {"self_names": ("MJC",)}, "recommendation",
     "recommended that the Government (a) ratify the ICPPED; (b) establish a commission of inquiry."),
    ("KMDN further recommends that Kazakhstan: establish a protection mechanism; enact the Whistleblower Bill.",
     {"self_names": ("KMDN",)}, "recommendation",
     "recommended that Kazakhstan establish a protection mechanism; enact the Whistleblower Bill."),
    ("Three problems persist: (a) overcrowding; (b) torture.", {}, "observation",
     "noted that three problems persisted: (a) overcrowding; (b) torture."),
    # a subject set off by its own commas still asks ("reported that donors …, should suspend …" before); an
    # opening phrase before the subject does not
    ("Donors funding such programmes, including the training of the ATPU, should suspend that funding.", {},
     "recommendation",
     "recommended that donors funding such programmes, including the training of the ATPU, suspend that funding."),
    ("Under the law, NGOs should register with the Ministry.", {}, "observation",
     "noted that under the law, NGOs should register with the Ministry."),
    # a word of the submitter's name is no name alone ("noted that Media reports suggest …" before), and the
    # first word of a name keeps its capital
    ("Media reports suggest that internet speeds were throttled.", {"self_names": ("Kalamu Media Defence Network", "KMDN")},
     "observation", "noted that media reports suggested that internet speeds were throttled."),
    ("Human Rights Watch documented 12 cases.", {}, "observation", "reported that Human Rights Watch documented 12 cases."),
    # a connective is one when a comma sets it off ("ADF also noted that to administrative penalties, …" before)
    ("In addition to administrative penalties, believers have been prosecuted.", {}, "observation",
     "noted that in addition to administrative penalties, believers had been prosecuted."),
    ("Further investigation is needed.", {}, "observation", "noted that further investigation was needed."),
    ("In addition, we have documented 15 cases.", {}, "observation", "reported that it had documented 15 cases."),
    ("Moreover the courts are not independent.", {}, "observation", "noted that the courts were not independent."),
    # "will" the noun stays ("against their would must be held liable" before)
    ("Those who force women to work against their will must be held liable and the political will is lacking.", {},
     "observation",
     "noted that those who force women to work against their will must be held liable and the political will was lacking."),
    ("The authorities will not act.", {}, "observation", "noted that the authorities would not act."),
    # singular present verbs that are never nouns move into the past like "remains"
    ("Torture persists in prisons and violence occurs in every region.", {}, "observation",
     "noted that torture persisted in prisons and violence occurred in every region."),
]


@pytest.mark.parametrize(("text", "kwargs", "act", "predicate"), SPEECH)
def test_speech_reports_in_the_stakeholders_words(text: str, kwargs: dict[str, object], act: str, predicate: str) -> None:
    r = report(text, state="Kazakhstan", **kwargs)  # type: ignore[arg-type]
    assert r is not None
    assert r.act == act
    assert r.predicate == predicate


@pytest.mark.parametrize(
    ("text", "kwargs", "sentence"),
    [
        # a contrast the sentence opens with goes after the reporting verb, not inside the clause ("noted that
        # however, in practice, …" before); the stakeholder's own word is kept
        ("However, in practice, families with children were detained in a closed centre.", {},
         "JS1 noted, however, that in practice, families with children were detained in a closed centre."),
        ("However, we are concerned that the law is not implemented.", {},
         "JS1 expressed concern, however, that the law was not implemented."),
        ("Nevertheless, the Government should adopt a law on hate crimes.", {},
         "JS1 recommended, nevertheless, that the Government adopt a law on hate crimes."),
        ("Nonetheless, Kazakhstan to abolish the death penalty.", {},
         "JS1, nonetheless, called on Kazakhstan to abolish the death penalty."),
        # … and set off after "we" ("it, however, were concerned" before)
        ("We, however, are concerned that torture is widespread.", {},
         "JS1 expressed concern, however, that torture was widespread."),
        ("I, however, was not informed of the decision.", {}, "JS1 noted, however, that it was not informed of the decision."),
        ("We, therefore, urge the Government to act.", {}, "JS1 urged the Government to act."),
        ("We, moreover, documented 12 cases.", {}, "JS1 also reported that it documented 12 cases."),
        # "however" goes after a reporting verb only; a verb of the stakeholder's own act takes it after the name
        ("However, JS1 documented 45 cases that involved torture.", {"self_names": ("JS1",)},
         "JS1, however, documented 45 cases that involved torture."),
        # "also"/"further" in the frame is said ("noted that it was further concerned" before)
        ("Amnesty International is further concerned that victims are rarely given redress.",
         {"self_names": ("Amnesty International", "AI")}, "JS1 also expressed concern that victims were rarely given redress."),
        ("We also recommend that the Government adopt a law.", {}, "JS1 also recommended that the Government adopt a law."),
        ("Amnesty International considers him a prisoner of conscience.", {"self_names": ("Amnesty International",)},
         "JS1 considered him a prisoner of conscience."),
        ("ADF International was aware of several cases of fines.", {"self_names": ("ADF International",)},
         "JS1 was aware of several cases of fines."),
        # the submitter's own reporting verb is the frame ("noted that the Ombudsman notes that …", "noted that it
        # acknowledges that …" before)
        ("The Ombudsman notes that complaints of torture have risen.", {"self_names": ("Ombudsman",)},
         "JS1 noted that complaints of torture had risen."),
        ("MFWCA acknowledges that the new law is an improvement.", {"self_names": ("MFWCA",)},
         "JS1 acknowledged that the new law was an improvement."),
        ("We estimate that one million people were mobilised.", {}, "JS1 estimated that one million people were mobilised."),
        ("We note with appreciation that the Government adopted a law.", {},
         "JS1 noted with appreciation that the Government adopted a law."),
        ("Amnesty International also notes that the law is vague.", {"self_names": ("Amnesty International",)},
         "JS1 also noted that the law was vague."),
        # an adverb between the submitter and its verb (the Nepalese set: "SARFAT noted that it further notes that …")
        ("The Forum further notes that workers are charged recruitment fees.", {"self_names": ("The Forum", "SARFAT")},
         "JS1 also noted that workers were charged recruitment fees."),
        # a national institution calling itself "the Commission" (its name's head noun, as the draft gives it)
        ("The Commission notes that complaints of torture have risen.",
         {"self_names": ("National Human Rights Commission", "NHRC", "the Commission")},
         "JS1 noted that complaints of torture had risen."),
        # a name of more than six words and a comma after "that" (the Kyrgyz review set: "CAMFI noted that it
        # notes that, since …" before)
        ("The Central Asian Media Freedom Institute also notes that, since 2021, 12 websites have been blocked.",
         {"self_names": ("Central Asian Media Freedom Institute", "CAMFI")},
         "JS1 also noted that since 2021, 12 websites had been blocked."),
        # the submitter's own frame in the past ("recommended that ODIHR recommended that …" before); its other
        # past acts stay its acts
        ("ODIHR recommended that the draft be revised.", {"self_names": ("OSCE/ODIHR", "ODIHR")},
         "JS1 recommended that the draft be revised."),
        ("ODIHR observed the 2021 elections.", {"self_names": ("OSCE/ODIHR", "ODIHR")}, "JS1 observed the 2021 elections."),
        # (a review helper's Peruvian set) "IACHR noted that the Commission urged the State to …", "… that the IACHR
        # expressed concern at …", and a welcome drafted as a note and cited "See also" under a concern
        ("The Commission urged the State to adopt a policy for the protection of defenders.",
         {"self_names": ("IACHR", "the Commission")}, "JS1 urged the State to adopt a policy for the protection of defenders."),
        ("The IACHR expressed concern at the death of three persons during the protests.",
         {"self_names": ("IACHR", "the Commission")}, "JS1 expressed concern at the death of three persons during the protests."),
        ("The Commission welcomed the creation of the Temporary Stay Permit.", {"self_names": ("IACHR", "the Commission")},
         "JS1 welcomed the creation of the Temporary Stay Permit."),
        # its own past acts after "The" ("IACHR noted that the IACHR granted …", "CNDH reported that the CNDH
        # recorded …" before)
        ("The IACHR granted precautionary measures in 2014.", {"self_names": ("IACHR", "the Commission")},
         "JS1 granted precautionary measures in 2014."),
        ("The Commission received 7,862 complaints in 2021.", {"self_names": ("HRCSL", "the Commission")},
         "JS1 received 7,862 complaints in 2021."),
        # "Although" before "Law No. 30364" is no name's first word ("noted that Although Law No. …" before)
        ("Although Law No. 30364 was adopted in 2015, femicides continue.", {},
         "JS1 noted that although Law No. 30364 was adopted in 2015, femicides continued."),
        # a Spanish name's first word is its short name in English ("DP noted that the Defensoría recommends …")
        ("The Defensoría recommends that judges use pre-trial detention only as an exceptional measure.",
         {"self_names": ("Defensoría del Pueblo del Perú", "DP", "the Defensoría")},
         "JS1 recommended that judges use pre-trial detention only as an exceptional measure."),
        # "Yet" and "But" opening a sentence are a contrast ("noted that yet the State …" before); not "Yet another"
        ("Yet the State does not fund shelters.", {}, "JS1 noted, however, that the State did not fund shelters."),
        ("But the law is not enforced.", {}, "JS1 noted, however, that the law was not enforced."),
        ("Yet another journalist was killed in 2023.", {}, "JS1 noted that yet another journalist was killed in 2023."),
        # a person's first name keeps its capital before an initial or an age ("noted that nurbek A., …" before)
        ("Nurbek A., 27, died in custody in March 2023.", {}, "JS1 noted that Nurbek A., 27, died in custody in March 2023."),
        ("Jyldyz, 17, was abducted in 2023.", {}, "JS1 noted that Jyldyz, 17, was abducted in 2023."),
        ("Several, 12 in all, were detained.", {}, "JS1 noted that several, 12 in all, were detained."),
        # "note with appreciation / satisfaction / interest / regret" is the frame ("noted that it notes with
        # appreciation the adoption …" before), and the submitter's own past "noted with regret that" too
        ("We note with appreciation the adoption of the law on equality.", {},
         "JS1 noted with appreciation the adoption of the law on equality."),
        ("We note with deep regret that the Government withdrew the bill.", {},
         "JS1 noted with regret that the Government withdrew the bill."),
        ("We note with interest that a plan was adopted.", {}, "JS1 noted with interest that a plan was adopted."),
        # (the Ugandan set) a request's opening phrase before its addressee ("recommended that Uganda pending
        # abolition, establish …" before)
        ("Pending abolition, establish an official moratorium on executions.", {},
         "JS1 recommended that, pending abolition, Kazakhstan establish an official moratorium on executions."),
        ("Pending abolition, the Government should establish a moratorium.", {},
         "JS1 recommended that, pending abolition, the Government establish a moratorium."),
        # (not a clause's "until" after the subject: "… that, until conditions allow a safe, no refugee be returned …")
        ("No refugee should be returned until conditions allow a safe, voluntary and dignified return.", {},
         "JS1 recommended that no refugee be returned until conditions allow a safe, voluntary and dignified return."),
        ("GRECO recommends (i) that a code of conduct be adopted, and (ii) that it be complemented by sanctions.",
         {"self_names": ("CoE-GRECO", "GRECO")},
         "JS1 recommended that a code of conduct be adopted, and that it be complemented by sanctions."),
        ("The Commissioner noted with regret that the Government used the pandemic as a pretext.",
         {"self_names": ("CoE-Commissioner", "the Commissioner")},
         "JS1 noted with regret that the Government used the pandemic as a pretext."),
    ],
)
def test_speech_a_contrast_goes_after_the_reporting_verb(text: str, kwargs: dict[str, object], sentence: str) -> None:
    r = report(text, state="Kazakhstan", **kwargs)  # type: ignore[arg-type]
    assert r is not None
    assert r.sentence("JS1") == sentence


@pytest.mark.parametrize(
    ("clause", "shifted"),
    [
        ("the Criminal Code criminalizes torture and provides for a penalty", "the Criminal Code criminalized torture and provided for a penalty"),
        ("the State claims in its report that every county has a shelter", "the State claimed in its report that every county had a shelter"),
        ("the agency, which allocates it without criteria, denies bias", "the agency, which allocated it without criteria, denied bias"),
        # plural nouns spelled like verbs stay: "land claims", "work permits", "these amounts"; so do names
        ("courts dismissed land claims and work permits", "courts dismissed land claims and work permits"),
        ("families sell animals to pay these amounts", "families sell animals to pay these amounts"),
        ("article 5 of the Law on Guarantees Provides", "article 5 of the Law on Guarantees Provides"),
        # the submitter's own verbs after "it" stay with the rest of what it says of itself; quotations stay
        ("it lacks access", "it lacks access"),
        ("the report says “the law requires consent”", "the report says “the law requires consent”"),
    ],
)
def test_speech_backshift_moves_a_law_or_a_claim_into_the_past(clause: str, shifted: str) -> None:
    """Reported speech moves the verbs of laws and claims into the past, as the summaries do ("the Criminal Code
    criminalized …": 58 "provided" against 4 "provides" in the published summaries); verify reads the past."""
    from uprkit.summarize.tense import backshift
    from uprkit.summarize.verify import content_stems, missing_words

    assert backshift(clause) == shifted
    assert missing_words(shifted, content_stems(clause)) == []


def test_verify_stems_a_doubled_consonant_as_the_verb_it_is() -> None:
    """ "occurred" is "occurs" moved into the past (a backshift verify failed before); "added" stays "add"."""
    from uprkit.summarize.verify import stem

    assert stem("occurred") == stem("occurs") == "occur"
    assert stem("committed") == stem("commits")
    assert stem("planned") == stem("plans")
    assert stem("added") == stem("adds") == "add"
    assert stem("staffed") == stem("staff")
    assert stem("filled") == stem("fills")


def test_verify_reads_cannot_as_can_not() -> None:
    """ "cannot consider" is reported "could not consider": no word put in the stakeholder's mouth (a false alarm
    before); "can consider" reported so still fails."""
    from uprkit.summarize.verify import content_stems, missing_words

    drafted = "JS1 noted that the Commissioner could not consider complaints."
    assert missing_words(drafted, content_stems("The Commissioner cannot consider complaints."), extra=["JS1"]) == []
    assert missing_words(drafted, content_stems("The Commissioner can't consider complaints."), extra=["JS1"]) == []
    assert missing_words(drafted, content_stems("The Commissioner can consider complaints."), extra=["JS1"]) == ["not"]


def test_verify_no_before_a_number_is_no_negation() -> None:
    from uprkit.summarize.verify import negations

    assert negations("ILO Convention No. 189 and Law No. ZRU-78") == 0
    assert negations("No one was convicted; there is no law.") == 2


def test_speech_refuses_questions_and_fragments() -> None:
    assert report("However,", state="Kazakhstan") is None
    assert report("Why?", state="Kazakhstan") is None
    assert report("Is torture widespread in Kazakhstan?", state="Kazakhstan") is None


# --------------------------------------------------------------------------------------------- selection


def _point(who: str, order: int, text: str) -> Point:
    r = report(text, state="Kazakhstan")
    assert r is not None
    return Point(stakeholders=[who], passages={who: []}, reported=r, continuation=[], act=r.act, order=(0, order))


def test_select_charges_a_chapter_heading_once_for_all_the_themes_under_it() -> None:
    """Two themes under one chapter: the chapter's words count once. Counting the whole path again for the
    second theme (as before) passed over a point that fits, and left a tenth of some drafts' limits unused."""
    from uprkit.summarize.select import select_points

    first = _point("JS1", 1, "Torture is widespread in prisons.")  # 7 words with "JS1 noted that"
    second = _point("JS1", 2, "Schools lack teachers.")  # 6 words
    paths = {
        id(first): (("Civil and political rights", "Prohibition of torture"), (5, 4)),
        id(second): (("Civil and political rights", "Right to education"), (5, 4)),
    }
    words = {id(first): first.words("JS1") + 1, id(second): second.words("JS1") + 1}
    budget = words[id(first)] + words[id(second)] + 5 + 4 + 4  # the chapter once, each theme's heading once
    chosen = select_points(
        [first, second], budget=budget, point_words=lambda p: words[id(p)], heading_words=lambda p: paths[id(p)]
    )
    assert {id(p) for p in chosen} == {id(first), id(second)}
    assert select_points(
        [first, second], budget=budget - 1, point_words=lambda p: words[id(p)], heading_words=lambda p: paths[id(p)]
    ) == [first]


def test_select_gives_the_accredited_nhri_its_share_of_the_limit_first() -> None:
    """(review of a 30-submission set) The accredited NHRI's section had 3 per cent of a 3,000-word draft: one
    stakeholder's turn among thirty. It may first fill its share of the limit (published summaries give that
    section 11 to 27 per cent), then takes its turns with the others; without a share it has one turn in 31."""
    from uprkit.summarize.select import NHRI_SHARE, select_points

    points = [_point(who, k, f"Torture is widespread in prison number {k} of the country.")
              for who in ["NHRI", *(f"JS{i}" for i in range(1, 31))] for k in range(1, 30)]
    words = {id(p): p.words(p.stakeholders[0]) + 1 for p in points}

    def share(reserved: dict[str, float] | None) -> float:
        chosen = select_points(points, budget=1000, point_words=lambda p: words[id(p)],
                               heading_words=lambda p: ((), ()), reserved=reserved)
        assert sum(words[id(p)] for p in chosen) <= 1000
        return sum(words[id(p)] for p in chosen if p.stakeholders == ["NHRI"]) / 1000

    assert share(None) < 0.05
    assert NHRI_SHARE - 0.02 <= share({"NHRI": NHRI_SHARE}) <= NHRI_SHARE + 0.05


def test_candidates_keep_a_short_recommendation_of_its_own_but_not_fragments() -> None:
    """A three-word paragraph is a fragment unless it is a recommendation ending its sentence ("Ratifying the
    CAT.", as A/HRC/WG.6/33/BRN/3 credits JS1 and JS2 with it); a heading-like line or a title stays out."""

    doc = _doc(
        "1. Ratifying the CAT.\n\n2. Ratify the ICPPED.\n\n3. Contact details.\n\n4. Executive summary\n\n"
        "5. Abolish the death penalty\n\n6. Torture is widespread in prisons.\n\n7. Domestic violence remains widespread.\n\n"
        "8. We welcome this step.\n\n9. Table of contents.\n\n10. We thank our donors.\n\n11. Release date unknown.\n\n(a) Freedom of religion\n(b) Rights of parents\n"
        "(c) Adoption of a hate crimes law\n"
    )
    points = points_of(split_passages(doc, file="X.txt", stakeholder="X"), stakeholder_order=0, state="Kazakhstan")
    assert [p.reported.predicate for p in points] == [
        "recommended ratifying the CAT.",
        "recommended that Kazakhstan ratify the ICPPED.",
        "noted that torture was widespread in prisons.",
        "noted that domestic violence remained widespread.",
        "welcomed this step.",
        "recommended adoption of a hate crimes law.",
    ]


def test_candidates_a_sentence_that_points_back_stays_with_the_one_before() -> None:
    """ "MEDN noted that two days earlier, he had told MEDN …" opened a point of its own, "he" standing for no one:
    a sentence opening with a pronoun goes on the point before it in its paragraph, a sentence further than a run
    goes otherwise; a sentence that does not point back starts its own point, and so does a new paragraph."""
    doc = _doc(
        "1. MEDN recorded 69 killings of defenders between 2017 and 2021. In most cases, the victims had opposed "
        "mining projects. Many had been accused by soldiers of supporting the rebels. On 14 August 2021, Datu Remy "
        "Ampugan, a Manobo leader, was shot dead near his home. Two days earlier, he had told MEDN that "
        "soldiers had visited his house. The police have not identified any suspect.\n"
    )
    points = points_of(split_passages(doc, file="X.txt", stakeholder="MEDN"), stakeholder_order=0, state="Philippines",
                       self_names=("MEDN",))
    assert [len(p.continuation) for p in points] == [4, 0]
    assert points[0].continuation[-1].startswith("Two days earlier, he had told MEDN")
    assert points[1].reported.predicate == "noted that the police had not identified any suspect."


def test_candidates_leave_out_the_executive_summary_and_a_closing_list_that_restates_the_paragraphs() -> None:
    """An executive summary under a contact line without a stop, and a "Summary of recommendations" whose items
    name the paragraphs they restate: each point was drafted twice (some 260 words in one submission). (review of
    a Kenya set) What the executive summary says and the body does not ("Only one case has led to the conviction
    of police officers.") is drafted; what the body says again, in other words, is not."""
    doc = _doc(
        "Ramon D. Villanueva, Executive Director, upr@bkf.example.ph\nExecutive summary\nOnly one case has led to "
        "the conviction of police officers. BKF recommends, among other things, that the Philippines cooperate with "
        "the Court.\nI. Extrajudicial killings\n1. Between 2016 and 2022, BKF documented 6,117 killings.\n2. BKF "
        "recommends that the Philippines adopt a comprehensive programme of reparation for the families of victims."
        "\n3. BKF recommends that the Philippines cooperate with the International Criminal Court.\n"
        "Summary of recommendations\n• Adopt a programme of reparation for the families of victims (para. 2).\n"
        "• Rejoin the Rome Statute (see para. 3).\n• Adopt the Human Rights Defenders Protection Bill (para. 17).\n"
        "• Investigate every killing (paras. 1 and 4).\n"
    )
    points = points_of(split_passages(doc, file="X.pdf", stakeholder="BKF"), stakeholder_order=0, state="the Philippines",
                       self_names=("BKF",))
    assert [p.reported.predicate for p in points] == [
        "reported that only one case had led to the conviction of police officers.",
        # (its own name after an opening phrase is "it", as the summaries write it: "… BKF documented …" before)
        "reported that between 2016 and 2022, it documented 6,117 killings.",
        "recommended that the Philippines adopt a comprehensive programme of reparation for the families of victims.",
        "recommended that the Philippines cooperate with the International Criminal Court.",
        # a paragraph the submission does not have: the item is the only place of its point (its pointer left out)
        "recommended that the Philippines adopt the Human Rights Defenders Protection Bill.",
        # pointing at facts only: the recommendation's only place (8 of 10 of a closing list were lost so)
        "recommended that the Philippines investigate every killing.",
    ]


def test_candidates_leave_out_a_paragraph_that_opens_with_the_submitter_describing_itself() -> None:
    """The rest of such a paragraph is about the submitter too ("HRW reported that it had documented human rights
    violations in Kazakhstan since 1993", "HRW noted that it focuses on …" before); a paragraph that opens with
    substance keeps it."""

    doc = _doc(
        "Human Rights Watch is an independent, international non-governmental organization that monitors human "
        "rights in 90 countries. Human Rights Watch has documented violations in Kazakhstan since 1993. It focuses "
        "on freedom of expression and labor rights.\n\n"
        "The submission reflects the collective assessment of the coalition.\n\n"
        "1. Torture is widespread in prisons. Our network is a coalition of 40 lawyers. Police officers beat "
        "detainees in custody.\n"
    )
    points = points_of(
        split_passages(doc, file="X.txt", stakeholder="X"), stakeholder_order=0, state="Kazakhstan",
        self_names=("Human Rights Watch", "HRW"),
    )
    assert [p.reported.predicate for p in points] == [
        "noted that torture was widespread in prisons.",
        "noted that police officers beat detainees in custody.",
    ]
    # the paragraph's other sentences, and others' work since a year, are not the submitter describing itself
    doc = _doc(
        "Memorial is a human rights organization founded in 1989. In December 2021, the Supreme Court ordered its "
        "liquidation.\n\nLocal defenders have documented more than 200 enforced disappearances since 2015.\n"
    )
    points = points_of(split_passages(doc, file="X.txt", stakeholder="X"), stakeholder_order=0, state="Kazakhstan",
                       self_names=("Memorial",))
    assert [p.reported.predicate for p in points] == [
        "noted that in December 2021, the Supreme Court ordered its liquidation.",
        "reported that local defenders had documented more than 200 enforced disappearances since 2015.",
    ]


def test_candidates_leave_out_a_tables_rows_read_as_text() -> None:
    """A PDF table read as one run of text is no statement ("ACHPR noted that … Year New death sentences recorded
    … 2019 54 2,602 0 0 2020 58 …" was drafted); figures in prose are kept."""

    doc = _doc(
        "1. Year New death sentences recorded People on death row Commutations 2019 54 2,602 0 2020 58 2,817 12\n\n"
        "2. The draft laws 4128, 4511, 5309 and 1244 restrict the rights of believers.\n\n"
        "3. Of the 1,126 calls to the hotline in 2016, 684 (61 per cent) concerned violence by a husband.\n"
    )
    points = points_of(split_passages(doc, file="X.pdf", stakeholder="X"), stakeholder_order=0, state="Kazakhstan")
    assert [p.reported.predicate.split(",")[0] for p in points] == [
        "noted that the draft laws 4128", "noted that of the 1"
    ]


# --------------------------------------------------------------------------------------------- the pipeline


@pytest.fixture(scope="module")
def draft() -> Summary:
    return draft_summary(SUBMISSIONS, DraftOptions(country="KAZ", session=7, limit_words=600))


def _texts() -> dict[str, str]:
    from uprkit.read import read_document

    return {p.name: read_document(p).text for p in SUBMISSIONS.iterdir() if p.suffix in {".txt", ".docx", ".pdf"}
            and p.name != "broken.pdf"}


def test_draft_names_the_unreadable_submission_and_drafts_from_the_others(draft: Summary) -> None:
    assert [(n.file, n.reason.split(" (")[0]) for n in draft.not_included] == [("broken.pdf", "corrupt or truncated PDF")]
    assert [s.abbreviation for s in draft.stakeholders] == ["AI", "FH", "HRW", "JS1"]
    assert draft.submission_count == 4
    assert {s.files[0] for s in draft.stakeholders} == {"AI.txt", "FH.pdf", "HRW.docx", "JS1.txt"}


def test_draft_every_sentence_is_attributed_endnoted_and_faithful(draft: Summary) -> None:
    sentences = [s for s in draft.iter_sentences() if s.stakeholders]
    assert len(sentences) >= 10
    numbers = [s.endnote for s in sentences]
    assert numbers == list(range(2, len(sentences) + 2))  # endnote 1 is the stakeholder list
    assert draft.endnotes[0].text.startswith("The stakeholders listed below")
    result = verify_summary(draft, _texts())
    assert result.failures == []
    assert result.faithfulness == 1.0


def test_draft_leaves_out_self_description_cover_and_methodology(draft: Summary) -> None:
    body = " ".join(s.text for s in draft.iter_sentences())
    for absent in ("global movement", "Submitted by", "interviews with 40 lawyers", "Seventh session of the UPR",
                   "independent, international organization", "calls on the Government of Kazakhstan to."):
        assert absent not in body


def test_draft_merges_the_same_point_made_by_two_stakeholders(draft: Summary) -> None:
    merged = [s for s in draft.iter_sentences() if len(s.stakeholders) > 1]
    # AI says it too, in the same words, as the first sentence of a run of its own ("We are deeply concerned that
    # torture and other ill-treatment remain widespread … Detainees are often denied access to a lawyer …"): it is
    # credited here, and its run goes on with its second sentence
    assert [s.stakeholders for s in merged] == [["HRW", "JS1", "AI"]]
    assert "torture and other ill-treatment remained widespread" in merged[0].text
    note = draft.endnotes[merged[0].endnote - 1 if merged[0].endnote else 0]
    assert note.text == "HRW, para. 3; JS1, para. 9; AI, para. 2."
    ai = [s.text for s in draft.iter_sentences() if s.stakeholders == ["AI"] and "lawyer of their choice" in s.text]
    assert ai == ["AI noted that detainees were often denied access to a lawyer of their choice."]


def test_draft_locators_page_for_unnumbered_and_paragraph_for_numbered(draft: Summary) -> None:
    spans = {(s.stakeholder, s.locator) for sentence in draft.iter_sentences() for s in sentence.sources}
    assert ("FH", "p. 1") in spans
    assert ("AI", "para. 2") in spans
    for sentence in draft.iter_sentences():
        for span in sentence.sources:
            assert span.text.strip()


@pytest.mark.parametrize("limit", [180, 250, 400, 600, 5000])  # cycle 1 fixed text: 158 words
def test_draft_never_exceeds_the_word_limit(limit: int) -> None:
    s = draft_summary(SUBMISSIONS, DraftOptions(country="KAZ", session=7, limit_words=limit))
    assert s.word_count <= limit
    if limit >= 600:
        assert sum(1 for x in s.iter_sentences() if x.stakeholders) >= 10


def test_draft_recommendations_come_first_when_space_is_short() -> None:
    s = draft_summary(SUBMISSIONS, DraftOptions(country="KAZ", session=7, limit_words=250))
    acts = [x.act for x in s.iter_sentences() if x.stakeholders]
    assert acts and acts.count("recommendation") >= len(acts) / 2


@pytest.mark.parametrize(("session", "cycle", "first"), [(7, 1, None), (20, 2, None), (34, 3, "Background"), (48, 4, "Background")])
def test_draft_follows_each_cycles_outline(session: int, cycle: int, first: str | None) -> None:
    s = draft_summary(SUBMISSIONS, DraftOptions(country="KAZ", session=session))
    assert s.cycle == cycle
    if first:
        assert s.sections[0].title == first and s.introduction == []
        assert s.sections[0].paragraphs[0].number == 1
    else:
        count = "four" if cycle == 1 else "4"  # cycle 1 spells out numbers below ten
        assert s.introduction and s.introduction[0].text.startswith(f"The present report is a summary of {count} stake")
        assert s.title == "Kazakhstan"  # below the cover's "Summary prepared by the Office ..." caption
        assert s.introduction[-1].text.startswith("The report has been prepared taking into consideration the")
    numbers = [p.number for sec in s.iter_sections() for p in sec.paragraphs]
    assert numbers == list(range(1, len(numbers) + 1))


def _opening_notes(s: Summary) -> list[tuple[str, int | None]]:
    sentences = s.introduction or s.sections[0].paragraphs[0].sentences
    return [(x.text, x.endnote) for x in sentences if x.endnote is not None]


@pytest.mark.parametrize(
    ("session", "expected"),
    [
        (7, [("The present report is a summa", 1)]),
        (34, [("It is a summary of 4 stakehold", 1)]),
        (41, [("It is a summary of 4 stakehold", 1), ("The report has been prepared ", 2)]),
        (48, [("The present report was prepar", 1), ("It is a summary of 4 stakehold", 2)]),
    ],
)
def test_draft_opening_endnotes_follow_the_cycle(session: int, expected: list[tuple[str, int]]) -> None:
    s = draft_summary(SUBMISSIONS, DraftOptions(country="KAZ", session=session))
    found = _opening_notes(s)
    assert [n for _, n in found] == [n for _, n in expected]
    assert all(text.startswith(start) for (text, _), (start, _) in zip(found, expected, strict=True))
    notes = {n.number: n.text for n in s.endnotes}
    list_note = next(n for t, n in found if "is a summary of" in t)
    assert notes[list_note].startswith("The stakeholders listed below have contributed information")
    outcome = [n for t, n in found if "is a summary of" not in t]
    codes = {w.code for w in s.warnings}
    if outcome:
        assert notes[outcome[0]].startswith("[Outcome of the previous review of Kazakhstan")
        assert "previous-outcome-missing" in codes
    else:
        assert "previous-outcome-missing" not in codes
    body = [x.endnote for x in s.iter_sentences() if x.stakeholders]
    assert body[0] == len(expected) + 1


def test_draft_previous_outcome_before_cycle_4_is_reported_unused() -> None:
    s = draft_summary(SUBMISSIONS, DraftOptions(country="KAZ", session=34, previous_outcome="A/HRC/19/2"))
    assert "previous-outcome-unused" in {w.code for w in s.warnings}
    assert all("A/HRC/19/2" not in n.text for n in s.endnotes)


def test_draft_previous_outcome_symbols_go_in_endnote_1_in_cycle_4() -> None:
    symbols = "A/HRC/43/15 and the addendum A/HRC/43/15/Add.1, and A/HRC/43/2"
    s = draft_summary(SUBMISSIONS, DraftOptions(country="KAZ", session=48, previous_outcome=symbols))
    assert s.endnotes[0].text == symbols + "."
    assert "previous-outcome-missing" not in {w.code for w in s.warnings}


def test_stakeholder_list_note_one_entry_a_line_in_the_published_groups() -> None:
    from uprkit.summarize.model import SummaryStakeholder
    from uprkit.summarize.stakeholder_note import stakeholder_list_note
    from uprkit.summarize.submissions import submission_count

    people = [
        SummaryStakeholder(abbreviation="JS2", kind="joint", members=["Org C", "Org D"], location="Astana (Kazakhstan)"),
        SummaryStakeholder(abbreviation="HRW", name="Human Rights Watch", location="New York (United States of America)"),
        SummaryStakeholder(abbreviation="PTPR/JS3", name="Joint submission 3", kind="joint", members=["Org E"]),
        SummaryStakeholder(abbreviation="JS1", kind="joint", members=["Org A", "Org B"]),
        SummaryStakeholder(abbreviation="AI", name="Amnesty International", location="London (United Kingdom)"),
        SummaryStakeholder(abbreviation="Ombudsman", name="Human Rights Ombudsman", kind="nhri"),
        SummaryStakeholder(abbreviation="CoE-ECRI", kind="regional", parent="CoE"),
        SummaryStakeholder(abbreviation="CoE-ACFC", name="Advisory Committee", kind="regional", parent="CoE"),
        SummaryStakeholder(abbreviation="OSCE/ODIHR", name="Office for Democratic Institutions and Human Rights",
                           kind="regional", location="Warsaw (Poland)"),
    ]
    assert submission_count(people) == 8  # the Council of Europe's two organs: one submission
    lines = stakeholder_list_note(people, 4).splitlines()
    assert lines == [
        "The stakeholders listed below have contributed information for this summary; the full texts of all "
        "original submissions are available at: www.ohchr.org (one asterisk denotes a national human rights "
        "institution with A status).",
        "Civil society",
        "Individual submissions:",
        "AI\tAmnesty International, London (United Kingdom);",
        "HRW\tHuman Rights Watch, New York (United States of America).",
        "Joint submissions:",
        "JS1\tJoint submission 1 submitted by: Org A; Org B;",
        "JS2\tJoint submission 2 submitted by: Org C; Org D, Astana (Kazakhstan);",
        "PTPR/JS3\tJoint submission 3 submitted by: Org E.",
        "National human rights institution:",
        "Ombudsman\tHuman Rights Ombudsman.",
        "Regional intergovernmental organization(s):",
        "CoE\tThe Council of Europe, Strasbourg (France)",
        "\tAttachments:",
        "\t(CoE-ACFC) Advisory Committee;",
        "\t(CoE-ECRI);",
        "OSCE/ODIHR\tOffice for Democratic Institutions and Human Rights, Warsaw (Poland).",
    ]
    cycle3 = stakeholder_list_note(people, 3).splitlines()
    assert cycle3[0].endswith("www.ohchr.org. (One asterisk denotes a national human rights institution with “A” status).")
    # the A-status institution is starred after its name, as the key says (A/HRC/WG.6/28/UKR/3 prints
    # "Ukrainian Parliament Commissioner for Human Rights*, Kyiv (Ukraine)."); cycle 2 has no key and no star
    starred = frozenset({"Ombudsman"})
    assert "Ombudsman\tHuman Rights Ombudsman*." in stakeholder_list_note(people, 4, starred=starred).splitlines()
    assert "Ombudsman\tHuman Rights Ombudsman." in stakeholder_list_note(people, 2, starred=starred).splitlines()
    jaffna = SummaryStakeholder(abbreviation="LSFJ", name="Law and Society Forum, Jaffna", location="Jaffna (Sri Lanka)")
    assert stakeholder_list_note([jaffna], 4).splitlines()[-1] == "LSFJ\tLaw and Society Forum, Jaffna (Sri Lanka)."
    # a coalition named with commas keeps its place (the Nepalese set gave it to the member in the same town)
    alliance = SummaryStakeholder(abbreviation="JS2", kind="joint", name="Madhesi, Tharu and Marginalised Communities Alliance",
                                  location="Janakpur (Nepal)", members=["Madhesi Human Rights Forum (MHRF), Janakpur",
                                                                        "Tharu Welfare Council (TWC), Dhangadhi"])
    assert stakeholder_list_note([alliance], 4).splitlines()[-1] == (
        "JS2\tJoint submission 2 submitted by: Madhesi, Tharu and Marginalised Communities Alliance, Janakpur (Nepal); "
        "Madhesi Human Rights Forum (MHRF), Janakpur; Tharu Welfare Council (TWC), Dhangadhi.")
    # (an officer's review of the Ghanaian draft) a last member with its town and country gets no place again, and a
    # name that is only the members joined is not listed as a member of its own
    wcadp = SummaryStakeholder(abbreviation="JS2", kind="joint", location="Montreuil (France)", members=[
        "World Coalition Against the Death Penalty (WCADP), Montreuil (France)", "Centre for Capital Defence Ghana (CCDG), Accra (Ghana)"])
    assert stakeholder_list_note([wcadp], 4).splitlines()[-1] == (
        "JS2\tJoint submission 2 submitted by: World Coalition Against the Death Penalty (WCADP), Montreuil (France); "
        "Centre for Capital Defence Ghana (CCDG), Accra (Ghana).")
    civicus = SummaryStakeholder(abbreviation="JS3", kind="joint", location="Johannesburg (South Africa)",
                                 name="CIVICUS: World Alliance for Citizen Participation and Ghana Civic Space Monitor",
                                 members=["CIVICUS: World Alliance for Citizen Participation, Johannesburg (South Africa)",
                                          "Ghana Civic Space Monitor (GCSM), Accra (Ghana)"])
    assert stakeholder_list_note([civicus], 4).splitlines()[-1] == (
        "JS3\tJoint submission 3 submitted by: CIVICUS: World Alliance for Citizen Participation, Johannesburg (South "
        "Africa); Ghana Civic Space Monitor (GCSM), Accra (Ghana).")
    bare = SummaryStakeholder(abbreviation="HRCSL", kind="nhri", location="Colombo (Sri Lanka)")
    assert stakeholder_list_note([bare], 4, starred=frozenset({"HRCSL"})).splitlines()[-1] == "HRCSL*\tColombo (Sri Lanka)."
    cycle1 = stakeholder_list_note(people, 1).splitlines()
    assert cycle1[1:3] == ["Civil society", "AI\tAmnesty International, London (United Kingdom);"]
    assert "National human rights institution" in cycle1 and "Regional Organizations" in cycle1
    assert "CoE-ECRI;" in cycle1  # cycle 1 lists the organs themselves


def test_draft_counts_a_regional_bodys_attachments_as_one_submission() -> None:
    from uprkit.summarize.example import example_folder, example_options

    s = draft_summary(example_folder(), example_options())
    assert s.submission_count == 12  # as A/HRC/WG.6/48/SVN/3 states: the eight CoE organs are attachments
    assert s.sections[0].paragraphs[0].sentences[1].text == "It is a summary of 12 stakeholders’ submissions"
    assert {st.parent for st in s.stakeholders if st.abbreviation.startswith("CoE-")} == {"CoE"}


def test_draft_without_manifest_guesses_and_says_so(tmp_path: Path) -> None:
    for name in ("AI.txt", "JS1.txt"):
        shutil.copy(SUBMISSIONS / name, tmp_path / name)
    s = draft_summary(tmp_path, DraftOptions(country="Kazakhstan", session=7))
    by = {x.abbreviation: x for x in s.stakeholders}
    assert by["JS1"].kind == "joint" and "kind" in by["JS1"].guessed
    assert by["JS1"].members[:2] == ["Kazakhstan International Bureau for Human Rights and the Rule of Law", "Charter for Human Rights"]
    assert "abbreviation" in by["AI"].guessed


def test_guess_stakeholder_reads_the_members_a_cover_note_names_and_the_notes_are_left_out() -> None:
    """ "Submitted by the Egyptian Coalition … (ECRC) and its 16 member organisations1" with a note at the
    cover's foot naming them (under a contact line, which ends no sentence): the members were "Egyptian
    Coalition for the Rights of the Child" alone and the note was drafted as findings; a note under a heading
    at a page's foot was drafted as a recommendation ("JS1 recommended that Egypt 2 Draft law …")."""
    from uprkit.summarize.stakeholder_guess import guess_stakeholder

    text = (
        "JOINT SUBMISSION\nSubmitted by the Egyptian Coalition for the Rights of the Child\n(ECRC) and its 16 member "
        "organisations1\nContact person: Dr. Samia El-Sherif, coordinator –\necrc.coordination@gmail.com\n1 The members "
        "of the Egyptian Coalition for the Rights of the Child are: Egyptian Coalition \nfor the Rights of the Child "
        "(ECRC), Cairo; Hope Village Society, Cairo; Association for the \nProtection of Children in Upper Egypt "
        "(APCUE), Sohag; El-\nNadeem Youth Centre, Assiut.\nPage 1 of 2\n\f\n1. A draft law criminalising child "
        "marriage, approved by the Cabinet\nin 2021, has not been adopted.2\nIV. Children deprived of their liberty\n"
        "2 Draft law on the prohibition of child marriage, approved by the Cabinet on 1 December \n2021.\nPage 2 of 2\n"
        "\f\n2. Children are held in police stations with adults.\n"
    )
    st = guess_stakeholder(Path("JointSubmission_ECRC_UPR48_Egypt.pdf"), _doc(text))
    assert st.members == ["Egyptian Coalition for the Rights of the Child (ECRC)", "Hope Village Society",
                          "Association for the Protection of Children in Upper Egypt (APCUE)", "El-Nadeem Youth Centre"]
    kept = [p.text for p in split_passages(_doc(text), file="X.pdf", stakeholder="JS1") if not is_boilerplate(p)]
    assert kept == ["A draft law criminalising child marriage, approved by the Cabinet in 2021, has not been adopted.",
                    "Children are held in police stations with adults."]


def test_guess_stakeholder_reads_a_joint_submissions_members_from_its_annex() -> None:
    """ "by the Bata Muna Coalition for Child Rights and its member organisations¹": the names are in the annex at
    the end (Filipino names with "sa"), which is left out of the draft with its wrapped title."""
    from uprkit.summarize.stakeholder_guess import guess_stakeholder

    text = (
        "JOINT SUBMISSION\nby the Bata Muna Coalition for Child Rights and its member organisations¹\nUniversal "
        "Periodic Review of the Philippines – 4th Cycle, 41st Session\n5. Child labour\n5.1 According to the "
        "Philippine Statistics Authority, 597,000 children aged 5 to 17 were\nengaged in child labour in 2020, most "
        "of them in agriculture. Children consulted in Negros\nOccidental told the coalition that they work on "
        "sugarcane plantations during the milling\nseason instead of going to school.\n5.2 The coalition recommends "
        "that the Philippines strengthen labour inspections in\nagriculture and provide cash transfers to families so "
        "that children can stay in school.\nAnnex – Member organisations of the Bata Muna Coalition \nendorsing this "
        "submission\n1. Bata Muna Coalition for Child Rights (BMC), Quezon City – convenor\n2. Kabataan Laban sa "
        "Pang-aabuso Foundation (KALAP), Cebu City\n3. Online Child Safety Philippines (OCSP), Makati City\n"
    )
    st = guess_stakeholder(Path("BataMuna_JointSubmission_UPR41_PHL.txt"), _doc(text))
    assert (st.kind, st.members) == (
        "joint",
        ["Bata Muna Coalition for Child Rights (BMC)", "Kabataan Laban sa Pang-aabuso Foundation (KALAP)",
         "Online Child Safety Philippines (OCSP)"],
    )
    passages = split_passages(_doc(text), file="X.txt", stakeholder="JS1")
    assert [p.text[:30] for p in passages if not is_boilerplate(p)] == [
        "According to the Philippine St", "Children consulted in Negros O", "The coalition recommends that ",
    ]


@pytest.mark.parametrize(
    ("abbr", "cover", "name"),
    [
        # a cover opening with the State's name: the name is where the text spells the abbreviation out
        ("AI", "KAZAKHSTAN\nAmnesty International Submission for the UN Universal Periodic Review\n\nIntroduction\n"
         "In it, Amnesty International evaluates …", "Amnesty International"),
        ("KIBHR", "Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR)\nSubmission to the UPR\n",
         "Kazakhstan International Bureau for Human Rights and Rule of Law"),
        ("HRW", "Human Rights Watch\nKazakhstan\nSubmission to the Universal Periodic Review\n", "Human Rights Watch"),
        # the cover's own name wins over a registered name spelled out further on
        ("ADF", "ADF International\nUniversal Periodic Review\n(registered name \"Alliance Defending Freedom\")",
         "ADF International"),
        ("XYZ", "KAZAKHSTAN\nSubmission to the Universal Periodic Review\n", None),
        # a joint submission mentioned in the text does not make this one joint
        ("AI", "Amnesty International\nSubmission to the UPR\n\nIn the joint submission by HRW and others to the last "
         "review, torture was raised.", "Amnesty International"),
    ],
)
def test_guess_stakeholder_names_the_submitter_not_the_state(tmp_path: Path, abbr: str, cover: str, name: str | None) -> None:
    from uprkit.summarize.stakeholder_guess import guess_stakeholder

    st = guess_stakeholder(tmp_path / f"{abbr}.txt", _doc(cover))
    assert st.abbreviation == abbr and st.kind == "ngo"
    assert st.name == name
    assert ("name" in st.guessed) == (name is not None)


def test_guess_stakeholder_regional_body_abbreviation_casing_and_short_self_names(tmp_path: Path) -> None:
    from uprkit.summarize.credits import _short_names
    from uprkit.summarize.stakeholder_guess import guess_stakeholder

    st = guess_stakeholder(tmp_path / "ACHPR_contribution.pdf", _doc("AFRICAN COMMISSION ON HUMAN AND PEOPLES' RIGHTS\n"))
    assert (st.abbreviation, st.kind, st.name) == ("ACHPR", "regional", "African Commission on Human and Peoples' Rights")
    st = guess_stakeholder(tmp_path / "nderw_upr_submission.txt", _doc("NIGER DELTA ENVIRONMENTAL RIGHTS WATCH (NDERW)\n"))
    assert (st.abbreviation, st.name) == ("NDERW", "Niger Delta Environmental Rights Watch")
    st = guess_stakeholder(tmp_path / "NHRC.pdf", _doc("National Human Rights Commission\n\nThis report was prepared by the "
                                                       "Commission on the basis of complaints received.\n"))
    assert st.name == "National Human Rights Commission"  # not "the Commission on the basis of complaints received"
    assert _short_names("National Human Rights Commission of Nigeria") == ("the Commission",)
    assert _short_names("African Commission on Human and Peoples' Rights") == ("the African Commission", "the Commission")


def test_guess_stakeholder_reads_a_coalitions_members() -> None:
    from uprkit.summarize.stakeholder_guess import member_list

    # the coalition first, then its members; not "24 other organizations", nor the word "members"
    assert member_list(
        "the Coalition of NGOs of Kazakhstan on the UPR: Kazakhstan International Bureau for Human Rights and Rule of "
        "Law, Legal Policy Research Centre, Feminist League, and 24 other organizations"
    ) == [
        "Coalition of NGOs of Kazakhstan on the UPR", "Kazakhstan International Bureau for Human Rights and Rule of Law",
        "Legal Policy Research Centre", "Feminist League",
    ]
    assert member_list("the Coalition for the Rights of Children (CRC-N): members Girl Child Forum; Lagos Legal Aid") == [
        "Coalition for the Rights of Children (CRC-N)", "Girl Child Forum", "Lagos Legal Aid"
    ]
    assert member_list("Freedom House; Human Rights Watch and Amnesty International") == [
        "Freedom House", "Human Rights Watch", "Amnesty International"
    ]
    assert member_list("ADF International, Ordo Iuris, and the Center for Family and Human Rights") == [
        "ADF International", "Ordo Iuris", "Center for Family and Human Rights"
    ]
    assert member_list("the Religious Freedom Forum Central Asia, Rainbow Central Asia and the Human Rights Defenders "
                       "Network of Uzbekistan") == [
        "Religious Freedom Forum Central Asia", "Rainbow Central Asia", "Human Rights Defenders Network of Uzbekistan"
    ]
    # a town after a member's abbreviation is its place (a review helper's Serbian set listed "Belgrade" and
    # "Kragujevac" as members)
    assert member_list("the Women's Safe House Network (WSHN), Belgrade, and the Autonomous Women's Centre Kragujevac "
                       "(AWCK), Kragujevac") == [
        "Women's Safe House Network (WSHN), Belgrade", "Autonomous Women's Centre Kragujevac (AWCK), Kragujevac"
    ]


@pytest.mark.parametrize(
    ("stem", "abbr"),
    [
        ("AI", "AI"), ("HRW_UPR_2009", "HRW"), ("CoE-ECRI", "CoE-ECRI"), ("CoE-Commissioner", "CoE-Commissioner"),
        ("LICA submission UPR Uzbekistan Oct 2017", "LICA"), ("CRM_UPR30_Uzbekistan_forced_labour", "CRM"),
        # not the paper's or the State's words ("UPR_Uzbek", "Ombudsman_Uzbek" before)
        ("UPR_Uzbekistan_Oydin_WomensRights", "Oydin"), ("Ombudsman_Uzbekistan_UPR30_information", "Ombudsman"),
        ("UZB_HRW_2017", "HRW"), ("Broken_Chalk", "Broken Chalk"),
        # a name of several words stays whole ("Human", "Freedom" before)
        ("Human_Rights_Watch_Kazakhstan", "Human Rights Watch"), ("Freedom_Now_Kazakhstan_UPR", "Freedom Now"),
        ("Article_19_UPR_2017", "Article 19"),
    ],
)
def test_guess_stakeholder_abbreviation_from_the_file_name(stem: str, abbr: str) -> None:
    from uprkit.summarize.stakeholder_guess import abbreviation_from_stem

    assert abbreviation_from_stem(stem) == abbr


def test_guess_stakeholder_numbers_joint_submissions_and_reads_a_wrapped_cover(tmp_path: Path) -> None:
    """A joint submission its file name does not number is the next free JS<n> ("Joint" before); its members are
    read from a cover line wrapped over three lines; an ombudsman's name in capitals is written in title case."""
    from uprkit.summarize.submissions import load_submissions

    (tmp_path / "JS1.txt").write_text("Joint submission 1\n\n1. Torture is widespread in all prisons.\n", encoding="utf-8")
    (tmp_path / "Joint-submission-UPR30-UZB-FoRB.txt").write_text(
        "Joint submission by the Religious Freedom Forum\nCentral Asia, Rainbow Central Asia and the\n"
        "Human Rights Defenders Network of Uzbekistan\nSubmission to the Universal Periodic Review of Uzbekistan\n\n"
        "1. Believers are fined for unregistered worship.\n",
        encoding="utf-8",
    )
    (tmp_path / "Ombudsman_Uzbekistan_UPR30_information.txt").write_text(
        "THE AUTHORIZED PERSON OF THE OLIY MAJLIS OF THE REPUBLIC OF UZBEKISTAN FOR\nHUMAN RIGHTS (OMBUDSMAN)\n\n"
        "1. The Ombudsman notes that complaints of torture have risen.\n",
        encoding="utf-8",
    )
    subs, skipped = load_submissions(tmp_path)
    assert not skipped
    by = {s.stakeholder.abbreviation: s.stakeholder for s in subs}
    assert set(by) == {"JS1", "JS2", "Ombudsman"}
    assert by["JS2"].kind == "joint" and by["JS2"].name == "Joint submission 2"
    assert by["JS2"].members == [
        "Religious Freedom Forum Central Asia", "Rainbow Central Asia", "Human Rights Defenders Network of Uzbekistan"
    ]
    assert by["Ombudsman"].name == "Authorized Person of the Oliy Majlis of the Republic of Uzbekistan for Human Rights"
    assert by["Ombudsman"].kind == "ngo"  # never guessed an NHRI: the command line says how to say so


def test_guess_stakeholder_keeps_a_joint_submissions_own_number_and_reads_names_from_the_cover(tmp_path: Path) -> None:
    """A review of a Kenyan set: "JS3_Coalition-on-Land.docx" with "JOINT SUBMISSION 3 (JS3)" on its cover was
    drafted as JS1 without its members; "Kalamu_Media_Defence_….txt" with "Kalamu Media Defence Network (KMDN)" was
    cited as "Kalamu Media Defence"; a regional council was named "Contribution of the … Council" and listed as
    civil society; a human rights and equality commission got no note on the NHRI section."""
    from uprkit.summarize.stakeholder_guess import looks_like_nhri
    from uprkit.summarize.submissions import load_submissions

    (tmp_path / "JS3_Coalition-on-Land.txt").write_text(
        "JOINT SUBMISSION 3 (JS3)\nCoalition on Land and Indigenous Peoples' Rights in Kenya (CLIPRK)\n"
        "Members of the Coalition: Mau Forest Indigenous Peoples' Network (MFIPN), Nakuru; Lake Bogoria Endorois "
        "Welfare Trust (LBEWT), Marigat.\n\n1. Evictions continue in the Mau Forest.\n", encoding="utf-8")
    (tmp_path / "Coalition_on_Children_UPR49.txt").write_text(
        "Joint submission by the Children's Rights Forum, Mtoto Watch and Haki Elimu\n\n1. Schools are closed.\n",
        encoding="utf-8")
    (tmp_path / "Kalamu_Media_Defence_UPR49_Kenya.txt").write_text(
        "KALAMU MEDIA DEFENCE NETWORK (KMDN)\nStakeholder submission\n\n1. Kalamu Media Defence Network (KMDN) "
        "recorded 412 attacks on journalists.\n", encoding="utf-8")
    (tmp_path / "HEARC_Contribution_UPR49_Kenya.txt").write_text(
        "Secretariat – Arusha\nContribution of the Horn and East Africa Regional Human Rights Council (HEARC)\n"
        "to the fourth Universal Periodic Review of Kenya\n\n1. Kenya has not complied with the Council's decisions.\n",
        encoding="utf-8")
    (tmp_path / "KHREC_UPR49_Kenya.txt").write_text(
        "KENYA HUMAN RIGHTS AND EQUALITY COMMISSION (KHREC)\n\n1. Torture in police custody remains common.\n",
        encoding="utf-8")
    subs, skipped = load_submissions(tmp_path)
    assert not skipped
    by = {s.stakeholder.abbreviation: s.stakeholder for s in subs}
    assert set(by) == {"JS1", "JS3", "KMDN", "HEARC", "KHREC"}  # the unnumbered joint submission takes a free number
    assert by["JS3"].members == [
        "Coalition on Land and Indigenous Peoples' Rights in Kenya (CLIPRK)", "Mau Forest Indigenous Peoples' Network (MFIPN)",
        "Lake Bogoria Endorois Welfare Trust (LBEWT)",
    ]
    assert by["KMDN"].name == "Kalamu Media Defence Network"
    assert (by["HEARC"].name, by["HEARC"].kind) == ("Horn and East Africa Regional Human Rights Council", "regional")
    assert looks_like_nhri(by["KHREC"]) and by["KHREC"].kind == "ngo"


def test_verify_catches_words_the_stakeholder_did_not_write(draft: Summary) -> None:
    tampered = draft.model_copy(deep=True)
    sentence = next(s for s in tampered.iter_sentences() if s.stakeholders == ["FH"])
    sentence.text = sentence.text.replace("free and fair", "free, fair and peaceful")
    result = verify_summary(tampered, _texts())
    assert len(result.failures) == 1
    assert result.failures[0].stakeholder == "FH" and "peaceful" in result.failures[0].problem


def test_verify_catches_a_span_that_is_not_in_the_submission(draft: Summary) -> None:
    tampered = draft.model_copy(deep=True)
    sentence = next(s for s in tampered.iter_sentences() if s.stakeholders == ["FH"])
    sentence.sources[0].start += 7
    assert "does not hold the recorded words" in verify_summary(tampered, _texts()).failures[0].problem


def test_draft_keeps_however_only_after_what_it_contrasts_with(tmp_path: Path) -> None:
    """ "However, in practice, …" after the stakeholder's own sentence before it, under the same heading: "noted,
    however, that …"; placed under another heading, away from it, the draft leaves "however" out."""
    from uprkit.summarize.outline_placement import OutlinePlacement

    class ByKeyword(OutlinePlacement):
        def classify(self, texts: list[str], cycle: int, groups: object = None) -> list[tuple[str, float]]:
            return [("fundamental-freedoms" if "journalist" in t else "right-to-life-liberty-security", 1.0) for t in texts]

    (tmp_path / "JS1.txt").write_text(
        "1. The Government should close all unofficial places of detention.\n"
        "However, in practice, detainees are held for weeks without access to a lawyer.\n\n"
        "2. The Government should decriminalize defamation.\n"
        "However, in practice, journalists are prosecuted for reporting on corruption.\n",
        encoding="utf-8",
    )
    placement = ByKeyword(OutlinePlacement.load().classifier)
    s = draft_summary(tmp_path, DraftOptions(country="Kazakhstan", session=20, placement=placement))
    texts = [x.text for x in s.iter_sentences() if x.stakeholders]
    assert "JS1 noted, however, that in practice, detainees were held for weeks without access to a lawyer." in texts
    assert "JS1 noted that in practice, journalists were prosecuted for reporting on corruption." in texts


def test_draft_from_realistic_pdf_docx_and_text_submissions_has_none_of_the_defects_a_review_found() -> None:
    """uprkit/examples/submissions-uzb30: six made-up submissions written to read like real ones (DOCX with Word
    footnotes, PDFs with footnotes, running headers and page numbers, a joint submission, an ombudsman's text; no
    manifest). A review of the draft found the defects checked here; each had a fix of its own."""
    s = draft_summary(UZB_EXAMPLE, DraftOptions(country="UZB", session=30, limit_words=None))
    assert {st.abbreviation for st in s.stakeholders} == {"CRM", "LICA", "MFWCA", "Ombudsman", "Oydin", "JS1"}
    js1 = next(st for st in s.stakeholders if st.abbreviation == "JS1")
    assert js1.kind == "joint" and js1.members == [
        "Religious Freedom Forum Central Asia", "Rainbow Central Asia", "Human Rights Defenders Network of Uzbekistan"
    ]
    texts = [x.text for x in s.iter_sentences() if x.stakeholders]
    joined = "\n".join(texts)
    for leak in ("UPR submission:", "Page 1 of", "Interview,", "No. ZRU-78", "THE AUTHORIZED"):
        assert leak not in joined, leak  # footnotes, running headers and the cover's title are no statements
    for wrong in ("noted that (", "its father", "26year", "noted that transfer", "noted that immediately",
                  "noted that Simplify", "LGBT persons; ", "it, the undersigned", "against their would"):
        assert wrong not in joined, wrong
    blogger = next(x for x in s.iter_sentences() if "A blogger whose site" in x.text)
    assert "dignity of citizens”" in blogger.text  # the sentence reads on over the page break
    assert s.endnotes[blogger.endnote - 1].text == "MFWCA, para. 2."
    items = [x for x in s.iter_sentences() if x.stakeholders == ["Oydin"] and "ratify the Convention on the Rights" in x.text]
    assert items and all(s.endnotes[x.endnote - 1].text == "Oydin, para. 15." for x in items)
    texts_by_file = {p.name: read_document(p).text for p in (UZB_EXAMPLE).iterdir() if p.name != "README.txt"}
    assert verify_summary(s, texts_by_file).faithfulness == 1.0


def test_draft_from_realistic_submissions_leaves_out_what_the_second_review_found() -> None:
    """A second reading of the same draft (2026-12-05, fifth session): the submitters' introductions under
    "Introduction", "About us and methodology" and "I. The submitting organisations" (whose headings, after a
    cover line without a full stop, were read into the text, and whose first paragraph lost its number), an
    ombudsman's account of its own founding, a fact drafted as a recommendation ("… cannot be challenged"), a
    sub-heading read into a quotation's paragraph, "it notes the cooperation", "Ombudsman noted" without its
    article, and a recommendation said twice in other words."""
    s = draft_summary(UZB_EXAMPLE, DraftOptions(country="UZB", session=30, limit_words=None))
    joined = "\n".join(x.text for x in s.iter_sentences() if x.stakeholders)
    for leak in ("It draws on 48 cases", "it draws on 48 cases", "was established in 1995", "brings together 23",
                 "it was based on cases", "it documents forced", "The table below", "the present information"):
        assert leak not in joined, leak
    for wrong in ("recommended that the Committee’s expert analyses", "Prisoners convicted of religious “extremism”.",
                  "it notes the cooperation", "it was of the view", "LICA notes that"):
        assert wrong not in joined, wrong
    assert not any(x.text.startswith("Ombudsman ") for x in s.iter_sentences())  # "The Ombudsman noted …"
    assert "The Ombudsman noted the cooperation of the Government with the International Labour Organization" in joined
    assert "LICA noted that this recommendation had not been implemented" in joined
    assert "A blogger from Andijan told MFWCA:" in joined  # "told us": the summaries name the stakeholder
    assert sum("investigate all allegations of forced sterilisation" in x.text for x in s.iter_sentences()) == 1
    first = next(x for x in s.iter_sentences() if "Since the amendments of 2014" in x.text or "since the amendments of 2014" in x.text)
    assert s.endnotes[first.endnote - 1].text == "Ombudsman, para. 2."
    texts_by_file = {p.name: read_document(p).text for p in (UZB_EXAMPLE).iterdir() if p.name != "README.txt"}
    assert verify_summary(s, texts_by_file).faithfulness == 1.0


def test_draft_of_the_bangladesh_set_has_none_of_the_defects_its_review_found() -> None:
    """tests/data/submissions_bgd: six more made-up submissions in other layouts (see its README.txt). A review of
    their draft found footnotes LibreOffice prints without a space ("7HTLRC field mapping …") drafted as
    statements, a sentence cut at a page break before "8,400 acres", the NHRC named "Bangladesh" (and
    "Bangladesh has …" reported as "it had …"), "(BHRD) (BHRD)", "(snf)", a joint submission's members misread,
    a list under "The Commission recommends that:" drafted as facts, a signature read as a recommendation and
    a table of contents' line drafted."""
    folder = DATA / "submissions_bgd"
    s = draft_summary(folder, DraftOptions(country="BGD", session=44, limit_words=None))
    names = {st.abbreviation: st for st in s.stakeholders}
    assert set(names) == {"BHRD", "CRPSA", "MS", "NHRC", "SNF", "JS1"}
    assert names["NHRC"].name == "National Human Rights Commission, Bangladesh"
    assert names["BHRD"].name == "Bangladesh Human Rights Defence" and names["SNF"].name == "Shramik Nirapotta Forum"
    assert names["MS"].name == "Manabadhikar Sangstha"
    assert names["JS1"].members == [
        "Jumma Peoples’ Rights Network (JPRN)", "Hill Tracts Land Rights Coalition (HTLRC)",
        "Asia Indigenous Advocacy Centre (AIAC)",
    ]
    joined = "\n".join(x.text for x in s.iter_sentences() if x.stakeholders)
    for wrong in ("HTLRC field mapping", "A/HRC/39/12, paras.", "Life was Not Ours", "Savar, Dhaka", "........",
                  "(BHRD) (BHRD)", "it had one of the highest", "that: •"):
        assert wrong not in joined, wrong
    assert not any(x.text.startswith("Bangladesh (NHRC)") for x in s.iter_sentences())
    assert "National Human Rights Commission, Bangladesh (NHRC)" in joined
    assert "JPRN recorded the acquisition or occupation of at least 8,400 acres" in joined
    assert "NHRC recommended that all relocations to Bhasan Char remain voluntary" in joined
    # a web page's list items under "We urge the Government of Bangladesh to:" (each an <li>) share its lead-in
    assert "CRPSA urged the Government of Bangladesh to adopt a programme to prevent child marriage" in joined
    # a list without bullets under "The co-submitting organisations recommend that the Government of Bangladesh:"
    # (the submitter's own lead-in, whose addressee its items take, as after "We recommend that …:")
    assert "JS1 recommended that the Government of Bangladesh hold elections to the three hill district councils" in joined
    # a numbered title of eight words that ends short of the line's width ("4. Violence, impunity and the situation
    # of indigenous women" / "Indigenous human rights defenders …") ran into the sentence after it
    assert "indigenous women Indigenous" not in joined
    assert "JS1 noted that indigenous human rights defenders in the CHT face arbitrary arrest" in joined
    texts = {p.name: read_document(p).text for p in folder.iterdir() if p.name != "README.txt"}
    assert verify_summary(s, texts).faithfulness == 1.0


def test_draft_of_the_kenya_set_has_none_of_the_defects_its_review_found() -> None:
    """tests/data/submissions_ken (see its README.txt). A review of their draft found facts drafted as
    recommendations ("recommended that Kenya draft legislation … remains pending", "… support for survivors … is
    uneven", "… monitor groups documented …", "… Kenya donors supporting conservation …"), testimonies drafted as
    the stakeholder's words, one-line lists drafted as "noted that the Government should: (a) …", JS3 renamed
    JS1, "Kalamu Media Defence" and "Contribution of the … Council" as names, cover lines and a regional
    council's description of itself drafted, a PDF table's cells drafted and "(Cap." cut."""
    folder = DATA / "submissions_ken"
    s = draft_summary(folder, DraftOptions(country="KEN", session=49, limit_words=None))
    names = {st.abbreviation: st for st in s.stakeholders}
    assert set(names) == {"HEARC", "JS3", "KHREC", "KMDN", "MJC", "TMRN"}
    assert (names["HEARC"].name, names["HEARC"].kind) == ("Horn and East Africa Regional Human Rights Council", "regional")
    assert names["KMDN"].name == "Kalamu Media Defence Network"
    assert names["JS3"].members[0] == "Coalition on Land and Indigenous Peoples' Rights in Kenya (CLIPRK)"
    joined = "\n".join(x.text for x in s.iter_sentences() if x.stakeholders)
    for wrong in ("recommended that Kenya draft", "recommended that Kenya support", "recommended that Kenya monitor",
                  "recommended that Kenya donors", "recommended that Kenya buyers", "should: (a)", "noted that “",
                  "(Interview", "Former detainee", "Contact", "Members of the Coalition", "Attachments",
                  "is the human rights body", "boda boda rider", "Abdi Farah and 22 others v. Kenya Forced",
                  "(Cap.[", "that Media reports suggest", "Attorney- General", "Independent Constitutional Commission"):
        assert wrong not in joined, wrong
    assert not any(x.text.startswith("Coalition on Land") for x in s.iter_sentences())
    assert "recommended that donors supporting conservation in Kenya make their funding conditional" in joined
    assert "HEARC also invited the international community to share responsibility for refugees" in joined
    # its lettered list on one line is drafted item by item (each under its own heading, and comparable with the
    # others' points), since a review of the Cambodian set found items on other matters filed under the first's
    assert "KMDN recommended that the Government repeal sections 22 and 23 of the Computer Misuse and Cybercrimes Act, 2018." in joined
    assert "KMDN recommended that the Government amend the Public Order Act to remove the requirement" in joined
    assert "noted that draft legislation on the independent inspection of prisons remained pending" in joined
    texts = {p.name: read_document(p).text for p in folder.iterdir() if p.name != "README.txt"}
    assert verify_summary(s, texts).faithfulness == 1.0


def test_word_paragraphs_are_blocks_of_their_own_and_a_heading_may_follow_a_cover_line() -> None:
    from uprkit.summarize.blocks import blocks

    text = ("Submission to the Universal Periodic Review\nContact: www.example.org\nIntroduction\n"
            "1.\tThe Centre is a non-governmental organisation.\n2.\tTorture remains widespread.\n")
    found = [(text[a:b], n, h) for a, b, n, h, _ in blocks(text, notes=set(), paragraph_lines=True)]
    assert ("Introduction", None, True) in found
    assert found[-2][1:] == ("1", False) and found[-1][1:] == ("2", False)
    # a PDF's text: the heading before paragraph 1 follows the cover's date, which ends in no full stop
    pdf = "2 October 2017\nI. The submitting organisations\n1. The Forum is a network based in\nAlmaty.\n"
    found = [(pdf[a:b], n, h) for a, b, n, h, _ in blocks(pdf, notes=set())]
    assert ("I. The submitting organisations", None, True) in found and found[-1][1] == "1"
    # a sub-heading after a quotation's closing mark and its note
    quote = "6. A man told us: “The judge did not even open it.”3\nPrisoners convicted of religious “extremism”\n7. Most were convicted.\n"
    found = [(quote[a:b], n, h) for a, b, n, h, _ in blocks(quote, notes=set())]
    assert ("Prisoners convicted of religious “extremism”", None, True) in found


@pytest.mark.parametrize(
    ("lines", "heading"),
    [
        ("2.2 National Action Plan for the Promotion and Protection of Human\nRights\nThe Commission welcomes it.\n", True),
        ("4. THE HUMAN RIGHTS SITUATION ON THE GROUND\nTorture and other ill-treatment by the police\n", True),
        ("3.1 Complaints received by the Commission\nIn 2022, the Commission received 1,284,391 complaints.\n", True),
        ("9. According to the Ministry for the Development of Information\nTechnologies and Communications, Uzbekistan had 14.7 million users.\n", False),
    ],
)
def test_numbered_headings_long_titled_or_in_capitals(lines: str, heading: bool) -> None:
    from uprkit.summarize.blocks import blocks

    first = blocks("8. Before.\n" + lines, notes=set())[1]
    assert first[3] is heading and (first[2] is None) is heading


@pytest.mark.parametrize(
    ("document", "shown"),
    [
        ("Torture and other ill-\ntreatment persist. He was ill. The treatment was poor.", "Torture and other ill-treatment persist."),
        ("The ill-treatment of detainees. Torture and other ill-\ntreatment persist.", "Torture and other ill-treatment persist."),
        ("18.5 million out-of-\nschool children.", "18.5 million out-of-school children."),
        ("the editor-in-\nchief of Mada Masr", "the editor-in-chief of Mada Masr"),  # was "editor-inchief"
        ("He was interro-\ngated for two days.", "He was interrogated for two days."),
        ("Its man-\ndate is broad.", "Its mandate is broad."),
        ("It was un-\nable to act.", "It was unable to act."),
        # a count and its unit (the Nepalese set: "remove the sixmonth limitation period")
        ("Remove the six-\nmonth limitation period.", "Remove the six-month limitation period."),
        ("The ten-\nsion rose.", "The tension rose."),
        ("The Govern-\nment said so. The Government is ill. A ment.", "The Government said so."),
    ],
)
def test_a_line_end_hyphen_breaks_a_word_unless_the_document_shows_a_compound(document: str, shown: str) -> None:
    from uprkit.summarize.sentences import display_text, document_vocabulary

    first = re.split(r"(?<=\.) ", document.replace("-\n", "-\0"))
    sentence = next(x for x in first if "\0" in x).replace("\0", "\n")
    assert display_text(sentence, document_vocabulary(document)) == shown


def test_verify_accepts_a_word_joined_at_a_line_end_hyphen() -> None:
    from uprkit.summarize.verify import content_stems, stem

    assert stem("government") in content_stems("the Govern-\nment said")


@pytest.mark.parametrize(
    ("text", "boilerplate"),
    [
        ("The institution of the Authorized Person for Human Rights (Ombudsman) was established in 1995.", True),
        ("We are a network of 34 civil society organisations working in 19 states.", True),
        ("We are an ecumenical fellowship of churches, founded in Kaduna in 1987.", True),
        ("The present information was prepared on the basis of complaints of citizens.", True),
        ("The table below summarises the incidents recorded.", True),
        ("Joint Submission by the Coalition for the Rights of Women and Children (CRWCN): members A, B and C.", True),
        ("“Let justice roll down like waters, and righteousness like an ever-flowing stream.” (Amos 5:24)", True),
        ("The National Preventive Mechanism was established in 2014.", False),
        ("We support the recommendation of Denmark to ratify the OP-CAT.", False),
        ("This information was not made public.", False),
        # found by the review of the change: substantive sentences the first version dropped
        ("At least 45 activists remain in arbitrary detention (see Annex 1).", False),
        ("As the table below shows, executions rose from 3 in 2019 to 18 in 2022.", False),
        ("Joint Submission by 14 organisations to the African Commission was ignored.", False),
        ("This information was drawn from court records showing that 200 journalists were prosecuted in 2022.", False),
        ("We document that at least 45 detainees died in custody in 2022.", False),
        ("We represent the families of 12 men killed by police; no officer has been charged.", False),
        ("We are a minority of 2 million people who are denied citizenship.", False),
        ("The Ombudsman was established in 1995, but its budget was cut by 40 per cent in 2022.", False),
        ("2. Enforced disappearances ............................................. 2", True),
        ("-- Shramik Nirapotta Forum, Savar, Dhaka.", True),
        ("Migrant workers' contribution to the economy of Kazakhstan is not recognised in law.", False),
        ("(The Ministry of Internal Affairs did not reply to our request for data.)", False),
        ("Contribution to the fourth Universal Periodic Review of Nigeria, Banjul, 10 July 2023", True),
        # a review of a Kenyan set: cover lines, a regional body's and an NHRI's description of itself
        ("Contact person: Ms. Chepkoech Langat, Coordinator, CLIPRK, P.O. Box 4417-20100, Nakuru.", True),
        ("Members of the Coalition: Mau Forest Indigenous Peoples' Network (MFIPN), Nakuru.", True),
        ("Attachments: (1) Concluding observations HEARC/CO/KEN/3 (May 2022).", True),
        ("This contribution summarises the Council's findings and decisions concerning Kenya.", True),
        ("The Horn and East Africa Regional Human Rights Council (HEARC) is the human rights body of the region.", True),
        ("The Commission's mandate is to promote and protect human rights and equality.", True),
        ("The Commission received 11,482 complaints between 2020 and 2024.", False),
        ("Members of parliament voted against the bill.", False),
        # a review of a Guatemalan set: thanks by name, an annex pointer, a web page's footer and address
        ("CCJPNN thanks the communities of Río Sauce for their testimonies.", True),
        ("The recommendations of CNW are summarised in the Annex.", True),
        ("© 2024 Red de Apoyo al Retorno (RSN-G).", True),
        ("5a avenida 3-45, zona 1, Guatemala City.", True),
        # a review of a Philippine set: the paper named as a time is no sentence about the paper
        ("Since this submission was drafted, one of the three teachers was released on bail.", False),
        ("This submission was drafted by the Lumad Education Network.", True),
        # a plea to the Working Group to take note stays: OHCHR drafts it ("It hoped that the Working Group will raise
        # the issue during the review in 2019 and will note with concern the legality of corporal punishment of
        # children in Afghanistan", A/HRC/WG.6/32/AFG/3, para. 38), though an officer's review called it no finding
        ("We hope the Working Group will note with concern the legality of corporal punishment of children in Ghana.", False),
    ],
)
def test_self_description_methodology_and_cover_lines_are_boilerplate(text: str, boilerplate: bool) -> None:
    from uprkit.summarize.passages import Passage

    p = Passage(file="x.txt", stakeholder="X", start=0, end=len(text), text=text, page=None, end_page=None,
                paragraph=None, heading=None)
    names = ("Ombudsman", "Authorized Person for Human Rights", "CCJPNN", "Horn and East Africa Regional Human Rights Council",
             "HEARC", "the Council", "the Commission")
    assert is_boilerplate(p, names) is boilerplate


def test_a_regional_body_is_the_council_of_its_own_text_and_its_numbered_recommendations_are_items() -> None:
    """A regional human rights council's contribution, as a review found it drafted: "HEARC noted that the Council
    also invites the international community to …", "the Council makes the following recommendations …: R1.",
    "HEARC recommended that Kenya repeal and replace the Public Order Act (Cap." and "HEARC noted that with a law
    that …", and the paragraph on what it is and what this contribution does."""
    from uprkit.summarize.credits import _short_names

    names = ("Horn and East Africa Regional Human Rights Council", "HEARC",
             *_short_names("Horn and East Africa Regional Human Rights Council", regional=True))
    assert "the Council" in names and "the Council" not in _short_names("Horn and East Africa Regional Human Rights Council")
    doc = _doc(
        "1. The Horn and East Africa Regional Human Rights Council (HEARC) is the human rights body of the region. "
        "Its eleven members are independent experts.\n"
        "2. This report was prepared by the Secretariat. It assesses the decisions concerning Kenya.\n"
        "3. The Council welcomes the Refugees Act, 2021 but notes that refugees still require a movement pass.\n"
        "4. In light of the above, the Council makes the following recommendations to the Republic of Kenya:\n"
        "R1. Repeal and replace the Public Order Act (Cap. 56) with a law that complies with regional standards.\n"
        "R2. Abolish the requirement for refugees to hold movement passes.\n"
        "The Council also invites the international community to share responsibility for refugees.\n"
    )
    points = points_of(split_passages(doc, file="X.txt", stakeholder="HEARC"), stakeholder_order=0, state="Kenya",
                       state_names=("Republic of Kenya",), self_names=names)
    assert [p.reported.sentence("HEARC") for p in points] == [
        "HEARC welcomed the Refugees Act, 2021 but noted that refugees still required a movement pass.",
        "HEARC recommended that the Republic of Kenya repeal and replace the Public Order Act (Cap. 56) with a law that "
        "complies with regional standards.",
        "HEARC recommended that the Republic of Kenya abolish the requirement for refugees to hold movement passes.",
        "HEARC also invited the international community to share responsibility for refugees.",
    ]


@pytest.mark.parametrize(
    "heading", ["About us and methodology", "I. The submitting organisations", "Introduction, sources and methods", "Who we are",
                "About the Returnee Support Network", "About Media Freedom Watch Central Asia"]
)
def test_headings_about_the_submitter_are_skipped(heading: str) -> None:
    from uprkit.summarize.candidates import _SKIP_HEADING
    from uprkit.summarize.heading_lines import is_heading_line

    assert _SKIP_HEADING.search(heading) and is_heading_line(heading)


@pytest.mark.parametrize(
    ("text", "predicate", "act"),
    [
        ("The Ombudsman notes the cooperation of the Government with the ILO.", "noted the cooperation of the Government with the ILO.", "observation"),
        ("The Ombudsman acknowledges the progress made in 2017.", "acknowledged the progress made in 2017.", "positive"),
        ("We stress the need for an independent body.", "stressed the need for an independent body.", "observation"),
        ("The Ombudsman is of the view that the procedure should be simplified.", "considered that the procedure should be simplified.", "observation"),
        ("The Committee’s expert analyses are not published and cannot be challenged.",
         "noted that the Committee’s expert analyses were not published and could not be challenged.", "observation"),
        ("All detainees be given access to a lawyer.", "recommended that all detainees be given access to a lawyer.", "recommendation"),
        # a nominal dated in the past is done, not asked for ("recommended the adoption of the Code … in 2019" before)
        ("The adoption of the Code on the Rights of the Child in 2019, which prohibited corporal punishment.",
         "noted the adoption of the Code on the Rights of the Child in 2019, which prohibited corporal punishment.", "observation"),
        ("The adoption of a law on torture, as recommended in 2015.",
         "recommended the adoption of a law on torture, as recommended in 2015.", "recommendation"),
    ],
)
def test_reporting_verbs_with_an_object_and_facts_that_are_no_recommendations(text: str, predicate: str, act: str) -> None:
    r = report(text, state="Uzbekistan", self_names=("Ombudsman",))
    assert r is not None and (r.predicate, r.act) == (predicate, act)


def test_the_submitter_named_inside_a_sentence_speaks_in_the_past_and_an_office_has_its_article() -> None:
    from uprkit.summarize.credits import in_text_name
    from uprkit.summarize.person import own_verbs_past

    assert own_verbs_past("It was supported; LICA notes that it has not been implemented.", ("LICA",)) == (
        "It was supported; LICA noted that it has not been implemented."
    )
    assert own_verbs_past("However, the Ombudsman observes that …", ("Ombudsman",)) == "However, the Ombudsman observed that …"
    assert in_text_name("Ombudsman", None) == "the Ombudsman" and in_text_name("LICA", None) == "LICA"


def test_a_stakeholders_recommendation_reworded_in_its_list_is_drafted_once(tmp_path: Path) -> None:
    s, _ = _draft_files(tmp_path, Oydin=(
        "10. The authorities should investigate all allegations of forced sterilisation, provide redress to victims "
        "and end the use of contraception targets in health facilities.\n\n"
        "11. The authorities should ratify the Optional Protocol to the Convention against Torture.\n\n"
        "15. We urge the Government to:\n1) investigate all allegations of forced sterilisation, provide remedies to "
        "victims and end the use of targets for contraception;\n"
        "2) ratify the Optional Protocol to the Convention on the Rights of Persons with Disabilities.\n"
    ))
    texts = [x.text for x in s.iter_sentences() if x.stakeholders]
    assert sum("forced sterilisation" in t for t in texts) == 1
    assert any("Convention against Torture" in t for t in texts) and any("Persons with Disabilities" in t for t in texts)
    # a rewording for other people, or with a figure or another action of its own, is another point
    other = tmp_path / "other"
    other.mkdir()
    s, _ = _draft_files(other, DRI=(
        "2. The Government should guarantee access to justice, legal aid and accessible courts for women with "
        "disabilities in all regions.\n\n"
        "3. We urge the Government to:\n1) guarantee access to justice, legal aid and accessible courts for children "
        "with disabilities in all regions;\n2) repeal sections 24 and 38 of the Cybercrimes Act.\n"
    ))
    texts = [x.text for x in s.iter_sentences() if x.stakeholders]
    assert any("women with disabilities" in t for t in texts) and any("children with disabilities" in t for t in texts)


def test_a_paragraph_after_the_submitter_says_what_it_is_is_about_it_but_not_after_its_founding() -> None:

    def drafted(text: str, names: tuple[str, ...]) -> list[str]:
        doc = _doc(text)
        found = points_of(split_passages(doc, file="X.txt", stakeholder="X"), stakeholder_order=0, state="Nigeria",
                          self_names=names)
        return [p.reported.predicate for p in found]

    assert drafted(
        "1. Cotton Rights Monitor (CRM) is an independent network of monitors. We document forced labour in the "
        "cotton sector. Forced labour remains widespread.\n", ("CRM", "Cotton Rights Monitor"),
    ) == ["noted that forced labour remained widespread."]
    # a national human rights institution's founding is left out, what it says of its budget after it is not
    out = drafted(
        "1. The National Human Rights Commission was established in 1995 by the NHRC Act. Its budget was cut by 40 "
        "per cent in 2022. The Commission has received 1.2 million complaints since 2019.\n",
        ("NHRC", "National Human Rights Commission", "Commission"),
    )
    assert len(out) == 1 and out[0].startswith("noted that its budget was cut") and "established" not in " ".join(out)


@pytest.mark.parametrize(
    ("text", "predicate", "act"),
    [
        ("Persons who have been detained without trial be released.",
         "recommended that persons who have been detained without trial be released.", "recommendation"),
        ("Analyses that are not published cannot be challenged.",
         "noted that analyses that were not published could not be challenged.", "observation"),
        ("We note with concern the lack of progress.", "noted with concern the lack of progress.", "concern"),
        ("We note, however, that the plan was not implemented.", "noted that the plan was not implemented.", "observation"),
        ("Odhikar documents that 45 detainees died in custody.", "documented that 45 detainees died in custody.", "observation"),
    ],
)
def test_subjunctive_recommendations_with_a_relative_clause(text: str, predicate: str, act: str) -> None:
    r = report(text, state="Nigeria", self_names=("Odhikar",))
    assert r is not None and (r.predicate, r.act) == (predicate, act)


def test_own_verbs_past_leaves_nouns_alone() -> None:
    from uprkit.summarize.person import own_verbs_past

    text = "According to LICA estimates, 2,000 people fled. The Ministry dismissed the LICA notes as forgeries."
    assert own_verbs_past(text, ("LICA",)) == text
    assert own_verbs_past("Amnesty International considers him a prisoner of conscience.", ("Amnesty International",)) == (
        "Amnesty International considered him a prisoner of conscience."
    )
    assert own_verbs_past("The Commission notes, however, that most states have not acted.", ("Commission",)) == (
        "The Commission noted, however, that most states have not acted."
    )


def test_a_manual_line_break_in_a_word_paragraph_does_not_end_it(tmp_path: Path) -> None:
    from docx import Document as NewDocument
    from docx.enum.text import WD_BREAK

    d = NewDocument()
    p = d.add_paragraph("1. The Government continues to detain journalists under the Law on Extremism, and the")
    p.add_run().add_break(WD_BREAK.LINE)
    p.add_run("Ministry of Interior has refused to disclose their whereabouts.")
    path = tmp_path / "FOJ.docx"
    d.save(str(path))
    passages = split_passages(read_document(path), file="FOJ.docx", stakeholder="FOJ")
    assert [x.text for x in passages] == [
        "The Government continues to detain journalists under the Law on Extremism, and the Ministry of Interior has "
        "refused to disclose their whereabouts."
    ]


def test_a_word_tables_rows_are_no_statements(tmp_path: Path) -> None:
    from docx import Document as NewDocument

    d = NewDocument()
    d.add_paragraph("1. Torture remains widespread in police custody.")
    table = d.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, [("Year", "Cases reported", "Outcome"),
                                        ("2020", "150 cases of torture were reported to the Prosecutor",
                                         "None of the perpetrators were convicted.")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    d.add_paragraph("2. No officer has been convicted since 2015.")
    path = tmp_path / "FOJ.docx"
    d.save(str(path))
    passages = split_passages(read_document(path), file="FOJ.docx", stakeholder="FOJ")
    assert [x.text for x in passages] == [
        "Torture remains widespread in police custody.", "No officer has been convicted since 2015."
    ]


def test_verify_reads_a_span_over_a_page_break_without_the_footnotes_the_drafter_left_out() -> None:
    from uprkit.summarize.verify import cited_text

    text = ("1. The Commission received no reply.1 Between 2019 and 2022, JPRN recorded the acquisition of at least\n"
            "1Interviews were not recorded; names are withheld.\n\f\n8,400 acres of land.\n")
    passages = split_passages(_doc(text), file="JS1.txt", stakeholder="JS1")
    assert [p.text for p in passages][-1] == "Between 2019 and 2022, JPRN recorded the acquisition of at least 8,400 acres of land."
    cited = cited_text(text, passages[-1].start, passages[-1].end)
    assert "Interviews" not in cited and "8,400 acres" in cited


def test_a_lead_in_saying_something_and_its_lettered_items_are_one_sentence() -> None:
    text = ("6.\tTorture remains widespread.\n7.\tEnforced disappearances are used in particular against:\n"
            "(a)\topposition political activists, especially before elections;\n"
            "(b)\thuman rights defenders and journalists; and\n(c)\tfamily members of exiled critics.\n"
            "8.\tWe urge the Government to:\n(a)\tratify the ICPPED; and\n(b)\tdisband the Rapid Action Battalion.\n")
    passages = split_passages(_doc(text), file="X.txt", stakeholder="X")
    assert [p.text for p in passages][1:] == [
        "Enforced disappearances are used in particular against: opposition political activists, especially before "
        "elections; human rights defenders and journalists; and family members of exiled critics.",
        "We urge the Government to:", "ratify the ICPPED; and", "disband the Rapid Action Battalion.",
    ]
    assert passages[1].paragraph == "7" and passages[1].end == text.index("critics.") + len("critics.")
    r = report(passages[3].text, state="Bangladesh", lead=passages[3].lead, recommendation_context=True)
    assert r is not None and r.predicate == "urged the Government to ratify the ICPPED."  # not "ICPPED; and." nor ";."


def test_second_review_regressions_in_passages() -> None:
    """Cases a review of the session's second batch of changes found (each had worked before it)."""
    def texts(text: str) -> list[str]:
        return [p.text for p in split_passages(_doc(text), file="X.txt", stakeholder="X")]

    # a number glued to capitals in the running text is a note only among the page's notes
    out = texts("The officials were not prosecuted for the theft of public funds.1 The charges were dropped.\n"
                "1MDB funds worth 4.5 billion dollars were diverted.\nWhistle-blowers were prosecuted.\n"
                "1 Department of Justice, press release.\n")
    assert "1MDB funds worth 4.5 billion dollars were diverted." in out
    # a heading at a page's foot does not run into the next page's first sentence
    out = texts("Journalists face charges for reporting on corruption.\nC. Freedom of assembly\n\f\n27 protesters were "
                "detained in January 2022.\n")
    assert "27 protesters were detained in January 2022." in out
    # a wrapped line starting with an initial is no lettered heading
    out = texts("The complaint, filed on 12 May 2022 by\nB. Hossain and other members of the Nationalist\nParty, was "
                "dismissed.\n")
    assert out == ["The complaint, filed on 12 May 2022 by B. Hossain and other members of the Nationalist Party, was dismissed."]


def test_word_lists_labels_and_line_breaks(tmp_path: Path) -> None:
    from docx import Document as NewDocument
    from docx.enum.text import WD_BREAK

    d = NewDocument()
    d.add_paragraph("2.\tTorture in detention remains widespread.")
    d.add_paragraph("a.\tIn Almaty, a 17-year-old boy was beaten in police custody in March 2022.")
    d.add_paragraph("i.\tNo investigation has been opened.")
    d.add_paragraph("Recommendation 1:\tAdopt a law on free legal aid in line with international standards.")
    p = d.add_paragraph("The Government should:")
    for item in ("• repeal article 174 of the Criminal Code;", "• release all persons detained for peaceful protest."):
        p.add_run().add_break(WD_BREAK.LINE)
        p.add_run(item)
    path = tmp_path / "LAN.docx"
    d.save(str(path))
    out = [x.text for x in split_passages(read_document(path), file="LAN.docx", stakeholder="LAN")]
    assert "In Almaty, a 17-year-old boy was beaten in police custody in March 2022." in out
    assert "No investigation has been opened." in out
    assert "Recommendation 1: Adopt a law on free legal aid in line with international standards." in out
    assert out[-3:] == ["The Government should:", "repeal article 174 of the Criminal Code;",
                        "release all persons detained for peaceful protest."]
    r = report(out[3], state="Kazakhstan")
    assert r is not None and r.predicate == "recommended that Kazakhstan adopt a law on free legal aid in line with international standards."


def test_a_list_without_bullets_under_a_lead_in_is_read_as_items() -> None:
    text = ("6. The co-submitting organisations recommend that the Government:\nAdopt a time-bound road map for the full\n"
            "implementation of the 1997 Accord;\nHold elections to the three hill district councils without further\n"
            "delay.\n7. The Accord remains unimplemented;\nthe Government denies it.\n")
    out = [p.text for p in split_passages(_doc(text), file="X.txt", stakeholder="X")]
    assert out[1:3] == ["Adopt a time-bound road map for the full implementation of the 1997 Accord;",
                        "Hold elections to the three hill district councils without further delay."]
    assert out[-1] == "The Accord remains unimplemented; the Government denies it."  # no verb: the sentence goes on


def test_a_line_break_in_a_web_pages_paragraph_does_not_end_it(tmp_path: Path) -> None:
    path = tmp_path / "ARN.html"
    path.write_text("<html><body><p>The Network recorded the eviction of at least<br>8,400 families in the north of"
                    "<br>Bangladesh, often without notice.</p></body></html>", encoding="utf-8")
    out = [x.text for x in split_passages(read_document(path), file="ARN.html", stakeholder="ARN")]
    assert out == ["The Network recorded the eviction of at least 8,400 families in the north of Bangladesh, often without notice."]


def test_verify_counts_no_negation_in_a_stakeholders_name() -> None:
    from uprkit.summarize.model import SourceSpan, SummarySentence
    from uprkit.summarize.verify import verify_sentence

    cited = "Ratify the Second Optional Protocol to the ICCPR."
    sentence = SummarySentence(
        text="Justice Without Borders International (JWBI) recommended that Nigeria ratify the Second Optional Protocol to the ICCPR.",
        stakeholders=["JWBI"], verb="recommended", act="recommendation", endnote=1,
        sources=[SourceSpan(stakeholder="JWBI", file="j.txt", page=None, paragraph=None, start=0, end=len(cited), text=cited)],
    )
    names = {"Nigeria", "NGA", "JWBI", "Justice Without Borders International"}
    assert verify_sentence(sentence, {"j.txt": cited}, frame_names=names) == []


# --------------------------------------------------------------------------------------------- the command line


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "uprkit.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_cli_summarize_writes_docx_and_json_and_names_the_bad_file(tmp_path: Path) -> None:
    out = tmp_path / "draft.docx"
    r = _run("summarize", str(SUBMISSIONS), "--country", "KAZ", "--session", "7", "--limit-words", "600", "-o", str(out))
    assert r.returncode == 1  # a submission was left out
    assert "Error: broken.pdf: not included: corrupt or truncated PDF" in r.stderr
    assert out.exists() and out.with_suffix(".json").exists()
    doc = WordDocument(str(out))
    xml = next(p for p in doc.part.package.iter_parts() if str(p.partname) == "/word/endnotes.xml").blob.decode()
    draft = Summary.model_validate_json(out.with_suffix(".json").read_text(encoding="utf-8"))
    for note in draft.endnotes:
        assert f'w:id="{note.number}"' in xml
    v = _run("verify", str(out.with_suffix(".json")), str(SUBMISSIONS), "--json")
    assert v.returncode == 0, v.stdout + v.stderr
    assert json.loads(v.stdout)["faithfulness"] == 1.0


def test_cli_summarize_drafts_to_the_summarys_ten_pages_unless_told(tmp_path: Path) -> None:
    """(reviews of a 30-submission set and a cycle-2 set) With no limit the command drafted every point: 13,256
    words for 30 submissions, two and a half published summaries. It drafts to 5,350 words unless given another
    limit, and to no limit with --no-limit."""
    def drafted(*extra: str) -> Summary:
        out = tmp_path / "d.json"
        r = _run("summarize", str(SUBMISSIONS), "--country", "KAZ", "--session", "7", *extra, "-o", str(out))
        assert out.exists(), r.stderr
        return Summary.model_validate_json(out.read_text(encoding="utf-8"))

    assert drafted().word_limit == 5350
    assert drafted("--limit-words", "600").word_limit == 600
    assert drafted("--no-limit").word_limit is None


def test_cli_summarize_empty_folder_is_an_error(tmp_path: Path) -> None:
    r = _run("summarize", str(tmp_path), "--country", "KAZ", "-o", str(tmp_path / "x.md"))
    assert r.returncode == 1
    assert r.stderr.strip().startswith(f"Error: {tmp_path}: no submissions in the folder")
    assert not (tmp_path / "x.md").exists()


def test_cli_summarize_unknown_country(tmp_path: Path) -> None:
    r = _run("summarize", str(SUBMISSIONS), "--country", "Atlantis", "-o", str(tmp_path / "x.md"))
    assert r.returncode == 1 and "unknown country 'Atlantis'" in r.stderr


def test_cli_verify_fails_on_a_tampered_draft(tmp_path: Path, draft: Summary) -> None:
    tampered = draft.model_copy(deep=True)
    sentence = next(s for s in tampered.iter_sentences() if s.stakeholders)
    sentence.text += " Torture was legalised."
    path = tmp_path / "d.json"
    path.write_text(tampered.model_dump_json(), encoding="utf-8")
    r = _run("verify", str(path), str(SUBMISSIONS))
    assert r.returncode == 1
    assert "FAIL" in r.stdout and "legalised" in r.stdout


def test_a_word_seen_with_a_capital_only_inside_names_keeps_it_only_before_the_rest_of_a_name() -> None:
    from uprkit.summarize.candidates import proper_nouns
    from uprkit.summarize.clauses import lower_first

    proper = proper_nouns(
        "It was approved by Parliament. Reports by Kalamu Media Defence Network and the Media Council. Ethnic "
        "Chinese are stateless. Media reports say so. They killed Deborah Samuel Yakubu in Sokoto."
    )
    assert {"Parliament", "Media+", "Kalamu+", "Samuel+", "Yakubu"} <= proper and "Media" not in proper
    assert [lower_first(t, proper) for t in (
        "Media reports suggest x.", "Media Council of Kenya found x.", "Kalamu Media Defence found x.",
        "Parliament voted.", "Ethnic Chinese are x.", "Samuel Yakubu was killed.", "Human Rights Watch found x.",
        "Human rights defenders are x.",
    )] == [
        "media reports suggest x.", "Media Council of Kenya found x.", "Kalamu Media Defence found x.",
        "Parliament voted.", "ethnic Chinese are x.", "Samuel Yakubu was killed.", "Human Rights Watch found x.",
        "human rights defenders are x.",
    ]


def test_a_name_or_an_instrument_opening_a_sentence_keeps_its_capital() -> None:
    """ "noted that mona Abdel-Hamid …", "noted that law No. 180 …" before: a word never written in lower case
    that opens sentences before a capitalised one is a name's first word, and an instrument's name goes before
    its number; an adjective before a name still goes into lower case."""
    from uprkit.summarize.candidates import proper_nouns
    from uprkit.summarize.clauses import lower_first

    proper = proper_nouns("The lawyers were arrested. Mona Abdel-Hamid was detained in 2023. Ethnic Chinese are "
                          "stateless. The law was amended.\n6.3\tHoda Ali was arrested.\n4. Progress had been made. "
                          "Little progress was made.")
    assert [lower_first(t, proper) for t in (
        "Mona Abdel-Hamid was detained.", "Law No. 180 of 2018 regulates the press.",
        "Presidential Decree No. 444 of 2014 closed the border.", "Ethnic Chinese are stateless.", "Law is slow.",
        "Hoda Ali was arrested.", "Progress had been made.",
    )] == [
        "Mona Abdel-Hamid was detained.", "Law No. 180 of 2018 regulates the press.",
        "Presidential Decree No. 444 of 2014 closed the border.", "ethnic Chinese are stateless.", "law is slow.",
        # after a paragraph's number a word opens its sentence: a name stays, "Progress" (was kept) does not
        "Hoda Ali was arrested.", "progress had been made.",
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("(b) Rights of parents", True),
        ("Independent Constitutional Commission established under Article 59 of the Constitution of Kenya", True),
        ("Torture in police custody remains routine in the Coast region", False),
        ("Domestic violence is widespread", False),
        ("Ratify the Convention against Torture.", False),
        # a cover's title and subtitle after a colon (was "MJLN noted that its homes, its bread, its work: …")
        ("Our homes, our bread, our work: economic and social rights in Egypt", True),
        ("In 2020, the law was amended: it now allows detention", False),
    ],
)
def test_a_cover_subtitle_or_sub_heading_read_as_a_sentence_is_a_title(text: str, title: bool) -> None:
    from uprkit.summarize.candidates import _is_title

    assert _is_title(text) is title


@pytest.mark.parametrize(
    ("title", "theme"),
    [
        # headings stakeholders write, which the UN outlines' crosswalk did not know or filed elsewhere (a review
        # found a Kenyan submission's "Child marriage and female genital mutilation" under "Right to privacy")
        ("Child marriage and female genital mutilation", "children"), ("D. Early marriage", "children"),
        ("B. Conditions of detention", "right-to-life-liberty-security"), ("Families of the disappeared", "right-to-life-liberty-security"),
        ("Forced evictions", "social-security-standard-of-living"), ("Carbon markets and conservation", "development-environment-business"),
        ("4.2 Right to a healthy environment", "development-environment-business"), ("Juvenile justice", "children"),
        ("2. Imprisonment and harassment of journalists", "fundamental-freedoms"), ("Occupational safety", "work"),
        ("Prisoners convicted of religious “extremism”", "fundamental-freedoms"),
        ("2. Counter-terrorism and enforced disappearances", "counter-terrorism"),
        # groups of people before topics, and of several groups the one named first
        ("Women's land rights", "women"), ("Violence against women and children", "women"),
        ("Children with disabilities", "children"), ("Land and indigenous peoples' rights (Ogiek, Endorois)", "minorities-indigenous"),
        ("Right to marriage and family life", "privacy-family"), ("Right to health", "health"),
        ("IV. LEGAL GENDER RECOGNITION", "lgbti"),  # was women's, for its "gender"
        # no theme: the classifier places these points
        ("Recommendations", None), ("VII. Economic, social and cultural rights", None), ("I. Introduction", None),
        ("Land dispossession", None),
        # the pandemic is no topic: its points are on work, food, schools … (the Nepalese set's "COVID-19" headings
        # put stranded migrant workers and food relief under the right to health); its health is health's
        ("COVID-19", None), ("The COVID-19 lockdown", None), ("COVID-19 and the right to health", "health"),
    ],
)
def test_a_submissions_own_heading_names_its_theme(title: str, theme: str | None) -> None:
    from uprkit.classify.outlines import theme_of_submission_heading

    assert theme_of_submission_heading(title) == theme


def test_draft_a_submissions_own_heading_places_its_points(tmp_path: Path) -> None:
    (tmp_path / "NGO.txt").write_text(
        "Right to health\n\n1. Rural clinics lack staff and the waiting lists exceed two years in several regions.\n\n"
        "Rights of the child\n\n2. Birth registration remains incomplete in remote districts, leaving many without papers.\n",
        encoding="utf-8",
    )
    s = draft_summary(tmp_path, DraftOptions(country="KAZ", session=48))
    themes = {x.text.split(" that ")[1][:12]: x.theme for x in s.iter_sentences() if x.stakeholders}
    assert themes == {"rural clinic": "health", "birth regist": "children"}


def test_draft_warns_of_a_submission_without_pages_or_numbered_paragraphs(tmp_path: Path) -> None:
    (tmp_path / "NGO.txt").write_text(
        "Torture in police custody remains routine in the capital.\n\nThe Government should ratify the OP-CAT.\n",
        encoding="utf-8",
    )
    (tmp_path / "AI.txt").write_text("1. Prisons are overcrowded.\n2. Detainees lack lawyers.\n3. Courts are slow.\n",
                                     encoding="utf-8")
    s = draft_summary(tmp_path, DraftOptions(country="KAZ", session=48))
    unlocated = [w.message for w in s.warnings if w.code == "submission-without-locators"]
    assert len(unlocated) == 1 and unlocated[0].startswith("NGO.txt: neither pages nor numbered paragraphs")


def test_draft_the_covers_title_naming_the_submitter_places_nothing(tmp_path: Path) -> None:
    """ "KENYA HUMAN RIGHTS AND EQUALITY COMMISSION (KHREC)" is no heading on equality for what stands under it."""
    from uprkit.classify.outlines import theme_of_submission_heading
    from uprkit.summarize.draft import submission_heading_theme
    from uprkit.summarize.model import SummaryStakeholder
    from uprkit.summarize.passages import Passage

    title = "KENYA HUMAN RIGHTS AND EQUALITY COMMISSION (KHREC)"
    assert theme_of_submission_heading(title) == "equality-non-discrimination"
    p = Passage(file="k.txt", stakeholder="KHREC", start=0, end=10, text="Prisons are overcrowded.", page=1,
                end_page=1, paragraph=None, heading=title)
    point = Point(stakeholders=["KHREC"], passages={"KHREC": [p]}, reported=report(p.text, state="Kenya"),  # type: ignore[arg-type]
                  continuation=[], act="observation", order=(0, 0))
    st = SummaryStakeholder(abbreviation="KHREC", name="Kenya Human Rights and Equality Commission", kind="ngo")
    assert submission_heading_theme(point, st) is None
    assert submission_heading_theme(point) == "equality-non-discrimination"


def test_cli_summarize_says_what_it_guessed(tmp_path: Path) -> None:
    folder = tmp_path / "subs"
    folder.mkdir()
    for name in ("AI.txt", "JS1.txt"):
        shutil.copy(SUBMISSIONS / name, folder / name)
    (folder / "Ombudsman_Kazakhstan_UPR.txt").write_text(
        "Human Rights Commissioner of Kazakhstan (Ombudsman)\n\n1. The number of complaints of torture has risen.\n",
        encoding="utf-8",
    )
    r = _run("summarize", str(folder), "--country", "KAZ", "-o", str(tmp_path / "d.md"))
    assert r.returncode == 0, r.stderr
    assert "Guessed: AI.txt: abbreviation 'AI', name 'Amnesty International'" in r.stderr
    assert "Ombudsman looks like a national human rights institution" in " ".join(r.stderr.split())
    assert "Guessed: JS1.txt: abbreviation 'JS1', kind 'joint', members [Kazakhstan International Bureau" in r.stderr


# --------------------------------------------------------------------------------------------- review findings

FACTS = [
    "The authorities continue to restrict peaceful assembly.",
    # (review) descriptions that open like a recommendation written as a noun, a gerund or a passive request
    "Protection of journalists remains weak in practice.",
    "Increasing numbers of migrants face deportation.",
    "Continuing discrimination against Roma.",
    "Making complaints against the police remains difficult.",
    "Ensuring access to justice remains a challenge.",
    "Victims are requested to pay a fee before a forensic examination.",
    "Detainees are encouraged to withdraw their complaints by prison staff.",
    "Using the law on extremism against religious minorities.",
    "Putting pressure on journalists through tax inspections.",
    "According to the Ombudsman, 11.1 per cent of detainees reported ill-treatment in 2023.",
    "Reporting of violence is low.",
    "Establishing a national preventive mechanism was a positive step.",
    "Victims need to travel 200 km to reach a court.",
    "Under the law, NGOs must register all foreign funding.",
]


@pytest.mark.parametrize("text", FACTS)
def test_speech_a_statement_of_fact_stays_an_observation(text: str) -> None:
    r = report(text, state="Kazakhstan")
    assert r is not None and r.act == "observation", r


@pytest.mark.parametrize(
    ("item", "lead", "predicate"),
    [
        ("Conduct human rights due diligence.", "Recommendations to companies operating in Kazakhstan:",
         "recommended that companies operating in Kazakhstan conduct human rights due diligence."),
        ("equip interrogation rooms with video recording.", "We urge the authorities to:",
         "urged the authorities to equip interrogation rooms with video recording."),
        ("Ratify the OP-CAT;", "We urge the Government of Kazakhstan to:", "urged the Government of Kazakhstan to ratify the OP-CAT."),
        # a lead-in ending in "that:" (the Bangladesh review): subjunctive items, a noun of action, "should" left out
        ("all relocations to Bhasan Char remain voluntary;", "The Commission recommends that:",
         "recommended that all relocations to Bhasan Char remain voluntary."),
        ("Kazakhstan repeal the law on extremism;", "We recommend that:", "recommended that Kazakhstan repeal the law on extremism."),
        ("ratify the OP-CAT;", "We recommend that:", "recommended that Kazakhstan ratify the OP-CAT."),
        ("the closure of all unofficial detention centres;", "We recommend that:",
         "recommended the closure of all unofficial detention centres."),
        ("the Government should ratify the OP-CAT;", "We recommend that:", "recommended that the Government ratify the OP-CAT."),
    ],
)
def test_speech_a_list_item_takes_its_lead_ins_frame_and_addressee(item: str, lead: str, predicate: str) -> None:
    r = report(item, state="Kazakhstan", lead=lead)
    assert r is not None and r.predicate == predicate


def test_speech_quotations_and_negations_are_kept() -> None:
    r = report('A detainee said: "They beat me until I signed." We are concerned that victims do not have lawyers.',
               state="Kazakhstan")
    assert r is not None and '"They beat me until I signed."' in r.predicate
    r2 = report("We are concerned that victims do not have access to lawyers.", state="Kazakhstan")
    assert r2 is not None and r2.predicate == "expressed concern that victims did not have access to lawyers."
    r3 = report("The Government should not adopt the draft law.", state="Kazakhstan")
    assert r3 is not None and r3.predicate == "recommended that the Government not adopt the draft law."


def _drafted_words(folder: Path, country: str, session: int) -> str:
    """The attributed sentences of a draft of ``folder`` without a word limit, one after the other."""
    s = draft_summary(folder, DraftOptions(country=country, session=session, limit_words=None))
    return " ".join(x.text for x in s.iter_sentences() if x.stakeholders)


def _draft_files(folder: Path, **files: str) -> tuple[Summary, dict[str, str]]:
    """Write each ``name=text`` as ``name.txt`` in ``folder`` and draft them (Kazakhstan, session 48): the draft,
    and the texts ``verify_summary`` checks it against."""
    texts = {f"{name}.txt": text for name, text in files.items()}
    for file, text in texts.items():
        (folder / file).write_text(text, encoding="utf-8")
    return draft_summary(folder, DraftOptions(country="KAZ", session=48)), texts


def test_draft_also_only_after_the_stakeholder_was_credited_under_the_heading(tmp_path: Path) -> None:
    """ "PAPF also encouraged …" as PAPF's first words under a heading said "also" after nothing."""
    s, _ = _draft_files(tmp_path, AAA=(
        "1. We also encourage Kazakhstan to extend a standing invitation to the special procedures.\n"
        "2. Torture remains widespread in pre-trial detention. We also note that no official has been convicted of "
        "torture since 2015.\n"
    ))
    sentences = [x.text for x in s.iter_sentences() if x.stakeholders]
    assert any(t.startswith("AAA encouraged Kazakhstan to extend a standing invitation") for t in sentences)
    assert any("AAA also noted that no official had been convicted" in t for t in sentences)


def test_draft_the_same_concern_of_two_stakeholders_credits_both(tmp_path: Path) -> None:
    """Round trip of A/HRC/WG.6/41/BRA/3: "JS42 and IACHR expressed concern about the increase in violence …" was
    JS42's with "See also IACHR": the "we" of "We are concerned about" was taken for the submitter speaking of
    itself, which would be "it" in the draft; it is the frame's, "expressed concern"."""
    point = "We are concerned about the increase in violence against Afro-descendant persons in Kazakhstan.\n"
    s, texts = _draft_files(tmp_path, AAA=f"1. {point}", BBB=f"1. {point}")
    (sentence,) = [x for x in s.iter_sentences() if x.stakeholders]
    assert sentence.text == ("AAA and BBB expressed concern about the increase in violence against Afro-descendant "
                             "persons in Kazakhstan.")
    assert verify_summary(s, texts).faithfulness == 1.0


def test_speech_beyond_frame_leaves_the_point_for_heading_placement() -> None:
    """Round trip of A/HRC/WG.6/28/UKR/3: "We are concerned about the dire impact of the conflict on children" went
    under health once its frame was written out; classified without the frame, it stays under children."""
    from uprkit.summarize.person import beyond_frame

    assert beyond_frame(" We are concerned about the dire impact of the conflict on children.") == (
        "the dire impact of the conflict on children.")
    assert beyond_frame("We welcome the adoption of the Code.") == "the adoption of the Code."
    assert beyond_frame("Children are recruited.") == "Children are recruited."


def test_draft_opposite_statements_are_not_merged_and_verify_counts_negations(tmp_path: Path) -> None:
    s, texts = _draft_files(tmp_path, AAA="1. Kazakhstan has not ratified the Second Optional Protocol to the ICCPR.\n",
                            BBB="1. Kazakhstan has ratified the Second Optional Protocol to the ICCPR.\n")
    sentences = [x for x in s.iter_sentences() if x.stakeholders]
    assert sorted(x.stakeholders[0] for x in sentences) == ["AAA", "BBB"]
    assert all(len(x.stakeholders) == 1 and not x.see_also for x in sentences)
    assert verify_summary(s, texts).faithfulness == 1.0
    tampered = s.model_copy(deep=True)
    sentence = next(x for x in tampered.iter_sentences() if x.stakeholders == ["AAA"])
    sentence.text = sentence.text.replace("had not ratified", "had ratified")
    (failure,) = verify_summary(tampered, texts).failures
    assert "negation" in failure.problem


def test_draft_first_person_verbs_agree_and_verify_accepts_them(tmp_path: Path) -> None:
    """"We need …" is drafted "noted that it needs …": the verb's third person passes verify (same stem)."""
    s, texts = _draft_files(tmp_path, AAA=(
        "1. We need more data on prison conditions in Kazakhstan.\n\n"
        "2. We try to monitor trials in Kazakhstan, but we lack access to courtrooms.\n\n"
        "3. We witness daily harassment of journalists in Kazakhstan.\n"))
    drafted = " ".join(x.text for x in s.iter_sentences() if x.stakeholders)
    for agreed in ("it needs more data", "it tries to monitor", "it lacks access", "it witnesses daily"):
        assert agreed in drafted
    assert verify_summary(s, texts).faithfulness == 1.0


def test_verify_accepts_a_cited_verb_in_the_third_person_only() -> None:
    from uprkit.summarize.verify import content_stems, missing_words

    cited = content_stems("We witness harassment, we try to help and we focus on children. Police beat us.")
    assert missing_words("it witnesses harassment, it tries to help and it focuses on children", cited) == []
    assert missing_words("it monitors and witnesses harassment", cited) == ["monitors"]
    # only the verb the draft puts after "it": elsewhere a cited word with "-s" added is still missing
    assert missing_words("harassment tries children and police uses force", cited) == ["tries", "uses", "force"]
    assert missing_words("it condones harassment and tries to hide it", cited) == ["condones", "tries", "hide"]


def test_draft_keeps_short_recommendations_of_a_list(tmp_path: Path) -> None:
    (tmp_path / "AI.txt").write_text(
        "Recommendations\n\nWe urge the Government of Kazakhstan to:\n- Ratify the OP-CAT;\n- Abolish the death penalty;\n"
        "- Release all political prisoners;\n- Decriminalize defamation.\n", encoding="utf-8")
    s = draft_summary(tmp_path, DraftOptions(country="KAZ", session=48))
    texts = [x.text for x in s.iter_sentences() if x.stakeholders]
    assert len(texts) == 4 and all(t.startswith("AI urged the Government of Kazakhstan to ") for t in texts)
    assert verify_summary(s, {"AI.txt": (tmp_path / "AI.txt").read_text(encoding="utf-8")}).faithfulness == 1.0


def test_passages_a_line_broken_mid_phrase_is_no_heading() -> None:
    doc = _doc("2. The Commissioner recommends that the Government ratify the Optional\nProtocol to the CRPD.\n")
    (p,) = split_passages(doc, file="X.txt", stakeholder="X")
    assert p.heading is None and p.text.endswith("ratify the Optional Protocol to the CRPD.")


def test_draft_a_submission_not_in_english_is_not_included(tmp_path: Path) -> None:
    shutil.copy(SUBMISSIONS / "AI.txt", tmp_path / "AI.txt")
    (tmp_path / "FIDH.txt").write_text(
        "Nous sommes préoccupés par la situation des défenseurs des droits de l'homme. Le Gouvernement devrait "
        "abolir la peine de mort et ratifier le deuxième Protocole facultatif. Les journalistes sont poursuivis "
        "pour diffamation et la loi sur les médias n'est pas conforme aux normes.\n", encoding="utf-8")
    s = draft_summary(tmp_path, DraftOptions(country="KAZ", session=48))
    assert [(n.file, n.reason.split(" (")[0]) for n in s.not_included] == [("FIDH.txt", "not in English")]


def test_a_joint_submissions_coalition_listed_with_its_town_is_the_submitter() -> None:
    from uprkit.summarize.credits import own_names
    from uprkit.summarize.model import SummaryStakeholder

    js = SummaryStakeholder(abbreviation="JS1", name="Egyptian Coalition for the Rights of the Child", kind="joint",
                            members=["Egyptian Coalition for the Rights of the Child (ECRC), Cairo", "Hope Village Society, Cairo"])
    assert {"ECRC", "JS1", "the Coalition"} <= set(own_names(js))
    nchr = SummaryStakeholder(abbreviation="NCHR", name="National Council for Human Rights", kind="ngo")
    assert "the Council" in own_names(nchr)  # looks like an NHRI: "the Council" is itself


@pytest.mark.parametrize(("status", "own_section"), [("", True), ("A", True), ("“B” status", False)])
def test_only_an_a_status_nhri_has_a_section_of_its_own(tmp_path: Path, status: str, own_section: bool) -> None:
    """The manifest's status: a B-status institution (Egypt's National Council for Human Rights) was given the
    section "accredited in full compliance with the Paris Principles"."""
    (tmp_path / "NCHR.txt").write_text("1. The Council is concerned that pre-trial detention is used for years.\n"
                                       "2. The Council recommends the adoption of a law on freedom of information.\n",
                                       encoding="utf-8")
    (tmp_path / "AI.txt").write_text("1. Torture remains widespread in police stations.\n", encoding="utf-8")
    (tmp_path / "stakeholders.csv").write_text(
        "abbreviation,name,kind,file,status\nNCHR,National Council for Human Rights,nhri,NCHR.txt,"
        f"{status}\nAI,Amnesty International,ngo,AI.txt,\n", encoding="utf-8")
    s = draft_summary(tmp_path, DraftOptions(country="EGY", session=48))
    titles = [sec.title for sec in s.sections]
    assert ("Information provided by the national human rights institution accredited in full compliance with "
            "the Paris Principles" in titles) is own_section
    assert any("NCHR recommended the adoption of a law on freedom of information" in x.text for x in s.iter_sentences())
    assert ("A separate section is provided" in " ".join(x.text for x in s.iter_sentences())) is own_section


def test_manifest_errors_name_the_line(tmp_path: Path) -> None:
    shutil.copy(SUBMISSIONS / "AI.txt", tmp_path / "AI.txt")
    (tmp_path / "stakeholders.csv").write_text("abbreviation,file\nAI,AI.txt\nAI,B.txt\n", encoding="utf-8")
    with pytest.raises(UprkitError, match="line 3: abbreviation 'AI' is already used on line 2"):
        draft_summary(tmp_path, DraftOptions(country="KAZ", session=48))


def test_draft_a_limit_below_the_fixed_text_is_an_error() -> None:
    with pytest.raises(UprkitError, match="leaves no room"):
        draft_summary(SUBMISSIONS, DraftOptions(country="KAZ", session=7, limit_words=60))


def test_passages_a_run_on_sentence_is_cut_at_its_semicolons() -> None:
    text = "1. " + "; ".join(f"in region {k} the police detained peaceful protesters without charge" for k in range(20)) + ".\n"
    passages = split_passages(_doc(text), file="X.txt", stakeholder="X")
    assert len(passages) > 1 and all(p.words <= 120 for p in passages)
    assert " ".join(p.text for p in passages).replace(" ", "") == text[3:].strip().replace(" ", "")


def test_an_nhri_listed_with_its_title_is_named_by_its_title_in_the_text() -> None:
    # A/HRC/WG.6/48/SVN/3: "The Human Rights Ombudsman of the Republic of Slovenia (the Ombudsman) noted …",
    # listed as "Ombudsman/HRORS"
    from uprkit.summarize.credits import credited_subject, in_text_name
    from uprkit.summarize.model import SummaryStakeholder

    names = {
        "Ombudsman/HRORS": SummaryStakeholder(abbreviation="Ombudsman/HRORS", kind="nhri",
                                              name="Human Rights Ombudsman of the Republic of Slovenia"),
        "PTPR/JS3": SummaryStakeholder(abbreviation="PTPR/JS3", kind="joint", name="Joint submission 3"),
        "AI": SummaryStakeholder(abbreviation="AI", name="Amnesty International"),
    }
    mentioned: set[str] = set()
    assert credited_subject(["Ombudsman/HRORS"], names, mentioned, True) == (
        "the Human Rights Ombudsman of the Republic of Slovenia (the Ombudsman)")
    assert credited_subject(["Ombudsman/HRORS", "AI"], names, mentioned, True) == (
        "the Ombudsman and Amnesty International (AI)")
    assert in_text_name("PTPR/JS3", names["PTPR/JS3"]) == "PTPR/JS3"


def test_draft_a_point_made_again_is_one_sentence_citing_both_places(tmp_path: Path) -> None:
    s, texts = _draft_files(tmp_path, AI=(
        "1. Human rights defenders are harassed by the police in Almaty.\n\n"
        "2. The Government should ratify the Optional Protocol to the Convention against Torture.\n\n"
        "3. Journalists face criminal charges for defamation.\n\n"
        "4. The Government should ratify the Optional Protocol to the Convention against Torture.\n"))
    (sentence,) = [x for x in s.iter_sentences() if x.stakeholders and "Optional Protocol" in x.text]
    assert [(span.place, span.paragraph, span.locator) for span in sentence.sources] == [
        (0, "2", "paras. 2 and 4"), (1, "4", "paras. 2 and 4")]
    assert s.endnotes[sentence.endnote - 1].text == "AI, paras. 2 and 4."
    assert verify_summary(s, texts).faithfulness == 1.0
    tampered = s.model_copy(deep=True)
    span = next(x for x in tampered.iter_sentences() if x is not None and x.text == sentence.text).sources[1]
    span.start, span.end = 4, 63  # a further place that says something else
    span.text = texts["AI.txt"][4:63]
    (failure,) = verify_summary(tampered, texts).failures
    assert "further place 1" in failure.problem
    first = sentence.sources[0]
    span.start, span.end, span.text = first.start, first.end, first.text  # the first place, passed off as a second
    (failure,) = verify_summary(tampered, texts).failures
    assert failure.problem == "the further place 1 is the first place again"


def test_draft_a_repeat_in_a_closing_list_and_a_see_also_repeat(tmp_path: Path) -> None:
    s, _ = _draft_files(
        tmp_path,
        AI=("1. Journalists are prosecuted for defamation.\n\n"
            "2. The Government should decriminalize defamation and release the detained journalists.\n\n"
            "Recommendations\n\nThe Government should decriminalize defamation and release the detained journalists.\n"),
        HRW=("1. Prisons are overcrowded.\n\n"
             "2. The Government should decriminalize defamation and free the detained journalists.\n\n"
             "3. The Government should decriminalize defamation and free the detained journalists.\n"),
    )
    (sentence,) = [x for x in s.iter_sentences() if "defamation and release" in x.text]
    # the closing list has no paragraph number and a text file no pages: that place adds nothing to cite
    assert s.endnotes[sentence.endnote - 1].text == "AI, para. 2. See also HRW, paras. 2-3."
    assert [(x.stakeholder, x.place) for x in sentence.see_also] == [("HRW", 0), ("HRW", 1)]
    assert not [x for x in s.iter_sentences() if x.stakeholders == ["HRW"] and "defamation" in x.text]


def test_draft_a_repeat_with_words_of_its_own_stays_a_sentence_of_its_own(tmp_path: Path) -> None:
    s, texts = _draft_files(tmp_path, AI=(
        "1. The Government should ratify the Optional Protocol to the Convention against Torture.\n\n"
        "2. The Government should ratify the Optional Protocol to the Convention against Torture by 2025.\n\n"
        "3. The Republic of Kazakhstan should establish a national preventive mechanism.\n\n"
        "4. Kazakhstan should establish a national preventive mechanism.\n"))
    cited = sorted(x.sources[0].locator for x in s.iter_sentences() if x.stakeholders)
    # "by 2025" and "Republic" are words of their own: verify could not find them in the other place
    assert cited == ["para. 1", "para. 2", "para. 3", "para. 4"]
    assert verify_summary(s, texts).faithfulness == 1.0


def test_locator_of_several_places() -> None:
    from uprkit.summarize.citing import locator
    from uprkit.summarize.passages import Passage

    def at(page: int | None, end: int | None = None, paragraph: str | None = None) -> list[Passage]:
        return [Passage("X.txt", "X", 0, 1, "x", page, end, paragraph, None)]

    assert locator(at(3), at(7, 8), at(13)) == "pp. 3, 7-8 and 13"
    assert locator(at(5), at(3)) == "pp. 3 and 5"
    assert locator(at(4), at(5)) == "pp. 4-5"
    assert locator(at(1, paragraph="8"), at(2, paragraph="11"), at(2, paragraph="9")) == "paras. 8-9 and 11"
    assert locator(at(1, paragraph="3.2"), at(1, paragraph="4.1")) == "paras. 3.2 and 4.1"
    assert locator(at(1, paragraph="8"), at(2)) == "para. 8 and p. 2"  # one place numbered, one not
    assert locator(at(None, paragraph="8"), at(None)) == "para. 8"
    dotted = [Passage("X.txt", "X", 0, 1, "x", 1, None, n, None) for n in ("2.1", "2.2", "2.3")]
    assert locator(dotted, at(1, paragraph="5.4")) == "paras. 2.1-2.3 and 5.4"
    assert locator(at(1, paragraph="3.2"), at(1, paragraph="4.1"), at(1, paragraph="3.3")) == "paras. 3.2-3.3 and 4.1"


def test_draft_a_recommendation_repeated_in_a_closing_list_is_one_sentence(tmp_path: Path) -> None:
    s, texts = _draft_files(tmp_path, AI=(
        "1. Persons with disabilities are placed in institutions.\n\n"
        "2. We recommend that the Government ratify the Convention on the Rights of Persons with Disabilities.\n\n"
        "3. We urge the Government to:\n- ratify the Convention on the Rights of Persons with Disabilities;\n"
        "- close the large residential institutions.\n"))
    ratify = [x for x in s.iter_sentences() if "ratify" in x.text]
    assert len(ratify) == 1 and s.endnotes[ratify[0].endnote - 1].text == "AI, paras. 2-3."
    assert verify_summary(s, texts).faithfulness == 1.0


def test_draft_repeats_with_the_same_words_in_another_sense_stay_apart(tmp_path: Path) -> None:
    s, _ = _draft_files(tmp_path, AI=(
        "1. Persons with disabilities are placed in institutions.\n\n"
        "2. We recommend that the Government transfer responsibility for social care services from the "
        "municipalities to the Ministry of Labour.\n\n"
        "3. We urge the Government to:\n- transfer responsibility for social care services from the Ministry of "
        "Labour to the municipalities;\n- consider ratifying the Optional Protocol to the CRPD.\n\n"
        "4. We recommend that the Government ratify the Optional Protocol to the CRPD.\n"))
    texts = [x.text for x in s.iter_sentences() if x.stakeholders]
    assert sum("transfer responsibility" in t for t in texts) == 2  # the opposite direction is another point
    assert sum("Optional Protocol" in t for t in texts) == 2  # "consider ratifying" is weaker than "ratify"


def test_draft_gerund_items_under_a_lead_in(tmp_path: Path) -> None:
    s, texts = _draft_files(tmp_path, AI=(
        "1. Persons with disabilities are placed in institutions.\n\n"
        "2. We urge the Government to consider:\n- ratifying the Optional Protocol to the CRPD;\n"
        "- the closure of the large residential institutions.\n\n"
        "3. We recommend:\n- bringing the Criminal Code into line with the CRPD;\n- closing the psychiatric wards.\n"))
    drafted = sorted(x.text for x in s.iter_sentences() if x.stakeholders and x.act == "recommendation")
    assert drafted == [
        "AI recommended bringing the Criminal Code into line with the CRPD.",
        "AI recommended closing the psychiatric wards.",
        "AI urged the Government to consider ratifying the Optional Protocol to the CRPD.",
        "AI urged the Government to consider the closure of the large residential institutions.",
    ]
    assert verify_summary(s, texts).faithfulness == 1.0


def test_a_web_pages_heading_is_one_whatever_it_says(tmp_path: Path) -> None:
    # "… impunity continues" reads like a sentence's start, but the page marks it <h2>: the section under it is
    # not the introduction's, and so is not left out with it
    path = tmp_path / "APFN.html"
    path.write_text(
        "<html><body><article><h2>Introduction</h2><p>The Asia Press Freedom Network (APFN) is a network of editors."
        "</p><h2>Killings of journalists: impunity continues</h2><p>Between 1992 and 2010, 44 journalists and media"
        " workers were killed in Sri Lanka.</p><p>No perpetrator has been convicted.</p>"
        + "<p>More words.</p>" * 20 + "</article></body></html>", encoding="utf-8")
    passages = split_passages(read_document(path), file=path.name, stakeholder="APFN")
    killed = next(p for p in passages if "44 journalists" in p.text)
    assert killed.heading == "Killings of journalists: impunity continues"
    assert not is_boilerplate(killed)
    convicted = next(p for p in passages if "convicted" in p.text)
    assert convicted.block != killed.block  # a paragraph of its own (<p>), not run into the one before


def test_guess_stakeholder_from_a_saved_web_page_named_after_its_title(tmp_path: Path) -> None:
    from uprkit.summarize.stakeholder_guess import abbreviation_from_stem, guess_stakeholder

    # the State's name of two words is no stakeholder's ("Sri Lanka", "Costa Rica", "Sierra Leone")
    assert abbreviation_from_stem("Costa Rica_ UPR report on prisons – Prison Watch Network") == "Prison Watch Network"
    path = tmp_path / "Sri Lanka_ UPR submission highlights attacks on journalists – Asia Press Freedom Network.html"
    path.write_text(
        "<html><head><title>Sri Lanka: UPR submission highlights attacks on journalists – Asia Press Freedom Network"
        "</title></head><body><a class='skip-link'>Skip to content</a><article><h1>UPR submission</h1>"
        "<p>The Asia Press Freedom Network (APFN) submitted the following information.</p>"
        + "<p>Journalists were questioned by the police.</p>" * 20 + "</article></body></html>", encoding="utf-8")
    st = guess_stakeholder(path, read_document(path))
    assert (st.abbreviation, st.name) == ("APFN", "Asia Press Freedom Network")


def test_sentences_in_another_language_are_left_out_with_a_warning(tmp_path: Path) -> None:
    from uprkit.summarize.submissions import passage_language

    assert passage_language("abroger la loi sur la prévention du terrorisme et libérer les personnes détenues.") == "fr"
    assert passage_language("The Ligue des droits de l'Homme (LDH) noted that the law of 2021 is vague.") == "en"
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "MRAI.txt").write_text(
        "Résumé\n\nDepuis le dernier examen, la situation des minorités religieuses et ethniques s'est nettement "
        "dégradée dans le pays.\n\nSummary in English\n\nSince the last review, the situation of religious and "
        "ethnic minorities in Sri Lanka has deteriorated.\n\nWe recommend that Sri Lanka repeal the Prevention of "
        "Terrorism Act.\n", encoding="utf-8")
    summary = draft_summary(folder, DraftOptions(country="LKA", session=42))
    text = " ".join(s.text for s in summary.iter_sentences())
    assert "repeal the Prevention of Terrorism Act" in text and "situation des minorités" not in text
    assert any(w.code == "text-not-drafted" and "'fr'" in w.message for w in summary.warnings)


@pytest.mark.parametrize(
    ("text", "kwargs", "predicate"),
    [
        # an infinitive recommendation, alone or under a lead-in that names whom it is addressed to
        ("To regulate the presidential vacancy procedure.", {}, "recommended that Peru regulate the presidential vacancy procedure."),
        ("to adopt a national action plan on business and human rights;", {"lead": "We recommend to the Government of Peru:"},
         "recommended that the Government of Peru adopt a national action plan on business and human rights."),
        # an infinitive of purpose before a clause of its own is no recommendation
        ("To ensure its independence, the Commission needs adequate funding.", {},
         "noted that to ensure its independence, the Commission needed adequate funding."),
        ("Extending an invitation to the Special Rapporteur on torture.", {},
         "recommended extending an invitation to the Special Rapporteur on torture."),
        ("Select beneficiaries through transparent criteria.", {"recommendation_context": True},
         "recommended that Peru select beneficiaries through transparent criteria."),
        ("We request that the Working Group recommend to the Government to publish the lists.", {},
         "requested that the Working Group recommend to the Government to publish the lists."),
        # a compound of names keeps its capitals after "noted that"; a compound's prefix does not
        ("Afro-Peruvians were not recognized in the census.", {}, "noted that Afro-Peruvians were not recognized in the census."),
        ("Non-governmental organizations were harassed.", {}, "noted that non-governmental organizations were harassed."),
    ],
)
def test_speech_infinitives_requests_and_compound_names(text: str, kwargs: dict[str, object], predicate: str) -> None:
    r = report(text, state="Peru", **kwargs)  # type: ignore[arg-type]
    assert r is not None and r.predicate == predicate


_GIEACPC_ASK = (
    "We hope states will raise the issue during the review in 2023 and make a specific recommendation that Ghana "
    "enact legislation to clearly prohibit all corporal punishment of children in every setting of their lives, "
    'including the home, and repeal the right of "reasonable" correction in section 41 of the Criminal Offences Act, '
    "as a matter of priority."
)


@pytest.mark.parametrize(
    ("text", "act", "predicate"),
    [
        # the submitter asking the reviewing States to recommend something: what it asks them to recommend is its
        # own recommendation (GIEACPC's briefings; drafted before as "noted that it hopes states would raise …")
        (_GIEACPC_ASK, "recommendation",
         "recommended that Ghana enact legislation to clearly prohibit all corporal punishment of children in every "
         'setting of their lives, including the home, and repeal the right of "reasonable" correction in section 41 '
         "of the Criminal Offences Act, as a matter of priority."),
        ("We urge recommending States to recommend that the Government of Ghana ratify the OP-CAT.", "recommendation",
         "recommended that the Government of Ghana ratify the OP-CAT."),
        ("The Global Initiative hopes that the Working Group will recommend that Ghana prohibit corporal punishment.",
         "recommendation", "recommended that Ghana prohibit corporal punishment."),
        # its hope is said in the past, as the rest of the sentence is ("noted that it hopes the Working Group would …")
        ("We hope the Working Group will note with concern the legality of corporal punishment of children in Ghana.",
         "observation",
         "hoped that the Working Group would note with concern the legality of corporal punishment of children in Ghana."),
        # a recommendation named in a hope addressed to no reviewing State is no recommendation of the submitter's
        ("We hope that the Government will implement the recommendation that it accepted in 2017.", "observation",
         "hoped that the Government would implement the recommendation that it accepted in 2017."),
    ],
)
def test_speech_a_request_that_states_recommend_is_the_submitters_recommendation(text: str, act: str, predicate: str) -> None:
    r = report(text, state="Ghana", self_names=("GIEACPC", "Global Initiative"))
    assert r is not None and (r.act, r.predicate) == (act, predicate)


def test_draft_of_a_request_that_states_recommend_is_a_faithful_recommendation(tmp_path: Path) -> None:
    from uprkit.read import read_document

    (tmp_path / "GIEACPC.txt").write_text(
        "1. Corporal punishment of children is still lawful in the home in Ghana.\n\n2. The Children's Act, 1998 "
        'permits "justifiable" correction of children.\n\n3. Recommendation\n\n4. ' + _GIEACPC_ASK + "\n",
        encoding="utf-8")
    s = draft_summary(tmp_path, DraftOptions(country="GHA", session=42))
    drafted = [x for x in s.iter_sentences() if "enact legislation" in x.text]
    assert [(x.act, x.text[: x.text.index(" enact")]) for x in drafted] == [
        ("recommendation", "GIEACPC recommended that Ghana")]
    texts = {p.name: read_document(p).text for p in tmp_path.iterdir()}
    assert verify_summary(s, texts).faithfulness == 1.0


def test_a_letter_and_a_cover_are_not_drafted(tmp_path: Path) -> None:
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "ARED_letter.txt").write_text(
        "ASSOCIATION OF RELATIVES OF THE ENFORCED DISAPPEARED\n12 July 2022\nUPR Branch\nOffice of the United "
        "Nations High Commissioner for Human Rights\nPalais Wilson, Geneva, Switzerland\nDear Sir/Madam,\nRe: "
        "Submission for the Universal Periodic Review of Sri Lanka (42nd session)\nWe are the mothers of persons who "
        "disappeared after they surrendered to the army at Vattuvagal on 18 May 2009.\nThe Government offers death "
        "certificates and a payment of Rs. 100,000.\nNo. 14, R.A. De Mel Mawatha, Colombo 04 is our office.\n"
        "We request that the Working Group recommend to the Government of Sri Lanka to publish the lists of all "
        "persons who surrendered.\nYours faithfully,\n", encoding="utf-8")
    summary = draft_summary(folder, DraftOptions(country="LKA", session=42))
    text = " ".join(s.text for s in summary.iter_sentences())
    assert "Vattuvagal" in text  # the letter's first sentence, no longer run into the address and salutation
    assert "Rs. 100,000" in text  # "Rs." is no sentence's end
    assert "requested that the Working Group recommend" in text
    assert "Palais Wilson" not in text and "Mawatha" not in text and "Dear" not in text


def test_list_items_whose_label_has_no_space_after_it() -> None:
    # LibreOffice's tab after "(a)" leaves no space in a PDF's text
    text = ("19. In conclusion, the Commission recommends that the Government:\n(a)criminalise enforced disappearance"
            " in respect of all past cases;\n(b)implement the recommendations made by the Commission;\n")
    out = [(p.text, p.in_list) for p in split_passages(_doc(text), file="X.txt", stakeholder="X")]
    assert ("criminalise enforced disappearance in respect of all past cases;", True) in out
    assert ("implement the recommendations made by the Commission;", True) in out


def test_hyphens_of_prefixes_and_of_a_compounds_middle_at_a_lines_end() -> None:
    from uprkit.summarize.sentences import display_text, document_vocabulary

    t = "the ex-\ncombatants and other combatants; Year-\non-year inflation; the pre-\nvention of torture; inter-\nnational law"
    assert display_text(t, document_vocabulary(t)) == (
        "the ex-combatants and other combatants; Year-on-year inflation; the prevention of torture; international law"
    )


def test_a_cover_subtitle_with_commas_is_a_title() -> None:
    from uprkit.summarize.candidates import _is_title

    subtitle = "Land, militarisation and the right to memory in the Northern and Eastern Provinces"
    assert _is_title(subtitle, cover=True) and not _is_title(subtitle)
    assert not _is_title("Land was taken, and the army built a camp on it", cover=True)  # a sentence


def test_a_pdf_table_of_recommendations_actors_and_timelines() -> None:
    # a PDF's text of a table "Recommendation | Responsible authority | Timeline": each cell's lines in turn
    prose = "Women hold 12 of the 225 seats in Parliament, and no quota exists for the provincial councils or Parliament.\n"
    text = (prose * 6 + "6. Recommendations\nRecommendation Responsible\nauthority\nTimeline\n"
            "Criminalise marital rape in all circumstances by\namending section 363 of the Penal Code.\n"
            "Ministry of Justice;\nParliament\nBy the end of\n2024\n"
            "Amend the Muslim Marriage and Divorce Act to\nset 18 years as the minimum age of marriage.\n"
            "Ministry of Justice;\nParliament\nBy the end of\n2023\n\f"
            "Introduce a quota of at least 30 per cent for\nwomen in Parliament.\nParliament; Election\nCommission\n"
            "Before the\nnext elections\n")
    out = [(p.text, p.in_list) for p in split_passages(_doc(text), file="X.txt", stakeholder="X") if p.in_list]
    assert out == [
        ("Criminalise marital rape in all circumstances by amending section 363 of the Penal Code.", True),
        ("Amend the Muslim Marriage and Divorce Act to set 18 years as the minimum age of marriage.", True),
        ("Introduce a quota of at least 30 per cent for women in Parliament.", True),
    ]


def test_a_follow_up_tables_assessment_is_read_but_not_the_quoted_recommendation(tmp_path: Path) -> None:
    path = tmp_path / "CJR.docx"
    word = WordDocument()
    word.add_paragraph("Transitional justice")
    table = word.add_table(rows=3, cols=4)
    rows = [("No.", "Recommendation (recommending State)", "Status", "CJR assessment"),
            ("116.31", "Ensure that the Office on Missing Persons is adequately resourced and able to function "
             "independently (Switzerland)", "Partially implemented",
             "The Office on Missing Persons has opened regional offices in eight districts. However, all its "
             "commissioners were replaced in 2021."),
            ("116.47 116.48", "Repeal the Prevention of Terrorism Act and replace it with legislation that complies "
             "with international standards (Germany)", "Not implemented",
             "The amendment of 2022 reduced the period of detention from 18 to 12 months but left confessions admissible.")]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    word.save(path)
    out = [p.text for p in split_passages(read_document(path), file=path.name, stakeholder="CJR")]
    assert "However, all its commissioners were replaced in 2021." in out
    assert any(t.startswith("The amendment of 2022 reduced") for t in out)
    assert not any("adequately resourced" in t or "Repeal the Prevention" in t for t in out)  # the States' words


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Recommendations 116.60 (Denmark) and 116.61 (Ireland): Not implemented.",
         "noted that recommendations 116.60 (Denmark) and 116.61 (Ireland) had not been implemented."),
        ("Recommendation 116.70 (Mexico): Partially implemented.",
         "noted that recommendation 116.70 (Mexico) had been partially implemented."),
    ],
)
def test_a_previous_recommendations_status_line(text: str, predicate: str) -> None:
    r = report(text, state="Sri Lanka")
    assert r is not None and r.predicate == predicate
    p = split_passages(_doc(f"1. {text}\n"), file="X.txt", stakeholder="X")[0]
    assert not is_boilerplate(p)  # four words, but no fragment


def test_a_name_with_its_place_after_a_comma_is_spelled_out() -> None:
    from uprkit.summarize.stakeholder_guess import spelled_out

    assert spelled_out("LSFJ", "The Law and Society Forum, Jaffna (LSFJ) is a collective.") == "Law and Society Forum, Jaffna"


def test_a_numbered_title_in_a_narrow_column_is_a_heading() -> None:
    from uprkit.summarize.heading_lines import is_numbered_heading

    # a title without a verb over a sentence that starts with a capital, in a text whose lines are ~55 wide
    assert is_numbered_heading("Female-headed households and microfinance debt", "Some 58,000 households are", 55)
    assert not is_numbered_heading("Between January 2020 and March", "2024, ATIC documented 41 cases", 40)
    assert not is_numbered_heading("The police arrested", "Tamil journalists in 2021", 24)


def test_a_table_of_member_organizations_is_not_drafted() -> None:
    for text in ("No. Organisation District Area of work 1 Centre for Social Justice and Equity (CSJE) Colombo 2 Uva "
                 "Wellassa Farmers’ Collective Monaragala", "Parlamento Xinka (PAXIN); Asociación Garífuna (AGTI)."):
        p = split_passages(_doc(f"{text}\n"), file="X.txt", stakeholder="X")[0]
        assert is_boilerplate(p), text
    p = split_passages(_doc("No member of RAB has been convicted for an extrajudicial killing.\n"), file="X.txt",
                       stakeholder="X")[0]
    assert not is_boilerplate(p)


def _draft_against_truth(name: str, country: str, session: int, previous: str) -> tuple[dict, Summary, list]:
    """A kept submission set (tests/data/submissions_<name>, its manifest) drafted, with its author's truth and
    all the draft's sentences (the Office's introduction included)."""
    folder = DATA / f"submissions_{name}"
    truth = json.loads((DATA / f"submissions_{name}_truth.json").read_text(encoding="utf-8"))
    summary = draft_summary(folder, DraftOptions(country=country, session=session, previous_outcome=previous),
                            manifest=folder / "stakeholders.csv")
    return truth, summary, list(summary.iter_sentences())


def _not_drafted(truth: dict, sentences: list) -> set[tuple[str, str]]:
    """(stakeholder, recommendation) pairs of the truth that no sentence drafts as that stakeholder's, or cites
    with "See also" under a recommendation another stakeholder made in its own words (the cited words hold it)."""
    def cited_also(r: str, who: str, s) -> bool:
        return any(span.stakeholder == who and r.lower() in " ".join(span.text.split()).lower() for span in s.see_also)

    return {
        (who, r) for who, recs in truth["recommendations"].items() for r in recs
        if not any(
            s.act == "recommendation" and (r.lower() in s.text.lower() and who in s.stakeholders or cited_also(r, who, s))
            for s in sentences
        )
    }


def test_the_sri_lanka_set_against_its_ground_truth() -> None:
    """tests/data/submissions_lka (see its README.txt) and the truth its author wrote: every recommendation drafted
    as one and credited to its stakeholder, nothing of the covers, letter, web page's furniture, French summary or
    member lists drafted, the recommending States' words never a submitter's recommendation, its facts kept."""
    folder = DATA / "submissions_lka"
    truth, summary, sentences = _draft_against_truth(
        "lka", "LKA", 42, "A/HRC/37/17 and the addendum A/HRC/37/17/Add.1, and A/HRC/37/2")
    assert _not_drafted(truth, sentences) == set()
    junk = [(j, s.text[:80]) for j in truth["never_drafted"] for s in sentences if j.lower() in s.text.lower()]
    assert junk == []
    assert not [s.text for w in truth["states_words_not_cjr_recommendation"] for s in sentences
                if w.lower() in s.text.lower() and s.act == "recommendation" and "CJR" in s.stakeholders]
    lost = [(who, w) for who, ws in truth["lost_content_should_appear"].items() for w in ws
            if not any(w.lower() in s.text.lower() for s in sentences)]
    assert lost == []
    assert any(w.code == "text-not-drafted" and "MRAI" in w.message for w in summary.warnings)
    texts = {p.name: read_document(p).text for p in folder.iterdir() if p.suffix in {".pdf", ".docx", ".html"}}
    result = verify_summary(summary, texts)
    assert result.failures == [] and result.faithful == sum(1 for s in sentences if s.stakeholders)


def test_ligatures_and_soft_hyphens_of_a_pdfs_text_are_written_out(tmp_path: Path) -> None:
    from uprkit.summarize.sentences import display_text

    raw = "The of\ufb01ce of the Ombudsman con\u00ad\nfirmed the \ufb01gures."
    assert display_text(raw) == "The office of the Ombudsman confirmed the figures."
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "OMB.txt").write_text(f"1. {raw}\n2. We recommend that Georgia ratify the OP-CAT.\n3. More text here.\n",
                                    encoding="utf-8")
    summary = draft_summary(folder, DraftOptions(country="GEO", session=37))
    assert any("office of the Ombudsman confirmed the figures" in s.text for s in summary.iter_sentences())
    assert verify_summary(summary, {"OMB.txt": (folder / "OMB.txt").read_text(encoding="utf-8")}).failures == []


def test_own_names_from_a_bracket_inside_the_name_and_a_slashed_abbreviation() -> None:
    from uprkit.summarize.credits import own_names
    from uprkit.summarize.model import SummaryStakeholder

    ombudsman = SummaryStakeholder(abbreviation="Ombudsman", name="Akyikatchy (Ombudsman) of the Kyrgyz Republic", kind="nhri")
    assert {"Akyikatchy", "the Akyikatchy", "the Ombudsman", "the Institution"} <= set(own_names(ombudsman))
    odihr = SummaryStakeholder(abbreviation="OSCE/ODIHR", kind="regional",
                               name="Organization for Security and Co-operation in Europe/Office for Democratic Institutions and Human Rights")
    assert {"ODIHR", "Office for Democratic Institutions and Human Rights"} <= set(own_names(odihr))
    # a name of its State: "the Protector of Citizens found …" is the institution's own finding (the Serbian set:
    # "PCRS reported that the Protector of Citizens found …" before)
    pcrs = SummaryStakeholder(abbreviation="PCRS", name="Protector of Citizens of the Republic of Serbia", kind="nhri")
    assert {"Protector of Citizens", "the Protector of Citizens"} <= set(own_names(pcrs))
    assert "Union of Journalists" not in own_names(SummaryStakeholder(abbreviation="UJB", name="Union of Journalists of Bor"))
    r = report("The Protector of Citizens found that the centres had not carried out risk assessments.",
               state="Serbia", self_names=own_names(pcrs))
    assert r is not None and r.sentence("PCRS") == "PCRS found that the centres had not carried out risk assessments."
    r = report("The Akyikatchy recommends that the Government ensure that protection orders are issued within 24 hours.",
               state="Kyrgyzstan", self_names=own_names(ombudsman))
    assert r is not None and r.act == "recommendation" and "are issued" in r.predicate


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # (the phrase set off by commas, as the submission writes it)
        ("We recommend that, as a matter of priority, the Government repeal the law.",
         "recommended that, as a matter of priority, the Government repeal the law."),
        ("Recommendation: Transfer the investigation of torture complaints to an independent body.",
         "recommended that Kyrgyzstan transfer the investigation of torture complaints to an independent body."),
        ("Persons with disabilities of group I receive a pension.", "noted that persons with disabilities of group I receive a pension."),
    ],
)
def test_speech_a_comma_after_that_a_recommendation_label_and_a_numeral_i(text: str, predicate: str) -> None:
    r = report(text, state="Kyrgyzstan")
    assert r is not None and r.predicate == predicate


def test_paragraphs_numbered_with_a_section_sign_or_para() -> None:
    text = "§ 1 The Network documents torture in Osh.\n§ 2 Investigations are rare.\nPara. 3 The courts accept confessions.\n"
    assert [(p.paragraph, p.text) for p in split_passages(_doc(text), file="X.txt", stakeholder="X")] == [
        ("1", "The Network documents torture in Osh."), ("2", "Investigations are rare."),
        ("3", "The courts accept confessions.")]


def test_links_lists_of_members_and_captions() -> None:
    def boilerplate(text: str) -> bool:
        return is_boilerplate(split_passages(_doc(f"{text}\n"), file="X.txt", stakeholder="X")[0])

    # a finding that gives its source's address is no contact line
    assert not boilerplate("CAMFI recorded the blocking of at least 14 news websites between 2021 and 2024 (the list is "
                           "at https://www.camfi.org/kg.html), including Azattyk, whose website was blocked for ten months.")
    assert boilerplate("The full report is available at https://www.camfi.org/kg.html and on our pages in Russian and Kyrgyz.")
    assert boilerplate("Most Rev. Dr. Emmanuel Danjuma, Chairman, Council for Justice and Peace, No. 7 Ahmadu Bello Way, "
                       "Kaduna, info@ccjpnn.org, Kaduna, 10 July 2023.")
    assert boilerplate("Association of Legal Clinics of Kyrgyzstan, Bishkek.")
    assert boilerplate("Complaints received by the Akyikatchy, 2020–2024 Table 1.")


def test_a_state_named_by_its_initials_in_a_file_name_is_not_the_submitter(tmp_path: Path) -> None:
    from uprkit.summarize.stakeholder_guess import guess_stakeholder

    path = tmp_path / "Akyikatchy_KR_UPR4_report_2025.txt"
    path.write_text("AKYIKATCHY (OMBUDSMAN) OF THE KYRGYZ REPUBLIC\nKyrgyz Republic (KR)\n\n1. The Akyikatchy received "
                    "4,102 complaints in 2024.\n", encoding="utf-8")
    assert guess_stakeholder(path, read_document(path)).abbreviation == "Akyikatchy"


def test_a_numbered_table_of_the_submitters_recommendations(tmp_path: Path) -> None:
    path = tmp_path / "AEJC.docx"
    word = WordDocument()
    word.add_paragraph("Recommendations")
    table = word.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, [("No.", "Recommendation", "Related third-cycle recommendations"),
                                       ("1", "Provide safe drinking water to all villages by 2030, giving priority to "
                                        "Batken and Jalal-Abad regions.", "141.23 (Spain)")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    word.save(path)
    out = [(p.text, p.in_list) for p in split_passages(read_document(path), file=path.name, stakeholder="AEJC")]
    assert ("Provide safe drinking water to all villages by 2030, giving priority to Batken and Jalal-Abad regions.", True) in out


def test_a_word_table_of_recommendations_without_full_stops(tmp_path: Path) -> None:
    """(the Cambodian set) a table "Issue | Recommendation | Related cycle-1 recommendation" whose requests have no
    full stop was left out whole (5 points of CRAC); the cycle-1 numbers are still not read."""
    path = tmp_path / "CRAC.docx"
    word = WordDocument()
    word.add_paragraph("9. CRAC makes the following recommendations:")
    table = word.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Issue", "Recommendation", "Related cycle-1 recommendation"),
                                       ("Residential care", "Enforce the minimum standards on alternative care and close "
                                        "orphanages that do not meet them", "81.52 (Czech Republic)"),
                                       ("Corporal punishment", "Prohibit corporal punishment in all settings, including "
                                        "the home", "None")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    word.save(path)
    passages = split_passages(read_document(path), file=path.name, stakeholder="CRAC")
    assert [(p.text, p.in_list, p.heading) for p in passages[1:]] == [
        ("Enforce the minimum standards on alternative care and close orphanages that do not meet them", True,
         "Residential care"),
        ("Prohibit corporal punishment in all settings, including the home", True, "Corporal punishment"),
    ]
    points = points_of(passages, stakeholder_order=0, state="Cambodia", self_names=("CRAC",))
    assert points[0].reported.sentence("CRAC") == (
        "CRAC recommended that Cambodia enforce the minimum standards on alternative care and close orphanages that "
        "do not meet them.")


#: What the Kyrgyzstan set's draft still gets wrong against its truth, on purpose listed here (see the closing
#: notes): a finding's web address is drafted.
_KGZ_KNOWN_JUNK = {"camfi.org"}


def test_the_kyrgyzstan_set_against_its_ground_truth() -> None:
    truth, _, sentences = _draft_against_truth(
        "kgz", "KGZ", 50, "A/HRC/44/9 and the addendum A/HRC/44/9/Add.1, and A/HRC/44/2")
    assert _not_drafted(truth, sentences) == set()
    junk = {j for j in truth["never_drafted"] for s in sentences if j.lower() in s.text.lower()}
    assert junk <= _KGZ_KNOWN_JUNK
    assert not [s.text for w in truth["states_words_not_recommendation"] for s in sentences
                if w.lower() in s.text.lower() and s.act == "recommendation"]
    # a finding is there in the reporting tense too ("about 2,900 lived and studied in special boarding schools" for
    # the truth's "2,900 live and study")
    from uprkit.summarize.tense import backshift

    lost = [(who, w) for who, ws in truth["lost_content_should_appear"].items() for w in ws
            if not any(w.lower() in s.text.lower() or backshift(w).lower() in s.text.lower() for s in sentences)]
    assert lost == []


def test_the_submitters_own_earlier_recommendations_quoted_under_a_lead_in(tmp_path: Path) -> None:
    path = tmp_path / "ODIHR.docx"
    word = WordDocument()
    for line in ("In its final report, ODIHR recommended that:",
                 "“The legal framework should be reviewed well in advance of the next elections.”",
                 "“The blanket restriction on the right to vote of all prisoners should be lifted.”"):
        word.add_paragraph(line)
    word.save(path)
    items = [p for p in split_passages(read_document(path), file=path.name, stakeholder="X") if p.in_list]
    assert len(items) == 2 and all(p.lead == "In its final report, ODIHR recommended that:" for p in items)
    r = report(items[1].text, state="Kyrgyzstan", lead=items[1].lead, self_names=("ODIHR",))
    assert r is not None and r.predicate == (
        "recommended that “the blanket restriction on the right to vote of all prisoners should be lifted.”")


@pytest.mark.parametrize(
    ("text", "act", "predicate"),
    [
        ("We recommend clearly defining torture in the Criminal Code.", "recommendation",
         "recommended clearly defining torture in the Criminal Code."),
        ("We reiterate our recommendation that the Government abolish the death penalty.", "recommendation",
         "reiterated its recommendation that the Government abolish the death penalty."),
        ("We reiterate the recommendation made in the previous cycle to establish an independent institution.",
         "recommendation", "reiterated the recommendation made in the previous cycle to establish an independent institution."),
        ("We reiterate that the law is discriminatory.", "observation", "reiterated that the law was discriminatory."),
        # a joint submission speaking of itself as "the coalition" takes note, as "we" would
        ("The coalition takes note of the adoption of the new Criminal Code in 2021.", "observation",
         "took note of the adoption of the new Criminal Code in 2021."),
        ("The coalition takes part in the national consultations.", "observation",
         "noted that the coalition takes part in the national consultations."),
        ("The coalition expresses concern at the cancellation of 21 arrest warrants.", "concern",
         "expressed concern at the cancellation of 21 arrest warrants."),
        ("The coalition expresses its gratitude to the State.", "observation",
         "noted that the coalition expresses its gratitude to the State."),
        ("It further recommends that the Government recognise Turkish Sign Language.", "recommendation",
         "recommended that the Government recognise Turkish Sign Language."),
    ],
)
def test_speech_an_adverb_before_a_gerund_a_reiterated_recommendation_and_taking_note(text: str, act: str, predicate: str) -> None:
    r = report(text, state="Kazakhstan", self_names=("JS1",))
    assert r is not None and (r.act, r.predicate) == (act, predicate)


def test_a_statistics_table_with_decimals_is_no_sentences_and_no_notes() -> None:
    text = ("The increase reflects complaints from displaced persons.\nTable 2. Complaints received in 2024, by subject\n"
            "Subject Number Per cent\nActions of law enforcement bodies (including torture and\nill-treatment) 1,021 24.3\n"
            "Right to social protection and pensions 874 20.8\nLabour rights 441 10.5\nTotal 4,201 100.0\n"
            "The Institution recommends that the Government publish these figures every year.\n")
    passages = split_passages(_doc(text), file="X.txt", stakeholder="X")
    kept = [p.text for p in passages if not is_boilerplate(p)]
    assert kept == ["The increase reflects complaints from displaced persons.",
                    "The Institution recommends that the Government publish these figures every year."]
    # a figure at a sentence's end before a note marker is still a sentence's end
    text = "Complaints rose to 4,201 in 2024.3\nThe courts rejected 874 of them.\n"
    assert [p.text for p in split_passages(_doc(text), file="X.txt", stakeholder="X")] == [
        "Complaints rose to 4,201 in 2024.", "The courts rejected 874 of them."]


def test_word_symbol_and_google_docs_bullets_are_list_items() -> None:
    for bullet in ("\uf0b7", "●", "", "➢"):
        text = f"Torture persists in police custody.\nRecommendations:\n{bullet} Adopt a plan for the withdrawal of the armed forces.\n{bullet} Exclude all evidence obtained under torture.\n"
        items = [p for p in split_passages(_doc(text), file="X.pdf", stakeholder="JS1") if p.in_list]
        assert [p.text for p in items] == ["Adopt a plan for the withdrawal of the armed forces.",
                                           "Exclude all evidence obtained under torture."], bullet
        r = report(items[1].text, state="Mexico", lead=items[1].lead, recommendation_context=True)
        assert r is not None and r.predicate == "recommended that Mexico exclude all evidence obtained under torture."


def test_paragraphs_numbered_in_square_brackets_and_a_translated_self_name() -> None:
    from uprkit.summarize.credits import own_names
    from uprkit.summarize.model import SummaryStakeholder

    text = "[1] At least 2,400 persons live in institutions.\n[2] Few are reviewed.\n[3] The Clinic recommends that Mexico adopt a deinstitutionalization strategy.\n"
    assert [(p.paragraph, p.text) for p in split_passages(_doc(text), file="X.docx", stakeholder="CDHD")] == [
        ("1", "At least 2,400 persons live in institutions."), ("2", "Few are reviewed."),
        ("3", "The Clinic recommends that Mexico adopt a deinstitutionalization strategy.")]
    clinic = SummaryStakeholder(abbreviation="CDHD", name="Clínica de Derechos Humanos y Discapacidad, Universidad del Golfo", kind="ngo")
    assert "the Clinic" in own_names(clinic)
    r = report("The Clinic recommends that Mexico adopt a deinstitutionalization strategy.", state="Mexico", self_names=own_names(clinic))
    assert r is not None and (r.act, r.predicate) == ("recommendation", "recommended that Mexico adopt a deinstitutionalization strategy.")


def test_a_treaty_bodys_recommendation_recalled_under_a_lead_in_is_not_the_submitters() -> None:
    lead = "In 2022 the Committee on the Rights of Persons with Disabilities recommended that Mexico:"
    r = report("“Abolish all forms of substituted decision-making.”", state="Mexico", lead=lead, self_names=("CDHD",))
    assert r is not None and r.act == "observation"
    assert r.predicate == ("noted that in 2022 the Committee on the Rights of Persons with Disabilities recommended that Mexico "
                           "“Abolish all forms of substituted decision-making.”")
    # the submitter's own earlier recommendations, and its own lead-ins, stay its recommendations
    r = report("“Abolish all forms of substituted decision-making.”", state="Mexico",
               lead="In its final report, ODIHR recommended that:", self_names=("ODIHR",))
    assert r is not None and r.act == "recommendation"
    r = report("fund the state search commissions;", state="Mexico",
               lead="The Red de Madres Buscadoras del Noroeste asks the Mexican State to:",
               self_names=("RMBN", "Red de Madres Buscadoras del Noroeste"))
    assert r is not None and (r.act, r.predicate) == ("recommendation", "called on the Mexican State to fund the state search commissions.")


def test_a_numbered_list_of_topics_under_a_lead_in_that_asks() -> None:
    text = ("Disappearances are widespread in Sonora.\nThe Network asks the Mexican State to:\n1. Search for disappeared persons:\n"
            "a) fund the state search commissions;\nb) cover the costs of the searches.\n2. Forensic identification:\n"
            "a) build a DNA laboratory in Sonora.\n")
    passages = split_passages(_doc(text), file="X.pdf", stakeholder="RMBN")
    items = [p for p in passages if p.in_list and not is_boilerplate(p)]
    assert [p.text for p in items] == ["fund the state search commissions;", "cover the costs of the searches.",
                                       "build a DNA laboratory in Sonora."]
    assert {p.lead for p in items} == {"The Network asks the Mexican State to:"}
    assert {p.paragraph for p in passages} == {None}  # a list's numbers, not the text's paragraphs


@pytest.mark.parametrize(
    "text",
    ["Like this:", "Be the first to like this.", "Leave a Reply", "Your email address will not be published. Required fields are marked *",
     "The CNDH reiterates its willingness to collaborate with the Human Rights Council in the follow-up to the recommendations.",
     "This is the text of the submission that the Centre sent to the Office of the High Commissioner.",
     "The paragraph and footnote numbers of the original documents have been kept.",
     "Most of our members are mothers who began to search after the authorities failed to do so.",
     "Red de Mujeres de Juárez (RMMJ), Ciudad Juárez Ciudad de México.",
     "Centro de Derechos Humanos de la Montaña Tlachinollan (CDHMT), Tlapa de Comonfort."],
)
def test_a_blogs_furniture_a_courtesy_a_cover_note_and_member_lists_are_boilerplate(text: str) -> None:
    # nothing of it drafted ("Leave a Reply" alone on its line is a heading: no passage at all)
    assert all(is_boilerplate(p) for p in split_passages(_doc(f"Torture persists.\n{text}\n"), file="X.txt", stakeholder="X")[1:])


def test_the_noun_remains_stays_and_it_considers_it_necessary() -> None:
    from uprkit.summarize.tense import backshift

    assert backshift("its collectives found the remains of 1,029 persons") == "its collectives found the remains of 1,029 persons"
    assert backshift("every body or remains found") == "every body or remains found"
    assert backshift("she was sentenced and remains in prison") == "she was sentenced and remained in prison"
    r = report("The CNDH considers it necessary that the Mexican State review the catalogue of offences.", state="Mexico",
               self_names=("CNDH", "the CNDH"))
    assert r is not None and (r.act, r.predicate) == (
        "recommendation", "considered it necessary that the Mexican State review the catalogue of offences.")


def test_a_regional_bodys_long_numbered_excerpt_titles_are_headings() -> None:
    text = ("I. Excerpt from the Annual Report 2022, Chapter V: Follow-up of recommendations\n"
            "made by the IACHR in its country report on Mexico\n"
            "98. In its country report of 2015, the Commission recommended that the State adopt a plan.\n"
            "99. The Commission notes with concern that the reform was approved.\n"
            "III. Excerpt from the Annual Report 2022, Chapter V: Follow-up on the Ayotzinapa case\n"
            "152. Regarding the disappearance of the 43 students, the investigation goes on.\n")
    passages = split_passages(_doc(text), file="X.pdf", stakeholder="IACHR")
    assert [(p.paragraph, p.heading, p.text[:40]) for p in passages] == [
        ("98", "I. Excerpt from the Annual Report 2022, Chapter V: Follow-up of recommendations made by the IACHR in its country report on Mexico",
         "In its country report of 2015, the Commi"),
        ("99", "I. Excerpt from the Annual Report 2022, Chapter V: Follow-up of recommendations made by the IACHR in its country report on Mexico",
         "The Commission notes with concern that t"),
        ("152", "III. Excerpt from the Annual Report 2022, Chapter V: Follow-up on the Ayotzinapa case",
         "Regarding the disappearance of the 43 st")]
    # a Roman "I." numbers a section; it is no pronoun
    from uprkit.summarize.person import third_person

    assert third_person("I. Excerpt from the Annual Report") == "I. Excerpt from the Annual Report"


def test_a_document_uprkit_does_not_read_is_named_not_included(tmp_path: Path) -> None:
    shutil.copy(SUBMISSIONS / "AI.txt", tmp_path / "AI.txt")
    (tmp_path / "HRW.odt").write_bytes(b"PK\x03\x04 not read")
    (tmp_path / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "stakeholders.csv").write_text(
        "abbreviation,name,kind,file\nAI,Amnesty International,ngo,AI.txt\nHRW,Human Rights Watch,ngo,HRW.odt\n", encoding="utf-8")
    s = draft_summary(tmp_path, DraftOptions(country="KAZ", session=48), manifest=tmp_path / "stakeholders.csv")
    assert [(n.file, n.reason) for n in s.not_included] == [
        ("HRW.odt", "uprkit does not read .odt files: save it as DOCX or PDF"),
        ("scan.jpg", "an image (.jpg): run OCR and save it as a PDF with a text layer")]
    s = draft_summary(tmp_path, DraftOptions(country="KAZ", session=48))  # without the manifest, the same
    assert [n.file for n in s.not_included] == ["HRW.odt", "scan.jpg"]
    # a folder of such files only is an error that names them
    for f in ("AI.txt", "stakeholders.csv"):
        (tmp_path / f).unlink()
    with pytest.raises(UprkitError, match="found only HRW.odt, scan.jpg, which it does not read"):
        draft_summary(tmp_path, DraftOptions(country="KAZ", session=48))


def test_a_word_table_of_short_recommendations_under_its_column_name() -> None:
    text = ("The Institution's recommendations are summarised in the table below.\nIssue\tRecommendation\tRelated SDG\n"
            "Overcrowding in prisons\tReduce the occupancy of penal institutions by making greater use of alternatives to detention.\tSDG 16 (target 16.3)\n"
            "Removal centres\tGuarantee access to a lawyer for every foreigner held in removal centres.\tSDG 16 (target 16.3)\n")
    passages = split_passages(_doc(text), file="X.docx", stakeholder="TIHEK")
    kept = [(p.heading, p.text, p.in_list) for p in passages if not is_boilerplate(p)]
    assert kept == [
        ("Overcrowding in prisons", "Reduce the occupancy of penal institutions by making greater use of alternatives to detention.", True),
        ("Removal centres", "Guarantee access to a lawyer for every foreigner held in removal centres.", True)]


def test_a_text_that_numbers_only_its_recommendations_is_cited_by_page() -> None:
    text = ("Violence against women\nFemicides rose in 2023.\n\nProtection orders are rarely enforced.\n\nShelters are few.\n"
            "Recommendations\n2 Collect and publish official data on killings of women.\n45.73 (Canada)\n"
            "3 Ensure that protection orders are enforced.\n45.80 (Iceland)\n4 Open more shelters.\n45.86 (Germany)\n")
    passages = split_passages(_doc(text), file="X.pdf", stakeholder="KDA")
    assert {p.paragraph for p in passages} == {None}
    kept = [(p.text, p.in_list) for p in passages if not is_boilerplate(p) and p.heading == "Recommendations"]
    assert kept == [("Collect and publish official data on killings of women.", True),
                    ("Ensure that protection orders are enforced.", True), ("Open more shelters.", True)]


def test_a_numbered_table_row_over_the_pages_footnote_with_the_same_number_is_no_note() -> None:
    text = ("Shelters are few.1\nRecommendations\nKDA recommends that the Government of Türkiye:\n"
            "1 Rejoin the Istanbul Convention and implement it fully. 45.1 (Sweden)\n"
            "1 Official Gazette No. 31429, 20 March 2021.\nPage 1 of 2\n\f"
            "2 Collect and publish official data on killings of women.\n3 Open more shelters.\n")
    texts = [p.text for p in split_passages(_doc(text), file="X.pdf", stakeholder="KDA")]
    assert "Rejoin the Istanbul Convention and implement it fully." in texts
    assert not any("Official Gazette" in t for t in texts)


def test_a_pages_note_under_a_contact_address_broken_at_a_hyphen_is_a_note() -> None:
    # the Türkiye set's MHG: "Av. Rojda Aslan, coordinator – info@mhg-" / "observatory.org" / "4 Constitution of the
    # Republic of Türkiye, art. 42 (9).": the address ends the text, so the note below it is the page's
    text = ("1. Kurdish may not be taught as a mother tongue.4\nD. Contact\nAv. Rojda Aslan, coordinator – info@mhg-\n"
            "observatory.org\n4 Constitution of the Republic of Türkiye, art. 42 (9).\n")
    texts = [p.text for p in split_passages(_doc(text), file="X.pdf", stakeholder="MHG")]
    assert not [t for t in texts if "Constitution of the Republic" in t]
    assert texts[-1].startswith("Rojda Aslan, coordinator")


def test_a_table_row_after_an_empty_cell_is_a_row_of_its_own(tmp_path: Path) -> None:
    # the Türkiye set's KDA: row 6's last cell is empty ("—" on a line of its own in the PDF's text), and row 7 ran
    # into it: "KDA noted that admit to shelters all women at risk, … over 12. — 7 Train judges …"
    text = ("Shelters\n\nThere are 149 shelters with 3,545 places in a country of 85 million people.\n\n"
            "Recommendations\n\nKDA recommends that the Government of Kazakhstan:\n"
            "5 Increase the number of shelter places to at least one per 10,000 inhabitants.\n45.86 (Germany)\n"
            "6 Admit to shelters all women at risk, including women with disabilities and women with sons over 12.\n"
            "—\n7 Train judges, prosecutors and police on the law on domestic violence.\n45.79 (Netherlands)\n")
    (tmp_path / "KDA.txt").write_text(text, encoding="utf-8")
    s = draft_summary(tmp_path, DraftOptions(country="KAZ", session=48))
    drafted = [(x.act, x.text.split(" Kazakhstan ", 1)[-1]) for x in s.iter_sentences() if x.stakeholders]
    assert ("recommendation", "admit to shelters all women at risk, including women with disabilities and women with "
            "sons over 12.") in drafted
    assert ("recommendation", "train judges, prosecutors and police on the law on domestic violence.") in drafted
    assert not [t for _, t in drafted if "—" in t]


def test_the_mexico_set_against_its_ground_truth() -> None:
    truth, summary, sentences = _draft_against_truth(
        "mex", "MEX", 45, "A/HRC/40/8 and the addendum A/HRC/40/8/Add.1, and A/HRC/40/2")
    assert _not_drafted(truth, sentences) == set()
    assert [j for j in truth["never_drafted"] for s in sentences if j.lower() in s.text.lower()] == []
    assert [n.file for n in summary.not_included] == ["CDHTI_Informe_EPU_Mexico_2023.docx"]
    # a treaty body's recommendation the clinic recalls is no recommendation of the clinic's
    assert not [s.text for s in sentences if "Abolish all forms of substituted" in s.text and s.act == "recommendation"]
    located = {src.stakeholder: src for s in sentences for src in s.sources}
    assert all(src.paragraph or src.page for who, src in located.items() if who in {"CEPLEX", "CDHD", "RMBN"})


def test_a_lead_in_ends_its_block_before_a_table_header_in_a_pdfs_text() -> None:
    text = ("Shelters are few.\nKDA recommends that the Government of Türkiye:\nNo. Recommendation Related third-cycle\n"
            "recommendations (A/HRC/44/14)\n")
    passages = split_passages(_doc(text), file="X.pdf", stakeholder="KDA")
    assert [p.text for p in passages][:2] == ["Shelters are few.", "KDA recommends that the Government of Türkiye:"]
    assert all(is_boilerplate(p) for p in passages[1:])


def test_drafting_defects_found_by_the_georgia_merge_set() -> None:
    """A made-up Georgia set (tenth session): a finding on "Rustaveli Avenue, causing …" was dropped as a postal
    address; "Immediately and unconditionally release …" and "Distribute State advertising …" in a list were
    notes; a recommendation whose subject runs to fourteen words was a note."""
    text = ("1. Police used water cannon against largely peaceful crowds on Rustaveli Avenue, causing burns and "
            "breathing difficulties.\n\n2. Amnesty International, 1 Easton Street, London WC1X 0DW.\n")
    kept = [p.text for p in split_passages(_doc(text), file="X.txt", stakeholder="AI") if not is_boilerplate(p)]
    assert any("Rustaveli Avenue, causing burns" in t for t in kept)
    assert not any("Easton Street" in t for t in kept)
    assert starts_with_verb("Immediately and unconditionally release journalist Mzia Amaglobeli;")
    assert starts_with_verb("Distribute State advertising among media outlets on the basis of objective criteria.",
                            listed=True)
    assert not starts_with_verb("Journalists and bloggers are prosecuted.")
    r = report("The procedures for appointing the members and the Chairperson of the Central Election Commission "
               "should be reviewed to ensure their independence.", state="Georgia")
    assert r is not None and r.act == "recommendation"
    assert r.predicate.startswith("recommended that the procedures for appointing the members")


def test_it_should_after_a_recommendation_to_the_state_is_the_states_recommendation() -> None:
    """A review of a Turkish set: "Türkiye should repeal article 45 … It should also ensure that any criminal
    proceedings … respect the presumption of innocence." was drafted "MHG noted that it should also ensure …", an
    observation with no one to stand for "it". "It" after a recommendation to the State is the State, and "they"
    after one to the authorities; "It" after anything else stays as written."""
    doc = _doc(
        "5. Türkiye should repeal article 45 of Law No. 5393. It should also ensure that criminal proceedings "
        "respect the presumption of innocence.\n"
        "6. The authorities should release the detained co-mayors. They should also compensate them.\n"
        "7. The law on trustees is vague. It should be repealed.\n"
        "8. The Government should amend the law. It must be noted that the law was adopted in 2016.\n"
    )
    passages = split_passages(doc, file="X.txt", stakeholder="MHG")
    points = points_of(passages, stakeholder_order=0, state="Türkiye", self_names=("MHG",))
    drafted = [p.body() for p in points]
    assert "recommended that Türkiye also ensure that criminal proceedings respect the presumption of innocence." in drafted
    assert "recommended that the authorities also compensate them." in drafted
    assert not any(d.startswith("recommended that it") for d in drafted)
    assert not any("that Türkiye be repealed" in d or "Government be noted" in d for d in drafted)


def test_unnumbered_pdf_paragraphs_end_at_a_short_line_and_a_title_wraps_in_a_narrow_column() -> None:
    """(review of a cycle-2 set) A PDF's paragraphs without numbers under one heading were one block, so that
    "Torture is still not a criminal offence … since 2012.iii", "Police Force Order 237 allows …" and "The Terrorism
    (Prevention) Act 2011 …" became one point (the Terrorism Act under the right to life), and "2012.iii" kept
    its marker. A sentence ending on a line well short of the column, before a line opening with a capital, ends
    the paragraph. A title wrapped onto a word in lower case ("Human rights defenders and civic" / "space") is a
    heading, not the first words of the next sentence."""
    filler = "".join(
        f"The police detained {i} persons in the northern states without charge and without\n"
        f"access to a lawyer, and their families were not told where they were held in {2000 + i}.\n"
        for i in range(1, 12)
    )
    text = (
        "THE NATIONAL HUMAN RIGHTS FRAMEWORK\n" + filler +
        "Torture is still not a criminal offence in Nigerian law. A bill to criminalise torture has\n"
        "been pending before the Assembly since 2012.iii\n"
        "Police Force Order 237 allows police officers to shoot suspects and detainees who try to\n"
        "escape, whether or not they pose a threat to life.iv\n"
        "The Terrorism (Prevention) Act 2011 contains an overly broad definition of terrorism and\n"
        "permits the prolonged detention of suspects without charge.\n"
        "Human rights defenders and civic\nspace\n"
        "The African Commission is concerned at the arrest of journalists under the Cybercrimes\n"
        "Act 2015 and at the proposed regulation of non-governmental organisations.\n"
    )
    passages = split_passages(_doc(text), file="X.pdf", stakeholder="AI")
    block = {p.text: p.block for p in passages}
    torture = block["A bill to criminalise torture has been pending before the Assembly since 2012."]
    order = block["Police Force Order 237 allows police officers to shoot suspects and detainees who try to escape, "
                  "whether or not they pose a threat to life."]
    terrorism = block["The Terrorism (Prevention) Act 2011 contains an overly broad definition of terrorism and permits "
                      "the prolonged detention of suspects without charge."]
    assert len({torture, order, terrorism}) == 3
    (last,) = [p for p in passages if "Cybercrimes" in p.text]
    assert last.text.startswith("The African Commission is concerned")
    # (round trip of A/HRC/WG.6/32/AFG/3) a page's short last line does not end a paragraph that runs over the page
    over = split_passages(_doc(filler + "Civilian casualties rose again in 2017.\n\fThus, there were 26 deaths a day.\n"),
                          file="X.pdf", stakeholder="AIHRC")
    assert len({p.block for p in over if "casualties" in p.text or "Thus" in p.text}) == 1
    assert last.heading == "Human rights defenders and civic space"


def test_a_recommendation_placed_with_little_confidence_goes_with_the_stakeholders_facts() -> None:
    """(review of a cycle-2 set) "Provide resettlement and compensation to the residents of Badia East" went to
    "Migrants, refugees and asylum seekers" (0.19), away from the stakeholder's findings on the Badia East
    evictions. A recommendation placed with little confidence goes where the stakeholder's own facts on the same
    matter are; one placed with confidence, or sharing too few words with them, stays."""
    from uprkit.summarize.draft import _anchor_recommendations

    doc = _doc(
        "1. On 23 February 2013 the Lagos State Government demolished homes in Badia East without notice, and the "
        "residents received no resettlement or compensation.\n\n"
        "2. Recommendations\n\nLURC recommends that the Government:\n"
        "(a) Provide resettlement and compensation to the residents of Badia East;\n"
        "(b) Provide compensation to the residents of Badia East who are refugees;\n"
        "(c) Ratify the Convention on the Rights of Persons with Disabilities.\n"
    )
    fact, weak, sure, other = points_of(split_passages(doc, file="X.txt", stakeholder="LURC"), stakeholder_order=0,
                                        state="Nigeria", self_names=("LURC",))
    assert (fact.act, weak.act, sure.act, other.act) == ("observation", *["recommendation"] * 3)
    fact.theme, fact.confidence = "social-security-standard-of-living", 0.7
    weak.theme, weak.confidence = "migrants-refugees-idps", 0.19
    sure.theme, sure.confidence = "migrants-refugees-idps", 0.9
    other.theme, other.confidence = "international-obligations", 0.3
    _anchor_recommendations([fact, weak, sure, other], ("Nigeria", "NGA"))
    assert weak.theme == "social-security-standard-of-living"
    assert sure.theme == "migrants-refugees-idps" and other.theme == "international-obligations"


def test_select_gives_recommendations_their_share_and_the_facts_the_rest() -> None:
    """(review of a 30-submission set) Under a 3,000-word limit the draft was 92 per cent recommendations and kept
    no figure of the police killings: every stakeholder's turn took its recommendations first. Recommendations
    now take about their share of the words (a third in the published summaries), the facts the rest."""
    from uprkit.summarize.select import RECOMMENDATION_SHARE, select_points

    points = []
    for i in range(1, 11):
        points += [_point(f"JS{i}", k, f"The Government should release the {k} detainees held in prison {i}.") for k in range(1, 8)]
        points += [_point(f"JS{i}", 10 + k, f"Police killed {k} protesters in county {i} in 2023.") for k in range(1, 8)]
    assert {p.act for p in points} == {"recommendation", "observation"}
    words = {id(p): p.words(p.stakeholders[0]) + 1 for p in points}
    chosen = select_points(points, budget=600, point_words=lambda p: words[id(p)], heading_words=lambda p: ((), ()))
    asking = sum(words[id(p)] for p in chosen if p.act == "recommendation")
    assert abs(asking / sum(words[id(p)] for p in chosen) - RECOMMENDATION_SHARE) < 0.1


#: The body of a PDF's page (LibreOffice, lines about 95 characters wide), under a cover being tested.
_BODY_LINES = (
    "2 Legality of corporal punishment\n"
    "2.1 Home (lawful): Corporal punishment is lawful in the home. Section 295 of the Criminal Code,\n"
    "applicable in the southern states, and section 55 of the Penal Code, applicable in the northern\n"
    "states, allow a parent or guardian to use force for the purpose of correction of the child.\n"
    "2.2 Alternative care settings (lawful) and day care (lawful): There is no explicit prohibition of\n"
    "corporal punishment in alternative care settings, and day care centres are regulated by the states.\n"
    "2.3 The Child's Rights Act 2003 does not prohibit corporal punishment, and it has been adopted in\n"
    "only 24 of the 36 states, so that children in twelve states are not protected by it at all today.\n"
    "2.4 Under the Sharia penal codes in force in twelve northern states, children may be sentenced to\n"
    "whipping and caning, and corporal punishment is lawful as a disciplinary measure in institutions.\n"
    "2.5 The Committee on the Rights of the Child has recommended prohibition in all settings twice,\n"
    "in 2005 and in 2010, and the Government has accepted recommendations to prohibit it in the first\n"
    "review, but no bill to prohibit corporal punishment has been tabled in the National Assembly yet.\n"
    "2.6 Research shows that corporal punishment is widely used: in a 2011 survey, more than half of\n"
    "the children questioned in three states said that they had been beaten at home in the past month.\n"
    "2.7 Teachers in public primary schools in Kano and Lagos told researchers that caning was used to\n"
    "punish lateness, noise and poor marks, and that head teachers kept a register of the punishments.\n"
)


def test_passages_a_covers_lines_without_a_stop_are_lines_of_their_own_and_a_run_in_label_is_no_words() -> None:
    """(review) A PDF's cover lines without a stop ran together and into the first paragraph: "GIEACPC noted that
    from the Global Initiative …, March 2013 In Nigeria, corporal punishment …", "BRIEFING … 2020 From the Global
    Initiative …, July 2019 1 Summary 1.1. This briefing describes …" (cited "p. 1"), "LURC noted that stakeholder
    report for the Universal Periodic Review … – 17th Session Forced evictions and the right to adequate housing";
    and a run-in label was drafted as words of the sentence ("noted that home (lawful): Corporal punishment was
    lawful in the home"). A cover's line that ends short of the column without a stop ends there; a wrapped line
    ("… – 35th" / "session, 2020") and a line ending on "the" go on."""
    doc = _doc(
        "BRIEFING ON KENYA FOR THE UNIVERSAL PERIODIC REVIEW – 35th\nsession, 2020\n"
        "From the Global Initiative to End All Corporal Punishment of Children, July 2019\n"
        "1 Summary\n"
        "1.1 This briefing describes the legality of corporal punishment of children in Kenya. In Kenya,\n"
        "corporal punishment of children is unlawful in schools but it is still lawful in the home.\n"
        + _BODY_LINES
    )
    passages = split_passages(doc, file="GIEACPC.pdf", stakeholder="GIEACPC")
    assert [(p.paragraph, p.text) for p in passages[:5]] == [
        (None, "BRIEFING ON KENYA FOR THE UNIVERSAL PERIODIC REVIEW – 35th session, 2020"),
        (None, "From the Global Initiative to End All Corporal Punishment of Children, July 2019"),
        (None, "1 Summary"),
        ("1.1", "This briefing describes the legality of corporal punishment of children in Kenya."),
        ("1.1", "In Kenya, corporal punishment of children is unlawful in schools but it is still lawful in the home."),
    ]
    points = points_of(passages, stakeholder_order=0, state="Kenya", self_names=("GIEACPC",))
    drafted = [(p.passages["GIEACPC"][0].paragraph, p.body()) for p in points]
    assert drafted[0] == (
        "1.1", "noted that in Kenya, corporal punishment of children was unlawful in schools but it was still lawful in "
               "the home.")
    assert ("2.1", "noted that corporal punishment was lawful in the home. Section 295 of the Criminal Code, applicable in "
                   "the southern states, and section 55 of the Penal Code, applicable in the northern states, allow a "
                   "parent or guardian to use force for the purpose of correction of the child.") in drafted
    assert drafted[2][1].startswith("noted that there was no explicit prohibition of corporal punishment")

    lurc = _doc(
        "LAGOS URBAN RIGHTS CENTRE (LURC)\n"
        "Stakeholder report for the Universal Periodic Review of the Federal Republic of Nigeria – 17th\nSession\n"
        "Forced evictions and the right to adequate housing\n"
        "Submitted on 31 March 2013 – Contact: Mr. A. Bello\n"
        "Focus: forced evictions, compensation and the Land Use Act\n"
        "A. Introduction\n"
        "1. LURC provides legal assistance to residents of informal settlements in Lagos State.\n"
        + _BODY_LINES.replace("2 Legality", "B. Legality")
    )
    passages = split_passages(lurc, file="LURC.pdf", stakeholder="LURC")
    assert [p.text for p in passages[:5]] == [
        "Stakeholder report for the Universal Periodic Review of the Federal Republic of Nigeria – 17th Session",
        "Forced evictions and the right to adequate housing",
        "Submitted on 31 March 2013 – Contact: Mr. A. Bello",
        "Focus: forced evictions, compensation and the Land Use Act",
        "LURC provides legal assistance to residents of informal settlements in Lagos State.",
    ]
    points = points_of(passages, stakeholder_order=0, state="Nigeria", self_names=("LURC",))
    assert not [p for p in points if p.passages["LURC"][0].index < 4]  # cover lines are no statements


def test_points_leave_out_a_covers_list_of_submitting_organisations() -> None:
    """(review) "JS7 noted that United Disabled Persons of Kenya (UDPK)." was drafted from the first bullet of the
    cover's "Submitting organisations:" list (a name of six words or fewer ending in a bracket is no title)."""
    doc = _doc(
        "Joint Submission on the Rights of Persons with Disabilities in Kenya\n"
        "Submitting organisations:\n• United Disabled Persons of Kenya (UDPK)\n• Kenya Union of the Blind\n"
        "This joint submission is made by the following organisations:\n• Albinism Society of Kenya\n"
        "Legal framework\n"
        "1. The Persons with Disabilities Act, 2003 is based on a medical model of disability.\n"
        "2. We recommend that the Government enact the Persons with Disabilities Bill, 2019.\n"
    )
    passages = split_passages(doc, file="JS7.docx", stakeholder="JS7")
    points = points_of(passages, stakeholder_order=0, state="Kenya", self_names=("JS7",))
    assert [p.body() for p in points] == [
        "noted that the Persons with Disabilities Act, 2003 was based on a medical model of disability.",
        "recommended that the Government enact the Persons with Disabilities Bill, 2019.",
    ]


def test_points_a_network_saying_what_it_brings_together_describes_itself() -> None:
    """(review) With its cover's lines apart, "The Mindanao Environmental Defenders Network (MEDN) brings together 37
    community organisations …" opened a paragraph of its own and was drafted, and "Its members have documented …
    since 2015" after it; it says what the submitter is. A law bringing together figures is no such description."""
    doc = _doc(
        "The Mindanao Environmental Defenders Network (MEDN) brings together 37 community organisations, farmers’ "
        "associations and fisherfolk groups in Mindanao. MEDN was founded in Cagayan de Oro in 2014. Its members have "
        "documented environmental damage since 2015.\n\n"
        "The new code brings together 12 laws on mining. It was adopted in 2021.\n"
    )
    points = points_of(split_passages(doc, file="MEDN.pdf", stakeholder="MEDN"), stakeholder_order=0,
                       state="Philippines", self_names=("MEDN",))
    assert [p.cited_text for p in points] == ["The new code brings together 12 laws on mining. It was adopted in 2021."]


def test_passages_a_covers_lines_are_no_paragraphs_before_a_regional_bodys_numbered_excerpts() -> None:
    """(review) With a cover's lines apart ("ORGANIZATION OF AMERICAN STATES" / "INTER-AMERICAN COMMISSION …"), they
    counted as three paragraphs before the excerpts' numbers under "… Follow-up of recommendations", which made
    the text one that numbers only its recommendations: the IACHR's paragraphs 98-153 were cited by page."""
    body = "".join(
        f"{n}. The Commission notes with concern that the armed forces still carry out public security tasks in\n"
        "the states of the north, that the National Guard was transferred to the Secretariat of Defence in\n"
        "September 2022, and that the Supreme Court declared the transfer unconstitutional in April.\n"
        for n in range(98, 106)
    )
    doc = _doc(
        "ORGANIZATION OF AMERICAN STATES\nINTER-AMERICAN COMMISSION ON HUMAN RIGHTS\n"
        "Contribution of the Inter-American Commission on Human Rights to the fourth\n"
        "cycle of the Universal Periodic Review of Mexico\n"
        "The Commission presents below excerpts of its most recent reports on Mexico.\n"
        "Washington, D.C., 14 July 2023\n\f"
        "I. Excerpt from the Annual Report 2022, Chapter V: Follow-up of recommendations\n" + body
    )
    passages = split_passages(doc, file="IACHR.pdf", stakeholder="IACHR")
    assert [p.paragraph for p in passages if p.page == 2] == [str(n) for n in range(98, 106)]


def test_passages_a_covers_numbered_list_of_members_leaves_the_paragraphs_their_numbers() -> None:
    """(review) A cover listing its members "1." to "8." under "This joint submission is made by the following
    organisations:" before paragraphs numbered from 1 again made all the numbers a list's: all nine of JS4's
    endnotes read "JS4." and a warning told the user to number its paragraphs. A list under a lead-in whose
    numbers start again for the paragraphs is the list's alone; a numbered list under a lead-in in a text that
    numbers no paragraphs is still no locator."""
    doc = _doc(
        "CHILD RIGHTS NETWORK FOR THE UPR – KENYA\n"
        "This joint submission is made by the following organisations:\n"
        "1. Kenya Alliance for Advancement of Children (KAACR)\n2. Child Welfare Society of Kenya\n"
        "3. Plan International Kenya\n"
        "Introduction\n"
        "1. The Child Rights Network is a network of organisations working with children in Kenya.\n"
        "Corporal punishment\n"
        "2. Corporal punishment remains lawful in the home. The Network recommends that Kenya prohibit it.\n"
        "3. Only 67 per cent of births are registered.\n"
    )
    passages = split_passages(doc, file="JS4.docx", stakeholder="JS4")
    assert [(p.paragraph, p.text) for p in passages if p.paragraph] == [
        ("1", "The Child Rights Network is a network of organisations working with children in Kenya."),
        ("2", "Corporal punishment remains lawful in the home."),
        ("2", "The Network recommends that Kenya prohibit it."),
        ("3", "Only 67 per cent of births are registered."),
    ]
    points = points_of(passages, stakeholder_order=0, state="Kenya", self_names=("JS4", "the Network"))
    assert not [p for p in points if "Kenya Alliance" in p.cited_text or "Welfare Society" in p.cited_text]
    listed = _doc("RMBN asks the Mexican State to:\n1. Search for disappeared persons.\n2. Fund the search commissions.\n"
                  "3. Protect searching families.\n")
    assert [p.paragraph for p in split_passages(listed, file="X.pdf", stakeholder="RMBN")] == [None] * 4


def test_speech_recommendations_open_with_require_or_direct_and_submitters_name_themselves(tmp_path: Path) -> None:
    """(review of a Kenya set) Recommendations were drafted as broken notes: "JS1 noted that require the National
    Police Service to record …", "NGLHRC noted that direct the NGO Co-ordination Board …" ("require" and "direct"
    were no recommending verbs), "KITUO noted that Kituo cha Sheria recommends that the Government …" (the manifest's
    "Kituo cha Sheria – Legal Advice Centre" gave no name before the dash), "JS6 noted that the co-submitting
    organisations recommend that Kenya …", and "PRWG-K finds that …" (the abbreviation JS1 gives itself). A
    finding the submitter counted ("Kituo cha Sheria has documented forced evictions affecting more than 8,000
    households … since 2015") is no description of itself."""
    for text, predicate in [
        ("Require the National Police Service to record and publish data on all deaths resulting from police action.",
         "recommended that Kenya require the National Police Service to record and publish data on all deaths "
         "resulting from police action."),
        ("Direct the NGO Co-ordination Board to register organisations working on the rights of LGBTQ persons.",
         "recommended that Kenya direct the NGO Co-ordination Board to register organisations working on the "
         "rights of LGBTQ persons."),
        # (a review helper's Serbian set: "FPDS noted that redirect funding …")
        ("Redirect funding from institutions to community-based services such as personal assistance.",
         "recommended that Kenya redirect funding from institutions to community-based services such as personal "
         "assistance."),
        # "before it is laid": a clause of its own, not the verb of a subject "Submit the draft … Bill"
        ("Submit the draft Non-Profit Organisations Bill to a public consultation before it is laid before Parliament.",
         "recommended that Kenya submit the draft Non-Profit Organisations Bill to a public consultation before it "
         "is laid before Parliament."),
    ]:
        r = report(text, state="Kenya", recommendation_context=True)
        assert r is not None and (r.act, r.predicate) == ("recommendation", predicate)
    r = report("The co-submitting organisations recommend that Kenya implement the Community Land Act, 2016.", state="Kenya")
    assert r is not None and r.predicate == "recommended that Kenya implement the Community Land Act, 2016."
    r = report("Direct attacks on journalists increased in 2018.", state="Kenya")  # an adjective outside a list
    assert r is not None and r.act == "observation"

    (tmp_path / "KITUO.txt").write_text(
        "Access to justice\n\n1. Kituo cha Sheria has documented forced evictions affecting more than 8,000 households "
        "in Nairobi and Mombasa since 2015.\n\n2. Kituo cha Sheria recommends that the Government adequately fund the "
        "National Legal Aid Service.\n", encoding="utf-8")
    (tmp_path / "JS1.txt").write_text(
        "Submitted by the Police Reform Working Group – Kenya (PRWG-K), comprising:\nHAKI Africa\n\n"
        "Follow-up\n\n1. In 2015, Kenya supported 14 recommendations on police accountability. PRWG-K finds that none "
        "of these recommendations has been fully implemented.\n", encoding="utf-8")
    (tmp_path / "stakeholders.csv").write_text(
        "abbreviation,name,kind,members,file\nKITUO,Kituo cha Sheria – Legal Advice Centre,ngo,,KITUO.txt\n"
        "JS1,Kenya Police Reform Coalition,joint,HAKI Africa,JS1.txt\n", encoding="utf-8")
    s = draft_summary(tmp_path, DraftOptions(country="KEN", session=35, first_mention_names=False),
                      manifest=tmp_path / "stakeholders.csv")
    drafted = [x.text for x in s.iter_sentences() if x.stakeholders]
    assert "KITUO reported that it had documented forced evictions affecting more than 8,000 households in Nairobi " \
           "and Mombasa since 2015." in drafted
    assert "KITUO recommended that the Government adequately fund the National Legal Aid Service." in drafted
    assert any("PRWG-K found that none of these recommendations had been fully implemented." in t for t in drafted)


def test_related_an_order_to_a_body_is_not_a_use_of_it_to_end() -> None:
    """(review of a Kenya set) Once "Direct the NGO Co-ordination Board to register organisations …" was a
    recommendation, CIVICUS's "Refrain from using the NGO Co-ordination Board to target organisations …" was cited
    with "See also" under it: the two ask for different things."""
    from uprkit.summarize.related import Particulars

    direct = Particulars.of("Direct the NGO Co-ordination Board to register organisations working on the rights of "
                            "LGBTQ persons.", recommendation=True)
    refrain = Particulars.of("Refrain from using the NGO Co-ordination Board to target organisations that are "
                             "critical of the Government.", recommendation=True)
    assert (direct.action, refrain.action) == ("instruct", "refrain")
    assert direct.differs(refrain)
    assert Particulars.of("Ensure that victims directly receive compensation.", recommendation=True).action != "instruct"


def test_candidates_an_introduction_keeps_the_findings_and_leaves_out_the_submitter_and_its_method() -> None:
    """(review of a Kenya set) All under "1. Introduction" and "Executive summary" was left out with no warning:
    CIVICUS's follow-up of the 2015 recommendations and its concern at the NGO Co-ordination Board, ARTICLE 19's
    "only one of them … has been fully implemented"; and "68 per cent of the children we consulted said they had
    been caned" was taken for methodology. Under such a heading only what describes the submitter or its method
    is left out: a paragraph that opens with who the submitter is, what the submission covers, its sources."""
    doc = _doc(
        "1. Introduction\n"
        "1.1 CIVICUS is a global alliance of civil society organisations. Founded in 1993, CIVICUS has members in more "
        "than 175 countries.\n"
        "1.2 In this document, CIVICUS examines the Government of Kenya’s fulfilment of the right to freedom of "
        "association.\n"
        "1.3 During the 2nd UPR cycle, the Government of Kenya received 20 recommendations relating to civic space. Of "
        "these, 15 were accepted and 5 were noted.\n"
        "1.4 CIVICUS is deeply concerned by the harassment of civil society organisations by the NGO Co-ordination "
        "Board.\n"
        "1.5 The Workers’ Rights Centre is a Kenyan non-governmental organisation founded in 2011. In 2024 it "
        "represented 312 workers in labour disputes.\n"
        "1.6 The Kenya Coalition for the UPR brings together 14 organisations. It was formed in 2014.\n"
        "1.7 In 2019, we interviewed 120 survivors of police violence.\n"
        "2. Corporal punishment\n"
        "2.1 Although it is banned in schools, 68 per cent of the children we consulted said they had been caned at "
        "school in the past year.\n"
    )
    points = points_of(split_passages(doc, file="X.docx", stakeholder="CIVICUS"), stakeholder_order=0, state="Kenya",
                       self_names=("CIVICUS", "CIVICUS: World Alliance for Citizen Participation"))
    assert [p.body() for p in points] == [
        "reported that during the 2nd UPR cycle, the Government of Kenya received 20 recommendations relating to civic "
        "space. Of these, 15 were accepted and 5 were noted.",
        "expressed concern about the harassment of civil society organisations by the NGO Co-ordination Board.",
        "noted that although it was banned in schools, 68 per cent of the children it consulted said they had been "
        "caned at school in the past year.",
    ]


def test_candidates_an_executive_summary_the_body_says_again_is_drafted_once() -> None:
    """(review of a Kenya set) Once an executive summary's findings were drafted, the summary's sentences that the
    body says again ("Manabadhikar Sangstha documents that at least 2,244 cases …" twice, word for word) were
    drafted twice; a numbered paragraph under "Executive summary" that only it gives is drafted."""
    doc = _doc(
        "Executive summary\n"
        "1. MS documents that at least 2,244 cases were filed under the Digital Security Act.\n"
        "2. In the second cycle, Kenya supported eleven recommendations on freedom of expression. MS considers that "
        "only one of them has been fully implemented.\n"
        "The Digital Security Act\n"
        "3. MS documents that at least 2,244 cases were filed under the Digital Security Act. Journalists were "
        "accused in 451 of them.\n"
    )
    points = points_of(split_passages(doc, file="X.docx", stakeholder="MS"), stakeholder_order=0, state="Kenya",
                       self_names=("MS",))
    assert [p.body() for p in points] == [
        "noted that in the second cycle, Kenya supported eleven recommendations on freedom of expression. MS considered "
        "that only one of them had been fully implemented.",
        "documented that at least 2,244 cases were filed under the Digital Security Act. Journalists were accused in "
        "451 of them.",
    ]
    # an executive summary's "BKF recommends, among other things, that …" was "noted that it recommends, among …"
    r = report("BKF recommends, among other things, that the Philippines publish the full reports of the review panel.",
               state="the Philippines", self_names=("BKF",))
    assert r is not None and r.predicate == "recommended that the Philippines publish the full reports of the review panel."


@pytest.mark.parametrize(
    ("clause", "shifted"),
    [
        # "has" after a clause set off by commas: "to" is no longer before it
        ("The Anti-Torture Bill, which the Commission helped to draft, has been pending since 2012.",
         "The Anti-Torture Bill, which the Commission helped to draft, had been pending since 2012."),
        # a verb that is never a noun in the third person
        ("Section 29(4)(b), which deems any woman who is married to be of full age",
         "Section 29(4)(b), which deemed any woman who was married to be of full age"),
        ("NOSDRA lacks the equipment and relies on the oil companies", "NOSDRA lacked the equipment and relied on the oil companies"),
        # "permits" after "and" before its object, and after a law's number
        ("the Act contains an overly broad definition of terrorism and permits the prolonged detention of suspects",
         "the Act contained an overly broad definition of terrorism and permitted the prolonged detention of suspects"),
        ("Police Force Order 237 permits officers to use firearms", "Police Force Order 237 permitted officers to use firearms"),
        # a plural present after "they" or an adverb of frequency, and one joined to it by "or"
        ("They receive no assistance from the Government.", "They received no assistance from the Government."),
        ("police often demand that they produce evidence", "police often demanded that they produce evidence"),
        ("Local authorities routinely deny permission or designate remote locations.",
         "Local authorities routinely denied permission or designated remote locations."),
        # a verb of saying before "that", and "account for" a quantity
        ("many fear that they have died in custody", "many feared that they had died in custody"),
        ("the documentation shows that the Government has not acted", "the documentation showed that the Government had not acted"),
        ("Remandees account for close to 40 per cent of prisoners", "Remandees accounted for close to 40 per cent of prisoners"),
        # a verb that is never a noun after a plural noun
        ("Only 18 per cent of women in rural areas deliver with a skilled birth attendant.",
         "Only 18 per cent of women in rural areas delivered with a skilled birth attendant."),
        # "face", "lack" and "live" after a plural noun with no "of" after them, and a plural present right after
        # one moved (the Kenyan, Bangladeshi and Serbian drafts kept "children live and work", "districts lack")
        ("an estimated 46,000 children live and work in the streets", "an estimated 46,000 children lived and worked in the streets"),
        ("rural districts lack trained midwives", "rural districts lacked trained midwives"),
        ("women journalists face particular forms of online abuse", "women journalists faced particular forms of online abuse"),
        ("the authorities lack of will is clear", "the authorities lack of will was clear"),
        ("308 deaths per 100,000 live births", "308 deaths per 100,000 live births"),
        ("they live in poverty and work is scarce", "they lived in poverty and work was scarce"),
        # nouns and infinitives stay: "the report that", "reports that", "work permits", a list of infinitives, a
        # causative's infinitive, a noun after "and"
        ("it stated in its national report that torture is rare", "it stated in its national report that torture was rare"),
        ("The Commission received reports that detainees were beaten", "The Commission received reports that detainees were beaten"),
        ("the Government had granted 14 permits to companies", "the Government had granted 14 permits to companies"),
        ("a mandate to promote and protect human rights, receive and investigate complaints",
         "a mandate to promote and protect human rights, receive and investigate complaints"),
        ("the law makes the status of millions of homes depend on fees", "the law made the status of millions of homes depend on fees"),
        ("police often demand money and work", "police often demanded money and work"),
        ("of the 36 states, several states have no shelter", "of the 36 states, several states had no shelter"),
    ],
)
def test_speech_backshift_moves_a_second_verb_a_plural_and_a_verb_of_saying(clause: str, shifted: str) -> None:
    """(review of a Nigeria cycle-2 set and a Kenya set) 14 of 140 sentences kept a verb in the present: "which the
    Commission helped to draft, has been pending" ("to" two words before "has"), "which deems", "and permits the
    prolonged detention", "Force Order 237 permits", "and relies on", "They receive no assistance", "police often
    demand", "many fear that", "Remandees account for close to 40 per cent". Irregular pasts ("take", "hold",
    "stand") and a plural subject far from its verb ("sections 214 and 217 of the Criminal Code Act punish") need
    a parser, and stay."""
    from uprkit.summarize.tense import backshift

    assert backshift(clause) == shifted
    assert backshift("They receive funding from the State.", they=False) == "They receive funding from the State."


@pytest.mark.parametrize(
    ("clause", "shifted"),
    [
        ("the Constitution of 2015 protects gender and sexual minorities", "the Constitution of 2015 protected gender and sexual minorities"),
        ("the open border with India facilitates trafficking", "the open border with India facilitated trafficking"),
        ("the Persons with Disability Act, 2006 (Act 715) predates the Convention", "the Persons with Disability Act, 2006 (Act 715) predated the Convention"),
        ("the Convention, signed in 2007, awaits ratification", "the Convention, signed in 2007, awaited ratification"),
        ("The rate reaches 28 per cent in the Upper East Region", "The rate reached 28 per cent in the Upper East Region"),
        ("section 233 makes it an offence to post content", "section 233 made it an offence to post content"),
        ("women's representation in Parliament stands at 14.5 per cent", "women's representation in Parliament stood at 14.5 per cent"),
        ("the Programme depends on donor funding and sits irregularly", "the Programme depended on donor funding and sat irregularly"),
        # a plural of a nationality ("Nepalis")
        ("more than four million Nepalis hold labour permits", "more than four million Nepalis held labour permits"),
        # (a review of the change) two verbs joined by "and" move together or stay together; nouns before "of" or a
        # verb stay; "each" and the object "her" are no article; an infinitive after a modal and "and also" stays
        ("an institution that promotes and protects human rights", "an institution that promoted and protected human rights"),
        ("the Constitution respects and protects freedom of religion", "the Constitution respects and protects freedom of religion"),
        ("The Act establishes shelters and protects victims", "The Act established shelters and protected victims"),
        ("the upper reaches of the river are polluted", "the upper reaches of the river were polluted"),
        ("market stands were demolished", "market stands were demolished"),
        ("each receives a monthly allowance", "each received a monthly allowance"),
        ("the man who raped her receives no punishment", "the man who raped her received no punishment"),
        ("the Government must adopt the law and also make it public", "the Government must adopt the law and also make it public"),
        ("the Majlis report that was adopted", "the Majlis report that was adopted"),
        # nouns after an article or a possessive, and the submitter's own verbs after "it", stay
        ("the reaches of the river", "the reaches of the river"),
        ("the makes of the vehicles", "the makes of the vehicles"),
        ("it makes three recommendations", "it makes three recommendations"),
        # a causative's infinitive stays
        ("the law makes the status of millions of homes depend on fees", "the law made the status of millions of homes depend on fees"),
    ],
)
def test_speech_backshift_moves_verbs_of_an_officers_review(clause: str, shifted: str) -> None:
    """(an officer's review of the Nepalese and Ghanaian drafts) "the Constitution of 2015 protects", "the open
    border with India facilitates", "Act 715 predates", "section 233 makes it an offence", "representation in
    Parliament stands at 14.5 per cent" had stayed in the present."""
    from uprkit.summarize.tense import backshift
    from uprkit.summarize.verify import stem

    assert backshift(clause) == shifted
    assert stem("made") == stem("make") and stem("stood") == stem("stand") and stem("sat") == stem("sit")


def test_speech_a_name_at_the_head_of_a_clause_keeps_its_capital() -> None:
    """(reviews of a Nigeria cycle-2 set and a Kenya set) "JS1 noted that police Force Order 237 permits …" and "OPDP
    noted that ogiek settlements …": the first word of a name before its number or its head word ("Order 237",
    "Police Service") keeps its capital, and a word written in lower case only in an e-mail address
    ("info@ogiek.org") is still a name."""
    from uprkit.summarize.clauses import lower_first

    assert lower_first("Police Force Order 237 permits officers to use firearms.") == \
        "Police Force Order 237 permits officers to use firearms."
    assert lower_first("National Police Service officers killed 33 people.") == "National Police Service officers killed 33 people."
    assert lower_first("Recent Land Act amendments allow evictions.") == "recent Land Act amendments allow evictions."
    assert lower_first("Security forces killed 33 people.") == "security forces killed 33 people."
    # a prefix before a name (the Malaysian draft's "WAJN noted that Non-Muslim girls …"), not a compound of names
    names = frozenset({"Muslim", "Roma", "Government"})
    assert lower_first("Non-Muslim girls aged 16 may marry.", names) == "non-Muslim girls aged 16 may marry."
    assert lower_first("Anti-Roma rhetoric rose.", names) == "anti-Roma rhetoric rose."
    assert lower_first("Afro-Peruvians lack land titles.", names) == "Afro-Peruvians lack land titles."
    for name in ("Non-Governmental Organizations Act 2018 restricts funding.", "Anti-Trafficking in Persons Act of 2003 "
                 "punishes trafficking.", "Anti-Corruption and Civil Rights Commission has no mandate."):
        assert lower_first(name, names) == name
    proper = proper_nouns("P.O. Box 424, Egerton – info@ogiek.org\n6. Ogiek settlements have no clinics. The Ogiek were evicted.")
    assert "Ogiek" in proper


def test_candidates_a_sentence_that_points_back_stays_with_the_one_it_points_to() -> None:
    """(review of a Kenya set) "AI expressed concern that these recommendations had not been implemented." stood
    alone under another heading than the recommendations it meant, and "NGLHRC noted that these provisions
    legitimise violence …" (the next paragraph's first sentence) under another heading than sections 162 and 165:
    a sentence whose words open with "these", "this", "those" or "such" before a noun, after its frame or at the
    start of the next paragraph under the same heading, stays with the point before; not across paragraphs left out
    between them ("18." / "25. Those targets …")."""
    doc = _doc(
        "Criminalisation\n"
        "3. Sections 162 and 165 of the Penal Code criminalise same-sex conduct. On 24 May 2019, the High Court "
        "upheld them.\n"
        "4. These provisions legitimise violence against LGBTQ persons. Of the 367 cases we handled in 2018, 126 "
        "involved assault.\n"
        "Follow-up\n"
        "5. In 2015, Kenya supported recommendations to investigate police killings. Amnesty International is "
        "concerned that these recommendations have not been implemented.\n"
        "18. Reception conditions for asylum-seekers are often inadequate.\n"
        "25. Those targets were criticised by civil society.\n"
    )
    points = points_of(split_passages(doc, file="X.txt", stakeholder="AI"), stakeholder_order=0, state="Kenya",
                       self_names=("Amnesty International", "AI"))
    assert [p.body() for p in points] == [
        "noted that sections 162 and 165 of the Penal Code criminalise same-sex conduct. On 24 May 2019, the High Court "
        "upheld them. These provisions legitimise violence against LGBTQ persons.",
        "reported that of the 367 cases it handled in 2018, 126 involved assault.",
        "noted that in 2015, Kenya supported recommendations to investigate police killings. Amnesty International was "
        "concerned that these recommendations had not been implemented.",
        "noted that reception conditions for asylum-seekers were often inadequate.",
        "noted that those targets were criticised by civil society.",
    ]


def test_a_sentence_pointing_back_does_not_join_the_last_one_of_the_page_before() -> None:
    """(round trip of A/HRC/WG.6/20/SVN/3) "This Office had now one employee …", opening page 2 of a text without
    paragraph numbers, was drafted after "AI noted that Slovenia had failed to enact legislation to recognize the
    rights of the “erased”." from the foot of page 1, and cited "pp. 1-2". Without paragraph numbers, a sentence
    pointing back stays with the one before only on its page."""
    doc = _doc(
        "Slovenia has failed to enact legislation to recognize the rights of the erased.\n\n\f\n"
        "This Office has now one employee, namely the Advocate himself.\n\n"
        "Roma settlements lack water. These settlements are not legalised.\n"
    )
    points = points_of(split_passages(doc, file="AI.txt", stakeholder="AI"), stakeholder_order=0, state="Slovenia")
    assert [len(p.passages["AI"]) for p in points] == [1, 1, 2]


def test_a_title_written_as_a_sentence_on_a_short_line_is_a_heading() -> None:
    """(review of a Mexican set) "The search is carried out by the families", a title without its stop between two
    paragraphs, was drafted "RMBN noted that the search was carried out by the families In Sonora alone, its
    collectives found …". A short line of a few words without a stop, after a paragraph's last sentence and
    before a full line opening with a capital, is a heading; the column's width is that of nine lines in ten, not
    their median, which a table's short rows lower."""
    filler = "".join(
        f"The police detained {i} persons in the northern states without charge and without\n"
        f"access to a lawyer, and their families were not told where they were held in {2000 + i}.\n"
        for i in range(1, 8)
    )
    table = "".join(f"Name {i} 12 May 2023 Killed Open\n" for i in range(12))
    text = (
        filler + table + "Most of our members are mothers who began to search after the authorities failed to do so.\n"
        "The search is carried out by the families\n"
        "In Sonora alone, our collectives found the remains of 1,029 persons in clandestine graves\n"
        "between 2019 and 2022, most of them without any support from the State Search Commission.\n"
    )
    passages = split_passages(_doc(text), file="RMBN.pdf", stakeholder="RMBN")
    (sonora,) = [p for p in passages if "Sonora" in p.text]
    assert sonora.text.startswith("In Sonora alone")
    assert sonora.heading == "The search is carried out by the families"


def test_a_note_marker_after_a_figures_stop_at_a_paragraphs_end_is_no_decimal(tmp_path: Path) -> None:
    """ "… married before the age of 18.3" ending a paragraph, with note 3 at the page's foot, is the age 18 and
    note 3 (a review helper's Serbian set drafted "before the age of 18.3"); a decimal whose digit is no note's
    number stays ("rose to 21.5")."""
    path = tmp_path / "CRI.txt"
    path.write_text(
        "1. Roma settlements were evicted in 2023.2\n"
        "2. Child marriage remains widespread in Roma communities: 56 per cent of Roma\n"
        "women aged 20 to 24 were married before the age of 18.3\n"
        "D. Recommendations\n3. We recommend that Serbia fund awareness programmes on the harm of child marriage.\n"
        "2 CRI field monitoring, January-December 2023.\n3 UNICEF, Multiple Indicator Cluster Survey, 2019.\n1\n\f\n"
        "4. The average income of Roma households was 18.3 per cent of the national average, and the rate rose to 21.5\n"
        "E. Other\n5. Prisons are overcrowded.\n2\n",
        encoding="utf-8",
    )
    texts = {p.paragraph: p.text for p in split_passages(read_document(path), file=path.name, stakeholder="CRI")}
    assert texts["2"].endswith("were married before the age of 18.")
    assert texts["4"].endswith("18.3 per cent of the national average, and the rate rose to 21.5")


def test_submissions_of_another_state_or_session_are_warned_of() -> None:
    """(a reviewer drafted the Kazakh example set as Uzbekistan's and the Kyrgyz set, whose submissions are for
    the 50th session, as the 48th: the drafts said "the Government of Kazakhstan" under an Uzbek title, and
    "Forty-eighth session", with no warning)"""
    s = draft_summary(SUBMISSIONS, DraftOptions(country="UZB", session=30, limit_words=None))
    other = [w.message for w in s.warnings if w.code == "other-state"]
    assert "AI.txt names Kazakhstan 3 times and Uzbekistan never: is it a submission for this review?" in other
    assert not [w for w in draft_summary(SUBMISSIONS, DraftOptions(country="KAZ", session=7)).warnings
                if w.code in ("other-state", "other-session")]
    kgz = Path(__file__).parent / "data" / "submissions_kgz"
    sessions = [w.message for w in draft_summary(kgz, DraftOptions(country="KGZ", session=48)).warnings
                if w.code == "other-session"]
    assert sessions == ["8 of 9 submissions say they are for session 50 of the Working Group; the draft is for "
                        "session 48 (--session)"]


def test_a_source_cited_in_brackets_at_a_sentences_end_is_not_drafted(tmp_path: Path) -> None:
    """(a reviewer of the Mexican set) "… refuse to enrol children with autism (Secretariat of Education of Veracruz,
    reply to request 301152300017423, 2023)." kept the source a footnote would give; a bracket that says something
    ("(articles 139 and 140 of the Criminal Code)") stays."""
    (tmp_path / "CDHD.txt").write_text(
        "1. Many schools in Veracruz refuse to enrol children with autism (Secretariat of Education of Veracruz, reply "
        "to request 301152300017423, 2023).\n\n"
        "2. The Congress adopted the National Code of Civil and Family Procedures in 2023 (Official Gazette of the "
        "Federation, 7 June 2023). It recognised the legal capacity of persons with disabilities (DOF, 2023).\n\n"
        "3. Insult of the President is punishable by up to five years (articles 139 and 140 of the Criminal Code).\n",
        encoding="utf-8",
    )
    text = _drafted_words(tmp_path, "MEX", 45)
    assert "refuse to enrol children with autism." in text and "Secretariat of Education" not in text
    assert "Official Gazette" not in text and "(DOF, 2023)" not in text
    assert "(articles 139 and 140 of the Criminal Code)" in text


def test_a_lists_title_run_into_its_first_items_label_is_no_recommendation(tmp_path: Path) -> None:
    """(a reviewer of the Kenyan set) "Key recommendations of the Commission R1. Ratify the Optional Protocol …" on
    one line was drafted "KHREC recommended that Kenya key recommendations of the Commission R1."; the items are
    recommendations, and a sentence about recommendations stays a sentence."""
    (tmp_path / "KHREC.txt").write_text(
        "1. Recommendations of the Committee against Torture were not implemented.\n\n"
        "2. Key recommendations of the Commission R1. Ratify the Optional Protocol to the Convention against Torture. "
        "R2. Enact the Coroners Service Bill.\n",
        encoding="utf-8",
    )
    s = draft_summary(tmp_path, DraftOptions(country="KEN", session=49, limit_words=None))
    texts = [x.text for x in s.iter_sentences() if x.stakeholders]
    assert not [t for t in texts if "Key recommendations" in t or "key recommendations" in t]
    assert any("recommended that Kenya ratify the Optional Protocol" in t for t in texts)
    assert any("Committee against Torture were not implemented" in t for t in texts)


def test_a_letters_courtesy_a_part_of_the_paper_and_a_list_of_attachments_are_no_statements(tmp_path: Path) -> None:
    """(reviews of the Kenyan and Serbian sets) "EHN noted that thank you for considering this letter.", "CRI
    reported that section A of this submission assesses …" and "HEARC noted that resolution HEARC/Res.44(XVIII)/2024."
    (the third item of "Attachments: (1) …; (2) …;") were drafted."""
    (tmp_path / "EHN.txt").write_text(
        "Dear Sir or Madam,\n\nIn 2023 alone, 14 Roma settlements in Serbia were forcibly evicted.\n\n"
        "Thank you for considering this letter.\n\nWe remain at your disposal for any further information.\n\n"
        "Yours sincerely,\n", encoding="utf-8")
    (tmp_path / "CRI.txt").write_text(
        "1. Section A of this submission assesses the implementation of the recommendations Serbia received.\n\n"
        "2. Roma children are over-represented in special schools in Serbia.\n", encoding="utf-8")
    (tmp_path / "HEARC.txt").write_text(
        "1. Serbia has not reported on the follow-up to the concluding observations.\n"
        "Attachments: (1) Concluding observations HEARC/CO/SRB/3 (May 2022); (2) Report of the Special Rapporteur on "
        "Prisons, HEARC/SR-PCD/SRB/2023;\n(3) Resolution HEARC/Res.44(XVIII)/2024.\n", encoding="utf-8")
    text = _drafted_words(tmp_path, "SRB", 46)
    assert "14 Roma settlements" in text and "over-represented in special schools" in text
    assert "follow-up to the concluding observations" in text
    for junk in ("thank you", "Thank you", "section A", "Section A", "HEARC/Res.44", "Attachments", "disposal"):
        assert junk not in text


def test_a_submitters_own_verb_after_its_short_name_opening_a_sentence_is_put_in_the_past() -> None:
    """(a reviewer of the Kenyan set) "… The Commission notes that the deployment was gazetted only after …" was
    drafted in the present inside KHREC's run of sentences ("the Commission" is its short name)."""
    from uprkit.summarize.person import own_verbs_past

    names = ("Kenya Human Rights and Equality Commission", "KHREC", "the Commission")
    assert own_verbs_past("The Commission notes that the deployment was gazetted late.", names) == (
        "The Commission noted that the deployment was gazetted late.")
    assert own_verbs_past("KHREC considers that the deployment was unlawful.", names) == (
        "KHREC considered that the deployment was unlawful.")


def test_a_pdf_table_of_recommendations_whose_cells_have_no_full_stop() -> None:
    """(a review helper's Serbian set) Cells without a full stop ran into the next: "… from abusive lawsuits Ministry
    of Justice.", "… human rights defenders Government Immediately Ensure that members of the REM Council …", and the
    last row, "Drop the misdemeanour proceedings …" (a verb that opens a recommendation in a list), was lost."""
    prose = "Journalists in Serbia face lawsuits and smear campaigns, and the authorities have not condemned them.\n"
    text = (prose * 8 + "10. The Coalition makes the following recommendations to the Government of\nSerbia:\n"
            "Recommendation Responsible body Timeline\n"
            "Adopt anti-SLAPP legislation that\nprotects journalists, activists and civil\nsociety organisations from abusive\n"
            "lawsuits\nMinistry of Justice;\nNational Assembly\nBy the end of\n2025\n"
            "Stop smear campaigns against civil\nsociety organisations and publicly\ncondemn attacks on human rights\n"
            "defenders\nGovernment Immediately\n"
            "Ensure that members of the REM\nCouncil are selected through a\ntransparent and merit-based procedure\n"
            "National Assembly 2024\n"
            "Drop the misdemeanour proceedings\nagainst environmental protesters in\nLoznica\nMinistry of Interior;\n"
            "misdemeanour courts\n2024\n")
    out = [p.text for p in split_passages(_doc(text), file="JS1.txt", stakeholder="JS1") if p.in_list]
    assert out == [
        "Adopt anti-SLAPP legislation that protects journalists, activists and civil society organisations from "
        "abusive lawsuits",
        "Stop smear campaigns against civil society organisations and publicly condemn attacks on human rights defenders",
        "Ensure that members of the REM Council are selected through a transparent and merit-based procedure",
        "Drop the misdemeanour proceedings against environmental protesters in Loznica",
    ]


def test_a_pdf_follow_up_tables_comments_are_read_and_its_quoted_recommendations_not() -> None:
    """(a review helper's Serbian set) A PDF's follow-up table gives its columns one after the other: the quoted
    recommendation, its status, the submitter's comment. The comments were lost (short lines, read as a table's
    cells) and a fragment of a quoted recommendation was drafted as CRI's ("CRI noted that 158.51 (Canada) Ensure
    that all Roma children had access to.")."""
    prose = "Roma families in Serbia continue to live in informal settlements without water or electricity.\n"
    text = (prose * 6 + "3. The table below gives our assessment of the implementation of selected\nrecommendations.\n"
            "Recommendation (number \nand State)\nStatus Comment\n"
            "158.34 (Germany) Take further \nsteps to improve the living \nconditions of Roma, including \n"
            "access to adequate housing\nPartially \nimplemented\nInformal Roma settlements have \n"
            "been legalised in only 11 of the 44\nmunicipalities covered by the \nRoma Inclusion Strategy.\n"
            "158.51 (Canada) Ensure that all \nRoma children have access to \nquality inclusive education\nNot \n"
            "implemented\nRoma children are still over-\nrepresented in special schools, \nwhere they make up about 30 per \n"
            "cent of pupils.\nB. Housing and forced evictions\n"
            "4. In 2023, at least 14 forced evictions of Roma settlements were carried out.\n")
    out = [p.text for p in split_passages(_doc(text), file="CRI.txt", stakeholder="CRI")]
    assert "Informal Roma settlements have been legalised in only 11 of the 44 municipalities covered by the Roma " \
           "Inclusion Strategy." in out
    assert any(t.startswith("Roma children are still over") and t.endswith("about 30 per cent of pupils.") for t in out)
    assert not [t for t in out if "158.51" in t or "Ensure that all" in t or "Take further" in t or t == "implemented"]


def test_what_a_body_does_as_a_rule_is_no_statement(tmp_path: Path) -> None:
    """(a reviewer of the Kenyan set) "HEARC noted that the Council examines periodic reports of member States,
    conducts country visits, adopts resolutions and decides on communications." described the regional body's
    mandate; what it did ("The Council received 14 communications against Kenya in 2023.") stays."""
    (tmp_path / "stakeholders.csv").write_text(
        "abbreviation,name,kind,members,location,file\n"
        "HEARC,Horn and East Africa Regional Human Rights Council,regional,,Arusha,HEARC.txt\n", encoding="utf-8")
    (tmp_path / "HEARC.txt").write_text(
        "1. Kenya ratified the Treaty in 2009.\n\n"
        "2. The Council examines periodic reports of member States, conducts country visits, adopts resolutions and "
        "decides on communications.\n\n"
        "3. The Council received 14 communications against Kenya in 2023.\n", encoding="utf-8")
    text = _drafted_words(tmp_path, "KEN", 49)
    assert "examines periodic reports" not in text and "14 communications" in text


def test_an_nhri_or_a_coalition_saying_what_it_is_is_no_statement(tmp_path: Path) -> None:
    """(a review helper's Peruvian set) "… the Defensoría del Pueblo was the national human rights institution of
    Peru …" and "JS3 noted that it was formed by four organisations …" were drafted; the short name "the
    Defensoría" is the institution's own."""
    from uprkit.summarize.credits import _short_names

    assert _short_names("Defensoría del Pueblo del Perú") == ("the Defensoría",)
    (tmp_path / "DP.txt").write_text(
        "1. The Defensoría del Pueblo is the national human rights institution of Peru, established by the "
        "Constitution of 1993.\n\n2. In 2016 the Defensoría registered 212 social conflicts.\n", encoding="utf-8")
    (tmp_path / "JS3.txt").write_text(
        "1. The Coalition is formed by four organisations of women and of LGBTI persons based in Lima and Iquitos.\n\n"
        "2. Trans women in Peru cannot change their name and gender in their identity documents.\n", encoding="utf-8")
    text = _drafted_words(tmp_path, "PER", 28)
    assert "212 social conflicts" in text and "could not change their name" in text
    assert "national human rights institution of Peru" not in text and "formed by four organisations" not in text


def _sentences_of(text: str, who: str, state: str, self_names: tuple[str, ...] = ()) -> list[str]:
    passages = split_passages(_doc(text), file="X.txt", stakeholder=who)
    points = points_of(passages, stakeholder_order=0, state=state, self_names=(who, *self_names))
    return [" ".join([p.reported.sentence(who), *p.continuation]) for p in points]


def test_a_cycle_two_follow_up_a_nested_list_a_heading_that_asks_and_a_signature() -> None:
    """(a review helper's Cambodian set, cycle 2) A follow-up's quoted recommendation in straight quotes, wrapped
    after "the International", was read as a numbered heading and drafted "RLW noted that Convention for the
    Protection … - Status: implemented."; its quotation with its status was drafted as RLW's own note; the details
    of an item "…, including:" were drafted as recommendations ("recommended that Royal Government of Cambodia
    training of commune police …", with no "the"); under "What we ask the Government to do", "Make courts …
    accessible" was drafted "noted that make courts …" with the signature after it; "access to information has
    been pending" stayed in the present."""
    follow_up = (
        "Assessment of the implementation of accepted recommendations\n"
        "3. Recommendation 81.12 (Norway): 'Adopt a law on access to information \n"
        "in line with international standards' - Status: not implemented. A draft law \n"
        "on access to information has been pending since 2007 and was never \n"
        "submitted to the National Assembly.\n"
        "4. Recommendation 81.67 (Brazil): 'Consider ratifying the International \n"
        "Convention for the Protection of All Persons from Enforced Disappearance' - \n"
        "Status: implemented. Cambodia ratified the Convention in June 2013.\n"
    )
    assert _sentences_of(follow_up, "RLW", "Cambodia") == [
        "RLW noted that recommendation 81.12 (Norway), 'Adopt a law on access to information in line with "
        "international standards', had not been implemented. A draft law on access to information had been pending "
        "since 2007 and was never submitted to the National Assembly.",
        "RLW noted that recommendation 81.67 (Brazil), 'Consider ratifying the International Convention for the "
        "Protection of All Persons from Enforced Disappearance', had been implemented. Cambodia ratified the "
        "Convention in June 2013.",
    ]
    nested = (
        "1. Women hold only 20 per cent of the seats in the National Assembly.\n"
        "Recommendations to the Royal Government of Cambodia:\n"
        "• Allocate a budget for the implementation of the Domestic Violence Law,\nincluding:\n"
        "(a) a shelter in every province;\n(b) training of commune police on protection orders;\n"
        "• Criminalise marital rape explicitly.\n"
    )
    assert _sentences_of(nested, "CWRN", "Cambodia")[1:] == [
        "CWRN recommended that the Royal Government of Cambodia allocate a budget for the implementation of the "
        "Domestic Violence Law, including: a shelter in every province; training of commune police on protection orders.",
        "CWRN recommended that the Royal Government of Cambodia criminalise marital rape explicitly.",
    ]
    asks = (
        "Children with disabilities are often kept at home because village schools have no ramps.\n"
        "What we ask the Government to do\n"
        "Enforce the 2 per cent employment quota in public institutions.\n"
        "Make courts and hospitals accessible to persons with disabilities.\n"
        "Mr. Chan Sophal, Director, Disability Action Kampong Cham, \nKampong Cham town. Tel: +855 12 345 678\n"
    )
    assert _sentences_of(asks, "DAKC", "Cambodia")[1:] == [
        "DAKC recommended that Cambodia enforce the 2 per cent employment quota in public institutions.",
        "DAKC recommended that Cambodia make courts and hospitals accessible to persons with disabilities.",
    ]


def test_passages_a_lettered_list_inside_a_paragraph_is_read_item_by_item() -> None:
    """(the Cambodian set) "IPLN recommends that the Government: (a) suspend …;" / "(b) simplify …; (c) ratify …" was
    cut where a line began with "(b)", the "(b)" lost and "(c)" left inside an item; "(d) reopen …; (e) issue …" the
    same. Now each item is a passage under the lead-in; the sentences before the lead-in stay the paragraph's, and a
    list of papers ("Attachments: (1) …; (2) …") and a letter inside a sentence ("article 20(11)") are no items."""
    doc = _doc(
        "8. IPLN recommends that the Government: (a) suspend all economic land\nconcessions on indigenous land;\n"
        "(b) simplify the procedure for communal land titling; (c) ratify ILO Convention No. 169.\n"
        "9. Article 20(11) of the Criminal Code (a) exempts the police (b) from liability.\n"
        "10. The Council invites donors to fund the plan. It recommends that the State: (a) close the centres; and "
        "(b) release the persons held in them.\n"
        "Attachments: (1) Concluding observations (May 2022); (2) Report of the Special Rapporteur (2023).\n"
    )
    out = [(p.text, p.in_list, p.lead) for p in split_passages(doc, file="X.txt", stakeholder="IPLN")]
    lead = "IPLN recommends that the Government:"
    assert out[:3] == [
        ("suspend all economic land concessions on indigenous land", True, lead),
        ("simplify the procedure for communal land titling", True, lead),
        ("ratify ILO Convention No. 169.", True, lead),
    ]
    assert out[3][0] == "Article 20(11) of the Criminal Code (a) exempts the police (b) from liability."
    assert out[4][0] == "The Council invites donors to fund the plan."
    assert out[5:7] == [("close the centres", True, "It recommends that the State:"),
                        ("release the persons held in them.", True, "It recommends that the State:")]
    assert out[7][0].startswith("Attachments: (1) Concluding observations")


@pytest.mark.parametrize(
    ("text", "names", "sentence"),
    [
        # (the officer's review of the Serbian and Peruvian drafts) its own name after an opening phrase, and its
        # name's possessive, are "it" and "its"
        ("In 2023 RAS documented 83 cases of violence.", ("RAS",), "RAS reported that in 2023 it documented 83 cases of violence."),
        ("In January 2017 the Defensoría registered 212 social conflicts.", ("DP", "the Defensoría"),
         "DP noted that in January 2017 it registered 212 social conflicts."),
        ("The CPT’s delegation received numerous allegations of ill-treatment.", ("CoE-CPT", "the CPT"),
         "CoE-CPT reported that its delegation received numerous allegations of ill-treatment."),
        # before a year (the Nepalese set: "CLEN noted that CLEN's 2019 survey found …")
        ("CLEN's 2019 survey found 2,830 children under 14 working in 110 kilns.", ("CLEN",),
         "CLEN noted that its 2019 survey found 2,830 children under 14 working in 110 kilns."),
        # another's name stays
        ("In 2023 the Government adopted a law.", ("RAS",), "RAS noted that in 2023 the Government adopted a law."),
    ],
)
def test_speech_its_own_name_inside_the_sentence_is_it(text: str, names: tuple[str, ...], sentence: str) -> None:
    r = report(text, state="Serbia", self_names=names)
    assert r is not None and r.sentence(names[0]) == sentence


def test_candidates_a_network_that_unites_organisations_and_a_monitor_since_a_year_describe_themselves() -> None:
    """(the Cambodian set) "CWRN noted that the Cambodian Women's Rights Network (CWRN) unites 18 women's
    organisations …" and "CCJM noted that the Cambodian Centre for Justice Monitoring (CCJM) had monitored trials …
    since 2005" were drafted; a count of what it documented stays a finding."""
    from uprkit.summarize.candidates import _about_itself
    from uprkit.summarize.credits import own_names
    from uprkit.summarize.model import SummaryStakeholder

    ccjm = own_names(SummaryStakeholder(abbreviation="CCJM", name="Cambodian Centre for Justice Monitoring"))
    assert _about_itself("The Cambodian Centre for Justice Monitoring (CCJM) has monitored trials in Phnom Penh and "
                         "six provincial courts since 2005.", ccjm)
    assert not _about_itself("CCJM has documented 45 cases of torture in police custody since 2005.", ccjm)
    cwrn = own_names(SummaryStakeholder(abbreviation="CWRN", name="Cambodian Women's Rights Network"))
    assert _about_itself("The Cambodian Women's Rights Network (CWRN) unites 18 women's organisations working in 14 "
                         "provinces.", cwrn)


def test_the_word_limit_keeps_a_recommendation_with_the_finding_it_answers() -> None:
    """(an officer's review, drafts of the Serbian and Peruvian sets at 2,000 words) recommendations were kept
    without the findings they answer and findings without their recommendations (at 2,000 words, 4 of 12 such pairs
    of the Serbian set, 16 of 31 of the Cambodian one); a pair is now kept or cut together."""
    from uprkit.summarize.answers import answer_pairs
    from uprkit.summarize.select import select_points

    def points(who: str, text: str, rank: int) -> list[Point]:
        return points_of(split_passages(_doc(text), file=f"{who}.txt", stakeholder=who), stakeholder_order=rank,
                         state="Serbia", self_names=(who,))

    a = points("AAA", "1. More than 3,500 adults with disabilities live in large residential institutions.\n"
                      "2. Journalists covering protests were beaten by police officers in Novi Sad.\n"
                      "3. Adopt a deinstitutionalisation strategy with a timeline for the closure of large residential "
                      "institutions.\n", 0)
    pairs = answer_pairs(a, ("Serbia", "SRB", "AAA"))
    assert pairs[id(a[2])] is a[0] and pairs[id(a[0])] is a[2] and id(a[1]) not in pairs
    words = {id(p): p.words("AAA") for p in a}
    budget = words[id(a[0])] + words[id(a[2])] + 2
    chosen = select_points(a, budget=budget, point_words=lambda p: words[id(p)], heading_words=lambda p: ((), ()),
                           partners=pairs)
    assert {id(p) for p in chosen} == {id(a[0]), id(a[2])}


def test_a_theme_numbered_alone_among_its_siblings_goes_without_its_number() -> None:
    """(an officer's review of the Serbian draft) "1. Institutional infrastructure and policy measures" alone under
    "National human rights framework": the cycle-4 summaries print it without a number (A/HRC/WG.6/47/CRI/3,
    A/HRC/WG.6/48/SVN/3), and "1." and "2." where both sub-headings are there (A/HRC/WG.6/41/BRA/3)."""
    from uprkit.summarize.model import SummarySection
    from uprkit.summarize.sections import renumber_sections

    alone = [SummarySection(label="B", title="National human rights framework", level=1, sections=[
        SummarySection(label="2", title="Institutional infrastructure and policy measures", level=2)])]
    renumber_sections(alone)
    assert alone[0].label == "I" and alone[0].sections[0].label is None  # (a chapter at the top, in this tree)
    both = [SummarySection(label="B", title="National human rights framework", level=1, sections=[
        SummarySection(label="1", title="Constitutional and legislative framework", level=2),
        SummarySection(label="2", title="Institutional infrastructure and policy measures", level=2)])]
    renumber_sections(both)
    assert [s.label for s in both[0].sections] == ["1", "2"]


def test_an_executive_summary_restating_the_body_in_other_forms_of_its_words() -> None:
    """(the Cambodian set) "Forced evictions, including those of more than 3,500 households around Boeung Kak lake,
    continue." under "Executive summary" was drafted besides the body's "More than 3,500 households were forcibly
    evicted from the Boeung Kak lake area …" (the stems of "evictions" / "evicted" differ); and "It draws on 214
    cases handled by …" is how the submission was made."""
    from uprkit.summarize.overview import METHOD, content_words, restated

    body = [set(content_words("More than 3,500 households were forcibly evicted from the Boeung Kak lake area between "
                              "2008 and 2012."))]
    assert restated("Forced evictions, including those of more than 3,500 households around Boeung Kak lake, continue.", body)
    assert not restated("Human rights defenders face judicial harassment.", body)
    assert METHOD.search("It draws on 214 cases handled by MJC's legal aid clinics.")


def test_draft_a_request_cut_from_its_finding_stays_under_its_heading() -> None:
    """(an officer's second review of the Peruvian draft) "JS3 called on Peru to provide them with comprehensive
    reparations" stood under another heading than the finding it was cut from, and before it: "them" stood for no
    one. A list's item keeps its own heading."""
    from uprkit.summarize.draft import _request_with_its_finding

    text = ("1. The women who were forcibly sterilised in the 1990s are still waiting for justice, and the Coalition calls "
            "on Peru to provide them with comprehensive reparations.\n2. Girls are married early. We recommend that Peru:\n"
            "- raise the minimum age of marriage to 18.\n")
    points = points_of(split_passages(_doc(text), file="JS3.txt", stakeholder="JS3"), stakeholder_order=0, state="Peru",
                       self_names=("JS3", "the Coalition"))
    assert [p.act for p in points] == ["observation", "recommendation", "observation", "recommendation"]
    for p, theme in zip(points, ["women", "health", "children", "women"], strict=True):
        p.theme = theme
    _request_with_its_finding(points)
    assert [p.theme for p in points] == ["women", "women", "children", "women"]


def test_candidates_leave_out_the_situation_in_another_state_and_requests_to_its_government() -> None:
    """(a review helper's Ugandan set) South Sudanese refugees' account of the war in South Sudan, under "The
    situation in South Sudan", and their call on the Government of South Sudan were drafted as information on Uganda
    (8 sentences); what they say of refugees in Uganda, and of citizens abroad under another heading, stays."""
    doc = _doc(
        "The situation in South Sudan\n1. The conflict that broke out in Juba in December 2013 has killed an estimated "
        "380,000 people.\n2. Refugees who fled to Uganda in 2016 still cannot return.\n"
        "Refugees in Uganda\n3. Food rations were cut to 40 per cent in 2021 for most refugees.\n"
        "4. SSRV calls on the Government of South Sudan to establish the Hybrid Court.\n"
        "5. SSRV recommends that Uganda protect refugee girls against child marriage.\n"
        "Recruitment into the armed forces of the Russian Federation\n6. Families of citizens killed in the conflict "
        "have difficulty obtaining death certificates.\n"
    )
    points = points_of(split_passages(doc, file="SSRV.txt", stakeholder="SSRV"), stakeholder_order=0, state="Uganda",
                       self_names=("SSRV",))
    said = " ".join(p.reported.predicate for p in points)
    assert "Juba" not in said and "Hybrid Court" not in said
    assert "still could not return" in said or "still cannot return" in said
    assert "40 per cent" in said and "child marriage" in said and "death certificates" in said


def test_passages_numbers_that_start_again_in_each_section_are_no_locators() -> None:
    """(the Ugandan set) paragraphs numbered 1, 2, 3 again in each lettered section were cited "para. 1" for four
    places; the pages are cited instead. One list numbered on its own after the paragraphs keeps the numbers."""
    from uprkit.summarize.blocks import restarts

    assert restarts(["1", "2", "3", "1", "2", "1", "2", "3", "1"]) == 3
    assert restarts(["1", "2", "3", "4", "1", "2"]) == 1
    doc = _doc("B. Torture\n1. Torture is widespread.\n2. No officer was prosecuted.\n\fC. Detention\n1. Safe houses "
               "remain.\n2. The 48-hour rule is ignored.\n\fD. Courts\n1. Civilians are tried by military courts.\n")
    passages = split_passages(doc, file="JANU.pdf", stakeholder="JANU")
    assert [(p.paragraph, p.page) for p in passages] == [(None, 1), (None, 1), (None, 2), (None, 2), (None, 3)]


def test_speech_an_item_with_a_clause_after_before_their_is_a_request() -> None:
    """(the Ugandan set) "Pay fair, adequate and prompt compensation to all households … before their land is taken"
    under "To the Government of Uganda" was drafted "noted that pay fair …": "their land is" was read as the
    subject and verb of the item."""
    from uprkit.summarize.clauses import has_subject_before_verb

    r = report("Pay fair, adequate and prompt compensation to all households affected by Tilenga and EACOP before their "
               "land is taken.", state="Uganda", recommendation_context=True)
    assert r is not None and r.act == "recommendation"
    assert r.predicate.startswith("recommended that Uganda pay fair, adequate and prompt compensation")
    assert has_subject_before_verb("Support for women journalists who are harassed online is not available.")


def test_a_box_of_key_recommendations_run_into_one_line_is_read_item_by_item() -> None:
    """(the Ugandan set) a one-cell Word box "Key recommendations • Adopt … • Enforce … • Provide …" was drafted
    "GFU noted that key recommendations • Adopt …", cited without a locator; its items are now requests, and those
    the body makes again are drafted where the body makes them."""
    doc = _doc(
        "Key recommendations • Adopt a national strategy to end child marriage with a dedicated budget. • Enforce the "
        "guidelines on the re-entry of pregnant girls to school. • Provide comprehensive sexuality education.\n"
        "1. The National Strategy to End Child Marriage expired in 2020.\n"
        "2. Uganda should adopt a national strategy to end child marriage with a dedicated budget.\n"
    )
    passages = split_passages(doc, file="GFU.txt", stakeholder="GFU")
    assert [(p.text, p.in_list, p.lead) for p in passages[:3]] == [
        ("Adopt a national strategy to end child marriage with a dedicated budget.", True, "Key recommendations"),
        ("Enforce the guidelines on the re-entry of pregnant girls to school.", True, "Key recommendations"),
        ("Provide comprehensive sexuality education.", True, "Key recommendations"),
    ]
    points = points_of(passages, stakeholder_order=0, state="Uganda", self_names=("GFU",))
    said = [(p.reported.predicate, p.passages["GFU"][0].paragraph) for p in points]
    assert ("recommended that Uganda adopt a national strategy to end child marriage with a dedicated budget.", "2") in said
    assert sum("national strategy to end child marriage with" in s for s, _ in said) == 1
    assert ("recommended that Uganda provide comprehensive sexuality education.", None) in said


def test_draft_moves_earlier_recommendations_in_brackets_into_the_endnote(tmp_path: Path) -> None:
    """(the Ugandan set) "… community service and bail (A/HRC/34/10, paras 115.88, 117.23)" was drafted with its
    brackets; the cycle-3 summaries give them in the endnote: "For relevant recommendations see …"."""
    (tmp_path / "PRAU.txt").write_text(
        "1. Remand prisoners make up 52 per cent of the prison population. Uganda should expand the use of community "
        "service and bail (A/HRC/34/10, paras 115.88, 117.23).\n", encoding="utf-8")
    summary = draft_summary(tmp_path, DraftOptions(country="UGA", session=40))
    sentence = next(s for s in summary.iter_sentences() if s.act == "recommendation")
    assert sentence.text == "PRAU recommended that Uganda expand the use of community service and bail."
    note = next(n for n in summary.endnotes if n.number == sentence.endnote)
    assert note.text == "PRAU, para. 1. For relevant recommendations see A/HRC/34/10, paras. 115.88 and 117.23."
    assert verify_summary(summary, {"PRAU.txt": (tmp_path / "PRAU.txt").read_text(encoding="utf-8")}).failures == []


def test_candidates_a_cover_title_a_closing_commitment_and_a_pointer_to_a_table() -> None:
    """(the Ugandan set) "FFI noted that Uganda: Human rights defenders and civic space under attack." (the report's
    title, with its stop), "UHRC noted that it remained committed to working with the Government …", and "…
    rose every year from 2017 to 2020, as the table below shows" (a table the draft does not give)."""
    doc = _doc(
        "Uganda: Human rights defenders and civic space under attack.\nSubmission to the Universal Periodic Review.\n"
        "1. Attacks on journalists rose every year from 2017 to 2020, as the table below shows.\n"
        "2. The Commission remains committed to working with the Government, civil society and partners.\n"
    )
    points = points_of(split_passages(doc, file="FFI.pdf", stakeholder="FFI"), stakeholder_order=0, state="Uganda",
                       self_names=("FFI", "the Commission"))
    assert [p.reported.predicate for p in points] == ["noted that attacks on journalists rose every year from 2017 to 2020."]


def test_candidates_keep_the_people_a_count_is_of() -> None:
    """(an officer's second review of the Cambodian draft) "We interviewed 45 former detainees of the Prey Speu
    centre." was left out as the submission's method, and "DDW noted that thirty-one of them told DDW …" drafted: of
    whom? The sentence the count is of is drafted with it."""
    doc = _doc("4. We interviewed 45 former detainees of the Prey Speu centre. Thirty-one of them told us that guards "
               "beat them with rubber hoses.\n")
    points = points_of(split_passages(doc, file="DDW.docx", stakeholder="DDW"), stakeholder_order=0, state="Cambodia",
                       self_names=("DDW",))
    assert len(points) == 1
    assert points[0].reported.predicate == "noted that it interviewed 45 former detainees of the Prey Speu centre."
    assert points[0].continuation[0].startswith("Thirty-one of them told")


def test_related_points_are_not_alike_by_their_prepositions() -> None:
    """(an officer's second review of the Cambodian draft) RLW's "adopt a law on access to information after
    consultation with civil society" was cited "See also" under CCJM's "adopt the three fundamental laws on the
    judiciary after public consultation", a law on another matter: "after" weighed as much as "judiciary"."""
    from uprkit.summarize.related import cross_reference

    a = points_of(split_passages(_doc("1. Adopt the three fundamental laws on the judiciary after public consultation.\n"),
                                 file="CCJM.txt", stakeholder="CCJM"), stakeholder_order=0, state="Cambodia", self_names=("CCJM",))
    b = points_of(split_passages(_doc("9. Adopt a law on access to information after consultation with civil society.\n"),
                                 file="RLW.txt", stakeholder="RLW"), stakeholder_order=1, state="Cambodia", self_names=("RLW",))
    others = points_of(split_passages(_doc(
        "1. Police beat detainees in custody in Phnom Penh.\n2. Forced evictions continued around Boeung Kak lake.\n"
        "3. Garment workers earned US$80 a month.\n4. Journalists were assaulted while covering land disputes.\n"
        "5. Children with disabilities were kept at home.\n6. Ethnic Vietnamese were denied identity cards.\n"
        "7. Defamation remained a criminal offence.\n8. Orphanages were not inspected.\n"), file="X.txt", stakeholder="X"),
        stakeholder_order=2, state="Cambodia", self_names=("X",))
    out = cross_reference([*a, *b, *others], frame=("Cambodia", "KHM", "CCJM", "RLW", "X"))
    assert len(out) == 10 and not out[0].see_also


def test_draft_writes_the_governments_abbreviation_out() -> None:
    """(the Cambodian and Ugandan sets) "JS1 recommended that the RGC withdraw …" came before the paragraph that
    defines "the RGC", and "GoU" was never written out; the summaries write "the Government"."""
    from uprkit import countries
    from uprkit.summarize.draft import _state_abbreviations, _state_named

    uganda = countries.by_code("UGA")
    assert uganda is not None
    found = _state_abbreviations(["In the second cycle the Government of Uganda (GoU) supported 11 recommendations."], uganda)
    assert found == {"GoU"}
    assert _state_named("UDRN noted that the Government of Uganda (GoU) supported 11 recommendations. The GoU enacted "
                        "a law, but GoU's regulations were not adopted.", found) == (
        # its possessive too (the Malaysian set's "the GoM's own figures showed …" was left so)
        "UDRN noted that the Government of Uganda supported 11 recommendations. The Government enacted a law, but "
        "the Government's regulations were not adopted.")
    cambodia = countries.by_code("KHM")
    assert cambodia is not None
    rgc = _state_abbreviations(["the Royal Government of Cambodia (RGC) accepted a recommendation"], cambodia)
    assert _state_named("JS1 recommended that the RGC withdraw the draft law.", rgc) == (
        "JS1 recommended that the Government withdraw the draft law.")
    # defined in a list of abbreviations (the Malaysian set's SSCP: "Abbreviations: GoM – Government of Malaysia; …")
    malaysia = countries.by_code("MYS")
    assert malaysia is not None
    gom = _state_abbreviations(["Abbreviations: GoM – Government of Malaysia; NRD – National Registration Department"], malaysia)
    assert gom == {"GoM"}
    assert _state_named("SSCP noted that the GoM's own figures showed that the GoM did not count them.", gom) == (
        "SSCP noted that the Government's own figures showed that the Government did not count them.")


def test_candidates_a_submitters_work_said_first_thing_is_no_finding() -> None:
    """(the Ugandan set) "PRAU noted that PRAU monitors conditions in 45 prisons …", "UPFW reported that it had
    recorded violations … since 2009 through a network of 30 district correspondents", "CEOU deployed 1,200 citizen
    observers …": what the submitter does, said first thing, with figures; a count of its findings stays."""
    for who, text in (
        ("PRAU", "PRAU monitors conditions in 45 prisons and provides paralegal services to remand prisoners."),
        ("UPFW", "UPFW has recorded violations against journalists in Uganda since 2009 through a network of 30 district "
                 "correspondents."),
        ("CEOU", "CEOU deployed 1,200 citizen observers in 112 districts during the 2021 general elections."),
    ):
        doc = _doc(f"{who}\n{text}\n1. Police killed 54 people in November 2020.\n")
        points = points_of(split_passages(doc, file=f"{who}.pdf", stakeholder=who), stakeholder_order=0, state="Uganda",
                           self_names=(who,))
        assert [p.reported.predicate for p in points] == ["noted that police killed 54 people in November 2020."], who
    doc = _doc("1. JANU documented 178 cases of torture by security agents since 2019.\n")
    points = points_of(split_passages(doc, file="JANU.pdf", stakeholder="JANU"), stakeholder_order=0, state="Uganda",
                       self_names=("JANU",))
    assert len(points) == 1
