"""Which lines of a submission are headings: "I. Introduction", "Freedom of expression", "4. THE HUMAN RIGHTS
SITUATION", and not a sentence's first line or a phrase broken at a line's end.
"""

from __future__ import annotations

import re

from uprkit.summarize.clauses import describes
from uprkit.summarize.marks import DANGLING, TRAILING_MARKER, WORD

#: Finite verbs a heading does not hold (a sentence's first line does).
_VERBS_NO_HEADING_HAS = frozenset(
    "is are was were has have had notes welcomes recommends urges calls remains continues acknowledges regrets "
    "reports says states considers believes supported noted received repealed adopted".split()
)
#: Words that open a clause, not a heading ("Although …", "Following the protests, …").
_OPENS_A_CLAUSE = frozenset(
    "although though while whereas when since because if following during after before despite however moreover "
    "furthermore nevertheless".split()
)


#: The titles of a submission's usual sections.
SECTION_TITLE = re.compile(
    r"(?:(?:[IVX]{1,4}|[A-H]|\d{1,2})\.\s+)?(?:executive\s+summary|summary(?:\s+of\s+(?:the\s+)?recommendations)?|"
    r"introduction|recommendations|conclusions?|methodology|background|contents|table\s+of\s+contents)\s*$",
    re.I,
)


#: Headings in the first person: "Who we are", "About us", "What we found", "What we ask the Government to do",
#: "Our recommendations" (a verb or "we", but headings all the same: "What we found" left unread closed "About us"
#: over a whole submission, its findings left out as the submitter's description of itself).
_FIRST_PERSON_HEADING = re.compile(
    r"(?:(?:[IVX]+|[A-Z]|\d+)\.\s*)?(?:who\s+we\s+are|what\s+we\s+do|about\s+us|what\s+we\s+(?:found|find|saw|documented|"
    r"observed|learned|learnt|heard|ask|want|recommend|urge|request|propose|call\s+for)(?:\s+[\w’'\-]+){0,8}|"
    r"our\s+(?:findings|recommendations|requests|demands|concerns|methodology|work|mandate|asks|calls|proposals))",
    re.I,
)


def is_heading_line(line: str) -> bool:
    s = TRAILING_MARKER.sub("", line.strip())  # "The Government should ratify OPCAT.2" is a sentence
    if not s or len(s) > 90 or s[-1] in ".;:,":
        return False
    if _FIRST_PERSON_HEADING.fullmatch(s):
        return True  # a verb, but a heading all the same
    words = WORD.findall(s)
    if not words or len(words) > 12:
        return False
    if re.match(r"(?:recommendation|R)\s*\.?\s*\d{1,2}\s*[:.]\s+\S", s, re.I) or re.search(r"\b(?:we|our)\b", s, re.I):
        return False  # "Recommendation 4: We call upon the House of Representatives to repeal articles": a sentence
    if words[-1].lower() in DANGLING:
        return False  # "… ratify the Optional" / "… access to the": a line broken mid-phrase, not a heading
    if re.search(r"[a-z0-9](?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bProf)(?<!\bSt)[.!?]\s+[A-Z]", s):
        return False  # "UPR in November 2019. Despite the launch of a National Human": a sentence ends inside
    lowered = [w.lower() for w in words]
    if len(words) >= 3 and any(w in _VERBS_NO_HEADING_HAS for w in lowered[1:]):
        return False  # "The Commission notes the progress of the Hydrocarbon …": a sentence's first line
    if lowered[0] in _OPENS_A_CLAUSE or (lowered[0] in {"in", "on", "at"} and (len(words) >= 5 or re.search(r"\d", s))):
        return False  # "Although no executions have been …", "On 12 May 2022, …", "In Kirikiri Maximum Security …"
    # "I. Introduction", "A. Right to health", "RECOMMENDATIONS", "Freedom of expression"
    return s[0].isupper() or bool(re.match(r"^(?:[IVX]+|[A-Z]|\d+)\.\s", s))


#: A quotation opened and not closed on the line: "8. Recommendation 81.67 (Brazil): 'Consider ratifying the
#: International" goes on below, as no title does.
_OPEN_QUOTE = re.compile(r"(?:^|[\s:(])['‘“\"](?=\w)(?!.*['’”\"])")


def is_numbered_heading(rest: str, next_line: str = "", typical: int = 0) -> bool:
    """``rest``, a numbered line without its number, is a heading's; ``typical``: the usual length of the text's
    lines (a column's width), which a paragraph's first line fills and a short heading does not."""
    s = TRAILING_MARKER.sub("", rest.strip())  # "… in 2019 and 2020.4", "… 2020.[4]": a sentence and its marker
    words = WORD.findall(s)
    if not s or s[-1] in ".;:,!?" or not s[0].isupper() or _OPEN_QUOTE.search(s):
        return False
    if 0 < len(words) <= 6:
        # "2. The Government should act in the": a paragraph's first line, broken mid-phrase; in a text set in
        # narrow columns, "5. Between January 2020 and March" / "2024, ATIC documented …" is one too, but not a
        # title without a verb over a sentence ("2. Female-headed households and microfinance debt" / "Some …")
        a_title = next_line[:1].isupper() and not describes(s) and not words[-1].lower().endswith("ed")
        return words[-1].lower() not in DANGLING and not (
            typical and len(rest.strip()) + 4 >= 0.8 * typical and not a_title
        )
    first_next = (next_line.split() or [""])[0]
    if (
        len(words) <= 14 and typical >= 50 and first_next[:1].isupper() and words[-1].lower() not in DANGLING
        and len(rest.strip()) + 5 + len(first_next) <= typical
    ):
        # "4. Violence, impunity and the situation of indigenous women" / "Indigenous human rights defenders …":
        # the line ends short of the text's usual width though the next line's first word would have fit on it
        return True
    letters = [c for c in s if c.isalpha()]
    if len(words) <= 14 and len(letters) >= 12 and all(c.isupper() for c in letters):
        return True  # "4. THE HUMAN RIGHTS SITUATION ON THE GROUND": a title in capitals
    # "2.2 National Action Plan for the Promotion and Protection of Human" / "Rights": a longer title wrapped onto
    # a line of a few more capitalised words, all its words capitalised as no sentence's are ("9. According to
    # the Ministry for the Development of Information" / "Technologies and Communications, Uzbekistan had …" is
    # a sentence: its next line goes on)
    more = WORD.findall(next_line)
    titled = [w for w in [*words, *more] if len(w) >= 4 and w.lower() not in _SMALL_TITLE_WORDS]
    return (
        len(words) <= 14
        and 0 < len(more) <= 3
        and next_line.rstrip()[-1:] not in {".", ";", ":", ",", "!", "?"}
        and all(w[0].isupper() for w in titled)
        and words[0].lower() not in _OPENS_A_CLAUSE
    )


#: Words a title leaves in lower case.
_SMALL_TITLE_WORDS = frozenset("with from into over under upon about after against between through within without".split())


#: A heading with a letter or a Roman numeral and a few words: "A. Introduction", "II. Civil and political rights".
LABELLED_HEADING = re.compile(
    r"(?:[IVX]{1,4}|[A-H])\.[ \t]+[A-Z][^.;:,]{0,60}$"
    r"|(?:Chapter|CHAPTER|Part|PART)[ \t]+(?:\d{1,2}|[IVX]{1,4})[:.\-–—][ \t]+[A-Z][^.;:]{0,70}$"  # "Chapter 2: International …"
)
#: The first numbered paragraph of a submission, written as one: "1. The …", "1.\tThe …", "(1) The …".
FIRST_PARAGRAPH = re.compile(r"(?:1\.|\(1\)|1\))[ \t]+[\"“]?[A-Z]")
