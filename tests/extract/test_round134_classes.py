"""Issue 10, in our own sentences: the classes of 2.20, from the misses of round 134 (scored unread on 2.18 and 2.19):
numbers typed with a space in them, results grouped under "Ở nhóm chỉ tiêu ...", the merged provinces' basis said of
a later clause, and the share a movement starts from with no year of its own."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples
from vndx.extract.numbers import find_numbers, masked_spans
from vndx.extract.text import fold


def _numbers(text: str) -> list[tuple[float, bool]]:
    lower = fold(text)
    return [(n.value, n.percent) for n in find_numbers(lower, 0, len(lower), masked_spans(lower))]


def test_a_number_typed_with_a_space_is_one_number():
    # rule spaced-number: a score "0, 6132", a share "74, 8%", a count "3 215 hộ"
    assert _numbers("Quảng Bình đạt 0, 6132 điểm") == [(0.6132, False)]
    assert _numbers("tỷ lệ người dùng Internet đạt 74, 8%") == [(74.8, True)]
    assert _numbers("tập huấn cho 3 215 hộ kinh doanh") == [(3215.0, False)]
    got = triples(
        "Năm 2023, tỉnh Quảng Bình đạt 0, 6132 điểm DTI; tỷ lệ hồ sơ trực tuyến đạt 47, 3%.",
        province="quang-binh",
        published=dt.date(2024, 8, 2),
    )
    assert ("quang-binh", "dti_score", 2023, 0.6132) in got
    assert ("quang-binh", "online_dossier_rate", 2023, 47.3) in got


def test_a_list_typed_with_commas_stays_a_list():
    # (guard) rule spaced-number: numbers after another and a comma, or before "và" and a number, are items
    assert _numbers("lần lượt xếp thứ 21, 7 và 15") == [(21.0, False), (7.0, False), (15.0, False)]
    assert _numbers("lần lượt 62, 8% và 9%") == [(62.0, False), (8.0, True), (9.0, True)]
    assert _numbers("đạt 30, 45, 6%") == [(30.0, False), (45.0, False), (6.0, True)]
    # a year then a share, a rank then a count: no group of thousands without a counted word after it
    assert _numbers("năm 2024 100% xã") == [(2024.0, False), (100.0, True)]
    assert _numbers("xếp thứ 5, 320 doanh nghiệp") == [(5.0, False), (320.0, False)]


def test_results_grouped_under_a_group_of_targets_are_results():
    # rule target-or-plan: "Ở nhóm chỉ tiêu về ..." names what the results are about; each target is in its bracket
    text = (
        "Năm 2024, tỉnh Bình Phước hoàn thành 10/16 chỉ tiêu chuyển đổi số.\n"
        "Ở nhóm chỉ tiêu về kinh tế số, tỷ trọng kinh tế số trong GRDP đạt 9,1% (chỉ tiêu 12%, không đạt); tỷ lệ "
        "hồ sơ được thanh toán trực tuyến đạt 41,5% (chỉ tiêu 35%, vượt)."
    )
    got = triples(text, province="binh-phuoc", published=dt.date(2024, 12, 10))
    assert ("binh-phuoc", "digital_economy_grdp_share", 2024, 9.1) in got
    assert ("binh-phuoc", "online_payment_rate", 2024, 41.5) in got
    assert ("binh-phuoc", "digital_economy_grdp_share", 2024, 12.0) not in got
    assert ("binh-phuoc", "online_payment_rate", 2024, 35.0) not in got


def test_a_group_of_targets_with_a_plan_is_still_a_plan():
    # (guard) rule target-or-plan: the group's plan carries its own cue
    text = "Ở nhóm chỉ tiêu về kinh tế số, tỉnh Bình Phước phấn đấu năm 2025 tỷ trọng kinh tế số đạt 15% GRDP."
    got = triples(text, province="binh-phuoc", published=dt.date(2024, 12, 10))
    assert not any(i == "digital_economy_grdp_share" for _, i, _, _ in got)


def test_the_merged_basis_of_a_later_clause_leaves_the_years_before():
    # rule basis-34-edition: "trên cơ sở 34 tỉnh" after the semicolon is said of 2024's rank, not of the list's years
    text = (
        "Chỉ số DTI của Đà Nẵng các năm 2021, 2022 và 2023 lần lượt xếp thứ 3, 1 và 1 cả nước; năm 2024, trên cơ sở "
        "34 tỉnh, thành phố, Đà Nẵng xếp thứ 3."
    )
    got = triples(text, province="da-nang", published=dt.date(2025, 12, 1))
    assert {("da-nang", "dti_rank", y, v) for y, v in ((2021, 3), (2022, 1), (2023, 1), (2024, 3))} <= got


def test_the_merged_basis_said_first_holds_for_the_whole_sentence():
    # (guard) rule basis-34-edition: said before the values, it dates the rank after the semicolon too
    # (in August 2025, before DTI 2024 was out: the latest edition by the date is 2023's, the basis makes it 2024's)
    text = "Theo chỉ số DTI trên cơ sở 34 tỉnh, thành phố, Đà Nẵng xếp thứ 3; Huế xếp thứ 8."
    got = triples(text, province="da-nang", published=dt.date(2025, 8, 20))
    assert ("da-nang", "dti_rank", 2024, 3) in got
    assert ("hue", "dti_rank", 2024, 8) in got


def test_the_share_a_movement_starts_from_has_no_year():
    # rule undated-start: "tăng từ 12,4% lên 38%" says when it reached 38%, not when it was 12,4%
    text = "Năm 2024, tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh Phú Thọ tăng từ 12,4% lên 38%."
    got = triples(text, province="phu-tho", published=dt.date(2024, 12, 20))
    assert ("phu-tho", "online_payment_rate", 2024, 38.0) in got
    assert not any(v == 12.4 for _, _, _, v in got)


def test_a_start_with_its_own_year_keeps_it():
    # (guard) rule undated-start: "từ 12,4% năm 2021 lên 38%" writes the start's year
    text = "Tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh Phú Thọ tăng từ 12,4% năm 2021 lên 38% năm 2024."
    got = triples(text, province="phu-tho", published=dt.date(2024, 12, 20))
    assert ("phu-tho", "online_payment_rate", 2021, 12.4) in got
    assert ("phu-tho", "online_payment_rate", 2024, 38.0) in got
