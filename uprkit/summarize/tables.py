"""Tables in a submission's text: a PDF table's cells as runs of short lines, a Word table's rows (cells
between tabs), tables of prose read cell by cell, and rows of a recommendations table ("Death penalty Establish
an official moratorium …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from uprkit.summarize.clauses import describes, is_base_verb, starts_with_verb
from uprkit.summarize.heading_lines import SECTION_TITLE
from uprkit.summarize.marks import BULLET, DANGLING, PARA_NUMBER, TRAILING_MARKER, WORD, explicit_number

_CELL_GAP = re.compile(r"\S {3,}(?=\S)")  # a run of three or more spaces between two cells of a table row
#: A PDF table whose cells are words comes out as a run of short lines, one cell or part of one a line ("Name" /
#: "Date of disappearance" / "A. H. M., " / "27, boda boda rider" / "14 February 2021, " / …): at least this many
#: lines, each at most ``_CELL_WIDTH`` of the text's width, few of them ending a sentence.
_CELL_RUN = 6
_CELL_WIDTH = 0.55


def cell_runs(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The lines of a page-laid-out text that are a table's cells: runs of short lines (a longer line without a
    stop among them, a row's widest cells, for every three) that neither start with a bullet or a paragraph
    number nor, mostly, end with a stop; prose wraps at the text's width, and a list's items are marked. A
    paragraph's last line before the table is its own ("Names are given as initials at the" / "request of the
    families.")."""
    lengths = sorted(len(text[a:b].strip()) for a, b in spans if text[a:b].strip())
    if len(lengths) < 20:
        return set()
    width = max(60, lengths[int(0.9 * (len(lengths) - 1))])

    def line_at(n: int) -> str:
        return text[spans[n][0] : spans[n][1]].strip()

    kinds: list[str] = []  # per line: "S" a short line, "L" a longer one going on, "X" anything else
    for a, b in spans:
        line = text[a:b]
        stripped = line.strip()
        number = PARA_NUMBER.match(line)
        if SECTION_TITLE.fullmatch(stripped):
            kinds.append("X")  # "Executive Summary" under a cover's short lines: a heading, no table's cell
        elif len(re.findall(r"(?<!\S)[–—-](?!\S)", stripped)) >= 2:
            kinds.append("S")  # empty cells: "– Never submitted – –"
        elif not stripped or BULLET.match(line) or (number is not None and explicit_number(number)):
            kinds.append("X")
        elif len(stripped) <= _CELL_WIDTH * width:
            kinds.append("S")
        else:
            kinds.append("X" if ENDS_A_SENTENCE.search(stripped) else "L")
    out: set[int] = set()
    k = 0
    while k < len(kinds):
        if kinds[k] == "X":
            k += 1
            continue
        j = k
        while j < len(kinds) and kinds[j] != "X":
            j += 1
        run = list(range(k, j))
        while run and kinds[run[-1]] == "L":
            run.pop()
        if len(run) > 1 and kinds[run[0]] == "L" and kinds[run[1]] == "S" and _header_row(line_at(run[0])):
            kinds[run[0]] = "S"  # the table's header row: "Report Period covered Submitted Examined Concluding"
        before = line_at(k - 1) if k > 0 else ""
        if (run and kinds[run[0]] == "L") or (before and not ENDS_A_SENTENCE.search(before)):
            # the prose above goes on into the run: its lines, and its last (short) line, are no cells
            while run and kinds[run[0]] == "L":
                run.pop(0)
            if run:
                run.pop(0)
        short = [n for n in run if kinds[n] == "S"]
        ends = sum(1 for n in short if ENDS_A_SENTENCE.search(line_at(n)))
        if len(short) >= _CELL_RUN and len(run) - len(short) <= len(short) / 3 and ends <= 0.3 * len(short):
            out.update(run)
        k = j
    return out


def _header_row(line: str) -> bool:
    """A table's header row: capitalised words without a verb ("Communication Subject Findings Status of")."""
    words = [w for w in WORD.findall(line) if w.lower() not in {"of", "and", "the", "in", "to", "for", "or", "by"}]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words) and not describes(line)


ENDS_A_SENTENCE = re.compile(r"[.;:!?][”’\"')\]]*\d{0,3}$")


def _labelled_row(line: str) -> tuple[str, int] | None:
    """(area, where its verb starts) of a line read as a recommendations table's row, its area then the
    recommendation from its verb ("State reporting Submit without further delay …", "Women’s participation Adopt
    temporary special measures …"): the shortest area of one to
    four words before a verb that opens recommendations, with a capital, and a word in lower case after it ("Kiln
    season work Declare brick kilns …": "work" is the area's; "Kamlari rehabilitation Provide former Kamlari girls
    …": "Provide", not the name after it)."""
    words = list(re.finditer(r"[^ \t]+", line))
    for n in range(1, min(5, len(words) - 1)):
        verb, after = words[n].group(), words[n + 1].group()
        if (re.fullmatch(r"[A-Z][a-z]+", verb) and re.match(r"[a-z(]", after) and is_base_verb(verb)
                and re.fullmatch(r"[A-Z][\w’'\-]*", words[0].group())
                and all(re.fullmatch(r"[\w’'\-]+", w.group()) for w in words[1:n])):
            return line[: words[n - 1].end()], words[n].start()
    return None


def labelled_rows(text: str, spans: list[tuple[int, int]]) -> tuple[dict[int, int], set[int]]:
    """The lines that start a row of a recommendations table, and where the recommendation's verb starts in
    each: an area of one to four words, none of them a verb that opens recommendations, then such a verb with a
    capital, on a line after one that ends a sentence or the table's header, the first of them within three lines
    of one that speaks of recommendations; only where the text has two such rows or more (a table). Once a row is
    found, the next may follow a short line without a stop (the last line of a cell without one: "… and prosecute
    employers" / "of children" / "Inspection and prosecution Recruit …"). Also the table's header line ("Issue
    Recommendation", "Area Recommendation"), which is no one's words."""
    found: dict[int, int] = {}
    header: set[int] = set()
    lengths = sorted(len(text[a:b].strip()) for a, b in spans if len(text[a:b].split()) >= 4)
    width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 80
    previous, previous_at = "", -1
    since_recommend = 99  # lines since the last one that speaks of recommendations (a table's header or lead-in)
    for k, (a, b) in enumerate(spans):
        line = text[a:b]
        stripped = line.strip()
        if not stripped:
            continue
        m = _labelled_row(stripped)
        label = m[0] if m else ""
        after = stripped[m[1] :].split()[1:2] if m else []
        titled = bool(previous) and re.fullmatch(r"(?:[A-Z][\w’']*[ \t]*){1,4}", previous) is not None
        if (
            m is not None
            and (since_recommend <= 3 or found)
            and (not previous or previous[-1] in ".:;" or _header_row(previous) or titled
                 or (found and len(previous) <= 0.7 * width and not ENDS_A_SENTENCE.search(previous)))
            and not is_base_verb(label.split()[0], listed=True)  # "Work with …" is a recommendation, no area
            # "The Protection against Discrimination Act prohibited …" is a sentence: no article before the area,
            # and no finite verb after the recommendation's verb
            and label.split()[0].lower() not in {"the", "a", "an", "this", "these", "its", "their", "in", "on", "at"}
            and not (after and (after[0].endswith("ed") or describes(after[0])))
        ):
            if not found and titled and re.search(r"recommend", previous, re.I) and not previous.endswith((".", ":")):
                header.add(previous_at)  # "Issue Recommendation": the header over the first row
            found[k] = m[1]  # from the line's first character
        since_recommend = 0 if re.search(r"recommend", stripped, re.I) else since_recommend + 1
        previous, previous_at = stripped, k
    return (found, header) if len(found) >= 2 else ({}, set())


#: A column that quotes the previous cycle's recommendations or the State's answers, not the submitter's words.
QUOTED_COLUMN = re.compile(r"previous|received|a/hrc|\bcycle\b|status|supported|noted|made\s+by|recommending|state'?s", re.I)
#: Blocks of a table's cells are numbered apart from the paragraphs' (a cell's sentences make one point).
CELL_BLOCK = 10**7


def row_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The offsets of a tab-separated row's cells, spaces around them left out."""
    out, a = [], start
    for part in text[start:end].split("\t"):
        lead = len(part) - len(part.lstrip())
        out.append((a + lead, a + len(part.rstrip())))
        a += len(part) + 1
    return out


def prose_cells(text: str, start: int, end: int, header: Sequence[str] = ()) -> list[tuple[int, int]]:
    """The cells of a table row written in prose, a topic in the first ("Female genital mutilation (FGM)⇥FGM was
    criminalised in 2008, and …⇥Enforce Law No. 10 of 2021 …") or the row's number ("3⇥Adopt a law on …"): a
    short first cell and a sentence of eight words or more after it; [] for other rows (figures, names, a
    header). ``header``: the names of the table's columns, where known: under a "Recommendation" column a
    shorter sentence is prose too ("Reduce the occupancy of penal institutions by making greater use of …")."""
    if "\t" not in text[start:end]:
        return []
    cells = row_cells(text, start, end)
    label = text[cells[0][0] : cells[0][1]]
    first = len(WORD.findall(label))
    asks = {k for k, name in enumerate(header) if re.search(r"recommend", name, re.I)} if len(header) == len(cells) else set()
    # a cell of full sentences: fifteen words or more ending with a stop, or two sentences; under a
    # "Recommendation" column, five words or more
    # (or, under a "Recommendation" column, a request without its stop: "Enforce the minimum standards on alternative
    # care and close orphanages that do not meet them")
    prose = [c for k, c in enumerate(cells[1:], start=1)
             if ((cell := TRAILING_MARKER.sub("", text[c[0] : c[1]].rstrip())).endswith((".", "!", "?"))
                 and (len(WORD.findall(cell)) >= (5 if k in asks else 15) or re.search(r"[a-z)”’\"]\.\s+[A-Z]", cell)))
             or (k in asks and len(WORD.findall(cell)) >= 5 and starts_with_verb(cell, listed=True))]
    # a row of a follow-up table opens with a previous recommendation's number ("142.12 (Denmark)") and quotes
    # its words (the recommending State's, not the submitter's): only its assessment is read, by its column's name
    # (see :func:`FOLLOW_UP_ROW`)
    labelled = (1 <= first <= 10 and label[:1].isalpha()) or NUMBERED_ROW.fullmatch(label.strip()) is not None
    return cells if prose and (labelled or FOLLOW_UP_ROW.match(label)) else []


#: The first cell of a row that numbers the submitter's own items: "1", "2.".
NUMBERED_ROW = re.compile(r"\d{1,2}\.?")
#: The first cell of a follow-up table's row: the numbers of the previous cycle's recommendations it assesses.
FOLLOW_UP_ROW = re.compile(r"\d{1,3}\.\d{1,3}(?:[\s,;]+(?:and\s+)?\d{1,3}\.\d{1,3})*\s*$")


def is_table_row(cells: str) -> bool:
    """A line of table cells: tabs between them (the DOCX reader's: three cells or more, or two short ones), or
    columns kept apart by runs of spaces (a PDF's text). Not a Word list item's label and its text ("a.⇥…",
    "iv.⇥…", "Recommendation 1:⇥…") nor a tab inside a sentence."""
    cells = _CELL_LABEL.sub("", cells.strip(), count=1)
    parts = cells.split("\t")
    if len(parts) >= 3 or (len(parts) == 2 and all(len(p.split()) <= 6 for p in parts)):
        return True
    return len(_CELL_GAP.findall(cells)) >= 2


#: A table's or figure's caption on a line of its own: "Table 2. Complaints received in 2024, by subject".
CAPTION = re.compile(r"^(?:Table|Figure|Chart|Graph)\s+\d{1,2}[.:]?(?:\s+\S.*)?$")
#: A row of figures as a PDF's text gives it, one space between cells: "Labour rights 441 10.5", "Total 4,201 100.0".
_ENDS_IN_FIGURE = re.compile(r"(?<![\w.,])\d(?:[\d,.]*\d)?%?$")  # not "… in September 2022."


def captioned_rows(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The lines of a table and its caption ("Table 2. Complaints received in 2024, by subject" / "Subject Number
    Per cent" / "Actions of law enforcement bodies (including torture and" / "ill-treatment) 1,021 24.3" / …): the
    caption and the lines after it to the last line that ends in a figure, where every line between either ends in a
    figure or ends no sentence; the text after the table ("Source: …") is prose again."""
    out: set[int] = set()
    lines = [text[a:b].strip() for a, b in spans]
    for c, caption in enumerate(lines):
        if not CAPTION.match(caption) or len(WORD.findall(caption)) > 20:
            continue
        rows: list[int] = []
        last_row = -1
        for k in range(c + 1, min(len(lines), c + 80)):
            line = lines[k]
            if not line or BULLET.match(line) or (
                (number := PARA_NUMBER.match(text[spans[k][0] : spans[k][1]])) is not None and explicit_number(number)
            ):
                break
            figure = _ENDS_IN_FIGURE.search(line) is not None
            if not figure and re.search(r"[.;:!?][”’\"')\]]*$", line):
                break
            rows.append(k)
            if figure:
                last_row = len(rows)
        if last_row > 0:
            out.update([c, *rows[:last_row]])
    return out


#: A label before a tab at a line's start: Word's numbering ("a.", "iv.", "(b)") or a typed one ("Case study:").
_CELL_LABEL = re.compile(r"^(?:\(?[A-Za-z0-9]{1,5}[.)]|[^\t]{1,30}:)\t")


#: The header of a PDF table of recommendations with their actors and timelines: "Recommendation" and, on the
#: same line or the next two, a column such as "Responsible authority", "Timeline", "Indicator".
_ACTION_TABLE_HEAD = re.compile(r"^recommendations?\b", re.I)
_ACTION_COLUMN = re.compile(
    r"\b(?:responsible|authority|authorities|actors?|timeline|time\s*frame|deadline|indicators?|priority|"
    r"lead\s+agency|ministry|by\s+when)\b",
    re.I,
)


#: A follow-up table's row as a PDF's text gives it, one column after the other: the quoted recommendation from
#: its number ("158.34 (Germany) Take further" / "steps to improve …"), the status ("Partially" / "implemented"),
#: then the submitter's comment ("Informal Roma settlements have" / "been legalised in only 11 of the 44 …").
_ROW_NUMBER = re.compile(r"\d{1,3}\.\d{1,3}\b")
_STATUS_CELL = re.compile(
    r"(?:(?:not|partially|partly|fully|largely)(?:\s+(?:yet\s+)?implemented)?|implemented|in\s+progress|under\s+way|"
    r"ongoing|no\s+progress)\s*[.;]?",
    re.I,
)
_COMMENT_COLUMN = re.compile(r"\b(?:comments?|assessment|remarks|observations?|explanation)\b", re.I)


def follow_up_cells(text: str, spans: list[tuple[int, int]]) -> tuple[set[int], set[int]]:
    """The lines of a PDF's follow-up table ("Recommendation (number and State) | Status | Comment") that are no
    one's sentences: its header, each row's quoted recommendation (the recommending State's words) and its
    status; and the lines of its comments, the submitter's own words, to be read as its text (however short
    their lines in the narrow column)."""
    lines = [text[a:b].strip() for a, b in spans]
    out: set[int] = set()
    comments: set[int] = set()
    k = 0
    while k < len(lines):
        window = " ".join(lines[k : k + 3])
        if not (re.match(r"recommendations?\b", lines[k], re.I) and re.search(r"\bstatus\b", window, re.I)
                and _COMMENT_COLUMN.search(window) and len(lines[k].split()) <= 8):
            k += 1
            continue
        j = k
        while j < min(len(lines), k + 4) and not _ROW_NUMBER.match(lines[j]):
            j += 1
        cells = set(range(k, j))
        said: set[int] = set()
        rows = 0
        while j < len(lines) and _ROW_NUMBER.match(lines[j]):
            status = next((s for s in range(j, min(len(lines), j + 12)) if _STATUS_CELL.fullmatch(lines[s])), None)
            if status is None:
                break
            if status + 1 < len(lines) and re.fullmatch(r"implemented\s*[.;]?", lines[status + 1], re.I):
                status += 1  # "Partially" / "implemented"
            cells.update(range(j, status + 1))
            rows += 1
            j = status + 1
            while j < len(lines) and lines[j] and not _ROW_NUMBER.match(lines[j]) and not PARA_NUMBER.match(lines[j]):
                said.add(j)  # the comment, up to the next row
                j += 1
                if ENDS_A_SENTENCE.search(lines[j - 1]) and j < len(lines) and not _ROW_NUMBER.match(lines[j]):
                    break  # the last row's comment ends with its sentence ("B. Housing and forced evictions" after)
        if rows:
            out |= cells
            comments |= said
        k = max(j, k + 1)
    return out, comments


def _other_cell(line: str) -> bool:
    """A line of another column of a table of recommendations: a responsible body or a time, a few words in
    capitals or figures ("Government Immediately", "National Assembly 2024", "Ministry of Public"), or ending with
    a semicolon ("Ministry of Justice;"); not a recommendation's words going on ("Council are selected through a")."""
    words = line.split()
    if line.rstrip().endswith("."):
        return False  # "Provinces." ends the recommendation ("… in the Northern and Eastern" / "Provinces.")
    return 0 < len(words) <= 5 and (line.rstrip().endswith(";") or all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _CELL_SMALL_WORDS for w in words))


_CELL_SMALL_WORDS = frozenset("of and the for on de du des la le del y".split())


def action_table_rows(text: str, spans: list[tuple[int, int]]) -> tuple[dict[int, int], set[int]]:
    """A PDF's table of recommendations ("Recommendation | Responsible authority | Timeline") flattened into its
    cells' lines: each row's recommendation, from a line opening with a recommending verb ("Criminalise marital
    rape …") to the line that ends its sentence, as ``{first line: last line}``; and the other lines of the table
    (the header, "Ministry of Justice; Parliament", "By the end of 2024"), which are no one's sentences. The table
    runs from its header to the first line of running text wider than its cells, a numbered heading or the end."""
    lines = [text[a:b].strip() for a, b in spans]
    widths = sorted(len(x) for x in lines if len(x.split()) >= 4)
    if len(widths) < 10:
        return {}, set()
    width = widths[int(0.9 * (len(widths) - 1))]
    rows: dict[int, int] = {}
    other: set[int] = set()
    k = 0
    while k < len(lines):
        head = lines[k]
        if not (_ACTION_TABLE_HEAD.match(head) and len(head) <= 0.6 * width
                and any(_ACTION_COLUMN.search(x) for x in lines[k : k + 3])):
            k += 1
            continue
        j = k
        while j < len(lines) and (j == k or not lines[j] or _ACTION_COLUMN.search(lines[j]) and len(lines[j]) <= 0.5 * width):
            other.add(j)  # the header's lines: "Recommendation Responsible", "authority", "Timeline"
            j += 1
        found: dict[int, int] = {}
        item: int | None = None
        last = j  # the item's last line so far
        while j < len(lines):
            line = lines[j]
            first = line.split()[0] if line.split() else ""
            if not line:
                j += 1
                continue  # a page break inside the table
            # a column of recommendations is a list; its cells' first lines are more than a word ("Commission", the
            # end of "Parliament; Election" / "Commission", is no "Commission …" asking for something)
            opens = first[:1].isupper() and is_base_verb(first, listed=True) and len(line.split()) >= 3
            if item is not None:
                ends = lines[last].split()[-1].lower() if lines[last].split() else ""
                if not (first[:1].isupper() and ends not in DANGLING and (_other_cell(line) or opens)):
                    last = j
                    if ENDS_A_SENTENCE.search(line):
                        found[item], item = j, None
                    j += 1
                    continue
                # cells without a full stop: the recommendation ended on the line before ("… from abusive" /
                # "lawsuits" / "Ministry of Justice;", "… human rights" / "defenders" / "Government Immediately";
                # not "Ensure that members of the REM" / "Council are selected …")
                found[item], item = last, None
            if opens:
                item = last = j
                if ENDS_A_SENTENCE.search(line):
                    found[item], item = j, None
            elif len(line) > 0.8 * width or PARA_NUMBER.match(line):
                break  # running text again or a numbered heading: the table has ended
            else:
                other.add(j)  # a cell of another column ("Ministry of Finance;", "By the end of 2023")
            j += 1
        if item is not None:
            found[item] = last  # the table's last recommendation, without a full stop
        if len(found) >= 2:
            rows.update(found)
        else:
            other -= set(range(k, j))
        k = j
    return rows, other if rows else set()
