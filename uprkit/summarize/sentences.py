"""A paragraph of a submission cut into sentences (abbreviations, footnote markers, quotations and a
testimony's speaker line taken into account), and a sentence's display text: one line, markers dropped, words
broken at a line's end joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from uprkit.summarize.clauses import describes
from uprkit.summarize.marks import (
    ABBREVIATIONS,
    GLUED_MARKER,
    GLUED_ROMAN,
    ROMAN,
    WORD,
    is_abbreviation,
    plain_letters,
)

_SENTENCE_END = re.compile(
    rf"(?<=[.!?])(?P<marker>\d{{1,3}}|\[(?:\d{{1,3}}|{ROMAN})\]|{ROMAN}(?=\s))?[\"'”’)\]]*"
    rf"(?:(?<=[\"”’])(?:\d{{1,3}}|\[\d{{1,3}}\]))?"  # a note marker after the closing quotation mark: "… friends.”6 None"
    rf"(?=\s+[\"“‘(\[]?[A-Z0-9À-Ý])"
)
#: A footnote marker in square brackets glued to a word or its punctuation ("torture.[12] ", "torture[12],").
_BRACKETED_MARKER = re.compile(rf"(?<=[\w.,;:!?)”’\"])\[(?:\d{{1,3}}|{ROMAN})\](?=[\s,.;:)]|$)")  # "[12]", "[iv]"
#: Two figures side by side at the end of a line of a table ("Right to social protection 874 20.8").
_FIGURES_AT_END = re.compile(r"(?:^|\s)[\d,]*\d%?\s+[\d,]*\d(?:\.\d+)?%?\s*$")
#: A quotation left open longer than this is a stray mark, not a quotation: sentences are cut inside it again.
_MAX_QUOTATION = 1200


def _inside_quotation(segment: str) -> bool:
    """The segment ends inside a quotation it opened: an odd number of quotation marks, curly or straight,
    opening ones first (“…” and "…" close each other; a mismatched “…" closes too)."""
    if len(segment) > _MAX_QUOTATION:
        return False
    return (segment.count("“") + segment.count("”") + segment.count('"')) % 2 == 1 and segment.count("“") >= segment.count("”")


#: A quotation's speaker on the rest of its line ("“Every night I was afraid …” – Father of a 14-year-old girl,
#: Camp 4, May 2022") or in brackets on the next ("“… my son.”" / "(Interview with a mother, Kwale, April
#: 2023)"): the testimony ends there, and the next line starts a sentence of its own.
_SPEAKER_LINE = re.compile(
    r"[”\"](?:\s+[–—-]\s+(?P<speaker>[^\n“”\".!?]{1,100})|[ \t]*\n[ \t]*\((?P<bracketed>[^()\n]{1,100})\))(?=\n)"
)


def is_speaker_label(label: str) -> bool:
    """A testimony's speaker: at most 14 words without a verb, whatever its capitalised words are ("Father of a
    14-year-old girl, Camp 4, May 2022": "May" is a month)."""
    return len(label.split()) <= 14 and not describes(re.sub(r"\b[A-Z]\w*", "", label))


def _speaker_line_ends(text: str, start: int, end: int) -> list[int]:
    """Where the speaker lines inside ``text[start:end]`` end."""
    out = []
    for m in _SPEAKER_LINE.finditer(text, start, end):
        if is_speaker_label(m.group("speaker") or m.group("bracketed")):
            if m.group("bracketed") is not None:
                out.append(m.start() + 1)  # the testimony ends at its closing mark; "(Interview with …)" is its own
            out.append(m.end())
    return out


def _skip_space(text: str, at: int, end: int) -> int:
    while at < end and text[at].isspace():
        at += 1
    return at


def sentence_bounds(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence ranges inside ``text[start:end]`` (abbreviation-aware)."""
    seg_start = start
    speakers = _speaker_line_ends(text, start, end)
    for m in _SENTENCE_END.finditer(text, start, end):
        cut = m.end()
        while speakers and speakers[0] < cut:  # a testimony's speaker line ends a sentence where no stop does
            line_end = speakers.pop(0)
            if line_end > seg_start:
                yield seg_start, line_end
                seg_start = _skip_space(text, line_end, end)
        if cut <= seg_start:
            continue
        before = text[seg_start : m.start()]
        word = re.search(r"([\w.]+)\.?$", before.rstrip("."))
        token = (word.group(1) if word else "").lower().rstrip(".")
        if is_abbreviation(token):
            continue
        if m.group("marker") and text[m.start() - 2 : m.start() - 1].isdigit():
            after = text[m.end() : m.end() + 8]
            if re.match(r"\s+\(", after[:4]) or re.match(r"\s+[A-Z]{2,}\b", after):
                # "recommendation 133.40 (Denmark)", "2,651.5 USD per person": a number, not a sentence's end and a note
                continue
            if _FIGURES_AT_END.search(text[max(seg_start, m.start() - 40) : m.start() - 1]) and _FIGURES_AT_END.search(
                text[m.end() : end].lstrip().split("\n", 1)[0]
            ):
                continue  # "… pensions 874 20.8⏎Right to … 652 15.5": a table's rows, each with figures side by side
        if _inside_quotation(text[seg_start:cut]):
            continue  # a witness's words of several sentences stay one passage, so they stay a quotation
        if re.search(r"\d\.$", text[max(seg_start, m.start() - 3) : m.start() + 1]) and not m.group("marker"):
            # "in 2005." ends a sentence, but "para. 3." or "No. 7." inside a sentence does not
            prev = re.search(r"(\w+)\.?\s+\d+\.$", text[seg_start : m.start() + 1])
            if prev and prev.group(1).lower() in ABBREVIATIONS:
                continue
        yield seg_start, cut
        seg_start = _skip_space(text, cut, end)
    for line_end in speakers:
        if seg_start < line_end < end:
            yield seg_start, line_end
            seg_start = _skip_space(text, line_end, end)
    if seg_start < end:
        yield seg_start, end


#: A "sentence" longer than this (a run-on paragraph without full stops, a table flattened into one line) is cut
#: at its semicolons, so that no drafted sentence runs to hundreds of words.
MAX_SENTENCE_WORDS = 120


#: A finding and then, in the same sentence, the submitter's own request: "… are still waiting for justice, and the
#: Coalition calls on Peru to provide them with reparations", "…; we therefore recommend that …". The request is a
#: sentence of its own (it was drafted "noted that … and the Coalition calls on Peru …", a recommendation hidden in a
#: note). The submitter: "we", "it", "the Coalition" (a body's head noun) or an abbreviation.
_ASKS_TOO = re.compile(
    r"\s*(?:,\s*(?:and|but)|;\s*(?:and\s+)?)\s+(?=(?:we|it|[Tt]he\s+(?:[A-Z][\w’'\-]*\s+)?(?:Coalition|Commission|Institution|"
    r"Ombudsman|Defensor[ií]a|Council|Centre|Center|Network|Alliance|Forum|Federation|Platform|Clinic|Organi[sz]ation|"
    r"organi[sz]ation|coalition|network|authors|submitting\s+organi[sz]ations|co-submitters)|[A-Z][A-Za-z]*[A-Z][\w\-]*)\s+"
    r"(?:therefore\s+|also\s+|further\s+|strongly\s+|again\s+|respectfully\s+)*(?:recommends?|calls?\s+(?:up)?on|urges?|"
    r"asks?|requests?|encourages?)\b)"
    # the submitter's second verb, without its subject: "SUHAKAM welcomes the Act …, which came into force on 4 July
    # 2023, and recommends a moratorium on all executions …"
    r"|(?<=[a-z0-9)”’\"]),\s+and\s+(?=(?:therefore\s+|also\s+|further\s+|strongly\s+)*(?:recommends|calls\s+(?:up)?on|urges)\s)"
)
#: Words the finding before such a request has at least.
_FINDING_WORDS = 6


def _asks_apart(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """The sentence at ``a``-``b``, cut before a request of the submitter's that follows a finding (:data:`_ASKS_TOO`);
    not inside a quotation."""
    start = a
    for m in _ASKS_TOO.finditer(text, a, b):
        if len(WORD.findall(text[start : m.start()])) >= _FINDING_WORDS and not _inside_quotation(text[start : m.start()]):
            yield start, m.start()
            start = m.end()
    yield start, b


def split_long(text: str, bounds: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The sentences of ``bounds``, a finding and the submitter's request that follows it in one sentence apart, and
    a sentence longer than :data:`MAX_SENTENCE_WORDS` cut at its semicolons."""
    for whole_a, whole_b in bounds:
        yield from _long_cut(text, _asks_apart(text, whole_a, whole_b))


def _long_cut(text: str, bounds: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    for a, b in bounds:
        if len(WORD.findall(text[a:b])) <= MAX_SENTENCE_WORDS:
            yield a, b
            continue
        start = a
        for m in re.finditer(r";\s+", text[a:b]):
            cut = a + m.end()
            if len(WORD.findall(text[start:cut])) >= 15:
                yield start, a + m.start() + 1
                start = cut
        yield start, b


def _roman_marker_dropped(m: re.Match[str]) -> str:
    """"" for an endnote marker ("detention.iv"), the text itself in a web address ("www.saeima.lv") or after an
    abbreviation ("para.iv")."""
    before = m.string[max(0, m.start() - 40) : m.start()]
    word = re.search(r"([\w./:-]*?)(\w+)[.,;:!?]$", before)
    if word and ("." in word.group(1) or "/" in word.group(1) or word.group(2).lower() in ABBREVIATIONS):
        return m.group(0)
    return ""


#: The parts of compounds a line-end hyphen may fall in ("ill-⏎treatment", "non-⏎governmental", "out-of-⏎school",
#: "election-⏎related", "community-⏎based"): such a hyphen is the compound's, where the document does not say
#: otherwise. Not prefixes that are also syllables ("pre-⏎vention", "ex-⏎amination", "inter-⏎national").
_COMPOUND_FIRST = frozenset(
    "ill non self well so of to follow cross anti long short full high low far decision law".split()
)
_COMPOUND_SECOND = frozenset(
    "related based led owned run called scale term time year years old wide free up making level specific "
    "sensitive oriented affected friendly seekers being building funded sponsored discrimination".split()
)


#: A count and its unit, a compound ("six-month", "three-day", "five-member").
_COUNTS = frozenset("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
                    "hundred".split())
_UNITS = frozenset("hour hours day days week weeks month months year years member members page pages point points "
                   "storey party fold minute minutes".split())
#: Prefixes written with a hyphen before a word ("ex-combatants", "counter-terrorism"), where the word after the
#: line's end is one the document uses on its own; not "inter" ("inter-⏎national").
_PREFIXES = frozenset("ex co post pre semi multi cross counter".split())


def document_vocabulary(text: str) -> frozenset[str]:
    """The words of a text in lower case, and its hyphenated compounds ("ill-treatment") as written on one line;
    not the parts of a word broken at a line's end."""
    text = re.sub(r"[^\W\d_]+-[ \t]*\n\s*[^\W\d_]+", " ", text)
    words = re.findall(r"[^\W\d_]+", text.lower())
    compounds = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", text.lower())
    return frozenset(words) | frozenset(
        f"{a}-{b}" for c in compounds for a, b in zip(c.split("-"), c.split("-")[1:], strict=False)
    )


def display_text(raw: str, vocabulary: frozenset[str] | None = None) -> str:
    """One line: whitespace collapsed, soft hyphens at line ends joined, glued footnote markers dropped.

    With the ``vocabulary`` of the document (:func:`document_vocabulary`), a hyphen at a line's end is the
    word's own where the document writes the compound so elsewhere, or does not write the word whole and one
    part is a usual part of compounds ("ill-⏎treatment" → "ill-treatment", "election-⏎related",
    "out-of-⏎school"); else it breaks one word ("interro-⏎gated" → "interrogated", "man-⏎date" → "mandate")."""

    def joined(m: re.Match[str]) -> str:
        first, second = m.group(1), m.group(2)
        whole, compound = (first + second).lower(), f"{first}-{second}".lower()
        if vocabulary is None:
            return first + second
        if compound in vocabulary:
            return f"{first}-{second}"
        if whole in vocabulary:
            return first + second
        if first.lower() in _COMPOUND_FIRST or second.lower() in _COMPOUND_SECOND:
            return f"{first}-{second}"
        if first.lower() in _COUNTS and second.lower() in _UNITS:
            return f"{first}-{second}"  # "six-⏎month limitation period", "two-⏎day strike"
        if m.start(1) > 0 and m.string[m.start(1) - 1] == "-":
            return f"{first}-{second}"  # "editor-in-⏎chief", "mother-in-⏎law": a compound's third part
        if m.string[m.end(2) : m.end(2) + 1] == "-":
            return f"{first}-{second}"  # "Year-⏎on-year": a compound's middle part
        if first.lower() in _PREFIXES and second.lower() in vocabulary:
            return f"{first}-{second}"  # "ex-⏎combatants", "post-⏎election": a prefix before a word of its own
        return first + second

    s = re.sub(r"([^\W\d_]+)-[ \t]*\n\s*([a-zà-ÿ][^\W\d_]*)", joined, plain_letters(raw))
    s = re.sub(r"(\d)-\s*\n\s*(?=[a-z])", r"\1-", s)  # "a 26-⏎year-old man": a compound, not a broken word
    s = re.sub(r"([^\W\d_])-[ \t]*\n\s*(?=[A-ZÀ-Ý])", r"\1-", s)  # "Attorney-⏎General", "Anti-⏎Torture Act"
    s = GLUED_MARKER.sub("", s)
    s = GLUED_ROMAN.sub(_roman_marker_dropped, s)
    s = _BRACKETED_MARKER.sub("", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s
