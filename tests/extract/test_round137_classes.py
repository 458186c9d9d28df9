"""Issue 10, in our own sentences: the classes of 2.24, from the misses of round 137 (scored unread on 2.23): a remark
on one of a list's places, a second run of scores after "với giá trị DTI năm X là", "cao nhất từ trước đến nay" (no
date), a decimal comma inside an aside about a place, "xếp sau vị trí thứ N" (a bound), a rank that goes on from a
place's in the region, a year after the publication (a horizon, whatever read it), a score below one reached "điểm" in
an article about the index, an age inside a unit's noun, a unit's value going on in the next clause, an ordinal word
after a digit rank and a comma, a rank alone in its bracket before the ranking it is in, and a "là" after a rank's
bracket (2.25, the thirteenth class, after the round was committed)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_a_remark_on_one_place_after_the_list_names_no_measure_of_it():
    # rule list-province (limit): "riêng B ... về chính quyền số" remarks on B; the list is of the DTI named before it
    text = (
        "Chỉ số DTI năm 2022 của Hà Nam và Nam Định lần lượt đạt 0,5120 và 0,4987, xếp thứ 22/63 và 31/63, riêng "
        "Nam Định được ghi nhận là điển hình về xây dựng chính quyền số cấp xã."
    )
    got = triples(text, province="ha-nam", published=dt.date(2023, 9, 12))
    assert ("ha-nam", "dti_score", 2022, 0.512) in got
    assert ("nam-dinh", "dti_rank", 2022, 31) in got
    assert not any(code.startswith("dti_digital_government") for _, code, _, _ in got)


def test_a_remark_with_values_of_its_own_is_still_a_new_clause():
    # (guard) "riêng B" with its own value heads that value's clause; the list keeps the measure named before it
    text = (
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của Hà Nam và Ninh Bình lần lượt đạt 71% và 64%, riêng Ninh Bình có tỷ "
        "lệ thanh toán trực tuyến đạt 52%."
    )
    got = triples(text, province="ha-nam", published=dt.date(2024, 2, 1))
    assert ("ha-nam", "online_dossier_rate", 2023, 71) in got
    assert ("ninh-binh", "online_dossier_rate", 2023, 64) in got


def test_a_second_run_of_scores_after_the_index_and_its_edition():
    # rule second-list-word: "với giá trị DTI năm 2024 là X và Y" pairs the scores with the places, in order
    text = "Tây Ninh và Đồng Nai lần lượt đứng thứ 20/34 và 11/34 với giá trị DTI năm 2024 là 0,5531 và 0,6019."
    got = triples(text, province="dong-nai", published=dt.date(2025, 11, 2))
    assert ("tay-ninh", "dti_score", 2024, 0.5531) in got
    assert ("dong-nai", "dti_score", 2024, 0.6019) in got
    assert ("dong-nai", "dti_rank", 2024, 11) in got
    # (each place keeps its own score: Đồng Nai's is not the first)
    assert ("dong-nai", "dti_score", 2024, 0.5531) not in got


def test_highest_so_far_dates_nothing():
    # rule ever-not-now: "cao nhất từ trước đến nay" is the highest ever; the sentence's "cuối năm 2023" dates the share
    text = (
        "Về chính quyền số, đến cuối năm 2023, 100% cơ quan nhà nước của tỉnh Phú Yên gửi, nhận văn bản điện tử; tỷ lệ "
        "hồ sơ được tiếp nhận và xử lý trực tuyến đạt 68,2%, cao nhất từ trước đến nay, trong khi tỷ lệ hồ sơ thanh "
        "toán trực tuyến đạt 41,5%."
    )
    got = triples(text, province="phu-yen", published=dt.date(2024, 3, 20))
    assert ("phu-yen", "online_payment_rate", 2023, 41.5) in got
    assert ("phu-yen", "online_payment_rate", 2024, 41.5) not in got


def test_up_to_now_still_dates_the_value():
    # (guard) rule as-of-now: "đến nay" with no superlative before it is the article's year
    text = "Từ năm 2021 đến nay, tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh Phú Yên đạt 41,5%."
    got = triples(text, province="phu-yen", published=dt.date(2024, 3, 20))
    assert ("phu-yen", "online_payment_rate", 2024, 41.5) in got


def test_a_decimal_comma_does_not_close_the_aside_about_a_place():
    # rule appositive-province: "B, địa phương có DTI đạt 0,6875 và xếp thứ 4": both values are B's
    text = (
        "Trong vùng Bắc Trung Bộ, Nghệ An chỉ đứng sau Thanh Hóa, địa phương có DTI 2022 đạt 0,5402 và xếp thứ 9 cả "
        "nước."
    )
    got = triples(text, province="nghe-an", published=dt.date(2023, 8, 1))
    assert ("thanh-hoa", "dti_rank", 2022, 9) in got
    assert ("nghe-an", "dti_rank", 2022, 9) not in got


def test_ranked_after_a_place_is_a_bound():
    # rule bound-not-value: "xếp sau vị trí thứ 35" says the others rank below 35, none at 35
    text = (
        "Năm 2021, DTI của Đắk Lắk đạt 0,4120, xếp thứ 19/63, dẫn đầu vùng; ba tỉnh còn lại đều xếp sau vị trí thứ 35."
    )
    got = triples(text, province="dak-lak", published=dt.date(2022, 6, 1))
    assert ("dak-lak", "dti_rank", 2021, 19) in got
    assert not any(v == 35 for _, _, _, v in got)


def test_a_rank_that_goes_on_from_a_regional_leader():
    # rule regional-rank: "A đứng đầu khu vực, B đứng thứ hai" places B second in the region, not in the nation
    text = "Năm 2022, về chuyển đổi số, Khánh Hòa tiếp tục đứng đầu khu vực, Bình Định đứng thứ hai."
    got = triples(text, province="binh-dinh", published=dt.date(2023, 7, 3))
    assert not any(code == "dti_rank" for _, code, _, _ in got)


def test_a_leader_with_a_national_place_lets_the_next_rank_be_national():
    # (guard) the leader's clause holds its national place: "tiếp đến là B xếp thứ 13" is B's national place
    text = (
        "Trong vùng, Khánh Hòa dẫn đầu khu vực với vị trí thứ 10 toàn quốc năm 2022, tiếp đến là Bình Định xếp thứ "
        "13 về DTI."
    )
    got = triples(text, province="binh-dinh", published=dt.date(2023, 7, 3))
    assert ("binh-dinh", "dti_rank", 2022, 13) in got


def test_no_value_of_a_year_after_the_publication():
    # rule future-year: a list's years read for values (rule list-year) are horizons when they are still to come
    text = (
        "Theo chương trình của tỉnh Bắc Kạn, đến năm 2025 tỷ lệ hồ sơ trực tuyến đạt 50%, đến năm 2030 đạt 80%; "
        "các năm 2025 và 2030 tỷ lệ này lần lượt là 50% và 80%."
    )
    got = triples(text, province="bac-kan", published=dt.date(2021, 11, 5))
    assert not any(period > 2021 for _, _, period, _ in got)


def test_a_score_in_points_reached_in_an_article_about_the_index():
    # rule doc-topic: "A đạt 0,4876 điểm" with no index named, in an article on the DTI, is the DTI score
    text = (
        "Chuyển đổi số Bắc Trung Bộ: Hà Tĩnh vươn lên dẫn đầu vùng\n"
        "(HT) - Bảng xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) vừa công bố cho thấy khoảng cách giữa các địa "
        "phương. Năm 2022, DTI của Thanh Hóa, Nghệ An và Hà Tĩnh lần lượt xếp thứ 24, 18 và 12.\n"
        "Hà Tĩnh đạt 0,4876 điểm, cao hơn mức trung bình cả nước (0,4752) và là tỉnh duy nhất của vùng trong nhóm "
        "15 địa phương dẫn đầu."
    )
    got = triples(text, province="ha-tinh", published=dt.date(2023, 7, 20))
    assert ("ha-tinh", "dti_score", 2022, 0.4876) in got
    assert not any(v == 0.4752 for _, _, _, v in got)


def test_an_age_inside_the_units_noun_keeps_it_the_units():
    # rule unit-after-value: "88% người dân từ 14 tuổi trở lên của phường" is the ward's
    text = "Đến cuối năm 2025, 91% người dân từ 14 tuổi trở lên của phường đã kích hoạt tài khoản định danh điện tử."
    got = triples(text, province="can-tho", published=dt.date(2026, 1, 15))
    assert not any(v == 91 for _, _, _, v in got)


def test_a_units_value_goes_on_in_the_next_clause():
    # rule unit-goes-on: the clause after the commune's own value, naming no place, is the commune's too (the former
    # province named in the sentence before does not take it)
    text = (
        "Xã Tam Sơn, lập từ các xã của huyện Sông Lô (tỉnh Vĩnh Phúc cũ), là điểm sáng. Từ tháng 7/2025, 100% hồ sơ "
        "thủ tục hành chính của xã được tiếp nhận trực tuyến, tỷ lệ thanh toán trực tuyến đạt 74%."
    )
    got = triples(text, province="phu-tho", published=dt.date(2025, 12, 1))
    assert not any(v == 74 for _, _, _, v in got)


def test_the_province_named_after_the_next_value_takes_it_back():
    # (guard) rule unit-goes-on: "..., cao hơn mức 61,5% của toàn tỉnh" is the province's
    text = (
        "Năm 2024, tỷ lệ hồ sơ trực tuyến của huyện đạt 80,1%, cao hơn mức 66,3% của toàn tỉnh Tuyên Quang."
    )
    got = triples(text, province="tuyen-quang", published=dt.date(2025, 2, 1))
    assert ("tuyen-quang", "online_dossier_rate", 2024, 66.3) in got
    assert ("tuyen-quang", "online_dossier_rate", 2024, 80.1) not in got


def test_an_ordinal_word_after_a_digit_rank_and_a_comma():
    # rule ordinal-after-digit-rank: "xếp thứ 5 về A, thứ nhất về B và thứ 7 về C": the word is B's rank
    text = "Năm 2023, Đà Nẵng xếp thứ 5 về chính quyền số, thứ nhất về xã hội số và thứ 7 về kinh tế số."
    got = triples(text, province="da-nang", published=dt.date(2024, 10, 20))
    assert ("da-nang", "dti_digital_society_rank", 2023, 1) in got
    assert ("da-nang", "dti_digital_economy_rank", 2023, 7) in got


def test_a_rank_alone_in_its_bracket_then_the_ranking():
    # rule rank-about-topic: "(62/63) trong bảng xếp hạng DTI năm 2022": the bracket's close is no break
    text = "Năm nay, Lai Châu đứng gần cuối cả nước (62/63) trong bảng xếp hạng DTI năm 2022."
    got = triples(text, province="lai-chau", published=dt.date(2023, 9, 1))
    assert ("lai-chau", "dti_rank", 2022, 62) in got


def test_the_predicate_after_a_ranks_bracket_is_the_places():
    # rule sole-ranked-topic: "là hai tỉnh ..." after the close of "(..., thứ 62/63)" says what the places are, not
    # who holds the rank; the rank is the DTI's, as the first bracket's is
    text = (
        "Ở nhóm cuối, Điện Biên (0,3012 điểm, thứ 60/63) và Lai Châu (0,2987 điểm, thứ 62/63) là hai tỉnh có DTI 2021 "
        "thấp nhất vùng."
    )
    got = triples(text, province="son-la", published=dt.date(2022, 5, 1))
    assert ("dien-bien", "dti_rank", 2021, 60) in got
    assert ("lai-chau", "dti_rank", 2021, 62) in got
