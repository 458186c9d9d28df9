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


# ==== round 55 (scored unread on 1.34) and the rules of 1.35 ====

# ---- "năm trước" in a paragraph with no year of its own: a ranking's counts back from its edition (rule relative-year)


def test_last_year_of_a_pillar_counts_back_from_the_edition_reported():
    text = (
        "Theo kết quả DTI năm 2022 vừa công bố, tỉnh Quảng Bình xếp thứ 27/63.\n"
        "Chính quyền số, kinh tế số và xã hội số của tỉnh lần lượt xếp thứ 20, 35 và 30. Riêng trụ cột kinh tế số, "
        "năm trước chỉ ở vị trí 52."
    )
    got = triples(text, province="quang-binh", published=dt.date(2023, 8, 2))
    assert ("quang-binh", "dti_digital_economy_rank", 2021, 52.0) in got
    assert ("quang-binh", "dti_digital_economy_rank", 2022, 52.0) not in got


def test_last_year_of_a_statistic_still_counts_back_from_the_time_of_writing():
    text = (
        "Theo bảng xếp hạng DTI gần nhất, tỉnh Quảng Bình đứng thứ 27/63.\n"
        "Năm trước, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh mới đạt 31,4%."
    )
    got = triples(text, province="quang-binh", published=dt.date(2024, 3, 20))
    assert ("quang-binh", "online_dossier_rate", 2023, 31.4) in got


# ---- a count moved "từ X <noun> năm A lên Y <noun> năm B": each count takes the year after its noun
# (rule moved-count-year)


def test_each_end_of_a_counts_movement_takes_the_year_after_its_noun():
    text = (
        "Số doanh nghiệp công nghệ số của tỉnh Hưng Yên tăng từ 318 doanh nghiệp năm 2021 lên 455 doanh nghiệp "
        "năm 2024."
    )
    got = triples(text, province="hung-yen", published=dt.date(2025, 3, 1))
    assert ("hung-yen", "digital_enterprise_count", 2021, 318.0) in got
    assert ("hung-yen", "digital_enterprise_count", 2024, 455.0) in got


def test_a_linking_word_before_the_next_year_does_not_take_it():
    text = (
        "Năm 2022, tỷ trọng kinh tế số của tỉnh Hưng Yên đạt 11,2%, năm 2023 tăng lên 12,6% và đến năm 2024 ước "
        "đạt 13,9%."
    )
    got = triples(text, province="hung-yen", published=dt.date(2025, 3, 1))
    assert ("hung-yen", "digital_economy_grdp_share", 2023, 12.6) in got
    assert ("hung-yen", "digital_economy_grdp_share", 2024, 13.9) in got


# ---- "hồ sơ ... trực tuyến toàn trình" is a dossiers' rate, not the services' (phrases.yml)


def test_dossiers_handled_online_end_to_end_are_the_dossier_rate():
    text = (
        "Trong 9 tháng năm 2025, tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến toàn trình cao nhất thuộc về Đồng "
        "Nai (81,6%), kế đến là Tây Ninh (79,2%)."
    )
    got = triples(text, province="dong-nai", published=dt.date(2025, 10, 20))
    assert ("dong-nai", "online_dossier_rate", 2025, 81.6) in got
    assert ("tay-ninh", "online_dossier_rate", 2025, 79.2) in got
    assert not any(t[1] == "online_public_service_full_rate" for t in got)


def test_services_provided_online_end_to_end_stay_the_services_rate():
    text = "Năm 2025, tỉnh Đồng Nai có 72,4% thủ tục hành chính được cung cấp trực tuyến toàn trình."
    got = triples(text, province="dong-nai", published=dt.date(2025, 10, 20))
    assert ("dong-nai", "online_public_service_full_rate", 2025, 72.4) in got


# ---- a January review's "năm qua" outside the catalog dates the later paragraphs' statistics (rule report-year)


def test_a_january_reviews_past_year_reaches_the_next_paragraph():
    text = (
        "Theo Cục Thống kê tỉnh, năm qua kinh tế tỉnh Sóc Trăng tăng trưởng 3,2%, thu ngân sách đạt 6.100 tỷ đồng.\n"
        "Ở lĩnh vực số, tỷ lệ người dân sử dụng Internet của tỉnh đã đạt 71,3%."
    )
    got = triples(text, province="soc-trang", published=dt.date(2022, 1, 14))
    assert ("soc-trang", "internet_user_rate", 2021, 71.3) in got


# ---- a DTI value "vừa được công bố" with no year is of the edition out that day (rule named-latest)


def test_a_ranking_just_announced_is_the_edition_out_that_day():
    text = (
        "Theo bảng xếp hạng chuyển đổi số cấp tỉnh vừa được Bộ Khoa học và Công nghệ công bố, tỉnh Gia Lai đạt "
        "0,5874.\nỞ kỳ DTI 2023, Gia Lai cũ xếp thứ 41/63."
    )
    got = triples(text, province="gia-lai", published=dt.date(2025, 11, 2))
    assert ("gia-lai", "dti_score", 2024, 0.5874) in got
