"""The SQLite store: the only module (with :mod:`~uprkit.store.schema` and :mod:`~uprkit.store.queries`)
that speaks SQL. One file, WAL journal, foreign keys on; every write is one transaction."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from uprkit.store.base import Facets, SearchFilters, SearchHit
from uprkit.store.errors import StoreError
from uprkit.store.link import ExportRowText, candidate_of_row, link_counts, link_rows
from uprkit.store.queries import count_facets, search_hits
from uprkit.store.records import DocumentRecord
from uprkit.store.schema import FTS_TABLES, current_version, migrate
from uprkit.store.upr_info import UprInfoRecord

__all__ = ["SQLiteStore"]

_DOCUMENT_COLUMNS = (
    "path", "sha256", "parser", "format", "symbol", "country", "country_name", "session", "cycle", "kind",
    "title", "language", "stated_submission_count", "parsed_at", "warnings",
)
_RECOMMENDATION_COLUMNS = (
    "number", "text", "states", "state_codes", "position", "position_note", "paragraph", "parts", "action",
    "issues", "theme", "labels",
)
_UPR_INFO_COLUMNS = (
    "row_hash", "to_country", "to_name", "session", "text", "from_state", "from_code", "response", "action",
    "issues", "source_file",
)
_COUNTED = ("documents", "paragraphs", "statements", "recommendations", "stakeholders", "endnotes", "citations",
            "upr_info", "drafts")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore:
    """A store in one SQLite file (created and migrated on open). Use as a context manager or ``close()``."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the database ({exc})", str(path)) from exc
        except OSError as exc:
            raise StoreError(f"cannot create the database ({exc.strerror or exc})", str(path)) from exc

    # ------------------------------------------------------------------------------------------ basics

    @property
    def location(self) -> str:
        return str(self.path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any exception."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def schema_version(self) -> int:
        return current_version(self.conn)

    def counts(self) -> dict[str, int]:
        return {t: int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in _COUNTED}

    def check_fts(self) -> None:
        """Raise sqlite3.DatabaseError where an FTS index differs from its table (FTS5 integrity-check)."""
        for fts in FTS_TABLES.values():
            self.conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")

    # ------------------------------------------------------------------------------------------ documents

    def fingerprints(self) -> dict[str, tuple[str, str]]:
        return {p: (h, v) for p, h, v in self.conn.execute("SELECT path, sha256, parser FROM documents")}

    def replace_document(self, record: DocumentRecord) -> int:
        with self.transaction() as c:
            c.execute("DELETE FROM documents WHERE path = ?", (record.path,))
            doc = record.document
            cur = c.execute(
                f"INSERT INTO documents({', '.join(_DOCUMENT_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(_DOCUMENT_COLUMNS))})",
                [doc[k] for k in _DOCUMENT_COLUMNS],
            )
            doc_id = int(cur.lastrowid or 0)
            for p in record.paragraphs:
                pid = c.execute(
                    "INSERT INTO paragraphs(document_id, number, headings, heading_text, text, page, sources, "
                    "endnotes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc_id, p.number, p.headings, p.heading_text, p.text, p.page, p.sources, p.endnotes),
                ).lastrowid
                c.executemany(
                    "INSERT INTO statements(paragraph_id, ordinal, text, sources, verb, act, theme, endnotes, "
                    "labels) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(pid, *s) for s in p.statements],
                )
            c.executemany(
                f"INSERT INTO recommendations(document_id, {', '.join(_RECOMMENDATION_COLUMNS)}) "
                f"VALUES (?, {', '.join('?' * len(_RECOMMENDATION_COLUMNS))})",
                [(doc_id, *(r[k] for k in _RECOMMENDATION_COLUMNS)) for r in record.recommendations],
            )
            c.executemany(
                "INSERT INTO stakeholders(document_id, abbreviation, name, kind, members, counted) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(doc_id, *s) for s in record.stakeholders],
            )
            for number, text, citations in record.endnotes:
                eid = c.execute(
                    "INSERT INTO endnotes(document_id, number, text) VALUES (?, ?, ?)", (doc_id, number, text)
                ).lastrowid
                c.executemany(
                    "INSERT INTO citations(endnote_id, source, locator, resolved, see_also) VALUES (?, ?, ?, ?, ?)",
                    [(eid, *cit) for cit in citations],
                )
            if record.recommendations and doc["country"] and doc["session"] is not None:
                self._link(doc["country"], doc["session"])
        return doc_id

    def delete_document(self, path: str) -> bool:
        with self.transaction() as c:
            return c.execute("DELETE FROM documents WHERE path = ?", (path,)).rowcount > 0

    def documents(self) -> list[dict[str, Any]]:
        cur = self.conn.execute(f"SELECT id, {', '.join(_DOCUMENT_COLUMNS)} FROM documents ORDER BY path")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur]

    # ------------------------------------------------------------------------------------------ UPR Info

    def add_upr_info(self, records: Iterable[UprInfoRecord]) -> tuple[int, set[tuple[str, int]]]:
        inserted = 0
        groups: set[tuple[str, int]] = set()
        sql = (
            f"INSERT OR IGNORE INTO upr_info({', '.join(_UPR_INFO_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(_UPR_INFO_COLUMNS))})"
        )
        with self.transaction() as c:
            for r in records:
                if c.execute(sql, [getattr(r, k) for k in _UPR_INFO_COLUMNS]).rowcount:
                    inserted += 1
                    if r.to_country and r.session is not None:
                        groups.add((r.to_country, r.session))
        return inserted, groups

    def link_upr_info(self, country: str, session: int) -> tuple[int, int]:
        with self.transaction():
            return self._link(country, session)

    def _link(self, country: str, session: int) -> tuple[int, int]:
        c = self.conn
        rows = [
            ExportRowText(i, t, code)
            for i, t, code in c.execute(
                "SELECT id, text, from_code FROM upr_info WHERE to_country = ? AND session = ?", (country, session)
            )
        ]
        if not rows:
            return 0, 0
        candidates = [
            candidate_of_row(rid, text, codes, parts)
            for rid, text, codes, parts in c.execute(
                "SELECT r.id, r.text, r.state_codes, r.parts FROM recommendations r JOIN documents d "
                "ON d.id = r.document_id WHERE d.country = ? AND d.session = ? AND r.text != '' ORDER BY d.kind, r.id",
                (country, session),
            )
        ]
        links = link_rows(rows, candidates)
        c.executemany(
            "UPDATE upr_info SET recommendation_id = ?, link_score = ? WHERE id = ?",
            [(lk.recommendation_id, lk.score, lk.row_id) for lk in links],
        )
        return link_counts(links)

    def upr_info_links(self) -> dict[str, tuple[int | None, float | None]]:
        """row hash -> (recommendation id, score) of every stored UPR Info row."""
        return {
            h: (r, s) for h, r, s in self.conn.execute("SELECT row_hash, recommendation_id, link_score FROM upr_info")
        }

    # ------------------------------------------------------------------------------------------ search

    def search(
        self, query: str, filters: SearchFilters | None = None, *, limit: int | None = None,
        marks: tuple[str, str] = ("**", "**"),
    ) -> Iterator[SearchHit]:
        return search_hits(self.conn, query, filters, limit=limit, marks=marks)

    def facets(self, query: str, filters: SearchFilters | None = None) -> Facets:
        return count_facets(self.conn, query, filters)

    # ------------------------------------------------------------------------------------------ drafts

    def save_draft(
        self, draft: Mapping[str, Any], *, country: str | None, session: int | None,
        decisions: Mapping[str, Any] | None = None,
    ) -> int:
        now = _now()
        with self.transaction() as c:
            cur = c.execute(
                "INSERT INTO drafts(created, updated, country, session, draft, decisions) VALUES (?, ?, ?, ?, ?, ?)",
                (now, now, country, session, json.dumps(draft, ensure_ascii=False),
                 json.dumps(dict(decisions or {}), ensure_ascii=False)),
            )
            return int(cur.lastrowid or 0)

    def draft(self, draft_id: int) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT id, created, updated, country, session, draft, decisions FROM drafts WHERE id = ?", (draft_id,)
        ).fetchone()
        if row is None:
            return None
        return {
            "id": row[0], "created": row[1], "updated": row[2], "country": row[3], "session": row[4],
            "draft": json.loads(row[5]), "decisions": json.loads(row[6]),
        }

    def drafts(self) -> list[dict[str, Any]]:
        cur = self.conn.execute("SELECT id, created, updated, country, session FROM drafts ORDER BY id")
        return [dict(zip(("id", "created", "updated", "country", "session"), r, strict=True)) for r in cur]

    def set_decisions(self, draft_id: int, decisions: Mapping[str, Any]) -> None:
        with self.transaction() as c:
            cur = c.execute(
                "UPDATE drafts SET decisions = ?, updated = ? WHERE id = ?",
                (json.dumps(dict(decisions), ensure_ascii=False), _now(), draft_id),
            )
            if cur.rowcount == 0:
                raise StoreError(f"no draft {draft_id}", self.location)


def group_counts(store: SQLiteStore) -> dict[str, dict[str, int]]:
    """Documents by kind and by country (for status lines and the web front page)."""
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for kind, n in store.conn.execute("SELECT kind, COUNT(*) FROM documents GROUP BY kind ORDER BY 2 DESC"):
        out["kind"][kind] = n
    for country, n in store.conn.execute(
        "SELECT COALESCE(country, '?'), COUNT(*) FROM documents GROUP BY 1 ORDER BY 2 DESC"
    ):
        out["country"][country] = n
    return dict(out)
