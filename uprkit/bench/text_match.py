"""How a recommendation's text is matched with the export's: normalised words compared with
:class:`difflib.SequenceMatcher`, only where an upper bound on the ratio can still reach the threshold.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from functools import cached_property

#: Best text similarity at or above which an export row counts as matched by text.
MATCH_THRESHOLD = 0.8
_WORD = re.compile(r"\w+")
_APOSTROPHES = re.compile("['\u2019\u2018\u02bc`\u00b4]")


def normalize_text(text: str) -> str:
    """Lowercase, accents and HTML entities decoded, apostrophes dropped, punctuation and whitespace collapsed
    to single spaces, a leading "to " removed ("To ratify the CRPD;" -> "ratify the crpd")."""
    t = unicodedata.normalize("NFKC", html.unescape(text)).casefold()
    t = _APOSTROPHES.sub("", t)
    words = _WORD.findall(t.replace("_", " "))
    if words and words[0] == "to":
        words = words[1:]
    return " ".join(words)


class MatchText:
    """A normalised text, its words and (computed on first use) its words as a set of (word, occurrence)
    pairs, so that ``len(a.bag & b.bag)`` is the size of the multiset intersection of the two texts' words."""

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self.tokens = norm.split()
        self.n = len(self.tokens)

    @cached_property
    def bag(self) -> frozenset[tuple[str, int]]:
        seen: dict[str, int] = {}
        out: list[tuple[str, int]] = []
        for t in self.tokens:
            k = seen[t] = seen.get(t, 0) + 1
            out.append((t, k))
        return frozenset(out)


def _ratio(matcher: SequenceMatcher[str], a: MatchText, b: MatchText) -> float:
    if a.norm == b.norm:
        return 1.0
    if not a.n or not b.n:
        return 0.0
    matcher.set_seq1(a.tokens)
    return matcher.ratio()


def similarity(a: str, b: str) -> float:
    """The text similarity used for matching: :class:`difflib.SequenceMatcher` ratio over the words of the two
    :func:`normalize_text` forms (1.0 for equal forms)."""
    ta, tb = MatchText(normalize_text(a)), MatchText(normalize_text(b))
    matcher: SequenceMatcher[str] = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(tb.tokens)
    return _ratio(matcher, ta, tb)


def best_match(
    target: MatchText, candidates: Iterable[int], texts: Sequence[MatchText], floor: float, exact: int | None = None
) -> tuple[float, int | None]:
    """The highest similarity of ``target`` to ``texts[i]`` for i in ``candidates`` if it is >= ``floor``.

    ``exact`` is the index of a text equal to the target if there is one (a candidate then scores 1.0).
    Exact search: candidates are scored in decreasing order of the ratio's upper bound 2*|common words|/(total
    words), and scoring stops once that bound cannot beat the best score so far.
    """
    bounds: list[tuple[float, int]] = []
    for i in candidates:
        if i == exact:
            return 1.0, i
        other = texts[i]
        total = other.n + target.n
        if not total or 2 * min(other.n, target.n) < floor * total:
            continue
        bound = 2 * len(other.bag & target.bag) / total
        if bound >= floor:
            bounds.append((bound, i))
    if not bounds:
        return 0.0, None
    bounds.sort(key=lambda b: -b[0])
    matcher: SequenceMatcher[str] = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(target.tokens)
    best, best_i = 0.0, None
    for bound, i in bounds:
        if best_i is not None and bound <= best:
            break
        score = _ratio(matcher, texts[i], target)
        if score >= floor and (best_i is None or score > best):
            best, best_i = score, i
    return best, best_i
