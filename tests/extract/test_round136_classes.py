"""Issue 10, in our own sentences: the classes of 2.23, from the misses of round 136 (scored unread on 2.21 and 2.22):
the "thì" clause of "Nếu như năm X, ..., thì ở lần công bố này, ..." is a later edition's, a second list word after a
";" that names only its year, a share's movement over the paragraph's two years, a second run of scores past the index
the places are ranked in, and a remark on the places after a list's values."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_the_then_clause_is_a_later_edition():
    # rule then-clause-edition: the values after "thì" set against "năm 2020" are of the edition out when written
    text = (
        "Điện Biên tăng 14 bậc về chỉ số chuyển đổi số\n"
        "Nếu như năm 2020, DTI của Điện Biên chỉ đạt 0,2870 điểm, xếp thứ 60/63, thì ở lần công bố này, tỉnh đạt "
        "0,3955 điểm, đứng thứ 46/63. Trụ cột chính quyền số của tỉnh xếp thứ 31."
    )
    got = triples(text, province="dien-bien", published=dt.date(2022, 6, 20))
    assert ("dien-bien", "dti_score", 2020, 0.287) in got
    assert ("dien-bien", "dti_rank", 2020, 60) in got
    assert ("dien-bien", "dti_score", 2021, 0.3955) in got
    assert ("dien-bien", "dti_rank", 2021, 46) in got
    assert ("dien-bien", "dti_digital_government_rank", 2021, 31) in got


def test_a_then_clause_with_its_own_year_keeps_it():
    # (guard) rule then-clause-edition: "thì năm 2022 ..." writes its own year
    text = "Nếu như năm 2020, DTI của Điện Biên xếp thứ 60/63, thì năm 2022 tỉnh đã đứng thứ 41/63."
    got = triples(text, province="dien-bien", published=dt.date(2023, 8, 1))
    assert ("dien-bien", "dti_rank", 2022, 41) in got


def test_a_second_list_word_with_only_its_year():
    # rule second-list-word: "...; tương ứng năm 2022 là ..." pairs its values with the same pillars, read as ranks
    text = (
        "Năm 2023, ba trụ cột chính quyền số, kinh tế số, xã hội số của tỉnh Sơn La lần lượt xếp thứ 30, 41 và 37; "
        "tương ứng năm 2022 là 49, 55 và 52."
    )
    got = triples(text, province="son-la", published=dt.date(2024, 10, 5))
    assert ("son-la", "dti_digital_government_rank", 2022, 49) in got
    assert ("son-la", "dti_digital_economy_rank", 2022, 55) in got
    assert ("son-la", "dti_digital_society_rank", 2022, 52) in got
    assert ("son-la", "dti_digital_society_rank", 2023, 37) in got


def test_a_second_list_of_another_province_stays_its_own():
    # (guard) rule same-items-elsewhere: "...; các con số tương ứng của B là ..." are B's
    text = (
        "Năm 2022, chính quyền số, kinh tế số, xã hội số của Hòa Bình lần lượt xếp thứ 21, 33 và 26; các con số "
        "tương ứng của Sơn La là 50, 47 và 44."
    )
    got = triples(text, province="hoa-binh", published=dt.date(2023, 8, 5))
    assert ("son-la", "dti_digital_government_rank", 2022, 50) in got
    assert ("hoa-binh", "dti_digital_government_rank", 2022, 50) not in got


def test_a_shares_movement_over_the_paragraphs_two_years():
    # rule same-span: "tăng từ 15,2% lên 39,8%" after a sentence that set 2022 against 2023 moves over those years
    text = (
        "Năm 2023, công tác cải cách thủ tục hành chính của tỉnh Hà Nam có nhiều chuyển biến.\n"
        "Nếu như năm 2022, tỷ lệ hồ sơ được xử lý trực tuyến của tỉnh mới đạt 35,1% thì năm 2023 con số này đã lên "
        "60,2%. Tỷ lệ hồ sơ được thanh toán trực tuyến cũng tăng từ 15,2% lên 39,8%."
    )
    got = triples(text, province="ha-nam", published=dt.date(2024, 1, 15))
    assert ("ha-nam", "online_payment_rate", 2022, 15.2) in got
    assert ("ha-nam", "online_payment_rate", 2023, 39.8) in got


def test_scores_after_the_index_the_places_rank_in():
    # rule second-list: "lần lượt xếp thứ 1, 2 và 3 về chỉ số ATTTM với ..." pairs the scores with the same places
    text = (
        "Năm 2023, Bắc Ninh, Hải Phòng và Hà Nội lần lượt xếp thứ 1, 2 và 3 về chỉ số ATTTM với 0,9310; 0,9025 và "
        "0,8870 điểm."
    )
    got = triples(text, province="bac-ninh", published=dt.date(2024, 10, 5))
    assert ("bac-ninh", "cybersecurity_index_score", 2023, 0.931) in got
    assert ("hai-phong", "cybersecurity_index_score", 2023, 0.9025) in got
    assert ("ha-noi", "cybersecurity_index_score", 2023, 0.887) in got


def test_a_remark_on_the_places_names_no_measure_of_the_list():
    # (lists) ", cũng là hai địa phương dẫn đầu về ATTTM" remarks on the places; the list measures hạ tầng số
    text = (
        "Năm 2023, hạ tầng số của Bắc Ninh và Hải Phòng tương ứng xếp thứ 3 và 5, cũng là hai địa phương dẫn đầu về "
        "ATTTM."
    )
    got = triples(text, province="bac-ninh", published=dt.date(2024, 10, 5))
    assert ("bac-ninh", "dti_infrastructure_rank", 2023, 3) in got
    assert ("hai-phong", "dti_infrastructure_rank", 2023, 5) in got
    assert not any(i == "cybersecurity_index_rank" for _, i, _, _ in got)
