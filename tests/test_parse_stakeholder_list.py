"""The stakeholder list of a summary's first endnote (uprkit.parse.stakeholder_list): names and places."""

from __future__ import annotations

from uprkit.model import Endnote, ParseWarning
from uprkit.parse.stakeholder_list import parse_list_note, status_legend
from uprkit.parse.stakeholders import build_registry


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


def test_parse_stakeholder_list_abbreviation_is_the_one_cited_and_bracketed() -> None:
    """The review's PDF of A/HRC/WG.6/32/AFG/3 (pdfium, one line an entry): "AIHRC Afghanistan Independent Human
    Rights Commission (AIHRC), Afghanistan." gave the abbreviation "AIHRC Afghanistan", since "(AIHRC),
    Afghanistan." was read as a repeat of the first two words, and every NHRI statement went to it."""
    lines = [
        "National human rights institution:",
        "AIHRC Afghanistan Independent Human Rights Commission (AIHRC), Afghanistan.",
    ]
    for known in (frozenset({"aihrc", "hrw"}), frozenset()):
        (aihrc,) = parse_list_note(lines, known)
        assert (aihrc.abbreviation, aihrc.name, aihrc.location, aihrc.kind) == (
            "AIHRC", "Afghanistan Independent Human Rights Commission (AIHRC)", "Afghanistan", "nhri")
    # a name the entry repeats whole is still its abbreviation
    (adf,) = parse_list_note(["Civil society", "ADF International ADF International, Geneva (Switzerland);"])
    assert (adf.abbreviation, adf.name, adf.location) == ("ADF International", "ADF International", "Geneva (Switzerland)")


def test_parse_stakeholder_list_tab_after_a_longer_name_than_the_notes_cite() -> None:
    """The review's DOCX of A/HRC/WG.6/28/UKR/3: "Ombudsperson of Ukraine⇥Ukrainian Parliament Commissioner …"
    took the whole column before the tab as the abbreviation, though every endnote cites "Ombudsperson"; the
    statements went to "Ombudsperson of Ukraine" and the drafts cited it so."""
    lines = [
        "National human rights institution:",
        "Ombudsperson of Ukraine\tUkrainian Parliament Commissioner for Human Rights*, Kyiv (Ukraine).",
        "Regional intergovernmental organization(s):",
        "CoE\tThe Council of Europe, Strasbourg (France);",
    ]
    ombudsperson, coe = parse_list_note(lines, frozenset({"ombudsperson", "coe", "khpg"}))
    assert (ombudsperson.abbreviation, ombudsperson.name, ombudsperson.location, ombudsperson.aliases) == (
        "Ombudsperson", "Ukrainian Parliament Commissioner for Human Rights", "Kyiv (Ukraine)",
        ["Ombudsperson of Ukraine"])
    assert coe.abbreviation == "CoE"
    # where the notes cite the whole column, or nothing, the column stays the abbreviation
    for known in (frozenset({"ombudspersonofukraine"}), frozenset()):
        assert parse_list_note(lines, known)[0].abbreviation == "Ombudsperson of Ukraine"
    # a column the name repeats stays the abbreviation though the notes cite its first word
    (apf,) = parse_list_note(["Civil society", "APF France handicap\tAPF France handicap, Paris (France);"],
                             frozenset({"apf"}))
    assert (apf.abbreviation, apf.name) == ("APF France handicap", "APF France handicap")


def test_parse_stakeholder_list_splits_unclosed_entries_at_cited_abbreviations() -> None:
    """The review's PDF of A/HRC/WG.6/7/SVN/3: the regional entries end without ";" and pdfium keeps one space
    between the columns, so CoE-Commissioner, CoE-CPT and CoE-ECRI were read into CoE's name; they were then
    counted as submissions, CoE-CPT named "Punishment", and a CoE-Commissioner sentence credited to VARUH."""
    lines = [
        "Regional Organizations",
        "CoE Council of Europe, Strasbourg, France",
        "CoE-Commissioner The Council of Europe Commissioner for Human Rights",
        "CoE-CPT European Committee for the Prevention of Torture and Inhuman or Degrading Treatment or ",
        "Punishment",
        "CoE-ECRI European Commission against Racism and Intolerance",
    ]
    known = frozenset({"coecommissioner", "coecpt", "coeecri", "varuh"})
    found = [(st.abbreviation, st.name, st.location, st.parent, st.counted) for st in parse_list_note(lines, known)]
    assert found == [
        ("CoE", "Council of Europe", "Strasbourg, France", None, True),
        ("CoE-Commissioner", "The Council of Europe Commissioner for Human Rights", None, "CoE", False),
        ("CoE-CPT", "European Committee for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment",
         None, "CoE", False),
        ("CoE-ECRI", "European Commission against Racism and Intolerance", None, "CoE", False),
    ]


def test_parse_stakeholder_list_status_legend_wrapped_inside_its_words() -> None:
    """The review's PDFs of A/HRC/WG.6/7/SVN/3 and 28/UKR/3: the legend wraps inside "national human rights⏎
    institution" and pdfium's lines end with a space, so the joined text had two spaces there and VARUH lost its
    "B" status (and the Ombudsperson its "A"); an NHRI without a status is drafted as A-status."""
    lines = [
        " The stakeholders listed below have contributed information for this summary; the full texts of all original ",
        "submissions are available at: www.ohchr.org. (One asterisk denotes a non-governmental organization in ",
        "consultative status with the Economic and Social Council. Two asterisks denote a national human rights ",
        "institution with “B” status)",
        "National human rights institution",
        "VARUH Human Rights Ombudsman of the Republic of Slovenia, Ljubljana, Slovenia.**",
    ]
    (varuh,) = parse_list_note(lines)
    assert (varuh.abbreviation, varuh.kind, varuh.status) == ("VARUH", "nhri", "B")
    assert status_legend("(one asterisk denotes a national human rights\ninstitution with A status).") == {"*": "A"}
    assert status_legend(" ".join(lines[:4])) == {"**": "B"}


def test_parse_stakeholder_list_nhri_without_the_status_the_legend_names_is_warned() -> None:
    """An NHRI whose mark is lost is drafted as A-status: where the list speaks of "B" status, the parse says so
    instead of leaving it silent."""
    list_text = ("The stakeholders listed below have contributed information for this summary. (Two asterisks denote "
                 "a national human rights institution with “B” status) National human rights institution VARUH Human "
                 "Rights Ombudsman of the Republic of Slovenia, Ljubljana, Slovenia.")
    note_lines = [
        "The stakeholders listed below have contributed information for this summary. (Two asterisks denote a",
        "national human rights institution with “B” status)",
        "National human rights institution",
        "VARUH Human Rights Ombudsman of the Republic of Slovenia, Ljubljana, Slovenia.",
    ]
    warnings: list[ParseWarning] = []
    notes = [Endnote(number=1, text=list_text, citations=[], start=0, end=1),
             Endnote(number=2, text="VARUH, p. 3.", citations=[], start=1, end=2)]
    reg = build_registry(notes, {1: note_lines}, [], "stakeholder_summary", warnings)
    varuh = reg.get("VARUH")
    assert varuh is not None and (varuh.kind, varuh.status) == ("nhri", None)
    assert [(w.code, w.message) for w in warnings] == [(
        "nhri-status-unread",
        "the stakeholder list speaks of B status but gives none for the national human rights institution 'VARUH'")]
    # a legend of "A" status only: no warning (an NHRI without a mark is drafted as A-status, as the list implies)
    warnings.clear()
    build_registry([notes[0].model_copy(update={"text": list_text.replace("“B”", "“A”")}), notes[1]],
                   {1: [ln.replace("“B”", "“A”") for ln in note_lines]}, [], "stakeholder_summary", warnings)
    assert warnings == []


def test_parse_stakeholder_list_line_end_hyphen_runs_on() -> None:
    """The review's PDFs of A/HRC/WG.6/20/SVN/3 and 43/FRA/3 and the text of 28/UKR/3: a line broken after a
    hyphen gave "Security and Co- operation in Europe" in a name and "La Strada- Ukraine" in a member; a spaced dash
    keeps its space, and "pre-" / "and post-" keeps the suspended hyphen apart."""
    lines = [
        "Regional intergovernmental organization(s):",
        "OSCE/ODIHR Office for Democratic Institutions and Human Rights of the Organization for Security and Co-",
        "operation in Europe, Warsaw (Poland);",
        "OSCE-ODIHR Organization for Security and Cooperation in Europe -",
        "the Office for Democratic Institutions and Human Rights, Warsaw (Poland).",
        "Joint submissions:",
        "JS15 Joint submission 15 submitted by: Gender Strategic Platform, Kyiv (Ukraine); Civil Organisation La Strada-",
        "Ukraine; Centre for Pre-",
        "and Post-natal Care;",
    ]
    osce, osce2, js15 = parse_list_note(lines)
    assert osce.name == (
        "Office for Democratic Institutions and Human Rights of the Organization for Security and Co-operation in Europe")
    assert osce2.name == (
        "Organization for Security and Cooperation in Europe - the Office for Democratic Institutions and Human Rights")
    assert js15.members == ["Gender Strategic Platform", "Civil Organisation La Strada-Ukraine",
                            "Centre for Pre- and Post-natal Care"]


def test_parse_stakeholder_list_bracket_run_on_in_an_attachment_is_no_attachment() -> None:
    """The review's PDF of A/HRC/WG.6/20/SVN/3: CoE-CPT's document wraps as "… Degrading Treatment or Punishment" /
    "(CPT) from 31 January to 6 February 2012, Strasbourg;", and the second line made a stakeholder "CPT"."""
    lines = [
        "Regional intergovernmental organization(s):",
        "CoE The Council of Europe, Strasbourg (France)",
        "Attachments:",
        "(CoE-CPT) Report to the Slovenian Government on the visit to Slovenia carried out by the European ",
        "Committee for the Prevention of torture and Inhuman or Degrading Treatment or Punishment ",
        "(CPT) from 31 January to 6 February 2012, Strasbourg;",
        "(CoE-ECSR) European Committee on Social Rights;",
        "EU-FRA European Union Agency for Fundamental Rights, Vienna (Austria);",
    ]
    found = {st.abbreviation: st for st in parse_list_note(lines, frozenset({"coe", "coecpt", "eufra"}))}
    assert list(found) == ["CoE", "CoE-CPT", "CoE-ECSR", "EU-FRA"]
    assert found["CoE-CPT"].documents == [
        "Report to the Slovenian Government on the visit to Slovenia carried out by the European Committee for the "
        "Prevention of torture and Inhuman or Degrading Treatment or Punishment (CPT) from 31 January to 6 February "
        "2012, Strasbourg"]
    assert (found["CoE-ECSR"].parent, found["CoE-ECSR"].counted) == ("CoE", False)


def test_parse_stakeholder_list_abbreviation_read_from_the_whole_entry() -> None:
    """A/HRC/WG.6/43/FRA/3's entries laid out at a narrower width: "ATD Fourth World International Movement ATD
    Fourth" / "World, 95480 Pierrelaye (France);" gave "ATD Fourth" (the repeat cut by the line end), and the
    statements of "ATD Fourth World" went to no listed stakeholder. The entry's abbreviation is now read from all its
    lines, so it does not depend on where they wrap."""
    for lines in (
        ["Civil society", "ATD Fourth World International Movement ATD Fourth", "World, 95480 Pierrelaye (France);"],
        ["Civil society", "ATD Fourth World International Movement ATD Fourth World, 95480 Pierrelaye (France);"],
    ):
        (atd,) = parse_list_note(lines, frozenset({"atdfw", "hrw"}))
        assert (atd.abbreviation, atd.name, atd.location) == (
            "ATD Fourth World", "International Movement ATD Fourth World", "95480 Pierrelaye (France)")


def test_parse_stakeholder_list_attachments_without_titles() -> None:
    """uprkit's own drafts list a body's attachments by their abbreviations alone where the manifest gives no
    document ("(CoE-ACFC);"): the parse of the draft's DOCX or PDF found no CoE-ACFC, and every sentence crediting
    a CoE body lost its credit ("citation source 'CoE-ACFC' … matches no listed stakeholder")."""
    lines = [
        "Regional intergovernmental organization(s):",
        "CoE\tThe Council of Europe, Strasbourg (France)",
        "Attachments:",
        "(CoE-ACFC);",
        "(CoE-CoM);",
        "OSCE/ODIHR\tOffice for Democratic Institutions and Human Rights, Warsaw (Poland).",
    ]
    found = {st.abbreviation: (st.parent, st.documents) for st in parse_list_note(lines)}
    assert found == {"CoE": (None, []), "CoE-ACFC": ("CoE", []), "CoE-CoM": ("CoE", []), "OSCE/ODIHR": (None, [])}
    # outside "Attachments:", a bracket alone is no entry of its own
    assert [st.abbreviation for st in parse_list_note(["Civil society", "AI Amnesty International;", "(AI);"])] == ["AI"]


def test_parse_stakeholder_list_entry_that_is_a_name_alone() -> None:
    """A/HRC/WG.6/7/KAZ/3 lists "Forum 18;" with no abbreviation before it: read "Forum" with the name "18", every
    sentence "Forum 18 stated …" was credited to "Forum"."""
    lines = ["Civil society", "FH\tFreedom House;", "Forum 18;", "Article 19.", "Earthjustice;"]
    assert [(st.abbreviation, st.name) for st in parse_list_note(lines)] == [
        ("FH", "Freedom House"), ("Forum 18", None), ("Article 19", None), ("Earthjustice", None)]


def test_parse_stakeholder_list_abbreviation_the_text_defines_where_the_gap_is_lost() -> None:
    """A PDF's text layer keeps no column gap: "PRI-Central Asia Penal Reform International-Central Asia;" was read
    "PRI-Central" where no endnote cites the body by a locator. The text's own "Penal Reform International-Central
    Asia (PRI-Central Asia)" tells where the abbreviation ends."""
    list_text = ("The stakeholders listed below have contributed information for this summary. Civil society "
                 "PRI-Central Asia Penal Reform International-Central Asia; AI Amnesty International.")
    note_lines = ["The stakeholders listed below have contributed information for this summary.", "Civil society",
                  "PRI-Central Asia Penal Reform International-Central Asia;", "AI Amnesty International."]
    notes = [Endnote(number=1, text=list_text, citations=[], start=0, end=1),
             Endnote(number=2, text="AI, p. 3.", citations=[], start=1, end=2)]
    body = ["7. Penal Reform International-Central Asia (PRI-Central Asia) recommended that Kazakhstan train …"]
    reg = build_registry(notes, {1: note_lines}, body, "stakeholder_summary", [])
    assert [(st.abbreviation, st.name) for st in reg.stakeholders] == [
        ("PRI-Central Asia", "Penal Reform International-Central Asia"), ("AI", "Amnesty International")]
