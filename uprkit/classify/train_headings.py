"""Train the heading classifier on real stakeholder summaries: ``python -m uprkit.classify.train_headings DATA``.

Training data: every stakeholder summary (``*_3.txt``, ``*_3.pdf`` ...) under DATA, plus the packaged
Kazakhstan summary (A/HRC/WG.6/7/KAZ/3); a document found twice (same symbol) counts once. Each is parsed with
:mod:`uprkit.parse`; each statement of a paragraph becomes one example (the paragraph's text where the parser
found no statement), labelled with the unified theme of the paragraph's heading path
(:func:`uprkit.classify.outlines.theme_of_path`). Paragraphs of the opening ("background") and of the A-status
NHRI's own section ("nhri") are left out: those headings say who speaks, not what about.

The model is scikit-learn's ``TfidfVectorizer`` (sublinear tf, l2) on :func:`uprkit.classify.headings.analyze`
features and a multinomial ``LogisticRegression``; both are deterministic. Only their arrays are saved.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from uprkit.classify.headings import HeadingModel, analyze
from uprkit.classify.outlines import theme, theme_of_path
from uprkit.model import ParsedReport

__all__ = ["HeadingExample", "fit", "load_examples", "main", "summary_paths", "train"]

KAZ_EXAMPLE = "A_HRC_WG.6_7_KAZ_3.txt"
MIN_DF = 2
C = 20.0
MAX_ITER = 3000


@dataclass(frozen=True)
class HeadingExample:
    document: str  # the document's symbol (or file name)
    cycle: int | None
    theme: str
    text: str
    heading_path: tuple[str, ...]
    paragraph: int = 0  # the paragraph's number in the document (statements of one paragraph share it)


def summary_paths(data_dir: Path) -> list[Path]:
    """Every stakeholder summary (``/3``) file under ``data_dir``, sorted."""
    suffixes = {".txt", ".pdf", ".docx", ".html", ".htm"}
    return sorted(p for p in data_dir.rglob("*_3.*") if p.suffix.lower() in suffixes and p.is_file())


def _parse_kaz() -> ParsedReport:
    from uprkit.parse import parse_file

    data = resources.files("uprkit").joinpath(f"examples/{KAZ_EXAMPLE}").read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / KAZ_EXAMPLE
        path.write_bytes(data)
        return parse_file(path)


def examples_from_report(report: ParsedReport, document: str) -> list[HeadingExample]:
    """The labelled examples of one parsed summary (statement texts; paragraph text where none)."""
    out: list[HeadingExample] = []
    for paragraph in report.paragraphs:
        theme_id = theme_of_path(paragraph.headings)
        if theme_id is None or not theme(theme_id).topical:
            continue
        texts = [s.text for s in paragraph.statements] or [paragraph.text]
        path = tuple(paragraph.headings)
        out.extend(
            HeadingExample(document, report.cycle, theme_id, t, path, paragraph.number)
            for t in texts
            if t.strip()
        )
    return out


def load_examples(data_dir: Path | None, *, include_kaz: bool = True) -> list[HeadingExample]:
    """The examples of every summary under ``data_dir`` plus the Kazakhstan summary, in document order."""
    from uprkit.parse import parse_file

    reports: list[tuple[str, ParsedReport]] = []
    if include_kaz:
        kaz = _parse_kaz()
        reports.append((kaz.symbol or KAZ_EXAMPLE, kaz))
    for path in summary_paths(data_dir) if data_dir is not None else []:
        report = parse_file(path)
        reports.append((report.symbol or path.name, report))
    seen: set[str] = set()
    out: list[HeadingExample] = []
    for document, report in reports:
        if document in seen:
            continue
        seen.add(document)
        out.extend(examples_from_report(report, document))
    return out


def _identity(features: list[str]) -> list[str]:
    return features


def fit(
    examples: Sequence[HeadingExample],
    metadata: dict[str, object] | None = None,
    *,
    features: Sequence[list[str]] | None = None,
) -> HeadingModel:
    """Train on ``examples``: TF-IDF features, multinomial logistic regression; arrays only.

    ``features`` may hold ``analyze(e.text)`` of every example, computed beforehand (the benchmark reuses them
    across folds)."""
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    feats = list(features) if features is not None else [analyze(e.text) for e in examples]
    vectorizer = TfidfVectorizer(
        analyzer=_identity, sublinear_tf=True, min_df=MIN_DF, norm="l2", dtype=np.float32
    )
    x = vectorizer.fit_transform(feats)
    y = [e.theme for e in examples]
    clf = LogisticRegression(C=C, max_iter=MAX_ITER, solver="lbfgs")
    clf.fit(x, y)
    vocabulary = {str(k): int(v) for k, v in vectorizer.vocabulary_.items()}
    meta: dict[str, object] = {
        "features": "tfidf(analyze): word 1-2 grams, group/instrument pseudo-words",
        "min_df": MIN_DF,
        "C": C,
        "examples": len(examples),
        "documents": sorted({e.document for e in examples}),
    }
    meta.update(metadata or {})
    return HeadingModel(
        tuple(str(c) for c in clf.classes_),
        vocabulary,
        np.asarray(vectorizer.idf_, dtype=np.float32),
        np.asarray(clf.coef_, dtype=np.float32),
        np.asarray(clf.intercept_, dtype=np.float32),
        meta,
    )


def train(data_dir: Path, out_dir: Path | None = None) -> HeadingModel:
    """Train on every summary under ``data_dir`` (plus KAZ) and save to ``out_dir`` (the package's
    ``uprkit/data/models`` by default)."""
    examples = load_examples(data_dir)
    if not examples:
        raise ValueError(f"no stakeholder summaries (*_3.*) with headings under {data_dir}")
    model = fit(examples)
    model.save(out_dir or Path(__file__).resolve().parents[1] / "data" / "models")
    return model


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m uprkit.classify.train_headings", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "data_dir", type=Path, help="folder searched recursively for *_3.* stakeholder summaries"
    )
    parser.add_argument("--out", type=Path, default=None, help="output folder (default: uprkit/data/models)")
    args = parser.parse_args(argv)
    if not args.data_dir.is_dir():
        print(f"Error: {args.data_dir} is not a folder", file=sys.stderr)
        return 1
    model = train(args.data_dir, args.out)
    meta = model.metadata
    print(
        f"trained on {meta['examples']} examples from {len(meta['documents'])} documents "  # type: ignore[arg-type]
        f"({len(model.classes)} themes, {len(model.vocabulary)} features)"
    )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    raise SystemExit(main())
