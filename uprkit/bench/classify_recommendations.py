"""Recommendation classifier benchmark: UPR Info action category and issues on Working Group sessions 17-20.

The shipped model (:class:`uprkit.classify.recommendations_model.RecommendationClassifier`, trained on sessions
1-16 only) labels every deduplicated recommendation of sessions 17-20 of the UPR Info export under
``data_dir`` (see :mod:`uprkit.classify.upr_info`). Reported: action accuracy and macro-F1; issues micro-F1,
macro-F1 over the 54 labels and per-label precision, recall, F1 and support; speed (texts per second of
``predict``, explanations included, on one core, after loading: this model alone, not the whole ``uprkit
classify`` pipeline, which :mod:`uprkit.bench.classify_pipeline` measures) and the model's load time and file
size.

Evaluate (from the repository root)::

    python -m uprkit.bench.classify_recommendations /work/shared/data [--retrain]

``--retrain`` first retrains the model from sessions 1-16 into a temporary folder and evaluates that instead.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from uprkit.classify.recommendations_model import MODEL_FILES, RecommendationClassifier
from uprkit.classify.upr_info import TEST_SESSIONS, UprInfoRecommendation, by_session, load_recommendations

__all__ = ["TARGETS", "evaluate", "format_markdown", "main", "run"]

#: The figures issue 4 asks for (the speed target is the whole pipeline's: uprkit.bench.classify_pipeline).
TARGETS = {
    "action_accuracy": 0.93,
    "issues_micro_f1": 0.90,
    "issues_macro_f1": 0.83,
    "texts_per_second": 2000.0,
    "load_seconds": 2.0,
}


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _per_label(gold: Sequence[set[str]], pred: Sequence[set[str]], labels: Sequence[str]) -> dict[str, Any]:
    per: dict[str, dict[str, float]] = {}
    tp_all = fp_all = fn_all = 0
    for label in labels:
        tp = sum(label in g and label in p for g, p in zip(gold, pred, strict=True))
        fp = sum(label not in g and label in p for g, p in zip(gold, pred, strict=True))
        fn = sum(label in g and label not in p for g, p in zip(gold, pred, strict=True))
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        p, r, f = _f1(tp, fp, fn)
        per[label] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": tp + fn}
    macro = sum(v["f1"] for v in per.values()) / len(per) if per else 0.0
    return {
        "micro_f1": round(_f1(tp_all, fp_all, fn_all)[2], 4),
        "macro_f1": round(macro, 4),
        "per_label": per,
    }


def evaluate(model: RecommendationClassifier, recs: Sequence[UprInfoRecommendation]) -> dict[str, Any]:
    """Accuracy figures of ``model`` on ``recs`` (no timing)."""
    predictions = model.predict([r.text for r in recs])
    actions = model.action.labels
    gold_a = [{r.action} for r in recs]
    pred_a = [{p.action.label} for p in predictions]
    action = _per_label(gold_a, pred_a, actions)
    right = sum(r.action == p.action.label for r, p in zip(recs, predictions, strict=True))
    issues = _per_label(
        [set(r.issues) for r in recs], [{i.label for i in p.issues} for p in predictions], model.issues.labels
    )
    return {
        "n": len(recs),
        "action": {
            "accuracy": round(right / len(recs), 4) if recs else 0.0,
            "macro_f1": action["macro_f1"],
            "per_label": action["per_label"],
        },
        "issues": issues,
    }


def _model_size(folder: Path | None) -> int:
    if folder is not None:
        return sum((folder / name).stat().st_size for name in MODEL_FILES)
    root = resources.files("uprkit") / "data" / "models"
    return sum(len((root / name).read_bytes()) for name in MODEL_FILES)


def _load(folder: Path | None) -> RecommendationClassifier:
    if folder is None:
        RecommendationClassifier.load.cache_clear()  # type: ignore[attr-defined]
        return RecommendationClassifier.load()
    return RecommendationClassifier.load_from(folder)


def run(data_dir: Path | str, *, retrain: bool = False, speed_texts: int = 5000) -> dict[str, Any]:
    """Evaluate the shipped model (or a fresh one with ``retrain``) on sessions 17-20 under ``data_dir``."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: the matrix products must not fan out
    recs = by_session(load_recommendations(data_dir), TEST_SESSIONS)
    with tempfile.TemporaryDirectory() as tmp:
        folder: Path | None = None
        if retrain:
            from uprkit.classify.train_recommendations import save, train

            folder = Path(tmp)
            save(train(data_dir), folder)
        start = time.perf_counter()
        model = _load(folder)
        load_seconds = time.perf_counter() - start
        size = _model_size(folder)
        result = evaluate(model, recs)
    texts = [r.text for r in recs][:speed_texts]
    start, cpu_start = time.perf_counter(), time.process_time()
    model.predict(texts)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    result.update(
        sessions=f"{TEST_SESSIONS.start}-{TEST_SESSIONS.stop - 1}",
        speed={
            "texts": len(texts),
            "seconds": round(elapsed, 3),
            "texts_per_second": round(len(texts) / elapsed, 1) if elapsed else 0.0,
            "texts_per_cpu_second": round(len(texts) / cpu, 1) if cpu else 0.0,
            "load_seconds": round(load_seconds, 3),
            "model_bytes": size,
        },
        targets=TARGETS,
        retrained=retrain,
    )
    return result


def _mark(value: float, target: float, *, below: bool = False) -> str:
    ok = value <= target if below else value >= target
    return "yes" if ok else "**no**"


def format_markdown(result: dict[str, Any], *, worst: int = 10) -> str:
    """A README-ready summary table, then the ``worst`` issues by F1."""
    a, i, s = result["action"], result["issues"], result["speed"]
    t = result["targets"]
    lines = [
        f"Sessions {result['sessions']} of the UPR Info export, {result['n']} recommendations "
        f"(model trained on sessions 1-16{', retrained' if result.get('retrained') else ''}).",
        "",
        "| figure | value | target | met |",
        "|---|---:|---:|---|",
        f"| action accuracy | {a['accuracy']:.3f} | {t['action_accuracy']:.2f} | "
        f"{_mark(a['accuracy'], t['action_accuracy'])} |",
        f"| action macro-F1 | {a['macro_f1']:.3f} | | |",
        f"| issues micro-F1 | {i['micro_f1']:.3f} | {t['issues_micro_f1']:.2f} | "
        f"{_mark(i['micro_f1'], t['issues_micro_f1'])} |",
        f"| issues macro-F1 (54 labels) | {i['macro_f1']:.3f} | {t['issues_macro_f1']:.2f} | "
        f"{_mark(i['macro_f1'], t['issues_macro_f1'])} |",
        f"| texts per second, this model alone (`predict`, one core; the whole pipeline is measured by "
        f"`uprkit.bench.classify_pipeline`) | {s['texts_per_second']:,.0f} | | |",
        f"| model load (s) | {s['load_seconds']:.2f} | {t['load_seconds']:.1f} | "
        f"{_mark(s['load_seconds'], t['load_seconds'], below=True)} |",
        f"| model files (MB) | {s['model_bytes'] / 1e6:.1f} | | |",
        "",
        f"The {worst} issues with the lowest F1:",
        "",
        "| issue | F1 | precision | recall | support |",
        "|---|---:|---:|---:|---:|",
    ]
    ranked = sorted(i["per_label"].items(), key=lambda kv: (kv[1]["f1"], kv[0]))[:worst]
    lines += [
        f"| {label} | {v['f1']:.3f} | {v['precision']:.3f} | {v['recall']:.3f} | {v['support']} |"
        for label, v in ranked
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Evaluate the recommendation classifier on sessions 17-20.")
    parser.add_argument("data_dir", type=Path, help="the shared data folder (or the export's CSV folder)")
    parser.add_argument("--retrain", action="store_true", help="retrain from sessions 1-16 first")
    parser.add_argument("--json", type=Path, help="also write the full result as JSON here")
    args = parser.parse_args(argv)
    result = run(args.data_dir, retrain=args.retrain)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, sort_keys=True), encoding="utf-8")
    print(format_markdown(result), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
