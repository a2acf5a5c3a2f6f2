"""Layouts of the Nepalese review set (tests/data/submissions_npl, a review helper's, 2026-12-06): what of a
submission is its statement, and what is the e-mail, the form or the page around it."""

from __future__ import annotations

import shutil
from pathlib import Path

from uprkit.read import read_document
from uprkit.summarize.draft import DraftOptions, draft_summary
from uprkit.summarize.email import email_lines
from uprkit.summarize.marks import line_spans
from uprkit.summarize.model import Summary
from uprkit.summarize.verify import verify_summary

NPL = Path(__file__).parent / "data" / "submissions_npl"


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
