"""Under one heading, the points on one matter side by side, in a paragraph of their own.

The published summaries give a heading's points matter by matter: a paragraph on the forced evictions of Roma
settlements with what each stakeholder said of them, another on birth registration. Taken in the order of the
stakeholder list instead, a paragraph ran from one stakeholder's point on legal capacity into another's on judicial
independence, and two stakeholders' points on the same evictions stood paragraphs apart (an officer's review of the
Serbian and Peruvian drafts: 24 paragraphs mixing matters).

Two points are on one matter where the words that weigh are largely shared: content words weighted by how rare
they are in UPR texts at large (:func:`uprkit.summarize.related.common_words`), a figure as the rarest word; a cosine
of at least :data:`TOPIC_SIMILARITY`, and the matters are what these links join (a stakeholder's recommendation
beside the finding it answers, the others' points on it after). Matters come in the order of their first point;
within one, the points keep the order of the stakeholder list and of each submission.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from uprkit.summarize.candidates import Point
from uprkit.summarize.related import common_words
from uprkit.summarize.verify import content_tokens

#: The weighted cosine from which two points are on one matter.
TOPIC_SIMILARITY = 0.2


def _weights(point: Point, names: frozenset[str], common: dict[str, float], rare: float) -> dict[str, float]:
    out: dict[str, float] = {}
    for word, stem in content_tokens(point.source_text, extra=names):
        weight = rare if stem[:1].isdigit() else common.get(word.lower(), rare)
        out[stem] = max(out.get(stem, 0.0), weight)
    return out


def topic_groups(points: Sequence[Point], names: Sequence[str] = ()) -> list[list[Point]]:
    """``points`` (of one heading, in the order they are to be given) grouped by matter, each group in that order,
    the groups in the order of their first point. ``names``: the State's and the stakeholders' names, which say
    nothing of the matter."""
    if len(points) < 2:
        return [list(points)]
    common = common_words()
    rare = max(common.values(), default=1.0)
    frozen = frozenset(names)
    vectors = [_weights(p, frozen, common, rare) for p in points]
    norms = [math.sqrt(sum(x * x for x in v.values())) or 1.0 for v in vectors]
    parent = list(range(len(points)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(points)):
        for j in range(i + 1, len(points)):
            small, large = sorted((vectors[i], vectors[j]), key=len)
            dot = sum(x * large[w] for w, x in small.items() if w in large)
            if dot / (norms[i] * norms[j]) >= TOPIC_SIMILARITY:
                a, b = root(i), root(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: dict[int, list[Point]] = {}
    for i, p in enumerate(points):
        groups.setdefault(root(i), []).append(p)
    return [groups[k] for k in sorted(groups)]


#: The share of a recommendation's weighted words the finding it answers holds.
ANSWER_COVER = 0.3


def answer_pairs(points: Sequence[Point], names: Sequence[str] = ()) -> dict[int, Point]:
    """Each recommendation and the finding of the same stakeholder it answers, both ways (``id(point)`` -> its
    partner): the stakeholder's concern or observation that holds the most of the recommendation's words weighted by
    their rarity, at least :data:`ANSWER_COVER` of them and two words or more ("More than 3,500 adults with
    disabilities live in residential institutions" / "Adopt a deinstitutionalisation strategy … for the closure of
    large residential institutions"). A finding answered by several keeps the recommendation that holds it best.
    The word limit keeps or cuts the two together (an officer's review: recommendations kept without the findings
    they answer, and findings without their recommendations)."""
    common = common_words()
    rare = max(common.values(), default=1.0)
    frozen = frozenset(names)
    facts: dict[str, list[tuple[Point, dict[str, float]]]] = {}
    for p in points:
        if p.act != "recommendation" and len(p.stakeholders) == 1:
            facts.setdefault(p.stakeholders[0], []).append((p, _weights(p, frozen, common, rare)))
    best_for_fact: dict[int, tuple[float, Point]] = {}
    for p in points:
        if p.act != "recommendation" or len(p.stakeholders) != 1 or p.stakeholders[0] not in facts:
            continue
        asked = _weights(p, frozen, common, rare)
        total = sum(asked.values())
        if not total:
            continue
        scored = []
        for fact, said in facts[p.stakeholders[0]]:
            shared = asked.keys() & said.keys()
            cover = sum(asked[w] for w in shared) / total
            if len(shared) >= 2 and cover >= ANSWER_COVER:
                scored.append((cover, -fact.order[1], fact))
        if scored:
            cover, _, fact = max(scored, key=lambda t: (t[0], t[1]))
            if id(fact) not in best_for_fact or cover > best_for_fact[id(fact)][0]:
                best_for_fact[id(fact)] = (cover, p)
    facts_by_id = {id(f): f for fs in facts.values() for f, _ in fs}
    out: dict[int, Point] = {}
    for fact_id, (_, rec) in best_for_fact.items():
        out[fact_id] = rec
        out[id(rec)] = facts_by_id[fact_id]
    return out
