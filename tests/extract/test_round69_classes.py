"""Issue 10, in our own sentences: round 69's misses (scored unread on 1.48 first) and the rules of 1.49 that answer
them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import facts_of, refusals, triples
from vndx.extract.furniture import related_links
from vndx.extract.text import fold

# ---- page furniture: a box of links to other articles (furniture.py, rule related-links)

_PAGE = (
    "Ninh Thuận tăng 6 bậc về chuyển đổi số\n\n"
    "Năm 2022, Ninh Thuận đạt 0,4388 điểm DTI, xếp thứ 31/63 tỉnh, thành phố.\n\n"
    "Tin liên quan:\n"
    "- Khánh Hòa xếp thứ 12/63 về chỉ số chuyển đổi số năm 2022\n"
    "- Bình Thuận: 78% hồ sơ được xử lý trực tuyến năm 2022\n\n"
    "Xem thêm: Lâm Đồng đạt 0,4902 điểm DTI 2022\n"
)


def test_the_headlines_in_a_related_links_box_are_no_facts_of_the_article():
    got = triples(_PAGE, province=None, published=dt.date(2023, 6, 10))
    assert got == {("ninh-thuan", "dti_score", 2022, 0.4388), ("ninh-thuan", "dti_rank", 2022, 31)}
    assert "related-links" in refusals(_PAGE, province=None, published=dt.date(2023, 6, 10))


def test_a_related_links_box_ends_at_the_next_paragraph_of_the_article():
    text = (
        "Bài viết cùng chuyên mục\n"
        "• Phú Yên xếp thứ 40/63 về DTI 2022\n\n"
        "Theo Sở Thông tin và Truyền thông, năm 2022 tỷ lệ hồ sơ trực tuyến của Phú Yên đạt 41,5%.\n"
    )
    got = triples(text, province=None, published=dt.date(2023, 6, 10))
    assert ("phu-yen", "online_dossier_rate", 2022, 41.5) in got
    assert ("phu-yen", "dti_rank", 2022, 40) not in got


def test_related_links_finds_only_the_box_lines():
    lower = fold(_PAGE)
    lines = [lower[s:e] for s, e in related_links(lower)]
    assert lines[0] == "tin lien quan:"
    assert len(lines) == 4  # the heading, two headlines, the "Xem thêm:" line
    assert not any("0,4388" in line for line in lines)
    assert related_links(fold("Tỉnh xem thêm các giải pháp.\nNăm 2022 đạt 50%.")) == []


# ---- a ranking's release dated in words (period_rules.py, rule announced-last-year)


def test_a_ranking_announced_last_year_is_of_the_edition_before_that_year():
    text = "Kon Tum đẩy mạnh dịch vụ công\n\nTrong bảng xếp hạng DTI được công bố năm ngoái, Kon Tum đứng thứ 52/63."
    assert triples(text, province=None, published=dt.date(2023, 4, 2)) == {("kon-tum", "dti_rank", 2021, 52)}


def test_the_release_before_is_counted_from_the_time_of_writing():
    text = (
        "Sóc Trăng: kết quả DTI 2021\n\n"
        "Năm 2021, chính quyền số của Sóc Trăng xếp thứ 30. Theo kết quả công bố năm trước, hạ tầng số của tỉnh "
        "xếp thứ 25, năm nay lên vị trí thứ 18."
    )
    got = triples(text, province=None, published=dt.date(2022, 9, 1))
    assert ("soc-trang", "dti_infrastructure_rank", 2020, 25) in got
    assert ("soc-trang", "dti_infrastructure_rank", 2021, 18) in got


# ---- a province's nickname (gazetteer.yml nicknames, rule nickname)


def test_a_nickname_names_its_province():
    text = "Chuyển đổi số năm 2022\n\nTheo kết quả DTI năm 2022, đất Mỏ đạt 0,6011 điểm, dẫn đầu cả nước."
    got = triples(text, province=None, published=dt.date(2023, 5, 1))
    assert ("quang-ninh", "dti_score", 2022, 0.6011) in got


def test_a_centrally_run_citys_nickname_in_a_headline_is_no_unit_inside_a_province():
    text = (
        "Tây Đô vào tốp 15 chuyển đổi số\n\n"
        "Theo kết quả DTI năm 2023, Thành phố xếp thứ 14/63 với giá trị 0,5702."
    )
    got = triples(text, province=None, published=dt.date(2025, 3, 1))
    assert ("can-tho", "dti_rank", 2023, 14) in got
    assert ("can-tho", "dti_score", 2023, 0.5702) in got


def test_a_commune_named_like_a_nickname_stays_a_commune():
    text = "Cà Mau phủ cáp quang\n\nNăm 2024, tại xã Đất Mũi, tỷ lệ hộ có cáp quang đạt 40%."
    got = triples(text, province=None, published=dt.date(2024, 12, 1))
    assert ("ca-mau", "fixed_broadband_household_rate", 2024, 40) not in got


# ---- a unit opening the sentence, the province named in an aside about it (binding_rules.district_or_commune)


def test_a_city_inside_a_province_keeps_its_value_past_an_aside_naming_the_province():
    text = (
        "Yên Bái: chuyển đổi số năm 2023\n\n"
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của Yên Bái đạt 55%. Riêng thành phố Nghĩa Lộ, nơi có nhiều cơ quan của "
        "Yên Bái, tỷ lệ hồ sơ trực tuyến đạt 81%."
    )
    got = triples(text, province=None, published=dt.date(2024, 1, 10))
    assert ("yen-bai", "online_dossier_rate", 2023, 55) in got
    assert ("yen-bai", "online_dossier_rate", 2023, 81) not in got


def test_a_centrally_run_city_opening_the_sentence_is_a_province():
    text = "Dịch vụ công năm 2023\n\nRiêng thành phố Đà Nẵng, năm 2023 tỷ lệ hồ sơ trực tuyến đạt 79,5%."
    got = triples(text, province=None, published=dt.date(2024, 1, 10))
    assert ("da-nang", "online_dossier_rate", 2023, 79.5) in got


# ---- values listed before the measures they belong to (lists.py, rule values-then-items)


def test_positions_listed_before_the_main_indices_they_belong_to():
    text = (
        "Năm 2023, các vị trí thứ 5, 9 và 2 lần lượt thuộc về hạ tầng số, nhân lực số và an toàn thông tin mạng của "
        "tỉnh."
    )
    got = triples(text, province="ha-nam", published=dt.date(2024, 11, 1))
    assert ("ha-nam", "dti_infrastructure_rank", 2023, 5) in got
    assert ("ha-nam", "dti_human_resources_rank", 2023, 9) in got
    assert ("ha-nam", "cybersecurity_index_rank", 2023, 2) in got


def test_shares_listed_before_the_shares_they_measure():
    text = (
        "Năm 2024, các con số 71,5%, 80,2% và 66% tương ứng với tỷ lệ người dùng Internet, tỷ lệ người dân sử dụng "
        "điện thoại thông minh và tỷ lệ hộ gia đình có kết nối Internet cáp quang của tỉnh."
    )
    got = triples(text, province="ha-nam", published=dt.date(2025, 1, 5))
    assert ("ha-nam", "internet_user_rate", 2024, 71.5) in got
    assert ("ha-nam", "smartphone_user_rate", 2024, 80.2) in got
    assert ("ha-nam", "fixed_broadband_household_rate", 2024, 66) in got


def test_scores_parted_by_semicolons_then_their_unit_then_the_pillars():
    text = (
        "Năm 2023, các giá trị 0,6120; 0,4411 và 0,5032 điểm theo thứ tự thuộc về ba trụ cột chính quyền số, kinh tế "
        "số và xã hội số của tỉnh."
    )
    got = triples(text, province="ha-nam", published=dt.date(2025, 3, 1))
    assert ("ha-nam", "dti_digital_government_score", 2023, 0.612) in got
    assert ("ha-nam", "dti_digital_economy_score", 2023, 0.4411) in got
    assert ("ha-nam", "dti_digital_society_score", 2023, 0.5032) in got
    assert not {t for t in got if t[1] == "dti_score"}


# ---- a list over years after a year of the clause before (lists.py, rule year-run)


def test_the_years_of_a_list_are_the_run_before_the_list_word():
    text = (
        "Theo kết quả DTI năm 2022 do Bộ công bố tháng 7/2023, DTI của Bạc Liêu năm 2022 và năm 2021 tương ứng xếp "
        "thứ 37 và 44 trên 63 tỉnh, thành phố."
    )
    got = triples(text, province=None, published=dt.date(2023, 8, 1))
    assert ("bac-lieu", "dti_rank", 2022, 37) in got
    assert ("bac-lieu", "dti_rank", 2021, 44) in got


# ---- an index outside the catalog is an item of a list, each one (lists.py)


def test_every_outside_index_in_a_list_takes_its_own_value():
    text = "Năm 2022, các chỉ số PAPI, DTI, PCI và PAR Index của tỉnh lần lượt xếp thứ 33, 21, 40 và 17."
    got = triples(text, province="tien-giang", published=dt.date(2023, 6, 1))
    assert ("tien-giang", "dti_rank", 2022, 21) in got
    assert ("tien-giang", "par_index_rank", 2022, 17) in got
    assert not {t for t in got if t[3] in (33, 40)}


def test_an_outside_index_with_its_abbreviation_in_brackets_is_one_item():
    text = (
        "Năm 2022, Chỉ số cải cách hành chính (PAR Index), Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) và Chỉ "
        "số chuyển đổi số (DTI) của tỉnh lần lượt xếp thứ 25, 30 và 12."
    )
    got = triples(text, province="tien-giang", published=dt.date(2023, 6, 1))
    assert ("tien-giang", "par_index_rank", 2022, 25) in got
    assert ("tien-giang", "dti_rank", 2022, 12) in got
    assert not {t for t in got if t[3] == 30}


def test_facts_of_a_page_keep_their_evidence_outside_the_links_box():
    facts = facts_of(_PAGE, province=None, published=dt.date(2023, 6, 10))
    assert facts and all("Tin liên quan" not in f.evidence and "Khánh Hòa" not in f.evidence for f in facts)
