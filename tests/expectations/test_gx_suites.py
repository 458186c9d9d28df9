"""Each expectation of each suite fails on a crafted bad row and passes on good rows (real GX)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from expectations import articles, pages
from expectations.rules import name_of
from expectations.runner import validate_rows
from tests.expectations.gx_rows import BATCH, document, fact, gold_facts, page, seed_documents
from vndx import config
from vndx.pipeline.validation import facts_suite

FACTS, ARTICLES, PAGES = facts_suite(), articles.suite(), pages.suite()

# fact_id -> (overrides of a valid fact, the exact set of expectation names it must fail)
BAD_FACTS = {
    "no_province": ({"province_slug": None}, {"province_present"}),
    "no_indicator": ({"indicator_code": None}, {"indicator_present"}),
    "no_period": ({"period_year": None}, {"period_present"}),
    "no_value": ({"value": None}, {"value_present", "evidence_contains_value"}),
    "no_unit": ({"unit": None}, {"unit_present"}),
    "no_evidence": ({"evidence": None}, {"evidence_present", "evidence_contains_value"}),
    "unknown_indicator": ({"indicator_code": "dti_happiness"}, {"indicator_in_catalog"}),
    "wrong_unit": ({"unit": "count"}, {"unit_matches_catalog"}),
    "score_below_min": ({"indicator_code": "dti_score", "unit": "score", "value": -0.5,
                         "evidence": "giá trị -0,5"}, {"value_not_below_catalog_min"}),
    "rate_250": ({"value": 250.0, "evidence": "đạt 250%"}, {"value_not_above_catalog_max"}),
    "score_above_1": ({"indicator_code": "dti_score", "unit": "score", "value": 5.32,
                       "evidence": "giá trị 5,32"}, {"value_not_above_catalog_max"}),
    "fractional_count": ({"indicator_code": "admin_procedure_count", "unit": "count", "value": 1637.5,
                          "evidence": "cung cấp 1.637,5 thủ tục"}, {"whole_number_for_rank_or_count"}),
    "unknown_province": ({"province_slug": "atlantis"}, {"province_valid_for_era"}),
    "hue_before_merger": ({"province_slug": "hue", "period_year": 2023}, {"province_valid_for_era"}),
    "rank_out_of_34_in_2023": ({"indicator_code": "dti_rank", "unit": "rank", "value": 5.0, "out_of": 34,
                                "period_year": 2023, "evidence": "xếp thứ 5/34"},
                               {"rank_out_of_province_count"}),
    "rank_out_of_50": ({"indicator_code": "dti_rank", "unit": "rank", "value": 5.0, "out_of": 50,
                        "period_year": 2023, "evidence": "xếp thứ 5/50"}, {"rank_out_of_province_count"}),
    "rank_70_of_63": ({"indicator_code": "dti_rank", "unit": "rank", "value": 70.0, "out_of": 63,
                       "period_year": 2022, "evidence": "xếp thứ 70/63"},
                      {"value_not_above_catalog_max", "rank_within_out_of"}),
    "rank_40_of_34": ({"indicator_code": "dti_rank", "unit": "rank", "value": 40.0, "out_of": 34,
                       "province_slug": "ha-noi", "period_year": 2025, "published_at": dt.date(2025, 12, 1),
                       "evidence": "xếp thứ 40/34"}, {"rank_within_out_of"}),
    "targets_15_of_14": ({"indicator_code": "dx_targets_achieved", "unit": "count", "value": 15.0,
                          "out_of": 14, "evidence": "hoàn thành 15/14 mục tiêu"}, {"part_within_out_of"}),
    "period_2014": ({"period_year": 2014}, {"period_in_plausible_range"}),
    "period_2031": ({"province_slug": "ha-noi", "period_year": 2031, "published_at": None},
                    {"period_in_plausible_range"}),
    "period_after_publication": ({"period_year": 2024, "published_at": dt.date(2023, 5, 1)},
                                 {"period_not_after_publication"}),
    "value_not_in_evidence": ({"value": 92.0}, {"evidence_contains_value"}),
    # a 2023 value is on the 63-province basis even when published after the merger
    "rank_2023_of_34": ({"indicator_code": "dti_rank", "unit": "rank", "value": 12.0, "out_of": 34,
                         "province_slug": "lam-dong", "period_year": 2023, "published_at": dt.date(2025, 10, 25),
                         "evidence": "xếp thứ 12/34"}, {"rank_out_of_province_count"}),
    "hue_2024_before_merger": ({"province_slug": "hue", "published_at": dt.date(2024, 10, 8)},
                               {"province_valid_for_era"}),
    "offsets_reversed": ({"char_start": 50, "char_end": 10}, {"evidence_offsets_ordered"}),
}

GOOD_EDGE_FACTS = {
    "bank_rate_139_5": {"indicator_code": "bank_account_adult_rate", "value": 139.5,
                        "evidence": "đạt tỷ lệ 139,5%"},
    "ha_giang_2025": {"province_slug": "ha-giang", "period_year": 2025, "published_at": dt.date(2025, 5, 2)},
    "hue_2025": {"province_slug": "hue", "period_year": 2025, "published_at": dt.date(2025, 8, 2)},
    "rank_no_denominator": {"indicator_code": "dti_rank", "unit": "rank", "value": 7.0,
                            "evidence": "Xã hội số thứ 7"},
    "percent_sign_unit": {"unit": "%"},
    # DTI 2024 was published on 2025-10-21 for the 34 merged provinces
    "dti_2024_on_34_basis": {"indicator_code": "dti_rank", "unit": "rank", "value": 3.0, "out_of": 34,
                             "province_slug": "hue", "period_year": 2024, "published_at": dt.date(2025, 10, 25),
                             "evidence": "xếp thứ 3/34"},
}


def _failures(suite, rows):
    report, outcome, _ = validate_rows(suite, rows, BATCH, docs_dir=config.gx_docs_dir())
    return report, {key: set(names) for key, names in outcome.failures.items()}, outcome


def _names(suite) -> set[str]:
    return {name_of(e) for e in suite.expectations()}


@pytest.fixture(scope="module")
def facts_run():
    rows = gold_facts()
    rows += [fact(fid, **overrides) for fid, overrides in GOOD_EDGE_FACTS.items()]
    rows += [fact(fid, **overrides) for fid, (overrides, _) in BAD_FACTS.items()]
    # Two candidates with the same natural key but different ids (the extractor's id changed).
    rows += [fact("dup_a", doc_id="doc-dup"), fact("dup_b", doc_id="doc-dup")]
    return _failures(FACTS, rows)


@pytest.mark.parametrize("fact_id", sorted(BAD_FACTS))
def test_bad_fact_fails_exactly_its_expectations(facts_run, fact_id):
    _, failures, _ = facts_run
    assert failures.get(fact_id) == BAD_FACTS[fact_id][1]


def test_duplicate_natural_key_fails_both_rows(facts_run):
    _, failures, _ = facts_run
    assert failures["dup_a"] == failures["dup_b"] == {"natural_key_unique"}


def test_gold_and_edge_facts_pass(facts_run):
    _, failures, _ = facts_run
    passing = {r["fact_id"] for r in gold_facts()} | set(GOOD_EDGE_FACTS)
    assert not {fid: failures[fid] for fid in passing if fid in failures}


def test_every_fact_expectation_has_a_failing_row(facts_run):
    report, failures, _ = facts_run
    covered = set().union(*failures.values())
    assert covered == _names(FACTS)
    assert report.failed == len(BAD_FACTS) + 2
    assert report.evaluated == len(gold_facts()) + len(GOOD_EDGE_FACTS) + len(BAD_FACTS) + 2
    assert not report.success


def test_reason_names_the_rule_and_the_values(facts_run):
    _, _, outcome = facts_run
    assert outcome.reasons["rate_250"] == ["value_not_above_catalog_max (catalog_max=100, value=250)"]


def test_expectation_names_are_unique():
    for suite in (FACTS, ARTICLES, PAGES):
        names = [name_of(e) for e in suite.expectations()]
        assert len(names) == len(set(names)), suite.name


BAD_ARTICLES = {
    "no_body": ({"body_text": None}, {"body_present"}),
    "short_body": ({"body_text": "Chuyển đổi số tỉnh Bắc Kạn đạt kết quả tốt."}, {"body_min_length"}),
    "no_url": ({"url": None}, {"url_present"}),
    "bad_sha": ({"content_sha256": "not-a-hash"}, {"content_sha256_format"}),
    "published_2014": ({"published_at": dt.date(2014, 12, 31)}, {"published_in_plausible_range"}),
    "published_future": ({"published_at": dt.date.today() + dt.timedelta(days=30)},
                         {"published_in_plausible_range"}),
    "english": ({"body_text": "The province reported strong growth in digital public services. " * 10},
                {"vietnamese_text"}),
}


def test_articles_suite():
    good = seed_documents() + [document("undated", published_at=None)]
    bad = [document(doc_id, **overrides) for doc_id, (overrides, _) in BAD_ARTICLES.items()]
    report, failures, _ = _failures(ARTICLES, good + bad)
    assert failures == {doc_id: names for doc_id, (_, names) in BAD_ARTICLES.items()}
    assert set().union(*failures.values()) == _names(ARTICLES)
    assert (report.evaluated, report.failed) == (len(good) + len(bad), len(bad))


BAD_PAGES = {
    "http://demo/404": ({"status": 404}, {"status_ok"}),
    "http://demo/no-status": ({"status": None}, {"status_present"}),
    "http://demo/no-sha": ({"content_sha256": None}, {"content_sha256_present"}),
    "http://demo/bad-sha": ({"content_sha256": "XYZ"}, {"content_sha256_format"}),
    "http://demo/no-size": ({"bytes": None}, {"bytes_present"}),
    "http://demo/tiny": ({"bytes": 12}, {"bytes_within_bounds"}),
    "http://demo/pdf": ({"content_type": "application/pdf"}, {"content_type_html"}),
    "http://demo/no-type": ({"content_type": None}, {"content_type_present"}),
    "http://demo/listing.pdf": ({"role": "discovery", "content_type": "application/pdf"}, {"content_type_discovery"}),
}


def test_pages_suite():
    good = [page("http://demo/a"), page("http://demo/b", status=304, content_type="application/xhtml+xml"),
            # feeds and sitemaps are discovery pages: XML is what they should be
            page("http://demo/rss.xml", role="discovery", content_type="application/rss+xml; charset=utf-8"),
            page("http://demo/sitemap.xml", role="discovery", content_type="application/xml"),
            page("http://demo/listing", role="discovery")]
    bad = [page(url, **overrides) for url, (overrides, _) in BAD_PAGES.items()]
    report, failures, _ = _failures(PAGES, good + bad)
    assert failures == {url: names for url, (_, names) in BAD_PAGES.items()}
    assert set().union(*failures.values()) == _names(PAGES)
    assert report.failing_share == pytest.approx(len(bad) / (len(good) + len(bad)))


@pytest.mark.parametrize("suite", [FACTS, ARTICLES, PAGES], ids=lambda s: s.name)
def test_empty_batch_is_valid(suite):
    report, failures, _ = _failures(suite, [])
    assert report.success and report.evaluated == 0 and report.failing_share == 0 and not failures


def test_suite_is_rebuilt_when_its_key_changes():
    from expectations import context

    docs = config.gx_docs_dir()
    validate_rows(FACTS, [fact("a")], BATCH, docs_dir=docs)
    before = context.context(docs).validation_definitions.get(FACTS.name)
    another_day = dataclasses.replace(FACTS, key=("another day",))
    report, outcome, _ = validate_rows(another_day, [fact("a"), fact("b", value=300.0, evidence="đạt 300%")],
                                       BATCH, docs_dir=docs)
    assert context.context(docs).validation_definitions.get(FACTS.name).id != before.id
    assert outcome.failures == {"b": ["value_not_above_catalog_max"]}


def test_a_run_leaves_gx_expectations_as_it_found_them():
    from great_expectations.expectations.expectation import Expectation

    original = Expectation.__dict__["configuration"]
    report, failures, _ = _failures(FACTS, [fact("a"), fact("b", value=300.0, evidence="đạt 300%")])
    assert failures == {"b": {"value_not_above_catalog_max"}}
    assert Expectation.__dict__["configuration"] is original  # the per-run cache is gone
