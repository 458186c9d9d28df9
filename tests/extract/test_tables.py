"""Ranking tables written as text (rule table-rows, vndx/extract/tables.py). Our own tables."""

import datetime as dt

from vndx.extract import extract_facts

PUB = dt.date(2024, 4, 20)
LEAD = "Bộ đã công bố Chỉ số chuyển đổi số cấp tỉnh năm 2023; điểm và thứ hạng một số tỉnh Tây Nguyên như sau."


def read(text, published=PUB):
    return {(f.province, f.indicator, f.period, f.value) for f in extract_facts(text, doc="t", published=published)}


WANT = {
    ("gia-lai", "dti_score", 2023, 0.5112),
    ("gia-lai", "dti_rank", 2023, 44.0),
    ("kon-tum", "dti_score", 2023, 0.4987),
    ("kon-tum", "dti_rank", 2023, 51.0),
}


def test_pipe_table_as_trafilatura_writes_it():
    text = f"{LEAD}\n| STT | Tỉnh | Điểm | Xếp hạng |\n|---|---|---|---|\n| 1 | Gia Lai | 0,5112 | 44 |\n"
    text += "| 2 | Kon Tum | 0,4987 | 51 |\nCác tỉnh đều tăng điểm."
    assert read(text) == WANT


def test_table_flattened_to_words():
    text = f"{LEAD}\nSTT Tỉnh Điểm Xếp hạng\n1 Gia Lai 0,5112 44\n2 Kon Tum 0,4987 51\nCác tỉnh đều tăng điểm."
    assert read(text) == WANT


def test_table_one_cell_per_line():
    text = f"{LEAD}\nSTT\nTỉnh\nĐiểm\nXếp hạng\n1\nGia Lai\n0,5112\n44\n2\nKon Tum\n0,4987\n51\n"
    assert read(text) == WANT


def test_rank_with_denominator_and_index_named_in_the_header():
    text = "Kết quả năm 2023:\n| Tỉnh, thành phố | Chỉ số DTI | Xếp hạng |\n| Đắk Nông | 0,4410 | 58/63 |"
    got = extract_facts(text, doc="t", published=PUB)
    assert {(f.province, f.indicator, f.value, f.out_of) for f in got} == {
        ("dak-nong", "dti_score", 0.441, None),
        ("dak-nong", "dti_rank", 58.0, 63),
    }


def test_pillar_columns_and_column_years():
    text = (
        "Thứ hạng các trụ cột chuyển đổi số của tỉnh Phú Yên:\n"
        "| Tỉnh | Chính quyền số | Kinh tế số | Xã hội số |\n| Phú Yên | 0,6120 | 0,3815 | 0,4476 |\n\n"
        "Vị trí qua hai năm theo chỉ số DTI:\n| Tỉnh | Xếp hạng 2022 | Xếp hạng 2023 |\n| Phú Yên | 40 | 33 |"
    )
    got = read(text)
    assert ("phu-yen", "dti_digital_government_score", 2024, 0.612) in got or (
        "phu-yen",
        "dti_digital_government_score",
        2023,
        0.612,
    ) in got
    assert {("phu-yen", "dti_rank", 2022, 40.0), ("phu-yen", "dti_rank", 2023, 33.0)} <= got


def test_average_row_and_department_rows_are_not_provinces():
    text = f"{LEAD}\n| Tỉnh | Điểm | Xếp hạng |\n| Gia Lai | 0,5112 | 44 |\n| Trung bình cả nước | 0,5600 | |\n"
    assert read(text) == {("gia-lai", "dti_score", 2023, 0.5112), ("gia-lai", "dti_rank", 2023, 44.0)}


def test_table_of_an_index_outside_the_catalog_is_not_read():
    text = "Kết quả chỉ số PCI năm 2023:\n| Tỉnh | Điểm | Xếp hạng |\n| Gia Lai | 65,12 | 30 |\n"
    text += "| Kon Tum | 63,40 | 45 |"
    assert read(text) == set()


def test_table_without_any_index_named_is_not_read():
    text = "Số liệu năm 2023:\n| Tỉnh | Điểm | Xếp hạng |\n| Gia Lai | 0,61 | 30 |"
    assert read(text) == set()


# rule table-of-indices: a page about one province tables that province's own indices


def _own(text, published=dt.date(2024, 8, 2)):
    return {(f.province, f.indicator, f.period, f.value) for f in extract_facts(text, doc="t", published=published)}


OWN_LEAD = (
    "Điểm số chuyển đổi số năm 2023 của tỉnh Yên Bái\n\n"
    "Kết quả DTI 2023 vừa công bố cho thấy Yên Bái tăng 4 bậc so với năm 2022. Cụ thể:\n"
)


def test_table_of_one_provinces_indices_without_outer_bars():
    text = OWN_LEAD + "Chỉ số | Điểm | Xếp hạng\nKinh tế số | 0,4120 | 27\nXã hội số | 0,5033 | 19\n"
    got = _own(text)
    assert {
        ("yen-bai", "dti_digital_economy_score", 2023, 0.412),
        ("yen-bai", "dti_digital_economy_rank", 2023, 27.0),
        ("yen-bai", "dti_digital_society_score", 2023, 0.5033),
        ("yen-bai", "dti_digital_society_rank", 2023, 19.0),
    } <= got
    assert not any(p == 2022 for _, _, p, _ in got)  # the year compared with is not the table's


def test_table_of_indices_with_bars_and_a_row_that_is_no_index():
    text = OWN_LEAD + "| Trụ cột | Điểm |\n|---|---|\n| Chính quyền số | 0,6610 |\n| Ghi chú | 1 |\n"
    got = _own(text)
    assert ("yen-bai", "dti_digital_government_score", 2023, 0.661) in got
    assert not any(v == 1.0 for *_, v in got)


def test_menu_bars_and_counters_are_not_a_table():
    text = OWN_LEAD + "Trang chủ | Tin tức | Chuyển đổi số\nLượt truy cập: 12.345 | Trực tuyến: 67\n"
    assert _own(text) == set()


def test_table_of_another_index_is_not_read_as_dti():
    text = "Kết quả PCI 2023 của tỉnh Yên Bái:\nChỉ số | Điểm | Xếp hạng\nChính quyền số | 0,6610 | 12\n"
    got = _own(text)
    assert not any(code.startswith("dti_") for _, code, _, _ in got)


# rule numbered-ranking: a list numbered from 1 under a lead-in ranked from the top


def test_numbered_list_under_a_top_lead_in_gives_ranks():
    text = (
        "Kết quả PAR Index 2022 được công bố sáng nay.\n"
        "Năm địa phương xếp hạng cao nhất về Chỉ số cải cách hành chính năm 2022:\n"
        "1. Quảng Ninh (91,2%)\n2. Hải Phòng (89,9%)\n3) Bắc Giang\n"
    )
    got = _own(text, published=dt.date(2023, 5, 30))
    assert {("quang-ninh", "par_index_rank", 2022, 1.0), ("hai-phong", "par_index_rank", 2022, 2.0)} <= got
    assert ("bac-giang", "par_index_rank", 2022, 3.0) in got


def test_bottom_regional_or_broken_numbering_gives_no_rank():
    for lead, items in (
        ("Ba tỉnh có DTI 2023 thấp nhất:", "1. Lai Châu\n2. Điện Biên\n"),
        ("Dẫn đầu khu vực Tây Nguyên về DTI 2023:", "1. Lâm Đồng\n2. Đắk Lắk\n"),
        ("Top 3 về DTI 2023:", "2. Lâm Đồng\n3. Đắk Lắk\n"),  # not numbered from the top
        ("Top 3 về DTI 2023:", "1. Lâm Đồng\n"),  # one item is no list
        ("Top 3 về DTI 2023:", "1. Huyện Đức Trọng, Lâm Đồng\n2. Thành phố Buôn Ma Thuột, Đắk Lắk\n"),
    ):
        got = _own(f"Bộ vừa công bố DTI 2023.\n{lead}\n{items}", published=dt.date(2024, 7, 30))
        assert not any(code == "dti_rank" for _, code, _, _ in got), lead


def test_numbered_ranking_after_the_merger_takes_the_successor():
    text = "DTI 2024 lần đầu xếp hạng 34 tỉnh, thành phố.\nTop 3 dẫn đầu DTI 2024:\n1. Hà Nội\n2. Huế\n3. Hưng Yên\n"
    got = extract_facts(text, doc="t", published=dt.date(2025, 10, 20))
    ranks = {(f.province, f.value, f.out_of) for f in got if f.indicator == "dti_rank"}
    assert ranks == {("ha-noi", 1.0, 34), ("hue", 2.0, 34), ("hung-yen", 3.0, 34)}
