"""Issue 10, in our own sentences: round 67's misses (scored unread on 1.46 first) and the rules of 1.47 that answer
them (the rules 1.47 took from older rounds are at the end of ``test_round66_classes.py``)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- measures and indices named another way


def test_the_households_cable_named_by_its_noun_then_pointed_back_at():
    text = (
        "Số liệu về cáp quang hộ gia đình cải thiện rõ: năm 2024, tỷ lệ này ở Sóc Trăng (cũ) khoảng 66%, ở Hậu Giang "
        "khoảng 62%."
    )
    got = triples(text, province="can-tho", published=dt.date(2025, 10, 2))
    assert ("soc-trang", "fixed_broadband_household_rate", 2024, 66) in got
    assert ("hau-giang", "fixed_broadband_household_rate", 2024, 62) in got


def test_a_value_with_no_index_then_the_dtis_pillars_is_the_dtis():
    text = (
        "DTI là gì?\n\nDTI khác ICT Index ở điểm nào? ICT Index đo mức sẵn sàng; DTI rộng hơn, đánh giá cả ba trụ "
        "cột.\n\nVĩnh Long đạt kết quả thế nào?\n\nNăm 2020, Vĩnh Long đạt 0,3611 điểm, xếp thứ 27/63 tỉnh, thành "
        "phố; trong đó chính quyền số xếp thứ 30, kinh tế số thứ 18. Trước đó, ở ICT Index năm 2019, tỉnh xếp thứ 33."
    )
    got = triples(text, province="vinh-long", published=dt.date(2021, 9, 2))
    assert ("vinh-long", "dti_score", 2020, 0.3611) in got
    assert ("vinh-long", "dti_rank", 2020, 27) in got


def test_fibre_to_the_communes_centres_after_va():
    text = "Đến nay, 100% xã, thị trấn trong tỉnh Thái Bình đã có sóng di động 4G và có cáp quang đến trung tâm xã."
    got = triples(text, province="thai-binh", published=dt.date(2022, 8, 2))
    assert ("thai-binh", "mobile_coverage_rate", 2022, 100) in got
    assert ("thai-binh", "fiber_village_coverage_rate", 2022, 100) in got


# ---- a district's article that speaks of the whole province (subject_rules.article_about_lower_unit)


def test_the_whole_province_framed_in_a_districts_article():
    text = (
        "TP Thanh Hóa dẫn đầu chỉ số chuyển đổi số cấp huyện năm 2022\n\n"
        "TP Thanh Hóa đứng đầu khối huyện với 0,5620 điểm.\n\n"
        "Tính chung toàn tỉnh, kết quả năm 2022 có nhiều chuyển biến. Tỷ lệ văn bản điện tử được ký số đạt 96%; "
        "tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 70,4%."
    )
    got = triples(text, province="thanh-hoa", published=dt.date(2023, 5, 2))
    assert ("thanh-hoa", "e_document_signed_rate", 2022, 96) in got
    assert ("thanh-hoa", "fixed_broadband_household_rate", 2022, 70.4) in got


def test_a_wards_own_share_stays_the_wards_though_the_paragraph_named_the_province():
    text = (
        "Phường Đồng Xoài vận hành chính quyền hai cấp\n\n"
        "Hồ sơ được xử lý trên hệ thống thông tin giải quyết thủ tục hành chính của tỉnh. Tỷ lệ hồ sơ thanh toán trực "
        "tuyến của phường đạt 64,2%."
    )
    got = triples(text, province="dong-nai", published=dt.date(2025, 10, 2))
    assert not {t for t in got if t[3] == 64.2}


def test_the_city_named_after_the_value_in_a_wards_article():
    text = (
        "Phường Lê Chân khép lại năm 2025\n\n"
        "Năm 2025, tỷ lệ hồ sơ trực tuyến của Hải Phòng đạt 80,2%. Kinh tế số ước đóng góp khoảng 18,1% GRDP của "
        "thành phố."
    )
    got = triples(text, province="hai-phong", published=dt.date(2026, 1, 5))
    assert ("hai-phong", "digital_economy_grdp_share", 2025, 18.1) in got


# ---- the blocs and units a province's report ranks (binding_rules.district_or_commune, department_or_agency)


def test_a_sentence_opening_on_the_districts_bloc_ranks_its_members():
    text = (
        "Năm 2022, DTI của Bắc Ninh xếp thứ 6/63. Theo kết quả công bố, ở khối huyện, thị xã, thành phố, TP Từ Sơn "
        "dẫn đầu với 0,6611; xếp thứ hai và thứ ba lần lượt là TP Bắc Ninh (0,6502) và thị xã Quế Võ (0,5810)."
    )
    got = triples(text, province="bac-ninh", published=dt.date(2023, 5, 2))
    assert ("bac-ninh", "dti_rank", 2022, 6) in got
    assert not {t for t in got if t[3] in (2, 3)}


def test_a_rank_held_by_a_unit_named_after_it():
    text = "Theo DTI 2023, Nghệ An xếp thứ 30/63. Ở khối huyện, Vinh dẫn đầu. Xếp thứ hai là thị xã Cửa Lò."
    got = triples(text, province="nghe-an", published=dt.date(2024, 5, 2))
    assert ("nghe-an", "dti_rank", 2023, 2) not in got


def test_a_unit_heading_the_clause_after_a_semicolon_owns_its_share():
    text = (
        "Năm 2023, tỷ lệ thôn có sóng 4G của Hà Giang đạt 97%; huyện Mèo Vạc đã đưa sóng 4G về 100% thôn."
    )
    got = triples(text, province="ha-giang", published=dt.date(2023, 12, 2))
    assert ("ha-giang", "mobile_coverage_rate", 2023, 97) in got
    assert ("ha-giang", "mobile_coverage_rate", 2023, 100) not in got


def test_a_department_said_to_be_the_provinces_first_unit_owns_its_share():
    text = (
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của Kon Tum đạt 41%. Sở Tư pháp là đơn vị đầu tiên của tỉnh đạt 100% hồ sơ "
        "trực tuyến toàn trình."
    )
    got = triples(text, province="kon-tum", published=dt.date(2023, 12, 2))
    assert ("kon-tum", "online_dossier_rate", 2023, 41) in got
    assert ("kon-tum", "online_dossier_rate", 2023, 100) not in got


def test_months_after_a_colon_are_no_rank_of_a_list():
    text = (
        "Năm 2022, DTI của Yên Bái xếp thứ 18/63. Không chỉ ở thứ hạng, người dân thấy rõ thay đổi: 6 tháng đầu năm "
        "2023, có 58,1% hồ sơ được tiếp nhận và giải quyết trực tuyến."
    )
    got = triples(text, province="yen-bai", published=dt.date(2023, 8, 2))
    assert ("yen-bai", "dti_rank", 2023, 6) not in got
    assert ("yen-bai", "online_dossier_rate", 2023, 58.1) in got


# ---- several provinces named as often (subject_rules.clause_province)


def test_tinh_after_a_paragraph_about_one_of_several_provinces_is_that_one():
    text = (
        "Các địa phương hưởng ứng Ngày Chuyển đổi số quốc gia\n\n"
        "Tại Hà Nam, năm 2024 tỷ lệ hồ sơ trực tuyến của Hà Nam đạt 71%.\n\n"
        "Tại Bình Phước, năm 2024 tỷ lệ hồ sơ trực tuyến của Bình Phước đạt 66%.\n\n"
        "Tại Quảng Trị, Chủ tịch UBND tỉnh cho biết DTI năm 2023 của Quảng Trị xếp thứ 37/63. Tỉnh cũng có khoảng "
        "74% người dân sử dụng Internet."
    )
    got = triples(text, province=None, published=dt.date(2024, 10, 12))
    assert ("quang-tri", "internet_user_rate", 2024, 74) in got
    assert ("ha-nam", "internet_user_rate", 2024, 74) not in got
