"""The lines of a submission that are not its running text: footnotes at a page's foot (and their remainder
carried over to the next page), endnotes at the end, running headers and footers and page numbers; and how a
sentence reads on over a page break they interrupt.
"""

from __future__ import annotations

import re
from functools import lru_cache

from uprkit.summarize.email import email_lines
from uprkit.summarize.heading_lines import LABELLED_HEADING, is_heading_line
from uprkit.summarize.marks import (
    BULLET,
    DANGLING,
    GLUED_MARKER,
    GLUED_ROMAN,
    GOES_ON,
    PARA_NUMBER,
    ROMAN,
    SENTENCE_STOPS,
    SPACED_MARKER,
    TRAILING_MARKER,
    ends_sentence,
    is_abbreviation,
    last_char,
    last_word,
    line_spans,
)

#: The same at a line's end, as a marker a page's footnote may carry: "… it supported 294 and noted 78.1" / " Egypt
#: supported …" with "1 A/HRC/43/16 and A/HRC/43/16/Add.1." at the foot of the page.
_LINE_END_FIGURE_MARKER = re.compile(r"(?m)(?<=\s\d\d\.)(\d{1,2})[ \t]*$")
#: A footnote's first line ("1 Human Rights Watch, World Report …", "13 2019 Annual Report of the Ombudsman, p.
#: 45."): its number, then a space, or glued to a capitalised word as LibreOffice prints a note without a tab
#: ("7HTLRC field mapping, December 2022", "4Ministry of …"): a note only where its number is a marker in the
#: page's text above, and a glued one only among the page's notes (see :func:`_page_notes`).
_NOTE_LINE = re.compile(r"^[ \t]*(\d{1,3})(?:[ \t]+(?=[A-Z“\"‘'(\d])|(?=[A-Z][a-z/]|[A-Z]{2}|[“\"‘(]))")
_NOTES_ABOVE = re.compile(r"^(?:(?:end|foot)?notes|references|sources|_{3,}|-{3,})$", re.I)
_DOTTED_PARAGRAPH = re.compile(r"^[ \t]*\(?\d{1,3}(?:\.\d{1,3})*[.)][ \t]+\S")  # "12. …", "(3) …", "2.1 …"
# the first word of a footnote's remainder carried over to the next page: lower case or a web address
_CARRIED_OVER = re.compile(r"^[ \t]*(?:[a-z]|https?:|www\.)")


def _page_notes(
    text: str, spans: list[tuple[int, int]], ks: list[int], *, goes_on: bool = False, reads_on: bool = False
) -> int | None:
    """The position (in ``ks``) of the page's first footnote line, or None. ``goes_on``: the next page's text
    starts in lower case, so the page's running text breaks off mid-sentence above its notes; ``reads_on``: it
    starts with running text (no numbered paragraph, item or heading), which a sentence may go on with."""
    page_start = spans[ks[0]][0]
    lines = [text[spans[k][0] : spans[k][1]] for k in ks]
    for idx, line in enumerate(lines):
        m = _NOTE_LINE.match(line)
        # the note's number must be a marker in the text above it ("4 Defamation remains … offence.4" is the
        # paragraph that carries marker 4, not note 4)
        markers = {g.group(1) for rx in (GLUED_MARKER, _LINE_END_FIGURE_MARKER)
                   for g in rx.finditer(text, page_start, spans[ks[idx]][0])} if m else set()
        if m and "\f" in text:  # a PDF's marker with a space before it ("… Coast regions. 3 Few of" / "3 KNCHR, …")
            markers |= {g.group(1) for g in _spaced_candidates(text, page_start, spans[ks[idx]][0])}
        if m is None or m.group(1) not in markers:
            continue
        if any((f := _NOTE_LINE.match(x)) is not None and f.group(1) == m.group(1) for x in lines[idx + 1 :]):
            continue  # "1 Rejoin the Istanbul Convention …" over "1 Official Gazette …": a numbered row, not note 1
        if line[m.end(1) : m.end(1) + 1] not in (" ", "\t") and not _is_last_notes(lines[idx:]):
            continue  # "1MDB funds worth …" in the running text: a note glued to its number only among notes
        if line[m.end()].isdigit():
            # "13 2019 Annual Report …" is a note only where note 14 follows it and every number below is a
            # marker above ("3 300 people were detained" is a paragraph numbered without a dot)
            following = [f.group(1) for f in (_NOTE_LINE.match(x) for x in lines[idx + 1 :]) if f]
            if str(int(m.group(1)) + 1) not in following or not set(following) <= markers:
                continue
        above, *before = [x.strip() for x in reversed(lines[:idx]) if x.strip()][:2] or [""]
        # a cover's contact line ends no sentence but ends its text: "… coordinator – ecrc.coordination@gmail.com",
        # its address maybe broken at a hyphen ("… – info@mhg-" / "observatory.org")
        address = before[0] + above if before and before[0].endswith("-") else above
        ended = last_char(above, 0, len(above)) in SENTENCE_STOPS or bool(
            re.search(r"[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+$|\bwww\.\S+$|https?://\S+$", address)
        ) or LABELLED_HEADING.match(above) is not None  # "IV. Children deprived of their liberty" / "2 Draft …"
        # the running text breaks off mid-sentence above the page's notes: the next page goes on in lower case, or
        # the line above ends with a word no sentence ends with ("… adopt and implement the" / "1 Centre for
        # Justice …, Petition No. 1 of 2016 …" / (page) / "National Action Plan on Business …")
        broken_off = goes_on or (reads_on and last_word(above, 0, len(above)) in DANGLING)
        if not ended and not _NOTES_ABOVE.match(above) and not (broken_off and _is_last_notes(lines[idx:])):
            continue  # "… people were affected\n2 million of them …": a wrapped line, not a note
        if not any(_DOTTED_PARAGRAPH.match(x) for x in lines[idx:]):
            return idx
    return None


def note_number(line: str) -> str | None:
    """The number a footnote's first line opens with ("3 UNICEF, Multiple Indicator Cluster Survey, 2019."), or
    None (see :data:`_NOTE_LINE`)."""
    m = _NOTE_LINE.match(line)
    return m.group(1) if m else None


def _spaced_candidates(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The figures of ``text[start:end]`` that may be footnote markers with a space before them (SPACED_MARKER), a
    full stop of an abbreviation aside ("No. 5", "p. 3", "Sept. 3")."""
    out = []
    for g in SPACED_MARKER.finditer(text, start, end):
        stop = g.start() - 1
        word = re.search(r"([\w.]+)$", text[max(start, stop - 20) : stop])
        if text[stop] == "." and is_abbreviation((word.group(1) if word else "").lower()):
            continue
        out.append(g)
    return out


@lru_cache(maxsize=64)
def spaced_markers(text: str) -> frozenset[int]:
    """Where the footnote markers with a space before them are (the offset of each one's figure): a candidate
    (:func:`_spaced_candidates`) whose number is that of a note at the foot of its page, and no other marker or
    candidate of the page has ("… Coast regions. 3 Few of these cases …" over "3 KNCHR, Case Register …"), and
    whose number follows a note of a page so far (or is 1). The figure of "In 2018, 3 people died" stays where no
    note 3 stands below it, or where "… in 2018.3" carries it; so does the date of "… selected states, 30 June
    2023." over a note's remainder "30 June 2023." that no note 29 comes before. Only in a text of pages (a PDF's):
    a text without them (Word's, a web page's) glues its markers, and its notes at the end, a hundred maybe, are no
    page's ("… received 10,438 complaints, 14 per cent more …" is no marker 14)."""
    if "\f" not in text:
        return frozenset()
    spans = list(line_spans(text))
    left_out = left_out_indexes(text)
    out: set[int] = set()
    seen = {"0"}  # the numbers of the notes so far
    for ks in _pages(text, spans):
        notes = {n for k in ks if k in left_out and (n := note_number(text[spans[k][0] : spans[k][1]]))}
        seen |= notes
        if not notes:
            continue
        body = [spans[k] for k in ks if k not in left_out]
        glued = [g.group(1) for a, b in body for rx in (GLUED_MARKER, _LINE_END_FIGURE_MARKER) for g in rx.finditer(text, a, b)]
        candidates = [g for a, b in body for g in _spaced_candidates(text, a, b)]
        numbers = glued + [g.group(1) for g in candidates]
        out.update(g.start(1) for g in candidates
                   if g.group(1) in notes and numbers.count(g.group(1)) == 1 and str(int(g.group(1)) - 1) in seen)
    return frozenset(out)


def _column_notes(text: str, spans: list[tuple[int, int]], ks: list[int]) -> set[int]:
    """Positions (in ``ks``) of the notes printed at the foot of a column, which PDFium reads between the
    column's last line and the next column's first (LibreOffice and Word put a note under the column its marker
    is in). A run of notes numbered on by one from a marker of the page's text above, the last of them the last
    marker above, each note ending a sentence, with the running text going on below them: in lower case where
    the line above them breaks off mid-sentence ("… reinstate the co-mayors removed from" / "1 MHG, database …"
    / "office without a final conviction."), or with the next numbered paragraph or a lettered heading where it
    ends one ("… on 4 June 2024.6" / "5 Diyarbakır Governorate, …" / "10. MHG recommends …")."""
    page_start = spans[ks[0]][0]
    lines = [text[spans[k][0] : spans[k][1]] for k in ks]
    out: set[int] = set()
    noted: set[int] = set()  # the numbers of the notes of the columns before
    page_end = spans[ks[-1]][1]
    marks = sorted((g.start(1), int(g.group(1))) for rx in (GLUED_MARKER, _LINE_END_FIGURE_MARKER)
                   for g in rx.finditer(text, page_start, page_end))
    paragraphs = [(spans[k][0], int(p.group(1))) for k, line in zip(ks, lines, strict=True)
                  if (p := re.match(r"[ \t]*(\d{1,3})\.[ \t]+\S", line))]
    idx = 0
    while idx < len(lines):
        if _NOTE_LINE.match(lines[idx]) is None:
            idx += 1
            continue
        at = spans[ks[idx]][0]
        markers = {number for pos, number in marks if pos < at}
        last_paragraph = next((number for pos, number in reversed(paragraphs) if pos < at), None)
        run = _column_note_run(lines, idx, markers - noted, last_paragraph)
        if run:
            out.update(range(idx, run))
            noted = markers
            idx = run
        else:
            idx += 1
    return out


def _column_note_run(lines: list[str], idx: int, markers: set[int], last_paragraph: int | None) -> int | None:
    """Where the running text goes on after a run of column notes starting at ``lines[idx]`` (see
    :func:`_column_notes`), or None where no such run starts there. ``markers``: the note markers of the text
    above whose notes are still to come, all of which the run must hold; ``last_paragraph``: the number of the
    last paragraph above numbered "12."."""
    m = _NOTE_LINE.match(lines[idx])
    if m is None or not markers or int(m.group(1)) != min(markers):
        return None
    above = next((x.strip() for x in reversed(lines[:idx]) if x.strip()), "")
    if not above or above.endswith(":"):
        return None
    cut = not ends_sentence(above)  # the column breaks off mid-sentence
    next_paragraph = f"{last_paragraph + 1}." if last_paragraph is not None else None
    expected = int(m.group(1)) + 1
    previous = lines[idx]
    for j in range(idx + 1, len(lines)):
        line = lines[j].strip()
        if not line:
            continue
        f = _NOTE_LINE.match(lines[j])
        if f is not None and int(f.group(1)) == expected and expected in markers:
            expected += 1
        elif ends_sentence(previous):  # a note ends on the line above: the running text may go on here
            goes_on = GOES_ON.match(line) is not None if cut else (
                LABELLED_HEADING.match(line) is not None
                or (next_paragraph is not None and line.startswith(next_paragraph + " "))
            )
            # a line after a note's end that neither starts a note nor goes on with the running text: no run of
            # notes (a note's second sentence on a line of its own is not told from a paragraph's)
            return j if goes_on and expected - 1 == max(markers) else None
        previous = line  # a note's line, or its wrapped rest ("… press statement of" / "5 June 2024.")
    return None


def _is_last_notes(lines: list[str]) -> bool:
    """``lines`` (to the page's end) are all notes: each line a numbered note or the wrapped rest of one, the
    numbers counting up by one (the notes of a page whose running text goes on over the page)."""
    numbers = [int(m.group(1)) for line in lines if (m := _NOTE_LINE.match(line))]
    return bool(numbers) and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _carried_over(text: str, spans: list[tuple[int, int]], ks: list[int], end: int) -> list[int]:
    """The lines just above position ``end`` of a page (its first footnote, or its end) that finish the previous
    page's last footnote: a run that starts in lower case (or with a web address) right after a line ending a
    sentence. LibreOffice and Word print a footnote's remainder at the foot of the next page, above its own notes."""
    run: list[int] = []
    for k in reversed(ks[:end]):
        line = text[spans[k][0] : spans[k][1]]
        if not line.strip():
            if run:
                break
            continue
        if run and ends_sentence(line):
            return run if _CARRIED_OVER.match(text[spans[run[-1]][0] : spans[run[-1]][1]]) else []
        if PARA_NUMBER.match(line) or BULLET.match(line):
            return []
        if GLUED_MARKER.search(line) or GLUED_ROMAN.search(line):
            return []  # "… into the deaths.2": running text carries markers, a note's remainder does not
        run.append(k)
    return []


_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}
# an endnote at the end of a document: "1. Human Rights Watch …", "iv Ibid.", "iv. Ibid."
_END_NOTE = re.compile(
    rf"^[ \t]*(?:(?P<arabic>\d{{1,3}})[.)]|\[(?P<bracket>\d{{1,3}})\]|\[(?P<broman>{ROMAN})\]|(?P<roman>{ROMAN})[.)]?)[ \t]+(?=\S)"
)
#: A note's marker in brackets in the text, as Word's plain-text export writes it ("… by 2011.[2]"), or in Roman
#: numerals ("… Penang.[i]").
_BRACKET_MARKER = re.compile(r"(?<=\S)\[(\d{1,3})\]")
_BRACKET_ROMAN = re.compile(rf"(?<=\S)\[({ROMAN})\]")


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if v < w else v for v, w in zip(values, values[1:] + [0], strict=True))


def _end_notes(text: str, spans: list[tuple[int, int]], taken: set[int]) -> set[int]:
    """Indexes of the endnotes a document ends with, written in a way :func:`_page_notes` does not read: numbered
    "1.", "2." …, "[1]", "[2]" … (Word's plain-text export) or "i", "ii" … (Word's default for endnotes). They are the run of numbered lines (and the lines
    wrapped under them) that counts 1, 2, 3 … to the end of the text, and they are taken as notes when a
    "Notes" heading stands above them, or when the text above uses exactly those numbers as glued markers (and
    no footnotes at the foot of a page do): a closing list of recommendations "1. Ratify …" counts so too, but
    its numbers are not the markers of the text above it."""
    lines = [k for k, (a, b) in enumerate(spans) if text[a:b].strip() and k not in taken]
    run: list[tuple[int, int, str]] = []  # (line index, value, "arabic" / "bracket" / "roman"), from the last upwards
    for k in reversed(lines):
        m = _END_NOTE.match(text[spans[k][0] : spans[k][1]])
        if m is None:
            continue
        roman = m.group("roman") or m.group("broman")
        form = ("broman" if m.group("broman") else "roman") if roman else "bracket" if m.group("bracket") else "arabic"
        value = _roman_value(roman) if roman else int(m.group("bracket") or m.group("arabic"))
        if run and (value != run[-1][1] - 1 or form != run[-1][2]):
            break
        run.append((k, value, form))
        if value == 1:
            break
    if not run or run[-1][1] != 1:
        return set()
    first, form = run[-1][0], run[-1][2]
    count = len(run)
    above = next((text[spans[k][0] : spans[k][1]].strip() for k in reversed(lines) if k < first), "")
    marker = {"roman": GLUED_ROMAN, "bracket": _BRACKET_MARKER, "broman": _BRACKET_ROMAN}.get(form, GLUED_MARKER)
    body = text[: spans[first][0]]
    used = {_roman_value(g.group(1)) if form in ("roman", "broman") else int(g.group(1)) for g in marker.finditer(body)}
    headed = bool(_NOTES_ABOVE.match(TRAILING_MARKER.sub("", above)))
    # under a heading other than "Notes" ("Recommendations") or a lead-in ("… the Government:") they are a list
    listed = is_heading_line(above) or above.endswith(":")
    if headed or (count >= 2 and not taken and not listed and used == set(range(1, count + 1))):
        return {k for k in range(first, len(spans))}
    return set()


#: A page number on a line of its own ("3", "Page 2 of 4", "2/4"); at a page's edge also "- 3 -".
_PAGE_NUMBER = r"(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?"
_PAGE_NUMBER_LINE = re.compile(rf"{_PAGE_NUMBER}|[-–—]\s*\d{{1,4}}\s*[-–—]", re.I)


def _pages(text: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    pages: list[list[int]] = [[]]
    for k, (a, b) in enumerate(spans):
        pages[-1].append(k)
        if "\f" in text[a:b]:
            pages.append([])
    return [ks for ks in pages if ks]


def page_furniture(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of the running headers and footers: a line among the first or last two of a page that recurs
    there on at least half the pages (figures aside: "Page 2 of 4", "MFWCA – UPR submission: Uzbekistan (30th
    session)"), and a page number standing alone there."""
    pages = _pages(text, spans)
    if len(pages) < 2:
        return set()
    edges: list[list[int]] = []
    for ks in pages:
        filled = [k for k in ks if text[spans[k][0] : spans[k][1]].strip()]
        edges.append(sorted(set(filled[:2] + filled[-2:])))
    key = {k: re.sub(r"\d+", "#", " ".join(text[spans[k][0] : spans[k][1]].split()).lower()) for e in edges for k in e}
    seen: dict[str, int] = {}
    for e in edges:
        for form in {key[k] for k in e}:
            seen[form] = seen.get(form, 0) + 1
    wanted = max(2, (len(pages) + 1) // 2)

    def running(k: int) -> bool:  # a short line that is no sentence: the same statement at the top of each
        line = text[spans[k][0] : spans[k][1]].strip()  # page it is cited at is content, not a header
        return seen[key[k]] >= wanted and len(line) <= 130 and not ends_sentence(line)

    return {
        k for e in edges for k in e if running(k) or _PAGE_NUMBER_LINE.fullmatch(text[spans[k][0] : spans[k][1]].strip())
    }


def note_lines(text: str, spans: list[tuple[int, int]], *, furniture: set[int] | None = None) -> set[int]:
    """Indexes (into ``spans``) of the footnote lines at the foot of each page (and of the notes at the end of
    a text without pages): from the first line there that starts with a bare number which a marker glued to
    the text of that page uses ("… punished with fines.1" / "1 Human Rights Watch, World Report 2020, p. 3.")
    down to the page's end, provided no numbered paragraph follows; the notes at the foot of a column that the
    text of a page set in columns reads before the next column (:func:`_column_notes`); and, where the previous
    page's last note breaks off mid-sentence, the lines above a page's notes that finish it
    (:func:`_carried_over`)."""
    skip = furniture or set()
    pages = [[k for k in ks if k not in skip] for ks in _pages(text, spans)]
    pages = [ks for ks in pages if ks]
    out: set[int] = set()
    broken_off = False  # the previous page's last footnote line does not end a sentence
    for n, page in enumerate(pages):
        column = _column_notes(text, spans, page)
        out.update(page[i] for i in column)
        ks = [k for i, k in enumerate(page) if i not in column]
        after = pages[n + 1] if n + 1 < len(pages) else []
        opening = next((line for k in after if (line := text[spans[k][0] : spans[k][1]].strip())), "")
        reads_on = bool(opening) and not (PARA_NUMBER.match(opening) or BULLET.match(opening) or is_heading_line(opening))
        first = _page_notes(text, spans, ks, goes_on=bool(GOES_ON.match(opening)), reads_on=reads_on)
        if broken_off:
            out.update(_carried_over(text, spans, ks, len(ks) if first is None else first))
        broken_off = False
        if first is not None:
            out.update(ks[first:])
            # the last note line (a page number printed under the notes left out)
            last = next((line for k in reversed(ks) if (line := text[spans[k][0] : spans[k][1]].strip())
                         and not re.fullmatch(_PAGE_NUMBER, line, re.I)), "")
            broken_off = last_char(last, 0, len(last)) not in SENTENCE_STOPS
    return out | _end_notes(text, spans, out)


def page_break_plan(text: str, spans: list[tuple[int, int]], dropped: set[int]) -> tuple[set[int], set[int]]:
    """Which of the ``dropped`` lines (footnotes, running headers and footers) and blank lines to delete, and
    which to leave as an empty line: around a page break that a sentence runs over (the page's last line ends no
    sentence and the next page goes on in lower case) they are deleted, so the sentence reads on; elsewhere a
    dropped line leaves an empty line, which ends the paragraph as before."""
    line = [text[a:b] for a, b in spans]
    has_text = [bool(x.replace("\f", "").strip()) and k not in dropped for k, x in enumerate(line)]
    delete: set[int] = set()
    for f, x in enumerate(line):
        if "\f" not in x:
            continue
        prev = next((k for k in range(f, -1, -1) if has_text[k]), None)
        nxt = next((k for k in range(f + 1, len(line)) if has_text[k]), None)
        if prev is None or nxt is None or ends_sentence(line[prev].replace("\f", "")):
            continue
        last = line[prev].replace("\f", "").strip()
        following = line[nxt].strip()
        numbered = PARA_NUMBER.match(following) is not None
        item = BULLET.match(following) is not None
        text_below = not numbered and not item and not is_heading_line(following)  # no heading, number or item
        goes_on = (
            GOES_ON.match(following) is not None
            # "… the former presidential candidate Abdel-" / "Moneim Abou El-Fotouh …": a word broken over the page
            or (last.endswith("-") and last[-2:-1].isalpha() and not numbered)
            # "… close control by the Ministry of Social" / "Solidarity and the security services.": a line of
            # running text that ends no sentence, over text
            or (len(last) >= 40 and last[-1:] not in ":;" and not is_heading_line(last) and text_below)
            # "… in violation of Republic Act" / "No. 7610, which prohibits …"; "… adopted by the" / "Senate in …"
            or (re.match(r"No\.\s*\d", following) is not None and not numbered)
            or (last_word(last, 0, len(last)) in DANGLING and text_below)
        )
        if last.endswith(":") and (numbered or item):
            goes_on = False  # "12. LEN recommends that the Philippines:" / (page) / "12.1 end the red-tagging …"
        if not goes_on or (
            line[nxt].strip()[:1].isdigit() and is_heading_line(last) and "," not in last and len(last.split()) <= 8
        ):  # a heading or caption at the page's foot ("C. Freedom of assembly" / "27 protesters were …") ends there
            continue
        delete.update(k for k in range(prev + 1, nxt) if k in dropped or not line[k].replace("\f", "").strip())
    delete |= _column_breaks(line, has_text, dropped)
    return delete, dropped - delete


def _column_breaks(line: list[str], has_text: list[bool], dropped: set[int]) -> set[int]:
    """The ``dropped`` lines inside a page (a column's notes, :func:`_column_notes`) that a sentence runs over:
    the line above them ends no sentence and the line below goes on in lower case ("… nurseries in Batman,
    Halfeti" / notes 1-4 / "and Siirt and removed …")."""
    delete: set[int] = set()
    text_lines = [k for k, t in enumerate(has_text) if t]
    for prev, nxt in zip(text_lines, text_lines[1:], strict=False):
        between = range(prev + 1, nxt)
        if (
            any(k in dropped for k in between)
            and not any("\f" in line[k] for k in range(prev, nxt + 1))
            and not ends_sentence(line[prev])
            and GOES_ON.match(line[nxt].strip()) is not None
        ):
            delete.update(between)
    return delete


def left_out_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of the lines :func:`split_passages` leaves out of a submission's text: footnotes at a
    page's foot and running headers and footers. A sentence read on over a page break spans them; ``verify``
    leaves them out of its cited words as the drafter did."""
    spans = list(line_spans(text))
    return tuple(spans[k] for k in sorted(left_out_indexes(text)))


@lru_cache(maxsize=64)
def left_out_indexes(text: str) -> frozenset[int]:
    """Indexes (into the text's lines) of the running headers and footers and of the footnote lines, found once
    a text for the drafter and ``verify`` both; and of an e-mail's lines that are not the submission pasted into it
    (:mod:`uprkit.summarize.email`)."""
    spans = list(line_spans(text))
    furniture = page_furniture(text, spans)
    return frozenset(furniture | note_lines(text, spans, furniture=furniture) | email_lines(text, spans))
