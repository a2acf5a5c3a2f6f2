"""The parser's fast paths give exactly what the plain code they replace gave.

Parsing the 262 Working Group reports took 25.8 s on two processes against the 20 s target (issue 3); profiling
found work that grew with the square of a line's length (each marker candidate read the whole line before it,
each line-end hyphen joined the whole clean text) and per-character Python loops. Each replacement is checked
here against the plain definition, on generated input.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from uprkit.layout import clean, markers
from uprkit.layout.clean import CleanText, build_clean
from uprkit.layout.lines import split_lines
from uprkit.read import text as read_text

_PIECES = ["JS", "No.", "129.", "1", "12", "2018.", "(", ")", ";", ",", " ", "  ", "\t", "\u00a0", "Ratify", "a",
           "word", "-", "’", "ée", "x\u00adz", "(JS)", "para.", "A", "B.",
           " " * 50]
_LINES = st.tuples(st.sampled_from(["", " " * 50]), st.lists(st.sampled_from(_PIECES), max_size=60)).map(
    lambda t: t[0] + "".join(t[1])
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab- \t\u00a0\n", max_size=8), max_size=6))
def test_fast_last_word_is_the_text_after_the_last_whitespace(parts: list[str]) -> None:
    out = CleanText()
    out.parts.extend(parts)
    expected = re.search(r"\S*\Z", "".join(parts))
    assert expected is not None
    assert out.last_word() == expected.group()


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_fast_marker_weights_read_only_the_end_of_a_long_line(line: str) -> None:
    """A candidate's checks read the 48 characters before it; with the whole line they give the same weight."""
    windowed = [markers._glued_weight(line, m) for m in markers._GLUED.finditer(line)]
    saved = markers._LOOK_BACK
    markers._LOOK_BACK = 10**9
    try:
        whole = [markers._glued_weight(line, m) for m in markers._GLUED.finditer(line)]
    finally:
        markers._LOOK_BACK = saved
    assert windowed == whole


def test_fast_marker_weights_keep_the_start_of_the_line_apart() -> None:
    """"^" in the checks still means the start of the line, not the start of the 48 characters read:
    "129." after a run of spaces numbers an item only where the spaces start the line."""
    at_start = " " * 60 + "129.1 Ratify"
    inside = "Foo" + " " * 60 + "129.1 Ratify"
    weight = [markers._glued_weight(s, m) for s in (at_start, inside) for m in markers._GLUED.finditer(s)]
    assert weight == [None, 0.6]


_OLD_INSIDE_WORD = re.compile(r"(?<=[a-z])[^\x00-\x7f](?=[a-z])")


def _old_garble(text: str) -> int:
    return sum(1 for m in _OLD_INSIDE_WORD.finditer(text) if (m.group().isalpha() and m.group().isupper()) or (
        not m.group().isalpha() and m.group() not in "’‘'"
    ))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abzAZ ’‘'ŐéÉ§•\u00a0.", max_size=40))
def test_fast_garble_count_is_the_look_behind_count(text: str) -> None:
    assert read_text._garble(text) == _old_garble(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_fast_byte_counts_are_the_per_byte_counts(data: bytes) -> None:
    controls = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    high = sum(1 for b in data if b >= 0x80)
    assert len(data) - len(data.translate(None, read_text._CONTROL_BYTES)) == controls
    assert len(data) - len(data.translate(None, read_text._HIGH_BYTES)) == high


@settings(max_examples=100, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=8), st.integers(min_value=0, max_value=3))
def test_fast_offsets_past_the_shared_run_are_the_same(lines: list[str], skip: int) -> None:
    """Offsets filled from the shared run 0, 1, 2 … equal offsets filled from a range (used past its cap)."""
    text = "\n" * skip + "\n".join(lines)
    doc_lines = split_lines(text)
    fast = build_clean(text, doc_lines, {})
    saved = clean._IOTA_CAP
    clean._IOTA_CAP = 0
    try:
        plain = build_clean(text, doc_lines, {})
    finally:
        clean._IOTA_CAP = saved
    assert fast.text == plain.text
    assert fast.offsets == plain.offsets
