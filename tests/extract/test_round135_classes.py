"""Issue 10, in our own sentences: the classes of 2.21, from the misses of round 135 (scored unread on 2.19 and 2.20):
a table's cells of a score and its rank joined by a dash, a year repeated for another province's rank, a score with
its rank in a bracket, one year written twice before a list of places, a list item headed by an office, and a
delegate's constituency in brackets (2.21); and a harvest said to lead the country (2.22)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_cells_of_a_score_dash_rank():
    # rule score-dash-rank: "0,4875 – 41" in a year's column is that year's score and rank
    text = (
        "Bảng: DTI tỉnh Bạc Liêu qua các năm (điểm – hạng/63)\n"
        "Chỉ số | Năm 2021 | Năm 2022\n"
        "DTI tổng thể | 0,4875 – 41 | 0,5012 – 38\n"
        "Xã hội số | 0,4120 – 45 | 0,4466 – 40"
    )
    got = triples(text, province="bac-lieu", published=dt.date(2023, 9, 5))
    assert {
        ("bac-lieu", "dti_score", 2021, 0.4875),
        ("bac-lieu", "dti_rank", 2021, 41),
        ("bac-lieu", "dti_score", 2022, 0.5012),
        ("bac-lieu", "dti_rank", 2022, 38),
        ("bac-lieu", "dti_digital_society_score", 2022, 0.4466),
        ("bac-lieu", "dti_digital_society_rank", 2021, 45),
    } <= got


def test_a_range_of_scores_in_a_cell_is_no_rank():
    # (guard) rule score-dash-rank: two scores joined by a dash are a range, not a score and a rank
    text = "Chỉ số | Năm 2021 | Năm 2022\nDTI tổng thể | 0,4875 – 0,4912 | 0,5012"
    got = triples(text, province="bac-lieu", published=dt.date(2023, 9, 5))
    assert not any(i == "dti_rank" for _, i, _, _ in got)


def test_a_neighbours_rank_of_the_same_year_keeps_the_paragraph_an_edition():
    # rule edition-year-only: "trong khi tỉnh bạn X năm 2022 xếp thứ 20" dates a rank too; the statistics after it are
    # of the year of writing, not of the edition
    text = (
        "Năm 2024, Giám đốc Sở trả lời cử tri tỉnh Cao Bằng.\n"
        "DTI năm 2022 của tỉnh xếp thứ 55/63, trong khi tỉnh bạn Lạng Sơn năm 2022 xếp thứ 20. Dù vậy, toàn tỉnh "
        "đã có 1.450 Tổ công nghệ số cộng đồng. Tỷ lệ người dân sử dụng điện thoại thông minh hiện đạt 71%."
    )
    got = triples(text, province="cao-bang", published=dt.date(2024, 4, 2))
    assert ("cao-bang", "dti_rank", 2022, 55) in got
    assert ("lang-son", "dti_rank", 2022, 20) in got
    assert ("cao-bang", "community_digital_team_count", 2024, 1450) in got
    assert ("cao-bang", "smartphone_user_rate", 2024, 71) in got


def test_a_score_with_its_rank_in_a_bracket():
    # rule score-then-rank: "đạt 0,5530 (hạng 29)" is the score of the index the bracketed rank ranks
    # (after the pillars' ranks, the index is no longer the one carried: only the bracketed rank says which it is)
    text = (
        "Theo kết quả DTI 2023, Trà Vinh đạt 0,5801, xếp thứ 21/63. Ba trụ cột chính quyền số, kinh tế số, xã hội số "
        "của tỉnh lần lượt đứng ở các vị trí 18, 30 và 25.\n"
        "Trong khi đó, các tỉnh lân cận lại tăng hạng. Năm 2023, Vĩnh Long đạt 0,5530 (hạng 29), Bến Tre đạt 0,5622 "
        "(hạng 25)."
    )
    got = triples(text, province="tra-vinh", published=dt.date(2025, 3, 10))
    assert ("vinh-long", "dti_score", 2023, 0.553) in got
    assert ("vinh-long", "dti_rank", 2023, 29) in got
    assert ("ben-tre", "dti_score", 2023, 0.5622) in got


def test_one_year_twice_is_no_series_of_years():
    # (lists) the same year before the province's value and before a list of places pairs the places
    text = (
        "Tỷ trọng kinh tế số trong GRDP năm 2022 của tỉnh Tây Ninh đạt 7,4%, còn Bình Phước và Long An năm 2022 "
        "lần lượt đạt 6,1% và 9,3%."
    )
    got = triples(text, province="tay-ninh", published=dt.date(2023, 5, 4))
    assert ("tay-ninh", "digital_economy_grdp_share", 2022, 7.4) in got
    assert ("binh-phuoc", "digital_economy_grdp_share", 2022, 6.1) in got
    assert ("long-an", "digital_economy_grdp_share", 2022, 9.3) in got


def test_a_list_item_headed_by_an_office_is_the_offices():
    # rule organisation-figure: "- Văn phòng UBND tỉnh: ..." among the departments' scores is the office's score
    text = (
        "Sở Nội vụ, huyện Hải Lăng dẫn đầu chỉ số chuyển đổi số năm 2022\n"
        "Sáng 12/4, Sở TT&TT Quảng Trị công bố kết quả chấm điểm chỉ số chuyển đổi số (DTI) năm 2022 của 18 sở, ban, "
        "ngành và 10 huyện.\n"
        "Ở khối sở, ngành, Sở Nội vụ dẫn đầu với 0,8012 điểm, Sở Tài chính đứng thứ hai (0,7930 điểm). Các vị trí tiếp "
        "theo gồm:\n"
        "- Sở Y tế: 0,7755 điểm;\n"
        "- Văn phòng UBND tỉnh: 0,7610 điểm."
    )
    got = triples(text, published=dt.date(2023, 4, 20))
    assert not any(v == 0.761 for _, _, _, v in got)


def test_a_delegates_constituency_is_not_what_the_question_is_about():
    # (subjects) "Đại biểu X (Tổ đại biểu huyện Y)" names who asks; the figure in the question is the province's
    text = (
        "Kỳ họp HĐND tỉnh Kon Tum năm 2022.\n"
        'Đại biểu A Thương (Tổ đại biểu huyện Đăk Glei) nêu: "Tỷ lệ hồ sơ nộp trực tuyến 9 tháng năm 2022 chỉ đạt '
        '12,5%, vì sao thấp như vậy?"'
    )
    got = triples(text, province="kon-tum", published=dt.date(2022, 12, 8))
    assert ("kon-tum", "online_dossier_rate", 2022, 12.5) in got


def test_a_district_in_brackets_after_a_value_stays_a_district():
    # (guard) a bracket that is no delegate's constituency still names a unit: the paragraph is about the district
    text = (
        "Kết quả chuyển đổi số của tỉnh Kon Tum năm 2022.\n"
        "Riêng huyện Đăk Glei (huyện biên giới), tỷ lệ hồ sơ nộp trực tuyến chỉ đạt 12,5%."
    )
    got = triples(text, province="kon-tum", published=dt.date(2022, 12, 8))
    assert ("kon-tum", "online_dossier_rate", 2022, 12.5) not in got


def test_a_harvest_leading_the_country_is_no_dti_rank():
    # cues.yml economy_measures: "Sản lượng lúa ... dẫn đầu cả nước" ranks a harvest, not the passage's DTI
    text = (
        "Kiên Giang: 10 dấu ấn năm 2024\n"
        "1. DTI 2023 của tỉnh xếp thứ 30/63.\n"
        "5. Sản lượng lúa cả năm đạt hơn 4,3 triệu tấn, tiếp tục đứng đầu cả nước."
    )
    got = triples(text, province="kien-giang", published=dt.date(2024, 12, 30))
    assert ("kien-giang", "dti_rank", 2023, 30) in got
    assert not any(i == "dti_rank" and v == 1 for _, i, _, v in got)
