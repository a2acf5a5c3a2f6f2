"""The first person made third: the submitter's "we" and "our" become "it" and "its" and their verbs agree
("we are" → "it is"), while a "we" that is a group or the people ("We Egyptians", "our country") stays theirs;
and the submitter naming itself ("The Commission notes") found by its names.
"""

from __future__ import annotations

import re
from functools import cache

from uprkit.summarize.clauses import upper_first
from uprkit.summarize.frames import FRAMES, OWN_VERB_PAST, is_frame_base, third_to_base
from uprkit.summarize.tense import FINITE_PAST, outside_quotes

_PRONOUNS = {"we": "it", "our": "its", "us": "it", "ourselves": "itself", "i": "it", "my": "its"}


#: Verbs a submitter says of itself in the present ("We need …", "We monitor …"), in the plural form; after "we"
#: they are put in the third person ("it needs", "it monitors"). A list, not a guess: after "we" may come a noun
#: ("We members of civil society"), an adverb ("We then contacted") or a past that looks like a present ("We cut
#: our activities in 2020"), and those stay as written (verbs whose past is spelt the same are left out).
PRESENT_VERBS = frozenset("""
    accept acknowledge address advise advocate affirm agree aim alert appeal appreciate apply argue ask assert assess
    assist believe belong call care caution challenge check claim collaborate collect commend comply conclude
    condemn conduct confirm consider contend continue contribute cooperate coordinate count demand denounce deplore
    deliver design develop disagree document doubt educate emphasise emphasize encourage engage estimate evaluate
    examine exist expect express face fear feel fight find focus follow fund gather get give help highlight hold hope
    host include inform insist intend investigate invite keep know lack learn look maintain manage meet monitor need
    note notice object observe obtain offer operate oppose organise organize participate partner plan prepare produce
    promote propose protect protest provide publish question reaffirm recall receive recognise recognize recommend
    record refer reflect regard regret reiterate reject rely remain remember remind reply report represent request
    research review run see seek serve share speak stand stress study submit suggest supply support take teach
    think track train try underline understand urge verify view visit wait want warn welcome wish witness work worry
    write
""".split())
#: adverbs and quantifiers that may stand between "we" and its verb ("we also need", "we all know")
SUBJECT_ADVERBS = (
    r"(?:\w+ly|also|still|further|therefore|again|now|already|never|only|often|always|hereby|thus|hence|too|all|"
    r"both|ourselves|even|just|jointly|together|thereby|rather|then|once|sometimes|however|likewise|nevertheless|"
    r"not\s+only)"
)
_VERB_ALTERNATION = "|".join(sorted(PRESENT_VERBS | {"are", "am", "were", "have", "do", "go"}, key=len, reverse=True))
#: "we"/"I", the adverbs between it and its verb, the verb, and a verb joined to it by "and"/"or" ("we monitor and
#: document"); a contraction ("we don't") is left to the backshift ("it didn't")
_SUBJECT_VERB = re.compile(
    rf"(?P<head>\b(?:[Ww]e|I)\s+(?:{SUBJECT_ADVERBS}\s+)*)(?P<verb>{_VERB_ALTERNATION})\b(?![’'])"
    rf"(?:(?P<joint>\s+(?:and|or)\s+)(?P<verb2>{_VERB_ALTERNATION})\b(?![’']))?"
)
#: "we aren't", "we don't": the third person of the contraction, which the backshift then moves into the past
_SUBJECT_CONTRACTION = re.compile(rf"(?P<head>\b(?:[Ww]e|I)\s+(?:{SUBJECT_ADVERBS}\s+)*)(?P<verb>aren|don|haven|weren)(?=[’']t\b)")
_CONTRACTED = {"aren": "isn", "don": "doesn", "haven": "hasn", "weren": "wasn"}
#: the third person singular of the verbs that do not add "-s"/"-es" to the plural form
_THIRD_SINGULAR = {"are": "is", "am": "is", "were": "was", "have": "has", "do": "does", "go": "goes"}
#: "Annex I", "Protocol I", "World War I": a numeral, not the pronoun
_NUMERAL_I_AFTER = frozenset(
    "Annex Protocol Part Title Chapter Article Volume Section Schedule Phase Category Class Level Stage Type Book War "
    "Appendix Table Figure Group Division Tier Pillar Item Round Cycle Convention List Option".split()
)


def _agree(verb: str, plural: bool) -> str:
    """A verb of :data:`PRESENT_VERBS` after "we"/"I" as it is after "it" ("need" → "needs", "try" → "tries",
    "are" → "is"), or after "they" for a joint submission ("am" → "are")."""
    if plural:
        return "are" if verb == "am" else verb
    if verb in _THIRD_SINGULAR:
        return _THIRD_SINGULAR[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "i", "o", "u"):
        return verb[:-1] + "ies"
    return verb + "s"


@cache
def _agreed_forms() -> dict[str, str]:
    return {_agree(v, False): v for v in PRESENT_VERBS}


def agreed_base(word: str) -> str | None:
    """The verb of :data:`PRESENT_VERBS` of which ``word`` is the third person the draft writes after "it"
    ("witnesses" → "witness", "tries" → "try"), else None."""
    return _agreed_forms().get(word)


def speaks_of_itself(text: str) -> bool:
    """Whether the submitter speaks of itself ("we", "our", "I") outside quotations: drafted, it becomes "it"."""
    found = False

    def look(part: str) -> str:
        nonlocal found
        found = found or any(
            not (m.group() == "I" and _numeral_i(part, m.start())) for m in _FIRST_PERSON.finditer(part)
        )
        return part

    outside_quotes(text, look)
    return found


_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|[Oo]urselves|I|[Mm]y)\b")


def beyond_frame(text: str) -> str:
    """``text`` without the reporting frame it opens with ("We are concerned about …" → "…"): the frame becomes
    the drafted verb ("expressed concern about"), so its "we" is no "it" in the draft."""
    text = text.lstrip()
    for pattern, _, _, _ in FRAMES:
        m = pattern.match(text)
        if m:
            return text[m.end() :]
    return text


def _subject_verb(m: re.Match[str], plural: bool) -> str:
    out = m.group("head") + _agree(m.group("verb"), plural)
    if m.group("verb2"):
        out += m.group("joint") + _agree(m.group("verb2"), plural)
    return out


def _numeral_i(part: str, at: int) -> bool:
    """Whether the "I" at ``at`` is a numeral: "Annex I", "Protocol I and II", and after any capitalised word inside
    a sentence, a name's number ("Pre-Trial Chamber I of the International Criminal Court"), where the pronoun
    follows a capital only as the sentence's first word ("Then I saw …")."""
    before = part[:at].split()
    after = part[at + 1 :]
    named = len(before) >= 2 and before[-1][:1].isupper() and before[-1].isalpha() and not before[-2].endswith((".", ":"))
    return (bool(before and before[-1].capitalize() in _NUMERAL_I_AFTER) or named
            or bool(re.match(r"\s*(?:,|and|or|-|–)\s*I[IVX]", after))
            # a section's number: "I. Excerpt from the Annual Report", "Chapter I." (the pronoun takes no full stop)
            or bool(re.match(r"\.(?:\s+[A-Z]|\s*$)", after)))


def third_person(clause: str, *, plural: bool = False) -> str:
    """First-person pronouns of the submitting organization into the third person."""
    def repl(m: re.Match[str], part: str) -> str:
        word = m.group(0)
        if word == "I" and _numeral_i(part, m.start()):
            return word
        new = _PRONOUNS[word.lower()]
        if plural:
            new = {"it": "they", "its": "their", "itself": "themselves"}[new]
        return upper_first(new) if word[0].isupper() and m.start() == 0 else new

    def change(part: str) -> str:
        if not plural:
            part = _SUBJECT_CONTRACTION.sub(lambda m: m.group("head") + _CONTRACTED[m.group("verb")], part)
        part = _SUBJECT_VERB.sub(
            lambda m: m.group(0) if m.group(0).startswith("I") and _numeral_i(part, m.start()) else _subject_verb(m, plural),
            part,
        )
        # not in a web or e-mail address ("news.example.my/2023", "info@us.org")
        return re.sub(r"(?<![./@])\b(?:[Ww]e|[Oo]ur|us|ourselves|I|[Mm]y)\b(?![./@]\w)", lambda m: repl(m, part), part)

    return outside_quotes(clause, change)


def named_subject(self_names: tuple[str, ...]) -> str:
    """The submitter's names as a sentence's subject: "(?:[Tt]he\\s+)?(?:Amnesty International|AI)"; "" without
    names."""
    # "the Commission" opening a sentence is "The Commission"
    names = [re.sub(r"^the\\ ", r"[Tt]he\\s+", n) for n in name_alternatives(self_names)]
    return rf"(?:[Tt]he\s+)?(?:{'|'.join(names)})" if names else ""


def own_verbs_past(text: str, self_names: tuple[str, ...]) -> str:
    """``text`` with the submitter's own reporting verbs, said of itself by name before "that", an object pronoun
    or "to be", in the past ("Amnesty International considers him a prisoner of conscience" → "considered him";
    not "According to LICA estimates, …" or "the LICA notes", where they are nouns)."""
    named = named_subject(self_names)
    if not named:
        return text
    return re.sub(
        rf"\b({named}\s+(?:also\s+|further\s+)?)({'|'.join(OWN_VERB_PAST)})(?=(?:,\s*(?:however|nevertheless|also|therefore))?,?\s+that\b|\s+(?:him|her|them|it|this|these|those)\b|\s+to\s+be\b)",
        lambda m: m.group(1) + OWN_VERB_PAST[m.group(2)],
        text,
    )


def name_alternatives(names: tuple[str, ...]) -> list[str]:
    """The names as regular-expression alternatives, longest first (so "Amnesty International" wins over "AI")."""
    return [re.escape(n) for n in sorted(names, key=len, reverse=True) if n]


#: Who "we" are, said after it: "We, the undersigned organizations, call on …", "We, as civil society, …".
_WE_APPOSITIVE = re.compile(r"^(?P<we>We|I)\s*,\s*(?:the\s+undersigned(?:\s+[\w\-]+){0,3}|as\s+[^,;.]{1,60}?)\s*,\s*(?=[a-z])")
#: People the submitter speaks for and belongs to: "We Roma women face …", "As Roma women, we face …".
_GROUP = (
    r"(?:(?:[A-Z][\w\-’']*\s+){0,3}(?:women|men|girls|boys|mothers|fathers|parents|families|people|persons|peoples|"
    r"communities|children|youth|students|workers|journalists|lawyers|defenders|activists|survivors|victims|"
    r"migrants|refugees|asylum-seekers|citizens|residents|minorities)"
    # a people by its name: "We Egyptians have seen …", "We Kenyans", "We Sudanese"
    r"|[A-Z][a-z]+(?:ians|ans|ese|is|inos|enos)(?![\w’']))"
)
_GROUP_PRONOUNS = {"we": "they", "our": "their", "us": "them", "ourselves": "themselves"}
_WE_GROUP = re.compile(rf"^We\s+(?P<group>{_GROUP})\s+(?=[a-z])")
#: "We, workers and their lawyers, cannot form …": the people named after "we" are the subject.
_WE_NAMED = re.compile(rf"^We\s*,\s*(?P<group>[^,;.]{{0,40}}?\b{_GROUP}[^,;.]{{0,40}}?)\s*,\s*(?=[a-z])")
#: The people's own: "our country" is not the submitter's ("its country"), "millions of us" not "millions of it".
_PEOPLES = re.compile(r"\b(?:[Oo]ur)\s+(country|nation|people|society|homeland|economy)\b")
_OF_US = re.compile(r"\b((?:[Mm]illions|[Tt]housands|[Hh]undreds|[Mm]any|[Mm]ost|[Ff]ew)\s+of)\s+us\b")
_AS_GROUP = re.compile(rf"^As\s+(?P<group>{_GROUP})\s*,\s*we\s+(?=[a-z])")


#: How any submitter may name itself: "the organization", "our coalition", "the authors", "the joint submission",
#: "the co-submitting organisations", "the undersigned organisations".
GENERIC_SELF = (
    r"(?:the|our)\s+(?:organi[sz]ation|coalition|network|authors?|(?:(?:co-?)?submitting|undersigned|signatory)\s+"
    r"organi[sz]ations?|joint\s+submission)"
)
#: "It also recommends …", "It further urges …": a submitter's "it" asks in the present (a treaty body it quotes
#: recommended, in the past).
_IT_ASKS = re.compile(r"^It\s+(?P<adv>(?:(?:also|further|therefore|again|strongly)\s+)*)(?P<verb>recommends|urges|encourages)\b")


#: The submitter's own frames in the past, as it reports its earlier acts: "ODIHR recommended that …", "The
#: Commission called on the Government …", "The Commission urged the State to …", "The IACHR expressed concern
#: at …", "The Commission welcomed the creation of …" (only before "that", or what the verb takes as a frame:
#: :data:`_OWN_PAST_FOLLOWS`).
_OWN_PAST_FRAME = {
    "recommended": "recommend", "urged": "urge", "noted": "note", "called": "call", "observed": "observe",
    "welcomed": "welcome", "regretted": "regret", "stressed": "stress", "reiterated": "reiterate",
    "expressed": "express",
}
_OWN_PAST_FOLLOWS = {
    "call": r"\s+(?:that\b|on\s|upon\s)",
    "note": r",?\s+(?:that\b|with\s+(?:(?:great|deep|grave|serious|particular)\s+)?(?:concern|regret|appreciation|satisfaction|interest)\b)",
    "urge": r"\s+(?:that\b|(?:the\s+)?(?:State|Government|authorities|Congress|Parliament)\b[^.;]{0,40}?\bto\s)",
    "express": r"\s+(?:(?:its|deep|serious|grave|particular)\s+)*concern\b",
    "welcome": r",?\s+(?:that\b|the\s|its\s)",
}


def first_person(text: str, self_names: tuple[str, ...]) -> str:
    """ "Amnesty International remains concerned" / "The coalition recommends" → "We remain concerned" /
    "We recommend", so that the submitter speaking of itself is framed as when it says "we". Who "we" are is
    left out when said after it ("We, the undersigned, call on …" → "We call on …"), and people the submitter
    speaks as are the subject ("We Roma women face …", "As Roma women, we face …" → "Roma women face …")."""
    m = _WE_APPOSITIVE.match(text)
    if m:
        text = f"{m.group('we')} {text[m.end():]}"
    text = _OF_US.sub(lambda m: f"{m.group(1)} them", _PEOPLES.sub(lambda m: f"the {m.group(1)}", text))
    m = _WE_GROUP.match(text) or _AS_GROUP.match(text) or _WE_NAMED.match(text)
    if m:
        group = m.group("group")
        # the "we" and "our" that follow are that group too: "… when we apply" → "… when they apply"
        rest = outside_quotes(text[m.end() :], lambda part: re.sub(
            r"\b(we|our|us|ourselves)\b", lambda w: _GROUP_PRONOUNS[w.group(1)], part
        ))
        return f"{group[0].upper()}{group[1:]} {rest}"
    m = _IT_ASKS.match(text)
    if m:  # "It further recommends that Türkiye …": the submitter, of itself, as in the sentence before
        return f"We {(m.group('adv') or '').lower()}{m.group('verb')[:-1]}{text[m.end():]}"
    names = name_alternatives(self_names)
    names += [GENERIC_SELF]
    one = f"(?:the\\s+)?(?:{'|'.join(names)})"
    m = re.match(
        # its members together too: "CIVICUS and TCSF call on …"
        rf"^{one}(?:\s*,\s*{one})*(?:\s+and\s+{one})?\s+(?P<adv>(?:(?:therefore|also|further|strongly|again)\s+)*)(?P<verb>\w+)\b",
        text,
        re.I,
    )
    if m and (base := third_to_base(m.group("verb").lower(), text[m.end("verb") :])) is not None:
        return "We " + m.group("adv").lower() + base + text[m.end("verb") :]
    if m and (base := _OWN_PAST_FRAME.get(m.group("verb").lower())) and re.match(
        _OWN_PAST_FOLLOWS.get(base, r",?\s+that\b"), text[m.end("verb") :]
    ):  # "ODIHR recommended that the draft be revised …": its own act, not a fact about it ("recommended that
        # ODIHR recommended that …")
        return "We " + m.group("adv").lower() + base + text[m.end("verb") :]
    if m and (re.search(r"s\s*$", text[: m.start("adv")]) or re.search(r"\sand\s", text[: m.start("adv")])) \
            and is_frame_base(m.group("verb"), text[m.end("verb") :]):
        # a plural name and its verb: "The co-submitting organisations recommend that Kenya …"
        return "We " + m.group("adv").lower() + m.group("verb") + text[m.end("verb") :]
    if m and re.match(r"our\s", text, re.I) and (m.group("verb").lower().endswith("ed") or m.group("verb").lower() in FINITE_PAST):
        return "We " + text[m.start("verb") :]  # "Our organization documented 45 cases" → "We documented …"
    alternatives = "|".join(n for n in names if n != GENERIC_SELF)
    if not alternatives:
        return text
    # its own name for "our" ("The CPT’s delegation received …" → "Our delegation …": "its delegation") and for "we"
    # after an opening phrase ("In 2023 RAS documented 83 cases" → "In 2023 we documented …": "in 2023, it
    # documented …", not "reported that in 2023 RAS documented …")
    own = re.match(rf"^(?:the\s+)?(?:{alternatives})['’]s\s+(?=[a-z]|\d{{4}}\s+[a-z])", text, re.I)  # "CLEN's 2019 survey"
    if own:
        return "Our " + text[own.end() :]
    opened = re.match(
        rf"^(?P<open>(?:in|on|during|since|between|from|as|at|by|after|before|between)\b[^,;:]{{1,80}}?,?\s+)"
        rf"(?:the\s+)?(?:{alternatives})\s+(?P<adv>(?:(?:also|further|again|alone)\s+)*)(?P<verb>[a-z]+)\b",
        text,
        re.I,
    )
    if opened and (opened.group("verb").endswith("ed") or opened.group("verb") in FINITE_PAST
                   or opened.group("verb") in {"has", "have"}):
        return f"{opened.group('open')}we {opened.group('adv')}{text[opened.start('verb') :]}"
    return text
