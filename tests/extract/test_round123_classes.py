"""Issue 10, in our own sentences: the classes of 2.09, from the misses of round 123 (scored unread on 2.08 first):
tables again (a table of targets read by no sentence rule, a row that names its own year, a change column compared
with a year, the edition in brackets in the label cell, a header on two lines)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

IN_2022 = dt.date(2022, 8, 10)
IN_2024 = dt.date(2024, 1, 20)


def test_the_rows_of_a_table_of_targets_are_no_facts():
    # rule target-section, for a table: "Các chỉ tiêu của kế hoạch:" over a table of targets by year; no sentence rule
    # reads its rows either
    text = (
        "Hậu Giang ban hành kế hoạch chuyển đổi số\n"
        "Các chỉ tiêu chủ yếu của kế hoạch:\n"
        "| Chỉ tiêu | Năm 2022 | Đến năm 2025 |\n"
        "|---|---|---|\n"
        "| Tỷ lệ hộ gia đình có cáp quang | 55% | 75% |\n"
        "| Tỷ trọng kinh tế số trong GRDP | 6% | 12% |"
    )
    assert triples(text, province=None, published=IN_2022) == set()


def test_a_row_naming_its_own_year_is_of_that_year():
    # rule row-label-year: in a table with a column per province, "Xếp hạng DTI 2021" beside rows of 2022
    text = (
        "Yên Bái và hai tỉnh lân cận\n"
        "So sánh DTI 2022 với hai tỉnh lân cận:\n"
        "| Chỉ tiêu | Yên Bái | Lào Cai | Tuyên Quang |\n"
        "|---|---|---|---|\n"
        "| Giá trị DTI 2022 | 0,4721 | 0,4903 | 0,4415 |\n"
        "| Xếp hạng DTI 2022 | 34 | 27 | 44 |\n"
        "| Xếp hạng DTI 2021 | 41 | 30 | 47 |"
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("yen-bai", "dti_rank", 2022, 34) in got
    assert ("yen-bai", "dti_rank", 2021, 41) in got
    assert ("lao-cai", "dti_rank", 2021, 30) in got
    assert ("yen-bai", "dti_rank", 2022, 41) not in got


def test_a_change_column_compared_with_a_year_is_no_score():
    # "Tăng/giảm so với 2022" is a change column too: its "-0,0120" is no score of the row's province
    text = (
        "Bảng xếp hạng DTI 2023\n"
        "| Hạng | Tỉnh, thành phố | Giá trị DTI 2023 | Tăng/giảm so với 2022 |\n"
        "|---|---|---|---|\n"
        "| 7 | Bình Dương | 0,6402 | -0,0120 |\n"
        "| 8 | Hải Phòng | 0,6391 | +0,0310 |"
    )
    got = triples(text, province=None, published=dt.date(2024, 10, 1))
    assert ("binh-duong", "dti_score", 2023, 0.6402) in got
    assert not any(f[3] in (0.012, 0.031) for f in got)


def test_a_label_cell_with_the_edition_in_brackets_heads_a_table_by_province():
    # "Chỉ số (DTI 2023) | Thanh Hóa | Nghệ An": a column per province, the edition in the label's bracket
    text = (
        "Nghệ An và các tỉnh Bắc Trung Bộ\n"
        "Chỉ số (DTI 2023) | Thanh Hóa | Nghệ An | Hà Tĩnh\n"
        "Xếp hạng DTI | 22 | 27 | 33\n"
        "Xếp hạng Kinh tế số | 18 | 29 | 38"
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 1))
    assert ("nghe-an", "dti_rank", 2023, 27) in got
    assert ("nghe-an", "dti_digital_economy_rank", 2023, 29) in got
    assert ("ha-tinh", "dti_digital_economy_rank", 2023, 38) in got


def test_a_percent_bracket_in_the_label_cell_stays():
    # (guard) "Chỉ tiêu năm 2024 (%)": the bracket with the unit is kept, the columns' values read as shares
    text = (
        "Đồng Nai và Bình Phước\n"
        "| Chỉ tiêu năm 2024 (%) | Đồng Nai | Bình Phước |\n"
        "|---|---|---|\n"
        "| Hồ sơ TTHC thanh toán trực tuyến | 36,2 | 21,8 |"
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 1))
    assert ("dong-nai", "online_payment_rate", 2024, 36.2) in got


def test_a_header_on_two_lines_dates_its_columns():
    # rule header-on-two-lines: "Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá" over " | năm 2023 | năm 2023 |"
    text = (
        "Bắc Ninh tổng kết chuyển đổi số\n"
        "Kết quả các chỉ tiêu chủ yếu:\n"
        "Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá\n"
        " | năm 2023 | năm 2023 |\n"
        "Tỷ lệ hồ sơ TTHC thanh toán trực tuyến | 50% | 57,3% | Vượt\n"
        "Tỷ trọng kinh tế số trong GRDP | 25% | 23,9% | Chưa đạt"
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("bac-ninh", "online_payment_rate", 2023, 57.3) in got
    assert ("bac-ninh", "digital_economy_grdp_share", 2023, 23.9) in got
    assert not any(f[3] in (50, 25) for f in got)
