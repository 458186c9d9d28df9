"""Tables written one cell per line (rule cells-per-line, ``vndx/extract/cell_lines.py``), in our own words: a
report's appendix pasted from a PDF, a header and each row's cells each on a line of their own."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples
from vndx.extract.cell_lines import regroup
from vndx.extract.tables import CELL_LINE_WORDS

IN_2024 = dt.date(2024, 4, 2)

NUMBERED = """Yên Bái: kết quả chuyển đổi số qua hai năm
Sở Thông tin và Truyền thông tổng hợp một số chỉ tiêu trong bảng sau.
STT
Chỉ tiêu
Năm 2022
Năm 2023
1
Tỷ lệ hồ sơ trực tuyến (%)
34,5
51,2
2
Tỷ lệ thanh toán trực tuyến (%)
18,9
29,4
Các chỉ tiêu đều tăng so với năm trước."""


def test_a_numbered_table_one_cell_per_line_is_read_by_row():
    got = triples(NUMBERED, province="yen-bai", published=IN_2024)
    assert ("yen-bai", "online_dossier_rate", 2022, 34.5) in got
    assert ("yen-bai", "online_dossier_rate", 2023, 51.2) in got
    assert ("yen-bai", "online_payment_rate", 2023, 29.4) in got


def test_joined_rows_keep_the_length_of_their_lines():
    lines = NUMBERED.lower().split("\n")
    got = regroup(lines, CELL_LINE_WORDS)
    assert got is not None
    joined, origin = got
    for text, parts in zip(joined, origin, strict=True):
        # (a line break becomes one cell mark or one space: offsets into the text stay true)
        assert len(text) == sum(len(lines[k]) for k in parts) + len(parts) - 1
    assert [len(p) for p in origin if len(p) > 1] == [4, 4, 4]


def test_years_over_the_columns_each_year_holds():
    # "Năm 2022", "Năm 2023" over "Giá trị", "Xếp hạng" twice: one header row of cells that say both
    text = (
        "Sơn La qua hai kỳ DTI\n"
        "Kết quả được tổng hợp như sau:\n"
        "Chỉ số\nNăm 2022\nNăm 2023\nGiá trị\nXếp hạng\nGiá trị\nXếp hạng\n"
        "DTI\n0,4521\n41\n0,5013\n33\n"
        "Chính quyền số\n0,4870\n38\n0,5522\n27\n"
        "Nguồn: Bộ Thông tin và Truyền thông."
    )
    got = triples(text, province="son-la", published=IN_2024)
    assert ("son-la", "dti_score", 2022, 0.4521) in got
    assert ("son-la", "dti_rank", 2022, 41) in got
    assert ("son-la", "dti_rank", 2023, 33) in got
    assert ("son-la", "dti_digital_government_rank", 2023, 27) in got
    assert ("son-la", "dti_score", 2023, 0.4521) not in got


def test_a_unit_joined_to_its_label_leaves_the_row_whole():
    # folding joins a line that opens in lower case to the one before ("sản phẩm" to its label): the row has one cell
    # fewer, its numbers stay in their years' columns
    text = (
        "Thương mại điện tử Phú Thọ\n"
        "Số liệu của Sở Công Thương:\n"
        "STT\nChỉ tiêu\nĐVT\nNăm 2022\nNăm 2023\n"
        "1\nSố doanh nghiệp công nghệ số\nDN\n205\n236\n"
        "2\nSố sản phẩm OCOP trên sàn thương mại điện tử\nsản phẩm\n860\n1.240\n"
        "3\nTỷ lệ chi trả lương hưu không dùng tiền mặt\n%\n52,3\n67,8\n"
        "Tỉnh tiếp tục đẩy mạnh thương mại điện tử."
    )
    got = triples(text, province="phu-tho", published=IN_2024)
    assert ("phu-tho", "digital_enterprise_count", 2023, 236) in got
    assert ("phu-tho", "ecommerce_product_count", 2023, 1240) in got
    assert ("phu-tho", "cashless_pension_rate", 2022, 52.3) in got
    assert not any(t[3] == 3 for t in got)


def test_short_lines_that_are_no_table_stay_lines():
    # (guard) a list of short lines and numbers with no header of a table's kind
    lines = "lịch làm việc\nthứ hai\n8\n9\nthứ ba\n10\n11".split("\n")
    assert regroup(lines, CELL_LINE_WORDS) is None


def test_a_header_without_two_rows_under_it_is_no_table():
    # (guard) one row is no table: the lines stay as they are
    lines = "chỉ tiêu\nnăm 2022\nnăm 2023\ntỷ lệ hồ sơ trực tuyến\n34,5\n51,2\nhết.".split("\n")
    assert regroup(lines, CELL_LINE_WORDS) is None
