"""HTML pages (UN web pages, Word's "Save as HTML"), through BeautifulSoup with the lxml parser.

Text layout, chosen to look like a PDF extraction:

* script, style, nav, header, footer (and other non-content elements) are dropped;
* one line per block element (p, div, li, h1-h6, tr, br, ...), table cells separated by a tab, runs of
  whitespace (``&nbsp;`` included) collapsed to one space, empty lines dropped; an item of a bulleted list
  (``<ul><li>``) starts with "• ", an item of a numbered one with the number a browser shows ("3. ", "a) ");
* a note reference (``<a href="#_ftn1">[1]</a>``, ``<sup><a href="#fn1">1</a></sup>``) becomes the bare
  number glued to the text before it (``"submissions1 to"``) and is recorded as a :class:`NoteMarker`;
* note bodies (the elements those links point to: Word's ``id="ftn1"`` divs, ``<li id="fn1">``) leave the
  body and follow it under a line ``Notes`` as ``"<number> <text>"`` lines, recorded as
  :class:`SourceNote`. As for DOCX, endnotes are the main series where there are any; footnotes then
  follow under ``Footnotes`` as text only.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

from uprkit.errors import ReadError
from uprkit.model import Document, NoteMarker, SourceNote
from uprkit.read.docx_numbering import format_number
from uprkit.read.sequence import note_references
from uprkit.read.text import decode_text

__all__ = ["read_html"]

_DROP = [
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "noscript",
    "template",
    "head",
    "iframe",
    "svg",
    "object",
    "aside",
    "form",
    "figcaption",
    "button",
    "select",
    "textarea",
]
#: A web page's furniture around its article, by its container's ARIA role or by a word of its id or class
#: ("cookie-notice", "breadcrumbs", "widget-area", "jp-relatedposts", "sd-sharing", "comments-area",
#: "entry-meta"): left out like ``nav`` and ``footer``.
_FURNITURE_ROLES = frozenset(
    "navigation banner contentinfo complementary search dialog alertdialog menu menubar toolbar".split()
)
_FURNITURE_NAME = re.compile(
    r"(?:^|[-_])(?:cookies?|consent|gdpr|breadcrumbs?|breadcrumb_last|sidebar|widget|widget-area|menu|"
    r"mobile-menu|skip-link|screen-reader-text|sr-only|visually-hidden|sharing|share|social|sharedaddy|"
    r"relatedposts|related-posts|recent-posts|comments?|respond|newsletter|subscribe|popup|modal|advert|"
    r"entry-meta|entry-footer|post-navigation|byline|posted-on|top-bar|site-header|site-footer|post-meta|"
    r"article-meta|entry-date|post-date|reading-time)(?=$|[-_])",
    re.I,
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: An article at least this long is the page's text where the page has one (a blog post among its site).
_ARTICLE_WORDS = 80
_BLOCKS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol", "dl", "dt", "dd",
    "section", "article", "main", "aside", "blockquote", "pre", "address", "figure", "figcaption", "hr",
    "form", "fieldset", "center", "caption", "body", "html", "details", "summary",
}  # fmt: skip
_CELLS = {"td", "th"}

# Private-use sentinels placed in a line while it is built, resolved when it is finished.
_GLUE, _MARK_START, _MARK_END, _CELL, _RAISED_START = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"
_SENTINELS = {ord(c): None for c in (_GLUE, _MARK_START, _MARK_END, _CELL, _RAISED_START)}
_WHITESPACE = re.compile(r"\s+")
_EM_GAP = re.compile("\u2003{2,}")
_MARK = re.compile(f"([{_MARK_START}{_RAISED_START}])(\\d+){_MARK_END}")

#: Fragment ids of note bodies: _ftn1, ftn1, _edn2, fn1, fn:1, footnote-1, endnote_3, note4, LibreOffice's
#: sdfootnote1 / sdendnote1 (its links point at the back link inside the note, sdfootnote1sym) and Google Docs'
#: ftnt1 (its references' ids are ftnt_ref1)
_NOTE_ID = re.compile(r"(?i)^(?:_|sd)?(ftnt|ftn|edn|fn|en|footnote|endnote|note)[-_:.]?(\d{1,4})(?:sym)?$")
_LABEL = re.compile(r"^[\[(]?(\d{1,4})[\])]?$")
_ROMAN_LABEL = re.compile(r"^[\[(]?[ivxlc]{1,8}[\])]?$", re.I)
#: A note marked by a symbol rather than a number ("Report of the Working Group …*"): its text is the document's
#: cover note, left out of the text as a Word file's is
_SYMBOL_LABEL = re.compile(r"^[*†‡§]{1,3}$")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
# HTML decodes these labels as windows-1252 (WHATWG Encoding Standard).
_WHATWG = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}


@dataclass
class _Notes:
    """What the page's note links point at."""

    refs: dict[int, tuple[str, int]] = field(default_factory=dict)  # id(<a>) -> (series, number)
    bodies: dict[tuple[str, int], Tag] = field(default_factory=dict)  # (series, number) -> container
    skip: set[int] = field(default_factory=set)  # id() of elements left out of the text (back links)
    linked: bool = False

    def series(self) -> tuple[str, str]:
        """(main series, other series)."""
        has_endnotes = any(series == "endnote" for series, _ in self.bodies)
        return ("endnote", "footnote") if has_endnotes else ("footnote", "endnote")


class _Text:
    """Accumulates finished lines and the note markers in them."""

    def __init__(self, notes: _Notes) -> None:
        self.notes = notes
        self.main = notes.series()[0]
        self.lines: list[str] = []
        self.markers: list[tuple[int, int, int]] = []  # line index, start in line, number
        self.raised: list[tuple[int, int, int]] = []  # the same for a raised figure no note answers (a typed one)
        self.buffer: list[str] = []
        self.headings: set[int] = set()  # indexes of the lines that are h1-h6 elements

    def flush(self) -> None:
        if len(self.buffer) == 1 and _LIST_LABEL.fullmatch(self.buffer[0]):
            return  # an item's number or bullet before the item's first paragraph ("<li><p>…"): it goes on that line
        line, marks = _finish("".join(self.buffer))
        self.buffer.clear()
        if line:
            self.markers += [(len(self.lines), start, number) for start, number, raised in marks if not raised]
            self.raised += [(len(self.lines), start, number) for start, number, raised in marks if raised]
            self.lines.append(line)

    def walk(self, node: Tag, pre: bool = False) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not a comment, CDATA, doctype, ...
                    self.string(str(child), pre)
                continue
            if not isinstance(child, Tag) or id(child) in self.notes.skip:
                continue
            self.element(child, pre)

    def string(self, text: str, pre: bool) -> None:
        text = text.translate(_SENTINELS)
        if not pre:
            self.buffer.append(text)
            return
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                self.flush()
            self.buffer.append(piece)

    def element(self, tag: Tag, pre: bool) -> None:
        name = tag.name
        ref = self.notes.refs.get(id(tag))
        if ref is not None:
            self.reference(*ref)
        elif name == "br":
            self.flush()
        elif name in _CELLS:
            self.buffer.append(_CELL)
            self.walk(tag, pre)
        elif name == "sup" and not self.notes.linked and _LABEL.match(tag.get_text(strip=True)):
            self.reference(self.main, int(tag.get_text(strip=True).strip("[]()")), bare=True)
        elif name in _HEADINGS:
            self.flush()
            first = len(self.lines)
            self.walk(tag, pre)
            self.flush()
            self.headings.update(range(first, len(self.lines)))
        elif name in _BLOCKS:
            self.flush()
            if name == "li" and isinstance(tag.parent, Tag) and tag.parent.name == "ul":
                self.buffer.append("• ")  # an item of a bulleted list, as a PDF's text shows it
            elif name == "li" and isinstance(tag.parent, Tag) and tag.parent.name == "ol":
                self.buffer.append(_item_label(tag, tag.parent))  # "3. ", "a) ": the number a browser shows
            self.walk(tag, pre or name == "pre")
            self.flush()
        else:
            self.walk(tag, pre)

    def reference(self, series: str, number: int, bare: bool = False) -> None:
        if series == self.main and (not bare or (series, number) in self.notes.bodies):
            self.buffer.append(f"{_GLUE}{_MARK_START}{number}{_MARK_END}")
        elif bare and (before := "".join(self.buffer).translate(_SENTINELS)) and not before[-1].isspace():
            # a figure set raised that no note answers, after a word or a figure: a typed note number, or a power
            # ("km²"); not a notes list's "<sup>1</sup> Source …" at a line's start
            self.buffer.append(f"{_GLUE}{_RAISED_START}{number}{_MARK_END}")
        else:
            self.buffer.append(f"{_GLUE}{number}")


#: The label a list item starts with, as :func:`_item_label` writes it, or the bullet.
_LIST_LABEL = re.compile(r"(?:\d{1,4}[.)]|[a-zA-Z][.)]|[ivxIVX]{1,6}\)|•) ")
#: An item's text that numbers itself ("131.1 Ratify …", "(a) …"): no number of the list's is added before it.
_OWN_LABEL = re.compile(r"\s*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-z][.)]|\(?[ivx]{1,5}[.)])\s")


def _item_label(item: Tag, ol: Tag) -> str:
    """The number a browser shows before an item of an ordered list (``start``, ``type`` and ``value`` honoured),
    as a text would write it: "3. " at the top level (a paragraph's number: a Markdown page's numbered paragraphs
    are such a list), "a) " for letters and "ii) " for Roman numerals, "2) " inside another item."""
    if _OWN_LABEL.match(item.get_text()):
        return ""
    items = [li for li in ol.find_all("li", recursive=False)]
    try:
        number = int(str(ol.get("start") or "1")) + items.index(item)
    except ValueError:
        number = items.index(item) + 1
    if (value := str(item.get("value") or "")).isdigit():
        number = int(value)
    kind = str(ol.get("type") or "1")
    if (kind in ("a", "A") and 1 <= number <= 26) or (kind in ("i", "I") and 1 <= number <= 39):
        return f"{format_number(number, _WORD_FORMAT[kind])}) "
    nested = ol.find_parent("li") is not None
    return f"{number}) " if nested else f"{number}. "


#: An ordered list's ``type`` as Word names the number format (:func:`format_number` writes both).
_WORD_FORMAT = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def _finish(raw: str) -> tuple[str, list[tuple[int, int, bool]]]:
    """Collapse whitespace, glue note numbers, place cell tabs; return the line and its (start, number, raised)
    marks."""
    # two em spaces or more are a column's gap, as a tab is ("ABBR&emsp;&emsp;Name" in a stakeholder list)
    line = _WHITESPACE.sub(" ", _EM_GAP.sub(_CELL, raw))
    line = re.sub(f" *{_GLUE}", "", line)
    line = re.sub(f" *{_CELL} *", _CELL, line).strip(" " + _CELL).replace(_CELL, "\t")
    marks: list[tuple[int, int, bool]] = []
    out: list[str] = []
    position = 0
    for match in _MARK.finditer(line):
        out.append(line[position : match.start()])
        start = sum(map(len, out))
        marks.append((start, int(match.group(2)), match.group(1) == _RAISED_START))
        out.append(match.group(2))
        position = match.end()
    out.append(line[position:])
    return "".join(out), marks


def _decode(data: bytes, name: str | None) -> tuple[str, str]:
    """Decode by BOM, then the declared meta charset, then UTF-8, then detection."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    match = _META_CHARSET.search(data[:4096])
    if match:
        declared = match.group(1).decode("ascii").lower()
        declared = _WHATWG.get(declared, declared)
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, name)


def _find_notes(soup: BeautifulSoup) -> _Notes:
    """Pair note links (``href="#_ftn1"`` with a numeric label) with the elements they point to."""
    notes = _Notes()
    targets: dict[str, Tag] = {}
    for tag in soup.find_all(True):
        for attribute in ("id", "name"):
            value = tag.get(attribute)
            if isinstance(value, str):
                targets.setdefault(value, tag)
    back_targets: set[str] = set()
    for anchor in soup.find_all("a", href=True):
        href = str(anchor.get("href", ""))
        note_id = _NOTE_ID.match(href[1:]) if href.startswith("#") else None
        label = _LABEL.match(anchor.get_text(strip=True))
        target = targets.get(href[1:])
        if note_id is not None and target is not None and _SYMBOL_LABEL.match(anchor.get_text(strip=True)):
            symbol_note = _container(target)
            if (symbol_note is not None and _NOTE_ID.match(str(symbol_note.get("id", "")))
                    and not any(parent is symbol_note for parent in anchor.parents)):
                notes.skip.update((id(anchor), id(symbol_note)))
            continue
        number = int(label.group(1)) if label is not None else None
        if number is None and note_id is not None and _ROMAN_LABEL.match(anchor.get_text(strip=True)):
            number = int(note_id.group(2))  # Word's endnotes numbered "[i]", "[ii]": the link's id has the number
        if note_id is None or number is None or target is None:
            continue
        container = _container(target)
        if container is None or any(parent is container for parent in anchor.parents):
            continue
        series = "endnote" if note_id.group(1).lower() in ("edn", "en", "endnote") else "footnote"
        notes.refs[id(anchor)] = (series, number)
        notes.bodies.setdefault((series, number), container)
        back_targets.update(str(anchor.get(a)) for a in ("id", "name") if anchor.get(a))
        notes.linked = True
    if notes.linked:
        # a note nothing in the text refers to (its marker lost) stands among the others: a sibling of a note's
        # block whose id names a note (the others' link numbers and id numbers agreeing)
        found = {id(c) for c in notes.bodies.values()}
        agree = all(
            (m := _NOTE_ID.match(str(c.get("id", "")))) is not None and int(m.group(2)) == number
            for (_, number), c in notes.bodies.items()
        )
        for container in list(notes.bodies.values()) if agree else []:
            parent = container.parent
            for sibling in parent.find_all(True, recursive=False) if parent is not None else []:
                match = _NOTE_ID.match(str(sibling.get("id", "")))
                if match and sibling.name in _BLOCKS and id(sibling) not in found and id(sibling) not in notes.skip:
                    series = "endnote" if match.group(1).lower() in ("edn", "en", "endnote") else "footnote"
                    notes.bodies.setdefault((series, int(match.group(2))), sibling)
                    found.add(id(sibling))
    if not notes.linked:  # no links: take elements whose id names a note (e.g. <div id="ftn1">)
        for value, tag in targets.items():
            match = _NOTE_ID.match(value)
            if match and tag.name in _BLOCKS and id(tag) not in notes.skip:
                series = "endnote" if match.group(1).lower() in ("edn", "en", "endnote") else "footnote"
                notes.bodies.setdefault((series, int(match.group(2))), tag)
    for container in notes.bodies.values():
        notes.skip.add(id(container))
        for anchor in container.find_all("a", href=True):
            if str(anchor["href"]).lstrip("#") in back_targets:
                notes.skip.add(id(anchor))
    return notes


def _container(target: Tag) -> Tag | None:
    """The block holding a note: the target if it is a block, else its nearest block ancestor, widened to
    Word's ``<div style="mso-element:footnote">`` / ``<div id="ftn1">`` wrapper when there is one."""
    block: Tag | None = target
    while block is not None and block.name not in _BLOCKS:
        block = block.parent
    if block is None or block.name in ("body", "html"):
        return None
    parent = block.parent
    if parent is not None and parent.name == "div" and block.name == "p":
        style = str(parent.get("style", ""))
        if (
            "mso-element:footnote" in style
            or "mso-element:endnote" in style
            or _NOTE_ID.match(str(parent.get("id", "")))
        ):
            return parent
    return block


def _own_label(container: Tag, number: int) -> Tag | None:
    """The element holding the note's own number where the note opens with it (``<span>98</span>AI, para. 26.``):
    left out, as the number is not the note's text and nothing may glue it to the first word."""
    for node in container.descendants:
        if type(node) is NavigableString and node.strip():
            parent = node.parent
            label = _LABEL.match(parent.get_text(strip=True)) if parent is not None and parent is not container else None
            return parent if label is not None and int(label.group(1)) == number else None
    return None


def _note_text(container: Tag, number: int, notes: _Notes) -> str:
    label = _own_label(container, number)
    skip = notes.skip if label is None else notes.skip | {id(label)}
    text = _Text(_Notes(skip=skip, linked=True))
    text.walk(container)
    text.flush()
    joined = "\n".join(ln.strip() for ln in text.lines if ln.strip())
    return re.sub(rf"^[\[(]?{number}[\])]?[.:]?\s+", "", joined).strip()


def read_html(data: bytes, name: str | None = None) -> Document:
    """Read an HTML page into a Document (see the module docstring for the layout of the text)."""
    html, encoding = _decode(data, name)
    soup = BeautifulSoup(html, "lxml")
    title = _WHITESPACE.sub(" ", soup.title.get_text()).strip() if soup.title else ""
    for tag in soup.find_all(_DROP):
        if not tag.decomposed and not _article_header(tag):
            tag.decompose()
    for tag in soup.find_all(_is_furniture):
        if not tag.decomposed:
            tag.decompose()
    notes = _find_notes(soup)
    text = _Text(notes)
    text.walk(_article(soup))
    text.flush()
    if not text.lines:
        raise ReadError("HTML page has no text", name)

    offsets, position = [], 0
    for line in text.lines:
        offsets.append(position)
        position += len(line) + 1
    out = [line + "\n" for line in text.lines]
    def placed(marks: list[tuple[int, int, int]]) -> list[NoteMarker]:  # (line, start in line, number) -> offsets
        return [NoteMarker(number=n, start=offsets[i] + s, end=offsets[i] + s + len(str(n))) for i, s, n in marks]

    markers, typed = placed(text.markers), placed(text.raised)
    source_notes: list[SourceNote] = []
    main, other = notes.series()
    for series, heading in ((main, "Notes"), (other, other.capitalize() + "s")):
        numbers = sorted(number for s, number in notes.bodies if s == series)
        if numbers:
            out.append(heading + "\n")
            position += len(heading) + 1
        for number in numbers:
            note_text = _note_text(notes.bodies[(series, number)], number, notes)
            start = position + len(f"{number} ")
            out.append(f"{number} {note_text}\n")
            position += len(out[-1])
            if series == main:
                source_notes.append(
                    SourceNote(number=number, text=note_text, start=start, end=start + len(note_text))
                )
    metadata = {"encoding": encoding}
    heading_lines = [offsets[i] for i in sorted(text.headings)]
    if title:
        metadata["title"] = title
    full = "".join(out)
    return Document(
        text=full,
        source_path=name,
        format="html",
        metadata=metadata,
        notes=source_notes,
        note_markers=markers,
        raised_numbers=note_references(typed, full),
        heading_lines=heading_lines,
    )


def _article_header(tag: Tag) -> bool:
    """A ``<header>`` of an article or section, not of the page: the document's own cover (symbol, session, title:
    uprkit's HTML summary gives them so), kept where a site's banner is left out."""
    return tag.name == "header" and tag.find_parent(("article", "section", "main")) is not None


def _is_furniture(tag: Tag) -> bool:
    """A menu, banner, cookie notice, breadcrumb trail, sidebar, sharing or comments block of a web page."""
    if tag.name in ("html", "body", "main", "article"):
        return False
    role = tag.get("role")
    if isinstance(role, str) and role.lower() in _FURNITURE_ROLES:
        return True
    names = [str(tag.get("id") or ""), *(tag.get("class") or [])]
    return any(_FURNITURE_NAME.search(n) for n in names if n)


def _article(soup: BeautifulSoup) -> Tag | BeautifulSoup:
    """What to read of the page: its one ``article`` (or else its one ``main``) where it has one of some
    length, as a blog post or a news page sets its text among the site's; else the whole body."""
    for selector in ("article", "main, [role=main]"):
        found = soup.select(selector)
        if len(found) == 1 and len(found[0].get_text(" ").split()) >= _ARTICLE_WORDS:
            return found[0]
    return soup.body if soup.body is not None else soup
