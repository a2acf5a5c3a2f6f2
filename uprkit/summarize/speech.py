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
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from uprkit.model import Act
from uprkit.parse.statements import verb_act


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
            if that and head in _frame_heads():
                return f"{subject}{also} {head}, {self.contrast}, that {tail}"
            return f"{subject}, {self.contrast},{also} {self.predicate}"
        return f"{subject}{also} {self.predicate}"


@cache
def _frame_heads() -> frozenset[str]:
    """The reporting frames a "that" clause follows ("noted", "expressed concern", "noted with regret")."""
    return frozenset(verb for _, verb, _, join in _FRAMES if join == "that")


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(verbs, adverbs, verbs that open a recommendation only in a list or under a Recommendations heading)."""
    text = resources.files("uprkit").joinpath("data/recommendation_verbs.txt").read_text(encoding="utf-8")
    verbs: set[str] = set()
    adverbs: set[str] = set()
    listed: set[str] = set()
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("adv:"):
            adverbs.update(line[4:].split())
        elif line.startswith("list:"):
            listed.update(line[5:].split())
        else:
            verbs.update(line.split())
    return frozenset(verbs), frozenset(adverbs), frozenset(listed - verbs)


def is_base_verb(word: str, *, listed: bool = False) -> bool:
    """A verb a recommendation opens with (``listed``: also those that do so only in a list)."""
    verbs, _, in_lists = _lexicon()
    return word.lower() in verbs or (listed and word.lower() in in_lists)


#: Finite verbs (auxiliaries, and verbs a description of a situation uses): a sentence that has one is no
#: recommendation written as a noun or a gerund ("Protection of journalists remains weak").
_FINITE = frozenset(
    """
    is are was were be been am has have had do does did can could will would shall should may might must
    remain remains continue continues lack lacks face faces exist exists persist persists occur occurs show shows
    indicate indicates suggest suggests mean means affect affects seem seems appear appears become becomes
    happen happens need needs live lives suffer suffers receive receives reach reaches say says claim claims
    state states note notes get gets go goes come comes stand stands fall falls rise rises grow grows know knows
    made took got went came saw said led left found gave kept held began became fell rose grew knew thought told
    brought sought fought met ran put set let cut paid sent spent built lost won felt stood understood wrote
    spoke chose broke drove
    """.split()
)
#: "-ing" words that open a description far more often than a recommendation ("Increasing numbers of …",
#: "Continuing discrimination against Roma").
_ADJECTIVAL_ING = frozenset(
    """
    increasing continuing growing existing ongoing emerging remaining prevailing worsening persisting rising
    declining lasting pending alarming disturbing concerning shocking widening deteriorating escalating recurring
    underlying outstanding following including decreasing spreading mounting lingering frightening
    """.split()
)


def describes(text: str) -> bool:
    """The text has a finite verb of the kind a description uses ("remains", "is", "cannot", "does not")."""
    words = re.findall(r"[a-z'’]+", text.lower())
    return any(w in _FINITE or w.endswith(("n't", "n’t")) or w == "cannot" for w in words)


#: Verbs whose "-ing" form opens a recommendation even outside a list of recommendations ("Ensuring access to
#: …", "Stepping up …"); other gerunds there describe ("Using the law on extremism against minorities.").
_RECOMMENDING_GERUNDS = frozenset(
    """
    ensure guarantee ratify accede sign strengthen step enhance redouble intensify accelerate expedite implement
    promote protect improve establish adopt provide allocate invite investigate combat release lift withdraw bring
    abolish decriminalize decriminalise harmonize harmonise finalize finalise revise develop
    """.split()
)


def _gerund_of_verb(word: str, *, any_verb: bool = False) -> bool:
    """ "Ensuring", "Stepping", "Strengthening": the -ing form of a recommending verb (of any verb of the lexicon
    with ``any_verb``, under a Recommendations heading)."""
    stem = word.lower().removesuffix("ing")
    if stem == word.lower():
        return False
    candidates = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.add(stem[:-1])  # "stepping" → "step"
    return any(is_base_verb(c, listed=any_verb) and (any_verb or c in _RECOMMENDING_GERUNDS) for c in candidates)


#: How the object of a short recommendation starts ("Ratify the CAT.", "Repeal article 120.").
_OBJECT_START = frozenset("the a an all its their any every this these those article articles law laws legislation".split())
#: What "we" do in a short sentence of its own ("We welcome this step."), not "We thank our donors."
_SHORT_FRAMES = frozenset(
    "welcome welcomes recommend urge call regret note commend condemn support are remain were was deplore".split()
)


def is_short_sentence(text: str) -> bool:
    """A short text that is a sentence all the same: a recommendation ("Ratify the CAT."), the submitter
    speaking ("We welcome this step.") or a clause with a finite verb ("Domestic violence remains widespread."),
    ending with a full stop; not a title ("Contact details.", "Executive summary")."""
    text = text.strip()
    if not text.endswith("."):
        return False
    words = re.findall(r"[a-z']+", text.lower())
    if len(words) < 3:
        return False
    raw = re.findall(r"[A-Za-z0-9'\-]+", text)
    return (
        # "Ratify the CAT.", "Release all prisoners.", "Ratify OPCAT.", not "Release date unknown."
        (opens_a_recommendation(text) and (words[1] in _OBJECT_START or (len(raw) > 1 and raw[1].isupper())))
        or (words[0] in {"we", "i"} and words[1] in _SHORT_FRAMES)
        or any(w in _FINITE for w in words[1:])
    )


_AFTER_A_NOUN = frozenset("of is are was were has have had remains remained".split())


def _noun_start(text: str) -> bool:
    """The first word is a noun spelled as a verb: "of" or a finite verb right after it ("Review of the law is
    pending", "Change is slow"; "Invest in education" is a verb)."""
    words = re.findall(r"[a-z']+", text.lower())[:2]
    return len(words) == 2 and words[1] in _AFTER_A_NOUN


#: Verbs that may take a clause of their own after their object ("Ensure victims are compensated", "Help
#: families remain in school"): a finite verb after their object does not make them a noun.
_TAKES_A_CLAUSE = frozenset(
    """
    ensure guarantee make let help have see hear watch verify check confirm recognise recognize acknowledge
    declare consider state clarify specify demonstrate establish determine decide accept agree note bear
    ascertain understand require request urge ask
    """.split()
)
#: What ends the stretch in which a subject's verb is looked for: a new clause or an infinitive.
_CLAUSE_BREAK = frozenset("where when how why if because while as so unless until whether than".split())
#: A relative clause inside the subject, whose own verb is skipped ("Support for women journalists who are
#: harassed online is not available": "is" is the subject's verb, "are" the relative clause's).
_RELATIVE_WORDS = frozenset("who whom whose which that".split())
#: Verbs a description uses for what a report, a group or a law does: finite where an object follows
#: ("Monitor groups documented 42 cases", "Police reports show a rise", "Support groups say that …").
_SAYING = frozenset(
    """
    show shows showed say says said suggest suggests suggested indicate indicates indicated reveal reveals
    revealed documented recorded reported found estimate estimates estimated allege alleges alleged claim
    claims claimed confirm confirms confirmed restrict restricts restricted prohibit prohibits prohibited
    criminalise criminalises criminalised criminalize criminalizes criminalized target targets targeted
    """.split()
)
_AUXILIARY = frozenset(
    "is are was were has had will would can could may might must shall should does did remains remained continues continued".split()
)
_OBJECT_NEXT = frozenset("the a an its their his her our this these those all some any no that".split())
#: Base forms that are finite after a plural subject ("Monitors have …", "Draft laws remain pending").
_BASE_AUXILIARY = frozenset({"have", "do", "remain"})


def _subject_before_verb(text: str) -> bool:
    """The first word, spelled as a verb, heads the sentence's subject: a finite verb follows the noun phrase
    it opens, in the same clause ("Draft laws 4128 and 4129 restrict the registration of NGOs", "Draft
    legislation on data protection remains pending", "Support for women journalists who are harassed online
    is not available", "Monitor groups documented 42 cases"), where an imperative goes on with its object
    ("Train police officers on the use of force", "Protect journalists targeted by …", "Release persons who are
    detained", "Strengthen efforts to ensure children are registered")."""
    tokens = re.findall(r"[A-Za-z'’]+|\d[\d,.]*|[,;:()\u2013\u2014]", text[:300])
    if len(tokens) < 3 or tokens[0].lower() in _TAKES_A_CLAUSE:
        return False
    verbs, _, in_lists = _lexicon()
    in_relative = False  # inside a relative clause, up to its own verb
    skip_next = False
    for i in range(1, min(len(tokens), 32)):
        word, prev = tokens[i].lower(), tokens[i - 1].lower()
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if word in {",", "(", ")"}:
            continue  # "Draft legislation on …, the Whistleblower Protection Bill, 2021, remains pending"
        if not word[0].isalnum() or word in _CLAUSE_BREAK:
            return False
        if word in _RELATIVE_WORDS:
            # "… who escape forced marriage is …": the word after "who" is the relative clause's verb; "… in which
            # the person accused is …": a subject of its own first, then its verb
            in_relative = word == "whose" or nxt in _OBJECT_NEXT or nxt in {"he", "she", "they", "it", "we", "i", "you", "there"}
            skip_next = not in_relative
            continue
        if skip_next:
            skip_next = False
            continue
        if prev in {"to", "and", "or", "nor"} and (word in verbs or word in in_lists):
            return False  # "… efforts to ensure", "Investigate and prosecute"
        if in_relative:
            # "… who are harassed online is …", "… in which the person accused is not proved …": the relative
            # clause's own verb, after its own subject
            in_relative = not (word in _AUXILIARY or word in _BASE_AUXILIARY or word in _SAYING)
            continue
        if tokens[i] != word:
            continue  # a name's word ("the Cybercrimes Act 2015")
        if word in _AUXILIARY or (word in _BASE_AUXILIARY and i > 1):
            return True
        object_follows = nxt in _OBJECT_NEXT or nxt[:1].isdigit()
        if i > 1 and word in _SAYING and (object_follows or nxt == "that"):
            return True
        if i > 1 and object_follows and word in verbs and (prev[:1].isdigit() or (prev.endswith("s") and prev not in verbs)):
            return True  # a plural subject's verb: "Draft laws … restrict the registration"
    return False


def opens_a_recommendation(text: str) -> bool:
    """The text opens as a recommendation does: a base-form verb ("Ratify the CAT.") or the -ing form of a
    recommending verb ("Ratifying the CAT.")."""
    first = re.match(r"[A-Za-z]+", text.lstrip())
    return _verb_start(text) or (first is not None and _gerund_of_verb(first.group()))


def _verb_start(text: str, *, listed: bool = False) -> bool:
    """The text opens with a base-form verb, maybe after adverbs ("Further strengthen", "not criminalize");
    ``listed``: it is a list item or stands under a Recommendations heading, where more words are verbs."""
    verbs, adverbs, in_lists = _lexicon()
    words = re.findall(r"[A-Za-z]+", text[:80])
    for w in words[:4]:
        lw = w.lower()
        if lw in verbs or (listed and lw in in_lists):
            return True
        if lw not in adverbs:
            return False
    return False


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
#: A connective set off after "we" ("We, however, are concerned …", "We, therefore, urge …").
_SUBJECT_CONNECTIVE = re.compile(
    r"^(?P<we>We|I)\s*,\s*(?P<word>however|nevertheless|nonetheless|moreover|furthermore|therefore|thus)\s*,\s*(?=[a-z])", re.I
)
_STATE_WORDS = r"(?:[Tt]he\s+)?(?:Government|authorities|State(?:\s+party)?|State\s+under\s+review)"
#: The nouns among the usual openers, which may start a name ("Human Rights Watch", "Civil Rights Defenders").
_NOUN_STARTERS = frozenset("women children girls boys people persons victims human civil journalists prisoners detainees".split())
_COMMON_STARTERS = _NOUN_STARTERS | frozenset(
    """
    the a an this that these those there it its in on at for from by with without despite although though
    while since because as when where if however many some most all several few no any each every other such
    both either neither one two three four five six seven eight nine ten more less only even after before
    during under over between among according following due given not our we they their his her he she
    none nothing neither nobody nor until unless what whereas yet approximately around about almost nearly non
    """.split()
)
#: The usual first words of a sentence, which a reported sentence writes in lower case ("The", "In", "Women").
COMMON_STARTERS = _COMMON_STARTERS
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
        define deny depend deprive discriminate enable ensure entail establish exceed exclude expose fail govern
        hamper happen hinder ignore impose include lack oblige obstruct penalise penalize prescribe prevent prohibit
        provide punish receive recognise recognize refuse regulate reject require restrict satisfy stipulate
        undermine violate
    """.split()
}
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
_FINITE_PAST = frozenset("was were had did made took found saw met sent spent wrote spoke held".split())
_PRONOUNS = {"we": "it", "our": "its", "us": "it", "ourselves": "itself", "i": "it", "my": "its"}


def _lower_first(text: str, proper: frozenset[str] = frozenset()) -> str:
    """Lower-case the first word unless it is a name: ``proper`` holds the words the submissions write with a
    capital inside sentences and never in lower case ("Kazakhstan", "Parliament"), and as "Media+" those written
    so only as a name's first word, which keep their capital before the rest of the name; acronyms ("JS1",
    "OP-CAT") and the usual sentence openers are decided without it."""
    m = re.match(r"([A-Za-z][a-z'’]*)(?![A-Z\d-])", text)
    word = re.sub(r"['’]s?$", "", m.group(1)) if m else ""
    if m and re.match(r"(?:\s+[A-Z][a-z]+){0,2}\s+Nos?\.\s*\d", text[m.end() :]):
        return text  # an instrument's name before its number: "Law No. 180 of 2018", "Presidential Decree No. 444"
    if m and (word.lower() in _NOUN_STARTERS or f"{word}+" in proper) and re.match(r"\s+[A-Z][a-z]", text[m.end() :]):
        return text  # the first word of a name: "Human Rights Watch documented …", "Media Council of Kenya …"
    if m and (word.lower() in _COMMON_STARTERS or word not in proper):
        return text[0].lower() + text[1:]
    return text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


_QUOTE = re.compile(r"“[^”]{0,600}”|\"[^\"]{0,600}\"|‘[^’]{0,300}’(?!\w)")
#: Verbs in the plural present that are never nouns, moved into the past like the auxiliaries ("The authorities
#: continue to harass …" → "continued"), except after "to", a modal or "not" ("continue to remain").
_PLURAL_PRESENT = {
    "remain": "remained", "continue": "continued", "persist": "persisted", "occur": "occurred",
    "seem": "seemed", "appear": "appeared", "exist": "existed",
}
#: Words before "will" the noun ("against their will", "the political will", "of his own free will").
_BEFORE_THE_NOUN_WILL = frozenset(
    "the a their his her its our my your whose own free political good ill against of".split()
)
#: After these, "have"/"has" (and the verbs above) is not a present tense to move into the past ("did not have",
#: "to have").
_NO_BACKSHIFT_AFTER = frozenset(
    "do does did not n't to will would shall should can could may might must cannot".split()
)


def _outside_quotes(text: str, change: Callable[[str], str]) -> str:
    """Apply ``change`` to the text outside quotation marks: a quotation stays as the stakeholder wrote it."""
    out: list[str] = []
    pos = 0
    for m in _QUOTE.finditer(text):
        out.append(change(text[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(change(text[pos:]))
    return "".join(out)


def backshift(clause: str) -> str:
    """Auxiliaries and copulas into the past, outside quotation marks; "do"/"does" only before "not"; "have"
    after "do not", "to" or a modal stays ("did not have", "would have")."""
    return _outside_quotes(clause, _backshift_plain)


def _backshift_plain(clause: str) -> str:
    tokens = re.split(r"(\s+)", clause)
    out: list[str] = []
    previous: list[str] = []
    for token in tokens:
        if not token or token.isspace():
            out.append(token)
            continue
        core = token.rstrip(".,;:!?")
        punct = token[len(core) :]  # "… that arrests continue." → "continued."
        low = core.lower()
        repl = _BACKSHIFT.get(low)
        after = [w.lower().strip(",;:") for w in previous[-2:]]
        blocked = low in {"have", "has", "do", "does", *_PLURAL_PRESENT} and any(
            w in _NO_BACKSHIFT_AFTER or w.endswith("n't") for w in after
        )
        if low in _PLURAL_PRESENT and not blocked:
            repl = _PLURAL_PRESENT[low]
        before = previous[-1].lower().strip(",;:") if previous else ""
        if repl is None and core.islower() and before != "it":
            # not after "it", which may stand for the submitter ("we lack" → "it lacks"): its own verbs stay in
            # the present with the rest of what it says of itself ("it tries to monitor trials, but it lacks …")
            repl = _LEXICAL_PAST.get(low) or (_SUBJECT_PAST.get(low) if before in _SINGULAR_SUBJECTS else None)
        if low == "is" and before == "that" and punct.startswith(","):
            repl = None  # "that is, publicly accused …": the phrase for "namely", no verb of the clause
        if low == "will" and previous and previous[-1].lower().strip(",;:") in _BEFORE_THE_NOUN_WILL:
            repl = None  # "against their will", "the political will": the noun
        if repl and not blocked and low not in {"do", "does"}:
            out.append((repl if core.islower() else _upper_first(repl)) + punct)
        else:
            out.append(token)
        previous.append(token)
    text = "".join(out)
    return re.sub(r"\b(do|does)(\s+not)\b", lambda m: "did" + m.group(2), text)


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

    _outside_quotes(text, look)
    return found


_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|[Oo]urselves|I|[Mm]y)\b")


def beyond_frame(text: str) -> str:
    """``text`` without the reporting frame it opens with ("We are concerned about …" → "…"): the frame becomes
    the drafted verb ("expressed concern about"), so its "we" is no "it" in the draft."""
    text = text.lstrip()
    for pattern, _, _, _ in _FRAMES:
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
    return (bool(before and before[-1] in _NUMERAL_I_AFTER) or named
            or bool(re.match(r"\s*(?:,|and|or|-|–)\s*I[IVX]", after)))


def third_person(clause: str, *, plural: bool = False) -> str:
    """First-person pronouns of the submitting organization into the third person."""
    def repl(m: re.Match[str], part: str) -> str:
        word = m.group(0)
        if word == "I" and _numeral_i(part, m.start()):
            return word
        new = _PRONOUNS[word.lower()]
        if plural:
            new = {"it": "they", "its": "their", "itself": "themselves"}[new]
        return _upper_first(new) if word[0].isupper() and m.start() == 0 else new

    def change(part: str) -> str:
        if not plural:
            part = _SUBJECT_CONTRACTION.sub(lambda m: m.group("head") + _CONTRACTED[m.group("verb")], part)
        part = _SUBJECT_VERB.sub(
            lambda m: m.group(0) if m.group(0).startswith("I") and _numeral_i(part, m.start()) else _subject_verb(m, plural),
            part,
        )
        return re.sub(r"\b(?:[Ww]e|[Oo]ur|us|ourselves|I|[Mm]y)\b", lambda m: repl(m, part), part)

    return _outside_quotes(clause, change)


def _finish(clause: str) -> str:
    clause = clause.strip()
    clause = re.sub(r"[;,:]+$", "", clause).rstrip()
    clause = re.sub(r"[;,]?\s+(?:and|or)$", "", clause)  # "… civilian oversight; and": a list's item
    if not clause.endswith((".", "!", "?", ".”", '."', ".)")):
        clause += "."
    return clause


_FRAMES: list[tuple[re.Pattern[str], str, Act, str]] = [
    # (pattern on the sentence, verb, act, how the rest is joined: "that", "raw", "to")
    (re.compile(r"^(?:we|it)\s+(?:is|are)\s+(?:therefore\s+)?recommended\s+that\s+", re.I), "recommended", "recommendation", "that"),
    (re.compile(r"^we\s+(?:would\s+)?(?:therefore\s+|also\s+|further\s+|\w+ly\s+)*recommends?\s+that\s+", re.I), "recommended", "recommendation", "that"),
    (re.compile(r"^we\s+(?:therefore\s+|also\s+|further\s+|(?:once\s+)?again\s+|\w+ly\s+)*urges?\s+", re.I), "urged", "recommendation", "raw"),
    # "The Council recommends the adoption of a law on …", "We recommend establishing …"
    (re.compile(r"^we\s+(?:would\s+)?(?:therefore\s+|also\s+|further\s+|\w+ly\s+)*recommends?\s+(?=(?:the|a|an)\s|[a-z]+ing\b)", re.I),
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
                r"immediate)\s+)?(?:adoption|enactment|passage|ratification|establishment|creation|approval)\b)", re.I),
     "supported", "recommendation", "raw"),
    (re.compile(r"^we\s+(?:deeply\s+)?regrets?\s+", re.I), "regretted", "concern", "raw"),
    (re.compile(r"^we\s+(?:strongly\s+|also\s+)*condemns?\s+", re.I), "condemned", "concern", "raw"),
    (re.compile(r"^we\s+(?:also\s+)?takes?\s+note\s+of\s+", re.I), "took note of", "observation", "raw"),
    (re.compile(r"^we\s+(?:therefore\s+|also\s+|further\s+|strongly\s+)*calls?\s+for\s+", re.I), "called for", "recommendation", "raw"),
    # "We ask that all those responsible be brought to justice", "We ask the Government to …"
    (re.compile(r"^we\s+(?:therefore\s+|also\s+|further\s+|\w+ly\s+)*ask\s+that\s+(?!(?:we|i|our)\b)", re.I), "asked", "recommendation", "that"),
    (re.compile(r"^we\s+(?:therefore\s+|also\s+|further\s+|\w+ly\s+)*ask\s+(?=(?:the|all)\s)", re.I), "asked", "recommendation", "raw"),
    (re.compile(r"^we\s+(?:also\s+)?notes?\s+with\s+concern\s+that\s+", re.I), "noted with concern", "concern", "that"),
    # "We note with concern the lack of …" → "noted with concern the lack of …"
    (re.compile(r"^we\s+(?:also\s+)?notes?\s+with\s+(?:grave\s+|deep\s+|serious\s+|great\s+)?concern\s+(?!that\b)", re.I),
     "noted with concern", "concern", "raw"),
    (re.compile(r"^we\s+(?:also\s+)?notes?\s+with\s+appreciation\s+that\s+", re.I), "noted with appreciation", "positive", "that"),
    (re.compile(r"^we\s+(?:also\s+)?notes?\s+with\s+satisfaction\s+that\s+", re.I), "noted with satisfaction", "positive", "that"),
    (re.compile(r"^we\s+(?:also\s+)?(?:note|observe)s?\s+that\s+", re.I), "noted", "observation", "that"),
    (re.compile(r"^we\s+(?:also\s+)?(?:believe|consider|think)s?\s+that\s+", re.I), "considered", "observation", "that"),
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
_RECOMMEND_TO = re.compile(
    r"^we\s+(?:therefore\s+|also\s+|further\s+|strongly\s+)*recommends?\s+(?:to\s+)?"
    r"(?P<obj>(?:the\s+)?(?:[Gg]overnment|authorities|State)(?:\s+of\s+[A-Z][\w\s]{1,40}?)?)\s+to\s+(?P<rest>\w.*)$",
    re.I | re.S,
)
_MODAL = re.compile(
    r"^(?P<subj>(?:[A-Z][\w'’\-]*|the|The)(?:[\s,]+[\w'’\-()]+){0,12}?)(?P<comma>,?)\s+"
    r"(?P<modal>should|must|ought\s+to|needs?\s+to"
    r"|(?:is|are)\s+(?:strongly\s+)?(?P<asked>urged|encouraged|called\s+(?:up)?on|requested|invited)\s+to)"
    r"(?P<aside>,[^,]{1,80},)?\s+"
    r"(?P<rest>(?:\([a-z]\)\s+)?(?:not\s+|also\s+|further\s+|urgently\s+|immediately\s+|promptly\s+)*\w.*)$",
    re.S,
)
#: A sentence opening with a phrase of its own before the subject: "Under the law, …", "In 2021, …", "As a result, …".
_OPENING_PHRASE = re.compile(
    r"^(?:under|in|on|at|for|from|by|with|without|despite|after|before|during|since|according|as|following|"
    r"although|though|while|when|where|if|however|moreover|therefore|thus|today|currently|yet|also|finally)\b",
    re.I,
)
#: "The Government to repeal …": the verb in lower case ("The National Task Force to End Local Communist Armed
#: Conflict … has been …" is a name).
_TO_FRAME = re.compile(rf"^(?P<obj>{_STATE_WORDS}|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,3}})\s+to\s+(?P<rest>[a-z].*)$", re.S)
#: A finite verb or a modal before a "be": the sentence has its verb, so the "be" is no subjunctive.
_FINITE_IN_SUBJECT = re.compile(
    r"\b(?:is|are|was|were|has|have|had|does|do|did|will|would|can|cannot|could|should|must|may|might|shall|"
    r"can[’']t|won[’']t)\b", re.I
)
#: A relative clause in a subject, whose verb is its own: "Persons who have been detained without trial be released".
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|where)\b.*$", re.I)
_SUBJUNCTIVE_BE = re.compile(
    r"^(?P<subj>[^,;:]{3,120}?)\s+(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bto\s)"
    r"(?<!\bnot\s)(?<!cannot\s)(?<!\bcan\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bshall\s)(?<!\bwas\s)(?<!\bwere\s)be\s+\w+(?:ed|en|wn|ne|ught)\b"
)


#: A noun of action and its object: "the closure of …", "an end to …" is not one.
_NOUN_OF = re.compile(r"(?:the|an?)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ion|ment|ure|al|ance|ence)\s+of\b")
#: "The ratification of ICCPR-OP 2." – a nominal recommendation, as submissions list them.
_NOMINAL = re.compile(
    r"^(?:the\s+)?(?:immediate\s+|prompt\s+|full\s+|effective\s+|urgent\s+)?(?:ratification|adoption|establishment|"
    r"introduction|creation|abolition|amendment|repeal|revision|withdrawal|implementation|enactment|signature|"
    r"accession|elaboration|development|strengthening|release|decriminali[sz]ation|criminali[sz]ation|removal|"
    r"deinstitutionali[sz]ation)\s+of\b",
    re.I,
)

#: A year the action was taken in ("in 2019", "in July 2008"), before the nominal's first comma.
_DATED_PAST = re.compile(
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
_FRAMES += [
    (re.compile(rf"^we\s+(?:also\s+|further\s+|therefore\s+|strongly\s+)*{verb}\s+that\s+", re.I), past, act, "that")
    for verb, (past, act) in _REPORTING_PRESENT.items()
]
#: Reporting verbs said of a thing, not a clause: "We note the cooperation of the Government with the ILO" →
#: "noted the cooperation …", "We acknowledge the progress made" → "acknowledged the progress made".
_OBJECT_VERBS = (
    "note acknowledge recognize recognise appreciate stress emphasize emphasise underline recall highlight "
    "reiterate deplore regret".split()
)
_FRAMES += [
    (
        re.compile(rf"^we\s+(?:also\s+|further\s+|therefore\s+|again\s+)*{verb}s?\s+(?!that\b|to\b|with\b|of\b)(?=[\w“\"‘'])", re.I),
        past,
        act,
        "raw",
    )
    for verb in _OBJECT_VERBS
    for past, act in [_REPORTING_PRESENT.get(verb, ("noted", "observation"))]
]


def _third_to_base(verb: str, rest: str = "") -> str | None:
    """The base form of a third-person verb the submitter says of itself ("notes", "acknowledges that"), or
    None; a reporting verb only before "that" ("HRW reports on torture were dismissed": a noun)."""
    if verb in _THIRD_TO_BASE:
        return _THIRD_TO_BASE[verb]
    bases = [verb[: -len(cut)] for cut in ("es", "s") if verb.endswith(cut)]
    # "The Ombudsman acknowledges the progress …"; a reporting verb only before "that"
    known = [*_OBJECT_VERBS, *(_REPORTING_PRESENT if re.match(r"\s+that\b", rest) else ())]
    return next((base for base in bases if base in known), None)


_THIRD_TO_BASE = {
    "is": "are", "remains": "remain", "calls": "call", "recommends": "recommend", "urges": "urge", "notes": "note",
    "welcomes": "welcome", "regrets": "regret", "believes": "believe", "considers": "consider",
    "encourages": "encourage", "observes": "observe", "has": "have", "invites": "invite",
    "supports": "support",  # "The Commission supports the adoption of …" (a frame only before such an object)
}


#: Reporting verbs the submitter says of itself by name inside a sentence, and their past: "…; LICA notes that
#: this recommendation has not been implemented" → "…; LICA noted that this recommendation had not been …".
_OWN_VERB_PAST = {
    "notes": "noted", "observes": "observed", "considers": "considered", "believes": "believed",
    "recommends": "recommended", "urges": "urged", "welcomes": "welcomed", "regrets": "regretted",
    "stresses": "stressed", "emphasizes": "emphasized", "emphasises": "emphasised", "underlines": "underlined",
    "acknowledges": "acknowledged", "recalls": "recalled", "reiterates": "reiterated", "finds": "found",
    "estimates": "estimated",
}


#: The same verbs as a frame's second verb, in the third person or the base form ("We welcome this step but
#: note that …").
_SECOND_VERB_PAST = {
    **_OWN_VERB_PAST,
    **{third[:-2] if third.endswith(("sses", "shes")) else third[:-1]: past for third, past in _OWN_VERB_PAST.items()},
}


def named_subject(self_names: tuple[str, ...]) -> str:
    """The submitter's names as a sentence's subject: "(?:[Tt]he\\s+)?(?:Amnesty International|AI)"; "" without
    names."""
    names = name_alternatives(self_names)
    return rf"(?:[Tt]he\s+)?(?:{'|'.join(names)})" if names else ""


def own_verbs_past(text: str, self_names: tuple[str, ...]) -> str:
    """``text`` with the submitter's own reporting verbs, said of itself by name before "that", an object pronoun
    or "to be", in the past ("Amnesty International considers him a prisoner of conscience" → "considered him";
    not "According to LICA estimates, …" or "the LICA notes", where they are nouns)."""
    named = named_subject(self_names)
    if not named:
        return text
    return re.sub(
        rf"\b({named}\s+(?:also\s+|further\s+)?)({'|'.join(_OWN_VERB_PAST)})(?=(?:,\s*(?:however|nevertheless|also|therefore))?,?\s+that\b|\s+(?:him|her|them|it|this|these|those)\b|\s+to\s+be\b)",
        lambda m: m.group(1) + _OWN_VERB_PAST[m.group(2)],
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
        rest = _outside_quotes(text[m.end() :], lambda part: re.sub(
            r"\b(we|our|us|ourselves)\b", lambda w: _GROUP_PRONOUNS[w.group(1)], part
        ))
        return f"{group[0].upper()}{group[1:]} {rest}"
    names = name_alternatives(self_names)
    names += [r"(?:the|our)\s+(?:organi[sz]ation|coalition|network|authors?|submitting\s+organi[sz]ations?|joint\s+submission)"]
    m = re.match(
        rf"^(?:the\s+)?(?:{'|'.join(names)})\s+(?P<adv>(?:(?:therefore|also|further|strongly|again)\s+)*)(?P<verb>\w+)\b",
        text,
        re.I,
    )
    if m and (base := _third_to_base(m.group("verb").lower(), text[m.end("verb") :])) is not None:
        return "We " + m.group("adv").lower() + base + text[m.end("verb") :]
    if m and re.match(r"our\s", text, re.I) and (m.group("verb").lower().endswith("ed") or m.group("verb").lower() in _FINITE_PAST):
        return "We " + text[m.start("verb") :]  # "Our organization documented 45 cases" → "We documented …"
    return text


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
    names = name_alternatives(self_names)
    if not names:
        return None
    m = re.match(rf"^(?:{'|'.join(names)})\s+(?P<verb>[a-z]+)\b", text)
    if m is None:
        return None
    verb = m.group("verb")
    if not (verb in _FINITE_PAST or (verb.endswith("ed") and len(verb) > 4 and verb not in ("need", "feed", "speed"))):
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


def _state_subject(text: str, state_names: tuple[str, ...]) -> re.Match[str] | None:
    names = "|".join(name_alternatives(state_names))
    subject = rf"(?:{names}|{_STATE_WORDS}(?:\s+of\s+(?:{names}))?)" if names else _STATE_WORDS
    return re.match(rf"^(?P<subj>{subject})\s+(?P<rest>\w.*)$", text, re.S | re.I)


#: A lead-in ending in a verb its list items complete with a gerund or a noun phrase ("… to consider:").
_TAKES_GERUND = re.compile(r"\bto\s+(?:consider|continue|explore|prioriti[sz]e|keep|refrain\s+from|avoid)$", re.I)
_ADDRESSED = re.compile(r"\brecommendations?\s+(?:to|for)\s+(?:the\s+)?(?P<who>[^:]{3,120}?)\s*:?\s*$", re.I)


_SUBJECT_WORDS = frozenset("we i it they there this these those the a an our its their his her such many most some all".split())


def _is_clause(item: str) -> bool:
    """The list item is a sentence with a subject of its own ("the Government should …", "torture remains
    widespread", "we call on …"), not a predicate the lead-in's subject takes ("ratify the CAT")."""
    if _verb_start(item, listed=True):
        return False
    words = re.findall(r"[a-z']+", item.lower())[:6]
    return bool(words) and (words[0] in _SUBJECT_WORDS or any(w in _FINITE for w in words[1:]))


def _under_lead(
    s: str, lead: str, state: str, state_names: tuple[str, ...], also: bool, self_names: tuple[str, ...] = (),
    proper: frozenset[str] = frozenset(),
) -> Reported | None:
    """A list item under a lead-in: the lead's frame and addressee ("We urge the authorities to:" → "urged the
    authorities to …"; "Recommendations to companies operating in X:" → "recommended that companies operating in
    X …"); the State only where the lead names no one else. None where the lead is no recommendation lead."""
    item = _finish(re.sub(r"^to\s+", "", s[0].lower() + s[1:], flags=re.I))
    first = re.match(r"[A-Za-z]+", item)
    gerund = first is not None and _gerund_of_verb(first.group(0), any_verb=True)  # "ratifying", "closing"
    takes_noun = _TAKES_GERUND.search(lead.rstrip().rstrip(":").rstrip()) and re.match(r"(?:the|a|an|its)\s", item)
    names = (state, *state_names)
    of_state = any(re.match(rf"(?:the\s+)?{re.escape(n)}\b", s) for n in names if n)
    that_lead = re.search(r"\b(?:recommends?|urges?|asks?|requests?)\s+that\s*:?\s*$", lead, re.I)
    if that_lead and (_NOMINAL.match(item) or _NOUN_OF.match(item)) and not re.search(
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
        return Reported(f"recommended that {_finish(s) if of_state else item}", "recommended", "recommendation", also)
    if not gerund and not takes_noun and _is_clause(item):
        return None  # a sentence of its own under the lead-in ("The coalition also calls on the Council to …")
    addressed = _ADDRESSED.search(lead)
    if addressed:
        who = addressed.group("who").strip()
        names = (state, *state_names)
        if re.fullmatch(rf"(?:the\s+)?(?:{'|'.join(re.escape(n) for n in names if n)}|{_STATE_WORDS}(?:\s+of\s+\w[\w\s]*)?)", who, re.I):
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
    if _verb_start(s, listed=True) and re.search(r"\brecommend|\burge|\bcall", lead, re.I):
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
    r"(?P<quote>[‘“\"][^’”\"]{3,600}[’”\"])\s*[.,;]?\s*[–—-]?\s*(?:(?:implementation|current)\s+)?status\s*:\s*(?P<status>[^.]{2,60})\.?$",
    re.I,
)
_STATUS_PHRASES = {
    "not implemented": "had not been implemented",
    "partially implemented": "had been partially implemented",
    "partly implemented": "had been partly implemented",
    "implemented": "had been implemented",
    "fully implemented": "had been fully implemented",
}


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
) -> Reported | None:
    """The reported-speech predicate for one submission sentence, or None where it cannot be reported.

    ``state`` is the State's short name ("Kazakhstan"); ``state_names`` its other names. ``lead`` is the
    lead-in of a list the sentence is an item of ("We recommend that the Government:");
    ``recommendation_context`` says the sentence stands under a "Recommendations" heading.
    """
    s = re.sub(r"\s+", " ", text).strip()
    s = re.sub(r"^(?:[•▪◦‣\-–—*·]|\(?[a-z0-9]{1,3}[.)])\s+", "", s)
    if len(re.findall(r"[A-Za-z]{2,}", s)) < (2 if lead is not None or recommendation_context else 3) or s.endswith("?"):
        return None
    if (s.count("”") - s.count("“")) % 2 == 1:
        return None  # the end of a quotation whose start is elsewhere (not ”Swedish” marks, which come in pairs)
    s = re.sub(r"^(?:finally|lastly|in\s+conclusion|to\s+conclude)\s*,\s*(?=\w)", "", s, flags=re.I)
    # a typed label before the sentence: "Recommendation 1: Adopt …", "Case study: In March 2022, …"
    s = re.sub(r"^(?:recommendation|case(?:\s+study)?|example|testimony)\s*\d*\s*[:–—-]\s*(?=[A-Z“\"])", "", s, flags=re.I)
    # the submitter's label over its own words: "PAPF assessment: Since May 2017, …", "Our comments: …"
    s = _OWN_LABEL.sub("", s)
    m = _PAST_RECOMMENDATION_STATUS.match(s)
    if m:  # "Recommendation 133.45 (Norway): ‘Ensure …’ – Status: not implemented."
        status = m.group("status").strip().lower()
        done = _STATUS_PHRASES.get(status, f"was {status}" if not re.search(r"[;:]", status) else None)
        if done is not None:
            who = f" {m.group('who')}" if m.group("who") else ""
            return Reported(f"noted that recommendation {m.group('num')}{who}, {m.group('quote')}, {done}.", "noted",
                            "observation", False)
    s = _inline_items(_upper_first(s))
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
        s = f"{we} {word.lower()} {rest}" if word.lower() in {"therefore", "thus"} else f"{_upper_first(word.lower())}, {we.lower() if we == 'We' else we} {rest}"
    m = _CONTRAST.match(s)
    if m and len(s) > m.end():
        inner = report(
            _upper_first(s[m.end() :]), state=state, state_names=state_names, lead=lead,
            recommendation_context=recommendation_context, plural=plural, proper=proper, self_names=self_names,
        )
        return None if inner is None else replace(inner, contrast=m.group("word").lower())
    also = False
    m = _CONNECTIVE.match(s)
    if m:
        also = True
        s = _upper_first(s[m.end() :])
    names = (state, *state_names)
    # the State's names, and the submitter's where it is one word: not each word of "Kalamu Media Defence
    # Network", which made "noted that Media reports suggest …"
    proper = proper | frozenset(
        w for n in (*names, *(n for n in self_names if len(n.split()) == 1)) for w in re.findall(r"[A-Z][a-z'’]+", n)
    )
    s = first_person(s, self_names)

    # a list item under a lead-in ("We recommend that the Government:" / "Recommendations to Kazakhstan:")
    if lead is not None:
        found = _under_lead(s, lead, state, state_names, also, self_names, proper)
        if found is not None:
            return found

    m = _RECOMMEND_TO.match(s)
    if m:  # "We recommend the Government to ratify" → "recommended that the Government ratify" (the UN form)
        return Reported(f"recommended that {_lower_first(m.group('obj'), proper)} {_finish(third_person(m.group('rest')))}",
                        "recommended", "recommendation", also)
    for pattern, verb, act, join in _FRAMES:
        m = pattern.match(s)
        if m:
            rest = s[m.end() :]
            if not rest:
                return None
            clause = third_person(rest, plural=plural)
            # the frame's second verb: "We welcome this step but note that …" → "welcomed this step but noted that …"
            clause = re.sub(
                rf"\b(but|and)\s+((?:also\s+)?)({'|'.join(_SECOND_VERB_PAST)})(?=,?\s+that\b)",
                lambda v: f"{v.group(1)} {v.group(2)}{_SECOND_VERB_PAST[v.group(3)]}", clause,
            )
            if act != "recommendation":
                clause = backshift(clause)
            clause = _finish(clause)
            # "We are also concerned", "We further recommend": "also expressed concern", "also recommended"
            again = also or bool(re.search(r"\b(?:also|further)\b", m.group(0), re.I))
            if join == "that":
                return Reported(f"{verb} that {_lower_first(clause, proper)}", verb.split()[0], act, again)
            return Reported(f"{verb} {_lower_first(clause, proper)}", verb.split()[0], act, again)

    # "CPJ ranked Afghanistan …", "JS6 was particularly concerned by …": the submitter naming itself with a verb
    # in the past is credited with that act, as the summaries write it ("CPJ ranked …", not "noted that CPJ …")
    own = _own_past_act(s, self_names, plural)
    if own is not None:
        return Reported(_finish(backshift(own)), own.split()[0], _own_act(own), also)

    # "The Government should ratify …" → "recommended that the Government ratify …"
    m = _MODAL.match(s)
    of_state = m is not None and re.search(rf"{_STATE_WORDS}|{'|'.join(re.escape(n) for n in names if n)}", m.group("subj"), re.I)
    asked = m.group("asked") if m else None  # "is encouraged to …"
    descriptive = m is not None and (
        # "Victims need to travel 200 km", "Under the law, NGOs must register": facts, not recommendations
        (m.group("modal").startswith(("need", "must")) and not recommendation_context and not of_state)
        # "Victims are requested to pay a fee": what is done to them, not the stakeholder's request
        or (asked is not None and asked != "urged" and not recommendation_context and not of_state)
        # "Under the law, NGOs must register": an opening phrase before the subject; not a subject's own
        # apposition ("Donors funding counter-terrorism programmes, including the training of the ATPU, should …")
        or ("," in m.group("subj") and not (m.group("modal") == "should" and not _OPENING_PHRASE.match(m.group("subj"))))
    )
    if m and not descriptive and not re.search(r"\b(?:we|it)\b", m.group("subj"), re.I):
        subj = _lower_first(m.group("subj"), proper) + m.group("comma")  # "…, including the ATPU, suspend …"
        rest = m.group("rest")
        if asked:  # "The Government is encouraged to invite …" → "encouraged the Government to invite …"
            verb = re.sub(r"\s+", " ", asked)
            return Reported(f"{verb} {subj.rstrip(',')} to {_finish(rest)}", verb.split()[0], "recommendation", also)
        aside = m.group("aside") or ""
        return Reported(f"recommended that {subj}{aside} {_finish(third_person(rest))}", "recommended", "recommendation", also)

    # imperative under a Recommendations heading: "Ratify the OP-CAT."; not a noun the verb is spelled as
    # ("Review of the law is pending", "Change is slow", "Appeal procedures are slow")
    if (_verb_start(s, listed=recommendation_context) and (recommendation_context or not _noun_start(s))
            and not _subject_before_verb(s)):
        item = re.sub(r"^to\s+", "", s, flags=re.I)
        if recommendation_context or not re.match(r"^(?:be|have|do|make|work|report|study|act)\b", item, re.I):
            return Reported(
                f"recommended that {state} {_finish(item[0].lower() + item[1:])}", "recommended", "recommendation", also
            )

    # "Kazakhstan ratify …" (subjunctive) / "Kazakhstan to ratify …" / "the Law … be adopted"
    m = _state_subject(s, names)
    plural_subject = m is not None and bool(re.search(r"authorities", m.group("subj"), re.I))
    if (m and _verb_start(m.group("rest"), listed=True) and (recommendation_context or not plural_subject)
            and not re.match(r"^(?:has|have|is|are|was|were|had|did|does)\b", m.group("rest"))):
        return Reported(f"recommended that {_lower_first(_finish(s), proper)}", "recommended", "recommendation", also)
    m = _TO_FRAME.match(s)
    if m and _verb_start(m.group("rest"), listed=True):
        return Reported(f"called on {_lower_first(m.group('obj'), proper)} to {_finish(m.group('rest'))}", "called on", "recommendation", also)
    m = _NOMINAL.match(s)
    if m and _DATED_PAST.search(re.split(r"[,;:]", s, maxsplit=1)[0]):
        # "The adoption of the Code on the Rights of the Child in 2019, which …": done, not asked for
        return Reported(f"noted {_finish(s[0].lower() + s[1:])}", "noted", "observation", also)
    if m and (recommendation_context or not describes(s[m.end() :])):
        return Reported(f"recommended {_finish(s[0].lower() + s[1:])}", "recommended", "recommendation", also)
    if (re.match(r"^[A-Z][a-z]+ing\b", s) and _gerund_of_verb(s.split()[0], any_verb=recommendation_context)
            and not re.match(r"^(?:According|Following|Regarding|Concerning|Including|During|Notwithstanding)\b", s)
            and s.split()[0].lower() not in _ADJECTIVAL_ING and not describes(s)):
        return Reported(f"recommended {_finish(_lower_first(s))[0].lower()}{_finish(s)[1:]}", "recommended", "recommendation", also)
    sub = _SUBJUNCTIVE_BE.match(s)
    if sub and not re.match(r"(?:We|I)\b", s) and not _FINITE_IN_SUBJECT.search(_RELATIVE.sub("", sub.group("subj"))):
        # "All detainees be given access …" (not "We ask that we be allowed to visit", nor "The analyses are not
        # published and cannot be challenged", whose "be" follows a verb of its own)
        return Reported(f"recommended that {_lower_first(_finish(s), proper)}", "recommended", "recommendation", also)

    # an observation: "noted that …", in the stakeholder's words, moved into the past
    clause = _finish(backshift(third_person(s, plural=plural)))
    verb = "reported" if re.search(r"\b(?:reportedly|allegedly|cases?|documented|recorded|received)\b", s, re.I) else "noted"
    return Reported(f"{verb} that {_lower_first(clause, proper)}", verb, "observation", also)
