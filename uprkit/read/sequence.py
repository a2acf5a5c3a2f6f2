"""Which raised figures of a document are its note references: those that number its notes in order."""

from __future__ import annotations

import re

from uprkit.model import NoteMarker

__all__ = ["UNIT", "in_sequence", "note_references"]

#: A unit whose power a raised figure gives ("km²", "m³"), just before the figure: no note reference.
UNIT = re.compile(r"(?<![A-Za-z])(?i:[kcmd]?m|sqm|ft|mi|in)$")


def in_sequence(numbers: list[int]) -> list[bool]:
    """Which of the raised figures, in reading order, number the notes: the rising sequence that best goes 1, 2,
    3 … (each step costs half a point for every number it skips, the first 0.6 a number, at most two), as a note
    reference does. An exponent out of turn ("some 10³ households" between notes 14 and 15) is left in the text."""
    best: list[float] = []
    back: list[int] = []
    for i, n in enumerate(numbers):
        score, came = 1 - min(0.6 * (n - 1), 2.0), -1  # (an excerpt's notes may start anywhere)
        for j in range(i):  # the first of equals: a note's reference before a power of the same figure
            if numbers[j] < n and (s := best[j] + 1 - 0.5 * (n - numbers[j] - 1)) > score:
                score, came = s, j
        best.append(score)
        back.append(came)
    keep = [False] * len(numbers)
    i = max(range(len(numbers)), key=lambda k: (best[k], k)) if numbers else -1
    if i >= 0 and best[i] > 0:
        while i >= 0:
            keep[i] = True
            i = back[i]
    return keep


def note_references(raised: list[NoteMarker], text: str) -> list[NoteMarker]:
    """The raised figures a reader found (a PDF's, or typed and set superscript in a Word file or a web page) that
    are the document's note references: not a unit's power (:data:`UNIT` in the four characters before it,
    "250 km²"), and in the rising sequence the notes number (:func:`in_sequence`)."""
    candidates = [m for m in raised if not UNIT.search(text, max(0, m.start - 4), m.start)]
    return [m for m, kept in zip(candidates, in_sequence([m.number for m in candidates]), strict=True) if kept]
