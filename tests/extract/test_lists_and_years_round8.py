"""Issue 10, in our own sentences, from a probe corpus written by someone who had not read the
extractor: "công bố hồi tháng 6 năm nay" dates the announcement, not the edition; "một năm sau" counts
on from the year before it; a comparison year at a sentence's head owns the "từ ... lên" pair after
other values; a list's items may follow its values ("lần lượt thứ 29, 45 và 41 về chính quyền số,
kinh tế số và xã hội số"); a second run of values after a province list belongs to the same provinces."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

PUB = dt.date(2023, 7, 20)


def _got(text: str, province: str = "ninh-binh") -> set[tuple]:
    return triples(text, province=province, published=PUB)


def test_an_announcement_this_year_does_not_date_the_edition():
    text = "Trong bảng xếp hạng DTI 2022 công bố hồi tháng 6 năm nay, Ninh Bình đứng thứ 17, đạt 0,5012 điểm."
    got = _got(text)
    assert ("ninh-binh", "dti_rank", 2022, 17.0) in got and ("ninh-binh", "dti_score", 2022, 0.5012) in got


def test_this_year_still_dates_a_value():
    text = "Năm nay, tỷ lệ hồ sơ trực tuyến của tỉnh Ninh Bình đạt 64%."
    assert ("ninh-binh", "online_dossier_rate", 2023, 64.0) in _got(text)


def test_a_year_later_counts_on_from_the_year_before_it():
    text = "Năm 2020, Ninh Bình xếp thứ 33/63 về chỉ số DTI. Một năm sau, tỉnh tăng 8 bậc lên thứ 25."
    got = _got(text)
    assert ("ninh-binh", "dti_rank", 2020, 33.0) in got and ("ninh-binh", "dti_rank", 2021, 25.0) in got


def test_next_year_without_a_year_before_it_is_no_period():
    text = "Năm sau, tỉnh Ninh Bình phấn đấu xếp thứ 15 về chỉ số DTI."
    assert not any(p == 2024 for _, _, p, _ in _got(text))


def test_a_comparison_year_owns_the_from_value_after_other_values():
    text = "Năm 2023, chỉ số DTI của Ninh Bình xếp thứ 21. So với năm 2022, tỉnh tăng 12 bậc, từ vị trí 33 lên 21."
    got = _got(text)
    assert ("ninh-binh", "dti_rank", 2022, 33.0) in got
    assert ("ninh-binh", "dti_rank", 2023, 33.0) not in got


def test_a_previous_year_value_does_not_date_the_pillars_after_it():
    text = (
        "Năm 2023, chỉ số DTI của Ninh Bình xếp thứ 21, từ vị trí 33 năm 2022 lên vị trí 21.\n"
        "Về các chỉ số chính, nhân lực số xếp hạng 14."
    )
    assert ("ninh-binh", "dti_human_resources_rank", 2023, 14.0) in _got(text)


def test_items_named_after_their_values():
    for text in (
        "Năm 2022, tỉnh Ninh Bình xếp lần lượt thứ 29, 45 và 41 về chính quyền số, kinh tế số và xã hội số.",
        "Năm 2022, Ninh Bình lần lượt xếp thứ 29, 45 và 41 về các trụ cột chính quyền số, kinh tế số và xã hội số.",
    ):
        got = _got(text)
        assert {
            ("ninh-binh", "dti_digital_government_rank", 2022, 29.0),
            ("ninh-binh", "dti_digital_economy_rank", 2022, 45.0),
            ("ninh-binh", "dti_digital_society_rank", 2022, 41.0),
        } <= got, text


def test_fewer_items_than_values_pair_nothing():
    text = "Năm 2022, tỉnh Ninh Bình lần lượt xếp thứ 29, 45 và 41 về chính quyền số và kinh tế số."
    assert not any(code.startswith("dti_digital") for _, code, _, _ in _got(text))


def test_a_second_run_of_values_belongs_to_the_same_provinces():
    text = (
        "Theo chỉ số DTI 2022, Quảng Ninh, Đà Nẵng và Thừa Thiên Huế lần lượt xếp thứ nhất, nhì, ba với giá trị "
        "0,6412; 0,6108 và 0,5877."
    )
    got = _got(text, province=None)
    assert {
        ("quang-ninh", "dti_score", 2022, 0.6412),
        ("da-nang", "dti_score", 2022, 0.6108),
        ("thua-thien-hue", "dti_score", 2022, 0.5877),
    } <= got
    assert ("thua-thien-hue", "dti_score", 2022, 0.6412) not in got


def test_now_after_a_stale_paragraph_year_is_the_article_s_year():
    text = (
        "Chỉ số DTI 2022 của tỉnh Ninh Bình vừa được công bố, đứng thứ 17 cả nước. Đến nay, tỷ lệ hồ sơ trực "
        "tuyến của tỉnh đạt 71%."
    )
    got = triples(text, province="ninh-binh", published=dt.date(2024, 9, 3))
    assert ("ninh-binh", "online_dossier_rate", 2024, 71.0) in got


def test_now_after_last_year_is_the_year_of_writing_too():
    # ANNOTATION.md: undated "đến nay / hiện nay" values take the article's year
    text = "Năm 2023, tỉnh Ninh Bình có 1.200 tổ công nghệ số cộng đồng. Đến nay, tỷ lệ hồ sơ trực tuyến đạt 71%."
    got = triples(text, province="ninh-binh", published=dt.date(2024, 1, 15))
    assert ("ninh-binh", "community_digital_team_count", 2023, 1200.0) in got
    assert ("ninh-binh", "online_dossier_rate", 2024, 71.0) in got


def test_a_score_said_as_a_value_far_from_the_index_name():
    text = (
        "Theo kết quả Chỉ số chuyển đổi số cấp tỉnh năm 2024 do Bộ Khoa học và Công nghệ công bố ngày 15/10, "
        "tỉnh Ninh Bình (sau hợp nhất với Hà Nam, Nam Định) đạt giá trị 0,5634, xếp thứ 18/34."
    )
    got = triples(text, province="ninh-binh", published=dt.date(2025, 10, 20))
    assert ("ninh-binh", "dti_score", 2024, 0.5634) in got
