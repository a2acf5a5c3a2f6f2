"""What kind of clause a submission's sentence is: the verbs a recommendation opens with (the lexicon in
``data/recommendation_verbs.txt``), a description's finite verbs, a noun or a subject before the verb; and a
clause's first letter in lower or upper case, proper names kept.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from uprkit.summarize.marks import LOWER, UPPER


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
FINITE_VERBS = frozenset(
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
ADJECTIVAL_ING = frozenset(
    """
    increasing continuing growing existing ongoing emerging remaining prevailing worsening persisting rising
    declining lasting pending alarming disturbing concerning shocking widening deteriorating escalating recurring
    underlying outstanding following including decreasing spreading mounting lingering frightening
    """.split()
)


def describes(text: str) -> bool:
    """The text has a finite verb of the kind a description uses ("remains", "is", "cannot", "does not")."""
    words = re.findall(r"[a-z'’]+", text.lower())
    return any(w in FINITE_VERBS or w.endswith(("n't", "n’t")) or w == "cannot" for w in words)


#: Verbs whose "-ing" form opens a recommendation even outside a list of recommendations ("Ensuring access to
#: …", "Stepping up …"); other gerunds there describe ("Using the law on extremism against minorities.").
_RECOMMENDING_GERUNDS = frozenset(
    """
    ensure guarantee ratify accede sign strengthen step enhance redouble intensify accelerate expedite implement
    promote protect improve establish adopt provide allocate invite investigate combat release lift withdraw bring
    abolish decriminalize decriminalise harmonize harmonise finalize finalise revise develop extend expand repeal
    amend end cease ban create
    """.split()
)


def is_gerund_of_verb(word: str, *, any_verb: bool = False) -> bool:
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
        or any(w in FINITE_VERBS for w in words[1:])
    )


_AFTER_A_NOUN = frozenset("of is are was were has have had remains remained".split())


def starts_with_noun(text: str) -> bool:
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
#: A pronoun that opens a clause of its own after "before", "after" or "once" (which are prepositions too:
#: "Cases before the courts are …").
_PRONOUN_SUBJECTS = frozenset("it they he she we".split())
_POSSESSIVES = frozenset("their its his her our".split())
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


def has_subject_before_verb(text: str) -> bool:
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
        if word in {"before", "after", "once", "until"} and (nxt in _PRONOUN_SUBJECTS or nxt in _POSSESSIVES):
            # "Submit the draft … Bill to a public consultation … before it is laid before Parliament", "Pay fair
            # … compensation to all households … before their land is taken"
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
    return starts_with_verb(text) or (first is not None and is_gerund_of_verb(first.group()))


def starts_with_verb(text: str, *, listed: bool = False) -> bool:
    """The text opens with a base-form verb, maybe after adverbs ("Further strengthen", "not criminalize");
    ``listed``: it is a list item or stands under a Recommendations heading, where more words are verbs."""
    verbs, adverbs, in_lists = _lexicon()
    words = re.findall(r"[A-Za-z]+", text[:80])
    if words[:1] and words[0].lower() == "to":
        words = words[1:]  # "To regulate the procedure …", "to adopt a plan;": an item as the lead-in's infinitive
    before = ""
    for w in words[:5]:
        lw = w.lower()
        if lw in verbs or (listed and lw in in_lists):
            return True
        if lw not in adverbs and not (lw in {"and", "or"} and before in adverbs):  # "Immediately and unconditionally release"
            return False
        before = lw
    return False


STATE_WORDS = r"(?:[Tt]he\s+)?(?:Government|authorities|State(?:\s+party)?|State\s+under\s+review)"
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
#: The rest of a name after its first word: capitalised words up to a number or the word that makes it an
#: instrument or a body ("… Force Order 237", "… Police Service", "… Cohesion and Integration Commission").
_NAMED_BODY = re.compile(
    r"(?:\s+(?:[A-Z][a-z’'\-]+|and|of|for|on))*?\s+(?:[A-Z][a-z’'\-]+\s+\d+\b|(?:Act|Bill|Code|Order|Law|Decree|Regulations?|"
    r"Commission|Council|Court|Service|Force|Ministry|Department|Authority|Unit|Agency|Board|Tribunal|Committee|"
    r"Assembly|Senate|Parliament|Office|Institute|Policy|Plan|Strategy|Programme|Fund)\b)"
)


#: Words that describe a name that follows, not a name's first word ("Recent Land Act amendments").
_BEFORE_A_NAME = frozenset(
    "recent new current proposed draft existing former previous latest amended revised old present planned pending "
    "additional successive".split()
)


def lower_first(text: str, proper: frozenset[str] = frozenset()) -> str:
    """Lower-case the first word unless it is a name: ``proper`` holds the words the submissions write with a
    capital inside sentences and never in lower case ("Kazakhstan", "Parliament"), and as "Media+" those written
    so only as a name's first word, which keep their capital before the rest of the name; acronyms ("JS1",
    "OP-CAT") and the usual sentence openers are decided without it."""
    prefixed = re.match(rf"(?:Non|Anti|Pro|Post)-([{UPPER}][{LOWER}]*)\s+[{LOWER}]", text)
    if prefixed and prefixed.group(1) in proper:
        # "Non-Muslim girls", "Anti-Roma rhetoric": a prefix before a name (not "Non-Governmental Organizations
        # Act", "Anti-Trafficking in Persons Act", "Anti-Terrorism legislation": no names after the prefix)
        return text[0].lower() + text[1:]
    if re.match(rf"[{UPPER}][{LOWER}'’]*-[{UPPER}]", text):
        return text  # "Afro-Peruvians", "Inter-American standards": a compound of names keeps its capitals
    m = re.match(rf"([{UPPER}{LOWER}][{LOWER}'’]*)", text)
    if m and re.match(rf"[{UPPER}\d]", text[m.end() : m.end() + 1]):
        return text  # an acronym or a code: "JS1", "OP-CAT", "CoE"
    word = re.sub(r"['’]s?$", "", m.group(1)) if m else ""
    if m and word.lower() not in _COMMON_STARTERS and re.match(r"(?:\s+[A-Z][a-z]+){0,2}\s+Nos?\.\s*\d", text[m.end() :]):
        return text  # an instrument's name before its number: "Law No. 180 of 2018", "Presidential Decree No. 444"
    if m and word.lower() not in _COMMON_STARTERS | _BEFORE_A_NAME and _NAMED_BODY.match(text[m.end() :]):
        return text  # the first word of a name: "Police Force Order 237 permits …", "National Police Service …"
    if m and (word.lower() in _NOUN_STARTERS or f"{word}+" in proper) and re.match(r"\s+[A-Z][a-z]", text[m.end() :]):
        return text  # the first word of a name: "Human Rights Watch documented …", "Media Council of Kenya …"
    if m and word.lower() not in _COMMON_STARTERS and _PERSON_AFTER.match(text[m.end() :]):
        return text  # a person's name: "Nurbek A., 27, died …", "Jyldyz, 17, was abducted …", "Akua Denteh, 90, …"
    if m and (word.lower() in _COMMON_STARTERS or word not in proper):
        return text[0].lower() + text[1:]
    return text


#: What follows a person's first name: an initial ("Nurbek A."), an age ("Jyldyz, 17,"), or a surname and an age.
_PERSON_AFTER = re.compile(rf"\s+[{UPPER}]\.[\s,]|,\s+(?:aged\s+)?\d{{1,3}}\s*(?:,|years?\b)|\s+[{UPPER}][{LOWER}]+,\s+(?:aged\s+)?\d{{1,3}}\s*[,)]")


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]
