"""Issue 10 classes the probe tests did not cover yet (our own sentences, other provinces and
values than any corpus document): bare lists, "trên/trong 63 tỉnh", periods of half-year reports,
the edition a late announcement reports, an undated text framed by its address."""

import datetime as dt

import pytest

from vndx.extract import extract_facts


def read(text, published=dt.date(2024, 4, 5), url=None):
    got = extract_facts(text, doc="d", published=published, source_url=url)
    return {(f.province, f.indicator, f.period, f.value) for f in got}


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2022, chỉ số DTI của Tây Ninh xếp thứ 25/63; chính quyền số, kinh tế số, xã hội số xếp thứ 18, 40 và 27.",
        "Năm 2022, Tây Ninh có các trụ cột CQS, KTS, XHS đứng ở vị trí 18, 40, 27.",
    ],
)
def test_pillar_ranks_listed_without_lan_luot(text):
    got = read(text)
    assert {
        ("tay-ninh", "dti_digital_government_rank", 2022, 18.0),
        ("tay-ninh", "dti_digital_economy_rank", 2022, 40.0),
        ("tay-ninh", "dti_digital_society_rank", 2022, 27.0),
    } <= got
    assert ("tay-ninh", "dti_digital_society_rank", 2022, 18.0) not in got


def test_pillar_scores_listed_without_lan_luot():
    text = "Năm 2022, ba trụ cột chính quyền số, kinh tế số và xã hội số của Bình Thuận đạt 0,6120, 0,3815 và 0,4476."
    assert {
        ("binh-thuan", "dti_digital_government_score", 2022, 0.612),
        ("binh-thuan", "dti_digital_economy_score", 2022, 0.3815),
        ("binh-thuan", "dti_digital_society_score", 2022, 0.4476),
    } <= read(text)


@pytest.mark.parametrize(
    "where", ["trên 63 tỉnh, thành phố", "trong 63 tỉnh, thành phố", "trong tổng số 63 tỉnh, thành phố"]
)
def test_out_of_written_as_words(where):
    text = f"Năm 2022, chỉ số DTI của Hưng Yên xếp thứ 14 {where}."
    got = extract_facts(text, doc="d", published=dt.date(2023, 6, 1))
    assert [(f.indicator, f.value, f.out_of) for f in got] == [("dti_rank", 14.0, 63)]


def test_out_of_34_written_as_words():
    text = "Chỉ số DTI năm 2024: Lâm Đồng xếp thứ 8 trên 34 tỉnh, thành phố."
    got = extract_facts(text, doc="d", published=dt.date(2025, 10, 25))
    assert [(f.province, f.period, f.value, f.out_of) for f in got] == [("lam-dong", 2024, 8.0, 34)]


def test_first_half_year_without_year_is_the_publication_year():
    text = "Trong 6 tháng đầu năm, tỷ lệ hồ sơ trực tuyến của tỉnh Hà Nam đạt 68,2%."
    assert read(text, published=dt.date(2024, 7, 15)) == {("ha-nam", "online_dossier_rate", 2024, 68.2)}


@pytest.mark.parametrize("when", ["6 tháng cuối năm", "năm qua", "cả năm"])
def test_last_year_reported_early_in_the_next_year(when):
    # a report in January on "the past year" / "the last six months" is about the year before
    text = f"Trong {when}, tỷ lệ hồ sơ trực tuyến của tỉnh Hà Nam đạt 68,2%."
    assert read(text, published=dt.date(2025, 1, 10)) == {("ha-nam", "online_dossier_rate", 2024, 68.2)}


def test_announcement_two_years_after_the_edition():
    # DTI 2023 came out on 2025-02-06, on the 63-province basis: "vừa công bố" in March 2025 reports it
    text = "Bộ vừa công bố chỉ số chuyển đổi số cấp tỉnh. Theo đó, Phú Thọ xếp thứ 17/63 với 0,5521 điểm."
    assert read(text, published=dt.date(2025, 3, 2)) == {
        ("phu-tho", "dti_rank", 2023, 17.0),
        ("phu-tho", "dti_score", 2023, 0.5521),
    }


def test_announcement_in_the_year_after_the_edition():
    text = "Bộ vừa công bố chỉ số chuyển đổi số cấp tỉnh. Theo đó, Phú Thọ xếp thứ 17/63 với 0,5521 điểm."
    assert read(text, published=dt.date(2022, 8, 2)) == {
        ("phu-tho", "dti_rank", 2021, 17.0),
        ("phu-tho", "dti_score", 2021, 0.5521),
    }


def test_text_without_any_year_takes_the_publication_year_and_the_edition_then_out():
    # a plain statistic is of the article's year; a DTI rank of the latest edition out (rule latest-edition)
    text = "Chỉ số DTI: Quảng Trị xếp thứ 22/63 tỉnh, thành phố; tỷ lệ hồ sơ trực tuyến đạt 61%."
    assert read(text, published=dt.date(2023, 9, 9)) == {
        ("quang-tri", "dti_rank", 2022, 22.0),
        ("quang-tri", "online_dossier_rate", 2023, 61.0),
    }


@pytest.mark.parametrize(
    ("published", "edition"), [(dt.date(2022, 10, 1), 2021), (dt.date(2024, 9, 1), 2022), (dt.date(2025, 5, 1), 2023)]
)
def test_undated_rank_is_the_edition_out_at_publication(published, edition):
    text = "Chỉ số DTI của Hải Dương giảm 3 bậc so với năm trước, xếp thứ 15."
    assert read(text, published=published) == {("hai-duong", "dti_rank", edition, 15.0)}


@pytest.mark.parametrize(
    "text",
    [
        "Với 0,6523 điểm, Hải Dương đứng thứ 12 cả nước về chỉ số DTI năm 2023.",
        "Năm 2023, Hải Dương đạt điểm số 0,6523, xếp thứ 12/63 về chỉ số DTI.",
    ],
)
def test_score_in_points_before_the_index_it_scores(text):
    got = read(text)
    assert {("hai-duong", "dti_score", 2023, 0.6523), ("hai-duong", "dti_rank", 2023, 12.0)} <= got


def test_undated_text_framed_by_its_address():
    text = "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan của tỉnh Điện Biên đạt 97%."
    url = "https://example.vn/tin/dien-bien-tang-toc-chuyen-doi-so-giai-doan-2021-2025"
    assert read(text, published=None, url=url) == {("dien-bien", "e_document_exchange_rate", 2021, 97.0)}


def test_undated_as_of_now_from_start_year_and_years_elapsed():
    # rule elapsed-years: no date anywhere, "từ năm 2020" + "sau hai năm thực hiện đến nay" = 2022
    text = (
        "Đề án thương mại điện tử của tỉnh Yên Bái được triển khai từ năm 2020.\n"
        "Sau hai năm thực hiện đến nay, tỷ lệ hộ sản xuất nông nghiệp được đào tạo kỹ năng số đạt 81%."
    )
    assert read(text, published=None) == {("yen-bai", "digital_skill_farm_household_rate", 2022, 81.0)}


def test_a_line_opening_with_a_connector_goes_on_with_the_paragraph_before():
    # rule paragraph-connector: a page with a <p> per sentence
    text = (
        "Năm 2022, chỉ số DTI của Quảng Ninh xếp thứ 4/63; Hà Nam xếp thứ 30/63.\n"
        "Trong đó, chính quyền số của Hà Nam xếp thứ 21/63.\n"
    )
    got = read(text, published=dt.date(2023, 8, 1))
    assert ("ha-nam", "dti_digital_government_rank", 2022, 21.0) in got
    assert ("quang-ninh", "dti_digital_government_rank", 2022, 21.0) not in got


def test_a_line_without_a_connector_starts_a_new_paragraph():
    text = "Năm 2021, chỉ số DTI của Quảng Ninh xếp thứ 4/63.\nTỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 55%."
    got = read(text, published=dt.date(2023, 8, 1))
    assert ("quang-ninh", "online_dossier_rate", 2023, 55.0) in got
