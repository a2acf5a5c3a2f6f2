"""Rendering a drafted :class:`~uprkit.summarize.model.Summary` as DOCX, Markdown, HTML or JSON.

Every format shows the UN document's layout: the symbol, the body and session lines, the title and the
cycle's subtitle, the unnumbered introduction, the labelled headings, the numbered paragraphs and the endnotes
(each sentence's marker where the drafter placed it). The draft report (word count against the limit, what was
not included, warnings) is not part of the UN document: the JSON carries it as model fields, the DOCX in its
core properties' comments; Markdown and HTML leave it out, but for a note after the document naming the
submissions not included, which the reader of the draft must not miss.

This module holds what the formats share; each format lives in its own ``summary_<format>`` module, imported
lazily here so that those modules can import the helpers below.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from uprkit.summarize.model import Summary, SummarySection, SummarySentence

SummaryFormat = Literal["docx", "md", "html", "json"]

#: File suffix per format.
SUFFIXES: dict[str, str] = {"docx": ".docx", "md": ".md", "html": ".html", "json": ".json"}

BODY = "Human Rights Council"
WORKING_GROUP = "Working Group on the Universal Periodic Review"
SUBTITLE_CYCLE_1 = (
    "Summary prepared by the Office of the United Nations High Commissioner for Human Rights in accordance "
    "with paragraph 15 (c) of the annex to Human Rights Council resolution 5/1"
)
SUBTITLE_CYCLE_2 = SUBTITLE_CYCLE_1 + " and paragraph 5 of the annex to Council resolution 16/21"
SUBTITLE_CYCLE_3 = "Report of the Office of the United Nations High Commissioner for Human Rights"
DRAFT_SYMBOL = "[draft]"
#: The note on the asterisk after the title (the foot of the first page): cycles 1-3, and cycle 4.
EDITING_NOTE = "The present document was not edited before being sent to United Nations translation services."
EDITING_NOTE_CYCLE_4 = "The present document is being issued without formal editing."
NOT_AVAILABLE = "N/A"  # what cycle 1 prints under an empty chapter
NOTES_HEADING = "Notes"

_ONES = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_TENS_ORDINAL = {2: "twentieth", 3: "thirtieth", 4: "fortieth", 5: "fiftieth", 6: "sixtieth", 7: "seventieth"}
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy"}


def ordinal_words(n: int) -> str:
    """1 -> "first", 27 -> "twenty-seventh"; numerals with a suffix beyond 79 ("80th")."""
    if 0 < n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    if tens in _TENS:
        return _TENS_ORDINAL[tens] if ones == 0 else f"{_TENS[tens]}-{_ONES[ones]}"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def session_line(session: int | None) -> str | None:
    """ "Seventh session" (None where the session is unknown)."""
    if session is None:
        return None
    words = ordinal_words(session)
    return f"{words[:1].upper()}{words[1:]} session"


def subtitle(cycle: int) -> str:
    if cycle <= 1:
        return SUBTITLE_CYCLE_1
    if cycle == 2:
        return SUBTITLE_CYCLE_2
    return SUBTITLE_CYCLE_3


@dataclass(frozen=True)
class TitleLine:
    text: str
    bold: bool


@dataclass(frozen=True)
class Cover:
    """The first page's furniture, in reading order."""

    symbol: str
    body_lines: list[str]  # "Human Rights Council", the Working Group, the session
    title_lines: list[TitleLine]
    note: str = ""  # the asterisk's note ("* The present document ..."), printed at the foot of the first page


def cover(summary: Summary) -> Cover:
    """Cycles 1-2 print the "Summary prepared by ..." caption, then the title (the country); cycles 3-4 the
    title ("Summary of stakeholders' submissions on ..."), then "Report of the Office ..." as subtitle.
    A title that already holds the caption is printed alone."""
    body = [BODY, WORKING_GROUP]
    session = session_line(summary.session)
    if session:
        body.append(session)
    caption = subtitle(summary.cycle)
    title = summary.title.strip()
    starred = title if title.endswith("*") else title + "*"  # the State's name carries the editing note
    if caption.casefold()[:40] in title.casefold():
        lines = [TitleLine(starred, True)]
    elif summary.cycle <= 2:
        lines = [TitleLine(caption, True), TitleLine(starred, True)]
    else:
        lines = [TitleLine(starred, True), TitleLine(caption, False)]
    note = "* " + (EDITING_NOTE_CYCLE_4 if summary.cycle >= 4 else EDITING_NOTE)
    return Cover(symbol=summary.symbol or DRAFT_SYMBOL, body_lines=body, title_lines=lines, note=note)


def empty_section_text(summary: Summary, section: SummarySection) -> str | None:
    """ "N/A" under a cycle-1 chapter without content (as the published cycle-1 summaries print it)."""
    if summary.cycle <= 1 and not section.paragraphs and not section.sections:
        return NOT_AVAILABLE
    return None


def sentence_provenance(sentence: SummarySentence) -> list[dict[str, object]]:
    """The sentence's sources as plain data (for a review UI)."""
    return [s.model_dump(mode="json") for s in sentence.sources]


# --------------------------------------------------------------------------------------------- public API


def summary_to_markdown(summary: Summary) -> str:
    from uprkit.render.summary_markdown import render_markdown

    return render_markdown(summary)


def summary_to_html(summary: Summary) -> str:
    from uprkit.render.summary_html import render_html

    return render_html(summary)


def summary_to_json(summary: Summary) -> str:
    from uprkit.render.summary_json import render_json

    return render_json(summary)


def write_summary_docx(summary: Summary, path: Path) -> None:
    from uprkit.render.summary_docx import write_docx

    write_docx(summary, path)


def render_summary(summary: Summary, fmt: SummaryFormat, out: Path) -> Path:
    """Write ``summary`` as ``fmt`` to ``out`` and return the path written.

    ``out`` may be a directory: the file is then named after the symbol ("A_HRC_WG.6_7_KAZ_3.docx") or
    "summary-<country>-draft" for a draft without one.
    """
    if fmt not in SUFFIXES:
        raise ValueError(f"unknown summary format {fmt!r}; expected one of {', '.join(SUFFIXES)}")
    path = Path(out)
    if path.is_dir():
        stem = summary.symbol.replace("/", "_") if summary.symbol else f"summary-{summary.country}-draft"
        path = path / f"{stem}{SUFFIXES[fmt]}"
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "docx":
        write_summary_docx(summary, path)
        return path
    text = {"md": summary_to_markdown, "html": summary_to_html, "json": summary_to_json}[fmt](summary)
    path.write_text(text, encoding="utf-8")
    return path
