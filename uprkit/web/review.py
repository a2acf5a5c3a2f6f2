"""A reviewer's decisions on a drafted summary, and the reviewed summary they produce.

Sentences are named ``s0``, ``s1``, … in :meth:`Summary.iter_sentences` order and headings ``h0``, ``h1``, …
in :meth:`Summary.iter_sections` order, both of the draft as drafted (decisions never renumber them). The
decisions are plain JSON, ``{"sentences": {"s3": {"status": "edited", "text": "...", "section": "h5"}}}``,
stored with the draft. :func:`reviewed_summary` applies them: rejected sentences are dropped, edited text
replaces the drafted one, a moved sentence goes to the end of its new heading; paragraphs, endnotes and
heading labels are then renumbered and the word count recomputed.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from uprkit.errors import UprkitError
from uprkit.summarize.draft import body_word_count
from uprkit.summarize.model import (
    SourceSpan,
    Summary,
    SummaryEndnote,
    SummaryParagraph,
    SummarySection,
    SummarySentence,
)
from uprkit.summarize.sections import renumber_sections

__all__ = [
    "MAX_SENTENCE_CHARS",
    "ReviewError",
    "SourceContext",
    "Status",
    "decide",
    "reviewed_summary",
    "section_ids",
    "sentence_ids",
    "source_context",
]

Status = Literal["draft", "accepted", "rejected", "edited"]
STATUSES: tuple[str, ...] = get_args(Status)
MAX_SENTENCE_CHARS = 5000


class ReviewError(UprkitError):
    """A decision names no sentence or heading of the draft, or an unknown status, or empty text."""

    code = "review"


def sentence_ids(summary: Summary) -> dict[str, SummarySentence]:
    return {f"s{i}": s for i, s in enumerate(summary.iter_sentences())}


def section_ids(summary: Summary) -> dict[str, SummarySection]:
    return {f"h{i}": s for i, s in enumerate(summary.iter_sections())}


def decide(
    summary: Summary, decisions: Mapping[str, Any], sentence: str, status: str, *,
    text: str | None = None, section: str | None = None,
) -> dict[str, Any]:
    """The decisions with ``sentence``'s replaced (checked against the draft); ``status`` "draft" with no
    section undoes every decision on it."""
    sentences = sentence_ids(summary)
    if sentence not in sentences:
        raise ReviewError(f"the draft has no sentence {sentence!r}")
    if status not in STATUSES:
        raise ReviewError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    if section is not None and section != "" and section not in section_ids(summary):
        raise ReviewError(f"the draft has no heading {section!r}")
    entry: dict[str, Any] = {"status": status}
    if status == "edited":
        cleaned = " ".join((text or "").split())
        if not cleaned:
            raise ReviewError("an edited sentence needs its new text")
        if len(cleaned) > MAX_SENTENCE_CHARS:
            raise ReviewError(f"an edited sentence is limited to {MAX_SENTENCE_CHARS} characters")
        entry["text"] = cleaned
    if section:
        entry["section"] = section
    out = {k: dict(v) for k, v in dict(decisions.get("sentences") or {}).items()}
    if status == "draft" and not section:
        out.pop(sentence, None)
    else:
        out[sentence] = entry
    return {**decisions, "sentences": out}


def reviewed_summary(summary: Summary, decisions: Mapping[str, Any]) -> Summary:
    """The summary as the reviewer left it (the draft itself is not changed)."""
    out = summary.model_copy(deep=True)
    chosen: Mapping[str, Any] = decisions.get("sentences") or {}
    ids = {id(s): f"s{i}" for i, s in enumerate(out.iter_sentences())}
    sections = section_ids(out)
    had_content = {id(s) for s in sections.values() if s.paragraphs}
    moved: dict[str, list[SummarySentence]] = {}

    def kept(sentences: list[SummarySentence]) -> list[SummarySentence]:
        keep: list[SummarySentence] = []
        for s in sentences:
            d = chosen.get(ids[id(s)]) or {}
            status = d.get("status", "draft")
            if status == "rejected":
                continue
            if status in STATUSES:
                s.status = status
            if status == "edited" and d.get("text"):
                s.text = str(d["text"])
            target = d.get("section")
            if target in sections:
                moved.setdefault(str(target), []).append(s)
                continue
            keep.append(s)
        return keep

    out.introduction = kept(out.introduction)
    for section in sections.values():
        for p in section.paragraphs:
            p.sentences = kept(p.sentences)
        section.paragraphs = [p for p in section.paragraphs if p.sentences]
    for target, sentences in moved.items():
        sections[target].paragraphs.append(SummaryParagraph(number=0, sentences=sentences))
    out.sections = _prune(out.sections, had_content)
    _renumber(out)
    renumber_sections(out.sections)
    out.word_count = body_word_count(out)
    return out


def _prune(sections: list[SummarySection], had_content: set[int]) -> list[SummarySection]:
    """Drop the headings left without content by the review (empty ones the draft printed stay)."""
    keep: list[SummarySection] = []
    for s in sections:
        before = bool(s.sections)
        s.sections = _prune(s.sections, had_content)
        emptied = not s.paragraphs and not s.sections and (id(s) in had_content or before)
        if not emptied:
            keep.append(s)
    return keep


def _renumber(summary: Summary) -> None:
    """Paragraphs 1, 2, … in document order; endnotes in order of first reference, unused ones dropped."""
    number = 0
    for section in summary.iter_sections():
        for p in section.paragraphs:
            number += 1
            p.number = number
    old = {n.number: n for n in summary.endnotes}
    renumbered: dict[int, int] = {}
    notes: list[SummaryEndnote] = []
    for s in summary.iter_sentences():
        if s.endnote is None or s.endnote not in old:
            continue
        if s.endnote not in renumbered:
            renumbered[s.endnote] = len(notes) + 1
            notes.append(SummaryEndnote(number=len(notes) + 1, text=old[s.endnote].text))
        s.endnote = renumbered[s.endnote]
    summary.endnotes = notes


@dataclass(frozen=True)
class SourceContext:
    """A cited span in its surroundings in the submission: ``before`` + ``cited`` + ``after``."""

    span: SourceSpan
    before: str
    cited: str
    after: str
    found: bool  # False where the file could not be read again or its text no longer matches the offsets


@functools.lru_cache(maxsize=64)
def _text(path: str, mtime: float) -> str:
    from uprkit.read import read_document

    return read_document(Path(path)).text


def source_context(folder: Path, span: SourceSpan, chars: int = 400) -> SourceContext:
    """The span within ``chars`` characters either side (cut at a line break or space where possible)."""
    path = folder / span.file
    try:
        text = _text(str(path), path.stat().st_mtime)
    except (OSError, UprkitError):
        return SourceContext(span, "", span.text, "", False)
    if text[span.start : span.end] != span.text:
        return SourceContext(span, "", span.text, "", False)
    lo = max(0, span.start - chars)
    hi = min(len(text), span.end + chars)
    if lo > 0:
        cut = text.find(" ", lo, span.start)
        lo = cut + 1 if cut != -1 else lo
    if hi < len(text):
        cut = text.rfind(" ", span.end, hi)
        hi = cut if cut != -1 else hi
    before = ("…" if lo > 0 else "") + text[lo : span.start]
    after = text[span.end : hi] + ("…" if hi < len(text) else "")
    return SourceContext(span, before, text[span.start : span.end], after, True)
