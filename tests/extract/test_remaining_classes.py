"""Classes left after 1.6 (issue 10), each a general rule, tested in our own words: "Huế" written
without a prefix (its era decides the slug), provinces that share a rank (rule tied-provinces)."""

from __future__ import annotations

import datetime as dt

from vndx.extract.extractor import extract_facts
from vndx.extract.gazetteer import SELF, load_gazetteer
from vndx.extract.text import fold, fold_case_preserving


def _facts(text: str, published: dt.date, url: str | None = None) -> set[tuple]:
    got = extract_facts(text, doc="t", published=published, source_url=url)
    return {(f.province, f.indicator, f.period, f.value) for f in got}


# ---- "Huế" alone


def test_hue_alone_before_2025_is_the_63_era_province():
    text = "Năm 2023, Huế xếp thứ 4/63 tỉnh, thành phố về chỉ số chuyển đổi số (DTI)."
    assert _facts(text, dt.date(2024, 3, 1)) == {("thua-thien-hue", "dti_rank", 2023, 4.0)}


def test_hue_alone_from_2025_is_the_successor_city():
    text = "Năm 2025, Huế có 92% hồ sơ được xử lý trực tuyến toàn trình."
    assert {f[0] for f in _facts(text, dt.date(2025, 11, 1))} == {"hue"}


def test_hue_in_a_list_of_provinces_pairs_like_any_name():
    text = (
        "Năm 2022, ba địa phương có DTI cao nhất là Đà Nẵng, Huế và Quảng Ninh "
        "với lần lượt 0,8002; 0,6975 và 0,7024."
    )
    got = {(f[0], f[3]) for f in _facts(text, dt.date(2023, 6, 1))}
    assert got == {("da-nang", 0.8002), ("thua-thien-hue", 0.6975), ("quang-ninh", 0.7024)}


def test_an_institution_named_after_hue_is_not_the_province():
    text = "Năm 2023, Đại học Huế có 95% hồ sơ tuyển sinh được nộp trực tuyến toàn trình."
    assert _facts(text, dt.date(2024, 1, 1), url="https://example.vn/tin-tuc/a.html") == set()


# ---- provinces that share a rank (rule tied-provinces)


def test_two_provinces_that_rank_together_each_get_the_rank():
    text = "Năm 2023, Bắc Giang và Thái Nguyên cùng xếp thứ 5/63 về chỉ số DTI."
    got = {(f[0], f[3]) for f in _facts(text, dt.date(2024, 6, 1))}
    assert got == {("bac-giang", 5.0), ("thai-nguyen", 5.0)}


def test_a_shared_rank_named_with_its_partner_after_it():
    text = "Năm 2023, tỉnh Bắc Giang đồng hạng 7 với Hà Nam về chỉ số chuyển đổi số (DTI)."
    got = {(f[0], f[3]) for f in _facts(text, dt.date(2024, 6, 1))}
    assert got == {("bac-giang", 7.0), ("ha-nam", 7.0)}


def test_a_province_with_its_own_value_before_is_not_in_the_tie():
    # Hà Nội has its own value; only the two joined after it share 12
    text = "Năm 2023, Hà Nội xếp thứ 4/63 về DTI; Bắc Ninh, Hải Dương cùng xếp thứ 12/63."
    got = {(f[0], f[3]) for f in _facts(text, dt.date(2024, 6, 1))}
    assert got == {("ha-noi", 4.0), ("bac-ninh", 12.0), ("hai-duong", 12.0)}


def test_one_province_and_a_shared_word_is_no_tie():
    text = "Năm 2023, các chỉ số của Bắc Giang đều xếp thứ 9/63 về chỉ số DTI."
    assert {f[0] for f in _facts(text, dt.date(2024, 6, 1))} == {"bac-giang"}


# ---- a national figure with no "cả nước" (rule ministry-report)

PROVINCIAL_PAPER = "https://baogialai.com.vn/chuyen-doi-so-post1.html"


def _refusals(text: str) -> list[str]:
    trace: list = []
    extract_facts(text, doc="t", published=dt.date(2025, 1, 5), source_url=PROVINCIAL_PAPER, trace=trace)
    return [d.rule for d in trace]


def test_a_ministrys_figure_with_no_province_is_national():
    text = "Theo số liệu của Bộ Công an, năm 2024 tỷ lệ dân số có tài khoản định danh điện tử mức 2 đạt 61%."
    assert "ministry-report" in _refusals(text)
    assert _facts(text, dt.date(2025, 1, 5), PROVINCIAL_PAPER) == set()


def test_a_ministrys_figure_for_the_province_is_kept():
    text = "Theo Bộ Công an, năm 2024 tỷ lệ dân số của tỉnh có tài khoản định danh điện tử mức 2 đạt 61%."
    assert {f[0] for f in _facts(text, dt.date(2025, 1, 5), PROVINCIAL_PAPER)} == {"gia-lai"}


def test_a_set_of_criteria_is_not_a_ministry():
    text = "Theo bộ chỉ số đánh giá, năm 2024 tỷ lệ dân số có tài khoản định danh điện tử mức 2 đạt 61%."
    assert "ministry-report" not in _refusals(text)


def test_population_of_the_province_is_the_province_itself():
    # "số" before "của tỉnh" is the population's, not a count of provinces ("số tỉnh đạt ...")
    gaz = load_gazetteer()
    own = "dân số của tỉnh có tài khoản"
    assert [x.slug for x in gaz.mentions(fold_case_preserving(own), fold(own))] == [SELF]
    counted = "số tỉnh đạt mức cao"
    assert gaz.mentions(fold_case_preserving(counted), fold(counted)) == []


# ---- precision audit (issue 10 item 3): subjects and groups that are not the province

QUANG_NGAI_PAPER = "https://baoquangngai.vn/tin-tuc/a.html"


def _refused_by(text: str) -> tuple[set, list[str]]:
    trace: list = []
    got = extract_facts(text, doc="t", published=dt.date(2024, 3, 1), source_url=QUANG_NGAI_PAPER, trace=trace)
    return {(f.indicator, f.value) for f in got}, [d.rule for d in trace]


def test_a_rank_among_a_few_provinces_is_a_group_rank():
    facts, rules = _refused_by("Năm 2023, tỉnh xếp thứ 2 trong 5 tỉnh vùng kinh tế trọng điểm về chỉ số DTI.")
    assert facts == set() and "regional-rank" in rules


def test_a_rank_among_all_provinces_stays():
    facts, _ = _refused_by("Năm 2023, tỉnh xếp thứ 21 trong 63 tỉnh, thành phố về chỉ số DTI.")
    assert ("dti_rank", 21.0) in facts


def test_a_bank_branch_is_not_the_province():
    facts, rules = _refused_by("Năm 2023, Vietcombank chi nhánh tỉnh có 92% giao dịch thanh toán không dùng tiền mặt.")
    # (the bank heads the clause: organisation-figure, asked before lower-level-unit's "chi nhánh")
    assert facts == set() and "organisation-figure" in rules
    facts, rules = _refused_by("Năm 2023, chi nhánh ngân hàng trên địa bàn có 92% giao dịch không dùng tiền mặt.")
    assert facts == set()


def test_some_departments_reaching_a_share_is_not_the_provinces_share():
    facts, rules = _refused_by("Năm 2023, 11/19 sở, ngành có tỷ lệ 100% hồ sơ trực tuyến toàn trình.")
    assert facts == set() and {"lower-level-unit", "group-not-province"} & set(rules)
    facts, rules = _refused_by("Năm 2023, các sở, ngành có tỷ lệ 100% hồ sơ trực tuyến toàn trình.")
    assert facts == set() and "lower-level-unit" in rules


def test_the_province_itself_tied_with_another():
    text = "Năm 2023, tỉnh đồng hạng 7 với Hà Nam về chỉ số chuyển đổi số (DTI)."
    got = {(f[0], f[3]) for f in _facts(text, dt.date(2024, 6, 1), QUANG_NGAI_PAPER)}
    assert got == {("quang-ngai", 7.0), ("ha-nam", 7.0)}


def test_a_count_of_districts_reaching_a_threshold_is_not_the_provinces_share():
    facts, rules = _refused_by("Năm 2023, 12 huyện, thị xã có tỷ lệ hồ sơ trực tuyến toàn trình trên 60%.")
    assert facts == set() and "group-not-province" in rules


def test_a_year_before_tinh_is_no_count_of_provinces():
    # "2023 tỉnh có" is the province in 2023, not "2023 provinces"
    facts, rules = _refused_by("Theo Quyết định 749/QĐ-TTg, năm 2023 tỉnh có 81% hồ sơ trực tuyến toàn trình.")
    assert ("online_dossier_rate", 81.0) in facts and "group-not-province" not in rules


def test_a_regions_figure_is_not_the_provinces():
    text = "Năm 2023, tỷ lệ người dân dùng điện thoại thông minh của vùng Tây Nguyên đạt 71%."
    facts, rules = _refused_by(text)
    assert facts == set() and "aggregate-not-province" in rules
