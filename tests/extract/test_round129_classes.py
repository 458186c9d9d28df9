"""Issue 10, in our own sentences: the classes of 2.15, from the misses of round 129 (scored unread on 2.14 first):
a table's header written on two rows of cells (the second row in lower case, or merged cells over the columns after
them), and an infographic's figures written before their captions after a sentence."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

IN_2024 = dt.date(2024, 6, 12)


def test_a_header_whose_second_row_dates_its_columns():
    # rule header-in-two-rows: "Chỉ số | Giá trị | Xếp hạng" over "thành phần | năm 2022 | ..." (the second row opens in
    # lower case, and is no sentence's wrapped line)
    text = (
        "Vĩnh Phúc qua hai kỳ DTI\n"
        "Giá trị và thứ hạng các trụ cột của tỉnh:\n"
        "Chỉ số | Giá trị | Xếp hạng | Giá trị | Xếp hạng\n"
        "thành phần | năm 2022 | năm 2022 | năm 2023 | năm 2023\n"
        "Chính quyền số | 0,5120 | 24 | 0,6033 | 15\n"
        "Xã hội số | 0,4877 | 30 | 0,5502 | 21\n"
        "Kết quả cho thấy sự tiến bộ rõ rệt."
    )
    got = triples(text, province="vinh-phuc", published=IN_2024)
    assert ("vinh-phuc", "dti_digital_government_score", 2022, 0.512) in got
    assert ("vinh-phuc", "dti_digital_government_rank", 2023, 15) in got
    assert ("vinh-phuc", "dti_digital_society_rank", 2022, 30) in got


def test_a_merged_header_cell_spans_the_columns_after_it():
    # rule header-in-two-rows: "| Tỉnh | DTI 2023 | | DTI 2022 | |" over "| | Giá trị | Hạng | Giá trị | Hạng |"
    text = (
        "Tây Nguyên trên bảng xếp hạng DTI\n"
        "Kết quả của các tỉnh như sau:\n"
        "| Tỉnh | DTI 2023 | | DTI 2022 | |\n"
        "| | Giá trị | Hạng | Giá trị | Hạng |\n"
        "| Lâm Đồng | 0,5811 | 19 | 0,5233 | 25 |\n"
        "| Đắk Lắk | 0,5402 | 33 | 0,5017 | 37 |\n"
        "Hết."
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("lam-dong", "dti_score", 2023, 0.5811) in got
    assert ("lam-dong", "dti_rank", 2022, 25) in got
    assert ("dak-lak", "dti_rank", 2023, 33) in got


def test_a_row_of_values_is_no_second_header_row():
    # (guard) rule header-in-two-rows: the line under the header holds values, it is the first row
    text = (
        "Vĩnh Phúc qua hai kỳ DTI\n"
        "Giá trị các trụ cột của tỉnh:\n"
        "| Trụ cột | Giá trị 2023 | Xếp hạng 2023 |\n"
        "| Chính quyền số | 0,6033 | 15 |\n"
        "| Xã hội số | 0,5502 | 21 |\n"
        "Hết."
    )
    got = triples(text, province="vinh-phuc", published=IN_2024)
    assert ("vinh-phuc", "dti_digital_government_score", 2023, 0.6033) in got
    assert ("vinh-phuc", "dti_digital_society_rank", 2023, 21) in got


def test_an_infographics_figures_before_their_captions_after_a_sentence():
    # rule card-lines: after a sentence, the figure first and its caption under it, card after card (and a note in
    # brackets under a caption does not turn the next card around)
    text = (
        "Kinh tế số Hải Phòng năm 2023\n"
        "Báo Hải Phòng tổng hợp một số chỉ số chính của năm.\n"
        "16,4%\nTỷ trọng kinh tế số trong GRDP năm 2023\n(cả nước: khoảng 12,3%)\n"
        "84,1%\nNgười dân sử dụng điện thoại thông minh\n"
        "90,2%\nHộ gia đình có kết nối internet cáp quang\n"
        "Thành phố đặt mục tiêu tiếp tục tăng trưởng."
    )
    got = triples(text, province="hai-phong", published=IN_2024)
    assert ("hai-phong", "digital_economy_grdp_share", 2023, 16.4) in got
    assert ("hai-phong", "smartphone_user_rate", 2023, 84.1) in got
    assert ("hai-phong", "fixed_broadband_household_rate", 2023, 90.2) in got
    assert ("hai-phong", "smartphone_user_rate", 2023, 90.2) not in got


def test_a_cards_label_first_after_a_sentence_stays_label_first():
    # (guard) rule card-lines: the label first and its figure under it, after a sentence
    text = (
        "Kinh tế số Hải Phòng năm 2023\n"
        "Một số chỉ số chính của năm.\n"
        "Người dân sử dụng điện thoại thông minh\n84,1%\n"
        "Hộ gia đình có kết nối internet cáp quang\n90,2%\n"
        "Thành phố đặt mục tiêu tiếp tục tăng trưởng."
    )
    got = triples(text, province="hai-phong", published=IN_2024)
    assert ("hai-phong", "smartphone_user_rate", 2023, 84.1) in got
    assert ("hai-phong", "fixed_broadband_household_rate", 2023, 90.2) in got


def test_rows_of_a_label_and_its_figure_with_no_header():
    # rule label-value-rows: "Nhận thức số | Hạng 2" under a fact box's heading, no header row: items, read as cards
    text = (
        "DTI 2023 của Bắc Ninh\n"
        "Năm 2023, DTI của Bắc Ninh xếp thứ 4/63.\n"
        "CÁC CHỈ SỐ CHÍNH\n"
        "Nhận thức số | Hạng 2\n"
        "Thể chế số | Hạng 9\n"
        "Hoạt động chính quyền số | 0,8120\n"
        "Tỉnh tiếp tục giữ vững vị trí trong nhóm dẫn đầu."
    )
    got = triples(text, province="bac-ninh", published=IN_2024)
    assert ("bac-ninh", "dti_awareness_rank", 2023, 2) in got
    assert ("bac-ninh", "dti_institution_rank", 2023, 9) in got
    assert ("bac-ninh", "dti_gov_activity_score", 2023, 0.812) in got


def test_a_two_column_table_with_a_header_keeps_its_cells():
    # (guard) rule label-value-rows: a header over the rows makes them a table's
    text = (
        "DTI 2023 của Bắc Ninh\n"
        "Các chỉ số chính năm 2023:\n"
        "Chỉ số | Xếp hạng 2023\n"
        "Nhận thức số | 2\n"
        "Thể chế số | 9\n"
        "Hết."
    )
    got = triples(text, province="bac-ninh", published=IN_2024)
    assert ("bac-ninh", "dti_awareness_rank", 2023, 2) in got
    assert ("bac-ninh", "dti_institution_rank", 2023, 9) in got


def test_a_heading_in_capitals_over_figures_first_cards():
    # rule card-lines: "BA TRỤ CỘT" heads the cards under it, each a figure with its caption after it
    text = (
        "Infographic DTI 2024 của Phú Thọ\n"
        "Bộ Khoa học và Công nghệ vừa công bố kết quả DTI năm 2024.\n"
        "BA TRỤ CỘT\n"
        "0,6810\nChính quyền số – hạng 7\n"
        "0,5530\nKinh tế số – hạng 15\n"
        "Thiết kế: Minh Anh"
    )
    got = triples(text, province="phu-tho", published=dt.date(2025, 10, 30))
    assert ("phu-tho", "dti_digital_government_rank", 2024, 7) in got
    assert ("phu-tho", "dti_digital_economy_rank", 2024, 15) in got
    assert not any(t[1] == "dti_score" and t[3] == 0.681 for t in got)


def test_a_rise_in_all_since_a_year_is_a_change():
    # rule change-label: "đã tăng tổng cộng 0,1840 điểm" is how much the score rose, not a score
    text = (
        "Bình Phước sau bốn kỳ DTI\n"
        "Năm 2023, DTI của Bình Phước đạt 0,5260 điểm. Tính từ năm 2020, giá trị DTI của tỉnh đã tăng tổng cộng 0,1840 "
        "điểm."
    )
    got = triples(text, province="binh-phuoc", published=IN_2024)
    assert ("binh-phuoc", "dti_score", 2023, 0.526) in got
    assert not any(t[1] == "dti_score" and t[3] == 0.184 for t in got)
