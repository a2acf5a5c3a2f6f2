"""Where a point goes in the cycle's outline: the interface the drafter needs, and its default.

A :class:`Placement` classifies texts into unified themes and turns a theme into the heading path of a
cycle's outline. Labels in the path are the template's; the drafter renumbers them by position among the
headings actually present, as OHCHR renumbers the themes of each report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class HeadingStep:
    title: str
    label: str | None = None  # the template's label ("II", "B", "9") or None for unlabelled headings
    theme: str | None = None


class Placement(Protocol):
    def classify(self, texts: list[str], cycle: int, groups: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """(theme, confidence) for each text; ``groups``: each text's stakeholder, where known."""
        ...

    def path(self, theme: str, cycle: int, nhri_section: bool, facet: str | None = None) -> list[HeadingStep]:
        """The headings from the top of the cycle's outline down to the theme's heading (its heading of that
        ``facet`` where the cycle has one: "institutional", "idps" …)."""
        ...

    def rank(self, theme: str, cycle: int, nhri_section: bool, facet: str | None = None) -> int:
        """The theme's heading's position in the cycle's outline (document order)."""
        ...

    def closing(self, cycle: int) -> list[HeadingStep]:
        """Chapters the cycle always prints at the end, empty or not (cycle 1: III–V)."""
        ...


def default_placement() -> Placement:
    """The shipped heading classifier over the shipped outlines."""
    from uprkit.summarize.outline_placement import OutlinePlacement

    placement: Placement = OutlinePlacement.load()
    return placement
