"""Rule percent-in-words (catalog.compile_phrase), found by the `unit-words` family: a phrasing
that expects "%" after a number also reads the unit written out ("phần trăm"). Our own sentences."""

import datetime as dt

import pytest

from vndx.extract import extract_facts
from vndx.extract.catalog import compile_phrase


def _read(text):
    return {(f.indicator, f.value) for f in extract_facts(text, doc="d", published=dt.date(2025, 2, 1))}


@pytest.mark.parametrize("unit", ["%", " %", " phần trăm"])
def test_a_share_between_the_verb_and_its_object_in_any_unit(unit):
    text = f"Năm 2024, toàn tỉnh Phú Yên đã thực hiện số hóa đối với 64,2{unit} tổng số hồ sơ tiếp nhận."
    assert ("dossier_digitization_rate", 64.2) in _read(text)


def test_the_percent_of_grdp_in_words():
    text = "Năm 2024, kinh tế số của tỉnh Phú Yên ước đạt 9,4 phần trăm GRDP."
    assert ("digital_economy_grdp_share", 9.4) in _read(text)


def test_a_gap_that_never_crosses_a_percent_is_unchanged():
    rx = compile_phrase("a~b")
    assert "phan" not in rx and "%" in rx
    assert "phan\\s+tram" in compile_phrase("x(?= \\d+%)")
