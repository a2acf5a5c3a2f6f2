"""The list of stakeholders a summary's first endnote gives ("Civil society", "Joint submissions", "National
human rights institution" …): each entry's abbreviation, name, place, member organizations and NHRI status.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from uprkit.model import Stakeholder

LIST_NOTE = re.compile(r"stakeholders listed below have contributed|have contributed information for this summary", re.I)
_GROUPS = [
    (re.compile(r"^Joint submissions?\s*:?", re.I), "joint"),
    (re.compile(r"^Individual submissions?\s*:?", re.I), "ngo"),
    (re.compile(r"^Civil society\s*:?", re.I), "ngo"),
    (re.compile(r"^National human rights institutions?\s*:?", re.I), "nhri"),
    (re.compile(r"^Regional (?:intergovernmental )?organi[sz]ations?(?:\(s\))?\s*:?", re.I), "regional"),
    (re.compile(r"^(?:United Nations|UN) (?:entities|agencies|bodies)\s*:?", re.I), "un"),
    (re.compile(r"^Other(?: stakeholders| submissions)?\s*:", re.I), "other"),
]
_ATTACH_HEAD = re.compile(r"^Attachments?\s*:\s*", re.I)
# "(CoE-CM) Committee of Ministers, …"; not "(2018)12 on the implementation …", a symbol's year run over the line
_ATTACH = re.compile(r"^\((?P<abbr>(?=[^()]*[A-Za-z])[^()]{2,60})\)\s*[-–]?\s*(?P<rest>.*)$")


def fold(s: str) -> str:
    """Case-, accent-, space- and punctuation-insensitive key."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def _split_abbreviation(entry: str, known: frozenset[str] = frozenset()) -> tuple[str, str]:
    """'AI Amnesty International, London' → ('AI', 'Amnesty International, London').

    ``known`` holds the (folded) source names the endnotes cite: the longest entry prefix among them wins.
    """
    toks0 = entry.split()
    whole = " ".join(toks0).rstrip(" ;.,*")
    if 1 < len(toks0) <= 5 and (fold(whole) in known or (len(toks0) == 2 and whole.split()[1].isdigit())):
        # "Forum 18;", "Article 19.": an entry that is a name alone, the one the endnotes cite or one ending in
        # its number
        return whole, ""
    bare0 = [t.strip(",.;:()") for t in toks0]
    for k in range(min(5, len(toks0) - 1), 1, -1):
        if _recurs(toks0, bare0, k):
            return " ".join(toks0[:k]), " ".join(toks0[k:])  # "ADF International ADF International, Geneva"
    for k in range(min(4, len(toks0) - 1), 0, -1):
        if fold(" ".join(toks0[:k])) in known:
            if len(toks0) > k + 2 and toks0[k] == "of" and toks0[k + 1][:1].isupper():
                # "Ombudsperson of Ukraine Ukrainian Parliament Commissioner …": the notes cite "Ombudsperson";
                # the fuller form in the abbreviation column is kept as an alias by the caller
                return " ".join(toks0[:k]), " ".join(toks0[k + 2 :])
            return " ".join(toks0[:k]), " ".join(toks0[k:])
    m = re.match(r"^(?P<abbr>\S.*?)\s{2,}(?P<rest>\S.*)$", entry)
    if m and len(m.group("abbr")) <= 40:
        return m.group("abbr").strip(), m.group("rest").strip()
    toks = entry.split()
    if not toks:
        return entry, ""
    # compound "PTPR/JS3", "Ombudsman/HRORS", or "JS 12"
    if len(toks) >= 2 and re.fullmatch(r"JS", toks[0]) and toks[1].isdigit():
        return toks[0] + " " + toks[1], " ".join(toks[2:])
    # repeated name: "Christian Aid Christian Aid. London", "Broken Chalk The Stichting Broken Chalk",
    # "ATD Fourth World International Movement ATD Fourth World"
    bare = [t.strip(",.;:()") for t in toks]
    for k in range(min(5, len(toks) - 1), 0, -1):
        repeated = _recurs(toks, bare, k)
        if repeated and (k > 1 or _abbrev_like(toks[0]) or len(toks[0]) > 3):
            return " ".join(toks[:k]), " ".join(toks[k:])
    if _abbrev_like(toks[0]) or "/" in toks[0]:
        k = 1
        while k < len(toks) - 1 and k < 3 and (
            (toks[k].isupper() and len(toks[k]) <= 2 and not _abbrev_like(toks[k + 1])) or toks[k].isdigit()
        ):
            k += 1
        return " ".join(toks[:k]), " ".join(toks[k:])
    return toks[0], " ".join(toks[1:])


def _recurs(toks: list[str], bare: list[str], k: int) -> bool:
    """Whether the entry's first k words come again later as one run that no punctuation breaks: "ADF
    International ADF International, Geneva", but not "AIHRC Afghanistan … (AIHRC), Afghanistan.", where the
    closing "(AIHRC)" and the place only happen to follow each other."""

    def unbroken(run: list[str]) -> bool:
        return not any(re.search(r"[,.;:)]$", t) for t in run[:-1]) and not any(t.startswith("(") for t in run[1:])

    if not unbroken(toks[:k]):
        return False
    return any(
        bare[i : i + k] == bare[:k] and unbroken(toks[i : i + k]) for i in range(k, len(bare) - k + 1)
    )


def _abbrev_like(tok: str) -> bool:
    core = re.sub(r"[^A-Za-z0-9]", "", re.split(r"[-/]", tok)[0] or tok)
    if not core:
        return False
    upper = sum(1 for ch in core if ch.isupper() or ch.isdigit())
    return upper >= max(2, len(core) * 0.6) or (len(core) <= 3 and upper >= 1 and core[0].isupper() and upper == len(core))


_LOCATION = re.compile(
    r"(?:[.,]\s*|\s+)(?P<loc>(?:[A-ZÀ-Ý][\w’'.-]*(?:\s+[\w’'.-]+){0,4},?\s*)?\(?[A-ZÀ-Ý][^();]*\)?)\s*$"
)


_ORG_WORDS = re.compile(
    r"\b(?:centre|center|foundation|association|rights|development|institute|international|organi[sz]ation|council|"
    r"committee|network|group|union|society|league|commission|coalition|alliance|federation|movement|campaign|"
    r"initiative|watch|forum|fund|church|clinic|university|college|law|office|agency|action|programme|program|"
    r"project|trust|service|human|peace|justice|women|children|freedom|defenders?|ombudsman|institution)\b",
    re.I,
)


def _place_like(segment: str) -> bool:
    """'London', 'Cambridge, MA', '75 116 Paris Cedex 16', 'Kyiv (Ukraine)', 'United States of America'."""
    seg = segment.strip()
    if not seg or _ORG_WORDS.search(re.sub(r"\([^()]*\)", "", seg)):
        return False
    words = [w for w in re.sub(r"\([^()]*\)", "", seg).split() if w]
    if len(words) > 5 or not any(len(w) >= 2 and w.lower() not in ("of", "the", "and") for w in words):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in ("of", "the", "and", "de", "du", "la") for w in words)


def _is_country(text: str) -> bool:
    from uprkit import countries

    t = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
    return countries.lookup(t) is not None or t.lower() in _PLACE_EXTRA


_PLACE_EXTRA = {"kosovo", "palestine", "hong kong", "taiwan", "united kingdome of great britain and northern ireland"}


def _name_location(rest: str) -> tuple[str, str | None]:
    """Split 'Front Line Defenders, Blackrock, Dublin (Ireland)' into the name and the place."""
    rest = rest.strip().rstrip(";.").strip()
    rest = re.sub(r"\s*\((?:joint submission|joint)\)\s*", " ", rest, flags=re.I).strip()
    country = None
    m_c = re.search(r"\s*\((?P<c>(?:the )?[A-Z][^()]*(?:\([^()]*\))?[^()]*)\)$", rest)
    body = rest
    if m_c and not _is_country(m_c.group("c")):
        m_c = None
    if m_c:
        country = m_c.group("c").strip()
        body = rest[: m_c.start()].strip()
    segments = [seg for seg in re.split(r"(?<=[^A-Z])[.,]\s+|,\s+", body) if seg.strip()]
    k = len(segments)
    # "London, United Kingdom of Great Britain and Northern Ireland": a country's name may be long
    while k > 1 and (_place_like(segments[k - 1]) or _is_country(segments[k - 1])):
        k -= 1
    name = ", ".join(segments[:k]).strip(" ,.")
    place = ", ".join(segments[k:]).strip(" ,")
    if not re.search(r"\b(?:[A-Z]\.){2,}$", place):
        place = place.rstrip(".")  # but "Washington, D.C." keeps the full stop of its initials
    if country:
        loc = f"{place} ({country})" if place else country
        return name, loc
    if place:
        return name, place
    return rest, None


def _members(text: str) -> list[str]:
    # cycle 1: "Joint submission: Ghana Federation of the Disabled, Accra, Ghana; Ghana Association of the Blind"
    m = re.search(r"submitted by\s*:?\s*(?P<list>.*)$", text, re.I) or re.match(r"joint\s+submission\s*:\s*(?P<list>.*)$", text, re.I)
    if not m:
        return []
    body = m.group("list").strip().rstrip(";.")
    # the closing location: ". Curitiba (Brazil)" / ", Ljubljana (Slovenia)"
    body = re.sub(r"[.,]\s*[A-Z][\w .’'-]*\((?:[A-Z][^()]*)\)\s*$", "", body).strip()
    if ";" in body:
        parts = re.split(r"\s*;\s*", body)
    else:
        parts = re.split(r"(?<=\))\s*,?\s*and\s+|,\s+and\s+|;\s*", body)
    out = []
    for p in parts:
        p = p.strip(" ,;.")
        p = re.sub(r"^(?:and|namely)\s+", "", p)
        member, _loc = _name_location(p)
        # "Tbilisi (Georgia)" alone is a place; "CIVICUS, Johannesburg (South Africa)" is a member and its place
        only_a_place = _loc is not None and not re.search(r",\s*\S", p)
        if len(member) >= 2 and member.lower() not in ("and", "others") and not (
            only_a_place and re.fullmatch(r"[A-Z][\w .’'-]*", member) and _place_like(member)
        ):
            out.append(member)
    return out


_JS_START = re.compile(r"^(?:[A-Za-z-]+/)?JS\s?\d{1,3}\b")
_GAP_ENTRY = re.compile(r"^(?P<abbr>[^\s\t](?:[^\s\t]| (?! ))*?)(?:\s{2,}|\t\s*)(?P<rest>\S.*)$")
_ENTRY_END = re.compile(r"(?:[;.]\s*\**|\*+)\s*$")


def _run_on(text: str, line: str) -> str:
    """An entry's text with its next line: after a hyphen or dash glued to a word ("Co-" / "operation",
    "Eastern-" / "Ukrainian", "La Strada-" / "Ukraine") without a space, as the text reads; otherwise a space."""
    text = text.rstrip()
    if re.search(r"\w[-–]$", text) and line[:1].isalnum() and not re.match(r"(?:and|or)\b", line):
        return text + line
    return text + " " + line


def _cited_head(column: str, rest: str, known: frozenset[str]) -> str:
    """The abbreviation of an entry whose abbreviation column holds several words ("Ombudsperson of Ukraine⇥…"):
    the column, unless the endnotes cite only its first words ("Ombudsperson"); then those words. A column the
    name repeats ("APF France handicap⇥APF France handicap, Paris", cited "APF") stays whole, as where the
    entry is one line of text."""
    toks = column.split()
    if len(toks) < 2 or fold(column) in known or fold(column) in fold(rest):
        return column
    for k in range(len(toks) - 1, 0, -1):
        if fold(" ".join(toks[:k])) in known:
            return " ".join(toks[:k])
    return column


def _group_of(line: str) -> str | None:
    for rx, kind in _GROUPS:
        m = rx.match(line)
        if m and not line[m.end() :].strip(" :"):
            return kind
    return None


@dataclass
class _Entry:
    group: str
    abbreviation: str
    text: str
    attachment: bool = False
    documents: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    #: an entry without a column gap, as its lines give it: its abbreviation is read from the whole entry, so
    #: that it does not depend on where the lines wrap
    raw: str | None = None


_LEGEND = re.compile(r"\b(?P<n>one|two|three)\s+asterisks?\s+denotes?\b", re.I)
_NHRI_WORDS = re.compile(r"national\s+human\s+rights\s+institution|\bNHRIs?\b", re.I)
_QUOTE = "[\"'“”‘’]?"
#: "with “B” status", "with A status", "status “B”", "B-status", "accredited with “A”"
STATUS_WORDS = re.compile(
    rf"(?<![\w-]){_QUOTE}(?P<s>[ABC]){_QUOTE}[\s-]+(?i:status|accreditation)|(?i:status|accredited with)\s+{_QUOTE}(?P<t>[ABC])\b"
)


def status_legend(text: str) -> dict[str, str]:
    """The asterisks that mark an NHRI's accreditation, from the list's legend: "(One asterisk denotes a national
    human rights institution with “A” status)" → {"*": "A"}. Any spacing: a line may wrap inside the legend, and
    a PDF's lines end with a space."""
    text = re.sub(r"\s+", " ", text)
    starts = list(_LEGEND.finditer(text))
    out: dict[str, str] = {}
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        said = re.split(r"\)|\.\s", text[m.end() : end], maxsplit=1)[0]  # the legend's own sentence
        status = STATUS_WORDS.search(said)
        if status and _NHRI_WORDS.search(said):
            out["*" * (1 + ("one", "two", "three").index(m.group("n").lower()))] = status.group("s") or status.group("t")
    return out


def _cited_entry_start(line: str, known: frozenset[str], entries: list[_Entry]) -> bool:
    """A line that opens with an abbreviation the endnotes cite and the list has not yet given, then a name, is a
    new entry even where the line before does not close its own: the cycle-1 lists end no entry with ";", and a
    PDF's text layer (pdfium) keeps no column gap ("CoE Council of Europe, Strasbourg, France" /
    "CoE-Commissioner The Council of Europe Commissioner for Human Rights"). Not inside a joint submission's
    members, which may be cited stakeholders too."""
    toks = line.split()
    if len(toks) < 2 or not _abbrev_like(toks[0]):
        return False
    if entries and re.search(r"submitted by|joint submission\s*:", entries[-1].text, re.I):
        return False
    listed = {fold(e.abbreviation) for e in entries}
    for k in range(min(3, len(toks) - 1), 0, -1):
        head = fold(" ".join(toks[:k]))
        if head in known and head not in listed and toks[k][:1].isupper():
            return True
    return False


def _attachment_named(abbr: str, known: frozenset[str], entries: list[_Entry]) -> bool:
    """Whether "(abbr) …" names an attachment where the line before has not closed its entry: the endnotes cite
    it, or it is the body's own ("CoE-CPT" under CoE), and not a bracket the text runs on into ("(CPT) from 31
    January …")."""
    base = re.split(r"\s*:\s*|\s+", abbr.strip())[0]
    body = next((e.abbreviation for e in reversed(entries) if not e.attachment), None)
    return fold(base) in known or (body is not None and base.lower().startswith(body.lower() + "-"))


def parse_list_note(lines: list[str], known: frozenset[str] = frozenset()) -> list[Stakeholder]:
    """The stakeholder list endnote, given as its lines (layout columns or one entry per line)."""
    status_marks = status_legend(" ".join(lines))
    entries: list[_Entry] = []
    group: str | None = None
    prev_ended = True
    in_attach = False
    name_col: int | None = None  # where the name column starts on the latest column-laid entry
    after_header = True
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        indent = len(raw) - len(raw.lstrip())
        g = _group_of(line)
        if g is not None:
            group = g
            in_attach = False
            prev_ended = True
            after_header = True
            continue
        if group is None:
            continue
        if _ATTACH_HEAD.match(line):
            in_attach = True
            line = _ATTACH_HEAD.sub("", line).strip()
            prev_ended = True
            if not line:
                continue
        am = _ATTACH.match(line)
        if am and not am.group("rest").strip(" .;,") and not (
            in_attach and (_abbrev_like(am.group("abbr")) or fold(am.group("abbr")) in known)
        ):
            am = None  # "(CoE-ACFC);" alone is an attachment only under "Attachments:" (a draft's list, no title)
        if am and not prev_ended and not _attachment_named(am.group("abbr"), known, entries):
            am = None  # "… Degrading Treatment or Punishment" / "(CPT) from 31 January to 6 February 2012": run on
        if am and (in_attach or group == "regional"):
            entries.append(_Entry(group, re.sub(r"\s+", " ", am.group("abbr")).strip(), am.group("rest"), True))
            prev_ended = bool(_ENTRY_END.search(line))
            continue
        gap = _GAP_ENTRY.match(line)
        first_tok = line.split()[0]
        deep = name_col is not None and indent >= max(8, name_col - 6)
        starts = False
        if deep:
            starts = False
        elif gap and len(gap.group("abbr")) <= 30 and not gap.group("abbr").startswith("("):
            starts = True
            name_col = indent + gap.start("rest")
        elif _JS_START.match(line):
            starts = True
        elif in_attach:
            # "… Supreme Court judges, CDL-AD(2019)024;" then "OSCE/ODIHR Office for Democratic Institutions …": the
            # attachments have ended and the next body's entry starts
            starts = (prev_ended or _cited_entry_start(line, known, entries)) and _abbrev_like(first_tok) and re.match(
                r"[^\s(]+\s+[A-Z][a-z]", line) is not None
        elif prev_ended and not entries:
            starts = True
        elif prev_ended and group != "joint":
            in_joint_entry = (
                not after_header
                and bool(entries)
                and bool(re.search(r"submitted by|joint submission", entries[-1].text, re.I))
            )
            toks = line.split()
            cited = any(fold(" ".join(toks[:k])) in known for k in range(1, min(4, len(toks)) + 1))
            starts = (first_tok[:1].isupper() or first_tok[:1].isdigit()) and (
                not in_joint_entry or _abbrev_like(first_tok) or cited
            )
        elif not in_attach and group != "joint":
            starts = _cited_entry_start(line, known, entries)
        if starts:
            in_attach = False
            if gap and len(gap.group("abbr")) <= 30:
                column, rest = gap.group("abbr"), gap.group("rest")
                entry = _Entry(group, _cited_head(column, rest, known), rest)
                if column != entry.abbreviation:
                    entry.aliases.append(column)
            else:
                entry = _Entry(group, *_split_abbreviation(line, known), raw=line)
            entries.append(entry)
        elif entries:
            last = entries[-1]
            if in_attach and not last.attachment:
                if last.documents and not _ENTRY_END.search(last.documents[-1]):
                    last.documents[-1] = _run_on(last.documents[-1], line)
                else:
                    last.documents.append(line)
            elif last.raw is not None:
                last.raw = _run_on(last.raw, line)
                last.abbreviation, last.text = _split_abbreviation(last.raw, known)
            else:
                last.text = _run_on(last.text, line)
        prev_ended = bool(_ENTRY_END.search(line))
        after_header = False
    for e in entries:
        # "Ombudsperson of Ukraine Ukrainian Parliament Commissioner …", cited "Ombudsperson": the fuller form too
        m_of = re.match(re.escape(e.abbreviation) + r" of [A-Z]\S*", e.raw or "")
        if m_of and m_of.group(0) not in e.aliases:
            e.aliases.append(m_of.group(0))
    return _entries_to_stakeholders(entries, status_marks)


_NHRI_NAME = re.compile(
    r"\b(?:ombuds(?:man|person)|defensor[ií]a del pueblo|national human rights (?:commission|institution|council)|"
    r"public defender(?:'s office)?|people's advocate|commission nationale consultative des droits de l|"
    r"parliament(?:ary)? commissioner for human rights)\b",
    re.I,
)


def _entries_to_stakeholders(entries: list[_Entry], status_marks: dict[str, str]) -> list[Stakeholder]:
    out: list[Stakeholder] = []
    parent: Stakeholder | None = None
    for e in entries:
        group, abbr = e.group, e.abbreviation
        rest = re.sub(r"\s+", " ", e.text).strip()
        docs = [re.sub(r"\s+", " ", d).strip(" ;.") for d in e.documents]
        if e.attachment:
            title = rest.strip(" ;.-–")
            full = abbr
            base = re.split(r"\s*:\s*|\s+", abbr)[0]
            if base != abbr and _abbrev_like(base):
                abbr = base
                title = f"{full}: {title}" if title else full
            if parent is not None and abbr == parent.abbreviation:
                parent.documents.append(title)
                if full != abbr and full not in parent.aliases:
                    parent.aliases.append(full)
                continue
            existing = next((st for st in out if st.abbreviation == abbr), None)
            if existing is not None:
                existing.documents.append(title)
                if full != abbr and full not in existing.aliases:
                    existing.aliases.append(full)
                continue
            out.append(
                Stakeholder(
                    abbreviation=abbr,
                    name=None,
                    kind="regional" if group == "regional" else group,  # type: ignore[arg-type]
                    parent=parent.abbreviation if parent else None,
                    counted=False,
                    documents=[title] if title else [],
                    aliases=[full] if full != abbr else [],
                )
            )
            continue
        stars = re.findall(r"\*+", rest + abbr)
        abbr = abbr.replace("*", "").strip().rstrip("_.:,;")
        rest = rest.replace("*", "").strip()
        abbr = re.sub(r"^JS\s+(\d+)$", r"JS\1", abbr)
        abbr = re.sub(r"^([A-Za-z-]+/)JS\s+(\d+)$", r"\1JS\2", abbr)
        name, loc = _name_location(rest)
        kind = group
        members: list[str] = []
        if re.match(r"joint submission", rest, re.I) or re.search(r"(?:^|/)JS\d+$", abbr) or "(joint submission)" in rest.lower():
            kind = "joint"
            members = _members(rest)
            if re.search(r"submitted by", name, re.I):
                name = re.split(r"\s+submitted by", name, flags=re.I)[0]
                loc = None
        name = re.sub(r"\s*\((?:joint submission)\)\s*", "", name, flags=re.I).strip(" ;.")
        if kind == "ngo" and _NHRI_NAME.search(name):
            kind = "nhri"  # cycle 3 lists a B-status NHRI among the individual submissions
        status = status_marks.get(stars[-1]) if stars and kind == "nhri" else None
        st = Stakeholder(
            abbreviation=abbr,
            name=name or None,
            kind=kind,  # type: ignore[arg-type]
            members=members,
            location=loc,
            status=status,
            documents=docs,
            aliases=list(e.aliases),
        )
        if group == "regional" and parent is not None and abbr.lower().startswith(parent.abbreviation.lower() + "-"):
            st.parent = parent.abbreviation
            st.counted = False
        elif group == "regional":
            parent = st
        out.append(st)
    return out


# ------------------------------------------------------------------------------- inline definitions
