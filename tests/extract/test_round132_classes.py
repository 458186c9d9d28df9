"""Issue 10, in our own sentences: the classes of 2.18, from the misses of round 132 (scored unread on 2.17 first):
a lead-in of the months left of the year over numbered tasks, a speaker's "we" placed in a ranking, a year after a colon
inside what looked like an aside, and a commune named right before the measure's verb."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

JUL_2024 = dt.date(2024, 7, 22)


def test_numbered_tasks_under_the_months_ahead_are_plans():
    # rule months-ahead, in a lead-in: the chair asks the bodies what to do in the second half of the year
    text = (
        "Sơ kết chuyển đổi số 6 tháng đầu năm 2024\n"
        "Trong 6 tháng đầu năm, tỷ lệ thanh toán trực tuyến của tỉnh Tiền Giang đạt 41,3%.\n"
        "Phát biểu kết luận, Chủ tịch UBND tỉnh yêu cầu trong 6 tháng cuối năm các sở, ngành:\n"
        "1. Đẩy nhanh số hóa hồ sơ đất đai.\n"
        "2. Nâng tỷ lệ thanh toán trực tuyến lên 55% trước ngày 31/12/2024."
    )
    got = triples(text, province="tien-giang", published=JUL_2024)
    assert ("tien-giang", "online_payment_rate", 2024, 41.3) in got
    assert ("tien-giang", "online_payment_rate", 2024, 55) not in got


def test_a_speakers_we_placed_in_a_ranking_is_the_province():
    # rule first-person-rank: in an interview, "chúng tôi xếp thứ ..." is the province the speaker leads, not the
    # province the sentence before named
    text = (
        "Phỏng vấn Giám đốc Sở TT&TT tỉnh Hà Giang\n"
        "PV: Về chỉ số DTI, ông so sánh thế nào với các tỉnh lân cận?\n"
        "- Tuyên Quang đạt kết quả rất tốt trong năm 2023. Năm 2022, chúng tôi xếp thứ 51, nên năm 2023 đã tăng 6 bậc."
    )
    got = triples(text, province="ha-giang", published=JUL_2024)
    assert ("ha-giang", "dti_rank", 2022, 51) in got
    assert ("tuyen-quang", "dti_rank", 2022, 51) not in got


def test_a_year_after_a_colon_is_no_aside():
    # rule comma-aside: ", địa phương ... : năm 2023," is no aside between commas; the year opens its own clause
    text = (
        "Quảng Ngãi xếp thứ 20/34 về DTI 2024\n"
        "Kết quả này dựa nhiều vào Quảng Ngãi cũ, địa phương nhiều năm ở nhóm giữa: năm 2023, Quảng Ngãi xếp thứ "
        "33/63, còn Kon Tum xếp thứ 40/63."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2025, 10, 30))
    assert ("quang-ngai", "dti_rank", 2023, 33) in got
    assert ("kon-tum", "dti_rank", 2023, 40) in got


def test_a_commune_named_right_before_the_measures_verb():
    # rule district-or-commune: "xã X đã phủ sóng 100%" is the commune's, not the province's
    text = (
        "Quảng Ngãi: hạ tầng số vùng cao năm 2025\n"
        "Tỷ lệ thôn có sóng di động của tỉnh đạt 92,5%, trong khi xã Sơn Tây đã phủ sóng 100%."
    )
    got = triples(text, province="quang-ngai", published=dt.date(2025, 11, 20))
    assert ("quang-ngai", "mobile_coverage_rate", 2025, 92.5) in got
    assert ("quang-ngai", "mobile_coverage_rate", 2025, 100) not in got


def test_the_province_itself_before_the_measures_verb():
    # (guard) rule district-or-commune: the province named before the verb keeps its value
    text = "Quảng Ngãi: hạ tầng số vùng cao năm 2025\nĐến nay, tỉnh Quảng Ngãi đã phủ sóng di động 4G tới 100% thôn."
    got = triples(text, province="quang-ngai", published=dt.date(2025, 11, 20))
    assert ("quang-ngai", "mobile_coverage_rate", 2025, 100) in got
