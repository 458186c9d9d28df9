"""Classes of issue 10 item 2 written after the patterns, in our own sentences (other provinces
and values than any corpus document): what a line break carries, and whose a rank is in a
paragraph about the nation."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import facts_of, refusals, triples

# ---- index-across-lines: a page with one <p> per sentence


def test_the_index_a_one_sentence_line_names_goes_on_into_the_next_line():
    text = (
        "Bộ Khoa học và Công nghệ vừa công bố Bộ chỉ số DTI năm 2023 cấp tỉnh, gồm ba trụ cột.\n"
        "Tỉnh Sóc Trăng đứng thứ 41 cả nước."
    )
    assert triples(text, province="soc-trang") == {("soc-trang", "dti_rank", 2023, 41.0)}


def test_the_index_does_not_cross_a_heading():
    text = (
        "Bộ Khoa học và Công nghệ vừa công bố Bộ chỉ số DTI năm 2023 cấp tỉnh, gồm ba trụ cột.\n"
        "Kết quả nổi bật\n"
        "Tỉnh Sóc Trăng đứng thứ 41 cả nước."
    )
    assert not triples(text, province="soc-trang")


def test_the_year_of_a_one_sentence_line_does_not_date_now_on_the_next():
    text = (
        "Năm 2023, chỉ số DTI của tỉnh Sóc Trăng đạt 0,4512 điểm.\n"
        "Hiện nay, tỷ lệ người dùng internet trên địa bàn tỉnh đạt 81,2%."
    )
    got = triples(text, province="soc-trang", published=dt.date(2024, 5, 2))
    assert got == {("soc-trang", "dti_score", 2023, 0.4512), ("soc-trang", "internet_user_rate", 2024, 81.2)}


def test_a_multi_sentence_paragraph_does_not_pass_its_index_to_the_next_line():
    text = (
        "Bộ vừa công bố Bộ chỉ số DTI năm 2023 cấp tỉnh. Bộ chỉ số gồm ba trụ cột.\n"
        "Tỉnh Sóc Trăng đứng thứ 41 cả nước."
    )
    assert "no-topic-fits" in refusals(text, province="soc-trang")


# ---- paragraph-about-nation never takes a rank among provinces


def test_a_rank_among_provinces_in_a_ministry_s_paragraph_is_the_province_s():
    text = (
        "Tại hội nghị, Bộ Khoa học và Công nghệ công bố kết quả DTI năm 2023 của các tỉnh, thành phố. "
        "Trong tốp 10 địa phương dẫn đầu, Huế vươn lên xếp vị trí thứ 3 toàn quốc."
    )
    got = triples(text, province="thua-thien-hue", published=dt.date(2024, 10, 25))
    assert got == {("thua-thien-hue", "dti_rank", 2023, 3.0)}


def test_a_share_in_a_ministry_s_paragraph_is_still_the_nation_s():
    text = (
        "Năm 2023, tỉnh Bạc Liêu có 71% người dân dùng điện thoại thông minh.\n"
        "Năm 2023, Bộ Thông tin và Truyền thông báo cáo cả nước có 68% hộ gia đình dùng cáp quang. "
        "Tỷ lệ người dân dùng điện thoại thông minh đạt 79%."
    )
    assert triples(text, province="bac-lieu") == {("bac-lieu", "smartphone_user_rate", 2023, 71.0)}


# ---- lower-case-name: "tỉnh hòa bình"


def test_a_lower_case_province_after_tinh_is_the_province():
    text = "Năm 2023, tỉnh hòa bình xếp thứ 38/63 về chỉ số DTI."
    assert triples(text, province="son-la") == {("hoa-binh", "dti_rank", 2023, 38.0)}


def test_a_lower_case_city_after_tp_is_the_city():
    text = "Năm 2023, tỷ lệ người dùng internet của tp. cần thơ đạt 88,4%."
    assert triples(text, province="hau-giang") == {("can-tho", "internet_user_rate", 2023, 88.4)}


def test_two_provinces_one_in_lower_case_each_keep_their_value():
    text = "Năm 2022, tỉnh quảng trị đạt 0,4411 điểm DTI, trong khi tỉnh Quảng Bình đạt 0,4620 điểm."
    assert triples(text, province="quang-binh") == {
        ("quang-tri", "dti_score", 2022, 0.4411),
        ("quang-binh", "dti_score", 2022, 0.462),
    }


def test_a_bare_lower_case_name_stays_a_common_word():
    text = "Năm 2023, vì một thế giới hòa bình, tỷ lệ người dùng internet đạt 75%."
    assert triples(text, province="son-la") == {("son-la", "internet_user_rate", 2023, 75.0)}


# ---- bare-previous-rank: "so với năm 2022 (45)"


def test_a_bare_bracketed_number_after_a_comparison_year_is_that_year_s_rank():
    text = "Năm 2023, chỉ số DTI của tỉnh Ninh Thuận xếp thứ 35/63, tăng 10 bậc so với năm 2022 (45)."
    assert triples(text, province="ninh-thuan") == {
        ("ninh-thuan", "dti_rank", 2023, 35.0),
        ("ninh-thuan", "dti_rank", 2022, 45.0),
    }


def test_a_bare_number_with_its_own_year_in_the_brackets():
    text = "Năm 2023, tỉnh Ninh Thuận xếp thứ 35 về chỉ số DTI (năm 2022: 45)."
    assert ("ninh-thuan", "dti_rank", 2022, 45.0) in triples(text, province="ninh-thuan")


def test_a_bracketed_number_after_a_score_or_with_words_is_no_rank():
    score = "Năm 2023, chỉ số DTI của tỉnh Ninh Thuận đạt 0,5012 điểm, cao hơn năm 2022 (0,4489)."
    assert not any(f[1] == "dti_rank" for f in triples(score, province="ninh-thuan"))
    worded = "Năm 2023, tỉnh Ninh Thuận xếp thứ 35/63 về chỉ số DTI, so với năm 2022 (45 sản phẩm)."
    assert triples(worded, province="ninh-thuan") == {("ninh-thuan", "dti_rank", 2023, 35.0)}


# ---- national-meeting-report: a report read at a national meeting


def test_a_report_read_at_a_meeting_the_prime_minister_chairs_is_the_nation_s():
    text = (
        "Sáng 9/10, Phó Thủ tướng chủ trì hội nghị trực tuyến về chuyển đổi số với các địa phương.\n"
        "Tại điểm cầu tỉnh Kon Tum, lãnh đạo tỉnh cùng các sở, ngành dự hội nghị.\n"
        "Báo cáo tại hội nghị cho thấy, năm 2023, tỷ lệ người dân có tài khoản thanh toán đạt 77,4%."
    )
    trace: list = []
    assert not facts_of(text, province="kon-tum", trace=trace)
    assert "paragraph-about-nation" in [d.rule for d in trace]


def test_a_report_read_at_the_province_s_own_meeting_is_the_province_s():
    text = (
        "Sáng 9/10, UBND tỉnh Kon Tum tổ chức hội nghị sơ kết chuyển đổi số.\n"
        "Báo cáo tại hội nghị cho thấy, năm 2023, tỷ lệ người dân có tài khoản thanh toán đạt 77,4%."
    )
    assert triples(text, province="kon-tum") == {("kon-tum", "bank_account_adult_rate", 2023, 77.4)}


# ---- tie between provinces: "dẫn đầu" has no one subject


def _no_hint(text: str):
    trace: list = []
    got = {(f.province, f.indicator, f.period, f.value) for f in facts_of(text, province=None, trace=trace)}
    return got, [d.rule for d in trace]


def test_leading_in_an_article_about_two_provinces_named_as_often_is_no_rank():
    text = (
        "Năm 2023, Bình Dương xếp thứ 6/63 về chỉ số DTI, Đồng Nai xếp thứ 14/63.\n"
        "Bình Dương và Đồng Nai đều tăng hạng so với năm trước.\n"
        "Năm 2023, Đồng Nai dẫn đầu cả nước về chỉ số DTI, Bình Dương cũng nằm trong tốp đầu."
    )
    got, rules = _no_hint(text)
    assert ("binh-duong", "dti_rank", 2023, 6.0) in got and ("dong-nai", "dti_rank", 2023, 14.0) in got
    assert not any(f[3] == 1.0 for f in got)
    assert "leader-not-subject" in rules


def test_leading_in_an_article_about_one_province_is_its_rank_one():
    text = "Năm 2023, tỉnh Bình Dương dẫn đầu cả nước về chỉ số DTI.\nTỉnh Bình Dương đạt 0,6911 điểm."
    got, _ = _no_hint(text)
    assert ("binh-duong", "dti_rank", 2023, 1.0) in got


# ---- unit-across-lines: a district's one-sentence line goes on into the next line


def test_a_district_s_one_sentence_line_keeps_the_next_line_s_value():
    text = (
        "Năm 2023, huyện Mường Tè có 92% hồ sơ được xử lý trực tuyến.\n"
        "Tỷ lệ hộ gia đình có cáp quang đạt 64%."
    )
    trace: list = []
    assert not facts_of(text, province="lai-chau", trace=trace)
    assert "paragraph-about-lower-unit" in [d.rule for d in trace]


def test_a_national_one_sentence_line_does_not_take_the_next_line_s_value():
    text = (
        "Năm 2023, tỉnh Lai Châu có 88% hồ sơ được xử lý trực tuyến.\n"
        "Bình quân cả nước, tỷ lệ hộ gia đình có cáp quang đạt 79%.\n"
        "Năm 2023, tỷ lệ người dùng internet đạt 71%."
    )
    got = triples(text, province="lai-chau")
    assert ("lai-chau", "internet_user_rate", 2023, 71.0) in got
    assert not any(f[3] == 79.0 for f in got)


def test_a_district_does_not_carry_past_a_heading():
    text = (
        "Năm 2023, huyện Mường Tè có 92% hồ sơ được xử lý trực tuyến.\n"
        "Hạ tầng số của tỉnh\n"
        "Năm 2023, tỷ lệ hộ gia đình có cáp quang đạt 64%."
    )
    assert ("lai-chau", "fixed_broadband_household_rate", 2023, 64.0) in triples(text, province="lai-chau")


def test_a_bullet_s_index_does_not_rank_the_line_after_the_list():
    text = (
        "Kết quả DTI năm 2021 của tỉnh Kon Tum:\n"
        "- Chỉ số DTI: 0,3526; xếp thứ 52/63.\n"
        "- An toàn thông tin mạng: hạng 13.\n"
        "Lâm Đồng dẫn đầu khu vực Tây Nguyên, xếp thứ 19 cả nước."
    )
    got = triples(text, province="kon-tum", published=dt.date(2022, 6, 10))
    assert ("kon-tum", "cybersecurity_index_rank", 2021, 13.0) in got
    assert not any(code == "cybersecurity_index_rank" and v == 19.0 for _, code, _, v in got)
