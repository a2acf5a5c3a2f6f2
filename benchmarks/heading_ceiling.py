"""How well can a published statement's heading be told from the statement alone? Two measures of issue 4's
heading target (top-1 0.85, each `/3` statement on its own), next to ``uprkit bench classify``'s 0.557 (0.540
before the topics' words):

    python benchmarks/heading_ceiling.py splits ../shared/data
    python benchmarks/heading_ceiling.py readers ../shared/data [--no-model]

* ``splits``: OHCHR's own placement of the statements that name a group of people and a right, over every
  summary under the data folder and the Kazakhstan summary, in the cycles whose outline has a heading for the
  group (see :data:`SPLITS`). Such a statement may stand under the group's heading or under the right's: some
  kinds go one way nearly always, others either way about as often ("Roma" and schooling: 12 under minorities, 10
  under education), and for those nothing in the words tells which one a given summary chose.
* ``readers``: 240 published statements drawn at random (``random.Random(7).sample`` of the 1,383 in the
  benchmark's order), each placed by two careful readers under one of its cycle's headings, from its words alone
  and its cycle's outline: helper sessions of 2026-12-06 that saw nothing else (no document, no search; the
  second did not see the first's answers). Their first and second choices are kept in
  ``benchmarks/data/heading_readers.json`` with the sample, and scored here against the heading each statement
  stands under, with how often the two readers agree; then (unless ``--no-model``, about 2 minutes) the shipped
  recipe's leave-one-document-out placement of the same 240, as ``uprkit bench classify`` computes it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

READERS = Path(__file__).parent / "data" / "heading_readers.json"
SEED, SAMPLE = 7, 240

#: A group of people and a right, both named in one statement (case aside), and the first cycle whose outline has
#: a heading of the group's own (cycles 1-2 have none for women and children, cycle 1 none for persons with
#: disabilities, cycles 1-2 none for slavery and trafficking): only statements of such cycles are counted, where
#: OHCHR had both headings to choose from.
SPLITS = {
    "Roma, and education or school": (r"\bRoma\b", r"educat|school|pupil", 1),
    "Roma, and housing or evictions": (r"\bRoma\b", r"housing|evict|settlement", 1),
    "indigenous peoples, and land or the environment": (r"indigenous", r"\bland|environment|mining|deforest|territor", 1),
    "children, and education or school": (r"child|pupil", r"educat|school", 3),
    "women, and violence": (r"\bwomen\b|gender-based|domestic violence", r"violen", 3),
    "women, and work or employment": (r"\bwomen\b", r"employ|\bwork|wage|labou?r", 3),
    "persons with disabilities, and education or work": (r"disabilit", r"educat|school|employ|\bwork", 2),
    "migrants or asylum-seekers, and detention": (r"migrant|asylum|foreign national|alien", r"detain|detention", 1),
    "trafficking, and migrants or women": (r"traffick", r"migrant|women|girls", 3),
    "LGBTI persons (any right)": (r"LGBT|sexual orientation|gender identity|transgender", r"", 4),
}


def _summary_examples(data: Path) -> list:
    from uprkit.classify.train_headings import SUMMARY, load_examples

    return [e for e in load_examples(data, include_kaz=True, weak=False) if e.source == SUMMARY]


def splits(data: Path) -> None:
    examples = _summary_examples(data)
    print("| statements naming (cycles) | statements | documents | the commonest heading's share | headings (unified themes) |")
    print("|---|---:|---:|---:|---|")
    for name, (group, right, first) in SPLITS.items():
        rows = [e for e in examples if (e.cycle or 0) >= first and re.search(group, e.text, re.I)
                and re.search(right, e.text, re.I)]
        counts = Counter(e.truth for e in rows)
        share = counts.most_common(1)[0][1] / len(rows) if rows else 0.0
        spread = ", ".join(f"{t} {n}" for t, n in counts.most_common(4))
        cycles = f"{SPLITS[name][2]}-4" if SPLITS[name][2] < 4 else "4"
        print(f"| {name} ({cycles}) | {len(rows)} | {len({e.document for e in rows})} | {share:.2f} | {spread} |")


def readers(data: Path, *, model: bool) -> None:
    from uprkit.classify.outlines import place_in_outline

    doc = json.loads(READERS.read_text(encoding="utf-8"))
    items = doc["statements"]
    examples = _summary_examples(data)
    drawn = random.Random(SEED).sample(range(len(examples)), SAMPLE)
    ordered = _benchmark_order(examples)
    if [(ordered[i].document, ordered[i].text) for i in drawn] != [(s["document"], s["text"]) for s in items]:
        raise SystemExit(f"{READERS}: the sample is not the one drawn from this data (seed {SEED})")
    heading = {s["id"]: s["heading"] for s in items}
    names = sorted(doc["readers"])
    print(f"{len(items)} statements; each reader's first choice, and first or second, against the published heading:")
    for name in names:
        answers = doc["readers"][name]
        first = sum(answers[k][0] == h for k, h in heading.items())
        second = sum(h in answers[k][:2] for k, h in heading.items())
        print(f"  reader {name}: {first / len(items):.3f} ({first}); first or second {second / len(items):.3f}")
    if len(names) >= 2:
        a, b = (doc["readers"][n] for n in names[:2])
        agree = sum(a[k][0] == b[k][0] for k in heading)
        both = sum(a[k][0] == b[k][0] == h for k, h in heading.items())
        print(f"  the two readers' first choices agree on {agree / len(items):.3f} ({agree}), and are both right "
              f"on {both}")
    if not model:
        return
    right = 0
    options = {int(c): list(o) for c, o in doc["options"].items()}
    for n, i in enumerate(drawn):
        e = ordered[i]
        predicted = _placements(data)[(e.document, e.paragraph, e.text)]
        path = tuple(place_in_outline(predicted, e.cycle))
        right += options[e.cycle][_path_index(path, e.cycle)] == items[n]["heading"]
    print(f"  the shipped recipe (leave one document out, each statement alone): {right / len(items):.3f} ({right})")


def _benchmark_order(examples: list) -> list:
    """The summary examples in the benchmark's order: document by document, in the order documents come."""
    documents = list(dict.fromkeys(e.document for e in examples))
    return [e for d in documents for e in examples if e.document == d]


_CACHE: dict[tuple[str, int, str], str] = {}


def _placements(data: Path) -> dict[tuple[str, int, str], str]:
    """Each published statement's placed theme, leave one document out (``predict_one`` with its cycle)."""
    if _CACHE:
        return _CACHE
    from uprkit.classify.headings import HeadingClassifier, analyze
    from uprkit.classify.train_headings import SUMMARY, fit, load_examples

    examples = load_examples(data, include_kaz=True, weak=True)
    features = [analyze(e.text) for e in examples]
    for held_out in dict.fromkeys(e.document for e in examples if e.source == SUMMARY):
        train = [i for i, e in enumerate(examples) if e.document != held_out]
        clf = HeadingClassifier(fit([examples[i] for i in train], features=[features[i] for i in train]))
        for e in examples:
            if e.document == held_out:
                _CACHE[(e.document, e.paragraph, e.text)] = clf.predict_one(e.text, e.cycle).theme
    return _CACHE


def _path_index(path: tuple[str, ...], cycle: int) -> int:
    return _heading_paths(cycle).index(path)


def _heading_paths(cycle: int) -> list[tuple[str, ...]]:
    """The headings a statement of ``cycle`` can be placed under: one per topical theme, in the themes' order."""
    from importlib import resources

    from uprkit.classify.outlines import place_in_outline

    themes = json.loads(resources.files("uprkit").joinpath("data/outlines/themes.json").read_text("utf-8"))
    paths: list[tuple[str, ...]] = []
    for t in themes["themes"]:
        if t["topical"] and (p := tuple(place_in_outline(t["id"], cycle))) not in paths:
            paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("measure", choices=["splits", "readers"])
    ap.add_argument("data", type=Path, help="the shared data folder")
    ap.add_argument("--no-model", action="store_true", help="readers: leave out the shipped recipe's placement")
    args = ap.parse_args()
    if args.measure == "splits":
        splits(args.data)
    else:
        readers(args.data, model=not args.no_model)


if __name__ == "__main__":
    main()
