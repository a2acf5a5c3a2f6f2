"""Store rows turned into the API's typed bodies; shared by the pages and the JSON API."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Annotated, Any

from fastapi import Query

from uprkit.store import SearchFilters, SearchHit, Store, make_filters
from uprkit.store.pages import (
    RecommendationRow,
    country_documents,
    country_recommendations,
    country_themes,
    document_page,
)
from uprkit.web.errors import NotFound
from uprkit.web.repeats import repeated_recommendations
from uprkit.web.schemas import (
    CountryCycle,
    CountrySummary,
    DocumentDetail,
    DocumentInfo,
    FacetValue,
    RecommendationOut,
    RepeatOut,
    SearchHitOut,
)

__all__ = ["SearchParams", "country_summary", "document_detail", "document_info", "hit_out", "search_params"]


@dataclass
class SearchParams:
    """A search as the query string gives it (the same on the page, the API and the exports)."""

    q: str = ""
    country: str | None = None
    cycle: int | None = None
    session: int | None = None
    kind: str | None = None
    source: str | None = None
    theme: str | None = None
    issue: str | None = None
    action: str | None = None
    position: str | None = None
    what: list[str] = field(default_factory=list)

    def filters(self) -> SearchFilters:
        return make_filters(
            country=self.country, cycle=self.cycle, session=self.session, kind=self.kind, source=self.source,
            theme=self.theme, issue=self.issue, action=self.action, position=self.position,
            targets=self.what or None,
        )

    def as_query(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "", [])}


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def search_params(
    q: Annotated[str, Query(max_length=1000, description="Search words: \"phrases\", AND, OR, NOT, ( )")] = "",
    country: Annotated[str | None, Query(max_length=100)] = None,
    cycle: Annotated[int | None, Query(ge=1, le=9)] = None,
    session: Annotated[int | None, Query(ge=1, le=200)] = None,
    kind: Annotated[str | None, Query(max_length=40)] = None,
    source: Annotated[str | None, Query(max_length=100)] = None,
    theme: Annotated[str | None, Query(max_length=100)] = None,
    issue: Annotated[str | None, Query(max_length=100)] = None,
    action: Annotated[str | None, Query(max_length=20)] = None,
    position: Annotated[str | None, Query(max_length=20)] = None,
    what: Annotated[list[str] | None, Query(description="paragraph, statement, recommendation, upr-info")] = None,
) -> SearchParams:
    return SearchParams(
        q=q.strip(), country=_blank(country), cycle=cycle, session=session, kind=_blank(kind),
        source=_blank(source), theme=_blank(theme), issue=_blank(issue), action=_blank(action),
        position=_blank(position), what=[w for w in what or [] if w],
    )


def document_info(d: dict[str, Any]) -> DocumentInfo:
    return DocumentInfo(
        id=d["id"], symbol=d["symbol"], country=d["country"], country_name=d["country_name"],
        session=d["session"], cycle=d["cycle"], kind=d["kind"], title=d["title"], format=d["format"],
        language=d["language"], url=f"/documents/{d['id']}",
    )


def hit_url(hit: SearchHit, doc_ids: dict[str, int], symbol_ids: dict[str, int]) -> tuple[int | None, str | None]:
    doc_id = doc_ids.get(hit.path or "") if hit.what != "upr-info" else symbol_ids.get(hit.symbol or "")
    if doc_id is None:
        return None, None
    if hit.number is None:
        return doc_id, f"/documents/{doc_id}"
    anchor = f"p{hit.number}" if hit.what in ("paragraph", "statement") else f"r{hit.number}"
    return doc_id, f"/documents/{doc_id}#{anchor}"


def hit_out(hit: SearchHit, doc_ids: dict[str, int], symbol_ids: dict[str, int]) -> SearchHitOut:
    data = hit.as_dict()
    data.pop("path", None)
    doc_id, url = hit_url(hit, doc_ids, symbol_ids)
    return SearchHitOut(**data, document_id=doc_id, url=url)


def recommendation_out(r: RecommendationRow) -> RecommendationOut:
    return RecommendationOut(
        number=r.number, text=r.text, symbol=r.symbol, cycle=r.cycle, states=r.states, position=r.position,
        action=r.action, theme=r.theme, issues=r.issues, document_id=r.document_id,
    )


def document_detail(store: Store, document_id: int) -> DocumentDetail:
    page = document_page(store, document_id)
    if page is None:
        raise NotFound(f"no document {document_id}")
    info = document_info(page.document)
    return DocumentDetail(
        **info.model_dump(),
        paragraphs=[asdict(p) for p in page.paragraphs],
        endnotes=[
            {"number": e.number, "text": e.text,
             "citations": [{"source": s, "locator": loc, "resolved": r} for s, loc, r in e.citations]}
            for e in page.endnotes
        ],
        stakeholders=page.stakeholders,
        recommendations=[recommendation_out(r) for r in page.recommendations],
    )


def _counts(counter: Counter[str]) -> list[FacetValue]:
    return [FacetValue(value=v, count=n) for v, n in sorted(counter.items(), key=lambda x: (-x[1], x[0]))]


def country_summary(store: Store, code: str) -> CountrySummary:
    docs = country_documents(store, code)
    if not docs:
        raise NotFound(f"no documents on {code} in the database")
    recs = country_recommendations(store, code)
    themes = country_themes(store, code)
    cycles = sorted({d["cycle"] for d in docs if d["cycle"] is not None} | set(themes))
    out: list[CountryCycle] = []
    for cycle in cycles:
        in_cycle = [r for r in recs if r.cycle == cycle]
        out.append(CountryCycle(
            cycle=cycle,
            documents=[document_info(d) for d in docs if d["cycle"] == cycle],
            themes=_counts(themes.get(cycle, Counter())),
            positions=_counts(Counter(r.position or "unknown" for r in in_cycle)),
            actions=_counts(Counter(r.action or "unclassified" for r in in_cycle)),
            recommendations=len(in_cycle),
        ))
    return CountrySummary(
        code=code, name=next((d["country_name"] for d in docs if d["country_name"]), None), cycles=out,
        undated_documents=[document_info(d) for d in docs if d["cycle"] is None],
        repeated=[
            RepeatOut(earlier=recommendation_out(rp.earlier), later=recommendation_out(rp.later), similarity=rp.score)
            for rp in repeated_recommendations(recs)
        ],
    )
