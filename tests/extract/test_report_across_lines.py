"""Issue 10, a page with one <p> per sentence (perturb family ``paragraphs``), in our own sentences
(other provinces and values than any corpus document): a national report read over several
lines stays the nation's until a line names a province (rule report-across-lines); a national
department as the source (``ministry-report``); an index's edition written right after its name,
never a comparison year (``family-edition``)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples

PUB = dt.date(2023, 9, 14)


# ---- report-across-lines

MINISTRY_REPORT_LINES = (
    "Tại phiên họp, Bộ Thông tin và Truyền thông đã trình bày kết quả chuyển đổi số 9 tháng năm 2023.\n"
    "Các nhà mạng đã phủ sóng thêm 312 thôn vùng lõm sóng.\n"
    "Đến nay, tỷ lệ hộ gia đình có internet cáp quang băng rộng là 77,4%."
)


def test_a_ministry_s_report_goes_on_over_lines_of_one_sentence():
    assert not triples(MINISTRY_REPORT_LINES, province="kon-tum", published=PUB)
    assert "paragraph-about-nation" in refusals(MINISTRY_REPORT_LINES, province="kon-tum", published=PUB)


def test_the_same_report_written_as_one_paragraph_is_refused_alike():
    one = MINISTRY_REPORT_LINES.replace("\n", " ")
    assert not triples(one, province="kon-tum", published=PUB)


def test_a_line_that_names_the_province_ends_the_report():
    text = MINISTRY_REPORT_LINES.rsplit("\n", 1)[0] + (
        "\nRiêng tỉnh Kon Tum, tỷ lệ hộ gia đình có internet cáp quang băng rộng đạt 61,8%."
    )
    assert triples(text, province="kon-tum", published=PUB) == {
        ("kon-tum", "fixed_broadband_household_rate", 2023, 61.8)
    }


def test_the_report_does_not_cross_a_heading():
    text = MINISTRY_REPORT_LINES.rsplit("\n", 1)[0] + (
        "\nKết quả của tỉnh\nĐến nay, tỷ lệ hộ gia đình có internet cáp quang băng rộng là 64,2%."
    )
    assert triples(text, province="kon-tum", published=PUB) == {
        ("kon-tum", "fixed_broadband_household_rate", 2023, 64.2)
    }


def test_a_meeting_s_report_goes_on_into_the_next_line():
    text = (
        "Sáng 10/10, Thủ tướng chủ trì hội nghị trực tuyến về chuyển đổi số với các địa phương.\n"
        "Dự tại điểm cầu tỉnh Kon Tum có lãnh đạo UBND tỉnh.\n"
        "Báo cáo tại hội nghị cho thấy, năm 2023 công tác chuyển đổi số đạt nhiều kết quả.\n"
        "Về hạ tầng, tỷ lệ hộ gia đình có internet cáp quang băng rộng đạt 79,6%."
    )
    assert not triples(text, province="kon-tum", published=PUB)


def test_the_provincial_level_as_a_frame_goes_on_into_the_next_line():
    text = (
        "Đối với cấp tỉnh, chỉ số DTI năm 2022 đạt 0,5129 điểm.\n"
        "Trụ cột chính quyền số đạt 0,5532 điểm, kinh tế số đạt 0,4418 điểm."
    )
    assert not triples(text, province="kon-tum", published=PUB)


def test_a_one_sentence_national_average_does_not_take_the_lines_after_it():
    text = (
        "Bình quân cả nước, tỷ lệ hộ gia đình có internet cáp quang băng rộng đạt 74%.\n"
        "Tỷ lệ người dân có tài khoản thanh toán tại ngân hàng của tỉnh đạt 68,5%.\n"
        "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 52,3%."
    )
    got = triples(text, province="kon-tum", published=PUB)
    assert ("kon-tum", "fixed_broadband_household_rate", 2023, 74.0) not in got
    assert any(v == 52.3 for *_, v in got)


def test_a_cả_nước_sentence_does_not_take_the_next_line():
    text = (
        "Năm 2023, cả nước có 43% hồ sơ thủ tục hành chính được xử lý trực tuyến.\n"
        "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 57,1%."
    )
    got = triples(text, province="kon-tum", published=PUB)
    assert any(v == 57.1 for *_, v in got) and not any(v == 43.0 for *_, v in got)


# ---- ministry-report: a national department as the source


def test_a_national_department_as_the_source_is_the_nation_s_figure():
    text = "Theo Cục Viễn thông, tỷ lệ người trưởng thành dùng điện thoại thông minh ước đạt 81,2%."
    assert not triples(text, province="kon-tum", published=PUB)
    assert "ministry-report" in refusals(text, province="kon-tum", published=PUB)


def test_a_general_department_as_the_source_is_the_nation_s_figure():
    text = "Theo số liệu của Tổng cục Thống kê, tỷ lệ người dùng internet đạt 79,1%."
    assert not triples(text, province="kon-tum", published=PUB)


def test_a_provincial_office_of_a_department_names_the_province():
    text = "Theo Cục Thống kê tỉnh Kon Tum, tỷ lệ người dùng internet trên địa bàn đạt 71,3%."
    assert triples(text, province="kon-tum", published=PUB) == {("kon-tum", "internet_user_rate", 2023, 71.3)}


# ---- family-edition: the edition written right after the index's name, never a comparison year


def test_an_edition_year_right_after_the_index_name_dates_an_undated_rank():
    text = (
        "Kon Tum cải thiện mạnh thứ hạng cải cách hành chính\n"
        "Bộ Nội vụ đã công bố PAR Index 2022 của các bộ và các tỉnh, thành phố.\n\n"
        "Tỉnh Kon Tum xếp vị trí thứ 14/63, tăng 9 bậc so với năm 2021 và là năm thứ ba liên tiếp "
        "cải thiện thứ hạng Chỉ số cải cách hành chính so với năm 2019."
    )
    got = triples(text, province="kon-tum", published=dt.date(2023, 6, 2))
    assert got == {("kon-tum", "par_index_rank", 2022, 14.0)}


def test_a_comparison_year_after_the_index_name_is_no_edition():
    text = (
        "Kon Tum cải thiện mạnh thứ hạng cải cách hành chính\n"
        "Tỉnh Kon Tum xếp vị trí thứ 14/63 về Chỉ số cải cách hành chính, cải thiện thứ hạng "
        "Chỉ số cải cách hành chính so với năm 2019."
    )
    got = triples(text, province="kon-tum", published=dt.date(2023, 6, 2))
    assert ("kon-tum", "par_index_rank", 2019, 14.0) not in got


# ---- a national source heading its clause frames a report too


def test_a_sentence_after_theo_báo_cáo_của_bộ_is_the_nation_s():
    text = (
        "Theo báo cáo của Bộ Khoa học và Công nghệ, năm 2023 cả nước có 46% hồ sơ được xử lý trực tuyến. "
        "Tỷ lệ người dùng internet đạt 80,6%."
    )
    assert not triples(text, province="kon-tum", published=PUB)


def test_the_minister_s_figures_over_lines_are_the_nation_s():
    text = (
        "Phát biểu tại hội nghị, Bộ trưởng Bộ Khoa học và Công nghệ cho biết năm 2023 có 80,6% người dân "
        "dùng internet.\nTỷ lệ hộ gia đình có internet cáp quang băng rộng đạt 81,3%."
    )
    assert not triples(text, province="kon-tum", published=PUB)


def test_a_national_source_on_the_province_s_figure_is_the_province_s():
    text = "Theo Bộ Công an, năm 2023 tỉnh có tỷ lệ người dân có tài khoản định danh điện tử đạt 66,2%."
    assert triples(text, province="kon-tum", published=PUB) == {("kon-tum", "eid_account_rate", 2023, 66.2)}
    text = "Theo Bộ Nội vụ, tỉnh Kon Tum xếp thứ 12 về PAR Index 2023.\nTỷ lệ hồ sơ trực tuyến của tỉnh đạt 60,2%."
    assert ("kon-tum", "online_dossier_rate", 2023, 60.2) in triples(text, province="kon-tum", published=PUB)
