"""Issue 10, in our own sentences, the classes six more probe corpora (round 9, written by helpers
who had not read the extractor) exposed."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

PUB = dt.date(2025, 10, 30)


def test_symbol_bullets_are_items_not_headings():
    text = (
        "Quảng Trị công bố kết quả DTI 2024\n\n"
        "Tỉnh Quảng Trị đạt 0,5512 điểm, xếp thứ 15/34.\n\n"
        "► 9 tháng năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 71,2%\n"
        "✔️ Năm 2025, tỷ lệ thanh toán trực tuyến hồ sơ đạt 48,5%\n"
    )
    got = triples(text, province="quang-tri", published=PUB)
    assert ("quang-tri", "online_dossier_rate", 2025, 71.2) in got
    assert ("quang-tri", "online_payment_rate", 2025, 48.5) in got


def test_a_symbol_led_first_line_is_still_the_title():
    text = "🔴 Tỉnh Quảng Trị xếp thứ 15/34 về DTI 2024\n\nBộ vừa công bố kết quả chỉ số chuyển đổi số."
    got = triples(text, published=PUB)
    assert ("quang-tri", "dti_rank", 2024, 15.0) in got


def test_fact_box_lines_are_read_with_the_year_the_intro_gives():
    text = (
        "Chuyển đổi số Hà Tĩnh qua các con số\n\n"
        "Dưới đây là một số kết quả chuyển đổi số của tỉnh Hà Tĩnh năm 2025.\n\n"
        "XÃ HỘI SỐ\n"
        "Tỷ lệ người dùng Internet: 79,4% | Cả nước: 81%\n"
        "Tổ công nghệ số cộng đồng: 2.340 tổ\n"
        "CHÍNH QUYỀN SỐ\n"
        "DTI 2024: xếp thứ 19/34\n"
    )
    got = triples(text, province="ha-tinh", published=dt.date(2026, 2, 3))
    assert ("ha-tinh", "internet_user_rate", 2025, 79.4) in got
    assert ("ha-tinh", "community_digital_team_count", 2025, 2340.0) in got
    assert ("ha-tinh", "dti_rank", 2024, 19.0) in got
    assert not any(v == 81.0 for *_, v in got)  # the nation's figure beside it


def test_infographic_pillars_with_dot_decimals_and_rank_cells():
    text = (
        "Infographic: DTI 2022 của tỉnh Bắc Giang\n\n"
        "CHỈ SỐ DTI 2022 - TỈNH BẮC GIANG\n"
        "Giá trị DTI: 0.5120\n"
        "Kinh tế số: 0.4021 | Hạng 12\n"
    )
    got = triples(text, province="bac-giang", published=dt.date(2023, 7, 20))
    assert {("bac-giang", "dti_score", 2022, 0.512), ("bac-giang", "dti_digital_economy_score", 2022, 0.4021)} <= got
    assert ("bac-giang", "dti_digital_economy_rank", 2022, 12.0) in got


def test_a_dateline_with_a_clock_time_is_no_fact_box_line():
    from vndx.extract.sentences import split_sentences

    text = "Tiêu đề bài viết về chuyển đổi số\n07/11/2024 - 08:00\nLượt xem: 48\n"
    heads = [s.is_heading for s in split_sentences(text)]
    assert heads == [True, True, False]


def test_service_levels_are_no_counts_and_the_level_4_share_is_the_full_online_rate():
    text = (
        "Năm 2019, tỉnh Hòa Bình cung cấp 905 dịch vụ công trực tuyến mức độ 3, 4; tỷ lệ thủ tục hành chính "
        "được cung cấp trực tuyến mức độ 3, 4 đạt 47,1%, riêng mức độ 4 chiếm 18,2%."
    )
    got = triples(text, province="hoa-binh", published=dt.date(2020, 1, 10))
    assert ("hoa-binh", "online_public_service_rate", 2019, 47.1) in got
    assert ("hoa-binh", "online_public_service_full_rate", 2019, 18.2) in got
    assert not any(v in (3.0, 4.0) for *_, v in got)


def test_procedures_provided_end_to_end_without_saying_online():
    text = "Năm 2024, tỉnh Hòa Bình có 1.204 thủ tục được cung cấp toàn trình, chiếm 61,3%."
    got = triples(text, province="hoa-binh", published=dt.date(2024, 12, 20))
    assert ("hoa-binh", "online_public_service_full_rate", 2024, 61.3) in got


def test_hien_before_a_verb_is_now_but_not_inside_thuc_hien():
    base = "Năm 2022, tỉnh Hòa Bình có 310 doanh nghiệp công nghệ số. "
    now = triples(
        base + "Tỉnh hiện có 402 doanh nghiệp công nghệ số.", province="hoa-binh", published=dt.date(2024, 3, 5)
    )
    assert ("hoa-binh", "digital_enterprise_count", 2024, 402.0) in now
    from vndx.extract.cues import load_cues

    assert not load_cues().as_of_now.search("tinh da thuc hien co hieu qua de an")


def test_a_rankings_edition_year_dates_its_ranks_not_the_statistics_after_it():
    text = (
        "Theo Vietnam ICT Index 2018, tỉnh Cao Bằng xếp thứ 58/63. Chỉ số hạ tầng kỹ thuật của tỉnh vẫn thấp. "
        "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cố định mới đạt 21,4%."
    )
    got = triples(text, province="cao-bang", published=dt.date(2019, 6, 12))
    assert ("cao-bang", "ict_index_rank", 2018, 58.0) in got
    assert ("cao-bang", "fixed_broadband_household_rate", 2019, 21.4) in got


def test_a_plain_year_still_dates_the_statistics_after_it():
    text = (
        "Năm 2018, tỉnh Cao Bằng đầu tư mạnh cho hạ tầng. "
        "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cố định đạt 21,4%."
    )
    got = triples(text, province="cao-bang", published=dt.date(2019, 6, 12))
    assert ("cao-bang", "fixed_broadband_household_rate", 2018, 21.4) in got


def test_a_comparison_with_the_national_average_does_not_make_the_paragraph_national():
    text = (
        "Tỉnh Cao Bằng đạt 0,4012 điểm DTI 2023, thấp hơn giá trị bình quân cả nước (0,4780). Ở ba trụ cột, "
        "chính quyền số đạt 0,4420, kinh tế số đạt 0,3010."
    )
    got = triples(text, province="cao-bang", published=dt.date(2024, 8, 1))
    assert ("cao-bang", "dti_digital_government_score", 2023, 0.442) in got
    assert not any(v == 0.478 for *_, v in got)


def test_ranks_named_before_the_provinces_that_hold_them():
    pub = dt.date(2022, 4, 20)
    text = "Kết quả PAR Index 2021 đã công bố. Đứng thứ hai và thứ ba lần lượt là Nam Định và Bắc Giang."
    got = triples(text, published=pub)
    assert {("nam-dinh", "par_index_rank", 2021, 2.0), ("bac-giang", "par_index_rank", 2021, 3.0)} <= got
    text = "Ở DTI 2021, các vị trí thứ năm đến thứ bảy lần lượt thuộc về Long An, Bình Dương (0,49) và Hà Nội."
    got = triples(text, published=pub)
    assert {("long-an", "dti_rank", 2021, 5.0), ("binh-duong", "dti_rank", 2021, 6.0)} <= got
    assert ("ha-noi", "dti_rank", 2021, 7.0) in got


def test_ranks_before_more_provinces_than_ranks_pair_nothing():
    text = "Ở DTI 2021, vị trí thứ hai và thứ ba lần lượt thuộc về Long An."
    got = triples(text, published=dt.date(2022, 4, 20))
    assert ("long-an", "dti_rank", 2021, 3.0) not in got


def test_a_list_is_the_provinces_that_open_its_own_clause():
    text = "Sau Đà Nẵng trong bảng xếp hạng DTI 2021, Nam Định và Bắc Giang lần lượt xếp thứ 2 và thứ 3."
    got = triples(text, published=dt.date(2022, 4, 20))
    assert {("nam-dinh", "dti_rank", 2021, 2.0), ("bac-giang", "dti_rank", 2021, 3.0)} <= got
    assert not any(p == "da-nang" for p, *_ in got)


def test_a_value_after_a_list_still_reads_the_index():
    text = (
        "Kết quả Vietnam ICT Index 2019 được công bố. Năm 2019, vị trí thứ hai và thứ ba lần lượt thuộc về "
        "Nam Định và Bắc Giang; Long An xếp thứ 4."
    )
    got = triples(text, published=dt.date(2020, 3, 1))
    assert ("long-an", "ict_index_rank", 2019, 4.0) in got


def test_documents_exchanged_then_signed_are_the_signed_share():
    text = "Năm 2023, tại tỉnh Sơn La, 97% văn bản điện tử trao đổi giữa các cơ quan hành chính nhà nước được ký số."
    got = triples(text, province="son-la", published=dt.date(2023, 12, 28))
    assert ("son-la", "e_document_signed_rate", 2023, 97.0) in got
    assert not any(code == "e_document_exchange_rate" for _, code, _, _ in got)


def test_the_infrastructure_index_by_its_full_name():
    text = "DTI 2022 của tỉnh Sơn La: Hạ tầng và nền tảng số của tỉnh đạt 0,5230, đứng thứ 21."
    got = triples(text, province="son-la", published=dt.date(2023, 7, 1))
    assert {
        ("son-la", "dti_infrastructure_score", 2022, 0.523),
        ("son-la", "dti_infrastructure_rank", 2022, 21.0),
    } <= got
    assert not any(code in ("dti_score", "dti_rank") for _, code, _, _ in got)


def test_ict_sub_indices_named_as_a_group_or_with_the_province_are_not_the_index():
    text = (
        "Theo ICT Index 2019, tỉnh Sơn La xếp thứ 40/63. Xét chỉ số thành phần, hạ tầng kỹ thuật của tỉnh xếp "
        "thứ 35, hạ tầng nhân lực thứ 52. Riêng nhóm chỉ số ứng dụng CNTT trong cơ quan nhà nước, tỉnh đứng thứ 12."
    )
    got = triples(text, province="son-la", published=dt.date(2020, 5, 1))
    ranks = {v for _, code, _, v in got if code == "ict_index_rank"}
    assert ranks == {40.0}


def test_a_list_of_shares_is_no_attainment_without_a_target():
    text = (
        "Hà Nam, Ninh Bình và Thái Bình là ba tỉnh có tỷ lệ người dân có tài khoản định danh điện tử cao nhất "
        "năm 2023, lần lượt đạt 71,4%, 68,9% và 66,2%."
    )
    got = triples(text, published=dt.date(2023, 8, 10))
    assert ("ha-nam", "eid_account_rate", 2023, 71.4) in got
    assert not any(code == "eid_target_attainment_rate" for _, code, _, _ in got)
    text = (
        "Năm 2024, Hà Nam, Ninh Bình và Thái Bình lần lượt đạt 101,3%, 98,2% và 99,6% chỉ tiêu cấp tài khoản "
        "định danh điện tử được giao."
    )
    got = triples(text, published=dt.date(2025, 1, 10))
    assert ("ha-nam", "eid_target_attainment_rate", 2024, 101.3) in got


def test_a_contrast_year_dates_only_what_follows_it():
    text = (
        "Tỷ lệ chi trả trợ cấp an sinh xã hội không dùng tiền mặt của tỉnh Yên Bái đạt 79,5%, trong khi cuối năm "
        "2022 mới đạt 60%. Tỷ lệ chi trả lương hưu không dùng tiền mặt đạt 58,1%."
    )
    got = triples(text, province="yen-bai", published=dt.date(2023, 6, 2))
    assert ("yen-bai", "cashless_social_welfare_rate", 2023, 79.5) in got
    assert ("yen-bai", "cashless_pension_rate", 2023, 58.1) in got


def test_a_multiple_of_a_years_figure_is_a_comparison():
    text = (
        "Năm 2019, tỉnh Yên Bái có 18.200 hồ sơ nộp trực tuyến, gấp 2 lần năm 2018; tỷ lệ hồ sơ giải quyết "
        "trực tuyến đạt 14,2%."
    )
    got = triples(text, province="yen-bai", published=dt.date(2020, 1, 8))
    assert ("yen-bai", "online_dossier_rate", 2019, 14.2) in got
    assert not any(p == 2018 for _, _, p, _ in got)


def test_this_rate_points_back_at_the_last_measure_of_the_sentence_before():
    text = (
        "Năm 2020, 92% thủ tục hành chính của tỉnh Bắc Kạn được cung cấp trực tuyến mức độ 4; tỷ lệ hồ sơ nộp "
        "trực tuyến đạt 41%. 6 tháng đầu năm 2021, tỷ lệ này tăng lên 55,5%."
    )
    got = triples(text, province="bac-kan", published=dt.date(2021, 7, 20))
    assert ("bac-kan", "online_dossier_rate", 2021, 55.5) in got
    assert ("bac-kan", "online_public_service_full_rate", 2021, 55.5) not in got


def test_a_sentence_framed_by_a_region_ranks_within_it():
    text = "DTI 2024: Bắc Kạn... Trong 11 tỉnh khu vực Đồng bằng sông Hồng, Hưng Yên xếp thứ 5."
    got = triples(text, published=dt.date(2025, 11, 1))
    assert not any(code == "dti_rank" and v == 5.0 for _, code, _, v in got)
    text = "Trong nhóm 63 tỉnh, thành phố, Hưng Yên đứng thứ 5 về DTI 2023."
    assert ("hung-yen", "dti_rank", 2023, 5.0) in triples(text, published=dt.date(2024, 8, 1))


def test_a_rank_beyond_any_regions_size_is_national():
    text = (
        "Về ICT Index 2019, các tỉnh còn lại trong khu vực Bắc Trung Bộ có thứ hạng thấp hơn: Nghệ An thứ 21, "
        "Hà Tĩnh thứ 30."
    )
    got = triples(text, published=dt.date(2020, 5, 1))
    assert {("nghe-an", "ict_index_rank", 2019, 21.0), ("ha-tinh", "ict_index_rank", 2019, 30.0)} <= got


def test_a_place_among_the_nations_top_is_no_national_subject():
    text = (
        "DTI 2022 của tỉnh Phú Thọ: ở cả ba trụ cột, tỉnh đều nằm trong top 10 cả nước: "
        "chính quyền số xếp thứ 4 (0,6610)."
    )
    got = triples(text, province="phu-tho", published=dt.date(2023, 7, 1))
    assert ("phu-tho", "dti_digital_government_score", 2022, 0.661) in got


def test_skills_training_written_verb_first():
    text = "Năm 2023, tỉnh Phú Thọ đã đào tạo kỹ năng số cho 52.300 hộ sản xuất nông nghiệp."
    got = triples(text, province="phu-tho", published=dt.date(2023, 12, 1))
    assert ("phu-tho", "digital_skill_farm_household_count", 2023, 52300.0) in got


def test_ranks_named_by_the_list_word_itself():
    text = (
        "Năm 2024, các trụ cột chính quyền số, kinh tế số và xã hội số của tỉnh Phú Thọ có thứ hạng tương ứng "
        "là 9, 14 và 20."
    )
    got = triples(text, province="phu-tho", published=dt.date(2025, 11, 1))
    assert {
        ("phu-tho", "dti_digital_government_rank", 2024, 9.0),
        ("phu-tho", "dti_digital_society_rank", 2024, 20.0),
    } <= got


def test_an_index_edition_compared_with_owns_its_own_value_only():
    text = (
        "Năm 2025, tỉnh Phú Thọ xếp thứ 11/34 về DTI, tăng 3 bậc so với DTI 2024 (xếp thứ 14/34). "
        "Các trụ cột của tỉnh có thứ hạng tương ứng là 9, 14 và 20 về chính quyền số, kinh tế số và xã hội số."
    )
    got = triples(text, province="phu-tho", published=dt.date(2026, 10, 20))
    assert {("phu-tho", "dti_rank", 2025, 11.0), ("phu-tho", "dti_rank", 2024, 14.0)} <= got
    assert ("phu-tho", "dti_digital_government_rank", 2025, 9.0) in got
    text = "Năm 2024, tỉnh Phú Thọ xếp thứ 5/34 về DTI. So với DTI 2023, khi tỉnh xếp thứ 9/63, đây là bước tiến lớn."
    got = triples(text, province="phu-tho", published=dt.date(2025, 11, 1))
    assert ("phu-tho", "dti_rank", 2023, 9.0) in got


def test_a_label_is_read_whole_for_changes_and_spreads():
    text = (
        "Infographic: DTI 2023 của tỉnh Điện Biên\n\n"
        "Giá trị DTI: 0.4120\n"
        "Tăng trưởng so với năm 2022: +0.0412\n"
        "- Chênh lệch giữa địa phương cao nhất và thấp nhất cả nước: 0,3011\n"
    )
    got = triples(text, province="dien-bien", published=dt.date(2024, 8, 1))
    assert ("dien-bien", "dti_score_change", 2023, 0.0412) in got
    assert not any(v in (0.0412, 0.3011) and code != "dti_score_change" for _, code, _, v in got)


def test_a_score_before_its_rank_about_the_index():
    text = "Theo kết quả công bố, Long An đạt 0,5521, xếp thứ 9 trong 34 tỉnh, thành về Chỉ số chuyển đổi số năm 2024."
    got = triples(text, published=dt.date(2025, 11, 1))
    # (ranked among the 34: the successor, Tây Ninh, for both)
    assert {("tay-ninh", "dti_score", 2024, 0.5521), ("tay-ninh", "dti_rank", 2024, 9.0)} <= got
    text = "Tỉnh Long An đạt 0,5521, xếp thứ 9 về tỷ lệ hồ sơ trực tuyến."
    assert not any(code == "dti_score" for _, code, _, _ in triples(text, published=dt.date(2025, 3, 1)))


def test_the_bloc_of_provinces_is_all_of_them():
    pub = dt.date(2021, 4, 20)
    text = "Kết quả DTI 2020: Đà Nẵng dẫn đầu khối tỉnh, thành phố với giá trị DTI 2020 đạt 0,5289."
    assert ("da-nang", "dti_score", 2020, 0.5289) in triples(text, published=pub)
    text = "Trong khối tỉnh, thành phố năm 2020, Đà Nẵng xếp thứ nhất về DTI."
    assert ("da-nang", "dti_rank", 2020, 1.0) in triples(text, published=pub)
    text = "Giá trị DTI trung bình của khối tỉnh, thành phố năm 2020 là 0,3018."
    assert not any(v == 0.3018 for *_, v in triples(text, province="da-nang", published=pub))


def test_a_bare_department_as_the_subject_is_the_department():
    pub = dt.date(2023, 9, 1)
    text = (
        "Sở Tư pháp tỉnh Kon Tum đẩy mạnh cải cách hành chính. Trong 8 tháng, Sở tiếp nhận 2.104 hồ sơ, trong đó "
        "96,2% hồ sơ được nộp trực tuyến."
    )
    assert not any(v == 96.2 for *_, v in triples(text, province="kon-tum", published=pub))
    text = "Theo Sở, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 61,5%."
    assert ("kon-tum", "online_dossier_rate", 2023, 61.5) in triples(text, province="kon-tum", published=pub)
    text = "Số hồ sơ trực tuyến của tỉnh tăng mạnh; tỷ lệ hồ sơ trực tuyến đạt 61,5%."
    assert ("kon-tum", "online_dossier_rate", 2023, 61.5) in triples(text, province="kon-tum", published=pub)


def test_a_headlines_hedged_round_figure_is_the_bodys_exact_one():
    text = (
        "Thanh Hóa: Hơn 92% đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản\n\n"
        "Năm 2024, tỷ lệ chi trả trợ cấp an sinh xã hội không dùng tiền mặt của tỉnh Thanh Hóa đạt 92,4%."
    )
    got = triples(text, published=dt.date(2024, 12, 20))
    assert ("thanh-hoa", "cashless_social_welfare_rate", 2024, 92.4) in got
    assert not any(v == 92.0 for *_, v in got)


def test_a_movement_to_a_place_is_a_rank():
    pub = dt.date(2023, 7, 1)
    text = (
        "Kết quả DTI 2022: Yên Bái vươn lên vị trí số 1, Sơn La lùi xuống thứ hai và Lai Châu vượt Điện Biên "
        "lên thứ ba."
    )
    got = triples(text, published=pub)
    assert {
        ("yen-bai", "dti_rank", 2022, 1.0),
        ("son-la", "dti_rank", 2022, 2.0),
        ("lai-chau", "dti_rank", 2022, 3.0),
    } <= got
    assert not any(p == "dien-bien" for p, *_ in got)


def test_a_year_in_a_dash_aside_dates_nothing_around_it():
    text = "Kết quả DTI 2021: Sơn La - địa phương dẫn đầu khu vực năm 2020 - lùi xuống thứ 12."
    assert ("son-la", "dti_rank", 2021, 12.0) in triples(text, published=dt.date(2022, 5, 1))


def test_targets_counted_as_missed_introduce_results():
    text = (
        "Năm 2025, tỉnh Sơn La hoàn thành 9/12 chỉ tiêu. Ba chỉ tiêu chưa đạt gồm: tỷ lệ hồ sơ thanh toán trực "
        "tuyến (đạt 41,5%, chỉ tiêu 50%) và tỷ trọng kinh tế số trong GRDP (đạt 7,2% so với mục tiêu 10%)."
    )
    got = triples(text, province="son-la", published=dt.date(2026, 1, 10))
    assert {("son-la", "online_payment_rate", 2025, 41.5), ("son-la", "digital_economy_grdp_share", 2025, 7.2)} <= got
    assert not any(v in (50.0, 10.0) for *_, v in got)
    text = "Kế hoạch năm 2026 của tỉnh Sơn La: chỉ tiêu đặt ra là tỷ lệ hồ sơ thanh toán trực tuyến đạt 60%."
    assert not any(v == 60.0 for *_, v in triples(text, province="son-la", published=dt.date(2026, 1, 10)))


def test_readers_comments_are_no_facts():
    text = (
        "Lâm Đồng tăng 5 bậc về ICT Index 2018\n\n"
        "Năm 2018, Lâm Đồng xếp thứ 20/63 về ICT Index.\n"
        "Ý kiến bạn đọc (2)\n"
        "Nguyễn Văn A - Đà Lạt\n"
        "Khánh Hòa xếp thứ 12 kìa, Lâm Đồng phải cố gắng hơn nữa.\n"
    )
    got = triples(text, published=dt.date(2018, 11, 29))
    assert got == {("lam-dong", "ict_index_rank", 2018, 20.0)}


def test_the_start_of_a_movement_is_the_year_before():
    pub = dt.date(2024, 7, 1)
    text = "Năm 2023, chỉ số DTI của tỉnh Yên Bái tăng 12 bậc, từ vị trí 27 lên vị trí thứ 15."
    assert {("yen-bai", "dti_rank", 2022, 27.0), ("yen-bai", "dti_rank", 2023, 15.0)} <= triples(text, published=pub)
    text = "Kết quả DTI 2022: Thái Nguyên tụt từ vị trí thứ 10 xuống thứ 18."
    assert {("thai-nguyen", "dti_rank", 2021, 10.0), ("thai-nguyen", "dti_rank", 2022, 18.0)} <= triples(
        text, published=pub
    )
    # a year written with the start, or a frame of years, still dates it
    text = "Năm 2023, DTI của Yên Bái tăng từ vị trí 35 năm 2020 lên vị trí thứ 19."
    assert ("yen-bai", "dti_rank", 2020, 35.0) in triples(text, published=pub)


def test_a_province_the_sentence_does_not_name_is_nobody_we_can_credit():
    pub = dt.date(2024, 7, 1)
    text = "Kết quả DTI 2023: Đà Nẵng đạt 0,7010. Địa phương có giá trị nhân lực số thấp nhất chỉ đạt 0,1085."
    got = triples(text, published=pub)
    assert ("da-nang", "dti_score", 2023, 0.701) in got
    assert not any(v == 0.1085 for *_, v in got)
    text = "Hải Phòng là địa phương có tỷ lệ người dùng điện thoại thông minh cao nhất năm 2023, đạt 78,4%."
    assert ("hai-phong", "smartphone_user_rate", 2023, 78.4) in triples(text, published=pub)


def test_the_gap_between_two_provinces_is_no_value():
    text = "Kết quả DTI 2023: Quảng Ninh đạt 0,6526. Khoảng cách giữa Quảng Ninh và Lai Châu là 0,3114."
    assert triples(text, published=dt.date(2024, 7, 1)) == {("quang-ninh", "dti_score", 2023, 0.6526)}
