"""Affected groups: which persons or groups a text is about (women, children, migrants ...), by lexicon.

The lexicon is the package data file ``uprkit/data/groups.tsv`` (its header explains the fields): for each
group, the words that name it with their inflections and variants ("girls", "woman", "juvenile", "detainees",
"same-sex", "asylum seekers", "media workers", "elderly"), matched on word boundaries.

Decisions, documented here because they change counts:

* Names of instruments and of UN bodies are not statements about a group: "Convention on the Elimination of
  All Forms of Discrimination against Women", "Committee on the Rights of the Child", "Special Rapporteur on the
  rights of indigenous peoples", "UN Women" are masked before matching (instrument names through
  :func:`uprkit.classify.instruments.find_instruments`, body names through the ``mask`` rows of the lexicon).
* Idioms are masked too: "a minority of cases", "the majority of", "minority government".
* One word may name two groups: "girls" counts for women and for children; "women human rights defenders" for
  women and for human rights defenders.
* Roma, Sinti, Travellers and people of African descent are counted as minorities; "the erased" (Slovenia) as
  stateless persons; quilombolas as indigenous peoples (Brazil's usage in UPR documents).

>>> [(g.label, g.words) for g in classify_groups("JS2 noted that Roma girls and asylum seekers faced barriers.")]
[('women', ('girls',)), ('children', ('girls',)), ('refugees-asylum-seekers', ('asylum seekers',)), \
('minorities', ('Roma',))]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from uprkit.classify.anchors import Screen, required_literals
from uprkit.classify.instruments import InstrumentMention, compile_phrase, find_instruments

__all__ = [
    "GroupLabel",
    "GroupMention",
    "Mentions",
    "all_groups",
    "classify_groups",
    "find_groups",
    "find_mentions",
    "group_name",
]


@dataclass(frozen=True)
class GroupMention:
    """One word or phrase naming a group: ``text[start:end] == words``."""

    label: str
    start: int
    end: int
    words: str


@dataclass(frozen=True)
class GroupLabel:
    """A group a text is about, with the words that say so and where they are."""

    label: str
    name: str
    words: tuple[str, ...]  # distinct words as written, in order of first appearance
    spans: tuple[tuple[int, int], ...]  # every mention, in order


@dataclass(frozen=True)
class Mentions:
    """What the lexicons find in one text, found once and shared by every stage that needs it (groups
    labels, the heading model's pseudo-words, instruments labels)."""

    groups: tuple[GroupMention, ...]
    instruments: tuple[InstrumentMention, ...]


@dataclass(frozen=True)
class _Lexicon:
    names: dict[str, str]  # label -> display name, in file order
    terms: tuple[tuple[str, re.Pattern[str]], ...]
    mask: re.Pattern[str]
    screen: Screen  # the required words of each label's pattern, then of the mask


def _bounded(source: str) -> str:
    return rf"(?<![A-Za-z0-9])(?:{source})(?![A-Za-z0-9])"


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    text = resources.files("uprkit").joinpath("data/groups.tsv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    terms: dict[str, list[str]] = {}
    masks: list[str] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, field, value = line.split("\t")
        if field == "name":
            names[label] = value
        elif field in ("term", "Term"):
            terms.setdefault(label, []).append(compile_phrase(value, case_sensitive=field == "Term"))
        elif field == "mask":
            masks.append(compile_phrase(value))
        else:
            raise ValueError(f"groups.tsv: unknown field {field!r} in {line!r}")
    compiled = tuple((label, re.compile(_bounded("|".join(alts)))) for label, alts in terms.items())
    mask = re.compile(_bounded("|".join(masks)))
    screen = Screen([required_literals(p.pattern) for _, p in compiled] + [required_literals(mask.pattern)])
    return _Lexicon(names, compiled, mask, screen)


def all_groups() -> dict[str, str]:
    """Every group label with its display name, in lexicon order."""
    return dict(_lexicon().names)


def group_name(label: str) -> str:
    return _lexicon().names[label]


def _masked_spans(
    text: str, mask: bool, instruments: Sequence[InstrumentMention] | None
) -> tuple[list[int], list[int]]:
    """The masked parts of the text (body names, idioms, instrument names) as the starts and ends of disjoint
    spans, in order."""
    spans = [(m.start(), m.end()) for m in _lexicon().mask.finditer(text)] if mask else []
    spans.extend((m.start, m.end) for m in (find_instruments(text) if instruments is None else instruments))
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(s for s in spans if s[0] < s[1]):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def find_groups(text: str, instruments: Sequence[InstrumentMention] | None = None) -> list[GroupMention]:
    """Every mention of a group in ``text``, in order (a word naming two groups gives two mentions).
    ``instruments``: the instruments of ``text`` where they are known (found here otherwise)."""
    lexicon = _lexicon()
    candidates = lexicon.screen.candidates(text)
    mask = bool(candidates) and candidates[-1] == len(lexicon.terms)
    if mask:
        candidates.pop()
    if not candidates:
        return []
    starts, ends = _masked_spans(text, mask, instruments)
    found: list[GroupMention] = []
    for index in candidates:
        label, pattern = lexicon.terms[index]
        for m in pattern.finditer(text):
            # a masked span overlaps the match iff the last one starting before its end ends after its start
            k = bisect_left(starts, m.end()) - 1
            if k >= 0 and ends[k] > m.start():
                continue
            found.append(GroupMention(label, m.start(), m.end(), m.group()))
    order = {label: i for i, label in enumerate(lexicon.names)}
    return sorted(found, key=lambda g: (g.start, order[g.label], -g.end))


def find_mentions(text: str) -> Mentions:
    """The instruments of ``text`` and the groups it names (instrument names masked)."""
    instruments = tuple(find_instruments(text))
    return Mentions(tuple(find_groups(text, instruments)), instruments)


def classify_groups(text: str, mentions: Sequence[GroupMention] | None = None) -> list[GroupLabel]:
    """The groups ``text`` is about, in lexicon order, each with its words and spans (from ``mentions``, the
    text's :func:`find_groups`, where they are known)."""
    by_label: dict[str, list[GroupMention]] = {}
    for mention in find_groups(text) if mentions is None else mentions:
        by_label.setdefault(mention.label, []).append(mention)
    out: list[GroupLabel] = []
    for label, name in _lexicon().names.items():
        mentions = by_label.get(label)
        if not mentions:
            continue
        words = tuple(dict.fromkeys(re.sub(r"\s+", " ", m.words) for m in mentions))
        out.append(GroupLabel(label, name, words, tuple((m.start, m.end) for m in mentions)))
    return out
