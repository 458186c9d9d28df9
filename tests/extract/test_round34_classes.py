"""Issue 10, in our own sentences: the classes of session 20 (the in-sample residue of rounds 8-33 and round 34's
probe sets, written blind to the extractor and scored unread on 1.21), and the rules of 1.22 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- procedures counted "ở mức độ 4" / "ở mức độ 3, 4", then their share


def test_procedures_counted_at_level_four_give_the_full_online_share():
    text = (
        "Năm 2020, tỉnh Yên Bái cung cấp 1.640 thủ tục hành chính trên cổng dịch vụ công, trong đó 204 thủ tục "
        "ở mức độ 4, chiếm 12,4%."
    )
    got = triples(text, province="yen-bai", published=dt.date(2021, 1, 12))
    assert ("yen-bai", "online_public_service_full_rate", 2020, 12.4) in got
    assert not {f for f in got if f[1] == "online_public_service_rate"}


def test_procedures_counted_at_levels_three_and_four_give_the_online_share():
    text = "Hết năm 2021, Điện Biên đưa 902/1.650 TTHC ở mức độ 3, 4 lên cổng, đạt 54,7%."
    got = triples(text, province="dien-bien", published=dt.date(2022, 2, 3))
    assert ("dien-bien", "online_public_service_rate", 2021, 54.7) in got


# ---- units named with a quantifier or a count as the subject ("Một số xã đã đạt", "Các phường trung tâm A và B
# có", "Nhiều xã, phường như ...", "Tại hai phường ..."): their figure, not the province's


def test_some_communes_reaching_a_share_is_not_the_provinces_share():
    text = (
        "Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh Tuyên Quang đạt 81,3%. Một số xã vùng thấp đã đạt 100% hồ sơ "
        "trực tuyến."
    )
    got = triples(text, province="tuyen-quang", published=dt.date(2026, 1, 6))
    assert ("tuyen-quang", "online_dossier_rate", 2025, 81.3) in got
    assert not {f for f in got if f[3] == 100.0}


def test_central_wards_named_as_examples_keep_their_share():
    text = (
        "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Khánh Hòa đạt 66,8%. Các phường trung tâm Nha Trang và Cam "
        "Ranh có tỷ lệ hồ sơ trực tuyến trên 92%."
    )
    got = triples(text, province="khanh-hoa", published=dt.date(2025, 1, 15))
    assert ("khanh-hoa", "online_dossier_rate", 2024, 66.8) in got
    assert not {f for f in got if f[3] == 92.0}


def test_communes_and_wards_listed_before_their_examples_are_theirs():
    text = (
        "Tỷ lệ hồ sơ trực tuyến của tỉnh Đắk Lắk năm 2025 đạt 77%. Nhiều xã, phường như Buôn Hồ, Ea Kar đạt 100% "
        "hồ sơ trực tuyến."
    )
    got = triples(text, province="dak-lak", published=dt.date(2026, 1, 8))
    assert ("dak-lak", "online_dossier_rate", 2025, 77.0) in got
    assert not {f for f in got if f[3] == 100.0}


def test_two_wards_counted_before_the_comma_take_the_clause():
    text = (
        "Hết năm 2023, tại hai phường trung tâm, tỷ lệ hồ sơ trực tuyến đạt 88%; toàn tỉnh Hà Nam đạt 70,2%."
    )
    got = triples(text, province="ha-nam", published=dt.date(2024, 1, 10))
    assert ("ha-nam", "online_dossier_rate", 2023, 70.2) in got
    assert not {f for f in got if f[3] == 88.0}


def test_a_share_over_every_hamlet_stays_the_provinces():
    # guard: the units after the value are what is counted, not the subject
    text = "Năm 2023, tỉnh Hà Nam đã phủ sóng di động băng rộng tới 100% các thôn, xóm."
    got = triples(text, province="ha-nam", published=dt.date(2024, 1, 10))
    assert ("ha-nam", "mobile_coverage_rate", 2023, 100.0) in got


# ---- "của tỉnh", "tỉnh này" after another province named earlier in the same sentence: that province's


def test_the_province_a_sentence_opens_with_owns_its_later_tinh():
    text = (
        "Bắc Trung Bộ sau DTI 2023\n\n"
        "Tỉnh Nghệ An xếp thứ 24/63. Hà Tĩnh là một điểm sáng khác: DTI 2023 của tỉnh tăng 15 bậc, lên vị trí "
        "thứ 21/63."
    )
    got = triples(text, province="nghe-an", published=dt.date(2024, 9, 20))
    assert ("ha-tinh", "dti_rank", 2023, 21.0) in got
    assert ("nghe-an", "dti_rank", 2023, 21.0) not in got


def test_this_province_points_back_to_the_one_just_named():
    text = (
        "Tây Bắc và DTI 2022\n\n"
        "Năm 2022, tỉnh Sơn La xếp thứ 50/63. Ở trụ cột, xã hội số của Điện Biên xếp thứ 61, trong khi chính "
        "quyền số của tỉnh này đứng thứ 33."
    )
    got = triples(text, province="son-la", published=dt.date(2023, 8, 2))
    assert ("dien-bien", "dti_digital_government_rank", 2022, 33.0) in got
    assert ("son-la", "dti_digital_government_rank", 2022, 33.0) not in got


def test_a_city_passed_with_its_title_is_not_who_tinh_means():
    # guard: the province named after "vượt cả TP." is compared, so "của tỉnh" stays the article's
    text = (
        "Bình Dương: DTI 2023\n\n"
        "Ở trụ cột kinh tế số, Bình Dương đứng đầu cả nước, vượt cả TP. Hồ Chí Minh (thứ 3); trụ cột chính "
        "quyền số của tỉnh xếp thứ 6."
    )
    got = triples(text, province="binh-duong", published=dt.date(2024, 9, 20))
    assert ("binh-duong", "dti_digital_government_rank", 2023, 6.0) in got


def test_a_province_where_an_event_took_place_is_not_who_tinh_means():
    # guard: "tại Lào Cai" inside a phrase says where the meeting was, not whom the clause is about
    text = "Tại hội nghị tổ chức ở Lào Cai, năm 2024 tỷ lệ hồ sơ trực tuyến của tỉnh đạt 58,3%."
    got = triples(text, province="yen-bai", published=dt.date(2024, 12, 20))
    assert got == {("yen-bai", "online_dossier_rate", 2024, 58.3)}
