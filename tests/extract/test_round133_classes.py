"""Issue 10, in our own sentences: the classes of 2.19, from the misses of round 133 (scored unread on 2.18 first): a
part of the DTI carried into a sentence of another edition, the parts of an index counted after "thứ hạng", and a lead
over a group of provinces named after "các tỉnh"."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

OCT_2025 = dt.date(2025, 10, 29)


def test_a_pillar_carried_stays_in_its_edition():
    # rule component-in-its-edition: the pillar of DTI 2024 is not what the next sentence's ranks of 2023 measure
    text = (
        "DTI 2024: Vĩnh Long đứng thứ 14/34\n"
        "Theo kết quả DTI 2024, tỉnh Vĩnh Long đạt 0,5870 điểm, xếp thứ 14/34. Trụ cột xã hội số của tỉnh xếp thứ "
        "8/34. Trên cơ sở 63 tỉnh, năm 2023 Vĩnh Long xếp thứ 33/63, Bến Tre thứ 20, Trà Vinh thứ 12."
    )
    got = triples(text, province="vinh-long", published=OCT_2025)
    assert ("vinh-long", "dti_digital_society_rank", 2024, 8) in got
    assert ("vinh-long", "dti_rank", 2023, 33) in got
    assert ("ben-tre", "dti_rank", 2023, 20) in got
    assert not any(i == "dti_digital_society_rank" and p == 2023 for _, i, p, _ in got)


def test_a_pillar_carried_in_its_own_year_goes_on():
    # (guard) rule component-in-its-edition: the same year, the pillar goes on ("Năm 2024, ..." after a pillar of 2024)
    text = (
        "DTI 2024: Vĩnh Long đứng thứ 14/34\n"
        "Năm 2024, trụ cột xã hội số của Vĩnh Long xếp thứ 8/34. Trong khi đó, năm 2024 Bến Tre cũ xếp thứ 5/34."
    )
    got = triples(text, province="vinh-long", published=OCT_2025)
    assert ("vinh-long", "dti_digital_society_rank", 2024, 8) in got


def test_the_parts_counted_after_thu_hang_are_no_rank():
    # rule ranks-of-parts: "Thứ hạng 3 trụ cột:" counts the pillars whose ranks follow
    text = (
        "Sóc Trăng trên bảng xếp hạng DTI 2023\n"
        "Năm 2023, Sóc Trăng xếp thứ 40/63.\n"
        "Thứ hạng 3 trụ cột:\n"
        "- Chính quyền số: 35\n"
        "- Kinh tế số: 44"
    )
    got = triples(text, province="soc-trang", published=dt.date(2024, 7, 10))
    assert ("soc-trang", "dti_rank", 2023, 40) in got
    assert ("soc-trang", "dti_rank", 2023, 3) not in got


def test_leading_the_border_provinces_is_no_national_first_place():
    # cues top_one_narrowing: "dẫn đầu các tỉnh biên giới ..." leads a group, no rank 1 in the nation
    text = (
        "Chỉ số chuyển đổi số 2023: Cao Bằng tăng 9 bậc, dẫn đầu các tỉnh biên giới phía Bắc\n"
        "Năm 2023, Cao Bằng xếp thứ 38/63."
    )
    got = triples(text, province="cao-bang", published=dt.date(2024, 7, 10))
    assert ("cao-bang", "dti_rank", 2023, 38) in got
    assert ("cao-bang", "dti_rank", 2023, 1) not in got
