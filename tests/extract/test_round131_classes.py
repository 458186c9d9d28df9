"""Issue 10, in our own sentences: the classes of 2.17, from the misses of round 131 (scored unread on 2.15 and 2.16
first): the months left of the year as plans, a span of time before a plan's cue, provinces each with a verb and a
value before the index named once, the neighbours as no ranked group, a statistic after the merger, and a statistic
after one said to be of now under a ranking edition's heading."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

JUL_2023 = dt.date(2023, 7, 14)
JAN_2024 = dt.date(2024, 1, 20)


def test_the_months_left_of_the_year_are_plans():
    # rule months-ahead: written in July, "6 tháng cuối năm" is what is still to be done
    text = (
        "Phú Yên: chuyển đổi số 6 tháng đầu năm 2023\n"
        "Trong 6 tháng đầu năm, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 47,2%.\n"
        "6 tháng cuối năm, tỉnh tập trung đưa nền tảng dữ liệu vào vận hành; nâng tỷ lệ hồ sơ trực tuyến lên 65%, "
        "thanh toán trực tuyến 40%."
    )
    got = triples(text, province="phu-yen", published=JUL_2023)
    assert ("phu-yen", "online_dossier_rate", 2023, 47.2) in got
    assert ("phu-yen", "online_dossier_rate", 2023, 65) not in got
    assert not any(i == "online_payment_rate" for _, i, _, _ in got)


def test_the_last_quarter_with_its_year_is_a_result():
    # (guard) rule months-ahead: "Quý IV/2022" in a review written in 2024 is a quarter that has passed
    text = (
        "Phú Yên nhìn lại chuyển đổi số\n"
        "Quý IV/2022, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 52,8%, cao nhất từ trước tới nay."
    )
    got = triples(text, province="phu-yen", published=JAN_2024)
    assert ("phu-yen", "online_dossier_rate", 2022, 52.8) in got


def test_a_span_of_time_before_the_plan_cue_is_no_value():
    # plan-at-head: "6 tháng" opening the sentence is a span, so "phấn đấu" still comes before its first value and
    # governs the clause after the ";"
    text = (
        "Phú Yên: chuyển đổi số 6 tháng đầu năm 2023\n"
        "Trong 6 tháng đầu năm, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 47,2%.\n"
        "Trong 6 tháng tới, tỉnh phấn đấu 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình; tỷ lệ hồ sơ "
        "trực tuyến đạt 60%."
    )
    got = triples(text, province="phu-yen", published=JUL_2023)
    assert ("phu-yen", "online_dossier_rate", 2023, 60) not in got


def test_provinces_each_with_a_verb_before_the_index_named_once():
    # rule parallel-run: "A đạt x điểm, B đạt y điểm và C đạt z điểm trong DTI 2022, lần lượt ...": the index named
    # after the last value measures all three
    text = (
        "Các thành phố trực thuộc Trung ương trên bảng DTI 2022\n"
        "Ở nhóm thành phố, Đà Nẵng đạt 0,7001 điểm, Hải Phòng đạt 0,5912 điểm và Cần Thơ đạt 0,5533 điểm trong DTI "
        "2022, lần lượt xếp thứ 1, 9 và 14 cả nước."
    )
    got = triples(text, province=None, published=JUL_2023)
    assert ("da-nang", "dti_score", 2022, 0.7001) in got
    assert ("hai-phong", "dti_score", 2022, 0.5912) in got
    assert ("can-tho", "dti_score", 2022, 0.5533) in got
    assert ("hai-phong", "dti_rank", 2022, 9) in got


def test_the_neighbours_are_no_ranked_group():
    # rule regional-rank: "so với các tỉnh lân cận" names the provinces compared, their places are the nation's
    text = (
        "Hà Nam trên bảng xếp hạng DTI 2022\n"
        "Năm 2022, Hà Nam xếp thứ 19/63. So với các tỉnh lân cận, Nam Định xếp thứ 9, Ninh Bình xếp thứ 13 và Thái "
        "Bình đứng thứ 30 trong DTI 2022."
    )
    got = triples(text, province="ha-nam", published=JUL_2023)
    assert ("nam-dinh", "dti_rank", 2022, 9) in got
    assert ("ninh-binh", "dti_rank", 2022, 13) in got
    assert ("thai-binh", "dti_rank", 2022, 30) in got


def test_a_region_still_frames_its_places():
    # (guard) rule regional-rank: a region named after "so với các tỉnh" is a ranked group
    text = (
        "Hà Nam trên bảng xếp hạng DTI 2022\n"
        "Năm 2022, Hà Nam xếp thứ 19/63. So với các tỉnh đồng bằng sông Hồng, Hà Nam đứng thứ 6."
    )
    got = triples(text, province="ha-nam", published=JUL_2023)
    assert ("ha-nam", "dti_rank", 2022, 6) not in got


def test_a_statistic_after_the_merger_is_not_the_year_before():
    # rule after-merger: "Sau hợp nhất, ..." after a paragraph on 2024 is of the article's year, 2025
    text = (
        "Khánh Hòa sau hợp nhất: hạ tầng số\n"
        "Trước hợp nhất, năm 2024, tỷ lệ hộ gia đình có cáp quang của Ninh Thuận đạt 68,3%, của Khánh Hòa (cũ) đạt "
        "80,2%. Sau hợp nhất, 100% xã, phường của tỉnh được phủ sóng di động 4G."
    )
    got = triples(text, province="khanh-hoa", published=dt.date(2025, 10, 3))
    assert ("khanh-hoa", "mobile_coverage_rate", 2025, 100) in got
    assert ("khanh-hoa", "mobile_coverage_rate", 2024, 100) not in got


def test_a_statistic_after_one_said_to_be_of_now_under_an_editions_title():
    # rule statistic-past-edition: "hiện" dated a statistic 2021 under "... DTI năm 2020"; the next statistic with no
    # year is of 2021 too, not the edition's
    text = (
        "Cao Bằng đứng thứ 58/63 về chỉ số chuyển đổi số năm 2020\n"
        "Năm 2020, Cao Bằng đạt 0,2988 điểm, xếp thứ 58/63.\n"
        "Theo Sở TT&TT, hiện toàn tỉnh có 94,1% thôn, xóm được phủ sóng di động. Tỷ lệ thủ tục hành chính được cung "
        "cấp trực tuyến mức độ 4 của tỉnh mới đạt 28,6%."
    )
    got = triples(text, province="cao-bang", published=dt.date(2021, 5, 10))
    assert ("cao-bang", "mobile_coverage_rate", 2021, 94.1) in got
    assert ("cao-bang", "online_public_service_full_rate", 2021, 28.6) in got
