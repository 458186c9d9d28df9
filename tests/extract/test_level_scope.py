"""Issue 10, level-scoped figures, in our own sentences (other provinces and values than any corpus
document). ANNOTATION.md: a figure of a department (sở), district or commune inside a province is
not the province's; a share over units the province counts ("100% trung tâm cấp xã") is. Also what
the precision audit found on the demo site: a scale "trong khoảng 0 - 1" read as a score of 0."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples

PUB = dt.date(2024, 3, 20)


def _rules(text: str) -> list[str]:
    return refusals(text, province="ninh-binh", published=PUB)


def _values(text: str) -> set[float]:
    return {v for *_, v in triples(text, province="ninh-binh", published=PUB)}


def test_a_district_level_named_after_the_share_owns_it():
    text = (
        "Năm 2023, tỉnh Ninh Bình có 37% thủ tục hành chính của UBND cấp huyện được cung cấp "
        "dịch vụ công trực tuyến toàn trình."
    )
    assert not _values(text)
    assert "level-after-value" in _rules(text)


def test_the_departments_named_after_the_share_own_it_and_the_district_level_the_next():
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình đạt 88% ở khối sở, ngành và 49% ở cấp huyện."
    assert not _values(text)


def test_a_level_after_the_comma_belongs_to_the_next_figure():
    text = (
        "Năm 2023, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của tỉnh "
        "đạt 61%, tại cấp huyện là 43%."
    )
    assert _values(text) == {61.0}


def test_the_departments_before_the_share_own_it():
    text = "Năm 2023, tỷ lệ thanh toán trực tuyến của các sở, ban, ngành đạt 29,4%."
    assert not _values(text)
    assert "lower-level-unit" in _rules(text)


def test_a_share_over_communes_counted_is_the_province_s():
    text = "Năm 2023, sóng di động 4G đã phủ 100% trung tâm cấp xã trên địa bàn tỉnh."
    assert triples(text, province="ninh-binh", published=PUB) == {("ninh-binh", "mobile_coverage_rate", 2023, 100.0)}


def test_a_share_of_the_province_s_own_total_is_kept():
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 54% trong tổng số hồ sơ của tỉnh."
    assert _values(text) == {54.0}


# ---- precision audit: a scale or a range is no value (ANNOTATION.md: ranges are optional, one per bound)


def test_a_scale_written_with_a_hyphen_is_no_score():
    text = "Giá trị chỉ số DTI năm 2023 nằm trong khoảng 0 - 1, tỉnh Ninh Bình đạt 0,5521 điểm."
    assert triples(text, province="ninh-binh", published=PUB) == {("ninh-binh", "dti_score", 2023, 0.5521)}


def test_a_share_written_as_a_range_after_đạt_gives_no_fact():
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 65-70%."
    assert not _values(text)
    assert "range" in _rules(text)
