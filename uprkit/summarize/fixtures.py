"""Rebuild a :class:`~uprkit.summarize.model.Summary` from a parsed, *published* summary (``/3``).

The result is what a perfect drafting run would have produced for that review, so it serves as a realistic
fixture for the renderers and as the reference side of a round-trip benchmark:

* sections nested as the published headings (label, title, level), holding the paragraphs numbered as
  published;
* one :class:`SummarySentence` per parsed statement. Where the published text puts more than one endnote
  marker inside a statement ("JS2\\ :sup:`30` and JS1 noted …\\ :sup:`31`"), the statement is cut at each
  marker so that every sentence carries at most one endnote and renders back with the marker in its
  published place;
* sources: one :class:`SourceSpan` per citation of the sentence's endnote (file ``"<ABBR>.txt"``, page from a
  ``p. N`` locator, paragraph from a ``para. N`` locator, the locator as cited, offsets 0/0 and the statement
  text, since the original submissions are not available); "See also" citations go to ``see_also``;
* endnotes: the published texts. A text extraction that lost its notes (such as the bundled KAZ file) gets
  them rebuilt: note 1 as the stakeholder list, the others naming the credited stakeholders without a
  locator, and a ``synthesised-endnotes`` warning says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from uprkit.errors import ReadError
from uprkit.model import Citation, Document, Endnote, ParsedReport, ParseWarning, Stakeholder, Statement
from uprkit.summarize import DEFAULT_LIMIT_WORDS
from uprkit.summarize.draft import body_word_count
from uprkit.summarize.introduction import outcome_note_first
from uprkit.summarize.model import (
    SourceSpan,
    Summary,
    SummaryEndnote,
    SummaryParagraph,
    SummarySection,
    SummarySentence,
    SummaryStakeholder,
)
from uprkit.summarize.stakeholder_note import stakeholder_list_note

#: The published summary bundled with the package (A/HRC/WG.6/7/KAZ/3, text extraction without endnotes).
EXAMPLE_RESOURCE = "examples/A_HRC_WG.6_7_KAZ_3.txt"

_PAGE = re.compile(r"\bpp?\.\s*(\d+)")
_PAGE_WORD = re.compile(r"\bpage\s+(\d+)", re.I)
_PARA = re.compile(r"\bparas?\.\s*(\d+(?:\.\d+)*)")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"’)]))\s+(?=[A-Z“\"(])")
_WORD = re.compile(r"\S+")


@dataclass
class _Piece:
    text: str
    endnote: int | None


def example_report() -> ParsedReport:
    """Parse the bundled A/HRC/WG.6/7/KAZ/3."""
    from uprkit.parse import parse_file

    with resources.as_file(resources.files("uprkit").joinpath(EXAMPLE_RESOURCE)) as path:
        return parse_file(path)


def example_summary() -> Summary:
    """The bundled A/HRC/WG.6/7/KAZ/3 rebuilt as a :class:`Summary` (53 paragraphs, 142 endnotes)."""
    from uprkit.read import read_document

    with resources.as_file(resources.files("uprkit").joinpath(EXAMPLE_RESOURCE)) as path:
        document = read_document(path)
    from uprkit.parse import parse_document

    return summary_from_parsed(parse_document(document), document=document)


def summary_from_parsed(report: ParsedReport, document: Document | None = None) -> Summary:
    """Rebuild the Summary a published ``/3`` corresponds to.

    ``document`` is the Document ``report`` was parsed from; it is needed to place endnote markers that fall
    inside a statement. Without it the file at ``report.source_path`` is read where it exists; failing that,
    a statement with several endnotes is cut at sentence ends instead.
    """
    if document is None:
        document = _read_source(report.source_path)
    warnings = list(report.warnings)
    notes = {n.number: n for n in report.endnotes}
    cutter = _MarkerCutter(document)
    introduction = _introduction(report, cutter)
    sections = _sections(report, cutter, notes)
    summary_sentences = list(introduction)
    for section in _walk(sections):
        for paragraph in section.paragraphs:
            summary_sentences.extend(paragraph.sentences)
    endnotes, synthesised = _endnotes(report, summary_sentences)
    if synthesised:
        warnings.append(
            ParseWarning(
                code="synthesised-endnotes",
                message=f"{len(synthesised)} endnote texts were missing and have been rebuilt "
                f"({_ranges(synthesised)})",
            )
        )
    cycle = report.cycle or 1
    country_name = report.country_name or report.country or "Unknown"
    summary = Summary(
        symbol=report.symbol,
        country=report.country or "UNK",
        country_name=country_name,
        session=report.session,
        cycle=cycle,
        title=_title(report.title, country_name, cycle),
        introduction=introduction,
        submission_count=report.stated_submission_count or sum(1 for s in report.stakeholders if s.counted),
        stakeholders=[_stakeholder(s) for s in report.stakeholders],
        sections=sections,
        endnotes=endnotes,
        word_count=0,
        word_limit=DEFAULT_LIMIT_WORDS,
        warnings=warnings,
    )
    summary.word_count = body_word_count(summary)
    return summary


# --------------------------------------------------------------------------------------------- front


def _read_source(path: str | None) -> Document | None:
    if not path or not Path(path).is_file():
        return None
    from uprkit.read import read_document

    try:
        return read_document(path)
    except ReadError:
        return None


def _title(title: str | None, country_name: str, cycle: int) -> str:
    """Cycles 1-2 print the country name under the "Summary prepared by ..." caption (the subtitle a renderer
    prints for the cycle); cycles 3-4 title the document "Summary of stakeholders' submissions on ..."."""
    if cycle <= 2:
        return country_name
    if title:
        return " ".join(title.split())
    return f"Summary of stakeholders’ submissions on {country_name}"


def _stakeholder(s: Stakeholder) -> SummaryStakeholder:
    guessed = ["files"]
    if s.origin != "list":
        guessed = ["name", "kind", "location", "members", "files"]
    return SummaryStakeholder(
        abbreviation=s.abbreviation,
        name=s.name,
        kind=s.kind,
        members=list(s.members),
        location=s.location,
        files=[_file(s.abbreviation)],
        guessed=guessed,
    )


def _file(abbreviation: str) -> str:
    return f"{abbreviation}.txt"


# --------------------------------------------------------------------------------------------- sentences


class _MarkerCutter:
    """Cuts a statement's clean text where the source document prints its endnote markers."""

    def __init__(self, document: Document | None) -> None:
        self.text = document.text if document is not None else None
        self.markers: dict[int, list[tuple[int, int]]] = {}
        if document is not None:
            for m in document.note_markers:
                self.markers.setdefault(m.number, []).append((m.start, m.end))

    def cut(self, clean: str, start: int, end: int, notes: list[int]) -> list[_Piece]:
        """Split ``clean`` (the text of source[start:end] without markers) into pieces each ending at a note."""
        if not notes:
            return [_Piece(clean, None)]
        spans = self._find(start, end, notes)
        if spans is None:
            return _cut_at_sentences(clean, notes)
        pieces: list[_Piece] = []
        pos = 0
        for number, (m_start, _m_end) in zip(notes, spans, strict=True):
            cut: int | None = len(clean)
            if m_start < end:
                cut = _align(clean, self._without_markers(start, m_start, spans), pos)
            if cut is None or cut < pos:
                return _cut_at_sentences(clean, notes)
            pieces.append(_Piece(clean[pos:cut].strip(), number))
            pos = cut
        rest = clean[pos:].strip()
        if rest and pieces and not any(ch.isalnum() for ch in rest):
            # "nature\ :sup:`116`." : the marker moves after the closing punctuation
            pieces[-1].text += rest
        elif rest:
            pieces.append(_Piece(rest, None))
        return pieces

    def _find(self, start: int, end: int, notes: list[int]) -> list[tuple[int, int]] | None:
        if self.text is None:
            return None
        found: list[tuple[int, int]] = []
        cursor = start
        for number in notes:
            span = self._marker(number, cursor, end)
            if span is None:
                return None
            found.append(span)
            cursor = span[1]
        return found

    def _marker(self, number: int, lo: int, end: int) -> tuple[int, int] | None:
        assert self.text is not None
        limit = end + 40  # the closing marker follows the statement's last character
        for m_start, m_end in self.markers.get(number, []):
            if lo <= m_start <= limit:
                return (m_start, m_end)
        if self.markers:
            return None
        window = self.text[lo:limit]
        own_line = re.search(rf"(?m)^[ \t]*({number})[ \t]*$", window)
        glued = re.search(rf"(?<=[^\s\d])({number})(?=\s|$)", window)
        best = own_line or glued
        if best is None:
            return None
        return (lo + best.start(1), lo + best.end(1))

    def _without_markers(self, start: int, stop: int, spans: list[tuple[int, int]]) -> str:
        assert self.text is not None
        out: list[str] = []
        pos = start
        for m_start, m_end in spans:
            if m_start >= stop:
                break
            out.append(self.text[pos:m_start])
            pos = m_end
        out.append(self.text[pos:stop])
        return " ".join(out)


def _align(clean: str, raw_prefix: str, pos: int) -> int | None:
    """The offset in ``clean`` (at or after ``pos``) that ends the same words as ``raw_prefix``."""
    squeezed_raw = "".join(raw_prefix.split()).replace("-", "")
    index: list[int] = []
    chars: list[str] = []
    for i, ch in enumerate(clean):
        if not ch.isspace() and ch != "-":
            chars.append(ch)
            index.append(i)
    squeezed = "".join(chars)
    lo = next((k for k, i in enumerate(index) if i >= pos), len(index))
    for size in (40, 24, 12):
        tail = squeezed_raw[-size:]
        if not tail:
            return None
        at = squeezed.find(tail, lo)
        if at >= 0:
            return index[at + len(tail) - 1] + 1
    return None


def _cut_at_sentences(clean: str, notes: list[int]) -> list[_Piece]:
    """Without marker positions: one piece per sentence, the notes going to the last sentences."""
    sentences = [s for s in _SENTENCE_END.split(clean) if s]
    if len(sentences) < len(notes):
        sentences = [clean]
    if len(sentences) == 1:
        return [_Piece("", n) for n in notes[:-1]] + [_Piece(clean, notes[-1])]
    head = len(sentences) - len(notes)
    pieces = [_Piece(" ".join(sentences[: head + 1]), notes[0])]
    pieces.extend(_Piece(s, n) for s, n in zip(sentences[head + 1 :], notes[1:], strict=True))
    return pieces


def _introduction(report: ParsedReport, cutter: _MarkerCutter) -> list[SummarySentence]:
    intro = report.introduction
    if intro is None:
        return []
    pieces = cutter.cut(intro.text, intro.start, intro.end, list(intro.endnotes))
    out: list[SummarySentence] = []
    for piece in pieces:
        # the unnumbered opening paragraph is OHCHR's own voice: no stakeholder, no sources
        texts = [piece.text] if piece.endnote is not None else _SENTENCE_END.split(piece.text)
        for text in texts:
            if text:
                out.append(
                    SummarySentence(text=text, stakeholders=[], verb="", act="observation", sources=[])
                )
        if piece.endnote is not None:
            if out and out[-1].endnote is None:
                out[-1].endnote = piece.endnote
            else:
                out.append(_empty_sentence(piece.endnote, []))
    return out


def _empty_sentence(endnote: int, stakeholders: list[str]) -> SummarySentence:
    return SummarySentence(
        text="", stakeholders=stakeholders, verb="", act="observation", sources=[], endnote=endnote
    )


def _statement_sentences(
    statement: Statement, cutter: _MarkerCutter, notes: dict[int, Endnote], named_before: list[str]
) -> list[SummarySentence]:
    out: list[SummarySentence] = []
    pieces = cutter.cut(statement.text, statement.start, statement.end, list(statement.endnotes))
    for piece in pieces:
        credited = [s for s in statement.sources if _names(piece.text, s)] or list(statement.sources)
        note = notes.get(piece.endnote) if piece.endnote is not None else None
        citations = note.citations if note is not None else []
        sources = [_span(c, statement.text) for c in citations if not c.see_also]
        see_also = [_span(c, statement.text) for c in citations if c.see_also]
        cited = {s.stakeholder for s in sources}
        for abbreviation in credited:
            if abbreviation not in cited:
                sources.append(_span(Citation(source=abbreviation, locator=None), statement.text))
        for abbreviation in statement.sources:
            if _names(piece.text, abbreviation):
                named_before.append(abbreviation)
        out.append(
            SummarySentence(
                text=piece.text,
                stakeholders=credited if piece.text else list(statement.sources),
                verb=statement.verb or "",
                act=statement.act,
                sources=sources,
                see_also=see_also,
                endnote=piece.endnote,
            )
        )
    return out


def _names(text: str, abbreviation: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(abbreviation)}(?![\w-])", text) is not None


def _span(citation: Citation, text: str) -> SourceSpan:
    abbreviation = citation.resolved or citation.source
    locator = citation.locator or ""
    page = _PAGE.search(locator) or _PAGE_WORD.search(locator)
    para = _PARA.search(locator)
    return SourceSpan(
        stakeholder=abbreviation,
        file=_file(abbreviation),
        page=int(page.group(1)) if page else None,
        paragraph=para.group(1) if para else None,
        start=0,
        end=0,
        text=text,
        locator=locator,
    )


# --------------------------------------------------------------------------------------------- sections


def _sections(report: ParsedReport, cutter: _MarkerCutter, notes: dict[int, Endnote]) -> list[SummarySection]:
    top: list[SummarySection] = []
    by_path: dict[tuple[str, ...], SummarySection] = {}
    stack: list[SummarySection] = []
    for heading in report.headings:
        section = SummarySection(label=heading.label, title=heading.title, level=heading.level)
        while stack and stack[-1].level >= heading.level:
            stack.pop()
        (stack[-1].sections if stack else top).append(section)
        stack.append(section)
        by_path[tuple(heading.path)] = section
    for paragraph in report.paragraphs:
        owner = by_path.get(tuple(paragraph.headings))
        if owner is None:
            owner = _fallback_owner(top)
        named: list[str] = []
        sentences: list[SummarySentence] = []
        for statement in paragraph.statements:
            sentences.extend(_statement_sentences(statement, cutter, notes, named))
        owner.paragraphs.append(SummaryParagraph(number=paragraph.number, sentences=sentences))
    return top


def _fallback_owner(top: list[SummarySection]) -> SummarySection:
    if not top:
        top.append(SummarySection(label=None, title="Summary", level=1))
    section = top[-1]
    while section.sections:
        section = section.sections[-1]
    return section


def _walk(sections: list[SummarySection]) -> Iterable[SummarySection]:
    for s in sections:
        yield s
        yield from _walk(s.sections)


# --------------------------------------------------------------------------------------------- endnotes


def _endnotes(
    report: ParsedReport, sentences: list[SummarySentence]
) -> tuple[list[SummaryEndnote], list[int]]:
    published = {n.number: n.text for n in report.endnotes}
    credited: dict[int, list[str]] = {}
    for s in sentences:
        if s.endnote is not None:
            bucket = credited.setdefault(s.endnote, [])
            bucket.extend(a for a in s.stakeholders if a not in bucket)
    numbers = sorted(set(published) | set(credited))
    out: list[SummaryEndnote] = []
    synthesised: list[int] = []
    for number in numbers:
        text = published.get(number)
        if text is None:
            synthesised.append(number)
            if number == _list_note_number(report) and report.stakeholders:
                text = stakeholder_list_note(report.stakeholders, report.cycle)
            else:
                text = "; ".join(credited.get(number) or ["Source not available"]) + "."
        out.append(SummaryEndnote(number=number, text=text))
    return out, synthesised


def _list_note_number(report: ParsedReport) -> int:
    """Endnote 1 holds the stakeholder list, except from Working Group session 43 on (endnote 2)."""
    return 2 if outcome_note_first(report.cycle, report.session) else 1


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [numbers[-1] + 2]:
        if n != prev + 1:
            out.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = n
        prev = n
    return ", ".join(out)
