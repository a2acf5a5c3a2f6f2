"""Whether the submissions are for the review the draft is for: the State they name, the session they say.

A folder drafted with the wrong ``--country`` or ``--session`` (or a submission of another review left in the
folder) gives a draft whose title, symbol and "recommended that <State> …" disagree with what the
stakeholders wrote. Nothing is changed: the draft says what it found, as warnings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from uprkit import countries
from uprkit.model import ParseWarning

__all__ = ["review_warnings"]

#: A submission names another State this many times, and the State under review never: not this review's.
_OTHER_STATE = 2
#: The Working Group's session a submission says it is for: "46th session of the UPR Working Group", "Universal
#: Periodic Review – 50th Session" (not the Human Rights Council's "52nd session of the Human Rights Council").
_ORDINAL = re.compile(
    r"(?<!Council\s)(?<!Council,\s)\b(\d{1,2})(?:st|nd|rd|th)\s+(?:UPR\s+)?session\b(?!\s+of\s+the\s+(?:Human\s+Rights\s+)?Council)",
    re.I,
)


@lru_cache(maxsize=1)
def _state_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every UN member State's English names (longest first: "Papua New Guinea" before
    "Guinea"), and the State each name stands for."""
    of: dict[str, str] = {}
    for c in countries.all_countries():
        if not c.un_member:
            continue
        for name in {*c.names, c.in_title, c.in_prose}:
            name = re.sub(r"^the\s+", "", name or "").strip()
            if len(name) >= 4 and "(" not in name:
                of.setdefault(name.casefold(), c.iso3)
    names = sorted(of, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I)
    return pattern, of


def state_mentions(text: str) -> Counter[str]:
    """How often ``text`` names each UN member State (ISO alpha-3 codes)."""
    pattern, of = _state_names()
    return Counter(of[m.group().casefold()] for m in pattern.finditer(text))


def review_warnings(
    texts: Sequence[tuple[str, str]], country: countries.Country, session: int | None
) -> list[ParseWarning]:
    """Warnings for ``texts`` ((file, text) of each submission) that name another State and never
    ``country``, and for a session the submissions agree on that is not ``session``."""
    out: list[ParseWarning] = []
    elsewhere = 0
    for file, text in texts:
        named = state_mentions(text)
        if named[country.iso3]:
            continue
        top = next(((code, n) for code, n in named.most_common(1) if n >= _OTHER_STATE), None)
        if top is None:
            continue
        other = countries.by_code(top[0])
        elsewhere += 1
        out.append(ParseWarning(
            code="other-state",
            message=f"{file} names {other.name if other else top[0]} {top[1]} times and {country.name} never: "
                    "is it a submission for this review?",
        ))
    if texts and 2 * elsewhere > len(texts):
        out.append(ParseWarning(
            code="other-state",
            message=f"most submissions never name {country.name}: is --country {country.iso3} right?",
        ))
    said = Counter(int(m.group(1)) for _, text in texts if (m := _ORDINAL.search(text[:3000])) is not None)
    if session is not None and said:
        number, count = said.most_common(1)[0]
        if number != session and 2 * count > len(texts):
            out.append(ParseWarning(
                code="other-session",
                message=f"{count} of {len(texts)} submissions say they are for session {number} of the Working "
                        f"Group; the draft is for session {session} (--session)",
            ))
    return out
