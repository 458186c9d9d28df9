"""Issue 10, in our own sentences: who a value belongs to when the text names a level or a city
inside the province. A capital named like its province ("TP Hà Tĩnh", "thành phố Thái Nguyên") is a
city inside it, not the province; the provincial level heading a clause of a breakdown ("trong đó cấp
tỉnh đạt 80%") is its agencies' figure, not the province's; "cấp tỉnh" as part of the index's name
stays the province's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import refusals, triples

PUB = dt.date(2024, 5, 6)


def _got(text: str, province: str) -> set[tuple]:
    return triples(text, province=province, published=PUB)


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Năm 2023, TP Hà Tĩnh có tỷ lệ hồ sơ xử lý trực tuyến đạt 93%.", "ha-tinh"),
        ("Năm 2023, thành phố Thái Nguyên dẫn đầu toàn tỉnh với tỷ lệ hồ sơ trực tuyến 88%.", "thai-nguyen"),
        ("Năm 2023, UBND TP. Bắc Giang có 97% văn bản được ký số.", "bac-giang"),
    ],
)
def test_a_capital_named_like_its_province_is_a_city_inside_it(text, province):
    assert _got(text, province) == set()
    assert "city-inside-province" in refusals(text, province=province, published=PUB)


def test_a_centrally_run_city_is_still_the_province():
    text = "Năm 2023, thành phố Đà Nẵng có tỷ lệ hồ sơ xử lý trực tuyến đạt 93%."
    assert ("da-nang", "online_dossier_rate", 2023, 93.0) in _got(text, "da-nang")


def test_the_province_named_after_its_capital_keeps_its_value():
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Hà Tĩnh đạt 61%. TP Hà Tĩnh đạt 93%, huyện Kỳ Anh đạt 40%."
    assert _got(text, "ha-tinh") == {("ha-tinh", "online_dossier_rate", 2023, 61.0)}


def test_the_provincial_level_in_a_breakdown_is_not_the_province():
    text = (
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Hà Tĩnh đạt 58%, trong đó cấp tỉnh đạt 83%, "
        "cấp huyện đạt 47%, cấp xã đạt 31%."
    )
    assert _got(text, "ha-tinh") == {("ha-tinh", "online_dossier_rate", 2023, 58.0)}


def test_the_provincial_level_opening_a_sentence_or_after_a_semicolon():
    for text in (
        "Cấp tỉnh có tỷ lệ hồ sơ trực tuyến đạt 83%.",
        "Năm 2023, tỷ lệ văn bản điện tử có ký số đạt 95%; trong đó, các cơ quan cấp tỉnh đạt 99%.",
    ):
        assert 83.0 not in {v for *_, v in _got(text, "ha-tinh")}, text
        assert 99.0 not in {v for *_, v in _got(text, "ha-tinh")}, text


def test_cap_tinh_in_the_index_name_is_the_province():
    text = "Năm 2023, chỉ số chuyển đổi số cấp tỉnh của Hà Tĩnh đạt 0,4981, xếp thứ 21/63."
    got = _got(text, "ha-tinh")
    assert ("ha-tinh", "dti_score", 2023, 0.4981) in got and ("ha-tinh", "dti_rank", 2023, 21.0) in got


def test_signed_documents_with_co():
    text = "Năm 2023, tỷ lệ văn bản điện tử có ký số của tỉnh Hà Tĩnh đạt 95%."
    assert ("ha-tinh", "e_document_signed_rate", 2023, 95.0) in _got(text, "ha-tinh")


@pytest.mark.parametrize(
    "subject",
    ["huyện Phù Yên", "Sở Tư pháp", "TP. Sông Công", "thị xã Phổ Yên"],
)
def test_a_unit_leading_the_whole_province_is_the_subject(subject):
    text = f"Năm 2023, {subject} dẫn đầu toàn tỉnh với tỷ lệ hồ sơ trực tuyến đạt 88%."
    assert _got(text, "thai-nguyen") == set()


def test_the_province_leading_the_country_keeps_its_value():
    text = "Năm 2023, toàn tỉnh Thái Nguyên dẫn đầu cả nước với tỷ lệ hồ sơ trực tuyến đạt 88%."
    assert ("thai-nguyen", "online_dossier_rate", 2023, 88.0) in _got(text, "thai-nguyen")


def test_a_former_province_s_figure_after_the_merger_is_a_part_not_the_successor():
    text = (
        "Đến nay, tỷ lệ hộ gia đình có cáp quang của tỉnh Gia Lai đạt 82%; riêng khu vực Bình Định (cũ) "
        "đạt 90%, khu vực Gia Lai (cũ) đạt 74%."
    )
    got = triples(text, province="gia-lai", published=dt.date(2025, 9, 12))
    assert got == {("gia-lai", "fixed_broadband_household_rate", 2025, 82.0)}
    assert refusals(text, province="gia-lai", published=dt.date(2025, 9, 12)).count("former-province-part") == 2


def test_a_former_province_s_figure_of_its_own_years_stays_its_own():
    text = "Năm 2024, Bình Định (cũ) có tỷ lệ hộ gia đình có cáp quang đạt 90%."
    got = triples(text, province="gia-lai", published=dt.date(2025, 9, 12))
    assert got == {("binh-dinh", "fixed_broadband_household_rate", 2024, 90.0)}


def test_a_province_before_the_merger_in_words_is_a_part_too():
    text = (
        "Đến nay, tỉnh Đồng Tháp cung cấp 1.850 thủ tục; Tiền Giang trước hợp nhất có 1.910 thủ tục "
        "trên cổng dịch vụ công."
    )
    got = triples(text, province="dong-thap", published=dt.date(2025, 10, 2))
    assert 1910.0 not in {v for *_, v in got}
