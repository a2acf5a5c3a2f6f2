"""A :class:`~uprkit.summarize.model.Summary` as a Word document with real endnotes, in the UN's layout.

python-docx has no endnote API, so the endnotes are built here:

* a ``word/endnotes.xml`` part (:class:`docx.opc.part.XmlPart`, content type
  ``application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml``) holding the separator
  (``w:id="-1"``) and continuation separator (``w:id="0"``) notes as Word writes them, then one ``w:endnote``
  per model endnote, ``w:id`` = its number, whose first ``EndnoteText`` paragraph starts with a
  ``w:endnoteRef`` run (Word prints the note's number there);
* the part related from the main document part with the ``.../relationships/endnotes`` relationship type
  (python-docx writes the ``[Content_Types].xml`` override from the part's content type);
* the ``Endnote Text`` paragraph style and the superscript ``Endnote Reference`` character style;
* ``w:endnotePr`` in the settings (the two separator ids, decimal numbers) and in the section properties
  (decimal, not Word's default lower-case roman; ``numStart`` where the first note is not 1);
* a ``w:endnoteReference w:id="N"`` run right after each sentence that has endnote N.

Word numbers endnotes by the order of their references, so the printed numbers equal the model's as long as
the sentences refer to notes 1, 2, 3, ... in order, which is how a summary numbers them.

Layout: A4, Times New Roman; the symbol top right (first-page header) and as running header; "Human Rights
Council", the Working Group and the session; the title lines in bold; the unnumbered introduction; the
sections as Heading 1/2/3 ("I.", "A.", "1." then a tab, hanging); the paragraphs numbered with literal
"N." and a tab on a hanging indent (as the UN prints them, and visible to any reader); cycle-1 chapters
without content say "N/A". The draft report (word count, limit, what was not included, warnings) goes into the
core properties' comments, not into the document body.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from uprkit.render.summary import cover, empty_section_text
from uprkit.summarize.model import Summary, SummarySection, SummarySentence

FONT = "Times New Roman"
ENDNOTES_PARTNAME = "/word/endnotes.xml"
ENDNOTE_TEXT_STYLE = "Endnote Text"  # style id "EndnoteText"
ENDNOTE_REFERENCE_STYLE = "Endnote Reference"  # style id "EndnoteReference"
SEPARATOR_IDS = (-1, 0)
COMMENTS_LIMIT = 255

#: (size in points, space before) per heading level, after the UN's HChG / H1G / H23G styles
_HEADINGS = {1: (14, 18), 2: (12, 12), 3: (10, 12), 4: (10, 6), 5: (10, 6), 6: (10, 6)}
_TEXT_LEFT = Cm(2.0)  # where unnumbered text and paragraph numbers start
_NUMBERED_LEFT = Cm(3.0)  # where the text of a numbered paragraph starts
_LEFT_TWIPS = 1134  # 2.0 cm: _TEXT_LEFT in twentieths of a point
_LIST_COLUMN_TWIPS = 2835  # 5.0 cm: the name column of the stakeholder list

# the elements that follow w:endnotePr in w:settings and in w:sectPr (schema order)
_AFTER_SETTINGS_ENDNOTE_PR = (
    "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang",
    "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
    "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip
_AFTER_SECT_ENDNOTE_PR = (
    "w:type", "w:pgSz", "w:pgMar", "w:paperSrc", "w:pgBorders", "w:lnNumType", "w:pgNumType", "w:cols",
    "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter",
    "w:docGrid", "w:printerSettings", "w:sectPrChange",
)  # fmt: skip

_NSMAP_SL = "http://schemas.openxmlformats.org/schemaLibrary/2006/main"
_NSMAP_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def write_docx(summary: Summary, path: Path) -> None:
    """Write ``summary`` to ``path`` as a .docx file."""
    build_docx(summary).save(str(path))


def build_docx(summary: Summary) -> Any:
    """The python-docx Document for ``summary`` (not yet saved)."""
    _check_numbers(summary)
    doc = Document()
    _page_setup(doc, summary)
    _styles(doc)
    _cover(doc, summary)
    if summary.introduction:
        p = doc.add_paragraph()
        _indent(p, _TEXT_LEFT, Cm(0))
        _sentences(p, summary.introduction)
    for section in summary.sections:
        _section(doc, summary, section)
    if summary.endnotes:
        # the published summaries print "Notes" over their endnotes (an officer's review: the Markdown had it, the
        # Word file did not); Word places its endnotes after the last paragraph, this one
        notes = doc.add_paragraph()
        notes.alignment = WD_ALIGN_PARAGRAPH.CENTER
        notes.paragraph_format.space_before = Pt(24)
        _run(notes, "Notes", bold=True)
    _add_endnotes(doc, summary)
    _core_properties(doc, summary)
    return doc


def _check_numbers(summary: Summary) -> None:
    numbers = [n.number for n in summary.endnotes]
    if any(n < 1 for n in numbers):
        raise ValueError("endnote numbers must be positive: ids -1 and 0 are Word's separators")
    if len(set(numbers)) != len(numbers):
        raise ValueError("endnote numbers must be unique")


# --------------------------------------------------------------------------------------------- page


def _page_setup(doc: Any, summary: Summary) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.5)
    section.left_margin, section.right_margin = Cm(2.0), Cm(2.0)
    section.header_distance, section.footer_distance = Cm(1.2), Cm(1.2)
    section.different_first_page_header_footer = True
    symbol = cover(summary).symbol
    first = section.first_page_header.paragraphs[0]
    first.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(first, symbol, size=16)
    note = cover(summary).note
    if note:  # the title's asterisk, explained at the foot of the first page as a UN document has it
        foot = section.first_page_footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.LEFT
        _run(foot, note, size=9)
    running = section.header.paragraphs[0]
    running.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(running, symbol, size=9, bold=True)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    footer._p.append(field)
    pr = OxmlElement("w:endnotePr")
    _append(pr, "w:numFmt", val="decimal")
    first_number = min((n.number for n in summary.endnotes), default=1)
    if first_number != 1:
        _append(pr, "w:numStart", val=str(first_number))
    _insert_before(section._sectPr, pr, _AFTER_SECT_ENDNOTE_PR)


def _styles(doc: Any) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    _font(normal, size=10)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(6), Pt(12)
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.right_indent = Cm(1.0)
    for level, (size, before) in _HEADINGS.items():
        style = styles[f"Heading {level}"]
        _font(style, size=size, bold=True, italic=False)
        hf = style.paragraph_format
        hf.space_before, hf.space_after = Pt(before), Pt(6)
        hf.left_indent, hf.first_line_indent = _TEXT_LEFT, -Cm(1.0) if level > 1 else -_TEXT_LEFT
        hf.right_indent = Cm(1.0)
        hf.keep_with_next = True
        hf.alignment = WD_ALIGN_PARAGRAPH.LEFT
    text = styles.add_style(ENDNOTE_TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH, builtin=True)
    text.base_style = normal
    _font(text, size=9)
    tf = text.paragraph_format
    tf.left_indent, tf.first_line_indent = _TEXT_LEFT, -Cm(0.7)
    tf.space_after, tf.line_spacing = Pt(0), Pt(11)
    tf.alignment = WD_ALIGN_PARAGRAPH.LEFT
    reference = styles.add_style(ENDNOTE_REFERENCE_STYLE, WD_STYLE_TYPE.CHARACTER, builtin=True)
    reference.font.superscript = True
    for style in (text, reference):
        style.unhide_when_used = True
        style.priority = 99


def _font(style: Any, size: float, bold: bool | None = None, italic: bool | None = None) -> None:
    font = style.font
    font.name = FONT
    font.size = Pt(size)
    font.color.rgb = RGBColor(0, 0, 0)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic
    r_fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        r_fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        r_fonts.set(qn(attr), FONT)


# --------------------------------------------------------------------------------------------- body


def _cover(doc: Any, summary: Summary) -> None:
    front = cover(summary)
    sizes = [16, 12, 10]
    for i, line in enumerate(front.body_lines):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_after = Pt(6 if i < len(front.body_lines) - 1 else 24)
        _run(p, line, size=sizes[min(i, 2)], bold=True)
    for title in front.title_lines:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        _indent(p, _TEXT_LEFT, Cm(0))
        p.paragraph_format.space_after = Pt(12)
        p.paragraph_format.line_spacing = None
        _run(p, title.text, size=14 if title.bold else 12, bold=title.bold)


def _section(doc: Any, summary: Summary, section: SummarySection) -> None:
    heading = f"{section.label}.\t{section.title}" if section.label else section.title
    h = doc.add_paragraph(style=f"Heading {min(section.level, 6)}")
    _add_text(h, heading)
    empty = empty_section_text(summary, section)
    if empty:
        _indent(doc.add_paragraph(empty), _TEXT_LEFT, Cm(0))
    for paragraph in section.paragraphs:
        p = doc.add_paragraph()
        _indent(p, _NUMBERED_LEFT, _TEXT_LEFT - _NUMBERED_LEFT)
        p.paragraph_format.tab_stops.add_tab_stop(_NUMBERED_LEFT)
        _add_text(p, f"{paragraph.number}.\t")
        _sentences(p, paragraph.sentences)
    for sub in section.sections:
        _section(doc, summary, sub)


def _sentences(p: Any, sentences: list[SummarySentence]) -> None:
    for i, sentence in enumerate(sentences):
        text = sentence.text if i == 0 or not sentence.text else " " + sentence.text
        if text:
            _add_text(p, text)
        if sentence.endnote is not None:
            run = p.add_run()
            run.style = ENDNOTE_REFERENCE_STYLE
            _append(run._r, "w:endnoteReference", id=str(sentence.endnote))


def _indent(p: Any, left: Any, first_line: Any) -> None:
    p.paragraph_format.left_indent = left
    p.paragraph_format.first_line_indent = first_line


def _run(p: Any, text: str, size: float | None = None, bold: bool | None = None) -> Any:
    run = p.add_run(text)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    return run


def _add_text(p: Any, text: str) -> None:
    """One run; python-docx turns ``\\t`` into ``w:tab`` and ``\\n`` into ``w:br``."""
    p.add_run(text)


# --------------------------------------------------------------------------------------------- endnotes


def endnotes_xml(summary: Summary) -> Any:
    """The ``w:endnotes`` element: the two separators, then one ``w:endnote`` per model endnote."""
    root = OxmlElement("w:endnotes")
    for note_id, kind in zip(SEPARATOR_IDS, ("separator", "continuationSeparator"), strict=True):
        note = _append(root, "w:endnote", type=kind, id=str(note_id))
        p = _append(note, "w:p")
        ppr = _append(p, "w:pPr")
        _append(ppr, "w:spacing", after="0", line="240", lineRule="auto")
        _append(_append(p, "w:r"), f"w:{kind}")
    for endnote in sorted(summary.endnotes, key=lambda n: n.number):
        note = _append(root, "w:endnote", id=str(endnote.number))
        lines = [line for line in endnote.text.splitlines() if line.strip()] or [""]
        for i, line in enumerate(lines):
            p = _append(note, "w:p")
            ppr = _append(p, "w:pPr")
            _append(ppr, "w:pStyle", val="EndnoteText")
            if i > 0 and "\t" in line:
                # a list line ("AI<tab>Amnesty International;"): the name in a column, wrapped lines under it
                _append(_append(ppr, "w:tabs"), "w:tab", val="left", pos=str(_LIST_COLUMN_TWIPS))
                _append(
                    ppr, "w:ind", left=str(_LIST_COLUMN_TWIPS), hanging=str(_LIST_COLUMN_TWIPS - _LEFT_TWIPS)
                )
            if i == 0:
                r = _append(p, "w:r")
                _append(_append(r, "w:rPr"), "w:rStyle", val="EndnoteReference")
                _append(r, "w:endnoteRef")
                _append(_append(p, "w:r"), "w:tab")
            _text_runs(p, line)
    return root


def _text_runs(p: Any, text: str) -> None:
    r = _append(p, "w:r")
    for k, piece in enumerate(text.split("\t")):
        if k:
            _append(r, "w:tab")
        if piece:
            t = _append(r, "w:t")
            t.text = piece
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _add_endnotes(doc: Any, summary: Summary) -> None:
    document_part = doc.part
    package = document_part.package
    part = XmlPart(PackURI(ENDNOTES_PARTNAME), CT.WML_ENDNOTES, endnotes_xml(summary), package)
    document_part.relate_to(part, RT.ENDNOTES)
    settings = doc.settings.element
    pr = OxmlElement("w:endnotePr")
    _append(pr, "w:numFmt", val="decimal")
    for note_id in SEPARATOR_IDS:
        _append(pr, "w:endnote", id=str(note_id))
    _insert_before(settings, pr, _AFTER_SETTINGS_ENDNOTE_PR)


def _core_properties(doc: Any, summary: Summary) -> None:
    props = doc.core_properties
    front = cover(summary)
    props.title = " ".join(line.text for line in front.title_lines if line.bold)
    props.subject = "Summary of stakeholders’ submissions (universal periodic review)"
    props.identifier = front.symbol
    props.author = "uprkit"
    props.last_modified_by = "uprkit"
    props.language = "en"
    props.keywords = f"UPR; {summary.country}; cycle {summary.cycle}"
    props.comments = draft_report_comment(summary)
    props.revision = 1


def draft_report_comment(summary: Summary, limit: int = COMMENTS_LIMIT) -> str:
    """The draft report in one line for the comments property (python-docx and Word keep 255 characters):
    words against the limit, the files not included (with reasons), the warning codes. The JSON has it all."""
    budget = f" of {summary.word_limit}" if summary.word_limit is not None else ""
    parts = [f"Draft: {summary.word_count}{budget} body words."]
    if summary.not_included:
        parts.append(
            "Not included: " + "; ".join(f"{n.file} ({n.reason})" for n in summary.not_included) + "."
        )
    if summary.warnings:
        codes = list(dict.fromkeys(w.code for w in summary.warnings))
        parts.append(f"Warnings ({len(summary.warnings)}): " + ", ".join(codes) + ".")
    text = " ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


# --------------------------------------------------------------------------------------------- XML


def _append(parent: Any, tag: str, **attrs: str) -> Any:
    child = OxmlElement(tag)
    for name, value in attrs.items():
        child.set(qn(f"w:{name}"), value)
    parent.append(child)
    return child


def _insert_before(parent: Any, child: Any, successors: tuple[str, ...]) -> None:
    names = {_clark(t) for t in successors}
    for existing in parent:
        if existing.tag in names:
            existing.addprevious(child)
            return
    parent.append(child)


def _clark(tag: str) -> str:
    prefix, local = tag.split(":")
    if prefix == "sl":
        return f"{{{_NSMAP_SL}}}{local}"
    if prefix == "m":
        return f"{{{_NSMAP_M}}}{local}"
    return qn(tag)
