"""The offset invariant: every derived object points back at the stretch of verbatim text it came from.

Objects whose ``text`` is verbatim (``uprkit.model.Span``, the readers' ``SourceNote`` and ``NoteMarker``) must
satisfy ``doc.text[start:end] == text`` exactly. Paragraphs, headings, statements, endnotes and the introduction
carry a *clean* text (markers dropped, page furniture skipped, lines joined, hyphenation undone), so for them the
verbatim slice must contain the same words in the same order, give or take page furniture. The hypothesis test
checks the clean-text builder itself: each clean character maps to the identical source character.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import DATA, EXCERPTS, KAZ_NAME, parse_cached
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from uprkit.layout.clean import build_clean, document_vocabulary
from uprkit.layout.lines import split_lines
from uprkit.layout.markers import Marker
from uprkit.model import Document, NoteMarker, ParsedReport, SourceNote, Span
from uprkit.read import read_document

#: Real documents: the Kazakhstan summary, the excerpts, and the reader fixtures in other formats.
DOCUMENTS = [KAZ_NAME, *EXCERPTS, "kaz3_excerpt.pdf", "kaz3_endnotes.docx", "kaz3_footnotes.docx", "kaz3_footnotes.html"]

#: Most words of page furniture a span may cross (a footer note, job number and running header).
MAX_FURNITURE_WORDS = 30


def _words(s: str) -> list[str]:
    """Lower-cased runs of letters: digits (endnote markers, paragraph numbers) and punctuation are ignored."""
    return re.findall(r"[^\W\d_]+", s.lower())


def _match_in_order(needle: list[str], hay: list[str]) -> int | None:
    """Match ``needle`` as a subsequence of ``hay``, letting one word match two adjacent ones (a word
    hyphenated across a line break: "interna-" + "tional"). Returns the number of unmatched hay words."""
    j = 0
    for w in needle:
        while j < len(hay):
            if hay[j] == w:
                j += 1
                break
            if j + 1 < len(hay) and hay[j] + hay[j + 1] == w:
                j += 2
                break
            j += 1
        else:
            return None
    return len(hay) - len(needle)


def _spans(obj: object, where: str = "report") -> Iterator[tuple[str, BaseModel]]:
    """Every model object in the tree that carries ``start`` and ``end`` offsets."""
    if isinstance(obj, BaseModel):
        if isinstance(getattr(obj, "start", None), int) and isinstance(getattr(obj, "end", None), int):
            yield where, obj
        for name in type(obj).model_fields:
            yield from _spans(getattr(obj, name), f"{where}.{name}")
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from _spans(item, f"{where}[{i}]")


@pytest.fixture(scope="module", params=DOCUMENTS)
def document(request: pytest.FixtureRequest) -> tuple[Document, ParsedReport]:
    path = DATA / request.param
    return read_document(path), parse_cached(path)


def test_parse_offsets_every_span_is_in_range(document: tuple[Document, ParsedReport]) -> None:
    doc, report = document
    spans = list(_spans(report))
    assert len(spans) > len(report.paragraphs)
    for where, obj in spans:
        assert 0 <= obj.start <= obj.end <= len(doc.text), (where, obj.start, obj.end)  # type: ignore[attr-defined]


def test_parse_offsets_verbatim_spans_are_exact(document: tuple[Document, ParsedReport]) -> None:
    doc, report = document
    for where, obj in _spans(report):
        if isinstance(obj, Span):
            assert doc.text[obj.start : obj.end] == obj.text, where
    for note in doc.notes:
        assert isinstance(note, SourceNote)
        assert doc.text[note.start : note.end] == note.text, note.number
    for marker in doc.note_markers:
        assert isinstance(marker, NoteMarker)
        assert doc.text[marker.start : marker.end] == str(marker.number)


def test_parse_offsets_slice_holds_the_clean_words(document: tuple[Document, ParsedReport]) -> None:
    doc, report = document
    checked = 0
    for where, obj in _spans(report):
        text = getattr(obj, "text", None)
        if not isinstance(text, str) or isinstance(obj, Span):
            continue
        clean, verbatim = _words(text), _words(doc.text[obj.start : obj.end])  # type: ignore[attr-defined]
        if not clean:
            continue
        # the loose check the issue asks for: first and last three words, in order
        assert _match_in_order(clean[:3], verbatim) is not None, (where, clean[:3], verbatim[:12])
        assert _match_in_order(clean[-3:], verbatim) is not None, (where, clean[-3:], verbatim[-12:])
        # and the meaningful one: all the words in order, with nothing but some page furniture in between
        extra = _match_in_order(clean, verbatim)
        assert extra is not None, (where, text[:80])
        assert extra <= MAX_FURNITURE_WORDS, (where, extra, doc.text[obj.start : obj.end][:200])  # type: ignore[attr-defined]
        checked += 1
    assert checked >= len(report.paragraphs)


def test_parse_offsets_statements_tile_their_paragraph(document: tuple[Document, ParsedReport]) -> None:
    _, report = document
    previous_end = 0
    for p in report.paragraphs:
        assert p.start >= previous_end, p.number
        previous_end = p.end
        position = p.start
        for s in p.statements:
            assert p.start <= s.start <= s.end <= p.end, (p.number, s.text[:40])
            assert s.start >= position, (p.number, s.text[:40])
            position = s.end
        # the statements' clean texts, joined, are the paragraph's clean text
        assert " ".join(s.text for s in p.statements) == p.text, p.number


def test_parse_offsets_headings_precede_their_paragraphs(document: tuple[Document, ParsedReport]) -> None:
    _, report = document
    starts = [h.start for h in report.headings]
    assert starts == sorted(starts)
    for p in report.paragraphs:
        if not p.headings:
            continue
        owners = [h for h in report.headings if h.path == p.headings and h.end <= p.start]
        assert owners, p.number


def test_parse_offsets_page_of_kaz_paragraphs() -> None:
    """Pages come from the document's own "Page N" headers (the text starts on page 1)."""
    report = parse_cached(DATA / KAZ_NAME)
    pages = {p.number: p.page for p in report.paragraphs}
    assert pages[1] == 1
    assert pages[53] == 11


# ----------------------------------------------------------------------------------------- clean text

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüçÀ’'0123456789", min_size=1, max_size=9)
_PUNCT = st.sampled_from(["", "", "", ",", ".", ";", ":", ")", "-", "/"])


@dataclass
class _LineSpec:
    kind: str  # text | blank | furniture | marker (a note number alone on its line)
    indent: int
    words: list[str]
    gaps: list[str]
    glued: list[bool]  # a note marker glued to the end of this word
    end: str  # "" or a line-final hyphen or soft hyphen
    trail: str
    newline: str


@st.composite
def _line_specs(draw: st.DrawFn) -> list[_LineSpec]:
    specs: list[_LineSpec] = []
    for _ in range(draw(st.integers(1, 8))):
        words = [w + draw(_PUNCT) for w in draw(st.lists(_WORD, min_size=1, max_size=7))]
        specs.append(
            _LineSpec(
                kind=draw(st.sampled_from(["text", "text", "text", "text", "blank", "furniture", "marker"])),
                indent=draw(st.integers(0, 12)),
                words=words,
                gaps=[" " * draw(st.integers(1, 3)) for _ in words],
                glued=[draw(st.integers(0, 4)) == 0 for _ in words],
                end=draw(st.sampled_from(["", "", "-", "\u00ad"])),
                trail=" " * draw(st.integers(0, 2)),
                newline=draw(st.sampled_from(["\n", "\n", "\r\n", "\f"])),
            )
        )
    return specs


def _compose(specs: list[_LineSpec]) -> tuple[str, list[tuple[int, int, int]]]:
    """The verbatim text, and the (start, end, number) of each note marker in it (numbered 1, 2, 3 ...)."""
    text = ""
    markers: list[tuple[int, int, int]] = []
    for spec in specs:
        line = " " * spec.indent
        if spec.kind == "marker":
            digits = str(len(markers) + 1)
            markers.append((len(text) + len(line), len(text) + len(line) + len(digits), len(markers) + 1))
            line += digits
        elif spec.kind != "blank":
            for i, word in enumerate(spec.words):
                line += word
                if spec.glued[i] and spec.kind == "text" and not word[-1].isdigit():
                    digits = str(len(markers) + 1)
                    markers.append((len(text) + len(line), len(text) + len(line) + len(digits), len(markers) + 1))
                    line += digits
                if i < len(spec.words) - 1:
                    line += spec.gaps[i]
            line += spec.end + spec.trail
        text += line + spec.newline
    return text, markers


@settings(max_examples=300, deadline=None)
@given(_line_specs(), st.booleans())
def test_parse_offsets_clean_text_maps_to_identical_source_characters(
    specs: list[_LineSpec], use_vocabulary: bool
) -> None:
    text, marker_spans = _compose(specs)
    lines = split_lines(text)
    assert len(lines) == len(specs) + 1  # one line per spec, and the empty rest after the last break
    for line, spec in zip(lines, specs, strict=False):
        if spec.kind in ("furniture", "marker"):
            line.kind = spec.kind
    by_line: dict[int, list[Marker]] = {}
    for start, end, number in marker_spans:
        line = next(ln for ln in lines if ln.start <= start and end <= ln.end)
        by_line.setdefault(line.index, []).append(Marker(number, start, end, line.index, line.kind == "marker"))
    clean = build_clean(text, lines, by_line, document_vocabulary(text) if use_vocabulary else None)

    assert len(clean.offsets) == len(clean.text) == len(clean)
    assert "\n" not in clean.text and "  " not in clean.text
    assert clean.text == clean.text.strip()
    in_marker = {i for s, e, _ in marker_spans for i in range(s, e)}
    content = {i for ln in lines if ln.kind == "text" for i in range(ln.start, ln.end)} - in_marker
    for i, ch in enumerate(clean.text):
        source = text[clean.offsets[i]]
        if ch == " ":
            assert source.isspace(), (i, repr(source))  # a join space stands on the break or run it replaces
        else:
            assert source == ch, (i, ch, source)
            assert clean.offsets[i] in content  # never from furniture, blank or marker lines, nor marker digits
    assert list(clean.offsets) == sorted(set(clean.offsets))

    # nothing lost: every content character is kept, but for whitespace and hyphens dropped at line ends
    kept = "".join(text[i] for i in sorted(content) if not text[i].isspace())
    assert re.sub("[ \u00ad-]", "", clean.text) == re.sub("[\u00ad-]", "", kept)

    # the dropped markers are recorded in order, at clean positions
    assert [n for _, n in clean.markers] == [n for _, _, n in marker_spans]
    assert all(0 <= pos <= len(clean) for pos, _ in clean.markers)

    # span() of a clean range runs from the verbatim offset of its first character to just after its last
    for a in range(len(clean)):
        for b in (a + 1, len(clean)):
            assert clean.span(a, b) == (clean.offsets[a], clean.offsets[b - 1] + 1)


def test_parse_offsets_clean_text_of_a_real_paragraph(kaz_path: Path) -> None:
    """A concrete case of the property: paragraph 1 of the KAZ summary, with markers on lines of their own."""
    report = parse_cached(kaz_path)
    doc = read_document(kaz_path)
    p = report.paragraph(1)
    assert p.text.startswith("Joint Submission (JS)1 recommended the ratification of ICCPR–OP 2. JS3 urged")
    assert doc.text[p.start : p.start + 3] == "1. "
    assert p.statements[1].text == "JS3 urged Kazakhstan to ratify the CRPD and OP-CRPD at the earliest opportunity."
    verbatim = doc.text[p.statements[1].start : p.statements[1].end]
    assert re.sub(r"\s+", " ", verbatim) == p.statements[1].text
