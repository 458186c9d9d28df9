"""Issue 10, in our own sentences: the classes of session 28 (round 51's misses, scored unread on 1.30 first) and
the rules of 1.31 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples
from vndx.extract.extractor import extract_facts

MID_2024 = dt.date(2024, 6, 20)


def facts_of_url(text: str, url: str) -> set[tuple]:
    """The facts of an article read with its address and no province hint (the outlet's province counts)."""
    facts = extract_facts(text, doc="t", published=dt.date(2025, 12, 10), source_url=url)
    return {(f.province, f.indicator, f.period, round(f.value, 4)) for f in facts}

# ---- villages covered by mobile signal, written after the value as the fiber's villages are (phrases.yml)


def test_the_villages_with_signal_after_the_villages_with_fibre_each_take_their_share():
    text = (
        "Đến cuối năm 2023, 91,2% thôn, bản của tỉnh Cao Bằng đã có hạ tầng cáp quang và 97,5% thôn, bản được phủ "
        "sóng di động 3G/4G."
    )
    got = triples(text, province="cao-bang", published=MID_2024)
    assert ("cao-bang", "fiber_village_coverage_rate", 2023, 91.2) in got
    assert ("cao-bang", "mobile_coverage_rate", 2023, 97.5) in got
    assert ("cao-bang", "fiber_village_coverage_rate", 2023, 97.5) not in got


def test_villages_still_without_signal_are_no_coverage():
    # (the share of villages not yet covered is the complement: rule share-not-yet, across "thôn, bản")
    text = "Năm 2023, tỉnh Cao Bằng vẫn còn 4,8% thôn, bản chưa được phủ sóng di động."
    got = triples(text, province="cao-bang", published=MID_2024)
    assert not any(t[1] == "mobile_coverage_rate" for t in got)


def test_the_cable_reaching_villages_with_an_adverb_before_the_verb():
    text = (
        "Năm 2022, tỉnh Điện Biên có 90,5% thôn, bản có sóng di động. Hạ tầng cáp quang cũng đã được kéo tới 79,3% "
        "thôn, bản."
    )
    got = triples(text, province="dien-bien", published=MID_2024)
    assert ("dien-bien", "fiber_village_coverage_rate", 2022, 79.3) in got


# ---- one share, two predicates joined by "và" (rule shared-predicate)


def test_one_share_of_villages_with_fibre_and_signal_is_both():
    text = "Năm 2023, 100% ấp, khóm của tỉnh Bạc Liêu đã có hạ tầng cáp quang và được phủ sóng 4G."
    got = triples(text, province="bac-lieu", published=MID_2024)
    assert ("bac-lieu", "fiber_village_coverage_rate", 2023, 100.0) in got
    assert ("bac-lieu", "mobile_coverage_rate", 2023, 100.0) in got


def test_a_second_predicate_with_its_own_share_keeps_it():
    text = "Năm 2023, 96,4% thôn của tỉnh Lai Châu đã có hạ tầng cáp quang và được phủ sóng di động đạt 99,1%."
    got = triples(text, province="lai-chau", published=MID_2024)
    assert ("lai-chau", "mobile_coverage_rate", 2023, 96.4) not in got


# ---- "Với <the welfare payments>, tỷ lệ này" (phrases.yml, cashless_social_welfare)


def test_the_welfare_payments_fronted_before_this_rate_name_its_measure():
    text = (
        "Năm 2023, tỷ lệ chi trả lương hưu không dùng tiền mặt tại Hà Nam đạt 52,3%. Đối với chi trả trợ cấp an "
        "sinh xã hội, tỷ lệ này chỉ là 33,8%."
    )
    got = triples(text, province="ha-nam", published=MID_2024)
    assert ("ha-nam", "cashless_pension_rate", 2023, 52.3) in got
    assert ("ha-nam", "cashless_social_welfare_rate", 2023, 33.8) in got
    assert ("ha-nam", "cashless_pension_rate", 2023, 33.8) not in got


# ---- a sentence that opens on a district, across an aside about it (rule district-or-commune, unit frame)


def test_a_district_framing_its_sentence_across_an_aside_owns_the_share():
    text = (
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Kiên Giang đạt 78,5%. Tại huyện đảo Phú Quốc, nơi có nhiều "
        "doanh nghiệp du lịch, 97% hồ sơ đã được nộp trực tuyến."
    )
    got = triples(text, province="kien-giang", published=MID_2024)
    assert ("kien-giang", "online_dossier_rate", 2023, 78.5) in got
    assert ("kien-giang", "online_dossier_rate", 2023, 97.0) not in got


def test_the_city_word_inside_the_aside_about_a_district_does_not_take_the_value_back():
    text = (
        "Năm 2024, tỷ lệ hộ gia đình có cáp quang của Hải Phòng đạt 88,3%. Ở quận Lê Chân, trung tâm của thành phố, "
        "tỷ lệ hộ có cáp quang đạt 97,6%."
    )
    got = triples(text, province="hai-phong", published=MID_2024)
    assert ("hai-phong", "fixed_broadband_household_rate", 2024, 97.6) not in got


def test_the_province_named_after_a_districts_frame_takes_the_value():
    text = "Tại huyện Tiên Yên, lãnh đạo Sở cho biết năm 2023 tỷ lệ hồ sơ trực tuyến của tỉnh Quảng Ninh đạt 85%."
    got = triples(text, province="quang-ninh", published=MID_2024)
    assert ("quang-ninh", "online_dossier_rate", 2023, 85.0) in got


# ---- a province compared with, and the "nơi" clause of it that holds the value (subjects.province_in_clause)


def test_the_where_clause_after_a_province_compared_with_is_that_provinces():
    text = (
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của Bình Thuận đạt 64,1%. Con số này vẫn thấp hơn Khánh Hòa, nơi có tới "
        "81,7% hồ sơ được xử lý trực tuyến trong năm 2023."
    )
    got = triples(text, province="binh-thuan", published=MID_2024)
    assert ("khanh-hoa", "online_dossier_rate", 2023, 81.7) in got
    assert ("binh-thuan", "online_dossier_rate", 2023, 81.7) not in got


def test_a_value_after_the_where_clause_has_closed_stays_the_subjects():
    text = "Năm 2022, Ninh Thuận xếp thứ 30 về DTI, sau Khánh Hòa, nơi có nhiều dự án số, với giá trị 0,4811."
    got = triples(text, province="ninh-thuan", published=MID_2024)
    assert ("ninh-thuan", "dti_score", 2022, 0.4811) in got


# ---- an operator's subscribers (rule organisation-figure)


def test_the_share_of_an_operators_subscribers_is_the_operators():
    text = (
        "Năm 2023, tỷ lệ người dân Hòa Bình sử dụng điện thoại thông minh đạt 71%. Tỷ lệ thuê bao Viettel dùng "
        "điện thoại thông minh đạt 83%."
    )
    got = triples(text, province="hoa-binh", published=MID_2024)
    assert ("hoa-binh", "smartphone_user_rate", 2023, 71.0) in got
    assert ("hoa-binh", "smartphone_user_rate", 2023, 83.0) not in got


# ---- "năm qua" with a year compared after the value (rule past-year)


def test_the_past_year_in_january_beside_a_year_compared_with():
    text = (
        "Năm qua, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến của tỉnh Phú Yên đạt 58,2%, tăng 9,4 điểm "
        "phần trăm so với năm 2022."
    )
    got = triples(text, province="phu-yen", published=dt.date(2024, 1, 15))
    assert ("phu-yen", "online_dossier_rate", 2023, 58.2) in got


# ---- the value compared with, "so với <n> <noun> của năm <y>": the year is its own (years.attached_years)


def test_the_year_of_a_value_compared_with_leaves_the_count_of_now():
    text = (
        "Đến nay, toàn tỉnh Hà Giang có 2.410 sản phẩm trên sàn thương mại điện tử, tăng so với 1.730 sản phẩm "
        "của năm 2023."
    )
    got = triples(text, province="ha-giang", published=dt.date(2024, 11, 5))
    assert ("ha-giang", "ecommerce_product_count", 2024, 2410.0) in got
    assert ("ha-giang", "ecommerce_product_count", 2023, 1730.0) in got


# ---- "Nếu như ở năm <y>, ... thì ...": the past set against now dates its own clause only (rule contrast-year)


def test_an_if_clauses_year_does_not_date_the_next_sentence():
    text = (
        "DTI 2022: Tuyên Quang xếp thứ 19/63\n\n"
        "Nếu như ở kỳ đánh giá năm 2021, Tuyên Quang còn đứng thứ 30/63 thì đến kỳ này tỉnh đã vào nhóm 20. Các trụ "
        "cột chính quyền số, kinh tế số và xã hội số lần lượt xếp thứ 15, 26 và 21."
    )
    got = triples(text, province="tuyen-quang", published=dt.date(2023, 3, 2))
    assert ("tuyen-quang", "dti_rank", 2021, 30.0) in got
    assert ("tuyen-quang", "dti_digital_government_rank", 2022, 15.0) in got
    assert ("tuyen-quang", "dti_digital_society_rank", 2022, 21.0) in got


# ---- a score then its rank out of 34, an older edition's "/63" after them (rule basis-34)


def test_a_score_before_a_rank_out_of_34_takes_the_successor_slug():
    text = (
        "Theo DTI 2024, thành phố Huế đạt 0,6712 điểm, xếp thứ 4/34, cải thiện so với DTI 2023 (xếp thứ 6/63) của "
        "tỉnh Thừa Thiên Huế."
    )
    got = triples(text, province="hue", published=dt.date(2025, 11, 3))
    assert ("hue", "dti_score", 2024, 0.6712) in got
    assert ("hue", "dti_rank", 2024, 4.0) in got
    assert ("thua-thien-hue", "dti_score", 2024, 0.6712) not in got


def test_a_score_with_the_old_basis_before_it_keeps_the_former_slug():
    text = "Theo DTI 2024 tính trên 63 tỉnh, thành phố, Thừa Thiên Huế (cũ) đạt 0,6712 điểm, xếp thứ 4/34 ở bảng mới."
    got = triples(text, province="hue", published=dt.date(2025, 11, 3))
    assert ("thua-thien-hue", "dti_score", 2024, 0.6712) in got


# ---- round 52 (scored unread on 1.31 first): the year-end review's "năm qua" goes on to its later paragraphs
# (rule past-year read as the text's year, then rule report-year)


def test_the_past_year_of_a_january_review_dates_the_undated_figures_after_it():
    text = (
        "Ngày 9/1, Sở Công Thương tỉnh Yên Bái tổng kết công tác thương mại điện tử. Theo báo cáo, trong năm qua, "
        "toàn tỉnh có 1.250 sản phẩm được đưa lên sàn thương mại điện tử.\n\n"
        "Tổng số giao dịch thành công trên các sàn của tỉnh đạt 48.600 giao dịch."
    )
    got = triples(text, province="yen-bai", published=dt.date(2025, 1, 10))
    assert ("yen-bai", "ecommerce_product_count", 2024, 1250.0) in got
    assert ("yen-bai", "ecommerce_transaction_count", 2024, 48600.0) in got


def test_an_undated_figure_of_a_review_in_summer_keeps_the_years_own():
    text = (
        "Theo báo cáo, trong năm qua, toàn tỉnh Yên Bái có 1.250 sản phẩm được đưa lên sàn thương mại điện tử.\n\n"
        "Tổng số giao dịch thành công trên các sàn của tỉnh đạt 48.600 giao dịch."
    )
    got = triples(text, province="yen-bai", published=dt.date(2024, 7, 10))
    assert ("yen-bai", "ecommerce_transaction_count", 2024, 48600.0) in got


# ---- a neighbour set beside the province does not become its paragraph's subject (extractor._not_compared)


def test_a_neighbour_named_last_does_not_take_the_next_paragraphs_values():
    text = (
        "Năm 2024, tỷ lệ người dân có tài khoản định danh điện tử của Bến Tre đạt 78,1%. Tại tỉnh Trà Vinh lân cận, "
        "tỷ lệ này là 72,4%.\n\nBên cạnh đó, chi trả lương hưu không dùng tiền mặt đạt 88,3%."
    )
    got = triples(text, province="ben-tre", published=dt.date(2025, 1, 12))
    assert ("tra-vinh", "eid_account_rate", 2024, 72.4) in got
    assert ("ben-tre", "cashless_pension_rate", 2024, 88.3) in got


# ---- the latest result, or one announced in a month without its year (rule named-latest)


def test_the_latest_dti_result_named_in_a_plan_for_this_year_is_the_edition_out():
    text = (
        "Ngày 12/3, tỉnh Cao Bằng triển khai nhiệm vụ chuyển đổi số năm 2024. Theo kết quả DTI gần nhất, Cao Bằng "
        "xếp thứ 60/63 tỉnh, thành phố."
    )
    got = triples(text, province="cao-bang", published=dt.date(2024, 3, 13))
    assert ("cao-bang", "dti_rank", 2022, 60.0) in got


def test_a_result_announced_in_july_last_year_is_that_julys_edition():
    text = (
        "Phóng viên trao đổi với ông Giám đốc Sở về kế hoạch chuyển đổi số năm 2023 của tỉnh Bạc Liêu. Theo kết quả "
        "được Bộ công bố hồi tháng 7 năm ngoái, DTI của Bạc Liêu đạt 0,3921 điểm, xếp thứ 44/63."
    )
    got = triples(text, province="bac-lieu", published=dt.date(2023, 3, 20))
    assert ("bac-lieu", "dti_rank", 2021, 44.0) in got
    assert ("bac-lieu", "dti_score", 2021, 0.3921) in got


def test_an_edition_written_with_its_year_keeps_it():
    text = "Theo DTI 2022 được Bộ công bố hồi tháng 7, Bạc Liêu xếp thứ 39/63 tỉnh, thành phố."
    got = triples(text, province="bac-lieu", published=dt.date(2023, 9, 20))
    assert ("bac-lieu", "dti_rank", 2022, 39.0) in got


# ---- the outlet's own delegation visiting another province (gazetteer.article_province)


def test_a_delegations_visit_on_its_own_outlet_is_about_the_outlets_province():
    text = (
        "Đoàn công tác của tỉnh học tập kinh nghiệm chuyển đổi số tại Đà Nẵng\n\n"
        "Ngày 5/12, đoàn công tác của tỉnh đã làm việc với Sở Khoa học và Công nghệ Đà Nẵng. Năm 2025, Đà Nẵng có "
        "95,1% hồ sơ thủ tục hành chính được xử lý trực tuyến. Năm 2025, tỉnh ta đã đạt 101,2% chỉ tiêu cấp tài khoản "
        "định danh điện tử được giao."
    )
    facts = facts_of_url(text, "https://baoquangngai.vn/chinh-tri/202512/doan-cong-tac-cua-tinh-tai-da-nang-1a2b3c/")
    assert ("quang-ngai", "eid_target_attainment_rate", 2025, 101.2) in facts
    assert ("da-nang", "online_dossier_rate", 2025, 95.1) in facts


# ---- a DTI part's ranks over the editions the index names (lists.py, rule year-list)


def test_a_main_index_ranked_over_three_editions_named_in_brackets():
    text = (
        "Qua ba kỳ đánh giá DTI (2021, 2022 và 2023), chỉ số hạ tầng số của Hà Nam lần lượt xếp thứ 50, 41 và 33 "
        "trên 63 tỉnh, thành phố."
    )
    got = triples(text, province="ha-nam", published=dt.date(2024, 9, 1))
    assert ("ha-nam", "dti_infrastructure_rank", 2021, 50.0) in got
    assert ("ha-nam", "dti_infrastructure_rank", 2023, 33.0) in got


# ---- "của tỉnh bạn" with no name: the other province of a two-province article (rule partner-province)


def test_the_friend_provinces_figure_is_the_other_province_named():
    text = (
        "Quảng Trị – Quảng Bình hợp tác chuyển đổi số\n\n"
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của Quảng Trị đạt 61,5%, trong khi con số này của tỉnh bạn là 58,2%."
    )
    got = triples(text, province="quang-tri", published=MID_2024)
    assert ("quang-tri", "online_dossier_rate", 2023, 61.5) in got
    assert ("quang-binh", "online_dossier_rate", 2023, 58.2) in got
    assert ("quang-tri", "online_dossier_rate", 2023, 58.2) not in got


# ---- the diff review: the second measure of a shared share is asked its own refusals, and rule 5g-only-coverage
# reads up to a phrasing that follows the value


def test_a_shared_share_of_villages_with_fibre_and_5g_alone_is_no_mobile_coverage():
    text = "Năm 2024, 100% thôn, bản của tỉnh Lai Châu đã có hạ tầng cáp quang và được phủ sóng 5G."
    got = triples(text, province="lai-chau", published=dt.date(2024, 12, 20))
    assert ("lai-chau", "fiber_village_coverage_rate", 2024, 100.0) in got
    assert not any(t[1] == "mobile_coverage_rate" for t in got)


def test_a_share_of_centres_covered_by_5g_written_after_the_value_is_no_mobile_coverage():
    text = "Năm 2024, 100% trung tâm xã, phường của tỉnh Lâm Đồng đã được phủ sóng 5G."
    got = triples(text, province="lam-dong", published=dt.date(2024, 12, 20))
    assert not any(t[1] == "mobile_coverage_rate" for t in got)


# ---- round 53 (scored unread on 1.32 first): a key-figure box's lines open with the value, then a colon or a bar and
# the caption (sentences.split_sentences: an item, not a heading; binding.py rule value-dash-label)


def test_key_figure_lines_with_a_colon_after_the_value_are_facts():
    text = (
        "Bắc Kạn: nửa đầu năm 2024 qua các con số\n\n"
        "Theo Sở Thông tin và Truyền thông tỉnh Bắc Kạn, kết quả 6 tháng đầu năm như sau:\n\n"
        "82,6%: tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến\n"
        "1.204: Tổ công nghệ số cộng đồng đang hoạt động"
    )
    got = triples(text, province="bac-kan", published=dt.date(2024, 7, 15))
    assert ("bac-kan", "online_dossier_rate", 2024, 82.6) in got
    assert ("bac-kan", "community_digital_team_count", 2024, 1204.0) in got


def test_a_key_figure_line_with_a_bar_after_the_value_is_a_fact():
    text = (
        "Bắc Kạn năm 2023 qua các con số\n\n"
        "Năm 2023, tỉnh Bắc Kạn đạt nhiều kết quả về chuyển đổi số.\n\n"
        "0,4218 | Giá trị Chỉ số DTI của tỉnh năm 2023"
    )
    got = triples(text, province="bac-kan", published=dt.date(2024, 3, 5))
    assert ("bac-kan", "dti_score", 2023, 0.4218) in got


def test_a_table_row_that_opens_with_its_number_stays_a_table_row():
    # (a plan's table: the row number, the indicator, the unit and the target are no fact)
    text = (
        "Kế hoạch chuyển đổi số năm 2025 của tỉnh Bắc Kạn\n\n"
        "Các chỉ tiêu chủ yếu:\n\n"
        "2 | Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến | % | 80 | Văn phòng UBND tỉnh"
    )
    got = triples(text, province="bac-kan", published=dt.date(2025, 1, 20))
    assert not got


# ---- "Năm 2025 là năm đầu tiên ...": the year the article reviews (rule opening-year)


def test_a_year_named_as_the_subject_of_the_first_sentence_dates_the_review():
    text = (
        "Năm 2025 là năm đầu tiên tỉnh Gia Lai mới vận hành chính quyền hai cấp. Tại hội nghị tổng kết, Sở cho biết "
        "nhiều chỉ tiêu tăng so với năm trước.\n\n"
        "Tỷ lệ hồ sơ tiếp nhận và xử lý trực tuyến đạt 84,2%."
    )
    got = triples(text, province="gia-lai", published=dt.date(2026, 1, 14))
    assert ("gia-lai", "online_dossier_rate", 2025, 84.2) in got


# ---- "năm qua" beside the year of the tasks ahead, in January (rule past-year, for the paragraph)


def test_the_past_year_beside_the_tasks_of_the_new_year_dates_the_results():
    text = (
        "Báo cáo của Sở gửi UBND tỉnh Nam Định cho thấy, năm qua các chỉ tiêu xã hội số cơ bản đạt kế hoạch, tạo nền "
        "tảng để triển khai các nhiệm vụ năm 2024. Cụ thể: tỷ lệ người dân sử dụng Internet đạt 84,5%."
    )
    got = triples(text, province="nam-dinh", published=dt.date(2024, 1, 9))
    assert ("nam-dinh", "internet_user_rate", 2023, 84.5) in got


def test_a_weekday_dateline_is_no_key_figure_line():
    text = (
        "Quảng Trị xếp thứ 30 về chuyển đổi số\n\nThứ 2 - 15/04/2024 08:30\n\n"
        "Năm 2023, chỉ số DTI của tỉnh Quảng Trị xếp thứ 30/63."
    )
    got = triples(text, province="quang-tri", published=dt.date(2024, 4, 15))
    assert got == {("quang-tri", "dti_rank", 2023, 30.0)}
