"""The year and subject rules (period_rules.py, subject_rules.py): each decision carries the name of
the rule that made it (``extract_facts(..., chosen=list)``), each refusal its name in the trace.
Sentences in our own words, about provinces and values of no corpus document."""

from __future__ import annotations

from tests.extract.conftest import facts_of
from vndx.extract.period_rules import YEAR_RULES
from vndx.extract.subject_rules import SUBJECT_RULES


def _decided(text: str, **kw) -> tuple[set[tuple], list[str]]:
    trace: list = []
    chosen: list = []
    facts_of(text, trace=trace, chosen=chosen, **kw)
    decided = {
        (c.fact.province, c.fact.indicator, c.fact.period, c.fact.value, c.period_rule, c.province_rule) for c in chosen
    }
    return decided, [d.rule for d in trace]


def test_the_value_s_own_year_comes_before_what_the_article_says():
    names = [r.name for r in YEAR_RULES]
    # (move-start reads the end point's year by the rules after it, then counts one back; same-span's movement is
    # dated by the span the paragraph told; announced-last-year reads a release year in words, which the sentence's
    # other years do not date; compared-opening reads the edition a sentence opens comparing with, which sentence-year
    # passes over as a compared year; change-since-opening dates a change by the year a sentence opens comparing with,
    # which the sentence's other rules would give the change itself; change-since-label, a change whose label ends
    # with the year compared with, which attached-year would give the change itself; change-after-look-back, a change
    # reckoned from an earlier edition's level the sentence opens on, which attached-year and sentence-year would date
    # to that earlier year; change-since-opening before attached-year too: the opening year may read as attached to the
    # change, "So với DTI 2021, khi ... 0,6160 điểm, giá trị ... tăng 0,0361")
    assert names[:11] == [
        "list-year",
        "change-since-label",
        "change-after-look-back",
        "change-since-opening",
        "attached-year",
        "same-span",
        "move-start",
        "index-year",
        "announced-last-year",
        "compared-opening",
        "sentence-year",
    ]
    assert names.index("edition-year") < names.index("latest-edition") < names.index("context-year")
    assert [r.name for r in SUBJECT_RULES][-1] == "article-province"


def test_an_undated_dti_score_is_of_the_latest_edition_out():
    decided, _ = _decided("Chỉ số DTI của tỉnh Kiên Giang đạt 0,4871 điểm.", province="kien-giang")
    assert decided == {("kien-giang", "dti_score", 2022, 0.4871, "latest-edition", "clause-province")}


def test_a_page_without_any_date_or_year_refuses_by_name():
    decided, rules = _decided("Tỷ lệ người dùng internet của tỉnh Kon Tum đạt 78%.", province="kon-tum", published=None)
    assert not decided
    assert "no-year" in rules


def test_a_horizon_year_is_refused_as_future():
    text = "Năm 2030, tỷ lệ người dùng internet của tỉnh Kon Tum đạt 90%."
    decided, rules = _decided(text, province="kon-tum")
    assert not decided
    assert "future-year" in rules


def test_leading_the_country_counts_only_for_the_article_s_subject():
    text = (
        "Chỉ số DTI năm 2023 của Hậu Giang đạt 0,45 điểm, xếp thứ 30/63. "
        "Năm 2023, Quảng Ninh dẫn đầu cả nước về chỉ số DTI."
    )
    decided, rules = _decided(text, province="hau-giang")
    assert ("hau-giang", "dti_rank", 2023, 30.0, "sentence-year", "clause-province") in decided
    assert not any(d[0] == "quang-ninh" for d in decided)
    assert "leader-not-subject" in rules


def test_a_paragraph_about_the_nation_keeps_its_unnamed_values():
    text = (
        "Năm 2023, tỉnh Cà Mau có 88% người dân dùng điện thoại thông minh.\n"
        "Năm 2023, cả nước có 52% người dân có tài khoản thanh toán điện tử. "
        "Tỷ lệ người dân dùng điện thoại thông minh đạt 80%."
    )
    decided, rules = _decided(text, province="ca-mau")
    assert {d[:4] for d in decided} == {("ca-mau", "smartphone_user_rate", 2023, 88.0)}
    assert "paragraph-about-nation" in rules


def test_a_paragraph_about_a_district_keeps_its_unnamed_values():
    text = "Năm 2023, huyện Tân Uyên có 96% hồ sơ được xử lý trực tuyến. Tỷ lệ hộ gia đình có cáp quang đạt 85%."
    decided, rules = _decided(text, province="lai-chau")
    assert not decided
    assert "paragraph-about-lower-unit" in rules


def test_the_paragraph_s_province_and_year_carry_to_a_pillar():
    text = (
        "Bài viết về tỉnh Trà Vinh.\n"
        "Năm 2022, Đồng Tháp xếp thứ 12/63 về chỉ số DTI. Trong đó, chính quyền số xếp thứ 9."
    )
    decided, _ = _decided(text, province="tra-vinh")
    assert ("dong-thap", "dti_digital_government_rank", 2022, 9.0, "context-year", "paragraph-province") in decided


def test_the_province_named_after_a_rank_is_the_one_ranked():
    decided, _ = _decided("Năm 2022, về chỉ số DTI, vị trí thứ hai thuộc về Hải Phòng.", province="tra-vinh")
    assert decided == {("hai-phong", "dti_rank", 2022, 2.0, "sentence-year", "rank-then-province")}
