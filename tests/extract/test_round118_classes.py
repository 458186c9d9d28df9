"""Issue 10, in our own sentences: the classes of 2.03, from the misses of round 118 (scored unread on 2.02 first), and
the last four tests, those of 2.04, from round 119's (scored unread on 2.03 first)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import facts_of, refusals, triples

IN_2023 = dt.date(2023, 6, 1)
IN_2024 = dt.date(2024, 6, 1)


def test_the_cybersecurity_index_carried_does_not_rank_the_neighbours():
    # rule component-stays-home, for the cybersecurity index too, past a year that opens the sentence
    text = (
        "Nghệ An và DTI 2023\n"
        "• DTI 2023 của tỉnh đạt 0,5611 điểm, xếp thứ 20/63.\n"
        "• Chỉ số an toàn thông tin mạng đạt 0,7702 điểm.\n"
        "• Các tỉnh bạn: năm 2023, Hà Tĩnh xếp thứ 24/63, còn Thanh Hóa xếp thứ 12/63."
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("nghe-an", "cybersecurity_index_score", 2023, 0.7702) in got
    assert ("ha-tinh", "dti_rank", 2023, 24) in got
    assert ("thanh-hoa", "dti_rank", 2023, 12) in got
    assert not any(f[1] == "cybersecurity_index_rank" for f in got)


def test_the_component_pointed_back_at_after_the_values_stays():
    # (guard) "về chỉ số này" after the values: the carried component, not the index
    text = (
        "Về an toàn thông tin mạng năm 2023, Hải Phòng đạt 0,8802 điểm, xếp thứ 4/63.\n\n"
        "Năm 2023, Hà Nội và Đà Nẵng lần lượt xếp thứ nhất và thứ hai về chỉ số này."
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("ha-noi", "cybersecurity_index_rank", 2023, 1) in got


def test_a_sentence_that_only_recalls_an_earlier_rank_keeps_the_paragraph_year():
    # rule background-year: "so với năm 2022, khi tỉnh đứng thứ 21/63, ..." dates the 21 only
    text = (
        "Năm 2023, DTI của Ninh Thuận đạt 0,5302 điểm, xếp thứ 18/63.\n"
        "So với năm 2022, khi tỉnh đứng thứ 21/63, thứ hạng đã cải thiện 3 bậc. Tuy vậy, trụ cột kinh tế số chỉ đạt "
        "0,3411 điểm, xếp thứ 40."
    )
    got = triples(text, province=None, published=dt.date(2024, 8, 1))
    assert ("ninh-thuan", "dti_rank", 2022, 21) in got
    assert ("ninh-thuan", "dti_digital_economy_score", 2023, 0.3411) in got
    assert ("ninh-thuan", "dti_digital_economy_rank", 2023, 40) in got


def test_a_margin_over_a_place_is_no_ones_value():
    # rule margin-over-place
    text = "Năm 2023, DTI của Cần Thơ đạt 0,6311 điểm, hơn Vĩnh Long 0,0420 điểm."
    got = triples(text, province=None, published=IN_2024)
    assert ("can-tho", "dti_score", 2023, 0.6311) in got
    assert not any(f[3] == 0.042 for f in got)
    assert "margin-over-place" in refusals(text, province=None, published=IN_2024)


def test_a_gap_that_widens_up_to_a_value_is_a_gap():
    # rule spread-between (gap-to-place): "khoảng cách với X nới rộng từ ... lên ..."
    text = (
        "Lai Châu: DTI 2023\n"
        "Năm 2023, DTI của Lai Châu đạt 0,41; khoảng cách DTI với Điện Biên nới rộng từ 0,022 điểm năm 2022 lên "
        "0,0408 điểm."
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("lai-chau", "dti_score", 2023, 0.41) in got
    assert not any(f[3] in (0.022, 0.0408) for f in got)


def test_a_score_averaged_over_a_span_of_years_is_no_editions():
    # rule average-over-years (a change averaged stays rule average-change's)
    text = (
        "Năm 2023, Lào Cai xếp thứ 8 với 0,6102 điểm; tính trung bình giai đoạn 2020-2023, điểm DTI của tỉnh đạt "
        "khoảng 0,52."
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("lao-cai", "dti_score", 2023, 0.6102) in got
    assert not any(f[3] == 0.52 for f in got)
    assert "average-over-years" in refusals(text, province=None, published=IN_2024)


def test_a_share_of_the_national_average_does_not_make_the_next_clause_an_average():
    # rule aggregate-not-province: "bằng khoảng 112% mức bình quân cả nước, nhưng ..." compares, the clause after is
    # the province's
    text = (
        "Năm 2022, điểm DTI của Vĩnh Long bằng khoảng 112% mức bình quân cả nước, nhưng trụ cột kinh tế số mới chỉ đạt "
        "0,3702 điểm."
    )
    got = triples(text, province=None, published=IN_2023)
    assert ("vinh-long", "dti_digital_economy_score", 2022, 0.3702) in got


def test_a_measure_named_with_tuong_ung_takes_the_years_of_the_sentence_before():
    # rule years-backref, from a sentence whose values are each of its own year
    text = (
        "Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Phú Thọ đạt 61,2%, 10 tháng năm 2024 lên 70,5%. "
        "Tỷ lệ hồ sơ thanh toán trực tuyến tương ứng là 30,1% và 42,6%."
    )
    got = triples(text, province=None, published=dt.date(2024, 11, 20))
    assert ("phu-tho", "online_payment_rate", 2023, 30.1) in got
    assert ("phu-tho", "online_payment_rate", 2024, 42.6) in got


def test_a_units_values_after_tuong_ung_are_not_the_provinces():
    # (guard) "Ở hai huyện A và B, tỷ lệ ... tương ứng là ...": the districts'
    text = (
        "Năm 2023, tỷ lệ hộ có cáp quang của tỉnh Lâm Đồng đạt 81%, năm 2024 đạt 86%. "
        "Ở hai huyện Đam Rông và Lạc Dương, tỷ lệ hộ có cáp quang tương ứng là 52% và 57%."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 1))
    assert not any(f[3] in (52, 57) for f in got)


def test_the_department_or_the_centre_pointed_back_at_after_the_value():
    # rules department-or-agency ("tại sở đạt"), service-centre-figure ("tiếp nhận tại trung tâm")
    text = "Năm 2023, Sở Tài chính cho biết tỷ lệ văn bản ký số tại sở đạt 99,1%."
    assert not triples(text, province="ha-nam", published=IN_2024)
    text = "Năm 2023, Trung tâm Phục vụ hành chính công tỉnh cho biết 97% hồ sơ tiếp nhận tại trung tâm được số hóa."
    assert not triples(text, province="ha-nam", published=IN_2024)


def test_a_region_framing_the_line_after_an_icon():
    # rule regional-rank: "📍 Ở khu vực ..., X đứng thứ 3"
    text = "DTI 2022 của Quảng Bình đạt 0,52 điểm.\n📍 Ở khu vực Bắc Trung Bộ, Quảng Bình đứng thứ 3."
    got = triples(text, province=None, published=IN_2023)
    assert ("quang-binh", "dti_rank", 2022, 3) not in got


def test_a_headlines_figure_past_a_milestone_is_the_bodys():
    # numbers.py: "vượt mốc" is "over"; rule headline-rounds-body then keeps the body's exact share
    text = (
        "Điện Biên: dịch vụ công toàn trình vượt mốc 40%\n"
        "Năm 2024, tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình của tỉnh đạt 43,7%."
    )
    got = triples(text, province=None, published=dt.date(2024, 12, 1))
    assert ("dien-bien", "online_public_service_full_rate", 2024, 43.7) in got
    assert ("dien-bien", "online_public_service_full_rate", 2024, 40) not in got


def test_bold_marks_around_a_figure_do_not_hide_it():
    # rule bold-as-space: "Thứ hạng: **29** (tăng 4 bậc)"
    text = "Hòa Bình: DTI 2022\n▪️ Giá trị DTI 2022: **0,4815**\n▪️ Thứ hạng: **29** (tăng 4 bậc)"
    got = triples(text, province=None, published=IN_2023)
    assert ("hoa-binh", "dti_score", 2022, 0.4815) in got
    assert ("hoa-binh", "dti_rank", 2022, 29) in got


def test_now_after_an_icon_is_now():
    # rule as-of-now: "👥 Hiện toàn tỉnh có ..." (the opening "hiện" after an icon) is dated as now, by that rule
    text = (
        "Năm 2024, tỉnh Quảng Ninh có 1.120 Tổ công nghệ số cộng đồng.\n"
        "👥 Hiện toàn tỉnh có 1.204 Tổ công nghệ số cộng đồng."
    )
    chosen: list = []
    facts_of(text, province=None, published=dt.date(2025, 9, 1), chosen=chosen)
    rules = {c.fact.value: c.period_rule for c in chosen}
    assert rules[1204] == "as-of-now"


# ---- 2.04, from the misses of round 119 (scored unread on 2.03 first)


def test_a_pillars_weight_in_the_index_is_no_score():
    # rule index-weight (read on the accented text: "trọng số", not "trong số", among)
    text = "DTI năm 2022 của Phú Yên đạt 0,48. Trọng số của trụ cột xã hội số trong bộ chỉ số là 0,3."
    got = triples(text, province=None, published=IN_2023)
    assert ("phu-yen", "dti_score", 2022, 0.48) in got
    assert not any(f[3] == 0.3 for f in got)
    assert "index-weight" in refusals(text, province=None, published=IN_2023)


def test_among_is_no_weight():
    # (guard) "Trong số 478 điểm bưu điện, ..." counts, it weighs nothing
    text = "Năm 2023, trong số các điểm phục vụ bưu chính, 412 điểm của Phú Yên đã có kết nối Internet băng rộng."
    assert "index-weight" not in refusals(text, province=None, published=IN_2024)


def test_a_pillars_change_is_not_the_indexs():
    # rule component-change
    text = "Năm 2023, chỉ số DTI của Bắc Kạn tăng 0,0411 điểm so với năm 2022; trụ cột xã hội số tăng 0,0702 điểm."
    got = triples(text, province=None, published=IN_2024)
    assert ("bac-kan", "dti_score_change", 2023, 0.0411) in got
    assert not any(f[3] == 0.0702 for f in got)


def test_a_former_province_after_a_semicolon_goes_on_with_the_measure():
    # rule province-after-semicolon: "...; Hà Nam (cũ) đạt 96%"
    text = "Năm 2024, tỉnh Nam Định (cũ) đã có 98,4% thôn, xóm được phủ sóng di động; Hà Nam (cũ) đạt 96%."
    got = triples(text, province=None, published=dt.date(2025, 9, 1))
    assert ("nam-dinh", "mobile_coverage_rate", 2024, 98.4) in got
    assert ("ha-nam", "mobile_coverage_rate", 2024, 96) in got
