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
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from uprkit.classify.instruments import compile_phrase, find_instruments

__all__ = ["GroupLabel", "GroupMention", "all_groups", "classify_groups", "find_groups", "group_name"]


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
class _Lexicon:
    names: dict[str, str]  # label -> display name, in file order
    terms: tuple[tuple[str, re.Pattern[str]], ...]
    mask: re.Pattern[str]


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
    return _Lexicon(names, compiled, re.compile(_bounded("|".join(masks))))


def all_groups() -> dict[str, str]:
    """Every group label with its display name, in lexicon order."""
    return dict(_lexicon().names)


def group_name(label: str) -> str:
    return _lexicon().names[label]


def _masked_spans(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _lexicon().mask.finditer(text)]
    spans.extend((m.start, m.end) for m in find_instruments(text))
    return spans


def find_groups(text: str) -> list[GroupMention]:
    """Every mention of a group in ``text``, in order (a word naming two groups gives two mentions)."""
    masked = _masked_spans(text)
    found: list[GroupMention] = []
    for label, pattern in _lexicon().terms:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in masked):
                continue
            found.append(GroupMention(label, m.start(), m.end(), m.group()))
    order = {label: i for i, label in enumerate(_lexicon().names)}
    return sorted(found, key=lambda g: (g.start, order[g.label], -g.end))


def classify_groups(text: str) -> list[GroupLabel]:
    """The groups ``text`` is about, in lexicon order, each with its words and spans."""
    by_label: dict[str, list[GroupMention]] = {}
    for mention in find_groups(text):
        by_label.setdefault(mention.label, []).append(mention)
    out: list[GroupLabel] = []
    for label, name in _lexicon().names.items():
        mentions = by_label.get(label)
        if not mentions:
            continue
        words = tuple(dict.fromkeys(re.sub(r"\s+", " ", m.words) for m in mentions))
        out.append(GroupLabel(label, name, words, tuple((m.start, m.end) for m in mentions)))
    return out
