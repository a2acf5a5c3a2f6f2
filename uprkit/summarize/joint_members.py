"""The members of a joint submission, as its cover, a cover note or an annex names them ("Submitted by: A (AA),
Town; B (BB), Town; and C (CC), Town.", "Members of the Coalition: …", "Annex – Member organisations of …").
"""

from __future__ import annotations

import re

from uprkit.summarize.model import SummaryStakeholder
from uprkit.summarize.org_names import NAME_WORD, SMALL_WORDS, as_written, name_words, spells
from uprkit.summarize.page_notes import left_out_lines

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
#: A member named with its abbreviation in a joint submission's list: "Jumma Peoples’ Rights Network (JPRN)",
#: "Servicios para una Educación Alternativa del Istmo (SEAI)" (in a list's entry, any word in lower case
#: between its capitalised words is the name's: "a", "una", "sobre").
_NAMED_MEMBER = re.compile(
    rf"(?<![\w’'])([A-Z][\w’'&\-]*(?:[ \t]+(?:{NAME_WORD}|[a-zà-ÿ]{{1,12}}(?=[ \t]))){{0,14}})[ \t]*\(([A-Z][A-Za-z&\-]{{1,9}})\)"
)


#: Little words before a name: "the", "and the".
_SMALL_FIRST = re.compile(rf"^(?:(?:the|{'|'.join(SMALL_WORDS)})\s+)+", re.I)


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
    first_sentence = re.split(r"(?<=[a-z)])\.(?:\s|$)", text, maxsplit=1)[0]
    if (found is None or len(found) < 2) and len(entries) == 1 and len(_NAMED_MEMBER.findall(first_sentence)) >= 3:
        # one sentence of names with their abbreviations and towns, between commas ("Conflict Victims' Solidarity
        # Forum (CVSF), Kathmandu, Human Rights Lawyers' Collective (HRLC), Lalitpur, … and Terai Human Rights
        # Defenders Alliance (THRDA), Janakpur."): each name with its abbreviation
        found = [f"{_SMALL_FIRST.sub('', ' '.join(m.group(1).split()))} ({m.group(2)})"
                 for m in _NAMED_MEMBER.finditer(first_sentence)]
    return [*coalition, *found] if found is not None and len(found) >= 2 else []


#: A cover that names the members elsewhere: "by the Bata Muna Coalition for Child Rights and its member
#: organisations¹" (the list "is in the Annex"), "submitted on behalf of 34 organizations listed in the Annex".
MEMBERS_ELSEWHERE = re.compile(
    r"\b(?:its|their)\s+(?:\d{1,3}\s+)?(?:member\s+organi[sz]ations|members|partners)(?![a-z])|"
    r"\b(?:listed|named|set\s+out|given)\s+in\s+(?:the\s+)?(?:annex|appendix)\b|\bsee\s+(?:the\s+)?(?:annex|appendix)\b"
    r"|\bsignator(?:y|ies)\s+below\b|\bsigned\s+below\b|\blisted\s+in\s+the\s+table\s+below\b",
    re.I,
)
#: A sentence naming them, in a note or an annex: "The members of the Egyptian Coalition for the Rights of the
#: Child are: Egyptian Coalition … (ECRC), Cairo; Hope Village Society, Cairo; …".
_MEMBERS_ARE = re.compile(
    r"\bthe\s+members\s+of\s+(?:the\s+)?[^:\n]{3,120}?\s+(?:are|include)\s*:\s*(?P<list>.{20,3000}?)\.[ \t]*(?:\n|$)",
    re.I | re.S,
)
#: An annex listing the members: "Annex – Member organisations of the … Coalition endorsing this submission".
_MEMBERS_ANNEX = re.compile(r"(?im)^[ \t]*(?:annex|appendix)\b[^\n]{0,40}\bmembers?\b[^\n]*\n(?:[ \t]*[a-z][^\n]{0,60}\n)?")
#: An entry of a list: numbered, or after a bullet, Word's default bullet in a PDF (U+F0B7) and Google Docs' "●"
#: among them.
_LIST_ENTRY = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[•\-–*\uf0b7●▪◦‣·■➢])[ \t]+(?P<entry>\S[^\n]*)$")
#: A line that groups the entries under it: a region ("Baja California", "Ciudad de México").
_GROUP_HEADING = re.compile(r"[A-ZÀ-Ý][^\W\d_]*(?:[ \-][^\W\d_]+){0,4}:?")
#: A page's number at its foot: "Page 4 of 5", "– 4 –", "4/5".
_PAGE_NUMBER = re.compile(r"(?i:page\s+)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—]")


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
        return table_members(text) or signatory_members(text)
    entries = _list_entries(_lines_from(text, m.end()))
    return (_named_members_in(entries) or []) if len(entries) >= 2 else []


#: A table's cell that is a member named with its abbreviation: "Arua District NGO Network (ADNN)".
_MEMBER_CELL = re.compile(r"[A-Z][^\t()\n]{2,120}?\s*\([A-Z][A-Za-z&\-]{1,11}\)")


def table_members(text: str) -> list[str]:
    """The members a joint submission lists in a table of names with their abbreviations, a row a line and its
    cells between tabs ("Action for Rural Women's Empowerment (ARWE)⇥Mubende Farmers' Voice (MFV)", the Ugandan
    set's 60 members "listed in the table below"): column by column, as the table is read; [] where no run of
    five rows or more is such a table."""
    best: list[list[str]] = []
    run: list[list[str]] = []
    for line in [*text.split("\n"), ""]:
        cells = [c.strip() for c in line.split("\t")]
        if "\t" in line and all(_MEMBER_CELL.fullmatch(c) for c in cells if c) and any(cells):
            run.append([c for c in cells if c])
            continue
        if len(run) > len(best):
            best = run
        run = []
    if len(best) < 5:
        return []
    width = max(len(row) for row in best)
    return [row[c] for c in range(width) for row in best if c < len(row)]


#: The line a submission's signatures follow: "Signed on behalf of the coalition, 10 July 2023:".
_SIGNED = re.compile(r"(?im)^[ \t]*(?:signed|endorsed)\s+(?:on\s+behalf\s+of|by)\b[^\n]*:?[ \t]*$")


def signatory_members(text: str) -> list[str]:
    """The members that sign a joint submission at its end, each block opening with its logo's abbreviation and its
    name, in capitals or not, maybe in two languages and wrapped, then its address ("PKM PUSAT KEBEBASAN MEDIA ·" /
    "Centre for Media Freedom" / "No. 14, Jalan SS 2/72 …"; "LCF LCF | LAWYERS FOR CIVIC" / "FREEDOM"): "Pusat
    Kebebasan Media – Centre for Media Freedom (PKM)", "Lawyers for Civic Freedom (LCF)"; [] where fewer than two
    sign so."""
    m = _SIGNED.search(text)
    if m is None:
        return []
    lines = [line.strip() for line in text[m.end() :].split("\n") if line.strip()]
    found: list[str] = []
    k = 0
    while k < len(lines):
        head = re.match(r"([A-Z][A-Z&\-]{1,7})\s+(.+)$", lines[k])
        if head is None:
            k += 1
            continue
        abbr = head.group(1)
        rest = re.sub(rf"^{re.escape(abbr)}\s*[|·•]?\s*", "", head.group(2)).strip(" |·•")
        parts = [x.strip() for x in re.split(r"\s*[|·•]\s*", rest) if x.strip()]
        # a name wrapped onto the next line in capitals ("LAWYERS FOR CIVIC" / "FREEDOM"), or its other language's
        # on the next line ("Centre for Media Freedom")
        if k + 1 < len(lines) and (lines[k + 1].isupper() or (parts and not re.search(r"\d|@|www\.|\.(?:org|com|my)\b", lines[k + 1])
                                                             and len(lines[k + 1].split()) <= 6 and lines[k + 1][:1].isupper())):
            nxt = lines[k + 1].strip(" |·•")
            if parts and lines[k + 1].isupper() and not spells(name_words(parts[-1]), abbr):
                parts[-1] = f"{parts[-1]} {nxt}"
                k += 1
            elif not lines[k + 1].isupper() and not re.match(r"[A-Z][A-Z&\-]{1,7}\s", lines[k + 1]):
                parts.append(nxt)
                k += 1
        spelled = [x for x in parts if spells(name_words(x), abbr)]
        if spelled:
            names = [as_written(x) for x in parts if not _ADDRESS.search(x)]
            found.append(f"{' – '.join(dict.fromkeys(names))} ({abbr})")
        k += 1
    return found if len(found) >= 2 else []


#: An address's words, in a signature's block.
_ADDRESS = re.compile(r"\d|@|www\.|\b(?:jalan|street|road|suite|lot|block|plaza)\b", re.I)


def _lines_from(text: str, start: int) -> list[str]:
    """The lines of ``text`` from ``start`` on, without the running headers and footers of the pages they run
    over ("Joint submission – Civic UPR Coalition of Kyrgyzstan – page 1")."""
    furniture = {a for a, _ in left_out_lines(text)}
    lines, at = [], start
    for line in text[start:].split("\n"):
        if at not in furniture:
            lines.append(line)
        at += len(line) + 1
    return lines


def _list_entries(lines: list[str]) -> list[str]:
    """The entries of a list of members, one a line: numbered or after bullets, under headings that group them
    ("Chiapas" / "• Centro … (CDHTT), San Cristóbal de Las Casas"), an entry wrapped onto the next line where it
    breaks off ("… (CEJUPDO)," / "Guadalajara"), over a page break and its page number; up to an empty line or
    a line that is none of these."""
    entries: list[str] = []
    for k, line in enumerate(lines):
        text = line.replace("\f", "").strip()
        if not text or _PAGE_NUMBER.fullmatch(text):
            if entries and "\f" not in line and not _PAGE_NUMBER.fullmatch(text) and not _page_break_next(lines[k + 1 :]):
                break  # an empty line ends the list, but on a page's foot
            continue
        entry = _LIST_ENTRY.match(line.replace("\f", ""))
        if entry is not None:
            entries.append(entry.group("entry").strip())
        elif entries and _breaks_off(entries[-1]):
            entries[-1] = f"{entries[-1]} {text}"
        elif not _GROUP_HEADING.fullmatch(text):
            break
    return entries


def _page_break_next(lines: list[str]) -> bool:
    """The next line that is not empty is a page break or a page's number."""
    for line in lines:
        if "\f" in line or _PAGE_NUMBER.fullmatch(line.strip()):
            return True
        if line.strip():
            return False
    return False


def _breaks_off(entry: str) -> bool:
    """An entry goes on on the next line: its abbreviation has not come yet, or it ends with a comma, a hyphen
    or a small word ("Tlapa de")."""
    last = entry.split()[-1].lower() if entry.split() else ""
    return not re.search(r"\([A-Z][A-Za-z&\-]{1,9}\)", entry) or entry.endswith((",", "-", "–")) or last in SMALL_WORDS


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


def cover_members(head: str, text: str, by: re.Match[str], who: str) -> list[str]:
    """The members of a joint submission whose cover names who sent it (``by``, its line; ``who``, its words
    with the lines they were wrapped onto): listed with their abbreviations under that line, else in an annex or
    a note where the cover points to one ("… and its member organisations¹", "submitted on behalf of 34
    organizations listed in the Annex": the coalition that sent it first, as the summaries list it), else the
    names the line gives; where the cover points to a list that cannot be read, only the coalition."""
    members = named_members(head[by.start() :]) or _numbered_members(_lines_from(text, by.start()))
    if members and not re.search(r"\(", members[0]) and (lead := _lead(who, "")) is not None:
        members.insert(0, lead)  # "Submitted by the Civic UPR Coalition of Kyrgyzstan, a coalition of 40 …:"
    if not members and MEMBERS_ELSEWHERE.search(head[by.start() : by.end() + 300]):
        members = annex_members(text)
        lead = _lead(who, head[by.end() :])
        if lead is not None and not any(lead.casefold() in m.casefold() for m in members):
            members.insert(0, lead)
    elif not members:
        members = member_list(who)
    coalition = COALITION.search(head[: by.start()])
    if coalition is not None and members and coalition.group(1) not in members:
        members.insert(0, re.sub(r"\s+", " ", coalition.group(1)))  # the coalition first, as the summaries list it
    return members


def _numbered_members(lines: list[str]) -> list[str]:
    """The members a cover numbers under the line naming who sent it, each with its town and wrapped at will
    ("Submitted by the Civic UPR Coalition …, a coalition of 40 civil" / "society organisations:" / "1. Ak-Bulak
    Rural Women’s" / "Association, Naryn" / "2. …"), as written; none where fewer than three are numbered so."""
    colon = next((k for k, line in enumerate(lines[:3]) if line.rstrip().endswith(":")), None)
    if colon is None:
        return []
    entries: list[str] = []
    for line in lines[colon + 1 :]:
        text = line.replace("\f", "").strip()
        if (not text and "\f" in line) or _PAGE_NUMBER.fullmatch(text):
            continue  # a page break, and its page's number
        numbered = re.match(r"(\d{1,2})[.)][ \t]+(\S.*)", text)
        if numbered is not None and int(numbered.group(1)) == len(entries) + 1:
            entries.append(numbered.group(2))
        elif entries and text and ("," not in entries[-1] or entries[-1].endswith((",", "-"))) and len(text) < 60:
            entries[-1] += text if entries[-1].endswith("-") else f" {text}"  # "Jalal-" / "Abad"
        else:
            break
    return [re.sub(r"\s+", " ", e).strip(" ;,.") for e in entries] if len(entries) >= 3 else []


def _lead(who: str, after: str) -> str | None:
    """The one organization that sent a joint submission on behalf of its members, as the cover names it ("the
    Platform of Civil Society Organizations for the UPR (Plataforma EPU-MX)", "the Bata Muna Coalition for Child
    Rights and its member organisations¹", "the People’s Forum on Economic and Social Rights" with "(PFESR) – a
    coalition of 14 organisations …" on the next line); None where the words are no such name."""
    lead = re.sub(r"^the\s+", "", who, flags=re.I)
    bracket = re.match(r"[ \t]*\n[ \t]*(\([A-Z][\w&\-]{1,15}\))", after)
    if bracket is not None and not lead.endswith(")"):
        lead = f"{lead} {bracket.group(1)}"
    lead = re.split(r"\s+and\s+(?:its|their)\b|,?\s+(?:submitted\s+)?on\s+behalf\s+of\b|,\s+an?\s+[a-z]", lead, maxsplit=1,
                    flags=re.I)[0]
    lead = re.sub(r"[\d¹²³⁴⁵⁶⁷⁸⁹⁰*]+$", "", lead).strip(" ,;.")
    if re.fullmatch(r"[A-Z][^();:]{2,150}\([A-Z][A-Za-z&\-]{1,11}\)", lead) and re.search(rf"\b{COALITION_WORD}", lead):
        return lead  # "Madhesi, Tharu and Marginalised Communities Alliance (MTMCA)": a coalition's name with commas
    if re.search(r"[;,:]", lead) or not (re.search(r"\([A-Z][^()]{1,20}\)$", lead) or re.search(rf"\b{COALITION_WORD}", lead)):
        return None
    return lead


def unknown_members(st: SummaryStakeholder, head: str) -> str | None:
    """Why the members of a joint submission are not known (for the draft's warnings: the list of stakeholders
    names it "Joint submission 1" alone, or its coalition alone), given its cover page ``head``; None where they
    are known or it is no joint submission."""
    if st.kind != "joint":
        return None
    if not st.guessed:
        return None if st.members else "its members are not known: the manifest names none (its 'members' column)"
    if not st.members:
        return ("its members are not known: neither its cover nor an annex names them; give them in --stakeholders "
                "(the 'members' column)")
    elsewhere = MEMBERS_ELSEWHERE.search(head)
    if len(st.members) == 1 and elsewhere is not None:
        return (f"its cover says its members are listed elsewhere (\"{elsewhere.group(0)}\"), but that list could not "
                f"be read, only {st.members[0]}; give them in --stakeholders (the 'members' column)")
    return None


#: A town: one to three capitalised words, none an organisation's ("Belgrade", "Novi Sad", "Rio de Janeiro").
_A_PLACE = re.compile(
    r"(?!.*\b(?:Network|Centre|Center|Association|Foundation|Committee|Coalition|Alliance|Union|Council|Forum|"
    r"Institute|Initiative|Movement|Group|Society|Federation|Organi[sz]ation|Clinic|League|Fund|Trust)\b)"
    r"[A-Z][\w’'\-]+(?:\s+(?:de|del|do|da|na|el|al)?\s*[A-Z][\w’'\-]+){0,2}"
)


def member_list(who: str) -> list[str]:
    """The members of a joint submission named on its cover ("Submitted by the Coalition …: A, B, C and 24 other
    organizations"): split at commas and semicolons (where semicolons part them, without the places after an
    abbreviation), at "and" only before the last (a member's own name may hold "and": "… Bureau for Human Rights
    and Rule of Law"), without the coalition's own label before a colon or a count of others."""
    label = ""
    if ":" in who:
        label, who = who.split(":", 1)
        who = re.sub(r"^\s*(?:its\s+)?members?\b\s*(?:are|include)?\s*:?\s*", "", who, flags=re.I)
    if ";" in who:  # "Red de Albergues … (RAMS), Tapachula, Chiapas; …": the town and state after a member's
        who = re.sub(r"(\([A-Z][A-Za-z&\-]{1,11}\))\s*,[^;]*", r"\1", who)  # abbreviation are no members
    parts = [w.strip() for w in re.split(r"\s*;\s*|,\s*", who)]
    if parts and not re.match(r"and\s", parts[-1]):  # after a serial comma ("…, and the Center for Family and
        # Human Rights") the last part is one name; else it holds the last two, split at its first "and"
        parts[-1:] = re.split(r"\s+and\s+(?:the\s+)?(?=[A-Z0-9])", parts[-1], maxsplit=1)
    parts = [re.sub(r"^(?:and\s+)?(?:the\s+)?", "", w).strip() for w in parts]
    # "the Women's Safe House Network (WSHN), Belgrade, and the Autonomous Women's Centre Kragujevac (AWCK),
    # Kragujevac": a town after a member's abbreviation is its place, no member
    placed: list[str] = []
    for w in parts:
        if placed and re.search(r"\([A-Z][A-Za-z&\-]{1,11}\)$", placed[-1]) and _A_PLACE.fullmatch(w):
            placed[-1] = f"{placed[-1]}, {w}"
        else:
            placed.append(w)
    members = [w for w in placed if len(w) > 2 and not re.match(r"^(?:\d+|some|several|many)\s+other\b", w, re.I)]
    # "the Coalition for the Rights of Women and Children in Nigeria (CRWCN): members …": the coalition first
    coalition = re.sub(r"^(?:the\s+)", "", label.strip(), flags=re.I)
    if re.match(COALITION_WORD, coalition, re.I):
        members.insert(0, coalition)
    return members
