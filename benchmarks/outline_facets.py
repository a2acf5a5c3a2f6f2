"""How often a statement of a theme with several headings in a cycle (the national framework's legislative,
institutional and policy headings; internally displaced persons beside refugees; freedom of movement; marriage
and family life; social security) goes under the right one of them by its words (``facet_of``,
``uprkit/data/outlines/facets.json``), over every published summary under DATA_DIR and the Kazakhstan summary.

    python benchmarks/outline_facets.py [DATA_DIR] [--corpus DIR]

A statement counts where its published heading is one of such a theme's headings in the document's cycle; it
is right where the heading its words choose is that heading (the theme's first heading where no facet of the
cycle is found). The rules were written looking at these same documents: the figure says how well they
describe them, not how they do on documents never seen.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from uprkit.classify.outlines import facet_of, normalise_title, outline_headings
from uprkit.parse import parse_file

_LABEL = re.compile(r"^(?:[IVX]+|[A-Z]|\d{1,2})\.\s+")


def run(data: Path, corpus: Path) -> Counter[tuple[int, str, bool]]:
    files = sorted({*data.rglob("*_3.txt"), *corpus.glob("*_3.txt")})
    out: Counter[tuple[int, str, bool]] = Counter()
    for file in files:
        report = parse_file(file)
        cycle = report.cycle
        if cycle is None:
            continue
        headings = outline_headings(cycle)
        by_title = {normalise_title(h.title): h for h in reversed(headings) if h.theme}
        for paragraph in report.paragraphs:
            if not paragraph.headings:
                continue
            published = by_title.get(normalise_title(_LABEL.sub("", paragraph.headings[-1])))
            if published is None or published.theme is None:
                continue
            theme = published.theme
            facets = {f for h in headings if h.theme == theme for f in h.facets}
            if not facets:
                continue
            for statement in paragraph.statements:
                chosen = facet_of(theme, statement.text)
                chosen = chosen if chosen in facets else None
                right = chosen in published.facets if published.facets else chosen is None
                out[(cycle, theme, right)] += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", default="../shared/data", type=Path)
    parser.add_argument("--corpus", default="../shared/corpus", type=Path)
    args = parser.parse_args()
    counts = run(args.data, args.corpus)
    print("| cycle | theme | statements | under the right heading |\n|---:|---|---:|---:|")
    for cycle, theme in sorted({(c, t) for c, t, _ in counts}):
        right, wrong = counts[(cycle, theme, True)], counts[(cycle, theme, False)]
        print(f"| {cycle} | {theme} | {right + wrong} | {right} |")
    right = sum(v for (_, _, ok), v in counts.items() if ok)
    print(f"\nall: {right} of {sum(counts.values())}")


if __name__ == "__main__":
    main()
