"""Cut the short excerpt fixtures ``excerpt_*.txt`` in this folder from the UN documents under ../shared/data.

    /tmp/venv/bin/python tests/data/make_excerpts.py

Each excerpt is a verbatim concatenation of whole line ranges of one document (original bytes, page
furniture, form feeds and layout kept); only the lines between the ranges are left out. The ranges are chosen so
that each excerpt is self-consistent: paragraphs 1..N and endnotes 1..M without gaps (the parser relies on the
numbering sequence), every kept paragraph keeps the endnotes it cites, and the stakeholder list note is whole. The outputs are
committed, so the core test suite never needs ../shared; rerun this only to change an excerpt, then regenerate
the golden files (tests/regen_golden.py) and review both diffs.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared" / "data"

#: excerpt name -> (source file under ../shared/data, [(first line, last line), ...] 1-based, inclusive)
EXCERPTS: dict[str, tuple[str, list[tuple[int, int]]]] = {
    # cycle 4, pdftotext layout: header, I. Background (para 1), the NHRI section (paras 2-20, two page
    # breaks), III.A-C.1 paras 21-26 (JS2, ICAN, "It was recommended", APE, LEGEBITRA, CoE attachments),
    # Notes 1-31 with the full stakeholder list (note 2, across a page break).
    "excerpt_svn48_3.txt": (
        "slovenia-human-rights-tracker/A_HRC_WG.6_48_SVN_3.txt",
        [(1, 158), (578, 712)],
    ),
    # cycle 3, PDF->markdown extraction (no indentation, split symbol "A" / "/HRC/..."): paras 1-14 (NHRI),
    # III.A, B and C.1 paras 15-21, Notes 1 (full list) - 27 (note 24 across a page break).
    "excerpt_ukr28_3.txt": (
        "legal-sources-UPRDocuments/A_HRC_WG.6_28_UKR_3.txt",
        [(1, 137), (527, 695)],
    ),
    # cycle 1, centred upper-case headings, "Page 2" running headers, unnumbered introduction, note numbers
    # on their own lines: paras 1-8, sections III-V "N/A", Notes 1 (list) - 12.
    "excerpt_svn7_3.txt": (
        "slovenia-human-rights-tracker/A_HRC_WG.6_7_SVN_3.txt",
        [(1, 123), (531, 591)],
    ),
    # cycle 4 compilation (/2): paras 1-12 under I-IV.A.1 across a page break, Notes 1-13 (UN-document
    # references, no stakeholders).
    "excerpt_svn48_2.txt": (
        "slovenia-human-rights-tracker/A_HRC_WG.6_48_SVN_2.txt",
        [(1, 94), (592, 622)],
    ),
    # cycle 4, PDF->markdown extraction: header and paras 1-2, then paras 60-68 under "Persons with disabilities",
    # "Indigenous peoples and minorities" (after paragraph 63, which lost its full stop) and "Migrants, …"; no notes.
    "excerpt_fra43_3.txt": (
        "legal-sources-UPRDocuments/A_HRC_WG.6_43_FRA_3.txt",
        [(1, 30), (378, 433)],
    ),
}


def cut(source: Path, ranges: list[tuple[int, int]]) -> bytes:
    lines = source.read_bytes().split(b"\n")
    out: list[bytes] = []
    for first, last in ranges:
        out.extend(lines[first - 1 : last])
    return b"\n".join(out) + b"\n"


def main() -> None:
    for name, (rel, ranges) in EXCERPTS.items():
        data = cut(SHARED / rel, ranges)
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes from {rel} lines {ranges}")


if __name__ == "__main__":
    main()
