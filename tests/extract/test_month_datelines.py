"""Issue 10, pages without a full publication date, in our own sentences: a date line written out
("Ngày 5 tháng 4 năm 2024") or of a month only ("Tháng 4/2024") dates the page; a month and year
inside a sentence is not a date line; a day and month without a year give no year (no guess)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import facts_of, triples
from vndx.extract.periods import dateline
from vndx.extract.text import fold

BODY = "Đến nay, tỷ lệ người dân có tài khoản định danh điện tử mức 2 trên địa bàn tỉnh đạt 47,3%."


def _undated(text: str) -> set[tuple]:
    return triples(text, province="phu-yen", published=None)


def test_a_written_out_date_line_dates_the_page():
    assert dateline(fold("Thứ Sáu, ngày 5 tháng 4 năm 2024\n" + BODY)) == dt.date(2024, 4, 5)
    assert _undated("Ngày 5 tháng 4 năm 2024\n" + BODY) == {("phu-yen", "eid_account_rate", 2024, 47.3)}


def test_a_month_only_date_line_dates_the_page_at_the_top_or_the_bottom():
    assert dateline(fold("Tháng 4/2024\n" + BODY)) == dt.date(2024, 4, 1)
    assert dateline(fold(BODY + "\nCập nhật: 04/2024")) == dt.date(2024, 4, 1)
    assert _undated(BODY + "\nTháng 4/2024") == {("phu-yen", "eid_account_rate", 2024, 47.3)}


def test_a_month_and_year_inside_a_sentence_is_no_date_line():
    assert dateline(fold("Tính đến tháng 4/2024, toàn tỉnh có 12 xã đạt chuẩn nông thôn mới.\n")) is None


def test_an_issue_number_is_no_date_line():
    assert dateline(fold("Số 4/2024\n" + BODY)) is None


def test_a_day_and_month_without_a_year_give_no_year():
    text = "Tính đến ngày 18-4, tỷ lệ người dân có tài khoản định danh điện tử mức 2 của tỉnh đạt 47,3%."
    trace: list = []
    assert not facts_of(text, province="phu-yen", published=None, trace=trace)
    assert "no-year" in [d.rule for d in trace]
