"""What stands under a submission's overview heading ("Introduction", "Executive summary", "Summary"): the
submitter's findings, drafted, and what describes the submitter or its method, or says again what the body says,
left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from uprkit.summarize.passages import Passage
from uprkit.summarize.person import named_subject

#: A heading over the submission's overview: "1. Introduction", "Executive summary", "Summary". What stands under it
#: may be the submitter's findings ("During the 2nd UPR cycle, the Government of Kenya received 20 recommendations
#: …", "ARTICLE 19 considers that only one of them … has been fully implemented"), kept unless it describes the
#: submitter or its method; a heading that also names the method or the submitter ("Introduction and
#: methodology", "About us") leaves out all under it.
_OVERVIEW = r"(?:introduction|executive\s+summary|summary|(?:key|main)\s+(?:findings|facts)|summary\s+of\s+(?:key\s+)?findings|at\s+a\s+glance)"
OVERVIEW_HEADING = re.compile(
    rf"^(?:[IVX]+\.?|[A-Z]\.|\d{{1,2}}(?:\.\d{{1,2}})*\.?)?\s*{_OVERVIEW}(?:\s*(?:,|and|&)\s*{_OVERVIEW})*\s*:?\s*$", re.I
)
#: Under an overview heading ("Introduction"), what the submission covers and how it was made: "This briefing
#: describes …", "CIVICUS examines …", "It is based on interviews with …", "The UPR is a mechanism of …".
METHOD = re.compile(
    r"^(?:in\s+)?(?:this|the\s+present|our)\s+(?:joint\s+)?(?:submission|report|paper|document|contribution|briefing|brief)\b"
    r"|^the\s+(?:joint\s+)?(?:submission|briefing)\s+(?:addresses|covers|focuses|examines|describes|highlights|assesses|"
    r"outlines|presents|draws)\b|\bnames\s+(?:of\s+(?:the\s+)?\w+\s+)?(?:\w+\s+)?(?:have\s+been|were|are)\s+changed\b"
    r"|^(?:[^,]{1,60},\s*)?(?-i:[A-Z])[\w’'\-]*(?:\s+(?-i:[A-Z\d])[\w’'\-]*){0,5}\s+(?:also\s+)?(?:examines|focuses|"
    r"highlights|addresses|covers|outlines|describes|assesses|evaluates|presents|analy[sz]es|reviews|sets\s+out|"
    r"looks\s+at)\b"
    r"|^(?:we|it)\s+(?:also\s+)?(?:examine|focus|highlight|address|cover|outline|describe|assess|evaluate|present|"
    r"analy[sz]e|review|set\s+out|look\s+at)s?\b"
    # "It draws on 214 cases handled by MJC's legal aid clinics and on interviews with 48 family members …"
    r"|^(?:we|it)\s+(?:also\s+)?draws?\s+(?:on|upon)\b"
    # the submitter's purpose: "PI wishes to bring concerns … before the Human Rights Council"
    r"|\b(?:wish(?:es)?|would\s+like|seeks?|aims?)\s+to\s+(?:bring|draw|highlight|raise|share|provide|present|submit)\b"
    r"|\b(?:is|are|was|were)\s+based\s+on\b|\b(?:gathered|collected|compiled|obtained)\s+(?:through|from|by)\b"
    r"|^(?:the\s+)?(?:universal\s+periodic\s+review|UPR)\b",
    re.I,
)


#: A figure that is not a year: "8,000 households", "68 per cent", "152 cases".
_COUNT = re.compile(r"(?<![\w.,/])(?!(?:19|20)\d\d(?![\d,]))\d[\d,.]*(?:\s*(?:%|per\s*cent))?(?![\w/])")


def gives_figures(text: str) -> bool:
    """The sentence gives a figure other than a year ("8,000 households", "68 per cent of the children"), as a
    finding does and a description of the submitter or its method does not ("since 2008", "in 2019")."""
    return _COUNT.search(text) is not None


#: A box of the recommendations the body makes: "Key recommendations", "Summary of recommendations".
_BOX_TITLE = re.compile(r"^(?:key|main|priority|summary\s+of(?:\s+the)?|summary\s+of\s+key)\s+recommendations\s*:?$", re.I)


def in_overview(p: Passage) -> bool:
    """The passage stands under "Introduction", "Executive summary" or "Summary", or is an item of a box of "Key
    recommendations" (the Ugandan set's box was drafted besides the body's paragraphs that make them, and cited
    without a locator)."""
    return bool(p.heading and OVERVIEW_HEADING.search(p.heading)) or bool(
        p.in_list and p.lead and _BOX_TITLE.match(p.lead.strip()))


#: What the submitter says as its own view or request, not as what it does: "ARTICLE 19 considers that …", "We
#: are concerned …", "CIVICUS is deeply concerned …", "BKF recommends …".
_VIEW = (
    r"(?:considers?|notes?|finds?|found|believes?|recommends?|urges?|calls?|welcomes?|regrets?|deplores?|condemns?|"
    r"recogni[sz]es?|acknowledges?|observes?|stresses|stress|emphasi[sz]es?|hopes?|expresses?|reiterates?|requests?|"
    r"asks?|(?:is|are|remains?)\s+(?:\w+ly\s+)?concerned)\b"
)
_OWN_VIEW = re.compile(rf"{_VIEW}|(?:is|are|was|were|remains?|has|have)\b", re.I)
#: A name that brings organisations together: "The Georgian Coalition for the Universal Periodic Review brings
#: together eight human rights organisations …", "The Georgian Independent Media Association unites 34 outlets".
_BRINGS_TOGETHER = re.compile(
    r"^(?:the\s+)?(?-i:[A-Z])[\w’'\-]*(?:\s+[\w’'\-()]+){0,10}?\s+(?:brings\s+together|unites|comprises|gathers|"
    r"is\s+(?:composed|made\s+up)\s+of)\b",
    re.I,
)
#: Its members, without an article: "ENN, CHRSM and JFAA are Nigerian organisations that provide legal assistance …".
_ARE_ORGANISATIONS = re.compile(
    r"\b(?:is|are)\s+(?:an?\s+)?(?:[\w\-]+,?\s+){0,3}(?:organi[sz]ations?|NGOs?|networks?|coalitions?|associations?|"
    r"alliances?|platforms?)\s+(?:that|which|working|based|of)\b",
    re.I,
)
#: An institution's accreditation: "The Council is accredited with “B” status by the Global Alliance …".
_ACCREDITED = re.compile(r"\b(?:re-?)?accredited\s+(?:with|as)\b|\b[“\"]?[AB][”\"]?\s+status\b")


def introduces_itself(text: str, self_names: tuple[str, ...]) -> bool:
    """Under an overview heading, the submitter introducing itself: by a name that may go on with a place, saying
    what it is ("ARTICLE 19 Eastern Africa, based in Nairobi, is a regional office of ARTICLE 19 …", "The
    Commission … (CHRAJ) is Ghana's national human rights institution"); its name with its abbreviation before
    anything but its view ("The Human Rights and Disability Clinic (CDHD) was a legal clinic …"); a name that
    brings organisations together; its accreditation; or what it does, without a figure ("The Council receives
    complaints, visits places of detention …", "GIMA monitors attacks on journalists")."""
    named = named_subject(self_names)
    if _BRINGS_TOGETHER.match(text) or _ACCREDITED.search(text) or _ARE_ORGANISATIONS.search(text):
        return True
    if not named:
        return False
    if re.match(rf"{named}\b[^.;]{{0,60}}?\s(?:is|are|was)\s+(?:an?|the|[A-Z][\w’'\-]*['’]s)\s", text):
        return True
    if re.match(rf"(?:the\s+)?[A-Z][^.()]{{2,120}}?\s*\((?:[^()]*\W)?(?:{named})\W?[^()]*\)\s+(?!(?:\w+ly\s+|also\s+)*{_VIEW})",
                text):
        return True  # the name and, in brackets, the abbreviation it goes by
    doer = re.match(rf"(?:[^,]{{1,30}},\s*)?(?:it|we|(?:its|our)\s+[a-z]+|{named})\s+(?:\w+ly\s+|also\s+)*(?P<verb>[a-z]+)",
                    text, re.I)
    return doer is not None and not _OWN_VIEW.fullmatch(doer.group("verb")) and not gives_figures(text)


#: Words that say little of what a sentence is about.
_LITTLE_WORDS = frozenset(
    """
    the a an of to in on at for from by with as and or but that this these those which who whom whose it its their
    is are was were be been being has have had will would can could may might shall should must also among other
    things such there here than then into over under about after before during since only all any some
    """.split()
)
#: The share of a sentence's words a paragraph of the body must have for the sentence to restate it.
_RESTATED = 0.6


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9][a-z0-9’'\-]*", text.lower()) if w not in _LITTLE_WORDS}


def _prefixes(words: Iterable[str]) -> set[str]:
    return {w[:5] for w in words}


def restated(text: str, paragraphs: Iterable[set[str]], *, asks: bool = False) -> bool:
    """A sentence of an executive summary or an introduction that one paragraph of the body says again, in the same
    or other words ("Only one case has led to the conviction of police officers." / "Only one case has resulted in
    the conviction of police officers: in November 2018, …"; "BKF recommends, among other things, that the
    Philippines cooperate with the Court." / "BKF recommends that the Philippines cooperate with the International
    Criminal Court."): at least :data:`_RESTATED` of its words in one paragraph; for a recommendation (``asks``), in
    at most three."""
    words = _prefixes(content_words(text))
    if len(words) < 3:
        return False
    # compared by their first five letters: the stems of "evictions" and "evicted", "forced" and "forcibly" differ
    # ("Forced evictions, including those of more than 3,500 households around Boeung Kak lake, continue." / "More
    # than 3,500 households were forcibly evicted from the Boeung Kak lake area …" was drafted twice)
    paragraphs = [_prefixes(para) for para in paragraphs]
    if any(len(words & para) >= _RESTATED * len(words) for para in paragraphs):
        return True
    if not asks:
        return False
    # a summary's recommendation joining several of the body's ("BKF recommends, among other things, that the
    # Philippines publish the full reports of the review panel, cooperate with the International Criminal Court and
    # abolish the National Task Force …"): the words of at most three paragraphs
    covered: set[str] = set()
    for _ in range(3):
        best = max(paragraphs, key=lambda para: len((words - covered) & para), default=set())
        covered |= words & best
    return len(covered) >= _RESTATED * len(words)
