"""The core objects every stage shares.

A :class:`Document` keeps the verbatim text of a file; everything derived from it (paragraphs, statements,
endnotes, headings) carries ``start``/``end`` character offsets into that text, so that
``document.text[obj.start:obj.end]`` is always the stretch of source it came from.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

DocumentFormat = Literal["text", "pdf", "docx", "html"]
DocumentKind = Literal[
    "stakeholder_summary",
    "compilation",
    "national_report",
    "wg_report",
    "wg_report_addendum",
    "submission",
    "unknown",
]
StakeholderKind = Literal["ngo", "joint", "nhri", "regional", "un", "state", "other"]
Act = Literal["recommendation", "concern", "observation", "positive"]
Position = Literal["supported", "noted", "pending", "rejected"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------------------------- reading


class Page(_Model):
    """One page of the source: its number and its character range in ``Document.text``."""

    number: int
    start: int
    end: int


class SourceNote(_Model):
    """A footnote or endnote the reader found as a structured object (DOCX, HTML).

    ``start``/``end`` delimit the note's text inside ``Document.text`` (readers append notes after the body).
    """

    number: int
    text: str
    start: int
    end: int


class NoteMarker(_Model):
    """Where a reader saw a note reference in the body (``start``/``end`` cover the marker digits)."""

    number: int
    start: int
    end: int


class Document(_Model):
    """A file as read: verbatim text, page offsets and whatever metadata the format carries."""

    text: str
    source_path: str | None = None
    format: DocumentFormat = "text"
    pages: list[Page] = Field(default_factory=list)
    metadata: dict[str, str] = Field(default_factory=dict)
    notes: list[SourceNote] = Field(default_factory=list)
    note_markers: list[NoteMarker] = Field(default_factory=list)
    #: Note references printed raised that are no note of the file's own: a PDF's, smaller than the character
    #: before them and raised ("in 2022²", read "20222"), and those typed and set superscript in a Word file or a
    #: web page; in the rising sequence the notes number. Where the text has them, for the drafter to leave out
    #: (the summary parser reads a PDF's markers from the text's own sequence).
    raised_numbers: list[NoteMarker] = Field(default_factory=list)
    #: Where the lines start that the file itself marks as headings (HTML ``h1``-``h6``, Word's heading and
    #: title styles), as offsets into ``text``.
    heading_lines: list[int] = Field(default_factory=list)

    def without_note_references(self) -> str:
        """The text with the note references its reader marked (:attr:`note_markers` and :attr:`raised_numbers`)
        made spaces, offsets unchanged: "in 2022<sup>2</sup> and 12" is "in 2022  and 12", as a draft says it."""
        if not self.note_markers and not self.raised_numbers:
            return self.text
        chars = list(self.text)
        for marker in [*self.note_markers, *self.raised_numbers]:
            for i in range(marker.start, min(marker.end, len(chars))):
                if chars[i].isdigit():
                    chars[i] = " "
        return "".join(chars)

    def page_at(self, offset: int) -> int | None:
        """The page number holding character ``offset`` (None where the reader knows no pages)."""
        for page in self.pages:
            if page.start <= offset < page.end:
                return page.number
        if self.pages and offset >= self.pages[-1].end:
            return self.pages[-1].number
        return None


# --------------------------------------------------------------------------------------------- parsing


class Span(_Model):
    """A stretch of the verbatim text: ``document.text[start:end] == text``."""

    start: int
    end: int
    text: str


class Heading(_Model):
    label: str | None
    title: str
    level: int
    text: str  # display form, e.g. "II. Promotion and protection of human rights on the ground"
    path: list[str]  # display forms from the top down to this heading
    endnotes: list[int] = Field(default_factory=list)
    start: int
    end: int
    page: int | None = None


class Citation(_Model):
    source: str  # abbreviation as written, e.g. "VARUH", "JS 3"
    locator: str | None  # normalised, e.g. "pp. 4-5", "para. 12"
    resolved: str | None = None  # abbreviation of the listed stakeholder it resolves to
    see_also: bool = False


class Endnote(_Model):
    number: int
    text: str
    marker: Span | None = None  # where the body refers to this note (verbatim digits)
    citations: list[Citation] = Field(default_factory=list)
    references: list[str] = Field(default_factory=list)  # other documents cited (UN symbols, URLs)
    start: int
    end: int


class Stakeholder(_Model):
    abbreviation: str
    name: str | None
    kind: StakeholderKind
    members: list[str] = Field(default_factory=list)
    location: str | None = None
    parent: str | None = None  # e.g. "CoE" for an attachment "CoE-ECRI"
    status: str | None = None  # NHRI accreditation ("A", "B") where the list says it
    aliases: list[str] = Field(default_factory=list)
    counted: bool = True  # False for attachments, which are not separate submissions
    documents: list[str] = Field(default_factory=list)  # attachment titles (regional bodies' reports)
    origin: Literal["list", "inline", "text", "citation"] = "list"


class Statement(_Model):
    text: str
    start: int
    end: int
    sources: list[str]
    verb: str | None
    act: Act
    endnotes: list[int] = Field(default_factory=list)
    labels: dict[str, object] | None = None


class Paragraph(_Model):
    number: int
    headings: list[str]
    heading_labels: list[str]
    text: str
    start: int
    end: int
    page: int | None = None
    sources: list[str]
    endnotes: list[int]
    statements: list[Statement]


class Introduction(_Model):
    text: str
    start: int
    end: int
    endnotes: list[int] = Field(default_factory=list)


class RecommendationPart(_Model):
    """One of several texts in a numbered item, each with its own recommending States:
    "Consider ratifying the CRPD (Slovenia); ratify the CRPD (Republic of Korea)"."""

    text: str
    recommending_states: list[str] = Field(default_factory=list)
    recommending_state_codes: list[str | None] = Field(default_factory=list)


class Recommendation(_Model):
    number: str  # "95.12", "134.128"
    text: str  # one clean line, without the recommending States
    recommending_states: list[str] = Field(default_factory=list)  # normalised (UN short names)
    recommending_state_codes: list[str | None] = Field(default_factory=list)  # ISO alpha-3, None where unknown
    position: Position | None = None
    position_source: Literal["report", "addendum"] | None = None
    position_note: str | None = None  # the addendum's qualification: "partially supported", "already implemented"
    paragraph: int | None = None  # the numbered paragraph that introduces the group
    group: str | None = None  # that paragraph's words ("… enjoy the support of Kazakhstan")
    parts: list[RecommendationPart] = Field(default_factory=list)  # only where one item joins several texts
    start: int = 0
    end: int = 0
    labels: dict[str, object] | None = None


class ParseWarning(_Model):
    code: str
    message: str


class ParsedReport(_Model):
    schema_version: str = SCHEMA_VERSION
    source_path: str | None
    format: DocumentFormat
    symbol: str | None
    country: str | None
    country_name: str | None = None
    session: int | None
    cycle: int | None
    kind: DocumentKind
    language: str | None
    title: str | None = None
    stated_submission_count: int | None
    introduction: Introduction | None = None
    headings: list[Heading]
    paragraphs: list[Paragraph]
    stakeholders: list[Stakeholder]
    endnotes: list[Endnote]
    recommendations: list[Recommendation] = Field(default_factory=list)
    warnings: list[ParseWarning] = Field(default_factory=list)

    def paragraph(self, number: int) -> Paragraph:
        for p in self.paragraphs:
            if p.number == number:
                return p
        raise KeyError(number)

    def stakeholder(self, abbreviation: str) -> Stakeholder | None:
        for s in self.stakeholders:
            if s.abbreviation == abbreviation:
                return s
        return None
