"""Issue 10, in our own sentences: the classes of 1.88, from the misses of round 106 (scored unread on 1.87 first)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples


def test_a_numbered_line_that_ends_on_its_result_is_an_item_not_a_heading():
    text = (
        "Lào Cai: kết quả chuyển đổi số năm 2024\n"
        "Một số chỉ tiêu chủ yếu năm 2024:\n"
        "1. Tỷ lệ hồ sơ TTHC được xử lý trực tuyến: chỉ tiêu 55% - kết quả 61,4%\n"
        "2. Tỷ lệ hộ gia đình có kết nối Internet cáp quang: chỉ tiêu 80% - kết quả 77,5%"
    )
    got = triples(text, province=None, published=dt.date(2025, 1, 15))
    assert ("lao-cai", "online_dossier_rate", 2024, 61.4) in got
    assert ("lao-cai", "fixed_broadband_household_rate", 2024, 77.5) in got
    assert not any(f[3] in (55, 80) for f in got)


def test_a_numbered_section_heading_stays_a_heading():
    # guard: "2. Kết quả năm 2024" ends on a year, not a share: a heading, no value
    text = "Lào Cai: tổng kết\n2. Kết quả năm 2024\nTỷ lệ hồ sơ trực tuyến của Lào Cai đạt 61,4%."
    got = triples(text, province=None, published=dt.date(2025, 1, 15))
    assert ("lao-cai", "online_dossier_rate", 2024, 61.4) in got


def test_a_label_line_with_each_value_dated_in_brackets():
    text = (
        "Hải Dương qua hai kỳ DTI\n"
        "Kết quả của tỉnh qua hai năm đánh giá\n"
        "Kinh tế số: hạng 52 (2020) – hạng 41 (2021)\n"
        "Xã hội số: hạng 30 (2020) – hạng 26 (2021)"
    )
    got = triples(text, province=None, published=dt.date(2022, 5, 1))
    assert ("hai-duong", "dti_digital_economy_rank", 2020, 52) in got
    assert ("hai-duong", "dti_digital_economy_rank", 2021, 41) in got
    assert ("hai-duong", "dti_digital_society_rank", 2020, 30) in got
    assert ("hai-duong", "dti_digital_society_rank", 2021, 26) in got


def test_an_arrow_between_a_score_and_its_rank_and_the_next_pair():
    text = (
        "Tuyên Quang: chuyển đổi số 2022 → 2023\n"
        "Chỉ số DTI: 0,4233 (hạng 50/63) → 0,4891 (hạng 42/63)"
    )
    got = triples(text, province=None, published=dt.date(2024, 3, 1))
    assert ("tuyen-quang", "dti_score", 2022, 0.4233) in got
    assert ("tuyen-quang", "dti_rank", 2022, 50) in got
    assert ("tuyen-quang", "dti_score", 2023, 0.4891) in got
    assert ("tuyen-quang", "dti_rank", 2023, 42) in got


def test_a_scenario_or_what_may_be_is_no_result():
    text = (
        "Năm 2023, DTI của Bình Thuận đạt 0,5011 điểm, xếp thứ 36/63. Ở kịch bản tích cực, DTI của tỉnh đạt khoảng "
        "0,56 điểm. Theo tự đánh giá, điểm của tỉnh năm 2024 có thể ở mức 0,54."
    )
    got = triples(text, province=None, published=dt.date(2024, 6, 1))
    assert ("binh-thuan", "dti_score", 2023, 0.5011) in got
    assert not any(f[3] in (0.56, 0.54) for f in got)


def test_a_breakdown_framed_with_if_is_still_a_result():
    # guard: "Nếu tách theo trụ cột thì ..." frames what was, it supposes nothing
    text = (
        "Năm 2022, DTI của Phú Yên xếp thứ 20/63. Nếu tách theo trụ cột thì chính quyền số, kinh tế số và xã hội số "
        "của tỉnh lần lượt xếp thứ 14, 33 và 18."
    )
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("phu-yen", "dti_digital_economy_rank", 2022, 33) in got


def test_households_are_no_supposition():
    # guard: "hộ gia đình" folds as "giả định" would; a household share stays a result
    text = (
        "Kết quả điều tra hộ gia đình cho thấy, năm 2023 tỷ lệ hộ gia đình có kết nối Internet cáp quang của Hà Nam "
        "đạt 82,1%."
    )
    got = triples(text, province=None, published=dt.date(2024, 2, 1))
    assert ("ha-nam", "fixed_broadband_household_rate", 2023, 82.1) in got


def test_next_years_ranking_in_words_is_no_fifth_place():
    text = (
        "Năm 2022, DTI của Gia Lai xếp thứ 40/63. Thứ hạng năm sau phụ thuộc vào những gì tỉnh làm được trong năm nay."
    )
    got = triples(text, province=None, published=dt.date(2023, 5, 1))
    assert not any(f[3] == 5 for f in got)


def test_regional_places_in_a_fact_box_label_and_after_a_list():
    text = (
        "Phú Thọ: DTI 2022\n"
        "DTI 2022 của Phú Thọ: 0,5031 điểm, hạng 27/63\n"
        "Xếp hạng khu vực trung du và miền núi phía Bắc: thứ 2\n"
        "Như vậy, Phú Thọ đứng thứ hai và Thái Nguyên thứ nhất trong 14 tỉnh của vùng."
    )
    got = triples(text, province=None, published=dt.date(2023, 5, 1))
    assert ("phu-tho", "dti_rank", 2022, 27) in got
    assert ("phu-tho", "dti_rank", 2022, 2) not in got
    assert ("thai-nguyen", "dti_rank", 2022, 1) not in got


def test_compared_with_the_regions_provinces_counted_is_regional():
    text = (
        "Năm 2022, DTI của Sóc Trăng xếp thứ 45/63. So với 13 tỉnh, thành vùng Đồng bằng sông Cửu Long, tỉnh đứng "
        "thứ 9."
    )
    got = triples(text, province=None, published=dt.date(2023, 5, 1))
    assert ("soc-trang", "dti_rank", 2022, 9) not in got
    assert "regional-rank" in refusals(text, province=None, published=dt.date(2023, 5, 1))


def test_an_aside_describing_the_place_names_no_measure():
    text = (
        "DTI Tây Nguyên 2022\n"
        "Năm 2022, DTI của Kon Tum xếp thứ 52/63. Gia Lai, địa phương có quy mô dân số lớn thứ hai vùng, năm 2022 đạt "
        "0,4415 điểm và xếp hạng 40 cả nước."
    )
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("gia-lai", "dti_score", 2022, 0.4415) in got
    assert ("gia-lai", "dti_rank", 2022, 40) in got


def test_a_clause_after_a_comma_that_is_no_aside_keeps_its_measures():
    # guard: "..., tỉnh có thế mạnh về hạ tầng số và nhân lực số, lần lượt xếp thứ 2 và thứ 11" names the indices
    text = (
        "DTI 2021 của Bắc Ninh xếp thứ 6/63. Xét theo các chỉ số chính, tỉnh có thế mạnh về hạ tầng số và nhân lực số, "
        "lần lượt xếp thứ 2 và thứ 11."
    )
    got = triples(text, province=None, published=dt.date(2022, 6, 1))
    assert ("bac-ninh", "dti_infrastructure_rank", 2021, 2) in got
    assert ("bac-ninh", "dti_human_resources_rank", 2021, 11) in got


def test_the_regions_champion_is_the_province():
    text = (
        "Năm 2023, DTI của Vĩnh Long xếp thứ 30/63. Đồng Tháp tiếp tục là quán quân của vùng khi giá trị DTI 2023 đạt "
        "0,5630, xếp thứ 6/63."
    )
    got = triples(text, province=None, published=dt.date(2024, 6, 1))
    assert ("dong-thap", "dti_score", 2023, 0.563) in got
    assert ("dong-thap", "dti_rank", 2023, 6) in got


def test_a_pillar_the_province_is_said_to_lead_is_not_what_its_rank_ranks():
    text = (
        "Theo DTI 2023, Đà Nẵng dẫn đầu. Hải Phòng đứng thứ 5 với 0,6402 điểm và là địa phương dẫn đầu trụ cột xã hội "
        "số."
    )
    got = triples(text, province=None, published=dt.date(2024, 6, 1))
    assert ("hai-phong", "dti_rank", 2023, 5) in got
    assert ("hai-phong", "dti_score", 2023, 0.6402) in got
    assert ("hai-phong", "dti_digital_society_rank", 2023, 5) not in got


def test_years_ago_counts_back_from_the_time_of_writing_for_its_clause_only():
    text = (
        "Quảng Ngãi nhìn lại\n"
        "Năm 2025, tỷ lệ hồ sơ trực tuyến của Quảng Ngãi đạt 71%, trong khi cách đây ba năm chỉ khoảng 24%. Văn bản "
        "có ký số đạt trên 95%."
    )
    got = triples(text, province=None, published=dt.date(2025, 12, 1))
    assert ("quang-ngai", "online_dossier_rate", 2022, 24) in got
    assert ("quang-ngai", "e_document_signed_rate", 2022, 95) not in got
