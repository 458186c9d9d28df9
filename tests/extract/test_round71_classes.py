"""Issue 10, in our own sentences: round 71's misses (scored unread on 1.50 first) and the rules of 1.51 that answer
them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples

# ---- the day a province was renamed is no value's year (periods.year_mentions, rule renamed-on)


def test_the_day_a_province_took_its_new_name_dates_nothing():
    text = (
        "Huế: kết quả DTI 2023\n\n"
        "Theo báo cáo DTI 2023 vừa được công bố, thành phố Huế (trước ngày 1/1/2025 là tỉnh Thừa Thiên Huế) đạt "
        "0,6401 điểm, xếp thứ 4/63 tỉnh, thành phố."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 4))
    assert ("thua-thien-hue", "dti_score", 2023, 0.6401) in got
    assert ("thua-thien-hue", "dti_rank", 2023, 4) in got
    assert not any(t[2] == 2025 for t in got)


def test_a_day_counted_to_still_dates_its_value():
    text = (
        "Gia Lai: định danh điện tử\n\n"
        "Tính đến trước ngày 1/4/2025, tỷ lệ người dân có tài khoản định danh điện tử đạt 71,2%."
    )
    got = triples(text, province="gia-lai", published=dt.date(2025, 4, 20))
    assert ("gia-lai", "eid_account_rate", 2025, 71.2) in got


# ---- the items of a list named after "gồm" (lists.items_introduced; rules items-before-semicolon, items-named-before)


def test_items_introduced_by_gom_before_a_semicolon_take_the_values_after_it():
    text = (
        "Phú Thọ: DTI 2022\n\n"
        "Năm 2022, DTI của Phú Thọ xếp thứ 14/63. Bộ chỉ số DTI có 4 chỉ số nền tảng gồm nhận thức số, thể chế số, hạ "
        "tầng số và nhân lực số; thứ hạng tương ứng của Phú Thọ là 6, 22, 18 và 31."
    )
    got = triples(text, province=None, published=dt.date(2023, 9, 12))
    assert {
        ("phu-tho", "dti_awareness_rank", 2022, 6),
        ("phu-tho", "dti_institution_rank", 2022, 22),
        ("phu-tho", "dti_infrastructure_rank", 2022, 18),
        ("phu-tho", "dti_human_resources_rank", 2022, 31),
    } <= got
    assert "list-unpaired" not in refusals(text, province=None, published=dt.date(2023, 9, 12))


def test_items_of_the_index_named_in_the_sentence_before_leave_the_index_out():
    text = (
        "Vĩnh Long: DTI 2024\n\n"
        "Năm 2024, Vĩnh Long xếp thứ 15/34.\n\n"
        "Bốn chỉ số chính của DTI cấp tỉnh gồm nhận thức số, thể chế số, hạ tầng số và nhân lực số. Thứ hạng của tỉnh "
        "ở các chỉ số này lần lượt là 7, 19, 11 và 24."
    )
    got = triples(text, province=None, published=dt.date(2025, 11, 20))
    assert ("vinh-long", "dti_awareness_rank", 2024, 7) in got
    assert ("vinh-long", "dti_human_resources_rank", 2024, 24) in got


# ---- numbers written the English way (numbers.find_numbers, rule english-thousands)


def test_a_comma_and_three_digits_before_a_counted_noun_are_thousands():
    text = (
        "Hải Dương: kinh tế số 2023\n\n"
        "Năm 2023, toàn tỉnh có 3,140 sản phẩm được đưa lên sàn thương mại điện tử và 1,205 Tổ công nghệ số cộng đồng."
    )
    got = triples(text, province="hai-duong", published=dt.date(2024, 1, 20))
    assert ("hai-duong", "ecommerce_product_count", 2023, 3140) in got
    assert ("hai-duong", "community_digital_team_count", 2023, 1205) in got


def test_a_decimal_comma_is_still_a_decimal():
    text = "Hải Dương: DTI 2022\n\nNăm 2022, DTI của Hải Dương đạt 0,512 điểm; tỷ lệ hồ sơ trực tuyến đạt 45,125%."
    got = triples(text, province="hai-duong", published=dt.date(2023, 9, 20))
    assert ("hai-duong", "dti_score", 2022, 0.512) in got
    assert ("hai-duong", "online_dossier_rate", 2022, 45.125) in got


# ---- villages by their local names (phrases.yml: fiber_village_coverage, mobile_coverage)


def test_villages_called_bon_and_soc_are_villages():
    text = (
        "Đắk Nông: hạ tầng số\n\n"
        "Năm 2023, tỷ lệ thôn, bon có cáp quang đạt 88,4%; 97,5% thôn, bon, sóc đã được phủ sóng di động."
    )
    got = triples(text, province="dak-nong", published=dt.date(2023, 12, 20))
    assert ("dak-nong", "fiber_village_coverage_rate", 2023, 88.4) in got
    assert ("dak-nong", "mobile_coverage_rate", 2023, 97.5) in got


# ---- coverage of people is not coverage of villages (binding_rules.coverage_of_people)


def test_a_share_of_households_or_people_covered_is_no_village_coverage():
    text = (
        "Lai Châu: phủ sóng\n\n"
        "Năm 2022, 96,2% thôn, bản đã có sóng di động. Nhà mạng cho biết sóng 4G đã phủ đến 93% hộ gia đình và 97% "
        "dân số."
    )
    got = triples(text, province="lai-chau", published=dt.date(2022, 12, 20))
    assert got == {("lai-chau", "mobile_coverage_rate", 2022, 96.2)}
    assert "coverage-of-people" in refusals(text, province="lai-chau", published=dt.date(2022, 12, 20))


# ---- a part after "trong đó" is not what the value ranks (binding._choose_phrasing, rule part-after)


def test_the_index_after_trong_do_is_a_part_not_the_ranked_index():
    text = (
        "Đà Nẵng: DTI 2024\n\n"
        "Đáng chú ý là trụ cột chính quyền số: Thành phố xếp thứ ba với 0,7906 điểm, trong đó chỉ số hoạt động chính "
        "quyền số dẫn đầu cả nước."
    )
    got = triples(text, province="da-nang", published=dt.date(2025, 11, 2))
    assert ("da-nang", "dti_digital_government_rank", 2024, 3) in got
    assert ("da-nang", "dti_gov_activity_rank", 2024, 3) not in got
