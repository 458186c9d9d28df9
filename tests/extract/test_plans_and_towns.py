"""Issue 10, in our own sentences: bullets under a lead-in that announces plans are targets (rule
target-lead-in), under one that announces results they are facts; an article whose headline is about
a town or district reports that unit (rule article-about-lower-unit), and "của thị xã", "trên địa bàn
thị xã" name the unit as the paragraph's subject."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples

PUB = dt.date(2026, 1, 22)

PLAN = (
    "Kế hoạch chuyển đổi số năm 2026 của tỉnh Lạng Sơn đặt ra các chỉ tiêu chủ yếu:\n"
    "- Tỷ trọng kinh tế số đạt 18% GRDP;\n"
    "- 90% hồ sơ được tiếp nhận, xử lý trực tuyến;\n"
    "- 85% hộ gia đình có kết nối Internet cáp quang.\n"
    "Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 71,2%."
)


def test_bullets_under_a_plan_lead_in_are_targets():
    got = triples(PLAN, province="lang-son", published=PUB)
    assert got == {("lang-son", "online_dossier_rate", 2025, 71.2)}
    assert refusals(PLAN, province="lang-son", published=PUB).count("target-section") >= 3


def test_bullets_under_a_results_lead_in_are_facts():
    text = (
        "Kết quả thực hiện các chỉ tiêu chuyển đổi số năm 2025 của tỉnh Lạng Sơn:\n"
        "- 71,2% hồ sơ được tiếp nhận, xử lý trực tuyến;\n"
        "- 83% hộ gia đình có kết nối Internet cáp quang."
    )
    got = triples(text, province="lang-son", published=PUB)
    assert ("lang-son", "online_dossier_rate", 2025, 71.2) in got
    assert ("lang-son", "fixed_broadband_household_rate", 2025, 83.0) in got


TOWN = (
    "Thị xã Hoàng Mai tổng kết chuyển đổi số năm 2024\n"
    "Sáng 20/12, UBND thị xã Hoàng Mai (tỉnh Nghệ An) tổ chức hội nghị tổng kết. Trong năm, 88% hồ sơ "
    "được xử lý trực tuyến; tỷ lệ thanh toán trực tuyến đạt 64%.\n"
    "Toàn tỉnh Nghệ An hiện có 2.850 tổ công nghệ số cộng đồng."
)


def test_an_article_about_a_town_reports_the_town():
    got = triples(TOWN, province="nghe-an", published=dt.date(2024, 12, 21))
    assert got == {("nghe-an", "community_digital_team_count", 2024, 2850.0)}
    assert "article-about-lower-unit" in refusals(TOWN, province="nghe-an", published=dt.date(2024, 12, 21))


def test_a_headline_about_the_province_is_not_a_unit():
    text = "Tỉnh Nghệ An tổng kết chuyển đổi số năm 2024\nTrong năm, 88% hồ sơ được xử lý trực tuyến."
    assert triples(text, province="nghe-an", published=dt.date(2024, 12, 21)) == {
        ("nghe-an", "online_dossier_rate", 2024, 88.0)
    }


def test_the_town_named_as_owner_in_the_paragraph():
    text = (
        "Năm 2024, tỉnh Nghệ An có 76% hồ sơ trực tuyến.\n"
        "Tỷ lệ hộ gia đình có cáp quang của thị xã đạt 91%; thị xã đạt 100% thôn có sóng 4G."
    )
    got = triples(text, province="nghe-an", published=dt.date(2025, 5, 1))
    assert got == {("nghe-an", "online_dossier_rate", 2024, 76.0)}


NATIONAL = (
    "Cả nước đẩy mạnh dịch vụ công trực tuyến\n"
    "Theo báo cáo tại hội nghị, năm 2024 Cổng Dịch vụ công quốc gia đã cung cấp 4.210 dịch vụ công trực tuyến.\n"
    "Năm địa phương có tỷ lệ hồ sơ trực tuyến cao nhất gồm Bắc Ninh, Đà Nẵng, Lạng Sơn, Hà Nam và Cà Mau."
)


def test_a_province_named_once_in_a_list_of_many_is_not_the_article_s():
    got = triples(NATIONAL, province=None, published=dt.date(2025, 2, 26))
    assert got == set()
    assert "article-named-in-passing" in refusals(NATIONAL, province=None, published=dt.date(2025, 2, 26))


def test_a_province_in_the_first_line_is_the_article_s():
    text = "Lạng Sơn đẩy mạnh dịch vụ công trực tuyến\n" + NATIONAL.split("\n", 1)[1].replace(
        "Cổng Dịch vụ công quốc gia", "Cổng Dịch vụ công của tỉnh"
    )
    got = triples(text, province=None, published=dt.date(2025, 2, 26))
    assert ("lang-son", "admin_procedure_count", 2024, 4210.0) in got
