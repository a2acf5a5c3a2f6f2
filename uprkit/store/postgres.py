"""The PostgreSQL store, for a shared, multi-user deployment (``--db postgresql://user@host/dbname``).

The same tables and columns as the SQLite store (:mod:`~uprkit.store.postgres_schema`), the same interface
(:class:`~uprkit.store.base.StoreBackend`, plus what the CLI and the workbench call on
:class:`~uprkit.store.db.SQLiteStore`), and the same behaviour: one transaction per document (replacing what
was stored from its path), the content-hash skip of ``index``, each UPR Info row stored once.
Full-text search is in :mod:`~uprkit.store.postgres_queries`.

:mod:`psycopg` (version 3) is imported when a store is opened: ``pip install 'uprkit[postgres]'``. Create the
database with a UTF-8 ``LC_CTYPE`` (``CREATE DATABASE upr LOCALE 'C.UTF-8' TEMPLATE template0``, or any
``xx_XX.UTF-8``): under the C locale PostgreSQL's text search parser cuts words at every non-ASCII letter and at
’, so ``women’s`` or ``Gómez`` would not be found as in the SQLite store.

The workbench's page queries (:mod:`uprkit.store.pages`, written for ``sqlite3``) run unchanged through
:attr:`PostgresStore.conn`, a small adapter that takes ``?`` placeholders; their SQL is portable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from uprkit.store.base import Facets, SearchFilters, SearchHit
from uprkit.store.db import _COUNTED, _DOCUMENT_COLUMNS, _RECOMMENDATION_COLUMNS, _UPR_INFO_COLUMNS
from uprkit.store.errors import StoreError
from uprkit.store.link import ExportRowText, candidate_of_row, link_counts, link_rows
from uprkit.store.postgres_queries import count_facets, search_hits
from uprkit.store.postgres_schema import TS_CONFIG, TSV_TABLES, current_version, migrate
from uprkit.store.records import DocumentRecord
from uprkit.store.upr_info import UprInfoRecord

if TYPE_CHECKING:
    import psycopg

__all__ = ["INSTALL_HINT", "PostgresStore", "QmarkConnection", "is_postgres_url", "redact_url"]

INSTALL_HINT = "PostgreSQL needs psycopg: pip install 'uprkit[postgres]'"
_URL = re.compile(r"^postgres(?:ql)?:/", re.IGNORECASE)
#: UPR Info rows inserted per statement.
_CHUNK = 2000
_UPR_INFO_TYPES = ("text", "text", "text", "integer", "text", "text", "text", "text", "text", "text", "text")


def is_postgres_url(location: object) -> bool:
    """Whether ``location`` names a PostgreSQL database (``postgresql://…`` or ``postgres://…``)."""
    return bool(_URL.match(str(location)))


def redact_url(url: str) -> str:
    """The URL without its password (for messages and ``store.location``)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _qmark(sql: str) -> str:
    """``?`` placeholders (outside string literals) as ``%s``; a literal ``%`` doubled."""
    pieces = sql.replace("%", "%%").split("'")
    return "'".join(p.replace("?", "%s") if i % 2 == 0 else p for i, p in enumerate(pieces))


class QmarkConnection:
    """What :mod:`uprkit.store.pages` and :func:`uprkit.store.db.group_counts` use of a ``sqlite3.Connection``:
    ``execute(sql, params)`` with ``?`` placeholders, returning a cursor to iterate or ``fetchone()``."""

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        self.connection = connection

    def execute(self, sql: str, params: Sequence[object] = ()) -> psycopg.Cursor[Any]:
        return self.connection.execute(_qmark(sql), params)


class PostgresStore:
    """A store in a PostgreSQL database (tables created and migrated on open). Use as a context manager or
    ``close()``. One connection, in autocommit mode: every write is its own explicit transaction."""

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:
            raise StoreError(INSTALL_HINT, redact_url(url)) from exc
        self.url = url
        try:
            self.pg: psycopg.Connection[Any] = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to the database ({str(exc).strip()})", self.location) from exc
        try:
            migrate(self.pg)
        except StoreError as exc:
            self.pg.close()
            raise StoreError(exc.message, self.location) from exc
        self.conn = QmarkConnection(self.pg)

    # ------------------------------------------------------------------------------------------ basics

    @property
    def location(self) -> str:
        return redact_url(self.url)

    def close(self) -> None:
        self.pg.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[psycopg.Connection[Any]]:
        """``BEGIN`` … ``COMMIT``, rolled back on any exception."""
        with self.pg.transaction():
            yield self.pg

    def schema_version(self) -> int:
        return current_version(self.pg)

    def counts(self) -> dict[str, int]:
        sql = " UNION ALL ".join(f"SELECT '{t}', COUNT(*) FROM {t}" for t in _COUNTED)
        return {t: int(n) for t, n in self.pg.execute(sql)}

    def check_fts(self) -> None:
        """Raise StoreError where a row's tsvector differs from its text (it cannot: the column is generated;
        kept for parity with :meth:`SQLiteStore.check_fts`)."""
        for table in TSV_TABLES:
            row = self.pg.execute(
                f"SELECT COUNT(*) FROM {table} WHERE tsv IS DISTINCT FROM to_tsvector('{TS_CONFIG}'::regconfig, text)"
            ).fetchone()
            if row and row[0]:
                raise StoreError(f"{row[0]} rows of {table} have a stale tsvector", self.location)

    # ------------------------------------------------------------------------------------------ documents

    def fingerprints(self) -> dict[str, tuple[str, str]]:
        return {p: (h, v) for p, h, v in self.pg.execute("SELECT path, sha256, parser FROM documents")}

    def _ids(self, table: str, n: int) -> list[int]:
        """``n`` new ids of ``table``, ascending (its rows then keep their order, as in SQLite)."""
        if n == 0:
            return []
        rows = self.pg.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", (table, n)
        )
        return sorted(int(r[0]) for r in rows)

    def replace_document(self, record: DocumentRecord) -> int:
        with self.transaction() as c, c.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (record.path,))  # two indexers, one file
            cur.execute("DELETE FROM documents WHERE path = %s", (record.path,))
            doc = record.document
            cur.execute(
                f"INSERT INTO documents({', '.join(_DOCUMENT_COLUMNS)}) "
                f"VALUES ({', '.join(['%s'] * len(_DOCUMENT_COLUMNS))}) RETURNING id",
                [doc[k] for k in _DOCUMENT_COLUMNS],
            )
            found = cur.fetchone()
            assert found is not None
            doc_id = int(found[0])
            pids = self._ids("paragraphs", len(record.paragraphs))
            cur.executemany(
                "INSERT INTO paragraphs(id, document_id, number, headings, heading_text, text, page, sources, "
                "endnotes) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                [(pid, doc_id, p.number, p.headings, p.heading_text, p.text, p.page, p.sources, p.endnotes)
                 for pid, p in zip(pids, record.paragraphs, strict=True)],
            )
            cur.executemany(
                "INSERT INTO statements(paragraph_id, ordinal, text, sources, verb, act, theme, endnotes, labels) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                [(pid, *s) for pid, p in zip(pids, record.paragraphs, strict=True) for s in p.statements],
            )
            cur.executemany(
                f"INSERT INTO recommendations(document_id, {', '.join(_RECOMMENDATION_COLUMNS)}) "
                f"VALUES (%s, {', '.join(['%s'] * len(_RECOMMENDATION_COLUMNS))})",
                [(doc_id, *(r[k] for k in _RECOMMENDATION_COLUMNS)) for r in record.recommendations],
            )
            cur.executemany(
                "INSERT INTO stakeholders(document_id, abbreviation, name, kind, members, counted) "
                "VALUES (%s, %s, %s, %s, %s, %s)",
                [(doc_id, *s) for s in record.stakeholders],
            )
            eids = self._ids("endnotes", len(record.endnotes))
            cur.executemany(
                "INSERT INTO endnotes(id, document_id, number, text) VALUES (%s, %s, %s, %s)",
                [(eid, doc_id, number, text) for eid, (number, text, _) in zip(eids, record.endnotes, strict=True)],
            )
            cur.executemany(
                "INSERT INTO citations(endnote_id, source, locator, resolved, see_also) VALUES (%s, %s, %s, %s, %s)",
                [(eid, *cit) for eid, (_, _, cits) in zip(eids, record.endnotes, strict=True) for cit in cits],
            )
            if record.recommendations and doc["country"] and doc["session"] is not None:
                self._link(doc["country"], doc["session"])
        return doc_id

    def delete_document(self, path: str) -> bool:
        with self.transaction() as c:
            return c.execute("DELETE FROM documents WHERE path = %s", (path,)).rowcount > 0

    def documents(self) -> list[dict[str, Any]]:
        cur = self.pg.execute(f"SELECT id, {', '.join(_DOCUMENT_COLUMNS)} FROM documents ORDER BY path")
        names = [d.name for d in cur.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cur]

    # ------------------------------------------------------------------------------------------ UPR Info

    def add_upr_info(self, records: Iterable[UprInfoRecord]) -> tuple[int, set[tuple[str, int]]]:
        """Insert the rows not stored yet, a chunk per statement (``unnest`` of one array per column, ``ON
        CONFLICT (row_hash) DO NOTHING``), all in one transaction."""
        inserted = 0
        groups: set[tuple[str, int]] = set()
        arrays = ", ".join(f"%s::{t}[]" for t in _UPR_INFO_TYPES)
        sql = (
            f"INSERT INTO upr_info({', '.join(_UPR_INFO_COLUMNS)}) SELECT * FROM unnest({arrays}) "
            "ON CONFLICT (row_hash) DO NOTHING RETURNING to_country, session"
        )
        rows = list(records)
        with self.transaction() as c:
            for start in range(0, len(rows), _CHUNK):
                chunk = rows[start:start + _CHUNK]
                columns = [[getattr(r, k) for r in chunk] for k in _UPR_INFO_COLUMNS]
                for country, session in c.execute(sql, columns):
                    inserted += 1
                    if country and session is not None:
                        groups.add((country, session))
        return inserted, groups

    def link_upr_info(self, country: str, session: int) -> tuple[int, int]:
        with self.transaction():
            return self._link(country, session)

    def _link(self, country: str, session: int) -> tuple[int, int]:
        c = self.pg
        rows = [
            ExportRowText(i, t, code)
            for i, t, code in c.execute(
                "SELECT id, text, from_code FROM upr_info WHERE to_country = %s AND session = %s ORDER BY id",
                (country, session),
            )
        ]
        if not rows:
            return 0, 0
        candidates = [
            candidate_of_row(rid, text, codes, parts)
            for rid, text, codes, parts in c.execute(
                "SELECT r.id, r.text, r.state_codes, r.parts FROM recommendations r JOIN documents d "
                "ON d.id = r.document_id WHERE d.country = %s AND d.session = %s AND r.text != '' ORDER BY d.kind, r.id",
                (country, session),
            )
        ]
        links = link_rows(rows, candidates)
        with c.cursor() as cur:
            cur.executemany(
                "UPDATE upr_info SET recommendation_id = %s, link_score = %s WHERE id = %s",
                [(lk.recommendation_id, lk.score, lk.row_id) for lk in links],
            )
        return link_counts(links)

    def upr_info_links(self) -> dict[str, tuple[int | None, float | None]]:
        """row hash -> (recommendation id, score) of every stored UPR Info row."""
        return {
            h: (r, s) for h, r, s in self.pg.execute("SELECT row_hash, recommendation_id, link_score FROM upr_info")
        }

    # ------------------------------------------------------------------------------------------ search

    def search(
        self, query: str, filters: SearchFilters | None = None, *, limit: int | None = None,
        marks: tuple[str, str] = ("**", "**"),
    ) -> Iterator[SearchHit]:
        return search_hits(self.pg, query, filters, limit=limit, marks=marks)

    def facets(self, query: str, filters: SearchFilters | None = None) -> Facets:
        return count_facets(self.pg, query, filters)

    # ------------------------------------------------------------------------------------------ drafts

    def save_draft(
        self, draft: Mapping[str, Any], *, country: str | None, session: int | None,
        decisions: Mapping[str, Any] | None = None,
    ) -> int:
        now = _now()
        with self.transaction() as c:
            row = c.execute(
                "INSERT INTO drafts(created, updated, country, session, draft, decisions) "
                "VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                (now, now, country, session, json.dumps(draft, ensure_ascii=False),
                 json.dumps(dict(decisions or {}), ensure_ascii=False)),
            ).fetchone()
        assert row is not None
        return int(row[0])

    def draft(self, draft_id: int) -> dict[str, Any] | None:
        row = self.pg.execute(
            "SELECT id, created, updated, country, session, draft, decisions FROM drafts WHERE id = %s", (draft_id,)
        ).fetchone()
        if row is None:
            return None
        return {
            "id": row[0], "created": row[1], "updated": row[2], "country": row[3], "session": row[4],
            "draft": json.loads(row[5]), "decisions": json.loads(row[6]),
        }

    def drafts(self) -> list[dict[str, Any]]:
        cur = self.pg.execute("SELECT id, created, updated, country, session FROM drafts ORDER BY id")
        return [dict(zip(("id", "created", "updated", "country", "session"), r, strict=True)) for r in cur]

    def set_decisions(self, draft_id: int, decisions: Mapping[str, Any]) -> None:
        with self.transaction() as c:
            cur = c.execute(
                "UPDATE drafts SET decisions = %s, updated = %s WHERE id = %s",
                (json.dumps(dict(decisions), ensure_ascii=False), _now(), draft_id),
            )
            if cur.rowcount == 0:
                raise StoreError(f"no draft {draft_id}", self.location)
