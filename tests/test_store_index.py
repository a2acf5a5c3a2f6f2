"""``uprkit index``: unchanged files skipped by hash, changed files replaced, interruption and resume, bad files."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import DATA, KAZ_NAME
from typer.testing import CliRunner

import uprkit.cli_store  # noqa: F401 - registers the store commands on the app
from uprkit.cli import app
from uprkit.parse import parse_file
from uprkit.store import SQLiteStore, collect_files, index_paths, open_store
from uprkit.store import db as db_mod

FIXTURES = [
    DATA / "wg" / "excerpt_sanmarino2010.txt",
    DATA / "wg" / "excerpt_A_HRC_14_15.txt",
    DATA / "excerpt_svn48_3.txt",
    DATA / KAZ_NAME,
]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """Copies of the fixture documents in a folder of their own (tests change and break them)."""
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    for i, f in enumerate(FIXTURES):
        shutil.copy(f, (docs / "sub" if i % 2 else docs) / f.name)
    (docs / "notes.csv").write_text("not indexed\n")
    (docs / ".hidden.txt").write_text("not indexed\n")
    return docs


def _totals(store: SQLiteStore) -> tuple[int, int, int]:
    c = store.counts()
    return c["documents"], c["paragraphs"], c["recommendations"]


def _expected(files: list[Path]) -> tuple[int, int, int]:
    reports = [parse_file(f) for f in files]
    return len(reports), sum(len(r.paragraphs) for r in reports), sum(len(r.recommendations) for r in reports)


def test_store_index_collects_documents_recursively(folder: Path) -> None:
    files, missing = collect_files([folder, folder / "nothing-here"])
    assert sorted(f.name for f in files) == sorted(f.name for f in FIXTURES)
    assert missing == [(folder / "nothing-here", "no such file or folder")]


def test_store_index_takes_markdown_as_summarize_does(tmp_path: Path) -> None:
    """A folder's Markdown files (a submission, uprkit's own Markdown summary) were passed over by ``uprkit index``
    though ``uprkit summarize`` reads them."""
    (tmp_path / "notes.md").write_text("# A\n# B\n**1.** AI noted it.[^1]\n\n[^1]: AI, p. 2.\n", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    files, _ = collect_files([tmp_path])
    assert [f.name for f in files] == ["notes.md"]


def test_store_index_stores_every_row_once(folder: Path, tmp_path: Path) -> None:
    with open_store(tmp_path / "upr.db") as store:
        result = index_paths(store, [folder], jobs=1)
        assert len(result.indexed) == 4 and result.failed == []
        assert _totals(store) == _expected(FIXTURES)
        kaz = parse_file(DATA / KAZ_NAME)
        row = store.conn.execute(
            "SELECT symbol, country, session, cycle, kind, language, warnings FROM documents WHERE path LIKE ?",
            (f"%{KAZ_NAME}",),
        ).fetchone()
        assert row == (kaz.symbol, kaz.country, kaz.session, kaz.cycle, kaz.kind, kaz.language, len(kaz.warnings))
        n_statements = sum(len(p.statements) for p in kaz.paragraphs)
        assert store.conn.execute(
            "SELECT COUNT(*) FROM statements s JOIN paragraphs p ON p.id = s.paragraph_id JOIN documents d "
            "ON d.id = p.document_id WHERE d.symbol = ?", (kaz.symbol,)
        ).fetchone()[0] == n_statements
        assert store.conn.execute("SELECT COUNT(*) FROM stakeholders s JOIN documents d ON d.id = s.document_id "
                                  "WHERE d.symbol = ?", (kaz.symbol,)).fetchone()[0] == len(kaz.stakeholders)
        store.check_fts()


def test_store_index_skips_unchanged_files_without_parsing(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(tmp_path / "upr.db") as store:
        index_paths(store, [folder], jobs=1)
        before = _totals(store)

        def no_parse(*args: object, **kwargs: object) -> None:
            raise AssertionError("an unchanged file was parsed")

        monkeypatch.setattr("uprkit.parse.parse_file", no_parse)
        result = index_paths(store, [folder], jobs=1)
        assert (len(result.indexed), len(result.unchanged), result.failed) == (0, 4, [])
        assert _totals(store) == before


def test_store_index_changed_file_replaces_its_rows(folder: Path, tmp_path: Path) -> None:
    target = folder / "excerpt_sanmarino2010.txt"
    with open_store(tmp_path / "upr.db") as store:
        index_paths(store, [folder], jobs=1)
        before = _totals(store)
        data = target.read_bytes()
        assert data.count(b"continue to protect the right to life") == 1
        target.write_bytes(data.replace(b"continue to protect the right to life", b"protect the quokka habitat"))
        result = index_paths(store, [folder], jobs=1)
        assert [p.name for p in result.indexed] == ["excerpt_sanmarino2010.txt"]
        assert _totals(store) == before
        assert sorted((h.what, h.number) for h in store.search("quokka")) == [
            ("paragraph", "70"), ("recommendation", "70.10")
        ]
        assert list(store.search('"continue to protect the right to life"')) == []
        assert store.conn.execute("SELECT COUNT(*) FROM documents WHERE path = ?",
                                  (str(target.resolve()),)).fetchone()[0] == 1
        store.check_fts()


def test_store_index_interrupted_run_resumes_without_duplicates(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = db_mod.SQLiteStore.replace_document
    calls = {"n": 0}

    def fail_third(self: SQLiteStore, record: object) -> int:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(self, record)  # type: ignore[arg-type]

    with open_store(tmp_path / "upr.db") as store:
        monkeypatch.setattr(db_mod.SQLiteStore, "replace_document", fail_third)
        with pytest.raises(KeyboardInterrupt):
            index_paths(store, [folder], jobs=1)
        assert store.counts()["documents"] == 2
        monkeypatch.setattr(db_mod.SQLiteStore, "replace_document", real)
        result = index_paths(store, [folder], jobs=1)
        assert (len(result.indexed), len(result.unchanged)) == (2, 2)
        assert _totals(store) == _expected(FIXTURES)
        paths = [r[0] for r in store.conn.execute("SELECT path FROM documents")]
        assert len(paths) == len(set(paths)) == 4
        store.check_fts()


def test_store_index_failed_write_rolls_back_the_document(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure in the middle of writing one document leaves none of its rows (one transaction)."""

    def broken_link(self: SQLiteStore, country: str, session: int) -> tuple[int, int]:
        raise RuntimeError("disk on fire")

    with open_store(tmp_path / "upr.db") as store:
        monkeypatch.setattr(db_mod.SQLiteStore, "_link", broken_link)
        with pytest.raises(RuntimeError):
            index_paths(store, [folder / "excerpt_sanmarino2010.txt"], jobs=1)
        assert _totals(store) == (0, 0, 0)


def test_store_index_bad_file_reported_others_stored(folder: Path, tmp_path: Path) -> None:
    shutil.copy(DATA / "submissions" / "broken.pdf", folder / "broken.pdf")
    with open_store(tmp_path / "upr.db") as store:
        result = index_paths(store, [folder], jobs=1)
        assert [p.name for p, _ in result.failed] == ["broken.pdf"]
        assert "corrupt or truncated PDF" in result.failed[0][1]
        assert store.counts()["documents"] == 4


def test_store_index_parallel_workers_store_the_same(folder: Path, tmp_path: Path) -> None:
    with open_store(tmp_path / "upr.db") as store:
        result = index_paths(store, [folder], jobs=2)
        assert len(result.indexed) == 4
        assert _totals(store) == _expected(FIXTURES)


def test_store_index_cli_reports_bad_file_and_exit_code(folder: Path, tmp_path: Path) -> None:
    shutil.copy(DATA / "submissions" / "broken.pdf", folder / "broken.pdf")
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(app, ["index", str(folder), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1
    assert re.match(rf"^Error: {re.escape(str(folder / 'broken.pdf'))}: corrupt or truncated PDF", errors[0])
    assert result.stdout.startswith("4 indexed, 0 unchanged, 1 failed in ")
    again = CliRunner().invoke(app, ["index", str(folder / "excerpt_svn48_3.txt"), "--db", str(db)])
    assert again.exit_code == 0
    assert again.stdout.startswith("0 indexed, 1 unchanged, 0 failed in ")


def test_store_index_cli_missing_path(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["index", str(tmp_path / "nope"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'nope'}: no such file or folder" in result.stderr


def test_store_index_cli_uses_uprkit_db_env(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    result = CliRunner().invoke(app, ["index", str(folder / "excerpt_svn48_3.txt")], env={"UPRKIT_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert db.exists()


def test_store_index_killed_process_then_rerun_leaves_no_duplicate_and_no_gap(tmp_path: Path) -> None:
    """A real `uprkit index` process killed (SIGKILL) after it has stored some documents; the re-run completes the
    set, and every document and paragraph is there exactly once, as after an uninterrupted run."""
    import os
    import signal
    import sqlite3
    import subprocess
    import sys
    import time

    from uprkit.store import open_store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sources = sorted((Path(__file__).parent / "data").glob("excerpt_*.txt"))
    assert sources
    for k in range(60):
        src = sources[k % len(sources)]
        (corpus / f"{k:02d}-{src.name}").write_text(src.read_text(encoding="utf-8") + f"\n\nCopy {k}.\n", encoding="utf-8")
    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "uprkit.cli", "index", str(corpus), "--db", str(db), "--jobs", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as conn:
                    stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                stored = 0
            if stored >= 3:
                break
        time.sleep(0.02)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL and 3 <= stored < 60  # killed midway, some documents stored
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    reference = tmp_path / "reference.db"
    subprocess.run([*cmd[:-4], str(corpus), "--db", str(reference), "--jobs", "1"], check=True, capture_output=True,
                   timeout=300)
    resumed, whole = open_store(db), open_store(reference)
    try:
        assert resumed.counts() == whole.counts()
        paths = [p for (p,) in resumed.conn.execute("SELECT path FROM documents")]
        assert len(paths) == len(set(paths)) == 60
        resumed.check_fts()
    finally:
        resumed.close()
        whole.close()
