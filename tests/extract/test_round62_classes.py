"""Issue 10, in our own sentences: round 62's misses (scored unread on 1.41 first) and the rules of 1.42 that answer
them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- abbreviations of the measures (phrases.yml)


def test_signed_electronic_documents_written_vbdt():
    text = "6 tháng đầu năm 2024, tỷ lệ VBĐT được ký số của tỉnh Long An đạt 96,4%."
    got = triples(text, province="long-an", published=dt.date(2024, 7, 10))
    assert ("long-an", "e_document_signed_rate", 2024, 96.4) in got


def test_the_cybersecurity_index_written_atttm():
    text = "DTI 2023 của Hải Dương: thể chế số xếp thứ 18, nhân lực số thứ 25; chỉ số ATTTM xếp thứ 9."
    got = triples(text, province="hai-duong", published=dt.date(2025, 3, 1))
    assert ("hai-duong", "cybersecurity_index_rank", 2023, 9) in got
    assert ("hai-duong", "dti_human_resources_rank", 2023, 25) in got


# ---- headings and table leads that pick results out (rule indicators-of-the-past, tables)


def test_a_heading_of_typical_indicators_lists_results():
    text = (
        "Năm 2024, Sóc Trăng hoàn thành 10/15 chỉ tiêu chuyển đổi số\n\nMột số chỉ tiêu tiêu biểu:\n\n"
        "• Văn bản điện tử được ký số: 95,1%\n\n• Hồ sơ TTHC tiếp nhận, xử lý trực tuyến: 58,6%"
    )
    got = triples(text, province="soc-trang", published=dt.date(2025, 1, 15))
    assert ("soc-trang", "e_document_signed_rate", 2024, 95.1) in got
    assert ("soc-trang", "online_dossier_rate", 2024, 58.6) in got


def test_a_heading_of_next_years_indicators_still_lists_targets():
    text = (
        "Kế hoạch chuyển đổi số năm 2025 của tỉnh Sóc Trăng\n\nMột số chỉ tiêu năm 2025:\n\n"
        "• Hồ sơ TTHC tiếp nhận, xử lý trực tuyến: 70%"
    )
    got = triples(text, province="soc-trang", published=dt.date(2025, 1, 15))
    assert not any(t[3] == 70 for t in got)


def test_a_table_compared_over_past_years_is_read():
    text = (
        "Tại phiên họp đầu năm 2024, Sở trình bày bảng so sánh một số chỉ tiêu chủ yếu của tỉnh Trà Vinh giữa năm "
        "2023 và năm 2022.\n\nChỉ tiêu | Năm 2022 | Năm 2023\nHồ sơ TTHC xử lý trực tuyến (%) | 30,2 | 51,7\n"
        "Doanh nghiệp công nghệ số (doanh nghiệp) | 198 | 214"
    )
    got = triples(text, province="tra-vinh", published=dt.date(2024, 1, 20))
    assert ("tra-vinh", "online_dossier_rate", 2022, 30.2) in got
    assert ("tra-vinh", "online_dossier_rate", 2023, 51.7) in got
    assert ("tra-vinh", "digital_enterprise_count", 2023, 214) in got


# ---- a signed number in brackets after a value is its change (readings)


def test_a_plus_signed_number_in_brackets_is_the_change():
    text = "Hà Tĩnh: DTI 2023\n\n• Giá trị DTI: 0,5481 (+0,0372 so với năm 2022)"
    got = triples(text, province="ha-tinh", published=dt.date(2025, 3, 1))
    assert ("ha-tinh", "dti_score", 2023, 0.5481) in got
    assert ("ha-tinh", "dti_score_change", 2023, 0.0372) in got
    assert ("ha-tinh", "dti_score", 2023, 0.0372) not in got
