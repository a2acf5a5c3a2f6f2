"""Full-text search over the PostgreSQL store: the search box language as a ``to_tsquery`` expression, ranked
hits (``ts_rank_cd``) with snippets (``ts_headline``), and facet counts (``GROUP BY GROUPING SETS``).

The query language is the one of :mod:`~uprkit.store.query` (the same tokens, checks and error messages),
rendered for ``to_tsquery('english', …)``:

- words are AND-ed (``&``); ``OR`` is ``|``; ``a NOT b`` is ``a & !b`` (the precedences of FTS5 and tsquery
  agree: NOT, then AND, then OR);
- a word holding punctuation (``non-discrimination``, ``A/HRC/14/15``) and a ``"quoted phrase"`` are passed as
  one quoted operand, which PostgreSQL splits with the parser that made the document's tsvector and joins with
  ``<->`` (so a hyphenated word matches as it was indexed, and stop words keep their place);
- ``prefix*`` is ``'prefix':*`` (in a phrase, on its last word);
- a word with an irregular plural matches both forms (``women`` -> ``( 'woman' | 'women' )``, in phrases too);
- ``NEAR(a b, N)`` of two terms is ``a <1> b | … | a <N+1> b`` and the same with b first; with more than two
  terms, or N above :data:`MAX_NEAR_DISTANCE`, the terms are only AND-ed (PostgreSQL has no unordered proximity).

Two phases, as in :mod:`~uprkit.store.queries`: a server-side cursor streams (kind, id, score) of every match in
rank order, and the columns and snippets are fetched for a batch at a time. Scores are ``-ts_rank_cd`` so that,
as with bm25, lower is better.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from uprkit.store.base import Facets, SearchFilters, SearchHit, Target
from uprkit.store.errors import QueryError
from uprkit.store.queries import _detail_text, _int, _str
from uprkit.store.query import (
    _BAREWORD,
    _DISTANCE,
    _WORDS,
    MAX_PHRASE_VARIANTS,
    Dialect,
    _check,
    _Token,
    irregular_forms,
    scan_tokens,
)

if TYPE_CHECKING:
    import psycopg

__all__ = ["MAX_NEAR_DISTANCE", "count_facets", "headline_tsquery_text", "search_hits", "to_tsquery_text"]

MAX_NEAR_DISTANCE = 30
_BATCH = 200
_RESPONSE = {"supported": "Accepted", "noted": "Noted", "rejected": "Noted"}
_CYCLE = (
    "CASE WHEN t.session IS NULL THEN NULL WHEN t.session <= 12 THEN 1 WHEN t.session <= 26 THEN 2 "
    "WHEN t.session <= 40 THEN 3 ELSE 4 END"
)
_TSQUERY = "to_tsquery('english', %s)"
#: Marks put around matches by ts_headline, replaced by the caller's marks afterwards (they may hold anything).
_START, _STOP = "\x02", "\x03"
_HEADLINE = f'StartSel="{_START}", StopSel="{_STOP}", MaxWords=24, MinWords=12, ShortWord=2, MaxFragments=1'
_ELLIPSIS = "…"
_CURSORS = itertools.count(1)


# ---------------------------------------------------------------------------------------------- translation


def _quoted(text: str, prefix: bool = False) -> str:
    """One to_tsquery operand: ``text`` between quotes (split by the parser), ``:*`` where ``prefix``."""
    escaped = text.replace("\\", "\\\\").replace("'", "\\'")
    return f"'{escaped}'" + (":*" if prefix else "")


def _any(forms: list[str]) -> str:
    return forms[0] if len(forms) == 1 else "( " + " | ".join(forms) + " )"


def _variants(core: str, expand: bool) -> list[str]:
    """``core`` with each word replaced by each of its irregular plural forms (at most MAX_PHRASE_VARIANTS)."""
    spans = [m.span() for m in _WORDS.finditer(core) if not m.group().startswith("_")]
    if not expand:
        return [core]
    options = [irregular_forms(core[a:b]) for a, b in spans]
    out: list[str] = []
    for choice in itertools.islice(itertools.product(*options), MAX_PHRASE_VARIANTS):
        pieces: list[str] = []
        last = 0
        for (a, b), word in zip(spans, choice, strict=True):
            pieces += [core[last:a], word]
            last = b
        out.append("".join([*pieces, core[last:]]))
    return out


def _phrase(core: str, prefix: bool, expand: bool) -> str | None:
    """A phrase or a word holding punctuation, OR-ed over its irregular plural variants."""
    words = [m for m in _WORDS.finditer(core) if not m.group().startswith("_")]
    if not words:
        return None
    forms: list[str] = []
    for variant in _variants(core, expand):
        if not prefix:
            forms.append(_quoted(variant))
            continue
        last = [m for m in _WORDS.finditer(variant) if not m.group().startswith("_")][-1]
        head = variant[: last.start()]
        tail = _quoted(last.group(), prefix=True)
        forms.append(f"{_quoted(head)} <-> {tail}" if _WORDS.search(head) else tail)
    return _any(forms)


def _term(word: str, expand: bool = True) -> str | None:
    prefix = word.endswith("*")
    core = word.rstrip("*")
    if _BAREWORD.match(core) and "_" not in core:
        if prefix:
            return _quoted(core, prefix=True)  # prefixes are not expanded: child* already finds children
        return _any([_quoted(f) for f in (irregular_forms(core) if expand else (core,))])
    return _phrase(core, prefix, expand)


def _near(body: str, query: str) -> str:
    distance = _DISTANCE.search(body)
    inner = body[: distance.start()] if distance else body
    terms = [t.text for t in _tokens(inner, expand=False) if t.kind == "term"]
    if len(terms) < 2:
        raise QueryError(f"NEAR needs at least two words or phrases in {query!r}")
    n = int(distance[1]) if distance else 10
    if len(terms) > 2 or n > MAX_NEAR_DISTANCE:
        return "( " + " & ".join(terms) + " )"
    a, b = terms
    return "( " + " | ".join(f"{x} <{k}> {y}" for x, y in ((a, b), (b, a)) for k in range(1, n + 2)) + " )"


_TSQUERY_DIALECT = Dialect(term=_term, phrase=_phrase, near=_near)


def _tokens(query: str, expand: bool = True) -> list[_Token]:
    return scan_tokens(query, _TSQUERY_DIALECT, expand)


_OPS = {"AND": "&", "OR": "|", "NOT": "& !"}


def _render(tokens: list[_Token], *, drop_negated: bool = False) -> str:
    parts: list[str] = []
    previous: _Token | None = None
    skip_depth = -1  # inside a negated operand being dropped: the parenthesis depth it ends at
    depth = 0
    pending_skip = False
    for tok in tokens:
        if pending_skip:
            pending_skip = False
            if tok.kind == "open":
                skip_depth, depth = depth, depth + 1
            continue
        if skip_depth >= 0:
            depth += {"open": 1, "close": -1}.get(tok.kind, 0)
            if depth == skip_depth:
                skip_depth = -1
            continue
        if drop_negated and tok.kind == "op" and tok.text == "NOT":
            pending_skip = True
            continue
        depth += {"open": 1, "close": -1}.get(tok.kind, 0)
        if tok.kind in ("term", "open") and previous is not None and previous.kind in ("term", "close"):
            parts.append("&")  # implicit AND
        parts.append(_OPS[tok.text] if tok.kind == "op" else tok.text)
        previous = tok
    return " ".join(parts)


def _checked_tokens(query: str) -> list[_Token]:
    tokens = _tokens(query)
    if not any(t.kind == "term" for t in tokens):
        raise QueryError("empty query: give at least one word to search for")
    _check(tokens, query)
    return tokens


def to_tsquery_text(query: str) -> str:
    """The ``to_tsquery`` input for a search-box query (see the module docstring); raises QueryError."""
    return _render(_checked_tokens(query))


def headline_tsquery_text(query: str) -> str:
    """The same without its negated operands: ``ts_headline`` would mark them too (``torture NOT "death
    penalty"`` must not mark *penalty* in a row about penalties for torture)."""
    return _render(_checked_tokens(query), drop_negated=True)


# ---------------------------------------------------------------------------------------------- search


@dataclass(frozen=True)
class _Spec:
    """How one kind of row is searched: its table, joins and the SQL of each output column."""

    what: Target
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
        "paragraph", "paragraphs t JOIN documents d ON d.id = t.document_id",
        "d.symbol", "d.kind", "d.country", "d.session", "d.cycle", "CAST(t.number AS TEXT)", "d.path",
        "t.heading_text", "NULL", "NULL",
    ),
    "statement": _Spec(
        "statement",
        "statements t JOIN paragraphs p ON p.id = t.paragraph_id JOIN documents d ON d.id = p.document_id",
        "d.symbol", "d.kind", "d.country", "d.session", "d.cycle", "CAST(p.number AS TEXT)", "d.path",
        "p.heading_text", "NULL", "NULL",
    ),
    "recommendation": _Spec(
        "recommendation", "recommendations t JOIN documents d ON d.id = t.document_id",
        "d.symbol", "d.kind", "d.country", "d.session", "d.cycle", "t.number", "d.path",
        "t.states", "t.position", "t.action",
    ),
    "upr-info": _Spec(
        "upr-info",
        "upr_info t LEFT JOIN recommendations r ON r.id = t.recommendation_id "
        "LEFT JOIN documents d ON d.id = r.document_id",
        "d.symbol", "'upr-info'", "t.to_country", "t.session", _CYCLE, "r.number", "t.source_file",
        "t.from_state || ' (' || COALESCE(t.response, 'no response') || ')'",
        "CASE t.response WHEN 'Accepted' THEN 'supported' WHEN 'Noted' THEN 'noted' ELSE lower(t.response) END",
        "t.action",
    ),
}


def _in_json(column: str) -> str:
    """A condition: the JSON list in ``column`` holds the parameter (case folded)."""
    return f"EXISTS (SELECT 1 FROM jsonb_array_elements_text({column}::jsonb) s(v) WHERE lower(s.v) = lower(%s))"


def _conditions(spec: _Spec, f: SearchFilters) -> tuple[list[str], list[object]] | None:
    """SQL conditions and parameters for the filters, or None where a filter leaves this kind of row out.
    The same rules as :func:`uprkit.store.queries._conditions`."""
    where: list[str] = [f"t.tsv @@ {_TSQUERY}"]
    params: list[object] = []
    what = spec.what
    for value, column in ((f.country, spec.country), (f.session, spec.session), (f.cycle, spec.cycle)):
        if value is not None:
            where.append(f"{column} = %s")
            params.append(value)
    if f.kind is not None:
        if (f.kind == "upr-info") != (what == "upr-info"):
            return None
        if what != "upr-info":
            where.append("d.kind = %s")
            params.append(f.kind)
    if f.source is not None:
        if what in ("paragraph", "statement"):
            where.append(_in_json("t.sources"))
            params.append(f.source)
        elif what == "recommendation":
            where.append(
                "(EXISTS (SELECT 1 FROM jsonb_array_elements_text(t.state_codes::jsonb) s(v) WHERE s.v = %s) "
                f"OR {_in_json('t.states')})"
            )
            params += [f.source_code, f.source]
        else:
            where.append("(t.from_code = %s OR lower(t.from_state) = lower(%s))")
            params += [f.source_code, f.source]
    if f.theme is not None:
        if what == "upr-info":
            return None
        if what == "paragraph":
            where.append("t.heading_text ILIKE %s")
            params.append(f"%{f.theme}%")
        elif what == "statement":
            where.append("(lower(t.theme) = lower(%s) OR p.heading_text ILIKE %s)")
            params += [f.theme, f"%{f.theme}%"]
        else:
            where.append("lower(t.theme) = lower(%s)")
            params.append(f.theme)
    for value, sql in ((f.issue, _in_json("t.issues")), (f.action, "lower(t.action) = lower(%s)")):
        if value is not None:
            if what not in ("recommendation", "upr-info"):
                return None
            where.append(sql)
            params.append(value)
    if f.position is not None:
        if what == "recommendation":
            where.append("t.position = %s")
            params.append(f.position)
        elif what == "upr-info":
            where.append("lower(t.response) = lower(%s)")
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

def _ranked_sql(tsquery: str, f: SearchFilters, limit: int | None) -> tuple[str, list[object]]:
    selects, params = _target_selects(
        f,
        lambda what, spec, where: (
            f"SELECT '{what}'::text AS what, t.id AS id, -ts_rank_cd(t.tsv, {_TSQUERY}) AS score "
            f"FROM {spec.joins} WHERE {where}"
        ),
        [tsquery, tsquery],
    )
    if not selects:
        return "", []
    sql = " UNION ALL ".join(selects) + " ORDER BY score, what, id"
    if limit is not None:
        sql += " LIMIT %s"
        params.append(limit)
    return sql, params


def _snippet(headline: str, text: str, marks: tuple[str, str]) -> str:
    """The headline with the caller's marks, and an ellipsis where it cuts the text."""
    plain = headline.replace(_START, "").replace(_STOP, "").strip()
    out = headline.strip().replace(_START, marks[0]).replace(_STOP, marks[1])
    stripped = text.strip()
    if plain and not stripped.startswith(plain):
        out = _ELLIPSIS + out
    if plain and not stripped.endswith(plain):
        out += _ELLIPSIS
    return out


def _details(
    conn: psycopg.Connection[Any], what: Target, headline: str, ids: list[int]
) -> dict[int, tuple[Any, ...]]:
    spec = _SPECS[what]
    sql = (
        f"SELECT t.id, {spec.symbol}, {spec.kind}, {spec.country}, {spec.session}, {spec.cycle}, {spec.number}, "
        f"ts_headline('english', t.text, {_TSQUERY}, %s), t.text, {spec.path}, {spec.detail}, {spec.position} "
        f"FROM {spec.joins} WHERE t.id = ANY(%s)"
    )
    return {row[0]: row for row in conn.execute(sql, [headline, _HEADLINE, ids])}


def _query_error(query: str, exc: Exception) -> QueryError:
    return QueryError(f"cannot run {query!r} ({str(exc).strip()})")


def search_hits(
    conn: psycopg.Connection[Any], query: str, filters: SearchFilters | None = None, *, limit: int | None = None,
    marks: tuple[str, str] = ("**", "**"),
) -> Iterator[SearchHit]:
    """Every match of ``query`` passing ``filters``, best first (``limit`` of them where given), streamed from
    a server-side cursor in one read-only transaction (memory stays flat however many rows match)."""
    import psycopg

    f = filters or SearchFilters()
    tsquery = to_tsquery_text(query)
    marked = headline_tsquery_text(query)
    sql, params = _ranked_sql(tsquery, f, limit)
    if not sql:
        return
    try:
        with conn.transaction(), conn.cursor(name=f"uprkit_search_{next(_CURSORS)}") as ranked:
            try:
                ranked.execute(sql, params)
            except psycopg.errors.SyntaxError as exc:
                raise _query_error(query, exc) from exc
            while True:
                batch: list[tuple[Target, int, float]] = ranked.fetchmany(_BATCH)
                if not batch:
                    break
                rows: dict[tuple[str, int], tuple[Any, ...]] = {}
                for what in {b[0] for b in batch}:
                    ids = [b[1] for b in batch if b[0] == what]
                    rows.update({(what, k): v for k, v in _details(conn, what, marked, ids).items()})
                for what, id_, score in batch:
                    _, symbol, kind, country, session, cycle, number, headline, text, path, detail, position = (
                        rows[(what, id_)]
                    )
                    yield SearchHit(
                        what=what, id=id_, score=float(score), symbol=_str(symbol), kind=_str(kind),
                        country=_str(country), session=_int(session), cycle=_int(cycle), number=_str(number),
                        snippet=_snippet(str(headline), str(text), marks), text=str(text), path=_str(path),
                        detail=_detail_text(what, detail), position=_str(position),
                    )
    except psycopg.OperationalError:
        if conn.closed:  # the store was closed before the hits were all read (or the generator collected late)
            return
        raise


_FACETS = ("what", "country", "cycle", "kind", "position", "action")


def count_facets(conn: psycopg.Connection[Any], query: str, filters: SearchFilters | None = None) -> Facets:
    """How many rows match, by kind of row, country, cycle, document kind, position and action (one query:
    ``GROUP BY GROUPING SETS``)."""
    import psycopg

    f = filters or SearchFilters()
    tsquery = to_tsquery_text(query)
    selects, params = _target_selects(
        f,
        lambda what, spec, where: (
            f"SELECT '{what}'::text AS what, {spec.country}::text AS country, ({spec.cycle})::text AS cycle, "
            f"{spec.kind}::text AS kind, ({spec.position})::text AS position, {spec.action}::text AS action "
            f"FROM {spec.joins} WHERE {where}"
        ),
        [tsquery],
    )
    if not selects:
        return Facets()
    groupings = ", ".join(f"GROUPING({name})" for name in _FACETS)
    sql = (
        f"SELECT {groupings}, {', '.join(_FACETS)}, COUNT(*) FROM ({' UNION ALL '.join(selects)}) m "
        f"GROUP BY GROUPING SETS ({', '.join(f'({name})' for name in _FACETS)}, ()) "
        "ORDER BY COUNT(*) DESC, 7, 8, 9, 10, 11, 12"
    )
    try:
        rows = conn.execute(sql, params).fetchall()
    except psycopg.errors.SyntaxError as exc:
        raise _query_error(query, exc) from exc
    facets = Facets()
    n = len(_FACETS)
    for row in rows:
        grouped = [name for name, g in zip(_FACETS, row[:n], strict=True) if g == 0]
        count = int(row[-1])
        if not grouped:
            facets.total = count
            continue
        name = grouped[0]
        value = row[n + _FACETS.index(name)]
        if value is not None:
            facets.by.setdefault(name, []).append((str(value), count))
    facets.by = {name: facets.by[name] for name in _FACETS if name in facets.by}
    return facets
