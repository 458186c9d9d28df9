"""Issue 10, in our own sentences, the classes round 32's probe sets (written blind to the extractor,
scored unread on 1.20) showed, and the rules of 1.21 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# ---- rule now-named: "tỉnh X (nay là tỉnh Y)": the successor's name does not take X's value


def test_a_former_province_named_with_its_successor_keeps_its_rank():
    text = (
        "Chuyển đổi số tỉnh Lâm Đồng sau hợp nhất\n\n"
        "Ở DTI 2023, tỉnh Đắk Nông (nay là tỉnh Lâm Đồng) đứng thứ 47/63, còn tỉnh Bình Thuận (nay thuộc "
        "tỉnh Lâm Đồng) xếp thứ 29/63."
    )
    got = triples(text, province="lam-dong", published=dt.date(2026, 3, 2))
    assert ("dak-nong", "dti_rank", 2023, 47.0) in got
    assert ("binh-thuan", "dti_rank", 2023, 29.0) in got
    assert not {f for f in got if f[0] == "lam-dong"}


def test_the_successor_named_after_a_comma_is_not_the_subject_either():
    text = "Năm 2022, Quảng Nam, nay là một phần của thành phố Đà Nẵng, xếp thứ 33/63 về chỉ số DTI."
    got = triples(text, province="da-nang", published=dt.date(2026, 1, 9))
    assert ("quang-nam", "dti_rank", 2022, 33.0) in got
    assert not {f for f in got if f[0] == "da-nang"}


def test_a_province_compared_with_its_successor_named_later_is_still_compared():
    # guard: only a successor written right after the province ("(nay là ...") is skipped: a merged province
    # that is its clause's own subject after another's name keeps its value
    text = "Năm 2025, tỉnh Gia Lai xếp thứ 21/34 về chỉ số DTI, trong khi tỉnh Đắk Lắk xếp thứ 25/34."
    got = triples(text, province="gia-lai", published=dt.date(2026, 5, 5))
    assert ("gia-lai", "dti_rank", 2025, 21.0) in got
    assert ("dak-lak", "dti_rank", 2025, 25.0) in got


# ---- a count broken down by a commune ("đạt 612 doanh nghiệp, trong đó khu vực phường X chiếm 60%") leaves the
# paragraph about the province


def test_a_count_broken_down_by_a_ward_does_not_hand_the_paragraph_to_the_ward():
    text = (
        "Ninh Bình: kinh tế số năm 2025\n\n"
        "Đến cuối năm 2025, toàn tỉnh có 530 doanh nghiệp công nghệ số, trong đó khu vực phường Hoa Lư "
        "chiếm khoảng một nửa. Tỷ lệ người dân trưởng thành có tài khoản ngân hàng đạt 88,4%."
    )
    got = triples(text, province="ninh-binh", published=dt.date(2026, 1, 20))
    assert ("ninh-binh", "bank_account_adult_rate", 2025, 88.4) in got


def test_a_ward_opening_its_own_sentence_still_takes_the_paragraph():
    # guard: a ward that is its sentence's subject (no value of the province before it) still owns what follows
    text = (
        "Ninh Bình: kinh tế số năm 2025\n\n"
        "Năm 2025, phường Hoa Lư có 260 doanh nghiệp công nghệ số. Tỷ lệ người trưởng thành có tài khoản "
        "ngân hàng đạt 93,1%."
    )
    got = triples(text, province="ninh-binh", published=dt.date(2026, 1, 20))
    assert not {f for f in got if f[1] == "bank_account_adult_rate"}


# ---- rule numbered-ranking, widened: a list ranked from the bottom, the score on an item's line, the lead-in's
# bracket, a labelled rank in an item's bracket


def test_a_numbered_list_from_the_bottom_ranks_its_items_where_they_stand():
    text = (
        "Kết quả DTI 2021 được công bố.\n\n"
        "Bốn tỉnh có DTI 2021 thấp nhất cả nước:\n"
        "60. Lai Châu (0,2811)\n"
        "61. Hà Giang (0,2790)\n"
        "62. Cao Bằng (0,2702)\n"
        "63. Bắc Kạn (0,2655)\n"
    )
    got = triples(text, province="lai-chau", published=dt.date(2022, 5, 20))
    assert got >= {
        ("lai-chau", "dti_rank", 2021, 60.0),
        ("bac-kan", "dti_rank", 2021, 63.0),
        ("ha-giang", "dti_score", 2021, 0.279),
        ("cao-bang", "dti_score", 2021, 0.2702),
    }


def test_a_list_of_points_that_opens_past_one_is_not_read_without_a_ranking_lead():
    # guard: the items of a list that does not say it ranks from the bottom are not ranks
    text = (
        "Tỉnh Lai Châu đề ra các nhiệm vụ chuyển đổi số năm 2022 như sau:\n"
        "3. Cao Bằng hỗ trợ 12 xã biên giới\n"
        "4. Hà Giang chia sẻ 5 nền tảng\n"
    )
    got = triples(text, province="lai-chau", published=dt.date(2022, 5, 20))
    assert not {f for f in got if f[1] == "dti_rank"}


def test_the_score_on_a_top_lists_item_line_is_the_ranked_indexs():
    text = (
        "Năm địa phương dẫn đầu DTI 2022:\n"
        "1. Đà Nẵng – 0,6225\n"
        "2. Quảng Ninh: 0,6073\n"
        "3. Thừa Thiên Huế (0,5960)\n"
    )
    got = triples(text, province="da-nang", published=dt.date(2023, 7, 10))
    assert got >= {
        ("da-nang", "dti_rank", 2022, 1.0),
        ("da-nang", "dti_score", 2022, 0.6225),
        ("quang-ninh", "dti_score", 2022, 0.6073),
        ("thua-thien-hue", "dti_score", 2022, 0.596),
    }


def test_an_index_named_in_the_lead_ins_bracket_does_not_rank_the_list():
    text = (
        "Các tỉnh dẫn đầu PAR Index 2022 (trong ngoặc: thứ hạng DTI 2022):\n"
        "1. Quảng Ninh – 90,1% (DTI: 2)\n"
        "2. Hải Phòng – 89,6% (DTI: 7)\n"
        "3. Bắc Ninh – 88,9% (DTI: 11)\n"
    )
    got = triples(text, province="quang-ninh", published=dt.date(2023, 6, 1))
    assert got >= {
        ("quang-ninh", "par_index_rank", 2022, 1.0),
        ("hai-phong", "par_index_rank", 2022, 2.0),
        ("hai-phong", "dti_rank", 2022, 7.0),
        ("bac-ninh", "dti_rank", 2022, 11.0),
    }
    assert ("hai-phong", "dti_rank", 2022, 2.0) not in got


def test_a_dti_2024_score_listed_on_the_34_basis_is_the_merged_provinces():
    text = (
        "Top 3 địa phương dẫn đầu DTI 2024:\n"
        "1. Hà Nội (0,7012)\n"
        "2. Huế (0,6650)\n"
        "3. Đà Nẵng (0,6521)\n"
    )
    got = triples(text, province="hue", published=dt.date(2025, 11, 2))
    assert ("hue", "dti_score", 2024, 0.665) in got
    assert ("hue", "dti_rank", 2024, 2.0) in got


# ---- rule province-paren-list: the index of the bracketed ranks is not one named past a ";"


def test_bracketed_ranks_keep_the_index_of_their_clause_not_the_next_ones():
    text = (
        "Nhóm cuối PAR Index 2021 gồm Cao Bằng (61), Hà Giang (62) và Bắc Kạn (63); cả ba cũng đứng cuối "
        "bảng xếp hạng DTI 2021."
    )
    got = triples(text, province="cao-bang", published=dt.date(2022, 6, 1))
    assert got >= {("cao-bang", "par_index_rank", 2021, 61.0), ("bac-kan", "par_index_rank", 2021, 63.0)}
    assert not {f for f in got if f[1] == "dti_rank"}


# ---- lists that point back


def test_rates_counted_back_take_the_measures_of_the_sentence_before():
    text = (
        "Đến nay, tỷ lệ hồ sơ trực tuyến của tỉnh Bến Tre đạt 68,2%; tỷ lệ thanh toán trực tuyến đạt 51,7%. "
        "Năm 2022, các tỷ lệ này lần lượt là 49,5% và 33,1%."
    )
    got = triples(text, province="ben-tre", published=dt.date(2023, 9, 14))
    assert got >= {
        ("ben-tre", "online_dossier_rate", 2022, 49.5),
        ("ben-tre", "online_payment_rate", 2022, 33.1),
    }


def test_the_urban_area_set_apart_is_a_part_of_the_province():
    text = (
        "Năm 2023, tỷ lệ chi trả trợ cấp xã hội không dùng tiền mặt của tỉnh Vĩnh Long đạt 88,5%, riêng khu vực "
        "thành thị đạt 99%."
    )
    got = triples(text, province="vinh-long", published=dt.date(2024, 1, 8))
    assert ("vinh-long", "cashless_social_welfare_rate", 2023, 88.5) in got
    assert not {f for f in got if f[3] == 99.0}


def test_corresponding_ranks_in_another_index_go_to_the_provinces_of_the_list_before():
    text = (
        "Trong DTI 2021, Lạng Sơn, Cao Bằng và Bắc Kạn lần lượt xếp thứ 30, 48 và 55. Với PAR Index 2021, các thứ "
        "hạng tương ứng là 21, 44 và 60."
    )
    got = triples(text, province="lang-son", published=dt.date(2022, 6, 30))
    assert got >= {
        ("lang-son", "par_index_rank", 2021, 21.0),
        ("cao-bang", "par_index_rank", 2021, 44.0),
        ("bac-kan", "par_index_rank", 2021, 60.0),
    }


def test_a_list_of_districts_values_does_not_take_the_provinces_of_the_list_before():
    # guard: "lần lượt" after two districts points at them, not back at the provinces listed before
    text = (
        "Năm 2023, Lạng Sơn và Cao Bằng lần lượt xếp thứ 30 và 48 về DTI. Huyện Hữu Lũng và huyện Chi Lăng có tỷ lệ "
        "hồ sơ trực tuyến cao nhất, lần lượt 81% và 77%."
    )
    got = triples(text, province="lang-son", published=dt.date(2024, 3, 1))
    assert not {f for f in got if f[1] == "online_dossier_rate"}


def test_provinces_counted_back_are_the_last_ones_named():
    text = (
        "Tỉnh Phú Thọ mới, hình thành từ Vĩnh Phúc, Hòa Bình và Phú Thọ, xếp thứ 12/34 ở DTI 2024; trước đó, "
        "trong DTI 2023, ba tỉnh này lần lượt đứng thứ 9, 50 và 31."
    )
    got = triples(text, province="phu-tho", published=dt.date(2025, 10, 25))
    assert got >= {
        ("vinh-phuc", "dti_rank", 2023, 9.0),
        ("hoa-binh", "dti_rank", 2023, 50.0),
        ("phu-tho", "dti_rank", 2023, 31.0),
    }


def test_a_span_of_positions_in_an_index_taken_by_the_provinces_after_it():
    text = "Các vị trí từ 3 đến 5 của DTI 2022 lần lượt thuộc về Hà Nội, Bắc Ninh và Quảng Ninh."
    got = triples(text, province="ha-noi", published=dt.date(2023, 7, 1))
    assert got >= {
        ("ha-noi", "dti_rank", 2022, 3.0),
        ("bac-ninh", "dti_rank", 2022, 4.0),
        ("quang-ninh", "dti_rank", 2022, 5.0),
    }


def test_the_rank_noun_after_the_list_word_makes_the_values_ranks():
    text = "Năm 2023, Nghệ An, Hà Tĩnh và Thanh Hóa lần lượt có thứ hạng DTI là 28, 19 và 23."
    got = triples(text, province="nghe-an", published=dt.date(2024, 8, 1))
    assert got >= {
        ("nghe-an", "dti_rank", 2023, 28.0),
        ("ha-tinh", "dti_rank", 2023, 19.0),
        ("thanh-hoa", "dti_rank", 2023, 23.0),
    }


# ---- products on e-commerce platforms named after a long description of them


def test_products_described_at_length_before_the_platforms_are_counted():
    text = (
        "Đến cuối năm 2024, toàn tỉnh Hà Tĩnh có 1.180 sản phẩm OCOP và đặc sản như cam bù, kẹo cu đơ, nước mắm, "
        "chè xanh đã được đưa lên các sàn thương mại điện tử."
    )
    got = triples(text, province="ha-tinh", published=dt.date(2025, 1, 15))
    assert ("ha-tinh", "ecommerce_product_count", 2024, 1180.0) in got


# ---- rule carry-to-semicolon: a first clause without a measure, before a clause that names its own


def test_a_score_before_a_semicolon_keeps_the_index_of_the_sentence_before():
    text = (
        "Bộ Khoa học và Công nghệ công bố Chỉ số chuyển đổi số (DTI) năm 2024 của 34 tỉnh, thành phố. Theo đó, tỉnh "
        "Lào Cai đạt giá trị 0,5810, xếp thứ 17/34; ba trụ cột chính quyền số, kinh tế số và xã hội số lần lượt xếp "
        "thứ 12, 21 và 18."
    )
    got = triples(text, province="lao-cai", published=dt.date(2025, 10, 28))
    assert got >= {
        ("lao-cai", "dti_score", 2024, 0.581),
        ("lao-cai", "dti_rank", 2024, 17.0),
        ("lao-cai", "dti_digital_government_rank", 2024, 12.0),
    }



# ---- rule share-pointed-back: "tỷ trọng này" is the digital economy's share of GRDP the article named


def test_this_share_points_back_to_the_digital_economys_share_across_a_paragraph():
    text = (
        "Năm 2025, kinh tế số của Đồng Nai ước chiếm 16,2% GRDP. Toàn tỉnh có 2.050 doanh nghiệp công nghệ số.\n\n"
        "Trước hợp nhất, năm 2024 tỷ trọng này của tỉnh Đồng Nai (cũ) đạt 14,1%, tỉnh Bình Phước (cũ) là 7,9%."
    )
    got = triples(text, province="dong-nai", published=dt.date(2026, 1, 20))
    assert got >= {
        ("dong-nai", "digital_economy_grdp_share", 2024, 14.1),
        ("binh-phuoc", "digital_economy_grdp_share", 2024, 7.9),
    }


def test_this_share_names_nothing_in_an_article_that_never_named_the_share():
    # guard: without the share named before, "tỷ trọng này" is some other share ("của ngành nông nghiệp")
    text = (
        "Năm 2024, Đồng Nai có 1.900 doanh nghiệp công nghệ số.\n\n"
        "Tỷ trọng này của ngành công nghiệp chế biến đạt 41,5%."
    )
    got = triples(text, province="dong-nai", published=dt.date(2025, 1, 20))
    assert not {f for f in got if f[3] == 41.5}


# ---- years of a journey: the year before in a "khi" clause, a bracket after a rank, a fronted relative year


def test_the_rank_when_compared_with_the_year_before_is_that_years():
    text = (
        "Theo kết quả DTI năm 2022 vừa công bố, Tuyên Quang đạt 0,4410, xếp thứ 31/63, tăng 9 bậc so với năm "
        "trước, khi tỉnh còn ở vị trí thứ 40."
    )
    got = triples(text, province="tuyen-quang", published=dt.date(2023, 7, 25))
    assert ("tuyen-quang", "dti_rank", 2022, 31.0) in got
    assert ("tuyen-quang", "dti_rank", 2021, 40.0) in got
    assert ("tuyen-quang", "dti_rank", 2022, 40.0) not in got


def test_a_score_in_brackets_after_a_rank_shares_the_ranks_year():
    text = (
        "Ở bản DTI 2021, Hà Nam xếp thứ 40/63; sang năm 2022 tỉnh vươn lên vị trí thứ 27 (0,4655), và ở DTI 2023 "
        "tiếp tục đứng thứ 20."
    )
    got = triples(text, province="ha-nam", published=dt.date(2024, 8, 1))
    assert ("ha-nam", "dti_score", 2022, 0.4655) in got
    assert ("ha-nam", "dti_rank", 2022, 27.0) in got


def test_a_fronted_relative_year_dates_its_clause_before_a_later_edition():
    text = (
        "Ở bản DTI đầu tiên năm 2020, Long An xếp thứ 20; một năm sau, tỉnh vươn lên thứ 14, và đến DTI 2023 "
        "tiếp tục đứng thứ 10."
    )
    got = triples(text, province="long-an", published=dt.date(2024, 8, 1))
    assert got >= {
        ("long-an", "dti_rank", 2020, 20.0),
        ("long-an", "dti_rank", 2021, 14.0),
        ("long-an", "dti_rank", 2023, 10.0),
    }


def test_a_fronted_year_keeps_its_value_when_a_later_clause_names_another_edition():
    text = "Năm 2021, DTI của Hải Dương đạt 0,3985, xếp thứ 35/63; DTI 2023, tỉnh xếp thứ 26/63."
    got = triples(text, province="hai-duong", published=dt.date(2024, 8, 1))
    assert ("hai-duong", "dti_score", 2021, 0.3985) in got


# ---- rule edition-after-pillar: "ở bản DTI 2023" names the edition of the pillar the clause ranks


def test_an_edition_named_after_a_pillars_rank_keeps_the_pillar():
    text = "Trụ cột kinh tế số của Nam Định đi từ vị trí thứ 40 năm 2021 lên thứ 25 ở bản DTI 2023."
    got = triples(text, province="nam-dinh", published=dt.date(2024, 8, 1))
    assert ("nam-dinh", "dti_digital_economy_rank", 2023, 25.0) in got
    assert ("nam-dinh", "dti_rank", 2023, 25.0) not in got


def test_an_edition_named_before_a_rank_under_a_pillar_frame_keeps_the_pillar():
    text = "Ở trụ cột xã hội số, tỉnh Bắc Ninh ở bản DTI 2022 tăng hai bậc lên thứ năm."
    got = triples(text, province="bac-ninh", published=dt.date(2023, 8, 1))
    assert ("bac-ninh", "dti_digital_society_rank", 2022, 5.0) in got
    assert ("bac-ninh", "dti_rank", 2022, 5.0) not in got


def test_the_index_of_an_edition_without_a_pillar_named_is_still_ranked():
    # guard: with no pillar before it, "ở bản DTI 2023" is what the rank ranks
    text = "Tỉnh Nam Định xếp thứ 25 ở bản DTI 2023."
    got = triples(text, province="nam-dinh", published=dt.date(2024, 8, 1))
    assert ("nam-dinh", "dti_rank", 2023, 25.0) in got


# ---- rule led-before: "sau hai năm dẫn đầu" is the years before, not a rank of the edition reported


def test_having_led_for_two_years_is_no_rank_one_of_this_edition():
    text = "Ở trụ cột chính quyền số, sau hai năm dẫn đầu cả nước, Đà Nẵng ở bản DTI 2022 lùi xuống thứ ba."
    got = triples(text, province="da-nang", published=dt.date(2023, 8, 1))
    assert ("da-nang", "dti_digital_government_rank", 2022, 3.0) in got
    assert not {f for f in got if f[3] == 1.0}


# ---- rule year-list, widened: each value's year in brackets; "qua bốn năm từ 2020 đến 2023" after the values


def test_a_list_of_ranks_each_with_its_year_in_brackets():
    text = (
        "Qua bốn kỳ, thứ hạng DTI của Sơn La lần lượt là 55 (năm 2020), 47 (năm 2021), 40 (năm 2022) và 38 "
        "(năm 2023)."
    )
    got = triples(text, province="son-la", published=dt.date(2024, 8, 1))
    assert got >= {
        ("son-la", "dti_rank", 2020, 55.0),
        ("son-la", "dti_rank", 2021, 47.0),
        ("son-la", "dti_rank", 2022, 40.0),
        ("son-la", "dti_rank", 2023, 38.0),
    }


def test_a_list_of_ranks_over_a_span_of_years_counted_after_it():
    text = (
        "Chính quyền số tăng đều; riêng kinh tế số của Sơn La, các vị trí lần lượt là 50, 44, 46 và 39 qua bốn năm "
        "từ 2020 đến 2023."
    )
    got = triples(text, province="son-la", published=dt.date(2024, 8, 1))
    assert got >= {
        ("son-la", "dti_digital_economy_rank", 2020, 50.0),
        ("son-la", "dti_digital_economy_rank", 2023, 39.0),
    }


# ---- the bracket after a province named to compare holds that province's own rank, verb and all


def test_the_rank_in_the_bracket_after_the_province_compared_is_that_provinces():
    text = (
        "Theo DTI 2021, trong vùng Tây Nguyên, Gia Lai đứng thứ hai, chỉ sau Lâm Đồng (xếp thứ 19 toàn quốc)."
    )
    got = triples(text, province="gia-lai", published=dt.date(2022, 6, 1))
    assert ("gia-lai", "dti_rank", 2021, 19.0) not in got


def test_a_province_passed_with_its_own_verb_after_it_is_still_compared():
    # guard: "vượt Đà Nẵng lên thứ hai" outside a bracket: the verb is the subject's
    text = "Năm 2023, Hải Phòng vượt Đà Nẵng lên thứ hai về chỉ số DTI."
    got = triples(text, province="hai-phong", published=dt.date(2024, 8, 1))
    assert ("hai-phong", "dti_rank", 2023, 2.0) in got


# ---- the digital economy's share of GRDP: a dot inside a name, "vào tổng sản phẩm"; a pointing rate after ";"


def test_a_share_of_grdp_with_a_dotted_name_between():
    text = "Năm 2024, kinh tế số của TP.HCM ước đạt 22,4% GRDP."
    got = triples(text, province="ho-chi-minh", published=dt.date(2025, 1, 10))
    assert ("ho-chi-minh", "digital_economy_grdp_share", 2024, 22.4) in got


def test_a_share_contributed_into_the_gross_product():
    text = "Năm 2023, kinh tế số của Bắc Giang ước đóng góp 19,7% vào tổng sản phẩm trên địa bàn (GRDP)."
    got = triples(text, province="bac-giang", published=dt.date(2024, 1, 10))
    assert ("bac-giang", "digital_economy_grdp_share", 2023, 19.7) in got


def test_the_corresponding_rate_after_a_semicolon_keeps_the_measure_before():
    text = (
        "Năm 2024, kinh tế số chiếm 18,4% GRDP của tỉnh Hà Nam (cũ); tỷ lệ tương ứng của tỉnh Nam Định (cũ) là 9,6%."
    )
    got = triples(text, province="ninh-binh", published=dt.date(2025, 9, 1))
    assert ("nam-dinh", "digital_economy_grdp_share", 2024, 9.6) in got


def test_the_towns_rate_set_apart_after_a_semicolon_is_a_part():
    text = (
        "Năm 2024, tỷ lệ chi trả lương hưu không dùng tiền mặt của tỉnh Nghệ An đạt 78,6%; ở khu vực đô thị, tỷ lệ này "
        "đạt 89,4%."
    )
    got = triples(text, province="nghe-an", published=dt.date(2025, 1, 10))
    assert ("nghe-an", "cashless_pension_rate", 2024, 78.6) in got
    assert not {f for f in got if f[3] == 89.4}


# ---- rule province-has: the province as its sentence's subject after a sentence about a ward


def test_the_city_as_the_subject_after_a_ward_takes_the_paragraph_back():
    text = (
        "Cần Thơ sau hợp nhất\n\n"
        "Năm 2025, tỷ lệ hồ sơ trực tuyến toàn thành phố đạt 86,1%. Phường Ninh Kiều đạt 98% hồ sơ trực tuyến. Hiện "
        "Thành phố có 1.240 doanh nghiệp công nghệ số; tỷ lệ hộ gia đình có cáp quang đạt 91%."
    )
    got = triples(text, province="can-tho", published=dt.date(2026, 1, 5))
    assert got >= {
        ("can-tho", "digital_enterprise_count", 2026, 1240.0),  # ("Hiện": the article's year)
        ("can-tho", "fixed_broadband_household_rate", 2026, 91.0),
    }
    assert not {f for f in got if f[3] == 98.0}


def test_a_ward_named_after_the_province_keeps_its_own_value():
    # guard: the province heading the sentence does not take a ward's value set apart after it
    text = (
        "Năm 2024, phường Hà Huy Tập đạt 97% hồ sơ trực tuyến. Hiện tỉnh có 2.100 tổ công nghệ số cộng đồng, riêng "
        "phường Hà Huy Tập có tỷ lệ hộ gia đình có cáp quang đạt 99%."
    )
    got = triples(text, province="ha-tinh", published=dt.date(2025, 1, 5))
    assert ("ha-tinh", "community_digital_team_count", 2025, 2100.0) in got
    assert not {f for f in got if f[3] == 99.0}


# ---- rule overall-rank: a rank "về tổng thể" / "chung cuộc" after a pillar is the whole index's


def test_a_rank_said_to_be_overall_after_a_pillar_ranks_the_whole_index():
    text = "Theo DTI 2022, Bình Dương, dù đứng đầu trụ cột kinh tế số, chỉ xếp thứ 9 chung cuộc."
    got = triples(text, province="binh-duong", published=dt.date(2023, 7, 1))
    assert ("binh-duong", "dti_rank", 2022, 9.0) in got
    assert ("binh-duong", "dti_digital_economy_rank", 2022, 9.0) not in got


def test_a_pillars_rank_without_overall_stays_the_pillars():
    # guard: without "chung cuộc" / "về tổng thể" the pillar named keeps its rank
    text = "Theo DTI 2022, trụ cột kinh tế số của Bình Dương xếp thứ 9."
    got = triples(text, province="binh-duong", published=dt.date(2023, 7, 1))
    assert ("binh-duong", "dti_digital_economy_rank", 2022, 9.0) in got


# ---- rule index-across-lines, narrowed: a pillar named on the line before does not rank a new paragraph's provinces


def test_a_pillar_of_the_line_before_does_not_rank_the_next_paragraphs_provinces():
    text = (
        "DTI 2022: Quảng Ninh dẫn đầu\n\n"
        "Ở trụ cột xã hội số, Thừa Thiên Huế xếp thứ nhất, Bắc Ninh đứng thứ 4 với giá trị 0,5233.\n\n"
        "Năm nay, nhiều địa phương tăng hạng mạnh. Sơn La tăng 20 bậc, lên thứ 30; Trà Vinh xếp thứ 17."
    )
    got = triples(text, province="quang-ninh", published=dt.date(2023, 7, 10))
    assert ("bac-ninh", "dti_digital_society_rank", 2022, 4.0) in got
    assert ("tra-vinh", "dti_rank", 2022, 17.0) in got
    assert not {f for f in got if f[0] in ("son-la", "tra-vinh") and f[1] == "dti_digital_society_rank"}


def test_an_index_of_the_line_before_still_ranks_the_next_line():
    # guard: the whole index named on a one-sentence line goes on into the next (rule index-across-lines)
    text = (
        "Bộ chỉ số DTI 2022 gồm 3 trụ cột chính quyền số, kinh tế số và xã hội số.\n"
        "Năm nay tỉnh Trà Vinh xếp thứ 17 cả nước."
    )
    got = triples(text, province="tra-vinh", published=dt.date(2023, 7, 10))
    assert ("tra-vinh", "dti_rank", 2022, 17.0) in got


# ---- rule change-since: an index's change compared with a year is the next edition's


def test_a_change_of_the_index_since_a_year_is_the_next_editions():
    text = "Báo cáo tổng kết cho thấy giá trị DTI của tỉnh Phú Thọ tăng 0,0612 so với năm 2022."
    got = triples(text, province="phu-tho", published=dt.date(2024, 12, 20))
    assert ("phu-tho", "dti_score_change", 2023, 0.0612) in got


def test_a_change_with_its_own_year_keeps_it():
    # guard: a year written for the change wins over the compared one
    text = "Năm 2024, giá trị DTI của tỉnh Phú Thọ tăng 0,0612 so với năm 2022."
    got = triples(text, province="phu-tho", published=dt.date(2025, 10, 20))
    assert ("phu-tho", "dti_score_change", 2024, 0.0612) in got


# ---- the parts a merged province was formed from, in an aside between commas or dashes


def test_the_parts_listed_after_a_merged_province_do_not_take_its_value():
    text = (
        "Theo DTI 2024, Lâm Đồng mới, gồm Lâm Đồng, Đắk Nông và Bình Thuận cũ, xếp thứ 18/34 với giá trị 0,5520."
    )
    got = triples(text, province="lam-dong", published=dt.date(2025, 10, 25))
    assert ("lam-dong", "dti_score", 2024, 0.552) in got
    assert not {f for f in got if f[0] in ("dak-nong", "binh-thuan")}


def test_a_province_named_after_the_aside_and_a_value_is_its_own_subject():
    # guard: the aside ends before a value: "còn Lào Cai (mới) ở vị trí 24" is Lào Cai's
    text = "Theo DTI 2024, Tuyên Quang, sau khi hợp nhất với Hà Giang, xếp thứ 29, còn Lào Cai (mới) ở vị trí 24."
    got = triples(text, province="tuyen-quang", published=dt.date(2025, 10, 25))
    assert ("lao-cai", "dti_rank", 2024, 24.0) in got


# ---- an infographic's figure and its caption after a dash is an item, not a heading


def test_an_infographics_value_then_dash_caption_lines_are_read():
    text = (
        "Chuyển đổi số tỉnh Thái Nguyên năm 2024 qua những con số\n\n"
        "DỊCH VỤ CÔNG\n"
        "88,5% - Tỷ lệ hồ sơ TTHC tiếp nhận và xử lý trực tuyến\n"
        "61,3% - Tỷ lệ hồ sơ TTHC thanh toán trực tuyến\n"
    )
    got = triples(text, province="thai-nguyen", published=dt.date(2025, 1, 10))
    assert got >= {
        ("thai-nguyen", "online_dossier_rate", 2024, 88.5),
        ("thai-nguyen", "online_payment_rate", 2024, 61.3),
    }


def test_a_year_then_dash_heading_is_still_a_heading():
    # guard: "2024 - những dấu ấn" is a heading with a year, not a figure and its caption
    text = "Tỉnh Thái Nguyên\n\n2024 - Những dấu ấn chuyển đổi số\nTỷ lệ hồ sơ trực tuyến đạt 88,5%."
    got = triples(text, province="thai-nguyen", published=dt.date(2025, 1, 10))
    assert ("thai-nguyen", "online_dossier_rate", 2024, 88.5) in got


# ---- rule positions-held: positions counted and held, with no list word


def test_positions_held_by_the_provinces_named_after_them_without_a_list_word():
    text = "Theo DTI 2023, các vị trí từ 8 đến 10 thuộc về Bình Dương, Đồng Tháp và Long An."
    got = triples(text, province="binh-duong", published=dt.date(2024, 8, 1))
    assert got >= {
        ("binh-duong", "dti_rank", 2023, 8.0),
        ("dong-thap", "dti_rank", 2023, 9.0),
        ("long-an", "dti_rank", 2023, 10.0),
    }


def test_a_span_of_positions_not_held_by_as_many_provinces_binds_nothing():
    # guard: two provinces for three positions: no pairing is guessed
    text = "Theo DTI 2023, các vị trí từ 8 đến 10 thuộc về Bình Dương và Đồng Tháp."
    got = triples(text, province="binh-duong", published=dt.date(2024, 8, 1))
    assert not {f for f in got if f[1] == "dti_rank"}


# ---- rule joined-measures: two measures joined in one noun phrase before "lần lượt" / "tương ứng"


def test_two_measures_joined_in_one_phrase_take_the_values_in_the_order_written():
    text = (
        "Năm 2024, tỷ lệ chi trả lương hưu và trợ cấp an sinh xã hội không dùng tiền mặt trên địa bàn tỉnh Bình "
        "Phước tương ứng đạt 81,2% và 96,4%."
    )
    got = triples(text, province="binh-phuoc", published=dt.date(2025, 1, 10))
    assert got >= {
        ("binh-phuoc", "cashless_pension_rate", 2024, 81.2),
        ("binh-phuoc", "cashless_social_welfare_rate", 2024, 96.4),
    }


def test_a_measure_whose_name_holds_another_is_one_item():
    # guard: "tỷ trọng kinh tế số" holds the pillar's name; the provinces are the list's items
    text = "Năm 2024, tỷ trọng kinh tế số của Lào Cai và Yên Bái lần lượt là 6,9% và 5,2%."
    got = triples(text, province="lao-cai", published=dt.date(2025, 3, 1))
    assert got >= {
        ("lao-cai", "digital_economy_grdp_share", 2024, 6.9),
        ("yen-bai", "digital_economy_grdp_share", 2024, 5.2),
    }
