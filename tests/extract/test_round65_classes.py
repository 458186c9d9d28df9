"""Issue 10, in our own sentences: round 65's misses (scored unread on 1.44 first) and the rules of 1.45 that answer
them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- ranks written "#12", "No.3" and shares "pct" (business pages' English; numbers.py)


def test_ranks_written_with_a_hash_or_no_and_shares_in_pct():
    text = (
        "Năm 2023, chính quyền số, kinh tế số và xã hội số của Bắc Ninh lần lượt đứng No.3, #6 và #14. Tỷ lệ người "
        "dùng smartphone của tỉnh đạt 81.5 pct."
    )
    got = triples(text, province="bac-ninh", published=dt.date(2024, 10, 1))
    assert ("bac-ninh", "dti_digital_government_rank", 2023, 3) in got
    assert ("bac-ninh", "dti_digital_economy_rank", 2023, 6) in got
    assert ("bac-ninh", "dti_digital_society_rank", 2023, 14) in got
    assert ("bac-ninh", "smartphone_user_rate", 2023, 81.5) in got


def test_a_hash_rank_is_counted_once():
    text = "Năm 2022, kinh tế số của Kiên Giang đạt 0.3910 điểm, xếp #40."
    got = triples(text, province="kien-giang", published=dt.date(2023, 10, 1))
    assert ("kien-giang", "dti_digital_economy_rank", 2022, 40) in got
    assert sum(1 for t in got if t[1] == "dti_digital_economy_rank") == 1


# ---- series over years written as text (lists.py: year-series, year-bracketed; year-labelled with a carried measure)


def test_a_dashed_series_after_dashed_years():
    text = (
        "Kết quả chuyển đổi số của Phú Yên qua các năm\n\n"
        "Giá trị DTI (2021 – 2022 – 2023): 0,4102 – 0,4688 – 0,5120\n"
        "Xếp hạng DTI: 40 – 33 – 29\n\n"
        "Tỉnh tiếp tục cải thiện ở cả ba trụ cột."
    )
    got = triples(text, province="phu-yen", published=dt.date(2024, 10, 1))
    assert {("phu-yen", "dti_score", 2021, 0.4102), ("phu-yen", "dti_score", 2023, 0.512)} <= got
    ranks = {("phu-yen", "dti_rank", 2021, 40), ("phu-yen", "dti_rank", 2022, 33), ("phu-yen", "dti_rank", 2023, 29)}
    assert ranks <= got


def test_values_each_with_its_year_in_brackets():
    text = (
        "Từ vị trí thứ 52 năm 2020, chỉ số DTI của Sóc Trăng lần lượt lên 47 (năm 2021), 41 (năm 2022) và 36 (năm "
        "2023)."
    )
    got = triples(text, province="soc-trang", published=dt.date(2024, 10, 1))
    assert {("soc-trang", "dti_rank", 2021, 47), ("soc-trang", "dti_rank", 2022, 41)} <= got
    assert ("soc-trang", "dti_rank", 2023, 36) in got


def test_years_labelled_after_the_measure_named_in_the_sentence_before():
    text = (
        "Dịch vụ công ở Yên Bái\n\n"
        "Theo Văn phòng UBND tỉnh Yên Bái, tỷ lệ hồ sơ thanh toán trực tuyến tăng đều qua từng năm. Năm 2022: 21,4%; "
        "năm 2023: 35,2%; năm 2024: 48,9%."
    )
    got = triples(text, province="yen-bai", published=dt.date(2025, 2, 1))
    assert ("yen-bai", "online_payment_rate", 2022, 21.4) in got
    assert ("yen-bai", "online_payment_rate", 2024, 48.9) in got


def test_a_lead_in_without_a_number_names_the_measure_of_its_bullets():
    text = (
        "Kinh tế số Thái Nguyên\n\n"
        "Theo Cục Thống kê, tỷ trọng kinh tế số trong GRDP của tỉnh qua các năm:\n"
        "- Năm 2022: 9,2%\n"
        "- Năm 2023: 11,6%"
    )
    got = triples(text, province="thai-nguyen", published=dt.date(2024, 4, 1))
    assert ("thai-nguyen", "digital_economy_grdp_share", 2022, 9.2) in got
    assert ("thai-nguyen", "digital_economy_grdp_share", 2023, 11.6) in got


# ---- fact boxes: circled numbers, names joined by dashes, a signed change, a place within the region


def test_a_fact_box_with_circled_numbers_and_dashed_names():
    text = (
        "Bình Phước: những con số chuyển đổi số năm 2024\n\n"
        "Năm 2024 ghi nhận nhiều chuyển biến của tỉnh Bình Phước.\n\n"
        "① 78,2% – hồ sơ được tiếp nhận, xử lý trực tuyến\n"
        "② Chính quyền số – Kinh tế số – Xã hội số: lần lượt xếp thứ 20, 31 và 18\n"
        "③ +0,0512 – mức tăng giá trị DTI so với năm trước\n"
        "④ Thứ 2 – vị trí trong khu vực Đông Nam Bộ"
    )
    got = triples(text, province="binh-phuoc", published=dt.date(2025, 3, 1))
    assert ("binh-phuoc", "online_dossier_rate", 2024, 78.2) in got
    assert ("binh-phuoc", "dti_digital_economy_rank", 2024, 31) in got
    assert ("binh-phuoc", "dti_score_change", 2024, 0.0512) in got
    assert not any(t[1] == "dti_score" and t[3] == 0.0512 for t in got)
    assert not any(t[1] == "dti_rank" and t[3] == 2 for t in got)


# ---- what-ifs (rule hypothetical-example)


def test_a_what_if_with_gia_su_or_neu_moi_nam_is_no_fact():
    text = (
        "Năm 2023, DTI của Kon Tum đạt 0,4810 điểm. Giả sử kinh tế số đạt được mức của chính quyền số, tổng điểm của "
        "tỉnh có thể tăng thêm chừng 0,05 điểm. Theo các chuyên gia, nếu mỗi năm tăng được 0,07 điểm, mục tiêu ấy "
        "hoàn toàn trong tầm tay."
    )
    got = triples(text, province="kon-tum", published=dt.date(2024, 10, 1))
    assert ("kon-tum", "dti_score", 2023, 0.481) in got
    assert not any(t[3] in (0.05, 0.07) for t in got)


def test_former_provinces_figures_after_neu_tach_rieng_stay_facts():
    text = (
        "Nếu tách riêng từng địa bàn trước sáp nhập, năm 2024 kinh tế số chiếm 14,2% GRDP của Bắc Giang (cũ) và 25,1% "
        "của Bắc Ninh (cũ)."
    )
    got = triples(text, province=None, published=dt.date(2025, 9, 1))
    assert ("bac-giang", "digital_economy_grdp_share", 2024, 14.2) in got
