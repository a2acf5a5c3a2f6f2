"""Statements inside a paragraph: who is credited, with which reporting verb, and what kind of act."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from uprkit.layout.clean import CleanText
from uprkit.model import Endnote, Stakeholder, Statement
from uprkit.parse.stakeholders import (
    Mention,
    MentionFinder,
    StakeholderRegistry,
    guess_kind,
    mention_finder,
    promote,
)

_ADVERBS = (
    r"(?:\s+(?:also|further|furthermore|additionally|similarly|likewise|however|strongly|particularly|specifically|"
    r"again|previously|already|therefore|thus|moreover|notably|explicitly|repeatedly|expressly|equally|"
    r"inter alia|in addition|in particular|in this regard|in that regard|in this connection|consequently|"
    r"nevertheless|still|jointly|both|all|themselves|itself))*"
)
_PRONOUN = re.compile(
    r"^(?:(?:However|Further(?:more)?|Moreover|In addition|Additionally|Also|Similarly|Likewise),\s+)?"
    r"(?P<pro>It|They|She|He|The (?:organi[sz]ation|submission|institution|coalition|NGO|authors|Ombudsman|Commissioner|"
    r"Office|Committee|Commission|network|group|joint submission|institute|centre|center|association|foundation|council))"
)
_STOP_SUBJECTS = re.compile(
    r"^(?:the\s+)?(?:government|state|authorities|country|court|courts|law|laws|constitution|parliament|police|"
    r"president|ministry|minister|committee|special rapporteur|working group|independent expert|high commissioner|"
    r"human rights council|council|united nations|un|officials?|women|men|children|it|they|this|these|those|such|"
    r"several|many|some|most|numerous|various|other|all|stakeholders?|submissions?|contributions?|reports?|"
    r"information|there|here|one|two|three|no|none|each|both|sources?|organizations|organisations|ngos|"
    r"civil society|experts|observers|members|particular attention|attention|criticism|concern|concerns|"
    r"the\s+\w+\s+court|supreme court|constitutional court)\b",
    re.I,
)
_ABBREVS = {"p.", "pp.", "para.", "paras.", "No.", "no.", "Nos.", "e.g.", "i.e.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.",
            "art.", "Art.", "arts.", "vol.", "Vol.", "etc.", "cf.", "Inc.", "Ltd.", "Co.", "Jr.", "Corr.", "Add.", "Rev.",
            "U.S.", "U.N.", "approx.", "fig.", "ch.", "chap.", "sect.", "Prof.", "op.", "cit.", "al."}


@lru_cache(maxsize=1)
def _verbs() -> tuple[re.Pattern[str], dict[str, str]]:
    text = resources.files("uprkit").joinpath("data/reporting_verbs.tsv").read_text(encoding="utf-8")
    acts: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, act = line.split("\t")[:2]
        acts.setdefault(phrase.strip(), act.strip())
    alts = sorted(acts, key=len, reverse=True)
    rx = re.compile(r"(?P<verb>" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts) + r")\b")
    return rx, acts


@lru_cache(maxsize=1)
def _of_phrase() -> re.Pattern[str]:
    """" of the Organization for Security and Co-operation in Europe (OSCE)" between a subject and its verb."""
    return re.compile(r"^\s+(?:of|at|in) the [A-Z][^,;.]{0,160}?(?=\s+(?:also\s+)?" + _verbs()[0].pattern + ")")


def verb_act(verb: str) -> str:
    return _verbs()[1].get(re.sub(r"\s+", " ", verb), "observation")


_SENTENCE_END = re.compile(r"[.!?](?:[”’\"')\]]*)\s+(?=[A-Z“\"‘(\d])")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges in ``text`` (no model: punctuation, capitals and a list of abbreviations)."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        tail = text[start : m.start() + 1].rsplit(None, 1)  # the last word (the segment ends in non-space)
        word = tail[-1] if tail else ""
        if word in _ABBREVS or _INITIALS.fullmatch(word):
            continue
        seg_end = m.end() - (len(m.group()) - len(m.group().rstrip()))
        if seg_end - start > 1:
            out.append((start, seg_end))
        start = end
    if start < len(text) and text[start:].strip():
        out.append((start, len(text.rstrip())))
    return out


#: a name in title case ("Commissioner for Human Rights", "Center for Global Nonkiling")
_TITLE_NAME = r"[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|the|and|on|to|in|against|de|des|du|la|le|et|y))*"
#: between two stakeholders of one subject: "JS1, JS2 and", "AI (", "JS2 and the Commissioner for Human Rights (" (a
#: full name the finder does not know, before the abbreviation it is given)
_COORD = re.compile(
    r"^\s*\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+as well as\s+|\s*\(\s*)(?:the\s+)?"
    r"(?:" + _TITLE_NAME + r"\s*\(\s*)?$"
)
_PAREN = re.compile(r"^\s*,\s*(?:while|whilst|although|though|as well as|in (?:its|their)|citing|referring|quoting|"
                    r"in line with|echoing|sharing|like|with|on behalf|among|for its part|for their part)[^,]{0,160},")
_INTRO = re.compile(
    r"^(?:(?:However|Furthermore|Further|Moreover|In addition|Additionally|Also|Similarly|Likewise|Meanwhile|Nevertheless|"
    r"In this (?:regard|connection|context)|In that (?:regard|connection|context)|Consequently|Finally|Lastly|"
    r"In (?:19|20)\d\d|On \d{1,2} \w+ (?:19|20)\d\d|In \w+ (?:19|20)\d\d|Since (?:19|20)\d\d|As of (?:19|20)\d\d),?\s+)+"
)


#: "The authors of JS4 noted", "the authors of joint submission 6 recommended": the stakeholder is the subject
_AUTHORS_OF = re.compile(r"\b(?:authors?|members?|partners?|contributors?|signatories) of\s+(?:the\s+)?$", re.I)


def _credit(sentence: str, mentions: list[Mention]) -> tuple[list[str], str | None, int | None]:
    """(credited abbreviations, verb, verb position) for one sentence, from known mentions."""
    verbs_rx, _ = _verbs()
    i = 0
    while i < len(mentions):
        group = [mentions[i]]
        j = i + 1
        while j < len(mentions) and _COORD.match(sentence[group[-1].end : mentions[j].start]):
            group.append(mentions[j])
            j += 1
        tail = sentence[group[-1].end :]
        tail = re.sub(r"^\s*\)", "", tail)
        # "ATD Fourth World (ATDFW) recommended": an abbreviation the finder does not know, in brackets
        tail = re.sub(r"^\s*\([A-Z][\w/&.-]{1,15}\)", "", tail)
        # "ODIHR of the Organization for Security and Co-operation in Europe (OSCE) recommended"
        of_m = _of_phrase().match(tail)
        if of_m:
            tail = tail[of_m.end() :]
        pm = _PAREN.match(tail)
        if pm:
            tail = tail[pm.end() :]
        tail_m = re.match(_ADVERBS + r"\s*,?\s*" + _ADVERBS + r"\s*(?:(?:had|has|have)\b" + _ADVERBS + r"\s*)?", tail)
        rest = tail[tail_m.end() :] if tail_m else tail
        vm = verbs_rx.match(rest)
        head = sentence[: group[0].start]
        if vm and (not re.search(r"\b(?:by|of|to|from|with|for|at)\s+(?:the\s+)?$", head) or _AUTHORS_OF.search(head)):
            return _dedupe([m.abbreviation for m in group]), re.sub(r"\s+", " ", vm.group("verb")), group[0].start
        bracketed = next((k for k in range(1, len(group)) if re.search(r"\(\s*$", sentence[group[k - 1].end : group[k].start])
                          and group[k].abbreviation != group[k - 1].abbreviation), None)
        if vm and bracketed is not None:
            # "The Venice Commission of the Council of Europe (CoE-VC) recommended": the brackets name the subject
            # (not "… of the International Labour Organization (ILO)", which only abbreviate the name before them)
            return _dedupe([m.abbreviation for m in group[bracketed:]]), re.sub(r"\s+", " ", vm.group("verb")), group[0].start
        if re.search(r"\b(?:According to|As (?:noted|stated|reported|indicated) by|In the view of|In the opinion of)\s+(?:the\s+)?$", head, re.I):
            return _dedupe([m.abbreviation for m in group]), "according to", group[0].start
        i = j
    return [], None, None


def _dedupe(items: list[str]) -> list[str]:
    out: list[str] = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


# "Several stakeholders recommended …", "It was recommended that …", "Other stakeholders made similar
# recommendations.": credited to the sources the sentence's own endnotes cite
_COLLECTIVE = re.compile(
    r"^(?:(?:However|Furthermore|Moreover|In addition|Additionally|Also|Similarly|Likewise|In this regard|In that regard),?\s+)?"
    r"(?:(?P<group>(?:Several|Many|Numerous|Some|Various|Other|Most|Multiple|A number of|A few|A majority of|"
    r"The majority of|Two|Three|Four|Five|Six|Both|All)\s+"
    r"(?:of the\s+)?(?:other\s+)?(?:stakeholders|submissions|contributions|joint submissions|organi[sz]ations|NGOs|"
    r"civil society organi[sz]ations|sources|contributors|stakeholders’ submissions)|Others)"
    r"|(?P<it>It was)|(?=Similar\s))"
)


def _collective_verb(sentence: str) -> str | None:
    """The verb of a sentence whose subject is a group or no one ("Several stakeholders noted", "It was
    recommended that", "Similar recommendations were made"), or None."""
    m = _COLLECTIVE.match(sentence)
    if not m:
        return None
    rest = sentence[m.end() :]
    if not m.group("group") and not m.group("it"):
        rest = rest[:1].lower() + rest[1:]  # "Similar recommendations were made …" is a phrase of the verb list
    tm = re.match(_ADVERBS + r"\s*,?\s*(?:(?:had|has|have)\b" + _ADVERBS + r")?\s*", rest)
    rest = rest[tm.end() :] if tm else rest
    vm = _verbs()[0].match(rest)
    if vm is None:
        return None
    verb = re.sub(r"\s+", " ", vm.group("verb"))
    after = rest[vm.end() :]
    if m.group("it") and not (
        re.match(r"\s*,?\s*that\b", after) or (verb_act(verb) == "recommendation" and re.match(r"\s+to\b", after))
    ):
        return None  # "It was presented to parliament" is about a thing, not an impersonal "It was noted that …"
    return verb


_UNKNOWN_SUBJECT = re.compile(
    r"(?P<np>(?:The\s+)?[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|\d{1,4}|of|for|the|and|on|to|against|in|de|des|du|la|le|et|y))*?)"
)


def _unknown_subject(sentence: str) -> tuple[str, str, int] | None:
    """A capitalised subject at the start of a sentence followed by a reporting verb ("Forum 18 noted")."""
    verbs_rx, _ = _verbs()
    intro = _INTRO.match(sentence)
    pos = intro.end() if intro else 0
    m = _UNKNOWN_SUBJECT.match(sentence, pos)
    if not m:
        return None
    np_text = m.group("np")
    # grow the NP word by word until a verb follows
    words = re.finditer(r"\S+", sentence[pos:])
    acc_end = pos
    for k, w in enumerate(words):
        if k >= 7:
            break
        token = w.group()
        if k > 0 and not (token[:1].isupper() or token[:1].isdigit() or token in ("of", "for", "and", "the", "on", "to", "against")):
            break
        acc_end = pos + w.end()
        np_text = sentence[pos:acc_end]
        rest = sentence[acc_end:]
        tm = re.match(_ADVERBS + r"\s+", rest)
        after = rest[tm.end() :] if tm else rest.lstrip()
        vm = verbs_rx.match(after)
        if vm and not np_text.endswith((",", ";")):
            cleaned = np_text.strip(" ,;:")
            if _STOP_SUBJECTS.match(cleaned) or cleaned.split()[-1].lower() in ("of", "for", "and", "the"):
                return None
            if any(ch.isdigit() for ch in cleaned) and not re.search(r"[A-Za-z]{3,}", cleaned):
                return None
            name = re.sub(r"^The\s+", "", cleaned) if not cleaned.startswith("The ") or len(cleaned.split()) <= 1 else cleaned
            return name, re.sub(r"\s+", " ", vm.group("verb")), pos
    return None


_UN_BODY = re.compile(
    r"^(?:the\s+)?(?:(?:Committee|Subcommittee|Working Group|Special Rapporteurs?|Independent Experts?|Special Representative|"
    r"Expert Mechanism|High Commissioner|Secretary-General|Human Rights Committee|United Nations country team|"
    r"United Nations|country team|Group of Experts|Special Envoy|Special Adviser|Office of the United Nations|"
    r"Permanent Forum|Human Rights Council|Commission of Inquiry|Fact-finding mission|Mission)\b|"
    r"(?:UNHCR|UNICEF|UNESCO|UNFPA|UNDP|UNODC|UN-Women|UN Women|ILO|WHO|OHCHR|IOM|UNAIDS|FAO|WFP|UNRWA|UNEP|UN-Habitat|"
    r"UNMIK|UNAMA|UNAMI|UNMISS|MONUSCO|MINUSMA|CEDAW|CERD|CRC|CESCR|CRPD|CMW|CED|SPT|CAT|HR Committee)\b)",
    re.I,
)


def _un_body_subject(sentence: str) -> tuple[str, str] | None:
    """(body, verb) where a UN body is the subject of a reporting verb ("The Committee against Torture noted")."""
    verbs_rx, _ = _verbs()
    intro = _INTRO.match(sentence)
    pos = intro.end() if intro else 0
    according = re.match(r"According to\s+", sentence[pos:])
    if according:
        pos += according.end()
    if not _UN_BODY.match(sentence, pos):
        return None
    for vm in verbs_rx.finditer(sentence, pos):
        subject = sentence[pos : vm.start()].strip()
        if according:
            subject = re.split(r",", subject)[0]
        elif re.search(r"[,;:]|\bthat\b|\bwhich\b", subject):
            return None
        subject = re.sub(_ADVERBS + r"\s*$", "", " " + subject).strip()
        if not subject or len(subject.split()) > 30:
            return None
        if not vm.group("verb")[:1].islower():
            continue
        body = re.sub(r"^the\s+", "", subject, flags=re.I)
        body = re.sub(r"\s+", " ", body)
        return body[:1].upper() + body[1:], ("according to" if according else re.sub(r"\s+", " ", vm.group("verb")))
    return None


def _named_in_full(registry: StakeholderRegistry, short: str) -> str:
    """The UN body "The Committee", "The Mission" stands for: the latest one whose abbreviation, or else whose
    name, has it as a word ("mission" is no word of "Commissioner")."""
    word = re.compile(r"\b" + re.escape(short.lower()) + r"\b")
    bodies = [st for st in reversed(registry.stakeholders) if st.kind == "un" and st.abbreviation != short]
    for st in bodies:
        if word.search(st.abbreviation.lower()):
            return st.abbreviation
    for st in bodies:
        if st.name and word.search(st.name.lower()):
            return st.abbreviation
    return short


def split_statements(
    clean: CleanText,
    registry: StakeholderRegistry,
    endnotes: dict[int, Endnote],
    kind: str,
    finder: MentionFinder | None = None,
) -> list[Statement]:
    text = clean.text
    if kind in ("wg_report", "wg_report_addendum"):
        # Working Group reports credit States, not stakeholders: their recommendations are parsed separately
        return _plain_statements(clean, endnotes)
    finder = finder or mention_finder(registry)
    statements: list[Statement] = []
    cur: dict[str, object] | None = None
    for a, b, lo, hi in _clauses(text, clean.markers, finder):
        sent = text[a:b]
        notes = [n for pos, n in clean.markers if lo < pos <= hi]
        # a clause cut from its sentence ("and ZimRights reported …") is read without its conjunction
        conj = re.match(r"(?:and|while|whereas)\s+", sent)
        reading = sent[conj.end() :][:1].upper() + sent[conj.end() + 1 :] if conj else sent
        sources, verb, own_start, finder = _read_credit(reading, notes, endnotes, registry, finder, statements, kind)
        if own_start and not sources and statements and _orphan(statements[-1]):
            # "Despite a law, cases increased. Several submissions highlighted …[146]": one passage, one endnote
            own_start = False
            if statements[-1].verb is None:
                statements[-1].verb, statements[-1].act = verb, _act(verb, sent)  # type: ignore[assignment]
        if sources or own_start or cur is None:
            act = _act(verb, sent)
            st = Statement(text=sent, start=0, end=0, sources=sources, verb=verb, act=act, endnotes=notes)  # type: ignore[arg-type]
            st.start, st.end = clean.span(a, b)
            st.text = sent
            statements.append(st)
            cur = {"a": a}
        else:
            st = statements[-1]
            st.text = text[int(cur["a"]) : b]  # type: ignore[call-overload]
            st.end = clean.span(a, b)[1]
            st.endnotes.extend(notes)
            if st.act == "observation" and verb is None and re.search(r"\bshould\b", sent) and st.verb in (None, "according to"):
                st.act = "recommendation"
    # markers after the last sentence's end (e.g. after a closing quote)
    if statements:
        last_end = len(text)
        tail_notes = [n for pos, n in clean.markers if pos > last_end]
        statements[-1].endnotes.extend(n for n in tail_notes if n not in statements[-1].endnotes)
    for st in statements:
        if not st.sources:
            st.sources = _sources_from_notes(st.endnotes, endnotes)
    pairs = zip(statements, statements[1:], strict=False) if kind == "stakeholder_summary" else iter(())
    for opening, next_one in pairs:
        if not opening.sources and not opening.endnotes:
            # "JS6 was particularly concerned by …. It stated that …[78]": a sentence opening with a stakeholder
            # and a verb not known as a reporting verb, carried by the endnote of the next sentence, which
            # credits that stakeholder too
            opener = _OPENER.match(opening.text)
            first = next(iter(finder.find(opening.text)), None)
            if opener and first is not None and first.start == opener.end() and first.abbreviation in next_one.sources:
                opening.sources = [first.abbreviation]
    return statements


#: what joins a reporting clause to the note marker before it: "…consultation54 and ZimRights reported",
#: "…framework107, CoE-ACFC called on", "…obligations86, while ADFI expressed"
_CLAUSE_JOIN = re.compile(r"(?P<punct>\s*[,;])?\s*(?P<conj>(?:and|while|whereas)\s+)?")


def _clauses(text: str, markers: list[tuple[int, int]], finder: MentionFinder) -> list[tuple[int, int, int, int]]:
    """(start, end, lo, hi) of each sentence, the markers lo < position <= hi being its own; a sentence is cut
    after a note marker followed by "and", "while" or a comma or semicolon and a reporting clause of its own
    ("…without consultation54 and ZimRights reported that vendors had been beaten.55"). The first part keeps the
    comma, the second starts with the conjunction: joined with a space they are the sentence."""
    inner = sorted({pos for pos, _ in markers})
    out: list[tuple[int, int, int, int]] = []
    for a, b in split_sentences(text):
        start, lo = a, a
        for pos in inner:
            if not start < pos < b:
                continue
            join = _CLAUSE_JOIN.match(text, pos)
            assert join is not None
            if not (join.group("punct") or join.group("conj") or text[pos - 1] in ",;") or join.end() >= b:
                continue  # "…framework107, CoE-ACFC" or "…framework,107 CoE-ACFC"
            end = join.end("punct") if join.group("punct") else pos
            while end > start and text[end - 1].isspace():
                end -= 1
            following = join.start("conj") if join.group("conj") else join.end()
            if not (_opens_clause(text[start:end], finder) and _opens_clause(text[join.end() : b], finder)):
                continue  # not "JS2 30 and JS1 31 noted" (notes on each name of one subject), "Noting …95, CoE-GREVIO"
            out.append((start, end, lo, pos))
            start, lo = following, pos
        out.append((start, b, lo, b + 1))
    return out


def _opens_clause(clause: str, finder: MentionFinder) -> bool:
    """Whether a clause opens with its own subject and reporting verb ("ZimRights reported", "the Commissioner
    for Human Rights (CoE-Commissioner) recommended", "several stakeholders noted")."""
    sources, _, at = _credit(clause, finder.find(clause))
    if sources and at is not None and _CLAUSE_HEAD.fullmatch(clause[:at]):
        return True
    capitalised = clause[:1].upper() + clause[1:]
    pron = _PRONOUN.match(capitalised)
    if pron:
        tail = re.match(_ADVERBS + r"\s*", capitalised[pron.end() :])
        return _verbs()[0].match(capitalised[pron.end() + (tail.end() if tail else 0) :]) is not None
    return _collective_verb(capitalised) is not None or _unknown_subject(capitalised) is not None


def _read_credit(
    sentence: str,
    notes: list[int],
    endnotes: dict[int, Endnote],
    registry: StakeholderRegistry,
    finder: MentionFinder,
    statements: list[Statement],
    kind: str,
) -> tuple[list[str], str | None, bool, MentionFinder]:
    """(credited stakeholders, verb, whether it starts a statement of its own without them, the mention finder
    as it now is) for one sentence or clause, given its own endnotes and the statements before it."""
    mentions = finder.find(sentence)
    sources, verb, at = _credit(sentence, mentions)
    # a statement of its own though no stakeholder is its subject: a group, no one, or a stakeholder the list
    # does not know by that name, whose own endnotes cite others than the statement before
    own_start = False
    coll_verb = _collective_verb(sentence)
    if coll_verb is not None and (not sources or (at or 0) > sentence.find(coll_verb.split()[0])):
        # "Several stakeholders deplored …" before a later "JS3 also denounced" the sentence split missed
        sources, verb, own_start = [], coll_verb, kind == "stakeholder_summary"
    if sources:
        sources = [promote(registry, s) for s in sources]
    if not sources and not own_start and kind in ("stakeholder_summary", "submission", "unknown"):
        unk = _unknown_subject(sentence)
        if unk is not None:
            name, verb_u, _ = unk
            resolved = registry.resolve(name, fuzzy=False)
            if resolved is None and not registry.has_list:
                registry.add(Stakeholder(abbreviation=name, name=None, kind=guess_kind(name, name), origin="text"))  # type: ignore[arg-type]
                resolved = name
                finder = mention_finder(registry)
            if resolved is not None:
                sources, verb = [resolved], verb_u
            elif statements and not _PRONOUN.match(sentence) and _cites_others(notes, endnotes, statements[-1]):
                # "Defence for Children International recommended …[100]": a name the list gives otherwise
                verb, own_start = verb_u, True
    if not sources and kind == "compilation":
        body = _un_body_subject(sentence)
        if body is not None:
            name, verb = body
            if len(name.split()) <= 3:
                # "The Committee", "The country team": the body named in full just before
                name = _named_in_full(registry, name)
            if registry.get(name) is None:
                registry.add(Stakeholder(abbreviation=name, name=name, kind="un", origin="text"))
            sources = [name]
    pron = _PRONOUN.match(sentence) if not sources and verb is None else None
    if pron and statements and not _open_group(statements[-1]):
        tail = sentence[pron.end() :]
        tm = re.match(_ADVERBS + r"\s+", tail)
        after = tail[tm.end() :] if tm else tail.lstrip()
        vm = _verbs()[0].match(after)
        if vm:
            prev_sources = list(statements[-1].sources)
            own = _sources_from_notes(notes, endnotes)
            if own and not set(own) & set(prev_sources):
                # "It noted…" right before an endnote citing someone else: the note settles who "it" is
                prev_sources = own
            if prev_sources:
                sources, verb = prev_sources, re.sub(r"\s+", " ", vm.group("verb"))
    if not sources and verb is None and statements and kind == "stakeholder_summary":
        # "AI conducted a survey in 2023 that revealed …[88]": opens with a stakeholder its own endnote cites
        openers = _opening_stakeholders(sentence, mentions)
        if openers and set(openers) <= set(_sources_from_notes(notes, endnotes)) and _cites_others(
            notes, endnotes, statements[-1]
        ):
            sources = [promote(registry, s) for s in openers]
    return sources, verb, own_start, finder


def _orphan(st: Statement) -> bool:
    """A statement with no subject, no verb and no endnote yet: the next sentence may tell whose it is."""
    return not st.sources and st.verb is None and not st.endnotes


def _open_group(st: Statement) -> bool:
    """A statement by a group or no one ("Several submissions stated …") whose endnote is still to come: a
    following "They also denounced …" continues it."""
    return not st.sources and st.verb is not None and not st.endnotes


def _cites_others(notes: list[int], endnotes: dict[int, Endnote], current: Statement) -> bool:
    """Whether these endnotes cite (not "See also") a stakeholder the current statement does not credit."""
    own = _sources_from_notes(notes, endnotes)
    credited = current.sources or _sources_from_notes(current.endnotes, endnotes)
    return bool(own) and not set(own) <= set(credited)


def _opening_stakeholders(sentence: str, mentions: list[Mention]) -> list[str]:
    """The stakeholders a sentence opens with ("AI conducted …", "ADF and ECLJ reminded …"), or []."""
    opener = _OPENER.match(sentence)
    group = [m for m in mentions[:1] if opener is not None and m.start == opener.end()]
    for m in mentions[1:]:
        if not group or not _COORD.match(sentence[group[-1].end : m.start]):
            break
        group.append(m)
    return _dedupe([m.abbreviation for m in group])


#: what may stand before the stakeholder a sentence opens with: "In 2021, the CoE-Commissioner concluded …"
_OPENER = re.compile(
    r"(?:(?:In|By|Since|On|At|During|Following|Between|From|After|Before|Throughout|Over) [^,.;]{1,40},\s+)?(?:the\s+)?"
)


#: what may stand before the subject of a clause: "In 2021, the", "In particular, the authors of"
_CLAUSE_HEAD = re.compile(_OPENER.pattern + r"(?:(?:authors?|members?) of\s+(?:the\s+)?)?", re.I)


def _plain_statements(clean: CleanText, endnotes: dict[int, Endnote]) -> list[Statement]:
    out: list[Statement] = []
    for a, b in split_sentences(clean.text):
        st = Statement(
            text=clean.text[a:b],
            start=0,
            end=0,
            sources=[],
            verb=None,
            act="observation",
            endnotes=[n for pos, n in clean.markers if a < pos <= b + 1],
        )
        st.start, st.end = clean.span(a, b)
        out.append(st)
    return out


def _act(verb: str | None, sentence: str) -> str:
    if verb is None:
        return "recommendation" if re.search(r"\bIt was recommended\b|\bshould\b", sentence) else "observation"
    act = verb_act(verb)
    if act == "observation":
        if re.search(r"\bshould be (?:commended|welcomed|praised)\b", sentence):
            return "positive"
        if re.search(r"\bthat\b[^.]*\b(?:should|must)\b", sentence):
            return "recommendation"
        if verb == "according to" and re.search(r"\b(?:should|must)\b", sentence):
            return "recommendation"
        if verb == "supported" and "recommendation" in sentence:
            return "recommendation"
    return act


def _sources_from_notes(numbers: list[int], endnotes: dict[int, Endnote]) -> list[str]:
    out: list[str] = []
    for n in numbers:
        note = endnotes.get(n)
        if note is None:
            continue
        for c in note.citations:
            if c.see_also or not c.resolved:
                continue
            if c.resolved not in out:
                out.append(c.resolved)
    return out
