"""Issue 10, in our own sentences: rule background-year ("Trước đó, năm 2022 ..." looks back: its year
dates its own values, not the undated ranking after it) and rule share-not-yet ("còn 7% số thôn chưa
có cáp quang" is the complement of the coverage, not the coverage)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import facts_of, triples

PUB = dt.date(2025, 11, 3)


def _facts(text: str) -> set[tuple]:
    return set(triples(text, province="lam-dong", published=PUB))


def test_a_look_back_keeps_its_year_to_itself():
    text = (
        "Năm 2024, chỉ số chuyển đổi số của tỉnh Lâm Đồng xếp thứ 9/34.\n"
        "Trước đó, năm 2023 tỉnh xếp thứ 31/63.\n"
        "Tỉnh cũng xếp thứ 6 toàn quốc về kinh tế số."
    )
    got = _facts(text)
    assert ("lam-dong", "dti_rank", 2023, 31.0) in got
    assert ("lam-dong", "dti_digital_economy_rank", 2024, 6.0) in got


def test_a_look_back_in_the_same_paragraph_does_not_date_the_next_sentence():
    text = (
        "Năm 2024, chỉ số chuyển đổi số của tỉnh Lâm Đồng xếp thứ 9/34. Trước đây, năm 2022 tỉnh "
        "xếp thứ 40/63. Về xã hội số, tỉnh xếp thứ 11."
    )
    got = _facts(text)
    assert ("lam-dong", "dti_digital_society_rank", 2024, 11.0) in got


def test_without_the_look_back_the_last_ranked_year_goes_on():
    text = "Năm 2023, tỉnh Lâm Đồng xếp thứ 31/63 về chỉ số chuyển đổi số.\nTỉnh xếp thứ 6 về kinh tế số."
    assert ("lam-dong", "dti_digital_economy_rank", 2023, 6.0) in _facts(text)


def test_a_share_of_those_not_yet_served_is_not_the_coverage():
    text = "Năm 2024, tỷ lệ thôn có cáp quang của tỉnh Lâm Đồng đạt 93%, còn 7% số thôn chưa có."
    values = {f.value for f in facts_of(text, province="lam-dong", published=PUB)}
    assert values == {93.0}


def test_a_comma_ends_the_share_before_chua():
    text = "Năm 2024, tỷ lệ thôn có cáp quang của tỉnh Lâm Đồng đạt 93%, chưa kể các điểm lẻ."
    assert {f.value for f in facts_of(text, province="lam-dong", published=PUB)} == {93.0}


def test_a_look_back_without_a_value_does_not_date_the_paragraph_either():
    text = (
        "Năm 2024, chỉ số chuyển đổi số của tỉnh Lâm Đồng xếp thứ 9/34. Trước đó, năm 2022 tỉnh ban "
        "hành đề án chuyển đổi số. Về xã hội số, tỉnh xếp thứ 11."
    )
    assert ("lam-dong", "dti_digital_society_rank", 2024, 11.0) in _facts(text)
