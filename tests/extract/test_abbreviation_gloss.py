"""Rule abbreviation-gloss (vndx/extract/readings.py), found by the `indicator-forms` family: a
bracketed abbreviation after an index's name is part of that name. Our own sentences."""

import datetime as dt

import pytest

from vndx.extract import extract_facts


def _read(text):
    return {(f.indicator, f.value) for f in extract_facts(text, doc="d", published=dt.date(2023, 6, 1))}


@pytest.mark.parametrize(
    "pair",
    [
        "Kinh tế số và Xã hội số",
        "Kinh tế số (KTS) và Xã hội số",
        "Kinh tế số và Xã hội số (XHS)",
        "Kinh tế số (KTS) và Xã hội số (XHS)",
        "Chỉ số kinh tế số và xã hội số (XHS)",
    ],
)
def test_two_pillars_that_share_a_rank_each_get_it_whatever_their_glosses(pair):
    text = f"Năm 2022, tỉnh Hà Nam có chính quyền số xếp thứ 20/63; {pair} cùng xếp hạng 41/63."
    got = _read(text)
    assert {("dti_digital_economy_rank", 41.0), ("dti_digital_society_rank", 41.0)} <= got
    assert ("dti_digital_government_rank", 20.0) in got and ("dti_digital_government_rank", 41.0) not in got


def test_a_glossed_index_name_still_measures_the_value_after_it():
    got = _read("Năm 2022, Chỉ số chuyển đổi số (DTI) của tỉnh Hà Nam đạt 0,4412 điểm.")
    assert ("dti_score", 0.4412) in got
