"""The Council of Europe's contribution of extracts of its organs' reports: each organ credited for its own
words, with its report's paragraph numbers (uprkit/summarize/organs.py)."""

from __future__ import annotations

from pathlib import Path

from uprkit.read import read_document
from uprkit.summarize.draft import DraftOptions, draft_summary
from uprkit.summarize.organs import organ_sections, split_by_organ
from uprkit.summarize.passages import split_passages
from uprkit.summarize.verify import verify_summary

#: As the Council of Europe writes its contribution (the layout of a review helper's made-up Serbian set, with a
#: PDF's line breaks: a section's number on the line of a name that wraps, a report's title after the heading).
COMPILATION = """Council of Europe - Contribution to the UPR of Serbia (46th session)
Introduction
The Council of Europe is the continent's leading human rights organisation. It comprises 46 member states.
The European Court of Human Rights oversees the implementation of the Convention in the member states.
Table of contents: I. GRECO; II. ECRI; III. CPT; IV. Commissioner for Human Rights.

I. Group of States against Corruption (GRECO)
Fifth Evaluation Round, Evaluation Report on Serbia, adopted on 25 March 2022, GrecoEval5Rep(2021)3
38. Persons entrusted with top executive functions, including the Prime Minister, are not subject to any code of
conduct.
52. GRECO recommends (i) that a code of conduct for persons entrusted with top executive functions be adopted
and made public, and (ii) that it be complemented by a mechanism of supervision and sanctions.
II. European Commission against Racism and Intolerance (ECRI)
ECRI Report on Serbia (sixth monitoring cycle), adopted on 29 June 2023, CRI(2023)39
21. ECRI notes with concern that hate speech in public discourse, in particular targeting Roma, has increased.
70. ECRI recommends, as a matter of priority, that the authorities ensure that no eviction of Roma takes place
without adequate alternative accommodation being offered to those concerned.
III. European Committee for the Prevention of Torture and Inhuman or
Degrading Treatment or Punishment (CPT)
Report to the Serbian Government on the periodic visit carried out in November 2022, CPT/Inf (2023) 12
51. At the time of the visit, Belgrade District Prison was operating at 142 per cent of its official capacity.
53. The CPT recommends that the authorities pursue their efforts to combat prison overcrowding.
IV. Commissioner for Human Rights
Memorandum on freedom of expression in Serbia, CommDH(2023)21, 12 September 2023
12. In 2023, 158 incidents of attacks and pressure against journalists were recorded.
19. The Commissioner recommends that the authorities adopt legislation protecting journalists against
strategic lawsuits against public participation.
"""


def _folder(tmp_path: Path, manifest: bool = True) -> Path:
    (tmp_path / "CoE_Contribution_Serbia.txt").write_text(COMPILATION, encoding="utf-8")
    (tmp_path / "AI.txt").write_text(
        "1. Journalists in Serbia face smear campaigns and lawsuits.\n\n"
        "2. We recommend that Serbia adopt a law against strategic lawsuits against public participation.\n",
        encoding="utf-8",
    )
    if manifest:
        (tmp_path / "stakeholders.csv").write_text(
            "abbreviation,name,kind,members,location,file\n"
            "CoE,Council of Europe,regional,,Strasbourg (France),CoE_Contribution_Serbia.txt\n"
            "AI,Amnesty International,ngo,,London (United Kingdom),AI.txt\n",
            encoding="utf-8",
        )
    return tmp_path


def test_the_organs_headings_are_found_and_one_organ_is_no_compilation() -> None:
    sections = organ_sections(COMPILATION)
    assert [o.short for _, o in sections] == ["GRECO", "ECRI", "CPT", "Commissioner"]
    # the table of contents ("I. GRECO; II. ECRI; …") is no heading
    assert sections[0][0] == COMPILATION.index("I. Group of States")
    assert organ_sections("II. European Commission against Racism and Intolerance (ECRI)\n21. ECRI notes …\n") == []


def test_each_organ_has_its_passages_with_its_reports_paragraph_numbers(tmp_path: Path) -> None:
    path = _folder(tmp_path) / "CoE_Contribution_Serbia.txt"
    doc = read_document(path)
    split = split_by_organ(doc.text, split_passages(doc, file=path.name, stakeholder="CoE"))
    assert split is not None
    got = {organ.short: [(p.stakeholder, p.paragraph) for p in ps] for organ, ps in split}
    assert got["GRECO"] == [("CoE-GRECO", "38"), ("CoE-GRECO", "52")]
    assert {n for _, n in got["ECRI"]} == {"21", "70"}
    assert {n for _, n in got["CPT"]} == {"51", "53"}
    assert {n for _, n in got["Commissioner"]} == {"12", "19"}
    texts = " ".join(p.text for _, ps in split for p in ps)
    # the introduction about the Council, the table of contents and the reports' titles are no statements
    for left_out in ("leading human rights organisation", "Table of contents", "adopted on", "CPT/Inf", "CommDH"):
        assert left_out not in texts
    # no block runs over an extract's number
    blocks = {p.block: p.paragraph for _, ps in split for p in ps}
    assert len(blocks) == len({(p.paragraph, p.stakeholder) for _, ps in split for p in ps})


def test_a_compilation_is_drafted_organ_by_organ(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    s = draft_summary(folder, DraftOptions(country="SRB", session=46, limit_words=None))
    sentences = {x.text: x for x in s.iter_sentences() if x.stakeholders}
    by_text = {t: (x.stakeholders, [src.locator for src in x.sources]) for t, x in sentences.items()}
    # the organ speaks: its own "recommends" is the frame ("CoE noted that ECRI recommends …" before), the asides
    # "as a matter of priority" and the item label "(i)" go
    assert any(t.endswith("recommended that the authorities ensure that no eviction of Roma takes place without "
                          "adequate alternative accommodation being offered to those concerned.")
               and who == (["CoE-ECRI"], ["para. 70"]) for t, who in by_text.items())
    assert any("recommended that a code of conduct for persons entrusted with top executive functions be adopted" in t
               and who == (["CoE-GRECO"], ["para. 52"]) for t, who in by_text.items())
    assert any("158 incidents" in t and who[0] in (["CoE-Commissioner"], ["AI", "CoE-Commissioner"])
               for t, who in by_text.items())
    assert not [t for t in by_text if "ECRI recommends" in t or "it recommends" in t or "adopted on" in t]
    # the Council is one submission, its organs the attachments of its entry
    assert s.submission_count == 2
    note = s.endnotes[0].text if "stakeholders listed below" in s.endnotes[0].text else s.endnotes[1].text
    assert "CoE\tThe Council of Europe, Strasbourg (France)" in note and "(CoE-CPT)" in note
    texts = {p.name: read_document(p).text for p in folder.iterdir() if p.suffix == ".txt"}
    assert verify_summary(s, texts).faithfulness == 1.0


def test_a_single_organs_report_stays_its_submitters(tmp_path: Path) -> None:
    (tmp_path / "CoE-ECRI.txt").write_text(
        "II. European Commission against Racism and Intolerance (ECRI)\n"
        "21. ECRI notes with concern that hate speech in public discourse has increased.\n", encoding="utf-8")
    (tmp_path / "AI.txt").write_text("1. Prisons in Serbia are overcrowded.\n", encoding="utf-8")
    s = draft_summary(tmp_path, DraftOptions(country="SRB", session=46, limit_words=None))
    assert {st.abbreviation for st in s.stakeholders} == {"CoE-ECRI", "AI"}
