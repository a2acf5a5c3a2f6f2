"""Cheap, shared fixtures for the test suite.

Parsed reports are cached for the whole session (one parse per file per worker): tests must treat them as
read-only. Fixtures needing ../shared/data skip with a clear reason where that folder is absent, so the core
suite runs on a bare checkout.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import pytest

from uprkit.model import ParsedReport
from uprkit.parse import parse_file

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA = REPO_ROOT / "tests" / "data"
GOLDEN = DATA / "golden"
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
SHARED_CORPUS = REPO_ROOT.parent / "shared" / "corpus"

KAZ_NAME = "A_HRC_WG.6_7_KAZ_3.txt"

#: The short verbatim excerpts of real documents (cut by tests/data/make_excerpts.py).
EXCERPTS = [
    "excerpt_svn48_3.txt",  # cycle 4 stakeholder summary, pdftotext layout
    "excerpt_ukr28_3.txt",  # cycle 3 stakeholder summary, PDF->markdown extraction
    "excerpt_svn7_3.txt",  # cycle 1 stakeholder summary
    "excerpt_svn48_2.txt",  # cycle 4 compilation
]

SHARED_SKIP_REASON = "../shared/data not present: the UN documents used for these checks are not in this checkout"


@functools.cache
def _parse_cached(path: str) -> ParsedReport:
    return parse_file(path)


def parse_cached(path: Path | str) -> ParsedReport:
    """Parse a file once per session (keyed by resolved path); the report must not be mutated."""
    return _parse_cached(str(Path(path).resolve()))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def kaz_path() -> Path:
    """The 2009 OHCHR summary of stakeholders' submissions on Kazakhstan (A/HRC/WG.6/7/KAZ/3), as text."""
    return DATA / KAZ_NAME


@pytest.fixture(scope="session")
def kaz_report(kaz_path: Path) -> ParsedReport:
    return parse_cached(kaz_path)


@pytest.fixture(scope="session")
def kaz_key() -> dict[str, object]:
    """The hand-made answer key (made by a person reading the document; never edit it to fit the parser)."""
    import json

    key: dict[str, object] = json.loads((DATA / "kaz_answer_key.json").read_text(encoding="utf-8"))
    return key


@pytest.fixture(scope="session")
def parsed() -> Callable[[Path | str], ParsedReport]:
    """``parsed(path)``: the session-cached report of a file."""
    return parse_cached


@pytest.fixture(scope="session")
def excerpt_reports() -> dict[str, ParsedReport]:
    return {name: parse_cached(DATA / name) for name in EXCERPTS}


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data beside the repository (skips where it is absent)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(SHARED_SKIP_REASON)
    return SHARED_DATA
