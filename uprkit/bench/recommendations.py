"""``uprkit bench recommendations``: the Working Group report recommendations against the UPR Info export.

The reference is the UPR Info database export copied to ``../shared/data/uprs/v.2/Data/CSVs`` (sessions 1-20,
one row per recommending State; see ``../shared/data/uprs/PROVENANCE.txt``); the reports are the 262 one-line
text extractions in ``../shared/data/uprs/v.1/Data/raw-data/txts``. Three figures (issue 3):

1. **Counts**: per report, our (recommendation, recommending State) pairs against the export's rows for the
   same State under review and Working Group session; a report *hits* when the two counts differ by at most
   5 % of the export's. Figure: the share of reports that hit (target 95 %).
2. **State**: each export row is matched by text to our pairs of the same report; a row is *matched* when the
   best similarity over all our pairs is at least :data:`MATCH_THRESHOLD`. Among matched rows, the share
   whose best-matching pair credits the export's recommending State (target 98 %).
3. **Position**: among matched rows whose pair has a known position (supported, noted, rejected), the share
   agreeing with the export's response (supported = Accepted; noted or rejected = Noted; target 95 %).
   ``pending`` and missing positions are counted apart.

Which export session a report belongs to: ``report.session`` where the parser found it; otherwise the file
name's country and year (``kazakhstan2010.txt``): ``upr-years.csv`` says whether that year is the country's
first-cycle or second-cycle report year, and the export's one session for that country in that cycle
(Working Group sessions 1-12, or 13 onwards) is taken. Where ``upr-years.csv`` has no row or neither year
matches, years up to 2011 are read as cycle 1. A report whose session has no export rows (a review after
session 20) is listed and left out of the figures, as is a file byte-identical to an earlier one.

The text matching only compares within one (State under review, session) group, and only pairs whose cheap
upper bounds can still reach the threshold are scored, so it is linear in the export's size.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from uprkit import countries
from uprkit.bench.text_match import (
    MATCH_THRESHOLD,
    MatchText,
    best_match,
    normalize_text,
)
from uprkit.bench.upr_export import (
    ExportRow,
    export_session,
    file_country_year,
    load_export,
    load_review_years,
)
from uprkit.model import Position, Recommendation

__all__ = [
    "COUNT_TOLERANCE",
    "GroupScore",
    "Pair",
    "ReportResult",
    "markdown",
    "match_group",
    "pairs_of",
    "run",
]

#: A report hits when |ours - theirs| <= COUNT_TOLERANCE * theirs.
COUNT_TOLERANCE = 0.05
#: Figures' targets (issue 3).
TARGETS = {"count_hit_share": 0.95, "state_agreement": 0.98, "position_agreement": 0.95, "parse_seconds": 20.0}

_RESPONSE_OF: dict[str, str] = {"supported": "Accepted", "noted": "Noted", "rejected": "Noted"}



@dataclass(frozen=True)
class Pair:
    """One (recommendation, recommending State) pair of ours."""

    number: str
    state: str | None  # ISO alpha-3; None where the State is unknown or none is named
    texts: tuple[str, ...]  # the part's text (where the item has parts) and the whole item's text
    position: Position | None


def _states(names: Sequence[str], codes: Sequence[str | None]) -> list[tuple[str | None, str]]:
    """(code, dedupe key) per recommending State, first occurrence kept; a name without a code stays apart."""
    out: list[tuple[str | None, str]] = []
    seen: set[str] = set()
    n = max(len(names), len(codes))
    for i in range(n):
        code = codes[i] if i < len(codes) else None
        name = names[i] if i < len(names) else ""
        key = code or f"?{countries.normalize_name(name)}"
        if key not in seen:
            seen.add(key)
            out.append((code, key))
    return out


def pairs_of(recommendations: Iterable[Recommendation]) -> list[Pair]:
    """Our pairs: one per recommending State of each recommendation, or of each part where it has parts.

    A State named twice in one part (or in an item without parts) counts once; a recommendation or part naming
    no State gives one pair with ``state=None`` (the export has "(Unknown)" rows for those).
    """
    out: list[Pair] = []
    for rec in recommendations:
        units: list[tuple[tuple[str, ...], Sequence[str], Sequence[str | None]]]
        if rec.parts:
            units = [
                ((part.text, rec.text) if part.text != rec.text else (part.text,),
                 part.recommending_states, part.recommending_state_codes)
                for part in rec.parts
            ]
        else:
            units = [((rec.text,), rec.recommending_states, rec.recommending_state_codes)]
        for texts, names, codes in units:
            states = _states(names, codes) or [(None, "")]
            out.extend(Pair(rec.number, code, texts, rec.position) for code, _ in states)
    return out



@dataclass
class RowMatch:
    row: ExportRow
    score: float  # best similarity over all our pairs of the report (0.0 where below the threshold)
    pair: Pair | None  # the pair the row is matched to (one of the export's State where it ties for best)
    state_agrees: bool
    position_agrees: bool | None  # None where our position or the export's response is unknown


@dataclass
class GroupScore:
    ours: int
    theirs: int
    matched: int = 0
    unmatched: int = 0
    state_agree: int = 0
    position_known: int = 0
    position_agree: int = 0
    pending: int = 0
    no_position: int = 0
    response_blank: int = 0
    matches: list[RowMatch] = field(default_factory=list)


def match_group(
    rows: Sequence[ExportRow], pairs: Sequence[Pair], *, threshold: float = MATCH_THRESHOLD
) -> GroupScore:
    """Match one report's export rows to its pairs by text and score State and position agreement.

    A row is matched when its best similarity over all our pairs is >= ``threshold``. The State agrees when a
    pair crediting the row's State scores as high as that best (multi-State items have the same text for every
    State, so they tie); the row is then matched to that pair, else to the best pair of any State. Positions:
    supported = Accepted, noted or rejected = Noted; ``pending`` and None are counted apart.
    """
    score = GroupScore(ours=len(pairs), theirs=len(rows))
    texts: list[MatchText] = []
    text_index: dict[str, int] = {}
    pairs_of_text: dict[int, dict[int, None]] = defaultdict(dict)  # ordered sets
    texts_of_state: dict[str | None, dict[int, None]] = defaultdict(dict)
    for p_i, pair in enumerate(pairs):
        for t in pair.texts:
            norm = normalize_text(t)
            i = text_index.setdefault(norm, len(texts))
            if i == len(texts):
                texts.append(MatchText(norm))
            pairs_of_text[i][p_i] = None
            texts_of_state[pair.state][i] = None
    everything = range(len(texts))
    row_texts: dict[str, MatchText] = {}
    any_cache: dict[str, tuple[float, int | None]] = {}
    same_cache: dict[tuple[str, str | None], int | None] = {}
    eps = 1e-9
    for row in rows:
        norm = normalize_text(row.text)
        exact = text_index.get(norm)
        if norm not in any_cache:
            if exact is not None:
                any_cache[norm] = (1.0, exact)
            else:
                target = row_texts.setdefault(norm, MatchText(norm))
                any_cache[norm] = best_match(target, everything, texts, threshold)
        best, best_i = any_cache[norm]
        if best_i is None:
            score.unmatched += 1
            score.matches.append(RowMatch(row, 0.0, None, False, None))
            continue
        score.matched += 1
        key = (norm, row.state)
        if key not in same_cache:
            target = row_texts.setdefault(norm, MatchText(norm))
            own = texts_of_state.get(row.state, {})
            same_cache[key] = best_match(target, own, texts, max(threshold, best - eps), exact)[1]
        same_i = same_cache[key]
        agrees = same_i is not None
        if same_i is not None:
            pair = next(pairs[j] for j in pairs_of_text[same_i] if pairs[j].state == row.state)
        else:
            pair = pairs[next(iter(pairs_of_text[best_i]))]
        score.state_agree += agrees
        position_agrees: bool | None = None
        if row.response is None:
            score.response_blank += 1
        elif pair.position == "pending":
            score.pending += 1
        elif pair.position is None:
            score.no_position += 1
        else:
            position_agrees = _RESPONSE_OF[pair.position] == row.response
            score.position_known += 1
            score.position_agree += position_agrees
        score.matches.append(RowMatch(row, best, pair, agrees, position_agrees))
    return score




@dataclass
class _Parsed:
    file: str
    country: str | None
    session: int | None
    symbol: str | None
    recommendations: list[Recommendation]
    seconds: float
    error: str | None = None


def _parse_one(path: str) -> _Parsed:
    from uprkit.errors import UprkitError
    from uprkit.parse import parse_file

    t0 = time.perf_counter()
    try:
        r = parse_file(path)
    except UprkitError as exc:
        return _Parsed(Path(path).name, None, None, None, [], time.perf_counter() - t0, exc.message)
    except Exception as exc:  # noqa: BLE001 - one bad report must not stop the benchmark
        return _Parsed(Path(path).name, None, None, None, [], time.perf_counter() - t0, f"{type(exc).__name__}: {exc}")
    return _Parsed(Path(path).name, r.country, r.session, r.symbol, r.recommendations, time.perf_counter() - t0)


def parse_reports(files: Sequence[Path], jobs: int = 1) -> tuple[list[_Parsed], float]:
    """Parse every report (in ``jobs`` processes); the results in file order and the wall-clock seconds."""
    t0 = time.perf_counter()
    names = [str(f) for f in files]
    if jobs > 1 and len(files) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            parsed = list(pool.map(_parse_one, names, chunksize=max(1, len(names) // (jobs * 8))))
    else:
        parsed = [_parse_one(n) for n in names]
    return parsed, time.perf_counter() - t0


@dataclass
class ReportResult:
    file: str
    symbol: str | None
    country: str | None
    country_from: str  # "report" or "file name"
    session: int | None
    session_from: str  # "report", "upr-years.csv", "file year", or why there is none
    recommendations: int
    ours: int  # our (recommendation, State) pairs
    theirs: int  # the export's rows for (country, session)
    relative_difference: float | None
    hit: bool | None  # None where the report is not evaluated
    evaluated: bool
    note: str | None
    matched: int
    unmatched: int
    state_agree: int
    position_known: int
    position_agree: int
    pending: int
    no_position: int
    response_blank: int
    seconds: float
    error: str | None
    examples: dict[str, list[dict[str, str | None]]] = field(default_factory=dict)


def _example(m: RowMatch) -> dict[str, str | None]:
    out: dict[str, str | None] = {"from": m.row.state_name, "response": m.row.response, "text": m.row.text}
    if m.pair is not None:
        out.update(
            number=m.pair.number, our_state=m.pair.state, our_position=m.pair.position, score=f"{m.score:.2f}"
        )
    return out


def _ratio_or_none(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def run(
    data: Path,
    *,
    reports: Path | None = None,
    export: Path | None = None,
    files: Sequence[str] | None = None,
    jobs: int = 1,
    examples: int = 5,
) -> dict[str, object]:
    """The whole benchmark: figures, per-report results, the reports that miss and the export's make-up.

    ``reports`` defaults to ``<data>/uprs/v.1/Data/raw-data/txts``, ``export`` to ``<data>/uprs/v.2/Data/CSVs``;
    ``files`` restricts the run to those report file names.
    """
    uprs = data / "uprs"
    reports = reports if reports is not None else uprs / "v.1" / "Data" / "raw-data" / "txts"
    export_dir = export if export is not None else uprs / "v.2" / "Data" / "CSVs"
    ex = load_export(export_dir)
    years = load_review_years(uprs / "upr-years.csv")
    sessions_by_to: dict[str, set[int]] = defaultdict(set)
    for to, s in ex.groups:
        sessions_by_to[to].add(s)

    paths = sorted(reports.glob("*.txt"), key=lambda p: p.name.lower())
    if files is not None:
        wanted = set(files)
        paths = [p for p in paths if p.name in wanted]
    parsed, parse_seconds = parse_reports(paths, jobs=jobs)

    results: list[ReportResult] = []
    seen_hash: dict[str, str] = {}
    seen_group: dict[tuple[str, int], str] = {}
    for path, p in zip(paths, parsed, strict=True):
        digest = hashlib.sha1(path.read_bytes()).hexdigest()
        duplicate_of = seen_hash.setdefault(digest, path.name)
        file_country, year = file_country_year(path)
        country, country_from = (p.country, "report") if p.country else (file_country, "file name")
        session: int | None
        if p.session is not None:
            session, session_from = p.session, "report"
        elif country is None:
            session, session_from = None, "unknown country"
        else:
            session, session_from = export_session(country, year, sessions_by_to.get(country, set()), years)
        rows = ex.groups.get((country, session), []) if country is not None and session is not None else []
        pairs = pairs_of(p.recommendations)
        note: str | None = None
        if duplicate_of != path.name:
            note = f"byte-identical to {duplicate_of}"
        elif not rows:
            note = "no export rows for this State and session" if session is not None else session_from
        group_key = (country or "", session or 0)
        if note is None and group_key in seen_group:
            note = f"same export group as {seen_group[group_key]}"
        seen_group.setdefault(group_key, path.name)
        evaluated = bool(rows) and duplicate_of == path.name
        g = match_group(rows, pairs) if evaluated else GroupScore(ours=len(pairs), theirs=len(rows))
        diff = (len(pairs) - len(rows)) / len(rows) if rows else None
        ex_lists: dict[str, list[dict[str, str | None]]] = {}
        if examples and evaluated:
            ex_lists = {
                "unmatched": [_example(m) for m in g.matches if m.pair is None][:examples],
                "state_disagrees": [_example(m) for m in g.matches if m.pair and not m.state_agrees][:examples],
                "position_disagrees": [_example(m) for m in g.matches if m.position_agrees is False][:examples],
            }
            ex_lists = {k: v for k, v in ex_lists.items() if v}
        results.append(
            ReportResult(
                file=path.name,
                symbol=p.symbol,
                country=country,
                country_from=country_from,
                session=session,
                session_from=session_from,
                recommendations=len(p.recommendations),
                ours=len(pairs),
                theirs=len(rows),
                relative_difference=round(diff, 4) if diff is not None else None,
                hit=abs(len(pairs) - len(rows)) <= COUNT_TOLERANCE * len(rows) if evaluated else None,
                evaluated=evaluated,
                note=note,
                matched=g.matched,
                unmatched=g.unmatched,
                state_agree=g.state_agree,
                position_known=g.position_known,
                position_agree=g.position_agree,
                pending=g.pending,
                no_position=g.no_position,
                response_blank=g.response_blank,
                seconds=round(p.seconds, 3),
                error=p.error,
                examples=ex_lists,
            )
        )

    ev = [r for r in results if r.evaluated]
    hits = sum(1 for r in ev if r.hit)
    matched = sum(r.matched for r in ev)
    state_agree = sum(r.state_agree for r in ev)
    known = sum(r.position_known for r in ev)
    agree = sum(r.position_agree for r in ev)
    covered = {(r.country, r.session) for r in ev}
    summary: dict[str, object] = {
        "reports": len(results),
        "reports_evaluated": len(ev),
        "reports_not_evaluated": {r.file: r.note for r in results if not r.evaluated},
        "parse_errors": {r.file: r.error for r in results if r.error},
        "sessions_from": dict(Counter(r.session_from for r in results)),
        "countries_from": dict(Counter(r.country_from for r in results)),
        "count_hits": hits,
        "count_hit_share": _ratio_or_none(hits, len(ev)),
        "pairs_ours": sum(r.ours for r in ev),
        "pairs_theirs": sum(r.theirs for r in ev),
        "rows": sum(r.theirs for r in ev),
        "rows_matched": matched,
        "rows_unmatched": sum(r.unmatched for r in ev),
        "state_agree": state_agree,
        "state_agreement": _ratio_or_none(state_agree, matched),
        "position_known": known,
        "position_agree": agree,
        "position_agreement": _ratio_or_none(agree, known),
        "pending": sum(r.pending for r in ev),
        "no_position": sum(r.no_position for r in ev),
        "response_blank": sum(r.response_blank for r in ev),
        "export_groups_without_report": len(set(ex.groups) - covered),
        "match_threshold": MATCH_THRESHOLD,
        "count_tolerance": COUNT_TOLERANCE,
        "targets": TARGETS,
        "parse_seconds": round(parse_seconds, 2),
        "jobs": jobs,
    }
    misses = [
        {k: getattr(r, k) for k in ("file", "symbol", "country", "session", "ours", "theirs", "relative_difference")}
        for r in ev
        if not r.hit
    ]
    return {
        "summary": summary,
        "misses": misses,
        "reports": [asdict(r) for r in results],
        "export": ex.summary(),
    }


def _pct(value: object) -> str:
    return f"{100 * value:.1f} %" if isinstance(value, float) else "–"


def markdown(result: Mapping[str, object], *, misses: bool = True) -> str:
    """The figures of :func:`run` as Markdown tables (for the README)."""
    s = result["summary"]
    assert isinstance(s, dict)
    lines = [
        "| figure | result | target |",
        "|---|---|---|",
        f"| reports whose (recommendation, State) pair count is within 5 % of the UPR Info export's | "
        f"{s['count_hits']} of {s['reports_evaluated']} ({_pct(s['count_hit_share'])}) | ≥ 95 % |",
        f"| export rows matched by text (similarity ≥ {s['match_threshold']}) | "
        f"{s['rows_matched']} of {s['rows']} ({s['rows_unmatched']} unmatched) | – |",
        f"| matched rows crediting the export's recommending State | "
        f"{s['state_agree']} of {s['rows_matched']} ({_pct(s['state_agreement'])}) | ≥ 98 % |",
        f"| matched rows with a known position that agree with the export's response | "
        f"{s['position_agree']} of {s['position_known']} ({_pct(s['position_agreement'])}); "
        f"{s['pending']} pending, {s['no_position']} without a position | ≥ 95 % |",
        f"| parse time, {s['reports']} reports ({s['jobs']} process{'es' if s['jobs'] != 1 else ''}) | "
        f"{s['parse_seconds']:.1f} s | < 20 s |",
    ]
    miss = result.get("misses")
    if misses and isinstance(miss, list) and miss:
        lines += ["", "| report | symbol | State, session | ours | export | difference |", "|---|---|---|---|---|---|"]
        for m in miss:
            d = m["relative_difference"]
            lines.append(
                f"| {m['file']} | {m['symbol'] or ''} | {m['country']} {m['session']} | {m['ours']} | {m['theirs']} | "
                f"{100 * d:+.1f} % |" if d is not None else f"| {m['file']} | | | {m['ours']} | {m['theirs']} | |"
            )
    return "\n".join(lines) + "\n"
