"""``uprkit index``, ``uprkit import upr-info`` and ``uprkit search``: thin commands over uprkit.store."""

from __future__ import annotations

import csv
import json
import sys
import time
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from uprkit.cli import _error, app, err
from uprkit.cli_options import DbOption
from uprkit.errors import UprkitError

if TYPE_CHECKING:  # imported lazily: `uprkit --help` stays fast
    from rich.text import Text

    from uprkit.store import SearchHit, Store

import_app = typer.Typer(help="Import data from other sources into the database.", no_args_is_help=True)
app.add_typer(import_app, name="import")



def _open(db: str | None, *, must_exist: bool = False) -> Store:
    from uprkit.store import default_db_path, is_postgres_url, open_store

    if db is not None and is_postgres_url(db):
        target: str | Path = db
    else:
        target = Path(db) if db is not None else default_db_path()
        if must_exist and not target.exists():
            _error(str(target), "no database here (create one with `uprkit index PATH...`, or give --db)")
            raise typer.Exit(code=1)
    try:
        return open_store(target)
    except UprkitError as exc:
        _error(exc.path or str(target), exc.message)
        raise typer.Exit(code=1) from exc


@app.command("index")
def index_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched for .txt .pdf .docx .html).")],
    db: DbOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Parse in this many processes.")] = 2,
    force: Annotated[bool, typer.Option("--force", help="Re-parse files even where they are unchanged.")] = False,
    classify: Annotated[
        bool, typer.Option("--classify", help="Store classifier labels (themes, UPR Info issues and actions).")
    ] = False,
) -> None:
    """Parse documents into the database for `uprkit search`. Unchanged files (same sha256) are skipped without
    parsing; a changed file replaces its old rows; each document is written in its own transaction, so an
    interrupted run keeps what it stored and a new run resumes. A bad file is reported as
    `Error: <file>: <problem>` and the others go on (exit code 1)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from uprkit.store import index_paths

    store = _open(db)
    t0 = time.perf_counter()
    with Progress(
        TextColumn("[bold]index"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}"), console=err, disable=not err.is_terminal, transient=True,
    ) as progress:
        task = progress.add_task("", total=None)

        def started(total: int) -> None:
            progress.update(task, total=total)

        def advanced(path: Path, status: str) -> None:
            progress.update(task, advance=1, description=path.name)

        try:
            result = index_paths(
                store, paths, jobs=jobs, force=force, classify=classify, progress=advanced, on_start=started
            )
        finally:
            store.close()
    for path, problem in result.failed:
        _error(str(path), problem)
    seconds = time.perf_counter() - t0
    typer.echo(
        f"{len(result.indexed)} indexed, {len(result.unchanged)} unchanged, {len(result.failed)} failed "
        f"in {seconds:.1f} s: {store.location}"
    )
    if result.failed:
        raise typer.Exit(code=1)


@import_app.command("upr-info")
def import_upr_info_cmd(
    files: Annotated[list[Path], typer.Argument(help="UPR Info export CSV files (To, Text, From, Response, ...).")],
    db: DbOption = None,
) -> None:
    """Import UPR Info database export rows (each row once: re-importing adds nothing) and link each to the
    parsed recommendation of the same State under review and session with the same or a similar text."""
    from uprkit.store import StoreError, import_upr_info

    store = _open(db)
    failures = 0
    totals = [0, 0, 0, 0, 0]
    try:
        for path in files:
            try:
                r = import_upr_info(store, [path])
            except StoreError as exc:
                _error(exc.path or str(path), exc.message)
                failures += 1
                continue
            for i, value in enumerate((r.rows_read, r.inserted, r.already_stored, r.linked, r.unlinked)):
                totals[i] += value
    finally:
        store.close()
    rows, inserted, stored, linked, unlinked = totals
    typer.echo(
        f"{rows} rows read, {inserted} new, {stored} already stored; in the State/session groups with new rows "
        f"{linked} linked to a parsed recommendation, {unlinked} not: {store.location}"
    )
    if failures:
        raise typer.Exit(code=1)


class SearchFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


EXPORT_COLUMNS = (
    "what", "symbol", "kind", "country", "session", "cycle", "number", "snippet", "text", "detail", "position",
    "score", "path", "id",
)
TABLE_LIMIT = 20
_MARKS = ("\x02", "\x03")


def _styled(snippet: str) -> Text:
    from rich.text import Text

    text = Text()
    bold = False
    for piece in snippet.replace(_MARKS[1], _MARKS[0]).split(_MARKS[0]):
        text.append(piece, style="bold reverse" if bold else None)
        bold = not bold
    return text


def _print_table(hits: Iterator[SearchHit]) -> int:
    from rich.table import Table

    table = Table(show_lines=False)
    for name in ("what", "symbol", "country", "no."):
        table.add_column(name, no_wrap=True)
    table.add_column("kind", max_width=14, overflow="fold")
    table.add_column("match", ratio=1)
    n = 0
    for h in hits:
        table.add_row(h.what, h.symbol or "", h.country or "", h.number or "", h.kind or "", _styled(h.snippet))
        n += 1
    Console(highlight=False).print(table)
    return n


def _write_export(hits: Iterator[SearchHit], fmt: SearchFormat) -> None:
    """Stream every hit to stdout (no list is built: memory stays flat for any number of rows)."""
    out = sys.stdout
    if fmt is SearchFormat.csv:
        writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for h in hits:
            writer.writerow(h.as_dict())
    elif fmt is SearchFormat.jsonl:
        for h in hits:
            out.write(json.dumps(h.as_dict(), ensure_ascii=False) + "\n")
    else:
        n = 0
        out.write("[")
        for n, h in enumerate(hits, 1):
            out.write(("\n  " if n == 1 else ",\n  ") + json.dumps(h.as_dict(), ensure_ascii=False))
        out.write("\n]\n" if n else "]\n")


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help='Words, "phrases", prefix*, AND / OR / NOT (any case), ( ).')],
    country: Annotated[str | None, typer.Option(help="State under review: ISO code (KAZ) or name.")] = None,
    cycle: Annotated[int | None, typer.Option(min=1, help="UPR cycle.")] = None,
    session: Annotated[int | None, typer.Option(min=1, help="Working Group session.")] = None,
    kind: Annotated[
        str | None, typer.Option(help="Document kind (stakeholder_summary, compilation, national_report, "
                                      "wg_report, wg_report_addendum, submission) or upr-info.")
    ] = None,
    source: Annotated[
        str | None, typer.Option(help="Credited stakeholder (abbreviation) or recommending State (name or code).")
    ] = None,
    theme: Annotated[str | None, typer.Option(help="Theme label, or words of the heading path.")] = None,
    issue: Annotated[str | None, typer.Option(help="UPR Info issue (recommendations, UPR Info rows).")] = None,
    action: Annotated[str | None, typer.Option(help="UPR Info action category (1-5).")] = None,
    position: Annotated[str | None, typer.Option(help="supported, noted, pending or rejected.")] = None,
    targets: Annotated[
        list[str] | None,
        typer.Option("--in", help="Search only these (repeatable): paragraph, statement, recommendation, upr-info "
                                  "(default: paragraph, recommendation, upr-info; statement instead of paragraph "
                                  "with --theme)."),
    ] = None,
    fmt: Annotated[SearchFormat, typer.Option("--format", "-f", help="table, or an export: csv, json, jsonl.")] = (
        SearchFormat.table
    ),
    limit: Annotated[
        int | None, typer.Option(min=1, help=f"At most this many rows (table: {TABLE_LIMIT}; exports: all).")
    ] = None,
    facets: Annotated[bool, typer.Option("--facets", help="Print match counts by kind, country, cycle, "
                                                          "position and action under the table.")] = False,
    db: DbOption = None,
) -> None:
    """Full-text search of the indexed paragraphs, statements, recommendations and UPR Info rows, best match
    first (bm25), with the matched words marked. English stemming (torture finds tortured), and irregular
    plurals (women finds woman, children finds child). A malformed query gives `Error: search: <problem>`."""
    from uprkit.store import QueryError, make_filters

    try:
        filters = make_filters(
            country=country, cycle=cycle, session=session, kind=kind, source=source, theme=theme, issue=issue,
            action=action, position=position, targets=targets,
        )
    except QueryError as exc:
        _error("search", exc.message)
        raise typer.Exit(code=1) from exc
    store = _open(db, must_exist=True)
    try:
        if fmt is SearchFormat.table:
            cap = limit or TABLE_LIMIT
            hits = store.search(query, filters, limit=cap, marks=_MARKS)
            first = next(hits, None)  # raises QueryError before the table starts
            shown = _print_table(_chain(first, hits))
            if facets or shown == cap:  # counting every match costs a second query: only when it tells more
                counts = store.facets(query, filters)
                _print_counts(shown, counts.total, counts.by if facets else None)
            else:
                _print_counts(shown, shown, None)
        else:
            hits = store.search(query, filters, limit=limit)
            first = next(hits, None)
            _write_export(_chain(first, hits), fmt)
    except QueryError as exc:
        _error("search", exc.message)
        raise typer.Exit(code=1) from exc
    finally:
        store.close()


def _chain(first: SearchHit | None, rest: Iterator[SearchHit]) -> Iterator[SearchHit]:
    if first is not None:
        yield first
        yield from rest


def _print_counts(shown: int, total: int, by: dict[str, list[tuple[str, int]]] | None) -> None:
    console = Console(highlight=False)
    console.print(f"{shown} of {total} matches shown" if total else "no matches", markup=False)
    for name, values in (by or {}).items():
        console.print(f"{name}: " + ", ".join(f"{v} {n}" for v, n in values[:15]), markup=False)
