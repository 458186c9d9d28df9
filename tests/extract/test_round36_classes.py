"""Issue 10, in our own sentences: the classes of session 21 (the in-sample residue of rounds 8-35, then the misses
of round 36, a probe set written blind to the extractor and scored unread), and the rules of 1.23 that answer
them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- a line comparing districts or communes passes none of them on to the next line (units-compared)


def test_a_line_comparing_districts_leaves_the_next_line_to_the_province():
    text = (
        "Năm 2023, sàn thương mại điện tử ghi nhận nhiều giao dịch của tỉnh Hưng Yên.\n"
        "Huyện Văn Giang dẫn đầu với 4.120 giao dịch, huyện Khoái Châu có 3.050 giao dịch.\n"
        "Cùng với đó, tỷ lệ người dân có tài khoản định danh điện tử đạt 68,4%."
    )
    got = triples(text, province="hung-yen", published=dt.date(2023, 12, 20))
    assert ("hung-yen", "eid_account_rate", 2023, 68.4) in got


def test_a_line_about_one_district_still_goes_on_into_the_next():
    text = (
        "Năm 2023, tỉnh Hưng Yên đẩy mạnh chuyển đổi số.\n"
        "Huyện Văn Giang đạt 97% hồ sơ trực tuyến.\n"
        "Tỷ lệ người dân có tài khoản định danh điện tử đạt 68,4%."
    )
    got = triples(text, province="hung-yen", published=dt.date(2023, 12, 20))
    assert not {f for f in got if f[3] in (68.4, 97.0)}


# ---- a number right after "thêm": what was added, not the level reached (added-amount)


def test_products_added_to_the_platforms_are_not_the_count_listed():
    text = "Sáu tháng đầu năm 2024, tỉnh Bến Tre đưa thêm 430 sản phẩm OCOP lên sàn thương mại điện tử."
    got = triples(text, province="ben-tre", published=dt.date(2024, 7, 5))
    assert not {f for f in got if f[1] == "ecommerce_product_count"}


def test_enterprises_added_are_not_the_total_but_the_total_is():
    text = (
        "Năm 2024, Thái Nguyên có thêm 85 doanh nghiệp công nghệ số, nâng tổng số doanh nghiệp công nghệ số "
        "lên 640 doanh nghiệp."
    )
    got = triples(text, province="thai-nguyen", published=dt.date(2025, 1, 10))
    assert ("thai-nguyen", "digital_enterprise_count", 2024, 640.0) in got
    assert ("thai-nguyen", "digital_enterprise_count", 2024, 85.0) not in got


def test_a_score_added_is_the_change_of_the_index():
    text = "Năm 2022, giá trị DTI của tỉnh Lào Cai thêm 0,0712 so với năm 2021."
    got = triples(text, province="lao-cai", published=dt.date(2023, 6, 1))
    assert ("lao-cai", "dti_score_change", 2022, 0.0712) in got
    assert ("lao-cai", "dti_score", 2022, 0.0712) not in got


# ---- districts named as where a value's items are ("tập trung chủ yếu tại", "kể cả ... của huyện", "đều thuộc
# huyện"): the province's sentence stays the province's, and so does its paragraph


def test_enterprises_gathered_in_some_wards_leave_the_paragraph_to_the_province():
    text = (
        "Năm 2024, toàn tỉnh Nam Định có 214 doanh nghiệp công nghệ số, tập trung chủ yếu tại các phường Lộc Hạ "
        "và Trần Hưng Đạo. Tỷ lệ người dân có tài khoản thanh toán tại ngân hàng đạt 81,6%."
    )
    got = triples(text, province="nam-dinh", published=dt.date(2025, 1, 9))
    assert ("nam-dinh", "bank_account_adult_rate", 2024, 81.6) in got


def test_coverage_including_a_districts_islands_leaves_the_paragraph_to_the_province():
    text = (
        "Năm 2023, sóng 4G đã phủ 100% thôn, bản trên địa bàn tỉnh Kiên Giang, kể cả các xã đảo của huyện Kiên "
        "Hải. Tỷ lệ người dùng Internet đạt 78%."
    )
    got = triples(text, province="kien-giang", published=dt.date(2023, 12, 28))
    assert ("kien-giang", "internet_user_rate", 2023, 78.0) in got


def test_villages_left_that_belong_to_a_district_leave_the_paragraph_to_the_province():
    text = (
        "Năm 2023, 99,1% thôn của tỉnh Lai Châu đã có sóng di động; 9 thôn còn lại đều thuộc huyện Mường Tè. "
        "Toàn tỉnh có 845 Tổ công nghệ số cộng đồng."
    )
    got = triples(text, province="lai-chau", published=dt.date(2023, 12, 28))
    assert ("lai-chau", "community_digital_team_count", 2023, 845.0) in got


def test_a_district_as_the_subject_after_a_value_still_takes_its_paragraph():
    text = (
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Lai Châu đạt 61%, huyện Mường Tè đạt 40%. "
        "Toàn huyện có 35 Tổ công nghệ số cộng đồng."
    )
    got = triples(text, province="lai-chau", published=dt.date(2023, 12, 28))
    assert ("lai-chau", "online_dossier_rate", 2023, 61.0) in got
    assert not {f for f in got if f[3] in (40.0, 35.0)}
