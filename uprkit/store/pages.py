"""Read-only queries behind the workbench's pages: a document with its outline, paragraphs, statements and
endnotes; the countries; a country's documents and recommendations by cycle.

SQL lives here beside :mod:`~uprkit.store.queries`; the web layer sees only the plain values returned.
An addendum (``A/HRC/14/15/Add.1``) carries no session of its own: it takes the cycle of the Working Group
report it adds to, and its positions complete that report's pending recommendations.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from uprkit.store.db import SQLiteStore

if TYPE_CHECKING:
    from uprkit.store.postgres import PostgresStore

    AnyStore = SQLiteStore | PostgresStore

__all__ = [
    "CountryRow",
    "DocumentPage",
    "EndnoteRow",
    "ParagraphRow",
    "RecommendationRow",
    "StatementRow",
    "base_symbol",
    "countries",
    "country_documents",
    "country_recommendations",
    "country_themes",
    "document_ids_by_path",
    "document_page",
]

_ADDENDUM = re.compile(r"/Add\.\d+$", re.I)


def _list(value: str | None) -> list[Any]:
    found = json.loads(value) if value else []
    return found if isinstance(found, list) else []


def _object(value: str | None) -> dict[str, Any]:
    found = json.loads(value) if value else None
    return found if isinstance(found, dict) else {}


@dataclass(frozen=True)
class StatementRow:
    ordinal: int
    text: str
    sources: list[str]
    verb: str | None
    act: str
    theme: str | None
    endnotes: list[int]
    issues: list[str]
    action: str | None


@dataclass(frozen=True)
class ParagraphRow:
    number: int
    headings: list[str]
    text: str
    page: int | None
    sources: list[str]
    endnotes: list[int]
    statements: list[StatementRow]


@dataclass(frozen=True)
class EndnoteRow:
    number: int
    text: str
    citations: list[tuple[str, str | None, str | None]]  # (source, locator, resolved stakeholder)


@dataclass(frozen=True)
class RecommendationRow:
    id: int
    document_id: int
    symbol: str | None
    cycle: int | None
    number: str
    text: str
    states: list[str]
    position: str | None
    action: str | None
    theme: str | None
    issues: list[str]


@dataclass
class DocumentPage:
    document: dict[str, Any]
    paragraphs: list[ParagraphRow] = field(default_factory=list)
    endnotes: list[EndnoteRow] = field(default_factory=list)
    stakeholders: list[dict[str, Any]] = field(default_factory=list)
    recommendations: list[RecommendationRow] = field(default_factory=list)

    def outline(self) -> list[tuple[int, str, int]]:
        """(level, heading, first paragraph number) of each heading, in document order."""
        out: list[tuple[int, str, int]] = []
        current: list[str] = []
        for p in self.paragraphs:
            for level, heading in enumerate(p.headings):
                if level >= len(current) or current[level] != heading:
                    out.append((level + 1, heading, p.number))
            current = p.headings
        return out


@dataclass(frozen=True)
class CountryRow:
    code: str
    name: str | None
    documents: int
    cycles: list[int]


def base_symbol(symbol: str | None) -> str | None:
    """The symbol an addendum adds to ("A/HRC/14/15/Add.1" -> "A/HRC/14/15"); others unchanged."""
    return _ADDENDUM.sub("", symbol) if symbol else symbol


_DOC_COLUMNS = ("id", "path", "format", "symbol", "country", "country_name", "session", "cycle", "kind", "title",
                "language", "stated_submission_count", "parsed_at", "warnings")


def _documents(store: AnyStore, where: str, params: tuple[object, ...]) -> list[dict[str, Any]]:
    cur = store.conn.execute(f"SELECT {', '.join(_DOC_COLUMNS)} FROM documents {where} ORDER BY symbol, path", params)
    return [dict(zip(_DOC_COLUMNS, row, strict=True)) for row in cur]


def document_ids_by_path(store: AnyStore) -> dict[str, int]:
    return {path: i for i, path in store.conn.execute("SELECT id, path FROM documents")}


def _statement(row: tuple[Any, ...]) -> StatementRow:
    ordinal, text, sources, verb, act, theme, endnotes, labels = row
    found = _object(labels)
    issues = [str(i["label"]) for i in found.get("issues") or [] if isinstance(i, dict) and "label" in i]
    action = found.get("action")
    return StatementRow(
        ordinal, text, [str(s) for s in _list(sources)], verb, act, theme, [int(n) for n in _list(endnotes)],
        issues, str(action["label"]) if isinstance(action, dict) and "label" in action else None,
    )


def document_page(store: AnyStore, document_id: int) -> DocumentPage | None:
    """Everything the document page shows, or None where there is no such document."""
    docs = _documents(store, "WHERE id = ?", (document_id,))
    if not docs:
        return None
    page = DocumentPage(docs[0])
    c = store.conn
    statements: dict[int, list[StatementRow]] = {}
    for pid, *rest in c.execute(
        "SELECT s.paragraph_id, s.ordinal, s.text, s.sources, s.verb, s.act, s.theme, s.endnotes, s.labels "
        "FROM statements s JOIN paragraphs p ON p.id = s.paragraph_id WHERE p.document_id = ? "
        "ORDER BY s.paragraph_id, s.ordinal",
        (document_id,),
    ):
        statements.setdefault(pid, []).append(_statement(tuple(rest)))
    for pid, number, headings, text, pg, sources, endnotes in c.execute(
        "SELECT id, number, headings, text, page, sources, endnotes FROM paragraphs WHERE document_id = ? "
        "ORDER BY id",
        (document_id,),
    ):
        page.paragraphs.append(ParagraphRow(
            number, [str(h) for h in _list(headings)], text, pg, [str(s) for s in _list(sources)],
            [int(n) for n in _list(endnotes)], statements.get(pid, []),
        ))
    citations: dict[int, list[tuple[str, str | None, str | None]]] = {}
    for eid, source, locator, resolved in c.execute(
        "SELECT c.endnote_id, c.source, c.locator, c.resolved FROM citations c JOIN endnotes e ON e.id = c.endnote_id "
        "WHERE e.document_id = ? ORDER BY c.id",
        (document_id,),
    ):
        citations.setdefault(eid, []).append((source, locator, resolved))
    page.endnotes = [
        EndnoteRow(number, text, citations.get(eid, []))
        for eid, number, text in c.execute(
            "SELECT id, number, text FROM endnotes WHERE document_id = ? ORDER BY number, id", (document_id,)
        )
    ]
    page.stakeholders = [
        {"abbreviation": a, "name": n, "kind": k, "members": _list(m)}
        for a, n, k, m in c.execute(
            "SELECT abbreviation, name, kind, members FROM stakeholders WHERE document_id = ? ORDER BY id",
            (document_id,),
        )
    ]
    page.recommendations = _recommendations(store, "WHERE r.document_id = ?", (document_id,))
    return page


def _recommendations(store: AnyStore, where: str, params: tuple[object, ...]) -> list[RecommendationRow]:
    return [
        RecommendationRow(
            rid, did, symbol, cycle, number, text, [str(s) for s in _list(states)], position, action, theme,
            [str(i) for i in _list(issues)],
        )
        for rid, did, symbol, cycle, number, text, states, position, action, theme, issues in store.conn.execute(
            "SELECT r.id, r.document_id, d.symbol, d.cycle, r.number, r.text, r.states, r.position, r.action, "
            f"r.theme, r.issues FROM recommendations r JOIN documents d ON d.id = r.document_id {where} "
            "ORDER BY d.symbol, r.id",
            params,
        )
    ]


def countries(store: AnyStore) -> list[CountryRow]:
    """Every country with stored documents, by code."""
    rows: dict[str, tuple[str | None, int, set[int]]] = {}
    for code, name, cycle in store.conn.execute(
        "SELECT country, country_name, cycle FROM documents WHERE country IS NOT NULL ORDER BY country"
    ):
        old_name, n, cycles = rows.get(code, (None, 0, set()))
        if cycle is not None:
            cycles.add(cycle)
        rows[code] = (old_name or name, n + 1, cycles)
    return [CountryRow(code, name, n, sorted(cycles)) for code, (name, n, cycles) in sorted(rows.items())]


def country_documents(store: AnyStore, code: str) -> list[dict[str, Any]]:
    """The country's documents, each with its ``cycle`` (an addendum's from the report it adds to)."""
    docs = _documents(store, "WHERE country = ?", (code,))
    cycle_of = {d["symbol"]: d["cycle"] for d in docs if d["symbol"] and d["cycle"] is not None}
    for d in docs:
        if d["cycle"] is None:
            d["cycle"] = cycle_of.get(base_symbol(d["symbol"]))
    return docs


def country_recommendations(store: AnyStore, code: str) -> list[RecommendationRow]:
    """The recommendations made to the country, with the cycle of their review. A pending position is completed
    from the addendum's (matched by number, or by its last part where the addendum numbers them 1, 2, ...);
    an addendum's own rows are kept only where its report is not stored."""
    docs = country_documents(store, code)
    cycle_of_doc = {d["id"]: d["cycle"] for d in docs}
    rows = _recommendations(store, "WHERE d.country = ?", (code,))
    reports = {r.symbol for r in rows if r.symbol and not _ADDENDUM.search(r.symbol)}
    positions: dict[tuple[str | None, str], str] = {}
    for r in rows:
        if r.symbol and _ADDENDUM.search(r.symbol) and r.position:
            positions[(base_symbol(r.symbol), r.number)] = r.position
    out: list[RecommendationRow] = []
    for r in rows:
        cycle = cycle_of_doc.get(r.document_id)
        if r.symbol and _ADDENDUM.search(r.symbol):
            if base_symbol(r.symbol) in reports:
                continue
            out.append(_with(r, cycle=cycle))
            continue
        position = r.position
        if position in (None, "pending"):
            position = positions.get((r.symbol, r.number)) or positions.get(
                (r.symbol, r.number.rsplit(".", 1)[-1]), position
            )
        out.append(_with(r, cycle=cycle, position=position))
    return out


def _with(r: RecommendationRow, **changes: Any) -> RecommendationRow:
    values = {**r.__dict__, **changes}
    return RecommendationRow(**values)


def country_themes(store: AnyStore, code: str) -> dict[int, Counter[str]]:
    """cycle -> theme -> how many statements and recommendations of that cycle's documents carry it."""
    cycle_of_doc = {d["id"]: d["cycle"] for d in country_documents(store, code)}
    out: dict[int, Counter[str]] = {}
    for doc_id, theme in store.conn.execute(
        "SELECT p.document_id, s.theme FROM statements s JOIN paragraphs p ON p.id = s.paragraph_id "
        "JOIN documents d ON d.id = p.document_id WHERE d.country = ? AND s.theme IS NOT NULL "
        "UNION ALL SELECT r.document_id, r.theme FROM recommendations r JOIN documents d ON d.id = r.document_id "
        "WHERE d.country = ? AND r.theme IS NOT NULL AND r.text != ''",
        (code, code),
    ):
        cycle = cycle_of_doc.get(doc_id)
        if cycle is not None:
            out.setdefault(cycle, Counter())[theme] += 1
    return out
