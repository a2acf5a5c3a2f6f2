"""The search box language, translated to an FTS5 ``MATCH`` expression.

Accepted: words (implicit AND), ``AND`` / ``OR`` / ``NOT`` in any case, ``"quoted phrases"``, ``prefix*``,
parentheses and ``NEAR(...)``. Words holding punctuation (``non-discrimination``, ``women's``, ``A/HRC/14/15``)
are searched as phrases. Each word or phrase word with an irregular plural (``women``, ``children``) also
matches its other form, since the porter stemmer does not relate them (list:
``uprkit/data/irregular_plurals.tsv``). Anything FTS5 could not run raises :class:`QueryError` with a message
saying what is wrong.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from uprkit.store.errors import QueryError

__all__ = ["irregular_forms", "to_fts5"]

_OPERATORS = {"AND", "OR", "NOT"}
#: A token of the search box: a phrase (maybe unterminated), a parenthesis, or a run of other characters.
_TOKEN = re.compile(
    r'(?P<near>\bNEAR\s*\((?P<body>[^)]*)\))|"(?P<phrase>[^"]*)(?P<close>"?)(?P<star>\*?)|(?P<paren>[()])'
    r'|(?P<word>[^\s"()]+)',
    re.IGNORECASE,
)
_DISTANCE = re.compile(r",\s*(\d+)\s*$")
_BAREWORD = re.compile(r"^[\w\u0080-\U0010ffff]+$")
_WORDS = re.compile(r"[^\W_]+|_+")
MAX_PHRASE_VARIANTS = 16


@functools.cache
def _forms() -> dict[str, tuple[str, ...]]:
    text = resources.files("uprkit").joinpath("data/irregular_plurals.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        singular, plural = (w.strip().casefold() for w in line.split("\t")[:2])
        out[singular] = (singular, plural)
        out[plural] = (singular, plural)
    return out


def irregular_forms(word: str) -> tuple[str, ...]:
    """Both forms of a word with an irregular plural, else the word alone (``"Women"`` -> ("woman", "women"))."""
    return _forms().get(word.casefold(), (word,))


@dataclass(frozen=True)
class _Token:
    kind: str  # "term", "op", "open", "close"
    text: str


def _phrase(words: list[str], prefix: bool = False, expand: bool = True) -> str:
    """An FTS5 phrase for ``words``, OR-ed over irregular plural variants (where ``expand``)."""
    options = [irregular_forms(w) if expand else (w,) for w in words]
    variants = list(itertools.islice(itertools.product(*options), MAX_PHRASE_VARIANTS))
    star = " *" if prefix else ""
    forms = [f'"{" ".join(v)}"{star}' for v in variants]
    return forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")"


def _term(word: str, expand: bool = True) -> str | None:
    prefix = word.endswith("*")
    core = word.rstrip("*")
    if prefix and _BAREWORD.match(core):
        return f"{core}*"  # prefixes are not expanded: child* already finds children
    if _BAREWORD.match(core) and not prefix:
        forms = irregular_forms(core) if expand else (core,)
        return core if len(forms) == 1 else "(" + " OR ".join(forms) + ")"
    words = _WORDS.findall(core)
    return _phrase(words, prefix, expand) if words else None


def _near(body: str, query: str) -> str:
    """``NEAR(a b "c d", 5)``: its phrases translated, its distance kept."""
    distance = _DISTANCE.search(body)
    inner = body[: distance.start()] if distance else body
    terms = [t.text for t in _tokens(inner, expand=False) if t.kind == "term"]  # NEAR takes phrases, not ORs
    if len(terms) < 2:
        raise QueryError(f"NEAR needs at least two words or phrases in {query!r}")
    return "NEAR(" + " ".join(terms) + (f", {distance[1]}" if distance else "") + ")"


@dataclass(frozen=True)
class Dialect:
    """How one search engine writes the query's pieces: a word (``term``), a quoted phrase (``phrase``, with its
    trailing ``*``) and a ``NEAR(…)`` group (``near``); None drops a piece that holds no word."""

    term: Callable[[str, bool], str | None]
    phrase: Callable[[str, bool, bool], str | None]
    near: Callable[[str, str], str]


def scan_tokens(query: str, dialect: Dialect, expand: bool = True) -> list[_Token]:
    """The user's query as tokens (terms in ``dialect``, operators, parentheses); an unclosed quote is an error."""
    out: list[_Token] = []
    for m in _TOKEN.finditer(query):
        if m["near"]:
            out.append(_Token("term", dialect.near(m["body"], query)))
        elif m["paren"]:
            out.append(_Token("open" if m["paren"] == "(" else "close", m["paren"]))
        elif m["word"] is not None:
            word = m["word"]
            if word.upper() in _OPERATORS:
                out.append(_Token("op", word.upper()))
            else:
                term = dialect.term(word, expand)
                if term is not None:
                    out.append(_Token("term", term))
        else:
            if not m["close"]:
                raise QueryError(f"unbalanced quote in {query!r}: close the phrase with a second \"")
            phrase = dialect.phrase(m["phrase"], bool(m["star"]), expand)
            if phrase is not None:
                out.append(_Token("term", phrase))
    return out


def _fts5_phrase(text: str, star: bool, expand: bool) -> str | None:
    words = _WORDS.findall(text)
    return _phrase(words, star, expand) if words else None


_FTS5 = Dialect(term=_term, phrase=_fts5_phrase, near=_near)


def _tokens(query: str, expand: bool = True) -> list[_Token]:
    return scan_tokens(query, _FTS5, expand)


def _check(tokens: list[_Token], query: str) -> None:
    depth = 0
    previous: _Token | None = None
    for tok in tokens:
        if tok.kind == "open":
            depth += 1
        elif tok.kind == "close":
            depth -= 1
            if depth < 0:
                raise QueryError(f"unbalanced parentheses in {query!r}: a ')' has no '('")
            if previous is not None and previous.kind == "open":
                raise QueryError(f"empty parentheses in {query!r}")
        if tok.kind == "op" and (previous is None or previous.kind in {"op", "open"}):
            if tok.text == "NOT":
                raise QueryError(
                    f"NOT needs a term before it in {query!r}: write e.g. torture NOT \"death penalty\""
                )
            raise QueryError(f"{tok.text} needs a term on both sides in {query!r}")
        if tok.kind == "close" and previous is not None and previous.kind == "op":
            raise QueryError(f"{previous.text} needs a term on both sides in {query!r}")
        previous = tok
    if depth > 0:
        raise QueryError(f"unbalanced parentheses in {query!r}: a '(' is never closed")
    if previous is not None and previous.kind == "op":
        raise QueryError(f"{previous.text} needs a term on both sides in {query!r}")


def to_fts5(query: str) -> str:
    """The FTS5 MATCH expression for a search-box query (see the module docstring); raises QueryError."""
    tokens = _tokens(query)
    if not any(t.kind == "term" for t in tokens):
        raise QueryError("empty query: give at least one word to search for")
    _check(tokens, query)
    parts: list[str] = []
    for tok in tokens:
        if tok.kind == "close" and parts and parts[-1] == "(":
            parts.pop()
        else:
            parts.append(tok.text)
    return " ".join(parts)
