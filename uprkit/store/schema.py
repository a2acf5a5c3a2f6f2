"""The SQLite schema as ordered migrations, and the code that brings a database up to date.

``schema_version`` holds one row per applied migration; a database's version is the highest one. Each migration
runs in its own transaction (a failure leaves the database at the previous version). Add a migration by
appending a function to :data:`MIGRATIONS`; never edit one that has shipped.

Full-text search: FTS5 tables with ``content=`` the base table (the text is stored once), kept in sync by
insert/update/delete triggers, tokenised ``porter unicode61 remove_diacritics 2`` (English stemming, accents
folded).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from uprkit.store.errors import StoreError

__all__ = ["FTS_TABLES", "MIGRATIONS", "TOKENIZER", "current_version", "migrate"]

TOKENIZER = "porter unicode61 remove_diacritics 2"

#: base table -> its FTS5 table; every one indexes the column ``text``.
FTS_TABLES = {
    "paragraphs": "paragraphs_fts",
    "statements": "statements_fts",
    "recommendations": "recommendations_fts",
    "upr_info": "upr_info_fts",
}

_TABLES_V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,           -- absolute path of the indexed file
    sha256 TEXT NOT NULL,                -- of the file's bytes: unchanged files are skipped
    parser TEXT NOT NULL,                -- uprkit and model version that parsed it
    format TEXT NOT NULL,
    symbol TEXT,
    country TEXT,                        -- ISO 3166 alpha-3
    country_name TEXT,
    session INTEGER,
    cycle INTEGER,
    kind TEXT NOT NULL,
    title TEXT,
    language TEXT,
    stated_submission_count INTEGER,
    parsed_at TEXT NOT NULL,
    warnings INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX documents_country ON documents(country, session);
CREATE INDEX documents_symbol ON documents(symbol);

CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    headings TEXT NOT NULL,              -- JSON list of heading display forms, top down
    heading_text TEXT NOT NULL,          -- the same joined with " > "
    text TEXT NOT NULL,
    page INTEGER,
    sources TEXT NOT NULL,               -- JSON list of credited abbreviations
    endnotes TEXT NOT NULL               -- JSON list of endnote numbers
);
CREATE INDEX paragraphs_document ON paragraphs(document_id, number);

CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,            -- 1-based within the paragraph
    text TEXT NOT NULL,
    sources TEXT NOT NULL,               -- JSON list
    verb TEXT,
    act TEXT NOT NULL,
    theme TEXT,                          -- from labels.heading.theme where classified
    endnotes TEXT NOT NULL,              -- JSON list
    labels TEXT                          -- JSON object (uprkit classify) or NULL
);
CREATE INDEX statements_paragraph ON statements(paragraph_id);

CREATE TABLE recommendations (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    text TEXT NOT NULL,
    states TEXT NOT NULL,                -- JSON list of recommending States (UN short names)
    state_codes TEXT NOT NULL,           -- JSON list of ISO alpha-3 (null where unknown)
    position TEXT,
    position_note TEXT,
    paragraph INTEGER,
    parts TEXT NOT NULL,                 -- JSON list of {text, states, state_codes}
    action TEXT,                         -- from labels.action.label where classified
    issues TEXT NOT NULL,                -- JSON list, from labels.issues where classified
    theme TEXT,
    labels TEXT
);
CREATE INDEX recommendations_document ON recommendations(document_id);

CREATE TABLE stakeholders (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    abbreviation TEXT NOT NULL,
    name TEXT,
    kind TEXT NOT NULL,
    members TEXT NOT NULL,               -- JSON list
    counted INTEGER NOT NULL
);
CREATE INDEX stakeholders_document ON stakeholders(document_id);

CREATE TABLE endnotes (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX endnotes_document ON endnotes(document_id, number);

CREATE TABLE citations (
    id INTEGER PRIMARY KEY,
    endnote_id INTEGER NOT NULL REFERENCES endnotes(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    locator TEXT,
    resolved TEXT,
    see_also INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX citations_endnote ON citations(endnote_id);

CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    country TEXT,
    session INTEGER,
    draft TEXT NOT NULL,                 -- JSON of the drafted summary
    decisions TEXT NOT NULL DEFAULT '{}' -- JSON of the reviewer's decisions
);

CREATE TABLE upr_info (
    id INTEGER PRIMARY KEY,
    row_hash TEXT NOT NULL UNIQUE,       -- sha256 of the row's cells: re-import adds nothing
    to_country TEXT,                     -- ISO alpha-3 of the State under review (null where unknown)
    to_name TEXT NOT NULL,
    session INTEGER,
    text TEXT NOT NULL,
    from_state TEXT NOT NULL,            -- recommending State as written
    from_code TEXT,
    response TEXT,
    action TEXT,
    issues TEXT NOT NULL,                -- JSON list
    source_file TEXT NOT NULL,
    recommendation_id INTEGER REFERENCES recommendations(id) ON DELETE SET NULL,
    link_score REAL
);
CREATE INDEX upr_info_group ON upr_info(to_country, session);
CREATE INDEX upr_info_recommendation ON upr_info(recommendation_id);
"""


def _fts_sql(base: str, fts: str) -> str:
    return f"""
CREATE VIRTUAL TABLE {fts} USING fts5(text, content='{base}', content_rowid='id', tokenize='{TOKENIZER}');
CREATE TRIGGER {base}_fts_insert AFTER INSERT ON {base} BEGIN
    INSERT INTO {fts}(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER {base}_fts_delete AFTER DELETE ON {base} BEGIN
    INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER {base}_fts_update AFTER UPDATE OF text ON {base} BEGIN
    INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO {fts}(rowid, text) VALUES (new.id, new.text);
END;
"""


def _migration_1(conn: sqlite3.Connection) -> str:
    """Every table, the FTS5 indexes and their triggers."""
    return _TABLES_V1 + "".join(_fts_sql(b, f) for b, f in FTS_TABLES.items())


Migration = Callable[[sqlite3.Connection], str]

#: Ordered migrations: each returns the SQL script that takes the schema from version i to i + 1.
MIGRATIONS: list[Migration] = [_migration_1]


def current_version(conn: sqlite3.Connection) -> int:
    """The database's schema version (0 for an empty database)."""
    row = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    if row is None:
        return 0
    (version,) = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()
    return int(version)


def migrate(conn: sqlite3.Connection, migrations: list[Migration] | None = None) -> int:
    """Apply every pending migration (each in one transaction); the resulting version.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Raises :class:`StoreError` for a database
    written by a newer uprkit.
    """
    steps = MIGRATIONS if migrations is None else migrations
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    version = current_version(conn)
    if version > len(steps):
        raise StoreError(f"the database has schema version {version}; this uprkit knows up to {len(steps)}")
    for number in range(version + 1, len(steps) + 1):
        script = steps[number - 1](conn)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\n"
                f"INSERT INTO schema_version(version, applied_at) VALUES ({number}, '{stamp}');\nCOMMIT;"
            )
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"migration to schema version {number} failed: {exc}") from exc
    return len(steps)
