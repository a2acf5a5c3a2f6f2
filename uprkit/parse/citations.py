"""Citations inside endnotes: ``VARUH, pp.4-5`` → (VARUH, ``pp. 4-5``); several per note; "See also"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from uprkit.model import Citation

if TYPE_CHECKING:
    from uprkit.parse.stakeholders import StakeholderRegistry

_LOC_START = re.compile(
    r"(?<![\w])(?P<loc>(?:pp?\s?\.|paras?\.|paras?\b|pages?\b|pp?\b|section|sect\.|annex|chap\.|chapter|art\.|article|footnote|"
    r"question|page)(?:\s*|,\s*(?=\d))[\dA-Za-z(].*)$",
    re.I,
)
#: a piece that is only a place ("para. 5"), not a name that starts like one ("ARTICLE 19, p. 3")
_ORPHAN_PLACE = re.compile(r"^(?:pp?\.|paras?\.?|pages?)\s*\d[\d\s.,\-–and]*$")
_UN_SYMBOL = re.compile(r"^(?:A/|E/|CCPR/|CERD/|CEDAW/|CRC/|CAT/|CRPD/|CED/|CMW/|E/C\.12|HRI/|S/|ST/|A/HRC)")
_SPLIT = re.compile(r"\s*;\s*|\.\s+(?=See also\b)|(?<=\d)\s+(?=See also\b)|(?<=\d)\s+and\s+the\s+(?=[A-Z][\w/-]*\s)|(?<=\d)\.\s+(?=(?:JS\s?\d+|[A-Z][\w/-]*)(?:\s\d+)?,?\s+(?:pp?\.|paras?\.?|page)\s*\d)|(?<=\d)\s+and\s+(?=[A-Z][\w-]*(?:[\s,;]|$))|(?<=\d)\s*,\s+(?=[A-Z][A-Za-z-]+\d*[\s,]+(?:pp?\.|paras?\.?|page))|(?<=\d\))\s+and\s+(?=[A-Z])")
_NOT_SOURCE = re.compile(
    r"^(?:see|ibid|for |the |a |an |in |on |this |these |it |as |cf\.|also|amendment|law|act|available|http|www\.|"
    r"includes?\b|note\b)",
    re.I,
)


def normalise_locator(loc: str) -> str:
    loc = loc.strip()
    # the locator ends where a sentence or a bracketed title starts: "p. 3. Second …", "p. 6 (Fundamental …)"
    # ("para. F" is a lettered paragraph, not "para" and a sentence)
    loc = re.split(r"(?<!\bpara)(?<!\bparas)(?<!\bp)(?<!\bpp)\.\s+(?=[A-Z])|\s+\((?=[A-Z])|\((?=[A-Z][a-z])", loc, maxsplit=1)[0]
    loc = loc.rstrip(".;,").strip()
    # "para1", "paras, 31-35", "pp 1": the keyword without its full stop or space
    loc = re.sub(r"^(paras?|pp?)(?:\s?\.\s*|\s*,\s*|\s+|(?=\d))", lambda m: m.group(1).lower() + ". ", loc, flags=re.I)
    loc = re.sub(r"^(page)s?(?:\s*,\s*|\s*)(?=\d)", "p. ", loc, flags=re.I)
    loc = re.sub(r"\s*[-–—]\s*", "-", loc)
    loc = re.sub(r"\s+", " ", loc)
    if re.match(r"^p\. \d+-\d+", loc):
        loc = "pp." + loc[2:]
    return loc


def _source_ok(src: str) -> bool:
    if not src or len(src) > 60 or _NOT_SOURCE.match(src):
        return False
    if not (src[0].isupper() or src[0].isdigit()):
        return False
    return len(src.split()) <= 6


def parse_citations(
    note_text: str, registry: StakeholderRegistry | None, kind: str
) -> tuple[list[Citation], list[str]]:
    """Split an endnote into stakeholder citations and references to other documents."""
    citations: list[Citation] = []
    references: list[str] = []
    text = re.sub(r"\s+", " ", note_text.strip())
    for long, short in _LONG_NAMES:
        text = text.replace(long, short)
    # document symbols anywhere in the note ("For relevant recommendations, see A/HRC/22/7/Add.1, …")
    for m in _SYMBOL_ANYWHERE.finditer(text):
        sym = m.group(0).rstrip(".,;")
        if sym not in references:
            references.append(sym)
    references.extend(u.rstrip(".,;)") for u in re.findall(r"https?://\S+|www\.\S+", text))
    see_also = False
    chunks = _SPLIT.split(text)
    pending_see_also = False
    for raw in chunks:
        piece = raw.strip().strip(".").strip()
        piece = re.sub(r"^(?:and|&)\s+", "", piece)
        if not piece:
            continue
        m_see = re.match(r"^(?:See also|see also|See|Also|See, e\.g\.,?)\s+", piece)
        if m_see:
            see_also = True
            piece = piece[m_see.end() :]
        elif pending_see_also:
            see_also = True
        for sub in _split_commas(piece, registry):
            if citations and citations[-1].locator is None and _ORPHAN_PLACE.match(sub):
                # "CoE-GREVIO, para. 123 and CoE-CoP; para. 5.": the place of the source just named
                citations[-1].locator = normalise_locator(sub)
                continue
            cit = _one(sub, registry, kind)
            if cit is None or isinstance(cit, str):
                continue
            cit.see_also = see_also
            citations.append(cit)
        pending_see_also = see_also
    return citations, references


# UN document symbols: A/HRC/43/15/Add.1, CEDAW/C/SVN/CO/7, E/C.12/SVN/CO/2
_SYMBOL_ANYWHERE = re.compile(
    r"\b(?:A|E|S|CCPR|CERD|CEDAW|CRC|CAT|CRPD|CED|CMW|HRI|SPT)/(?:[A-Z0-9.]+/)*[A-Z0-9.]*\d[A-Za-z0-9.]*(?:/(?:Add|Corr|Rev)\.\d+)*"
)
_LONG_NAMES = [
    ("United Nations Educational, Scientific and Cultural Organization", "UNESCO"),
    ("Office of the United Nations High Commissioner for Refugees", "UNHCR"),
    ("United Nations Children’s Fund", "UNICEF"),
    ("United Nations Children's Fund", "UNICEF"),
]

_NEXT_SOURCE = re.compile(
    r"(?:,\s+|\s+and\s+)(?=(?P<src>JS\s?\d+|[A-Z][A-Za-z/-]{1,20}(?:\s[A-Za-z][\w/-]*){0,3})\s*,?\s+(?:pp?\.|paras?\.?|page))"
)


def _split_commas(piece: str, registry: StakeholderRegistry | None) -> list[str]:
    """'IACHR p. 16, AI para. 22 and JS39 paras. 39–46' → three parts (only before a plausible source)."""
    out: list[str] = []
    pos = 0
    for m in _NEXT_SOURCE.finditer(piece):
        src = m.group("src")
        plausible = bool(re.match(r"JS\s?\d", src)) or (registry is not None and registry.resolve(src) is not None)
        if not plausible and registry is None:
            plausible = sum(1 for ch in src if ch.isupper()) >= 2
        if plausible and m.start() > pos:
            out.append(piece[pos : m.start()])
            pos = m.end()
    out.append(piece[pos:])
    # "JS12 para. 13, APIB": a known stakeholder cited without a place, after another's place
    last = _TRAILING_SOURCE.search(out[-1])
    if last and registry is not None and registry.resolve(last.group("src"), fuzzy=False) is not None:
        out[-1:] = [out[-1][: last.start()], last.group("src")]
    return [p.strip() for p in out if p.strip()]


_TRAILING_SOURCE = re.compile(r"(?<=\d),\s+(?P<src>[A-Z][\w/-]*(?:\s[A-Z][\w/-]*){0,2})\s*$")


def _one(piece: str, registry: StakeholderRegistry | None, kind: str) -> Citation | str | None:
    piece = re.sub(r"\s+", " ", piece).strip()
    # "GERG made a recommendation (para. 21(a))"
    m_made = re.match(r"^(?P<src>[A-Z][\w/-]*(?: \d+)?) made (?:a |several )?recommendations? \((?P<loc>[^)]*\)?)\)", piece)
    if m_made:
        return _make(m_made.group("src"), m_made.group("loc"), registry)
    m = _LOC_START.search(piece)
    if m:
        src = piece[: m.start()].strip().rstrip(",").strip()
        loc = m.group("loc")
    else:
        src, loc = piece, ""
    # "Office of the United Nations High Commissioner for Refugees (UNHCR) submission for the UPR of X"
    m_abbr = re.match(r"^(?P<name>[^()]*?)\s*\((?P<abbr>[A-Z][A-Z0-9-]{1,14})\)\s*(?:submission|contribution|report|communication)?\b", src)
    if m_abbr and not _UN_SYMBOL.match(src):
        src = m_abbr.group("abbr")
    src = re.sub(r"\s+(?:submission|contribution|joint submission)\b.*$", "", src).strip()
    if "," in src:
        src = src.split(",")[0].strip()
    if not src:
        return None
    # "OSCE/ODIHR Elections Report of 2018, p. 14": a stakeholder's document, not a UN symbol
    named = registry is not None and registry.resolve(src.split()[0], fuzzy=False) is not None
    if _UN_SYMBOL.match(src) or not named and "/" in src and re.search(r"\d", src) and not re.match(r"^[A-Za-z]+/[A-Za-z]+\d*$", src):
        if kind == "stakeholder_summary":
            return piece
        return Citation(source=src, locator=normalise_locator(loc) if loc else None)
    if src.lower() == "ibid":
        return None
    if not _source_ok(src):
        return None
    if not loc:
        # a bare source is a citation only if it names a known stakeholder
        if registry is not None and registry.resolve(src):
            return _make(src, "", registry)
        return None
    return _make(src, loc, registry)


def _make(src: str, loc: str, registry: StakeholderRegistry | None) -> Citation:
    resolved = registry.resolve(src) if registry is not None else None
    if resolved is None and registry is not None:
        m = re.match(r"^JS\s*(\d+)$", src)
        if m:
            resolved = registry.resolve("JS" + m.group(1))
    return Citation(source=src, locator=normalise_locator(loc) if loc else None, resolved=resolved)
