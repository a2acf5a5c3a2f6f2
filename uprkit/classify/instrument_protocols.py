"""Protocols named through their treaty: "the CRPD and its Optional Protocol", "the Second Optional Protocol to
the ICCPR", "CEDAW's Optional Protocol", "the two Optional Protocols to the CRC", "the Refugee Convention and the
Protocol thereto". A context rule of :mod:`uprkit.classify.instruments`, run on the treaty mentions it found.

Which protocol is meant follows the ``parent`` rows of ``instruments.tsv``: an ordinal ("second", "2nd") or a
count ("two", "both") picks among the protocols, a topic that follows ("on the sale of children ...") picks one
by subject, a plural gives every protocol marked ``plural``. Three places:

* before the treaty: "[ordinal] [Optional|Additional] Protocol(s) to|of [the] <treaty>" (or "2nd OP to the
  ICCPR", "Protocol No. 12 to the European Convention on Human Rights", "Protocols 6 and 13 of the ECHR"): the
  protocol replaces the treaty;
* right after it: "<treaty>'s [ordinal] [optional] protocol(s)" or "<treaty> [ordinal] Optional Protocol(s)":
  the protocol replaces the treaty;
* after it, joined by "and", "as well as", "with", "including", a comma: "<treaty> and its [two] Optional
  Protocol(s)", "… and the Protocol thereto": the treaty and its protocols. A bare "Protocol" counts only as
  "its Protocol", "the Protocol thereto" or with a count ("and two Protocols"); a protocol followed by "to" or
  "of" is another treaty's ("the CRPD and the Optional Protocol to the Convention against Torture"), unless
  that is "the Convention" or "the Covenant" alone (the treaty just named).

A plural with no count before a list covers every treaty of the list: "the Optional Protocols to ICCPR, ICESCR,
CAT and CEDAW" names the protocols of all four.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = ["Child", "with_protocols"]

_ORDINAL = r"first|second|third|1st|2nd|3rd|two|three|both"
_NORMAL = {"1st": "first", "2nd": "second", "3rd": "third"}
_COUNTS = {"two": 2, "three": 3, "both": 2}

_BEFORE = re.compile(
    rf"(?i)(?<![A-Za-z])(?:(?P<ord>{_ORDINAL})\s+)?(?:(?:optional|additional)\s+)?"
    r"(?:protocol(?P<pl>s)?|(?-i:OP(?P<ops>s)?))\s+(?:to|of)\s+(?:the\s+)?\Z"
)
_NUMBERED = re.compile(
    r"(?i)(?<![A-Za-z])(?:optional\s+)?protocols?\s+(?:No\.?\s*)?"
    r"(?P<nums>\d{1,2}(?:\s*(?:,|and|&)\s*(?:No\.?\s*)?\d{1,2})*)\s+(?:to|of)\s+(?:the\s+)?\Z"
)
_BY_NUMBER = {1: "first", 2: "second", 3: "third"}
_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:the\s+)?")
_TO = re.compile(r"\s+(?:to|of)\b")
_TO_THIS = re.compile(r"(?i)\s+(?:to|of)\s+the\s+(?:Convention|Covenant)\b(?!\s+(?:on|against|for|relating|of)\b)")
_OWN = re.compile(
    rf"(?i)(?:['’]s\s+(?:(?P<ord>{_ORDINAL})\s+)?(?:optional\s+)?|\s+(?:(?P<ord2>{_ORDINAL})\s+)?optional\s+)"
    r"protocol(?P<pl>s)?(?![A-Za-z])"
)
_AFTER = re.compile(
    r"(?i)\s*(?:,\s*)?(?:and|as\s+well\s+as|&|,|with|together\s+with|including)\s+"
    r"(?:(?P<both>both|all\s+(?:two|three))\s+)?(?:(?P<its>its|their)\s+|the\s+)?"
    rf"(?P<op>(?:(?P<ord>{_ORDINAL})\s+)?(?P<kind>(?:optional|additional)\s+)?protocol(?P<pl>s)?"
    r"(?P<thereto>\s+thereto)?)(?![A-Za-z])"
)


@dataclass(frozen=True)
class Child:
    """A protocol of a treaty: its code and when it is meant (``selector``: default, first, second, third,
    plural, or topic with ``topic`` the words that must follow; or numbered: ``code`` is the prefix of the
    codes of a treaty's numbered protocols, "ECHR P" for "Protocol No. 12 to the ECHR")."""

    code: str
    selector: str
    topic: re.Pattern[str] | None = None


def _protocols(
    kids: Sequence[Child], ordinal: str | None, plural: bool, text: str, pos: int, endpos: int
) -> tuple[list[str], int]:
    """The protocols meant, and where the words naming them end: at ``pos``, or after a topic that follows
    there (within ``text[pos:endpos]``)."""
    for kid in kids:
        if kid.selector == "topic" and kid.topic is not None:
            m = kid.topic.match(text, pos, endpos)
            if m:
                return [kid.code], m.end()
    ordinal = (ordinal or "").lower()
    ordinal = _NORMAL.get(ordinal, ordinal)
    if plural or ordinal in _COUNTS:
        codes = [kid.code for kid in kids if kid.selector == "plural"]
        return codes[: _COUNTS.get(ordinal, len(codes))], pos
    wanted = ordinal or "default"
    return [kid.code for kid in kids if kid.selector == wanted][:1], pos


def _numbered(kids: Sequence[Child], numbers: str) -> list[str]:
    """The protocols "Protocol(s) No. <numbers> to <treaty>" names."""
    found = [int(n) for n in re.findall(r"\d+", numbers)]
    prefix = next((kid.code for kid in kids if kid.selector == "numbered"), None)
    if prefix is not None:
        return [f"{prefix}{n}" for n in found]
    codes: list[str] = []
    for n in found:
        codes.extend(kid.code for kid in kids if kid.selector == _BY_NUMBER.get(n))
    return codes if len(codes) == len(found) else []


def with_protocols(
    text: str, mentions: Sequence[tuple[int, int, str]], children: Mapping[str, Sequence[Child]]
) -> list[tuple[int, int, str]]:
    """The mentions (start, end, code; in order, not overlapping) with the protocols their context names."""
    out: list[tuple[int, int, str]] = []
    distributed = -1  # a mention that a plural "Protocols to" before the previous one also covers
    for i, (start, end, code) in enumerate(mentions):
        kids = children.get(code)
        if not kids:
            out.append((start, end, code))
            continue
        limit = mentions[i + 1][0] if i + 1 < len(mentions) else len(text)
        numbered = _NUMBERED.search(text, max(0, start - 60), start)
        codes = _numbered(kids, numbered.group("nums")) if numbered else []
        if numbered and codes:
            out.extend((numbered.start(), end, c) for c in codes)
            continue
        before = _BEFORE.search(text, max(0, start - 60), start)
        if before:
            plural = bool(before.group("pl") or before.group("ops"))
            codes, stop = _protocols(kids, before.group("ord"), plural, text, end, len(text))
            if codes:
                out.extend((before.start(), stop, c) for c in codes)
                if plural and not before.group("ord") and stop == end:
                    distributed = _next_in_list(text, mentions, i)
                continue
        own = _OWN.match(text, end, limit)
        if own:
            ordinal = own.group("ord") or own.group("ord2")
            codes, stop = _protocols(kids, ordinal, bool(own.group("pl")), text, own.end(), limit)
            if codes:
                out.extend((start, stop, c) for c in codes)
                continue
        if distributed == i:  # "the Optional Protocols to A, B and C": C's as well
            codes, _ = _protocols(kids, None, True, text, end, end)
            if codes:
                out.extend((start, end, c) for c in codes)
                distributed = _next_in_list(text, mentions, i)
                continue
        out.append((start, end, code))
        after = _AFTER.match(text, end, limit)
        if after and _names_a_protocol(after, text, limit):
            both = after.group("both")  # "both its Optional Protocols", "all three Optional Protocols"
            ordinal = after.group("ord") or (both.split()[-1] if both else None)
            codes, stop = _protocols(kids, ordinal, bool(after.group("pl")), text, after.end("op"), limit)
            out.extend((after.start("op"), stop, c) for c in codes)
    return sorted(out, key=lambda m: (m[0], m[1]))


def _next_in_list(text: str, mentions: Sequence[tuple[int, int, str]], i: int) -> int:
    """The index of the mention that follows mention ``i`` in a list ("A, B and C"), or -1."""
    if i + 1 < len(mentions) and _LIST.fullmatch(text, mentions[i][1], mentions[i + 1][0]):
        return i + 1
    return -1


def _names_a_protocol(after: re.Match[str], text: str, limit: int) -> bool:
    """A protocol after a treaty is its protocol when the words say so ("its Protocol", "the Protocol thereto",
    "the Optional Protocol", "two Protocols"), and not another treaty's: "the Optional Protocol to" may only go
    on with "the Convention" or "the Covenant" alone (the treaty just named)."""
    if not (after.group("kind") or after.group("its") or after.group("thereto") or after.group("ord")):
        return False
    return not _TO.match(text, after.end(), limit) or bool(_TO_THIS.match(text, after.end(), limit))
