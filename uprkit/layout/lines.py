"""Lines of the verbatim text, with offsets, and the page furniture among them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A UN document symbol. "A" may be split from "/HRC" by a line break in some extractions.
SYMBOL_RE = re.compile(
    r"\bA\s*/\s*HRC\s*/\s*(?:"
    r"WG\.6\s*/\s*\d{1,2}\s*/\s*L\.\s*\d+"
    r"|WG\.6\s*/\s*\d{1,2}\s*/\s*[A-Z]{3}\s*/\s*\d(?:\s*/\s*(?:Corr|Add|Rev)\.\s*\d+)*"
    r"|DEC\s*/\s*\d{1,2}\s*/\s*\d{1,4}"
    r"|\d{1,2}\s*/\s*\d{1,3}(?:\s*/\s*(?:Add|Corr|Rev)\.\s*\d+)*"
    r")"
)

_FURNITURE_PATTERNS = [
    re.compile(r"^Page\s+\d{1,3}$", re.I),
    re.compile(r"^GE\.\s?\d{2}\s?-\s?\d{4,6}\s*(?:\([A-Z]\))?(?:\s+[\d\s]{4,})?\s*\*?\s*(?:\s\d{1,3})?$"),
    re.compile(r"^\d{1,3}\s+GE\.\s?\d{2}\s?-\s?\d{4,6}\s*(?:\([A-Z]\))?.*$"),
    re.compile(r"^\*\s?\d{6,8}\s?\*$"),
    re.compile(r"^[-_=—–]{3,}$"),
    re.compile(r"^\*\s*The present document (?:was|is being|has been) (?:not )?(?:edited|issued|sent)\b.*$", re.I),
    re.compile(r"^\*$"),
    re.compile(r"^Please recycle\b.*$", re.I),
    re.compile(r"^[\ue000-\uf8ff\s]+$"),  # a barcode set in a symbol font (private-use glyphs)
]


@dataclass
class Line:
    """One line of ``Document.text``: ``text`` is ``doc.text[start:end]`` (no line terminator)."""

    index: int
    start: int
    end: int
    text: str
    kind: str = "text"  # text | blank | furniture | page_number | marker | notes_heading | footnote
    page: int = 1
    stripped: str = field(init=False)
    indent: int = field(init=False)

    def __post_init__(self) -> None:
        self.stripped = self.text.strip()
        self.indent = len(self.text) - len(self.text.lstrip())

    @property
    def is_content(self) -> bool:
        return self.kind == "text"


def split_lines(text: str) -> list[Line]:
    """Split on newlines and form feeds, keeping offsets into ``text``."""
    lines: list[Line] = []
    start = 0
    for m in re.finditer(r"\r\n|\n|\r|\f", text):
        lines.append(Line(len(lines), start, m.start(), text[start : m.start()]))
        start = m.end()
    if start <= len(text):
        lines.append(Line(len(lines), start, len(text), text[start:]))
    for line in lines:
        if not line.stripped:
            line.kind = "blank"
    return lines


def normalise_symbol(raw: str) -> str:
    s = re.sub(r"\s+", "", raw)
    return s


# "Previously issued under document symbol A/HRC/WG.6/6/L.5", "Previously issued as document A/HRC/WG.6/9/L.3",
# "see A/HRC/WG.6/7/KAZ/1", "the report of the Working Group (A/HRC/16/5)" in an addendum that does not print its
# own: symbols of other documents
_MENTIONED = re.compile(r"(?:symbol|issued as(?:\s+document)?|under|see|in|of|and|to|\()\s*$", re.I)
_WG_TITLE = re.compile(r"Report\s*of\s*the\s*Working\s*Group\s*on\s*the\s*Universal\s*Periodic\s*Review", re.I)


def find_symbol(text: str, name: str | None = None) -> str | None:
    """The document's own symbol: the one printed most often in the first pages and running headers."""
    # a UN document prints its symbol in its first lines (within some 400 characters in every document under
    # ../shared/data); further down a first page, a symbol is one cited, as an NGO's footnote 1 cites the last
    # review's report ("1 A/HRC/11/26, paras. 88-89")
    top = next((m for m in SYMBOL_RE.finditer(text[:_TOP_CHARS]) if not _MENTIONED.search(text[max(0, m.start() - 60) : m.start()])), None)
    if top:
        return normalise_symbol(top.group(0))
    if _WG_TITLE.search(text[:1500]):
        return None  # a Working Group report that does not print its own symbol (only earlier ones)
    head = text[:_TOP_CHARS]  # "A" / "United Nations" / "/HRC/WG.6/28/UKR/2": a masthead's symbol split over lines
    split = SYMBOL_RE.search("A" + head[head.find("/HRC/") :]) if "/HRC/" in head else None
    if split and split.start() == 0:
        return normalise_symbol(split.group(0))
    if not _UN_DOCUMENT.search(text[:3000]):
        return _symbol_of_name(name)  # no UN document's masthead: the symbols it prints are ones it cites
    counts: dict[str, int] = {}
    first_pos: dict[str, int] = {}
    for m in SYMBOL_RE.finditer(text[:200_000]):
        sym = normalise_symbol(m.group(0))
        counts[sym] = counts.get(sym, 0) + (3 if m.start() < 3000 else 1)
        first_pos.setdefault(sym, m.start())
    if counts:
        # Prefer the most frequent; the header symbol near the top breaks ties.
        return max(counts, key=lambda s: (counts[s], -first_pos[s]))
    return _symbol_of_name(name)


def _symbol_of_name(name: str | None) -> str | None:
    """The symbol a file's name spells ("A_HRC_WG.6_7_KAZ_3.txt"), or None."""
    if name:
        base = re.sub(r"\.(txt|pdf|docx?|html?)$", "", name.replace("\\", "/").split("/")[-1], flags=re.I)
        candidate = base.replace("_", "/")
        found = SYMBOL_RE.search(candidate)
        if found:
            return normalise_symbol(found.group(0))
    return None


#: How far into a text a UN document's own symbol is looked for first.
_TOP_CHARS = 600
#: A UN document's masthead or job number.
_UN_DOCUMENT = re.compile(r"\bDistr\.|General\s+Assembly|Assembl[ée]e\s+g[ée]n[ée]rale|\bGE\.\d\d-", re.I)


def mark_furniture(lines: list[Line], symbol: str | None) -> None:
    """Mark running headers/footers, job numbers, barcodes, rules, page numbers; number the pages."""
    sym_compact = normalise_symbol(symbol) if symbol else None
    for line in lines:
        if line.kind != "text":
            continue
        s = line.stripped
        compact = "".join(s.split())  # the same whitespace as re's \s, without a regex per line
        if sym_compact and (compact == sym_compact or compact == "A" + sym_compact or compact == sym_compact.lstrip("A")) or SYMBOL_RE.fullmatch(s) and len(s) < 40 or any(p.match(s) for p in _FURNITURE_PATTERNS) or sym_compact and re.fullmatch(r"\d{1,3}\s{2,}" + re.escape(symbol or "") + r"|" + re.escape(symbol or "") + r"\s{2,}\d{1,3}", s):
            line.kind = "furniture"
    _mark_page_numbers(lines)
    _number_pages(lines)
    mark_page_footnotes(lines)


def _neighbour(lines: list[Line], i: int, step: int) -> Line | None:
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].kind != "blank":
            return lines[j]
        j += step
    return None


def _mark_page_numbers(lines: list[Line]) -> None:
    """A bare number next to a running header/job number, or before a form feed, is a page number; one after
    the header only where it follows the page number before it.

    Documents that print "Page N" headers (cycle 1) have no bare page numbers: there a bare number is a
    note number or an endnote marker.
    """
    if any(ln.kind == "furniture" and re.match(r"^Page\s+\d+$", ln.stripped, re.I) for ln in lines):
        return
    candidates: list[tuple[Line, bool]] = []  # (line, stands at the foot, before the furniture)
    for i, line in enumerate(lines):
        if line.kind != "text" or not re.fullmatch(r"\d{1,3}", line.stripped):
            continue
        prev, nxt = _neighbour(lines, i, -1), _neighbour(lines, i, 1)
        at_foot = nxt is not None and nxt.kind == "furniture" and nxt.index <= i + 4
        if (prev is not None and prev.kind == "furniture" and prev.index >= i - 3) or at_foot:
            candidates.append((line, at_foot))
    last: int | None = None
    for line, at_foot in candidates:
        # "7" at the foot of page 7, the running header, then "11": the next endnote's number, not page 8's
        value = int(line.stripped)
        if not at_foot and last is not None and not last < value <= last + 2:
            continue
        last = value
        line.kind = "page_number"


def mark_last_page_number(lines: list[Line], after: int = 0) -> None:
    """The last page's number, printed at its foot with no running header after it, is a page number
    (looked for after line ``after`` only: the caller passes the heading of the notes that end the text).

    The text ends with it ("… 58 JS3, paras. 18-55." then "9" alone on the ninth page); otherwise the last
    endnote would read "JS3, paras. 18-55. 9". Only a bare number that is the page it stands on, or the number
    after the last page number printed (an excerpt skips pages), counts, and only where other pages are
    numbered too.
    """
    printed = [int(ln.stripped) for ln in lines if ln.kind == "page_number" and ln.stripped.isdigit()]
    if not printed:
        return
    for line in reversed(lines[after:]):
        if line.kind in ("blank", "furniture"):
            continue
        bare = line.kind == "text" and re.fullmatch(r"\d{1,3}", line.stripped) is not None
        if bare and int(line.stripped) in (line.page, printed[-1] + 1):
            line.kind = "page_number"
            mark_page_footnotes(lines)
        return


def _number_pages(lines: list[Line]) -> None:
    """Assign page numbers: a new page starts at page furniture that follows content.

    Only a job number, a page number, a "Page N" header, a barcode or a running header (not the symbol on the
    cover) marks a page break; the "* The present document …" note and a lone "*" do not.
    """
    page = 1
    seen_content_since_break = False
    seen_symbol = False
    for line in lines:
        if line.kind in ("furniture", "page_number"):
            s = line.stripped
            page_n = re.match(r"^Page\s+(\d+)$", s, re.I)
            is_symbol = bool(SYMBOL_RE.search(s)) or s.startswith("/HRC/")
            strong = (
                line.kind == "page_number"
                or page_n is not None
                or s.startswith("GE.")
                or re.match(r"^\d{1,3}\s+GE\.", s) is not None
                or re.match(r"^\*\s?\d{6,8}\s?\*$", s) is not None
                or re.match(r"^[\ue000-\uf8ff\s]+$", s) is not None
                or (is_symbol and seen_symbol)
            )
            if is_symbol:
                seen_symbol = True
            if strong and seen_content_since_break:
                page += 1
                seen_content_since_break = False
            if page_n:
                page = int(page_n.group(1))
        elif line.kind == "text":
            seen_content_since_break = True
        line.page = page


# the first line of a note at a page's foot: "1 The recommendation as read …", "** Conclusions … not been edited."
_FOOTNOTE_START = re.compile(r"^\s*(?:(?P<n>\d{1,3})\s+(?=[A-Z“\"‘(])|(?P<stars>\*{1,3})(?:\s|$))")


def mark_page_footnotes(lines: list[Line]) -> None:
    """Mark the notes a page-laid-out text prints at the foot of a page, above its page number, as ``footnote``:
    they are not part of the body, and a paragraph or list item that runs over the page break goes on after them
    ("84.18. Ensure that … do not" / "1 The recommendation as read …" / "9" / "negatively affect …").

    A block counts only where it stands between a blank line and the page's end (its page number or the next
    page's running header), every line of it opens a note or goes on one, and each note has its marker on the
    page above ("… (Portugal)1;", "recommendations**").
    """
    for i, line in enumerate(lines):
        if line.kind not in ("page_number", "furniture"):
            continue
        j = i - 1
        while j >= 0 and lines[j].kind == "blank":
            j -= 1
        if j < 0 or lines[j].kind != "text" or j == i - 1 and line.kind == "furniture":
            continue  # a running header right under the text is the top of a page, not its foot
        end = j + 1
        while j >= 0 and lines[j].kind == "text":
            j -= 1
        if j < 0 or lines[j].kind != "blank":
            continue
        block = lines[j + 1 : end]
        top = j
        while top >= 0 and lines[top].kind not in ("page_number", "furniture"):
            top -= 1
        page_text = " ".join(ln.text for ln in lines[top + 1 : j + 1] if ln.kind == "text")
        if _is_footnote_block(block, page_text):
            for ln in block:
                ln.kind = "footnote"


def _is_footnote_block(block: list[Line], page_text: str) -> bool:
    """Every line opens a note whose marker stands in ``page_text``, or goes on the note above it."""
    if not page_text.strip():
        return False
    indent: int | None = None
    numbers: list[int] = []
    for ln in block:
        start = _FOOTNOTE_START.match(ln.text)
        if start is not None and (indent is None or ln.indent <= indent + 2 or start.group("n") is not None):
            if start.group("n") is not None:
                n = int(start.group("n"))
                if numbers and n != numbers[-1] + 1:
                    return False
                numbers.append(n)
                marker = r"(?<=[A-Za-z)\].,;:’”\"])(?<!\d[.,])" + str(n) + r"(?![\d])"
            else:
                marker = r"(?<=[\w).,;:’”\"])" + re.escape(start.group("stars")) + r"(?!\*)"
            if re.search(marker, page_text) is None:
                return False
            indent = ln.indent
            continue
        if indent is None or ln.indent < indent:
            return False
    return indent is not None
