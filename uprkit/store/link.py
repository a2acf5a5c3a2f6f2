"""Linking UPR Info export rows to parsed recommendations of the same State under review and session.

Normalised text equality first (:func:`uprkit.bench.text_match.normalize_text`); otherwise the best
:func:`~uprkit.bench.text_match.similarity` at or above the threshold, with a word-count bound to skip
candidates that cannot reach it. Among equal scores, a recommendation made by the row's State wins.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from uprkit.bench.text_match import MATCH_THRESHOLD, normalize_text, similarity

__all__ = ["Candidate", "ExportRowText", "Link", "candidate_of_row", "link_counts", "link_rows"]


@dataclass(frozen=True)
class Candidate:
    """A stored recommendation: its id, its texts (the item's and each part's) and its States' codes."""

    id: int
    texts: tuple[str, ...]
    state_codes: frozenset[str]


def candidate_of_row(rid: int, text: str, state_codes_json: str, parts_json: str) -> Candidate:
    """A stored recommendation row (its ``state_codes`` and ``parts`` columns hold JSON) as a link candidate."""
    parts = json.loads(parts_json)
    texts = (text, *(p["text"] for p in parts))
    codes = set(json.loads(state_codes_json)) | {x for p in parts for x in p["state_codes"]}
    return Candidate(rid, texts, frozenset(c for c in codes if c))


@dataclass(frozen=True)
class ExportRowText:
    id: int
    text: str
    from_code: str | None


@dataclass(frozen=True)
class Link:
    row_id: int
    recommendation_id: int | None
    score: float | None


def _bound(a: Counter[str], na: int, b: Counter[str], nb: int) -> float:
    """An upper bound of the word-sequence similarity: twice the common words over all words."""
    return 2 * sum((a & b).values()) / (na + nb) if na + nb else 0.0


def link_rows(
    rows: Sequence[ExportRowText], candidates: Sequence[Candidate], *, threshold: float = MATCH_THRESHOLD
) -> list[Link]:
    """The best recommendation of ``candidates`` for each row (``None`` where nothing reaches ``threshold``)."""
    exact: dict[str, list[Candidate]] = {}
    bags: list[tuple[Candidate, str, Counter[str], int]] = []
    for c in candidates:
        for text in c.texts:
            norm = normalize_text(text)
            if not norm:
                continue
            exact.setdefault(norm, []).append(c)
            words = norm.split()
            bags.append((c, text, Counter(words), len(words)))
    out: list[Link] = []
    for row in rows:
        norm = normalize_text(row.text)
        same = exact.get(norm) if norm else None
        if same:
            best = next((c for c in same if row.from_code in c.state_codes), same[0])
            out.append(Link(row.id, best.id, 1.0))
            continue
        words = norm.split()
        bag, n = Counter(words), len(words)
        bounded = [(b, c, text) for c, text, cb, cn in bags if (b := _bound(bag, n, cb, cn)) >= threshold]
        bounded.sort(key=lambda t: -t[0])
        best_c: Candidate | None = None
        best_key = (0.0, False)
        for bound, c, text in bounded:
            if best_c is not None and bound < best_key[0]:
                break
            score = similarity(row.text, text)
            key = (score, row.from_code in c.state_codes)
            if score >= threshold and key > best_key:
                best_c, best_key = c, key
        out.append(Link(row.id, best_c.id if best_c else None, round(best_key[0], 4) if best_c else None))
    return out


def link_counts(links: list[Link]) -> tuple[int, int]:
    """(rows linked to a recommendation, rows left unlinked)."""
    linked = sum(1 for lk in links if lk.recommendation_id is not None)
    return linked, len(links) - linked
