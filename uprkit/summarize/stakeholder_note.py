"""The stakeholder-list endnote of a summary, laid out as OHCHR lays it out (``upr-summary-spec.md`` §8.2).

One line per entry, ``ABBR<tab>Full name, place;`` (the renderers put the names in a column), each group's
last entry ending with a full stop, under the published group headings:

* cycles 2-4: "Civil society" with "Individual submissions:" and "Joint submissions:", then "National human
  rights institution:", "Regional intergovernmental organization(s):" and, for anything else (a United Nations
  entity, a State), "Other:". The reports of a regional body's organs ("CoE-ECRI") are "Attachments:" of the
  body's one entry ("CoE<tab>The Council of Europe, Strasbourg (France)"), as A/HRC/WG.6/20/SVN/3 and
  A/HRC/WG.6/48/SVN/3 print them;
* cycle 1: "Civil society", "National human rights institution" and "Regional Organizations", without the
  colons and without the individual/joint split, the organs listed on their own (A/HRC/WG.6/7/SVN/3).

Where a national human rights institution contributed, cycles 3-4 add the key "one asterisk denotes a national
human rights institution with A status" to the opening sentence, as the published lists do, and the drafter
stars the A-status institution after its name, as the key says and A/HRC/WG.6/28/UKR/3 prints it ("Ukrainian
Parliament Commissioner for Human Rights*, Kyiv (Ukraine)"; most published lists star no entry under the key).

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
#: The entry of a regional body none of whose own submissions is listed, only its organs' reports.
BODY_NAMES = {"CoE": "The Council of Europe, Strasbourg (France)"}
_JS = re.compile(r"\bJS\s*(\d+)\b", re.I)


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
    @property
    def parent(self) -> str | None: ...


def _order(st: _Listed) -> tuple[int, str]:
    """Joint submissions by their number, wherever it stands ("PTPR/JS3" after JS2); others alphabetically."""
    m = _JS.search(st.abbreviation)
    return (int(m.group(1)), "") if m else (0, st.abbreviation.casefold())


#: A joint submission's name that is a title, not who sent it: "Joint submission on migrants and asylum seekers".
_A_TITLE = re.compile(r"(?:a\s+)?joint\s+(?:stakeholder\s+)?(?:submission|report)\b", re.I)


def _detail(st: _Listed, *, starred: bool = False) -> str:
    """An entry's words after the abbreviation; ``starred``: the name starred (an A-status institution)."""
    if st.kind == "joint":
        m = _JS.search(st.abbreviation)
        generic = f"Joint submission {m.group(1)}" if m else "Joint submission"
        name = st.name if st.name and st.name != st.abbreviation else generic
        if m and st.members:
            return f"{generic} submitted by: {'; '.join(_submitters(name, st.members, st.location))}"
        detail = f"{name} submitted by: {'; '.join(st.members)}" if st.members else name
    else:
        detail = st.name if st.name and st.name != st.abbreviation else ""
    if starred and detail:
        detail += "*"
    place = re.fullmatch(r"(?P<town>[^()]+?)\s*\((?P<country>[^()]+)\)", st.location or "")
    if place and st.kind != "joint" and re.search(rf",\s*{re.escape(place['town'])}\*?$", detail, re.I):
        return f"{detail} ({place['country']})"  # "Law and Society Forum, Jaffna" in Jaffna: not "…, Jaffna, Jaffna"
    return ", ".join(x for x in (detail, st.location) if x)  # "" when nothing but the abbreviation is known


def _submitters(name: str, members: list[str], location: str | None) -> list[str]:
    """Who submitted a joint submission, as the summaries list them ("JS1 Joint submission 1 submitted by: La
    Strada International, Amersfoort (the Netherlands); CSO La Strada; …"): the coalition a manifest names first
    (not a title such as "Joint submission on migrants"), then its members; the place is the coalition's, after
    it ("Alianza por los Territorios (ATIC), Cobán (Guatemala); …"), else the country after the member in that
    town ("… (RAMS), Tapachula (Mexico)"), else after the last member where it has no place of its own, and
    where every member has its own it is left out (never "… (EIP), Mérida, Mexico City (Mexico)")."""
    lead = None
    named = False  # the lead is the manifest's name, no member's entry: no town of its own after a comma
    heads = [re.split(r"\s*[(,]", x, maxsplit=1)[0].strip().casefold() for x in members]
    if heads and all(h and h in name.casefold() for h in heads):
        name = "Joint submission"  # "CIVICUS: World Alliance … and Ghana Civic Space Monitor": its members joined
    if not _A_TITLE.match(name):
        lead = next((k for k, x in enumerate(members) if name.casefold() in x.casefold()), None)
        if lead is None:
            members, lead, named = [name, *members], 0, True
    members = list(members)
    if not location:
        return members
    place = re.fullmatch(r"(?P<town>[^()]+?)\s*\((?P<country>[^()]+)\)", location)
    own_place = [bool(re.search(r",\s*[^,()]+(?:\([^()]+\))?$", x)) for x in members]  # "…, Tijuana", "…, Accra (Ghana)"
    if named:
        own_place[0] = False  # "Madhesi, Tharu and Marginalised Communities Alliance": commas of its name
    if lead is not None and not own_place[lead]:
        members[lead] = f"{members[lead]}, {location}"
    elif place is not None and (town := next(
        (k for k, x in enumerate(members) if x.casefold().endswith(f", {place['town'].casefold()}")), None
    )) is not None:
        members[town] = f"{members[town]} ({place['country']})"
    elif not own_place[-1]:
        members[-1] = f"{members[-1]}, {location}"
    return members


def _entry(st: _Listed, *, starred: bool = False) -> str:
    detail = _detail(st, starred=starred)
    # without a name the abbreviation is starred ("HRCSL*<tab>Colombo (Sri Lanka)")
    abbreviation = st.abbreviation + ("*" if starred and not (st.name and st.name != st.abbreviation) else "")
    return f"{abbreviation}\t{detail}" if detail else abbreviation


def _regional_lines(members: Sequence[_Listed], cycle: int) -> list[str]:
    """The regional bodies, each organ's report under its body as an attachment (cycles 2-4)."""
    if cycle <= 1:
        return [_entry(st) for st in sorted(members, key=_order)]
    own = {st.abbreviation: st for st in members if st.parent is None}
    organs: dict[str, list[_Listed]] = {}
    for st in members:
        if st.parent is not None:
            organs.setdefault(st.parent, []).append(st)
    lines: list[str] = []
    for abbreviation in sorted(set(own) | set(organs), key=str.casefold):
        body = own.get(abbreviation)
        lines.append(
            f"{abbreviation}\t{_detail(body) if body is not None else BODY_NAMES.get(abbreviation, abbreviation)}"
        )
        if abbreviation in organs:
            lines.append("\tAttachments:")
            lines += [f"\t({st.abbreviation}) {_detail(st)}".rstrip() for st in sorted(organs[abbreviation], key=_order)]
    return lines


def stakeholder_list_note(
    stakeholders: Sequence[_Listed], cycle: int | None, *, starred: frozenset[str] = frozenset()
) -> str:
    """The endnote listing ``stakeholders`` (lines separated by newlines; each entry "ABBR<tab>name"); the
    national human rights institutions in ``starred`` (A status) are starred where cycles 3-4 print the key."""
    c = cycle or 4
    civil = [s for s in stakeholders if s.kind in ("ngo", "other", "joint")]
    individual = [s for s in civil if s.kind != "joint"]
    joint = [s for s in civil if s.kind == "joint"]
    nhri = [s for s in stakeholders if s.kind == "nhri"]
    regional = [s for s in stakeholders if s.kind == "regional"]
    others = [s for s in stakeholders if s.kind in ("un", "state")]

    def entries(members: Sequence[_Listed]) -> list[str]:
        return [_entry(st) for st in sorted(members, key=_order)]

    groups: list[tuple[list[str], list[str]]] = []  # (heading lines, entry lines)
    if c <= 1:
        groups += [(["Civil society"], entries(civil)), (["National human rights institution"], entries(nhri)),
                   (["Regional Organizations"], _regional_lines(regional, c)), (["Other"], entries(others))]
    else:
        groups += [
            (["Civil society", "Individual submissions:"], entries(individual)),
            (["Civil society", "Joint submissions:"] if not individual else ["Joint submissions:"], entries(joint)),
            (["National human rights institution:"],
             [_entry(st, starred=c >= 3 and st.abbreviation in starred) for st in sorted(nhri, key=_order)]),
            (["Regional intergovernmental organization(s):"], _regional_lines(regional, c)),
            (["Other:"], entries(others)),
        ]
    if c >= 4 and nhri:
        opening = LIST_OPENING + " (one asterisk denotes a national human rights institution with A status)."
    elif c == 3 and nhri:
        opening = LIST_OPENING + ". (One asterisk denotes a national human rights institution with “A” status)."
    else:
        opening = LIST_OPENING + "."
    lines = [opening]
    for heading, items in groups:
        if not items:
            continue
        lines += heading
        for k, item in enumerate(items):
            if item.endswith(":") or (k + 1 < len(items) and items[k + 1].endswith("Attachments:")):
                lines.append(item)  # "Attachments:", and the body's entry above it
            else:
                lines.append(item + ("." if k == len(items) - 1 else ";"))
    return "\n".join(lines)
