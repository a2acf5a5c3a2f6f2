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


def split_notes(lines: list[Line], first: int, last: int) -> list[RawNote]:
    """Split lines[first:last] into notes numbered in a rising sequence."""
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
    chosen = choose_markers(cands, None, max_gap=6)
    notes: list[RawNote] = []
    by_line = {line.index: line for line in lines[first:last]}
    for k, mk in enumerate(chosen):
        nxt = chosen[k + 1] if k + 1 < len(chosen) else None
        end_offset = nxt.start if nxt else (lines[last - 1].end if last > first else mk.end)
        pieces: list[tuple[int, int]] = []
        for idx in range(mk.line, (nxt.line if nxt else last - 1) + 1):
            piece_line = by_line.get(idx)
            if piece_line is None or piece_line.kind not in ("text", "marker"):
                continue
            a = max(piece_line.start, mk.end) if idx == mk.line else piece_line.start
            b = min(piece_line.end, end_offset)
            if b > a:
                pieces.append((a, b))
        text_start = pieces[0][0] if pieces else mk.end
        text_end = pieces[-1][1] if pieces else mk.end
        notes.append(RawNote(mk.number, pieces, text_start, text_end))
    return notes
