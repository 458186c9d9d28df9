"""Issue 10, in our own sentences: round 64's misses (scored unread on 1.43 first) and the rules of 1.44 that answer
them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- "KH:" and "TH:" as the plan's and the result's labels (targets.py)


def test_plan_and_result_abbreviated_kh_th_in_brackets():
    text = (
        "Kết quả chuyển đổi số năm 2022 của tỉnh Bắc Kạn\n\n"
        "- Tỷ lệ văn bản điện tử được ký số (KH: 85%; TH: 91,3%);\n"
        "- Tỷ lệ hồ sơ thanh toán trực tuyến đạt 24,6% (KH: 30%)."
    )
    got = triples(text, province="bac-kan", published=dt.date(2023, 1, 10))
    assert ("bac-kan", "e_document_signed_rate", 2022, 91.3) in got
    assert ("bac-kan", "online_payment_rate", 2022, 24.6) in got
    assert not any(t[3] in (85, 30) for t in got)


# ---- the leader as a clause's subject is described, not ranked (rule leader-described)


def test_the_leading_province_described_is_no_rank_of_the_article():
    text = (
        "Năm 2023, DTI của Sóc Trăng đạt 0,5102, xếp thứ 35/63. Địa phương dẫn đầu cả nước đạt 0,7012 điểm, cao hơn "
        "Sóc Trăng gần 0,2 điểm."
    )
    got = triples(text, province="soc-trang", published=dt.date(2024, 10, 1))
    assert ("soc-trang", "dti_rank", 2023, 35) in got
    assert ("soc-trang", "dti_rank", 2023, 1) not in got


def test_the_article_province_leading_still_ranks_first():
    text = "Năm 2023, Quảng Ninh tiếp tục dẫn đầu cả nước về Chỉ số chuyển đổi số với 0,6876 điểm."
    got = triples(text, province="quang-ninh", published=dt.date(2024, 10, 1))
    assert ("quang-ninh", "dti_rank", 2023, 1) in got


# ---- "Hà Nam thứ 24" is no "năm thứ 24" (counted time)


def test_a_province_named_nam_before_thu_keeps_its_rank():
    text = "Năm 2022, DTI của Nam Định xếp thứ 20/63, Hà Nam thứ 29 và Quảng Nam thứ 33."
    got = triples(text, province="nam-dinh", published=dt.date(2023, 10, 1))
    assert ("ha-nam", "dti_rank", 2022, 29) in got
    assert ("quang-nam", "dti_rank", 2022, 33) in got


def test_the_fourth_year_running_is_still_no_rank():
    text = "Năm 2023, Đà Nẵng năm thứ 4 liên tiếp dẫn đầu cả nước về DTI."
    got = triples(text, province="da-nang", published=dt.date(2024, 10, 1))
    assert ("da-nang", "dti_rank", 2023, 4) not in got


# ---- a compared edition whose own figures follow "khi" without a comma (rule compared-year-when)


def test_a_compared_edition_followed_by_khi_dates_the_clause():
    text = (
        "DTI 2024 của Vĩnh Long xếp thứ 17/34. Nếu so với kết quả DTI 2023 khi còn tính riêng, Bến Tre xếp thứ "
        "26/63, còn Trà Vinh xếp thứ 20/63."
    )
    got = triples(text, province="vinh-long", published=dt.date(2025, 11, 1))
    assert ("ben-tre", "dti_rank", 2023, 26) in got
    assert ("tra-vinh", "dti_rank", 2023, 20) in got


# ---- round-ups of one measure across provinces


def test_the_lowest_of_the_carried_index_named_chi_so_thap_nhat():
    text = (
        "Bộ Nội vụ công bố Chỉ số cải cách hành chính (PAR Index) năm 2023. Hai địa phương có chỉ số thấp nhất năm "
        "2023 là Cao Bằng (xếp thứ 62) và Hà Giang (thứ 63/63)."
    )
    got = triples(text, published=dt.date(2024, 5, 10))
    assert ("cao-bang", "par_index_rank", 2023, 62) in got
    assert ("ha-giang", "par_index_rank", 2023, 63) in got


def test_the_short_name_of_the_digitization_rate_before_its_value():
    text = (
        "Số hóa hồ sơ thủ tục hành chính: nhiều địa phương bứt phá\n\n"
        "Năm 2025, Bắc Ninh có tỷ lệ số hóa đạt 97,1%, Hưng Yên đạt 93,4%."
    )
    got = triples(text, published=dt.date(2026, 1, 5))
    assert ("bac-ninh", "dossier_digitization_rate", 2025, 97.1) in got
    assert ("hung-yen", "dossier_digitization_rate", 2025, 93.4) in got


def test_the_short_name_does_not_take_another_register():
    text = "Năm 2025, tỷ lệ số hóa sổ hộ tịch của Bắc Ninh đạt 97,1%."
    got = triples(text, province="bac-ninh", published=dt.date(2026, 1, 5))
    assert not any(t[1] == "dossier_digitization_rate" for t in got)


def test_some_agencies_reaching_a_share_are_not_the_province():
    text = (
        "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh Thanh Hóa đạt 61,2%. Một số đơn vị đã đạt 95% hồ sơ trực tuyến "
        "như Sở Tư pháp, Sở Công Thương."
    )
    got = triples(text, province="thanh-hoa", published=dt.date(2025, 1, 5))
    assert ("thanh-hoa", "online_dossier_rate", 2024, 61.2) in got
    assert ("thanh-hoa", "online_dossier_rate", 2024, 95) not in got


def test_a_measure_in_the_clause_of_cause_after_a_bracketed_list_measures_nothing():
    text = (
        "Năm 2024, tỷ lệ người dân có tài khoản định danh điện tử của nhiều tỉnh miền núi còn thấp. Thấp nhất là Điện "
        "Biên (49,8%) và Hà Giang (52,3%), do nhiều người dân chưa có điện thoại thông minh."
    )
    got = triples(text, published=dt.date(2024, 12, 1))
    assert not any(t[1] == "smartphone_user_rate" for t in got)


# ---- the national average a value is compared with, then a new clause (rule aggregate-not-province)


def test_a_rank_after_a_multiple_of_the_national_average_is_the_provinces():
    text = (
        "Năm 2022, DTI của Bình Phước xếp thứ 30/63. Trụ cột kinh tế số của tỉnh đạt 0,4891 điểm, cao gấp khoảng 1,2 "
        "lần bình quân cả nước (0,4102 điểm) và xếp thứ 9/63."
    )
    got = triples(text, province="binh-phuoc", published=dt.date(2023, 10, 1))
    assert ("binh-phuoc", "dti_digital_economy_rank", 2022, 9) in got
    assert ("binh-phuoc", "dti_digital_economy_score", 2022, 0.4891) in got
    assert not any(t[3] == 0.4102 for t in got)


def test_a_rank_after_trong_khi_past_the_compared_average_is_the_provinces():
    text = (
        "DTI 2024 của Gia Lai xếp thứ 15/34. Hạ tầng số của tỉnh đạt 0,7011 điểm, cao hơn bình quân cả nước, trong "
        "khi nhân lực số chỉ xếp hạng 25/34."
    )
    got = triples(text, province="gia-lai", published=dt.date(2025, 11, 1))
    assert ("gia-lai", "dti_human_resources_rank", 2024, 25) in got


def test_the_bright_spot_of_the_region_ranks_nationally():
    text = "Năm 2023, Quảng Ninh tiếp tục là điểm sáng của khu vực khi xếp thứ 3/63 với giá trị DTI đạt 0,6512."
    got = triples(text, province="quang-ninh", published=dt.date(2024, 10, 1))
    assert ("quang-ninh", "dti_rank", 2023, 3) in got
    assert ("quang-ninh", "dti_score", 2023, 0.6512) in got


def test_the_national_average_itself_stays_refused():
    text = "Năm 2023, bình quân cả nước, tỷ lệ hồ sơ trực tuyến đạt 55%; Quảng Ninh đạt 80%."
    got = triples(text, province="quang-ninh", published=dt.date(2024, 1, 5))
    assert ("quang-ninh", "online_dossier_rate", 2023, 80) in got
    assert ("quang-ninh", "online_dossier_rate", 2023, 55) not in got


def test_values_listed_for_departments_in_their_bloc_are_not_the_indices_before():
    text = (
        "DTI 2024: Quảng Ninh đứng thứ 4/34\n\n"
        "Theo kết quả DTI 2024 vừa công bố, Quảng Ninh đạt 0,6801 điểm, xếp thứ 4/34.\n\n"
        "Tại hội nghị, lãnh đạo tỉnh đề nghị các sở, ngành rà soát nhóm chỉ số về an toàn thông tin mạng và dữ liệu "
        "số; phấn đấu vào nhóm 3 địa phương dẫn đầu ở DTI 2025.\n\n"
        "Ở khối sở, ngành, Sở Tư pháp và Sở Xây dựng là hai đơn vị có điểm đánh giá nội bộ cao nhất năm 2024 (lần lượt "
        "0,9011 và 0,8820 điểm)."
    )
    got = triples(text, province="quang-ninh", published=dt.date(2025, 11, 1))
    assert ("quang-ninh", "dti_score", 2024, 0.6801) in got
    assert not any(t[3] in (0.9011, 0.882) for t in got)


# ---- a share after "và" with a noun of its own measures what follows it (rule and-new-share)


def test_a_share_after_va_with_its_own_noun_takes_the_measure_after_it():
    text = (
        "Năm 2025, Điện Biên có 97,5% thôn, bản có hạ tầng cáp quang và 100% xã, phường được phủ sóng di động 4G."
    )
    got = triples(text, province="dien-bien", published=dt.date(2025, 12, 20))
    assert ("dien-bien", "fiber_village_coverage_rate", 2025, 97.5) in got
    assert ("dien-bien", "mobile_coverage_rate", 2025, 100) in got
    assert ("dien-bien", "fiber_village_coverage_rate", 2025, 100) not in got


def test_a_second_share_of_the_same_measure_after_va_stays_with_it():
    text = "Tỷ lệ hồ sơ trực tuyến của Yên Bái đạt 48,2% năm 2023 và 61,5% năm 2024."
    got = triples(text, province="yen-bai", published=dt.date(2025, 1, 5))
    assert ("yen-bai", "online_dossier_rate", 2024, 61.5) in got
