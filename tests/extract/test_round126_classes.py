"""Issue 10, in our own sentences: the classes of 2.12, from the misses of round 126 (scored unread on 2.11 first):
places moved to without a word of place, places written one after another, a pillar of a breakdown that is no
paragraph's index, the value said with a place after its year, a symbol's bullet that passes no index on, and the
DTI's first year."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

IN_2024 = dt.date(2024, 6, 3)


def test_a_rank_moved_down_to_without_a_word_of_place():
    # rule moved-down-to: "thứ hạng giảm xuống 16" after a rank of the sentence before, its year written
    text = "Bình Phước và chỉ số DTI\nNăm 2021, Bình Phước xếp thứ 12 về DTI. Năm 2022, thứ hạng giảm xuống 27."
    got = triples(text, province=None, published=IN_2024)
    assert ("binh-phuoc", "dti_rank", 2022, 27) in got


def test_a_rank_moved_down_to_in_a_series_of_years():
    # rule moved-down-to: "..., rồi tụt xuống 44 năm 2022" between places written with "thứ"
    text = "Chặng đường DTI của Phú Yên\nPhú Yên xếp thứ 35 năm 2020, thứ 29 năm 2021, rồi tụt xuống 44 năm 2022."
    got = triples(text, province=None, published=IN_2024)
    assert ("phu-yen", "dti_rank", 2022, 44) in got


def test_a_count_moved_down_to_stays_a_count():
    # (guard) "giảm xuống 16 doanh nghiệp", "tăng lên 12 bậc": a noun or a change after the number, no place
    text = (
        "DTI của Thái Bình\nNăm 2023, Thái Bình xếp thứ 30 về DTI; số doanh nghiệp công nghệ số giảm xuống 16 doanh "
        "nghiệp, thứ hạng ICT tăng lên 12 bậc."
    )
    got = triples(text, province=None, published=IN_2024)
    assert not any(t[1] == "dti_rank" and t[3] in (12, 16) for t in got)


def test_a_count_raised_to_after_a_semicolon_is_no_place():
    # (guard) rule moved-down-to: not a clause after ";" whose subject is a count, "xếp thứ 30; số tổ ... tăng lên 45."
    text = "DTI của Hưng Yên\nNăm 2023, Hưng Yên xếp thứ 30 về DTI; số tổ công nghệ số cộng đồng tăng lên 45."
    got = triples(text, province=None, published=IN_2024)
    assert not any(t[1] == "dti_rank" and t[3] == 45 for t in got)


def test_places_written_one_after_another_rank_the_articles_index():
    # rule places-in-a-row: in an article that names the ICT Index and the DTI, "thứ 38 năm 2020, thứ 26 năm 2021" in a
    # sentence that names no index rank the DTI (the index the article is about)
    text = (
        "Năm tỉnh, năm con đường chuyển đổi số\n"
        "Sau ICT Index, Bộ áp dụng Chỉ số chuyển đổi số cấp tỉnh (DTI) từ năm 2020. DTI 2023 của Lâm Đồng xếp thứ "
        "17/63.\n"
        "Đắk Nông đi đường vòng: thứ 48 năm 2020, thứ 31 năm 2021 và thứ 52 năm 2022."
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("dak-nong", "dti_rank", 2020, 48) in got
    assert ("dak-nong", "dti_rank", 2021, 31) in got
    assert ("dak-nong", "dti_rank", 2022, 52) in got


def test_a_pillar_of_a_breakdown_is_not_the_next_sentences_index():
    # rule breakdown-not-topic: "..., trong đó trụ cột chính quyền số đứng thứ 5": the rank after it is the whole's
    text = (
        "Đồng Tháp qua các kỳ DTI\n"
        "Năm 2021 là năm tốt nhất với vị trí thứ 9 về DTI, trong đó trụ cột chính quyền số đứng thứ 4 cả nước. Năm "
        "2022, thứ hạng giảm xuống 18."
    )
    got = triples(text, province="dong-thap", published=IN_2024)
    assert ("dong-thap", "dti_rank", 2022, 18) in got
    assert not any(t[1] == "dti_digital_government_rank" and t[2] == 2022 for t in got)


def test_the_value_said_with_a_place_after_its_year():
    # rule with-the-place: "xếp thứ ba năm 2021 với 0,5432 điểm": the score is of the place's year too
    text = (
        "Quảng Ninh luôn trong nhóm dẫn đầu DTI\n"
        "Quảng Ninh xếp thứ ba năm 2021 với 0,5432 điểm, rồi vươn lên dẫn đầu. Năm 2023, tỉnh đạt 0,6921 điểm."
    )
    got = triples(text, province=None, published=IN_2024)
    assert ("quang-ninh", "dti_score", 2021, 0.5432) in got
    assert ("quang-ninh", "dti_score", 2023, 0.5432) not in got


def test_a_symbol_bullets_index_does_not_pass_to_a_line_that_is_no_bullet():
    # rule index-across-lines: "▪️ An toàn thông tin mạng: xếp thứ 2." is a bullet as "- " is; the line after it that is
    # no bullet ranks the article's index
    text = (
        "Infographic: Nam Định xếp thứ 9/34 về DTI 2024\n"
        "Một số chỉ số chính của tỉnh:\n"
        "▪️ Thể chế số: 0,8210.\n"
        "▪️ An toàn thông tin mạng: xếp thứ 2.\n"
        "So sánh: Năm 2023 (63 tỉnh, thành phố), Nam Định xếp thứ 27/63."
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 20))
    assert ("nam-dinh", "dti_rank", 2023, 27) in got
    assert not any(t[1] == "cybersecurity_index_rank" and t[3] == 27 for t in got)


def test_the_first_year_of_the_dti_is_2020():
    # rule first-edition: "Năm đầu tiên áp dụng, DTI của tỉnh đạt ..." names no year: the first edition, DTI 2020
    text = (
        "Vĩnh Phúc sau 4 năm đánh giá DTI\n"
        "Từ năm 2020, Bộ chuyển sang bộ chỉ số DTI. Năm đầu tiên áp dụng, DTI của tỉnh đạt 0,4012 điểm, xếp thứ 21/63."
    )
    got = triples(text, province="vinh-phuc", published=IN_2024)
    assert ("vinh-phuc", "dti_score", 2020, 0.4012) in got
    assert ("vinh-phuc", "dti_rank", 2020, 21) in got


def test_the_first_year_compared_with_dates_nothing():
    # (guard) "so với năm đầu tiên đánh giá": the year compared with, not the value's
    text = (
        "Hà Tĩnh: DTI 2023 tăng 9 bậc\n"
        "Năm 2023, Hà Tĩnh xếp thứ 20/63. So với năm đầu tiên đánh giá, giá trị DTI của tỉnh tăng 0,0912 điểm."
    )
    got = triples(text, province=None, published=IN_2024)
    assert not any(t[2] == 2020 for t in got)


def test_the_first_year_after_the_merger_is_not_the_dtis_first():
    # (guard) "năm đầu tiên sau hợp nhất" is no edition of 2020
    text = (
        "Tuyên Quang sau hợp nhất\n"
        "Năm đầu tiên sau hợp nhất, DTI của tỉnh Tuyên Quang đạt 0,5870 điểm, xếp thứ 20/34."
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 25))
    assert not any(t[2] == 2020 for t in got)
