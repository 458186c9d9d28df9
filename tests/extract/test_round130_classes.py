"""Issue 10, in our own sentences: the classes of 2.16, from the misses of round 130 (scored unread on 2.15 first):
a statistic with no year under a ranking edition's heading after the text moved on to a later year, runs of provinces
and places with the verb left out, and a rank with no index after an answer about one index."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

NOV_2025 = dt.date(2025, 11, 20)
SEP_2023 = dt.date(2023, 9, 5)


def test_a_statistic_after_later_dated_ones_is_not_the_editions():
    # rule statistic-past-edition: "DTI 2024: ..." heads the page; the text has dated its statistics 2025, and the next
    # statistic without a year is 2025's too, not the edition's
    text = (
        "DTI 2024: Lai Châu giữ vị trí 30/34\n"
        "Theo kết quả DTI năm 2024 vừa được công bố, tỉnh Lai Châu đạt 0,5120 điểm, xếp thứ 30/34.\n"
        "Tính đến tháng 9/2025, tỷ lệ người dân có hồ sơ sức khỏe điện tử của tỉnh đạt 71,4%.\n"
        "Ở lĩnh vực an sinh, tỷ lệ người hưởng trợ cấp an sinh xã hội nhận tiền không dùng tiền mặt đạt 93,6%."
    )
    got = triples(text, province="lai-chau", published=NOV_2025)
    assert ("lai-chau", "dti_rank", 2024, 30) in got
    assert ("lai-chau", "e_health_record_rate", 2025, 71.4) in got
    assert ("lai-chau", "cashless_social_welfare_rate", 2025, 93.6) in got
    assert ("lai-chau", "cashless_social_welfare_rate", 2024, 93.6) not in got


def test_without_a_later_dated_statistic_the_headings_year_stands():
    # (guard) rule statistic-past-edition: nothing in the text is dated after the edition, so the heading's year stays
    # what it was (a review of the index's own figures)
    text = (
        "DTI 2024: Lai Châu giữ vị trí 30/34\n"
        "Theo kết quả DTI năm 2024 vừa được công bố, tỉnh Lai Châu đạt 0,5120 điểm, xếp thứ 30/34.\n"
        "Ở lĩnh vực an sinh, tỷ lệ người hưởng trợ cấp an sinh xã hội nhận tiền không dùng tiền mặt đạt 93,6%."
    )
    got = triples(text, province="lai-chau", published=NOV_2025)
    assert ("lai-chau", "cashless_social_welfare_rate", 2024, 93.6) in got


def test_provinces_with_bare_places_after_the_first_rank():
    # rule gapped-run: the verb is written once, each province after it has only its place
    text = (
        "Nam Định trong bức tranh đồng bằng sông Hồng\n"
        "Trong DTI 2022, Nam Định đạt 0,4410 điểm, xếp thứ 40/63. Xung quanh tỉnh, Ninh Bình xếp thứ 17, Thái Bình 35, "
        "Hà Nam 28 và Hưng Yên 22 trong bảng xếp hạng năm 2022."
    )
    got = triples(text, province="nam-dinh", published=SEP_2023)
    assert ("ninh-binh", "dti_rank", 2022, 17) in got
    assert ("thai-binh", "dti_rank", 2022, 35) in got
    assert ("ha-nam", "dti_rank", 2022, 28) in got
    assert ("hung-yen", "dti_rank", 2022, 22) in got


def test_a_count_after_a_province_is_no_gapped_place():
    # (guard) rule gapped-run: a number with its noun after the province is what it counts, not a place
    text = (
        "Nam Định trong bức tranh đồng bằng sông Hồng\n"
        "Năm 2022, Nam Định xếp thứ 40/63 về DTI, Ninh Bình 17 doanh nghiệp công nghệ số mới thành lập."
    )
    got = triples(text, province="nam-dinh", published=SEP_2023)
    assert not any(p == "ninh-binh" and i == "dti_rank" for p, i, _, _ in got)


def test_a_rank_after_an_answer_about_an_index_is_that_index():
    # rules answered-index and relative-year: the question names the cybersecurity index, the answer ranks it by "chỉ
    # số này", and the next sentence's rank with no index is the same index's, a year before the edition
    text = (
        "Phỏng vấn Giám đốc Sở về chuyển đổi số\n"
        "PV: Năm 2022, DTI của tỉnh xếp thứ 33/63. Ông đánh giá thế nào?\n"
        "Ông Trần Văn Minh: Kết quả đó phản ánh đúng nỗ lực của cả hệ thống.\n"
        "PV: Còn chỉ số an toàn thông tin mạng của tỉnh thì sao?\n"
        "Ông Trần Văn Minh: Chỉ số này đạt 0,5904 điểm, xếp thứ 21. Năm trước tỉnh chỉ xếp thứ 44."
    )
    got = triples(text, province="gia-lai", published=SEP_2023)
    assert ("gia-lai", "cybersecurity_index_rank", 2022, 21) in got
    assert ("gia-lai", "cybersecurity_index_rank", 2021, 44) in got
    assert not any(i == "dti_rank" and v == 44 for _, i, _, v in got)
