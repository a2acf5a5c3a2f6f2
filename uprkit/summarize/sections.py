"""The summary's sections: found or made for a point's heading path, numbered in the UN style ("A.", "1."),
and the paragraphs renumbered after the introduction.
"""

from __future__ import annotations

from uprkit.summarize.layout import HeadingStep
from uprkit.summarize.model import (
    SummaryParagraph,
    SummarySection,
    SummarySentence,
)


def renumber_with_intro(root: list[SummarySection], intro: list[SummarySentence]) -> None:
    """Cycles 3–4: the introduction is paragraph 1 under "I. Background"; the rest shift by one."""
    for section in root[1:]:
        for s in [section, *_descendants(section)]:
            for p in s.paragraphs:
                p.number += 1
    root[0].paragraphs.append(SummaryParagraph(number=1, sentences=intro))


def _descendants(section: SummarySection) -> list[SummarySection]:
    out: list[SummarySection] = []
    for s in section.sections:
        out.append(s)
        out.extend(_descendants(s))
    return out


def section_for(path: list[HeadingStep], root: list[SummarySection], index: dict[tuple[str, ...], SummarySection]) -> SummarySection:
    siblings = root
    section: SummarySection | None = None
    for depth in range(len(path)):
        key = tuple(h.title for h in path[: depth + 1])
        section = index.get(key)
        if section is None:
            step = path[depth]
            section = SummarySection(label=step.label, title=step.title, level=depth + 1, theme=step.theme)
            siblings.append(section)
            index[key] = section
        siblings = section.sections
    if section is None:
        raise ValueError("a point without a heading path")
    return section


def renumber_sections(root: list[SummarySection]) -> None:
    """Renumber labelled headings by position among the siblings present, in the template's style
    (Roman numerals for chapters, capitals below them, Arabic numerals for themes); unlabelled stay so."""

    def walk(sections: list[SummarySection], level: int) -> None:
        n = 0
        labelled = [s for s in sections if s.label]
        for s in sections:
            if s.label:
                n += 1
                style = "arabic" if s.label.isdigit() else ("roman" if level == 1 else "upper")
                # a theme numbered alone among its siblings goes without its number, as the cycle-4 summaries
                # print "Institutional infrastructure and policy measures" alone under "National human rights
                # framework" (A/HRC/WG.6/47/CRI/3, A/HRC/WG.6/48/SVN/3; "1." and "2." where both are there)
                s.label = None if style == "arabic" and len(labelled) == 1 else _numeral(n, style)
            walk(s.sections, level + 1)

    walk(root, 1)


def _numeral(n: int, style: str) -> str:
    if style == "roman":
        out = ""
        for v, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
            while n >= v:
                out, n = out + sym, n - v
        return out
    if style == "upper":
        return chr(ord("A") + n - 1)
    return str(n)
