"""The same point made by several stakeholders becomes one sentence crediting all of them.

Two points merge when they are the same kind of statement (recommendation, concern …) and their words
nearly coincide (token sequence similarity ≥ 0.85, found through shared word 4-grams so that thousands of
points are compared in linear time). A stakeholder is *credited* in the merged sentence only when every
content word of the drafted sentence is in its own cited words (so ``verify`` holds for each); otherwise it
is cited with "See also", as OHCHR does for stakeholders who said something similar.

A stakeholder that makes the same point twice (in its text and again in its closing list of recommendations)
gets one sentence citing both places, where both places have the same content words in the same order, the
same negations and as many "consider"; a repeat with words of its own stays a sentence of its own. A point
cited with "See also" takes its repeats along.

A stakeholder's recommendation made again in other words in its list of recommendations ("… provide redress to
victims and end the use of contraception targets in health facilities" and, in its closing list, "… provide
remedies to victims and end the use of targets for contraception") cannot cite both places (``verify`` would
not find "redress" in the second), so :func:`drop_near_repeats` keeps its first wording only: the draft does
not say it twice. Wordings that differ in the people concerned, a figure or the action asked for stay two.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher

from uprkit.summarize.candidates import Point
from uprkit.summarize.person import beyond_frame, speaks_of_itself
from uprkit.summarize.related import HEDGE, Particulars
from uprkit.summarize.verify import content_stems, content_words, missing_words, negations

MERGE_SIMILARITY = 0.85
_TOKEN = re.compile(r"[a-z0-9]+")


def _tokens(point: Point) -> list[str]:
    return _TOKEN.findall(point.cited_text.lower())


def _shingles(tokens: list[str], n: int = 4) -> set[tuple[str, ...]]:
    if len(tokens) < n:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def merge_points(points: list[Point], subject_of: dict[str, str], *, frame: Sequence[str] = ()) -> list[Point]:
    """Merge near-identical points of different stakeholders; the earliest point (in stakeholder order) leads.
    A stakeholder's own repeat is merged into its first place; ``frame``: names the drafted sentence may add
    (the State's name and code, as ``verify`` allows them)."""
    ordered = sorted(points, key=lambda p: p.order)
    tokens = [_tokens(p) for p in ordered]
    bags = [set(t) for t in tokens]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    merged_into: dict[int, int] = {}
    names = frozenset([*subject_of, *frame])
    # a stakeholder's own repeat may be worded around the same words ("We recommend that the Government ratify
    # X." and, under "We urge the Government to:", "ratify X;"): found by its content words as well
    said: dict[tuple[str, str, tuple[str, ...]], int] = {}
    for i, toks in enumerate(tokens):
        counts: dict[int, int] = defaultdict(int)
        for sh in _shingles(toks):
            for j in index[sh]:
                counts[j] += 1
            index[sh].append(i)
        best: dict[bool, tuple[float, int]] = {}  # own repeat (True) or another stakeholder's point: ratio, lead
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
            if a.act != b.act:
                continue
            own = b.stakeholders[0] in a.stakeholders or b.stakeholders[0] in a.see_also
            if own:  # a repeat is decided on its content words (_repeat): the word overlap only ranks candidates
                overlap = 2 * common / (len(bags[i]) + len(bags[j]))
                if overlap > best.get(True, (0.0, -1))[0]:
                    best[True] = (overlap, lead)
                continue
            matcher = SequenceMatcher(None, tokens[j], toks, autojunk=False)
            if matcher.real_quick_ratio() < MERGE_SIMILARITY or matcher.quick_ratio() < MERGE_SIMILARITY:
                continue
            ratio = matcher.ratio()
            if ratio >= MERGE_SIMILARITY and ratio > best.get(False, (0.0, -1))[0]:
                best[False] = (ratio, lead)
        b = ordered[i]
        key = (b.stakeholders[0], b.act, content_words(_said(b, b.stakeholders[0]), extra=names))
        same = said.get(key) if len(key[2]) >= 3 else None
        candidates = (best.get(True, (0.0, -1))[1], merged_into.get(same, same) if same is not None else -1)
        found = next((lead for lead in dict.fromkeys(candidates) if lead >= 0 and _repeat(ordered[lead], b, names)), None)
        if found is not None:
            merged_into[i] = found
            continue
        if False in best and _absorb(ordered[best[False][1]], b, names):
            merged_into[i] = best[False][1]
        said.setdefault(key, i)
    return [p for i, p in enumerate(ordered) if i not in merged_into]


def _said(point: Point, who: str) -> str:
    """What ``who`` wrote for ``point`` at its first place: the list lead-in and the passages."""
    first = point.passages.get(who) or point.see_also.get(who) or []
    return " ".join([first[0].lead or "", *(p.text for p in first)]) if first else ""


def _repeat(lead: Point, other: Point, names: frozenset[str]) -> bool:
    """``other`` is a point its stakeholder already made in ``lead`` (credited or "See also"), made again
    elsewhere: cite that place too, where both places say the same, in the same sense, with the same content
    words (a repeat with words of its own, "… by 2025", is a point of its own)."""
    who = other.stakeholders[0]
    cited = other.passages[who]
    first = lead.passages.get(who) or lead.see_also.get(who)
    if not first or lead.act != other.act:
        return False
    if cited[0].file == first[0].file and cited[0].start < first[-1].end and cited[-1].end > first[0].start:
        return False  # the same words, not a second place
    first_text, cited_text = _said(lead, who), _said(other, who)
    drafted = " ".join([lead.reported.predicate, *lead.continuation])
    if (
        negations(first_text) != negations(cited_text)
        or len(HEDGE.findall(first_text)) != len(HEDGE.findall(cited_text))
        or content_words(first_text, extra=names) != content_words(cited_text, extra=names)
        or (who in lead.stakeholders and missing_words(drafted, content_stems(cited_text), extra=names))
    ):
        return False
    lead.repeats.setdefault(who, []).append(cited)
    return True


def _absorb(lead: Point, other: Point, names: frozenset[str]) -> bool:
    """Credit ``other``'s stakeholder in ``lead`` (or cite it with "See also"); False where they disagree. A lead
    whose submitter speaks of itself ("We need more data" → "it needs more data") credits no one else: "it" is
    that submitter, so the others are cited with "See also"."""
    who = other.stakeholders[0]
    cited = other.passages[who]
    drafted = " ".join([lead.reported.predicate, *lead.continuation])
    cited_text = " ".join(p.text for p in cited)
    words = content_stems(cited_text)
    same_sense = negations(drafted) == negations(cited_text)
    if not same_sense:
        return False  # "has ratified" is not "has not ratified": no merge, not even "See also"
    recommendation = lead.act == "recommendation"
    lead_said = _said(lead, lead.stakeholders[0])
    if not Particulars.of(lead_said, recommendation=recommendation).holds(
        Particulars.of(cited_text, recommendation=recommendation)
    ):
        return False  # "investigate all attacks against LGBTQ+ persons" is not "… against journalists"
    # "We are concerned about the increase in violence …": its "we" is the frame's, "expressed concern", which the
    # others share (JS42's and IACHR's point was JS42's with "See also IACHR")
    if not missing_words(drafted, words, extra=names) and not speaks_of_itself(beyond_frame(lead_said)):
        lead.stakeholders.append(who)
        lead.passages[who] = cited
    else:
        lead.see_also[who] = cited
    return True


#: A stakeholder's second wording of a recommendation it already made, in its closing list of recommendations:
#: this share of their content words in common (Jaccard), each wording with at least
#: :data:`NEAR_REPEAT_WORDS` content words. No two statements one stakeholder is credited with in the published
#: summaries under ../shared/data come this close (the closest, 0.62: CoE-ACFC "affirmed in 2011 that
#: substantial improvements are needed …" and "stated that …").
NEAR_REPEAT_SIMILARITY = 0.65
NEAR_REPEAT_WORDS = 8
#: Words that make two wordings two points however much else they share: the people concerned ("women with
#: disabilities" / "children with disabilities"), and figures ("sections 24 and 38").
_DISTINCT = re.compile(
    r"^(?:\d.*|wom[ae]n|girl|boy|child|children|men|man|person|people|migrant|refuge|asylum|minorit|indigenous|"
    r"disabilit|journalist|defender|lgbt\w*|roma|prisoner|detainee|older|youth|student|worker|minor|"
    r"repeal|amend|abolish|adopt|ratif\w*|sign|accede|withdraw|establish|review)"
)


def drop_near_repeats(points: list[Point], *, frame: Sequence[str] = ()) -> list[Point]:
    """``points`` without a stakeholder's rewording, in a list of recommendations, of a recommendation it made
    before (same negations, content words nearly the same, none of the differing words a group of people, a
    figure or a different action); points crediting several stakeholders are kept as they are."""
    names = frozenset([*frame, "Government", "government", "authorities", "State"])
    kept: list[Point] = []
    seen: dict[str, list[tuple[frozenset[str], tuple[str, ...], int, int]]] = defaultdict(list)
    for point in sorted(points, key=lambda p: p.order):
        if len(point.stakeholders) != 1 or point.act != "recommendation":
            kept.append(point)
            continue
        who = point.stakeholders[0]
        cited = point.passages[who]
        text = " ".join(p.text for p in cited)  # its own words, without a list's lead-in
        sequence = content_words(text, extra=names)
        words = frozenset(sequence)
        sense = negations(text)
        listed = cited[0].in_list or bool(cited[0].heading and re.search(r"\brecommendations?\b", cited[0].heading, re.I))
        if listed and len(words) >= NEAR_REPEAT_WORDS and any(
            same_sense == sense
            and block != cited[0].block
            and len(words & before) >= NEAR_REPEAT_SIMILARITY * len(words | before)
            and not any(_DISTINCT.match(w) for w in words ^ before)
            # the same words in another order may say the opposite ("from the municipalities to the Ministry")
            and (words != before or sequence == order)
            for before, order, same_sense, block in seen[who]
        ):
            continue
        if len(words) >= NEAR_REPEAT_WORDS:
            seen[who].append((words, sequence, sense, cited[0].block))
        kept.append(point)
    return kept
