"""Issue 10, in our own sentences: indicator phrasings that put the value between the verb and its
noun ("Internet cáp quang đã đến 82% hộ gia đình"), the document before its exchange verb ("văn bản
được gửi, nhận dưới dạng điện tử") and a mobile network named as infrastructure ("hạ tầng di động
4G/5G bao phủ ...")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import triples

PUB = dt.date(2025, 5, 2)


@pytest.mark.parametrize(
    ("sentence", "code", "value"),
    [
        ("Internet cáp quang đã đến 82% hộ gia đình.", "fixed_broadband_household_rate", 82.0),
        ("Cáp quang băng rộng cố định phủ đến gần 79,5% số hộ.", "fixed_broadband_household_rate", 79.5),
        ("100% văn bản được gửi, nhận dưới dạng điện tử.", "e_document_exchange_rate", 100.0),
        ("Tỷ lệ văn bản trao đổi trên môi trường điện tử đạt 99%.", "e_document_exchange_rate", 99.0),
        ("Hạ tầng di động 4G/5G đã bao phủ 98,5% thôn, bản.", "mobile_coverage_rate", 98.5),
    ],
)
def test_the_phrasing_reads_its_code(sentence, code, value):
    got = triples("Năm 2024, tỉnh Nghệ An: " + sentence[0].lower() + sentence[1:], province="nghe-an", published=PUB)
    assert ("nghe-an", code, 2024, value) in got


def test_fibre_to_villages_is_not_to_households():
    got = triples("Năm 2024, cáp quang đã đến 100% thôn, bản của tỉnh Nghệ An.", province="nghe-an", published=PUB)
    assert not any(code == "fixed_broadband_household_rate" for _, code, _, _ in got)


@pytest.mark.parametrize(
    ("words", "rank"),
    [("hai mươi tư", 24), ("mười hai", 12), ("ba mươi", 30), ("tư", 4), ("mười", 10), ("nhì", 2)],
)
def test_a_rank_in_number_words_is_read_whole(words, rank):
    text = f"Năm 2022, tỉnh Nghệ An xếp thứ {words} về chỉ số chuyển đổi số."
    got = triples(text, province="nghe-an", published=dt.date(2023, 8, 1))
    assert got == {("nghe-an", "dti_rank", 2022, float(rank))}



def test_a_rank_word_before_a_year_stays_unread():
    # "thứ ba năm 2022" could be "the third, in 2022" or a compound cut short: no number is guessed
    text = "Tỉnh Nghệ An xếp thứ ba năm 2022 về chỉ số chuyển đổi số."
    got = triples(text, province="nghe-an", published=dt.date(2023, 8, 1))
    assert not any(v in (3.0, 35.0) for *_, v in got)
