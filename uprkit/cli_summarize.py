"""``uprkit summarize``, ``uprkit verify`` and ``uprkit bench roundtrip``: thin commands over uprkit.summarize."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from uprkit.cli import _error, _warn, app, bench_app, err
from uprkit.errors import UprkitError
from uprkit.summarize import DEFAULT_LIMIT_WORDS


class SummaryFormat(StrEnum):
    docx = "docx"
    md = "md"
    html = "html"
    json = "json"


_SUFFIX = {".docx": SummaryFormat.docx, ".md": SummaryFormat.md, ".html": SummaryFormat.html,
           ".htm": SummaryFormat.html, ".json": SummaryFormat.json}


@app.command("summarize")
def summarize_cmd(
    submissions: Annotated[Path, typer.Argument(help="Folder of stakeholder submissions (PDF, DOCX, text, HTML).")],
    country: Annotated[str, typer.Option(help="The State under review: ISO alpha-3 code (KAZ) or UN name.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The draft to write (its suffix gives the format unless --format).")],
    session: Annotated[int | None, typer.Option(help="Working Group session (gives the cycle and the symbol).")] = None,
    stakeholders: Annotated[
        Path | None,
        typer.Option(help="Stakeholder manifest CSV: abbreviation, name, kind, members, location, file "
                     "(default: stakeholders.csv in the folder, else guessed from the files)."),
    ] = None,
    limit_words: Annotated[
        int, typer.Option(min=100, help="Word limit of the body, endnotes excluded (default: 5,350, the summary's ten "
                          "pages at 535 words a page).")
    ] = DEFAULT_LIMIT_WORDS,
    no_limit: Annotated[
        bool, typer.Option("--no-limit", help="Draft every point, with no word limit (to review all there is).")
    ] = False,
    fmt: Annotated[SummaryFormat | None, typer.Option("--format", "-f", help="docx, md, html or json.")] = None,
    also_json: Annotated[
        bool, typer.Option("--json-too/--no-json-too", help="Also write the JSON with provenance beside the draft.")
    ] = True,
    previous_outcome: Annotated[
        str | None,
        typer.Option(help="Cycle 4: the outcome documents of the previous review, cited in the opening endnote "
                     "(e.g. 'A/HRC/43/15 and the addendum A/HRC/43/15/Add.1, and A/HRC/43/2')."),
    ] = None,
) -> None:
    """Draft the Summary of stakeholders' submissions: every sentence attributed and endnoted, within the limit.

    A submission that cannot be read is named on stderr and in the draft's "not included" list; the draft is
    still written from the others (exit code 1 then). An empty folder is an error.
    """
    from uprkit.render.summary import render_summary
    from uprkit.summarize.draft import DraftOptions, draft_summary

    chosen = fmt or _SUFFIX.get(out.suffix.lower())
    if chosen is None:
        _error(str(out), "cannot tell the format from the suffix: give --format docx|md|html|json")
        raise typer.Exit(code=1)
    try:
        with err.status("drafting…", spinner="dots") if err.is_terminal else _nullcontext():
            summary = draft_summary(
                submissions, DraftOptions(
                    country=country, session=session, limit_words=None if no_limit else limit_words,
                    previous_outcome=previous_outcome,
                ), manifest=stakeholders
            )
        written = render_summary(summary, chosen.value, out)  # type: ignore[arg-type]
        extra = None
        if also_json and chosen is not SummaryFormat.json:
            extra = written.with_suffix(".json")
            render_summary(summary, "json", extra)
    except UprkitError as exc:
        _error(exc.path or str(submissions), exc.message)
        raise typer.Exit(code=1) from exc
    for w in summary.warnings:
        _warn(str(submissions), w.message)
    from uprkit.summarize.stakeholder_guess import looks_like_nhri

    for st in summary.stakeholders:
        if st.guessed:
            what = ", ".join(f"{field} {_guessed_value(st, field)}" for field in st.guessed)
            err.print(f"Guessed: {', '.join(st.files)}: {what} (give --stakeholders to say otherwise)",
                      markup=False, highlight=False, soft_wrap=True)
            if st.kind != "nhri" and looks_like_nhri(st):
                err.print(f"Note: {', '.join(st.files)}: {st.abbreviation} looks like a national human rights "
                          "institution but does not say it is accredited: if it has A status, give it kind "
                          "'nhri' in --stakeholders so that it gets the section of its own",
                          markup=False, highlight=False, soft_wrap=True)
            elif st.kind == "nhri" and "status" in st.guessed:
                err.print(f"Note: {', '.join(st.files)}: {st.abbreviation} says it is a national human rights "
                          f"institution accredited with {st.status} status"
                          + (": it has the section of its own" if st.status == "A" else ": only an A-status one has "
                             "a section of its own"),
                          markup=False, highlight=False, soft_wrap=True)
    for miss in summary.not_included:
        _error(miss.file, f"not included: {miss.reason}")
    sentences = sum(1 for s in summary.iter_sentences() if s.stakeholders)
    limit = f" (limit {summary.word_limit})" if summary.word_limit else ""
    err.print(
        f"{summary.submission_count} submission{'' if summary.submission_count == 1 else 's'}, {sentences} attributed sentences, {len(summary.endnotes)} endnotes, "
        f"{summary.word_count} words{limit} → {written}" + (f" and {extra}" if extra else ""),
        markup=False, highlight=False,
    )
    if summary.not_included:
        raise typer.Exit(code=1)


def _guessed_value(st: object, field: str) -> str:
    value = getattr(st, field, None)
    if isinstance(value, list):
        return "[" + "; ".join(str(v) for v in value) + "]"
    return repr(value)


class _nullcontext:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *args: object) -> None:
        return None


@app.command("verify")
def verify_cmd(
    draft: Annotated[Path, typer.Argument(help="A draft's JSON (from uprkit summarize).")],
    submissions: Annotated[Path, typer.Argument(help="The folder of submissions it was drafted from.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Re-check faithfulness: every sentence's content words come from the cited span of every credited stakeholder.

    Lists every sentence that fails; exit code 1 if any does.
    """
    from uprkit.summarize.verify import verify_draft

    try:
        result = verify_draft(draft, submissions)
    except UprkitError as exc:
        _error(exc.path or str(draft), exc.message)
        raise typer.Exit(code=1) from exc
    if as_json:
        payload = {
            "sentences": result.sentences, "faithful": result.faithful, "faithfulness": result.faithfulness,
            "failures": [{"sentence": f.sentence, "stakeholder": f.stakeholder, "problem": f.problem} for f in result.failures],
        }
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    else:
        console = Console(highlight=False)
        for f in result.failures:
            console.print(f"FAIL {f.stakeholder or ''}: {f.problem}\n     {f.sentence}", markup=False)
        console.print(f"{result.faithful} of {result.sentences} attributed sentences faithful "
                      f"({100 * result.faithfulness:.1f} %)", markup=False)
    if result.failures:
        raise typer.Exit(code=1)


@bench_app.command("roundtrip")
def bench_roundtrip_cmd(
    summaries: Annotated[
        list[Path] | None,
        typer.Argument(help="Published /3 summaries (default: every /3 under --data and the Kazakhstan summary)."),
    ] = None,
    data: Annotated[Path, typer.Option(help="Folder searched for /3 texts when no file is given.")] = Path("../shared/data"),
    corpus: Annotated[Path, typer.Option(help="Folder with the Kazakhstan summary.")] = Path("../shared/corpus"),
    keep: Annotated[
        Path | None, typer.Option(help="Leave the pseudo-submissions, manifest and draft JSON here, one folder each.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print {documents: [...], mean: {...}} as JSON.")] = False,
) -> None:
    """Rebuild pseudo-submissions from published summaries, draft them again and score the drafts."""
    from rich.table import Table

    from uprkit.bench.roundtrip import default_summaries, run

    files = list(summaries) if summaries else default_summaries(data, corpus)
    if not files:
        _error(str(data), "no /3 summaries found (give files or --data)")
        raise typer.Exit(code=1)
    result = run(files, keep=keep, data=data if data.is_dir() else None)
    documents = result["documents"]
    assert isinstance(documents, list)
    for d in documents:
        for message in d.get("warnings", []):
            _warn(str(d["file"]), message)  # the scores are against this parse: its errors would not show
    if as_json:
        docs = [{k: v for k, v in d.items() if k not in ("failures", "warnings")} for d in documents]
        sys.stdout.write(json.dumps({"documents": docs, "mean": result["mean"]}, indent=2, ensure_ascii=False) + "\n")
        return
    table = Table("file", "faithful", "attr. P", "attr. R", "locator", "locator (single)", "heading", "ROUGE-L",
                  "merge R", "words / limit", title="Round trip: published summary → pseudo-submissions → draft")

    def f(v: object) -> str:
        return f"{v:.3f}" if isinstance(v, float) else ("–" if v is None else str(v))

    for d in documents:
        if "error" in d:
            table.add_row(d["file"], d["error"], *[""] * 9)
            continue
        table.add_row(
            d["file"], f(d["faithfulness"]), f(d["attribution_precision"]), f(d["attribution_recall"]),
            f(d["locator_exact"]), f(d["locator_exact_single"]), f(d["heading_accuracy"]), f(d["rougeL_f1"]),
            f(d["merge_recall"]), f"{d['words']} / {d['limit']}",
        )
    mean = result["mean"]
    assert isinstance(mean, dict)
    table.add_row(
        "mean", f(mean["faithfulness"]), f(mean["attribution_precision"]), f(mean["attribution_recall"]),
        f(mean["locator_exact"]), f(mean["locator_exact_single"]), f(mean["heading_accuracy"]), f(mean["rougeL_f1"]),
        f(mean["merge_recall"]), "held" if mean["limit_held"] else "EXCEEDED",
    )
    Console(highlight=False).print(table)
