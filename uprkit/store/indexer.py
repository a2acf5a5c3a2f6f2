"""``uprkit index``: parse files into the store, skipping those already stored unchanged.

Each file is hashed (sha256 of its bytes) before anything else: a file stored with the same hash by the same
parser version is skipped without parsing, so re-indexing an unchanged folder costs one read per file. Files
to parse go to ``jobs`` worker processes; each parsed document is written by the calling process in one
transaction that replaces whatever was stored from that path. An interrupted run therefore keeps every
document written before the interruption, and running again resumes with the rest.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from uprkit.store.base import StoreBackend
from uprkit.store.records import PARSER_VERSION, DocumentRecord, record_from_report

__all__ = ["INDEXED_SUFFIXES", "IndexResult", "collect_files", "file_sha256", "index_paths"]

#: what a folder is searched for: the formats uprkit reads (as ``summarize`` takes submissions), Markdown too
INDEXED_SUFFIXES = frozenset({".txt", ".text", ".md", ".pdf", ".docx", ".html", ".htm"})

Status = Literal["indexed", "unchanged", "failed"]
Progress = Callable[[Path, Status], None]


@dataclass
class IndexResult:
    indexed: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.indexed) + len(self.unchanged) + len(self.failed)


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The files to index (folders searched recursively for .txt .md .pdf .docx .html, hidden files left out) and
    the paths that do not exist. A file named explicitly is indexed whatever its extension."""
    files: list[Path] = []
    missing: list[tuple[Path, str]] = []
    seen: set[Path] = set()
    for p in paths:
        if p.is_dir():
            found = sorted(
                q for q in p.rglob("*")
                if q.is_file() and q.suffix.lower() in INDEXED_SUFFIXES
                and not any(part.startswith(".") for part in q.relative_to(p).parts)
            )
        elif p.is_file():
            found = [p]
        else:
            missing.append((p, "no such file or folder"))
            continue
        for q in found:
            key = q.resolve()
            if key not in seen:
                seen.add(key)
                files.append(q)
    return files, missing


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass(frozen=True)
class _Job:
    path: Path
    key: str  # the stored path: absolute, resolved
    sha256: str


def _parse(job: _Job, classify: bool) -> DocumentRecord | str:
    """The document's rows, or the problem as one line (run in a worker process)."""
    from uprkit.errors import UprkitError
    from uprkit.parse import parse_file

    try:
        report = parse_file(job.path)
        if classify:
            from uprkit.classify.report_labels import label_report

            label_report(report)
    except UprkitError as exc:
        return exc.message
    except MemoryError:
        return "out of memory while parsing"
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
        return f"could not be parsed ({type(exc).__name__}: {exc})"
    return record_from_report(
        report, path=job.key, sha256=job.sha256, parsed_at=datetime.now(UTC).isoformat(timespec="seconds")
    )


def _parsed(jobs: Sequence[_Job], workers: int, classify: bool) -> Iterator[tuple[_Job, DocumentRecord | str]]:
    """Each job with its result, in completion order (in this process where ``workers`` is 1)."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield job, _parse(job, classify)
        return
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        pending = iter(jobs)
        running: dict[Future[DocumentRecord | str], _Job] = {}
        for job in pending:  # keep a few jobs per worker queued, not the whole list (memory, interruption)
            running[pool.submit(_parse, job, classify)] = job
            if len(running) >= 3 * workers:
                break
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in done:
                job = running.pop(fut)
                nxt = next(pending, None)
                if nxt is not None:
                    running[pool.submit(_parse, nxt, classify)] = nxt
                try:
                    result = fut.result()
                except Exception as exc:  # noqa: BLE001 - a crashed worker fails its file, not the run
                    result = f"could not be parsed ({type(exc).__name__}: {exc})"
                yield job, result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def index_paths(
    store: StoreBackend,
    paths: Iterable[Path],
    *,
    jobs: int = 2,
    force: bool = False,
    classify: bool = False,
    progress: Progress | None = None,
    on_start: Callable[[int], None] | None = None,
) -> IndexResult:
    """Index every file under ``paths`` into ``store`` (see the module docstring); never stops at a bad file.

    ``force`` re-parses unchanged files; ``classify`` adds classifier labels (themes, issues, actions);
    ``on_start`` is told how many files there are, ``progress`` of each file as it is done.
    """
    result = IndexResult()
    files, missing = collect_files(paths)
    if on_start is not None:
        on_start(len(files) + len(missing))

    def done(path: Path, status: Status, problem: str | None = None) -> None:
        if status == "failed":
            result.failed.append((path, problem or "failed"))
        else:
            (result.indexed if status == "indexed" else result.unchanged).append(path)
        if progress is not None:
            progress(path, status)

    for path, problem in missing:
        done(path, "failed", problem)
    stored = store.fingerprints()
    todo: list[_Job] = []
    for path in files:
        key = str(path.resolve())
        try:
            digest = file_sha256(path)
        except OSError as exc:
            done(path, "failed", f"cannot read ({exc.strerror or exc})")
            continue
        if not force and stored.get(key) == (digest, PARSER_VERSION):
            done(path, "unchanged")
        else:
            todo.append(_Job(path, key, digest))
    workers = max(1, min(jobs, os.cpu_count() or 1))
    if workers > 1:  # largest first: no worker is left with one long file at the end
        todo.sort(key=lambda j: -j.path.stat().st_size)
    for job, parsed in _parsed(todo, workers, classify):
        if isinstance(parsed, str):
            done(job.path, "failed", parsed)
        else:
            store.replace_document(parsed)
            done(job.path, "indexed")
    return result
