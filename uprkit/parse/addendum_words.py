"""The words and number forms in which an addendum gives the State's decisions: decision verbs, a table's
position column, headings and lead sentences over lists, recommendation numbers, ranges and lists of them."""

from __future__ import annotations

import re

from uprkit.model import Position

REF = r"(?:\d{2,3}\s?\.\s?)?\d{1,3}"
TO = r"(?:\s*[-–—]\s*|\s+(?:to|through|until|à)\s+)"  # French "141.1 à 141.5"
RANGE = re.compile(
    r"(?<![\d.])(?P<a>(?P<ap>\d{2,3})\.(?=\d))?(?P<an>\d{1,3})(?:" + TO
    + r"(?:(?P<bp>\d{2,3})\.(?=\d))?(?P<bn>\d{1,3}))?(?![\d])"
)
LIST = re.compile(
    r"(?P<list>" + REF + r"(?:" + TO + REF + r")?(?:\s*(?:,|;|\.|and|et|&|,\s*and)\s*" + REF + r"(?:" + TO + REF
    + r")?)*)"
)
#: the decision words, in English and as the UN's French addenda write them ("Le Sénégal accepte les
#: recommandations suivantes", "prend note de", "bénéficient du soutien de", "notées", "rejette")
DECISION = [
    # "… cannot be supported at this time and are therefore noted": the State's own word for what it does
    ("noted", re.compile(
        r"\b(?:can ?not|could not|will not|would not)\s+be\s+(?:accepted|supported)\b[^.;]{0,80}?\bnoted\b|"
        r"\bnotes?\b|\btakes? note\b|\bnoted\b|"
        r"\bnotée?s?\b|\bprises?\s+en\s+note\b",
        re.I,
    )),
    ("rejected", re.compile(
        r"\b(?:does|do|can|could|did|will)\s?not\s+(?:accept|support|endorse)|\bcannot (?:accept|support)|\breject|"
        r"\b(?:can|could|will|would)\s?not\s+be\s+(?:accepted|supported|endorsed)\b|"
        r"\bnot (?:be )?(?:accepted|supported|endorsed)\b|\b(?:does|do|did) not enjoy|"
        r"\brejet(?:te|tent|ée|ées|é|és)\b|\bn[’']\s?(?:accepte|appuie)(?:nt)?\s+pas\b|\bne\s+soutien(?:t|nent)\s+pas\b|"
        r"\bne\s+(?:sont|peu(?:ven)?t)\s+pas\s+(?:être\s+)?(?:acceptées?|soutenues?|appuyées?)\b|"
        r"\bne\s+bénéficie(?:nt)?\s+pas\b",
        re.I,
    )),
    ("pending", re.compile(
        r"cannot[^.]{0,40}(?:make a definitive|take a (?:definitive|final) position)|not in a position|"
        r"(?:still|remain)s? under (?:consideration|review|examination)|will be examined|"
        r"\bpas\s+en\s+mesure\b|\b(?:encore|toujours)\s+à\s+l[’']examen\b",
        re.I,
    )),
    ("supported", re.compile(
        r"\baccept(?:s|ed)?\b|\bsupport(?:s|ed)?\b|\bagrees?\b|already (?:been )?implemented|\benjoys? (?:the |its )?support|"
        r"\baccept(?:e|ent|ée|ées|é|és)\b|\bsoutien(?:t|nent)\b|\bappui(?:e|ent)\b|\bsoutenue?s?\b|\bappuyée?s?\b|"
        r"\bbénéficie(?:nt)?\s+(?:du|de\s+son|de\s+l[’']|d[’'])\s?(?:plein\s+)?(?:soutien|appui)\b|"
        r"\bdéjà\s+(?:été\s+)?mises?\s+en\s+œuvre\b",
        re.I,
    )),
]
#: a decision that the recommendation is already implemented: "Already implemented", "which it considers already
#: implemented", "is accepted and considered already implemented"
ALREADY_IMPLEMENTED = re.compile(
    r"\balready\s+(?:been\s+)?implemented\b|^\s*Implemented\s*$|\bdéjà\s+(?:été\s+)?mises?\s+en\s+œuvre\b", re.I
)
PARTIAL = re.compile(r"\bpartial(?:ly)?\b|\bin part\b|\bpartiellement\b|\ben\s+partie\b", re.I)
#: support of a part named further on: "The Government supports the first part of the recommendation and takes
#: note of the second part", "supports the part of this recommendation on legal aid and notes the remainder"
PART_OF = re.compile(
    r"\b(?:first|second|third|last|latter|former)\s+parts?\b|\bparts?\s+of\s+(?:this|the|these)\s+recommendations?\b|"
    r"\bthe\s+remainder\b",
    re.I,
)


def decision_of(text: str) -> Position | None:
    """The decision a sentence states ("accepts", "notes", "does not accept", "cannot … make a definitive …")."""
    hits = [(s, pos) for s, _, pos in decisions_in(text)]
    if not hits:
        return None
    pending = [h for h in hits if h[1] == "pending"]
    if pending:
        return "pending"
    rejected = [h for h in hits if h[1] == "rejected"]
    if rejected:
        return "rejected"
    return min(hits)[1]  # type: ignore[return-value]


def decisions_in(text: str) -> list[tuple[int, int, Position]]:
    """Every decision phrase in ``text`` (start, end, position), a negated one ("not accepted") winning over the
    bare verb inside it."""
    found: list[tuple[int, int, Position]] = []
    for pos, rx in DECISION:
        for m in rx.finditer(text):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _ in found):
                continue
            found.append((m.start(), m.end(), pos))  # type: ignore[arg-type]
    return sorted(found)


def expand_refs(listing: str) -> list[str]:
    """'1–5, 14–16, 122.17-18, 140.35. 140.36, 98.1 to 98.3' → ['1', …, '5', '14', …, '122.17', '122.18', …]."""
    out: list[str] = []
    for m in RANGE.finditer(listing):
        para = m.group("ap")
        a = int(m.group("an"))
        if m.group("bn") is None:
            out.append(f"{para}.{a}" if para else str(a))
            continue
        b = int(m.group("bn"))
        bpara = m.group("bp") or para
        if bpara != para or b < a or b - a > 400:
            out.append(f"{para}.{a}" if para else str(a))
            out.append(f"{bpara}.{b}" if bpara else str(b))
            continue
        out.extend(f"{para}.{k}" if para else str(k) for k in range(a, b + 1))
    return out


# where a sentence (or a heading run into the text) ends; "Rec. 18", "No. 5", "para. 3" do not end one
SENTENCE_END = re.compile(r"(?<!\bRec)(?<!\bNo)(?<!\bNos)(?<!\bpara)(?<!\bparas)(?<!\bArt)[.!?;:](?=\s+[A-ZÀ-Ý“\"(])")
# headings and labels that state the decision on the recommendations listed under them
DECISION_HEADING = re.compile(
    r"(?:\b(?:[IVX]{1,4}|[A-H1-9])\.\s+)?(?P<h>(?:(?:Partially\s+)?(?:Accepted|Supported|Noted|Rejected|Not\s+accepted|"
    r"Not\s+supported)\s+recommendations)|(?:Recommendations\s+(?:that\s+(?:are|were|have\s+been)\s+|which\s+(?:are|were)\s+)?"
    r"(?:accepted|supported|noted|rejected|not\s+(?:accepted|supported)|partially\s+(?:accepted|supported)))|"
    r"(?:Recommendations\s+(?:that|which)\s+(?:enjoy|do\s+not\s+enjoy|did\s+not\s+enjoy)\s+(?:the\s+)?support)|"
    # French: "I. Recommandations acceptées", "II. Recommandations dont le Sénégal a pris note", "Recommandations
    # ayant bénéficié du soutien du Sénégal"
    r"(?:Recommandations\s+(?:(?:partiellement\s+)?(?:acceptées|soutenues|appuyées)|notées|rejetées|"
    r"dont\s+[^.:;\d]{1,60}?\s+a\s+pris\s+note|(?:qui\s+(?:ont\s+)?|ayant\s+)(?:bénéficié|bénéficient)\s+du\s+soutien)))\b"
)
# a sentence over a list: "Chile supports the following recommendations:", "The following recommendations
# could not be accepted at this stage."
LEAD_SENTENCE = re.compile(
    r"(?:(?<=[.:;]\s)|^)(?P<h>[A-ZÀ-Ý][^.:;]{0,200}?\b(?:following\s+recommendations?|recommandations?\s+suivantes?)\b"
    r"[^.:;\d]{0,200}?)[.:]"
)
# a table's position column: "… (France) Supported", "140.3 Noted", "140.5 – Partially supported"
# "Supported in part" as the last words of a row ("43.20 Continue efforts … (Estonia) Supported in part 43.21 …")
# "Already implemented", "Supported and already implemented", "Implemented": supported, noted as already implemented
COLUMN_WORD = re.compile(
    r"(?P<w>(?:Supported|Accepted)\s+and\s+already\s+implemented|Already\s+implemented|Implemented|"
    r"(?:Partially\s+(?:[Ss]upported|[Aa]ccepted)|Supported|Accepted)(?:\s+in\s+part)?|Noted|Rejected|Not\s+(?:supported|accepted)|"
    r"Under\s+consideration|"
    # French: "Acceptée", "Notée", "Soutenue", "Rejetée", "Partiellement acceptée", "Prise en note"
    r"(?:Partiellement\s+)?(?:Acceptée|Soutenue|Appuyée)s?(?:\s+en\s+partie)?|Notée?s?|Rejetée?s?|Prises?\s+en\s+note)"
    r"(?![\w-])(?!\s+recomm[ae]ndations)"
)

#: the label OHCHR's matrices put between a recommendation's States and its position column, with the document
#: (and paragraph) the position comes from: "… (Timor-Leste) Source of position: A/HRC/52/8/Add.1 Noted A12 …",
#: "… (France) (Lithuania); Source of Position: A/HRC/43/15 - Para 121 Supported - Acceptance of …",
#: "Source of Position: A/HRC/59/15/Add.1 - Para.3 Supported"; a PDF may lose the symbol as page furniture
SOURCE_OF_POSITION = re.compile(
    r"\bSource\s+of\s+[Pp]osition\s*:\s*(?:(?:[A-Z]+/)+[\w.]*(?:/[\w.]+)*\s*)?"
    r"(?:[-–—,]?\s*\(?\s*[Pp]aras?\.?\s*\d{1,3}(?:\s*(?:[-–,]|and)\s*\d{1,3})*\s*\)?\s*)?"
)
#: a matrix row's position: the column word right after the source label
SOURCED_COLUMN_WORD = re.compile(SOURCE_OF_POSITION.pattern + COLUMN_WORD.pattern)


#: words that point at another answer rather than give one: "As noted in our response to 43.12", "see also 140.7"
CROSS_REFERENCE = re.compile(
    r"\b(?:(?:response|reply|answer|comment)s?\s+(?:to|on)|see(?:\s+also)?|refer(?:s|ring)?\s+to|cf\.)\s",
    re.I,
)


#: a sentence answering every recommendation of a cluster, and the range a cluster's heading names: "All
#: recommendations in this cluster are supported", "The Government takes note of all the recommendations under
#: this heading" (no ``dec``: the decision is in the words before)
WHOLE_CLUSTER = re.compile(
    r"\bAll\s+(?:of\s+)?(?:the\s+)?(?:other\s+|remaining\s+)?recommendations\s+(?:in|of|under|within)\s+"
    r"(?:this|the\s+present)\s+(?:cluster|group|section|category|chapter|theme|heading)\b(?:\s+(?P<dec>(?:are|were|"
    r"have\s+been|will\s+be)\s+(?:\w+\s+)?(?:supported|accepted|noted|rejected|not\s+(?:supported|accepted)))\b)?",
    re.I,
)
NAMED_RANGE = re.compile(r"\(\s*(?:[Rr]ecommendations?|Recs?\.)\s+(?P<list>" + REF + TO + REF + r")\s*\)")


#: the answer printed under a recommendation the addendum reproduces: "Recommendation No. 1: To continue … (Latvia)
#: Response: Accepted.", "107.2 Ratify … (Chile). Position: Noted."
RESPONSE = re.compile(
    # not a matrix's "Source of Position: A/HRC/43/15 - Para 121", which names where the position column's word comes from
    r"\b(?:(?:Government|State)['’]s\s+(?:response|position|reply)|Response|(?<!of\s)Position|Reply|Answer)\s*:\s*"
    r"(?P<answer>[^.;:]{2,200})"
)
#: the label of a reproduced recommendation: "Recommendation 85.1:", "Recommendation No. 1:", "107.1 Ratify"
REPRODUCED = re.compile(
    r"\b(?:[Rr]ecommendations?|Recs?\.)\s*(?:Nos?\.\s*)?(?P<list>" + REF + r"(?:" + TO + REF + r")?)\s*:"
    r"|(?<![\w.,/])(?P<full>\d{2,3}\.\d{1,3})\.?\s+(?=[A-Z])"
)
