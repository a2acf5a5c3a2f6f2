"""``uprkit import upr-info``: the UPR Info database export (CSV) into the store, each row once, linked to the
parsed recommendation it records where one matches.

The export's files end lines in CR (old Mac) and mix UTF-8 with Mac Roman; they are decoded by
:func:`uprkit.bench.upr_export.decode_export_bytes`. A row is identified by the sha256 of its cells (the
file name aside), so importing a file twice, or two files that overlap (``14-17.csv`` and ``17-20.csv`` both
hold session 17), stores each row once.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from uprkit import countries
from uprkit.bench.upr_export import decode_export_bytes
from uprkit.store.base import StoreBackend
from uprkit.store.errors import StoreError

__all__ = ["ImportResult", "UprInfoRecord", "import_upr_info", "read_export_file", "session_cycle"]

_COLUMNS = ("To", "Text", "From", "Response", "Action", "Issue", "Session")


@dataclass(frozen=True)
class UprInfoRecord:
    row_hash: str
    to_country: str | None
    to_name: str
    session: int | None
    text: str
    from_state: str
    from_code: str | None
    response: str | None
    action: str | None
    issues: str  # JSON list
    source_file: str


@dataclass
class ImportResult:
    files: list[str] = field(default_factory=list)
    rows_read: int = 0
    inserted: int = 0
    already_stored: int = 0
    linked: int = 0  # of the rows of the groups (State, session) that got new rows
    unlinked: int = 0
    unresolved_to: int = 0  # rows whose State under review is not in the country table


def session_cycle(session: int | None) -> int | None:
    """The UPR cycle of a Working Group session (1-12: 1, 13-26: 2, 27-40: 3, from 41: 4)."""
    if session is None or session < 1:
        return None
    return 1 if session <= 12 else 2 if session <= 26 else 3 if session <= 40 else 4


def _code(name: str, cache: dict[str, str | None]) -> str | None:
    if name not in cache:
        country = countries.lookup(name) if name else None
        cache[name] = country.iso3 if country else None
    return cache[name]


def _cell(raw: Mapping[str, object], name: str) -> str:
    value = raw.get(name)
    return html.unescape(value.strip()) if isinstance(value, str) else ""


def read_export_file(path: Path) -> Iterator[UprInfoRecord]:
    """The rows of one export CSV; raises StoreError where the file cannot be read or lacks the columns."""
    try:
        text = decode_export_bytes(path.read_bytes())
    except OSError as exc:
        raise StoreError(f"cannot read ({exc.strerror or exc})", str(path)) from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in _COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise StoreError(f"not a UPR Info export: no column {', '.join(missing)}", str(path))
    cache: dict[str, str | None] = {}
    for raw in reader:
        cells = [(v or "").strip() if isinstance(v, str) else "" for k, v in raw.items() if k is not None]
        digest = hashlib.sha256("\x1f".join(cells).encode("utf-8")).hexdigest()
        to_name, from_name, session = _cell(raw, "To"), _cell(raw, "From"), _cell(raw, "Session")
        issues = [i.strip() for i in _cell(raw, "Issue").split(",") if i.strip()]
        yield UprInfoRecord(
            row_hash=digest,
            to_country=_code(to_name, cache),
            to_name=to_name,
            session=int(session) if session.isdigit() else None,
            text=_cell(raw, "Text"),
            from_state=from_name,
            from_code=_code(from_name, cache),
            response=_cell(raw, "Response") or None,
            action=_cell(raw, "Action") or None,
            issues=json.dumps(issues, ensure_ascii=False),
            source_file=path.name,
        )


def import_upr_info(store: StoreBackend, files: Sequence[Path]) -> ImportResult:
    """Import every file (one transaction each), then link the new rows' groups (State, session)."""
    result = ImportResult()
    groups: set[tuple[str, int]] = set()
    for path in files:
        records = list(read_export_file(path))
        result.files.append(str(path))
        result.rows_read += len(records)
        result.unresolved_to += sum(1 for r in records if r.to_country is None)
        inserted, new_groups = store.add_upr_info(records)
        result.inserted += inserted
        result.already_stored += len(records) - inserted
        groups |= new_groups
    for country, session in sorted(groups):
        linked, unlinked = store.link_upr_info(country, session)
        result.linked += linked
        result.unlinked += unlinked
    return result
