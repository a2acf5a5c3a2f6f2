"""A published statement written back as its stakeholder would have written it, for the round trip's
pseudo-submissions.

A summary reports each stakeholder in the third person ("AI noted that …", "IDL recommended to regulate …",
"ZPP documented 1,264 cases …"). A submission says the same in its own voice: a fact as a fact ("AI noted that
torture persisted" → "Torture persisted."), and what the stakeholder itself does (recommends, is concerned,
welcomes, documents) in the first person: "We recommend that Peru regulate …", "We are concerned about …",
"We documented 1,264 cases …". Only the frame is new: "we", the verb in the present (the past for what it
did), "that" and the State's name before an infinitive; the frames are ``data/submission_voice.tsv``. The
subject is the credited stakeholder by name or abbreviation, a pronoun ("It", "She"), a title ("The Office",
"The Commission"), "The authors of JS4" or a collective ("Several stakeholders"); a clause before it ("Having
noted that …, Broken Chalk recommended …") becomes a sentence of its own, and a second act of the same
subject ("… and urged Slovenia to …") another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from uprkit.parse.statements import split_sentences, verb_act
from uprkit.summarize.clauses import COMMON_STARTERS, is_base_verb

#: "AI and JS1 made similar recommendations.": a point another statement makes, with no words of its own
_ECHO = re.compile(
    r"(?:\s(?:also\s+)?(?:made|expressed|shared|raised|voiced|echoed)\s+(?:a\s+)?(?:similar|the\s+same)\s+"
    r"(?:recommendations?|observations?|concerns?|comments?|points?|views?)|"
    r"^Similar\s+(?:recommendations|observations|concerns|comments)\s+(?:were|was)\s+(?:made|expressed|raised)\b.*)\s*\.?$"
)
_ACCORDING = re.compile(
    r"^(?P<conn>(?:Furthermore|Moreover|In addition|Additionally|Also|However),\s*)?"
    r"(?:also\s+)?(?:according\s+to|"
    r"as\s+(?:stated|noted|reported|highlighted|indicated|pointed\s+out|mentioned|observed)\s+by)"
    r"\s+[^,]{1,200},\s*",
    re.I,
)
#: what may stand between the subject and the verb ("also", "had", ", however,")
_BEFORE_VERB = (
    r"(?P<adv>(?:(?:also|further|furthermore|moreover|again|therefore|likewise|once\s+again|in\s+addition|then|had|has|"
    r"have|both|\w+ly)\s+|,\s*(?:however|also|further|moreover|furthermore|therefore|in\s+addition|too|in\s+turn),\s*)*)"
)
#: what may stand between the verb and its clause or object: ", however,", " further", ", inter alia,", "in 2013"
_AFTER_VERB = re.compile(
    r"^(?:\s*,\s*(?:however|nevertheless|further|furthermore|moreover|also|in\s+addition|inter\s+alia|in\s+particular|"
    r"among\s+other\s+things|amongst\s+others|therefore|again|in\s+(?:this|that)\s+regard|in\s+(?:\w+\s+)?(?:19|20)\d\d)"
    r"\s*,|\s*,\s*[^,]{1,40},(?=\s*that\b)|\s+(?:further|also|again|therefore|inter\s+alia|in\s+(?:\w+\s+)?(?:19|20)\d\d)"
    r"(?=\s+that\b))+",
    re.I,
)
_IMPERSONAL = re.compile(
    r"^was\s+(?:recommended|suggested|noted|reported|stated|observed|highlighted|stressed|emphasized|underlined|indicated)$"
)
_CONTRAST = re.compile(r"\b(?:however|nevertheless)\b", re.I)
_PRONOUN = re.compile(r"^(?:It|They|He|She)$", re.I)
_COLLECTIVE = re.compile(
    r"^(?:[A-Za-z-]+\s+){0,3}(?:of\s+the\s+)?(?:other\s+)?(?:stakeholders|submissions|contributions|organi[sz]ations|"
    r"NGOs|sources|joint\s+submissions|contributors|respondents)\b"
)
_JOINT = re.compile(
    r"^(?:JS\s*\d+|Joint\s+[Ss]ubmission\s*(?:\(JS\)\s*)?\d+|"
    r"[Tt]he\s+authors\s+of\s+(?:JS\s*\d+|[Jj]oint\s+[Ss]ubmissions?\s+\d+))\b"
)
#: the head noun a stakeholder is named by after its first mention ("The Office", "The Commission")
_TITLES = frozenset(
    "office commission commissioner ombudsman ombudsperson defender defensoría institution committee council "
    "organization organisation submission coalition author authors network association foundation alliance "
    "platform group federation union institute agency centre center mission ngo nhri contributors".split()
)
#: a name as written, with its abbreviation in brackets (and any other bracket before it)
_NAMED = re.compile(r"^(?P<name>[A-Z][^(),]{0,160}?)\s*(?P<parens>(?:\([^()]{1,60}\)\s*)+)(?P<rest>[^()]*(?:\([^()]*\)[^()]*)*)$")
#: what an abbreviation in brackets looks like: "(RJFB)", "(CoE-CPT)", "(the Ombudsman)"
_ABBREVIATION = re.compile(r"(?:the\s+)?[A-Z][\w\-]*|\w*[A-Z][\w\-/]*[A-Z][\w\-/]*")
#: a clause set off after the subject: "Several stakeholders, while noting that …, expressed concern …"
_SUBJECT_ASIDE = re.compile(
    r"^(?P<subject>[^,]{2,160}?),\s*(?P<aside>(?:while|whilst|although|though|after|having)\b.+?)\s*,?\s*$", re.S
)
_TITLE = re.compile(r"^[Tt]he\s+(?:[\w’'\-]+\s+){0,5}?(?P<head>[\w’'\-]+)\s*(?:\([^()]{1,40}\))?$")
#: a clause before the subject saying what the stakeholder noted or welcomed first: a sentence of its own
_NOTING = re.compile(
    r"^(?i:(?:having|while|whilst|after)\s+)?(?P<verb>(?i:noted|noting|concluded|concluding|observed|observing|"
    r"established|establishing|found|finding|acknowledged|acknowledging|recogni[sz]ed|recogni[sz]ing|welcomed|welcoming|recalled|"
    r"recalling|stressed|stressing|highlighted|highlighting|emphasi[sz]ed|emphasi[sz]ing|appreciating|commending|"
    r"commended))\s+(?P<rest>\S.*?)[\s,]*$",
    re.S,
)
_NOTING_FRAME = {
    "welcom": "We welcome", "acknowledg": "We acknowledge", "recognis": "We recognise", "recogniz": "We recognize",
    "recall": "We recall", "stress": "We stress", "highlight": "We highlight", "emphasis": "We emphasise",
    "emphasiz": "We emphasize", "apprecia": "We appreciate", "commend": "We commend",
}
#: a date before the subject, without a comma: "In 2013 EU-FRA asserted …"
_DATED = re.compile(r"^(?:In|On|During|Since|After|By)\s+(?:\w+\s+){0,3}(?:19|20)\d\d\s+$")
#: the date of the statement before its subject ("In 2005, the CoE-Commissioner said that …"), which the
#: stakeholder's own text does not repeat
_DATED_OPENING = re.compile(r"^(?:In|On|During|Since|By)\s+(?:\w+\s+)?(?:19|20)\d\d\s*,?$")
#: openings the drafter reads before "we" ("Furthermore, we recommend …", "However, we are concerned …")
_CONNECTIVE = re.compile(
    r"^(?:(?:Furthermore|Moreover|Additionally)\s*,?|(?:In addition|Also|Further|Besides|Likewise|Similarly|However|"
    r"Nevertheless|Nonetheless)\s*,)\s*$"
)
#: an opening that only says when or how the text goes on ("In 2006,", "At the same time,"): not kept before "we"
_FRAME_ONLY = re.compile(
    r"^(?:(?:In|On|At|During|Since|By)\s+(?:\w+\s+)?(?:19|20)\d\d|On\s+several\s+occasions|At\s+the\s+same\s+time|"
    r"In\s+(?:this|that)\s+(?:regard|connection|respect|context)|More\s+generally|Finally|Lastly)\s*,?\s*$"
)
_DETERMINERS = frozenset("the a an all its their this that these those his her our any each every both".split())
#: whom a recommendation is addressed to, before "to" + verb ("recommended Brazil to strictly control …")
_ADDRESSEE = re.compile(
    r"^(?:to\s+)?(?P<np>(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,5}?"
    r"(?:[A-Z][\w’'\-]*|[Gg]overnment|authorities|State(?:\s+party)?)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})?)"
    r"\s+(?:(?P<link>to|should)\s+)?(?:,\s*inter\s+alia,\s*)?(?P<rest>(?:\w+ly\s+)?(?P<verb>[a-z]\w*)\b.*)$",
    re.S,
)
_CONCERN_PREPOSITION = re.compile(
    r"^(?:about|at|over|regarding|on|with|by|as\s+to|concerning|in\s+relation\s+to|of|for|against)\s+(?=\S)", re.I
)
#: the verbs a clause may follow without "that" ("noted the law was …"); the others take a thing ("stressed the
#: impact violence had on education")
_BARE_CLAUSE = frozenset("noted observed noticed reported considered".split())
#: an auxiliary: what follows a verb of saying is a clause without "that" ("stated there had been …"), not a
#: thing ("noted a lack of measures")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|do|does|did|can|cannot|could|will|would|shall|should|may|might|must|"
    r"\w+n[’']t)\b",
    re.I,
)
_TO_LEARN = re.compile(r"^to\s+(?:see|learn|note|find|hear)\s+(?:that\s+)?", re.I)


@dataclass(frozen=True)
class _Voice:
    thing: str  # the frame before a thing: "We recommend", "We are concerned about"
    clause: str | None  # the frame before a "that" clause; None: the clause alone


@cache
def _voices() -> dict[str, _Voice]:
    text = resources.files("uprkit").joinpath("data/submission_voice.tsv").read_text(encoding="utf-8")
    out: dict[str, _Voice] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, thing, clause = (part.strip() for part in line.split("\t")[:3])
        out[phrase] = _Voice(thing, None if clause == "-" else clause)
    return out


@cache
def _verb_alternatives() -> str:
    text = resources.files("uprkit").joinpath("data/reporting_verbs.tsv").read_text(encoding="utf-8")
    verbs = {line.split("\t")[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    verbs |= set(_voices())
    return "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(verbs, key=len, reverse=True))


@cache
def _verb_pattern() -> re.Pattern[str]:
    # not a passive ("recommended by"), but "concerned by" is the subject's own
    return re.compile(
        rf"(?<![\w-]){_BEFORE_VERB}(?P<verb>{_verb_alternatives()})\b(?:(?<=concerned)|(?<=alarmed)|(?!\s+by\b))"
    )


@cache
def _second_verb() -> re.Pattern[str]:
    """A second act of the same subject: "… and urged Slovenia to …", "…, but noted that …"."""
    return re.compile(
        rf"(?P<sep>,?\s+(?:and|but)\s+)(?:(?P<who>[A-Z][\w\-/]*(?:\s+[A-Z][\w\-/]*){{0,3}})\s+)?(?:also\s+|further\s+)?"
        rf"(?P<verb>{_verb_alternatives()})\b(?!\s+by\b)"
    )


def _phrase(verb: str) -> str:
    return re.sub(r"\s+", " ", verb).lower()


def _cap(s: str) -> str:
    s = s.strip()
    return s[:1].upper() + s[1:]


def _sentence(s: str) -> str:
    s = s.strip().rstrip(",;: ")
    return s if s.endswith((".", "!", "?", ".”", '."', ".)")) else s + "."


class _Subjects:
    """How the credited stakeholders may be named as a sentence's subject."""

    def __init__(self, credited: list[str], names: dict[str, str]) -> None:
        parts = {p for a in credited for p in [a, *a.split("/")] if len(p) > 1}
        # "ODIHR" for OSCE-ODIHR, "CoE" for CoE-CPT; not "Commissioner" alone
        parts |= {p for a in credited for p in re.split(r"[-/]", a) if len(re.findall(r"[A-Z]", p)) >= 2}
        # "APF" for "APF France handicap": an abbreviation of several words goes by its first, an acronym
        parts |= {a.split()[0] for a in credited if " " in a.strip() and re.fullmatch(r"[A-Z]{2,}", a.split()[0])}
        alts = [re.escape(p).replace(r"\-", r"-\s*") for p in parts]
        full = [names[a] for a in credited if names.get(a)]
        alts += [re.escape(n).replace(r"\ ", r"\s+") for n in full]
        alternatives = "|".join(sorted(alts, key=len, reverse=True))
        self.known = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I) if alts else None
        self.name_words = {w.lower() for n in full for w in re.findall(r"[\w’'\-]+", n)}
        self.first = credited[0] if credited else "It"

    def opens(self, seg: str) -> bool:
        """``seg`` (all that stands before the verb) is a subject naming the credited stakeholders, and nothing
        else: "AI", "Amnesty International (AI) and JS1", "The Office", "Several stakeholders", "It"."""
        seg = seg.strip().rstrip(",").strip()
        aside = _SUBJECT_ASIDE.match(seg)
        if aside and self.opens(aside.group("subject")):
            return True  # "Several stakeholders, while noting that …,"
        if not seg or len(seg) > 220 or re.search(r"\bthat\b|[.;:]\s", seg):
            return False
        if _PRONOUN.match(seg):
            return True
        title = _TITLE.match(seg)
        if title and (title.group("head").lower() in _TITLES or title.group("head").lower() in self.name_words):
            return True
        head = _COLLECTIVE.match(seg) or _JOINT.match(seg)
        bare = re.sub(r"^[Tt]he\s+", "", seg)
        if head is None and self.known and (head := self.known.match(bare)) is not None:
            return _only_names(bare[head.end() :])
        if head is not None:
            return _only_names(seg[head.end() :])
        # names spelled otherwise than listed, with an abbreviation or a credited name among them ("Renata Juliana
        # Faé Barp (RJFB)", "The Human Rights Ombudsman of the Republic of Slovenia (the Ombudsman)", "CoE-CM and
        # CoE-ACFC"), or a body of a credited one ("The Special Rapporteur on …, social and cultural rights of
        # the IACHR")
        if bare.split(" ", 1)[0].lower() in _OPENERS:
            return False  # "In 2017, CoE-ECRI": a date, then the name
        named = _NAMED.match(bare)
        if named and any(_ABBREVIATION.fullmatch(x) or (self.known and self.known.fullmatch(x))
                         for x in re.findall(r"\(([^()]+)\)", named.group("parens"))):
            return _only_names(named.group("rest"))  # "Association européenne pour … (ASSEDEL) and HRW"
        if bare[:1].isupper() and _only_names(bare) and self.known and self.known.search(seg):
            return True
        pattern = self.known.pattern if self.known else "(?!)"
        return seg.startswith("The ") and bool(re.search(rf"\b(?:of|at|in)\s+(?:the\s+)?(?:{pattern})\s*$", seg, re.I))

    def start(self, prefix: str) -> int | None:
        """Where the subject begins in the text before the verb: the start, after an opening clause's comma, or
        (after a participle with no comma: "Welcoming the Programme CoE-Commissioner invited …") at a name."""
        starts = [0] + [m.end() for m in re.finditer(r",\s+", prefix)]
        if self.known:
            starts += [m.start() for m in self.known.finditer(prefix)
                       if _NOTING.match(prefix[: m.start()]) or _DATED.match(prefix[: m.start()])]
        return next((b for b in sorted(set(starts)) if self.opens(prefix[b:])), None)


def _only_names(rest: str) -> bool:
    """What follows a subject's first name is more names ("(AI), JS1 and the Office of …"), not a verb of its own
    ("AIHRC registered, investigated and followed …")."""
    words = re.findall(r"[\w’'\-&]+", re.sub(r"\([^()]*\)", " ", rest))
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_LINKS for w in words)


#: words a name does not begin with, which an opening before the subject does ("In 2017, CoE-ECRI concluded …")
_OPENERS = frozenset(
    "in on at during since by for from after before under with regarding following despite given as while although "
    "among amongst concerning".split()
)
_NAME_LINKS = frozenset(
    "and or of the for on in de des la le les du et pour y against to with at by its their & also through from into "
    "under within without los las el del da do das dos e à au aux en für und der die".split()
)


def strip_attribution(text: str, credited: list[str], names: dict[str, str], *, state: str = "the State") -> str:
    """A published statement as its stakeholder would write it: without "X noted that" / "According to X,",
    and with what the stakeholder does in the first person ("We recommend that <State> …"). ``state`` is the
    State's name in prose, which an infinitive recommendation ("recommended to regulate …") is addressed to.
    An echo ("JS2 made similar recommendations.") gives the empty string."""
    subjects = _Subjects(credited, names)
    s = text.strip()
    out: list[str] = []
    for k, (a, b) in enumerate(split_sentences(s)):
        sentence = s[a:b]
        echo = _ECHO.search(sentence)
        if echo and (k or subjects.opens(sentence[: echo.start()])):
            continue  # says nothing of its own ("Other stakeholders made similar recommendations.")
        said = _own_voice(sentence, subjects, state)
        out.append(said if said is not None else sentence)
    return " ".join(x for x in out if x)


def _own_voice(s: str, subjects: _Subjects, state: str) -> str | None:
    """One sentence in its stakeholder's voice, or None where it names no credited subject and verb."""
    m = _ACCORDING.match(s)
    if m:  # "According to JS1, …"; "As highlighted by the CoE, CoE-GRETA considered that …"
        rest = s[m.end() :]
        said = _own_voice(_cap(rest), subjects, state) or rest
        return f"{m.group('conn')}{_after_connective(said)}" if m.group("conn") else _cap(said)
    for v in _verb_pattern().finditer(s):
        if v.start() > 600:
            break
        b = subjects.start(s[: v.start()])
        if b is None:
            continue
        subject = s[b : v.start()].strip()
        if _IMPERSONAL.match(v.group("verb")) and subject != "It":
            continue  # "It was recommended that …" is the stakeholder's; "The law was noted …" is no act of it
        opening = s[:b]
        aside = _SUBJECT_ASIDE.match(subject.rstrip(", "))
        if aside and not opening.strip() and subjects.opens(aside.group("subject")):
            opening = aside.group("aside") + ", "  # "Several stakeholders, while noting that X, …": X first
        return _said(opening, v, s, subjects, state)
    return None


def _said(opening: str, v: re.Match[str], s: str, subjects: _Subjects, state: str) -> str:
    after = s[v.end() :]
    aside = _AFTER_VERB.match(after)
    contrast = bool(_CONTRAST.search(v.group("adv")) or (aside and _CONTRAST.search(aside.group(0))))
    complement = (after[aside.end() :] if aside else after).strip()
    said = _frame(_phrase(v.group("verb")), complement, subjects, state)
    dated = re.search(r"\b(in\s+[^,]{0,30}(?:19|20)\d\d)\b", aside.group(0), re.I) if aside else None
    if dated and not opening.strip() and said and not said[0].startswith("We "):
        opening = dated.group(1) + ", "  # "observed, in 2022 and 2023, that …": "In 2022 and 2023, …"
    sentences, main = _with_opening(opening, said)
    if contrast and sentences and not re.match(r"^(?:However|Nevertheless)\b", sentences[main]):
        sentences[main] = "However, " + _after_connective(sentences[main])
    return " ".join(sentences)


def _frame(verb: str, complement: str, subjects: _Subjects, state: str) -> list[str]:
    """The stakeholder's words after its verb, in its voice, and any second act of it as a sentence of its own."""
    voice = _voices().get(verb)
    clause = re.match(r"^that\b(?:\s+that\b)?\s*,?\s*", complement)  # "reported that that …" (the summary's slip)
    # a clause is said as a fact ("noted that …", "stated there had been …"); anything else in the first person
    fact = voice is None or (voice.clause is None and bool(
        clause or (verb in _BARE_CLAUSE and _FINITE.search(re.split(r"[,;:(]", complement, maxsplit=1)[0]))
    ))
    second = _second_act(complement, subjects, first_person=not fact)
    tail: list[str] = []
    if second is not None:
        complement, rest = complement[: second.start("sep")], complement[second.start("verb") :]
        tail = [x for x in [_own_voice(f"{second.group('who') or subjects.first} {rest}", subjects, state)] if x]
    if voice is None or fact:  # a verb of saying ("stated", "indicated"): its clause alone
        body = complement[clause.end() :] if clause else complement
        if voice is None and re.search(r"concern|regret|alarm", verb):
            body = _CONCERN_PREPOSITION.sub("", body)
        # as written, but for a second "that" ("noted that A, and that B": "A, and B"); capitalised where it opens
        # the sentence (_with_opening)
        head = re.sub(r"(,?\s+and\s+)that\s+(?=\w)", r"\1", body.lstrip(",;: ")) if clause else body.lstrip(",;: ")
    elif clause and voice.clause:
        head = f"{voice.clause} {complement[clause.end() :]}"
    else:
        head = _thing(voice, complement, state)
    return [_sentence(head) if tail else head, *tail] if head else tail


def _second_act(complement: str, subjects: _Subjects, *, first_person: bool) -> re.Match[str] | None:
    """"… and urged …", "… and JS28 recommended …": a second verb of the subject or of another credited
    stakeholder, where the drafter would leave it in the wrong tense or give it to the clause's own subject: a
    recommending, concerned or welcoming one (and, after a frame in the first person, any verb the frames know:
    "We consider the situation alarming and note a lack …")."""
    for m in _second_verb().finditer(complement):
        verb = _phrase(m.group("verb"))
        if m.group("who") and not subjects.opens(m.group("who")):
            continue  # "… and ZimRights reported that …": another stakeholder's words, not rewritten
        if _verb_pattern().search(complement[: m.start()]):
            return None  # "… that some member States expressed concern … and called for …": theirs
        if verb_act(verb) != "observation" or (first_person and verb in _voices()):
            return m
    return None


def _thing(voice: _Voice, complement: str, state: str) -> str:
    """The frame before a thing, with the thing as a submission says it."""
    frame = voice.thing
    if frame.endswith(" about"):
        learn = _TO_LEARN.match(complement)
        if learn and voice.clause:
            return f"{voice.clause} {complement[learn.end() :]}"  # "was concerned to see that …"
        return f"{frame} {_CONCERN_PREPOSITION.sub('', complement)}"
    if frame.endswith("recommend"):
        to = re.match(r"^to\s+(?P<rest>(?:\w+ly\s+)?(?P<word>[a-z]\w*)\b.*)$", complement, re.S)
        if to and to.group("word") not in _DETERMINERS:
            return f"{frame} that {state} {to.group('rest')}"  # "recommended to regulate" → "that Peru regulate"
        if complement.startswith("to:"):  # "recommended to: address …; provide …"
            return f"{frame} that {state}:{complement[3:]}"
        addressee = _ADDRESSEE.match(complement)
        if addressee and (addressee.group("link") or is_base_verb(addressee.group("verb"), listed=True)):
            # "recommended Brazil to strictly control", "recommended the government embark on" → "that Brazil …"
            link = " should" if addressee.group("link") == "should" else ""
            return f"{frame} that {addressee.group('np')}{link} {addressee.group('rest')}"
    elif re.match(r"^to\s+[a-z]", complement) and frame in ("We urge", "We encourage", "We invite", "We ask", "We call on"):
        return f"{frame} {state} {complement}"  # "urged to ensure …"
    elif frame == "We note":  # "took note of …", "took note in 2013 of …"
        complement = re.sub(r"^(?:in\s+(?:\w+\s+)?(?:19|20)\d\d\s+)?of\s+", "", complement)
    return f"{frame} {complement}"


def _after_connective(s: str) -> str:
    """A sentence after "However," or an opening: "we", and a usual opening word, lower-cased; a name not."""
    first = s.split(" ", 1)[0]
    return s[:1].lower() + s[1:] if first.lower() in COMMON_STARTERS or first == "We" else s


def _with_opening(opening: str, sentences: list[str]) -> tuple[list[str], int]:
    """The sentences with what stood before the subject, and which of them is the statement's own: a noting
    clause as a sentence of its own before it, a connective kept, anything else before a fact or after a frame
    ("We recommend …, given the lack of …")."""
    if not sentences:
        return sentences, 0
    opening = opening.strip()
    first, rest = sentences[0], sentences[1:]
    if not opening:
        return [_cap(first), *rest], 0
    noting = _NOTING.match(opening)
    if noting:
        said, verb = noting.group("rest"), noting.group("verb").lower()
        if said.startswith("that "):
            noted = _cap(said[5:])
        else:
            noted = f"{next((f for stem, f in _NOTING_FRAME.items() if verb.startswith(stem)), 'We note')} {said}"
        return [_sentence(noted), _cap(first), *rest], 1
    if _CONNECTIVE.match(opening):
        return [f"{opening} {_after_connective(first)}", *rest], 0
    if _DATED_OPENING.match(opening):  # "In 2005, the CoE-Commissioner said that …": when it said it
        return [_cap(first), *rest], 0
    if not first.startswith("We "):
        return [f"{_cap(opening.rstrip(','))}, {first}", *rest], 0
    if _FRAME_ONLY.match(opening):
        return sentences, 0
    moved = opening.rstrip(", ")
    if not re.match(r"^\w[A-Z]", moved):  # "Given …" → "given …", not "CoE-ECRI" or "UN"
        moved = moved[:1].lower() + moved[1:]
    return [f"{first.rstrip().rstrip('.')}, {moved}.", *rest], 0
