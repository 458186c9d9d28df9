"""Issue 10, in our own sentences: the classes left after round 65 and round 66's misses (scored unread on 1.45
first), and the rules of 1.46 that answer them; at the end, the first rules of 1.47 (read again over older rounds'
misses, before round 67 was read)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import facts_of, triples

# ---- a table of one province's pillars with a year per column (tables.py: table-of-a-series)


def test_a_pillar_table_with_a_year_per_column():
    text = (
        "Kết quả của Hà Tĩnh qua hai kỳ đánh giá như sau:\n\n"
        "Trụ cột | 2022 | 2023\n"
        "Chính quyền số | 0,4711 | 0,5302\n"
        "Kinh tế số | 0,2980 | 0,3456\n"
        "Chỉ số DTI | 0,4105 | 0,4620\n"
        "Xếp hạng | 33 | 27\n\n"
        "Tỉnh sẽ tập trung cải thiện kinh tế số."
    )
    got = triples(text, province="ha-tinh", published=dt.date(2024, 11, 2))
    assert {
        ("ha-tinh", "dti_digital_government_score", 2022, 0.4711),
        ("ha-tinh", "dti_digital_government_score", 2023, 0.5302),
        ("ha-tinh", "dti_digital_economy_score", 2023, 0.3456),
        ("ha-tinh", "dti_score", 2022, 0.4105),
        ("ha-tinh", "dti_rank", 2022, 33),
        ("ha-tinh", "dti_rank", 2023, 27),
    } <= got


# ---- a count's year in a bracket after its noun, at the start of a movement (years.py: moved-count-year)


def test_counts_each_with_a_bare_year_in_brackets_after_the_noun():
    text = (
        "Trên địa bàn Quảng Trị, số doanh nghiệp công nghệ số đã tăng từ 205 doanh nghiệp (2021) lên 248 (2022) "
        "và 290 doanh nghiệp (2023)."
    )
    got = triples(text, province="quang-tri", published=dt.date(2024, 3, 8))
    assert {
        ("quang-tri", "digital_enterprise_count", 2021, 205),
        ("quang-tri", "digital_enterprise_count", 2022, 248),
        ("quang-tri", "digital_enterprise_count", 2023, 290),
    } <= got
    assert ("quang-tri", "digital_enterprise_count", 2020, 205) not in got


# ---- "điện tử năm 2023" folds to "... tu nam 2023", which is no "từ năm" (periods.py: _HORIZON)


def test_a_year_after_dien_tu_dates_the_value():
    text = (
        "Năm 2024, kinh tế số của Nghệ An chiếm 9,8% GRDP. Tỷ lệ người dân có tài khoản định danh điện tử "
        "năm 2023 đạt 45,3%, đến cuối năm 2024 đạt 66,1%."
    )
    got = triples(text, province="nghe-an", published=dt.date(2025, 2, 11))
    assert ("nghe-an", "eid_account_rate", 2023, 45.3) in got
    assert ("nghe-an", "eid_account_rate", 2024, 45.3) not in got


def test_a_year_from_tu_still_starts_a_span():
    text = "Từ năm 2021 đến nay, tỷ lệ hồ sơ trực tuyến của Nghệ An đạt 72,4%."
    got = triples(text, province="nghe-an", published=dt.date(2024, 6, 11))
    assert ("nghe-an", "online_dossier_rate", 2021, 72.4) not in got


# ---- "dưới 3%" of the measure itself is its value, qualified "below"; of some communes or provinces, a bound
# (binding_rules.bound_not_value)


def test_below_a_share_of_the_province_itself_is_its_value():
    text = (
        "Năm 2021, tỷ lệ hồ sơ trực tuyến của Lai Châu đạt 14,2%; tỷ lệ hồ sơ được thanh toán trực tuyến còn rất "
        "thấp, dưới 3%."
    )
    got = facts_of(text, province="lai-chau", published=dt.date(2022, 1, 20))
    facts = {(f.indicator, f.period, f.value, f.qualifier) for f in got}
    assert ("online_payment_rate", 2021, 3, "below") in facts


def test_below_a_share_of_some_communes_or_of_many_provinces_is_a_bound():
    text = (
        "Năm 2024, tỷ lệ hồ sơ trực tuyến của Điện Biên đạt 61,5%, nhưng có xã tỷ lệ hồ sơ trực tuyến dưới 20%. "
        "Cả nước, nhiều tỉnh có tỷ lệ thanh toán trực tuyến dưới 30%; 12 tỉnh đạt dưới 0,30 điểm kinh tế số."
    )
    got = triples(text, province="dien-bien", published=dt.date(2025, 1, 20))
    assert ("dien-bien", "online_dossier_rate", 2024, 61.5) in got
    assert not {t for t in got if t[3] in (20, 30, 0.3)}


# ---- a value compared with, another place's and its year after it (years.py: _PLACE_OF_YEAR; subject_rules.py:
# province-after-value past "của tỉnh")


def test_a_higher_than_value_of_a_former_province_takes_its_year_and_province():
    text = (
        "Năm 2025, tỷ lệ hồ sơ trực tuyến của Đồng Tháp ước đạt 78,2%, cao hơn mức 64,9% của Tiền Giang cũ "
        "năm 2024."
    )
    got = triples(text, province="dong-thap", published=dt.date(2026, 1, 9))
    assert ("dong-thap", "online_dossier_rate", 2025, 78.2) in got
    assert ("tien-giang", "online_dossier_rate", 2024, 64.9) in got
    assert not {t for t in got if t[0] == "dong-thap" and t[3] == 64.9}


def test_a_value_of_tinh_and_a_name_is_that_provinces():
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến của Quảng Ngãi đạt 58,4%, thấp hơn mức 66,3% của tỉnh Bình Định."
    got = triples(text, province="quang-ngai", published=dt.date(2024, 2, 9))
    assert ("binh-dinh", "online_dossier_rate", 2023, 66.3) in got
    assert ("quang-ngai", "online_dossier_rate", 2023, 66.3) not in got


# ---- round 66 (People's Council sessions, merged provinces' pasts, hospitals and schools, border provinces, features)


def test_a_delegates_district_before_a_colon_does_not_own_the_provinces_rank():
    text = (
        "Đại biểu Trần Văn Hùng (đơn vị bầu cử huyện Đông Anh) phát biểu: năm 2022, Hà Nội xếp thứ 4/63 về chỉ số "
        "chuyển đổi số cấp tỉnh."
    )
    got = triples(text, province="ha-noi", published=dt.date(2023, 7, 5))
    assert ("ha-noi", "dti_rank", 2022, 4) in got


def test_a_rank_alone_paragraphs_after_the_dti_named_once_is_the_dtis():
    text = (
        "Năm 2025, tỷ lệ hồ sơ trực tuyến của Vĩnh Long đạt 70,2%; tỷ lệ thanh toán trực tuyến đạt 58%. Theo Chỉ số "
        "chuyển đổi số cấp tỉnh năm 2024, Vĩnh Long xếp thứ 15/34; kết quả năm 2025 sẽ công bố sau.\n\n"
        "Đại biểu nhắc lại rằng tỉnh Bến Tre (cũ) đã từ vị trí 40 năm 2021 vươn lên vị trí thứ 22 năm 2023."
    )
    got = triples(text, province="vinh-long", published=dt.date(2026, 6, 2))
    assert ("ben-tre", "dti_rank", 2021, 40) in got
    assert ("ben-tre", "dti_rank", 2023, 22) in got


def test_nam_nay_written_with_its_accent_is_the_year_before_not_this_year():
    text = (
        "Năm 2023, hai tỉnh Vĩnh Phúc và Phú Thọ đều đã có 100% thôn có hạ tầng cáp quang. Cũng trong năm này, chỉ số "
        "nhân lực số của Vĩnh Phúc xếp thứ 8/63."
    )
    got = triples(text, province="phu-tho", published=dt.date(2025, 11, 3))
    assert ("vinh-phuc", "dti_human_resources_rank", 2023, 8) in got
    assert ("vinh-phuc", "fiber_village_coverage_rate", 2023, 100) in got
    assert ("phu-tho", "fiber_village_coverage_rate", 2023, 100) in got


def test_an_index_after_the_nhung_of_a_du_is_not_what_the_rank_ranks():
    text = "Năm 2023, Cao Bằng dù chỉ xếp thứ 50/63 nhưng có chỉ số thể chế số đạt 0,7810."
    got = triples(text, province="cao-bang", published=dt.date(2025, 3, 3))
    assert ("cao-bang", "dti_institution_rank", 2023, 50) not in got
    assert ("cao-bang", "dti_institution_score", 2023, 0.781) in got


def test_the_region_a_province_is_one_of_the_best_of_is_no_aggregate():
    text = (
        "Quảng Ninh là một trong những địa phương có kết quả tốt của khu vực Đồng bằng sông Hồng, với DTI 2022 xếp "
        "thứ 3/63 cả nước."
    )
    got = triples(text, province="quang-ninh", published=dt.date(2023, 10, 3))
    assert ("quang-ninh", "dti_rank", 2022, 3) in got


def test_a_trong_khi_clause_about_another_province_shares_the_year():
    text = (
        "Theo DTI 2024, Ninh Bình xếp thứ 9/34. Kinh tế số là điểm mạnh của Nam Định cũ với 0,4620 năm 2023, trong "
        "khi Hà Nam cũ nổi bật ở xã hội số với 0,5533 điểm."
    )
    got = triples(text, province="ninh-binh", published=dt.date(2026, 1, 5))
    assert ("nam-dinh", "dti_digital_economy_score", 2023, 0.462) in got
    assert ("ha-nam", "dti_digital_society_score", 2023, 0.5533) in got


def test_a_movement_start_year_is_not_shared_by_a_trong_khi_clause():
    text = (
        "Trong DTI 2025, Đồng Nai vươn từ vị trí thứ 9 năm 2024 lên thứ 5, trong khi Lâm Đồng tăng hai bậc, xếp thứ 14."
    )
    got = triples(text, province="dong-nai", published=dt.date(2026, 9, 3))
    assert ("lam-dong", "dti_rank", 2024, 14) not in got


def test_noi_that_opens_a_quote_is_no_aside():
    text = (
        'Trao đổi với phóng viên, ông Lê Văn Nam, Phó Giám đốc Sở, nói: "Năm 2023, chỉ số chuyển đổi số của Lạng Sơn '
        'xếp thứ 38/63".'
    )
    got = triples(text, province="lang-son", published=dt.date(2024, 11, 3))
    assert ("lang-son", "dti_rank", 2023, 38) in got


def test_procedures_raised_to_level_four():
    text = "Năm 2021, Cà Mau đã đưa 42% thủ tục hành chính lên mức độ 4, người dân không cần đến cơ quan nhà nước."
    got = triples(text, province="ca-mau", published=dt.date(2022, 1, 3))
    assert ("ca-mau", "online_public_service_full_rate", 2021, 42) in got


def test_ha_tang_before_a_colon_is_no_change():
    text = "Năm 2025, kết quả nổi bật của Khánh Hòa nằm ở hạ tầng: 100% xã, phường, đặc khu có cáp quang tới trung tâm."
    got = triples(text, province="khanh-hoa", published=dt.date(2026, 1, 3))
    assert ("khanh-hoa", "fiber_village_coverage_rate", 2025, 100) in got


def test_a_hospitals_own_share_is_not_the_provinces():
    text = (
        "Năm 2024, tỷ lệ người dân Phú Thọ có hồ sơ sức khỏe điện tử đạt 83%. Bệnh viện Đa khoa tỉnh có 71% giao "
        "dịch viện phí được thanh toán không dùng tiền mặt. Hai bệnh viện tuyến huyện cũng có hơn 60% giao dịch "
        "thanh toán trực tuyến. Tại Bệnh viện Sản Nhi, mỗi ngày có 900 lượt khám; hơn 85% người bệnh dùng VNeID."
    )
    got = triples(text, province="phu-tho", published=dt.date(2024, 12, 3))
    assert ("phu-tho", "e_health_record_rate", 2024, 83) in got
    assert not {t for t in got if t[3] in (71, 60, 85)}


def test_units_counted_or_set_apart_own_their_shares():
    text = (
        "Năm 2024, tỷ lệ thôn có sóng di động của Lai Châu đạt 98,1%. Riêng tại 12 xã biên giới, tỷ lệ thôn có sóng "
        "mới đạt 90,4%. Hai huyện Mường Tè và Nậm Nhùn đều đã phủ sóng 4G tới 100% thôn, bản."
    )
    got = triples(text, province="lai-chau", published=dt.date(2025, 1, 3))
    assert ("lai-chau", "mobile_coverage_rate", 2024, 98.1) in got
    assert not {t for t in got if t[3] in (90.4, 100)}


def test_the_city_pointed_back_at_after_a_semicolon_owns_the_share():
    text = (
        "Năm 2023, tỷ lệ hộ gia đình có cáp quang của Yên Bái đạt 72%. Tại TP Yên Bái, 100% trường học có cáp quang "
        "riêng; tỷ lệ hộ gia đình trên địa bàn thành phố sử dụng Internet cáp quang đạt 94%."
    )
    got = triples(text, province="yen-bai", published=dt.date(2023, 12, 3))
    assert ("yen-bai", "fixed_broadband_household_rate", 2023, 72) in got
    assert not {t for t in got if t[3] == 94}


def test_a_sector_or_agency_part_of_a_share_after_trong_do_is_not_the_provinces():
    text = (
        "Năm 2025, tỷ lệ hồ sơ thanh toán trực tuyến của Thái Nguyên đạt 58,2%, trong đó lĩnh vực tư pháp đạt 81%. "
        "Tỷ lệ hồ sơ trực tuyến đạt 86,1%, trong đó Trung tâm Phục vụ hành chính công tỉnh đạt 97%."
    )
    got = triples(text, province="thai-nguyen", published=dt.date(2026, 1, 3))
    assert ("thai-nguyen", "online_payment_rate", 2025, 58.2) in got
    assert ("thai-nguyen", "online_dossier_rate", 2025, 86.1) in got
    assert not {t for t in got if t[3] in (81, 97)}


# ---- 1.47, read again over older rounds: a place out of all provinces, or one moved to, in a sentence naming no index
# (binding.py: rule passage-index)


def test_a_place_out_of_all_provinces_in_a_sentence_naming_no_index_is_the_articles_ranking():
    text = (
        "Khép lại năm 2025, tỉnh Lào Cai đã hoàn thành 12/16 chỉ tiêu chuyển đổi số. Theo Chỉ số DTI 2024, tỉnh đứng "
        "thứ 16 trên 34 tỉnh, thành phố.\n\nNhìn lại trước hợp nhất, năm 2023 Lào Cai xếp thứ 21/63 và Yên Bái thứ "
        "30/63."
    )
    got = triples(text, province="lao-cai", published=dt.date(2026, 1, 2))
    assert ("lao-cai", "dti_rank", 2023, 21) in got
    assert ("yen-bai", "dti_rank", 2023, 30) in got


def test_a_rank_moved_to_in_a_sentence_naming_no_index_is_the_passages_index():
    text = (
        "Nam Trung Bộ: thứ hạng chuyển đổi số năm 2023 biến động\n"
        "Trong bảng xếp hạng DTI 2023, Khánh Hòa là địa phương tiến nhanh nhất khi từ vị trí 30 năm 2022 lên vị trí "
        "thứ 18.\nBình Định tăng 3 bậc, lên thứ 12/63 trong năm 2023. Năm 2023, Phú Yên giữ nguyên vị trí thứ 39 như "
        "năm trước.\nNgược lại, Ninh Thuận giảm 5 bậc, xuống thứ 47 năm 2023, còn Bình Thuận đứng thứ 50."
    )
    got = triples(text, province=None, published=dt.date(2024, 9, 2))
    assert ("ninh-thuan", "dti_rank", 2023, 47) in got
    assert ("binh-thuan", "dti_rank", 2023, 50) in got


# ---- 1.47, read again over older rounds: a dash aside's index, a pillar after "nhưng" (binding.py)


def test_an_index_named_in_a_dash_aside_is_not_what_the_value_measures():
    text = (
        "Năm 2022, chỉ số an toàn thông tin mạng của Hưng Yên – một trong các chỉ số chính thuộc trụ cột chính quyền "
        "số – chỉ đạt 0,4120, xếp thứ 38/63."
    )
    got = triples(text, province="hung-yen", published=dt.date(2023, 10, 2))
    assert ("hung-yen", "cybersecurity_index_score", 2022, 0.412) in got
    assert ("hung-yen", "cybersecurity_index_rank", 2022, 38) in got
    assert not {t for t in got if t[1].startswith("dti_digital_government")}


def test_a_pillar_after_nhung_is_not_what_a_rank_before_it_ranks():
    text = (
        "Theo DTI 2023, Phú Yên xếp thứ 30/63. So với Khánh Hòa, xếp thứ 14 năm 2023, khoảng cách không còn lớn nhưng "
        "kinh tế số vẫn là điểm nghẽn."
    )
    got = triples(text, province="phu-yen", published=dt.date(2025, 3, 2))
    assert ("khanh-hoa", "dti_digital_economy_rank", 2023, 14) not in got
