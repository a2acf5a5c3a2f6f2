"""Word .docx: body text in document order, automatic numbering as text, footnotes and endnotes.

python-docx opens the package (zip, content types, relationships, core properties); the parts' XML is read
directly because python-docx exposes neither numbering labels nor notes. The text is laid out like a PDF
extraction so the same parser serves both:

* one line per body paragraph (empty paragraphs dropped; a manual line break inside one is a space, but before
  a typed bullet) and one per table row, cells separated by a tab;
* automatic numbering rendered as Word shows it: ``"12.\\t"``, ``"A.\\t"``, ``"(a) "`` (see
  :mod:`uprkit.read.docx_numbering`);
* a note reference becomes its number glued to the text before it (``"submissions1 to"``); notes are
  numbered 1..n in order of reference, per series (footnotes, endnotes); custom-mark notes ("*") are skipped;
* after the body a line ``Notes`` and one line ``"<number> <text>"`` per note of the main series (endnotes
  where the body references any, else footnotes), recorded as :class:`SourceNote` and :class:`NoteMarker`;
  notes of the other series follow under ``Footnotes`` (or ``Endnotes``), as text only.

Pages come from Word's ``w:lastRenderedPageBreak`` marks (where the file was last laid out, else manual page
breaks) and are approximate; metadata says which (``page_breaks``).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from docx.opc.exceptions import OpcError
from docx.opc.package import OpcPackage
from docx.opc.part import Part, XmlPart
from lxml import etree

from uprkit.errors import ReadError
from uprkit.model import Document, NoteMarker, Page, SourceNote
from uprkit.read.docx_numbering import Numbering, StyleNumbering, W
from uprkit.read.sequence import note_references

__all__ = ["read_docx"]

M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MC_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

#: Refuse packages whose parts expand beyond this (zip bombs).
MAX_EXPANDED_BYTES = 1024 * 1024 * 1024

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SKIP = {W + "pPr", W + "rPr", W + "sdtPr", W + "del", W + "moveFrom", _MC_ALTERNATE}
_RUN_TEXT = {W + "tab": "\t", W + "ptab": "\t", W + "cr": "\u2028", W + "noBreakHyphen": "-"}
_SERIES = {W + "footnoteReference": "footnote", W + "endnoteReference": "endnote"}
_TRUE = ("1", "true", "on")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)


@dataclass
class _Line:
    """A line of output under construction, with note references and page breaks at offsets inside it."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    refs: list[tuple[str, str, int, int, int]] = field(default_factory=list)  # series, id, number, start, end
    breaks: list[tuple[str, int]] = field(default_factory=list)  # ("rendered" | "manual", offset)
    heading: bool = False  # a paragraph in one of Word's heading or title styles

    def add(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)

    def extend(self, other: _Line, separator: str) -> None:
        """Append ``other`` after ``separator``; an empty ``other`` adds only its page breaks (where it would
        have started)."""
        shift = self.length + (len(separator) if self.length else 0)
        content = other.text
        empty = not content.strip()
        if not empty:
            self.add(separator if self.length else "")
            self.add(content)
            self.refs += [(s, i, n, a + shift, b + shift) for s, i, n, a, b in other.refs]
        self.breaks += [(kind, shift if empty else offset + shift) for kind, offset in other.breaks]

    @property
    def text(self) -> str:
        # a manual line break is a space, but before a typed bullet it starts the item's line ("The Government
        # should:⏎• repeal …;⏎• release …")
        return _BEFORE_BULLET.sub("\n", "".join(self.parts)).replace(_LINE_BREAK, " ")


#: A manual line break while a line is built (one character, so offsets hold), and one before a typed bullet.
_LINE_BREAK = "\u2028"
_BEFORE_BULLET = re.compile(rf"{_LINE_BREAK}(?=[ \t]*[•▪◦‣·\-–—*][ \t])")


class _Renderer:
    """Walks WordprocessingML, numbering paragraphs and note references as it goes (document order)."""

    def __init__(self, numbering: Numbering, heading_styles: frozenset[str] = frozenset()) -> None:
        self.numbering = numbering
        self.heading_styles = heading_styles
        self.note_numbers: dict[str, dict[str, int]] = {"footnote": {}, "endnote": {}}
        self.custom_marked: set[tuple[str, str]] = set()
        self.in_note = False

    def blocks(self, parent: etree._Element) -> Iterator[_Line]:
        """One line per paragraph and per table row among ``parent``'s block-level content."""
        for child in _content(parent, (W + "p", W + "tbl")):
            if child.tag == W + "p":
                yield self.paragraph(child)
                for box in _text_boxes(child):  # a text box's paragraphs follow the paragraph it is anchored in
                    yield from self.blocks(box)
            else:
                for row in _content(child, (W + "tr",)):
                    line = _Line()
                    for cell in _content(row, (W + "tc",)):
                        cell_line = _Line()
                        for block in self.blocks(cell):
                            cell_line.extend(block, " ")
                        line.extend(cell_line, "\t")
                    yield line

    def paragraph(self, p: etree._Element) -> _Line:
        line = _Line()
        p_pr = p.find(W + "pPr")
        break_before = p_pr.find(W + "pageBreakBefore") if p_pr is not None else None
        if break_before is not None and break_before.get(W + "val", "1") in _TRUE:
            line.breaks.append(("manual", 0))
        if not self.in_note:
            line.add(self.numbering.label(p_pr))
            style = p_pr.find(W + "pStyle") if p_pr is not None else None
            line.heading = style is not None and (style.get(W + "val") or "") in self.heading_styles
        label = line.length
        self.inline(p, line)
        if label:  # a break before the paragraph's first text falls before its number
            line.breaks = [(kind, 0 if offset <= label else offset) for kind, offset in line.breaks]
        return line

    def inline(self, element: etree._Element, line: _Line) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == W + "r":
                if not _hidden(child):
                    self.run(child, line)
            elif tag == M + "t":
                line.add(child.text or "")
            else:
                self.inline(child, line)

    def run(self, r: etree._Element, line: _Line) -> None:
        for child in r:
            tag = child.tag
            if tag == W + "t":
                text = child.text or ""
                if (_TYPED_MARK.fullmatch(text) and not self.in_note and line.parts and not line.parts[-1][-1:].isspace()
                        and _raised_run(r)):
                    # a note's number typed and set raised, not Word's note ("in 2022²", read "20222"); its figures
                    # may come in runs of their own ("1", "2" for note 12)
                    last = line.refs[-1] if line.refs else None
                    if last is not None and last[0] == "raised" and last[4] == line.length and len(str(last[2])) < 3:
                        line.refs[-1] = ("raised", "", int(f"{last[2]}{text}"), last[3], line.length + len(text))
                    else:
                        line.refs.append(("raised", "", int(text), line.length, line.length + len(text)))
                line.add(text)
            elif tag in _RUN_TEXT:
                line.add(_RUN_TEXT[tag])
            elif tag == W + "br":
                kind = child.get(W + "type")
                if kind == "page":
                    line.breaks.append(("manual", line.length))
                elif kind != "column":
                    # a manual line break inside a paragraph: the paragraph goes on (one line a paragraph, so that
                    # a reader can tell a paragraph's end from a break inside it), but for a typed list's item
                    line.add(_LINE_BREAK)
            elif tag == W + "lastRenderedPageBreak":
                line.breaks.append(("rendered", line.length))
            elif tag == W + "sym":
                line.add(_symbol(child.get(W + "char") or ""))
            elif tag in _SERIES and not self.in_note:
                self.reference(_SERIES[tag], child, line)

    def reference(self, series: str, ref: etree._Element, line: _Line) -> None:
        note_id = ref.get(W + "id") or ""
        if ref.get(W + "customMarkFollows") in _TRUE:
            self.custom_marked.add((series, note_id))
            return
        numbers = self.note_numbers[series]
        number = numbers.setdefault(note_id, len(numbers) + 1)
        start = line.length
        line.add(str(number))
        line.refs.append((series, note_id, number, start, line.length))

    def note_text(self, note: etree._Element) -> str:
        """A note's paragraphs, one per line (its own number mark, ``w:footnoteRef``, is not text).

        A note can hold a list (the stakeholder list endnote): keeping its lines lets the parser read it."""
        self.in_note = True
        try:
            lines = [line.text for line in self.blocks(note)]
        finally:
            self.in_note = False
        return "\n".join(ln.strip() for ln in "\n".join(lines).split("\n") if ln.strip())


def _content(parent: etree._Element, tags: tuple[str, ...]) -> Iterator[etree._Element]:
    """Children of ``parent`` with one of ``tags``, looking through content controls and custom XML."""
    for child in parent:
        if child.tag in tags:
            yield child
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _content(content, tags)
        elif child.tag in (W + "customXml", W + "ins", W + "moveTo"):
            yield from _content(child, tags)


def _text_boxes(p: etree._Element) -> Iterator[etree._Element]:
    """The contents of the text boxes anchored in paragraph ``p``, each once: Word writes a box twice, as a
    drawing (``mc:Choice``) and as VML for older readers (``mc:Fallback``); the drawing is read."""
    for box in p.iter(W + "txbxContent"):
        ancestor = box.getparent()
        nested = fallback = False
        while ancestor is not None and ancestor is not p:
            if ancestor.tag == W + "txbxContent":
                nested = True  # a box inside a box is read with the outer one
            elif ancestor.tag == _MC_FALLBACK:
                fallback = True
            ancestor = ancestor.getparent()
        if not nested and not fallback:
            yield box


def _heading_styles(styles: etree._Element | None) -> frozenset[str]:
    """The ids of the paragraph styles that are headings or titles ("heading 1" … "heading 9", "Title",
    "Subtitle"), or based on one."""
    if styles is None:
        return frozenset()
    names: dict[str, str] = {}
    based_on: dict[str, str] = {}
    for style in styles.iter(W + "style"):
        if style.get(W + "type", "paragraph") != "paragraph":
            continue
        style_id = style.get(W + "styleId") or ""
        name = style.find(W + "name")
        names[style_id] = (name.get(W + "val") or "") if name is not None else ""
        parent = style.find(W + "basedOn")
        if parent is not None:
            based_on[style_id] = parent.get(W + "val") or ""
    out = set()
    for style_id in names:
        current: str | None = style_id
        for _ in range(4):
            if current is None:
                break
            if re.fullmatch(r"(?i)heading\s*[1-9]|title|subtitle", names.get(current, "")):
                out.add(style_id)
                break
            current = based_on.get(current)
    return frozenset(out)


#: A note reference typed by hand: one to three figures.
_TYPED_MARK = re.compile(r"\d{1,3}")
#: The character styles Word gives its note references, which a typed one may borrow.
_REFERENCE_STYLES = re.compile(r"(?i)(?:foot|end)note\s*(?:reference|anchor|mark)")


def _raised_run(run: etree._Element) -> bool:
    """A run set raised: superscript, or in a note reference's character style."""
    props = run.find(W + "rPr")
    if props is None:
        return False
    align = props.find(W + "vertAlign")
    style = props.find(W + "rStyle")
    return (align is not None and align.get(W + "val") == "superscript") or (
        style is not None and bool(_REFERENCE_STYLES.search(style.get(W + "val") or ""))
    )


def _hidden(run: etree._Element) -> bool:
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(W + "val", "1") in _TRUE


def _symbol(code: str) -> str:
    """The character of a ``w:sym`` (symbol-font code points F020-F0FF stand for 20-FF)."""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    return chr(value - 0xF000) if 0xF020 <= value <= 0xF0FF else chr(value)


# --------------------------------------------------------------------------------------------- package


def _check_container(data: bytes, name: str | None) -> None:
    if data.startswith(_OLE_MAGIC):
        raise ReadError(
            "OLE container, not a .docx zip (a password-protected .docx or a legacy .doc): "
            "save it as an unprotected .docx or PDF",
            name,
        )
    if not data.startswith(b"PK"):
        raise ReadError("not a valid .docx file (it is not a zip container)", name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise ReadError(f"corrupt or truncated .docx (broken zip container: {exc})", name) from exc
    if "word/document.xml" not in {info.filename for info in infos}:
        raise ReadError("not a Word .docx document (no word/document.xml in the zip)", name)
    expanded = sum(info.file_size for info in infos)
    if expanded > MAX_EXPANDED_BYTES:
        raise ReadError(f".docx expands to {expanded / 1e6:.0f} MB (too large; a zip bomb?)", name)


def _open_package(data: bytes, name: str | None) -> OpcPackage:
    try:
        return OpcPackage.open(io.BytesIO(data))
    except etree.XMLSyntaxError as exc:
        raise ReadError(f"malformed XML in .docx ({exc})", name) from exc
    except (OpcError, KeyError, ValueError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise ReadError(f"corrupt .docx package ({type(exc).__name__}: {exc})", name) from exc


def _xml(part: Part, name: str | None) -> etree._Element:
    if isinstance(part, XmlPart):
        element: etree._Element = part.element
        return element
    try:
        return etree.fromstring(part.blob, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ReadError(f"malformed XML in {part.partname} ({exc})", name) from exc


def _related(part: Part, kind: str, name: str | None) -> list[etree._Element]:
    """The XML of the parts ``part`` relates to with relationship type ``.../<kind>``, in rId order."""
    rels = sorted(part.rels.values(), key=lambda rel: (len(rel.rId), rel.rId))
    return [
        _xml(rel.target_part, name)
        for rel in rels
        if not rel.is_external and rel.reltype.rsplit("/", 1)[-1] == kind
    ]


def _metadata(package: OpcPackage) -> dict[str, str]:
    metadata: dict[str, str] = {}
    if not any(rel.reltype.endswith("/core-properties") for rel in package.rels.values()):
        return metadata  # python-docx would invent defaults ("Word Document")
    core = package.core_properties
    for key, value in (("title", core.title), ("author", core.author)):
        if value and value.strip():
            metadata[key] = value.strip()
    return metadata


# --------------------------------------------------------------------------------------------- reader


def read_docx(data: bytes, name: str | None = None) -> Document:
    """Read a .docx into a Document (see the module docstring for the layout of the text)."""
    _check_container(data, name)
    package = _open_package(data, name)
    try:
        main = package.main_document_part
    except KeyError as exc:
        raise ReadError("corrupt .docx package (no main document part)", name) from exc
    body = _xml(main, name).find(W + "body")
    if body is None:
        raise ReadError("malformed .docx: word/document.xml has no w:body", name)
    styles = (_related(main, "styles", name) or [None])[0]
    numbering = (_related(main, "numbering", name) or [None])[0]
    renderer = _Renderer(Numbering(numbering, StyleNumbering(styles)), _heading_styles(styles))

    text = _Line()
    paragraphs = 0
    heading_lines: list[int] = []
    for line in renderer.blocks(body):
        paragraphs += 1 if line.text.strip() else 0
        if line.heading and line.text.strip():
            heading_lines.append(text.length + (1 if text.length else 0))
        text.extend(line, "\n")
    text.add("\n" if text.length else "")

    notes = {series: _note_elements(_related(main, series + "s", name)) for series in ("footnote", "endnote")}
    primary = "endnote" if renderer.note_numbers["endnote"] else "footnote"
    secondary = "footnote" if primary == "endnote" else "endnote"
    source_notes = _append_notes(text, renderer, primary, notes[primary], "Notes", record=True)
    _append_notes(text, renderer, secondary, notes[secondary], secondary.capitalize() + "s", record=False)

    full = text.text
    if not full.strip():
        raise ReadError(".docx document has no text", name)
    metadata = _metadata(package)
    metadata["paragraphs"] = str(paragraphs)
    headers = list(dict.fromkeys(_header_lines(renderer, _related(main, "header", name))))
    if headers:
        metadata["header"] = "\n".join(headers)
    if source_notes:
        metadata["note_series"] = primary + "s"
    pages, source = _pages(text.breaks, len(full))
    if source:
        metadata["page_breaks"] = source
    markers = [NoteMarker(number=n, start=a, end=b) for s, _, n, a, b in text.refs if s == primary]
    typed = [NoteMarker(number=n, start=a, end=b) for s, _, n, a, b in text.refs if s == "raised"]
    return Document(
        text=full,
        source_path=name,
        format="docx",
        pages=pages,
        metadata=metadata,
        notes=source_notes,
        note_markers=markers,
        raised_numbers=note_references(typed, full),
        heading_lines=heading_lines,
    )


def _note_elements(parts: list[etree._Element]) -> dict[str, etree._Element]:
    """Notes by id, leaving out separators and continuation notices (those with ``w:type``)."""
    found: dict[str, etree._Element] = {}
    for root in parts:
        for note in root:
            if isinstance(note.tag, str) and note.get(W + "type") in (None, "normal"):
                found.setdefault(note.get(W + "id") or "", note)
    return found


def _append_notes(
    out: _Line,
    renderer: _Renderer,
    series: str,
    elements: dict[str, etree._Element],
    title: str,
    record: bool,
) -> list[SourceNote]:
    """Write one series of notes as ``title`` then ``<number> <text>`` lines; unreferenced ones come last."""
    numbers = dict(renderer.note_numbers[series])
    for note_id in elements:
        if note_id not in numbers and (series, note_id) not in renderer.custom_marked:
            numbers[note_id] = len(numbers) + 1
    written: list[SourceNote] = []
    entries = sorted((number, note_id) for note_id, number in numbers.items() if note_id in elements)
    if entries:
        out.add(title + "\n")
    for number, note_id in entries:
        note_text = renderer.note_text(elements[note_id])
        out.add(f"{number} ")
        start = out.length
        out.add(note_text + "\n")
        if record:
            written.append(SourceNote(number=number, text=note_text, start=start, end=start + len(note_text)))
    return written


def _header_lines(renderer: _Renderer, headers: list[etree._Element]) -> Iterator[str]:
    for header in headers:
        renderer.in_note = True  # no numbering, no note references
        try:
            lines = [line.text.strip() for line in renderer.blocks(header)]
        finally:
            renderer.in_note = False
        yield from (line for line in lines if line)


def _pages(breaks: list[tuple[str, int]], length: int) -> tuple[list[Page], str | None]:
    """Pages from Word's rendered page breaks, else from manual ones; none where the file records neither."""
    rendered = [offset for kind, offset in breaks if kind == "rendered"]
    source = "rendered" if rendered else "manual"
    offsets = sorted({o for o in (rendered or [offset for _, offset in breaks]) if 0 < o < length})
    if not offsets:
        return [], None
    bounds = [0, *offsets, length]
    pages = [
        Page(number=i + 1, start=a, end=b) for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))
    ]
    return pages, source
