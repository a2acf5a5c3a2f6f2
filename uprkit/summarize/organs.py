"""A regional body's contribution that brings together extracts of several of its organs' reports, each organ
credited for its own words.

The Council of Europe writes one contribution to a review: after an introduction about the Council, a section
for each monitoring body ("I. Group of States against Corruption (GRECO)", "II. European Commission against
Racism and Intolerance (ECRI)", …, "VI. Commissioner for Human Rights"), each with the title of the body's report
("ECRI Report on Serbia (sixth monitoring cycle), adopted on 29 June 2023, CRI(2023)39") and extracts that keep
the report's own paragraph numbers ("21. ECRI notes with concern that …", "45. ECRI recommends that …"). The
summaries credit each extract to its organ and cite the report's paragraph: "CoE-ECRI recommended that …",
"CoE-ECRI, para. 45" (A/HRC/WG.6/48/SVN/3: "CoE-Commissioner, Memorandum, para. 12"); the Council itself is
one entry of the stakeholder list with the organs as its attachments, and one submission.

:func:`organ_sections` finds the organs' headings in a contribution's text (two at least, or it is no such
compilation); :func:`split_by_organ` gives each organ its passages, numbered with the report's paragraph
numbers, without the introduction about the Council and the reports' titles (no statements).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from uprkit.summarize.passages import Passage

__all__ = ["ORGANS", "Organ", "organ_names", "organ_sections", "split_by_organ"]


@dataclass(frozen=True)
class Organ:
    short: str  # as the summaries credit it after "CoE-": "ECRI", "Commissioner"
    name: str  # its full name
    #: how its reports name it as a subject: "ECRI", "the Advisory Committee", "the Commissioner"
    names: tuple[str, ...]
    #: other spellings of its full name in a heading
    also: tuple[str, ...] = ()


ORGANS: tuple[Organ, ...] = (
    Organ("GRECO", "Group of States against Corruption", ("GRECO",)),
    Organ("ECRI", "European Commission against Racism and Intolerance", ("ECRI",)),
    Organ("CPT", "European Committee for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment",
          ("CPT", "the CPT", "the Committee"), ("European Committee for the Prevention of Torture",)),
    Organ("GREVIO", "Group of Experts on Action against Violence against Women and Domestic Violence", ("GREVIO",)),
    Organ("GRETA", "Group of Experts on Action against Trafficking in Human Beings", ("GRETA",)),
    Organ("ACFC", "Advisory Committee on the Framework Convention for the Protection of National Minorities",
          ("ACFC", "the Advisory Committee")),
    Organ("Commissioner", "Commissioner for Human Rights", ("the Commissioner", "the Commissioner for Human Rights"),
          ("Council of Europe Commissioner for Human Rights",)),
    Organ("ECSR", "European Committee of Social Rights", ("ECSR", "the Committee")),
    Organ("VC", "European Commission for Democracy through Law", ("the Venice Commission",), ("Venice Commission",)),
    Organ("CM", "Committee of Ministers", ("the Committee of Ministers",)),
    Organ("PACE", "Parliamentary Assembly of the Council of Europe", ("PACE", "the Assembly", "the Parliamentary Assembly"),
          ("Parliamentary Assembly",)),
    Organ("COMEX", "Committee of Experts of the European Charter for Regional or Minority Languages",
          ("COMEX", "the Committee of Experts")),
    Organ("Lanzarote Committee", "Lanzarote Committee", ("the Lanzarote Committee", "the Committee"),
          ("Committee of the Parties to the Convention on the Protection of Children against Sexual Exploitation and "
           "Sexual Abuse",)),
    Organ("MONEYVAL", "Committee of Experts on the Evaluation of Anti-Money Laundering Measures and the Financing of "
          "Terrorism", ("MONEYVAL",)),
)
_BY_ABBREVIATION = {f"CoE-{o.short}".casefold(): o for o in ORGANS}


def _words(name: str) -> str:
    """A name as a pattern whose words may be broken over lines."""
    return r"\s+".join(re.escape(w) for w in name.split())


def _heading(organ: Organ) -> re.Pattern[str]:
    names = "|".join(_words(n) for n in sorted((organ.name, *organ.also), key=len, reverse=True))
    abbreviation = re.escape(organ.short) if organ.short.isupper() else "(?!)"
    # a line of its own, after a section's number ("III." on the line before, as a PDF may break it): the full
    # name with its abbreviation in brackets, or the abbreviation alone
    return re.compile(
        rf"(?m)^[ \t]*(?:(?:[IVXL]{{1,5}}|\d{{1,2}}|[A-H])[.)][ \t]*\n?[ \t]*)?(?:the\s+)?"
        rf"(?:(?:{names})(?:\s*\(\s*{abbreviation}\s*\))?|{abbreviation})[ \t]*:?[ \t]*$",
        re.I,
    )


_HEADINGS = tuple((organ, _heading(organ)) for organ in ORGANS)
#: A report's paragraph as an extract keeps it: "45. ECRI recommends …" at a line's start.
_PARAGRAPH = re.compile(r"(?m)^[ \t]*(\d{1,4})\.[ \t]+(?=[A-Z“\"‘(])")
#: A report's title line where the extracts are not numbered: its symbol or its adoption.
_TITLE = re.compile(
    r"\b(?:adopted\s+on|published\s+on)\b|\b(?:CRI|CPT/Inf|GREVIO/Inf|GRETA|ACFC/OP|CommDH|GrecoEval\w*|GrecoRC\w*|"
    r"CDL-AD|CM/ResCMN|CM/Rec)\s*\(?\s*\d{4}",
    re.I,
)


def organ_sections(text: str) -> list[tuple[int, Organ]]:
    """Where each organ's section starts (the offset of its heading), in the text's order; empty unless two
    organs at least have a heading (a single organ named on a line is no compilation)."""
    found: dict[int, Organ] = {}
    for organ, pattern in _HEADINGS:
        for m in pattern.finditer(text):
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            if not any(abs(start - s) < 5 for s in found):
                found[start] = organ
    sections = sorted(found.items())
    if len({o.short for _, o in sections}) < 2:
        return []
    return sections


def organ_names(abbreviation: str) -> tuple[str, ...]:
    """How an organ's report names it ("ECRI", "the Advisory Committee"), for its stakeholder ("CoE-ECRI")."""
    organ = _BY_ABBREVIATION.get(abbreviation.casefold())
    return () if organ is None else (*organ.names, organ.name, f"the {organ.name}")


def split_by_organ(
    text: str, passages: list[Passage], body: str = "CoE"
) -> list[tuple[Organ, list[Passage]]] | None:
    """Each organ's passages, credited ``"<body>-<organ>"``, with its report's paragraph numbers; None where the
    text is no compilation of organs' reports. What comes before the first organ's heading (the introduction
    about the body, a table of contents) and each report's title are left out; consecutive sentences of one
    extract share a block, and no block runs over an extract's number or an organ's heading."""
    sections = organ_sections(text)
    if not sections:
        return None
    bounds = [*(s for s, _ in sections), len(text) + 1]
    numbered = [(m.start(1), m.group(1)) for m in _PARAGRAPH.finditer(text)]
    out: list[tuple[Organ, list[Passage]]] = []
    block = 0
    for k, (start, organ) in enumerate(sections):
        end = bounds[k + 1]
        numbers = [(at, n) for at, n in numbered if start <= at < end]
        kept: list[Passage] = []
        last: tuple[str | None, int] | None = None
        for p in passages:
            if not start <= p.start < end:
                continue
            paragraph = next((n for at, n in reversed(numbers) if at <= p.start), None)
            if numbers and paragraph is None:
                continue  # the heading and the report's title, before the first extract
            if not numbers and (_TITLE.search(p.text) or p.start < start + 3):
                continue
            key = (paragraph, p.block)
            if key != last:
                block += 1
                last = key
            kept.append(replace(p, stakeholder=f"{body}-{organ.short}", paragraph=paragraph, block=block,
                                heading=organ.name))
        if kept:
            out.append((organ, kept))
    return out
