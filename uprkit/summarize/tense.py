"""A clause moved into the past, as the summaries report it: auxiliaries ("is" → "was", "will" → "would"),
laws and claims ("provides" → "provided"); never inside quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from uprkit.summarize.clauses import upper_first

_BACKSHIFT = {
    "is": "was",
    "are": "were",
    "has": "had",
    "have": "had",
    "will": "would",
    "can": "could",
    "isn't": "wasn't",
    "aren't": "weren't",
    "hasn't": "hadn't",
    "haven't": "hadn't",
    "won't": "wouldn't",
    "can't": "couldn't",
    "cannot": "could not",
    "does": "did",
    "do": "did",
    "doesn't": "didn't",
    "don't": "didn't",
    "remains": "remained",
    "continues": "continued",
    # the singular of the plural verbs below
    "persists": "persisted",
    "occurs": "occurred",
    "exists": "existed",
    "seems": "seemed",
    "appears": "appeared",
}
#: Verbs in the third person singular that are never plural nouns, moved into the past in lower case only ("the
#: Criminal Code criminalizes …" → "criminalized", as the summaries write it; not "the Law on Guarantees"). All
#: regular, so that ``verify`` finds the past's stem in the cited present.
_LEXICAL_PAST = {
    (base[:-1] + "ies" if base.endswith("y") else base + "es" if base.endswith(("sh", "ch", "ss", "x")) else base + "s"): (
        base[:-1] + "ied" if base.endswith("y") else base + "d" if base.endswith("e") else base + "ed"
    )
    for base in """
        accept affect allocate allow apply authorise authorize constitute contain contradict criminalise criminalize
        deem define deny depend deprive discriminate enable ensure entail establish exceed exclude expose fail govern
        hamper happen hinder ignore impose include lack oblige obstruct penalise penalize prescribe prevent prohibit
        provide punish receive recognise recognize refuse regulate reject rely require restrict satisfy stipulate
        undermine violate protect facilitate predate await reach perpetuate exacerbate promote create
    """.split()
}
#: Verbs in the plural present, all regular, that are verbs for sure after "they" or an adverb of frequency ("They
#: receive no assistance", "police often demand …"), and their past; the nouns among them ("face", "demand",
#: "report") only there.
def _regular_past(base: str) -> str:
    """ "face" → "faced", "rely" → "relied", "demand" → "demanded"."""
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in tuple("aeiou"):
        return base[:-1] + "ied"
    return base + "ed"


#: Irregular verbs and their past (``verify`` takes a past for its verb: :data:`uprkit.summarize.verify.IRREGULAR`).
IRREGULAR_PAST = {
    "hold": "held", "pay": "paid", "know": "knew", "keep": "kept", "take": "took", "spend": "spent", "send": "sent",
    "sell": "sold", "grow": "grew", "seek": "sought", "flee": "fled", "lose": "lost", "build": "built",
    "become": "became", "give": "gave", "tell": "told", "bring": "brought", "meet": "met", "teach": "taught",
    "begin": "began", "fall": "fell", "leave": "left", "find": "found", "come": "came", "make": "made",
    "stand": "stood", "sit": "sat",
}
#: Their third person singular where it is no noun, moved into the past after any subject ("the grant … falls far
#: short" → "fell"; not "leaves", "finds", "comes", which are nouns too or open "comes as …").
_IRREGULAR_SINGULAR = {
    ("pays" if base == "pay" else base + "s"): past for base, past in IRREGULAR_PAST.items()
    if base not in {"leave", "find", "come", "meet", "fall", "flee", "teach", "lose"}
} | {"falls": "fell", "flees": "fled", "teaches": "taught", "loses": "lost"}
#: Verbs in the plural present, all regular and of four letters or more (whose past ``verify`` finds on the same
#: stem), that are verbs for sure after "they" or an adverb of frequency ("They receive no assistance", "police
#: often demand …"), and their past; the nouns among them ("face", "demand", "report") only there.
_PLURAL_VERBS = {
    base: _regular_past(base)
    for base in """
        face demand receive suffer lack fear report complain claim allege live depend struggle return need want
        work earn risk wait rely refuse fail deny experience encounter endure deliver punish prohibit allow require
        restrict provide ensure ignore harass detain arrest torture kill threaten attack demolish evict abuse
        intimidate extort marry designate apply study carry push mould mold record
    """.split()
} | {base: past for base, past in IRREGULAR_PAST.items() if base not in {"find", "come", "meet", "become"}}
#: Those that are no nouns, moved after "and"/"or" where the verb before was ("routinely deny permission or
#: designate …"; not "demand money and work").
_VERBS_ONLY = frozenset(
    "receive suffer depend deliver punish prohibit allow require restrict provide ensure ignore harass detain kill "
    "threaten demolish evict intimidate extort marry designate deny rely fail".split()
)
#: Words that open a clause of its own, where a verb joined by "and"/"or" no longer follows the one moved.
_CLAUSE_OPENERS = frozenset("that which who because but while whereas although when where if".split())
#: Verbs that take an object and a bare infinitive ("makes the legal status of millions of homes depend on …"):
#: the infinitive is no plural present.
_CAUSATIVE = frozenset("make makes made making let lets help helps helped".split())
#: The same verbs that are never nouns, moved after a plural noun or a figure too ("Only 18 per cent of women in
#: rural areas deliver with …").
_NEVER_NOUNS = frozenset("deliver receive suffer depend punish struggle".split())
#: Verbs that are nouns too, but verbs after a plural noun when no "of" follows ("women journalists face …", "rural
#: districts lack trained midwives", "46,000 children live and work in the streets"; not "the lack of").
_AFTER_PLURALS = frozenset("face lack live hold pay carry seek flee".split())
#: What follows "live" the verb ("live in camps", "live and work"; not "live births", "live broadcasts").
_WHERE_ONE_LIVES = frozenset(
    "in on at with without below under among near alone and or far outside abroad there together within close off "
    "from as mainly mostly".split()
)
#: How a submitter speaks of itself in the third person, before its verb.
_SELF_WORDS = frozenset("it coalition network organisation organization alliance platform authors".split())
#: Numbers written out, after which a verb's plural present is one ("children as young as seven carry …").
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty hundred thousand "
                         "million".split())
#: Plural nouns without an "s".
_IRREGULAR_PLURALS = frozenset("children people women men police".split())
#: Adverbs of frequency, after which a plural present is a verb ("police often demand that …").
_FREQUENCY = frozenset(
    "often usually frequently routinely regularly still rarely seldom never sometimes generally systematically "
    "commonly typically repeatedly also".split()
)
#: Verbs of saying and showing before "that", which are verbs there in the plural or the singular ("Communities …
#: report that …", "many fear that …", "… documentation shows that …"); not after a determiner ("the report that").
_SAYING_THAT = {
    v: _regular_past(v) for v in "report claim complain fear show allege believe argue estimate indicate suggest".split()
}
#: Their third person singular where it is no plural noun ("… monitoring shows that …"; not "reports that",
#: "claims that", "fears that").
_SAYS_THAT = {v + "s": _regular_past(v) for v in "show suggest indicate allege believe argue complain estimate".split()}
_DETERMINERS = frozenset("the a an this that these those its their his her our every each any no such".split())
#: Articles and possessives that are no object pronoun: the word after one is no verb ("this makes …" and "the man
#: who raped her receives …" are verbs, "the makes of …" is not).
_ARTICLES = frozenset("the a an its their his our my your whose".split())
#: Verbs moved into the past that are plural nouns too: not before "of" or a verb ("the upper reaches of the river",
#: "market stands were demolished").
_NOUN_TOO = frozenset("reaches stands makes sits".split())
_NOUN_FOLLOWS = frozenset("of are were is was have has had".split())
#: Verbs in the third person that are plural nouns too, which stay in the present, and the verb joined to one by
#: "and" with them ("respects and protects").
_KEPT_PRESENT = frozenset("respects supports upholds defends fosters values".split())
#: Names ending in "-is" that are no plural of a nationality.
_SINGULAR_IS = frozenset("Majlis Nevis Paris Tunis Memphis Basis Emphasis Analysis Crisis Thesis".split())
#: How an object begins: a verb of :data:`_SUBJECT_PAST` after "and" or "which" and before it is the verb ("… and
#: permits the prolonged detention of suspects"), not a plural noun ("land claims and work permits").
_OBJECT_START = frozenset("the a an its their his her them it all any no some those these every".split())
#: Words ending in "-s" that are no plural subject before a verb: verbs that take a bare infinitive ("helps
#: ensure"), adverbs and pronouns.
_NOT_PLURAL_SUBJECTS = frozenset(
    "helps lets makes sees hears watches always perhaps sometimes nevertheless thus this does has was is its his "
    "hers ours theirs yours whereas unless besides towards afterwards as us".split()
)
#: A quantity after "account(s) for": "Remandees account for close to 40 per cent of prisoners".
_QUANTITY = re.compile(r"(?:about|around|close|nearly|almost|more|less|over|under|some|half|one|two|three|a\s+third|"
                       r"a\s+quarter|the\s+majority|most|\d)", re.I)
#: Verbs whose third person singular is also a plural noun ("land claims", "fair-trial guarantees"): moved into the
#: past only right after a singular subject ("The State claims …", "the law permits …", "which aims to …").
_SUBJECT_PAST = {
    "claims": "claimed", "states": "stated", "guarantees": "guaranteed", "permits": "permitted", "needs": "needed",
    "aims": "aimed", "plans": "planned", "reports": "reported", "limits": "limited", "grants": "granted",
    "targets": "targeted", "insists": "insisted", "argues": "argued", "maintains": "maintained",
}
_SINGULAR_SUBJECTS = frozenset("""
    he she which who state government ministry law constitution code act report bill decree article provision
    policy minister president court commission party authority parliament legislation regulation ordinance
""".split())
FINITE_PAST = frozenset("was were had did made took found saw met sent spent wrote spoke held".split())
_QUOTE = re.compile(r"“[^”]{0,600}”|\"[^\"]{0,600}\"|‘[^’]{0,300}’(?!\w)")
#: Verbs in the plural present that are never nouns, moved into the past like the auxiliaries ("The authorities
#: continue to harass …" → "continued"), except after "to", a modal or "not" ("continue to remain").
_PLURAL_PRESENT = {
    "remain": "remained", "continue": "continued", "persist": "persisted", "occur": "occurred",
    "seem": "seemed", "appear": "appeared", "exist": "existed",
}
#: Words before "will" the noun ("against their will", "the political will", "of his own free will").
_BEFORE_THE_NOUN_WILL = frozenset(
    "the a their his her its our my your whose own free political good ill against of at".split()  # "at will"
)
#: After these, "have"/"has" (and the verbs above) is not a present tense to move into the past ("did not have",
#: "to have").
_NO_BACKSHIFT_AFTER = frozenset(
    "do does did not n't to will would shall should can could may might must cannot".split()
)


#: Words that may stand between "to" and its infinitive ("to not have", "to also have").
_BETWEEN_TO_AND_VERB = frozenset("not also still never always even only ever already further again".split())


def outside_quotes(text: str, change: Callable[[str], str]) -> str:
    """Apply ``change`` to the text outside quotation marks: a quotation stays as the stakeholder wrote it."""
    out: list[str] = []
    pos = 0
    for m in _QUOTE.finditer(text):
        out.append(change(text[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(change(text[pos:]))
    return "".join(out)


#: Words before "remains" that make it the noun: "the remains", "their remains", "human remains", "body or remains".
_BEFORE_THE_NOUN_REMAINS = frozenset(
    "the their his her its whose any all human mortal skeletal or of identify identified recover recovered "
    "return returned exhume exhumed unidentified".split()
)
#: A verb the backshift would move and the words before it that make it a noun instead.
_NOUN_AFTER = {"will": _BEFORE_THE_NOUN_WILL, "remains": _BEFORE_THE_NOUN_REMAINS}


def backshift(clause: str, *, they: bool = True) -> str:
    """Auxiliaries and copulas into the past, outside quotation marks; "do"/"does" only before "not"; "have"
    after "do not", "to" or a modal stays ("did not have", "would have"). ``they``: "they" is never the submitter
    (for a joint submission whose "we" became "they", its own verbs stay in the present, as after "it")."""
    return outside_quotes(clause, lambda part: _backshift_plain(part, they))


def _plural_past(low: str, before: str, ahead: list[str], previous: list[str], they: bool) -> str | None:
    """The past of a plural present where the words around it make it a verb: after "they" or an adverb of
    frequency ("They receive no assistance", "police often demand"), a verb of saying before "that" ("many fear
    that"), "account(s) for" a quantity, and a verb that is never a noun after a plural noun or a figure ("women in
    rural areas deliver with …", "sections 214 and 217 punish …")."""
    following = ahead[0] if ahead else ""
    plural_noun = (len(before) >= 4 and before.isalpha() and before.endswith("s") and not before.endswith(("ss", "us", "is"))
                   and before not in _NOT_PLURAL_SUBJECTS) or before in _IRREGULAR_PLURALS \
        or (bool(previous) and re.fullmatch(r"[A-Z][a-z]{2,}is", previous[-1]) is not None
            and previous[-1] not in _SINGULAR_IS)  # "Nepalis", "Somalis"; not "the Majlis"
    if following == "that" and low in _SAYS_THAT and before not in _DETERMINERS:
        return _SAYS_THAT[low]  # "Manabadhikar Sangstha's monitoring shows that …"; not "the estimates that …"
    if following == "that" and low in _SAYING_THAT and (
            plural_noun or (before == "they" and they) or before in _FREQUENCY or before in {"who", "many", "most", "some", "others"}):
        return _SAYING_THAT[low]  # "Parents report that …", "many fear that …"; not "in its national report that …"
    if low in ("account", "accounts") and following == "for" and before not in _DETERMINERS \
            and _QUANTITY.match(" ".join(ahead[1:])):
        return "accounted"  # "Remandees account for close to 40 per cent of prisoners"
    if low not in _PLURAL_VERBS:
        return None
    # (not "the Government must adopt the law and also make it public": an infinitive joined to a modal's)
    if (before == "they" and they) or (before in _FREQUENCY and len(previous) >= 2 and previous[-2].lower() not in _DETERMINERS
                                       and not _joined_to_modal(previous)):
        return _PLURAL_VERBS[low]
    if (low in _NEVER_NOUNS or (low in _AFTER_PLURALS and following not in {"of", ""}
                                and (low != "live" or following in _WHERE_ONE_LIVES))) \
            and (plural_noun or re.fullmatch(r"\d[\d,]*", before) or before in _COUNT_WORDS
                 or (before == "them" and len(previous) >= 2 and previous[-2].lower() == "of")) \
            and not any(w.lower() in _CAUSATIVE for w in previous[-8:]):
        return _PLURAL_VERBS[low]
    return None


def _joined_to_modal(previous: list[str]) -> bool:
    """The word before the current one follows "and"/"or" in a clause with a modal or "to" before it."""
    return previous[-2].lower() in {"and", "or"} and any(w.lower() in _NO_BACKSHIFT_AFTER for w in previous[-12:])


def _backshift_plain(clause: str, they: bool = True) -> str:
    tokens = re.split(r"(\s+)", clause)
    words = [t for t in tokens if t and not t.isspace()]
    out: list[str] = []
    previous: list[str] = []
    changed: list[bool] = []  # for each word of ``previous``, whether it was moved into the past
    moved = False  # a plural present of this clause was moved: one joined to it by "and"/"or" is moved too
    just_moved = -1  # the place among ``previous`` of the last plural present moved
    for token in tokens:
        if not token or token.isspace():
            out.append(token)
            continue
        core = token.rstrip(".,;:!?")
        punct = token[len(core) :]  # "… that arrests continue." → "continued."
        low = core.lower()
        repl = _BACKSHIFT.get(low)
        # the words before, in the same clause ("which the Commission helped to draft, has been pending": "to" is
        # no longer before "has")
        after = [w.lower().strip(",;:") for w in previous[-2:]]
        if len(after) == 2 and after[0] == "to" and not (after[1].endswith("ly") or after[1] in _BETWEEN_TO_AND_VERB):
            after = after[1:]  # "a draft law on access to information has been pending": "to" is no infinitive's here
        if low in {"has", "have", "do", "does"} and len(previous) >= 2 and previous[-2].endswith((",", ";", ":")):
            after = after[1:]
        if low in {"has", "have", "do", "does"} and previous and previous[-1].endswith((",", ";", ":")):
            after = []  # not a list of infinitives: "to promote and protect human rights, receive and investigate …"
        ahead = [w.lower() for w in words[len(previous) + 1 : len(previous) + 4]]
        following = ahead[0] if ahead else ""
        blocked = low in {"have", "has", "do", "does", *_PLURAL_PRESENT, *_PLURAL_VERBS, *_SAYING_THAT, "account"} and any(
            w in _NO_BACKSHIFT_AFTER or w.endswith("n't") for w in after
        )
        if low in _PLURAL_PRESENT and not blocked and not (
            # "forced to undergo ritual baths, shave their heads and remain confined": an infinitive joined to one
            after[-1:] == ["and"] and "to" in [w.lower() for w in previous[-12:]] and not any(w.endswith((",", ";")) for w in previous[-3:])
        ):
            repl = _PLURAL_PRESENT[low]
        before = previous[-1].lower().strip(",;:") if previous else ""
        if repl is None and core.islower() and before != "it" and not blocked and not punct \
                and not (previous and previous[-1].endswith((",", ";", ":"))):
            repl = _plural_past(low, before, ahead, previous, they)
        if repl is None and moved and before in {"and", "or"} and (
            low in _VERBS_ONLY or (low in _PLURAL_VERBS and just_moved == len(previous) - 2)
        ):
            # "Local authorities routinely deny permission or designate …": both moved; and a verb right after the
            # one moved ("children live and work in the streets")
            repl = _PLURAL_VERBS[low]
        if low in _CLAUSE_OPENERS or punct[:1] in {".", ";", ":", "!", "?"}:
            moved = False
        elif repl is not None and repl in _PLURAL_VERBS.values():
            moved, just_moved = True, len(previous)
        if repl is None and core.islower() and before != "it":
            # not after "it", which may stand for the submitter ("we lack" → "it lacks"): its own verbs stay in
            # the present with the rest of what it says of itself ("it tries to monitor trials, but it lacks …")
            subject = (
                before in _SINGULAR_SUBJECTS
                # "… contained an overly broad definition of terrorism and permits the prolonged detention …"
                or (before in {"and", "but", "which", "who"} and following in _OBJECT_START and not punct)
                # "the national report also states that …"
                or (before in _FREQUENCY and following == "that" and not punct)
                # "Police Force Order 237 permits …", "section 29 guarantees …", "the Criminal Offences Act, 1960
                # permits …"
                or (re.fullmatch(r"\d+[a-z]?", before) is not None and len(previous) >= 2
                    and re.match(r"(?:[A-Z][\w’'\-]*|(?i:section|article|order|act)),?$", previous[-2]) is not None)
            )
            # an irregular verb not after the submitter speaking of itself ("it also knows of 12 cases", "the
            # coalition takes part …" stay in the present, as its own verbs do after "it")
            own = (before in _SELF_WORDS or (len(previous) >= 2 and previous[-2].lower() in _SELF_WORDS
                                             and (before in _FREQUENCY or before.endswith("ly") or before == "further")))
            repl = (_LEXICAL_PAST.get(low) or (None if own else _IRREGULAR_SINGULAR.get(low))
                    or (_SUBJECT_PAST.get(low) if subject else None))
            if before in _ARTICLES or (low in _NOUN_TOO and following in _NOUN_FOLLOWS):
                repl = None  # "the reaches of the river", "market stands were …": a noun
            elif repl and before in {"and", "or"} and len(previous) >= 2 and previous[-2] in _KEPT_PRESENT \
                    and not any(changed[-8:]):
                # "the Constitution respects and protects freedom of religion": kept in the present with the verb
                # before it, a noun too, which stays there
                repl = None
        if low == "is" and before == "that" and punct.startswith(","):
            repl = None  # "that is, publicly accused …": the phrase for "namely", no verb of the clause
        if before in _NOUN_AFTER.get(low, ()):
            repl = None  # "against their will", "the remains of 1,029 persons", "body or remains found": the noun
        if repl and not blocked and low not in {"do", "does"}:
            out.append((repl if core.islower() else upper_first(repl)) + punct)
            changed.append(True)
        else:
            out.append(token)
            changed.append(False)
        previous.append(token)
    text = "".join(out)
    return re.sub(r"\b(do|does)(\s+not)\b", lambda m: "did" + m.group(2), text)
