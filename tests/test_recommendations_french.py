"""A Working Group report issued in French reads as an English one: its groups, items, States and metadata.

The text is written as the UN's French reports print it (A/HRC/52/18, Tunisia 2022, made up after its layout):
"Conclusions et/ou recommandations", "104. Les recommandations ci-après seront examinées par la Tunisie …",
a narrow no-break space before ";" and ":", and the recommending States under their French names.
"""

from __future__ import annotations

import pytest

from uprkit.layout.clean import CleanText
from uprkit.parse.metadata import french_ordinal, wg_session_and_country
from uprkit.parse.recommendation_items import parse_states
from uprkit.parse.recommendations import extract_recommendations, group_position

NNBSP = "\u202f"

FRENCH_REPORT = (
    "Rapport du Groupe de travail sur l’Examen périodique universel*\nTunisie\nIntroduction\n"
    "1.\tLe Groupe de travail sur l’Examen périodique universel, créé en application de la résolution 5/1 du "
    "Conseil des droits de l’homme, a tenu sa quarante et unième session du 7 au 18 novembre 2022.\n"
    "103.\tDjibouti a salué l’adoption de la loi organique relative à l’élimination de la violence à l’égard des "
    "femmes.\n"
    "II.\tConclusions et/ou recommandations\n"
    "104.\tLes recommandations ci-après seront examinées par la Tunisie, qui y répondra en temps voulu, au plus "
    f"tard à la cinquante-deuxième session du Conseil des droits de l’homme{NNBSP}:\n"
    "104.1\tRatifier le deuxième Protocole facultatif se rapportant au Pacte international relatif aux droits "
    f"civils et politiques, visant à abolir la peine de mort (Pérou) (Sierra Leone){NNBSP};\n"
    "104.2\tÉlaborer une stratégie nationale de lutte contre la traite des personnes (Royaume des Pays-Bas) "
    f"(Saint-Siège){NNBSP};\n"
    "104.3\tRenforcer la coopération avec les mécanismes des droits de l’homme (États-Unis d’Amérique) "
    f"(Royaume-Uni de Grande-Bretagne et d’Irlande du Nord) (République de Corée){NNBSP};\n"
    "104.4\tPoursuivre les efforts visant à protéger les droits des migrants (Fédération de Russie) (Côte d’Ivoire) "
    f"(Iran (République islamique d’)){NNBSP};\n"
    "104.5\tRedoubler d’efforts pour mettre fin aux discours de haine (Ruritanie).\n"
    "105.\tToutes les conclusions et/ou recommandations figurant dans le présent rapport reflètent la position de "
    "l’État ou des États qui les ont formulées et/ou de l’État examiné. Elles ne sauraient être considérées comme "
    "ayant été approuvées par le Groupe de travail dans son ensemble.\n"
)


def clean(text: str) -> CleanText:
    c = CleanText()
    c.append(text, 0)
    return c


def test_recommendations_french_report_items_states_and_group() -> None:
    recs, warnings = extract_recommendations(clean(FRENCH_REPORT))
    assert [r.number for r in recs] == ["104.1", "104.2", "104.3", "104.4", "104.5"]
    assert all(r.position == "pending" and r.position_source == "report" for r in recs)
    assert recs[0].text.startswith("Ratifier le deuxième Protocole facultatif")
    assert recs[1].text == "Élaborer une stratégie nationale de lutte contre la traite des personnes"
    assert [r.recommending_state_codes for r in recs] == [
        ["PER", "SLE"], ["NLD", "VAT"], ["USA", "GBR", "KOR"], ["RUS", "CIV", "IRN"], []
    ]
    # a name the table does not know stays in the text as printed and is reported, never dropped
    assert recs[4].text == "Redoubler d’efforts pour mettre fin aux discours de haine (Ruritanie)"
    assert [(w.code, w.message) for w in warnings] == [
        ("recommendation-no-state", "recommendation 104.5 names no recommending State: " + recs[4].text)
    ]
    assert "Toutes les conclusions" not in recs[4].text


def test_recommendations_french_report_state_and_session() -> None:
    assert wg_session_and_country(FRENCH_REPORT) == (41, "TUN")


@pytest.mark.parametrize(
    ("intro", "position"),
    [
        # cycles 1–2
        ("Les recommandations formulées au cours du dialogue et énumérées ci-après ont été examinées par le Mali "
         "et ont recueilli son appui", "supported"),
        ("Les recommandations ci-après ont recueilli l’appui du Mali", "supported"),
        ("Les recommandations ci-après seront examinées par le Mali, qui y répondra en temps voulu. La réponse du "
         "Mali à ces recommandations figurera dans le rapport final adopté par le Conseil", "pending"),
        ("Les recommandations ci-après n’ont pas recueilli l’appui du Mali", "rejected"),
        ("Les recommandations ci-après n’ont pas recueilli l’appui du Mali et il en a donc été pris note", "noted"),
        # cycles 3–4
        ("Les recommandations ci-après ont été examinées par la Tunisie et bénéficient de son soutien", "supported"),
        ("Les recommandations ci-après, dont la Tunisie a pris note", "noted"),
        ("La Tunisie a pris note des recommandations ci-après", "noted"),
        ("Les recommandations ci-après seront examinées par la Tunisie, qui y répondra en temps voulu, au plus tard "
         "à la cinquante-deuxième session du Conseil des droits de l’homme", "pending"),
    ],
)
def test_recommendations_french_group_position(intro: str, position: str) -> None:
    assert group_position(intro) == position


@pytest.mark.parametrize(
    ("words", "number"),
    [("quarante et unième", 41), ("vingt-deuxième", 22), ("dix-septième", 17), ("septième", 7), ("première", 1),
     ("soixante et onzième", 71), ("quatre-vingt-deuxième", 82), ("Cinquante-deuxième", 52), ("quarante", None),
     ("deuxième Protocole", None)],
)
def test_metadata_french_ordinal(words: str, number: int | None) -> None:
    assert french_ordinal(words) == number


def test_parse_states_french_list_with_et() -> None:
    assert parse_states("Chili, Espagne et Uruguay") == (["Chile", "Spain", "Uruguay"], ["CHL", "ESP", "URY"])
    assert parse_states("Trinité-et-Tobago et Bosnie-Herzégovine") == (
        ["Trinidad and Tobago", "Bosnia and Herzegovina"], ["TTO", "BIH"]
    )
