"""A stakeholder's recommendation and the finding it answers.

A submission states a finding and asks for what would answer it: "More than 3,500 adults with disabilities live in
large residential institutions" / "Adopt a deinstitutionalisation strategy with a timeline for the closure of large
residential institutions". Under a word limit the two are kept or cut together (an officer's review of drafts at
2,000 words found recommendations kept without the findings they answer, and findings without their
recommendations), and a paragraph is not cut between them.

(Placing the recommendation under its finding's heading as well was tried: the round trip's heading fell from 0.631
to 0.625, the published summaries filing many a recommendation by its own matter. Grouping a heading's points
matter by matter was tried too: an officer's second review found 19 paragraphs it made worse, years and short
figures linking unrelated points and chains of links joining matters.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from uprkit.summarize.candidates import Point
from uprkit.summarize.related import common_words
from uprkit.summarize.verify import content_tokens

_YEAR = re.compile(r"(?:19|20)\d\d")


def _weights(point: Point, names: frozenset[str], common: dict[str, float], rare: float) -> dict[str, float]:
    """A point's telling words and their weights: content words by their rarity, a figure of three digits or more
    as the rarest word; not a year, a short figure ("in 2022", the "6" of "14.6") nor the names of the State and the
    stakeholders ("Coalition")."""
    out: dict[str, float] = {}
    for word, stem in content_tokens(point.source_text, extra=names):
        if stem[:1].isdigit():
            if len(stem) < 3 or _YEAR.fullmatch(stem):
                continue
            weight = rare
        else:
            weight = common.get(word.lower(), rare)
        out[stem] = max(out.get(stem, 0.0), weight)
    return out


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
