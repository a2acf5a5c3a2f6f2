"""Turning a submission's sentence into the summary's third-person reported speech, in the stakeholder's words.

The result is a *predicate*: everything after the credited subject ("recommended that Kazakhstan ratify the
OP-CAT."), so that a point several stakeholders made can be credited to all of them ("JS1 and AI
recommended that …"). Only the frame changes: first person becomes third ("We are concerned that" →
"expressed concern that"; "our" → "its"), a modal or imperative recommendation becomes "recommended that
<State> <verb>", auxiliaries are moved into the past ("is" → "was", "has" → "had", "will" → "would"). Every
other word is the stakeholder's own; :mod:`uprkit.summarize.verify` checks exactly that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import partial

from uprkit.model import Act
from uprkit.parse.statements import verb_act
from uprkit.summarize.clauses import (
    ADJECTIVAL_ING,
    FINITE_VERBS,
    STATE_WORDS,
    describes,
    has_subject_before_verb,
    is_base_verb,
    is_gerund_of_verb,
    lower_first,
    starts_with_noun,
    starts_with_verb,
    upper_first,
)
from uprkit.summarize.frames import (
    ASKS_STATES_TO_RECOMMEND,
    DATED_PAST,
    FINITE_IN_SUBJECT,
    FRAMES,
    MODAL,
    NOMINAL,
    NOUN_OF,
    OPENING_PHRASE,
    RECOMMEND_TO,
    RELATIVE_CLAUSE,
    SECOND_VERB_PAST,
    SUBJUNCTIVE_BE,
    TO_FRAME,
    finish_clause,
    frame_heads,
)
from uprkit.summarize.marks import BULLET_CHARS, LOWER, UPPER
from uprkit.summarize.person import (
    GENERIC_SELF,
    first_person,
    name_alternatives,
    named_subject,
    speaks_of_itself,
    third_person,
)
from uprkit.summarize.tense import FINITE_PAST, backshift


@dataclass(frozen=True)
class Reported:
    predicate: str  # "recommended that Kazakhstan ratify the OP-CAT."
    verb: str  # "recommended"
    act: Act
    also: bool = False  # the source opened with "Furthermore," and the like
    contrast: str = ""  # the source opened with "However," and the like: that word, lower-cased

    def sentence(self, subject: str) -> str:
        also = " also" if self.also and not self.predicate.startswith("also ") else ""
        if self.contrast:  # "noted, however, that …", "expressed concern, however, that …"
            head, that, tail = self.predicate.partition(" that ")
            if that and head in frame_heads():
                return f"{subject}{also} {head}, {self.contrast}, that {tail}"
            return f"{subject}, {self.contrast},{also} {self.predicate}"
        return f"{subject}{also} {self.predicate}"


#: "Furthermore," and the like, which the draft says as "also". Only "furthermore", "moreover" and
#: "additionally" go without a comma: "In addition to fines, believers were prosecuted", "Further investigation
#: is needed" and "Also concerning is …" are no connectives.
_CONNECTIVE = re.compile(
    r"^(?:(?:furthermore|moreover|additionally)\s*,?|(?:in addition|also|further|besides|likewise|similarly)\s*,)\s+",
    re.I,
)
#: A sentence opening with a contrast ("However, in practice, …") is reported with it after the verb: "noted,
#: however, that in practice, …", not "noted that however, in practice, …".
_CONTRAST = re.compile(r"^(?P<word>however|nevertheless|nonetheless)\s*,\s*", re.I)
#: "Yet the State does not fund shelters." and "But the law is not enforced.": a contrast reported as "however"
#: ("noted, however, that the State did not fund shelters", not "noted that yet the State …"); not "Yet another
#: journalist was killed".
_YET = re.compile(r"^(?:yet|but)\s*,?\s+(?!another\b|again\b|more\b|to\b)(?=[a-z]|[A-Z][a-z]+\s+[a-z])", re.I)
#: A connective set off after "we" ("We, however, are concerned …", "We, therefore, urge …").
_SUBJECT_CONNECTIVE = re.compile(
    r"^(?P<we>We|I)\s*,\s*(?P<word>however|nevertheless|nonetheless|moreover|furthermore|therefore|thus)\s*,\s*(?=[a-z])", re.I
)
_CONCERNED = re.compile(
    r"^(?:(?:was|were)\s+(?:(?!not\b|never\b)\w+\s+){0,2}concerned|expressed\s+(?:(?!no\b)\w+\s+)?concern)\b"
)
#: what "<the submitter> was/were …" may go on with to be its own act: a state of mind or being told, not a
#: description of the organization ("JS1 was founded in 1998", "HRW was banned")
_OWN_STATE = re.compile(
    r"^(?:was|were)\s+(?:\w+ly\s+)*(?:concerned|alarmed|worried|disturbed|troubled|dismayed|pleased|encouraged|"
    r"informed|told|unable|able|aware)\b"
)
#: past verbs that describe the organization or its report, not an act about the State
_SELF_DESCRIPTION = frozenset(
    "founded established created registered submitted prepared based accredited incorporated formed launched "
    "compiled drafted authored coordinated funded".split()
)


def _own_past_act(text: str, self_names: tuple[str, ...], plural: bool) -> str | None:
    """The predicate of a sentence whose subject is the submitter by name and whose verb is in the past
    ("ranked Afghanistan …", "was particularly concerned by …"), or None. ("We documented …" stays "reported
    that it documented …".)"""
    named = named_subject(self_names)  # "The IACHR granted …", "the Commission received …" too
    if not named:
        return None
    m = re.match(rf"^{named}\s+(?P<verb>[a-z]+)\b", text)
    if m is None:
        return None
    verb = m.group("verb")
    if not (verb in FINITE_PAST or (verb.endswith("ed") and len(verb) > 4 and verb not in ("need", "feed", "speed"))):
        return None
    if verb in _SELF_DESCRIPTION or (verb in ("was", "were") and not _OWN_STATE.match(text[m.start("verb") :])):
        return None
    if verb_act(verb) == "recommendation" or re.match(r"called\s+(?:on|upon)\b", text[m.start("verb") :]):
        return None  # "AI asked the Government to respond": past advocacy, told as it was before
    rest = third_person(text[m.start("verb") :], plural=plural)
    if verb == "were" and not plural:
        rest = "was" + rest[4:]
    return rest


def _own_act(predicate: str) -> Act:
    """What the submitter's own act is: concern ("was deeply concerned"), positive ("welcomed"), else an
    observation (recommending verbs in the past are not taken as the submitter's own act: see _own_past_act)."""
    if _CONCERNED.match(predicate):
        return "concern"
    return "positive" if verb_act(predicate.split()[0]) == "positive" else "observation"


#: A plural name of the State ("the authorities"), which "they" stands for.
_PLURAL_STATE = re.compile(r"\bauthorities$", re.I)


def _state_subject(text: str, state_names: tuple[str, ...]) -> re.Match[str] | None:
    names = "|".join(name_alternatives(state_names))
    subject = rf"(?:{names}|{STATE_WORDS}(?:\s+of\s+(?:{names}))?)" if names else STATE_WORDS
    return re.match(rf"^(?P<subj>{subject})\s+(?P<rest>\w.*)$", text, re.S | re.I)


#: A lead-in ending in a verb its list items complete with a gerund or a noun phrase ("… to consider:").
_TAKES_GERUND = re.compile(r"\bto\s+(?:consider|continue|explore|prioriti[sz]e|keep|refrain\s+from|avoid)$", re.I)
_ADDRESSED = re.compile(
    r"\brecommend(?:ations?\s+(?:to|for)|s?\s+to)\s+(?P<who>(?:the\s+)?[^:]{3,120}?)\s*:?\s*$", re.I
)  # "Recommendations to the Government:", "We recommend to the Government of Peru:"


_SUBJECT_WORDS = frozenset("we i it they there this these those the a an our its their his her such many most some all".split())


def _is_clause(item: str) -> bool:
    """The list item is a sentence with a subject of its own ("the Government should …", "torture remains
    widespread", "we call on …"), not a predicate the lead-in's subject takes ("ratify the CAT")."""
    if starts_with_verb(item, listed=True):
        return False
    words = re.findall(r"[a-z']+", item.lower())[:6]
    return bool(words) and (words[0] in _SUBJECT_WORDS or any(w in FINITE_VERBS for w in words[1:]))


#: A lead-in to others' recommendations, which the submitter recalls: "In 2022 the Committee against Torture
#: recommended that Mexico:", "During the third cycle, several States urged the Government to:".
_OPENING = re.compile(r"(?:in|on|during|at|since)\s+(?:[^,:]{1,60},\s*|(?:19|20)\d\d\s+)", re.I)
_OTHERS_LEAD = re.compile(
    r"^(?P<subj>(?:the\s+)?[A-Za-z][^:;]{1,150}?)\s+(?:also\s+)?"
    r"(?:recommended|urged|called\s+(?:up)?on|requested|asked|encouraged)\b[^:;]{0,80}:$"
)


def _under_lead(
    s: str, lead: str, state: str, state_names: tuple[str, ...], also: bool, self_names: tuple[str, ...] = (),
    proper: frozenset[str] = frozenset(),
) -> Reported | None:
    """A list item under a lead-in: the lead's frame and addressee ("We urge the authorities to:" → "urged the
    authorities to …"; "Recommendations to companies operating in X:" → "recommended that companies operating in
    X …"); the State only where the lead names no one else. None where the lead is no recommendation lead."""
    opening = _OPENING.match(lead.strip())
    others = _OTHERS_LEAD.match(lead.strip()[opening.end() if opening else 0 :])
    if others and not re.match(rf"(?:we|our|it|its|they|{GENERIC_SELF}|{named_subject(self_names) or '(?!)'})\b", others.group("subj"), re.I) \
            and not re.search(r"\b(?:have|has)$", others.group("subj")):
        # "In 2022 the Committee on the Rights of Persons with Disabilities recommended that Mexico:" / "“Abolish
        # …”": the Committee's recommendation, which the submitter recalls; not the submitter's own
        said = finish_clause(s) if s[:1] in "“\"" else finish_clause(s[0].lower() + s[1:])
        return Reported(f"noted that {lower_first(lead.strip().rstrip(':').rstrip(), proper)} {said}",
                        "noted", "observation", also)
    item = finish_clause(re.sub(r"^to\s+", "", s[0].lower() + s[1:], flags=re.I))
    first = re.match(r"[A-Za-z]+", item)
    gerund = first is not None and is_gerund_of_verb(first.group(0), any_verb=True)  # "ratifying", "closing"
    takes_noun = _TAKES_GERUND.search(lead.rstrip().rstrip(":").rstrip()) and re.match(r"(?:the|a|an|its)\s", item)
    names = (state, *state_names)
    of_state = any(re.match(rf"(?:the\s+)?{re.escape(n)}\b", s) for n in names if n)
    if s[:1] in "“\"" and re.search(r"\brecommend(?:s|ed)?(?:\s+that)?\s*:\s*$", lead, re.I):
        # the submitter quoting its own earlier recommendations ("In its final report, ODIHR recommended that:" /
        # "“The legal framework should be reviewed …”"): recommended, in the quotation's words
        return Reported(f"recommended that {s[0]}{s[1:2].lower()}{finish_clause(s[2:])}", "recommended", "recommendation", also)
    that_lead = re.search(r"\b(?:recommends?|urges?|asks?|requests?)\s+that\s*:?\s*$", lead, re.I)
    if that_lead and (NOMINAL.match(item) or NOUN_OF.match(item)) and not re.search(
        r"\b(?:be|is|are|was|were|has|have|should|must|shall|will|remains?)\b", item
    ):
        return Reported(f"recommended {item}", "recommended", "recommendation", also)  # "the closure of …"
    should = that_lead and (m := re.match(r"^(?P<subj>.{2,80}?)\s+should\s+(?P<rest>\w.*)$", item)) is not None
    if should and m is not None:
        item = f"{m.group('subj')} {m.group('rest')}"  # "the Government should ratify …" → "… ratify …"
    if (of_state or should or _is_clause(item)) and that_lead:
        # ("Donors supporting conservation in Kenya should make …" has a subject of its own: "recommended that
        # donors … make …", not "recommended that Kenya donors …")
        # "The Commission recommends that:" / "all relocations to Bhasan Char remain voluntary;" → "recommended that
        # all relocations … remain voluntary" (the item's subjunctive kept; "Bangladesh repeal …" keeps its capital)
        return Reported(f"recommended that {finish_clause(s) if of_state else item}", "recommended", "recommendation", also)
    if not gerund and not takes_noun and _is_clause(item):
        return None  # a sentence of its own under the lead-in ("The coalition also calls on the Council to …")
    addressed = _ADDRESSED.search(lead)
    if addressed:
        who = addressed.group("who").strip()
        names = (state, *state_names)
        if re.fullmatch(rf"(?:the\s+)?(?:{'|'.join(re.escape(n) for n in names if n)}|{STATE_WORDS}(?:\s+of\s+\w[\w\s]*)?)", who, re.I):
            who = who if who.lower().startswith(("the ", state.lower())) or who == state else f"the {who}"
        return Reported(f"recommended that {who} {item}", "recommended", "recommendation", also)
    lead_r = report(lead.rstrip(":").rstrip() + " x.", state=state, state_names=state_names, self_names=self_names,
                    proper=proper)  # "We call on Greenridge Nickel Mining Corporation to:" keeps its capital
    if lead_r is not None and lead_r.act == "recommendation":
        if lead_r.predicate.startswith("recommended that "):
            subj = re.sub(r"\s*x\.$", "", lead_r.predicate[len("recommended that ") :]).strip() or state
            return Reported(f"recommended that {subj} {item}", "recommended", "recommendation", also)
        head = lead_r.predicate.rsplit(" x.", 1)[0].strip()
        if head.endswith(" to"):
            return Reported(f"{head} {item}", lead_r.verb, "recommendation", also)
        if _TAKES_GERUND.search(head) and (gerund or re.match(r"(?:the|a|an|its)\s", item)):
            # "We urge the Government to consider:" + "ratifying X" → "urged the Government to consider ratifying X"
            return Reported(f"{head} {item}", lead_r.verb, "recommendation", also)
        if gerund:
            return Reported(f"recommended {item}", "recommended", "recommendation", also)
        return Reported(f"recommended that {state} {item}", "recommended", "recommendation", also)
    if gerund and re.search(r"\brecommend|\burge|\bcall", lead, re.I):
        return Reported(f"recommended {item}", "recommended", "recommendation", also)
    if starts_with_verb(s, listed=True) and re.search(r"\brecommend|\burge|\bcall", lead, re.I):
        return Reported(f"recommended that {state} {item}", "recommended", "recommendation", also)
    return None


#: An item's letter in a list written on one line: "a. Ratify …; b. Establish …", "(a) repeal …; (b) amend …".
_INLINE_LABEL = re.compile(r"(?<=[:;] )(?:(?P<dot>[a-z])\.|\((?P<paren>[a-z])\))\s+(?P<first>[A-Z][a-z]+\b)?")
#: A recommendation's lead-in before the items on its line: "The Government should:", "KMDN recommends that
#: Kenya:", "We urge the authorities to:".
_INLINE_LEAD = re.compile(
    r"(?:\b(?:should|must)(?:\s+not)?|\brecommends?\s+that\s+[^:;]{2,80}|\b(?:urges?|calls?\s+(?:up)?on|asks?)\s+[^:;]{2,80}\s+to)"
    r":\s+(?=\((?:a|i)\)\s|[a-z])"
)


def _inline_items(s: str) -> str:
    """A list on one line after its lead-in reads as one recommendation: "The Government should: (a) repeal …;
    (b) amend …" → "The Government should (a) repeal …; (b) amend …", "… Kenya: a. Ratify …; b. Establish …" →
    "… Kenya (a) ratify …; (b) establish …", "KMDN recommends that Kenya: establish …; enact …" → "… Kenya
    establish …; enact …" (the colon left out, an item's verb in lower case as it goes on the lead)."""
    if ":" not in s:
        return s

    def labelled(m: re.Match[str]) -> str:
        first = m.group("first") or ""
        return f"({m.group('dot') or m.group('paren')}) {first.lower() if is_base_verb(first, listed=True) else first}"

    s = _INLINE_LABEL.sub(labelled, s)
    return _INLINE_LEAD.sub(lambda m: m.group(0).split(":")[0] + " ", s, count=1)


#: A label the submitter puts before its own words: "PAPF assessment:", "Our comments:", and a box's or a table
#: cell's "Background:", "Recommendations:".
_OWN_LABEL = re.compile(
    r"^(?:(?:[Oo]ur|[Ii]ts|[A-Z][\w’'\-]*)\s+){0,3}(?i:assessment|analysis|comments?|update|observations?|response|"
    r"evaluation|background|issue|situation|context|findings|concerns?|recommendations?)\s*:\s*(?=[A-Z“\"])"
)
#: A previous cycle's recommendation quoted with the submitter's verdict on it: "Recommendation 133.45 (Norway):
#: ‘Ensure that journalists …’ – Status: not implemented."
_PAST_RECOMMENDATION_STATUS = re.compile(
    r"^Recommendations?\s+(?P<num>\d{1,3}\.\d{1,3}(?:\s*(?:,|and)\s*\d{1,3}\.\d{1,3})*)\s*(?P<who>\([^()]{2,80}\))?\s*[:,]?\s*"
    r"(?P<quote>[‘“\"][^’”\"]{3,600}[’”\"]|'[^\n]{3,600}?')\s*[.,;]?\s*[–—-]?\s*(?:(?:implementation|current)\s+)?status\s*:\s*"
    r"(?P<status>[^.]{2,60})\.?$",
    re.I,
)
#: A previous cycle's recommendations with the submitter's verdict and nothing else: "Recommendations 116.60
#: (Denmark) and 116.61 (Ireland): Not implemented.", "116.70 (Mexico): Partially implemented."
STATUS_LINE = re.compile(
    r"^(?:Recommendations?\s+)?(?P<refs>\d{1,3}\.\d{1,3}(?:\s*\([^()]{2,80}\))?(?:\s*(?:,\s*and|,|and)\s*\d{1,3}\.\d{1,3}"
    r"(?:\s*\([^()]{2,80}\))?)*)\s*[:–—-]\s*(?:status\s*:\s*)?(?P<status>(?:not|partially|partly|fully)\s+implemented|"
    r"implemented|not\s+yet\s+implemented)\s*\.?$",
    re.I,
)
_STATUS_PHRASES = {
    "not implemented": "had not been implemented",
    "partially implemented": "had been partially implemented",
    "partly implemented": "had been partly implemented",
    "implemented": "had been implemented",
    "fully implemented": "had been fully implemented",
}


#: The phrases a request may open with ("Pending abolition, establish …").
_OPENINGS = r"(?:pending|in the meantime|meanwhile|as a first step|as a matter of (?:priority|urgency)|in the interim)"
#: A request's opening phrase left between its addressee and its verb: "recommended that Uganda pending abolition,
#: establish an official moratorium …" (a list's item "(b) pending abolition, establish …").
_PHRASE_AFTER_ADDRESSEE = re.compile(
    r"^(?P<frame>recommended that) (?P<who>(?:the )?[A-Z][\w’'\-]*(?: (?:of|the|[A-Z][\w’'\-]*)){0,6}) "
    rf"(?P<phrase>{_OPENINGS}\b[^,]{{0,60}}), (?P<rest>[a-z].*)$", re.S
)
#: A request that opens with such a phrase ("Pending abolition, establish …").
_REQUEST_OPENING = re.compile(rf"^(?P<phrase>{_OPENINGS}\b[^,]{{0,60}}),\s+(?P<rest>\w.*)$", re.I | re.S)
#: "recommended that pending abolition, Uganda establish …": the phrase set off by commas.
_PHRASE_FIRST = re.compile(rf"^recommended that (?P<phrase>{_OPENINGS}\b[^,]{{0,60}}), (?P<rest>.*)$", re.S)


#: Someone else's request told in the past, whose "that" clause's "be" is no subjunctive of the submitter's: "The
#: Constitution Review Commission recommended in 2011 that the death penalty be abolished, and the Government accepted
#: …" ("JS2 recommended that the Constitution Review Commission recommended …" in the Ghanaian set).
_ASKED_BEFORE = re.compile(r"\b(?:recommended|requested|urged|demanded|proposed|asked|ordered|ruled|decided|insisted|"
                           r"required|suggested|directed|held|found|concluded)\b", re.I)
#: "The Legislative Instrument to implement Act 715 has still not been passed": the infinitive is the subject's, and the
#: sentence has a verb of its own before any clause of its own ("Parliament to pass the bill, which has been pending
#: …" and "The Government to ensure that the law is enforced" ask for something).
_MAIN_CLAUSE = re.compile(r"[,;:(]|\b(?:that|which|who|whom|whose|where|when|so|until|unless|if|because|as|while|"
                          r"in\s+order|before|after|since|once)\b", re.I)
_OWN_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|remains?|remained|continues?|continued)\b", re.I)


def report(
    text: str,
    *,
    state: str,
    state_names: tuple[str, ...] = (),
    lead: str | None = None,
    recommendation_context: bool = False,
    plural: bool = False,
    proper: frozenset[str] = frozenset(),
    self_names: tuple[str, ...] = (),
    antecedent: str | None = None,
) -> Reported | None:
    """The reported-speech predicate for one submission sentence, or None where it cannot be reported (see
    :func:`_report`); a request's opening phrase goes before its addressee ("recommended that, pending abolition,
    Uganda establish …")."""
    reported = partial(_report, state=state, state_names=state_names, lead=lead,
                       recommendation_context=recommendation_context, plural=plural, proper=proper,
                       self_names=self_names, antecedent=antecedent)
    opening = _REQUEST_OPENING.match(text.strip())
    if opening and starts_with_verb(opening.group("rest"), listed=True):
        # "pending abolition, establish an official moratorium …": the request, its phrase before its addressee
        r = reported(opening.group("rest"))
        if r is not None and r.act == "recommendation" and r.predicate.startswith("recommended that "):
            phrase = opening.group("phrase")
            return replace(r, predicate=f"recommended that, {phrase[0].lower()}{phrase[1:]}, {r.predicate[17:]}")
    r = reported(text)
    if r is not None and (m := _PHRASE_AFTER_ADDRESSEE.match(r.predicate)):
        r = replace(r, predicate=f"{m.group('frame')}, {m.group('phrase')}, {m.group('who')} {m.group('rest')}")
    elif r is not None and (m := _PHRASE_FIRST.match(r.predicate)):
        r = replace(r, predicate=f"recommended that, {m.group('phrase')}, {m.group('rest')}")
    return r


def _report(
    text: str,
    *,
    state: str,
    state_names: tuple[str, ...] = (),
    lead: str | None = None,
    recommendation_context: bool = False,
    plural: bool = False,
    proper: frozenset[str] = frozenset(),
    self_names: tuple[str, ...] = (),
    antecedent: str | None = None,
) -> Reported | None:
    """The reported-speech predicate for one submission sentence, or None where it cannot be reported.

    ``state`` is the State's short name ("Kazakhstan"); ``state_names`` its other names. ``lead`` is the
    lead-in of a list the sentence is an item of ("We recommend that the Government:");
    ``recommendation_context`` says the sentence stands under a "Recommendations" heading. ``antecedent`` is
    the State as the sentence before asked something of it ("Türkiye", "the authorities"): what "It should
    also …" or "They should …" stands for.
    """
    s = re.sub(r"\s+", " ", text).strip()
    s = re.sub(rf"^(?:[{BULLET_CHARS}\-–—*]|\(?[a-z0-9]{{1,3}}[.)])\s+", "", s)
    if len(re.findall(r"[A-Za-z]{2,}", s)) < (2 if lead is not None or recommendation_context else 3) or s.endswith("?"):
        return None
    if (s.count("”") - s.count("“")) % 2 == 1:
        return None  # the end of a quotation whose start is elsewhere (not ”Swedish” marks, which come in pairs)
    s = re.sub(r"^(?:finally|lastly|in\s+conclusion|to\s+conclude)\s*,\s*(?=\w)", "", s, flags=re.I)
    # a typed label before the sentence: "Recommendation 1: Adopt …", "Case study: In March 2022, …"; after
    # "Recommendation:" the sentence is one ("Transfer the investigation …", whose verb is also a noun)
    labelled = re.match(r"^(?:recommendation|case(?:\s+study)?|example|testimony)\s*\d*\s*[:–—-]\s*(?=[A-Z“\"])", s, flags=re.I)
    if labelled is not None:
        recommendation_context = recommendation_context or labelled.group(0).lower().startswith("recommendation")
        s = s[labelled.end() :]
    # the submitter's label over its own words: "PAPF assessment: Since May 2017, …", "Our comments: …"
    s = _OWN_LABEL.sub("", s)
    # "We recommend that, as a matter of priority, the Government …", "ODIHR notes that, since 2021, …": the frame
    # reads on without the comma after its "that"
    s = re.sub(r"^((?:\S+\s+){1,6}?that),\s+(?=[a-z])", r"\1 ", s)
    # "BKF recommends, among other things, that the Philippines publish …": the frame without its aside
    s = re.sub(r"^((?:\S+\s+){1,6}?(?:recommends?|urges?|notes?))\s*,\s*(?:among\s+other\s+things|inter\s+alia|in\s+particular|"
               r"as\s+a\s+matter\s+of\s+(?:priority|urgency)|once\s+again)\s*,\s*(?=that\b)", r"\1 ", s)
    # "GRECO recommends (i) that a code of conduct … be adopted …, and (ii) that …": the first item's label goes
    first_item = re.compile(r"^((?:\S+\s+){1,6}?(?:recommends?|urges?))\s+\((?:i|a|1)\)\s+(?=that\b)")
    if first_item.match(s):
        s = first_item.sub(r"\1 ", s)
        # and the further items' labels ("…, and (ii) that it be complemented …" was left with its "(ii)")
        s = re.sub(r"(,?\s+(?:and|or)\s+)\((?:ii|iii|iv|v|vi|b|c|d|e|f|2|3|4|5|6)\)\s+(?=that\b)", r"\1", s)
    m = _PAST_RECOMMENDATION_STATUS.match(s)
    if m:  # "Recommendation 133.45 (Norway): ‘Ensure …’ – Status: not implemented."
        status = m.group("status").strip().lower()
        done = _STATUS_PHRASES.get(status, f"was {status}" if not re.search(r"[;:]", status) else None)
        if done is not None:
            who = f" {m.group('who')}" if m.group("who") else ""
            return Reported(f"noted that recommendation {m.group('num')}{who}, {m.group('quote')}, {done}.", "noted",
                            "observation", False)
    m = STATUS_LINE.match(s)
    if m:  # "Recommendations 116.60 (Denmark) and 116.61 (Ireland): Not implemented."
        status = re.sub(r"\s+", " ", m.group("status").lower()).replace("not yet", "not")
        several = bool(re.search(r"\d\s*(?:\([^()]*\))?\s*(?:,|and)\s*\d", m.group("refs")))
        done = _STATUS_PHRASES[status]
        return Reported(f"noted that recommendation{'s' if several else ''} {m.group('refs')} {done}.", "noted",
                        "observation", False)
    s = _inline_items(upper_first(s))
    m = re.match(
        rf"^(?P<subj>We|I|{named_subject(self_names) or '(?!)'})\s+(?P<verb>[a-z]+),\s*(?P<word>however|nevertheless|nonetheless),\s*(?=that\b)",
        s,
    )
    if m:  # "We note, however, that …", "The Commission notes, however, that …" → "However, we note that …"
        s = f"{m.group('word').capitalize()}, {m.group('subj')} {m.group('verb')} {s[m.end():]}"
    m = _SUBJECT_CONNECTIVE.match(s)
    if m:  # "We, however, are concerned …" is "However, we are concerned …"; "We, therefore, urge" "We therefore urge"
        word, we = m.group("word"), m.group("we")
        rest = s[m.end() :]
        s = f"{we} {word.lower()} {rest}" if word.lower() in {"therefore", "thus"} else f"{upper_first(word.lower())}, {we.lower() if we == 'We' else we} {rest}"
    m = _CONTRAST.match(s) or _YET.match(s)
    if m and len(s) > m.end():
        inner = report(
            upper_first(s[m.end() :]), state=state, state_names=state_names, lead=lead,
            recommendation_context=recommendation_context, plural=plural, proper=proper, self_names=self_names,
        )
        word = m.group("word").lower() if "word" in m.groupdict() else "however"
        return None if inner is None else replace(inner, contrast=word)
    also = False
    m = _CONNECTIVE.match(s)
    if m:
        also = True
        s = upper_first(s[m.end() :])
    names = (state, *state_names)
    # the State's names, and the submitter's where it is one word: not each word of "Kalamu Media Defence
    # Network", which made "noted that Media reports suggest …"
    proper = proper | frozenset(
        w for n in (*names, *(n for n in self_names if len(n.split()) == 1)) for w in re.findall(rf"[{UPPER}][{LOWER}'’]+", n)
    )
    s = first_person(s, self_names)
    # "The Central Asian Media Freedom Institute notes that, since …" is "We note that, since …" only now: the
    # frame reads on without the comma after its "that" (a name of more than six words was not seen above)
    s = re.sub(r"^(We\s+(?:\w+\s+){1,3}?that),\s+(?=[a-z])", r"\1 ", s)

    # a list item under a lead-in ("We recommend that the Government:" / "Recommendations to Kazakhstan:")
    if lead is not None:
        found = _under_lead(s, lead, state, state_names, also, self_names, proper)
        if found is not None:
            return found

    m = ASKS_STATES_TO_RECOMMEND.match(s)
    if m:  # "We hope States will … make a specific recommendation that Ghana enact …" → "recommended that Ghana enact …"
        return Reported(f"recommended that {lower_first(finish_clause(third_person(m.group('rest'))), proper)}",
                        "recommended", "recommendation", also or m.group("also") is not None)
    m = RECOMMEND_TO.match(s)
    if m:  # "We recommend the Government to ratify" → "recommended that the Government ratify" (the UN form)
        return Reported(f"recommended that {lower_first(m.group('obj'), proper)} {finish_clause(third_person(m.group('rest')))}",
                        "recommended", "recommendation", also)
    for pattern, verb, act, join in FRAMES:
        m = pattern.match(s)
        if m:
            rest = s[m.end() :]
            if not rest:
                return None
            clause = third_person(rest, plural=plural)
            # the frame's second verb: "We welcome this step but note that …" → "welcomed this step but noted that …"
            clause = re.sub(
                rf"\b(but|and)\s+((?:also\s+)?)({'|'.join(SECOND_VERB_PAST)})(?=,?\s+that\b)",
                lambda v: f"{v.group(1)} {v.group(2)}{SECOND_VERB_PAST[v.group(3)]}", clause,
            )
            if act != "recommendation":
                clause = backshift(clause, they=not (plural and speaks_of_itself(rest)))
            clause = finish_clause(clause)
            # "We are also concerned", "We further recommend": "also expressed concern", "also recommended"
            again = also or bool(re.search(r"\b(?:also|further)\b", m.group(0), re.I))
            if join == "that":
                return Reported(f"{verb} that {lower_first(clause, proper)}", verb.split()[0], act, again)
            return Reported(f"{verb} {lower_first(clause, proper)}", verb.split()[0], act, again)

    # "CPJ ranked Afghanistan …", "JS6 was particularly concerned by …": the submitter naming itself with a verb
    # in the past is credited with that act, as the summaries write it ("CPJ ranked …", not "noted that CPJ …")
    own = _own_past_act(s, self_names, plural)
    if own is not None:
        return Reported(finish_clause(backshift(own, they=not plural)), own.split()[0], _own_act(own), also)

    # "The Government should ratify …" → "recommended that the Government ratify …"
    m = MODAL.match(s)
    if m and antecedent and m.group("subj") == ("They" if _PLURAL_STATE.search(antecedent) else "It") and not m.group("asked"):
        # "Türkiye should repeal … It should also ensure …" → "recommended that Türkiye also ensure …"
        aside = m.group("aside") or ""
        return Reported(f"recommended that {antecedent}{aside} {finish_clause(third_person(m.group('rest')))}",
                        "recommended", "recommendation", also)
    of_state = m is not None and re.search(rf"{STATE_WORDS}|{'|'.join(re.escape(n) for n in names if n)}", m.group("subj"), re.I)
    asked = m.group("asked") if m else None  # "is encouraged to …"
    descriptive = m is not None and (
        # "Victims need to travel 200 km", "Under the law, NGOs must register": facts, not recommendations
        (m.group("modal").startswith(("need", "must")) and not recommendation_context and not of_state)
        # "Victims are requested to pay a fee": what is done to them, not the stakeholder's request
        or (asked is not None and asked != "urged" and not recommendation_context and not of_state)
        # "Under the law, NGOs must register": an opening phrase before the subject; not a subject's own
        # apposition ("Donors funding counter-terrorism programmes, including the training of the ATPU, should …")
        or ("," in m.group("subj") and not (m.group("modal") == "should" and not OPENING_PHRASE.match(m.group("subj"))))
    )
    if m and not descriptive and not re.search(r"\b(?:we|it)\b", m.group("subj"), re.I):
        subj = lower_first(m.group("subj"), proper) + m.group("comma")  # "…, including the ATPU, suspend …"
        rest = m.group("rest")
        if asked:  # "The Government is encouraged to invite …" → "encouraged the Government to invite …"
            verb = re.sub(r"\s+", " ", asked)
            return Reported(f"{verb} {subj.rstrip(',')} to {finish_clause(rest)}", verb.split()[0], "recommendation", also)
        aside = m.group("aside") or ""
        return Reported(f"recommended that {subj}{aside} {finish_clause(third_person(rest))}", "recommended", "recommendation", also)

    # imperative under a Recommendations heading: "Ratify the OP-CAT."; not a noun the verb is spelled as
    # ("Review of the law is pending", "Change is slow", "Appeal procedures are slow")
    # ("To ensure its independence, the Commission needs …": an infinitive of purpose before a clause of its own)
    purpose = bool(re.match(r"to\s", s, re.I)) and not recommendation_context and describes(s)
    if (starts_with_verb(s, listed=recommendation_context) and (recommendation_context or not starts_with_noun(s))
            and not has_subject_before_verb(s) and not purpose):
        item = re.sub(r"^to\s+", "", s, flags=re.I)
        if recommendation_context or not re.match(r"^(?:be|have|do|make|work|report|study|act)\b", item, re.I):
            return Reported(
                f"recommended that {state} {finish_clause(item[0].lower() + item[1:])}", "recommended", "recommendation", also
            )

    # "Kazakhstan ratify …" (subjunctive) / "Kazakhstan to ratify …" / "the Law … be adopted"
    m = _state_subject(s, names)
    plural_subject = m is not None and bool(re.search(r"authorities", m.group("subj"), re.I))
    if (m and starts_with_verb(m.group("rest"), listed=True) and (recommendation_context or not plural_subject)
            and not re.match(r"^(?:has|have|is|are|was|were|had|did|does|to)\b", m.group("rest"))):
        return Reported(f"recommended that {lower_first(finish_clause(s), proper)}", "recommended", "recommendation", also)
    m = TO_FRAME.match(s)
    if m and starts_with_verb(m.group("rest"), listed=True) and not _OWN_VERB.search(_MAIN_CLAUSE.split(m.group("rest"))[0]):
        return Reported(f"called on {lower_first(m.group('obj'), proper)} to {finish_clause(m.group('rest'))}", "called on", "recommendation", also)
    m = NOMINAL.match(s)
    if m and DATED_PAST.search(re.split(r"[,;:]", s, maxsplit=1)[0]):
        # "The adoption of the Code on the Rights of the Child in 2019, which …": done, not asked for
        return Reported(f"noted {finish_clause(s[0].lower() + s[1:])}", "noted", "observation", also)
    if m and (recommendation_context or not describes(s[m.end() :])):
        return Reported(f"recommended {finish_clause(s[0].lower() + s[1:])}", "recommended", "recommendation", also)
    if (re.match(r"^[A-Z][a-z]+ing\b", s) and is_gerund_of_verb(s.split()[0], any_verb=recommendation_context)
            and not re.match(r"^(?:According|Following|Regarding|Concerning|Including|During|Notwithstanding)\b", s)
            and s.split()[0].lower() not in ADJECTIVAL_ING and not describes(s)):
        return Reported(f"recommended {finish_clause(lower_first(s))[0].lower()}{finish_clause(s)[1:]}", "recommended", "recommendation", also)
    sub = SUBJUNCTIVE_BE.match(s)
    if sub and not re.match(r"(?:We|I)\b", s) and not FINITE_IN_SUBJECT.search(RELATIVE_CLAUSE.sub("", sub.group("subj"))) \
            and not _ASKED_BEFORE.search(sub.group("subj")):
        # "All detainees be given access …" (not "We ask that we be allowed to visit", nor "The analyses are not
        # published and cannot be challenged", whose "be" follows a verb of its own)
        return Reported(f"recommended that {lower_first(finish_clause(s), proper)}", "recommended", "recommendation", also)

    # an observation: "noted that …", in the stakeholder's words, moved into the past
    # (a joint submission's "we" is "they": its own verbs stay in the present, as after "it")
    clause = finish_clause(backshift(third_person(s, plural=plural), they=not (plural and speaks_of_itself(s))))
    verb = "reported" if re.search(r"\b(?:reportedly|allegedly|cases?|documented|recorded|received)\b", s, re.I) else "noted"
    return Reported(f"{verb} that {lower_first(clause, proper)}", verb, "observation", also)
