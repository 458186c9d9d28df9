"""Issue 10, in our own sentences: the classes of 1.86, from the misses of round 104 (scored unread on 1.85 first)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples


def test_the_next_edition_in_words_counts_on_from_the_year_written():
    # "ở kỳ kế tiếp" / "lần đánh giá tiếp theo" is the edition after the one just written, as "năm sau" is
    text = (
        "Bắc Ninh và hành trình DTI\n"
        "Xuất phát ở vị trí thứ 8 năm 2020, tỉnh lùi về thứ 12 ở kỳ kế tiếp, rồi lên thứ 5 vào năm 2022. Năm sau, "
        "Bắc Ninh đứng thứ 4/63 với 0,6633 điểm."
    )
    got = triples(text, province=None, published=dt.date(2025, 2, 10))
    assert ("bac-ninh", "dti_rank", 2021, 12) in got
    assert ("bac-ninh", "dti_rank", 2023, 4) in got
    assert ("bac-ninh", "dti_score", 2023, 0.6633) in got
    assert not any(f[2] == 2025 for f in got)


def test_the_next_evaluation_round_named_so_counts_on_too():
    text = "Năm 2021, DTI của Yên Bái xếp thứ 30/63. Ở lần đánh giá tiếp theo, tỉnh vươn lên thứ 22/63."
    got = triples(text, province=None, published=dt.date(2024, 3, 1))
    assert ("yen-bai", "dti_rank", 2022, 22) in got


def test_a_following_year_with_a_place_in_words_and_no_digit():
    # a sentence with no digit at all still counts its year on: "Năm sau, ... vẫn giữ vị trí thứ ba"
    text = (
        "Hành trình DTI của Quảng Ninh\n"
        "Quảng Ninh đứng thứ ba cả nước ở DTI 2021. Năm sau, tỉnh vẫn giữ vị trí thứ ba. Đến DTI 2023, tỉnh lên thứ 2."
    )
    got = triples(text, province=None, published=dt.date(2024, 10, 1))
    assert ("quang-ninh", "dti_rank", 2022, 3) in got
    assert ("quang-ninh", "dti_rank", 2021, 3) in got


def test_the_index_value_right_after_its_word_is_the_carried_index():
    # "với giá trị chỉ số 0,4381": the index itself, not another one named "chỉ số ..."
    text = "Năm 2022, chỉ số DTI của Sóc Trăng lên thứ 38/63. Năm 2021, tỉnh đứng thứ 49 với giá trị chỉ số 0,4381."
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("soc-trang", "dti_score", 2021, 0.4381) in got


def test_another_named_index_before_a_rank_still_refuses():
    # guard: a component named before the value is still not the carried index
    text = "Năm 2022, DTI của Sóc Trăng xếp thứ 38/63; riêng chỉ số nhân lực số chỉ đứng thứ 55."
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("soc-trang", "dti_rank", 2022, 55) not in got


def test_brackets_of_places_compared_with_a_named_edition_take_its_year():
    # "So với DTI 2023 của A (xếp thứ .., đạt ..) và B (...)": each bracket is of that edition
    text = (
        "DTI năm 2024 của Đồng Nai xếp thứ 9/34. So với DTI 2023 của Đồng Nai (xếp thứ 21/63, đạt 0,5512 điểm) và "
        "Bình Phước (xếp thứ 44/63, đạt 0,4977 điểm), tỉnh mới đã tiến bộ rõ."
    )
    got = triples(text, province=None, published=dt.date(2025, 11, 1))
    assert ("dong-nai", "dti_rank", 2023, 21) in got
    assert ("dong-nai", "dti_score", 2023, 0.5512) in got
    assert ("binh-phuoc", "dti_rank", 2023, 44) in got
    assert ("binh-phuoc", "dti_score", 2023, 0.4977) in got
    assert not any(f[0] == "binh-phuoc" and f[2] == 2024 for f in got)


def test_a_list_pointing_back_under_a_city_frame_is_the_citys():
    # "Tại TP Nam Định, các tỷ lệ tương ứng là ...": the city named like its province, not the province
    text = (
        "Năm 2023, tỷ lệ người dân có điện thoại thông minh và tỷ lệ hộ gia đình có Internet cáp quang của tỉnh Nam "
        "Định lần lượt đạt 84,2% và 80,1%. Tại TP Nam Định, các tỷ lệ tương ứng là 92,5% và 90,3%."
    )
    got = triples(text, province=None, published=dt.date(2024, 4, 1))
    assert ("nam-dinh", "smartphone_user_rate", 2023, 84.2) in got
    assert ("nam-dinh", "smartphone_user_rate", 2023, 92.5) not in got
    assert ("nam-dinh", "fixed_broadband_household_rate", 2023, 90.3) not in got
    assert "city-inside-province" in refusals(text, province=None, published=dt.date(2024, 4, 1))


def test_a_list_pointing_back_under_a_centrally_run_city_is_that_province():
    # guard: "Tại TP Hải Phòng, ..." names a province, whose values these are
    text = (
        "Năm 2023, tỷ lệ người dân có điện thoại thông minh và tỷ lệ hộ gia đình có Internet cáp quang của tỉnh Thái "
        "Bình lần lượt đạt 84,2% và 80,1%. Tại TP Hải Phòng, các tỷ lệ tương ứng là 92,5% và 90,3%."
    )
    got = triples(text, province=None, published=dt.date(2024, 4, 1))
    assert ("hai-phong", "smartphone_user_rate", 2023, 92.5) in got


def test_a_city_before_an_aside_naming_its_province_keeps_the_value():
    # "thành phố X, trung tâm của tỉnh Y, đạt ...": the city's figure, not the province's
    text = (
        "Năm 2023, Bạc Liêu xếp thứ 47/63 về DTI. Thành phố Bạc Liêu nói riêng, còn thành phố Vĩnh Châu, đô thị "
        "ven biển của tỉnh Sóc Trăng, đạt tỷ lệ hồ sơ trực tuyến 71%."
    )
    got = triples(text, province=None, published=dt.date(2024, 5, 1))
    assert ("soc-trang", "online_dossier_rate", 2024, 71) not in got
    assert ("soc-trang", "online_dossier_rate", 2023, 71) not in got


def test_the_provinces_statistics_office_is_no_ministry():
    # "Cục Thống kê thành phố" is the province's office: its figure is the province's
    text = (
        "Hải Phòng phát triển kinh tế số\n"
        "Theo Cục Thống kê thành phố, năm 2023 kinh tế số chiếm khoảng 14,6% GRDP của Hải Phòng."
    )
    got = triples(text, province=None, published=dt.date(2024, 5, 1))
    assert ("hai-phong", "digital_economy_grdp_share", 2023, 14.6) in got


def test_a_national_office_is_still_the_nations():
    # guard: "Theo Cục Thống kê, ..." with no province is the national figure
    text = "Theo Cục Thống kê, năm 2023 kinh tế số chiếm khoảng 12,3% GDP cả nước."
    got = triples(text, province="hai-phong", published=dt.date(2024, 5, 1))
    assert not any(f[3] == 12.3 for f in got)


def test_a_number_glued_to_a_name_by_a_hyphen_is_no_value():
    # "COVID-19" is a name: no count of 19
    text = "Đến nay, Long An có khoảng 350 doanh nghiệp công nghệ số, nhiều hơn hẳn so với trước dịch COVID-19."
    got = triples(text, province=None, published=dt.date(2022, 6, 1))
    assert ("long-an", "digital_enterprise_count", 2022, 350) in got
    assert not any(f[3] == 19 for f in got)
