"""The Working Group report recommendations against the UPR Info export, as Markdown tables for the README.

    python benchmarks/recommendations.py [DATA_DIR] [--jobs N] [--no-misses]

Parses the 262 one-line Working Group report texts in ``DATA_DIR/uprs/v.1/Data/raw-data/txts`` (default
``../shared/data``) and compares their recommendations with the UPR Info export in
``DATA_DIR/uprs/v.2/Data/CSVs`` (``uprkit.bench.recommendations``; ``uprkit bench recommendations`` shows the
same figures): the share of reports whose (recommendation, recommending State) pair count is within 5 % of the
export's, recommending State and position agreement on the export rows matched by text, and the time to parse
every report. Prints the figures table, then the reports that miss.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from uprkit.bench.recommendations import markdown, run


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("data", nargs="?", type=Path, default=Path("../shared/data"), help="the shared data folder")
    ap.add_argument("--jobs", type=int, default=1, help="parse in this many processes (default 1)")
    ap.add_argument("--no-misses", action="store_true", help="do not list the reports that miss")
    args = ap.parse_args()
    reports = args.data / "uprs" / "v.1" / "Data" / "raw-data" / "txts"
    export = args.data / "uprs" / "v.2" / "Data" / "CSVs"
    for folder in (reports, export):
        if not folder.is_dir():
            print(f"Error: {folder}: no such folder", file=sys.stderr)
            return 1
    result = run(args.data, reports=reports, export=export, jobs=max(1, args.jobs))
    sys.stdout.write(markdown(result, misses=not args.no_misses))
    summary = result["summary"]
    assert isinstance(summary, dict)
    for name, why in dict(summary["reports_not_evaluated"]).items():
        print(f"\nnot evaluated: {name}: {why}", file=sys.stderr)
    for name, why in dict(summary["parse_errors"]).items():
        print(f"Error: {name}: {why}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
