"""Endnote markers in extracted text.

Superscript note numbers lose their superscript in text extraction: they end up on a line of their own
(``submissions\\n1\\n to the``), glued to a word or to punctuation (``submissions1``, ``jurisprudence.72``,
``(No.169).4``) or after a space (``Principles. 10 HRORS``). Any number in the text could be one, so the
candidates are scored and the most plausible *rising sequence* 1, 2, 3 … is chosen by dynamic programming.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from uprkit.layout.lines import Line


@dataclass(frozen=True)
class Marker:
    number: int
    start: int  # offset of the digits in Document.text
    end: int
    line: int  # index of the line holding it
    standalone: bool  # the digits are the whole line


@dataclass(frozen=True)
class _Candidate:
    number: int
    start: int
    end: int
    line: int
    standalone: bool
    weight: float


# digits glued to a word or closing punctuation: "submissions1", "(UPR).5", "2018.6", "labour15,"
_GLUED = re.compile(r"(?<=[^\s\d])(\d{1,3})(?=[\s,.;:)\]]|$)")
# digits after punctuation and one space: "Principles. 10 HRORS"
# not "paragraphs 21 (c); 26 (b); 27 (b)": a paragraph reference with its sub-paragraph letters
_SPACED = re.compile(  # the punctuation is matched, not looked behind for: the same matches, twice as fast
    r"[.,;:”\")’] (\d{1,3})(?!\s*\(\s*(?:[a-z]{1,2}|[ivx]{1,4}|(?:first|second|third|last) sentence)\s*\))"
    r"(?=\s+[A-Z“\"(]|\s*$)"
)
# "the Independent Expert on older persons, 133 the Committee": a spaced marker after a comma; not a number of a
# list ("articles 26 (c), 37 and 40 of the CRC")
_SPACED_COMMA = re.compile(r"(?<=,) (\d{1,3})(?= (?:the|and|as|which|who|while|in|on|for|to|but|a|an) )(?! (?:and|or) \d)")
# "JS384 and OSCE/ODIHR85": marker 84 glued to JS3
_JS_GLUED = re.compile(r"(?<![\w-])JS\s?\d(\d{2,3})(?=[\s,.;:)]|$)")
_LEADING = re.compile(r"^\s*(\d{1,3})(?=\s+\S)")
# "JS3 40 reported", "CoE-Commissioner 104 made": a spaced marker between a name and its verb
_AFTER_NAME = re.compile(r"\b[A-Z][\w/-]*[A-Z0-9][\w/-]* (\d{1,3})(?= [a-z]{3,})")
# "as of 1 January 201036", "15 January 20216": a marker glued to a year
_AFTER_YEAR = re.compile(r"\b(?:19|20)\d\d(\d{1,3})(?=[\s,.;:)]|$)")


#: abbreviations that introduce a number of the text's own ("No.8", "Add.1", "art. 3", "para. 12")
_ABBREVIATION = r"(?:No|Nos|Add|Corr|Rev|art|Art|para|paras|p|pp|vol|Vol|sect|chap)"
#: before a spaced number: a list of numbers ("articles 9, 12, 19, 21 (Mexico)"; but not markers "1, 2" on a line
#: of their own or "constraints.3, 4 The") or an abbreviation that introduces it ("ILO Convention No. 29 (1930)")
#: "140.82-85, 87", "140.82, 87": a list of recommendation numbers, a range or "para.item" before the comma
_LIST_OR_ABBREVIATION = re.compile(rf"(?:[\s–—-]\d{{1,3}},|(?<![\d.])\d{{2,3}}\.\d{{1,3}},|\b{_ABBREVIATION}\.)\Z")


def _own_number(line: str, after_punctuation: int) -> bool:
    """Whether the spaced number after the punctuation ending at ``after_punctuation`` is the text's own."""
    return _LIST_OR_ABBREVIATION.search(line, max(0, after_punctuation - 10), after_punctuation) is not None


_ABBREVIATION_BEFORE = re.compile(rf"\b{_ABBREVIATION}\.\s?$")
_THEN_CAPITAL_OR_END = re.compile(r"\s+[A-Z“\"(]|\s*$")
_INDENT = re.compile(r"\s+")
_LOOK_BACK = 48  # characters before a candidate that the checks below read (the longest needs under 10)


def _glued_weight(text: str, m: re.Match[str]) -> float | None:
    s = m.start(1)
    # only the end of the text before it: a long line holds many candidates, and reading the whole line
    # before each was quadratic. One character stands for the rest: a space where the rest is the line's
    # indent, else "\0", so "^" and "^\s+" still mean the start of the line.
    if s <= _LOOK_BACK:
        before = text[:s]
    else:
        indent = _INDENT.match(text)
        before = (" " if indent and indent.end() >= s - _LOOK_BACK else "\0") + text[s - _LOOK_BACK : s]
    prev = before[-1]
    word = re.search(r"([A-Za-z]+)$", before)
    if word and (word.group(1) in ("JS", "OP", "No", "G", "COVID", "Covid", "CRC", "CAT", "Art", "art") or (
        word.group(1).isupper() and len(word.group(1)) <= 2
    )):
        return None
    if prev in ".,;:" and s >= 2 and before[-2].isdigit():
        # "11.1 per cent" is a decimal; "2018.6 JS16" is a year and a marker; "129.1 Ratify" numbers an item;
        # "the Act in 2006,17 but noted": a year and a marker (a thousands group is never four digits)
        if prev == "," and re.search(r"(?<![\d,.])(?:19|20)\d\d,$", before):
            return 0.6
        if not _THEN_CAPITAL_OR_END.match(text, m.end(1)):
            return None
        item = re.search(
            r"(?:^|[;:.),]\s|^\s+|\d{2,3}\.\d{1,3}(?:\s?[–—-]\s?|\s(?:to|and|through)\s))(\d{2,3})\.$", before
        )
        if item:
            # "…(Slovakia); 129.2 Consider …", "140.240, 140.253", and a range's end at a line's end
            # ("131.126–131.149" / "and …"): the number of a recommendation
            return None
        return 0.6
    if _ABBREVIATION_BEFORE.search(before):
        return None  # "No.8", "Add.1", "art.3": a number the abbreviation introduces
    if prev in "-/–($€£#§":
        return None  # "(20 years", "four (4)", "US$100", "No.#3": the text's own number ("[2]" is a marker)
    if re.search(r"\((?:JS|Js)\)\s?$", before):
        return None  # "Joint Submission (JS)1"
    if prev.isalpha():
        return 0.9
    return 1.0


def collect_candidates(
    lines: list[Line], first: int, last: int, text: str, *, confirmed: bool = False
) -> list[_Candidate]:
    """Every number of lines ``first`` to ``last`` that may be a marker, with a weight; ``confirmed``: the
    document's note texts were found (weaker kinds of candidate are then considered too)."""
    cands: list[_Candidate] = []
    for line in lines[first:last]:
        if line.kind != "text":
            continue
        s = line.text
        if re.fullmatch(r"\s*\d{1,3}\s*", s):
            m = re.search(r"\d+", s)
            assert m is not None
            cands.append(_Candidate(int(m.group()), line.start + m.start(), line.start + m.end(), line.index, True, 1.2))
            continue
        for m in _GLUED.finditer(s):
            w = _glued_weight(s, m)
            if w is None:
                continue
            cands.append(_Candidate(int(m.group(1)), line.start + m.start(1), line.start + m.end(1), line.index, False, w))
        for m in _JS_GLUED.finditer(s) if "JS" in s else ():
            # "JS384 and OSCE/ODIHR85": marker 84 glued to JS3
            cands.append(_Candidate(int(m.group(1)), line.start + m.start(1), line.start + m.end(1), line.index, False, 0.7))
        for m in _SPACED.finditer(s):
            if _own_number(s, m.start() + 1):
                continue  # "articles 9, 12, 19, 21 (Mexico)", "ILO Convention No. 29 (1930)"
            cands.append(_Candidate(int(m.group(1)), line.start + m.start(1), line.start + m.end(1), line.index, False, 0.5))
        for m in _SPACED_COMMA.finditer(s):
            if _own_number(s, m.start()):
                continue
            cands.append(_Candidate(int(m.group(1)), line.start + m.start(1), line.start + m.end(1), line.index, False, 0.4))
        if confirmed:
            # only where the notes are found: the chain then has a gap exactly there
            for rx, weight in ((_AFTER_NAME, 0.35), (_AFTER_YEAR, 0.35)):
                for m in rx.finditer(s):
                    cands.append(_Candidate(int(m.group(1)), line.start + m.start(1), line.start + m.end(1), line.index, False, weight))
        lead = _LEADING.match(s)
        if lead and not re.match(r"^\s*\d{1,3}(?:\.|\s+[a-z])", s):
            # "44 PRI-Central Asia noted" after a lost line break (rare); weak evidence. Not before a lower-case
            # word: "Malawi supported" / "175 of the 199 recommendations" goes on a sentence
            cands.append(
                _Candidate(int(lead.group(1)), line.start + lead.start(1), line.start + lead.end(1), line.index, False, 0.3)
            )
    cands.sort(key=lambda c: c.start)
    return cands


def choose_markers(
    cands: list[_Candidate], max_number: int | None = None, max_gap: int = 12, min_score: float | None = None
) -> list[Marker]:
    """The best-scoring strictly rising chain of candidates (consecutive numbers score best); none where the
    best scores no more than ``min_score``."""
    if max_number is not None:
        cands = [c for c in cands if 1 <= c.number <= max_number]
    else:
        cands = [c for c in cands if c.number >= 1]
    n = len(cands)
    if n == 0:
        return []
    best = [0.0] * n
    back = [-1] * n
    # the best-scoring chain so far ending with each number (the latest on a tie): a weak late candidate
    # (a footnote's own number "2 The recommendation as read …") must not hide a strong earlier one
    # ("(Djibouti)2;") from the numbers after it
    by_number: dict[int, int] = {}
    for i, c in enumerate(cands):
        score = c.weight - _gap_cost(c.number - 1)
        prev = -1
        for k in range(1, max_gap + 2):
            j = by_number.get(c.number - k)
            if j is not None:
                s = best[j] + c.weight - _gap_cost(k - 1)
                if s > score:
                    score, prev = s, j
        best[i], back[i] = score, prev
        if c.number not in by_number or score >= best[by_number[c.number]]:
            by_number[c.number] = i
    end = max(range(n), key=lambda i: best[i])
    if min_score is not None and best[end] <= min_score:
        return []
    chain: list[int] = []
    while end != -1:
        chain.append(end)
        end = back[end]
    chain.reverse()
    return [Marker(cands[i].number, cands[i].start, cands[i].end, cands[i].line, cands[i].standalone) for i in chain]


#: The least a chain of markers must score where the notes were not found: a lone "arrest.3" (two notes before it
#: unmarked, -0.6) is kept, a lone number with a dozen notes unmarked before it (-5.5 and less) is not.
_UNCONFIRMED_MIN_SCORE = -2.0


def _gap_cost(missing: int) -> float:
    return 0.0 if missing <= 0 else 0.8 + 0.4 * missing


def find_markers(lines: list[Line], first: int, last: int, text: str, max_number: int | None) -> list[Marker]:
    # without the notes, a chain must earn its place: a lone "175" of "Malawi supported" / "175 of the 199", or
    # a last page's "7", is the text's own number, not "endnote markers (1-175)" whose notes are missing
    markers = choose_markers(
        collect_candidates(lines, first, last, text, confirmed=max_number is not None),
        max_number,
        min_score=_UNCONFIRMED_MIN_SCORE if max_number is None else None,
    )
    for m in markers:
        if m.standalone:
            lines[m.line].kind = "marker"
    return markers
