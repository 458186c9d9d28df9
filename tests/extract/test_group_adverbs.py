"""Issue 10, a count of provinces or units as the subject with an adverb before its verb, in our own
sentences: "7 địa phương đã đạt tỷ lệ trên 75%" is a threshold a group reached, not the article's
province's value (rule group-not-province, cues.yml group_adverbs); the province's own sentence with
the same adverb keeps its value."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples

PUB = dt.date(2024, 5, 6)


def _values(text: str) -> set[float]:
    return {v for *_, v in triples(text, province="quang-tri", published=PUB)}


def _rules(text: str) -> list[str]:
    return refusals(text, province="quang-tri", published=PUB)


def test_a_count_of_provinces_with_an_adverb_is_a_group():
    text = "Năm 2023, cả nước có 7 địa phương đã đạt tỷ lệ hồ sơ trực tuyến trên 75%."
    assert not _values(text)
    assert "group-not-province" in _rules(text)


def test_several_adverbs_and_a_count_of_districts():
    text = "Năm 2023, 4 huyện cũng đều có tỷ lệ thanh toán trực tuyến trên 40%."
    assert not _values(text)


def test_the_province_with_the_same_adverb_keeps_its_value():
    assert 62.5 in _values("Năm 2023, tỉnh Quảng Trị đã đạt tỷ lệ hồ sơ trực tuyến 62,5%.")


def test_a_year_is_no_count():
    # "(năm) 2023 ... đã đạt": a year before the words is never a count of provinces
    assert 62.5 in _values("Trong năm 2023 tỉnh đã đạt tỷ lệ hồ sơ trực tuyến 62,5%.")
