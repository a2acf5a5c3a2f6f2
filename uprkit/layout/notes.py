"""The endnote list at the end of a document ("Notes"), split into numbered notes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from uprkit.layout.lines import Line
from uprkit.layout.markers import _Candidate, choose_markers

_NOTES_HEADING = re.compile(r"^(?:Notes|Endnotes|End notes|Notes:|NOTES|Footnotes)\s*$")


@dataclass
class RawNote:
    number: int
    lines: list[tuple[int, int]]  # verbatim (start, end) pieces of the note text, in order
    start: int
    end: int


def find_notes_heading(lines: list[Line]) -> int | None:
    """Index of the "Notes" line that opens the endnote list (the last one, as bodies may say "Notes")."""
    found = None
    for line in lines:
        if line.kind == "text" and _NOTES_HEADING.match(line.stripped):
            found = line.index
    return found


# a note starting at a line: "12 JS1, p. 3." / "12" alone / "12. text"
_LINE_START = re.compile(r"^\s*(\d{1,3})(?:\.|\s)?(?=\s|$)")
# a note starting mid-line after the end of another: "... p. 3. 13 AI, para. 2."
_MID_START = re.compile(r"(?<=[.;)])\s{1,}(\d{1,3})\s+(?=[A-Z“\"(])")


_RIGHT_CELL = re.compile(r"\S\s{3,}(\d{1,3})\s+\S")


def reading_order(lines: list[Line], first: int, last: int) -> list[Line]:
    """Lines of the notes region in reading order, undoing a two-column layout page by page.

    A page whose note lines mostly carry a second note after a wide gap ("1  AI, p. 3.      12  JS1, para. 4.")
    is read as its left column, then its right column. Returns new Line objects (same offsets) numbered
    in that order.
    """
    pages: list[list[Line]] = [[]]
    for line in lines[first:last]:
        if line.kind in ("furniture", "page_number"):
            if pages[-1]:
                pages.append([])
            continue
        pages[-1].append(line)
    out: list[Line] = []
    for page in pages:
        content = [ln for ln in page if ln.kind in ("text", "marker")]
        cells = [(ln, m) for ln in content for m in [_RIGHT_CELL.search(ln.text)] if m]
        numbered = [ln for ln in content if re.match(r"^\s*\d{1,3}\s+\S", ln.text)]
        if len(cells) >= 2 and len(cells) >= len(numbered) // 2:
            cols = sorted(m.start(1) for _, m in cells)
            col = cols[len(cols) // 2]
            left: list[Line] = []
            right: list[Line] = []
            for ln in content:
                cut = _column_cut(ln.text, col)
                if cut is None:
                    left.append(Line(0, ln.start, ln.end, ln.text, ln.kind, ln.page))
                    continue
                if ln.text[:cut].strip():
                    left.append(Line(0, ln.start, ln.start + len(ln.text[:cut].rstrip()), ln.text[:cut].rstrip(), "text", ln.page))
                right.append(Line(0, ln.start + cut, ln.end, ln.text[cut:], "text", ln.page))
            out.extend(left + right)
        else:
            out.extend(Line(0, ln.start, ln.end, ln.text, ln.kind, ln.page) for ln in content)
    for i, ln in enumerate(out):
        ln.index = i
    return out


def _column_cut(text: str, col: int) -> int | None:
    """Where the right column starts on this line: a wide gap near ``col`` (None for a one-column line)."""
    best = None
    for m in re.finditer(r"\s{3,}", text):
        if abs(m.end() - col) <= 6 and m.end() < len(text):
            best = m.end()
    return best


def split_notes(lines: list[Line], first: int, last: int) -> list[RawNote]:
    """Split lines[first:last] into notes numbered in a rising sequence (columns read left, then right)."""
    lines = reading_order(lines, first, last)
    first, last = 0, len(lines)
    cands: list[_Candidate] = []
    for line in lines[first:last]:
        if line.kind not in ("text", "marker"):
            continue
        m = _LINE_START.match(line.text)
        if m:
            cands.append(_Candidate(int(m.group(1)), line.start + m.start(1), line.start + m.end(1), line.index, True, 1.0))
        for mm in _MID_START.finditer(line.text):
            if m and mm.start(1) == m.start(1):
                continue
            cands.append(
                _Candidate(int(mm.group(1)), line.start + mm.start(1), line.start + mm.end(1), line.index, False, 0.4)
            )
    chosen = choose_markers(cands, None, max_gap=40)
    notes: list[RawNote] = []
    by_line = {line.index: line for line in lines[first:last]}
    for k, mk in enumerate(chosen):
        nxt = chosen[k + 1] if k + 1 < len(chosen) else None
        last_idx = nxt.line if nxt else last - 1
        pieces: list[tuple[int, int]] = []
        for idx in range(mk.line, last_idx + 1):
            piece_line = by_line.get(idx)
            if piece_line is None or piece_line.kind not in ("text", "marker"):
                continue
            a = max(piece_line.start, mk.end) if idx == mk.line else piece_line.start
            b = nxt.start if (nxt is not None and idx == nxt.line) else piece_line.end
            if b > a:
                pieces.append((a, b))
        text_start = min((p[0] for p in pieces), default=mk.end)
        text_end = max((p[1] for p in pieces), default=mk.end)
        notes.append(RawNote(mk.number, pieces, text_start, text_end))
    return notes
