"""``uprkit bench roundtrip``: draft a published summary again from pseudo-submissions and score the draft.

For each published ``/3``: pseudo-submissions are rebuilt (:mod:`uprkit.bench.roundtrip_build`), a summary
is drafted from them with the published body's word count as the limit, and the draft is scored against the
published text:

- ``faithfulness``: share of attributed draft sentences that pass ``uprkit verify``;
- ``attribution_precision``: credited (sentence, stakeholder) pairs whose stakeholder is credited, in the
  published summary, with a statement the cited span came from; ``attribution_recall``: published
  (statement, stakeholder) pairs the draft credits from that statement's words;
- ``locator_exact``: credited pairs whose endnote locator ("p. 3", "para. 12") cites the same places as the
  published one ("pp. 3-4" and "p. 3 and 4" are the same two pages); ``locator_exact_single``: the same, over
  the pairs whose published locator is one page or paragraph;
- ``heading_accuracy``: draft sentences placed under the heading the published statement stands under: the
  two unified themes go under one heading of the summary's cycle (cycle 1 files women, children and LGBTI
  persons under "Equality and non-discrimination": a sentence put there under the theme "women" is placed
  right); ``theme_accuracy``: the stricter count, the draft's unified theme equals the published heading's;
- ``rougeL_f1``: summary-level ROUGE-L (union LCS per sentence, Lin 2004) of the draft's attributed sentences
  against the published statements, on lower-case word tokens;
- ``merge_recall``: published statements crediting several stakeholders that one draft sentence credits to
  all of them;
- ``words`` and ``limit``: the draft's body words and the published body's;
- ``parse_warnings``: the warnings of the summary's parse (its ``warnings``), which the scores cannot show, as
  the draft is scored against that parse ("markers with no endnote text: 11, 38" is a locator lost unseen).
"""

from __future__ import annotations

import re
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from uprkit.bench.roundtrip_build import PseudoSubmission, Published, build, place_list, write_folder
from uprkit.classify.outlines import place_in_outline, theme_of_path
from uprkit.model import ParsedReport
from uprkit.parse import parse_file
from uprkit.parse.citations import normalise_locator
from uprkit.summarize.draft import DraftOptions, draft_summary
from uprkit.summarize.layout import Placement
from uprkit.summarize.model import Summary
from uprkit.summarize.select import count_words
from uprkit.summarize.verify import verify_summary

_TOKEN = re.compile(r"[a-z0-9]+")
#: One page or one paragraph ("p. 3", "para. 12"): a locator a single stretch of one submission can match.
_SIMPLE_LOCATOR = re.compile(r"^(?:p\.|para\.)\s*[\d.]+$")
METRICS = (
    "faithfulness", "attribution_precision", "attribution_recall", "locator_exact", "locator_exact_single",
    "heading_accuracy", "theme_accuracy",
    "rougeL_f1", "merge_recall",
)


def _places(locator: str) -> object:
    """What a locator cites, comparable across spellings and orders: the set of its pages and paragraphs
    ("pp. 3-4" = "p. 3 and 4", "p. 1 and para. 43" = "para. 43 and p. 1")."""
    places = place_list(locator)
    return frozenset(places) if places is not None else normalise_locator(locator)


def published_word_count(report: ParsedReport) -> int:
    """The published body's words, counted as the draft's are: introduction, headings, paragraphs."""
    total = count_words(report.introduction.text) if report.introduction else 0
    total += sum(count_words(h.text) for h in report.headings)
    total += sum(count_words(p.text) for p in report.paragraphs)
    return total


def _lcs_positions(a: list[str], b: list[str]) -> set[int]:
    """Indices of ``a`` in one longest common subsequence of ``a`` and ``b``."""
    n, m = len(a), len(b)
    if not n or not m:
        return set()
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        ai, row, nxt = a[i], table[i], table[i + 1]
        for j in range(m - 1, -1, -1):
            row[j] = nxt[j + 1] + 1 if ai == b[j] else max(nxt[j], row[j + 1])
    out: set[int] = set()
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.add(i)
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def _union_lcs(refs: list[list[str]], cands: list[list[str]], top: int = 5) -> int:
    """Σ over reference sentences of |∪ LCS with the candidate sentences| (the ``top`` most overlapping)."""
    index: dict[str, set[int]] = defaultdict(set)
    for k, c in enumerate(cands):
        for t in c:
            index[t].add(k)
    hits = 0
    for r in refs:
        overlap: dict[int, int] = defaultdict(int)
        for t in set(r):
            for k in index.get(t, ()):
                overlap[k] += 1
        best = sorted(overlap, key=lambda k: (-overlap[k], k))[:top]  # ties by position: the same every run
        union: set[int] = set()
        for k in best:
            union |= _lcs_positions(r, cands[k])
        hits += len(union)
    return hits


def rouge_l_summary(reference: list[str], candidate: list[str]) -> float:
    """Summary-level ROUGE-L F1 of two lists of sentences."""
    refs = [_TOKEN.findall(s.lower()) for s in reference]
    cands = [_TOKEN.findall(s.lower()) for s in candidate]
    ref_total, cand_total = sum(map(len, refs)), sum(map(len, cands))
    if not ref_total or not cand_total:
        return 0.0
    recall = _union_lcs(refs, cands) / ref_total
    precision = _union_lcs(cands, refs) / cand_total
    return 0.0 if recall + precision == 0 else 2 * recall * precision / (recall + precision)


def _origins(sub: PseudoSubmission, start: int, end: int) -> list[int]:
    return [p.statement for p in sub.placed if p.start < end and start < p.end]


def _heading(theme_id: str | None, cycle: int | None, nhri: bool) -> tuple[str, ...] | None:
    """The heading path a theme is printed under in ``cycle`` (None: no theme, or no such theme)."""
    if theme_id is None or cycle is None:
        return None
    try:
        return tuple(place_in_outline(theme_id, cycle, nhri_section=nhri))
    except KeyError:
        return None


def score(
    summary: Summary, subs: Sequence[PseudoSubmission], statements: Sequence[Published], limit: int
) -> dict[str, object]:
    by_file = {s.file: s for s in subs}
    texts = {s.file: s.text for s in subs}
    verified = verify_summary(summary, texts)
    credited = correct = locator_ok = locator_n = simple_ok = simple_n = 0
    placed = placed_ok = themed_ok = 0
    nhri = any(section.theme == "nhri" for section in summary.iter_sections())
    recalled: set[tuple[int, str]] = set()
    merged_ok: set[int] = set()
    for sentence in summary.iter_sentences():
        if not sentence.stakeholders:
            continue
        origin_all: set[int] = set()
        scored: set[str] = set()  # one (sentence, stakeholder) pair each; a list's lead-in is a second span
        for span in sentence.sources:
            sub = by_file.get(span.file)
            if sub is None:
                continue
            origins = _origins(sub, span.start, span.end)
            origin_all.update(origins)
            if span.stakeholder not in sentence.stakeholders or span.stakeholder in scored:
                continue
            scored.add(span.stakeholder)
            credited += 1
            if any(span.stakeholder in statements[o].stakeholders for o in origins):
                correct += 1
                for o in origins:
                    recalled.add((o, span.stakeholder))
            published_locators = {
                normalise_locator(loc) for o in origins if (loc := statements[o].locators.get(span.stakeholder))
            }
            if published_locators:  # a published citation without a locator has nothing to match
                hit = _places(span.locator) in {_places(x) for x in published_locators}
                locator_n += 1
                locator_ok += hit
                if all(_SIMPLE_LOCATOR.match(x) for x in published_locators):
                    simple_n += 1
                    simple_ok += hit
        if origin_all:
            placed += 1
            themes = {theme_of_path(statements[o].heading_path) for o in origin_all}
            themed_ok += sentence.theme in themes
            mine = _heading(sentence.theme, summary.cycle, nhri)
            placed_ok += mine is not None and any(_heading(t, summary.cycle, nhri) == mine for t in themes)
        for o in origin_all:
            wanted = statements[o].stakeholders
            if len(wanted) > 1 and set(wanted) <= set(sentence.stakeholders):
                merged_ok.add(o)
    pairs = {(st.id, who) for st in statements for who in st.stakeholders}
    multi = [st.id for st in statements if len(st.stakeholders) > 1]
    draft_sentences = [s.text for s in summary.iter_sentences() if s.stakeholders]
    return {
        "faithfulness": verified.faithfulness,
        "attribution_precision": correct / credited if credited else 0.0,
        "attribution_recall": len(recalled & pairs) / len(pairs) if pairs else 0.0,
        "locator_exact": locator_ok / locator_n if locator_n else None,
        "locator_exact_single": simple_ok / simple_n if simple_n else None,
        "heading_accuracy": placed_ok / placed if placed else 0.0,
        "theme_accuracy": themed_ok / placed if placed else 0.0,
        "rougeL_f1": rouge_l_summary([st.text for st in statements], draft_sentences),
        "merge_recall": len(merged_ok) / len(multi) if multi else None,
        "words": summary.word_count,
        "limit": limit,
        "failures": [f"{f.stakeholder}: {f.problem} — {f.sentence[:120]}" for f in verified.failures],
    }


def roundtrip_one(
    path: Path, *, keep: Path | None = None, placement: Placement | None = None
) -> dict[str, object]:
    """Rebuild, draft and score one published summary."""
    t0 = time.perf_counter()
    report = parse_file(path)
    if report.country is None:
        raise ValueError(f"{path}: no country found in the summary")
    subs, statements = build(report)
    limit = published_word_count(report)
    with tempfile.TemporaryDirectory(prefix="uprkit-roundtrip-") as tmp:
        folder = keep / path.stem if keep is not None else Path(tmp)
        write_folder(report, subs, folder)
        options = DraftOptions(country=report.country, session=report.session, limit_words=limit, placement=placement)
        summary = draft_summary(folder, options)
        if keep is not None:
            (folder / "draft.json").write_text(summary.model_dump_json(indent=2), encoding="utf-8")
    result: dict[str, object] = {"file": path.name, "symbol": report.symbol, "cycle": report.cycle}
    result.update(score(summary, subs, statements, limit))
    # the draft is scored against this parse, so a parse error hides in both: say what the parse warned of
    result["parse_warnings"] = len(report.warnings)
    result["warnings"] = [w.message for w in report.warnings]
    result["statements"] = len(statements)
    result["sentences"] = sum(1 for s in summary.iter_sentences() if s.stakeholders)
    result["seconds"] = round(time.perf_counter() - t0, 2)
    return result


def default_summaries(data: Path, corpus: Path | None = None) -> list[Path]:
    """Every ``/3`` under ``data`` plus the Kazakhstan summary of the corpus."""
    files = sorted(p for p in data.rglob("*.txt") if re.search(r"_3\.txt$", p.name))
    if corpus is not None and corpus.exists():
        files += sorted(corpus.glob("*_3.txt"))
    return files


class _HeldOut:
    """Heading placement for a document the shipped model was trained on: a model fitted on every other
    document (the shipped model's own recipe), so that heading accuracy is measured on unseen text."""

    def __init__(self, data: Path | None) -> None:
        from uprkit.classify.headings import HeadingClassifier

        self.shipped = HeadingClassifier.load()
        trained_on = self.shipped.model.metadata.get("documents", [])
        self.trained_on = {str(d) for d in trained_on} if isinstance(trained_on, list) else set()
        self.data = data
        self._examples: list[object] | None = None

    def placement(self, symbol: str | None) -> tuple[Placement, str]:
        from uprkit.summarize.outline_placement import OutlinePlacement

        if symbol is None or symbol not in self.trained_on:
            return OutlinePlacement(self.shipped), "shipped (not trained on this document)"
        if self.data is None:
            return OutlinePlacement(self.shipped), "shipped (trained on this document: no data to hold it out)"
        from uprkit.classify.headings import HeadingClassifier
        from uprkit.classify.train_headings import HeadingExample, fit, load_examples

        if self._examples is None:
            self._examples = list(load_examples(self.data))
        rest = [e for e in self._examples if isinstance(e, HeadingExample) and e.document != symbol]
        return OutlinePlacement(HeadingClassifier(fit(rest))), "held out (trained without this document)"


def run(
    files: Sequence[Path], *, keep: Path | None = None, placement: Placement | None = None, data: Path | None = None
) -> dict[str, object]:
    """Round trip over ``files``. Without ``placement``, a document the shipped heading model was trained on
    is placed by a model trained on the other documents under ``data`` (and the Kazakhstan summary)."""
    documents: list[dict[str, object]] = []
    held_out = _HeldOut(data) if placement is None else None
    for path in files:
        try:
            how = "given"
            chosen = placement
            if held_out is not None:
                symbol = parse_file(path).symbol
                chosen, how = held_out.placement(symbol)
            result = roundtrip_one(path, keep=keep, placement=chosen)
            result["heading_model"] = how
            documents.append(result)
        except Exception as exc:  # noqa: BLE001 - one bad summary must not stop the benchmark
            documents.append({"file": path.name, "error": f"{type(exc).__name__}: {exc}"})
    mean: dict[str, object] = {}
    ok = [d for d in documents if "error" not in d]
    for key in METRICS:
        values = [float(v) for d in ok if isinstance(v := d.get(key), (int, float))]
        mean[key] = round(sum(values) / len(values), 4) if values else None
    mean["limit_held"] = all(int(str(d["words"])) <= int(str(d["limit"])) for d in ok)
    return {"documents": documents, "mean": mean}
