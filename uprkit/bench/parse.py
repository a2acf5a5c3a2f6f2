"""``uprkit bench parse``: parse quality on the Kazakhstan answer key and the UN documents in shared/data,
and parse speed and peak memory over every text."""

from __future__ import annotations

import json
import re
import resource
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from uprkit.model import ParsedReport
from uprkit.parse import parse_document, parse_file
from uprkit.read import read_bytes

_DOC_NAME = re.compile(r"A_HRC_WG\.6_(\d+)_([A-Z]{3})_([123])(?:_Corr\.\d)?\.txt$")


@dataclass
class KeyScore:
    paragraphs: int
    sources_exact: int
    headings_exact: int
    endnotes_exact: int
    stakeholders_found: int
    stakeholders_expected: int
    names_exact: int
    names_expected: int
    mismatches: list[str] = field(default_factory=list)


def score_answer_key(report: ParsedReport, key: dict[str, object]) -> KeyScore:
    """Compare a parsed report with a hand-made answer key (tests/data/kaz_answer_key.json format)."""
    paras = key["paragraphs"]
    assert isinstance(paras, list)
    found = {p.number: p for p in report.paragraphs}
    src = head = notes = 0
    mism: list[str] = []
    for kp in paras:
        p = found.get(int(kp["number"]))
        if p is None:
            mism.append(f"paragraph {kp['number']} missing")
            continue
        if p.sources == kp["sources"]:
            src += 1
        else:
            mism.append(f"paragraph {p.number}: credited {p.sources}, key {kp['sources']}")
        head += p.heading_labels == kp["heading_labels"]
        notes += p.endnotes == kp["endnotes"]
    names = {s.abbreviation: s.name for s in report.stakeholders}
    key_st = key["stakeholders"]
    assert isinstance(key_st, list)
    expected_names = [s for s in key_st if s["name"]]
    return KeyScore(
        paragraphs=len(paras),
        sources_exact=src,
        headings_exact=head,
        endnotes_exact=notes,
        stakeholders_found=sum(1 for s in key_st if s["abbreviation"] in names),
        stakeholders_expected=len(key_st),
        names_exact=sum(1 for s in expected_names if names.get(s["abbreviation"]) == s["name"]),
        names_expected=len(expected_names),
        mismatches=mism,
    )


@dataclass
class FileResult:
    file: str
    kind: str
    paragraphs: int
    endnotes: int
    stated: int | None
    listed: int
    count_ok: bool
    count_warned: bool
    citations: int
    resolved: int
    attributed: int  # statements whose credited stakeholders are among those their endnotes cite
    attributable: int  # statements with at least one resolved (non "see also") citation
    warnings: int
    seconds: float


def data_files(data: Path) -> list[Path]:
    return sorted(p for p in data.rglob("*.txt") if _DOC_NAME.search(p.name))


def bench_files(files: list[Path]) -> tuple[list[FileResult], float]:
    results: list[FileResult] = []
    t_all = time.perf_counter()
    for f in files:
        t0 = time.perf_counter()
        r = parse_file(f)
        dt = time.perf_counter() - t0
        cits = [c for n in r.endnotes for c in n.citations]
        agree, total = attribution_agreement(r)
        listed = sum(1 for s in r.stakeholders if s.counted and s.origin == "list")
        results.append(
            FileResult(
                file=f.name,
                kind=r.kind,
                paragraphs=len(r.paragraphs),
                endnotes=len(r.endnotes),
                stated=r.stated_submission_count,
                listed=listed,
                count_ok=r.stated_submission_count == listed,
                count_warned=any(w.code in ("stakeholder-count", "no-stakeholder-list") for w in r.warnings),
                citations=len(cits),
                resolved=sum(1 for c in cits if c.resolved),
                attributed=agree,
                attributable=total,
                warnings=len(r.warnings),
                seconds=dt,
            )
        )
    return results, time.perf_counter() - t_all


def attribution_agreement(report: ParsedReport) -> tuple[int, int]:
    """How often the stakeholders a statement credits in its text are among those its own endnotes cite.

    An independent check of attribution on any summary with endnotes: the text and the notes were written
    separately by OHCHR, so agreement between what the parser reads from each is evidence both are right.
    """
    notes = {n.number: n for n in report.endnotes}
    agree = total = 0
    for p in report.paragraphs:
        for st in p.statements:
            cited = {
                c.resolved
                for n in st.endnotes
                for c in (notes[n].citations if n in notes else [])
                if c.resolved and not c.see_also
            }
            if not cited:
                continue
            total += 1
            agree += bool(st.sources) and set(st.sources) <= cited
    return agree, total


def kaz_report() -> ParsedReport:
    name = "A_HRC_WG.6_7_KAZ_3.txt"
    data = resources.files("uprkit").joinpath(f"examples/{name}").read_bytes()
    return parse_document(read_bytes(data, name))


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run(data: Path | None, key_path: Path | None) -> dict[str, object]:
    out: dict[str, object] = {}
    if key_path is not None and key_path.exists():
        key = json.loads(key_path.read_text(encoding="utf-8"))
        out["kaz"] = score_answer_key(kaz_report(), key).__dict__
    if data is not None and data.exists():
        files = data_files(data)
        results, total = bench_files(files)
        summaries = [r for r in results if r.kind == "stakeholder_summary"]
        cit = sum(r.citations for r in summaries)
        res = sum(r.resolved for r in summaries)
        att = sum(r.attributed for r in summaries)
        att_total = sum(r.attributable for r in summaries)
        out["files"] = [r.__dict__ for r in results]
        out["summary"] = {
            "files": len(results),
            "seconds": round(total, 2),
            "peak_memory_mb": round(peak_memory_mb(), 1),
            "stakeholder_summaries": len(summaries),
            "counts_match": sum(1 for r in summaries if r.count_ok),
            "counts_explained_by_warning": sum(1 for r in summaries if not r.count_ok and r.count_warned),
            "citations": cit,
            "citations_resolved": res,
            "citation_resolution": round(res / cit, 4) if cit else None,
            "statements_checked": att_total,
            "statements_credited_as_cited": att,
            "attribution_agreement": round(att / att_total, 4) if att_total else None,
        }
    return out
