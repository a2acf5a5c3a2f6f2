"""Abbreviations that name a treaty body, not its treaty: a context rule of :mod:`uprkit.classify.instruments`.

"CAT", "CRC", "CEDAW", "CERD", "CESCR", "CED" name both a treaty and the committee that monitors it. "Ratify CAT"
is the treaty; "as recommended by CAT", "the recommendations of CRC", "CEDAW's concerns", "submit its overdue
reports to CERD", "CESCR recommendations" and "CEDAW, CRC and CESCR expressed concern" are the committees, and
are not instrument mentions. An abbreviation is read as a committee when:

* a committee is named just before, the abbreviation in brackets ("Committee against Torture (CAT)");
* it is part of a document symbol ("CAT/C/SVN/CO/3");
* a committee's work is named just before it: "the recommendations / concerns / observations / comments
  (made | raised | adopted | expressed ...) by|of|from [the]", "as recommended / requested / called for /
  raised ... by [the]", "(overdue | periodic) report(s) ... to [the]", "the competence of", "cooperation with";
* a committee's work or a reporting verb follows, possibly after a list of other bodies: "CEDAW
  recommendations", "CRC's recommendation", "CAT and CEDAW observations", "CEDAW and CRC Committees", "CEDAW,
  CRC and CESCR expressed";
* it follows another committee in a list: "as recommended by CEDAW, CRC, and the CESCR".

What stays a treaty: "as required by CAT", "in line with CEDAW", "CEDAW's Article 16", "reservations to CEDAW".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["committee_spans", "names_committee"]

_WORK = (
    r"recommendations?|observations?|concluding\s+observations|concerns?|comments?|suggestions?|findings|views|"
    r"decisions?|requests?|calls?|encouragement|jurisprudence|general\s+comments?|guidance|reports?|"
    r"members?|experts?|Committees?|Chair(?:person)?|secretariat|competence|indication|general\s+recommendations?"
)
_VERBS = (
    r"recommended|noted|urged|expressed|was\s+concerned|were\s+concerned|welcomed|encouraged|called|requested|"
    r"regretted|recalled|reiterated|observed|asked|commended|acknowledged|stated|considered|remained|invited|"
    r"highlighted|underlined|stressed|added|deplored|emphasi[sz]ed|was\s+(?:deeply\s+|also\s+|further\s+)?"
    r"(?:concerned|alarmed|disturbed)|found|recognized|recognised|appreciated|pointed|drew|indicated|mentioned|"
    r"concluded|raised|reported|echoed"
)
# Another body's abbreviation or name in a list: ", CRC", " and the CESCR", " and ILO".
_OTHER = r"(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?(?:[A-Z]{2,}[A-Za-z]*|Human\s+Rights\s+Committee))"

_BEFORE = re.compile(
    r"(?i)(?:"
    r"committee\b[^()]{0,120}\(\s*"  # "Committee against Torture (CAT"
    rf"|(?:{_WORK})\s+(?:[\w-]+\s+){{0,2}}?(?:made\s+|issued\s+|adopted\s+|expressed\s+|raised\s+|formulated\s+|"
    r"given\s+|put\s+forward\s+|addressed\s+|received\s+)?(?:by|of|from)\s+(?:the\s+)?"
    r"|(?:recommended|suggested|requested|noted|urged|called\s+for|highlighted|observed|expressed|raised|stated|"
    r"indicated|reiterated|pointed\s+out|encouraged|advised|heard|examined|considered|reviewed|adopted|issued|"
    r"made|echoed|welcomed|mentioned|cited|referred\s+to|documented|identified|reported)\s+(?:\w+\s+)?by\s+(?:the\s+)?"
    r"|(?:report|reports|reporting|submission|submitted|overdue)\s+"
    r"(?:(?!and\b|or\b|acce\w*|ratif\w*|adhe\w*|part(?:y|ies)\b|reservations?\b|sign\w*|join\w*|under\b|"
    r"optional\b|protocols?\b|conventions?\b|covenants?\b|relation\b|regard\b|respect\b|pursuant\b|relating\b|"
    r"according\b|accordance\b)[\w-]+\s+){0,4}?"
    r"to\s+(?:the\s+)?"
    r"|(?:competence\s+of|(?:cooperat|engag|interact)\w*\s+with|dialogue\s+with|members?\s+of|sessions?\s+of|before)"
    r"\s+(?:the\s+)?"
    r")\Z"
)
_AFTER = re.compile(  # case matters for the other bodies' abbreviations only
    rf"\A(?:\s*/|{_OTHER}*(?:['’\ufffd]s)?\s+(?i:{_WORK})\b|{_OTHER}*\s+(?:also\s+|further\s+|had\s+|has\s+|both\s+|in\s+\d{{4}},?\s+)*"
    rf"(?i:{_VERBS})\b)"
)
_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|as\s+well\s+as\s+)(?:the\s+)?")
# "CEDAW's Optional Protocol": the treaty's protocol, never the committee's work
_PROTOCOL = re.compile(r"(?i)\A(?:['’\ufffd]s)?\s+(?:\w+\s+)?(?:optional\s+)?protocols?\b")


def names_committee(text: str, start: int, end: int) -> bool:
    """Whether the abbreviation ``text[start:end]`` names a committee by its context (see the module). A
    protocol's abbreviation ("OP-CAT") never does, but in a document symbol ("CAT/OP/...")."""
    if start > 0 and text[start - 1] == "/":
        return True
    if "OP" in text[start:end]:
        return False
    if _BEFORE.search(text, max(0, start - 160), start):
        return True
    after = text[end : end + 160]
    return bool(_AFTER.match(after)) and not _PROTOCOL.match(after)


def committee_spans(text: str, spans: Sequence[tuple[int, int]]) -> set[tuple[int, int]]:
    """Which abbreviation spans name a committee: by their own context, or by following one in a list."""
    committees: set[tuple[int, int]] = set()
    last: tuple[int, int] | None = None
    for span in sorted(set(spans)):
        start, end = span
        listed = last is not None and last[1] <= start and _LIST.fullmatch(text, last[1], start) is not None
        if listed or names_committee(text, start, end):
            committees.add(span)
            last = span
        elif last is not None and start >= last[1]:
            last = None
    return committees
