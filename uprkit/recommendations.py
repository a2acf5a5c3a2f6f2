"""Recommendations of a Working Group report joined with the positions in its addendum (``uprkit recommendations``)."""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from uprkit.errors import ParseError
from uprkit.model import ParsedReport, ParseWarning, Position, Recommendation
from uprkit.parse import parse_file
from uprkit.parse.addendum import answer_keys, join_addendum, name_rows
from uprkit.parse.addendum_quoted import quoted_answers
from uprkit.parse.addendum_totals import report_unread_warning, stated_totals, totals_warning

COLUMNS = [
    "symbol",
    "country",
    "session",
    "cycle",
    "number",
    "paragraph",
    "text",
    "recommending_states",
    "recommending_state_codes",
    "position",
    "position_source",
    "position_note",
    "group",
]


@dataclass
class RecommendationTable:
    report: ParsedReport
    addendum: ParsedReport | None
    recommendations: list[Recommendation]
    warnings: list[tuple[str, ParseWarning]] = field(default_factory=list)


def recommendations_table(report_path: str | os.PathLike[str], addendum_path: str | os.PathLike[str] | None = None) -> RecommendationTable:
    report = parse_file(report_path)
    if report.kind != "wg_report":
        raise ParseError(f"not a Working Group report (read as {report.kind})", str(report_path))
    addendum = None
    warnings: list[tuple[str, ParseWarning]] = [
        (str(report_path), w) for w in report.warnings if w.code.startswith(("recommendation", "unknown-state"))
    ]
    recs = [r.model_copy(deep=True) for r in report.recommendations]
    if addendum_path is not None:
        addendum = parse_file(addendum_path)
        if addendum.kind != "wg_report_addendum":
            raise ParseError(f"not an addendum to a Working Group report (read as {addendum.kind})", str(addendum_path))
        if report.symbol and addendum.symbol and not addendum.symbol.startswith(report.symbol + "/Add."):
            raise ParseError(
                f"the addendum {addendum.symbol} does not belong to the report {report.symbol}", str(addendum_path)
            )
        if report.country and addendum.country and report.country != addendum.country:
            raise ParseError(
                f"the addendum is about {addendum.country_name or addendum.country}, the report about "
                f"{report.country_name or report.country}",
                str(addendum_path),
            )
        warnings.extend((str(addendum_path), w) for w in _join(recs, addendum))
    else:
        pending = [r.number for r in recs if r.position in (None, "pending")]
        if pending:
            warnings.append(
                (
                    str(report_path),
                    ParseWarning(
                        code="position-pending",
                        message=f"{len(pending)} recommendations await the State's response (give the addendum): "
                        f"{', '.join(pending[:5])}{' …' if len(pending) > 5 else ''}",
                    ),
                )
            )
            for r in recs:
                if r.position is None:
                    r.position = "pending"
    return RecommendationTable(report, addendum, recs, warnings)


def _join(recs: list[Recommendation], addendum: ParsedReport) -> list[ParseWarning]:
    """Give ``recs`` the addendum's positions, by number and, for those it quotes without their numbers, by their
    text; the warnings on what stays open."""
    awaiting = {r.number for r in recs if r.position in (None, "pending")}
    numbered: dict[str, Position] = {r.number: r.position for r in addendum.recommendations if r.position}
    keys = answer_keys(recs, numbered)
    answered = set(keys)
    quoted = quoted_answers(addendum, recs, answered)
    by_text = [
        Recommendation(number=n, text="", position=pos, position_source="addendum", position_note=quoted.notes.get(n))
        for n, pos in quoted.positions.items()
    ]
    # the totals are checked again below, on the answers given by number and by quotation
    own = [w for w in addendum.warnings if w.code.startswith("position") and w.code != "position-totals"]
    # "the addendum leaves the position on recommendation 5 unclear" names the row it answers: 93.5
    own = name_rows(own, {key: number for number, key in keys.items() if key != number})
    if quoted.quoted:
        # the report was given: "give the report as well" is answered, by a match or by the warning on the quotes
        own = [w for w in own if w.code != "position-unread"]
    joined = join_addendum(recs, [*addendum.recommendations, *by_text])
    if quoted.quoted and not quoted.matched:
        # nothing the addendum quotes is the report's: one warning, not one on every recommendation left open
        pending = [r.number for r in recs if r.position == "pending"]
        joined = [w for w in joined if w.code != "position-pending"]
        if pending:
            joined.append(ParseWarning(
                code="position-pending",
                message=f"{len(pending)} recommendations stay pending: {', '.join(pending[:5])}"
                f"{' …' if len(pending) > 5 else ''}",
            ))
    stated = stated_totals(" ".join(p.text for p in addendum.paragraphs))
    if stated is not None and not recs:
        # "… but 0 supported and 0 noted were read" would blame the addendum for the report's recommendations
        joined.append(report_unread_warning(stated, len(numbered)))
    elif stated is not None and (awaiting or numbered):
        answers = [(r.position, r.position_note) for r in recs if r.number in awaiting]
        totals = totals_warning(stated, answers, [(r.position, r.position_note) for r in recs])
        if totals is not None:
            joined.append(totals)
    return [*own, *quoted.warnings(), *joined]


def _row(table: RecommendationTable, r: Recommendation) -> dict[str, object]:
    rep = table.report
    return {
        "symbol": rep.symbol,
        "country": rep.country,
        "session": rep.session,
        "cycle": rep.cycle,
        "number": r.number,
        "paragraph": r.paragraph,
        "text": r.text,
        "recommending_states": "; ".join(r.recommending_states),
        "recommending_state_codes": "; ".join(c or "?" for c in r.recommending_state_codes),
        "position": r.position,
        "position_source": r.position_source,
        "position_note": r.position_note,
        "group": r.group,
    }


def recommendations_csv(table: RecommendationTable) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS)
    writer.writeheader()
    for r in table.recommendations:
        writer.writerow(_row(table, r))
    return buf.getvalue()


def recommendations_json(table: RecommendationTable) -> str:
    rep = table.report
    doc = {
        "report": {"symbol": rep.symbol, "country": rep.country, "session": rep.session, "cycle": rep.cycle,
                   "source_path": rep.source_path},
        "addendum": None if table.addendum is None else {"symbol": table.addendum.symbol,
                                                         "source_path": table.addendum.source_path},
        "recommendations": [r.model_dump() for r in table.recommendations],
        "warnings": [{"file": f, "code": w.code, "message": w.message} for f, w in table.warnings],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def default_addendum(report_path: Path) -> Path | None:
    """The addendum beside a report, named like ``A_HRC_28_15_Add.1.txt`` for ``A_HRC_28_15.txt``."""
    for cand in report_path.parent.glob(report_path.stem + "_Add.1.*"):
        return cand
    return None
