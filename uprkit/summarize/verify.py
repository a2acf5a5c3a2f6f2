"""Faithfulness: every drafted sentence says only what the stakeholders it credits said, where it says they did.

For each sentence that credits stakeholders, and for each of them: its cited spans must exist in the
submission's text as recorded (file, offsets and words), and every content word of the sentence must be
among that stakeholder's cited words (compared on a light stem, so "remains"/"remained" match). Where the
stakeholder made the point in several places (``SourceSpan.place``), each place must hold it on its own. The frame
OHCHR adds is allowed: function words, reporting verbs ("noted", "expressed concern", "recommended that"),
pronouns, the State's names and the credited stakeholders' names and abbreviations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from uprkit import countries
from uprkit.summarize.marks import plain_letters
from uprkit.summarize.model import Summary, SummarySentence
from uprkit.summarize.page_notes import left_out_lines
from uprkit.summarize.person import SUBJECT_ADVERBS, agreed_base
from uprkit.summarize.tense import IRREGULAR_PAST

_TOKEN = re.compile(r"[A-Za-zÀ-ÿ0-9]+(?:['’][a-z]+)?")

#: Words the summary's frame may add: function words, auxiliaries, pronouns, the reporting frame.
_FRAME_WORDS = frozenset(
    """
    a an the and or but nor of to in on at by for with from into onto upon about as than that which who whom
    whose this these those there it its itself they their them themselves he she his her we our us i my
    is are was were be been being am has have had having do does did done will would shall should can could
    may might must ought also further furthermore moreover additionally however inter alia
    recommended recommend recommends recommendation recommendations urged urge called call calls upon
    encouraged encourage expressed express concern concerned noted note notes with reported report stated state
    said considered consider welcomed welcome regretted regret observed observe indicated indicate highlighted
    according similar similarly made make government authorities party review under
    s t didn wasn weren hadn wouldn couldn isn aren hasn haven won
    """.split()
)


@cache
def _reporting_words() -> frozenset[str]:
    text = resources.files("uprkit").joinpath("data/reporting_verbs.tsv").read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        words.update(w.lower() for w in _TOKEN.findall(line.split("\t")[0]))
    return frozenset(words)


#: A consonant doubled before "-ed"/"-ing" ("occurred", "committing", "planned"); not "dd", "ff", "ll", "ss"
#: ("added", "staffed", "filled", "passed"), which the verb has in every form.
_DOUBLED = re.compile(r"([bgmnprt])\1$")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A word's stem, one for its forms ("occurred", "occurs": occur; "passed", "passes", "pass": pass; "held",
    "holds", "hold": hold)."""
    w = word.lower().replace("’", "'")
    w = re.sub(r"'s$", "", w)
    if w in _IRREGULAR:
        return stem(_IRREGULAR[w])  # the past of an irregular verb the draft moved into the past
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("e", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not (suffix == "s" and w.endswith("ss")):
            w = w[: len(w) - len(suffix)] + repl
            if suffix in ("ing", "ed") and _DOUBLED.search(w):
                w = w[:-1]  # "occurred", "committing" → "occur", "commit", as "occurs", "commits"
            return w
    return w


#: Irregular pasts and their verb: a sentence moved into the past ("four million Nepalis hold labour permits" →
#: "held") keeps its words.
_IRREGULAR = {past: base for base, past in IRREGULAR_PAST.items()}

_LINE_END_HYPHEN = re.compile(r"([A-Za-zÀ-ÿ]+)-[ \t]*\n\s*([a-zà-ÿ]+)")


def content_stems(text: str) -> set[str]:
    """The stems of ``text``'s words; "cannot" and "n't" give "not" too (the past of "cannot" is "could not")."""
    text = plain_letters(text)
    tokens = _TOKEN.findall(text)
    out = {stem(t) for t in tokens}
    # a word broken at a line-end hyphen ("Govern-⏎ment") is also the word joined
    out.update(stem(a + b) for a, b in _LINE_END_HYPHEN.findall(text))
    if any(t.lower() == "cannot" or t.lower().endswith(("n't", "n’t")) for t in tokens):
        out.add("not")
    return out


_NEGATION = re.compile(r"\b(?:not|no|never|nor|without|none|nobody|nothing|neither|cannot)\b|n['’]t\b", re.I)


def negations(text: str) -> int:
    """How many negations a text holds ("not", "no", "never", "cannot", "n't" …): a drafted sentence must hold as
    many as the words it reports, or it may say the opposite."""
    text = NUMBER_SIGN.sub(" ", text)
    return len(_NEGATION.findall(_QUOTED.sub(" ", text))) + len(_NEGATION.findall(" ".join(_QUOTED.findall(text))))


_QUOTED = re.compile(r"[\"“][^\"”]{0,400}[\"”]")
#: "No." before a number or a code ("Convention No. 189", "Law No. ZRU-78") is no negation.
NUMBER_SIGN = re.compile(r"\bNo\.\s*(?=\d|[A-Z]{2,}\b|[A-Z]+-?\d)")


def missing_words(drafted: str, allowed: set[str], *, extra: Iterable[str] = ()) -> list[str]:
    """Content words of ``drafted`` whose stem is not in ``allowed`` (frame words and ``extra`` names excepted).

    A verb the draft put in the third person after "it" for a submitter's "we" ("We witness …" → "it
    witnesses …", "we try" → "it tries") is not missing where the cited text has the verb: the stemmer does not
    always bring the two forms to one stem ("witnesses" → "witness", "witness" → "witnes"). Only there: a word
    elsewhere with "-s" added is still missing."""
    agreed = _agreed_verbs(drafted)
    return [
        token for token, s in content_tokens(drafted, extra)
        if s not in allowed and not (token in agreed and stem(agreed[token]) in allowed)
    ]


_AFTER_IT = re.compile(rf"\bit\s+(?:{SUBJECT_ADVERBS}\s+)*(?P<verb>[a-z]+)(?:\s+(?:and|or)\s+(?P<verb2>[a-z]+))?")


def _agreed_verbs(drafted: str) -> dict[str, str]:
    """The third-person verbs right after "it" (and one joined to it by "and"/"or") and the verbs they agree."""
    out: dict[str, str] = {}
    for m in _AFTER_IT.finditer(drafted):
        for word in (m.group("verb"), m.group("verb2")):
            if word and (base := agreed_base(word)) is not None:
                out[word] = base
    return out


def content_tokens(text: str, extra: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(token, stem) of every word of ``text`` but the frame words and the words of the ``extra`` names, in order."""
    frame = _frame()
    extra_stems = _extra_stems(extra if isinstance(extra, frozenset) else frozenset(extra))
    out: list[tuple[str, str]] = []
    for token in _TOKEN.findall(plain_letters(text)):
        low = token.lower()
        if low in frame or re.sub(r"['’].*$", "", low) in frame:
            continue
        s = stem(token)
        if s not in extra_stems:
            out.append((token, s))
    return out


@lru_cache(maxsize=64)
def _extra_stems(extra: frozenset[str]) -> frozenset[str]:
    """The stems of the words of names the frame may add (the State's, the stakeholders')."""
    return frozenset(stem(t) for e in extra for t in _TOKEN.findall(e))


@cache
def _frame() -> frozenset[str]:
    return _FRAME_WORDS | _reporting_words()


def content_words(text: str, *, extra: Iterable[str] = ()) -> tuple[str, ...]:
    """The stems of ``text``'s content words, each once, in the order they first come: what
    :func:`missing_words` checks, without the frame words and ``extra`` names. Two texts with the same
    sequence say the same as far as ``verify`` can tell; the order keeps "from the municipalities to the
    Ministry" apart from "from the Ministry to the municipalities"."""
    return tuple(dict.fromkeys(s for _, s in content_tokens(text, extra)))


@dataclass
class Failure:
    sentence: str
    stakeholder: str | None
    problem: str


@dataclass
class VerifyResult:
    sentences: int = 0  # attributed sentences checked
    faithful: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def faithfulness(self) -> float:
        return self.faithful / self.sentences if self.sentences else 1.0


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def cited_text(text: str, start: int, end: int, chars: str | None = None) -> str:
    """The words of ``text[start:end]`` the drafter read: without the footnotes and running headers of a page
    break the span runs over (found in ``text``, whose note references tell a page's notes), taken from ``chars``
    where given (the same text with its note references made spaces)."""
    source = text if chars is None else chars
    parts: list[str] = []
    at = start
    for a, b in left_out_lines(text):
        if b <= at or a >= end:
            continue
        parts.append(source[at:a])
        at = max(at, b)
    parts.append(source[at:end])
    return " ".join(parts)


def _unnamed(text: str, names: Iterable[str]) -> str:
    """``text`` without the names of the stakeholders and the State: "Justice Without Borders International"
    holds no negation."""
    for name in sorted((n for n in names if n), key=len, reverse=True):
        text = text.replace(name, " ")
    return text


def verify_sentence(
    sentence: SummarySentence,
    texts: dict[str, str],
    *,
    frame_names: Iterable[str],
    files_of: dict[str, frozenset[str]] | None = None,
    plain: dict[str, str] | None = None,
) -> list[Failure]:
    """The problems with one sentence (empty when faithful); ``texts`` maps file name → submission text and
    ``files_of`` each stakeholder's abbreviation → its submission files (the draft's list of stakeholders): a
    span must be in a file of the stakeholder it is cited for, else a sentence relabelled to another stakeholder
    with its spans would pass as that stakeholder's words. ``plain``: each file's text with its note references
    made spaces (:meth:`uprkit.model.Document.without_note_references`), which the words are checked against where
    given."""
    problems: list[Failure] = []
    plain = plain or {}
    names = set(frame_names) | set(sentence.stakeholders)
    if files_of is not None:
        problems += _not_its_files(sentence, files_of)
    # stakeholder → place → the (file, start, end) of each of its cited spans there
    by_stakeholder: dict[str, dict[int, list[tuple[str, int, int]]]] = {}
    for span in sentence.sources:
        text = texts.get(span.file)
        if text is None:
            problems.append(Failure(sentence.text, span.stakeholder, f"cited file {span.file} is not among the submissions"))
            continue
        if not (0 <= span.start <= span.end <= len(text)) or _normalise(text[span.start : span.end]) != _normalise(span.text):
            problems.append(Failure(sentence.text, span.stakeholder,
                                    f"the cited span {span.file}[{span.start}:{span.end}] does not hold the recorded words"))
            continue
        by_stakeholder.setdefault(span.stakeholder, {}).setdefault(span.place, []).append((span.file, span.start, span.end))
    for who in sentence.stakeholders:
        places = by_stakeholder.get(who)
        if not places or 0 not in places:
            problems.append(Failure(sentence.text, who, "credited, but no span of its submission is cited"))
            continue
        for place, spans in sorted(places.items()):
            where = f" (the further place {place})" if place else ""
            if place and any(f == g and a < e and b > s for f, a, b in spans for g, s, e in places[0]):
                problems.append(Failure(sentence.text, who, f"the further place {place} is the first place again"))
                continue
            cited = " ".join(cited_text(texts[f], a, b, plain.get(f)) for f, a, b in spans)
            missing = missing_words(sentence.text, content_stems(cited), extra=names)
            if missing:
                problems.append(Failure(sentence.text, who, f"words not in its cited text{where}: " + ", ".join(dict.fromkeys(missing))))
            elif (said := negations(_unnamed(sentence.text, names))) != (found := negations(_unnamed(cited, names))):
                problems.append(Failure(sentence.text, who, f"{said} negation(s) where its cited text"
                                                            f"{where} has {found}: the sentence may say the opposite"))
    return problems


def _not_its_files(sentence: SummarySentence, files_of: dict[str, frozenset[str]]) -> list[Failure]:
    """A failure for every span (cited or "See also") that is not in a file of the stakeholder it is cited for,
    and for every credited stakeholder the draft does not list."""
    problems = [
        Failure(sentence.text, who, "credited, but not among the draft's stakeholders")
        for who in sentence.stakeholders if who not in files_of
    ]
    for span in [*sentence.sources, *sentence.see_also]:
        own = files_of.get(span.stakeholder)
        if own is not None and span.file not in own:
            problems.append(Failure(
                sentence.text, span.stakeholder,
                f"the cited span is in {span.file}, which is not a submission of {span.stakeholder} "
                f"({', '.join(sorted(own)) or 'no files'}): the sentence may credit the wrong stakeholder",
            ))
    return problems


def verify_summary(summary: Summary, texts: dict[str, str], plain: dict[str, str] | None = None) -> VerifyResult:
    """Check every attributed sentence of a draft against the submissions' texts (``plain``: see
    :func:`verify_sentence`)."""
    result = VerifyResult()
    names: set[str] = {summary.country_name, summary.country}
    country = countries.by_code(summary.country)
    if country is not None:  # the State as the draft writes it: "recommended that the Philippines …"
        names.update({country.in_prose, country.in_title})
    for st in summary.stakeholders:
        names.add(st.abbreviation)
        if st.name:
            names.add(st.name)
        if st.kind == "joint" and (m := re.fullmatch(r"JS(\d+)", st.abbreviation)):
            names.add(f"Joint Submission (JS) {m.group(1)}")  # as upr-summary-spec introduces it, in an edited draft
    files_of = {st.abbreviation: frozenset(st.files) for st in summary.stakeholders}
    for sentence in summary.iter_sentences():
        if not sentence.stakeholders:
            continue  # the Office's own framing (introduction), not attributed to anyone
        result.sentences += 1
        problems = verify_sentence(sentence, texts, frame_names=names, files_of=files_of, plain=plain)
        if problems:
            result.failures.extend(problems)
        else:
            result.faithful += 1
    return result


def verify_draft(draft_json: Path, submissions: Path) -> VerifyResult:
    """``uprkit verify DRAFT.json SUBMISSIONS_DIR``: read both and check every sentence."""
    from uprkit.errors import ParseError
    from uprkit.read import read_document
    from uprkit.summarize.submissions import submission_files

    try:
        summary = Summary.model_validate_json(draft_json.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ParseError(f"not a uprkit draft JSON ({str(exc).splitlines()[0]})", str(draft_json)) from exc
    texts: dict[str, str] = {}
    plain: dict[str, str] = {}
    for path in submission_files(submissions):
        try:
            doc = read_document(path)
        except Exception:  # noqa: BLE001 - a sentence citing an unreadable file fails below, by name
            continue
        texts[path.name] = doc.text
        plain[path.name] = doc.without_note_references()  # the text itself where it marks no note reference
    return verify_summary(summary, texts, plain)
