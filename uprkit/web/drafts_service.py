"""What the draft pages and the draft API share: creating drafts, recording decisions, exporting."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from uprkit.render.summary import summary_to_markdown, write_summary_docx
from uprkit.store import open_store
from uprkit.summarize.draft import DraftOptions
from uprkit.summarize.model import Summary, SummarySentence
from uprkit.summarize.select import count_words
from uprkit.web.app import settings_of
from uprkit.web.drafting import (
    EXAMPLE_COUNTRY,
    EXAMPLE_PREVIOUS_OUTCOME,
    EXAMPLE_SESSION,
    DraftRecord,
    DraftRequestError,
    create_draft,
    draft_options,
    example_folder,
    load_draft,
    write_manifest,
)
from uprkit.web.review import SourceContext, decide, reviewed_summary, section_ids, source_context
from uprkit.web.schemas import DecisionIn, DecisionOut
from uprkit.web.uploads import receive_upload

__all__ = ["ReviewItem", "apply_decision", "create_example", "create_uploaded", "export_bytes", "review_items"]

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _create(db: str | Path, folder: Path, options: DraftOptions, origin: str, files: dict[str, str]) -> int:
    with open_store(db) as store:
        return create_draft(store, folder, options, origin=origin, files=files)


async def create_example(request: Request, limit_words: int | str | None) -> int:
    options = draft_options(EXAMPLE_COUNTRY, EXAMPLE_SESSION, limit_words, EXAMPLE_PREVIOUS_OUTCOME)
    return await run_in_threadpool(_create, settings_of(request).db_path, example_folder(), options, "example", {})


async def create_uploaded(request: Request) -> int:
    """Receive the uploaded submissions into a new folder and draft them; the folder goes again on failure."""
    settings = settings_of(request)
    folder = settings.upload_dir / f"draft-{uuid.uuid4().hex}"
    form = await receive_upload(
        request.headers.get("content-type", ""), request.headers.get("content-length"), request.stream(), folder,
        settings.limits,
    )
    try:
        options = draft_options(
            form.fields.get("country"), form.fields.get("session"), form.fields.get("limit_words"),
            form.fields.get("previous_outcome"),
        )
        await run_in_threadpool(write_manifest, folder, form)
        files = {f.file: f.original for f in form.files}
        return await run_in_threadpool(_create, settings.db_path, folder, options, "upload", files)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def apply_decision(db: str | Path, draft_id: int, decision: DecisionIn) -> DecisionOut:
    with open_store(db) as store:
        record = load_draft(store, draft_id)
        decisions = decide(
            record.summary, record.decisions, decision.sentence, decision.status, text=decision.text,
            section=decision.section,
        )
        store.set_decisions(draft_id, decisions)
    reviewed = reviewed_summary(record.summary, decisions)
    return DecisionOut(
        sentence=decision.sentence, status=decision.status, word_count=reviewed.word_count,
        word_limit=record.summary.word_limit, decisions=decisions,
    )


def export_bytes(record: DraftRecord, fmt: str) -> tuple[bytes, str, str]:
    """(content, media type, file name) of the reviewed draft."""
    reviewed = reviewed_summary(record.summary, record.decisions)
    stem = f"summary-{record.country or 'draft'}-{record.session or 'draft'}-reviewed-{record.id}"
    if fmt == "md":
        return summary_to_markdown(reviewed).encode("utf-8"), "text/markdown; charset=utf-8", f"{stem}.md"
    if fmt != "docx":
        raise DraftRequestError(f"unknown format {fmt!r} (docx or md)")
    with tempfile.TemporaryDirectory(prefix="uprkit-export-") as tmp:
        path = Path(tmp) / f"{stem}.docx"
        write_summary_docx(reviewed, path)
        return path.read_bytes(), DOCX_TYPE, f"{stem}.docx"


@dataclass
class ReviewItem:
    """One row of the review page: a heading, or a sentence with its decision and its source passages."""

    kind: str  # "heading" or "sentence"
    id: str
    text: str
    level: int = 0
    sentence: SummarySentence | None = None
    status: str = "draft"
    edited: str | None = None
    moved_to: str | None = None
    words: int = 0
    sources: tuple[SourceContext, ...] = ()
    paragraph: int | None = None
    see_also: tuple[SourceContext, ...] = ()  # stakeholders cited with "See also": the same point in their words


def review_items(record: DraftRecord) -> list[ReviewItem]:
    summary: Summary = record.summary
    chosen = record.decisions.get("sentences") or {}
    headings = {k: s.heading for k, s in section_ids(summary).items()}
    ids = {id(s): f"s{i}" for i, s in enumerate(summary.iter_sentences())}
    items: list[ReviewItem] = []

    def add(sentences: list[SummarySentence], paragraph: int | None) -> None:
        for s in sentences:
            sid = ids[id(s)]
            d = chosen.get(sid) or {}
            text = d.get("text") if d.get("status") == "edited" else None
            items.append(ReviewItem(
                "sentence", sid, s.text, sentence=s, status=str(d.get("status", "draft")), edited=text,
                moved_to=headings.get(str(d.get("section"))) if d.get("section") else None,
                words=count_words(text or s.text), paragraph=paragraph,
                sources=tuple(source_context(record.folder, span) for span in s.sources),
                see_also=tuple(source_context(record.folder, span) for span in s.see_also),
            ))

    if summary.introduction:
        items.append(ReviewItem("heading", "intro", "Introduction", level=1))
        add(summary.introduction, None)
    for hid, section in section_ids(summary).items():
        items.append(ReviewItem("heading", hid, section.heading, level=section.level))
        for p in section.paragraphs:
            add(p.sentences, p.number)
    return items
