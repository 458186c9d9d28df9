"""Issue 10, in our own sentences: the classes of session 25 (round 45's largest, then round 46's and two of round
47's, each round scored unread first) and the rules of 1.27 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

LATE_2023 = dt.date(2023, 12, 28)

# ---- targets counted in a plan review under a title about digital transformation (rule targets-under-dx-title)


# a plan review whose sentences never say "chuyển đổi số" (its title may)
_MEETING = "Sáng 27/12, UBND tỉnh Lai Châu họp đánh giá kết quả thực hiện kế hoạch năm.\n\n"
_REVIEW = _MEETING + (
    "Báo cáo nêu rõ, trong năm 2023 tỉnh đã hoàn thành 13/18 chỉ tiêu kế hoạch, còn 5 chỉ tiêu chưa đạt."
)


def test_targets_counted_under_a_digital_transformation_title_are_the_plans():
    text = "Lai Châu: năm 2023 chuyển đổi số về đích 13/18 chỉ tiêu\n\n" + _REVIEW
    got = triples(text, province="lai-chau", published=LATE_2023)
    assert ("lai-chau", "dx_targets_achieved", 2023, 13.0) in got


def test_without_such_a_title_a_bare_count_of_targets_is_no_fact():
    text = "Lai Châu tổng kết công tác năm 2023\n\n" + _REVIEW
    got = triples(text, province="lai-chau", published=LATE_2023)
    assert not any(t[1] == "dx_targets_achieved" for t in got)


def test_under_such_a_title_the_economys_targets_and_a_departments_tasks_are_no_fact():
    text = (
        "Lai Châu nhìn lại một năm chuyển đổi số\n\n"
        + _MEETING
        + "Năm 2023, tăng trưởng kinh tế của tỉnh ước đạt 7,1%; có 20/24 chỉ tiêu chủ yếu đạt kế hoạch.\n\n"
        "Văn phòng UBND tỉnh cho biết đã hoàn thành 9/10 nhiệm vụ được giao."
    )
    got = triples(text, province="lai-chau", published=LATE_2023)
    assert not any(t[1] == "dx_targets_achieved" for t in got)


def test_a_count_of_targets_after_a_plan_verb_in_its_sentence_is_a_plan():
    # ("phấn đấu" further back than the short modals are looked for: the whole sentence before the count)
    text = (
        "Sơ kết chuyển đổi số 6 tháng đầu năm 2023 tại Lai Châu\n\n"
        "Chủ tịch UBND tỉnh Lai Châu đề nghị các sở, ngành phấn đấu đến cuối năm 2023 tỷ lệ hồ sơ trực tuyến "
        "đạt 60%, hoàn thành 18/18 chỉ tiêu chuyển đổi số."
    )
    got = triples(text, province="lai-chau", published=dt.date(2023, 7, 10))
    assert not any(t[1] == "dx_targets_achieved" for t in got)


# ---- a province's city the article is about (rule article-about-lower-unit, for "thành phố X")


def test_a_headline_naming_a_city_the_text_calls_thanh_pho_is_about_that_city():
    text = (
        "Pleiku đạt 11/14 chỉ tiêu chuyển đổi số năm 2023\n\n"
        "Chiều 26/12, UBND thành phố Pleiku (tỉnh Gia Lai) tổng kết công tác chuyển đổi số năm 2023.\n\n"
        "Năm 2023, Pleiku đạt 11/14 chỉ tiêu; tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 58,3%."
    )
    got = triples(text, province=None, published=LATE_2023)
    assert not any(t[0] == "gia-lai" for t in got)


def test_a_centrally_run_citys_own_nickname_is_not_a_city_inside_it():
    text = (
        "Hoa Phượng Đỏ hoàn thành 16/20 chỉ tiêu chuyển đổi số năm 2023\n\n"
        "Năm 2023, thành phố Hoa Phượng Đỏ đã hoàn thành 16/20 chỉ tiêu chuyển đổi số; tỷ lệ hồ sơ thủ tục "
        "hành chính được xử lý trực tuyến đạt 71,2%."
    )
    # (the city is named only by its outlet's address)
    got = triples(text, province=None, source_url="https://baohaiphong.vn/tin-123.html", published=LATE_2023)
    assert ("hai-phong", "online_dossier_rate", 2023, 71.2) in got
    assert ("hai-phong", "dx_targets_achieved", 2023, 16.0) in got


# ---- the pensions named with the monthly allowances paid beside them (phrases.yml cashless_pension)


def test_pensioners_named_with_their_monthly_allowances_are_the_pension_rate():
    text = (
        "Năm 2023, khoảng 77,4% người hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng ở Lai Châu đã nhận tiền "
        "qua tài khoản ngân hàng."
    )
    got = triples(text, province="lai-chau", published=LATE_2023)
    assert ("lai-chau", "cashless_pension_rate", 2023, 77.4) in got


# ---- a province named as what a figure is higher than does not become the paragraph's subject (_COMPARING)


def test_a_province_a_figure_is_higher_than_is_not_what_the_paragraph_goes_on_about():
    text = (
        "Cuối năm 2023, 88,2% người trưởng thành ở Lai Châu có tài khoản thanh toán. Tỷ lệ này cao hơn tỉnh bạn "
        "Điện Biên (84,5%). Trên 60% người hưởng lương hưu trên địa bàn tỉnh nhận tiền qua tài khoản."
    )
    got = triples(text, province="lai-chau", published=LATE_2023)
    assert ("lai-chau", "cashless_pension_rate", 2023, 60.0) in got
    assert not any(t[0] == "dien-bien" and t[1] == "cashless_pension_rate" for t in got)


# ---- districts of a city given as examples ("Các quận nội thành như ...": cues.yml example_units)


def test_a_citys_districts_given_as_examples_are_no_fact_of_the_city():
    text = (
        "Năm 2023, tỷ lệ người hưởng lương hưu ở Đà Nẵng nhận qua tài khoản đạt 72,5%. Các quận trung tâm như "
        "Hải Châu, Thanh Khê có tỷ lệ trên 85%."
    )
    got = triples(text, province="da-nang", published=LATE_2023)
    assert ("da-nang", "cashless_pension_rate", 2023, 72.5) in got
    assert ("da-nang", "cashless_pension_rate", 2023, 85.0) not in got


# ---- tables of a province's indicators written as text (tables.py rule table-of-a-series)


def test_a_table_under_a_lead_that_says_the_plan_was_passed_is_read():
    # ("kế hoạch" in the lead, but the lead reports results: the table holds them)
    text = (
        "Lai Châu: 9 tháng năm 2023 nhiều chỉ tiêu về đích\n\n"
        "Tính đến cuối tháng 9, nhiều chỉ tiêu chuyển đổi số của tỉnh Lai Châu đã vượt kế hoạch năm.\n\n"
        "Chỉ tiêu | Năm 2022 | 9 tháng 2023 | Kế hoạch 2023\n"
        "Tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến | 44,1% | 63,5% | 60%\n"
        "Tỷ lệ văn bản điện tử được ký số | 90,2% | 96,7% | 95%\n"
    )
    got = triples(text, province="lai-chau", published=dt.date(2023, 10, 12))
    assert ("lai-chau", "online_dossier_rate", 2022, 44.1) in got
    assert ("lai-chau", "online_dossier_rate", 2023, 63.5) in got  # (part of a year: that year's figure so far)
    assert ("lai-chau", "e_document_signed_rate", 2023, 96.7) in got
    assert ("lai-chau", "online_dossier_rate", 2023, 60.0) not in got  # (the plan's column)


def test_a_table_column_named_by_the_articles_province_is_its_own_beside_the_nations():
    text = (
        "Chỉ số DTI 2022 của Lai Châu so với bình quân cả nước\n\n"
        "Sở Thông tin và Truyền thông lập bảng so sánh kết quả DTI 2022 của tỉnh:\n\n"
        "Chỉ số | Lai Châu | Bình quân cả nước | Chênh lệch\n"
        "DTI tổng thể | 0,3921 | 0,4883 | -0,0962\n"
        "Kinh tế số | 0,2874 | 0,3590 | -0,0716\n"
    )
    got = triples(text, province="lai-chau", published=dt.date(2023, 8, 1))
    assert ("lai-chau", "dti_score", 2022, 0.3921) in got
    assert ("lai-chau", "dti_digital_economy_score", 2022, 0.2874) in got
    assert not any(t[3] in (0.4883, 0.359, 0.0962, -0.0962) for t in got)


# ---- a place among a counted group of a region ("trong 13 tỉnh, thành phố vùng ...": cues regional_before)


def test_a_rank_among_a_counted_group_of_a_regions_provinces_is_regional():
    text = (
        "Năm 2022, Lai Châu xếp thứ 58/63 về chỉ số DTI; trong 14 tỉnh, thành phố vùng trung du và miền núi phía "
        "Bắc, tỉnh đứng thứ 11."
    )
    got = triples(text, province="lai-chau", published=dt.date(2023, 8, 1))
    assert ("lai-chau", "dti_rank", 2022, 58.0) in got
    assert ("lai-chau", "dti_rank", 2022, 11.0) not in got


def test_a_table_with_a_year_per_column_and_a_measure_per_row_is_read():
    # ("Năm | 2021 | 2022 | 2023" over the rows: a bare "Xếp hạng" row ranks the index another row names)
    text = (
        "Chỉ số chuyển đổi số của Lai Châu qua các năm\n\n"
        "Bảng tổng hợp kết quả của tỉnh:\n\n"
        "Năm | 2021 | 2022 | 2023\n"
        "Giá trị DTI | 0,2911 | 0,3380 | 0,3952\n"
        "Xếp hạng | 60/63 | 58/63 | 55/63\n"
        "Bình quân cả nước | 0,4472 | 0,4883 | 0,5140\n"
    )
    got = triples(text, province="lai-chau", published=dt.date(2024, 8, 1))
    assert ("lai-chau", "dti_score", 2021, 0.2911) in got
    assert ("lai-chau", "dti_rank", 2022, 58.0) in got
    assert ("lai-chau", "dti_rank", 2023, 55.0) in got
    assert not any(t[3] == 0.514 for t in got)


# ---- a lead-in naming its bullets' columns with dashes ("(Chỉ tiêu – Kế hoạch – Thực hiện)": rule slash-plan)


def test_bullets_under_dashed_plan_and_result_columns_give_the_results():
    text = (
        "Kết quả chuyển đổi số năm 2023 của Lai Châu (Chỉ tiêu – Kế hoạch – Thực hiện):\n\n"
        "1. Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình – 60% – 63,2%\n"
        "2. Tỷ lệ văn bản điện tử được ký số – 95% – 97,1%\n"
    )
    got = triples(text, province="lai-chau", published=dt.date(2024, 1, 20))
    assert ("lai-chau", "online_public_service_full_rate", 2023, 63.2) in got  # (a label of over 60 letters)
    assert ("lai-chau", "e_document_signed_rate", 2023, 97.1) in got
    assert not any(t[3] in (60.0, 95.0) for t in got)


# ---- lists (lists.py)


def test_a_counts_years_listed_with_lan_luot_date_its_values():
    text = "Số doanh nghiệp công nghệ số của tỉnh Lai Châu năm 2022 và năm 2023 lần lượt là 212 và 251 doanh nghiệp."
    got = triples(text, province="lai-chau", published=LATE_2023)
    assert ("lai-chau", "digital_enterprise_count", 2022, 212.0) in got
    assert ("lai-chau", "digital_enterprise_count", 2023, 251.0) in got


def test_a_province_the_listed_ones_passed_is_no_item_of_the_list():
    text = (
        "Trong bảng xếp hạng DTI năm 2022, Hòa Bình và Sơn La vượt lên trên Điện Biên với thứ hạng tương ứng là 40 "
        "và 45."
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("hoa-binh", "dti_rank", 2022, 40.0) in got
    assert ("son-la", "dti_rank", 2022, 45.0) in got


def test_the_places_a_list_points_back_at_stay_its_items_after_a_comparison():
    text = "Năm 2022, Lai Châu đứng trên Hà Giang và Cao Bằng, hai tỉnh lần lượt xếp thứ 59 và 61 về chỉ số DTI."
    got = triples(text, province="lai-chau", published=dt.date(2023, 8, 1))
    assert ("ha-giang", "dti_rank", 2022, 59.0) in got
    assert ("cao-bang", "dti_rank", 2022, 61.0) in got


def test_a_row_of_the_nations_average_in_a_provinces_table_is_not_the_provinces():
    text = (
        "Kết quả DTI của Lai Châu qua các năm\n\n"
        "| Chỉ tiêu | 2021 | 2022 |\n"
        "|---|---|---|\n"
        "| Giá trị DTI của tỉnh | 0,2911 | 0,3380 |\n"
        "| Giá trị DTI trung bình cả nước | 0,4472 | 0,4883 |\n"
    )
    got = triples(text, province="lai-chau", published=dt.date(2023, 8, 1))
    assert ("lai-chau", "dti_score", 2022, 0.338) in got
    assert not any(t[3] in (0.4472, 0.4883) for t in got)


# ---- a table's row written as a line of labelled clauses (rule column-clauses; targets.RESULT_COLUMN)


def test_a_row_written_as_labelled_clauses_gives_its_result_not_its_plan():
    text = (
        "Kết quả thực hiện các chỉ tiêu chuyển đổi số năm 2023 của tỉnh Lai Châu như sau:\n\n"
        "- Chỉ tiêu: Tỷ lệ hồ sơ thanh toán trực tuyến; Kế hoạch: 40%; Thực hiện: 43,8%.\n"
        "- Chỉ tiêu: Tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử; Kế hoạch: 70%; "
        "Thực hiện: 66,1%.\n"
    )
    got = triples(text, province="lai-chau", published=dt.date(2024, 1, 15))
    assert ("lai-chau", "online_payment_rate", 2023, 43.8) in got
    assert ("lai-chau", "eid_account_rate", 2023, 66.1) in got  # (an age in the label is no value)
    assert not any(t[3] in (40.0, 70.0) for t in got)


# ---- national round-ups (round 47)


def test_a_pillar_named_with_its_editions_year_is_what_a_list_of_positions_ranks():
    # ("trụ cột chính quyền số của DTI 2022": the pillar, the index and its year one phrasing, not the index after it)
    text = "Ở trụ cột chính quyền số của DTI 2022, ba vị trí đầu lần lượt thuộc về Bắc Giang, Hà Nội và Đà Nẵng."
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("bac-giang", "dti_digital_government_rank", 2022, 1.0) in got
    assert ("da-nang", "dti_digital_government_rank", 2022, 3.0) in got
    assert not any(t[1] == "dti_rank" for t in got)


def test_positions_named_by_ordinal_words_go_to_the_provinces_after_the_list_word():
    text = (
        "Ở trụ cột kinh tế số của DTI 2022, các vị trí nhất, nhì, ba lần lượt thuộc về Bắc Ninh, Hà Nội và "
        "Thái Nguyên."
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("bac-ninh", "dti_digital_economy_rank", 2022, 1.0) in got
    assert ("ha-noi", "dti_digital_economy_rank", 2022, 2.0) in got
    assert ("thai-nguyen", "dti_digital_economy_rank", 2022, 3.0) in got
