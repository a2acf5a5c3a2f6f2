"""The totals an addendum states ("Of the 262 recommendations received, 214 enjoy the support of Norway, 10 are
supported in part and 48 are noted", "le Sénégal en accepte 232 et prend note de 49") and their check against the
answers read: a difference means answers were lost or misread, and is warned of."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from uprkit.model import ParseWarning, Position
from uprkit.parse.addendum_words import ALREADY_IMPLEMENTED, PARTIAL, SENTENCE_END, decision_of

_PART = r"(?:\s+(?:in\s+part|partially|en\s+partie))?"
#: "supports 259", "supports 11 in part", "notes 48", "takes note of 26", "supports 66 of these recommendations",
#: "accepts 142 recommendations", "en accepte 232", "prend note de 49"
_VERB_FIRST = re.compile(
    r"\b(?P<w>supports?|accepts?|notes?|takes?\s+note\s+of|rejects?|does\s+not\s+(?:accept|support)|"
    r"(?:en\s+)?accepte|(?:en\s+)?soutient|prend\s+note\s+de|rejette)" + _PART
    + r"\s+(?P<n>\d{1,3})(?![\d.,]\d)(?P<tail>(?:\s+(?:of\s+(?:these|them|those)|other|remaining))?"
    r"(?:\s+recomm[ae]ndations?)?" + _PART + r")",
    re.I,
)
#: "209 enjoy the support of Norway", "10 are supported in part", "43 are noted", "124 are now supported and 33
#: noted", "6 are considered already implemented" (a share of the supported, not counted again)
_COUNT_FIRST = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3})(?![\d.,]\d)\s+(?:recomm[ae]ndations\s+)?(?:(?:are|were|have\s+been|has\s+been|was|"
    r"sont|ont\s+été)\s+)?(?:(?:now|also|fully|considered)\s+)?(?P<w>enjoy(?:ed)?\s+(?:the\s+|its\s+)?support|"
    r"partially\s+(?:supported|accepted)|supported|accepted|noted|rejected|not\s+(?:supported|accepted)|"
    r"already\s+(?:been\s+)?implemented|bénéficient\s+du\s+soutien|acceptées|notées|rejetées)" + _PART,
    re.I,
)


@dataclass
class StatedTotals:
    """The number of recommendations the addendum says it supports (in full), supports in part, notes and
    rejects; None where it does not say."""

    counts: dict[str, int]  # "supported", "partial", "noted", "rejected"
    words: str


def stated_totals(text: str) -> StatedTotals | None:
    """The addendum's own totals: the first sentence about recommendations that counts two kinds of answer, else
    sentences that each count one ("The Government of Slovenia accepts 142 recommendations.")."""
    singles: dict[str, int] = {}
    single_words: list[str] = []
    start = 0
    for end in [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]:
        sentence = re.sub(r"(?<=[.;:])\s+\d{1,3}\.$", "", text[start:end].strip())  # not the next paragraph's number
        start = end
        if not re.search(r"recomm[ae]ndation", sentence, re.I):
            continue
        clauses = _clauses(sentence)
        if len(clauses) >= 2:
            counts: dict[str, int] = {}
            for kind, n in clauses:
                counts[kind] = counts.get(kind, 0) + n
            return StatedTotals(counts, sentence)
        for m in _VERB_FIRST.finditer(sentence):
            one = _kind(m.group(0))
            if one is not None and re.search(r"recomm[ae]ndations?", m.group("tail"), re.I) and one not in singles:
                singles[one] = int(m.group("n"))
                single_words.append(sentence)
    if len(singles) >= 2:
        return StatedTotals(singles, " ".join(single_words))
    return None


def _clauses(sentence: str) -> list[tuple[str, int]]:
    found: list[tuple[int, int, str, int]] = []
    for rx in (_VERB_FIRST, _COUNT_FIRST):
        for m in rx.finditer(sentence):
            if any(s < m.end() and m.start() < e for s, e, _, _ in found):
                continue
            kind = _kind(m.group(0))
            if kind is not None:
                found.append((m.start(), m.end(), kind, int(m.group("n"))))
    return [(kind, n) for _, _, kind, n in sorted(found)]


def _kind(words: str) -> str | None:
    if ALREADY_IMPLEMENTED.search(words):
        return None  # "of which 6 are considered already implemented": a share of the supported
    position = decision_of(words)
    if position == "supported" and PARTIAL.search(words):
        return "partial"
    return position if position in ("supported", "noted", "rejected") else None


def _read(answers: Iterable[tuple[Position | None, str | None]]) -> dict[str, int]:
    read = {"supported": 0, "partial": 0, "noted": 0, "rejected": 0, "pending": 0}
    for position, note in answers:
        if position == "supported" and note and note.startswith("partially"):
            read["partial"] += 1
        elif position in read:
            read[position] += 1
        else:
            read["pending"] += 1
    return read


def _agrees(stated: dict[str, int], read: dict[str, int]) -> bool:
    for kind, n in stated.items():
        if kind == "supported":
            ok = n in (read["supported"], read["supported"] + read["partial"])  # "supports 270, 11 of them in part"
        elif kind == "noted" and "rejected" not in stated:
            ok = n in (read["noted"], read["noted"] + read["rejected"])
        else:
            ok = n == read[kind]
        if not ok:
            return False
    return True


_NAMES = {"supported": "supported", "partial": "supported in part", "noted": "noted", "rejected": "rejected",
          "pending": "pending"}


def _say(counts: dict[str, int], kinds: Iterable[str] = ()) -> str:
    """"209 supported, 10 supported in part and 43 noted": the kinds counted, and those in ``kinds`` even at 0."""
    said = [f"{n} {_NAMES[k]}" for k, n in counts.items() if n or k in kinds]
    return ", ".join(said[:-1]) + " and " + said[-1] if len(said) > 1 else "".join(said)


def totals_warning(
    stated: StatedTotals, *scopes: Iterable[tuple[Position | None, str | None]]
) -> ParseWarning | None:
    """A warning where the answers read ((position, note) of each recommendation, in one or more scopes: those
    the addendum answers, all of the report's) agree in no scope with the totals the addendum states."""
    reads = [_read(scope) for scope in scopes]
    if not reads or any(_agrees(stated.counts, read) for read in reads):
        return None
    read = reads[0]
    return ParseWarning(
        code="position-totals",
        message=f"the addendum states {_say(stated.counts)} ('{stated.words[:160]}'), but "
        f"{_say(read, stated.counts)} were read",
    )


def report_unread_warning(stated: StatedTotals, answered: int) -> ParseWarning:
    """The warning where the addendum's totals cannot be checked because no recommendation was read in the report:
    the addendum's ``answered`` answers have nothing to go to, and the report, not the addendum, is what failed."""
    return ParseWarning(
        code="position-totals",
        message=f"the addendum states {_say(stated.counts)} ('{stated.words[:160]}') and answers {answered} "
        "recommendations by number, but no recommendation was read in the report, so none could be given its position",
    )
