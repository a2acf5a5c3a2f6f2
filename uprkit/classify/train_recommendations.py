"""Train the recommendation classifier on the UPR Info export and write its model files.

Usage (from the repository root; needs scikit-learn; about 7 minutes on one core)::

    python -m uprkit.classify.train_recommendations /work/shared/data [--out uprkit/data/models]

Only Working Group sessions 1-16 are used (17-20 are the evaluation sessions of
``uprkit.bench.classify_recommendations``). Steps:

1. five TF-IDF blocks (words and bigrams; the first one to three tokens; character 2-5-grams; each word joined
   to the lead; the words after "including", "through", "by" …, see :mod:`uprkit.classify.recommendations_model`),
   fitted on sessions 1-16; the issue SVMs see the words and characters only, the action SVMs weigh each
   recommendation by its session's recency (:data:`RECENCY`);
2. out-of-fold scores on sessions 1-16, four folds of four consecutive sessions: a one-vs-rest linear SVM per
   action category and per issue is fitted on three folds and scores the fourth;
3. from those held-out scores only: each issue's decision threshold (the F1-best one, shrunk towards 0 when the
   label is rare), each issue's Platt calibration and the action softmax temperature; issues that nearly always
   come alone ("General", "Other") are marked exclusive: given only when no other issue passes;
4. the final SVMs on all of sessions 1-16; weights below :data:`PRUNE` in magnitude are dropped and the rest
   stored as float16, vocabularies as JSON. The output is deterministic (fixed solver seed, sorted vocabularies).
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from uprkit.classify.recommendations_model import ANALYZERS, MODEL_FILES
from uprkit.classify.upr_info import TRAIN_SESSIONS, UprInfoRecommendation, by_session, load_recommendations

__all__ = ["PRUNE", "TrainingResult", "fit_thresholds", "main", "train", "save"]

#: SVM regularisation (chosen on the out-of-fold scores of sessions 1-16).
C_ACTION = 0.5
C_ISSUES = 0.5
#: Minimum document frequency of a feature in sessions 1-16, per block.
MIN_DF = {"word": 2, "lead": 2, "char": 3, "conj": 3, "tail": 2}
#: The action head weighs each training recommendation by its session's recency, exp((session - latest) / RECENCY):
#: UPR Info's labelling drifts (42 % of the recommendations opening "Adopt" were specific actions in sessions
#: 1-8, 53-59 % since). Chosen, with the conj and tail blocks, on sessions 13-16 held out from a
#: model of sessions 1-12 (action accuracy 0.8998 -> 0.9040; the blocks alone 0.9029, recency alone 0.9009).
RECENCY = 8.0
#: Weights smaller than this in magnitude are not stored.
PRUNE = 0.02
#: Threshold shrinkage: with n positive held-out examples, threshold = t* . n / (n + SHRINK_N).
SHRINK_N = 20.0
#: An issue given alone in at least this share of its examples ("General", "Other") is only predicted when
#: no other issue passes its threshold.
EXCLUSIVE_SHARE = 0.95
#: Fold of a session for the out-of-fold scores.
FOLD_SESSIONS = 4

FloatArray = npt.NDArray[np.float64]
#: The feature blocks, in column order, and the blocks each head sees.
BLOCKS = ("word", "lead", "char", "conj", "tail")
HEAD_BLOCKS = {"action": ("word", "lead", "char", "conj", "tail"), "issues": ("word", "char")}


class TrainingResult(dict[str, Any]):
    """What :func:`train` returns: ``meta`` (JSON-able) and ``arrays`` (for ``np.savez``), plus diagnostics."""


def _vectorizers() -> list[Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return [
        TfidfVectorizer(analyzer=ANALYZERS[kind], sublinear_tf=True, min_df=MIN_DF[kind], dtype=np.float32)
        for kind in BLOCKS
    ]


def _features(texts: Sequence[str], vectorizers: list[Any], fit: bool) -> tuple[sp.csr_matrix, Any]:
    """The joint feature rows and, per head, a mask of the columns it may use."""
    blocks = [v.fit_transform(texts) if fit else v.transform(texts) for v in vectorizers]
    kinds = np.concatenate([np.full(b.shape[1], i) for i, b in enumerate(blocks)])
    masks = {head: np.isin(kinds, [BLOCKS.index(k) for k in used]) for head, used in HEAD_BLOCKS.items()}
    return sp.hstack(blocks, format="csr", dtype=np.float32), masks


def _targets(recs: Sequence[UprInfoRecommendation], actions: list[str], issues: list[str]) -> tuple[Any, Any]:
    a = np.array([actions.index(r.action) for r in recs])
    index = {label: j for j, label in enumerate(issues)}
    y = np.zeros((len(recs), len(issues)), dtype=np.int8)
    for n, r in enumerate(recs):
        for issue in r.issues:
            y[n, index[issue]] = 1
    return a, y


def _fit_svms(
    x: sp.csr_matrix, masks: Any, a: Any, y: Any, n_actions: int, sessions: Any
) -> tuple[FloatArray, FloatArray]:
    """One-vs-rest SVM weights (features x labels) and biases: the action categories (each recommendation
    weighed by its session's recency, see :data:`RECENCY`), then the issues."""
    from sklearn.svm import LinearSVC

    columns: list[tuple[str, Any, float]] = [("action", a == k, C_ACTION) for k in range(n_actions)]
    columns += [("issues", y[:, j] == 1, C_ISSUES) for j in range(y.shape[1])]
    weights = np.zeros((x.shape[1], len(columns)), dtype=np.float64)
    bias = np.zeros(len(columns), dtype=np.float64)
    views = {head: x[:, np.flatnonzero(mask)] for head, mask in masks.items()}
    recency = np.exp((sessions - sessions.max()) / RECENCY)
    for j, (head, target, c) in enumerate(columns):
        svm = LinearSVC(C=c, random_state=0, max_iter=5000).fit(
            views[head], target.astype(np.int8), sample_weight=recency if head == "action" else None
        )
        weights[np.flatnonzero(masks[head]), j] = svm.coef_[0]
        bias[j] = svm.intercept_[0]
    return weights, bias


def fit_thresholds(scores: FloatArray, y: Any) -> FloatArray:
    """Per label, the score threshold maximising F1 on held-out scores, shrunk towards 0 for rare labels."""
    out = np.zeros(scores.shape[1])
    for j in range(scores.shape[1]):
        s, t = scores[:, j], y[:, j]
        order = np.argsort(-s, kind="stable")
        tp = np.cumsum(t[order])
        f1 = 2 * tp / (np.arange(1, len(s) + 1) + t.sum())
        k = int(np.argmax(f1))
        best = (s[order][k] + s[order][min(k + 1, len(s) - 1)]) / 2
        positives = float(t.sum())
        out[j] = best * positives / (positives + SHRINK_N)
    return out


def _alone_share(y: Any, j: int) -> float:
    """The share of label ``j``'s examples that carry no other issue."""
    mine = y[:, j] == 1
    return float(np.mean(y[mine].sum(axis=1) == 1)) if mine.any() else 0.0


def _platt(scores: FloatArray, target: Any) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1e4, max_iter=1000).fit(scores[:, None], target)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def _temperature(scores: FloatArray, a: Any) -> float:
    """The softmax inverse temperature minimising the log loss of the held-out action scores."""
    best, best_loss = 1.0, np.inf
    for beta in np.arange(0.5, 10.01, 0.25):
        z = scores * beta
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        loss = -float(np.mean(logp[np.arange(len(a)), a]))
        if loss < best_loss:
            best, best_loss = float(beta), loss
    return best


def _log(message: str, start: float) -> None:
    print(f"[{time.monotonic() - start:6.1f}s] {message}", flush=True)


def train(data_dir: Path | str) -> TrainingResult:
    """Fit the model on sessions 1-16 of the export under ``data_dir`` (see the module's steps)."""
    start = time.monotonic()
    recs = by_session(load_recommendations(data_dir), TRAIN_SESSIONS)
    actions = sorted({r.action for r in recs})
    issues = sorted({i for r in recs for i in r.issues})
    a, y = _targets(recs, actions, issues)
    texts = [r.text for r in recs]
    sessions = np.array([r.session for r in recs], dtype=np.float64)
    folds = np.array([(r.session - 1) // FOLD_SESSIONS for r in recs])
    _log(f"{len(recs)} recommendations, {len(actions)} action categories, {len(issues)} issues", start)

    held_out = np.zeros((len(recs), len(actions) + len(issues)))
    for fold in np.unique(folds):
        train_rows, test_rows = np.flatnonzero(folds != fold), np.flatnonzero(folds == fold)
        vectorizers = _vectorizers()
        x_train, masks = _features([texts[i] for i in train_rows], vectorizers, fit=True)
        x_test, _ = _features([texts[i] for i in test_rows], vectorizers, fit=False)
        w, b = _fit_svms(x_train, masks, a[train_rows], y[train_rows], len(actions), sessions[train_rows])
        held_out[test_rows] = x_test @ w + b
        _log(f"fold {fold}: held-out scores of {len(test_rows)} recommendations", start)

    a_scores, i_scores = held_out[:, : len(actions)], held_out[:, len(actions) :]
    thresholds = fit_thresholds(i_scores, y)
    platt = [_platt(i_scores[:, j], y[:, j]) for j in range(len(issues))]
    beta = _temperature(a_scores, a)
    alone = [j for j in range(len(issues)) if _alone_share(y, j) >= EXCLUSIVE_SHARE]
    exclusive = [issues[j] for j in alone]
    _log(
        f"held-out action accuracy {float(np.mean(a_scores.argmax(axis=1) == a)):.4f}; "
        f"exclusive issues: {', '.join(exclusive)}",
        start,
    )

    vectorizers = _vectorizers()
    x, masks = _features(texts, vectorizers, fit=True)
    w, b = _fit_svms(x, masks, a, y, len(actions), sessions)
    w[np.abs(w) < PRUNE] = 0.0
    weights = sp.csr_matrix(w.astype(np.float16).astype(np.float32))  # what the float16 file will hold
    _log(f"final model: {x.shape[1]} features, {weights.nnz} weights kept", start)

    blocks = []
    arrays: dict[str, npt.NDArray[Any]] = {}
    for kind, v in zip(BLOCKS, vectorizers, strict=True):
        names = v.get_feature_names_out().tolist()
        blocks.append({"kind": kind, "features": names})
        arrays[f"idf_{kind}"] = v.idf_.astype(np.float32)
    arrays.update(
        weights_data=weights.data.astype(np.float16),
        weights_indices=weights.indices.astype(np.int32),
        weights_indptr=weights.indptr.astype(np.int64),
        action_bias=b[: len(actions)].astype(np.float32),
        action_scale=np.array([beta], dtype=np.float32),
        issues_bias=b[len(actions) :].astype(np.float32),
        issues_scale=np.array([p[0] for p in platt], dtype=np.float32),
        issues_shift=np.array([p[1] for p in platt], dtype=np.float32),
        issues_thresholds=thresholds.astype(np.float32),
    )
    meta = {
        "format": 1,
        "trained_on": "UPR Info export, Working Group sessions 1-16",
        "recommendations": len(recs),
        "actions": actions,
        "issues": issues,
        "blocks": blocks,
        "exclusive_issues": exclusive,
        "settings": {"C_action": C_ACTION, "C_issues": C_ISSUES, "min_df": MIN_DF, "prune": PRUNE, "recency": RECENCY},
    }
    return TrainingResult(meta=meta, arrays=arrays, held_out=held_out, actions=a, issues=y)


def save(result: TrainingResult, out_dir: Path | str) -> list[Path]:
    """Write the model files (deterministically: fixed gzip mtime, sorted keys)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    npz, meta = out / MODEL_FILES[0], out / MODEL_FILES[1]
    np.savez_compressed(npz, **result["arrays"])
    payload = json.dumps(result["meta"], sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    meta.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    return [npz, meta]


def default_out_dir() -> Path:
    return Path(__file__).resolve().parents[1] / "data" / "models"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="the shared data folder (or the export's CSV folder)")
    parser.add_argument("--out", type=Path, default=default_out_dir(), help="where to write the model files")
    args = parser.parse_args(argv)
    for path in save(train(args.data_dir), args.out):
        print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
