"""Heading classifier benchmark: leave-one-document-out top-1 accuracy on the unified themes.

Every stakeholder summary (``*_3.*``) under the data folder plus the packaged Kazakhstan summary is held out in
turn; the model is trained on all the other documents (same features and settings as
:mod:`uprkit.classify.train_headings`) and predicts every statement of the held-out one with the numpy
predictor of :mod:`uprkit.classify.headings`. Reported: top-1 and top-3 accuracy overall, per document, per
cycle and per theme (recall), and the most frequent confusions, for each text on its own (``predict``: the
headline figure). Two more figures use the document as a whole (``predict_document``): the statements of the
held-out document in reading order, themes constrained to follow the cycle's outline order, without and with
the statements of one paragraph sharing a theme. "placement" counts a prediction right when it lands under the
same heading of the document's cycle (``place_in_outline``) as the true theme.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from uprkit.classify.headings import HeadingClassifier, analyze
from uprkit.classify.outlines import place_in_outline
from uprkit.classify.train_headings import HeadingExample, fit, load_examples

__all__ = ["format_markdown", "run"]


def _ratio(right: int, total: int) -> float:
    return round(right / total, 4) if total else 0.0


def _scores(rows: Sequence[tuple[HeadingExample, str, bool]]) -> dict[str, object]:
    right = sum(e.theme == p for e, p, _ in rows)
    top3 = sum(t for _, _, t in rows)
    return {"n": len(rows), "top1": _ratio(right, len(rows)), "top3": _ratio(top3, len(rows))}


def run(data_dir: Path | str, *, include_kaz: bool = True) -> dict[str, object]:
    """Leave-one-document-out evaluation over every summary under ``data_dir`` (plus KAZ)."""
    examples = load_examples(Path(data_dir), include_kaz=include_kaz)
    features = [analyze(e.text) for e in examples]
    documents = list(dict.fromkeys(e.document for e in examples))
    rows: list[tuple[HeadingExample, str, bool]] = []
    ordered = ordered_grouped = placed = 0
    for held_out in documents:
        train_idx = [i for i, e in enumerate(examples) if e.document != held_out]
        model = fit([examples[i] for i in train_idx], features=[features[i] for i in train_idx])
        clf = HeadingClassifier(model)
        test = [e for e in examples if e.document == held_out]
        for e in test:
            label = clf.predict_one(e.text)
            top3 = e.theme == label.theme or any(e.theme == t for t, _ in label.alternatives)
            rows.append((e, label.theme, top3))
            if e.cycle is not None:
                placed += place_in_outline(label.theme, e.cycle) == place_in_outline(e.theme, e.cycle)
        cycle = test[0].cycle
        if cycle is not None:
            texts = [e.text for e in test]
            seq = clf.predict_document(texts, cycle)
            ordered += sum(e.theme == lab.theme for e, lab in zip(test, seq, strict=True))
            grouped = clf.predict_document(texts, cycle, paragraphs=[e.paragraph for e in test])
            ordered_grouped += sum(e.theme == lab.theme for e, lab in zip(test, grouped, strict=True))
    by_doc: dict[str, list[tuple[HeadingExample, str, bool]]] = defaultdict(list)
    by_cycle: dict[str, list[tuple[HeadingExample, str, bool]]] = defaultdict(list)
    by_theme: dict[str, list[tuple[HeadingExample, str, bool]]] = defaultdict(list)
    for row in rows:
        by_doc[row[0].document].append(row)
        by_cycle[str(row[0].cycle)].append(row)
        by_theme[row[0].theme].append(row)
    confusions = Counter((e.theme, p) for e, p, _ in rows if e.theme != p)
    return {
        "documents": len(documents),
        "examples": len(rows),
        "overall": _scores(rows),
        "placement": _ratio(placed, len(rows)),
        "document_order": _ratio(ordered, len(rows)),
        "document_order_paragraphs": _ratio(ordered_grouped, len(rows)),
        "per_document": {d: {"cycle": r[0][0].cycle, **_scores(r)} for d, r in by_doc.items()},
        "per_cycle": {c: _scores(r) for c, r in sorted(by_cycle.items())},
        "per_theme": {t: _scores(r) for t, r in sorted(by_theme.items())},
        "confusions": [
            {"expected": a, "predicted": b, "count": n} for (a, b), n in confusions.most_common(15)
        ],
    }


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
        f"Whole document in reading order, themes following the outline order: {result['document_order']:.3f}; "
        f"with one theme per paragraph: {result['document_order_paragraphs']:.3f}.",
        "",
        "## Per cycle",
        "",
        "| cycle | statements | top-1 | top-3 |",
        "|---|---:|---:|---:|",
    ]
    per_cycle = result["per_cycle"]
    assert isinstance(per_cycle, dict)
    lines += [f"| {c} | {s['n']} | {s['top1']:.3f} | {s['top3']:.3f} |" for c, s in per_cycle.items()]
    lines += [
        "",
        "## Per document (worst first)",
        "",
        "| document | cycle | statements | top-1 | top-3 |",
        "|---|---:|---:|---:|---:|",
    ]
    per_doc = result["per_document"]
    assert isinstance(per_doc, dict)
    for d, s in sorted(per_doc.items(), key=lambda kv: kv[1]["top1"]):
        lines.append(f"| {d} | {s['cycle']} | {s['n']} | {s['top1']:.3f} | {s['top3']:.3f} |")
    lines += [
        "",
        "## Per theme (recall)",
        "",
        "| theme | statements | top-1 | top-3 |",
        "|---|---:|---:|---:|",
    ]
    per_theme = result["per_theme"]
    assert isinstance(per_theme, dict)
    lines += [f"| {t} | {s['n']} | {s['top1']:.3f} | {s['top3']:.3f} |" for t, s in per_theme.items()]
    lines += ["", "## Most frequent confusions", "", "| expected | predicted | count |", "|---|---|---:|"]
    confusions = result["confusions"]
    assert isinstance(confusions, list)
    lines += [f"| {c['expected']} | {c['predicted']} | {c['count']} |" for c in confusions]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    print(format_markdown(run(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))), end="")
