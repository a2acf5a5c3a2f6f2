"""Pseudo-submissions rebuilt from a published summary, for the round-trip benchmark.

The original submissions behind a ``/3`` are rarely public, so the benchmark works backwards: each
stakeholder's statements, in its own voice (:mod:`uprkit.bench.roundtrip_voice`: "AI noted that torture
persisted" is "Torture persisted.", "IDL recommended to regulate …" is "We recommend that Peru regulate …")
and with the headings removed, are placed at the paragraph numbers or on the pages its endnotes cite, in
shuffled order (fixed seed), one text file per stakeholder with a manifest; a statement that only echoes the
one before ("ZLHR made similar recommendations.") is written as that one. A statement whose endnote cites
several places ("p. 3, 7-8 and 13", "paras. 8-11") is written at each of them, as a stakeholder that makes
the point in several places, so that a draft can cite them all; one statement a page whose citation runs over
one page break ("pp. 4-5") is written across that break instead. Every placed statement records where it
went, so that a drafted sentence's cited span can be traced back to the published statement it came from.
"""

from __future__ import annotations

import csv
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from uprkit import countries
from uprkit.bench.roundtrip_voice import strip_attribution
from uprkit.model import Endnote, ParsedReport, Statement
from uprkit.parse.citations import normalise_locator

__all__ = ["Placed", "PseudoSubmission", "Published", "build", "place_list", "strip_attribution", "write_folder"]

SEED = 20091117


@dataclass
class Published:
    """One published statement with what the benchmark compares against."""

    id: int
    paragraph: int
    heading_path: list[str]
    text: str
    stakeholders: list[str]  # credited, resolved abbreviations
    locators: dict[str, str]  # stakeholder → locator of its citation ("p. 3", "para. 12"), where cited


@dataclass
class Placed:
    statement: int  # Published.id
    start: int
    end: int


@dataclass
class PseudoSubmission:
    stakeholder: str
    file: str
    text: str
    placed: list[Placed] = field(default_factory=list)
    numbered: bool = False


def published_statements(report: ParsedReport) -> list[Published]:
    """Every attributed statement of the body, with its stakeholders' locators (from its own endnotes or,
    where it has none, from the next endnote in its paragraph that cites the same stakeholder)."""
    notes: dict[int, Endnote] = {e.number: e for e in report.endnotes}
    out: list[Published] = []
    for para in report.paragraphs:
        for i, st in enumerate(para.statements):
            if not st.sources:
                continue
            out.append(
                Published(
                    id=len(out), paragraph=para.number, heading_path=list(para.headings), text=st.text,
                    stakeholders=list(dict.fromkeys(st.sources)),
                    locators=_locators(st, para.statements[i + 1 :], notes),
                )
            )
    return out


def _locators(st: Statement, following: list[Statement], notes: dict[int, Endnote]) -> dict[str, str]:
    out: dict[str, str] = {}
    candidates = [st.endnotes] + [s.endnotes for s in following]
    for who in st.sources:
        for numbers in candidates:
            found = None
            for n in numbers:
                for c in notes[n].citations if n in notes else []:
                    if (c.resolved or c.source) == who and c.locator and not c.see_also:
                        found = c.locator
                        break
                if found:
                    break
            if found:
                out[who] = found
                break
    return out


_PLACES = re.compile(r"^(?P<kind>pp?|paras?)\.\s*(?P<list>.+)$")
#: between the places of a list, kept (a comma before "para." gives a paragraph within a page)
_PLACE_SPLIT = re.compile(r"(\s*(?:,|;|&|\band\b|(?<=\d)and\b)\s*)")
_RANGE = re.compile(r"^(?P<stem>(?:\d+\.)*)(?P<a>\d+)-(?P=stem)(?P<b>\d+)$")  # "8-11", "58.16-58.17"
#: what follows the submission's own places: other documents or stakeholders it points to ("p. 3 (see report
#: of …, p. 5)", "p. 1, see also para. 3"): not places of this submission
_POINTER = re.compile(r"[\s,;]*\(?\b(?:see|cf)\b.*$", re.I | re.S)
_LABEL = re.compile(r"^\d+(?:\.\d+)*$")
_MAX_RANGE = 30
_FIRST_PLACE = re.compile(r"^(?P<kind>pp?|paras?)\.\s*(?P<label>\d+(?:\.\d+)*)")
#: a keyword inside the list ("p. 2 and Para. 10", "para. 39 and pp.13-14"): not normalised like the leading one
_KIND_SWITCH = re.compile(r"^(?P<kind>pp?|paras?)\s*\.\s*(?P<label>.+)$", re.I)


def place_list(locator: str) -> list[tuple[str, str]] | None:
    """Every page and paragraph of the submission a locator cites, in order, ranges spelled out, as (kind,
    label): "p. 3, 7-8 and 13" → [("p", "3"), ("p", "7"), ("p", "8"), ("p", "13")], "p. 1 and para. 43" →
    [("p", "1"), ("para", "43")], "paras. 1, 10-11, p. 13" → … ("p", "13"); None where it is neither, or where a
    paragraph is given within a page ("p. 4, para. 4": one place, which no submission's numbering gives)."""
    m = _PLACES.match(_POINTER.sub("", normalise_locator(locator)))
    if not m:
        return None
    kind = _kind(m)
    out: list[tuple[str, str]] = []
    pieces = _PLACE_SPLIT.split(m.group("list").strip())
    for k in range(0, len(pieces), 2):
        part = pieces[k]
        if not part:
            continue
        switch = _KIND_SWITCH.match(part)
        if switch:
            new_kind = _kind(switch)
            if new_kind != kind and new_kind == "para" and k and pieces[k - 1].strip() == ",":
                return None  # "p. 4, para. 4" (but "p. 4 and para. 4", "p. 4; para. 4" are two places)
            kind, part = new_kind, switch.group("label").strip()
        r = _RANGE.match(part)
        if r and 0 <= int(r["b"]) - int(r["a"]) <= _MAX_RANGE:
            out.extend((kind, f"{r['stem']}{n}") for n in range(int(r["a"]), int(r["b"]) + 1))
        elif _LABEL.match(part):
            out.append((kind, part))
        else:
            return None
    return list(dict.fromkeys(out)) or None


def cited_places(locator: str) -> tuple[str, list[str]] | None:
    """The pages or paragraphs of the submission a locator cites, in order, ranges spelled out: "p. 3, 7-8 and
    13" → ("p", ["3", "7", "8", "13"]), "paras. 8-10" → ("para", ["8", "9", "10"]), "p. 1, see also para. 3" →
    ("p", ["1"]); None where it is neither or cites both pages and paragraphs (see :func:`place_list`)."""
    places = place_list(locator)
    if places is None or len({kind for kind, _ in places}) != 1:
        return None
    return places[0][0], [label for _, label in places]


def _kind(m: re.Match[str]) -> str:
    return "para" if m.group("kind").lower().startswith("para") else "p"


def _where(locator: str) -> list[tuple[str, str]] | None:
    """Where the builder writes a statement: every place its locator cites, else the first one it names
    ("p. 4, footnote 12" → page 4, "p. 4, para. 4" → page 4)."""
    places = place_list(locator)
    if places is None and (m := _FIRST_PLACE.match(normalise_locator(locator))):
        places = [(_kind(m), m.group("label"))]
    return places


def build(report: ParsedReport, *, seed: int = SEED) -> tuple[list[PseudoSubmission], list[Published]]:
    """One pseudo-submission per credited stakeholder."""
    statements = published_statements(report)
    names = {s.abbreviation: s.name or "" for s in report.stakeholders}
    country = countries.by_code(report.country) if report.country else None
    state = country.in_prose if country is not None else "the State"
    by_who: dict[str, list[tuple[Published, str]]] = defaultdict(list)
    said: dict[int, str] = {}
    for st in statements:
        content = strip_attribution(st.text, st.stakeholders, names, state=state)
        if not content and st.id - 1 in said and statements[st.id - 1].paragraph == st.paragraph:
            content = said[st.id - 1]  # "ZLHR made similar recommendations.": the point before, in its words
        if content[-1:].isalnum():
            content += "."  # "… and their families117": the summary's slip; the stakeholder's sentence has its stop
        said[st.id] = content
        if not content:
            continue
        for who in st.stakeholders:
            by_who[who].append((st, content))
    subs: list[PseudoSubmission] = []
    for who in sorted(by_who):
        rng = random.Random(f"{seed}:{report.symbol}:{who}")
        items = by_who[who]
        subs.append(pseudo_submission(who, items, [_where(st.locators.get(who, "")) or [] for st, _ in items], rng))
    return subs, statements


def pseudo_submission(
    who: str, items: list[tuple[Published, str]], places: list[list[tuple[str, str]]], rng: random.Random
) -> PseudoSubmission:
    """One stakeholder's statements (published statement, its text without attribution) written at the places
    (kind, label) each is cited at: on pages (form feeds), or in numbered paragraphs, or both, where the summary
    cites the stakeholder by pages and by paragraphs ("p. 2 and para. 10", the CoE bodies): then its
    paragraph-cited statements are numbered paragraphs after the pages' unnumbered text."""
    kinds = {kind for place in places for kind, _ in place}
    numbered = kinds == {"para"}
    file = re.sub(r"[^\w\-]+", "_", who) + ".txt"
    sub = PseudoSubmission(stakeholder=who, file=file, text="", numbered=numbered)
    paras: dict[str, list[tuple[Published, str]]] = defaultdict(list)
    pages: dict[int, list[tuple[Published, str, int | None]]] = defaultdict(list)
    for (st, content), place in zip(items, places, strict=True):
        cited_paras = [label for kind, label in place if kind == "para"]
        numbers = [int(label) for kind, label in place if kind == "p" and label.isdigit()]
        for label in cited_paras:
            paras[label].append((st, content))
        if len(numbers) == 2 and numbers[1] == numbers[0] + 1 and not cited_paras:
            pages[numbers[0]].append((st, content, numbers[1]))  # may run over the page break
        else:
            for n in numbers:
                pages[n].append((st, content, None))
        if not numbers and not cited_paras:  # cited without a place: the first page, or a paragraph after the rest
            if numbered:
                paras[""].append((st, content))
            else:
                pages[1].append((st, content, None))
    for label in paras:
        rng.shuffle(paras[label])
    for number in pages:
        rng.shuffle(pages[number])
    w = _Writer(sub)
    if not numbered:
        _write_pages(w, pages)
    if paras:
        if not numbered and not w.parts[-1].endswith("\f"):
            w.add("\f")
        _write_paragraphs(w, paras)
    w.done()
    return sub


class _Writer:
    def __init__(self, sub: PseudoSubmission) -> None:
        self.sub = sub
        self.parts: list[str] = []
        self.pos = 0

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def place(self, st: Published, content: str) -> None:
        start = self.pos
        self.add(content)
        self.sub.placed.append(Placed(st.id, start, self.pos))

    def done(self) -> None:
        self.sub.text = "".join(self.parts)


def _number_key(label: str) -> tuple[int, ...]:
    return tuple(int(x) for x in label.split(".") if x.isdigit()) or (10_000,)


def _write_paragraphs(w: _Writer, paras: dict[str, list[tuple[Published, str]]]) -> None:
    """Numbered paragraphs ("12. …", "4.2 …") holding the statements that cite them."""
    unplaced = paras.pop("", [])
    labels = sorted(paras, key=_number_key)
    if unplaced:
        top = max((_number_key(x)[0] for x in labels if _number_key(x)[0] < 10_000), default=0)
        labels.append(str(top + 1))
        paras[str(top + 1)] = unplaced
    for label in labels:
        w.add(f"{label}. " if "." not in label else f"{label} ")
        for k, (st, content) in enumerate(paras[label]):
            if k:
                w.add("\n\n")  # another statement citing the same paragraph: a block of its own
            w.place(st, content)
        w.add("\n\n")


def _write_pages(w: _Writer, pages: dict[int, list[tuple[Published, str, int | None]]]) -> None:
    """Pages (form feeds) holding the statements that cite them; one statement a page may run over the page
    break into the next page, where a "pp. N-N+1" citation says it does."""
    last_page = max((max(k, end or k) for k, items in pages.items() for _, _, end in items), default=1)
    carried: tuple[Published, str] | None = None
    again: dict[int, list[tuple[Published, str]]] = defaultdict(list)  # a "pp. N-N+1" statement, once more on N+1
    for page in range(1, last_page + 1):
        if page > 1:
            w.add("\f")
        if carried is not None:
            w.place(*carried)
            w.add("\n\n")
            carried = None
        for st, content in again.pop(page, []):
            w.place(st, content)
            w.add("\n\n")
        items = pages.get(page, [])
        straddler = next((i for i, (_, c, end) in enumerate(items) if end == page + 1 and len(c.split()) >= 4), None)
        for i, (st, content, end) in enumerate(items):
            if i != straddler:
                w.place(st, content)
                w.add("\n\n")
                if end is not None:
                    again[end].append((st, content))
        if straddler is not None:
            st, content, _ = items[straddler]
            words = content.split(" ")
            cut = max(1, len(words) // 2)
            w.place(st, " ".join(words[:cut]))
            w.add("\n")
            carried = (st, " ".join(words[cut:]))
    if carried is not None:
        w.add("\f")
        w.place(*carried)
    if last_page == 1:
        w.add("\f")  # a one-page submission still says it has pages: "p. 1"


def write_folder(report: ParsedReport, subs: list[PseudoSubmission], folder: Path) -> Path:
    """The pseudo-submissions and their manifest (``stakeholders.csv``) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    listed = {s.abbreviation: s for s in report.stakeholders}
    manifest = folder / "stakeholders.csv"
    with manifest.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["abbreviation", "name", "kind", "members", "location", "file"])
        for sub in subs:
            st = listed.get(sub.stakeholder)
            kind = st.kind if st is not None else "ngo"
            w.writerow([
                sub.stakeholder, (st.name if st else None) or "", kind if kind != "state" else "other",
                "; ".join(st.members) if st else "", (st.location if st else None) or "", sub.file,
            ])
    for sub in subs:
        (folder / sub.file).write_text(sub.text, encoding="utf-8")
    return manifest
