"""Issue 10, in our own sentences, the classes rounds 28 and 29's probe sets (written blind to the extractor,
first scored on 1.19) showed, and the rules of 1.20 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- rule gdp-share-of-nation: the nation's share of GDP opens a round-up of the provinces' shares of GRDP


def test_provinces_ranked_after_the_nations_share_of_gdp():
    text = (
        "Theo số liệu mới công bố, năm 2022 kinh tế số ước chiếm 13,1% GDP cả nước.\n\n"
        "Đứng đầu là Bắc Giang với 21,4%, Vĩnh Phúc đứng thứ hai với 18,6%.\n\n"
        "Nhóm cuối bảng có Cao Bằng (2,7%) và Bắc Kạn (3,0%)."
    )
    got = triples(text, province="bac-giang", published=dt.date(2023, 11, 3))
    assert got >= {
        ("bac-giang", "digital_economy_grdp_share", 2022, 21.4),
        ("vinh-phuc", "digital_economy_grdp_share", 2022, 18.6),
        ("vinh-phuc", "digital_economy_grdp_share_rank", 2022, 2.0),
        ("cao-bang", "digital_economy_grdp_share", 2022, 2.7),
        ("bac-kan", "digital_economy_grdp_share", 2022, 3.0),
    }
    # the nation's 13,1% is no province's, and "kinh tế số" there is no DTI pillar
    assert not {f for f in got if f[3] == 13.1 or f[1].startswith("dti_")}


def test_a_share_written_of_grdp_in_the_round_up():
    text = (
        "Năm 2021, kinh tế số chiếm khoảng 11,9% GDP cả nước.\n\n"
        "Ở cấp tỉnh, Hải Dương có tỷ trọng cao nhất với ước tính 17,2% GRDP năm 2021, Hưng Yên đứng thứ hai "
        "với 15,5%."
    )
    got = triples(text, province="hai-duong", published=dt.date(2022, 9, 9))
    assert got >= {
        ("hai-duong", "digital_economy_grdp_share", 2021, 17.2),
        ("hung-yen", "digital_economy_grdp_share", 2021, 15.5),
        ("hung-yen", "digital_economy_grdp_share_rank", 2021, 2.0),
    }
    assert not {f for f in got if f[1] == "dti_digital_economy_rank"}


def test_a_round_ups_sentence_does_not_take_the_year_of_a_look_back_before_it():
    text = (
        "Năm 2025, kinh tế số ước chiếm 14,5% GDP cả nước.\n\n"
        "Trước sắp xếp, năm 2024 Hà Nam có tỷ trọng kinh tế số 9,1% GRDP.\n\n"
        "Ninh Bình (mới) ước đạt 12,4% năm 2025, đứng thứ sáu; Hưng Yên đạt 11,8%, xếp thứ bảy."
    )
    got = triples(text, province="ninh-binh", published=dt.date(2026, 2, 20))
    assert ("hung-yen", "digital_economy_grdp_share", 2025, 11.8) in got
    assert not {f for f in got if f[0] == "hung-yen" and f[2] == 2024}


def test_a_national_target_of_gdp_opens_no_round_up_of_other_shares():
    # guard: after the nation's share of GDP, a share that names its own measure keeps it
    text = (
        "Năm 2023, kinh tế số chiếm khoảng 12,3% GDP cả nước.\n\n"
        "Cùng năm, tại Nghệ An, tỷ lệ hộ gia đình có cáp quang năm 2023 đạt 78,5%."
    )
    got = triples(text, province="nghe-an", published=dt.date(2024, 3, 3))
    assert ("nghe-an", "fixed_broadband_household_rate", 2023, 78.5) in got
    assert not {f for f in got if f[1].startswith("digital_economy")}


# ---- rule document-number: a law's number "số 202/2025/QH15" holds no year


def test_a_resolutions_number_with_the_assemblys_term_dates_nothing():
    text = (
        "Ngày 20/10/2025, Bộ Khoa học và Công nghệ công bố Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2024. Kết quả "
        "được tính cho 34 tỉnh, thành phố theo Nghị quyết số 202/2025/QH15 của Quốc hội.\n\n"
        "Theo đó, tỉnh Tuyên Quang đạt 0,4871, xếp thứ 21/34."
    )
    got = triples(text, province="tuyen-quang", published=dt.date(2025, 10, 25))
    assert got == {("tuyen-quang", "dti_score", 2024, 0.4871), ("tuyen-quang", "dti_rank", 2024, 21.0)}


# ---- rule look-back-clause: an earlier edition's value after the edition reported leaves the paragraph's year


def test_pillars_after_a_look_back_clause_keep_the_edition_reported():
    text = (
        "Chỉ số DTI năm 2021 của tỉnh Hà Nam đạt 0,4012, xếp thứ 30/63; năm 2020 tỉnh ở vị trí 41. Ở ba trụ cột, "
        "chính quyền số xếp thứ 22, kinh tế số thứ 35, xã hội số thứ 27."
    )
    got = triples(text, province="ha-nam", published=dt.date(2022, 6, 2))
    assert got >= {
        ("ha-nam", "dti_rank", 2020, 41.0),
        ("ha-nam", "dti_digital_government_rank", 2021, 22.0),
        ("ha-nam", "dti_digital_society_rank", 2021, 27.0),
    }


def test_two_editions_in_order_date_the_pillars_by_the_later():
    # guard: the later edition last ("năm 2020 ... ; năm 2021 ...") still dates what follows
    text = (
        "Năm 2020, DTI của tỉnh Hà Nam xếp thứ 41/63; năm 2021 tỉnh vươn lên thứ 30/63. Ở ba trụ cột, chính quyền "
        "số xếp thứ 22, kinh tế số thứ 35."
    )
    got = triples(text, province="ha-nam", published=dt.date(2022, 6, 2))
    assert ("ha-nam", "dti_digital_government_rank", 2021, 22.0) in got


# ---- rule lead-in-list: a lead-in without a year takes its paragraph's; label lines are its items


def test_a_lead_in_without_a_year_takes_the_sentence_befores():
    text = (
        "Thanh toán số ở Phú Yên tăng nhanh\n"
        "Theo Ngân hàng Nhà nước chi nhánh tỉnh Phú Yên, đến hết năm 2024 các chỉ tiêu đều tăng. Kết quả chính:\n"
        "- Lương hưu chi trả qua tài khoản: 81,4%\n"
        "- Chi trả trợ cấp an sinh xã hội không dùng tiền mặt: 93,6%"
    )
    got = triples(text, province="phu-yen", published=dt.date(2025, 2, 10))
    assert ("phu-yen", "cashless_pension_rate", 2024, 81.4) in got
    assert ("phu-yen", "cashless_social_welfare_rate", 2024, 93.6) in got


def test_label_lines_without_bullets_are_the_lead_ins_items():
    text = (
        "Thanh toán số ở Phú Yên tăng nhanh\n"
        "Theo Ngân hàng Nhà nước chi nhánh tỉnh Phú Yên, đến hết năm 2024 các chỉ tiêu đều tăng. Kết quả chính:\n"
        "Lương hưu chi trả qua tài khoản: 81,4%\n"
        "Chi trả trợ cấp an sinh xã hội không dùng tiền mặt: 93,6%"
    )
    got = triples(text, province="phu-yen", published=dt.date(2025, 2, 10))
    assert ("phu-yen", "cashless_pension_rate", 2024, 81.4) in got
    assert ("phu-yen", "cashless_social_welfare_rate", 2024, 93.6) in got


def test_a_label_line_with_a_count_and_its_share_is_no_heading():
    text = (
        "Thanh toán số ở Phú Yên tăng nhanh\n"
        "Theo Ngân hàng Nhà nước chi nhánh tỉnh Phú Yên, đến hết năm 2024 các chỉ tiêu đều tăng. Kết quả chính:\n"
        "Số người từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng: 612.300 người, tỷ lệ 88,2%\n"
        "Lương hưu chi trả qua tài khoản: 81,4%"
    )
    got = triples(text, province="phu-yen", published=dt.date(2025, 2, 10))
    assert ("phu-yen", "bank_account_adult_count", 2024, 612300.0) in got
    assert ("phu-yen", "bank_account_adult_rate", 2024, 88.2) in got


def test_a_headline_with_a_share_after_its_colon_stays_a_headline():
    # guard: "Tỉnh X: 9 tháng, 85% hồ sơ được số hóa" goes on as a headline does (no item of a list)
    from vndx.extract.sentences import split_sentences

    lines = "Tin tức\nCà Mau: 9 tháng, 85% hồ sơ được số hóa\nNội dung bài viết."
    assert split_sentences(lines)[1].is_heading


# ---- rule announced-day: "công bố chiều 17/6/2026" is the day the edition came out, not its year


def test_the_afternoon_an_edition_was_announced_is_no_period():
    text = (
        "Theo Báo cáo Chỉ số chuyển đổi số năm 2025 do Bộ Khoa học và Công nghệ công bố sáng 12/6/2026, tỉnh Quảng "
        "Trị đạt 0,5411, xếp thứ 20/34. Chính quyền số xếp hạng 14."
    )
    got = triples(text, province="quang-tri", published=dt.date(2026, 6, 15))
    assert got == {
        ("quang-tri", "dti_score", 2025, 0.5411),
        ("quang-tri", "dti_rank", 2025, 20.0),
        ("quang-tri", "dti_digital_government_rank", 2025, 14.0),
    }


# ---- phrasing: "dịch vụ mức độ 4" after "số" or "tỷ lệ" (the older name of toàn trình)


def test_services_at_level_four_counted_or_as_a_share():
    text = (
        "Năm 2021, Cổng dịch vụ công tỉnh Hòa Bình cung cấp 1.512 thủ tục hành chính; số dịch vụ mức độ 4 là 640, "
        "chiếm 42,3%. Đến cuối năm 2022, tỷ lệ dịch vụ mức độ 4 đạt 55,1%."
    )
    got = triples(text, province="hoa-binh", published=dt.date(2023, 1, 5))
    assert ("hoa-binh", "online_public_service_full_rate", 2021, 42.3) in got
    assert ("hoa-binh", "online_public_service_full_rate", 2022, 55.1) in got


# ---- rule label-value-cells: a fact box's line of labelled values is read, neither a table nor a heading


def test_labelled_values_between_pipes():
    text = (
        "Sáng 20/4, Bộ Thông tin và Truyền thông công bố Chỉ số DTI năm 2022 của tỉnh Ninh Thuận.\n"
        "Giá trị các trụ cột: CQS: 0,5012 | KTS: 0,3920 | XHS: 0,4405\n"
        "Chỉ số chính: Nhận thức số: 0,6500 | An toàn thông tin mạng: 0,5810"
    )
    got = triples(text, province="ninh-thuan", published=dt.date(2023, 4, 21))
    assert got >= {
        ("ninh-thuan", "dti_digital_government_score", 2022, 0.5012),
        ("ninh-thuan", "dti_digital_society_score", 2022, 0.4405),
        ("ninh-thuan", "dti_awareness_score", 2022, 0.65),
        ("ninh-thuan", "cybersecurity_index_score", 2022, 0.581),
    }


def test_labelled_values_between_semicolons_are_no_heading():
    text = (
        "Sáng 20/4, Bộ Thông tin và Truyền thông công bố Chỉ số DTI năm 2022 của tỉnh Ninh Thuận.\n"
        "Thứ hạng các trụ cột: CQS: 31; KTS: 44; XHS: 38\n"
        "Tỉnh đặt mục tiêu cải thiện thứ hạng."
    )
    got = triples(text, province="ninh-thuan", published=dt.date(2023, 4, 21))
    assert ("ninh-thuan", "dti_digital_economy_rank", 2022, 44.0) in got


# ---- rule compared-year-when: "so với năm 2024, khi ..." dates what follows "khi"


def test_figures_after_khi_are_of_the_compared_year():
    text = (
        "Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh Lâm Đồng (mới) đạt 74,2%. Con số này cao hơn nhiều so với năm "
        "2024, khi tỷ lệ hồ sơ trực tuyến của tỉnh Đắk Nông và tỉnh Bình Thuận (cũ) tương ứng là 52,3% và 60,8%."
    )
    got = triples(text, province="lam-dong", published=dt.date(2025, 12, 20))
    assert ("dak-nong", "online_dossier_rate", 2024, 52.3) in got
    assert ("binh-thuan", "online_dossier_rate", 2024, 60.8) in got


def test_a_compared_year_after_the_sentences_own_value_stays_a_comparison():
    # guard: "xếp thứ 17/63, tăng 8 bậc so với năm 2021, khi ..." — 17 is the edition's, not 2021's
    text = (
        "Chỉ số DTI năm 2022 được công bố tháng 4/2023. Ở kỳ đánh giá này, tỉnh Nghệ An đạt 0,5210, xếp thứ 17/63, "
        "tăng 8 bậc so với năm 2021, khi tỉnh còn ở nhóm giữa."
    )
    got = triples(text, province="nghe-an", published=dt.date(2023, 4, 20))
    assert ("nghe-an", "dti_rank", 2022, 17.0) in got
    assert ("nghe-an", "dti_score", 2022, 0.521) in got


# ---- rule basis-34-edition: a DTI rank out of 34 is of DTI 2024 or later


def test_a_headline_rank_out_of_34_is_not_the_look_backs_edition():
    text = (
        "Lâm Đồng đứng thứ 16/34 tỉnh, thành về chuyển đổi số\n"
        "Kết quả vừa công bố là lần đầu bảng xếp hạng được tính theo 34 tỉnh, thành phố.\n"
        "Trước sắp xếp, ở bảng xếp hạng DTI 2023, tỉnh Lâm Đồng (cũ) xếp thứ 29/63."
    )
    got = triples(text, province="lam-dong", published=dt.date(2025, 11, 2))
    assert ("lam-dong", "dti_rank", 2024, 16.0) in got
    assert ("lam-dong", "dti_rank", 2023, 29.0) in got
    assert not {f for f in got if f[3] == 16.0 and f[2] != 2024}


def test_a_rank_now_out_of_34_after_one_of_63():
    text = "Theo DTI mới công bố, Quảng Ninh, vốn đứng thứ 3/63 ở DTI 2023, nay xếp thứ 6/34."
    got = triples(text, province="quang-ninh", published=dt.date(2025, 11, 2))
    assert ("quang-ninh", "dti_rank", 2024, 6.0) in got


# ---- rule other-index-year: a year that labels another ranking's edition does not date the DTI's pillars


def test_pillars_after_a_look_back_to_the_ict_index_keep_the_dti_edition():
    text = (
        "Theo Chỉ số chuyển đổi số năm 2020 (DTI 2020), Hưng Yên đạt 0,3301, xếp thứ 36/63.\n\n"
        "Nếu như năm 2019, Vietnam ICT Index của tỉnh xếp thứ 30/63 thì với bộ chỉ số mới thứ hạng giảm nhẹ.\n"
        "Cụ thể, các trụ cột chính quyền số, kinh tế số và xã hội số của tỉnh xếp thứ lần lượt là 29, 41 và 35."
    )
    got = triples(text, province="hung-yen", published=dt.date(2021, 4, 10))
    assert ("hung-yen", "ict_index_rank", 2019, 30.0) in got
    assert got >= {
        ("hung-yen", "dti_digital_government_rank", 2020, 29.0),
        ("hung-yen", "dti_digital_economy_rank", 2020, 41.0),
        ("hung-yen", "dti_digital_society_rank", 2020, 35.0),
    }


# ---- rule roundup-measure, opened by a province's value set beside the nation's


def test_provinces_after_a_value_beside_the_nations_average():
    text = (
        "Năm 2023, tỷ trọng kinh tế số trong GRDP của thành phố Đà Nẵng ước đạt 17,1%, cao nhất miền Trung, "
        "vượt mức bình quân cả nước là 12,33%.\n\n"
        "Xếp sau Đà Nẵng trong năm 2023 là Khánh Hòa với 9,2% và Quảng Nam với 8,4%. Các tỉnh Bình Định, Phú Yên "
        "lần lượt đạt 7,7% và 6,1% trong năm 2023."
    )
    got = triples(text, province="da-nang", published=dt.date(2024, 5, 2))
    assert got >= {
        ("khanh-hoa", "digital_economy_grdp_share", 2023, 9.2),
        ("quang-nam", "digital_economy_grdp_share", 2023, 8.4),
        ("binh-dinh", "digital_economy_grdp_share", 2023, 7.7),
        ("phu-yen", "digital_economy_grdp_share", 2023, 6.1),
    }


def test_a_national_count_beside_a_share_opens_no_round_up_of_the_share():
    # guard: the nation's count of firms is not the share's national figure
    text = (
        "Năm 2025, kinh tế số ước chiếm 18,2% GRDP của Hải Phòng; toàn thành phố có 1.540 doanh nghiệp công nghệ "
        "số, trong khi cả nước có khoảng 74.000 doanh nghiệp công nghệ số.\n\n"
        "Theo bảng xếp hạng DTI 2024, Hải Phòng đạt 0,7012, xếp thứ 5 trong 34 tỉnh, thành phố; trong đó chỉ số an "
        "toàn thông tin mạng xếp thứ 3. Trước hợp nhất, Hải Dương xếp thứ 18/63 trong bảng xếp hạng năm 2023."
    )
    got = triples(text, province="hai-phong", published=dt.date(2026, 1, 6))
    assert ("hai-duong", "dti_rank", 2023, 18.0) in got
    assert not {f for f in got if f[1] == "digital_economy_grdp_share_rank"}


# ---- rule ranked-by-measure: values after a sentence that places provinces by a share are of that share


def test_bare_values_after_provinces_placed_by_a_share():
    text = (
        "Năm 2024, tỷ lệ chi trả trợ cấp an sinh xã hội không dùng tiền mặt của tỉnh Ninh Bình đạt 83,1%.\n\n"
        "Trong vùng, Ninh Bình hiện đứng sau Nam Định về tỷ lệ chi trả an sinh xã hội không dùng tiền mặt. Theo "
        "số liệu của ngành lao động, năm 2024 Nam Định đạt 90,2%, còn Hà Nam đạt 81,5%."
    )
    got = triples(text, province="ninh-binh", published=dt.date(2025, 1, 21))
    assert ("nam-dinh", "cashless_social_welfare_rate", 2024, 90.2) in got
    assert ("ha-nam", "cashless_social_welfare_rate", 2024, 81.5) in got



# ---- rule aside-apposition: a dash aside after an index describes it; the value is the index's


def test_a_dash_aside_naming_the_pillar_does_not_take_the_indexs_value():
    text = (
        "Riêng chỉ số an toàn thông tin mạng – thành phần quan trọng của trụ cột chính quyền số – của tỉnh Bắc "
        "Ninh năm 2022 đạt 0,6120, xếp thứ ba cả nước."
    )
    got = triples(text, province="bac-ninh", published=dt.date(2023, 5, 1))
    assert got == {
        ("bac-ninh", "cybersecurity_index_score", 2022, 0.612),
        ("bac-ninh", "cybersecurity_index_rank", 2022, 3.0),
    }



# ---- rule apposition: "Lào Cai, tỉnh cùng khu vực, ..." describes Lào Cai; "tỉnh" there is not the article's


def test_a_province_described_by_tinh_in_apposition_keeps_its_rank():
    text = (
        "Chỉ số DTI năm 2022 đã được công bố. Năm 2022, Yên Bái xếp thứ 33/63; Tuyên Quang, tỉnh cùng khu vực, "
        "năm 2022 xếp thứ 21/63."
    )
    got = triples(text, province="yen-bai", published=dt.date(2023, 5, 1))
    assert ("tuyen-quang", "dti_rank", 2022, 21.0) in got
    assert ("yen-bai", "dti_rank", 2022, 21.0) not in got


def test_tinh_opening_the_clause_after_a_province_named_is_still_the_articles():
    # guard: after "Cũng như Tuyên Quang," the word "tỉnh" opens the next clause (no apposition closes before
    # the number): the article's province
    text = "Chỉ số DTI năm 2022 đã được công bố. Cũng như Tuyên Quang, tỉnh đạt 0,4102, xếp thứ 33/63."
    got = triples(text, province="yen-bai", published=dt.date(2023, 5, 1))
    assert ("yen-bai", "dti_rank", 2022, 33.0) in got


# ---- rule dash-list: three values joined by dashes are a list, not a range


def test_values_joined_by_dashes_after_lan_luot():
    text = "Năm 2023, các trụ cột CQS, KTS, XHS của tỉnh Sơn La lần lượt đạt 0,4410 - 0,3120 - 0,3987."
    got = triples(text, province="son-la", published=dt.date(2024, 10, 1))
    assert got == {
        ("son-la", "dti_digital_government_score", 2023, 0.441),
        ("son-la", "dti_digital_economy_score", 2023, 0.312),
        ("son-la", "dti_digital_society_score", 2023, 0.3987),
    }


def test_two_values_joined_by_a_dash_stay_a_range():
    # guard: "đạt 65 - 70%" bounds one range (no value of it is taken)
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Sơn La đạt 65 - 70%."
    got = triples(text, province="son-la", published=dt.date(2024, 10, 1))
    assert not got


# ---- "đạt 0,71 ở hạ tầng số": a score named after its value by "ở"; "các chỉ số này" points back to them all


def test_scores_named_after_their_values_and_their_ranks_after():
    text = (
        "Năm 2022, tỉnh Long An đạt 0,6210 ở hạ tầng số, 0,5533 ở nhân lực số và 0,4872 ở thể chế số. Thứ hạng "
        "các chỉ số này tương ứng là 7, 15 và 24."
    )
    got = triples(text, province="long-an", published=dt.date(2023, 6, 1))
    assert got == {
        ("long-an", "dti_infrastructure_score", 2022, 0.621),
        ("long-an", "dti_human_resources_score", 2022, 0.5533),
        ("long-an", "dti_institution_score", 2022, 0.4872),
        ("long-an", "dti_infrastructure_rank", 2022, 7.0),
        ("long-an", "dti_human_resources_rank", 2022, 15.0),
        ("long-an", "dti_institution_rank", 2022, 24.0),
    }



# ---- a past year's value in a bracket after "so với năm 2023 (" is that year's, also after a target named before


def test_a_compared_years_bracketed_value_after_a_target():
    text = (
        "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Phú Thọ đạt 68,4%, vượt 18,4 điểm phần trăm so với chỉ tiêu "
        "tỉnh giao (50%) và cao hơn nhiều so với năm 2023 (49,2%)."
    )
    got = triples(text, province="phu-tho", published=dt.date(2025, 2, 1))
    assert ("phu-tho", "online_dossier_rate", 2023, 49.2) in got
    assert ("phu-tho", "online_dossier_rate", 2024, 68.4) in got
    assert not {f for f in got if f[3] == 50.0}


# ---- rule indicators-of-the-past: "Một số chỉ tiêu chủ yếu như sau:" after a past year's results reported


def test_indicators_listed_after_a_past_years_completion():
    text = (
        "Lạng Sơn tổng kết chuyển đổi số\n"
        "Theo báo cáo, năm 2023 tỉnh Lạng Sơn hoàn thành cơ bản các nhiệm vụ đề ra. Một số chỉ tiêu chủ yếu như sau:\n"
        "- Tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến: 61,3%.\n"
        "- Tỷ lệ hồ sơ thanh toán trực tuyến: 35,8%."
    )
    got = triples(text, province="lang-son", published=dt.date(2024, 1, 15))
    assert ("lang-son", "online_dossier_rate", 2023, 61.3) in got
    assert ("lang-son", "online_payment_rate", 2023, 35.8) in got


def test_indicators_for_the_year_ahead_stay_targets():
    # guard: "năm 2024 tỉnh phấn đấu hoàn thành ..." in January 2024 is no past year's result
    text = (
        "Lạng Sơn triển khai nhiệm vụ năm 2024\n"
        "Theo kế hoạch, năm 2024 tỉnh Lạng Sơn phấn đấu hoàn thành các nhiệm vụ. Một số chỉ tiêu chủ yếu như sau:\n"
        "- Tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến: 80%.\n"
        "- Tỷ lệ hồ sơ thanh toán trực tuyến: 50%."
    )
    got = triples(text, province="lang-son", published=dt.date(2024, 1, 15))
    assert not got


# ---- rule city-calls-itself: "Thành phố" in an article about a centrally-run city is the city


def test_thanh_pho_after_a_provinces_rank_is_the_city():
    text = (
        "Cần Thơ giữ vững thứ hạng DTI 2023\n\n"
        "Theo DTI 2023, Cần Thơ xếp thứ 11/63. Trong khi đó tỉnh Hậu Giang xếp thứ 45/63. Năm 2023, Thành phố có "
        "tỷ lệ hồ sơ trực tuyến đạt 71,2%."
    )
    got = triples(text, province="can-tho", published=dt.date(2024, 10, 1))
    assert ("can-tho", "online_dossier_rate", 2023, 71.2) in got
    assert not {f for f in got if f[0] == "hau-giang" and f[1] == "online_dossier_rate"}



# ---- rule service-centre-figure: a one-stop centre's figure is an agency's, not the province's


def test_the_service_centres_share_is_not_the_provinces():
    text = (
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Hà Nam đạt 61,2%. Tại Trung tâm Phục vụ hành chính công tỉnh, "
        "tỷ lệ hồ sơ trực tuyến đạt 93,5%. Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 52.300 hồ sơ, với "
        "88,4% hồ sơ nộp qua mạng."
    )
    got = triples(text, province="ha-nam", published=dt.date(2024, 1, 20))
    assert ("ha-nam", "online_dossier_rate", 2023, 61.2) in got
    assert not {f for f in got if f[3] in (93.5, 88.4)}


def test_the_centre_with_every_levels_desks_is_the_province():
    # guard: "Trung tâm ... và bộ phận một cửa các cấp" receive the whole province's dossiers
    text = (
        "Hà Nam tổng kết cải cách hành chính\n"
        "Năm 2023, Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa các cấp tiếp nhận 131.460 hồ sơ, "
        "trong đó có 96.218 hồ sơ nộp trực tuyến, chiếm 73,2%."
    )
    got = triples(text, province="ha-nam", published=dt.date(2024, 1, 20))
    assert ("ha-nam", "online_dossier_rate", 2023, 73.2) in got


# ---- rule rank-then-province: ranks listed before "lần lượt là", and "vị trí thứ tư gọi tên X"


def test_ranks_listed_before_the_provinces_they_go_to():
    text = (
        "Theo DTI 2022, Quảng Ninh đứng đầu. Xếp thứ hai và thứ ba lần lượt là Hà Nội và Đà Nẵng. Vị trí thứ tư "
        "gọi tên Bà Rịa - Vũng Tàu."
    )
    got = triples(text, province="quang-ninh", published=dt.date(2023, 5, 1))
    assert got >= {
        ("ha-noi", "dti_rank", 2022, 2.0),
        ("da-nang", "dti_rank", 2022, 3.0),
        ("ba-ria-vung-tau", "dti_rank", 2022, 4.0),
    }
    assert not {f for f in got if f[0] == "quang-ninh" and f[3] in (2.0, 3.0, 4.0)}


# ---- ranks past ten in words, also in a list and after a place ("thứ hai mươi hai và thứ mười bảy")


def test_compound_ordinal_words_in_a_list_and_after_a_place():
    text = (
        "Năm 2023, hạ tầng số và nhân lực số của tỉnh Yên Bái lần lượt đứng thứ hai mươi hai và thứ mười bảy. "
        "Ở các trụ cột, chính quyền số xếp thứ chín, kinh tế số thứ mười bốn và xã hội số thứ ba mươi."
    )
    got = triples(text, province="yen-bai", published=dt.date(2024, 10, 1))
    assert got >= {
        ("yen-bai", "dti_infrastructure_rank", 2023, 22.0),
        ("yen-bai", "dti_human_resources_rank", 2023, 17.0),
        ("yen-bai", "dti_digital_government_rank", 2023, 9.0),
        ("yen-bai", "dti_digital_economy_rank", 2023, 14.0),
        ("yen-bai", "dti_digital_society_rank", 2023, 30.0),
    }
