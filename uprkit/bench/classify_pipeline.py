"""Speed of the whole ``uprkit classify --format jsonl`` pipeline, next to the recommendation model's alone.

The figure issue 4 sets (2,000 recommendations a second on one core, after loading) is measured here on what a
user runs: every label the command prints (action and issues, heading, affected groups, instruments, with their
confidences and explanations) and the JSON line of each text, for the first ``texts`` deduplicated
recommendations of UPR Info sessions 17-20, in batches as the command reads them. Writing to the terminal is
left out. The load time is that of both models, from their files. Texts per second are given by the clock
and per second of the process's CPU time: on a machine shared with other work the clock figure drops with the
load, the CPU figure much less. Run it on one core::

    taskset -c 0 python -m uprkit.bench.classify_pipeline ../shared/data

(``uprkit bench classify`` prints the same figures.) The model alone is measured by
:mod:`uprkit.bench.classify_recommendations` (``predict`` with its explanations, no heading, no lexicons).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from uprkit.classify.upr_info import TEST_SESSIONS, by_session, load_recommendations

__all__ = ["TARGET_LOAD_SECONDS", "TARGET_TEXTS_PER_SECOND", "format_markdown", "main", "measure", "run"]

TARGET_TEXTS_PER_SECOND = 2000.0
TARGET_LOAD_SECONDS = 2.0


def measure(texts: Sequence[str]) -> dict[str, Any]:
    """Load both models (from their files), then label ``texts`` and write each as a JSON line (in memory)."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from uprkit.classify import labels

    start = time.perf_counter()
    labels.load_models(reload=True)
    load_seconds = time.perf_counter() - start
    start, cpu_start = time.perf_counter(), time.process_time()
    size = 0
    for result in labels.classify_stream(iter(texts)):
        size += len(json.dumps(result, ensure_ascii=False)) + 1
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return {
        "texts": len(texts),
        "seconds": round(elapsed, 3),
        "texts_per_second": round(len(texts) / elapsed, 1) if elapsed else 0.0,
        "cpu_seconds": round(cpu, 3),
        "texts_per_cpu_second": round(len(texts) / cpu, 1) if cpu else 0.0,
        "load_seconds": round(load_seconds, 3),
        "output_characters": size,
        "targets": {"texts_per_second": TARGET_TEXTS_PER_SECOND, "load_seconds": TARGET_LOAD_SECONDS},
    }


def run(data_dir: Path | str, *, texts: int = 5000) -> dict[str, Any]:
    """:func:`measure` on the first ``texts`` recommendations of sessions 17-20 under ``data_dir``."""
    recs = by_session(load_recommendations(data_dir), TEST_SESSIONS)
    return measure([r.text for r in recs][:texts])


def format_markdown(result: dict[str, Any], model: dict[str, Any] | None = None) -> str:
    """The pipeline's speed (and the model's alone, from :mod:`uprkit.bench.classify_recommendations`)."""
    t = result["targets"]
    met = "yes" if result["texts_per_second"] >= t["texts_per_second"] else "**no**"
    load_met = "yes" if result["load_seconds"] <= t["load_seconds"] else "**no**"
    lines = [
        f"Speed, {result['texts']:,} recommendations of sessions 17-20, one process "
        "(run under `taskset -c 0` for one core):",
        "",
        "| figure | value | target | met |",
        "|---|---:|---:|---|",
        f"| texts per second, whole `uprkit classify --format jsonl` pipeline (action, issues, heading, groups, "
        f"instruments, explanations, JSON) | {result['texts_per_second']:,.0f} | {t['texts_per_second']:,.0f} | "
        f"{met} |",
        f"| the same, per second of CPU time | {result['texts_per_cpu_second']:,.0f} | | |",
    ]
    if model is not None:
        lines.append(
            f"| texts per second, action and issues model alone (`predict`) | "
            f"{model['texts_per_second']:,.0f} | | |"
        )
        if "texts_per_cpu_second" in model:
            lines.append(f"| the same, per second of CPU time | {model['texts_per_cpu_second']:,.0f} | | |")
    lines.append(f"| both models' load (s) | {result['load_seconds']:.2f} | {t['load_seconds']:.1f} | {load_met} |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Speed of the whole uprkit classify pipeline.")
    parser.add_argument("data_dir", type=Path, help="the shared data folder (or the export's CSV folder)")
    parser.add_argument("--texts", type=int, default=5000, help="how many recommendations (default 5000)")
    args = parser.parse_args(argv)
    print(format_markdown(run(args.data_dir, texts=args.texts)), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
