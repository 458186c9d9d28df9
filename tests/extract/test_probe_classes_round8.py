"""Issue 10, in our own sentences, the classes two more probe corpora (written by helpers who had not
read the extractor) exposed: this year's DTI edition ("năm nay" beside a rank), "hiện nay" after a
ranking's edition year, a lead-in that names a measure over "Province: value" bullets and numbered
items, "yêu cầu" only opening a lead-in makes its bullets targets, the EBI e-commerce index and "63
tỉnh" counted are no DTI ranks."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples


def test_this_year_beside_a_rank_is_the_edition_out_that_day():
    text = "Phú Thọ xếp thứ 12 DTI 2023; năm nay tỉnh lùi xuống vị trí thứ 15 về chỉ số chuyển đổi số."
    got = triples(text, province="phu-tho", published=dt.date(2025, 10, 25))
    assert ("phu-tho", "dti_rank", 2024, 15.0) in got


def test_this_year_beside_a_share_is_the_year_of_writing():
    text = "Năm nay, tỷ lệ hồ sơ trực tuyến của tỉnh Phú Thọ đạt 81%."
    assert ("phu-tho", "online_dossier_rate", 2023, 81.0) in triples(
        text, province="phu-tho", published=dt.date(2023, 7, 1)
    )


def test_now_after_a_ranking_s_edition_year_is_the_year_of_writing():
    text = (
        "Chỉ số DTI 2023 của tỉnh Phú Thọ xếp thứ 20/63. Hiện nay, tỷ lệ hộ gia đình có kết nối Internet cáp "
        "quang của tỉnh đạt 72,5%."
    )
    got = triples(text, province="phu-tho", published=dt.date(2024, 6, 12))
    assert ("phu-tho", "fixed_broadband_household_rate", 2024, 72.5) in got


def test_bullets_under_a_lead_in_that_names_a_measure():
    text = (
        "Tỷ lệ hồ sơ trực tuyến năm 2024 của một số địa phương:\n"
        "- Quảng Ninh: 91,2%\n"
        "- Đồng Tháp: 88,7%\n"
        "- Hà Giang: 39,4%"
    )
    got = triples(text, province=None, published=dt.date(2025, 1, 20))
    assert got == {
        ("quang-ninh", "online_dossier_rate", 2024, 91.2),
        ("dong-thap", "online_dossier_rate", 2024, 88.7),
        ("ha-giang", "online_dossier_rate", 2024, 39.4),
    }


def test_numbered_items_with_their_value_are_no_headings():
    text = "Năm địa phương dẫn đầu DTI 2024:\n1. Hà Nội: 0,6912 điểm\n2. Đà Nẵng: 0,6650 điểm"
    got = triples(text, province=None, published=dt.date(2025, 10, 25))
    assert ("ha-noi", "dti_score", 2024, 0.6912) in got and ("da-nang", "dti_score", 2024, 0.665) in got


def test_requirements_opening_a_lead_in_are_targets_meeting_them_is_not():
    plan = "Yêu cầu kỹ thuật chính:\n- Bảo đảm tỷ lệ số hóa hồ sơ của tỉnh Bình Định đạt 100%;"
    assert triples(plan, province="binh-dinh", published=dt.date(2024, 5, 1)) == set()
    assert "target-section" in refusals(plan, province="binh-dinh", published=dt.date(2024, 5, 1))
    result = (
        "Đến hết năm 2023, hạ tầng viễn thông của tỉnh Bình Định cơ bản đáp ứng yêu cầu chuyển đổi số:\n"
        "- 98,6% thôn có cáp quang;\n- Tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 78,5%."
    )
    got = triples(result, province="binh-dinh", published=dt.date(2024, 5, 1))
    assert ("binh-dinh", "fixed_broadband_household_rate", 2023, 78.5) in got


def test_the_ebi_index_and_the_provinces_counted_are_no_dti_ranks():
    text = (
        "Năm 2023, chỉ số chuyển đổi số của Bình Dương xếp thứ 6. Chỉ số thương mại điện tử (EBI) của tỉnh "
        "xếp thứ 4.\nXem chi tiết bảng xếp hạng 63 tỉnh, thành phố"
    )
    got = triples(text, province="binh-duong", published=dt.date(2024, 5, 1))
    assert got == {("binh-duong", "dti_rank", 2023, 6.0)}


def test_the_past_year_named_alone_dates_the_paragraph_in_a_first_quarter_report():
    text = (
        "Năm qua là năm tỉnh Cà Mau có nhiều chuyển biến. Tỷ lệ hồ sơ được xử lý trực tuyến đạt 68,4%. "
        "Toàn tỉnh có 1.012 tổ công nghệ số cộng đồng."
    )
    got = triples(text, province="ca-mau", published=dt.date(2025, 2, 14))
    assert ("ca-mau", "online_dossier_rate", 2024, 68.4) in got
    assert ("ca-mau", "community_digital_team_count", 2024, 1012.0) in got


def test_a_list_of_several_indices_carries_none_of_them():
    text = (
        "Năm 2023, chính quyền số của tỉnh Quảng Trị xếp thứ 27, kinh tế số thứ 49 và xã hội số thứ 44. "
        "Trong khi đó, tỉnh bạn Quảng Bình xếp thứ 30."
    )
    got = triples(text, province="quang-tri", published=dt.date(2024, 6, 1))
    assert not any(p == "quang-binh" and code == "dti_digital_society_rank" for p, code, _, _ in got)
    assert ("quang-tri", "dti_digital_society_rank", 2023, 44.0) in got


def test_online_services_counted_as_dvctt():
    text = "Năm 2023, tỉnh Hà Tĩnh đang cung cấp 1.712 DVCTT trên Cổng Dịch vụ công của tỉnh."
    assert ("ha-tinh", "admin_procedure_count", 2023, 1712.0) in triples(
        text, province="ha-tinh", published=dt.date(2024, 3, 1)
    )


def test_a_share_heading_the_clause_after_a_semicolon_with_its_own_noun():
    text = (
        "Năm 2025, tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến của thành phố Cần Thơ đạt 68,4%; 100% xã, "
        "phường đã kết nối Trung tâm phục vụ hành chính công; 71% năm 2026 là mục tiêu."
    )
    got = triples(text, province="can-tho", published=dt.date(2025, 10, 1))
    assert got == {("can-tho", "online_dossier_rate", 2025, 68.4)}


def test_a_share_after_a_semicolon_of_the_same_measure_still_binds():
    text = "Tỷ lệ hồ sơ trực tuyến của tỉnh Hà Tĩnh năm 2023 đạt 61%; năm 2024 đạt 70%."
    got = triples(text, province="ha-tinh", published=dt.date(2025, 3, 1))
    assert ("ha-tinh", "online_dossier_rate", 2024, 70.0) in got


def test_a_province_before_a_colon_owns_the_self_reference_after_it():
    text = (
        "Năm 2022, Đắk Lắk xếp thứ 33 về chỉ số DTI. Điểm sáng là Kon Tum: trụ cột chính quyền số của tỉnh xếp thứ 29."
    )
    got = triples(text, province="dak-lak", published=dt.date(2023, 7, 1))
    assert ("kon-tum", "dti_digital_government_rank", 2022, 29.0) in got
    assert ("dak-lak", "dti_digital_government_rank", 2022, 29.0) not in got


def test_the_provinces_of_the_last_list_referred_back_to():
    text = (
        "Năm 2023, chỉ số DTI của Cần Thơ, Long An và Vĩnh Long tương ứng là 0,5231; 0,5107 và 0,4968. "
        "Trên bảng xếp hạng toàn quốc, ba địa phương này đứng ở các vị trí 14, 19 và 24."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 1))
    assert {
        ("can-tho", "dti_rank", 2023, 14.0),
        ("long-an", "dti_rank", 2023, 19.0),
        ("vinh-long", "dti_rank", 2023, 24.0),
    } <= got


def test_a_ranking_headline_s_year_does_not_date_now():
    text = (
        "Vĩnh Long xếp thứ 25 về chuyển đổi số năm 2020\n"
        "Hiện nay, 100% ấp, khóm trên địa bàn tỉnh đã có hạ tầng cáp quang."
    )
    got = triples(text, province="vinh-long", published=dt.date(2021, 10, 22))
    assert ("vinh-long", "fiber_village_coverage_rate", 2021, 100.0) in got


def test_ict_sub_indices_named_before_a_province():
    text = (
        "Năm 2018, chỉ số ICT Index của Bắc Ninh xếp thứ 5. Xét riêng chỉ số thành phần hạ tầng kỹ thuật, "
        "Bắc Ninh xếp thứ 3."
    )
    got = triples(text, province="bac-ninh", published=dt.date(2019, 5, 1))
    assert got == {("bac-ninh", "ict_index_rank", 2018, 5.0)}


def test_the_day_an_index_was_announced_is_not_its_year():
    for when in ("diễn ra tháng 5/2025", "được công bố giữa năm 2025"):
        text = f"Chỉ số cải cách hành chính năm 2024 {when}, tỉnh Nghệ An xếp thứ 4/63."
        got = triples(text, province="nghe-an", published=dt.date(2025, 6, 1))
        assert ("nghe-an", "par_index_rank", 2024, 4.0) in got, when


def test_a_bracket_of_levels_does_not_scope_the_values_after_it():
    text = (
        "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Hà Tĩnh đạt 68,5% (trong đó cấp tỉnh 92,3%, cấp huyện "
        "61,7%), đồng thời tỷ lệ hồ sơ thanh toán trực tuyến đạt 47,8%."
    )
    got = triples(text, province="ha-tinh", published=dt.date(2025, 1, 10))
    assert got == {("ha-tinh", "online_dossier_rate", 2024, 68.5), ("ha-tinh", "online_payment_rate", 2024, 47.8)}


def test_the_nation_s_level_named_after_the_value():
    text = "Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh Bình Dương đạt 14,2%, cao hơn mức 12,33% của cả nước."
    got = triples(text, province="binh-duong", published=dt.date(2024, 5, 1))
    assert got == {("binh-duong", "digital_economy_grdp_share", 2023, 14.2)}


def test_trong_do_after_a_rank_is_no_field_of_it():
    text = "Năm 2022, Bình Dương xếp thứ 12/63 tỉnh, thành phố về chỉ số DTI, trong đó trụ cột kinh tế số xếp thứ 6."
    got = triples(text, province="binh-duong", published=dt.date(2023, 8, 1))
    assert ("binh-duong", "dti_rank", 2022, 12.0) in got
    assert ("binh-duong", "dti_digital_economy_rank", 2022, 12.0) not in got


def test_a_province_named_to_compare_is_not_the_subject_after_it():
    text = (
        "Năm 2024, thành phố Huế xếp thứ 2/34 về chỉ số DTI, chỉ đứng sau Đà Nẵng; trong đó chính quyền số xếp thứ 3."
    )
    got = triples(text, province="hue", published=dt.date(2025, 10, 25))
    assert ("hue", "dti_digital_government_rank", 2024, 3.0) in got


def test_a_comparison_with_the_end_of_last_year_owns_its_bracket():
    text = "Năm 2024, tỉnh Nghệ An có 186.420 hộ có kết nối cáp quang, tăng so với cuối năm 2023 (165.120 hộ)."
    got = triples(text, province="nghe-an", published=dt.date(2025, 1, 5))
    assert not any(p == 2024 and v == 165120.0 for _, _, p, v in got)
