"""Issue 10, in our own sentences: the classes of 1.89, from the misses of round 107 (scored unread on 1.88 first)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples


def test_this_years_report_is_the_release_not_the_edition():
    # "Báo cáo năm nay đồng thời quy đổi ..." in 2022 is the report on DTI 2021, not a value of 2022
    text = (
        "DTI 2021: Hà Nam đạt 410,52/1.000 điểm\n"
        "Chỉ số DTI năm 2021 của Hà Nam xếp thứ 41/63.\n"
        "Báo cáo năm nay đồng thời quy đổi kết quả các trụ cột về thang điểm 1. Xét theo thang điểm này, kinh tế số "
        "của Hà Nam đạt 0,3512 (hạng 44)."
    )
    got = triples(text, province=None, published=dt.date(2022, 8, 1))
    assert ("ha-nam", "dti_digital_economy_score", 2021, 0.3512) in got
    assert ("ha-nam", "dti_digital_economy_score", 2022, 0.3512) not in got


def test_a_youth_unions_and_its_members_figures_are_not_the_provinces():
    text = (
        "Năm 2023, tỷ lệ người dân sử dụng điện thoại thông minh của Nghệ An đạt 82,4%. Theo Tỉnh đoàn, Đoàn các cấp "
        "đã thành lập 540 Tổ công nghệ số cộng đồng thanh niên. Khảo sát cho thấy 95% đoàn viên sử dụng điện thoại "
        "thông minh."
    )
    got = triples(text, province=None, published=dt.date(2024, 2, 1))
    assert ("nghe-an", "smartphone_user_rate", 2023, 82.4) in got
    assert not any(f[3] in (540, 95) for f in got)
    assert "members-figure" in refusals(text, province=None, published=dt.date(2024, 2, 1))


def test_a_share_of_members_named_before_the_value():
    text = "Năm 2023, tỷ lệ hội viên có tài khoản thanh toán tại ngân hàng của Bến Tre đạt 86%."
    got = triples(text, province=None, published=dt.date(2024, 2, 1))
    assert not any(f[3] == 86 for f in got)


def test_the_police_e_id_figures_are_still_the_provinces():
    # guard: the e-ID figures the provincial police give are the province's
    text = (
        "Năm 2023, Công an tỉnh Phú Yên đã thu nhận 512.300 hồ sơ cấp tài khoản định danh điện tử, đạt 103,1% chỉ "
        "tiêu được giao."
    )
    got = triples(text, province=None, published=dt.date(2024, 2, 1))
    assert ("phu-yen", "eid_target_attainment_rate", 2023, 103.1) in got


def test_the_year_the_dti_came_out_is_no_edition():
    text = "Hà Tĩnh: kinh tế số\nKết quả DTI công bố năm 2024, Hà Tĩnh xếp thứ 21/63, tăng 4 bậc."
    got = triples(text, province=None, published=dt.date(2025, 1, 20))
    assert ("ha-tinh", "dti_rank", 2023, 21) in got
    assert ("ha-tinh", "dti_rank", 2024, 21) not in got


def test_the_ict_index_named_by_the_year_it_came_out_keeps_it():
    # guard: the ICT Index "công bố năm 2020" is named by that year
    text = "Trong Chỉ số ICT Index công bố năm 2020, Hà Nam xếp thứ 9/63."
    got = triples(text, province=None, published=dt.date(2022, 5, 1))
    assert ("ha-nam", "ict_index_rank", 2020, 9) in got


def test_a_district_leading_the_provinces_districts_is_the_districts():
    text = (
        "Năm 2022, tỷ lệ hồ sơ trực tuyến của Gia Lai đạt 27%. Năm 2022, thành phố Pleiku dẫn đầu khối cấp huyện của "
        "tỉnh với tỷ lệ hồ sơ trực tuyến 48%."
    )
    got = triples(text, province=None, published=dt.date(2023, 3, 1))
    assert ("gia-lai", "online_dossier_rate", 2022, 27) in got
    assert ("gia-lai", "online_dossier_rate", 2022, 48) not in got


def test_bare_places_under_a_frame_of_places():
    text = (
        "Năm 2021, DTI của Cao Bằng xếp thứ 60/63. Về thứ hạng trụ cột, chính quyền số 58, kinh tế số 62, xã hội số "
        "57."
    )
    got = triples(text, province=None, published=dt.date(2022, 6, 1))
    assert ("cao-bang", "dti_digital_government_rank", 2021, 58) in got
    assert ("cao-bang", "dti_digital_economy_rank", 2021, 62) in got
    assert ("cao-bang", "dti_digital_society_rank", 2021, 57) in got


def test_bare_counts_without_a_frame_stay_no_ranks():
    # guard: no frame of places, no rank: "chính quyền số 58 thủ tục" is a count of something else
    text = "Năm 2021, DTI của Cao Bằng xếp thứ 60/63. Về dịch vụ công, chính quyền số 58 cuộc họp trực tuyến."
    got = triples(text, province=None, published=dt.date(2022, 6, 1))
    assert ("cao-bang", "dti_digital_government_rank", 2021, 58) not in got


def test_a_list_of_other_provinces_does_not_become_the_paragraphs_subject():
    text = (
        "Cần Thơ dẫn đầu vùng\n"
        "DTI năm 2022 của Cần Thơ đạt 0,5611 điểm, xếp thứ 10/63. Long An và Đồng Tháp lần lượt đứng thứ 8 và thứ 11 "
        "trong bảng xếp hạng DTI 2022. Ở cấp trụ cột, thành phố có xã hội số xếp thứ 6, kinh tế số xếp thứ 14."
    )
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("can-tho", "dti_digital_society_rank", 2022, 6) in got
    assert ("long-an", "dti_digital_society_rank", 2022, 6) not in got


def test_places_pointed_back_at_from_the_paragraph_before():
    text = (
        "Đồng Nai sau sắp xếp\n"
        "Kết quả được tổng hợp từ dữ liệu của hai địa phương trước sắp xếp là Đồng Nai và Bình Phước.\n"
        "Nhìn lại DTI 2023, hai địa phương này lần lượt xếp thứ 21 và 44 trên 63 tỉnh, thành phố."
    )
    got = triples(text, province=None, published=dt.date(2025, 11, 1))
    assert ("dong-nai", "dti_rank", 2023, 21) in got
    assert ("binh-phuoc", "dti_rank", 2023, 44) in got


def test_places_pointed_back_at_for_an_index_outside_the_catalog_rank_nothing():
    # guard: "SIPAS ... lần lượt xếp thứ 27 và 50" of the two provinces before ranks SIPAS, no catalog index
    text = (
        "Tuyên Quang sau sắp xếp\n"
        "Tại DTI 2023, Tuyên Quang (cũ) xếp thứ 38/63, Hà Giang (cũ) xếp thứ 57/63.\n"
        "Các chỉ số quản trị khác của hai tỉnh cũ ở mức trung bình: SIPAS 2024 lần lượt xếp thứ 27 và 50."
    )
    got = triples(text, province=None, published=dt.date(2025, 11, 1))
    assert not any(f[3] in (27, 50) for f in got)
