"""Every catalog indicator's example sentence must yield that indicator with its example value:
adding an indicator to indicators.csv requires an example (and phrasings for a new topic)."""

import pytest

from vndx.extract.catalog import load_catalog
from vndx.reference import load_indicators

from .conftest import facts_of

INDICATORS = load_indicators()


def test_catalog_keeps_public_codes_and_every_row_has_an_example():
    codes = {i.code for i in INDICATORS}
    assert {"dti_score", "dti_rank", "dti_score_change", "online_dossier_rate", "dx_targets_achieved"} <= codes
    assert all(i.topic for i in INDICATORS)
    rows = _rows()
    assert [c for c, r in rows.items() if not (r["example_sentence_vi"] and r["example_value"])] == []


def test_every_topic_has_phrasings_or_a_rule():
    catalog = load_catalog()
    used = {i.topic for i in INDICATORS}
    for topic in catalog.topics:
        if topic.name in used and topic.name != "dx_targets":
            assert topic.regex is not None, topic.name


def _rows():
    import csv

    from vndx.reference import seeds_dir

    with open(seeds_dir() / "indicators.csv", encoding="utf-8") as fh:
        return {r["code"]: r for r in csv.DictReader(fh)}


@pytest.mark.parametrize("ind", INDICATORS, ids=[i.code for i in INDICATORS])
def test_example_sentence_extracts_its_indicator(ind):
    rows = _rows()
    sentence, value = rows[ind.code]["example_sentence_vi"], float(rows[ind.code]["example_value"])
    got = {(f.indicator, round(f.value, 4)) for f in facts_of(sentence)}
    assert (ind.code, round(value, 4)) in got, got


@pytest.mark.parametrize(
    "sentence, code, value",
    [
        ("Tỉ lệ người dùng Internet đạt 88%.", "internet_user_rate", 88),
        ("Ty le nguoi dung internet dat 88%.", "internet_user_rate", 88),
        ("Tỷ trọng kinh tế số/GRDP đạt 15,2%.", "digital_economy_grdp_share", 15.2),
        ("Kinh tế số chiếm khoảng 12,5% GRDP của tỉnh.", "digital_economy_grdp_share", 12.5),
        ("Chỉ số CĐS của tỉnh xếp thứ 12/63.", "dti_rank", 12),
        ("Tỷ lệ văn bản đi được ký số đạt 99,2%.", "e_document_signed_rate", 99.2),
        ("DVCTT toàn trình đạt 54,3%, DVCTT một phần đạt 45,7%.", "online_public_service_rate", 45.7),
        ("Hơn 80% người dân trong độ tuổi lao động có điện thoại thông minh.", "smartphone_user_rate", 80),
        ("Tỉnh đã cấp hơn 450.000 tài khoản định danh điện tử, đạt 95% kế hoạch.", "eid_target_attainment_rate", 95),
    ],
)
def test_variant_phrasings(sentence, code, value):
    assert (code, value) in {(f.indicator, round(f.value, 4)) for f in facts_of(sentence)}


def test_head_noun_decides_between_overlapping_phrasings():
    got = {(f.indicator, f.value) for f in facts_of("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 65,2%.")}
    assert got == {("online_dossier_rate", 65.2)}


def test_each_clause_head_binds_its_own_topic():
    got = {(f.indicator, f.value) for f in facts_of("Tỉnh có 100% xã có cáp quang, 99,8% thôn có sóng 4G.")}
    assert got == {("fiber_village_coverage_rate", 100), ("mobile_coverage_rate", 99.8)}
