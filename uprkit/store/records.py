"""A parsed report flattened into plain rows, ready for any backend to store.

Built where the report is parsed (in a worker process when indexing in parallel): plain tuples and JSON strings
pickle cheaply, and the main process only writes them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from uprkit import __version__
from uprkit.model import SCHEMA_VERSION, ParsedReport, Recommendation

__all__ = ["PARSER_VERSION", "DocumentRecord", "ParagraphRecord", "record_from_report"]

#: Stored with each document: a document parsed by another version is re-parsed by ``index`` (not skipped).
PARSER_VERSION = f"uprkit {__version__} model {SCHEMA_VERSION}"


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


#: (ordinal, text, sources JSON, verb, act, theme, endnotes JSON, labels JSON)
StatementRow = tuple[int, str, str, str | None, str, str | None, str, str | None]


@dataclass
class ParagraphRecord:
    number: int
    headings: str  # JSON
    heading_text: str
    text: str
    page: int | None
    sources: str  # JSON
    endnotes: str  # JSON
    statements: list[StatementRow]


@dataclass
class DocumentRecord:
    """One document's rows; ``document`` maps column name to value."""

    document: dict[str, Any]
    paragraphs: list[ParagraphRecord] = field(default_factory=list)
    recommendations: list[dict[str, Any]] = field(default_factory=list)
    stakeholders: list[tuple[str, str | None, str, str, int]] = field(default_factory=list)
    endnotes: list[tuple[int, str, list[tuple[str, str | None, str | None, int]]]] = field(default_factory=list)

    @property
    def path(self) -> str:
        return str(self.document["path"])


def _theme(labels: dict[str, object] | None) -> str | None:
    heading = (labels or {}).get("heading")
    theme = heading.get("theme") if isinstance(heading, dict) else None
    return theme if isinstance(theme, str) else None


def _action(labels: dict[str, object] | None) -> str | None:
    action = (labels or {}).get("action")
    label = action.get("label") if isinstance(action, dict) else None
    return str(label) if label is not None else None


def _issues(labels: dict[str, object] | None) -> list[str]:
    issues = (labels or {}).get("issues")
    if not isinstance(issues, list):
        return []
    return [str(i["label"]) for i in issues if isinstance(i, dict) and "label" in i]


def _recommendation(r: Recommendation) -> dict[str, Any]:
    return {
        "number": r.number,
        "text": r.text,
        "states": _json(r.recommending_states),
        "state_codes": _json(r.recommending_state_codes),
        "position": r.position,
        "position_note": r.position_note,
        "paragraph": r.paragraph,
        "parts": _json(
            [
                {"text": p.text, "states": p.recommending_states, "state_codes": p.recommending_state_codes}
                for p in r.parts
            ]
        ),
        "action": _action(r.labels),
        "issues": _json(_issues(r.labels)),
        "theme": _theme(r.labels),
        "labels": _json(r.labels) if r.labels is not None else None,
    }


def record_from_report(report: ParsedReport, *, path: str, sha256: str, parsed_at: str) -> DocumentRecord:
    """The rows of ``report`` read from ``path`` (whose bytes hash to ``sha256``)."""
    document: dict[str, Any] = {
        "path": path,
        "sha256": sha256,
        "parser": PARSER_VERSION,
        "format": report.format,
        "symbol": report.symbol,
        "country": report.country,
        "country_name": report.country_name,
        "session": report.session,
        "cycle": report.cycle,
        "kind": report.kind,
        "title": report.title,
        "language": report.language,
        "stated_submission_count": report.stated_submission_count,
        "parsed_at": parsed_at,
        "warnings": len(report.warnings),
    }
    record = DocumentRecord(document)
    for p in report.paragraphs:
        statements: list[StatementRow] = [
            (
                i,
                s.text,
                _json(s.sources),
                s.verb,
                s.act,
                _theme(s.labels),
                _json(s.endnotes),
                _json(s.labels) if s.labels is not None else None,
            )
            for i, s in enumerate(p.statements, 1)
        ]
        record.paragraphs.append(
            ParagraphRecord(
                p.number, _json(p.headings), " > ".join(p.headings), p.text, p.page, _json(p.sources),
                _json(p.endnotes), statements,
            )
        )
    record.recommendations = [_recommendation(r) for r in report.recommendations]
    record.stakeholders = [
        (s.abbreviation, s.name, s.kind, _json(s.members), int(s.counted)) for s in report.stakeholders
    ]
    record.endnotes = [
        (e.number, e.text, [(c.source, c.locator, c.resolved, int(c.see_also)) for c in e.citations])
        for e in report.endnotes
    ]
    return record
