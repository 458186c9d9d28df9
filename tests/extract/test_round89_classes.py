"""Issue 10, in our own sentences: the classes of 1.71, from the misses of round 89 (scored unread on 1.70 first), with
guards for what must stay as it was."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_a_second_pair_set_against_a_paired_list_with_its_year():
    text = (
        "Thanh Hóa: chi trả không dùng tiền mặt\n\n"
        "Năm 2022, tỷ lệ chi trả lương hưu và trợ cấp an sinh xã hội không dùng tiền mặt của tỉnh Thanh Hóa tương ứng "
        "đạt 52,4% và 31,8%, trong khi năm 2021 chỉ là 40,1% và 22,6%."
    )
    got = triples(text, province=None, published=dt.date(2023, 2, 1))
    assert ("thanh-hoa", "cashless_pension_rate", 2022, 52.4) in got
    assert ("thanh-hoa", "cashless_social_welfare_rate", 2022, 31.8) in got
    assert ("thanh-hoa", "cashless_pension_rate", 2021, 40.1) in got
    assert ("thanh-hoa", "cashless_social_welfare_rate", 2021, 22.6) in got


def test_two_rates_counted_back_to_the_sentence_before():
    text = (
        "Hậu Giang và Sóc Trăng: an sinh không dùng tiền mặt\n\n"
        "Trong lĩnh vực an sinh, chi trả trợ cấp an sinh xã hội không dùng tiền mặt của tỉnh Hậu Giang đạt tỷ lệ "
        "93,2%, chi trả lương hưu không dùng tiền mặt đạt 81,5%. Năm 2024, hai tỷ lệ này của Sóc Trăng là 90,4% và "
        "77,9%."
    )
    got = triples(text, province=None, published=dt.date(2025, 2, 10))
    assert ("soc-trang", "cashless_social_welfare_rate", 2024, 90.4) in got
    assert ("soc-trang", "cashless_pension_rate", 2024, 77.9) in got


def test_this_year_is_the_edition_the_article_says_came_out():
    text = (
        "DTI 2025: Quảng Ninh lên hạng ba\n\n"
        "Chỉ số DTI năm 2025, được Bộ Khoa học và Công nghệ công bố ngày 8/5, có nhiều thay đổi.\n\n"
        "Hà Nội tiếp tục dẫn đầu. Quảng Ninh xếp hạng ba với 0,7015 điểm, vượt qua Bắc Ninh, địa phương năm nay lùi "
        "xuống vị trí thứ tư."
    )
    got = triples(text, province=None, published=dt.date(2026, 5, 12))
    assert ("quang-ninh", "dti_rank", 2025, 3) in got
    assert ("bac-ninh", "dti_rank", 2025, 4) in got


def test_this_year_before_a_later_edition_is_named_stays_the_one_out():
    # guard: in October 2025 "năm nay" is DTI 2024, the edition out that month
    text = (
        "Công bố DTI 2024\n\n"
        "Bộ Khoa học và Công nghệ công bố DTI 2024 ngày 8/10. Quảng Ninh năm nay lùi xuống vị trí thứ 5 trên 34 tỉnh."
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 9))
    assert ("quang-ninh", "dti_rank", 2024, 5) in got


def test_sections_under_a_title_that_names_the_year_reviewed():
    # rule section-under-titled-year: a review written in January, its sections without a year
    text = (
        "Phú Thọ hoàn thành 15/19 chỉ tiêu chuyển đổi số năm 2023\n\n"
        "Ngày 12/01/2024, Ban Chỉ đạo chuyển đổi số tỉnh tổng kết năm 2023, triển khai nhiệm vụ năm 2024.\n\n"
        "I. XÃ HỘI SỐ\n\n"
        "- Hồ sơ sức khỏe điện tử: 88,6% dân số."
    )
    got = triples(text, province=None, published=dt.date(2024, 1, 15))
    assert ("phu-tho", "e_health_record_rate", 2023, 88.6) in got


def test_a_ranking_title_does_not_date_what_is_true_now():
    # guard: "Đến nay" under a ranking's title is the year of writing
    text = (
        "Phú Thọ: DTI năm 2023 tăng 6 bậc\n\n"
        "Năm 2023, Phú Thọ xếp thứ 20/63 về DTI.\n\n"
        "HẠ TẦNG SỐ\n\n"
        "Đến nay, toàn tỉnh có 1.214 Tổ công nghệ số cộng đồng."
    )
    got = triples(text, province=None, published=dt.date(2024, 10, 11))
    assert ("phu-tho", "community_digital_team_count", 2024, 1214) in got


def test_a_table_header_in_the_bracket_of_its_heading():
    # rule header-in-heading, and a table of years under it that names no index: the article's index
    text = (
        "DTI 2023 của Hà Giang: ba trụ cột\n\n"
        "Hà Giang, ngày 5/4/2024 - Bộ Thông tin và Truyền thông vừa công bố DTI 2023.\n\n"
        "TRỤ CỘT (Trụ cột | Điểm | Thứ hạng)\n"
        "Chính quyền số | 0,4412 | 41\n"
        "Xã hội số | 0,3907 | 52\n\n"
        "QUA CÁC NĂM (Năm | Giá trị | Xếp hạng)\n"
        "2021 | 0,3011 | 58/63\n"
        "2022 | 0,3725 | 49/63"
    )
    got = triples(text, province=None, published=dt.date(2024, 4, 6))
    assert ("ha-giang", "dti_digital_government_score", 2023, 0.4412) in got
    assert ("ha-giang", "dti_digital_society_rank", 2023, 52) in got
    assert ("ha-giang", "dti_score", 2021, 0.3011) in got
    assert ("ha-giang", "dti_rank", 2022, 49) in got
    assert not any(code.startswith("dti_digital_society") and y in (2021, 2022) for _, code, y, _ in got)


def test_a_table_of_figures_by_year_column_labelled_thong_so():
    text = (
        "Tiền Giang: DTI 2023\n\n"
        "Thông số | 2022 | 2023\n"
        "Giá trị DTI | 0,4512 | 0,5127\n"
        "Tỷ trọng kinh tế số/GRDP | 8,7% | 9,9%"
    )
    got = triples(text, province=None, published=dt.date(2024, 10, 2), source_url="https://tiengiang.gov.vn/a.html")
    assert ("tien-giang", "dti_score", 2022, 0.4512) in got
    assert ("tien-giang", "digital_economy_grdp_share", 2023, 9.9) in got


def test_a_table_of_main_indices_with_the_province_and_the_average_as_columns():
    text = (
        "Bảng: Giá trị các chỉ số chính của Hải Dương (DTI 2022)\n"
        "Chỉ số chính | Hải Dương | Bình quân cả nước\n"
        "Nhận thức số | 0,7012 | 0,8124\n"
        "Thể chế số | 0,6633 | 0,7011"
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1), source_url="https://haiduong.gov.vn/a.html")
    assert ("hai-duong", "dti_awareness_score", 2022, 0.7012) in got
    assert not any(v in (0.8124, 0.7011) for *_, v in got)


def test_provinces_listed_in_their_own_order_before_the_list_word():
    # rule list-in-its-order
    text = (
        "Tuyên Quang sau hợp nhất\n\n"
        "Sau khi hợp nhất với Hà Giang, tỉnh Tuyên Quang mới xếp thứ 22/34, trong khi theo DTI 2023, hai tỉnh cũ Tuyên "
        "Quang, Hà Giang lần lượt đứng thứ 40 và 55."
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 20))
    assert ("tuyen-quang", "dti_rank", 2023, 40) in got
    assert ("ha-giang", "dti_rank", 2023, 55) in got


def test_a_growth_rate_listed_over_the_same_years_is_no_share():
    text = (
        "Khánh Hòa: kinh tế số qua ba năm\n\n"
        "Tỷ trọng kinh tế số trong GRDP của Khánh Hòa các năm 2021, 2022 và 2023 lần lượt là 8,2%, 9,1% và 9,6%. Trong "
        "cùng ba năm, tốc độ tăng GRDP của tỉnh lần lượt là 1,9%, 12,4% và 6,1%."
    )
    got = triples(text, province=None, published=dt.date(2024, 3, 1))
    assert ("khanh-hoa", "digital_economy_grdp_share", 2022, 9.1) in got
    assert not any(v in (1.9, 12.4, 6.1) for *_, v in got)


def test_how_fast_a_score_rose_is_no_measure():
    # guard: "tốc độ tăng chậm" names no measure; the bracketed score before it stands
    text = (
        "Kon Tum: DTI 2022\n\n"
        "Điểm số năm 2022 của tỉnh Kon Tum vẫn tăng so với năm trước (năm 2021 đạt 0,3502), nhưng tốc độ tăng chậm hơn "
        "nhiều địa phương."
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("kon-tum", "dti_score", 2021, 0.3502) in got
