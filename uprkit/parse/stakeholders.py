"""Who the stakeholders are: the list endnote, inline definitions, and resolving what the text calls them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from uprkit.model import Endnote, ParseWarning, Stakeholder
from uprkit.parse.stakeholder_list import LIST_NOTE, STATUS_WORDS, fold, parse_list_note


@dataclass
class StakeholderRegistry:
    stakeholders: list[Stakeholder] = field(default_factory=list)
    has_list: bool = False
    stated_note: int | None = None
    _keys: dict[str, str] = field(default_factory=dict)  # folded key -> abbreviation
    #: inline definitions "Full Name (ABBR)" not (yet) known as stakeholders: abbreviation -> name.
    #: They are promoted when a statement is credited to them.
    inline: dict[str, str] = field(default_factory=dict)
    #: "Full Name (the Ombudsman)" definitions whose full name matched no stakeholder: alias -> name
    alias_defs: dict[str, str] = field(default_factory=dict)
    #: per-document caches of derived objects (the compiled mention finder)
    cache: dict[str, object] = field(default_factory=dict)

    def add(self, st: Stakeholder) -> Stakeholder:
        existing = self.get(st.abbreviation)
        if existing is not None:
            if not existing.name and st.name:
                existing.name = st.name
            return existing
        self.stakeholders.append(st)
        self._index(st)
        return st

    def _index(self, st: Stakeholder) -> None:
        keys = [st.abbreviation, *st.aliases]
        if "/" in st.abbreviation:
            keys.extend(p for p in st.abbreviation.split("/") if len(p) >= 2)
        m_of = re.match(r"^(\w{4,}) of [A-Z]\w+$", st.abbreviation)
        if m_of:
            keys.append(m_of.group(1))
        if "-" in st.abbreviation and st.kind == "regional":
            tail = st.abbreviation.split("-", 1)[1]
            if len(tail) >= 3:
                keys.append(tail)
        for k in keys:
            self._keys.setdefault(fold(k), st.abbreviation)
        if st.name:
            self._keys.setdefault(fold(st.name), st.abbreviation)
            bare = re.sub(r"^the\s+", "", st.name, flags=re.I)
            self._keys.setdefault(fold(bare), st.abbreviation)

    def index_initials(self) -> None:
        """Also answer to the initials of each name ("AV" for "Alliance VITA", "FJL" for "Fondation Jérôme
        Lejeune"): some summaries cite a stakeholder by initials its list entry never gives."""
        seen: dict[str, set[str]] = {}
        for st in self.stakeholders:
            for text in {st.abbreviation, st.name or ""}:
                for key in _initial_keys(text):
                    seen.setdefault(key, set()).add(st.abbreviation)
        for key, abbrs in seen.items():
            if len(abbrs) == 1 and key not in self._keys:
                self._keys[key] = next(iter(abbrs))

    def add_alias(self, abbreviation: str, alias: str) -> None:
        st = self.get(abbreviation)
        if st is None:
            return
        if alias not in st.aliases and alias != st.abbreviation:
            st.aliases.append(alias)
        self._keys.setdefault(fold(alias), st.abbreviation)

    def get(self, abbreviation: str) -> Stakeholder | None:
        for st in self.stakeholders:
            if st.abbreviation == abbreviation:
                return st
        return None

    def resolve(self, name: str, fuzzy: bool = True) -> str | None:
        """The abbreviation a written source name refers to, or None."""
        key = fold(name)
        if not key:
            return None
        if key in self._keys:
            return self._keys[key]
        m = re.match(r"^js(\d+)$", key)
        if m:
            return None
        if key in _GENERIC_NHRI:
            nhris = [st.abbreviation for st in self.stakeholders if st.kind == "nhri"]
            if len(nhris) == 1:
                return nhris[0]
        if not fuzzy or len(key) < 3:
            return None
        words = re.split(r"[\s,]+", name.strip())
        for n_words in range(len(words) - 1, 0, -1):
            sub = fold(" ".join(words[:n_words]))
            if len(sub) >= 2 and sub in self._keys:
                return self._keys[sub]
        # "CoE-ECRI Conclusions" → CoE-ECRI; typos (SIR/SRI, CBDDDH/CBDDH): one edit away, unique
        best: list[str] = []
        for k, abbr in self._keys.items():
            if len(k) >= 3 and (key.startswith(k) and len(k) >= 4 and len(key) - len(k) <= 12):
                best.append(abbr)
        if len(set(best)) == 1:
            return best[0]
        close = {abbr for k, abbr in self._keys.items() if abs(len(k) - len(key)) <= 1 and _damerau1(k, key)}
        if len(close) == 1 and len(key) >= 3:
            return close.pop()
        return None

    def listed(self) -> list[Stakeholder]:
        return list(self.stakeholders)


_ELIDED = re.compile(r"^(?:l|d|qu)['’]", re.I)


def _initial_keys(text: str) -> set[str]:
    words = [_ELIDED.sub("", w) for w in re.split(r"[\s,]+", text.strip()) if w]
    words = [w for w in words if re.search(r"[A-Za-zÀ-ÿ]", w)]
    if len(words) < 2:
        return set()
    keys: set[str] = set()
    for skip_function in (False, True):
        for whole_caps in (True, False):
            parts = []
            for w in words:
                if skip_function and w.lower() in _FUNCTION_WORDS:
                    continue
                parts.append(w if (whole_caps and w.isupper() and len(w) <= 5) else w[0])
            key = fold("".join(parts))
            if 2 <= len(key) <= 8:
                keys.add(key)
    return keys


_GENERIC_NHRI = {"nhri", "nhrc", "ombudsman", "ombudsperson", "theombudsman", "theombudsperson", "defensoria", "nhris"}


def _damerau1(a: str, b: str) -> bool:
    """True when a and b differ by one edit: an adjacent swap (SIR/SRI), or for longer names a substitution,
    insertion or deletion (CBDDDH/CBDDH). Short abbreviations one letter apart (NHRC/IHRC) do not match."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return len(a) >= 5
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1 :] == a:
            return len(a) >= 4
    return False


# ----------------------------------------------------------------------------------- the list endnote


_FUNCTION_WORDS = {
    "of", "the", "for", "and", "on", "to", "against", "in", "de", "des", "du", "la", "le", "les", "et", "y", "del",
    "per", "pour", "a", "an", "with", "at", "da", "do", "dos", "das", "e", "di",
}
_DEF = re.compile(r"\((?P<abbr>(?:the |la |le )?[A-Za-z][\w’'&./ -]{0,40}?)\)\s*(?P<num>\d{1,3})?")


_DASHES = re.compile(r"[-–]")


def _initials_match(words: list[str], abbr: str) -> bool:
    letters = [ch for ch in abbr if ch.isalpha() and ch.isupper()]
    if not letters:
        return False
    initials: list[str] = []
    for w in words:
        for sub in _DASHES.split(w):
            if sub:
                initials.append(sub[0].upper())
    if not initials or initials[0] != letters[0]:
        return False
    i = 0
    for ch in initials:
        if i < len(letters) and ch == letters[i]:
            i += 1
    return i == len(letters)


def inline_definitions(text: str) -> list[tuple[str, str, int]]:
    """(name, abbreviation, offset) for each "Full Name (ABBR)" in the text; "(the Ombudsman)" gives aliases."""
    out: list[tuple[str, str, int]] = []
    for m in re.finditer(r"Joint [Ss]ubmission\s*\(JS\)\s*(\d{1,3})", text):
        out.append(("", "JS" + m.group(1), m.start()))
    for m in _DEF.finditer(text):
        abbr = m.group("abbr").strip()
        if abbr == "JS" or abbr.lower().startswith(("see ", "para", "p.", "pp.")) or re.fullmatch(r"[a-z ]+", abbr):
            continue
        before = text[max(0, m.start() - 250) : m.start()].rstrip()
        words = before.split()
        if not words:
            continue
        cand: list[str] = []
        chosen: list[str] | None = None
        alias = abbr.lower().startswith(("the ", "la ", "le ")) or len(abbr.split()) >= 2
        for w in reversed(words[-16:]):
            wc = w.strip(",;:")
            if w.endswith((".", ";", ":")) and cand:
                break
            if not wc:
                break
            cand.insert(0, wc)
            if wc[0].isupper() and not alias and _initials_match(cand, abbr):
                chosen = list(cand)
                if any(c.endswith(",") for c in words[len(words) - len(cand) :][:-1]):
                    # the name crosses a comma ("United Nations Educational, Scientific and Cultural Organization")
                    chosen = words[len(words) - len(cand) :]
                k = len(words) - len(cand) - 1
                if k >= 0 and words[k] == "The":
                    chosen.insert(0, "The")
                break
        if chosen is None:
            # longest run of capitalised words (and function words) right before the bracket
            run: list[str] = []
            for w in reversed(words[-16:]):
                wc = w.strip(",;:")
                if w.endswith((".", ";", ":", ",")) and run:
                    break
                if wc and (wc[0].isupper() or wc.lower() in _FUNCTION_WORDS or wc[0].isdigit()):
                    run.insert(0, wc)
                else:
                    break
            while run and run[0].lower() in _FUNCTION_WORDS and run[0] != "The":
                run.pop(0)
            chosen = run
        if not chosen:
            continue
        # drop leading sentence glue: "According to", "In 2005, the"
        while chosen and (chosen[0].lower() in ("according", "to", "in", "while", "and") or chosen[0].isdigit()):
            chosen.pop(0)
        if chosen and chosen[0] == "the":
            chosen.pop(0)
        if not chosen:
            continue
        name = " ".join(chosen)
        if m.group("num") and abbr == "JS":
            continue
        out.append((name, abbr, m.start()))
    return out


@lru_cache(maxsize=1)
def known_aliases() -> dict[str, tuple[str, ...]]:
    """Other spellings of regional bodies' abbreviations (data file ``stakeholder_aliases.tsv``)."""
    text = resources.files("uprkit").joinpath("data/stakeholder_aliases.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        abbr, _, rest = line.partition("\t")
        out[fold(abbr)] = tuple(a.strip() for a in rest.split("|") if a.strip())
    return out


_CITED = re.compile(r"(?:^|;|\.\s|\band\s|See also\s|,\s)\s*(?P<src>[A-Z][\w’'/&-]*(?:\s[\w’'/&-]+){0,3}?)\s*,?\s+(?:pp?\.|paras?\.?|page)\s*\d")


def cited_sources(note_text: str) -> set[str]:
    """Folded source names an endnote cites ("JS1, para. 3; Christian Aid p. 2" → {"js1", "christianaid"})."""
    return {fold(m.group("src")) for m in _CITED.finditer(note_text)}


def _alias_first_words(reg: StakeholderRegistry, cited: frozenset[str]) -> None:
    """"ADF" for the list's "ADF International": the capitalised first word of one listed abbreviation of
    several words, where the endnotes cite it so and nothing else answers to it."""
    firsts: dict[str, list[str]] = {}
    for st in reg.stakeholders:
        head, _, rest = st.abbreviation.partition(" ")
        if rest and len(head) >= 2 and head.isupper():
            firsts.setdefault(head, []).append(st.abbreviation)
    for head, abbrs in firsts.items():
        if len(abbrs) == 1 and fold(head) in cited and reg.resolve(head, fuzzy=False) is None:
            reg.add_alias(abbrs[0], head)


def _warn_unread_status(reg: StakeholderRegistry, list_text: str, warnings: list[ParseWarning]) -> None:
    """An NHRI whose accreditation the list does not give is drafted as A-status: say so where the list speaks
    of another status ("Two asterisks denote a national human rights institution with “B” status") and the
    NHRI's mark could not be read."""
    named = {m.group("s") or m.group("t") for m in STATUS_WORDS.finditer(re.sub(r"\s+", " ", list_text))}
    if not named - {"A"}:
        return
    for st in reg.stakeholders:
        if st.kind == "nhri" and st.status is None:
            warnings.append(
                ParseWarning(
                    code="nhri-status-unread",
                    message=f"the stakeholder list speaks of {'/'.join(sorted(named))} status but gives none for "
                    f"the national human rights institution '{st.abbreviation}'",
                )
            )


def build_registry(
    endnotes: list[Endnote],
    note_lines: dict[int, list[str]],
    texts: list[str],
    kind: str,
    warnings: list[ParseWarning],
) -> StakeholderRegistry:
    reg = StakeholderRegistry()
    body = "\n".join(texts)
    definitions = inline_definitions(body)
    list_note = next((n for n in endnotes[:4] if LIST_NOTE.search(n.text)), None)
    if list_note is not None:
        reg.stated_note = list_note.number
        # the names the endnotes cite, and the abbreviations the text defines ("Penal Reform International-Central
        # Asia (PRI-Central Asia)"): where a list's column gap is lost ("PRI-Central Asia Penal Reform …", a PDF's
        # text layer), they tell where the abbreviation ends
        known = frozenset(k for n in endnotes if n is not list_note for k in cited_sources(n.text)) | {
            fold(abbr) for _, abbr, _ in definitions if not abbr.lower().startswith(("the ", "la ", "le "))
        }
        for st in parse_list_note(note_lines.get(list_note.number, [list_note.text]), known):
            reg.add(st)
        reg.has_list = bool(reg.stakeholders)
        if not reg.has_list:
            warnings.append(
                ParseWarning(
                    code="stakeholder-list-unreadable",
                    message=f"endnote {list_note.number} introduces the stakeholder list but no entries could be read",
                )
            )
        _warn_unread_status(reg, list_note.text, warnings)
        reg.index_initials()
        _alias_first_words(reg, known)
        aliases = known_aliases()
        for st in list(reg.stakeholders):
            for alias in aliases.get(fold(st.abbreviation), ()):
                reg.add_alias(st.abbreviation, alias)
    for name, abbr, _ in definitions:
        alias_form = abbr.lower().startswith(("the ", "la ", "le "))
        if alias_form:
            target = reg.resolve(name, fuzzy=False) if name else None
            if target is None and name:
                target = reg.resolve(re.sub(r"^The\s+", "", name), fuzzy=True)
            short = re.sub(r"^(?:the|la|le)\s+", "", abbr, flags=re.I)
            if target:
                reg.add_alias(target, short)
                reg.add_alias(target, abbr)
            else:
                reg.alias_defs[short] = name
            continue
        existing = reg.resolve(abbr, fuzzy=False)
        if existing:
            known_st = reg.get(existing)
            if known_st is not None and name and fold(name) != fold(known_st.name or ""):
                reg._keys.setdefault(fold(name), known_st.abbreviation)
                bare = re.sub(r"^the\s+", "", name, flags=re.I)
                reg._keys.setdefault(fold(bare), known_st.abbreviation)
            continue
        by_name = (reg.resolve(name, fuzzy=False) or reg.resolve(re.sub(r"^The\s+", "", name), fuzzy=False)) if name else None
        if by_name:
            reg.add_alias(by_name, abbr)
            continue
        reg.inline[abbr] = name
    return reg


# ------------------------------------------------------------------ what the text calls the stakeholders


@dataclass
class Mention:
    """A stakeholder named in a sentence: where, and its abbreviation."""

    start: int
    end: int
    abbreviation: str


def mention_finder(registry: StakeholderRegistry) -> MentionFinder:
    """The mention finder for the registry as it is now (rebuilt only when the registry has changed)."""
    key = (len(registry.stakeholders), sum(len(st.aliases) for st in registry.stakeholders), len(registry.inline),
           len(registry.alias_defs))
    cached = registry.cache.get("finder")
    if isinstance(cached, tuple) and cached[0] == key:
        return cached[1]  # type: ignore[no-any-return]
    finder = MentionFinder(registry)
    registry.cache["finder"] = (key, finder)
    return finder


#: "JS3", "JS 3", "Joint Submission (JS) 3", "joint submission 3", "joint submissions 8, 10 and 12"
_JOINT = (
    r"JS\s?\d{1,3}|[Jj]oint\s+[Ss]ubmission\s*(?:\(JS\)\s*)?\d{1,3}"
    r"|[Jj]oint\s+[Ss]ubmissions\s+\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{1,3})*"
)


class MentionFinder:
    """Finds the stakeholders a text names: by abbreviation, alias or full name, and "JS3"/"joint submission 3"."""

    def __init__(self, registry: StakeholderRegistry) -> None:
        self.registry = registry
        forms: dict[str, str] = {}
        for st in registry.stakeholders:
            for f in [st.abbreviation, *st.aliases, *(st.abbreviation.split("/") if "/" in st.abbreviation else [])]:
                if len(f) >= 2:
                    forms.setdefault(f, st.abbreviation)
            if st.name and len(st.name) >= 4:
                forms.setdefault(st.name, st.abbreviation)
                forms.setdefault(re.sub(r"^The\s+", "", st.name), st.abbreviation)
        for abbr, name in registry.inline.items():
            forms.setdefault(abbr, abbr)
            if name and len(name) >= 4:
                forms.setdefault(name, abbr)
                forms.setdefault(re.sub(r"^The\s+", "", name), abbr)
        for alias, name in registry.alias_defs.items():
            forms.setdefault(alias, alias)
            if name:
                forms.setdefault(name, alias)
        self.forms = forms
        parts = sorted(forms, key=len, reverse=True)
        body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
        forms_rx = r"(?P<form>" + body + r")|" if body else ""
        self.rx = re.compile(r"(?<![\w-])(?:" + forms_rx + r"(?P<js>" + _JOINT + r"))(?![\w-])")

    def find(self, text: str) -> list[Mention]:
        out: list[Mention] = []
        for m in self.rx.finditer(text):
            if m.group("js"):
                # "joint submissions 8 and 12": a mention of each, the first from "joint" on
                for k, num in enumerate(re.finditer(r"\d+", m.group("js"))):
                    abbr = "JS" + num.group()
                    resolved = self.registry.resolve(abbr, fuzzy=False) or abbr
                    start = m.start() if k == 0 else m.start() + num.start()
                    out.append(Mention(start, m.start() + num.end(), resolved))
            else:
                form = re.sub(r"\s+", " ", m.group("form"))
                abbr = self.forms.get(form) or self.forms.get(m.group("form")) or form
                out.append(Mention(m.start(), m.end(), abbr))
        return out


def guess_kind(name: str, abbr: str) -> str:
    """The kind of a stakeholder the list does not give, from its name and abbreviation."""
    t = f"{name} {abbr}".lower()
    if re.search(
        r"united nations|\b(?:unesco|unhcr|unicef|unfpa|undp|unodc|unaids|ohchr|iom|ilo|who|fao|wfp|unrwa|unep)\b|"
        r"international labour|world health|international organization for migration|special rapporteur|"
        r"committee on the|committee against|working group on|independent expert",
        t,
    ):
        return "un"
    if re.match(r"js\s?\d", abbr.lower()) or "joint submission" in t:
        return "joint"
    if re.search(r"ombuds|human rights commission|national human rights|defensor|m[ée]diateur|human rights defender", t):
        return "nhri"
    if re.search(r"council of europe|\bcoe\b|osce|european union|inter-american|african commission|\beu-", t):
        return "regional"
    return "ngo"


def promote(registry: StakeholderRegistry, abbr: str) -> str:
    """The registered stakeholder a credited abbreviation stands for, adding it (from its inline definition, or
    as found in the text) where the registry has none."""
    if registry.get(abbr) is not None:
        return abbr
    if abbr in registry.inline:
        name = registry.inline.pop(abbr)
        kind = guess_kind(name, abbr)
        if kind == "un":
            name = re.sub(r"^The\s+", "", name)  # "The United Nations …": an article, not part of the name
        registry.add(Stakeholder(abbreviation=abbr, name=name or None, kind=kind, origin="inline"))  # type: ignore[arg-type]
        return abbr
    if abbr in registry.alias_defs:
        name = registry.alias_defs[abbr]
        registry.add(Stakeholder(abbreviation=abbr, name=name or None, kind=guess_kind(name, abbr), origin="inline"))  # type: ignore[arg-type]
        return abbr
    resolved = registry.resolve(abbr)
    if resolved:
        return resolved
    if re.match(r"JS\d+$", abbr):
        registry.add(Stakeholder(abbreviation=abbr, name=None, kind="joint", origin="text"))
    else:
        registry.add(Stakeholder(abbreviation=abbr, name=None, kind=guess_kind(abbr, abbr), origin="text"))  # type: ignore[arg-type]
    return abbr
