"""Ranking pages: the demo DTI page's tables give the official 2022 ranks and scores as facts."""

from __future__ import annotations

import csv
from pathlib import Path

from vndx.parse.page import page_text
from vndx.parse.tables import parse_ranking_table, province_slug, table_text
from vndx.reference import load_indicators

REPO = Path(__file__).resolve().parents[2]
RANKING_PAGE = REPO / "scrapers/demo/site/dti/xep-hang-2022/index.html"


def test_province_names_as_printed():
    assert province_slug("TP. Hồ Chí Minh") == "ho-chi-minh"
    assert province_slug("Thừa Thiên - Huế") == "thua-thien-hue"
    assert province_slug("Thừa Thiên Huế") == "thua-thien-hue"
    assert province_slug("Bà Rịa - Vũng Tàu") == "ba-ria-vung-tau"
    assert province_slug("tỉnh Đắk Lắk") == "dak-lak"
    assert province_slug("Atlantis") is None


def test_ranking_page_gives_the_official_2022_facts():
    html = page_text(RANKING_PAGE.read_bytes(), "utf-8")
    facts = parse_ranking_table(html, url="http://demo/dti/xep-hang-2022/", doc="dti-2022", published=None)
    official = list(csv.DictReader((REPO / "vndx/extract/data/dti/dti_2022_official_ranks.csv").open()))
    ranks = {f.province: f for f in facts if f.indicator == "dti_rank"}
    assert len(ranks) == 63 and all(f.out_of == 63 and f.period == 2022 for f in ranks.values())
    for row in official:
        assert ranks[province_slug(row["province"])].value == float(row["rank"])
    assert sorted(p for p, f in ranks.items() if f.value == 15) == ["thanh-hoa", "yen-bai"]
    assert not any(f.value == 16 for f in ranks.values())
    scores = {(f.province, f.indicator): f.value for f in facts if f.unit == "score"}
    assert len(scores) == 5 * 9
    assert scores[("da-nang", "dti_score")] == 0.8002
    assert scores[("thua-thien-hue", "dti_gov_activity_score")] == 0.8262
    assert scores[("can-tho", "cybersecurity_index_score")] == 0.7226
    assert scores[("ho-chi-minh", "dti_awareness_score")] == 0.8917
    codes = {i.code for i in load_indicators()}
    assert {f.indicator for f in facts} <= codes
    text = table_text(html)
    assert all(text[f.char_start:f.char_end] == f.evidence for f in facts)
    d = facts[0].to_dict()
    assert {"doc", "province", "indicator", "period", "value", "unit", "out_of", "evidence",
            "extractor_version"} <= set(d)
