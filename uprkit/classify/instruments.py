"""International instruments: find every mention in a text and normalise it to one code and one full name.

The table is the package data file ``uprkit/data/instruments.tsv`` (its header explains the fields). Spellings
vary widely in UN documents ("ICCPR–OP 2", "OP2-ICCPR", "the Second Optional Protocol to the International
Covenant on Civil and Political Rights, aiming at the abolition of the death penalty"), so each instrument has
several patterns; where candidate matches overlap, the longest wins ("OP-CAT" over "CAT").

Context rules, beyond the patterns:

* "the Optional Protocol" is a mention only next to its treaty: "the CRPD and its Optional Protocol" (the
  protocol of the treaty just named), "the Optional Protocol to the Convention against Torture" (protocol of
  the treaty that follows), "CEDAW's Optional Protocol"; an ordinal ("Second", "2nd") or a topic ("on the sale
  of children ...") picks among several, "its two Optional Protocols" gives one mention per protocol (same
  span), "the Optional Protocols to A, B and C" the protocols of each (see
  :mod:`uprkit.classify.instrument_protocols`). "the Convention" or "the Optional Protocol" alone is not a
  mention; "the Second Optional Protocol" alone is the ICCPR's (the only one so called).
* An abbreviation that names a committee by its context ("Committee against Torture (CAT)", "as recommended by
  CAT", "CEDAW recommendations", "submit its overdue reports to CERD") is not the treaty, and is skipped (see
  :mod:`uprkit.classify.committees`).
* ILO conventions are found by number in any of the usual forms ("ILO Convention No. 169", "ILO 169", "C169",
  "Convention, 1989 (No. 169)") and coded ``ILO C<number>``; ILO's short codes alone ("C169", "P029") only for
  the conventions the table names.
* A pattern may name several instruments at once ("Additional Protocols I and II", "the Conventions on
  statelessness"): one mention per instrument, same span.

>>> [(m.text, m.code) for m in find_instruments("JS3 urged it to ratify the CRPD and its Optional Protocol.")]
[('CRPD', 'CRPD'), ('Optional Protocol', 'OP-CRPD')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from uprkit.classify.anchors import Requirement, Screen, required_literals
from uprkit.classify.committees import committee_spans
from uprkit.classify.instrument_protocols import Child, with_protocols

__all__ = [
    "Instrument",
    "InstrumentMention",
    "all_instruments",
    "compile_phrase",
    "find_instruments",
    "instrument",
    "normalise_instrument",
]

_AND = "+"  # in the code field: a pattern that names several instruments at once
_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_OPT_SEP = rf"(?:\s*[{_DASH}]\s*|\s)?"


@dataclass(frozen=True)
class Instrument:
    """One instrument of the table: its short code and canonical full name."""

    code: str
    name: str
    parent: str | None = None  # the treaty an optional protocol belongs to


@dataclass(frozen=True)
class InstrumentMention:
    """A mention in a text: ``text[start:end]`` is the verbatim words, normalised to ``code`` / ``name``."""

    start: int
    end: int
    text: str
    code: str
    name: str


@dataclass(frozen=True)
class _Pattern:
    code: str
    regex: re.Pattern[str]
    abbreviation: bool
    anchors: Requirement = None  # the words every match contains (see uprkit.classify.anchors)

    @classmethod
    def of(cls, code: str, regex: re.Pattern[str], abbreviation: bool) -> _Pattern:
        return cls(code, regex, abbreviation, required_literals(regex.pattern))


@dataclass(frozen=True)
class _Table:
    instruments: dict[str, Instrument]
    patterns: tuple[_Pattern, ...]
    children: dict[str, tuple[Child, ...]]  # treaty code -> its protocols (instrument_protocols.Child)
    numbered: dict[str, str]  # code prefix of a treaty's numbered protocols ("ECHR P") -> the treaty


def compile_phrase(phrase: str, *, case_sensitive: bool = False) -> str:
    """Regex source for a phrase pattern: a space is any whitespace run, '-' a hyphen, dash or space, '~' an
    optional separator; the rest is regular-expression syntax (case-insensitive unless ``case_sensitive``)."""
    out = phrase.replace("~", "\x00")
    out = re.sub(r"(?<!\\) ", r"\\s+", out)
    out = re.sub(r"(?<![\\\[])-(?![^\[]*\])", rf"(?:\\s*[{_DASH}]\\s*|\\s+)", out)
    out = out.replace("\x00", _OPT_SEP)
    return out if case_sensitive else f"(?i:{out})"


def _bounded(source: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z0-9])(?:{source})(?![A-Za-z])")


def _ilo_name(code: str, title: str | None) -> str:
    kind, number = ("Protocol", code[5:]) if code.startswith("ILO P") else ("Convention", code[5:])
    label = f"ILO {kind} No. {number}"
    return f"{title} ({label})" if title else label


@lru_cache(maxsize=1)
def _table() -> _Table:
    text = resources.files("uprkit").joinpath("data/instruments.tsv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    parents: dict[str, str] = {}
    patterns: list[_Pattern] = []
    children: dict[str, list[Child]] = {}
    numbered: dict[str, str] = {}  # code prefix -> treaty
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, field, value = line.split("\t")
        if field == "name":
            names[code] = value
        elif field == "abbr":
            patterns.append(_Pattern.of(code, _bounded(compile_phrase(value, case_sensitive=True)), True))
        elif field == "text":
            patterns.append(_Pattern.of(code, _bounded(compile_phrase(value)), False))
        elif field == "ilo":
            names[code] = _ilo_name(code, value)
            # a title, literally but for British and US spelling ("Organise" / "Organize")
            phrase = re.sub(r"(?<=[a-z])is(?=e\b|ation)", "i[sz]", re.escape(value).replace(r"\ ", " "))
            patterns.append(_Pattern.of(code, _bounded(compile_phrase(phrase)), False))
        elif field == "numbered":  # "<code prefix> numbered <treaty>": Protocol No. <n> to the treaty
            children.setdefault(value, []).append(Child(code, "numbered"))
            numbered[code] = value
        elif field == "parent":
            # "<treaty code> <selector>": the code may hold spaces, a topic selector too
            treaty, selector = value.split(" topic:", 1) if " topic:" in value else value.rsplit(" ", 1)
            selector = f"topic:{selector}" if " topic:" in value else selector
            parents[code] = treaty
            topic = None
            if selector.startswith("topic:"):
                topic = re.compile(compile_phrase(selector[6:]) + r"(?![A-Za-z])")  # matched at a position
                selector = "topic"
            children.setdefault(treaty, []).append(Child(code, selector, topic))
        else:
            raise ValueError(f"instruments.tsv: unknown field {field!r} in {line!r}")
    instruments = {code: Instrument(code, name, parents.get(code)) for code, name in names.items()}
    unnamed = {c for p in patterns for c in p.code.split(_AND)} - set(instruments)
    if unnamed:
        raise ValueError(f"instruments.tsv: no name for {sorted(unnamed)}")
    return _Table(instruments, tuple(patterns), {k: tuple(v) for k, v in children.items()}, numbered)


def all_instruments() -> list[Instrument]:
    """Every instrument of the table (ILO conventions known by name included), in table order."""
    return list(_table().instruments.values())


def instrument(code: str) -> Instrument:
    """The instrument with this code; ILO conventions not in the table get a generic name ("ILO C97")."""
    table = _table()
    if code in table.instruments:
        return table.instruments[code]
    if re.fullmatch(r"ILO [CP]\d{1,3}", code):
        return Instrument(code, _ilo_name(code, None))
    m = re.fullmatch(r"(.+?)(\d{1,2})", code)
    if m and m.group(1) in table.numbered:
        treaty = table.numbered[m.group(1)]
        return Instrument(code, f"Protocol No. {m.group(2)} to the {table.instruments[treaty].name}", treaty)
    raise KeyError(code)


# ------------------------------------------------------------------------------------------------ ILO by number

_NUM = r"(?:C\s*-?\s*|No\.?\s*)?\d{1,3}(?![\d.]\d)"
_ILO_NUMBERED = re.compile(
    r"(?i:(?<![A-Za-z])(?:ILO|International\s+Labour\s+Organi[sz]ation(?:\s*\(ILO\))?)(?:\s*[-\u2013]\s*|\s+)"
    r"(?:(?:Conventions?|Protocols?)\s*(?:Nos?\.?\s*)?|C\.?\s*-?\s*(?:No\.?\s*)?|(?=\d{2,3}(?!\d)))"
    rf"(?P<nums>\d{{1,3}}(?!\d)(?:\s*(?:,|and|&)\s*{_NUM})*))"
    r"|(?<![A-Za-z])[Cc]onventions?\s+Nos?\.\s*(?P<nums2>\d{1,3}(?:\s*(?:,|and|&)\s*" + _NUM + r")*)"
    r"|(?<![A-Za-z])Convention(?:\s*\(Revised\))?,\s*\d{4}\s*\(No\.\s*(?P<num3>\d{1,3})\)"
)
# ILO's own short codes ("C169", "C-189", "P029"), for the conventions and protocols the table knows by name
_ILO_CODE = re.compile(r"(?<![\w/.-])(?P<kind>[CP])-?0?(?P<num>\d{2,3})(?![\w-])")
_DIGITS = re.compile(r"\d{1,3}")


def _ilo_candidates(text: str) -> Iterator[InstrumentMention]:
    for m in _ILO_NUMBERED.finditer(text):
        group = "nums" if m.group("nums") else "nums2" if m.group("nums2") else "num3"
        kind = "P" if re.match(r"(?i)\S+\s+protocol", m.group(0)) else "C"
        first = True
        for d in _DIGITS.finditer(m.group(group)):
            start = m.start() if first else m.start(group) + d.start()
            end = m.end() if group == "num3" else m.start(group) + d.end()
            code = f"ILO {kind}{int(d.group())}"
            yield InstrumentMention(start, end, text[start:end], code, instrument(code).name)
            first = False


def _ilo_codes(text: str) -> Iterator[InstrumentMention]:
    known = _table().instruments
    for m in _ILO_CODE.finditer(text):
        code = f"ILO {m.group('kind')}{int(m.group('num'))}"
        if code in known:
            yield InstrumentMention(m.start(), m.end(), m.group(), code, known[code].name)


# ---------------------------------------------------------------------------------------------- pattern search

@lru_cache(maxsize=1)
def _screen() -> Screen:
    """The required words of every pattern, and last of the ILO numbers' pattern."""
    patterns = _table().patterns
    return Screen([p.anchors for p in patterns] + [required_literals(_ILO_NUMBERED.pattern)])


def _candidates(text: str) -> list[InstrumentMention]:
    table = _table()
    matched: list[tuple[InstrumentMention, bool]] = []  # in pattern order; True: an abbreviation
    ilo = False
    for index in _screen().candidates(text):
        if index == len(table.patterns):
            ilo = True
            continue
        pattern = table.patterns[index]
        for m in pattern.regex.finditer(text):
            mention = InstrumentMention(m.start(), m.end(), m.group(), pattern.code, "")  # named later
            matched.append((mention, pattern.abbreviation))
    # an abbreviation may name a committee ("as recommended by CAT"): then it is no treaty
    committees = committee_spans(text, [(m.start, m.end) for m, abbr in matched if abbr])
    found = [m for m, abbr in matched if not (abbr and (m.start, m.end) in committees)]
    if ilo:
        found.extend(_ilo_candidates(text))
    found.extend(_ilo_codes(text))
    return found


def _merge_same_code(cands: list[InstrumentMention], text: str) -> list[InstrumentMention]:
    """Join overlapping or touching candidates of one code ("Indigenous and Tribal Peoples Convention" and
    "Convention, 1989 (No. 169)")."""
    out: list[InstrumentMention] = []
    for c in sorted(cands, key=lambda c: (c.code, c.start, -c.end)):
        if out and out[-1].code == c.code and c.start <= out[-1].end:
            prev = out[-1]
            end = max(prev.end, c.end)
            out[-1] = InstrumentMention(prev.start, end, text[prev.start : end], c.code, c.name)
        else:
            out.append(c)
    return out


def _longest_first(cands: list[InstrumentMention]) -> list[InstrumentMention]:
    """The longest candidates that overlap no longer (or earlier, of the same length) chosen one. Every
    candidate is at least one letter long."""
    starts: list[int] = []  # the chosen spans, disjoint and in order
    ends: list[int] = []
    chosen: list[InstrumentMention] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        # the chosen span that starts last before c ends is the only one that may overlap c
        k = bisect_left(starts, c.end) - 1
        if k >= 0 and ends[k] > c.start:
            continue
        k += 1
        starts.insert(k, c.start)
        ends.insert(k, c.end)
        chosen.append(c)
    return sorted(chosen, key=lambda c: (c.start, c.end))


def find_instruments(text: str) -> list[InstrumentMention]:
    """Every instrument mentioned in ``text``, in order, each with its verbatim span, code and full name."""
    mentions = _longest_first(_merge_same_code(_candidates(text), text))
    table = _table()
    found = with_protocols(text, [(m.start, m.end, m.code) for m in mentions], table.children)
    out: list[InstrumentMention] = []
    for start, end, codes in found:
        for code in codes.split(_AND):  # a pattern of several instruments ("Additional Protocols I and II")
            out.append(InstrumentMention(start, end, text[start:end], code, instrument(code).name))
    return out


def normalise_instrument(spelling: str) -> Instrument | None:
    """The instrument a spelling names ("OP2-ICCPR", "the 1951 Refugee Convention"), or None.

    The mention must cover the whole spelling apart from a leading "the" and surrounding punctuation."""
    core = spelling.strip().strip(".;,")
    core = re.sub(r"(?i)^the\s+", "", core)
    found = find_instruments(core)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(core):
        return instrument(found[0].code)
    return None
