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
    "the a their his her its our my your whose own free political good ill against of".split()
)
#: After these, "have"/"has" (and the verbs above) is not a present tense to move into the past ("did not have",
#: "to have").
_NO_BACKSHIFT_AFTER = frozenset(
    "do does did not n't to will would shall should can could may might must cannot".split()
)


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


def backshift(clause: str) -> str:
    """Auxiliaries and copulas into the past, outside quotation marks; "do"/"does" only before "not"; "have"
    after "do not", "to" or a modal stays ("did not have", "would have")."""
    return outside_quotes(clause, _backshift_plain)


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
        if before in _NOUN_AFTER.get(low, ()):
            repl = None  # "against their will", "the remains of 1,029 persons", "body or remains found": the noun
        if repl and not blocked and low not in {"do", "does"}:
            out.append((repl if core.islower() else upper_first(repl)) + punct)
        else:
            out.append(token)
        previous.append(token)
    text = "".join(out)
    return re.sub(r"\b(do|does)(\s+not)\b", lambda m: "did" + m.group(2), text)
