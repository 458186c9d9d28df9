"""Issue 10, in our own sentences: the classes of session 26 (round 47's lists left over, then round 48's and round
49's, each scored unread first) and the rules of 1.28 and 1.29 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

MID_2024 = dt.date(2024, 6, 20)

# ---- a rank in brackets after each value of a list (rule bracketed-rank-in-list)


def test_each_listed_value_keeps_the_rank_in_brackets_after_it():
    text = (
        "Ở nhóm cuối vùng Tây Nguyên, DTI 2023 của Kon Tum và Đắk Nông lần lượt là 0,4610 (thứ 55/63) và "
        "0,4702 (thứ 52/63)."
    )
    got = triples(text, province="gia-lai", published=MID_2024)
    assert ("kon-tum", "dti_score", 2023, 0.461) in got
    assert ("kon-tum", "dti_rank", 2023, 55.0) in got
    assert ("dak-nong", "dti_score", 2023, 0.4702) in got
    assert ("dak-nong", "dti_rank", 2023, 52.0) in got


def test_a_bracketed_rank_with_its_verb_and_points_after_the_value():
    text = (
        "Năm 2023, chỉ số DTI của Sơn La, Điện Biên và Lai Châu tương ứng đạt 0,4133 điểm (xếp thứ 58), "
        "0,4020 điểm (xếp thứ 60) và 0,3911 điểm (xếp thứ 62)."
    )
    got = triples(text, province="son-la", published=MID_2024)
    assert {("son-la", 58.0), ("dien-bien", 60.0), ("lai-chau", 62.0)} <= {
        (t[0], t[3]) for t in got if t[1] == "dti_rank"
    }
    assert ("lai-chau", "dti_score", 2023, 0.3911) in got


def test_a_bracketed_move_is_no_rank_of_the_item():
    # (places moved, "(tăng 5 bậc)", are no place: only a bracket that ranks, "(thứ 12)", is the item's rank)
    text = "Năm 2023, DTI của Hà Nam và Nam Định lần lượt đạt 0,6120 (tăng 5 bậc) và 0,5870 (giảm 2 bậc)."
    got = triples(text, province="ha-nam", published=MID_2024)
    assert not any(t[1] == "dti_rank" for t in got)


# ---- a list of ranks that goes on in words after one in digits (rule ordinal-after-digit-rank)


def test_a_rank_in_words_after_one_in_digits_is_the_next_item_of_the_list():
    text = "Năm 2023, DTI của tỉnh xếp thứ 14/63, còn Quảng Ninh và Đà Nẵng lần lượt đứng thứ 2 và thứ nhất."
    got = triples(text, province="hai-duong", published=MID_2024)
    assert ("quang-ninh", "dti_rank", 2023, 2.0) in got
    assert ("da-nang", "dti_rank", 2023, 1.0) in got
    assert ("hai-duong", "dti_rank", 2023, 14.0) in got


def test_a_weekday_after_a_rank_in_digits_is_no_rank():
    text = "Năm 2023, DTI của tỉnh xếp thứ 14/63, thứ hai tuần sau Sở sẽ họp rút kinh nghiệm."
    got = triples(text, province="hai-duong", published=MID_2024)
    assert [t for t in got if t[1] == "dti_rank"] == [("hai-duong", "dti_rank", 2023, 14.0)]


# ---- values first, then the items a list word names after them (rule values-then-items)


def test_values_before_the_list_word_take_the_items_named_after_it():
    text = (
        "DTI 2023 cho thấy trụ cột chính quyền số của tỉnh xếp thứ 9; hai trụ cột còn lại đứng thứ 27 và 16, "
        "tương ứng với kinh tế số và xã hội số."
    )
    got = triples(text, province="binh-dinh", published=MID_2024)
    assert ("binh-dinh", "dti_digital_economy_rank", 2023, 27.0) in got
    assert ("binh-dinh", "dti_digital_society_rank", 2023, 16.0) in got
    assert ("binh-dinh", "dti_digital_government_rank", 2023, 9.0) in got
    assert ("binh-dinh", "dti_digital_government_rank", 2023, 27.0) not in got


def test_more_values_than_items_named_after_the_list_word_pair_nothing():
    text = (
        "Năm 2023, các chỉ số thành phần của tỉnh xếp thứ 27, 16 và 30, tương ứng với kinh tế số và xã hội số."
    )
    got = triples(text, province="binh-dinh", published=MID_2024)
    assert ("binh-dinh", "dti_digital_economy_rank", 2023, 27.0) not in got
    assert ("binh-dinh", "dti_digital_society_rank", 2023, 16.0) not in got


# ---- a year that belongs to another value of the sentence (round 48's largest class)


def test_a_bracket_opened_by_a_year_dates_its_own_value_only():
    # (rules bracketed-year-value; the value before the bracket keeps the article's year)
    text = "Đến cuối năm, 91,5% thôn, bản của tỉnh đã có hạ tầng cáp quang (năm 2023: 86,2%)."
    got = triples(text, province="yen-bai", published=dt.date(2024, 12, 26))
    assert ("yen-bai", "fiber_village_coverage_rate", 2024, 91.5) in got
    assert ("yen-bai", "fiber_village_coverage_rate", 2023, 86.2) in got
    assert ("yen-bai", "fiber_village_coverage_rate", 2023, 91.5) not in got


def test_every_value_of_such_a_bracket_takes_its_year():
    text = (
        "Năm 2023, DTI của tỉnh Hòa Bình đạt 0,4410 điểm, xếp thứ 47/63 tỉnh, thành phố (năm 2022: 0,3904 điểm, "
        "thứ 52)."
    )
    got = triples(text, province="hoa-binh", published=MID_2024)
    assert ("hoa-binh", "dti_score", 2022, 0.3904) in got
    assert ("hoa-binh", "dti_rank", 2022, 52.0) in got
    assert ("hoa-binh", "dti_rank", 2023, 47.0) in got


def test_a_bracket_that_states_its_years_value_with_a_verb():
    text = "Chi trả trợ cấp an sinh xã hội không dùng tiền mặt của tỉnh đạt 95,2% (cuối năm 2024 đạt 90,7%)."
    got = triples(text, province="ninh-binh", published=dt.date(2025, 4, 10))
    assert ("ninh-binh", "cashless_social_welfare_rate", 2025, 95.2) in got
    assert ("ninh-binh", "cashless_social_welfare_rate", 2024, 90.7) in got


def test_a_year_in_words_after_a_compared_value_is_that_values():
    text = (
        "Năm 2022, hạ tầng số của tỉnh Bình Thuận tiếp tục được nâng cấp. Tỷ lệ hộ gia đình có kết nối Internet "
        "cáp quang đạt 77,4%, cao hơn hẳn mức 71% của năm trước đó."
    )
    got = triples(text, province="binh-thuan", published=dt.date(2023, 3, 2))
    assert ("binh-thuan", "fixed_broadband_household_rate", 2022, 77.4) in got
    assert ("binh-thuan", "fixed_broadband_household_rate", 2021, 71.0) in got


def test_a_year_heading_a_later_clause_dates_that_clause_only():
    text = (
        "Đến cuối năm 2022, tỉnh Cao Bằng còn 95 thôn chưa có sóng. Theo Sở Thông tin và Truyền thông, tỷ lệ thôn, "
        "xóm có cáp quang đạt 81,4%; năm 2021, tỷ lệ này là 74,9%."
    )
    got = triples(text, province="cao-bang", published=dt.date(2023, 1, 12))
    assert ("cao-bang", "fiber_village_coverage_rate", 2022, 81.4) in got
    assert ("cao-bang", "fiber_village_coverage_rate", 2021, 74.9) in got
    assert ("cao-bang", "fiber_village_coverage_rate", 2021, 81.4) not in got


def test_a_comparison_with_the_end_of_a_year_dates_the_bracket_after_it():
    text = (
        "Tỷ lệ công dân từ 14 tuổi trở lên của tỉnh có tài khoản định danh điện tử mức độ 2 đạt 82,3%, tăng 9,1 "
        "điểm phần trăm so với thời điểm cuối năm 2023 (73,2%)."
    )
    got = triples(text, province="bac-kan", published=dt.date(2024, 7, 15))
    assert ("bac-kan", "eid_account_rate", 2024, 82.3) in got
    assert ("bac-kan", "eid_account_rate", 2023, 73.2) in got


def test_two_places_joined_by_or_are_neither_value():
    # (rule either-or: "thứ 6 hoặc thứ 7" says the province is near the top, not where)
    text = "Nhiều năm qua, tỉnh Bắc Ninh luôn giữ vị trí thứ 6 hoặc thứ 7 trên bảng xếp hạng ICT Index."
    got = triples(text, province="bac-ninh", published=dt.date(2019, 5, 2))
    assert not any(t[1] == "ict_index_rank" for t in got)


# ---- the opening year of a January review after a dateline (rule opening-year)


def test_a_january_review_opened_after_a_dateline_is_of_the_year_before():
    text = (
        "Hạ tầng số vươn tới vùng cao\n\n"
        "(Hà Giang) - Năm 2024, các doanh nghiệp viễn thông tiếp tục mở rộng mạng lưới trên địa bàn tỉnh.\n\n"
        "Theo báo cáo tổng kết của Sở, tỷ lệ người dân sử dụng điện thoại thông minh đạt 74,8%."
    )
    got = triples(text, province="ha-giang", published=dt.date(2025, 1, 14))
    assert ("ha-giang", "smartphone_user_rate", 2024, 74.8) in got


# ---- fibre reaching the villages, the cable as the subject (phrases.yml)


def test_the_cable_reaching_a_share_of_villages_is_their_coverage():
    text = "Năm 2024, hạ tầng cáp quang đã được kéo đến 95,6% buôn, làng trên địa bàn tỉnh Đắk Nông."
    got = triples(text, province="dak-nong", published=dt.date(2025, 1, 20))
    assert ("dak-nong", "fiber_village_coverage_rate", 2024, 95.6) in got


def test_the_cable_reaching_the_communes_centres_is_no_village_coverage():
    text = "Năm 2024, hạ tầng cáp quang đã được kéo tới 100% trung tâm xã của tỉnh Đắk Nông."
    got = triples(text, province="dak-nong", published=dt.date(2025, 1, 20))
    assert not any(t[1] == "fiber_village_coverage_rate" for t in got)


def test_villages_with_a_local_name_have_fibre_too():
    text = "Năm 2024, 92,4% thôn, buôn, plei của tỉnh Kon Tum đã có cáp quang."
    got = triples(text, province="kon-tum", published=dt.date(2025, 1, 20))
    assert ("kon-tum", "fiber_village_coverage_rate", 2024, 92.4) in got


# ---- the police's own figures in Project 06 reports (cues.yml: set_apart_units, scope_subjects)


_POLICE_LEAD = "Năm 2024, tỉnh Thái Nguyên đẩy mạnh triển khai Đề án 06. "


def test_the_police_set_apart_report_their_own_figure():
    text = _POLICE_LEAD + "Riêng Công an tỉnh đã tiếp nhận 215.000 hồ sơ trực tuyến, tỷ lệ hồ sơ trực tuyến đạt 99,5%."
    got = triples(text, province="thai-nguyen", published=dt.date(2024, 12, 20))
    assert not any(t[1] == "online_dossier_rate" for t in got)


def test_the_procedures_of_the_police_are_theirs():
    text = (
        _POLICE_LEAD + "Đối với các thủ tục thuộc thẩm quyền của Công an tỉnh, 100% thủ tục đủ điều kiện đã được "
        "cung cấp trực tuyến toàn trình."
    )
    got = triples(text, province="thai-nguyen", published=dt.date(2024, 12, 20))
    assert not any(t[1] == "online_public_service_full_rate" for t in got)


def test_a_figure_the_police_report_for_the_province_stays_the_provinces():
    text = _POLICE_LEAD + "Theo Công an tỉnh, đến nay 88,1% người dân từ 14 tuổi trở lên có tài khoản định danh."
    got = triples(text, province="thai-nguyen", published=dt.date(2024, 12, 20))
    assert ("thai-nguyen", "eid_account_rate", 2024, 88.1) in got


# ---- a sentence framed by the district level (rule level-frame, in lower-level-unit)


def test_under_the_district_level_frame_the_leaders_score_is_the_districts():
    text = (
        "Năm 2023, DTI của tỉnh Thừa Thiên Huế xếp thứ 6/63. Ở cấp huyện, thành phố Huế một lần nữa đứng đầu về "
        "chuyển đổi số với 0,6980 điểm."
    )
    got = triples(text, province="thua-thien-hue", published=MID_2024)
    assert ("thua-thien-hue", "dti_score", 2023, 0.698) not in got
    assert ("thua-thien-hue", "dti_rank", 2023, 6.0) in got


def test_under_the_districts_frame_a_district_named_before_the_index_is_the_subject():
    text = (
        "Năm 2023, Đà Nẵng dẫn đầu cả nước về DTI. Ở cấp quận, huyện, quận Sơn Trà tiếp tục dẫn đầu Bộ chỉ số DTI "
        "của thành phố với 0,7790 điểm."
    )
    got = triples(text, province="da-nang", published=MID_2024)
    assert ("da-nang", "dti_score", 2023, 0.779) not in got


def test_under_the_provincial_level_frame_the_value_is_the_provinces():
    text = "Năm 2023, ở cấp tỉnh, Quảng Nam đạt 0,5512 điểm về chỉ số chuyển đổi số."
    got = triples(text, province="quang-nam", published=MID_2024)
    assert ("quang-nam", "dti_score", 2023, 0.5512) in got


# ---- the city heading its sentence in an article about one of its districts (rule province-has)


def test_the_city_as_the_one_that_has_it_in_a_districts_article():
    text = (
        "Quận Hải An: hơn 95% người hưởng chính sách nhận trợ cấp qua tài khoản\n\n"
        "Năm 2024, quận Hải An đã chi trả trợ cấp qua tài khoản cho 95,3% người hưởng chính sách.\n\n"
        "Thành phố hiện có khoảng 1.250.000 người từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng."
    )
    got = triples(text, province="hai-phong", published=dt.date(2024, 12, 20))
    assert ("hai-phong", "bank_account_adult_count", 2024, 1250000.0) in got


# ---- round 49's classes (scored unread on 1.28 first): the rules of 1.29


def test_a_year_back_after_a_contrast_dates_only_what_follows_it():
    # (rule contrast-year, for a year in words: "trong khi một năm trước ..." dates 49, not the edition's values)
    text = (
        "Kết quả DTI năm 2023 vừa được công bố. Tổng điểm của tỉnh Cao Bằng đạt 0,4021, xếp thứ 59/63, trong khi một "
        "năm trước địa phương này còn đứng ở vị trí 51.\n\nChỉ số nhận thức số của tỉnh vẫn đạt 0,8120."
    )
    got = triples(text, province="cao-bang", published=dt.date(2024, 10, 2))
    assert ("cao-bang", "dti_score", 2023, 0.4021) in got
    assert ("cao-bang", "dti_rank", 2023, 59.0) in got
    assert ("cao-bang", "dti_rank", 2022, 51.0) in got
    assert ("cao-bang", "dti_awareness_score", 2023, 0.812) in got


def test_a_dti_rank_of_a_year_before_the_dti_is_the_ict_index_rank():
    # (rule index-era: the DTI's first assessment was 2019's, a pilot)
    text = (
        "Trước khi có DTI, Lai Châu nhiều năm đứng cuối bảng xếp hạng Vietnam ICT Index. Năm 2016, chỉ số chuyển "
        "đổi số của tỉnh xếp thứ 61/63."
    )
    got = triples(text, province="lai-chau", published=dt.date(2021, 5, 4))
    assert ("lai-chau", "ict_index_rank", 2016, 61.0) in got
    assert not any(t[1].startswith("dti_") and t[2] < 2019 for t in got)


def test_what_a_condition_says_could_be_is_no_fact():
    # (rule if-would)
    text = (
        "Năm 2023, DTI của tỉnh Bình Phước đạt 0,4980, xếp thứ 45/63. Theo một chuyên gia, nếu giữ được tốc độ tăng "
        "như hiện nay, DTI năm sau của tỉnh có thể đạt 0,55."
    )
    got = triples(text, province="binh-phuoc", published=MID_2024)
    assert ("binh-phuoc", "dti_score", 2023, 0.498) in got
    assert not any(t[3] == 0.55 for t in got)


def test_a_condition_without_a_modal_states_a_fact():
    text = "Nếu tính theo 63 tỉnh, thành phố như trước khi sắp xếp, năm 2023 Bình Phước xếp thứ 45 về DTI."
    got = triples(text, province="binh-phuoc", published=MID_2024)
    assert ("binh-phuoc", "dti_rank", 2023, 45.0) in got


def test_the_same_period_last_year_after_a_comma_dates_only_its_value():
    text = "Tỷ lệ hồ sơ trực tuyến của tỉnh 6 tháng ước đạt 71,4%, cùng kỳ năm trước là 63,2%."
    got = triples(text, province="gia-lai", published=dt.date(2026, 7, 10))
    assert ("gia-lai", "online_dossier_rate", 2026, 71.4) in got
    assert ("gia-lai", "online_dossier_rate", 2025, 71.4) not in got


def test_a_comparison_with_the_whole_year_before_dates_no_paragraph():
    text = (
        "Đến ngày 30/6/2023, tỷ lệ hồ sơ trực tuyến của tỉnh Nam Định đạt 44,1%, tăng mạnh so với cả năm 2022 "
        "(27,5%). Tỷ lệ hồ sơ thanh toán trực tuyến đạt 29,3%."
    )
    got = triples(text, province="nam-dinh", published=dt.date(2023, 7, 12))
    assert ("nam-dinh", "online_payment_rate", 2023, 29.3) in got
    assert ("nam-dinh", "online_dossier_rate", 2022, 27.5) in got


def test_a_compared_value_of_the_whole_year_before_in_words_is_that_years():
    text = (
        "Quý I/2024, tỷ lệ hồ sơ trực tuyến của Thành phố đạt 66,1%, cao hơn mức 60,2% của cả năm ngoái; tỷ lệ "
        "thanh toán trực tuyến đạt 44,8%."
    )
    got = triples(text, province="ha-noi", published=dt.date(2024, 4, 8))
    assert ("ha-noi", "online_dossier_rate", 2024, 66.1) in got
    assert ("ha-noi", "online_payment_rate", 2024, 44.8) in got


def test_the_platforms_named_before_in_the_paragraph_are_the_transactions_context():
    text = (
        "Năm 2024, tỉnh Phú Thọ có 2.340 sản phẩm được bán trên các sàn Postmart, Voso. Số giao dịch thành công đạt "
        "45.120, đứng thứ 6 toàn quốc."
    )
    got = triples(text, province="phu-tho", published=dt.date(2025, 1, 15))
    assert ("phu-tho", "ecommerce_transaction_count", 2024, 45120.0) in got
    assert ("phu-tho", "ecommerce_transaction_rank", 2024, 6.0) in got


def test_bank_transactions_without_the_platforms_are_no_ecommerce():
    text = "Năm 2024, số giao dịch qua ngân hàng số của người dân tỉnh Phú Thọ đạt 3,2 triệu lượt."
    got = triples(text, province="phu-tho", published=dt.date(2025, 1, 15))
    assert not any(t[1].startswith("ecommerce") for t in got)


def test_round_the_clock_is_no_share():
    text = (
        "Năm 2025, tỉnh có 1.820 thủ tục hành chính được cung cấp trực tuyến. Trợ lý ảo trả lời thủ tục hành chính "
        "cho người dân 24/7."
    )
    got = triples(text, province="ninh-binh", published=dt.date(2025, 12, 30))
    assert ("ninh-binh", "admin_procedure_count", 2025, 24.0) not in got
