"""Issue 10, in our own sentences: round 76's misses (scored unread on 1.54 first) and round 73's last, and the rules of
1.55 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- years: the body's opening year for the headline, an edition compared with, the first edition on 34 provinces,
# "tương đương năm trước"


def test_an_undated_headline_figure_takes_the_year_the_body_opens_with():
    text = (
        "Tỷ lệ hồ sơ trực tuyến của Long An đạt 78%\n\n"
        "Năm 2023, Long An tiếp tục đẩy mạnh cải cách hành chính gắn với chuyển đổi số."
    )
    got = triples(text, province=None, published=dt.date(2024, 1, 15))
    assert got == {("long-an", "online_dossier_rate", 2023, 78)}


def test_a_rank_once_held_in_the_edition_a_sentence_opens_comparing_with():
    text = (
        "Ba tỉnh biên giới và DTI 2024\n\n"
        "Năm 2024, Hà Giang xếp thứ 30/34.\n\n"
        "Nếu so với DTI 2023 (tính trên 63 tỉnh), Hà Giang từng xếp thứ 55/63, Lai Châu thứ 60/63."
    )
    got = triples(text, province=None, published=dt.date(2025, 11, 1))
    assert ("ha-giang", "dti_rank", 2023, 55) in got
    assert ("lai-chau", "dti_rank", 2023, 60) in got
    assert ("ha-giang", "dti_rank", 2024, 55) not in got


def test_the_first_edition_on_the_merged_provinces_is_2024():
    text = (
        "Đà Nẵng: DTI 2025\n\n"
        "Năm 2025, Đà Nẵng xếp thứ 2/34. Ở DTI 2023, Đà Nẵng đứng đầu 63 tỉnh, thành. Việc lùi xuống vị trí thứ 3 ở kỳ "
        "đánh giá đầu tiên theo mô hình 34 tỉnh từng gây tiếc nuối."
    )
    got = triples(text, province=None, published=dt.date(2026, 10, 1))
    assert ("da-nang", "dti_rank", 2024, 3) in got
    assert ("da-nang", "dti_rank", 2023, 3) not in got


def test_a_value_equal_to_the_year_before_is_this_years():
    text = (
        "Hà Tĩnh: DTI 2023\n\n"
        "Năm 2023, Hà Tĩnh xếp thứ 35/63. Chỉ số an toàn thông tin mạng đạt 0,6512 điểm, tương đương năm trước."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 1))
    assert ("ha-tinh", "cybersecurity_index_score", 2023, 0.6512) in got


# ---- whose value: the holder of a rank that opens its sentence; a city inside the province; a region weighed


def test_a_rank_opening_its_sentence_is_the_province_named_after_it():
    text = (
        "Quảng Ninh dẫn đầu DTI 2021\n\n"
        "Năm 2021, Quảng Ninh đạt 0,6522 điểm. Xếp thứ hai trong DTI 2021 là Đà Nẵng với 0,6301 điểm."
    )
    got = triples(text, province=None, published=dt.date(2022, 8, 1))
    assert ("da-nang", "dti_rank", 2021, 2) in got
    assert ("quang-ninh", "dti_rank", 2021, 2) not in got


def test_a_city_that_is_no_province_owns_its_share_with_its_province_in_brackets():
    text = (
        "Dịch vụ công ở miền Tây 2023\n\n"
        "Năm 2023, ở cấp cơ sở, thành phố Vị Thanh (Hậu Giang) có 74% hồ sơ được xử lý trực tuyến, thành phố Sa Đéc "
        "(Đồng Tháp) đạt 69%."
    )
    assert triples(text, province=None, published=dt.date(2023, 12, 1)) == set()


def test_the_city_where_an_event_took_place_leaves_the_province_its_figure():
    text = (
        "Hội thảo kinh tế số\n\n"
        "Tại hội thảo ở TP Vinh, ông Giám đốc Sở cho biết năm 2024 toàn tỉnh Nghệ An có 1.105 doanh nghiệp công nghệ "
        "số."
    )
    got = triples(text, province=None, published=dt.date(2024, 12, 1))
    assert ("nghe-an", "digital_enterprise_count", 2024, 1105) in got


def test_a_place_weighed_within_a_region_alone_is_regional():
    text = (
        "Kon Tum: DTI 2023\n\n"
        "Năm 2023, Kon Tum xếp thứ 49/63. Nếu xét riêng khu vực Tây Nguyên, tỉnh đứng thứ 4."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 1))
    assert got == {("kon-tum", "dti_rank", 2023, 49)}


# ---- lists: a second run of values past the edition the places are in


def test_scores_after_ranks_in_an_edition_pair_with_the_same_provinces():
    text = (
        "DTI 2021\n\n"
        "Năm 2021, Quảng Ninh xếp thứ nhất. Hà Nội và Đà Nẵng lần lượt xếp thứ hai và thứ ba trong DTI 2021, với giá "
        "trị 0,6411 và 0,6302."
    )
    got = triples(text, province=None, published=dt.date(2022, 8, 1))
    assert ("ha-noi", "dti_score", 2021, 0.6411) in got
    assert ("da-nang", "dti_score", 2021, 0.6302) in got


# ---- phrasings of the older services and of dossiers; integration into the national portal


def test_procedures_at_levels_3_and_4_counted_then_their_share():
    text = (
        "Phú Thọ năm 2021\n\n"
        "Năm 2021, 1.150 thủ tục đã được cung cấp trực tuyến ở mức độ 3 và 4, đạt 61,2% tổng số thủ tục."
    )
    got = triples(text, province="phu-tho", published=dt.date(2021, 12, 20))
    assert ("phu-tho", "online_public_service_rate", 2021, 61.2) in got


def test_a_share_after_the_dossiers_counted_with_the_verb_alone():
    text = (
        "Hưng Yên năm 2025\n\n"
        "Năm 2025, các cơ quan của tỉnh tiếp nhận hơn 800 nghìn hồ sơ, trong đó 66,4% được nộp trực tuyến."
    )
    got = triples(text, province="hung-yen", published=dt.date(2025, 12, 20))
    assert got == {("hung-yen", "online_dossier_rate", 2025, 66.4)}


def test_services_integrated_into_the_national_portal_are_no_provision_count():
    text = (
        "Yên Bái năm 2020\n\n"
        "Năm 2020, tỉnh đã tích hợp 912 dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia."
    )
    assert triples(text, province="yen-bai", published=dt.date(2020, 12, 20)) == set()


def test_procedures_on_the_provinces_own_portal_are_counted():
    text = "Hải Dương năm 2023\n\nNăm 2023, Cổng dịch vụ công của tỉnh đã tích hợp 1.612 thủ tục hành chính."
    got = triples(text, province="hai-duong", published=dt.date(2023, 12, 20))
    assert got == {("hai-duong", "admin_procedure_count", 2023, 1612)}


def test_a_service_centre_named_with_the_provinces_word_owns_its_share():
    text = (
        "Gia Lai 6 tháng 2023\n\n"
        "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 52%. Trong 6 tháng đầu năm 2023, Trung tâm Phục vụ hành chính "
        "công tỉnh đã tiếp nhận hơn 20.000 hồ sơ, trong đó 61% nộp trực tuyến."
    )
    got = triples(text, province="gia-lai", published=dt.date(2023, 7, 20))
    assert got == {("gia-lai", "online_dossier_rate", 2023, 52)}
