"""Issue 10, in our own sentences: the classes of 1.91, from the misses of round 109 (scored unread on 1.90 first)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples


def test_dti_2024_published_for_the_34_units_takes_the_successor_for_its_scores_too():
    # "công bố theo 34 đơn vị hành chính" is the new basis, though an older rank "/63" is recalled in the article
    text = (
        "Huế và DTI 2024\n"
        "Kết quả DTI 2024, được công bố theo 34 đơn vị hành chính cấp tỉnh mới, cho thấy thành phố Huế đạt 0,6611 "
        "điểm, xếp thứ 6/34. Năm 2023, Thừa Thiên Huế còn xếp thứ 4/63 tỉnh, thành phố."
    )
    got = triples(text, province=None, published=dt.date(2025, 11, 20))
    assert ("hue", "dti_score", 2024, 0.6611) in got
    assert ("thua-thien-hue", "dti_score", 2024, 0.6611) not in got
    assert ("thua-thien-hue", "dti_rank", 2023, 4) in got


def test_a_list_dated_by_the_years_counted_after_it():
    text = (
        "Kiên Giang và DTI\n"
        "Từ vị trí thứ 40 năm 2020, tỉnh lùi xuống thứ 47 năm 2021, rồi lần lượt vươn lên thứ 33 và 25 trong hai năm "
        "2022, 2023."
    )
    got = triples(text, province=None, published=dt.date(2024, 6, 1))
    assert ("kien-giang", "dti_rank", 2022, 33) in got
    assert ("kien-giang", "dti_rank", 2023, 25) in got
    assert ("kien-giang", "dti_rank", 2020, 33) not in got


def test_a_run_of_places_held_by_a_group_is_no_rank():
    text = (
        "DTI 2024 của Thái Nguyên xếp thứ 9/34. Theo ông, các địa phương xếp từ thứ 6 đến thứ 15 có điểm số rất sát "
        "nhau."
    )
    got = triples(text, province=None, published=dt.date(2025, 11, 1))
    assert ("thai-nguyen", "dti_rank", 2024, 9) in got
    assert not any(f[3] in (6, 15) for f in got)
    assert "places-range" in refusals(text, province=None, published=dt.date(2025, 11, 1))


def test_a_place_kept_from_the_year_compared_with_is_that_years_too():
    text = "Lâm Đồng: DTI\nChỉ số DTI năm 2023 của tỉnh Lâm Đồng giữ nguyên vị trí thứ 27 như năm 2022."
    got = triples(text, province=None, published=dt.date(2024, 6, 1))
    assert ("lam-dong", "dti_rank", 2023, 27) in got
    assert ("lam-dong", "dti_rank", 2022, 27) in got


def test_a_place_compared_with_no_year_kept_stays_one_years():
    # guard: "như năm 2022" after a place reached, not kept, says nothing of 2022's place
    text = "Lâm Đồng: DTI\nChỉ số DTI năm 2023 của tỉnh Lâm Đồng vươn lên thứ 27, cao hơn nhiều so với năm 2022."
    got = triples(text, province=None, published=dt.date(2024, 6, 1))
    assert ("lam-dong", "dti_rank", 2022, 27) not in got
