"""Issue 10, in our own sentences: the classes of 1.93, from the misses of round 110 (scored unread on 1.92 first)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples

PUB_2024 = dt.date(2024, 6, 1)


def test_a_change_averaged_over_the_years_is_no_editions_change():
    text = (
        "Hưng Yên: chặng đường chuyển đổi số\n"
        "Theo Sở, bình quân giai đoạn 2021-2023 giá trị DTI của tỉnh tăng khoảng 0,06 điểm mỗi năm."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert not any(f[1] == "dti_score_change" for f in got)
    assert "average-change" in refusals(text, province=None, published=PUB_2024)


def test_a_change_averaged_per_year_after_the_value():
    text = "Hưng Yên: chặng đường chuyển đổi số\nTính trung bình, giá trị DTI của tỉnh tăng 0,05 điểm/năm."
    assert not any(f[1] == "dti_score_change" for f in triples(text, province=None, published=PUB_2024))


def test_one_editions_change_beside_an_average_is_kept():
    # guard: the national average after the change is what it is compared with, not an average over years
    text = (
        "Hưng Yên: DTI 2023\n"
        "Năm 2023, giá trị DTI của tỉnh tăng 0,0412 điểm so với năm 2022, cao hơn mức tăng trung bình của cả nước."
    )
    assert ("hung-yen", "dti_score_change", 2023, 0.0412) in triples(text, province=None, published=PUB_2024)


def test_a_total_over_the_former_provinces_is_no_provinces_value():
    text = (
        "Gia Lai sau hợp nhất\n"
        "Trong năm 2024, tổng cộng hai tỉnh cũ đã đào tạo kỹ năng số cho gần 41.000 hộ sản xuất nông nghiệp. Hiện "
        "toàn tỉnh có 1.934 Tổ công nghệ số cộng đồng."
    )
    published = dt.date(2025, 9, 1)
    got = triples(text, province=None, published=published)
    assert not any(f[3] == 41000 for f in got)
    assert ("gia-lai", "community_digital_team_count", 2025, 1934) in got
    assert "provinces-total" in refusals(text, province=None, published=published)


def test_a_count_the_provinces_offered_together_is_a_total():
    text = (
        "Ninh Bình sau hợp nhất\n"
        "Năm 2024, tổng số thủ tục hành chính mà ba tỉnh công bố trên các cổng dịch vụ công lên tới 4.800, nhiều thủ "
        "tục trùng nhau."
    )
    assert not any(f[3] == 4800 for f in triples(text, province=None, published=dt.date(2025, 9, 1)))


def test_a_provinces_value_compiled_from_its_predecessors_is_kept():
    # guard: data compiled ("tổng hợp") from the former provinces, then the new province named with its value
    text = (
        "Khánh Hòa và DTI 2024\n"
        "Trên cơ sở số liệu tổng hợp từ hai tỉnh Khánh Hòa và Ninh Thuận, tỉnh Khánh Hòa đạt 0,6023 điểm, xếp thứ "
        "11/34."
    )
    got = triples(text, province=None, published=dt.date(2025, 11, 1))
    assert ("khanh-hoa", "dti_score", 2024, 0.6023) in got


def test_a_target_named_as_what_to_reach_is_a_target():
    text = (
        "Thái Bình: kinh tế số\n"
        "Để đạt mục tiêu đến năm 2025 kinh tế số chiếm 18% GRDP, tỉnh cần thêm nhiều dự án công nghệ."
    )
    published = dt.date(2024, 3, 1)
    assert not any(f[3] == 18 for f in triples(text, province=None, published=published))
    assert "target-or-plan" in refusals(text, province=None, published=published)


def test_an_earlier_years_clause_after_a_target_states_a_result():
    text = (
        "Cần Thơ: kinh tế số\n"
        "Thành phố đặt mục tiêu đến năm 2025 kinh tế số chiếm 20% GRDP; năm 2023, tỷ lệ này ước đạt 11,4%."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("can-tho", "digital_economy_grdp_share", 2023, 11.4) in got
    assert not any(f[3] == 20 for f in got)


def test_a_milestone_on_the_way_to_a_target_is_a_target():
    # guard: an earlier year with no word of a result reached ("; đến năm 2026 đạt 25%") is one more target
    text = (
        "Cần Thơ: kinh tế số\n"
        "Thành phố phấn đấu đến năm 2030 kinh tế số chiếm 35% GRDP; năm 2027 đạt ít nhất 25%."
    )
    assert not any(f[3] in (25, 35) for f in triples(text, province=None, published=dt.date(2025, 12, 1)))


def test_a_measure_with_its_own_number_in_an_aside_does_not_hide_the_index():
    text = (
        "Nghệ An: DTI 2024\n"
        "Chỉ số DTI năm 2024 của tỉnh Nghệ An, địa phương có diện tích lớn nhất cả nước với dân số hơn 3,5 triệu "
        "người, đạt 0,5877 điểm, xếp thứ 20 trên 34 tỉnh, thành phố."
    )
    got = triples(text, province=None, published=dt.date(2025, 11, 1))
    assert ("nghe-an", "dti_score", 2024, 0.5877) in got
    assert ("nghe-an", "dti_rank", 2024, 20) in got


def test_a_rank_right_after_another_measures_value_is_that_measures():
    # guard: "tăng trưởng đạt 9,1%, đứng thứ 5 cả nước" ranks the growth, not the pillar named after it
    text = (
        "Bắc Ninh: kinh tế số\n"
        "Năm 2023, tốc độ tăng trưởng GRDP đạt 9,1%, đứng thứ 5 cả nước, kinh tế số đang là động lực mới của tỉnh."
    )
    assert not any(f[3] == 5 for f in triples(text, province=None, published=PUB_2024))


def test_a_value_once_reached_is_dated_by_the_year_after_it():
    text = (
        "Yên Bái: hạ tầng số\n"
        "Năm 2023, chỉ số hạ tầng số của tỉnh xếp thứ 44/63, vẫn thấp hơn thứ hạng 30/63 từng đạt được năm 2021."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("yen-bai", "dti_infrastructure_rank", 2023, 44) in got
    assert ("yen-bai", "dti_infrastructure_rank", 2021, 30) in got
    assert ("yen-bai", "dti_infrastructure_rank", 2023, 30) not in got


def test_the_measure_pointed_back_at_after_a_semicolon():
    text = (
        "Lai Châu: hạ tầng số\n"
        "Năm 2023, 96,4% thôn, bản có sóng di động 4G; năm 2021, tỷ lệ này mới là 81%."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("lai-chau", "mobile_coverage_rate", 2023, 96.4) in got
    assert ("lai-chau", "mobile_coverage_rate", 2021, 81) in got


def test_now_opening_a_clause_after_an_earlier_year():
    text = (
        "Đà Nẵng: doanh nghiệp công nghệ số\n"
        "“Năm 2020, thành phố chỉ có 1.100 doanh nghiệp công nghệ số; nay con số này là 2.350 doanh nghiệp”, lãnh đạo "
        "Sở cho biết."
    )
    got = triples(text, province=None, published=dt.date(2024, 10, 1))
    assert ("da-nang", "digital_enterprise_count", 2024, 2350) in got
    assert ("da-nang", "digital_enterprise_count", 2020, 2350) not in got


def test_now_with_an_adverb_before_its_verb():
    text = (
        "Cao Bằng: hạ tầng số\n"
        "Năm 2024, tỉnh có 1.250 Tổ công nghệ số cộng đồng. Theo Sở, tỷ lệ hộ gia đình có kết nối cáp quang của tỉnh "
        "hiện mới đạt 61,7%."
    )
    got = triples(text, province=None, published=dt.date(2025, 6, 10))
    assert ("cao-bang", "fixed_broadband_household_rate", 2025, 61.7) in got


def test_an_office_ranked_after_a_department_led_with_its_score():
    # "với 0,7406 điểm" is a value, not a partner: the office after it is an agency that ranks, not the province
    text = (
        "Phú Yên: DTI cấp sở\n"
        "Khối sở, ngành: Sở Tư pháp dẫn đầu với 0,7715 điểm, Văn phòng UBND tỉnh xếp thứ hai, Sở Nội vụ xếp thứ ba."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert not any(f[1] == "dti_rank" for f in got)


def test_a_field_of_praise_after_a_rank_is_not_what_it_ranks():
    text = (
        "Đông Nam Bộ và DTI\n"
        "Năm 2023, DTI của Bình Dương và Bình Phước lần lượt đạt 0,6011 và 0,5120 điểm.\n"
        "Bình Dương nhiều năm liền nằm trong nhóm dẫn đầu cả nước. Năm 2022, tỉnh này đạt 0,5611 điểm, xếp thứ 6/63, "
        "và được Bộ đánh giá là hình mẫu về kinh tế số của vùng."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("binh-duong", "dti_score", 2023, 0.6011) in got
    assert not any(f[1].startswith("dti_digital_economy") for f in got)


def test_a_rank_then_praise_keeps_the_index_named_before():
    text = (
        "Bình Dương: DTI 2022\n"
        "Năm 2022, chỉ số DTI của Bình Dương đạt 0,5611 điểm, xếp thứ 6/63, và được Bộ đánh giá là hình mẫu về kinh tế "
        "số của vùng."
    )
    got = triples(text, province=None, published=dt.date(2023, 5, 1))
    assert ("binh-duong", "dti_rank", 2022, 6) in got
    assert ("binh-duong", "dti_score", 2022, 0.5611) in got
    assert not any(f[1].startswith("dti_digital_economy") for f in got)


def test_the_share_a_target_was_exceeded_by_is_no_attainment():
    text = (
        "Hòa Bình: định danh điện tử\n"
        "Đến hết năm 2023, tỉnh đã kích hoạt tài khoản định danh điện tử vượt 6,5% chỉ tiêu được giao, tức đạt 106,5%."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("hoa-binh", "eid_target_attainment_rate", 2023, 106.5) in got
    assert ("hoa-binh", "eid_target_attainment_rate", 2023, 6.5) not in got
    assert "excess-over-target" in refusals(text, province=None, published=PUB_2024)


def test_a_share_over_a_hundred_after_exceeded_is_what_was_reached():
    # guard: "vượt 103,2% chỉ tiêu" says loosely that 103.2% of the target was reached
    text = (
        "Hòa Bình: định danh điện tử\n"
        "Đến hết năm 2023, tỉnh đã kích hoạt 520.000 tài khoản định danh điện tử, vượt 103,2% chỉ tiêu được giao."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("hoa-binh", "eid_target_attainment_rate", 2023, 103.2) in got


def test_places_held_by_towns_and_districts():
    text = (
        "Thanh Hóa: DTI cấp huyện 2023\n"
        "Vị trí thứ nhất và thứ hai thuộc về thị xã Nghi Sơn và huyện Thọ Xuân, với 0,7012 và 0,6954 điểm."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert not any(f[1] == "dti_rank" for f in got)
    assert "rank-held-by-unit" in refusals(text, province=None, published=PUB_2024)


def test_before_that_carries_a_statistic_across_the_line():
    text = (
        "Long An: dịch vụ công trực tuyến\n"
        "Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh Long An đạt 72,5%.\n"
        "Trước đó, năm 2023, tỉnh đạt 58,1% và năm 2022 đạt 41,9%."
    )
    got = triples(text, province=None, published=dt.date(2025, 2, 1))
    assert ("long-an", "online_dossier_rate", 2023, 58.1) in got
    assert ("long-an", "online_dossier_rate", 2022, 41.9) in got


def test_before_that_does_not_carry_a_component_index_across_the_line():
    # guard: after a paragraph ending on a main index's rank, "Trước đó, ... xếp thứ 9/63" is the article's index again
    text = (
        "Huế xếp thứ 5/34 về chỉ số chuyển đổi số năm 2024\n"
        "Theo kết quả DTI 2024, thành phố Huế xếp thứ 5/34. Riêng chỉ số chính nhân lực số, Huế xếp thứ 3/34.\n"
        "Trước đó, năm 2023, tỉnh Thừa Thiên Huế xếp thứ 9/63."
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 30))
    assert ("thua-thien-hue", "dti_rank", 2023, 9) in got
    assert ("thua-thien-hue", "dti_human_resources_rank", 2023, 9) not in got


def test_the_indicator_that_moved_most_is_no_target():
    text = (
        "Quảng Bình: dịch vụ công năm 2024\n"
        "Năm 2024, thanh toán trực tuyến, với tỷ lệ 47,2% hồ sơ, là chỉ tiêu tăng nhanh nhất, vượt xa mức 28% của năm "
        "2023."
    )
    got = triples(text, province=None, published=dt.date(2025, 1, 15))
    assert ("quang-binh", "online_payment_rate", 2023, 28) in got


def test_a_change_opening_the_sentence_is_the_index_named_after_it():
    text = (
        "Bình Phước: DTI 2023\n"
        "Tăng 0,0588 điểm so với năm trước – đó là mức cải thiện giá trị DTI mà Bình Phước đạt được trong năm 2023."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("binh-phuoc", "dti_score_change", 2023, 0.0588) in got


def test_ranks_in_words_set_between_commas_after_names():
    text = (
        "DTI 2021 miền Bắc\n"
        "Dẫn đầu khu vực trong bảng xếp hạng DTI 2021 là Quảng Ninh, thứ nhất, rồi đến Bắc Ninh, thứ ba."
    )
    got = triples(text, province=None, published=dt.date(2022, 5, 1))
    assert ("bac-ninh", "dti_rank", 2021, 3) in got


def test_a_weekday_after_a_name_is_no_rank():
    # guard: "Hà Nội, thứ Hai" (capitalised) is a dateline's weekday
    text = "Hà Nội, thứ Hai, 5/6/2023. Bộ công bố DTI 2022 của các tỉnh."
    assert not any(f[1] == "dti_rank" for f in triples(text, province=None, published=dt.date(2023, 6, 5)))


def test_signed_documents_under_their_abbreviation_as_a_label():
    text = "Bạc Liêu: số liệu nổi bật năm 2023\n• Ký số VBĐT: 97,6%.\n• Thanh toán trực tuyến: 41,2% hồ sơ."
    got = triples(text, province=None, published=PUB_2024)
    assert ("bac-lieu", "e_document_signed_rate", 2023, 97.6) in got


# 1.94: three more classes from round 110's misses


def test_a_list_under_an_index_outside_the_catalog_is_not_the_carried_index():
    # (the carried index reaches such a list only deep in an article, after a paragraph about another index: the check
    # itself is tested here, the articles that showed it are in rounds 62 and 110 of the probe corpus)
    from types import SimpleNamespace

    from vndx.extract.binding import _other_index_lists
    from vndx.extract.catalog import load_catalog
    from vndx.extract.readings import find_topics
    from vndx.extract.text import fold

    lower = fold("Với PCI 2023, Hà Nam và Ninh Bình lần lượt đứng thứ 38 và 21; DTI 2023 của Hà Nam xếp thứ 40.")
    hits = find_topics(load_catalog(), lower)
    at = lambda raw: SimpleNamespace(number=SimpleNamespace(start=lower.index(raw)))  # noqa: E731
    assert _other_index_lists(lower, 0, hits, at("38 va"))
    assert not _other_index_lists(lower, 0, hits, at("40."))


def test_now_before_publishing_something():
    text = (
        "Phú Thọ sau hợp nhất\n"
        "Năm 2024, ba tỉnh cũ đã rà soát toàn bộ thủ tục. Tỉnh mới hiện công bố 1.986 thủ tục hành chính trên Cổng "
        "dịch vụ công."
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 1))
    assert ("phu-tho", "admin_procedure_count", 2025, 1986) in got


def test_years_counted_as_the_subject_share_the_value():
    text = (
        "Đà Nẵng và DTI\n"
        "Năm 2021 và năm 2022 là hai năm thành phố đạt kết quả cao nhất: xếp thứ nhất toàn quốc với giá trị chỉ số lần "
        "lượt là 0,6214 và 0,6830 điểm."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("da-nang", "dti_rank", 2021, 1) in got
    assert ("da-nang", "dti_rank", 2022, 1) in got
    assert ("da-nang", "dti_score", 2021, 0.6214) in got


def test_a_places_new_province_after_nay_says_no_now():
    # guard (1.97): "nay thuộc tỉnh Gia Lai" gives the place's new province, not the time of the value
    text = (
        "Gia Lai: dịch vụ công\n"
        "Năm 2024, tỉnh có nhiều chuyển biến. Bình Định, nay thuộc tỉnh Gia Lai, có tỷ lệ hồ sơ trực tuyến đạt 71%."
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 1))
    assert not any(f[1] == "online_dossier_rate" and f[2] == 2025 for f in got)
