"""Joining lines into clean one-line text while keeping a map back to the verbatim offsets."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Sequence

from uprkit.layout.lines import Line
from uprkit.layout.markers import Marker

_HYPHEN_PREFIXES = {
    "self", "non", "anti", "co", "ex", "well", "long", "short", "pre", "post", "multi", "inter", "cross",
    "semi", "sub", "counter", "socio", "quasi", "pro", "e", "so", "high", "low", "full", "part", "open",
}


#: 0, 1, 2 …: slices of it fill an offsets array with a run of consecutive offsets by a memory copy, about a hundred
#: times faster than extending it from a ``range``. It grows to the largest offset asked for, up to _IOTA_CAP.
_iota: array[int] = array("q")
_IOTA_CAP = 1 << 22  # 32 MB; offsets past it are filled from a range


def _fill_run(offsets: array[int], start: int, n: int) -> None:
    """Append start, start + 1, … start + n - 1 to ``offsets``."""
    global _iota
    end = start + n
    iota = _iota  # this call's own reference: another thread may replace the module's run meanwhile
    if end > len(iota):
        if end > _IOTA_CAP:
            offsets.extend(range(start, end))
            return
        iota = array("q", range(min(_IOTA_CAP, max(end, 2 * len(iota), 1 << 16))))
        _iota = iota
    offsets.extend(iota[start:end])


class CleanText:
    """Clean text assembled from pieces of the verbatim text.

    ``offsets[i]`` is the verbatim offset of clean character ``i``; joining spaces point at the line break
    they replace. ``markers`` holds (clean offset, number) for each note marker dropped from the text.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets: array[int] = array("q")  # 8 bytes a character, not a Python int object each
        self.markers: list[tuple[int, int]] = []
        self._len = 0
        self._joined: tuple[int, str] | None = None  # (number of parts, text) when last joined

    @property
    def text(self) -> str:
        if self._joined is None or self._joined[0] != len(self.parts) or len(self._joined[1]) != self._len:
            self._joined = (len(self.parts), "".join(self.parts))
        return self._joined[1]

    def __len__(self) -> int:
        return self._len

    def append(self, s: str, verbatim_start: int) -> None:
        if not s:
            return
        self.parts.append(s)
        _fill_run(self.offsets, verbatim_start, len(s))
        self._len += len(s)

    def append_synthetic(self, s: str, verbatim_at: int) -> None:
        self.parts.append(s)
        self.offsets.extend(array("q", [verbatim_at]) * len(s))
        self._len += len(s)

    def extend(self, other: CleanText) -> None:
        """Append another clean text (its markers shift with it)."""
        base = self._len
        self.parts.extend(other.parts)
        self.offsets.extend(other.offsets)
        self._len += len(other)
        self.markers.extend((pos + base, num) for pos, num in other.markers)

    def last_word(self) -> str:
        """The text after its last whitespace, read from the last parts only (joining the whole text at every
        line-end hyphen was quadratic in the length of the text)."""
        tail: list[str] = []
        for part in reversed(self.parts):
            i = len(part)
            while i and not part[i - 1].isspace():
                i -= 1
            tail.append(part[i:])
            if i:
                break
        return "".join(reversed(tail))

    def last_char(self) -> str:
        for part in reversed(self.parts):
            if part:
                return part[-1]
        return ""

    def drop_last(self) -> None:
        """Remove the last character."""
        rest = self.parts[-1][:-1]
        self.offsets.pop()
        self._len -= 1
        if rest:
            self.parts[-1] = rest
        else:
            self.parts.pop()

    def drop_trailing_space(self) -> None:
        while self.parts and self.parts[-1].endswith(" "):
            self.drop_last()

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Verbatim (start, end) of clean range [a, b)."""
        if not self.offsets:
            return (0, 0)
        a = max(0, min(a, len(self.offsets) - 1))
        b = max(a + 1, min(b, len(self.offsets)))
        return self.offsets[a], self.offsets[b - 1] + 1


def build_clean(
    text: str,
    lines: Sequence[Line],
    markers_by_line: dict[int, list[Marker]],
    vocabulary: set[str] | None = None,
    first_line_from: int | None = None,
) -> CleanText:
    """Join content lines (skipping furniture, blank lines and marker lines) into one clean line.

    Marker digits are dropped and recorded; a line-final hyphen is kept for compounds (``self-mutilation``,
    ``PRI-Central Asia``) and dropped for a soft break where the joined word is attested in the document.
    ``first_line_from`` starts the first line at that verbatim offset (text after a paragraph number).
    """
    out = CleanText()
    first = True
    for line in lines:
        if line.kind == "marker":
            for mk in markers_by_line.get(line.index, []):
                out.drop_trailing_space()
                out.markers.append((len(out), mk.number))
            continue
        if line.kind != "text":
            continue
        start = line.start
        if first and first_line_from is not None and line.start <= first_line_from <= line.end:
            start = first_line_from
        segment_markers = [mk for mk in markers_by_line.get(line.index, []) if mk.start >= start]
        pieces = _cut(text, start, line.end, segment_markers)
        # leading whitespace of the line
        lead = len(text[start:line.end]) - len(text[start:line.end].lstrip())
        joined = False  # the line goes on the word the line before broke: no space from its indent
        if not first and len(out):
            prev = out.last_char()
            first_char = text[start + lead : start + lead + 1]
            if prev == "\u00ad":
                out.drop_last()
                joined = True
            elif prev == "-" and _keep_hyphen(last_word := out.last_word(), text, start + lead, vocabulary):
                joined = re.search(r"\w-$", last_word) is not None  # not a spaced dash or a "-" bullet
            elif prev == "-":
                out.drop_last()
                joined = True
            elif prev in ("/",) or first_char in (",", ".", ";", ":", ")"):
                pass
            elif prev == "–" and first_char.isdigit() and re.search(r"\d–$", out.last_word()):
                joined = True  # "2024–" / "2028": a range of figures broken at its dash, read "2024–2028"
            elif prev != " ":
                out.append_synthetic(" ", line.start - 1 if line.start > 0 else 0)
        first = False
        for kind, a, b, number in pieces:
            if kind == "text":
                seg = text[a:b]
                if not len(out) or joined:
                    joined = False
                    stripped = seg.lstrip()
                    a += len(seg) - len(stripped)
                    seg = stripped
                _append_collapsed(out, seg, a)
            else:
                out.markers.append((len(out), number))
        out.drop_trailing_space()
    out.drop_trailing_space()
    return out


def _cut(text: str, start: int, end: int, markers: Iterable[Marker]) -> list[tuple[str, int, int, int]]:
    pieces: list[tuple[str, int, int, int]] = []
    pos = start
    for mk in sorted(markers, key=lambda m: m.start):
        if mk.start < pos or mk.end > end:
            continue
        pieces.append(("text", pos, mk.start, 0))
        pieces.append(("marker", mk.start, mk.end, mk.number))
        pos = mk.end
    pieces.append(("text", pos, end, 0))
    return pieces


def _append_collapsed(out: CleanText, seg: str, verbatim_start: int) -> None:
    """Append ``seg`` collapsing runs of whitespace to one space (offsets stay exact)."""
    pos = 0
    for m in _IRREGULAR_SPACE.finditer(seg):
        if m.start() > pos:
            _append_plain(out, seg[pos : m.start()], verbatim_start + pos)
        if len(out) and out.last_char() != " ":
            out.append_synthetic(" ", verbatim_start + m.start())
        pos = m.end()
    if pos < len(seg):
        _append_plain(out, seg[pos:], verbatim_start + pos)


def _append_plain(out: CleanText, piece: str, verbatim_start: int) -> None:
    """Append text whose whitespace is single spaces (a leading space is dropped after a space)."""
    if piece.startswith(" ") and (not len(out) or out.last_char() == " "):
        piece, verbatim_start = piece[1:], verbatim_start + 1
    if piece:
        out.append(piece, verbatim_start)


_IRREGULAR_SPACE = re.compile(r"\s{2,}|[^\S ]")


def _keep_hyphen(sofar: str, text: str, next_start: int, vocabulary: set[str] | None) -> bool:
    head_m = re.search(r"([\w’']+)-$", sofar)
    tail_m = re.match(r"[\w’']+", text[next_start : next_start + 60])
    if not head_m or not tail_m:
        return True
    head, tail = head_m.group(1), tail_m.group(0)
    if tail[:1].isupper() or tail[:1].isdigit() or head.isupper() or head[:1].isdigit():
        return True
    if head.lower() in _HYPHEN_PREFIXES:
        return True
    if vocabulary is None:
        return True
    joined = (head + tail).lower()
    hyphenated = f"{head}-{tail}".lower()
    return not (joined in vocabulary and hyphenated not in vocabulary)


_WORD = re.compile(r"[\w’']+(?:-[\w’']+)*")


def document_vocabulary(text: str) -> set[str]:
    """Lower-cased words and hyphenated compounds that occur on one line somewhere in the text."""
    return {w.lower() for w in set(_WORD.findall(text))}  # each distinct word lower-cased once
