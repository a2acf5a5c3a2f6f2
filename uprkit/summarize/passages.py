"""A submission split into sentence-sized passages, each with its page, paragraph number and offsets.

A stakeholder submission is read like any document (:func:`uprkit.read.read_document`). Its lines are joined
into paragraphs (a blank line, a numbered line "12." or a heading ends one), each paragraph is split into
sentences, and every sentence keeps ``start``/``end`` offsets into the verbatim text, the page it starts on
(pages come from the PDF, or from form feeds in text) and the submission's own paragraph number where the
submission numbers its paragraphs. Footnote markers glued to words ("torture.12") are dropped from the
passage's display text, never from the source.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from uprkit.model import Document
from uprkit.summarize.blocks import blocks, list_items_as_bullets, paragraph_sequence, restarts
from uprkit.summarize.clauses import is_base_verb
from uprkit.summarize.marks import (
    BULLET,
    BULLET_CHARS,
    PARA_NUMBER,
    WORD,
    explicit_number,
    line_spans,
    whole_number,
)
from uprkit.summarize.page_notes import left_out_indexes, note_number, page_break_plan, spaced_markers
from uprkit.summarize.sentences import (
    MAX_SENTENCE_WORDS,
    display_text,
    document_vocabulary,
    sentence_bounds,
    split_long,
)
from uprkit.summarize.tables import (
    CELL_BLOCK,
    FOLLOW_UP_ROW,
    NUMBERED_ROW,
    QUOTED_COLUMN,
    is_table_row,
    prose_cells,
    row_cells,
)

#: A footnote marker glued to the full stop after a figure with thousands separators or after a sign ("3,088.9",
#: "K+.13", "45%.2"), read as one only where a sentence starts right after it (a decimal does not end a sentence).
_FIGURE_MARKER = re.compile(r"(?:(?<=\d,\d{3}\.)|(?<=[+%*]\.)|(?<=\s\d\d\.)|(?<=\s\d\d\d\.))\d{1,3}$")
#: The same at a paragraph's end, where no sentence follows to tell it from a decimal: a note's number only
#: where a note of that number stands at a page's foot.
_END_FIGURE_MARKER = re.compile(r"(?<=\s\d\d\.)(\d{1,2})$")


@dataclass
class Passage:
    """One sentence of a submission."""

    file: str
    stakeholder: str
    start: int  # offsets into the submission's verbatim text
    end: int
    text: str  # display text: one line, footnote markers removed
    page: int | None
    end_page: int | None
    paragraph: str | None  # the submission's paragraph number, where it numbers them
    heading: str | None  # the submission's own heading above the passage
    index: int = 0  # position in the submission
    in_list: bool = False  # the passage is a bullet item or follows a list lead-in
    block: int = 0  # the paragraph block it belongs to (consecutive sentences of one paragraph share it)
    lead: str | None = None  # the lead-in of the list it is an item of ("We recommend that the Government:")
    lead_start: int | None = None  # the lead-in's offsets in the verbatim text
    lead_end: int | None = None
    words: int = field(default=0)

    def __post_init__(self) -> None:
        self.words = len(WORD.findall(self.text))


class _Compact:
    """A text without some of its lines (footnotes, running headers and footers), with the way back to the
    offsets of the full text: a sentence broken by a page's notes and the next page's header reads on."""

    def __init__(
        self, text: str, spans: list[tuple[int, int]], delete: set[int], empty: set[int] | frozenset[int] = frozenset()
    ) -> None:
        parts: list[str] = []
        self.work: list[int] = []  # where each kept piece starts in the compact text …
        self.orig: list[int] = []  # … and in the full text
        w = 0
        for k, (a, b) in enumerate(spans):
            if k in delete or k in empty:
                # a page break stays one; a line left empty keeps its line end, so the paragraph ends there
                keep = text.count("\f", a, b) + (k in empty and text[a:b].endswith("\n"))
                if not keep:
                    continue
                a = b - keep
            self.work.append(w)
            self.orig.append(a)
            parts.append(text[a:b])
            w += b - a
        self.text = "".join(parts)

    def blank(self, positions: frozenset[int]) -> None:
        """The figures at ``positions`` of the full text (footnote markers with a space before them, "… regions. 3
        Few of") made spaces: the sentence ends at its stop, and no figure is shown."""
        chars = list(self.text)
        for pos in positions:
            at = self.to_compact(pos)
            while at is not None and at < len(chars) and chars[at].isdigit():
                chars[at] = " "
                at += 1
        self.text = "".join(chars)

    def start(self, pos: int) -> int:
        i = max(0, bisect.bisect_right(self.work, pos) - 1)
        return self.orig[i] + pos - self.work[i] if self.work else pos

    def to_compact(self, pos: int) -> int | None:
        """Where offset ``pos`` of the full text is in the compact text (None where its line was left out)."""
        i = bisect.bisect_right(self.orig, pos) - 1
        if i < 0:
            return None
        at = self.work[i] + pos - self.orig[i]
        following = self.work[i + 1] if i + 1 < len(self.work) else len(self.text)
        return at if at < following else None

    def end(self, pos: int) -> int:
        i = max(0, bisect.bisect_left(self.work, pos) - 1)
        return self.orig[i] + pos - self.work[i] if self.work else pos


#: A section's number, in a text of decimal paragraphs ("2.1 …"): "6. RECOMMENDATIONS" over its items.
_SECTION_NUMBERED = re.compile(r"(\d{1,2})\.?\s+[A-Z]")
#: A sub-heading's number: "4.1 Regarding freedom of association".
_SUB_NUMBERED = re.compile(r"(\d{1,2}\.\d{1,2})\.?\s+[A-Z]")
#: A box's title: "KEY FINDINGS", "Key recommendations", "At a glance".
_BOX = re.compile(r"(?:key|main|priority)\s+(?:findings|facts|recommendations|concerns)|at\s+a\s+glance|in\s+brief|box\s*\d*"
                  r"(?::.*)?", re.I)


def split_passages(doc: Document, *, file: str, stakeholder: str) -> list[Passage]:
    """Every sentence of a submission as a :class:`Passage`, in reading order. Footnotes and running headers
    and footers are left out, and a sentence they interrupt at a page break reads on; offsets are into the
    document's full text."""
    spans = list(line_spans(doc.text))
    dropped = left_out_indexes(doc.text)
    delete, empty = page_break_plan(doc.text, spans, set(dropped))
    # the note references a Word file, a web page or Markdown marks as such, and those a PDF prints raised, are never
    # part of a figure ("35 arrests in 2022<sup>2</sup> and 12 in 2023" was drafted "in 20222"): the passages are
    # read from the text without them (as `uprkit verify` reads the words)
    compact = _Compact(doc.without_note_references(), spans, delete, empty)
    compact.blank(spaced_markers(doc.text))
    text = compact.text
    vocabulary = document_vocabulary(doc.text)
    # the numbers of the notes left out at the pages' feet: "… before the age of 18.3" at a paragraph's end, with
    # "3 UNICEF …, 2019." below, is the age 18 and note 3
    notes = frozenset(n for k in dropped if (n := note_number(doc.text[spans[k][0] : spans[k][1]])))
    out: list[Passage] = []
    heading: str | None = None
    paragraph: str | None = None
    numbered = 0
    marked = frozenset(at for start in doc.heading_lines if (at := compact.to_compact(start)) is not None)
    parsed = list_items_as_bullets(
        text, blocks(text, notes=set(), paragraph_lines=doc.format in ("docx", "html"), marked=marked)
    )
    listed = _list_before_paragraphs(parsed, text, vocabulary)
    parsed = [(a, b, None, h, True) if k in listed else (a, b, n, h, bl) for k, (a, b, n, h, bl) in enumerate(parsed)]
    printed = [number for _, _, number, _, _ in parsed]
    kept = paragraph_sequence(printed)
    parsed = [(a, b, n if k in kept else None, h, bl) for k, (a, b, n, h, bl) in enumerate(parsed)]
    body = 0
    for _start, _end, number, is_h, _bullet in parsed:
        numbered += number is not None
        body += not is_h
    # numbered paragraphs are the locators when there are three or more of them, or when they are the body
    # (a short submission of one or two numbered paragraphs)
    uses_numbers = numbered >= 3 or (numbered > 0 and 2 * numbered >= body)
    if uses_numbers and len(doc.pages) > 1 and restarts([n for n in printed if n is not None]) >= 2:
        # numbers that start again at 1 in each section ("B. Torture" 1, 2, 3; "C. Incommunicado detention" 1, 2 …)
        # would cite "para. 1" for four places: the pages are cited instead (a review helper's Ugandan set)
        uses_numbers = False
    numbered_list = False  # the numbers are a list's, whose blocks are its items ("2 Collect and publish …")
    first_numbered = next((k for k, (*_, number, _h, _b) in enumerate(parsed) if number is not None), None)
    if first_numbered and parsed[first_numbered - 1][3] is False and display_text(
        text[parsed[first_numbered - 1][0] : parsed[first_numbered - 1][1]], vocabulary
    ).endswith(":"):
        # the numbers start under a lead-in ("… asks the Mexican State to:" / "1. Search for disappeared persons:"):
        # a list's numbers in a text that numbers no paragraphs, not locators
        uses_numbers, numbered_list = False, True
    if first_numbered and not numbered_list:
        # a text that numbers only its recommendations (a numbered table or list under "Recommendations", after
        # three or more unnumbered paragraphs) numbers no paragraphs either: its points are cited by page; a cover's
        # lines without a stop ("ORGANIZATION OF AMERICAN STATES") are no paragraphs
        before = parsed[:first_numbered]
        section = next((display_text(text[a:b], vocabulary) for a, b, _n, h, _b in reversed(before) if h), "")
        paragraphs = sum(1 for a, b, _n, h, _b in before
                         if not h and re.search(r"[.!?][”’\"')\]]*$", display_text(text[a:b], vocabulary)))
        if paragraphs >= 3 and re.search(r"recommendation", section, re.I):
            uses_numbers, numbered_list = False, True
    list_lead: tuple[str, int, int] | None = None
    row_area = False  # under the area of a recommendations table's row in a numbered paragraph
    decimal = sum(1 for n in printed if n is not None and "." in n) >= 3  # paragraphs numbered "2.1", "2.2" …
    box_over: str | None = None  # the heading a box's title ("KEY FINDINGS") stands under, resumed after the box
    table_header: list[tuple[str, int, int]] = []  # the last table header row's cells (name, offsets)

    def add(a: int, b: int, shown: str, *, heading: str | None, in_list: bool, block: int,
            lead: tuple[str, int, int] | None) -> None:
        """The sentence at ``a``-``b`` of the compact text as a passage (``lead``: a list's lead-in, with its
        offsets in the document's full text)."""
        if not WORD.search(shown):
            return
        start_at, end_at = compact.start(a), compact.end(b)  # in the document's full text
        out.append(
            Passage(
                file=file,
                stakeholder=stakeholder,
                start=start_at,
                end=end_at,
                text=shown,
                page=doc.page_at(start_at),
                end_page=doc.page_at(max(start_at, end_at - 1)),
                paragraph=paragraph if uses_numbers else None,
                heading=heading,
                index=len(out),
                in_list=in_list,
                block=block,
                lead=lead[0] if lead is not None else None,
                lead_start=lead[1] if lead is not None else None,
                lead_end=lead[2] if lead is not None else None,
            )
        )

    for block_no, (start, end, number, is_heading, bullet) in enumerate(parsed):
        if is_heading:
            shown = display_text(text[start:end], vocabulary)
            if paragraph is not None and _BOX.fullmatch(shown):
                # "KEY FINDINGS" between paragraphs 2 and 3: a box, whose title is no section's; the section goes on
                # with the next numbered paragraph, and the box is cited with the paragraph it stands by
                box_over = heading if box_over is None else box_over
                heading, list_lead = shown, None
                continue
            heading = shown
            row_area = (paragraph is not None and (row_area or (list_lead is not None and list_lead[0].rstrip().endswith(":")))
                        and block_no + 1 < len(parsed) and parsed[block_no + 1][4] and len(WORD.findall(heading)) <= 5)
            list_lead = None
            if row_area:
                # a recommendations table's row under "8. CLEN makes the following recommendations …:" ("Kiln
                # season work" / "Declare brick kilns …"): its area over the item, which stays in paragraph 8
                continue
            sub = _SUB_NUMBERED.match(heading) or (_SECTION_NUMBERED.match(heading) if decimal else None)
            # a new section: unnumbered text under it is cited by page; but the items under a numbered sub-heading
            # ("4.1 Regarding freedom of association" / "• Repeal the Law on …") by its number
            listed_under = block_no + 1 < len(parsed) and (parsed[block_no + 1][4] or (
                # "6. RECOMMENDATIONS" / "GDRF recommends that the Government:" / "- Amend …"
                block_no + 2 < len(parsed) and parsed[block_no + 2][4]
                and text[parsed[block_no + 1][0] : parsed[block_no + 1][1]].rstrip().endswith(":")))
            paragraph = sub.group(1) if sub and uses_numbers and listed_under else None
            continue
        row_area = row_area and bullet
        if number is not None and uses_numbers:
            paragraph = number
            if box_over is not None:
                heading, box_over = box_over, None
        body_start = start
        m = PARA_NUMBER.match(text, start) if number is not None else BULLET.match(text, start)
        if m is None and bullet:
            m = PARA_NUMBER.match(text, start)  # "1) ratify …": a list item numbered so
        bullet = bullet or (numbered_list and number is not None)
        explicit = m is not None and number is not None and explicit_number(m)
        if m and (bullet or (number is not None and (uses_numbers or explicit))):
            body_start = m.end()  # "12. ", "(3) ", "- ": not the bare figure of "2 cases were reported"
        numbered_item = False  # "12.1 end the red-tagging …;" under "12. LEN recommends that the Philippines:"
        block_text = display_text(text[start:end], vocabulary)
        # a topic under a lead-in that asks ("1. Forensic identification:" under "… asks the State to:"): the items
        # below it stay under the lead that asks
        topic_line = (list_lead is not None and _ASKING_LEAD.search(list_lead[0]) is not None and block_text.endswith(":")
                 and not _ASKING_LEAD.search(block_text.rstrip(":"))
                 and len(WORD.findall(block_text)) <= 10 and not _FINITE.search(block_text))
        if number is not None and uses_numbers and not topic_line:
            first = WORD.search(text, body_start, end)
            numbered_item = first is not None and (first.group(0)[:1].islower() or is_base_verb(first.group(0), listed=True))
            if first is not None and not numbered_item:
                # a paragraph of the numbered series is no item of the list the paragraph before leads in ("14. …
                # awaiting implementation:" / a table / "15. Compliance with provisional measures …"), but an
                # item may have a number of its own ("16. Ratify the CAT;")
                list_lead = None
        if "\n" not in text[start:end].strip() and "\t" in text[start:body_start] and text.count("\t", start, end) >= 2 \
                and is_table_row(text[start:end]):
            body_start = start  # "1⇥Provide safe drinking water …⇥141.23 (Spain)": a numbered row of a Word table
        if "\n" not in text[body_start:end].strip() and is_table_row(text[body_start:end]):
            # a table's row: cells, not sentences ("2020⇥150 cases …⇥None of the perpetrators …"), but a table
            # of prose ("Issue | Situation | Recommendation") is read cell by cell under its row's topic
            cells = prose_cells(text, body_start, end, [name for name, _, _ in table_header])
            if cells:
                columns = table_header if len(table_header) == len(cells) else []
                label = text[cells[0][0] : cells[0][1]]
                follow_up = FOLLOW_UP_ROW.match(label) is not None
                # a follow-up table's row, or a numbered one, stays under the section's heading, not under its numbers
                numbered = NUMBERED_ROW.fullmatch(label.strip()) is not None
                topic = heading if follow_up or numbered else display_text(label, vocabulary)
                for c, (a, b) in enumerate(cells[1:], start=1):
                    if len(WORD.findall(text[a:b])) < 5:
                        continue  # "111.91 (Brazil); 111.92 (Holy See)", "New", "–": a reference, not prose
                    if columns and QUOTED_COLUMN.search(columns[c][0]):
                        continue  # "Previous UPR recommendation", "Recommendation received (A/HRC/44/9)": not its words
                    if follow_up and (not columns or re.search(r"recommend", columns[c][0], re.I)):
                        # a follow-up row's words: only a column its header shows to be the submitter's
                        # ("CJR assessment", "Comments"), never the quoted recommendation's
                        continue
                    # the cells of a "Recommendation" column are items, their column's name their lead-in
                    asks = bool(columns) and re.search(r"recommend", columns[c][0], re.I) is not None
                    cell_lead = (f"{columns[c][0]}:", compact.start(columns[c][1]), compact.end(columns[c][2])) if asks else None
                    for sa, sb in split_long(text, sentence_bounds(text, a, b)):
                        add(sa, sb, display_text(text[sa:sb], vocabulary), heading=topic, in_list=asks,
                            block=CELL_BLOCK + block_no * 16 + c, lead=cell_lead)
            else:
                header = row_cells(text, body_start, end)
                if all(len(WORD.findall(text[a:b])) <= 4 for a, b in header):
                    # "Issue⇥Situation⇥Recommendation": the names of the columns below
                    table_header = [(text[a:b], a, b) for a, b in header]
            continue
        inline = _inline_items(text, body_start, end, listed=bullet or list_lead is not None) or _inline_bullets(
            text, body_start, end)
        if inline is not None:
            # "IPLN recommends that the Government: (a) suspend …; (b) simplify …; (c) ratify …": each item a passage
            # under the lead-in, as if listed line by line (a line that happens to start with "(b)" split the list
            # before, and left "(c)" inside an item), and the lead-in of the lines after it ("(d) reopen …")
            own, lead_span, items = inline
            for a, b in own:  # "17. The Council also invites … Plan. We recommend: (a) …"
                add(a, b, display_text(text[a:b], vocabulary), heading=heading, in_list=bullet or list_lead is not None,
                    block=block_no, lead=list_lead)
            if lead_span is not None:
                la, lb = lead_span
                list_lead = (display_text(text[la:lb], vocabulary), compact.start(la), compact.end(lb))
            for ia, ib in items:
                for a, b in split_long(text, sentence_bounds(text, ia, ib)):
                    add(a, b, display_text(text[a:b], vocabulary), heading=heading, in_list=True, block=block_no,
                        lead=list_lead)
            continue
        for a, b in split_long(text, sentence_bounds(text, body_start, end)):
            shown = display_text(text[a:b], vocabulary)
            if b < end and text[b:end].strip():
                # the sentence was cut after a footnote marker glued to a figure's full stop: "fell from 4,551 to
                # 3,088.9 Small communities …" is "3,088" and note 9, "the channel K+.13 In addition" "K+" and 13
                shown = _FIGURE_MARKER.sub("", shown)
            elif (m := _END_FIGURE_MARKER.search(shown)) and m.group(1) in notes:
                shown = shown[: m.start(1)]
            add(a, b, shown, heading=heading, in_list=bullet or list_lead is not None, block=block_no, lead=list_lead)
        if block_text.endswith(":"):
            last = list(sentence_bounds(text, body_start, end))
            a, b = last[-1] if last else (body_start, end)
            if not ((bullet or topic_line) and len(last) == 1 and list_lead is not None and _ASKING_LEAD.search(list_lead[0])):
                list_lead = (display_text(text[a:b], vocabulary), compact.start(a), compact.end(b))
            # else a list within a list: "We urge the Government to:" / "• Protect environmental defenders:" /
            # "– adopt …": the items below stay under the lead that asks, the item above is their topic or gist
        elif not bullet and not numbered_item and not (list_lead is not None and block_text.startswith(("“", '"'))):
            # (quotations one a paragraph under "In its final report, ODIHR recommended that:" stay its items)
            list_lead = None
    return _observations_with_their_items(out, doc.text)


def _list_before_paragraphs(
    parsed: list[tuple[int, int, str | None, bool, bool]], text: str, vocabulary: frozenset[str]
) -> set[int]:
    """Positions (in ``parsed``) of the items of a list numbered 1, 2, 3 … under a lead-in, before the paragraphs
    number from 1 again ("This joint submission is made by the following organisations:" / "1. Kenya Alliance …"
    … "8. Terre des Hommes …" / "Introduction" / "1. The Child Rights Network …" / "2. …"): the list's numbers are
    no paragraphs', and the paragraphs keep theirs. Empty where the numbers do not start again."""
    numbers = [whole_number(n) if n is not None and not h else None for _a, _b, n, h, _bl in parsed]
    first = next((k for k, n in enumerate(numbers) if n is not None), None)
    if not first or numbers[first] != 1 or parsed[first - 1][3]:
        return set()
    a, b = parsed[first - 1][:2]
    if not display_text(text[a:b], vocabulary).endswith(":"):
        return set()
    end = first
    while end < len(parsed) and numbers[end] == end - first + 1:
        end += 1
    restart = next((k for k in range(end, len(parsed)) if numbers[k] is not None), None)
    if restart is None or numbers[restart] != 1 or 2 not in numbers[restart:]:
        return set()
    a, b = parsed[restart - 1][:2]
    if not parsed[restart - 1][3] and display_text(text[a:b], vocabulary).endswith(":"):
        return set()  # a second list under a lead-in of its own
    return set(range(first, end))


#: An item's letter or number inside a paragraph, after the lead-in's colon or the item before's semicolon: "…
#: Government: (a) suspend …; (b) simplify …; and (c) ratify …", "… of Cambodia (a) accede …; (b) allow …".
_INLINE_MARK = re.compile(r"(?:(?<=[:;])|(?<=[:;]\s)|(?<=;\sand\s)|(?<=\s))\((?P<mark>[a-z]|[ivx]{1,4}|\d{1,2})\)\s+(?=\w)")
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"],
              [str(n) for n in range(1, 30)])


def _inline_items(
    text: str, start: int, end: int, *, listed: bool
) -> tuple[list[tuple[int, int]], tuple[int, int] | None, list[tuple[int, int]]] | None:
    """A paragraph's items lettered inside it: (the spans of the paragraph's sentences before its lead-in, the
    lead-in's span or None, each item's span without its letter), or None. Items follow each other in their sequence, each after a ";" (the first after the lead-in), at least two of
    them in one paragraph, or one more of a list already under way (``listed``: "(d) reopen …; (e) issue …")."""
    marks = [m for m in _INLINE_MARK.finditer(text, start, end)]
    if not marks:
        return None
    seq = next((q for q in _SEQUENCES if marks[0].group("mark") in q), None)
    if seq is None:
        return None
    first = list(seq).index(marks[0].group("mark"))
    run = [marks[0]]
    for m in marks[1:]:
        if m.group("mark") in seq and list(seq).index(m.group("mark")) == first + len(run) \
                and re.search(r";\s*(?:and\s+)?$", text[run[-1].end() : m.start()]):
            run.append(m)
    # the lead-in is the last sentence before the first letter; the sentences before it are the paragraph's own
    sentences = list(sentence_bounds(text, start, run[0].start()))
    own = sentences[:-1] if len(sentences) > 1 else []
    start = sentences[-1][0] if own else start
    before = text[start : run[0].start()].strip()
    if _ENDS_WITH_PAPERS_LEAD.search(before):
        return None  # "Attachments: (1) Concluding observations …; (2) Report …": papers, not requests
    opens = first == 0 and (before.endswith(":") or re.search(r"\b(?:that|to)\s+(?:the\s+)?[A-Z][\w\s]{0,60}$", before))
    # an item before the first letter: the block is an item of a list under way whose letter was its line's ("(d)
    # reopen …; (e) issue …")
    item_before = bool(before) and listed and not opens and before.endswith(";")
    if before and not opens and not item_before:
        return None  # "(b)" of a sentence's own ("under article 20(1)"), or letters that are no list of items
    if len(run) < 2 and not (opens or item_before or (listed and not before)):
        return None
    items = [(m.end(), run[k + 1].start() if k + 1 < len(run) else end) for k, m in enumerate(run)]
    if item_before:
        items.insert(0, (start, run[0].start()))
    items = [(a, a + len(re.sub(r"[;,\s]*(?:\band\s*)?$", "", text[a:b]))) for a, b in items]
    lead = (start, start + len(before.rstrip())) if opens else None
    return own, lead, [(a, b) for a, b in items if b > a]


#: A bullet inside a paragraph: a box's items run into one line by the reader ("Key recommendations • Adopt … •
#: Enforce … • Provide …").
_INLINE_BULLET = re.compile(r"(?<=\s)[•▪◦·]\s+(?=\w)")


def _inline_bullets(
    text: str, start: int, end: int
) -> tuple[list[tuple[int, int]], tuple[int, int] | None, list[tuple[int, int]]] | None:
    """A paragraph of two bullets or more inside it: (no sentences of its own, the words before the first bullet as
    the lead-in, each item's span without its bullet), or None. (A box of "Key recommendations" in a one-cell Word
    table was drafted "GFU noted that key recommendations • Adopt …", with no locator.)"""
    marks = list(_INLINE_BULLET.finditer(text, start, end))
    if len(marks) < 2:
        return None
    before = text[start : marks[0].start()].strip()
    if len(WORD.findall(before)) > 12:
        return None  # a sentence with bullets after it is no box's title
    items = [(m.end(), marks[k + 1].start() if k + 1 < len(marks) else end) for k, m in enumerate(marks)]
    items = [(a, a + len(text[a:b].rstrip())) for a, b in items]
    lead = (start, start + len(before)) if before else None
    return [], lead, [(a, b) for a, b in items if b > a]


#: A lead-in to a list of papers: "Attachments:", "Annexes:", "References:" (candidates reads a list's first item
#: after it, passages a lettered list's lead-in ending so).
PAPERS_LEAD = r"(?:attachments?|annex(?:es)?|enclosures?|references|bibliography|sources)\s*:"
_ENDS_WITH_PAPERS_LEAD = re.compile(rf"\b{PAPERS_LEAD}\s*$", re.I)


#: What stands before a list item's words on its line: a bullet, "(a)", "a)", "1)".
_ITEM_MARK = re.compile(rf"[ \t]*(?:[{BULLET_CHARS}\-–—*]|\(?[a-z0-9]{{1,3}}\))[ \t]*")
#: A finite verb: a line that has one says something, and is no topic's title.
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|should|must|will|would|shall|can|may|remains?)\b", re.I)
#: A lead-in that asks for something: its items are recommendations, each drafted on its own.
_ASKING_LEAD = re.compile(
    r"\b(?:recommend\w*|urg\w*|call\w*|ask\w*|request\w*|encourag\w*|invit\w*|appeal\w*|should|must|need\w*|"
    r"steps|measures|actions|recommendations)\b|\bto\s*:\s*$",
    re.I,
)


def _observations_with_their_items(passages: list[Passage], text: str) -> list[Passage]:
    """A lead-in that says something of its own ("Enforced disappearances are used in particular against:")
    and the items of its list ("(a) opposition political activists …;", "(b) human rights defenders …; and")
    are one sentence, so that the items are not drafted as fragments; a lead-in asking for something keeps
    its items apart (each a recommendation)."""
    out: list[Passage] = []
    k = 0
    while k < len(passages):
        p = passages[k]
        items = []
        j = k + 1
        while (
            j < len(passages)
            and passages[j].in_list
            and passages[j].lead == p.text
            and passages[j].block != p.block
            and _ITEM_MARK.fullmatch(text[text.rfind("\n", 0, passages[j].start) + 1 : passages[j].start])
        ):
            items.append(passages[j])
            j += 1
        # only items that go on the lead-in's sentence (each a fragment in lower case, one a block: an item of
        # two sentences is no fragment), within a sentence's length
        if (
            p.text.endswith(":")
            and items
            and (j == len(passages) or passages[j].block not in {i.block for i in items})
            and not _ASKING_LEAD.search(p.text)
            and len({i.block for i in items}) == len(items)
            and all(re.match(r"[a-z]", i.text) for i in items)
            and p.words + sum(i.words for i in items) <= MAX_SENTENCE_WORDS
        ):
            last = items[-1]
            out.append(
                replace(
                    p,
                    end=last.end,
                    text=" ".join([p.text, *(i.text for i in items)]),
                    end_page=last.end_page,
                    words=0,
                )
            )
            k = j
            continue
        out.append(p)
        k += 1
    return [replace(p, index=n) for n, p in enumerate(out)]
