"""Index speed, re-index speed, database size and search latency of the store, as one Markdown table row.

    python benchmarks/index_speed.py [--data ../shared/data] [--jobs 2] [--db FILE] [--no-upr-info]

Indexes every .txt .pdf .docx .html under --data into a fresh database (a temporary file unless --db is given),
indexes again (every file unchanged), imports the UPR Info export CSVs where --data holds them, then times ~20
typical searches (the 20-row table view: ranked hits with snippets) and prints the median.
Targets: index < 60 s, re-index < 5 s, median search < 50 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from uprkit.store import import_upr_info, make_filters, open_store
from uprkit.store.indexer import index_paths

QUERIES: list[tuple[str, dict[str, str]]] = [
    ("torture", {}),
    ('torture NOT "death penalty"', {"country": "KAZ"}),
    ("women", {}),
    ("children", {}),
    ('"domestic violence"', {}),
    ("discrimin*", {}),
    ('"national human rights institution"', {}),
    ("trafficking AND children", {}),
    ("death penalty OR capital punishment", {}),
    ("freedom of expression", {}),
    ("journalists", {"cycle": "2"}),
    ("Roma", {"country": "SVN"}),
    ('"Convention against Torture"', {}),
    ("persons with disabilities", {}),
    ("migrants", {"kind": "wg_report"}),
    ("education", {"country": "BRA"}),
    ("indigenous", {"position": "supported"}),
    ("prison conditions", {}),
    ("sexual orientation", {}),
    ("corruption", {"country": "AFG"}),
]


def _size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--no-upr-info", action="store_true", help="Do not import the UPR Info export CSVs.")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"Error: {args.data}: no such folder (give --data)", file=sys.stderr)
        return 1
    tmp = tempfile.TemporaryDirectory(prefix="uprkit-bench-")
    db = args.db or Path(tmp.name) / "upr.db"
    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    with open_store(db) as store:
        t0 = time.perf_counter()
        first = index_paths(store, [args.data], jobs=args.jobs)
        index_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = index_paths(store, [args.data], jobs=args.jobs)
        reindex_s = time.perf_counter() - t0
        csvs = sorted((args.data / "uprs" / "v.2" / "Data" / "CSVs").glob("*.csv"))
        csvs = [c for c in csvs if c.name != "voluntary.csv"]
        import_s, linked, rows = 0.0, 0, 0
        if csvs and not args.no_upr_info:
            t0 = time.perf_counter()
            imported = import_upr_info(store, csvs)
            import_s = time.perf_counter() - t0
            linked, rows = imported.linked, imported.inserted
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        latencies: list[float] = []
        for query, options in QUERIES:
            opts = {k: (int(v) if k == "cycle" else v) for k, v in options.items()}
            filters = make_filters(**opts)  # type: ignore[arg-type]
            t0 = time.perf_counter()
            list(store.search(query, filters, limit=20))
            latencies.append(1000 * (time.perf_counter() - t0))
        counts = store.counts()
    size_mb = _size(db) / 1e6
    print("| files | indexed | failed | index s | re-index s | UPR Info rows (linked) | import s | DB MB "
          "| median search ms | max search ms |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {first.total} | {len(first.indexed)} | {len(first.failed)} | {index_s:.1f} | {reindex_s:.2f} "
        f"| {rows} ({linked}) | {import_s:.1f} | {size_mb:.0f} | {statistics.median(latencies):.1f} "
        f"| {max(latencies):.1f} |"
    )
    print(
        f"\n{counts['documents']} documents, {counts['paragraphs']} paragraphs, {counts['statements']} statements, "
        f"{counts['recommendations']} recommendations; re-index: {len(again.unchanged)} unchanged",
        file=sys.stderr,
    )
    for path, problem in first.failed:
        print(f"Error: {path}: {problem}", file=sys.stderr)
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
