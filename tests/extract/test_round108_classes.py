"""Issue 10, in our own sentences: the classes of 1.90, from the misses of round 108 (scored unread on 1.89 first)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_an_infographics_figure_over_its_caption():
    text = (
        "QUẢNG BÌNH: XÃ HỘI SỐ NĂM 2023\n"
        "🌐 79,4%\n"
        "Tỷ lệ người dân sử dụng Internet\n"
        "📲 75,1%\n"
        "Tỷ lệ người dân sử dụng điện thoại thông minh\n"
        "👥 1.804\n"
        "Tổ công nghệ số cộng đồng đang hoạt động"
    )
    got = triples(text, province=None, published=dt.date(2024, 2, 1))
    assert ("quang-binh", "internet_user_rate", 2023, 79.4) in got
    assert ("quang-binh", "smartphone_user_rate", 2023, 75.1) in got
    assert ("quang-binh", "community_digital_team_count", 2023, 1804) in got


def test_a_figure_without_an_icon_under_its_label_stays_the_labels():
    # guard: a table written one cell a line ("Chính quyền số" over "0,4102") pairs the figure with the label above
    text = (
        "DTI 2021 của Đắk Nông\n"
        "Bảng điểm các trụ cột của tỉnh năm 2021\n"
        "Chính quyền số\n"
        "0,4102\n"
        "Kinh tế số\n"
        "0,3320"
    )
    got = triples(text, province=None, published=dt.date(2022, 6, 1))
    assert ("dak-nong", "dti_digital_economy_score", 2021, 0.4102) not in got


def test_a_report_line_broken_mid_sentence_goes_on():
    text = (
        "Báo cáo kết quả chuyển đổi số năm 2022 của tỉnh Hưng Yên\n"
        "Theo Bộ chỉ số DTI năm 2022, trụ cột chính quyền số của tỉnh đạt 0,5811 điểm, xếp thứ 17/63; trụ cột kinh tế "
        "số đạt\n"
        "0,4390 điểm, xếp thứ 9/63; trụ cột xã hội số đạt 0,5102 điểm, xếp thứ 14/63."
    )
    got = triples(text, province=None, published=dt.date(2023, 6, 1))
    assert ("hung-yen", "dti_digital_economy_score", 2022, 0.439) in got
    assert ("hung-yen", "dti_digital_economy_rank", 2022, 9) in got
    assert ("hung-yen", "dti_score", 2022, 0.439) not in got


def test_a_line_that_ends_on_a_bank_does_not_run_into_the_next_figure():
    # guard: "ngân hàng" ends a caption, it leads to no value: "99,8%" on the next line has its own caption
    text = (
        "Bình Phước: kinh tế số năm 2023\n"
        "1.102.300: người từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng\n"
        "98,9%: chi trả trợ cấp an sinh xã hội không dùng tiền mặt"
    )
    got = triples(text, province=None, published=dt.date(2024, 2, 1))
    assert ("binh-phuoc", "cashless_social_welfare_rate", 2023, 98.9) in got


def test_second_in_the_whole_region_is_a_regional_place():
    text = "Năm 2021, DTI của Yên Bái xếp thứ 22/63. Yên Bái đứng thứ 3 toàn vùng, sau Lào Cai và Thái Nguyên."
    got = triples(text, province=None, published=dt.date(2022, 5, 1))
    assert ("yen-bai", "dti_rank", 2021, 22) in got
    assert ("yen-bai", "dti_rank", 2021, 3) not in got


def test_the_order_a_city_came_under_the_centre_in_is_no_rank():
    text = "DTI 2024 của Huế xếp thứ 3/34. Từ ngày 1/1/2025, Huế trở thành thành phố thứ 6 trực thuộc Trung ương."
    got = triples(text, province=None, published=dt.date(2025, 11, 1))
    assert not any(f[3] == 6 for f in got)


def test_a_banks_customers_are_no_provinces_people():
    text = (
        "Năm 2025, tỷ lệ hồ sơ trực tuyến của Hà Nam đạt 86%. Vietcombank chi nhánh Nam Định cho biết 91% khách hàng "
        "cá nhân đã dùng ngân hàng số."
    )
    got = triples(text, province=None, published=dt.date(2025, 10, 1))
    assert not any(f[3] == 91 for f in got)
