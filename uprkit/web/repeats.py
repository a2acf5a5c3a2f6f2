"""Recommendations repeated from one cycle to the next, matched by the similarity of their words.

Each recommendation is reduced to its content words (lower case, a plural ``s`` dropped, function words and
the opening verbs every recommendation shares left out); two recommendations are alike by the Dice
coefficient of those word sets. Each recommendation of a cycle is matched to its most similar one of the
previous cycle present, where the similarity reaches :data:`THRESHOLD`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from uprkit.store.pages import RecommendationRow

__all__ = ["THRESHOLD", "Repeat", "content_words", "repeated_recommendations", "similarity"]

THRESHOLD = 0.5

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_STOP = frozenset(
    "a an and any are as at be by for from has have in into is it its of on or other that the their them this "
    "to with all such which who also including ensure continue consider take measures further efforts "
    "strengthen adopt implement ratify accede sign".split()
)


def content_words(text: str) -> frozenset[str]:
    words = set()
    for w in _WORD.findall(text.lower()):
        if w in _STOP or len(w) < 3:
            continue
        words.add(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w)
    return frozenset(words)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


@dataclass(frozen=True)
class Repeat:
    earlier: RecommendationRow
    later: RecommendationRow
    score: float


def repeated_recommendations(
    rows: Sequence[RecommendationRow], threshold: float = THRESHOLD
) -> list[Repeat]:
    """Pairs (previous cycle, this cycle) of alike recommendations, by cycle then best match first."""
    by_cycle: dict[int, list[tuple[RecommendationRow, frozenset[str]]]] = {}
    for r in rows:
        if r.cycle is not None and r.text.strip():
            by_cycle.setdefault(r.cycle, []).append((r, content_words(r.text)))
    cycles = sorted(by_cycle)
    out: list[Repeat] = []
    for previous, current in zip(cycles, cycles[1:], strict=False):
        found: list[Repeat] = []
        for later, words in by_cycle[current]:
            best: tuple[float, RecommendationRow | None] = (0.0, None)
            for earlier, old_words in by_cycle[previous]:
                score = similarity(words, old_words)
                if score > best[0]:
                    best = (score, earlier)
            if best[1] is not None and best[0] >= threshold:
                found.append(Repeat(best[1], later, round(best[0], 3)))
        out += sorted(found, key=lambda rp: -rp.score)
    return out
