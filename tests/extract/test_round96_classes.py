"""Issue 10, in our own sentences: the classes of 1.78, read in the older rounds' spurious facts (the city of Huế before
2025, a special zone described in an aside) and from the misses of round 96 (scored unread on 1.77 first), with guards
for what must stay as it was."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_the_city_of_hue_before_2025_is_a_city_inside_the_province():
    # rule hue-city-before-2025
    text = (
        "Thừa Thiên Huế: kết quả cải cách hành chính 6 tháng năm 2024\n"
        "Tỷ lệ hồ sơ trực tuyến 6 tháng của tỉnh Thừa Thiên Huế đạt 70,3%. Riêng thành phố Huế, tỷ lệ hồ sơ trực tuyến đạt "
        "82,6%, dẫn đầu các địa phương cấp huyện."
    )
    got = triples(text, province=None, published=dt.date(2024, 7, 10))
    assert ("thua-thien-hue", "online_dossier_rate", 2024, 70.3) in got
    assert not any(t[3] == 82.6 for t in got)


def test_the_city_of_hue_from_2025_is_the_province():
    # guard: from 1 January 2025 "thành phố Huế" is the centrally-run city itself
    text = "Năm 2025, tỷ lệ hồ sơ trực tuyến của thành phố Huế đạt 86,2%."
    got = triples(text, province=None, published=dt.date(2025, 10, 10))
    assert ("hue", "online_dossier_rate", 2025, 86.2) in got


def test_the_province_named_in_full_before_2025_keeps_its_value():
    # guard: "Thừa Thiên Huế" is the province, whatever the year
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Thừa Thiên Huế đạt 78,4%."
    got = triples(text, province=None, published=dt.date(2024, 1, 10))
    assert ("thua-thien-hue", "online_dossier_rate", 2023, 78.4) in got


def test_a_special_zone_described_in_an_aside_is_the_subject():
    # district-or-commune, past an aside between commas: "Đặc khu X, đơn vị ... của tỉnh, có tỷ lệ ..."
    text = (
        "Năm 2025, Khánh Hòa xếp thứ 12/34 về DTI.\n"
        "Đặc khu Trường Sa, đơn vị hành chính đặc biệt của tỉnh, có tỷ lệ hồ sơ trực tuyến đạt 96,1% trong 9 tháng năm "
        "2025."
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 1))
    assert not any(t[3] == 96.1 for t in got)
