"""Every label uprkit gives a text, together: UPR Info action category and issues, guideline heading (unified
theme, and its place in a cycle's outline), affected groups, instruments; each with a confidence and the
words that drove it.

This is what ``uprkit classify`` prints (one JSON object per text with ``--format jsonl``) and what
``uprkit parse --classify`` puts in ``labels`` of every statement and recommendation.

An empty or whitespace-only text gets the same keys with no labels (:func:`empty_labels`: ``"action"`` and
``"heading"`` are ``null``, the lists and the explanations empty), so that every input line has its object.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from uprkit.classify.groups import classify_groups, find_mentions
from uprkit.classify.headings import HeadingClassifier
from uprkit.classify.recommendations_model import RecommendationClassifier

#: Lexicon matches (groups, instruments) are explicit mentions: their confidence is that of the rule.
LEXICON_CONFIDENCE = 1.0
BATCH = 2048


@lru_cache(maxsize=1)
def _recommendations() -> RecommendationClassifier:
    return RecommendationClassifier.load()


def _headings() -> HeadingClassifier:
    return HeadingClassifier.shipped()


def load_models(*, reload: bool = False) -> None:
    """Load both models now (they load lazily otherwise); ``reload``: read their files again."""
    if reload:
        RecommendationClassifier.load.cache_clear()  # type: ignore[attr-defined]
        _recommendations.cache_clear()
    _recommendations()
    HeadingClassifier.shipped(reload=reload)


def empty_labels(text: str = "") -> dict[str, Any]:
    """The object of an empty text: every key, no label."""
    return {
        "text": text,
        "action": None,
        "issues": [],
        "heading": None,
        "groups": [],
        "instruments": [],
        "explanation": {"action": [], "issues": {}, "heading": [], "groups": {}, "instruments": {}},
    }


def classify_texts(
    texts: Sequence[str], *, cycle: int | None = None, together: Sequence[object] | None = None
) -> list[dict[str, Any]]:
    """The labels of each text, in input order (see the module docstring for the shape). Texts with the same
    key in ``together`` (the statements of one paragraph) get their heading together. An empty or
    whitespace-only text gets :func:`empty_labels`."""
    if together is not None and len(together) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(together)} group keys")
    blank = [n for n, text in enumerate(texts) if not text.strip()]
    if blank:
        keep = [n for n, text in enumerate(texts) if text.strip()]
        labelled = iter(
            _classify_nonempty(
                [texts[n] for n in keep], cycle, None if together is None else [together[n] for n in keep]
            )
        )
        empty = set(blank)
        return [empty_labels(text) if n in empty else next(labelled) for n, text in enumerate(texts)]
    return _classify_nonempty(texts, cycle, together)


def _classify_nonempty(
    texts: Sequence[str], cycle: int | None, together: Sequence[object] | None
) -> list[dict[str, Any]]:
    if not texts:
        return []
    mentions = [find_mentions(text) for text in texts]
    recs = _recommendations().predict(list(texts))
    heads = (
        _headings().predict(list(texts), cycle, mentions)
        if together is None
        else _headings().predict_grouped(list(texts), together, cycle, mentions)
    )
    out: list[dict[str, Any]] = []
    for text, rec, head, found in zip(texts, recs, heads, mentions, strict=True):
        groups = classify_groups(text, found.groups)
        instruments = found.instruments
        heading: dict[str, Any] = {"theme": head.theme, "confidence": round(head.confidence, 4)}
        if head.heading_path is not None:
            heading["path"] = list(head.heading_path)
        out.append(
            {
                "text": text,
                "action": {"label": rec.action.label, "confidence": round(rec.action.confidence, 4)},
                "issues": [{"label": i.label, "confidence": round(i.confidence, 4)} for i in rec.issues],
                "heading": heading,
                "groups": [
                    {"label": g.label, "name": g.name, "confidence": LEXICON_CONFIDENCE, "words": list(g.words)}
                    for g in groups
                ],
                "instruments": [
                    {"code": m.code, "name": m.name, "text": m.text, "start": m.start, "end": m.end,
                     "confidence": LEXICON_CONFIDENCE}
                    for m in instruments
                ],
                "explanation": {
                    "action": list(rec.action.explanation),
                    "issues": {i.label: list(i.explanation) for i in rec.issues},
                    "heading": list(head.explanation),
                    "groups": {g.label: list(g.words) for g in groups},
                    "instruments": {m.code: m.text for m in instruments},
                },
            }
        )
    return out


def classify_stream(lines: Iterator[str], *, cycle: int | None = None) -> Iterator[dict[str, Any]]:
    """Labels for a stream of texts, in order, a batch at a time (constant memory for any number of lines)."""
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= BATCH:
            yield from classify_texts(batch, cycle=cycle)
            batch = []
    if batch:
        yield from classify_texts(batch, cycle=cycle)
