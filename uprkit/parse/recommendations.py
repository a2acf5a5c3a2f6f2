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
from uprkit.model import ParseWarning, Position, Recommendation, RecommendationPart

_SECTION = re.compile(r"Conclusions\s*and\s*(?:/\s*or\s*)?recommendations", re.I)
_SECTION_END = re.compile(
    r"(?i:(?:All|The)\s+conclusions\s+and\s*/\s*or\s+recommendations\s+(?:contained|set out|included)\s+in\s+the"
    r"\s+present)|\bIII\.\s+(?i:Voluntary\s+(?:pledges|commitments))|\b(?:Annex|ANNEX)\b(?=\s+[A-Z])|"
    r"(?i:Composition\s+of\s+the\s+delegation)"
)
# a numbered paragraph that introduces a group: "95. The recommendations … listed below enjoy the support of X:"
_INTRO_HEAD = re.compile(
    r"(?<![\d.])(?P<para>\d{2,3})\.\s+(?P<start>(?!To\b)(?:The|These|In|Recommendations|All|Following|During|Having|At|As|For|With|"
    r"Regarding|Concerning|It|[A-Z][\w’'()-]+(?: [\w’'()-]+){0,8}? (?:considers|accepts|supports|has|have|examined|agreed|considered|"
    r"accepted|rejected|noted|took note|takes note|notes|will|indicated|stated|expressed|declared|informed|would|is|was)))\b"
)


_REJECTED = re.compile(
    r"did not enjoy|do(?:es)? not enjoy|not accepted|could not accept|cannot accept|can ?not support|"
    r"(?:can ?not|could not|will not|would not) be (?:accepted|supported)|"
    r"do(?:es)? not (?:accept|support)|did not (?:accept|support)|reject",
    re.I,
)
_NOTED = re.compile(r"\bnoted\b|take(?:s)? note|will be noted|have been noted", re.I)
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
    if _THUS_NOTED.search(intro):
        return "noted"
    if _REJECTED.search(intro):
        return "rejected"
    if _NOTED.search(intro) and not _SUPPORTED.search(intro):
        return "noted"
    if _PENDING.search(intro) and not re.search(r"enjoy|agreed|accept", intro, re.I):
        return "pending"
    if _SUPPORTED.search(intro):
        return "supported"
    if _PENDING.search(intro):
        return "pending"
    return None


# ----------------------------------------------------------------------------------- States in brackets

_STATE_SPLIT = re.compile(r"(,\s*and\s+|,\s*|\s+and\s+|\s*;\s*)")


def parse_states(content: str) -> tuple[list[str], list[str | None]] | None:
    content = content.replace("\ufffd", "’")
    """'Czech Republic, Slovakia and Bosnia and Herzegovina' → names and ISO codes; None if not a list of States.

    Names are matched greedily against the country table so that "Bosnia and Herzegovina" stays one State.
    A piece that names no State is kept as written (code None) when the rest are States.
    """
    content = re.sub(r"\s+", " ", content).strip(" ,;.")
    if not content or len(content) > 400:
        return None
    pieces = _STATE_SPLIT.split(content)
    words = pieces[0::2]
    seps = pieces[1::2]
    names: list[str] = []
    codes: list[str | None] = []
    i = 0
    found = 0
    while i < len(words):
        best = None
        for j in range(len(words), i, -1):
            candidate = words[i]
            for k in range(i + 1, j):
                candidate += seps[k - 1] + words[k]
            country = countries.lookup(candidate)
            if country is not None:
                best = (j, country)
                break
        if best is None:
            w = words[i].strip()
            if w:
                names.append(w)
                codes.append(None)
            i += 1
            continue
        j, country = best
        names.append(country.name)
        codes.append(country.iso3)
        found += 1
        i = j
    if found == 0:
        return None
    if found < len(names) / 2 and not all(
        c is not None or re.fullmatch(r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|the|and|[A-Z][\w’'.-]*)){0,5}", n)
        for n, c in zip(names, codes, strict=True)
    ):
        return None  # "(No. 118, France)": not a list of States
    return names, codes


#: The verbs recommendations most often start with (the first words of the UPR Info export), lower case.
_ITEM_VERBS = "|".join(
    """
    continue take consider ratify ensure strengthen adopt establish implement intensify increase step develop sign
    accede review provide make pursue improve amend extend abolish undertake put promote enhance guarantee enact
    accelerate seek repeal introduce give investigate address reinforce issue redouble maintain share bring work
    withdraw carry complete create revise speed incorporate end allow respect cooperate include expedite conduct
    become eliminate set remove pay decriminalize allocate prohibit follow protect proceed raise study facilitate
    reform submit reconsider encourage recognize finalize invite engage request combat lift accept consolidate
    apply harmonize respond prioritize release adhere expand reduce comply support prevent keep grant examine
    initiate launch enforce elaborate modify pass criminalize formulate explore integrate build conclude identify
    stop uphold refrain cease fight impose fulfil commute define exert envisage declare design approve
    """.split()
)
#: A piece ending with its verb: the first of several verbs that share one object ("Consider ratifying (Slovenia),
#: consider signing (Indonesia) … the Convention (…)").
_CLUSTERED_VERB = re.compile(rf"(?:\b(?:{_ITEM_VERBS}|to|of|and|or)|ing)$", re.I)
_TRAILING_PAREN = re.compile(r"\((?P<c>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*[;,.]?\s*$")


def split_item(text: str) -> tuple[str, list[str], list[str | None], list[RecommendationPart]]:
    """An item's text, its recommending States (and codes), and its parts if it joins several texts."""
    item = re.sub(r"\s+", " ", text).strip()
    item = re.sub(r"\)\d{1,3}(?=\s*(?:[;.,]|$))", ")", item)  # "(Ecuador)1;": a note marker glued to the States
    parts: list[RecommendationPart] = []
    rest = item
    # cut the item at every "(States);" inside it: "… (Slovenia); ratify … (Republic of Korea);"
    pieces: list[tuple[str, list[str], list[str | None]]] = []
    cursor = 0
    # … and at "(States) and to …" ("Accede to the ICRMW (Egypt, Peru, Algeria) and to increase its efforts … (Algeria)"),
    # or where the next recommendation starts with its verb ("… youth (Djibouti),keep on … (Iran); develop …
    # (Sudan) step up …"); not after a comma and a space, which joins the parts of one recommendation made in
    # several words ("Complete the ratification process (Indonesia), consider the ratification (Chile) …, ratify
    # the Convention (…)")
    for m in re.finditer(
        r"((?:\s*\([^()]*(?:\([^()]*\)[^()]*)*\))+)\s*(?:;|$|\.\s*$|\.(?=\s+(?:[A-Z]|\d{1,2}\.\s))|,?\s+and\s+(?=to\s+[a-z])"
        rf"|(?P<verb>(?:,(?=\S)|\s+and\s+|\s+)(?=(?:{_ITEM_VERBS})\b(?!\s+(?:of|from|for)\b))))",
        item,
    ):
        parens = list(re.finditer(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)", m.group(1)))
        # the States are the brackets at the end: "(No. 118) (Turkey)" → Turkey
        states: list[str] = []
        codes: list[str | None] = []
        first_state = None
        for pm in reversed(parens):
            parsed = parse_states(pm.group(1))
            if parsed is None:
                break
            states[:0] = parsed[0]
            codes[:0] = parsed[1]
            first_state = pm
        if first_state is None:
            continue
        body = item[cursor : m.start(1) + first_state.start()].strip(" ;,.")
        if m.group("verb") is not None and _CLUSTERED_VERB.search(body):
            continue  # "Sign (Germany, Spain), and ratify (…) the Covenant (…)": several verbs, one object
        if body:
            pieces.append((body, states, codes))
        cursor = m.end()
    tail = item[cursor:].strip(" ;,.")
    if tail and pieces and re.search(r"\.\s*$", item[:cursor]):
        tail = ""  # "… (Nigeria). With respect to special procedures, Algeria will consider …": no recommendation
    if tail and pieces:
        # text after the last States: keep it with the last piece
        last = pieces[-1]
        pieces[-1] = (last[0] + "; " + tail, last[1], last[2])
    if not pieces:
        return _clean_text(rest.rstrip(" ;.")), [], [], []
    # one State's several recommendations run together in one item (the first session's reports): "That Algeria
    # take appropriate measures …; recommends the continuation of the moratorium on death penalty (Italy)"
    pieces = [(clause, states, codes) for body, states, codes in pieces for clause in _further_recommendations(body)]
    if len(pieces) == 1:
        body, states, codes = pieces[0]
        states, codes = _with_inner_states(item, states, codes)
        return _clean_text(body), states, codes, []
    all_states: list[str] = []
    all_codes: list[str | None] = []
    for body, states, codes in pieces:
        states, codes = _with_inner_states(body, states, codes)
        parts.append(RecommendationPart(text=_clean_text(body), recommending_states=states, recommending_state_codes=codes))
        for s, c in zip(states, codes, strict=False):
            if s not in all_states:
                all_states.append(s)
                all_codes.append(c)
    return "; ".join(p.text for p in parts), all_states, all_codes, parts


#: Where a State's next recommendation starts inside one item: "; recommends that …", ". It also recommended
#: that …", "; expresses support for the recommendation of …".
_SAYS_AGAIN = r"(?:(?:it|he|she)\s+)?(?:also\s+|further\s+)?"  # "It also recommended …"
_FURTHER_RECOMMENDATION = re.compile(
    rf"(?:;|\.)\s+(?={_SAYS_AGAIN}(?:recommends|recommended|expresses\s+support\s+for)\b)", re.I
)
#: The reporting verb a further recommendation opens with, left out of its text.
_LEAD_VERB = re.compile(rf"^{_SAYS_AGAIN}(?:recommends|recommended)\s+", re.I)


def _further_recommendations(body: str) -> list[str]:
    """``body`` cut where the same State's next recommendation starts; a clause of a few words stays with the
    one before it."""
    clauses = [c.strip(" ;.") for c in _FURTHER_RECOMMENDATION.split(body)]
    # "recommends that Algeria cooperate …" → "That Algeria cooperate …", as the item's first recommendation reads
    clauses = [clauses[0]] + [
        (rest := _LEAD_VERB.sub("", c, count=1))[:1].upper() + rest[1:] for c in clauses[1:]
    ]
    out: list[str] = []
    for clause in clauses:
        if out and len(clause.split()) < 4:
            out[-1] = f"{out[-1]}; {clause}"
        elif clause:
            out.append(clause)
    return out or [body]


def _with_inner_states(
    text: str, states: list[str], codes: list[str | None]
) -> tuple[list[str], list[str | None]]:
    """``states`` and the States named in brackets inside ``text``, who made it too: "To ratify (Spain)/consider …
    (Argentina) the Convention (Spain, Argentina)"; "Become a party (Estonia), consider accession (Brazil), …,
    ratify the OP-CAT (France, Greece) and set up …" (the part before "and set up")."""
    for pm in re.finditer(r"\(([^()]{2,200})\)", text):
        parsed = parse_states(pm.group(1))
        for name, code in zip(*parsed, strict=False) if parsed is not None else ():
            if name not in states:
                states, codes = [*states, name], [*codes, code]
    return states, codes


def _clean_text(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" ;,")


# ----------------------------------------------------------------------------------------- the report


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
        speaker = _country_of([" ".join(para.split()[:6])])
        if speaker is None:  # "Referencing Pakistan's already adopted …, Belgium recommended …": a later sentence's
            for sentence in re.split(r"(?<=[.;,])\s+(?=[A-Z])", para)[1:8]:
                if not re.search(r"\brecommend|\bencourag|\burg(?:ed|es)\b|\bcall(?:ed|s)\b|\brequest", sentence):
                    continue  # "…, Malawi stated that …": a State speaking, but recommending nothing
                if (speaker := _country_of([" ".join(sentence.split()[:6])])) is not None:
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
                if subject != "It" and (speaker is None or _country_of([subject]) != speaker):
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
        first_item = re.compile(r"(?<![\d.])(?:" + para + r"\s?\.\s?)?1(?:\.(?!\d)|\s)\s*(?=[A-Z“\"‘(])")
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
        body = text[m.start("start") : body_end].rstrip(" :")
        if not re.search(r"recommend|agreed|accept|enjoy|support|noted|reject", body[:400], re.I):
            continue
        if re.search(r"reflect the position", body, re.I):
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
    r"(?<![\d.])(?:(?P<para>\d{2,3})\s?\.\s?)?(?P<n>\d{1,3})(?:\.(?!\d)|\s|(?P<glued>(?=[A-Z])))\s*(?=[A-Z“\"‘(a-z])"
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
        if re.search(r"(?:All|The)\s+$", text[max(0, m.start() - 6) : m.start()]):
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
            under_review = _country_of([" ".join(g.intro.split()[:6])])
            for body, states, codes in _referenced(text, refs_m.group("refs"), first):
                key = (_clean_text(body), tuple(states))
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
                        text=_clean_text(body),
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


# ----------------------------------------------------------------------------------------- metadata

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}


def ordinal(word: str) -> int | None:
    w = word.lower().strip()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", w)
    if m:
        return int(m.group(1))
    if w in _ORDINALS:
        return _ORDINALS[w]
    if "-" in w:
        tens, unit = w.split("-", 1)
        if tens in _TENS and unit in _ORDINALS:
            return _TENS[tens] + _ORDINALS[unit]
    for tens, val in _TENS.items():
        if w == tens[:-1] + "ieth":
            return val
    return None


def wg_session_and_country(text: str) -> tuple[int | None, str | None]:
    """The Working Group session and the State under review, as the report's introduction states them."""
    head = re.sub(r"\s+", " ", text[:20000])
    session = None
    # "The Working Group … held its seventh session", "… during the thirty-fourth session of the Working Group"
    m = re.search(r"held its ([\w-]+) session|\b([\w-]+) session of the Working Group\b", head, re.I)
    if m:
        session = ordinal(m.group(1) or m.group(2))
    candidates = [
        m.group(1)
        for rx in (
            r"Universal\s*Periodic\s*Review\s*\*?\s*(?!Report of)((?:the |The )?[A-Z][\w’'\-(), ]{2,90}?)\s*(?:\*|Addendum|Contents|"
            r"Introduction|Views|Previously|The annex|GE\.)",
            r"The review of ((?:the )?[A-Z][\w’'\-(), ]{2,90}?) (?:was|took place|has been) held",
            r"review of ((?:the )?[A-Z][\w’'\-() ]{2,90}?) (?:at|on|in) (?:the|its)",
        )
        for m in list(re.finditer(rx, head))[:4]
    ]
    return session, _country_of(candidates)


def _country_of(candidates: list[str]) -> str | None:
    """The first candidate phrase that names a State, trying shorter and shorter word prefixes."""
    for cand in candidates:
        words = cand.strip(" ,*").split()
        for k in range(len(words), 0, -1):
            c = countries.lookup(" ".join(words[:k]))
            if c is not None:
                return c.iso3
    return None


# ----------------------------------------------------------------------------------------- the addendum

_REF = r"(?:\d{2,3}\s?\.\s?)?\d{1,3}"
_TO = r"(?:\s*[-–—]\s*|\s+(?:to|through|until)\s+)"
_RANGE = re.compile(
    r"(?<![\d.])(?P<a>(?P<ap>\d{2,3})\.(?=\d))?(?P<an>\d{1,3})(?:" + _TO
    + r"(?:(?P<bp>\d{2,3})\.(?=\d))?(?P<bn>\d{1,3}))?(?![\d])"
)
_LIST = re.compile(
    r"(?P<list>" + _REF + r"(?:" + _TO + _REF + r")?(?:\s*(?:,|;|\.|and|&|,\s*and)\s*" + _REF + r"(?:" + _TO + _REF
    + r")?)*)"
)
_DECISION = [
    # "… cannot be supported at this time and are therefore noted": the State's own word for what it does
    ("noted", re.compile(
        r"\b(?:can ?not|could not|will not|would not)\s+be\s+(?:accepted|supported)\b[^.;]{0,80}?\bnoted\b|"
        r"\bnotes?\b|\btakes? note\b|\bnoted\b",
        re.I,
    )),
    ("rejected", re.compile(
        r"\b(?:does|do|can|could|did|will)\s?not\s+(?:accept|support|endorse)|\bcannot (?:accept|support)|\breject|"
        r"\b(?:can|could|will|would)\s?not\s+be\s+(?:accepted|supported|endorsed)\b|"
        r"\bnot (?:be )?(?:accepted|supported|endorsed)\b|\b(?:does|do|did) not enjoy",
        re.I,
    )),
    ("pending", re.compile(
        r"cannot[^.]{0,40}(?:make a definitive|take a (?:definitive|final) position)|not in a position|"
        r"(?:still|remain)s? under (?:consideration|review|examination)|will be examined",
        re.I,
    )),
    ("supported", re.compile(
        r"\baccept(?:s|ed)?\b|\bsupport(?:s|ed)?\b|\bagrees?\b|already (?:been )?implemented|\benjoys? (?:the |its )?support",
        re.I,
    )),
]
_PARTIAL = re.compile(r"\bpartial(?:ly)?\b|\bin part\b", re.I)
#: support of a part named further on: "The Government supports the first part of the recommendation and takes
#: note of the second part", "supports the part of this recommendation on legal aid and notes the remainder"
_PART_OF = re.compile(
    r"\b(?:first|second|third|last|latter|former)\s+parts?\b|\bparts?\s+of\s+(?:this|the|these)\s+recommendations?\b|"
    r"\bthe\s+remainder\b",
    re.I,
)


def _decision(text: str) -> Position | None:
    """The decision a sentence states ("accepts", "notes", "does not accept", "cannot … make a definitive …")."""
    hits = [(s, pos) for s, _, pos in _decisions(text)]
    if not hits:
        return None
    pending = [h for h in hits if h[1] == "pending"]
    if pending:
        return "pending"
    rejected = [h for h in hits if h[1] == "rejected"]
    if rejected:
        return "rejected"
    return min(hits)[1]  # type: ignore[return-value]


def _decisions(text: str) -> list[tuple[int, int, Position]]:
    """Every decision phrase in ``text`` (start, end, position), a negated one ("not accepted") winning over the
    bare verb inside it."""
    found: list[tuple[int, int, Position]] = []
    for pos, rx in _DECISION:
        for m in rx.finditer(text):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _ in found):
                continue
            found.append((m.start(), m.end(), pos))  # type: ignore[arg-type]
    return sorted(found)


def expand_refs(listing: str) -> list[str]:
    """'1–5, 14–16, 122.17-18, 140.35. 140.36, 98.1 to 98.3' → ['1', …, '5', '14', …, '122.17', '122.18', …]."""
    out: list[str] = []
    for m in _RANGE.finditer(listing):
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
_SENTENCE_END = re.compile(r"(?<!\bRec)(?<!\bNo)(?<!\bNos)(?<!\bpara)(?<!\bparas)(?<!\bArt)[.!?;:](?=\s+[A-Z“\"(])")
# headings and labels that state the decision on the recommendations listed under them
_DECISION_HEADING = re.compile(
    r"(?:\b(?:[IVX]{1,4}|[A-H1-9])\.\s+)?(?P<h>(?:(?:Partially\s+)?(?:Accepted|Supported|Noted|Rejected|Not\s+accepted|"
    r"Not\s+supported)\s+recommendations)|(?:Recommendations\s+(?:that\s+(?:are|were|have\s+been)\s+|which\s+(?:are|were)\s+)?"
    r"(?:accepted|supported|noted|rejected|not\s+(?:accepted|supported)|partially\s+(?:accepted|supported)))|"
    r"(?:Recommendations\s+(?:that|which)\s+(?:enjoy|do\s+not\s+enjoy|did\s+not\s+enjoy)\s+(?:the\s+)?support))\b"
)
# a sentence over a list: "Chile supports the following recommendations:", "The following recommendations
# could not be accepted at this stage."
_LEAD_SENTENCE = re.compile(
    r"(?:(?<=[.:;]\s)|^)(?P<h>[A-Z][^.:;]{0,200}?\bfollowing\s+recommendations\b[^.:;\d]{0,200}?)[.:]"
)
# a table's position column: "… (France) Supported", "140.3 Noted", "140.5 – Partially supported"
# "Supported in part" as the last words of a row ("43.20 Continue efforts … (Estonia) Supported in part 43.21 …")
_COLUMN_WORD = re.compile(
    r"(?P<w>(?:Partially\s+)?(?:Supported|Accepted)(?:\s+in\s+part)?|Noted|Rejected|Not\s+(?:supported|accepted)|"
    r"Under\s+consideration)"
    r"(?![\w-])(?!\s+recommendations)"
)


#: words that point at another answer rather than give one: "As noted in our response to 43.12", "see also 140.7"
_CROSS_REFERENCE = re.compile(
    r"\b(?:(?:response|reply|answer|comment)s?\s+(?:to|on)|see(?:\s+also)?|refer(?:s|ring)?\s+to|cf\.)\s",
    re.I,
)


#: a sentence answering every recommendation of a cluster, and the range a cluster's heading names
_WHOLE_CLUSTER = re.compile(
    r"\bAll\s+(?:the\s+)?(?:other\s+|remaining\s+)?recommendations\s+(?:in|of|under|within)\s+(?:this|the\s+present)\s+"
    r"(?:cluster|group|section|category|chapter|theme|heading)\s+(?P<dec>(?:are|were|have\s+been|will\s+be)\s+"
    r"(?:\w+\s+)?(?:supported|accepted|noted|rejected|not\s+(?:supported|accepted)))\b",
    re.I,
)
_NAMED_RANGE = re.compile(r"\(\s*(?:[Rr]ecommendations?|Recs?\.)\s+(?P<list>" + _REF + _TO + _REF + r")\s*\)")


@dataclass
class _Found:
    position: Position
    partial: bool
    start: int
    end: int
    words: str


def _sentence(text: str, start: int, end: int, reach: int = 400) -> tuple[str, str]:
    """The words of the sentence before ``start`` and after ``end``."""
    lo = max(0, start - reach)
    # the look-ahead for the next sentence's capital reads on past ``start``: "… guarantees this right.
    # Recommendation 115.9: Supported." ends a sentence before the list; so does a full stop right before it
    # ("… notes the remainder. 78.140 – The Government supports …")
    cuts = [c for c in _SENTENCE_END.finditer(text, lo, min(len(text), start + 3)) if c.end() <= start]
    before = text[cuts[-1].end() if cuts else lo : start]
    if re.search(r"(?<!\bNo)(?<!\bNos)(?<!\bpara)(?<!\bparas)(?<!\bRec)[.!?]\s*$", before):
        before = ""
    # a label's colon or dash does not end the sentence: "Recommendations 115.4 and 115.5: Noted."
    label = re.match(r"\s*(?::|\s[-–—])\s*", text[end : end + 4])
    after = text[end : end + reach]
    cut = _SENTENCE_END.search(after, label.end() if label else 0)
    if cut:
        after = after[: cut.start() + 1]
    return before, after


def _refs_in(listing: str, *, keyword: bool) -> list[str]:
    refs = expand_refs(listing)
    if not keyword and not any("." in r for r in refs):
        return []  # bare numbers count only after "recommendation(s)", "Rec.", "Nos."
    return refs


def extract_positions(clean: CleanText) -> tuple[dict[str, Position], list[ParseWarning]]:
    """Positions an addendum gives, by recommendation number ("122.17") or by item number alone ("17")."""
    found, warnings = find_positions(clean)
    return {ref: f.position for ref, f in found.items()}, warnings


def find_positions(clean: CleanText) -> tuple[dict[str, _Found], list[ParseWarning]]:
    """Positions an addendum gives, with where it gives them, in three tiers, the first that speaks winning:

    1. a sentence that lists numbers and states a decision: "The Government accepts the following
       recommendations: 140.7, 140.8 …", "Recommendations 124.1 to 124.5 are supported", "Slovenia notes
       recommendations 6–8", "5., 6., 7. The Slovenian Government accepts these recommendations.";
    2. a table's position column: "124.1 Ratify … (France) Supported";
    3. a heading over a list: "III. Noted recommendations … 140.3 …".

    A number without a paragraph ("17") counts only where the addendum numbers that way throughout.
    """
    text = clean.text
    explicit: dict[str, list[_Found]] = {}
    column: dict[str, list[_Found]] = {}
    headed: dict[str, list[_Found]] = {}
    warnings: list[ParseWarning] = []

    def put(into: dict[str, list[_Found]], refs: list[str], pos: Position, partial: bool, s: int, e: int,
            words: str) -> None:
        for ref in refs:
            into.setdefault(ref, []).append(_Found(pos, partial, s, e, words))

    # 1a. a list after "recommendation(s)" / "Rec." / "Nos." (or a list of full numbers) with the decision in its
    # sentence: the nearest decision before the list, unless the words after it say "are/is … <decision>"
    for m in re.finditer(
        r"(?P<kw>\b(?:[Rr]ecommendations?|Recs?\.)\s*(?:Nos?\.)?\s*:?\s*)?(?<![\d.])" + _LIST.pattern, text
    ):
        if re.match(r"\s*(?:%|per\s?cent)", text[m.end() : m.end() + 10]):
            continue
        refs = _refs_in(m.group("list"), keyword=m.group("kw") is not None)
        if not refs:
            continue
        before, after = _sentence(text, m.start(), m.end())
        keyword = m.group("kw") is not None
        if not keyword and re.match(r"\s*[-–—:]?\s*[A-Z][a-z]", after) and not _decisions(after[:30]):
            continue  # an item's label before its text ("107.2 Abolish the death penalty (France) Noted"): tier 2
        after_dec = _decisions(after[:120])
        before_dec = _decisions(before)
        head = text[max(0, m.start() - 80) : m.start("list")].rstrip()
        if re.fullmatch(r"\d{1,3}", m.group("list")) and re.match(r"\.\s+[A-Z]", text[m.end() : m.end() + 4]) and any(
            h.end() == len(head) for h in _DECISION_HEADING.finditer(head)
        ):
            continue  # "III. Noted recommendations 5. For the time being, …": the paragraph's number under a heading
        refers = list(_CROSS_REFERENCE.finditer(before))
        if refers and (not before_dec or refers[-1].start() >= before_dec[-1][1]):
            continue  # "As noted in our response to 43.12, …" in row 43.7's comment: 43.12 answers for itself
        pick: tuple[int, int, Position] | None = None
        pick_text = ""
        # the verb may follow a clause between commas: "Recommendations 131.21 to 131.25, which call for …,
        # cannot be supported …", "Recommendation 115.16, by contrast, is noted", "…, which are noted"
        lead = re.match(r"[\s,;:)]*(?:(?:[^,.;:]{0,200},\s*|(?:which|that)\s+)(?=(?:is|are|were|was|has|have|will|"
                        r"can|could|cannot)\b))?(?:(?:is|are|were|was|has been|have been|will be)\s+(?:\w+\s+){0,2}?)?"
                        r"(?:(?:partially|fully|also)\s+)?", after, re.I)
        lead_dec = _decisions(after[lead.end() :]) if lead is not None else []
        if lead is not None and lead_dec and lead_dec[0][0] <= 2:
            pick, pick_text = (lead.end() + lead_dec[0][0], lead.end() + lead_dec[0][1], lead_dec[0][2]), after
        elif before_dec and (keyword or (len(before) - before_dec[-1][1] <= 80 and ")" not in before[before_dec[-1][1] :])):
            pick, pick_text = before_dec[-1], before
        elif after_dec and re.match(r"[\s,;:)]*(?:(?:is|are|were|was|has been|have been|will be)\b|:|[-–—]\s)", after):
            # a label's sentence answers it: "Recommendation 115.8: The State takes note of this recommendation",
            # "78.140 – The Government supports the first part …"
            pick, pick_text = after_dec[0], after
        if pick is None:
            continue
        window = pick_text[max(0, pick[0] - 30) : pick[1] + 10]
        in_part = bool(_PARTIAL.search(window)) or (pick[2] == "supported" and bool(_PART_OF.search(pick_text[pick[0] :])))
        put(explicit, refs, pick[2], in_part, m.start("list"), m.end("list"),
            (before + m.group(0) + after).strip())
    # 1b. prose per item (cycle 1): "5., 6., 7., 8., 9. The Slovenian Government accepts these recommendations."
    prose: list[tuple[int, Position]] = []
    for m in re.finditer(
        r"(?:^|(?<=[.;:!?]\s)|(?<=\s\s))(?P<nums>(?>" + _REF + r"\.?,?(?:\s*(?:and\s+)?" + _REF + r"\.?,?){0,11}))"
        r"\s+(?P<first>[A-Z][^.:]{5,400}[.:])",
        text,
    ):
        nums = m.group("nums")
        if not re.search(r"\d", nums):
            continue
        decision = _decision(m.group("first"))
        if decision is None:
            continue
        prose.append((m.start(), decision))
        refs = expand_refs(nums)
        for ref in refs:
            if ref not in explicit:
                explicit[ref] = [_Found(decision, bool(_PARTIAL.search(m.group("first"))), m.start("nums"),
                                        m.end("nums"), m.group(0))]
                if decision == "pending":
                    warnings.append(
                        ParseWarning(
                            code="position-unclear",
                            message=f"the addendum leaves the position on recommendation {ref} unclear: "
                            f"'{m.group('first')[:100]}'",
                        )
                    )
    # 1c. a number column that wrapped into the text: "77., 78., 79., 82., Slovenia accepts these … refers to
    # 83., 85., 86., 87. decision by the Constitutional Court …": the numbers go with the decision before them
    for m in re.finditer(r"(?<=[a-z,]\s)(?P<nums>(?:\d{1,3}\.,?\s+){1,12})(?=[a-z])", text):
        before_prose = [d for start, d in prose if start < m.start()]
        if not before_prose:
            continue
        put(explicit, expand_refs(m.group("nums")), before_prose[-1], False, m.start("nums"), m.end("nums"),
            m.group(0))
    # 1d. a cluster answered as a whole under a heading that names its range: "D. Civic space (recommendations
    # 131.60–131.90) 6. All recommendations in this cluster are supported, except recommendations 131.75 and 131.80,
    # which are noted." (the exceptions are answered in 1a)
    cluster: dict[str, list[_Found]] = {}
    for m in _WHOLE_CLUSTER.finditer(text):
        pos = _decision(m.group("dec"))
        named = list(_NAMED_RANGE.finditer(text, max(0, m.start() - 400), m.start()))
        if pos is None or not named:
            continue
        end_m = _SENTENCE_END.search(text, m.end())
        exception = re.search(r"\bexcept\b.*", text[m.end() : end_m.start() if end_m else m.end() + 300], re.S)
        excepted = set(expand_refs(exception.group(0))) if exception else set()
        put(cluster, [r for r in expand_refs(named[-1].group("list")) if r not in excepted], pos, False,
            m.start(), m.end(), m.group(0))
    # 2. a table's position column
    item_starts = list(re.finditer(r"(?<![\d.\w])(?P<ref>\d{2,3}\.\d{1,3})(?![\d]|\s*%)", text))
    for i, m in enumerate(item_starts):
        stop = item_starts[i + 1].start() if i + 1 < len(item_starts) else min(len(text), m.end() + 1500)
        segment = text[m.end() : stop]
        cm = re.match(r"\s*[-–—:]?\s*" + _COLUMN_WORD.pattern, segment)
        if cm is None:
            cm = re.search(r"\)\s*[;.]?\s*" + _COLUMN_WORD.pattern, segment)
        if cm is None:
            # a page-laid-out table puts the position beside the first line of the row, so it lands inside the
            # text: "155.1 Ratify the Optional Protocol Supported to the Convention against Torture (Denmark)"
            # (also after a word broken at the line's end: "… combat torture and ill-      Noted")
            inside = list(re.finditer(r"(?<=[a-z,;)-]\s)" + _COLUMN_WORD.pattern, segment))
            if inside and len({_decision(x.group("w")) for x in inside}) == 1:
                cm = inside[0]
        if cm is None:
            continue
        word = cm.group("w")
        pos = _decision(word) or ("pending" if word.lower().startswith("under") else None)
        if pos is None:
            continue
        # a narrow column wraps its word: "Supported in" beside the row's first line, "part" beside the second
        wrapped = re.match(r"\s+in\s+(?=[A-Z])", segment[cm.end() :]) and re.search(r"\spart\s", segment[cm.end() :])
        put(column, [m.group("ref")], pos, bool(_PARTIAL.search(word) or wrapped), m.start(), m.end() + cm.end(),
            text[m.start() : m.end() + cm.end()])
    # 3. headings over lists
    heads = sorted(
        [*_DECISION_HEADING.finditer(text), *_LEAD_SENTENCE.finditer(text)], key=lambda h: (h.start(), -h.end())
    )
    for i, h in enumerate(heads):
        pos = _decision(h.group("h"))
        if pos is None:
            continue
        stop = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        for m in re.finditer(r"(?<![\d.\w])(?P<ref>\d{2,3}\.\d{1,3})(?![\d]|\s*%)|\bRecs?\.\s*(?P<bare>\d{1,3})\b",
                             text[h.end() : stop]):
            ref = m.group("ref") or m.group("bare")
            put(headed, [ref], pos, bool(_PARTIAL.search(h.group("h"))), h.end() + m.start(), h.end() + m.end(),
                h.group("h"))

    said: dict[str, list[_Found]] = {}
    for tier in (explicit, cluster, column, headed):
        for ref, fs in tier.items():
            said.setdefault(ref, fs)
    if any("." in ref for ref in said):  # the addendum uses full numbers: a bare one is a date, a count, a page
        said = {ref: fs for ref, fs in said.items() if "." in ref}
    found: dict[str, _Found] = {}
    for ref, fs in sorted(said.items(), key=lambda kv: ref_key(kv[0])):
        both = sorted({f.position for f in fs})
        found[ref] = fs[0]
        if len(both) > 1:
            # "Recommendation 115.30: Supported." and, further on, "Recommendation 115.30: Noted.": an unclear answer
            found[ref] = _Found("pending", False, fs[0].start, fs[0].end, " | ".join(f.words for f in fs))
            warnings.append(
                ParseWarning(
                    code="position-conflict",
                    message=f"the addendum gives recommendation {ref} as {' and as '.join(both)}; it stays pending",
                )
            )
    partial = sorted((ref for ref, f in found.items() if f.partial), key=ref_key)
    if partial:
        warnings.append(
            ParseWarning(
                code="position-partial",
                message=f"the addendum supports {len(partial)} recommendations only in part (recorded as "
                f"{found[partial[0]].position}): {', '.join(partial[:8])}{' …' if len(partial) > 8 else ''}",
            )
        )
    return dict(sorted(found.items(), key=lambda kv: ref_key(kv[0]))), warnings


def apply_positions(
    recs: list[Recommendation], positions: dict[str, Position]
) -> list[ParseWarning]:
    """Give each recommendation the addendum's position; those the addendum leaves open stay pending."""
    warnings: list[ParseWarning] = []
    pending_paras = sorted({r.paragraph for r in recs if r.position == "pending" and r.paragraph is not None})
    all_paras = sorted({r.paragraph for r in recs if r.paragraph is not None})
    short_para = pending_paras[0] if len(pending_paras) == 1 else (all_paras[0] if len(all_paras) == 1 else None)
    for r in recs:
        item = r.number.split(".", 1)[1] if "." in r.number else r.number
        pos = positions.get(r.number)
        if pos is None and short_para is not None and r.paragraph == short_para:
            pos = positions.get(item)
        if pos is not None and (r.position in (None, "pending") or pos != r.position):
            if pos == "pending":
                r.position = "pending"
                r.position_source = "addendum"
                continue
            r.position = pos
            r.position_source = "addendum"
        elif r.position in (None, "pending"):
            r.position = "pending"
            warnings.append(
                ParseWarning(
                    code="position-pending",
                    message=f"the addendum gives no position on recommendation {r.number}; it stays pending",
                )
            )
    return warnings


def ref_key(ref: str) -> tuple[int, int]:
    """Sort key of "122.17" (or "17")."""
    if "." in ref:
        a, b = ref.split(".", 1)
        return int(a), int(b)
    return 0, int(ref)


def join_addendum(
    recs: list[Recommendation], addendum_recs: list[Recommendation]
) -> list[ParseWarning]:
    """Apply the positions an addendum (parsed as a ``wg_report_addendum``) gives to a report's recommendations."""
    positions: dict[str, Position] = {r.number: r.position for r in addendum_recs if r.position is not None}
    warnings = apply_positions(recs, positions)
    notes = {r.number: r.position_note for r in addendum_recs if r.position_note}
    for r in recs:
        if r.position_source == "addendum" and r.number in notes:
            r.position_note = notes[r.number]
    return warnings
