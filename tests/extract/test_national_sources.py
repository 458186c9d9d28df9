"""Issue 10, a national figure with no "cả nước" / "toàn quốc" in its sentence, in our own sentences
(other provinces and values than any corpus document): the ministry, the government or the Prime
Minister as the source with no province named before the value (rule ministry-report), an average
or a count of all provinces (rules aggregate-not-province, group-not-province); a bracketed rank after
a measure the catalog does not rank (absorbed-by-other-measure)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import refusals, triples

PUB = dt.date(2024, 2, 7)


def _rules(text: str) -> list[str]:
    return refusals(text, province="ha-nam", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "Theo báo cáo của Bộ, năm 2023 tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,6%.",
        "Báo cáo của Bộ cho thấy, năm 2023 tỷ lệ người dùng internet đạt 78,3%.",
        "Theo Chính phủ, năm 2023 tỷ lệ người dùng internet đạt 78,3%.",
        "Theo Thủ tướng, năm 2023 tỷ lệ người trưởng thành có điện thoại thông minh đạt 84,2%.",
        "Theo Bộ trưởng Bộ Thông tin và Truyền thông, năm 2023 tỷ lệ người dùng internet đạt 78,3%.",
        "Theo số liệu của Tổng cục Thống kê, năm 2023 tỷ lệ người dùng internet đạt 78,3%.",
    ],
)
def test_a_national_source_with_no_province_named_gives_the_nation_s_figure(text):
    assert not triples(text, province="ha-nam", published=PUB)
    assert "ministry-report" in _rules(text)


def test_a_national_source_quoting_the_province_s_figure_keeps_it():
    text = "Theo báo cáo của Bộ, năm 2023 tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Hà Nam đạt 52,4%."
    assert triples(text, province="ha-nam", published=PUB) == {("ha-nam", "online_dossier_rate", 2023, 52.4)}


def test_a_lower_case_bộ_is_a_set_not_the_ministry():
    text = "Theo bộ chỉ số đánh giá, năm 2023 tỷ lệ người dùng internet trên địa bàn tỉnh đạt 70,5%."
    assert triples(text, province="ha-nam", published=PUB) == {("ha-nam", "internet_user_rate", 2023, 70.5)}


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, tỷ lệ hồ sơ trực tuyến bình quân của 63 tỉnh, thành phố đạt 44,8%.",
        "Năm 2023, 63 tỉnh, thành phố có tỷ lệ hồ sơ trực tuyến đạt 44,8%.",
        "Năm 2023, tỷ lệ hồ sơ trực tuyến trung bình của các địa phương đạt 44,8%.",
    ],
)
def test_an_average_or_all_provinces_is_no_province_s_figure(text):
    assert not triples(text, province="ha-nam", published=PUB)


# ---- absorbed-by-other-measure: a bracketed rank ranks the measure right before it


def test_a_bracketed_rank_of_a_measure_without_a_rank_is_no_one_s():
    text = (
        "Năm 2023, tỉnh ghi nhận 51.230 giao dịch trên sàn thương mại điện tử (xếp thứ 6 cả nước), "
        "đồng thời 88% hộ sản xuất nông nghiệp được đào tạo kỹ năng số (xếp thứ 2 cả nước)."
    )
    got = triples(text, province="ha-nam", published=PUB)
    assert ("ha-nam", "ecommerce_transaction_rank", 2023, 6.0) in got
    assert ("ha-nam", "ecommerce_transaction_rank", 2023, 2.0) not in got
    assert "absorbed-by-other-measure" in _rules(text)


def test_a_bracketed_rank_of_the_index_itself_is_kept():
    text = "Năm 2023, chỉ số DTI của tỉnh Hà Nam đạt 0,5521 điểm (xếp thứ 20/63)."
    assert ("ha-nam", "dti_rank", 2023, 20.0) in triples(text, province="ha-nam", published=PUB)


def test_a_bare_tỉnh_after_the_national_source_is_the_province():
    text = "Theo Bộ Công an, năm 2023 tỉnh có tỷ lệ người dân có tài khoản định danh điện tử đạt 66,2%."
    assert triples(text, province="ha-nam", published=PUB) == {("ha-nam", "eid_account_rate", 2023, 66.2)}


def test_provinces_counted_after_the_national_source_are_not():
    text = "Theo Bộ Công an, năm 2023 các tỉnh có tỷ lệ người dân có tài khoản định danh điện tử đạt 66,2%."
    assert not triples(text, province="ha-nam", published=PUB)


def test_ước_tính_is_not_tỉnh():
    text = "Theo Cục Viễn thông, ước tính tỷ lệ người dùng internet đạt 80,4%."
    assert not triples(text, province="ha-nam", published=PUB)
