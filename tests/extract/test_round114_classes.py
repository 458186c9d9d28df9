"""Issue 10, in our own sentences: the classes of 1.99, from the misses of round 114 (scored unread on 1.98 first)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples

PUB_2024 = dt.date(2024, 7, 1)


def test_a_region_the_figure_is_placed_in_is_no_subject():
    # cues.yml compared_with: "thuộc nhóm ... của khu vực" places the figure, the paragraph stays the province's
    text = (
        "Quảng Bình: DTI 2023\n"
        "Năm 2023, DTI của Quảng Bình đạt 0,5521 điểm, xếp thứ 28/63.\n"
        "Giá trị chỉ số tăng 0,0412 điểm so với năm 2022, mức tăng thuộc nhóm cao của khu vực Bắc Trung Bộ.\n"
        "Trong đó, trụ cột chính quyền số, kinh tế số, xã hội số lần lượt đạt 0,6120, 0,4411 và 0,5307."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("quang-binh", "dti_digital_government_score", 2023, 0.612) in got
    assert ("quang-binh", "dti_digital_economy_score", 2023, 0.4411) in got
    assert ("quang-binh", "dti_digital_society_score", 2023, 0.5307) in got


def test_a_change_weighed_in_words_is_still_a_change():
    # rule change-label: "tăng không đáng kể, chỉ ..."; "mức tăng của năm ... là ..."
    text = (
        "Điện Biên: DTI 2022\n"
        "Năm 2022, DTI của Điện Biên đạt 0,3912 điểm. Giá trị tăng không đáng kể, chỉ 0,0118 điểm so với năm 2021."
    )
    got = triples(text, province=None, published=dt.date(2023, 7, 1))
    assert ("dien-bien", "dti_score_change", 2022, 0.0118) in got
    assert not any(f[1] == "dti_score" and f[3] == 0.0118 for f in got)


def test_a_level_reached_after_a_comma_is_no_change():
    # guard: "tăng mạnh, đạt 71,2%" reaches a level
    text = "Điện Biên\nNăm 2023, tỷ lệ chi trả lương hưu không dùng tiền mặt của Điện Biên tăng mạnh, đạt 71,2%."
    got = triples(text, province=None, published=PUB_2024)
    assert ("dien-bien", "cashless_pension_rate", 2023, 71.2) in got


def test_a_change_over_a_span_of_years_is_no_editions():
    # rule span-change; the part after "trong đó" keeps its own year
    text = (
        "Bắc Ninh qua bốn kỳ DTI\n"
        "Năm 2023, DTI của Bắc Ninh đạt 0,6233 điểm. Như vậy, giai đoạn 2020-2023 giá trị chỉ số của tỉnh đã tăng gần "
        "0,15 điểm, trong đó mức tăng của năm 2023 là 0,0307 điểm."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("bac-ninh", "dti_score_change", 2023, 0.0307) in got
    assert not any(f[3] == 0.15 for f in got)
    assert "span-change" in refusals(text, province=None, published=PUB_2024)


def test_a_change_from_one_year_to_the_next_stays_the_editions():
    # guard: a span of one year is the edition's change
    text = "Bắc Ninh\nNăm 2023, DTI của Bắc Ninh đạt 0,6233. Từ năm 2022 đến năm 2023, giá trị tăng 0,0307 điểm."
    assert ("bac-ninh", "dti_score_change", 2023, 0.0307) in triples(text, province=None, published=PUB_2024)


def test_the_figures_pointed_back_at_for_another_province():
    # cues.yml list_backrefs: "các con số này của <tỉnh>"
    text = (
        "Nam Định và Ninh Bình\n"
        "Năm 2023, chính quyền số, kinh tế số, xã hội số của Nam Định xếp hạng tương ứng 31, 22 và 40; các con số này "
        "của Ninh Bình là 18, 35 và 27."
    )
    got = triples(text, province=None, published=PUB_2024)
    assert ("ninh-binh", "dti_digital_government_rank", 2023, 18) in got
    assert ("ninh-binh", "dti_digital_economy_rank", 2023, 35) in got
    assert ("ninh-binh", "dti_digital_society_rank", 2023, 27) in got


def test_the_postal_points_connected_are_the_part_not_the_total():
    # rule total-before-qualified-part (and "điểm có" counts places, numbers.py)
    text = (
        "Cao Bằng: hạ tầng bưu chính\n"
        "Năm 2022, toàn tỉnh Cao Bằng có 143 điểm phục vụ bưu chính công cộng, trong đó 131 điểm có kết nối Internet "
        "băng rộng cố định."
    )
    got = triples(text, province=None, published=dt.date(2023, 3, 1))
    assert ("cao-bang", "postal_point_broadband_count", 2022, 131) in got
    assert not any(f[3] == 143 for f in got)


def test_a_total_whose_part_is_only_a_kind_stands():
    # guard: "trong đó N thủ tục ..." is a kind of procedure; the procedures provided are the total
    text = (
        "Cao Bằng: dịch vụ công\n"
        "Năm 2022, tỉnh Cao Bằng cung cấp 1.745 thủ tục hành chính trực tuyến, trong đó 612 thủ tục trực tuyến "
        "toàn trình."
    )
    got = triples(text, province=None, published=dt.date(2023, 3, 1))
    assert ("cao-bang", "admin_procedure_count", 2022, 1745) in got


def test_this_pillar_points_back_at_the_pillar_not_its_index():
    # rule pillar-backref
    text = (
        "Lai Châu: DTI 2022\n"
        "Năm 2022, ở trụ cột xã hội số, chỉ số hoạt động xã hội số của Lai Châu đạt 0,4102 (thứ 44), trong khi trụ cột "
        "này xếp thứ 51."
    )
    got = triples(text, province=None, published=dt.date(2023, 7, 1))
    assert ("lai-chau", "dti_soc_activity_rank", 2022, 44) in got
    assert ("lai-chau", "dti_digital_society_rank", 2022, 51) in got


def test_a_pillar_named_after_the_words_is_the_values_own():
    # guard: a phrasing between "trụ cột này" and the value names the value's own pillar
    text = (
        "Lai Châu: DTI 2022\n"
        "Năm 2022, kinh tế số chưa bứt phá: trụ cột này của Lai Châu xếp thứ 57, trong khi chính quyền số xếp thứ 20."
    )
    got = triples(text, province=None, published=dt.date(2023, 7, 1))
    assert ("lai-chau", "dti_digital_economy_rank", 2022, 57) in got
    assert ("lai-chau", "dti_digital_government_rank", 2022, 20) in got


def test_teams_counted_where_they_work_are_the_provinces():
    # rule level-after-value reads where the teams are past its 45-character window
    text = (
        "Hậu Giang: tổ công nghệ số cộng đồng\n"
        "Năm 2024, hiện có 1.486 Tổ công nghệ số cộng đồng hoạt động ở các xã, phường."
    )
    got = triples(text, province=None, published=dt.date(2024, 12, 1))
    assert ("hau-giang", "community_digital_team_count", 2024, 1486) in got


def test_the_edition_out_this_year_after_a_statistic_does_not_look_back():
    # rule edition-after-statistic
    text = (
        "Khánh Hòa năm 2024\n"
        "Tỷ trọng kinh tế số của Khánh Hòa năm 2024 ước đạt 14,1%. Trong Chỉ số DTI 2023, tỉnh xếp thứ 12 toàn quốc. "
        "Chỉ số an toàn thông tin mạng của tỉnh cũng đứng thứ 6 trong cả nước."
    )
    got = triples(text, province=None, published=dt.date(2024, 12, 10))
    assert ("khanh-hoa", "dti_rank", 2023, 12) in got
    assert ("khanh-hoa", "cybersecurity_index_rank", 2023, 6) in got
