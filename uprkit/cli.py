"""The ``uprkit`` command line: thin commands over the library."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from uprkit import __version__
from uprkit.errors import UprkitError
from uprkit.model import ParsedReport

app = typer.Typer(
    name="uprkit",
    help="Read, parse and search UN Universal Periodic Review documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)


class ParseFormat(StrEnum):
    json = "json"
    md = "md"
    csv = "csv"


_EXT = {ParseFormat.json: ".json", ParseFormat.md: ".md", ParseFormat.csv: ".csv"}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"uprkit {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """uprkit: parse UPR documents into a structured, attributed model."""


def _error(path: str, message: str) -> None:
    err.print(f"Error: {path}: {message}", markup=False, soft_wrap=True)


def _warn(path: str, message: str) -> None:
    err.print(f"Warning: {path}: {message}", markup=False, soft_wrap=True)


def parse_paths(paths: list[Path], quiet: bool) -> tuple[list[tuple[Path, ParsedReport]], int]:
    """Parse each file; report errors and warnings on stderr; never stop at a bad file."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from uprkit.parse import parse_file

    results: list[tuple[Path, ParsedReport]] = []
    failures = 0
    show = len(paths) > 1 and err.is_terminal and not quiet
    with Progress(
        TextColumn("[bold]parse"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        disable=not show,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=len(paths))
        for path in paths:
            progress.update(task, description=path.name)
            try:
                report = parse_file(path)
            except UprkitError as exc:
                _error(str(path), exc.message)
                failures += 1
            except MemoryError:
                _error(str(path), "out of memory while parsing")
                failures += 1
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
                _error(str(path), f"could not be parsed ({type(exc).__name__}: {exc})")
                failures += 1
            else:
                if not quiet:
                    for w in report.warnings:
                        _warn(str(path), w.message)
                results.append((path, report))
            progress.advance(task)
    return results, failures


def _expand(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and not q.name.startswith(".")))
        else:
            out.append(p)
    return out


@app.command("parse")
def parse_cmd(
    files: Annotated[list[Path], typer.Argument(help="UPR documents (PDF, DOCX, HTML or text) or folders of them.")],
    fmt: Annotated[ParseFormat, typer.Option("--format", "-f", help="Output format.")] = ParseFormat.json,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Write one output file per input into this folder instead of stdout."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print parse warnings.")] = False,
    classify: Annotated[
        bool,
        typer.Option("--classify", help="Add `labels` to every statement and recommendation (see `uprkit classify`)."),
    ] = False,
) -> None:
    """Parse UPR documents into the structured model (JSON contract, Markdown outline or CSV of statements).

    Every problem is reported as `Error: <file>: <problem>` on stderr; the other files are still written and
    the exit code is 1. Parse warnings (count mismatches, numbering gaps, unlisted sources) go to stderr as
    `Warning: <file>: <message>` and into the JSON `warnings` list.
    """
    from uprkit.render.report import report_json, report_markdown, write_csv

    paths = _expand(files)
    results, failures = parse_paths(paths, quiet)
    if classify:
        from uprkit.classify.report_labels import label_report

        for _, report in results:
            label_report(report)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        used: set[str] = set()
        for path, report in results:
            stem = path.stem
            name = stem + _EXT[fmt]
            k = 2
            while name in used:
                name = f"{stem}-{k}{_EXT[fmt]}"
                k += 1
            used.add(name)
            target = out / name
            with target.open("w", encoding="utf-8", newline="") as fh:
                if fmt is ParseFormat.json:
                    fh.write(report_json(report) + "\n")
                elif fmt is ParseFormat.md:
                    fh.write(report_markdown(report))
                else:
                    write_csv([report], fh)
    else:
        if fmt is ParseFormat.json:
            if len(paths) == 1 and len(results) == 1:
                sys.stdout.write(report_json(results[0][1]) + "\n")
            elif results:
                docs = [json.loads(report_json(r, indent=None)) for _, r in results]
                sys.stdout.write(json.dumps(docs, indent=2, ensure_ascii=False) + "\n")
        elif fmt is ParseFormat.md:
            sys.stdout.write("\n---\n\n".join(report_markdown(r) for _, r in results))
        else:
            write_csv([r for _, r in results], sys.stdout)
    if failures:
        raise typer.Exit(code=1)


class RecFormat(StrEnum):
    csv = "csv"
    json = "json"


@app.command("recommendations")
def recommendations_cmd(
    report: Annotated[Path, typer.Argument(help="Working Group report (A/HRC/<session>/<n>).")],
    addendum: Annotated[
        Path | None, typer.Argument(help="Its addendum (A/HRC/<session>/<n>/Add.1) with the State's positions.")
    ] = None,
    fmt: Annotated[RecFormat, typer.Option("--format", "-f", help="Output format.")] = RecFormat.csv,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings.")] = False,
) -> None:
    """One row per recommendation of a Working Group report: number, text, recommending States (with ISO codes),
    the group paragraph, and the final position (from the addendum where given; `pending` with a warning where
    the addendum leaves it open)."""
    from uprkit.recommendations import recommendations_csv, recommendations_json, recommendations_table

    try:
        table = recommendations_table(report, addendum)
    except UprkitError as exc:
        _error(exc.path or str(report), exc.message)
        raise typer.Exit(code=1) from exc
    if not quiet:
        for path, w in table.warnings:
            _warn(path, w.message)
    text = recommendations_json(table) if fmt is RecFormat.json else recommendations_csv(table)
    if out is not None:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    if not table.recommendations:
        _error(str(report), "no recommendations found (is it a Working Group report?)")
        raise typer.Exit(code=1)


@app.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of `uprkit parse --format json` output."""
    from uprkit.render.report import SCHEMA_RESOURCE

    sys.stdout.write(resources.files("uprkit").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8"))


@app.command("demo")
def demo_cmd(
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the parse outputs and the drafted summary.")] = Path(
        "uprkit-demo"
    ),
) -> None:
    """Parse the bundled 2009 OHCHR summary on Kazakhstan, then draft summaries from the bundled example submissions:
    Slovenia's (rebuilt from its published summary, with a manifest) and Uzbekistan's (made up, written as
    organizations write them, in PDF, DOCX and text, without a manifest)."""
    from rich.table import Table

    from uprkit.parse import parse_document
    from uprkit.read import read_bytes
    from uprkit.render.report import report_json, report_markdown, write_csv
    from uprkit.render.summary import SummaryFormat, render_summary
    from uprkit.summarize.draft import draft_summary
    from uprkit.summarize.example import example_folder, example_options, written_folder, written_options

    console = Console(highlight=False)
    name = "A_HRC_WG.6_7_KAZ_3.txt"
    data = resources.files("uprkit").joinpath(f"examples/{name}").read_bytes()
    report = parse_document(read_bytes(data, name))
    console.print(f"[bold]1. Parse[/bold]  {report.symbol}  {report.country_name or report.country}  "
                  f"session {report.session}, cycle {report.cycle}  ({report.kind})")
    console.print(
        f"{len(report.paragraphs)} numbered paragraphs, {len(report.headings)} headings, "
        f"{len(report.stakeholders)} stakeholders credited "
        f"(the introduction states {report.stated_submission_count} submissions)"
    )
    table = Table("¶", "heading", "credited", "acts", title="First paragraphs")
    for p in report.paragraphs[:8]:
        acts = ", ".join(sorted({s.act for s in p.statements}))
        table.add_row(str(p.number), ".".join(p.heading_labels), ", ".join(p.sources), acts)
    console.print(table)
    out.mkdir(parents=True, exist_ok=True)
    stem = Path(name).stem
    (out / f"{stem}.json").write_text(report_json(report) + "\n", encoding="utf-8")
    (out / f"{stem}.md").write_text(report_markdown(report), encoding="utf-8")
    with (out / f"{stem}.csv").open("w", encoding="utf-8", newline="") as fh:
        write_csv([report], fh)
    console.print(f"wrote {stem}.json, {stem}.md and {stem}.csv to {out}/")

    folder = example_folder()
    summary = draft_summary(folder, example_options())
    sentences = sum(1 for s in summary.iter_sentences() if s.stakeholders)
    console.print(
        f"\n[bold]2. Draft[/bold]  {summary.symbol}  from {summary.submission_count} example submissions "
        f"({folder}): {sentences} attributed sentences, {len(summary.endnotes)} endnotes, "
        f"{summary.word_count} words (limit {summary.word_limit})"
    )
    for sentence in [s for s in summary.iter_sentences() if s.stakeholders][:3]:
        console.print(f"  {sentence.text}  [dim][{sentence.endnote}][/dim]")
    formats: tuple[SummaryFormat, ...] = ("docx", "md", "html", "json")
    written = [render_summary(summary, fmt, out / f"summary-SVN-48.{fmt}") for fmt in formats]
    console.print("the drafted summary: " + ", ".join(str(w) for w in written))
    console.print(f"check it: uprkit verify {written[-1]} {folder}")

    # the same from submissions as organizations write them: Word, PDF and text, covers, footnotes, no manifest
    folder = written_folder()
    summary = draft_summary(folder, written_options())
    sentences = sum(1 for s in summary.iter_sentences() if s.stakeholders)
    guessed = ", ".join(f"{st.abbreviation} ({st.name})" if st.name else st.abbreviation for st in summary.stakeholders)
    console.print(
        f"\n[bold]3. Draft[/bold]  {summary.symbol}  from {summary.submission_count} made-up submissions written as "
        f"organizations write them (PDF, DOCX, text; no manifest: {folder}): stakeholders guessed from the files: "
        f"{guessed}; {sentences} attributed sentences, {len(summary.endnotes)} endnotes, {summary.word_count} words"
    )
    for sentence in [s for s in summary.iter_sentences() if s.stakeholders][:3]:
        console.print(f"  {sentence.text}  [dim][{sentence.endnote}][/dim]")
    written = [render_summary(summary, fmt, out / f"summary-UZB-30.{fmt}") for fmt in formats]
    console.print("the drafted summary: " + ", ".join(str(w) for w in written))
    console.print(f"check it: uprkit verify {written[-1]} {folder}")


bench_app = typer.Typer(help="Accuracy and speed benchmarks on the UN documents in ../shared/data.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")


@bench_app.command("parse")
def bench_parse_cmd(
    data: Annotated[Path, typer.Option(help="Folder of UN document texts (searched recursively).")] = Path(
        "../shared/data"
    ),
    key: Annotated[Path, typer.Option(help="Hand-made answer key for the Kazakhstan summary.")] = Path(
        "tests/data/kaz_answer_key.json"
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Parse quality (answer key, stakeholder counts, citation resolution) and speed over every /1, /2, /3 text."""
    from rich.table import Table

    from uprkit.bench.parse import run

    if not data.exists():
        _error(str(data), "no such folder (give --data)")
    result = run(data if data.exists() else None, key if key.exists() else None)
    if as_json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return
    console = Console(highlight=False)
    kaz = result.get("kaz")
    if isinstance(kaz, dict):
        console.print(
            f"Kazakhstan answer key: credited sources exact in {kaz['sources_exact']}/{kaz['paragraphs']} paragraphs, "
            f"heading paths {kaz['headings_exact']}/{kaz['paragraphs']}, endnote markers {kaz['endnotes_exact']}/"
            f"{kaz['paragraphs']}, stakeholders {kaz['stakeholders_found']}/{kaz['stakeholders_expected']}, "
            f"full names {kaz['names_exact']}/{kaz['names_expected']}"
        )
        for m in kaz["mismatches"]:
            console.print(f"  {m}")
    files = result.get("files")
    if isinstance(files, list):
        table = Table("file", "kind", "¶", "notes", "stated", "listed", "citations resolved", "warnings", "s")
        for f in files:
            cit = f"{f['resolved']}/{f['citations']}" if f["kind"] == "stakeholder_summary" else str(f["citations"])
            table.add_row(
                f["file"], f["kind"], str(f["paragraphs"]), str(f["endnotes"]), str(f["stated"] or ""),
                str(f["listed"] or ""), cit, str(f["warnings"]), f"{f['seconds']:.2f}",
            )
        console.print(table)
        console.print(result["summary"])
    if not result:
        raise typer.Exit(code=1)


@bench_app.command("recommendations")
def bench_recommendations_cmd(
    data: Annotated[Path, typer.Option(help="The shared data folder (holding uprs/).")] = Path("../shared/data"),
    reports: Annotated[
        Path | None,
        typer.Option(help="Folder of Working Group report texts (default: <data>/uprs/v.1/Data/raw-data/txts)."),
    ] = None,
    export: Annotated[
        Path | None, typer.Option(help="Folder of the UPR Info export CSVs (default: <data>/uprs/v.2/Data/CSVs).")
    ] = None,
    files: Annotated[
        list[str] | None, typer.Option("--file", help="Only this report file name (repeatable).")
    ] = None,
    jobs: Annotated[int, typer.Option(min=1, help="Parse in this many processes.")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures and every report's result as JSON.")] = False,
) -> None:
    """Working Group report recommendations against the UPR Info export: pair counts per report, recommending
    State and position on the export rows matched by text, and the time to parse every report."""
    from rich.table import Table

    from uprkit.bench.recommendations import run

    uprs = data / "uprs"
    reports_dir = reports if reports is not None else uprs / "v.1" / "Data" / "raw-data" / "txts"
    export_dir = export if export is not None else uprs / "v.2" / "Data" / "CSVs"
    missing = [p for p in (reports_dir, export_dir) if not p.is_dir()]
    for p in missing:
        _error(str(p), "no such folder (give --data, --reports or --export)")
    if missing:
        raise typer.Exit(code=1)
    result = run(data, reports=reports_dir, export=export_dir, files=files, jobs=jobs)
    if as_json:
        sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        return
    console = Console(highlight=False)
    s = result["summary"]
    assert isinstance(s, dict)

    def pct(value: object) -> str:
        return f"{100 * value:.1f} %" if isinstance(value, float) else "–"

    table = Table("figure", "result", "target", title="Recommendations against the UPR Info export")
    table.add_row(
        "reports within 5 % of the export's (recommendation, State) pair count",
        f"{s['count_hits']}/{s['reports_evaluated']} ({pct(s['count_hit_share'])})", "≥ 95 %",
    )
    table.add_row(
        f"export rows matched by text (similarity ≥ {s['match_threshold']})",
        f"{s['rows_matched']}/{s['rows']} ({s['rows_unmatched']} unmatched)", "",
    )
    table.add_row(
        "matched rows crediting the export's recommending State",
        f"{s['state_agree']}/{s['rows_matched']} ({pct(s['state_agreement'])})", "≥ 98 %",
    )
    table.add_row(
        "matched rows with a known position agreeing with the export",
        f"{s['position_agree']}/{s['position_known']} ({pct(s['position_agreement'])}); "
        f"{s['pending']} pending, {s['no_position']} without a position", "≥ 95 %",
    )
    table.add_row(
        f"parse time, {s['reports']} reports ({s['jobs']} process(es))", f"{s['parse_seconds']:.1f} s", "< 20 s"
    )
    console.print(table)
    misses = result["misses"]
    if isinstance(misses, list) and misses:
        mt = Table("report", "symbol", "State", "session", "ours", "export", "difference", title="Reports that miss")
        for m in misses:
            d = m["relative_difference"]
            mt.add_row(
                m["file"], m["symbol"] or "", m["country"] or "", str(m["session"]), str(m["ours"]),
                str(m["theirs"]), f"{100 * d:+.1f} %" if d is not None else "",
            )
        console.print(mt)
    for name, why in dict(s["reports_not_evaluated"]).items():
        console.print(f"not evaluated: {name}: {why}", markup=False)
    for name, why in dict(s["parse_errors"]).items():
        console.print(f"parse error: {name}: {why}", markup=False)


def main() -> None:
    app()


# commands defined in their own modules register themselves on ``app`` and ``bench_app``
from uprkit import cli_classify, cli_store, cli_summarize, cli_web  # noqa: E402, F401

if __name__ == "__main__":
    # run the imported module's app (``python -m uprkit.cli``), on which the other modules' commands registered
    from uprkit.cli import main as _main

    _main()
