"""Rule regional-rank, the group of provinces named by its region after the rank (found by the
`regional-asides` family of vndx/extract/perturb_outlets.py). Our own sentences."""

import datetime as dt

import pytest

from vndx.extract import extract_facts


def _ranks(text):
    facts = extract_facts(text, doc="d", published=dt.date(2023, 6, 1))
    return {(f.indicator, f.value) for f in facts if f.indicator.endswith("_rank")}


@pytest.mark.parametrize(
    "group",
    [
        "trong các tỉnh Tây Nguyên",
        "trong các tỉnh Đồng bằng sông Cửu Long",
        "so với các địa phương vùng Đông Nam Bộ",
        "trong các tỉnh thuộc khu vực Bắc Trung Bộ",
    ],
)
def test_a_rank_among_a_regions_provinces_is_not_national(group):
    text = f"Năm 2022, tỉnh Đắk Nông xếp thứ 40/63 về chỉ số DTI, xếp thứ 3 {group}."
    assert _ranks(text) == {("dti_rank", 40.0)}


def test_a_rank_among_all_provinces_stays_national():
    assert _ranks("Năm 2022, tỉnh Đắk Nông xếp thứ 40 trong các tỉnh, thành phố về chỉ số DTI.") == {("dti_rank", 40.0)}
