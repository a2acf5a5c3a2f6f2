"""The stakeholder-list endnote of a summary, laid out as OHCHR lays it out (``upr-summary-spec.md`` §8.2).

One line per entry, ``ABBR<tab>Full name, place;`` (the renderers put the names in a column), under the group
headings in the published order: "Civil society" with "Individual submissions:" and "Joint submissions:",
then "National human rights institution:", "Regional intergovernmental organization(s):" and, for anything
else (a United Nations entity, a State), "Other:". The last entry ends with a full stop. In cycle 4 an
accredited national human rights institution carries an asterisk, which the opening sentence explains.

Both the drafter (:class:`~uprkit.summarize.model.SummaryStakeholder`) and the rebuild of a published summary
(:class:`~uprkit.model.Stakeholder`) write this note with :func:`stakeholder_list_note`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

__all__ = ["LIST_OPENING", "stakeholder_list_note"]

LIST_OPENING = (
    "The stakeholders listed below have contributed information for this summary; the full texts of all "
    "original submissions are available at: www.ohchr.org"
)
_JS = re.compile(r"^JS\s*(\d+)", re.I)


class _Listed(Protocol):
    @property
    def abbreviation(self) -> str: ...
    @property
    def name(self) -> str | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def members(self) -> list[str]: ...
    @property
    def location(self) -> str | None: ...


def _order(st: _Listed) -> tuple[int, str]:
    m = _JS.match(st.abbreviation)
    return (int(m.group(1)), "") if m else (0, st.abbreviation.casefold())


def _entry(st: _Listed, *, asterisk: bool) -> str:
    abbreviation = st.abbreviation + ("*" if asterisk else "")
    if st.kind == "joint":
        m = _JS.match(st.abbreviation)
        name = st.name if st.name and st.name != st.abbreviation else (
            f"Joint submission {m.group(1)}" if m else "Joint submission"
        )
        detail = f"{name} submitted by: {'; '.join(st.members)}" if st.members else name
    else:
        detail = st.name or st.abbreviation
    if st.location:
        detail += f", {st.location}"
    return f"{abbreviation}\t{detail}"


def stakeholder_list_note(stakeholders: Sequence[_Listed], cycle: int | None) -> str:
    """The endnote listing ``stakeholders`` (lines separated by newlines; each entry "ABBR<tab>name")."""
    groups: list[tuple[str, list[_Listed]]] = [
        ("Individual submissions:", [s for s in stakeholders if s.kind in ("ngo", "other")]),
        ("Joint submissions:", [s for s in stakeholders if s.kind == "joint"]),
        ("National human rights institution:", [s for s in stakeholders if s.kind == "nhri"]),
        ("Regional intergovernmental organization(s):", [s for s in stakeholders if s.kind == "regional"]),
        ("Other:", [s for s in stakeholders if s.kind in ("un", "state")]),
    ]
    star = (cycle or 0) >= 4 and any(s.kind == "nhri" for s in stakeholders)
    opening = LIST_OPENING + (
        " (one asterisk denotes a national human rights institution with A status)." if star else "."
    )
    lines = [opening]
    entries: list[str] = []
    for n, (title, members) in enumerate(groups):
        if not members:
            continue
        if n == 0 or (n == 1 and not groups[0][1]):
            lines.append("Civil society")
        lines.append(title)
        for st in sorted(members, key=_order):
            entries.append(_entry(st, asterisk=star and st.kind == "nhri"))
            lines.append(entries[-1] + ";")
    if entries:
        lines[-1] = lines[-1][:-1] + "."
    return "\n".join(lines)
