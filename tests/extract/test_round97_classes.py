"""Issue 10, in our own sentences: the classes of 1.79, from the misses of round 97 (scored unread on 1.78 first), with
guards for what must stay as it was."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_the_provinces_own_average_is_its_figure():
    # rule province-average: "bình quân toàn tỉnh" is the province's, not an aggregate of provinces
    text = (
        "Năm 2021, Vĩnh Long đẩy mạnh hạ tầng số.\n"
        "Đến nay, tỷ lệ hộ gia đình có kết nối Internet cáp quang trên địa bàn thành phố Vĩnh Long đạt 81%, trong khi "
        "bình quân toàn tỉnh là 64%."
    )
    got = triples(text, province=None, published=dt.date(2021, 9, 1))
    assert ("vinh-long", "fixed_broadband_household_rate", 2021, 64) in got
    assert ("vinh-long", "fixed_broadband_household_rate", 2021, 81) not in got


def test_the_national_average_stays_the_nations():
    # guard
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Vĩnh Long đạt 58%, trong khi bình quân cả nước là 43%."
    got = triples(text, province=None, published=dt.date(2024, 2, 1))
    assert ("vinh-long", "online_dossier_rate", 2023, 43) not in got


def test_values_in_a_bracket_after_the_year_compared_with():
    # rule compared-year-bracket
    text = (
        "Tỉnh Cà Mau mới xếp thứ 20/34 về DTI 2024.\n"
        "So với kết quả năm 2023 của hai tỉnh trước khi hợp nhất (Cà Mau thứ 41, Bạc Liêu thứ 47), thứ hạng đã cải "
        "thiện."
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 20))
    assert ("ca-mau", "dti_rank", 2023, 41) in got
    assert ("bac-lieu", "dti_rank", 2023, 47) in got


def test_a_bracket_after_a_change_compared_with_a_year_is_not_that_years():
    # guard: "tăng 10 bậc so với năm 2022 (giá trị DTI đạt 0,61)" is the report's edition's value
    text = (
        "Năm 2023, tỉnh Thái Nguyên xếp hạng chuyển đổi số thứ 8/63, tăng 10 bậc so với năm 2022 (giá trị DTI chung "
        "đạt 0,6120)."
    )
    got = triples(text, province=None, published=dt.date(2024, 10, 1))
    assert ("thai-nguyen", "dti_score", 2022, 0.612) not in got


def test_a_second_rank_with_its_own_verb_owns_the_field_after_it():
    # rule next-rank-own-field
    text = (
        "Huế xếp thứ 1/34 về DTI 2024.\n"
        "Năm trước, ở DTI 2023, Thừa Thiên Huế xếp thứ 3/63 và đứng thứ 9/63 về trụ cột kinh tế số."
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 20))
    assert ("thua-thien-hue", "dti_rank", 2023, 3) in got
    assert ("thua-thien-hue", "dti_digital_economy_rank", 2023, 9) in got
    assert ("thua-thien-hue", "dti_digital_economy_rank", 2023, 3) not in got


def test_parallel_ranks_of_two_provinces_still_share_the_field_after_them():
    # guard: rule parallel-ranks
    text = "Năm 2023, Bình Phước xếp thứ 27/63, còn Tây Ninh xếp thứ 40/63 về Chỉ số chuyển đổi số."
    got = triples(text, province=None, published=dt.date(2024, 10, 1))
    assert ("binh-phuoc", "dti_rank", 2023, 27) in got
