"""Issue 10, in our own sentences, the classes round 27's probe sets (written blind to the extractor,
first scored on 1.19 after its second step, 007efd5) showed, and the rules that answer them (1.19, steps 3 and 4)."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import triples


def test_bare_ranks_in_brackets_under_an_index_the_sentence_names():
    # whole numbers in brackets after provinces, with a ranking's words, are their ranks in the named index
    text = "Nhóm 3 địa phương có DTI 2022 thấp nhất lần lượt là Sơn La (61), Điện Biên (62) và Lai Châu (63)."
    got = triples(text, province="son-la", published=dt.date(2023, 7, 20))
    assert got >= {
        ("son-la", "dti_rank", 2022, 61.0),
        ("dien-bien", "dti_rank", 2022, 62.0),
        ("lai-chau", "dti_rank", 2022, 63.0),
    }


def test_bare_ranks_after_standing_above():
    text = "Năm 2023, Bắc Kạn xếp thứ 59 về Chỉ số DTI, chỉ đứng trên Điện Biên (60) và Hà Giang (61)."
    got = triples(text, province="bac-kan", published=dt.date(2024, 7, 20))
    assert ("dien-bien", "dti_rank", 2023, 60.0) in got
    assert ("ha-giang", "dti_rank", 2023, 61.0) in got


def test_shares_in_brackets_stay_shares():
    # guard: percents in brackets after provinces under a ranking's words are no ranks
    text = (
        "Năm 2023, nhóm cao nhất về tỷ lệ hồ sơ trực tuyến gồm Bình Dương (91%), Quảng Ninh (88%) và Đà Nẵng "
        "(85%)."
    )
    got = triples(text, province="binh-duong", published=dt.date(2024, 2, 1))
    assert ("quang-ninh", "online_dossier_rate", 2023, 88.0) in got
    assert not {f for f in got if f[1].endswith("_rank")}


def test_the_leading_tier_is_no_region():
    # "Ở nhóm dẫn đầu ..., X xếp thứ nhất, Y thứ hai": places on the national board
    text = "Ở nhóm dẫn đầu DTI 2022, Đà Nẵng tiếp tục xếp thứ nhất, Hà Nội thứ hai và Quảng Ninh thứ ba."
    got = triples(text, province="da-nang", published=dt.date(2023, 7, 20))
    assert ("ha-noi", "dti_rank", 2022, 2.0) in got
    assert ("quang-ninh", "dti_rank", 2022, 3.0) in got


def test_a_region_frame_still_ranks_within_it():
    # guard: a region's frame keeps its places regional
    text = "Ở khu vực Tây Nguyên, năm 2022 Lâm Đồng xếp thứ nhất, Đắk Lắk thứ hai."
    got = triples(text, province="lam-dong", published=dt.date(2023, 7, 20))
    assert not {f for f in got if f[1] == "dti_rank"}


def test_years_listed_after_a_semicolon_take_the_clause_befores_index():
    text = (
        "Chỉ số PAR Index năm 2020 của Vĩnh Long xếp thứ 8/63; các năm 2018, 2019, tỉnh lần lượt xếp hạng 15 và 11."
    )
    got = triples(text, province="vinh-long", published=dt.date(2021, 5, 10))
    assert ("vinh-long", "par_index_rank", 2018, 15.0) in got
    assert ("vinh-long", "par_index_rank", 2019, 11.0) in got


_MONTHS_TEXT = (
    "Đắk Nông 7 tháng đầu năm: DTI 2023 tăng 4 bậc\n\n"
    "Theo báo cáo của các sở, ngành, kinh tế của tỉnh tiếp tục tăng trưởng khá.\n\n"
    "Bộ Thông tin và Truyền thông vừa công bố Chỉ số chuyển đổi số cấp tỉnh năm 2023: tỉnh đạt 0,4520, xếp thứ 41 "
    "toàn quốc.\n\n"
    "Về trụ cột, chính quyền số đạt 0,5012; kinh tế số đạt 0,3310.\n\n"
    "Trong 7 tháng, tỷ lệ hồ sơ có thanh toán trực tuyến đạt 33,7%."
)


def test_months_without_a_year_after_an_older_editions_paragraph():
    # rule months-of-this-year: "Trong 7 tháng, ..." in a July article, below paragraphs about DTI 2023
    got = triples(_MONTHS_TEXT, province="dak-nong", published=dt.date(2024, 7, 30))
    assert ("dak-nong", "online_payment_rate", 2024, 33.7) in got
    assert ("dak-nong", "dti_rank", 2023, 41.0) in got


def test_months_not_yet_passed_keep_the_context():
    # guard: "9 tháng" in a July article is no part of the year it is written in
    got = triples(_MONTHS_TEXT.replace("Trong 7 tháng", "Trong 9 tháng"), province="dak-nong",
                  published=dt.date(2024, 7, 30))
    assert ("dak-nong", "online_payment_rate", 2024, 33.7) not in got


def test_this_years_index_is_the_edition_out_that_day():
    # rule edition-this-year: "Bộ chỉ số năm nay ..." in June 2022 is DTI 2021, and so is the paragraph after it
    text = (
        "Năm 2021, tỉnh Vĩnh Long xếp thứ 9/63 về chuyển đổi số. Bộ chỉ số năm nay gồm ba trụ cột với 9 chỉ số "
        "chính.\n\n"
        "Cụ thể, trụ cột chính quyền số đạt 0,5120, hạng 12; trụ cột xã hội số đạt 0,4870, hạng 10."
    )
    got = triples(text, province="vinh-long", published=dt.date(2022, 6, 9))
    assert ("vinh-long", "dti_digital_government_score", 2021, 0.512) in got
    assert ("vinh-long", "dti_digital_society_rank", 2021, 10.0) in got


def test_a_span_of_places_before_the_list_word():
    text = (
        "Theo DTI 2022, Quảng Ninh dẫn đầu cả nước; các vị trí từ thứ hai đến thứ tư lần lượt thuộc về Đà Nẵng, "
        "Hà Nội và Thừa Thiên Huế."
    )
    got = triples(text, province="quang-ninh", published=dt.date(2023, 7, 20))
    assert ("da-nang", "dti_rank", 2022, 2.0) in got
    assert ("ha-noi", "dti_rank", 2022, 3.0) in got
    assert ("thua-thien-hue", "dti_rank", 2022, 4.0) in got
    assert ("quang-ninh", "dti_rank", 2022, 2.0) not in got
