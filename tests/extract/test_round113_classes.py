"""Issue 10, in our own sentences: the classes of 1.98, from the misses of round 113 (scored unread on 1.97 first)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples


def test_a_questions_year_of_another_index_does_not_date_the_answer():
    # rule other-index-year, carried with the question's year (rule question-year)
    text = (
        "DTI 2020: Bình Định trong nhóm 10 tỉnh dẫn đầu\n"
        "PV: Trước đây, tỉnh từng đứng thứ 8 về Vietnam ICT Index năm 2019. Ông nhìn nhận thế nào về kết quả mới?\n"
        "Ông Trần Văn Hòa: Với DTI, ở trụ cột xã hội số, Bình Định xếp thứ 21, còn chính quyền số xếp thứ 6."
    )
    got = triples(text, province=None, published=dt.date(2021, 7, 2))
    assert ("binh-dinh", "dti_digital_society_rank", 2020, 21) in got
    assert ("binh-dinh", "dti_digital_government_rank", 2020, 6) in got
    assert not any(f[2] == 2019 and f[1].startswith("dti_") for f in got)


def test_a_titles_figures_in_general_are_no_ranking():
    # rule section-under-titled-year: "các chỉ số" in a title names figures, not a ranking index
    text = (
        "Chuyển đổi số Bình Thuận năm 2023 qua những chỉ số\n"
        "Hạ tầng\n"
        "- 98,5% thôn, khu phố có hạ tầng cáp quang.\n"
        "- 100% thôn, khu phố được phủ sóng 4G."
    )
    got = triples(text, province=None, published=dt.date(2024, 2, 20))
    assert ("binh-thuan", "fiber_village_coverage_rate", 2023, 98.5) in got
    assert ("binh-thuan", "mobile_coverage_rate", 2023, 100) in got


def test_a_long_label_of_a_change_reads_the_value_as_the_change():
    # rules change-label and change-since-label
    text = (
        "Sóc Trăng cải thiện chuyển đổi số\n"
        "Năm 2022, DTI của Sóc Trăng đạt 0,4511 điểm. Tăng trưởng giá trị DTI của tỉnh so với năm 2021 là 0,0432, "
        "cao hơn mức chung."
    )
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("soc-trang", "dti_score", 2022, 0.4511) in got
    assert ("soc-trang", "dti_score_change", 2022, 0.0432) in got
    assert not any(f[3] == 0.0432 and f[1] == "dti_score" for f in got)


def test_a_short_change_keeps_reading_as_before():
    # guard: a change word within the window is read as it always was
    text = "Trà Vinh\nNăm 2022, giá trị DTI của Trà Vinh tăng 0,0512 điểm so với năm 2021."
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("tra-vinh", "dti_score_change", 2022, 0.0512) in got


def test_names_and_values_on_either_side_of_a_colon_pair_in_order():
    # rule bare-list, with a colon and dashes
    text = (
        "Phú Yên chuyển đổi số\n"
        "Năm 2022, thứ hạng ba trụ cột CQS – KTS – XHS của Phú Yên: 31 – 17 – 40."
    )
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("phu-yen", "dti_digital_government_rank", 2022, 31) in got
    assert ("phu-yen", "dti_digital_economy_rank", 2022, 17) in got
    assert ("phu-yen", "dti_digital_society_rank", 2022, 40) in got


def test_a_series_over_years_after_a_colon_stays_the_indexs():
    # guard: years between the label and the values make a series over years (rule list-year), not pillars named before
    text = (
        "Phú Yên chuyển đổi số\n"
        "Năm 2023, trụ cột chính quyền số, kinh tế số và xã hội số của Phú Yên đều cải thiện.\n"
        "Xếp hạng DTI của tỉnh (2021 – 2022 – 2023): 35 – 28 – 22"
    )
    got = triples(text, province=None, published=dt.date(2024, 6, 1))
    assert ("phu-yen", "dti_rank", 2021, 35) in got
    assert ("phu-yen", "dti_rank", 2022, 28) in got
    assert ("phu-yen", "dti_rank", 2023, 22) in got
    assert not any("digital" in f[1] for f in got)


def test_the_department_pointed_back_at_is_not_the_province():
    # rule department-or-agency, "tại sở" in lower case
    text = (
        "Long An đẩy mạnh văn bản điện tử\n"
        "Năm 2024, bà Nguyễn Thị Mai, Giám đốc Sở Tư pháp tỉnh Long An, cho hay tại sở, 98% văn bản đi đã được ký số."
    )
    assert not any(f[3] == 98 for f in triples(text, province=None, published=dt.date(2024, 12, 1)))
    assert "department-or-agency" in refusals(text, province=None, published=dt.date(2024, 12, 1))


def test_at_the_grassroots_is_still_the_province():
    # guard: "cơ sở" is another noun
    text = "Long An đẩy mạnh văn bản điện tử\nNăm 2024, tại cơ sở, 98% văn bản đi của tỉnh Long An đã được ký số."
    got = triples(text, province=None, published=dt.date(2024, 12, 1))
    assert ("long-an", "e_document_signed_rate", 2024, 98) in got


def test_a_lead_naming_last_years_report_dates_the_undated_figures_at_any_month():
    # rule named-report
    text = (
        "Quảng Trị: xã hội số có nhiều chuyển biến\n"
        "Báo cáo tổng kết chuyển đổi số năm 2023 của UBND tỉnh Quảng Trị cho thấy nhiều chỉ tiêu đã vượt kế hoạch.\n"
        "Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 87,3%."
    )
    got = triples(text, province=None, published=dt.date(2024, 9, 10))
    assert ("quang-tri", "e_health_record_rate", 2023, 87.3) in got


def test_a_rankings_report_in_the_lead_frames_nothing():
    # guard: the report of an assessment is a ranking's, its year an edition's
    text = (
        "Quảng Trị: xã hội số có nhiều chuyển biến\n"
        "Sáng nay, Bộ công bố báo cáo đánh giá chuyển đổi số cấp tỉnh năm 2023.\n"
        "Tỷ lệ người dân Quảng Trị có hồ sơ sức khỏe điện tử đạt 87,3%."
    )
    got = triples(text, province=None, published=dt.date(2024, 9, 10))
    assert ("quang-tri", "e_health_record_rate", 2024, 87.3) in got


def test_a_year_that_opens_a_target_does_not_date_a_quoted_rank():
    # rule target-year
    text = (
        "Tây Ninh xếp thứ 16/34 về chuyển đổi số\n"
        "Theo DTI 2024, Tây Ninh đạt 0,5802 điểm, xếp thứ 16/34 tỉnh, thành phố.\n"
        "Năm 2025, Tây Ninh đặt mục tiêu vào nhóm 10 cả nước. \"Vị trí thứ 16 là bước đầu\", lãnh đạo Sở nói."
    )
    got = triples(text, province=None, published=dt.date(2025, 11, 20))
    assert ("tay-ninh", "dti_rank", 2024, 16) in got
    assert not any(f[2] == 2025 and f[3] == 16 for f in got)
