"""``uprkit search``: the query language, ranking, filters, irregular plurals, facets, exports and errors."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import DATA, KAZ_NAME
from typer.testing import CliRunner, Result

import uprkit.cli_store  # noqa: F401 - registers the store commands on the app
from uprkit.cli import app
from uprkit.parse import parse_file
from uprkit.store import QueryError, SQLiteStore, index_paths, make_filters, open_store, to_fts5

FILES = [
    DATA / "wg" / "excerpt_sanmarino2010.txt",
    DATA / "wg" / "excerpt_A_HRC_14_15.txt",
    DATA / "wg" / "excerpt_A_HRC_59_15.txt",
    DATA / "excerpt_svn48_3.txt",
    DATA / "excerpt_ukr28_3.txt",
    DATA / KAZ_NAME,
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "upr.db"
    with open_store(path) as store:
        result = index_paths(store, FILES, jobs=1)
    assert result.failed == []
    return path


@pytest.fixture()
def store(db: Path) -> Iterator[SQLiteStore]:
    with open_store(db) as s:
        yield s


def _texts(store: SQLiteStore, query: str, country: str | None = None) -> list[str]:
    return [h.text for h in store.search(query, make_filters(country=country))]


def test_store_search_query_translation() -> None:
    assert to_fts5('torture not "death penalty"') == 'torture NOT "death penalty"'
    assert to_fts5("women and children") == "(woman OR women) AND (child OR children)"
    assert to_fts5("non-discrimination or Roma*") == '"non discrimination" OR Roma*'
    assert to_fts5('"women\'s rights"') == '("woman s rights" OR "women s rights")'
    assert to_fts5("NEAR(torture police, 5)") == "NEAR(torture police, 5)"
    assert to_fts5('"torture and death"') == '"torture and death"'


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"death penalty', "unbalanced quote"),
        ("(torture OR death", "a '(' is never closed"),
        ("torture)", "a ')' has no '('"),
        ("torture AND", "AND needs a term on both sides"),
        ("torture or or death", "OR needs a term on both sides"),
        ("NOT torture", "NOT needs a term before it"),
        ("   ", "empty query"),
        ("near(torture)", "NEAR needs at least two words"),
    ],
)
def test_store_search_malformed_query_message(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=re.escape(message)):
        to_fts5(query)


def test_store_search_boolean_not_phrase(store: SQLiteStore) -> None:
    torture = _texts(store, "torture", country="KAZ")
    assert torture and all(re.search(r"tortur", t, re.I) for t in torture)
    kept = _texts(store, 'torture NOT "death penalty"', country="KAZ")
    assert kept and all(not re.search(r"death\s+penalty", t, re.I) for t in kept)
    dropped = [t for t in torture if re.search(r"death\s+penalty", t, re.I)]
    assert len(kept) == len(torture) - len(dropped)
    both = _texts(store, 'torture AND "death penalty"', country="KAZ")
    assert sorted(both) == sorted(dropped)
    either = _texts(store, "torture OR trafficking", country="KAZ")
    assert set(torture) <= set(either) and len(either) > len(torture)


def test_store_search_lowercase_operators_match_uppercase(store: SQLiteStore) -> None:
    assert _texts(store, 'torture not "death penalty"') == _texts(store, 'torture NOT "death penalty"')
    assert _texts(store, "torture or roma") == _texts(store, "torture OR roma")


def test_store_search_phrase_and_prefix(store: SQLiteStore) -> None:
    phrase = _texts(store, '"same-sex couples"')
    assert phrase and all(re.search(r"same.sex\s+couples", t, re.I) for t in phrase)
    prefix = [h for h in store.search("ratif*", make_filters(targets=["recommendation"]))]
    expected = sum(
        1 for f in FILES for r in parse_file(f).recommendations if re.search(r"\bratif", r.text, re.I)
    )
    assert len(prefix) == expected > 20


def test_store_search_stemming(store: SQLiteStore) -> None:
    texts = _texts(store, "tortured", country="KAZ")
    assert any(re.search(r"\btorture\b", t) for t in texts)


def test_store_search_women_finds_woman(store: SQLiteStore) -> None:
    texts = _texts(store, "women")
    only_singular = [t for t in texts if re.search(r"\bwoman\b", t, re.I) and not re.search(r"\bwomen\b", t, re.I)]
    assert any("between a man and a woman" in t for t in only_singular)
    assert set(_texts(store, "woman")) == set(texts)


def test_store_search_children_finds_child(store: SQLiteStore) -> None:
    texts = _texts(store, "children")
    assert any(re.search(r"\bchild\b", t, re.I) and not re.search(r"\bchildren\b", t, re.I) for t in texts)
    assert set(_texts(store, "child")) == set(texts)


def test_store_search_ranked_rows_carry_what_they_are(store: SQLiteStore) -> None:
    hits = list(store.search("Roma", make_filters(country="SVN"), limit=50))
    assert hits == sorted(hits, key=lambda h: h.score)
    assert {h.what for h in hits} == {"paragraph", "recommendation"}
    rec = next(h for h in hits if h.what == "recommendation")
    assert (rec.symbol, rec.kind, rec.country, rec.number) == ("A/HRC/14/15", "wg_report", "SVN", "111.15")
    assert "**Roma**" in rec.snippet and rec.detail == "United Kingdom of Great Britain and Northern Ireland"
    para = next(h for h in hits if h.what == "paragraph")
    assert para.number is not None and para.number.isdigit()


def test_store_search_filters(store: SQLiteStore) -> None:
    noted = list(store.search("ratif*", make_filters(position="rejected")))
    assert noted and {(h.what, h.position, h.country) for h in noted} == {("recommendation", "rejected", "SMR")}
    by_state = list(store.search("ratif*", make_filters(source="Chile")))
    assert by_state and all("Chile" in (h.detail or "") for h in by_state)
    assert [h.number for h in store.search("ratif*", make_filters(source="CHL"))] == [h.number for h in by_state]
    statements = list(store.search("torture", make_filters(targets=["statement"], source="ICJ")))
    assert statements and {h.what for h in statements} == {"statement"}
    assert list(store.search("torture", make_filters(kind="upr-info"))) == []
    assert {h.cycle for h in store.search("Roma", make_filters(cycle=4))} == {4}


def test_store_search_unknown_filter_values() -> None:
    with pytest.raises(QueryError, match="unknown country 'Atlantis'"):
        make_filters(country="Atlantis")
    with pytest.raises(QueryError, match="unknown kind 'memo'"):
        make_filters(kind="memo")
    with pytest.raises(QueryError, match="unknown position 'maybe'"):
        make_filters(position="maybe")
    assert make_filters(country="Kazakhstan").country == "KAZ"


def test_store_search_facets(store: SQLiteStore) -> None:
    facets = store.facets("ratif*")
    hits = list(store.search("ratif*"))
    assert facets.total == len(hits)
    by = {name: dict(values) for name, values in facets.by.items()}
    assert by["what"] == {w: sum(1 for h in hits if h.what == w) for w in {h.what for h in hits}}
    assert by["country"] == {c: sum(1 for h in hits if h.country == c) for c in {h.country for h in hits}}
    recs = [h for h in hits if h.what == "recommendation"]
    assert by["position"] == {p: sum(1 for h in recs if h.position == p) for p in {h.position for h in recs}}
    assert sum(by["cycle"].values()) == facets.total


def _cli(db: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["search", *args, "--db", str(db)])


def test_store_search_cli_csv_exports_every_row(db: Path) -> None:
    result = _cli(db, "ratif*", "--in", "recommendation", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    expected = sum(1 for f in FILES for r in parse_file(f).recommendations if re.search(r"\bratif", r.text, re.I))
    assert len(rows) == expected > 20
    assert {r["what"] for r in rows} == {"recommendation"}
    limited = _cli(db, "ratif*", "--in", "recommendation", "--format", "jsonl", "--limit", "5")
    assert len(limited.stdout.splitlines()) == 5
    as_json = json.loads(_cli(db, "ratif*", "--in", "recommendation", "--format", "json").stdout)
    assert [r["number"] for r in as_json] == [r["number"] for r in rows]


def test_store_search_cli_table_and_facets(db: Path) -> None:
    result = _cli(db, 'torture NOT "death penalty"', "--country", "KAZ", "--facets")
    assert result.exit_code == 0
    out = result.stdout
    assert "A/HRC/WG.6/7/KAZ/3" in out
    assert re.search(r"^\d+ of \d+ matches shown$", out, re.M)
    assert re.search(r"^country: KAZ \d+$", out, re.M)


def test_store_search_cli_malformed_query(db: Path) -> None:
    result = _cli(db, '"death penalty')
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: search: unbalanced quote")
    assert "Traceback" not in result.output
    bad_country = _cli(db, "torture", "--country", "Atlantis")
    assert bad_country.exit_code == 1
    assert bad_country.stderr.strip() == (
        "Error: search: unknown country 'Atlantis' (give an ISO code such as KAZ or a name)"
    )


def test_store_search_cli_no_database(tmp_path: Path) -> None:
    result = _cli(tmp_path / "none.db", "torture")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {tmp_path / 'none.db'}: no database here")
