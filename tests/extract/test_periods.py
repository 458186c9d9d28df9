import datetime as dt

from vndx.extract.periods import dateline
from vndx.extract.text import fold

from .conftest import triples


def test_year_in_clause():
    got = triples("Kết quả hoạt động kinh tế số năm 2021 xếp thứ 6/63 tỉnh, thành phố; năm 2022 xếp thứ 2.")
    assert got == {("tra-vinh", "dti_econ_activity_rank", 2021, 6), ("tra-vinh", "dti_econ_activity_rank", 2022, 2)}


def test_comparison_year_is_not_the_period():
    got = triples("Chỉ số DTI năm 2023 của tỉnh đạt 0,7068 điểm, tăng 0,0991 điểm so với năm 2022.")
    assert got == {("tra-vinh", "dti_score", 2023, 0.7068), ("tra-vinh", "dti_score_change", 2023, 0.0991)}


def test_publication_year_without_a_year():
    assert triples("Đến nay, tỷ lệ người dùng internet đạt 91%.") == {("tra-vinh", "internet_user_rate", 2024, 91)}


def test_heading_year_applies_to_its_section():
    text = "Kết quả chuyển đổi số năm 2023\nChỉ số DTI của tỉnh xếp thứ 20/63."
    assert triples(text) == {("tra-vinh", "dti_rank", 2023, 20)}


def test_relative_year():
    got = triples("Năm 2022, chỉ số DTI của tỉnh xếp thứ 9/63 (hai năm trước đứng 10).")
    assert got == {("tra-vinh", "dti_rank", 2022, 9), ("tra-vinh", "dti_rank", 2020, 10)}


def test_range_and_horizon_years_are_ignored():
    text = "Kế hoạch chuyển đổi số giai đoạn 2021-2025, định hướng đến năm 2030 đã hoàn thành 8/14 mục tiêu."
    assert triples(text) == {("tra-vinh", "dx_targets_achieved", 2024, 8)}


def test_dateline():
    assert dateline(fold("Trang chủ\nKhó mấy cũng phải làm\n10/10/2023 - 16:09\nNăm 2023 là năm bản lề")) == dt.date(
        2023, 10, 10
    )
    assert dateline(fold("Quyết định số 12/QĐ-UBND ngày 01/02/2022 của UBND tỉnh về việc ban hành kế hoạch")) is None
