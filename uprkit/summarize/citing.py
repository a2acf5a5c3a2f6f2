"""A drafted sentence's provenance: the source span of each credited passage (offsets into the submission's
text) and the endnote's locator ("p. 3", "pp. 4-5", "paras. 8-11", "p. 2 and para. 4").
"""

from __future__ import annotations

import re

from uprkit.summarize.model import (
    SourceSpan,
)
from uprkit.summarize.passages import Passage


def source_span(passages: list[Passage], texts: dict[str, str], cited: str | None = None, place: int = 0) -> SourceSpan:
    """The stretch ``passages`` cover; ``cited``: the locator of the endnote, where it cites more places;
    ``place``: 0, or the number of a further place where the stakeholder said it again."""
    first, last = passages[0], passages[-1]
    text = texts[first.file]
    return SourceSpan(
        stakeholder=first.stakeholder,
        file=first.file,
        page=first.page,
        paragraph=first.paragraph,
        start=first.start,
        end=last.end,
        text=text[first.start : last.end],
        locator=cited if cited is not None else locator(passages),
        place=place,
    )


def lead_span(passages: list[Passage], texts: dict[str, str], cited: str, place: int = 0) -> SourceSpan | None:
    """The lead-in of the list a recommendation is an item of ("We urge the authorities to:"): the frame and
    addressee of the drafted sentence come from it, so it is cited with the item."""
    first = passages[0]
    if first.lead_start is None or first.lead_end is None:
        return None
    text = texts[first.file]
    return SourceSpan(
        stakeholder=first.stakeholder, file=first.file, page=first.page, paragraph=first.paragraph,
        start=first.lead_start, end=first.lead_end, text=text[first.lead_start : first.lead_end], locator=cited,
        place=place,
    )


def locator(passages: list[Passage], *more: list[Passage]) -> str:
    """"para. 12" / "paras. 12-13" where the submission numbers paragraphs, else "p. 3" / "pp. 3-4"; with
    ``more`` places where the stakeholder made the same point again, all of them: "paras. 8, 12 and 31",
    "pp. 3, 7-8 and 13"."""
    if more:
        places = [passages, *more]
        paras = [[p.paragraph for p in ps if p.paragraph] for ps in places]
        if all(paras):
            return _listed("para.", "paras.", [x for ps in paras for x in _paragraph_run(ps)])
        pages = [[n for p in ps for n in (p.page, p.end_page) if n is not None] for ps in places]
        if all(pages) and not any(paras):
            return _listed("p.", "pp.", [str(n) for n in sorted({n for ps in pages for n in range(min(ps), max(ps) + 1)})])
        # some places numbered, some not ("para. 2 and p. 4"); a place with neither adds nothing to cite
        return " and ".join(dict.fromkeys(loc for ps in places if (loc := locator(ps))))
    paras1 = [p.paragraph for p in passages if p.paragraph]
    if paras1:
        a, b = paras1[0], paras1[-1]
        return f"para. {a}" if a == b else f"paras. {a}-{b}"
    pages1 = [p.page for p in passages if p.page is not None] + [p.end_page for p in passages if p.end_page is not None]
    if pages1:
        a2, b2 = min(pages1), max(pages1)
        return f"p. {a2}" if a2 == b2 else f"pp. {a2}-{b2}"
    return ""


def _paragraph_run(labels: list[str]) -> list[str]:
    """A place's paragraph labels, a whole-number run spelled out ("8" … "11")."""
    first, last = labels[0], labels[-1]
    if first.isdigit() and last.isdigit() and int(first) <= int(last):
        return [str(n) for n in range(int(first), int(last) + 1)]
    return list(dict.fromkeys(labels))


_NUMBERED_LABEL = re.compile(r"^\d+(?:\.\d+)*$")


def _listed(one: str, many: str, labels: list[str]) -> str:
    """Page or paragraph labels in order, runs as ranges: "pp. 3, 7-8 and 13", "paras. 2.1-2.3 and 5.4"."""
    numbered = all(_NUMBERED_LABEL.match(x) for x in labels)
    ordered = sorted(set(labels), key=lambda x: tuple(int(n) for n in x.split("."))) if numbered else list(dict.fromkeys(labels))
    if len(ordered) == 1:
        return f"{one} {ordered[0]}"

    def follows(a: str, b: str) -> bool:  # "7" → "8", "2.1" → "2.2"
        stem_a, _, last_a = a.rpartition(".")
        stem_b, _, last_b = b.rpartition(".")
        return numbered and stem_a == stem_b and int(last_b) == int(last_a) + 1

    parts: list[str] = []
    k = 0
    while k < len(ordered):
        end = k
        while end + 1 < len(ordered) and follows(ordered[end], ordered[end + 1]):
            end += 1
        parts.append(ordered[k] if end == k else f"{ordered[k]}-{ordered[end]}")
        k = end + 1
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"{many} {text}"


def endnote_text(who: str, loc: str) -> str:
    """One stakeholder's citation in an endnote: "JS1, paras. 8 and 31", or the abbreviation alone."""
    return f"{who}, {loc}" if loc else who
