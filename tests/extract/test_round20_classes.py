"""Issue 10, in our own sentences, the classes round 20's probe sets (written blind to the extractor,
read after they were scored) showed, and the rules of vndx-rules-1.17 that answer them."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples

# rule opening-year: a spring article that opens on last year reviews it
_REVIEW = (
    "Gia Lai: nhiều chuyển biến trong cải cách hành chính\n\n"
    "Năm 2023, bộ phận một cửa các cấp của tỉnh tiếp nhận gần 600 nghìn hồ sơ, giải quyết đúng hạn 99,1%.\n\n"
    "Tỷ lệ hồ sơ trực tuyến đạt 63,4%, cao hơn nhiều so với năm trước.\n\n"
    "Năm nay, tỉnh phấn đấu đưa tỷ lệ này lên 80%."
)


def test_an_undated_figure_in_a_review_of_last_year_is_of_that_year():
    got = triples(_REVIEW, province="gia-lai", published=dt.date(2024, 4, 20))
    assert ("gia-lai", "online_dossier_rate", 2023, 63.4) in got


def test_late_in_the_year_an_undated_figure_is_the_current_one():
    # by autumn the opening year is background: the undated figure is of the year of writing
    got = triples(_REVIEW, province="gia-lai", published=dt.date(2024, 9, 20))
    assert ("gia-lai", "online_dossier_rate", 2024, 63.4) in got


def test_a_figure_said_to_be_of_now_keeps_the_year_of_writing():
    text = _REVIEW.replace("Tỷ lệ hồ sơ trực tuyến đạt", "Hiện nay, tỷ lệ hồ sơ trực tuyến đạt")
    got = triples(text, province="gia-lai", published=dt.date(2024, 4, 20))
    assert ("gia-lai", "online_dossier_rate", 2024, 63.4) in got


def test_an_opening_year_older_than_last_year_is_background():
    text = _REVIEW.replace("Năm 2023, bộ phận", "Năm 2021, bộ phận")
    got = triples(text, province="gia-lai", published=dt.date(2024, 4, 20))
    assert ("gia-lai", "online_dossier_rate", 2024, 63.4) in got


# the share of procedures offered online, named after "tỷ lệ" by "thủ tục" alone
def test_the_share_of_procedures_offered_online_without_hanh_chinh():
    text = "Năm 2024, tỷ lệ thủ tục được cung cấp trực tuyến của tỉnh Hậu Giang đạt 71,6%."
    got = triples(text, province="hau-giang", published=dt.date(2024, 12, 20))
    assert ("hau-giang", "online_public_service_rate", 2024, 71.6) in got


def test_the_full_process_part_after_trong_do():
    # "trong đó toàn trình chiếm ..." is the full-process share of the services just named
    text = "Năm 2024, tỷ lệ thủ tục cung cấp trực tuyến của tỉnh Sóc Trăng đạt 70,2%, trong đó toàn trình chiếm 41,5%."
    got = triples(text, province="soc-trang", published=dt.date(2024, 12, 20))
    assert ("soc-trang", "online_public_service_rate", 2024, 70.2) in got
    assert ("soc-trang", "online_public_service_full_rate", 2024, 41.5) in got
    assert ("soc-trang", "online_public_service_rate", 2024, 41.5) not in got


def test_procedures_alone_are_not_the_online_share():
    # without "tỷ lệ" before it, "thủ tục" next to a share is not this phrasing: a count of procedures
    text = "Năm 2024, tỉnh Sóc Trăng có 1.620 thủ tục; số hồ sơ trực tuyến chiếm 58,3%."
    got = triples(text, province="soc-trang", published=dt.date(2024, 12, 20))
    assert not {f for f in got if f[1] == "online_public_service_rate"}


# rule roundup-measure: a round-up names its statistic once, for the nation, then only provinces and values
_ROUNDUP = (
    "Năm 2024, tỷ lệ người dân có tài khoản định danh điện tử trên cả nước đạt 74,8%.\n"
    "Mức độ chênh lệch giữa các tỉnh còn khá rõ.\n"
    "Các tỉnh đứng đầu:\n"
    "- Hưng Yên: 92,6%\n"
    "- Quảng Ninh: 90,3%\n"
    "Ở chiều ngược lại, Sơn La chỉ đạt 49,5%."
)


def test_provinces_with_bare_values_take_the_roundups_statistic():
    got = triples(_ROUNDUP, province=None, published=dt.date(2024, 12, 28))
    assert ("hung-yen", "eid_account_rate", 2024, 92.6) in got
    assert ("quang-ninh", "eid_account_rate", 2024, 90.3) in got
    assert ("son-la", "eid_account_rate", 2024, 49.5) in got
    assert not {f for f in got if f[3] == 74.8}  # the nation's figure is no province's


def test_a_value_that_names_what_it_is_a_share_of_is_not_the_roundups():
    # "100% hồ sơ" says what the share is of: not the accounts of the round-up
    text = _ROUNDUP + "\nCông an tỉnh Sơn La đã tiếp nhận 100% hồ sơ đề nghị cấp tài khoản của học sinh."
    got = triples(text, province=None, published=dt.date(2024, 12, 28))
    assert not {f for f in got if f[3] == 100.0}


def test_a_share_named_by_its_own_words_is_not_the_roundups():
    # "tỷ lệ chi trả qua tài khoản" is another statistic, even if the catalog does not know its wording
    text = _ROUNDUP + "\nRiêng tỷ lệ chi trả lương qua tài khoản ở Hưng Yên đạt 97,2%."
    got = triples(text, province=None, published=dt.date(2024, 12, 28))
    assert not {f for f in got if f[3] == 97.2}


def test_without_a_national_figure_first_bare_values_stay_unbound():
    text = "Các tỉnh đứng đầu:\n- Hưng Yên: 92,6%\n- Quảng Ninh: 90,3%"
    got = triples(text, province=None, published=dt.date(2024, 12, 28))
    assert not got


def test_a_release_without_its_year_takes_the_year_of_the_sentence_after_it():
    # rule release-year: the year is told one sentence after the release
    text = (
        "Cục Thống kê công bố tỷ trọng kinh tế số trong GRDP của 63 tỉnh, thành phố.\n"
        "Theo đó, năm 2023 kinh tế số chiếm khoảng 12,3% GDP cả nước.\n"
        "Khoảng cách giữa các địa phương rất lớn.\n"
        "Thái Nguyên đứng đầu với 29,1%; Bắc Ninh thứ hai với 27,6%."
    )
    got = triples(text, province=None, published=dt.date(2024, 9, 3))
    assert ("thai-nguyen", "digital_economy_grdp_share", 2023, 29.1) in got
    assert ("bac-ninh", "digital_economy_grdp_share", 2023, 27.6) in got


def test_shares_after_a_ranked_list_pair_in_order():
    # rule second-list, with shares: "lần lượt xếp thứ 4 và thứ 5, với tỷ trọng 19,7% và 17,2%"
    text = (
        "Về tỷ trọng kinh tế số trong GRDP năm 2023, Hải Dương và Vĩnh Phúc lần lượt xếp thứ 6 và thứ 7, "
        "với tỷ trọng 15,2% và 14,8%."
    )
    got = triples(text, province=None, published=dt.date(2024, 9, 3))
    assert ("hai-duong", "digital_economy_grdp_share", 2023, 15.2) in got
    assert ("vinh-phuc", "digital_economy_grdp_share", 2023, 14.8) in got
    assert ("vinh-phuc", "digital_economy_grdp_share", 2023, 15.2) not in got
