"""Issue 10, in our own sentences: the largest class of round 82's misses (scored unread on 1.63 first) and the rules
of 1.64 that answer it: provinces paired with values in their own sentence, after the list word or with none."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_provinces_right_after_the_list_word():
    text = (
        "Hồ sơ trực tuyến năm 2022\n\n"
        "Năm 2022, tỷ lệ hồ sơ trực tuyến của Bình Dương, Đồng Nai và Bắc Ninh lần lượt đạt 71,2%, 65,4% và 62,8%. "
        "Cũng trong năm 2022, tỷ lệ tương ứng tại Lai Châu, Điện Biên và Cà Mau chỉ là 6,1%, 7,8% và 9,3%."
    )
    got = triples(text, province=None, published=dt.date(2023, 3, 10))
    assert {
        ("lai-chau", "online_dossier_rate", 2022, 6.1),
        ("dien-bien", "online_dossier_rate", 2022, 7.8),
        ("ca-mau", "online_dossier_rate", 2022, 9.3),
    } <= got
    assert ("bac-ninh", "online_dossier_rate", 2022, 9.3) not in got


def test_two_provinces_and_two_values_with_no_list_word():
    text = (
        "Chi trả không dùng tiền mặt 2024\n\n"
        "Năm 2024, chi trả trợ cấp an sinh xã hội không dùng tiền mặt ở Lai Châu và Điện Biên mới đạt 35% và 38%."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 10))
    assert got == {
        ("lai-chau", "cashless_social_welfare_rate", 2024, 35),
        ("dien-bien", "cashless_social_welfare_rate", 2024, 38),
    }


def test_paired_places_after_a_year_in_the_clause():
    text = (
        "Hồ sơ trực tuyến năm 2025\n\n"
        "Năm 2025, tỷ lệ hồ sơ trực tuyến của Bình Dương đạt 91%. Ở chiều ngược lại, tỷ lệ này tại Lai Châu và Cao "
        "Bằng năm 2025 chỉ khoảng 41% và 44%."
    )
    got = triples(text, province=None, published=dt.date(2026, 2, 10))
    assert {("lai-chau", "online_dossier_rate", 2025, 41), ("cao-bang", "online_dossier_rate", 2025, 44)} <= got


def test_one_province_and_two_values_are_no_pairs():
    text = (
        "Lai Châu: dịch vụ công\n\n"
        "Năm 2024, tỷ lệ hồ sơ trực tuyến và tỷ lệ thanh toán trực tuyến của Lai Châu lần lượt đạt 45% và 30%."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 10))
    assert got == {("lai-chau", "online_dossier_rate", 2024, 45), ("lai-chau", "online_payment_rate", 2024, 30)}
