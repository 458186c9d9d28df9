"""Issue 10, in our own sentences: the classes of 2.26, from the misses of round 138 (scored unread on 2.24 and 2.25): a
number-first item heading whose next line says the value again with its year, a rank verb before a second list word,
a district ranked as its clause's bare subject, and a change in a sentence that opens with the edition compared with
even where that year reads as attached to the change; and (2.27, a review) an item heading read with the binder's own
value-dash-label grammar, "Thứ 9/63 – CQS" too."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_a_number_first_item_heading_is_dated_by_its_text():
    # rule item-heading: "97,4% – ..." on a line of its own, the next line saying 97,4% with its year: one fact, 2023
    text = (
        "Chuyển đổi số Hà Nam qua những con số\n"
        "Những con số dưới đây được tổng hợp từ báo cáo năm của các sở, ngành.\n"
        "97,4% – văn bản điện tử được ký số\n"
        "Năm 2023, tỷ lệ văn bản điện tử được ký số trên địa bàn tỉnh Hà Nam đạt 97,4%, tăng so với năm trước.\n"
        "1.903 – thủ tục hành chính trên Cổng dịch vụ công\n"
        "Đến cuối năm 2023, Cổng dịch vụ công của tỉnh cung cấp 1.903 thủ tục hành chính."
    )
    got = triples(text, province="ha-nam", published=dt.date(2024, 5, 10))
    assert ("ha-nam", "e_document_signed_rate", 2023, 97.4) in got
    assert ("ha-nam", "e_document_signed_rate", 2024, 97.4) not in got
    assert ("ha-nam", "admin_procedure_count", 2024, 1903) not in got


def test_an_item_heading_whose_text_says_something_else_keeps_its_value():
    # (guard) rule item-heading: the line after names no such value: the heading's value stands
    text = (
        "Chuyển đổi số Hà Nam qua những con số\n"
        "Năm 2023 là năm tăng tốc của chuyển đổi số trên địa bàn tỉnh Hà Nam.\n"
        "97,4% – văn bản điện tử được ký số\n"
        "Việc ký số giúp rút ngắn thời gian xử lý công việc của các cơ quan."
    )
    got = triples(text, province="ha-nam", published=dt.date(2024, 5, 10))
    assert any(code == "e_document_signed_rate" and v == 97.4 for _, code, _, v in got)


def test_a_rank_verb_before_the_second_list_word():
    # rule second-list-word: "..., xếp hạng tương ứng 20, 28 và 41" pairs the ranks with the same places
    text = (
        "Về DTI 2022, Hà Tĩnh, Quảng Bình và Quảng Trị đạt lần lượt 0,5120; 0,4903 và 0,4511 điểm, xếp hạng tương "
        "ứng 20, 28 và 41 trên 63 tỉnh, thành phố."
    )
    got = triples(text, province="quang-tri", published=dt.date(2023, 8, 15))
    assert ("ha-tinh", "dti_rank", 2022, 20) in got
    assert ("quang-binh", "dti_rank", 2022, 28) in got
    assert ("quang-tri", "dti_rank", 2022, 41) in got


def test_a_district_ranked_as_its_clauses_bare_subject():
    # rule bare-unit-subject: "Năm 2021, huyện xếp thứ 5" in a district's item is the district's place, not the
    # province's
    text = (
        "Là một trong những huyện đi đầu về chuyển đổi số, Yên Phong đạt 0,6550 điểm chỉ số chuyển đổi số cấp huyện "
        "năm 2022, xếp thứ hai trong 8 huyện, thị xã, thành phố của tỉnh Bắc Ninh. Năm 2021, huyện xếp thứ 5."
    )
    got = triples(text, province="bac-ninh", published=dt.date(2023, 6, 1))
    assert not any(code == "dti_rank" for _, code, _, _ in got)


def test_a_change_after_an_opening_comparison_is_the_next_editions():
    # rule change-since-opening: "So với DTI 2022, khi ... 0,5120 điểm, ... tăng 0,0415": 0,5120 is 2022's, the change
    # 2023's
    text = (
        "So với DTI 2022, khi tỉnh cũng xếp trong nhóm đầu với 0,5120 điểm, giá trị chỉ số của Nghệ An tăng 0,0415 "
        "điểm."
    )
    got = triples(text, province="nghe-an", published=dt.date(2024, 10, 20))
    assert ("nghe-an", "dti_score", 2022, 0.512) in got
    assert ("nghe-an", "dti_score_change", 2023, 0.0415) in got
    assert ("nghe-an", "dti_score_change", 2022, 0.0415) not in got


def test_a_rank_first_item_heading_is_dated_by_its_text():
    # rule item-heading, with value-dash-label's item grammar: "Thứ 9/63 – CQS" over the line that says 9/63 with its
    # edition gives no second fact of the year the article reviews
    text = (
        "Hà Nam: 5 con số về chuyển đổi số năm 2024\n"
        "Năm 2024, chuyển đổi số của tỉnh có nhiều chuyển biến, nhất là trong cung cấp dịch vụ công trực tuyến.\n"
        "96,1% – TTHC có dịch vụ công trực tuyến\n"
        "Đến cuối năm 2024, 96,1% thủ tục hành chính của tỉnh có dịch vụ công trực tuyến.\n"
        "Thứ 9/63 – CQS\n"
        "Theo kết quả DTI 2023 công bố năm 2024, trụ cột chính quyền số (CQS) của tỉnh xếp thứ 9/63."
    )
    got = triples(text, province="ha-nam", published=dt.date(2025, 1, 8))
    assert ("ha-nam", "dti_digital_government_rank", 2023, 9) in got
    assert ("ha-nam", "dti_digital_government_rank", 2024, 9) not in got
