"""``uprkit recommendations`` on made-up cycle 3-4 report/addendum pairs written as States write them: annex tables,
answers in another language, recommendations quoted without their numbers, stated totals (each pair a few items,
written inline)."""

from __future__ import annotations

import re
from pathlib import Path

from uprkit.parse import parse_file
from uprkit.recommendations import recommendations_table

#: Mexico's fourth review (A/HRC/56/9, made up): paragraph 131 awaits the addendum
ITEMS = [
    ("131.1", "Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights",
     "(Andorra) (Norway)"),
    ("131.2", "Accept the competence of the Committee on Enforced Disappearances under articles 31 and 32 of the "
     "International Convention for the Protection of All Persons from Enforced Disappearance",
     "(United Arab Emirates)"),
    ("131.3", "Extend a standing invitation to all special procedures of the Human Rights Council", "(Estonia)"),
    ("131.4", "Submit its overdue reports to the treaty bodies", "(Lithuania)"),
    ("131.5", "Adopt a new national human rights action plan and allocate sufficient resources for its "
     "implementation", "(Estonia) (Peru)"),
    ("131.6", "Take further measures to prevent and combat all forms of violence against women and girls, "
     "including domestic violence", "(Poland)"),
]


def report_text(items: list[tuple[str, str, str]] = ITEMS, *, state: str = "Mexico", symbol: str = "A/HRC/56/9",
                para: int = 131) -> str:
    lines = "\n".join(f"{n} {t} {s};" for n, t, s in items)
    return (
        f"United Nations {symbol}\nGeneral Assembly Distr.: General\n\nHuman Rights Council\nFifty-sixth session\n\n"
        f"Report of the Working Group on the Universal Periodic Review*\n\n{state}\n\n"
        "Introduction\n1. The Working Group on the Universal Periodic Review, established in accordance with Human "
        "Rights Council resolution 5/1, held its forty-fifth session from 22 January to 2 February 2024.\n"
        "II. Conclusions and/or recommendations\n"
        f"{para}. The following recommendations will be examined by {state}, which will provide responses in due "
        "time, but no later than the fifty-sixth session of the Human Rights Council:\n"
        f"{lines}\n"
        f"{para + 1}. All conclusions and/or recommendations contained in the present report reflect the position of "
        "the submitting State(s) and/or the State under review. They should not be construed as endorsed by the "
        "Working Group as a whole.\n"
    )


def addendum_text(body: str, *, state: str = "Mexico", symbol: str = "A/HRC/56/9/Add.1") -> str:
    return (
        f"United Nations {symbol}\nGeneral Assembly Distr.: General\n\nHuman Rights Council\nFifty-sixth session\n\n"
        f"Report of the Working Group on the Universal Periodic Review\n\n{state}\n\nAddendum\n\n"
        "Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State under "
        f"review\n\n{body}\n"
    )


def pair(tmp_path: Path, body: str, items: list[tuple[str, str, str]] = ITEMS, **kw: str) -> tuple[Path, Path]:
    report = tmp_path / "A_HRC_56_9.txt"
    report.write_text(report_text(items), encoding="utf-8")
    addendum = tmp_path / "A_HRC_56_9_Add.1.txt"
    addendum.write_text(addendum_text(body, **kw), encoding="utf-8")
    return report, addendum


def test_recommendations_already_implemented_in_a_position_column_is_supported_with_a_note(tmp_path: Path) -> None:
    # "Already implemented", "Supported and already implemented" and "Implemented" in the Position column, and the
    # number-only table's "Already implemented"
    body = (
        "1. The position of Mexico on each recommendation is set out in the annex.\n"
        "Recommendation Position Comments\n"
        f"131.1 {ITEMS[0][1]} {ITEMS[0][2]}; Supported\n"
        f"131.2 {ITEMS[1][1]} {ITEMS[1][2]}; Noted\n"
        f"131.3 {ITEMS[2][1]} {ITEMS[2][2]}; Already implemented The relevant legislation was adopted in 2022.\n"
        f"131.4 {ITEMS[3][1]} {ITEMS[3][2]}; Supported and already implemented\n"
        f"131.5 {ITEMS[4][1]} {ITEMS[4][2]}; Implemented\n"
        f"131.6 {ITEMS[5][1]} {ITEMS[5][2]}; Supported in part Mexico supports the part of the recommendation on "
        "prevention."
    )
    table = recommendations_table(*pair(tmp_path, body))
    assert [(r.number, r.position, r.position_note) for r in table.recommendations] == [
        ("131.1", "supported", None), ("131.2", "noted", None), ("131.3", "supported", "already implemented"),
        ("131.4", "supported", "already implemented"), ("131.5", "supported", "already implemented"),
        ("131.6", "supported", "partially supported")]
    assert not [w for _, w in table.warnings if w.code == "position-pending"]


def test_recommendations_a_french_addendum_is_read(tmp_path: Path) -> None:
    body = (
        "1. Le Mexique a reçu 6 recommandations lors de son quatrième Examen périodique universel.\n"
        "2. Sur les 6 recommandations reçues, le Mexique en accepte 4 et prend note de 2.\n"
        "I. Recommandations acceptées\n3. Le Mexique accepte les recommandations suivantes : 131.1, 131.3–131.5.\n"
        "II. Recommandations dont le Mexique a pris note\n"
        "4. Le Mexique prend note des recommandations suivantes : 131.2 et 131.6."
    )
    report, addendum = pair(tmp_path, body, state="Mexique")
    table = recommendations_table(report, addendum)
    assert [(r.number, r.position) for r in table.recommendations] == [
        ("131.1", "supported"), ("131.2", "noted"), ("131.3", "supported"), ("131.4", "supported"),
        ("131.5", "supported"), ("131.6", "noted")]
    assert [w.code for _, w in table.warnings] == []


def test_recommendations_an_addendum_whose_decisions_cannot_be_read_says_so_once(tmp_path: Path) -> None:
    # a Spanish addendum: not one decision is read, and one warning says why, besides the pending ones
    body = (
        "1. México recibió 6 recomendaciones durante su cuarto examen periódico universal. Las recomendaciones "
        "fueron examinadas por el Gobierno de México en consulta con la sociedad civil y los organismos del Estado.\n"
        "2. México apoya las recomendaciones 131.1, 131.3, 131.4 y 131.5 y toma nota de las recomendaciones 131.2 "
        "y 131.6, que serán objeto de un examen más detenido por las instituciones del Estado."
    )
    report = tmp_path / "A_HRC_56_9.txt"
    report.write_text(report_text(), encoding="utf-8")
    addendum = tmp_path / "A_HRC_56_9_Add.1.txt"
    addendum.write_text(addendum_text(body).replace(
        "Report of the Working Group on the Universal Periodic Review",
        "Informe del Grupo de Trabajo sobre el Examen Periódico Universal"), encoding="utf-8")
    table = recommendations_table(report, addendum)
    assert {r.position for r in table.recommendations} == {"pending"}
    unread = [w.message for _, w in table.warnings if w.code == "position-unread"]
    assert unread == ["no decision on any recommendation could be read in the addendum, written in Spanish, so "
                      "every position stays pending"]


def quoted(number: str, **change: str) -> str:
    """Item ``number`` quoted as the addendum prints it: its text and States, with words changed as given."""
    text, states = next((t, s) for n, t, s in ITEMS if n == number)
    for old, new in change.items():
        text = text.replace(old.replace("_", " "), new)
    return f"• {text} {states};"


def test_recommendations_quoted_without_numbers_are_matched_by_their_text(tmp_path: Path) -> None:
    # A/HRC/47/10/Add.1 (made-up Nepal 2021): each recommendation quoted with its States under "supports the
    # following" / "notes the following"; one quoted with a slip ("the treaty body" for "the treaty bodies")
    body = (
        "1. Mexico received 6 recommendations during its fourth universal periodic review.\n"
        "2. After careful examination, Mexico supports 4 of these recommendations and notes 2. The recommendations "
        "are reproduced below as they appear in the report of the Working Group.\n"
        "A. Recommendations supported by Mexico\n"
        f"3. Mexico supports the following recommendations: {quoted('131.1')} {quoted('131.3')} "
        f"{quoted('131.4', treaty_bodies='treaty body')} {quoted('131.6')}\n"
        "B. Recommendations noted by Mexico\n"
        f"4. Mexico notes the following recommendations: {quoted('131.2')} {quoted('131.5')}\n"
        "5. Mexico is not in a position to accede to the instruments mentioned above at present."
    )
    table = recommendations_table(*pair(tmp_path, body))
    assert [(r.number, r.position, r.position_source) for r in table.recommendations] == [
        ("131.1", "supported", "addendum"), ("131.2", "noted", "addendum"), ("131.3", "supported", "addendum"),
        ("131.4", "supported", "addendum"), ("131.5", "noted", "addendum"), ("131.6", "supported", "addendum")]
    assert [(w.code, w.message) for _, w in table.warnings] == []


def test_recommendations_quoted_texts_that_match_nothing_give_one_warning(tmp_path: Path) -> None:
    # the addendum quotes another report's recommendations: one warning on the quotes and one on what stays open,
    # not one on each of the six
    body = (
        "1. Mexico received 6 recommendations during its fourth universal periodic review.\n"
        "2. Mexico supports the following recommendations: • Ratify the Rome Statute of the International Criminal "
        "Court (Estonia); • Abolish the death penalty in law and in practice (France) (Spain);\n"
    )
    table = recommendations_table(*pair(tmp_path, body))
    assert {r.position for r in table.recommendations} == {"pending"}
    assert [(w.code, w.message) for _, w in table.warnings] == [
        ("position-unmatched", "the addendum answers 2 recommendations by quoting them without their numbers, and "
         "none matches the text of a recommendation of the report: 'Ratify the Rome Statute of the International "
         "Criminal Court'; 'Abolish the death penalty in law and in practice'"),
        ("position-pending", "6 recommendations stay pending: 131.1, 131.2, 131.3, 131.4, 131.5 …"),
    ]


def test_recommendations_the_same_quoted_words_go_to_the_recommendation_of_the_quoted_states(tmp_path: Path) -> None:
    items = [("131.1", "Ratify the Optional Protocol to the Convention against Torture", "(Chile)"),
             ("131.2", "Ratify the Optional Protocol to the Convention against Torture", "(Denmark) (Ghana)"),
             ("131.3", "Ratify the Rome Statute of the International Criminal Court", "(Estonia)")]
    body = ("1. Mexico supports the following recommendations: • Ratify the Optional Protocol to the Convention "
            "against Torture (Denmark) (Ghana); • Ratify the Rome Statute of the International Criminal Court "
            "(Estonia);\n2. Mexico notes the following recommendation: • Ratify the Optional Protocol to the "
            "Convention against Torture (Chile);")
    table = recommendations_table(*pair(tmp_path, body, items))
    assert [(r.number, r.position) for r in table.recommendations] == [
        ("131.1", "noted"), ("131.2", "supported"), ("131.3", "supported")]


def test_recommendations_stated_totals_that_disagree_with_the_answers_read_are_warned_of(tmp_path: Path) -> None:
    # the introduction counts 4 supported and 2 noted; the list reads 3 and 2, one left open
    body = (
        "1. Of the 6 recommendations received, Mexico supports 4 and notes 2.\n"
        "2. Mexico supports recommendations 131.1, 131.3 and 131.4.\n3. Mexico notes recommendations 131.2 and 131.6."
    )
    table = recommendations_table(*pair(tmp_path, body))
    totals = [w.message for _, w in table.warnings if w.code == "position-totals"]
    assert totals == ["the addendum states 4 supported and 2 noted ('Of the 6 recommendations received, Mexico "
                      "supports 4 and notes 2.'), but 3 supported, 2 noted and 1 pending were read"]
    agreeing = recommendations_table(*pair(tmp_path, body.replace("131.4.", "131.4, 131.5.")))
    assert [w.code for _, w in agreeing.warnings] == []


def test_recommendations_warnings_on_answers_by_item_number_name_the_row(tmp_path: Path) -> None:
    # a cycle-1 layout that answers by the item's number alone: the warnings name the report's row, 131.2 and 131.4,
    # not "recommendation 2"
    body = (
        "Mexico welcomes the recommendations made during its review. After evaluating them, its answers are as "
        "follows:\n1. Mexico accepts the recommendation.\n2. At this stage Mexico cannot make a definitive statement "
        "on this recommendation, as the matter is still under consideration.\n3. Mexico accepts the "
        "recommendation.\n4. Mexico partially accepts the recommendation.\n5., 6. Mexico accepts these "
        "recommendations."
    )
    table = recommendations_table(*pair(tmp_path, body))
    assert [(r.number, r.position) for r in table.recommendations] == [
        ("131.1", "supported"), ("131.2", "pending"), ("131.3", "supported"), ("131.4", "supported"),
        ("131.5", "supported"), ("131.6", "supported")]
    messages = [w.message for _, w in table.warnings]
    assert messages[:2] == [
        "the addendum leaves the position on recommendation 131.2 unclear: 'At this stage Mexico cannot make a "
        "definitive statement on this recommendation, as the matter is sti'",
        "the addendum supports 1 recommendations only in part (recorded as supported): 131.4"]
    assert not [m for m in messages if re.search(r"recommendations? \d(?![\d.])|: \d(?![\d.])", m)]


def test_a_french_addendums_state_and_session(tmp_path: Path) -> None:
    # "Rapport du Groupe de travail sur l’Examen périodique universel* Sénégal Additif", "Cinquante-cinquième
    # session": the State from the cover, the Working Group session (44) from the Council session of the symbol
    addendum = tmp_path / "A_HRC_55_9_Add.1.txt"
    addendum.write_text(
        "Nations Unies A/HRC/55/9/Add.1\nAssemblée générale Distr. générale\n19 février 2024\n\nConseil des droits "
        "de l’homme\nCinquante-cinquième session\nPoint 6 de l’ordre du jour\nExamen périodique universel\n\n"
        "Rapport du Groupe de travail sur l’Examen périodique universel*\n\nSénégal\n\nAdditif\n\nObservations sur "
        "les conclusions et/ou recommandations, engagements exprimés et réponses de l’État examiné\n\n"
        "1. Le Sénégal accepte les recommandations suivantes : 141.1–141.3 et 141.5.\n"
        "2. Le Sénégal prend note des recommandations suivantes : 141.4, 141.6.\n", encoding="utf-8")
    doc = parse_file(addendum)
    assert (doc.kind, doc.symbol, doc.country, doc.session, doc.cycle, doc.language) == (
        "wg_report_addendum", "A/HRC/55/9/Add.1", "SEN", 44, 4, "fr")
    assert [(r.number, r.position) for r in doc.recommendations] == [
        ("141.1", "supported"), ("141.2", "supported"), ("141.3", "supported"), ("141.4", "noted"),
        ("141.5", "supported"), ("141.6", "noted")]


def test_recommendations_stated_totals_blame_the_report_where_its_recommendations_were_not_read(
    tmp_path: Path,
) -> None:
    # no recommendation read in the report: "but 0 supported and 0 noted were read" would blame the addendum, which
    # answers all six
    body = (
        "1. Of the 6 recommendations received, Mexico supports 4 and notes 2.\n"
        "2. Mexico supports recommendations 131.1, 131.3, 131.4 and 131.5.\n"
        "3. Mexico notes recommendations 131.2 and 131.6."
    )
    table = recommendations_table(*pair(tmp_path, body, items=[]))
    assert table.recommendations == []
    totals = [w.message for _, w in table.warnings if w.code == "position-totals"]
    assert totals == ["the addendum states 4 supported and 2 noted ('Of the 6 recommendations received, Mexico "
                      "supports 4 and notes 2.') and answers 6 recommendations by number, but no recommendation was "
                      "read in the report, so none could be given its position"]
