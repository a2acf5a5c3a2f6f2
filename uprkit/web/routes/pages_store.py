"""Pages over the store: home, search, documents and countries."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from uprkit.store import QueryError, resolve_country
from uprkit.store.pages import countries, document_ids_by_path, document_page
from uprkit.web.app import open_request_store
from uprkit.web.errors import NotFound
from uprkit.web.templating import MARKS, templates
from uprkit.web.views import SearchParams, country_summary, hit_url, search_params

RowId = Annotated[int, PathParam(ge=1, le=2**62)]
router = APIRouter(include_in_schema=False)
PAGE = 20
FACET_NAMES = {"what": "Kind of row", "country": "Country", "cycle": "Cycle", "kind": "Document",
               "position": "Position", "action": "Action category"}
#: facet name -> the query parameter that filters on it
FACET_PARAMS = {"what": "what", "country": "country", "cycle": "cycle", "kind": "kind", "position": "position",
                "action": "action"}


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    with open_request_store(request) as store:
        return templates.TemplateResponse(request, "home.html", {
            "counts": store.counts(), "countries": countries(store), "drafts": store.drafts()[-5:],
        })


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, params: Annotated[SearchParams, Depends(search_params)],
    page: Annotated[int, Query(ge=1, le=5000)] = 1,
) -> Response:
    context: dict[str, object] = {
        "params": params, "query": params.as_query(), "hits": [], "facets": None, "error": None, "page": page,
        "page_size": PAGE, "facet_names": FACET_NAMES, "facet_params": FACET_PARAMS,
    }
    status = 200
    with open_request_store(request) as store:
        try:
            filters = params.filters()
            if params.q:
                facets = store.facets(params.q, filters)
                doc_ids = document_ids_by_path(store)
                symbol_ids = {d["symbol"]: d["id"] for d in store.documents() if d["symbol"]}
                hits = list(store.search(params.q, filters, limit=page * PAGE, marks=MARKS))[(page - 1) * PAGE:]
                context["facets"] = facets
                context["hits"] = [(h, hit_url(h, doc_ids, symbol_ids)[1]) for h in hits]
        except QueryError as exc:
            context["error"] = exc.message
            status = 400
    return templates.TemplateResponse(request, "search.html", context, status_code=status)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request) -> Response:
    with open_request_store(request) as store:
        return templates.TemplateResponse(request, "documents.html", {"documents": store.documents()})


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_view(request: Request, document_id: RowId) -> Response:
    with open_request_store(request) as store:
        page = document_page(store, document_id)
    if page is None:
        raise NotFound(f"no document {document_id}")
    first_cite: dict[int, int] = {}
    for p in page.paragraphs:
        for n in p.endnotes:
            first_cite.setdefault(n, p.number)
    return templates.TemplateResponse(request, "document.html", {
        "doc": page.document, "page": page, "outline": page.outline(), "first_cite": first_cite,
        "stakeholders": {s["abbreviation"]: s for s in page.stakeholders},
    })


@router.get("/countries", response_class=HTMLResponse)
def countries_page(request: Request) -> Response:
    with open_request_store(request) as store:
        return templates.TemplateResponse(request, "countries.html", {"countries": countries(store)})


@router.get("/countries/{country}", response_class=HTMLResponse)
def country_page(request: Request, country: str) -> Response:
    code = resolve_country(country)
    if code is None:
        raise NotFound(f"unknown country {country[:60]!r}")
    if code != country:
        return RedirectResponse(f"/countries/{code}", status_code=307)
    with open_request_store(request) as store:
        summary = country_summary(store, code)
    return templates.TemplateResponse(request, "country.html", {"c": summary})
