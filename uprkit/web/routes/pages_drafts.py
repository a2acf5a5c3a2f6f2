"""The draft review pages: start a draft (upload or the bundled example), review it, export it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from uprkit.web.app import open_request_store, settings_of
from uprkit.web.drafting import EXAMPLE_LIMIT, load_draft
from uprkit.web.drafts_service import (
    apply_decision,
    create_example,
    create_uploaded,
    export_bytes,
    review_items,
)
from uprkit.web.review import reviewed_summary, section_ids
from uprkit.web.schemas import DecisionIn
from uprkit.web.templating import templates

RowId = Annotated[int, PathParam(ge=1, le=2**62)]
router = APIRouter(include_in_schema=False)


@router.get("/drafts", response_class=HTMLResponse)
def drafts_page(request: Request) -> Response:
    limits = settings_of(request).limits
    with open_request_store(request) as store:
        return templates.TemplateResponse(request, "drafts.html", {
            "drafts": store.drafts(), "limits": limits, "example_limit": EXAMPLE_LIMIT,
        })


@router.post("/drafts")
async def upload_draft(request: Request) -> Response:
    draft_id = await create_uploaded(request)
    return RedirectResponse(f"/drafts/{draft_id}", status_code=303)


@router.post("/drafts/example")
async def example_draft(request: Request, limit_words: Annotated[str, Form(max_length=10)] = "") -> Response:
    draft_id = await create_example(request, limit_words or None)
    return RedirectResponse(f"/drafts/{draft_id}", status_code=303)


@router.get("/drafts/{draft_id}", response_class=HTMLResponse)
def review_page(request: Request, draft_id: RowId) -> Response:
    with open_request_store(request) as store:
        record = load_draft(store, draft_id)
    reviewed = reviewed_summary(record.summary, record.decisions)
    return templates.TemplateResponse(request, "review.html", {
        "record": record, "items": review_items(record), "word_count": reviewed.word_count,
        "word_limit": record.summary.word_limit,
        "sections": [(k, s.heading, s.level) for k, s in section_ids(record.summary).items()],
    })


@router.post("/drafts/{draft_id}/decide")
async def decide_form(
    request: Request, draft_id: RowId,
    sentence: Annotated[str, Form(pattern=r"^s\d{1,6}$")],
    action: Annotated[str, Form(pattern=r"^(accept|reject|edit|move|reset)$")],
    text: Annotated[str, Form(max_length=5000)] = "",
    section: Annotated[str, Form(pattern=r"^(h\d{1,6})?$")] = "",
    current: Annotated[str, Form(pattern=r"^(draft|accepted|rejected|edited)?$")] = "",
) -> Response:
    """The form behind each sentence's buttons (the page's script sends the same to the API instead)."""
    status = {"accept": "accepted", "reject": "rejected", "edit": "edited", "reset": "draft"}.get(action)
    if action == "move":
        status = current or "draft"
        if status == "edited" and not text:
            status = "draft"
    decision = DecisionIn(sentence=sentence, status=status or "draft", text=text or None,
                          section=section if action == "move" else None)
    await run_in_threadpool(apply_decision, settings_of(request).db_path, draft_id, decision)
    return RedirectResponse(f"/drafts/{draft_id}#{sentence}", status_code=303)


def _download(content: bytes, media: str, name: str) -> Response:
    return Response(content, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/drafts/{draft_id}/export.{fmt}")
def export_draft(request: Request, draft_id: RowId, fmt: str) -> Response:
    with open_request_store(request) as store:
        record = load_draft(store, draft_id)
    return _download(*export_bytes(record, fmt))


@router.get("/drafts/{draft_id}/preview", response_class=HTMLResponse)
def preview_draft(request: Request, draft_id: RowId) -> Response:
    from uprkit.render.summary import summary_to_html

    with open_request_store(request) as store:
        record = load_draft(store, draft_id)
    return HTMLResponse(summary_to_html(reviewed_summary(record.summary, record.decisions)))
