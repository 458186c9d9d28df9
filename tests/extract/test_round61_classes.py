"""Issue 10, in our own sentences: round 61's misses (scored unread on 1.40 first) and the rules of 1.41 that answer
them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- ranks among the centrally-run cities are no national ranks (rule regional-rank)


def test_a_place_among_six_cities_written_in_words_is_no_national_rank():
    text = "Kết quả DTI 2023: Cần Thơ đạt 0,5617 điểm. Trong sáu thành phố trực thuộc Trung ương, Cần Thơ đứng thứ năm."
    got = triples(text, province="can-tho", published=dt.date(2025, 3, 1))
    assert ("can-tho", "dti_score", 2023, 0.5617) in got
    assert not any(t[1] == "dti_rank" for t in got)


def test_a_place_among_five_cities_after_the_rank_is_no_national_rank():
    text = "Năm 2022, Hải Phòng xếp thứ 9/63 về DTI và đứng thứ 3 trong 5 thành phố trực thuộc Trung ương."
    got = triples(text, province="hai-phong", published=dt.date(2023, 8, 1))
    assert ("hai-phong", "dti_rank", 2022, 9) in got
    assert ("hai-phong", "dti_rank", 2022, 3) not in got


def test_places_beyond_the_groups_size_are_national():
    # (five cities, places 6 and 7: those are the national places of the cities named)
    text = (
        "Kết quả DTI 2022 được công bố. Trong 5 thành phố trực thuộc Trung ương, sau Đà Nẵng là Hải Phòng (thứ 6) và "
        "Cần Thơ (thứ 8)."
    )
    got = triples(text, province="hai-phong", published=dt.date(2023, 8, 1))
    assert ("hai-phong", "dti_rank", 2022, 6) in got
    assert ("can-tho", "dti_rank", 2022, 8) in got


# ---- "giá trị chỉ số của tỉnh" is the carried index; the carried year is the sentence's own (carried-period)


def test_the_value_of_the_index_of_the_province_takes_the_editions_year_not_a_compared_ones():
    text = (
        "Theo kết quả DTI 2022, Thanh Hóa xếp thứ 27/63, tăng 11 bậc so với năm 2021 (thứ 38). Giá trị chỉ số của "
        "tỉnh đạt 0,4870 điểm."
    )
    got = triples(text, province="thanh-hoa", published=dt.date(2023, 8, 1))
    assert ("thanh-hoa", "dti_score", 2022, 0.487) in got
    assert ("thanh-hoa", "dti_rank", 2021, 38) in got


# ---- an aside that says what the index replaced (rule aside-apposition)


def test_the_old_index_named_in_an_aside_does_not_take_the_rank_after_it():
    text = (
        "Quảng Bình và Chỉ số chuyển đổi số cấp tỉnh (DTI)\n\nNăm 2020 – năm đầu dùng bộ chỉ số mới thay cho Vietnam "
        "ICT Index – Quảng Bình đứng ở vị trí thứ 40 với 0,2915 điểm."
    )
    got = triples(text, province="quang-binh", published=dt.date(2021, 9, 1))
    assert ("quang-binh", "dti_rank", 2020, 40) in got
    assert not any(t[1] == "ict_index_rank" for t in got)


# ---- lists over years counted from the paragraph or from the DTI's first edition (lists)


def test_years_counted_on_from_the_sentence_before():
    text = (
        "Về ICT Index, năm 2016 Hà Nam xếp thứ 44; năm 2017 tăng 6 bậc. Hai năm tiếp theo, thứ hạng của tỉnh lần "
        "lượt là 33 và 27."
    )
    got = triples(text, province="ha-nam", published=dt.date(2020, 6, 1))
    assert ("ha-nam", "ict_index_rank", 2018, 33) in got
    assert ("ha-nam", "ict_index_rank", 2019, 27) in got


def test_the_first_two_editions_of_the_dti_are_2020_and_2021():
    text = "Ở hai kỳ đánh giá DTI đầu tiên, tỉnh Bạc Liêu lần lượt xếp thứ 50 và 43."
    got = triples(text, province="bac-lieu", published=dt.date(2022, 9, 1))
    assert ("bac-lieu", "dti_rank", 2020, 50) in got
    assert ("bac-lieu", "dti_rank", 2021, 43) in got


# ---- a movement whose start names its own edition (attached-year, rank-right-topic)


def test_each_end_of_a_movement_takes_the_edition_named_after_it():
    text = "Tương tự, Bình Thuận từ hạng 41 của ICT Index 2019 lên thứ 22 trong bảng xếp hạng DTI 2020."
    got = triples(text, province="binh-thuan", published=dt.date(2021, 9, 1))
    assert ("binh-thuan", "ict_index_rank", 2019, 41) in got
    assert ("binh-thuan", "dti_rank", 2020, 22) in got


def test_a_movements_start_at_the_first_assessment_named_in_brackets():
    text = "Từ vị trí 55/63 ở kỳ đánh giá đầu tiên (DTI 2020), tỉnh Yên Bái lên thứ 47 năm 2021."
    got = triples(text, province="yen-bai", published=dt.date(2022, 9, 1))
    assert ("yen-bai", "dti_rank", 2020, 55) in got
    assert ("yen-bai", "dti_rank", 2021, 47) in got


# ---- targets in brackets and plan labels (targets, rule plan-label)


def test_the_target_in_brackets_after_its_name_is_no_result():
    text = (
        "- Tỷ lệ hồ sơ của tỉnh Bắc Kạn được thanh toán trực tuyến đạt 36,2%, vượt chỉ tiêu Chính phủ giao (30%); "
        "riêng Sở Tư pháp đạt 100%."
    )
    got = triples(text, province="bac-kan", published=dt.date(2024, 1, 10))
    assert any(t[1] == "online_payment_rate" and t[3] == 36.2 for t in got)
    assert not any(t[3] == 30 for t in got)


def test_a_line_labelled_as_next_years_tasks_states_targets():
    text = (
        "3. Kết quả năm 2023: tỷ lệ hồ sơ trực tuyến của tỉnh Cao Bằng đạt 48,5%.\n\n"
        "4. Nhiệm vụ năm 2024: phấn đấu nâng hạng các chỉ số; tỷ lệ hồ sơ trực tuyến đạt trên 60%."
    )
    got = triples(text, province="cao-bang", published=dt.date(2024, 1, 10))
    assert ("cao-bang", "online_dossier_rate", 2023, 48.5) in got
    assert not any(t[3] == 60 for t in got)


def test_a_line_of_indicators_not_reached_is_no_plan():
    # ("3 chỉ tiêu chưa đạt gồm:" reports results: each with its target beside it)
    text = "3 chỉ tiêu chưa đạt gồm: tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh Cao Bằng (đạt 33,4%, chỉ tiêu 50%)."
    got = triples(text, province="cao-bang", published=dt.date(2024, 1, 10))
    assert any(t[1] == "online_payment_rate" and t[3] == 33.4 for t in got)


# ---- other indices and averages (absorbers, rule national-or-average)


def test_the_points_of_the_index_of_serving_people_are_not_the_dtis():
    text = (
        "Chỉ số chuyển đổi số (DTI) năm 2022 của tỉnh Hà Giang xếp thứ 59/63; Bộ chỉ số phục vụ người dân, doanh "
        "nghiệp năm 2023 đạt 71,2/100 điểm."
    )
    got = triples(text, province="ha-giang", published=dt.date(2024, 1, 10))
    assert ("ha-giang", "dti_rank", 2022, 59) in got
    assert not any(t[1] == "dti_score" for t in got)


def test_averages_listed_in_a_bracket_are_not_the_provinces():
    text = (
        "DTI 2023 của Sóc Trăng: chỉ số nhận thức số đạt 0,7100 điểm, thể chế số đạt 0,6400 điểm, đều cao hơn mức "
        "bình quân cả nước (lần lượt là 0,6912 và 0,6105)."
    )
    got = triples(text, province="soc-trang", published=dt.date(2025, 3, 1))
    assert ("soc-trang", "dti_awareness_score", 2023, 0.71) in got
    assert not any(t[3] in (0.6912, 0.6105) for t in got)


# ---- a unit word written without its accent is another word (rule district-or-commune)


def test_far_from_a_province_is_no_commune():
    text = "Dù tăng hạng, điểm DTI 2023 của Phú Yên vẫn cách khá xa Khánh Hòa (thứ 14/63)."
    got = triples(text, province="phu-yen", published=dt.date(2025, 3, 1))
    assert ("khanh-hoa", "dti_rank", 2023, 14) in got


def test_a_commune_named_with_its_accent_keeps_its_value():
    text = "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Phú Yên đạt 71%; xã Hòa Kiến đạt 95%."
    got = triples(text, province="phu-yen", published=dt.date(2025, 3, 1))
    assert ("phu-yen", "online_dossier_rate", 2024, 71) in got
    assert not any(t[3] == 95 for t in got)


# ---- a bracket that opens with a year dates each of its values (attached-year)


def test_every_value_of_a_bracket_opened_by_a_year_takes_that_year():
    text = (
        "Năm 2025, tỷ lệ người dân tỉnh An Giang dùng điện thoại thông minh đạt 81,2% (năm 2024, tỉnh An Giang cũ đạt "
        "76,5%, tỉnh Kiên Giang cũ đạt 74,8%)."
    )
    got = triples(text, province="an-giang", published=dt.date(2026, 1, 15))
    assert ("an-giang", "smartphone_user_rate", 2025, 81.2) in got
    assert ("an-giang", "smartphone_user_rate", 2024, 76.5) in got
    assert ("kien-giang", "smartphone_user_rate", 2024, 74.8) in got


def test_a_former_province_with_its_own_value_in_a_closed_bracket_is_not_the_next_values_subject():
    text = (
        "Năm 2025, tỷ lệ người dân tỉnh An Giang dùng điện thoại thông minh đạt 81,2% (năm 2024, tỉnh Kiên Giang cũ "
        "đạt 74,8%), còn tỷ lệ người dùng Internet ước đạt 86%."
    )
    got = triples(text, province="an-giang", published=dt.date(2026, 1, 15))
    assert ("an-giang", "internet_user_rate", 2025, 86) in got


def test_an_area_named_by_its_former_province_in_brackets_is_still_a_part():
    # (the bracket names the area, no value of its own: the value after it is the area's, not the province's)
    text = (
        "Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh Gia Lai đạt 78%; khu vực phía Đông (địa bàn Bình Định cũ) đạt "
        "84%."
    )
    got = triples(text, province="gia-lai", published=dt.date(2026, 1, 15))
    assert ("gia-lai", "online_dossier_rate", 2025, 78) in got
    assert not any(t[3] == 84 for t in got)
