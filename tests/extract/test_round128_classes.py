"""Issue 10, in our own sentences: the classes of 2.14, from the misses of round 128 (scored unread on 2.13 first):
tables copied from reports (a spreadsheet's rows, notes' marks on cells, a change column's signs, counts out of a total,
a lower level's row, a province's column with its own year), a digest's run-in headings, and places within a group
said behind the provinces ahead or beside a place on the whole field. (The tables one cell per line are in
test_cell_lines.py.)"""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

IN_2024 = dt.date(2024, 5, 20)


def test_a_spreadsheets_rows_a_semicolon_apart_are_cells():
    # rule semicolon-cells: "STT;Chỉ tiêu;ĐVT;Năm 2022;Năm 2023" as a CSV file writes it, no space after ";"
    text = (
        "Bến Tre công bố dữ liệu chuyển đổi số\n"
        "Tệp dữ liệu của Sở có nội dung như sau:\n"
        "STT;Chỉ tiêu;ĐVT;Năm 2022;Năm 2023;Ghi chú\n"
        "1;Tỷ lệ hồ sơ trực tuyến;%;36,2;58,4;\n"
        "2;Số Tổ công nghệ số cộng đồng;tổ;1.210;1.315;\n"
        "Các số liệu được cập nhật hằng quý."
    )
    got = triples(text, province="ben-tre", published=IN_2024)
    assert ("ben-tre", "online_dossier_rate", 2022, 36.2) in got
    assert ("ben-tre", "community_digital_team_count", 2023, 1315) in got


def test_prose_with_semicolons_is_no_row():
    # (guard) rule semicolon-cells: a sentence's "; " has its space
    text = (
        "Bến Tre năm 2023\n"
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của Bến Tre đạt 58,4%; thanh toán trực tuyến đạt 41,2%; số hóa hồ sơ đạt 77%."
    )
    got = triples(text, province="ben-tre", published=IN_2024)
    assert ("ben-tre", "online_dossier_rate", 2023, 58.4) in got
    assert ("ben-tre", "online_payment_rate", 2023, 41.2) in got


def test_a_lower_levels_row_is_not_the_provinces():
    # rule table-row-not-province: "Tỷ lệ hồ sơ trực tuyến của UBND cấp huyện" in a table of the province's figures
    text = (
        "Số liệu cải cách hành chính của Bến Tre\n"
        "Kết quả như sau:\n"
        "| Chỉ tiêu | Năm 2022 | Năm 2023 |\n"
        "| Tỷ lệ hồ sơ trực tuyến (%) | 36,2 | 58,4 |\n"
        "| Tỷ lệ hồ sơ trực tuyến của UBND cấp huyện (%) | 21,7 | 40,3 |\n"
        "Hết."
    )
    got = triples(text, province="ben-tre", published=IN_2024)
    assert ("ben-tre", "online_dossier_rate", 2023, 58.4) in got
    assert not any(t[3] in (21.7, 40.3) for t in got)


def test_a_count_out_of_its_total_in_a_cell():
    # rule count-of-total: "112/115" points of service connected is a count of 112
    text = (
        "Bưu chính Phú Yên\n"
        "Kết quả như sau:\n"
        "| Chỉ tiêu | Năm 2022 | Năm 2023 |\n"
        "| Số điểm phục vụ bưu chính công cộng có kết nối internet băng rộng cố định | 96/104 | 104/104 |\n"
        "Hết."
    )
    got = triples(text, province="phu-yen", published=IN_2024)
    assert ("phu-yen", "postal_point_broadband_count", 2022, 96) in got
    assert ("phu-yen", "postal_point_broadband_count", 2023, 104) in got


def test_notes_marks_on_cells_and_a_change_columns_signs():
    # "0,5917(1)" and "Năm 2023(*)" carry a note's mark; "Tăng (+), giảm (-) bậc" is a column of changes
    text = (
        "DTI 2023 các tỉnh Tây Bắc\n"
        "Bảng: Kết quả DTI năm 2023 (xếp hạng trên 63 tỉnh, thành phố)\n"
        "| Tỉnh | Giá trị DTI 2023 | Xếp hạng 2023 | Xếp hạng 2022 | Tăng (+), giảm (-) bậc |\n"
        "| Sơn La | 0,5214(1) | 38 | 44 | +6 |\n"
        "| Điện Biên | 0,4935 | 52 | 47 | -5 |\n"
        "(1) Số liệu làm tròn."
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("son-la", "dti_score", 2023, 0.5214) in got
    assert ("son-la", "dti_rank", 2023, 38) in got
    assert ("dien-bien", "dti_rank", 2022, 47) in got
    assert not any(t[3] in (6, 5) for t in got)


def test_a_card_figure_with_a_notes_mark_stays_a_cell():
    # rule card-lines: "100(2)" under "68,4" is a figure under a figure (a table's row), not a card's caption
    text = (
        "Kết quả năm 2025\n"
        "Một số chỉ tiêu chủ yếu:\n"
        "STT\nChỉ tiêu\nNăm 2024\nNăm 2025\n"
        "1\nTỷ lệ hồ sơ thanh toán trực tuyến (%)\n61,5\n84,2(1)\n"
        "2\nTỷ lệ văn bản điện tử được ký số (%)\n95,0\n99,1\n"
        "(1) Số liệu đến ngày 15/12/2025."
    )
    got = triples(text, province="an-giang", published=dt.date(2026, 1, 8))
    assert ("an-giang", "online_payment_rate", 2025, 84.2) in got
    assert ("an-giang", "e_document_signed_rate", 2025, 99.1) in got


def test_a_province_column_with_its_own_year():
    # rule column-of-its-year: "Lào Cai (cũ) năm 2024 | Yên Bái (cũ) năm 2024 | Tỉnh Lào Cai 9 tháng năm 2025"
    text = (
        "Lào Cai sau hợp nhất\n"
        "Số liệu của hai tỉnh cũ và của tỉnh mới như sau:\n"
        "| Chỉ tiêu | Lào Cai (cũ) năm 2024 | Yên Bái (cũ) năm 2024 | Tỉnh Lào Cai 9 tháng năm 2025 |\n"
        "| Tỷ lệ hồ sơ thanh toán trực tuyến (%) | 44,2 | 39,8 | 63,0 |\n"
        "Hết."
    )
    got = triples(text, province="lao-cai", published=dt.date(2025, 10, 30))
    assert ("lao-cai", "online_payment_rate", 2024, 44.2) in got
    assert ("yen-bai", "online_payment_rate", 2024, 39.8) in got
    assert ("lao-cai", "online_payment_rate", 2025, 63.0) in got


def test_a_digests_run_in_heading_gives_way_to_its_items_text():
    # rule run-in-heading: "Thanh toán trực tuyến đạt 58,1%." opens the item and its text says the same with the year
    text = (
        "Điểm tin tuần\n"
        "Thanh toán trực tuyến đạt 58,1%. Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được thanh toán trực tuyến của "
        "tỉnh Hưng Yên đạt 58,1%, tăng so với năm trước.\n"
        "Hội nghị người có uy tín. Sáng 12/1, tỉnh tổ chức gặp mặt người có uy tín năm 2024."
    )
    got = triples(text, province="hung-yen", published=dt.date(2024, 1, 15))
    assert ("hung-yen", "online_payment_rate", 2023, 58.1) in got
    assert [t for t in got if t[3] == 58.1] == [("hung-yen", "online_payment_rate", 2023, 58.1)]


def test_a_short_opening_sentence_whose_value_comes_back_later_stays():
    # (guard) rule run-in-heading: the same value said again on another line, of another year, is no restatement
    text = (
        "Hưng Yên qua hai năm\n"
        "Tỷ lệ văn bản điện tử được ký số đạt 97,2%. Đây là kết quả của nhiều năm đầu tư cho hạ tầng số.\n"
        "Năm 2022, tỷ lệ văn bản điện tử được ký số cũng đã đạt 97,2%."
    )
    got = triples(text, province="hung-yen", published=dt.date(2024, 5, 15))
    assert ("hung-yen", "e_document_signed_rate", 2022, 97.2) in got
    assert any(t[1] == "e_document_signed_rate" and t[2] != 2022 for t in got)


def test_a_place_behind_as_many_provinces_is_a_place_in_the_frame():
    # rule behind-the-named: "Trong vùng ..., X đứng thứ 3, sau A và B, hai địa phương lần lượt xếp thứ 9 và 16"
    text = (
        "DTI 2022 Bắc Trung Bộ\n"
        "Năm 2022, DTI của Quảng Bình xếp thứ 21/63. Trong khu vực Bắc Trung Bộ, Quảng Bình đứng thứ 3, sau Thừa "
        "Thiên Huế và Thanh Hóa, hai địa phương lần lượt xếp thứ 9 và 16; Nghệ An xếp thứ 24."
    )
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("quang-binh", "dti_rank", 2022, 21) in got
    assert ("quang-binh", "dti_rank", 2022, 3) not in got
    assert ("thua-thien-hue", "dti_rank", 2022, 9) in got


def test_a_place_in_a_group_beside_one_on_the_whole_field():
    # rule regional-rank: "Trong nhóm 5 thành phố trực thuộc Trung ương, X xếp thứ tư, đứng thứ 12 trên bảng tổng hợp
    # 63 tỉnh": the whole field named after the second place leaves the first the group's
    text = (
        "DTI 2023 của Hải Phòng\n"
        "Năm 2023, trong nhóm 5 thành phố trực thuộc Trung ương, Hải Phòng xếp thứ tư, đứng thứ 12 trên bảng tổng hợp "
        "63 tỉnh, thành phố."
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("hai-phong", "dti_rank", 2023, 12) in got
    assert ("hai-phong", "dti_rank", 2023, 4) not in got


def test_units_counted_above_a_bar_are_no_provinces_value():
    # rule units-above-threshold: "14 xã, phường ... có tỷ lệ ... trên 90%": the bar the counted units cleared
    text = (
        "Tổng kết năm 2025 ở Lâm Đồng\n"
        "Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh Lâm Đồng đạt 81,3%. Tại hội nghị, 14 xã, phường được khen thưởng "
        "vì có tỷ lệ hồ sơ trực tuyến trên 90%."
    )
    got = triples(text, province="lam-dong", published=dt.date(2025, 12, 20))
    assert ("lam-dong", "online_dossier_rate", 2025, 81.3) in got
    assert not any(t[3] == 90 for t in got)


def test_a_province_above_a_bar_keeps_its_value():
    # (guard) rule units-above-threshold: no units counted, the province's own "trên 90%"
    text = "Lâm Đồng năm 2025\nNăm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh Lâm Đồng đạt trên 90%."
    got = triples(text, province="lam-dong", published=dt.date(2025, 12, 20))
    assert ("lam-dong", "online_dossier_rate", 2025, 90) in got


def test_items_and_provinces_listed_in_step():
    # rule places-in-step: pillars before "lần lượt", provinces right after it, then the values "tương ứng"
    text = (
        "DTI 2023: những nơi dẫn đầu\n"
        "Năm 2023, ba trụ cột chính quyền số, kinh tế số và cả xã hội số lần lượt có Đà Nẵng, Bắc Ninh và Hà Nội đứng "
        "đầu, với giá trị tương ứng 0,8012; 0,6233 và 0,7101."
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("da-nang", "dti_digital_government_score", 2023, 0.8012) in got
    assert ("bac-ninh", "dti_digital_economy_score", 2023, 0.6233) in got
    assert ("ha-noi", "dti_digital_society_score", 2023, 0.7101) in got
