"""The store's schema: creation, versioned migrations, the default path, and FTS5 kept in sync by triggers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import DATA

from uprkit.store import SQLiteStore, StoreError, default_db_path, index_paths, open_store
from uprkit.store import schema as schema_mod

SAN_MARINO = DATA / "wg" / "excerpt_sanmarino2010.txt"


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def test_store_schema_creates_tables_fts_and_version(tmp_path: Path) -> None:
    with open_store(tmp_path / "sub" / "upr.db") as store:
        assert store.schema_version() == len(schema_mod.MIGRATIONS) == 1
        tables = _tables(store.conn)
        for name in ("documents", "paragraphs", "statements", "recommendations", "stakeholders", "endnotes",
                     "citations", "drafts", "upr_info", "schema_version"):
            assert name in tables
        for fts in schema_mod.FTS_TABLES.values():
            assert fts in tables
            sql = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (fts,)).fetchone()[0]
            assert "porter unicode61 remove_diacritics 2" in sql and "content='" in sql
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_store_schema_reopen_does_not_migrate_again(tmp_path: Path) -> None:
    db = tmp_path / "upr.db"
    open_store(db).close()
    with open_store(db) as store:
        rows = store.conn.execute("SELECT version FROM schema_version").fetchall()
    assert rows == [(1,)]


def test_store_schema_applies_a_new_migration_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "upr.db"
    open_store(db).close()
    calls: list[int] = []

    def add_notes(conn: sqlite3.Connection) -> str:
        calls.append(1)
        return "ALTER TABLE documents ADD COLUMN notes TEXT;"

    monkeypatch.setattr(schema_mod, "MIGRATIONS", [*schema_mod.MIGRATIONS, add_notes])
    with open_store(db) as store:
        assert store.schema_version() == 2
        columns = [r[1] for r in store.conn.execute("PRAGMA table_info(documents)")]
    with open_store(db) as store:
        assert store.schema_version() == 2
    assert "notes" in columns
    assert calls == [1]


def test_store_schema_failed_migration_keeps_previous_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "upr.db"
    open_store(db).close()
    monkeypatch.setattr(schema_mod, "MIGRATIONS", [*schema_mod.MIGRATIONS, lambda c: "CREATE TABLE x(a); BOGUS;"])
    with pytest.raises(StoreError, match="migration to schema version 2 failed"):
        open_store(db)
    monkeypatch.undo()
    with open_store(db) as store:
        assert store.schema_version() == 1
        assert "x" not in _tables(store.conn)


def test_store_schema_newer_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "upr.db"
    with open_store(db) as store:
        store.conn.execute("INSERT INTO schema_version VALUES (99, 'later')")
    with pytest.raises(StoreError, match="schema version 99; this uprkit knows up to 1"):
        open_store(db)


def test_store_schema_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "upr.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open the database") as info:
        open_store(bad)
    assert info.value.path == str(bad)


def test_store_schema_default_path_rules(tmp_path: Path) -> None:
    home = Path.home()
    assert default_db_path({"UPRKIT_DB": str(tmp_path / "x.db")}) == tmp_path / "x.db"
    assert default_db_path({"XDG_DATA_HOME": "/data"}, "linux") == Path("/data/uprkit/upr.db")
    assert default_db_path({"XDG_DATA_HOME": "relative"}, "linux") == home / ".local/share/uprkit/upr.db"
    assert default_db_path({}, "linux") == home / ".local/share/uprkit/upr.db"
    assert default_db_path({}, "darwin") == home / "Library/Application Support/uprkit/upr.db"
    assert default_db_path({"LOCALAPPDATA": "C:/AppData"}, "win32") == Path("C:/AppData/uprkit/upr.db")


def _match_ids(store: SQLiteStore, word: str) -> list[int]:
    return [r[0] for r in store.conn.execute("SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?", (word,))]


def test_store_schema_fts_triggers_follow_update_and_delete(tmp_path: Path) -> None:
    with open_store(tmp_path / "upr.db") as store:
        index_paths(store, [SAN_MARINO], jobs=1)
        pid = store.conn.execute("SELECT id FROM paragraphs ORDER BY id LIMIT 1").fetchone()[0]
        assert _match_ids(store, "zanzibarite") == []
        store.conn.execute("UPDATE paragraphs SET text = 'the zanzibarite clause' WHERE id = ?", (pid,))
        assert _match_ids(store, "zanzibarite") == [pid]
        store.check_fts()
        store.conn.execute("DELETE FROM paragraphs WHERE id = ?", (pid,))
        assert _match_ids(store, "zanzibarite") == []
        store.check_fts()
        store.conn.execute("UPDATE recommendations SET text = 'quokka' WHERE number = '70.1'")
        assert [h.number for h in store.search("quokka")] == ["70.1"]
        assert store.delete_document(str(SAN_MARINO.resolve())) is True
        assert store.counts()["paragraphs"] == store.counts()["recommendations"] == 0
        assert list(store.search("quokka OR ratify OR torture")) == []
        store.check_fts()


def test_store_schema_drafts_round_trip(tmp_path: Path) -> None:
    with open_store(tmp_path / "upr.db") as store:
        draft_id = store.save_draft({"sections": []}, country="SVN", session=48)
        store.set_decisions(draft_id, {"s1": "accept"})
        saved = store.draft(draft_id)
        assert saved is not None
        assert (saved["country"], saved["session"], saved["draft"], saved["decisions"]) == (
            "SVN", 48, {"sections": []}, {"s1": "accept"}
        )
        assert [d["id"] for d in store.drafts()] == [draft_id]
        assert store.draft(draft_id + 1) is None
        with pytest.raises(StoreError, match="no draft"):
            store.set_decisions(draft_id + 1, {})
