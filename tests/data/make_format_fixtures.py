"""Rebuild A/HRC/WG.6/7/KAZ/3 as a PDF, a DOCX and an HTML page (run once; the outputs are committed).

    /tmp/venv/bin/pip install fpdf2        # only needed here, never by the tests
    /tmp/venv/bin/python tests/data/make_format_fixtures.py

The source is the text extraction ``uprkit/examples/A_HRC_WG.6_7_KAZ_3.txt`` (the same file as
``../shared/corpus/A_HRC_WG.6_7_KAZ_3.txt``). It is read here *without* uprkit: the page furniture is dropped,
the 23 guideline headings are matched against the list below, paragraphs 1-53 are found by their expected
number, and the 142 endnote markers (141 on lines of their own, one glued: ``jurisprudence.72``) are kept at
their place in the words. The extraction lacks the endnote texts, so they are made up deterministically:

* note 1 is the cycle-1 stakeholder list ("The stakeholders listed below have contributed information for
  this summary; ..."), one line per stakeholder of ``kaz_answer_key.json`` with the names the key gives;
  the cities, and the members of the joint submissions, are invented;
* notes 2-142 cite the stakeholders (of the key's sources for that paragraph) that the text between the
  previous marker and this one names, else the last one named before it in the paragraph, else the
  paragraph's first source, with a locator derived from the note number ("JS1, p. 3.", "AI, para. 12.",
  "ICJ, pp. 4-5; JS1, p. 7.").

Makes, in ``tests/data/formats/``:

* ``kaz3_full.pdf``  A4, DejaVu Sans (a TTF, so ’ “ ” – stay as they are; without DejaVu the text falls back
  to Helvetica with those characters transliterated to ASCII), cover page with the "GE.09-17008" job number
  and the "*" note as its footer, running header "A/HRC/WG.6/7/KAZ/3" and "Page N" on every later page,
  numbered paragraphs "12." with a hanging indent, headings on lines of their own, endnote markers as real
  superscripts (6.5 pt, raised) glued to the word or punctuation before them, and "Notes" at the end (the
  stakeholder list laid out in two columns, abbreviation and name);
* ``kaz3_full.layout.json`` the page on which the PDF prints each paragraph number (for the tests);
* ``kaz3_full.docx`` Word automatic numbering (a multilevel I./A./1. list on the heading styles, a decimal
  list for the paragraphs), real endnotes (``w:endnoteReference`` in the body, ``word/endnotes.xml``), a
  "*" custom-mark footnote on the title, the symbol and a PAGE field in the page header, "GE.09-17008" in the
  first-page footer, and ``w:lastRenderedPageBreak`` where the PDF above starts its pages;
* ``kaz3_full.html`` <h1>/<h2>/<h3> headings, <p> paragraphs starting with their number,
  ``<sup><a href="#_edn1" id="_ednref1">1</a></sup>`` note references and an endnote list of
  ``<div id="_edn1">`` entries linking back.

Output is deterministic: fixed dates and metadata, zip entries with a fixed timestamp.
"""

from __future__ import annotations

import datetime
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "formats"
REPO = HERE.parents[1]
SOURCE = REPO / "uprkit" / "examples" / "A_HRC_WG.6_7_KAZ_3.txt"
KEY = HERE / "kaz_answer_key.json"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

SYMBOL = "A/HRC/WG.6/7/KAZ/3"
JOB = "GE.09-17008"
DATE = datetime.datetime(2009, 11, 30, 9, 0, tzinfo=datetime.UTC)
TITLE = "Summary prepared by the Office of the High Commissioner for Human Rights: Kazakhstan"
NOT_EDITED = "The present document was not edited before being sent to the translation services."

COVER = [
    "Distr.: GENERAL",
    "30 November 2009",
    "Original: ENGLISH",
]
SESSION = [
    "HUMAN RIGHTS COUNCIL",
    "Working Group on the Universal Periodic Review",
    "Seventh session",
    "Geneva, 8\u201319 February 2010",
]
SUMMARY_TITLE = (
    "SUMMARY PREPARED BY THE OFFICE OF THE HIGH COMMISSIONER FOR HUMAN RIGHTS, IN ACCORDANCE WITH "
    "PARAGRAPH 15 (C) OF THE ANNEX TO HUMAN RIGHTS COUNCIL RESOLUTION 5/1"
)

#: The guideline headings of the document, in order: (label, title as printed, level).
HEADINGS: list[tuple[str, str, int]] = [
    ("I", "BACKGROUND AND FRAMEWORK", 1),
    ("A", "Scope of international obligations", 2),
    ("B", "Constitutional and legislative framework", 2),
    ("C", "Institutional and human rights infrastructure", 2),
    ("D", "Policy measures", 2),
    ("II", "PROMOTION AND PROTECTION OF HUMAN RIGHTS ON THE GROUND", 1),
    ("A", "Cooperation with human rights mechanisms", 2),
    ("1", "Cooperation with treaty bodies", 3),
    ("2", "Cooperation with special procedures", 3),
    ("B", "Implementation of international human rights obligations", 2),
    ("1", "Equality and non-discrimination", 3),
    ("2", "Right to life, liberty and security of the person", 3),
    ("3", "Administration of justice, including impunity, and the rule of law", 3),
    ("4", "Right to privacy, marriage and family life", 3),
    (
        "5",
        "Freedom of religion or belief, expression, association and peaceful assembly, and right to "
        "participate in public and political life",
        3,
    ),
    ("6", "Right to social security and to an adequate standard of living", 3),
    ("7", "Right to education and to participate in the cultural life of the community", 3),
    ("8", "Minorities and indigenous peoples", 3),
    ("9", "Migrants, refugees and asylum-seekers", 3),
    ("10", "Human rights and counter-terrorism", 3),
    ("III", "ACHIEVEMENTS, BEST PRACTICES, CHALLENGES AND CONSTRAINTS", 1),
    ("IV", "KEY NATIONAL PRIORITIES, INITIATIVES AND COMMITMENTS", 1),
    ("V", "CAPACITY-BUILDING AND TECHNICAL ASSISTANCE", 1),
]

#: Invented cities (and, for joint submissions, members): the answer key gives only names.
STAKEHOLDER_DETAILS: dict[str, tuple[str | None, str]] = {
    "AI": (None, "London, United Kingdom"),
    "BF": (None, "Washington, United States of America"),
    "EAJCW": (None, "Brussels, Belgium"),
    "Earthjustice": ("Earthjustice", "Oakland, United States of America"),
    "FH": (None, "Washington, United States of America"),
    "Forum 18": ("Forum 18 News Service", "Oslo, Norway"),
    "GIEACPC": (None, "London, United Kingdom"),
    "HRW": (None, "New York, United States of America"),
    "ICJ": (None, "Geneva, Switzerland"),
    "JC": (None, "Surrey, United Kingdom"),
    "PRI-Central Asia": (None, "Almaty, Kazakhstan"),
    "WCADP": (None, "Montreuil, France"),
}
JOINT_MEMBERS: dict[str, list[str]] = {
    "JS1": [
        "Kazakhstan International Bureau for Human Rights and Rule of Law",
        "Charter for Human Rights",
        "Legal Policy Research Centre",
    ],
    "JS2": ["Coalition of NGOs of Kazakhstan against Torture", "Association of Young Lawyers"],
    "JS3": ["Canadian HIV/AIDS Legal Network", "Kazakhstan Union of People Living with HIV"],
    "JS4": ["Sexual Rights Initiative", "Women\u2019s Support Centre"],
}


# ------------------------------------------------------------------------------------------- the text


@dataclass
class Block:
    """One block of the body: the introduction, a heading, a numbered paragraph or an "N/A" line.

    ``words`` are the block's words in order, each a list of (text, marker) runs: a marker run holds the
    endnote number as text and is glued to the run before it ("submissions" + "1").
    """

    kind: str  # intro | heading | para | na
    label: str = ""
    title: str = ""
    level: int = 0
    number: int = 0
    words: list[list[tuple[str, bool]]] = field(default_factory=list)

    def markers(self) -> list[int]:
        return [int(text) for word in self.words for text, marker in word if marker]

    def plain(self) -> str:
        return " ".join("".join(text for text, marker in word if not marker) for word in self.words)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _words(text: str) -> list[list[tuple[str, bool]]]:
    """Split text holding ``\\x01N\\x02`` marker tokens into words of (text, marker) runs."""
    out: list[list[tuple[str, bool]]] = []
    for raw in text.split(" "):
        if not raw:
            continue
        word: list[tuple[str, bool]] = []
        for piece in re.split(r"(\x01\d+\x02)", raw):
            if piece.startswith("\x01"):
                word.append((piece[1:-1], True))
            elif piece:
                word.append((piece, False))
        out.append(word)
    return out


def read_blocks(source: Path = SOURCE) -> list[Block]:
    """The body of the KAZ text extraction as blocks (see the module docstring)."""
    lines = [ln for ln in source.read_text(encoding="utf-8").splitlines() if ln.strip()]
    lines = [ln for ln in lines if _norm(ln) != SYMBOL and not re.fullmatch(r"Page \d+", _norm(ln))]
    blocks: list[Block] = []
    heading_index = 0
    next_para = 1
    next_marker = 1
    acc: list[str] = []  # text of the current intro/paragraph, markers as \x01N\x02

    def close() -> None:
        if blocks and blocks[-1].kind in ("intro", "para"):
            text = "".join(acc)
            text = re.sub(r"\s+", " ", text)
            text = re.sub(r"\s+(?=\x01)", "", text)  # a marker is glued to what precedes it
            text = re.sub(r"(?<=\x02) (?=[.,;:](?:\s|$))", "", text)  # "nature116." stays glued
            blocks[-1].words = _words(text.strip())
        acc.clear()

    def add_text(line: str) -> None:
        nonlocal next_marker
        s = line.strip()
        glued = re.search(r"(?<=[a-z][.,;])(\d{1,3})(?=\s)", s)
        if glued and int(glued.group(1)) == next_marker:
            s = f"{s[: glued.start(1)]}\x01{next_marker}\x02{s[glued.end(1) :]}"
            next_marker += 1
        if acc and not (acc[-1].endswith("-") and not acc[-1].endswith(" -")):
            acc.append(" ")
        acc.append(s)

    i = 0
    while i < len(lines):
        line = lines[i]
        s = _norm(line)
        i += 1
        if re.fullmatch(r"\d{1,3}", s):
            assert int(s) == next_marker, (s, next_marker)
            acc.append(f"\x01{s}\x02")
            next_marker += 1
            continue
        if heading_index < len(HEADINGS):
            label, title, level = HEADINGS[heading_index]
            wanted = f"{label}. {title}"
            if s.startswith(label + ".") and wanted.startswith(s.replace(f"{label}. ", f"{label}. ", 1)):
                got = s
                while got != wanted and i < len(lines) and wanted.startswith(got + " " + _norm(lines[i])):
                    got += " " + _norm(lines[i])
                    i += 1
                if got == wanted:
                    close()
                    blocks.append(Block("heading", label=label, title=title, level=level))
                    heading_index += 1
                    continue
        m = re.match(r"^(\d{1,2})\.\s+(\S.*)$", s)
        if m and int(m.group(1)) == next_para:
            close()
            blocks.append(Block("para", number=next_para))
            next_para += 1
            add_text(m.group(2))
            continue
        if s == "N/A":
            close()
            blocks.append(Block("na", title="N/A"))
            continue
        if not blocks:
            blocks.append(Block("intro"))
        add_text(s)
    close()
    assert heading_index == len(HEADINGS), heading_index
    assert next_para == 54 and next_marker == 143, (next_para, next_marker)
    assert [b.number for b in blocks if b.kind == "para"] == list(range(1, 54))
    return blocks


# ------------------------------------------------------------------------------------------- the notes


def load_key() -> dict[str, object]:
    key: dict[str, object] = json.loads(KEY.read_text(encoding="utf-8"))
    return key


def _mention_patterns(key: dict[str, object]) -> dict[str, re.Pattern[str]]:
    """How the text names each stakeholder: its abbreviation ("JS 1" too) or its full name."""
    out: dict[str, re.Pattern[str]] = {}
    for st in key["stakeholders"]:  # type: ignore[attr-defined]
        abbr, name = st["abbreviation"], st["name"]
        alternatives = [re.escape(abbr).replace(r"\ ", r"\s")]
        js = re.fullmatch(r"JS(\d)", abbr)
        if js:
            alternatives += [rf"JS\s{js.group(1)}", rf"\(JS\){js.group(1)}"]
        if name:
            alternatives.append(re.escape(re.sub(r"^The ", "", name)))
        out[abbr] = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")
    return out


def _locator(number: int) -> str:
    page = 2 + (number * 7) % 11
    if number % 5 == 0:
        return f"pp. {page}-{page + 1}"
    if number % 3 == 0:
        return f"para. {page + 10}"
    return f"p. {page}"


def note_sources(blocks: list[Block], key: dict[str, object]) -> dict[int, list[str]]:
    """For each marker 2-142, the stakeholders its note cites (see the module docstring)."""
    patterns = _mention_patterns(key)
    key_paras = {p["number"]: p for p in key["paragraphs"]}  # type: ignore[attr-defined]
    out: dict[int, list[str]] = {}
    for block in blocks:
        if block.kind != "para":
            continue
        sources: list[str] = key_paras[block.number]["sources"]
        segment: list[str] = []
        last_named: list[str] = []
        for word in block.words:
            for text, marker in word:
                if not marker:
                    segment.append(text)
                    continue
                span = "".join(segment)
                named = sorted(
                    (m.start(), abbr)
                    for abbr in sources
                    for m in [patterns[abbr].search(span)]
                    if m is not None
                )
                cited = [abbr for _, abbr in named] or last_named or sources[:1]
                out[int(text)] = cited
                if named:
                    last_named = [max(named)[1]]
                segment = []
            segment.append(" ")
    assert sorted(out) == list(range(2, 143)), sorted(set(range(2, 143)) - set(out))
    return out


def stakeholder_lines(key: dict[str, object]) -> list[tuple[str, str]]:
    """(abbreviation, rest of the line) of the stakeholder list, alphabetical as OHCHR lists are."""
    rows: list[tuple[str, str]] = []
    for st in key["stakeholders"]:  # type: ignore[attr-defined]
        abbr, name = st["abbreviation"], st["name"]
        if abbr in JOINT_MEMBERS:
            number = abbr[2:]
            rows.append(
                (
                    abbr,
                    f"Joint submission {number} submitted by: {'; '.join(JOINT_MEMBERS[abbr])}, Almaty, Kazakhstan;",
                )
            )
            continue
        alt_name, city = STAKEHOLDER_DETAILS[abbr]
        rows.append((abbr, f"{name or alt_name}, {city};"))
    return sorted(rows, key=lambda row: row[0].lower())


LIST_INTRO = (
    "The stakeholders listed below have contributed information for this summary; the full texts of all "
    "original submissions are available at: www.ohchr.org."
)


def note_texts(blocks: list[Block], key: dict[str, object]) -> dict[int, str]:
    """Texts of notes 2-142 (note 1 is the stakeholder list, laid out by each renderer)."""
    texts: dict[int, str] = {}
    for number, cited in note_sources(blocks, key).items():
        parts = [f"{abbr}, {_locator(number + 3 * k)}" for k, abbr in enumerate(cited)]
        texts[number] = "; ".join(parts) + "."
    return texts


# ------------------------------------------------------------------------------------------- PDF


class PdfWriter:
    """A small layout engine on fpdf2: ragged-right lines of words, superscripts glued to their word."""

    WIDTH = 210.0
    LEFT = 25.0
    RIGHT = 185.0
    TOP = 20.0
    BOTTOM = 270.0
    INDENT = 10.0  # hanging indent of numbered paragraphs

    def __init__(self) -> None:
        from fpdf import FPDF

        self.pdf = FPDF(format="A4", unit="mm")
        self.pdf.set_title(TITLE)
        self.pdf.set_author("United Nations")
        self.pdf.set_creator("Microsoft Office Word")
        self.pdf.set_producer("uprkit test fixture (fpdf2)")
        self.pdf.set_creation_date(DATE)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(self.LEFT, self.TOP, self.WIDTH - self.RIGHT)
        self.unicode = (FONT_DIR / "DejaVuSans.ttf").exists() and (FONT_DIR / "DejaVuSans-Bold.ttf").exists()
        if self.unicode:
            self.pdf.add_font("Body", "", str(FONT_DIR / "DejaVuSans.ttf"))
            self.pdf.add_font("Body", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
            self.family = "Body"
        else:
            print("DejaVu Sans not found: Helvetica with ’ “ ” – transliterated to ASCII")
            self.family = "Helvetica"
        self.page = 0
        self.y = self.TOP
        self.page_starts: list[tuple[int, int]] = []  # (block index, word index) where pages 2.. start
        self.block_index = 0
        self.para_pages: dict[int, int] = {}

    def clean(self, text: str) -> str:
        if self.unicode:
            return text
        table = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
        return "".join(table.get(ch, ch) for ch in text)

    def width(self, text: str, size: float, style: str = "") -> float:
        self.pdf.set_font(self.family, style, size)
        return float(self.pdf.get_string_width(self.clean(text)))

    def draw(self, x: float, y: float, text: str, size: float, style: str = "") -> None:
        self.pdf.set_font(self.family, style, size)
        self.pdf.text(x, y, self.clean(text))

    # pages ---------------------------------------------------------------------------------------

    def new_page(self) -> None:
        if self.page == 1:
            self.first_page_footer()
        self.pdf.add_page()
        self.page += 1
        self.y = self.TOP
        if self.page > 1:
            odd = self.page % 2 == 1
            for k, text in enumerate((SYMBOL, f"Page {self.page}")):
                w = self.width(text, 9)
                x = self.RIGHT - w if odd else self.LEFT
                self.draw(x, self.TOP + 4 * k, text, 9)
            self.y = self.TOP + 14

    def first_page_footer(self) -> None:
        self.pdf.set_draw_color(0, 0, 0)
        self.pdf.line(self.LEFT, 262, self.LEFT + 50, 262)
        self.draw(self.LEFT, 266, "*", 8)
        self.draw(self.LEFT + 3, 266, NOT_EDITED, 8)
        self.draw(self.LEFT, 282, JOB, 9)

    def room(self, height: float) -> None:
        """Start a new page unless ``height`` mm still fit (the footnote area of page 1 is kept free)."""
        bottom = 255.0 if self.page == 1 else self.BOTTOM
        if self.y + height > bottom:
            self.new_page()

    # text ----------------------------------------------------------------------------------------

    def word_width(self, word: list[tuple[str, bool]], size: float, style: str) -> float:
        return sum(self.width(t, size * 0.65 if m else size, "" if m else style) for t, m in word)

    def paragraph(
        self,
        words: list[list[tuple[str, bool]]],
        x: float,
        size: float = 10.0,
        style: str = "",
        leading: float = 4.6,
        first_x: float | None = None,
        label: str | None = None,
        label_x: float | None = None,
        keep: int = 2,
        record: bool = True,
    ) -> int:
        """Lay ``words`` out from ``x`` (first line from ``first_x``) to the right margin; ``label`` is printed
        at ``label_x`` on the first line (a paragraph number, a heading label). Returns the first line's page."""
        space = self.width(" ", size, style)
        lines: list[list[tuple[int, list[tuple[str, bool]]]]] = [[]]
        start = x if first_x is None else first_x
        cursor = start
        for index, word in enumerate(words):
            w = self.word_width(word, size, style)
            if lines[-1] and cursor + space + w > self.RIGHT:
                lines.append([])
                cursor = x
            if lines[-1]:
                cursor += space
            lines[-1].append((index, word))
            cursor += w
        self.room(leading * min(keep, len(lines)))
        first_page = self.page
        for n, line in enumerate(lines):
            if n:
                before = self.page
                self.room(leading)
                if record and self.page != before:
                    self.page_starts.append((self.block_index, line[0][0]))
            baseline = self.y + leading * 0.8
            if n == 0 and label is not None:
                self.draw(label_x if label_x is not None else x, baseline, label, size, style)
            cursor = start if n == 0 else x
            pending = ""
            pending_x = cursor
            for k, (_, word) in enumerate(line):
                if k:
                    pending += " "
                for text, marker in word:
                    if not marker:
                        if not pending:
                            pending_x = cursor
                        pending += text
                        cursor += self.width(text, size, style)
                        continue
                    if pending.strip():
                        self.draw(pending_x, baseline, pending, size, style)
                    pending = ""
                    self.draw(cursor, baseline - size * 0.35 * 0.3528, text, size * 0.65)
                    cursor += self.width(text, size * 0.65)
                if k + 1 < len(line):
                    if not pending:
                        pending_x = cursor
                    cursor += space
            if pending.strip():
                self.draw(pending_x, baseline, pending, size, style)
            self.y += leading
        return first_page

    def plain(self, text: str, x: float, size: float = 10.0, style: str = "", leading: float = 4.6) -> None:
        self.paragraph([[(w, False)] for w in text.split()], x, size, style, leading, record=False)

    # the document --------------------------------------------------------------------------------

    def cover(self) -> None:
        self.new_page()
        self.draw(self.LEFT, 26, "UNITED NATIONS", 12, "B")
        w = self.width(SYMBOL, 12, "B")
        self.draw(self.RIGHT - w, 26, SYMBOL, 12, "B")
        self.pdf.line(self.LEFT, 29, self.RIGHT, 29)
        self.draw(self.LEFT + 20, 40, "General Assembly", 18, "B")
        for k, text in enumerate(COVER):
            self.draw(140, 37 + 4.5 * k, text, 9)
        self.pdf.line(self.LEFT, 52, self.RIGHT, 52)
        self.y = 56
        for k, text in enumerate(SESSION):
            self.plain(text, self.LEFT, 10, "B" if k == 0 else "")
        self.y += 6
        self.plain(SUMMARY_TITLE, self.LEFT + 10, 10, "B")
        self.y += 2
        w = self.width("Kazakhstan", 11, "B")
        self.draw(self.WIDTH / 2 - w / 2, self.y + 4, "Kazakhstan", 11, "B")
        self.draw(self.WIDTH / 2 + w / 2, self.y + 2.6, "*", 7)
        self.y += 10

    def body(self, blocks: list[Block]) -> None:
        for index, block in enumerate(blocks):
            self.block_index = index
            page_before = self.page
            if block.kind == "intro":
                first = self.paragraph(block.words, self.LEFT, first_x=self.LEFT + self.INDENT)
            elif block.kind == "heading":
                title = [[(w, False)] for w in block.title.split()]
                self.y += 3.0 if block.level == 1 else 1.5
                self.room(4.6 * 4)  # a heading is kept with the first lines of what follows
                first = self.paragraph(
                    title,
                    self.LEFT + self.INDENT,
                    10.0,
                    "B",
                    label=f"{block.label}.",
                    label_x=self.LEFT,
                    keep=3,
                )
                self.y -= 0.8
            elif block.kind == "para":
                first = self.paragraph(
                    block.words, self.LEFT + self.INDENT, label=f"{block.number}.", label_x=self.LEFT
                )
                self.para_pages[block.number] = first
            else:
                first = self.paragraph([[(block.title, False)]], self.LEFT + self.INDENT)
            if first != page_before:
                self.page_starts.append((index, 0))
            self.y += 2.4

    def notes(self, rows: list[tuple[str, str]], texts: dict[int, str]) -> None:
        self.y += 6
        self.room(4.6 * 6)
        self.draw(self.LEFT, self.y + 4, "Notes", 10, "B")
        self.y += 7
        size, leading = 8.0, 3.7
        note_x = self.LEFT + 8
        self.paragraph(
            [[(w, False)] for w in LIST_INTRO.split()],
            note_x,
            size,
            leading=leading,
            label="1",
            label_x=self.LEFT,
            record=False,
            keep=3,
        )
        self.plain("Civil society", note_x, size, leading=leading)
        for abbr, rest in rows:
            words = [[(w, False)] for w in rest.split()]
            self.paragraph(
                words, note_x + 28, size, leading=leading, label=abbr, label_x=note_x, record=False
            )
        for number in sorted(texts):
            self.paragraph(
                [[(w, False)] for w in texts[number].split()],
                note_x,
                size,
                leading=leading,
                label=str(number),
                label_x=self.LEFT,
                record=False,
            )

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def make_pdf(blocks: list[Block], rows: list[tuple[str, str]], texts: dict[int, str]) -> PdfWriter:
    writer = PdfWriter()
    writer.cover()
    writer.body(blocks)
    writer.notes(rows, texts)
    return writer


# ------------------------------------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{WML}.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="{WML}.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="{WML}.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="{WML}.footnotes+xml"/>
<Override PartName="/word/endnotes.xml" ContentType="{WML}.endnotes+xml"/>
<Override PartName="/word/header1.xml" ContentType="{WML}.header+xml"/>
<Override PartName="/word/header2.xml" ContentType="{WML}.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="{WML}.footer+xml"/>
<Override PartName="/word/settings.xml" ContentType="{WML}.settings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

PACKAGE_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL}">
<Relationship Id="rId1" Type="{OFFICE_REL}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="{PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="{OFFICE_REL}/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOCUMENT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL}">
<Relationship Id="rId1" Type="{OFFICE_REL}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{OFFICE_REL}/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="{OFFICE_REL}/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId4" Type="{OFFICE_REL}/endnotes" Target="endnotes.xml"/>
<Relationship Id="rId5" Type="{OFFICE_REL}/header" Target="header1.xml"/>
<Relationship Id="rId6" Type="{OFFICE_REL}/header" Target="header2.xml"/>
<Relationship Id="rId7" Type="{OFFICE_REL}/footer" Target="footer1.xml"/>
<Relationship Id="rId8" Type="{OFFICE_REL}/settings" Target="settings.xml"/>
</Relationships>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{title}</dc:title><dc:creator>United Nations</dc:creator><cp:lastModifiedBy>United Nations</cp:lastModifiedBy>
<cp:revision>1</cp:revision>
<dcterms:created xsi:type="dcterms:W3CDTF">2009-11-30T09:00:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2009-11-30T09:00:00Z</dcterms:modified>
</cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
<Application>Microsoft Office Word</Application></Properties>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W_NS}"><w:evenAndOddHeaders w:val="0"/>
<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>
<w:endnotePr><w:numFmt w:val="decimal"/><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>
</w:settings>"""


def _style(
    style_id: str, name: str, extra: str = "", kind: str = "paragraph", based_on: str = "Normal"
) -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return f'<w:style w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>{based}{extra}</w:style>'


STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W_NS}">'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="20"/></w:rPr></w:style>'
    + _style(
        "HChG",
        "_ H _Ch_G",
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:keepNext/></w:pPr>'
        '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>',
    )
    + _style(
        "H1G",
        "_ H_1_G",
        '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:keepNext/>'
        '</w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr>',
    )
    + _style(
        "H23G",
        "_ H_2/3_G",
        '<w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr><w:keepNext/>'
        "</w:pPr><w:rPr><w:b/></w:rPr>",
    )
    + _style(
        "SingleTxtG",
        "_ Single Txt_G",
        '<w:pPr><w:spacing w:after="120"/><w:ind w:left="1134" w:right="1134"/><w:jc w:val="both"/></w:pPr>',
    )
    + _style(
        "ParaNoG",
        "_ParaNo._G",
        '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr>',
        based_on="SingleTxtG",
    )
    + _style("EndnoteText", "endnote text", '<w:rPr><w:sz w:val="18"/></w:rPr>')
    + _style("FootnoteText", "footnote text", '<w:rPr><w:sz w:val="18"/></w:rPr>')
    + _style("Header", "header")
    + _style("Footer", "footer")
    + _style(
        "EndnoteReference",
        "endnote reference",
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>',
        kind="character",
        based_on="",
    )
    + _style(
        "FootnoteReference",
        "footnote reference",
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>',
        kind="character",
        based_on="",
    )
    + "</w:styles>"
)


def _lvl(ilvl: int, fmt: str, text: str, style: str | None = None, indent: int = 1134) -> str:
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{style_xml}'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="567"/></w:pPr></w:lvl>'
    )


NUMBERING = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W_NS}">'
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
    + _lvl(0, "upperRoman", "%1.", "HChG")
    + _lvl(1, "upperLetter", "%2.", "H1G")
    + _lvl(2, "decimal", "%3.", "H23G")
    + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>'
    + _lvl(0, "decimal", "%1.", "ParaNoG")
    + "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    "</w:numbering>"
)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>' if text else ""


def _p(content: str, style: str | None = None, ppr: str = "") -> str:
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    props = f"<w:pPr>{style_xml}{ppr}</w:pPr>" if style_xml or ppr else ""
    return f"<w:p>{props}{content}</w:p>"


_PAGE_BREAK_RUN = "<w:r><w:lastRenderedPageBreak/></w:r>"


def _docx_words(words: list[list[tuple[str, bool]]], breaks: set[int]) -> str:
    """Runs for a block's words: text runs, endnote reference runs, rendered page breaks before words."""
    out: list[str] = []
    pending = ""
    for index, word in enumerate(words):
        if index in breaks:
            out.append(_run(pending))
            pending = ""
            out.append(_PAGE_BREAK_RUN)
        if index:
            pending += " "
        for text, marker in word:
            if marker:
                out.append(_run(pending))
                pending = ""
                out.append(
                    f'<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="{text}"/></w:r>'
                )
            else:
                pending += text
    out.append(_run(pending))
    return "".join(out)


def _header(kind: str, content: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind} xmlns:w="{W_NS}">{content}</w:{kind}>'


HEADER_DEFAULT = _header(
    "hdr",
    _p(_run(SYMBOL), "Header")
    + _p(_run("Page ") + '<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>', "Header"),
)
HEADER_FIRST = _header("hdr", _p("", "Header"))
FOOTER_FIRST = _header("ftr", _p(_run(JOB), "Footer"))


def _notes_xml(kind: str, notes: dict[int, list[str]]) -> str:
    """``notes``: id -> paragraphs (already XML: runs)."""
    style = "EndnoteReference" if kind == "endnote" else "FootnoteReference"
    text_style = "EndnoteText" if kind == "endnote" else "FootnoteText"
    items = [
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>',
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        f"</w:{kind}>",
    ]
    for note_id, paragraphs in notes.items():
        body = []
        for k, content in enumerate(paragraphs):
            mark = f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:{kind}Ref/></w:r><w:r><w:tab/></w:r>'
            body.append(_p((mark if k == 0 and kind == "endnote" else "") + content, text_style))
        items.append(f'<w:{kind} w:id="{note_id}">{"".join(body)}</w:{kind}>')
    return _header(f"{kind}s", "".join(items))


def make_docx(
    blocks: list[Block],
    rows: list[tuple[str, str]],
    texts: dict[int, str],
    page_starts: list[tuple[int, int]],
) -> bytes:
    breaks: dict[int, set[int]] = {}
    for block_index, word_index in page_starts:
        breaks.setdefault(block_index, set()).add(word_index)
    body: list[str] = [
        _p(_run("UNITED NATIONS", "<w:b/>") + "<w:r><w:tab/></w:r>" + _run(SYMBOL, "<w:b/>")),
        _p(_run("General Assembly", '<w:b/><w:sz w:val="36"/>')),
        *(_p(_run(text)) for text in COVER),
        *(_p(_run(text, "<w:b/>" if k == 0 else "")) for k, text in enumerate(SESSION)),
        _p(_run(SUMMARY_TITLE, "<w:b/>")),
        _p(
            _run("Kazakhstan", "<w:b/>") + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            '<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r>',
            ppr='<w:jc w:val="center"/>',
        ),
        _p(""),
    ]
    styles = {1: "HChG", 2: "H1G", 3: "H23G"}
    for index, block in enumerate(blocks):
        page_break = breaks.get(index, set())
        if block.kind == "heading":
            lead = _PAGE_BREAK_RUN if 0 in page_break else ""
            body.append(_p(lead + _run(block.title), styles[block.level]))
        elif block.kind == "intro":
            body.append(_p(_docx_words(block.words, page_break), "SingleTxtG", '<w:ind w:firstLine="567"/>'))
        elif block.kind == "para":
            body.append(_p(_docx_words(block.words, page_break), "ParaNoG"))
        else:
            body.append(_p(_run(block.title), "SingleTxtG"))
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        f"<w:body>{''.join(body)}"
        '<w:sectPr><w:headerReference w:type="default" r:id="rId5"/><w:headerReference w:type="first" r:id="rId6"/>'
        '<w:footerReference w:type="first" r:id="rId7"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1701" w:right="1134" w:bottom="2268" w:left="1134" w:header="1134" w:footer="1701"/>'
        "<w:titlePg/></w:sectPr></w:body></w:document>"
    )
    list_note = [_run(LIST_INTRO), _run("Civil society")]
    list_note += [_run(abbr) + "<w:r><w:tab/></w:r>" + _run(rest) for abbr, rest in rows]
    endnotes = {1: list_note, **{n: [_run(t)] for n, t in sorted(texts.items())}}
    footnotes = {1: [_run("*") + "<w:r><w:tab/></w:r>" + _run(NOT_EDITED)]}
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("docProps/core.xml", CORE.format(title=_esc(TITLE))),
        ("docProps/app.xml", APP),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/document.xml", document),
        ("word/styles.xml", STYLES),
        ("word/numbering.xml", NUMBERING),
        ("word/settings.xml", SETTINGS),
        ("word/footnotes.xml", _notes_xml("footnote", footnotes)),
        ("word/endnotes.xml", _notes_xml("endnote", endnotes)),
        ("word/header1.xml", HEADER_DEFAULT),
        ("word/header2.xml", HEADER_FIRST),
        ("word/footer1.xml", FOOTER_FIRST),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, xml in parts:
            info = zipfile.ZipInfo(name, date_time=(2009, 11, 30, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, xml.encode("utf-8"))
    return buffer.getvalue()


# ------------------------------------------------------------------------------------------- HTML


def _h(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _html_words(words: list[list[tuple[str, bool]]]) -> str:
    out: list[str] = []
    for index, word in enumerate(words):
        if index:
            out.append(" " if index % 14 else "\n")
        for text, marker in word:
            if marker:
                out.append(f'<sup><a href="#_edn{text}" id="_ednref{text}">{text}</a></sup>')
            else:
                out.append(_h(text))
    return "".join(out)


def make_html(blocks: list[Block], rows: list[tuple[str, str]], texts: dict[int, str]) -> bytes:
    tags = {1: "h1", 2: "h2", 3: "h3"}
    body: list[str] = [
        '<div class="masthead">',
        f'<p class="symbol" style="text-align:right">{SYMBOL}</p>',
        "<p><b>General Assembly</b></p>",
        *(f"<p>{_h(text)}</p>" for text in COVER),
        "</div>",
        *(f"<p>{'<b>' + _h(t) + '</b>' if k == 0 else _h(t)}</p>" for k, t in enumerate(SESSION)),
        f"<p><b>{_h(SUMMARY_TITLE)}</b></p>",
        '<p class="country" style="text-align:center"><b>Kazakhstan</b>*</p>',
        f'<p class="footnote">*&nbsp;{_h(NOT_EDITED)}</p>',
    ]
    for block in blocks:
        if block.kind == "heading":
            tag = tags[block.level]
            body.append(f"<{tag}>{block.label}.&nbsp;&nbsp;{_h(block.title)}</{tag}>")
        elif block.kind == "intro":
            body.append(f'<p class="intro">{_html_words(block.words)}</p>')
        elif block.kind == "para":
            body.append(f'<p class="para">{block.number}.&nbsp;&nbsp;{_html_words(block.words)}</p>')
        else:
            body.append(f"<p>{block.title}</p>")
    notes = [
        '<div class="endnotes">',
        '<hr align="left" size="1" width="33%">',
        '<div id="_edn1">',
        f'<p><a href="#_ednref1">1</a>&nbsp;{_h(LIST_INTRO)}</p>',
        "<p>Civil society</p>",
        '<table class="stakeholders">',
        *(f"<tr><td>{_h(abbr)}</td><td>{_h(rest)}</td></tr>" for abbr, rest in rows),
        "</table>",
        "</div>",
        *(
            f'<div id="_edn{n}"><p><a href="#_ednref{n}">{n}</a>&nbsp;{_h(t)}</p></div>'
            for n, t in sorted(texts.items())
        ),
        "</div>",
    ]
    html = "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f"<title>{SYMBOL} - {_h(TITLE)}</title>",
            "<style>p.para { text-indent: -2em; margin-left: 2em } sup { font-size: 65% }</style>",
            "</head>",
            "<body>",
            '<nav><a href="/">OHCHR</a> | <a href="/upr">Universal Periodic Review</a></nav>',
            '<div class="document">',
            *body,
            *notes,
            "</div>",
            "<footer>United Nations Office of the High Commissioner for Human Rights</footer>",
            "</body>",
            "</html>",
            "",
        ]
    )
    return html.encode("utf-8")


# ------------------------------------------------------------------------------------------- main


def main() -> None:
    blocks = read_blocks()
    key = load_key()
    rows = stakeholder_lines(key)
    texts = note_texts(blocks, key)
    OUT.mkdir(exist_ok=True)
    writer = make_pdf(blocks, rows, texts)
    (OUT / "kaz3_full.pdf").write_bytes(writer.output())
    layout = {
        "pdf_pages": writer.page,
        "paragraph_pages": {str(n): p for n, p in sorted(writer.para_pages.items())},
    }
    (OUT / "kaz3_full.layout.json").write_text(json.dumps(layout, indent=1) + "\n", encoding="utf-8")
    (OUT / "kaz3_full.docx").write_bytes(make_docx(blocks, rows, texts, writer.page_starts))
    (OUT / "kaz3_full.html").write_bytes(make_html(blocks, rows, texts))
    for path in sorted(OUT.iterdir()):
        print(f"{path.name:24} {path.stat().st_size:7} bytes")


if __name__ == "__main__":
    main()
