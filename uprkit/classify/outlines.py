"""Guideline outlines of the four UPR cycles and the crosswalk of their headings onto one list of themes.

Data files (package data, ``uprkit/data/outlines/``):

* ``cycle1.json`` ... ``cycle4.json``: the heading template of the stakeholder summary of each cycle, as OHCHR
  applies the guidelines (decision 6/102 for cycle 1; resolution 16/21 and decision 17/119 after), each heading
  with its unified theme. ``primary: false`` marks a second heading of a theme (cycle 1 "Policy measures" beside
  "Constitutional and legislative framework"); ``only_with_nhri`` the A-status NHRI's section, and ``with_nhri``
  the label and title the stakeholders' chapter takes when that section precedes it. ``placement`` says under
  which theme's heading a theme without a heading of its own goes in that cycle (cycle 1 has no "Women").
  ``facets`` names what a second heading of a theme holds ("institutional", "idps", "movement" …).
* ``facets.json``: the words that send a statement of a theme to one of its second headings (the institutional
  and policy measures apart from the legislative framework, internally displaced persons apart from refugees).
* ``themes.json``: the unified themes and the crosswalk from every heading title seen in real documents (and
  its variants) to a theme, with keyword rules for titles not listed.

>>> place_in_outline("women", 4)
['II. Information provided by stakeholders', 'C. Promotion and protection of human rights', \
'2. Rights of specific persons or groups', 'Women']
>>> theme_of_path(["III. Information provided by other stakeholders", "B. National human rights framework"])
'national-framework'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = [
    "CYCLES",
    "OutlineHeading",
    "Theme",
    "normalise_title",
    "outline_headings",
    "facet_of",
    "place_in_outline",
    "spread",
    "theme",
    "theme_of_heading",
    "theme_of_path",
    "themed_heading",
    "themes",
]

CYCLES = (1, 2, 3, 4)


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    topical: bool  # False for "background" and "nhri": sections that say who speaks, not what about


@dataclass(frozen=True)
class OutlineHeading:
    """One heading of a cycle's template, with the display forms of its path from the top."""

    label: str | None
    title: str
    theme: str | None
    primary: bool
    path: tuple[str, ...]
    facets: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return self.path[-1]


@dataclass(frozen=True)
class _Crosswalk:
    themes: dict[str, Theme]
    headings: dict[str, str | None]
    keywords: tuple[tuple[re.Pattern[str], str], ...]


def _read_json(name: str) -> Any:
    text = resources.files("uprkit").joinpath(f"data/outlines/{name}").read_text(encoding="utf-8")
    return json.loads(text)


_LABEL = re.compile(r"^\s*(?:[IVXLC]+|[A-Z]|\d{1,2})\.\s+")
_NOTE = re.compile(r"\s*\(part to be added only if relevant\)", re.I)


def normalise_title(title: str) -> str:
    """Comparable form of a heading title: no label ("II.", "B.", "3."), no drafting note or trailing endnote
    number, lower case, hyphens as spaces, no punctuation."""
    t = _LABEL.sub("", title)
    t = _NOTE.sub("", t)
    t = re.sub(r"[\s,]+\d{1,3}\s*,?\s*$", "", t)  # "... public life 50", "... bodies , 2"
    t = t.lower().replace("’", "'")
    t = re.sub(r"[-\u2010-\u2015]", " ", t)
    t = re.sub(r"[^a-z0-9' ]+", " ", t)
    return " ".join(t.split())


@lru_cache(maxsize=1)
def _crosswalk() -> _Crosswalk:
    data = _read_json("themes.json")
    themes = {t["id"]: Theme(t["id"], t["name"], bool(t["topical"])) for t in data["themes"]}
    headings: dict[str, str | None] = {}
    for title, theme_id in data["headings"].items():
        if theme_id is not None and theme_id not in themes:
            raise ValueError(f"themes.json: heading {title!r} maps to unknown theme {theme_id!r}")
        headings[normalise_title(title)] = theme_id
    keywords = tuple((re.compile(rx), theme_id) for rx, theme_id in data["keywords"])
    return _Crosswalk(themes, headings, keywords)


def themes(*, topical_only: bool = False) -> list[Theme]:
    """The unified themes, in outline order."""
    return [t for t in _crosswalk().themes.values() if t.topical or not topical_only]


def theme(theme_id: str) -> Theme:
    return _crosswalk().themes[theme_id]


def theme_of_heading(title: str) -> str | None:
    """The theme of one heading title (any cycle, any variant); None for structural headings ("Civil and
    political rights", "II. Information provided by stakeholders") and titles no rule recognises."""
    key = normalise_title(title)
    cw = _crosswalk()
    if key in cw.headings:
        return cw.headings[key]
    for rx, theme_id in cw.keywords:
        if rx.search(key):
            return theme_id
    return None


@lru_cache(maxsize=1)
def _submission_rules() -> tuple[tuple[tuple[re.Pattern[str], str | None], ...], frozenset[str]]:
    data = _read_json("submission_headings.json")
    known = {t.id for t in themes()}
    rules = []
    for rx, theme_id in data["rules"]:
        if theme_id is not None and theme_id not in known:
            raise ValueError(f"submission_headings.json: rule {rx!r} maps to unknown theme {theme_id!r}")
        rules.append((re.compile(rx), theme_id))
    return tuple(rules), frozenset(data["groups"])


def theme_of_submission_heading(title: str) -> str | None:
    """The theme of a heading a stakeholder wrote in its own submission ("Child marriage and female genital
    mutilation" → children, "Conditions of detention" → right to life, liberty and security): the rules of
    ``submission_headings.json`` first (of several groups of people, the one the title names first), then the
    crosswalk of the UN outlines' headings; None where the title names no theme."""
    key = normalise_title(title)
    rules, groups = _submission_rules()
    first: tuple[int, str] | None = None  # the group the title names first
    for rx, theme_id in rules:
        m = rx.search(key)
        if m is None:
            continue
        if theme_id is None or theme_id not in groups:
            return first[1] if first is not None else theme_id
        if first is None or m.start() < first[0]:
            first = (m.start(), theme_id)
    return first[1] if first is not None else theme_of_heading(title)


def theme_of_path(path: Sequence[str]) -> str | None:
    """The theme of a heading path (top first): that of the deepest heading that has one."""
    found = themed_heading(path)
    return found[1] if found is not None else None


def themed_heading(path: Sequence[str]) -> tuple[str, str] | None:
    """The deepest heading of ``path`` that has a theme, and its theme."""
    for title in reversed(path):
        found = theme_of_heading(title)
        if found is not None:
            return title, found
    return None


# --------------------------------------------------------------------------------------------------- outlines


@lru_cache(maxsize=4)
def _outline(cycle: int) -> dict[str, Any]:
    if cycle not in CYCLES:
        raise ValueError(f"no outline for cycle {cycle!r} (cycles are {CYCLES})")
    data: dict[str, Any] = _read_json(f"cycle{cycle}.json")
    return data


def _display(label: str | None, title: str) -> str:
    return f"{label} {title}" if label else title


def _walk(nodes: list[dict[str, Any]], parent: tuple[str, ...], nhri: bool) -> Iterator[OutlineHeading]:
    for node in nodes:
        if node.get("only_with_nhri") and not nhri:
            continue
        form = node["with_nhri"] if nhri and "with_nhri" in node else node
        path = (*parent, _display(form["label"], form["title"]))
        yield OutlineHeading(
            form["label"], form["title"], node.get("theme"), node.get("primary", True), path, tuple(node.get("facets", ()))
        )
        yield from _walk(node.get("children", []), path, nhri)


def outline_headings(cycle: int, *, nhri_section: bool = False) -> list[OutlineHeading]:
    """Every heading of a cycle's template, in document order (with the A-status NHRI's section or without)."""
    return list(_walk(_outline(cycle)["outline"], (), nhri_section))


def placement(cycle: int) -> dict[str, str | None]:
    """Themes without a heading of their own in ``cycle`` -> the theme whose heading holds them (None: no
    heading; the opening paragraph for "background", else the stakeholders' chapter)."""
    found: dict[str, str | None] = _outline(cycle)["placement"]
    return found


def spread(cycle: int) -> frozenset[str]:
    """Themes of groups of people that have no heading of their own in ``cycle`` and are not gathered under one
    either: a statement about them goes under the heading of what it is about (in cycles 1-2 corporal punishment
    of children under the right to life, girls' schooling under education, discrimination against women under
    equality). Their ``placement`` is where one goes when nothing else is known."""
    return frozenset(_outline(cycle).get("spread", ()))


@lru_cache(maxsize=1)
def _facet_rules() -> dict[str, tuple[list[tuple[str, re.Pattern[str]]], str | None, bool]]:
    data = _read_json("facets.json")["themes"]
    return {
        theme_id: (
            [(name, re.compile(pattern, re.I)) for name, pattern in rule["facets"]], rule.get("default"),
            bool(rule.get("by_heading")),
        )
        for theme_id, rule in data.items()
    }


def facet_of(theme_id: str, text: str, *, default: bool = True, heading: bool = False) -> str | None:
    """Which of a theme's second headings ``text`` belongs under (``facets.json``): "institutional" for "The
    Ombudsman's budget was cut by 30 per cent" (national framework), "idps" for "Internally displaced persons in
    the east receive no assistance"; where nothing says, the theme's default facet (``default``) or None. With
    ``heading``, ``text`` is the heading the statement stands under in its submission, which says it only for a
    theme marked "by_heading"."""
    rules, fallback, by_heading = _facet_rules().get(theme_id, ([], None, False))
    if heading and not by_heading:
        rules = []
    return next((name for name, pattern in rules if pattern.search(text)), fallback if default else None)


def place_in_outline(
    theme_id: str, cycle: int, *, nhri_section: bool = False, facet: str | None = None
) -> list[str]:
    """The heading path (display forms, top first) under which a statement of ``theme_id`` goes in ``cycle``;
    with ``facet`` (:func:`facet_of`), the theme's heading of that facet where the cycle has one.

    Numbers of themes and groupings are the template's; documents renumber them to skip empty headings. Themes
    without a heading in a cycle go under the heading the cycle's ``placement`` names; "background" in cycles
    1-2 is the unnumbered opening (an empty path); cycle-1 chapters III-V have no place in later cycles and go
    to the stakeholders' chapter itself."""
    if theme_id not in _crosswalk().themes:
        raise KeyError(theme_id)
    headings = outline_headings(cycle, nhri_section=nhri_section or theme_id == "nhri")
    target: str | None = theme_id
    rules = placement(cycle)
    if theme_id in rules:
        target = rules[theme_id]
    if target is None:
        if theme_id == "background":
            return []
        for node in _outline(cycle)["outline"]:
            if "with_nhri" in node:
                form = node["with_nhri"] if nhri_section else node
                return [_display(form["label"], form["title"])]
        raise KeyError(f"{theme_id} has no place in the cycle-{cycle} outline")
    if facet is not None and target == theme_id:  # the theme's own second heading of that facet, in this cycle
        for h in headings:
            if h.theme == target and facet in h.facets:
                return list(h.path)
    for primary_only in (True, False):
        for h in headings:
            if h.theme == target and (h.primary or not primary_only):
                return list(h.path)
    raise KeyError(f"{theme_id} has no place in the cycle-{cycle} outline")
