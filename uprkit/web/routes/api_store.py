"""``/api/search``, its exports, ``/api/documents`` and ``/api/countries``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import StreamingResponse

from uprkit.store import resolve_country
from uprkit.store.pages import countries, document_ids_by_path
from uprkit.web.app import open_request_store, settings_of
from uprkit.web.errors import ErrorResponse, NotFound
from uprkit.web.export import check_search, export_rows
from uprkit.web.schemas import (
    CountryInfo,
    CountrySummary,
    DocumentDetail,
    DocumentInfo,
    FacetValue,
    SearchResponse,
)
from uprkit.web.streaming import stream_from_thread
from uprkit.web.templating import MARKS
from uprkit.web.views import (
    SearchParams,
    country_summary,
    document_detail,
    document_info,
    hit_out,
    search_params,
)

RowId = Annotated[int, PathParam(ge=1, le=2**62)]
router = APIRouter(prefix="/api", tags=["api"])
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "Bad query or filter"},
    422: {"model": ErrorResponse, "description": "Invalid parameter"},
}
Params = Annotated[SearchParams, Depends(search_params)]


@router.get("/search", response_model=SearchResponse, responses=ERRORS)
def api_search(
    request: Request, params: Params,
    limit: Annotated[int, Query(ge=1, le=500)] = 20, offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> SearchResponse:
    """Ranked matches of the query with facet counts (the snippet marks matches with U+E000 … U+E001)."""
    with open_request_store(request) as store:
        filters = params.filters()
        if not params.q:
            return SearchResponse(query="", total=0, offset=offset, limit=limit, hits=[], facets={})
        facets = store.facets(params.q, filters)
        doc_ids = document_ids_by_path(store)
        symbol_ids = {d["symbol"]: d["id"] for d in store.documents() if d["symbol"]}
        hits = list(store.search(params.q, filters, limit=offset + limit, marks=MARKS))[offset:]
        return SearchResponse(
            query=params.q, total=facets.total, offset=offset, limit=limit,
            hits=[hit_out(h, doc_ids, symbol_ids) for h in hits],
            facets={k: [FacetValue(value=v, count=n) for v, n in values] for k, values in facets.by.items()},
        )


def _export(request: Request, params: SearchParams, fmt: str) -> StreamingResponse:
    db = settings_of(request).db_path
    check_search(db, params)
    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/json"
    return StreamingResponse(
        stream_from_thread(lambda: export_rows(db, params, fmt)), media_type=media,
        headers={"Content-Disposition": f'attachment; filename="uprkit-search.{fmt}"'},
    )


@router.get(
    "/search/export.csv", responses={**ERRORS, 200: {"content": {"text/csv": {}}, "description": "Every matching row"}},
    response_class=StreamingResponse,
)
def api_search_csv(request: Request, params: Params) -> StreamingResponse:
    """Every row matching the query, as CSV, streamed."""
    return _export(request, params, "csv")


@router.get(
    "/search/export.json",
    responses={**ERRORS, 200: {"content": {"application/json": {}}, "description": "Every matching row"}},
    response_class=StreamingResponse,
)
def api_search_json(request: Request, params: Params) -> StreamingResponse:
    """Every row matching the query, as one JSON array, streamed."""
    return _export(request, params, "json")


@router.get("/documents", response_model=list[DocumentInfo])
def api_documents(request: Request) -> list[DocumentInfo]:
    with open_request_store(request) as store:
        return [document_info(d) for d in store.documents()]


@router.get("/documents/{document_id}", response_model=DocumentDetail,
            responses={404: {"model": ErrorResponse, "description": "No such document"}})
def api_document(request: Request, document_id: RowId) -> DocumentDetail:
    """A document's paragraphs (with statements), endnotes, stakeholders and recommendations."""
    with open_request_store(request) as store:
        return document_detail(store, document_id)


@router.get("/countries", response_model=list[CountryInfo])
def api_countries(request: Request) -> list[CountryInfo]:
    with open_request_store(request) as store:
        return [CountryInfo(code=c.code, name=c.name, documents=c.documents, cycles=c.cycles,
                            url=f"/countries/{c.code}") for c in countries(store)]


@router.get("/countries/{country}", response_model=CountrySummary,
            responses={404: {"model": ErrorResponse, "description": "No documents on this country"}})
def api_country(request: Request, country: str) -> CountrySummary:
    """A country's cycles side by side: documents, themes, positions and action categories, repeated
    recommendations."""
    code = resolve_country(country)
    if code is None:
        raise NotFound(f"unknown country {country[:60]!r}")
    with open_request_store(request) as store:
        return country_summary(store, code)
