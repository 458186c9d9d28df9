"""Rule head-window-ends (binding.py, data/cues.yml clause_joints), found by the
`joined-sentences` family: a percent at the head of its clause never takes a measure named after
", đồng thời" / ", trong khi" (a new clause with its own value). Our own sentences."""

import datetime as dt

import pytest

from vndx.extract import extract_facts


def _read(text):
    return {(f.indicator, f.value) for f in extract_facts(text, doc="d", published=dt.date(2025, 3, 1))}


@pytest.mark.parametrize("joint", [". Tỷ lệ", ", đồng thời tỷ lệ", ", trong khi tỷ lệ"])
def test_a_coverage_share_keeps_its_network_whatever_joins_the_next_clause(joint):
    text = (
        "Theo báo cáo của UBND tỉnh Bình Thuận, hiện nay, mạng di động 3G/4G/5G và Internet cố định đã phủ "
        f"100% số thôn, khu phố, bao gồm cả vùng ven biển{joint} hộ gia đình có kết nối Internet cáp quang đạt 85%."
    )
    assert _read(text) == {("mobile_coverage_rate", 100.0), ("fixed_broadband_household_rate", 85.0)}


def test_a_percent_at_the_head_still_takes_the_measure_after_it():
    text = "Năm 2024, tỉnh Bình Thuận có 64% hộ gia đình có kết nối Internet cáp quang, đồng thời đẩy mạnh số hóa."
    assert ("fixed_broadband_household_rate", 64.0) in _read(text)
