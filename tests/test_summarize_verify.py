"""``uprkit verify``: a drafted sentence's spans must be in the submissions of the stakeholders it credits."""

from __future__ import annotations

from uprkit.summarize.model import (
    SourceSpan,
    Summary,
    SummaryParagraph,
    SummarySection,
    SummarySentence,
    SummaryStakeholder,
)
from uprkit.summarize.verify import verify_summary

_JS2_TEXT = "The National Guard takes part in migration control at checkpoints in Chiapas."
_CJA_TEXT = "Over 111,000 people remain missing."


def _summary(sentence: SummarySentence) -> Summary:
    return Summary(
        country="MEX", country_name="Mexico", session=45, cycle=4, title="Mexico", submission_count=2,
        stakeholders=[
            SummaryStakeholder(abbreviation="JS2", kind="joint", files=["JS2.pdf"]),
            SummaryStakeholder(abbreviation="CJA", files=["CJA.docx"]),
        ],
        sections=[SummarySection(title="Migrants", level=1, paragraphs=[SummaryParagraph(number=1, sentences=[sentence])])],
        endnotes=[], word_count=20,
    )


def _sentence(credited: str, span_of: str, file: str, see_also: list[SourceSpan] | None = None) -> SummarySentence:
    return SummarySentence(
        text=f"{credited} noted that the National Guard takes part in migration control at checkpoints in Chiapas.",
        stakeholders=[credited], verb="noted", act="observation", endnote=3, see_also=see_also or [],
        sources=[SourceSpan(stakeholder=span_of, file=file, start=0, end=len(_JS2_TEXT), text=_JS2_TEXT, locator="para. 5")],
    )


TEXTS = {"JS2.pdf": _JS2_TEXT, "CJA.docx": _CJA_TEXT}


def test_verify_fails_a_sentence_whose_span_is_relabelled_to_another_stakeholder() -> None:
    """A review's tamper: JS2's sentence credited to CJA, its span relabelled CJA but still in JS2's file, was
    "faithful": the words are there, but they are JS2's."""
    assert verify_summary(_summary(_sentence("JS2", "JS2", "JS2.pdf")), TEXTS).faithful == 1
    result = verify_summary(_summary(_sentence("CJA", "CJA", "JS2.pdf")), TEXTS)
    assert (result.sentences, result.faithful) == (1, 0)
    assert [(f.stakeholder, f.problem) for f in result.failures] == [
        ("CJA", "the cited span is in JS2.pdf, which is not a submission of CJA (CJA.docx): the sentence may credit "
                "the wrong stakeholder"),
    ]


def test_verify_fails_a_see_also_in_another_stakeholders_file_and_a_credit_the_draft_does_not_list() -> None:
    other = SourceSpan(stakeholder="CJA", file="JS2.pdf", start=0, end=len(_JS2_TEXT), text=_JS2_TEXT)
    result = verify_summary(_summary(_sentence("JS2", "JS2", "JS2.pdf", see_also=[other])), TEXTS)
    assert [f.problem.split(":")[0] for f in result.failures] == ["the cited span is in JS2.pdf, which is not a submission of CJA (CJA.docx)"]
    result = verify_summary(_summary(_sentence("HRW", "HRW", "JS2.pdf")), TEXTS)
    assert [(f.stakeholder, f.problem) for f in result.failures][0] == ("HRW", "credited, but not among the draft's stakeholders")


def test_a_verb_moved_into_the_past_keeps_its_stem_and_other_words_do_not_pass() -> None:
    """An irregular past the draft writes for the submission's present ("hold" → "held", "falls" → "fell") is the
    same word to ``verify``; a word ending in "-ss" keeps it ("passed", "pass")."""
    from uprkit.summarize.verify import missing_words, stem

    assert stem("held") == stem("hold") == stem("holds")
    assert stem("fell") == stem("falls") and stem("paid") == stem("pays") and stem("left") == stem("leave")
    assert stem("passed") == stem("pass") == stem("passes")
    allowed = {stem(w) for w in "Women hold 23 per cent of the seats".split()}
    assert not missing_words("women held 23 per cent of the seats", allowed)
    assert missing_words("women lost 23 per cent of the seats", allowed) == ["lost"]
