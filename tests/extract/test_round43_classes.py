"""Issue 10, in our own sentences: the classes of session 24 (recurring misses over rounds 9-42, then those of round
43 and three of round 44, each scored unread first), and the rules of 1.26 that answer them."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import triples

MID_2024 = dt.date(2024, 7, 15)
EARLY_2022 = dt.date(2022, 1, 12)
LATE_2025 = dt.date(2025, 12, 20)

# ---- a rank reached by a move ("giảm 9 bậc, xuống thứ 31") in an article about one index (cues.yml rank_moves)


def test_a_rank_reached_by_a_fall_under_a_heading_ranks_the_articles_index():
    text = (
        "DTI 2023: ai lên, ai xuống\n\n"
        "Bảng xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023 có nhiều thay đổi. Tỉnh Nam Định xếp thứ 8 với "
        "giá trị DTI 0,5912.\n\n"
        "Những tỉnh đi xuống\n\n"
        "Trái lại, Phú Yên giảm 9 bậc, xuống thứ 31. Tỉnh Sóc Trăng, từ thứ 18 năm 2022, rơi xuống thứ 40."
    )
    got = triples(text, province=None, published=MID_2024)
    assert ("phu-yen", "dti_rank", 2023, 31.0) in got
    assert ("soc-trang", "dti_rank", 2023, 40.0) in got
    assert ("soc-trang", "dti_rank", 2022, 18.0) in got


def test_a_rank_reached_by_a_climb_ranks_the_articles_index():
    text = (
        "Chỉ số DTI 2023 của khu vực Tây Nam Bộ\n\n"
        "Kiên Giang năm 2023 xếp thứ 35 trong bảng xếp hạng Chỉ số chuyển đổi số (DTI).\n\n"
        "Các tỉnh lân cận\n\n"
        "Hậu Giang, tỉnh láng giềng, năm 2023 vươn lên thứ 19."
    )
    got = triples(text, province="kien-giang", published=MID_2024)
    assert ("hau-giang", "dti_rank", 2023, 19.0) in got


def test_a_move_without_any_index_in_the_article_binds_nothing():
    text = (
        "Giải bóng đá thiếu niên toàn tỉnh năm 2023\n\n"
        "Sau lượt trận thứ ba, đội Phú Yên giảm 2 bậc, xuống thứ 5 trên bảng điểm."
    )
    assert triples(text, province=None, published=MID_2024) == set()


# ---- an index named as a label before a colon is no measure of the share after it (binding._RANKING_INDEX)


def test_an_index_label_before_a_colon_leaves_the_share_to_the_phrasing_after_it():
    text = (
        "Năm 2021, tỉnh Cao Bằng đẩy mạnh chuyển đổi số trên cả ba trụ cột.\n"
        "Hạ tầng số được chú trọng đầu tư: 96,3% thôn, xóm đã có sóng 3G/4G; tỷ lệ hộ gia đình dùng cáp quang đạt 61%."
    )
    got = triples(text, province="cao-bang", published=EARLY_2022)
    assert ("cao-bang", "mobile_coverage_rate", 2021, 96.3) in got
    assert ("cao-bang", "fixed_broadband_household_rate", 2021, 61.0) in got


def test_a_lettered_item_labelled_with_an_index():
    text = (
        "Kết quả chuyển đổi số năm 2021 của tỉnh Cao Bằng như sau:\n"
        "a) Hạ tầng số: 95,1% xóm, tổ dân phố có sóng điện thoại di động, còn 60 xóm chưa có sóng."
    )
    got = triples(text, province="cao-bang", published=EARLY_2022)
    assert ("cao-bang", "mobile_coverage_rate", 2021, 95.1) in got


def test_a_share_labelled_with_its_own_measure_keeps_it():
    text = "Kết quả năm 2021 của tỉnh Cao Bằng:\n- Tỷ lệ hồ sơ xử lý trực tuyến: 23,4%, tăng so với năm 2020."
    got = triples(text, province="cao-bang", published=EARLY_2022)
    assert ("cao-bang", "online_dossier_rate", 2021, 23.4) in got


def test_a_count_measure_before_a_colon_does_not_hand_a_survey_share_forward():
    text = (
        "Năm 2023, doanh nghiệp tỉnh Cao Bằng đánh giá tốt hơn về giải quyết thủ tục hành chính: 64% doanh nghiệp "
        "cho biết đã dùng dịch vụ công trực tuyến."
    )
    got = triples(text, province="cao-bang", published=dt.date(2024, 3, 1))
    assert not {f for f in got if f[3] == 64.0}


# ---- a score fronted in its clause after a lead-in, or in points with no noun (binding.value_fronted)


def test_a_score_fronted_after_a_lead_in_is_the_index_named_after_the_comma():
    text = (
        "Theo kết quả Bộ vừa công bố, với giá trị 0,5718, Chỉ số chuyển đổi số (DTI) năm 2024 của tỉnh Tây Ninh "
        "xếp thứ 12 trên 34 tỉnh, thành phố."
    )
    got = triples(text, province="tay-ninh", published=dt.date(2025, 9, 20))
    assert ("tay-ninh", "dti_score", 2024, 0.5718) in got
    assert ("tay-ninh", "dti_rank", 2024, 12.0) in got


def test_a_score_fronted_in_points():
    text = "Với 0,6021 điểm, Chỉ số DTI 2023 của tỉnh Tây Ninh xếp hạng 11 toàn quốc."
    got = triples(text, province="tay-ninh", published=MID_2024)
    assert ("tay-ninh", "dti_score", 2023, 0.6021) in got


def test_a_bare_number_after_with_is_no_fronted_score():
    # ("với 12 xã" counts communes, not a score, though a comma and an index follow)
    text = "Với 12 xã còn lõm sóng, Chỉ số DTI 2023 của tỉnh Tây Ninh xếp thứ 11/63."
    got = triples(text, province="tay-ninh", published=MID_2024)
    assert not {f for f in got if f[3] == 12.0}
    assert ("tay-ninh", "dti_rank", 2023, 11.0) in got


# ---- a lead-in that orders its bullets' values by year (extractor._year_columns, _by_year_columns)


def test_slash_columns_of_years_date_each_value_of_a_bullet():
    text = (
        "Kết quả chuyển đổi số của tỉnh Hưng Yên qua ba năm.\n"
        "Một số chỉ tiêu chính (theo thứ tự năm 2021 / 2022 / 2023):\n"
        "- Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến: 21,4% / 40,2% / 63,5%.\n"
        "- Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI): thứ 30 / thứ 19 / thứ 9 (trên 63 tỉnh, thành phố)."
    )
    got = triples(text, province="hung-yen", published=MID_2024)
    assert {f for f in got if f[1] == "online_dossier_rate"} == {
        ("hung-yen", "online_dossier_rate", 2021, 21.4),
        ("hung-yen", "online_dossier_rate", 2022, 40.2),
        ("hung-yen", "online_dossier_rate", 2023, 63.5),
    }
    assert {f for f in got if f[1] == "dti_rank"} == {
        ("hung-yen", "dti_rank", 2021, 30.0),
        ("hung-yen", "dti_rank", 2022, 19.0),
        ("hung-yen", "dti_rank", 2023, 9.0),
    }


def test_dash_columns_of_years_date_each_value_of_a_bullet():
    text = (
        "Sơ kết Nghị quyết về chuyển đổi số của tỉnh Hưng Yên.\n"
        "Kết quả nổi bật (số liệu các năm 2022 – 2023 – 2024):\n"
        "- Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang: 70,2% – 78,4% – 85,9%."
    )
    got = triples(text, province="hung-yen", published=dt.date(2025, 3, 5))
    assert {f for f in got if f[1] == "fixed_broadband_household_rate"} == {
        ("hung-yen", "fixed_broadband_household_rate", 2022, 70.2),
        ("hung-yen", "fixed_broadband_household_rate", 2023, 78.4),
        ("hung-yen", "fixed_broadband_household_rate", 2024, 85.9),
    }


def test_a_span_of_two_years_orders_no_columns():
    text = (
        "Kết quả giai đoạn 2021 – 2025 của tỉnh Hưng Yên:\n"
        "- Tỷ lệ hồ sơ xử lý trực tuyến năm 2024: 60,1% / 72,3% / 80,5% ở các cấp tỉnh, huyện, xã."
    )
    got = triples(text, province="hung-yen", published=dt.date(2025, 3, 5))
    assert not {f for f in got if f[1] == "online_dossier_rate" and f[2] != 2024}


# ---- bullets under a lead-in of "chỉ tiêu" that give each result its verdict are results (extractor._PLAN_AND_RESULT)


def test_bullets_with_their_verdicts_under_an_indicators_lead_in_are_results():
    text = (
        "Tỉnh Hà Nam vừa tổng kết Kế hoạch chuyển đổi số năm 2025.\n\n"
        "Chi tiết một số chỉ tiêu:\n"
        "- Tỷ lệ hồ sơ thanh toán trực tuyến: 44,2% – đạt.\n"
        "- Tỷ lệ hồ sơ xử lý hoàn toàn trực tuyến: 58,1% (chỉ tiêu 65%) – không đạt."
    )
    got = triples(text, province="ninh-binh", published=dt.date(2026, 1, 10))
    assert ("ninh-binh", "online_payment_rate", 2025, 44.2) in got
    assert ("ninh-binh", "online_dossier_rate", 2025, 58.1) in got


def test_bullets_of_plans_under_a_targets_lead_in_stay_plans():
    text = (
        "Năm 2026, tỉnh Ninh Bình đặt ra các chỉ tiêu chuyển đổi số:\n"
        "- Tỷ lệ hồ sơ thanh toán trực tuyến: 60%.\n"
        "- Tỷ lệ hồ sơ xử lý hoàn toàn trực tuyến: 75%."
    )
    assert triples(text, province="ninh-binh", published=dt.date(2026, 1, 10)) == set()


# ---- a level of government ("cấp huyện đã ...") is no district speaking of itself (cues.py unit_self)


def test_the_district_level_acting_does_not_make_the_paragraph_a_districts():
    text = (
        "Năm 2019, tỉnh Phú Thọ đẩy mạnh ứng dụng công nghệ thông tin.\n"
        "Trong cơ quan nhà nước, 100% cơ quan cấp tỉnh, cấp huyện đã gửi, nhận văn bản điện tử; tỷ lệ văn bản đi "
        "được ký số đạt 68,2%."
    )
    got = triples(text, province="phu-tho", published=dt.date(2020, 1, 8))
    assert ("phu-tho", "e_document_signed_rate", 2019, 68.2) in got


def test_a_district_speaking_of_itself_still_does():
    text = (
        "Năm 2019, huyện Thanh Sơn đẩy mạnh ứng dụng công nghệ thông tin.\n"
        "Trong cơ quan nhà nước, 100% phòng, ban của huyện đã gửi, nhận văn bản điện tử; tỷ lệ văn bản đi "
        "được ký số đạt 68,2%."
    )
    got = triples(text, province="phu-tho", published=dt.date(2020, 1, 8))
    assert not {f for f in got if f[3] == 68.2}


# ---- a line that opens its own field does not go on about a district the line before placed something in
# (extractor._FIELD_OPENING)


def test_a_field_opening_line_is_not_about_the_district_of_the_line_before():
    text = (
        "Năm 2024, kinh tế tỉnh Bình Thuận tăng trưởng khá.\n"
        "Vùng trồng thanh long tại huyện Hàm Thuận Nam được mở rộng thêm 200 ha.\n"
        "Trong lĩnh vực chuyển đổi số, tỷ lệ hồ sơ được giải quyết trực tuyến đạt 58,3%; tỷ lệ thanh toán trực "
        "tuyến đạt 41,6%."
    )
    got = triples(text, province="binh-thuan", published=dt.date(2025, 1, 6))
    assert ("binh-thuan", "online_dossier_rate", 2024, 58.3) in got
    assert ("binh-thuan", "online_payment_rate", 2024, 41.6) in got


def test_a_line_going_on_about_the_district_still_does():
    text = (
        "Năm 2024, huyện Hàm Thuận Nam đẩy mạnh cải cách hành chính.\n"
        "Tỷ lệ hồ sơ được giải quyết trực tuyến của huyện đạt 58,3%.\n"
        "Tỷ lệ thanh toán trực tuyến đạt 41,6%."
    )
    got = triples(text, province="binh-thuan", published=dt.date(2025, 1, 6))
    assert not {f for f in got if f[3] in (58.3, 41.6)}


# ---- a bracket that opens with the plan holds the result of the measure before it (binding._ASIDE_OPENS); targets
# counted as missed, their field between ("hai chỉ tiêu chuyển đổi số chưa đạt gồm": targets._REVIEWED), review results


def test_a_plan_and_result_bracket_is_of_the_measure_before_it():
    text = (
        "Năm 2023, tỉnh Yên Bái còn hai chỉ tiêu chuyển đổi số chưa đạt gồm tỷ lệ hồ sơ thanh toán trực tuyến (kế "
        "hoạch 50%, thực hiện 41,3%), tỷ lệ hộ gia đình có kết nối cáp quang (kế hoạch 85%, thực hiện 78,2%)."
    )
    got = triples(text, province="yen-bai", published=dt.date(2024, 1, 9))
    assert got == {
        ("yen-bai", "online_payment_rate", 2023, 41.3),
        ("yen-bai", "fixed_broadband_household_rate", 2023, 78.2),
    }


def test_a_bracketed_share_fronting_its_measure_still_takes_the_measure_after_it():
    text = "So với năm 2022 (35,6%), tỷ lệ hồ sơ trực tuyến của tỉnh Yên Bái năm 2023 đã tăng lên 52,4%."
    got = triples(text, province="yen-bai", published=dt.date(2024, 1, 9))
    assert ("yen-bai", "online_dossier_rate", 2022, 35.6) in got
    assert ("yen-bai", "online_dossier_rate", 2023, 52.4) in got


# ---- two rates sharing the payment's words after the second (phrases.yml cashless_pension, _social_welfare); a list
# with a share named in its own words points back at no earlier list (lists.NEW_MEASURE)


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, tỷ lệ chi trả lương hưu và tỷ lệ chi trả trợ cấp an sinh xã hội không dùng tiền mặt trên địa bàn "
        "tỉnh Quảng Ngãi lần lượt đạt 77,3% và 64,8%.",
        # (the welfare first, the pensions second)
        "Năm 2025, tỷ lệ chi trả trợ cấp an sinh xã hội và tỷ lệ chi trả lương hưu qua tài khoản tại tỉnh Quảng Ngãi "
        "lần lượt đạt 64,8% và 77,3%.",
    ],
)
def test_pension_and_welfare_rates_sharing_their_payment_words(text):
    got = triples(text, province="quang-ngai", published=LATE_2025)
    assert ("quang-ngai", "cashless_pension_rate", 2025, 77.3) in got
    assert ("quang-ngai", "cashless_social_welfare_rate", 2025, 64.8) in got


def test_a_list_of_a_share_in_its_own_words_is_not_the_last_lists_items():
    text = (
        "Năm 2025, tỷ lệ chi trả lương hưu và trợ cấp an sinh xã hội không dùng tiền mặt của tỉnh Quảng Ngãi lần lượt "
        "đạt 77,3% và 64,8%. Tại hai bệnh viện tuyến tỉnh, tỷ lệ thu viện phí qua mã QR lần lượt đạt 52% và 66%."
    )
    got = triples(text, province="quang-ngai", published=LATE_2025)
    assert not {f for f in got if f[3] in (52.0, 66.0)}


def test_a_list_pointing_back_with_the_rates_word_still_does():
    text = (
        "Năm 2025, tỷ lệ chi trả lương hưu và trợ cấp an sinh xã hội không dùng tiền mặt của tỉnh Quảng Ngãi lần lượt "
        "đạt 77,3% và 64,8%. Tính đến hết quý I/2026, các tỷ lệ tương ứng là 80,1% và 68,9%."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2026, 4, 20))
    assert ("quang-ngai", "cashless_pension_rate", 2026, 80.1) in got
    assert ("quang-ngai", "cashless_social_welfare_rate", 2026, 68.9) in got


# ---- a bracket closed before a share is no clause break for it (binding._closed_before)


def test_a_share_after_a_closed_aside_reads_on_from_the_measure_before_it():
    text = (
        "Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và xử lý trực tuyến trên địa bàn tỉnh Hà Tĩnh (địa "
        "phương có nhiều xã miền núi) đạt 71,2%, tỷ lệ thanh toán trực tuyến đạt 48,5%."
    )
    got = triples(text, province="ha-tinh", published=dt.date(2025, 2, 1))
    assert got == {
        ("ha-tinh", "online_dossier_rate", 2024, 71.2),
        ("ha-tinh", "online_payment_rate", 2024, 48.5),
    }


# ---- a share whose head points back at its measure ("tỷ lệ này đã tăng lên ...") takes no phrasing after it


def test_a_pointed_back_share_is_not_the_measure_named_after_it():
    text = (
        "Năm 2023, tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến của tỉnh Quảng Trị đạt 30,1%. Sáu tháng đầu năm "
        "2024, tỷ lệ này đã tăng lên 44,6%, tỷ lệ thanh toán trực tuyến đạt 37,9%."
    )
    got = triples(text, province="quang-tri", published=dt.date(2024, 8, 1))
    assert ("quang-tri", "online_payment_rate", 2024, 37.9) in got
    assert ("quang-tri", "online_payment_rate", 2024, 44.6) not in got


# ---- (round 44, after it was scored unread) a fronted score after a digest item's label (binding.value_fronted)


def test_a_score_fronted_after_a_digest_items_label():
    text = "Tây Ninh: Với giá trị 0,5027, DTI 2022 của tỉnh xếp thứ 20, tăng 6 bậc so với năm trước."
    got = triples(text, province="tay-ninh", published=dt.date(2023, 7, 1))
    assert ("tay-ninh", "dti_score", 2022, 0.5027) in got
    assert ("tay-ninh", "dti_rank", 2022, 20.0) in got


# ---- (round 44) the year of a clause set against what follows ("Nếu năm 2020 ..., thì nay ...") dates that clause
# only (period_rules._IF_CLAUSE)


def test_the_year_of_an_if_clause_does_not_date_the_present():
    text = (
        "Nếu năm 2021 tỷ lệ hộ gia đình có cáp quang của tỉnh Bạc Liêu mới là 41%, thì nay đã lên 69,4%; tỷ lệ người "
        "dùng Internet đạt 78,2%."
    )
    got = triples(text, province="bac-lieu", published=dt.date(2024, 10, 10))
    assert ("bac-lieu", "fixed_broadband_household_rate", 2021, 41.0) in got
    assert ("bac-lieu", "fixed_broadband_household_rate", 2024, 69.4) in got
    assert ("bac-lieu", "internet_user_rate", 2024, 78.2) in got


# ---- (round 44) the digitised-results share by its full name in a list of measures (phrases.yml dossier_digitization)


def test_a_list_naming_the_digitised_results_share_in_full_pairs_every_value():
    text = (
        "Năm 2023, tỷ lệ hồ sơ trực tuyến, tỷ lệ thanh toán trực tuyến và tỷ lệ số hóa kết quả giải quyết thủ tục hành "
        "chính của tỉnh Hậu Giang lần lượt đạt 58,2%, 33,5% và 70,4%."
    )
    got = triples(text, province="hau-giang", published=dt.date(2024, 1, 10))
    assert got == {
        ("hau-giang", "online_dossier_rate", 2023, 58.2),
        ("hau-giang", "online_payment_rate", 2023, 33.5),
        ("hau-giang", "dossier_digitization_rate", 2023, 70.4),
    }
