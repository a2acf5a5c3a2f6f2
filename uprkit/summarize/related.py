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

Two points giving the same figure of the same thing ("at least 54 people were killed …" / "… shot dead at least 54
people …": :func:`_same_figure`) need be only :data:`ANCHORED_SIMILARITY` alike and the one cited held
:data:`ANCHORED_COVER` by the other.

A stakeholder's run of sentences (a finding and what follows from it) may hold in its first or last sentence the
point another stakeholder makes, where the run as a whole is not alike (FFI's "At least 54 people were killed … in
November 2020. FFI documented the torture of 37 opposition supporters …"). Such an edge sentence is compared on its
own too, only where the whole points are not alike, and only where it gives the same figure, year, instrument or
name as the other point or has nearly all its words (:data:`EDGE_ALIKE`): one sentence alone is alike too easily
("The media environment has deteriorated." / "The situation of LGBTI people had deteriorated"). It is then cited
with the other point, credited where it has every content word of the drafted sentence, else with "See also", and
the run goes on without it; a first sentence goes only where the second can open the run ("The guards did not open
the cell when the fire started" leans on the fire of the sentence before it).

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
from dataclasses import dataclass, field
from functools import lru_cache

import scipy.sparse as sp

from uprkit.classify.groups import find_groups
from uprkit.classify.headings import HeadingClassifier
from uprkit.classify.instruments import find_instruments
from uprkit.parse.metadata import NUMBER_WORDS, words_to_int
from uprkit.summarize.candidates import Point
from uprkit.summarize.clauses import lower_first
from uprkit.summarize.frames import ASKS_STATES_TO_RECOMMEND
from uprkit.summarize.marks import plain_letters
from uprkit.summarize.passages import Passage
from uprkit.summarize.person import beyond_frame, speaks_of_itself
from uprkit.summarize.speech import Reported
from uprkit.summarize.verify import NUMBER_SIGN, content_stems, content_tokens, missing_words, negations, stem

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
#: Points that give the same figure of two digits or more (not a year) and have two more words in common need be
#: only this alike, and the one cited with "See also" held this much by the other: "At least 54 people were killed
#: by the police and the military when they suppressed the protests of November 2020" / "On 18 and 19 November
#: 2020, security forces shot dead at least 54 people during protests …"; "… were 133 per cent over capacity" / "…
#: an overcrowding rate of 133 per cent". (Figures that differ keep points apart: :meth:`Particulars.holds`.)
ANCHORED_SIMILARITY = 0.25
ANCHORED_COVER = 0.30
_BLOCK = 256
#: Frame words that weaken a recommendation ("consider ratifying"): two wordings of one stakeholder's
#: recommendation stand for each other only with as many.
HEDGE = re.compile(r"\bconsider(?:s|ed|ing|ation)?\b", re.I)
#: A figure: not the number of a name ("COVID-19").
_NUMBER = re.compile(r"(?<![\w.])(?<!COVID-)(?<!Covid-)\d[\d,.]*\d(?![\w])|(?<![\w.,])\d(?![\w,])")
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
            all(any(_about(n, m) for m in self.numbers) for n in other.numbers)
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
    #: each figure it gives and what the figure counts (:func:`_counts`)
    counts: dict[str, frozenset[str]] = field(default_factory=dict)

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
    not "2,000") a text gives; a figure of millions, lakhs or crores as the number it is ("5.4 million" and "54
    lakh": 5400000)."""
    found: set[str] = set()
    years: set[str] = set()
    for m in _NUMBER.finditer(text):
        figure = m.group().rstrip(".")
        if _YEAR.match(figure):
            years.add(figure)
        else:
            found.add(_scaled(figure, text[m.end() : m.end() + 12]))
    found.update(str(words_to_int(m.group())) for m in _NUMBER_WORD.finditer(text))
    return frozenset(found), frozenset(years)


#: Words that multiply the figure before them.
_SCALE = {"thousand": 10**3, "lakh": 10**5, "lakhs": 10**5, "million": 10**6, "millions": 10**6, "crore": 10**7,
          "crores": 10**7, "billion": 10**9}


def _scaled(figure: str, after: str) -> str:
    """``figure`` (its commas, South Asian ones too, left out) as a number, times the scale word after it ("5.4" /
    " million …": "5400000")."""
    plain = figure.replace(",", "")
    word = re.match(r"\s+([a-z]+)", after)
    if word and word.group(1) in _SCALE:
        try:
            return str(round(float(plain) * _SCALE[word.group(1)]))
        except ValueError:
            return plain
    return plain


def _about(a: str, b: str) -> bool:
    """The same figure, or the same within 2 per cent where one of the two is round and both are in thousands ("more
    than 63,000 complaints" / "63,718 complaints"; not "9,000" / "9,500")."""
    if a == b:
        return True
    try:
        x, y = float(a), float(b)
    except ValueError:
        return False
    return min(x, y) >= 1000 and abs(x - y) <= 0.02 * max(x, y) and (x % 100 == 0 or y % 100 == 0)


def _rounded(figure: str) -> str:
    """A figure in thousands or more cut to its first two digits, the word two points giving about the same figure
    share ("63000" and "63718": "63000"); smaller ones as they are."""
    try:
        x = float(figure)
    except ValueError:
        return figure
    if x < 1000:
        return figure
    magnitude = 10 ** (len(str(int(x))) - 2)
    return str(int(x // magnitude * magnitude))


def cross_reference(
    points: list[Point], *, frame: Sequence[str] = (), apart: Iterable[str] = (), proper: frozenset[str] = frozenset()
) -> list[Point]:
    """``points`` with each point another stakeholder made in its own words cited with "See also" under the
    fuller wording (see the module's docstring), in their order. The first or the last sentence of a run of one
    stakeholder's sentences is compared on its own as well (:func:`_edges`): cited with "See also", it leaves the
    run (``proper``: the names that keep their capital where a run's second sentence comes first)."""
    apart = frozenset(apart)
    names = frozenset(frame)
    open_ = [i for i, p in enumerate(points) if not any(w in apart for w in [*p.stakeholders, *p.see_also])]
    texts = {i: _asked(points[i]) for i in open_}
    owner = {i: i for i in open_}
    edge: dict[int, str] = {}  # an edge sentence's number: "head" or "tail"
    # the sentences of the submissions, to tell whether the one after a run's last leans on it
    read = {(q.file, q.index): q.text for p in points for qs in p.passages.values() for q in qs}
    for i in open_:
        for part, passage in _edges(points[i]):
            if part == "tail" and _leaned_on(points[i], read):
                continue  # "… by naturalisation." / "In the Terai, …, this affects thousands of children …"
            k = len(points) + len(edge)
            texts[k], owner[k], edge[k] = passage.text, i, part
    items = [*open_, *edge]
    common = common_words()
    rare = max(common.values(), default=1.0)
    background: dict[str, float] = {}  # stem -> weight of its commonest spelling in UPR texts at large
    bags: dict[int, set[str]] = {}
    particulars: dict[int, Particulars] = {}
    sequences: dict[int, list[str]] = {}
    for i in items:
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
        facts = particulars[i] = Particulars.of(texts[i], recommendation=points[owner[i]].act == "recommendation")
        for token, weight in (
            *((f"#{_rounded(f)}", rare) for f in facts.numbers), *((f"#{y}", rare / 2) for y in facts.years),
            *((f"@{c}", rare) for c in facts.instruments), *((f"%{g}", rare / 2) for g in facts.groups),
            *((f"!{a}", rare / 2) for a in [facts.action] if a),
        ):
            bags[i].add(token)
            background[token] = weight
    df = Counter(w for i in open_ for w in bags[i])  # how many points say it: an edge sentence is no point more
    n = max(1, len(open_))
    said: dict[int, _Said] = {}
    for i in items:
        weights = {w: (math.log((n + 1) / max(1, df[w])) + 1) * background[w] for w in bags[i]}
        said[i] = _Said(
            weights=weights,
            norm=math.sqrt(sum(x * x for x in weights.values())) or 1.0,
            particulars=particulars[i],
            sequence=tuple(sequences[i]),
            counts=_counts(texts[i], names),
        )
    pairs: list[tuple[float, int, int]] = []
    own: list[tuple[float, int, int]] = []
    for similarity, i, j in _similar(items, said, min(OWN_SIMILARITY, CONTAINED_SIMILARITY)):
        a, b = points[owner[i]], points[owner[j]]
        if owner[i] == owner[j] or _kind(a) != _kind(b) or said[i].particulars.differs(said[j].particulars) \
                or said[i].reversed_from(said[j]):
            continue
        if not set(a.stakeholders) & set(b.stakeholders):
            if (i in edge or j in edge) and not (
                _anchors(texts[i], said[i].particulars, names) & _anchors(texts[j], said[j].particulars, names)
                or (similarity >= EDGE_ALIKE and min(_cover(said[i], said[j]), _cover(said[j], said[i])) >= EDGE_ALIKE)
            ):
                continue  # one sentence alone is alike too easily ("The media environment has deteriorated.")
            # a short point said whole inside a longer one ("Pass the Anti-Torture Bill" / "… passes the
            # Anti-Torture Bill in 2013, and criminalise torture in line with article 4 …") is as good as alike
            if similarity >= RELATED_SIMILARITY or max(_cover(said[i], said[j]), _cover(said[j], said[i])) >= CONTAINED \
                    or (similarity >= ANCHORED_SIMILARITY and _same_figure(said[i], said[j])):
                pairs.append((similarity, i, j))
        elif (i not in edge and j not in edge and a.stakeholders == b.stakeholders and len(a.stakeholders) == 1
              and a.act == "recommendation" and similarity >= OWN_SIMILARITY):
            own.append((similarity, i, j))
    absorbed: dict[int, int] = {}
    leads: set[int] = set()
    parted: set[int] = set()  # runs an edge sentence left: neither cited under another point nor written for one
    # whole points first: a run's edge sentence is taken alone only where the whole points are not alike
    for _, i, j in sorted(pairs, key=lambda t: (t[1] in edge or t[2] in edge, -t[0], t[1], t[2])):
        if {owner[i], owner[j]} & (absorbed.keys() | parted):
            continue
        # what is written is the lead's whole point: nothing the other names may be missing from it
        ways = [(_cover(said[a], said[b]), a, b) for a, b in ((i, j), (j, i))
                if said[owner[a]].particulars.holds(said[b].particulars)]
        ways = [w for w in ways if w[0] >= (ANCHORED_COVER if _same_figure(said[w[1]], said[w[2]]) else RELATED_COVER)
                and owner[w[2]] not in leads
                and len(points[owner[w[2]]].stakeholders) == 1
                and (w[2] in edge or not _leaned_on(points[w[2]], read))]
        if not ways:
            continue
        _, lead, other = max(ways, key=lambda w: (w[0], -w[1]))
        if other in edge:
            if _part(points[owner[lead]], points[owner[other]], edge[other], proper, names):
                parted.add(owner[other])
                leads.add(owner[lead])
        elif _absorb(points[owner[lead]], points[other]):
            absorbed[other] = owner[lead]
            leads.add(owner[lead])
    _own_restated(points, own, said, absorbed, leads)
    return [p for i, p in enumerate(points) if i not in absorbed]


#: A sentence that leans on the one before it ("These figures …", "However, …", "Of them, …", "It …"), which cannot
#: stand for a point of its own nor open a run.
_LEANS_BACK = re.compile(
    r"^(?:[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,4},\s+)?(?:he|she|they|it|its|his|her|their|this|these|those|such|there|"
    r"both|neither|none|however|but|yet|still|nevertheless|moreover|furthermore|also|further|meanwhile|instead|"
    r"therefore|thus|consequently|hence|accordingly|in\s+addition|as\s+a\s+result|the\s+same|(?:[\w\-]+\s+){0,3}of\s+"
    r"(?:them|these|those))\b",
    re.I,
)


#: An edge sentence and another point are one only where they give the same figure, year, instrument or name
#: (:func:`_anchors`), or have nearly all their words in common: this share of each other's weight, and as alike.
EDGE_ALIKE = 0.7
#: Words written with a capital that name no particular thing, place or person.
_NO_NAME = frozenset(
    "january february march april may june july august september october november december government state states "
    "president parliament ministry minister constitution court courts police national republic act law code "
    "committee council commission office special rapporteur united nations human rights upr covid the a an in on "
    "of and for to at by we our it its this these".split()
)


def _anchors(text: str, facts: Particulars, names: frozenset[str]) -> frozenset[str]:
    """What pins a sentence to one matter: its figures, years and instruments, and the names it writes with a
    capital inside it ("Kafaba", "ECCC", "Norperuano"), but the State's and the stakeholders' (``names``)."""
    own = {w.lower() for n in names for w in _LETTERS.findall(n)}
    found = {
        w.lower() for w in _NAME_WORD.findall(text)
        if w.lower() not in _NO_NAME and w.lower() not in own
    }
    return frozenset(found | facts.numbers | facts.years | facts.instruments)


#: A word with a capital after the first word of its sentence.
_NAME_WORD = re.compile(r"(?<=[\w,;:)]\s)([A-Z][\w\-]+)")
#: A time told from the sentence before: "six days later", "the following year".
_AFTER_IT = re.compile(r"\b(?:later|earlier|afterwards|thereafter|the\s+(?:next|following|previous|same)\s+\w+)\b", re.I)
#: Someone the sentence before named: "… driven by her work as a journalist" ("they", "their" often stand for
#: those of their own sentence: "Detainees were denied a lawyer of their choice").
_PERSON = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.I)
#: A demonstrative pointing back to what came before, anywhere in a sentence ("… where marriages across the border are
#: common, this affects thousands of children", "these provisions"; not "such as", "31 such arrests").
_POINTS_BACK = re.compile(
    r"\b(?:this|these|those)\s+(?!(?:year|month|week|period|cycle|review)\b)(?:[a-z]+s|is|are|was|were|has|have|had|"
    r"affected|meant|led|left|made)\b", re.I)
#: Words two sentences on different matters share all the same.
_NO_LINK = frozenset(stem(w) for w in "government state authorities law people persons year years also many".split())
#: "the fire", "the Kafaba case": a thing the sentence before named, when that sentence named it.
_THE_WORD = re.compile(r"\bthe\s+([A-Za-z][\w\-]*)", re.I)


def _leaned_on(point: Point, read: dict[tuple[str, int], str]) -> bool:
    """The sentence after the point's last in its submission points back to it ("These provisions …", "… this
    affects …"): cited with "See also" under another's point, the point (or its last sentence, a run's tail) would
    leave it pointing at nothing."""
    last = point.passages[point.stakeholders[0]][-1]
    after = read.get((last.file, last.index + 1))
    return after is not None and bool(_LEANS_BACK.match(after) or _POINTS_BACK.search(after))


def _edges(point: Point) -> list[tuple[str, Passage]]:
    """The first and the last sentence of a run of one stakeholder's sentences (a finding and what follows from
    it), each of which may be the point another stakeholder makes where the rest of the run is not ("At least 54
    people were killed … in November 2020. FFI documented the torture of 37 opposition supporters …"): the first
    where the second can open the run in its place, the last where it stands on its own."""
    who = point.stakeholders[0]
    sentences = point.passages[who]
    if (len(point.stakeholders) != 1 or point.act == "recommendation" or not point.continuation or point.see_also
            or point.repeats or len(sentences) != len(point.continuation) + 1):
        return []
    out = []
    second = point.continuation[0]
    named = {stem(w) for w in _LETTERS.findall(sentences[0].text)}
    said = re.sub(rf"^{re.escape(who)}\s+[a-z]+\s+(?:that\s+)?", "", second)  # "LICA considered that these …"
    # it goes on from the first where it names what the first did ("Without a certificate, …" after "… lack a
    # citizenship certificate") or points back anywhere ("In the Terai, …, this affects thousands of children")
    shared = {s for _, s in content_tokens(second)} & {s for _, s in content_tokens(sentences[0].text)} - _NO_LINK
    if not (_LEANS_BACK.match(said) or _AFTER_IT.search(second) or _PERSON.search(second) or _POINTS_BACK.search(second)
            or {s for s in shared if not s[:1].isdigit()}
            or (second.startswith(who) and not re.match(rf"{re.escape(who)}\s+[a-z]+\s", second))
            or any(stem(m.group(1)) in named for m in _THE_WORD.finditer(second))):
        out.append(("head", sentences[0]))
    if not _LEANS_BACK.match(point.continuation[-1]):
        out.append(("tail", sentences[-1]))
    return out


def _part(lead: Point, point: Point, edge: str, proper: frozenset[str], names: frozenset[str]) -> bool:
    """Cite ``point``'s first or last sentence (``edge``) in ``lead``, and leave it out of the run: credited where
    it has every content word the lead's sentence has (as :mod:`uprkit.summarize.merge` credits), else with "See
    also". The run opens with its second sentence where the first goes ("noted that …")."""
    who = point.stakeholders[0]
    if who in lead.see_also or who in lead.stakeholders:
        return False
    sentences = point.passages[who]
    cited = sentences[-1:] if edge == "tail" else sentences[:1]
    drafted = " ".join([lead.reported.predicate, *lead.continuation])
    if (negations(drafted) == negations(cited[0].text) and not missing_words(drafted, content_stems(cited[0].text), extra=names)
            and not speaks_of_itself(beyond_frame(lead.cited_text))):
        lead.stakeholders.append(who)
        lead.passages[who] = cited
    else:
        lead.see_also[who] = cited
    if edge == "tail":
        point.passages[who], point.continuation = sentences[:-1], point.continuation[:-1]
        return True
    point.passages[who] = sentences[1:]
    first, point.continuation = point.continuation[0], point.continuation[1:]
    if first.startswith(f"{who} "):  # "FFI documented the torture of 37 …": its own verb
        verb = first[len(who) + 1 :].split()[0]
        point.reported = Reported(first[len(who) + 1 :], verb, "observation")
    else:
        point.reported = Reported(f"noted that {lower_first(first, proper)}", "noted", "observation")
    point.act = "observation"
    point.order = (point.order[0], sentences[1].index)
    return True


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


def _same_figure(a: _Said, b: _Said) -> bool:
    """Both give a figure of two digits or more of the same thing ("54 people" / "at least 54 people"; not "180
    days" / "180 asylum applications", nor "Act 732"), and have two more words in common."""
    return any(
        len(f.replace(".", "")) >= 2 and a.counts[f] & b.counts[f] for f in a.counts.keys() & b.counts.keys()
    ) and len(set(a.sequence) & set(b.sequence)) >= 2


#: A figure and the words after it: what it counts.
_COUNTED = re.compile(r"(?<![\w.])(?<!COVID-)(?<!Covid-)(\d[\d,.]*\d|\d)(?![\w])((?:[^\w.;:]+[A-Za-z][\w\-]*){1,6})")
#: Words before a figure that make it a name's number ("Act 732", "article 159", "Law No. 30151").
_NUMBERED = re.compile(r"\b(?:act|law|no|nos|article|articles|art|arts|section|sections|decree|resolution|order|"
                       r"convention|case|cases|bill|paragraph|paragraphs|para|paras|page|pages|chapter|rule|rules)\.?\s*$",
                       re.I)


def _counts(text: str, names: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each figure ``text`` gives (digits, not a name's number) and the stems of the first four content words after
    it: what it counts ("54 people were killed": people, kill)."""
    out: dict[str, frozenset[str]] = {}
    for m in _COUNTED.finditer(text):
        if _NUMBERED.search(text[max(0, m.start() - 12) : m.start()]) or _YEAR.match(m.group(1)):
            continue
        words = [s for w, s in content_tokens(m.group(2), extra=names)
                 if w.lower() not in _LITTLE and w.lower() not in _PER_CENT][:4]
        if _PERCENTAGE.match(m.group(2)) and not words:
            # a share at its clause's end says what of before it: "an overcrowding rate of 133 per cent" / "133 per
            # cent over capacity"; after it where it goes on ("36 per cent of Dalit households are landless" is no
            # "loans at interest rates of up to 36 per cent a year")
            before = re.split(r"[.;:]", text[max(0, m.start() - 80) : m.start()])[-1]
            words += [s for w, s in content_tokens(before, extra=names) if w.lower() not in _LITTLE and not s[:1].isdigit()][-6:]
        out[_rounded(_scaled(m.group(1).rstrip("."), m.group(2)))] = frozenset(w for w in words if w not in _SCALE)
    return out


_PER_CENT = frozenset({"per", "cent", "percent"})
_PERCENTAGE = re.compile(r"\s*(?:per\s*cent|percent|%)", re.I)


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
