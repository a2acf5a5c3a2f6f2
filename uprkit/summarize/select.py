"""Choosing the points that fit the word limit, fairly across stakeholders and headings.

Recommendations take about their share of the words (:data:`RECOMMENDATION_SHARE`: a stakeholder's turn takes
a recommendation while they have less, a fact or concern otherwise); concerns come before background; a point
several stakeholders made comes before one that only one made. Stakeholders take turns (round robin, in the order of the stakeholder list), each
taking its best remaining point, preferring headings that have had less space so far; a point that does not
fit is passed over for a shorter one. A heading's own words count against the limit the first time it is
used: a theme's heading under a chapter already printed costs only its own words, not the chapter's again.
The limit is never exceeded.

A stakeholder given a share of the limit (``reserved``: the accredited national human rights institution, whose
section of its own is one stakeholder among dozens in the turns) first takes its best points up to that share,
then takes its turns with the others. In the five published summaries under ``../shared/data`` with such a
section, it holds 11 to 27 per cent of the paragraphs' words (median 16 per cent); :data:`NHRI_SHARE`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from uprkit.summarize.candidates import Point

#: The share of the word limit the accredited national human rights institution's section may take first.
NHRI_SHARE = 0.15
#: The share of the words recommendations take, the rest going to the facts and concerns they answer: in the
#: twelve published summaries under ../shared/data recommendations hold 19 to 65 per cent of the statements'
#: words, 33 per cent in all.
RECOMMENDATION_SHARE = 0.35
_ACT_WEIGHT = {"recommendation": 3.0, "concern": 2.6, "observation": 1.6, "positive": 1.2}
_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9][\w'’\-]*")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def priority(point: Point) -> float:
    return _ACT_WEIGHT.get(point.act, 1.0) + 0.6 * (len(point.stakeholders) - 1) + 0.2 * len(point.see_also)


def select_points(
    points: Sequence[Point],
    *,
    budget: int | None,
    point_words: Callable[[Point], int],
    heading_words: Callable[[Point], tuple[tuple[str, ...], tuple[int, ...]]],
    reserved: dict[str, float] | None = None,
    partners: dict[int, Point] | None = None,
) -> list[Point]:
    """The chosen points (in no particular order). ``heading_words(point)`` gives the point's heading path (its
    titles, from the top) and the words each of those headings adds when first printed; ``budget`` None takes
    everything; ``reserved``: stakeholder -> the share of ``budget`` it may fill first; ``partners``: ``id(point)``
    -> the point taken with it where it fits (a recommendation and the finding it answers)."""
    if budget is None:
        return list(points)
    queues: dict[str, list[Point]] = defaultdict(list)
    turn_order: list[str] = []
    for p in sorted(points, key=lambda p: (p.order[0], -priority(p), p.order[1])):
        lead = p.stakeholders[0]
        if lead not in queues:
            turn_order.append(lead)
        queues[lead].append(p)
    printed: set[tuple[str, ...]] = set()  # the heading paths (and so their prefixes) already paid for
    heading_load: dict[tuple[str, ...], int] = defaultdict(int)
    chosen: list[Point] = []
    spent = spent_asking = 0

    def cost_of(p: Point) -> tuple[tuple[str, ...], list[int], int]:
        """``p``'s heading path, the levels of it not yet printed, and its cost: its words and those headings'."""
        path, words = heading_words(p)
        new = [i for i in range(len(path)) if path[: i + 1] not in printed]
        return path, new, point_words(p) + sum(words[i] for i in new)

    def take_one(p: Point, path: tuple[str, ...], new: list[int], cost: int) -> None:
        nonlocal spent, spent_asking
        chosen.append(p)
        spent += cost
        if p.act == "recommendation":
            spent_asking += cost
        printed.update(path[: i + 1] for i in new)
        heading_load[path] += cost

    def take(who: str, limit: int) -> int:
        """Take ``who``'s best remaining point that fits within ``limit`` words in all, with its partner where that
        fits too; their cost, or 0."""
        queue = queues[who]
        # recommendations while they have less than their share of the words so far, facts and concerns otherwise
        asking = spent_asking < RECOMMENDATION_SHARE * max(spent, 1) + 1
        best_k, best_key = -1, (0.0, 0.0, 0.0)
        for k, p in enumerate(queue[:25]):
            path, _ = heading_words(p)
            key = (float((p.act == "recommendation") == asking), priority(p), -heading_load[path] / 200.0)
            if best_k < 0 or key > best_key:
                best_k, best_key = k, key
        for k in ([best_k] if best_k >= 0 else []) + [i for i in range(len(queue)) if i != best_k]:
            p = queue[k]
            path, new, cost = cost_of(p)
            if spent + cost <= limit:
                take_one(p, path, new, cost)
                del queue[k]
                partner = (partners or {}).get(id(p))
                if partner is not None and any(q is partner for q in queue):
                    # the finding a recommendation answers, or the recommendation that answers a finding, with it
                    p_path, p_new, p_cost = cost_of(partner)
                    if spent + p_cost <= limit:
                        take_one(partner, p_path, p_new, p_cost)
                        del queue[next(i for i, q in enumerate(queue) if q is partner)]
                        cost += p_cost
                return cost
        return 0

    for who, share in (reserved or {}).items():
        own = 0
        while who in queues and queues[who] and (cost := take(who, min(budget, spent + int(share * budget) - own))):
            own += cost
    active = list(turn_order)
    while active:
        active = [who for who in active if take(who, budget) and queues[who]]
    return chosen
