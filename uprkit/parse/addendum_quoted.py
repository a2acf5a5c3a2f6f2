"""Recommendations an addendum quotes without their numbers ("Nepal supports the following recommendations:
• Continue efforts to ratify the … Convention, 2011 (No. 189) (Algeria) (Australia); • …"), matched to the report's
recommendations by their text: the same words once case, quotation marks, dashes and spacing are made alike, or,
failing that, nearly the same words (a similarity of 0.9 or more) from the same States.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from uprkit.model import ParsedReport, ParseWarning, Position, Recommendation
from uprkit.parse.addendum_words import (
    ALREADY_IMPLEMENTED,
    DECISION_HEADING,
    LEAD_SENTENCE,
    PARTIAL,
    decision_of,
)
from uprkit.parse.recommendation_items import split_item

#: how alike a quoted text and the report's must be where they are not the same words
NEAR = 0.9

_BULLET = re.compile(r"\s*[•▪◦●■►‣]\s*")
_LABEL = re.compile(r"^\s*(?:\d{2,3}\.\d{1,3}|\(?[a-z]\)|\d{1,3}[.)])\s+")


_ALIKE = str.maketrans("’‘`“”–—‐\u00a0", "'''\"\"--- ")  # curly quotes, dashes, no-break space


@dataclass
class QuotedAnswers:
    """The positions an addendum gives by quoting the recommendations, keyed by the report's numbers."""

    positions: dict[str, Position] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    quoted: int = 0  # recommendations quoted (with their States) under a decision
    matched: int = 0  # of them, those matched to a recommendation of the report
    unmatched: list[str] = field(default_factory=list)  # the texts of the others

    def warnings(self) -> list[ParseWarning]:
        if not self.unmatched:
            return []
        first = "; ".join(f"'{t[:80]}{'…' if len(t) > 80 else ''}'" for t in self.unmatched[:2])
        if not self.matched:
            return [ParseWarning(
                code="position-unmatched",
                message=f"the addendum answers {self.quoted} recommendations by quoting them without their numbers, "
                f"and none matches the text of a recommendation of the report: {first}",
            )]
        return [ParseWarning(
            code="position-unmatched",
            message=f"{len(self.unmatched)} of the {self.quoted} recommendations the addendum quotes without their "
            f"numbers match no recommendation of the report: {first}",
        )]


def normalise(text: str) -> str:
    """A recommendation's words made alike for comparison: case, quotation marks, dashes, spacing, end
    punctuation."""
    text = text.lower().translate(_ALIKE)
    return re.sub(r"\s+", " ", text).strip(" ;,.:")


def _decision_sections(addendum: ParsedReport) -> list[tuple[Position, str | None, str]]:
    """The runs of text under a decision: after a lead sentence ("Nepal supports the following recommendations:")
    and under a decision heading ("A. Recommendations supported by Nepal"), with the decision and its note."""
    sections: list[tuple[Position, str | None, str]] = []
    for para in addendum.paragraphs:
        context: tuple[Position, str | None] | None = None
        heading = para.headings[-1] if para.headings else ""
        head = DECISION_HEADING.search(heading)
        if head is not None and (pos := decision_of(head.group("h"))) is not None:
            context = (pos, _note(head.group("h"), pos))
        text = para.text
        cursor = 0
        for lead in LEAD_SENTENCE.finditer(text):
            if context is not None:
                sections.append((*context, text[cursor : lead.start()]))
            pos = decision_of(lead.group("h"))
            context = (pos, _note(lead.group("h"), pos)) if pos is not None else None
            cursor = lead.end()
        if context is not None:
            sections.append((*context, text[cursor:]))
    return sections


def _note(words: str, pos: Position) -> str | None:
    if PARTIAL.search(words):
        return f"partially {pos}"
    if pos == "supported" and ALREADY_IMPLEMENTED.search(words):
        return "already implemented"
    return None


def _quoted_items(section: str) -> list[tuple[str, list[str]]]:
    """The recommendations (text and States) quoted in ``section``: one a bullet, or one to each "(States);"."""
    items: list[tuple[str, list[str]]] = []
    for chunk in _BULLET.split(section):
        chunk = _LABEL.sub("", chunk)
        text, states, _, parts = split_item(chunk)
        if parts:
            items.extend((p.text, p.recommending_states) for p in parts if p.recommending_states)
        elif states:
            items.append((text, states))
    return items


def quoted_answers(addendum: ParsedReport, recs: list[Recommendation], answered: set[str]) -> QuotedAnswers:
    """The positions the addendum gives to the recommendations of ``recs`` it quotes; those in ``answered`` (given by
    number) or already decided in the report keep their answer."""
    out = QuotedAnswers()
    by_text: dict[str, list[Recommendation]] = {}
    for r in recs:
        for t in [r.text, *(p.text for p in r.parts)]:
            by_text.setdefault(normalise(t), []).append(r)
    open_recs = {r.number for r in recs if r.number not in answered and r.position in (None, "pending")}
    for pos, note, section in _decision_sections(addendum):
        for text, states in _quoted_items(section):
            out.quoted += 1
            found = _same_text(by_text.get(normalise(text), []), states) or _near_text(text, states, recs)
            if not found:
                out.unmatched.append(text)
                continue
            out.matched += 1
            for r in found:
                if r.number in open_recs:
                    out.positions[r.number] = pos
                    if note:
                        out.notes[r.number] = note
    return out


def _same_text(candidates: list[Recommendation], states: list[str]) -> list[Recommendation]:
    """Of the recommendations with the quoted words, those made by the quoted States (all of them where the States
    tell none apart)."""
    unique = list({r.number: r for r in candidates}.values())
    if len(unique) <= 1:
        return unique
    same = [r for r in unique if set(r.recommending_states) == set(states)]
    return same or [r for r in unique if set(r.recommending_states) & set(states)] or unique


def _near_text(text: str, states: list[str], recs: list[Recommendation]) -> list[Recommendation]:
    """The one recommendation whose words are nearly the quoted ones (0.9 or more alike), made by the quoted
    States."""
    quoted = normalise(text)
    best: tuple[float, Recommendation] | None = None
    for r in recs:
        if not set(r.recommending_states) & set(states):
            continue
        matcher = SequenceMatcher(None, quoted, normalise(r.text), autojunk=False)
        if matcher.real_quick_ratio() < NEAR or matcher.quick_ratio() < NEAR:
            continue
        ratio = matcher.ratio()
        if ratio >= NEAR and (best is None or ratio > best[0]):
            best = (ratio, r)
    return [best[1]] if best is not None else []
