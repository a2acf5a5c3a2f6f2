"""Plain text, including text extracted from PDFs (pdftotext layouts, markdown-ish extractions)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from uprkit.errors import ReadError
from uprkit.model import Document, NoteMarker, Page, SourceNote

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_HIGH_BYTES = bytes(range(0x80, 0x100))


def decode_text(data: bytes, name: str | None = None) -> tuple[str, str]:
    """Decode bytes to text; return (text, encoding). Refuse binary content."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    sample = data[:65536]
    if sample.count(b"\x00") > 0:
        raise ReadError("binary content, not text (contains NUL bytes)", name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(8, len(sample) // 200):
        raise ReadError("binary content, not text (not decodable as any text encoding)", name)
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    if high < len(sample) * 0.02:
        # mostly ASCII with a few 8-bit characters (a Western code page): pick the page that garbles least
        text, encoding = _least_garbled(data, ["cp1252", "mac_roman", "latin-1"])
        return text, encoding
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 4 * 1024 * 1024]).best()
    if best is None or best.chaos > 0.3:
        raise ReadError("binary content, not text (no text encoding fits it)", name)
    encoding = best.encoding
    if encoding in ("ascii", "utf_8"):
        encoding = "cp1252"
    text, encoding = _least_garbled(data, [encoding, "cp1252", "mac_roman", "latin-1"])
    sample_text = text[:20000]
    wordish = sum(1 for ch in sample_text if ch.isalpha() or ch.isspace() or (" " <= ch <= "~"))
    if sample_text and wordish / len(sample_text) < 0.8:
        raise ReadError(f"binary content, not text (decoded as {encoding}, but it is not readable text)", name)
    return text, encoding


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _garble(text: str) -> int:
    """Characters that betray a wrong 8-bit code page: an upper-case accented letter or a symbol inside a
    lower-case word ("PeopleŐs" read as cp1250 where the file is Mac Roman "People’s"), or a letter between two
    digits, where a dash stands ("107.2Ð107.6" read as cp1252 where the file is Mac Roman "107.2–107.6", and
    "2011ñ2015" read as Mac Roman where it is cp1252)."""
    count = 0
    last = len(text) - 1
    for m in _NON_ASCII.finditer(text):  # few in a mostly-ASCII text: cheaper than a look-behind at every place
        i = m.start()
        if not 0 < i < last:
            continue
        ch = m.group()
        if "a" <= text[i - 1] <= "z" and "a" <= text[i + 1] <= "z":
            if (ch.isalpha() and ch.isupper()) or (not ch.isalpha() and ch not in "’‘'"):
                count += 1
        elif "0" <= text[i - 1] <= "9" and "0" <= text[i + 1] <= "9" and ch.isalpha():
            count += 1
    return count


def _least_garbled(data: bytes, encodings: list[str]) -> tuple[str, str]:
    best: tuple[int, str, str] | None = None
    for enc in dict.fromkeys(encodings):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _garble(text[:60_000])
        if best is None or score < best[0]:
            best = (score, text, enc)
    if best is None:
        return data.decode("latin-1"), "latin-1"
    return best[1], best[2]


#: Markdown's marks: a heading ("## Raids and seizures"), a link ("[news report](https://…)"), bold and italics.
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
#: A link that fills a parenthesis and names a source, not a thing ("… about their gender identity ([news
#: report](https://…))."; not "([SUHAKAM](…))", "([Act 574](…))"): a citation, as a footnote is, left out with its
#: brackets.
_MD_CITED_LINK = re.compile(r"[ \t]*\(\[(?P<label>[^\]\n]+)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)\)")
_SOURCE_LABEL = re.compile(
    r"(?i:(?:news|press|media)\s+(?:report|release|article|story)|report|source|link|here|article|statement|video|"
    r"website|web\s+page|press\s+release)s?"
)
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$")


#: A footnote's text ("[^12]: AI, para. 3.") and its reference in the text ("… impunity.[^12]"), as Markdown's
#: footnote extension (GitHub, Pandoc, uprkit's own drafts) writes them. Labels are matched whatever their case.
_MD_NOTE_DEF = re.compile(r"^ {0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]?(?P<text>.*)$")
_MD_NOTE_REF = re.compile(r"\[\^(?P<label>[^\]\s]{1,40})\]")
#: A note marked by a symbol ("… on Slovenia[^*]"): the document's cover note, left out with its mark as a Word
#: file's or a web page's is, and no number of the series.
_MD_SYMBOL_LABEL = re.compile(r"^[*†‡§]{1,3}$")
#: A note's further lines: indented four spaces or a tab (after a blank line, as Pandoc asks), or any line right
#: after one of its lines (a paragraph's lazy continuation).
_MD_NOTE_INDENT = re.compile(r"^(?: {4}|\t)")
#: HTML inside Markdown (``<div align="right">``, ``<sub>``; ``<br>`` is a space) and the entities that stand for
#: spaces and marks (two ``&emsp;`` or more: the gap between a stakeholder's abbreviation and its name, a tab); only
#: an entity closed by ";" is one ("…?year=2022&region=kl" is an address); a backslash before punctuation (``\*``)
#: keeps the mark as it is.
_MD_BREAK = re.compile(r"<br\s*/?>", re.I)
_MD_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_MD_SPACE_ENTITIES = re.compile(r"(?:&(?:emsp|ensp|#8195|#8194|#x2003|#x2002);){2,}")
_MD_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


@dataclass
class _Marked:
    """A Markdown text as it reads: its headings' offsets, and its footnotes as a Word file's notes are given."""

    text: str
    heading_lines: list[int]
    notes: list[SourceNote] = field(default_factory=list)
    markers: list[NoteMarker] = field(default_factory=list)


@dataclass
class _MdNote:
    """A footnote's definition: its label (folded), the line it starts on and its lines."""

    key: str
    label: str
    line: int
    lines: list[str]
    number: int | None = None


#: An escaped mark stands for itself: held as a private-use character while the marks are read.
_MD_HELD = {0xE000 + i: chr(i) for i in range(128)}


def _md_inline(line: str) -> str:
    line = _MD_ESCAPE.sub(lambda g: chr(0xE000 + ord(g.group(1))), line)
    line = _MD_IMAGE.sub(lambda g: g.group(1), line)
    line = _MD_CITED_LINK.sub(lambda g: "" if _SOURCE_LABEL.fullmatch(g.group("label").strip()) else g.group(0), line)
    line = _MD_LINK.sub(lambda g: g.group(1), line)
    line = _MD_STRONG.sub(lambda g: g.group(2), line)
    line = _MD_EMPHASIS.sub(lambda g: g.group(1) or g.group(2), line)
    line = _MD_CODE.sub(lambda g: g.group(1), line)
    line = _MD_TAG.sub("", _MD_BREAK.sub(" ", line))
    line = _MD_SPACE_ENTITIES.sub("\t", line)
    if "&" in line:
        line = _MD_ENTITY.sub(lambda g: html.unescape(g.group()), line)
    return line.rstrip()  # its escaped marks still held: a note's reference is read before they are given back


def _md_notes(lines: list[str]) -> tuple[list[tuple[int, str]], list[_MdNote]]:
    """The lines outside footnote definitions (with their indexes), and the definitions in order (a definition
    goes on over the lines :data:`_MD_NOTE_INDENT` says are its own)."""
    body: list[tuple[int, str]] = []
    notes: list[_MdNote] = []
    current: _MdNote | None = None
    lazy = False  # the line before is a non-blank line of the current note
    for i, line in enumerate(lines):
        m = _MD_NOTE_DEF.match(line)
        if m:
            label = m.group("label")
            current = _MdNote(label.casefold(), label, i, [m.group("text")])
            notes.append(current)
            lazy = bool(m.group("text").strip())
        elif current is not None and not line.strip():
            current.lines.append("")
            lazy = False
        elif current is not None and (
            _MD_NOTE_INDENT.match(line) or (lazy and not _MD_HEADING.match(line) and not _MD_RULE.match(line))
        ):
            current.lines.append(line.strip())
            lazy = True
        else:
            current, lazy = None, False
            body.append((i, line))
    for note in notes:
        note.lines = [x for x in note.lines if x]
    return body, notes


def _md_bind(notes: list[_MdNote], key: str, line: int) -> _MdNote | None:
    """The definition a reference on ``line`` refers to: its label's only one, or where a label is defined twice
    (chapters that each number their notes from 1), the first one after the reference, else the last before it."""
    mine = [n for n in notes if n.key == key]
    if len(mine) <= 1:
        return mine[0] if mine else None
    return next((n for n in mine if n.line > line), mine[-1])


def _markdown(text: str) -> _Marked | None:
    """A text written in Markdown (two headings or more, and bold, italics, links or footnotes) as it reads, with
    the offsets of its headings' lines and its footnotes; None for any other text (a UN document's text never has
    these marks)."""
    lines = text.split("\n")
    headings = sum(1 for line in lines if _MD_HEADING.match(line))
    has_notes = any(_MD_NOTE_DEF.match(line) for line in lines)
    if headings < 2 or not (has_notes or _MD_LINK.search(text) or _MD_STRONG.search(text)):
        return None
    body, definitions = _md_notes(lines) if has_notes else (list(enumerate(lines)), [])
    symbols = {n.key for n in definitions if _MD_SYMBOL_LABEL.match(n.label)}
    numbered = [n for n in definitions if n.key not in symbols]
    # a note keeps its number where every label is one ("[^12]") and none is defined twice, else notes are
    # numbered as they are referred to
    keys = [n.key for n in numbered]
    numeric = all(k.isascii() and k.isdigit() for k in keys) and len(set(keys)) == len(keys)
    count = 0

    def number_of(note: _MdNote) -> int:
        nonlocal count
        if note.number is None:
            count += 1
            note.number = int(note.key) if numeric else count
        return note.number

    out: list[str] = []
    heading_lines: list[int] = []
    markers: list[NoteMarker] = []
    at = 0
    for index, line in body:
        m = _MD_HEADING.match(line)
        if m:
            heading_lines.append(at)
            line = m.group(2)
        elif _MD_RULE.match(line):
            line = ""
        line = _md_inline(line)
        if definitions and "[^" in line:
            pieces: list[str] = []
            last = 0
            for ref in _MD_NOTE_REF.finditer(line):
                key = ref.group("label").casefold()
                note = None if key in symbols else _md_bind(numbered, key, index)
                if note is None and key not in symbols:
                    continue  # "[^3]" that no definition answers stays as it is written
                pieces.append(line[last : ref.start()].rstrip(" "))
                last = ref.end()
                if note is None:
                    continue  # a symbol's mark goes with its cover note
                number = number_of(note)
                start = at + sum(map(len, pieces))
                markers.append(NoteMarker(number=number, start=start, end=start + len(str(number))))
                pieces.append(str(number))
            line = "".join(pieces) + line[last:]
        line = line.translate(_MD_HELD)
        out.append(line)
        at += len(line) + 1
    notes: list[SourceNote] = []
    if numbered:
        out.append("Notes")
        at += len("Notes") + 1
        for note in numbered:
            number_of(note)  # a note nothing refers to keeps its place after the others
        for note in sorted(numbered, key=lambda n: n.number or 0):
            body_text = "\n".join(_md_inline(x).translate(_MD_HELD) for x in note.lines)
            start = at + len(f"{note.number} ")
            out.append(f"{note.number} {body_text}")
            notes.append(SourceNote(number=note.number or 0, text=body_text, start=start, end=start + len(body_text)))
            at += len(out[-1]) + 1
    return _Marked("\n".join(out), heading_lines, notes, markers)


def read_text(data: bytes, name: str | None = None) -> Document:
    text, encoding = decode_text(data, name)
    if not text.strip():
        raise ReadError("no text in file (only whitespace)", name)
    metadata = {"encoding": encoding}
    heading_lines: list[int] = []
    notes: list[SourceNote] = []
    markers: list[NoteMarker] = []
    marked = _markdown(text)
    if marked is not None:
        # Markdown ("# Criminalisation", "**2.** Section 377A of the **Penal Code** …", "[news report](https://…)",
        # "… impunity.[^12]"): the text as it reads, its headings and notes given as a Word file's or a web page's are
        text, heading_lines, notes, markers = marked.text, marked.heading_lines, marked.notes, marked.markers
        metadata["markup"] = "markdown"
    pages: list[Page] = []
    if "\f" in text:
        start = 0
        for number, chunk in enumerate(text.split("\f"), start=1):
            pages.append(Page(number=number, start=start, end=start + len(chunk)))
            start += len(chunk) + 1
    return Document(
        text=text,
        source_path=name,
        format="text",
        pages=pages,
        metadata=metadata,
        heading_lines=heading_lines,
        notes=notes,
        note_markers=markers,
    )
