"""Lists written the way outlets write them (found by the `respectively` family of
vndx/extract/perturb_outlets.py): rules rank-before-list and items-after-own-value in lists.py.
Our own sentences."""

import datetime as dt

import pytest

from vndx.extract import extract_facts

PILLARS = {"dti_digital_government_rank", "dti_digital_society_rank", "dti_digital_economy_rank"}


def _ranks(text):
    facts = extract_facts(text, doc="d", published=dt.date(2023, 6, 1))
    return {(f.indicator, f.value) for f in facts if f.indicator in PILLARS}


@pytest.mark.parametrize(
    "verb", ["lần lượt xếp thứ", "xếp thứ lần lượt là", "xếp hạng lần lượt là", "có thứ hạng lần lượt là"]
)
def test_the_rank_verb_may_stand_before_or_after_the_list_word(verb):
    text = f"Năm 2022, tỉnh Vĩnh Long có chính quyền số và xã hội số {verb} 23 và 16."
    assert _ranks(text) == {("dti_digital_government_rank", 23.0), ("dti_digital_society_rank", 16.0)}


def test_without_a_rank_verb_bare_numbers_stay_unread():
    # "có giá trị lần lượt là 23 và 16": no rank verb anywhere, and whole numbers are no scores
    assert _ranks("Năm 2022, tỉnh Vĩnh Long có chính quyền số và xã hội số có giá trị lần lượt là 23 và 16.") == set()


def test_an_item_with_its_own_value_before_the_list_is_no_list_item():
    text = (
        "Năm 2022, về kinh tế số Vĩnh Long đứng thứ 7/63, "
        "chính quyền số và xã hội số xếp thứ lần lượt là 23/63 và 16/63."
    )
    assert _ranks(text) == {
        ("dti_digital_economy_rank", 7.0),
        ("dti_digital_government_rank", 23.0),
        ("dti_digital_society_rank", 16.0),
    }


def test_items_that_share_a_value_before_the_list_stay_items():
    text = (
        "Năm 2022, tỉnh Vĩnh Long có kinh tế số và xã hội số cùng xếp hạng 44/63, đạt lần lượt 0,2511 và 0,2874 điểm."
    )
    facts = extract_facts(text, doc="d", published=dt.date(2023, 6, 1))
    got = {(f.indicator, f.value) for f in facts}
    assert {("dti_digital_economy_score", 0.2511), ("dti_digital_society_score", 0.2874)} <= got
    assert {("dti_digital_economy_rank", 44.0), ("dti_digital_society_rank", 44.0)} <= got
