"""The positions an addendum gives, in the wordings and layouts States use across the four cycles.

Each case is a short passage written the way real addenda put it (lists after a verb, ranges with "to",
"Recommendations … are supported", a table's position column, headings over lists, per-item prose); the
Slovenia addenda in ``../shared/data`` are checked against their own stated totals in test_recommendations.py.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uprkit.layout.clean import CleanText
from uprkit.parse.addendum import expand_refs, extract_positions, find_positions


def _clean(text: str) -> CleanText:
    c = CleanText()
    c.append(" ".join(text.split()), 0)
    return c


def positions(text: str) -> dict[str, str]:
    return dict(extract_positions(_clean(text))[0])


def test_list_after_the_verb() -> None:
    got = positions("3. The Government accepts the following recommendations: 140.7, 140.8, 140.9. "
                    "4. The Government notes recommendations 140.10 and 140.12.")
    assert got == {"140.7": "supported", "140.8": "supported", "140.9": "supported",
                   "140.10": "noted", "140.12": "noted"}


def test_ranges_with_dashes_and_with_to() -> None:
    got = positions("Kenya supports recommendations 134.1-134.4, 134.6 to 134.8 and 134.10–12. "
                    "Kenya notes recommendations 134.5 and 134.9.")
    assert got == {**{f"134.{i}": "supported" for i in (1, 2, 3, 4, 6, 7, 8, 10, 11, 12)},
                   "134.5": "noted", "134.9": "noted"}


def test_list_before_the_verb() -> None:
    got = positions("Recommendations 115.1, 115.2 and 115.5 are accepted. Recommendation 115.3 is noted. "
                    "The following recommendations are supported: 115.4; 115.6.")
    assert got == {"115.1": "supported", "115.2": "supported", "115.5": "supported", "115.3": "noted",
                   "115.4": "supported", "115.6": "supported"}


def test_two_decisions_in_one_sentence() -> None:
    got = positions("The State accepts recommendations 98.1 to 98.3 and notes recommendations 98.4 and 98.5.")
    assert got == {"98.1": "supported", "98.2": "supported", "98.3": "supported", "98.4": "noted", "98.5": "noted"}


def test_negated_verbs_are_not_acceptance() -> None:
    got = positions("Recommendation 124.3: not accepted. The Government does not support recommendations "
                    "124.7 and 124.8. Recommendation 124.9 is accepted.")
    assert got == {"124.3": "rejected", "124.7": "rejected", "124.8": "rejected", "124.9": "supported"}


def test_table_position_column() -> None:
    text = (
        "Recommendation Position Comments "
        "107.1 Ratify the Optional Protocol to the Convention against Torture (Denmark) Supported "
        "107.2 Abolish the death penalty (France) (Spain) Noted The Constitution provides for it. "
        "107.3 Establish a national human rights institution in line with the Paris Principles (India); Supported "
        "107.4 Partially supported"
    )
    got, _ = find_positions(_clean(text))
    assert {k: v.position for k, v in got.items()} == {
        "107.1": "supported", "107.2": "noted", "107.3": "supported", "107.4": "supported"}
    assert [k for k, v in got.items() if v.partial] == ["107.4"]


def test_table_of_two_columns_supported_in_part() -> None:
    # a "Recommendation | Position" table, the number inside the first cell: "Supported in part" ends the row and
    # the next row's number follows (the position was read, its "in part" lost)
    text = (
        "Recommendation Position "
        "43.19 Ensure adequate resources for inclusive education (Democratic Republic of the Congo) Noted "
        "43.20 Continue efforts to guarantee the right to adequate housing (Estonia) Supported in part "
        "43.21 Redouble efforts to combat corruption (Uzbekistan) Supported"
    )
    got, warnings = find_positions(_clean(text))
    assert {k: v.position for k, v in got.items()} == {"43.19": "noted", "43.20": "supported", "43.21": "supported"}
    assert [k for k, v in got.items() if v.partial] == ["43.20"]
    assert [w.message for w in warnings] == [
        "the addendum supports 1 recommendations only in part (recorded as supported): 43.20"]


def test_headings_over_lists() -> None:
    text = (
        "I. Supported recommendations 5. Chile supports these recommendations as they are being implemented. "
        "125.1 Ratify ICRMW (Egypt); 125.2 Adopt a plan (Peru); "
        "II. Noted recommendations 6. Chile takes note of the following recommendations: "
        "125.3 Decriminalize defamation (Estonia); 125.4 Legalize abortion (Norway)."
    )
    assert positions(text) == {"125.1": "supported", "125.2": "supported", "125.3": "noted", "125.4": "noted"}


def test_heading_alone_over_items() -> None:
    text = ("Noted recommendations 125.3 Decriminalize defamation (Estonia); 125.4 Legalize abortion (Norway). "
            "Accepted recommendations 125.1 Ratify ICRMW (Egypt).")
    assert positions(text) == {"125.3": "noted", "125.4": "noted", "125.1": "supported"}


def test_cycle_one_prose_per_item() -> None:
    got = positions("5., 6., 7. The Slovenian Government accepts these recommendations. "
                    "8. Slovenia does not accept this recommendation because the law already provides for it.")
    assert got == {"5": "supported", "6": "supported", "7": "supported", "8": "rejected"}


def test_an_unclear_answer_stays_pending_with_a_warning() -> None:
    got, warnings = extract_positions(_clean(
        "3. At this stage Slovenia cannot make a definitive statement on this recommendation, as the matter is "
        "still under consideration."))
    assert got == {"3": "pending"}
    assert [w.code for w in warnings] == ["position-unclear"]


def test_percentages_dates_and_convention_numbers_are_not_recommendations() -> None:
    got = positions("By the end of 2024, 99.9% of cases were resolved. Slovenia ratified Convention (No. 174) "
                    "in 2010. Slovenia accepts recommendations 140.11 and 140.12.")
    assert got == {"140.11": "supported", "140.12": "supported"}


def test_partial_support_is_recorded_and_warned() -> None:
    got, warnings = find_positions(_clean("The Government partially accepts recommendation 124.6."))
    assert got["124.6"].position == "supported" and got["124.6"].partial
    assert any(w.code == "position-partial" and "124.6" in w.message for w in warnings)


def test_partial_support_in_french_is_recorded() -> None:
    # A/HRC/52/18/Add.1 (made-up Tunisia 2023, French original): "accepte partiellement" after the verb
    got, _ = find_positions(_clean("4. La Tunisie accepte partiellement les recommandations 104.114 et 104.140. Elle "
                                   "accepte la partie de ces recommandations relative à la prévention."))
    assert {ref: (f.position, f.partial) for ref, f in got.items() if ref in {"104.114", "104.140"}} == {
        "104.114": ("supported", True), "104.140": ("supported", True)}


def test_the_first_statement_wins_over_a_later_mention() -> None:
    got = positions("The Government accepts recommendations 140.11 and 140.12. "
                    "III. Noted recommendations The Government notes recommendation 140.13. "
                    "As to 140.11, see the explanation above.")
    assert got == {"140.11": "supported", "140.12": "supported", "140.13": "noted"}


@given(st.integers(100, 160), st.integers(1, 200), st.integers(0, 40), st.sampled_from(["-", "–", " to ", " - "]))
def test_expand_refs_ranges(para: int, a: int, span: int, dash: str) -> None:
    b = a + span
    assert expand_refs(f"{para}.{a}{dash}{para}.{b}") == [f"{para}.{k}" for k in range(a, b + 1)]
    assert expand_refs(f"{para}.{a}{dash}{b}") == [f"{para}.{k}" for k in range(a, b + 1)]


@pytest.mark.parametrize(
    ("listing", "expected"),
    [
        ("1–5, 14–16", ["1", "2", "3", "4", "5", "14", "15", "16"]),
        ("122.17-18", ["122.17", "122.18"]),
        ("140.35. 140.36", ["140.35", "140.36"]),
        ("150 – 152", ["150", "151", "152"]),
    ],
)
def test_expand_refs_examples(listing: str, expected: list[str]) -> None:
    assert expand_refs(listing) == expected


def test_a_sentence_over_a_list_of_items() -> None:
    text = ("4. Ghana supports the following recommendations: 130.1 Ratify OP-CAT (Denmark); 130.2 Adopt the bill "
            "(Canada). 5. The following recommendations could not be accepted at this stage. 130.3 Abolish the "
            "death penalty (France); 130.4 Repeal section 104 (Norway).")
    assert positions(text) == {"130.1": "supported", "130.2": "supported", "130.3": "rejected", "130.4": "rejected"}


def test_table_laid_out_on_the_page_puts_the_position_inside_the_text() -> None:
    text = (
        "Recommendation Position "
        "155.1 Ratify the Optional Protocol to the Supported Convention against Torture (Denmark); "
        "155.2 Abolish the death penalty in law and in Noted practice (France); "
        "155.3 Supported Adopt a national action plan (Peru);"
    )
    assert positions(text) == {"155.1": "supported", "155.2": "noted", "155.3": "supported"}


def test_a_decision_is_not_taken_from_the_sentence_before_the_list() -> None:
    # the previous answer's sentence ended just before the list ("… right. Recommendation 115.9", "2016. 4.
    # Recommendations", "remainder. 78.140"); a label's colon or dash does not end its sentence
    got, warnings = find_positions(_clean(
        "Recommendation 115.8: The Plurinational State of Bolivia takes note of this recommendation, since the "
        "Constitution already guarantees this right. Recommendation 115.9: Supported. The State considers that the "
        "legal framework is adequate. Recommendation 115.15: Supported. Recommendation 115.16, by contrast, is noted, "
        "as the matter falls within the competence of the Assembly. "
        "3. The recommendations on the abolition of the death penalty in law (131.16 to 131.18) are supported, the "
        "death penalty having been abolished by the Constitution of 2016. 4. Recommendations 131.21 to 131.23, which "
        "call for the ratification of the Second Optional Protocol within one year, cannot be supported at this "
        "time and are therefore noted. "
        "III. Partially supported recommendations 78.26 – The Republic of Moldova supports the part of this "
        "recommendation on legal aid and notes the remainder. 78.140 – The Government supports the first part of the "
        "recommendation and takes note of the second part."))
    assert {k: v.position for k, v in got.items()} == {
        "115.8": "noted", "115.9": "supported", "115.15": "supported", "115.16": "noted",
        "131.16": "supported", "131.17": "supported", "131.18": "supported",
        "131.21": "noted", "131.22": "noted", "131.23": "noted", "78.26": "supported", "78.140": "supported"}
    assert [k for k, v in got.items() if v.partial] == ["78.26", "78.140"]
    assert any(w.code == "position-partial" and "78.140" in w.message for w in warnings)


def test_a_label_with_several_numbers_and_a_colon() -> None:
    assert positions("Recommendations 115.4 and 115.5: Noted. The Government has already taken steps. "
                     "Recommendation 115.6: Supported.") == {"115.4": "noted", "115.5": "noted", "115.6": "supported"}


def test_cannot_be_supported_is_a_rejection_unless_the_state_notes_it() -> None:
    assert positions("Recommendations 120.1 and 120.2 cannot be supported. Recommendation 120.3 cannot be accepted "
                     "and is therefore noted.") == {"120.1": "rejected", "120.2": "rejected", "120.3": "noted"}


def test_table_row_broken_at_a_hyphen_and_a_wrapped_partial_cell() -> None:
    # pdftotext puts the row's first line beside its position: "… torture and ill-      Noted"; a narrow column
    # wraps "Supported in" / "part" over two lines
    text = (
        "No. Recommendation Position Comments "
        "43.102 Intensify efforts to combat torture and ill- Noted This is a devolved matter; the treatment by law "
        "enforcement officials (Malta) "
        "43.156 Redouble efforts to promote gender- Supported The UK is committed to this responsive budgeting "
        "(South Africa) "
        "43.20 Continue efforts to guarantee the right to Supported in The Government already takes adequate housing "
        "and prevent forced evictions, part steps to implement this (Estonia) "
        "43.21 Redouble efforts to combat corruption at all Supported The UK will take part in levels (Peru)"
    )
    got, warnings = find_positions(_clean(text))
    assert {k: v.position for k, v in got.items()} == {
        "43.20": "supported", "43.21": "supported", "43.102": "noted", "43.156": "supported"}
    assert [k for k, v in got.items() if v.partial] == ["43.20"]
    assert any(w.code == "position-partial" and "43.20" in w.message for w in warnings)


def test_a_cross_reference_does_not_answer_for_another_recommendation() -> None:
    # row 43.7's comment points at 43.12, whose own row says Supported; in prose, the sentence that names
    # 115.16 after 115.15's answer is 115.16's own
    table = (
        "No. Recommendation Position Comments "
        "43.7 Raise the minimum age of criminal Noted As noted in our response to responsibility in line with "
        "international 43.12, the Government keeps standards (Chile) (Mexico) this under review. "
        "43.12 Ensure that survivors of domestic abuse, Supported The UK is committed to this including migrant "
        "women, are protected (Sweden)"
    )
    assert positions(table) == {"43.7": "noted", "43.12": "supported"}
    assert positions("Recommendation 115.15: Supported. Recommendation 115.16, by contrast, is noted, as the matter "
                     "falls within the competence of the Assembly. See also recommendation 115.15.") == {
        "115.15": "supported", "115.16": "noted"}


def test_an_answer_given_both_ways_stays_pending_with_a_warning() -> None:
    # a range that takes in a number noted further on, and a label answered twice
    got, warnings = extract_positions(_clean(
        "2. Malawi supports recommendations 126.49 to 126.51. 6. Malawi takes note of recommendations 126.50 and "
        "126.54. Recommendation 115.30: Supported. The law provides for it. Recommendation 115.30: Noted. On "
        "further reflection, the State cannot commit to the timeline proposed."))
    assert got == {"115.30": "pending", "126.49": "supported", "126.50": "pending", "126.51": "supported",
                   "126.54": "noted"}
    assert [(w.code, w.message) for w in warnings] == [
        ("position-conflict", "the addendum gives recommendation 115.30 as noted and as supported; it stays pending"),
        ("position-conflict", "the addendum gives recommendation 126.50 as noted and as supported; it stays pending"),
    ]


def test_a_paragraph_number_under_a_heading_is_no_recommendation() -> None:
    # A/HRC/28/15/Add.1: "III. Noted recommendations 5. For the time being, … notes recommendations 6–13"
    assert positions("I. Accepted recommendations 3. Slovenia accepts recommendations 1–5. III. Noted recommendations "
                     "5. For the time being, Slovenia notes recommendations 6–7.") == {
        "1": "supported", "2": "supported", "3": "supported", "4": "supported", "5": "supported", "6": "noted",
        "7": "noted"}


def test_a_cluster_answered_as_a_whole_with_exceptions() -> None:
    got = positions("D. Civic space (recommendations 131.60–131.65) 6. All recommendations in this cluster are "
                    "supported, except recommendations 131.62 and 131.64, which are noted. E. Health (recommendations "
                    "131.66 to 131.67) 7. All the recommendations in this cluster are noted.")
    assert got == {"131.60": "supported", "131.61": "supported", "131.62": "noted", "131.63": "supported",
                   "131.64": "noted", "131.65": "supported", "131.66": "noted", "131.67": "noted"}


@pytest.mark.parametrize(
    "text",
    [
        "12. Mongolia notes recommendations 107.4 and 107.6; accepts 107.3, 107.5 and 107.9.",
        "12. Mongolia accepts recommendations 107.3, 107.5 and 107.9; notes 107.4 and 107.6.",
        "12. Mongolia accepts recommendations 107.3, 107.5 and 107.9; and notes recommendations 107.4 and 107.6.",
    ],
)
def test_a_semicolon_ends_one_decisions_list(text: str) -> None:
    # the decision after the semicolon is the next list's, not the one before it
    assert positions(text) == {"107.3": "supported", "107.5": "supported", "107.9": "supported",
                               "107.4": "noted", "107.6": "noted"}


def test_exceptions_to_a_range_answered_in_the_same_sentence() -> None:
    got = positions("4. Mongolia accepts recommendations 107.1–107.10, except 107.7 and 107.9, which are noted.")
    assert got == {**{f"107.{i}": "supported" for i in (1, 2, 3, 4, 5, 6, 8, 10)}, "107.7": "noted", "107.9": "noted"}


def test_partially_after_the_list_and_already_implemented() -> None:
    found, _ = find_positions(_clean("7. Mongolia accepts recommendation 107.50 partially. "
                                     "15. Recommendations 107.60 and 107.61 have already been implemented."))
    assert found["107.50"].position == "supported" and found["107.50"].partial
    assert found["107.60"].position == found["107.61"].position == "supported"


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        # A/HRC/16/5/Add.1 (made-up Mongolia 2010): "in part" a few words after the verb
        ("4. Recommendation 85.25: Mongolia accepts this recommendation in part. It accepts the first part of the "
         "recommendation, but is not in a position to accept the second part at this stage.", "85.25"),
        # a recommendation answered again inside its cluster's answer: the answer on it alone says more
        ("2. Recommendations 124.13 to 124.37 are accepted. Recommendation 124.33 is partially accepted.", "124.33"),
        # a cycle-1 number column: the answer's second sentence turns down a part of it (A/HRC/14/16/Add.1, 19)
        ("18. Bosnia and Herzegovina cannot accept the recommendation. 19. Bosnia and Herzegovina accepts the "
         "recommendation regarding the strengthening of the existing institutions. Bosnia and Herzegovina cannot "
         "accept the part of the recommendation on the establishment of a new body, for budgetary reasons. "
         "20. Bosnia and Herzegovina accepts the recommendation.", "19"),
    ],
)
def test_support_in_part_said_later_in_the_answer(text: str, ref: str) -> None:
    found, warnings = find_positions(_clean(text))
    assert (found[ref].position, found[ref].partial) == ("supported", True)
    assert [r for r, f in found.items() if f.partial] == [ref]
    assert [w.code for w in warnings] == ["position-partial"]


def test_a_clusters_label_takes_no_decision_where_its_sentence_lists_the_numbers() -> None:
    # A/HRC/27/10/Add.1 (made-up DPRK 2014): the label's range is answered number by number in the paragraph
    got, warnings = extract_positions(_clean(
        "2. Recommendations 124.1-124.6: The Democratic People’s Republic of Korea accepts recommendations 124.2 "
        "and 124.4; notes 124.3. Recommendation 124.5 is accepted and considered already implemented. "
        "Recommendation 124.6 is partially accepted. The Democratic People’s Republic of Korea does not accept "
        "recommendation 124.1, which is based on fabricated information. 3. Recommendations 124.7 and 124.8: The "
        "Democratic People’s Republic of Korea accepts these recommendations."))
    assert got == {"124.1": "rejected", "124.2": "supported", "124.3": "noted", "124.4": "supported",
                   "124.5": "supported", "124.6": "supported", "124.7": "supported", "124.8": "supported"}
    assert [w.code for w in warnings] == ["position-partial"]


def test_a_heading_answered_as_a_whole_in_the_active_voice() -> None:
    # A/HRC/19/4/Add.1 (made-up United Republic of Tanzania 2011)
    got = positions("B. Death penalty (recommendations 87.7–87.10) 3. The Government takes note of all the "
                    "recommendations under this heading. The death penalty remains part of the law. D. Media "
                    "(recommendations 87.17–87.19) 5. The Government accepts all the recommendations under this "
                    "heading, and will review the relevant legislation.")
    assert got == {**{f"87.{i}": "noted" for i in range(7, 11)}, **{f"87.{i}": "supported" for i in range(17, 20)}}


def test_reproduced_recommendations_each_followed_by_the_response() -> None:
    # a common cycle-1 layout: the recommendation's own words ("Support …", "accept …") are no answer
    found, _ = find_positions(_clean(
        "Each recommendation is reproduced below, followed by the response of the Government. Recommendation 85.1: "
        "Support the work of the national human rights institution (Chad) Response: Noted. The institution is "
        "independent. Recommendation 85.2: Accept the visit of the Special Rapporteur on torture (Austria) "
        "Response: Accepted. Recommendation 85.3: Ratify the Optional Protocol to the Convention against Torture "
        "(Chile) Response: Partially accepted. Recommendation 85.4: Abolish the death penalty (France) "
        "Response: Not accepted."))
    assert {ref: (f.position, f.partial) for ref, f in found.items()} == {
        "85.1": ("noted", False), "85.2": ("supported", False), "85.3": ("supported", True),
        "85.4": ("rejected", False)}
    assert positions("Recommendation No. 1: To continue its cooperation with the special procedures (Latvia) "
                     "Response: Accepted. Recommendation No. 2: To ratify the Convention (Chile) Response: Noted.") == {
        "1": "supported", "2": "noted"}
    assert positions("107.1 Continue its cooperation with the special procedures (Latvia). Position: Accepted. The "
                     "Government will respond to the pending requests. 107.2 Ratify the Optional Protocol to the "
                     "Convention against Torture (Chile). Position: Noted.") == {"107.1": "supported", "107.2": "noted"}


def test_a_table_rows_window_stops_at_the_next_row() -> None:
    # A/HRC/56/9/Add.1 (made-up Mexico 2024), annex "Recommendation | Position | Comments" with the number alone in
    # the first cell: an empty Comments cell, or one ending "… entities.", runs on into the next row, whose comment
    # on a "Supported in part" row is no note on the rows above it
    text = (
        "Recommendation Position Comments "
        "131.25 Supported "
        "131.26 Supported Measures are under way in coordination with the federal entities. "
        "131.27 Supported "
        "131.28 Supported in part Mexico supports the part of the recommendation on prevention and notes the part on "
        "legislative reform, which falls within the competence of the Congress of the Union. "
        "131.29 Noted See the comment on recommendation 131.28. "
        "131.30 Supported"
    )
    got, warnings = find_positions(_clean(text))
    assert {k: v.position for k, v in got.items()} == {
        "131.25": "supported", "131.26": "supported", "131.27": "supported", "131.28": "supported",
        "131.29": "noted", "131.30": "supported"}
    assert [k for k, v in got.items() if v.partial] == ["131.28"]
    assert [w.message for w in warnings] == [
        "the addendum supports 1 recommendations only in part (recorded as supported): 131.28"]


def test_a_row_whose_recommendation_opens_with_a_decision_verb_is_read_in_its_position_column() -> None:
    # the same annex with the recommendation's text in the first cell: "Accept the competence …", "Support …" and
    # "… strengthen support …" are the recommending State's words, the Position column is the State's decision
    text = (
        "Recommendation Position Comments "
        "131.1 Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights "
        "(Andorra) (Norway) Supported in part Mexico supports the part of the recommendation on prevention and notes "
        "the part on legislative reform. "
        "131.2 Accept the competence of the Committee on Enforced Disappearances under articles 31 and 32 of the "
        "International Convention for the Protection of All Persons from Enforced Disappearance (United Arab "
        "Emirates) Noted See the comment on recommendation 131.5. "
        "131.3 Support the work of the national human rights institution (Chad) Noted "
        "131.4 Continue efforts to ratify the Optional Protocol to the Convention on the Rights of the Child on a "
        "communications procedure (Latvia) (Zambia) Supported "
        "131.5 Strengthen support for victims of trafficking (Chile) Noted "
        "131.6 Ratify the Optional Protocol to the Convention against Torture (Peru) Supported in part Mexico "
        "supports the part of the recommendation on prevention."
    )
    got, _ = find_positions(_clean(text))
    assert {k: (v.position, v.partial) for k, v in got.items()} == {
        "131.1": ("supported", True), "131.2": ("noted", False), "131.3": ("noted", False),
        "131.4": ("supported", False), "131.5": ("noted", False), "131.6": ("supported", True)}


@pytest.mark.parametrize(
    "text",
    [
        # A/HRC/47/10/Add.1 (made-up Nepal 2021): the recommendations quoted without their numbers
        "1. Nepal received 196 recommendations during its third universal periodic review. Of these, 104 enjoyed "
        "the support of Nepal at the time of the review. 2. After careful examination, Nepal supports 66 of these "
        "recommendations and notes 26. A. Recommendations supported by Nepal 3. Nepal supports the following "
        "recommendations: • Submit its overdue reports to the treaty bodies (Lithuania); B. Recommendations noted by "
        "Nepal 4. Nepal notes the following recommendations: • Ratify the Rome Statute (Estonia); 5. Nepal is not "
        "in a position to accede to the instruments mentioned above at present, as the preparations are under way.",
        "1. Mexico received 318 recommendations during its fourth universal periodic review. 2. After careful "
        "examination, Mexico notes 48 of these recommendations and supports 270. 3. Mexico supports the following "
        "recommendations: • Accept the competence of the Committee on Enforced Disappearances (United Arab Emirates);",
    ],
)
def test_an_addendums_own_paragraph_numbers_answer_no_recommendation(text: str) -> None:
    got, warnings = find_positions(_clean(text))
    assert got == {} and warnings == []


def test_a_theme_sentence_with_its_numbers_in_brackets() -> None:
    # A/HRC/53/15/Add.1 (made-up Japan 2023): the theme runs to 85-110 characters between the verb and the
    # bracket, and the decision may follow the list, on "these recommendations"
    found, _ = find_positions(_clean(
        "4. Japan supports the recommendations on the ratification of international human rights instruments "
        "(158.2, 158.7 and 158.20–158.22). "
        "8. Japan supports in part the recommendations on cooperation with the treaty bodies, the special procedures "
        "and OHCHR (158.43): Japan supports their objectives but notes the parts that call for new legislation. "
        "10. With regard to the national human rights framework, including the national human rights institution "
        "and the national action plan (158.56, 158.58 and 158.62), the Government considers that the current system "
        "is appropriate and therefore notes these recommendations. "
        "20. Japan supports recommendations on fundamental freedoms, civic space and the protection of journalists "
        "and human rights defenders (158.150–158.152)."))
    assert {ref: (f.position, f.partial) for ref, f in found.items()} == {
        "158.2": ("supported", False), "158.7": ("supported", False), "158.20": ("supported", False),
        "158.21": ("supported", False), "158.22": ("supported", False), "158.43": ("supported", True),
        "158.56": ("noted", False), "158.58": ("noted", False), "158.62": ("noted", False),
        "158.150": ("supported", False), "158.151": ("supported", False), "158.152": ("supported", False)}


def test_already_implemented_is_support_noted_as_such() -> None:
    # a number-only table's "Already implemented", and a lead sentence "which it considers already implemented"
    found, _ = find_positions(_clean(
        "Recommendation Position Comments 131.50 Supported 131.51 Already implemented The relevant legislation was "
        "adopted in 2022. 131.52 Noted. 4. Norway also supports the following recommendations, which it considers "
        "already implemented: 143.40, 143.42. 5. Norway supports recommendation 143.41."))
    assert {ref: (f.position, f.implemented) for ref, f in found.items()} == {
        "131.50": ("supported", False), "131.51": ("supported", True), "131.52": ("noted", False),
        "143.40": ("supported", True), "143.41": ("supported", False), "143.42": ("supported", True)}


def test_the_decision_words_of_a_french_addendum() -> None:
    # A/HRC/55/9/Add.1 (made-up Senegal 2024, French original): lead sentences, headings, "et" in lists, "à" in
    # ranges, and the words of the French addenda's tables and prose
    got = positions(
        "2. Sur les 12 recommandations reçues, le Sénégal en accepte 8 et prend note de 4. I. Recommandations "
        "acceptées 3. Le Sénégal accepte les recommandations suivantes : 141.1–141.3 et 141.5. II. Recommandations "
        "dont le Sénégal a pris note 4. Le Sénégal prend note des recommandations suivantes : 141.4, 141.6. "
        "5. Les recommandations 141.7 à 141.8 bénéficient du soutien du Sénégal. 6. Le Sénégal rejette la "
        "recommandation 141.9. 7. Le Sénégal n’accepte pas la recommandation 141.10. "
        "Recommandation Position 141.11 Notée 141.12 Acceptée")
    assert got == {"141.1": "supported", "141.2": "supported", "141.3": "supported", "141.4": "noted",
                   "141.5": "supported", "141.6": "noted", "141.7": "supported", "141.8": "supported",
                   "141.9": "rejected", "141.10": "rejected", "141.11": "noted", "141.12": "supported"}


def test_item_numbers_stay_answers_where_an_answer_names_another_recommendation() -> None:
    # a cycle-1 layout (A/HRC/14/15/Add.1): answers by item number, one of which names another recommendation or a
    # figure; that is no sign of the addendum numbering its own paragraphs
    got = positions("Slovenia welcomes the recommendations. Its answers are as follows: 1. Slovenia accepts the "
                    "recommendation. 2. Slovenia accepts the recommendation, as it did recommendation 1. 3. Slovenia "
                    "accepts the recommendation; 12 shelters were opened in 2009. 4. Slovenia does not accept this "
                    "recommendation.")
    assert got == {"1": "supported", "2": "supported", "3": "supported", "4": "rejected"}


def test_an_ohchr_matrix_row_labels_the_source_of_its_position() -> None:
    # OHCHR's "matrix of recommendations": "Source of position: <symbol>[ - Para n]" between the States and the
    # Position column, then the themes, the affected persons and a comment (A/HRC/52/8/Add.1, made-up Indonesia
    # 2023; the "- Para 121" forms as in the matrix of Slovenia's third review, A/HRC/43/15 and its addendum)
    text = (
        "Recommendation Position Full list of themes Assessment/comments on level of implementation "
        "Theme: A12 Acceptance of international norms "
        "132.1 Ratify the Indigenous and Tribal Peoples Convention, 1989 (No. 169) of the International Labour "
        "Organization (Timor-Leste) Source of position: A/HRC/52/8/Add.1 Noted A12 Acceptance of international "
        "norms Affected persons: - indigenous peoples "
        "132.5 Ratify the Council of Europe Convention on preventing and combating violence against women and "
        "domestic violence (Sudan) Source of position: A/HRC/52/8/Add.1 Noted A12 Acceptance of international norms "
        "Affected persons: - general Indonesia is not in a position to support this recommendation. "
        "132.6 Continue to support the National Commission on Human Rights (Argentina) Source of position: "
        "A/HRC/52/8/Add.1 Supported A41 Constitutional and legislative framework Affected persons: - general "
        "121.1 Ratify the International Convention for the Protection of All Persons from Enforced Disappearance "
        "(France) (Lithuania); Source of Position: A/HRC/43/15 - Para 121 Supported - Acceptance of international "
        "norms - Enforced disappearances SDGs: - 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS Affected persons: - "
        "Disappeared persons "
        "122.1 Complete the process of ratification of the Optional Protocol to the International Covenant on "
        "Economic, Social and Cultural Rights (Senegal); Source of Position: A/HRC/43/15/Add.1 - Para.3 Supported - "
        "Acceptance of international norms "
        "122.2 Ratify the Convention on the Reduction of Statelessness (Uganda); Source of Position: "
        "A/HRC/43/15/Add.1 - Para.5 Noted - Acceptance of international norms - Stateless persons "
        # "Position: A/HRC/43/15 - Para 123 Noted … not in a position …" is no reproduced recommendation's response
        "123.1 Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members "
        "of Their Families (Egypt) (Indonesia); Source of Position: A/HRC/43/15 - Para 123 Noted - Acceptance of "
        "international norms - Migrants Slovenia is not in a position to ratify the Convention at present, as its "
        "provisions are largely covered by European Union law."
    )
    got, warnings = find_positions(_clean(text))
    assert {k: (v.position, v.partial) for k, v in got.items()} == {
        "121.1": ("supported", False), "122.1": ("supported", False), "122.2": ("noted", False),
        "123.1": ("noted", False), "132.1": ("noted", False), "132.5": ("noted", False), "132.6": ("supported", False)}
    assert warnings == []


def test_a_matrix_row_of_a_pdf_that_lost_its_symbol_or_was_broken_by_a_page() -> None:
    # the PDF of the same matrix: the symbol after "Source of position:" is dropped with the page furniture, and a
    # row broken by a page has its Position beside its first line, before the repeated table header
    text = (
        "132.30 Continue efforts to ratify the International Labour Organization Domestic Workers Convention, 2011 "
        "(No. 189) (Equatorial Guinea) (Yemen) Source of position: Noted A12 Acceptance of international norms "
        "Affected persons: - general Indonesia is not in a position to support this recommendation. "
        "132.31 Take further measures to ratify the Indigenous and Noted A12 Acceptance of international norms "
        "Indonesia is not in a position to support this Recommendation Position Full list of themes "
        "Assessment/comments on level of implementation Tribal Peoples Convention, 1989 (No. 169) of the "
        "International Labour Organization (Tajikistan) Source of position: Affected persons: - general "
        "recommendation. "
        "132.32 Take further measures to ratify the Optional Protocol to the Convention against Torture (Finland) "
        "Source of position: Supported A12 Acceptance of international norms Affected persons: - general Indonesia "
        "accepts this recommendation and considers it already being implemented."
    )
    got, warnings = find_positions(_clean(text))
    assert {k: v.position for k, v in got.items()} == {"132.30": "noted", "132.31": "noted", "132.32": "supported"}
    assert warnings == []


@pytest.mark.parametrize("source", ["", "Source of position: A/HRC/52/8/Add.1 "])
def test_partially_supported_in_a_position_column_is_support_in_part(source: str) -> None:
    # OHCHR's matrices write the word in sentence case: "Partially supported" (no comment in the row to read it from)
    text = (
        "132.6 Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members "
        f"of Their Families (Argentina) {source}Supported A12 Acceptance of international norms "
        "132.7 Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights "
        f"(Niger) {source}Partially supported A12 Acceptance of international norms "
        "132.8 Ratify the International Labour Organization Violence and Harassment Convention, 2019 (No. 190) "
        f"(Cameroon) (Dominican Republic) {source}Supported A12 Acceptance of international norms"
    )
    got, _ = find_positions(_clean(text))
    assert {k: (v.position, v.partial) for k, v in got.items()} == {
        "132.6": ("supported", False), "132.7": ("supported", True), "132.8": ("supported", False)}
