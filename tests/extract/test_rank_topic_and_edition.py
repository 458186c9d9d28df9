"""Ranks written the way other outlets write them (found by the `rank-forms` family of
vndx/extract/perturb_outlets.py): the index a rank is about, and the edition year named after it.
Our own sentences."""

import datetime as dt

from vndx.extract import extract_facts


def _read(text, published=dt.date(2023, 5, 4)):
    return {(f.province, f.indicator, f.period, f.value) for f in extract_facts(text, doc="d", published=published)}


def test_a_rank_never_takes_the_pillar_named_after_the_next_semicolon():
    # "trong cả nước" is the rank's field; "Kinh tế số" opens the next clause with its own rank
    text = "Năm 2022, chính quyền số của Cà Mau xếp hạng 44 trong cả nước; kinh tế số xếp thứ 30/63."
    got = _read(text)
    assert ("ca-mau", "dti_digital_government_rank", 2022, 44.0) in got
    assert ("ca-mau", "dti_digital_economy_rank", 2022, 44.0) not in got
    assert ("ca-mau", "dti_digital_economy_rank", 2022, 30.0) in got


def test_a_rank_still_takes_the_index_its_field_leads_to():
    got = _read("Năm 2022, Cà Mau xếp thứ 44 trong cả nước về chỉ số chuyển đổi số.")
    assert ("ca-mau", "dti_rank", 2022, 44.0) in got


def test_the_year_of_the_index_named_after_the_rank_beats_an_event_year_before_it():
    text = (
        "Tại lễ kỷ niệm Ngày Chuyển đổi số quốc gia năm 2024, tỉnh Sơn La xếp thứ 31 cả nước "
        "về chỉ số chuyển đổi số năm 2023."
    )
    got = _read(text, dt.date(2024, 10, 15))
    assert ("son-la", "dti_rank", 2023, 31.0) in got and ("son-la", "dti_rank", 2024, 31.0) not in got


def test_the_year_inside_the_index_name_dates_the_score_after_it():
    text = "Nhân dịp hội nghị tổng kết năm 2024, chỉ số DTI năm 2023 của tỉnh Sơn La được công bố đạt 0,4871 điểm."
    assert ("son-la", "dti_score", 2023, 0.4871) in _read(text, dt.date(2024, 12, 20))


def test_a_nearer_year_between_the_index_year_and_the_value_wins():
    # each rank keeps its own year: the index's edition year does not reach past "năm 2023"
    got = _read("Chỉ số DTI năm 2022 của tỉnh Sơn La xếp thứ 40, năm 2023 xếp thứ 33.", dt.date(2024, 4, 1))
    assert {("son-la", "dti_rank", 2022, 40.0), ("son-la", "dti_rank", 2023, 33.0)} <= got


def test_one_year_in_the_sentence_is_read_as_before():
    got = _read("Năm 2022, tỉnh Sơn La giữ vị trí thứ 12 về chỉ số chuyển đổi số.")
    assert ("son-la", "dti_rank", 2022, 12.0) in got
