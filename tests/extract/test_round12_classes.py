"""Issue 10, in our own sentences, the classes a seventh round of probe corpora (round 12, written by
helpers who had not read the extractor, scored first on 1.12) exposed."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_a_round_up_opened_by_the_nations_dated_figure_reports_that_year():
    # January: the figures are last year's, as the nation's figure at the top says
    text = (
        "Năm 2024, tỷ lệ người dân có tài khoản định danh điện tử mức 2 trên toàn quốc đạt 68%.\n"
        "Theo tổng hợp, Bắc Ninh là địa phương có tỷ lệ người dân có tài khoản định danh điện tử cao nhất "
        "với 90,2%.\nĐà Nẵng có 88,1% người dân có tài khoản định danh điện tử."
    )
    got = triples(text, province="bac-ninh", published=dt.date(2025, 1, 18))
    assert ("bac-ninh", "eid_account_rate", 2024, 90.2) in got
    assert ("da-nang", "eid_account_rate", 2024, 88.1) in got
    assert not any(t[2] == 2025 for t in got)


def test_the_nations_figure_of_a_year_does_not_date_a_later_article():
    # in June the undated figures are the year of writing: the January-March rule does not apply
    text = (
        "Năm 2024, tỷ lệ người dân có tài khoản định danh điện tử mức 2 trên toàn quốc đạt 68%.\n"
        "Bắc Ninh là địa phương có tỷ lệ người dân có tài khoản định danh điện tử cao nhất với 90,2%."
    )
    got = triples(text, province="bac-ninh", published=dt.date(2025, 6, 18))
    assert ("bac-ninh", "eid_account_rate", 2025, 90.2) in got


def test_a_unit_set_apart_by_rieng_owns_the_values_of_its_clause():
    text = (
        "Toàn tỉnh tiếp nhận 52.300 hồ sơ, trong đó 61,5% hồ sơ nộp trực tuyến. Riêng tại Trung tâm Phục vụ hành "
        "chính công tỉnh, quý qua tiếp nhận 9.120 hồ sơ, trong đó 88,2% hồ sơ nộp trực tuyến."
    )
    got = triples(text, province="quang-tri", published=dt.date(2024, 10, 2))
    assert ("quang-tri", "online_dossier_rate", 2024, 61.5) in got
    assert not any(t[3] == 88.2 for t in got)


def test_a_province_set_apart_by_rieng_is_still_a_province_and_so_is_a_number():
    got = triples("Riêng Đà Nẵng, tỷ lệ hồ sơ trực tuyến đạt 92,4%.", province="quang-nam")
    assert ("da-nang", "online_dossier_rate", 2024, 92.4) in got
    got = triples("Riêng số hồ sơ nộp trực tuyến chiếm 74% tổng số hồ sơ.", province="quang-nam")
    assert ("quang-nam", "online_dossier_rate", 2024, 74.0) in got


def test_a_unit_written_as_an_abbreviation_is_a_unit():
    for text in ("Riêng TX Hương Thủy đạt 66% hồ sơ trực tuyến.", "H.Phong Điền đạt 66% hồ sơ trực tuyến."):
        assert triples(text, province="thua-thien-hue") == set(), text


def test_units_given_as_examples_before_the_value_own_it():
    text = "Nhiều xã như Tân Hòa, Phú Mỹ, Long Điền đạt 100% hồ sơ trực tuyến."
    assert triples(text, province="an-giang") == set()
    # a share over the units is the province's
    got = triples("Toàn tỉnh có 100% xã, phường có hạ tầng cáp quang.", province="an-giang")
    assert got  # (the coverage itself, whatever its code)


def test_a_spread_between_places_is_no_ones_value_however_far_from_its_cue():
    text = (
        "Năm 2023, Cao Bằng đứng cuối bảng xếp hạng DTI với 0,3104 điểm. Chênh lệch giữa tỉnh dẫn đầu và tỉnh "
        "đứng cuối bảng năm nay đã giảm xuống còn 0,2480, so với 0,2905 của năm trước."
    )
    got = triples(text, province="cao-bang", published=dt.date(2024, 9, 5))
    assert got == {("cao-bang", "dti_score", 2023, 0.3104)}


def test_a_province_named_after_the_spread_cue_keeps_its_own_value():
    text = (
        "Khoảng cách giữa các địa phương còn lớn, Bình Phước đạt tỷ lệ hồ sơ trực tuyến 83,5%, trong khi "
        "Điện Biên chỉ đạt 20,1%."
    )
    got = triples(text, province="binh-phuoc", published=dt.date(2024, 9, 5))
    assert ("binh-phuoc", "online_dossier_rate", 2024, 83.5) in got
    assert ("dien-bien", "online_dossier_rate", 2024, 20.1) in got


def test_a_component_index_owns_the_rank_after_it():
    text = (
        "Năm 2023, Chỉ số cải cách hành chính (PAR Index) của Nam Định xếp thứ 21/63. Riêng ở chỉ số thành "
        "phần \"xây dựng và tổ chức thực hiện thể chế\", tỉnh xếp thứ 7."
    )
    got = triples(text, province="nam-dinh", published=dt.date(2024, 5, 10))
    assert got == {("nam-dinh", "par_index_rank", 2023, 21.0)}


def test_a_component_the_catalog_has_keeps_its_rank():
    text = "Năm 2023, chỉ số DTI của tỉnh xếp thứ 14, trong đó chỉ số thành phần Nhân lực số xếp thứ 9."
    got = triples(text, province="nam-dinh", published=dt.date(2024, 5, 10))
    assert ("nam-dinh", "dti_rank", 2023, 14.0) in got
    assert any(t[1] != "dti_rank" and t[3] == 9.0 for t in got)


def test_the_whole_years_figure_compared_with_keeps_its_year_and_leaves_the_quarters():
    text = (
        "Trong quý II, tỷ lệ hồ sơ được thanh toán trực tuyến của tỉnh đạt 44,2%, vượt xa mức 35,6% của cả "
        "năm 2024."
    )
    got = triples(text, province="quang-ninh", published=dt.date(2025, 7, 8))
    assert ("quang-ninh", "online_payment_rate", 2025, 44.2) in got
    assert ("quang-ninh", "online_payment_rate", 2024, 35.6) in got


def test_a_part_of_the_year_that_has_passed_is_this_years_after_an_older_paragraph_year():
    text = (
        "Cả năm 2024, tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt 68,2%. Tỷ lệ hồ sơ nộp trực tuyến 9 tháng đạt "
        "74,5%."
    )
    got = triples(text, province="nghe-an", published=dt.date(2025, 10, 3))
    assert ("nghe-an", "online_dossier_rate", 2024, 68.2) in got
    assert ("nghe-an", "online_dossier_rate", 2025, 74.5) in got
    # in February, nine months of this year have not passed: the paragraph's year stands
    got = triples(text, province="nghe-an", published=dt.date(2025, 2, 3))
    assert ("nghe-an", "online_dossier_rate", 2024, 74.5) in got


def test_social_allowance_is_no_commune_level():
    # "trợ cấp xã hội" holds the letters of "cấp xã" (commune level), "của xã hội" those of "của xã"
    text = (
        "Năm 2024, Sở Lao động - Thương binh và Xã hội cho biết đã chi trả trợ cấp xã hội hằng tháng qua tài "
        "khoản cho 30.110 đối tượng, đạt tỷ lệ 64,2%."
    )
    got = triples(text, province="ha-tinh", published=dt.date(2025, 3, 3))
    assert ("ha-tinh", "cashless_social_welfare_rate", 2024, 64.2) in got
    # the commune level itself still owns its figure
    text = "Năm 2024, tỷ lệ hồ sơ trực tuyến của UBND cấp xã đạt 57,3%."
    assert triples(text, province="ha-tinh", published=dt.date(2025, 3, 3)) == set()


def test_a_branch_named_as_the_source_is_not_the_subject():
    text = (
        "Về tài khoản, Ngân hàng Nhà nước chi nhánh tỉnh cho biết trên địa bàn hiện có 88,6% người từ 15 tuổi "
        "trở lên có tài khoản thanh toán."
    )
    got = triples(text, province="ha-tinh", published=dt.date(2024, 11, 3))
    assert ("ha-tinh", "bank_account_adult_rate", 2024, 88.6) in got
    # a branch as the subject keeps its figure
    text = "Chi nhánh ngân hàng trên địa bàn huyện có 88,6% khách hàng dùng tài khoản thanh toán."
    assert not any(t[3] == 88.6 and t[1] == "bank_account_adult_rate" for t in triples(text, province="ha-tinh"))


def test_a_sentence_setting_the_plans_targets_makes_the_rest_of_its_paragraph_targets():
    text = (
        "Chương trình chuyển đổi số năm 2026 của tỉnh đề ra 12 chỉ tiêu. Về kinh tế số, tỷ trọng kinh tế số "
        "trong GRDP đạt 15%; 85% người dân có tài khoản thanh toán.\n"
        "Kết quả năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 72,4%."
    )
    got = triples(text, province="thanh-hoa", published=dt.date(2026, 1, 20))
    assert got == {("thanh-hoa", "online_dossier_rate", 2025, 72.4)}


def test_a_list_of_outstanding_indicators_is_of_results():
    # "chỉ tiêu" is also "indicator": "Một số chỉ tiêu nổi bật" lists what was reached
    text = (
        "Một số chỉ tiêu nổi bật năm 2024:\n"
        "- Tỷ lệ hồ sơ được thanh toán trực tuyến: 52,3%.\n"
        "- Tỷ lệ hộ gia đình có kết nối Internet cáp quang: 84,1%."
    )
    got = triples(text, province="thanh-hoa", published=dt.date(2025, 1, 20))
    assert ("thanh-hoa", "online_payment_rate", 2024, 52.3) in got
    assert ("thanh-hoa", "fixed_broadband_household_rate", 2024, 84.1) in got
    # a plan's list stays a plan's
    plan = text.replace("Một số chỉ tiêu nổi bật năm 2024", "Kế hoạch năm 2025 đặt ra các chỉ tiêu")
    assert triples(plan, province="thanh-hoa", published=dt.date(2025, 1, 20)) == set()


def test_neu_nhu_opens_a_contrast_of_two_years_not_a_comparison():
    # "như năm 2019" (like 2019) compares; "Nếu như năm 2019 ..., thì ..." dates its own clause
    text = (
        "Nếu như năm 2019, tỷ trọng kinh tế số trong GRDP của tỉnh chỉ đạt 6,2% thì đến năm 2024 con số "
        "này đã là 11,5%."
    )
    got = triples(text, province="quang-ninh", published=dt.date(2025, 4, 2))
    assert ("quang-ninh", "digital_economy_grdp_share", 2019, 6.2) in got
    assert not any(t[3] == 6.2 and t[2] == 2024 for t in got)


def test_the_digital_society_pillar_set_apart_is_no_commune():
    text = "Năm 2023, chỉ số DTI của tỉnh xếp thứ 15. Riêng xã hội số, tỉnh xếp thứ 20."
    got = triples(text, province="nghe-an", published=dt.date(2024, 5, 1))
    assert ("nghe-an", "dti_rank", 2023, 15.0) in got
    assert ("nghe-an", "dti_digital_society_rank", 2023, 20.0) in got
