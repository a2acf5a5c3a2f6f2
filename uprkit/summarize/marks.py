"""What a line of a submission's text opens and ends with: paragraph numbers, bullets, footnote markers
glued to words, and the stops that end sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: A paragraph number: "12.", "(3)", "[3]" (as judgments number them), "3)", "2.1", "§ 3", "Para. 3", and a
#: paragraph added between two others,
#: "11bis." or "11 bis."
PARA_NUMBER = re.compile(
    r"(?m)^[ \t]*(?:\((?P<p1>\d{1,3})\)|\[(?P<p4>\d{1,3})\]|(?:§|¶|Para\.)[ \t]*(?P<p3>\d{1,3}(?:\.\d{1,3}){0,2})\.?|(?P<p2>\d{1,3} ?(?:bis|ter|quater)(?![a-z])|\d{1,3}(?:\.\d{1,3}){0,2})(?:\.|\))?)"
    r"[ \t]+(?=\S)"
)
#: A bullet at the start of a line; Word's lower levels of numbering, "a.⇥" and "iv.⇥", and numbered recommendations
#: ("R1. Submit the follow-up information …", "R.1 Egypt must release …") are items too, and so is Word's third
#: level, "o" in Courier.
#: The bullets lists are drawn with: "•" and its kin, Word's Symbol and Wingdings bullets as a PDF's text gives
#: them (U+F0B7 "", U+F0A7 "", U+F076, U+F0D8, U+F0FC …), Google Docs' "●" and "○", squares, arrows and ticks.
BULLET_CHARS = "•▪◦‣·●○■□►▶➢➤❖◆◇✓✔⁃∙\uf0b7\uf0a7\uf0a8\uf076\uf0d8\uf0fc\uf0e0\uf0f0"
BULLET = re.compile(
    rf"(?m)^[ \t]*(?:[{BULLET_CHARS}][ \t]*(?=\S)|(?:[\-–—*]|\([a-z]\)|[a-z]\)|R\.?\d{{1,2}}[.)]?)[ \t]+|(?:[a-z]|[ivx]{{1,4}})\.\t|o[ \t]+(?=[A-Za-z])"
    r"|\([a-z]\)(?=[a-z]{2}))"  # "(a)criminalise …": a PDF's text where the tab after the label left no space
)
#: Capital and small letters of the Latin script for character classes, accented ones included ("Türkiye",
#: "Şırnak", "Łódź"): a name with an accent keeps its capital as one without does.
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).isupper())
LOWER = "a-zß-öø-ÿ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).islower())
WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’\-]*")

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """
    e.g i.e etc al para paras p pp no nos art arts vol mr mrs ms dr prof st inc ltd co jr sr fig cf viz approx cap
    dept govt gen col lt sgt rev hon u.s u.k u.n op ch sec vs v jan feb mar apr jun jul aug sep sept oct nov dec
    rs reg tel fax rd ave ul str
    """.split()
)
#: A lower-case Roman numeral up to lxxxix: Word numbers endnotes "i, ii, iii …" by default.
ROMAN = r"(?=[ivxl])(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
#: A footnote marker glued to a word ("torture12 ") or to its punctuation ("torture.12 "), not "JS12" or "11.1".
GLUED_MARKER = re.compile(
    r"(?:(?<=[a-z]{3})|(?<=[A-Za-z)\]”’\"][.,;:])|(?<=\b(?:19|20)\d\d[.,;:])|(?<=[a-z][.,;:!?][”’\"]))"
    r"(?<!\b[Nn]o\.)(?<!\b[Nn]os\.)(?<!\b[Aa]rt\.)(?<!\b[Aa]rts\.)(?<!\bpara\.)(?<!\bparas\.)(?<!\bp\.)(?<!\bpp\.)"
    # nor a UN symbol's part: "A/HRC/11/26/Add.1", "E/CN.4/2006/Corr.1", "CCPR/C/KAZ/CO/1/Rev.1", "A/HRC/L.10"
    r"(?<!\bAdd\.)(?<!\bCorr\.)(?<!\bRev\.)(?<!\bSuppl\.)(?<!\bVol\.)(?<!/L\.)(?<!/CN\.)"
    r"(\d{1,3})(?=[\s,.;:)]|$)"  # not the number of "Convention (No.169)", "art.5", "para.12"
)
#: A footnote marker with a space before it, after a word's full stop or comma, as LibreOffice's justified lines
#: give it ("… in the North Eastern and Coast regions. 3 Few of", "… by the police, 1 to ensure", "… challenging
#: their constitutionality. 5"): only a candidate, a marker where a note of its number stands at the foot of its
#: page (:func:`uprkit.summarize.page_notes.spaced_markers`); never the figure of "in 2019 3 people" or "Article 5"
#: (no stop before it), nor of "No. 5", "p. 3" or "Add. 1".
SPACED_MARKER = re.compile(
    r"(?:(?<=[A-Za-z)\]”’\"][.,;:])|(?<=\b(?:19|20)\d\d[.,;:]))"
    r"(?<!\bAdd\.)(?<!\bCorr\.)(?<!\bRev\.)(?<!\bSuppl\.)"  # the full stop of an abbreviation: see spaced_markers
    r" (\d{1,3})(?=[ \t]*(?:\n|\f|$)|[ \t]+\S)"
    r"(?![ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"  # "…, 3 June"
)
#: An endnote marker in Roman numerals glued to a word's or a year's punctuation ("detention.iv The …", "since
#: 2012.iii"), not "e.g. iv".
GLUED_ROMAN = re.compile(rf"(?:(?<=[a-z]{{2}}[.,;:!?])|(?<=[)”’\"][.,;:])|(?<=\b(?:19|20)\d\d[.,;:]))({ROMAN})(?=\s|$)")


#: Words a heading does not end with; a line ending so was broken mid-sentence.
DANGLING = frozenset(
    "the a an of to and or in on for with by at from that which as its their optional this these our into "
    "against between under than whether".split()
)


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in re.split(r"(?<=\n)|(?<=\f)", text):
        if not line:
            continue
        yield pos, pos + len(line)
        pos += len(line)


# "… act.2", "… act.[2]", "… act.iv"
TRAILING_MARKER = re.compile(
    rf"(?<=[.:;!?)”\"])(?:\d{{1,3}}|\[\d{{1,3}}\]|(?:(?<=[a-z)”\"][.:;!?)”\"])|(?<=(?:19|20)\d\d[.:;!?])){ROMAN})$"
)


#: How a line or block that ends a sentence ends (a glued footnote marker left out first, see :func:`last_char`).
SENTENCE_STOPS = frozenset({".", ":", ";", "!", "?", ")", "”", '"'})


def whole_number(number: str) -> int:
    """The whole number a paragraph label starts with: 12 in "12", "12.3" and "12bis"."""
    return int(re.match(r"\d+", number).group(0))  # type: ignore[union-attr]


def explicit_number(m: re.Match[str]) -> bool:
    """A paragraph number written as one ("12.", "(3)", "3)", "12<tab>"), not a bare figure ("2 cases")."""
    return bool(re.search(r"[.)(§¶]|\t", m.group(0)))


def last_word(text: str, start: int, end: int) -> str:
    """The block's last word, in lower case ("by" in "… filed on 12 May 2022 by")."""
    m = re.search(r"([^\W\d_]+)\W*$", text[max(start, end - 40) : end])
    return m.group(1).lower() if m else ""


def ends_at_stop(text: str, start: int, end: int) -> bool:
    """The block ends with a full stop or a colon, a closing quotation mark or bracket after it left out
    ("… did not even open it.”3")."""
    return _tail(text, start, end).rstrip().rstrip("”’\"')]")[-1:] in {"", ".", ":"}


def last_char(text: str, start: int, end: int) -> str:
    """The block's last character, a footnote marker glued to its final stop left out ("… fines.1" -> ".")."""
    return _tail(text, start, end)[-1:]


def _tail(text: str, start: int, end: int) -> str:
    """The block's last few characters, without a footnote marker glued to its final stop."""
    return TRAILING_MARKER.sub("", text[max(start, end - 8) : end])


#: How a page that goes on with the sentence of the page before starts: in lower case, or with a figure and a
#: word in lower case ("… at least" / "8,400 acres of land …").
GOES_ON = re.compile(r"[\"“”’']?(?:[a-z]|\d[\d,.]*\s+[a-z])")
def is_abbreviation(token: str) -> bool:
    """A word whose full stop ends no sentence: "etc", "para", "e.g", an initial ("J"), initials ("R.A")."""
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token) is not None


def ends_sentence(line: str) -> bool:
    """The line ends a sentence: a full stop (not of "etc." or "para."), "!" or "?", a glued marker left out."""
    s = TRAILING_MARKER.sub("", line.rstrip())
    if not s or s[-1] not in ".!?":
        return False
    word = re.search(r"([\w.]+)\.$", s)
    token = (word.group(1) if word else "").lower()
    return not is_abbreviation(token)


#: A PDF's typographic ligatures ("ﬁ" in "ofﬁce"), written out.
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})


def plain_letters(text: str) -> str:
    """``text`` with a PDF's ligatures written out ("ofﬁce" → "office") and its soft hyphens left out, a word
    broken at one over a line's end joined ("con\u00ad⏎firmed" → "confirmed"): the words as a reader sees them."""
    if "\u00ad" not in text and not _LIGATURE.search(text):
        return text
    return re.sub(r"\u00ad\s*", "", text.translate(_LIGATURES))


_LIGATURE = re.compile("[\ufb00-\ufb06]")
