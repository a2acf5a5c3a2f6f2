"""The parse pipeline: lines → furniture → notes → markers → blocks → report."""

from __future__ import annotations

import re

from uprkit.layout.clean import CleanText, build_clean, document_vocabulary
from uprkit.layout.lines import Line, find_symbol, mark_furniture, mark_last_page_number, split_lines
from uprkit.layout.markers import Marker, find_markers
from uprkit.layout.notes import RawNote, find_notes_heading, split_notes
from uprkit.model import (
    Citation,
    Document,
    Endnote,
    Heading,
    Introduction,
    Paragraph,
    ParsedReport,
    ParseWarning,
    Recommendation,
    Span,
)
from uprkit.parse import metadata as meta
from uprkit.parse.citations import normalise_locator, parse_citations
from uprkit.parse.stakeholders import StakeholderRegistry, build_registry
from uprkit.parse.statements import split_statements
from uprkit.parse.structure import ROMAN, Block, segment

_BODY_START = re.compile(
    r"^(?:The present (?:report|document|compilation)\b|I\.\s+\S|1\.\s+\S|Information provided by|"
    r"LIST OF ABBREVIATIONS|List of abbreviations|Introduction$|INTRODUCTION$)"
)


#: the title of a Working Group report, whose addendum gives the State's positions (not another document's
#: addendum that a submission cites first)
_WG_TITLE = re.compile(
    r"Report\s+of\s+the\s+Working\s+Group\s+on\s+the\s+Universal\s+Periodic|"
    r"Rapport\s+du\s+Groupe\s+de\s+travail\s+sur\s+l[’']\s?Examen\s+périodique|"
    r"Informe\s+del\s+Grupo\s+de\s+Trabajo\s+sobre\s+el\s+Examen\s+Periódico",
    re.I,
)


def _body_first(lines: list[Line], last: int) -> int:
    for line in lines[:last]:
        if line.kind == "text" and _BODY_START.match(line.stripped):
            return line.index
    return 0


def _display(label: str | None, title: str) -> str:
    if title.isupper() and len(title) > 3:
        low = title.lower()
        title = low[:1].upper() + low[1:]
    return f"{label}. {title}" if label else title


def parse_report(doc: Document) -> ParsedReport:
    text = doc.text
    warnings: list[ParseWarning] = []
    lines = split_lines(text)
    # a DOCX's running or first-page header prints the document's own symbol: it wins over one the body cites
    # first ("… the recommendations it received (A/HRC/46/7/Add.1)" in an addendum with its masthead up there)
    header = doc.metadata.get("header")
    symbol = (find_symbol(header) if header else None) or find_symbol(text, doc.source_path)
    mark_furniture(lines, symbol)

    notes_idx = find_notes_heading(lines)
    # the last page's number, after the last endnote, is not part of that note; with no notes, not a marker
    # (A/HRC/59/15/Add.1 ends "… on a case-by-case basis." and "7": "endnote markers (1-7)" without notes)
    mark_last_page_number(lines, notes_idx + 1 if notes_idx is not None else 0)
    body_last = notes_idx if notes_idx is not None else len(lines)
    body_first = _body_first(lines, body_last)
    front_text = "\n".join(ln.text for ln in lines[:body_first])

    raw_notes: list[RawNote] = []
    if doc.notes:
        raw_notes = [RawNote(n.number, _line_pieces(text, n.start, n.end), n.start, n.end) for n in doc.notes]
    elif notes_idx is not None:
        raw_notes = split_notes(lines, notes_idx + 1, len(lines))
    max_note = max((n.number for n in raw_notes), default=None)

    if doc.note_markers:
        markers = [
            Marker(m.number, m.start, m.end, _line_of(lines, m.start), False) for m in doc.note_markers
        ]
    else:
        markers = find_markers(lines, body_first, body_last, text, max_note)
    markers_by_line: dict[int, list[Marker]] = {}
    for mk in markers:
        markers_by_line.setdefault(mk.line, []).append(mk)

    blocks = segment(lines, body_first, body_last, markers_by_line)
    vocabulary = document_vocabulary(text)

    md = meta.Metadata(
        symbol=symbol,
        country=None,
        country_name=None,
        session=None,
        cycle=None,
        kind=meta.kind_of(symbol, front_text),
        language=meta.language_of(text),
        title=meta.find_title(lines, body_first),
    )
    _fill_country_session(md, symbol, front_text, text)

    endnotes = [_endnote(raw, text) for raw in raw_notes]
    first_marker: dict[int, Marker] = {}
    for mk in markers:
        first_marker.setdefault(mk.number, mk)
    for note in endnotes:
        mk0 = first_marker.get(note.number)
        if mk0 is not None:
            note.marker = Span(start=mk0.start, end=mk0.end, text=text[mk0.start : mk0.end])
    headings, paragraphs, intro, cleans = _assemble(blocks, text, markers_by_line, vocabulary, lines)

    stated = None
    if intro is not None:
        stated = meta.stated_submission_count(intro.text)
    if stated is None and paragraphs:
        stated = meta.stated_submission_count(paragraphs[0].text)

    note_lines = {raw.number: [text[a:b] for a, b in raw.lines] for raw in raw_notes[:4]}
    registry: StakeholderRegistry = build_registry(
        endnotes, note_lines, [c.text for c in cleans.values()], md.kind, warnings
    )
    previous: list[Citation] = []
    for note in endnotes:
        if note.number == registry.stated_note or re.match(r"The following abbreviations", note.text):
            continue
        note.citations, note.references = parse_citations(note.text, registry, md.kind)
        ibid = re.match(r"^Ibid\.?,?\s*(?P<loc>.*)$", note.text.strip(), re.I)
        if ibid and not note.citations and previous:
            # "Ibid., para. 15": the source of the note before, at a new place
            loc = normalise_locator(ibid.group("loc")) if ibid.group("loc").strip(" .") else previous[0].locator
            note.citations = [previous[0].model_copy(update={"locator": loc or None})]
        if md.kind != "stakeholder_summary":
            # in compilations and reports the documents referred to are the sources
            cited = {c.source for c in note.citations}
            note.citations.extend(Citation(source=r, locator=None) for r in note.references if r not in cited)
        if note.citations:
            previous = note.citations
    if md.kind == "national_report" and md.country:
        # the State under review speaks throughout its national report
        from uprkit.model import Stakeholder

        registry.add(Stakeholder(abbreviation=md.country, name=md.country_name, kind="state", origin="text"))
    for para in paragraphs:
        clean = cleans[para.number]
        para.statements = split_statements(clean, registry, {n.number: n for n in endnotes}, md.kind)
        if md.kind == "national_report" and md.country:
            for st in para.statements:
                if not st.sources:
                    st.sources = [md.country]
        seen: list[str] = []
        for st in para.statements:
            for s in st.sources:
                if s not in seen:
                    seen.append(s)
        para.sources = seen

    _resolve_late(endnotes, registry, md.kind)
    recommendations: list[Recommendation] = []
    if md.kind == "wg_report":
        from uprkit.parse.recommendations import extract_recommendations

        body_lines = [ln for ln in lines[body_first:body_last] if ln.kind in ("text", "marker")]
        whole = build_clean(text, body_lines, markers_by_line, vocabulary)
        recommendations, rec_warnings = extract_recommendations(whole)
        warnings.extend(rec_warnings)
    elif md.kind == "wg_report_addendum":
        from uprkit.parse.addendum import find_positions, unread_warning
        from uprkit.parse.addendum_totals import stated_totals, totals_warning

        body_lines = [ln for ln in lines[body_first:body_last] if ln.kind in ("text", "marker")]
        whole = build_clean(text, body_lines, markers_by_line, vocabulary)
        positions, pos_warnings = find_positions(whole)
        warnings.extend(pos_warnings)
        if not positions and _WG_TITLE.search(front_text):
            warnings.append(unread_warning(whole.text, md.language))
        stated_totals_ = stated_totals(whole.text) if positions else None
        if stated_totals_ is not None:
            found_answers = [(f.position, "partially" if f.partial else None) for f in positions.values()]
            if (totals := totals_warning(stated_totals_, found_answers)) is not None:
                warnings.append(totals)
        recommendations = []
        for ref, found in positions.items():
            start, end = whole.span(found.start, found.end)
            recommendations.append(
                Recommendation(
                    number=ref,
                    text="",
                    position=found.position,
                    position_source="addendum",
                    position_note=f"partially {found.position}" if found.partial else (
                        "already implemented" if found.implemented else None),
                    start=start,
                    end=end,
                )
            )
    report = ParsedReport(
        source_path=doc.source_path,
        format=doc.format,
        symbol=md.symbol,
        country=md.country,
        country_name=md.country_name,
        session=md.session,
        cycle=md.cycle,
        kind=md.kind,  # type: ignore[arg-type]
        language=md.language,
        title=md.title,
        stated_submission_count=stated,
        introduction=intro,
        headings=headings,
        paragraphs=paragraphs,
        stakeholders=registry.listed(),
        endnotes=endnotes,
        recommendations=recommendations,
        warnings=warnings,
    )
    from uprkit.parse.diagnostics import diagnose

    report.warnings.extend(diagnose(report, markers, registry))
    for p in report.paragraphs:
        p.page = _page(doc, lines, p.start)
    for h in report.headings:
        h.page = _page(doc, lines, h.start)
    return report


def _resolve_late(endnotes: list[Endnote], registry: StakeholderRegistry, kind: str) -> None:
    """Resolve citations again now that the text has named its stakeholders; without a list endnote, a cited
    source that names nobody in the text is recorded as a stakeholder known only from the citations."""
    from uprkit.model import Stakeholder

    for note in endnotes:
        for c in note.citations:
            if c.resolved is None:
                c.resolved = registry.resolve(re.sub(r"^JS\s+(\d+)$", r"JS\1", c.source))
            if c.resolved is None and kind == "stakeholder_summary" and not registry.has_list and re.fullmatch(r"[A-Z][\w/&-]*(?: \d+)?", c.source):
                abbr = re.sub(r"^JS\s+(\d+)$", r"JS\1", c.source)
                kind = "joint" if re.match(r"JS\d+$", abbr) else "ngo"
                registry.add(Stakeholder(abbreviation=abbr, name=None, kind=kind, origin="citation"))  # type: ignore[arg-type]
                c.resolved = abbr


def _page(doc: Document, lines: list[Line], offset: int) -> int | None:
    """The page of an offset: from the reader's pages, or from the page furniture of extracted text.
    HTML, and DOCX without page information, have no pages."""
    if doc.pages:
        return doc.page_at(offset)
    if doc.format in ("html", "docx"):
        return None
    return lines[_line_of(lines, offset)].page


def _line_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of text[start:end] as (start, end) ranges."""
    pieces: list[tuple[int, int]] = []
    pos = start
    for part in text[start:end].split("\n"):
        if part.strip():
            pieces.append((pos, pos + len(part)))
        pos += len(part) + 1
    return pieces or [(start, end)]


def _line_of(lines: list[Line], offset: int) -> int:
    lo, hi = 0, len(lines) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if lines[mid].start <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _fill_country_session(md: meta.Metadata, symbol: str | None, front_text: str, text: str) -> None:
    from uprkit import countries

    if symbol:
        m = re.match(r"A/HRC/WG\.6/(\d+)/([A-Z]{3})/", symbol)
        if m:
            md.session = int(m.group(1))
            md.country = m.group(2)
    if md.session is None and md.kind in ("stakeholder_summary", "compilation", "national_report"):
        md.session = meta.session_from_front(front_text)
    if md.kind in ("wg_report", "wg_report_addendum") and (md.session is None or md.country is None):
        session, country = meta.wg_session_and_country(text)
        md.session = md.session or session
        md.country = md.country or country
    council = re.match(r"A/HRC/(\d+)/\d+/Add\.", symbol or "")
    if md.session is None and md.kind == "wg_report_addendum" and council and _WG_TITLE.search(front_text):
        # an addendum whose cover names the Council session in words uprkit does not read ("Cinquante-cinquième
        # session"): the Council session of its symbol adopted the outcome of the Working Group session
        md.session = meta.wg_session_of_council_session(int(council.group(1)))
    md.cycle = meta.cycle_of_session(md.session)
    if md.cycle is None and md.kind in ("wg_report", "wg_report_addendum"):
        # an addendum names no Working Group session; its symbol names the Council session ("A/HRC/43/7/Add.1")
        md.cycle = meta.cycle_of_council_session(symbol)
    if md.country:
        c = countries.by_code(md.country)
        md.country_name = c.name if c else None


def _endnote(raw: RawNote, text: str) -> Endnote:
    parts = [text[a:b].strip() for a, b in raw.lines]
    joined = _join_note_parts(parts)
    return Endnote(number=raw.number, text=joined, citations=[], start=raw.start, end=raw.end)


_RUNS_ON = re.compile(r"\w[-–]$")
_SUSPENDED = re.compile(r"(?:and|or)\b")


def _join_note_parts(parts: list[str]) -> str:
    """A note's lines as one text. A line that ends in a hyphen or dash glued to a word or number runs on into
    the next without a space ("Co-" / "operation", "pp. 50-" / "51", "Eastern-" / "Ukrainian", "paras. 8–" /
    "11"), but not into "and" or "or" ("pre-" / "and post-natal") and not after a spaced dash ("2011 -" / "the")."""
    out = ""
    for p in parts:
        if not p:
            continue
        if _RUNS_ON.search(out) and p[:1].isalnum() and not _SUSPENDED.match(p):
            out += p
        elif out:
            out += " " + p
        else:
            out = p
    return re.sub(r"\s+", " ", out).strip()


def _assemble(
    blocks: list[Block],
    text: str,
    markers_by_line: dict[int, list[Marker]],
    vocabulary: set[str],
    lines: list[Line],
) -> tuple[list[Heading], list[Paragraph], Introduction | None, dict[int, CleanText]]:
    headings: list[Heading] = []
    paragraphs: list[Paragraph] = []
    intro: Introduction | None = None
    cleans: dict[int, CleanText] = {}
    stack: list[tuple[int, Heading]] = []  # (level, heading)
    last_labelled_level = 0
    for b in blocks:
        if b.kind == "heading":
            level = _level_for(b, stack, last_labelled_level)
            if b.label is not None:
                last_labelled_level = level
            while stack and stack[-1][0] >= level:
                stack.pop()
            clean = build_clean(text, b.lines, markers_by_line, vocabulary)
            title = _strip_label(clean.text, b.label)
            display = _display(b.label, title)
            start, end = clean.span(0, len(clean))
            start = min(start, b.lines[0].start + b.lines[0].indent)
            path = [h.text for _, h in stack] + [display]
            h = Heading(
                label=b.label,
                title=_display(None, title),
                level=level,
                text=display,
                path=path,
                endnotes=[n for _, n in clean.markers],
                start=start,
                end=end,
            )
            headings.append(h)
            stack.append((level, h))
        elif b.kind == "para" and b.number is not None:
            clean = build_clean(text, b.lines, markers_by_line, vocabulary, first_line_from=b.content_start)
            start = b.lines[0].start + b.lines[0].indent
            end = max(clean.span(0, len(clean))[1], max((m.end for ln in b.lines for m in markers_by_line.get(ln.index, [])), default=0))
            cleans[b.number] = clean
            paragraphs.append(
                Paragraph(
                    number=b.number,
                    headings=[h.text for _, h in stack],
                    heading_labels=[h.label or h.title for _, h in stack],
                    text=clean.text,
                    start=start,
                    end=end,
                    sources=[],
                    endnotes=[n for _, n in clean.markers],
                    statements=[],
                )
            )
        elif b.kind == "intro" and not paragraphs and intro is None:
            clean = build_clean(text, b.lines, markers_by_line, vocabulary)
            start, end = clean.span(0, len(clean))
            intro = Introduction(text=clean.text, start=start, end=end, endnotes=[n for _, n in clean.markers])
        elif b.kind == "intro" and paragraphs:
            # stray unnumbered text after the paragraphs began: keep it with the previous paragraph
            prev = paragraphs[-1]
            extra = build_clean(text, b.lines, markers_by_line, vocabulary)
            prev.text = (prev.text + " " + extra.text).strip()
            prev.endnotes.extend(n for _, n in extra.markers)
            old = cleans[prev.number]
            old.append_synthetic(" ", extra.offsets[0] if extra.offsets else prev.end)
            old.extend(extra)
            prev.end = max(prev.end, extra.span(0, len(extra))[1])
    return headings, paragraphs, intro, cleans


def _strip_label(s: str, label: str | None) -> str:
    s = re.sub(r"^#{1,6}\s+|\*\*|__", "", s.strip())
    if label is None:
        return s.strip()
    m = re.match(r"^\s*" + re.escape(label) + r"\.\s*", s)
    return s[m.end() :].strip() if m else s.strip()


def _level_for(b: Block, stack: list[tuple[int, Heading]], last_labelled_level: int) -> int:
    if b.label is not None:
        if ROMAN.match(b.label) and b.label in ("I", "V", "X", "L") and stack:
            # "I." could be a letter heading under a lettered sequence ("H.", "I.") — check siblings
            top = [h for lv, h in stack if lv == 2]
            if top and top[-1].label == "H":
                return 2
        return b.level
    # unlabelled: one below the deepest labelled heading still open, or sibling of an unlabelled one
    if not stack:
        return 1
    deepest_labelled = max((lv for lv, h in stack if h.label is not None), default=0)
    return deepest_labelled + 1
