"""Issue 10, in our own sentences: the misses of rounds 73 (scored unread on 1.52, then read) and 74 (scored unread
on 1.52 too) and the rules of 1.53 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples

# ---- dossiers settled on time are a measure of their own (phrases.yml: on_time, rule absorbed)


def test_the_on_time_share_after_the_online_share_is_not_online_dossiers():
    text = (
        "Bạc Liêu: kết quả cải cách hành chính\n\n"
        "Năm 2023, tỉnh Bạc Liêu nhận 190.500 hồ sơ. Tỷ lệ hồ sơ nộp trực tuyến đạt 64,2%, tỷ lệ giải quyết đúng hạn "
        "đạt 98,7%."
    )
    got = triples(text, province=None, published=dt.date(2024, 1, 10))
    assert got == {("bac-lieu", "online_dossier_rate", 2023, 64.2)}


# ---- ministries listed after the provinces (rule list-own-subjects)


def test_ministries_listed_after_provinces_do_not_take_their_names():
    text = (
        "Công bố DTI 2023\n\n"
        "Năm 2023, Hà Nội xếp thứ nhất DTI cấp tỉnh với giá trị 0,7313. Ở cuối bảng, Hà Giang và Cao Bằng lần lượt "
        "xếp thứ 62 và 63.\n\n"
        "Ở khối bộ, ngành, Bộ Tư pháp xếp thứ nhất; Bộ Tài chính và Bộ Y tế lần lượt xếp thứ 2 và 3."
    )
    got = triples(text, province=None, published=dt.date(2025, 2, 20))
    assert ("ha-giang", "dti_rank", 2023, 62) in got
    assert ("cao-bang", "dti_rank", 2023, 63) in got
    assert not {t for t in got if t[3] in (2, 3)}


# ---- an index outside the catalog named right after a rank (rule rank-of-other-index)


def test_a_rank_with_pci_right_after_it_is_not_the_dti():
    text = (
        "Ba chỉ số của Bắc Ninh năm 2022\n\n"
        "Năm 2022, Bắc Ninh xếp thứ 3 DTI và đứng thứ nhất PCI."
    )
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert got == {("bac-ninh", "dti_rank", 2022, 3)}


# ---- one rank for two years or two pillars (rules ordinal-after-digit-rank, shared-years, shared-predicate)


def test_a_rank_in_words_after_a_dated_rank_in_digits_and_two_years_after_it():
    text = (
        "Nhìn lại DTI của Bình Dương\n\n"
        "Bình Dương xếp thứ 6 năm 2020, thứ hai năm 2022 và 2023."
    )
    got = triples(text, province=None, published=dt.date(2024, 12, 1))
    assert ("binh-duong", "dti_rank", 2020, 6) in got
    assert ("binh-duong", "dti_rank", 2022, 2) in got
    assert ("binh-duong", "dti_rank", 2023, 2) in got


def test_a_rise_to_a_rank_in_words_held_over_two_counted_years():
    text = (
        "Nhìn lại DTI của Long An\n\n"
        "Long An đi lên đều đặn, từ vị trí thứ 30 năm 2020 đến thứ tám trong hai năm 2022 và 2023."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 1))
    assert ("long-an", "dti_rank", 2020, 30) in got
    assert ("long-an", "dti_rank", 2022, 8) in got
    assert ("long-an", "dti_rank", 2023, 8) in got


def test_two_years_after_a_rank_that_open_a_new_clause_are_not_shared():
    text = (
        "Nhìn lại DTI của Phú Thọ\n\n"
        "Từ vị trí 40 năm 2020, Phú Thọ lên thứ 25 năm 2021 và năm 2022 đã vào nhóm 20 tỉnh dẫn đầu."
    )
    got = triples(text, province=None, published=dt.date(2023, 9, 1))
    assert ("phu-tho", "dti_rank", 2021, 25) in got
    assert ("phu-tho", "dti_rank", 2022, 25) not in got


def test_years_counted_and_joined_by_commas_share_the_rank():
    text = (
        "Nhìn lại DTI của Cần Thơ\n\n"
        "Cần Thơ đứng thứ 9 ở hai kỳ đánh giá 2021, 2022 và đứng thứ 12 ở các năm 2023, 2024."
    )
    got = triples(text, province=None, published=dt.date(2025, 11, 1))
    assert {t for t in got if t[1] == "dti_rank"} == {
        ("can-tho", "dti_rank", 2021, 9),
        ("can-tho", "dti_rank", 2022, 9),
        ("can-tho", "dti_rank", 2023, 12),
        ("can-tho", "dti_rank", 2024, 12),
    }


def test_one_rank_of_two_pillars_joined_after_it():
    text = (
        "Trụ cột DTI 2022\n\n"
        "Năm 2022, Bắc Giang xếp thứ 7 cả kinh tế số và xã hội số."
    )
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("bac-giang", "dti_digital_economy_rank", 2022, 7) in got
    assert ("bac-giang", "dti_digital_society_rank", 2022, 7) in got


def test_a_second_pillar_with_a_rank_of_its_own_does_not_share():
    text = "Trụ cột DTI 2022\n\nNăm 2022, Bắc Giang xếp thứ 7 về kinh tế số và xã hội số thứ 15."
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("bac-giang", "dti_digital_society_rank", 2022, 15) in got
    assert ("bac-giang", "dti_digital_society_rank", 2022, 7) not in got


def test_the_fifth_word_before_years_counted_is_no_rank():
    text = "Quảng Ninh dẫn đầu PAR Index\n\nNăm 2022, PAR Index của Quảng Ninh xếp thứ nhất, năm thứ 5 liên tiếp."
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert got == {("quang-ninh", "par_index_rank", 2022, 1)}


# ---- the holder named after a position, its measure and its year (rule rank-then-province)


def test_the_first_place_of_a_pillar_held_by_a_province_named_after_it():
    text = (
        "DTI 2021: các trụ cột\n\n"
        "Năm 2021, Đà Nẵng xếp thứ nhất về chính quyền số. Vị trí số 1 trụ cột xã hội số năm 2021 thuộc về Hà Nội."
    )
    got = triples(text, province=None, published=dt.date(2022, 8, 1))
    assert ("ha-noi", "dti_digital_society_rank", 2021, 1) in got
    assert ("da-nang", "dti_digital_society_rank", 2021, 1) not in got


# ---- lists: the pillars of the sentence before, a list word after the values (rules items-named-before,
# list-word-after)


def test_three_pillars_named_with_their_index_before_a_list_of_three():
    text = (
        "Nghệ An: DTI 2022\n\n"
        "Bộ chỉ số DTI đánh giá ba trụ cột chính quyền số, kinh tế số và xã hội số. Năm 2022, ba trụ cột này của "
        "Nghệ An lần lượt đứng thứ 15, 31 và 24."
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert {t for t in got if "rank" in t[1]} == {
        ("nghe-an", "dti_digital_government_rank", 2022, 15),
        ("nghe-an", "dti_digital_economy_rank", 2022, 31),
        ("nghe-an", "dti_digital_society_rank", 2022, 24),
    }


def test_the_list_word_after_the_values_pairs_them_in_order():
    text = (
        "Hưng Yên: ba trụ cột DTI 2021\n\n"
        "Năm 2021, chính quyền số của Hưng Yên đạt 0,4512; kinh tế số và xã hội số còn thấp với 0,3120 và 0,3377 "
        "điểm tương ứng."
    )
    got = triples(text, province=None, published=dt.date(2022, 8, 1))
    assert ("hung-yen", "dti_digital_economy_score", 2021, 0.312) in got
    assert ("hung-yen", "dti_digital_society_score", 2021, 0.3377) in got
    assert ("hung-yen", "dti_digital_society_score", 2021, 0.312) not in got


def test_positions_then_the_list_word_then_their_holders_are_not_a_list_word_after_values():
    text = (
        "Công bố PAR Index 2022\n\n"
        "Năm 2022, PAR Index của Quảng Ninh xếp thứ nhất. Các vị trí thứ 2 và thứ 3 lần lượt thuộc về Hải Phòng và "
        "Đồng Tháp."
    )
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("hai-phong", "par_index_rank", 2022, 2) in got
    assert ("dong-thap", "par_index_rank", 2022, 3) in got


# ---- a province named after "có" (gazetteer: the unit word "cô" is told from "có" by its accents)


def test_a_province_without_accents_of_its_own_after_co():
    text = (
        "DTI 2022 ở miền Tây\n\n"
        "Nhóm giữa bảng có Long An, Bến Tre và Hậu Giang, với thứ hạng năm 2022 tương ứng là 22, 31 và 40."
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("long-an", "dti_rank", 2022, 22) in got
    assert ("ben-tre", "dti_rank", 2022, 31) in got


def test_a_teacher_named_like_a_province_is_still_no_province():
    text = "Tin giáo dục\n\nCô Long An, giáo viên trường tiểu học, đạt giải nhất hội thi với 9,5 điểm năm 2023."
    assert triples(text, province=None, published=dt.date(2023, 8, 1)) == set()


# ---- ranks under a region's frame (rule regional-rank)


def test_a_rank_beyond_the_named_regions_size_is_national():
    text = (
        "DTI 2023 ở Tây Nguyên\n\n"
        "Trong vùng Tây Nguyên, Lâm Đồng xếp thứ 14 cả nước năm 2023, còn Đắk Nông đứng thứ 9."
    )
    got = triples(text, province=None, published=dt.date(2024, 12, 1))
    assert ("lam-dong", "dti_rank", 2023, 14) in got
    assert ("dak-nong", "dti_rank", 2023, 9) in got


def test_a_nationwide_rank_after_the_value_does_not_make_it_national():
    text = (
        "DTI 2023 ở Tây Nguyên\n\n"
        "Trong vùng Tây Nguyên, Lâm Đồng đứng thứ 2 với 0,5512 điểm, xếp thứ 14 toàn quốc năm 2023."
    )
    got = triples(text, province=None, published=dt.date(2024, 12, 1))
    assert ("lam-dong", "dti_rank", 2023, 14) in got
    assert ("lam-dong", "dti_rank", 2023, 2) not in got


def test_the_region_field_of_a_value_before_is_no_aggregate_subject():
    text = (
        "DTI 2022 ở Đông Nam Bộ\n\n"
        "Bình Dương giữ vị trí số 1 của vùng Đông Nam Bộ, đứng thứ 5 toàn quốc năm 2022."
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert got == {("binh-duong", "dti_rank", 2022, 5)}


def test_a_place_among_provinces_counted_in_words_is_regional():
    text = "Quảng Bình: DTI 2023\n\nNăm 2023, Quảng Bình xếp thứ 45/63 và xếp thứ tư trong sáu tỉnh Bắc Trung Bộ."
    got = triples(text, province=None, published=dt.date(2024, 12, 1))
    assert got == {("quang-binh", "dti_rank", 2023, 45)}


def test_a_list_of_places_within_a_region_of_known_size_is_regional():
    text = (
        "DTI 2023: Hậu Giang và Sóc Trăng\n\n"
        "Năm 2023, Hậu Giang xếp thứ 30/63, Sóc Trăng xếp thứ 55/63. Trong vùng Đồng bằng sông Cửu Long, hai tỉnh lần "
        "lượt đứng thứ 6 và 12."
    )
    got = triples(text, province=None, published=dt.date(2024, 12, 1))
    assert {t for t in got if t[1] == "dti_rank"} == {
        ("hau-giang", "dti_rank", 2023, 30),
        ("soc-trang", "dti_rank", 2023, 55),
    }
    assert "regional-rank" in refusals(text, province=None, published=dt.date(2024, 12, 1))


def test_a_list_under_a_region_frame_with_a_rank_beyond_its_size_is_national():
    text = (
        "DTI 2023 ở Tây Nguyên\n\n"
        "Trong vùng Tây Nguyên, Lâm Đồng và Kon Tum lần lượt xếp thứ 14 và 3 năm 2023."
    )
    got = triples(text, province=None, published=dt.date(2024, 12, 1))
    assert ("lam-dong", "dti_rank", 2023, 14) in got
    assert ("kon-tum", "dti_rank", 2023, 3) in got


# ---- whose value: the city named after the value's measure; a department set apart in lower case


def test_the_gdp_of_the_city_after_the_value_is_the_articles_city():
    text = (
        "Cần Thơ tổng kết năm 2025\n\n"
        "Năm 2024, Cần Thơ xếp thứ 11 DTI. Dẫn đầu bảng xếp hạng là Hà Nội. Kinh tế số năm 2025 ước chiếm khoảng "
        "12% GRDP của thành phố."
    )
    got = triples(text, province="can-tho", published=dt.date(2026, 1, 5))
    assert ("can-tho", "digital_economy_grdp_share", 2025, 12) in got
    assert not any(t[0] == "ha-noi" for t in got)


def test_a_department_set_apart_in_lower_case_owns_its_shares():
    text = (
        "Gia Lai: chuyển đổi số\n\n"
        "Năm 2024, tỷ lệ văn bản điện tử được ký số của tỉnh đạt 96%. Sở Nội vụ đã số hóa toàn bộ quy trình. "
        "Riêng tại sở, 100% văn bản đi được ký số."
    )
    got = triples(text, province="gia-lai", published=dt.date(2024, 12, 1))
    assert got == {("gia-lai", "e_document_signed_rate", 2024, 96)}


# ---- the index's value named only as "chỉ số" (rule passage-index-score); cable covering villages


def test_the_value_of_the_bare_index_is_the_articles_index():
    text = (
        "Trà Vinh tăng 5 bậc DTI\n\n"
        "Năm 2022, DTI của tỉnh Trà Vinh xếp thứ 33/63.\n\n"
        "Giá trị chỉ số năm 2022 đạt 0,4611 điểm."
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("tra-vinh", "dti_score", 2022, 0.4611) in got


def test_fibre_covering_villages_with_phu_alone():
    text = "Yên Bái năm 2024\n\nNăm 2024, mạng cáp quang đã phủ 97% thôn, bản."
    got = triples(text, province="yen-bai", published=dt.date(2024, 12, 1))
    assert got == {("yen-bai", "fiber_village_coverage_rate", 2024, 97)}
