"""Cut ``upr_info_sample.csv`` from the UPR Info export in ../shared/data (original bytes, CR line endings).

    /tmp/venv/bin/python tests/data/store/make_upr_info_fixture.py

Rows: the header; every San Marino session-7 row (the review of tests/data/wg/excerpt_sanmarino2010.txt);
the first 20 Slovenia session-7 rows (tests/data/wg/excerpt_A_HRC_14_15.txt); and the first San Marino row
again at the end (an identical row, stored once).
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parents[3] / "shared" / "data" / "uprs" / "v.2" / "Data" / "CSVs" / "6-9.csv"


def main() -> None:
    lines = SOURCE.read_bytes().split(b"\r")
    smr = [line for line in lines if line.startswith(b"San Marino,") and line.rstrip().endswith(b",7")]
    svn = [line for line in lines if line.startswith(b"Slovenia,") and line.rstrip().endswith(b",7")][:20]
    out = [lines[0], *smr, *svn, smr[0]]
    (HERE / "upr_info_sample.csv").write_bytes(b"\r".join(out) + b"\r")
    print(f"{len(smr)} San Marino rows, {len(svn)} Slovenia rows, 1 repeated row")


if __name__ == "__main__":
    main()
