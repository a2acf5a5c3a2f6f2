"""The same point made by several stakeholders becomes one sentence crediting all of them.

Two points merge when they are the same kind of statement (recommendation, concern …) and their words
nearly coincide (token sequence similarity ≥ 0.85, found through shared word 4-grams so that thousands of
points are compared in linear time). A stakeholder is *credited* in the merged sentence only when every
content word of the drafted sentence is in its own cited words (so ``verify`` holds for each); otherwise it
is cited with "See also", as OHCHR does for stakeholders who said something similar.
"""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher

from uprkit.summarize.candidates import Point
from uprkit.summarize.verify import content_stems, missing_words, negations

MERGE_SIMILARITY = 0.85
_TOKEN = re.compile(r"[a-z0-9]+")


def _tokens(point: Point) -> list[str]:
    text = " ".join(p.text for p in point.passages[point.stakeholders[0]])
    return _TOKEN.findall(text.lower())


def _shingles(tokens: list[str], n: int = 4) -> set[tuple[str, ...]]:
    if len(tokens) < n:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def merge_points(points: list[Point], subject_of: dict[str, str]) -> list[Point]:
    """Merge near-identical points of different stakeholders; the earliest point (in stakeholder order) leads."""
    ordered = sorted(points, key=lambda p: p.order)
    tokens = [_tokens(p) for p in ordered]
    bags = [set(t) for t in tokens]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    merged_into: dict[int, int] = {}
    for i, toks in enumerate(tokens):
        counts: dict[int, int] = defaultdict(int)
        for sh in _shingles(toks):
            for j in index[sh]:
                counts[j] += 1
            index[sh].append(i)
        best_j, best = -1, 0.0
        n_sh = max(1, len(toks) - 3)
        for j, shared in counts.items():
            # a ratio of 0.85 leaves most 4-grams and words in common: cheap bounds before the exact ratio
            if shared < max(2, n_sh // 3) and min(len(toks), len(tokens[j])) >= 6:
                continue
            common = len(bags[i] & bags[j])
            if 2 * common < MERGE_SIMILARITY * (len(bags[i]) + len(bags[j])) - 2:
                continue
            lead = merged_into.get(j, j)
            a, b = ordered[lead], ordered[i]
            if a.act != b.act or b.stakeholders[0] in a.stakeholders or b.stakeholders[0] in a.see_also:
                continue
            matcher = SequenceMatcher(None, tokens[j], toks, autojunk=False)
            if matcher.real_quick_ratio() < MERGE_SIMILARITY or matcher.quick_ratio() < MERGE_SIMILARITY:
                continue
            ratio = matcher.ratio()
            if ratio >= MERGE_SIMILARITY and ratio > best:
                best_j, best = lead, ratio
        if best_j >= 0 and _absorb(ordered[best_j], ordered[i], subject_of):
            merged_into[i] = best_j
    return [p for i, p in enumerate(ordered) if i not in merged_into]


def _absorb(lead: Point, other: Point, subject_of: dict[str, str]) -> bool:
    """Credit ``other``'s stakeholder in ``lead`` (or cite it with "See also"); False where they disagree."""
    who = other.stakeholders[0]
    cited = other.passages[who]
    drafted = " ".join([lead.reported.predicate, *lead.continuation])
    cited_text = " ".join(p.text for p in cited)
    words = content_stems(cited_text)
    same_sense = negations(drafted) == negations(cited_text)
    if not same_sense:
        return False  # "has ratified" is not "has not ratified": no merge, not even "See also"
    if not missing_words(drafted, words, extra=set(subject_of)):
        lead.stakeholders.append(who)
        lead.passages[who] = cited
    else:
        lead.see_also[who] = cited
    return True
