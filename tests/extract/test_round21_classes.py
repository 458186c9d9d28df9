"""Issue 10, in our own sentences, the classes round 21's probe sets (written blind to the extractor,
read after they were scored on 1.16) showed, and the rules of vndx-rules-1.17 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_the_clause_before_the_list_word_names_the_ranks():
    # "thứ hạng" opens the clause, far before "lần lượt là": the bare numbers are ranks
    text = (
        "Năm 2022, thứ hạng của tỉnh Yên Bái ở ba trụ cột chính quyền số, kinh tế số và xã hội số "
        "lần lượt là 31, 44 và 27."
    )
    got = triples(text, province="yen-bai", published=dt.date(2023, 5, 2))
    assert ("yen-bai", "dti_digital_government_rank", 2022, 31.0) in got
    assert ("yen-bai", "dti_digital_economy_rank", 2022, 44.0) in got
    assert ("yen-bai", "dti_digital_society_rank", 2022, 27.0) in got


def test_provinces_with_their_national_ranks_after_the_list_word():
    text = (
        "Năm 2021, ba tỉnh cuối vùng là Cao Bằng, Bắc Kạn và Lai Châu, với thứ hạng chung cả nước "
        "lần lượt là 52, 57 và 61 về chuyển đổi số."
    )
    got = triples(text, province=None, published=dt.date(2022, 5, 2))
    assert ("cao-bang", "dti_rank", 2021, 52.0) in got
    assert ("lai-chau", "dti_rank", 2021, 61.0) in got


def test_shares_of_several_years_in_order():
    # rule year-list, with shares
    text = "Tỷ lệ hồ sơ trực tuyến của tỉnh Phú Yên các năm 2021, 2022 và 2023 lần lượt là 21,4%, 38,9% và 60,2%."
    got = triples(text, province="phu-yen", published=dt.date(2024, 2, 2))
    assert ("phu-yen", "online_dossier_rate", 2021, 21.4) in got
    assert ("phu-yen", "online_dossier_rate", 2022, 38.9) in got
    assert ("phu-yen", "online_dossier_rate", 2023, 60.2) in got


def test_a_bare_list_word_after_a_semicolon_takes_the_items_before_it():
    # rule items-before-semicolon
    text = (
        "Năm 2023, chỉ số chuyển đổi số của tỉnh Hòa Bình xếp thứ 30/63. Chính quyền số xếp thứ 21, kinh tế số "
        "thứ 40 và xã hội số thứ 33; giá trị tương ứng là 0,5712; 0,3890 và 0,4421."
    )
    got = triples(text, province="hoa-binh", published=dt.date(2024, 6, 2))
    assert ("hoa-binh", "dti_digital_government_score", 2023, 0.5712) in got
    assert ("hoa-binh", "dti_digital_economy_score", 2023, 0.389) in got
    assert ("hoa-binh", "dti_digital_society_score", 2023, 0.4421) in got


def test_the_month_a_ranking_came_out_after_what_was_announced():
    # "công bố DTI 2024 ... vào tháng 10/2025": the month it came out, not the year it measures
    text = (
        "Khi Bộ công bố chỉ số DTI 2024 tính theo 34 tỉnh, thành phố vào tháng 10/2025, tỉnh Gia Lai đứng thứ "
        "18/34, giá trị đạt 0,5230."
    )
    got = triples(text, province="gia-lai", published=dt.date(2025, 12, 1))
    assert ("gia-lai", "dti_rank", 2024, 18.0) in got
    assert ("gia-lai", "dti_score", 2024, 0.523) in got


def test_a_month_that_is_the_values_own_still_dates_it():
    text = "Trong tháng 10/2025, tỷ lệ hồ sơ trực tuyến của tỉnh Gia Lai đạt 81,3%."
    got = triples(text, province="gia-lai", published=dt.date(2026, 1, 5))
    assert ("gia-lai", "online_dossier_rate", 2025, 81.3) in got


def test_data_from_before_the_merger_day_is_no_year_of_its_own():
    # "(số liệu trước ngày 1/7/2025)" says the table is of the former provinces: the year is the sentence's other
    text = (
        "Theo bảng xếp hạng chuyển đổi số 63 tỉnh, thành phố (số liệu trước ngày 1/7/2025), Hà Nam xếp thứ "
        "14/63 trong năm 2024."
    )
    got = triples(text, province="ninh-binh", published=dt.date(2025, 11, 10))
    assert ("ha-nam", "dti_rank", 2024, 14.0) in got


def test_from_the_merger_day_on_is_a_period_still():
    # "từ ngày 1/7/2025" starts the period of what follows: its year stands
    text = (
        "Từ ngày 1/7/2025, tỉnh Ninh Bình vận hành một hệ thống giải quyết thủ tục hành chính chung; "
        "tỷ lệ hồ sơ trực tuyến đạt 74,2%."
    )
    got = triples(text, province="ninh-binh", published=dt.date(2026, 1, 10))
    assert ("ninh-binh", "online_dossier_rate", 2025, 74.2) in got


# rule score-after-rank: the score right after a bound rank is of the rank's index
def test_a_score_after_a_rank_whose_clause_names_no_index():
    text = (
        "Chỉ số DTI năm 2022 đã được công bố.\n"
        "Trong bảng năm 2022, tỉnh Bắc Ninh tiếp tục xếp thứ hai với giá trị 0,6512; ba trụ cột chính quyền số, "
        "kinh tế số và xã hội số đều trong nhóm 5 tỉnh dẫn đầu."
    )
    got = triples(text, province="bac-ninh", published=dt.date(2023, 5, 2))
    assert ("bac-ninh", "dti_rank", 2022, 2.0) in got
    assert ("bac-ninh", "dti_score", 2022, 0.6512) in got


def test_scores_in_brackets_after_ordinal_ranks():
    text = "Trong DTI 2023, Quảng Ninh đứng đầu; Hải Phòng xếp thứ hai (0,6381) và Bắc Ninh xếp thứ ba (0,6177)."
    got = triples(text, province=None, published=dt.date(2024, 5, 2))
    assert ("hai-phong", "dti_score", 2023, 0.6381) in got
    assert ("bac-ninh", "dti_score", 2023, 0.6177) in got


def test_a_pillar_ranked_in_its_own_clause_after_the_score_does_not_take_it():
    # rule ranked-in-own-clause, for a score: "...; riêng trụ cột xã hội số đứng thứ 9" ranks the pillar only
    text = (
        "Chỉ số DTI năm 2024 đã được công bố.\n"
        "Tỉnh Hưng Yên xếp thứ 11/34, giá trị 0,5877; riêng trụ cột kinh tế số đứng thứ 6."
    )
    got = triples(text, province="hung-yen", published=dt.date(2025, 11, 2))
    assert ("hung-yen", "dti_score", 2024, 0.5877) in got
    assert ("hung-yen", "dti_digital_economy_rank", 2024, 6.0) in got
    assert ("hung-yen", "dti_digital_economy_score", 2024, 0.5877) not in got


def test_the_value_of_the_index_written_gia_tri_chi_so():
    # "giá trị chỉ số đạt 0,6842": "chỉ số" without a name of its own is the index the rank ranks
    text = (
        "Kết quả DTI năm 2024 do Bộ Khoa học và Công nghệ công bố cuối tháng 10/2025 cho thấy tỉnh Quảng Trị "
        "tiếp tục cải thiện vị trí so với năm trước, đứng hạng 21 trong số 34 tỉnh, thành phố, với giá trị chỉ số "
        "đạt 0,5018."
    )
    got = triples(text, province="quang-tri", published=dt.date(2025, 11, 2))
    assert ("quang-tri", "dti_rank", 2024, 21.0) in got
    assert ("quang-tri", "dti_score", 2024, 0.5018) in got


# rule bracketed-share: a figure in brackets inside the words that say what it is a share of
def test_a_bracketed_share_inside_its_phrasing():
    text = "Năm 2023, ở tỉnh Bắc Kạn, gần 8 phần 10 hộ gia đình (78,2%) đã có đường truyền cáp quang."
    got = triples(text, province="bac-kan", published=dt.date(2024, 3, 1))
    assert ("bac-kan", "fixed_broadband_household_rate", 2023, 78.2) in got


def test_a_bracketed_share_of_the_population_using_internet():
    text = "Năm 2022, khoảng hai phần ba dân số (66,7%) tỉnh Điện Biên sử dụng Internet."
    got = triples(text, province="dien-bien", published=dt.date(2023, 3, 1))
    assert ("dien-bien", "internet_user_rate", 2022, 66.7) in got


def test_a_bracketed_share_after_its_phrasing_is_unchanged():
    # the usual order still binds as before, and a bracket of another measure stays out
    text = "Năm 2023, tỷ lệ hộ gia đình có cáp quang của tỉnh Bắc Kạn đạt 78,2% (cả nước 83,1%)."
    got = triples(text, province="bac-kan", published=dt.date(2024, 3, 1))
    assert ("bac-kan", "fixed_broadband_household_rate", 2023, 78.2) in got
    assert not {f for f in got if f[3] == 83.1}


def test_documents_exchanged_between_agencies_that_are_signed():
    # "văn bản điện tử trao đổi giữa ... được ký số" is the signed share, the exchange only says which documents
    text = (
        "Năm 2023, 99,4% văn bản điện tử trao đổi giữa các cơ quan hành chính nhà nước của tỉnh Quảng Bình "
        "được ký số."
    )
    got = triples(text, province="quang-binh", published=dt.date(2024, 3, 1))
    assert ("quang-binh", "e_document_signed_rate", 2023, 99.4) in got
    assert ("quang-binh", "e_document_exchange_rate", 2023, 99.4) not in got


def test_the_level_named_right_after_the_share():
    # "trong đó 52,1% ở mức độ 4": the share's own level, the older name of toàn trình
    text = (
        "Năm 2021, tỉnh Bạc Liêu có 1.652 thủ tục hành chính được cung cấp trực tuyến, trong đó 52,1% ở mức độ 4."
    )
    got = triples(text, province="bac-lieu", published=dt.date(2022, 3, 1))
    assert ("bac-lieu", "online_public_service_full_rate", 2021, 52.1) in got
    assert ("bac-lieu", "online_public_service_rate", 2021, 52.1) not in got


def test_procedures_offered_online_with_the_verb_first_then_their_share():
    text = "Năm 2023, tỉnh Gia Lai đã cung cấp 1.512 TTHC trực tuyến, chiếm 86,9% tổng số TTHC của tỉnh."
    got = triples(text, province="gia-lai", published=dt.date(2024, 3, 1))
    assert ("gia-lai", "online_public_service_rate", 2023, 86.9) in got


def test_a_headline_year_exceeded_is_a_comparison():
    # "vượt xa cả năm 2023" compares with that year: the half-year figures are of the year of writing
    text = (
        "Quảng Nam: hồ sơ trực tuyến 6 tháng đã vượt xa cả năm 2023\n"
        "Sáu tháng đầu năm, tỷ lệ hồ sơ trực tuyến của tỉnh Quảng Nam đạt 61,2%."
    )
    got = triples(text, province="quang-nam", published=dt.date(2024, 7, 15))
    assert ("quang-nam", "online_dossier_rate", 2024, 61.2) in got


def test_the_year_exceeded_owns_the_bracketed_rank_after_it():
    text = (
        "Theo DTI 2023, tỉnh Thái Nguyên xếp thứ 9/63 với giá trị 0,5702, vượt xa năm 2022 (xếp thứ 17/63)."
    )
    got = triples(text, province="thai-nguyen", published=dt.date(2024, 11, 3))
    assert ("thai-nguyen", "dti_rank", 2023, 9.0) in got
    assert ("thai-nguyen", "dti_rank", 2022, 17.0) in got


def test_an_index_named_once_then_its_pillars_is_what_the_article_is_about():
    # rule doc-topic: "Chỉ số chuyển đổi số" once, its pillars after it: bare national ranks later rank the DTI
    text = (
        "Long An giữ vị trí trong nhóm khá\n"
        "Theo Chỉ số chuyển đổi số năm 2023, Long An đạt 0,5512, xếp hạng 16/63.\n"
        "Chính quyền số xếp thứ 9 cả nước; xã hội số xếp thứ 21. Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 71,3%.\n"
        "Trong vùng năm 2023, Tây Ninh xếp thứ 30 cả nước, Bến Tre thứ 27."
    )
    got = triples(text, province="long-an", published=dt.date(2024, 5, 2))
    assert ("tay-ninh", "dti_rank", 2023, 30.0) in got
    assert ("ben-tre", "dti_rank", 2023, 27.0) in got


def test_hien_before_dat_says_the_value_is_of_now():
    # rule as-of-now: "hiện đạt" is of the year of writing, also in an article about last year's ranking
    text = (
        "Đà Nẵng đứng thứ ba về chuyển đổi số năm 2024\n"
        "Theo DTI 2024 công bố tháng 10/2025, Đà Nẵng đứng thứ 3/34.\n"
        "Tỷ lệ hộ gia đình có cáp quang trên toàn thành phố hiện đạt 90,2%."
    )
    got = triples(text, province="da-nang", published=dt.date(2025, 11, 20))
    assert ("da-nang", "fixed_broadband_household_rate", 2025, 90.2) in got
