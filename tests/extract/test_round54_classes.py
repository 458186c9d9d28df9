"""Issue 10, in our own sentences: the classes of session 29 (round 54's misses, scored unread on 1.33 first) and
the rules of 1.34 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- the day figures are counted to is no document's date (periods._AS_OF_DAY)


def test_figures_counted_to_a_day_after_a_level_word_take_that_days_year():
    # ("hai cấp, đến ngày ..." read like "cấp ... ngày", a licence's date; it is the day the figures reach)
    text = (
        "Sau nửa năm vận hành chính quyền hai cấp, đến ngày 30/12/2025, tỷ lệ người dân có tài khoản định danh điện "
        "tử của tỉnh Lào Cai đạt 76,4%."
    )
    got = triples(text, province="lao-cai", published=dt.date(2026, 1, 15))
    assert ("lao-cai", "eid_account_rate", 2025, 76.4) in got


def test_a_documents_date_still_dates_nothing():
    text = (
        "Thực hiện Kế hoạch số 45/KH-UBND ban hành ngày 12/3/2021 của UBND tỉnh, tỷ lệ hộ gia đình có cáp quang của "
        "tỉnh Hòa Bình hiện đạt 74,5%."
    )
    got = triples(text, province="hoa-binh", published=dt.date(2023, 5, 4))
    assert ("hoa-binh", "fixed_broadband_household_rate", 2023, 74.5) in got
    assert not any(t[2] == 2021 for t in got)


# ---- a year opening a later clause about the measure just given dates that clause only (rule contrast-year)


def test_a_full_years_figure_after_a_half_years_dates_only_its_clause():
    text = (
        "Trong 6 tháng đầu năm, tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh Phú Yên đạt 38,2%; cả năm 2023 tỷ lệ này "
        "là 25,7%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 61,5%."
    )
    got = triples(text, province="phu-yen", published=dt.date(2024, 7, 10))
    assert ("phu-yen", "online_payment_rate", 2024, 38.2) in got
    assert ("phu-yen", "online_payment_rate", 2023, 25.7) in got
    # (and the paragraph goes on in the half year, not the year looked back to)
    assert ("phu-yen", "dossier_digitization_rate", 2024, 61.5) in got


def test_a_year_heading_the_sentence_before_the_back_reference_still_dates_it():
    text = "Tỷ lệ hồ sơ trực tuyến của tỉnh Phú Yên đạt 52%. Năm 2023, con số này là 41,3%."
    got = triples(text, province="phu-yen", published=dt.date(2024, 7, 10))
    assert ("phu-yen", "online_dossier_rate", 2023, 41.3) in got


# ---- a value said to be of now keeps its year against another province's later clause (period_rules._now_clause)


def test_now_is_not_dated_by_another_provinces_year_after_a_comma():
    text = (
        "Đến nay, tỷ lệ văn bản điện tử có ký số của tỉnh Sóc Trăng mới đạt 77%, ông Tâm nói, đồng thời nhắc rằng "
        "tỉnh Bạc Liêu năm 2022 đã vươn lên thứ 30 về DTI."
    )
    got = triples(text, province="soc-trang", published=dt.date(2023, 8, 1))
    assert ("soc-trang", "e_document_signed_rate", 2023, 77.0) in got
    assert ("soc-trang", "e_document_signed_rate", 2022, 77.0) not in got


# ---- a back-reference, then the measure it now applies to (phrases.yml: cashless payments)


def test_this_rate_for_pensions_is_the_pensions_rate():
    text = (
        "Năm 2024, tỷ lệ chi trả trợ cấp an sinh xã hội không dùng tiền mặt của tỉnh Ninh Thuận đạt 97%; tỷ lệ này "
        "đối với lương hưu là 81,5%."
    )
    got = triples(text, province="ninh-thuan", published=dt.date(2025, 2, 1))
    assert ("ninh-thuan", "cashless_social_welfare_rate", 2024, 97.0) in got
    assert ("ninh-thuan", "cashless_pension_rate", 2024, 81.5) in got
    assert ("ninh-thuan", "cashless_social_welfare_rate", 2024, 81.5) not in got


def test_this_figure_for_welfare_after_the_pensions_is_the_welfare_rate():
    text = (
        "Năm 2024, tỷ lệ chi trả lương hưu qua tài khoản của tỉnh Ninh Thuận đạt 90%; con số này với trợ cấp an sinh "
        "xã hội là 77%."
    )
    got = triples(text, province="ninh-thuan", published=dt.date(2025, 2, 1))
    assert ("ninh-thuan", "cashless_pension_rate", 2024, 90.0) in got
    assert ("ninh-thuan", "cashless_social_welfare_rate", 2024, 77.0) in got


# ---- a rank in the bracket of a compared year that opens the sentence (rule compared-year-fronted)


def test_the_bracketed_rank_of_a_fronted_compared_year_is_the_next_named_provinces():
    text = (
        "Theo DTI 2022, Điện Biên xếp thứ 45/63 và Sơn La xếp thứ 43/63. So với năm 2021 (xếp thứ 52/63), Sơn La đã "
        "tiến 9 bậc."
    )
    got = triples(text, province="dien-bien", published=dt.date(2023, 7, 1))
    assert ("son-la", "dti_rank", 2021, 52.0) in got
    assert ("dien-bien", "dti_rank", 2021, 52.0) not in got


def test_a_bracket_after_the_province_is_still_its_own():
    text = "Năm 2022, Điện Biên xếp thứ 45/63. So với năm 2021, Sơn La (xếp thứ 52/63) đã tiến 9 bậc."
    got = triples(text, province="dien-bien", published=dt.date(2023, 7, 1))
    assert ("dien-bien", "dti_rank", 2021, 52.0) not in got
