"""Issue 10, in our own sentences: the classes of session 31 (progress told over several editions, read in round 59's
``gx`` set after its unread score; round 60's misses, scored unread on 1.39 first) and the rules of 1.40 that answer
them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- a year inside an aside between dashes dates the aside only (periods, rule dash-aside)


def test_a_dash_aside_with_its_own_rank_and_year_does_not_date_the_rank_after_it():
    text = (
        "DTI 2023 của Kon Tum được công bố: tỉnh xếp thứ 41/63. Xã hội số – trụ cột từng xếp thứ 58 trong kỳ đánh giá "
        "năm 2021 – nay đã lên thứ 36."
    )
    got = triples(text, province="kon-tum", published=dt.date(2025, 2, 20))
    assert ("kon-tum", "dti_digital_society_rank", 2021, 58) in got
    assert ("kon-tum", "dti_digital_society_rank", 2023, 36) in got


def test_the_year_of_a_dash_aside_is_not_the_year_of_the_next_sentence():
    text = (
        "Kon Tum: chuyển đổi số năm 2023\n\nXã hội số – trụ cột từng xếp thứ 58 trong kỳ đánh giá năm 2021 – nay "
        "đã lên thứ 36. Tỷ lệ văn bản điện tử được ký số của tỉnh đạt 88%."
    )
    got = triples(text, province="kon-tum", published=dt.date(2024, 8, 20))
    assert ("kon-tum", "dti_digital_society_rank", 2023, 36) in got
    assert ("kon-tum", "e_document_signed_rate", 2023, 88) in got


def test_a_list_of_years_with_dashes_is_no_aside():
    # (each year labels the rank after its dash; a ";" between them is no aside's)
    text = "Thứ hạng DTI của Sóc Trăng qua các năm: 2020 – thứ 50; 2021 – thứ 44; 2022 – thứ 39."
    got = triples(text, province="soc-trang", published=dt.date(2023, 11, 5))
    assert ("soc-trang", "dti_rank", 2021, 44) in got
    assert ("soc-trang", "dti_rank", 2022, 39) in got


def test_a_dateline_dash_and_a_hyphenated_province_make_no_aside():
    text = (
        "BRVT - Năm 2024, tỷ trọng kinh tế số trong GRDP của tỉnh Bà Rịa - Vũng Tàu ước đạt 11,4%, theo Cục Thống "
        "kê tỉnh."
    )
    got = triples(text, province="ba-ria-vung-tau", published=dt.date(2025, 3, 1))
    assert ("ba-ria-vung-tau", "digital_economy_grdp_share", 2024, 11.4) in got


# ---- "hai năm tiếp theo, ... lần lượt là 5 và 8": a list's years counted on (lists, rule years-counted-on)


def test_a_list_after_n_following_years_takes_the_years_counted_on():
    text = (
        "Về chỉ số DTI, tỉnh Bình Thuận xếp thứ 40 năm 2020 và lên thứ 31 ở kỳ đánh giá năm 2021; ba năm tiếp theo, "
        "thứ hạng của tỉnh lần lượt là 27, 24 và 20."
    )
    got = triples(text, province="binh-thuan", published=dt.date(2025, 6, 1))
    assert ("binh-thuan", "dti_rank", 2022, 27) in got
    assert ("binh-thuan", "dti_rank", 2023, 24) in got
    assert ("binh-thuan", "dti_rank", 2024, 20) in got


def test_years_counted_on_need_as_many_values_as_years():
    # (two years and three values: the count does not fit, no year is guessed for the list)
    text = (
        "Về chỉ số DTI, tỉnh Bình Thuận xếp thứ 40 năm 2020 và lên thứ 31 ở kỳ đánh giá năm 2021; hai năm tiếp theo, "
        "thứ hạng của tỉnh lần lượt là 27, 24 và 20."
    )
    got = triples(text, province="binh-thuan", published=dt.date(2025, 6, 1))
    assert ("binh-thuan", "dti_rank", 2022, 27) not in got
    assert ("binh-thuan", "dti_rank", 2023, 24) not in got


# ---- "để rồi một năm sau ..." after "; năm 2022 ...": a year counted on dates its own clause (sentence-year)


def test_a_year_counted_on_after_a_year_in_the_same_clause_dates_the_value_after_it():
    text = (
        "Điểm lại các kỳ đánh giá DTI: năm 2021 Vĩnh Phúc đứng thứ 9; năm 2022 tỉnh tụt xuống thứ 15, rồi một năm "
        "sau trở lại vị trí thứ 8."
    )
    got = triples(text, province="vinh-phuc", published=dt.date(2025, 1, 10))
    assert ("vinh-phuc", "dti_rank", 2022, 15) in got
    assert ("vinh-phuc", "dti_rank", 2023, 8) in got


# ---- one value said of several joined years (rule shared-years)


def test_a_value_said_of_two_years_with_deu_is_each_years():
    text = "Về chỉ số DTI, năm 2021 và 2022 tỉnh Lạng Sơn đều xếp thứ 33; năm 2023 tỉnh lên thứ 25."
    got = triples(text, province="lang-son", published=dt.date(2025, 1, 10))
    assert ("lang-son", "dti_rank", 2021, 33) in got
    assert ("lang-son", "dti_rank", 2022, 33) in got
    assert ("lang-son", "dti_rank", 2023, 25) in got


def test_a_value_followed_by_cac_nam_is_each_years():
    text = "Tỉnh Hậu Giang giữ vị trí thứ 20 về DTI các năm 2022 và 2023, trước khi lùi xuống thứ 28 năm 2024."
    got = triples(text, province="hau-giang", published=dt.date(2025, 11, 2))
    assert ("hau-giang", "dti_rank", 2022, 20) in got
    assert ("hau-giang", "dti_rank", 2023, 20) in got


def test_years_compared_with_are_not_shared():
    # (no "đều", no "các năm": the value is the one year's, compared with the two before)
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Lạng Sơn đạt 61,5%, cao hơn năm 2021 và 2022."
    got = triples(text, province="lang-son", published=dt.date(2024, 2, 10))
    assert ("lang-son", "online_dossier_rate", 2023, 61.5) in got
    assert not any(t[2] in (2021, 2022) for t in got)


# ---- "..., trong khi năm 2021 ..." after a value in the clause after ";" dates what follows it only (sentence-year)


def test_a_contrast_year_after_the_value_in_a_later_clause_does_not_undate_it():
    text = (
        "Năm 2023, mọi cơ quan của tỉnh Phú Yên đã gửi, nhận văn bản điện tử; tỷ lệ văn bản điện tử được ký số đạt "
        "90,2%, trong khi năm 2021 con số này mới là 64%."
    )
    got = triples(text, province="phu-yen", published=dt.date(2024, 8, 1))
    assert ("phu-yen", "e_document_signed_rate", 2023, 90.2) in got


# ---- an index named in a clause of concession after a rank is not what it ranks (binding, rule cause-not-ranked)


def test_a_pillar_named_after_dù_does_not_take_the_rank_before_it():
    text = (
        "Kết quả DTI 2022 vừa công bố. Ngược lại, Đồng Nai lùi 9 bậc, xuống thứ 30 trong năm 2022, dù xã hội số của "
        "tỉnh vẫn ở nhóm khá."
    )
    got = triples(text, province="dong-nai", published=dt.date(2023, 7, 1))
    assert ("dong-nai", "dti_rank", 2022, 30) in got
    assert not any(t[1] == "dti_digital_society_rank" for t in got)


def test_the_index_named_after_nhưng_still_takes_the_rank():
    # ("nhưng" goes on about what was ranked: the DTI itself)
    text = (
        "DTI 2022 của Lai Châu xếp thứ 52/63. So với năm 2021 (xếp thứ 57/63), tỉnh đã tăng 5 bậc nhưng giá trị DTI "
        "vẫn thấp hơn mức trung bình."
    )
    got = triples(text, province="lai-chau", published=dt.date(2023, 7, 1))
    assert ("lai-chau", "dti_rank", 2021, 57) in got


# ---- a movement "in the same span" after a paragraph that told several years (rule same-span)


def test_a_movement_in_the_same_span_runs_from_the_first_year_told_to_the_last():
    text = (
        "Năm 2020, Trà Vinh đứng thứ 52/63 về DTI; năm 2021 lên thứ 40 và năm 2022 xếp thứ 31. Trong cùng giai đoạn, "
        "giá trị DTI của tỉnh tăng từ 0,2870 lên 0,4712."
    )
    got = triples(text, province="tra-vinh", published=dt.date(2023, 8, 1))
    assert ("tra-vinh", "dti_score", 2020, 0.287) in got
    assert ("tra-vinh", "dti_score", 2022, 0.4712) in got


def test_a_movement_without_the_same_span_keeps_its_own_years():
    # (no "cùng giai đoạn": the scores are the latest edition's and the one before)
    text = (
        "Năm 2020, Trà Vinh đứng thứ 52/63 về DTI; năm 2021 lên thứ 40 và năm 2022 xếp thứ 31. Giá trị DTI của tỉnh "
        "năm 2022 tăng từ 0,4103 lên 0,4712."
    )
    got = triples(text, province="tra-vinh", published=dt.date(2023, 8, 1))
    assert ("tra-vinh", "dti_score", 2022, 0.4712) in got
    assert not any(t[2] == 2020 and t[1] == "dti_score" for t in got)


# ---- a family name before a province's letters makes a person (gazetteer, surnames)


def test_a_person_whose_names_spell_a_province_is_no_province():
    text = (
        "Đà Nẵng dẫn đầu DTI 2022\n\nPV: Xin ông cho biết kinh tế số của thành phố đã đóng góp ra sao?\n\n"
        "Ông Trần Quang Nam: Năm 2022, tỷ trọng kinh tế số trong GRDP của thành phố ước đạt 17,6%."
    )
    got = triples(text, province="da-nang", published=dt.date(2023, 8, 1))
    assert ("da-nang", "digital_economy_grdp_share", 2022, 17.6) in got
    assert not any(t[0] == "quang-nam" for t in got)


def test_a_province_after_another_name_and_a_full_stop_is_still_named():
    # ("Đắk Nông. Lâm Đồng": "Nông" ends another province's name, it is no family name before "Lâm Đồng")
    from vndx.extract.gazetteer import load_gazetteer
    from vndx.extract.text import fold, fold_case_preserving

    text = "Kon Tum xếp thứ 4 khu vực, trên Đắk Nông. Lâm Đồng dẫn đầu, xếp thứ 19 cả nước."
    cased = fold_case_preserving(text)
    slugs = [m.slug for m in load_gazetteer().mentions(cased, fold(text), original=text)]
    assert slugs == ["kon-tum", "dak-nong", "lam-dong"]


# ---- round 60, read after its unread score on 1.39


def test_the_digital_economy_share_after_its_value_added_in_billions():
    # (the thousands' dot of the value added is no sentence end between the measure and its share)
    text = (
        "Năm 2023, giá trị tăng thêm của kinh tế số trên địa bàn tỉnh Hải Dương ước đạt 21.460 tỷ đồng, chiếm 14,2% "
        "tổng sản phẩm trên địa bàn (GRDP)."
    )
    got = triples(text, province="hai-duong", published=dt.date(2024, 4, 1))
    assert ("hai-duong", "digital_economy_grdp_share", 2023, 14.2) in got


def test_a_rank_between_a_count_of_transactions_and_the_measure_named_again():
    text = (
        "Năm 2024, sàn thương mại điện tử của tỉnh Hưng Yên có 38.215 giao dịch thành công, xếp thứ 9 cả nước về số "
        "giao dịch trên sàn thương mại điện tử."
    )
    got = triples(text, province="hung-yen", published=dt.date(2025, 2, 1))
    assert ("hung-yen", "ecommerce_transaction_count", 2024, 38215) in got
    assert ("hung-yen", "ecommerce_transaction_rank", 2024, 9) in got


def test_ranks_pointed_back_at_take_the_provinces_of_the_clause_before():
    text = (
        "Các tỉnh Tây Bắc như Lai Châu, Điện Biên, Sơn La còn ở nhóm cuối bảng DTI; năm 2022, các thứ hạng này lần "
        "lượt là 60, 57 và 49."
    )
    got = triples(text, province="son-la", published=dt.date(2023, 8, 1))
    assert ("lai-chau", "dti_rank", 2022, 60) in got
    assert ("dien-bien", "dti_rank", 2022, 57) in got
    assert ("son-la", "dti_rank", 2022, 49) in got


def test_as_early_as_a_year_is_that_years_value():
    text = (
        "Năm 2023, Vĩnh Long xếp thứ 12 về DTI. Ngay từ năm 2020, tỉnh đã đứng thứ 20 cả nước về chỉ số chuyển "
        "đổi số."
    )
    got = triples(text, province="vinh-long", published=dt.date(2024, 9, 1))
    assert ("vinh-long", "dti_rank", 2020, 20) in got


def test_from_a_year_on_is_still_no_period():
    # ("từ năm 2020" opens a span, it dates nothing)
    text = "Từ năm 2020 đến nay, tỷ lệ hồ sơ trực tuyến của tỉnh Vĩnh Long đạt 71,5%."
    got = triples(text, province="vinh-long", published=dt.date(2024, 9, 1))
    assert ("vinh-long", "online_dossier_rate", 2020, 71.5) not in got


def test_two_provinces_that_both_only_reach_a_value_each_take_it():
    text = "Năm 2024, tỷ lệ hộ gia đình có cáp quang của Điện Biên và Lai Châu cùng chỉ đạt khoảng 55%."
    got = triples(text, province="dien-bien", published=dt.date(2025, 2, 1))
    assert ("dien-bien", "fixed_broadband_household_rate", 2024, 55) in got
    assert ("lai-chau", "fixed_broadband_household_rate", 2024, 55) in got


def test_the_province_the_listed_ones_merged_into_is_no_item():
    text = (
        "Hậu Giang và Sóc Trăng, hai tỉnh nay đã hợp nhất vào TP. Cần Thơ, có tỷ trọng kinh tế số trong GRDP lần "
        "lượt đạt 8,4% và 7,9% trong năm 2024."
    )
    got = triples(text, province="can-tho", published=dt.date(2025, 9, 1))
    assert ("hau-giang", "digital_economy_grdp_share", 2024, 8.4) in got
    assert ("soc-trang", "digital_economy_grdp_share", 2024, 7.9) in got


def test_a_province_called_the_regions_engine_is_the_subject():
    text = 'Đồng Nai vẫn là "đầu tàu" của vùng, với DTI năm 2023 đạt 0,6021, xếp thứ 7 cả nước.'
    got = triples(text, province="dong-nai", published=dt.date(2025, 3, 1))
    assert ("dong-nai", "dti_score", 2023, 0.6021) in got
    assert ("dong-nai", "dti_rank", 2023, 7) in got


def test_a_headline_of_results_and_next_years_tasks_dates_the_results():
    text = (
        "Kết quả chuyển đổi số năm 2025 và phương hướng, nhiệm vụ năm 2026\n\n"
        "Về kinh tế số: tỷ trọng kinh tế số trong GRDP của tỉnh Thái Nguyên ước đạt 19,4%."
    )
    got = triples(text, province="thai-nguyen", published=dt.date(2026, 1, 20))
    assert ("thai-nguyen", "digital_economy_grdp_share", 2025, 19.4) in got


def test_the_latest_ranking_named_after_the_rank_is_the_edition_out_that_day():
    # (in August 2025 the latest edition out was DTI 2023, published in February 2025)
    text = (
        "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Bình Phước đạt 80,2%. Trước khi hợp nhất, Bình Phước là địa phương "
        "có chỉ số chuyển đổi số khá, xếp thứ 24/63 trong bảng xếp hạng DTI gần nhất."
    )
    got = triples(text, province="binh-phuoc", published=dt.date(2025, 8, 10))
    assert ("binh-phuoc", "dti_rank", 2023, 24) in got


def test_a_rank_about_the_overall_index_is_the_carried_index():
    # (after 1.40's commit: "về chỉ số tổng thể" names the index the paragraph is about as a whole)
    text = (
        "Kết quả DTI năm 2024 vừa được công bố trên cơ sở 34 tỉnh, thành phố. Quảng Trị xếp thứ 20/34 về chỉ số "
        "tổng thể; trụ cột xã hội số xếp thứ 15/34."
    )
    got = triples(text, province="quang-tri", published=dt.date(2025, 11, 1))
    assert ("quang-tri", "dti_rank", 2024, 20) in got
    assert ("quang-tri", "dti_digital_society_rank", 2024, 15) in got
