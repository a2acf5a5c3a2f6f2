"""Classify a recommendation's text into UPR Info's action category (1-5) and issues (54 labels).

The model is linear over three TF-IDF blocks (sublinear term frequency, smoothed idf, each block l2-normalised):

* **word**: lower-cased ``[a-z0-9]+`` tokens and their bigrams;
* **lead**: the first one, two and three tokens (``^continue``, ``^continue to``, ...): the leading verb decides
  much of the action category (used by the action head only);
* **char**: 2- to 5-character n-grams inside space-padded words (robust to inflection and spelling);
* **conj**: each word joined to the lead verb ("continue to&ratification"), and **tail**: the words after
  "including", "through", "by" … (the means of the action), both for the action head only.

Action: one linear score per category, the highest wins; its confidence is a softmax of the scores with a
temperature fitted on held-out data. Issues: one linear score per label, a label is given when its score passes
its own threshold (chosen on held-out data, never on the evaluation sessions), except that the catch-all issues
("General", "Other") are given only when no other issue passes; the label with the best margin is given when
none passes. Confidences are per-label logistic (Platt) calibrations of the scores.

An explanation lists the input's words and word n-grams with the largest contribution (weight x tf-idf value)
to the label's score; a word's character n-grams are folded into that word.

The model files (``uprkit/data/models/recommendations.npz`` and ``recommendations.json.gz``) hold only arrays and
strings: no pickles, no scikit-learn at prediction time. ``python -m uprkit.classify.train_recommendations
DATA_DIR`` rewrites them.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

__all__ = [
    "MODEL_FILES",
    "Label",
    "RecommendationClassifier",
    "RecommendationLabels",
    "ANALYZERS",
    "TfidfBlock",
    "char_features",
    "conj_features",
    "lead_features",
    "tail_features",
    "word_features",
    "words_of",
]

#: The model's files under ``uprkit/data/models``.
MODEL_FILES = ("recommendations.npz", "recommendations.json.gz")
#: The number of explanation items per label.
EXPLANATION_SIZE = 5
#: The explanation of a label that no word of the text supports (given because every text gets one issue).
NO_EVIDENCE = "(no word of the text supports it: the label's prior)"
#: Texts analysed together (bounds the memory of the explanation matrices).
BATCH = 1024

_TOKEN = re.compile(r"[a-z0-9]+")
FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]


def words_of(text: str) -> list[str]:
    """The lower-cased alphanumeric tokens of ``text``."""
    return _TOKEN.findall(text.lower())


def word_features(text: str) -> list[str]:
    """The tokens of :func:`words_of` and their bigrams."""
    words = words_of(text)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def lead_features(text: str, *, size: int = 3) -> list[str]:
    """The first one to ``size`` tokens, marked as the lead (``^continue``, ``^continue to``, ...)."""
    words = words_of(text)
    return ["^" + " ".join(words[:n]) for n in range(1, min(size, len(words)) + 1)]


#: Leads read with their next word, the action being in it ("continue to", "continue its"; "to ensure").
_LONG_LEADS = frozenset({"continue", "to"})
#: Words after which a recommendation names the means of its action ("… through amending the law", "including
#: by prosecuting …"): a specific means makes a general recommendation specific in UPR Info's labelling.
_MEANS = frozenset({"including", "through", "particularly", "notably", "namely", "by"})


def _lead_word(words: Sequence[str]) -> str:
    return " ".join(words[:2]) if words[0] in _LONG_LEADS else words[0]


def conj_features(text: str) -> list[str]:
    """Each word after the first, joined to the lead ("continue to&ratification"): what a word says about the
    action depends on the verb it follows (once each, sorted)."""
    return [feature for feature, _ in _conj(words_of(text))]


def _conj(words: Sequence[str]) -> list[tuple[str, str]]:
    """:func:`conj_features` of a text's words, each with the word it joins to the lead."""
    if not words:
        return []
    lead = _lead_word(words)
    return [(f"{lead}&{w}", w) for w in sorted(set(words[1:]))]


def tail_features(text: str) -> list[str]:
    """The words after the first word of :data:`_MEANS`, marked ("T:prosecuting"), the means words left out."""
    return _tail(words_of(text))


def _tail(words: Sequence[str]) -> list[str]:
    out: list[str] = []
    after = False
    for w in words:
        if w in _MEANS:
            after = True
        elif after:
            out.append("T:" + w)
    return out


@functools.lru_cache(maxsize=65536)
def _grams_of_word(word: str, lo: int, hi: int) -> tuple[str, ...]:
    padded = f" {word} "
    return tuple(padded[i : i + n] for n in range(lo, hi + 1) for i in range(len(padded) - n + 1))


def char_features(text: str, *, lo: int = 2, hi: int = 5) -> list[str]:
    """Character ``lo..hi``-grams inside each space-padded token of :func:`words_of`."""
    out: list[str] = []
    for word in words_of(text):
        out.extend(_grams_of_word(word, lo, hi))
    return out


#: The feature blocks' analyzers, by kind.
ANALYZERS: dict[str, Callable[[str], list[str]]] = {
    "word": word_features,
    "lead": lead_features,
    "char": char_features,
    "conj": conj_features,
    "tail": tail_features,
}


@dataclass(frozen=True)
class Label:
    """A predicted label with its confidence in [0, 1] and the evidence for it."""

    label: str
    confidence: float
    explanation: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RecommendationLabels:
    """UPR Info's action category and issues predicted for one recommendation."""

    action: Label
    issues: list[Label]  # sorted by confidence, never empty


@dataclass(frozen=True)
class TfidfBlock:
    """One l2-normalised sublinear TF-IDF block over a fixed vocabulary."""

    kind: str  # "word", "lead" or "char"
    vocabulary: dict[str, int]
    idf: FloatArray
    offset: int  # first column of this block in the joint feature space

    def features(self, text: str) -> list[str]:
        return ANALYZERS[self.kind](text)


@dataclass(frozen=True)
class _Analysis:
    """A batch of texts as TF-IDF rows, and the same features grouped into *units* for the explanations.

    A unit is what an explanation names: a word (with the character n-grams drawn from it) or a word bigram
    (with the lead n-gram of the same words). ``units`` is units x features with the text's TF-IDF value
    wherever the unit produced the feature, so ``units @ weights`` is each unit's contribution to each label.
    """

    rows: sp.csr_matrix  # texts x features
    units: sp.csr_matrix  # units x features
    unit_names: list[str]
    unit_start: IntArray  # the units of text n are unit_start[n]:unit_start[n + 1]


class _Analyzer:
    """Turns texts into :class:`_Analysis` batches (pure Python tokenising, numpy/scipy for the rest)."""

    def __init__(self, blocks: Sequence[TfidfBlock]) -> None:
        by_kind = {b.kind: b for b in blocks}
        self.width = sum(len(b.vocabulary) for b in blocks)

        def columns(block: TfidfBlock | None) -> dict[str, int]:  # a block's features, their columns in the rows
            return {f: c + block.offset for f, c in block.vocabulary.items()} if block else {}

        self.word = columns(by_kind["word"])  # every model has the word block
        self.lead, self.conj, self.tail = (columns(by_kind.get(k)) for k in ("lead", "conj", "tail"))
        self.char = by_kind.get("char")
        self.idf = np.concatenate([b.idf for b in blocks]).astype(np.float32)
        self.block_of = np.concatenate([np.full(len(b.vocabulary), i) for i, b in enumerate(blocks)])
        self.n_blocks = len(blocks)
        self._char_cols: dict[str, tuple[int, ...]] = {}

    def char_columns(self, word: str) -> tuple[int, ...]:
        cols = self._char_cols.get(word)
        if cols is None:
            if len(self._char_cols) > 200_000:
                self._char_cols.clear()
            char = self.char
            cols = (
                ()
                if char is None
                else tuple(
                    char.vocabulary[g] + char.offset
                    for g in _grams_of_word(word, 2, 5)
                    if g in char.vocabulary
                )
            )
            self._char_cols[word] = cols
        return cols

    def __call__(self, texts: Sequence[str]) -> _Analysis:
        occ_unit: list[int] = []
        occ_col: list[int] = []
        names: list[str] = []
        unit_start = [0]
        word, lead = self.word, self.lead
        for text in texts:
            local: dict[str, int] = {}
            words = words_of(text)
            items: list[tuple[str, int]] = [(w, word[w]) for w in words if w in word]
            bigrams = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
            items += [(g, word[g]) for g in bigrams if g in word]
            for n in range(1, min(3, len(words)) + 1):
                name = " ".join(words[:n])
                col = lead.get("^" + name)
                if col is not None:
                    items.append((name, col))
            if self.conj:  # the lead's pairs and the means' words go with their word (its unit)
                items += [(w, k) for g, w in _conj(words) if (k := self.conj.get(g)) is not None]
            if self.tail:
                items += [(g[2:], k) for g in _tail(words) if (k := self.tail.get(g)) is not None]
            for name, col in items:
                unit = local.get(name)
                if unit is None:
                    unit = local[name] = len(names)
                    names.append(name)
                occ_unit.append(unit)
                occ_col.append(col)
            if self.char is not None:
                for w in words:
                    cols = self.char_columns(w)
                    unit = local.get(w)
                    if unit is None:
                        unit = local[w] = len(names)
                        names.append(w)
                    occ_unit.extend([unit] * len(cols))
                    occ_col.extend(cols)
            unit_start.append(len(names))
        starts = np.asarray(unit_start, dtype=np.int64)
        unit_text = np.repeat(np.arange(len(texts)), np.diff(starts))
        u = np.asarray(occ_unit, dtype=np.int64)
        c = np.asarray(occ_col, dtype=np.int64)
        shape = (len(texts), self.width)
        counts = sp.csr_matrix((np.ones(len(u), dtype=np.float32), (unit_text[u], c)), shape=shape)
        counts.sum_duplicates()
        rows = self._tfidf(counts)
        # every (unit, feature) once, valued at the text's TF-IDF value of the feature
        units = sp.csr_matrix((np.ones(len(u), dtype=np.float32), (u, c)), shape=(len(names), self.width))
        units.sum_duplicates()
        unit_of = np.repeat(np.arange(len(names)), np.diff(units.indptr))
        row_of = np.repeat(np.arange(len(texts)), np.diff(rows.indptr))
        row_keys = row_of * self.width + rows.indices
        units.data = rows.data[np.searchsorted(row_keys, unit_text[unit_of] * self.width + units.indices)]
        return _Analysis(rows, units, names, starts)

    def _tfidf(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        """Sublinear TF x idf, each block of each row l2-normalised (as scikit-learn's TfidfVectorizer)."""
        rows = counts.copy()
        rows.sort_indices()
        rows.data = ((1.0 + np.log(rows.data)) * self.idf[rows.indices]).astype(np.float32)
        row_of = np.repeat(np.arange(rows.shape[0]), np.diff(rows.indptr))
        slot = row_of * self.n_blocks + self.block_of[rows.indices]
        norms = np.sqrt(
            np.bincount(
                slot, weights=rows.data.astype(np.float64) ** 2, minlength=rows.shape[0] * self.n_blocks
            )
        )
        rows.data /= norms[slot].astype(np.float32)
        return rows


def _sigmoid(x: FloatArray) -> FloatArray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(x, -30.0, 30.0))), dtype=np.float32)


@dataclass(frozen=True)
class _Head:
    """A linear head over the joint features: its label columns in the joint weight matrix and calibration."""

    labels: list[str]
    columns: slice  # its columns of RecommendationClassifier.weights
    bias: FloatArray
    scale: FloatArray  # issues: Platt slope per label; action: one softmax inverse temperature
    shift: FloatArray  # issues: Platt intercept per label
    thresholds: FloatArray  # issues: per-label score thresholds; empty for the action head


class RecommendationClassifier:
    """The shipped recommendation classifier; :meth:`load` returns a cached instance."""

    def __init__(
        self,
        blocks: list[TfidfBlock],
        weights: FloatArray,
        action: _Head,
        issues: _Head,
        exclusive: Sequence[str] = (),
    ) -> None:
        self.blocks = blocks
        #: issue columns given only when no other issue passes its threshold
        self.exclusive = [issues.labels.index(label) for label in exclusive]
        self.weights = weights  # features x (actions + issues), float32
        self.action = action
        self.issues = issues
        self.width = sum(len(b.vocabulary) for b in blocks)
        self._analyze = _Analyzer(blocks)

    # ------------------------------------------------------------------------------------------ loading

    @classmethod
    @functools.cache
    def load(cls) -> RecommendationClassifier:
        """The model shipped in ``uprkit/data/models`` (loaded once per process)."""
        folder = resources.files("uprkit") / "data" / "models"
        return cls.from_bytes(*((folder / name).read_bytes() for name in MODEL_FILES))

    @classmethod
    def load_from(cls, folder: Path | str) -> RecommendationClassifier:
        """A model written by ``train_recommendations.save`` into ``folder`` (not cached)."""
        return cls.from_bytes(*((Path(folder) / name).read_bytes() for name in MODEL_FILES))

    @classmethod
    def from_bytes(cls, npz: bytes, meta_gz: bytes) -> RecommendationClassifier:
        """A model from the contents of its two files."""
        with np.load(io.BytesIO(npz)) as arrays:
            parts = {k: arrays[k] for k in arrays.files}
        meta: dict[str, Any] = json.loads(gzip.decompress(meta_gz))
        return cls.from_parts(meta, parts)

    @classmethod
    def from_parts(
        cls, meta: dict[str, Any], arrays: dict[str, npt.NDArray[Any]]
    ) -> RecommendationClassifier:
        """Build a classifier from the contents of the two model files (see ``train_recommendations.save``)."""
        blocks: list[TfidfBlock] = []
        offset = 0
        for spec in meta["blocks"]:
            kind = spec["kind"]
            vocabulary = {name: i for i, name in enumerate(spec["features"])}
            blocks.append(TfidfBlock(kind, vocabulary, arrays[f"idf_{kind}"].astype(np.float32), offset))
            offset += len(vocabulary)
        actions, issues = list(meta["actions"]), list(meta["issues"])
        weights = sp.csr_matrix(
            (arrays["weights_data"].astype(np.float32), arrays["weights_indices"], arrays["weights_indptr"]),
            shape=(offset, len(actions) + len(issues)),
        ).toarray()
        action = _Head(
            labels=actions,
            columns=slice(0, len(actions)),
            bias=arrays["action_bias"].astype(np.float32),
            scale=arrays["action_scale"].astype(np.float32),
            shift=np.zeros(1, dtype=np.float32),
            thresholds=np.zeros(0, dtype=np.float32),
        )
        issue = _Head(
            labels=issues,
            columns=slice(len(actions), len(actions) + len(issues)),
            bias=arrays["issues_bias"].astype(np.float32),
            scale=arrays["issues_scale"].astype(np.float32),
            shift=arrays["issues_shift"].astype(np.float32),
            thresholds=arrays["issues_thresholds"].astype(np.float32),
        )
        weights = np.ascontiguousarray(weights, dtype=np.float32)
        return cls(blocks, weights, action, issue, meta.get("exclusive_issues", ()))

    # ------------------------------------------------------------------------------------------ prediction

    def features(self, texts: Sequence[str]) -> sp.csr_matrix:
        """The joint TF-IDF rows of ``texts``."""
        return self._analyze(texts).rows

    def scores(self, x: sp.csr_matrix) -> tuple[FloatArray, FloatArray]:
        """The action and issue scores of the rows of ``x``."""
        raw = np.asarray(x @ self.weights, dtype=np.float32)
        return raw[:, self.action.columns] + self.action.bias, raw[:, self.issues.columns] + self.issues.bias

    def predict(self, texts: Sequence[str]) -> list[RecommendationLabels]:
        """The action category and issues of each text (see the module's notes)."""
        out: list[RecommendationLabels] = []
        for start in range(0, len(texts), BATCH):
            out.extend(self._predict_batch(texts[start : start + BATCH]))
        return out

    def _predict_batch(self, texts: Sequence[str]) -> list[RecommendationLabels]:
        analysis = self._analyze(texts)
        a_scores, i_scores = self.scores(analysis.rows)
        a_conf = self.action_confidences(a_scores)
        i_conf = self.issue_confidences(i_scores)
        chosen = self.choose_issues(i_scores)
        contributions = np.asarray(analysis.units @ self.weights, dtype=np.float32)  # units x labels
        names, starts = analysis.unit_names, analysis.unit_start.tolist()
        n_actions = len(self.action.labels)
        action_labels, issue_labels = self.action.labels, self.issues.labels
        out: list[RecommendationLabels] = []
        for n in range(len(texts)):
            lo, hi = starts[n], starts[n + 1]
            best = int(np.argmax(a_scores[n]))
            mine = contributions[lo:hi]
            action = Label(action_labels[best], float(a_conf[n, best]), _top(mine[:, best], names, lo))
            issues = [
                Label(issue_labels[j], float(i_conf[n, j]), _top(mine[:, n_actions + j], names, lo))
                for j in chosen[n]
            ]
            issues.sort(key=lambda lab: -lab.confidence)
            out.append(RecommendationLabels(action=action, issues=issues))
        return out

    def action_confidences(self, scores: FloatArray) -> FloatArray:
        """Softmax of the action scores at the fitted temperature."""
        z = scores * float(self.action.scale[0])
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return np.asarray(e / e.sum(axis=1, keepdims=True), dtype=np.float32)

    def issue_confidences(self, scores: FloatArray) -> FloatArray:
        """Per-label Platt probabilities of the issue scores."""
        return _sigmoid(scores * self.issues.scale + self.issues.shift)

    def choose_issues(self, scores: FloatArray) -> list[list[int]]:
        """Per row, the label columns whose score passes their threshold (the best margin when none does)."""
        margin = scores - self.issues.thresholds
        passed = margin > 0
        if self.exclusive:
            others = np.delete(passed, self.exclusive, axis=1).any(axis=1)
            passed[np.ix_(others, np.asarray(self.exclusive, dtype=np.int64))] = False
        rows: list[list[int]] = []
        for n in range(scores.shape[0]):
            cols = np.flatnonzero(passed[n])
            rows.append([int(c) for c in cols] if len(cols) else [int(np.argmax(margin[n]))])
        return rows


def _top(contributions: FloatArray, names: list[str], offset: int) -> list[str]:
    """The names of the units with the largest positive contributions (at most EXPLANATION_SIZE)."""
    if len(contributions) > EXPLANATION_SIZE:
        order = np.argpartition(-contributions, EXPLANATION_SIZE)[:EXPLANATION_SIZE]
        order = order[np.argsort(-contributions[order], kind="stable")]
    else:
        order = np.argsort(-contributions, kind="stable")
    words = [names[offset + i] for i in order.tolist() if contributions[i] > 0]
    return words or [NO_EVIDENCE]
