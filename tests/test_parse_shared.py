"""Every national report (/1), compilation (/2) and stakeholder summary (/3) text under ../shared/data.

Parametrised over the real files (sorted, ids = file names); the whole module skips cleanly where ../shared/data
is absent. The issue's corpus checks: each file parses, the metadata matches what the file name encodes, the
numbering is sequential or a warning says otherwise, every /3 reconciles its stakeholder list with the stated
count (or warns), and at least 97 % of the /3 endnote citations resolve to a listed stakeholder (90 % per file).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import SHARED_DATA, parse_cached

from uprkit.model import ParsedReport

pytestmark = pytest.mark.shared

PATTERNS = ["*_1.txt", "*_2.txt", "*_3.txt", "*_2_Corr.1.txt"]
FILES = sorted({p for pattern in PATTERNS for p in SHARED_DATA.rglob(pattern)}, key=lambda p: (p.name, str(p)))
SUMMARIES = [p for p in FILES if p.name.endswith("_3.txt")]
NAME = re.compile(r"^A_HRC_WG\.6_(?P<session>\d{1,2})_(?P<iso3>[A-Z]{3})_(?P<n>[123])(?P<corr>_Corr\.1)?\.txt$")
KINDS = {"1": "national_report", "2": "compilation", "3": "stakeholder_summary"}


def _cycle(session: int) -> int:
    """UPR cycles: Working Group sessions 1-12, 13-26, 27-40, 41 onwards."""
    return 1 if session <= 12 else 2 if session <= 26 else 3 if session <= 40 else 4


def _params(files: list[Path]) -> list[object]:
    if not files:
        return [pytest.param(None, marks=pytest.mark.skip(reason=_skip_reason()), id="no-shared-data")]
    return [pytest.param(p, id=p.name) for p in files]


def _skip_reason() -> str:
    if not SHARED_DATA.is_dir():
        return "../shared/data not present: the UN documents used for these checks are not in this checkout"
    return "no A_HRC_WG.6_* texts under ../shared/data"


@pytest.fixture
def report(request: pytest.FixtureRequest, shared_data: Path) -> ParsedReport:
    path: Path = request.param
    return parse_cached(path)


def test_parse_shared_files_found(shared_data: Path) -> None:
    assert len(FILES) >= 30
    assert len(SUMMARIES) >= 10
    assert all(NAME.match(p.name) for p in FILES), [p.name for p in FILES if not NAME.match(p.name)]


@pytest.mark.parametrize("path", _params(FILES))
def test_parse_shared_parses_without_exception(path: Path) -> None:
    report = parse_cached(path)  # an exception fails here (the cache keeps only successful parses)
    assert Path(str(report.source_path)) == path.resolve()


@pytest.mark.parametrize("report", _params(FILES), indirect=True)
def test_parse_shared_metadata_from_file_name(report: ParsedReport) -> None:
    name = Path(str(report.source_path)).name
    m = NAME.match(name)
    assert m is not None
    session, n = int(m.group("session")), m.group("n")
    symbol = f"A/HRC/WG.6/{session}/{m.group('iso3')}/{n}" + ("/Corr.1" if m.group("corr") else "")
    assert (report.symbol, report.kind, report.country, report.session, report.cycle) == (
        symbol,
        KINDS[n],
        m.group("iso3"),
        session,
        _cycle(session),
    )
    assert report.language == "en"


@pytest.mark.parametrize("report", _params(FILES), indirect=True)
def test_parse_shared_paragraphs_in_sequence_or_warned(report: ParsedReport) -> None:
    numbers = [p.number for p in report.paragraphs]
    if numbers != list(range(1, len(numbers) + 1)):
        assert any(w.code == "paragraph-sequence" for w in report.warnings), numbers
    if not numbers:
        assert any(w.code == "no-paragraphs" for w in report.warnings)


@pytest.mark.parametrize("report", _params(SUMMARIES), indirect=True)
def test_parse_shared_stakeholder_list_matches_stated_count_or_warns(report: ParsedReport) -> None:
    assert report.stated_submission_count is not None
    listed = [s for s in report.stakeholders if s.counted and s.origin == "list"]
    if len(listed) != report.stated_submission_count:
        assert [w for w in report.warnings if w.code == "stakeholder-count"], (
            report.stated_submission_count,
            [s.abbreviation for s in listed],
        )


@pytest.mark.parametrize("report", _params(SUMMARIES), indirect=True)
def test_parse_shared_citations_resolve_per_file(report: ParsedReport) -> None:
    citations = [c for n in report.endnotes for c in n.citations]
    assert citations
    resolved = [c for c in citations if c.resolved]
    assert len(resolved) / len(citations) >= 0.90, [(c.source, c.locator) for c in citations if not c.resolved]
    listed = {s.abbreviation for s in report.stakeholders}
    assert {c.resolved for c in resolved} <= listed


def test_parse_shared_citations_resolve_overall(shared_data: Path) -> None:
    total = resolved = 0
    for path in SUMMARIES:
        citations = [c for n in parse_cached(path).endnotes for c in n.citations]
        total += len(citations)
        resolved += sum(1 for c in citations if c.resolved)
    assert total >= 1500
    assert resolved / total >= 0.97, f"{resolved}/{total}"
