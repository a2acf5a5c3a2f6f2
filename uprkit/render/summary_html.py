"""A :class:`~uprkit.summarize.model.Summary` as a standalone HTML5 page.

One file, no external resources: inline CSS in the UN style (Times New Roman, symbol top right, bold labelled
headings, numbered paragraphs with a hanging indent, endnotes at the end). For a review UI each sentence is a
``<span class="sentence">`` whose data attributes carry its provenance:

* ``data-stakeholders``: the credited abbreviations separated by spaces (a space inside an abbreviation,
  "Forum 18", becomes a no-break space so that splitting on " " gives the abbreviations back);
* ``data-sources`` and ``data-see-also``: the :class:`SourceSpan` lists as JSON;
* ``data-verb``, ``data-act``, ``data-status`` and ``data-endnote``.

Endnote markers are ``<sup><a href="#note-N" id="ref-N">N</a></sup>``; each note links back to its first
reference. Headings carry ids built from their label path ("sec-II-B-1"). Every value from the model goes
through :func:`html.escape`, attributes included.
"""

from __future__ import annotations

import html
import json
import re

from uprkit.render.summary import (
    NOTES_HEADING,
    Cover,
    cover,
    empty_section_text,
    sentence_provenance,
)
from uprkit.summarize.model import Summary, SummarySection, SummarySentence

CSS = """
body { margin: 0; background: #f4f4f4; }
.un-document { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 12pt;
  line-height: 1.35; max-width: 17cm; margin: 1.5em auto; padding: 2cm 2.2cm; background: #fff; color: #000; }
.cover { margin-bottom: 2em; }
.cover .symbol { text-align: right; font-size: 14pt; border-bottom: 1px solid #000; padding-bottom: .3em; }
.cover .body-line { margin: 0; }
.cover .body-line.council { font-size: 16pt; font-weight: bold; margin-top: .6em; }
.cover .session { margin-top: .6em; }
h1.title { font-size: 14pt; font-weight: bold; margin: 1.5em 0 .4em; }
h1.title .title-line { display: block; margin-bottom: .4em; }
.subtitle { font-size: 12pt; font-weight: bold; margin: 0 0 1.5em; }
h2, h3, h4, h5 { font-weight: bold; margin: 1.2em 0 .6em; }
h2 { font-size: 13pt; } h3 { font-size: 12pt; } h4, h5 { font-size: 11pt; }
p { text-align: justify; margin: 0 0 .6em 2.3em; }
p.para { padding-left: 2.3em; text-indent: -2.3em; }
.para-number { display: inline-block; width: 2.3em; text-indent: 0; }
p.introduction, p.na { margin-left: 2.3em; }
sup.note-ref { font-size: 70%; line-height: 0; }
sup.note-ref a, .endnotes a { color: inherit; text-decoration: none; }
.endnotes { margin-top: 2.5em; border-top: 1px solid #000; font-size: 10pt; }
.endnotes ol { list-style: none; padding: 0; margin: 1em 0 0 0; }
.endnotes li { margin: 0 0 .3em 2.3em; text-indent: -2.3em; }
.endnotes li:target, .sentence:hover { background: #ffffb8; }
.note-number { display: inline-block; width: 2.3em; text-indent: 0; }
.note-line { display: block; text-indent: 0; }
.cover-note { font-size: 0.85em; border-top: 1px solid #999; padding-top: 0.3em; max-width: 20em; }
.note-abbr { display: inline-block; min-width: 9em; vertical-align: top; }
.endnotes a.back { margin-left: .3em; }
"""


def esc(value: object) -> str:
    """Escape a model value for HTML text or a double-quoted attribute."""
    return html.escape(str(value), quote=True)


class _Refs:
    """Gives each endnote reference a unique id; the first one is what a note links back to."""

    def __init__(self) -> None:
        self.seen: dict[int, int] = {}

    def ref_id(self, number: int) -> str:
        count = self.seen.get(number, 0) + 1
        self.seen[number] = count
        return f"ref-{number}" if count == 1 else f"ref-{number}-{count}"


def render_html(summary: Summary) -> str:
    front = cover(summary)
    refs = _Refs()
    ids: set[str] = set()
    body: list[str] = [_cover(front)]
    if summary.introduction:
        body.append(f'<p class="introduction">{sentences_html(summary.introduction, refs)}</p>')
    for section in summary.sections:
        _section(summary, section, [], refs, ids, body)
    body.append(_notes(summary, refs))
    if summary.not_included:  # the drafter's note, outside the UN document
        missing = "; ".join(f"{n.file} ({n.reason})" for n in summary.not_included)
        after = f'\n<aside class="draft-note"><p><em>Draft note, not part of the document.</em> Not included: {esc(missing)}.</p></aside>'
    else:
        after = ""
    title = " ".join(line.text for line in front.title_lines if line.bold)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="uprkit">\n<title>{esc(front.symbol)}: {esc(title)}</title>\n'
        f"<style>{CSS}</style>\n</head>\n<body>\n"
        f'<article class="un-document" data-symbol="{esc(front.symbol)}" data-country="{esc(summary.country)}" '
        f'data-cycle="{esc(summary.cycle)}">\n' + "\n".join(body) + f"\n</article>{after}\n</body>\n</html>\n"
    )


def _cover(front: Cover) -> str:
    out = ['<header class="cover">', f'<p class="symbol">{esc(front.symbol)}</p>']
    for i, line in enumerate(front.body_lines):
        kind = ["council", "working-group"][i] if i < 2 else "session"
        out.append(f'<p class="body-line {kind}">{esc(line)}</p>')
    bold = [line for line in front.title_lines if line.bold]
    out.append(
        '<h1 class="title">'
        + "".join(f'<span class="title-line">{esc(x.text)}</span>' for x in bold)
        + "</h1>"
    )
    out.extend(f'<p class="subtitle">{esc(x.text)}</p>' for x in front.title_lines if not x.bold)
    if front.note:
        out.append(f'<p class="cover-note">{esc(front.note)}</p>')
    out.append("</header>")
    return "\n".join(out)


def sentences_html(sentences: list[SummarySentence], refs: _Refs) -> str:
    return " ".join(sentence_html(s, refs) for s in sentences)


def sentence_html(sentence: SummarySentence, refs: _Refs) -> str:
    stakeholders = " ".join(a.replace(" ", "\u00a0") for a in sentence.stakeholders)
    attrs = {
        "class": "sentence",
        "data-stakeholders": stakeholders,
        "data-verb": sentence.verb,
        "data-act": sentence.act,
        "data-status": sentence.status,
        "data-sources": json.dumps(sentence_provenance(sentence), ensure_ascii=False),
    }
    if sentence.see_also:
        attrs["data-see-also"] = json.dumps(
            [s.model_dump(mode="json") for s in sentence.see_also], ensure_ascii=False
        )
    if sentence.endnote is not None:
        attrs["data-endnote"] = str(sentence.endnote)
    if sentence.theme:
        attrs["data-theme"] = sentence.theme
    attributes = " ".join(f'{k}="{esc(v)}"' for k, v in attrs.items())
    out = f"<span {attributes}>{esc(sentence.text)}</span>"
    if sentence.endnote is not None:
        n = sentence.endnote
        out += f'<sup class="note-ref"><a href="#note-{n}" id="{refs.ref_id(n)}">{n}</a></sup>'
    return out


def heading_id(path: list[str], ids: set[str]) -> str:
    """ "sec-II-B-1" from the label path (titles slugged where a heading has no label), unique in ``ids``."""
    base = "sec-" + "-".join(_slug(p) for p in path)
    candidate, n = base, 1
    while candidate in ids:
        n += 1
        candidate = f"{base}-{n}"
    ids.add(candidate)
    return candidate


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:40] or "x"


def _section(
    summary: Summary, section: SummarySection, path: list[str], refs: _Refs, ids: set[str], out: list[str]
) -> None:
    path = [*path, section.label or section.title]
    level = min(section.level + 1, 6)
    hid = heading_id(path, ids)
    out.append(f'<h{level} id="{esc(hid)}">{esc(section.heading)}</h{level}>')
    empty = empty_section_text(summary, section)
    if empty:
        out.append(f'<p class="na">{esc(empty)}</p>')
    for paragraph in section.paragraphs:
        n = paragraph.number
        out.append(
            f'<p class="para" id="para-{esc(n)}"><span class="para-number">{esc(n)}. </span>'
            f"{sentences_html(paragraph.sentences, refs)}</p>"
        )
    for sub in section.sections:
        _section(summary, sub, path, refs, ids, out)


def _list_line(line: str) -> str:
    """A line of the stakeholder list, "ABBR<tab>name": the abbreviation in a column of its own."""
    if "\t" not in line:
        return esc(line)
    abbreviation, rest = line.split("\t", 1)
    # the gap (two em spaces, as the Markdown gives it) keeps the two apart where the page is read without its
    # style sheet: a screen reader, a copy, a parser
    return f'<span class="note-abbr">{esc(abbreviation)}&emsp;&emsp;</span>{esc(rest.replace(chr(9), " "))}'


def _notes(summary: Summary, refs: _Refs) -> str:
    if not summary.endnotes:
        return ""
    out = ['<section class="endnotes">', f'<h2 id="notes">{esc(NOTES_HEADING)}</h2>', "<ol>"]
    for note in sorted(summary.endnotes, key=lambda x: x.number):
        n = note.number
        lines = [line for line in note.text.splitlines() if line.strip()] or [""]
        text = esc(lines[0]) + "".join(f'<div class="note-line">{_list_line(x)}</div>' for x in lines[1:])
        back = ""
        if n in refs.seen:
            back = f' <a class="back" href="#ref-{n}" aria-label="Back to reference {n}">\u21a9</a>'
        out.append(f'<li id="note-{n}" value="{n}"><span class="note-number">{n} </span>{text}{back}</li>')
    out += ["</ol>", "</section>"]
    return "\n".join(out)
