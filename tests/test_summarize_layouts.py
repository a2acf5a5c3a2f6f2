"""Layouts of the Nepalese and Malaysian review sets (tests/data/submissions_npl and submissions_mys, a review
helper's, 2026-12-06): what of a submission is its statement, and what is the e-mail, the form or the page around
it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from uprkit.model import Document
from uprkit.read import read_document
from uprkit.summarize.draft import DraftOptions, draft_summary
from uprkit.summarize.email import email_lines
from uprkit.summarize.marks import line_spans
from uprkit.summarize.model import Summary
from uprkit.summarize.verify import verify_summary

NPL = Path(__file__).parent / "data" / "submissions_npl"
MYS = Path(__file__).parent / "data" / "submissions_mys"
LKA = Path(__file__).parent / "data" / "submissions_lka"


def _draft(tmp_path: Path, *files: str) -> tuple[Summary, dict[str, str]]:
    for name in files:
        shutil.copy(NPL / name, tmp_path / name)
    summary = draft_summary(tmp_path, DraftOptions(country="NPL", session=37))
    texts = {name: read_document(tmp_path / name).text for name in files}
    return summary, texts


def _sentences(summary: Summary) -> list[str]:
    return [s.text for s in summary.iter_sentences() if s.stakeholders]


def test_an_email_export_drafts_the_submission_only(tmp_path: Path) -> None:
    """RRN's submission pasted into an e-mail: its covering line ("As requested, please find our submission below
    …"), the disclaimer and OHCHR's quoted reply ("We remind stakeholders that the deadline …", drafted as "it
    reminds stakeholders …") were drafted as RRN's words, without a locator."""
    summary, texts = _draft(tmp_path, "RRN_UPR37_Nepal_email_submission.txt")
    drafted = " ".join(_sentences(summary))
    for words in ("please find", "confidential", "remind", "deadline", ".pages", "Beldangi", "Dear", "Kind regards"):
        assert words not in drafted, words
    assert "1951 Convention relating to the Status of Refugees" in drafted
    assert "waive the overstay fines" in drafted
    assert all(span.locator for s in summary.iter_sentences() for span in s.sources)
    assert verify_summary(summary, texts).faithfulness == 1.0


def test_email_lines_are_found_only_in_an_email() -> None:
    letter = "Dear colleagues,\n\nPlease find our submission below.\n\n1. Torture persists.\n\nKind regards,\nA. B.\n"
    assert email_lines(letter, list(line_spans(letter))) == frozenset()  # no header block: a letter's words stay
    mail = "From: A <a@x.org>\nSubject: UPR\n\n" + letter + "\n> We remind you of the deadline.\n"
    lines = mail.splitlines()
    left = {lines[k] for k in email_lines(mail, list(line_spans(mail)))}
    assert "1. Torture persists." not in {x.strip() for x in left}
    assert {"From: A <a@x.org>", "Dear colleagues,", "Please find our submission below.", "Kind regards,",
            "> We remind you of the deadline."} <= {x.strip() for x in left}


def test_a_pdf_table_of_areas_and_recommendations_without_stops(tmp_path: Path) -> None:
    """CLEN's "Issue | Recommendation" table in its paragraph 8, its cells without full stops, flattened by the PDF
    into lines ("Kiln season work Declare brick kilns a hazardous" / "sector in which …"): one 80-word sentence
    before ("CLEN recommended that the Government of Nepal issue Recommendation Kiln season work Declare …", the
    contact line after the table glued on); now each row's recommendation, cited as paragraph 8."""
    summary, texts = _draft(tmp_path, "CLEN_UPR3_Nepal_child_labour.pdf")
    asked = [s for s in summary.iter_sentences() if s.stakeholders and s.act == "recommendation"]
    assert [s.text for s in asked] == [
        "CLEN recommended that Nepal declare brick kilns a hazardous sector in which no child under 18 may work, and "
        "inspect every kiln at least once a season.",
        "CLEN recommended that Nepal recruit and train additional labour inspectors and prosecute employers of "
        "children.",
        "CLEN recommended that Nepal provide former Kamlari girls with the scholarships and vocational training "
        "promised in 2013.",
        "CLEN recommended that Nepal enforce the minimum age of marriage of 20 and fund programmes that keep girls in "
        "secondary school.",
    ]
    assert {span.locator for s in asked for span in s.sources} == {"para. 8"}
    assert not any("clen.nepal" in s for s in _sentences(summary))
    assert verify_summary(summary, texts).faithfulness == 1.0


def test_questions_and_answers(tmp_path: Path) -> None:
    """SWRC's brief of questions and answers: "SWRC noted that a: No. The Criminal Code of 2017 …", and "A: It should
    fund awareness programmes …" (under "Q: What should the Government do about chhaupadi?") and "A: We recommend
    that Nepal remove …" drafted as observations. The question is a heading over its answer, the answer is drafted
    without its label and its "Yes." or "No.", and "It" in an answer to what the Government should do is the
    Government."""
    summary, texts = _draft(tmp_path, "SWRC_QA_Women_Girls_UPR_Nepal.pdf")
    sentences = [s for s in summary.iter_sentences() if s.stakeholders]
    assert not any(s.text.split(" that ", 1)[-1].lower().startswith(("a:", "no.", "yes.")) for s in sentences)
    asked = {s.text for s in sentences if s.act == "recommendation"}
    assert "SWRC recommended that the Government fund awareness programmes led by local women and ensure that police " \
           "and ward officials enforce the law instead of tolerating the practice." in asked
    assert any("remove the statute of limitations for rape" in x for x in asked)
    assert any(s.text.startswith("SWRC noted that the Criminal Code of 2017 made it an offence") for s in sentences)
    assert verify_summary(summary, texts).faithfulness == 1.0


def test_a_long_title_naming_the_review_is_no_statement(tmp_path: Path) -> None:
    """RNA's title line, 21 words with commas and no stop: "RNA noted that submission on the human rights of
    lesbian, gay, bisexual, transgender and intersex persons in Nepal – Universal Periodic Review, 37th session."."""
    summary, _ = _draft(tmp_path, "RNA_UPR37_Nepal_LGBTI.docx")
    assert not any("Universal Periodic Review, 37th session" in s for s in _sentences(summary))
    assert any("third gender" in s for s in _sentences(summary))


def test_a_box_of_key_findings_between_numbered_paragraphs(tmp_path: Path) -> None:
    """DHRF's Word text box "KEY FINDINGS" between its paragraphs 2 and 3: its title was glued to its first item
    ("DHRF reported that KEY FINDINGS 66 cases …"), and its item the body says again in paragraph 4 ("Six young men
    were killed at Soti …") was drafted twice. The box is cited with the paragraph it stands by, the section's heading
    goes on after it, and what the body says is drafted where the body says it."""
    summary, texts = _draft(tmp_path, "DHRF_Nepal_UPR3_caste_discrimination.docx")
    drafted = _sentences(summary)
    assert not any("KEY FINDINGS" in s for s in drafted)
    (cases,) = [s for s in summary.iter_sentences() if s.stakeholders and "66 cases" in s.text]
    assert cases.text.startswith("DHRF reported that 66 cases of caste-based discrimination")
    assert [span.locator for span in cases.sources] == ["para. 2"]
    assert sum("Soti" in s for s in drafted if "recommended" not in s) == 1
    assert verify_summary(summary, texts).faithfulness == 1.0


def test_what_is_guessed_without_a_manifest(tmp_path: Path) -> None:
    """Without the manifest: SARFAT says it is "an intergovernmental body" (it was listed as an NGO); RRN's title
    "Submission of Refugee Rights Nepal (RRN) to …" named it "of Refugee Rights Nepal"; JS1's cover names its seven
    members in one sentence between commas, and JS2's members are in an annex its cover points to, its coalition
    "Madhesi, Tharu and Marginalised Communities Alliance (MTMCA)" on its first line ("JS2 noted that MTMCA
    recommends that Nepal …" was an observation)."""
    summary, _ = _draft(tmp_path, "SARFAT_contribution_UPR_Nepal_2020.pdf", "RRN_UPR37_Nepal_email_submission.txt",
                        "JS1_TJAN_UPR37_Nepal.pdf", "JS2_MTMCA_UPR_Nepal_2020.docx")
    by = {st.abbreviation: st for st in summary.stakeholders}
    assert by["SARFAT"].kind == "regional"
    assert by["RRN"].name == "Refugee Rights Nepal"
    assert by["JS1"].members[:2] == ["Transitional Justice Accountability Network (TJAN)",
                                     "Conflict Victims' Solidarity Forum (CVSF)"]
    assert len(by["JS1"].members) == 8 and by["JS1"].members[-1] == "Terai Human Rights Defenders Alliance (THRDA)"
    assert by["JS2"].members[0] == "Madhesi, Tharu and Marginalised Communities Alliance (MTMCA)"
    assert len(by["JS2"].members) == 12 and "Legal Aid for Marginalised Communities (LAMC)" in by["JS2"].members
    assert not any("MTMCA recommends" in s for s in _sentences(summary))


def test_an_idiom_and_an_address_are_no_verb_and_no_pronoun() -> None:
    """The Malaysian set: "revoke Orang Asli reserves at will" was drafted "at would", and "news.example.my" as
    "news.example.its"."""
    from uprkit.summarize.person import third_person
    from uprkit.summarize.tense import backshift

    assert backshift("state governments can revoke Orang Asli reserves at will") == (
        "state governments could revoke Orang Asli reserves at will")
    assert third_person("our report (https://news.example.my/2023/06/raid; info@us.org)") == (
        "its report (https://news.example.my/2023/06/raid; info@us.org)")


def test_endnotes_marked_with_roman_numerals_in_brackets(tmp_path: Path) -> None:
    """RRM's "[i]" … "[vii]" markers and its "Endnotes" at the end: the markers stayed in the text ("… Rohingya.[ii]
    No legal status."), and the notes were drafted as a recommendation ("RRM recommended that Malaysia [v] Dewan
    Rakyat, written reply …")."""
    shutil.copy(MYS / "RRM_UPR45_Malaysia_refugees.pdf", tmp_path / "RRM_UPR45_Malaysia_refugees.pdf")
    summary = draft_summary(tmp_path, DraftOptions(country="MYS", session=45))
    drafted = _sentences(summary)
    assert not any(re.search(r"\[(?:i|ii|iii|iv|v|vi|vii)\]", s) for s in drafted)
    assert not any("Dewan Rakyat" in s or "Figures at a Glance" in s or "Endnotes" in s for s in drafted)
    assert "RRM recommended that Malaysia end the detention of children in immigration depots." in drafted
    assert any(s.startswith("RRM noted that as of the end of June 2023, some 184,000 refugees") for s in drafted)


def test_a_text_file_in_markdown() -> None:
    """PRC's .txt in Markdown: its "**2.**" numbers were not read (no locator for any of its points) and its marks
    were drafted ("PRC noted that **2.** Section 377A of the **Penal Code** …", "([news report](https://…))")."""
    doc = read_document(MYS / "PRC_UPR45_Malaysia_LGBT.txt")
    assert doc.metadata["markup"] == "markdown"
    assert "**" not in doc.text and "](" not in doc.text and "\n# " not in doc.text
    assert "2. Section 377A of the Penal Code punishes" in doc.text
    # a link filling a parenthesis is the sentence's source, left out as a footnote is (the Malaysian draft's
    # "… about their gender identity (news report).")
    assert "questioning about their gender identity.\n" in doc.text and "news report" not in doc.text
    # (a review of the change) a link naming a thing in brackets is kept: "([SUHAKAM](…))", "([Act 574](…))"
    from uprkit.read.text import _markdown

    marked = _markdown("# A\n# B\n**1.** The Commission ([SUHAKAM](https://s.my)) received 40 complaints.\n"
                       "Section 377A ([Act 574](https://l.my/574)) punishes it ([source](https://n.my)).")
    assert marked is not None
    assert marked.text.endswith("1. The Commission (SUHAKAM) received 40 complaints.\nSection 377A (Act 574) punishes it.")
    assert [doc.text[at : doc.text.index("\n", at)].strip() for at in doc.heading_lines][1:3] == ["About us", "Criminalisation"]
    # a UN document's text, or any text without Markdown's marks, is read as it is
    plain = read_document(Path(__file__).parent / "data" / "A_HRC_WG.6_7_KAZ_3.txt")
    assert "markup" not in plain.metadata and not plain.heading_lines


def test_a_markdown_submissions_points_are_cited_by_paragraph(tmp_path: Path) -> None:
    shutil.copy(MYS / "PRC_UPR45_Malaysia_LGBT.txt", tmp_path / "PRC_UPR45_Malaysia_LGBT.txt")
    summary = draft_summary(tmp_path, DraftOptions(country="MYS", session=45))
    sentences = [s for s in summary.iter_sentences() if s.stakeholders]
    assert sentences and all(span.locator and span.locator.startswith("para.") for s in sentences for span in s.sources)
    assert not any("*" in s.text or "](" in s.text or ".its" in s.text for s in sentences)


def test_an_nhri_report_with_chapters_and_an_executive_summary(tmp_path: Path) -> None:
    """SUHAKAM's report: "Executive Summary" under the cover's short lines was read as a table's cell, so its four
    findings were drafted besides the body's paragraphs that make them; "Chapter 2: International obligations and
    the national" / "framework" was read as paragraph 2's last line; "The Commission's recommendations are set out
    at the end of each chapter" was drafted; and "welcomes the Act …, and recommends a moratorium …" was one welcome."""
    shutil.copy(MYS / "SUHAKAM_UPR4_Malaysia_Report_2023.pdf", tmp_path / "SUHAKAM_UPR4_Malaysia_Report_2023.pdf")
    summary = draft_summary(tmp_path, DraftOptions(country="MYS", session=45))
    drafted = _sentences(summary)
    assert not any("still a party to only three" in s for s in drafted)  # the summary's; the body's "remained" stays
    assert any("remained a party to only three" in s for s in drafted)
    assert sum("28 deaths" in s or "Twenty-eight" in s or "twenty-eight" in s for s in drafted) == 1
    assert not any("Chapter 2" in s or "set out at the end of each chapter" in s for s in drafted)
    assert any(s.endswith("recommended a moratorium on all executions pending the full abolition of the death penalty.")
               for s in drafted)


def test_meta_sentences_about_the_submission_are_no_statements(tmp_path: Path) -> None:
    """WEFM's blog post ("Today we sent our submission … Here is what we told the Human Rights Council", "You can read
    the full submission here") and WAJN's "Each recommendation below is linked to a target of the 2030 Agenda"; and
    WEFM's "We are asking the Government to …" is its recommendation."""
    for name in ("wefm.example.my - Our UPR submission ending child marriage in Malaysia.html",
                 "WAJN_UPR45_Malaysia_women_justice.pdf"):
        shutil.copy(MYS / name, tmp_path / name)
    summary = draft_summary(tmp_path, DraftOptions(country="MYS", session=45))
    drafted = _sentences(summary)
    assert not any("full submission" in s or "sent its submission" in s or "each recommendation below" in s.lower()
                   for s in drafted)
    assert any("called on the Government to make 18 the minimum age of marriage for everyone" in s for s in drafted)


def test_the_states_words_quoted_by_a_submitter_are_not_drafted_alone(tmp_path: Path) -> None:
    """MFN quotes a minister's words to Parliament at its paragraph's end: the State's claim was drafted as MFN's
    note. Where the submitter answers the State's words in the same paragraph (IRM: "The national report asserts
    that "…". This is not borne out by the facts: …"; MFN: "The Government has repeatedly said that "…". Yet a
    reporter …"), the answer leans on them, and both are drafted: an officer's review found "IRM reported that this
    was not borne out by the facts" after IRM's own finding on legal aid, as if it denied it, once the quotations
    were left out."""
    shutil.copy(MYS / "IRM_Malaysia_UPR45_submission.pdf", tmp_path / "IRM_Malaysia_UPR45_submission.pdf")
    shutil.copy(NPL / "MFN_UPR_Nepal_2020_freedom_of_expression.docx", tmp_path / "MFN_UPR_Nepal_2020_freedom_of_expression.docx")
    summary = draft_summary(tmp_path, DraftOptions(country="MYS", session=45))
    drafted = _sentences(summary)
    assert not any("fully in line with" in s for s in drafted)
    (denied,) = [s for s in drafted if "not borne out by the facts" in s]
    assert "investigated thoroughly and transparently" in denied.split("not borne out")[0]
    (yet,) = [s for s in drafted if "a reporter in Sindhupalchowk" in s]
    assert "no journalist has been arrested" in yet.split("reporter")[0]


def test_what_is_guessed_without_a_manifest_in_the_malaysian_set(tmp_path: Path) -> None:
    """SUHAKAM says it submits "as the national human rights institution" and holds "A" status, under its Malay name
    (it was an NGO, without its section); "PRC_UPR45_Malaysia_LGBT.txt" is Pelangi Rights Collective's (PRC is also
    China's, and "LGBT" was credited); a web page saved as "wefm.example.my - Our UPR submission …" is Women's Equality
    Forum Malaysia's ("Our noted that …")."""
    for name in ("SUHAKAM_UPR4_Malaysia_Report_2023.pdf", "PRC_UPR45_Malaysia_LGBT.txt",
                 "wefm.example.my - Our UPR submission ending child marriage in Malaysia.html"):
        shutil.copy(MYS / name, tmp_path / name)
    summary = draft_summary(tmp_path, DraftOptions(country="MYS", session=45))
    by = {st.abbreviation: st for st in summary.stakeholders}
    assert set(by) == {"SUHAKAM", "PRC", "WEFM"}
    assert by["SUHAKAM"].kind == "nhri" and by["SUHAKAM"].status == "A"
    assert by["PRC"].name == "Pelangi Rights Collective" and by["WEFM"].name == "Women's Equality Forum Malaysia"


def test_a_joint_submissions_members_in_a_table_or_signing_at_its_end(tmp_path: Path) -> None:
    """Without a manifest: the Ugandan set's JS1 lists its 60 members "in the table below" (two columns of a Word
    table), and the Malaysian set's JS1 is "a joint submission by three … organisations (signatories below)", each
    signing with its logo's abbreviation, its name (in two languages, or wrapped) and its address; only the coalition
    was known of the first, nothing of the second."""
    from uprkit.summarize.joint_members import signatory_members, table_members

    uganda = read_document(Path(__file__).parent / "data" / "submissions_uga" / "JS1_Uganda_Civic_Space_Alliance_UPR40.docx")
    members = table_members(uganda.text)
    assert len(members) == 60 and members[:2] == ["Action for Rural Women's Empowerment (ARWE)", "Arua District NGO Network (ADNN)"]
    assert members[-1] == "Zombo Community Rights Initiative (ZCRI)"
    malaysia = read_document(MYS / "JS1_Freedom_of_Expression_UPR45_Malaysia.pdf")
    assert signatory_members(malaysia.text) == [
        "Pusat Kebebasan Media – Centre for Media Freedom (PKM)", "Lawyers for Civic Freedom (LCF)",
        "Sabah Digital Rights Forum (SDRF)"]
    shutil.copy(MYS / "JS1_Freedom_of_Expression_UPR45_Malaysia.pdf", tmp_path / "JS1_Freedom_of_Expression_UPR45_Malaysia.pdf")
    summary = draft_summary(tmp_path, DraftOptions(country="MYS", session=45))
    assert [st.members for st in summary.stakeholders] == [signatory_members(malaysia.text)]


GHA = Path(__file__).parent / "data" / "submissions_gha"


def test_sections_numbered_and_lettered_and_members_speaking_together(tmp_path: Path) -> None:
    """An officer's review of the Ghanaian draft: JS3's "2. (B) Freedom of expression and attacks on journalists" over
    "2.1 The media environment …" was read as a line of paragraph 1.4 (its "(B)" taken for a State's name after a
    recommendation's number), and paragraphs 2.1, 3.1 and 4.1 were cited as 1.4, 1.4 and 3.4; "CIVICUS and GCSM call on
    the Government of Ghana to …" was drafted "JS3 noted that CIVICUS and GCSM call on …"."""
    for name in ("CIVICUS_GCSM_Ghana_UPR42_civic_space.pdf", "stakeholders.csv"):
        shutil.copy(GHA / name, tmp_path / name)
    summary = draft_summary(tmp_path, DraftOptions(country="GHA", session=42), manifest=tmp_path / "stakeholders.csv")
    cited = {s.text.split(" that ", 1)[-1][:40]: [span.locator for span in s.sources] for s in summary.iter_sentences()
             if s.stakeholders}
    assert cited["the media environment had deteriorated. "] == ["para. 2.1"]
    assert cited["in May 2021, the police obtained a court"] == ["para. 3.1"]
    # the items under a numbered sub-heading ("5.2 Regarding freedom of peaceful assembly" / "• Amend the Public
    # Order Act …") are cited by its number, not by page
    assert cited["Ghana amend the Public Order Act, 1994 ("] == ["para. 5.2"]
    assert any(s.text.startswith("JS3 called on the Government of Ghana to create and maintain")
               for s in summary.iter_sentences())
    assert not any("(B)" in s.text or "(C)" in s.text for s in summary.iter_sentences())


def test_recommendations_under_a_numbered_section_of_decimal_paragraphs(tmp_path: Path) -> None:
    """An officer's review of the Ghanaian draft: GDRF's eight recommendations under "6. RECOMMENDATIONS" / "GDRF
    recommends that the Government:" in a .txt of paragraphs 2.1, 2.2 … had no locator ("GDRF."); and WRAC's "forced
    to undergo ritual baths, shave their heads and remain confined" was drafted "… and remained confined"."""
    from uprkit.summarize.tense import backshift

    shutil.copy(GHA / "GDRF_UPR_submission_Ghana_2022.txt", tmp_path / "GDRF_UPR_submission_Ghana_2022.txt")
    summary = draft_summary(tmp_path, DraftOptions(country="GHA", session=42))
    asked = [s for s in summary.iter_sentences() if s.stakeholders and s.act == "recommendation"]
    assert asked and {span.locator for s in asked for span in s.sources} == {"para. 6"}
    assert backshift("widows are forced to undergo ritual baths, shave their heads and remain confined for weeks") == (
        "widows were forced to undergo ritual baths, shave their heads and remain confined for weeks")


def test_a_markdown_text_with_footnotes() -> None:
    """Markdown's footnotes ("… impunity.[^3]" and "[^3]: AI, para. 3.", as uprkit's own Markdown summary, GitHub
    and Pandoc write them) are the document's notes, as a Word file's are: read back, the Markdown summary had
    "endnote markers (1-151) but the endnote texts are missing" and no stakeholder list. Its HTML marks, entities
    and escapes read as they show: "<sub>", "&emsp;&emsp;" (a column's gap), "\\*"; an escaped "\\[^9\\]" is text."""
    from uprkit.read.text import read_text

    text = (
        '<div align="right">A/HRC/WG.6/48/SVN/3</div>\n\n**Summary of stakeholders’ submissions on Slovenia\\***\n\n'
        "## I. Background\n\n1. It is a summary of 12 submissions.[^1] JS1 wrote \\[^9\\] and \\*stars\\*.[^2]\n\n"
        "## II. Information\n\n2. AI noted that it was so.[^note]\n\n"
        "[^1]: The stakeholders listed below have contributed information for this summary:  \n"
        "    AI&emsp;&emsp;Amnesty International, London;  \n"
        "    CoE&emsp;&emsp;The Council of Europe &amp; its bodies  \n\n"
        "[^2]: JS1, p. 2.\n[^note]: AI, para. 3.\n"
    )
    doc = read_text(text.encode(), "summary.md")
    assert doc.metadata["markup"] == "markdown"
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "The stakeholders listed below have contributed information for this summary:\n"
            "AI\tAmnesty International, London;\nCoE\tThe Council of Europe & its bodies"),
        (2, "JS1, p. 2."), (3, "AI, para. 3.")]
    for note in doc.notes:
        assert doc.text[note.start : note.end] == note.text
    assert [(m.number, doc.text[m.start : m.end]) for m in doc.note_markers] == [(1, "1"), (2, "2"), (3, "3")]
    assert "1. It is a summary of 12 submissions.1 JS1 wrote [^9] and *stars*.2" in doc.text
    assert "A/HRC/WG.6/48/SVN/3\n" in doc.text and "Slovenia*" in doc.text and "<" not in doc.text


def _md(text: str) -> Document:
    from uprkit.read.text import read_text

    return read_text(text.encode(), "submission.md")


def test_markdown_footnotes_as_pandoc_and_github_read_them() -> None:
    """A helper's review of the Markdown reader: what Pandoc and GitHub do with footnotes, uprkit does too."""
    head = "# Submission\n## Arrests\n"
    # an address keeps its "&region=" (an entity is one only when closed by ";"); "<br>" is a space
    doc = _md(head + "1. Arrests in 2022.[^1]<br>Most were held two days.\n\n"
              "[^1]: https://x.org/data?year=2022&region=kl&para=1 &amp; more\n")
    assert "1. Arrests in 2022.1 Most were held two days." in doc.text
    assert [n.text for n in doc.notes] == ["https://x.org/data?year=2022&region=kl&para=1 & more"]
    # a note's next line that is not indented is still the note's (lazy continuation): not drafted as the NGO's
    doc = _md(head + "1. Twenty people were held.[^1]\n\n[^1]: News report. The police said that\n"
              "the 20 people were released without charge the next day.\n")
    assert [n.text for n in doc.notes] == [
        "News report. The police said that\nthe 20 people were released without charge the next day."]
    assert "released without charge" not in doc.text[: doc.notes[0].start]
    # after a blank line, only a line indented four spaces is the note's: a list indented two is the text's
    doc = _md(head + "1. We recommend.[^5]\n\n[^5]: AI, p. 2.\n\n  - repeal section 377A;\n  - release them.\n")
    assert [n.text for n in doc.notes] == ["AI, p. 2."]
    assert "- repeal section 377A;" in doc.text[: doc.notes[0].start]


def test_markdown_footnote_labels() -> None:
    head = "# Summary\n## Background\n"
    # a symbol's note is the cover note: left out with its mark; the numbered notes keep their numbers
    doc = _md("# Summary of stakeholders’ submissions on Slovenia[^*]\n## I. Background\n"
              "1. It is a summary.[^1] JS1 noted it.[^2]\n\n[^*]: Not edited.\n[^1]: The list.\n[^2]: JS1, p. 2.\n")
    assert [(n.number, n.text) for n in doc.notes] == [(1, "The list."), (2, "JS1, p. 2.")]
    assert "on Slovenia\n" in doc.text and "Not edited" not in doc.text
    # a label defined twice (chapters each numbering from 1): each reference cites its own chapter's note
    doc = _md(head + "1. First.[^1]\n\n[^1]: AI, para. 3.\n\n## Next\n2. Second.[^1]\n\n[^1]: HRW, p. 9.\n")
    assert [(n.number, n.text) for n in doc.notes] == [(1, "AI, para. 3."), (2, "HRW, p. 9.")]
    assert "1. First.1" in doc.text and "2. Second.2" in doc.text
    # labels whatever their case; a superscript digit is a label, not a number; an undefined one stays text
    doc = _md(head + "1. AI noted it.[^AI] HRW too.[^¹] JS2 also.[^3]\n\n[^ai]: AI, p. 1.\n[^¹]: HRW, p. 4.\n")
    assert [(n.number, n.text) for n in doc.notes] == [(1, "AI, p. 1."), (2, "HRW, p. 4.")]
    assert "1. AI noted it.1 HRW too.2 JS2 also.[^3]" in doc.text
    # a definition indented up to three spaces is one of its own; one em space is a space, two are a gap
    doc = _md(head + "1. A.[^1] B.[^2]\n\n[^1]: AI&emsp;p. 1.\n  [^2]: JS1&emsp;&emsp;Joint submission 1\n")
    assert [n.text for n in doc.notes] == ["AI\u2003p. 1.", "JS1\tJoint submission 1"]


_GLUED_PAGE = """<html><body><article><h1>Submission of the Free Press Association to the UPR of Kazakhstan</h1>
<h2>Freedom of expression</h2>
<p>1. FPA documented 35 arrests of journalists in 2022<sup><a href="#fn2" id="r2">2</a></sup> and 12 in 2023.</p>
<p>2. The Criminal Code still punishes defamation with up to 3<sup><a href="#fn3" id="r3">3</a></sup> years in prison.</p>
<p>3. We recommend that Kazakhstan decriminalize defamation.</p>
<ol><li id="fn2">FPA monitoring report 2022.</li><li id="fn3">Criminal Code, art. 130.</li></ol>
</article></body></html>"""


def test_a_note_reference_after_a_figure_is_no_part_of_it(tmp_path: Path) -> None:
    """A web page's, a Word file's or Markdown's note reference right after a figure: "35 arrests … in 2022<sup>2</sup>
    and 12 in 2023" was drafted "in 20222", and "up to 3<sup>3</sup> years" "up to 33 years". The reader marks where
    its references are; the drafter leaves them out, and `uprkit verify` checks the words against the text without
    them (the cited span keeps them, verbatim)."""
    from uprkit.summarize.verify import verify_draft

    submissions = tmp_path / "submissions"
    submissions.mkdir()
    (submissions / "FPA.html").write_text(_GLUED_PAGE, encoding="utf-8")
    (submissions / "FPA.md").write_text(  # the same in Markdown, from a second stakeholder
        "# Submission of the Open Media Union\n## Freedom of expression\n"
        "1. OMU counted 35 arrests of journalists in 2022[^2] and 12 in 2023.\n\n[^2]: OMU report.\n", encoding="utf-8")
    (submissions / "stakeholders.csv").write_text(
        "abbreviation,name,kind,file\nFPA,Free Press Association,ngo,FPA.html\nOMU,Open Media Union,ngo,FPA.md\n",
        encoding="utf-8")
    summary = draft_summary(submissions, DraftOptions(country="KAZ", session=7),
                            manifest=submissions / "stakeholders.csv")
    drafted = " ".join(_sentences(summary))
    assert "in 2022 and 12 in 2023" in drafted and "up to 3 years in prison" in drafted
    assert "20222" not in drafted and "33 years" not in drafted
    spans = [span.text for s in summary.iter_sentences() for span in s.sources]
    assert any("in 20222 and 12" in t for t in spans)  # the source, verbatim
    (tmp_path / "draft.json").write_text(summary.model_dump_json(), encoding="utf-8")
    result = verify_draft(tmp_path / "draft.json", submissions)
    assert (result.faithful, result.sentences) == (len(_sentences(summary)), len(_sentences(summary)))


def test_a_pdfs_raised_note_reference_after_a_figure_is_no_part_of_it(tmp_path: Path) -> None:
    """The same in a PDF (tests/data/formats/raised_note_after_figure.pdf, LibreOffice's PDF of a Word file with
    superscript references): PDFium gives "in 20222 and 12 in 2023" and "up to 33 years". The reader finds the
    figures printed raised and smaller than the character before them; a note's own number at the foot of the
    page, which starts its line, is none."""
    from uprkit.summarize.verify import verify_draft

    pdf = Path(__file__).parent / "data" / "formats" / "raised_note_after_figure.pdf"
    doc = read_document(pdf)
    assert [(m.number, doc.text[m.start - 5 : m.end + 4]) for m in doc.raised_numbers] == [
        (2, " 20222 and"), (3, " to 33 yea")]
    submissions = tmp_path / "submissions"
    submissions.mkdir()
    shutil.copy(pdf, submissions / "FPA.pdf")
    summary = draft_summary(submissions, DraftOptions(country="KAZ", session=7))
    drafted = " ".join(_sentences(summary))
    assert "in 2022 and 12 in 2023" in drafted and "up to 3 years in prison" in drafted
    (tmp_path / "draft.json").write_text(summary.model_dump_json(), encoding="utf-8")
    result = verify_draft(tmp_path / "draft.json", submissions)
    assert result.faithful == result.sentences == len(_sentences(summary))


def test_a_pdfs_raised_figures_that_are_no_note_references() -> None:
    """A helper's review: a unit's power ("250 km²"), an exponent out of the notes' turn ("some 10³ households" before
    note 2), a larger "Ag" glyph with a descender before "25" at the same baseline, a small figure not raised ("120"
    at 8 points) are no note references; "2022²", "1,000⁴", "(2019)⁵" and "45 per cent⁶" are
    (tests/data/formats/raised_exponents_and_references.pdf, LibreOffice's PDF of the Word file beside it, whose
    references are typed and set superscript, not Word's notes: read "20222" and drafted so before)."""
    for suffix in ("pdf", "docx"):  # the PDF, and the Word file it was made from, its figures typed and raised
        doc = read_document(Path(__file__).parent / "data" / "formats" / f"raised_exponents_and_references.{suffix}")
        assert [(m.number, doc.text[m.start - 6 : m.start]) for m in doc.raised_numbers] == [
            (2, "n 2022"), (4, " 1,000"), (5, "(2019)"), (6, "r cent")], suffix
        for m in doc.raised_numbers:
            assert doc.text[m.start : m.end] == str(m.number)


def test_verify_reads_a_pages_notes_as_notes(tmp_path: Path) -> None:
    """A helper's review: with the note references made spaces, `uprkit verify` no longer told a page's notes from
    its text where a cited span runs over a page break, and passed a sentence whose words only a note holds ("the
    World Bank's handling of the economy", where the submission says "the Government's" and its note 3 cites the
    World Bank)."""
    from uprkit.summarize.verify import verify_draft

    submissions = tmp_path / "submissions"
    submissions.mkdir()
    shutil.copy(LKA / "JS_PFESR_UPR42_LKA.pdf", submissions)
    summary = draft_summary(submissions, DraftOptions(country="LKA", session=42))
    draft = summary.model_dump_json()
    assert "the Government’s handling of the economy. The protests" in draft
    (tmp_path / "draft.json").write_text(draft, encoding="utf-8")
    assert verify_draft(tmp_path / "draft.json", submissions).failures == []
    (tmp_path / "draft.json").write_text(draft.replace(
        "the Government’s handling of the economy. The protests", "the World Bank’s handling of the economy. The protests",
        1), encoding="utf-8")
    (failure,) = verify_draft(tmp_path / "draft.json", submissions).failures
    assert failure.problem == "words not in its cited text: World, Bank’s"


def test_a_word_files_typed_references_in_runs_of_their_own(tmp_path: Path) -> None:
    """A helper's review: Word may give each figure of a typed reference a run of its own ("1", "2" for note 12):
    they were two candidates and neither in turn, so "in 202212" stayed."""
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("1. FPA documented")
    for n in range(1, 14):
        paragraph.add_run(f" {30 + n} arrests in 2022")
        for figure in str(n):  # each figure in a run of its own
            paragraph.add_run(figure).font.superscript = True
        paragraph.add_run(".")
    paragraph.add_run(" The area covered 250 Km")
    paragraph.add_run("2").font.superscript = True  # a unit's power, whatever its case
    document.save(str(tmp_path / "FPA.docx"))
    doc = read_document(tmp_path / "FPA.docx")
    assert [m.number for m in doc.raised_numbers] == list(range(1, 14))
    assert [doc.text[m.start - 4 : m.end] for m in doc.raised_numbers][-2:] == ["202212", "202213"]
