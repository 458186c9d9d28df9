"""Issue 10, in our own sentences, the classes round 19's probe sets (written blind to the extractor,
read after they were scored) showed: the day the merged provinces came into being dates no value."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_the_merger_date_does_not_date_the_edition_after_it():
    # rule merger-date: "có hiệu lực từ ngày 1/7/2025" says when the new province began, the ranking is DTI 2024's
    text = (
        "Tỉnh Thái Nguyên xếp thứ 12/34 về chuyển đổi số\n\n"
        "Bộ Khoa học và Công nghệ đã công bố Chỉ số DTI năm 2024, lần đầu xếp hạng 34 tỉnh, thành phố "
        "kể từ khi việc sắp xếp đơn vị hành chính có hiệu lực từ ngày 1/7/2025.\n\n"
        "Theo đó, DTI của tỉnh Thái Nguyên đạt 0,5530, xếp thứ 12/34; trụ cột kinh tế số xếp thứ 9."
    )
    got = triples(text, province="thai-nguyen", published=dt.date(2025, 10, 25))
    assert ("thai-nguyen", "dti_score", 2024, 0.553) in got
    assert ("thai-nguyen", "dti_rank", 2024, 12.0) in got
    assert ("thai-nguyen", "dti_digital_economy_rank", 2024, 9.0) in got
    assert not {f for f in got if f[2] == 2025}


def test_a_merger_aside_with_its_date_leaves_the_ranks_year_alone():
    text = (
        "Chỉ số chuyển đổi số năm 2024 được tính theo 34 địa phương. Tỉnh Phú Thọ - hợp nhất với Vĩnh Phúc "
        "và Hòa Bình từ ngày 1/7/2025 - đứng thứ 17/34 với giá trị 0,5012."
    )
    got = triples(text, province="phu-tho", published=dt.date(2025, 11, 2))
    assert ("phu-tho", "dti_rank", 2024, 17.0) in got
    assert ("phu-tho", "dti_score", 2024, 0.5012) in got


def test_a_date_about_anything_else_still_dates_its_value():
    # not a merger: "tính đến ngày 30/9/2025" is when the share was counted
    text = "Tính đến ngày 30/9/2025, tỷ lệ hồ sơ trực tuyến của tỉnh Nghệ An đạt 71,4%."
    got = triples(text, province="nghe-an", published=dt.date(2026, 1, 10))
    assert ("nghe-an", "online_dossier_rate", 2025, 71.4) in got


def test_a_share_with_only_how_high_after_it_is_the_share_just_named():
    # rule measure-backref: "có tỷ lệ cao nhất" names no measure of its own: the national share before it
    text = (
        "Năm 2023, tỷ lệ dân số trưởng thành có điện thoại thông minh bình quân cả nước đạt 84,2%.\n"
        "Những tỉnh có tỷ lệ cao nhất là Bắc Giang (93,1%) và Hải Dương (92,4%)."
    )
    got = triples(text, province=None, published=dt.date(2024, 3, 5))
    assert ("bac-giang", "smartphone_user_rate", 2023, 93.1) in got
    assert ("hai-duong", "smartphone_user_rate", 2023, 92.4) in got
    assert not {f for f in got if f[3] == 84.2}  # the national figure stays out


def test_shares_of_provinces_in_order_after_the_share_named_before():
    text = (
        "Năm 2022, tỷ lệ hồ sơ trực tuyến bình quân của các tỉnh đạt 38,5%.\n"
        "Yên Bái và Sơn La có tỷ lệ tương ứng là 51,2% và 47,9%."
    )
    got = triples(text, province=None, published=dt.date(2023, 2, 1))
    assert ("yen-bai", "online_dossier_rate", 2022, 51.2) in got
    assert ("son-la", "online_dossier_rate", 2022, 47.9) in got
