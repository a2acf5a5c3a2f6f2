"""Drafts of the workbench: drafted from the bundled example or from uploaded submissions, stored with the
reviewer's decisions in the database's ``drafts`` table.

The stored draft is ``{"summary": <Summary JSON>, "folder": <submissions folder>, "origin": "example" |
"upload", "files": {<stored name>: <uploaded name>}}``; the decisions are those of :mod:`uprkit.web.review`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from uprkit.errors import UprkitError
from uprkit.store import Store, resolve_country
from uprkit.summarize.draft import DraftOptions, draft_summary
from uprkit.summarize.example import (
    EXAMPLE_COUNTRY,
    EXAMPLE_LIMIT,
    EXAMPLE_PREVIOUS_OUTCOME,
    EXAMPLE_SESSION,
    example_folder,
)
from uprkit.summarize.model import Summary
from uprkit.web.uploads import UploadForm

__all__ = [
    "EXAMPLE_COUNTRY",
    "EXAMPLE_LIMIT",
    "EXAMPLE_PREVIOUS_OUTCOME",
    "EXAMPLE_SESSION",
    "DraftNotFound",
    "DraftRecord",
    "DraftRequestError",
    "create_draft",
    "draft_options",
    "example_folder",
    "load_draft",
    "write_manifest",
]



class DraftNotFound(UprkitError):
    code = "not-found"


class DraftRequestError(UprkitError):
    """A draft request with a bad country, session or word limit."""

    code = "bad-request"


@dataclass
class DraftRecord:
    id: int
    created: str
    updated: str
    country: str | None
    session: int | None
    summary: Summary
    folder: Path
    origin: str
    files: dict[str, str] = field(default_factory=dict)
    decisions: dict[str, Any] = field(default_factory=dict)

    def file_name(self, stored: str) -> str:
        return self.files.get(stored, stored)


def _int(value: str | int | None, name: str, lo: int, hi: int) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise DraftRequestError(f"{name} must be a whole number") from None
    if not lo <= number <= hi:
        raise DraftRequestError(f"{name} must be between {lo} and {hi}")
    return number


def draft_options(
    country: str | None,
    session: str | int | None,
    limit_words: str | int | None,
    previous_outcome: str | None = None,
) -> DraftOptions:
    """Checked options from what a form or request gave."""
    if not country or not country.strip():
        raise DraftRequestError("give the country under review (an ISO code such as SVN, or its name)")
    code = resolve_country(country)
    if code is None:
        raise DraftRequestError(f"unknown country {country.strip()[:60]!r} (give an ISO code such as SVN or a name)")
    return DraftOptions(
        country=code, session=_int(session, "the session", 1, 200),
        limit_words=_int(limit_words, "the word limit", 50, 100_000),
        previous_outcome=_symbols(previous_outcome),
    )


def _symbols(value: str | None) -> str | None:
    """The previous review's outcome documents as typed (one line, at most 300 characters), or None."""
    text = " ".join((value or "").split())
    if len(text) > 300:
        raise DraftRequestError("the previous review's outcome documents: at most 300 characters")
    return text or None


def write_manifest(folder: Path, form: UploadForm) -> Path:
    """stakeholders.csv for uploaded files: each stored under a generated name, its stakeholder guessed from the
    name it was uploaded with and its cover page."""
    from uprkit.read import read_document
    from uprkit.summarize.stakeholder_guess import guess_stakeholder
    from uprkit.summarize.submissions import MANIFEST_COLUMNS

    path = folder / "stakeholders.csv"
    used: set[str] = set()
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(MANIFEST_COLUMNS)
        for f in form.files:
            try:
                doc = read_document(folder / f.file)
                st = guess_stakeholder(Path(f.original), doc)
                row = [st.abbreviation, st.name or "", st.kind, "; ".join(st.members), st.location or ""]
            except UprkitError:
                row = [Path(f.original).stem[:15] or "X", "", "ngo", "", ""]
            base, n = row[0], 2
            while row[0] in used:
                row[0] = f"{base}{n}"
                n += 1
            used.add(row[0])
            writer.writerow([*row, f.file])
    return path


def create_draft(
    store: Store, folder: Path, options: DraftOptions, *, origin: str, files: dict[str, str] | None = None
) -> int:
    """Draft the summary of the submissions in ``folder`` and store it; the draft's id."""
    summary = draft_summary(folder, options)
    record = {
        "summary": summary.model_dump(mode="json"),
        "folder": str(folder),
        "origin": origin,
        "files": files or {},
    }
    return store.save_draft(record, country=summary.country, session=summary.session, decisions={"sentences": {}})


def load_draft(store: Store, draft_id: int) -> DraftRecord:
    found = store.draft(draft_id)
    if found is None:
        raise DraftNotFound(f"no draft {draft_id}")
    stored = found["draft"]
    if not isinstance(stored, dict) or "summary" not in stored:
        raise DraftNotFound(f"draft {draft_id} was not made by the workbench")
    return DraftRecord(
        id=found["id"], created=found["created"], updated=found["updated"], country=found["country"],
        session=found["session"], summary=Summary.model_validate(stored["summary"]),
        folder=Path(stored.get("folder") or ""), origin=str(stored.get("origin") or ""),
        files=dict(stored.get("files") or {}), decisions=dict(found["decisions"] or {}),
    )
