"""``uprkit classify`` and ``uprkit bench classify``: thin commands over uprkit.classify."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from uprkit.cli import _error, _warn, app, bench_app

if TYPE_CHECKING:
    from uprkit.classify.inputs import TextSource


class ClassifyFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


@app.command("classify")
def classify_cmd(
    inputs: Annotated[list[str], typer.Argument(help="Texts, or files holding one text per line ('-' for stdin).")],
    fmt: Annotated[ClassifyFormat, typer.Option("--format", "-f", help="table, json (a list) or jsonl.")] = ClassifyFormat.table,
    cycle: Annotated[
        int | None, typer.Option(min=1, max=4, help="Also give the heading path in this cycle's outline.")
    ] = None,
    as_text: Annotated[
        bool, typer.Option("--text", help="Read every argument as a text, never as a file name.")
    ] = False,
) -> None:
    """Label recommendations or statements: UPR Info action category and issues, guideline heading, affected
    groups and instruments, each with a confidence and the words that drove it.

    An argument naming an existing file is read as one text per line (every line, empty ones included: an
    empty line gets an object with "action" and "heading" null and no labels); with --format jsonl one JSON
    object per line is printed, in input order, as the texts are classified. An argument that looks like a
    file name but names no file, a folder, or a file that is not plain text (PDF, Word, binary) is an error.
    """
    from uprkit.classify.inputs import resolve_sources
    from uprkit.classify.labels import classify_stream
    from uprkit.errors import ReadError

    try:
        sources = resolve_sources(inputs, as_text=as_text)
        results = classify_stream(_texts(sources), cycle=cycle)
        if fmt is ClassifyFormat.jsonl:
            for r in results:
                sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        elif fmt is ClassifyFormat.json:
            sys.stdout.write(json.dumps(list(results), indent=2, ensure_ascii=False) + "\n")
        else:
            console = Console(highlight=False)
            for r in results:
                _print_table(console, r)
    except ReadError as exc:
        sys.stdout.flush()
        _error(exc.path or "-", exc.message)
        raise typer.Exit(code=1) from exc


def _texts(sources: list[TextSource]) -> Iterator[str]:
    from uprkit.classify.inputs import STDIN, is_utf8, read_lines, stdin_lines

    for source in sources:
        if source.text is not None:
            yield source.text
        elif source.path == STDIN:
            yield from stdin_lines(sys.stdin.buffer)
        elif source.path is not None:
            lines, encoding = read_lines(source.path)
            if not is_utf8(encoding):
                _warn(source.path, f"not UTF-8: read as {encoding}")
            yield from lines


def _print_table(console: Console, r: dict[str, Any]) -> None:
    from rich.table import Table

    if r["action"] is None:
        console.print(f"{r['text'] or '(empty line)'}: no labels")
        return
    table = Table("label", "value", "confidence", "why", title=r["text"][:160], title_justify="left", show_lines=False)
    why = r["explanation"]
    table.add_row("action", r["action"]["label"], f"{r['action']['confidence']:.2f}", ", ".join(why["action"][:6]))
    for i in r["issues"]:
        table.add_row("issue", i["label"], f"{i['confidence']:.2f}", ", ".join(why["issues"].get(i["label"], [])[:6]))
    h = r["heading"]
    table.add_row("heading", h["theme"] + (f"  ({' › '.join(h['path'])})" if h.get("path") else ""),
                  f"{h['confidence']:.2f}", ", ".join(why["heading"][:6]))
    for g in r["groups"]:
        table.add_row("group", g["name"], f"{g['confidence']:.2f}", ", ".join(g["words"]))
    for m in r["instruments"]:
        table.add_row("instrument", f"{m['code']} ({m['name']})", f"{m['confidence']:.2f}", m["text"])
    console.print(table)


@bench_app.command("classify")
def bench_classify_cmd(
    data: Annotated[Path, typer.Option(help="The shared data folder (holding uprs/ and the /3 summaries).")] = Path(
        "../shared/data"
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print every figure as JSON.")] = False,
) -> None:
    """Action category and issues on UPR Info sessions 17–20 (shipped model, trained on sessions 1–16), heading
    placement leave-one-document-out over every /3, and the speed of the model alone and of the whole
    classify pipeline (run under `taskset -c 0` for one core)."""
    from uprkit.bench import classify_headings, classify_pipeline, classify_recommendations

    if not data.is_dir():
        _error(str(data), "no such folder (give --data)")
        raise typer.Exit(code=1)
    recs = classify_recommendations.run(data)
    pipeline = classify_pipeline.run(data)
    heads = classify_headings.run(data)
    if as_json:
        doc = {"recommendations": recs, "pipeline": pipeline, "headings": heads}
        sys.stdout.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
        return
    sys.stdout.write(classify_recommendations.format_markdown(recs) + "\n")
    sys.stdout.write(classify_pipeline.format_markdown(pipeline, recs["speed"]) + "\n")
    sys.stdout.write(classify_headings.format_markdown(heads) + "\n")
