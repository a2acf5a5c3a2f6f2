"""``uprkit import upr-info``: export rows stored once, and linked to the parsed recommendation they record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import DATA
from typer.testing import CliRunner

import uprkit.cli_store  # noqa: F401 - registers the store commands on the app
from uprkit.cli import app
from uprkit.store import import_upr_info, index_paths, make_filters, open_store, read_export_file
from uprkit.store.upr_info import session_cycle

SAMPLE = DATA / "store" / "upr_info_sample.csv"  # 67 San Marino + 20 Slovenia session-7 rows, one repeated
SAN_MARINO = DATA / "wg" / "excerpt_sanmarino2010.txt"
SLOVENIA = DATA / "wg" / "excerpt_A_HRC_14_15.txt"


def test_store_upr_info_reads_mac_export() -> None:
    rows = list(read_export_file(SAMPLE))
    assert len(rows) == 88
    assert len({r.row_hash for r in rows}) == 87
    assert {(r.to_country, r.session) for r in rows} == {("SMR", 7), ("SVN", 7)}
    holy_see = next(r for r in rows if r.from_state == "Holy See" and "right to life" in r.text)
    assert (holy_see.from_code, holy_see.response, holy_see.action, json.loads(holy_see.issues)) == (
        "VAT", "Accepted", "2", ["Other"]
    )


def test_store_upr_info_import_is_idempotent(tmp_path: Path) -> None:
    with open_store(tmp_path / "upr.db") as store:
        first = import_upr_info(store, [SAMPLE])
        assert (first.rows_read, first.inserted, first.already_stored) == (88, 87, 1)
        again = import_upr_info(store, [SAMPLE])
        assert (again.inserted, again.already_stored, again.linked + again.unlinked) == (0, 88, 0)
        assert store.counts()["upr_info"] == 87
        store.check_fts()


def test_store_upr_info_links_rows_to_recommendations(tmp_path: Path) -> None:
    with open_store(tmp_path / "upr.db") as store:
        index_paths(store, [SAN_MARINO, SLOVENIA], jobs=1)
        result = import_upr_info(store, [SAMPLE])
        links = dict(
            ((text, state), (number, score))
            for text, state, number, score in store.conn.execute(
                "SELECT u.text, u.from_state, r.number, u.link_score FROM upr_info u "
                "LEFT JOIN recommendations r ON r.id = u.recommendation_id"
            )
        )
        # exact text (after normalisation: case, a leading "to", punctuation)
        assert links[("Continue to protect the right to life from conception to natural death", "Holy See")] == (
            "70.10", 1.0
        )
        assert links[("Further integrate persons with disabilities into society", "Germany")] == ("70.5", 1.0)
        # one recommendation made by several States: every State's row links to it
        opcrc = [v for (t, _), v in links.items() if t.startswith("Ratify the Optional Protocol to the Convention "
                                                                   "on the Rights of the Child on the Sale")]
        assert opcrc and {n for n, _ in opcrc} == {"70.1"}
        # rows of recommendations outside the excerpts stay unlinked
        assert links[("Raise the minimum age of those subject to military draft to 18", "Austria")] == (None, None)
        linked = sum(1 for n, _ in links.values() if n is not None)
        assert result.linked == linked and result.linked + result.unlinked == 87
        assert linked == 29  # 17 San Marino and 15 Slovenia recommendations in the excerpts


def test_store_upr_info_links_when_report_indexed_later(tmp_path: Path) -> None:
    with open_store(tmp_path / "upr.db") as store:
        import_upr_info(store, [SAMPLE])
        assert store.conn.execute("SELECT COUNT(recommendation_id) FROM upr_info").fetchone()[0] == 0
        index_paths(store, [SAN_MARINO], jobs=1)
        linked_first = store.conn.execute("SELECT COUNT(recommendation_id) FROM upr_info").fetchone()[0]
        assert linked_first > 0
        index_paths(store, [SAN_MARINO], jobs=1, force=True)  # replaced: links follow the new rows
        assert store.conn.execute("SELECT COUNT(recommendation_id) FROM upr_info").fetchone()[0] == linked_first


def test_store_upr_info_search_rows(tmp_path: Path) -> None:
    with open_store(tmp_path / "upr.db") as store:
        index_paths(store, [SAN_MARINO], jobs=1)
        import_upr_info(store, [SAMPLE])
        hits = list(store.search("conscientious objection", make_filters(kind="upr-info")))
        assert hits and {(h.what, h.kind, h.country, h.cycle) for h in hits} == {("upr-info", "upr-info", "SMR", 1)}
        noted = list(store.search("ratify", make_filters(position="noted", targets=["upr-info"])))
        assert noted and all("(Noted)" in (h.detail or "") for h in noted)
        disabilities = list(store.search("disabilities", make_filters(issue="Disabilities", country="SMR")))
        assert {h.what for h in disabilities} == {"upr-info"}


@pytest.mark.parametrize(("session", "cycle"), [(1, 1), (12, 1), (13, 2), (26, 2), (27, 3), (40, 3), (41, 4)])
def test_store_upr_info_session_cycle(session: int, cycle: int) -> None:
    assert session_cycle(session) == cycle


def test_store_upr_info_cli(tmp_path: Path) -> None:
    db = tmp_path / "upr.db"
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    result = CliRunner().invoke(app, ["import", "upr-info", str(SAMPLE), str(bad), "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {bad}: not a UPR Info export: no column To, Text, From, Response, " \
                                    "Action, Issue, Session"
    assert result.stdout.startswith("88 rows read, 87 new, 1 already stored;")
    again = CliRunner().invoke(app, ["import", "upr-info", str(SAMPLE), "--db", str(db)])
    assert again.exit_code == 0
    assert again.stdout.startswith("88 rows read, 0 new, 88 already stored;")
