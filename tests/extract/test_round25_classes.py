"""Issue 10, in our own sentences, the classes round 25's probe sets (written blind to the extractor,
first scored on 1.18 at 51f5c7e) showed, and the rules that answer them (1.19, step 1)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import facts_of, refusals, triples


def test_a_headline_that_says_our_province_is_about_the_outlets_province():
    # rule own-outlet-title: the provinces the headline compares with are not its subject
    text = (
        "DTI 2021: Tỉnh ta đứng thứ 30/63, xếp sau Nghệ An và Thanh Hóa\n\n"
        "Theo kết quả Chỉ số chuyển đổi số cấp tỉnh năm 2021, tỉnh ta đạt 0,4133 điểm, đứng thứ 30/63. "
        "Nghệ An và Thanh Hóa lần lượt đứng thứ 16 và 22."
    )
    facts = facts_of(text, province=None, source_url="https://hatinhnews.vn/cds/dti-2021-a12.html",
                     published=dt.date(2022, 5, 3))
    got = {(f.province, f.indicator, f.period, round(f.value, 4)) for f in facts}
    assert ("ha-tinh", "dti_score", 2021, 0.4133) in got
    assert ("ha-tinh", "dti_rank", 2021, 30.0) in got
    assert ("nghe-an", "dti_rank", 2021, 16.0) in got
    assert not {f for f in got if f[0] in ("nghe-an", "thanh-hoa") and f[3] in (0.4133, 30.0)}


def test_numbered_items_with_a_dash_are_list_lines_not_headings():
    # "1. Tỉnh – giá trị, hạng": the item's label, a dash, then its values
    text = (
        "Xếp hạng DTI 2023 các tỉnh Bắc Trung Bộ\n\n"
        "Theo Bộ chỉ số DTI năm 2023, thứ hạng các tỉnh trong vùng như sau:\n\n"
        "1. Thừa Thiên Huế – 0,5312 điểm, hạng 9/63\n"
        "2. Nghệ An – 0,4987 điểm, hạng 18/63\n"
    )
    got = triples(text, province=None, published=dt.date(2024, 7, 20))
    assert ("thua-thien-hue", "dti_score", 2023, 0.5312) in got
    assert ("thua-thien-hue", "dti_rank", 2023, 9.0) in got
    assert ("nghe-an", "dti_score", 2023, 0.4987) in got
    assert ("nghe-an", "dti_rank", 2023, 18.0) in got


def test_dot_leaders_join_a_label_to_its_value():
    # an infographic's "Nhãn ........ giá trị" line
    text = (
        "Chuyển đổi số tỉnh Bình Phước năm 2023 qua các con số\n\n"
        "DTI 2023 CỦA TỈNH\n"
        "Kinh tế số ............ 0,3874 (hạng 33)\n"
        "Xã hội số ........ hạng 27\n"
    )
    got = triples(text, province="binh-phuoc", published=dt.date(2024, 8, 2))
    assert ("binh-phuoc", "dti_digital_economy_score", 2023, 0.3874) in got
    assert ("binh-phuoc", "dti_digital_economy_rank", 2023, 33.0) in got
    assert ("binh-phuoc", "dti_digital_society_rank", 2023, 27.0) in got


def test_an_ellipsis_in_prose_is_still_a_stop():
    # guard: three dots end a sentence as before (only four or more between a label and a value are a leader)
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Bình Phước đạt 61%... Năm 2024, tỷ lệ này đạt 72%."
    got = triples(text, province="binh-phuoc", published=dt.date(2025, 1, 10))
    assert ("binh-phuoc", "online_dossier_rate", 2023, 61.0) in got
    assert ("binh-phuoc", "online_dossier_rate", 2024, 72.0) in got


def test_indicators_as_of_a_past_day_are_results():
    # rule as-of-past-day: "chỉ tiêu" is also a target's word, but figures "đến ngày 30/9" in October are results
    text = (
        "Một số chỉ tiêu chủ yếu đến ngày 30/9:\n"
        "- Tỷ lệ hồ sơ thanh toán trực tuyến: 48,6%;\n"
        "- Tỷ lệ người trưởng thành có điện thoại thông minh: 83,9%."
    )
    got = triples(text, province="kien-giang", published=dt.date(2023, 10, 12))
    assert ("kien-giang", "online_payment_rate", 2023, 48.6) in got
    assert ("kien-giang", "smartphone_user_rate", 2023, 83.9) in got


def test_indicators_to_a_day_still_to_come_stay_targets():
    # guard: the same lead-in with a day after publication is a plan's
    text = (
        "Một số chỉ tiêu chủ yếu đến ngày 31/12:\n"
        "- Tỷ lệ hồ sơ thanh toán trực tuyến: 60%;\n"
        "- Tỷ lệ người trưởng thành có điện thoại thông minh: 90%."
    )
    got = triples(text, province="kien-giang", published=dt.date(2023, 10, 12))
    assert not got
    assert "target-section" in refusals(text, province="kien-giang", published=dt.date(2023, 10, 12))


def test_that_year_is_the_year_written_before_it():
    # rule that-year: "năm đó" / "năm ấy" refers back to the last year written, even a compared one
    text = (
        "Năm 2023, DTI của tỉnh Hưng Yên xếp thứ 15/63. So với DTI 2022, thứ hạng đã cải thiện rõ: năm đó Hưng "
        "Yên chỉ đứng thứ 24."
    )
    got = triples(text, province="hung-yen", published=dt.date(2024, 9, 1))
    assert ("hung-yen", "dti_rank", 2023, 15.0) in got
    assert ("hung-yen", "dti_rank", 2022, 24.0) in got
    assert ("hung-yen", "dti_rank", 2023, 24.0) not in got


def test_an_index_named_with_its_edition_frames_a_list_of_its_pillars():
    # rule edition-frame: "Trong DTI 2022, ba trụ cột ... lần lượt ..." has three items, not four
    text = (
        "Trong DTI 2022, cả ba trụ cột chính quyền số, kinh tế số và xã hội số của Bắc Ninh đều vào nhóm 10, "
        "lần lượt xếp thứ 6, 2 và 8."
    )
    got = triples(text, province="bac-ninh", published=dt.date(2023, 8, 1))
    assert ("bac-ninh", "dti_digital_government_rank", 2022, 6.0) in got
    assert ("bac-ninh", "dti_digital_economy_rank", 2022, 2.0) in got
    assert ("bac-ninh", "dti_digital_society_rank", 2022, 8.0) in got


def test_a_slash_under_a_results_and_plan_lead_in_keeps_the_result_only():
    # rule slash-plan: "(thực hiện 2024 / kế hoạch 2025)" heads "71,2% / 80%": 80% is the plan
    text = (
        "Các chỉ tiêu chuyển đổi số chủ yếu (thực hiện năm 2024 / kế hoạch năm 2025):\n"
        "- Tỷ lệ hồ sơ xử lý trực tuyến: 71,2% / 80%;\n"
        "- Tỷ lệ chi trả an sinh xã hội không dùng tiền mặt: 95,4% / 100%."
    )
    got = triples(text, province="hau-giang", published=dt.date(2025, 1, 8))
    assert got == {
        ("hau-giang", "online_dossier_rate", 2024, 71.2),
        ("hau-giang", "cashless_social_welfare_rate", 2024, 95.4),
    }


def test_a_slash_with_the_plan_first():
    # rule slash-plan, the other order: "(kế hoạch / thực hiện)"
    text = (
        "Kết quả năm 2024 của một số chỉ tiêu (kế hoạch / thực hiện):\n"
        "- Tỷ lệ hồ sơ thanh toán trực tuyến: 50% / 56,3%;\n"
    )
    got = triples(text, province="hau-giang", published=dt.date(2025, 1, 8))
    assert got == {("hau-giang", "online_payment_rate", 2024, 56.3)}
