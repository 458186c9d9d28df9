"""The binding rules learned from real articles (issue 10), one class per test, on sentences
written for these tests (never copied from the corpus). Each dropped candidate names its rule."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import facts_of, triples
from vndx.extract import extract_facts


def _drops(text: str, **kw) -> set[str]:
    trace: list = []
    facts_of(text, trace=trace, **kw)
    return {d.rule for d in trace}


# ranks written without digits or "/63"
def test_ordinal_words_are_ranks():
    got = triples(
        "Năm 2022, Kon Tum xếp thứ tư về chỉ số chuyển đổi số; trụ cột chính quyền số xếp hạng nhì.", province=None
    )
    assert ("kon-tum", "dti_rank", 2022, 4) in got
    assert ("kon-tum", "dti_digital_government_rank", 2022, 2) in got


def test_ordinal_word_is_not_a_weekday_or_a_count():
    assert triples("Thứ Hai, 12/05/2024 - 08:15\nHội nghị chuyển đổi số của tỉnh diễn ra sáng nay.") == set()
    assert triples("Năm 2023, tỉnh xếp hạng ba trụ cột chuyển đổi số theo mức độ ưu tiên.") == set()


def test_position_words_before_a_number_are_a_rank():
    got = triples("Bến Tre năm 2023 đứng ở vị trí thứ 14 cả nước về chỉ số chuyển đổi số.")
    assert ("ben-tre", "dti_rank", 2023, 14) in got


def test_regional_rank_is_not_national():
    got = triples("Năm 2023, Phú Yên xếp thứ 37 cả nước và thứ hai khu vực Nam Trung Bộ về chỉ số chuyển đổi số.")
    assert ("phu-yen", "dti_rank", 2023, 37) in got
    assert not any(f[3] == 2 for f in got)


def test_rank_out_of_63_is_national_even_in_a_regional_sentence():
    got = triples("Ở khu vực Tây Nguyên, chỉ số chuyển đổi số năm 2023 của Gia Lai xếp thứ 30/63.")
    assert ("gia-lai", "dti_rank", 2023, 30) in got


def test_counted_years_are_not_a_rank():
    got = triples("Bắc Ninh giữ ngôi đầu về chỉ số chuyển đổi số năm 2023, là năm thứ 3 liên tiếp.")
    assert not any(f[2] == "dti_rank" and f[3] == 3 for f in got)


def test_rank_about_another_index_is_not_taken():
    got = triples(
        "Năm 2022, chỉ số cải cách hành chính (PAR Index) của Quảng Trị xếp thứ 20 cả nước, "
        "còn chỉ số hài lòng của người dân (SIPAS) đứng thứ 9."
    )
    assert ("quang-tri", "par_index_rank", 2022, 20) in got
    assert not any(f[3] == 9 for f in got)


# movement between years
def test_movement_gives_each_rank_its_year():
    got = triples("Về chỉ số chuyển đổi số, năm 2023 Yên Bái từ vị trí 41 năm 2021 vươn lên vị trí thứ 22.")
    assert ("yen-bai", "dti_rank", 2021, 41) in got
    assert ("yen-bai", "dti_rank", 2023, 22) in got


def test_bracketed_value_after_a_comparison_year_takes_that_year():
    got = triples("Chỉ số chuyển đổi số năm 2021 của Hòa Bình xếp thứ 18/63, tiến bộ so với năm 2020 (xếp thứ 47/63).")
    assert ("hoa-binh", "dti_rank", 2021, 18) in got
    assert ("hoa-binh", "dti_rank", 2020, 47) in got


# lists and back-references
def test_list_back_reference_to_the_previous_sentence():
    got = triples(
        "Quảng Bình đứng thứ 20/63 về chỉ số chuyển đổi số năm 2023. Các trụ cột chính quyền số, kinh tế số, "
        "xã hội số lần lượt xếp thứ 11, 31 và 7. Năm 2022, các thứ hạng này là 21, 34 và 16.",
        province=None,
    )
    assert {
        ("quang-binh", "dti_digital_government_rank", 2022, 21),
        ("quang-binh", "dti_digital_economy_rank", 2022, 34),
        ("quang-binh", "dti_digital_society_rank", 2022, 16),
    } <= got


def test_two_provinces_two_values_respectively():
    got = triples("Năm 2023, tỷ trọng kinh tế số trong GRDP của Khánh Hòa và Ninh Thuận tương ứng là 8,2% và 5,4%.")
    assert ("khanh-hoa", "digital_economy_grdp_share", 2023, 8.2) in got
    assert ("ninh-thuan", "digital_economy_grdp_share", 2023, 5.4) in got


def test_index_dash_value_pairs_after_a_ranking_lead():
    got = triples(
        "Về các chỉ số chính năm 2022, thứ hạng của tỉnh lần lượt là: Nhận thức số - xếp thứ 25; "
        "Thể chế số - 14; Hoạt động chính quyền số - 39."
    )
    assert {
        ("tra-vinh", "dti_awareness_rank", 2022, 25),
        ("tra-vinh", "dti_institution_rank", 2022, 14),
        ("tra-vinh", "dti_gov_activity_rank", 2022, 39),
    } <= got


# who the value belongs to
def test_department_and_averages_are_not_the_province():
    text = "Năm 2022, Sở Tài chính dẫn đầu khối sở, ngành với chỉ số chuyển đổi số đạt 0,8012 điểm."
    assert triples(text) == set()
    assert "department-or-agency" in _drops(text)
    text = "Năm 2022, chỉ số chuyển đổi số cấp tỉnh có giá trị trung bình là 0,5871."
    assert triples(text) == set()
    assert "aggregate-not-province" in _drops(text)


def test_the_source_department_is_not_the_subject():
    got = triples(
        "Theo báo cáo của Sở Thông tin và Truyền thông, năm 2023, 100% cơ quan nhà nước từ cấp tỉnh đến cấp xã "
        "gửi, nhận văn bản điện tử; tỷ lệ văn bản điện tử được ký số đạt 96,4%."
    )
    assert ("tra-vinh", "e_document_signed_rate", 2023, 96.4) in got


def test_national_portal_name_is_not_a_national_figure():
    got = triples("Tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh qua Cổng Dịch vụ công quốc gia năm 2023 là 47,2%.")
    assert ("tra-vinh", "online_payment_rate", 2023, 47.2) in got


def test_paragraph_about_a_district_gives_no_province_fact():
    text = (
        "Năm 2023, huyện Trà Cú là điểm sáng về chuyển đổi số của tỉnh Trà Vinh. Hệ thống văn bản của huyện "
        "chạy thông suốt. 100% ấp đã được phủ sóng di động."
    )
    assert triples(text) == set()
    assert "paragraph-about-lower-unit" in _drops(text)


# which year
def test_edition_year_not_publication_year():
    text = (
        "Bộ vừa công bố bảng xếp hạng chuyển đổi số năm 2024 của các địa phương.\n"
        "Theo đó, Bắc Ninh dẫn đầu với giá trị DTI đạt 0,7712."
    )
    got = {
        (f.province, f.indicator, f.period, f.value)
        for f in extract_facts(text, doc="t", published=dt.date(2025, 3, 2))
    }
    assert ("bac-ninh", "dti_score", 2024, 0.7712) in got


def test_as_of_now_after_a_ranking_report_without_date():
    text = (
        "Quảng Ngãi xếp thứ 30/63 về chỉ số DTI năm 2022.\n"
        "Đến nay, toàn tỉnh có 312 sản phẩm được đưa lên sàn thương mại điện tử."
    )
    got = {(f.indicator, f.period, f.value) for f in extract_facts(text, doc="t", published=None)}
    assert ("ecommerce_product_count", 2023, 312) in got


# numbers that are not the value
def test_range_bounds_are_not_values():
    text = "Năm 2024, ba địa phương cuối bảng có giá trị DTI từ khoảng 0,41 đến gần 0,47."
    assert triples(text) == set()
    assert "range" in _drops(text)


def test_subset_of_a_count_is_not_the_count():
    got = triples("Đến nay, tỉnh có 620 sản phẩm được bày bán trên sàn thương mại điện tử, trong đó 210 sản phẩm OCOP.")
    assert ("tra-vinh", "ecommerce_product_count", 2024, 620) in got
    assert not any(f[3] == 210 for f in got)


def test_new_measure_after_a_semicolon_does_not_chain():
    got = triples(
        "Trong năm 2023, tỷ lệ dịch vụ công trực tuyến mức độ 4 của tỉnh là 77,1%; hồ sơ công việc xử lý "
        "trên môi trường mạng đạt 61,2%."
    )
    assert ("tra-vinh", "online_public_service_full_rate", 2023, 77.1) in got
    assert not any(f[3] == 61.2 and f[1] == "online_public_service_full_rate" for f in got)


def test_pillar_abbreviations():
    got = triples("Năm 2023, các trụ cột CQS, KTS, XHS của tỉnh lần lượt xếp thứ 9, 40 và 17.")
    assert {
        ("tra-vinh", "dti_digital_government_rank", 2023, 9),
        ("tra-vinh", "dti_digital_economy_rank", 2023, 40),
        ("tra-vinh", "dti_digital_society_rank", 2023, 17),
    } <= got


def test_signatures_handed_to_people_are_not_signed_documents():
    got = triples("Năm 2024, tỉnh đã cấp 120 nghìn chữ ký số cho người dân, đạt tỷ lệ 14,5%.")
    assert not any(f[1] == "e_document_signed_rate" for f in got)


# headlines
def test_fact_stated_only_in_the_headline():
    text = "Sơn La đứng thứ 9 cả nước về chỉ số ICT Index năm 2022\nBài viết điểm lại kết quả của tỉnh trong năm."
    got = {
        (f.province, f.indicator, f.period, f.value)
        for f in extract_facts(text, doc="t", published=dt.date(2023, 9, 1))
    }
    assert ("son-la", "ict_index_rank", 2022, 9) in got


def test_related_headlines_after_the_body_are_not_facts():
    text = (
        "Kết quả chuyển đổi số của tỉnh\nNăm 2023, chỉ số chuyển đổi số của Cà Mau xếp thứ 35/63.\n"
        "Tin cùng chuyên mục\nBạc Liêu đứng thứ 24 cả nước về chỉ số DTI"
    )
    got = {(f.province, f.value) for f in extract_facts(text, doc="t", published=dt.date(2024, 5, 2))}
    assert ("bac-lieu", 24) not in got


# classes found on the second fold
def test_rank_then_province():
    got = triples(
        "Với bảng xếp hạng PAR Index năm 2023, đứng đầu là Bắc Ninh, xếp thứ hai là TP. Đà Nẵng, "
        "xếp thứ 3 là tỉnh Long An.",
        province="binh-phuoc",
    )
    assert ("da-nang", "par_index_rank", 2023, 2) in got
    assert ("long-an", "par_index_rank", 2023, 3) in got


def test_rank_among_cities_is_a_group_rank():
    got = triples(
        "Về chỉ số cải cách hành chính năm 2023, so với các thành phố trực thuộc Trung ương, Cần Thơ đứng thứ 4."
    )
    assert not any(f[1] == "par_index_rank" for f in got)


def test_regional_rank_after_the_national_one():
    got = triples(
        "Đắk Nông năm 2021 xếp thứ 52 trong cả nước về chỉ số chuyển đổi số và thứ 4 khu vực Tây Nguyên."
    )
    assert ("dak-nong", "dti_rank", 2021, 52) in got
    assert not any(f[3] == 4 for f in got)


def test_rank_among_the_34_is_national():
    got = triples(
        "Về chỉ số chuyển đổi số năm 2024, Hải Phòng xếp thứ ba trong nhóm 34 tỉnh, thành sau sắp xếp.", province=None
    )
    assert any(f[1] == "dti_rank" and f[3] == 3 for f in got)


def test_score_about_the_index_on_its_right():
    got = triples("Sang năm 2022, Kon Tum có 0,43 điểm về chuyển đổi số, đứng thứ 55 trong cả nước.")
    assert ("kon-tum", "dti_score", 2022, 0.43) in got


def test_one_rank_shared_by_two_indices():
    got = triples("Năm 2023, hai chỉ số Thể chế số và Hạ tầng số của tỉnh cùng xếp thứ 11.")
    assert ("tra-vinh", "dti_institution_rank", 2023, 11) in got
    assert ("tra-vinh", "dti_infrastructure_rank", 2023, 11) in got


def test_leading_group_membership_is_not_rank_one():
    got = triples("Năm 2024, tỉnh có mặt trong nhóm 20 địa phương dẫn đầu cả nước về chuyển đổi số.")
    assert not any(f[3] == 1 for f in got)


def test_every_year_and_meeting_numbers_are_not_ranks():
    assert triples("Năm 2022, ngày chuyển đổi số của tỉnh được tổ chức hằng năm vào ngày 10/10.") == set()
    assert triples("Tại phiên họp thứ 2, Ban chỉ đạo nhìn lại công tác chuyển đổi số năm 2023.") == set()


def test_announcement_year_is_not_the_period():
    got = triples(
        "Trong bảng xếp hạng chỉ số chuyển đổi số năm 2022 mà Bộ công bố vào tháng 7/2023, "
        "Hậu Giang đứng ở vị trí thứ 40."
    )
    assert ("hau-giang", "dti_rank", 2022, 40) in got


def test_ministry_paragraph_holds_national_figures():
    text = (
        "Tại hội nghị tổng kết, Bộ Thông tin và Truyền thông trình bày kết quả chuyển đổi số năm 2023. "
        "Tỷ lệ người trưởng thành có điện thoại thông minh là 78,2%."
    )
    assert triples(text) == set()
    assert "paragraph-about-nation" in _drops(text)


def test_ministry_named_as_target_setter_is_not_the_subject():
    got = triples(
        "Năm 2024, công an tỉnh thu nhận hồ sơ đạt 105% chỉ tiêu Bộ Công an giao. "
        "Tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử đạt 71,2%."
    )
    assert ("tra-vinh", "eid_account_rate", 2024, 71.2) in got


def test_share_of_enterprises_is_not_a_share_of_people():
    got = triples(
        "Năm 2024, 77,4% doanh nghiệp có tài khoản định danh điện tử; 80,3% người dân có tài khoản định danh điện tử."
    )
    assert ("tra-vinh", "eid_account_rate", 2024, 80.3) in got
    assert not any(f[3] == 77.4 for f in got)


def test_age_inside_the_noun_phrase_does_not_cut_it():
    got = triples(
        "Năm 2024, kết quả khả quan: 79,9% người dân từ đủ 14 tuổi trở lên đã có tài khoản định danh điện tử."
    )
    assert ("tra-vinh", "eid_account_rate", 2024, 79.9) in got


def test_mobile_network_covers_a_share_of_villages():
    got = triples("Năm 2024, mạng di động 4G/5G đã phủ 99% số thôn, bản trên địa bàn.")
    assert ("tra-vinh", "mobile_coverage_rate", 2024, 99) in got


def test_outlet_of_another_province_is_a_weak_hint():
    text = (
        "UBND tỉnh Bình Phước cho biết năm 2024 có 91,5% hộ gia đình có kết nối Internet cáp quang. "
        "Bình Phước tiếp tục đầu tư hạ tầng số."
    )
    got = {
        (f.province, f.indicator, f.value)
        for f in extract_facts(
            text, doc="t", published=dt.date(2025, 5, 1), source_url="https://www.sggp.org.vn/bai-viet-123.html"
        )
    }
    assert ("binh-phuoc", "fixed_broadband_household_rate", 91.5) in got


# classes found on the third fold
def test_province_and_bracketed_value_lists():
    got = triples(
        "Đến tháng 10-2023, về tỷ lệ hồ sơ trực tuyến, Bình Dương (71%) cùng các tỉnh Long An (69,4%), "
        "Tây Ninh (66,2%) là 3 tỉnh cao nhất.",
        province=None,
    )
    assert {
        ("binh-duong", "online_dossier_rate", 2023, 71),
        ("long-an", "online_dossier_rate", 2023, 69.4),
        ("tay-ninh", "online_dossier_rate", 2023, 66.2),
    } <= got


def test_rank_without_an_index_in_an_article_about_one_index():
    text = (
        "Bộ công bố chỉ số chuyển đổi số năm 2022 của các địa phương. "
        "Chỉ số chuyển đổi số cho thấy mức độ nỗ lực của từng nơi.\n"
        "Cần Thơ năm 2021 xếp ở vị trí thứ 9, đến năm 2022 Thành phố vươn lên vị trí thứ 5."
    )
    got = {
        (f.province, f.indicator, f.period, f.value)
        for f in extract_facts(text, doc="t", published=dt.date(2023, 8, 1))
    }
    assert ("can-tho", "dti_rank", 2021, 9) in got
    assert ("can-tho", "dti_rank", 2022, 5) in got


def test_quoted_pillar_names_and_the_paragraph_province():
    got = triples(
        "Năm 2022, Bắc Ninh xếp thứ 7/63 về chỉ số chuyển đổi số. Ở đó, “Chính quyền số” cùng “Kinh tế số” "
        "đều ở vị trí thứ 6/63, còn “Xã hội số” xếp vị trí thứ 12/63.",
        province="ha-noi",
    )
    assert {
        ("bac-ninh", "dti_digital_government_rank", 2022, 6),
        ("bac-ninh", "dti_digital_economy_rank", 2022, 6),
        ("bac-ninh", "dti_digital_society_rank", 2022, 12),
    } <= got


def test_previous_year_comparison_is_not_the_period():
    got = triples(
        "Ở cấp tỉnh, DTI năm 2023 có giá trị 0,6512, tăng 3,1% so với năm trước. "
        "Chính quyền số đạt 0,7011, tăng 2,2%."
    )
    assert got == set()


def test_integration_share_is_not_provision():
    got = triples("Năm 2024, tỉnh đã tích hợp 100% dịch vụ công trực tuyến của mình với Cổng Dịch vụ công quốc gia.")
    assert not any(f[1].startswith("online_public_service") for f in got)


def test_national_gdp_share_is_not_a_provincial_grdp_share():
    got = triples("Năm 2022, kinh tế số chiếm tỷ trọng 5,8% trong GDP của khu vực dịch vụ.")
    assert not any(f[1] == "digital_economy_grdp_share" for f in got)


def test_one_of_a_group_is_not_a_value():
    got = triples("Năm 2022, tỉnh là 01 trong 05 địa phương đầu tiên ban hành nghị quyết về chuyển đổi số.")
    assert got == set()


def test_cut_off_last_line_is_a_sentence_not_a_heading():
    text = (
        "Tin tổng hợp\n"
        "Năm 2024, tỉnh đã thực hiện số hóa đối với 64,2% hồ sơ nhận vào và kết quả trả ra điện t"
    )
    got = {
        (f.indicator, f.value)
        for f in extract_facts(text, doc="t", province_hint="tra-vinh", published=dt.date(2025, 1, 5))
    }
    assert ("dossier_digitization_rate", 64.2) in got


def test_national_subject_paragraph():
    text = (
        "Cục Viễn thông cho biết cuối năm 2023, Việt Nam có 95 triệu thuê bao điện thoại thông minh. "
        "Theo Cục, khoảng 84,1% người trưởng thành dùng điện thoại thông minh."
    )
    assert triples(text) == set()


# classes found by probing our own sentences after the folds
def test_national_figure_then_the_province_in_one_sentence():
    got = triples("Năm 2022, tỷ lệ hồ sơ trực tuyến toàn quốc đạt 38%, trong khi tỉnh Lào Cai đạt 49,5%.")
    assert got == {("lao-cai", "online_dossier_rate", 2022, 49.5)}


def test_one_year_at_the_end_of_the_sentence_dates_all_its_values():
    got = triples(
        "Trong 3 trụ cột, chính quyền số của Bạc Liêu đạt 0,6012 điểm (xếp thứ 31/63), "
        "kinh tế số đạt 0,4420 điểm (xếp thứ 40/63) năm 2022."
    )
    assert ("bac-lieu", "dti_digital_government_score", 2022, 0.6012) in got
    assert ("bac-lieu", "dti_digital_economy_rank", 2022, 40) in got


def test_announcement_date_is_not_the_period():
    text = "Theo kết quả DTI năm 2024 công bố ngày 21/10/2025, tỉnh Lâm Đồng (mới) đạt 0,6820 điểm, xếp thứ 23/34."
    got = {(f.indicator, f.period) for f in extract_facts(text, doc="t", published=dt.date(2025, 10, 30))}
    assert ("dti_score", 2024) in got and ("dti_rank", 2024) in got


def test_rank_within_the_34_written_with_trong():
    got = triples("Theo kết quả DTI năm 2023, tỉnh Trà Vinh xếp thứ 11 trong 63 tỉnh, thành phố.")
    assert ("tra-vinh", "dti_rank", 2023, 11) in got


def test_a_measure_outside_the_catalog_owns_its_value():
    got = triples(
        "Năm 2022, tỷ lệ người trưởng thành dùng điện thoại thông minh của tỉnh đạt 76%; tỷ lệ dân số chỉ dùng "
        "điện thoại phổ thông còn 8,1%."
    )
    assert ("tra-vinh", "smartphone_user_rate", 2022, 76) in got
    assert not any(f[3] == 8.1 for f in got)


def test_rank_about_an_index_named_with_chi_so():
    got = triples("Năm 2023, Vĩnh Long đứng thứ 15/63 về chỉ số cải cách hành chính và thứ 27 về chỉ số SIPAS.")
    assert ("vinh-long", "par_index_rank", 2023, 15) in got
    assert not any(f[3] == 27 for f in got)


def test_periods_from_2025_take_the_successor_even_when_published_before_the_merger():
    text = "Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh Bình Phước đạt 70,2%."
    got = {(f.province, f.period) for f in extract_facts(text, doc="t", published=dt.date(2025, 6, 2))}
    assert got == {("dong-nai", 2025)}


def test_each_year_owns_the_rank_after_it_across_commas():
    got = triples("Tỉnh Bạc Liêu: năm 2023 chỉ số DTI xếp thứ 40/63, năm 2022 xếp thứ 47/63 và năm 2021 xếp thứ 52/63.")
    assert {
        ("bac-lieu", "dti_rank", 2023, 40),
        ("bac-lieu", "dti_rank", 2022, 47),
        ("bac-lieu", "dti_rank", 2021, 52),
    } <= got


def test_years_listed_then_values_respectively():
    got = triples("Chỉ số DTI của Bạc Liêu qua các năm 2021, 2022, 2023 lần lượt là 52, 47 và 40.")
    assert {
        ("bac-lieu", "dti_rank", 2021, 52),
        ("bac-lieu", "dti_rank", 2022, 47),
        ("bac-lieu", "dti_rank", 2023, 40),
    } <= got


def test_from_to_frame_gives_the_movement_its_years():
    got = triples("Từ năm 2021 đến năm 2023, DTI của tỉnh Bạc Liêu tăng từ hạng 52 lên hạng 40.")
    assert ("bac-lieu", "dti_rank", 2021, 52) in got
    assert ("bac-lieu", "dti_rank", 2023, 40) in got


def test_bracketed_value_after_higher_than_year():
    got = triples("Năm 2023, chỉ số DTI của Bạc Liêu đạt 0,5811, cao hơn năm 2022 (0,5203).")
    assert ("bac-lieu", "dti_score", 2023, 0.5811) in got
    assert ("bac-lieu", "dti_score", 2022, 0.5203) in got


def test_national_figure_does_not_stop_the_next_sentence_from_its_index():
    got = triples("Theo Bộ, năm 2023 cả nước có 66% hồ sơ được số hóa. Tỉnh Bến Tre đạt 71%.")
    assert got == {("ben-tre", "dossier_digitization_rate", 2023, 71)}


def test_refused_average_still_anchors_the_next_value():
    got = triples("Năm 2023, DTI trung bình của các tỉnh trong vùng là 0,55 điểm; Bến Tre đạt 0,59 điểm.")
    assert got == {("ben-tre", "dti_score", 2023, 0.59)}


def test_city_inside_a_province_and_a_department_named_with_its_province():
    assert triples("Năm 2023, thành phố Sa Đéc có tỷ lệ hồ sơ trực tuyến đạt 83%, cao nhất tỉnh.") == set()
    assert triples("Năm 2023, Sở Nội vụ tỉnh Bến Tre đạt 0,81 điểm chỉ số chuyển đổi số, dẫn đầu khối sở.") == set()


def test_undated_page_takes_its_year_from_the_address():
    text = "Đến nay, tỷ lệ hồ sơ trực tuyến của tỉnh Bến Tre đạt 58,2%."
    got = {
        (f.period, f.value)
        for f in extract_facts(text, doc="t", source_url="https://bao.example.vn/xa-hoi/202311/tin-123/")
    }
    assert got == {(2023, 58.2)}


def test_cybersecurity_index_follows_the_ranking_edition():
    text = (
        "Quảng Trị xếp thứ 41/63 về chỉ số chuyển đổi số (DTI) năm 2022.\n"
        "Về các chỉ số chính, thể chế số xếp thứ 12; an toàn thông tin mạng xếp thứ 8."
    )
    got = {(f.indicator, f.period) for f in extract_facts(text, doc="t", published=dt.date(2023, 7, 15))}
    assert ("cybersecurity_index_rank", 2022) in got and ("dti_institution_rank", 2022) in got


def test_sentence_with_only_ordinal_words_binds_its_own_indices():
    text = (
        "Năm 2023, Nam Định đứng thứ 17 về DTI. Đáng chú ý, chỉ số Nhân lực số của tỉnh đứng thứ nhất cả nước, "
        "chỉ số Thể chế số đứng thứ ba."
    )
    got = triples(text, province=None)
    assert ("nam-dinh", "dti_human_resources_rank", 2023, 1) in got
    assert ("nam-dinh", "dti_institution_rank", 2023, 3) in got
    assert not any(f[1] == "dti_rank" and f[3] in (1, 3) for f in got)


def test_trailing_in_year_dates_every_value_of_a_list():
    got = triples(
        "Theo báo cáo, tỷ lệ người dùng internet của Cao Bằng là 61%, Bắc Kạn 63,5%, Lạng Sơn 70,2% trong năm 2023.",
        province=None,
    )
    assert {
        ("cao-bang", "internet_user_rate", 2023, 61),
        ("bac-kan", "internet_user_rate", 2023, 63.5),
        ("lang-son", "internet_user_rate", 2023, 70.2),
    } <= got


def test_threshold_of_a_group_of_provinces_is_not_a_value():
    got = triples(
        "Năm 2023, 5 địa phương có tỷ lệ hồ sơ trực tuyến trên 75% là Long An, Bến Tre và Cà Mau.", province=None
    )
    assert got == set()


def test_bullet_lines_without_stops_are_sentences():
    text = "Sóc Trăng: DTI 2022 đạt 0,5102 điểm\n+ Chính quyền số: xếp thứ 33\n+ Xã hội số: xếp thứ 41"
    got = {(f.indicator, f.value) for f in extract_facts(text, doc="t", published=dt.date(2023, 8, 1))}
    assert ("dti_digital_government_rank", 33) in got and ("dti_digital_society_rank", 41) in got


def test_ordinal_words_listed_respectively():
    got = triples(
        "Năm 2022, Bình Dương, Long An và Tây Ninh lần lượt xếp thứ nhất, nhì và ba khu vực về chỉ số chuyển đổi số.",
        province=None,
    )
    assert not any(f[3] in (1, 2, 3) and f[1] == "dti_rank" for f in got)  # a regional list
    got = triples(
        "Năm 2022, Bình Dương, Long An và Tây Ninh lần lượt xếp thứ nhất, nhì và ba về chỉ số chuyển đổi số.",
        province=None,
    )
    assert {
        ("binh-duong", "dti_rank", 2022, 1),
        ("long-an", "dti_rank", 2022, 2),
        ("tay-ninh", "dti_rank", 2022, 3),
    } <= got


def test_share_of_agencies_with_signatures_is_not_a_share_of_signed_documents():
    assert triples("Năm 2023, tỉnh có 93% cơ quan nhà nước sử dụng chữ ký số trong văn bản điện tử.") == set()
    got = triples("Năm 2023, tỷ lệ văn bản điện tử được ký số của tỉnh đạt 93%.")
    assert ("tra-vinh", "e_document_signed_rate", 2023, 93) in got
