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
