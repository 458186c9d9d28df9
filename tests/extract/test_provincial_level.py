"""Rule provincial-level (data/gazetteer.yml not_self_before), found by the `indicator-forms`
family: "cấp tỉnh" names the level of an index ("chỉ số DTI cấp tỉnh"), not the article's own
province. Our own sentences."""

import datetime as dt

from vndx.extract import extract_facts
from vndx.extract.gazetteer import SELF, load_gazetteer
from vndx.extract.text import fold_case_preserving


def _slugs(text):
    cased = fold_case_preserving(text)
    return [m.slug for m in load_gazetteer().mentions(cased, cased.lower())]


def test_the_level_of_an_index_is_no_self_reference():
    assert SELF not in _slugs("TP Cần Thơ có chỉ số DTI cấp tỉnh xếp thứ 11/63.")
    assert SELF in _slugs("Năm nay tỉnh xếp thứ 11/63.")


def test_a_city_ranked_on_the_provincial_index_keeps_its_rank_on_another_outlet():
    # an article of a Đà Nẵng newspaper that ranks Cần Thơ: the rank is Cần Thơ's
    text = "Năm 2022, TP Cần Thơ có bộ chỉ số DTI cấp tỉnh xếp thứ 11/63 tỉnh, thành phố."
    facts = extract_facts(text, doc="d", published=dt.date(2023, 4, 2), source_url="https://baodanang.vn/a.html")
    assert {(f.province, f.indicator, f.value) for f in facts} == {("can-tho", "dti_rank", 11.0)}


def test_provinces_counted_are_still_no_self_reference():
    assert SELF not in _slugs("Cả 63 tỉnh đạt trên 0,3 điểm; các tỉnh xếp sau đều thấp hơn.")
