"""How organizations' names are written: the small words inside them ("Bureau for Human Rights and Rule of
Law", "Parlamento Xinka de Santa Rosa y Jalapa"), their initials, and a name in capitals as written in title case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: The small words inside an organization's name ("Bureau for Human Rights and Rule of Law").
SMALL_WORDS = ("of", "for", "and", "the", "on", "in", "against", "de", "du", "des", "la", "le", "les", "et", "pour",
               "el", "del", "y", "por", "los", "las", "da", "do", "dos", "das", "e", "para", "en", "con",
               # Filipino: "Kabataan Laban sa Pang-aabuso", "Samahan ng mga Manggagawa"
               "sa", "ng", "mga", "ang")
SMALL = frozenset(SMALL_WORDS)
#: A word of a name: capitalised, or one of the small words.
NAME_WORD = rf"(?:[A-Z][\w'’&\-]*|{'|'.join(SMALL_WORDS)})"


def name_words(text: str) -> list[str]:
    """The words of a name written before its abbreviation, without the small words it starts with ("the")."""
    words = text.split()
    while words and words[0].lower() in SMALL | {"a", "an"}:
        words.pop(0)
    return words


def as_written(name: str) -> str:
    """A name in capitals in title case ("THE AUTHORIZED PERSON OF THE OLIY MAJLIS" → "Authorized Person of the
    Oliy Majlis"), without a leading "the"."""
    if name.isupper() and len(name) > 6:
        name = " ".join(
            w if re.fullmatch(r"\([A-Z0-9&\-]+\)", w) else w.lower() if w.lower() in SMALL else _capitalized(w)
            for w in name.split()
        )
    return re.sub(r"^(?:the|The|THE)\s+", "", name)


def _capitalized(word: str) -> str:
    """A word in capitals with its first letter kept and the rest in small letters; a dotted "İ" is an "i" (not
    "i" with a combining dot, as str.lower writes it: "ENGELLİ" → "Engelli", not "Engelli̇")."""
    return word[:1] + word[1:].replace("İ", "i").lower()


def initials(words: Sequence[str]) -> str:
    """The capitals that open ``words``, the small words left out ("Human Rights Watch" → "HRW")."""
    return "".join(w[0] for w in words if w[0].isupper() and w.lower() not in SMALL).upper()


def spells(words: Sequence[str], abbr: str) -> bool:
    """The initials of ``words`` are ``abbr``, a hyphenated word giving one initial or one for each of its parts
    ("Inter-American Commission on Human Rights": ICHR or IACHR)."""
    return abbr.upper() in {initials(words), initials([p for w in words for p in w.split("-") if p])}
