"""The totals an addendum states, in the forms States write them, and their check against the answers read."""

from __future__ import annotations

import pytest

from uprkit.parse.addendum_totals import stated_totals, totals_warning


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # made-up Mexico 2024: a share of the supported ("of which 6 …") is not counted again
        ("2. Of the 318 recommendations received, Mexico supports 259, of which 6 are considered already "
         "implemented, supports 11 in part and notes 48. 3. The position of Mexico …",
         {"supported": 259, "partial": 11, "noted": 48}),
        ("2. Of the 262 recommendations received, 209 enjoy the support of Norway, 10 are supported in part and 43 "
         "are noted. Of the supported recommendations, 10 are considered already implemented.",
         {"supported": 209, "partial": 10, "noted": 43}),
        ("2. Of the 300 recommendations, Japan supports 197, supports 9 in part and notes 94.",
         {"supported": 197, "partial": 9, "noted": 94}),
        # the report's own count ("Of these, 104 enjoyed the support …") is not the addendum's
        ("1. Nepal received 196 recommendations on 20 January 2021. Of these, 104 enjoyed the support of Nepal at "
         "the time of the review. 2. After careful examination, Nepal supports 66 of these recommendations and notes "
         "26.", {"supported": 66, "noted": 26}),
        ("2. Sur les 281 recommandations reçues, le Sénégal en accepte 232 et prend note de 49.",
         {"supported": 232, "noted": 49}),
        # A/HRC/28/15/Add.1 and A/HRC/43/15/Add.1
        ("3. The Government of Slovenia accepts 142 recommendations. 4. For the time being, the Government of the "
         "Republic of Slovenia notes 21 recommendations.", {"supported": 142, "noted": 21}),
        ("With this document, Slovenia sets out its position on the remaining 157 recommendations, of which 124 are "
         "now supported and 33 noted.", {"supported": 124, "noted": 33}),
    ],
)
def test_stated_totals_in_the_forms_states_write_them(text: str, counts: dict[str, int]) -> None:
    stated = stated_totals(text)
    assert stated is not None and stated.counts == counts


def test_no_totals_where_the_addendum_counts_one_kind_or_none() -> None:
    assert stated_totals("1. Nepal received 196 recommendations. Of these, 104 enjoyed the support of Nepal.") is None
    assert stated_totals("5. Slovenia accepts the recommendation. 2,651 persons were granted asylum.") is None


def test_totals_warning_where_the_answers_read_disagree() -> None:
    stated = stated_totals("Of the 6 recommendations received, Mexico supports 3, supports 1 in part and notes 2.")
    assert stated is not None
    right = [("supported", None)] * 3 + [("supported", "partially supported")] + [("noted", None)] * 2
    assert totals_warning(stated, right) is None
    # "supports 4, 1 of them in part" reads the same
    assert totals_warning(stated, [("supported", None)] * 4 + [("noted", None)] * 2) is not None
    wrong = [("supported", None)] + [("supported", "partially supported")] * 3 + [("noted", None), (None, None)]
    warning = totals_warning(stated, wrong)
    assert warning is not None and warning.code == "position-totals"
    assert warning.message == (
        "the addendum states 3 supported, 1 supported in part and 2 noted ('Of the 6 recommendations received, Mexico "
        "supports 3, supports 1 in part and notes 2.'), but 1 supported, 3 supported in part, 1 noted and 1 pending "
        "were read")
    # a second scope (all of the report's recommendations) that agrees is enough
    assert totals_warning(stated, wrong, right) is None
