"""Symbol, country, session, cycle, kind, language and title of a document."""

from __future__ import annotations

import re
from dataclasses import dataclass

from uprkit import countries
from uprkit.layout.lines import Line

#: The cardinal numbers written out, for :func:`words_to_int` ("fifty-three" is fifty and three).
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

_ORDINAL_SESSION = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}


@dataclass
class Metadata:
    symbol: str | None
    country: str | None
    country_name: str | None
    session: int | None
    cycle: int | None
    kind: str
    language: str | None
    title: str | None


def cycle_of_session(session: int | None) -> int | None:
    """UPR cycle of a Working Group session: 1–12 → 1, 13–26 → 2, 27–40 → 3, 41 onwards → 4."""
    if session is None or session < 1:
        return None
    if session <= 12:
        return 1
    if session <= 26:
        return 2
    if session <= 40:
        return 3
    return 4


def cycle_of_council_session(symbol: str | None) -> int | None:
    """UPR cycle of a Working Group report or addendum from the Human Rights Council session in its symbol
    ("A/HRC/43/7/Add.1" → 43 → 3): outcomes were adopted at sessions 8–19 (cycle 1), 21–34 (2), 36–50 (3) and
    from 52 on (4); 20, 35 and 51 adopted none."""
    m = re.match(r"A/HRC/(\d+)/\d+(?:/|$)", symbol or "")
    if m is None or int(m.group(1)) < 8:
        return None
    council = int(m.group(1))
    return 1 if council <= 20 else 2 if council <= 35 else 3 if council <= 51 else 4


def wg_session_of_council_session(council: int | None) -> int | None:
    """The Working Group session whose outcomes a Human Rights Council session adopted: 10–19 adopted those of
    sessions 3–12, 21–34 those of 13–26, 36–44 those of 27–35, 46–50 those of 36–40 (the Working Group did not
    meet in May 2020) and from 52 on those of 41 onwards. None for sessions 8 (sessions 1 and 2), 9, 20, 35, 45
    and 51."""
    if council is None:
        return None
    for first, last, offset in ((10, 19, 7), (21, 34, 8), (36, 44, 9), (46, 50, 10)):
        if first <= council <= last:
            return council - offset
    return council - 11 if council >= 52 else None


def words_to_int(s: str) -> int | None:
    s = s.strip().lower().replace("-", " ")
    if s.isdigit():
        return int(s)
    total = 0
    for w in s.split():
        if w not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[w]
    return total or None


_STATED = re.compile(
    r"summary of\s+(?P<n>\d{1,3}|[a-z]+(?:[\s-][a-z]+)?)\s+(?:stakeholders?[’']?\s*|relevant stakeholders?[’']?\s*)"
    r"(?:submissions|contributions|information)",
    re.I,
)


def stated_submission_count(text: str) -> int | None:
    m = _STATED.search(text)
    if not m:
        return None
    return words_to_int(m.group("n"))


def kind_of(symbol: str | None, front_text: str) -> str:
    if symbol:
        m = re.match(r"A/HRC/WG\.6/\d+/[A-Z]{3}/(\d)", symbol)
        if m:
            return {"1": "national_report", "2": "compilation", "3": "stakeholder_summary"}.get(m.group(1), "unknown")
        if re.match(r"A/HRC/\d+/\d+/Add\.\d+$", symbol):
            return "wg_report_addendum"
        if re.match(r"A/HRC/\d+/\d+$", symbol):
            return "wg_report"
    t = re.sub(r"\s+", "", front_text.lower())
    if "reportoftheworkinggroupontheuniversalperiodicreview" in t:
        return "wg_report_addendum" if re.search(r"addendum|viewsonconclusions", t) else "wg_report"
    if "summaryofstakeholders" in t or "summarypreparedbytheoffice" in t:
        return "stakeholder_summary"
    if "compilation" in t:
        return "compilation"
    if "nationalreport" in t:
        return "national_report"
    return "unknown"


_STOP = {
    "en": {"the", "and", "of", "to", "that", "in", "was", "were", "had"},
    "fr": {"le", "la", "les", "des", "et", "que", "du", "une", "dans"},
    "es": {"el", "los", "las", "del", "y", "que", "una", "con", "por"},
}


def language_of(text: str) -> str | None:
    words = re.findall(r"[a-záéíóúàèçñ]+", text[:20000].lower())
    if not words:
        return None
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOP.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 5 else None


_TITLE_START = re.compile(
    r"^(summary (?:of|prepared)|compilation (?:of|prepared)|national report|report of the working group|"
    r"summary of stakeholders)",
    re.I,
)


def find_title(lines: list[Line], body_first: int) -> str | None:
    for i, line in enumerate(lines[:body_first]):
        if line.kind == "text" and _TITLE_START.match(line.stripped):
            parts = [line.stripped]
            for nxt in lines[i + 1 : body_first]:
                if nxt.kind != "text":
                    if nxt.kind == "blank" and len(parts) >= 1:
                        break
                    continue
                if nxt.stripped in ("*",) or re.match(r"^(Report of the Office|\*)", nxt.stripped):
                    break
                parts.append(nxt.stripped)
                if len(parts) >= 5:
                    break
            title = " ".join(parts).rstrip("*").strip()
            return _sentence_case(title) if title.isupper() else title
    return None


_PROPER = [
    "Office of the United Nations High Commissioner for Human Rights",
    "Office of the High Commissioner for Human Rights",
    "United Nations",
    "Human Rights Council",
    "High Commissioner for Human Rights",
    "Working Group on the Universal Periodic Review",
    "Universal Periodic Review",
    "General Assembly",
]


def _sentence_case(s: str) -> str:
    """'SUMMARY PREPARED BY THE OFFICE OF THE HIGH COMMISSIONER …' → 'Summary prepared by the Office of the High
    Commissioner …' (UN style: proper names keep their capitals)."""
    low = s.lower()
    out = low[:1].upper() + low[1:]
    for name in _PROPER:
        out = re.sub(re.escape(name.lower()), name, out)
    return out


def session_from_front(front: str) -> int | None:
    m = re.search(r"\b([A-Z][a-z]+(?:-[a-z]+)?)\s+session\b", front)
    if not m:
        return None
    word = m.group(1).lower()
    if word in _ORDINAL_SESSION:
        return _ORDINAL_SESSION[word]
    if "-" in word:
        tens, unit = word.split("-", 1)
        tens_val = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}.get(tens.rstrip("ieth"))
        if tens_val is None:
            tens_val = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}.get(tens)
        unit_val = _ORDINAL_SESSION.get(unit)
        if tens_val and unit_val:
            return tens_val + unit_val
    return None


_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}


def ordinal(word: str) -> int | None:
    w = word.lower().strip()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", w)
    if m:
        return int(m.group(1))
    if w in _ORDINALS:
        return _ORDINALS[w]
    if "-" in w:
        tens, unit = w.split("-", 1)
        if tens in _TENS and unit in _ORDINALS:
            return _TENS[tens] + _ORDINALS[unit]
    for tens, val in _TENS.items():
        if w == tens[:-1] + "ieth":
            return val
    return None


_FRENCH_NUMBERS = {
    "premier": 1, "première": 1, "un": 1, "unième": 1, "second": 2, "seconde": 2, "deux": 2, "deuxième": 2,
    "trois": 3, "troisième": 3, "quatre": 4, "quatrième": 4, "cinq": 5, "cinquième": 5, "six": 6, "sixième": 6,
    "sept": 7, "septième": 7, "huit": 8, "huitième": 8, "neuf": 9, "neuvième": 9, "dix": 10, "dixième": 10,
    "onze": 11, "onzième": 11, "douze": 12, "douzième": 12, "treize": 13, "treizième": 13, "quatorze": 14,
    "quatorzième": 14, "quinze": 15, "quinzième": 15, "seize": 16, "seizième": 16, "vingt": 20, "vingtième": 20,
    "trente": 30, "trentième": 30, "quarante": 40, "quarantième": 40, "cinquante": 50, "cinquantième": 50,
    "soixante": 60, "soixantième": 60, "quatrevingt": 80, "quatrevingts": 80, "quatrevingtième": 80,
}


def french_ordinal(words: str) -> int | None:
    """"quarante et unième" → 41, "vingt-deuxième" → 22, "dix-septième" → 17, "septième" → 7; None otherwise."""
    words = re.sub(r"quatre[\s-]+vingt", "quatrevingt", words.lower().strip())  # "quatre-vingtième" is 80
    parts = [w for w in re.split(r"[\s-]+", words) if w and w != "et"]
    if not parts or not parts[-1].endswith(("ième", "premier", "première", "second", "seconde")):
        return None
    values = [_FRENCH_NUMBERS.get(w) for w in parts]
    if any(v is None for v in values):
        return None
    return sum(v for v in values if v is not None) or None


def wg_session_and_country(text: str) -> tuple[int | None, str | None]:
    """The Working Group session and the State under review, as the report's introduction states them."""
    head = re.sub(r"\s+", " ", text[:20000])
    session = None
    # "The Working Group … held its seventh session", "… during the thirty-fourth session of the Working Group";
    # an ordinal broken at its hyphen at a line's end: "held its twenty-⏎second session"
    m = re.search(r"held its (\w+(?:-\s?\w+)?) session|\b(\w+(?:-\s?\w+)?) session of the Working Group\b", head, re.I)
    if m:
        session = ordinal(re.sub(r"\s", "", m.group(1) or m.group(2)))
    # a French report: "Le Groupe de travail … a tenu sa quarante et unième session du 7 au 18 novembre 2022"
    french = re.search(r"\ba\s+tenu\s+sa\s+((?:\w+[\s-]){0,3}\w+)\s+session\b", head, re.I)
    if session is None and french is not None:
        session = french_ordinal(french.group(1))
    council = re.search(r"Human Rights Council (\w+(?:-\s?\w+)?) session\b", head[:3000])
    if session is None and council is not None and re.search(r"\bAddendum\b", head[:3000]):
        # an addendum names the Council session that adopts the outcome ("Human Rights Council Thirtieth
        # session"), not the Working Group's
        session = wg_session_of_council_session(ordinal(re.sub(r"\s", "", council.group(1))))
    candidates = [
        m.group(1)
        for rx in (
            r"Universal\s*Periodic\s*Review\s*\*?\s*(?!Report of)((?:the |The )?[A-Z][\w’'\-(), ]{2,90}?)\s*(?:\*|Addendum|Contents|"
            r"Introduction|Views|Previously|The annex|GE\.)",
            r"The review of ((?:the )?[A-Z][\w’'\-(), ]{2,90}?) (?:was|took place|has been) held",
            r"review of ((?:the )?[A-Z][\w’'\-() ]{2,90}?) (?:at|on|in) (?:the|its)",
            # a French addendum's cover: "Rapport du Groupe de travail sur l’Examen périodique universel* Sénégal
            # Additif" (a State whose French name is its English one but for accents)
            r"Examen\s*périodique\s*universel\s*\*?\s*(?!Rapport)([A-ZÀ-Ý][\w’'\-(), ]{2,90}?)\s*(?:\*|Additif|"
            r"Observations|Introduction|GE\.)",
        )
        for m in list(re.finditer(rx, head))[:4]
    ]
    return session, country_named(candidates)


def country_named(candidates: list[str]) -> str | None:
    """The first candidate phrase that names a State, trying shorter and shorter word prefixes."""
    for cand in candidates:
        words = cand.strip(" ,*").split()
        for k in range(len(words), 0, -1):
            c = countries.lookup(" ".join(words[:k]))
            if c is not None:
                return c.iso3
    return None
