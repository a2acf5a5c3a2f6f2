"""The UPR Info export (``../shared/data/uprs/v.2/Data/CSVs``): one row per recommendation and recommending
State, read from its mixed UTF-8 and Mac Roman bytes; and which Working Group session a report belongs to.
"""

from __future__ import annotations

import codecs
import csv
import html
import io
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from uprkit import countries

CYCLE_1_LAST_SESSION = 12  # Working Group sessions 1-12 were the first cycle, 13-26 the second
def _mac_roman_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return bytes(exc.object[exc.start : exc.end]).decode("mac_roman"), exc.end


_ERRORS = "uprkit-mac-roman-fallback"
codecs.register_error(_ERRORS, _mac_roman_fallback)


def decode_export_bytes(data: bytes) -> str:
    """UTF-8 where the bytes are valid UTF-8, Mac Roman for every byte run that is not (the export's encoding)."""
    return data.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors=_ERRORS)


@dataclass(frozen=True)
class ExportRow:
    """One row of the UPR Info export: one recommendation as made by one State."""

    to: str  # ISO alpha-3 of the State under review
    session: int  # Working Group session
    text: str
    state: str | None  # ISO alpha-3 of the recommending State; None for "(Unknown)" and unknown names
    state_name: str  # "From" as written (HTML entities decoded)
    response: str | None  # "Accepted" or "Noted"; None where blank
    action: str = ""
    issue: str = ""
    file: str = ""


@dataclass
class Export:
    rows: list[ExportRow]
    groups: dict[tuple[str, int], list[ExportRow]]  # (To, Session) -> rows, in file order
    files: list[str]
    rows_read: int
    duplicates_dropped: int
    unresolved_to: Counter[str] = field(default_factory=Counter)  # rows skipped: "To" not in the country table
    unresolved_from: Counter[str] = field(default_factory=Counter)  # "From" kept with state None
    observers_from: Counter[str] = field(default_factory=Counter)  # "From" a State that is not a UN Member
    responses: Counter[str] = field(default_factory=Counter)
    sessions: Counter[int] = field(default_factory=Counter)

    def summary(self) -> dict[str, object]:
        return {
            "files": self.files,
            "rows_read": self.rows_read,
            "identical_rows_dropped": self.duplicates_dropped,
            "rows": len(self.rows),
            "groups": len(self.groups),
            "states_under_review": len({t for t, _ in self.groups}),
            "sessions": {str(k): v for k, v in sorted(self.sessions.items())},
            "responses": {(k or "(blank)"): v for k, v in sorted(self.responses.items(), key=lambda kv: kv[0] or "")},
            "rows_to_unresolved": dict(self.unresolved_to),
            "rows_from_not_a_state": dict(self.unresolved_from),
            "rows_from_non_member_states": dict(self.observers_from),
        }


def _cell(row: Mapping[str, str | None], name: str) -> str:
    value = row.get(name)
    return value.strip() if isinstance(value, str) else ""


def load_export(folder: Path, *, exclude: Iterable[str] = ("voluntary.csv",)) -> Export:
    """Every ``*.csv`` of the UPR Info export in ``folder`` but ``voluntary.csv``, with identical rows dropped.

    Lines end in CR (old Mac); bytes are Mac Roman where not UTF-8. ``To`` and ``From`` are normalised to ISO
    alpha-3 through :func:`uprkit.countries.lookup`; a ``From`` it does not know ("(Unknown)") is kept with
    ``state=None``; a row whose ``To`` it does not know is counted and skipped.
    """
    skip = {e.lower() for e in exclude}
    files = sorted(p for p in folder.glob("*.csv") if p.name.lower() not in skip)
    seen: set[tuple[str, ...]] = set()
    rows: list[ExportRow] = []
    export = Export(rows=rows, groups={}, files=[f.name for f in files], rows_read=0, duplicates_dropped=0)
    lookup_cache: dict[str, str | None] = {}

    def code(name: str) -> str | None:
        if name not in lookup_cache:
            country = countries.lookup(name) if name else None
            lookup_cache[name] = country.iso3 if country else None
        return lookup_cache[name]

    groups: dict[tuple[str, int], list[ExportRow]] = defaultdict(list)
    for f in files:
        text = decode_export_bytes(f.read_bytes())
        for raw in csv.DictReader(io.StringIO(text, newline="")):
            export.rows_read += 1
            key = tuple(_cell(raw, k) for k in raw if k is not None)
            if key in seen:
                export.duplicates_dropped += 1
                continue
            seen.add(key)
            to_name, from_name = html.unescape(_cell(raw, "To")), html.unescape(_cell(raw, "From"))
            session_s = _cell(raw, "Session")
            to = code(to_name)
            if to is None or not session_s.isdigit():
                export.unresolved_to[to_name or "(blank)"] += 1
                continue
            state = code(from_name)
            if state is None:
                export.unresolved_from[from_name or "(blank)"] += 1
            else:
                country = countries.by_code(state)
                if country is not None and not country.un_member:
                    export.observers_from[from_name] += 1
            response = _cell(raw, "Response") or None
            row = ExportRow(
                to=to,
                session=int(session_s),
                text=_cell(raw, "Text"),
                state=state,
                state_name=from_name,
                response=response,
                action=_cell(raw, "Action"),
                issue=_cell(raw, "Issue"),
                file=f.name,
            )
            export.responses[response or ""] += 1
            export.sessions[row.session] += 1
            rows.append(row)
            groups[(to, row.session)].append(row)
    export.groups = dict(groups)
    return export




@dataclass(frozen=True)
class ReviewYears:
    """A country's row of ``upr-years.csv``: the years of its first- and second-cycle Working Group reports."""

    report1: int | None
    report2: int | None


def load_review_years(path: Path) -> dict[str, ReviewYears]:
    """``upr-years.csv`` (country, review1, review2, report1, report2; "." where none) keyed by ISO alpha-3."""
    out: dict[str, ReviewYears] = {}
    if not path.is_file():
        return out

    def year(value: str) -> int | None:
        return int(value) if value.isdigit() else None

    for raw in csv.DictReader(io.StringIO(decode_export_bytes(path.read_bytes()), newline="")):
        country = countries.lookup(_cell(raw, "country"))
        if country is not None:
            out[country.iso3] = ReviewYears(year(_cell(raw, "report1")), year(_cell(raw, "report2")))
    return out


_FILE_NAME = re.compile(r"^(?P<name>.+?)[-_ ]?(?P<year>(?:19|20)\d\d)$")


def file_country_year(path: Path) -> tuple[str | None, int | None]:
    """ISO alpha-3 and year encoded in a report file name: ``republicofkorea2012.txt`` -> ("KOR", 2012)."""
    m = _FILE_NAME.match(path.stem)
    if not m:
        country = countries.lookup(path.stem)
        return (country.iso3 if country else None), None
    country = countries.lookup(m["name"])
    return (country.iso3 if country else None), int(m["year"])


def export_session(
    country: str, year: int | None, sessions: set[int], years: Mapping[str, ReviewYears]
) -> tuple[int | None, str]:
    """The export session of ``country``'s report of ``year``, and how it was found.

    The cycle comes from ``upr-years.csv`` (``year`` equals the country's report1 or report2 year), else from
    the year itself (up to 2011: cycle 1); the session is the export's only session for the country in that
    cycle. Returns (None, reason) where there is none.
    """
    if year is None:
        return None, "no year in the file name"
    known = years.get(country)
    if known is not None and year == known.report1:
        cycle, how = 1, "upr-years.csv"
    elif known is not None and year == known.report2:
        cycle, how = 2, "upr-years.csv"
    else:
        cycle, how = (1 if year <= 2011 else 2), "file year"
    found = sorted(s for s in sessions if (s <= CYCLE_1_LAST_SESSION) == (cycle == 1))
    if len(found) == 1:
        return found[0], how
    if not found:
        return None, f"no export rows for cycle {cycle}"
    return None, f"several export sessions for cycle {cycle}: {found}"


