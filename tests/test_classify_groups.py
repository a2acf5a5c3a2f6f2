"""uprkit.classify.groups: affected groups by lexicon."""

from __future__ import annotations

from pathlib import Path

import pytest

from uprkit.classify.groups import all_groups, classify_groups, find_groups


def _labels(text: str) -> list[str]:
    return [g.label for g in classify_groups(text)]


@pytest.mark.parametrize(
    ("word", "label"),
    [
        ("women", "women"),
        ("a woman", "women"),
        ("girls", "women"),
        ("girls", "children"),
        ("juvenile offenders", "children"),
        ("minors", "children"),
        ("children's rights", "children"),
        ("persons with disabilities", "persons-with-disabilities"),
        ("disabled people", "persons-with-disabilities"),
        ("migrant workers", "migrants"),
        ("asylum seekers", "refugees-asylum-seekers"),
        ("asylum-seekers", "refugees-asylum-seekers"),
        ("refugees", "refugees-asylum-seekers"),
        ("internally displaced persons", "internally-displaced-persons"),
        ("IDPs", "internally-displaced-persons"),
        ("indigenous peoples", "indigenous-peoples"),
        ("national minorities", "minorities"),
        ("Roma", "minorities"),
        ("LGBTI persons", "lgbti"),
        ("sexual orientation", "lgbti"),
        ("same-sex couples", "lgbti"),
        ("human rights defenders", "human-rights-defenders"),
        ("journalists", "journalists"),
        ("media workers", "journalists"),
        ("detainees", "persons-deprived-of-liberty"),
        ("prisoners", "persons-deprived-of-liberty"),
        ("persons deprived of their liberty", "persons-deprived-of-liberty"),
        ("the elderly", "older-persons"),
        ("older persons", "older-persons"),
        ("stateless persons", "stateless-persons"),
        ("the erased", "stateless-persons"),
    ],
)
def test_groups_variants(word: str, label: str) -> None:
    assert label in _labels(f"JS1 noted that {word} faced obstacles.")


@pytest.mark.parametrize(
    "text",
    [
        "the Committee on the Rights of the Child recommended a review",
        "ratify the Convention on the Elimination of All Forms of Discrimination against Women",
        "ratify the Convention on the Rights of Persons with Disabilities",
        "in a minority of cases the court ruled quickly",
        "the Special Rapporteur on the rights of indigenous peoples visited in 2015",
        "the childhood home was a womanizer's minor concern",  # no word boundary, no 'minors'
    ],
)
def test_groups_false_positives_masked(text: str) -> None:
    assert _labels(text) == []


def test_groups_words_and_spans() -> None:
    text = "Roma girls and\nasylum seekers; girls again."
    groups = {g.label: g for g in classify_groups(text)}
    assert groups["women"].words == ("girls",)
    assert len(groups["women"].spans) == 2
    assert groups["refugees-asylum-seekers"].words == ("asylum seekers",)
    for m in find_groups(text):
        assert text[m.start : m.end] == m.words


def test_groups_labels_have_names() -> None:
    groups = all_groups()
    assert {"women", "children", "lgbti", "older-persons", "stateless-persons"} <= set(groups)
    assert all(groups.values())


def test_groups_kaz_summary(kaz_path: Path) -> None:
    labels = set(_labels(kaz_path.read_text(encoding="utf-8")))
    assert {
        "women",
        "children",
        "migrants",
        "refugees-asylum-seekers",
        "lgbti",
        "persons-deprived-of-liberty",
    } <= labels


@pytest.mark.parametrize(
    ("text", "label"),
    [  # A10: group words the lexicon lacked (sentences of the reviewer's hand-labelled set)
        ("CoE-CPT noted allegations of ill-treatment of persons in police custody.", "persons-deprived-of-liberty"),
        ("JS2 reported that undocumented migrants were detained for up to 18 months.", "persons-deprived-of-liberty"),
        ("UNHCR noted that asylum-seekers were held in closed reception centres.", "persons-deprived-of-liberty"),
        ("Ensure that migrant children are never held in immigration detention (Mexico);",
         "persons-deprived-of-liberty"),
        ("JS1 noted that juvenile offenders were held together with adults in police stations.",
         "persons-deprived-of-liberty"),
        ("Repeal laws that criminalize LGBTQI+ persons (Canada);", "lgbti"),
        ("Outreach to men who have sex with men was hampered by criminalization.", "lgbti"),
        ("Investigate the threats against land rights defenders in the north (Sweden);", "human-rights-defenders"),
        ("Protect defenders of the environment from reprisals (Costa Rica);", "human-rights-defenders"),
        ("JS1 noted attacks on human\u2011rights defenders.", "human-rights-defenders"),  # non-breaking hyphen
        ("Cultural Survival reported that Maasai communities were evicted.", "indigenous-peoples"),
        ("JS3 stated that the Batwa were excluded from forest conservation areas.", "indigenous-peoples"),
        ("Protect members of Scheduled Tribes and Adivasi communities (Germany);", "indigenous-peoples"),
        ("JS8 reported that families displaced by the floods remained in shelters.", "internally-displaced-persons"),
        ("adopt a law on internal displacement", "internally-displaced-persons"),
        ("Improve reception facilities for persons seeking international protection (Greece);",
         "refugees-asylum-seekers"),
        ("Ensure that foreign domestic workers have a weekly day off (Indonesia);", "migrants"),
        ("Persons aged 65 and over were excluded from certain loans.", "older-persons"),
        ("HRW documented the shackling of people with mental health conditions.", "persons-with-disabilities"),
        ("JS2 expressed concern that pregnant teenagers were expelled from school.", "children"),
    ],
)
def test_groups_more_words(text: str, label: str) -> None:
    assert label in _labels(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The State should ensure mother tongue education in Hungarian, Albanian and Romani.", "women"),
        ("The Government turned a deaf ear to the repeated requests of civil society.", "persons-with-disabilities"),
    ],
)
def test_groups_idioms_are_no_group(text: str, label: str) -> None:
    assert label not in _labels(text)
