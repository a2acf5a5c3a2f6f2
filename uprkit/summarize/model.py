"""The drafted *Summary of stakeholders' submissions*: the contract between drafting and rendering.

Every sentence of a draft keeps its provenance: which stakeholders are credited, and for each the submission
file, page, paragraph and the character offsets of the words it was drawn from in that submission's text
(``SubmissionText.text[start:end]``). Renderers (Markdown, HTML, DOCX, JSON) read only this model.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from uprkit.model import Act, ParseWarning, StakeholderKind

SUMMARY_SCHEMA_VERSION = "1.2"  # 1.1: SourceSpan.place (a point made again elsewhere); 1.2: SummaryStakeholder.status


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceSpan(_Model):
    """The stretch of one submission a sentence was drawn from."""

    stakeholder: str  # abbreviation, as credited ("JS1", "AI")
    file: str  # the submission's file name
    page: int | None = None  # 1-based page of ``start`` in the submission
    paragraph: str | None = None  # the submission's own paragraph number ("12", "3.2"), where it has one
    start: int  # character offsets into the submission's verbatim text
    end: int
    text: str  # the submission's words, verbatim
    locator: str = ""  # as the endnote cites it: "para. 12" where the submission numbers paragraphs, else "p. 3"
    # 0: the place the sentence was drawn from; 1, 2 …: further places where the stakeholder made the same
    # point again, each holding the sentence's words on its own (the endnote cites them all)
    place: int = 0


class SummarySentence(_Model):
    """One drafted sentence: reported speech credited to one or more stakeholders."""

    text: str  # the sentence as it appears in the draft, without its endnote marker
    stakeholders: list[str]  # credited abbreviations, in the order named
    verb: str  # reporting verb as drafted: "noted", "recommended", "expressed concern"
    act: Act
    sources: list[SourceSpan]  # at least one per credited stakeholder
    see_also: list[SourceSpan] = Field(default_factory=list)  # stakeholders who made the same point, cited only
    endnote: int | None = None  # the endnote that cites ``sources`` (and ``see_also``)
    theme: str | None = None  # unified theme it was placed under
    status: Literal["draft", "accepted", "rejected", "edited"] = "draft"  # a reviewer's decision


class SummaryParagraph(_Model):
    number: int
    sentences: list[SummarySentence]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


class SummarySection(_Model):
    """A heading of the cycle's outline with its paragraphs and sub-sections (only those with content)."""

    label: str | None = None  # "I", "A", "1", or None for unlabelled headings (cycles 3–4)
    title: str
    level: int  # 1 = chapter
    theme: str | None = None
    paragraphs: list[SummaryParagraph] = Field(default_factory=list)
    sections: list[SummarySection] = Field(default_factory=list)

    @property
    def heading(self) -> str:
        return f"{self.label}. {self.title}" if self.label else self.title


class SummaryEndnote(_Model):
    number: int
    text: str  # as printed: "JS1, p. 3; AI, para. 12. See also HRW, p. 2."


class SummaryStakeholder(_Model):
    abbreviation: str
    name: str | None = None
    kind: StakeholderKind = "ngo"
    members: list[str] = Field(default_factory=list)  # joint submissions
    location: str | None = None
    # a regional body's organ whose report comes as an attachment of the body's submission ("CoE-ECRI" of "CoE"):
    # listed under the body, and the body counts as one submission
    parent: str | None = None
    # a national human rights institution's accreditation by GANHRI ("A", "B"), as the manifest gives it: only an
    # A-status institution has a section of its own; None where not given (a manifest's NHRI is taken as A)
    status: str | None = None
    files: list[str] = Field(default_factory=list)
    guessed: list[str] = Field(default_factory=list)  # which fields were inferred, not given in a manifest


class NotIncluded(_Model):
    file: str
    reason: str


class Summary(_Model):
    """A drafted ``/3``: metadata, introduction, outline sections, endnotes and what was left out."""

    schema_version: str = SUMMARY_SCHEMA_VERSION
    symbol: str | None = None  # "A/HRC/WG.6/7/KAZ/3"
    country: str  # ISO alpha-3
    country_name: str
    session: int | None = None
    cycle: int
    title: str
    introduction: list[SummarySentence] = Field(default_factory=list)  # unnumbered opening paragraph
    submission_count: int
    stakeholders: list[SummaryStakeholder]
    sections: list[SummarySection]
    endnotes: list[SummaryEndnote]
    word_count: int  # body words: headings, introduction and paragraphs, without endnotes
    word_limit: int | None = None
    not_included: list[NotIncluded] = Field(default_factory=list)
    warnings: list[ParseWarning] = Field(default_factory=list)

    def iter_sections(self) -> list[SummarySection]:
        """Every section, depth first, in document order."""
        out: list[SummarySection] = []

        def walk(sections: list[SummarySection]) -> None:
            for s in sections:
                out.append(s)
                walk(s.sections)

        walk(self.sections)
        return out

    def iter_sentences(self) -> list[SummarySentence]:
        """The introduction's sentences, then every paragraph's, in document order."""
        out = list(self.introduction)
        for section in self.iter_sections():
            for p in section.paragraphs:
                out.extend(p.sentences)
        return out
