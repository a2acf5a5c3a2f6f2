"""Headings and numbered paragraphs: the skeleton of an OHCHR document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from uprkit.layout.lines import Line
from uprkit.layout.markers import Marker

ROMAN = re.compile(r"^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})$")
_LABELLED = re.compile(r"^(?P<label>[IVXL]{1,6}|[A-Z]|\d{1,2})\.(?:\s+|\t)(?P<title>\S.*)$")
_PARA = re.compile(r"^(?P<num>\d{1,3})\.(?:\s+|\t|(?=[A-Z“\"]))(?P<rest>\S.*)?$")
_TERMINAL = re.compile(r"[.;:!?…]\s*[”’\"')\]]*\s*\d{0,3}\s*$")
_SENTENCE_INSIDE = re.compile(r"[a-z)]{2}[.;]\d{0,3}\s+[A-Z]")
_TOC = re.compile(r"\.{5,}|…{3,}|(?:\. ){4,}")
_FUNCTION_END = re.compile(
    r"\b(?:the|of|and|or|in|for|to|with|on|by|against|a|an|its|their|at|from|into|including|as|under|"
    r"taking|into|account|applicable|human|rights|international|national|persons?)$",
    re.I,
)
# markdown decoration some extractions add: "## I. Background", "**A. Scope …**"
_MARKDOWN = re.compile(r"^#{1,6}\s+|^\*\*|\*\*$|^__|__$")
_FRONT_HEADINGS = re.compile(r"^(?:list of abbreviations|abbreviations|contents|table of contents|acronyms)$", re.I)


@dataclass
class Block:
    kind: str  # heading | para | intro | empty
    lines: list[Line] = field(default_factory=list)
    label: str | None = None
    title: str = ""
    number: int | None = None
    content_start: int = 0  # verbatim offset where the block's text starts (after "12." for paragraphs)
    level: int = 0


@lru_cache(maxsize=1)
def known_headings() -> tuple[set[str], tuple[str, ...]]:
    text = resources.files("uprkit").joinpath("data/known_headings.txt").read_text(encoding="utf-8")
    titles = tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )
    return {_norm(t) for t in titles}, tuple(_norm(t) for t in titles)


def _norm(s: str) -> str:
    s = s.lower().replace("’", "'").replace("–", "-")
    s = re.sub(r"[^a-z0-9' -]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def is_known_heading(title: str) -> bool:
    return _norm(title) in known_headings()[0]


def is_known_prefix(title: str) -> bool:
    n = _norm(title)
    if len(n) < 8:
        return False
    return any(k.startswith(n) and k != n for k in known_headings()[1])


def line_text_without_markers(line: Line, markers: list[Marker]) -> str:
    s = line.text
    for mk in sorted(markers, key=lambda m: m.start, reverse=True):
        a, b = mk.start - line.start, mk.end - line.start
        if 0 <= a <= b <= len(s):
            s = s[:a] + s[b:]
    return s.strip()


def heading_level(label: str | None) -> int:
    if label is None:
        return 0
    if ROMAN.match(label) and label != "":
        return 1
    if label.isalpha():
        return 2
    return 3


class _Classifier:
    def __init__(self, lines: list[Line], markers_by_line: dict[int, list[Marker]]) -> None:
        self.lines = lines
        self.mk = markers_by_line
        self.content = [ln for ln in lines if ln.kind == "text"]
        self.clean = {ln.index: line_text_without_markers(ln, markers_by_line.get(ln.index, [])) for ln in self.content}
        self._text: dict[int, str] = {}  # text() of each line, asked for many times while segmenting

    def text(self, line: Line) -> str:
        got = self._text.get(line.index)
        if got is None:
            got = self._text[line.index] = _MARKDOWN.sub("", self.clean.get(line.index, line.stripped)).strip()
        return got

    def para_number(self, line: Line) -> int | None:
        m = _PARA.match(self.text(line))
        if not m or not m.group("rest"):
            return None
        rest = m.group("rest")
        if not (rest[:1].isupper() or rest[:1] in "“\"‘'(" or rest[:1].isdigit()):
            return None
        return int(m.group("num"))

    def labelled(self, line: Line) -> tuple[str, str] | None:
        m = _LABELLED.match(self.text(line))
        if not m:
            return None
        title = m.group("title").strip()
        if not (title[:1].isupper() or title[:1] in "“\"‘"):
            return None
        if _TOC.search(title):
            return None
        return m.group("label"), title


def _heading_continuation(so_far: str, nxt: str) -> bool:
    if not nxt:
        return False
    if nxt[:1].islower() or nxt[:1] in "(,":
        return True
    if so_far.rstrip().endswith((",", "-", "–", "and", "of", ":")):
        return True
    if is_known_prefix(so_far) and (is_known_heading(so_far + " " + nxt) or is_known_prefix(so_far + " " + nxt)):
        return True
    return bool(_FUNCTION_END.search(so_far.rstrip()) and len(nxt.split()) <= 6 and not is_known_heading(nxt))


# "A. Scope of international obligations 1. Amnesty International (AI) noted …"
_HEAD_THEN_PARA = re.compile(
    r"^(?P<head>\s*(?:[IVXL]{1,6}|[A-Z]|\d{1,2})\.\s+[A-Z][^.;:]{2,150}?)\s+(?=\d{1,3}\.\s+[A-Z“\"])"
)
# "… places of incarceration.10 II. PROMOTION AND PROTECTION …"
_PARA_THEN_HEAD = re.compile(r"[.;:”\"]\d{0,3}\s+(?=(?:[IVX]{1,5}|[A-H])\.\s+[A-Z][A-Z ,]{8,})")


def _split_run_in(region: list[Line], markers_by_line: dict[int, list[Marker]]) -> list[Line]:
    """Split lines where a heading and a paragraph share one line (headings run into paragraph lines)."""
    out: list[Line] = []
    next_index = 10_000_000 + (max((ln.index for ln in region), default=0))
    for ln in region:
        cut = None
        if ln.kind == "text":
            m = _HEAD_THEN_PARA.match(ln.text)
            if m and is_known_heading(re.sub(r"^\s*\S+\.\s+", "", m.group("head")).strip()):
                cut = m.end()
            else:
                m2 = _PARA_THEN_HEAD.search(ln.text)
                if m2:
                    cut = m2.end()
        if cut is None:
            out.append(ln)
            continue
        first = Line(ln.index, ln.start, ln.start + cut, ln.text[:cut], ln.kind, ln.page)
        next_index += 1
        second = Line(next_index, ln.start + cut, ln.end, ln.text[cut:], ln.kind, ln.page)
        markers = markers_by_line.get(ln.index, [])
        markers_by_line[ln.index] = [mk for mk in markers if mk.end <= first.end]
        markers_by_line[second.index] = [mk for mk in markers if mk.start >= second.start]
        out.extend([first, second])
    return out


def segment(lines: list[Line], first: int, last: int, markers_by_line: dict[int, list[Marker]]) -> list[Block]:
    """Cut lines[first:last] into headings, numbered paragraphs and the unnumbered introduction."""
    region = _split_run_in([ln for ln in lines[first:last] if ln.kind in ("text", "marker")], markers_by_line)
    cl = _Classifier(region, markers_by_line)
    content = [ln for ln in region if ln.kind == "text"]
    pos_of = {ln.index: k for k, ln in enumerate(content)}
    blocks: list[Block] = []
    last_para: int | None = None
    cur: Block | None = None
    front = False  # inside a list of abbreviations / contents

    def next_content(k: int) -> Line | None:
        return content[k + 1] if k + 1 < len(content) else None

    def heading_span(k: int) -> tuple[str, int]:
        """Title text of a heading starting at content[k] and the index of its last line."""
        t = cl.text(content[k])
        m = _LABELLED.match(t)
        title = m.group("title").strip() if m else t
        j = k
        while j + 1 < len(content) and j - k < 3:
            nxt_t = cl.text(content[j + 1])
            if cl.para_number(content[j + 1]) is not None or cl.labelled(content[j + 1]):
                break
            if not _heading_continuation(title, nxt_t):
                break
            title = title.rstrip() + " " + nxt_t
            j += 1
        return title, j

    def starts_block(line: Line | None, expect_para: int | None) -> bool:
        if line is None:
            return True
        n = cl.para_number(line)
        if n is not None and (expect_para is None or expect_para <= n <= expect_para + 3):
            return True
        return cl.labelled(line) is not None or cl.text(line).upper() in ("N/A", "N/A.")

    skip_until = -1
    for k, line in enumerate(content):
        if k <= skip_until:
            continue
        t = cl.text(line)
        expect = None if last_para is None else last_para + 1
        if _TOC.search(t):
            continue
        if _FRONT_HEADINGS.match(t):
            front = True
            cur = None
            continue
        lab = cl.labelled(line)
        n = cl.para_number(line)
        if front:
            if lab and heading_level(lab[0]) == 1:
                front = False
            else:
                continue
        is_para = n is not None and (
            (last_para is None and n <= 2) or (expect is not None and expect <= n <= expect + 3)
        )
        if not is_para and n is not None and (last_para is None or n > last_para):
            # a jump in the numbering: still a paragraph when the line reads as running text
            rest_text = lab[1] if lab else t
            wraps = k + 1 < len(content) and cl.para_number(content[k + 1]) is None and not cl.labelled(content[k + 1])
            if _TERMINAL.search(rest_text) or _SENTENCE_INSIDE.search(rest_text) or (len(rest_text) > 70 and wraps):
                is_para = True
        if n is None and expect is not None and lab is None:
            bare = re.match(r"^(\d{1,3})\s+(?=[A-Z“\"])", t)
            if bare and int(bare.group(1)) == expect and (cur is None or cur.kind == "heading" or _block_finished(cur, cl)):
                n, is_para = expect, True
        if n == 1 and last_para is not None and lab is not None and not is_para:
            is_para = False
        is_heading = False
        if lab:
            title, j = heading_span(k)
            level = heading_level(lab[0])
            heading_like = not _TERMINAL.search(title) and len(title) < 220 and not _SENTENCE_INSIDE.search(title)
            if level < 3:
                is_heading = heading_like and not (is_para and lab[0].isdigit())
            else:
                after = next_content(j)
                known = is_known_heading(title)
                if is_para:
                    is_heading = heading_like and (
                        known or (len(title) < 110 and starts_block(after, n if not known else expect))
                    )
                    if is_heading and not known and after is not None and cl.para_number(after) == n:
                        is_heading = True
                    elif is_heading and not known and after is not None and cl.para_number(after) is None:
                        is_heading = cl.labelled(after) is not None
                else:
                    is_heading = heading_like
            if is_heading:
                cur = Block("heading", [content[i] for i in range(k, j + 1)], lab[0], title, level=level)
                cur.content_start = line.start
                blocks.append(cur)
                skip_until = j
                # marker lines right after a heading belong to it
                continue
        if is_para and n is not None:
            if last_para is not None and n <= last_para:
                continue
            m = _PARA.match(line.text.strip()) or re.match(r"^(?P<num>\d{1,3})\s", line.text.strip())
            offset = line.start + (len(line.text) - len(line.text.lstrip()))
            if m:
                num_at = line.text.find(m.group("num"))
                dot = line.text.find(".", num_at)
                num_end = dot + 1 if 0 <= dot <= num_at + len(m.group("num")) else num_at + len(m.group("num"))
                rest_off = line.start + num_end
                while rest_off < line.end and line.text[rest_off - line.start].isspace():
                    rest_off += 1
                offset = rest_off
            cur = Block("para", [line], number=n, content_start=offset)
            cur.title = str(n)
            blocks.append(cur)
            last_para = n
            continue
        if t.upper() in ("N/A", "N/A.", "N/A "):
            blocks.append(Block("empty", [line], content_start=line.start))
            cur = None
            continue
        # unlabelled heading: short line after a finished paragraph / heading, followed by a new block
        prev_done = cur is None or cur.kind == "heading" or _block_finished(cur, cl)
        if (t[:1].isupper() or t[:1] in "“\"") and not _TERMINAL.search(t):
            title, j = heading_span(k)
            after = next_content(j)
            known = is_known_heading(title)
            # a known heading title right before the next paragraph number is a heading even where the paragraph
            # above lost its full stop ("… and their families117" / "Indigenous peoples and minorities" / "64. …")
            if (prev_done or (known and after is not None and cl.para_number(after) == expect)) and (
                len(title) < 160
                and not _TERMINAL.search(title)
                and (known or starts_block(after, expect))
                and (cur is not None or blocks or known)
            ):
                cur = Block("heading", [content[i] for i in range(k, j + 1)], None, title, level=0)
                cur.content_start = line.start
                blocks.append(cur)
                skip_until = j
                continue
        if cur is None or cur.kind in ("heading", "empty"):
            cur = Block("intro", [line], content_start=line.start)
            blocks.append(cur)
            continue
        cur.lines.append(line)
    _attach_marker_lines(blocks, region, pos_of)
    return blocks


def blocks_has_para(blocks: list[Block]) -> bool:
    return any(b.kind == "para" for b in blocks)


def _block_finished(block: Block, cl: _Classifier) -> bool:
    text_lines = [ln for ln in block.lines if ln.kind == "text"]
    if not text_lines:
        return True
    last = cl.text(text_lines[-1])
    if block.lines and block.lines[-1].kind == "marker":
        return True
    return bool(_TERMINAL.search(last)) or last.endswith(("”", "\""))


def _attach_marker_lines(blocks: list[Block], region: list[Line], pos_of: dict[int, int]) -> None:
    """Put each stand-alone marker line into the block whose text precedes it."""
    owner: dict[int, Block] = {}
    for b in blocks:
        for ln in b.lines:
            owner[ln.index] = b
    current: Block | None = None
    for ln in region:
        if ln.index in owner:
            current = owner[ln.index]
        elif ln.kind == "marker" and current is not None:
            current.lines.append(ln)
    for b in blocks:
        b.lines.sort(key=lambda ln: ln.start)
