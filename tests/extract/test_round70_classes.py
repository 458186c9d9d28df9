"""Issue 10, in our own sentences: round 70's misses (scored unread on 1.49 first), two classes round 69 left, and the
rules of 1.50 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import refusals, triples
from vndx.extract.years import edition_out_on

# ---- which DTI edition was the latest on a day (years.edition_out_on)


def test_in_the_first_months_of_a_year_the_latest_edition_is_of_two_years_before():
    # the first editions came out in spring of the year after their own: in February 2023 DTI 2021 was the latest
    assert edition_out_on(dt.date(2023, 2, 14)) == 2021
    assert edition_out_on(dt.date(2023, 8, 30)) == 2022
    # before DTI 2020 was out the answer stands for the ICT Index, whose editions came out at their year's end
    assert edition_out_on(dt.date(2019, 1, 22)) == 2018


def test_after_the_last_known_release_the_next_edition_is_awaited_until_mid_year():
    assert edition_out_on(dt.date(2026, 4, 13)) == 2024  # DTI 2024 came out in October 2025
    assert edition_out_on(dt.date(2026, 9, 20)) == 2025


def test_the_latest_ranking_in_a_january_article_is_of_two_years_before():
    text = (
        "Sơn La: chuyển đổi số còn nhiều việc phải làm\n\n"
        "Theo bảng xếp hạng DTI mới nhất, Sơn La đạt 0,3610 điểm, xếp thứ 49/63 tỉnh, thành phố."
    )
    got = triples(text, province=None, published=dt.date(2023, 1, 9))
    assert got == {("son-la", "dti_score", 2021, 0.361), ("son-la", "dti_rank", 2021, 49)}


# ---- the edition before, named in words (periods._RELATIVE, years._YEAR_BEFORE_BRACKET)


def test_a_bracketed_rank_after_the_previous_release_is_of_the_edition_before():
    text = (
        "Quảng Trị cải thiện thứ hạng\n\n"
        "Theo kết quả DTI 2022 vừa được Bộ công bố, Quảng Trị xếp thứ 28/63, tăng 9 bậc so với lần công bố trước "
        "(xếp thứ 37/63)."
    )
    got = triples(text, province=None, published=dt.date(2023, 10, 2))
    assert ("quang-tri", "dti_rank", 2022, 28) in got
    assert ("quang-tri", "dti_rank", 2021, 37) in got
    assert ("quang-tri", "dti_rank", 2022, 37) not in got


def test_what_follows_khi_after_the_previous_release_is_of_that_edition():
    text = (
        "Phú Yên nâng hạng chuyển đổi số\n\n"
        "Theo bảng xếp hạng DTI vừa được công bố, Phú Yên đạt 0,5120 điểm, xếp thứ 24/63. "
        "So với lần công bố trước, khi tỉnh đứng thứ 30, thứ hạng đã tăng 6 bậc."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 3))
    assert ("phu-yen", "dti_rank", 2023, 24) in got
    assert ("phu-yen", "dti_rank", 2022, 30) in got


# ---- a January review that opens on "Năm qua" (rule report-year)


def test_a_review_opening_on_the_past_year_dates_its_undated_figures_to_that_year():
    text = (
        "Hòa Bình: dịch vụ công trực tuyến có nhiều chuyển biến\n\n"
        "Năm qua, công tác chuyển đổi số của tỉnh có nhiều kết quả tích cực.\n\n"
        "Tại hội nghị tổng kết sáng 12/1, Sở Thông tin và Truyền thông cho biết tỷ lệ hồ sơ được tiếp nhận và xử lý "
        "trực tuyến của tỉnh đạt 66,4%, trong khi cùng kỳ năm trước chỉ đạt 47,9%."
    )
    got = triples(text, province=None, published=dt.date(2024, 1, 15))
    assert ("hoa-binh", "online_dossier_rate", 2023, 66.4) in got
    assert ("hoa-binh", "online_dossier_rate", 2022, 47.9) in got


def test_a_lead_on_the_past_year_dates_nothing_after_march():
    text = (
        "Hòa Bình: dịch vụ công trực tuyến có nhiều chuyển biến\n\n"
        "Năm qua, công tác chuyển đổi số của tỉnh có nhiều kết quả tích cực.\n\n"
        "Theo Sở Thông tin và Truyền thông, tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến của tỉnh đạt 66,4%."
    )
    got = triples(text, province=None, published=dt.date(2024, 8, 15))
    assert got == {("hoa-binh", "online_dossier_rate", 2024, 66.4)}


# ---- who "tỉnh ta", "tỉnh nhà" is (subjects.province_in_clause, rule own-outlet)


def test_our_province_after_another_named_in_the_sentence_is_the_outlets_own():
    text = (
        "Hà Nam sau một năm hợp nhất\n\n"
        "Ở bảng xếp hạng DTI 2023, tỉnh Nam Định đứng thứ 31/63, còn tỉnh ta đứng thứ 18/63."
    )
    got = triples(text, province=None, published=dt.date(2025, 11, 3))
    assert ("nam-dinh", "dti_rank", 2023, 31) in got
    assert ("ha-nam", "dti_rank", 2023, 18) in got
    assert ("nam-dinh", "dti_rank", 2023, 18) not in got


def test_of_the_province_after_another_named_is_still_that_province():
    # (rule self-after-named stands for "của tỉnh", which is no outlet's word)
    text = "Hà Nam: DTI 2023\n\nĐiểm sáng là Nam Định: năm 2023, chính quyền số của tỉnh xếp thứ 12/63."
    got = triples(text, province=None, published=dt.date(2024, 6, 3))
    assert ("nam-dinh", "dti_digital_government_rank", 2023, 12) in got


# ---- "Ở trụ cột này" (extractor, rule pillar-named-before)


def test_this_pillar_is_the_pillar_the_sentence_before_named():
    text = (
        "Nam Định: DTI và PAR Index\n\n"
        "Năm 2022, Nam Định xếp thứ 9/63 về PAR Index nhưng chỉ đứng thứ 30/63 về DTI.\n\n"
        "Hai bảng xếp hạng có phần trùng nhau. Bộ chỉ số DTI có riêng một trụ cột kinh tế số. Ở trụ cột này, Nam Định "
        "năm 2022 xếp thứ 21 – xa hơn nhiều so với vị trí trên bảng PAR Index."
    )
    got = triples(text, province=None, published=dt.date(2023, 9, 1))
    assert ("nam-dinh", "dti_digital_economy_rank", 2022, 21) in got
    assert ("nam-dinh", "par_index_rank", 2022, 21) not in got


def test_the_components_of_this_pillar_are_not_the_pillar():
    text = (
        "Bắc Ninh: DTI 2021\n\n"
        "Ở trụ cột xã hội số, Bắc Ninh xếp thứ 4. Trong đó, các chỉ số thành phần của trụ cột này đều cao, như chỉ số "
        "hạ tầng số đứng thứ 2."
    )
    got = triples(text, province=None, published=dt.date(2022, 6, 1))
    assert ("bac-ninh", "dti_digital_society_rank", 2021, 4) in got
    assert ("bac-ninh", "dti_digital_society_rank", 2021, 2) not in got


# ---- electronic documents (phrases.yml: e_document_signed, e_document_exchange)


def test_documents_signed_digitally_with_a_year_on_the_way():
    text = (
        "Thái Bình đẩy mạnh chữ ký số\n\n"
        "Năm 2022, việc dùng chữ ký số chuyên dùng tiếp tục được mở rộng. Khoảng 91% văn bản điện tử do các cơ quan "
        "nhà nước của tỉnh phát hành trong năm 2022 đã được ký số, trong khi năm 2021 con số này mới đạt khoảng 64%."
    )
    got = triples(text, province="thai-binh", published=dt.date(2023, 1, 20))
    assert ("thai-binh", "e_document_signed_rate", 2022, 91) in got
    assert ("thai-binh", "e_document_signed_rate", 2021, 64) in got


def test_the_signing_share_named_alone_in_a_paragraph_about_documents():
    text = (
        "Hà Tĩnh: văn bản điện tử\n\n"
        "Năm 2025, tỷ lệ văn bản đi được ký số của tỉnh đạt 97,1%. Quý I/2026, tỷ lệ ký số tiếp tục tăng lên 98,4%."
    )
    got = triples(text, province="ha-tinh", published=dt.date(2026, 4, 10))
    assert ("ha-tinh", "e_document_signed_rate", 2026, 98.4) in got


def test_documents_sent_over_the_network_with_what_is_kept_out_between():
    text = (
        "Bến Tre: sơ kết 6 tháng\n\n"
        "Trong 6 tháng đầu năm 2024, 100% văn bản (trừ văn bản mật) giữa các cơ quan nhà nước của tỉnh được gửi, "
        "nhận trên môi trường mạng."
    )
    got = triples(text, province="ben-tre", published=dt.date(2024, 7, 8))
    assert ("ben-tre", "e_document_exchange_rate", 2024, 100) in got


# ---- welfare paid without cash, named before an aside or a source (phrases.yml: cashless_social_welfare)


def test_the_welfare_share_past_an_aside_between_dashes():
    text = (
        "Đắk Nông: chi trả không dùng tiền mặt\n\n"
        "Đối với trợ cấp xã hội hằng tháng - khoản chi do ngành lao động chuyển sang từ tháng 3/2025 - tỷ lệ chi trả "
        "không dùng tiền mặt đạt 83,2%."
    )
    got = triples(text, province="lam-dong", published=dt.date(2025, 9, 8))
    assert ("lam-dong", "cashless_social_welfare_rate", 2025, 83.2) in got


def test_the_welfare_share_after_the_department_that_gave_it():
    text = (
        "Yên Bái: an sinh xã hội\n\n"
        "Ở lĩnh vực trợ cấp an sinh xã hội, Sở Lao động - Thương binh và Xã hội cho biết năm 2023 tỷ lệ chi trả "
        "không dùng tiền mặt đạt 71,4%."
    )
    got = triples(text, province="yen-bai", published=dt.date(2024, 2, 8))
    assert ("yen-bai", "cashless_social_welfare_rate", 2023, 71.4) in got


# ---- a hospital's own figure, a department as the source, a target set (binding_rules, targets)


def test_a_hospital_opening_the_sentence_owns_its_share():
    text = (
        "Quảng Bình: y tế số\n\n"
        "Năm 2024, tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh đạt 52,3%. Tại Bệnh viện Hữu nghị Việt Nam - Cu Ba, "
        "khoảng 70% giao dịch viện phí được thanh toán trực tuyến."
    )
    got = triples(text, province="quang-binh", published=dt.date(2025, 1, 10))
    assert ("quang-binh", "online_payment_rate", 2024, 52.3) in got
    assert not any(t[3] == 70 for t in got)
    assert "organisation-figure" in refusals(text, province="quang-binh", published=dt.date(2025, 1, 10))


def test_a_department_named_as_the_author_of_a_report_is_the_source():
    text = (
        "Cần Thơ: tổng kết chuyển đổi số\n\n"
        "Theo báo cáo tổng kết của Sở Khoa học và Công nghệ, năm 2025, tỷ lệ văn bản đi được ký số của các cơ quan "
        "nhà nước thành phố đạt 97,2%."
    )
    got = triples(text, province="can-tho", published=dt.date(2026, 1, 12))
    assert ("can-tho", "e_document_signed_rate", 2025, 97.2) in got


def test_the_shares_after_a_target_set_are_targets():
    text = (
        "Ninh Thuận: dịch vụ công năm 2025\n\n"
        "Năm 2025, tỉnh đặt mục tiêu đạt từ 88 điểm trở lên, tỷ lệ hồ sơ trực tuyến đạt 75% và tỷ lệ thanh toán "
        "trực tuyến đạt 55%."
    )
    assert triples(text, province="khanh-hoa", published=dt.date(2025, 2, 20)) == set()


def test_a_target_reached_is_still_read_as_a_result():
    text = "Ninh Thuận: dịch vụ công\n\nNăm 2024, tỉnh đã đạt mục tiêu, tỷ lệ hồ sơ trực tuyến đạt 75%."
    got = triples(text, province="ninh-thuan", published=dt.date(2025, 2, 20))
    assert ("ninh-thuan", "online_dossier_rate", 2024, 75) in got


# ---- a score change compared with the year before in words (period_rules.change_since)


def test_a_change_since_the_year_before_is_of_the_edition_not_of_a_look_back():
    text = (
        "Tuyên Quang: DTI 2022\n\n"
        "Năm 2022, chỉ số DTI của Tuyên Quang đạt 0,4810 điểm, xếp thứ 20/63.\n\n"
        "Đó là bước tiến lớn vì năm 2021, tỉnh mới xếp thứ 41. Giá trị DTI của tỉnh tăng 0,1122 điểm so với năm trước."
    )
    got = triples(text, province=None, published=dt.date(2023, 10, 20))
    assert ("tuyen-quang", "dti_rank", 2021, 41) in got
    assert ("tuyen-quang", "dti_score_change", 2022, 0.1122) in got


# ---- a district given as an example (cues lower_unit)


def test_a_district_given_as_an_example_owns_its_share():
    text = (
        "Nghệ An: lương hưu qua tài khoản\n\n"
        "Năm 2022, tỷ lệ người hưởng lương hưu nhận qua tài khoản của tỉnh đạt 68%. Ở vùng cao, tỷ lệ này còn thấp, có "
        "huyện như Kỳ Sơn chỉ đạt khoảng 15%."
    )
    got = triples(text, province=None, published=dt.date(2022, 12, 12))
    assert got == {("nghe-an", "cashless_pension_rate", 2022, 68)}
