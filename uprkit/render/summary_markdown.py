"""A :class:`~uprkit.summarize.model.Summary` as Markdown.

The cover lines, the title, the introduction, the sections as ``##``/``###``/``####`` headings with their
labels, the numbered paragraphs (``12.``, as published, so an ordered list that keeps the numbers) and the
endnotes as Markdown footnotes: ``[^12]`` after the sentence, the definitions at the end, in number order.
Every value from the model is escaped, so a sentence's ``*`` or ``<tag>`` stays literal.
"""

from __future__ import annotations

import html
import re

from uprkit.render.summary import NOTES_HEADING, cover, empty_section_text
from uprkit.summarize.model import Summary, SummaryParagraph, SummarySection, SummarySentence

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def escape_markdown(text: str) -> str:
    """Backslash-escape what Markdown would otherwise read as markup; collapse line breaks."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render_markdown(summary: Summary) -> str:
    out: list[str] = []
    front = cover(summary)
    out += [f'<div align="right">{html.escape(front.symbol)}</div>', ""]
    out += ["  \n".join(escape_markdown(line) for line in front.body_lines), ""]
    for line in front.title_lines:
        text = escape_markdown(line.text)
        out += [f"**{text}**" if line.bold else text, ""]
    if front.note:
        out += [f"<sub>{escape_markdown(front.note)}</sub>", ""]
    if summary.introduction:
        out += [sentences_markdown(summary.introduction), ""]
    for section in summary.sections:
        _section(summary, section, out)
    out += _notes(summary)
    if summary.not_included:
        # the reader of the draft must know what it leaves out; the line is the drafter's, not the document's
        out += ["", "---", "", "*Draft note, not part of the document.* Not included: " + escape_markdown(
            "; ".join(f"{n.file} ({n.reason})" for n in summary.not_included)) + "."]
    return "\n".join(out).rstrip("\n") + "\n"


def sentences_markdown(sentences: list[SummarySentence]) -> str:
    parts: list[str] = []
    for s in sentences:
        text = escape_markdown(s.text)
        if s.endnote is not None:
            text += f"[^{s.endnote}]"
        if text:
            parts.append(text)
    return " ".join(parts)


def _section(summary: Summary, section: SummarySection, out: list[str]) -> None:
    hashes = "#" * min(section.level + 1, 6)
    out += [f"{hashes} {escape_markdown(section.heading)}", ""]
    empty = empty_section_text(summary, section)
    if empty:
        out += [empty, ""]
    for paragraph in section.paragraphs:
        out += [_paragraph(paragraph), ""]
    for sub in section.sections:
        _section(summary, sub, out)


def _paragraph(paragraph: SummaryParagraph) -> str:
    return f"{paragraph.number}. {sentences_markdown(paragraph.sentences)}"


def _notes(summary: Summary) -> list[str]:
    if not summary.endnotes:
        return []
    out = ["---", "", f"**{NOTES_HEADING}**", ""]
    for note in sorted(summary.endnotes, key=lambda n: n.number):
        # the stakeholder list's "ABBR<tab>name": two em spaces keep the two apart (a tab would collapse)
        lines = [
            "&emsp;&emsp;".join(escape_markdown(part) for part in line.split("\t")).strip()
            for line in note.text.splitlines()
            if line.strip()
        ] or [""]
        out.append(f"[^{note.number}]: {lines[0]}" + ("  " if len(lines) > 1 else ""))
        for i, line in enumerate(lines[1:], start=2):
            out.append(f"    {line}" + ("  " if i < len(lines) else ""))
    out.append("")
    return out
