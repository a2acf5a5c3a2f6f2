"""The default :class:`~uprkit.summarize.layout.Placement`: the shipped heading classifier and outlines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from uprkit.classify.headings import HeadingClassifier
from uprkit.classify.outlines import outline_headings, place_in_outline
from uprkit.summarize.layout import HeadingStep

#: How much what a stakeholder's other points are about weighs on each point's theme (see
#: :meth:`HeadingClassifier.predict_with_profiles`): 1, chosen on a review helper's Serbian set (headings right
#: 109 of 134 without, 114 at 0.5, 118 at 1, 1.5 and 2).
PROFILE_WEIGHT = 1.0
_LABEL = re.compile(r"^(?P<label>[IVXLC]+|[A-Z]|\d{1,2})\.\s+(?P<title>.+)$", re.S)


def split_label(display: str) -> tuple[str | None, str]:
    m = _LABEL.match(display)
    return (m.group("label"), m.group("title")) if m else (None, display)


class OutlinePlacement:
    def __init__(self, classifier: HeadingClassifier) -> None:
        self.classifier = classifier

    @classmethod
    def load(cls) -> OutlinePlacement:
        return cls(HeadingClassifier.shipped())

    def classify(
        self, texts: list[str], cycle: int, groups: Sequence[str] | None = None
    ) -> list[tuple[str, float]]:
        """The theme of each text: the cycle's most probable heading first, then its most probable theme; with
        ``groups`` (each text's stakeholder), weighed by what the stakeholder's other texts are about."""
        # a submission's own words: no attribution to strip ("Prisoners held in …" is what the text is about);
        # without groups each text is its own source, placed alone but for the lean to a group it is about
        sources: Sequence[object] = groups if groups is not None else range(len(texts))
        labels = self.classifier.predict_with_profiles(
            texts, sources, cycle, weight=PROFILE_WEIGHT if groups is not None else 0.0, attributed=False
        )
        return [(label.theme, label.confidence) for label in labels]

    def path(self, theme: str, cycle: int, nhri_section: bool, facet: str | None = None) -> list[HeadingStep]:
        return list(_path(theme, cycle, nhri_section, facet))

    def rank(self, theme: str, cycle: int, nhri_section: bool, facet: str | None = None) -> int:
        return _ranks(cycle, nhri_section).get(tuple(s.title for s in _path(theme, cycle, nhri_section, facet)), 10_000)

    def closing(self, cycle: int) -> list[HeadingStep]:
        if cycle != 1:
            return []
        out = []
        for h in outline_headings(1):
            if len(h.path) == 1 and h.theme in {"achievements-challenges", "priorities-commitments", "capacity-building"}:
                out.append(HeadingStep(h.title, (h.label or "").rstrip(".") or None, h.theme))
        return out


@lru_cache(maxsize=256)
def _path(theme: str, cycle: int, nhri_section: bool, facet: str | None = None) -> tuple[HeadingStep, ...]:
    try:
        display = place_in_outline(theme, cycle, nhri_section=nhri_section, facet=facet)
    except KeyError:
        display = place_in_outline("national-framework", cycle, nhri_section=nhri_section)
    steps = []
    for d in display:
        label, title = split_label(d)
        steps.append(HeadingStep(title, label, None))
    if steps:
        last = steps[-1]
        steps[-1] = HeadingStep(last.title, last.label, theme)
    return tuple(steps)


@lru_cache(maxsize=8)
def _ranks(cycle: int, nhri_section: bool) -> dict[tuple[str, ...], int]:
    out: dict[tuple[str, ...], int] = {}
    for i, h in enumerate(outline_headings(cycle, nhri_section=nhri_section)):
        out.setdefault(tuple(split_label(d)[1] for d in h.path), i)
    return out
