"""Issue 10, in our own sentences, the classes round 19's probe sets (written blind to the extractor,
read after they were scored) showed: the day the merged provinces came into being dates no value."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_the_merger_date_does_not_date_the_edition_after_it():
    # rule merger-date: "có hiệu lực từ ngày 1/7/2025" says when the new province began, the ranking is DTI 2024's
    text = (
        "Tỉnh Thái Nguyên xếp thứ 12/34 về chuyển đổi số\n\n"
        "Bộ Khoa học và Công nghệ đã công bố Chỉ số DTI năm 2024, lần đầu xếp hạng 34 tỉnh, thành phố "
        "kể từ khi việc sắp xếp đơn vị hành chính có hiệu lực từ ngày 1/7/2025.\n\n"
        "Theo đó, DTI của tỉnh Thái Nguyên đạt 0,5530, xếp thứ 12/34; trụ cột kinh tế số xếp thứ 9."
    )
    got = triples(text, province="thai-nguyen", published=dt.date(2025, 10, 25))
    assert ("thai-nguyen", "dti_score", 2024, 0.553) in got
    assert ("thai-nguyen", "dti_rank", 2024, 12.0) in got
    assert ("thai-nguyen", "dti_digital_economy_rank", 2024, 9.0) in got
    assert not {f for f in got if f[2] == 2025}


def test_a_merger_aside_with_its_date_leaves_the_ranks_year_alone():
    text = (
        "Chỉ số chuyển đổi số năm 2024 được tính theo 34 địa phương. Tỉnh Phú Thọ - hợp nhất với Vĩnh Phúc "
        "và Hòa Bình từ ngày 1/7/2025 - đứng thứ 17/34 với giá trị 0,5012."
    )
    got = triples(text, province="phu-tho", published=dt.date(2025, 11, 2))
    assert ("phu-tho", "dti_rank", 2024, 17.0) in got
    assert ("phu-tho", "dti_score", 2024, 0.5012) in got


def test_a_date_about_anything_else_still_dates_its_value():
    # not a merger: "tính đến ngày 30/9/2025" is when the share was counted
    text = "Tính đến ngày 30/9/2025, tỷ lệ hồ sơ trực tuyến của tỉnh Nghệ An đạt 71,4%."
    got = triples(text, province="nghe-an", published=dt.date(2026, 1, 10))
    assert ("nghe-an", "online_dossier_rate", 2025, 71.4) in got


def test_a_share_with_only_how_high_after_it_is_the_share_just_named():
    # rule measure-backref: "có tỷ lệ cao nhất" names no measure of its own: the national share before it
    text = (
        "Năm 2023, tỷ lệ dân số trưởng thành có điện thoại thông minh bình quân cả nước đạt 84,2%.\n"
        "Những tỉnh có tỷ lệ cao nhất là Bắc Giang (93,1%) và Hải Dương (92,4%)."
    )
    got = triples(text, province=None, published=dt.date(2024, 3, 5))
    assert ("bac-giang", "smartphone_user_rate", 2023, 93.1) in got
    assert ("hai-duong", "smartphone_user_rate", 2023, 92.4) in got
    assert not {f for f in got if f[3] == 84.2}  # the national figure stays out


def test_shares_of_provinces_in_order_after_the_share_named_before():
    text = (
        "Năm 2022, tỷ lệ hồ sơ trực tuyến bình quân của các tỉnh đạt 38,5%.\n"
        "Yên Bái và Sơn La có tỷ lệ tương ứng là 51,2% và 47,9%."
    )
    got = triples(text, province=None, published=dt.date(2023, 2, 1))
    assert ("yen-bai", "online_dossier_rate", 2022, 51.2) in got
    assert ("son-la", "online_dossier_rate", 2022, 47.9) in got


def test_a_table_by_year_takes_its_index_from_the_line_before_it():
    # rule table-of-a-series: the header "Năm | Thứ hạng | Điểm" names no index; the lead-in does
    text = (
        "Hòa Bình qua các kỳ đánh giá\n"
        "Kết quả Chỉ số chuyển đổi số (DTI) của tỉnh Hòa Bình qua từng năm như sau:\n"
        "Năm | Xếp hạng | Giá trị\n"
        "2021 | 52 | 0,3311\n"
        "2022 | 40 | 0,4106\n"
        "Tỉnh tiếp tục đầu tư hạ tầng số."
    )
    got = triples(text, province="hoa-binh", published=dt.date(2023, 6, 1))
    assert {
        ("hoa-binh", "dti_rank", 2021, 52.0),
        ("hoa-binh", "dti_score", 2021, 0.3311),
        ("hoa-binh", "dti_rank", 2022, 40.0),
        ("hoa-binh", "dti_score", 2022, 0.4106),
    } <= got


def test_a_fact_box_line_with_a_rank_and_a_score_after_a_dash_is_no_heading():
    text = (
        "Chỉ số chuyển đổi số năm 2023 của tỉnh Kon Tum\n"
        "Theo số liệu Bộ công bố, tỉnh có các kết quả sau.\n"
        "TRỤ CỘT\n"
        "Kinh tế số: hạng 47 – giá trị 0,2914\n"
        "Xã hội số: hạng 38 – giá trị 0,4020"
    )
    got = triples(text, province="kon-tum", published=dt.date(2024, 7, 1))
    assert {
        ("kon-tum", "dti_digital_economy_rank", 2023, 47.0),
        ("kon-tum", "dti_digital_economy_score", 2023, 0.2914),
        ("kon-tum", "dti_digital_society_rank", 2023, 38.0),
        ("kon-tum", "dti_digital_society_score", 2023, 0.402),
    } <= got


def test_a_fact_box_score_line_scores_the_article_index():
    # rule doc-topic: "Giá trị: 0,4377" in an article about the DTI is its score, like "Xếp hạng: 29/63" its rank
    text = (
        "Chỉ số DTI 2022 của tỉnh Phú Yên\n"
        "Bộ Thông tin và Truyền thông đã công bố kết quả Chỉ số chuyển đổi số cấp tỉnh năm 2022.\n"
        "KẾT QUẢ CHUNG\n"
        "Xếp hạng: 29/63\n"
        "Giá trị: 0,4377\n"
        "Trung bình cả nước: 0,4796"
    )
    got = triples(text, province="phu-yen", published=dt.date(2023, 8, 1))
    assert ("phu-yen", "dti_rank", 2022, 29.0) in got
    assert ("phu-yen", "dti_score", 2022, 0.4377) in got
    assert not {f for f in got if f[3] == 0.4796}


def _facts_from(text: str, url: str, published: dt.date) -> set[tuple]:
    from vndx.extract.extractor import extract_facts

    facts = extract_facts(text, doc="t", published=published, source_url=url)
    return {(f.province, f.indicator, f.period, round(f.value, 4)) for f in facts}


def test_our_province_on_its_own_portal_is_the_portal_province():
    # rule own-outlet: "tỉnh ta" is written by the province's own outlet, whatever the text names more often
    text = (
        "Các tỉnh Tây Nguyên trên bảng xếp hạng DTI 2022\n"
        "Lâm Đồng dẫn đầu khu vực, Lâm Đồng cũng là tỉnh tăng nhiều bậc nhất; Đắk Lắk đứng thứ hai vùng.\n"
        "Đối với tỉnh ta, trụ cột xã hội số năm 2022 xếp thứ 19, kinh tế số thứ 33."
    )
    got = _facts_from(text, "https://sotttt.gialai.gov.vn/tin-tuc/tay-nguyen-dti-2022.html", dt.date(2023, 6, 2))
    assert ("gia-lai", "dti_digital_society_rank", 2022, 19.0) in got
    assert ("gia-lai", "dti_digital_economy_rank", 2022, 33.0) in got
    assert not {f for f in got if f[0] == "lam-dong"}


def test_our_province_listed_with_others_takes_its_place_in_the_list():
    # rule self-in-list: "tỉnh ta" is one of the list's items
    text = (
        "Xếp hạng DTI 2023 khu vực Bắc Trung Bộ\n"
        "Dẫn đầu vùng là Thừa Thiên Huế. Tiếp theo là Hà Tĩnh, tỉnh ta và Quảng Trị, lần lượt xếp thứ 14, 22 và 35."
    )
    got = _facts_from(text, "https://baonghean.vn/dti-2023-bac-trung-bo.html", dt.date(2024, 5, 3))
    assert {
        ("ha-tinh", "dti_rank", 2023, 14.0),
        ("nghe-an", "dti_rank", 2023, 22.0),
        ("quang-tri", "dti_rank", 2023, 35.0),
    } <= got


def test_from_is_not_the_fourth_place():
    # rule ordinal-spelling: folded, "hạng từ" (ranked from) reads "hạng tư" (4th); the accents tell them apart
    text = "Năm 2022, DTI của tỉnh Sóc Trăng tăng mạnh, thứ hạng từ vị trí 51 năm 2021 lên vị trí thứ 38."
    got = triples(text, province="soc-trang", published=dt.date(2023, 6, 1))
    assert ("soc-trang", "dti_rank", 2022, 38.0) in got
    assert not {f for f in got if f[3] == 4.0}
    # and the ordinal itself, spelt as one, still reads
    text = "Năm 2022, DTI của tỉnh Sóc Trăng xếp thứ tư cả nước."
    got = triples(text, province="soc-trang", published=dt.date(2023, 6, 1))
    assert ("soc-trang", "dti_rank", 2022, 4.0) in got


def test_a_group_of_indices_is_no_region():
    # rule regional-rank: "Ở nhóm chỉ số chính, ..." names measures, not a group of provinces
    text = (
        "Chỉ số DTI 2023 của tỉnh Bình Phước\n"
        "Ở nhóm chỉ số chính, thể chế số của tỉnh Bình Phước xếp hạng 9, hạ tầng số hạng 12."
    )
    got = triples(text, province="binh-phuoc", published=dt.date(2024, 6, 1))
    assert ("binh-phuoc", "dti_institution_rank", 2023, 9.0) in got
    assert ("binh-phuoc", "dti_infrastructure_rank", 2023, 12.0) in got


def test_a_share_named_without_a_value_is_what_the_next_sentence_points_back_to():
    # rule measure-named-before: the measure is named in a sentence whose numbers are a count and a year
    text = (
        "Bộ Công an vừa công bố tỷ lệ người dân có tài khoản định danh điện tử của 63 tỉnh năm 2024.\n"
        "Các tỉnh có tỷ lệ cao nhất là Hưng Yên (93,4%) và Nam Định (91,7%)."
    )
    got = triples(text, province=None, published=dt.date(2025, 2, 10))
    assert ("hung-yen", "eid_account_rate", 2024, 93.4) in got
    assert ("nam-dinh", "eid_account_rate", 2024, 91.7) in got


def test_a_region_heading_its_clause_is_no_province():
    # rule region-subject: the regions' shares are theirs, not the article's province's
    text = (
        "Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh Lâm Đồng đạt 8,2%. Xét theo vùng, Đông Nam Bộ có "
        "tỷ trọng kinh tế số trong GRDP cao nhất, 19,4%; Tây Nguyên có tỷ trọng kinh tế số trong GRDP 5,1%."
    )
    got = triples(text, province="lam-dong", published=dt.date(2024, 4, 2))
    assert ("lam-dong", "digital_economy_grdp_share", 2023, 8.2) in got
    assert not {f for f in got if f[3] in (19.4, 5.1)}


def test_a_rank_after_a_share_of_grdp_ranks_that_share():
    # rule chained-phrasing: "kinh tế số" names both the pillar and the share; the share took the 27,3%
    text = "Năm 2022, kinh tế số của tỉnh Bắc Ninh ước chiếm 27,3% GRDP, xếp thứ 2 cả nước."
    got = triples(text, province="bac-ninh", published=dt.date(2023, 9, 1))
    assert ("bac-ninh", "digital_economy_grdp_share", 2022, 27.3) in got
    assert ("bac-ninh", "digital_economy_grdp_share_rank", 2022, 2.0) in got
    assert ("bac-ninh", "dti_digital_economy_rank", 2022, 2.0) not in got


def test_a_city_set_apart_does_not_own_the_clauses_after_its_semicolon():
    # rule city-inside-province: the city owns its own clause only
    text = (
        "Năm 2024, toàn tỉnh Thanh Hóa có 2.100 doanh nghiệp công nghệ số, riêng thành phố Thanh Hóa có 610 "
        "doanh nghiệp; tỷ lệ người dân có tài khoản định danh điện tử đạt 71,5%."
    )
    got = triples(text, province="thanh-hoa", published=dt.date(2025, 1, 20))
    assert ("thanh-hoa", "eid_account_rate", 2024, 71.5) in got
    assert not {f for f in got if f[3] == 610.0}


def test_a_modal_before_a_verb_of_saying_is_no_plan():
    # rule modal-of-speech: "cần nhớ rằng", "sẽ nói" frame what was, not what is planned
    text = "Cần nhớ rằng năm 2023, tỉnh Kiên Giang xếp thứ 44/63 về chỉ số DTI."
    got = triples(text, province="kien-giang", published=dt.date(2024, 11, 1))
    assert ("kien-giang", "dti_rank", 2023, 44.0) in got
    # a plan stays a plan
    plan = "Năm 2025, tỉnh Kiên Giang cần đưa chỉ số DTI lên thứ 30/63."
    assert not triples(plan, province="kien-giang", published=dt.date(2024, 11, 1))


def test_ranks_listed_after_the_scores_of_the_same_items():
    # rule list-backref: "Các thứ hạng tương ứng" names ranks, though the items' values before were scores
    text = (
        "Năm 2022, điểm các trụ cột chính quyền số, kinh tế số, xã hội số của tỉnh Bình Thuận lần lượt là "
        "0,4810; 0,3022 và 0,4157. Các thứ hạng tương ứng là 31, 40 và 28."
    )
    got = triples(text, province="binh-thuan", published=dt.date(2023, 8, 1))
    assert {
        ("binh-thuan", "dti_digital_government_rank", 2022, 31.0),
        ("binh-thuan", "dti_digital_economy_rank", 2022, 40.0),
        ("binh-thuan", "dti_digital_society_rank", 2022, 28.0),
    } <= got


def test_the_fees_paid_online_between_the_verb_and_online():
    text = "Năm 2023, tỷ lệ hồ sơ của tỉnh Hà Nam được thanh toán phí, lệ phí trực tuyến đạt 44,8%."
    got = triples(text, province="ha-nam", published=dt.date(2024, 2, 1))
    assert ("ha-nam", "online_payment_rate", 2023, 44.8) in got


def test_services_at_levels_three_and_four_are_all_online_services():
    # "mức độ 3 và 4" together are the online services; the part at level 4 after "trong đó" is the full ones
    text = (
        "Đến cuối năm 2020, tỉnh Hậu Giang đã cung cấp 1.105 dịch vụ công trực tuyến mức độ 3 và 4, đạt tỷ lệ "
        "61,2%, trong đó mức độ 4 là 402 dịch vụ."
    )
    got = triples(text, province="hau-giang", published=dt.date(2021, 3, 1))
    assert ("hau-giang", "online_public_service_rate", 2020, 61.2) in got
    assert ("hau-giang", "online_public_service_full_rate", 2020, 61.2) not in got


def test_a_measure_inside_an_aside_with_its_own_figures_does_not_take_the_value_after_it():
    # rule aside-phrasing: the bracket's "dịch vụ mức độ 4" counts its own 380, the 47,6% is of the services
    text = (
        "Năm 2020, tỉnh Bạc Liêu cung cấp 850 dịch vụ công trực tuyến mức độ 3, 4 (470 dịch vụ mức độ 3 và "
        "380 dịch vụ mức độ 4), đạt 47,6%."
    )
    got = triples(text, province="bac-lieu", published=dt.date(2021, 3, 1))
    assert ("bac-lieu", "online_public_service_full_rate", 2020, 47.6) not in got


def test_a_title_about_a_pillar_leaves_bare_ranks_to_the_articles_index():
    # rule title-pillar: the interview's title quotes the digital economy; the ranks answered are DTI's
    text = (
        '"Hưng Yên sẽ tăng tốc về kinh tế số"\n'
        "Phóng viên trao đổi với lãnh đạo Sở về kết quả DTI 2023 vừa công bố.\n"
        "- Thưa ông, kết quả DTI 2023 của tỉnh ra sao?\n"
        "- Hưng Yên xếp thứ 12/63, giá trị đạt 0,5311. Trụ cột kinh tế số xếp thứ 9, còn giá trị trụ cột xã hội số "
        "đạt 0,5520.\n"
        "- So với trước đây thì sao?\n"
        "- Năm 2022 là năm tỉnh còn nhiều khó khăn. Khi đó Hưng Yên xếp hạng 21."
    )
    got = triples(text, province="hung-yen", published=dt.date(2024, 6, 1))
    assert ("hung-yen", "dti_rank", 2022, 21.0) in got
    assert ("hung-yen", "dti_digital_economy_rank", 2022, 21.0) not in got


def test_the_field_of_a_rank_is_no_national_subject_for_the_score_after_it():
    text = (
        "Bảng xếp hạng Chỉ số chuyển đổi số (DTI) năm 2024 vừa được công bố cho thấy TP Hồ Chí Minh - hợp nhất "
        "với Bình Dương và Bà Rịa - Vũng Tàu từ ngày 1/7/2025 - đứng hạng 4 cả nước, với giá trị 0,6702."
    )
    got = triples(text, province="ho-chi-minh", published=dt.date(2025, 10, 30))
    assert ("ho-chi-minh", "dti_score", 2024, 0.6702) in got
    assert ("ho-chi-minh", "dti_rank", 2024, 4.0) in got


def test_ordinal_ranks_go_on_after_a_comma_without_a_verb():
    # rule ordinal-continues: "xếp thứ hai về A, thứ tư về B và thứ nhất về C"
    text = (
        "Năm 2023, ở ba trụ cột, tỉnh Quảng Ninh xếp thứ ba về chính quyền số, thứ năm về kinh tế số và thứ nhất "
        "về xã hội số."
    )
    got = triples(text, province="quang-ninh", published=dt.date(2024, 10, 10))
    assert {
        ("quang-ninh", "dti_digital_government_rank", 2023, 3.0),
        ("quang-ninh", "dti_digital_economy_rank", 2023, 5.0),
        ("quang-ninh", "dti_digital_society_rank", 2023, 1.0),
    } <= got


def test_bare_whole_numbers_in_brackets_after_provinces_rank_the_passage_index():
    # rule paren-ranks: the sentence names no measure, only the bottom of the table
    text = (
        "Bộ đã công bố Chỉ số chuyển đổi số (DTI) năm 2022 của 63 tỉnh, thành phố.\n"
        "Đứng đầu bảng vẫn là Đà Nẵng, Chỉ số DTI của thành phố đạt 0,6512.\n"
        "Ba vị trí cuối bảng là Bạc Liêu (61), Cao Bằng (62) và Lai Châu (63)."
    )
    got = triples(text, province=None, published=dt.date(2023, 7, 20))
    assert {
        ("bac-lieu", "dti_rank", 2022, 61.0),
        ("cao-bang", "dti_rank", 2022, 62.0),
        ("lai-chau", "dti_rank", 2022, 63.0),
    } <= got
    # percents in brackets with no measure named stay unread
    shares = "Ba vị trí cuối bảng là Bạc Liêu (61%), Cao Bằng (62%) và Lai Châu (63%)."
    assert not triples(text.rsplit("\n", 1)[0] + "\n" + shares, province=None, published=dt.date(2023, 7, 20)) - got


def test_a_rank_inside_an_aside_describing_a_province_is_that_provinces():
    # rule appositive-province: "xếp trên Yên Bái – địa phương đứng thứ 15 cả nước năm 2023"
    text = (
        "Chỉ số DTI 2023: Tuyên Quang xếp thứ 11/63. Trong vùng, tỉnh xếp trên Yên Bái – địa phương đứng thứ "
        "15 cả nước năm 2023."
    )
    got = triples(text, province="tuyen-quang", published=dt.date(2024, 7, 1))
    assert ("tuyen-quang", "dti_rank", 2023, 11.0) in got
    assert ("yen-bai", "dti_rank", 2023, 15.0) in got
    assert ("tuyen-quang", "dti_rank", 2023, 15.0) not in got


def test_a_rank_said_to_be_overall_is_not_the_pillar_named_after_it():
    # rule rank-about-topic: "chung cuộc" says the 4 is the overall place, the 17 is the pillar's
    text = "Năm 2023, Hải Phòng dù xếp thứ 4 chung cuộc nhưng chỉ đứng thứ 17 về chính quyền số."
    got = triples(text, province="hai-phong", published=dt.date(2024, 10, 10))
    assert ("hai-phong", "dti_digital_government_rank", 2023, 17.0) in got
    assert ("hai-phong", "dti_digital_government_rank", 2023, 4.0) not in got


def test_a_markdown_tables_rule_line_is_no_row():
    # rule table-of-a-series: "|---|---|" under the header; the national column stays unread
    text = (
        "Kết quả Chỉ số DTI của tỉnh Trà Vinh qua các năm:\n"
        "| Năm | Giá trị DTI | Xếp hạng | Trung bình cả nước |\n"
        "|---|---|---|---|\n"
        "| 2021 | 0,3610 | 40/63 | 0,3706 |\n"
        "| 2022 | 0,4315 | 33/63 | 0,4274 |"
    )
    got = triples(text, province="tra-vinh", published=dt.date(2023, 6, 1))
    assert {
        ("tra-vinh", "dti_score", 2021, 0.361),
        ("tra-vinh", "dti_rank", 2021, 40.0),
        ("tra-vinh", "dti_score", 2022, 0.4315),
        ("tra-vinh", "dti_rank", 2022, 33.0),
    } <= got
    assert not {f for f in got if f[3] in (0.3706, 0.4274)}


def test_this_province_points_back_at_the_province_named_last():
    # rule demonstrative-province: "tỉnh này" after Cà Mau in a round-up is Cà Mau, not the article's province
    text = (
        "DTI 2022 vùng Đồng bằng sông Cửu Long\n"
        "Cần Thơ dẫn đầu vùng với vị trí thứ 9/63; Cần Thơ cũng có chính quyền số mạnh. Cuối vùng là Cà Mau, xếp "
        "thứ 55. Dù vậy, tỉnh này có trụ cột xã hội số đứng thứ 30."
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("ca-mau", "dti_digital_society_rank", 2022, 30.0) in got
    assert ("can-tho", "dti_digital_society_rank", 2022, 30.0) not in got
