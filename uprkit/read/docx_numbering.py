"""Word automatic numbering (``word/numbering.xml``) rendered as the text Word shows: "12.", "A.", "(a)".

Counters are kept per abstract numbering definition, as Word does: two ``w:num`` instances of the same
definition continue one list, and an instance with ``w:lvlOverride/w:startOverride`` restarts the overridden
levels the first time it is used. Advancing a level restarts the levels below it (unless ``w:lvlRestart``
is 0).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

__all__ = ["W", "Numbering", "StyleNumbering", "format_number"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_SUFFIXES = {"tab": "\t", "space": " ", "nothing": ""}
_ROMAN = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]  # fmt: skip


def _val(element: etree._Element | None, child: str) -> str | None:
    """``w:val`` of ``element``'s child ``w:<child>``, or None."""
    if element is None:
        return None
    found = element.find(W + child)
    return None if found is None else found.get(W + "val")


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def format_number(n: int, fmt: str) -> str:
    """``n`` in Word number format ``fmt`` (unknown formats fall back to decimal)."""
    if fmt in ("upperRoman", "lowerRoman") and n > 0:
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and n > 0:
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)  # A..Z, AA..ZZ, AAA..
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if fmt == "none":
        return ""
    return str(n)


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str
    suffix: str
    restart: int | None
    legal: bool
    style: str | None

    @classmethod
    def parse(cls, lvl: etree._Element) -> _Level:
        return cls(
            start=_int(_val(lvl, "start"), 1) or 0,
            fmt=_val(lvl, "numFmt") or "decimal",
            text=_val(lvl, "lvlText") or "",
            suffix=_SUFFIXES.get(_val(lvl, "suff") or "tab", "\t"),
            restart=_int(_val(lvl, "lvlRestart")),
            legal=lvl.find(W + "isLgl") is not None and _val(lvl, "isLgl") not in ("0", "false"),
            style=_val(lvl, "pStyle"),
        )


@dataclass
class _Instance:
    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, _Level] = field(default_factory=dict)


def _levels(element: etree._Element) -> dict[int, _Level]:
    levels: dict[int, _Level] = {}
    for lvl in element.iter(W + "lvl"):
        ilvl = _int(lvl.get(W + "ilvl"))
        if ilvl is not None:
            levels[ilvl] = _Level.parse(lvl)
    return levels


class StyleNumbering:
    """Numbering that paragraph styles carry (``w:style/w:pPr/w:numPr``), following ``w:basedOn``."""

    def __init__(self, styles: etree._Element | None) -> None:
        self._num: dict[str, tuple[str | None, int | None]] = {}
        self._based_on: dict[str, str] = {}
        self.default: str | None = None
        if styles is None:
            return
        for style in styles.iter(W + "style"):
            if style.get(W + "type", "paragraph") != "paragraph":
                continue
            style_id = style.get(W + "styleId") or ""
            if style.get(W + "default") in ("1", "true"):
                self.default = style_id
            based_on = _val(style, "basedOn")
            if based_on:
                self._based_on[style_id] = based_on
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                self._num[style_id] = (_val(num_pr, "numId"), _int(_val(num_pr, "ilvl")))

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        """(numId, ilvl) a paragraph of style ``style_id`` inherits, either possibly None."""
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in self._num:
                return self._num[style_id]
            style_id = self._based_on.get(style_id)
        return None, None


class Numbering:
    """Numbering definitions plus the running counters of one pass over a document."""

    def __init__(self, numbering: etree._Element | None, styles: StyleNumbering) -> None:
        self._styles = styles
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._style_links: dict[str, str] = {}
        self._instances: dict[str, _Instance] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._used: set[str] = set()
        if numbering is None:
            return
        for abstract in numbering.iter(W + "abstractNum"):
            abstract_id = abstract.get(W + "abstractNumId") or ""
            self._abstract[abstract_id] = _levels(abstract)
            link = _val(abstract, "numStyleLink")
            if link:
                self._style_links[abstract_id] = link
        for num in numbering.iter(W + "num"):
            instance = _Instance(_val(num, "abstractNumId") or "")
            for override in num.iter(W + "lvlOverride"):
                ilvl = _int(override.get(W + "ilvl"))
                start = _int(_val(override, "startOverride"))
                if ilvl is None:
                    continue
                if start is not None:
                    instance.start_overrides[ilvl] = start
                lvl = override.find(W + "lvl")
                if lvl is not None:
                    instance.level_overrides[ilvl] = _Level.parse(lvl)
            self._instances[num.get(W + "numId") or ""] = instance

    def _abstract_id(self, num_id: str) -> str | None:
        """The abstract definition behind ``num_id``, following one ``w:numStyleLink`` hop."""
        instance = self._instances.get(num_id)
        if instance is None:
            return None
        abstract_id = instance.abstract_id
        link = self._style_links.get(abstract_id)
        if link:
            linked_num, _ = self._styles.numbering(link)
            linked = self._instances.get(linked_num or "")
            if linked is not None and linked.abstract_id in self._abstract:
                return linked.abstract_id
        return abstract_id if abstract_id in self._abstract else None

    def _level(self, num_id: str, abstract_id: str, ilvl: int) -> _Level | None:
        override = self._instances[num_id].level_overrides.get(ilvl)
        return override or self._abstract[abstract_id].get(ilvl)

    def _start(self, num_id: str, abstract_id: str, ilvl: int) -> int:
        instance = self._instances[num_id]
        if ilvl in instance.start_overrides:
            return instance.start_overrides[ilvl]
        level = self._level(num_id, abstract_id, ilvl)
        return level.start if level is not None else 1

    def resolve(self, p_pr: etree._Element | None) -> tuple[str, int] | None:
        """(numId, ilvl) of a paragraph from its ``w:pPr`` or its style, or None if it is not numbered."""
        num_pr = p_pr.find(W + "numPr") if p_pr is not None else None
        num_id = _val(num_pr, "numId")
        ilvl = _int(_val(num_pr, "ilvl"))
        style_id = _val(p_pr, "pStyle") or self._styles.default
        if num_id is None:
            num_id, style_ilvl = self._styles.numbering(style_id)
            ilvl = ilvl if ilvl is not None else style_ilvl
        if num_id is None or num_id == "0":
            return None
        abstract_id = self._abstract_id(num_id)
        if abstract_id is None:
            return None
        if ilvl is None:
            levels = self._abstract[abstract_id]
            ilvl = next((i for i, lvl in sorted(levels.items()) if style_id and lvl.style == style_id), 0)
        return num_id, ilvl

    def label(self, p_pr: etree._Element | None) -> str:
        """Advance the counters for a paragraph and return its label with suffix ("12.\\t"), or ""."""
        resolved = self.resolve(p_pr)
        if resolved is None:
            return ""
        num_id, ilvl = resolved
        abstract_id = self._abstract_id(num_id)
        assert abstract_id is not None
        level = self._level(num_id, abstract_id, ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(abstract_id, {})
        if num_id not in self._used:
            self._used.add(num_id)
            for overridden in self._instances[num_id].start_overrides:
                counters.pop(overridden, None)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else self._start(num_id, abstract_id, ilvl)
        for deeper in [d for d in counters if d > ilvl]:
            deeper_level = self._level(num_id, abstract_id, deeper)
            if deeper_level is None or deeper_level.restart != 0:
                del counters[deeper]
        if level.fmt == "bullet":
            text = "".join("\u2022" if "\uf000" <= ch <= "\uf8ff" else ch for ch in level.text)
            return text + level.suffix if text else ""
        text = level.text
        for k in range(9):  # placeholders %1 .. %9 stand for levels 0 .. 8
            placeholder = f"%{k + 1}"
            if placeholder not in text:
                continue
            value = counters.get(k, self._start(num_id, abstract_id, k))
            k_level = self._level(num_id, abstract_id, k)
            fmt = "decimal" if k_level is None or (level.legal and k < ilvl) else k_level.fmt
            text = text.replace(placeholder, format_number(value, fmt))
        return text + level.suffix if text else ""
