"""The members of a joint submission, as its cover, a cover note or an annex names them ("Submitted by: A (AA),
Town; B (BB), Town; and C (CC), Town.", "Members of the Coalition: …", "Annex – Member organisations of …").
"""

from __future__ import annotations

import re

from uprkit.summarize.org_names import NAME_WORD, SMALL_WORDS

#: A joint submission's members listed on its cover ("Members of the Coalition: …", "Member organisations: …").
MEMBERS_LINE = re.compile(
    r"(?m:^[ \t]*)(?:members(?:\s+of\s+the\s+[\w ]{2,40}?)?|member\s+organi[sz]ations?)\s*:\s*(?P<who>[^\n]{3,600})", re.I
)
#: The first word of a coalition's name ("Coalition for the Rights of Children", "Network of …").
COALITION_WORD = r"(?:Coalition|Network|Alliance|Platform|Forum|Consortium|Group)\b"
#: A coalition's name on a joint submission's cover: "Coalition on Land and Indigenous Peoples' Rights in Kenya (CLIPRK)".
COALITION = re.compile(
    rf"(?m)^[ \t]*(?:the\s+)?({COALITION_WORD}[^\n()]{{3,120}}?\s*\([A-Z][A-Za-z&\-]{{1,11}}\))[ \t]*$"
)
#: A member named with its abbreviation in a joint submission's list: "Jumma Peoples’ Rights Network (JPRN)".
_NAMED_MEMBER = re.compile(rf"(?<![\w’'])([A-Z][\w’'&\-]*(?:[ \t]+{NAME_WORD}){{0,10}})[ \t]*\(([A-Z][A-Za-z&\-]{{1,9}})\)")


def named_members(block: str) -> list[str]:
    """The members of a joint submission's cover list where each is named with its abbreviation, each entry
    going on with its town or what it is ("Jumma Peoples’ Rights Network (JPRN), Rangamati – a network of 38
    …;" / "Hill Tracts Land Rights Coalition (HTLRC), Khagrachari – …; and"): the names alone, up to the first
    empty line or contact line; none where fewer than two are named so."""
    lines: list[str] = []
    for line in block.splitlines()[:16]:
        if not line.strip() and lines[1:]:
            break
        if re.match(r"\s*(?:contact|e-?mail|tel|address)\b", line, re.I):
            break
        lines.append(line)
    text = " ".join(lines[1:]) if lines and re.search(r"\bby\s*:?\s*$", lines[0], re.I) else " ".join(lines)
    coalition: list[str] = []
    label = re.match(r"[^:;()]{3,200}(?:\([^()]{1,12}\)[^:;()]{0,100})?:", text)
    if label is not None:
        # "Members of the Coalition: A (AA), Town; …", "Submitted by the Alianza por los Territorios (ATIC), a
        # coalition of 12 organisations: A (AA); B (BB); …": the list after the label, the coalition first
        text = text[label.end() :]
        if re.search(r"\bby\b", label.group(0), re.I):
            coalition = (_named_members_in([re.sub(r"^.*?\bby\s+", "", label.group(0), flags=re.I)]) or [])[:1]
    # entries separated by ";" or "and": each of them names one member
    entries = [e for e in re.split(r";\s*(?:and\s+)?", text) if e.strip()]
    found = _named_members_in(entries)
    return [*coalition, *found] if found is not None and len(found) >= 2 else []


#: A cover that names the members elsewhere: "by the Bata Muna Coalition for Child Rights and its member
#: organisations¹" (the list "is in the Annex").
MEMBERS_ELSEWHERE = re.compile(
    r"\b(?:its|their)\s+(?:\d{1,3}\s+)?(?:member\s+organi[sz]ations|members|partners)(?![a-z])", re.I
)
#: A sentence naming them, in a note or an annex: "The members of the Egyptian Coalition for the Rights of the
#: Child are: Egyptian Coalition … (ECRC), Cairo; Hope Village Society, Cairo; …".
_MEMBERS_ARE = re.compile(
    r"\bthe\s+members\s+of\s+(?:the\s+)?[^:\n]{3,120}?\s+(?:are|include)\s*:\s*(?P<list>.{20,3000}?)\.[ \t]*(?:\n|$)",
    re.I | re.S,
)
#: An annex listing the members: "Annex – Member organisations of the … Coalition endorsing this submission".
_MEMBERS_ANNEX = re.compile(r"(?im)^[ \t]*(?:annex|appendix)\b[^\n]{0,40}\bmembers?\b[^\n]*\n(?:[ \t]*[a-z][^\n]{0,60}\n)?")
_LIST_ENTRY = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[•\-–*])[ \t]+(?P<entry>\S[^\n]*)$")


def annex_members(text: str) -> list[str]:
    """The members a joint submission lists in an annex, one a line ("1. Bata Muna Coalition for Child Rights
    (BMC), Quezon City – convenor"), each opening with its name and abbreviation, or in a sentence of a note
    ("The members of … are: A (AA), Cairo; B, Sohag; …", each without its town); [] where there is no list."""
    said = _MEMBERS_ARE.search(text)
    if said is not None:
        # "… El-⏎Nadeem Youth Centre": a hyphen at a line's end joins the name
        said_entries = [re.sub(r"\s+", " ", re.sub(r"(?<=\w-)\s*\n\s*", "", e)).strip() for e in said.group("list").split(";")]
        names = [re.sub(r",\s*[A-Z][\w’'\-]*(?:[ \-][A-Z][\w’'\-]*)?$", "", e) for e in said_entries if e]
        if len(names) >= 3:
            return names
    m = _MEMBERS_ANNEX.search(text)
    if m is None:
        return []
    entries: list[str] = []
    for line in text[m.end() :].splitlines():
        entry = _LIST_ENTRY.match(line)
        if entry is None:
            if entries or line.strip():
                break
            continue
        entries.append(entry.group("entry"))
    return (_named_members_in(entries) or []) if len(entries) >= 2 else []


def _named_members_in(entries: list[str]) -> list[str] | None:
    """The name with its abbreviation that opens each entry; None where one does not open with one: "Kurdistan
    of Iran – Geneva (KMMK-G)" is no name all before its bracket. Abbreviations need not spell the initials
    ("Parlamento Xinka de Santa Rosa y Jalapa (PAXIN)")."""
    found = []
    for entry in entries:
        m = _NAMED_MEMBER.search(entry)
        if m is None or re.sub(r"(?i)\b(?:and|the|y|et)\b", "", entry[: m.start()]).strip():
            return None
        name = re.sub(rf"^(?:(?:the|{'|'.join(SMALL_WORDS)})\s+)+", "", m.group(1).strip(), flags=re.I)
        found.append(f"{name} ({m.group(2)})")
    return found


def member_list(who: str) -> list[str]:
    """The members of a joint submission named on its cover ("Submitted by the Coalition …: A, B, C and 24 other
    organizations"): split at commas and semicolons, at "and" only before the last (a member's own name may
    hold "and": "… Bureau for Human Rights and Rule of Law"), without the coalition's own label before a colon
    or a count of others."""
    label = ""
    if ":" in who:
        label, who = who.split(":", 1)
        who = re.sub(r"^\s*(?:its\s+)?members?\b\s*(?:are|include)?\s*:?\s*", "", who, flags=re.I)
    parts = [w.strip() for w in re.split(r"\s*;\s*|,\s*", who)]
    if parts and not re.match(r"and\s", parts[-1]):  # after a serial comma ("…, and the Center for Family and
        # Human Rights") the last part is one name; else it holds the last two, split at its first "and"
        parts[-1:] = re.split(r"\s+and\s+(?:the\s+)?(?=[A-Z0-9])", parts[-1], maxsplit=1)
    parts = [re.sub(r"^(?:and\s+)?(?:the\s+)?", "", w).strip() for w in parts]
    members = [w for w in parts if len(w) > 2 and not re.match(r"^(?:\d+|some|several|many)\s+other\b", w, re.I)]
    # "the Coalition for the Rights of Women and Children in Nigeria (CRWCN): members …": the coalition first
    coalition = re.sub(r"^(?:the\s+)", "", label.strip(), flags=re.I)
    if re.match(COALITION_WORD, coalition, re.I):
        members.insert(0, coalition)
    return members
