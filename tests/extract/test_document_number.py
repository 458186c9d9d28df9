"""Rule document-number (vndx/extract/periods.py), found by the `asides` family: a document's
number written with its issuer's code is never a year. Our own sentences."""

import datetime as dt

from vndx.extract import extract_facts
from vndx.extract.periods import year_mentions


def _read(text, published=dt.date(2023, 9, 12)):
    return {(f.indicator, f.period, f.value) for f in extract_facts(text, doc="d", published=published)}


def test_a_report_number_after_the_value_does_not_date_it():
    text = "Tỷ lệ hồ sơ trực tuyến của tỉnh Phú Thọ đạt 58,4%, theo Báo cáo số 1998/BC-UBND ngày 3/9."
    assert _read(text) == {("online_dossier_rate", 2023, 58.4)}


def test_a_decision_number_before_the_value_does_not_date_it():
    text = "Theo Quyết định số 2021/QĐ-UBND, tỷ lệ hồ sơ trực tuyến của tỉnh Phú Thọ đạt 58,4%."
    assert _read(text) == {("online_dossier_rate", 2023, 58.4)}


def test_a_year_written_with_a_slash_and_digits_is_still_a_year():
    lower = "nam hoc 2022/2023 va nam 2022"
    assert [y.year for y in year_mentions(lower, 0, len(lower), 2023)] == [2022, 2023, 2022]


def test_the_document_number_is_skipped_but_the_year_beside_it_counts():
    lower = "quyet dinh so 2020/qd-ubnd, nam 2022 tinh dat"
    assert [y.year for y in year_mentions(lower, 0, len(lower), 2023)] == [2022]
