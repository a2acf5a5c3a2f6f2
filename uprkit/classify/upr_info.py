"""The UPR Info database export of recommendations, read as labelled training and evaluation data.

The export (``uprs/v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv`` under the shared data folder; see its
``PROVENANCE.txt``) has one row per recommending State: columns ``To, To-Rgrp, To-Org, Text, From, From-Rgrp,
From-Org, Response, Action, Issue, Session``. Lines end in CR (old Mac); bytes that are not UTF-8 are Mac Roman.

What the rows look like (checked on the 41,066 rows of sessions 1-20):

* ``Issue`` holds one to six issues separated by commas (no issue name contains a comma); there are 54 issues.
* ``Action`` is UPR Info's action category, ``1`` (minimal action) to ``5`` (specific action).
* A recommendation made in the same words by several States appears once per State, in several rows of the
  same review (same ``To`` and ``Session``); these rows nearly always carry the same action and issues.
  :func:`load_recommendations` merges them into one :class:`UprInfoRecommendation` (two rows are the same
  recommendation when their ``To``, ``Session`` and whitespace/case/final-stop-normalised ``Text`` agree), and
  takes the most frequent label among the merged rows (the first row's on a tie).
* The files do not overlap: ``14-17.csv`` holds session 17 and ``17-20.csv`` only sessions 18-20.
"""

from __future__ import annotations

import codecs
import csv
import html
import io
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

__all__ = [
    "ACTION_CATEGORIES",
    "EXPORT_FILES",
    "TEST_SESSIONS",
    "TRAIN_SESSIONS",
    "UprInfoRecommendation",
    "by_session",
    "export_dir",
    "issue_labels",
    "load_recommendations",
    "split_issues",
]

#: UPR Info's action categories (as written in the export's ``Action`` column) and what they mean.
ACTION_CATEGORIES: dict[str, str] = {
    "1": "minimal action (directed at other States, or asking the State to seek assistance or share information)",
    "2": "continuing action (continue, maintain, pursue)",
    "3": "considering action (consider, study, reflect)",
    "4": "general action (take measures, ensure, promote)",
    "5": "specific action (ratify, adopt a named law, abolish, establish)",
}

#: The export's files, in session order (``voluntary.csv``, pledges, is not part of it).
EXPORT_FILES = ("1-5.csv", "6-9.csv", "10-13.csv", "14-17.csv", "17-20.csv")
#: The agreed split: train (and validate) on sessions 1-16, evaluate on sessions 17-20.
TRAIN_SESSIONS = range(1, 17)
TEST_SESSIONS = range(17, 21)

_EXPORT_SUBDIR = Path("uprs") / "v.2" / "Data" / "CSVs"
_ERRORS = "uprkit-upr-info-mac-roman"
_SPACES = re.compile(r"\s+")
_T = TypeVar("_T")


def _mac_roman_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return bytes(exc.object[exc.start : exc.end]).decode("mac_roman"), exc.end


codecs.register_error(_ERRORS, _mac_roman_fallback)


@dataclass(frozen=True)
class UprInfoRecommendation:
    """One recommendation of one review, with the States that made it and UPR Info's labels."""

    to: str  # the State under review, as named in the export
    session: int  # Working Group session
    text: str  # the first row's text, whitespace-collapsed
    states: tuple[str, ...]  # recommending States ("From"), in file order
    response: str  # "Accepted" or "Noted" (first row's)
    action: str  # "1" .. "5"
    issues: tuple[str, ...]  # UPR Info issues, as spelled in the export, in the export's order
    file: str  # the CSV it comes from
    rows: int  # how many export rows were merged into it


def export_dir(data_dir: Path | str) -> Path:
    """The CSV folder of the export: ``data_dir`` itself when it holds one of its files, else ``uprs/v.2/...``."""
    path = Path(data_dir)
    return path if any((path / name).is_file() for name in EXPORT_FILES) else path / _EXPORT_SUBDIR


def split_issues(cell: str) -> tuple[str, ...]:
    """The issues of an ``Issue`` cell (``"Rights of the Child,Women's rights"``), blanks dropped."""
    return tuple(part.strip() for part in cell.split(",") if part.strip())


def _clean(text: str) -> str:
    return _SPACES.sub(" ", html.unescape(text)).strip()


def _key(to: str, session: int, text: str) -> tuple[str, int, str]:
    return to, session, text.casefold().rstrip(" .;")


def _read_rows(path: Path) -> Iterator[dict[str, str]]:
    text = path.read_bytes().removeprefix(codecs.BOM_UTF8).decode("utf-8", errors=_ERRORS)
    for raw in csv.DictReader(io.StringIO(text, newline="")):
        yield {k: (v or "").strip() for k, v in raw.items() if k is not None}


def _most_common(values: Sequence[_T]) -> _T:
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)


def load_recommendations(
    data_dir: Path | str, *, files: Sequence[str] = EXPORT_FILES
) -> list[UprInfoRecommendation]:
    """Every recommendation of the export's ``files``, deduplicated, in file order (see the module's notes)."""
    folder = export_dir(data_dir)
    merged: dict[tuple[str, int, str], list[tuple[str, dict[str, str]]]] = {}
    for name in files:
        for row in _read_rows(folder / name):
            text, session_cell = _clean(row.get("Text", "")), row.get("Session", "")
            if not text or not session_cell.isdigit():
                continue
            merged.setdefault(_key(row.get("To", ""), int(session_cell), text), []).append((name, row))
    out: list[UprInfoRecommendation] = []
    for (to, session, _), group in merged.items():
        file, first = group[0]
        action = _most_common([r.get("Action", "") for _, r in group])
        issues = _most_common([split_issues(r.get("Issue", "")) for _, r in group])
        out.append(
            UprInfoRecommendation(
                to=to,
                session=session,
                text=_clean(first.get("Text", "")),
                states=tuple(html.unescape(r.get("From", "")) for _, r in group),
                response=first.get("Response", ""),
                action=action,
                issues=issues,
                file=file,
                rows=len(group),
            )
        )
    return out


def by_session(
    recommendations: Iterable[UprInfoRecommendation], sessions: Iterable[int]
) -> list[UprInfoRecommendation]:
    """The recommendations of the given Working Group sessions, in their original order."""
    wanted = set(sessions)
    return [r for r in recommendations if r.session in wanted]


def issue_labels(recommendations: Iterable[UprInfoRecommendation]) -> list[str]:
    """The distinct issues, sorted (54 in the full export)."""
    return sorted({issue for r in recommendations for issue in r.issues})
