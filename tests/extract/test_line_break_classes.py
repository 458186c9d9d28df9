"""Classes of issue 10 item 2 written after the patterns, in our own sentences (other provinces
and values than any corpus document): what a line break carries, and whose a rank is in a
paragraph about the nation."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import facts_of, triples


def _rules(text: str, **kw) -> list[str]:
    trace: list = []
    facts_of(text, trace=trace, **kw)
    return [d.rule for d in trace]


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
    assert "no-topic-fits" in _rules(text, province="soc-trang")


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
