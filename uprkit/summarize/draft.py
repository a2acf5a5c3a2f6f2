"""``uprkit summarize``: the whole drafting pipeline, from a folder of submissions to a :class:`Summary`.

read → passages (page, paragraph, offsets) → candidate points about the State, in reported speech →
merge the same point across stakeholders → place each under the cycle's outline → select within the word
limit → order, paragraphs, endnotes → introduction and stakeholder list. Each stage is a function of its
own module and can be run alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from uprkit import countries
from uprkit.errors import UprkitError
from uprkit.model import ParseWarning
from uprkit.summarize.candidates import Point, points_of, proper_nouns
from uprkit.summarize.layout import HeadingStep, Placement, default_placement
from uprkit.summarize.merge import drop_near_repeats, merge_points
from uprkit.summarize.model import (
    NotIncluded,
    SourceSpan,
    Summary,
    SummaryEndnote,
    SummaryParagraph,
    SummarySection,
    SummarySentence,
    SummaryStakeholder,
)
from uprkit.summarize.passages import Passage
from uprkit.summarize.select import count_words, priority, select_points
from uprkit.summarize.stakeholder_note import stakeholder_list_note
from uprkit.summarize.submissions import Submission, load_submissions, looks_like_nhri, submission_count

_KIND_ORDER = {"nhri": 0, "ngo": 1, "other": 1, "un": 1, "state": 1, "joint": 2, "regional": 3}
_PARAGRAPH_WORDS = 90
#: A submission's own heading ("Freedom of expression") places its points unless the classifier is this sure.
_TRUST_CLASSIFIER = 0.8
_HEADING_PRIOR = 0.6
_CLOSING_ORDER = {"achievements-challenges": 1, "priorities-commitments": 2, "capacity-building": 3}


@dataclass
class DraftOptions:
    country: str  # ISO alpha-3 or a name
    session: int | None = None
    limit_words: int | None = None
    cycle: int | None = None
    placement: Placement | None = None
    first_mention_names: bool = True
    previous_outcome: str | None = None  # cycle 4: the symbols of the previous review's outcome documents
    extra_warnings: list[ParseWarning] = field(default_factory=list)


def cycle_of_session(session: int | None) -> int:
    if session is None:
        return 4
    return 1 if session <= 12 else 2 + (session - 13) // 14


def stakeholder_sort_key(st: SummaryStakeholder) -> tuple[int, int, str]:
    m = re.match(r"^JS\s*(\d+)$", st.abbreviation, re.I)
    return (_KIND_ORDER.get(st.kind, 1), int(m.group(1)) if m else 0, st.abbreviation.lower())


def draft_summary(folder: Path, options: DraftOptions, *, manifest: Path | None = None) -> Summary:
    """Draft the summary of the submissions in ``folder`` (raise only if nothing at all can be drafted)."""
    subs, skipped = load_submissions(folder, manifest=manifest)
    if not subs:
        reasons = "; ".join(f"{s.file}: {s.reason}" for s in skipped)
        raise UprkitError(f"no submission could be read ({reasons})", str(folder))
    return draft_from_submissions(subs, options, skipped=skipped)


def _state(options: DraftOptions) -> tuple[countries.Country, tuple[str, ...]]:
    """The State under review, and the names other than the one the draft writes ("the Philippines")."""
    c = countries.by_code(options.country) or countries.lookup(options.country)
    if c is None:
        raise UprkitError(f"unknown country '{options.country}' (give an ISO alpha-3 code such as KAZ, or a UN name)")
    names = tuple(n for n in {c.name, c.official_name, c.in_title, *c.aliases} if n and n != c.in_prose)
    return c, names


def draft_from_submissions(
    subs: Sequence[Submission], options: DraftOptions, *, skipped: Sequence[NotIncluded] = ()
) -> Summary:
    country, state_names = _state(options)
    code, state = country.iso3, country.in_prose
    cycle = options.cycle or cycle_of_session(options.session)
    placement = options.placement or default_placement()
    ordered = sorted(subs, key=lambda s: stakeholder_sort_key(s.stakeholder))
    stakeholders = list({s.stakeholder.abbreviation: s.stakeholder for s in ordered}.values())  # one a stakeholder
    by_abbreviation = {st.abbreviation: st for st in stakeholders}
    # the section "accredited in full compliance with the Paris Principles": an A-status institution's only (a
    # B-status one's points go among the other stakeholders')
    accredited = {st.abbreviation for st in stakeholders if st.kind == "nhri" and st.status in (None, "A")}
    nhri_section = cycle >= 2 and bool(accredited)

    points: list[Point] = []
    proper = proper_nouns(" ".join(sub.document.text for sub in ordered))
    for rank, sub in enumerate(ordered):
        st = sub.stakeholder
        points.extend(
            points_of(
                sub.passages, stakeholder_order=rank, state=state, state_names=state_names, proper=proper,
                self_names=_self_names(st),
            )
        )
    subjects = {st.abbreviation: st.abbreviation for st in stakeholders}
    points = drop_near_repeats(merge_points(points, subjects, frame=(state, code)), frame=(state, code))
    # each point on its own: a paragraph of a submission may run through several topics (a list of
    # recommendations on consecutive lines), so its sentences are not placed together
    themes = placement.classify([p.source_text for p in points], cycle)
    for p, (theme, confidence) in zip(points, themes, strict=True):
        p.theme, p.confidence = theme, confidence
        own = submission_heading_theme(p, by_abbreviation.get(p.stakeholders[0]))
        if own is not None and own != theme and confidence < _TRUST_CLASSIFIER:
            p.theme, p.confidence = own, max(confidence, _HEADING_PRIOR)  # the submission's own heading says it
        if nhri_section and p.stakeholders[0] in accredited:
            p.theme = "nhri"  # the accredited NHRI has its own section from cycle 2 on

    intro = introduction(state, cycle, submission_count(stakeholders), nhri_section, options.session)
    fixed = count_words(" ".join(s.text for s in intro)) + sum(count_words(h.title) + 1 for h in placement.closing(cycle))
    if cycle >= 3:
        fixed += 2  # "I. Background"
    if options.limit_words is not None and options.limit_words <= fixed:
        raise UprkitError(
            f"the word limit ({options.limit_words}) leaves no room: the introduction and the headings every "
            f"cycle-{cycle} summary carries take {fixed} words"
        )
    budget = None if options.limit_words is None else max(0, options.limit_words - fixed)

    def heading_cost(p: Point) -> tuple[tuple[str, ...], tuple[int, ...]]:
        path = placement.path(p.theme or "", cycle, nhri_section)
        return tuple(h.title for h in path), tuple(count_words(h.title) + 1 for h in path)

    chosen = select_points(points, budget=budget, point_words=lambda p: p.words(p.stakeholders[0]) + 1, heading_words=heading_cost)
    names = {st.abbreviation: st for st in stakeholders}
    texts = {sub.file: sub.document.text for sub in ordered}  # offsets of every span are into these
    while True:
        summary = _assemble(
            chosen, options, country, cycle, stakeholders, names, intro, placement, skipped, texts, nhri_section
        )
        if options.limit_words is None or summary.word_count <= options.limit_words or not chosen:
            summary.warnings.extend(_uncited(summary, points))
            summary.warnings.extend(_unlocated(summary))
            return summary
        chosen.remove(min(chosen, key=lambda p: (priority(p), -p.order[1])))


def submission_heading_theme(point: Point, stakeholder: SummaryStakeholder | None = None) -> str | None:
    """The unified theme of the heading the point stands under in its submission, where a rule knows it; not
    the cover's title naming the submitter ("KENYA HUMAN RIGHTS AND EQUALITY COMMISSION (KHREC)" is no
    heading on equality)."""
    from uprkit.classify.outlines import theme, theme_of_submission_heading

    heading = point.passages[point.stakeholders[0]][0].heading
    if not heading:
        return None
    abbr = stakeholder.abbreviation if stakeholder is not None else ""
    if re.fullmatch(r"[A-Z][A-Z&\-]+", abbr) and re.search(rf"(?<!\w){re.escape(abbr)}(?!\w)", heading):
        return None
    found = theme_of_submission_heading(heading)
    return found if found is not None and theme(found).topical else None


def _uncited(summary: Summary, points: list[Point]) -> list[ParseWarning]:
    """A warning for every submission nothing of which is in the draft, saying why."""
    cited = {span.stakeholder for s in summary.iter_sentences() for span in [*s.sources, *s.see_also]}
    had_points = {w for p in points for w in [*p.stakeholders, *p.see_also]}
    out: list[ParseWarning] = []
    for st in summary.stakeholders:
        if st.abbreviation in cited:
            continue
        why = ("the word limit left no room for its points" if st.abbreviation in had_points
               else "nothing in it was recognised as information about the State")
        out.append(ParseWarning(code="submission-not-cited",
                                message=f"{', '.join(st.files)} ({st.abbreviation}): not cited in the draft: {why}"))
    return out


def _unlocated(summary: Summary) -> list[ParseWarning]:
    """A warning for every cited submission none of whose spans has a page or paragraph to cite (a Word file or
    a plain text without numbered paragraphs): its endnotes name the stakeholder alone."""
    spans: dict[str, list[str]] = {}
    for s in summary.iter_sentences():
        for span in s.sources:
            spans.setdefault(span.file, []).append(span.locator)
    return [
        ParseWarning(
            code="submission-without-locators",
            message=f"{file}: neither pages nor numbered paragraphs, so its {len(locs)} endnote(s) name the stakeholder "
                    "alone; give the submission as the PDF that was submitted, or number its paragraphs",
        )
        for file, locs in spans.items() if not any(locs)
    ]


_SMALL = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _submissions(n: int, cycle: int = 3) -> str:
    """ "16 stakeholders' submissions"; cycle 1 spells out numbers below ten ("seven stakeholders' ...")."""
    count = _SMALL[n - 1] if cycle == 1 and 1 <= n <= 9 else str(n)
    return f"{count} stakeholder’s submission" if n == 1 else f"{count} stakeholders’ submissions"


STAKEHOLDER_LIST, PREVIOUS_OUTCOME = "stakeholders", "previous-outcome"


@dataclass(frozen=True)
class IntroSentence:
    """One sentence of the Office's opening paragraph, or the part of one up to an endnote marker, and the
    endnote it carries, if any (``STAKEHOLDER_LIST`` or ``PREVIOUS_OUTCOME``)."""

    text: str
    note: str | None = None


def outcome_note_first(cycle: int | None, session: int | None) -> bool:
    """Whether endnote 1 cites the previous review's outcome and the stakeholder list is endnote 2: from Working
    Group session 43 on (a cycle-4 draft without a session too)."""
    return (cycle or 0) >= 4 and (session is None or session >= 43)


def introduction(state: str, cycle: int, n: int, nhri_section: bool, session: int | None = None) -> list[IntroSentence]:
    """The Office's opening sentences, as each cycle words them, with the endnotes they carry.

    Cycles 1-3 cite the stakeholder list (endnote 1) after "a summary of N stakeholders' submissions". From
    Working Group session 43 on, the first sentence cites the outcome documents of the previous review
    (endnote 1) and the list moves to endnote 2 (France 2023, Costa Rica 2024, Slovenia 2025); sessions 41-42
    (Brazil 2022) keep the list first and add a sentence on the previous review, citing it in endnote 2."""
    if cycle <= 2:
        basis = (
            "It follows the structure of the general guidelines adopted by the Human Rights Council."
            if cycle == 1
            else "It follows the general guidelines adopted by the Human Rights Council in its decision 17/119."
        )
        return [
            # the list's endnote marker stands right after "submissions", as printed: the sentence is cut there
            IntroSentence(f"The present report is a summary of {_submissions(n, cycle)}", STAKEHOLDER_LIST),
            IntroSentence("to the universal periodic review."),
            IntroSentence(basis),
            IntroSentence(
                "It does not contain any opinions, views or suggestions on the part of the Office of the United "
                "Nations High Commissioner for Human Rights (OHCHR), nor any judgement or determination in relation "
                "to specific claims."
            ),
            IntroSentence(
                "The information included herein has been systematically referenced in endnotes and, to the extent "
                "possible, the original texts have not been altered."
            ),
            *(
                [
                    IntroSentence(
                        "Lack of information or focus on specific issues may be due to the absence of submissions by "
                        "stakeholders regarding these particular issues."
                    )
                ]
                if cycle == 1
                else [
                    IntroSentence(
                        "As provided for in Human Rights Council resolution 16/21, where appropriate, a separate "
                        "section is provided for contributions by the national human rights institution of the State "
                        "under review that is accredited in full compliance with the Paris Principles."
                    )
                ]
            ),
            IntroSentence("The full texts of all submissions received are available on the OHCHR website."),
            IntroSentence(
                "The report has been prepared taking into consideration the four-year periodicity of the first "
                "cycle of the review."
                if cycle == 1
                else "The report has been prepared taking into consideration the periodicity of the review and "
                "developments during that period."
            ),
        ]
    outcome_first = outcome_note_first(cycle, session)
    out = [
        IntroSentence(
            "The present report was prepared pursuant to Human Rights Council resolutions 5/1 and 16/21, taking "
            "into consideration the periodicity of the universal periodic review"
            + (" and the outcome of the previous review." if outcome_first else "."),
            PREVIOUS_OUTCOME if outcome_first else None,
        ),
        IntroSentence(f"It is a summary of {_submissions(n)}", STAKEHOLDER_LIST),
        IntroSentence(
            f"{'for' if cycle >= 4 else 'to'} the universal periodic review, presented in a summarized manner "
            "owing to word-limit constraints."
        ),
    ]
    if cycle >= 4 and not outcome_first:
        out.append(
            IntroSentence(
                "The report has been prepared taking into consideration the outcome of the previous review.",
                PREVIOUS_OUTCOME,
            )
        )
    if nhri_section:
        out.append(
            IntroSentence(
                "A separate section is provided for the contribution by the national human rights institution "
                "that is accredited in full compliance with the Paris Principles."
            )
        )
    return out


def previous_outcome_note(state: str, symbols: str | None) -> str:
    """The endnote citing the outcome documents of the previous review: the symbols as given, or a marked gap."""
    if symbols:
        text = symbols.strip()
        return text if text.endswith(".") else text + "."
    return (
        f"[Outcome of the previous review of {state}: the symbols of the report of the Working Group, its "
        "addendum and the report of the Human Rights Council session to be added.]"
    )


#: Abbreviations that are the title of an office, not a name: the text says "the Ombudsman".
_OFFICE_TITLES = frozenset("Ombudsman Ombudsperson Ombudswoman Commissioner Defender Mediator Commission".split())


def in_text_name(abbr: str, st: SummaryStakeholder | None) -> str:
    """How the text names a stakeholder: its abbreviation, except the title of an office ("Ombudsman") and a
    national human rights institution listed as "Ombudsman/HRORS" (a title, then its acronym), which the
    published summaries call "the Ombudsman"."""
    title = abbr.split("/", 1)[0]
    if abbr in _OFFICE_TITLES or (
        st is not None and st.kind == "nhri" and "/" in abbr and re.fullmatch(r"[A-Z][a-zà-ÿ]{3,}", title)
    ):
        return f"the {title}"
    return abbr


def _subject(who: list[str], names: dict[str, SummaryStakeholder], mentioned: set[str], full: bool) -> str:
    parts: list[str] = []
    for abbr in who:
        st = names.get(abbr)
        short = in_text_name(abbr, st)
        if full and abbr not in mentioned and st is not None and st.kind == "joint" and re.fullmatch(r"JS\d+", abbr):
            parts.append(abbr)  # "JS1", as most summaries first name it (the list of stakeholders says who), not its coalition
        elif full and abbr not in mentioned and st is not None and st.name and st.name.lower() != abbr.lower():
            # "The Human Rights Ombudsman of the Republic of Slovenia (the Ombudsman)", as A/HRC/WG.6/48/SVN/3
            article = "the " if short.startswith("the ") and not st.name.lower().startswith("the ") else ""
            parts.append(f"{article}{st.name} ({short})")
        else:
            parts.append(short)
        mentioned.add(abbr)
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _span(passages: list[Passage], texts: dict[str, str], cited: str | None = None, place: int = 0) -> SourceSpan:
    """The stretch ``passages`` cover; ``cited``: the locator of the endnote, where it cites more places;
    ``place``: 0, or the number of a further place where the stakeholder said it again."""
    first, last = passages[0], passages[-1]
    text = texts[first.file]
    return SourceSpan(
        stakeholder=first.stakeholder,
        file=first.file,
        page=first.page,
        paragraph=first.paragraph,
        start=first.start,
        end=last.end,
        text=text[first.start : last.end],
        locator=cited if cited is not None else locator(passages),
        place=place,
    )


def _lead_span(passages: list[Passage], texts: dict[str, str], cited: str, place: int = 0) -> SourceSpan | None:
    """The lead-in of the list a recommendation is an item of ("We urge the authorities to:"): the frame and
    addressee of the drafted sentence come from it, so it is cited with the item."""
    first = passages[0]
    if first.lead_start is None or first.lead_end is None:
        return None
    text = texts[first.file]
    return SourceSpan(
        stakeholder=first.stakeholder, file=first.file, page=first.page, paragraph=first.paragraph,
        start=first.lead_start, end=first.lead_end, text=text[first.lead_start : first.lead_end], locator=cited,
        place=place,
    )


def locator(passages: list[Passage], *more: list[Passage]) -> str:
    """"para. 12" / "paras. 12-13" where the submission numbers paragraphs, else "p. 3" / "pp. 3-4"; with
    ``more`` places where the stakeholder made the same point again, all of them: "paras. 8, 12 and 31",
    "pp. 3, 7-8 and 13"."""
    if more:
        places = [passages, *more]
        paras = [[p.paragraph for p in ps if p.paragraph] for ps in places]
        if all(paras):
            return _listed("para.", "paras.", [x for ps in paras for x in _paragraph_run(ps)])
        pages = [[n for p in ps for n in (p.page, p.end_page) if n is not None] for ps in places]
        if all(pages) and not any(paras):
            return _listed("p.", "pp.", [str(n) for n in sorted({n for ps in pages for n in range(min(ps), max(ps) + 1)})])
        # some places numbered, some not ("para. 2 and p. 4"); a place with neither adds nothing to cite
        return " and ".join(dict.fromkeys(loc for ps in places if (loc := locator(ps))))
    paras1 = [p.paragraph for p in passages if p.paragraph]
    if paras1:
        a, b = paras1[0], paras1[-1]
        return f"para. {a}" if a == b else f"paras. {a}-{b}"
    pages1 = [p.page for p in passages if p.page is not None] + [p.end_page for p in passages if p.end_page is not None]
    if pages1:
        a2, b2 = min(pages1), max(pages1)
        return f"p. {a2}" if a2 == b2 else f"pp. {a2}-{b2}"
    return ""


def _paragraph_run(labels: list[str]) -> list[str]:
    """A place's paragraph labels, a whole-number run spelled out ("8" … "11")."""
    first, last = labels[0], labels[-1]
    if first.isdigit() and last.isdigit() and int(first) <= int(last):
        return [str(n) for n in range(int(first), int(last) + 1)]
    return list(dict.fromkeys(labels))


_NUMBERED_LABEL = re.compile(r"^\d+(?:\.\d+)*$")


def _listed(one: str, many: str, labels: list[str]) -> str:
    """Page or paragraph labels in order, runs as ranges: "pp. 3, 7-8 and 13", "paras. 2.1-2.3 and 5.4"."""
    numbered = all(_NUMBERED_LABEL.match(x) for x in labels)
    ordered = sorted(set(labels), key=lambda x: tuple(int(n) for n in x.split("."))) if numbered else list(dict.fromkeys(labels))
    if len(ordered) == 1:
        return f"{one} {ordered[0]}"

    def follows(a: str, b: str) -> bool:  # "7" → "8", "2.1" → "2.2"
        stem_a, _, last_a = a.rpartition(".")
        stem_b, _, last_b = b.rpartition(".")
        return numbered and stem_a == stem_b and int(last_b) == int(last_a) + 1

    parts: list[str] = []
    k = 0
    while k < len(ordered):
        end = k
        while end + 1 < len(ordered) and follows(ordered[end], ordered[end + 1]):
            end += 1
        parts.append(ordered[k] if end == k else f"{ordered[k]}-{ordered[end]}")
        k = end + 1
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"{many} {text}"


def _cite(who: str, loc: str) -> str:
    """One stakeholder's citation in an endnote: "JS1, paras. 8 and 31", or the abbreviation alone."""
    return f"{who}, {loc}" if loc else who


#: Head nouns a submitter calls itself by ("the Commission"); not "Committee" or "Council", which in a
#: submission are as often a treaty body or the Human Rights Council, but for a regional body's own organs
#: ("The Council had not been able to verify this figure" in the Horn and East Africa Regional Human Rights
#: Council's contribution).
_HEAD_NOUN = re.compile(
    r"\b(Commission|Commissioner|Ombudsman|Ombudsperson|Coalition|Network|Centre|Center|Institute|Foundation|"
    r"Alliance|Forum|Platform|Institution)\b"
)
_REGIONAL_HEAD_NOUN = re.compile(rf"{_HEAD_NOUN.pattern}|\b(Council|Committee|Court)\b")


def _self_names(st: SummaryStakeholder) -> tuple[str, ...]:
    """How a submitter names itself in its text: its name, abbreviation and short names, and for a joint
    submission its coalition's ("Alianza por los Territorios (ATIC)" as the manifest's name or the first member:
    "ATIC recommends that …" is JS1 recommending)."""
    # "the Council" is a regional council's or a national council's own name ("National Council for Human
    # Rights"), in other submissions the Human Rights Council
    own_council = st.kind in ("regional", "nhri") or looks_like_nhri(st)
    names = [st.name, st.abbreviation, *_short_names(st.name, regional=own_council)]
    for full in [st.name, *(st.members[:1] if st.kind == "joint" else [])]:
        # "Egyptian Coalition for the Rights of the Child (ECRC), Cairo": a member's town may follow
        m = re.match(r"(?:the\s+)?(?P<name>[^(]+?)\s*\((?P<abbr>[A-Z][A-Za-z&\-]{1,11})\)(?:,[^()]*)?$", full or "")
        if m:
            names += [m.group("name"), m.group("abbr")]
    return tuple(dict.fromkeys(n for n in names if n))


def _short_names(name: str | None, *, regional: bool = False) -> tuple[str, ...]:
    """How a submitter calls itself for short: "the Commission" for the National Human Rights Commission, "the
    African Commission" for the African Commission on Human and Peoples' Rights, "the Council" for a regional
    human rights council."""
    if not name:
        return ()
    m = (_REGIONAL_HEAD_NOUN if regional else _HEAD_NOUN).search(name)
    if m is None:
        return ()
    before = name[: m.start()].split()
    noun = m.group(1) or m.group(2)
    out = [f"the {noun}"]
    if before and before[-1][:1].isupper() and before[-1].lower() not in {"the", "national", "human", "rights"}:
        out.insert(0, f"the {before[-1]} {noun}")
    return tuple(out)


def _follows(before: Point, after: Point) -> bool:
    """``after`` is what its stakeholder wrote right after ``before``."""
    who = after.stakeholders[0]
    first, last = after.passages.get(who), before.passages.get(who)
    return bool(first and last and first[0].file == last[-1].file and first[0].index == last[-1].index + 1)


def _assemble(
    chosen: list[Point],
    options: DraftOptions,
    country: countries.Country,
    cycle: int,
    stakeholders: list[SummaryStakeholder],
    names: dict[str, SummaryStakeholder],
    intro: list[IntroSentence],
    placement: Placement,
    skipped: Sequence[NotIncluded],
    texts: dict[str, str],
    nhri_section: bool,
) -> Summary:
    code, state = country.iso3, country.in_prose
    endnotes: list[SummaryEndnote] = []
    intro_sentences: list[SummarySentence] = []
    for line in intro:
        note = None
        if line.note is not None:
            note = len(endnotes) + 1
            text = (
                stakeholder_list_note(stakeholders, cycle)
                if line.note == STAKEHOLDER_LIST
                else previous_outcome_note(state, options.previous_outcome)
            )
            endnotes.append(SummaryEndnote(number=note, text=text))
        intro_sentences.append(
            SummarySentence(text=line.text, stakeholders=[], verb="", act="observation", sources=[], endnote=note)
        )
    ordered = sorted(chosen, key=lambda p: (placement.rank(p.theme or "", cycle, nhri_section), p.order))
    root: list[SummarySection] = []
    index: dict[tuple[str, ...], SummarySection] = {}
    mentioned: set[str] = set()
    credited: dict[tuple[str, ...], set[str]] = {}  # the stakeholders credited so far under each heading
    number = 0
    current_para: SummaryParagraph | None = None
    current_path: tuple[str, ...] | None = None
    para_words = 0
    previous: Point | None = None
    for p in ordered:
        path = placement.path(p.theme or "", cycle, nhri_section)
        section = _section_for(path, root, index)
        key = tuple(h.title for h in path)
        credited_here = credited.setdefault(key, set())
        if p.reported.also and not set(p.stakeholders) <= credited_here:
            # "PAPF also encouraged …" as the first word of PAPF under its heading: "also" after nothing
            p = replace(p, reported=replace(p.reported, also=False))
        credited_here.update(p.stakeholders)
        subject = _subject(p.stakeholders, names, mentioned, options.first_mention_names)
        reported = p.reported
        if reported.contrast and not (key == current_path and previous is not None and _follows(previous, p)):
            reported = replace(reported, contrast="")  # "however" with what it contrasts with elsewhere, or left out
        text = " ".join([reported.sentence(subject), *p.continuation])
        previous = p
        text = text[:1].upper() + text[1:]
        cited = {w: locator(p.passages[w], *p.repeats.get(w, [])) for w in p.stakeholders}
        sources = [_span(p.passages[w], texts, cited[w]) for w in p.stakeholders]
        sources += [lead for w in p.stakeholders if (lead := _lead_span(p.passages[w], texts, cited[w])) is not None]
        for w in p.stakeholders:
            for k, ps in enumerate(p.repeats.get(w, []), start=1):
                sources.append(_span(ps, texts, cited[w], k))
                if (lead := _lead_span(ps, texts, cited[w], k)) is not None:
                    sources.append(lead)
        also = {w: locator(ps, *p.repeats.get(w, [])) for w, ps in p.see_also.items()}
        see_also = [_span(ps, texts, also[w]) for w, ps in p.see_also.items()]
        see_also += [_span(ps, texts, also[w], k) for w in p.see_also for k, ps in enumerate(p.repeats.get(w, []), start=1)]
        note_text = "; ".join(_cite(w, cited[w]) for w in p.stakeholders) + "."
        if p.see_also:
            note_text += " See also " + "; ".join(_cite(w, also[w]) for w in p.see_also) + "."
        endnotes.append(SummaryEndnote(number=len(endnotes) + 1, text=note_text))
        sentence = SummarySentence(
            text=text, stakeholders=list(p.stakeholders), verb=p.reported.verb, act=p.act, sources=sources,
            see_also=see_also, endnote=len(endnotes), theme=p.theme,
        )
        words = count_words(text)
        if current_para is None or key != current_path or para_words + words > _PARAGRAPH_WORDS:
            number += 1
            current_para = SummaryParagraph(number=number, sentences=[])
            section.paragraphs.append(current_para)
            current_path, para_words = key, 0
        current_para.sentences.append(sentence)
        para_words += words
    if cycle >= 3:
        root.insert(0, SummarySection(label="I", title="Background", level=1, theme="background"))
        _renumber_with_intro(root, intro_sentences)
        intro_sentences = []
    present = {s.title for s in root}
    for step in placement.closing(cycle):
        if step.title not in present:
            root.append(SummarySection(label=step.label, title=step.title, level=1, theme=step.theme))
    root.sort(key=lambda s: _CLOSING_ORDER.get(s.theme or "", 0))
    renumber_sections(root)
    summary = Summary(
        symbol=f"A/HRC/WG.6/{options.session}/{code}/3" if options.session else None,
        country=code,
        country_name=country.name,
        session=options.session,
        cycle=cycle,
        # cycles 1-2: the cover's caption ("Summary prepared by the Office ...") is the title, the State below it
        title=country.name if cycle <= 2 else f"Summary of stakeholders’ submissions on {country.in_title}",
        introduction=intro_sentences,
        submission_count=submission_count(stakeholders),
        stakeholders=stakeholders,
        sections=root,
        endnotes=endnotes,
        word_count=0,
        word_limit=options.limit_words,
        not_included=list(skipped),
        warnings=list(options.extra_warnings),
    )
    cites_outcome = any(line.note == PREVIOUS_OUTCOME for line in intro)
    if options.previous_outcome and not cites_outcome:
        summary.warnings.append(
            ParseWarning(
                code="previous-outcome-unused",
                message=f"the previous review's outcome documents are cited from Working Group session 41 "
                f"(cycle 4) on; this cycle-{cycle} draft does not cite them",
            )
        )
    if cites_outcome and not options.previous_outcome:
        summary.warnings.append(
            ParseWarning(
                code="previous-outcome-missing",
                message="the endnote on the outcome of the previous review has no document symbols; pass them "
                "with --previous-outcome (e.g. 'A/HRC/43/15 and the addendum A/HRC/43/15/Add.1, and A/HRC/43/2')",
            )
        )
    summary.word_count = body_word_count(summary)
    return summary


def _renumber_with_intro(root: list[SummarySection], intro: list[SummarySentence]) -> None:
    """Cycles 3–4: the introduction is paragraph 1 under "I. Background"; the rest shift by one."""
    for section in root[1:]:
        for s in [section, *_descendants(section)]:
            for p in s.paragraphs:
                p.number += 1
    root[0].paragraphs.append(SummaryParagraph(number=1, sentences=intro))


def _descendants(section: SummarySection) -> list[SummarySection]:
    out: list[SummarySection] = []
    for s in section.sections:
        out.append(s)
        out.extend(_descendants(s))
    return out


def _section_for(path: list[HeadingStep], root: list[SummarySection], index: dict[tuple[str, ...], SummarySection]) -> SummarySection:
    siblings = root
    section: SummarySection | None = None
    for depth in range(len(path)):
        key = tuple(h.title for h in path[: depth + 1])
        section = index.get(key)
        if section is None:
            step = path[depth]
            section = SummarySection(label=step.label, title=step.title, level=depth + 1, theme=step.theme)
            siblings.append(section)
            index[key] = section
        siblings = section.sections
    if section is None:
        raise ValueError("a point without a heading path")
    return section


def renumber_sections(root: list[SummarySection]) -> None:
    """Renumber labelled headings by position among the siblings present, in the template's style
    (Roman numerals for chapters, capitals below them, Arabic numerals for themes); unlabelled stay so."""

    def walk(sections: list[SummarySection], level: int) -> None:
        n = 0
        for s in sections:
            if s.label:
                n += 1
                style = "arabic" if s.label.isdigit() else ("roman" if level == 1 else "upper")
                s.label = _numeral(n, style)
            walk(s.sections, level + 1)

    walk(root, 1)


def _numeral(n: int, style: str) -> str:
    if style == "roman":
        out = ""
        for v, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
            while n >= v:
                out, n = out + sym, n - v
        return out
    if style == "upper":
        return chr(ord("A") + n - 1)
    return str(n)


def body_word_count(summary: Summary) -> int:
    """Words of the body: title excluded; headings, introduction and paragraphs; endnotes excluded."""
    total = sum(count_words(s.text) for s in summary.introduction)
    for section in summary.iter_sections():
        total += count_words(section.heading)
        total += sum(count_words(p.text) for p in section.paragraphs)
    return total


ProgressHook = Callable[[str], None]
