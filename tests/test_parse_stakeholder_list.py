"""The stakeholder list of a summary's first endnote (uprkit.parse.stakeholder_list): names and places."""

from __future__ import annotations

from uprkit.parse.stakeholder_list import parse_list_note


def test_parse_stakeholder_list_long_country_name_is_a_place() -> None:
    """A made-up A/HRC/WG.6/36/MNG/3, laid out as pdftotext -layout gives it: "Amnesty International, London,
    United Kingdom of Great Britain and Northern Ireland;" gave that whole line as the name and no place, since a
    segment of more than five words was never taken for a place."""
    lines = [
        "Civil society",
        "Individual submissions:",
        "        AI                              Amnesty International, London, United Kingdom of Great",
        "                                        Britain and Northern Ireland;",
        "        CHRD                            Centre for Human Rights and Development, Ulaanbaatar,",
        "                                        Mongolia;",
        "        GIEACPC                         Global Initiative to End All Corporal Punishment of",
        "                                        Children, London, United Kingdom of Great Britain and",
        "                                        Northern Ireland;",
    ]
    found = {st.abbreviation: (st.name, st.location) for st in parse_list_note(lines)}
    assert found == {
        "AI": ("Amnesty International", "London, United Kingdom of Great Britain and Northern Ireland"),
        "CHRD": ("Centre for Human Rights and Development", "Ulaanbaatar, Mongolia"),
        "GIEACPC": ("Global Initiative to End All Corporal Punishment of Children",
                    "London, United Kingdom of Great Britain and Northern Ireland"),
    }


def test_parse_stakeholder_list_place_ending_in_initials_keeps_its_full_stop() -> None:
    """A made-up A/HRC/WG.6/42/PER/3: "Washington, D.C. (United States of America)" lost the full stop of "D.C."."""
    lines = [
        "Regional intergovernmental organization:",
        "IACHR Inter-American Commission on Human Rights, Washington, D.C. (United States of America).",
    ]
    (iachr,) = parse_list_note(lines)
    assert (iachr.name, iachr.location) == (
        "Inter-American Commission on Human Rights", "Washington, D.C. (United States of America)")
