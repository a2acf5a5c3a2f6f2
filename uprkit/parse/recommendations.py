"""Recommendations in Working Group reports, and the State's positions on them in the addendum.

A report lists its recommendations under "Conclusions and/or recommendations", in groups introduced by a numbered
paragraph that says what the State under review made of them ("… enjoy the support of Kazakhstan:", "… will be
examined by Slovenia …:", "… did not enjoy the support of …:"). Each item ends with the recommending State(s) in
brackets: "To sign and ratify OP-ICESCR (Spain);", "Ratify OP-ICESCR (Maldives) (Portugal);". Cycle 1 numbers the
items 1, 2, 3 under the paragraph (→ "95.1"); later cycles print "134.1".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from uprkit import countries
from uprkit.layout.clean import CleanText
from uprkit.model import ParseWarning, Position, Recommendation
from uprkit.parse.metadata import country_named
from uprkit.parse.recommendation_items import clean_item_text, split_item

# "Conclusions and/or recommendations", in French "Conclusions et/ou recommandations"
_SECTION = re.compile(r"Conclusions\s*(?:and\s*(?:/\s*or\s*)?recommendations|et\s*(?:/\s*ou\s*)?recommandations)", re.I)
_SECTION_END = re.compile(
    r"(?i:(?:All|The)\s+conclusions\s+and\s*/\s*or\s+recommendations\s+(?:contained|set out|included)\s+in\s+the"
    r"\s+present)|\bIII\.\s+(?i:Voluntary\s+(?:pledges|commitments)|Engagements\s+volontaires|Annonces\s+et\s+engagements)|"
    r"\b(?:Annex|ANNEX|Annexe|ANNEXE)\b(?=\s+[A-Z])|"
    r"(?i:Composition\s+of\s+the\s+delegation)|"
    # "Toutes les conclusions et/ou recommandations figurant dans le présent rapport …", "Composition de la délégation"
    r"(?i:Toutes\s+les\s+conclusions\s+et\s*/\s*ou\s+recommandations\s+(?:figurant|contenues)\s+dans\s+le\s+présent)|"
    r"(?i:Composition\s+de\s+la\s+délégation)"
)
# a numbered paragraph that introduces a group: "95. The recommendations … listed below enjoy the support of X:"
_INTRO_HEAD = re.compile(
    r"(?<![\d.])(?P<para>\d{2,3})\.\s+(?P<start>(?!To\b)(?:The|These|In|Recommendations|All|Following|During|Having|At|As|For|With|"
    r"Regarding|Concerning|It|Les|La|Le|L[’']|[A-Z][\w’'()-]+(?: [\w’'()-]+){0,8}? (?:considers|accepts|supports|has|have|examined|agreed|considered|"
    r"accepted|rejected|noted|took note|takes note|notes|will|indicated|stated|expressed|declared|informed|would|is|was|"
    r"a\s+examiné|a\s+pris\s+note|prend\s+note|accepte|appuie|considère|estime)))\b"
)


_REJECTED = re.compile(
    r"did not enjoy|do(?:es)? not enjoy|not accepted|could not accept|cannot accept|can ?not support|"
    r"(?:can ?not|could not|will not|would not) be (?:accepted|supported)|"
    r"do(?:es)? not (?:accept|support)|did not (?:accept|support)|reject",
    re.I,
)
_NOTED = re.compile(r"\bnoted\b|take(?:s)? note|will be noted|have been noted", re.I)

# The same, as the UN's French reports write them: "Les recommandations ci-après ont recueilli l’appui de la
# Tunisie", "… seront examinées par la Tunisie, qui y répondra en temps voulu", "… n’ont pas recueilli l’appui
# de la Tunisie", "… ont été examinées par X et bénéficient de son soutien", "… dont X a pris note".
_APOS = "[’'ʼ]"
_REJECTED_FR = re.compile(
    rf"n{_APOS}\s?(?:ont|a)\s+pas\s+(?:recueilli|obtenu|reçu|bénéficié)|ne\s+(?:recueillent|bénéficient|jouissent)\s+pas|"
    rf"n{_APOS}\s?(?:accepte|appuie|approuve|soutient)(?:nt)?\s+pas|ne\s+peu(?:t|vent)\s+pas\s+(?:être\s+)?"
    r"(?:acceptées?|appuyées?|soutenues?)|\brejet(?:te|tent|ées?)\b",
    re.I,
)
_NOTED_FR = re.compile(r"\bpris\s+note\b|\bprend\s+note\b|\bnotées?\b|\bprises\s+en\s+note\b", re.I)
_THUS_NOTED_FR = re.compile(
    r"(?:il\s+en\s+a|dont\s+il\s+a|il\s+a)\s+(?:donc\s+|ainsi\s+)?été\s+pris\s+note|(?:ont|ont\s+donc|seront)\s+(?:donc\s+)?été\s+notées",
    re.I,
)
_PENDING_FR = re.compile(
    r"seront\s+examinées|examinera|y\s+répondra|répondra|en\s+temps\s+(?:voulu|utile)|à\s+l[’']examen|"
    r"(?:réponse|position)\s+.{0,80}\s+(?:figurera|sera\s+incluse|sera\s+consignée)",
    re.I,
)
_SUPPORTED_FR = re.compile(
    rf"recueilli\s+(?:l{_APOS}\s?|son\s+)(?:appui|adhésion|soutien)|recueillent\s+(?:l{_APOS}\s?|son\s+)(?:appui|adhésion|soutien)|"
    rf"bénéficient\s+(?:de\s+son|du|de\s+l{_APOS})\s?(?:plein\s+)?(?:soutien|appui)|\baccept(?:e|ent|ées?)\b|"
    r"\bapprouv(?:e|ent|ées?)\b|\bappui(?:e|ent)\b|déjà\s+(?:été\s+)?mises?\s+en\s+œuvre|en\s+cours\s+d[’'](?:application|exécution)",
    re.I,
)
#: the words that say a paragraph introduces recommendations and what the State made of them
_GROUP_WORDS = re.compile(
    r"recommend|agreed|accept|enjoy|support|noted|reject|"
    r"recommandations|pris\s+note|appui|soutien|examinées",
    re.I,
)
_PENDING = re.compile(
    r"will be examined|will examine|will provide (?:its |a )?responses?|will respond|will (?:be )?consider|"
    r"under consideration|in due (?:time|course)|will be included in the outcome|response of .{0,80} will be included",
    re.I,
)
_SUPPORTED = re.compile(
    r"enjoy(?:s|ed)? (?:the|its) support|enjoy the support|accept(?:s|ed)?\b|agree(?:d|s)|support(?:s|ed)\b|"
    r"already (?:been )?implemented|in the process of implementation",
    re.I,
)


_THUS_NOTED = re.compile(
    r"(?:would|will|shall|are|were|have been|has been)\s+(?:thus\s+|therefore\s+|hence\s+|also\s+)?(?:be\s+)?noted\b",
    re.I,
)


def group_position(intro: str) -> Position | None:
    """What a group's introductory paragraph says the State made of the recommendations below it.

    "… did not enjoy the support of Kazakhstan and would thus be noted" and "… cannot be accepted and would
    thus be noted" are ``noted``: the State's own word for what it does with them.
    """
    if _THUS_NOTED.search(intro) or _THUS_NOTED_FR.search(intro):
        return "noted"
    if _REJECTED.search(intro) or _REJECTED_FR.search(intro):
        return "rejected"
    supported = _SUPPORTED.search(intro) or _SUPPORTED_FR.search(intro)
    pending = _PENDING.search(intro) or _PENDING_FR.search(intro)
    if (_NOTED.search(intro) or _NOTED_FR.search(intro)) and not supported:
        return "noted"
    if pending and not re.search(r"enjoy|agreed|accept|recueilli|bénéficient|appui", intro, re.I):
        return "pending"
    if supported:
        return "supported"
    if pending:
        return "pending"
    return None


@dataclass
class _Group:
    para: int
    intro: str
    position: Position | None
    intro_start: int  # where "95." of the introducing paragraph stands
    start: int  # where its items begin (after the colon)
    end: int


# "paragraphs 27 (b), (c), 28 (a), 31, 38": recommendations made in the interactive dialogue, referred to by place
_LETTERS = (
    r"(?:\(\s*(?:(?:[a-z]{1,2}|[ivx]{1,4})(?:\s*(?:,|and)\s*(?:[a-z]{1,2}|[ivx]{1,4}))*"
    r"|(?:first|second|third|last)\s+sentence)\s*\)"  # "23 (last sentence)"
    r"|,\s*(?:first|second|third|last)\s+sentence\b)"  # "56, last sentence, and 63"
)
_ORDINAL = {"first": 0, "second": 1, "third": 2, "last": -1}
_PARA_REFS = re.compile(
    r"\bparagraphs?\s*:?\s+(?P<refs>\d{1,3}(?:\s*" + _LETTERS + r")*(?:\s*(?:[,;]\s*and|[,;]|and)?\s*(?:paragraphs?\s+)?(?:"
    + _LETTERS + r"|\d{1,3}\b)(?:\s*" + _LETTERS + r")*)*)"
)


def _referenced(text: str, refs: str, before: int) -> list[tuple[str, list[str], list[str | None]]]:
    """The recommendations at "27 (b), (c), 31" in the interactive dialogue, each with the State that made it."""
    out: list[tuple[str, list[str], list[str | None]]] = []
    for pm in re.finditer(r"(?P<n>\d{1,3})(?P<letters>(?:\s*(?:,|and)?\s*" + _LETTERS + r")*)", refs):
        n = pm.group("n")
        para_m = None
        for cand in re.finditer(r"(?<![\d.])" + n + r"\.\s+(?=[A-Z])", text[:before]):
            para_m = cand
            break
        if para_m is None:
            continue
        nxt = re.search(r"(?<![\d.])" + str(int(n) + 1) + r"\.\s+(?=[A-Z])", text[para_m.end() : before])
        para = text[para_m.end() : para_m.end() + (nxt.start() if nxt else 3000)]
        if (chapter := re.search(r"\s[IVX]{1,4}\.\s+[A-Z][a-z]", para)) is not None:
            para = para[: chapter.start()]  # the dialogue's last paragraph ends at "II. Conclusions …"
        speaker = country_named([" ".join(para.split()[:6])])
        if speaker is None:  # "Referencing Pakistan's already adopted …, Belgium recommended …": a later sentence's
            for sentence in re.split(r"(?<=[.;,])\s+(?=[A-Z])", para)[1:8]:
                if not re.search(r"\brecommend|\bencourag|\burg(?:ed|es)\b|\bcall(?:ed|s)\b|\brequest", sentence):
                    continue  # "…, Malawi stated that …": a State speaking, but recommending nothing
                if (speaker := country_named([" ".join(sentence.split()[:6])])) is not None:
                    break
        country = countries.by_code(speaker) if speaker else None
        states = [country.name] if country else []
        codes: list[str | None] = [speaker] if speaker else []
        groups = re.findall(r"\(([^()]*)\)", re.sub(r",\s*(\w+\s+sentence)\b", r" (\1)", pm.group("letters")))
        which = next((g.split()[0] for g in groups if "sentence" in g), None)
        if which is not None:  # "23 (last sentence)": the recommendation is that sentence of the paragraph
            sentences = [x for x in re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", para.strip()) if x.strip()]
            if sentences:
                chosen = sentences[_ORDINAL.get(which.lower(), -1)] if len(sentences) > 1 else sentences[0]
                body = re.split(r"\brecommend(?:ed|s|ing)?\b(?: that)?\s*:?\s*", chosen, maxsplit=1)[-1].strip()
                out.append((_without_addressee(body).strip().rstrip("."), states, codes))
            continue
        letters = [x for grp in groups for x in re.findall(r"[a-z]{1,2}", grp)]
        if letters and not any(re.search(r"(?:\(\s*|(?<=[\s:;,]))" + x + r"\s*\)", para) for x in letters):
            letters = []  # "47 (d)" where paragraph 47 prints no letters: its recommendation as a whole
        if not letters:
            parts = re.split(r"\brecommend(?:ed|s|ing)?\b(?: that [\w ]{1,40}?(?=:|\s\(?[a-z]\)|\s[a-z]))?\s*:?\s*", para, maxsplit=1)
            if len(parts) == 1:  # no "recommended": "encouraged Sri Lanka to investigate …", "requested it to share …"
                parts = _ASKED.split(para, maxsplit=1)
            body = parts[-1]
            # "It recommended that China: (a) release …; (b) reduce …": the export of such a paragraph counts each
            listed = list(_ENUMERATOR.finditer(body))
            if len(listed) >= 2 and listed[0].group("l") == "a" and listed[0].start() < 20:
                for i, em in enumerate(listed):
                    rest = body[em.end() : listed[i + 1].start() if i + 1 < len(listed) else len(body)]
                    stop = _ITEM_STOP.search(rest)
                    out.append((_tidy(rest[: stop.start() if stop else 400]), states, codes))
                continue
            stop = _SENTENCE_STOP.search(body)
            out.append((_without_addressee(body[: stop.start() if stop else len(body)].strip().rstrip(".")), states, codes))
            # "It also recommended that consideration be given to …", "It further recommended that Ghana remove …":
            # the speaker's later recommendations in the paragraph belong to it too
            rest = body[stop.end() :] if stop else ""
            for again in _RECOMMENDED_AGAIN.finditer(rest):
                more = rest[again.end() :]
                stop_more = _SENTENCE_STOP.search(more)
                sentence = _without_addressee(more[: stop_more.start() if stop_more else len(more)].strip().rstrip("."))
                if sentence:
                    out.append((sentence, states, codes))
            # "The Holy See requested Sri Lanka to share the findings …": a later request by the same speaker
            for asked in _ASKED_AGAIN.finditer(rest):
                subject = asked.group("subject")
                if subject != "It" and (speaker is None or country_named([subject]) != speaker):
                    continue
                more = rest[asked.end() :]
                stop_more = _SENTENCE_STOP.search(more)
                sentence = more[: stop_more.start() if stop_more else len(more)].strip().rstrip(".")
                if sentence:
                    out.append((sentence, states, codes))
            continue
        for letter in letters:
            found = re.search(r"(?:\(\s*|(?<=[\s:;,]))" + letter + r"\s*\)\s*", para)
            if found is None:
                continue
            rest = para[found.end() :]
            stop = _ITEM_STOP.search(rest)
            out.append((_tidy(rest[: stop.start() if stop else 400]), states, codes))
    return out


_RECOMMENDED_AGAIN = re.compile(
    r"(?:^|(?<=[.;]\s))\s*It\s+(?:also\s+|further\s+|finally\s+|additionally\s+|moreover\s+)?recommended\b(?:\s+that)?\s*"
)
_RESPONSES = re.compile(r"\brefers?\s+to\s+(?:the|its)\s+(?:responses|replies|answers)\b")
_ASKED_AGAIN = re.compile(
    r"(?:^|(?<=[.;]\s))\s*(?P<subject>It|(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+(?:also\s+|further\s+)?"
    r"(?:requested|encouraged|urged|called\s+(?:up)?on|asked)\s+"
    r"(?:it|the\s+authorities|[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})\s+to\s+(?=[a-z])"
)
_ADDRESSEE = re.compile(r"(?:to\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})\s+(?:to\s+)?(?=[a-z])")


def _without_addressee(sentence: str) -> str:
    """A referenced recommendation without the State it is addressed to ("Ghana remove …", "Ghana to ratify …"),
    as the first recommendation of a dialogue paragraph is cut after "recommended that Ghana"."""
    addressee = _ADDRESSEE.match(sentence)
    if addressee is not None and countries.lookup(addressee.group("name")) is not None:
        return re.sub(r"^should\s+", "", sentence[addressee.end() :])  # "Sri Lanka should work with …"
    return sentence
_ASKED = re.compile(
    r"\b(?:encouraged|urged|called\s+(?:up)?on|requested|invited|asked|appealed\s+to)\s+"
    r"(?:it|them|(?:the\s+)?(?:authorities|[A-Z][\w’'\-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'\-]*){0,5})\s+to\s+"
)


#: the lead-in of the next item, left at the end of an item ("(a) … as soon as possible; Greece also recommended
#: that (b) …")
_NEXT_LEAD = re.compile(
    r"[;,.]?\s*(?:[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4}|[Ii]t|[Tt]hey)\s+(?:also\s+|further\s+)?"
    r"(?:recommended|encouraged|urged|requested|called\s+(?:up)?on|asked)(?:\s+(?:that|to))?\s*$"
)


def _tidy(item: str) -> str:
    """An item cut from a dialogue paragraph: no trailing separators, no dangling "and", no lead-in of the next
    item, and not the State it is addressed to ("(a) Sri Lanka accept …" → "accept …")."""
    item = _NEXT_LEAD.sub("", item.strip(" ;,"))
    return _without_addressee(re.sub(r"(?:\s+and)+$", "", item.strip(" ;,")).strip(" ;,"))


# "(a)", "a)" before an item of a dialogue paragraph's recommendations; where such an item stops
_ENUMERATOR = re.compile(r"(?:\(\s*|(?<=[\s:;,])|^)(?P<l>[a-z])\s*\)\s*")
# a full stop ending a sentence: not after "No.", "art.", "para.", "Mr." … ("(Organization Act No. 2/AN/92)" goes on)
_FULL_STOP = (
    r"(?<=[A-Za-z)\]])(?<!\bNo)(?<!\bNos)(?<!\bart)(?<!\bArt)(?<!\bpara)(?<!\bparas)(?<!\bMr)(?<!\bMs)(?<!\bDr)"
    r"(?<!\bSt)(?<!\bVol)(?<!\bvol)(?<!\bp)(?<!\bpp)\.\s"
)
_NUMBER_STOP = r"|(?<=\d)\.\s+(?=[A-Z])"  # "… arrested in connection with Charter 08. In relation to …"
_SENTENCE_STOP = re.compile(_FULL_STOP + _NUMBER_STOP)
_ITEM_STOP = re.compile(_FULL_STOP + _NUMBER_STOP + r"|;?\s*\(\s*[a-z]{1,2}\s*\)|;?\s(?:and\s)?[a-z]\)\s?")


def _groups(text: str, first: int, last: int) -> list[_Group]:
    groups: list[_Group] = []
    for m in _INTRO_HEAD.finditer(text, first, last):
        if groups and m.start() < groups[-1].start:
            continue
        para = m.group("para")
        if groups and int(para) <= groups[-1].para:
            continue  # an item of the list above ("19. Noting that … it was recommended that …"), not a paragraph
        window_end = min(last, m.end() + 1500)
        first_item = re.compile(r"(?<![\d.])(?:" + para + r"\s?\.\s?)?1(?:\.(?!\d)|\s)\s*(?=[A-ZÀ-ÝŒ“\"‘«(])")
        item_m = first_item.search(text, m.end(), window_end)
        colon = text.find(":", m.end(), window_end)
        ends = [x for x in (colon + 1 if colon >= 0 else -1, item_m.start() if item_m else -1) if x > 0]
        intro_end = min(ends) if ends else window_end
        refs_m = _PARA_REFS.search(text, m.end(), min(window_end, m.end() + 600))
        colon_first = 0 <= colon < refs_m.start() and text[colon + 1 : refs_m.start()].strip() if refs_m else False
        if refs_m is not None and (refs_m.start() < intro_end or refs_m.start() == colon + 2) and not colon_first:
            # "The recommendations noted in the report in paragraphs 27 (b), (c), 28 (a) … did not enjoy the support"
            sentence_end = text.find(". ", refs_m.end(), window_end)
            ends = [sentence_end + 1 if sentence_end > 0 else refs_m.end()]
        if not ends:
            continue
        body_end = min(ends)
        nested = _INTRO_HEAD.search(text, m.end(), body_end)
        if nested is not None:
            continue  # a paragraph of its own ("96. Kazakhstan considers that recommendations Nos. 7, 8 … are implemented.")
        body = text[m.start("start") : body_end].rstrip(" :\u202f\u00a0")
        if not _GROUP_WORDS.search(body[:400]):
            continue
        if re.search(r"reflect the position|reflètent la position", body, re.I):
            continue
        if len(body) > 900:
            continue
        groups.append(
            _Group(int(para), re.sub(r"\s+", " ", body).strip(), group_position(body), m.start(), body_end, last)
        )
    for a, b in zip(groups, groups[1:], strict=False):
        a.end = b.intro_start
    # "In the course of the discussion, the following recommendations were made to X: … The response of X to
    # the above recommendations will be included in the outcome report": a position stated after the list
    for g in groups:
        if g.position is None:
            around = text[max(g.start, g.end - 700) : g.end + 400]
            if _PENDING.search(around):
                g.position = "pending"
    return groups


# "140.100Step up efforts …": a PDF's text where the gap after a wider label was too small to become a space
# (glued: taken only for the paragraph's own label numbered exactly as expected next, see _items)
_ITEM = re.compile(
    r"(?<![\d.])(?:(?P<para>\d{2,3})\s?\.\s?)?(?P<n>\d{1,3})(?:\.(?!\d)|\s|(?P<glued>(?=[A-ZÀ-ÝŒ])))\s*(?=[A-ZÀ-ÝŒ“\"‘«(a-zà-ÿœ])"
)


#: A footnote at the foot of a page, printed after an item that ends with its States, giving the words a State
#: spoke ("… (Palestine); 2 The recommendation as read during the interactive dialogue: “…” (Djibouti)."); the
#: layout stage has already taken its number for a note marker where the report's own markers were lost.
_FOOTNOTE_LINE = re.compile(
    r"(?<=[);.,\d])\s*(?:\d{1,3}\s+)?(?:The\s+(?:original\s+)?recommendations?|Recommendations?)\s+"
    r"(?:(?:as|was)\s+(?:read|made|not\s+understood)|originally\s+(?:made|read)|made\s+during|read\s+as\s+follows)\b"
)


#: What follows the last item of a report: its annex.
_ANNEX = re.compile(r"(?<=[;.)])\s*Annex\b\s*(?:\[|$)|\[\s*end\s+(?:of\s+)?conclusions", re.I)
#: The footnote on the chapter's title, printed where the page breaks: "** Conclusions and recommendations have
#: not been edited."
_UNEDITED = re.compile(r"\*{1,3}\s*(?:The\s+)?conclusions\s+and(?:\s*/\s*or)?\s+recommendations\s+ha(?:ve|s)\s+not\s+been\s+edited\.?", re.I)


#: The longest a recommendation's text runs (the corpus's longest is 2,535 characters, Israel 2009's 100.34);
#: a longer one has swallowed the items after it.
_LONGEST_ITEM = 3000


def _items(text: str, g: _Group) -> list[tuple[int, int, int]]:
    """(item number, start, end) of each item of a group, numbered 1, 2, 3 … or "95.1", "95.2" …"""
    # "128.12" among the items of paragraph 129 is a misprint of "129.12" where 12 is the number expected next
    # (checked below); any other paragraph prefix is a reference to another paragraph's item
    matches = [m for m in _ITEM.finditer(text, g.start, g.end)
               if (m.group("para") is None and m.group("glued") is None)
               or (m.group("para") is not None and abs(int(m.group("para")) - g.para) <= 1)]
    cands = [(int(m.group("n")), m.start(), m.end()) for m in matches]
    misprinted = {m.start() for m in matches if m.group("para") is not None and int(m.group("para")) != g.para}
    glued = {m.start() for m in matches if m.group("glued") is not None}
    found: list[tuple[int, int, int]] = []
    k = 1
    i = 0
    while i < len(cands):
        # the next candidate numbered k (or k + 1 where a number was skipped)
        hit = None
        for j in range(i, len(cands)):
            n, s, e = cands[j]
            prefixed = text[s : s + len(str(g.para))] == str(g.para) and n != g.para
            # "articles 14 and 15 of the Covenant": a bare number before a lower-case word is an item only where
            # it is exactly the one expected, never as a skip
            weak = "." not in text[s:e] and text[e : e + 1].islower()
            if s in glued and (s in misprinted or n != k):
                continue  # "140.100Step" is item 100 of paragraph 140 only where item 99 came just before
            if s in misprinted:
                if n == k and "." in text[s:e]:
                    hit = j
                    break
                continue
            if n == k or (not weak and ((n == k + 1 and found and s - found[-1][1] < 3000) or (prefixed and k < n <= k + 15))):
                if n != k and any(
                    cands[x][0] == k and cands[x][1] - s < 3000 for x in range(j + 1, min(j + 40, len(cands)))
                ):
                    continue  # "… (Netherlands)7; 7 The recommendation as read …" before "119.6": a note, not item 7
                if weak and any(
                    cands[x][0] == k and "." in text[cands[x][1] : cands[x][2]] and cands[x][1] - s < 3000
                    for x in range(j + 1, min(j + 40, len(cands)))
                ):
                    continue  # "126.17 Raise the minimum age of marriage to / 18 years …" before "126.18": the label wins
                hit = j
                break
            if found and s - found[-1][1] > 6000:
                break
        if hit is None:
            break
        n, s, e = cands[hit]
        if found:
            found[-1] = (found[-1][0], found[-1][1], s)
        found.append((n, e, g.end))
        k = n + 1
        i = hit + 1
    return found


def extract_recommendations(clean: CleanText) -> tuple[list[Recommendation], list[ParseWarning]]:
    text = clean.text
    warnings: list[ParseWarning] = []
    sections = [m for m in _SECTION.finditer(text)]
    if not sections:
        return [], warnings
    # the heading of the section itself (the contents list at the top names it too): the last mention that is
    # followed by a group paragraph
    first = None
    for m in reversed(sections):
        if re.search(r"(?:All|The|Toutes\s+les)\s+$", text[max(0, m.start() - 12) : m.start()]):
            continue  # "All conclusions and/or recommendations contained in the present report reflect …"
        if _INTRO_HEAD.search(text, m.end(), m.end() + 3000):
            first = m.end()
            break
    if first is None:
        return [], warnings
    end_m = _SECTION_END.search(text, first)
    last = end_m.start() if end_m else len(text)
    recs: list[Recommendation] = []
    seen_refs: set[tuple[str, tuple[str, ...]]] = set()
    for g in _groups(text, first, last):
        items = _items(text, g)
        refs_m = _PARA_REFS.search(g.intro)
        if items and refs_m is not None:
            # "… in paragraphs 26 (e), 29 … did not enjoy the support of Burundi: NOTE 1. With regard to …": numbered
            # notes that name no State are comments on the paragraphs referred to, not recommendations
            with_states = sum(1 for _, a, b in items if split_item(text[a:b])[1])
            if with_states * 2 < len(items):
                items = []
        if not items and refs_m is not None:
            if _RESPONSES.search(g.intro):
                continue  # "… refers to the responses that it provided in paragraphs 59, 77 and 78": its answers
            referenced = []
            # "Malawi considers that recommendations … are not applicable … refers to the responses that it provided
            # in paragraphs …": a paragraph where the State under review speaks is its answer, not a recommendation
            under_review = country_named([" ".join(g.intro.split()[:6])])
            for body, states, codes in _referenced(text, refs_m.group("refs"), first):
                key = (clean_item_text(body), tuple(states))
                if under_review is not None and codes == [under_review]:
                    continue
                if key in seen_refs:
                    continue  # "X takes note of the recommendations in paragraphs 35 (b), 38 (b) …", listed above
                seen_refs.add(key)
                referenced.append((body, states, codes))
            for k, (body, states, codes) in enumerate(referenced, start=1):
                recs.append(
                    Recommendation(
                        number=f"{g.para}.{k}",
                        text=clean_item_text(body),
                        recommending_states=states,
                        recommending_state_codes=codes,
                        position=g.position,
                        position_source="report" if g.position else None,
                        paragraph=g.para,
                        group=g.intro,
                    )
                )
            continue
        if not items:
            warnings.append(ParseWarning(code="recommendation-group-empty", message=f"paragraph {g.para} introduces recommendations but none were found"))
        for idx, (n, a, b) in enumerate(items):
            if idx == len(items) - 1:
                # the last item ends where the next numbered paragraph starts ("… (Canada). 98. All conclusions")
                nxt = re.search(r"(?<![\d.])(\d{2,3})\.\s*(?!To\b)[A-Z(]", text[a : b + 40])  # "72.All" too
                if nxt and nxt.start() < b - a and g.para < int(nxt.group(1)) <= g.para + 6:
                    b = a + nxt.start()
            raw = text[a:b]
            note = _FOOTNOTE_LINE.search(raw)
            if note is not None:
                raw = raw[: note.start()]  # "… (Palestine); \n2 \tThe recommendation as read during …": a footnote
            annex = _ANNEX.search(raw)
            if annex is not None:
                raw = raw[: annex.start()]  # "… (Pakistan); Annex [English only] [end conclusions …]"
            raw = _UNEDITED.sub(" ", raw)  # the cover's "** Conclusions … have not been edited." note, mid-item
            body, states, codes, parts = split_item(raw)
            if not states:
                warnings.append(
                    ParseWarning(
                        code="recommendation-no-state",
                        message=f"recommendation {g.para}.{n} names no recommending State: {body[:80]}",
                    )
                )
            for s, c in zip(states, codes, strict=False):
                if c is None:
                    warnings.append(
                        ParseWarning(code="unknown-state", message=f"recommendation {g.para}.{n}: unknown State name '{s}'")
                    )
            if len(body) > _LONGEST_ITEM:
                # "140.99 … (Cyprus); 140.100Step up …": the labels after it were not read, their items run into it
                warnings.append(
                    ParseWarning(
                        code="recommendation-too-long",
                        message=f"recommendation {g.para}.{n} is {len(body):,} characters long: "
                        "the items after it may have run into it",
                    )
                )
            start, end = clean.span(a, b)
            recs.append(
                Recommendation(
                    number=f"{g.para}.{n}",
                    text=re.sub(r"^To\s+(?=[a-z])", "", body),
                    recommending_states=states,
                    recommending_state_codes=codes,
                    position=g.position,
                    position_source="report" if g.position else None,
                    paragraph=g.para,
                    group=g.intro,
                    parts=parts,
                    start=start,
                    end=end,
                )
            )
    return recs, warnings
