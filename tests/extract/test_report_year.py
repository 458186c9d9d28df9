"""Issue 10, in our own sentences: rule report-year (a report of the first quarter that dates its
statistics to the year before goes on with that year in later paragraphs), a bracket that opens
with a year and states its own value ("đạt 70% (năm 2023 đạt 52%)"), "mức ... của năm 2023", and
"chỉ đạt" carrying no qualifier."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import facts_of, triples

FEBRUARY = dt.date(2025, 2, 14)
SEPTEMBER = dt.date(2025, 9, 20)

YEAR_END = (
    "Tính đến hết năm 2024, toàn tỉnh Hà Tĩnh có 91,5% người trưởng thành sử dụng điện thoại thông minh.\n"
    "{second}"
)


def _got(text: str, published: dt.date = FEBRUARY) -> set[tuple]:
    return triples(text, province="ha-tinh", published=published)


def test_a_first_quarter_report_dates_its_later_paragraphs_to_the_year_it_reports():
    text = YEAR_END.format(second="Tỷ lệ hộ gia đình có kết nối cáp quang băng rộng đạt 86%.")
    got = _got(text)
    assert ("ha-tinh", "smartphone_user_rate", 2024, 91.5) in got
    # 2024: the province before the merger, not the successor's slug for 2025
    assert ("ha-tinh", "fixed_broadband_household_rate", 2024, 86.0) in got


def test_a_value_said_to_be_of_now_keeps_the_publication_year():
    for second in (
        "Hiện nay, tỷ lệ hộ gia đình có kết nối cáp quang băng rộng đạt 86%.",
        "Tỉnh hiện có 86% hộ gia đình có kết nối cáp quang băng rộng.",
        "Từ đầu năm, tỷ lệ hồ sơ xử lý trực tuyến đạt 64%.",
    ):
        periods = {p for _, code, p, _ in _got(YEAR_END.format(second=second)) if code != "smartphone_user_rate"}
        assert periods == {2025}, second


def test_later_in_the_year_an_undated_figure_is_of_the_publication_year():
    text = YEAR_END.format(second="Tỷ lệ hộ gia đình có kết nối cáp quang băng rộng đạt 86%.")
    got = _got(text, published=SEPTEMBER)
    assert ("ha-tinh", "fixed_broadband_household_rate", 2025, 86.0) in got


def test_a_ranking_year_is_not_the_report_year():
    text = (
        "Năm 2024, chỉ số cải cách hành chính của tỉnh Hà Tĩnh xếp thứ 12/63.\n"
        "Tỷ lệ hộ gia đình có kết nối cáp quang băng rộng đạt 86%."
    )
    got = _got(text)
    assert ("ha-tinh", "fixed_broadband_household_rate", 2025, 86.0) in got


def test_a_bracket_opening_with_a_year_dates_its_own_value():
    text = "Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Hà Tĩnh đạt 70,5% (năm 2023 đạt 52,4%)."
    got = _got(text, published=SEPTEMBER)
    assert ("ha-tinh", "online_dossier_rate", 2024, 70.5) in got
    assert ("ha-tinh", "online_dossier_rate", 2023, 52.4) in got


def test_a_year_alone_in_brackets_still_dates_the_value_before_it():
    text = "Tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Hà Tĩnh đạt 70,5% (năm 2023), cao nhất khu vực."
    assert ("ha-tinh", "online_dossier_rate", 2023, 70.5) in _got(text, published=SEPTEMBER)


def test_the_level_of_an_earlier_year_after_cua_nam():
    text = "Năm 2024, kinh tế số chiếm 11,2% GRDP của tỉnh Hà Tĩnh, cao hơn mức 9,6% của năm 2023."
    got = _got(text, published=SEPTEMBER)
    assert ("ha-tinh", "digital_economy_grdp_share", 2024, 11.2) in got
    assert ("ha-tinh", "digital_economy_grdp_share", 2023, 9.6) in got


def test_chi_dat_is_only_not_below():
    text = "Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Hà Tĩnh chỉ đạt 35,2%."
    (fact,) = facts_of(text, province="ha-tinh", published=SEPTEMBER)
    assert fact.value == 35.2 and fact.qualifier is None


def test_a_sentence_under_the_paragraph_s_year_dates_the_report_too():
    text = (
        "Năm 2024, tỉnh Hà Tĩnh bố trí hơn 90 tỷ đồng cho chuyển đổi số. Toàn tỉnh có 2.310 tổ công nghệ "
        "số cộng đồng.\n"
        "Tỷ lệ hộ gia đình có kết nối cáp quang băng rộng đạt 86%."
    )
    got = _got(text)
    assert ("ha-tinh", "community_digital_team_count", 2024, 2310.0) in got
    assert ("ha-tinh", "fixed_broadband_household_rate", 2024, 86.0) in got


def test_a_year_end_review_meeting_names_the_report_year():
    text = (
        "Ngày 20/1, UBND tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2024.\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến đạt 71,3%.\n"
        "Hiện nay, toàn tỉnh có 2.310 tổ công nghệ số cộng đồng."
    )
    got = _got(text)
    assert ("ha-tinh", "online_dossier_rate", 2024, 71.3) in got
    assert ("ha-tinh", "community_digital_team_count", 2025, 2310.0) in got  # "hiện nay": the year written in
