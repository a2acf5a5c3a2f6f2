"""A published statement without its attribution, for the round trip's pseudo-submissions: what a stakeholder
would have written, without "X noted that" / "According to X,"."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def _verbs_pattern() -> re.Pattern[str]:
    text = resources.files("uprkit").joinpath("data/reporting_verbs.tsv").read_text(encoding="utf-8")
    verbs = [line.split("\t")[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    alt = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(set(verbs), key=len, reverse=True))
    return re.compile(
        rf"^(?P<subject>.{{0,220}}?)\b(?:also\s+|further\s+|further\s+|again\s+|similarly\s+|strongly\s+)*"
        rf"(?P<verb>{alt})\b(?:\s+that\b|\s*,)?\s*",
        re.S,
    )


_ACCORDING = re.compile(r"^(?:also\s+)?according\s+to\s+[^,]{1,200},\s*", re.I)
_PRONOUN_FRAME = re.compile(r"^(?:It|They|The\s+(?:organi[sz]ation|submission|coalition|authors?))\s+", re.I)


def strip_attribution(text: str, credited: list[str], names: dict[str, str]) -> str:
    """A published statement without "X noted that" / "According to X," / "It further stated that"."""
    s = text.strip()
    m = _ACCORDING.match(s)
    if m:
        return _cap(s[m.end() :])
    m2 = _verbs_pattern().match(s)
    if m2:
        subject = re.sub(r"(?<=\w)-\s+(?=\w)", "-", m2.group("subject"))  # "CoE- Commissioner", as extracted
        known = [part for a in credited for part in [a, *a.split("/")] if len(part) > 1]
        known += [names[a] for a in credited if a in names]
        looks_like_subject = bool(_PRONOUN_FRAME.match(subject + " ")) or any(k and k in subject for k in known) or bool(
            re.search(r"\b(?:JS|Joint\s+Submission)\s*\(?\w*\)?\s*\d*", subject)
        )
        if looks_like_subject and len(subject) < 220:
            rest = s[m2.end() :]
            own = _own_act(m2.group("verb"), s[m2.end("verb") : m2.end()], rest)
            if own is not None:
                return own
            if re.search(r"concern|regret|alarm", m2.group("verb"), re.I):
                rest = re.sub(r"^(?:about|at|over|regarding|with|on)\s+", "", rest)
            return _cap(rest.lstrip(",;: "))
    return s


#: What a stakeholder did to a thing, said as it would say it: "welcomed the adoption of the Code … in 2019" is
#: "We welcome the adoption of …", not "The adoption of … in 2019.", which reads back as a recommendation (as
#: does "expressed serious concern about the adoption of a draft law"). Only verbs the drafter reads back.
_OWN_OBJECT_VERBS = {
    "welcomed": "welcome", "commended": "commend", "acknowledged": "acknowledge", "recognized": "recognize",
    "recognised": "recognise", "appreciated": "appreciate", "noted": "note", "regretted": "regret",
    "deplored": "deplore", "condemned": "condemn", "noted with concern": "note with concern",
}
_CONCERN_FRAME = re.compile(
    r"^(?:(?:expressed|raised|voiced)\s+(?:\w+\s+)?concerns?|(?:was|were|remained)\s+(?:\w+ly\s+)?(?:concerned|alarmed))$"
)
_CONCERN_OBJECT = re.compile(r"^(?P<prep>about|at|over|with|by|regarding|on|as\s+to)\s+(?=\S)")


def _own_act(verb: str, after_verb: str, rest: str) -> str | None:
    """The stakeholder's act on an object in the first person ("We welcome …", "We are concerned about …"),
    or None where the verb is followed by a clause ("noted that …": the clause says it) or is not one of these."""
    verb = re.sub(r"\s+", " ", verb).lower()
    if "that" in after_verb or "," in after_verb or re.match(r"(?:that|to|with|of)\b", rest):
        return None
    if verb in _OWN_OBJECT_VERBS:
        return f"We {_OWN_OBJECT_VERBS[verb]} {rest}"
    m = _CONCERN_FRAME.match(verb) and _CONCERN_OBJECT.match(rest)
    if m:
        return f"We are concerned about {rest[m.end() :]}"
    return None


def _cap(s: str) -> str:
    s = s.strip()
    return s[:1].upper() + s[1:]
