"""The State's positions in a Working Group report's addendum ("Views on conclusions and/or recommendations"):
by number, by range ("134.1-134.20"), by cluster, in a table or in prose ("accepts recommendations 124.3 and
124.5; notes 124.4"), and joined with the report's recommendations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from uprkit.layout.clean import CleanText
from uprkit.model import ParseWarning, Position, Recommendation
from uprkit.parse.addendum_words import (
    ALREADY_IMPLEMENTED,
    COLUMN_WORD,
    CROSS_REFERENCE,
    DECISION_HEADING,
    LEAD_SENTENCE,
    LIST,
    NAMED_RANGE,
    PART_OF,
    PARTIAL,
    REF,
    REPRODUCED,
    RESPONSE,
    SENTENCE_END,
    SOURCE_OF_POSITION,
    SOURCED_COLUMN_WORD,
    WHOLE_CLUSTER,
    decision_of,
    decisions_in,
    expand_refs,
)


@dataclass
class _Found:
    position: Position
    partial: bool
    start: int
    end: int
    words: str
    implemented: bool = False  # supported as already implemented


#: a table row's number: a full number that starts a row's words ("… entities. 131.27 Supported", "131.28 – The
#: Government …"), not one run into a list or a sentence ("recommendations 131.2 and 131.5 Mexico …")
_ROW_NUMBER = re.compile(r"(?<![\w.,/])\d{2,3}\.\d{1,3}(?![\d])(?=\s*(?:[-–—:]\s*)?[A-Z])")
_RUN_IN = re.compile(r"(?:\b(?:[Rr]ecommendations?|Recs?\.|Nos?\.|and|or|to|et)|[,;&–—-])\s*$")


#: a recommendation's text that opens with a decision verb as its own imperative ("Accept the competence of the
#: Committee …", "Support the work of …"), not the State's decision ("Accepted", "Supported in part")
_RECOMMENDATION_VERB = re.compile(
    r"\s*[-–—:]?\s*(?:Accept|Support|Agree|Endorse|Reject)\s+(?!in\s+part\b|partially\b|fully\b)(?:[a-z]|[A-Z]{2})"
)


def _row_number_at(text: str, start: int) -> bool:
    """Whether a table row (or a numbered answer) starts at ``start``."""
    return _ROW_NUMBER.match(text, start) is not None and not _RUN_IN.search(text[max(0, start - 20) : start])


def _next_row(text: str, start: int, stop: int) -> int:
    """Where the next table row starts after ``start`` (``stop`` if none does before it)."""
    for m in _ROW_NUMBER.finditer(text, start, stop):
        if _row_number_at(text, m.start()):
            return m.start()
    return stop


#: what only an addendum's own paragraph says: the number of recommendations received or answered ("received 318
#: recommendations", "supports 66 of these recommendations", "Of these, 104 enjoyed …", "en accepte 232"), a
#: sentence over a list ("supports the following recommendations:")
_OWN_PARAGRAPH = re.compile(
    r"\b(?:received|a\s+reçu)\s+\d{1,3}\s+recomm[ae]ndations\b|"
    r"\b\d{1,3}\s+(?:of\s+(?:these|them|the|those)\b|(?:other\s+|remaining\s+)?recomm[ae]ndations\b|"
    r"(?:are|were|have\s+been)\s+(?:\w+\s+)?(?:supported|accepted|noted|rejected)\b|enjoy(?:ed)?\s+(?:the\s+)?support)|"
    r"\b(?:supports?|accepts?|notes?|takes?\s+note\s+of|rejects?|accepte|prend\s+note\s+de)\s+\d{1,3}\b|"
    r"\bfollowing\s+recommendations?\b|\brecommandations?\s+suivantes?\b",
    re.I,
)


def _one_bare_number(nums: str) -> bool:
    """Whether ``nums`` ("5.", not "5., 6., 7." or "131.5") is one number without its paragraph."""
    refs = expand_refs(nums)
    return len(refs) == 1 and "." not in refs[0] and len(re.findall(r"\d+", nums)) == 1


#: the recommendations on a theme whose numbers follow in brackets: "… supports [in part] the recommendations on
#: cooperation with the treaty bodies, the special procedures and OHCHR (" (no other number on the way)
_THEME_OBJECT = re.compile(
    r"\s+(?:(?:in\s+part|partially)\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+)?recomm[ae]ndations?\b"
    r"[^\d();.:]*(?:\([^\d()]*\)[^\d();.:]*)*\(\s*$"
)
#: the decision after a list in brackets, on "these recommendations": "(158.56, …), the Government considers that
#: the current system is appropriate and therefore notes these recommendations."
_THESE_RECOMMENDATIONS = re.compile(
    r"\s+(?:all\s+)?(?:of\s+)?(?:these|those|the\s+above|the\s+said|such)\s+recomm[ae]ndations?\b|\s+them\b", re.I
)


def _theme_answered_after(after: str) -> tuple[int, int, Position] | None:
    """The decision on "these recommendations" later in the sentence of a list in brackets, with no other number
    between."""
    if not re.match(r"\s*\)", after):
        return None
    for dec in decisions_in(after):
        if re.search(r"\d", after[: dec[0]]):
            return None
        if _THESE_RECOMMENDATIONS.match(after, dec[1]):
            return dec
    return None


def _position_column(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` starts a table row that gives the recommendation's text, its States and
    a position column ("131.2 Accept the competence … (United Arab Emirates) Noted See the comment …")."""
    if not _row_number_at(text, start):
        return False
    row = text[end : _next_row(text, end, min(len(text), end + 1500))]
    # an OHCHR matrix labels every row's position ("Source of position: …") even where a PDF's page break has moved
    # the column word away from the label
    return SOURCE_OF_POSITION.search(row) is not None or _column_word(row) is not None


def _column_word(segment: str) -> re.Match[str] | None:
    """The position column's word in a table row's words after its number: the one an OHCHR matrix labels ("…
    (Timor-Leste) Source of position: A/HRC/52/8/Add.1 Noted A12 …"), or the one right after the States' closing
    bracket ("… (France) Supported")."""
    return SOURCED_COLUMN_WORD.search(segment) or re.search(r"\)\s*[;.]?\s*" + COLUMN_WORD.pattern, segment)


def _sentence(text: str, start: int, end: int, reach: int = 400) -> tuple[str, str]:
    """The words of the sentence before ``start`` and after ``end``; a table row's window stops where the next
    row starts ("131.25 Supported 131.26 Supported Measures … 131.28 Supported in part …": 131.25's sentence is
    " Supported "), and the words before a row's own number are the previous row's."""
    lo = max(0, start - reach)
    # the look-ahead for the next sentence's capital reads on past ``start``: "… guarantees this right.
    # Recommendation 115.9: Supported." ends a sentence before the list; so does a full stop right before it
    # ("… notes the remainder. 78.140 – The Government supports …")
    cuts = [c for c in SENTENCE_END.finditer(text, lo, min(len(text), start + 3)) if c.end() <= start]
    before = text[cuts[-1].end() if cuts else lo : start]
    if re.search(r"(?<!\bNo)(?<!\bNos)(?<!\bpara)(?<!\bparas)(?<!\bRec)[.!?]\s*$", before):
        before = ""
    # a label's colon or dash does not end the sentence: "Recommendations 115.4 and 115.5: Noted."
    label = re.match(r"\s*(?::|\s[-–—])\s*", text[end : end + 4])
    if _row_number_at(text, start):
        before = ""
    after = text[end : _next_row(text, end, min(len(text), end + reach))]
    cut = SENTENCE_END.search(after, label.end() if label else 0)
    if cut:
        after = after[: cut.start() + 1]
    return before, after


def _answers_its_own_list(after: str, decision: tuple[int, int, Position], label: set[str]) -> bool:
    """Whether the decision in the sentence after a label ("Recommendations 124.1-124.12: The DPRK accepts
    recommendations 124.2, 124.4 …") is followed by a list of numbers under that label, which it answers
    instead of the label's whole range."""
    listed = re.match(r"\s*(?:of\s+)?(?:the\s+following\s+)?(?:recommendations?|Recs?\.)?\s*(?:Nos?\.)?\s*:?\s*"
                      r"(?<![\d.])" + LIST.pattern, after[decision[1] :])
    return listed is not None and bool(label & set(expand_refs(listed.group("list"))))


def _refs_in(listing: str, *, keyword: bool) -> list[str]:
    refs = expand_refs(listing)
    if not keyword and not any("." in r for r in refs):
        return []  # bare numbers count only after "recommendation(s)", "Rec.", "Nos."
    return refs


def extract_positions(clean: CleanText) -> tuple[dict[str, Position], list[ParseWarning]]:
    """Positions an addendum gives, by recommendation number ("122.17") or by item number alone ("17")."""
    found, warnings = find_positions(clean)
    return {ref: f.position for ref, f in found.items()}, warnings


def find_positions(clean: CleanText) -> tuple[dict[str, _Found], list[ParseWarning]]:
    """Positions an addendum gives, with where it gives them, in three tiers, the first that speaks winning:

    1. a sentence that lists numbers and states a decision: "The Government accepts the following
       recommendations: 140.7, 140.8 …", "Recommendations 124.1 to 124.5 are supported", "Slovenia notes
       recommendations 6–8", "5., 6., 7. The Slovenian Government accepts these recommendations.";
    2. a table's position column: "124.1 Ratify … (France) Supported";
    3. a heading over a list: "III. Noted recommendations … 140.3 …".

    A number without a paragraph ("17") counts only where the addendum numbers that way throughout.
    """
    text = clean.text
    explicit: dict[str, list[_Found]] = {}
    column: dict[str, list[_Found]] = {}
    headed: dict[str, list[_Found]] = {}
    warnings: list[ParseWarning] = []

    def put(into: dict[str, list[_Found]], refs: list[str], pos: Position, partial: bool, s: int, e: int,
            words: str, implemented: bool = False) -> None:
        for ref in refs:
            into.setdefault(ref, []).append(_Found(pos, partial, s, e, words, implemented and pos == "supported"))

    # 1a. a list after "recommendation(s)" / "Rec." / "Nos." (or a list of full numbers) with the decision in its
    # sentence: the nearest decision before the list, unless the words after it say "are/is … <decision>"
    for m in re.finditer(
        r"(?P<kw>\b(?:[Rr]ecomm[ae]ndations?|Recs?\.)\s*(?:Nos?\.)?\s*:?\s*)?(?<![\d.])" + LIST.pattern, text
    ):
        if re.match(r"\s*(?:%|per\s?cent)", text[m.end() : m.end() + 10]):
            continue
        refs = _refs_in(m.group("list"), keyword=m.group("kw") is not None)
        if not refs:
            continue
        before, after = _sentence(text, m.start(), m.end())
        keyword = m.group("kw") is not None
        if not keyword and re.match(r"\s*[-–—:]?\s*[A-Z][a-z]", after) and (
            not decisions_in(after[:30]) or _RECOMMENDATION_VERB.match(after)
            or _position_column(text, m.start("list"), m.end())
        ):
            # an item's label before its text ("107.2 Abolish the death penalty (France) Noted"), also where the
            # text has a decision verb of its own ("131.2 Accept the competence of the Committee … (United Arab
            # Emirates) Noted", "131.9 Strengthen support for victims … (Chile) Noted"): tier 2 reads the row's
            # position column
            continue
        after_dec = decisions_in(after[:120])
        before_dec = decisions_in(before)
        head = text[max(0, m.start() - 80) : m.start("list")].rstrip()
        if re.fullmatch(r"\d{1,3}", m.group("list")) and re.match(r"\.\s+[A-Z]", text[m.end() : m.end() + 4]) and any(
            h.end() == len(head) for h in DECISION_HEADING.finditer(head)
        ):
            continue  # "III. Noted recommendations 5. For the time being, …": the paragraph's number under a heading
        refers = list(CROSS_REFERENCE.finditer(before))
        if refers and (not before_dec or refers[-1].start() >= before_dec[-1][1]):
            continue  # "As noted in our response to 43.12, …" in row 43.7's comment: 43.12 answers for itself
        pick: tuple[int, int, Position] | None = None
        pick_text = ""
        # the verb may follow a clause between commas: "Recommendations 131.21 to 131.25, which call for …,
        # cannot be supported …", "Recommendation 115.16, by contrast, is noted", "…, which are noted"
        lead = re.match(r"[\s,:)]*(?:(?:[^,.;:]{0,200},\s*|(?:which|that)\s+)(?=(?:is|are|were|was|has|have|will|"
                        r"can|could|cannot)\b))?(?:(?:is|are|were|was|has|have|will)\s+(?:\w+\s+){0,3}?)?"
                        r"(?:(?:partially|fully|also)\s+)?", after, re.I)
        # a semicolon ends the list's clause: in "notes 107.4 and 107.6; accepts 107.3 …" the decision after it is
        # the next list's
        lead_dec = decisions_in(after[lead.end() :]) if lead is not None and not re.match(r"\s*;", after) else []
        if lead is not None and lead_dec and lead_dec[0][0] <= 2:
            pick, pick_text = (lead.end() + lead_dec[0][0], lead.end() + lead_dec[0][1], lead_dec[0][2]), after
        elif before_dec and (keyword or (len(before) - before_dec[-1][1] <= 80 and ")" not in before[before_dec[-1][1] :])
                             or _THEME_OBJECT.match(before, before_dec[-1][1])):
            # "Japan supports the recommendations on the ratification of international human rights instruments
            # (158.2, …)": the verb's object is the recommendations whose numbers follow in brackets, however long
            # the theme is
            pick, pick_text = before_dec[-1], before
        elif (later := _theme_answered_after(after)) is not None:
            pick, pick_text = later, after
        elif after_dec and re.match(r"[\s,;:)]*(?:(?:is|are|were|was|has been|have been|will be)\b|:|[-–—]\s)", after):
            # a label's sentence answers it: "Recommendation 115.8: The State takes note of this recommendation",
            # "78.140 – The Government supports the first part …"; not a cluster's label whose sentence lists the
            # numbers it answers: "Recommendations 124.1-124.12: The DPRK accepts recommendations 124.2 …; notes …"
            if _answers_its_own_list(after, after_dec[0], set(refs)):
                continue
            pick, pick_text = after_dec[0], after
        if pick is None:
            continue
        # "accepts recommendations 107.1–107.10, except 107.7 and 107.9, which are noted": the exceptions are
        # answered by their own list
        exception = re.match(r"\s*,?\s*(?:except(?:\s+for)?|with\s+the\s+exception\s+of)\s+(?:recommendations?\s+)?"
                            + LIST.pattern, after)
        if exception is not None:
            refs = [r for r in refs if r not in set(_refs_in(exception.group("list"), keyword=True))]
        window = pick_text[max(0, pick[0] - 30) : pick[1] + 10]
        # "Mongolia accepts this recommendation in part. It accepts the first part …": later in the clause
        # ("La Tunisie accepte partiellement les recommandations 104.114 et 104.140")
        clause = re.split(r"[.;,:]", pick_text[pick[1] : pick[1] + 60], maxsplit=1)[0]
        in_part = (
            bool(PARTIAL.search(window))
            or re.search(r"\b(?:in\s+part|partially|partly|partiellement|en\s+partie)\b", clause) is not None
            or (pick[2] == "supported" and bool(PART_OF.search(pick_text[pick[0] :])))
            # "Mongolia accepts recommendation 107.50 partially", "… in part"
            or (pick_text is before and re.match(r"[\s,]*(?:partially|partly|in\s+part|partiellement|en\s+partie)\b", after)
                is not None)
        )
        implemented = bool(ALREADY_IMPLEMENTED.search(pick_text[pick[0] : pick[1]] + clause))
        put(explicit, refs, pick[2], in_part, m.start("list"), m.end("list"),
            (before + m.group(0) + after).strip(), implemented)
    # 1b. prose per item (cycle 1): "5., 6., 7., 8., 9. The Slovenian Government accepts these recommendations."
    prose: list[tuple[int, Position]] = []
    answers = list(re.finditer(
        r"(?:^|(?<=[.;:!?]\s)|(?<=\s\s))(?P<nums>(?>" + REF + r"\.?,?(?:\s*(?:and\s+)?" + REF + r"\.?,?){0,11}))"
        r"\s+(?P<first>[A-Z][^.:]{5,400}[.:])",
        text,
    ))
    # an addendum that numbers its own paragraphs ("1. Nepal received 196 recommendations …", "2. … Nepal supports
    # 66 of these recommendations and notes 26.", "3. Mexico supports the following recommendations:") answers no
    # recommendation by a number alone: "5. Nepal is not in a position to accede …" is its paragraph 5
    own_paragraphs = any(_one_bare_number(m.group("nums")) and _OWN_PARAGRAPH.search(m.group("first"))
                         for m in answers)
    for k, m in enumerate(answers):
        nums = m.group("nums")
        if not re.search(r"\d", nums) or (own_paragraphs and _one_bare_number(nums)):
            continue
        if _position_column(text, m.start("nums"), m.end("nums")) or _RECOMMENDATION_VERB.match(m.group("first")):
            continue  # a table row with the recommendation's text: its words are no answer, its column is (tier 2)
        decision = decision_of(m.group("first"))
        if decision is None:
            continue
        prose.append((m.start(), decision))
        refs = expand_refs(nums)
        # "19. … accepts the recommendation regarding the existing institutions. … cannot accept the part of the
        # recommendation on a new body …": the rest of the answer supports only a part (up to the next answer or
        # the next table row)
        stop = min(answers[k + 1].start() if k + 1 < len(answers) else len(text), m.end() + 400)
        rest = text[m.end() : _next_row(text, m.end(), stop)]
        part_only = bool(PARTIAL.search(m.group("first"))) or (
            decision == "supported" and PART_OF.search(rest) is not None
            and any(d[2] in ("noted", "rejected") for d in decisions_in(rest)))
        for ref in refs:
            if ref not in explicit:
                explicit[ref] = [_Found(decision, part_only, m.start("nums"), m.end("nums"), m.group(0))]
                if decision == "pending":
                    warnings.append(
                        ParseWarning(
                            code="position-unclear",
                            message=f"the addendum leaves the position on recommendation {ref} unclear: "
                            f"'{m.group('first')[:100]}'",
                        )
                    )
    # 1c. a number column that wrapped into the text: "77., 78., 79., 82., Slovenia accepts these … refers to
    # 83., 85., 86., 87. decision by the Constitutional Court …": the numbers go with the decision before them
    for m in re.finditer(r"(?<=[a-z,]\s)(?P<nums>(?:\d{1,3}\.,?\s+){1,12})(?=[a-z])", text):
        before_prose = [d for start, d in prose if start < m.start()]
        if not before_prose:
            continue
        put(explicit, expand_refs(m.group("nums")), before_prose[-1], False, m.start("nums"), m.end("nums"),
            m.group(0))
    # 1d. a cluster answered as a whole under a heading that names its range: "D. Civic space (recommendations
    # 131.60–131.90) 6. All recommendations in this cluster are supported, except recommendations 131.75 and 131.80,
    # which are noted." (the exceptions are answered in 1a)
    cluster: dict[str, list[_Found]] = {}
    for m in WHOLE_CLUSTER.finditer(text):
        if m.group("dec") is not None:
            pos = decision_of(m.group("dec"))
        else:
            before = re.split(r"[.;:]\s", text[max(0, m.start() - 120) : m.start()])[-1]
            verbs = decisions_in(before)
            pos = verbs[-1][2] if verbs else None
        named = list(NAMED_RANGE.finditer(text, max(0, m.start() - 400), m.start()))
        if pos is None or not named:
            continue
        end_m = SENTENCE_END.search(text, m.end())
        exception = re.search(r"\bexcept\b.*", text[m.end() : end_m.start() if end_m else m.end() + 300], re.S)
        excepted = set(expand_refs(exception.group(0))) if exception else set()
        put(cluster, [r for r in expand_refs(named[-1].group("list")) if r not in excepted], pos, False,
            m.start(), m.end(), m.group(0))
    # 2. a table's position column
    item_starts = list(re.finditer(r"(?<![\d.\w])(?P<ref>\d{2,3}\.\d{1,3})(?![\d]|\s*%)", text))
    for i, m in enumerate(item_starts):
        stop = item_starts[i + 1].start() if i + 1 < len(item_starts) else min(len(text), m.end() + 1500)
        segment = text[m.end() : stop]
        cm = re.match(r"\s*[-–—:]?\s*" + COLUMN_WORD.pattern, segment) or _column_word(segment)
        if cm is None:
            # a page-laid-out table puts the position beside the first line of the row, so it lands inside the
            # text: "155.1 Ratify the Optional Protocol Supported to the Convention against Torture (Denmark)"
            # (also after a word broken at the line's end: "… combat torture and ill-      Noted")
            inside = list(re.finditer(r"(?<=[a-z,;)-]\s)" + COLUMN_WORD.pattern, segment))
            if inside and len({decision_of(x.group("w")) for x in inside}) == 1:
                cm = inside[0]
        if cm is None:
            continue
        word = cm.group("w")
        implemented = ALREADY_IMPLEMENTED.search(word) is not None
        pos = "supported" if implemented else decision_of(word) or (
            "pending" if word.lower().startswith("under") else None)
        if pos is None:
            continue
        # a narrow column wraps its word: "Supported in" beside the row's first line, "part" beside the second
        wrapped = re.match(r"\s+in\s+(?=[A-Z])", segment[cm.end() :]) and re.search(r"\spart\s", segment[cm.end() :])
        put(column, [m.group("ref")], pos, bool(PARTIAL.search(word) or wrapped), m.start(), m.end() + cm.end(),
            text[m.start() : m.end() + cm.end()], implemented)
    # 3. headings over lists
    heads = sorted(
        [*DECISION_HEADING.finditer(text), *LEAD_SENTENCE.finditer(text)], key=lambda h: (h.start(), -h.end())
    )
    for i, h in enumerate(heads):
        pos = decision_of(h.group("h"))
        if pos is None:
            continue
        stop = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        for m in re.finditer(r"(?<![\d.\w])(?P<ref>\d{2,3}\.\d{1,3})(?![\d]|\s*%)|\bRecs?\.\s*(?P<bare>\d{1,3})\b",
                             text[h.end() : stop]):
            ref = m.group("ref") or m.group("bare")
            put(headed, [ref], pos, bool(PARTIAL.search(h.group("h"))), h.end() + m.start(), h.end() + m.end(),
                h.group("h"))

    said: dict[str, list[_Found]] = {}
    for tier in (_reproduced(text), explicit, cluster, column, headed):
        for ref, fs in tier.items():
            said.setdefault(ref, fs)
    if any("." in ref for ref in said):  # the addendum uses full numbers: a bare one is a date, a count, a page
        said = {ref: fs for ref, fs in said.items() if "." in ref}
    found: dict[str, _Found] = {}
    for ref, fs in sorted(said.items(), key=lambda kv: ref_key(kv[0])):
        both = sorted({f.position for f in fs})
        # "Recommendations 124.13-124.37 are accepted. … Recommendation 124.33 is partially accepted.": the answer
        # on the one recommendation says more than the one on all of them
        found[ref] = next((f for f in fs if f.partial), fs[0])
        if len(both) > 1:
            # "Recommendation 115.30: Supported." and, further on, "Recommendation 115.30: Noted.": an unclear answer
            found[ref] = _Found("pending", False, fs[0].start, fs[0].end, " | ".join(f.words for f in fs))
            warnings.append(
                ParseWarning(
                    code="position-conflict",
                    message=f"the addendum gives recommendation {ref} as {' and as '.join(both)}; it stays pending",
                )
            )
    partial = sorted((ref for ref, f in found.items() if f.partial), key=ref_key)
    if partial:
        warnings.append(
            ParseWarning(
                code="position-partial",
                message=f"the addendum supports {len(partial)} recommendations only in part (recorded as "
                f"{found[partial[0]].position}): {', '.join(partial[:8])}{' …' if len(partial) > 8 else ''}",
            )
        )
    return dict(sorted(found.items(), key=lambda kv: ref_key(kv[0]))), warnings


_LANGUAGES = {"en": "English", "fr": "French", "es": "Spanish"}


def unread_warning(text: str, language: str | None) -> ParseWarning:
    """The one warning for an addendum of which no decision on a numbered recommendation could be read."""
    if language is not None and language != "en":
        where = f", written in {_LANGUAGES.get(language, language)},"
    elif LEAD_SENTENCE.search(text) or DECISION_HEADING.search(text):
        return ParseWarning(
            code="position-unread",
            message="the addendum answers without recommendation numbers ('supports the following recommendations: "
            "…' over the recommendations' text): give the report as well (uprkit recommendations REPORT ADDENDUM) to "
            "match them by their text",
        )
    else:
        where = ""
    return ParseWarning(
        code="position-unread",
        message=f"no decision on any recommendation could be read in the addendum{where} so every position stays "
        "pending",
    )


def _reproduced(text: str) -> dict[str, list[_Found]]:
    """Answers printed under the recommendations an addendum reproduces ("Recommendation 85.1: Ratify … (Chile)
    Response: Partially accepted. …"); they come first, as the reproduced text may itself say "support"."""
    out: dict[str, list[_Found]] = {}
    last = 0
    for m in RESPONSE.finditer(text):
        labels = list(REPRODUCED.finditer(text, max(last, m.start() - 2000), m.start()))
        last = m.end()
        pos = decision_of(m.group("answer"))
        if not labels or pos is None:
            continue
        label = labels[-1]
        refs = expand_refs(label.group("list") or label.group("full"))
        for ref in refs:
            out.setdefault(ref, []).append(_Found(pos, bool(PARTIAL.search(m.group("answer"))), label.start(),
                                                  m.end(), text[label.start() : m.end()]))
    return out


def apply_positions(
    recs: list[Recommendation], positions: dict[str, Position], notes: dict[str, str] | None = None
) -> list[ParseWarning]:
    """Give each recommendation the addendum's position (and its note, "partially supported", from ``notes``,
    keyed as ``positions`` is); those the addendum leaves open stay pending."""
    warnings: list[ParseWarning] = []
    notes = notes or {}
    keys = answer_keys(recs, positions)
    for r in recs:
        key = keys.get(r.number, r.number)
        pos = positions.get(key)
        if pos is not None and (r.position in (None, "pending") or pos != r.position):
            r.position = pos
            r.position_source = "addendum"
            if key in notes:
                r.position_note = notes[key]
        elif r.position in (None, "pending"):
            r.position = "pending"
            warnings.append(
                ParseWarning(
                    code="position-pending",
                    message=f"the addendum gives no position on recommendation {r.number}; it stays pending",
                )
            )
    return warnings


def answer_keys(recs: list[Recommendation], positions: dict[str, Position]) -> dict[str, str]:
    """The key under which ``positions`` answers each recommendation it answers: its number ("122.17"), or, in
    the one paragraph awaiting the addendum (or the report's only one), its item number alone ("17": "partially
    accepts recommendation 26" of a cycle-1 addendum that numbers 1, 2, 3 …)."""
    pending_paras = sorted({r.paragraph for r in recs if r.position == "pending" and r.paragraph is not None})
    all_paras = sorted({r.paragraph for r in recs if r.paragraph is not None})
    short_para = pending_paras[0] if len(pending_paras) == 1 else (all_paras[0] if len(all_paras) == 1 else None)
    keys: dict[str, str] = {}
    for r in recs:
        if r.number in positions:
            keys[r.number] = r.number
        elif short_para is not None and r.paragraph == short_para:
            item = r.number.split(".", 1)[1] if "." in r.number else r.number
            if item in positions:
                keys[r.number] = item
    return keys


def name_rows(warnings: list[ParseWarning], rows: dict[str, str]) -> list[ParseWarning]:
    """The addendum's warnings with the recommendations it numbers by their item alone ("recommendation 5") named
    by the report's rows they answer ("recommendation 93.5"); ``rows`` maps the one to the other."""
    if not rows:
        return warnings

    def row(m: re.Match[str]) -> str:
        return rows.get(m.group(0), m.group(0))

    out: list[ParseWarning] = []
    for w in warnings:
        message = re.sub(r"(?<=\brecommendation )\d{1,3}(?![\d.]\d)", row, w.message)
        head, colon, listed = message.partition("): ")
        if w.code == "position-partial" and colon:
            message = head + colon + re.sub(r"(?<![\d.])\d{1,3}(?![\d.]\d)", row, listed)
        out.append(w.model_copy(update={"message": message}))
    return out


def ref_key(ref: str) -> tuple[int, int]:
    """Sort key of "122.17" (or "17")."""
    if "." in ref:
        a, b = ref.split(".", 1)
        return int(a), int(b)
    return 0, int(ref)


def join_addendum(
    recs: list[Recommendation], addendum_recs: list[Recommendation]
) -> list[ParseWarning]:
    """Apply the positions an addendum (parsed as a ``wg_report_addendum``) gives to a report's recommendations."""
    positions: dict[str, Position] = {r.number: r.position for r in addendum_recs if r.position is not None}
    notes = {r.number: r.position_note for r in addendum_recs if r.position_note}
    return apply_positions(recs, positions, notes)
