"""Rendering a :class:`~uprkit.model.ParsedReport` as JSON, Markdown or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO

from uprkit.model import SCHEMA_VERSION, ParsedReport

#: The JSON Schema of ``uprkit parse --format json``, shipped in the package.
SCHEMA_RESOURCE = f"schema/parsed-report-{SCHEMA_VERSION}.schema.json"

CSV_COLUMNS = [
    "file",
    "symbol",
    "country",
    "session",
    "cycle",
    "kind",
    "paragraph",
    "headings",
    "statement",
    "sources",
    "verb",
    "act",
    "endnotes",
    "citations",
    "page",
    "start",
    "end",
    "text",
]


def report_json(report: ParsedReport, indent: int | None = 2) -> str:
    return report.model_dump_json(indent=indent)


def report_markdown(report: ParsedReport) -> str:
    out: list[str] = []
    title = report.title or report.symbol or report.source_path or "Document"
    out.append(f"# {title}")
    out.append("")
    facts = [
        ("Symbol", report.symbol),
        ("Country", f"{report.country_name} ({report.country})" if report.country_name else report.country),
        ("Session", report.session),
        ("Cycle", report.cycle),
        ("Kind", report.kind),
        ("Language", report.language),
        ("Submissions stated", report.stated_submission_count),
        ("Paragraphs", len(report.paragraphs)),
        ("Endnotes", len(report.endnotes)),
    ]
    for label, value in facts:
        if value is not None:
            out.append(f"- **{label}:** {value}")
    out.append("")
    known = {n.number for n in report.endnotes}
    if report.introduction is not None:
        out.append("## Introduction")
        out.append("")
        out.append(_with_notes(report.introduction.text, [n for n in report.introduction.endnotes if n in known]))
        out.append("")
    by_heading: dict[int, list[int]] = {}
    heading_pos = [(h.start, i) for i, h in enumerate(report.headings)]
    for pi, p in enumerate(report.paragraphs):
        owner = None
        for start, hi in heading_pos:
            if start <= p.start:
                owner = hi
        by_heading.setdefault(owner if owner is not None else -1, []).append(pi)
    for pi in by_heading.get(-1, []):
        out.extend(_paragraph_md(report, pi))
    for hi, h in enumerate(report.headings):
        out.append("#" * min(6, h.level + 1) + " " + h.text + _note_refs(n for n in h.endnotes if n in known))
        out.append("")
        for pi in by_heading.get(hi, []):
            out.extend(_paragraph_md(report, pi))
    if report.stakeholders:
        out.append("## Stakeholders")
        out.append("")
        out.append("| Abbreviation | Name | Kind | Members |")
        out.append("|---|---|---|---|")
        for s in report.stakeholders:
            members = "; ".join(s.members)
            note = "" if s.counted else " (attachment)"
            out.append(f"| {_cell(s.abbreviation)} | {_cell(s.name or '')}{note} | {s.kind} | {_cell(members)} |")
        out.append("")
    if report.endnotes:
        out.append("## Notes")
        out.append("")
        for n in report.endnotes:
            out.append(f"[^{n.number}]: {n.text}")
        out.append("")
    if report.warnings:
        out.append("## Warnings")
        out.append("")
        for w in report.warnings:
            out.append(f"- `{w.code}`: {w.message}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def _note_refs(numbers: Iterable[int]) -> str:
    return "".join(f"[^{n}]" for n in numbers)


def _with_notes(text: str, notes: list[int]) -> str:
    return text + (" " + _note_refs(notes) if notes else "")


def _paragraph_md(report: ParsedReport, index: int) -> list[str]:
    p = report.paragraphs[index]
    known = {n.number for n in report.endnotes}
    lines = [f"{p.number}. {_with_notes(p.text, [n for n in p.endnotes if n in known])}"]
    if p.sources:
        lines.append(f"   *Credited:* {', '.join(p.sources)}")
    lines.append("")
    return lines


def report_csv_rows(report: ParsedReport) -> Iterator[dict[str, object]]:
    notes = {n.number: n for n in report.endnotes}
    for p in report.paragraphs:
        for i, st in enumerate(p.statements, start=1):
            cits = []
            for n in st.endnotes:
                note = notes.get(n)
                if note is None:
                    continue
                for c in note.citations:
                    cits.append(f"{c.resolved or c.source}{', ' + c.locator if c.locator else ''}")
            yield {
                "file": report.source_path,
                "symbol": report.symbol,
                "country": report.country,
                "session": report.session,
                "cycle": report.cycle,
                "kind": report.kind,
                "paragraph": p.number,
                "headings": " > ".join(p.headings),
                "statement": i,
                "sources": "; ".join(st.sources),
                "verb": st.verb or "",
                "act": st.act,
                "endnotes": " ".join(str(n) for n in st.endnotes),
                "citations": "; ".join(cits),
                "page": p.page if p.page is not None else "",
                "start": st.start,
                "end": st.end,
                "text": st.text,
            }


def write_csv(reports: Iterable[ParsedReport], stream: IO[str], header: bool = True) -> int:
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    if header:
        writer.writeheader()
    rows = 0
    for r in reports:
        for row in report_csv_rows(r):
            writer.writerow(row)
            rows += 1
    return rows


def report_csv(report: ParsedReport) -> str:
    buf = io.StringIO()
    write_csv([report], buf)
    return buf.getvalue()


def schema_json() -> str:
    return json.dumps(ParsedReport.model_json_schema(), indent=2, ensure_ascii=False) + "\n"
