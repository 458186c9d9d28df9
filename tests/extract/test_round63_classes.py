"""Issue 10, in our own sentences: round 62's remaining misses and round 63's (scored unread on 1.42 first), and the
rules of 1.43 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples
from vndx.extract import extract_facts

# ---- the targets of a plan: the total set first, the count reached after it (rule targets-set-then-reached)


def _targets(text: str, province: str, published: dt.date) -> set[tuple]:
    facts = extract_facts(text, doc="t", published=published, province_hint=province)
    return {(f.province, f.period, f.value, f.out_of) for f in facts if f.indicator == "dx_targets_achieved"}


def test_targets_set_then_reached_in_a_later_clause():
    text = (
        "Chương trình chuyển đổi số của tỉnh Phú Thọ giai đoạn 2021-2025 đặt ra 16 chỉ tiêu; đến cuối năm 2024, "
        "tỉnh đã đạt và vượt 11 chỉ tiêu."
    )
    assert _targets(text, "phu-tho", dt.date(2025, 1, 8)) == {("phu-tho", 2024, 11, 16)}


def test_targets_set_in_one_sentence_and_reached_in_the_next():
    text = (
        "Sơ kết ba năm thực hiện Nghị quyết về chuyển đổi số của tỉnh Yên Bái\n\n"
        "Nghị quyết xác định 21 chỉ tiêu chủ yếu. Đến nay, 13 chỉ tiêu đã hoàn thành, 6 chỉ tiêu đạt trên 70% kế "
        "hoạch, 2 chỉ tiêu đạt thấp."
    )
    assert _targets(text, "yen-bai", dt.date(2024, 10, 2)) == {("yen-bai", 2024, 13, 21)}


def test_targets_reached_or_exceeded_after_the_total_named_with_trong():
    text = (
        "Trong 15 chỉ tiêu chuyển đổi số Tỉnh ủy giao đến năm 2025, đến nay tỉnh Cà Mau đã đạt hoặc vượt 10 chỉ "
        "tiêu, còn 5 chỉ tiêu chưa đạt."
    )
    assert _targets(text, "ca-mau", dt.date(2024, 12, 20)) == {("ca-mau", 2024, 10, 15)}


def test_targets_still_to_be_reached_are_no_count_reached():
    text = (
        "Kế hoạch chuyển đổi số của tỉnh Lai Châu đề ra 14 chỉ tiêu. Năm 2025, tỉnh phấn đấu hoàn thành 14 chỉ tiêu; "
        "hiện còn 4 chỉ tiêu chưa hoàn thành."
    )
    assert _targets(text, "lai-chau", dt.date(2025, 2, 1)) == set()


def test_targets_home_in_a_headline():
    text = "Sau ba năm, 8/12 chỉ tiêu chuyển đổi số của Kon Tum đã về đích\n\nTỉnh tiếp tục triển khai Nghị quyết."
    assert _targets(text, "kon-tum", dt.date(2024, 9, 10)) == {("kon-tum", 2024, 8, 12)}


def test_a_headline_count_without_a_year_is_the_bodys_of_the_year_it_names():
    text = (
        "Bạc Liêu: 10/14 chỉ tiêu chuyển đổi số về đích sớm\n\n"
        "Theo Sở Thông tin và Truyền thông, tính đến hết năm 2024, Bạc Liêu đã hoàn thành 10/14 chỉ tiêu chuyển đổi số."
    )
    assert _targets(text, "bac-lieu", dt.date(2025, 3, 3)) == {("bac-lieu", 2024, 10, 14)}


def test_a_headline_of_the_economys_main_targets_counts_no_digital_ones():
    text = (
        "Hòa Bình hoàn thành 20/23 chỉ tiêu chủ yếu năm 2024, chuyển đổi số có nhiều chuyển biến\n\n"
        "Năm 2024, kinh tế của tỉnh tăng trưởng khá."
    )
    assert _targets(text, "hoa-binh", dt.date(2024, 12, 12)) == set()


# ---- years counted on in a timeline (rule relative-year, rule year-after-paragraph)


def test_next_year_written_as_nam_tiep_theo_counts_on():
    text = (
        "Năm 2021, tỷ lệ người dùng Internet của Điện Biên đạt 61%. Năm tiếp theo, tỷ lệ này lên 66,2%, và đến năm "
        "2023 đạt 70,4%."
    )
    got = triples(text, province="dien-bien", published=dt.date(2024, 2, 1))
    assert ("dien-bien", "internet_user_rate", 2022, 66.2) in got
    assert ("dien-bien", "internet_user_rate", 2023, 70.4) in got


def test_a_paragraph_opening_a_year_later_counts_from_the_paragraph_before():
    text = (
        "Hành trình chuyển đổi số của Kon Tum\n\n"
        "Năm 2020, DTI của Kon Tum chỉ đạt 0,2911, xếp thứ 58/63.\n\n"
        "Một năm sau đó, giá trị DTI của tỉnh lên 0,3605, xếp thứ 49.\n\n"
        "Năm tiếp theo, tỉnh đạt 0,4217 điểm và đứng thứ 40/63."
    )
    got = triples(text, province="kon-tum", published=dt.date(2023, 9, 5))
    assert {("kon-tum", "dti_score", 2021, 0.3605), ("kon-tum", "dti_rank", 2021, 49)} <= got
    assert {("kon-tum", "dti_score", 2022, 0.4217), ("kon-tum", "dti_rank", 2022, 40)} <= got
    assert not any(t[2] == 2020 and t[3] in (0.3605, 49) for t in got)


def test_the_years_to_come_are_no_year():
    text = (
        "Năm 2022, nhận thức số của Yên Bái xếp hạng 4/63 – nền tảng cho các năm tiếp theo; thể chế số xếp thứ 7."
    )
    got = triples(text, province="yen-bai", published=dt.date(2023, 5, 5))
    assert ("yen-bai", "dti_awareness_rank", 2022, 4) in got
    assert ("yen-bai", "dti_institution_rank", 2022, 7) in got


# ---- numbers written in words (rule cardinal-words) and scaled numbers that are no years


def test_a_percentage_written_in_words():
    text = "Năm 2023, hơn tám mươi phần trăm hồ sơ thủ tục hành chính của Phú Yên được xử lý trực tuyến."
    facts = extract_facts(text, doc="t", published=dt.date(2024, 1, 5), province_hint="phu-yen")
    got = {(f.indicator, f.period, f.value, f.qualifier) for f in facts}
    assert ("online_dossier_rate", 2023, 80, "over") in got


def test_a_percentage_in_words_with_decimals_after_phay():
    text = "Năm 2024, tỷ lệ người dùng Internet của Điện Biên đạt sáu mươi hai phẩy bốn phần trăm."
    got = triples(text, province="dien-bien", published=dt.date(2025, 1, 5))
    assert ("dien-bien", "internet_user_rate", 2024, 62.4) in got


def test_thousands_in_words_and_in_digits_with_nghin_are_counts_not_years():
    words = "Năm 2025, Nghệ An có hơn ba nghìn tổ công nghệ số cộng đồng."
    digits = "Năm 2025, Nghệ An có gần 2 nghìn tổ công nghệ số cộng đồng."
    assert ("nghe-an", "community_digital_team_count", 2025, 3000) in triples(
        words, province="nghe-an", published=dt.date(2025, 12, 1)
    )
    assert ("nghe-an", "community_digital_team_count", 2025, 2000) in triples(
        digits, province="nghe-an", published=dt.date(2025, 12, 1)
    )


def test_the_word_nam_before_a_scale_is_no_number():
    text = "Trong năm nghìn hồ sơ tiếp nhận năm 2024, Hà Nam có 62% hồ sơ trực tuyến."
    got = triples(text, province="ha-nam", published=dt.date(2025, 1, 5))
    assert not any(t[3] == 5000 for t in got)


# ---- "tỉnh có" opening a clause is the article's province (rule clause-self-reference)


def test_tinh_co_takes_the_paragraph_back_from_a_province_named_before():
    text = (
        "DTI 2024 của tỉnh Phú Thọ đạt 0,6011, xếp thứ 9/34. Năm nay, Hà Nội đứng thứ nhất cả nước. Về các trụ cột, "
        "tỉnh có lợi thế ở chính quyền số và xã hội số. Các thứ hạng này lần lượt là 5 và 8."
    )
    got = triples(text, province="phu-tho", published=dt.date(2025, 11, 1))
    assert ("phu-tho", "dti_digital_government_rank", 2024, 5) in got
    assert ("phu-tho", "dti_digital_society_rank", 2024, 8) in got
    assert not any(t[0] == "ha-noi" and t[3] in (5, 8) for t in got)


def test_each_province_having_is_no_self_reference():
    text = "Năm 2023, mỗi tỉnh có trung bình 1.200 tổ công nghệ số cộng đồng; Lạng Sơn có 1.350 tổ."
    got = triples(text, province="lang-son", published=dt.date(2024, 1, 5))
    assert ("lang-son", "community_digital_team_count", 2023, 1350) in got
    assert ("lang-son", "community_digital_team_count", 2023, 1200) not in got


# ---- pillar and index ranks in words; "Trong nhóm chỉ số chính" is no regional frame


def test_a_pillar_rank_written_hang_ba_is_the_pillars():
    text = "DTI 2024 của Khánh Hòa xếp thứ 12/34. Trong ba trụ cột, xã hội số đứng hạng ba toàn quốc."
    got = triples(text, province="khanh-hoa", published=dt.date(2025, 11, 1))
    assert ("khanh-hoa", "dti_digital_society_rank", 2024, 3) in got
    assert ("khanh-hoa", "dti_rank", 2024, 3) not in got


def test_ranks_after_trong_nhom_chi_so_chinh_are_national():
    text = (
        "Năm 2023, DTI của Bình Dương xếp thứ 7/63. Trong nhóm chỉ số chính, thể chế số xếp thứ năm, còn hạ tầng số "
        "xếp thứ 21."
    )
    got = triples(text, province="binh-duong", published=dt.date(2024, 10, 1))
    assert ("binh-duong", "dti_institution_rank", 2023, 5) in got
    assert ("binh-duong", "dti_infrastructure_rank", 2023, 21) in got


def test_a_place_within_a_region_group_stays_regional():
    text = "Năm 2023, DTI của Bình Dương xếp thứ 7/63; trong nhóm các tỉnh Đông Nam Bộ, tỉnh đứng thứ 3."
    got = triples(text, province="binh-duong", published=dt.date(2024, 10, 1))
    assert ("binh-duong", "dti_rank", 2023, 7) in got
    assert ("binh-duong", "dti_rank", 2023, 3) not in got


# ---- a district's article that cites its province (rule article-about-lower-unit)


def test_a_districts_article_keeps_the_pillar_ranks_of_the_province_it_named():
    text = (
        "Huyện Thạch Hà đẩy mạnh chuyển đổi số\n\n"
        "Năm 2022, huyện có 85% hồ sơ được xử lý trực tuyến. Theo Bộ Thông tin và Truyền thông, DTI năm 2021 của Hà "
        "Tĩnh xếp thứ 30/63. Trong đó, trụ cột chính quyền số đứng thứ 25, kinh tế số thứ 40."
    )
    got = triples(text, province="ha-tinh", published=dt.date(2022, 9, 1))
    assert ("ha-tinh", "dti_digital_government_rank", 2021, 25) in got
    assert ("ha-tinh", "dti_digital_economy_rank", 2021, 40) in got
    assert not any(t[1] == "online_dossier_rate" for t in got)


def test_a_districts_statistic_after_the_province_named_stays_the_districts():
    text = (
        "Huyện Cẩm Xuyên đẩy mạnh chuyển đổi số\n\n"
        "Theo Bộ Thông tin và Truyền thông, DTI năm 2021 của Hà Tĩnh xếp thứ 30/63. Tỷ lệ hồ sơ trực tuyến đạt 71%."
    )
    got = triples(text, province="ha-tinh", published=dt.date(2022, 9, 1))
    assert ("ha-tinh", "dti_rank", 2021, 30) in got
    assert not any(t[1] == "online_dossier_rate" for t in got)


def test_the_city_capitalised_after_a_year_in_a_wards_article_has_the_citys_figure():
    text = (
        "Quận Ninh Kiều: người dân quen dần với dịch vụ số\n\n"
        "Đây là lợi thế chung: theo Sở Thông tin và Truyền thông, năm 2024 Thành phố có tỷ lệ người dùng Internet đạt "
        "82,5%."
    )
    got = triples(text, province="can-tho", published=dt.date(2025, 2, 1))
    assert ("can-tho", "internet_user_rate", 2024, 82.5) in got
