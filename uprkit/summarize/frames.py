"""The frames a submission's sentence opens with ("We are concerned that", "We urge the Government to", "The
Government should", "The adoption of …") and the verb and act the summary reports each with.
"""

from __future__ import annotations

import re
from functools import cache

from uprkit.model import Act
from uprkit.summarize.clauses import STATE_WORDS


@cache
def frame_heads() -> frozenset[str]:
    """The reporting frames a "that" clause follows ("noted", "expressed concern", "noted with regret")."""
    return frozenset(verb for _, verb, _, join in FRAMES if join == "that")


def finish_clause(clause: str) -> str:
    clause = clause.strip()
    clause = re.sub(r"[;,:]+$", "", clause).rstrip()
    clause = re.sub(r"[;,]?\s+(?:and|or)$", "", clause)  # "… civilian oversight; and": a list's item
    if not clause.endswith((".", "!", "?", ".”", '."', ".)")):
        clause += "."
    return clause


def _noted_with(feeling: str, act: Act, adverbs: str) -> list[tuple[re.Pattern[str], str, Act, str]]:
    """ "We note with <feeling> that …" and "We note with <feeling> the …": "noted with <feeling>"."""
    opening = rf"^we\s+(?:also\s+|further\s+)?notes?\s+with\s+(?:(?:{adverbs})\s+)?{feeling}\s+"
    return [
        (re.compile(opening + r"that\s+", re.I), f"noted with {feeling}", act, "that"),
        (re.compile(opening + r"(?!that\b)(?=\w)", re.I), f"noted with {feeling}", act, "raw"),
    ]


FRAMES: list[tuple[re.Pattern[str], str, Act, str]] = [
    # (pattern on the sentence, verb, act, how the rest is joined: "that", "raw", "to")
    (re.compile(r"^(?:we|it)\s+(?:is|are)\s+(?:therefore\s+)?recommended\s+that\s+", re.I), "recommended", "recommendation", "that"),
    (re.compile(r"^we\s+(?:would\s+)?(?:therefore\s+|also\s+|further\s+|\w+ly\s+)*recommends?\s+that\s+", re.I), "recommended", "recommendation", "that"),
    (re.compile(r"^we\s+(?:therefore\s+|also\s+|further\s+|(?:once\s+)?again\s+|\w+ly\s+)*urges?\s+", re.I), "urged", "recommendation", "raw"),
    # "The Council recommends the adoption of a law on …", "We recommend establishing …"
    (re.compile(r"^we\s+(?:would\s+)?(?:therefore\s+|also\s+|further\s+|\w+ly\s+)*recommends?\s+(?=(?:\w+ly\s+)?(?:the|a|an)\s|(?:\w+ly\s+)?[a-z]+ing\b)", re.I),
     "recommended", "recommendation", "raw"),
    (re.compile(r"^we\s+(?:therefore\s+|also\s+|further\s+|(?:once\s+)?again\s+|\w+ly\s+)*call(?:s)?\s+(?:up)?on\s+", re.I), "called on", "recommendation", "raw"),
    (re.compile(r"^we\s+(?:therefore\s+|also\s+|further\s+|\w+ly\s+)*encourages?\s+", re.I), "encouraged", "recommendation", "raw"),
    (re.compile(r"^we\s+(?:therefore\s+|also\s+|further\s+|\w+ly\s+)*invites?\s+(?=.{3,120}?\bto\s+\w)", re.I), "invited", "recommendation", "raw"),
    (re.compile(r"^we\s+(?:are|remain)\s+(?:deeply\s+|gravely\s+|seriously\s+|particularly\s+|also\s+|further\s+|equally\s+|especially\s+|extremely\s+|very\s+|increasingly\s+)*concerned\s+(?:that\s+)", re.I), "expressed concern", "concern", "that"),
    (re.compile(r"^we\s+(?:are|remain)\s+(?:deeply\s+|gravely\s+|seriously\s+|particularly\s+|also\s+|further\s+|equally\s+|especially\s+|extremely\s+|very\s+|increasingly\s+)*concerned\s+(?:about|at|by|with|over)\s+", re.I), "expressed concern about", "concern", "raw"),
    (re.compile(r"^we\s+(?:deeply\s+)?regrets?\s+that\s+", re.I), "regretted", "concern", "that"),
    (re.compile(r"^we\s+(?:therefore\s+)?(?:warmly\s+)?welcomes?\s+", re.I), "welcomed", "positive", "raw"),
    (re.compile(r"^we\s+(?:therefore\s+|also\s+)?commends?\s+", re.I), "commended", "positive", "raw"),
    # "The Commission supports the adoption of the Human Rights Defenders Protection Bill": its call, in its words
    (re.compile(r"^we\s+(?:therefore\s+|also\s+|fully\s+|strongly\s+)*supports?\s+(?=the\s+(?:(?:swift|early|prompt|"
                r"immediate)\s+)?(?:adoption|enactment|passage|ratification|establishment|creation|approval|abolition|repeal|"
                r"amendment|revision|withdrawal|decriminali[sz]ation|introduction|implementation)\b)", re.I),
     "supported", "recommendation", "raw"),
    (re.compile(r"^we\s+(?:deeply\s+)?regrets?\s+", re.I), "regretted", "concern", "raw"),
    (re.compile(r"^we\s+(?:strongly\s+|also\s+)*condemns?\s+", re.I), "condemned", "concern", "raw"),
    (re.compile(r"^we\s+(?:also\s+)?takes?\s+(?:due\s+|careful\s+)?note\s+of\s+", re.I), "took note of", "observation", "raw"),
    # "The Commission expresses concern at the cancellation of …" → "expressed concern at …"
    (re.compile(r"^we\s+(?:also\s+|further\s+|again\s+)*express\s+(?:(?:its|our)\s+)?(?:deep\s+|grave\s+|serious\s+|particular\s+)?"
                r"concern\s+(?=(?:at|about|over|regarding|with|that)\b)", re.I),
     "expressed concern", "concern", "raw"),
    # "The CNDH considers it necessary that the State review …" → "considered it necessary that …": a recommendation
    (re.compile(r"^we\s+(?:also\s+|therefore\s+|further\s+)*(?:consider|believe|find|deem)s?\s+(?=it\s+(?:\w+\s+)?"
                r"(?:necessary|essential|urgent|important|crucial|indispensable|vital|imperative|fundamental|advisable)"
                r"\s+(?:that|to)\b)", re.I),
     "considered", "recommendation", "raw"),
    # "We reiterate our recommendation that …", "We renew the recommendations made in 2019 to …": a recommendation
    (re.compile(r"^we\s+(?:also\s+|therefore\s+|once\s+again\s+|again\s+)*(?:reiterate|renew|repeat)s?\s+(?=(?:our|its|the|"
                r"these|this)\s+(?:\w+\s+){0,2}?recommendations?\b)", re.I),
     "reiterated", "recommendation", "raw"),
    (re.compile(r"^we\s+(?:therefore\s+|also\s+|further\s+|strongly\s+)*calls?\s+for\s+", re.I), "called for", "recommendation", "raw"),
    # "We request that the Working Group recommend …", "We respectfully request the Council to …"
    (re.compile(r"^we\s+(?:therefore\s+|also\s+|further\s+|\w+ly\s+)*request\s+that\s+(?!(?:we|i|our)\b)", re.I), "requested", "recommendation", "that"),
    (re.compile(r"^we\s+(?:therefore\s+|also\s+|further\s+|\w+ly\s+)*request\s+(?=(?:the|all)\s)", re.I), "requested", "recommendation", "raw"),
    # "We ask that all those responsible be brought to justice", "We ask the Government to …"
    (re.compile(r"^we\s+(?:therefore\s+|also\s+|further\s+|\w+ly\s+)*ask\s+that\s+(?!(?:we|i|our)\b)", re.I), "asked", "recommendation", "that"),
    # ("We ask the Government to …" is "called on …", as the summaries write it: they never write "asked")
    (re.compile(r"^we\s+(?:therefore\s+|also\s+|further\s+|\w+ly\s+)*ask\s+(?=(?:the|all)\s[^.;:]{1,80}?\bto\s)", re.I),
     "called on", "recommendation", "raw"),
    # the second verb of a welcome and a request in one sentence, cut from it (sentences._ASKS_TOO): "… and recommends
    # a moratorium on all executions …"
    (re.compile(r"^(?:therefore\s+|also\s+|further\s+|strongly\s+)*recommends\s+that\s+", re.I), "recommended", "recommendation", "that"),
    (re.compile(r"^(?:therefore\s+|also\s+|further\s+|strongly\s+)*recommends\s+(?=(?:\w+ly\s+)?(?:the|a|an)\s|[a-z]+ing\b)", re.I),
     "recommended", "recommendation", "raw"),
    (re.compile(r"^(?:therefore\s+|also\s+|further\s+|strongly\s+)*(?:calls\s+(?:up)?on|urges)\s+", re.I), "called on", "recommendation", "raw"),
    # "We are asking the Government to make 18 the minimum age …" (the Malaysian set: "noted that it was asking …")
    (re.compile(r"^we\s+are\s+(?:also\s+|therefore\s+|now\s+)?(?:asking|calling\s+(?:up)?on|urging)\s+(?=(?:the|all)\s[^.;:]{1,80}?\bto\s)", re.I),
     "called on", "recommendation", "raw"),
    (re.compile(r"^we\s+(?:therefore\s+|also\s+|further\s+|\w+ly\s+)*ask\s+(?=(?:the|all)\s)", re.I), "asked", "recommendation", "raw"),
    (re.compile(r"^we\s+(?:also\s+|further\s+|again\s+)?notes?\s+with\s+concern\s+that\s+", re.I), "noted with concern", "concern", "that"),
    # "We note with concern the lack of …" → "noted with concern the lack of …"
    (re.compile(r"^we\s+(?:also\s+)?notes?\s+with\s+(?:grave\s+|deep\s+|serious\s+|great\s+)?concern\s+(?!that\b)", re.I),
     "noted with concern", "concern", "raw"),
    # "We note with appreciation that …", "… with satisfaction the adoption of …", "… with (deep) regret that …",
    # "… with interest …" (each was drafted "noted that it notes with …")
    *_noted_with("appreciation", "positive", "great|particular|deep"),
    *_noted_with("satisfaction", "positive", "great|particular"),
    *_noted_with("interest", "observation", "great|particular"),
    *_noted_with("regret", "concern", "great|deep|particular"),
    # "The Forum further notes that …" ("noted that it further notes that …" before)
    (re.compile(r"^we\s+(?:also\s+|further\s+|again\s+|moreover\s+|\w+ly\s+)*(?:note|observe)s?\s+that\s+", re.I), "noted",
     "observation", "that"),
    (re.compile(r"^we\s+(?:also\s+)?(?:believe|consider|think)s?\s+that\s+", re.I), "considered", "observation", "that"),
    # "We hope the Working Group will note with concern …" → "hoped that the Working Group would note …" (not "noted
    # that it hopes the Working Group would …"); "We hope to …" is no frame
    (re.compile(r"^we\s+(?:also\s+|further\s+|\w+ly\s+)*hope\s+(?:that\s+)?(?!to\b)(?=\w)", re.I), "hoped", "observation", "that"),
    # "The Ombudsman is of the view that …" (→ "We are of the view that …") → "considered that …"
    (re.compile(r"^we\s+(?:are|remain)\s+(?:also\s+|firmly\s+|therefore\s+)*of\s+the\s+(?:view|opinion)\s+that\s+", re.I),
     "considered", "observation", "that"),
    # "We consider him a prisoner of conscience" → "considered him a prisoner of conscience"
    (re.compile(r"^we\s+(?:also\s+)?(?:consider|regard)s?\s+(?=(?:him|her|them|this|these|that|it|the)\b)", re.I),
     "considered", "observation", "raw"),
    (re.compile(r"^it\s+is\s+(?:therefore\s+)?recommended\s+that\s+", re.I), "recommended", "recommendation", "that"),
    # a note that something is worth noting is a note ("noted that it was worth noting that …" before)
    (re.compile(r"^it\s+is\s+(?:also\s+)?(?:worth\s+(?:noting|mentioning)|(?:important|noteworthy)\s+to\s+note)\s+that\s+", re.I),
     "noted", "observation", "that"),
    (re.compile(r"^it\s+(?:should|must)\s+(?:also\s+)?be\s+(?:noted|recalled|pointed\s+out)\s+that\s+", re.I),
     "noted", "observation", "that"),
    (re.compile(r"^(?:regrettably|unfortunately)\s*,\s*we\s+(?:must\s+|have\s+to\s+)?(?:note|observe)\s+that\s+", re.I),
     "noted with regret", "concern", "that"),
    (re.compile(r"^we\s+(?:must|would\s+like\s+to|wish\s+to|want\s+to|have\s+to)\s+(?:note|observe|point\s+out)\s+that\s+", re.I),
     "noted", "observation", "that"),
    (re.compile(r"^we\s+(?:must|would\s+like\s+to|wish\s+to|want\s+to)\s+(?:stress|emphasi[sz]e|underline)\s+that\s+", re.I),
     "stressed", "observation", "that"),
]
RECOMMEND_TO = re.compile(
    r"^we\s+(?:therefore\s+|also\s+|further\s+|strongly\s+)*recommends?\s+(?:to\s+)?"
    r"(?P<obj>(?:the\s+)?(?:[Gg]overnment|authorities|State)(?:\s+of\s+[A-Z][\w\s]{1,40}?)?)\s+to\s+(?P<rest>\w.*)$",
    re.I | re.S,
)
#: The submitter asking the States that review (the Working Group, the Council) to recommend something: "We hope
#: States will raise the issue during the review and make a specific recommendation that Ghana enact legislation
#: …", "We urge States to recommend that Ghana ratify …". What follows "recommend(ation) that" is the submitter's
#: own recommendation, drafted as one ("recommended that Ghana enact legislation …").
ASKS_STATES_TO_RECOMMEND = re.compile(
    r"^we\s+(?P<also>also\s+|further\s+)?(?:also\s+|therefore\s+|further\s+|\w+ly\s+)*(?:hope|trust|urge|"
    r"call\s+(?:up)?on|encourage|invite|ask|request)\s+(?:that\s+)?(?:the\s+|all\s+|other\s+)?(?:(?:reviewing|recommending|member|UN\s+member)\s+)?"
    r"(?:States|delegations|Working\s+Group|(?:Human\s+Rights\s+)?Council)\b"
    r"[^.;:]{0,200}?\b(?:recommend|make\s+(?:a|the)\s+(?:\w+\s+){0,2}?recommendations?)\s+that\s+(?P<rest>\w.*)$",
    re.I | re.S,
)
MODAL = re.compile(
    r"^(?P<subj>(?:[A-Z][\w'’\-]*|the|The)(?:[\s,]+[\w'’\-()]+){0,29}?)(?P<comma>,?)\s+"
    r"(?P<modal>should|must|ought\s+to|needs?\s+to"
    r"|(?:is|are)\s+(?:strongly\s+)?(?P<asked>urged|encouraged|called\s+(?:up)?on|requested|invited)\s+to)"
    r"(?P<aside>,[^,]{1,80},)?\s+"
    r"(?P<rest>(?:\([a-z]\)\s+)?(?:not\s+|also\s+|further\s+|urgently\s+|immediately\s+|promptly\s+)*\w.*)$",
    re.S,
)
#: A sentence opening with a phrase of its own before the subject: "Under the law, …", "In 2021, …", "As a result, …".
OPENING_PHRASE = re.compile(
    r"^(?:under|in|on|at|for|from|by|with|without|despite|after|before|during|since|according|as|following|"
    r"although|though|while|when|where|if|however|moreover|therefore|thus|today|currently|yet|also|finally)\b",
    re.I,
)
#: "The Government to repeal …": the verb in lower case ("The National Task Force to End Local Communist Armed
#: Conflict … has been …" is a name).
TO_FRAME = re.compile(rf"^(?P<obj>{STATE_WORDS}|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,3}})\s+to\s+(?P<rest>[a-z].*)$", re.S)
#: A finite verb or a modal before a "be": the sentence has its verb, so the "be" is no subjunctive.
FINITE_IN_SUBJECT = re.compile(
    r"\b(?:is|are|was|were|has|have|had|does|do|did|will|would|can|cannot|could|should|must|may|might|shall|"
    r"can[’']t|won[’']t)\b", re.I
)
#: A relative clause in a subject, whose verb is its own: "Persons who have been detained without trial be released".
RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that|where)\b.*$", re.I)
SUBJUNCTIVE_BE = re.compile(
    r"^(?P<subj>[^,;:]{3,120}?)\s+(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bto\s)"
    r"(?<!\bnot\s)(?<!cannot\s)(?<!\bcan\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bshall\s)(?<!\bwas\s)(?<!\bwere\s)be\s+\w+(?:ed|en|wn|ne|ught)\b"
)


#: A noun of action and its object: "the closure of …", "an end to …" is not one.
NOUN_OF = re.compile(r"(?:the|an?)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ion|ment|ure|al|ance|ence)\s+of\b")
#: "The ratification of ICCPR-OP 2." – a nominal recommendation, as submissions list them.
NOMINAL = re.compile(
    r"^(?:the\s+)?(?:immediate\s+|prompt\s+|full\s+|effective\s+|urgent\s+)?(?:ratification|adoption|establishment|"
    r"introduction|creation|abolition|amendment|repeal|revision|withdrawal|implementation|enactment|signature|"
    r"accession|elaboration|development|strengthening|release|decriminali[sz]ation|criminali[sz]ation|removal|"
    r"deinstitutionali[sz]ation)\s+of\b",
    re.I,
)

#: A year the action was taken in ("in 2019", "in July 2008"), before the nominal's first comma.
DATED_PAST = re.compile(
    r"\bin\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?(?:19|20)\d\d\b(?!\s*[-–]\s*\d)"
)


#: Reporting verbs in the present and their past, as the summaries use them ("We acknowledge that …" →
#: "acknowledged that …"); the act is an observation unless said here.
_REPORTING_PRESENT: dict[str, tuple[str, Act]] = {
    "acknowledge": ("acknowledged", "positive"), "recognize": ("recognized", "positive"),
    "recognise": ("recognised", "positive"), "appreciate": ("appreciated", "positive"),
    "estimate": ("estimated", "observation"), "stress": ("stressed", "observation"),
    "emphasize": ("emphasized", "observation"), "emphasise": ("emphasised", "observation"),
    "underline": ("underlined", "observation"), "recall": ("recalled", "observation"),
    "highlight": ("highlighted", "observation"), "find": ("found", "observation"),
    "claim": ("claimed", "observation"), "allege": ("alleged", "observation"), "argue": ("argued", "observation"),
    "maintain": ("maintained", "observation"), "reiterate": ("reiterated", "observation"),
    "confirm": ("confirmed", "observation"), "report": ("reported", "observation"),
    "state": ("stated", "observation"), "indicate": ("indicated", "observation"),
    "assert": ("asserted", "observation"), "affirm": ("affirmed", "observation"),
    "explain": ("explained", "observation"), "understand": ("understood", "observation"),
    "fear": ("feared", "concern"), "deplore": ("deplored", "concern"), "regret": ("regretted", "concern"),
    "document": ("documented", "observation"),
}
# "We acknowledge that …" → "acknowledged that …": one frame a verb, after the frames above
FRAMES += [
    (re.compile(rf"^we\s+(?:also\s+|further\s+|therefore\s+|strongly\s+)*{verb}\s+that\s+", re.I), past, act, "that")
    for verb, (past, act) in _REPORTING_PRESENT.items()
]
#: Reporting verbs said of a thing, not a clause: "We note the cooperation of the Government with the ILO" →
#: "noted the cooperation …", "We acknowledge the progress made" → "acknowledged the progress made".
_OBJECT_VERBS = (
    "note acknowledge recognize recognise appreciate stress emphasize emphasise underline recall highlight "
    "reiterate deplore regret".split()
)
FRAMES += [
    (
        re.compile(rf"^we\s+(?:also\s+|further\s+|therefore\s+|again\s+)*{verb}s?\s+(?!that\b|to\b|with\b|of\b)(?=[\w“\"‘'])", re.I),
        past,
        act,
        "raw",
    )
    for verb in _OBJECT_VERBS
    for past, act in [_REPORTING_PRESENT.get(verb, ("noted", "observation"))]
]


def third_to_base(verb: str, rest: str = "") -> str | None:
    """The base form of a third-person verb the submitter says of itself ("notes", "acknowledges that"), or
    None; a reporting verb only before "that" ("HRW reports on torture were dismissed": a noun)."""
    if verb in _THIRD_TO_BASE:
        return _THIRD_TO_BASE[verb]
    if verb in _THIRD_TO_BASE_BEFORE and _THIRD_TO_BASE_BEFORE[verb][1].match(rest):
        return _THIRD_TO_BASE_BEFORE[verb][0]
    bases = [verb[: -len(cut)] for cut in ("es", "s") if verb.endswith(cut)]
    # "The Ombudsman acknowledges the progress …"; a reporting verb only before "that"
    known = [*_OBJECT_VERBS, *(_REPORTING_PRESENT if re.match(r"\s+that\b", rest) else ())]
    return next((base for base in bases if base in known), None)


def is_frame_base(verb: str, rest: str = "") -> bool:
    """The verb is the base form :func:`third_to_base` gives, as a plural subject says it ("The co-submitting
    organisations recommend that …")."""
    return any(third_to_base(third, rest) == verb for third in (verb + "s", verb + "es"))


_THIRD_TO_BASE = {
    "is": "are", "remains": "remain", "calls": "call", "recommends": "recommend", "urges": "urge", "notes": "note",
    "welcomes": "welcome", "regrets": "regret", "believes": "believe", "considers": "consider",
    "encourages": "encourage", "observes": "observe", "has": "have", "invites": "invite",
    "supports": "support",  # "The Commission supports the adoption of …" (a frame only before such an object)
    "asks": "ask", "requests": "request",  # "The Red de Madres Buscadoras asks the Mexican State to:"
    "hopes": "hope",  # "The Global Initiative hopes that States will …"
}
#: Verbs the submitter says of itself that open a frame only before the words given: "The coalition takes note
#: of …" ("we take note of"), "The Commission expresses concern at …" ("we express concern at").
_THIRD_TO_BASE_BEFORE = {
    "takes": ("take", re.compile(r"\s+(?:due\s+|careful\s+)?note\s+of\b")),
    "expresses": ("express", re.compile(r"\s+(?:(?:its|our)\s+)?(?:\w+\s+)?concern\b")),
}


#: Reporting verbs the submitter says of itself by name inside a sentence, and their past: "…; LICA notes that
#: this recommendation has not been implemented" → "…; LICA noted that this recommendation had not been …".
OWN_VERB_PAST = {
    "notes": "noted", "observes": "observed", "considers": "considered", "believes": "believed",
    "recommends": "recommended", "urges": "urged", "welcomes": "welcomed", "regrets": "regretted",
    "stresses": "stressed", "emphasizes": "emphasized", "emphasises": "emphasised", "underlines": "underlined",
    "acknowledges": "acknowledged", "recalls": "recalled", "reiterates": "reiterated", "finds": "found",
    "estimates": "estimated",
}


#: The same verbs as a frame's second verb, in the third person or the base form ("We welcome this step but
#: note that …").
SECOND_VERB_PAST = {
    **OWN_VERB_PAST,
    **{third[:-2] if third.endswith(("sses", "shes")) else third[:-1]: past for third, past in OWN_VERB_PAST.items()},
}
