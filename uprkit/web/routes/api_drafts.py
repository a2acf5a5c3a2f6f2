"""``/api/drafts``: create (upload or example), list, get, decide, export."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from uprkit.web.app import open_request_store, settings_of
from uprkit.web.drafting import load_draft
from uprkit.web.drafts_service import apply_decision, create_example, create_uploaded, export_bytes
from uprkit.web.errors import ErrorResponse
from uprkit.web.review import reviewed_summary, section_ids, sentence_ids
from uprkit.web.schemas import DecisionIn, DecisionOut, DraftCreated, DraftDetail, DraftInfo, ExampleDraftIn

RowId = Annotated[int, PathParam(ge=1, le=2**62)]
router = APIRouter(prefix="/api/drafts", tags=["drafts"])
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorResponse, "description": "No such draft"}}
UPLOAD_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "Bad form (country, session, limit) or no file"},
    413: {"model": ErrorResponse, "description": "A file over 25 MB, or over 200 MB in total"},
    415: {"model": ErrorResponse, "description": "Not a PDF, DOCX, TXT or HTML file (executables are refused)"},
}
_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {"multipart/form-data": {"schema": {
            "type": "object", "required": ["files", "country"],
            "properties": {
                "files": {"type": "array", "items": {"type": "string", "format": "binary"},
                          "description": ".pdf .docx .txt .html, at most 25 MB each and 200 MB in all"},
                "country": {"type": "string", "description": "ISO code or name of the State under review"},
                "session": {"type": "integer"},
                "limit_words": {"type": "integer"},
            },
        }}},
    }
}


def _created(draft_id: RowId) -> DraftCreated:
    return DraftCreated(id=draft_id, url=f"/drafts/{draft_id}", api=f"/api/drafts/{draft_id}")


@router.get("", response_model=list[DraftInfo])
def api_drafts(request: Request) -> list[DraftInfo]:
    with open_request_store(request) as store:
        return [DraftInfo(**d, url=f"/drafts/{d['id']}") for d in store.drafts()]


@router.post("", response_model=DraftCreated, status_code=201, responses=UPLOAD_ERRORS, openapi_extra=_UPLOAD_BODY)
async def api_upload_draft(request: Request) -> DraftCreated:
    """Draft the summary of uploaded submissions (multipart form: ``files`` and ``country``, ``session``,
    ``limit_words``)."""
    return _created(await create_uploaded(request))


@router.post("/example", response_model=DraftCreated, status_code=201)
async def api_example_draft(request: Request, body: ExampleDraftIn) -> DraftCreated:
    """Draft the summary of the bundled example submissions (Slovenia, 48th session)."""
    return _created(await create_example(request, body.limit_words))


@router.get("/{draft_id}", response_model=DraftDetail, responses=NOT_FOUND)
def api_draft(request: Request, draft_id: RowId) -> DraftDetail:
    with open_request_store(request) as store:
        record = load_draft(store, draft_id)
    reviewed = reviewed_summary(record.summary, record.decisions)
    return DraftDetail(
        id=record.id, created=record.created, updated=record.updated, country=record.country,
        session=record.session, url=f"/drafts/{record.id}", origin=record.origin, files=record.files,
        word_count=reviewed.word_count, word_limit=record.summary.word_limit, decisions=record.decisions,
        sentences={k: s.text for k, s in sentence_ids(record.summary).items()},
        sections={k: s.heading for k, s in section_ids(record.summary).items()}, summary=record.summary,
    )


@router.post("/{draft_id}/decisions", response_model=DecisionOut,
             responses={**NOT_FOUND, 400: {"model": ErrorResponse, "description": "No such sentence or heading"}})
async def api_decide(request: Request, draft_id: RowId, decision: DecisionIn) -> DecisionOut:
    """Accept, reject, edit (``status`` "edited" with ``text``) or move (``section``) one sentence; "draft"
    without a section undoes. Returns the reviewed draft's word count."""
    return await run_in_threadpool(apply_decision, settings_of(request).db_path, draft_id, decision)


@router.get(
    "/{draft_id}/export", responses={**NOT_FOUND, 200: {
        "content": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document": {},
                    "text/markdown": {}},
        "description": "The reviewed draft"}},
    response_class=Response,
)
def api_export(
    request: Request, draft_id: RowId, format: Annotated[Literal["docx", "md"], Query()] = "docx"
) -> Response:
    """The reviewed draft (rejected sentences dropped, edits and moves applied) as DOCX or Markdown."""
    with open_request_store(request) as store:
        record = load_draft(store, draft_id)
    content, media, name = export_bytes(record, format)
    return Response(content, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})
