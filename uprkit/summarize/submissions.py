"""A folder of stakeholder submissions and who sent each: the optional manifest, or what the files tell.

The manifest is a CSV with the columns ``abbreviation``, ``name``, ``kind`` (``ngo``, ``joint``, ``nhri``,
``regional``, ``un``, ``other``), ``members`` (joint submissions; separated by ``;``), ``location`` and
``file`` (a file name in the folder). Without one, each file is a stakeholder: the abbreviation is the file
name's stem where it looks like one ("JS1.pdf", "AI.docx", "HRW_UPR_2009.pdf" → "HRW"), a joint submission is
recognised by "JS<n>" or "joint submission" on its cover page, the name is taken from a cover-page line
"Submitted by …" where there is one, and every guess is listed in the stakeholder's ``guessed`` fields.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from uprkit.errors import ParseError, UprkitError
from uprkit.model import Document, ParseWarning
from uprkit.read import read_document
from uprkit.summarize.joint_members import unknown_members
from uprkit.summarize.model import NotIncluded, SummaryStakeholder
from uprkit.summarize.organs import split_by_organ
from uprkit.summarize.passages import Passage, split_passages
from uprkit.summarize.stakeholder_guess import ATTACHING_BODIES, attaching_body, guess_stakeholder

SUBMISSION_SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".text", ".htm", ".html", ".md"})
_KINDS: frozenset[str] = frozenset({"ngo", "joint", "nhri", "regional", "un", "state", "other"})
MANIFEST_COLUMNS = ("abbreviation", "name", "kind", "members", "location", "file", "parent", "status")
@dataclass
class Submission:
    file: str
    path: Path
    stakeholder: SummaryStakeholder
    document: Document
    passages: list[Passage] = field(default_factory=list)
    #: What was left out of the submission's text and why ("3 sentences in French: …"), for the draft's warnings.
    left_out: list[str] = field(default_factory=list)
    #: What is not known of who sent it (a joint submission's members), for the draft's warnings.
    warnings: list[ParseWarning] = field(default_factory=list)


def _organs(
    stakeholder: SummaryStakeholder, text: str, passages: list[Passage]
) -> list[tuple[SummaryStakeholder, list[Passage]]] | None:
    """A regional body's contribution made of its organs' report extracts (:mod:`uprkit.summarize.organs`):
    each organ as a stakeholder attached to the body ("CoE-ECRI" of "CoE") with its passages; None for any other
    submission."""
    body = next((b for b in ATTACHING_BODIES if stakeholder.abbreviation.casefold() == b.casefold()), None)
    if body is None and stakeholder.kind == "regional" and re.search(r"\bCouncil\s+of\s+Europe\b", stakeholder.name or ""):
        body = "CoE"
    if body is None or stakeholder.parent is not None:
        return None
    split = split_by_organ(text, passages, body)
    if split is None:
        return None
    return [
        (SummaryStakeholder(abbreviation=f"{body}-{organ.short}", name=organ.name, kind="regional", parent=body,
                            files=stakeholder.files, guessed=stakeholder.guessed), ps)
        for organ, ps in split
    ]


def read_manifest(path: Path) -> dict[str, SummaryStakeholder]:
    """The manifest as {file name: stakeholder}; a clear error naming the file and line for bad rows."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ParseError(f"cannot read the stakeholder manifest ({exc})", str(path)) from exc
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    for needed in ("abbreviation", "file"):
        if needed not in header:
            raise ParseError(f"the stakeholder manifest has no '{needed}' column (columns: {', '.join(MANIFEST_COLUMNS)})", str(path))
    out: dict[str, SummaryStakeholder] = {}
    seen: dict[str, int] = {}
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        abbr, file = row.get("abbreviation", ""), row.get("file", "")
        if not abbr or not file:
            raise ParseError(f"line {line}: 'abbreviation' and 'file' are required", str(path))
        if abbr in seen:
            raise ParseError(f"line {line}: abbreviation '{abbr}' is already used on line {seen[abbr]} "
                             "(list a stakeholder's files together: 'a.pdf;b.pdf')", str(path))
        seen[abbr] = line
        kind = (row.get("kind") or "ngo").lower()
        if kind not in _KINDS:
            raise ParseError(f"line {line}: unknown kind '{kind}' (one of {', '.join(sorted(_KINDS))})", str(path))
        members = [m.strip() for m in re.split(r"[;|]", row.get("members", "")) if m.strip()]
        status = _status(row.get("status", ""))
        if row.get("status") and status is None:
            raise ParseError(f"line {line}: unknown status '{row['status']}' (an NHRI's accreditation: A, B or C)", str(path))
        parent = row.get("parent") or None
        guessed = []
        if parent is None and "parent" not in header and (inferred := attaching_body(abbr)) is not None:
            parent = inferred
            guessed.append("parent")
        stakeholder = SummaryStakeholder(
            abbreviation=abbr,
            name=row.get("name") or None,
            kind=kind,  # type: ignore[arg-type]
            members=members,
            location=row.get("location") or None,
            parent=parent,
            status=status,
            files=[file],
            guessed=guessed,
        )
        for f in re.split(r"[;|]", file):
            out[f.strip()] = stakeholder
    return out


def _status(value: str) -> str | None:
    """An accreditation as the manifest writes it: "A", "B status", "“B”" → "A", "B"; None for anything else."""
    m = re.fullmatch(r"[\"“']?\s*([ABC])\s*[\"”']?(?:\s*(?:-\s*)?status)?", value.strip(), re.I)
    return m.group(1).upper() if m else None


def submission_count(stakeholders: Sequence[SummaryStakeholder]) -> int:
    """How many submissions the introduction states: the attachments of one body count once, as its one
    submission (A/HRC/WG.6/48/SVN/3: 19 contributors, the Council of Europe's eight organs among them, "12
    stakeholders' submissions")."""
    own = {st.abbreviation for st in stakeholders if st.parent is None}
    return len(own) + len({st.parent for st in stakeholders if st.parent is not None and st.parent not in own})


_STOPWORDS = {
    "en": set("the of and to in is that for are with on by this be as not have has".split()),
    "fr": set("le la les des du et est une dans pour que qui sur par pas sont aux ces".split()),
    "es": set("el la los las del y en que por con para una es se sus al como".split()),
    "ru": set("и в не на что по с о как к из для это".split()),
    "ar": set("في من على إلى أن التي الذي عن مع".split()),
}


def probable_language(text: str) -> str:
    """The language whose common words are most frequent in the first pages ("en", "fr", "es", "ru", "ar")."""
    words = re.findall(r"\w+", text[:20000].lower())
    if not words:
        return "en"
    best, scores = _common_words(words)
    return best if scores[best] > scores["en"] * 1.5 else "en"


def passage_language(text: str) -> str:
    """The language of one sentence: another than English only where three of that language's common words or
    more, and twice as many as English ones, say so ("abroger la loi sur la prévention du terrorisme et libérer
    les personnes …"), not for a French name in an English sentence ("the Ligue des droits de l'Homme noted")."""
    best, scores = _common_words(re.findall(r"[^\W\d_]+", text.lower()))
    return best if best != "en" and scores[best] >= 3 and scores[best] >= 2 * max(1, scores["en"]) else "en"


def _common_words(words: list[str]) -> tuple[str, dict[str, int]]:
    """How many of each language's common words ``words`` holds, and the language with the most (the first
    listed, English, on a tie)."""
    scores = {lang: sum(w in common for w in words) for lang, common in _STOPWORDS.items()}
    return max(scores, key=lambda k: scores[k]), scores


#: Files of a submissions folder that are documents uprkit does not read: each is named as not included, with
#: what to do, so that no submission is lost without a word.
UNREAD_SUFFIXES = {
    **dict.fromkeys((".odt", ".ott", ".rtf", ".doc", ".dot", ".docm", ".wpd", ".pages", ".epub", ".xls", ".xlsx",
                     ".ods", ".ppt", ".pptx", ".odp"), "uprkit does not read {suffix} files: save it as DOCX or PDF"),
    **dict.fromkeys((".jpg", ".jpeg", ".png", ".tif", ".tiff", ".gif", ".bmp", ".heic", ".webp"),
                    "an image ({suffix}): run OCR and save it as a PDF with a text layer"),
    ".zip": "an archive (.zip): unpack it into the folder",
}


def unread_files(folder: Path) -> list[tuple[Path, str]]:
    """The documents of a submissions folder that uprkit does not read, each with the reason."""
    return sorted(
        ((p, UNREAD_SUFFIXES[p.suffix.lower()].format(suffix=p.suffix.lower())) for p in folder.iterdir()
         if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in UNREAD_SUFFIXES),
        key=lambda x: x[0].name.lower(),
    )


def submission_files(folder: Path) -> list[Path]:
    if not folder.exists():
        raise UprkitError("no such folder", str(folder))
    if not folder.is_dir():
        raise UprkitError("not a folder of submissions", str(folder))
    files = sorted(
        (p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
         and p.suffix.lower() in SUBMISSION_SUFFIXES and not p.name.lower().startswith("readme")),
        key=lambda p: p.name.lower(),
    )
    if not files:
        unread = unread_files(folder)
        found = f"; found only {', '.join(p.name for p, _ in unread)}, which it does not read" if unread else ""
        raise UprkitError(
            f"no submissions in the folder (looked for {', '.join(sorted(SUBMISSION_SUFFIXES))} files{found})", str(folder)
        )
    return files


def load_submissions(
    folder: Path, *, manifest: Path | None = None
) -> tuple[list[Submission], list[NotIncluded]]:
    """Read every submission of a folder (README files and the manifest aside); a file that cannot be read is
    listed as not included, not fatal."""
    files = submission_files(folder)
    if manifest is None and (folder / "stakeholders.csv").is_file():
        manifest = folder / "stakeholders.csv"
    known = read_manifest(manifest) if manifest is not None else {}
    subs: list[Submission] = []
    skipped: list[NotIncluded] = []
    read: list[tuple[Path, Document, SummaryStakeholder]] = []
    unread = unread_files(folder)
    skipped += [NotIncluded(file=path.name, reason=why) for path, why in unread]
    for path in files:
        try:
            doc = read_document(path)
        except UprkitError as exc:
            skipped.append(NotIncluded(file=path.name, reason=exc.message))
            continue
        except Exception as exc:  # noqa: BLE001 - one unreadable file must not stop the draft
            skipped.append(NotIncluded(file=path.name, reason=f"{type(exc).__name__}: {exc}"))
            continue
        if known:
            listed = known.get(path.name)
            if listed is None:
                skipped.append(NotIncluded(file=path.name, reason="not listed in the stakeholder manifest"))
                continue
            read.append((path, doc, listed))
        else:
            read.append((path, doc, guess_stakeholder(path, doc)))
    # joint submissions numbered by neither file name nor cover take the numbers the others leave free
    joint_numbers = {int(st.abbreviation[2:]) for _, _, st in read if re.fullmatch(r"JS\d+", st.abbreviation)}
    used_abbr: dict[str, str] = {}
    for path, doc, stakeholder in read:
        if not known:
            if stakeholder.abbreviation == "JS":  # a joint submission neither its file name nor its cover numbers
                number = min(set(range(1, len(joint_numbers) + 2)) - joint_numbers)
                joint_numbers.add(number)
                stakeholder = stakeholder.model_copy(
                    update={"abbreviation": f"JS{number}", "name": stakeholder.name or f"Joint submission {number}"}
                )
            base = stakeholder.abbreviation
            n = 2
            while stakeholder.abbreviation in used_abbr:
                stakeholder = stakeholder.model_copy(update={"abbreviation": f"{base}-{n}"})  # "JS1-2", never "JS12"
                n += 1
            used_abbr[stakeholder.abbreviation] = path.name
        language = probable_language(doc.text)
        if language != "en":
            skipped.append(NotIncluded(file=path.name, reason=f"not in English (looks like '{language}'): "
                                                              "needs a translation"))
            continue
        passages = split_passages(doc, file=path.name, stakeholder=stakeholder.abbreviation)
        if not passages:
            skipped.append(NotIncluded(file=path.name, reason="no text found (a scanned PDF without a text layer?)"))
            continue
        # a summary or a part in another language (a French executive summary before the English body): the
        # summary is drafted in English from the stakeholder's English words
        language_of = [passage_language(p.text) for p in passages]
        left_out = [
            f"{count} sentence(s) in '{lang}' not drafted" for lang, count in sorted(Counter(language_of).items())
            if lang != "en"
        ]
        passages = [p for p, lang in zip(passages, language_of, strict=True) if lang == "en"]
        unknown = unknown_members(stakeholder, doc.text[:3000])
        warnings = [] if unknown is None else [
            ParseWarning(code="joint-members-unknown", message=f"{path.name} ({stakeholder.abbreviation}): {unknown}")
        ]
        organs = _organs(stakeholder, doc.text, passages)
        if organs is not None:  # the Council of Europe's extracts of its organs' reports: each organ its own
            subs += [Submission(path.name, path, organ, doc, ps, left_out, warnings) for organ, ps in organs]
            continue
        subs.append(Submission(path.name, path, stakeholder, doc, passages, left_out, warnings))
    if known:
        present = {p.name for p in files} | {p.name for p, _ in unread}
        for f in known:
            if f not in present:
                skipped.append(NotIncluded(file=f, reason="listed in the stakeholder manifest but not in the folder"))
    return subs, skipped
