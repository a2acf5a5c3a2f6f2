"""The same point made by several stakeholders in their own words: written once, the others cited with "See also".

:mod:`uprkit.summarize.merge` joins points worded (nearly) alike. Stakeholders more often make one point in
words of their own ("present a timetable for the withdrawal of the armed forces from public security" /
"define a timetable for the withdrawal of the armed forces from public security tasks"; "More than 111,000
persons are registered as missing …" / "Over 111,000 people remain missing …"). OHCHR writes such a point once,
in one stakeholder's words, and cites the others in its endnote with "See also" (the Slovenian summaries:
"See also JS2, para. 4"); the draft does the same, and says it once instead of two or three times.

Two points are taken for one where

* they are the same kind of statement (a recommendation; a concern or observation; a welcome),
* the words that weigh are largely shared: content words, weighted by how rare they are among all the points
  of the draft and in UPR texts at large, with figures, instruments, groups of people and the action asked for
  as words of their own; an idf-weighted cosine of at least :data:`RELATED_SIMILARITY` (or of
  :data:`CONTAINED_SIMILARITY` where one holds :data:`CONTAINED` of the other's weight: a short point said whole
  inside a longer one, "Pass the Anti-Torture Bill"), and at least
  :data:`RELATED_COVER` of the weight of the point cited with "See also" in the point written out, so that what
  it says beyond the other is little,
* the point cited with "See also" names no figure, year, group of people or instrument the point written out
  does not (:meth:`Particulars.holds`: nothing of that kind is lost),
* and nothing sets them against each other (:meth:`Particulars.differs`): a denial in one only ("has ratified"
  / "has not ratified"), or, for recommendations, another action asked for ("ratify" / "establish"; "adopt" /
  "repeal").

The accredited national human rights institution has its own section from cycle 2 on: its points are neither
written for others nor cited with "See also" under them (``apart``).

Which wording is written out: the point that holds more of the other's weight (the fuller statement), so that
the one cited with "See also" loses least. A point already crediting several stakeholders keeps them.

One stakeholder's recommendation made again in other words in a list of recommendations elsewhere in its
submission (the text's "urges the Government to prohibit corporal punishment of children in all settings" and
the closing list's "Prohibit by law all corporal punishment of children in every setting") is written once, in
the fuller wording, under the same tests with :data:`OWN_SIMILARITY` and :data:`OWN_COVER`, the same number of
"consider" (:data:`HEDGE`), and never where the two have the same words in another order (which may say the
opposite). Where one of them is cited with "See also" under another stakeholder's point, the other is cited
there too, as a further place.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import scipy.sparse as sp

from uprkit.classify.groups import find_groups
from uprkit.classify.headings import HeadingClassifier
from uprkit.classify.instruments import find_instruments
from uprkit.parse.metadata import NUMBER_WORDS, words_to_int
from uprkit.summarize.candidates import Point
from uprkit.summarize.frames import ASKS_STATES_TO_RECOMMEND
from uprkit.summarize.marks import plain_letters
from uprkit.summarize.passages import Passage
from uprkit.summarize.verify import NUMBER_SIGN, content_tokens, negations, stem

RELATED_SIMILARITY = 0.40
RELATED_COVER = 0.50
#: One stakeholder's own recommendation said again in its list of recommendations: a likelier repeat, so its two
#: wordings need be less alike, but the one left out must be held more fully by the one written.
OWN_SIMILARITY = 0.30
OWN_COVER = 0.60
#: Points of two stakeholders less alike than :data:`RELATED_SIMILARITY` (but at least :data:`CONTAINED_SIMILARITY`)
#: are still one where one holds this share of the other's weight: the short one is said whole inside the long one.
CONTAINED = 0.65
CONTAINED_SIMILARITY = 0.20
_BLOCK = 256
#: Frame words that weaken a recommendation ("consider ratifying"): two wordings of one stakeholder's
#: recommendation stand for each other only with as many.
HEDGE = re.compile(r"\bconsider(?:s|ed|ing|ation)?\b", re.I)
_NUMBER = re.compile(r"(?<![\w.])\d[\d,.]*\d(?![\w])|(?<![\w.,])\d(?![\w,])")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
#: The actions a recommendation may ask for that make two recommendations two, however alike their objects
#: ("ratify OP-CAT" / "establish the national preventive mechanism under OP-CAT"): the beginnings of the words
#: that ask for each, one family one action. The first such word among a recommendation's first words counts.
_ACTIONS = {
    "ratify": ("ratif", "accede", "accession", "adhere", "sign", "signs", "signing", "signature", "become a party",
               "become party", "becoming a party"),
    "adopt": ("adopt", "enact"),
    "amend": ("amend", "revise", "revising", "revision", "reform"),
    "repeal": ("repeal", "abolish", "abolition", "decriminali", "eliminat", "revoke", "revocation", "rescind"),
    "establish": ("establish", "creat", "set up"),
    "investigate": ("investigat", "prosecut", "punish"),
    "redress": ("compensat", "redress", "reparation", "remed"),
    "release": ("releas",),
    "implement": ("implement", "enforc"),
    "criminalize": ("criminali",),
    # "direct the NGO Co-ordination Board to register organisations …" / "refrain from using the NGO Co-ordination
    # Board to target organisations …": an order to a body, and a use of it to end
    "instruct": ("instruct", "direct"),
    "refrain": ("refrain", "desist"),
}
_ACTION_WORD = re.compile(
    r"\b(?:" + "|".join(
        f"(?P<{family}>" + "|".join(re.escape(p) + (r"\b" if p in {"sign", "signs", "set up", "become a party", "become party", "direct"} else "") for p in starts) + ")"
        for family, starts in _ACTIONS.items()
    ) + ")",
    re.I,
)
_ASK_WORDS = 10
_WORD = re.compile(r"\S+")


#: Prepositions and such, which say nothing of what a point is about however rarely they occur ("… after
#: consultation with civil society" / "… after public consultation": two laws on other matters were one point).
_LITTLE = frozenset(
    "after before within without during between against through among across over towards toward including "
    "via per since until while whereas".split()
)


@dataclass(frozen=True)
class Particulars:
    """What tells two points apart however many words they share: the figures and years they give, the groups
    of people and the instruments they name, whether they deny, and the action a recommendation asks for."""

    numbers: frozenset[str]
    years: frozenset[str]
    groups: frozenset[str]
    instruments: frozenset[str]
    negated: bool
    action: str | None
    mandates: frozenset[str] = frozenset()  # the words of the special procedures and bodies named ("torture")
    #: what its denials are of: the stem of the first word after each "not", "no", "never" … ("has not yet been
    #: ratified": "ratify"), and the stems of all its words
    denied: frozenset[str] = frozenset()
    stems: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str, *, recommendation: bool) -> Particulars:
        return _particulars(text, recommendation)

    @classmethod
    def read(cls, text: str, recommendation: bool) -> Particulars:
        numbers, years = _figures(text)
        instruments, groups, _ = _named(text)
        return cls(
            numbers=numbers,
            years=years,
            groups=groups,
            instruments=instruments,
            negated=negations(_NO_DENIAL.sub(" ", text)) > 0,
            action=_action(text) if recommendation else None,
            mandates=_mandates(text),
            denied=_denied(text),
            stems=frozenset(stem(w) for w in _LETTERS.findall(plain_letters(text))),
        )

    def denies(self, other: Particulars) -> bool:
        """Whether this point denies something ``other`` speaks of ("has not ratified OP-CAT" / "has ratified
        OP-CAT"; not "will not allow Cases 003 and 004 to proceed" / "statements opposing Cases 003 and 004
        obstructed the investigations", nor "suspended 54 organisations without a hearing" / "the suspension of 54
        organisations")"""
        return bool(self.denied & other.stems)

    def differs(self, other: Particulars) -> bool:
        """The opposite sense ("has ratified" / "has not ratified"), another action asked for, or another
        mandate ("invite the Special Rapporteur on freedom of expression" / "… the Special Rapporteur on
        torture")."""
        return (
            self.denies(other) != other.denies(self)
            or (self.action is not None and other.action is not None and self.action != other.action)
            or (bool(self.mandates) and bool(other.mandates) and not self.mandates & other.mandates)
        )

    def holds(self, other: Particulars) -> bool:
        """Whether this point names every figure, year, group of people and instrument ``other`` names: nothing
        of that kind is lost where ``other`` is cited with "See also" ("13 journalists were murdered in 2022" is
        not the point "impunity … exceeds 90 per cent" made elsewhere; "children and families" are not
        "migrants")."""
        return (
            other.numbers <= self.numbers
            and other.years <= self.years
            and other.groups <= self.groups
            and other.instruments <= self.instruments
        )


#: People named by what they do, which the groups' lexicon (uprkit/data/groups.tsv) does not hold: "release
#: journalists detained on fabricated charges" is not "release teachers detained on fabricated charges".
_PEOPLE = re.compile(
    r"\b(teacher|lawyer|judge|prosecutor|doctor|nurse|health worker|farmer|peasant|pastoralist|fisher(?:man|men)?|"
    r"miner|student|pupil|worker|trade unionist|unionist|activist|blogger|artist|writer|academic|scholar|"
    r"researcher|cleric|clergy|priest|monk|imam|pastor|protester|demonstrator|soldier|police officer|"
    r"officer|mayor|politician|candidate|voter|opposition|civil servant|landowner|tenant|resident|villager|"
    r"victim|survivor|witness|patient|athlete|musician|filmmaker|comedian)(?:e?s)?\b",
    re.I,
)


@lru_cache(maxsize=4096)
def _named(text: str) -> tuple[frozenset[str], frozenset[str], str]:
    """The instruments (codes) and the groups of people (labels, and people named by what they do: "teacher")
    ``text`` names, however it spells them ("OP-CAT", "the Optional Protocol to the Convention against Torture";
    "journalists", "media workers"), and
    ``text`` without the words every instrument's title has ("Optional Protocol to the Convention …"), which
    make a title spelt out unlike its abbreviation however alike the points."""
    instruments = find_instruments(text)
    plain = list(text)
    for m in instruments:
        for w in re.finditer(r"[A-Za-z]+", text[m.start : m.end]):
            if w.group().lower() in _TITLE_WORDS:
                plain[m.start + w.start() : m.start + w.end()] = " " * len(w.group())
    groups = frozenset(
        [g.label for g in find_groups(text, instruments)] + [m.group(1).lower() for m in _PEOPLE.finditer(text)]
    )
    return frozenset(m.code for m in instruments), groups, "".join(plain)


_TITLE_WORDS = frozenset(
    "optional protocol protocols convention conventions covenant international additional charter treaty statute "
    "first second third against on of the to for and all forms elimination rights".split()
)


@lru_cache(maxsize=4096)
def _particulars(text: str, recommendation: bool) -> Particulars:
    """:meth:`Particulars.read`, once a text (merging compares one wording with many)."""
    return Particulars.read(text, recommendation)


#: A special procedure or body and what it is on: "the Special Rapporteur on the promotion and protection of the
#: right to freedom of opinion and expression", "the Working Group on Arbitrary Detention".
_MANDATE = re.compile(
    r"\b(?:Special\s+Rapporteurs?|Independent\s+Experts?|Working\s+Group|Special\s+Representative|Committee|"
    r"Subcommittee)\s+(?:on|for)\s+(?P<on>[^,.;:()]{3,140}?)(?=\s+(?:to\s+(?:visit|conduct|carry|undertake)|whose|which|who|"
    r"and\s+(?:to|extend|accept|the\s+Special|invite))\b|[,.;:()]|$)"
)
#: Words of a mandate's name that say nothing of what it is on.
_MANDATE_WORDS_NOT = frozenset("the of and on in for to a an all its their promotion protection right rights human "
                               "situation".split())


def _mandates(text: str) -> frozenset[str]:
    """The words saying what the special procedures and bodies a text names are on ("freedom", "opinion",
    "expression"; "torture")."""
    return frozenset(
        w for m in _MANDATE.finditer(text) for w in re.findall(r"[a-z]+", m.group("on").lower())
        if w not in _MANDATE_WORDS_NOT
    )


#: "without delay" asks for haste and "not only … but" adds: neither denies anything.
_NO_DENIAL = re.compile(r"\bwithout\s+(?:any\s+|further\s+|undue\s+|more\s+)?delays?\b|\bnot\s+only\b", re.I)
_LETTERS = re.compile(r"[A-Za-z0-9]+")
#: A denial and the word it is of, past the auxiliaries, articles and adverbs between them ("has not yet been
#: fully implemented": implemented; "there is no independent body": independent).
_DENIAL = re.compile(r"\b(?:not|no|never|nor|without|none|cannot|neither)\b|n['’]t\b", re.I)
_BETWEEN = frozenset(
    "a an the any yet be been being to have has had do does did is are was were will would shall should could can "
    "may might must ever always also fully properly effectively adequately sufficiently systematically even so "
    "as this that these those such its their his her".split()
)


def _denied(text: str) -> frozenset[str]:
    """The stems of what ``text``'s denials are of (see :attr:`Particulars.denied`)."""
    text = _NO_DENIAL.sub(" ", NUMBER_SIGN.sub(" ", text))
    out: set[str] = set()
    for m in _DENIAL.finditer(text):
        for w in _LETTERS.findall(text[m.end() : m.end() + 80]):
            if w.lower() not in _BETWEEN:
                out.add(stem(w))
                break
    return frozenset(out)


@dataclass
class _Said:
    """A point's words, weighted, and its particulars."""

    weights: dict[str, float]
    norm: float
    particulars: Particulars
    #: its content words in order, each once
    sequence: tuple[str, ...] = ()

    def reversed_from(self, other: _Said) -> bool:
        """The same words in another order, which may say the opposite ("from the municipalities to the
        Ministry" / "from the Ministry to the municipalities")."""
        return set(self.sequence) == set(other.sequence) and self.sequence != other.sequence


@lru_cache(maxsize=1)
def common_words() -> dict[str, float]:
    """How rare each word is in UPR texts at large (the inverse document frequency the heading model learnt
    from published summaries, compilations and UPR Info recommendations): "ensure", "measures" and "access"
    weigh little beside "abortion" or "timetable", however rare they are among one review's points."""
    model = HeadingClassifier.shipped().model
    return {w: float(model.idf[i]) for w, i in model.vocabulary.items() if " " not in w and "|" not in w}


def _asked(point: Point) -> str:
    """The words a point is compared on: its cited words, and of a request that States recommend something only
    what it asks for ("We hope the Working Group will note with concern the legality of corporal punishment … and
    make a specific recommendation that legislation be enacted to explicitly prohibit …" is "legislation be enacted
    to explicitly prohibit …", the same recommendation as "We recommend that Nigeria enact legislation to explicitly
    prohibit …")."""
    text = point.cited_text
    m = ASKS_STATES_TO_RECOMMEND.match(text) if point.act == "recommendation" else None
    return m.group("rest") if m else text


def _kind(point: Point) -> str:
    return {"recommendation": "recommendation", "positive": "positive"}.get(point.act, "concern")


def _action(text: str) -> str | None:
    """The family of the first action a recommendation asks for, among its first words ("The Government should
    ratify …", "We urge Kazakhstan to accede to …": ratify)."""
    opening = " ".join(_WORD.findall(text)[:_ASK_WORDS])
    for m in _ACTION_WORD.finditer(opening):  # not a name's word ("the Revised European Social Charter")
        if _BY_LAW.match(opening, m.start()):
            # "enact legislation to explicitly prohibit …" asks for what the law is to do, as "prohibit …" does: no
            # action that sets it apart from another stakeholder's "enact legislation" or "prohibit"
            return None
        if m.start() == 0 or m.group()[0].islower():
            return m.lastgroup
    return None


#: A law asked for what it is to do: "enact legislation to explicitly prohibit …", "be enacted to prohibit …",
#: "adopt a law that criminalises …" (not "enact the Refugees Bill").
_BY_LAW = re.compile(
    r"(?:enact(?:ed)?|adopt(?:ed)?)\s+(?:(?:new|specific|comprehensive)\s+)?(?:legislation|a\s+law|laws)?\s*(?:to|that|which)\s",
    re.I,
)


_TENS = [w for w, n in NUMBER_WORDS.items() if n >= 20]
_UNITS = [w for w, n in NUMBER_WORDS.items() if n < 10]
#: "two" to "ninety-nine" written out ("Fifty-three", "twenty four"); "one" is too often no figure ("one of").
_NUMBER_WORD = re.compile(
    r"\b(?:(?:" + "|".join(_TENS) + r")(?:[\s\-]+(?:" + "|".join(_UNITS) + r"))?|"
    + "|".join(w for w, n in NUMBER_WORDS.items() if 2 <= n < 20) + r")\b",
    re.I,
)


def _figures(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The figures (digits, and "two" to "ninety-nine" written out) and the years (four digits from 1900 to 2099,
    not "2,000") a text gives."""
    found: set[str] = set()
    years: set[str] = set()
    for m in _NUMBER.finditer(text):
        figure = m.group().rstrip(".")
        (years if _YEAR.match(figure) else found).add(figure.replace(",", ""))
    found.update(str(words_to_int(m.group())) for m in _NUMBER_WORD.finditer(text))
    return frozenset(found), frozenset(years)


def cross_reference(points: list[Point], *, frame: Sequence[str] = (), apart: Iterable[str] = ()) -> list[Point]:
    """``points`` with each point another stakeholder made in its own words cited with "See also" under the
    fuller wording (see the module's docstring), in their order."""
    apart = frozenset(apart)
    names = frozenset(frame)
    open_ = [i for i, p in enumerate(points) if not any(w in apart for w in [*p.stakeholders, *p.see_also])]
    texts = {i: _asked(points[i]) for i in open_}
    common = common_words()
    rare = max(common.values(), default=1.0)
    background: dict[str, float] = {}  # stem -> weight of its commonest spelling in UPR texts at large
    bags: dict[int, set[str]] = {}
    particulars: dict[int, Particulars] = {}
    sequences: dict[int, list[str]] = {}
    for i in open_:
        bags[i] = set()
        sequence: list[str] = []
        for word, s in content_tokens(_named(texts[i])[2], extra=names):
            if not s[:1].isdigit() and word.lower() not in _LITTLE:
                if s not in bags[i]:
                    sequence.append(s)
                bags[i].add(s)
                background[s] = min(background.get(s, rare), common.get(word.lower(), rare))
        sequences[i] = sequence
        # a figure both give ("111,000"), or an instrument both name however spelt ("OP-CAT", "the Optional
        # Protocol to the Convention against Torture"), is as telling as the rarest word; a group of people
        # ("journalists", "media workers") and the action a recommendation asks for ("ratify", "accede", "become
        # a party") are words of their own
        facts = particulars[i] = Particulars.of(texts[i], recommendation=points[i].act == "recommendation")
        for token, weight in (
            *((f"#{f}", rare) for f in facts.numbers), *((f"#{y}", rare / 2) for y in facts.years),
            *((f"@{c}", rare) for c in facts.instruments), *((f"%{g}", rare / 2) for g in facts.groups),
            *((f"!{a}", rare / 2) for a in [facts.action] if a),
        ):
            bags[i].add(token)
            background[token] = weight
    df = Counter(w for b in bags.values() for w in b)
    n = max(1, len(open_))
    idf = {w: (math.log((n + 1) / c) + 1) * background[w] for w, c in df.items()}
    said: dict[int, _Said] = {}
    for i in open_:
        weights = {w: idf[w] for w in bags[i]}
        said[i] = _Said(
            weights=weights,
            norm=math.sqrt(sum(x * x for x in weights.values())) or 1.0,
            particulars=particulars[i],
            sequence=tuple(sequences[i]),
        )
    pairs: list[tuple[float, int, int]] = []
    own: list[tuple[float, int, int]] = []
    for similarity, i, j in _similar(open_, said, min(OWN_SIMILARITY, CONTAINED_SIMILARITY)):
        a, b = points[i], points[j]
        if _kind(a) != _kind(b) or said[i].particulars.differs(said[j].particulars) or said[i].reversed_from(said[j]):
            continue
        if not set(a.stakeholders) & set(b.stakeholders):
            # a short point said whole inside a longer one ("Pass the Anti-Torture Bill" / "… passes the
            # Anti-Torture Bill in 2013, and criminalise torture in line with article 4 …") is as good as alike
            if similarity >= RELATED_SIMILARITY or max(_cover(said[i], said[j]), _cover(said[j], said[i])) >= CONTAINED:
                pairs.append((similarity, i, j))
        elif (a.stakeholders == b.stakeholders and len(a.stakeholders) == 1 and a.act == "recommendation"
              and similarity >= OWN_SIMILARITY):
            own.append((similarity, i, j))
    absorbed: dict[int, int] = {}
    leads: set[int] = set()
    for _, i, j in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if i in absorbed or j in absorbed:
            continue
        ways = [(_cover(said[a], said[b]), a, b) for a, b in ((i, j), (j, i)) if said[a].particulars.holds(said[b].particulars)]
        ways = [w for w in ways if w[0] >= RELATED_COVER and w[2] not in leads and len(points[w[2]].stakeholders) == 1]
        if not ways:
            continue
        _, lead, other = max(ways, key=lambda w: (w[0], -w[1]))
        if _absorb(points[lead], points[other]):
            absorbed[other] = lead
            leads.add(lead)
    _own_restated(points, own, said, absorbed, leads)
    return [p for i, p in enumerate(points) if i not in absorbed]


def _own_restated(
    points: list[Point], own: list[tuple[float, int, int]], said: dict[int, _Said], absorbed: dict[int, int],
    leads: set[int],
) -> None:
    """A stakeholder's recommendation made again in other words in a list of recommendations of another part of
    its submission ("urges Parliament to pass the Non-Custodial Sentencing Bill" / "Pass the Non-Custodial
    Sentencing Bill without further delay"), said once: one wording is left out where the other holds all it
    names and most of its weight, the fuller one written (the left-out one cannot be cited as a second place of
    it, whose words it does not have); where one of the two is already cited with "See also" under another stakeholder's point, the other
    is cited there too, as a further place. ``absorbed`` ({left out: written in}) and ``leads`` are updated."""
    for _, i, j in sorted(own, key=lambda t: (-t[0], t[1], t[2])):
        first, later = sorted((i, j), key=lambda k: points[k].order)
        who = points[later].stakeholders[0]
        if points[first].passages[who][0].block == points[later].passages[who][0].block or not any(
            _listed(points[k].passages[who][0]) for k in (first, later)
        ) or len(HEDGE.findall(points[first].cited_text)) != len(HEDGE.findall(points[later].cited_text)):
            continue  # "consider ratifying" is not "ratify"
        if first in absorbed and later in absorbed:
            continue
        if first in absorbed or later in absorbed:  # one is "See also" under another's point: the other joins it
            cited, alone = (first, later) if first in absorbed else (later, first)
            home = absorbed[cited]
            if (alone in leads or who not in points[home].see_also or not _keeps(said[home], said[alone])):
                continue
            points[home].repeats.setdefault(who, []).append(points[alone].passages[who])
            absorbed[alone] = home
            continue
        ways = [(_cover(said[a], said[b]), a, b) for a, b in ((first, later), (later, first))
                if b not in leads and _keeps(said[a], said[b])]
        if not ways:
            continue
        _, keep, drop = max(ways, key=lambda w: (w[0], w[2]))  # the fuller wording; the first where alike
        for also, places in points[drop].see_also.items():  # those cited with it stay cited
            if also not in points[keep].stakeholders:
                points[keep].see_also.setdefault(also, places)
        absorbed[drop] = keep


def _keeps(lead: _Said, other: _Said) -> bool:
    """``lead`` holds all ``other`` names and most of its weight."""
    return lead.particulars.holds(other.particulars) and _cover(lead, other) >= OWN_COVER


def _listed(passage: Passage) -> bool:
    """The passage is an item of a list or stands under a heading of recommendations."""
    return passage.in_list or bool(passage.heading and re.search(r"\brecommendations?\b", passage.heading, re.I))


def _similar(order: list[int], said: dict[int, _Said], least: float) -> list[tuple[float, int, int]]:
    """(cosine, i, j) of every two points (i < j) whose weighted words are at least ``least``
    alike: one sparse product for all the points at once (3,000 points of 155 submissions in well under a
    second, where comparing them two by two took 15 s)."""
    columns: dict[str, int] = {}
    rows, cols, values = [], [], []
    for row, i in enumerate(order):
        for word, weight in said[i].weights.items():
            rows.append(row)
            cols.append(columns.setdefault(word, len(columns)))
            values.append(weight / said[i].norm)
    if not values:
        return []
    matrix = sp.csr_matrix((values, (rows, cols)), shape=(len(order), len(columns)))
    out: list[tuple[float, int, int]] = []
    for start in range(0, len(order), _BLOCK):  # a block of rows at a time: memory stays linear in the points
        product = (matrix[start : start + _BLOCK] @ matrix.T).tocoo()
        keep = (product.data >= least) & (product.col > product.row + start)
        out.extend(
            (float(v), order[r + start], order[c])
            for r, c, v in zip(product.row[keep], product.col[keep], product.data[keep], strict=True)
        )
    return out


def _cover(lead: _Said, other: _Said) -> float:
    """The share of ``other``'s weight in words ``lead`` has too."""
    total = sum(other.weights.values())
    return sum(x for w, x in other.weights.items() if w in lead.weights) / total if total else 0.0


def _absorb(lead: Point, other: Point) -> bool:
    """Cite ``other``'s stakeholder with "See also" in ``lead`` (with its own further places, and those it cited)."""
    who = other.stakeholders[0]
    if who in lead.see_also:
        return False
    lead.see_also[who] = other.passages[who]
    if other.repeats.get(who):
        lead.repeats.setdefault(who, []).extend(other.repeats[who])
    for also, cited in other.see_also.items():
        if also not in lead.stakeholders and also not in lead.see_also:
            lead.see_also[also] = cited
            if other.repeats.get(also):
                lead.repeats.setdefault(also, []).extend(other.repeats[also])
    return True
