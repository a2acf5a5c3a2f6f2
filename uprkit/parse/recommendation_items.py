"""One item of a Working Group report's list of recommendations: its text, the recommending States in the
brackets at its end ("(Maldives) (Portugal)", "(Chile, Spain and Uruguay)"), and the parts one State's item runs
together ("…; recommends the continuation of …", "It also recommended …").
"""

from __future__ import annotations

import re

from uprkit import countries
from uprkit.model import RecommendationPart

# "(Chile, Spain and Uruguay)", in French "(Chili, Espagne et Uruguay)"
_STATE_SPLIT = re.compile(r"(,\s*and\s+|,\s*et\s+|,\s*|\s+and\s+|\s+et\s+|\s*;\s*)")


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
    # the next item's bullet ("… (Viet Nam); •" where each item of a list is a "• 131.2 …" line) is no text
    tail = item[cursor:].strip(" ;,.•▪◦●■►‣")
    if tail and pieces and re.search(r"\.\s*$", item[:cursor]):
        tail = ""  # "… (Nigeria). With respect to special procedures, Algeria will consider …": no recommendation
    if tail and pieces:
        # text after the last States: keep it with the last piece
        last = pieces[-1]
        pieces[-1] = (last[0] + "; " + tail, last[1], last[2])
    if not pieces:
        return clean_item_text(rest.rstrip(" ;.")), [], [], []
    # one State's several recommendations run together in one item (the first session's reports): "That Algeria
    # take appropriate measures …; recommends the continuation of the moratorium on death penalty (Italy)"
    pieces = [(clause, states, codes) for body, states, codes in pieces for clause in _further_recommendations(body)]
    if len(pieces) == 1:
        body, states, codes = pieces[0]
        states, codes = _with_inner_states(item, states, codes)
        return clean_item_text(body), states, codes, []
    all_states: list[str] = []
    all_codes: list[str | None] = []
    for body, states, codes in pieces:
        states, codes = _with_inner_states(body, states, codes)
        parts.append(RecommendationPart(text=clean_item_text(body), recommending_states=states, recommending_state_codes=codes))
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


def clean_item_text(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" ;,")
