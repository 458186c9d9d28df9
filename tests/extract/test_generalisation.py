"""Mechanisms added for articles beyond the seeds: lists, carried indices, datelines, plans."""

import datetime as dt

import pytest

from vndx.extract import extract_facts
from vndx.parse import parse_article

from .conftest import triples


def facts(text: str, published=dt.date(2024, 6, 7)):
    return {
        (f.province, f.indicator, f.period, round(f.value, 4))
        for f in extract_facts(text, doc="d", published=published)
    }


def test_respectively_topics():
    got = triples("Năm 2023, Chính quyền số, Kinh tế số, Xã hội số của tỉnh lần lượt xếp thứ 10, 25 và 21.")
    assert got == {
        ("tra-vinh", "dti_digital_government_rank", 2023, 10),
        ("tra-vinh", "dti_digital_economy_rank", 2023, 25),
        ("tra-vinh", "dti_digital_society_rank", 2023, 21),
    }


def test_respectively_provinces_take_their_own_values():
    text = (
        "Bộ công bố chỉ số chuyển đổi số cấp tỉnh năm 2023. "
        "Đà Nẵng, Hà Nội và Thừa Thiên Huế lần lượt dẫn đầu với 0,6831; 0,6459 và 0,6144 điểm."
    )
    assert facts(text) == {
        ("da-nang", "dti_score", 2023, 0.6831),
        ("ha-noi", "dti_score", 2023, 0.6459),
        ("thua-thien-hue", "dti_score", 2023, 0.6144),
    }


def test_respectively_count_mismatch_gives_nothing():
    assert triples("Năm 2023, Chính quyền số, Kinh tế số, Xã hội số lần lượt xếp thứ 10 và 25.") == set()


def test_rank_with_index_named_in_the_title():
    text = (
        "Kết quả Chỉ số DTI năm 2022: tỉnh Đồng Tháp tăng 10 bậc\n15/06/2023 10:00\n"
        "Đồng Tháp đạt 0,4834 điểm, đứng thứ 22/63 tỉnh, thành phố."
    )
    assert facts(text, dt.date(2023, 6, 15)) == {
        ("dong-thap", "dti_score", 2022, 0.4834),
        ("dong-thap", "dti_rank", 2022, 22),
    }


def test_dateline_line_is_not_a_section_heading():
    text = (
        "Lào Cai tăng 5 bậc về Chỉ số chuyển đổi số năm 2023\nThứ Hai, 15/04/2024 - 08:30\n"
        "Chính quyền số của tỉnh đạt 0,6683 điểm."
    )
    assert facts(text, dt.date(2024, 4, 15)) == {("lao-cai", "dti_digital_government_score", 2023, 0.6683)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2024, Bộ đặt mục tiêu 80% dân số trưởng thành sử dụng điện thoại thông minh.",
        "Tỉnh đặt mục tiêu năm 2024 cải thiện ít nhất 10 bậc, đưa tỷ lệ hồ sơ trực tuyến lên 60%.",
        "Kế hoạch đề ra mục tiêu: tỷ lệ hồ sơ trực tuyến đạt 50%; tỷ lệ thanh toán trực tuyến đạt 45%.",
        "Phấn đấu năm 2024, chỉ số DTI nằm trong nhóm 30 tỉnh; tỷ lệ người dùng internet đạt 85%.",
        "Năm 2024, tỷ trọng kinh tế số đạt 20% GDP vào năm 2025.",
        "Tỷ lệ hồ sơ trực tuyến toàn quốc đạt 43,5%; tỷ lệ thanh toán trực tuyến đạt 37%.",
        "Nhiều tỉnh có tỷ trọng kinh tế số dưới 5%.",
        "Toàn tỉnh đã cấp 512.345 tài khoản định danh điện tử mức 2.",
        "Năm 2023, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) xếp thứ 20/63.",
    ],
)
def test_plans_national_bounds_and_counts_are_not_facts(sentence):
    assert triples(sentence) == set()


def test_target_section_heading():
    text = (
        "Báo cáo chuyển đổi số tỉnh Hà Tĩnh\n3. Chỉ tiêu năm 2024\n- Tỷ lệ hồ sơ trực tuyến đạt 50%.\n"
        "- Tối thiểu 80% người dân có tài khoản định danh điện tử."
    )
    assert facts(text) == set()


def test_short_cues_do_not_fire_on_names():
    # "Cần Thơ" folds to "can tho" ("cần" = need); "cán bộ" to "can bo"
    assert facts("Năm 2024, Cần Thơ xếp thứ 10/63 về Chỉ số chuyển đổi số.") == {("can-tho", "dti_rank", 2024, 10)}


def test_neighbour_province_is_not_a_village():
    text = "Năm 2023, chỉ số DTI của Ninh Thuận đạt 0,4412 điểm. Tỉnh bạn Khánh Hòa đạt 0,5512 điểm."
    assert ("khanh-hoa", "dti_score", 2023, 0.5512) in facts(text)


def test_rank_about_the_index_after_provinces_phrase():
    got = triples("Năm 2023, tỉnh xếp thứ 17/63 tỉnh, thành phố về Chỉ số chuyển đổi số.")
    assert got == {("tra-vinh", "dti_rank", 2023, 17)}


def test_digital_economy_percent_of_grdp():
    got = triples("Kinh tế số của tỉnh phát triển nhanh, năm 2023 ước đạt 8,5% GRDP.")
    assert got == {("tra-vinh", "digital_economy_grdp_share", 2023, 8.5)}


def test_html_table_rows_keep_their_values():
    html = (
        "<html><head><meta charset='utf-8'><title>Kết quả chuyển đổi số tỉnh Điện Biên năm 2023</title></head><body>"
        "<article><h1>Kết quả chuyển đổi số tỉnh Điện Biên năm 2023</h1>"
        "<p>Năm 2023, chỉ số chuyển đổi số của tỉnh Điện Biên đạt 0,3812 điểm, xếp thứ 59/63 tỉnh, thành phố.</p>"
        "<table><tr><th>Trụ cột</th><th>Điểm</th><th>Xếp hạng</th></tr>"
        "<tr><td>Chính quyền số</td><td>0,4521</td><td>55/63</td></tr>"
        "<tr><td>Kinh tế số</td><td>0,2310</td><td>61/63</td></tr></table>"
        "<p>Sở Thông tin và Truyền thông đề nghị các ngành tiếp tục cải thiện các chỉ số thành phần.</p>"
        "</article><footer>Lượt xem: 1234</footer></body></html>"
    )
    article = parse_article(html)
    got = {
        (f.indicator, f.period, round(f.value, 4))
        for f in extract_facts(article.text, doc="h", title=article.title, published=dt.date(2024, 5, 20))
    }
    assert {
        ("dti_score", 2023, 0.3812),
        ("dti_rank", 2023, 59),
        ("dti_digital_government_score", 2023, 0.4521),
        ("dti_digital_government_rank", 2023, 55),
        ("dti_digital_economy_score", 2023, 0.231),
        ("dti_digital_economy_rank", 2023, 61),
    } <= got
