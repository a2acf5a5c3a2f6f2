"""Who a submission is from, where no manifest says: the abbreviation and name from the file name and the
cover page ("JS3_Coalition-on-Land.pdf", "Joint Submission 3", "… (the Coalition)"), the members of a joint
submission (on the cover, in a cover note or an annex), and whether it is a national human rights institution.
"""

from __future__ import annotations

import re
from pathlib import Path

from uprkit.countries import by_code, lookup
from uprkit.model import Document, StakeholderKind
from uprkit.summarize.institutions import is_nhri_name, is_regional_name
from uprkit.summarize.joint_members import MEMBERS_ELSEWHERE, MEMBERS_LINE, annex_members, cover_members
from uprkit.summarize.joint_members import member_list as member_list  # the tests' and callers' old address
from uprkit.summarize.model import SummaryStakeholder
from uprkit.summarize.org_names import NAME_WORD, SMALL, as_written, initials, name_words, spells

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
#: The cover's line naming who sent the paper: "Submitted by: …", "Prepared by …", "Joint submission of the …".
_BY_LINE = re.compile(
    r"(?m:^[ \t]*)(?:(?:submitted|prepared)\s+by|joint\s+(?:stakeholder\s+)?submission\s+(?:by|of|from)|"
    r"joint\s+(?:stakeholder\s+)?submission(?=\s*:))\s*:?\s*"
    r"(?P<who>[^\n]{3,300})",
    re.I,
)
#: What a cover says the paper is before the sender's name: "Contribution of the Horn and East Africa …".
_PAPER_OF = re.compile(
    r"^(?:(?:joint\s+|written\s+)?(?:contribution|submission|report|information|comments|communication)\s+(?:of|by|from)\s+(?:the\s+)?)",
    re.I,
)
_ABBR = re.compile(r"^([A-Z][A-Za-z0-9&\-]{0,14}?)(?:[\s_\-.]+(?:UPR|submission|report|\d{4}|[a-z]).*)?$")


#: A web page saved under its site's address: "wefm.example.my - Our UPR submission ending child marriage …".
_SITE_STEM = re.compile(r"^([a-z][a-z0-9]{1,9})\.(?:[a-z0-9\-]+\.)*[a-z]{2,6}\s+[-–—|]\s")
#: An institution that says it is the State's NHRI, whatever its name's language ("SUHAKAM submits this report as the
#: national human rights institution of Malaysia" under "Suruhanjaya Hak Asasi Manusia Malaysia").
_SAYS_NHRI = re.compile(r"\b(?:as|is)\s+the\s+(?:country's\s+)?national\s+human\s+rights\s+institution\b", re.I)
#: A submitter that says it is a body of States: "… is an intergovernmental body established in 2009 by the ministries
#: … of the South Asian States".
_SAYS_INTERGOVERNMENTAL = re.compile(
    r"\bis\s+(?:an?\s+)?(?:regional\s+)?inter-?governmental\s+(?:body|organi[sz]ation|institution|forum|agency|"
    r"commission|mechanism)\b", re.I)


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
    generic = False  # a file name that says nothing of its sender
    if m:
        abbr = f"JS{int(m.group(1))}"
        kind = "joint"
        guessed.append("kind")
    else:
        abbr = abbreviation_from_stem(stem)
        generic = _generic_stem(stem) and not _JOINT_COVER.search(head[:1500])
        if generic and (on_cover := _title_sender(head) or _cover_abbreviation(head)) is not None:
            # "submission.html", "UPR_submission_2023.pdf": the file name says nothing; the cover's title "Submission
            # of the Open Media Union (OMU) to …" or "Submission of the Free Press Association to the UPR …" does
            name, abbr = on_cover
            guessed.append("name")
        stands_for = spelled_out(abbr, head) if re.fullmatch(r"[A-Z]{2,4}", abbr) else None
        if stands_for is not None and lookup(stands_for) is not None:
            # "Akyikatchy_KR_UPR4_report.pdf" with "Kyrgyz Republic" on the cover: "KR" is the State's
            abbr = abbreviation_from_stem(re.sub(rf"(?<![A-Za-z]){abbr}(?![A-Za-z])", " ", stem))
        first = _ABBR.match(stem)
        if (first is not None and first.group(1) != abbr and re.fullmatch(r"[A-Z]{2,6}", first.group(1))
                and lookup(first.group(1)) is not None and (spelled := spelled_out(first.group(1), head)) is not None
                and lookup(spelled) is None):
            # "PRC_UPR45_Malaysia_LGBT.txt" with "Pelangi Rights Collective (PRC)" in its text: not China's "PRC"
            abbr = first.group(1)

        if numbered or _JOINT_COVER.search(head[:1500]) or re.match(r"joint[\s_\-]*submission", stem, re.I):
            kind = "joint"
            guessed.append("kind")
            # as its cover numbers it, else numbered by load_submissions: UN summaries call every joint submission JS<n>
            abbr = f"JS{int(numbered.group(1) or numbered.group(2))}" if numbered else "JS"
        # an accredited NHRI gets a section of its own: never guessed from a name alone, only from the manifest or
        # from what the institution says of its accreditation (below)
    by = _BY_LINE.search(head)
    if by is None and kind == "joint":
        by = MEMBERS_LINE.search(head)
    if by:
        who = _wrapped(by.group("who"), head[by.end() :])
        who = re.sub(r"\s+", " ", who).strip().rstrip(".")
        if kind == "joint":
            members = cover_members(head, doc.text, by, who)
            if members:
                guessed.append("members")
        else:
            if "name" in guessed:
                guessed.remove("name")  # the by-line names the sender, over a title
            name = who
            guessed.append("name")
            if generic:  # (a joint submission is not on this path, so its cover does not count here)
                name = as_written(who)
                abbr = _abbreviation_of(name, head)  # "Submitted by: Free Press Association (FPA)"
    elif kind == "joint" and MEMBERS_ELSEWHERE.search(head) and (members := annex_members(doc.text)):
        guessed.append("members")  # "A joint submission by three … organisations (signatories below)"
    if name is None and kind != "joint":
        cover = _site_name(doc) or _cover_line(head)
        if cover is not None and cover.upper() != abbr.upper() and (
            abbr.upper() in cover.upper().split() or spells(cover.split(), abbr)
        ):
            name = cover  # "ADF International" for ADF, "Human Rights Watch" for HRW
        else:  # a site named "CEPLEX" is no name for CEPLEX: the text may spell it out
            name = spelled_out(abbr, head) or cover
        if name is not None:
            guessed.append("name")
            if generic and name != "" and not _cover_named(abbr, name):
                abbr = _abbreviation_of(as_written(name), head)  # a cover's first line "Free Press Association"
    if kind == "joint" and name is None:
        name = f"Joint submission {abbr[2:]}" if abbr.startswith("JS") and abbr[2:] else None
    named = (
        re.search(rf"\b((?i:{re.escape(abbr)})(?:[ \t]+[A-Z][\w'’&\-]*){{0,3}})\s*\(([A-Z][A-Za-z]{{1,7}})\)", head)
        if " " in abbr else None
    )
    if named is not None and spells(named.group(1).split(), named.group(2)):
        # "Manabadhikar_Sangstha_….pdf" and "Manabadhikar Sangstha (MS)" in the text, "Kalamu_Media_Defence_….txt"
        # and "Kalamu Media Defence Network (KMDN)": the name and its abbreviation
        full = as_written(re.sub(r"\s+", " ", named.group(1)))
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
    given = re.search(rf"{re.escape(name)}\s*\(([A-Z][A-Za-z&\-]{{1,11}})\)", head) if name and kind != "joint" else None
    if (given and name and not re.fullmatch(r"[A-Z][A-Z0-9&\-]+", abbr) and given.group(1) != abbr
            and spells(name.split(), given.group(1))):
        # "EcoForum_Bor_UPR_Serbia_2023.docx" and "Eco-Forum Bor (EFB) is a citizens' association …": EFB, not the
        # file name's word "Bor" (which drafted "Bor noted that … in Bor")
        abbr = given.group(1)
    site = _SITE_STEM.match(stem)
    if site is not None and kind != "joint" and name and spells(name_words(name), site.group(1).upper()):
        abbr = site.group(1).upper()  # "wefm.example.my - Our UPR submission …" of Women's Equality Forum Malaysia: WEFM
    if kind == "ngo" and (is_regional_name(f"{abbr} {name or ''}") or _SAYS_INTERGOVERNMENTAL.search(doc.text[:3000])):
        kind = "regional"  # "The South Asian Regional Forum against Trafficking in Persons is an intergovernmental body"
        guessed.append("kind")
    status = None
    if kind == "ngo" and (is_nhri_name(f"{abbr} {name or ''}") or _SAYS_NHRI.search(doc.text[:3000])) and (
            status := accreditation(doc.text[:6000])):
        kind = "nhri"  # "The Commission has been accredited with “A” status by the Global Alliance … since 2005"
        guessed += ["kind", "status"]
    parent = attaching_body(abbr)
    if parent is not None:  # "CoE-ECRI.pdf": an organ's report, attached to the Council of Europe's submission
        kind = "regional"
        guessed += ["kind", "parent"]
    if name is not None:
        # "Bangladesh Human Rights Defence (BHRD)": the abbreviation is printed beside the name, not in it
        name = re.sub(rf"\s*\(\s*{re.escape(abbr)}\s*\)\s*$", "", name, flags=re.I) or name
        name = _PAPER_OF.sub("", name) or name  # "Contribution of the Horn and East Africa Regional …"
    return SummaryStakeholder(
        abbreviation=abbr, name=name, kind=kind, members=members, parent=parent, status=status, files=[path.name],
        guessed=guessed,
    )


#: An institution's accreditation by GANHRI, as it states it: "has been accredited with “A” status by the Global
#: Alliance of National Human Rights Institutions", "has held A status with the Global Alliance …", "The Global
#: Alliance … accredited the Institution with “A” status", "is accredited with “B” status by GANHRI".
_ACCREDITATION = re.compile(
    r"(?:\baccredit\w*|\bheld|\bholds|\bhas)[^.;]{0,40}?[“\"'‘]?\b(?P<a>[ABC])\b[”\"'’]?[\s\-]+status\b[^.;]{0,140}?"
    r"(?:GANHRI|Global\s+Alliance|International\s+Coordinating\s+Committee|Sub-?Committee\s+on\s+Accreditation)"
    r"|(?:GANHRI|Global\s+Alliance)[^.;]{0,160}?\baccredit\w*[^.;]{0,60}?[“\"'‘]?\b(?P<b>[ABC])\b[”\"'’]?[\s\-]+status\b"
)


def accreditation(text: str) -> str | None:
    """The GANHRI status ("A", "B", "C") an institution's text says it holds, or None."""
    m = _ACCREDITATION.search(re.sub(r"\s+", " ", text))
    return None if m is None else (m.group("a") or m.group("b"))


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


def _wrapped(line: str, after: str) -> str:
    """A cover line with the lines it was wrapped onto ("Joint submission by the Religious Freedom Forum" /
    "Central Asia, Rainbow Central Asia and the" / "Human Rights Defenders Network of Uzbekistan"): short lines
    without a full stop, up to a title line ("Submission to the Universal Periodic Review …")."""
    out = line.rstrip()
    for nxt in re.sub(r"^\r?\n", "", after).splitlines()[:3]:  # an empty line ends the name ("Adil Soz" / "" /
        nxt = nxt.strip()  # "Methodology")
        # "Joint submission of the Platform of Civil Society" / "Organizations for the UPR (Plataforma EPU-MX)":
        # a line that closes the name with its abbreviation may hold "UPR"
        closes = re.fullmatch(r"[^()]{2,60}\([A-Z][\w&\- ]{1,20}\)", nxt) and not re.search(
            r"submission|report|session|review|cycle", nxt, re.I)
        if (not nxt or len(nxt) > 60 or out.endswith((".", ";", ":")) or "." in nxt.rstrip(".")
                or (_NOT_A_NAME.search(nxt) and not closes) or re.match(r"^(?:[IVX]+|\d+|[A-Z])\.\s", nxt)
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


def _kept_words(stem: str) -> list[str]:
    """The words of a file name that may name its sender: not the paper's, a State's name (of one word or several:
    "Sri Lanka", "Costa Rica") or code, nor a figure or a download's "(1)"."""
    words = [w for w in re.split(r"[\s_.\-]+", stem) if w]
    of_a_state: set[int] = set()
    for i in range(len(words)):
        for n in (5, 4, 3, 2):
            if i + n <= len(words) and lookup(" ".join(words[i : i + n])) is not None:
                of_a_state.update(range(i, i + n))
                break
    return [
        w for i, w in enumerate(words)
        if i not in of_a_state and not _GENERIC_STEM_WORD.match(w) and lookup(w) is None
        and not (w.isupper() and len(w) == 3 and by_code(w)) and not re.fullmatch(r"\(\d{1,3}\)", w)
    ]


def abbreviation_from_stem(stem: str) -> str:
    """The stakeholder's abbreviation from a file name: the stem where it looks like one ("AI", "HRW_UPR_2009",
    "CoE-ECRI"), else the first acronym among its words, else its first word that names neither the paper nor
    the State ("UPR_Uzbekistan_Oydin_WomensRights" → "Oydin", "Ombudsman_Uzbekistan_UPR30_information" →
    "Ombudsman")."""
    m = _ABBR.match(stem)
    if m and not _GENERIC_STEM_WORD.match(m.group(1)) and lookup(m.group(1)) is None:
        return m.group(1)
    words = [w for w in re.split(r"[\s_.\-]+", stem) if w]
    kept = _kept_words(stem)
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
    m = re.search(rf"((?:[A-Z][\w'’&\-]*)(?:(?:[ \t]+|[ \t]*\n[ \t]*){NAME_WORD}){{0,16}}?)\s*\(\s*(?i:{re.escape(abbr)})\s*\)", text)
    if m and lookup(m.group(1).strip()) is not None:
        # "The National Human Rights Commission, Bangladesh (NHRC)": the State after a comma ends the name
        before = re.search(rf"((?:[A-Z][\w'’&\-]*)(?:[ \t]+{NAME_WORD}){{0,12}}),[ \t]*$", text[: m.start(1)])
        if before is None:
            return None  # a State's name is no submitter's
        words = name_words(before.group(1))
        return as_written(f"{' '.join(words)}, {m.group(1).strip()}") if spells(words, abbr) else None
    if m:
        words = name_words(m.group(1))
        # the name ends at the bracket; it starts where the initials begin to spell the abbreviation, or at the
        # line's (or sentence's) start
        for i in range(len(words)):
            # not from a small word ("Submission of Refugee Rights Nepal (RRN)" is no "of Refugee Rights Nepal")
            if words[i][:1].isupper() and spells(words[i:], abbr):
                return as_written(" ".join(words[i:]))
        # a name with its place after a comma: "The Law and Society Forum, Jaffna (LSFJ)"
        before = re.search(rf"((?:[A-Z][\w'’&\-]*)(?:[ \t]+{NAME_WORD}){{0,12}}),[ \t]*$", text[: m.start(1)])
        if before is not None:
            first = name_words(before.group(1))
            for i in range(len(first)):
                if spells([*first[i:], *words], abbr):
                    return as_written(f"{' '.join(first[i:])}, {' '.join(words)}")
        # else the name is its line, with the lines before where the name was wrapped ("… FOR\nHUMAN RIGHTS")
        lines = [ln.strip() for ln in m.group(1).split("\n") if ln.strip()]
        name = lines.pop() if lines else ""
        while lines and (lines[-1].split()[-1].lower() in SMALL or name.split()[0].lower() in SMALL - {"the"}):
            name = f"{lines.pop()} {name}"
        return as_written(name) or None
    letters = abbr.upper()
    for m in re.finditer(rf"\b[A-Z][\w'’&\-]*(?:\s+{NAME_WORD}){{0,12}}", text):
        words = m.group(0).split()
        for i in range(len(words)):
            if words[i][0].isupper() and words[i].lower() not in SMALL:
                for j in range(len(words), i, -1):
                    last = words[j - 1]
                    if last[0].isupper() and last.lower() not in SMALL and spells(words[i:j], letters) and j - i >= 2:
                        if j + 1 < len(words) and words[j].lower() == "of" and lookup(words[j + 1]) is not None:
                            j += 2  # "NATIONAL HUMAN RIGHTS COMMISSION OF" / "NIGERIA": the State is the name's
                        return as_written(" ".join(words[i:j]))
    return None


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
            return as_written(line) if line.isupper() else line
        return None
    return None


def _generic_stem(stem: str) -> bool:
    """A file name of the paper's words, a State's name or code, figures and a download's "(1)" only
    ("submission", "UPR_submission_2023", "Sri_Lanka_UPR_submission", "KAZ_UPR_submission (1)")."""
    return not _kept_words(stem)


#: A title naming its sender: "Submission of the Free Press Association (FPA) to the UPR of Kazakhstan".
_TITLE_SENDER = re.compile(
    rf"^[ \t]*(?i:joint[ \t]+)?(?i:submission|report|contribution)[ \t]+(?i:of|by|from)[ \t]+(?i:the[ \t]+)?"
    rf"(?P<name>[A-Z][\w'’&\-]*(?:[ \t]+(?:{NAME_WORD}|\d{{1,3}})){{0,10}}?)[ \t]*(?:\((?P<abbr>[A-Z][A-Za-z0-9&\-]{{1,11}})\)[ \t]*)?"
    r"[ \t]+(?i:to|for)[ \t]+(?i:the[ \t]+)?(?i:UPR|Universal|UN\b|United|Human|Office|\d)"
)


#: The UN's own authors of reports, no stakeholder: "Report of the Special Rapporteur on … to the Human Rights Council".
_UN_AUTHOR = re.compile(r"(?i)special rapporteur|independent expert|high commissioner|secretary-general|committee on")


#: A title's line naming its sender under it: "by the Committee to Protect Journalists (CPJ)".
_BY_SENDER = re.compile(
    rf"^[ \t]*(?i:by)[ \t]+(?i:the[ \t]+)?(?P<name>[A-Z][\w'’&\-]*(?:[ \t]+(?:{NAME_WORD}|to|\d{{1,3}})){{0,10}})"
    r"[ \t]*(?:\((?P<abbr>[A-Z][A-Za-z0-9&\-]{1,11})\))?[ \t.]*$"
)


def _title_sender(head: str) -> tuple[str, str] | None:
    """(name, abbreviation) from the cover's title where it names its sender (one of its first six lines:
    "Submission of the Free Press Association to the UPR …", or "by the Committee to Protect Journalists (CPJ)"
    under the title)."""
    for line in [ln for ln in head[:1500].splitlines() if ln.strip()][:6]:
        m = _TITLE_SENDER.match(line) or _BY_SENDER.match(line)
        if (m is None or lookup(m.group("name")) is not None or _NOT_A_NAME.search(m.group("name"))
                or _UN_AUTHOR.search(m.group("name"))):
            continue
        name = as_written(m.group("name"))
        written = m.group("abbr")
        if written and spells(name_words(name), written):
            return name, written
        return name, _abbreviation_of(name, head)
    return None


def _cover_named(abbr: str, name: str) -> bool:
    """Whether the abbreviation is the name's own (it spells it or is in it), not a file name's leftover."""
    return abbr.upper() in name.upper().split() or spells(name_words(name), abbr)


def _abbreviation_of(name: str, head: str) -> str:
    """A sender's abbreviation: the one written after its name ("Free Press Association (FPA)"), else its
    initials where the text writes them as a word (three letters or more: "FPA documented …"), else its name."""
    written = re.search(rf"{re.escape(name)}\s*\(([A-Z][A-Za-z0-9&\-]{{1,11}})\)", head)
    if written and spells(name_words(name), written.group(1)):
        return written.group(1)
    abbr = initials(name_words(name))
    if len(abbr) >= 3 and re.search(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", head):
        return abbr
    return name


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
        return as_written(re.sub(r"\s+", " ", m.group("name"))), m.group("abbr")
    return None
