"""Issue 10, in our own sentences: the classes of 1.96, from the misses of round 112 (scored unread on 1.95 first)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples

PUB_2024 = dt.date(2024, 6, 1)


def test_the_indexs_english_name():
    text = (
        "Đồng Nai: smart city và fintech\n"
        "Theo bảng xếp hạng Digital Transformation Index 2022, Đồng Nai ở vị trí thứ 15, với 0,5311 điểm."
    )
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("dong-nai", "dti_rank", 2022, 15) in got
    assert ("dong-nai", "dti_score", 2022, 0.5311) in got


def test_ranks_in_the_innovation_index_are_not_the_dtis():
    text = (
        "Bình Phước: DTI và đổi mới sáng tạo\n"
        "Năm 2023, DTI của Bình Phước xếp thứ 30/63. Đồng Nai và Tây Ninh lần lượt xếp thứ 9 và thứ 21 của bảng xếp "
        "hạng PII năm 2023."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("binh-phuoc", "dti_rank", 2023, 30) in got
    assert not any(f[3] in (9, 21) for f in got)


def test_a_figure_said_to_be_wrong_is_no_value():
    text = (
        "Hà Giang: đính chính số liệu\n"
        "Tỷ lệ hồ sơ thanh toán trực tuyến năm 2023 của tỉnh không phải 38% mà là 29,6%. Tỷ lệ người dùng Internet năm "
        "2023 đạt 71,2% thay vì 78% như ước tính trước đó."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("ha-giang", "online_payment_rate", 2023, 29.6) in got
    assert ("ha-giang", "internet_user_rate", 2023, 71.2) in got
    assert not any(f[3] in (38, 78) for f in got)
    assert "corrected-figure" in refusals(text, province=None, published=PUB_2024)


def test_the_figures_an_earlier_report_gave_wrongly():
    text = (
        "Hà Giang: đính chính số liệu\n"
        "Tỷ lệ văn bản điện tử được ký số năm 2023 đạt 97,4% (bài trước ghi 79,4%)."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("ha-giang", "e_document_signed_rate", 2023, 97.4) in got
    assert not any(f[3] == 79.4 for f in got)


def test_not_only_a_share_is_still_one():
    # guard: "không chỉ" is no correction
    text = (
        "Hà Giang: dịch vụ công\n"
        "Năm 2023, tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh không chỉ đạt 29,6% mà còn tăng đều."
    )
    assert ("ha-giang", "online_payment_rate", 2023, 29.6) in triples(text, province=None, published=PUB_2024)


def test_is_not_is_no_duty():
    # "không phải" (is not) folds like "phải" (must), a plan's word
    text = "Tây Ninh: PAR Index\nPAR Index 2022 của Tây Ninh không phải xếp thứ 30/63 mà là xếp thứ 18/63."
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("tay-ninh", "par_index_rank", 2022, 18) in got
    assert ("tay-ninh", "par_index_rank", 2022, 30) not in got
