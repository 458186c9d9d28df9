"""Issue 10, in our own sentences: the classes of 1.95, from the misses of round 111 (scored unread on 1.94 first)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples

PUB_2024 = dt.date(2024, 6, 1)


def test_a_change_in_a_sentence_opening_with_the_year_compared_is_the_next_editions():
    text = (
        "Bắc Kạn: DTI 2023\n"
        "So với năm 2022, khi tỉnh đạt 0,4012 điểm và xếp thứ 55, giá trị DTI năm nay tăng 0,0533 điểm."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("bac-kan", "dti_score_change", 2023, 0.0533) in got
    assert ("bac-kan", "dti_score", 2022, 0.4012) in got


def test_a_change_after_an_edition_compared_at_the_opening():
    text = (
        "Phú Yên: DTI\n"
        "So với DTI 2022, khi còn xếp thứ 40/63, thứ hạng của tỉnh gần như giữ nguyên; điểm số tăng khoảng 0,03 điểm."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("phu-yen", "dti_score_change", 2023, 0.03) in got
    assert ("phu-yen", "dti_rank", 2022, 40) in got


def test_rose_by_as_much_as_is_a_change():
    text = "Hậu Giang: DTI 2022\nNăm 2022, Hậu Giang đạt 0,5023 điểm, tăng tới 0,0915 điểm so với năm 2021."
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("hau-giang", "dti_score_change", 2022, 0.0915) in got
    assert ("hau-giang", "dti_score", 2022, 0.0915) not in got


def test_an_unnamed_neighbour_is_not_the_articles_province():
    text = (
        "Quảng Nam và tỉnh bạn\n"
        "Năm 2023, ở trụ cột kinh tế số, Quảng Nam xếp thứ 30, còn tỉnh bạn xếp thứ 12."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("quang-nam", "dti_digital_economy_rank", 2023, 30) in got
    assert ("quang-nam", "dti_digital_economy_rank", 2023, 12) not in got
    assert "unnamed-neighbour" in refusals(text, province=None, published=PUB_2024)


def test_the_neighbour_pointed_back_at_after_its_name_is_that_province():
    # guard: after another province's name, "tỉnh bạn" is that province
    text = (
        "Quảng Trị: DTI 2023\n"
        "Phía Nam, Thừa Thiên Huế có bước tiến mới: DTI 2023 của tỉnh bạn đạt 0,6312 điểm, xếp thứ 4/63."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("thua-thien-hue", "dti_score", 2023, 0.6312) in got


def test_an_estimate_at_first_is_no_neighbour():
    # guard: "ước tính ban đầu" folds like "tỉnh bạn"
    text = "Trà Vinh: kinh tế số\nNăm 2022, theo ước tính ban đầu, kinh tế số đóng góp khoảng 6,1% GRDP của tỉnh."
    got = triples(text, province=None, published=dt.date(2023, 3, 1))
    assert ("tra-vinh", "digital_economy_grdp_share", 2022, 6.1) in got


def test_the_highland_town_before_a_provinces_name_is_that_province():
    text = "Tây Nguyên và DTI 2023\nPhố núi Kon Tum năm 2023 chỉ xếp thứ 52 trong bảng xếp hạng DTI."
    got = triples(text, province=None, published=PUB_2024)
    assert ("kon-tum", "dti_rank", 2023, 52) in got


def test_an_aside_with_a_year_describing_the_province_names_another():
    text = "Miền Tây và DTI 2021\nNăm 2021, Hậu Giang – tỉnh được tách ra từ Cần Thơ năm 2004 – xếp thứ 47."
    got = triples(text, province=None, published=dt.date(2022, 5, 1))
    assert ("hau-giang", "dti_rank", 2021, 47) in got
    assert ("can-tho", "dti_rank", 2021, 47) not in got


def test_a_year_in_a_later_clause_that_points_back_dates_that_clause_only():
    text = (
        "Điện Biên: DTI 2023\n"
        "Năm 2023 cả ba trụ cột của Điện Biên đều tiến bộ. Chính quyền số xếp thứ 21, kinh tế số thứ 40 và xã hội số "
        "thứ 33; các thứ hạng tương ứng của năm 2022 là 35, 52 và 41."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("dien-bien", "dti_digital_government_rank", 2023, 21) in got
    assert ("dien-bien", "dti_digital_government_rank", 2022, 35) in got
    assert ("dien-bien", "dti_digital_government_rank", 2022, 21) not in got


def test_the_planning_department_named_as_the_source_is_no_plan():
    text = (
        "Quảng Bình: kinh tế số\n"
        "Theo số liệu của Sở Kế hoạch và Đầu tư, năm 2022 kinh tế số chiếm khoảng 6,8% GRDP của tỉnh."
    )
    got = triples(text, province=None, published=dt.date(2023, 4, 1))
    assert ("quang-binh", "digital_economy_grdp_share", 2022, 6.8) in got


def test_a_plan_for_investment_is_still_a_plan():
    # guard: "kế hoạch" not in the department's name keeps its plan
    text = (
        "Quảng Bình: kinh tế số\n"
        "Theo kế hoạch đầu tư công của tỉnh, đến năm 2025 kinh tế số chiếm 15% GRDP."
    )
    assert not any(f[3] == 15 for f in triples(text, province=None, published=dt.date(2023, 4, 1)))
