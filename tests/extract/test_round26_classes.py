"""Issue 10, in our own sentences, the classes round 26's probe sets (written blind to the extractor,
first scored on 1.18 as released at 96600aa) showed, and the rules that answer them (1.19, step 2)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import facts_of, triples


def test_a_heading_of_indicators_of_a_year_gone_by_lists_results():
    # rule indicators-of-the-past: "chỉ tiêu" is an indicator's word too; a past year makes the heading results
    text = (
        "Chuyển đổi số tỉnh Yên Bái năm 2023 qua các con số\n\n"
        "Sở Thông tin và Truyền thông tỉnh vừa công bố số liệu tổng hợp.\n\n"
        "CÁC CHỈ TIÊU NĂM 2023\n"
        "■ Hồ sơ xử lý trực tuyến: 47,3%\n"
        "■ Hồ sơ thanh toán trực tuyến: 31,5%\n"
    )
    got = triples(text, province="yen-bai", published=dt.date(2024, 3, 4))
    assert ("yen-bai", "online_dossier_rate", 2023, 47.3) in got
    assert ("yen-bai", "online_payment_rate", 2023, 31.5) in got


def test_a_heading_of_indicators_of_a_year_to_come_stays_a_plan():
    # guard: the same heading for the year after publication is a plan's
    text = (
        "Chuyển đổi số tỉnh Yên Bái: kế hoạch năm 2025\n\n"
        "Sở Thông tin và Truyền thông tỉnh vừa trình UBND tỉnh dự thảo kế hoạch.\n\n"
        "CÁC CHỈ TIÊU NĂM 2025\n"
        "■ Hồ sơ xử lý trực tuyến: 60%\n"
    )
    assert not triples(text, province="yen-bai", published=dt.date(2024, 11, 4))


def test_a_lead_in_after_a_report_of_months_gone_by_lists_results():
    text = (
        "UBND tỉnh vừa báo cáo kết quả cải cách hành chính 9 tháng đầu năm 2022. Một số chỉ tiêu như sau:\n"
        "- Tỷ lệ hồ sơ nộp trực tuyến: 36,2%;\n"
        "- Tỷ lệ văn bản điện tử có ký số: 91%."
    )
    got = triples(text, province="phu-tho", published=dt.date(2022, 10, 6))
    assert ("phu-tho", "online_dossier_rate", 2022, 36.2) in got
    assert ("phu-tho", "e_document_signed_rate", 2022, 91.0) in got


def test_a_bullet_that_sets_plan_beside_result_under_a_plan_lead_in():
    # rule plan-and-result: "kế hoạch 60%, thực hiện 64,1%" is read by the bullet's own words
    text = (
        "Báo cáo nêu rõ các chỉ tiêu chuyển đổi số năm 2023 của tỉnh Hòa Bình:\n"
        "- Tỷ lệ hồ sơ được xử lý trực tuyến: kế hoạch 60%, thực hiện 64,1%.\n"
        "- Tỷ lệ hồ sơ thanh toán trực tuyến: kế hoạch 40%, thực hiện 33,8% (chưa đạt)."
    )
    got = triples(text, province="hoa-binh", published=dt.date(2023, 12, 20))
    assert got == {
        ("hoa-binh", "online_dossier_rate", 2023, 64.1),
        ("hoa-binh", "online_payment_rate", 2023, 33.8),
    }


def test_a_social_page_is_named_by_its_path():
    # the page's name on a social network stands where an outlet's host would
    text = "Tỷ lệ người dân có hồ sơ sức khỏe điện tử: 81%\nTổ công nghệ số cộng đồng: 2.310 tổ"
    facts = facts_of(
        text, province=None, source_url="https://www.facebook.com/sothongtinnghean/posts/123",
        published=dt.date(2024, 1, 5),
    )
    assert {f.province for f in facts} == {"nghe-an"}


def test_years_written_after_the_listed_values():
    text = "Theo DTI, Long An có thứ hạng lần lượt là 20, 17 và 9 trong các năm 2021, 2022 và 2023."
    got = triples(text, province="long-an", published=dt.date(2024, 8, 1))
    assert got == {
        ("long-an", "dti_rank", 2021, 20.0),
        ("long-an", "dti_rank", 2022, 17.0),
        ("long-an", "dti_rank", 2023, 9.0),
    }


def test_a_count_of_communes_inside_the_share_does_not_end_it():
    # "100% cơ quan từ tỉnh đến 145 xã, phường ...": 145 counts the communes the bodies are in
    text = "Năm 2024, 100% cơ quan, đơn vị từ tỉnh đến 145 xã, phường của tỉnh Thái Nguyên gửi, nhận văn bản điện tử."
    got = triples(text, province="thai-nguyen", published=dt.date(2025, 1, 15))
    assert ("thai-nguyen", "e_document_exchange_rate", 2024, 100.0) in got


def test_every_level_from_the_province_down_is_the_provinces():
    # after a district's paragraph, "từ cấp tỉnh đến cấp xã" speaks of the whole province again
    text = (
        "Ở cấp huyện, huyện Mường Tè có tỷ lệ hồ sơ trực tuyến thấp nhất với 8%.\n\n"
        "Năm 2021, 100% cơ quan nhà nước từ cấp tỉnh đến cấp xã gửi, nhận văn bản điện tử; tỷ lệ văn bản được ký "
        "số đạt 82%."
    )
    got = triples(text, province="lai-chau", published=dt.date(2021, 12, 28))
    assert ("lai-chau", "e_document_exchange_rate", 2021, 100.0) in got
    assert ("lai-chau", "e_document_signed_rate", 2021, 82.0) in got


def test_the_province_now_provides():
    # "Tỉnh hiện ..." after a paragraph about a city: the province's own figure
    text = (
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Điện Biên đạt 41%.\n\n"
        "Thành phố Điện Biên Phủ đạt 54%, trong khi huyện Mường Nhé thấp nhất với 12%.\n\n"
        "Tỉnh hiện cung cấp 1.702 thủ tục hành chính trực tuyến."
    )
    got = triples(text, province="dien-bien", published=dt.date(2023, 10, 2))
    assert ("dien-bien", "admin_procedure_count", 2023, 1702.0) in got


def test_a_rank_beyond_the_named_regions_size_is_national():
    # Tây Nguyên holds 5 provinces: "thứ 9" under its name is a place on the national board
    text = "So với các tỉnh Tây Nguyên, Lâm Đồng xếp thứ 9, Đắk Lắk thứ 3 trong DTI 2022."
    got = triples(text, province="lam-dong", published=dt.date(2023, 7, 10))
    assert ("lam-dong", "dti_rank", 2022, 9.0) in got


def test_a_rank_within_the_named_regions_size_stays_regional():
    # guard: "thứ 2" among the centrally-run cities is a place in that group
    text = "So với các thành phố trực thuộc Trung ương, Hải Phòng đứng thứ 2 về Chỉ số DTI năm 2022."
    got = triples(text, province="hai-phong", published=dt.date(2023, 7, 10))
    assert ("hai-phong", "dti_rank", 2022, 2.0) not in got


def test_a_score_change_against_a_named_year():
    # the year in "so với năm 2021" is part of the change's label, not a value before it
    text = "Năm 2022, Chỉ số DTI của tỉnh Cà Mau đạt 0,4466. Tăng trưởng giá trị DTI so với năm 2021 là 0,0734."
    got = triples(text, province="ca-mau", published=dt.date(2023, 7, 10))
    assert ("ca-mau", "dti_score_change", 2022, 0.0734) in got
    assert ("ca-mau", "dti_score", 2022, 0.0734) not in got


def test_only_an_increase_of():
    text = "Năm 2022, DTI của Cà Mau đạt 0,4466, nhưng mức tăng so với năm 2021 chỉ là 0,0152."
    got = triples(text, province="ca-mau", published=dt.date(2023, 7, 10))
    assert ("ca-mau", "dti_score_change", 2022, 0.0152) in got
    assert ("ca-mau", "dti_score", 2022, 0.0152) not in got


def test_but_starts_the_next_indexs_clause():
    # "nhưng" (but) folds like "những" (the plural): the rank before it is the first index's
    text = "Năm 2022, tỉnh Bình Thuận có nhân lực số xếp thứ 12 nhưng thể chế số chỉ đứng thứ 49."
    got = triples(text, province="binh-thuan", published=dt.date(2023, 7, 10))
    assert ("binh-thuan", "dti_human_resources_rank", 2022, 12.0) in got
    assert ("binh-thuan", "dti_institution_rank", 2022, 49.0) in got


def test_while_starts_the_next_indexs_clause():
    text = "Năm 2022, hạ tầng số của tỉnh Bình Thuận đứng thứ 8 cả nước, trong khi nhận thức số chỉ ở vị trí 40."
    got = triples(text, province="binh-thuan", published=dt.date(2023, 7, 10))
    assert ("binh-thuan", "dti_infrastructure_rank", 2022, 8.0) in got
    assert ("binh-thuan", "dti_awareness_rank", 2022, 40.0) in got


def test_each_place_in_its_own_edition():
    text = "Quảng Trị liên tục cải thiện thứ hạng: thứ 48 ở DTI 2021, thứ 39 ở DTI 2022 và thứ 30 ở DTI 2023."
    got = triples(text, province="quang-tri", published=dt.date(2024, 8, 1))
    assert got == {
        ("quang-tri", "dti_rank", 2021, 48.0),
        ("quang-tri", "dti_rank", 2022, 39.0),
        ("quang-tri", "dti_rank", 2023, 30.0),
    }


def test_one_edition_after_two_places_dates_both():
    # guard: "A thứ 21, B thứ 33 ở DTI 2023" is one edition for both places
    text = (
        "Năm trước, khi bảng xếp hạng còn tính trên 63 tỉnh, thành, Quảng Trị (cũ) xếp thứ 41/63, Quảng Bình thứ "
        "29/63 ở DTI 2023."
    )
    got = triples(text, province="quang-tri", published=dt.date(2025, 11, 10))
    assert ("quang-tri", "dti_rank", 2023, 41.0) in got
    assert ("quang-binh", "dti_rank", 2023, 29.0) in got


def test_a_plans_level_in_brackets():
    text = "Năm 2024, tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh Sơn La đạt 52,6%, vượt kế hoạch năm (45%)."
    got = triples(text, province="son-la", published=dt.date(2025, 1, 10))
    assert got == {("son-la", "online_payment_rate", 2024, 52.6)}


def test_an_indexs_edition_in_brackets_dates_its_rank():
    text = "Theo báo cáo, tỉnh Quảng Ninh giữ vị trí dẫn đầu cả nước về Chỉ số cải cách hành chính (PAR Index 2022)."
    got = triples(text, province="quang-ninh", published=dt.date(2023, 11, 20))
    assert got == {("quang-ninh", "par_index_rank", 2022, 1.0)}


def test_a_pillar_does_not_pass_from_the_province_to_a_neighbour():
    # rule component-stays-home: the next line's "/63" rank of another province is that province's DTI rank
    text = (
        "Chỉ số DTI 2022 của Trà Vinh: những điểm cần cải thiện\n\n"
        "Theo Bộ chỉ số DTI năm 2022, Trà Vinh xếp thứ 30/63.\n\n"
        "Chỉ số thể chế số giảm từ 0,5410 (năm 2021) xuống 0,4820, cho thấy nhiều việc cần làm.\n\n"
        "Vĩnh Long năm 2022 xếp thứ 25/63."
    )
    got = triples(text, province="tra-vinh", published=dt.date(2023, 7, 20))
    assert ("vinh-long", "dti_rank", 2022, 25.0) in got
    assert ("vinh-long", "dti_institution_rank", 2022, 25.0) not in got


def test_a_pillar_round_up_goes_on_over_provinces():
    # guard: after other provinces' values of one pillar, the pillar goes on ("Đứng thứ hai là ...")
    text = (
        "Theo DTI 2022, ở trụ cột xã hội số, Đà Nẵng xếp thứ nhất, Quảng Ninh thứ hai. "
        "Bến Tre xếp thứ 7, cao nhất vùng Đồng bằng sông Cửu Long."
    )
    got = triples(text, province="tra-vinh", published=dt.date(2023, 7, 20))
    assert ("ben-tre", "dti_digital_society_rank", 2022, 7.0) in got


def test_an_answer_is_of_what_the_question_asks():
    # rule question-answer (not an answer about the nation)
    text = (
        "Bạn có biết?\n\n"
        "❓ Tỉnh có bao nhiêu Tổ công nghệ số cộng đồng?\n"
        "👉 Trả lời: 2.095 tổ.\n"
        "❓ Bao nhiêu phần trăm hồ sơ được thanh toán trực tuyến? (Bạn đọc ở xã Tân Lập)\n"
        "👉 Trả lời: 44,7%.\n"
        "❓ Cả nước có bao nhiêu phần trăm hồ sơ thanh toán trực tuyến?\n"
        "👉 Trả lời: khoảng 40%."
    )
    got = triples(text, province="quang-ninh", published=dt.date(2024, 12, 10))
    assert got == {
        ("quang-ninh", "community_digital_team_count", 2024, 2095.0),
        ("quang-ninh", "online_payment_rate", 2024, 44.7),
    }


def test_a_province_compared_with_owns_only_its_own_bracket():
    # "cao hơn hẳn X (a%) và gấp ba lần năm 2020 (b%)": b is the subject's earlier value, not X's
    text = (
        "Năm 2022, tỷ lệ hồ sơ trực tuyến của Hưng Yên đạt 41,6%, cao hơn hẳn Thái Bình (28,3%) và gấp hơn hai "
        "lần năm 2021 (19,2%); tỷ lệ hồ sơ thanh toán trực tuyến đạt 12,4%."
    )
    got = triples(text, province="hung-yen", published=dt.date(2023, 2, 1))
    assert ("hung-yen", "online_dossier_rate", 2021, 19.2) in got
    assert ("hung-yen", "online_payment_rate", 2022, 12.4) in got
    assert not {f for f in got if f[0] == "thai-binh" and f[3] != 28.3}


def test_a_department_that_says_so_is_the_source():
    # "Sở ... cho rằng chỉ số ... chỉ đạt 0,31": the department speaks of the province's index
    text = (
        "Theo DTI 2021, Bạc Liêu xếp thứ 50/63. Sở Thông tin và Truyền thông cho rằng chỉ số nhân lực số "
        "chỉ đạt 0,2215 do thiếu cán bộ chuyên trách."
    )
    got = triples(text, province="bac-lieu", published=dt.date(2022, 6, 1))
    assert ("bac-lieu", "dti_human_resources_score", 2021, 0.2215) in got


def test_a_general_rank_row_under_a_titled_table_of_years():
    # "Xếp hạng chung" in a table whose header has only years: the index the table's title names
    text = (
        "Bảng: Kết quả DTI của tỉnh Phú Thọ\n"
        "Chỉ tiêu | 2022 | 2023\n"
        "Giá trị DTI | 0,4410 | 0,4902\n"
        "Xếp hạng chung | 30/63 | 22/63\n"
    )
    got = triples(text, province="phu-tho", published=dt.date(2024, 8, 1))
    assert ("phu-tho", "dti_rank", 2022, 30.0) in got
    assert ("phu-tho", "dti_rank", 2023, 22.0) in got


def test_a_bracket_that_opens_with_its_year_holds_the_measure_before_it():
    text = (
        "So với cả năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Kon Tum tăng 5,2 điểm phần trăm (năm 2023 đạt 47,5%), "
        "tỷ lệ thanh toán trực tuyến tăng gần 7 điểm phần trăm."
    )
    got = triples(text, province="kon-tum", published=dt.date(2024, 4, 10))
    assert got == {("kon-tum", "online_dossier_rate", 2023, 47.5)}


def test_a_share_in_brackets_inside_its_phrase_still_reads_on():
    # guard: "(92,4%)" inside "người dân từ 14 tuổi trở lên (92,4%) đã kích hoạt tài khoản định danh điện tử"
    text = (
        "Năm 2024, hơn 9 phần 10 người dân từ 14 tuổi trở lên của tỉnh Kon Tum (91,7%) đã kích hoạt tài khoản định "
        "danh điện tử."
    )
    got = triples(text, province="kon-tum", published=dt.date(2025, 1, 10))
    assert ("kon-tum", "eid_account_rate", 2024, 91.7) in got
