"""Rules relative-year and relative-year-not-ordinal (periods.py, numbers.py), found by the
`relative-years` family of vndx/extract/perturb_outlets.py. Our own sentences."""

import datetime as dt

from vndx.extract import extract_facts
from vndx.extract.periods import year_mentions


def _read(text, published):
    facts = extract_facts(text, doc="d", published=published)
    return {(f.province, f.indicator, f.period, f.value) for f in facts}


def test_nam_ngoai_is_the_year_before_the_publication_whatever_the_sentence_wrote():
    lower = "nam 2022, so voi cac chi so nam 2021, ket qua nam ngoai dat 0,59"
    years = [(y.year, y.kind) for y in year_mentions(lower, 0, len(lower), 2023)]
    assert (2022, "period") in years and years[-1] == (2022, "period")


def test_two_relative_years_never_count_back_twice():
    lower = "nam 2022 tinh dat 0,6; nam ngoai dat 0,59, nam truoc dat 0,5"
    years = [y.year for y in year_mentions(lower, 0, len(lower), 2023)]
    assert years == [2022, 2022, 2021]


def test_nam_truoc_still_counts_back_from_the_year_written_before_it():
    lower = "nam 2020 tinh xep thu 40; nam truoc xep thu 45"
    assert [y.year for y in year_mentions(lower, 0, len(lower), 2023)] == [2020, 2019]


def test_last_years_ranking_is_no_rank_five():
    text = "Xếp hạng năm ngoái, tỉnh Đồng Tháp xếp thứ 21/63 về chỉ số cải cách hành chính (PAR Index)."
    got = _read(text, dt.date(2023, 4, 2))
    assert ("dong-thap", "par_index_rank", 2022, 21.0) in got
    assert not {f for f in got if f[3] == 5.0}


def test_rank_five_is_still_read_before_other_words():
    got = _read("Năm 2022, tỉnh Đồng Tháp xếp hạng năm về chỉ số cải cách hành chính.", dt.date(2023, 4, 2))
    assert ("dong-thap", "par_index_rank", 2022, 5.0) in got
