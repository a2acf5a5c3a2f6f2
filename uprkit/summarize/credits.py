"""How a drafted sentence names the stakeholders it credits ("JS1 and AI", "the Ombudsman", a regional body by
its full name at first mention) and the names a submitter calls itself by ("the Commission", "the Council").
"""

from __future__ import annotations

import re

from uprkit import countries
from uprkit.summarize.model import (
    SummaryStakeholder,
)
from uprkit.summarize.organs import organ_names
from uprkit.summarize.stakeholder_guess import looks_like_nhri

#: Abbreviations that are the title of an office, not a name: the text says "the Ombudsman".
_OFFICE_TITLES = frozenset("Ombudsman Ombudsperson Ombudswoman Commissioner Defender Mediator Commission".split())


def in_text_name(abbr: str, st: SummaryStakeholder | None) -> str:
    """How the text names a stakeholder: its abbreviation, except the title of an office ("Ombudsman") and a
    national human rights institution listed as "Ombudsman/HRORS" (a title, then its acronym), which the
    published summaries call "the Ombudsman"."""
    title = abbr.split("/", 1)[0]
    if abbr in _OFFICE_TITLES or (
        st is not None and st.kind == "nhri" and "/" in abbr and re.fullmatch(r"[A-Z][a-zà-ÿ]{3,}", title)
    ):
        return f"the {title}"
    return abbr


def credited_subject(who: list[str], names: dict[str, SummaryStakeholder], mentioned: set[str], full: bool) -> str:
    parts: list[str] = []
    for abbr in who:
        st = names.get(abbr)
        short = in_text_name(abbr, st)
        if full and abbr not in mentioned and st is not None and st.kind == "joint" and re.fullmatch(r"JS\d+", abbr):
            parts.append(abbr)  # "JS1", as most summaries first name it (the list of stakeholders says who), not its coalition
        elif full and abbr not in mentioned and st is not None and st.name and st.name.lower() != abbr.lower():
            # "The Human Rights Ombudsman of the Republic of Slovenia (the Ombudsman)", as A/HRC/WG.6/48/SVN/3
            article = "the " if short.startswith("the ") and not st.name.lower().startswith("the ") else ""
            parts.append(f"{article}{st.name} ({short})")
        else:
            parts.append(short)
        mentioned.add(abbr)
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


#: Head nouns a submitter calls itself by ("the Commission"); not "Committee" or "Council", which in a
#: submission are as often a treaty body or the Human Rights Council, but for a regional body's own organs
#: ("The Council had not been able to verify this figure" in the Horn and East Africa Regional Human Rights
#: Council's contribution).
_HEAD_NOUN = re.compile(
    r"\b(Commission|Commissioner|Ombudsman|Ombudsperson|Coalition|Network|Centre|Center|Institute|Foundation|"
    r"Alliance|Forum|Platform|Institution|Clinic|Observatory|Collective|Association)\b"
)
#: The head noun of a name in Spanish, French or Portuguese and the English a translated submission calls itself
#: by: "Clínica de Derechos Humanos y Discapacidad" writes "The Clinic recommends …".
_FOREIGN_HEAD_NOUN = {
    "clínica": "Clinic", "clinique": "Clinic", "red": "Network", "réseau": "Network", "rede": "Network",
    "plataforma": "Platform", "plateforme": "Platform", "centro": "Centre", "centre": "Centre",
    "coalición": "Coalition", "coalition": "Coalition", "coalizão": "Coalition", "alianza": "Alliance",
    "alliance": "Alliance", "aliança": "Alliance", "comisión": "Commission", "commission": "Commission",
    "comissão": "Commission", "instituto": "Institute", "institut": "Institute", "fundación": "Foundation",
    "fondation": "Foundation", "fundação": "Foundation", "foro": "Forum", "forum": "Forum", "fórum": "Forum",
    "observatorio": "Observatory", "observatoire": "Observatory", "observatório": "Observatory",
    "colectivo": "Collective", "collectif": "Collective", "coletivo": "Collective", "asociación": "Association",
    "association": "Association", "associação": "Association",
}
#: The first word of an institution's name in Spanish, Portuguese or French that stands for the whole in an
#: English text ("the Defensoría", "the Procuraduría", "the Provedoria").
_FOREIGN_INSTITUTION = frozenset(
    "defensoría defensoria procuraduría procuraduria provedoria provedoría ouvidoria médiateur mediateur".split()
)
_REGIONAL_HEAD_NOUN = re.compile(rf"{_HEAD_NOUN.pattern}|\b(Council|Committee|Court)\b")


def own_names(st: SummaryStakeholder, text: str = "") -> tuple[str, ...]:
    """How a submitter names itself in its text: its name, abbreviation and short names, and for a joint
    submission its coalition's ("Alianza por los Territorios (ATIC)" as the manifest's name or the first member:
    "ATIC recommends that …" is JS1 recommending); with its ``text``, the abbreviation it gives itself there
    ("the Police Reform Working Group – Kenya (PRWG-K)") and the lead organisation its cover names."""
    # "the Council" is a regional council's or a national council's own name ("National Council for Human
    # Rights"), in other submissions the Human Rights Council
    own_council = st.kind in ("regional", "nhri") or looks_like_nhri(st)
    names = [st.name, st.abbreviation, *_short_names(st.name, regional=own_council)]
    # "Kituo cha Sheria – Legal Advice Centre": the name before the dash ("Kituo cha Sheria recommends …"), not a
    # country after it ("Federation of Women Lawyers – Kenya")
    dashed = re.match(r"(?P<head>[^–—()]+?)\s+[–—]\s+\S", st.name or "")
    if dashed and len(dashed.group("head").split()) >= 2:
        names.append(dashed.group("head"))
    # a joint submission's members speak as it ("CIVICUS and TCSF call on the Government …"); a member named by its
    # short name before a colon ("CIVICUS: World Alliance for Citizen Participation, Johannesburg")
    for full in [st.name, *(st.members if st.kind == "joint" else [])]:
        short = re.match(r"([A-Z][A-Za-z&\-]{1,11}):\s+[A-Z]", full or "") if st.kind == "joint" else None
        if short:
            names.append(short.group(1))
        # "Egyptian Coalition for the Rights of the Child (ECRC), Cairo": a member's town may follow
        m = re.match(r"(?:the\s+)?(?P<name>[^(]+?)\s*\((?P<abbr>[A-Z][A-Za-z&\-]{1,11})\)(?:,[^()]*(?:\([^()]*\))?)?$", full or "")
        if m:
            names += [m.group("name"), m.group("abbr")]
        # "Akyikatchy (Ombudsman) of the Kyrgyz Republic": the name before its bracket, and the bracket's word
        inner = re.match(r"(?:the\s+)?(?P<head>[A-Z][^()]{2,60}?)\s*\((?P<word>[A-Z][\w\-]{2,30})\)\s+\S", full or "")
        if inner:
            names += [inner.group("head"), f"the {inner.group('head')}", f"the {inner.group('word')}"]
    # "OSCE/ODIHR": each part ("ODIHR recommends …"), and the name's part after "/" ("Office for Democratic
    # Institutions and Human Rights")
    if "/" in st.abbreviation:
        names += [part for part in st.abbreviation.split("/") if len(part) >= 3]
    if st.name and "/" in st.name:
        names += [part.strip() for part in st.name.split("/") if len(part.split()) >= 2]
    names += organ_names(st.abbreviation)  # "ECRI recommends …", "The Advisory Committee notes …" of CoE-ECRI, CoE-ACFC
    # "Protector of Citizens of the Republic of Serbia" calls itself "the Protector of Citizens" ("PCRS reported that
    # the Protector of Citizens found …" before)
    of_state = _OF_A_STATE.match(st.name or "")
    if of_state and len(of_state.group("head").split()) >= 2 and countries.lookup(of_state.group("state")):
        names += [of_state.group("head"), f"the {of_state.group('head')}"]
    if st.kind == "nhri":
        names.append("the Institution")  # "The Institution considers that …": an ombudsman's office of itself
    if text:
        names += _named_in_text(text, [n for n in names if n and len(n.split()) >= 2], joint=st.kind == "joint")
    return tuple(dict.fromkeys(n for n in names if n))


#: A name and the State it is of: "Protector of Citizens of the Republic of Serbia", "Human Rights Commission of Sri
#: Lanka" (the last "of" that a State's name follows).
_OF_A_STATE = re.compile(r"^(?:the\s+)?(?P<head>[A-Z].*?)\s+of\s+(?P<state>(?:the\s+)?(?:[A-Z][\w'’\-]*\s+)*?(?:Republic\s+of\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)$")
#: A name and the abbreviation given it in brackets: "… (PRWG-K)".
_ABBREVIATION = r"\s*\((?P<abbr>[A-Z][A-Za-z&\-]{1,11})\)"
#: A joint submission's cover naming the organisation that leads it: "Submitted by the Police Reform Working Group
#: – Kenya (PRWG-K), comprising:".
_LEAD_ON_COVER = re.compile(
    r"\b(?i:submitted|prepared|presented)\s+(?:jointly\s+)?by\s+(?:the\s+)?"
    rf"(?P<name>[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|of|for|on|and|the|in|[–—]))+?){_ABBREVIATION}"
)


def _named_in_text(text: str, names: list[str], *, joint: bool) -> list[str]:
    """The abbreviation a submission gives one of its names ("1. The Police Reform Working Group – Kenya (PRWG-K) is
    a coalition …"), and for a joint submission the lead organisation its cover names, with its abbreviation."""
    found: list[str] = []
    for name in names:
        m = re.search(re.escape(name) + _ABBREVIATION, text)
        if m:
            found.append(m.group("abbr"))
    lead = _LEAD_ON_COVER.search(text[:3000]) if joint else None
    if lead:
        found += [lead.group("name"), lead.group("abbr")]
    return found


def _short_names(name: str | None, *, regional: bool = False) -> tuple[str, ...]:
    """How a submitter calls itself for short: "the Commission" for the National Human Rights Commission, "the
    African Commission" for the African Commission on Human and Peoples' Rights, "the Council" for a regional
    human rights council."""
    if not name:
        return ()
    m = (_REGIONAL_HEAD_NOUN if regional else _HEAD_NOUN).search(name)
    if m is None:
        first = name.split(maxsplit=1)[0] if name.split() else ""
        if first.lower() in _FOREIGN_HEAD_NOUN:
            return (f"the {_FOREIGN_HEAD_NOUN[first.lower()]}",)
        # "Defensoría del Pueblo del Perú" calls itself "the Defensoría" in English
        return (f"the {first}",) if first.lower() in _FOREIGN_INSTITUTION else ()
    before = name[: m.start()].split()
    noun = m.group(1) or m.group(2)
    out = [f"the {noun}"]
    if before and before[-1][:1].isupper() and before[-1].lower() not in {"the", "national", "human", "rights"}:
        out.insert(0, f"the {before[-1]} {noun}")
    return tuple(out)
