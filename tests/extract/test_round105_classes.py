"""Issue 10, in our own sentences: the classes of 1.87, from the misses of round 105 (scored unread on 1.86 first)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples


def test_a_ratio_to_the_average_with_a_decimal_keeps_the_province_the_subject():
    # "gấp 1,5 lần bình quân chung" compares with the average: the pillars after it are still the province's
    text = (
        "Năm 2023, DTI của Long An đạt 0,6012 điểm, xếp thứ 9/63. Kinh tế số đạt 0,5511 điểm, gấp 1,4 lần bình quân "
        "chung; chính quyền số đạt 0,6402 điểm và xã hội số đạt 0,5987 điểm."
    )
    got = triples(text, province=None, published=dt.date(2024, 8, 1))
    assert ("long-an", "dti_digital_government_score", 2023, 0.6402) in got
    assert ("long-an", "dti_digital_society_score", 2023, 0.5987) in got


def test_the_years_before_in_general_date_nothing():
    # "cao hơn những năm trước" compares with the past in general: the values keep the sentence's edition
    text = "DTI 2022 của Kon Tum xếp thứ 50/63. Chỉ số hạ tầng số xếp thứ 31, cao hơn hẳn những năm trước."
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("kon-tum", "dti_infrastructure_rank", 2022, 31) in got
    assert ("kon-tum", "dti_infrastructure_rank", 2021, 31) not in got


def test_a_gap_between_two_places_described_in_asides_is_no_value():
    text = (
        "DTI 2023 của Bắc Ninh đạt 0,6233 điểm, xếp thứ 7/63. Khoảng cách giữa tỉnh và Đà Nẵng, địa phương đứng đầu, "
        "đã thu hẹp từ 0,0911 xuống 0,0702."
    )
    got = triples(text, province=None, published=dt.date(2024, 8, 1))
    assert ("bac-ninh", "dti_score", 2023, 0.6233) in got
    assert not any(f[3] in (0.0911, 0.0702) for f in got)
    assert "spread-between" in refusals(text, province=None, published=dt.date(2024, 8, 1))


def test_a_gap_to_the_leader_is_no_value_of_the_leader():
    text = (
        "DTI 2023 của Yên Bái xếp thứ 20/63. Khoảng cách với địa phương dẫn đầu vùng là Lào Cai vẫn còn 0,05 điểm."
    )
    got = triples(text, province=None, published=dt.date(2024, 8, 1))
    assert not any(f[3] == 0.05 for f in got)


def test_a_gaps_own_province_after_a_colon_keeps_its_value():
    # guard: after the colon each province states its own value
    text = "Năm 2023, khoảng cách DTI giữa hai tỉnh đã thu hẹp: Phú Yên đạt 0,5122 điểm, Khánh Hòa đạt 0,5530 điểm."
    got = triples(text, province=None, published=dt.date(2024, 8, 1))
    assert ("phu-yen", "dti_score", 2023, 0.5122) in got


def test_a_share_of_another_level_is_no_share():
    # "mới bằng khoảng 75% mức bình quân cả nước": a ratio to the nation's level
    text = (
        "Năm 2024, tỷ lệ hộ gia đình có kết nối Internet cáp quang của Điện Biên đạt 61,2%, nhưng mới bằng khoảng 75% "
        "mức bình quân cả nước."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 1))
    assert ("dien-bien", "fixed_broadband_household_rate", 2024, 61.2) in got
    assert not any(f[3] == 75 for f in got)


def test_a_former_province_compared_with_its_value_after_the_mark():
    # "cao hơn Trà Vinh (cũ) với 40,1%": the compared province's value, past its "(cũ)"
    text = (
        "Năm 2024, tỷ lệ hồ sơ thanh toán trực tuyến của Bến Tre đạt 47,3%, cao hơn Trà Vinh (cũ) với 40,1%."
    )
    got = triples(text, province=None, published=dt.date(2025, 9, 1))
    assert ("ben-tre", "online_payment_rate", 2024, 47.3) in got
    assert ("tra-vinh", "online_payment_rate", 2024, 40.1) in got
    assert ("ben-tre", "online_payment_rate", 2024, 40.1) not in got


def test_a_bullets_own_edition_goes_before_its_lead_ins_year():
    text = (
        "Cà Mau: dấu ấn chuyển đổi số năm 2021\n"
        "Năm 2021 là năm đầu tiên tỉnh thực hiện Đề án chuyển đổi số. Một số dấu ấn:\n"
        "- Bộ Thông tin và Truyền thông công bố chỉ số DTI năm 2020. Cà Mau xếp hạng 40 trong 63 tỉnh, thành phố, "
        "đạt 0,3412 điểm.\n"
        "- Tỷ lệ hồ sơ trực tuyến đạt 28,6%."
    )
    got = triples(text, province=None, published=dt.date(2021, 12, 28))
    assert ("ca-mau", "dti_rank", 2020, 40) in got
    assert ("ca-mau", "dti_score", 2020, 0.3412) in got
    assert ("ca-mau", "online_dossier_rate", 2021, 28.6) in got


def test_after_the_merger_day_heading_a_clause_is_that_year():
    text = (
        "Khánh Hòa: DTI 2024\n"
        "DTI 2024 của Khánh Hòa xếp thứ 12/34. Sau ngày 1/7/2025, Cổng dịch vụ công của tỉnh cung cấp 1.932 thủ tục "
        "hành chính."
    )
    got = triples(text, province=None, published=dt.date(2025, 11, 1))
    assert ("khanh-hoa", "admin_procedure_count", 2025, 1932) in got


def test_data_before_the_merger_day_is_still_not_dated_by_it():
    # guard: "trước ngày 1/7/2025" names the former provinces' time, not 2025
    text = "Theo số liệu trước ngày 1/7/2025, Ninh Thuận có 1.650 thủ tục hành chính trực tuyến."
    got = triples(text, province=None, published=dt.date(2025, 11, 1))
    assert ("ninh-thuan", "admin_procedure_count", 2025, 1650) not in got


def test_services_online_only_in_part_are_no_share_of_the_catalog():
    text = (
        "Năm 2023, Hải Dương có 95,1% thủ tục hành chính được cung cấp trực tuyến, trong đó 55,6% là dịch vụ công trực "
        "tuyến toàn trình và 39,5% là dịch vụ công trực tuyến một phần."
    )
    got = triples(text, province=None, published=dt.date(2024, 2, 1))
    assert ("hai-duong", "online_public_service_rate", 2023, 95.1) in got
    assert ("hai-duong", "online_public_service_full_rate", 2023, 55.6) in got
    assert not any(f[3] == 39.5 for f in got)


def test_a_city_said_to_be_something_of_the_province_keeps_its_value():
    text = (
        "Năm 2022, DTI của Thanh Hóa xếp thứ 24/63. Thành phố Sầm Sơn là điểm sáng của tỉnh, với tỷ lệ hồ sơ trực "
        "tuyến năm 2022 đạt 52%."
    )
    got = triples(text, province=None, published=dt.date(2023, 3, 1))
    assert ("thanh-hoa", "online_dossier_rate", 2022, 52) not in got


def test_some_departments_figure_is_no_province_figure():
    text = "DTI 2022 của Quảng Bình xếp thứ 30/63. Tỷ lệ hồ sơ trực tuyến của một số sở chỉ khoảng 18%."
    got = triples(text, province=None, published=dt.date(2023, 5, 1))
    assert not any(f[3] == 18 for f in got)


def test_departments_as_partners_leave_the_province_figure():
    # guard: "phối hợp với các sở, ngành đưa ... sản phẩm" is the province-wide effort
    text = (
        "Năm 2021, Bưu điện tỉnh Hà Nam phối hợp với các sở, ngành đã đưa 1.260 sản phẩm của tỉnh lên sàn thương "
        "mại điện tử."
    )
    got = triples(text, province=None, published=dt.date(2022, 1, 10))
    assert ("ha-nam", "ecommerce_product_count", 2021, 1260) in got


def test_the_province_leading_the_country_in_an_index_is_no_national_paragraph():
    text = (
        "Theo DTI 2021, Bình Dương đạt 0,5301 điểm, xếp thứ 5. Tỉnh dẫn đầu cả nước về chỉ số hoạt động kinh tế số; "
        "chỉ số thể chế số đạt 0,9375 điểm."
    )
    got = triples(text, province=None, published=dt.date(2022, 5, 1))
    assert ("binh-duong", "dti_institution_score", 2021, 0.9375) in got


def test_the_unnamed_leader_of_the_country_is_not_the_province():
    # guard: "Địa phương dẫn đầu cả nước đạt ..." is another province, unnamed
    text = "Năm 2023, DTI của Bến Tre đạt 0,5401 điểm. Địa phương dẫn đầu cả nước đạt 0,7299 điểm."
    got = triples(text, province=None, published=dt.date(2024, 8, 1))
    assert ("ben-tre", "dti_score", 2023, 0.7299) not in got
