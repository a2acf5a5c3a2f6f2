"""Heading classifier benchmark: leave-one-document-out top-1 accuracy on the unified themes.

Every stakeholder summary (``*_3.*``) under the data folder plus the packaged Kazakhstan summary is held out in
turn; the model is trained (same recipe as :mod:`uprkit.classify.train_headings`) on all the other summaries and
on the weak data (compilations, UPR Info recommendations) of every *other* review: the held-out summary's
compilation and the UPR Info recommendations of the same State and session are left out with it (the
exclusion rule of :func:`uprkit.classify.train_headings.usable`; the benchmark checks it). The numpy predictor
of :mod:`uprkit.classify.headings` then labels every statement of the held-out summary.

Reported, overall, per cycle and per document: top-1 and top-3 accuracy on the unified themes for each text on
its own, of a document whose cycle is known (``probabilities(text, cycle)``: the headline figure; the model's
words marked with an outline era count for that cycle's era), and "placement": a prediction counts as right when it lands under
the same heading of the document's cycle outline (``place_in_outline``) as the true theme (cycle 1 has no
"Women" heading: a "women" prediction for a statement under "Equality and non-discrimination" is placed right).
Placement uses the cycle (``predict_one(text, cycle)``: the heading whose themes together are the most
probable). Per theme recall and the most frequent confusions follow. Two more figures use the document as a whole
(``predict_document``): the statements of the held-out document in reading order, themes constrained to follow
the cycle's outline order, without and with the statements of one paragraph sharing a theme. One more uses
the paragraph but not the order (``predict_grouped``): each statement gets the theme most probable for its
paragraph's statements together, as ``uprkit parse --classify`` does (a summary's paragraph stands under one
heading; the drafter does not group, since a submission's paragraph may run through several topics).

Run: ``python -m uprkit.bench.classify_headings /work/shared/data`` (``--summaries-only``: no weak data).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from uprkit.classify.headings import HeadingClassifier, analyze
from uprkit.classify.outlines import place_in_outline
from uprkit.classify.train_headings import SUMMARY, HeadingExample, fit, load_examples, usable

__all__ = ["format_markdown", "run"]

_Row = tuple[HeadingExample, str, bool, bool]  # example, predicted theme, right in top 3, placed right


def _ratio(right: int, total: int) -> float:
    return round(right / total, 4) if total else 0.0


def _scores(rows: Sequence[_Row]) -> dict[str, object]:
    right = sum(e.truth == p for e, p, _, _ in rows)
    top3 = sum(t for _, _, t, _ in rows)
    placed = sum(pl for _, _, _, pl in rows)
    return {
        "n": len(rows),
        "top1": _ratio(right, len(rows)),
        "top3": _ratio(top3, len(rows)),
        "placement": _ratio(placed, len(rows)),
    }


def _placed(predicted: str, truth: str, cycle: int | None) -> bool:
    if cycle is None:
        return predicted == truth
    return place_in_outline(predicted, cycle) == place_in_outline(truth, cycle)


def run(data_dir: Path | str, *, include_kaz: bool = True, weak: bool = True) -> dict[str, object]:
    """Leave-one-document-out evaluation over every summary under ``data_dir`` (plus KAZ)."""
    started = time.perf_counter()
    examples = load_examples(Path(data_dir), include_kaz=include_kaz, weak=weak)
    features = [analyze(e.text) for e in examples]
    documents = list(dict.fromkeys(e.document for e in examples if e.source == SUMMARY))
    rows: list[_Row] = []
    ordered = ordered_grouped = 0
    in_paragraph = in_paragraph_placed = 0
    trained: list[int] = []
    for held_out in documents:
        train_idx = [i for i, e in enumerate(examples) if e.document != held_out]
        review = next(e.review for e in examples if e.document == held_out)
        used = [examples[train_idx[k]] for k in usable([examples[i] for i in train_idx])]
        leaked = [e for e in used if e.document == held_out or (review and e.review == review)]
        if leaked:
            raise AssertionError(
                f"{held_out}: {len(leaked)} training examples of the held-out review {review}"
            )
        trained.append(len(used))
        model = fit([examples[i] for i in train_idx], features=[features[i] for i in train_idx])
        clf = HeadingClassifier(model)
        test = [e for e in examples if e.document == held_out]
        for e in test:
            # the statement alone, of a document whose cycle is known (its symbol or session says it)
            probs = clf.probabilities(e.text, e.cycle)
            ranked = [clf.themes[i] for i in np.argsort(-probs, kind="stable")[:3].tolist()]
            label_theme = ranked[0]
            top3 = e.truth in ranked
            placed = _placed(
                clf.predict_one(e.text, e.cycle).theme if e.cycle else label_theme, e.truth, e.cycle
            )
            rows.append((e, label_theme, top3, placed))
        cycle = test[0].cycle
        texts = [e.text for e in test]
        keys = [e.paragraph for e in test]
        pooled = clf.predict_grouped(texts, keys)
        in_paragraph += sum(e.truth == lab.theme for e, lab in zip(test, pooled, strict=True))
        pooled_cycle = clf.predict_grouped(texts, keys, cycle) if cycle else pooled
        in_paragraph_placed += sum(
            _placed(lab.theme, e.truth, e.cycle) for e, lab in zip(test, pooled_cycle, strict=True)
        )
        if cycle is not None:
            seq = clf.predict_document(texts, cycle)
            ordered += sum(e.truth == lab.theme for e, lab in zip(test, seq, strict=True))
            grouped = clf.predict_document(texts, cycle, paragraphs=[e.paragraph for e in test])
            ordered_grouped += sum(e.truth == lab.theme for e, lab in zip(test, grouped, strict=True))
    by_doc: dict[str, list[_Row]] = defaultdict(list)
    by_cycle: dict[str, list[_Row]] = defaultdict(list)
    by_theme: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        by_doc[row[0].document].append(row)
        by_cycle[str(row[0].cycle)].append(row)
        by_theme[row[0].truth].append(row)
    confusions = Counter((e.truth, p) for e, p, _, _ in rows if e.truth != p)
    sources = Counter(e.source for e in examples)
    overall = _scores(rows)
    return {
        "documents": len(documents),
        "examples": len(rows),
        "training_examples": dict(sorted(sources.items())),
        "training_examples_per_fold": [min(trained, default=0), max(trained, default=0)],
        "overall": overall,
        "placement": overall["placement"],
        "paragraph_context": _ratio(in_paragraph, len(rows)),
        "paragraph_context_placement": _ratio(in_paragraph_placed, len(rows)),
        "document_order": _ratio(ordered, len(rows)),
        "document_order_paragraphs": _ratio(ordered_grouped, len(rows)),
        "per_document": {d: {"cycle": r[0][0].cycle, **_scores(r)} for d, r in by_doc.items()},
        "per_cycle": {c: _scores(r) for c, r in sorted(by_cycle.items())},
        "per_theme": {t: _scores(r) for t, r in sorted(by_theme.items())},
        "confusions": [
            {"expected": a, "predicted": b, "count": n} for (a, b), n in confusions.most_common(15)
        ],
        "seconds": round(time.perf_counter() - started, 1),
    }


def _row(label: str, s: dict[str, object], cycle: object = None) -> str:
    cells = [label] + ([str(cycle)] if cycle is not None else []) + [str(s["n"])]
    cells += [f"{s[k]:.3f}" if isinstance(s.get(k), float) else "" for k in ("top1", "top3", "placement")]
    return "| " + " | ".join(cells) + " |"


def format_markdown(result: dict[str, object]) -> str:
    """The result as a Markdown report."""
    overall = result["overall"]
    assert isinstance(overall, dict)
    lines = [
        "# Heading classifier: leave-one-document-out",
        "",
        f"{result['documents']} documents, {result['examples']} statements. "
        f"Each text on its own: top-1 accuracy **{overall['top1']:.3f}**, top-3 {overall['top3']:.3f}, "
        f"placement under the right heading of the document's cycle {result['placement']:.3f}.",
        "",
        f"Each statement with the other statements of its paragraph, in any order (``predict_grouped``): "
        f"top-1 {result['paragraph_context']:.3f}, placement {result['paragraph_context_placement']:.3f}.",
        "",
        f"Whole document in reading order, themes following the outline order: {result['document_order']:.3f}; "
        f"with one theme per paragraph: {result['document_order_paragraphs']:.3f}.",
    ]
    if "training_examples" in result:
        lines += [
            "",
            f"Examples loaded by source: {result['training_examples']}; used per fold (held-out review "
            f"left out): {result.get('training_examples_per_fold')}. Time: {result.get('seconds')} s.",
        ]
    lines += [
        "",
        "## Per cycle",
        "",
        "| cycle | statements | top-1 | top-3 | placement |",
        "|---|---:|---:|---:|---:|",
    ]
    per_cycle = result["per_cycle"]
    assert isinstance(per_cycle, dict)
    lines += [_row(c, s) for c, s in per_cycle.items()]
    lines += [
        "",
        "## Per document (worst first)",
        "",
        "| document | cycle | statements | top-1 | top-3 | placement |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    per_doc = result["per_document"]
    assert isinstance(per_doc, dict)
    for d, s in sorted(per_doc.items(), key=lambda kv: kv[1]["top1"]):
        lines.append(_row(d, s, s["cycle"]))
    lines += [
        "",
        "## Per theme (recall)",
        "",
        "| theme | statements | top-1 | top-3 | placement |",
        "|---|---:|---:|---:|---:|",
    ]
    per_theme = result["per_theme"]
    assert isinstance(per_theme, dict)
    lines += [_row(t, s) for t, s in per_theme.items()]
    lines += ["", "## Most frequent confusions", "", "| expected | predicted | count |", "|---|---|---:|"]
    confusions = result["confusions"]
    assert isinstance(confusions, list)
    lines += [f"| {c['expected']} | {c['predicted']} | {c['count']} |" for c in confusions]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m uprkit.bench.classify_headings", description=__doc__.split("\n")[0]
    )
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("../shared/data"))
    parser.add_argument("--summaries-only", action="store_true", help="train on the summaries alone")
    args = parser.parse_args(argv)
    if not args.data_dir.is_dir():
        print(f"Error: {args.data_dir} is not a folder", file=sys.stderr)
        return 1
    print(format_markdown(run(args.data_dir, weak=not args.summaries_only)), end="")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    raise SystemExit(main())
