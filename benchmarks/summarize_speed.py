"""Speed and peak memory of drafting a summary from 155 submissions of 5–10 pages (target: under 60 s on 2
cores, under 2 GiB).

    python benchmarks/summarize_speed.py [DATA_DIR] [--submissions 155] [--keep DIR]

The submissions are made up, reproducibly (fixed seed), from real UN prose: the paragraphs of every national
report, compilation and stakeholder summary under DATA_DIR, shuffled and laid out as numbered paragraphs on
pages of about 450 words, 5 to 10 pages each; one in five is written as a Word file, the rest as text with form
feeds between pages. Only the drafting (reading included) is timed, in this process.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from docx import Document as WordDocument

from uprkit.parse import parse_file
from uprkit.summarize.draft import DraftOptions, draft_summary

WORDS_PER_PAGE = 450
SEED = 155


def paragraph_pool(data: Path) -> list[str]:
    pool: list[str] = []
    for path in sorted(data.rglob("*.txt")):
        if not any(path.name.endswith(f"_{n}.txt") for n in (1, 2, 3)):
            continue
        report = parse_file(path)
        pool.extend(p.text for p in report.paragraphs if len(p.text.split()) >= 25)
    return pool


def write_submissions(folder: Path, pool: list[str], count: int) -> int:
    rng = random.Random(SEED)
    words_total = 0
    for k in range(1, count + 1):
        pages = rng.randint(5, 10)
        texts = rng.sample(pool, min(len(pool), pages * 6))
        number, page_words, page_parts, all_pages = 1, 0, [], []
        for t in texts:
            page_parts.append(f"{number}. {t}")
            number += 1
            page_words += len(t.split())
            if page_words >= WORDS_PER_PAGE:
                all_pages.append("\n\n".join(page_parts))
                page_parts, page_words = [], 0
                if len(all_pages) == pages:
                    break
        if page_parts and len(all_pages) < pages:
            all_pages.append("\n\n".join(page_parts))
        words_total += sum(len(p.split()) for p in all_pages)
        name = f"NGO{k:03d}"
        if k % 5 == 0:
            doc = WordDocument()
            for page in all_pages:
                for para in page.split("\n\n"):
                    doc.add_paragraph(para)
            doc.save(str(folder / f"{name}.docx"))
        else:
            (folder / f"{name}.txt").write_text(f"Submission by {name}\n\n" + "\f".join(all_pages), encoding="utf-8")
    return words_total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", nargs="?", default="../shared/data", type=Path)
    ap.add_argument("--submissions", type=int, default=155)
    ap.add_argument("--keep", type=Path, default=None, help="write the submissions here and keep them")
    args = ap.parse_args()
    pool = paragraph_pool(args.data)
    if not pool:
        print(f"no UN document texts under {args.data}", file=sys.stderr)
        return 1
    folder = args.keep or Path(tempfile.mkdtemp(prefix="uprkit-speed-"))
    folder.mkdir(parents=True, exist_ok=True)
    words = write_submissions(folder, pool, args.submissions)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    t0 = time.perf_counter()
    summary = draft_summary(folder, DraftOptions(country="KAZ", session=48, limit_words=5350))
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    if args.keep is None:
        shutil.rmtree(folder)
    sentences = sum(1 for s in summary.iter_sentences() if s.stakeholders)
    print("| submissions | words | seconds | peak memory (MB) | sentences drafted | words drafted | not included |")
    print("|---|---|---|---|---|---|---|")
    print(f"| {args.submissions} | {words:,} | {seconds:.1f} | {max(before, peak):.0f} | {sentences} | "
          f"{summary.word_count} / {summary.word_limit} | {len(summary.not_included)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
