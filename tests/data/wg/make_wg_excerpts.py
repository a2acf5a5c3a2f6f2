"""Cut the Working Group report excerpts in this folder from the UN documents under ../shared/data.

    /tmp/venv/bin/python tests/data/wg/make_wg_excerpts.py

Each excerpt is a verbatim concatenation of whole line ranges of one document (original bytes, encoding, line
ends, page furniture and layout kept); only the lines between the ranges are left out. The ranges keep each
excerpt self-consistent: the header with the document symbol and the introduction naming the session and the
State, the "Conclusions and/or recommendations" heading, each group's introducing paragraph with its first items
numbered without gaps, and the closing "All conclusions and/or recommendations …" paragraph; an addendum excerpt
keeps the header and the responses to those same items. The outputs are committed so that
tests/test_recommendations.py covers the feature without ../shared; rerun this only to change an excerpt.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2].parent / "shared" / "data"
SVN = "slovenia-human-rights-tracker"
UPRS_TXTS = "uprs/v.1/Data/raw-data/txts"

#: excerpt name -> (source under ../shared/data, line separator, [(first line, last line), ...] 1-based, inclusive)
EXCERPTS: dict[str, tuple[str, bytes, list[tuple[int, int]]]] = {
    # cycle 4 report A/HRC/59/15 (pdftotext layout): header and paragraph 1; II. with paragraph 140 ("will be
    # examined by Slovenia") and items 140.1-140.19 across a page break; paragraph 141.
    "excerpt_A_HRC_59_15.txt": (f"{SVN}/A_HRC_59_15.txt", b"\n", [(1, 37), (578, 636), (1344, 1346)]),
    # its addendum: header, paragraphs 1-2 (254 recommendations, 217 supported, 37 noted), the accepted lists
    # (paragraphs 3 and 4, with "140.35. 140.36" and the first "140.11-14" note), and the noted list (paragraph 5).
    "excerpt_A_HRC_59_15_Add.1.txt": (f"{SVN}/A_HRC_59_15_Add.1.txt", b"\n", [(1, 78), (251, 256)]),
    # cycle 1 report A/HRC/14/15: header, contents and paragraph 1; II. with paragraph 111 (all items "will be
    # examined") and items 1-15 across a page break; paragraph 112, III. and paragraph 113's first line.
    "excerpt_A_HRC_14_15.txt": (f"{SVN}/A_HRC_14_15.txt", b"\n", [(1, 60), (693, 751), (1035, 1041)]),
    # its addendum: header and the responses in prose to items 1-15 ("1. Slovenia cannot, at this point in time,
    # make a definitive statement.", "5., 6., 7., 8., 9. The Slovenian Government accepts these recommendations.").
    "excerpt_A_HRC_14_15_Add.1.txt": (f"{SVN}/A_HRC_14_15_Add.1.txt", b"\n", [(1, 110)]),
    # cycle 1 report A/HRC/14/9 on San Marino, one text line per paragraph with CR line ends (Mac Roman): header
    # and paragraphs 1-2; II. with the three groups: 70 (enjoy the support, items 1-11), 71 (will be examined,
    # items 1-3), 72 (did not enjoy the support, items 1-3); paragraph 73 (a comment, not a group); paragraph 81.
    "excerpt_sanmarino2010.txt": (
        f"{UPRS_TXTS}/sanmarino2010.txt",
        b"\r",
        [(1, 30), (259, 306), (397, 406), (440, 441), (457, 462)],
    ),
}


def cut(source: Path, sep: bytes, ranges: list[tuple[int, int]]) -> bytes:
    lines = source.read_bytes().split(sep)
    out: list[bytes] = []
    for first, last in ranges:
        out.extend(lines[first - 1 : last])
    return sep.join(out) + sep


def main() -> None:
    for name, (rel, sep, ranges) in EXCERPTS.items():
        data = cut(SHARED / rel, sep, ranges)
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes from {rel} lines {ranges}")


if __name__ == "__main__":
    main()
