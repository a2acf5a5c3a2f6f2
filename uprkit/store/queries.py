"""Full-text search over the SQLite store: ranked hits (bm25) with snippets, and facet counts.

Two phases keep the table view fast: the first ranks (kind, id, score) of every match that passes the filters;
the second fetches the columns and snippets of the ranked rows a batch at a time, so a query matching thousands
of rows computes 20 snippets for a 20-row table, and an export streams every row in rank order.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from uprkit.store.base import Facets, SearchFilters, SearchHit, Target
from uprkit.store.errors import QueryError
from uprkit.store.query import to_fts5

__all__ = ["count_facets", "search_hits"]

_BATCH = 200
_RESPONSE = {"supported": "Accepted", "noted": "Noted", "rejected": "Noted"}
_CYCLE = (
    "CASE WHEN t.session IS NULL THEN NULL WHEN t.session <= 12 THEN 1 WHEN t.session <= 26 THEN 2 "
    "WHEN t.session <= 40 THEN 3 ELSE 4 END"
)


@dataclass(frozen=True)
class _Spec:
    """How one kind of row is searched: its FTS table, joins and the SQL of each output column."""

    what: Target
    fts: str
    joins: str
    symbol: str
    kind: str
    country: str
    session: str
    cycle: str
    number: str
    path: str
    detail: str
    position: str
    action: str


_SPECS: dict[Target, _Spec] = {
    "paragraph": _Spec(
        "paragraph", "paragraphs_fts",
        "JOIN paragraphs t ON t.id = f.rowid JOIN documents d ON d.id = t.document_id",
        "d.symbol", "d.kind", "d.country", "d.session", "d.cycle", "CAST(t.number AS TEXT)", "d.path",
        "t.heading_text", "NULL", "NULL",
    ),
    "statement": _Spec(
        "statement", "statements_fts",
        "JOIN statements t ON t.id = f.rowid JOIN paragraphs p ON p.id = t.paragraph_id "
        "JOIN documents d ON d.id = p.document_id",
        "d.symbol", "d.kind", "d.country", "d.session", "d.cycle", "CAST(p.number AS TEXT)", "d.path",
        "p.heading_text", "NULL", "NULL",
    ),
    "recommendation": _Spec(
        "recommendation", "recommendations_fts",
        "JOIN recommendations t ON t.id = f.rowid JOIN documents d ON d.id = t.document_id",
        "d.symbol", "d.kind", "d.country", "d.session", "d.cycle", "t.number", "d.path",
        "t.states", "t.position", "t.action",
    ),
    "upr-info": _Spec(
        "upr-info", "upr_info_fts",
        "JOIN upr_info t ON t.id = f.rowid LEFT JOIN recommendations r ON r.id = t.recommendation_id "
        "LEFT JOIN documents d ON d.id = r.document_id",
        "d.symbol", "'upr-info'", "t.to_country", "t.session", _CYCLE, "r.number", "t.source_file",
        "t.from_state || ' (' || COALESCE(t.response, 'no response') || ')'",
        "CASE t.response WHEN 'Accepted' THEN 'supported' WHEN 'Noted' THEN 'noted' ELSE lower(t.response) END",
        "t.action",
    ),
}


def _conditions(spec: _Spec, f: SearchFilters) -> tuple[list[str], list[object]] | None:
    """SQL conditions and parameters for the filters, or None where a filter leaves this kind of row out."""
    where: list[str] = [f"{spec.fts} MATCH ?"]
    params: list[object] = []
    what = spec.what
    for value, column in ((f.country, spec.country), (f.session, spec.session), (f.cycle, spec.cycle)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if f.kind is not None:
        if (f.kind == "upr-info") != (what == "upr-info"):
            return None
        if what != "upr-info":
            where.append("d.kind = ?")
            params.append(f.kind)
    if f.source is not None:
        if what in ("paragraph", "statement"):
            where.append("EXISTS (SELECT 1 FROM json_each(t.sources) s WHERE s.value = ? COLLATE NOCASE)")
            params.append(f.source)
        elif what == "recommendation":
            where.append(
                "(EXISTS (SELECT 1 FROM json_each(t.state_codes) s WHERE s.value = ?) "
                "OR EXISTS (SELECT 1 FROM json_each(t.states) s WHERE s.value = ? COLLATE NOCASE))"
            )
            params += [f.source_code, f.source]
        else:
            where.append("(t.from_code = ? OR t.from_state = ? COLLATE NOCASE)")
            params += [f.source_code, f.source]
    if f.theme is not None:
        if what == "upr-info":
            return None
        heading = "p.heading_text" if what == "statement" else "t.heading_text"
        if what == "paragraph":
            where.append("t.heading_text LIKE ?")
            params.append(f"%{f.theme}%")
        elif what == "statement":
            where.append(f"(t.theme = ? COLLATE NOCASE OR {heading} LIKE ?)")
            params += [f.theme, f"%{f.theme}%"]
        else:
            where.append("t.theme = ? COLLATE NOCASE")
            params.append(f.theme)
    for value, sql in (
        (f.issue, "EXISTS (SELECT 1 FROM json_each(t.issues) s WHERE s.value = ? COLLATE NOCASE)"),
        (f.action, "t.action = ? COLLATE NOCASE"),
    ):
        if value is not None:
            if what not in ("recommendation", "upr-info"):
                return None
            where.append(sql)
            params.append(value)
    if f.position is not None:
        if what == "recommendation":
            where.append("t.position = ?")
            params.append(f.position)
        elif what == "upr-info":
            where.append("t.response = ? COLLATE NOCASE")
            params.append(_RESPONSE.get(f.position, f.position))
        else:
            return None
    return where, params



def _target_selects(
    f: SearchFilters, select: Callable[[str, _Spec, str], str], lead: list[object]
) -> tuple[list[str], list[object]]:
    """One SELECT per kind of row the filters allow (``select(what, spec, where)``), and their parameters: the
    ``lead`` ones (the query) before each SELECT's filter values."""
    selects: list[str] = []
    params: list[object] = []
    for what in f.chosen_targets():
        spec = _SPECS[what]
        cond = _conditions(spec, f)
        if cond is None:
            continue
        where, p = cond
        selects.append(select(what, spec, " AND ".join(where)))
        params += [*lead, *p]
    return selects, params

def _ranked_sql(match: str, f: SearchFilters, limit: int | None) -> tuple[str, list[object]]:
    selects, params = _target_selects(
        f,
        lambda what, spec, where: (
            f"SELECT '{what}' AS what, t.id AS id, bm25({spec.fts}) AS score "
            f"FROM {spec.fts} f {spec.joins} WHERE {where}"
        ),
        [match],
    )
    if not selects:
        return "", []
    sql = " UNION ALL ".join(selects) + " ORDER BY score, what, id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return sql, params


def _details(
    conn: sqlite3.Connection, what: Target, match: str, ids: list[int], marks: tuple[str, str]
) -> dict[int, tuple[object, ...]]:
    spec = _SPECS[what]
    marks_sql = "?, ?"
    sql = (
        f"SELECT t.id, {spec.symbol}, {spec.kind}, {spec.country}, {spec.session}, {spec.cycle}, {spec.number}, "
        f"snippet({spec.fts}, 0, {marks_sql}, '…', 24), t.text, {spec.path}, {spec.detail}, {spec.position} "
        f"FROM {spec.fts} f {spec.joins} WHERE {spec.fts} MATCH ? AND f.rowid IN ({','.join('?' * len(ids))})"
    )
    return {row[0]: row for row in conn.execute(sql, [marks[0], marks[1], match, *ids])}


def _run(conn: sqlite3.Connection, sql: str, params: list[object], query: str) -> sqlite3.Cursor:
    try:
        return conn.execute(sql, params)
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if "fts5" in message or "syntax error" in message or "no such column" in message:
            raise QueryError(f"cannot run {query!r} ({message})") from exc
        raise


def _detail_text(what: Target, detail: object) -> str | None:
    if detail is None:
        return None
    if what == "recommendation" and isinstance(detail, str):
        import json

        states = json.loads(detail)
        return ", ".join(states) if isinstance(states, list) else detail
    return str(detail)


def search_hits(
    conn: sqlite3.Connection, query: str, filters: SearchFilters | None = None, *, limit: int | None = None,
    marks: tuple[str, str] = ("**", "**"),
) -> Iterator[SearchHit]:
    """Every match of ``query`` passing ``filters``, best first (``limit`` of them where given)."""
    f = filters or SearchFilters()
    match = to_fts5(query)
    sql, params = _ranked_sql(match, f, limit)
    if not sql:
        return
    ranked = _run(conn, sql, params, query)
    while True:
        batch: list[tuple[Target, int, float]] = ranked.fetchmany(_BATCH)
        if not batch:
            break
        rows: dict[tuple[str, int], tuple[object, ...]] = {}
        for what in {b[0] for b in batch}:
            ids = [b[1] for b in batch if b[0] == what]
            rows.update({(what, k): v for k, v in _details(conn, what, match, ids, marks).items()})
        for what, id_, score in batch:
            row = rows[(what, id_)]
            _, symbol, kind, country, session, cycle, number, snippet, text, path, detail, position = row
            yield SearchHit(
                what=what, id=id_, score=float(score), symbol=_str(symbol), kind=_str(kind),
                country=_str(country), session=_int(session), cycle=_int(cycle), number=_str(number),
                snippet=str(snippet), text=str(text), path=_str(path), detail=_detail_text(what, detail),
                position=_str(position),
            )


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None


_FACETS = ("what", "country", "cycle", "kind", "position", "action")


def count_facets(conn: sqlite3.Connection, query: str, filters: SearchFilters | None = None) -> Facets:
    """How many rows match, by kind of row, country, cycle, document kind, position and action."""
    f = filters or SearchFilters()
    match = to_fts5(query)
    selects, params = _target_selects(
        f,
        lambda what, spec, where: (
            f"SELECT '{what}', {spec.country}, {spec.cycle}, {spec.kind}, {spec.position}, {spec.action} "
            f"FROM {spec.fts} f {spec.joins} WHERE {where}"
        ),
        [match],
    )
    counters: dict[str, Counter[str]] = {name: Counter() for name in _FACETS}
    total = 0
    if selects:
        for row in _run(conn, " UNION ALL ".join(selects), params, query):
            total += 1
            for name, value in zip(_FACETS, row, strict=True):
                if value is not None:
                    counters[name][str(value)] += 1
    return Facets(total=total, by={name: c.most_common() for name, c in counters.items() if c})
