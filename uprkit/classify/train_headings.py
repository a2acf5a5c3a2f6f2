"""Train the heading classifier: ``python -m uprkit.classify.train_headings DATA``.

Training data, from the folder DATA (searched recursively) and the package:

* **summaries** (``source="summary"``, weight 1): every stakeholder summary (``*_3.txt``, ``*_3.pdf`` ...) plus
  the packaged Kazakhstan summary (A/HRC/WG.6/7/KAZ/3); a document found twice (same symbol) counts once. Each
  is parsed with :mod:`uprkit.parse`; each statement of a paragraph becomes one example (the paragraph's text
  where the parser found no statement), labelled with the unified theme of the paragraph's heading path
  (:func:`uprkit.classify.outlines.theme_of_path`), or with a group's theme where the cycle gathers it under that
  heading and the statement names that group (:func:`specific_theme`). Paragraphs of the opening ("background")
  and of the A-status NHRI's own section ("nhri") are left out: those headings say who speaks, not what about.
* **compilations** (``source="compilation"``, weak): the UN compilations (``*_2.*``, not corrigenda) follow the
  same outline; their statements are labelled the same way.
* **UPR Info recommendations** (``source="upr-info"``, weak): the recommendations of the UPR Info export
  (``*.csv`` with the export's header, e.g. ``uprs/v.2/Data/CSVs``) whose issues map, through
  ``uprkit/data/outlines/upr_info_issues.json``, to exactly one theme; identical texts of one review count
  once, and at most :data:`UPR_INFO_PER_THEME` per theme are kept (a fixed, hash-ordered choice).

**Reviews and held-out documents.** Every example carries its ``review`` ("KAZ-7": the State under review and
the Working Group session). Weak examples of a review whose summary was loaded carry that summary's symbol in
``summary``; :func:`fit` uses such an example only when that summary is among the examples it is given. So
``fit([e for e in load_examples(data) if e.document != symbol])`` trains without the summary ``symbol`` *and*
without every other document of the same review (its compilation, its UPR Info recommendations).

The model is scikit-learn's ``TfidfVectorizer`` (sublinear tf, l2) on :func:`uprkit.classify.headings.analyze`
features and a multinomial ``LogisticRegression`` with per-source sample weights; both are deterministic. Only
their arrays are saved (float16 weights).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from uprkit.classify.headings import GROUP_THEMES, HeadingModel, analyze, groups_named, with_era
from uprkit.classify.outlines import placement, theme, theme_of_path
from uprkit.model import ParsedReport

__all__ = [
    "COMPILATION",
    "SUMMARY",
    "UPR_INFO",
    "FitConfig",
    "HeadingExample",
    "compilation_paths",
    "fit",
    "load_examples",
    "specific_theme",
    "main",
    "review_of",
    "summary_paths",
    "train",
    "upr_info_examples",
    "usable",
]

KAZ_EXAMPLE = "A_HRC_WG.6_7_KAZ_3.txt"
SUMMARY, COMPILATION, UPR_INFO = "summary", "compilation", "upr-info"
UPR_INFO_PER_THEME = 1500
MAX_ITER = 3000
_SUFFIXES = {".txt", ".pdf", ".docx", ".html", ".htm"}
_REVIEW = re.compile(r"WG\.6[/_](\d+)[/_]([A-Z]{3})[/_]")
_EXPORT_HEADER = b"To,To-Rgrp,"


@dataclass(frozen=True)
class FitConfig:
    """The settings of :func:`fit`: inverse regularisation, sample weight per source, vocabulary limits."""

    c: float = 10.0
    weights: dict[str, float] = field(default_factory=lambda: {SUMMARY: 1.0, COMPILATION: 0.5, UPR_INFO: 0.3})
    min_df: int = 2
    max_features: int = 60_000
    balanced: bool = False  # class weights inversely proportional to the (weighted) theme frequencies
    era: bool = True  # each feature also marked with its example's outline era (headings.with_era)


@dataclass(frozen=True)
class HeadingExample:
    document: str  # the document's symbol (or file name; "UPR Info KAZ-7" for UPR Info recommendations)
    cycle: int | None
    theme: str
    text: str
    heading_path: tuple[str, ...]
    paragraph: int = 0  # the paragraph's number in the document (statements of one paragraph share it)
    review: str = ""  # "KAZ-7": State under review and Working Group session ("" when unknown)
    source: str = SUMMARY  # SUMMARY, COMPILATION or UPR_INFO
    summary: str | None = None  # weak examples: the symbol of their review's summary, when one was loaded
    heading_theme: str | None = None  # the theme of the heading it stands under, where it is learnt as another

    @property
    def truth(self) -> str:
        """The theme of the heading the statement stands under (what a benchmark scores against)."""
        return self.heading_theme or self.theme


def review_of(symbol: str) -> str:
    """ "A/HRC/WG.6/7/KAZ/3" (or its file name) -> "KAZ-7"; "" when the symbol names no review."""
    m = _REVIEW.search(symbol)
    return f"{m.group(2)}-{int(m.group(1))}" if m else ""


def cycle_of_session(session: int) -> int:
    """The UPR cycle of a Working Group session (cycle 1: 1-12, 2: 13-26, 3: 27-40, 4: 41-)."""
    return 1 if session <= 12 else 2 if session <= 26 else 3 if session <= 40 else 4


def summary_paths(data_dir: Path) -> list[Path]:
    """Every stakeholder summary (``/3``) file under ``data_dir``, sorted."""
    return sorted(p for p in data_dir.rglob("*_3.*") if p.suffix.lower() in _SUFFIXES and p.is_file())


def compilation_paths(data_dir: Path) -> list[Path]:
    """Every UN compilation (``/2``, corrigenda and addenda left out) under ``data_dir``, sorted."""
    return sorted(p for p in data_dir.rglob("*_2.*") if p.suffix.lower() in _SUFFIXES and p.is_file())


def _parse_kaz() -> ParsedReport:
    from uprkit.parse import parse_file

    data = resources.files("uprkit").joinpath(f"examples/{KAZ_EXAMPLE}").read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / KAZ_EXAMPLE
        path.write_bytes(data)
        return parse_file(path)


def examples_from_report(
    report: ParsedReport, document: str, *, source: str = SUMMARY, summary: str | None = None
) -> list[HeadingExample]:
    """The labelled examples of one parsed summary or compilation (statement texts; paragraph text where none)."""
    out: list[HeadingExample] = []
    review = review_of(document)
    for paragraph in report.paragraphs:
        theme_id = theme_of_path(paragraph.headings)
        if theme_id is None or not theme(theme_id).topical:
            continue
        texts = [s.text for s in paragraph.statements] or [paragraph.text]
        path = tuple(paragraph.headings)
        for t in texts:
            if not t.strip():
                continue
            learnt = specific_theme(theme_id, report.cycle, t)
            out.append(HeadingExample(
                document, report.cycle, learnt, t, path, paragraph.number, review, source, summary,
                theme_id if learnt != theme_id else None,
            ))
    return out


def specific_theme(theme_id: str, cycle: int | None, text: str) -> str:
    """The theme a statement is learnt under: the theme of its heading or, where its cycle gathers a group's
    theme under that heading (cycles 1-3 file LGBTI and older persons under equality, cycle 1 persons with
    disabilities, cycles 1-2 stateless persons under migrants) and the statement names that group and no other
    (but women or children), the group's theme. A cycle-3 statement on discrimination against LGBTI persons under "Equality and
    non-discrimination" is learnt as "lgbti", which cycle 3 places under that same heading and cycle 4 under its
    own: learnt as equality, the cycle-3 summaries taught the model to file cycle 4's LGBTI points under equality."""
    if cycle is None:
        return theme_id
    gathered = [t for t, under in placement(cycle).items() if under == theme_id and t in GROUP_THEMES]
    if not gathered:
        return theme_id
    named = groups_named(text)
    hits = [t for t in gathered if t in named]
    # that group alone: not one of a list of groups or grounds ("… against Roma, Crimean Tatars, Jews, lesbian, gay
    # …", "on grounds of sex, race, religion, disability and sexual orientation"); women and children may be named
    # with it ("transgender women")
    alone = len(hits) == 1 and not (named - {hits[0], "women", "children"})
    return hits[0] if alone else theme_id


# ------------------------------------------------------------------------------------------ UPR Info export


@lru_cache(maxsize=1)
def upr_info_crosswalk() -> dict[str, str | None]:
    """UPR Info issue -> unified theme (None: no clean theme), from ``data/outlines/upr_info_issues.json``."""
    text = (
        resources.files("uprkit").joinpath("data/outlines/upr_info_issues.json").read_text(encoding="utf-8")
    )
    issues: dict[str, str | None] = json.loads(text)["issues"]
    for issue, theme_id in issues.items():
        if theme_id is not None and not theme(theme_id).topical:
            raise ValueError(f"upr_info_issues.json: {issue!r} maps to a non-topical theme {theme_id!r}")
    return issues


def _export_folders(data_dir: Path) -> list[Path]:
    folders = set()
    for path in data_dir.rglob("*.csv"):
        with path.open("rb") as fh:
            if fh.read(32).removeprefix(b"\xef\xbb\xbf").startswith(_EXPORT_HEADER):
                folders.add(path.parent)
    return sorted(folders)


def upr_info_examples(
    data_dir: Path, summaries: dict[str, str] | None = None, *, per_theme: int = UPR_INFO_PER_THEME
) -> list[HeadingExample]:
    """The UPR Info recommendations under ``data_dir`` whose issues name exactly one theme, as weak examples.

    ``summaries`` maps a review ("KAZ-7") to the symbol of its loaded summary (see the module's notes)."""
    from uprkit.bench.upr_export import load_export

    crosswalk = upr_info_crosswalk()
    linked = summaries or {}
    chosen: dict[str, dict[tuple[str, str], HeadingExample]] = defaultdict(dict)
    for folder in _export_folders(data_dir):
        for row in load_export(folder).rows:
            issues = [i.strip() for i in row.issue.split(",") if i.strip()]
            unknown = [i for i in issues if i not in crosswalk]
            if unknown:
                raise ValueError(f"upr_info_issues.json: no entry for UPR Info issue(s) {unknown}")
            themes = {t for i in issues if (t := crosswalk[i]) is not None}
            text = " ".join(row.text.split())
            if len(themes) != 1 or not text:
                continue
            review = f"{row.to}-{row.session}"
            key = (review, text.casefold().rstrip(" ."))
            theme_id = themes.pop()
            chosen[theme_id].setdefault(
                key,
                HeadingExample(
                    f"UPR Info {review}",
                    cycle_of_session(row.session),
                    theme_id,
                    text,
                    (),
                    0,
                    review,
                    UPR_INFO,
                    linked.get(review),
                ),
            )
    out: list[HeadingExample] = []
    for theme_id in sorted(chosen):
        rows = sorted(chosen[theme_id].items(), key=lambda kv: (zlib.crc32("\t".join(kv[0]).encode()), kv[0]))
        out.extend(e for _, e in rows[:per_theme])
    return out


# ------------------------------------------------------------------------------------------------ examples


def load_examples(
    data_dir: Path | None, *, include_kaz: bool = True, weak: bool = True
) -> list[HeadingExample]:
    """The summary examples (every summary under ``data_dir`` plus, with ``include_kaz``, the Kazakhstan
    summary), in document order, followed with ``weak`` by the compilations' and UPR Info's examples."""
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
    summaries: dict[str, str] = {}
    for document, report in reports:
        if document in seen:
            continue
        seen.add(document)
        found = examples_from_report(report, document, summary=document)
        out.extend(found)
        if found and found[0].review:
            summaries[found[0].review] = document
    if not weak or data_dir is None:
        return out
    for path in compilation_paths(data_dir):
        report = parse_file(path)
        document = report.symbol or path.name
        if document in seen:
            continue
        seen.add(document)
        out.extend(
            examples_from_report(
                report, document, source=COMPILATION, summary=summaries.get(review_of(document))
            )
        )
    out.extend(upr_info_examples(data_dir, summaries))
    return out


def usable(examples: Sequence[HeadingExample]) -> list[int]:
    """Indexes of the examples :func:`fit` trains on: every summary example, and every weak example whose
    review has no loaded summary or whose review's summary is among ``examples``."""
    present = {e.document for e in examples if e.source == SUMMARY}
    return [
        i for i, e in enumerate(examples) if e.source == SUMMARY or e.summary is None or e.summary in present
    ]


# ---------------------------------------------------------------------------------------------------- model


def _identity(features: list[str]) -> list[str]:
    return features


def fit(
    examples: Sequence[HeadingExample],
    metadata: dict[str, object] | None = None,
    *,
    features: Sequence[list[str]] | None = None,
    config: FitConfig | None = None,
) -> HeadingModel:
    """Train on ``examples`` (those :func:`usable` keeps): TF-IDF features, multinomial logistic regression
    with per-source sample weights; arrays only.

    ``features`` may hold ``analyze(e.text)`` of every example, computed beforehand (the benchmark reuses them
    across folds)."""
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    cfg = config or FitConfig()
    keep = usable(examples)
    chosen = [examples[i] for i in keep]
    feats = [features[i] for i in keep] if features is not None else [analyze(e.text) for e in chosen]
    if cfg.era:
        feats = [with_era(f, e.cycle) for f, e in zip(feats, chosen, strict=True)]
    vectorizer = TfidfVectorizer(
        analyzer=_identity,
        sublinear_tf=True,
        min_df=cfg.min_df,
        max_features=cfg.max_features,
        norm="l2",
        dtype=np.float32,
    )
    x = vectorizer.fit_transform(feats)
    y = np.asarray([e.theme for e in chosen])
    weight = np.asarray([cfg.weights.get(e.source, 1.0) for e in chosen], dtype=np.float64)
    if cfg.balanced:
        totals: dict[str, float] = defaultdict(float)
        for label, w in zip(y, weight, strict=True):
            totals[str(label)] += float(w)
        mean = sum(totals.values()) / len(totals)
        weight = weight * np.asarray([(mean / totals[str(label)]) ** 0.5 for label in y])
    clf = LogisticRegression(C=cfg.c, max_iter=MAX_ITER, solver="lbfgs")
    clf.fit(x, y, sample_weight=weight)
    vocabulary = {str(k): int(v) for k, v in vectorizer.vocabulary_.items()}
    sources: dict[str, int] = defaultdict(int)
    for e in chosen:
        sources[e.source] += 1
    meta: dict[str, object] = {
        "features": "tfidf(analyze): word 1-2 grams, group/instrument/topic pseudo-words"
        + (", each also marked with the outline era of its cycle" if cfg.era else ""),
        "min_df": cfg.min_df,
        "max_features": cfg.max_features,
        "C": cfg.c,
        "weights": dict(cfg.weights),
        "balanced": cfg.balanced,
        "era_features": cfg.era,
        "examples": len(chosen),
        "examples_by_source": dict(sorted(sources.items())),
        "documents": sorted({e.document for e in chosen if e.source == SUMMARY}),
        "compilations": sorted({e.document for e in chosen if e.source == COMPILATION}),
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
    """Train on every summary under ``data_dir`` (plus KAZ) and the weak data there, and save to ``out_dir``
    (the package's ``uprkit/data/models`` by default)."""
    examples = load_examples(data_dir)
    if not any(e.source == SUMMARY for e in examples):
        raise ValueError(f"no stakeholder summaries (*_3.*) with headings under {data_dir}")
    model = fit(examples)
    model.save(out_dir or Path(__file__).resolve().parents[1] / "data" / "models")
    return model


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m uprkit.classify.train_headings", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "data_dir",
        type=Path,
        help="folder searched recursively for *_3.* summaries, *_2.* compilations and the UPR Info export",
    )
    parser.add_argument("--out", type=Path, default=None, help="output folder (default: uprkit/data/models)")
    args = parser.parse_args(argv)
    if not args.data_dir.is_dir():
        print(f"Error: {args.data_dir} is not a folder", file=sys.stderr)
        return 1
    model = train(args.data_dir, args.out)
    meta = model.metadata
    print(
        f"trained on {meta['examples']} examples ({meta['examples_by_source']}) from "
        f"{len(meta['documents'])} summaries "  # type: ignore[arg-type]
        f"({len(model.classes)} themes, {len(model.vocabulary)} features)"
    )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    raise SystemExit(main())
