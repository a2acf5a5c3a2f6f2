"""How well can a published statement's heading be told from the statement alone, or from the submission it stands
in? Three measures of the heading targets of issue 4 (top-1 0.85, each `/3` statement on its own, next to ``uprkit
bench classify``'s 0.557, 0.540 before the topics' words) and issue 5 (the round trip's heading 0.85):

    python benchmarks/heading_ceiling.py splits ../shared/data
    python benchmarks/heading_ceiling.py readers ../shared/data [--no-model]
    python benchmarks/heading_ceiling.py context ../shared/data [--no-model] [--tasks DIR]

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
* ``context``: what the round trip's drafter has, given to readers. The pseudo-submissions the round trip
  builds from two published summaries (A/HRC/WG.6/43/FRA/3, cycle 4; A/HRC/WG.6/34/SVN/3, cycle 3: each
  stakeholder's statements in its own voice, on the pages or at the paragraphs its endnotes cite, in shuffled
  order, with its name) were given to two readers with every statement marked by a shuffled id and the cycle's
  headings as options: each placed the 245 statements outside the national institution's own section (its
  section takes all its points) under a first and a second heading, reading each stakeholder's whole text.
  The readers were helper sessions of 2026-12-06 that saw only those files (no summary, no search; neither saw
  the other's answers). Their answers are in ``benchmarks/data/heading_context_readers.json``, with the digest of
  the files they read, which the measure checks against the files the round trip writes today; ``--tasks DIR``
  writes those files. Scored against the heading each statement stands under, with how often the two
  agree; then (unless ``--no-model``, about a minute) the drafter's own placement of the same statements (the
  shipped recipe trained without the summary, on each point's words beyond its frame, alone and weighed by its
  stakeholder's other points, as the round trip places them).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

READERS = Path(__file__).parent / "data" / "heading_readers.json"
CONTEXT_READERS = Path(__file__).parent / "data" / "heading_context_readers.json"
#: The summaries whose pseudo-submissions the context readers placed, and the letter their markers start with.
CONTEXT_SETS = {"A/HRC/WG.6/43/FRA/3": "A", "A/HRC/WG.6/34/SVN/3": "B"}
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


def _context_items(data: Path) -> list[dict]:
    """Each context set: the summary, its parse, pseudo-submissions and statements, the cycle's options, each
    statement's marker (a shuffled id, so that no marker tells a statement's place in the summary) and the
    markers of the statements to place (all but those of the national institution's own section)."""
    from uprkit.bench.roundtrip_build import build
    from uprkit.classify.outlines import place_in_outline, theme_of_path
    from uprkit.parse import parse_file

    files = {p.stem.replace("_", "/"): p for p in data.rglob("*_3.txt")}
    out = []
    for symbol, letter in CONTEXT_SETS.items():
        path = files.get(symbol)
        if path is None:
            raise SystemExit(f"{data}: no {symbol.replace('/', '_')}.txt (the context readers' summary)")
        report = parse_file(path)
        subs, statements = build(report)
        cycle = report.cycle or 0
        paths = _heading_paths(cycle)
        ids = list(range(len(statements)))
        random.Random(f"readers:{path.stem}").shuffle(ids)
        marker = {sid: f"{letter}{k + 1:03d}" for k, sid in enumerate(ids)}
        heading: dict[str, str] = {}
        for st in statements:
            theme = theme_of_path(st.heading_path)
            if theme is None or theme == "nhri":
                continue
            heading[marker[st.id]] = f"H{cycle}.{paths.index(tuple(place_in_outline(theme, cycle))) + 1}"
        out.append({"symbol": symbol, "letter": letter, "report": report, "subs": subs, "statements": statements,
                    "cycle": cycle, "paths": paths, "marker": marker, "heading": heading})
    return out


def write_context_tasks(items: list[dict], folder: Path) -> None:
    """The files the context readers read: one a stakeholder, each statement after its marker ("[A017] …"),
    pages shown as "--- page N ---", and the options."""
    for item in items:
        target = folder / f"set_{item['letter']}"
        target.mkdir(parents=True, exist_ok=True)
        names = {x.abbreviation: x.name for x in item["report"].stakeholders}
        for k, sub in enumerate(item["subs"]):
            inserts = [(pl.start, f"[{item['marker'][pl.statement]}] ") for pl in sub.placed
                       if item["marker"][pl.statement] in item["heading"]]
            if not inserts:
                continue
            text = sub.text
            for pos, mark in sorted(inserts, reverse=True):
                text = text[:pos] + mark + text[pos:]
            pages = text.split("\f")
            if len(pages) > 1:
                text = "".join(f"\n--- page {i + 1} ---\n{pg}" for i, pg in enumerate(pages) if pg.strip() or i == 0)
            title = f"Submission by {names.get(sub.stakeholder) or sub.stakeholder} ({sub.stakeholder})"
            (target / f"submission_{k + 1:02d}.txt").write_text(
                f"{title} to the cycle {item['cycle']} review\n\n{text.strip()}\n", encoding="utf-8")
        options = {f"H{item['cycle']}.{i + 1}": " > ".join(p) for i, p in enumerate(item["paths"])}
        (target / "options.json").write_text(json.dumps(options, indent=1), encoding="utf-8")


def tasks_digest(items: list[dict]) -> str:
    """The SHA-256 of the files :func:`write_context_tasks` writes (each file's path and bytes, in path order):
    the readers' answers hold only for the very files they read."""
    import hashlib
    import tempfile

    digest = hashlib.sha256()
    with tempfile.TemporaryDirectory(prefix="uprkit-readers-") as tmp:
        write_context_tasks(items, Path(tmp))
        for path in sorted(Path(tmp).rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(tmp).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def context(data: Path, *, model: bool, tasks: Path | None) -> None:
    doc = json.loads(CONTEXT_READERS.read_text(encoding="utf-8"))
    items = _context_items(data)
    frozen = doc["statements"]
    if tasks_digest(items) != doc["tasks_sha256"]:
        raise SystemExit(f"{CONTEXT_READERS}: the files the round trip writes today are not the ones the readers read")
    for item in items:
        for st in item["statements"]:
            m = item["marker"][st.id]
            if m in item["heading"] and (m not in frozen or frozen[m]["text"] != st.text
                                         or frozen[m]["heading"] != item["heading"][m]):
                raise SystemExit(f"{CONTEXT_READERS}: {m} is not the statement the readers placed")
    if sum(len(i["heading"]) for i in items) != len(frozen):
        raise SystemExit(f"{CONTEXT_READERS}: the summaries give other statements than the readers placed")
    if tasks is not None:
        write_context_tasks(items, tasks)
        print(f"the readers' files: {tasks}")
    names = sorted(doc["readers"])
    print("| set | statements | " + " | ".join(f"reader {n} (first or second)" for n in names)
          + " | readers agree | agree and wrong |" + (" drafter alone | drafter with profiles |" if model else ""))
    print("|---|---:|" + "---:|" * (len(names) + 2 + (2 if model else 0)))
    drafted = _context_placements(items, data) if model else {}
    for item in [*items, None]:
        keys = sorted(frozen) if item is None else sorted(item["heading"])
        truth = {k: frozen[k]["heading"] for k in keys}
        label = "both" if item is None else f"{item['letter']}: {item['symbol']} (cycle {item['cycle']})"
        cells = []
        for n in names:
            a = doc["readers"][n]
            first = sum(a[k][0] == h for k, h in truth.items())
            second = sum(h in a[k][:2] for k, h in truth.items())
            cells.append(f"{first / len(keys):.3f} ({second / len(keys):.3f})")
        a, b = (doc["readers"][n] for n in names[:2])
        agree = sum(a[k][0] == b[k][0] for k in keys)
        wrong = sum(a[k][0] == b[k][0] != h for k, h in truth.items())
        row = f"| {label} | {len(keys)} | " + " | ".join(cells) + f" | {agree / len(keys):.3f} | {wrong} |"
        if model:
            for how in ("alone", "profiles"):
                right = sum(drafted[how][k] == h for k, h in truth.items())
                row += f" {right / len(keys):.3f} |"
        print(row)


def _context_placements(items: list[dict], data: Path) -> dict[str, dict[str, str | None]]:
    """Each marked statement's option as the round trip's drafter places it: the shipped recipe trained without
    the summary, on the stakeholder's own words, alone and weighed by its stakeholder's other points."""
    from uprkit.bench.roundtrip import _HeldOut
    from uprkit.classify.outlines import place_in_outline
    from uprkit.summarize.candidates import beyond_frame

    held_out = _HeldOut(data)  # the round trip's own model of the other documents
    out: dict[str, dict[str, str | None]] = {"alone": {}, "profiles": {}}
    for item in items:
        placement, _ = held_out.placement(item["symbol"])
        words: dict[int, tuple[str, str]] = {}  # statement -> (its first stakeholder's words, that stakeholder)
        for sub in item["subs"]:
            for pl in sub.placed:
                if pl.statement not in words and item["statements"][pl.statement].stakeholders[0] == sub.stakeholder:
                    # as the drafter reads a point: its words beyond the frame ("We are concerned that …")
                    words[pl.statement] = (beyond_frame(sub.text[pl.start : pl.end]), sub.stakeholder)
        ids = [i for i in words if item["marker"][i] in item["heading"]]
        for how, groups in (("alone", None), ("profiles", [words[i][1] for i in ids])):
            themes = placement.classify([words[i][0] for i in ids], item["cycle"], groups=groups)
            for i, (theme, _) in zip(ids, themes, strict=True):
                path = tuple(place_in_outline(theme, item["cycle"]))
                index = item["paths"].index(path) + 1 if path in item["paths"] else None
                out[how][item["marker"][i]] = f"H{item['cycle']}.{index}" if index else None
    return out


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
    ap.add_argument("measure", choices=["splits", "readers", "context"])
    ap.add_argument("data", type=Path, help="the shared data folder")
    ap.add_argument("--no-model", action="store_true", help="readers, context: leave out the shipped recipe's placement")
    ap.add_argument("--tasks", type=Path, help="context: write the files the readers read to this folder")
    args = ap.parse_args()
    if args.measure == "splits":
        splits(args.data)
    elif args.measure == "context":
        context(args.data, model=not args.no_model, tasks=args.tasks)
    else:
        readers(args.data, model=not args.no_model)


if __name__ == "__main__":
    main()
