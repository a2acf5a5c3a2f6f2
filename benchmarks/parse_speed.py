"""Speed and peak memory of parsing every text under ../shared/data (the target: under 30 s, under 1 GiB).

    python benchmarks/parse_speed.py [DATA_DIR]

Each run parses every ``*.txt`` file under the folder (UN summaries, compilations, national reports and
Working Group reports) in one process and prints the totals as a Markdown table row.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from uprkit.errors import UprkitError
from uprkit.parse import parse_file


def main() -> int:
    data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    files = sorted(data.rglob("*.txt"))
    if not files:
        print(f"no .txt files under {data}", file=sys.stderr)
        return 1
    size = sum(f.stat().st_size for f in files)
    failures = 0
    t0 = time.perf_counter()
    for f in files:
        try:
            parse_file(f)
        except UprkitError as exc:
            failures += 1
            print(f"Error: {f}: {exc.message}", file=sys.stderr)
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print("| files | MB of text | seconds | files/s | peak memory (MB) | errors |")
    print("|---|---|---|---|---|---|")
    print(f"| {len(files)} | {size / 1e6:.1f} | {seconds:.1f} | {len(files) / seconds:.1f} | {peak_mb:.0f} | {failures} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
