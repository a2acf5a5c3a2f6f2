"""``uprkit summarize``: the whole drafting pipeline, from a folder of submissions to a :class:`Summary`.

read → passages (page, paragraph, offsets) → candidate points about the State, in reported speech →
merge the same point across stakeholders → place each under the cycle's outline → select within the word
limit → order, paragraphs, endnotes → introduction and stakeholder list. Each stage is a function of its
own module and can be run alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from uprkit import countries
from uprkit.classify.outlines import facet_of
from uprkit.errors import UprkitError
from uprkit.model import ParseWarning
from uprkit.summarize.answers import answer_pairs
from uprkit.summarize.candidates import UPR_REFERENCE, Point, points_of, proper_nouns
from uprkit.summarize.citing import endnote_text, lead_span, locator, source_span
from uprkit.summarize.credits import credited_subject, own_names
from uprkit.summarize.introduction import (
    PREVIOUS_OUTCOME,
    STAKEHOLDER_LIST,
    IntroSentence,
    introduction,
    previous_outcome_note,
)
from uprkit.summarize.layout import Placement, default_placement
from uprkit.summarize.merge import drop_near_repeats, merge_points
from uprkit.summarize.model import (
    NotIncluded,
    Summary,
    SummaryEndnote,
    SummaryParagraph,
    SummarySection,
    SummarySentence,
    SummaryStakeholder,
)
from uprkit.summarize.related import common_words, cross_reference
from uprkit.summarize.review_check import review_warnings
from uprkit.summarize.sections import (
    renumber_sections,
    renumber_with_intro,
    section_for,
)
from uprkit.summarize.select import NHRI_SHARE, count_words, priority, select_points
from uprkit.summarize.stakeholder_note import stakeholder_list_note
from uprkit.summarize.submissions import (
    Submission,
    load_submissions,
    submission_count,
)
from uprkit.summarize.verify import content_tokens

_KIND_ORDER = {"nhri": 0, "ngo": 1, "other": 1, "un": 1, "state": 1, "joint": 2, "regional": 3}
_PARAGRAPH_WORDS = 90
#: A submission's own heading ("Freedom of expression") places its points unless the classifier is this sure.
_TRUST_CLASSIFIER = 0.8
#: A recommendation placed with less confidence than this goes with the stakeholder's facts on the same matter,
#: where they hold this share of its words (see _anchor_recommendations).
_ANCHOR_BELOW = 0.5
_ANCHOR_COVER = 0.55
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
                self_names=own_names(st, sub.document.text),
            )
        )
    subjects = {st.abbreviation: st.abbreviation for st in stakeholders}
    points = drop_near_repeats(merge_points(points, subjects, frame=(state, code)), frame=(state, code))
    points = cross_reference(points, frame=(state, code, *subjects), apart=accredited if nhri_section else (),
                             proper=proper)
    # each point on its own: a paragraph of a submission may run through several topics (a list of
    # recommendations on consecutive lines), so its sentences are not placed together
    themes = placement.classify([p.source_text for p in points], cycle, groups=[p.stakeholders[0] for p in points])
    for p, (theme, confidence) in zip(points, themes, strict=True):
        p.theme, p.confidence = theme, confidence
        own = submission_heading_theme(p, by_abbreviation.get(p.stakeholders[0]))
        if own is not None and own != theme and confidence < _TRUST_CLASSIFIER:
            p.theme, p.confidence = own, max(confidence, _HEADING_PRIOR)  # the submission's own heading says it
    _anchor_recommendations(points, (state, code, *subjects))
    _request_with_its_finding(points)
    # each recommendation and the finding it answers, which the word limit keeps or cuts together (placing the
    # recommendation under its finding's heading too took the round trip's heading from 0.631 to 0.625: the
    # published summaries file many a recommendation by its own matter)
    pairs = answer_pairs(points, (state, code, *subjects, *(n for st in stakeholders for n in own_names(st))))
    for p in points:
        if nhri_section and p.stakeholders[0] in accredited:
            p.theme = "nhri"  # the accredited NHRI has its own section from cycle 2 on
        elif p.theme:
            # "Institutional infrastructure and policy measures" apart from the legislative framework, "Internally
            # displaced persons" apart from refugees: by the point's words, or else its submission's heading
            heading = p.passages[p.stakeholders[0]][0].heading or ""
            p.facet = facet_of(p.theme, p.source_text, default=False) or facet_of(p.theme, heading, heading=True)

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
        path = placement.path(p.theme or "", cycle, nhri_section, p.facet)
        return tuple(h.title for h in path), tuple(count_words(h.title) + 1 for h in path)

    chosen = select_points(
        points, budget=budget, point_words=lambda p: p.words(p.stakeholders[0]) + 1, heading_words=heading_cost,
        # the accredited institution's section is one stakeholder's: it may first fill its share of the limit
        reserved=dict.fromkeys(sorted(accredited), NHRI_SHARE / len(accredited)) if nhri_section else None,
        partners=pairs,
    )
    names = {st.abbreviation: st for st in stakeholders}
    texts = {sub.file: sub.document.text for sub in ordered}  # offsets of every span are into these
    state_abbreviations = _state_abbreviations(texts.values(), country)
    while True:
        summary = _assemble(
            chosen, options, country, cycle, stakeholders, names, intro, placement, skipped, texts,
            frozenset(accredited) if nhri_section else frozenset(), pairs, state_abbreviations,
        )
        if options.limit_words is None or summary.word_count <= options.limit_words or not chosen:
            summary.warnings.extend(
                ParseWarning(code="text-not-drafted", message=f"{sub.file} ({sub.stakeholder.abbreviation}): {why}")
                for sub in subs for why in sub.left_out
            )
            summary.warnings.extend(w for sub in subs for w in sub.warnings)
            summary.warnings.extend(review_warnings(
                list({sub.file: sub.document.text for sub in subs}.items()), country, options.session
            ))
            summary.warnings.extend(_uncited(summary, points))
            summary.warnings.extend(_unlocated(summary))
            return summary
        chosen.remove(min(chosen, key=lambda p: (priority(p), -p.order[1])))


def _anchor_recommendations(points: list[Point], names: Sequence[str]) -> None:
    """A recommendation the classifier places with little confidence goes where the stakeholder's own facts on
    the same matter are placed, as OHCHR files a recommendation with what it answers: "Put in place a moratorium
    on mass evictions until legal safeguards are in place" (0.56 "Scope of international obligations", for
    "international human rights standards") beside the stakeholder's findings on the evictions. The facts are
    the stakeholder's concerns and observations that hold at least :data:`_ANCHOR_COVER` of the recommendation's
    content words (weighed by how rare they are in UPR texts), at least two of them; the one holding most, and
    placed with more confidence, gives the theme."""
    common = common_words()
    rare = max(common.values(), default=1.0)
    extra = frozenset(names)

    def weights(p: Point) -> dict[str, float]:
        out: dict[str, float] = {}
        for word, s in content_tokens(p.source_text, extra=extra):
            if not s[:1].isdigit():
                out[s] = max(out.get(s, 0.0), common.get(word.lower(), rare))
        return out

    facts: dict[str, list[tuple[Point, dict[str, float]]]] = defaultdict(list)
    for p in points:
        if p.act != "recommendation" and p.theme and len(p.stakeholders) == 1:
            facts[p.stakeholders[0]].append((p, weights(p)))
    for p in points:
        if p.act != "recommendation" or p.confidence >= _ANCHOR_BELOW or not facts.get(p.stakeholders[0]):
            continue
        asked = weights(p)
        total = sum(asked.values())
        best: tuple[float, Point] | None = None
        for fact, said in facts[p.stakeholders[0]]:
            shared = asked.keys() & said.keys()
            cover = sum(asked[w] for w in shared) / total if total else 0.0
            if len(shared) >= 2 and cover >= _ANCHOR_COVER and fact.confidence > p.confidence and (
                best is None or cover > best[0]
            ):
                best = (cover, fact)
        if best is not None and best[1].theme != p.theme:
            p.theme = best[1].theme


def _recommendations_cited(p: Point) -> str:
    """The earlier recommendations the point's words pointed to in brackets, as the endnote gives them:
    "A/HRC/34/10, paras. 115.88, 117.23 and 115.1" (the brackets are left out of the drafted sentence)."""
    found: dict[str, list[str]] = {}
    for passages in p.passages.values():
        for passage in passages:
            for m in UPR_REFERENCE.finditer(passage.text):
                paras = found.setdefault(m.group("symbol"), [])
                paras += [n for n in re.findall(r"\d{1,3}\.\d{1,3}", m.group("paras")) if n not in paras]
    parts = []
    for symbol, paras in found.items():
        listed = paras[0] if len(paras) == 1 else ", ".join(paras[:-1]) + " and " + paras[-1]
        parts.append(f"{symbol}, {'para.' if len(paras) == 1 else 'paras.'} {listed}")
    return "; ".join(parts)


def _state_abbreviations(texts: Iterable[str], country: countries.Country) -> frozenset[str]:
    """The abbreviations the submissions give the State's government: "the Royal Government of Cambodia (RGC)",
    "the Government of Uganda (GoU)"."""
    names = "|".join(re.escape(n) for n in {country.name, country.in_prose, *country.aliases} if n)
    pattern = re.compile(
        rf"\b(?:Royal\s+)?Government\s+of\s+(?:the\s+)?(?:{names})\s*\((?P<abbr>[A-Z][A-Za-z]{{1,5}})\)"
        # a list of abbreviations: "Abbreviations: GoM – Government of Malaysia; NRD – …"
        rf"|\b(?P<listed>[A-Z][A-Za-z]{{1,5}})[ \t]*[–—:=-][ \t]*(?:the\s+)?(?:Royal\s+)?Government\s+of\s+(?:the\s+)?(?:{names})\b"
    )
    return frozenset(m.group("abbr") or m.group("listed") for text in texts for m in pattern.finditer(text))


def _state_named(text: str, abbreviations: frozenset[str]) -> str:
    """``text`` with the government's abbreviation written out as the summaries write it: "the RGC" / "GoU" → "the
    Government", its definition in brackets left out ("… the Government of Uganda (GoU) supported …": the
    drafted "the RGC" came before its definition, and "GoU" was never written out; an officer's reviews of the
    Cambodian and Ugandan sets). ``verify`` accepts "Government" as a word of the frame."""
    for abbr in abbreviations:
        text = re.sub(rf"\s*\({re.escape(abbr)}\)", "", text)
        text = re.sub(
            rf"\b(?:[Tt]he\s+)?{re.escape(abbr)}\b(?=['’]s\b|(?!['’]))",  # "the GoM's own figures" too
            lambda m: "The Government" if not m.string[: m.start()].strip() or m.string[: m.start()].rstrip().endswith(
                (".", "!", "?")) else "the Government",
            text,
        )
    return text


def _request_with_its_finding(points: list[Point]) -> None:
    """A request cut from the finding it followed in one sentence ("… were still waiting for justice, and the
    Coalition calls on Peru to provide them with comprehensive reparations") goes under that finding's heading:
    its "them" is the finding's women (an officer's review: the request stood under another heading, before it)."""
    at: dict[tuple[str, int], Point] = {}
    for p in points:
        for passage in p.passages[p.stakeholders[0]]:
            at[(passage.file, passage.index)] = p
    for p in points:
        first = p.passages[p.stakeholders[0]][0]
        before = at.get((first.file, first.index - 1))
        if (p.act == "recommendation" and not first.in_list and first.text[:1].islower() and before is not None
                and before is not p and before.act != "recommendation" and before.theme):
            p.theme = before.theme


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
    sectioned: frozenset[str],
    partners: dict[int, Point],
    state_abbreviations: frozenset[str],
) -> Summary:
    """The summary of the ``chosen`` points; ``sectioned``: the accredited institutions that have a section of
    their own (none before cycle 2), starred in the stakeholder list; ``partners``: each recommendation and the
    finding it answers (:func:`uprkit.summarize.answers.answer_pairs`); ``state_abbreviations``: the government's
    abbreviations the submissions define ("GoU"), written "the Government"."""
    nhri_section = bool(sectioned)
    code, state = country.iso3, country.in_prose
    endnotes: list[SummaryEndnote] = []
    intro_sentences: list[SummarySentence] = []
    for line in intro:
        note = None
        if line.note is not None:
            note = len(endnotes) + 1
            text = (
                stakeholder_list_note(stakeholders, cycle, starred=sectioned)
                if line.note == STAKEHOLDER_LIST
                else previous_outcome_note(state, options.previous_outcome)
            )
            endnotes.append(SummaryEndnote(number=note, text=text))
        intro_sentences.append(
            SummarySentence(text=line.text, stakeholders=[], verb="", act="observation", sources=[], endnote=note)
        )
    ordered = sorted(chosen, key=lambda p: (placement.rank(p.theme or "", cycle, nhri_section, p.facet), p.order))
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
        path = placement.path(p.theme or "", cycle, nhri_section, p.facet)
        section = section_for(path, root, index)
        key = tuple(h.title for h in path)
        credited_here = credited.setdefault(key, set())
        if p.reported.also and not set(p.stakeholders) <= credited_here:
            # "PAPF also encouraged …" as the first word of PAPF under its heading: "also" after nothing
            p = replace(p, reported=replace(p.reported, also=False))
        credited_here.update(p.stakeholders)
        subject = credited_subject(p.stakeholders, names, mentioned, options.first_mention_names)
        reported = p.reported
        # a long paragraph is cut, but not between a finding and the recommendation answering it (an officer's
        # review of drafts at 2,000 words)
        answers = previous is not None and partners.get(id(p)) is previous
        if reported.contrast and not (key == current_path and previous is not None and _follows(previous, p)):
            reported = replace(reported, contrast="")  # "however" with what it contrasts with elsewhere, or left out
        text = _state_named(" ".join([reported.sentence(subject), *p.continuation]), state_abbreviations)
        previous = p
        text = text[:1].upper() + text[1:]
        cited = {w: locator(p.passages[w], *p.repeats.get(w, [])) for w in p.stakeholders}
        sources = [source_span(p.passages[w], texts, cited[w]) for w in p.stakeholders]
        sources += [lead for w in p.stakeholders if (lead := lead_span(p.passages[w], texts, cited[w])) is not None]
        for w in p.stakeholders:
            for k, ps in enumerate(p.repeats.get(w, []), start=1):
                sources.append(source_span(ps, texts, cited[w], k))
                if (lead := lead_span(ps, texts, cited[w], k)) is not None:
                    sources.append(lead)
        also = {w: locator(ps, *p.repeats.get(w, [])) for w, ps in p.see_also.items()}
        see_also = [source_span(ps, texts, also[w]) for w, ps in p.see_also.items()]
        see_also += [source_span(ps, texts, also[w], k) for w in p.see_also for k, ps in enumerate(p.repeats.get(w, []), start=1)]
        note_text = "; ".join(endnote_text(w, cited[w]) for w in p.stakeholders) + "."
        if (refs := _recommendations_cited(p)):
            note_text += f" For relevant recommendations see {refs}."
        if p.see_also:
            note_text += " See also " + "; ".join(endnote_text(w, also[w]) for w in p.see_also) + "."
        endnotes.append(SummaryEndnote(number=len(endnotes) + 1, text=note_text))
        sentence = SummarySentence(
            text=text, stakeholders=list(p.stakeholders), verb=p.reported.verb, act=p.act, sources=sources,
            see_also=see_also, endnote=len(endnotes), theme=p.theme,
        )
        words = count_words(text)
        too_long = para_words + words > _PARAGRAPH_WORDS and not answers
        if current_para is None or key != current_path or too_long:
            number += 1
            current_para = SummaryParagraph(number=number, sentences=[])
            section.paragraphs.append(current_para)
            current_path, para_words = key, 0
        current_para.sentences.append(sentence)
        para_words += words
    if cycle >= 3:
        root.insert(0, SummarySection(label="I", title="Background", level=1, theme="background"))
        renumber_with_intro(root, intro_sentences)
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


def body_word_count(summary: Summary) -> int:
    """Words of the body: title excluded; headings, introduction and paragraphs; endnotes excluded."""
    total = sum(count_words(s.text) for s in summary.introduction)
    for section in summary.iter_sections():
        total += count_words(section.heading)
        total += sum(count_words(p.text) for p in section.paragraphs)
    return total


ProgressHook = Callable[[str], None]
