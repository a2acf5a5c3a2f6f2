"""The PostgreSQL backend of the store, against a real, throwaway server; and the behaviour both backends share.

The server: where PostgreSQL's ``initdb`` and ``pg_ctl`` are installed (on the PATH, or Debian's
``/usr/lib/postgresql/<version>/bin``; ``apt-get install postgresql``) and :mod:`psycopg` is importable
(``pip install 'uprkit[postgres]'``), the session starts one per test worker: a cluster made by ``initdb`` in a
fresh folder under the system temp dir (``trust`` authentication, user ``postgres``, locale ``C.UTF-8``), listening on no TCP
address, only on a unix socket in that folder with a random port number, ``fsync`` off. Each test gets a database
of its own (``CREATE DATABASE``), dropped after it; the server is stopped (``pg_ctl stop -m fast``) and its folder
removed at the end of the session.

``initdb`` refuses to run as root: as root, the server's commands run as the ``postgres`` system user (made by
Debian's ``postgresql`` package) through ``runuser -u postgres`` (falling back to ``su postgres -c``), and the
folder is given to that user; the tests still connect as the database user ``postgres``. Without the binaries,
without psycopg, or as root without a ``postgres`` user, the PostgreSQL cases skip with the reason.

The behaviour tests are parametrised over both backends (``sqlite`` and ``postgres``), so the same assertions
hold for both; the tests named ``..._postgres_...`` only are about PostgreSQL itself.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import DATA, KAZ_NAME

from uprkit.parse import parse_file
from uprkit.store import (
    PostgresStore,
    QueryError,
    SQLiteStore,
    Store,
    StoreError,
    import_upr_info,
    index_paths,
    is_postgres_url,
    make_filters,
    open_store,
    pages,
)
from uprkit.store import postgres_schema as pg_schema
from uprkit.store.postgres_queries import headline_tsquery_text, to_tsquery_text

FILES = [
    DATA / "wg" / "excerpt_sanmarino2010.txt",
    DATA / "wg" / "excerpt_A_HRC_14_15.txt",
    DATA / "wg" / "excerpt_A_HRC_59_15.txt",
    DATA / "excerpt_svn48_3.txt",
    DATA / "excerpt_ukr28_3.txt",
    DATA / KAZ_NAME,
]
SAN_MARINO = DATA / "wg" / "excerpt_sanmarino2010.txt"
SLOVENIA = DATA / "wg" / "excerpt_A_HRC_14_15.txt"
UPR_INFO_SAMPLE = DATA / "store" / "upr_info_sample.csv"
TABLES = ("documents", "paragraphs", "statements", "recommendations", "stakeholders", "endnotes", "citations",
          "drafts", "upr_info", "schema_version")


# ------------------------------------------------------------------------------------------ the server


def _server_bin() -> Path | None:
    """The folder of initdb and pg_ctl: on the PATH, else the newest of Debian's /usr/lib/postgresql/*/bin."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(os.path.realpath(found)).parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return versions[-1].parent if versions else None


def _skip_reason() -> str | None:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg not installed (pip install 'uprkit[postgres]')"
    if _server_bin() is None:
        return "no PostgreSQL server binaries (initdb, pg_ctl): apt-get install postgresql"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run initdb as"
    return None


@dataclass
class PgServer:
    folder: Path
    port: int

    def url(self, dbname: str) -> str:
        return f"postgresql://postgres@/{dbname}?host={self.folder}&port={self.port}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    @contextlib.contextmanager
    def database(self) -> Iterator[str]:
        name = f"uprkit_{uuid.uuid4().hex[:12]}"
        self.admin(f"CREATE DATABASE {name}")
        try:
            yield self.url(name)
        finally:
            self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _as_server_user(args: list[str]) -> list[str]:
    """The command, run as the 'postgres' user where we are root (initdb refuses root)."""
    if os.geteuid() != 0:
        return args
    if shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--", *args]
    return ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(args)]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    bin_dir = _server_bin()
    assert bin_dir is not None
    folder = Path(tempfile.mkdtemp(prefix="uprkit-pg-"))
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
    data, log = folder / "data", folder / "server.log"
    port = _free_port()

    def run(*args: str) -> None:
        done = subprocess.run(_as_server_user(list(args)), capture_output=True, text=True, cwd=folder, check=False)
        if done.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            pytest.skip(f"cannot start a PostgreSQL server: {args[0]} said {(done.stderr or done.stdout).strip()}")

    # a UTF-8 LC_CTYPE: under the C locale the text search parser splits words at any non-ASCII letter or ’
    run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
        "--locale=C.UTF-8", "--no-sync")
    options = f"-c listen_addresses='' -c unix_socket_directories='{folder}' -p {port} -c fsync=off " \
              "-c synchronous_commit=off -c full_page_writes=off"
    run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60", "start")
    try:
        yield PgServer(folder, port)
    finally:
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
                       capture_output=True, cwd=folder, check=False)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture()
def pg_url(pg_server: PgServer) -> Iterator[str]:
    with pg_server.database() as url:
        yield url


# ------------------------------------------------------------------------------------------ both backends

Locations = Callable[[], str]


@pytest.fixture(params=["sqlite", "postgres"])
def new_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Locations]:
    """``new_location()``: where a new, empty store can be opened (a file, or a fresh PostgreSQL database)."""
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            counter = iter(range(1000))
            yield lambda: str(tmp_path / f"upr{next(counter)}.db")
        else:
            server: PgServer = request.getfixturevalue("pg_server")
            yield lambda: stack.enter_context(server.database())


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def indexed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store of FILES (read-only for the tests using it), in each backend."""
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            location = str(tmp_path_factory.mktemp("pg-parity") / "upr.db")
        else:
            server: PgServer = request.getfixturevalue("pg_server")
            location = stack.enter_context(server.database())
        with open_store(location) as store:
            assert index_paths(store, FILES, jobs=1).failed == []
        yield location


@pytest.fixture()
def store(indexed: str) -> Iterator[Store]:
    with open_store(indexed) as s:
        yield s


def _totals(store: Store) -> tuple[int, int, int, int]:
    c = store.counts()
    return c["documents"], c["paragraphs"], c["statements"], c["recommendations"]


def _expected(files: list[Path]) -> tuple[int, int, int, int]:
    reports = [parse_file(f) for f in files]
    return (len(reports), sum(len(r.paragraphs) for r in reports),
            sum(len(p.statements) for r in reports for p in r.paragraphs),
            sum(len(r.recommendations) for r in reports))


def _texts(store: Store, query: str, country: str | None = None) -> list[str]:
    return [h.text for h in store.search(query, make_filters(country=country))]


def test_store_postgres_index_stores_every_row_once(new_location: Locations) -> None:
    with open_store(new_location()) as store:
        result = index_paths(store, FILES[:4], jobs=1)
        assert (len(result.indexed), result.failed) == (4, [])
        assert _totals(store) == _expected(FILES[:4])
        store.check_fts()


def test_store_postgres_unchanged_files_skipped(new_location: Locations, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(new_location()) as store:
        index_paths(store, FILES[:3], jobs=1)
        before = _totals(store)

        def no_parse(*args: object, **kwargs: object) -> None:
            raise AssertionError("an unchanged file was parsed")

        monkeypatch.setattr("uprkit.parse.parse_file", no_parse)
        result = index_paths(store, FILES[:3], jobs=1)
        assert (len(result.indexed), len(result.unchanged), result.failed) == (0, 3, [])
        assert _totals(store) == before


def test_store_postgres_changed_file_replaces_rows(new_location: Locations, tmp_path: Path) -> None:
    target = tmp_path / "docs" / SAN_MARINO.name
    target.parent.mkdir()
    data = SAN_MARINO.read_bytes()
    target.write_bytes(data)
    with open_store(new_location()) as store:
        index_paths(store, [target.parent], jobs=1)
        before = _totals(store)
        target.write_bytes(data.replace(b"continue to protect the right to life", b"protect the quokka habitat"))
        assert [p.name for p in index_paths(store, [target.parent], jobs=1).indexed] == [target.name]
        assert _totals(store) == before
        assert sorted((h.what, h.number) for h in store.search("quokka")) == [
            ("paragraph", "70"), ("recommendation", "70.10")
        ]
        assert list(store.search('"continue to protect the right to life"')) == []
        forced = index_paths(store, [target.parent], jobs=1, force=True)
        assert len(forced.indexed) == 1 and _totals(store) == before
        assert store.delete_document(str(target.resolve())) is True
        assert _totals(store) == (0, 0, 0, 0)
        store.check_fts()


def test_store_postgres_search_boolean_not_phrase(store: Store) -> None:
    torture = _texts(store, "torture", country="KAZ")
    assert torture and all(re.search(r"tortur", t, re.I) for t in torture)
    kept = _texts(store, 'torture NOT "law enforcement"', country="KAZ")
    assert kept and all(not re.search(r"law\s+enforcement", t, re.I) for t in kept)
    dropped = [t for t in torture if re.search(r"law\s+enforcement", t, re.I)]
    assert dropped and len(kept) == len(torture) - len(dropped)
    assert sorted(_texts(store, 'torture AND "law enforcement"', country="KAZ")) == sorted(dropped)
    either = _texts(store, "torture or trafficking", country="KAZ")
    assert set(torture) <= set(either) and len(either) > len(torture)
    snippets = [h.snippet for h in store.search('torture NOT "death penalty"', make_filters(country="KAZ"))]
    assert snippets and all("**" in s and "**penalt" not in s.lower() for s in snippets)


def test_store_postgres_search_phrase_and_prefix(store: Store) -> None:
    phrase = _texts(store, '"same-sex couples"')
    assert phrase and all(re.search(r"same.sex\s+couples", t, re.I) for t in phrase)
    prefix = list(store.search("ratif*", make_filters(targets=["recommendation"])))
    expected = sum(1 for f in FILES for r in parse_file(f).recommendations if re.search(r"\bratif", r.text, re.I))
    assert len(prefix) == expected > 20
    assert all(re.search(r"\*\*ratif", h.snippet, re.I) for h in prefix)


def test_store_postgres_search_women_finds_woman(store: Store) -> None:
    texts = _texts(store, "women")
    only_singular = [t for t in texts if re.search(r"\bwoman\b", t, re.I) and not re.search(r"\bwomen\b", t, re.I)]
    assert any("between a man and a woman" in t for t in only_singular)
    assert set(_texts(store, "woman")) == set(texts)


def test_store_postgres_search_ranked_and_filtered(store: Store) -> None:
    hits = list(store.search("Roma", make_filters(country="SVN"), limit=50))
    assert hits == sorted(hits, key=lambda h: h.score)
    rec = next(h for h in hits if h.what == "recommendation" and h.number == "111.15")
    assert (rec.symbol, rec.kind, rec.country) == ("A/HRC/14/15", "wg_report", "SVN")
    assert "**Roma**" in rec.snippet and rec.detail == "United Kingdom of Great Britain and Northern Ireland"
    rejected = list(store.search("ratif*", make_filters(position="rejected")))
    assert rejected and {(h.what, h.position, h.country) for h in rejected} == {("recommendation", "rejected", "SMR")}
    by_state = [h.number for h in store.search("ratif*", make_filters(source="Chile"))]
    assert by_state and by_state == [h.number for h in store.search("ratif*", make_filters(source="CHL"))]
    assert list(store.search("torture", make_filters(kind="upr-info"))) == []
    assert {h.cycle for h in store.search("Roma", make_filters(cycle=4))} == {4}


def test_store_postgres_facets_count_the_hits(store: Store) -> None:
    facets = store.facets("ratif* OR torture")
    hits = list(store.search("ratif* OR torture"))
    assert facets.total == len(hits) > 0
    by = {name: dict(values) for name, values in facets.by.items()}
    assert list(facets.by) == [n for n in ("what", "country", "cycle", "kind", "position", "action") if n in by]
    assert by["what"] == {w: sum(1 for h in hits if h.what == w) for w in {h.what for h in hits}}
    assert by["country"] == {c: sum(1 for h in hits if h.country == c) for c in {h.country for h in hits}}
    assert sum(by["cycle"].values()) == facets.total
    for values in facets.by.values():
        assert [n for _, n in values] == sorted((n for _, n in values), reverse=True)


def test_store_postgres_export_streams_every_row(store: Store) -> None:
    query = "a* OR e* OR i* OR o* OR u* OR s* OR t* OR c* OR p* OR r* OR d*"
    filters = make_filters(targets=["statement"])
    exported = 0
    ids = set()
    for hit in store.search(query, filters, marks=("", "")):
        exported += 1
        ids.add(hit.id)
    assert exported == len(ids) == store.facets(query, filters).total > 200
    assert exported > store.counts()["statements"] - 5  # nearly every statement holds one of those letters


def test_store_postgres_upr_info_import_idempotent(new_location: Locations) -> None:
    with open_store(new_location()) as store:
        index_paths(store, [SAN_MARINO, SLOVENIA], jobs=1)
        first = import_upr_info(store, [UPR_INFO_SAMPLE])
        assert (first.rows_read, first.inserted, first.already_stored) == (88, 87, 1)
        assert (first.linked, first.linked + first.unlinked) == (29, 87)
        again = import_upr_info(store, [UPR_INFO_SAMPLE])
        assert (again.inserted, again.already_stored, again.linked + again.unlinked) == (0, 88, 0)
        assert store.counts()["upr_info"] == 87
        linked = store.conn.execute("SELECT COUNT(recommendation_id) FROM upr_info").fetchone()[0]
        index_paths(store, [SAN_MARINO], jobs=1, force=True)  # replaced: links follow the new rows
        assert store.conn.execute("SELECT COUNT(recommendation_id) FROM upr_info").fetchone()[0] == linked == 29
        hits = list(store.search("torture", make_filters(kind="upr-info")))
        assert hits and {h.what for h in hits} == {"upr-info"}
        store.check_fts()


def test_store_postgres_drafts_round_trip(new_location: Locations) -> None:
    with open_store(new_location()) as store:
        draft_id = store.save_draft({"title": "Résumé"}, country="KAZ", session=7, decisions={"a": 1})
        assert store.draft(draft_id) is not None
        found = store.draft(draft_id)
        assert found is not None and (found["draft"], found["decisions"], found["country"]) == (
            {"title": "Résumé"}, {"a": 1}, "KAZ"
        )
        store.set_decisions(draft_id, {"b": 2})
        again = store.draft(draft_id)
        assert again is not None and again["decisions"] == {"b": 2}
        assert [d["id"] for d in store.drafts()] == [draft_id]
        assert store.draft(draft_id + 1) is None
        with pytest.raises(StoreError, match=f"no draft {draft_id + 1}"):
            store.set_decisions(draft_id + 1, {})


def test_store_postgres_malformed_query(store: Store) -> None:
    with pytest.raises(QueryError, match="unbalanced quote"):
        next(store.search('"death penalty'))
    with pytest.raises(QueryError, match="NOT needs a term before it"):
        store.facets("NOT torture")


# ------------------------------------------------------------------------------------------ PostgreSQL only


def _parity(store: Store) -> dict[str, object]:
    """What the pages and searches show, comparable across backends."""
    docs = sorted((d["symbol"] or "", d["kind"], d["country"]) for d in store.documents())
    page = pages.document_page(store, pages.document_ids_by_path(store)[str((DATA / KAZ_NAME).resolve())])  # type: ignore[arg-type]
    assert page is not None
    searches = {
        q: sorted((h.what, h.symbol or "", h.number or "") for h in store.search(q, make_filters(targets=t)))
        for q, t in (("ratif*", ["recommendation"]), ("women", None), ('torture NOT "death penalty"', None),
                     ('"same-sex couples"', None), ("non-discrimination OR Roma", None))
    }
    return {
        "documents": docs,
        "countries": pages.countries(store),  # type: ignore[arg-type]
        "outline": page.outline(),
        "page": (len(page.paragraphs), len(page.endnotes), len(page.stakeholders), page.paragraphs[3]),
        "recommendations": pages.country_recommendations(store, "SVN"),  # type: ignore[arg-type]
        "searches": searches,
    }


@pytest.mark.parametrize("indexed", ["postgres"], indirect=True)
def test_store_postgres_same_results_as_sqlite(indexed: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    assert is_postgres_url(indexed)
    sqlite_db = tmp_path_factory.mktemp("parity") / "upr.db"
    with open_store(sqlite_db) as lite:
        index_paths(lite, FILES, jobs=1)
        expected = _parity(lite)
    with open_store(indexed) as pg:
        got = _parity(pg)
    for key, value in expected.items():
        if key == "recommendations":  # ids differ; the rest must not
            value = [(r.symbol, r.number, r.text, r.position, r.cycle) for r in value]  # type: ignore[attr-defined]
            got[key] = [(r.symbol, r.number, r.text, r.position, r.cycle) for r in got[key]]  # type: ignore[attr-defined]
        assert got[key] == value, key


def test_store_postgres_schema_created_and_versioned(pg_url: str, tmp_path: Path) -> None:
    with open_store(pg_url) as store:
        assert isinstance(store, PostgresStore)
        assert store.schema_version() == len(pg_schema.MIGRATIONS) == 1
        columns: dict[str, list[str]] = {}
        for table, column in store.conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
            "ORDER BY table_name, ordinal_position"
        ):
            columns.setdefault(table, []).append(column)
        indexes = {r[0] for r in store.conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")}
    assert set(columns) == set(TABLES)
    with open_store(tmp_path / "upr.db") as lite:
        assert isinstance(lite, SQLiteStore)
        for table in TABLES:  # the same logical schema: the same columns, plus the generated tsvector
            same = [r[1] for r in lite.conn.execute(f"PRAGMA table_info({table})")]
            extra = ["tsv"] if table in pg_schema.TSV_TABLES else []
            assert columns[table] == same + extra, table
    assert {f"{t}_tsv" for t in pg_schema.TSV_TABLES} <= indexes
    with open_store(pg_url) as store:  # reopening does not migrate again
        assert store.conn.execute("SELECT version FROM schema_version").fetchall() == [(1,)]


def test_store_postgres_applies_new_migration_once(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    open_store(pg_url).close()
    calls: list[int] = []

    def add_notes() -> str:
        calls.append(1)
        return "ALTER TABLE documents ADD COLUMN notes TEXT;"

    monkeypatch.setattr(pg_schema, "MIGRATIONS", [*pg_schema.MIGRATIONS, add_notes])
    with open_store(pg_url) as store:
        assert store.schema_version() == 2
    with open_store(pg_url) as store:
        assert store.schema_version() == 2
    assert calls == [1]
    monkeypatch.setattr(pg_schema, "MIGRATIONS", pg_schema.MIGRATIONS[:1])
    with pytest.raises(StoreError, match="schema version 2; this uprkit knows up to 1"):
        open_store(pg_url)


def test_store_postgres_failed_migration_keeps_version(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    open_store(pg_url).close()
    monkeypatch.setattr(pg_schema, "MIGRATIONS", [*pg_schema.MIGRATIONS, lambda: "ALTER TABLE nowhere ADD x INT;"])
    with pytest.raises(StoreError, match="migration to schema version 2 failed"):
        open_store(pg_url)
    monkeypatch.setattr(pg_schema, "MIGRATIONS", pg_schema.MIGRATIONS[:1])
    with open_store(pg_url) as store:
        assert store.schema_version() == 1


@pytest.mark.parametrize("indexed", ["postgres"], indirect=True)
def test_store_postgres_search_streams_from_a_server_side_cursor(store: Store) -> None:
    assert isinstance(store, PostgresStore)
    hits = store.search("ratif* OR torture")
    next(hits)
    assert store.conn.execute("SELECT COUNT(*) FROM pg_cursors").fetchone()[0] == 1
    rest = sum(1 for _ in hits)
    assert rest > 0
    assert store.conn.execute("SELECT COUNT(*) FROM pg_cursors").fetchone()[0] == 0
    abandoned = store.search("torture")
    next(abandoned)
    abandoned.close()  # an export stopped halfway: its transaction ends
    assert store.pg.info.transaction_status == 0  # idle


def test_store_postgres_query_translation() -> None:
    assert to_tsquery_text('torture not "death penalty"') == "'torture' & ! 'death penalty'"
    assert to_tsquery_text("women and children") == "( 'woman' | 'women' ) & ( 'child' | 'children' )"
    assert to_tsquery_text("non-discrimination or Roma*") == "'non-discrimination' | 'Roma':*"
    assert to_tsquery_text('"women\'s rights"') == "( 'woman\\'s rights' | 'women\\'s rights' )"
    assert to_tsquery_text('"same-sex coup"*') == "'same-sex ' <-> 'coup':*"
    assert to_tsquery_text("a (b OR c) NOT d") == "'a' & ( 'b' | 'c' ) & ! 'd'"
    assert to_tsquery_text("NEAR(torture police, 1)") == (
        "( 'torture' <1> 'police' | 'torture' <2> 'police' | 'police' <1> 'torture' | 'police' <2> 'torture' )"
    )
    assert headline_tsquery_text('torture NOT ("death penalty" OR x) AND y') == "'torture' & 'y'"
    with pytest.raises(QueryError, match="unbalanced parentheses"):
        to_tsquery_text("(torture")


def test_store_postgres_open_store_dispatch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    opened: list[str] = []
    monkeypatch.setattr("uprkit.store.PostgresStore", lambda url: opened.append(url) or url)
    open_store("postgresql://u:secret@db.example/upr")
    open_store("postgres://db.example/upr")
    assert opened == ["postgresql://u:secret@db.example/upr", "postgres://db.example/upr"]
    with pytest.raises(StoreError, match="give a PostgreSQL URL as text"):
        open_store(Path("postgresql://db.example:5433/upr"))  # a Path has merged the slashes
    with open_store(tmp_path / "postgresql.db") as store:
        assert isinstance(store, SQLiteStore)


def test_store_postgres_without_psycopg_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now raises ImportError
    with pytest.raises(StoreError) as info:
        open_store("postgresql://someone:secret@db.example/upr")
    assert info.value.message == "PostgreSQL needs psycopg: pip install 'uprkit[postgres]'"
    assert info.value.path == "postgresql://someone@db.example/upr"  # no password in messages


def test_store_postgres_unreachable_server_is_a_store_error(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    url = f"postgresql://postgres:secret@/upr?host={tmp_path}&port=1&connect_timeout=2"
    with pytest.raises(StoreError, match="cannot connect to the database") as info:
        open_store(url)
    assert "secret" not in str(info.value.path)
