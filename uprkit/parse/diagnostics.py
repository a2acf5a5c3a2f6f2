"""Diagnostics: everything the parser noticed but could not reconcile, reported rather than hidden."""

from __future__ import annotations

from uprkit.layout.markers import Marker
from uprkit.model import ParsedReport, ParseWarning
from uprkit.parse.stakeholders import StakeholderRegistry


def _ranges(nums: list[int]) -> str:
    if not nums:
        return ""
    nums = sorted(set(nums))
    out: list[str] = []
    a = prev = nums[0]
    for n in nums[1:]:
        if n == prev + 1:
            prev = n
            continue
        out.append(f"{a}" if a == prev else f"{a}-{prev}")
        a = prev = n
    out.append(f"{a}" if a == prev else f"{a}-{prev}")
    return ", ".join(out)


def diagnose(report: ParsedReport, markers: list[Marker], registry: StakeholderRegistry) -> list[ParseWarning]:
    w: list[ParseWarning] = []

    def warn(code: str, message: str) -> None:
        w.append(ParseWarning(code=code, message=message))

    # paragraphs
    nums = [p.number for p in report.paragraphs]
    if not nums and report.kind in ("stakeholder_summary", "compilation", "national_report"):
        warn("no-paragraphs", "no numbered paragraphs found")
    for prev, cur in zip(nums, nums[1:], strict=False):
        if cur != prev + 1:
            warn("paragraph-sequence", f"paragraph {cur} follows paragraph {prev} (expected {prev + 1})")
    if nums and nums[0] not in (1, 2):
        warn("paragraph-sequence", f"first numbered paragraph is {nums[0]}")

    # endnotes
    note_nums = [n.number for n in report.endnotes]
    seen: set[int] = set()
    repeats = sorted({n for n in note_nums if n in seen or seen.add(n)})  # type: ignore[func-returns-value]
    if repeats:
        warn("endnote-repeat", f"endnote numbers repeated: {_ranges(repeats)}")
    if note_nums:
        missing = [n for n in range(1, max(note_nums) + 1) if n not in set(note_nums)]
        if missing:
            warn("endnote-gap", f"endnote numbers missing from the notes: {_ranges(missing)}")
    marker_nums = [m.number for m in markers]
    if marker_nums:
        expected = set(range(1, max(marker_nums + note_nums) + 1))
        absent = sorted(expected - set(marker_nums))
        if absent:
            warn("marker-gap", f"no marker found in the text for endnotes {_ranges(absent)}")
        if note_nums:
            orphan = sorted(set(marker_nums) - set(note_nums))
            if orphan:
                warn("marker-without-note", f"markers with no endnote text: {_ranges(orphan)}")
    elif note_nums:
        warn("marker-gap", "no endnote markers found in the text")
    if not note_nums and marker_nums:
        warn("no-endnotes", f"the text has endnote markers (1-{max(marker_nums)}) but the endnote texts are missing")

    # stakeholders
    if report.kind == "stakeholder_summary":
        counted = [s for s in report.stakeholders if s.counted and s.origin == "list"]
        stated = report.stated_submission_count
        if registry.has_list:
            if stated is not None and stated != len(counted):
                warn(
                    "stakeholder-count",
                    f"the introduction states {stated} submissions but the list names {len(counted)} "
                    f"({', '.join(s.abbreviation for s in counted)})",
                )
        else:
            credited = [s for s in report.stakeholders if s.counted]
            msg = "no stakeholder list endnote found; stakeholders taken from the text and the citations"
            if stated is not None and stated != len(credited):
                msg += f" ({len(credited)} credited, {stated} stated)"
            warn("no-stakeholder-list", msg)
        if registry.has_list:
            extra = [s.abbreviation for s in report.stakeholders if s.origin not in ("list",) and s.kind != "un"]
            for abbr in extra:
                warn("source-not-listed", f"'{abbr}' is credited in the text but is not in the stakeholder list")
        unresolved: dict[str, list[int]] = {}
        total = 0
        for note in report.endnotes:
            for c in note.citations:
                total += 1
                if c.resolved is None:
                    unresolved.setdefault(c.source, []).append(note.number)
        for src, where in unresolved.items():
            warn("citation-unresolved", f"citation source '{src}' (endnotes {_ranges(where)}) matches no listed stakeholder")
    return w
