"""Required words of a regular expression: a cheap test that tells a pattern cannot match a text.

The lexicons (instruments, groups) are a few hundred patterns, and most texts name no instrument and few
groups. Running every pattern over every text costs far more than looking for a few words: for each pattern,
:func:`required_literals` works out from its syntax tree the words that every match must contain, as
alternatives of words that must all be there ("convention" and "torture", or "uncat"). A pattern none of whose
alternatives is complete in a text is not run on it. The result is the same as running every pattern; it is
only faster.

Words are runs of letters and digits, compared case-folded, so one test serves case-sensitive and
case-insensitive patterns: a case-sensitive "ICCPR" needs "iccpr" in the folded text. :func:`fold` also maps
the few non-ASCII letters that a case-insensitive pattern lets stand for an ASCII one (dotless ı and İ for
"i", long ſ for "s", the Kelvin sign for "k"), so folding never hides a match. A required word, being letters
and digits only, lies inside one run of letters and digits of the text (a token): :class:`Screen` looks each
distinct token of a text up once (and remembers which words it holds), instead of every word in the text.

>>> sorted(required_literals(r"(?i:Convention (?:on|against) Torture|UNCAT)"))
[('convention', 'torture'), ('uncat',)]
>>> required_literals(r"[A-Z]+") is None
True
"""

from __future__ import annotations

import re
import warnings
from typing import Any

with warnings.catch_warnings():  # the stable parser of the re module; ``re._parser`` has no type stubs
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as _c
    import sre_parse

__all__ = ["Requirement", "Screen", "fold", "required_literals"]

_FOLD = str.maketrans({"\u0131": "i", "\u0130": "i", "\u017f": "s", "\u212a": "k"})
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
#: Words kept of one alternative (the longest: long words are rarer), and alternatives at most in a product.
_WORDS = 3
_ALTERNATIVES = 64

#: Alternatives, each a tuple of words that must all be in the text; None: nothing is known to be required.
Requirement = frozenset[tuple[str, ...]] | None

_TOKEN = re.compile(r"[^\W_]+")  # a run of letters and digits
#: Tokens whose words a Screen remembers, at most (then it starts again).
_CACHE = 200_000


def fold(text: str) -> str:
    """The text as the required words are compared with it."""
    return text.casefold() if text.isascii() else text.translate(_FOLD).casefold()


def required_literals(pattern: str, flags: int = 0) -> Requirement:
    """The words (case-folded) every text ``pattern`` matches in must contain: one of the alternatives, all of
    its words. None where the syntax does not tell (a pattern made only of character classes, for one)."""
    try:
        tree: Any = sre_parse.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a syntax this reader does not know: the pattern is always run
        return None
    return _prune(_sequence(list(tree)))


def _prune(requirement: Requirement) -> Requirement:
    """Without the alternatives that hold whenever a smaller one does (all its words and more)."""
    if requirement is None:
        return None
    alternatives = sorted(requirement, key=len)
    kept: list[tuple[str, ...]] = []
    for words in alternatives:
        if not any(set(k) <= set(words) for k in kept):
            kept.append(words)
    return frozenset(kept)


def _trim(words: set[str]) -> tuple[str, ...]:
    """The longest words of an alternative, none inside another (dropping words only weakens the test)."""
    kept: list[str] = []
    for word in sorted(words, key=lambda w: (-len(w), w)):
        if not any(word in k for k in kept):
            kept.append(word)
    return tuple(kept[:_WORDS])


def _and(a: Requirement, b: Requirement) -> Requirement:
    if a is None:
        return b
    if b is None:
        return a
    if len(a) * len(b) > _ALTERNATIVES:  # keep the smaller requirement alone (still a true requirement)
        return a if len(a) <= len(b) else b
    return frozenset(_trim(set(x) | set(y)) for x in a for y in b)


def _sequence(items: list[tuple[Any, Any]]) -> Requirement:
    need: Requirement = None
    run: list[str] = []
    start = 0
    for n, (op, av) in enumerate(items):
        if op is _c.LITERAL:
            if not run:
                start = n
            run.append(chr(av).casefold())
            continue
        if run and op is _c.BRANCH:
            # the parser moves a prefix the alternatives share out of them ("ILO|International" becomes "I"
            # then "LO|nternational"): put it back, so that each alternative keeps its whole word
            prefix = items[start:n]
            need = _and(need, _item(op, (None, [prefix + list(alt) for alt in av[1]])))
            run = []
            continue
        if run:
            need = _and(need, _words("".join(run)))
            run = []
        need = _and(need, _item(op, av))
    if run:
        need = _and(need, _words("".join(run)))
    return need


def _words(run: str) -> Requirement:
    """A literal run as the words it holds ("(no." holds "no"; "economic," "economic"), all required."""
    words = _TOKEN.findall(run)
    return frozenset({_trim(set(words))}) if words else None


def _item(op: Any, av: Any) -> Requirement:
    """What one element of a sequence requires (None: nothing known)."""
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is _c.BRANCH:
        alternatives = [_sequence(list(alt)) for alt in av[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*(a for a in alternatives if a is not None))
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    if _ATOMIC is not None and op is _ATOMIC:
        return _sequence(list(av))
    return None  # character classes, any character, anchors, look-arounds, back-references


class Screen:
    """Which of a list of patterns may match a text: those one of whose required alternatives is complete.

    Each alternative is looked up by its longest word (its gate); only the patterns behind the gates found in
    the text are checked further. Patterns with no known requirement are always candidates."""

    def __init__(self, requirements: list[Requirement]) -> None:
        words = sorted({w for r in requirements for alternative in r or () for w in alternative})
        self._words = {w: n for n, w in enumerate(words)}
        self._always = frozenset(i for i, r in enumerate(requirements) if r is None)
        self._alternatives = [
            [frozenset(self._words[w] for w in alternative) for alternative in r or ()] for r in requirements
        ]
        gated: dict[int, set[int]] = {}
        for i, requirement in enumerate(requirements):
            for alternative in requirement or ():
                gated.setdefault(self._words[alternative[0]], set()).add(i)
        self._gated = {w: frozenset(ids) for w, ids in gated.items()}
        self._held: dict[str, frozenset[int]] = {}  # token -> the words it holds
        self._sizes = sorted({len(w) for w in words})

    def _held_by(self, token: str) -> frozenset[int]:
        """The words inside a token (each of its substrings of a word's length looked up)."""
        found: set[int] = set()
        words = self._words
        for size in self._sizes:
            if size > len(token):
                break
            for i in range(len(token) - size + 1):
                n = words.get(token[i : i + size])
                if n is not None:
                    found.add(n)
        return frozenset(found)

    def _present(self, folded: str) -> set[int]:
        present: set[int] = set()
        held = self._held
        for token in set(_TOKEN.findall(folded)):
            words = held.get(token)
            if words is None:
                if len(held) >= _CACHE:
                    held.clear()
                words = held[token] = self._held_by(token)
            if words:
                present |= words
        return present

    def candidates(self, text: str) -> list[int]:
        """The indices, in order, of the patterns that may match ``text``."""
        present = self._present(fold(text))
        picked = set(self._always)
        for word in present:
            ids = self._gated.get(word)
            if ids:
                picked |= ids
        return [
            i
            for i in sorted(picked)
            if i in self._always or any(alternative <= present for alternative in self._alternatives[i])
        ]
