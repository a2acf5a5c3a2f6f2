"""Country table: UN Member States, observer States and a few other entities.

The data lives in the package data file ``uprkit/data/countries.csv`` (UTF-8, header
``iso3,iso2,name,official_name,aliases,un_member``); this module only loads and indexes it.

- ``name`` is the short name as the UN writes it in documents ("Iran (Islamic Republic of)").
- ``official_name`` is the formal name without a leading "the" ("Islamic Republic of Iran").
- ``aliases`` are other spellings seen in UN documents and UPR Info data, including
  names used during the first UPR cycle ("Libyan Arab Jamahiriya", "Swaziland").
- ``un_member`` is false for the observer States (Holy See, State of Palestine) and for the
  other entities (Kosovo ``XKX``, Hong Kong, Macao, Western Sahara, ...).

French names live beside them in ``uprkit/data/countries_fr.csv`` (header ``iso3,name,aliases``): the short
name the UN writes in its French documents ("Iran (République islamique d’)", "Pays-Bas (Royaume des)",
"Saint-Vincent-et-les Grenadines") and other spellings of UN French texts ("Royaume des Pays-Bas",
"République tchèque"). :func:`lookup` reads them too, so the States of a French report resolve; an English
spelling wins where both spell a name alike.

>>> lookup("the Bolivarian Republic of Venezuela").iso3
'VEN'
>>> by_code("ci").name
"Côte d'Ivoire"
>>> lookup("Fédération de Russie").iso3
'RUS'
"""

from __future__ import annotations

import csv
import html
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Country", "all_countries", "by_code", "lookup", "normalize_name"]

_DATA_DIR = "data"
_DATA_FILE = "countries.csv"
_FRENCH_FILE = "countries_fr.csv"


@dataclass(frozen=True)
class Country:
    """One row of the country table."""

    iso3: str
    iso2: str
    name: str
    official_name: str
    aliases: tuple[str, ...]
    un_member: bool
    #: the UN's French short name first, then other French spellings
    french_names: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every English spelling of this country in the table: name, official name, aliases."""
        return (self.name, self.official_name, *self.aliases)

    @property
    def name_fr(self) -> str | None:
        """The short name as the UN writes it in French documents ("Fédération de Russie")."""
        return self.french_names[0] if self.french_names else None

    @property
    def in_title(self) -> str:
        """The name as a UN document's running text and titles write it, with its article: "the Philippines",
        "the Islamic Republic of Iran" (the table's "Iran (Islamic Republic of)"), "the United Kingdom of Great
        Britain and Northern Ireland", "Kazakhstan"."""
        m = re.fullmatch(r"(.+?) \((.+ of(?: the)?)\)", self.name)
        if m:
            return f"the {m.group(2)} {m.group(1)}"
        if f"the {self.name}" in self.aliases or self.name.startswith(_TAKES_THE):
            return f"the {self.name}"
        return self.name

    @property
    def in_prose(self) -> str:
        """:attr:`in_title`, shortened where the summaries do in their sentences: "recommended that the United
        Kingdom …", "… the United States …"."""
        return _IN_PROSE.get(self.iso3, self.in_title)


#: Names that take "the" in running text though the table's aliases do not spell it so.
_TAKES_THE = ("United ", "Republic of ", "Democratic ", "Russian ", "Central African ", "Dominican ", "Syrian ",
              "Lao ", "Holy ", "State of ", "Czech ", "Congo")
_IN_PROSE = {"GBR": "the United Kingdom", "USA": "the United States"}


# Apostrophe-like characters are dropped ("Côte d’Ivoire" == "Cote d'Ivoire" == "Cote dIvoire").
_APOSTROPHES = dict.fromkeys(map(ord, "'\u2019\u2018\u201b\u02bc\u02b9\u0060\u00b4\u2032"), None)
_NON_WORD = re.compile(r"[\W_]+")
_TOKEN_MAP = {"st": "saint", "ste": "sainte"}
_DROPPED_TOKENS = frozenset({"the"})


def _tokens(name: str, *, drop: frozenset[str] = _DROPPED_TOKENS) -> list[str]:
    text = html.unescape(name)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(_APOSTROPHES).replace("&", " and ")
    words = _NON_WORD.sub(" ", text).split()
    return [_TOKEN_MAP.get(w, w) for w in words if w not in drop]


def normalize_name(name: str) -> str:
    """The key under which :func:`lookup` compares names.

    Case- and accent-insensitive; HTML entities decoded; apostrophes (' ’ ‘ ...) removed;
    "&" read as "and"; hyphens and other punctuation read as spaces; the word "the"
    ignored (so "the Gambia" == "Gambia" and "Democratic Republic of Congo" ==
    "Democratic Republic of the Congo"); "St"/"St." read as "Saint".
    """
    return " ".join(_tokens(name))


def _compact_keys(name: str) -> set[str]:
    """Space-less keys, with and without "the" (file names like "saintvincentandthegrenadines")."""
    return {"".join(_tokens(name)), "".join(_tokens(name, drop=frozenset()))} - {""}


def _split_aliases(cell: str | None) -> tuple[str, ...]:
    return tuple(a.strip() for a in (cell or "").split("|") if a.strip())


def _parse(text: str, french: str = "") -> tuple[Country, ...]:
    french_names = {
        row["iso3"].strip().upper(): (row["name"].strip(), *_split_aliases(row.get("aliases")))
        for row in csv.DictReader(io.StringIO(french))
    }
    rows: list[Country] = []
    for row in csv.DictReader(io.StringIO(text)):
        iso3 = row["iso3"].strip().upper()
        rows.append(
            Country(
                iso3=iso3,
                iso2=row["iso2"].strip().upper(),
                name=row["name"].strip(),
                official_name=row["official_name"].strip(),
                aliases=_split_aliases(row.get("aliases")),
                un_member=row["un_member"].strip() == "1",
                french_names=french_names.get(iso3, ()),
            )
        )
    return tuple(rows)


@lru_cache(maxsize=1)
def _countries() -> tuple[Country, ...]:
    data = resources.files("uprkit") / _DATA_DIR
    return _parse(
        (data / _DATA_FILE).read_text(encoding="utf-8"), (data / _FRENCH_FILE).read_text(encoding="utf-8")
    )


@dataclass(frozen=True)
class _Index:
    by_iso3: dict[str, Country]
    by_iso2: dict[str, Country]
    by_key: dict[str, Country]
    by_compact: dict[str, Country]


@lru_cache(maxsize=1)
def _index() -> _Index:
    index = _Index({}, {}, {}, {})
    for country in _countries():
        index.by_iso3.setdefault(country.iso3, country)
        index.by_iso2.setdefault(country.iso2, country)
    # English spellings first, then French ones: where both spell a name alike, the English one wins
    for spellings in ((c, c.names) for c in _countries()), ((c, c.french_names) for c in _countries()):
        for country, names in spellings:
            for spelling in names:
                key = normalize_name(spelling)
                if key:
                    index.by_key.setdefault(key, country)
                for compact in _compact_keys(spelling):
                    index.by_compact.setdefault(compact, country)
    return index


def all_countries() -> list[Country]:
    """Every row of the table, in file order (UN Members first)."""
    return list(_countries())


def by_code(code: str) -> Country | None:
    """Country for an ISO 3166-1 alpha-3 or alpha-2 code (case-insensitive), else None."""
    code = code.strip().upper()
    index = _index()
    if len(code) == 3:
        return index.by_iso3.get(code)
    if len(code) == 2:
        return index.by_iso2.get(code)
    return None


@lru_cache(maxsize=8192)  # a report names the same States hundreds of times
def lookup(name: str) -> Country | None:
    """Country for a name as written in documents, else None.

    Matches ``name``, ``official_name``, ``aliases`` and the French names after :func:`normalize_name`;
    as a fallback, also with all spaces removed, so file-name forms such as
    "antiguaandbarbuda" or "democraticrepublicofthecongo", and "U.K.", resolve. Codes are not accepted here: use :func:`by_code`.
    """
    key = normalize_name(name)
    if not key:
        return None
    index = _index()
    found = index.by_key.get(key)
    if found is None:
        for compact in sorted(_compact_keys(name)):
            found = index.by_compact.get(compact)
            if found is not None:
                break
    return found
