"""Issue 10, in our own sentences: the classes of session 22 (recurring misses over rounds 9-38, read from rounds
37 and 38, both scored unread first), and the rules of 1.24 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- a score right before its rank, the index named far before both (score-then-rank, passage index)


def test_a_score_before_its_rank_takes_the_index_named_at_the_head_of_the_sentence():
    text = (
        "Theo kết quả Chỉ số chuyển đổi số (DTI) năm 2024 do Bộ Khoa học và Công nghệ công bố trên cơ sở 34 tỉnh, "
        "thành phố sau sắp xếp đơn vị hành chính, tỉnh Quảng Ngãi đạt 0,5312, xếp thứ 14/34."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2025, 10, 20))
    assert ("quang-ngai", "dti_score", 2024, 0.5312) in got
    assert ("quang-ngai", "dti_rank", 2024, 14.0) in got


def test_a_score_followed_by_no_rank_does_not_take_the_far_index():
    text = (
        "Theo kết quả Chỉ số chuyển đổi số (DTI) năm 2024 do Bộ Khoa học và Công nghệ công bố trên cơ sở 34 tỉnh, "
        "thành phố sau sắp xếp đơn vị hành chính, hệ số tín nhiệm của tỉnh Quảng Ngãi đạt 0,53."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2025, 10, 20))
    assert not {f for f in got if f[1] == "dti_score"}


def test_a_score_before_a_rank_the_clause_gives_to_something_else_stays_unbound():
    text = (
        "Theo kết quả Chỉ số chuyển đổi số (DTI) năm 2024 do Bộ Khoa học và Công nghệ công bố trên cơ sở 34 tỉnh, "
        "thành phố sau sắp xếp, chỉ số PCI của tỉnh Quảng Ngãi đạt 0,66, xếp thứ 20."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2025, 10, 20))
    assert not {f for f in got if f[1] == "dti_score"}


# ---- a round-up of one share across provinces, opened by a sentence giving it to several (roundup-measure)


def test_provinces_given_the_share_in_one_sentence_open_a_roundup_of_it():
    text = (
        "Đứng đầu là Bắc Ninh và Hải Phòng với tỷ trọng kinh tế số trong GRDP năm 2023 tương ứng 29,8% và 16,2%.\n\n"
        "Một số địa phương khác cũng cải thiện đáng kể. Quảng Ngãi đạt 5,3% năm 2023."
    )
    got = triples(text, province=None, published=dt.date(2024, 9, 3))
    assert ("quang-ngai", "digital_economy_grdp_share", 2023, 5.3) in got


def test_one_province_given_the_share_opens_no_roundup():
    text = (
        "Tỷ trọng kinh tế số trong GRDP năm 2023 của tỉnh Bắc Ninh đạt 29,8%.\n\n"
        "Một số địa phương khác cũng cải thiện đáng kể. Quảng Ngãi đạt 5,3% năm 2023."
    )
    got = triples(text, province=None, published=dt.date(2024, 9, 3))
    assert not {f for f in got if f[0] == "quang-ngai"}


def test_an_article_about_a_ranking_index_opens_no_roundup_of_a_share():
    text = (
        "Khoảng cách số nhìn từ DTI 2023\n\n"
        "Nếu đặt tỉnh đứng đầu và tỉnh đứng cuối bảng DTI 2023 cạnh nhau, khoảng cách là hơn 0,3.\n\n"
        "Ở trụ cột kinh tế số, năm 2023 giá trị trụ cột này của Đà Nẵng đạt 0,6120 trong khi của Lai Châu chỉ là "
        "0,2015.\n\n"
        "Tương tự, tỷ trọng kinh tế số trong GRDP năm 2023 của Lai Châu chỉ khoảng 3,1%, so với 30,2% của Bắc Ninh.\n\n"
        "Nhóm giữa bảng thay đổi nhiều hơn. Trong năm 2023, Hà Tĩnh xếp thứ 17, Quảng Bình thứ 40."
    )
    got = triples(text, province=None, published=dt.date(2024, 9, 3))
    assert ("ha-tinh", "dti_rank", 2023, 17.0) in got
    assert not {f for f in got if f[1] == "digital_economy_grdp_share_rank"}


def test_the_roundup_share_passes_over_the_pillar_named_in_passing():
    text = (
        "Năm 2023, tỷ trọng kinh tế số trong GRDP của cả nước ước đạt 12,3%.\n\n"
        "Đà Nẵng đạt 14,1% năm 2023, trong đó kinh tế số lan tỏa trong du lịch chiếm phần lớn."
    )
    got = triples(text, province=None, published=dt.date(2024, 9, 3))
    assert ("da-nang", "digital_economy_grdp_share", 2023, 14.1) in got


def test_a_share_of_the_year_named_after_it_stands_bare_in_the_roundup():
    text = (
        "Năm 2023, tỷ trọng kinh tế số trong GRDP của cả nước ước đạt 12,3%.\n"
        "Quảng Ngãi đạt 5,3%, tăng so với mức 4,6% của năm 2022."
    )
    got = triples(text, province=None, published=dt.date(2024, 9, 3))
    assert ("quang-ngai", "digital_economy_grdp_share", 2022, 4.6) in got



# ---- a rate that beat its target is the rate, not the share of the target reached (rate-beat-target)


def test_a_rate_said_to_beat_its_target_is_the_rate():
    text = (
        "Năm 2024, tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử của tỉnh Quảng Ngãi đạt 81,2%, "
        "vượt chỉ tiêu được giao."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2024, 12, 20))
    assert ("quang-ngai", "eid_account_rate", 2024, 81.2) in got
    assert not {f for f in got if f[1] == "eid_target_attainment_rate"}


def test_over_a_hundred_percent_beating_the_target_is_the_share_of_the_target():
    text = (
        "Năm 2024, việc cấp tài khoản định danh điện tử cho người dân tỉnh Quảng Ngãi đạt 103,5%, vượt chỉ tiêu "
        "được giao."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2024, 12, 20))
    assert ("quang-ngai", "eid_target_attainment_rate", 2024, 103.5) in got


def test_a_target_named_after_a_semicolon_belongs_to_the_next_clause():
    text = (
        "Năm 2024, tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử của tỉnh Quảng Ngãi đạt 84,1%; "
        "so với chỉ tiêu được giao, tỉnh đạt 101,2%."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2024, 12, 20))
    assert ("quang-ngai", "eid_account_rate", 2024, 84.1) in got
    assert ("quang-ngai", "eid_target_attainment_rate", 2024, 84.1) not in got


# ---- the full-online level named on the services with no verb, or after "tỷ lệ"/"riêng" alone (phrases.yml)


def test_services_at_the_full_level_named_without_a_verb_take_their_share():
    text = (
        "Năm 2023, tỉnh Quảng Ngãi công bố 1.640 thủ tục hành chính, cổng dịch vụ công vận hành ổn định; dịch vụ toàn "
        "trình chiếm 61,3% tổng số thủ tục."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2023, 12, 20))
    assert ("quang-ngai", "online_public_service_full_rate", 2023, 61.3) in got
    assert ("quang-ngai", "online_public_service_rate", 2023, 61.3) not in got


def test_procedures_reaching_level_four_after_a_count_take_their_share():
    text = "Năm 2019, tỉnh Quảng Ngãi có 1.820 thủ tục hành chính, riêng TTHC mức độ 4 chiếm 9,4%."
    got = triples(text, province="quang-ngai", published=dt.date(2019, 12, 20))
    assert ("quang-ngai", "online_public_service_full_rate", 2019, 9.4) in got


def test_the_share_of_procedures_said_to_reach_level_four():
    text = (
        "Năm 2019, tỉnh Quảng Ngãi cung cấp trực tuyến 1.211 thủ tục ở mức độ 3 và 4; tỷ lệ thủ tục đạt mức độ 4 "
        "chiếm 27,5%."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2019, 12, 20))
    assert ("quang-ngai", "online_public_service_full_rate", 2019, 27.5) in got


def test_services_at_levels_three_and_four_stay_the_online_services():
    text = "Năm 2021, dịch vụ công trực tuyến mức độ 3, 4 của tỉnh Quảng Ngãi chiếm 80,2% tổng số thủ tục."
    got = triples(text, province="quang-ngai", published=dt.date(2021, 12, 20))
    assert ("quang-ngai", "online_public_service_rate", 2021, 80.2) in got
    assert not {f for f in got if f[1] == "online_public_service_full_rate"}


# ---- the items of a list are those of the clause set against the one before (items-after-contrast)


def test_a_list_after_a_contrast_pairs_the_pillars_it_names():
    text = (
        "Năm 2023, tỉnh Quảng Ngãi dẫn đầu khu vực ở trụ cột chính quyền số, trong khi kinh tế số và xã hội số "
        "lần lượt xếp thứ 31 và thứ 17."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2024, 9, 3))
    assert ("quang-ngai", "dti_digital_economy_rank", 2023, 31.0) in got
    assert ("quang-ngai", "dti_digital_society_rank", 2023, 17.0) in got



# ---- the owner named after the value: "của địa bàn X", "mà tỉnh X đạt được" (province-after-value)


def test_a_share_of_the_area_of_a_former_province_is_that_provinces():
    text = (
        "Năm 2024, khu vực tỉnh Gia Lai cũ có tỷ lệ hồ sơ trực tuyến đạt 70,2%, cao hơn mức 58,4% của địa bàn Bình "
        "Định trước đây."
    )
    got = triples(text, province="gia-lai", published=dt.date(2025, 9, 1))
    assert ("binh-dinh", "online_dossier_rate", 2024, 58.4) in got


def test_a_share_a_former_province_reached_is_that_provinces():
    text = (
        "Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh Quảng Ngãi đạt 71,6%, gấp đôi mức 35,2% mà tỉnh Kon Tum (cũ) "
        "đạt được năm 2024."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2025, 12, 1))
    assert ("kon-tum", "online_dossier_rate", 2024, 35.2) in got
    assert ("quang-ngai", "online_dossier_rate", 2024, 35.2) not in got


# ---- a fronted score, its subject, then its rank (score-then-rank); its owner after a year (value-fronted)


def test_a_fronted_score_before_its_subject_and_rank_is_the_ranked_index_score():
    text = (
        "Chỉ số chuyển đổi số năm 2025: Quảng Ngãi tăng 3 bậc\n\n"
        "Bộ Khoa học và Công nghệ vừa công bố Chỉ số chuyển đổi số cấp tỉnh năm 2025 trên cơ sở 34 tỉnh, thành phố.\n\n"
        "Với giá trị 0,5612, Quảng Ngãi xếp thứ 15/34, tăng 3 bậc so với kết quả DTI 2024 (xếp thứ 18/34)."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2026, 10, 20))
    assert ("quang-ngai", "dti_score", 2025, 0.5612) in got
    assert ("quang-ngai", "dti_rank", 2025, 15.0) in got


def test_a_fronted_score_with_its_year_belongs_to_the_province_after_the_comma():
    text = (
        "Quảng Ngãi học hỏi kinh nghiệm chuyển đổi số\n\n"
        "Theo bảng xếp hạng Chỉ số chuyển đổi số (DTI), tỉnh Quảng Ngãi năm 2023 xếp thứ 30/63.\n\n"
        "Với giá trị 0,7014 trong năm 2023, Đà Nẵng là địa phương năm thứ 4 liên tiếp dẫn đầu bảng xếp hạng."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2024, 10, 20))
    assert ("da-nang", "dti_score", 2023, 0.7014) in got
    assert ("quang-ngai", "dti_score", 2023, 0.7014) not in got


# ---- a bracket after "so với kết quả DTI 2024" is that edition's (compared-year, with "kết quả")


def test_a_rank_in_brackets_after_the_result_compared_with_is_that_editions():
    text = (
        "Năm 2025, Quảng Ngãi xếp thứ 15/34 về Chỉ số chuyển đổi số, tăng 3 bậc so với kết quả DTI 2024 "
        "(xếp thứ 18/34)."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2026, 10, 20))
    assert ("quang-ngai", "dti_rank", 2024, 18.0) in got
    assert ("quang-ngai", "dti_rank", 2025, 18.0) not in got


# ---- a commitment is a target ("cam kết" among the plan words of cues.yml)


def test_a_level_committed_to_is_a_target():
    text = "Năm 2025, các doanh nghiệp viễn thông cam kết phủ sóng 4G tới 100% thôn, bản của tỉnh Quảng Ngãi."
    got = triples(text, province="quang-ngai", published=dt.date(2025, 3, 20))
    assert not {f for f in got if f[1] == "mobile_coverage_rate"}


# ---- years that are not the values' period: the announcement's ("công bố từ giữa năm 2024"), a result compared with
# ("so với kết quả năm 2022"), a year outdone ("thấp hơn cả năm 2021")


def test_the_year_an_edition_was_announced_in_does_not_date_its_values():
    text = (
        "Dù kết quả Chỉ số chuyển đổi số (DTI) năm 2023 đã được công bố từ giữa năm 2024, nhiều đại biểu vẫn nhắc lại: "
        "Quảng Ngãi đạt giá trị 0,5134, xếp thứ 29/63."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2025, 3, 14))
    assert ("quang-ngai", "dti_score", 2023, 0.5134) in got
    assert ("quang-ngai", "dti_rank", 2023, 29.0) in got


def test_values_after_a_result_compared_with_keep_the_sentence_year():
    text = (
        "Ở nhóm chỉ số chính, hạ tầng số của tỉnh Quảng Ngãi năm 2023 xếp thứ 21/63, thấp hơn so với kết quả năm "
        "2022 (thứ 15), còn an toàn thông tin mạng đạt 0,6830, xếp thứ 13."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2024, 8, 1))
    assert ("quang-ngai", "dti_infrastructure_rank", 2022, 15.0) in got
    assert ("quang-ngai", "cybersecurity_index_rank", 2023, 13.0) in got
    assert ("quang-ngai", "cybersecurity_index_score", 2023, 0.683) in got


def test_a_year_outdone_does_not_date_the_ranks_before_it():
    text = (
        "Năm 2022, DTI của tỉnh Quảng Ngãi xếp thứ 25/63. Đối với các chỉ số chính, nhận thức số xếp thứ 9, thể chế "
        "số thứ 14; như vậy, nhân lực số tiếp tục đứng cuối, thấp hơn cả năm 2021 khi chỉ số này đứng thứ 30."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2023, 8, 1))
    assert ("quang-ngai", "dti_awareness_rank", 2022, 9.0) in got
    assert ("quang-ngai", "dti_institution_rank", 2022, 14.0) in got


# ---- a fact box's numbered item that opens with its value, labelled after a dash or a colon (value-dash-label)


def test_a_numbered_item_opening_with_its_value_takes_its_label():
    text = (
        "Những con số ấn tượng về chuyển đổi số của Quảng Ngãi năm 2024\n\n"
        "Năm 2024 là năm tỉnh đẩy mạnh chuyển đổi số toàn diện.\n\n"
        "1️⃣ 1.245 – số Tổ công nghệ số cộng đồng đang hoạt động.\n"
        "2️⃣ 0,5511 – giá trị Chỉ số chuyển đổi số (DTI) năm 2023."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2025, 1, 20))
    assert ("quang-ngai", "community_digital_team_count", 2024, 1245.0) in got
    assert ("quang-ngai", "dti_score", 2023, 0.5511) in got


def test_an_item_labelled_after_a_colon_takes_its_label():
    text = (
        "Quảng Ngãi: những con số biết nói\n"
        "📊 29/63: vị trí của Quảng Ngãi trong DTI 2023.\n"
        "📊 1.245: số Tổ công nghệ số cộng đồng hiện có."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2024, 9, 20))
    assert ("quang-ngai", "dti_rank", 2023, 29.0) in got
    assert ("quang-ngai", "community_digital_team_count", 2024, 1245.0) in got


def test_a_keycap_item_without_its_stop_is_an_item_not_a_heading():
    text = (
        "Những con số ấn tượng về chuyển đổi số của Quảng Ngãi năm 2024\n\n"
        "Năm 2024 là năm tỉnh đẩy mạnh chuyển đổi số toàn diện.\n\n"
        "1️⃣ 1.245 – số Tổ công nghệ số cộng đồng đang hoạt động\n"
        "2️⃣ 0,5511 – giá trị Chỉ số chuyển đổi số (DTI) năm 2023"
    )
    got = triples(text, province="quang-ngai", published=dt.date(2025, 1, 20))
    assert ("quang-ngai", "community_digital_team_count", 2024, 1245.0) in got
    assert ("quang-ngai", "dti_score", 2023, 0.5511) in got


# ---- a table of one province's statistics, one year per row (table-of-a-series, for the statistics)


def test_a_table_of_statistics_with_a_year_per_row_is_read():
    text = (
        "Kết quả cung cấp dịch vụ công trực tuyến của tỉnh Quảng Ngãi giai đoạn 2019-2021:\n"
        "Năm | TTHC trực tuyến mức độ 3, 4 | Tỷ lệ hồ sơ nộp trực tuyến (%) | Tỷ lệ hồ sơ trực tuyến cả nước (%)\n"
        "2019 | 612 | 9,7 | 8,1\n"
        "2020 | 958 | 18,3 | 15,2\n"
    )
    got = triples(text, province="quang-ngai", published=dt.date(2022, 3, 20))
    assert ("quang-ngai", "online_dossier_rate", 2019, 9.7) in got
    assert ("quang-ngai", "online_dossier_rate", 2020, 18.3) in got
    assert ("quang-ngai", "admin_procedure_count", 2020, 958.0) in got
    assert not {f for f in got if f[3] in (8.1, 15.2)}


def test_a_table_row_about_bank_accounts_is_no_rank():
    text = (
        "Một số chỉ tiêu thanh toán không dùng tiền mặt của tỉnh Quảng Ngãi:\n"
        "Chỉ tiêu | 2022 | 2023\n"
        "Người từ 15 tuổi trở lên có tài khoản ngân hàng (%) | 78,4 | 86,9\n"
    )
    got = triples(text, province="quang-ngai", published=dt.date(2024, 3, 20))
    assert ("quang-ngai", "bank_account_adult_rate", 2022, 78.4) in got
    assert ("quang-ngai", "bank_account_adult_rate", 2023, 86.9) in got


# ---- a headline opening with a district's bare name, which the body gives its unit word (article-about-lower-unit)


def test_a_headline_opening_with_a_district_named_in_the_body_makes_the_article_the_districts():
    text = (
        "Sơn Tịnh: đưa dịch vụ công trực tuyến về tận thôn\n\n"
        "Những năm qua, huyện Sơn Tịnh (tỉnh Quảng Ngãi) xác định chuyển đổi số là khâu đột phá. Năm 2023, tỷ lệ hồ "
        "sơ thủ tục hành chính được xử lý trực tuyến đạt 86,4%; 100% thôn đã có sóng di động 4G."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2023, 12, 20))
    assert not got


def test_a_headline_opening_with_a_province_is_not_a_districts():
    text = (
        "Quảng Ngãi: đưa dịch vụ công trực tuyến về tận thôn\n\n"
        "Những năm qua, tỉnh Quảng Ngãi xác định chuyển đổi số là khâu đột phá, trong đó huyện Sơn Tịnh làm điểm. Năm "
        "2023, tỷ lệ hồ sơ thủ tục hành chính của tỉnh được xử lý trực tuyến đạt 86,4%."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2023, 12, 20))
    assert ("quang-ngai", "online_dossier_rate", 2023, 86.4) in got


# ---- a score given as the value reached, in an article about one index (doc-topic)


def test_a_value_reached_in_an_article_about_the_index_is_its_score():
    text = (
        "Giám đốc Sở Khoa học và Công nghệ: \"Bứt phá nhờ dữ liệu\"\n\n"
        "Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2021 vừa được công bố, Quảng Ngãi tăng nhiều bậc. Nhân dịp này, phóng "
        "viên đã trao đổi với Giám đốc Sở.\n\n"
        "PV: Thưa ông, kết quả năm nay có gì khác so với năm trước?\n\n"
        "Giám đốc Sở: Năm 2021, tỉnh đạt giá trị 0,4412, cao hơn đáng kể so với năm trước. Ba trụ cột chính quyền "
        "số, kinh tế số và xã hội số của tỉnh lần lượt xếp thứ 20, 31 và 25."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2022, 7, 20))
    assert ("quang-ngai", "dti_score", 2021, 0.4412) in got


def test_a_year_per_row_table_under_a_lead_in_naming_its_measure_is_read():
    text = (
        "Tỷ lệ hồ sơ trực tuyến của tỉnh Quảng Ngãi qua các năm:\n"
        "Năm | Kết quả (%) | Bình quân cả nước (%)\n"
        "2019 | 9,7 | 8,0\n"
        "2020 | 18,3 | 15,1\n"
    )
    got = triples(text, province="quang-ngai", published=dt.date(2022, 3, 20))
    assert ("quang-ngai", "online_dossier_rate", 2019, 9.7) in got
    assert ("quang-ngai", "online_dossier_rate", 2020, 18.3) in got
    assert not {f for f in got if f[3] in (8.0, 15.1)}
