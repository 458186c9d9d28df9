"""Issue 10, in our own sentences: round 68's misses (scored unread on 1.47 first) and the rules of 1.48 that answer
them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- plan-versus-result tables (tables.py: table-of-a-series)


def test_a_plan_and_result_table_with_abbreviated_headers():
    text = (
        "Kết quả một số chỉ tiêu (KH: kế hoạch; TH: thực hiện; %: tỷ lệ so với kế hoạch):\n\n"
        "Chỉ tiêu\tKH 2023\tTH 2023\t%\n"
        "Tỷ lệ hồ sơ TTHC tiếp nhận, xử lý trực tuyến\t60%\t64,2%\t107\n"
        "Tỷ lệ hồ sơ TTHC thanh toán trực tuyến\t35%\t31,8%\t90,9\n\n"
        "Nguồn: Sở Thông tin và Truyền thông Phú Thọ"
    )
    got = triples(text, province="phu-tho", published=dt.date(2024, 1, 5))
    assert ("phu-tho", "online_dossier_rate", 2023, 64.2) in got
    assert ("phu-tho", "online_payment_rate", 2023, 31.8) in got
    assert not {t for t in got if t[3] in (60, 35, 107, 90.9)}


def test_a_result_column_after_the_previous_years_and_the_plan():
    text = (
        "Báo cáo so sánh kết quả các năm:\n\n"
        "STT | Chỉ tiêu | TH 2021 | KH 2022 | TH 2022 | So KH (%)\n"
        "1 | Tỷ lệ người sử dụng Internet | 64% | 72% | 70,5% | 97,9\n"
    )
    got = triples(text, province="ninh-binh", published=dt.date(2023, 1, 15))
    assert ("ninh-binh", "internet_user_rate", 2021, 64) in got
    assert ("ninh-binh", "internet_user_rate", 2022, 70.5) in got
    assert ("ninh-binh", "internet_user_rate", 2022, 72) not in got


def test_a_label_column_of_shares_named_in_its_header():
    text = (
        "Năm 2025, tỉnh hoàn thành 9/12 chỉ tiêu.\n\n"
        "Chỉ tiêu (%) | Kế hoạch 2025 | Thực hiện 2025 | Tỷ lệ so KH\n"
        "Hồ sơ TTHC tiếp nhận, giải quyết trực tuyến | 70 | 76,3 | 109%\n"
    )
    got = triples(text, province="an-giang", published=dt.date(2026, 1, 5))
    assert ("an-giang", "online_dossier_rate", 2025, 76.3) in got


# ---- quizzes and partners abroad (binding_rules.quiz_option, foreign_place)


def test_a_quizs_wrong_options_are_no_facts_its_answer_is():
    text = (
        "Năm 2022, tỷ lệ hồ sơ trực tuyến của Hưng Yên là bao nhiêu? Với bốn phương án 25,4%, 33,1%, 47,9% và 58,2%, "
        "chỉ 41 thí sinh chọn đúng đáp án 47,9%."
    )
    got = triples(text, province="hung-yen", published=dt.date(2023, 5, 5))
    assert not {t for t in got if t[3] in (25.4, 33.1, 58.2)}


def test_a_partner_countrys_figures_are_not_the_provinces():
    text = (
        "Năm 2024, tỷ lệ người dùng Internet của Bình Định đạt 81%. Đại diện KOICA cho biết Hàn Quốc có hơn 97% dân "
        "số sử dụng Internet; tại Singapore, 98% giao dịch được thanh toán không dùng tiền mặt."
    )
    got = triples(text, province="binh-dinh", published=dt.date(2024, 12, 5))
    assert ("binh-dinh", "internet_user_rate", 2024, 81) in got
    assert not {t for t in got if t[3] in (97, 98)}


def test_a_border_named_does_not_make_the_province_foreign():
    text = "Năm 2023, Lạng Sơn, tỉnh biên giới giáp Trung Quốc, có 97,5% thôn được phủ sóng di động."
    got = triples(text, province="lang-son", published=dt.date(2024, 3, 5))
    assert ("lang-son", "mobile_coverage_rate", 2023, 97.5) in got
