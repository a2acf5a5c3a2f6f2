"""A submission split into sentence-sized passages, each with its page, paragraph number and offsets.

A stakeholder submission is read like any document (:func:`uprkit.read.read_document`). Its lines are joined
into paragraphs (a blank line, a numbered line "12." or a heading ends one), each paragraph is split into
sentences, and every sentence keeps ``start``/``end`` offsets into the verbatim text, the page it starts on
(pages come from the PDF, or from form feeds in text) and the submission's own paragraph number where the
submission numbers its paragraphs. Footnote markers glued to words ("torture.12") are dropped from the
passage's display text, never from the source.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from uprkit.model import Document
from uprkit.summarize.speech import describes, is_base_verb

#: A paragraph number at the start of a line: "12.", "12", "3.2", "3.2.1", "(12)", "12)".
#: A paragraph number: "12.", "(3)", "3)", "2.1", and a paragraph added between two others, "11bis." or "11 bis."
_PARA_NUMBER = re.compile(
    r"(?m)^[ \t]*(?:\((?P<p1>\d{1,3})\)|(?P<p2>\d{1,3} ?(?:bis|ter|quater)(?![a-z])|\d{1,3}(?:\.\d{1,3}){0,2})(?:\.|\))?)"
    r"[ \t]+(?=\S)"
)
_CELL_GAP = re.compile(r"\S {3,}(?=\S)")  # a run of three or more spaces between two cells of a table row
#: A bullet at the start of a line; Word's lower levels of numbering, "a.⇥" and "iv.⇥", and numbered recommendations
#: ("R1. Submit the follow-up information …", "R.1 Egypt must release …") are items too, and so is Word's third
#: level, "o" in Courier.
_BULLET = re.compile(
    r"(?m)^[ \t]*(?:[•▪◦‣·][ \t]*(?=\S)|(?:[\-–—*]|\([a-z]\)|[a-z]\)|R\.?\d{1,2}[.)]?)[ \t]+|(?:[a-z]|[ivx]{1,4})\.\t|o[ \t]+(?=[A-Za-z]))"
)
_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’\-]*")

#: Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    e.g i.e etc al para paras p pp no nos art arts vol mr mrs ms dr prof st inc ltd co jr sr fig cf viz approx cap
    dept govt gen col lt sgt rev hon u.s u.k u.n op ch sec vs v jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
#: A lower-case Roman numeral up to lxxxix: Word numbers endnotes "i, ii, iii …" by default.
_ROMAN = r"(?=[ivxl])(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
_SENTENCE_END = re.compile(
    rf"(?<=[.!?])(?P<marker>\d{{1,3}}|\[\d{{1,3}}\]|{_ROMAN}(?=\s))?[\"'”’)\]]*"
    rf"(?:(?<=[\"”’])(?:\d{{1,3}}|\[\d{{1,3}}\]))?"  # a note marker after the closing quotation mark: "… friends.”6 None"
    rf"(?=\s+[\"“‘(\[]?[A-Z0-9À-Ý])"
)
#: A footnote marker glued to a word ("torture12 ") or to its punctuation ("torture.12 "), not "JS12" or "11.1".
_GLUED_MARKER = re.compile(
    r"(?:(?<=[a-z]{3})|(?<=[A-Za-z)”’\"][.,;:])|(?<=\b(?:19|20)\d\d[.,;:])|(?<=[a-z][.,;:!?][”’\"]))"
    r"(?<!\b[Nn]o\.)(?<!\b[Nn]os\.)(?<!\b[Aa]rt\.)(?<!\b[Aa]rts\.)(?<!\bpara\.)(?<!\bparas\.)(?<!\bp\.)(?<!\bpp\.)"
    r"(\d{1,3})(?=[\s,.;:)]|$)"  # not the number of "Convention (No.169)", "art.5", "para.12"
)
#: A footnote marker glued to the full stop after a figure with thousands separators or after a sign ("3,088.9",
#: "K+.13", "45%.2"), read as one only where a sentence starts right after it (a decimal does not end a sentence).
_FIGURE_MARKER = re.compile(r"(?:(?<=\d,\d{3}\.)|(?<=[+%*]\.)|(?<=\s\d\d\.)|(?<=\s\d\d\d\.))\d{1,3}$")
#: The same at a line's end, as a marker a page's footnote may carry: "… it supported 294 and noted 78.1" / " Egypt
#: supported …" with "1 A/HRC/43/16 and A/HRC/43/16/Add.1." at the foot of the page.
_LINE_END_FIGURE_MARKER = re.compile(r"(?m)(?<=\s\d\d\.)(\d{1,2})[ \t]*$")
#: A footnote marker in square brackets glued to a word or its punctuation ("torture.[12] ", "torture[12],").
_BRACKETED_MARKER = re.compile(r"(?<=[\w.,;:!?)”’\"])\[\d{1,3}\](?=[\s,.;:)]|$)")
#: An endnote marker in Roman numerals glued to a word's punctuation ("detention.iv The …"), not "e.g. iv".
_GLUED_ROMAN = re.compile(rf"(?:(?<=[a-z]{{2}}[.,;:!?])|(?<=[)”’\"][.,;:]))({_ROMAN})(?=\s|$)")


#: Words a heading does not end with; a line ending so was broken mid-sentence.
_DANGLING = frozenset(
    "the a an of to and or in on for with by at from that which as its their optional this these our into "
    "against between under than whether".split()
)


@dataclass
class Passage:
    """One sentence of a submission."""

    file: str
    stakeholder: str
    start: int  # offsets into the submission's verbatim text
    end: int
    text: str  # display text: one line, footnote markers removed
    page: int | None
    end_page: int | None
    paragraph: str | None  # the submission's paragraph number, where it numbers them
    heading: str | None  # the submission's own heading above the passage
    index: int = 0  # position in the submission
    in_list: bool = False  # the passage is a bullet item or follows a list lead-in
    block: int = 0  # the paragraph block it belongs to (consecutive sentences of one paragraph share it)
    lead: str | None = None  # the lead-in of the list it is an item of ("We recommend that the Government:")
    lead_start: int | None = None  # the lead-in's offsets in the verbatim text
    lead_end: int | None = None
    words: int = field(default=0)

    def __post_init__(self) -> None:
        self.words = len(_WORD.findall(self.text))


@dataclass
class _Block:
    start: int
    end: int
    number: str | None
    heading: bool
    bullet: bool


def _lines(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in re.split(r"(?<=\n)|(?<=\f)", text):
        if not line:
            continue
        yield pos, pos + len(line)
        pos += len(line)


# "… act.2", "… act.[2]", "… act.iv"
_TRAILING_MARKER = re.compile(rf"(?<=[.:;!?)”\"])(?:\d{{1,3}}|\[\d{{1,3}}\]|(?<=[a-z)”\"][.:;!?)”\"]){_ROMAN})$")


#: Finite verbs a heading does not hold (a sentence's first line does).
_VERBS_NO_HEADING_HAS = frozenset(
    "is are was were has have had notes welcomes recommends urges calls remains continues acknowledges regrets "
    "reports says states considers believes supported noted received repealed adopted".split()
)
#: Words that open a clause, not a heading ("Although …", "Following the protests, …").
_OPENS_A_CLAUSE = frozenset(
    "although though while whereas when since because if following during after before despite however moreover "
    "furthermore nevertheless".split()
)


#: The titles of a submission's usual sections.
_SECTION_TITLE = re.compile(
    r"(?:(?:[IVX]{1,4}|[A-H]|\d{1,2})\.\s+)?(?:executive\s+summary|summary(?:\s+of\s+(?:the\s+)?recommendations)?|"
    r"introduction|recommendations|conclusions?|methodology|background|contents|table\s+of\s+contents)\s*$",
    re.I,
)


def _is_heading(line: str) -> bool:
    s = _TRAILING_MARKER.sub("", line.strip())  # "The Government should ratify OPCAT.2" is a sentence
    if not s or len(s) > 90 or s[-1] in ".;:,":
        return False
    if re.fullmatch(r"(?:(?:[IVX]+|[A-Z]|\d+)\.\s*)?(?:who\s+we\s+are|what\s+we\s+do|about\s+us)", s, re.I):
        return True  # a verb, but a heading all the same
    words = _WORD.findall(s)
    if not words or len(words) > 12:
        return False
    if re.match(r"(?:recommendation|R)\s*\.?\s*\d{1,2}\s*[:.]\s+\S", s, re.I) or re.search(r"\b(?:we|our)\b", s, re.I):
        return False  # "Recommendation 4: We call upon the House of Representatives to repeal articles": a sentence
    if words[-1].lower() in _DANGLING:
        return False  # "… ratify the Optional" / "… access to the": a line broken mid-phrase, not a heading
    if re.search(r"[a-z0-9](?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bProf)(?<!\bSt)[.!?]\s+[A-Z]", s):
        return False  # "UPR in November 2019. Despite the launch of a National Human": a sentence ends inside
    lowered = [w.lower() for w in words]
    if len(words) >= 3 and any(w in _VERBS_NO_HEADING_HAS for w in lowered[1:]):
        return False  # "The Commission notes the progress of the Hydrocarbon …": a sentence's first line
    if lowered[0] in _OPENS_A_CLAUSE or (lowered[0] in {"in", "on", "at"} and (len(words) >= 5 or re.search(r"\d", s))):
        return False  # "Although no executions have been …", "On 12 May 2022, …", "In Kirikiri Maximum Security …"
    # "I. Introduction", "A. Right to health", "RECOMMENDATIONS", "Freedom of expression"
    return s[0].isupper() or bool(re.match(r"^(?:[IVX]+|[A-Z]|\d+)\.\s", s))


def _is_numbered_heading(rest: str, next_line: str = "", typical: int = 0) -> bool:
    """``rest``, a numbered line without its number, is a heading's; ``typical``: the usual length of the text's
    lines (a column's width), which a paragraph's first line fills and a short heading does not."""
    s = _TRAILING_MARKER.sub("", rest.strip())  # "… in 2019 and 2020.4", "… 2020.[4]": a sentence and its marker
    words = _WORD.findall(s)
    if not s or s[-1] in ".;:,!?" or not s[0].isupper():
        return False
    if 0 < len(words) <= 6:
        # "2. The Government should act in the": a paragraph's first line, broken mid-phrase; in a text set in
        # narrow columns, "5. Between January 2020 and March" / "2024, ATIC documented …" is one too
        return words[-1].lower() not in _DANGLING and not (typical and len(rest.strip()) + 4 >= 0.8 * typical)
    first_next = (next_line.split() or [""])[0]
    if (
        len(words) <= 14 and typical >= 50 and first_next[:1].isupper() and words[-1].lower() not in _DANGLING
        and len(rest.strip()) + 5 + len(first_next) <= typical
    ):
        # "4. Violence, impunity and the situation of indigenous women" / "Indigenous human rights defenders …":
        # the line ends short of the text's usual width though the next line's first word would have fit on it
        return True
    letters = [c for c in s if c.isalpha()]
    if len(words) <= 14 and len(letters) >= 12 and all(c.isupper() for c in letters):
        return True  # "4. THE HUMAN RIGHTS SITUATION ON THE GROUND": a title in capitals
    # "2.2 National Action Plan for the Promotion and Protection of Human" / "Rights": a longer title wrapped onto
    # a line of a few more capitalised words, all its words capitalised as no sentence's are ("9. According to
    # the Ministry for the Development of Information" / "Technologies and Communications, Uzbekistan had …" is
    # a sentence: its next line goes on)
    more = _WORD.findall(next_line)
    titled = [w for w in [*words, *more] if len(w) >= 4 and w.lower() not in _SMALL_TITLE_WORDS]
    return (
        len(words) <= 14
        and 0 < len(more) <= 3
        and next_line.rstrip()[-1:] not in {".", ";", ":", ",", "!", "?"}
        and all(w[0].isupper() for w in titled)
        and words[0].lower() not in _OPENS_A_CLAUSE
    )


#: Words a title leaves in lower case.
_SMALL_TITLE_WORDS = frozenset("with from into over under upon about after against between through within without".split())


#: How a line or block that ends a sentence ends (a glued footnote marker left out first, see :func:`_last_char`).
_ENDS = frozenset({".", ":", ";", "!", "?", ")", "”", '"'})


#: A heading with a letter or a Roman numeral and a few words: "A. Introduction", "II. Civil and political rights".
_LABELLED_HEADING = re.compile(r"(?:[IVX]{1,4}|[A-H])\.[ \t]+[A-Z][^.;:,]{0,60}$")
#: The first numbered paragraph of a submission, written as one: "1. The …", "1.\tThe …", "(1) The …".
_FIRST_PARAGRAPH = re.compile(r"(?:1\.|\(1\)|1\))[ \t]+[\"“]?[A-Z]")


def _whole(number: str) -> int:
    """The whole number a paragraph label starts with: 12 in "12", "12.3" and "12bis"."""
    return int(re.match(r"\d+", number).group(0))  # type: ignore[union-attr]


def _explicit_number(m: re.Match[str]) -> bool:
    """A paragraph number written as one ("12.", "(3)", "3)", "12<tab>"), not a bare figure ("2 cases")."""
    return bool(re.search(r"[.)(]|\t", m.group(0)))


def _last_word(text: str, start: int, end: int) -> str:
    """The block's last word, in lower case ("by" in "… filed on 12 May 2022 by")."""
    m = re.search(r"([^\W\d_]+)\W*$", text[max(start, end - 40) : end])
    return m.group(1).lower() if m else ""


def _ends_at_stop(text: str, start: int, end: int) -> bool:
    """The block ends with a full stop or a colon, a closing quotation mark or bracket after it left out
    ("… did not even open it.”3")."""
    return _tail(text, start, end).rstrip().rstrip("”’\"')]")[-1:] in {"", ".", ":"}


def _last_char(text: str, start: int, end: int) -> str:
    """The block's last character, a footnote marker glued to its final stop left out ("… fines.1" -> ".")."""
    return _tail(text, start, end)[-1:]


def _tail(text: str, start: int, end: int) -> str:
    """The block's last few characters, without a footnote marker glued to its final stop."""
    return _TRAILING_MARKER.sub("", text[max(start, end - 8) : end])


#: How a page that goes on with the sentence of the page before starts: in lower case, or with a figure and a
#: word in lower case ("… at least" / "8,400 acres of land …").
_GOES_ON = re.compile(r"[\"“”’']?(?:[a-z]|\d[\d,.]*\s+[a-z])")
#: A footnote's first line ("1 Human Rights Watch, World Report …", "13 2019 Annual Report of the Ombudsman, p.
#: 45."): its number, then a space, or glued to a capitalised word as LibreOffice prints a note without a tab
#: ("7HTLRC field mapping, December 2022", "4Ministry of …"): a note only where its number is a marker in the
#: page's text above, and a glued one only among the page's notes (see :func:`_page_notes`).
_NOTE_LINE = re.compile(r"^[ \t]*(\d{1,3})(?:[ \t]+(?=[A-Z“\"‘'(\d])|(?=[A-Z][a-z/]|[A-Z]{2}|[“\"‘(]))")
_NOTES_ABOVE = re.compile(r"^(?:(?:end|foot)?notes|references|sources|_{3,}|-{3,})$", re.I)
_DOTTED_PARAGRAPH = re.compile(r"^[ \t]*\(?\d{1,3}(?:\.\d{1,3})*[.)][ \t]+\S")  # "12. …", "(3) …", "2.1 …"
# the first word of a footnote's remainder carried over to the next page: lower case or a web address
_CARRIED_OVER = re.compile(r"^[ \t]*(?:[a-z]|https?:|www\.)")


def _page_notes(text: str, spans: list[tuple[int, int]], ks: list[int], *, goes_on: bool = False) -> int | None:
    """The position (in ``ks``) of the page's first footnote line, or None. ``goes_on``: the next page's text
    starts in lower case, so the page's running text breaks off mid-sentence above its notes."""
    page_start = spans[ks[0]][0]
    lines = [text[spans[k][0] : spans[k][1]] for k in ks]
    for idx, line in enumerate(lines):
        m = _NOTE_LINE.match(line)
        # the note's number must be a marker in the text above it ("4 Defamation remains … offence.4" is the
        # paragraph that carries marker 4, not note 4)
        markers = {g.group(1) for rx in (_GLUED_MARKER, _LINE_END_FIGURE_MARKER)
                   for g in rx.finditer(text, page_start, spans[ks[idx]][0])} if m else set()
        if m is None or m.group(1) not in markers:
            continue
        if line[m.end(1) : m.end(1) + 1] not in (" ", "\t") and not _is_last_notes(lines[idx:]):
            continue  # "1MDB funds worth …" in the running text: a note glued to its number only among notes
        if line[m.end()].isdigit():
            # "13 2019 Annual Report …" is a note only where note 14 follows it and every number below is a
            # marker above ("3 300 people were detained" is a paragraph numbered without a dot)
            following = [f.group(1) for f in (_NOTE_LINE.match(x) for x in lines[idx + 1 :]) if f]
            if str(int(m.group(1)) + 1) not in following or not set(following) <= markers:
                continue
        above = next((x for x in reversed(lines[:idx]) if x.strip()), "")
        # a cover's contact line ends no sentence but ends its text: "… coordinator – ecrc.coordination@gmail.com"
        ended = _last_char(above.rstrip(), 0, len(above.rstrip())) in _ENDS or bool(
            re.search(r"[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+$|\bwww\.\S+$|https?://\S+$", above.strip())
        ) or _LABELLED_HEADING.match(above.strip()) is not None  # "IV. Children deprived of their liberty" / "2 Draft …"
        if not ended and not _NOTES_ABOVE.match(above.strip()) and not (goes_on and _is_last_notes(lines[idx:])):
            continue  # "… people were affected\n2 million of them …": a wrapped line, not a note
        if not any(_DOTTED_PARAGRAPH.match(x) for x in lines[idx:]):
            return idx
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
        if run and _ends_sentence(line):
            return run if _CARRIED_OVER.match(text[spans[run[-1]][0] : spans[run[-1]][1]]) else []
        if _PARA_NUMBER.match(line) or _BULLET.match(line):
            return []
        if _GLUED_MARKER.search(line) or _GLUED_ROMAN.search(line):
            return []  # "… into the deaths.2": running text carries markers, a note's remainder does not
        run.append(k)
    return []


def _abbreviation(token: str) -> bool:
    """A word whose full stop ends no sentence: "etc", "para", "e.g", an initial ("J")."""
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _ends_sentence(line: str) -> bool:
    """The line ends a sentence: a full stop (not of "etc." or "para."), "!" or "?", a glued marker left out."""
    s = _TRAILING_MARKER.sub("", line.rstrip())
    if not s or s[-1] not in ".!?":
        return False
    word = re.search(r"([\w.]+)\.$", s)
    token = (word.group(1) if word else "").lower()
    return not _abbreviation(token)


_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}
# an endnote at the end of a document: "1. Human Rights Watch …", "iv Ibid.", "iv. Ibid."
_END_NOTE = re.compile(rf"^[ \t]*(?:(?P<arabic>\d{{1,3}})[.)]|(?P<roman>{_ROMAN})[.)]?)[ \t]+(?=\S)")


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if v < w else v for v, w in zip(values, values[1:] + [0], strict=True))


def _end_notes(text: str, spans: list[tuple[int, int]], taken: set[int]) -> set[int]:
    """Indexes of the endnotes a document ends with, written in a way :func:`_page_notes` does not read: numbered
    "1.", "2." … or "i", "ii" … (Word's default for endnotes). They are the run of numbered lines (and the lines
    wrapped under them) that counts 1, 2, 3 … to the end of the text, and they are taken as notes when a
    "Notes" heading stands above them, or when the text above uses exactly those numbers as glued markers (and
    no footnotes at the foot of a page do): a closing list of recommendations "1. Ratify …" counts so too, but
    its numbers are not the markers of the text above it."""
    lines = [k for k, (a, b) in enumerate(spans) if text[a:b].strip() and k not in taken]
    run: list[tuple[int, int, bool]] = []  # (line index, value, roman), from the last note upwards
    for k in reversed(lines):
        m = _END_NOTE.match(text[spans[k][0] : spans[k][1]])
        if m is None:
            continue
        roman = m.group("roman") is not None
        value = _roman_value(m.group("roman")) if roman else int(m.group("arabic"))
        if run and (value != run[-1][1] - 1 or roman != run[-1][2]):
            break
        run.append((k, value, roman))
        if value == 1:
            break
    if not run or run[-1][1] != 1:
        return set()
    first, roman = run[-1][0], run[-1][2]
    count = len(run)
    above = next((text[spans[k][0] : spans[k][1]].strip() for k in reversed(lines) if k < first), "")
    marker = _GLUED_ROMAN if roman else _GLUED_MARKER
    body = text[: spans[first][0]]
    used = {_roman_value(g.group(1)) if roman else int(g.group(1)) for g in marker.finditer(body)}
    headed = bool(_NOTES_ABOVE.match(_TRAILING_MARKER.sub("", above)))
    # under a heading other than "Notes" ("Recommendations") or a lead-in ("… the Government:") they are a list
    listed = _is_heading(above) or above.endswith(":")
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
        return seen[key[k]] >= wanted and len(line) <= 130 and not _ends_sentence(line)

    return {
        k for e in edges for k in e if running(k) or _PAGE_NUMBER_LINE.fullmatch(text[spans[k][0] : spans[k][1]].strip())
    }


def note_lines(text: str, spans: list[tuple[int, int]], *, furniture: set[int] | None = None) -> set[int]:
    """Indexes (into ``spans``) of the footnote lines at the foot of each page (and of the notes at the end of
    a text without pages): from the first line there that starts with a bare number which a marker glued to
    the text of that page uses ("… punished with fines.1" / "1 Human Rights Watch, World Report 2020, p. 3.")
    down to the page's end, provided no numbered paragraph follows; and, where the previous page's last note
    breaks off mid-sentence, the lines above a page's notes that finish it (:func:`_carried_over`)."""
    skip = furniture or set()
    pages = [[k for k in ks if k not in skip] for ks in _pages(text, spans)]
    pages = [ks for ks in pages if ks]
    out: set[int] = set()
    broken_off = False  # the previous page's last footnote line does not end a sentence
    for n, ks in enumerate(pages):
        after = pages[n + 1] if n + 1 < len(pages) else []
        opening = next((line for k in after if (line := text[spans[k][0] : spans[k][1]].strip())), "")
        first = _page_notes(text, spans, ks, goes_on=bool(_GOES_ON.match(opening)))
        if broken_off:
            out.update(_carried_over(text, spans, ks, len(ks) if first is None else first))
        broken_off = False
        if first is not None:
            out.update(ks[first:])
            # the last note line (a page number printed under the notes left out)
            last = next((line for k in reversed(ks) if (line := text[spans[k][0] : spans[k][1]].strip())
                         and not re.fullmatch(_PAGE_NUMBER, line, re.I)), "")
            broken_off = _last_char(last, 0, len(last)) not in _ENDS
    return out | _end_notes(text, spans, out)


#: A PDF table whose cells are words comes out as a run of short lines, one cell or part of one a line ("Name" /
#: "Date of disappearance" / "A. H. M., " / "27, boda boda rider" / "14 February 2021, " / …): at least this many
#: lines, each at most ``_CELL_WIDTH`` of the text's width, few of them ending a sentence.
_CELL_RUN = 6
_CELL_WIDTH = 0.55


def _cell_runs(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The lines of a page-laid-out text that are a table's cells: runs of short lines (a longer line without a
    stop among them, a row's widest cells, for every three) that neither start with a bullet or a paragraph
    number nor, mostly, end with a stop; prose wraps at the text's width, and a list's items are marked. A
    paragraph's last line before the table is its own ("Names are given as initials at the" / "request of the
    families.")."""
    lengths = sorted(len(text[a:b].strip()) for a, b in spans if text[a:b].strip())
    if len(lengths) < 20:
        return set()
    width = max(60, lengths[int(0.9 * (len(lengths) - 1))])

    def line_at(n: int) -> str:
        return text[spans[n][0] : spans[n][1]].strip()

    kinds: list[str] = []  # per line: "S" a short line, "L" a longer one going on, "X" anything else
    for a, b in spans:
        line = text[a:b]
        stripped = line.strip()
        number = _PARA_NUMBER.match(line)
        if len(re.findall(r"(?<!\S)[–—-](?!\S)", stripped)) >= 2:
            kinds.append("S")  # empty cells: "– Never submitted – –"
        elif not stripped or _BULLET.match(line) or (number is not None and _explicit_number(number)):
            kinds.append("X")
        elif len(stripped) <= _CELL_WIDTH * width:
            kinds.append("S")
        else:
            kinds.append("X" if _ENDS_A_SENTENCE.search(stripped) else "L")
    out: set[int] = set()
    k = 0
    while k < len(kinds):
        if kinds[k] == "X":
            k += 1
            continue
        j = k
        while j < len(kinds) and kinds[j] != "X":
            j += 1
        run = list(range(k, j))
        while run and kinds[run[-1]] == "L":
            run.pop()
        if len(run) > 1 and kinds[run[0]] == "L" and kinds[run[1]] == "S" and _header_row(line_at(run[0])):
            kinds[run[0]] = "S"  # the table's header row: "Report Period covered Submitted Examined Concluding"
        before = line_at(k - 1) if k > 0 else ""
        if (run and kinds[run[0]] == "L") or (before and not _ENDS_A_SENTENCE.search(before)):
            # the prose above goes on into the run: its lines, and its last (short) line, are no cells
            while run and kinds[run[0]] == "L":
                run.pop(0)
            if run:
                run.pop(0)
        short = [n for n in run if kinds[n] == "S"]
        ends = sum(1 for n in short if _ENDS_A_SENTENCE.search(line_at(n)))
        if len(short) >= _CELL_RUN and len(run) - len(short) <= len(short) / 3 and ends <= 0.3 * len(short):
            out.update(run)
        k = j
    return out


def _header_row(line: str) -> bool:
    """A table's header row: capitalised words without a verb ("Communication Subject Findings Status of")."""
    words = [w for w in _WORD.findall(line) if w.lower() not in {"of", "and", "the", "in", "to", "for", "or", "by"}]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words) and not describes(line)


_ENDS_A_SENTENCE = re.compile(r"[.;:!?][”’\"')\]]*\d{0,3}$")


#: A row of a recommendations table read as one line: its area, then the recommendation from its verb ("State
#: reporting Submit without further delay …", "Women’s participation Adopt temporary special measures …").
_LABELLED_ROW = re.compile(r"(?P<label>[A-Z][\w’'\-]*(?:[ \t]+[\w’'\-]+){0,3})[ \t]+(?P<verb>[A-Z][a-z]+)[ \t]+(?=[a-z(])")


def _labelled_rows(text: str, spans: list[tuple[int, int]]) -> dict[int, int]:
    """The lines that start a row of a recommendations table, and where the recommendation's verb starts in
    each: an area of one to four words, none of them a verb that opens recommendations, then such a verb with a
    capital, on a line after one that ends a sentence or the table's header, the first of them within three lines
    of one that speaks of recommendations; only where the text has two such rows or more (a table)."""
    found: dict[int, int] = {}
    previous = ""
    since_recommend = 99  # lines since the last one that speaks of recommendations (a table's header or lead-in)
    for k, (a, b) in enumerate(spans):
        line = text[a:b]
        stripped = line.strip()
        if not stripped:
            continue
        m = _LABELLED_ROW.match(stripped)
        after = stripped[m.end() :].split()[:1] if m else []
        if (
            m is not None
            and (since_recommend <= 3 or found)
            and (not previous or previous[-1] in ".:;" or _header_row(previous) or re.fullmatch(r"(?:[A-Z][\w’']*[ \t]*){1,4}", previous))
            and is_base_verb(m.group("verb"))
            and not any(is_base_verb(w, listed=True) for w in m.group("label").split())
            # "The Protection against Discrimination Act prohibited …" is a sentence: no article before the area,
            # and no finite verb after the recommendation's verb
            and m.group("label").split()[0].lower() not in {"the", "a", "an", "this", "these", "its", "their", "in", "on", "at"}
            and not (after and (after[0].endswith("ed") or describes(after[0])))
        ):
            found[k] = m.start("verb")  # from the line's first character
        since_recommend = 0 if re.search(r"recommend", stripped, re.I) else since_recommend + 1
        previous = stripped
    return found if len(found) >= 2 else {}


_NUMBERED_LINE = re.compile(r"(\d{1,3})[.)][ \t]+[A-Z“\"]")


def _typical_length(text: str, spans: list[tuple[int, int]]) -> int:
    """The median length of the lines of four words or more: the width of the text's column."""
    lengths = sorted(len(line) for a, b in spans if len(_WORD.findall(line := text[a:b].strip())) >= 4)
    return lengths[len(lengths) // 2] if len(lengths) >= 20 else 0


def blocks(
    text: str, *, notes: set[int] | None = None, paragraph_lines: bool = False
) -> list[tuple[int, int, str | None, bool, bool]]:
    """Paragraph blocks: (start, end, paragraph number, is heading, is bullet item). Footnote lines at the foot
    of a page (:func:`note_lines`, or ``notes`` where the caller has found them) are in no block: a
    submission's sources are not its statements.

    With ``paragraph_lines`` (a Word file's text: one line per paragraph) every line is a paragraph of its own,
    but for a line going on in lower case after a manual line break."""
    out: list[_Block] = []
    current: _Block | None = None
    spans = list(_lines(text))
    if notes is None:
        notes = note_lines(text, spans)
    cell_lines = set() if paragraph_lines else _cell_runs(text, spans)
    rows = _labelled_rows(text, spans)
    typical = 0 if paragraph_lines else _typical_length(text, spans)
    following: list[str] = [""] * len(spans)  # the next non-blank line after each line
    after_following: list[str] = [""] * len(spans)  # and the one after that
    nxt = nxt2 = ""
    for k in range(len(spans) - 1, -1, -1):
        following[k], after_following[k] = nxt, nxt2
        if text[spans[k][0] : spans[k][1]].strip():
            nxt, nxt2 = text[spans[k][0] : spans[k][1]].strip(), nxt
    wrapped_heading = False
    last_number = -1  # the last paragraph numbered with a whole number so far
    for k, (a, b) in enumerate(spans):
        line = text[a:b]
        stripped = line.strip()
        if k in rows:
            # a recommendations table's row: "Death penalty Establish an official moratorium …": the area a
            # heading, the recommendation an item from its verb on
            lead = len(line) - len(line.lstrip())
            verb_at = a + lead + rows[k]
            out.append(_Block(a + lead, verb_at - 1, None, True, False))
            current = _Block(verb_at, a + len(line.rstrip()), None, False, True)
            out.append(current)
            continue
        if k in notes or k in cell_lines or re.fullmatch(r"[_\-–—=*]{3,}", stripped):
            current = None  # footnotes, or the rule above them: the page's running text ends here
            continue
        if not stripped:
            if "\n" not in line:
                continue  # a bare form feed: the page turns, the paragraph goes on
            if current is not None and not current.heading and text[a - 2 : a].rstrip().endswith(":") and re.match(
                r"[\"“]", following[k]
            ):
                continue  # "A sewing operator told us:" / (blank) / "“When we gave our names …”": one sentence
            current = None
            continue
        m = _PARA_NUMBER.match(line)
        number = (m.group("p1") or m.group("p2").replace(" ", "")) if m else None
        if m and not _explicit_number(m) and line[m.end() : m.end() + 1].islower():
            number = None  # "2 police officers were convicted", "1 in 3 women": a figure, not a paragraph number
        if m is not None and number is not None and (
            re.match(r"\([A-Z]", line[m.end() : m.end() + 2]) or ("." in number and int(number.split(".")[0]) >= 100)
        ):
            number = None  # "148.12 (Ghana) to …": a previous cycle's recommendation, not paragraph 148.12
        bullet = bool(_BULLET.match(line)) or (
            # an unmarked list under a lead-in: "… recommend that the Government of Bangladesh:" / "Adopt a
            # time-bound road map …;" / "Hold elections …;": a line opening with a verb after ":" or ";"
            current is not None
            and not current.heading
            and _last_char(text, current.start, current.end) in {":", ";"}
            and bool(re.match(r"[A-Z][a-z]+\b", stripped))
            and is_base_verb(stripped.split()[0])
        )
        prefix = m or _BULLET.match(line)
        cells = line[prefix.end() if prefix else 0 :].strip()
        if _is_table_row(cells):
            # a table row (the DOCX reader puts a tab between cells, a PDF's text keeps the columns' spaces):
            # a block of its own, so that neither the heading nor the paragraph after the table joins the row
            lead = len(line) - len(line.lstrip())
            out.append(_Block(a + lead, a + len(line.rstrip()), None, False, False))
            current = None
            continue
        soft_break = paragraph_lines and current is not None and stripped[:1].islower()
        if paragraph_lines and not soft_break:
            current = None  # a Word paragraph: the line before it ended one, whatever its last character
        in_sequence = (
            number is not None and m is not None and _explicit_number(m) and number.isdigit()
            and int(number) == last_number + 1 and line[m.end() : m.end() + 1].isupper()
        )
        if (
            number is not None
            and current is not None
            and not current.heading
            and _last_char(text, current.start, current.end) not in _ENDS
            and not in_sequence  # "– Former detainee, Nairobi, March 2024" / "8. Monitor groups documented …"
        ):
            number = None  # "15 cases …" wrapped onto a new line is no paragraph number
        numbered_heading = False
        if (
            number is not None
            and m is not None
            and (
                _is_numbered_heading(line[m.end() :], following[k], typical)
                # "4. Conditions of detention and access to lawyers" / "13. Access to a lawyer …": a title without
                # a stop right before a numbered paragraph of another series
                or (
                    len(_WORD.findall(line[m.end() :])) <= 14
                    and not re.search(r"[.;:,!?]\W*$", _TRAILING_MARKER.sub("", line.rstrip()))
                    and (next_number := _NUMBERED_LINE.match(following[k])) is not None
                    # of another series than the paragraphs: not the next paragraph's number before it, or not the
                    # paragraph after the last ("1. Deportations from the United States and Mexico" after "1. …")
                    and (
                        next_number.group(1) != str(_whole(number) + 1)
                        or -1 < last_number != _whole(number) - 1
                    )
                    and line[m.end() : m.end() + 1].isupper()
                )
                # "2. Juvenile justice and the minimum age of criminal responsibility" / "2.1 In January 2019, …":
                # a title without a stop over its own first sub-paragraph
                or (
                    len(_WORD.findall(line[m.end() :])) <= 14
                    and not re.search(r"[.;:,!?]\W*$", _TRAILING_MARKER.sub("", line.rstrip()))
                    and re.match(rf"{re.escape(number)}\.1\.?[ \t]+\S", following[k]) is not None
                    and line[m.end() : m.end() + 1].isupper()
                )
            )
            and not following[k][:1].islower()
        ):
            number = None  # "1. Introduction", "2.1 Right to health": a numbered heading (its sentence goes on below)
            numbered_heading = True
        if wrapped_heading and current is not None and current.heading:
            current.end = a + len(line.rstrip())  # "II. Agrarian conflict and forced" / "evictions"
            wrapped_heading = False
            continue
        starts_new = current is None or number is not None or bullet or (
            # "o withdraw the charges …;" / "We call on Greenridge Nickel Mining Corporation to:": after an item
            # that ends, a lead-in of its own is no part of the item
            current.bullet and _last_char(text, current.start, current.end) in {".", ";"}
            and stripped[:1].isupper() and stripped.endswith(":")
        )
        goes_on = following[k][:1].islower() or bool(re.match(r"\d[\d.,]*,?\s+(?:\(|[a-z])", following[k]))
        # a lettered or Roman-numbered title wrapped onto a few words in lower case, before a numbered paragraph
        # or a sentence ("II. Agrarian conflict and forced" / "evictions" / "3. In the third cycle, …")
        wrapped_heading = (
            number is None and not bullet
            and re.match(r"(?:[IVX]{1,4}|[A-H])\.[ \t]+[A-Z]|(?:Annex|Appendix)\b", stripped) is not None
            and not re.search(r"[.;:,!?]$", stripped) and len(stripped.split()) <= 10
            and following[k][:1].islower() and len(following[k].split()) <= 4
            and not re.search(r"[.;:,!?]$", following[k])
            and (re.match(r"\(?\d{1,3}[.)]\s", after_following[k]) is not None or after_following[k][:1].isupper())
        )
        # under a heading, a line that fills the column with text going on below it is a paragraph's ("Executive
        # summary" / "This submission assesses Egypt's human rights record since its third" / "UPR in November …")
        full_width = (
            bool(typical) and len(stripped) >= 0.85 * typical
            and k + 1 < len(spans) and bool(text[spans[k + 1][0] : spans[k + 1][1]].strip())  # the next line, not a blank
        )
        heading = wrapped_heading or numbered_heading or number is None and not bullet and not goes_on and _is_heading(
            _PARA_NUMBER.sub("", line, count=1)
        ) and (
            current is None or (current.heading and not full_width) or _ends_at_stop(text, current.start, current.end)
            # the line before paragraph 1 ("2 October 2017" / "I. The submitting organisations" / "1. The …"): the
            # cover's last line ends in no stop, but a first numbered paragraph starts after a heading
            or _FIRST_PARAGRAPH.match(following[k]) is not None
            # a lettered or Roman-numbered heading ("Banjul, 10 July 2023" / "A. Introduction" / "The African …")
            or (
                _LABELLED_HEADING.match(stripped) is not None
                and following[k][:1].isupper()
                and len(stripped.split()) <= 8
                and (current is None or _last_word(text, current.start, current.end) not in _DANGLING)
            )
            # a sub-heading between the items of a list ("(c) … belief;" / "Rights of LGBT persons" / "(d) Repeal …")
            or (_last_char(text, current.start, current.end) == ";" and bool(_BULLET.match(following[k])))
            # "Ramon D. Villanueva, Executive Director, upr@…" / "Executive summary" / "Since its third review …":
            # a section's usual title on a line of its own, whatever the line before it
            or (_SECTION_TITLE.match(stripped) is not None and following[k][:1].isupper())
        )
        if current is not None and not starts_new and not heading and not current.heading:
            current.end = a + len(line.rstrip())
            continue
        lead = len(line) - len(line.lstrip())
        current = _Block(a + lead, a + len(line.rstrip()), number, heading and number is None, bullet)
        out.append(current)
        if number is not None and number.isdigit():
            last_number = int(number)
    return [(c.start, c.end, c.number, c.heading, c.bullet) for c in out]


#: A quotation left open longer than this is a stray mark, not a quotation: sentences are cut inside it again.
_MAX_QUOTATION = 1200


def _inside_quotation(segment: str) -> bool:
    """The segment ends inside a quotation it opened: an odd number of quotation marks, curly or straight,
    opening ones first (“…” and "…" close each other; a mismatched “…" closes too)."""
    if len(segment) > _MAX_QUOTATION:
        return False
    return (segment.count("“") + segment.count("”") + segment.count('"')) % 2 == 1 and segment.count("“") >= segment.count("”")


#: A quotation's speaker on the rest of its line ("“Every night I was afraid …” – Father of a 14-year-old girl,
#: Camp 4, May 2022") or in brackets on the next ("“… my son.”" / "(Interview with a mother, Kwale, April
#: 2023)"): the testimony ends there, and the next line starts a sentence of its own.
_SPEAKER_LINE = re.compile(
    r"[”\"](?:\s+[–—-]\s+(?P<speaker>[^\n“”\".!?]{1,100})|[ \t]*\n[ \t]*\((?P<bracketed>[^()\n]{1,100})\))(?=\n)"
)


def is_speaker_label(label: str) -> bool:
    """A testimony's speaker: at most 14 words without a verb, whatever its capitalised words are ("Father of a
    14-year-old girl, Camp 4, May 2022": "May" is a month)."""
    return len(label.split()) <= 14 and not describes(re.sub(r"\b[A-Z]\w*", "", label))


def _speaker_line_ends(text: str, start: int, end: int) -> list[int]:
    """Where the speaker lines inside ``text[start:end]`` end."""
    out = []
    for m in _SPEAKER_LINE.finditer(text, start, end):
        if is_speaker_label(m.group("speaker") or m.group("bracketed")):
            if m.group("bracketed") is not None:
                out.append(m.start() + 1)  # the testimony ends at its closing mark; "(Interview with …)" is its own
            out.append(m.end())
    return out


def _skip_space(text: str, at: int, end: int) -> int:
    while at < end and text[at].isspace():
        at += 1
    return at


def _sentence_bounds(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence ranges inside ``text[start:end]`` (abbreviation-aware)."""
    seg_start = start
    speakers = _speaker_line_ends(text, start, end)
    for m in _SENTENCE_END.finditer(text, start, end):
        cut = m.end()
        while speakers and speakers[0] < cut:  # a testimony's speaker line ends a sentence where no stop does
            line_end = speakers.pop(0)
            if line_end > seg_start:
                yield seg_start, line_end
                seg_start = _skip_space(text, line_end, end)
        if cut <= seg_start:
            continue
        before = text[seg_start : m.start()]
        word = re.search(r"([\w.]+)\.?$", before.rstrip("."))
        token = (word.group(1) if word else "").lower().rstrip(".")
        if _abbreviation(token):
            continue
        if m.group("marker") and text[m.start() - 2 : m.start() - 1].isdigit():
            after = text[m.end() : m.end() + 8]
            if re.match(r"\s+\(", after[:4]) or re.match(r"\s+[A-Z]{2,}\b", after):
                # "recommendation 133.40 (Denmark)", "2,651.5 USD per person": a number, not a sentence's end and a note
                continue
        if _inside_quotation(text[seg_start:cut]):
            continue  # a witness's words of several sentences stay one passage, so they stay a quotation
        if re.search(r"\d\.$", text[max(seg_start, m.start() - 3) : m.start() + 1]) and not m.group("marker"):
            # "in 2005." ends a sentence, but "para. 3." or "No. 7." inside a sentence does not
            prev = re.search(r"(\w+)\.?\s+\d+\.$", text[seg_start : m.start() + 1])
            if prev and prev.group(1).lower() in _ABBREVIATIONS:
                continue
        yield seg_start, cut
        seg_start = _skip_space(text, cut, end)
    for line_end in speakers:
        if seg_start < line_end < end:
            yield seg_start, line_end
            seg_start = _skip_space(text, line_end, end)
    if seg_start < end:
        yield seg_start, end


#: A "sentence" longer than this (a run-on paragraph without full stops, a table flattened into one line) is cut
#: at its semicolons, so that no drafted sentence runs to hundreds of words.
MAX_SENTENCE_WORDS = 120


def _split_long(text: str, bounds: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    for a, b in bounds:
        if len(_WORD.findall(text[a:b])) <= MAX_SENTENCE_WORDS:
            yield a, b
            continue
        start = a
        for m in re.finditer(r";\s+", text[a:b]):
            cut = a + m.end()
            if len(_WORD.findall(text[start:cut])) >= 15:
                yield start, a + m.start() + 1
                start = cut
        yield start, b


def _roman_marker_dropped(m: re.Match[str]) -> str:
    """"" for an endnote marker ("detention.iv"), the text itself in a web address ("www.saeima.lv") or after an
    abbreviation ("para.iv")."""
    before = m.string[max(0, m.start() - 40) : m.start()]
    word = re.search(r"([\w./:-]*?)(\w+)[.,;:!?]$", before)
    if word and ("." in word.group(1) or "/" in word.group(1) or word.group(2).lower() in _ABBREVIATIONS):
        return m.group(0)
    return ""


#: The parts of compounds a line-end hyphen may fall in ("ill-⏎treatment", "non-⏎governmental", "out-of-⏎school",
#: "election-⏎related", "community-⏎based"): such a hyphen is the compound's, where the document does not say
#: otherwise. Not prefixes that are also syllables ("pre-⏎vention", "ex-⏎amination", "inter-⏎national").
_COMPOUND_FIRST = frozenset(
    "ill non self well so of to follow cross anti long short full high low far decision law".split()
)
_COMPOUND_SECOND = frozenset(
    "related based led owned run called scale term time year years old wide free up making level specific "
    "sensitive oriented affected friendly seekers being building funded sponsored discrimination".split()
)


def document_vocabulary(text: str) -> frozenset[str]:
    """The words of a text in lower case, and its hyphenated compounds ("ill-treatment") as written on one line;
    not the parts of a word broken at a line's end."""
    text = re.sub(r"[^\W\d_]+-[ \t]*\n\s*[^\W\d_]+", " ", text)
    words = re.findall(r"[^\W\d_]+", text.lower())
    compounds = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", text.lower())
    return frozenset(words) | frozenset(
        f"{a}-{b}" for c in compounds for a, b in zip(c.split("-"), c.split("-")[1:], strict=False)
    )


def display_text(raw: str, vocabulary: frozenset[str] | None = None) -> str:
    """One line: whitespace collapsed, soft hyphens at line ends joined, glued footnote markers dropped.

    With the ``vocabulary`` of the document (:func:`document_vocabulary`), a hyphen at a line's end is the
    word's own where the document writes the compound so elsewhere, or does not write the word whole and one
    part is a usual part of compounds ("ill-⏎treatment" → "ill-treatment", "election-⏎related",
    "out-of-⏎school"); else it breaks one word ("interro-⏎gated" → "interrogated", "man-⏎date" → "mandate")."""

    def joined(m: re.Match[str]) -> str:
        first, second = m.group(1), m.group(2)
        whole, compound = (first + second).lower(), f"{first}-{second}".lower()
        if vocabulary is None:
            return first + second
        if compound in vocabulary:
            return f"{first}-{second}"
        if whole in vocabulary:
            return first + second
        if first.lower() in _COMPOUND_FIRST or second.lower() in _COMPOUND_SECOND:
            return f"{first}-{second}"
        if m.start(1) > 0 and m.string[m.start(1) - 1] == "-":
            return f"{first}-{second}"  # "editor-in-⏎chief", "mother-in-⏎law": a compound's third part
        return first + second

    s = re.sub(r"([^\W\d_]+)-[ \t]*\n\s*([a-zà-ÿ][^\W\d_]*)", joined, raw)
    s = re.sub(r"(\d)-\s*\n\s*(?=[a-z])", r"\1-", s)  # "a 26-⏎year-old man": a compound, not a broken word
    s = re.sub(r"([^\W\d_])-[ \t]*\n\s*(?=[A-ZÀ-Ý])", r"\1-", s)  # "Attorney-⏎General", "Anti-⏎Torture Act"
    s = _GLUED_MARKER.sub("", s)
    s = _GLUED_ROMAN.sub(_roman_marker_dropped, s)
    s = _BRACKETED_MARKER.sub("", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


_RESTART_COST = 2  # a numbering that starts again at 1 must keep more than two numbers to be worth it
_MAX_SEQUENCE = 2000  # beyond this many numbers (quadratic search), every number counts


_ADDED = {"bis": 1, "ter": 2, "quater": 3}


def _sequence_key(number: str) -> tuple[int, ...]:
    """A paragraph label's place in the sequence: "2" < "2.1" < "2bis" < "2ter" < "3"."""
    m = re.fullmatch(r"(\d+)(bis|ter|quater)", number)
    if m:
        return (int(m.group(1)), 1000, _ADDED[m.group(2)])
    return tuple(int(x) for x in number.split("."))


def paragraph_sequence(numbers: Sequence[str | None]) -> set[int]:
    """Indexes of the paragraph numbers that run in sequence.

    The numbers kept form runs, each never decreasing ("2" < "2.1" < "3"; a number printed twice stays); the
    first run may start anywhere, a later one only where the numbering starts again at 1 (a list of
    recommendations numbered on its own), which costs :data:`_RESTART_COST`. The most numbers kept at the
    least cost win (ties: more numbers). A number left out is something else: a street number on the cover
    page ("35 Boulevard du Roi Albert II, 1000 Brussels") before the paragraphs 1, 2, 3 ..."""
    keyed = [(k, _sequence_key(n)) for k, n in enumerate(numbers) if n is not None]
    if len(keyed) > _MAX_SEQUENCE:
        return {k for k, _ in keyed}
    score: list[tuple[int, int]] = []  # best (score, numbers kept) of a choice ending with keyed[j]
    back: list[int] = []
    for j, (_, key) in enumerate(keyed):
        best, prev = (1, 1), -1  # the first run starts here
        for i in range(j):
            s_i, n_i = score[i]
            if keyed[i][1] <= key:
                cand = (s_i + 1, n_i + 1)
            elif key[0] == 1:
                cand = (s_i + 1 - _RESTART_COST, n_i + 1)
            else:
                continue
            if cand > best:
                best, prev = cand, i
        score.append(best)
        back.append(prev)
    out: set[int] = set()
    j = max(range(len(score)), key=lambda i: (score[i], -i)) if score else -1
    while j >= 0:
        out.add(keyed[j][0])
        j = back[j]
    return out


def _page_break_plan(text: str, spans: list[tuple[int, int]], dropped: set[int]) -> tuple[set[int], set[int]]:
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
        if prev is None or nxt is None or _ends_sentence(line[prev].replace("\f", "")):
            continue
        last = line[prev].replace("\f", "").strip()
        following = line[nxt].strip()
        numbered = _PARA_NUMBER.match(following) is not None
        item = _BULLET.match(following) is not None
        text_below = not numbered and not item and not _is_heading(following)  # no heading, number or item
        goes_on = (
            _GOES_ON.match(following) is not None
            # "… the former presidential candidate Abdel-" / "Moneim Abou El-Fotouh …": a word broken over the page
            or (last.endswith("-") and last[-2:-1].isalpha() and not numbered)
            # "… close control by the Ministry of Social" / "Solidarity and the security services.": a line of
            # running text that ends no sentence, over text
            or (len(last) >= 40 and last[-1:] not in ":;" and not _is_heading(last) and text_below)
            # "… in violation of Republic Act" / "No. 7610, which prohibits …"; "… adopted by the" / "Senate in …"
            or (re.match(r"No\.\s*\d", following) is not None and not numbered)
            or (_last_word(last, 0, len(last)) in _DANGLING and text_below)
        )
        if last.endswith(":") and (numbered or item):
            goes_on = False  # "12. LEN recommends that the Philippines:" / (page) / "12.1 end the red-tagging …"
        if not goes_on or (
            line[nxt].strip()[:1].isdigit() and _is_heading(last) and "," not in last and len(last.split()) <= 8
        ):  # a heading or caption at the page's foot ("C. Freedom of assembly" / "27 protesters were …") ends there
            continue
        delete.update(k for k in range(prev + 1, nxt) if k in dropped or not line[k].replace("\f", "").strip())
    return delete, dropped - delete


def _number_style(text: str, start: int) -> str | None:
    m = _PARA_NUMBER.match(text, start)
    if m is None:
        return None
    mark = m.group(0).strip()
    return "bracket" if mark.startswith("(") else "paren" if mark.endswith(")") else "dot" if mark.endswith(".") else "bare"


def _list_items_as_bullets(
    text: str, parsed: list[tuple[int, int, str | None, bool, bool]]
) -> list[tuple[int, int, str | None, bool, bool]]:
    """Where the paragraphs are numbered "12." (three or more), lines numbered "1)", "2)" are the items of a
    list inside a paragraph, not paragraphs ("15. We recommend that the Government: 1) ratify …; 2) …")."""
    styles = [_number_style(text, a) if n is not None else None for a, _, n, _, _ in parsed]
    if styles.count("dot") < 3 or "paren" not in styles:
        return parsed
    return [
        (a, b, None, h, True) if style == "paren" else (a, b, n, h, bl)
        for (a, b, n, h, bl), style in zip(parsed, styles, strict=True)
    ]


class _Compact:
    """A text without some of its lines (footnotes, running headers and footers), with the way back to the
    offsets of the full text: a sentence broken by a page's notes and the next page's header reads on."""

    def __init__(
        self, text: str, spans: list[tuple[int, int]], delete: set[int], empty: set[int] | frozenset[int] = frozenset()
    ) -> None:
        parts: list[str] = []
        self.work: list[int] = []  # where each kept piece starts in the compact text …
        self.orig: list[int] = []  # … and in the full text
        w = 0
        for k, (a, b) in enumerate(spans):
            if k in delete or k in empty:
                # a page break stays one; a line left empty keeps its line end, so the paragraph ends there
                keep = text.count("\f", a, b) + (k in empty and text[a:b].endswith("\n"))
                if not keep:
                    continue
                a = b - keep
            self.work.append(w)
            self.orig.append(a)
            parts.append(text[a:b])
            w += b - a
        self.text = "".join(parts)

    def start(self, pos: int) -> int:
        i = max(0, bisect.bisect_right(self.work, pos) - 1)
        return self.orig[i] + pos - self.work[i] if self.work else pos

    def end(self, pos: int) -> int:
        i = max(0, bisect.bisect_left(self.work, pos) - 1)
        return self.orig[i] + pos - self.work[i] if self.work else pos


#: A column that quotes the previous cycle's recommendations or the State's answers, not the submitter's words.
_QUOTED_COLUMN = re.compile(r"previous|received|a/hrc|\bcycle\b|status|supported|noted|made\s+by|recommending|state'?s", re.I)
#: Blocks of a table's cells are numbered apart from the paragraphs' (a cell's sentences make one point).
_CELL_BLOCK = 10**7


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The offsets of a tab-separated row's cells, spaces around them left out."""
    out, a = [], start
    for part in text[start:end].split("\t"):
        lead = len(part) - len(part.lstrip())
        out.append((a + lead, a + len(part.rstrip())))
        a += len(part) + 1
    return out


def _prose_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a table row written in prose, a topic in the first ("Female genital mutilation (FGM)⇥FGM was
    criminalised in 2008, and …⇥Enforce Law No. 10 of 2021 …"): a short first cell and a sentence of eight
    words or more after it; [] for other rows (figures, names, a header)."""
    if "\t" not in text[start:end]:
        return []
    cells = _cells(text, start, end)
    label = text[cells[0][0] : cells[0][1]]
    first = len(_WORD.findall(label))
    # a cell of full sentences: fifteen words or more ending with a stop, or two sentences
    prose = [c for c in cells[1:] if (cell := text[c[0] : c[1]].rstrip()).endswith((".", "!", "?"))
             and (len(_WORD.findall(cell)) >= 15 or re.search(r"[a-z)”’\"]\.\s+[A-Z]", cell))]
    # not a row of a follow-up table, which opens with a previous recommendation's number ("142.12 (Denmark)")
    # and quotes its words (the recommending State's, not the submitter's)
    return cells if 1 <= first <= 10 and label[:1].isalpha() and prose else []


def _is_table_row(cells: str) -> bool:
    """A line of table cells: tabs between them (the DOCX reader's: three cells or more, or two short ones), or
    columns kept apart by runs of spaces (a PDF's text). Not a Word list item's label and its text ("a.⇥…",
    "iv.⇥…", "Recommendation 1:⇥…") nor a tab inside a sentence."""
    cells = _CELL_LABEL.sub("", cells.strip(), count=1)
    parts = cells.split("\t")
    if len(parts) >= 3 or (len(parts) == 2 and all(len(p.split()) <= 6 for p in parts)):
        return True
    return len(_CELL_GAP.findall(cells)) >= 2


#: A label before a tab at a line's start: Word's numbering ("a.", "iv.", "(b)") or a typed one ("Case study:").
_CELL_LABEL = re.compile(r"^(?:\(?[A-Za-z0-9]{1,5}[.)]|[^\t]{1,30}:)\t")


def left_out_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of the lines :func:`split_passages` leaves out of a submission's text: footnotes at a
    page's foot and running headers and footers. A sentence read on over a page break spans them; ``verify``
    leaves them out of its cited words as the drafter did."""
    spans = list(_lines(text))
    return tuple(spans[k] for k in sorted(_left_out(text)))


@lru_cache(maxsize=64)
def _left_out(text: str) -> frozenset[int]:
    """Indexes (into the text's lines) of the running headers and footers and of the footnote lines, found once
    a text for the drafter and ``verify`` both."""
    spans = list(_lines(text))
    furniture = page_furniture(text, spans)
    return frozenset(furniture | note_lines(text, spans, furniture=furniture))


def split_passages(doc: Document, *, file: str, stakeholder: str) -> list[Passage]:
    """Every sentence of a submission as a :class:`Passage`, in reading order. Footnotes and running headers
    and footers are left out, and a sentence they interrupt at a page break reads on; offsets are into the
    document's full text."""
    spans = list(_lines(doc.text))
    delete, empty = _page_break_plan(doc.text, spans, set(_left_out(doc.text)))
    compact = _Compact(doc.text, spans, delete, empty)
    text = compact.text
    vocabulary = document_vocabulary(doc.text)
    out: list[Passage] = []
    heading: str | None = None
    paragraph: str | None = None
    numbered = 0
    parsed = _list_items_as_bullets(text, blocks(text, notes=set(), paragraph_lines=doc.format == "docx"))
    kept = paragraph_sequence([number for _, _, number, _, _ in parsed])
    parsed = [(a, b, n if k in kept else None, h, bl) for k, (a, b, n, h, bl) in enumerate(parsed)]
    body = 0
    for _start, _end, number, is_h, _bullet in parsed:
        numbered += number is not None
        body += not is_h
    # numbered paragraphs are the locators when there are three or more of them, or when they are the body
    # (a short submission of one or two numbered paragraphs)
    uses_numbers = numbered >= 3 or (numbered > 0 and 2 * numbered >= body)
    list_lead: tuple[str, int, int] | None = None
    table_header: list[tuple[str, int, int]] = []  # the last table header row's cells (name, offsets)

    def add(a: int, b: int, shown: str, *, heading: str | None, in_list: bool, block: int,
            lead: tuple[str, int, int] | None) -> None:
        """The sentence at ``a``-``b`` of the compact text as a passage (``lead``: a list's lead-in, with its
        offsets in the document's full text)."""
        if not _WORD.search(shown):
            return
        start_at, end_at = compact.start(a), compact.end(b)  # in the document's full text
        out.append(
            Passage(
                file=file,
                stakeholder=stakeholder,
                start=start_at,
                end=end_at,
                text=shown,
                page=doc.page_at(start_at),
                end_page=doc.page_at(max(start_at, end_at - 1)),
                paragraph=paragraph if uses_numbers else None,
                heading=heading,
                index=len(out),
                in_list=in_list,
                block=block,
                lead=lead[0] if lead is not None else None,
                lead_start=lead[1] if lead is not None else None,
                lead_end=lead[2] if lead is not None else None,
            )
        )

    for block_no, (start, end, number, is_heading, bullet) in enumerate(parsed):
        if is_heading:
            heading = display_text(text[start:end], vocabulary)
            list_lead = None
            paragraph = None  # a new section: unnumbered text under it is cited by page
            continue
        if number is not None and uses_numbers:
            paragraph = number
        body_start = start
        m = _PARA_NUMBER.match(text, start) if number is not None else _BULLET.match(text, start)
        if m is None and bullet:
            m = _PARA_NUMBER.match(text, start)  # "1) ratify …": a list item numbered so
        explicit = m is not None and number is not None and _explicit_number(m)
        if m and (bullet or (number is not None and (uses_numbers or explicit))):
            body_start = m.end()  # "12. ", "(3) ", "- ": not the bare figure of "2 cases were reported"
        numbered_item = False  # "12.1 end the red-tagging …;" under "12. LEN recommends that the Philippines:"
        if number is not None and uses_numbers:
            first = _WORD.search(text, body_start, end)
            numbered_item = first is not None and (first.group(0)[:1].islower() or is_base_verb(first.group(0), listed=True))
            if first is not None and not numbered_item:
                # a paragraph of the numbered series is no item of the list the paragraph before leads in ("14. …
                # awaiting implementation:" / a table / "15. Compliance with provisional measures …"), but an
                # item may have a number of its own ("16. Ratify the CAT;")
                list_lead = None
        if "\n" not in text[body_start:end].strip() and _is_table_row(text[body_start:end]):
            # a table's row: cells, not sentences ("2020⇥150 cases …⇥None of the perpetrators …"), but a table
            # of prose ("Issue | Situation | Recommendation") is read cell by cell under its row's topic
            cells = _prose_cells(text, body_start, end)
            if cells:
                columns = table_header if len(table_header) == len(cells) else []
                topic = display_text(text[cells[0][0] : cells[0][1]], vocabulary)
                for c, (a, b) in enumerate(cells[1:], start=1):
                    if len(_WORD.findall(text[a:b])) < 5:
                        continue  # "111.91 (Brazil); 111.92 (Holy See)", "New", "–": a reference, not prose
                    if columns and _QUOTED_COLUMN.search(columns[c][0]):
                        continue  # "Previous UPR recommendation", "Recommendation received (A/HRC/44/9)": not its words
                    # the cells of a "Recommendation" column are items, their column's name their lead-in
                    asks = bool(columns) and re.search(r"recommend", columns[c][0], re.I) is not None
                    cell_lead = (f"{columns[c][0]}:", compact.start(columns[c][1]), compact.end(columns[c][2])) if asks else None
                    for sa, sb in _split_long(text, _sentence_bounds(text, a, b)):
                        add(sa, sb, display_text(text[sa:sb], vocabulary), heading=topic, in_list=asks,
                            block=_CELL_BLOCK + block_no * 16 + c, lead=cell_lead)
            else:
                header = _cells(text, body_start, end)
                if all(len(_WORD.findall(text[a:b])) <= 4 for a, b in header):
                    # "Issue⇥Situation⇥Recommendation": the names of the columns below
                    table_header = [(text[a:b], a, b) for a, b in header]
            continue
        for a, b in _split_long(text, _sentence_bounds(text, body_start, end)):
            shown = display_text(text[a:b], vocabulary)
            if b < end and text[b:end].strip():
                # the sentence was cut after a footnote marker glued to a figure's full stop: "fell from 4,551 to
                # 3,088.9 Small communities …" is "3,088" and note 9, "the channel K+.13 In addition" "K+" and 13
                shown = _FIGURE_MARKER.sub("", shown)
            add(a, b, shown, heading=heading, in_list=bullet or list_lead is not None, block=block_no, lead=list_lead)
        block_text = display_text(text[start:end], vocabulary)
        if block_text.endswith(":"):
            last = list(_sentence_bounds(text, body_start, end))
            a, b = last[-1] if last else (body_start, end)
            if not (bullet and len(last) == 1 and list_lead is not None and _ASKING_LEAD.search(list_lead[0])):
                list_lead = (display_text(text[a:b], vocabulary), compact.start(a), compact.end(b))
            # else a list within a list: "We urge the Government to:" / "• Protect environmental defenders:" /
            # "– adopt …": the items below stay under the lead that asks, the item above is their topic or gist
        elif not bullet and not numbered_item:
            list_lead = None
    return _observations_with_their_items(out, doc.text)


#: What stands before a list item's words on its line: a bullet, "(a)", "a)", "1)".
_ITEM_MARK = re.compile(r"[ \t]*(?:[•▪◦‣·\-–—*]|\(?[a-z0-9]{1,3}\))[ \t]*")
#: A lead-in that asks for something: its items are recommendations, each drafted on its own.
_ASKING_LEAD = re.compile(
    r"\b(?:recommend\w*|urg\w*|call\w*|ask\w*|request\w*|encourag\w*|invit\w*|appeal\w*|should|must|need\w*|"
    r"steps|measures|actions|recommendations)\b|\bto\s*:\s*$",
    re.I,
)


def _observations_with_their_items(passages: list[Passage], text: str) -> list[Passage]:
    """A lead-in that says something of its own ("Enforced disappearances are used in particular against:")
    and the items of its list ("(a) opposition political activists …;", "(b) human rights defenders …; and")
    are one sentence, so that the items are not drafted as fragments; a lead-in asking for something keeps
    its items apart (each a recommendation)."""
    out: list[Passage] = []
    k = 0
    while k < len(passages):
        p = passages[k]
        items = []
        j = k + 1
        while (
            j < len(passages)
            and passages[j].in_list
            and passages[j].lead == p.text
            and passages[j].block != p.block
            and _ITEM_MARK.fullmatch(text[text.rfind("\n", 0, passages[j].start) + 1 : passages[j].start])
        ):
            items.append(passages[j])
            j += 1
        # only items that go on the lead-in's sentence (each a fragment in lower case, one a block: an item of
        # two sentences is no fragment), within a sentence's length
        if (
            p.text.endswith(":")
            and items
            and (j == len(passages) or passages[j].block not in {i.block for i in items})
            and not _ASKING_LEAD.search(p.text)
            and len({i.block for i in items}) == len(items)
            and all(re.match(r"[a-z]", i.text) for i in items)
            and p.words + sum(i.words for i in items) <= MAX_SENTENCE_WORDS
        ):
            last = items[-1]
            out.append(
                replace(
                    p,
                    end=last.end,
                    text=" ".join([p.text, *(i.text for i in items)]),
                    end_page=last.end_page,
                    words=0,
                )
            )
            k = j
            continue
        out.append(p)
        k += 1
    return [replace(p, index=n) for n, p in enumerate(out)]
