"""uprkit.classify.instruments: mentions of international instruments, normalised to one code."""

from __future__ import annotations

from pathlib import Path

import pytest

from uprkit.classify.instruments import all_instruments, find_instruments, instrument, normalise_instrument

#: Every treaty mention in the Kazakhstan summary (A/HRC/WG.6/7/KAZ/3), in order: verbatim text -> code.
#: Read by hand: paras. 1 (x3), 23 (CAT twice), 26 (OP-CAT), 46 (1951 Convention, Convention against Torture),
#: 53 (OP-CAT, ICCPR-OP 1, OP-CAT). Not mentions: "treaty bodies", "the protocol of 'administrative' ...
#: detention", "statute of limitations", "Committee on the Rights of the Child".
KAZ_MENTIONS = [
    ("ICCPR–OP 2", "ICCPR-OP 2"),
    ("CRPD", "CRPD"),
    ("OP-CRPD", "OP-CRPD"),
    ("Rome Statute \n\nof the International Criminal Court", "Rome Statute"),
    ("CAT", "CAT"),
    ("CAT", "CAT"),
    ("OP-CAT", "OP-CAT"),
    ("1951 Refugee Convention", "Refugee Convention 1951"),
    ("Convention against Torture", "CAT"),
    ("OP-CAT", "OP-CAT"),
    ("ICCPR-OP 1", "ICCPR-OP 1"),
    ("OP-CAT", "OP-CAT"),
]


def test_instruments_kaz_every_mention_found_and_normalised(kaz_path: Path) -> None:
    text = kaz_path.read_text(encoding="utf-8")
    found = find_instruments(text)
    assert [(m.text, m.code) for m in found] == KAZ_MENTIONS
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.name == instrument(m.code).name


@pytest.mark.parametrize(
    ("spelling", "code"),
    [
        ("ICCPR", "ICCPR"),
        ("ICCPR-OP 1", "ICCPR-OP 1"),
        ("ICCPR–OP 2", "ICCPR-OP 2"),
        ("OP2-ICCPR", "ICCPR-OP 2"),
        ("ICCPR-OP2", "ICCPR-OP 2"),
        (
            "the Second Optional Protocol to the International Covenant on Civil and Political Rights, "
            "aiming at the abolition of the death penalty",
            "ICCPR-OP 2",
        ),
        ("Second Optional Protocol to ICCPR", "ICCPR-OP 2"),
        ("Optional Protocol to ICCPR", "ICCPR-OP 1"),
        ("International Covenant on Economic, Social and Cultural Rights", "ICESCR"),
        ("OP-ICESCR", "OP-ICESCR"),
        (
            "the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
            "CAT",
        ),
        ("the Convention against Torture", "CAT"),
        ("Optional Protocol to the Convention against Torture", "OP-CAT"),
        ("OPCAT", "OP-CAT"),
        ("Convention on the Rights of the Child", "CRC"),
        ("Optional Protocol to CRC on the involvement of children in armed conflict", "OP-CRC-AC"),
        (
            "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child "
            "prostitution and child pornography",
            "OP-CRC-SC",
        ),
        (
            "Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
            "OP-CRC-IC",
        ),
        ("OP-CRC-IC", "OP-CRC-IC"),
        ("Convention on the Elimination of All Forms of Discrimination against Women", "CEDAW"),
        ("Optional Protocol to CEDAW", "OP-CEDAW"),
        ("International Convention on the Elimination of All Forms of Racial Discrimination", "ICERD"),
        ("Convention on the Rights of Persons with Disabilities", "CRPD"),
        ("ICMRW", "ICRMW"),
        ("International Convention for the Protection of All Persons from Enforced Disappearance", "ICPPED"),
        ("the Rome Statute of the International Criminal Court", "Rome Statute"),
        ("Convention relating to the Status of Refugees", "Refugee Convention 1951"),
        ("the 1967 Protocol", "Refugee Protocol 1967"),
        ("Convention relating to the Status of Stateless Persons", "Statelessness Convention 1954"),
        ("the 1961 Convention on the Reduction of Statelessness", "Statelessness Convention 1961"),
        ("ILO Convention No. 169", "ILO C169"),
        ("ILO Convention 189", "ILO C189"),
        ("Indigenous and Tribal Peoples Convention, 1989 (No. 169)", "ILO C169"),
        ("Domestic Workers Convention", "ILO C189"),
        ("Palermo Protocol", "Palermo Protocol"),
        ("UNESCO Convention against Discrimination in Education", "UNESCO CADE"),
        ("Geneva Conventions of 1949", "Geneva Conventions"),
        ("Additional Protocol II", "GC-AP II"),
        ("Arms Trade Treaty", "ATT"),
        (
            "Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence",
            "Istanbul Convention",
        ),
        ("the Istanbul Convention", "Istanbul Convention"),
    ],
)
def test_instruments_normalise_spelling(spelling: str, code: str) -> None:
    found = normalise_instrument(spelling)
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ratify the CRPD and its Optional Protocol", [("CRPD", "CRPD"), ("Optional Protocol", "OP-CRPD")]),
        (
            "ratify the Convention against Torture and its Optional Protocol",
            [("Convention against Torture", "CAT"), ("Optional Protocol", "OP-CAT")],
        ),
        (
            "the ICCPR and its two Optional Protocols",
            [
                ("ICCPR", "ICCPR"),
                ("two Optional Protocols", "ICCPR-OP 1"),
                ("two Optional Protocols", "ICCPR-OP 2"),
            ],
        ),
        (
            "the CRC and its Optional Protocol on the sale of children",
            [("CRC", "CRC"), ("Optional Protocol on the sale of children", "OP-CRC-SC")],
        ),
        ("ratify the Convention and the Optional Protocol", []),
        ("the Committee against Torture (CAT) recommended", []),
        ("See CAT/C/SVN/CO/3, para. 11; CRC/C/SVN/CO/3-4.", []),
        ("CEDAW recommended that Slovenia adopt a law", []),
        (
            "the ILO Conventions Nos. 138 and 182",
            [("ILO Conventions Nos. 138", "ILO C138"), ("182", "ILO C182")],
        ),
        ("Rome\nStatute", [("Rome\nStatute", "Rome Statute")]),
        ("the cat sat on the mat", []),
    ],
)
def test_instruments_context(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_instruments(text)
    assert [(m.text, m.code) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


def test_instruments_table_codes_unique_with_names() -> None:
    table = all_instruments()
    codes = [i.code for i in table]
    assert len(codes) == len(set(codes))
    assert all(i.name for i in table)
    assert instrument("OP-CRPD").parent == "CRPD"
    assert instrument("ILO C97").name == "Migration for Employment Convention (ILO Convention No. 97)"
    assert instrument("ILO C122").name == "ILO Convention No. 122"


@pytest.mark.shared
def test_instruments_shared_spans_verbatim(shared_data: Path) -> None:
    for path in sorted(shared_data.glob("*/*_3.txt")):
        text = path.read_text(encoding="utf-8")
        found = find_instruments(text)
        assert found, path.name
        assert all(text[m.start : m.end] == m.text for m in found)


def _codes(text: str) -> list[tuple[str, str]]:
    found = find_instruments(text)
    assert all(text[m.start : m.end] == m.text for m in found)
    return [(m.text, m.code) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # real recommendations (UPR Info) and report sentences
        ("Ratify CED (Uruguay, Chile, France);", [("CED", "ICPPED")]),
        (
            "Become a party to the ICCPR, ICESCR, CERD, and CAT",
            [("ICCPR", "ICCPR"), ("ICESCR", "ICESCR"), ("CERD", "ICERD"), ("CAT", "CAT")],
        ),
        ("Withdraw its reservation to article 22 of CERD", [("CERD", "ICERD")]),
        (
            "Sign and ratify core international human rights instruments (CAT, CERD, CCPR and CESCR)",
            [("CAT", "CAT"), ("CERD", "ICERD"), ("CCPR", "ICCPR"), ("CESCR", "ICESCR")],
        ),
        ("Accede to CRPD and ICESR.", [("CRPD", "CRPD"), ("ICESR", "ICESCR")]),
        ("Should ratify CMW", [("CMW", "ICRMW")]),
        ("Ratify the ICMW and CMRW", [("ICMW", "ICRMW"), ("CMRW", "ICRMW")]),
        ("Ratify the Optional Protocol of the CRPD, as well as the OP-CESCR", [
            ("Optional Protocol of the CRPD", "OP-CRPD"), ("OP-CESCR", "OP-ICESCR")
        ]),
        ("ratify CESCR-OP and ICESR-OP", [("CESCR-OP", "OP-ICESCR"), ("ICESR-OP", "OP-ICESCR")]),
        ("Ratify ILO C169, C169, C-189, C190 and P029", [
            ("ILO C169", "ILO C169"), ("C169", "ILO C169"), ("C-189", "ILO C189"), ("C190", "ILO C190"),
            ("P029", "ILO P29"),
        ]),
        ("Ratify ILO 169, ILO-C190 and ILO C. No 189", [
            ("ILO 169", "ILO C169"), ("ILO-C190", "ILO C190"), ("ILO C. No 189", "ILO C189")
        ]),
        # not instruments: document symbols, a committee named in full, a year, an unknown code
        ("See CED/C/MEX/1 and CERD/C/SVN/CO/8-11.", []),
        ("the Committee on Enforced Disappearances (CED) visited", []),
        ("the ILO 2019 report on C123 and P5", []),
        ("ILO International Labour Organization 7.", []),
    ],
)
def test_instruments_abbreviations(text: str, expected: list[tuple[str, str]]) -> None:
    assert _codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A3: "X and the Optional Protocol to Y" is Y's protocol only
        (
            "Consider ratifying the Convention on the Rights of Persons with Disabilities and the Optional "
            "Protocol to the Convention against Torture.",
            [("Convention on the Rights of Persons with Disabilities", "CRPD"),
             ("Optional Protocol to the Convention against Torture", "OP-CAT")],
        ),
        # A6: protocols spelled in other orders, or through their treaty, are not the treaty
        ("Ratify CRC-OP-SC and CRC-OP-AC", [("CRC-OP-SC", "OP-CRC-SC"), ("CRC-OP-AC", "OP-CRC-AC")]),
        ("Ratify CRC-SC-OP and CRC-OP3", [("CRC-SC-OP", "OP-CRC-SC"), ("CRC-OP3", "OP-CRC-IC")]),
        ("Ratify OP-ICCPR and OP-ICESCR", [("OP-ICCPR", "ICCPR-OP 1"), ("OP-ICESCR", "OP-ICESCR")]),
        ("OP-ICCPR 2, OP-CAT", [("OP-ICCPR 2", "ICCPR-OP 2"), ("OP-CAT", "OP-CAT")]),
        ("Ratify the Second Protocol to ICCPR", [("Second Protocol to ICCPR", "ICCPR-OP 2")]),
        ("the ICCPR's Second Optional Protocol", [("ICCPR's Second Optional Protocol", "ICCPR-OP 2")]),
        ("ICCPR's second protocol", [("ICCPR's second protocol", "ICCPR-OP 2")]),
        ("the 2nd Optional Protocol to the ICCPR", [("2nd Optional Protocol to the ICCPR", "ICCPR-OP 2")]),
        ("1st OP to the ICCPR", [("1st OP to the ICCPR", "ICCPR-OP 1")]),
        ("the CEDAW Optional Protocol", [("CEDAW Optional Protocol", "OP-CEDAW")]),
        ("CEDAW's Optional Protocol, and CEDAW's Article 16",
         [("CEDAW's Optional Protocol", "OP-CEDAW"), ("CEDAW", "CEDAW")]),
        ("Optional Protocol to CRC on a communication procedures",
         [("Optional Protocol to CRC on a communication procedures", "OP-CRC-IC")]),
        ("the 2014 Protocol to the Forced Labour Convention",
         [("2014 Protocol to the Forced Labour Convention", "ILO P29")]),
        ("Protocol to the ILO Forced Labour Convention", [("Protocol to the ILO Forced Labour Convention", "ILO P29")]),
        ("Additional Protocols I and II to the Geneva Conventions", [
            ("Additional Protocols I and II to the Geneva Conventions", "GC-AP I"),
            ("Additional Protocols I and II to the Geneva Conventions", "GC-AP II"),
        ]),
        ("the 1977 Additional Protocols to the Geneva Conventions", [
            ("Additional Protocols to the Geneva Conventions", "GC-AP I"),
            ("Additional Protocols to the Geneva Conventions", "GC-AP II"),
        ]),
        ("Additional Protocol I and II", [
            ("Additional Protocol I and II", "GC-AP I"), ("Additional Protocol I and II", "GC-AP II")
        ]),
        ("Protocol No. 12 to the European Convention on Human Rights",
         [("Protocol No. 12 to the European Convention on Human Rights", "ECHR P12")]),
        ("Protocols 6 and 13 of the ECHR",
         [("Protocols 6 and 13 of the ECHR", "ECHR P6"), ("Protocols 6 and 13 of the ECHR", "ECHR P13")]),
        # A7: two (or both) protocols to the CRC are the first two
        ("Accede to the two optional protocols to the Convention on the Rights of the Child", [
            ("two optional protocols to the Convention on the Rights of the Child", "OP-CRC-AC"),
            ("two optional protocols to the Convention on the Rights of the Child", "OP-CRC-SC"),
        ]),
        ("both Optional Protocols to the CRC", [
            ("both Optional Protocols to the CRC", "OP-CRC-AC"), ("both Optional Protocols to the CRC", "OP-CRC-SC")
        ]),
        # "its Protocol", "with its", "including its"; a bare "the Second Optional Protocol" is the ICCPR's
        ("the Convention relating to the Status of Refugees and the Protocol thereto", [
            ("Convention relating to the Status of Refugees", "Refugee Convention 1951"),
            ("Protocol thereto", "Refugee Protocol 1967"),
        ]),
        ("UNTOC and its two Protocols", [
            ("UNTOC", "UNTOC"), ("two Protocols", "Palermo Protocol"), ("two Protocols", "Smuggling Protocol")
        ]),
        ("CRPD with its Optional Protocol", [("CRPD", "CRPD"), ("Optional Protocol", "OP-CRPD")]),
        ("the ICCPR, including its two Optional Protocols", [
            ("ICCPR", "ICCPR"), ("two Optional Protocols", "ICCPR-OP 1"), ("two Optional Protocols", "ICCPR-OP 2")
        ]),
        ("abolish the death penalty and accede to the Second Optional Protocol.",
         [("Second Optional Protocol", "ICCPR-OP 2")]),
        ("accede to the ICCPR Second Optional Protocol", [("ICCPR Second Optional Protocol", "ICCPR-OP 2")]),
        ("the ICCPR and both its Optional Protocols", [
            ("ICCPR", "ICCPR"), ("Optional Protocols", "ICCPR-OP 1"), ("Optional Protocols", "ICCPR-OP 2")
        ]),
        ("the ILO Right to Organize and Collective Bargaining Convention",
         [("Right to Organize and Collective Bargaining Convention", "ILO C98")]),
        ("the Optional Protocol on the sale of children, child prostitution and child pornography",
         [("Optional Protocol on the sale of children, child prostitution and child pornography", "OP-CRC-SC")]),
        ("OP-AC and OP-SC", [("OP-AC", "OP-CRC-AC"), ("OP-SC", "OP-CRC-SC")]),
        # unchanged: a bare "Protocol" after a treaty is no protocol of it
        ("the CAT and the Protocol of 2014", [("CAT", "CAT")]),
    ],
)
def test_instruments_protocols(text: str, expected: list[tuple[str, str]]) -> None:
    assert _codes(text) == expected


@pytest.mark.parametrize(
    ("spelling", "code"),
    [  # A8: spelled-out names with the ordinary differences of real documents
        ("International Convention on the Protection of All Persons from Enforced Disappearance", "ICPPED"),
        ("International Convention for the Protection of all Persons against Enforced Disappearances", "ICPPED"),
        ("the Convention against Enforced Disappearance", "ICPPED"),
        ("the Enforced Disappearance Convention", "ICPPED"),
        ("International Convention on the Protection of the Rights of All Migrants Workers and Members of Their "
         "Families", "ICRMW"),
        ("International Convention on the Rights of Migrant Workers and Members of Their Families", "ICRMW"),
        ("International Convention on the Protection of the Rights of All Migrant Workers and Their Families",
         "ICRMW"),
        ("Convention on the Rights of All Migrant Workers and Their Family Members", "ICRMW"),
        ("the Convention on Migrant Workers", "ICRMW"),
        ("Covenant on Civil and Political Rights", "ICCPR"),
        ("Covenant on Economic, Social and Cultural Rights", "ICESCR"),
        ("International Covenant on Economic Social and Cultural Rights", "ICESCR"),
        ("Second Optional Protocol to the Covenant on Civil and Political Rights", "ICCPR-OP 2"),
        ("Optional Protocol of the Covenant on Economic, Social and Cultural Rights", "OP-ICESCR"),
        ("Convention on Torture", "CAT"),
        ("the Torture Convention", "CAT"),
        ("Optional Protocol to the Convention on Torture", "OP-CAT"),
        ("Convention on the Rights of People with Disabilities", "CRPD"),
        ("Convention on Rights of the Child", "CRC"),
        ("Optional Protocol to the Convention on the Right of the Child on the involvement of children in armed "
         "conflict", "OP-CRC-AC"),
        ("International Convention on the Elimination of Racial Discrimination", "ICERD"),
        ("the ICC Statute", "Rome Statute"),
        ("the Statute of Rome", "Rome Statute"),
        ("the Fourth Geneva Convention", "Geneva Conventions"),
        ("the IV Geneva Convention", "Geneva Conventions"),
        ("Geneva Convention of 1951", "Refugee Convention 1951"),
        ("the Second OP-ICCPR", "ICCPR-OP 2"),
        ("the Oslo Convention", "Cluster Munitions Convention"),
        ("Protocol to the African Charter on Human and Peoples Rights on the Rights of Women in Africa",
         "Maputo Protocol"),
        ("Convention on the Prevention and Punishment of Crime of Genocide", "Genocide Convention"),
        ("European Charter on Regional or Minority Languages", "ECRML"),
        ("the Palermo Convention", "UNTOC"),
        ("European Convention of Human Rights", "ECHR"),
        # A9: instruments UPR texts name that the table lacked
        ("Agreement on the Privileges and Immunities of the International Criminal Court", "APIC"),
        ("Agreement on Privileges and Immunities of the Court", "APIC"),
        ("Kampala Convention", "Kampala Convention"),
        ("African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa",
         "Kampala Convention"),
        ("Hague Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption",
         "Hague Adoption Convention"),
        ("Hague Convention on Civil Aspects of International Child Abduction", "Hague Child Abduction Convention"),
        ("United Nations Framework Convention on Climate Change", "UNFCCC"),
        ("the Paris Agreement", "Paris Agreement"),
        ("Convention on the Non-Applicability of Statutory Limitations to War Crimes and Crimes against Humanity",
         "Convention on Statutory Limitations"),
        ("Inter-American Convention against Racism, Racial Discrimination and Related Forms of Intolerance",
         "Inter-American Convention against Racism"),
        ("International Convention for the Suppression of the Financing of Terrorism", "Terrorism Financing Convention"),
        ("Convention on the Nationality of Married Women", "Nationality of Married Women Convention"),
        ("the Supplementary Slavery Convention", "Supplementary Slavery Convention"),
        ("the 1926 Slavery Convention", "Slavery Convention"),
        ("Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of "
         "Others", "Traffic in Persons Convention 1949"),
        ("International Convention on the Suppression and Punishment of the Crime of Apartheid", "Apartheid Convention"),
        ("Convention on Consent to Marriage, Minimum Age for Marriage and Registration of Marriages",
         "Consent to Marriage Convention"),
    ],
)
def test_instruments_spelling_variants_and_more_instruments(spelling: str, code: str) -> None:
    found = normalise_instrument(spelling)
    assert found is not None and found.code == code, _codes(spelling)


def test_instruments_not_every_privileges_agreement() -> None:
    assert _codes("the Agreement on Privileges and Immunities of the United Nations") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ratify the Optional Protocols to ICCPR, ICESCR, CAT and CEDAW, the Optional Protocol to CRC on children "
            "in armed conflict",
            [("Optional Protocols to ICCPR", "ICCPR-OP 1"), ("Optional Protocols to ICCPR", "ICCPR-OP 2"),
             ("ICESCR", "OP-ICESCR"), ("CAT", "OP-CAT"), ("CEDAW", "OP-CEDAW"),
             ("Optional Protocol to CRC on children in armed conflict", "OP-CRC-AC")],
        ),
        ("the Optional Protocol to ICCPR and CEDAW", [("Optional Protocol to ICCPR", "ICCPR-OP 1"), ("CEDAW", "CEDAW")]),
        (
            "had ratified the Convention on the Rights of Persons with Disabilities and the Optional Protocol to the "
            "Convention and would",
            [("Convention on the Rights of Persons with Disabilities", "CRPD"), ("Optional Protocol", "OP-CRPD")],
        ),
        ("UNTOC and two Protocols", [
            ("UNTOC", "UNTOC"), ("two Protocols", "Palermo Protocol"), ("two Protocols", "Smuggling Protocol")
        ]),
        ("the Conventions on statelessness", [
            ("Conventions on statelessness", "Statelessness Convention 1954"),
            ("Conventions on statelessness", "Statelessness Convention 1961"),
        ]),
        ("Protocols I and II of the Geneva Conventions", [
            ("Protocols I and II of the Geneva Conventions", "GC-AP I"),
            ("Protocols I and II of the Geneva Conventions", "GC-AP II"),
        ]),
    ],
)
def test_instruments_protocol_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert _codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # A4: treaty bodies named by their treaty's abbreviation (real recommendations and report sentences)
        ("Take into account the comments of CRC and CEDAW in order to ensure better harmonisation", []),
        ("Consider increasing the resources allocated to the prison system, as suggested by CAT", []),
        ("Implement the recommendations of CRC in order to guarantee the rights of homeless children", []),
        ("implement ILO and CESCR recommendations to ensure equal remuneration", []),
        ("in full compliance with CEDAW recommendations", []),
        ("as reflected in CEDAW's report of February this year", []),
        ("Submit its overdue reports to CAT", []),
        ("CEDAW, CRC and CESCR expressed concern", []),
        ("as recommended by CEDAW, CRC, and the CESCR, in light of", []),
        ("In line with the recommendations of the CEDAW and CRC Committees, accelerate efforts", []),
        ("recognize the competence of CERD to receive and consider complaints", []),
        ("Canada drew attention to CAT and CEDAW observations", []),
        ("the recommendations adopted by the CRC and to prohibit violence", []),
        ("including CERD's General Recommendation 29", []),
        ("Implement CEDAW\ufffds call to put in place a strategy", []),  # a broken apostrophe
        ("cases mentioned by the CRC and the CESCR", []),
        ("Australia noted DPRK's engagement with CRC", []),
        ("CEDAW in 2007 recognized efforts and progress", []),
        ("addressing reporting delays and acceding to OP-ICESCR", [("OP-ICESCR", "OP-ICESCR")]),
        ("Submit the initial report under the Optional Protocol to CRC on the involvement of children in armed "
         "conflict", [("Optional Protocol to CRC on the involvement of children in armed conflict", "OP-CRC-AC")]),
        # still treaties
        ("a specific offence of torture, as required by CAT, will be introduced", [("CAT", "CAT")]),
        ("Become a party to the ICCPR, ICESCR, CERD, and CAT",
         [("ICCPR", "ICCPR"), ("ICESCR", "ICESCR"), ("CERD", "ICERD"), ("CAT", "CAT")]),
        ("Withdraw its reservations to CEDAW and report on its accession to CAT", [("CEDAW", "CEDAW"), ("CAT", "CAT")]),
        ("reports were submitted in relation to ICCPR and CAT",
         [("ICCPR", "ICCPR"), ("CAT", "CAT")]),
        ("CEDAW's Optional Protocol and CEDAW's Article 16",
         [("CEDAW's Optional Protocol", "OP-CEDAW"), ("CEDAW", "CEDAW")]),
        ("Ratify the OP-CAT and recognize the competence of CAT to examine individual complaints",
         [("OP-CAT", "OP-CAT")]),
    ],
)
def test_instruments_committees_are_not_treaties(text: str, expected: list[tuple[str, str]]) -> None:
    assert _codes(text) == expected


def test_instrument_names_are_names_not_patterns() -> None:
    """The Palermo Protocol's display name was its pattern ("Protocol to Prevent,? Suppress,? and Punish …"), as
    `uprkit classify` showed it: no name carries a pattern's marks."""
    import re

    assert [i.name for i in all_instruments() if re.search(r"[?*+|\\\[\]{}^$]", i.name)] == []
    assert instrument("Palermo Protocol").name.startswith("Protocol to Prevent, Suppress and Punish Trafficking")
