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
    ],
)
def test_instruments_abbreviations(text: str, expected: list[tuple[str, str]]) -> None:
    assert _codes(text) == expected
