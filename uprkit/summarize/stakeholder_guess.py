"""Who a submission is from, where no manifest says: the abbreviation and name from the file name and the
cover page ("JS3_Coalition-on-Land.pdf", "Joint Submission 3", "… (the Coalition)"), the members of a joint
submission (on the cover, in a cover note or an annex), and whether it is a national human rights institution.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from uprkit.countries import by_code, lookup
from uprkit.model import Document, StakeholderKind
from uprkit.summarize.institutions import is_nhri_name, is_regional_name
from uprkit.summarize.model import SummaryStakeholder

#: Regional bodies whose organs' reports OHCHR lists as attachments of the body's one submission.
ATTACHING_BODIES = ("CoE",)


def attaching_body(abbreviation: str) -> str | None:
    """ "CoE-ECRI" -> "CoE": the regional body an organ's report is attached to (None for anything else)."""
    for body in ATTACHING_BODIES:
        if abbreviation.casefold().startswith(body.casefold() + "-") and len(abbreviation) > len(body) + 1:
            return body
    return None


_JS = re.compile(r"^(?:JS|Joint[\s_-]*Submission)[\s_-]*(\d{1,3})(?![0-9])", re.I)  # "JS3_Coalition-on-Land"
#: A joint submission's number on its cover: "JOINT SUBMISSION 3 (JS3)", "Joint Submission No. 12", "(JS 4)".
_JS_COVER = re.compile(r"(?im)^[ \t]*joint\s+(?:stakeholder\s+)?submission\s+(?:no\.?\s*)?(\d{1,3})\b|\(JS\s?(\d{1,3})\)")
#: A joint submission's members listed on its cover ("Members of the Coalition: …", "Member organisations: …").
_MEMBERS_LINE = re.compile(
    r"(?m:^[ \t]*)(?:members(?:\s+of\s+the\s+[\w ]{2,40}?)?|member\s+organi[sz]ations?)\s*:\s*(?P<who>[^\n]{3,600})", re.I
)
#: The first word of a coalition's name ("Coalition for the Rights of Children", "Network of …").
_COALITION_WORD = r"(?:Coalition|Network|Alliance|Platform|Forum|Consortium|Group)\b"
#: A coalition's name on a joint submission's cover: "Coalition on Land and Indigenous Peoples' Rights in Kenya (CLIPRK)".
_COALITION = re.compile(
    rf"(?m)^[ \t]*(?:the\s+)?({_COALITION_WORD}[^\n()]{{3,120}}?\s*\([A-Z][A-Za-z&\-]{{1,11}}\))[ \t]*$"
)
#: What a cover says the paper is before the sender's name: "Contribution of the Horn and East Africa …".
_PAPER_OF = re.compile(
    r"^(?:(?:joint\s+|written\s+)?(?:contribution|submission|report|information|comments|communication)\s+(?:of|by|from)\s+(?:the\s+)?)",
    re.I,
)
_ABBR = re.compile(r"^([A-Z][A-Za-z0-9&\-]{0,14}?)(?:[\s_\-.]+(?:UPR|submission|report|\d{4}|[a-z]).*)?$")


def guess_stakeholder(path: Path, doc: Document) -> SummaryStakeholder:
    """A stakeholder from the file name and the cover page, with every guessed field named."""
    stem = path.stem.strip()
    head = doc.text[:3000]
    guessed = ["abbreviation"]
    kind: StakeholderKind = "ngo"
    name: str | None = None
    members: list[str] = []
    m = _JS.match(stem)
    numbered = _JS_COVER.search(head[:1500])
    if m:
        abbr = f"JS{int(m.group(1))}"
        kind = "joint"
        guessed.append("kind")
    else:
        abbr = abbreviation_from_stem(stem)
        stands_for = spelled_out(abbr, head) if re.fullmatch(r"[A-Z]{2,4}", abbr) else None
        if stands_for is not None and lookup(stands_for) is not None:
            # "Akyikatchy_KR_UPR4_report.pdf" with "Kyrgyz Republic" on the cover: "KR" is the State's
            abbr = abbreviation_from_stem(re.sub(rf"(?<![A-Za-z]){abbr}(?![A-Za-z])", " ", stem))
        if numbered or _JOINT_COVER.search(head[:1500]) or re.match(r"joint[\s_\-]*submission", stem, re.I):
            kind = "joint"
            guessed.append("kind")
            # as its cover numbers it, else numbered by load_submissions: UN summaries call every joint submission JS<n>
            abbr = f"JS{int(numbered.group(1) or numbered.group(2))}" if numbered else "JS"
        # an accredited NHRI gets a section of its own: that is never guessed, only read from the manifest
    by = re.search(r"(?m:^[ \t]*)(?:submitted|prepared|joint\s+submission)\s+by\s*:?\s*(?P<who>[^\n]{3,300})", head, re.I)
    if by is None and kind == "joint":
        by = _MEMBERS_LINE.search(head)
    if by:
        who = _wrapped(by.group("who"), head[by.end() :])
        who = re.sub(r"\s+", " ", who).strip().rstrip(".")
        if kind == "joint":
            members = _named_members(head[by.start() :]) or (
                _annex_members(doc.text) if _MEMBERS_ELSEWHERE.search(head[by.start() : by.end() + 120]) else []
            ) or member_list(who)
            coalition = _COALITION.search(head[: by.start()])
            if coalition is not None and members and coalition.group(1) not in members:
                members.insert(0, re.sub(r"\s+", " ", coalition.group(1)))  # the coalition first, as the summaries list it
            guessed.append("members")
        else:
            name = who
            guessed.append("name")
    if name is None and kind != "joint":
        cover = _site_name(doc) or _cover_line(head)
        if cover is not None and cover.upper() != abbr.upper() and (
            abbr.upper() in cover.upper().split() or _spells(cover.split(), abbr)
        ):
            name = cover  # "ADF International" for ADF, "Human Rights Watch" for HRW
        else:  # a site named "CEPLEX" is no name for CEPLEX: the text may spell it out
            name = spelled_out(abbr, head) or cover
        if name is not None:
            guessed.append("name")
    if kind == "joint" and name is None:
        name = f"Joint submission {abbr[2:]}" if abbr.startswith("JS") and abbr[2:] else None
    named = (
        re.search(rf"\b((?i:{re.escape(abbr)})(?:[ \t]+[A-Z][\w'’&\-]*){{0,3}})\s*\(([A-Z][A-Za-z]{{1,7}})\)", head)
        if " " in abbr else None
    )
    if named is not None and _spells(named.group(1).split(), named.group(2)):
        # "Manabadhikar_Sangstha_….pdf" and "Manabadhikar Sangstha (MS)" in the text, "Kalamu_Media_Defence_….txt"
        # and "Kalamu Media Defence Network (KMDN)": the name and its abbreviation
        full = _as_written(re.sub(r"\s+", " ", named.group(1)))
        name = full if name is None or len(full) > len(re.sub(r"\s*\([^()]*\)\s*$", "", name)) else name
        abbr = named.group(2)
    elif " " in abbr and kind != "joint" and (on_cover := _cover_abbreviation(head)) is not None:
        # "Consejo Maya Peninsular - UPR Mexico 2023.txt" and "CONSEJO REGIONAL INDIGENA MAYA DE LA PENINSULA
        # (CRIMP)" as the cover's line: the name with its abbreviation on the cover, not the file's words
        name, abbr = on_cover
    written = re.search(rf"\(\s*({re.escape(abbr)})\s*\)", head, re.I)
    if written and abbr.islower() and written.group(1).isupper():
        abbr = written.group(1)  # "nderw_upr_submission.txt" and "(NDERW)" on the cover
        if name is None or name.lower().endswith(f"({abbr.lower()})"):
            name = spelled_out(abbr, head) or name
    if kind == "ngo" and is_regional_name(f"{abbr} {name or ''}"):
        kind = "regional"
        guessed.append("kind")
    parent = attaching_body(abbr)
    if parent is not None:  # "CoE-ECRI.pdf": an organ's report, attached to the Council of Europe's submission
        kind = "regional"
        guessed += ["kind", "parent"]
    if name is not None:
        # "Bangladesh Human Rights Defence (BHRD)": the abbreviation is printed beside the name, not in it
        name = re.sub(rf"\s*\(\s*{re.escape(abbr)}\s*\)\s*$", "", name, flags=re.I) or name
        name = _PAPER_OF.sub("", name) or name  # "Contribution of the Horn and East Africa Regional …"
    return SummaryStakeholder(
        abbreviation=abbr, name=name, kind=kind, members=members, parent=parent, files=[path.name], guessed=guessed
    )


#: The small words inside an organization's name ("Bureau for Human Rights and Rule of Law").
_SMALL_WORDS = ("of", "for", "and", "the", "on", "in", "against", "de", "du", "des", "la", "le", "les", "et", "pour",
                "el", "del", "y", "por", "los", "las", "da", "do", "dos", "das", "e", "para", "en", "con",
                # Filipino: "Kabataan Laban sa Pang-aabuso", "Samahan ng mga Manggagawa"
                "sa", "ng", "mga", "ang")
_SMALL = frozenset(_SMALL_WORDS)
_NAME_WORD = rf"(?:[A-Z][\w'’&\-]*|{'|'.join(_SMALL_WORDS)})"
#: Cover-page lines that say what the paper is, not who sent it.
_NOT_A_NAME = re.compile(
    r"submission|universal periodic review|\bUPR\b|report|session|recommendation|introduction|contents|summary|"
    r"background|cycle|stakeholder|working group|human rights council|skip\s+to\s+(?:main\s+)?content",
    re.I,
)


#: File-name words that say what the paper is or whom it is about, not who sent it.
_GENERIC_STEM_WORD = re.compile(
    r"^(?:UPR\d*|submission|stakeholders?|joint|report|information|contribution|final|draft|version|v\d+|en|eng|"
    r"english|cycle|session|\d+(?:st|nd|rd|th)?|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|"
    r"february|march|april|june|july|august|september|october|november|december|the|of|on|for|and|to|in)$",
    re.I,
)


#: A member named with its abbreviation in a joint submission's list: "Jumma Peoples’ Rights Network (JPRN)".
_NAMED_MEMBER = re.compile(rf"(?<![\w’'])([A-Z][\w’'&\-]*(?:[ \t]+{_NAME_WORD}){{0,10}})[ \t]*\(([A-Z][A-Za-z&\-]{{1,9}})\)")


def _named_members(block: str) -> list[str]:
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
_MEMBERS_ELSEWHERE = re.compile(
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


def _annex_members(text: str) -> list[str]:
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
        name = re.sub(rf"^(?:(?:the|{'|'.join(_SMALL_WORDS)})\s+)+", "", m.group(1).strip(), flags=re.I)
        found.append(f"{name} ({m.group(2)})")
    return found


def _wrapped(line: str, after: str) -> str:
    """A cover line with the lines it was wrapped onto ("Joint submission by the Religious Freedom Forum" /
    "Central Asia, Rainbow Central Asia and the" / "Human Rights Defenders Network of Uzbekistan"): short lines
    without a full stop, up to a title line ("Submission to the Universal Periodic Review …")."""
    out = line.rstrip()
    for nxt in after.lstrip("\r\n").splitlines()[:3]:
        nxt = nxt.strip()
        if (not nxt or len(nxt) > 60 or out.endswith((".", ";", ":")) or "." in nxt.rstrip(".")
                or _NOT_A_NAME.search(nxt) or re.match(r"^(?:[IVX]+|\d+|[A-Z])\.\s", nxt)
                or re.search(r"\d|:|@", nxt) or _is_place(nxt)):
            break  # not an address ("Almaty, Kazakhstan"), a date or a contact line
        out = f"{out} {nxt}"
    return out


def _is_place(line: str) -> bool:
    """ "Almaty, Kazakhstan", "Geneva, Switzerland": a town and a State."""
    *_, last = line.rsplit(",", 1) if "," in line else ("", "")
    return bool(last.strip()) and lookup(last.strip()) is not None


def looks_like_nhri(st: SummaryStakeholder) -> bool:
    """The stakeholder's name or abbreviation is one national human rights institutions bear, in any of the UN's
    languages ("Comisión Nacional de los Derechos Humanos", "Défenseur des droits"); never a regional body's
    ("Inter-American Commission on Human Rights")."""
    return st.kind not in ("regional", "un", "state") and is_nhri_name(f"{st.abbreviation} {st.name or ''}")


def abbreviation_from_stem(stem: str) -> str:
    """The stakeholder's abbreviation from a file name: the stem where it looks like one ("AI", "HRW_UPR_2009",
    "CoE-ECRI"), else the first acronym among its words, else its first word that names neither the paper nor
    the State ("UPR_Uzbekistan_Oydin_WomensRights" → "Oydin", "Ombudsman_Uzbekistan_UPR30_information" →
    "Ombudsman")."""
    m = _ABBR.match(stem)
    if m and not _GENERIC_STEM_WORD.match(m.group(1)) and lookup(m.group(1)) is None:
        return m.group(1)
    words = [w for w in re.split(r"[\s_.\-]+", stem) if w]
    of_a_state: set[int] = set()  # the words of a State's name of several words ("Sri Lanka", "Costa Rica")
    for i in range(len(words)):
        for n in (5, 4, 3, 2):
            if i + n <= len(words) and lookup(" ".join(words[i : i + n])) is not None:
                of_a_state.update(range(i, i + n))
                break
    kept = [
        w for i, w in enumerate(words)
        if i not in of_a_state and not _GENERIC_STEM_WORD.match(w) and lookup(w) is None
        and not (w.isupper() and len(w) == 3 and by_code(w))
    ]
    if len(kept) == len(words):  # nothing but a name: "CoE-Commissioner", "Broken_Chalk"
        return re.sub(r"_+", " ", stem).strip()[:30]
    acronym = next((w for w in kept if re.fullmatch(r"[A-Z][A-Z0-9&]{1,11}", w)), None)
    if acronym is not None:
        return acronym
    # the first run of name words in the stem ("Human_Rights_Watch_Kazakhstan" → "Human Rights Watch",
    # "Article_19_UPR" → "Article 19"), up to a word run together ("Oydin_WomensRights" → "Oydin")
    run: list[str] = []
    for w in words:
        name_word = w in kept and w[:1].isupper() and not re.search(r"[a-z][A-Z]", w)
        if name_word or (run and w.isdigit() and len(run) == 1):  # "Article 19"
            run.append(w)
        elif run:
            break
    if run:
        return " ".join(run[:4])
    word = next((w for w in kept if w[:1].isupper()), kept[0] if kept else "")
    return word[:20] or re.sub(r"\W+", "", stem)[:15] or "X"


#: A joint submission says so on its cover: a line that opens "Joint submission" ("Joint submission by …",
#: "Joint Submission 3"), not a mention in the text ("In the joint submission by HRW to the last review").
_JOINT_COVER = re.compile(r"(?im)^[ \t]*(?:a\s+)?joint\s+(?:stakeholder\s+)?(?:submission|report)\b")


def spelled_out(abbr: str, text: str) -> str | None:
    """The name ``abbr`` stands for in ``text``: written before it in brackets ("Kazakhstan International Bureau
    for Human Rights and Rule of Law (KIBHR)"), or a run of capitalised words whose initials spell it
    ("Amnesty International" for AI, "Human Rights Watch" for HRW); None where the text does not give it."""
    if len(abbr) < 2 or not abbr[0].isalpha():
        return None
    m = re.search(rf"((?:[A-Z][\w'’&\-]*)(?:(?:[ \t]+|[ \t]*\n[ \t]*){_NAME_WORD}){{0,16}}?)\s*\(\s*(?i:{re.escape(abbr)})\s*\)", text)
    if m and lookup(m.group(1).strip()) is not None:
        # "The National Human Rights Commission, Bangladesh (NHRC)": the State after a comma ends the name
        before = re.search(rf"((?:[A-Z][\w'’&\-]*)(?:[ \t]+{_NAME_WORD}){{0,12}}),[ \t]*$", text[: m.start(1)])
        if before is None:
            return None  # a State's name is no submitter's
        words = _name_words(before.group(1))
        return _as_written(f"{' '.join(words)}, {m.group(1).strip()}") if _spells(words, abbr) else None
    if m:
        words = _name_words(m.group(1))
        # the name ends at the bracket; it starts where the initials begin to spell the abbreviation, or at the
        # line's (or sentence's) start
        for i in range(len(words)):
            if _spells(words[i:], abbr):
                return _as_written(" ".join(words[i:]))
        # a name with its place after a comma: "The Law and Society Forum, Jaffna (LSFJ)"
        before = re.search(rf"((?:[A-Z][\w'’&\-]*)(?:[ \t]+{_NAME_WORD}){{0,12}}),[ \t]*$", text[: m.start(1)])
        if before is not None:
            first = _name_words(before.group(1))
            for i in range(len(first)):
                if _spells([*first[i:], *words], abbr):
                    return _as_written(f"{' '.join(first[i:])}, {' '.join(words)}")
        # else the name is its line, with the lines before where the name was wrapped ("… FOR\nHUMAN RIGHTS")
        lines = [ln.strip() for ln in m.group(1).split("\n") if ln.strip()]
        name = lines.pop() if lines else ""
        while lines and (lines[-1].split()[-1].lower() in _SMALL or name.split()[0].lower() in _SMALL - {"the"}):
            name = f"{lines.pop()} {name}"
        return _as_written(name) or None
    letters = abbr.upper()
    for m in re.finditer(rf"\b[A-Z][\w'’&\-]*(?:\s+{_NAME_WORD}){{0,12}}", text):
        words = m.group(0).split()
        for i in range(len(words)):
            if words[i][0].isupper() and words[i].lower() not in _SMALL:
                for j in range(len(words), i, -1):
                    last = words[j - 1]
                    if last[0].isupper() and last.lower() not in _SMALL and _spells(words[i:j], letters) and j - i >= 2:
                        if j + 1 < len(words) and words[j].lower() == "of" and lookup(words[j + 1]) is not None:
                            j += 2  # "NATIONAL HUMAN RIGHTS COMMISSION OF" / "NIGERIA": the State is the name's
                        return _as_written(" ".join(words[i:j]))
    return None


def _name_words(text: str) -> list[str]:
    """The words of a name written before its abbreviation, without the small words it starts with ("the")."""
    words = text.split()
    while words and words[0].lower() in _SMALL | {"a", "an"}:
        words.pop(0)
    return words


def _as_written(name: str) -> str:
    """A name in capitals in title case ("THE AUTHORIZED PERSON OF THE OLIY MAJLIS" → "Authorized Person of the
    Oliy Majlis"), without a leading "the"."""
    if name.isupper() and len(name) > 6:
        name = " ".join(
            w if re.fullmatch(r"\([A-Z0-9&\-]+\)", w) else w.lower() if w.lower() in _SMALL else w.capitalize()
            for w in name.split()
        )
    return re.sub(r"^(?:the|The|THE)\s+", "", name)


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w[0].isupper() and w.lower() not in _SMALL).upper()


def _spells(words: Sequence[str], abbr: str) -> bool:
    """The initials of ``words`` are ``abbr``, a hyphenated word giving one initial or one for each of its parts
    ("Inter-American Commission on Human Rights": ICHR or IACHR)."""
    return abbr.upper() in {_initials(words), _initials([p for w in words for p in w.split("-") if p])}


def _site_name(doc: Document) -> str | None:
    """A web page's site, as the end of its title gives it ("Sri Lanka: UPR submission highlights … – Asia
    Press Freedom Network")."""
    if doc.format != "html":
        return None
    m = re.search(r"\s[–—|·]\s+([^–—|·]{3,80})$", doc.metadata.get("title", ""))
    if m is None:
        return None
    site = m.group(1).strip()
    return site if not _NOT_A_NAME.search(site) and lookup(site) is None and not re.search(r"\d", site) else None


def _cover_line(head: str) -> str | None:
    """The first cover-page line, where it reads like an organization's name: short, no figures, not a title
    ("Submission to the UPR", "Introduction") and not the name of a State ("KAZAKHSTAN")."""
    for line in head.splitlines()[:6]:
        line = line.strip()
        if not line:
            continue
        if lookup(line) is not None:
            continue  # the State under review, as many covers open
        if len(line.split()) <= 8 and not re.search(r"\d", line) and not _NOT_A_NAME.search(line):
            return _as_written(line) if line.isupper() else line
        return None
    return None


def _cover_abbreviation(head: str) -> tuple[str, str] | None:
    """(name, abbreviation) from a line of the cover's first that is a name and its abbreviation in brackets and
    nothing else ("CONSEJO REGIONAL INDIGENA MAYA DE LA PENINSULA (CRIMP)"), not a title ("Universal Periodic
    Review (UPR)") nor a State's name."""
    lines = [line.strip() for line in head.splitlines() if line.strip()][:8]
    for line in lines:
        m = re.fullmatch(r"(?:(?i:the)\s+)?(?P<name>[A-Z][^()\d]{2,120}?)\s*\((?P<abbr>[A-Z][A-Za-z0-9&\-]{1,11})\)", line)
        if (m is None or _NOT_A_NAME.search(m.group("name")) or lookup(m.group("name")) is not None
                or sum(c.isupper() for c in m.group("abbr")) < 2):
            continue
        return _as_written(re.sub(r"\s+", " ", m.group("name"))), m.group("abbr")
    return None


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
    if re.match(_COALITION_WORD, coalition, re.I):
        members.insert(0, coalition)
    return members
