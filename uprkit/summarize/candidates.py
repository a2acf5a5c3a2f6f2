"""From passages to candidate points: what is about the State, in reported speech, one point per run.

A *point* is one sentence of the draft-to-be: a run of one to a few consecutive sentences of one submission
paragraph, the first framed in reported speech ("JS1 noted that …") and the others kept as the stakeholder
wrote them (moved into the past), or one recommendation. The organization's self-description, its
methodology, contact details, tables of contents and boilerplate are left out here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from uprkit.model import Act
from uprkit.summarize.clauses import (
    COMMON_STARTERS,
    STATE_WORDS,
    describes,
    is_base_verb,
    is_short_sentence,
    starts_with_verb,
)
from uprkit.summarize.marks import LOWER, UPPER
from uprkit.summarize.overview import (
    METHOD,
    OVERVIEW_HEADING,
    content_words,
    gives_figures,
    in_overview,
    introduces_itself,
    restated,
)
from uprkit.summarize.passages import PAPERS_LEAD, Passage
from uprkit.summarize.person import (
    beyond_frame,
    first_person,
    named_subject,
    own_verbs_past,
    speaks_of_itself,
    third_person,
)
from uprkit.summarize.review_check import state_mentions
from uprkit.summarize.sentences import is_speaker_label
from uprkit.summarize.speech import STATUS_LINE, Reported, report
from uprkit.summarize.tense import backshift

#: One subject of a heading about the submitter or the paper ("About us", "Methodology", "Contacts").
_SKIP_SUBJECT = (
    # "About us", "About the Returnee Support Network", "About Media Freedom Watch Central Asia": the submitter
    r"(?:about\s+(?:us|the\s+(?:organi[sz]ation|authors?|coalition|submitting\s+organi[sz]ations?)|(?:the\s+)?(?-i:[A-Z])[\w’'\-]*(?:\s+[\w’'\-]+){0,7})|who\s+we\s+are|"
    r"introduction|methodology|methods|sources|acknowledge?ments?|contacts?|contact\s+(?:details|information)|"
    r"annex(?:es)?(?:\s+\w+)?(?:\s*[–—:-]\s+.*)?|appendix(?:\s+\w+)?(?:\s*[–—:-]\s+.*)?|references|bibliography|endnotes|footnotes|notes|"
    r"table\s+of\s+contents|contents|executive\s+summary|summary|list\s+of\s+(?:abbreviations|acronyms)|abbreviations|"
    r"acronyms|glossary|the\s+submitting\s+organi[sz]ations?|background\s+to\s+(?:the|this)\s+(?:submission|report))"
)
#: Submission headings whose content is about the submitter or the paper, not about the State; several such
#: subjects may share one heading ("About us and methodology", "Introduction, sources and methods").
_SKIP_HEADING = re.compile(
    rf"^(?:[IVX]+\.?|[A-Z]\.|\d{{1,2}}(?:\.\d{{1,2}})*\.?)?\s*{_SKIP_SUBJECT}(?:\s*(?:,|and|&)\s*{_SKIP_SUBJECT})*\s*:?\s*$",
    re.I,
)
#: A heading over the submitter's requests: "Recommendations", "What we ask the Government to do", "Our demands",
#: "Call to action".
_RECOMMENDATION_HEADING = re.compile(
    r"\brecommendations?\b|\bwhat\s+we\s+(?:ask|call\s+for|urge|want|request)\b|\bour\s+(?:requests|demands|asks|calls)\b"
    r"|\bcalls?\s+to\s+action\b",
    re.I,
)
#: An item of a list that leads in items of its own, its gist before the details: "– stop the filing of criminal
#: charges against community members who protest peacefully, in particular:" / "o withdraw the charges …".
_GIST = re.compile(r",?\s+(?:in\s+particular|including|notably|especially|among\s+others)\s*:$", re.I)
_INTRODUCTION = re.compile(r"\bintroduction\b", re.I)
#: A sentence that asks something of someone: "The coalition recommends that …", "… should ratify …".
_ASKS = re.compile(r"\b(?:recommends?|urges?|calls?\s+(?:on|upon)|should)\b", re.I)
#: What a submission calls itself: "this submission", "the present report", "our joint submission".
_PAPER = r"(?:joint\s+)?(?:submission|report|paper|document|contribution|briefing)"
#: Sentences about the submission or the submitting organization.
_BOILERPLATE = re.compile(
    # the paper as the subject ("This submission is based on …", "In this report, we …"), not a substantive
    # sentence naming it ("… until investigations into the cases documented in this report have been completed")
    rf"(?:^(?:in\s+|with\s+|through\s+)?(?:this|the\s+present|our|the\s+following)\s+(?:{_PAPER}|(?:joint\s+)?stakeholder\s+report)\b"
    # nor a time it names ("Since this submission was drafted, one of the teachers was released on bail")
    r"|(?<!\bin\s)(?<!\bof\s)(?<!\bby\s)(?<!\bto\s)(?<!\bon\s)(?<!\bsince\s)(?<!\bafter\s)(?<!\bwhen\s)(?<!\bbefore\s)"
    rf"\b(?:this|the\s+present|our)\s+(?:{_PAPER}|(?:joint\s+)?stakeholder\s+report)\s+"
    r"(?:is|was|has|have|will|covers|focuses|draws|presents|provides|contains|highlights|addresses|aims|seeks|describes|"
    r"summari[sz]es|outlines|examines|reviews|assesses|relies|reflects|sets\s+out|looks|concentrates|includes)\b"
    r"|^(?:contact(?:\s+person)?|members?(?:\s+of\s+the\s+\w+)?|member\s+organi[sz]ations?|attachments?|enclosures?)\s*:"
    # a cover's label: "Focus: child marriage, child labour, children in detention and the right to education"
    r"|^(?:focus|topics?|themes?|issues\s+covered|key\s*words?)\s*:"
    r"|^(?:the\s+present|our)\s+(?:information|contribution)\s+(?:is|was|has\s+been)\s+(?:prepared|based|compiled)\b"
    r"|^(?:the\s+)?(?:table|figure|chart|graph|box)\s+(?:\d+\s+)?(?:below|above)\s+(?:shows|summari[sz]es|sets\s+out|lists|gives)\b"
    r"|^(?:table|figure|chart|graph|box)\s+\d+\s*[:.–—-]|^sources?\s*:"  # a caption: "Table 1: …", "Source: NHRC …"
    r"|\b(?:are|is|were|was)\s+(?:listed|summari[sz]ed|set\s+out|reproduced|attached)\s+in\s+(?:the\s+)?annex\b"
    r"|\b(?:are|is)\s+(?:listed|summari[sz]ed|set\s+out|presented|given)\s+in\s+the\s+(?:table|list)\s+below\b"
    r"|©|\ball\s+rights\s+reserved\b|\b\d+[a-z]?\s+(?:avenida|calle|rua)\b"
    r"|^\(?see\s+(?:the\s+)?(?:table|figure|chart|annex|appendix)\b"
    r"|\b(?:is|are)\s+an?\s+(?:[\w\-]+,?\s+){0,5}(?:organi[sz]ations?|NGOs?|networks?|coalitions?|groups?|"
    r"associations?|foundations?|movements?|alliances?|platforms?|federations?|unions?|institutes?|centres?|centers?)\b"
    r"|\bfounded\s+in\s+\d{4}|\bconsultative\s+status\b|\bECOSOC\b|\b(?:tel|fax|e-?mail)\s*[:.]"
    r"|\bfor\s+(?:more|further)\s+information\b|\bin\s+(?:preparation\s+for|view\s+of)\s+the\s+(?:\w+\s+)?(?:universal\s+periodic\s+review|UPR)\b"
    r"|\bon\s+the\s+occasion\s+of\s+the\b|\b(?:welcomes?|appreciates?)\s+the\s+opportunity\s+to\b"
    # "we" doing the research as the sentence's subject ("In 2019, we interviewed 120 survivors"), not in a clause
    # of a finding ("68 per cent of the children we consulted said they had been caned at school")
    r"|^(?:[^,]{1,60},\s*)?we\s+(?:also\s+)?(?:interviewed|consulted|conducted\s+(?:interviews|research|a\s+survey))\b"
    r"|\bword\s+count\b|\bpage\s+\d+\s+of\s+\d+\b|^we\s+(?:would\s+like\s+to\s+|wish\s+to\s+)?(?:thank|pray)\b"
    # a letter's courtesy ("Thank you for considering this letter."), and a part of the paper as the subject
    # ("Section A of this submission assesses the implementation of …")
    r"|\bat\s+your\s+(?:disposal|service)\b|^we\s+look\s+forward\s+to\b|\bdo\s+not\s+hesitate\s+to\s+contact\b"
    r"|^thank\s+you(?:\s+(?:for|very|again|in\s+advance)\b|\s*[.!]?$)|^(?:yours\s+(?:sincerely|faithfully|truly)|(?:with\s+)?(?:kind|best|warm)\s+regards)\b"
    rf"|^(?:section|part|chapter|annex)\s+[A-Z0-9IVX]{{1,4}}\s+of\s+(?:this|the\s+present|our)\s+{_PAPER}\b"
    r"|\b\d{4,5}\s+[A-Z][a-z]+,\s+[A-Z][a-z]+\s*$|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s+\d[A-Z]{2}\b"  # postal addresses
    r"|^\d{1,4}\s+(?:rue|avenue|passage|street|road|boulevard|place)\b|\b(?:street|road|avenue|rue),\s+(?-i:[A-Z\d])"
    r"|\bstands?\s+ready\s+to\s+(?:continue\s+(?:to\s+)?)?(?:support|assist|cooperat|help|provid|shar)\w*\b|\breproduced\s+below\b"
    r"|^no\.\s*\d+[A-Za-z]?\s*,\s|\b(?:mawatha|marg|jalan)\b"  # an address: "No. 14, R.A. De Mel Mawatha, Colombo 04"
    r"|^(?:no\.|#)\s+(?:name\s+of\s+(?:the\s+)?)?(?:organi[sz]ations?|members?|names?|recommendations?)\b"  # a table's header row
    # a cover's line: "Submitted by …", "Submitted on 31 March 2022 – Contact: …", "Submitted on behalf of the 14 …"
    r"|^(?:submitted|prepared)\s+(?:by|to|on)\b|^signed\s*[:,]|^the\s+members\s+of\s+[^:]{3,120}?\s+(?:are|include)\s*:|\bsubmission\s+(?:to|for)\s+the\b|\bcontribution\s+to\s+the\s+(?:\w+\s+){0,3}(?:universal\s+periodic\s+review|UPR)\b|\bsession\s+of\s+the\s+(?:UPR\s+)?working\s+group\b"
    r"|^(?:joint\s+)?submission\s+\d*\s*$|\buniversal\s+periodic\s+review\s*:"
    r"|^(?:joint\s+)?(?:submission|report|contribution)\s+(?:by|of|from)\s*:?\s(?!.*\b(?:is|are|was|were|has|have|had|will)\b)"
    r"|(?:\.\s?){5,}\s*\d*\s*$|…{2,}\s*\d*\s*$"  # a table of contents' line: "2. Enforced disappearances ....... 2"
    r"|^--\s"  # a plain text's signature: "-- Shramik Nirapotta Forum, Savar, Dhaka."
    # a blog's furniture printed with its post: "Like this:", "Be the first to like this.", "Leave a Reply"
    r"|^(?:like|share)\s+this\s*:|\bbe\s+the\s+first\s+to\s+like\s+this\b|^leave\s+a\s+(?:reply|comment)\b"
    r"|\byour\s+e-?mail\s+address\s+will\s+not\s+be\s+published\b|\brequired\s+fields\s+are\s+marked\b|^related\s*$"
    # a courtesy: "The CNDH reiterates its willingness to collaborate with the Human Rights Council …"
    r"|\b(?:reiterates?|reaffirms?|expresses?|renews?)\s+(?:its|our)\s+(?:full\s+)?(?:willingness|commitment|readiness|"
    r"availability|disposition)\s+to\s+(?:continue\s+to\s+)?(?:collaborat|cooperat|work\s+with|support|engag)\w*"
    # a cover's note: "This is the text of the submission that …", "The paragraph and footnote numbers of the
    # original documents have been kept", "The IACHR presents below excerpts of its most recent reports"
    r"|^this\s+is\s+the\s+(?:full\s+|original\s+)?text\s+of\s+(?:the|our|its)\s+(?:submission|report|contribution)\b"
    r"|\b(?:paragraph|footnote|page)(?:\s+and\s+(?:paragraph|footnote|page))?\s+numbers?\s+of\s+the\s+original\b"
    r"|\bpresents?\s+(?:below|herein|hereunder)\b"
    r"|^(?:most|many|all|some)\s+of\s+(?:our|its)\s+members\s+(?:are|were|have)\b"
    # a closing commitment: "The Commission remains committed to working with the Government, civil society …"
    r"|\b(?:remains?|is|are|stands?)\s+(?:fully\s+)?(?:committed|ready|available)\s+to\s+(?:working|work|cooperating|cooperate|"
    r"engaging|engage|continuing|continue|supporting|support)\b"
    # the paper and its parts (the Malaysian set): "The Commission's recommendations are set out at the end of each
    # chapter", "Each recommendation below is linked to a target of the 2030 Agenda", "You can read the full
    # submission here", "Today we sent our submission … Here is what we told the Human Rights Council about …"
    r"|\brecommendations\s+(?:are|is|were)\s+(?:set\s+out|listed|given|presented|found)\s+(?:at\s+the\s+end|below|in\s+(?:each|the\s+last))\b"
    r"|^(?:each|every)\s+recommendation\s+below\b|\b(?:read|download|see)\s+(?:the|our)\s+full\s+(?:submission|report|text)\b"
    r"|^today\s+we\s+(?:sent|submitted|published|filed)\b|^here\s+(?:is|are)\s+what\s+we\s+(?:told|said|asked)\b)",
    re.I,
)
#: The paper itself as a sentence's subject ("This report was prepared after public hearings …").
_THIS_PAPER = re.compile(rf"^(?:this|the\s+present)\s+{_PAPER}\b", re.I)
#: The submitter describing itself: the sentences after it in that paragraph in which the submitter is the
#: subject are about it too ("Human Rights Watch is an independent … organization … . It has documented
#: violations in Kazakhstan since 1993. It focuses on freedom of expression …"); others ("In 2021, the Supreme
#: Court ordered its liquidation") are not.
_SELF_DESCRIPTION = re.compile(
    r"\b(?:is|are)\s+an?\s+(?:[\w\-]+,?\s+){0,5}(?:organi[sz]ations?|NGOs?|networks?|coalitions?|associations?|"
    r"foundations?|movements?|alliances?|platforms?|federations?|institutes?)\b"
    # "The Mindanao Environmental Defenders Network (MEDN) brings together 37 community organisations, …"
    r"|\b(?:brings\s+together|unites|gathers)\s+(?:more\s+than\s+|over\s+|some\s+)?\d+\s+(?:[\w\-’']+\s+){0,3}?"
    r"(?:organi[sz]ations|groups|associations|collectives|NGOs|networks|unions)\b"
    r"|\bfounded\s+(?:in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+)?in\s+\d{4}|\bconsultative\s+status\b|\bECOSOC\b"
    # "The Defensoría del Pueblo … is the national human rights institution of Peru", "It is formed by four
    # organisations of women …"
    r"|\b(?:is|are)\s+the\s+national\s+human\s+rights\s+institution\b"
    r"|\b(?:is|was)\s+(?:formed|made\s+up|composed)\s+(?:by|of)\s+(?:[\w\-]+\s+){0,3}(?:organi[sz]ations|groups|"
    r"associations|NGOs|members|networks)\b",
    re.I,
)
#: The submitter as a sentence's subject.
_ITSELF = r"(?:it|we|our\s+(?:organi[sz]ation|coalition|network|members)|the\s+(?:organi[sz]ation|coalition|network))"
#: More of the same, said on its own: "HRW has documented human rights violations in Kazakhstan since 1993", "It
#: focuses on …", "The submission reflects the collective assessment of the coalition …".
#: Its work since a year: "… has documented violations in Kazakhstan since 1993".
_WORKED_SINCE = (r"(?:has|have)\s+(?:documented|monitored|reported\s+on|worked|been\s+working)\b[^.]{0,120}?"
                 r"\bsince\s+(?:19|20)\d{2}\b")
_ABOUT_ITSELF = re.compile(
    rf"^(?:the\s+)?(?P<who>[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){{0,5}}|it|we)\s+{_WORKED_SINCE}"
    rf"|^{_ITSELF}\s+(?:mainly\s+)?(?:focus(?:es)?|speciali[sz]es?|works?)\s+on\b"
    r"|^the\s+(?:joint\s+)?submission\s+(?:is\s+based|was\s+prepared|draws|reflects|focuses|covers)\b",
    re.I,
)


#: How the submitter came to be: "The institution of the Ombudsman (…) was established in 1995".
_ESTABLISHED = (
    r"(?:\s*\([^()]{1,60}\))?\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:established|created|set\s+up|founded|registered|formed|launched)\b"
)


def _about_itself(text: str, self_names: tuple[str, ...]) -> bool:
    named = named_subject(self_names)
    if named and re.match(rf"{named}\s+(?:would\s+like\s+to\s+|wishes\s+to\s+)?(?:thanks?|is\s+grateful\s+to)\b", text, re.I):
        return True  # "ATIC thanks the communities of Río Sauce … for their testimonies"
    m = _ABOUT_ITSELF.search(text)
    if m is None and named:
        # by its name and the abbreviation after it: "The Cambodian Centre for Justice Monitoring (CCJM) has
        # monitored trials in Phnom Penh and six provincial courts since 2005"
        m = re.match(rf"(?P<who>){named}(?:\s*\([^()]{{1,40}}\))?\s+{_WORKED_SINCE}", text, re.I)
    if m is not None and not (gives_figures(text) and re.search(r"\b(?:documented|monitored|reported)\b", m.group(0))):
        # not a finding the submitter counted: "Kituo cha Sheria has documented forced evictions affecting more
        # than 8,000 households in Nairobi and Mombasa since 2015" (but "The coalition has worked with 45
        # organisations since 2001" is about itself)
        who = m.group("who")
        if not who or who.lower() in {"it", "we"} or any(who.lower() == n.lower() for n in self_names if n):
            return True
    return _describes_itself(text, self_names) or _established(text, self_names)


def _describes_itself(text: str, self_names: tuple[str, ...] = ()) -> bool:
    """The submitter saying what it is ("… is a non-governmental organization", "We are a network of …", "The
    Horn and East Africa Regional Human Rights Council (HEARC) is the human rights body of …"): the sentences of
    that paragraph it is the subject of are about it too."""
    if _SELF_DESCRIPTION.search(text) or _WE_ARE.match(text):
        return True
    if re.match(r"(?:its|our)\s+mandate\b", text, re.I):
        return True  # "Its mandate is to …"
    named = named_subject(self_names)
    if named and re.match(rf"{named}\s+(?:{_MANDATE_VERBS})\b", text, re.I) and len(
        re.findall(rf"\b(?:{_MANDATE_VERBS})\b", text, re.I)
    ) >= 2 and not re.search(r"\d", text):
        return True  # what it does as a rule: "The Council examines periodic reports …, conducts country visits, …"
    return bool(named) and re.match(
        # "The Kenya National Commission on Human Rights (KNCHR or the Commission) is an independent …"
        rf"{named}(?:\s*\([^()]{{1,40}}\))?(?:\s+(?:is|was)\s+(?:an?|the)\s|['’]s\s+mandate\b)", text, re.I
    ) is not None


def _established(text: str, self_names: tuple[str, ...]) -> bool:
    """How the submitter came to be, and nothing more: "The institution of the Ombudsman … was established in
    1995" (not "The NHRC was established in 1995, but its budget was cut …", nor the sentences after it)."""
    named = named_subject(self_names)
    return bool(named) and bool(
        re.match(
            rf"(?:the\s+(?:institution|office|mandate)\s+of\s+)?{named}{_ESTABLISHED}"
            r"(?![^.]*\b(?:but|however|although|yet|while)\b)",
            text,
            re.I,
        )
    )


#: What a body does as a rule, in the present: "The Council examines periodic reports of member States, conducts
#: country visits, adopts resolutions and decides on communications."
_MANDATE_VERBS = (
    r"examines|monitors|conducts|adopts|receives|considers|decides|promotes|protects|undertakes|issues|advises|"
    r"reviews|handles|publishes|provides|assists|supports|represents|visits"
)
#: "We are a network of 34 organisations …", "We are an ecumenical fellowship …" (not "We are a minority of …").
_WE_ARE = re.compile(
    r"we\s+are\s+an?\s+(?:[\w\-]+,?\s+){0,5}(?:organi[sz]ations?|NGOs?|networks?|coalitions?|associations?|foundations?|"
    r"movements?|alliances?|platforms?|federations?|institutes?|fellowships?|societ(?:y|ies)|councils?|unions?|groups?|"
    r"bod(?:y|ies)|churches|church|charit(?:y|ies)|collectives?|initiatives?|centres?|centers?)\b",
    re.I,
)


def _of_itself(text: str, self_names: tuple[str, ...]) -> bool:
    """The submitter is the sentence's subject ("It focuses on …", "Human Rights Watch has …", "Its eleven members
    are …"), maybe after a short opening phrase ("In 2018 alone, NGLHRC handled 367 cases …")."""
    named = named_subject(self_names)
    return bool(re.match(rf"(?:[^,]{{1,30}},\s*)?(?:{_ITSELF}|its{'|' + named if named else ''})\b", text, re.I))


#: The lead of a list of papers, all of whose sentences are the list's: "Attachments: (1) Concluding observations
#: …; (2) Report of the Special Rapporteur …; (3) Resolution …".
_ITEM = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s")
_LISTS_PAPERS = re.compile(PAPERS_LEAD, re.I)
#: A list's title read as a sentence, with the first item's label a PDF or a Word line ran into it: "Key
#: recommendations of the Commission R1." (then "Ratify the Optional Protocol …"), "Recommendations to the
#: Government:", "Our recommendations".
_RECOMMENDATIONS_TITLE = re.compile(
    r"(?i:(?:(?:key|main|our|priority|principal|summary\s+of(?:\s+the)?|list\s+of(?:\s+the)?)\s+)?recommendations?)"
    r"(?:\s+(?:of|by|to|for)\s+(?:(?!(?:is|are|was|were|has|have|had|be|been|not|remain|remains|should|must|will|"
    r"did|do|does)\b)[^.!?:;,\s]+\s*){1,8}?)?(?:\s+(?:R|Rec\.?\s*)?\d{1,2})?\s*[.:]?$"
)
#: The source a sentence cites in brackets at its end, as a footnote would: "… (CDHD, requests for access to
#: information to the 32 state health services, 2022).", "… (Official Gazette of the Federation, 7 June 2023)." —
#: a name, a comma and a year last; not "(articles 139 and 140 of the Criminal Code)" or "(in 2019, 45 cases)".
_CITED_SOURCE = re.compile(
    r"\s*\((?=[A-Z])[^()]{2,200}?,[^()]*?\b(?:19|20)\d\d\)(?=\s*[.;]?\s*$)"
)
#: The earlier recommendations a sentence points to in brackets, "(A/HRC/34/10, paras 115.88, 117.23)": the
#: summaries give them in the endnote ("For relevant recommendations see A/HRC/34/10, paras. 115.88 and 117.23"),
#: not in the sentence (a review helper's Ugandan set).
UPR_REFERENCE = re.compile(
    r"\s*\((?:see\s+)?(?P<symbol>A/HRC/\d{1,2}/\d{1,3}(?:/Add\.\d)?),?\s*paras?\.?\s*"
    r"(?P<paras>\d{1,3}\.\d{1,3}(?:\s*(?:,|and|,\s*and)\s*\d{1,3}\.\d{1,3})*)\)"
)
#: A pointer to a table or figure the draft does not give: "…, as the table below shows".
_TABLE_POINTER = re.compile(
    r",?\s+as\s+(?:the\s+)?(?:table|figure|chart|graph)\s+(?:\d+\s+)?(?:below|above)\s+(?:shows|illustrates)(?=\s*[.;]?\s*$)", re.I)
#: A closing summary's item that names the paragraph it restates: "Adopt a programme of reparation (para. 10)."
_RESTATES = re.compile(
    r"\s*\((?:see\s+)?paras?\.\s*(?P<refs>\d{1,3}(?:\.\d{1,2})?(?:\s*(?:[-–,]|and)\s*\d{1,3}(?:\.\d{1,2})?)*)\)\s*[.;]?$"
)


def _pointed_at(refs: str) -> set[str]:
    """The paragraph labels a pointer names: "35–37" → 35, 36, 37; "7 and 11"; "2.1, 2.3"."""
    out: set[str] = set()
    for part in re.split(r"\s*(?:,|and)\s*", refs):
        m = re.fullmatch(r"(\d+)\s*[-–]\s*(\d+)", part)
        if m and int(m.group(1)) <= int(m.group(2)) <= int(m.group(1)) + 50:
            out.update(str(n) for n in range(int(m.group(1)), int(m.group(2)) + 1))
        elif part:
            out.add(part.split("–")[0].split("-")[0])
    return out
#: A sentence opening with a pronoun or a determiner that points back ("He had told …", "Its spokespersons …",
#: "Two days earlier, he …", "These cases …", "Such threats …"), after at most a short opening phrase.
_REFERS_BACK = re.compile(
    r"^(?:[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,4},\s+)?(?:he|she|they|his|her|their|its|this|these|those|such)\b", re.I
)
#: A count of what the sentence before named: "Thirty-one of them …", "Of these, 31 …", "Most of them …".
_OF_THEM = re.compile(r"^(?:(?:[\w\-]+\s+){1,3}of\s+(?:them|these|those)\b|of\s+(?:them|these|those)\b)", re.I)
#: People the submitter met or counted: "We interviewed 45 former detainees …".
_COUNTS_PEOPLE = re.compile(r"\b(?:interviewed|surveyed|spoke\s+(?:to|with)|met(?:\s+with)?|consulted|assisted|represented)\s+"
                            r"(?:\w+\s+){0,2}?\d[\d,]*\b", re.I)
#: A determiner that points back to what the sentence before named: "These provisions …", "this law", "such acts".
_DEMONSTRATIVE = re.compile(r"^(?:these|this|those|such)\s+(?!is\b|was\b|are\b|were\b)[a-z]", re.I)
_MAX_RUN_WORDS = 110
_MAX_RUN_SENTENCES = 4
_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9][\w'’\-]*")


def _next_paragraph(before: str | None, after: str | None) -> bool:
    """``after`` is the paragraph that follows ``before`` ("3" → "4", "2.1" → "2.2"), or one of them has no
    number; not where paragraphs were left out between them ("18" → "25")."""
    if before is None or after is None or before == after:
        return True
    a, b = re.fullmatch(r"(.*?)(\d+)", before), re.fullmatch(r"(.*?)(\d+)", after)
    return a is not None and b is not None and a.group(1) == b.group(1) and int(b.group(2)) == int(a.group(2)) + 1


@dataclass
class Point:
    """One sentence of the draft, from one or more stakeholders."""

    stakeholders: list[str]  # credited, in order
    passages: dict[str, list[Passage]]  # the cited passages of each credited stakeholder
    reported: Reported
    continuation: list[str]  # further sentences of the run, as written (backshifted)
    act: Act
    order: tuple[int, int]  # (stakeholder order, position in the submission)
    see_also: dict[str, list[Passage]] = field(default_factory=dict)
    # further places where a credited stakeholder made the same point again (a recommendation repeated in the
    # submission's closing list): cited with the first place in one endnote ("JS1, paras. 8 and 31")
    repeats: dict[str, list[list[Passage]]] = field(default_factory=dict)
    theme: str | None = None
    confidence: float = 0.0
    facet: str | None = None  # which of the theme's second headings it goes under ("institutional", "idps")

    @property
    def cited_text(self) -> str:
        """The first stakeholder's cited words, as written."""
        return " ".join(p.text for p in self.passages[self.stakeholders[0]])

    @property
    def source_text(self) -> str:
        """The first stakeholder's words, for classification."""
        return beyond_frame(self.cited_text)  # "We are concerned about …": the frame is no topic

    def body(self) -> str:
        """The predicate and continuation, without the subject."""
        return " ".join([self.reported.predicate, *self.continuation])

    def words(self, subject: str) -> int:
        return len(_WORD.findall(self.reported.sentence(subject))) + sum(len(_WORD.findall(c)) for c in self.continuation)


#: A title's naming of the review it is for.
_NAMES_THE_REVIEW = re.compile(r"\b(?:Universal\s+Periodic\s+Review|UPR)\b.*\b(?:session|cycle)\b|\b(?:session|cycle)\b.*\b(?:Universal\s+Periodic\s+Review|UPR)\b", re.I)
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|should|must|can|cannot|may|did|does|do)\b", re.I)


def _is_title(text: str, *, cover: bool = False) -> bool:
    """A lettered or numbered sub-heading read as a list item ("(b) Rights of parents"): a few words, no
    closing punctuation, no finite verb. (A recommendation written so, "Adoption of a law", is reported as one
    and never gets here.) On a cover (``cover``: the first sentences of the first page) a title may have commas
    ("Land, militarisation and the right to memory in the Northern and Eastern Provinces")."""
    text = text.strip()
    if cover and text.endswith(".") and ":" in text and len(text.split()) <= 20 and not describes(text) \
            and not re.search(r"\b(?:is|are|was|were|has|have|had|will|would|should|must)\b", text):
        return True  # a cover's title with its stop: "Uganda: Human rights defenders and civic space under attack."
    if re.search(r"[.;:!?\]”\"]$", text):
        return False
    if _NAMES_THE_REVIEW.search(text) and len(text.split()) <= 40 and not _FINITE_VERB.search(text):
        # "Submission on the human rights of lesbian, gay, bisexual, transgender and intersex persons in Nepal –
        # Universal Periodic Review, 37th session": a title, with no stop and no verb, however long
        return True
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        return True  # a title in capitals ("THE AUTHORIZED PERSON … FOR HUMAN RIGHTS (OMBUDSMAN)")
    if len(text.split()) <= 6:
        return not text.endswith(")") and not is_short_sentence(text + ".")
    # a cover's subtitle: "Independent Constitutional Commission established under Article 59 of the Constitution",
    # and a title with its subtitle after a colon: "Our homes, our bread, our work: economic and social rights in Egypt"
    titled = ":" in text and not re.search(r"\b(?:is|are|was|were|has|have|had|will|would|should|must)\b", text)
    return len(text.split()) <= 20 and not describes(text) and (titled or cover or not re.search(r"[,;]", text))


_FIGURE = re.compile(r"[\d,]*\d(?:[.,]\d+)*%?")


def _table_cells(text: str) -> bool:
    """A table's rows read as one run of text ("… Executions 2019 54 2,602 0 0 2020 58 …"): three figures side
    by side, or three pairs of them, with nothing but spaces between (prose puts words, commas or brackets
    between its figures: "laws 4128, 4511, 5309 and 1244", "684 (61 per cent)")."""
    figures = [bool(_FIGURE.fullmatch(t)) for t in text.split()]
    pairs = sum(1 for a, b in zip(figures, figures[1:], strict=False) if a and b)
    run = longest = 0
    for is_figure in figures:
        run = run + 1 if is_figure else 0
        longest = max(longest, run)
    return longest >= 3 or pairs >= 3


#: The lead-in of a cover's list of the submitting organizations ("Submitting organisations:", "This joint
#: submission is made by the following organisations:", "Members:"): its items are names, no statements.
_MEMBERS_LEAD = re.compile(
    r"(?:\b(?:submitting|member|participating|partner|co-?submitting|contributing)\s+organi[sz]ations|^members"
    r"|\b(?:submitted|made|prepared|endorsed)\s+by(?:\s+the\s+following(?:\s+[\w\-]+){0,2}?\s+"
    r"(?:organi[sz]ations|members|groups|NGOs|networks))?)\s*:\s*$",
    re.I,
)


#: The first sentences of a submission, where the submitter says what it does.
_OPENING_SENTENCES = 2
#: What a submitter does as its work, said first thing: "PRAU monitors conditions in 45 prisons and provides
#: paralegal services …", "UPFW has recorded violations … since 2009 through a network of 30 …", "CEOU deployed 1,200
#: citizen observers in 112 districts …" (each drafted as a finding in the Ugandan set).
_ITS_WORK = re.compile(
    r"\s+(?:(?:monitors|provides|runs|represents|works|supports|assists|trains|documents|brings\s+together|unites|"
    r"gathers)\b|(?:has|have)\s+(?:recorded|documented|monitored|worked|reported)\b[^.]{0,120}?\bsince\s+(?:19|20)\d\d\b|"
    r"deployed\s+[\d,]+\s)",
    re.I,
)


#: What a count of the submitter's own is of: its people, offices and places of work.
_ITS_OWN_COUNT = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:prisons?|districts?|provinces?|counties|regions?|correspondents?|monitors?|observers?|members?|"
    r"staff|offices?|branches?|volunteers?|lawyers?|paralegals?|organi[sz]ations?|centres?|centers?|communities)\b",
    re.I,
)


def _opens_with_its_work(text: str, self_names: tuple[str, ...]) -> bool:
    named = named_subject(self_names)
    if not named or re.match(rf"{named}(?:\s*\([^()]{{1,40}}\))?{_ITS_WORK.pattern}", text, re.I) is None:
        return False
    # a count of what it found is a finding ("Kituo cha Sheria has documented forced evictions affecting more than
    # 8,000 households … since 2015"); a count of its own people or places is not ("… through a network of 30 district
    # correspondents", "… in 45 prisons", "1,200 citizen observers")
    return all(_ITS_OWN_COUNT.match(text, m.end()) for m in re.finditer(r"(?<![\w,.])\d[\d,]*(?![\d,]*\d)", text)
               if not re.fullmatch(r"(?:19|20)\d\d", m.group()))


def is_boilerplate(p: Passage, self_names: tuple[str, ...] = ()) -> bool:
    """The submitter's self-description, methodology, cover page, contacts; and list lead-ins ("… to:")."""
    if p.in_list and p.lead and _MEMBERS_LEAD.search(p.lead):
        return True  # "Submitting organisations:" / "• United Disabled Persons of Kenya (UDPK)": a member, no finding
    if p.heading and _SKIP_HEADING.search(p.heading) and not OVERVIEW_HEADING.search(p.heading):
        return True  # under "Methodology", "About us", "Annex" …
    if in_overview(p) and (METHOD.search(p.text) or introduces_itself(p.text, self_names)):
        return True  # under "Introduction": what the submission covers and how it was made, and who made it
    text = p.text.rstrip()
    if p.index <= _OPENING_SENTENCES and _opens_with_its_work(text, self_names):
        return True
    # (under a heading of recommendations, a short request: "Ratify OP-CAT."; not "Jach Dios bo'otik. Thank you.")
    short = 2 if p.in_list or (p.heading and _RECOMMENDATION_HEADING.search(p.heading) and starts_with_verb(text, listed=True)) else 5
    if text.endswith(":") and not (p.in_list and p.lead and _GIST.search(text) and p.words >= 8):
        return True
    if p.words < short and not is_short_sentence(text) and not STATUS_LINE.match(text):
        return True  # a fragment; a short sentence ("Ratify the CAT.", "Domestic violence remains widespread.") is not
    return bool(
        _BOILERPLATE.search(p.text) or _about_itself(p.text, self_names) or _table_cells(p.text) or _contact(text)
        or (_SIGNATURE.match(text) is not None and not describes(text))
        # a list of organizations with their towns ("Association of Legal Clinics of Kyrgyzstan, Bishkek.",
        # "Ecological Society “Taza Jer”, Kara-Balta 12.") or a caption under a table ("…, 2020–2024 Table 1.")
        or ((_DIRECTORY_ENTRY.match(text) is not None or _CAPTION_BELOW.search(text) is not None) and not describes(text))
        # a table of organizations ("1 Centre for Social Justice and Equity (CSJE) Colombo Social protection 2 …")
        or ((n := len(re.findall(r"\([A-Z][A-Za-z&\-]{1,11}\)", text))) >= 3 - (";" in text) and n >= 2 and not describes(text))
        or ((m := _EPIGRAPH.match(text)) is not None and (m.group("source") is not None or p.index < _TOP or _FIRST_PERSON.search(text)))
        or re.fullmatch(r"\([a-z][^()]*\)\.?", text) is not None  # "(rape of a 13-year-old girl …)": a table's cell
        or (re.fullmatch(r"\([^()]*\)\.?", text) is not None and not describes(text))  # "(Interview with a mother, Garissa)"
    )


#: A quotation standing alone: a motto under the title ("“Let justice roll down like waters …” (Amos 5:24)"), or
#: a witness's testimony, in the first person or with its speaker ("“They hung me upside down …”", "– Former
#: detainee, Nairobi, March 2024"). Neither is the submitter's statement, and "JS1 noted that “They hung me
#: upside down …”" would put a witness's words in its mouth; the published summaries quote no testimony. A
#: quotation the submitter introduces ("A man told RCA: “…”") says whose words they are and stays, and so does a
#: report's words it quotes further on ("“The main target of these attacks have been … the Shi’a Hazaras.”").
_EPIGRAPH = re.compile(r"[“\"][^”\"]+[”\"]\s*(?P<source>\([^()]{1,40}\)|[–—-]\s+[^“”\".!?]{1,100})?\s*\.?$")
#: The State's own words quoted, and nothing of the submitter's after them: "In its national report, the Government
#: states that "the abolition of the mandatory death penalty demonstrates …" (A/HRC/WG.6/45/MYS/1, para. 42).", "The
#: Minister … told Parliament on 5 June 2019 that the bill "is fully in line with international standards"." They
#: are the State's claims, which a summary of stakeholders' submissions does not report; the submitter's answer to
#: them, in the sentences after, is drafted.
_STATE_QUOTED = re.compile(
    r"^(?:in\s+its\s+(?:national\s+)?report,?\s+)?(?:the\s+)?(?:Government|State|authorities|national\s+report|State\s+report|"
    r"(?:[A-Z][\w’'\-]*\s+)?Minister(?:\s+(?:of|for)\s+[A-Z][\w ,’'\-]{2,80}?)?|Prime\s+Minister|President)\b[^“\"]{0,80}?"
    r"\b(?:states?|stated|asserts?|asserted|claims?|claimed|says?|said|told\s+[A-Z]\w+(?:\s+on\s+[^“\"]{3,40}?)?|reports?|maintains?|insists?)"
    r"\s+(?:that\s+)?(?:[^“\"]{0,80}?)[“\"][^”\"]{10,400}[”\"]\s*(?:\([^()]{1,80}\))?\s*[.;]?$",
    re.I,
)
#: The first sentences of a submission (its cover and title page), where a quotation alone is a motto.
_TOP = 8
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|we|us|our)\b", re.I)


#: An entry of a list of organizations: a name, a comma and its town, maybe the next entry's number.
_DIRECTORY_ENTRY = re.compile(
    r"^(?:\d{1,3}\.\s+)?[A-Z“\"][^.;:!?]{2,90},\s+[A-Z][\w’'\-]+"
    # a town of several words, maybe its state after it: "Tlapa de Comonfort", "Mexico City Coahuila"
    r"(?:[\s\-](?:(?:de|del|la|las|los|el|y|do|da|dos|das|di|du|des|le|am|an|upon|on)\s+)*[A-Z][\w’'\-]+){0,4}"
    r"(?:\s+\d{1,3})?\.?$"
)
#: A table's or a figure's number after its title: "Complaints received by the Akyikatchy, 2020–2024 Table 1."
_CAPTION_BELOW = re.compile(r"(?:^|\s)(?:Table|Figure|Chart|Graph)\s+\d{1,2}\.?$")
#: An e-mail address or a web address.
_LINK = re.compile(r"\S*@\S+|\bwww\.\S+|https?://\S+")
#: What a sentence says of a link it gives: where to find more, not a finding.
_POINTS_TO = re.compile(r"\b(?:contact|e-?mail|visit|available\s+(?:at|on|from)|see|follow\s+us|download|read\s+more|"
                        r"more\s+information|accessed)\b", re.I)


#: A signature: "Mr. Chan Sophal, Director, Disability Action Kampong Cham, Kampong Cham town."
_SIGNATURE = re.compile(
    rf"^(?:Mr|Ms|Mrs|Miss|Dr|Prof|Rev|Fr|Sr)\.?\s+[{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+){{0,4}},\s+(?:[\w’'\-]+\s+){{0,3}}"
    r"(?:Director|Chair(?:person|man|woman)?|President|Coordinator|Co-ordinator|Secretary|Officer|Manager|Head|Founder|"
    r"Representative|Lawyer|Advocate)\b"
)


def _contact(text: str) -> bool:
    """A contact or a link line ("Contact: … ewsf@gmail.com", "The full report is available at https://…"); not a
    finding that gives its source's address ("… blocked 14 websites, including Azattyk (https://azattyk.org)")."""
    if not _LINK.search(text):
        return False
    rest = _LINK.sub(" ", text)
    # a signature block with its e-mail ("Most Rev. Dr. … Chairman, … info@ccjpnn.org Kaduna, 10 July 2023")
    signed = "@" in text and not describes(rest)
    return len(re.findall(r"[A-Za-z]{2,}", rest)) < 12 or _POINTS_TO.search(rest) is not None or signed


def _is_speaker(text: str) -> bool:
    """A testimony's speaker as a line of its own ("– Former detainee, Nairobi, March 2024", "(Interview with a
    mother, Garissa)"): a label (:func:`is_speaker_label`) without a stop."""
    label = re.sub(r"^[–—-]\s*|^\(|\)?\.?$", "", text.strip())
    return bool(label.split()) and not re.search(r"[.!?;:]", label) and is_speaker_label(label)


#: A run-in label before a sentence: a setting and its legal status, as the Global Initiative's briefings give them
#: ("Home (lawful): Corporal punishment is lawful in the home.", "Alternative care settings (lawful) and day care
#: (lawful): Corporal punishment is …"). The sentence is drafted without it ("noted that corporal punishment was
#: lawful in the home", not "noted that home (lawful): Corporal punishment was …").
_RUN_IN_LABEL = re.compile(
    r"^[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,3}\s+\([^()]{1,25}\)(?:\s+and\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,3}\s+\([^()]{1,25}\))*"
    r":\s+(?=[A-Z])"
)


def _own_words(text: str) -> str:
    """A sentence without a run-in label before it (:data:`_RUN_IN_LABEL`) and the source it cites in brackets at
    its end (:data:`_CITED_SOURCE`): what the drafted sentence reports, first or in a run."""
    return _TABLE_POINTER.sub("", UPR_REFERENCE.sub("", _CITED_SOURCE.sub("", _RUN_IN_LABEL.sub("", text))))


def _report(
    p: Passage, state: str, state_names: tuple[str, ...], plural: bool, proper: frozenset[str],
    self_names: tuple[str, ...], antecedent: str | None = None,
) -> Reported | None:
    in_recs = bool(p.heading and _RECOMMENDATION_HEADING.search(p.heading))
    return report(
        # "… Bill (para. 17)." → "… Bill."; "… their situation (CDHD, requests for access to information, 2022)." →
        # "… their situation."
        _RESTATES.sub(".", _GIST.sub(".", _own_words(p.text.rstrip()))),
        state=state,
        state_names=state_names,
        lead=p.lead if p.in_list else None,
        recommendation_context=in_recs or p.in_list,
        plural=plural,
        proper=proper,
        self_names=self_names,
        antecedent=antecedent,
    )


def _asked_in_question(p: Passage, state: str) -> str | None:
    """The State a question over ``p`` asks about, where ``p`` opens its answer: what "It should fund awareness
    programmes …" stands for under "What should the Government do about chhaupadi?"."""
    heading = p.heading or ""
    m = re.search(rf"\b(?:should|must|can|could)\s+(?P<subj>the\s+(?:Government|State|authorities)|{re.escape(state) if state else '(?!)'})\b",
                  heading)
    return m.group("subj") if m and heading.rstrip().endswith("?") else None


def _asked_of_state(point: Point | None, state: str, state_names: tuple[str, ...]) -> str | None:
    """The State as the recommendation ``point`` drafts it ("Türkiye", "the Government", "the authorities"), or
    None: what "It should also …" in the next sentence stands for."""
    if point is None or point.act != "recommendation" or point.continuation:
        return None
    names = "|".join(re.escape(n) for n in (state, *state_names) if n)
    m = re.match(rf"recommended\s+that\s+(?P<subj>{names + '|' if names else ''}{STATE_WORDS}(?:\s+of\s+(?:{names or '(?!)'}))?)\s+[a-z]",
                 point.reported.predicate)
    return m.group("subj") if m else None


def proper_nouns(text: str) -> frozenset[str]:
    """Words written with a capital inside sentences and never in lower case: names, which keep their capital
    when a sentence is reported ("noted that Parliament …"); any other opening word is lower-cased. A word seen
    with a capital only as the first of several ("the Media Council", "by Kalamu Media Defence Network") is
    given as "Media+": a name's first word, which keeps its capital only before the rest of a name ("noted that
    Media Council …", but "noted that media reports suggest …")."""
    alone: set[str] = set()
    first: set[str] = set()
    opening: set[str] = set()  # a sentence's first word before a capitalised one: "Mona Abdel-Hamid was …"
    for m in re.finditer(rf"(?<!\S)(?=(\S+)[ \t]([{UPPER}][{LOWER}'’]+)(?![{UPPER}\d-])(\s+[{UPPER}])?)", text):
        prev = m.group(1)
        if (prev[-1] in ".!?" and not prev[:-1].isupper()) or re.fullmatch(r"\(?\d{1,3}(?:\.\d{1,3})*[.)]?", prev):
            # a sentence's first word, after a stop or a paragraph's number ("6.3⇥Mona Abdel-Hamid, a student …")
            if (m.group(3) and m.group(2).lower() not in COMMON_STARTERS and not is_base_verb(m.group(2))
                    and not re.search(r"(?:ic|al|ous|ive|ary|ern|ish|ed|ing|ful|less|ly|ent|ant|ese)$", m.group(2))):
                opening.add(m.group(2))  # not an adjective before a name ("Ethnic Chinese are stateless")
            continue
        if m.group(3):
            first.add(m.group(2))  # "the Media Council", "Deborah Samuel Yakubu"
        elif prev[-1] in ",;:)" or prev[-1].isalpha():
            alone.add(m.group(2))  # "by Parliament", "Samuel Yakubu was"
    # (not a word of an e-mail or a web address: "info@ogiek.org" made "noted that ogiek settlements …")
    lower = set(re.findall(rf"(?<![\w.@/])([{LOWER}][{LOWER}'’]+)(?![\w.\-]*@)", text))
    # a word never written in lower case that opens sentences before a capitalised word is a name's first word
    # too ("Mona Abdel-Hamid, a lawyer, …" was "noted that mona Abdel-Hamid …")
    first |= opening
    return frozenset(
        [w for w in alone if w.lower() not in lower] + [f"{w}+" for w in first - alone if w.lower() not in lower]
    )


def points_of(
    passages: list[Passage],
    *,
    stakeholder_order: int,
    state: str,
    state_names: tuple[str, ...] = (),
    plural: bool = False,
    proper: frozenset[str] = frozenset(),
    self_names: tuple[str, ...] = (),
) -> list[Point]:
    """The candidate points of one submission, in its order (``self_names``: how the submitter names itself)."""
    out: list[Point] = []
    current: Point | None = None
    current_block = -1
    about_itself = -1  # the block of a paragraph that opened with the submitter describing itself
    whole = -1  # such a block under "Introduction", left out whole
    papers: Passage | None = None  # the last sentence of a list of papers ("Attachments: …")
    seen_blocks: set[int] = set()
    after_testimony = False
    last_index = -2  # the index of the passage before, to know a sentence that points back to it
    # the paragraphs that ask something: a closing list's item pointing at one restates a recommendation drafted
    # there; an item pointing at paragraphs of facts only ("… end the deportation of refugees (paras. 35–37)") is
    # the recommendation's only place
    asking = {p.paragraph for p in passages if p.paragraph and (
        _ASKS.search(p.text) or (p.in_list and p.lead and _ASKS.search(p.lead)))}
    own_states = frozenset(state_mentions(" ".join((state, *state_names))))
    # a sentence of method the next one counts from ("We interviewed 45 former detainees of the Prey Speu centre." /
    # "Thirty-one of them told us …"): drafted with it, or "thirty-one of them" stands for no one
    counted_from = {
        before.index for before, after in zip(passages, passages[1:], strict=False)
        if after.index == before.index + 1 and after.block == before.block and _OF_THEM.match(after.text)
    }
    body: dict[int, set[str]] = {}
    for p in passages:
        if not in_overview(p):
            body.setdefault(p.block, set()).update(content_words(p.text))
    # the State's words quoted at a paragraph's end; where the submitter answers them in the same paragraph ("The
    # national report asserts that "…". This is not borne out by the facts: …"), the answer leans on them, and both
    # are drafted (an officer's review: "IRM reported that this was not borne out by the facts" followed IRM's own
    # finding on legal aid, as if it denied it)
    state_quoted = {p.index for k, p in enumerate(passages) if _STATE_QUOTED.match(p.text.strip())
                    and (k + 1 == len(passages) or passages[k + 1].block != p.block)}
    for p in passages:
        if in_overview(p) and restated(p.text, body.values(), asks=_ASKS.search(p.text) is not None):
            current = None
            continue  # drafted where the body says it
        pointer = _RESTATES.search(p.text)
        if pointer and (_pointed_at(pointer.group("refs")) - {p.paragraph}) & asking:
            current = None
            continue  # "Adopt the Human Rights Defenders Protection Bill (para. 17).": drafted from paragraph 17
        opens_block = p.block not in seen_blocks
        seen_blocks.add(p.block)
        testimony, after_testimony = after_testimony, False
        if testimony and _is_speaker(p.text):
            continue  # "– Former detainee, Nairobi, March 2024" on the line after a testimony
        if papers is not None and p.index == papers.index + 1 and p.paragraph == papers.paragraph and _ITEM.match(p.text):
            papers = p
            continue
        papers = None
        if current is not None and _detail_of_gist(current, p):
            # "• Allocate a budget for the implementation of the Domestic Violence Law, including:" / "(a) a shelter in
            # every province;" / "(b) training of commune police …": the details are the item's, not recommendations
            # of their own ("recommended that the Government a shelter in every province" before)
            who = p.stakeholder
            if not current.continuation:
                gist = _GIST.search(current.passages[who][-1].text.rstrip())
                predicate = current.reported.predicate.rstrip()
                if gist is not None and predicate.endswith("."):
                    current.reported = replace(current.reported, predicate=predicate[:-1] + gist.group(0))
            else:
                current.continuation[-1] = current.continuation[-1][:-1] + ";"
            current.continuation.append(_DETAIL_END.sub("", p.text.strip()) + ".")
            current.passages[who].append(p)
            last_index = p.index
            continue
        if _of_another_state(p, own_states) or p.index in state_quoted:
            current = None
            continue
        if is_boilerplate(p, self_names) and not (p.index in counted_from and METHOD.search(p.text) is None
                                                  and _COUNTS_PEOPLE.search(p.text)):
            current = None
            if (opens_block and _describes_itself(p.text, self_names)) or _THIS_PAPER.search(p.text):
                about_itself = p.block  # and "It assesses …" after "This report was prepared after …"
            if opens_block and in_overview(p) and (
                _about_itself(p.text, self_names) or introduces_itself(p.text, self_names)
                or (_INTRODUCTION.search(p.heading or "") and METHOD.search(p.text))
            ):
                # under "Introduction", all the paragraph that opens with the submitter saying who it is ("… is a
                # Georgian non-governmental organisation … In 2024 it represented 312 workers in labour disputes.")
                # or with what the submission covers ("In this submission, PAPF assesses … The status given for
                # each recommendation is PAPF's own assessment."); under "Executive summary" the findings that
                # follow "This submission assesses …" stay
                about_itself = whole = p.block
            if _LISTS_PAPERS.match(p.text):
                papers = p  # "Attachments: (1) … (2) …;" and its further items, "(3) Resolution …/2024."
            after_testimony = _EPIGRAPH.match(p.text.rstrip()) is not None
            continue
        follows = current is not None and p.block == current_block and p.index == last_index + 1
        r = _report(p, state, state_names, plural, proper, self_names,
                    antecedent=_asked_of_state(current, state, state_names) if follows else _asked_in_question(p, state))
        if r is None or _RECOMMENDATIONS_TITLE.match(p.text.strip()) or (
            r.act == "observation"
            and (_is_title(p.text, cover=(p.page or 1) == 1 and p.index < _TOP and p.paragraph is None)
                 or (p.block == about_itself and _of_itself(p.text, self_names)) or p.block == whole)
        ):
            current = None
            continue
        # "Two days earlier, he had told MEDN …", "Its spokespersons have named …": a sentence that points back to
        # the one before in its paragraph stays with it (one sentence further than a run goes otherwise), since
        # "MEDN noted that two days earlier, he …" opening a point of its own leaves "he" to no one, or to MEDN
        after_it = current is not None and p.index == last_index + 1
        back = _REFERS_BACK.match(p.text) is not None and after_it
        # "These provisions legitimise violence …" opening the next paragraph under the same heading, and "Amnesty
        # International is concerned that these recommendations have not been implemented": what they point back
        # to is in the point before ("NGLHRC noted that these provisions …" alone, under another heading, said
        # which provisions nowhere)
        pointed = after_it and current is not None and current.act != "recommendation" and (
            (_DEMONSTRATIVE.match(p.text) is not None and p.heading == current.passages[p.stakeholder][-1].heading
             and _next_paragraph(current.passages[p.stakeholder][-1].paragraph, p.paragraph)
             # paragraphs without numbers: on the same page (a page's first words are no sure sequel of the last's)
             and (p.paragraph is not None or p.page == current.passages[p.stakeholder][-1].page))
            or (r.act in ("observation", "concern") and _DEMONSTRATIVE.match(beyond_frame(first_person(p.text, self_names)))
                is not None and p.block == current_block))
        continues = (
            current is not None
            and (p.block == current_block or pointed)
            and (r.act == "observation" or (pointed and r.act == "concern"))
            and current.act != "recommendation"
            and not r.also
            and len(current.continuation) + 1 < _MAX_RUN_SENTENCES + (1 if back or pointed else 0)
            and current.words("X") + p.words <= _MAX_RUN_WORDS + (_MAX_RUN_WORDS // 2 if back or pointed else 0)
            and (not re.match(r"^(?:we|our|i)\b", p.text, re.I) or pointed)
        )
        last_index = p.index
        if continues and current is not None:
            # "…; LICA notes that …", and "However, it notes that …" after "we" became "it"
            current.continuation.append(
                _told_us(own_verbs_past(_continuation(_own_words(p.text), plural), (*self_names, "it", "It")), p)
            )
            current.passages[p.stakeholder].append(p)
            continue
        current = Point(
            stakeholders=[p.stakeholder],
            passages={p.stakeholder: [p]},
            reported=replace(r, predicate=_told_us(own_verbs_past(r.predicate, self_names), p)),
            continuation=[],
            act=r.act,
            order=(stakeholder_order, p.index),
        )
        current_block = p.block
        out.append(current)
    return out


#: The submitter as the one a witness or an official spoke to: "told us" (→ "told it" in the third person).
_TOLD = r"(?:told|informed|contacted|asked|showed|wrote\s+to)"


def _told_us(drafted: str, p: Passage) -> str:
    """ "… a 24-year-old operator told it: …" → "… told SNF: …", where the submission says "told us": the
    summaries name the stakeholder there, and "it" could be anyone."""
    if not re.search(rf"\b{_TOLD}\s+us\b", p.text, re.I):
        return drafted
    return re.sub(rf"\b({_TOLD})\s+it\b", lambda m: f"{m.group(1)} {p.stakeholder}", drafted)


#: The end of a detail of a list's item: its ";" or "," and an "and"/"or" before the last.
_DETAIL_END = re.compile(r"\s*[;,.]?\s*(?:\b(?:and|or))?\s*$")


def _detail_of_gist(point: Point, p: Passage) -> bool:
    """``p`` is a detail of the recommendation ``point`` whose item leads it in with "including:", "in particular:"
    (:data:`_GIST`): an item right after it under the same lead-in, a noun phrase in lower case and no verb of its own
    ("a shelter in every province;"), not a further recommendation ("withdraw the charges …")."""
    who = p.stakeholder
    last = point.passages.get(who, [])[-1:]
    if point.act != "recommendation" or not last or not p.in_list or p.lead != last[0].lead:
        return False
    gist = point.passages[who][-1] if not point.continuation else point.passages[who][-len(point.continuation) - 1]
    if not (gist.in_list and _GIST.search(gist.text.rstrip())) or p.index != last[0].index + 1:
        return False
    text = p.text.strip()
    return text[:1].islower() and not starts_with_verb(text, listed=True) and not describes(text)


#: A heading about people who came from another State, whose sentences are about the State under review all the
#: same ("Refugees from South Sudan").
_PEOPLE_FROM = re.compile(r"\b(?:refugees?|asylum|migrants?|returnees?|displaced|stateless|diaspora|nationals?)\b", re.I)
#: A heading on the situation in a State: "The situation in South Sudan", "Conflict in Myanmar" (not "Recruitment
#: into the armed forces of the Russian Federation", whose sentences are on the State's citizens there).
_SITUATION_IN = re.compile(
    r"\b(?:situation|conflict|crisis|war|context|developments|events|human\s+rights)\s+in\s+(?:the\s+)?[A-Z]", re.I)
#: A request to another State's government: "SSRV calls on the Government of South Sudan to implement …".
_ASKS_ANOTHER = re.compile(
    r"\b(?:calls?\s+(?:up)?on|urges?|recommends?\s+that|asks?)\s+the\s+(?:\w+\s+)?government\s+of\s+(?P<state>(?:the\s+)?"
    r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})", re.I)


def _of_another_state(p: Passage, own: frozenset[str]) -> bool:
    """The sentence is about another State than the one under review: it stands under a heading on the situation in
    another State ("The situation in South Sudan"; not "Refugees from South Sudan") and names no State but that, or
    it asks another State's government for something ("SSRV calls on the Government of South Sudan to …"). A
    submission on Uganda from South Sudanese refugees drafted their account of the war in South Sudan as
    information on Uganda (a review helper's Ugandan set)."""
    if not own:
        return False
    asked = _ASKS_ANOTHER.search(p.text)
    heading = p.heading or ""
    other = (asked is not None and bool(named := set(state_mentions(asked.group("state")))) and not named & own) or (
        _SITUATION_IN.search(heading) is not None and not _PEOPLE_FROM.search(heading)
        and bool(states := _states_named(heading)) and not states & own
    )
    # (the sentence's own names, looked for last: they take longest)
    return other and not own & set(state_mentions(p.text))


@lru_cache(maxsize=1024)
def _states_named(heading: str) -> frozenset[str]:
    return frozenset(state_mentions(heading))


def _continuation(text: str, plural: bool) -> str:
    s = backshift(third_person(text, plural=plural), they=not (plural and speaks_of_itself(text))).strip()
    if not s.endswith((".", "!", "?", ".”", '."')):
        s = s.rstrip(";,:") + "."
    return s[:1].upper() + s[1:]
