"""A submission's text cut into paragraph blocks (headings, numbered paragraphs, list items, table rows),
and which of its paragraph numbers run in sequence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from uprkit.summarize.clauses import is_base_verb
from uprkit.summarize.heading_lines import (
    FIRST_PARAGRAPH,
    LABELLED_HEADING,
    SECTION_TITLE,
    is_heading_line,
    is_numbered_heading,
)
from uprkit.summarize.marks import (
    BULLET,
    DANGLING,
    GOES_ON,
    PARA_NUMBER,
    SENTENCE_STOPS,
    TRAILING_MARKER,
    WORD,
    ends_at_stop,
    ends_sentence,
    explicit_number,
    last_char,
    last_word,
    line_spans,
    whole_number,
)
from uprkit.summarize.page_notes import note_lines
from uprkit.summarize.tables import (
    action_table_rows,
    captioned_rows,
    cell_runs,
    follow_up_cells,
    is_table_row,
    labelled_rows,
)


@dataclass
class _Block:
    start: int
    end: int
    number: str | None
    heading: bool
    bullet: bool


#: A paragraph's last line is shorter than this share of the column's width.
_SHORT_LINE = 0.7
#: A title on a line of its own is shorter than this share of the column's width.
_TITLE_LINE = 0.6
_NUMBERED_LINE = re.compile(r"(\d{1,3})[.)][ \t]+[A-Z“\"]")


def _line_widths(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """(typical, column) of the lines of four words or more, (0, 0) under twelve such lines (a one-page letter
    has a dozen): the median length (the width most lines fill), and the length nine lines in ten stay within (the
    column's width, which the median understates in a text with tables, whose rows are short lines)."""
    lengths = sorted(len(line) for a, b in spans if len(WORD.findall(line := text[a:b].strip())) >= 4)
    if len(lengths) < 12:
        return 0, 0
    return lengths[len(lengths) // 2], lengths[int(0.9 * (len(lengths) - 1))]


_LETTER_LINE = re.compile(
    r"(?:Dear\s+[^,\n]{2,60},?|(?:Re|Subject|Ref(?:erence)?)\s*:.*|Yours\s+(?:faithfully|sincerely|truly),?|"
    r"(?:With\s+)?(?:kind|best)\s+regards,?|Sincerely,?)$",
    re.I,
)
#: A title in capitals: "KEY FINDINGS", "WHAT WE FOUND".
_CAPITALS_TITLE = re.compile(r"[A-Z][A-Z’'\-]*(?:[ \t]+[A-Z][A-Z’'\-]*){0,5}:?")
#: A question's or an answer's label, and an answer's "Yes." or "No.": "Q: Who are we?", "A: No. The Criminal Code …".
_QA_LABEL = re.compile(r"(?m)^[ \t]*(?:(?P<q>Q|Question)|A|Answer)[ \t]*[:.][ \t]+(?:(?:Yes|No)[.!][ \t]+)?")
#: An e-mail address or a telephone number: a contact line.
_CONTACT = re.compile(r"[\w.+\-]+@[\w\-]+\.[\w.\-]+|\b(?:tel|phone|fax)\s*[.:]", re.I)
#: A line the file marks as a heading is one up to this many words (a style misused on a paragraph is not).
_MARKED_HEADING_WORDS = 30


def blocks(
    text: str, *, notes: set[int] | None = None, paragraph_lines: bool = False, marked: frozenset[int] = frozenset()
) -> list[tuple[int, int, str | None, bool, bool]]:
    """Paragraph blocks: (start, end, paragraph number, is heading, is bullet item). Footnote lines at the foot
    of a page (:func:`note_lines`, or ``notes`` where the caller has found them) are in no block: a
    submission's sources are not its statements.

    With ``paragraph_lines`` (a Word file's text: one line per paragraph) every line is a paragraph of its own,
    but for a line going on in lower case after a manual line break. A line starting at an offset in ``marked``
    is a heading, as the file marks it (an HTML ``h2``, a Word heading style), however it reads ("Killings of
    journalists: impunity continues")."""
    out: list[_Block] = []
    current: _Block | None = None
    spans = list(line_spans(text))
    if notes is None:
        notes = note_lines(text, spans)
    cell_lines = set() if paragraph_lines else cell_runs(text, spans) | captioned_rows(text, spans)
    rows, row_header = labelled_rows(text, spans)
    action_rows, action_cells = ({}, set()) if paragraph_lines else action_table_rows(text, spans)
    if not paragraph_lines:
        # a follow-up table's quoted recommendations and statuses are no one's sentences, its comments the text's
        quoted, comments = follow_up_cells(text, spans)
        action_cells, cell_lines = action_cells | quoted, cell_lines - comments
    inside_row = -1  # the last line of the action table's row being read
    row_block: _Block | None = None  # the recommendation of the last row of a recommendations table
    asked_and_answered = len(_QA_LABEL.findall(text)) >= 4 and len(re.findall(r"(?m)^[ \t]*(?:Q|Question)[ \t]*[:.]", text)) >= 2
    typical, column = (0, 0) if paragraph_lines else _line_widths(text, spans)
    following: list[str] = [""] * len(spans)  # the next non-blank line after each line
    after_following: list[str] = [""] * len(spans)  # and the one after that
    # the numbers of the next two lines after each line that open "12. The …"
    numbered_after: list[tuple[int | None, int | None]] = [(None, None)] * len(spans)
    upcoming: tuple[int | None, int | None] = (None, None)
    nxt = nxt2 = ""
    for k in range(len(spans) - 1, -1, -1):
        following[k], after_following[k] = nxt, nxt2
        numbered_after[k] = upcoming
        if text[spans[k][0] : spans[k][1]].strip():
            nxt, nxt2 = text[spans[k][0] : spans[k][1]].strip(), nxt
            if (numbered := _NUMBERED_LINE.match(nxt)) is not None:
                upcoming = (int(numbered.group(1)), upcoming[0])
    wrapped_heading = False
    last_number = -1  # the last paragraph numbered with a whole number so far
    first_page = True  # no page break before the line
    cover_block: _Block | None = None  # the block a cover's line of its own opened (see ``cover_line``)
    for k, (a, b) in enumerate(spans):
        line = text[a:b]
        stripped = line.strip()
        first_page = first_page and "\f" not in text[spans[k - 1][0] : spans[k - 1][1]] if k else True
        if k <= inside_row:
            continue  # a line of the action table's row read whole below
        if k in action_cells:
            current = None  # "Responsible authority", "Ministry of Justice; Parliament", "By the end of 2024"
            continue
        if k in action_rows:
            # a row's recommendation in a table of recommendations, actors and timelines: an item of its own
            inside_row = action_rows[k]
            lead = len(line) - len(line.lstrip())
            current = _Block(a + lead, spans[inside_row][0] + len(text[spans[inside_row][0] : spans[inside_row][1]].rstrip()),
                             None, False, True)
            out.append(current)
            continue
        if k in rows:
            # a recommendations table's row: "Death penalty Establish an official moratorium …": the area a
            # heading, the recommendation an item from its verb on
            lead = len(line) - len(line.lstrip())
            verb_at = a + lead + rows[k]
            out.append(_Block(a + lead, verb_at - 1, None, True, False))
            current = row_block = _Block(verb_at, a + len(line.rstrip()), None, False, True)
            out.append(current)
            continue
        if asked_and_answered and (qa := _QA_LABEL.match(line)) is not None:
            # questions and answers: the question a heading over its answer ("Q: What should the Government do about
            # chhaupadi?"), the answer a paragraph without its label and its "Yes." or "No." ("A: No. The Criminal
            # Code of 2017 …" was drafted as "SWRC noted that a: No. The Criminal Code …")
            question = qa.group("q") is not None
            current = _Block(a + qa.end(), a + len(line.rstrip()), None, question, False)
            out.append(current)
            continue
        if a in marked and stripped and len(WORD.findall(stripped)) <= _MARKED_HEADING_WORDS:
            lead = len(line) - len(line.lstrip())
            current = _Block(a + lead, a + len(line.rstrip()), None, True, False)
            out.append(current)
            wrapped_heading = False
            continue
        if _LETTER_LINE.match(stripped):
            # a letter's salutation, subject line or closing ("Dear Sir/Madam,", "Re: Submission for …"): a block
            # of its own, so that neither the address above nor the letter's first sentence below runs into it
            lead = len(line) - len(line.lstrip())
            out.append(_Block(a + lead, a + len(line.rstrip()), None, False, False))
            current = None
            continue
        if k in row_header:
            current = None  # "Issue Recommendation" over a recommendations table: no one's words
            continue
        if current is not None and current is row_block and _CONTACT.search(stripped) and len(WORD.findall(stripped)) <= 12:
            # "CLEN, Kalanki, Kathmandu – clen.nepal@example.org" after a table's last cell without a stop: no
            # recommendation's words going on
            out.append(_Block(a + len(line) - len(line.lstrip()), a + len(line.rstrip()), None, False, False))
            current = None
            continue
        if k in notes or k in cell_lines or re.fullmatch(r"[_\-–—=*]{3,}|[\-–—]", stripped):
            # footnotes, or the rule above them: the page's running text ends here; a dash alone on its line is a
            # table's empty cell ("… women with sons over 12." / "—" / "7 Train judges …"): the row ends there
            current = None
            continue
        if not stripped:
            if "\n" not in line:
                continue  # a bare form feed: the page turns, the paragraph goes on
            if current is not None and not current.heading and text[a - 2 : a].rstrip().endswith(":") and re.match(
                r"[\"“]", following[k]
            ):
                continue  # "A sewing operator told us:" / (blank) / "“When we gave our names …”": one sentence
            current = None
            continue
        m = PARA_NUMBER.match(line)
        number = (m.group("p1") or m.group("p3") or m.group("p4") or m.group("p2").replace(" ", "")) if m else None
        if m and not explicit_number(m) and line[m.end() : m.end() + 1].islower():
            number = None  # "2 police officers were convicted", "1 in 3 women": a figure, not a paragraph number
        if m is not None and number is not None and (
            re.match(r"\([A-Z](?!\))", line[m.end() : m.end() + 3]) or ("." in number and int(number.split(".")[0]) >= 100)
        ):  # (not "2. (B) Freedom of expression …", a section lettered too)
            number = None  # "148.12 (Ghana) to …": a previous cycle's recommendation, not paragraph 148.12
        bullet = bool(BULLET.match(line)) or (
            # an unmarked list under a lead-in: "… recommend that the Government of Bangladesh:" / "Adopt a
            # time-bound road map …;" / "Hold elections …;": a line opening with a verb after ":" or ";"
            current is not None
            and not current.heading
            and last_char(text, current.start, current.end) in {":", ";"}
            and bool(re.match(r"[A-Z][a-z]+\b", stripped))
            and is_base_verb(stripped.split()[0])
        )
        prefix = m or BULLET.match(line)
        cells = line[prefix.end() if prefix else 0 :].strip()
        if is_table_row(cells):
            # a table row (the DOCX reader puts a tab between cells, a PDF's text keeps the columns' spaces):
            # a block of its own, so that neither the heading nor the paragraph after the table joins the row
            lead = len(line) - len(line.lstrip())
            out.append(_Block(a + lead, a + len(line.rstrip()), None, False, False))
            current = None
            continue
        # a line going on after a manual line break: in lower case, or after a line that ends no sentence, with a
        # figure and a word in lower case or after a dangling word ("… the eviction of at least⏎8,400 families in
        # the north of⏎Bangladesh, …": an HTML page's <br>)
        soft_break = paragraph_lines and current is not None and (
            stripped[:1].islower()
            or (
                not current.heading
                and last_char(text, current.start, current.end) not in SENTENCE_STOPS
                and (GOES_ON.match(stripped) is not None or last_word(text, current.start, current.end) in DANGLING)
                # "KEY FINDINGS" / "66 cases of …": a title in capitals over a box's first item
                and not _CAPITALS_TITLE.fullmatch(text[current.start : current.end].strip())
            )
        )
        if paragraph_lines and not soft_break:
            current = None  # a Word paragraph: the line before it ended one, whatever its last character
        in_sequence = (
            number is not None and m is not None and explicit_number(m) and number.isdigit()
            and int(number) == last_number + 1 and line[m.end() : m.end() + 1].isupper()
        )
        if (
            number is not None
            and current is not None
            and not current.heading
            and last_char(text, current.start, current.end) not in SENTENCE_STOPS
            and not in_sequence  # "– Former detainee, Nairobi, March 2024" / "8. Monitor groups documented …"
            # "1 Summary" / "1.1 This briefing describes …": a number written as one after a cover's line of its own
            and not (current is cover_block and m is not None and explicit_number(m))
        ):
            number = None  # "15 cases …" wrapped onto a new line is no paragraph number
        if (
            number is not None and number.isdigit() and current is not None and not current.heading
            and not in_sequence and int(number) > last_number + 1 and numbered_after[k][0] == last_number + 1
            and last_char(text, current.start, current.end) == "."
            and not ends_sentence(text[text.rfind("\n", 0, current.end) + 1 : current.end])
        ):
            # "… has not ratified ILO Convention No." / "169. The Community Land Act …" / "3. The …": a figure after
            # an abbreviation's stop, out of the paragraphs' sequence, which the next numbered line takes up again
            number = None
        numbered_heading = False
        if (
            number is not None
            and m is not None
            and (
                is_numbered_heading(line[m.end() :], following[k], typical)
                # "4. Conditions of detention and access to lawyers" / "13. Access to a lawyer …": a title without
                # a stop right before a numbered paragraph of another series
                or (
                    len(WORD.findall(line[m.end() :])) <= 14
                    and not re.search(r"[.;:,!?]\W*$", TRAILING_MARKER.sub("", line.rstrip()))
                    and (next_number := _NUMBERED_LINE.match(following[k])) is not None
                    # of another series than the paragraphs: not the next paragraph's number before it, or not the
                    # paragraph after the last ("1. Deportations from the United States and Mexico" after "1. …")
                    and (
                        next_number.group(1) != str(whole_number(number) + 1)
                        or -1 < last_number != whole_number(number) - 1
                    )
                    # not a paragraph's first line over a figure out of sequence, which the numbered line after it
                    # takes up again ("2. Of the 192 recommendations Kenya supported in 2015, the coalition assessed" /
                    # "140. It found that 31 had been fully implemented …" / "3. The coalition recommends …")
                    and not (
                        last_number == whole_number(number) - 1
                        and int(next_number.group(1)) > whole_number(number) + 1
                        and numbered_after[k][1] == whole_number(number) + 1
                    )
                    and line[m.end() : m.end() + 1].isupper()
                )
                # "2. Juvenile justice and the minimum age of criminal responsibility" / "2.1 In January 2019, …":
                # a title without a stop over its own first sub-paragraph
                or (
                    len(WORD.findall(line[m.end() :])) <= 14
                    and not re.search(r"[.;:,!?]\W*$", TRAILING_MARKER.sub("", line.rstrip()))
                    and re.match(rf"{re.escape(number)}\.1\.?[ \t]+\S", following[k]) is not None
                    and re.match(r"(?:\([A-Z]\)[ \t]*)?[A-Z]", line[m.end() :]) is not None  # "2. (B) Freedom …"
                )
            )
            and not following[k][:1].islower()
        ) or (
            # "4. (D) Recommendations to the Government of Georgia", "5. (E) Annex: Assessment of …" / "under the
            # third UPR cycle": numbered and lettered, without a stop, maybe wrapped
            number is not None and m is not None
            and re.fullmatch(r"\([A-Z]\)[ \t]+[A-Z][^.;!?]{0,90}", line[m.end() :].strip()) is not None
        ):
            number = None  # "1. Introduction", "2.1 Right to health": a numbered heading (its sentence goes on below)
            numbered_heading = True
        if wrapped_heading and current is not None and current.heading:
            current.end = a + len(line.rstrip())  # "II. Agrarian conflict and forced" / "evictions"
            wrapped_heading = False
            continue
        # a cover's line of its own, on the first page before the first numbered paragraph: a line that ends no
        # sentence, short of the column though the next line's first word would have fit on it, before a line
        # opening with a capital or a figure ("From the Global Initiative …, March 2013" / "In Nigeria, corporal
        # punishment …"; "… Review of Kenya" / "Submitted on behalf of …"; "… July 2019" / "1 Summary")
        cover_line = (
            bool(typical) and first_page and last_number == -1 and current is not None and not current.heading
            and current.number is None and not current.bullet and re.match(r"[A-Z\d]", stripped) is not None
            and (above := text[text.rfind("\n", 0, current.end) + 1 : current.end].strip()) != ""
            and re.search(r"[.!?:;,\-–—]$", TRAILING_MARKER.sub("", above)) is None
            and last_word(above, 0, len(above)) not in DANGLING
            and len(above) + 5 + len(stripped.split()[0]) <= typical
        )
        starts_new = current is None or number is not None or bullet or cover_line or (
            # "o withdraw the charges …;" / "We call on Greenridge Nickel Mining Corporation to:": after an item
            # that ends, a lead-in of its own is no part of the item
            current.bullet and last_char(text, current.start, current.end) in {".", ";"}
            and stripped[:1].isupper() and stripped.endswith(":")
        ) or (
            # "KDA recommends that the Government of Türkiye:" / "No. Recommendation …" (a table's header row): a
            # lead-in ends its block where the next line opens with a capital
            not paragraph_lines and last_char(text, current.start, current.end) == ":"
            and _ASKS.search(text[current.start : current.end]) is not None and stripped[:1].isupper()
        ) or (
            # paragraphs without numbers in a PDF's text: a sentence's end on a line well short of the column,
            # then a line opening with a capital ("… since 2012.iii" / "Police Force Order 237 allows …")
            bool(column) and current.number is None and not current.bullet and not current.heading
            and last_char(text, current.start, current.end) in {".", "!", "?"}
            and len(text[text.rfind("\n", 0, current.end) + 1 : current.end].strip()) < _SHORT_LINE * column
            and re.match(r"[\"“]?[A-Z]", stripped) is not None
            and "\f" not in text[current.end : a]  # a page's last line may be short where the paragraph runs over
        )
        # a title wrapped in a narrow column onto a few words in lower case, after a paragraph's last sentence and
        # before the next paragraph ("… (Luanda Guidelines)." / "Human rights defenders and civic" / "space" /
        # "The African Commission is concerned …")
        plain_wrapped = (
            number is None and not bullet and stripped[:1].isupper() and len(stripped.split()) <= 8
            and not re.search(r"[.;:,!?]$", stripped)
            and following[k][:1].islower() and len(following[k].split()) <= 3
            and not re.search(r"[.;:,!?]$", following[k]) and after_following[k][:1].isupper()
            and (current is None or current.heading or ends_at_stop(text, current.start, current.end))
        )
        goes_on = following[k][:1].islower() or (
            # "… at least" / "8,400 families …": a figure going on; not after a title in capitals ("KEY FINDINGS" /
            # "66 cases of caste-based discrimination …")
            bool(re.match(r"\d[\d.,]*,?\s+(?:\(|[a-z])", following[k])) and not _CAPITALS_TITLE.fullmatch(stripped))
        # a lettered or Roman-numbered title wrapped onto a few words in lower case, before a numbered paragraph
        # or a sentence ("II. Agrarian conflict and forced" / "evictions" / "3. In the third cycle, …")
        wrapped_heading = plain_wrapped or (
            number is None and not bullet
            and re.match(r"(?:[IVX]{1,4}|[A-H])\.[ \t]+[A-Z]|(?:Annex|Appendix)\b|(?:Chapter|Part)[ \t]+\d{1,2}[:.][ \t]+[A-Z]"
                         r"|\d{1,2}\.[ \t]+\([A-Z]\)[ \t]+[A-Z]", stripped) is not None
            and not re.search(r"[.;:,!?]$", stripped) and len(stripped.split()) <= 10
            and following[k][:1].islower() and len(following[k].split()) <= 4
            and not re.search(r"[.;:,!?]$", following[k])
            and (re.match(r"\(?\d{1,3}[.)]\s", after_following[k]) is not None or after_following[k][:1].isupper())
        ) or (
            # "5. (E) Annex: Assessment of implementation of civic space recommendations" / "under the third UPR cycle"
            numbered_heading and re.match(r"\d{1,2}\.[ \t]+\([A-Z]\)[ \t]+[A-Z]", stripped) is not None
            and following[k][:1].islower() and len(following[k].split()) <= 8 and not re.search(r"[.;:,!?]$", following[k])
        )
        # a long Roman-numbered title over a numbered paragraph, on one line or wrapped onto a second ("I. Excerpt
        # from the Annual Report 2022, Chapter V: Follow-up of recommendations" / "made by the IACHR in its country
        # report on Mexico" / "98. In its country report of 2015, …"): a regional body's excerpts of its reports
        roman = (
            number is None and not bullet and re.match(r"[IVX]{1,4}\.[ \t]+[A-Z]", stripped) is not None
            and not re.search(r"[.;:,!?]$", stripped) and len(stripped.split()) <= 24
        )
        roman_title = roman and _TITLE_BEFORE.match(following[k]) is not None
        if roman and not roman_title and _TITLE_BEFORE.match(after_following[k]) is not None \
                and following[k][:1].islower() and len(following[k].split()) <= 14 \
                and not re.search(r"[.;:,!?]$", following[k].strip()):
            wrapped_heading = True
        # under a heading, a line that fills the column with text going on below it is a paragraph's ("Executive
        # summary" / "This submission assesses Egypt's human rights record since its third" / "UPR in November …")
        full_width = (
            bool(typical) and len(stripped) >= 0.85 * typical
            and k + 1 < len(spans) and bool(text[spans[k + 1][0] : spans[k + 1][1]].strip())  # the next line, not a blank
        )
        # in a numbered paragraph, a line that fills the column, the next line's first word too long to fit on it,
        # over a line that is no paragraph, item or heading of its own, was wrapped there: a sentence's first line in
        # a narrow column, not a title ("6. The Constitution … in public schools.4" / "Trustees appointed in 2024
        # closed municipal" / "Kurdish-language nurseries in Batman, …" / "7. Defendants …"); a line wider than the
        # column is in a title block across the page
        wrapped_line = (
            full_width and current is not None and current.number is not None and not current.heading
            and len(stripped) <= 1.15 * typical and LABELLED_HEADING.match(stripped) is None
            and len(stripped) + 1 + len((following[k].split() or [""])[0]) > typical
            and not PARA_NUMBER.match(following[k]) and not BULLET.match(following[k])
            and LABELLED_HEADING.match(following[k]) is None
        )
        # a title written as a sentence without its stop, on a short line of its own between two paragraphs ("…
        # failed to do so." / "The search is carried out by the families" / "In Sonora alone, our collectives …")
        sentence_title = (
            bool(column) and number is None and not bullet and not goes_on and not paragraph_lines
            and current is not None and not current.heading and not current.bullet
            and ends_at_stop(text, current.start, current.end) and last_char(text, current.start, current.end) == "."
            and stripped[:1].isupper() and len(stripped) < _TITLE_LINE * column and 3 <= len(stripped.split()) <= 12
            and re.search(r"[.;:,!?)\]”’\"]$", TRAILING_MARKER.sub("", stripped)) is None
            and last_word(stripped, 0, len(stripped)) not in DANGLING
            and re.match(r"[A-Z“\"]", following[k]) is not None and len(following[k]) >= _TITLE_LINE * column
        )
        heading = sentence_title or wrapped_heading or numbered_heading or roman_title or number is None and not bullet and not goes_on \
            and not wrapped_line and is_heading_line(
            PARA_NUMBER.sub("", line, count=1)
        ) and (
            current is None or (current.heading and not full_width) or ends_at_stop(text, current.start, current.end)
            # the line before paragraph 1 ("2 October 2017" / "I. The submitting organisations" / "1. The …"): the
            # cover's last line ends in no stop, but a first numbered paragraph starts after a heading
            or FIRST_PARAGRAPH.match(following[k]) is not None
            # a lettered or Roman-numbered heading ("Banjul, 10 July 2023" / "A. Introduction" / "The African …")
            or (
                LABELLED_HEADING.match(stripped) is not None
                and following[k][:1].isupper()
                and len(stripped.split()) <= 8
                and (current is None or last_word(text, current.start, current.end) not in DANGLING)
            )
            # a sub-heading between the items of a list ("(c) … belief;" / "Rights of LGBT persons" / "(d) Repeal …")
            or (last_char(text, current.start, current.end) == ";" and bool(BULLET.match(following[k])))
            # "Ramon D. Villanueva, Executive Director, upr@…" / "Executive summary" / "Since its third review …":
            # a section's usual title on a line of its own, whatever the line before it
            or (SECTION_TITLE.match(stripped) is not None and following[k][:1].isupper())
        )
        if current is not None and not starts_new and not heading and not current.heading:
            current.end = a + len(line.rstrip())
            continue
        lead = len(line) - len(line.lstrip())
        current = _Block(a + lead, a + len(line.rstrip()), number, heading and number is None, bullet)
        out.append(current)
        cover_block = current if cover_line else None
        if number is not None and number.isdigit():
            last_number = int(number)
    return [(c.start, c.end, c.number, c.heading, c.bullet) for c in out]


#: A lead-in that asks: "… recommends that the Government:", "We urge the authorities to:".
_ASKS = re.compile(r"\b(?:recommend|urge|call|ask|request|encourage|invite)s?\b[^:]{0,120}:\s*$", re.I)
#: A numbered paragraph's first line, which a title stands over: "98. In its country report …", "(3) The …".
_TITLE_BEFORE = re.compile(r"\(?\d{1,3}[.)][ \t]+[\"“]?[A-Z]")

_RESTART_COST = 2  # a numbering that starts again at 1 must keep more than two numbers to be worth it
_MAX_SEQUENCE = 2000  # beyond this many numbers (quadratic search), every number counts


_ADDED = {"bis": 1, "ter": 2, "quater": 3}


def _sequence_key(number: str) -> tuple[int, ...]:
    """A paragraph label's place in the sequence: "2" < "2.1" < "2bis" < "2ter" < "3"."""
    m = re.fullmatch(r"(\d+)(bis|ter|quater)", number)
    if m:
        return (int(m.group(1)), 1000, _ADDED[m.group(2)])
    return tuple(int(x) for x in number.split("."))


def restarts(numbers: Sequence[str]) -> int:
    """How often a series of paragraph numbers starts again at 1 after a higher number."""
    keys = [_sequence_key(n) for n in numbers]
    return sum(1 for a, b in zip(keys, keys[1:], strict=False) if b < a and b[0] == 1)


def paragraph_sequence(numbers: Sequence[str | None]) -> set[int]:
    """Indexes of the paragraph numbers that run in sequence.

    The numbers kept form runs, each never decreasing ("2" < "2.1" < "3"; a number printed twice stays); the
    first run may start anywhere, a later one only where the numbering starts again at 1 (a list of
    recommendations numbered on its own), which costs :data:`_RESTART_COST`. The most numbers kept at the
    least cost win (ties: more numbers). A number left out is something else: a street number on the cover
    page ("35 Boulevard du Roi Albert II, 1000 Brussels") before the paragraphs 1, 2, 3 ..."""
    keyed = [(k, _sequence_key(n)) for k, n in enumerate(numbers) if n is not None]
    if len(keyed) > _MAX_SEQUENCE:
        return {k for k, _ in keyed}
    score: list[tuple[int, int]] = []  # best (score, numbers kept) of a choice ending with keyed[j]
    back: list[int] = []
    for j, (_, key) in enumerate(keyed):
        best, prev = (1, 1), -1  # the first run starts here
        for i in range(j):
            s_i, n_i = score[i]
            if keyed[i][1] <= key:
                cand = (s_i + 1, n_i + 1)
            elif key[0] == 1:
                cand = (s_i + 1 - _RESTART_COST, n_i + 1)
            else:
                continue
            if cand > best:
                best, prev = cand, i
        score.append(best)
        back.append(prev)
    out: set[int] = set()
    j = max(range(len(score)), key=lambda i: (score[i], -i)) if score else -1
    while j >= 0:
        out.add(keyed[j][0])
        j = back[j]
    return out


def _number_style(text: str, start: int) -> str | None:
    m = PARA_NUMBER.match(text, start)
    if m is None:
        return None
    mark = m.group(0).strip()
    return "bracket" if mark.startswith("(") else "paren" if mark.endswith(")") else "dot" if mark.endswith(".") else "bare"


def list_items_as_bullets(
    text: str, parsed: list[tuple[int, int, str | None, bool, bool]]
) -> list[tuple[int, int, str | None, bool, bool]]:
    """Where the paragraphs are numbered "12." (three or more), lines numbered "1)", "2)" are the items of a
    list inside a paragraph, not paragraphs ("15. We recommend that the Government: 1) ratify …; 2) …")."""
    styles = [_number_style(text, a) if n is not None else None for a, _, n, _, _ in parsed]
    if styles.count("dot") < 3 or "paren" not in styles:
        return parsed
    return [
        (a, b, None, h, True) if style == "paren" else (a, b, n, h, bl)
        for (a, b, n, h, bl), style in zip(parsed, styles, strict=True)
    ]
